//! The linter on real templates and on broken variants: every fixture modelled on the official
//! examples lints without errors, and one mistake at a time is caught by the intended rule at
//! the intended line — and by nothing else.

use rfs_check::Finding;
use rfs_check::Severity;
use rfs_check::rules;
use rfs_cli::lint::lint;

const BASE: &str = "\
tosca_definitions_version: huaweicloud_tosca_version_1_0
description: base
inputs:
  zone:
    type: HuaweiCloud.ECS.AvailabilityZone.Name
    default: cn-north-4a
node_templates:
  net:
    type: HuaweiCloud.VPC.VPC
    properties:
      name: net
      cidr: 10.0.0.0/8
  sub:
    type: HuaweiCloud.VPC.Subnet
    properties:
      name: sub
      cidr: 10.0.0.0/24
      gateway: 10.0.0.1
      vpcId: {get_reference: net}
      availabilityZone: {get_input: zone}
    requirements:
      - vpcId: {node: net}
outputs:
  sub-id:
    value: {get_attribute: [sub, refID]}
";

fn findings(text: &str) -> Vec<Finding> {
    lint(text, rfs_cli::lint::catalog())
}

/// The base template with `old` replaced by `new`, linted: (rule id, line) of every finding.
fn variant(old: &str, new: &str) -> Vec<(&'static str, u32)> {
    assert!(BASE.contains(old), "{old:?} is not in the base template");
    findings(&BASE.replacen(old, new, 1))
        .iter()
        .map(|f| (f.rule.id, f.pos.line))
        .collect()
}

#[test]
fn the_base_template_is_clean() {
    assert_eq!(findings(BASE), []);
}

#[test]
fn every_fixture_lints_without_errors() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    let mut count = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let errors: Vec<String> = findings(&text)
            .into_iter()
            .filter(|f| f.severity == Severity::Error)
            .map(|f| format!("{}:{}: {} {}", path.display(), f.pos, f.rule.id, f.message))
            .collect();
        assert_eq!(errors, Vec::<String>::new());
        count += 1;
    }
    assert_eq!(count, 52);
}

#[test]
fn template_structure() {
    assert_eq!(
        variant(
            "tosca_definitions_version: huaweicloud_tosca_version_1_0\n",
            ""
        ),
        [("version", 1)]
    );
    assert_eq!(
        variant("huaweicloud_tosca_version_1_0", "tosca_simple_yaml_1_0"),
        [("version", 1)]
    );
    assert_eq!(
        variant("description: base\n", "description: base\nimports: []\n"),
        [("section", 3)]
    );
    assert_eq!(
        variant(
            "description: base",
            &format!("description: {}", "x".repeat(1025))
        ),
        [("description", 2)]
    );
    assert_eq!(
        variant("  sub-id:\n    value", "  sub-id:\n    valu"),
        [("output", 24), ("output", 25)]
    );
    assert_eq!(
        variant(
            "outputs:\n  sub-id:\n    value: {get_attribute: [sub, refID]}\n",
            "outputs: []\n"
        ),
        [("section", 23)]
    );
}

#[test]
fn yaml_errors_are_located() {
    let f = findings("a: 1\nb: [\n");
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].rule.id, "yaml");
    let dup = findings(&BASE.replace(
        "      cidr: 10.0.0.0/8\n",
        "      cidr: 10.0.0.0/8\n      cidr: 10.0.0.0/9\n",
    ));
    assert_eq!((dup[0].rule.id, dup[0].pos.line), ("duplicate", 13));
    assert_eq!(dup.len(), 1, "{dup:?}");
    let nan = findings(&BASE.replace("      name: net\n", "      name: net\n      x: .nan\n"));
    let nan: Vec<_> = nan.iter().map(|f| f.rule.id).collect();
    assert_eq!(nan, ["unknown-property", "value-type"]);
}

