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
