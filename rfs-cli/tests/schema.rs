//! The JSON Schema generated from the specs accepts every fixture and rejects broken templates.

use rfs_cli::schema::{schema, to_json};

#[path = "common/tools.rs"]
mod tools;

fn the_schema() -> serde_json::Value {
    schema(rfs_cli::specs().unwrap_or_else(|d| panic!("{d}")))
}

fn validator() -> jsonschema::Validator {
    let s = the_schema();
    assert_eq!(s["$schema"], "http://json-schema.org/draft-07/schema#");
    jsonschema::draft7::new(&s).expect("the schema compiles")
}

#[test]
fn the_schema_is_draft_07_with_an_id_and_later_drafts_read_it_alike() {
    let s = the_schema();
    if let Err(e) = jsonschema::draft7::meta::validate(&s) {
        panic!("not a valid draft-07 schema: {e} at {}", e.instance_path());
    }
    assert_eq!(s["$id"], rfs_cli::schema::ID);
    assert!(rfs_cli::schema::ID.starts_with("urn:rfs:aos-template:"));
    // Nothing newer than draft-07, anywhere in it.
    let text = s.to_string();
    for newer in [
        "$defs",
        "unevaluated",
        "dependentRequired",
        "prefixItems",
        "$anchor",
    ] {
        assert!(!text.contains(newer), "{newer} is not draft-07");
    }
    // A draft 2020-12 validator gives the same verdicts.
    let later = jsonschema::draft202012::new(&s).expect("2020-12 compiles it");
    let v = validator();
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    for entry in std::fs::read_dir(dir).unwrap() {
        let doc = json(&std::fs::read_to_string(entry.unwrap().path()).unwrap());
        assert!(later.is_valid(&doc));
        let broken = doc.to_string().replace("HuaweiCloud.", "Huaweicloud.");
        let broken: serde_json::Value = serde_json::from_str(&broken).unwrap();
        assert_eq!(later.is_valid(&broken), v.is_valid(&broken));
        assert!(!v.is_valid(&broken));
    }
}

#[test]
fn every_definition_and_property_has_a_title() {
    let s = the_schema();
    let defs = s["definitions"].as_object().unwrap();
    assert_eq!(
        defs["element:HuaweiCloud.VPC.Subnet"]["title"],
        "HuaweiCloud.VPC.Subnet properties"
    );
    assert_eq!(
        defs["element:HuaweiCloud.VPC.Subnet"]["properties"]["vpcId"]["title"],
        "vpcId: HuaweiCloud.VPC.VPC.Id, required by the service API"
    );
    assert_eq!(
        defs["element:HuaweiCloud.APIG.ApiGroup"]["properties"]["name"]["title"],
        "name: string, required"
    );
    assert_eq!(
        defs["element:HuaweiCloud.VPC.VPC"]["properties"]["cidr"]["title"],
        "cidr: string, default '192.168.0.0/16'"
    );
    let mut properties = 0;
    for (name, def) in defs {
        assert!(def["title"].is_string(), "{name} has no title");
        if let Some(props) = def["properties"].as_object() {
            for (key, p) in props {
                assert!(p["title"].is_string(), "{name}.{key} has no title");
                properties += 1;
            }
        }
    }
    assert!(properties > 500, "{properties}");
    for (section, p) in s["properties"].as_object().unwrap() {
        assert!(p["title"].is_string(), "section {section} has no title");
    }
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

/// yaml-language-server and the text-document package it is used with (pinned, from the npm
/// registry), installed once under the target directory with the machine's `npm`: the folder
/// of their `node_modules`.
fn yaml_language_server() -> std::path::PathBuf {
    const PACKAGES: [&str; 2] = [
        "yaml-language-server@1.25.0",
        "vscode-languageserver-textdocument@1.0.16",
    ];
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("yaml-language-server-1.25.0");
    let mut npm = vec!["install", "--no-audit", "--no-fund", "--silent", "--prefix"];
    npm.push(dir.to_str().unwrap());
    npm.extend(PACKAGES);
    tools::install_once(
        &dir,
        &PACKAGES.join(" and "),
        "node and npm with the npm registry",
        &[("npm".as_ref(), npm)],
    );
    dir.join("node_modules")
}

#[test]
fn yaml_language_server_validates_completes_and_hovers_with_the_schema() {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("editor");
    std::fs::create_dir_all(&dir).unwrap();
    let schema_file = dir.join("aos.schema.json");
    std::fs::write(&schema_file, the_schema().to_string()).unwrap();
    let bad = dir.join("bad.yaml");
    std::fs::write(
        &bad,
        "tosca_definitions_version: huaweicloud_tosca_version_1_0\nnode_templates:\n  net:\n    type: HuaweiCloud.VPC.VPC\n    properties: {name: 12, cidrs: x}\n",
    )
    .unwrap();
    let fixtures: Vec<std::path::PathBuf> =
        std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
    let out = std::process::Command::new("node")
        .arg(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/editor/check.js"
        ))
        .arg(&schema_file)
        .arg(&bad)
        .args(&fixtures)
        .env("NODE_PATH", yaml_language_server())
        .output()
        .expect("node runs");
    assert!(out.status.success(), "{out:?}");
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let diagnostics = report["diagnostics"].as_object().unwrap();
    assert_eq!(diagnostics.len(), fixtures.len() + 1);
    for (file, found) in diagnostics {
        let found: Vec<&str> = found
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d.as_str().unwrap())
            .collect();
        if file.ends_with("bad.yaml") {
            assert!(
                found.iter().any(|d| d.contains("cidrs")) && found.len() == 2,
                "{found:?}"
            );
        } else {
            assert!(found.is_empty(), "{file}: {found:?}");
        }
    }
    // The title first on hover, then the spec's notes.
    let hover = report["hover"].as_str().unwrap();
    assert!(
        hover.starts_with("#### cidr: string, default '192.168.0.0/16'\n\nAddress space"),
        "{hover}"
    );
    assert_eq!(report["completion"], serde_json::json!(["name"]));
}