#[test]
fn names() {
    assert_eq!(
        variant("  zone:\n", "  Zone_1:\n"),
        [
            ("input-name", 4),
            ("unused-input", 4),
            ("undefined-input", 20)
        ]
    );
    assert_eq!(
        variant("  net:\n", "  Net:\n"),
        [
            ("element-name", 8),
            ("undefined-element", 19),
            ("undefined-requirement", 22)
        ]
    );
    assert_eq!(variant("  sub-id:", "  sub_id:"), [("output-name", 24)]);
}

#[test]
fn inputs() {
    assert_eq!(
        variant(
            "    default: cn-north-4a\n",
            "    default: cn-north-4a\n    hidden: true\n"
        ),
        [("input", 7)]
    );
    assert_eq!(
        variant(
            "    type: HuaweiCloud.ECS.AvailabilityZone.Name",
            "    type: zone"
        ),
        [("input", 5)]
    );
    let many: String = (0..61)
        .map(|i| format!("  in-{i}: {{type: string}}\n"))
        .collect();
    let f = variant("inputs:\n", &format!("inputs:\n{many}"));
    assert!(f.contains(&("too-many-inputs", 64)), "{f:?}");
    assert_eq!(
        f.iter().filter(|(r, _)| *r != "unused-input").count(),
        1,
        "{f:?}"
    );
    assert_eq!(
        variant(
            "    default: cn-north-4a\n",
            "    default: cn-north-4a\n    constraints: {valid_values: [cn-north-1]}\n"
        ),
        [("input-default", 6)]
    );
}

#[test]
fn input_types_must_fit_the_properties_they_feed() {
    assert_eq!(
        variant(
            "    type: HuaweiCloud.ECS.AvailabilityZone.Name\n    default: cn-north-4a",
            "    type: integer\n    default: 4"
        ),
        [("input-type", 20)]
    );
    let net_input = "inputs:\n  net:\n    type: HuaweiCloud.VPC.Subnet.Id\n";
    let f = findings(
        &BASE
            .replace("inputs:\n", net_input)
            .replace("{get_reference: net}", "{get_input: net}"),
    );
    let f: Vec<_> = f.iter().map(|f| (f.rule.id, f.pos.line)).collect();
    assert_eq!(
        f,
        [("input-type", 21)],
        "a subnet id input feeding a VPC id"
    );
    let protocol =
        "inputs:\n  proto:\n    type: string\n    constraints: {valid_values: [TCP, UDP]}\n";
    let listener = "  lst:\n    type: HuaweiCloud.ULB.Listener\n    properties:\n      protocol: {get_input: proto}\n      port: 80\n      loadBalancerId: lb\n  sub:\n";
    let f = findings(
        &BASE
            .replace("inputs:\n", protocol)
            .replace("  sub:\n", listener),
    );
    let f: Vec<_> = f.iter().map(|f| (f.rule.id, f.pos.line)).collect();
    assert_eq!(f, [("input-type", 6)], "UDP is not an allowed protocol");
    // An element's implied id that no official page uses as a type: official examples declare
    // such inputs `type: string`, and so may a template. The id type itself fits the property,
    // but it is not a documented input type (and rfs writes such inputs `type: string`): a
    // warning, at the type.
    for (declared, expected) in [
        ("string", vec![]),
        ("HuaweiCloud.ULB.LoadBalancer.Id", vec![("input-type", 5)]),
    ] {
        let lb = format!("inputs:\n  lb:\n    type: {declared}\n");
        let listener = "  lst:\n    type: HuaweiCloud.ULB.Listener\n    properties:\n      protocol: TCP\n      port: 80\n      loadBalancerId: {get_input: lb}\n  sub:\n";
        let f = findings(&BASE.replace("inputs:\n", &lb).replace("  sub:\n", listener));
        let f: Vec<_> = f.iter().map(|f| (f.rule.id, f.pos.line)).collect();
        assert_eq!(f, expected, "a load balancer id input declared {declared}");
    }
    // A subnet id (a type the pages use) still wants its own type, not text.
    let net_input = "inputs:\n  net:\n    type: string\n";
    let f = findings(
        &BASE
            .replace("inputs:\n", net_input)
            .replace("{get_reference: net}", "{get_input: net}"),
    );
    let f: Vec<_> = f.iter().map(|f| f.rule.id).collect();
    assert_eq!(f, ["input-type"], "text feeding a VPC id");
}

