//! The `rfs` binary as a user runs it.

use std::process::Command;

fn rfs(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_rfs"))
        .args(args)
        .output()
        .expect("rfs runs")
}

#[test]
fn specs_summarises_the_real_specs() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../specs");
    let out = rfs(&["specs", "--dir", dir]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.starts_with("170 specs OK: 100 elements, 70 data structures"),
        "{text}"
    );
}

#[test]
fn specs_reports_problems_with_exit_status_1() {
    let dir = std::env::temp_dir().join(format!("rfs-cli-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("elements")).unwrap();
    std::fs::create_dir_all(dir.join("datatypes")).unwrap();
    std::fs::write(dir.join("resource-types.yaml"), "{}\n").unwrap();
    std::fs::write(
        dir.join("elements/VPC.VPC.yaml"),
        "name: VPC.VPC\nkind: element\ntype: HuaweiCloud.VPC.VPC\nsummary: x\ncompleteness: complete\nproperties:\n  a: {type: Bar, required: true}\n",
    )
    .unwrap();
    let out = rfs(&["specs", "--dir", dir.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("/elements/VPC.VPC.yaml: properties.a.type: unknown type 'Bar'"),
        "{err}"
    );
}

#[test]
fn usage_errors_exit_with_2() {
    assert_eq!(rfs(&["nonsense"]).status.code(), Some(2));
}

fn temp_file(name: &str, text: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("rfs-cli-files-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

const CLEAN: &str = "tosca_definitions_version: huaweicloud_tosca_version_1_0\nnode_templates:\n  net:\n    type: HuaweiCloud.VPC.VPC\n    properties: {name: net, cidr: 10.0.0.0/8}\n";

#[test]
fn lint_exit_status_follows_errors_and_warnings() {
    let clean = temp_file("clean.yaml", CLEAN);
    let out = rfs(&["lint", clean.to_str().unwrap()]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "0 error(s), 0 warning(s)\n"
    );

    let warn = temp_file(
        "warn.yaml",
        &format!("{CLEAN}inputs:\n  spare: {{type: string}}\n"),
    );
    assert_eq!(
        rfs(&["lint", warn.to_str().unwrap()]).status.code(),
        Some(0)
    );
    assert_eq!(
        rfs(&["lint", "--deny-warnings", warn.to_str().unwrap()])
            .status
            .code(),
        Some(1)
    );

    let bad = temp_file(
        "bad.yaml",
        &CLEAN.replace("cidr: 10.0.0.0/8", "cidr: 10.0.0.0/8, cidrs: x"),
    );
    let out = rfs(&["lint", bad.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("bad.yaml:5:47: error[unknown-property]: HuaweiCloud.VPC.VPC has no property 'cidrs'; did you mean 'cidr'?"), "{text}");
    assert!(text.contains("  hint: "), "{text}");
}

#[test]
fn lint_json_output() {
    let bad = temp_file("json.yaml", &CLEAN.replace("cidr: 10.0.0.0/8", "cidr: 12"));
    let out = rfs(&["lint", "--format", "json", bad.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v[0]["rule"], "value-type");
    assert_eq!(v[0]["line"], 5);
    assert_eq!(v[0]["severity"], "error");
}

#[test]
fn lint_io_errors_exit_with_2_and_rules_are_listed() {
    assert_eq!(rfs(&["lint", "/nonexistent/x.yaml"]).status.code(), Some(2));
    let out = rfs(&["lint", "--rules"]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    for r in rfs_check::rules::ALL {
        assert!(text.contains(r.id), "{} missing from --rules", r.id);
    }
    let help = String::from_utf8(rfs(&["lint", "--help"]).stdout).unwrap();
    assert!(
        help.contains("Examples:") && help.contains("rfs lint --format json"),
        "{help}"
    );
}

#[test]
fn graph_prints_dependencies() {
    let file = temp_file(
        "graph.yaml",
        &format!(
            "{CLEAN}  sub:\n    type: HuaweiCloud.VPC.Subnet\n    properties: {{vpcId: {{get_reference: net}}}}\n"
        ),
    );
    let dot = String::from_utf8(rfs(&["graph", file.to_str().unwrap()]).stdout).unwrap();
    assert!(
        dot.contains("\"sub\" -> \"net\" [label=\"vpcId\"];"),
        "{dot}"
    );
    let mermaid =
        String::from_utf8(rfs(&["graph", file.to_str().unwrap(), "--format", "mermaid"]).stdout)
            .unwrap();
    assert!(mermaid.contains("n_sub -->|vpcId| n_net"), "{mermaid}");
}

#[test]
fn schema_prints_a_draft_2020_12_schema() {
    let out = rfs(&["schema"]);
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["$schema"], "https://json-schema.org/draft/2020-12/schema");
    assert!(v["$defs"]["element:HuaweiCloud.VPC.VPC"]["properties"]["cidr"].is_object());
}
