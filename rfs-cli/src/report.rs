//! Printing findings: text, JSON, SARIF 2.1.0 (code scanning), GitHub workflow commands and
//! JUnit XML.

use rfs_check::Severity;
use rfs_check::text::escape;

use crate::lint::FileFindings;

/// `file:line:column: severity[rule]: message` (`file: ...` for a finding without a position)
/// and an indented hint, one finding after another, then a summary line. Template-derived text
/// is escaped ([`rfs_check::text::escape`]).
pub fn text(files: &[FileFindings]) -> String {
    text_with(files, false)
}

/// [`text`], coloured with ANSI escapes when `colour` is set (`rfs lint --color`): the location
/// bold, the severity and rule red, yellow or cyan, `hint:` green. Only rfs writes escapes: the
/// template's own text is escaped first, so it cannot add or end a colour.
pub fn text_with(files: &[FileFindings], colour: bool) -> String {
    let paint = |code: &str, s: &str| {
        if colour {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_owned()
        }
    };
    let mut out = String::new();
    let (mut errors, mut warnings) = (0, 0);
    for file in files {
        for f in &file.findings {
            let code = match f.severity {
                Severity::Error => "1;31",
                Severity::Warning => "1;33",
                Severity::Info => "1;36",
            };
            // A finding without a position (about an rfs.toml entry) names the file only.
            let at = if f.pos.line > 0 {
                format!("{}:{}:{}:", escape(&file.file), f.pos.line, f.pos.column)
            } else {
                format!("{}:", escape(&file.file))
            };
            out.push_str(&format!(
                "{} {}: {}\n  {} {}\n",
                paint("1", &at),
                paint(code, &format!("{}[{}]", f.severity, f.rule.id)),
                escape(&f.message),
                paint("32", "hint:"),
                escape(f.hint())
            ));
            match f.severity {
                Severity::Error => errors += 1,
                Severity::Warning => warnings += 1,
                Severity::Info => {}
            }
        }
    }
    let summary = format!("{errors} error(s), {warnings} warning(s)");
    out.push_str(&match (errors, warnings) {
        (0, 0) => summary,
        (0, _) => paint("1;33", &summary),
        _ => paint("1;31", &summary),
    });
    out.push('\n');
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
                    "hint": f.hint(),
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

/// The SARIF level of a severity.
fn sarif_level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// A file path as a SARIF `artifactLocation.uri`: a relative URI reference, `/` as the
/// separator, every byte outside the unreserved set percent-encoded.
fn uri(path: &str) -> String {
    let path = path.replace('\\', "/");
    let mut out = String::new();
    for b in path.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// One SARIF 2.1.0 log: the tool with every rule of the catalogue (summary, hint, default level,
/// and the evidence of a relaxed rule), then one result per finding with its rule, level, message
/// and location (file, line and column where the finding has them), and the hint computed for
/// it (`properties.hint`; the rule's `help` is the general one). Messages and paths are
/// escaped as in the text output: viewers such as `sarif summary` print them to a terminal.
pub fn sarif(files: &[FileFindings]) -> String {
    let rules: Vec<serde_json::Value> = rfs_check::rules::ALL
        .iter()
        .map(|r| {
            let mut rule = serde_json::json!({
                "id": r.id,
                "shortDescription": {"text": r.summary},
                "help": {"text": r.hint},
                "defaultConfiguration": {"level": sarif_level(r.severity)},
            });
            if let Some(relaxed) = rfs_check::rules::RELAXED.iter().find(|x| x.rule.id == r.id) {
                rule["properties"] = serde_json::json!({"relaxedBecause": relaxed.evidence});
            }
            rule
        })
        .collect();
    let index = |id: &str| rfs_check::rules::ALL.iter().position(|r| r.id == id);
    let results: Vec<serde_json::Value> = files
        .iter()
        .flat_map(|file| {
            file.findings.iter().map(move |f| {
                let mut location = serde_json::json!({
                    "physicalLocation": {"artifactLocation": {"uri": uri(&file.file)}}
                });
                if f.pos.line > 0 {
                    location["physicalLocation"]["region"] = serde_json::json!({
                        "startLine": f.pos.line,
                        "startColumn": f.pos.column.max(1),
                    });
                }
                if !f.path.is_empty() {
                    location["logicalLocations"] =
                        serde_json::json!([{"fullyQualifiedName": escape(&f.path)}]);
                }
                let mut result = serde_json::json!({
                    "ruleId": f.rule.id,
                    "level": sarif_level(f.severity),
                    "message": {"text": escape(&f.message)},
                    "locations": [location],
                    "properties": {"hint": escape(f.hint())},
                });
                if let Some(i) = index(f.rule.id) {
                    result["ruleIndex"] = serde_json::json!(i);
                }
                result
            })
        })
        .collect();
    let log = serde_json::json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "rfs",
                "version": env!("CARGO_PKG_VERSION"),
                "informationUri": "https://docs.rs/rfs-cli",
                "rules": rules,
            }},
            "results": results,
        }],
    });
    let mut s = serde_json::to_string_pretty(&log).unwrap_or_else(|_| "{}".to_owned());
    s.push('\n');
    s
}