#[test]
fn mappings_and_conditions() {
    let m = "mappings:\n  my_map:\n    cn-north-4: {image: img}\nnode_templates:";
    assert_eq!(
        variant("node_templates:", m),
        [("mapping-name", 8), ("unused-mapping", 8)]
    );
    let m = "mappings:\n  images:\n    cn-north-4: {image: [a]}\nnode_templates:";
    assert_eq!(
        variant("node_templates:", m),
        [("unused-mapping", 8), ("mapping", 9)]
    );
    let m = "mappings:\n  images:\n    cn-north-4: {image: img}\nnode_templates:";
    assert_eq!(
        variant(
            "      name: sub\n",
            "      name: {get_in_map: [images, cn-north-4, flavor]}\n"
        )
        .len(),
        1,
        "undefined mapping"
    );
    let with_map = BASE.replace("node_templates:", m).replace(
        "      name: sub\n",
        "      name: {get_in_map: [images, cn-north-4, flavor]}\n",
    );
    let f: Vec<_> = findings(&with_map)
        .iter()
        .map(|f| (f.rule.id, f.pos.line))
        .collect();
    assert_eq!(f, [("undefined-mapping", 19)]);
    let c = "conditions:\n  is_prod: {cond_eq: [{get_input: zone}, cn-north-4a]}\nnode_templates:";
    assert_eq!(
        variant("node_templates:", c),
        [("condition-name", 8), ("unused-condition", 8)]
    );
    assert_eq!(
        variant(
            "    requirements:",
            "    condition: nope\n    requirements:"
        ),
        [("undefined-condition", 21)]
    );
}

#[test]
fn elements() {
    assert_eq!(
        variant(
            "    type: HuaweiCloud.VPC.VPC\n",
            "    type: HuaweiCloud.VPC.VPC\n    depends_on: [sub]\n"
        ),
        [("element", 10)]
    );
    assert_eq!(
        variant("HuaweiCloud.VPC.VPC", "HuaweiCloud.VPC.Vpc"),
        [("unknown-type", 9)]
    );
    assert_eq!(
        variant(
            "      cidr: 10.0.0.0/8",
            "      cidr: 10.0.0.0/8\n      cidrBlock: x"
        ),
        [("unknown-property", 13)]
    );
    // Partial specs warn instead.
    let f = findings(&BASE.replace(
        "      name: sub\n",
        "      name: sub\n      primaryDns: 100.125.1.250\n",
    ));
    assert_eq!(
        (f[0].rule.id, f[0].pos.line, f[0].severity),
        ("unknown-property", 17, Severity::Warning)
    );
    // A property only the service API requires (the page is silent): a warning.
    assert_eq!(
        variant("      gateway: 10.0.0.1\n", ""),
        [("api-required", 16)]
    );
    let no_port = "  lst:\n    type: HuaweiCloud.ULB.Listener\n    properties:\n      protocol: TCP\n      loadBalancerId: lb\n  sub:\n";
    assert_eq!(variant("  sub:\n", no_port), [("missing-property", 16)]);
    assert_eq!(
        variant(
            "      name: sub\n",
            "      name: sub\n      dhcpEnable: 'yes'\n"
        ),
        [("value-type", 17)]
    );
    assert_eq!(
        variant("      name: net", "      name: 12"),
        [("value-type", 11)]
    );
    assert_eq!(
        variant(
            "  sub:\n",
            "  rule:\n    type: HuaweiCloud.VPC.SecurityGroupRule\n    properties:\n      direction: sideways\n      securityGroupId: sg-1\n  sub:\n"
        ),
        [("allowed-value", 16)]
    );
    assert_eq!(
        variant(
            "      name: net",
            &format!("      name: {}", "n".repeat(65))
        ),
        [("length", 11), ("pattern", 11)]
    );
    assert_eq!(
        variant("      name: net", "      name: 'net work'"),
        [("pattern", 11)]
    );
}

