//! The attack corpus: what a stranger's pull request could feed `rfs` in CI. Each test runs the
//! binary as CI would and checks that it stays bounded, prints nothing a terminal or a diagram
//! tool would misread, and reports everything it can.

use std::io::Write;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

fn rfs(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_rfs"))
        .args(args)
        .output()
        .expect("rfs runs")
}

fn rfs_with_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_rfs"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("rfs runs");
    let mut stdin = child.stdin.take().unwrap();
    // The reader may stop early (past the size limit): a broken pipe is expected then.
    let _ = stdin.write_all(input);
    drop(stdin);
    child.wait_with_output().unwrap()
}

fn file(name: &str, text: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("rfs-attacks-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

fn text(out: &[u8]) -> String {
    String::from_utf8_lossy(out).into_owned()
}

const HEAD: &str = "tosca_definitions_version: huaweicloud_tosca_version_1_0\n";

#[test]
fn an_endless_device_is_read_only_up_to_the_limit() {
    let start = Instant::now();
    let out = rfs(&["lint", "/dev/zero"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(start.elapsed() < Duration::from_secs(5));
    assert!(
        text(&out.stderr).contains("larger than 4194304 bytes; --max-bytes raises the limit"),
        "{}",
        text(&out.stderr)
    );
    let out = rfs(&["graph", "/dev/zero"]);
    assert_eq!(out.status.code(), Some(2));
    let out = rfs(&["import", "/dev/zero"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn a_fifo_without_a_writer_is_given_up() {
    let dir = std::env::temp_dir().join(format!("rfs-fifo-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let fifo = dir.join("fifo");
    let made = Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("mkfifo is not available; skipped");
        return;
    }
    let start = Instant::now();
    let out = rfs(&["lint", "--read-timeout", "1", fifo.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(start.elapsed() < Duration::from_secs(10));
    assert!(
        text(&out.stderr).contains("--read-timeout"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn standard_input_is_read_under_the_same_limit() {
    let template = format!(
        "{HEAD}node_templates:\n  net:\n    type: HuaweiCloud.VPC.VPC\n    properties: {{name: n, cidr: 10.0.0.0/8}}\n"
    );
    let out = rfs_with_stdin(&["lint", "-"], template.as_bytes());
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
    let out = rfs_with_stdin(&["lint", "--max-bytes", "100", "-"], template.as_bytes());
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("larger than 100 bytes"));
    let out = rfs_with_stdin(&["graph", "-"], template.as_bytes());
    assert_eq!(out.status.code(), Some(0));
    let out = rfs_with_stdin(&["import", "-"], template.as_bytes());
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("vpc::Vpc::builder()"));
}

#[test]
fn limits_are_options() {
    let deep = format!(
        "{HEAD}node_templates: {{}}\nx: {}1{}\n",
        "[".repeat(70),
        "]".repeat(70)
    );
    let path = file("deep.yaml", &deep);
    let out = rfs(&["lint", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let report = text(&out.stdout);
    assert!(
        report.contains(
            "error[yaml]: the template nests lists and maps deeper than 64 levels (--max-depth)"
        ),
        "{report}"
    );
    let out = rfs(&["lint", "--max-depth", "100", path.to_str().unwrap()]);
    assert!(
        !text(&out.stdout).contains("error[yaml]"),
        "{}",
        text(&out.stdout)
    );
    let help = text(&rfs(&["lint", "--help"]).stdout);
    for option in [
        "--max-bytes",
        "--max-depth",
        "--max-aliases",
        "--max-nodes",
        "--read-timeout",
    ] {
        assert!(help.contains(option), "{option} not in --help");
    }
}

#[test]
fn template_text_cannot_drive_the_terminal() {
    // ESC (colours, cursor), BEL (title), CR (overwrite the line), a fake finding after a
    // newline, and a bidirectional override.
    let name = "x\\e[31mred\\e]0;title\\a\\rmain.yaml:1:1: everything fine\\n\\u202eevil";
    let template = format!("{HEAD}node_templates:\n  \"{name}\":\n    type: HuaweiCloud.Nope\n");
    let path = file("terminal.yaml", &template);
    let out = rfs(&["lint", path.to_str().unwrap()]);
    let report = text(&out.stdout);
    assert!(
        !report
            .chars()
            .any(|c| (c.is_control() && c != '\n') || c == '\u{202e}'),
        "{report:?}"
    );
    assert!(report.contains("\\u{1b}[31mred"), "{report}");
    // Every line is a finding, its hint, or the summary: no forged line.
    for line in report.lines() {
        assert!(
            line.starts_with(path.to_str().unwrap())
                || line.starts_with("  hint: ")
                || line.ends_with("warning(s)"),
            "{line:?}"
        );
    }
}

#[test]
fn diagram_labels_cannot_add_nodes_or_edges() {
    let template = format!(
        "{HEAD}node_templates:\n  \"a\\\"]\\n  evil[\\\"x\":\n    type: HuaweiCloud.VPC.VPC\n  a-b:\n    type: HuaweiCloud.VPC.VPC\n  a.b:\n    type: HuaweiCloud.VPC.VPC\n    properties: {{name: {{get_reference: a-b}}}}\n"
    );
    let path = file("diagram.yaml", &template);
    let mermaid = text(&rfs(&["graph", "--format", "mermaid", path.to_str().unwrap()]).stdout);
    // The header, three nodes and one edge.
    assert_eq!(mermaid.lines().count(), 5, "{mermaid}");
    assert!(!mermaid.contains("evil[\""), "{mermaid}");
    // `a-b` and `a.b` are different nodes.
    assert!(mermaid.contains("  n2 -->|\"name\"| n1"), "{mermaid}");
    let dot = text(&rfs(&["graph", path.to_str().unwrap()]).stdout);
    assert_eq!(dot.lines().count(), 4 + 3 + 1, "{dot}");
    // DOT shows the escape as text: `\\` is a backslash in a DOT string.
    assert!(dot.contains(r#""a\"]\\u{a}  evil[\"x""#), "{dot}");
}

#[test]
fn every_finding_of_every_readable_file_and_json_stays_valid() {
    let nan = file(
        "nan.yaml",
        &format!(
            "{HEAD}node_templates:\n  a:\n    type: HuaweiCloud.VPC.VPC\n    properties: {{name: a, cidr: .nan}}\n  b:\n    type: HuaweiCloud.Nope\n  c:\n    type: HuaweiCloud.VPC.VPC\n    properties: {{name: c, cidr: 1e400}}\n"
        ),
    );
    let out = rfs(&[
        "lint",
        "--format",
        "json",
        nan.to_str().unwrap(),
        "/no/such/file.yaml",
    ]);
    assert_eq!(out.status.code(), Some(2));
    let findings: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    let rules: Vec<&str> = findings
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap())
        .collect();
    // Both non-finite numbers and the unknown type: one bad number hides nothing.
    assert_eq!(
        rules.iter().filter(|r| **r == "value-type").count(),
        2,
        "{rules:?}"
    );
    assert!(rules.contains(&"unknown-type"), "{rules:?}");
}

#[test]
fn yaml_messages_are_written_for_template_authors() {
    let cases = [
        ("unclosed.yaml", "a: [1, 2\n", "unclosed bracket '['"),
        (
            "many.yaml",
            &format!("a:\n{}", "  - 1\n".repeat(260_000)),
            "the template has more than 250000 values (--max-nodes)",
        ),
        (
            "aliases.yaml",
            &format!("a: &a [x]\nb: [{}]\n", vec!["*a"; 40].join(", ")),
            "anchors or aliases (--max-aliases)",
        ),
    ];
    for (name, yaml, expected) in cases {
        let path = file(name, yaml);
        let report = text(&rfs(&["lint", path.to_str().unwrap()]).stdout);
        assert!(report.contains(expected), "{name}: {report}");
        for internal in ["budget", "Budget", "Policy", "Options", " at line ", "{"] {
            assert!(
                !report.contains(internal),
                "{name}: {internal:?} in {report}"
            );
        }
    }
}

#[test]
fn yaml_1_1_readings_tags_and_merge_keys_are_reported() {
    let template = format!(
        "{HEAD}defaults: &d {{cidr: 10.0.0.0/8}}\nnode_templates:\n  a:\n    type: HuaweiCloud.VPC.VPC\n    properties:\n      name: yes\n      cidr: 0777\n  b:\n    type: HuaweiCloud.VPC.VPC\n    properties:\n      <<: *d\n      name: !Ref a\n  c:\n    type: HuaweiCloud.VPC.VPC\n    properties: {{name: !!binary aGVsbG8=, cidr: 2024-01-01}}\n  d:\n    type: HuaweiCloud.VPC.VPC\n    properties: {{name: 12:30:00, cidr: 0b101}}\n  \"no\":\n    type: HuaweiCloud.VPC.VPC\n    properties: {{name: 'yes', cidr: \"1_000\"}}\n"
    );
    let path = file("yaml11.yaml", &template);
    let report = text(&rfs(&["lint", path.to_str().unwrap()]).stdout);
    for expected in [
        ":7:13: warning[yaml-version]: 'yes' is the boolean true to YAML 1.1 readers",
        ":8:13: warning[yaml-version]: '0777' is the integer 511 to YAML 1.1 readers (PyYAML, SnakeYAML) and the integer 777 to YAML 1.2 readers",
        ":8:13: error[value-type]: 'cidr' takes text, not an integer (0777)",
        ":12:7: error[yaml-feature]: '<<' merges a map",
        ":13:13: error[yaml-feature]: the tag !Ref is not part of AOS templates",
        "error[yaml-feature]: the tag !!binary is not part of AOS templates",
        "warning[yaml-version]: '2024-01-01' is a date",
        "warning[yaml-version]: '12:30:00' is the integer 45000",
        "warning[yaml-version]: '0b101' is the integer 5",
    ] {
        assert!(report.contains(expected), "{expected} not in\n{report}");
    }
    // Quoted values are text to every parser: nothing to report about them.
    assert!(!report.contains("'1_000'"), "{report}");
    assert_eq!(report.matches("yaml-version]").count(), 5, "{report}");
}

#[test]
fn every_command_reads_the_same_way() {
    let broken = file("broken.yaml", "a: [1, 2\n");
    let lint = rfs(&["lint", broken.to_str().unwrap()]);
    let graph = rfs(&["graph", broken.to_str().unwrap()]);
    assert_eq!(lint.status.code(), Some(1));
    assert_eq!(graph.status.code(), Some(1));
    assert_eq!(text(&graph.stderr), text(&lint.stdout));
    let import = rfs(&["import", broken.to_str().unwrap()]);
    assert_eq!(import.status.code(), Some(2));
    assert!(text(&import.stderr).contains(":1:4: error[yaml]: unclosed bracket"));
    // `rfs specs` checks the specs built in unless a folder is given.
    let specs = rfs(&["specs"]);
    assert!(
        text(&specs.stdout).starts_with("170 specs OK"),
        "{}",
        text(&specs.stderr)
    );
    let missing = rfs(&["specs", "--dir", "/no/such/specs"]);
    assert_eq!(missing.status.code(), Some(1));
}

const NET: &str = "node_templates:\n  net:\n    type: HuaweiCloud.VPC.VPC\n    properties: {name: net, cidr: 10.0.0.0/16}\n";

#[test]
fn output_through_a_symlink_replaces_the_link_not_its_target() {
    let template = file("linked.yaml", &format!("{HEAD}{NET}"));
    let dir = template.parent().unwrap().join("link-target");
    std::fs::create_dir_all(&dir).unwrap();
    let precious = dir.join("precious.txt");
    std::fs::write(&precious, "keep me").unwrap();
    let link = dir.join("out.rs");
    let _ = std::fs::remove_file(&link);
    std::os::unix::fs::symlink(&precious, &link).unwrap();
    let out = rfs(&[
        "import",
        template.to_str().unwrap(),
        "-o",
        link.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(std::fs::read_to_string(&precious).unwrap(), "keep me");
    assert!(
        !std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert!(
        std::fs::read_to_string(&link)
            .unwrap()
            .contains("pub fn stack()")
    );
}

#[test]
fn a_folder_import_writes_all_or_nothing() {
    let root = std::env::temp_dir().join(format!("rfs-attacks-{}/folder", std::process::id()));
    let (templates, out) = (root.join("templates"), root.join("out"));
    let _ = std::fs::remove_dir_all(&root);
    std::fs::create_dir_all(&templates).unwrap();
    std::fs::create_dir_all(&out).unwrap();
    std::fs::write(templates.join("good.yaml"), format!("{HEAD}{NET}")).unwrap();
    std::fs::write(out.join("mod.rs"), "// the user's old mod.rs\n").unwrap();
    std::fs::write(
        templates.join("bad.yaml"),
        format!("{HEAD}node_templates: [x]\n"),
    )
    .unwrap();
    let run = || {
        rfs(&[
            "import",
            templates.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
        ])
    };
    let failed = run();
    assert_eq!(failed.status.code(), Some(1), "{}", text(&failed.stderr));
    assert!(text(&failed.stderr).contains("nothing written"));
    assert_eq!(
        std::fs::read_to_string(out.join("mod.rs")).unwrap(),
        "// the user's old mod.rs\n"
    );
    assert!(!out.join("good.rs").exists());
    std::fs::remove_file(templates.join("bad.yaml")).unwrap();
    assert!(run().status.success());
    assert!(out.join("good.rs").is_file());
    assert!(
        std::fs::read_to_string(out.join("mod.rs"))
            .unwrap()
            .contains("pub mod good;")
    );
}

#[test]
fn a_huge_size_limit_still_reports_every_finding() {
    let path = file(
        "limit.yaml",
        &format!("{HEAD}{NET}  bad:\n    type: Nope\n"),
    );
    let out = rfs(&[
        "lint",
        "--max-bytes",
        &usize::MAX.to_string(),
        path.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("error[unknown-type]"),
        "{}",
        text(&out.stdout)
    );
}

#[test]
fn file_names_are_data_in_messages_and_modules() {
    // A file name with an escape sequence, a newline, `::` and a bidi override.
    let name = "evil\u{1b}[31m\n::x\u{202e}.yaml";
    let path = file(name, &format!("{HEAD}{NET}"));
    let out = rfs(&["import", path.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let (stderr, code) = (text(&out.stderr), text(&out.stdout));
    assert!(
        !stderr.contains('\u{1b}') && !stderr.contains('\u{202e}'),
        "{stderr:?}"
    );
    assert_eq!(stderr.lines().count(), 1, "{stderr:?}");
    for line in code.lines().filter(|l| l.starts_with("//!")) {
        assert!(
            !line.contains('\u{1b}') && !line.contains('\u{202e}'),
            "{line:?}"
        );
    }
    assert!(
        code.contains("//! The stack `evil\\u{1b}[31m\\u{a}::x\\u{202e}`"),
        "{code}"
    );
    let lint = rfs(&["lint", path.to_str().unwrap(), "/no/such\u{1b}[2J"]);
    assert!(
        !text(&lint.stderr).contains('\u{1b}'),
        "{:?}",
        text(&lint.stderr)
    );
    // Several such files: module names are plain identifiers.
    let dir = path.parent().unwrap().join("names");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("a b::c.yaml"), format!("{HEAD}{NET}")).unwrap();
    std::fs::write(dir.join("fn.yaml"), format!("{HEAD}{NET}")).unwrap();
    let out_dir = dir.join("out");
    let out = rfs(&[
        "import",
        dir.to_str().unwrap(),
        "-o",
        out_dir.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let mut modules: Vec<String> = std::fs::read_dir(&out_dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    modules.sort();
    assert_eq!(modules, ["a_b_c.rs", "mod.rs", "stack_fn.rs"]);
}
