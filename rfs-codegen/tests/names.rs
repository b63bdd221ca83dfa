//! Every public name the generator emits, listed in one snapshot: a rename is a visible diff.
//! The naming scheme itself is described in specs/README.md ("Names").

use std::collections::BTreeMap;
use std::fmt::Write;
use std::path::Path;

use rfs_codegen::load::Kind;
use rfs_codegen::load_specs;

#[test]
fn every_generated_public_name() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../rfs-types/specs");
    let model = load_specs(&root, "specs").unwrap_or_else(|d| panic!("{d}"));
    let mut modules: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for t in &model.types {
        let mut s = String::new();
        let what = match t.kind {
            Kind::Element => format!("element {}", t.template_type.as_deref().unwrap_or_default()),
            Kind::Datatype => format!("data structure {}", t.name),
        };
        let _ = writeln!(s, "{} ({what}), {}Builder", t.rust_name, t.rust_name);
        let setters: Vec<String> = t
            .properties
            .iter()
            .map(|p| match &p.omit {
                Some(omit) => format!("{} / {omit}", p.method),
                None => p.method.clone(),
            })
            .collect();
        let _ = writeln!(s, "    set: {}", setters.join(", "));
        if t.kind == Kind::Element {
            let attrs: Vec<&str> = t.attributes.iter().map(|a| a.method.as_str()).collect();
            let _ = writeln!(s, "    {}Attributes: {}", t.rust_name, attrs.join(", "));
        }
        for p in &t.properties {
            if let Some((name, variants)) = &p.enumeration {
                let _ = writeln!(s, "    enum {name} (Into{name}): {}", variants.join(", "));
            }
        }
        modules.entry(&t.module).or_default().push(s);
    }
    for t in &model.types {
        for m in &t.reexported_in {
            let names: Vec<&str> = t.reexports().collect();
            modules.entry(m).or_default().push(format!(
                "{} (re-exported from {}: {})\n",
                t.rust_name,
                t.module,
                names.join(", ")
            ));
        }
    }
    for r in &model.resources {
        modules
            .entry(&r.module)
            .or_default()
            .push(format!("{} (resource type {})\n", r.rust_name, r.name));
    }
    let mut out = String::new();
    for (module, mut items) in modules {
        items.sort();
        let _ = writeln!(out, "mod {module}");
        for item in items {
            for line in item.lines() {
                let _ = writeln!(out, "  {line}");
            }
        }
    }
    insta::assert_snapshot!("public_names", out);
}