/// A workflow command's data: `%`, CR and LF escaped, so one finding stays one line.
fn github_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// A workflow command's property value: its data escaping, and `:` and `,` too.
fn github_property(s: &str) -> String {
    github_data(s).replace(':', "%3A").replace(',', "%2C")
}

/// GitHub Actions workflow commands, one line per finding (`::error file=…,line=…,col=…,
/// title=…::message`), which GitHub shows as annotations on the pull request. Names and
/// messages are escaped as the commands require, and control and bidirectional characters as
/// everywhere, so no template or file name can end a command or start another.
pub fn github(files: &[FileFindings]) -> String {
    let mut out = String::new();
    for file in files {
        for f in &file.findings {
            let command = match f.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Info => "notice",
            };
            let mut props = format!("file={}", github_property(&escape(&file.file)));
            if f.pos.line > 0 {
                props.push_str(&format!(",line={},col={}", f.pos.line, f.pos.column));
            }
            props.push_str(&format!(
                ",title={}",
                github_property(&format!("rfs {}", f.rule.id))
            ));
            out.push_str(&format!(
                "::{command} {props}::{}\n",
                github_data(&format!(
                    "{} (hint: {})",
                    escape(&f.message),
                    escape(f.hint())
                ))
            ));
        }
    }
    out
}

/// Text for an XML attribute or element: control and bidirectional characters escaped as
/// everywhere (XML 1.0 cannot hold most of them), then the five XML characters.
fn xml(s: &str) -> String {
    escape(s)
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&apos;")
}

/// JUnit XML, for CI systems that show test reports: one test suite per file, one test case per
/// finding (an error is a failure; a warning or info passes, its message kept as output), and one
/// passing case for a file without findings.
pub fn junit(files: &[FileFindings]) -> String {
    let count = |f: &FileFindings| {
        let errors = f
            .findings
            .iter()
            .filter(|x| x.severity == Severity::Error)
            .count();
        (f.findings.len().max(1), errors)
    };
    let (tests, failures) = files
        .iter()
        .map(count)
        .fold((0, 0), |(t, e), (t2, e2)| (t + t2, e + e2));
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str(&format!(
        "<testsuites name=\"rfs lint\" tests=\"{tests}\" failures=\"{failures}\">\n"
    ));
    for file in files {
        let (t, e) = count(file);
        let name = xml(&file.file);
        out.push_str(&format!(
            "  <testsuite name=\"{name}\" tests=\"{t}\" failures=\"{e}\">\n"
        ));
        if file.findings.is_empty() {
            out.push_str(&format!(
                "    <testcase classname=\"{name}\" name=\"lint\"/>\n"
            ));
        }
        for f in &file.findings {
            out.push_str(&format!(
                "    <testcase classname=\"{name}\" name=\"{}[{}] {}:{}\">\n",
                f.severity, f.rule.id, f.pos.line, f.pos.column
            ));
            let text = xml(&format!("{}: {} (hint: {})", f.path, f.message, f.hint()));
            if f.severity == Severity::Error {
                out.push_str(&format!(
                    "      <failure type=\"{}\" message=\"{}\">{text}</failure>\n",
                    f.rule.id,
                    xml(&f.message)
                ));
            } else {
                out.push_str(&format!("      <system-out>{text}</system-out>\n"));
            }
            out.push_str("    </testcase>\n");
        }
        out.push_str("  </testsuite>\n");
    }
    out.push_str("</testsuites>\n");
    out
}

/// What `rfs lint --explain RULE` prints: the rule's summary, usual severity and fix, and the
/// evidence of a relaxed rule; `None` for an unknown rule.
pub fn explain(id: &str) -> Option<String> {
    let r = rfs_check::rules::ALL.iter().find(|r| r.id == id)?;
    let mut out = format!(
        "{} ({} by default)\n\n{}\n\nFix: {}\n",
        r.id, r.severity, r.summary, r.hint
    );
    if let Some(relaxed) = rfs_check::rules::RELAXED.iter().find(|x| x.rule.id == id) {
        out.push_str(&format!(
            "\nRelaxed: the documented rule is reported as a warning, because {}\n",
            relaxed.evidence
        ));
    }
    out.push_str(if r.summary.contains("(YAML only)") {
        "\nOnly `rfs lint` meets it: the DSL cannot write what it finds.\n"
    } else if r.summary.contains("(Rust only") {
        "\nOnly `Stack::synth` meets it: YAML cannot express what it finds.\n"
    } else {
        "\n`Stack::synth` and `rfs lint` check it alike: the same id and severity.\n"
    });
    Some(out)
}
