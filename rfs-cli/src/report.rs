//! Printing findings as text or JSON.

use crate::lint::Finding;
use crate::rules::Severity;

/// `file:line:column: severity[rule]: message` and an indented hint, one finding after another,
/// then a summary line.
pub fn text(findings: &[Finding]) -> String {
    let mut out = String::new();
    for f in findings {
        out.push_str(&format!(
            "{}:{}:{}: {}[{}]: {}\n  hint: {}\n",
            f.file, f.pos.line, f.pos.column, f.severity, f.rule.id, f.message, f.rule.hint
        ));
    }
    let errors = findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .count();
    let warnings = findings.len() - errors;
    out.push_str(&format!("{errors} error(s), {warnings} warning(s)\n"));
    out
}

/// A JSON array of `{file, line, column, severity, rule, message, hint}`.
pub fn json(findings: &[Finding]) -> String {
    let items: Vec<serde_json::Value> = findings
        .iter()
        .map(|f| {
            serde_json::json!({
                "file": f.file,
                "line": f.pos.line,
                "column": f.pos.column,
                "severity": f.severity.to_string(),
                "rule": f.rule.id,
                "message": f.message,
                "hint": f.rule.hint,
            })
        })
        .collect();
    let mut s = serde_json::to_string_pretty(&items).unwrap_or_else(|_| "[]".to_owned());
    s.push('\n');
    s
}

/// The rule list for `rfs lint --rules`.
pub fn rules() -> String {
    let mut out = String::new();
    for r in crate::rules::ALL {
        out.push_str(&format!(
            "{:<22} {:<7} {}\n{:<30} fix: {}\n",
            r.id, r.severity, r.summary, "", r.hint
        ));
    }
    out
}
