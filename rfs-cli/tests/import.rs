//! `rfs import` over every shared fixture and example template: the modules committed under
//! `roundtrip/src/` are what the importer writes today (`RFS_BLESS=1 cargo test -p rfs-cli
//! --test import` rewrites them); the `roundtrip` crate compiles them and checks that each
//! synthesizes back to its template.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// (module file under src/, template) for every template that is imported.
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
            // Hostile templates the DSL cannot write are refused (tests/hostile.rs).
            .filter(|p| folder != "hostile" || expects_roundtrip(p))
            .collect();
        files.sort();
        let mut taken = Vec::new();
        for f in files {
            let stem = f.file_stem().unwrap().to_string_lossy().into_owned();
            let module = rfs_cli::import::module_name(&stem, &taken);
            taken.push((module.clone(), String::new()));
            out.push((format!("{folder}/{module}"), f));
        }
    }
    out
}

/// Whether a hostile template's header says a correct importer round-trips it.
fn expects_roundtrip(template: &Path) -> bool {
    std::fs::read_to_string(template)
        .unwrap()
        .lines()
        .any(|l| l.trim_end() == "# expect: roundtrip")
}

/// The committed modules are what `rfs import` writes today (`RFS_BLESS=1` rewrites them).
#[test]
fn committed_modules_are_current() {
    let model = rfs_cli::specs().expect("specs");
    let catalog = rfs_cli::lint::catalog();
    let bless = std::env::var_os("RFS_BLESS").is_some();
    let mut stale = Vec::new();
    let mut folders: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    let mut report = String::new();
    for (module, template) in templates() {
        let text = std::fs::read_to_string(&template).unwrap();
        let stem = template.file_stem().unwrap().to_string_lossy().into_owned();
        let file = template.file_name().unwrap().to_string_lossy().into_owned();
        let imported = rfs_cli::import::import(&text, &stem, &file, model, catalog, false)
            .unwrap_or_else(|e| panic!("{}: {e}", template.display()));
        report.push_str(&format!(
            "{file}: {} escape hatch(es)\n",
            imported.escape_hatches
        ));
        let (folder, name) = module.split_once('/').unwrap();
        let folder = ["fixtures", "examples", "extra", "hostile"]
            .into_iter()
            .find(|f| *f == folder)
            .unwrap();
        folders.entry(folder).or_default().push(name.to_owned());
        let path = root().join("roundtrip/src").join(format!("{module}.rs"));
        check(&path, &imported.code, bless, &mut stale);
    }
    for (folder, modules) in &folders {
        let names: Vec<&str> = modules.iter().map(String::as_str).collect();
        let path = root().join(format!("roundtrip/src/{folder}/mod.rs"));
        check(&path, &rfs_cli::import::mod_rs(&names), bless, &mut stale);
    }
    print!("{report}");
    let summary = root().join("roundtrip/ESCAPE_HATCHES.txt");
    check(&summary, &report, bless, &mut stale);
    assert!(
        stale.is_empty(),
        "stale imported modules (run `RFS_BLESS=1 cargo test -p rfs-cli --test import`): {stale:?}"
    );
}

fn check(path: &Path, text: &str, bless: bool, stale: &mut Vec<String>) {
    let old = std::fs::read_to_string(path).unwrap_or_default();
    if old != text {
        if bless {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        } else {
            stale.push(path.display().to_string());
        }
    }
}

/// Templates with every kind of error import with `allow_errors` into Rust that parses: each
/// property value of each fixture replaced in turn by a value of the wrong kind or an
/// undefined reference. Never a panic.
#[test]
fn broken_templates_import_with_allow_errors_into_valid_rust() {
    let model = rfs_cli::specs().expect("specs");
    let catalog = rfs_cli::lint::catalog();
    let replacements = [
        "5",
        "nope",
        "[1, {a: b}]",
        "{get_input: undeclared}",
        "{get_reference: nowhere}",
        "{get_attribute: [nowhere, x]}",
        "{concat: [a, {get_input: x}]}",
        "{cond_if: [nocond, 1, 2]}",
        "null",
        "1.5e400",
    ];
    let mut imported = 0;
    // The shared fixtures, examples and extra templates (the hostile ones are large and have
    // their own test).
    for (_, template) in templates()
        .into_iter()
        .filter(|(m, _)| !m.starts_with("hostile/"))
    {
        let text = std::fs::read_to_string(&template).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            // A property of an element: `      key: value` under `properties:`.
            let Some((key, _)) = line.strip_prefix("      ").and_then(|l| l.split_once(": "))
            else {
                continue;
            };
            if key.starts_with(' ') || key.starts_with('-') {
                continue;
            }
            let r = replacements[i % replacements.len()];
            let mut broken = lines.clone();
            let replaced = format!("      {key}: {r}");
            broken[i] = &replaced;
            let broken = broken.join("\n");
            let result =
                rfs_cli::import::import(&broken, "broken", "broken.yaml", model, catalog, true);
            match result {
                Ok(m) => {
                    syn::parse_file(&m.code).unwrap_or_else(|e| {
                        panic!("{}:{}: {e}\n{}", template.display(), i + 1, m.code)
                    });
                    imported += 1;
                }
                Err(rfs_cli::import::ImportError::Parse(_)) => {}
                Err(e) => panic!("{}:{}: {e}", template.display(), i + 1),
            }
        }
    }
    assert!(imported > 150, "only {imported} variants imported");
}

