//! Hostile templates (`tests/hostile/*.yaml`, each saying what a correct tool does with it):
//! - `# expect: roundtrip`: lint reports no error and `rfs import` writes the module; the
//!   `roundtrip` crate compiles those modules and checks each synthesizes back to its template
//!   (same meaning to a YAML 1.2 reader, and nothing a YAML 1.1 reader reads differently);
//! - `# expect: refuse` (with `# rule:`): lint reports an error of that rule, and import
//!   refuses unless asked to import with errors.
//!
//! Whatever the expectation, the module written with `--allow-errors` is Rust in which no
//! template text runs: it parses, calls no macro but `json!` and `vec!`, names no path outside
//! what it imported (`std`, `core`, `crate`, ...), has no `unsafe`, and every string literal of
//! its own and every name it made up is plain.

use std::path::{Path, PathBuf};

use rfs_check::Severity;
#[path = "common/inert.rs"]
mod inert;
use inert::inert;

fn hostile() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/hostile");
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    files.sort();
    files
}

/// The value of a `# key: value` header line.
fn header<'a>(text: &'a str, key: &str) -> Option<&'a str> {
    text.trim_start_matches('\u{feff}')
        .lines()
        .take_while(|l| l.starts_with('#'))
        .find_map(|l| l.strip_prefix(&format!("# {key}: ")))
        .map(str::trim_end)
}

#[test]
fn each_hostile_template_is_linted_and_imported_as_it_says() {
    let model = rfs_cli::specs().expect("specs");
    let catalog = rfs_cli::lint::catalog();
    let mut problems = Vec::new();
    let files = hostile();
    assert!(files.len() >= 50, "the hostile set is there");
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        let expect = header(&text, "expect").unwrap_or_default();
        let findings = rfs_cli::lint::lint(&text, catalog);
        let errors: Vec<&str> = findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .map(|f| f.rule.id)
            .collect();
        let imported = rfs_cli::import::import(&text, "hostile", &name, model, catalog, false);
        match expect {
            "roundtrip" => {
                if !errors.is_empty() {
                    problems.push(format!("{name}: lint errors {errors:?}"));
                }
                if let Err(e) = imported {
                    problems.push(format!("{name}: not imported: {e}"));
                }
            }
            "refuse" => {
                let rule = header(&text, "rule").unwrap_or_default();
                if !errors.contains(&rule) {
                    problems.push(format!("{name}: no error[{rule}], but {errors:?}"));
                }
                if imported.is_ok() {
                    problems.push(format!("{name}: imported although lint reports errors"));
                }
            }
            other => problems.push(format!("{name}: unknown expectation {other:?}")),
        }
        // With errors allowed, the module is still Rust in which no template text runs.
        match rfs_cli::import::import(&text, "hostile", &name, model, catalog, true) {
            Ok(imported) => {
                if let Err(why) = inert(&imported.code) {
                    problems.push(format!("{name}: {why}"));
                }
            }
            Err(rfs_cli::import::ImportError::Parse(_)) => {}
            Err(e) => problems.push(format!("{name}: {e}")),
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The check itself catches what it is for.
#[test]
fn the_inertness_check_catches_smuggled_code() {
    let ok = "use rfs_dsl::Stack;\npub fn stack() -> Stack {\n    let mut stack = Stack::new(\"x\");\n    stack.metadata(&a, json!({\"k\": \"\\\"); std::process::exit(1); (\\\"\"}));\n    stack\n}\n";
    assert_eq!(inert(ok), Ok(()));
    for bad in [
        "pub fn stack() -> Stack { std::process::exit(1) }",
        "pub fn stack() -> Stack { include_str!(\"/etc/passwd\"); stack }",
        "pub fn stack() -> Stack { unsafe { x() } }",
        "static X: u8 = 1;",
        "pub fn stack() -> Stack { let Bad = 1; stack }",
        "pub fn stack() -> Stack { ::other::f() }",
        "pub fn stack() -> Stack { x(\"unclosed) }",
    ] {
        assert!(inert(bad).is_err(), "{bad}");
    }
}
