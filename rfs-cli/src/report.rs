//! Printing findings as text or JSON.

use rfs_check::Severity;
use rfs_check::text::escape;

use crate::lint::FileFindings;

/// `file:line:column: severity[rule]: message` and an indented hint, one finding after another,
/// then a summary line. Template-derived text is escaped ([`rfs_check::text::escape`]).
pub fn text(files: &[FileFindings]) -> String {
    let mut out = String::new();
    let (mut errors, mut warnings) = (0, 0);
    for file in files {
        for f in &file.findings {
            out.push_str(&format!(
                "{}:{}:{}: {}[{}]: {}\n  hint: {}\n",
                escape(&file.file),
                f.pos.line,
                f.pos.column,
                f.severity,
                f.rule.id,
                escape(&f.message),
                f.rule.hint
            ));
            match f.severity {
                Severity::Error => errors += 1,
                Severity::Warning => warnings += 1,
                Severity::Info => {}
            }
        }
    }
    out.push_str(&format!("{errors} error(s), {warnings} warning(s)\n"));
    out
}

/// A JSON array of `{file, line, column, path, severity, rule, message, hint}`.
pub fn json(files: &[FileFindings]) -> String {
    let items: Vec<serde_json::Value> = files
        .iter()
        .flat_map(|file| {
            file.findings.iter().map(move |f| {
                serde_json::json!({
                    "file": file.file,
                    "line": f.pos.line,
                    "column": f.pos.column,
                    "path": f.path,
                    "severity": f.severity.to_string(),
                    "rule": f.rule.id,
                    "message": f.message,
                    "hint": f.rule.hint,
                })
            })
        })
        .collect();
    let mut s = serde_json::to_string_pretty(&items).unwrap_or_else(|_| "[]".to_owned());
    s.push('\n');
    s
}

/// The rule list for `rfs lint --rules`, then the relaxed rules with their evidence.
pub fn rules() -> String {
    let mut out = String::new();
    for r in rfs_check::rules::ALL {
        out.push_str(&format!(
            "{:<22} {:<7} {}\n{:<30} fix: {}\n",
            r.id, r.severity, r.summary, "", r.hint
        ));
    }
    out.push_str("\nRelaxed: documented rules that real templates break, reported as warnings:\n");
    for r in rfs_check::rules::RELAXED {
        out.push_str(&format!("{:<22} {}\n", r.rule.id, r.evidence));
    }
    out
}