#[test]
fn value_ranges_and_secrets() {
    let listener = "  lst:\n    type: HuaweiCloud.ULB.Listener\n    properties:\n      protocol: TCP\n      port: 80\n      loadBalancerId: lb\n      connectionLimit: -7\n  sub:\n";
    assert_eq!(variant("  sub:\n", listener), [("range", 19)]);
    let db = "  db-user:\n    type: HuaweiCloud.RDS.MySQL.User\n    properties:\n      instanceId: {get_reference: net}\n      dbUser: {name: app, userPassword: Secret123!}\n  sub:\n";
    assert_eq!(variant("  sub:\n", db), [("literal-secret", 17)]);
}

#[test]
fn inferred_properties_and_values_are_listed_as_infos() {
    let disk = "  disk:\n    type: HuaweiCloud.EVS.NonSharedVolume\n    properties:\n      availabilityZone: cn-north-4a\n      volumeType: GPSSD\n      size: 100\n  sub:\n";
    assert_eq!(variant("  sub:\n", disk), [("inferred-property", 17)]);
    let documented = disk.replace("GPSSD", "SSD");
    assert_eq!(variant("  sub:\n", &documented), []);
}

#[test]
fn references() {
    assert_eq!(
        variant("{get_input: zone}", "{get_input: region}"),
        [("unused-input", 4), ("undefined-input", 20)]
    );
    assert_eq!(
        variant("{get_reference: net}", "{get_reference: vpc}"),
        [("undefined-element", 19)]
    );
    assert_eq!(
        variant("[sub, refID]", "[sub, publicIps]"),
        [("unknown-attribute", 25)]
    );
    assert_eq!(
        variant("[sub, refID]", "[net, publicIps]"),
        [("unknown-attribute", 25)]
    );
    assert_eq!(
        variant("- vpcId: {node: net}", "- vpcId: {node: vpc}"),
        [("undefined-requirement", 22)]
    );
    assert_eq!(
        variant(
            "      cidr: 10.0.0.0/8\n",
            "      cidr: {get_attribute: [sub, refID]}\n"
        ),
        [("cycle", 8)]
    );
}

#[test]
fn functions() {
    assert_eq!(
        variant("{get_input: zone}", "{cond_eq: [a, b]}"),
        [("unused-input", 4), ("function-placement", 20)]
    );
    assert_eq!(
        variant(
            "      name: sub\n",
            "      name: {concat: [a, {get_attribute: [net, refName]}]}\n"
        ),
        [("function-placement", 16)]
    );
    assert_eq!(
        variant("[sub, refID]", "[sub]"),
        [("function-arguments", 25)]
    );
    assert_eq!(
        variant("      name: sub\n", "      name: {get_file: name.txt}\n"),
        [("unknown-function", 16)]
    );
}

#[test]
fn policies() {
    let p = "policies:\n  guard:\n    type: HuaweiCloud.VPC.VPC\n    targets: [net]\noutputs:";
    assert_eq!(variant("outputs:", p), [("policy", 25)]);
    let p = "policies:\n  guard:\n    type: HuaweiCloud.APM.Pinpoint\n    properties: {name: trace}\n    targets: [ghost]\noutputs:";
    assert_eq!(variant("outputs:", p), [("policy", 27)]);
}