/// Template-derived text reaches the code only as string literals or one-line comments: a
/// file name, element name or property key cannot add code.
#[test]
fn names_cannot_inject_code() {
    let model = rfs_cli::specs().expect("specs");
    let catalog = rfs_cli::lint::catalog();
    let text = "tosca_definitions_version: huaweicloud_tosca_version_1_0\nnode_templates:\n  \"x\\nfn evil() {}\":\n    type: HuaweiCloud.VPC.VPC\n    properties:\n      name: \"\\\"); fn evil() {} //\"\n      cidr: 10.0.0.0/8\n      \"k\\n}fn evil(){\": 1\n";
    let imported = rfs_cli::import::import(
        text,
        "a\nfn evil() {}",
        "b\r\nfn evil() {}.yaml",
        model,
        catalog,
        true,
    )
    .unwrap();
    let file = syn::parse_file(&imported.code).unwrap();
    let functions: Vec<String> = file
        .items
        .iter()
        .filter_map(|i| match i {
            syn::Item::Fn(f) => Some(f.sig.ident.to_string()),
            _ => None,
        })
        .collect();
    assert_eq!(functions, ["stack"], "{}", imported.code);
}

/// A template's `# rfs:` levels are kept in the stack: a level for one line as the same level
/// at the template path that starts there (`stack.allow_at`), so the imported stack reaches
/// lint's verdict; where no path holds the line alone and an error is at stake, import refuses,
/// naming the comment; whole-file levels become `stack.allow(...)`.
#[test]
fn template_rule_levels_are_kept_or_refused() {
    let model = rfs_cli::specs().expect("specs");
    let catalog = rfs_cli::lint::catalog();
    let template = "tosca_definitions_version: huaweicloud_tosca_version_1_0\nnode_templates:\n  net:\n    type: HuaweiCloud.VPC.VPC\n    properties:\n      name: net\n      cidr: 10.0.0.0/8\n      enterpriseProjectId: '0' # rfs: allow(unknown-property) -- set by the console\n";
    // Lint accepts it (the error is allowed on its line)...
    let linted = rfs_cli::lint::lint(template, catalog);
    assert!(
        linted
            .iter()
            .all(|f| f.severity != rfs_check::Severity::Error),
        "{linted:?}"
    );
    // ...and so does import: the level is kept for the property's path.
    let code = rfs_cli::import::import(template, "t", "t.yaml", model, catalog, false)
        .unwrap_or_else(|e| panic!("{e}"))
        .code;
    assert!(
        code.contains(
            "stack.allow_at(\n        rfs_dsl::engine::rules::UNKNOWN_PROPERTY,\n        \"node_templates.net.properties.enterpriseProjectId\",\n        \"set by the console\",\n    );"
        ),
        "{code}"
    );
    // A level on the element's line covers no finding there (lint keeps the error); at the
    // element's path it would cover the property's: import refuses, at the comment.
    let moved = template
        .replace(" # rfs: allow(unknown-property) -- set by the console", "")
        .replace(
            "  net:\n",
            "  net: # rfs: allow(unknown-property) -- set by the console\n",
        );
    match rfs_cli::import::import(&moved, "t", "t.yaml", model, catalog, false) {
        Err(rfs_cli::import::ImportError::Lint(findings)) => {
            let refusal = findings
                .iter()
                .find(|f| f.rule.id == "suppression" && f.severity == rfs_check::Severity::Error)
                .unwrap_or_else(|| panic!("{findings:?}"));
            assert_eq!(refusal.pos.line, 3);
            assert!(
                refusal.message.contains("no template path holds alone"),
                "{}",
                refusal.message
            );
        }
        other => panic!("not refused: {:?}", other.map(|i| i.code)),
    }
    // The same level for the whole file is written into the stack.
    let whole = template.replace(" # rfs: allow(unknown-property) -- set by the console", "");
    let whole = format!("# rfs: allow-file(unknown-property) -- set by the console\n{whole}");
    let code = rfs_cli::import::import(&whole, "t", "t.yaml", model, catalog, false)
        .unwrap_or_else(|e| panic!("{e}"))
        .code;
    assert!(
        code.contains(
            "stack.allow(rfs_dsl::engine::rules::UNKNOWN_PROPERTY, \"set by the console\");"
        ),
        "{code}"
    );
    syn::parse_file(&code).unwrap();
}
