//! `rfs import` round trip: every shared fixture and example template, imported into Rust (the
//! modules committed under `src/`), compiles, and synthesizes back to the same template: same
//! sections, elements, properties, function calls, descriptions and labels. Key order, quoting
//! and the order of `requirements` entries may differ, and an empty `requirements: []` or
//! `properties: {}` is left out. Synth of each stack gives the warnings lint gives its template
//! (the same verdict), but for the rules about how YAML is quoted.

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

/// The canonical form of a template (`root`) or of a value in it (`n`).
fn canon(root: &Node, n: &Node, path: &str) -> Canon {
    match &n.value {
        Yaml::Null => Canon::Null,
        Yaml::Bool(b) => Canon::Bool(*b),
        Yaml::Int(i) => Canon::Int(*i),
        Yaml::Float(x) => Canon::Float(x.to_bits()),
        Yaml::Str(s) => Canon::Str(s.clone()),
        Yaml::List(items) => {
            let mut items: Vec<Canon> = items.iter().map(|i| canon(root, i, path)).collect();
            if path.ends_with(".requirements") {
                items.sort_by_key(|c| format!("{c:?}"));
                items.dedup();
            }
            Canon::List(items)
        }
        _ if lookup(root, n).is_some() => lookup(root, n).unwrap_or(Canon::Null),
        // An empty or null `requirements`, `properties` or section says nothing; rfs leaves
        // it out.
        Yaml::Map(m) => Canon::Map(
            m.iter()
                .filter(|(k, v)| {
                    let empty = matches!(&v.value, Yaml::Null)
                        || matches!(&v.value, Yaml::List(l) if l.is_empty())
                        || matches!(&v.value, Yaml::Map(m) if m.is_empty());
                    let optional = ["requirements", "properties"].contains(&k.as_str())
                        || path.is_empty() && k.name != "node_templates";
                    !(empty && optional)
                })
                .map(|(k, v)| {
                    (
                        k.as_str().to_owned(),
                        canon(root, v, &format!("{path}.{}", k.name)),
                    )
                })
                .collect(),
        ),
    }
}

/// A `get_in_map` with its keys as the text of the mapping keys they name: the DSL writes
/// mapping keys as text, and `get_in_map: [m, 80, x]` of the key `80` as `[m, '80', x]`.
fn lookup(root: &Node, n: &Node) -> Option<Canon> {
    let (k, arg) = n.single_entry()?;
    let Yaml::List(args) = &arg.value else {
        return None;
    };
    let [m, a, b] = args.as_slice() else {
        return None;
    };
    if k.name != "get_in_map" {
        return None;
    }
    let tops = root.get("mappings")?.get(m.as_str()?)?.as_map()?;
    let top = tops.iter().find(|(k, _)| k.named_by(a));
    let seconds = top.and_then(|(_, v)| v.as_map()).unwrap_or_default();
    let second = seconds.iter().find(|(k, _)| k.named_by(b));
    let key = |n: &Node, found: Option<&(rfs_dsl::engine::tree::Key, Node)>| match found {
        Some((k, _)) => Canon::Str(k.as_str().to_owned()),
        None => canon(root, n, ""),
    };
    let mut out = BTreeMap::new();
    out.insert(
        "get_in_map".to_owned(),
        Canon::List(vec![canon(root, m, ""), key(a, top), key(b, second)]),
    );
    Some(Canon::Map(out))
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
        ("rfs-cli/tests/hostile", "hostile"),
    ] {
        let mut files: Vec<PathBuf> = std::fs::read_dir(root().join(dir))
            .expect("template folder")
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
            .filter(|p| {
                folder != "hostile"
                    || std::fs::read_to_string(p)
                        .unwrap()
                        .lines()
                        .any(|l| l.trim_end() == "# expect: roundtrip")
            })
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
        .chain(roundtrip::hostile::all())
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
        // The same verdict: the warnings lint gives the template (under its own `# rfs:`
        // levels) are those synth gives the imported stack, rule for rule; but for the rules
        // about how YAML is written (quoting), which the written stack no longer breaks.
        let linted = rfs_cli::lint::lint(
            &std::fs::read_to_string(template).unwrap(),
            rfs_cli::lint::catalog(),
        );
        let verdict = |found: &[rfs_dsl::Finding]| {
            let mut v: Vec<(&str, rfs_dsl::Severity)> = found
                .iter()
                .filter(|f| {
                    f.severity != rfs_dsl::Severity::Info && !f.rule.summary.contains("(YAML only)")
                })
                .map(|f| (f.rule.id, f.severity))
                .collect();
            v.sort();
            v
        };
        if verdict(&linted) != verdict(&synth.findings) {
            failures.push(format!(
                "{}: lint gives {:?}, synth of the imported stack {:?}",
                template.display(),
                verdict(&linted),
                verdict(&synth.findings)
            ));
        }
        let back = parse(&synth.yaml);
        // What rfs writes means the same to YAML 1.2 and YAML 1.1 readers.
        let read = rfs_dsl::engine::read::Limits {
            bytes: usize::MAX,
            ..Default::default()
        };
        if let Ok(t) = rfs_dsl::engine::read::template(&synth.yaml, &read) {
            for f in t.findings {
                failures.push(format!("{}: the synthesized YAML: {f}", template.display()));
            }
        }
        let mut differences = Vec::new();
        diff(
            &canon(&original, &original, ""),
            &canon(&back, &back, ""),
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
