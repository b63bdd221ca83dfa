//! `rfs import` round trip: every shared fixture and example template, imported into Rust (the
//! modules committed under `src/`), compiles, and synthesizes back to the same template: same
//! sections, elements, properties, function calls, descriptions and labels. Key order, quoting
//! and the order of `requirements` entries may differ, and an empty `requirements: []` or
//! `properties: {}` is left out.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use rfs_dsl::engine::tree::{Node, Yaml};

fn parse(text: &str) -> Node {
    rfs_cli::lint::read(text, &Default::default()).expect("YAML")
}

/// A template in a form where key order and requirement order do not matter.
#[derive(Debug, PartialEq)]
enum Canon {
    Null,
    Bool(bool),
    Int(i64),
    Float(u64),
    Str(String),
    List(Vec<Canon>),
    Map(BTreeMap<String, Canon>),
}

fn canon(n: &Node, path: &str) -> Canon {
    match &n.value {
        Yaml::Null => Canon::Null,
        Yaml::Bool(b) => Canon::Bool(*b),
        Yaml::Int(i) => Canon::Int(*i),
        Yaml::Float(x) => Canon::Float(x.to_bits()),
        Yaml::Str(s) => Canon::Str(s.clone()),
        Yaml::List(items) => {
            let mut items: Vec<Canon> = items.iter().map(|i| canon(i, path)).collect();
            if path.ends_with(".requirements") {
                items.sort_by_key(|c| format!("{c:?}"));
                items.dedup();
            }
            Canon::List(items)
        }
        // An empty `requirements: []` or `properties: {}` says nothing; rfs leaves it out.
        Yaml::Map(m) => Canon::Map(
            m.iter()
                .filter(|(k, v)| {
                    !(k.name == "requirements" && v.value == Yaml::List(Vec::new())
                        || k.name == "properties" && v.value == Yaml::Map(Vec::new()))
                })
                .map(|(k, v)| (k.name.clone(), canon(v, &format!("{path}.{}", k.name))))
                .collect(),
        ),
    }
}

/// Where `a` (the template) and `b` (synthesized) differ.
fn diff(a: &Canon, b: &Canon, path: &str, out: &mut Vec<String>) {
    match (a, b) {
        (Canon::Map(x), Canon::Map(y)) => {
            for (k, v) in x {
                match y.get(k) {
                    Some(w) => diff(v, w, &format!("{path}.{k}"), out),
                    None => out.push(format!("{path}.{k}: missing after the round trip")),
                }
            }
            for k in y.keys().filter(|k| !x.contains_key(*k)) {
                out.push(format!("{path}.{k}: added by the round trip"));
            }
        }
        (Canon::List(x), Canon::List(y)) if x.len() == y.len() => {
            for (i, (v, w)) in x.iter().zip(y).enumerate() {
                diff(v, w, &format!("{path}[{i}]"), out);
            }
        }
        (a, b) if a != b => out.push(format!("{path}: {a:?} became {b:?}")),
        _ => {}
    }
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// (folder under src/, template) for every template that is imported, in module order.
fn templates() -> Vec<(String, PathBuf)> {
    let mut out = Vec::new();
    for (dir, folder) in [
        ("rfs-cli/tests/fixtures", "fixtures"),
        ("examples/templates", "examples"),
        ("roundtrip/templates", "extra"),
    ] {
        let mut files: Vec<PathBuf> = std::fs::read_dir(root().join(dir))
            .expect("template folder")
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
            .collect();
        files.sort();
        out.extend(files.into_iter().map(|f| (folder.to_owned(), f)));
    }
    out
}

/// Each imported stack synthesizes back to its template.
#[test]
fn imported_stacks_synthesize_to_their_templates() {
    let stacks: Vec<rfs_dsl::Stack> = roundtrip::fixtures::all()
        .into_iter()
        .chain(roundtrip::examples::all())
        .chain(roundtrip::extra::all())
        .collect();
    let templates = templates();
    assert_eq!(
        stacks.len(),
        templates.len(),
        "one imported module per template (run `RFS_BLESS=1 cargo test -p rfs-cli --test import`)"
    );
    let mut failures = Vec::new();
    for (stack, (_, template)) in stacks.iter().zip(&templates) {
        let stem = template.file_stem().unwrap().to_string_lossy();
        assert_eq!(
            stack.name(),
            stem,
            "modules and templates in the same order"
        );
        let original = parse(&std::fs::read_to_string(template).unwrap());
        let synth = match stack.synth() {
            Ok(s) => s,
            Err(e) => {
                failures.push(format!("{}: {e}", template.display()));
                continue;
            }
        };
        let back = parse(&synth.yaml);
        let mut differences = Vec::new();
        diff(
            &canon(&original, ""),
            &canon(&back, ""),
            "",
            &mut differences,
        );
        if !differences.is_empty() {
            failures.push(format!(
                "{}: differs after the round trip:\n  {}",
                template.display(),
                differences.join("\n  ")
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
