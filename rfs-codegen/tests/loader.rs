//! The loader and checker on broken specs: every problem is reported, at once, with file and
//! key path (and line:column for YAML errors), and nothing panics.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use rfs_codegen::load_specs;

static COUNTER: AtomicUsize = AtomicUsize::new(0);

/// A specs folder in the temp dir holding the given files (relative path → text).
fn specs(files: &[(&str, &str)]) -> PathBuf {
    let n = COUNTER.fetch_add(1, Ordering::SeqCst);
    let root = std::env::temp_dir().join(format!("rfs-loader-{}-{n}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    for sub in ["elements", "datatypes"] {
        std::fs::create_dir_all(root.join(sub)).unwrap();
    }
    let mut has_resources = false;
    for (path, text) in files {
        has_resources |= *path == "resource-types.yaml";
        std::fs::write(root.join(path), text).unwrap();
    }
    if !has_resources {
        std::fs::write(root.join("resource-types.yaml"), "{}\n").unwrap();
    }
    root
}

fn problems(root: &Path) -> Vec<String> {
    match load_specs(root, "specs") {
        Ok(_) => Vec::new(),
        Err(d) => d.iter().map(ToString::to_string).collect(),
    }
}

const VPC: &str = "\
name: VPC.VPC
kind: element
type: HuaweiCloud.VPC.VPC
summary: A network.
completeness: complete
properties:
  name: {type: string, required: true}
attributes:
  refID: {}
";

#[test]
fn the_real_specs_load_cleanly() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../rfs-types/specs");
    let model = load_specs(&root, "specs").unwrap_or_else(|d| panic!("{d}"));
    assert_eq!(model.elements().count(), 100);
    assert_eq!(model.datatypes().count(), 70);
}

/// Issue 10's goals, on the real specs: at most 20 unknown required flags (each says what was
/// searched: the loader insists), and no id-named property typed `string` without a reason.
#[test]
fn every_element_is_found_by_its_template_type() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../rfs-types/specs");
    let model = load_specs(&root, "specs").unwrap_or_else(|d| panic!("{d}"));
    for t in model.elements() {
        let tt = t.template_type.as_deref().unwrap();
        assert_eq!(model.element_by_type(tt).map(|e| &e.name), Some(&t.name));
    }
    for missing in [
        "HuaweiCloud.Nope.Nope",
        "VPC.VPC",
        "",
        "HuaweiCloud.ECS.NICS",
    ] {
        assert!(model.element_by_type(missing).is_none(), "{missing}");
    }
}

#[test]
fn the_real_specs_are_precise_enough() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../rfs-types/specs");
    let model = load_specs(&root, "specs").unwrap_or_else(|d| panic!("{d}"));
    let p = model.precision();
    assert!(p.unknown_required.len() <= 20, "{:?}", p.unknown_required);
    let unexplained: Vec<_> = p
        .string_ids
        .iter()
        .filter(|(_, why)| why.is_none())
        .collect();
    assert!(unexplained.is_empty(), "ids typed string: {unexplained:?}");
    assert!(p.api_required.contains(&"VPC.Subnet.cidr".to_owned()));
}

/// The notes of properties and attributes open their rustdoc: they say what a property is for.
/// How a fact was found (which page, mirror or snippet showed it) belongs under `research:`.
#[test]
fn notes_say_what_a_property_is_not_where_it_was_seen() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../rfs-types/specs");
    let model = load_specs(&root, "specs").unwrap_or_else(|d| panic!("{d}"));
    let research_words = [
        "tr-aos",
        "mirror",
        "snippet",
        "site-search",
        "chinese page",
        "english page",
        "row seen",
        "seen only",
        "excerpt",
    ];
    let mut found = Vec::new();
    for t in &model.types {
        let notes = t
            .properties
            .iter()
            .map(|p| (p.key(), &p.docs.notes))
            .chain(t.attributes.iter().map(|a| (a.name.as_str(), &a.notes)));
        for (key, note) in notes {
            let lower = note.as_deref().unwrap_or_default().to_lowercase();
            if let Some(w) = research_words.iter().find(|w| lower.contains(*w)) {
                found.push(format!("{} {key}: '{w}'", t.file));
            }
        }
    }
    assert!(found.is_empty(), "research in notes:\n{}", found.join("\n"));
}

