//! Every rule with its own template cases: `tests/cases/<rule>/bad*.yaml` give exactly the
//! findings of that rule listed in their `# expect: <severity> <line>:<column>` lines and no
//! finding of any other rule, and where a case has `# hint: <text>` lines, those are the hints of
//! its findings in order (hints computed for the finding); `good.yaml` gives no finding at all.
//! Every rule a template can break has a folder. Run: `cargo test -p rfs-check --test cases`.

use std::path::{Path, PathBuf};

use rfs_check::read::{self, Limits};
use rfs_check::rules::{self, Finding};

/// Rules only Rust can break (a YAML file cannot express them): covered by rfs-dsl's tests.
const RUST_ONLY: [&str; 3] = ["foreign-reference", "escape-hatch", "set-twice"];

fn cases() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases")
}

/// Reads and lints a template as `rfs lint` does: the reader's findings and the engine's, under
/// the template's own `# rfs:` comments.
fn lint(text: &str) -> Vec<Finding> {
    match read::template(text, &Limits::default()) {
        Ok(t) => rfs_check::lint_template(&t, rfs_types::catalog(), &[]),
        Err(e) => vec![e.finding()],
    }
}

fn show(findings: &[Finding]) -> String {
    findings
        .iter()
        .map(|f| format!("  {f}\n"))
        .collect::<String>()
}

#[test]
fn every_rule_has_cases_and_each_case_gives_its_findings() {
    let mut problems = Vec::new();
    for rule in rules::ALL {
        let dir = cases().join(rule.id);
        if RUST_ONLY.contains(&rule.id) {
            assert!(
                !dir.exists(),
                "{}: a Rust-only rule has YAML cases",
                rule.id
            );
            continue;
        }
        let Ok(entries) = std::fs::read_dir(&dir) else {
            problems.push(format!("{}: no cases under {}", rule.id, dir.display()));
            continue;
        };
        let mut files: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
        files.sort();
        if !files.iter().any(|f| f.ends_with("good.yaml")) {
            problems.push(format!("{}: no good.yaml", rule.id));
        }
        if !files.iter().any(|f| {
            f.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with("bad"))
        }) {
            problems.push(format!("{}: no bad case", rule.id));
        }
        for file in files {
            let name = file.file_name().unwrap().to_string_lossy().into_owned();
            let text = std::fs::read_to_string(&file).unwrap();
            let found = lint(&text);
            let at = format!("{}/{name}", rule.id);
            if name == "good.yaml" {
                if !found.is_empty() {
                    problems.push(format!("{at}: expected no finding, got\n{}", show(&found)));
                }
                continue;
            }
            let expected: Vec<String> = text
                .lines()
                .filter_map(|l| l.strip_prefix("# expect: "))
                .map(str::to_owned)
                .collect();
            if expected.is_empty() {
                problems.push(format!("{at}: no `# expect:` line"));
            }
            let (mine, others): (Vec<&Finding>, Vec<&Finding>) =
                found.iter().partition(|f| f.rule.id == rule.id);
            let got: Vec<String> = mine
                .iter()
                .map(|f| format!("{} {}:{}", f.severity, f.pos.line, f.pos.column))
                .collect();
            let hints: Vec<&str> = text
                .lines()
                .filter_map(|l| l.strip_prefix("# hint: "))
                .collect();
            let got_hints: Vec<&str> = mine.iter().map(|f| f.hint()).collect();
            if !hints.is_empty() && hints != got_hints {
                problems.push(format!("{at}: expected hints {hints:?}, got {got_hints:?}"));
            }
            if got != expected || !others.is_empty() {
                problems.push(format!(
                    "{at}: expected {expected:?}, got {got:?}; all findings:\n{}",
                    show(&found)
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
