//! `rfs lint --format sarif|github` and `--output`: SARIF that the 2.1.0 schema accepts, GitHub
//! workflow commands that stay one line per finding whatever a template or file is named.
//! `sarif-schema-2.1.0.json` is the OASIS SARIF 2.1.0 schema as published (oasis-tcs/sarif-spec,
//! `sarif-2.1/schema/sarif-schema-2.1.0.json`, commit e0583813), unchanged.

use std::process::{Command, Output};

#[path = "common/tools.rs"]
mod tools;

fn rfs(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_rfs"))
        .args(args)
        .output()
        .expect("rfs runs")
}

/// A folder of its own under the target directory.
fn scratch(name: &str) -> std::path::PathBuf {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A template with an error, a warning and an info, under a hostile file name, and its element
/// named to break a line.
fn hostile(dir: &std::path::Path) -> String {
    let path = dir.join("we,ird:name %.yaml");
    std::fs::write(
        &path,
        "tosca_definitions_version: huaweicloud_tosca_version_1_0\nnode_templates:\n  \"a\\nb::error file=x::forged\":\n    type: HuaweiCloud.VPC.VPC\n    properties: {name: net, cidr: 10.0.0.0/8, cidrs: x}\n  disk:\n    type: HuaweiCloud.EVS.NonSharedVolume\n    properties: {availabilityZone: az, volumeType: GPSSD, size: 10}\n",
    )
    .unwrap();
    path.to_str().unwrap().to_owned()
}

#[test]
fn sarif_follows_the_2_1_0_schema_and_lists_every_finding() {
    let dir = scratch("sarif");
    let file = hostile(&dir);
    let out = dir.join("report.sarif");
    let run = rfs(&[
        "lint",
        "--format",
        "sarif",
        "--output",
        out.to_str().unwrap(),
        &file,
    ]);
    assert_eq!(run.status.code(), Some(1), "{run:?}");
    assert!(run.stdout.is_empty(), "the report goes to the file");
    let log: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    let schema: serde_json::Value =
        serde_json::from_str(include_str!("sarif-schema-2.1.0.json")).unwrap();
    let validator = jsonschema::draft4::new(&schema).expect("the SARIF schema compiles");
    let problems: Vec<String> = validator.iter_errors(&log).map(|e| e.to_string()).collect();
    assert!(problems.is_empty(), "{problems:#?}");
    let run0 = &log["runs"][0];
    let rules = run0["tool"]["driver"]["rules"].as_array().unwrap();
    assert_eq!(rules.len(), rfs_check::rules::ALL.len());
    let results = run0["results"].as_array().unwrap();
    let levels: Vec<(&str, &str)> = results
        .iter()
        .map(|r| (r["ruleId"].as_str().unwrap(), r["level"].as_str().unwrap()))
        .collect();
    // The hint computed for the finding: the property the misspelt key was meant to be.
    let misspelt = results
        .iter()
        .find(|r| r["ruleId"] == "unknown-property")
        .unwrap();
    assert_eq!(misspelt["properties"]["hint"], "write 'cidr'");
    for expected in [
        ("unknown-property", "error"),
        ("element-name", "warning"),
        ("inferred-property", "note"),
    ] {
        assert!(levels.contains(&expected), "{expected:?} not in {levels:?}");
    }
    for r in results {
        let i = r["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(rules[i]["id"], r["ruleId"]);
        let location = &r["locations"][0]["physicalLocation"];
        assert_eq!(
            location["artifactLocation"]["uri"]
                .as_str()
                .unwrap()
                .rsplit('/')
                .next(),
            Some("we%2Cird%3Aname%20%25.yaml")
        );
        assert!(location["region"]["startLine"].as_u64().unwrap() >= 1);
    }
}

#[test]
fn github_commands_stay_one_line_per_finding_for_hostile_names() {
    let dir = scratch("github");
    let file = hostile(&dir);
    let run = rfs(&["lint", "--format", "github", &file]);
    assert_eq!(run.status.code(), Some(1));
    let out = String::from_utf8(run.stdout).unwrap();
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 3, "{out}");
    let commands: Vec<&str> = lines.iter().map(|l| l.split_once(' ').unwrap().0).collect();
    assert_eq!(commands, ["::warning", "::error", "::notice"], "{out}");
    for line in &lines {
        // One `::` opens the command and one ends its properties: nothing a name holds adds one.
        let (props, message) = line[2..].split_once("::").unwrap();
        assert!(
            props.contains("file=") && props.contains("we%2Cird%3Aname %25.yaml"),
            "{line}"
        );
        assert!(
            props.contains(",line=") && props.contains(",title=rfs "),
            "{line}"
        );
        assert!(!message.contains('\n') && !message.contains('\r'), "{line}");
    }
    // The element name's line break is shown escaped, inside the message.
    assert!(
        lines[0].contains("'a\\u{a}b::error file=x::forged'"),
        "{}",
        lines[0]
    );
}

#[test]
fn junit_reports_errors_as_failures_and_escapes_names() {
    let dir = scratch("junit");
    let file = hostile(&dir);
    let clean = dir.join("clean <&\"'>.yaml");
    std::fs::write(
        &clean,
        "tosca_definitions_version: huaweicloud_tosca_version_1_0\nnode_templates:\n  net:\n    type: HuaweiCloud.VPC.VPC\n    properties: {name: net, cidr: 10.0.0.0/8}\n",
    )
    .unwrap();
    let run = rfs(&["lint", "--format", "junit", &file, clean.to_str().unwrap()]);
    assert_eq!(run.status.code(), Some(1));
    let out = String::from_utf8(run.stdout).unwrap();
    assert!(out.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"rfs lint\" tests=\"4\" failures=\"1\">"), "{out}");
    assert_eq!(out.matches("<testsuite ").count(), 2, "{out}");
    assert_eq!(
        out.matches("<failure type=\"unknown-property\"").count(),
        1,
        "{out}"
    );
    // The clean file passes, named with its XML characters escaped.
    assert!(
        out.contains("clean &lt;&amp;&quot;&apos;&gt;.yaml\" name=\"lint\"/>"),
        "{out}"
    );
    // No raw markup from a name: every `<` opens one of the report's own elements.
    for tag in out.split('<').skip(1) {
        let known = [
            "?xml",
            "testsuites",
            "/testsuites",
            "testsuite ",
            "/testsuite>",
            "testcase ",
            "/testcase>",
            "failure ",
            "/failure>",
            "system-out>",
            "/system-out>",
        ];
        assert!(
            known.iter().any(|k| tag.starts_with(k)),
            "unexpected <{tag}"
        );
    }
}