#[test]
fn evidence_fields_follow_their_rules() {
    let spec = "\
name: VPC.VPC
kind: element
type: HuaweiCloud.VPC.VPC
summary: A network.
completeness: complete
properties:
  name: {type: string, required: true, evidence: api, api: {field: name, source: sdk/model.go}}
  cidr: {type: string, required: true, evidence: api}
  mode: {type: string, required: unknown}
  zone: {type: string, required: unknown, evidence: api, api: {source: x}, searched: the SDK}
  size: {type: integer, required: false, searched: the SDK, untyped_id: why}
";
    let root = specs(&[("elements/VPC.VPC.yaml", spec)]);
    let found = problems(&root);
    let expected = [
        "properties.cidr.evidence: `evidence: api` needs the API field and its source",
        "properties.mode.required: `required: unknown` needs a `searched:` line",
        "properties.zone.evidence: `evidence: api` gives `required` a value",
        "properties.size.searched: `searched` is for `required: unknown`",
        "properties.size.untyped_id: `untyped_id` explains why an id-named property stays `string`",
    ];
    for e in expected {
        assert!(found.iter().any(|f| f.contains(e)), "{e} not in {found:?}");
    }
    assert_eq!(found.len(), expected.len(), "{found:?}");
}

#[test]
fn a_valid_spec_loads() {
    let root = specs(&[("elements/VPC.VPC.yaml", VPC)]);
    assert_eq!(problems(&root), Vec::<String>::new());
}

#[test]
fn unknown_type_names_are_reported_with_file_and_key() {
    let spec = VPC.replace(
        "{type: string, required: true}",
        "{type: Bar, required: true}",
    );
    let root = specs(&[("elements/VPC.VPC.yaml", &spec)]);
    assert_eq!(
        problems(&root),
        ["specs/elements/VPC.VPC.yaml: properties.name.type: unknown type 'Bar'"]
    );
}

#[test]
fn a_missing_data_structure_is_reported() {
    let spec = VPC.replace(
        "{type: string, required: true}",
        "{type: ECS.AddressPair, required: false}",
    );
    let root = specs(&[("elements/VPC.VPC.yaml", &spec)]);
    assert_eq!(
        problems(&root),
        [
            "specs/elements/VPC.VPC.yaml: properties.name.type: data structure 'ECS.AddressPair' does not exist"
        ]
    );
}

#[test]
fn an_undeclared_resource_type_is_reported() {
    let spec = VPC.replace(
        "{type: string, required: true}",
        "{type: HuaweiCloud.ECS.Nope.Id, required: false}",
    );
    let root = specs(&[("elements/VPC.VPC.yaml", &spec)]);
    assert_eq!(
        problems(&root),
        [
            "specs/elements/VPC.VPC.yaml: properties.name.type: unknown resource type 'HuaweiCloud.ECS.Nope.Id' (declare it in resource-types.yaml)"
        ]
    );
}

#[test]
fn duplicate_keys_are_located() {
    let spec = format!("{VPC}  refID: {{}}\n");
    let root = specs(&[("elements/VPC.VPC.yaml", &spec)]);
    let p = problems(&root);
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(
        p[0].starts_with("specs/elements/VPC.VPC.yaml:10:3: "),
        "{}",
        p[0]
    );
    assert!(p[0].contains("duplicate"), "{}", p[0]);
}