#[test]
fn yaml_that_parsers_disagree_on() {
    // Plain text that YAML 1.1 reads as a boolean; quoted, it is text everywhere.
    assert_eq!(
        variant("      name: sub\n", "      name: on\n"),
        [("yaml-version", 16)]
    );
    assert_eq!(variant("      name: sub\n", "      name: 'on'\n"), []);
    // A tag: not part of AOS templates.
    assert_eq!(
        variant("      name: sub\n", "      name: !Sub sub\n"),
        [("yaml-feature", 16)]
    );
}

#[test]
fn keys_that_yaml_reads_as_numbers_are_reported() {
    let f = findings(&BASE.replace(
        "inputs:\n",
        "inputs:\n  80:\n    type: string\n    default: x\n",
    ));
    let f: Vec<_> = f.iter().map(|f| (f.rule.id, f.pos.line)).collect();
    assert!(f.contains(&("yaml-key", 4)), "{f:?}");
}

#[test]
fn every_rule_is_exercised_by_these_tests() {
    let source = include_str!("lint.rs");
    // Rules about what only Rust can write are exercised by `differential.rs`.
    for r in rules::ALL
        .iter()
        .filter(|r| !r.summary.contains("(Rust only"))
    {
        assert!(
            source.contains(&format!("\"{}\"", r.id)),
            "no test names rule {}",
            r.id
        );
    }
}

#[test]
fn rule_levels_from_comments_and_the_command_line() {
    use rfs_check::policy::{Directive, Level, Origin};
    let cidr = "      cidr: 10.0.0.0/8\n";
    // A repeated key allowed on its line: info[suppressed], the reason kept.
    let allowed = "      cidr: 10.0.0.0/8\n      name: x # rfs: allow(duplicate) -- migrating\n";
    let f = findings(&BASE.replacen(cidr, allowed, 1));
    assert_eq!(
        f.iter()
            .map(|f| (f.rule.id, f.pos.line))
            .collect::<Vec<_>>(),
        [("suppressed", 13)],
        "{f:?}"
    );
    assert!(f[0].message.starts_with("duplicate: ") && f[0].message.ends_with("migrating)"));
    // A comment that matches nothing is reported where it is.
    assert_eq!(
        variant(cidr, "      cidr: 10.0.0.0/8 # rfs: allow(cycle)\n"),
        [("suppression", 12)]
    );
    // The command line (weaker than the template's comments) makes a warning an error.
    let unused = BASE.replacen("inputs:\n", "inputs:\n  spare:\n    type: string\n", 1);
    let deny = [Directive::new(
        rules::UNUSED_INPUT,
        Level::Deny,
        None,
        Origin::CommandLine,
    )];
    let lint = |text: &str| {
        rfs_cli::lint::lint_with_policy(text, rfs_cli::lint::catalog(), &Default::default(), &deny)
    };
    let f = lint(&unused);
    assert_eq!(f[0].rule.id, "unused-input");
    assert_eq!(f[0].severity, rfs_check::Severity::Error);
    let f = lint(&unused.replace("  spare:\n", "  spare: # rfs: warn(unused-input) -- soon\n"));
    assert_eq!(f[0].severity, rfs_check::Severity::Warning);
}

/// The hint of the one finding of `rule` in the base template with `old` replaced by `new`.
fn hint(old: &str, new: &str, rule: &str) -> String {
    assert!(BASE.contains(old), "{old:?} is not in the base template");
    let found = findings(&BASE.replacen(old, new, 1));
    let mine: Vec<&Finding> = found.iter().filter(|f| f.rule.id == rule).collect();
    assert_eq!(mine.len(), 1, "{found:#?}");
    mine[0].hint().to_owned()
}