/// Microsoft's `sarif-tools` (PyPI `sarif-tools`, pinned), installed once into a virtual
/// environment under the target directory with the machine's `python3`: its `sarif` command.
fn sarif_tools() -> std::path::PathBuf {
    const VERSION: &str = "3.0.5";
    let venv =
        std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("sarif-tools-{VERSION}"));
    let bin = venv.join("bin");
    let python = bin.join("python");
    let package = format!("sarif-tools=={VERSION}");
    tools::install_once(
        &venv,
        &package,
        "python3 (with venv) and PyPI",
        &[
            (
                "python3".as_ref(),
                vec!["-m", "venv", venv.to_str().unwrap()],
            ),
            (
                &python,
                vec![
                    "-m",
                    "pip",
                    "install",
                    "--quiet",
                    "--disable-pip-version-check",
                    &package,
                ],
            ),
        ],
    );
    bin.join("sarif")
}

/// The count `sarif summary` gives for a level (`error: 2`).
fn summary_count(summary: &str, level: &str) -> usize {
    summary
        .lines()
        .find_map(|l| l.strip_prefix(&format!("{level}: ")))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("no '{level}:' line in sarif summary:\n{summary}"))
}

#[test]
fn microsofts_sarif_tools_read_the_log() {
    let dir = scratch("sarif-tools");
    let file = hostile(&dir);
    let fixtures = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    let report = dir.join("report.sarif");
    let run = rfs(&[
        "lint",
        "--no-config",
        "--format",
        "sarif",
        "--output",
        report.to_str().unwrap(),
        &file,
        fixtures,
    ]);
    assert_eq!(run.status.code(), Some(1), "{run:?}");
    let log: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&report).unwrap()).unwrap();
    let results = log["runs"][0]["results"].as_array().unwrap();
    let count = |level: &str| results.iter().filter(|r| r["level"] == level).count();
    assert!(count("error") > 0 && count("warning") > 0 && count("note") > 0);

    let sarif = sarif_tools();
    let summary = Command::new(&sarif)
        .arg("summary")
        .arg(&report)
        .output()
        .unwrap();
    assert!(summary.status.success(), "{summary:?}");
    let summary = String::from_utf8(summary.stdout).unwrap();
    for level in ["error", "warning", "note"] {
        assert_eq!(summary_count(&summary, level), count(level), "{summary}");
    }

    // One CSV row per result, with its rule, file and line.
    let csv = dir.join("report.csv");
    let out = Command::new(&sarif)
        .arg("csv")
        .arg("--output")
        .arg(&csv)
        .arg(&report)
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let csv = std::fs::read_to_string(&csv).unwrap();
    let mut rows = csv.lines();
    assert_eq!(
        rows.next(),
        Some("Tool,Severity,Code,Description,Location,Line")
    );
    let rows: Vec<&str> = rows.collect();
    assert_eq!(rows.len(), results.len(), "{csv}");
    for r in results {
        let uri = r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            .as_str()
            .unwrap();
        let line = r["locations"][0]["physicalLocation"]["region"]["startLine"]
            .as_u64()
            .unwrap();
        let (rule, level) = (r["ruleId"].as_str().unwrap(), r["level"].as_str().unwrap());
        assert!(
            rows.iter()
                .any(|row| row.starts_with(&format!("rfs,{level},{rule},"))
                    && row.contains(uri)
                    && row.ends_with(&format!(",{line}"))),
            "no CSV row for {rule} at {uri}:{line} in\n{csv}"
        );
    }
}