#[test]
fn malformed_yaml_is_located() {
    let root = specs(&[("elements/VPC.VPC.yaml", "name: VPC.VPC\nkind: [element\n")]);
    let p = problems(&root);
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(p[0].starts_with("specs/elements/VPC.VPC.yaml:"), "{}", p[0]);
    assert!(
        p[0].split(':').nth(1).unwrap().parse::<u32>().is_ok(),
        "no line in {}",
        p[0]
    );
}

#[test]
fn a_misspelled_spec_key_is_located() {
    let spec = VPC.replace("required: true", "requird: true");
    let root = specs(&[("elements/VPC.VPC.yaml", &spec)]);
    let p = problems(&root);
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(
        p[0].starts_with("specs/elements/VPC.VPC.yaml:7:"),
        "{}",
        p[0]
    );
    assert!(p[0].contains("requird"), "{}", p[0]);
}

#[test]
fn invalid_regexes_are_reported() {
    let spec = VPC.replace(
        "{type: string, required: true}",
        "{type: string, required: true, pattern: '[a-z'}",
    );
    let root = specs(&[("elements/VPC.VPC.yaml", &spec)]);
    let p = problems(&root);
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(
        p[0].starts_with(
            "specs/elements/VPC.VPC.yaml: properties.name.pattern: invalid regex '[a-z': "
        ),
        "{}",
        p[0]
    );
}

#[test]
fn defaults_outside_the_allowed_values_are_reported() {
    let spec = VPC.replace(
        "{type: string, required: true}",
        "{type: string, required: true, allowed: [TCP, UDP], default: tcp}",
    );
    let root = specs(&[("elements/VPC.VPC.yaml", &spec)]);
    assert_eq!(
        problems(&root),
        [
            "specs/elements/VPC.VPC.yaml: properties.name.default: default 'tcp' is not one of the allowed values"
        ]
    );
}

#[test]
fn values_of_the_wrong_type_are_reported() {
    let spec = VPC.replace(
        "{type: string, required: true}",
        "{type: integer, required: true, allowed: [1, two], default: 'x', min: 5, max: 1}",
    );
    let root = specs(&[("elements/VPC.VPC.yaml", &spec)]);
    assert_eq!(
        problems(&root),
        [
            "specs/elements/VPC.VPC.yaml: properties.name.allowed[1]: 'two' is not a valid integer value",
            "specs/elements/VPC.VPC.yaml: properties.name.default: 'x' is not a valid integer value",
            "specs/elements/VPC.VPC.yaml: properties.name: min 5 is greater than max 1",
        ]
    );
}

#[test]
fn names_must_match_files_folders_and_types() {
    let spec = VPC
        .replace("name: VPC.VPC", "name: VPC.Net")
        .replace("kind: element", "kind: datatype");
    let root = specs(&[("elements/VPC.VPC.yaml", &spec)]);
    assert_eq!(
        problems(&root),
        [
            "specs/elements/VPC.VPC.yaml: name: 'VPC.Net' does not match the file name 'VPC.VPC.yaml'",
            "specs/elements/VPC.VPC.yaml: kind: a spec in elements/ must have kind element",
            "specs/elements/VPC.VPC.yaml: type: 'HuaweiCloud.VPC.VPC' must be 'HuaweiCloud.VPC.Net'",
        ]
    );
}

#[test]
fn relationships_must_name_known_elements() {
    let spec = format!(
        "{VPC}requirements:\n  - {{relationship: DependsOn, node_type: HuaweiCloud.ECS.Nothing}}\n  - {{relationship: Likes, property: nope}}\n"
    );
    let root = specs(&[("elements/VPC.VPC.yaml", &spec)]);
    assert_eq!(
        problems(&root),
        [
            "specs/elements/VPC.VPC.yaml: requirements[0].node_type: unknown element type 'HuaweiCloud.ECS.Nothing'",
            "specs/elements/VPC.VPC.yaml: requirements[1].relationship: unknown relationship 'Likes' (expected one of DependsOn, ContainedIn, Connected, Contains, Associated)",
            "specs/elements/VPC.VPC.yaml: requirements[1].property: 'nope' is not a property of VPC.VPC",
        ]
    );
}

