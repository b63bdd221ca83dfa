//! One engine, two front ends: each rule that both can express is written once as a Rust stack
//! and once as YAML, and `Stack::synth` and `rfs lint` must report the same (rule, severity)
//! findings. Escape hatches are the one documented difference: Rust marks them, YAML cannot.
//! Then a property test: random stacks that synthesize lint clean, with the same findings.

use std::collections::BTreeSet;

use proptest::prelude::*;
use rfs_check::Severity;
use rfs_dsl::func::cond_if;
use rfs_dsl::types::core::{Ref, Val, Value};
use rfs_dsl::types::{aos, cdn, ulb, vpc};
use rfs_dsl::{Input, Mapping, Stack, Target};

type Verdict = BTreeSet<(&'static str, Severity)>;

/// Synth's findings, errors and warnings (infos list escape hatches, which YAML cannot have).
fn synth(stack: &Stack) -> Verdict {
    let findings = match stack.synth() {
        Ok(s) => s.findings,
        Err(e) => e.findings,
    };
    findings
        .iter()
        .filter(|f| f.severity != Severity::Info)
        .map(|f| (f.rule.id, f.severity))
        .collect()
}

fn lint(yaml: &str) -> Verdict {
    rfs_cli::lint::lint(yaml, rfs_cli::lint::catalog())
        .iter()
        .map(|f| (f.rule.id, f.severity))
        .collect()
}

/// A verdict without its infos (synth's lists escape hatches, lint's suppressed findings).
fn no_infos(v: Verdict) -> Verdict {
    v.into_iter()
        .filter(|(_, s)| *s != Severity::Info)
        .collect()
}

const HEAD: &str = "tosca_definitions_version: huaweicloud_tosca_version_1_0\n";

const NET: &str = "  net:\n    type: HuaweiCloud.VPC.VPC\n    properties:\n      name: net\n      cidr: 10.0.0.0/8\n";

fn net(stack: &mut Stack) -> Ref<vpc::Vpc> {
    stack.add(
        "net",
        vpc::Vpc::builder().name("net").cidr("10.0.0.0/8").build(),
    )
}

/// Both front ends agree, and the verdict holds `rule` at `severity`.
fn same(rule: &str, severity: Severity, stack: &Stack, yaml: &str) {
    let (s, l) = (synth(stack), lint(yaml));
    assert_eq!(s, l, "{rule}: synth and lint differ\n{yaml}");
    assert!(
        s.iter().any(|(r, sev)| *r == rule && *sev == severity),
        "{rule} {severity} not found: {s:?}"
    );
}

#[test]
fn template_description() {
    let long = "d".repeat(1025);
    let mut s = Stack::new("t").description(long.clone());
    net(&mut s);
    let y = format!("{HEAD}description: {long}\nnode_templates:\n{NET}");
    same("description", Severity::Error, &s, &y);
}

#[test]
fn names_are_relaxed_where_real_templates_break_them() {
    let mut s = Stack::new("t");
    let zone = s.input("Zone_1", Input::<String>::new());
    s.add(
        "Bad_Name",
        vpc::Vpc::builder().name(zone).cidr("10.0.0.0/8").build(),
    );
    let m = s.mapping("region_map", Mapping::new().entry("a", "b", "c"));
    s.output("Public_IP", m.get_string("a", "b"));
    let y = format!(
        "{HEAD}inputs:\n  Zone_1:\n    type: string\nmappings:\n  region_map:\n    a:\n      b: c\nnode_templates:\n  Bad_Name:\n    type: HuaweiCloud.VPC.VPC\n    properties:\n      name: {{get_input: Zone_1}}\n      cidr: 10.0.0.0/8\noutputs:\n  Public_IP:\n    value: {{get_in_map: [region_map, a, b]}}\n"
    );
    for rule in ["input-name", "element-name", "mapping-name", "output-name"] {
        same(rule, Severity::Warning, &s, &y);
    }
}

#[test]
fn condition_names_stay_errors() {
    let mut s = Stack::new("t");
    let n = net(&mut s);
    let c = s.condition("is_prod", true);
    s.set_condition(&n, &c);
    let y = format!(
        "{HEAD}conditions:\n  is_prod: true\nnode_templates:\n{NET}    condition: is_prod\n"
    );
    same("condition-name", Severity::Error, &s, &y);
}

#[test]
fn input_limits_defaults_and_use() {
    let mut s = Stack::new("t");
    let mut y = format!("{HEAD}inputs:\n");
    for i in 0..61 {
        s.input(&format!("i{i}"), Input::<String>::new());
        y.push_str(&format!("  i{i}:\n    type: string\n"));
    }
    let size = s.input(
        "size",
        Input::<i64>::new().in_range(1, 10).default_value(20),
    );
    let name = s.input("name", Input::<String>::new().default_value("n".repeat(70)));
    s.add(
        "net",
        vpc::Vpc::builder().name(name).cidr("10.0.0.0/8").build(),
    );
    s.output("size", size);
    y.push_str(&format!(
        "  size:\n    type: integer\n    default: 20\n    constraints:\n      in_range: [1, 10]\n  name:\n    type: string\n    default: {}\nnode_templates:\n  net:\n    type: HuaweiCloud.VPC.VPC\n    properties:\n      name: {{get_input: name}}\n      cidr: 10.0.0.0/8\noutputs:\n  size:\n    value: {{get_input: size}}\n",
        "n".repeat(70)
    ));
    same("too-many-inputs", Severity::Error, &s, &y);
    same("input-default", Severity::Error, &s, &y);
    same("input-type", Severity::Warning, &s, &y);
    same("unused-input", Severity::Warning, &s, &y);
}

#[test]
fn duplicate_names() {
    let mut s = Stack::new("t");
    let a = s.input("a", Input::<String>::new());
    s.input("a", Input::<String>::new());
    s.add(
        "net",
        vpc::Vpc::builder().name(a).cidr("10.0.0.0/8").build(),
    );
    let y = format!(
        "{HEAD}inputs:\n  a:\n    type: string\n  a:\n    type: string\nnode_templates:\n  net:\n    type: HuaweiCloud.VPC.VPC\n    properties:\n      name: {{get_input: a}}\n      cidr: 10.0.0.0/8\n"
    );
    same("duplicate", Severity::Error, &s, &y);
}

#[test]
fn mappings() {
    let mut s = Stack::new("t");
    let mut y = format!("{HEAD}mappings:\n");
    for i in 0..11 {
        s.mapping(&format!("m{i}"), Mapping::new().entry("a", "b", 1));
        y.push_str(&format!("  m{i}:\n    a:\n      b: 1\n"));
    }
    let m = s.mapping("last", Mapping::new().entry("a", "b", 1));
    net(&mut s);
    s.output("x", m.get_integer("a", "c"));
    y.push_str(&format!(
        "  last:\n    a:\n      b: 1\nnode_templates:\n{NET}outputs:\n  x:\n    value: {{get_in_map: [last, a, c]}}\n"
    ));
    same("mapping", Severity::Error, &s, &y);
    same("undefined-mapping", Severity::Error, &s, &y);
    same("unused-mapping", Severity::Warning, &s, &y);
}

#[test]
fn literal_ranges_lengths_and_patterns_down_into_data_structures() {
    let mut s = Stack::new("t");
    s.add(
        "long",
        vpc::Vpc::builder()
            .name("x".repeat(65))
            .cidr("10.0.0.0/8")
            .build(),
    );
    s.add(
        "listener",
        ulb::Listener::builder()
            .protocol(ulb::ListenerProtocol::Tcp)
            .port(80)
            .load_balancer_id(ulb::LoadBalancerId::existing("lb"))
            .connection_limit(-5)
            .build(),
    );
    let y = format!(
        "{HEAD}node_templates:\n  long:\n    type: HuaweiCloud.VPC.VPC\n    properties:\n      name: {}\n      cidr: 10.0.0.0/8\n  listener:\n    type: HuaweiCloud.ULB.Listener\n    properties:\n      protocol: TCP\n      port: 80\n      loadBalancerId: lb\n      connectionLimit: -5\n",
        "x".repeat(65)
    );
    same("length", Severity::Error, &s, &y);
    same("pattern", Severity::Error, &s, &y);
    same("range", Severity::Error, &s, &y);
}

#[test]
fn literals_nested_in_data_structures() {
    let mut s = Stack::new("t");
    s.add(
        "ip",
        vpc::Eip::builder()
            .public_ip(
                vpc::PublicIp::builder()
                    .type_(vpc::PublicIpType::V5_bgp)
                    .build(),
            )
            .bandwidth(
                vpc::BandWidth::builder()
                    .share_type(vpc::BandWidthShareType::Per)
                    .name("9bad name")
                    .size(999)
                    .build(),
            )
            .build(),
    );
    let y = format!(
        "{HEAD}node_templates:\n  ip:\n    type: HuaweiCloud.VPC.EIP\n    properties:\n      publicIP:\n        type: 5_bgp\n      bandwidth:\n        shareType: PER\n        name: 9bad name\n        size: 999\n"
    );
    same("range", Severity::Error, &s, &y);
    same("pattern", Severity::Error, &s, &y);
    let e = s.synth().unwrap_err();
    assert!(
        e.findings
            .iter()
            .any(|f| f.path == "node_templates.ip.properties.bandwidth.size"
                && f.message == "999 is above the maximum 300 of 'size'"),
        "{e}"
    );
}

#[test]
fn not_finite_numbers() {
    let mut s = Stack::new("t");
    s.add(
        "child",
        aos::Stack::builder()
            .template_id(aos::TemplateId::existing("tpl"))
            .inputs([("ratio", Value::Float(f64::NAN))])
            .build(),
    );
    let y = format!(
        "{HEAD}node_templates:\n  child:\n    type: HuaweiCloud.AOS.Stack\n    properties:\n      templateId: tpl\n      inputs:\n        ratio: .nan\n"
    );
    same("value-type", Severity::Error, &s, &y);
}

#[test]
fn references_to_what_does_not_exist() {
    let mut s = Stack::new("t");
    let ghost = Ref::<vpc::Vpc>::new("ghost");
    let mut other = Stack::new("other");
    let foreign_input: Val<String> = other.input("elsewhere", Input::<String>::new());
    let foreign_condition = other.condition("later", true);
    s.add(
        "sub",
        vpc::Subnet::builder()
            .name(foreign_input)
            .cidr("10.0.0.0/24")
            .gateway("10.0.0.1")
            .vpc_id(ghost.id())
            .build(),
    );
    s.output("o", cond_if::<String>(&foreign_condition, "a", "b"));
    let y = format!(
        "{HEAD}node_templates:\n  sub:\n    type: HuaweiCloud.VPC.Subnet\n    properties:\n      name: {{get_input: elsewhere}}\n      cidr: 10.0.0.0/24\n      gateway: 10.0.0.1\n      vpcId: {{get_reference: ghost}}\n    requirements:\n      - vpcId: {{node: ghost}}\noutputs:\n  o:\n    value: {{cond_if: [later, a, b]}}\n"
    );
    same("undefined-input", Severity::Error, &s, &y);
    same("undefined-element", Severity::Error, &s, &y);
    same("undefined-requirement", Severity::Error, &s, &y);
    same("undefined-condition", Severity::Error, &s, &y);
}

#[test]
fn cycles_and_unused_conditions() {
    let mut s = Stack::new("t");
    let a = s.add(
        "a",
        vpc::Vpc::builder().name("a").cidr("10.0.0.0/8").build(),
    );
    let b = s.add(
        "b",
        vpc::Vpc::builder().name("b").cidr("10.0.0.0/8").build(),
    );
    s.depends_on(&a, &b);
    s.depends_on(&b, &a);
    s.condition("spare", true);
    let y = format!(
        "{HEAD}conditions:\n  spare: true\nnode_templates:\n  a:\n    type: HuaweiCloud.VPC.VPC\n    properties: {{name: a, cidr: 10.0.0.0/8}}\n    requirements: [{{dependency: {{node: b}}}}]\n  b:\n    type: HuaweiCloud.VPC.VPC\n    properties: {{name: b, cidr: 10.0.0.0/8}}\n    requirements: [{{dependency: {{node: a}}}}]\n"
    );
    same("cycle", Severity::Error, &s, &y);
    same("unused-condition", Severity::Warning, &s, &y);
}

/// A CDN HTTPS setting with its certificate and private key written as literals.
fn literal_certificate(s: &mut Stack) {
    s.add(
        "https",
        cdn::Https::builder()
            .domain_id(cdn::DomainId::existing("d-1"))
            .cert_name("c")
            .https_status(2)
            .certificate("-----BEGIN CERTIFICATE-----")
            .private_key("-----BEGIN PRIVATE KEY-----")
            .build(),
    );
}

#[test]
fn secrets_written_as_literals() {
    let mut s = Stack::new("t");
    literal_certificate(&mut s);
    let synth = s.synth().unwrap();
    let y = synth.yaml.clone();
    // Synth lists `existing` as an escape hatch; YAML has no marks. The rest is the same.
    same("literal-secret", Severity::Warning, &s, &y);
}

#[test]
fn policies_need_targets() {
    let mut s = Stack::new("t");
    let n = net(&mut s);
    let guard = rfs_dsl::types::apm::Pinpoint::builder()
        .name("trace")
        .build();
    s.policy("guard", guard, std::iter::empty::<Target>());
    let _ = n;
    let y = format!(
        "{HEAD}node_templates:\n{NET}policies:\n  guard:\n    type: HuaweiCloud.APM.Pinpoint\n    properties:\n      name: trace\n    targets: []\n"
    );
    same("policy", Severity::Error, &s, &y);
}

#[test]
fn unknown_properties_and_attributes() {
    // A partial spec: a warning in both.
    let mut s = Stack::new("t");
    let n = net(&mut s);
    let sub = s.add(
        "sub",
        vpc::Subnet::builder()
            .name("s")
            .cidr("10.0.0.0/24")
            .gateway("10.0.0.1")
            .vpc_id(n.id())
            .unlisted_property("primaryDns", "100.125.1.250")
            .build(),
    );
    s.output("x", sub.attr().unlisted("gatewayIp"));
    let y = format!(
        "{HEAD}node_templates:\n{NET}  sub:\n    type: HuaweiCloud.VPC.Subnet\n    properties:\n      name: s\n      cidr: 10.0.0.0/24\n      gateway: 10.0.0.1\n      vpcId: {{get_reference: net}}\n      primaryDns: 100.125.1.250\n    requirements:\n      - vpcId: {{node: net}}\noutputs:\n  x:\n    value: {{get_attribute: [sub, gatewayIp]}}\n"
    );
    same("unknown-property", Severity::Warning, &s, &y);
    same("unknown-attribute", Severity::Warning, &s, &y);
}

/// On a complete spec, a property or attribute Rust asked for through an escape hatch is a
/// warning (the author chose it), the same key in hand-written YAML an error (likely a typo).
/// The template synth writes carries the choice as `# rfs: warn(...) at <path>` comments, so
/// linting it reaches synth's verdict.
#[test]
fn escape_hatches_are_the_one_documented_difference() {
    let mut s = Stack::new("t");
    let n = s.add(
        "net",
        vpc::Vpc::builder()
            .name("net")
            .cidr("10.0.0.0/8")
            .unlisted_property("enterpriseProjectId", "0")
            .build(),
    );
    s.output("x", n.attr().unlisted("status"));
    s.output("y", Val::<String>::from_raw_unchecked("plain"));
    let rust = synth(&s);
    assert!(
        rust.contains(&("unknown-property", Severity::Warning)),
        "{rust:?}"
    );
    assert!(
        rust.contains(&("unknown-attribute", Severity::Warning)),
        "{rust:?}"
    );
    let yaml = format!(
        "{HEAD}node_templates:\n  net:\n    type: HuaweiCloud.VPC.VPC\n    properties:\n      name: net\n      cidr: 10.0.0.0/8\n      enterpriseProjectId: '0'\noutputs:\n  x:\n    value: {{get_attribute: [net, status]}}\n"
    );
    let lint = lint(&yaml);
    assert!(
        lint.contains(&("unknown-property", Severity::Error)),
        "{lint:?}"
    );
    assert!(
        lint.contains(&("unknown-attribute", Severity::Error)),
        "{lint:?}"
    );
    let written = s.to_yaml().unwrap();
    assert!(
        written.starts_with("# rfs: warn(unknown-property) at node_templates.net.properties.enterpriseProjectId -- asked for with `unlisted_property` in Rust\n"),
        "{written}"
    );
    assert_eq!(self::lint(&written), rust, "{written}");
    // Every hatch is listed at synth.
    let infos = s
        .synth()
        .unwrap()
        .findings
        .iter()
        .filter(|f| f.rule.id == "escape-hatch")
        .count();
    assert_eq!(infos, 3);
}

/// Element names from a permissive alphabet (relaxed rules are warnings), text of any length.
fn name() -> impl Strategy<Value = String> {
    "[a-zA-Z_][a-zA-Z0-9_-]{0,50}"
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Random stacks: whatever synthesizes lints without errors, and with the same findings.
    #[test]
    fn stacks_that_synthesize_lint_clean(
        nets in prop::collection::vec((name(), ".{0,80}", prop::option::of(0usize..8)), 1..8),
        limit in -10i64..5,
        port in -5i64..70000,
        description in prop::option::of(".{0,1100}"),
    ) {
        let mut s = Stack::new("p");
        if let Some(d) = description {
            s = s.description(d);
        }
        let mut refs = Vec::new();
        for (i, (n, text, dep)) in nets.iter().enumerate() {
            let r = s.add(
                &format!("{n}-{i}"),
                vpc::Vpc::builder().name(text.as_str()).cidr("10.0.0.0/8").build(),
            );
            if let Some(d) = dep.and_then(|d| refs.get(d % (refs.len().max(1)))) {
                s.depends_on(&r, d);
            }
            refs.push(r);
        }
        s.add(
            "listener",
            ulb::Listener::builder()
                .protocol(ulb::ListenerProtocol::Http)
                .port(port)
                .load_balancer_id(ulb::LoadBalancerId::existing("lb"))
                .connection_limit(limit)
                .build(),
        );
        let verdict = synth(&s);
        if let Ok(out) = s.synth() {
            let linted = lint(&out.yaml);
            prop_assert!(!linted.iter().any(|(_, sev)| *sev == Severity::Error), "{linted:?}\n{}", out.yaml);
            prop_assert_eq!(linted, verdict);
        } else {
            prop_assert!(verdict.iter().any(|(_, sev)| *sev == Severity::Error));
        }
    }
}

#[test]
fn one_regex_dialect_look_around_is_refused_the_same_way() {
    let mut s = Stack::new("t");
    let pass = s.input(
        "pass",
        Input::<String>::new()
            .regex("^(?=.*[0-9]).{8,}$")
            .default_value("abcdefgh1"),
    );
    s.add(
        "net",
        vpc::Vpc::builder().name(pass).cidr("10.0.0.0/8").build(),
    );
    let y = format!(
        "{HEAD}inputs:\n  pass:\n    type: string\n    default: abcdefgh1\n    constraints:\n      regex: ^(?=.*[0-9]).{{8,}}$\nnode_templates:\n  net:\n    type: HuaweiCloud.VPC.VPC\n    properties:\n      name: {{get_input: pass}}\n      cidr: 10.0.0.0/8\n"
    );
    same("input-default", Severity::Warning, &s, &y);
    let from_synth: Vec<String> = s
        .synth()
        .unwrap()
        .findings
        .iter()
        .map(|f| f.message.clone())
        .collect();
    let from_lint: Vec<String> = rfs_cli::lint::lint(&y, rfs_cli::lint::catalog())
        .iter()
        .map(|f| f.message.clone())
        .collect();
    assert_eq!(from_synth, from_lint);
    assert_eq!(
        from_lint,
        [
            "the default cannot be checked against ^(?=.*[0-9]).{8,}$: the pattern is outside rfs's regex dialect: look-around is not supported"
        ]
    );
}

#[test]
fn conditionally_required_properties() {
    use rfs_dsl::types::fgs;
    // `code` is required when codeType is inline (spec: required_when), not when it is obs.
    let function = |code_type| {
        fgs::Function::builder()
            .name("f")
            .runtime("Python3.6")
            .handler("index.handler")
            .code_type(code_type)
            .memory_size(fgs::FunctionMemorySize::V128)
            .timeout(30)
            .build()
    };
    let yaml = |code_type: &str| {
        format!(
            "{HEAD}node_templates:\n  f:\n    type: HuaweiCloud.FGS.Function\n    properties:\n      name: f\n      runtime: Python3.6\n      handler: index.handler\n      codeType: {code_type}\n      memorySize: 128\n      timeout: 30\n"
        )
    };
    let mut s = Stack::new("t");
    s.add("f", function(fgs::FunctionCodeType::Inline));
    same("missing-property", Severity::Error, &s, &yaml("inline"));
    let mut s = Stack::new("t");
    s.add("f", function(fgs::FunctionCodeType::Obs));
    assert_eq!(synth(&s), lint(&yaml("obs")));
    assert!(synth(&s).is_empty(), "{:?}", synth(&s));
}

#[test]
fn requirements_with_relationships_and_metadata() {
    let mut s = Stack::new("t");
    let n = net(&mut s);
    let sub = s.add(
        "sub",
        vpc::Subnet::builder()
            .name("s")
            .omit_cidr()
            .omit_gateway()
            .vpc_id(n.id())
            .build(),
    );
    s.require(
        &sub,
        rfs_dsl::Requirement::new("vpcId", &n)
            .relationship("HuaweiCloud.Relationships.ContainedIn"),
    );
    s.metadata(&sub, rfs_dsl::json!({"Designer": {"id": "x"}}));
    let synthesized = s.to_yaml().unwrap();
    assert!(
        synthesized.contains("    requirements:\n    - vpcId:\n        node: net\n        relationship: HuaweiCloud.Relationships.ContainedIn\n    metadata:\n      Designer:\n        id: x\n"),
        "{synthesized}"
    );
    let y = format!(
        "{HEAD}node_templates:\n{NET}  sub:\n    type: HuaweiCloud.VPC.Subnet\n    properties:\n      name: s\n      vpcId: {{get_reference: net}}\n    requirements:\n      - vpcId: {{node: net, relationship: HuaweiCloud.Relationships.ContainedIn}}\n    metadata:\n      Designer: {{id: x}}\n"
    );
    same("element", Severity::Warning, &s, &y);
}

#[test]
fn nesting_limits_agree() {
    use rfs_dsl::engine::language::MAX_VALUE_DEPTH;
    let nest = |levels: usize| {
        let mut v = Value::from("leaf");
        for _ in 0..levels {
            v = Value::List(vec![v]);
        }
        v
    };
    let stack_with = |levels: usize| {
        let mut s = Stack::new("t");
        let inputs: rfs_dsl::types::core::Map = [("deep", nest(levels))].into_iter().collect();
        s.add(
            "s",
            aos::Stack::builder()
                .template_id(aos::TemplateId::existing("t"))
                .inputs(Value::Map(inputs))
                .build(),
        );
        s
    };
    // The deepest value a stack may hold is a template the linter reads clean.
    let yaml = stack_with(MAX_VALUE_DEPTH - 1).to_yaml().unwrap();
    assert_eq!(lint(&yaml), Verdict::new(), "{yaml}");
    // One level more: synth refuses it, and so does the linter (its depth limit).
    let deeper = stack_with(MAX_VALUE_DEPTH);
    assert_eq!(
        synth(&deeper),
        [("yaml", Severity::Error)].into_iter().collect()
    );
    let text = yaml.replace("- leaf", "- - leaf");
    assert_eq!(
        lint(&text),
        [("yaml", Severity::Error)].into_iter().collect()
    );
}

/// A property only the service API requires (the element page is silent): left out on purpose
/// in Rust (`omit_*`), left out in YAML; both warn, and neither errs.
#[test]
fn api_required_properties() {
    let mut s = Stack::new("t");
    let n = net(&mut s);
    s.add(
        "sub",
        vpc::Subnet::builder()
            .name("s")
            .cidr("10.0.0.0/24")
            .omit_gateway()
            .vpc_id(n.id())
            .build(),
    );
    let y = format!(
        "{HEAD}node_templates:\n{NET}  sub:\n    type: HuaweiCloud.VPC.Subnet\n    properties:\n      name: s\n      cidr: 10.0.0.0/24\n      vpcId: {{get_reference: net}}\n    requirements:\n      - vpcId: {{node: net}}\n"
    );
    same("api-required", Severity::Warning, &s, &y);
    let found = rfs_cli::lint::lint(&y, rfs_cli::lint::catalog());
    let message = &found
        .iter()
        .find(|f| f.rule.id == "api-required")
        .unwrap()
        .message;
    assert!(
        message.contains("'gateway'") && message.contains("gateway_ip in huaweicloud-sdk-go-v3"),
        "{message}"
    );
}

/// An input's default and valid values are checked against every property it feeds — an
/// allowed-value list reached through a cast, a range inside a data structure — with the same
/// finding in synth and lint.
#[test]
fn inputs_are_checked_against_the_properties_they_feed() {
    let mut s = Stack::new("t");
    let share = s.input(
        "share",
        Input::<String>::new()
            .default_value("SHARED")
            .valid_values(["PER", "SHARED"]),
    );
    let size = s.input("size", Input::<i64>::new().default_value(999));
    s.add(
        "ip",
        vpc::Eip::builder()
            .public_ip(
                vpc::PublicIp::builder()
                    .type_(vpc::PublicIpType::V5_bgp)
                    .build(),
            )
            .bandwidth(
                vpc::BandWidth::builder()
                    .name("b")
                    .share_type(share.cast_unchecked::<vpc::BandWidthShareType>())
                    .size(size)
                    .build(),
            )
            .build(),
    );
    let y = format!(
        "{HEAD}inputs:\n  share:\n    type: string\n    default: SHARED\n    constraints:\n      valid_values: [PER, SHARED]\n  size:\n    type: integer\n    default: 999\nnode_templates:\n  ip:\n    type: HuaweiCloud.VPC.EIP\n    properties:\n      publicIP:\n        type: 5_bgp\n      bandwidth:\n        name: b\n        shareType: {{get_input: share}}\n        size: {{get_input: size}}\n"
    );
    same("input-type", Severity::Warning, &s, &y);
    let found: Vec<String> = rfs_cli::lint::lint(&y, rfs_cli::lint::catalog())
        .iter()
        .map(|f| f.message.clone())
        .collect();
    for expected in [
        "input 'share' feeds 'shareType', but its default breaks it: 'SHARED' is not an allowed value",
        "input 'share' feeds 'shareType', but one of its valid_values breaks it: 'SHARED'",
        "input 'size' feeds 'size', but its default breaks it: 999 is above the maximum 300",
    ] {
        assert!(
            found.iter().any(|m| m.starts_with(expected)),
            "{expected} not in {found:?}"
        );
    }
}

#[test]
fn defaults_of_inputs_without_a_type_are_checked_against_what_they_feed() {
    // An integer default feeding an id, and a default outside an enumeration.
    let mut s = Stack::new("t");
    let id = s.untyped_input("net-id", Input::untyped().default_value(42));
    s.add(
        "sub",
        vpc::Subnet::builder()
            .name("sub")
            .cidr("10.0.0.0/24")
            .gateway("10.0.0.1")
            .vpc_id(id)
            .build(),
    );
    let y = format!(
        "{HEAD}inputs:\n  net-id:\n    default: 42\nnode_templates:\n  sub:\n    type: HuaweiCloud.VPC.Subnet\n    properties:\n      name: sub\n      cidr: 10.0.0.0/24\n      gateway: 10.0.0.1\n      vpcId: {{get_input: net-id}}\n"
    );
    same("input-type", Severity::Warning, &s, &y);

    // A text default longer than the property it feeds allows.
    let long = "n".repeat(65);
    let mut s = Stack::new("t");
    let name = s.untyped_input("net-name", Input::untyped().default_value(long.as_str()));
    s.add(
        "net",
        vpc::Vpc::builder().name(name).cidr("10.0.0.0/8").build(),
    );
    let y = format!(
        "{HEAD}inputs:\n  net-name:\n    default: {long}\nnode_templates:\n  net:\n    type: HuaweiCloud.VPC.VPC\n    properties:\n      name: {{get_input: net-name}}\n      cidr: 10.0.0.0/8\n"
    );
    same("input-type", Severity::Warning, &s, &y);
}

#[test]
fn undeclared_typed_inputs_write_no_type_and_lint_alike() {
    let mut s = Stack::new("t");
    let id = s.input("net-id", Input::<vpc::VpcId>::new().undeclared());
    s.add(
        "sub",
        vpc::Subnet::builder()
            .name("sub")
            .cidr("10.0.0.0/24")
            .gateway("10.0.0.1")
            .vpc_id(id)
            .build(),
    );
    let yaml = s.to_yaml().expect("a clean stack");
    assert!(!yaml.contains("type: HuaweiCloud.VPC.VPC.Id"), "{yaml}");
    assert_eq!(synth(&s), lint(&yaml));
    assert_eq!(lint(&yaml), Verdict::new());
}

#[test]
fn inferred_properties_and_values_are_listed_alike() {
    use rfs_dsl::types::evs;
    let mut s = Stack::new("t");
    s.add(
        "disk",
        evs::NonSharedVolume::builder()
            .availability_zone("cn-north-4a")
            .volume_type(evs::NonSharedVolumeVolumeType::Gpssd)
            .size(100)
            .build(),
    );
    let y = format!(
        "{HEAD}node_templates:\n  disk:\n    type: HuaweiCloud.EVS.NonSharedVolume\n    properties:\n      availabilityZone: cn-north-4a\n      volumeType: GPSSD\n      size: 100\n"
    );
    let infos = |findings: &[rfs_check::Finding]| -> Vec<(String, Severity)> {
        findings
            .iter()
            .filter(|f| f.rule.id == "inferred-property")
            .map(|f| (f.path.clone(), f.severity))
            .collect()
    };
    let synthesized = s.synth().expect("a clean stack");
    let linted = rfs_cli::lint::lint(&y, rfs_cli::lint::catalog());
    let expected = vec![(
        "node_templates.disk.properties.volumeType".to_owned(),
        Severity::Info,
    )];
    assert_eq!(infos(&synthesized.findings), expected);
    assert_eq!(infos(&linted), expected);
    let errors_and_warnings: Verdict = lint(&y)
        .into_iter()
        .filter(|(_, sev)| *sev != Severity::Info)
        .collect();
    assert_eq!(synth(&s), errors_and_warnings);
}

/// A rule level set in Rust (`Stack::allow`, `warn`, `deny`) and the same level as a template
/// comment, and an `rfs.toml` read by both, give one verdict; the template synth writes
/// carries the stack's levels, so linting it agrees too.
#[test]
fn rule_levels_agree_in_rust_comments_and_rfs_toml() {
    use rfs_check::policy::Config;
    use rfs_check::rules;

    let stack = |levels: &dyn Fn(&mut Stack)| {
        let mut s = Stack::new("t");
        levels(&mut s);
        s.input("spareName", Input::<String>::new().default_value("x"));
        net(&mut s);
        s
    };
    let body = format!(
        "{HEAD}inputs:\n  spareName:\n    type: string\n    default: x\nnode_templates:\n{NET}"
    );
    // Allowed: both findings become info[suppressed].
    let s = stack(&|s| {
        s.allow(rules::INPUT_NAME, "console form");
        s.allow(rules::UNUSED_INPUT, "read later");
    });
    let y = format!(
        "# rfs: allow-file(input-name) -- console form\n# rfs: allow-file(unused-input) -- read later\n{body}"
    );
    assert_eq!(synth(&s), Verdict::new());
    assert_eq!(no_infos(lint(&y)), Verdict::new());
    assert!(lint(&y).contains(&("suppressed", Severity::Info)));
    let written = s.to_yaml().unwrap();
    assert!(
        written.starts_with(&y[..y.find("tosca").unwrap()]),
        "{written}"
    );
    assert_eq!(lint(&written), lint(&y));
    let suppressed = s.synth().unwrap().findings;
    assert_eq!(
        suppressed
            .iter()
            .filter(|f| f.rule.id == "suppressed")
            .count(),
        2
    );
    // Denied: an error both ways; an allow that matches nothing is reported both ways.
    let s = stack(&|s| {
        s.deny(rules::UNUSED_INPUT, "keep templates tidy");
        s.allow(rules::CYCLE, "none");
    });
    let y = format!(
        "# rfs: deny-file(unused-input) -- keep templates tidy\n# rfs: allow-file(cycle) -- none\n{body}"
    );
    same("unused-input", Severity::Error, &s, &y);
    same("suppression", Severity::Warning, &s, &y);
    // A level the stack sets for a rule decides it over an escape hatch's warning, both ways.
    let mut s = Stack::new("t");
    s.allow(rules::UNKNOWN_PROPERTY, "the console adds it");
    s.add(
        "net",
        vpc::Vpc::builder()
            .name("net")
            .cidr("10.0.0.0/8")
            .unlisted_property("enterpriseProjectId", "0")
            .build(),
    );
    let written = s.to_yaml().unwrap();
    assert_eq!(synth(&s), Verdict::new());
    assert_eq!(no_infos(lint(&written)), Verdict::new(), "{written}");
    assert!(lint(&written).contains(&("suppressed", Severity::Info)));
    // A stack cannot allow literal-secret about itself, nor can a template.
    let mut s = Stack::new("t");
    s.allow(rules::LITERAL_SECRET, "test certificate");
    literal_certificate(&mut s);
    let y = s.to_yaml().unwrap();
    same("literal-secret", Severity::Warning, &s, &y);
    same("suppression", Severity::Warning, &s, &y);
    // rfs.toml: the same file read by synth (for the path the template is written to) and by
    // lint (found from the template's folder).
    let dir = std::env::temp_dir().join(format!("rfs-levels-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("legacy")).unwrap();
    std::fs::write(
        dir.join("rfs.toml"),
        "[rules]\ninput-name = { level = \"deny\", reason = \"house style\" }\n[[overrides]]\npaths = [\"legacy/*.yaml\"]\nrules = { input-name = \"allow\", unused-input = \"allow\" }\n",
    )
    .unwrap();
    let s = stack(&|_| {});
    for (file, rule, severity) in [
        ("t.yaml", "input-name", Severity::Error),
        ("legacy/t.yaml", "unused-input", Severity::Warning),
    ] {
        let path = dir.join(file);
        let config = Config::find(&path).unwrap().unwrap();
        let policy = config.directives_for(&path);
        let rust: Verdict = match s.synth_with(&policy) {
            Ok(x) => x.findings,
            Err(e) => e.findings,
        }
        .iter()
        .filter(|f| f.severity != Severity::Info)
        .map(|f| (f.rule.id, f.severity))
        .collect();
        std::fs::write(&path, &body).unwrap();
        let found = Config::find(&path).unwrap().unwrap();
        let linted: Verdict = rfs_cli::lint::lint_with_policy(
            &body,
            rfs_cli::lint::catalog(),
            &Default::default(),
            &found.directives_for(&path),
        )
        .iter()
        .filter(|f| f.severity != Severity::Info)
        .map(|f| (f.rule.id, f.severity))
        .collect();
        assert_eq!(rust, linted, "{file}");
        if file.starts_with("legacy") {
            assert!(rust.is_empty(), "{rust:?}");
        } else {
            assert!(rust.contains(&(rule, severity)), "{rust:?}");
        }
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Levels for one path, and the escape hatches' `warn` comments, name elements whatever
    /// they are called (spaces, ` -- `, quotes, backslashes, control characters): the template
    /// synth writes lints to synth's verdict.
    #[test]
    fn path_levels_hold_for_any_element_name(
        names in prop::collection::btree_set(".{1,24}", 1..5),
        allow in prop::collection::vec(any::<bool>(), 5),
    ) {
        let mut s = Stack::new("p");
        for (i, n) in names.iter().enumerate() {
            s.add(
                n,
                vpc::Vpc::builder()
                    .name("net")
                    .cidr("10.0.0.0/8")
                    .unlisted_property("enterpriseProjectId", "0")
                    .build(),
            );
            if allow[i] {
                s.allow_at(rfs_dsl::engine::rules::ELEMENT_NAME, format!("node_templates.{n}"), "named -- by \"hand\"");
            }
        }
        let verdict = synth(&s);
        if let Ok(out) = s.synth() {
            prop_assert_eq!(no_infos(lint(&out.yaml)), verdict, "{}", out.yaml);
        }
    }
}

#[test]
fn path_levels_hold_for_names_that_look_like_comment_syntax() {
    let mut s = Stack::new("t");
    for name in ["odd -- \"name\"", "a\\u{1b}b", "tab\there", "x) at y"] {
        s.add(
            name,
            vpc::Vpc::builder()
                .name("net")
                .cidr("10.0.0.0/8")
                .unlisted_property("enterpriseProjectId", "0")
                .build(),
        );
        s.allow_at(
            rfs_dsl::engine::rules::ELEMENT_NAME,
            format!("node_templates.{name}"),
            "kept -- for now",
        );
    }
    let out = s.synth().unwrap();
    assert!(
        out.yaml
            .contains("# rfs: allow(element-name) at \"node_templates.odd -- \\\"name\\\"\" -- kept -- for now\n"),
        "{}",
        out.yaml
    );
    let linted = rfs_cli::lint::lint(&out.yaml, rfs_cli::lint::catalog());
    assert!(
        linted.iter().all(|f| f.severity != Severity::Error
            && f.rule.id != "suppression"
            && f.rule.id != "element-name"),
        "{linted:#?}\n{}",
        out.yaml
    );
    assert_eq!(no_infos(lint(&out.yaml)), synth(&s), "{}", out.yaml);
}
