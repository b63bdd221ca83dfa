//! `rfs diff` on scripted edits of real templates: exactly the changed paths, nothing for
//! edits that do not change the template's meaning.

use rfs_check::read::Limits;
use rfs_cli::diff::{Kind, diff};

fn root(text: &str) -> rfs_check::tree::Node {
    rfs_cli::lint::read(text, &Limits::default()).expect("YAML")
}

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/tests/fixtures/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

/// (kind, path) of every change from `old` to `new`.
fn changes(old: &str, new: &str) -> Vec<(Kind, String)> {
    diff(&root(old), &root(new))
        .into_iter()
        .map(|c| (c.kind, c.path))
        .collect()
}

#[test]
fn the_same_meaning_written_differently_is_no_change() {
    let old = "tosca_definitions_version: huaweicloud_tosca_version_1_0\n# a comment\nnode_templates:\n  net:\n    type: HuaweiCloud.VPC.VPC\n    properties: {name: web, cidr: 10.0.0.0/8}\n  sub:\n    type: HuaweiCloud.VPC.Subnet\n    properties: {name: s, cidr: 10.0.0.0/24, gateway: 10.0.0.1, vpcId: {get_reference: net}}\n    requirements:\n      - vpcId: {node: net}\n      - dependency: {node: net}\n";
    let new = "node_templates:\n  sub:\n    requirements:\n    - dependency:\n        node: net\n    - vpcId:\n        node: 'net'\n    properties:\n      vpcId:\n        get_reference: net\n      gateway: \"10.0.0.1\"\n      cidr: 10.0.0.0/24\n      name: 's'\n    type: HuaweiCloud.VPC.Subnet\n  net:\n    properties:\n      cidr: \"10.0.0.0/8\"\n      name: web\n    type: HuaweiCloud.VPC.VPC\ntosca_definitions_version: huaweicloud_tosca_version_1_0\n";
    assert_eq!(changes(old, new), []);
}

#[test]
fn scripted_edits_of_a_fixture_are_reported_exactly() {
    let old = fixture("VPC.Subnet.yaml");
    assert_eq!(changes(&old, &old), []);
    let new = old
        .replacen(
            "dnsList: [100.125.1.250, 100.125.64.250]",
            "dnsList: [100.125.1.250]",
            1,
        )
        .replacen("type: HuaweiCloud.VPC.VPC", "type: HuaweiCloud.VPC.VPCX", 1)
        + "  extra-vpc:\n    type: HuaweiCloud.VPC.VPC\n    properties: {name: x, cidr: 10.0.0.0/8}\n";
    assert!(
        new.contains("VPCX") && !new.contains("100.125.64.250"),
        "edits applied"
    );
    let found = changes(&old, &new);
    let core_vpc = found
        .iter()
        .find(|(k, p)| *k == Kind::Changed && p.ends_with(".type"))
        .expect("the type change");
    assert!(core_vpc.1.starts_with("node_templates."), "{found:?}");
    assert!(
        found.contains(&(
            Kind::Removed,
            "node_templates.app-subnet.properties.dnsList[1]".to_owned()
        )),
        "{found:?}"
    );
    assert!(
        found.contains(&(Kind::Added, "node_templates.extra-vpc".to_owned())),
        "{found:?}"
    );
    assert_eq!(found.len(), 3, "{found:?}");
}

#[test]
fn requirements_are_compared_as_a_set_and_values_shown() {
    let old = "node_templates:\n  a:\n    requirements:\n      - vpcId: {node: x}\n      - dependency: {node: y}\n";
    let new = "node_templates:\n  a:\n    requirements:\n      - dependency: {node: y}\n      - dependency: {node: z}\n";
    let d = diff(&root(old), &root(new));
    let shown: Vec<(Kind, &str, Option<&str>, Option<&str>)> = d
        .iter()
        .map(|c| (c.kind, c.path.as_str(), c.old.as_deref(), c.new.as_deref()))
        .collect();
    assert_eq!(
        shown,
        [
            (
                Kind::Added,
                "node_templates.a.requirements",
                None,
                Some("{dependency: {node: \"z\"}}")
            ),
            (
                Kind::Removed,
                "node_templates.a.requirements",
                Some("{vpcId: {node: \"x\"}}"),
                None
            ),
        ]
    );
}

#[test]
fn the_command_exits_0_same_1_different_2_unreadable() {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("diff");
    std::fs::create_dir_all(&dir).unwrap();
    let (a, b) = (dir.join("a.yaml"), dir.join("b.yaml"));
    std::fs::write(&a, "node_templates: {n: {type: HuaweiCloud.VPC.VPC}}\n").unwrap();
    std::fs::write(&b, "node_templates: {n: {type: HuaweiCloud.VPC.Subnet}}\n").unwrap();
    let rfs = |x: &std::path::Path, y: &std::path::Path| {
        std::process::Command::new(env!("CARGO_BIN_EXE_rfs"))
            .args(["diff", x.to_str().unwrap(), y.to_str().unwrap()])
            .output()
            .unwrap()
    };
    assert_eq!(rfs(&a, &a).status.code(), Some(0));
    let out = rfs(&a, &b);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "~ node_templates.n.type: \"HuaweiCloud.VPC.VPC\" -> \"HuaweiCloud.VPC.Subnet\"\n1 change(s): 0 added, 0 removed, 1 changed\n"
    );
    assert_eq!(rfs(&a, &dir.join("missing.yaml")).status.code(), Some(2));
}

#[test]
fn colour_only_when_asked_or_on_a_terminal() {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("diff-colour");
    std::fs::create_dir_all(&dir).unwrap();
    let (a, b) = (dir.join("a.yaml"), dir.join("b.yaml"));
    std::fs::write(&a, "outputs: {x: {value: 1}}\n").unwrap();
    // A name that tries to colour the terminal itself.
    std::fs::write(&b, "outputs: {x: {value: 2}, \"\\e[31mred\": {value: 3}}\n").unwrap();
    let run = |colour: &str| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_rfs"))
            .args([
                "diff",
                "--color",
                colour,
                a.to_str().unwrap(),
                b.to_str().unwrap(),
            ])
            .output()
            .unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    let plain = run("auto"); // not a terminal here
    assert!(!plain.contains('\u{1b}'), "{plain:?}");
    let coloured = run("always");
    assert!(
        coloured.starts_with("\u{1b}[33m~ outputs.x.value: 1 -> 2\u{1b}[0m\n"),
        "{coloured:?}"
    );
    // The template's own escape sequence is shown escaped, not obeyed.
    assert_eq!(coloured.matches('\u{1b}').count(), 4, "{coloured:?}");
}
