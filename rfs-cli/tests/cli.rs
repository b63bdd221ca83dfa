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
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../rfs-types/specs");
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
    assert!(mermaid.contains("n1 -->|\"vpcId\"| n0"), "{mermaid}");
}

const SUBNET: &str = "tosca_definitions_version: huaweicloud_tosca_version_1_0\ninputs:\n  cidr:\n    type: string\n    default: 10.0.0.0/16\n  pass:\n    type: password\n    invisible: true\nnode_templates:\n  net:\n    type: HuaweiCloud.VPC.VPC\n    properties:\n      name: net\n      cidr: {get_input: cidr}\n  sub:\n    type: HuaweiCloud.VPC.Subnet\n    properties:\n      name: sub\n      vpcId: {get_reference: net}\n    requirements:\n      - vpcId: {node: net, relationship: HuaweiCloud.Relationships.ContainedIn}\noutputs:\n  pass:\n    value: {get_input: pass}\n";

#[test]
fn import_writes_one_module_to_stdout() {
    let file = temp_file("import-one.yaml", SUBNET);
    let out = rfs(&["import", file.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(stderr.contains("0 escape hatch(es)"), "{stderr}");
    let code = String::from_utf8(out.stdout).unwrap();
    for expected in [
        "use rfs_dsl::types::vpc;",
        "pub fn stack() -> Stack {",
        "Stack::new(\"import-one\")",
        "Input::password().invisible()",
        "let net = stack",
        ".vpc_id(net.id())",
        "Requirement::new(\"vpcId\", &net)",
        ".relationship(\"HuaweiCloud.Relationships.ContainedIn\")",
    ] {
        assert!(code.contains(expected), "{expected} not in:\n{code}");
    }
}

#[test]
fn import_of_several_templates_writes_modules_and_mod_rs() {
    let a = temp_file("import-a.yaml", SUBNET);
    let b = temp_file("import-b.yaml", SUBNET);
    let dir = std::env::temp_dir().join(format!("rfs-import-{}", std::process::id()));
    let out = rfs(&[
        "import",
        a.to_str().unwrap(),
        b.to_str().unwrap(),
        "-o",
        dir.to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let m = std::fs::read_to_string(dir.join("mod.rs")).unwrap();
    assert!(m.contains("pub mod import_a;\npub mod import_b;"), "{m}");
    assert!(
        m.contains("vec![import_a::stack(), import_b::stack()]"),
        "{m}"
    );
    assert!(dir.join("import_a.rs").is_file());
    // Several templates without -o: a usage error.
    let out = rfs(&["import", a.to_str().unwrap(), b.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn import_refuses_lint_errors_unless_allowed() {
    let bad = SUBNET.replace(
        "cidr: {get_input: cidr}",
        "cidr: {get_input: cidr}\n      colour: blue",
    );
    let file = temp_file("import-bad.yaml", &bad);
    let out = rfs(&["import", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("error[unknown-property]"), "{stderr}");
    assert!(out.stdout.is_empty());
    let out = rfs(&["import", "--allow-errors", file.to_str().unwrap()]);
    assert!(out.status.success());
    let code = String::from_utf8(out.stdout).unwrap();
    assert!(
        code.contains("// escape hatch: 'colour' is not in the spec of VPC.VPC")
            && code.contains(".unlisted_property(")
            && code.contains("//! - 15:7: error[unknown-property]: "),
        "{code}"
    );
}

#[test]
fn import_io_and_parse_errors_exit_with_2() {
    let out = rfs(&["import", "/no/such/file.yaml"]);
    assert_eq!(out.status.code(), Some(2));
    let file = temp_file("import-broken.yaml", "a: [1, 2\n");
    let out = rfs(&["import", "--allow-errors", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("error[yaml]"));
}

#[test]
fn a_reader_that_stops_early_ends_rfs_quietly() {
    // `rfs schema | head -1`: the schema (350 KB) is larger than a pipe holds, so rfs writes
    // into a closed pipe; it stops without a panic.
    let mut child = Command::new(env!("CARGO_BIN_EXE_rfs"))
        .arg("schema")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("rfs runs");
    let mut first = [0u8; 1];
    std::io::Read::read_exact(child.stdout.as_mut().unwrap(), &mut first).unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(out.status.code(), Some(0), "{stderr}");
}

#[test]
fn explain_describes_one_rule_and_refuses_unknown_ones() {
    let out = rfs(&["lint", "--explain", "input-name"]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.starts_with("input-name (warning by default)\n"),
        "{text}"
    );
    assert!(
        text.contains(
            "Relaxed: the documented rule is reported as a warning, because official samples"
        ),
        "{text}"
    );
    let yaml_only = String::from_utf8(rfs(&["lint", "--explain", "yaml-key"]).stdout).unwrap();
    assert!(
        yaml_only.contains("Only `rfs lint` meets it"),
        "{yaml_only}"
    );
    let unknown = rfs(&["lint", "--explain", "no\u{1b}[31mrule"]);
    assert_eq!(unknown.status.code(), Some(2));
    let err = String::from_utf8(unknown.stderr).unwrap();
    assert!(
        err.contains("no rule 'no\\u{1b}[31mrule'") && !err.contains('\u{1b}'),
        "{err}"
    );
}

/// The `rfs.toml` the README documents makes the official-style templates lint clean with
/// `--deny-warnings`, every finding it allows listed as info[suppressed] with its reason; without
/// it the same run fails on their warnings. `--config` and `--no-config` choose the file.
#[test]
fn the_documented_rfs_toml_makes_official_style_templates_lint_clean() {
    let readme = include_str!("../../README.md");
    let start = readme
        .find("```toml\n# rfs.toml\n")
        .expect("the README documents rfs.toml")
        + 8;
    let config = &readme[start..start + readme[start..].find("```").unwrap()];
    let dir = std::env::temp_dir().join(format!("rfs-config-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    for entry in std::fs::read_dir(&fixtures).unwrap() {
        let p = entry.unwrap().path();
        std::fs::copy(&p, dir.join(p.file_name().unwrap())).unwrap();
    }
    let d = dir.to_str().unwrap();
    let without = rfs(&["lint", "--deny-warnings", d]);
    assert_eq!(without.status.code(), Some(1));
    let warnings = String::from_utf8_lossy(&without.stdout)
        .matches(": warning[")
        .count();
    assert!(warnings > 50, "{warnings}");
    std::fs::write(dir.join("rfs.toml"), config).unwrap();
    let with = rfs(&["lint", "--deny-warnings", d]);
    let out = String::from_utf8_lossy(&with.stdout);
    assert_eq!(with.status.code(), Some(0), "{out}");
    assert_eq!(
        out.matches(": info[suppressed]: ").count(),
        warnings,
        "{out}"
    );
    assert!(out.contains("(allowed by "), "{out}");
    assert!(
        out.contains("official templates name inputs in camelCase)"),
        "{out}"
    );
    // Every level it sets is needed by some template.
    assert!(!out.contains("[suppression]"), "{out}");
    // Over one template that needs none of them, each allow is listed as unmatched, under the
    // file that set it: an info, so the run still passes (a needless --allow is a note on
    // standard error).
    let clean = dir.join("AOS.Stack.yaml");
    let one = rfs(&[
        "lint",
        "--deny-warnings",
        "--allow",
        "cycle",
        clean.to_str().unwrap(),
    ]);
    let text = String::from_utf8_lossy(&one.stdout);
    assert_eq!(one.status.code(), Some(0), "{text}");
    let toml = dir.join("rfs.toml").display().to_string();
    // At the line of its entry in the documented file.
    let line_of = |id: &str| {
        config
            .lines()
            .position(|l| l.starts_with(&format!("{id} =")))
            .unwrap()
            + 1
    };
    for (file, level, id) in [
        (toml.as_str(), "allow(input-name)", "input-name"),
        (toml.as_str(), "allow(input-type)", "input-type"),
    ] {
        assert!(
            text.contains(&format!(
                "{file}:{}:1: info[suppression]: `{level}` matches no finding in the 1 template(s) linted",
                line_of(id)
            )),
            "{file} {level} not in:\n{text}"
        );
    }
    // The override's level does not apply to this file at all: not listed.
    assert!(!text.contains("allow(element)"), "{text}");
    assert!(
        String::from_utf8_lossy(&one.stderr)
            .contains("rfs: note: `--allow cycle` matched no finding in the 1 template(s) linted"),
        "{one:?}"
    );
    assert!(!text.contains("cycle"), "{text}");
    // --no-config reads none; --config reads the one given.
    assert_eq!(
        rfs(&["lint", "--deny-warnings", "--no-config", d])
            .status
            .code(),
        Some(1)
    );
    let elsewhere = std::env::temp_dir().join(format!("rfs-config-{}.toml", std::process::id()));
    std::fs::write(&elsewhere, "[rules]\ninput-name = \"deny\"\n").unwrap();
    let denied = rfs(&["lint", "--config", elsewhere.to_str().unwrap(), d]);
    assert_eq!(denied.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&denied.stdout).contains(": error[input-name]: "));
    // A broken rfs.toml is a usage error naming the file, not a silent default.
    std::fs::write(&elsewhere, "[rules]\ninput-nam = \"allow\"\n").unwrap();
    let broken = rfs(&["lint", "--config", elsewhere.to_str().unwrap(), d]);
    assert_eq!(broken.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&broken.stderr).contains("no rule `input-nam`"));
    // --allow on the command line, and an unknown rule there.
    let allowed = rfs(&[
        "lint",
        "--no-config",
        "--allow",
        "input-name,input-type",
        "--allow",
        "element",
        "--deny-warnings",
        d,
    ]);
    assert_eq!(allowed.status.code(), Some(0));
    assert_eq!(rfs(&["lint", "--allow", "nope", d]).status.code(), Some(2));
    std::fs::remove_dir_all(&dir).unwrap();
    std::fs::remove_file(&elsewhere).unwrap();
}

/// The problem-matcher expression the README gives matches every finding line of the text
/// output (and only those: hints and the summary are other lines).
#[test]
fn the_documented_problem_matcher_matches_text_output() {
    let readme = include_str!("../../README.md");
    let start = readme
        .find("`^(.*)")
        .expect("the README gives a problem matcher")
        + 1;
    let pattern = &readme[start..start + readme[start..].find('`').unwrap()];
    let re = rfs_check::regex::compile(pattern, false).unwrap();
    let out = rfs(&[
        "lint",
        "--no-config",
        "tests/fixtures/CCE.Ingress.yaml",
        "tests/fixtures/RDS.MySQL.User.yaml",
    ]);
    let text = String::from_utf8_lossy(&out.stdout);
    let findings: Vec<&str> = text
        .lines()
        .filter(|l| !l.starts_with("  ") && l.contains("]: "))
        .collect();
    assert!(findings.len() >= 3, "{text}");
    for line in findings {
        let c = re
            .captures(line)
            .unwrap_or_else(|| panic!("not matched: {line}"));
        assert!(
            c[1].ends_with(".yaml") && c[2].parse::<u32>().is_ok(),
            "{line}"
        );
        assert!(["error", "warning", "info"].contains(&&c[4]), "{line}");
    }
    assert!(
        text.lines()
            .filter(|l| l.starts_with("  hint:"))
            .all(|l| !re.is_match(l))
    );
}

/// `rfs lint FILE` run on a terminal of its own (util-linux `script`), with `env` set: what it
/// printed there.
#[cfg(target_os = "linux")]
fn lint_on_a_terminal(file: &std::path::Path, env: &[(&str, &str)]) -> String {
    let command = format!(
        "'{}' lint --no-config '{}'",
        env!("CARGO_BIN_EXE_rfs"),
        file.display()
    );
    let out = Command::new("script")
        .args(["-qec", &command, "/dev/null"])
        .env_remove("NO_COLOR")
        .envs(env.iter().copied())
        .output()
        .expect("script (util-linux) runs");
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn lint_colours_a_terminal_unless_no_color_and_never_lets_a_template_colour() {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("colour");
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("t.yaml");
    // An element named with an escape sequence of its own.
    std::fs::write(
        &file,
        "tosca_definitions_version: huaweicloud_tosca_version_1_0\nnode_templates:\n  \"\\e[32mok\":\n    type: HuaweiCloud.VPC.VPC\n    properties: {name: net, cidr: 10.0.0.0/8, cidrs: x}\n",
    )
    .unwrap();
    let path = file.to_str().unwrap();
    let text = |args: &[&str]| {
        let out = rfs(args);
        assert_eq!(out.status.code(), Some(1), "{out:?}");
        String::from_utf8(out.stdout).unwrap()
    };
    let coloured = text(&["lint", "--no-config", "--color", "always", path]);
    assert!(
        coloured.contains("\x1b[1;31merror[unknown-property]\x1b[0m"),
        "{coloured}"
    );
    assert!(
        coloured.contains("\x1b[32mhint:\x1b[0m write 'cidr'"),
        "{coloured}"
    );
    // Every escape is one of rfs's own: the template's is shown escaped.
    assert!(!coloured.contains("\x1b[32mok"), "{coloured}");
    assert!(coloured.contains("\\u{1b}[32mok"), "{coloured}");
    // Not a terminal (a pipe, here): plain, as the problem matcher reads it.
    let plain = text(&["lint", "--no-config", path]);
    assert!(!plain.contains('\x1b'), "{plain}");
    assert_eq!(
        plain,
        text(&["lint", "--no-config", "--color", "never", path])
    );
    #[cfg(target_os = "linux")]
    {
        assert!(lint_on_a_terminal(&file, &[]).contains("\x1b[1;31m"));
        let no_color = lint_on_a_terminal(&file, &[("NO_COLOR", "1")]);
        assert!(no_color.contains("error[unknown-property]"), "{no_color}");
        assert!(!no_color.contains("\x1b["), "{no_color}");
    }
}

#[test]
fn schema_takes_an_id_and_refuses_one_that_is_no_uri() {
    let out = rfs(&["schema"]);
    assert!(out.status.success());
    let s: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(s["$id"], rfs_cli::schema::ID);
    assert_eq!(s["$schema"], "http://json-schema.org/draft-07/schema#");
    assert!(s["definitions"]["element:HuaweiCloud.VPC.VPC"]["properties"]["cidr"].is_object());
    let out = rfs(&["schema", "--id", "https://example.com/schemas/aos.json"]);
    assert!(out.status.success());
    let s: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(s["$id"], "https://example.com/schemas/aos.json");
    for bad in [
        "aos.json",
        "https://x/a b",
        "https://x/a#frag",
        "1http://x",
        "urn:",
        "a:\u{1b}[31m",
    ] {
        let out = rfs(&["schema", "--id", bad]);
        assert_eq!(out.status.code(), Some(2), "{bad:?} was taken");
        assert!(out.stdout.is_empty());
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(err.starts_with("rfs: --id: "), "{err}");
        assert!(!err.contains('\x1b'), "{err}");
    }
}