#[test]
fn resource_types_are_checked() {
    let resources = "\
HuaweiCloud.VPC.VPC.Id: {kind: id, summary: x, element: VPC.Nope}
HuaweiCloud.VPC.Other.Id: {kind: id, summary: x, accepts: [HuaweiCloud.X.Y.Id]}
";
    let root = specs(&[
        ("elements/VPC.VPC.yaml", VPC),
        ("resource-types.yaml", resources),
    ]);
    assert_eq!(
        problems(&root),
        [
            "specs/resource-types.yaml: HuaweiCloud.VPC.VPC.Id.element: unknown element 'VPC.Nope'",
            "specs/resource-types.yaml: HuaweiCloud.VPC.Other.Id.accepts[0]: unknown resource type 'HuaweiCloud.X.Y.Id'",
        ]
    );
}

#[test]
fn every_problem_in_every_file_is_reported_at_once() {
    let bad_type = VPC.replace(
        "{type: string, required: true}",
        "{type: Bar, required: true}",
    );
    let data = "name: ECS.NICS\nkind: datatype\nsummary: x\ncompleteness: complete\nproperties:\n  a: {type: Baz, required: maybe}\n";
    let root = specs(&[
        ("elements/VPC.VPC.yaml", &bad_type),
        ("datatypes/ECS.NICS.yaml", data),
        ("datatypes/Broken.yaml", "name: [\n"),
    ]);
    let p = problems(&root);
    assert_eq!(p.len(), 3, "{p:#?}");
    assert!(p[0].starts_with("specs/datatypes/Broken.yaml:"), "{}", p[0]);
    assert!(
        p[1].starts_with("specs/datatypes/ECS.NICS.yaml:6:"),
        "{}",
        p[1]
    );
    assert_eq!(
        p[2],
        "specs/elements/VPC.VPC.yaml: properties.name.type: unknown type 'Bar'"
    );
}

#[test]
fn generated_names_must_not_collide() {
    // The enum of property `builder` of VPC.A would be `ABuilder`, the name of A's builder.
    let a = "name: VPC.A\nkind: element\ntype: HuaweiCloud.VPC.A\nsummary: x\ncompleteness: complete\nproperties:\n  builder: {type: string, required: true, allowed: [x]}\n";
    let root = specs(&[("elements/VPC.A.yaml", a)]);
    assert_eq!(
        problems(&root),
        [
            "specs/elements/VPC.A.yaml (builder): generated name `vpc::ABuilder` is also generated for specs/elements/VPC.A.yaml (enum of properties.builder)"
        ]
    );
}

#[test]
fn a_missing_folder_is_an_error_not_a_panic() {
    let root = std::env::temp_dir().join("rfs-loader-does-not-exist");
    let p = problems(&root);
    assert!(
        p.iter()
            .any(|m| m.starts_with("specs/elements: cannot read folder")),
        "{p:?}"
    );
}

#[test]
fn required_when_names_a_sibling_and_its_allowed_values() {
    let spec = "\
name: VPC.VPC
kind: element
type: HuaweiCloud.VPC.VPC
summary: A network.
completeness: complete
properties:
  mode: {type: string, required: true, allowed: [a, b]}
  extra: {type: string, required: false, required_when: {mode: [b]}}
  wrong: {type: string, required: false, required_when: {mode: [c], nothing: [x]}}
  always: {type: string, required: true, required_when: {mode: [a]}}
";
    let root = specs(&[("elements/VPC.VPC.yaml", spec)]);
    let found = problems(&root);
    let expected = [
        "properties.wrong.required_when.mode: 'c' is not an allowed value of 'mode'",
        "properties.wrong.required_when.nothing: 'nothing' is not a property of VPC.VPC",
        "properties.always.required_when.mode: required_when is for properties that are not always required (required: false)",
    ];
    for e in expected {
        assert!(found.iter().any(|f| f.contains(e)), "{e} not in {found:?}");
    }
    assert_eq!(found.len(), 3, "{found:?}");
}

