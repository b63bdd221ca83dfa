//! The JSON Schema generated from the specs accepts every fixture and rejects broken templates.

use rfs_cli::schema::{schema, to_json};

fn validator() -> jsonschema::Validator {
    let model = rfs_cli::specs().unwrap_or_else(|d| panic!("{d}"));
    let s = schema(model);
    assert_eq!(s["$schema"], "https://json-schema.org/draft/2020-12/schema");
    jsonschema::draft202012::new(&s).expect("the schema compiles")
}

fn json(text: &str) -> serde_json::Value {
    to_json(&rfs_cli::lint::read(text, &Default::default()).expect("valid YAML"))
}

#[test]
fn every_fixture_validates() {
    let v = validator();
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    let mut count = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let doc = json(&std::fs::read_to_string(&path).unwrap());
        let errors: Vec<String> = v
            .iter_errors(&doc)
            .map(|e| format!("{}: {e} at {}", path.display(), e.instance_path()))
            .collect();
        assert_eq!(errors, Vec::<String>::new());
        count += 1;
    }
    assert_eq!(count, 52);
}

#[test]
fn broken_templates_are_rejected() {
    let v = validator();
    let ok = "tosca_definitions_version: huaweicloud_tosca_version_1_0\nnode_templates:\n  net:\n    type: HuaweiCloud.VPC.VPC\n    properties: {name: net, cidr: {get_input: cidr}}\n";
    assert!(v.is_valid(&json(ok)));
    for bad in [
        ok.replace("huaweicloud_tosca_version_1_0", "tosca_simple_yaml_1_0"),
        ok.replace("HuaweiCloud.VPC.VPC", "HuaweiCloud.VPC.Vpc"),
        ok.replace("name: net", "nam: net"),
        ok.replace("name: net", "name: 12"),
        ok.replace("{get_input: cidr}", "{get_file: cidr}"),
        format!("{ok}imports: []\n"),
    ] {
        assert!(!v.is_valid(&json(&bad)), "accepted:\n{bad}");
    }
}