#[test]
fn hints_are_computed_for_the_finding() {
    // The name the element uses for what the service API calls `gateway_ip`.
    assert_eq!(
        hint(
            "gateway: 10.0.0.1",
            "gateway_ip: 10.0.0.1",
            "unknown-property"
        ),
        "write 'gateway', AOS's name for the API's 'gateway_ip'"
    );
    // A key that differs in case, `_` or a typo: the key to write.
    assert_eq!(
        hint("      name: sub", "      Name: sub", "unknown-property"),
        "write 'name' (names and values are case-sensitive)"
    );
    assert_eq!(
        hint(
            "cidr: 10.0.0.0/24",
            "cidrr: 10.0.0.0/24",
            "unknown-property"
        ),
        "write 'cidr'"
    );
    // Names that are not declared: the closest declared one.
    assert_eq!(
        hint("{get_input: zone}", "{get_input: Zone}", "undefined-input"),
        "did you mean 'zone'?"
    );
    assert_eq!(
        hint(
            "{get_reference: net}",
            "{get_reference: nett}",
            "undefined-element"
        ),
        "did you mean 'net'?"
    );
    assert_eq!(
        hint("[sub, refID]", "[sub, refId]", "unknown-attribute"),
        "write 'refID' (names and values are case-sensitive)"
    );
    // Nothing close: the rule's own hint.
    assert_eq!(
        hint(
            "{get_input: zone}",
            "{get_input: region}",
            "undefined-input"
        ),
        rules::UNDEFINED_INPUT.hint
    );
    // The property's own type, not an example.
    assert_eq!(
        hint(
            "HuaweiCloud.ECS.AvailabilityZone.Name",
            "integer",
            "input-type"
        ),
        "declare input 'zone' `type: HuaweiCloud.ECS.AvailabilityZone.Name`"
    );
    // A value YAML reads as another kind: how to write it.
    assert_eq!(
        hint("      name: sub", "      name: 0.5", "value-type"),
        "quote it ('0.5'): YAML reads it as a number"
    );
    assert_eq!(
        hint("      name: sub", "      name: off", "yaml-version"),
        "quote it ('off') if it is text; write false if the value is meant"
    );
    // The name the rule accepts, from the words of the one written.
    assert_eq!(
        hint("  zone:\n", "  zoneName:\n", "input-name"),
        "rename it 'zone-name'"
    );
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(256))]

    /// Whatever an `# rfs:` comment says (quoted paths, escapes, stray brackets and dashes),
    /// lint reads it without a panic: as a level, or as a `suppression` warning on its line.
    #[test]
    fn any_rfs_comment_is_read_or_reported(
        body in "(allow|warn|deny|allow-file|x)?[(]?(input-name|unused-input|range|nope|, )*[)]?( at )?(\"|\\\\|u\\{|[a-z.]| |--|\\[0\\])*( -- )?.{0,12}",
    ) {
        let text = format!("{BASE}# rfs: {body}\n");
        let found = findings(&text);
        let last_line = text.lines().count() as u32;
        for f in found.iter().filter(|f| f.rule.id == "suppression") {
            proptest::prop_assert!(f.pos.line >= 1 && f.pos.line <= last_line, "{f}");
        }
        // The comment is one level (for each rule it names) or one problem, never nothing.
        // (A control character makes the text no YAML at all: the `yaml` finding says so.)
        let Ok(template) = rfs_check::read::template(&text, &Default::default()) else {
            proptest::prop_assert!(found.iter().any(|f| f.rule.id == "yaml"));
            return Ok(());
        };
        let (levels, problems) = rfs_check::policy::comment_directives(&template.comments);
        proptest::prop_assert_eq!(levels.len() + problems.len(), 1, "{:?} {:?}", levels, problems);
        if let Some(d) = levels.first() {
            // What it says is what it writes back.
            let again = format!("{BASE}{}\n", d.to_comment());
            let t = rfs_check::read::template(&again, &Default::default()).unwrap();
            let (back, _) = rfs_check::policy::comment_directives(&t.comments);
            proptest::prop_assert_eq!(back.len(), 1);
            proptest::prop_assert_eq!(&back[0].scope, &d.scope);
            proptest::prop_assert_eq!(&back[0].reason, &d.reason);
        }
    }
}