#[test]
fn generated_method_and_trait_names_are_checked_together() {
    // `omitCidr`'s setter and `cidr`'s `omit_` method are both `omit_cidr`.
    let spec = "\
name: VPC.VPC
kind: element
type: HuaweiCloud.VPC.VPC
summary: A network.
completeness: complete
properties:
  cidr: {type: string, required: true, evidence: api, api: {field: cidr, source: sdk/model.go}}
  omitCidr: {type: string, required: false}
";
    let root = specs(&[("elements/VPC.VPC.yaml", spec)]);
    let found = problems(&root);
    assert_eq!(
        found,
        [
            "specs/elements/VPC.VPC.yaml: builder method `omit_cidr` of `Vpc` is generated for properties.cidr (omit) and properties.omitCidr"
        ]
    );
}

#[test]
fn inferred_facts_need_both_sources() {
    let spec = "\
name: VPC.VPC
kind: element
type: HuaweiCloud.VPC.VPC
summary: A network.
completeness: complete
properties:
  name: {type: string, required: false, evidence: inferred, api: {field: name, source: sdk/model.go, quote: 'Name string'}, aos: {source: DBSS.Instance, quote: 'name: string'}}
  cidr: {type: string, required: false, evidence: inferred, api: {field: cidr, source: sdk/model.go, quote: 'Cidr string'}}
  mode: {type: string, required: false, evidence: inferred, aos: {source: a page, quote: 'mode: string'}}
  zone: {type: string, required: false, aos: {source: a page, quote: 'zone: string'}}
  kind: {type: string, required: false, allowed: [a, b], allowed_inferred: {values: [b, c]}}
";
    let root = specs(&[("elements/VPC.VPC.yaml", spec)]);
    let found = problems(&root);
    let expected = [
        "properties.cidr.aos: `evidence: inferred` needs where AOS shows the key",
        "properties.mode.api: `evidence: inferred` needs the service API's field, file and a quote",
        "properties.zone.aos: `aos` records the second source of an inferred property",
        "properties.kind.allowed_inferred: values added from the service API name where it lists them",
        "properties.kind.allowed_inferred: 'c' is not in `allowed`",
    ];
    for e in expected {
        assert!(found.iter().any(|f| f.contains(e)), "{e} not in {found:?}");
    }
    assert_eq!(found.len(), expected.len(), "{found:?}");
}

#[test]
fn every_data_structure_is_used_or_says_why_not() {
    let unused = "\
name: ECS.Tag
kind: datatype
summary: A tag.
completeness: complete
properties:
  key: {type: string, required: true}
";
    let explained = format!("{unused}unused: no element page names it\n");
    let root = specs(&[
        ("elements/VPC.VPC.yaml", VPC),
        ("datatypes/ECS.Tag.yaml", unused),
    ]);
    assert_eq!(
        problems(&root),
        [
            "specs/datatypes/ECS.Tag.yaml: no property uses data structure ECS.Tag: use it where evidence supports a property, or say why not under `unused:`"
        ]
    );
    let root = specs(&[
        ("elements/VPC.VPC.yaml", VPC),
        ("datatypes/ECS.Tag.yaml", &explained),
    ]);
    assert_eq!(problems(&root), Vec::<String>::new());
    let used = VPC.replace(
        "{type: string, required: true}",
        "{type: ECS.Tag, required: false}",
    );
    let root = specs(&[
        ("elements/VPC.VPC.yaml", &used),
        ("datatypes/ECS.Tag.yaml", &explained),
    ]);
    assert_eq!(
        problems(&root),
        [
            "specs/datatypes/ECS.Tag.yaml: unused: ECS.Tag is used by a property: `unused` says why one is not"
        ]
    );
}
