//! Synth-time findings: what the compiler cannot know is reported, all at once, with where.

use rfs_dsl::types::core::Ref;
use rfs_dsl::types::{ulb, vpc};
use rfs_dsl::{Input, Severity, Stack};

fn network(stack: &mut Stack, name: &str) -> Ref<vpc::Vpc> {
    stack.add(
        name,
        vpc::Vpc::builder().name("net").cidr("10.0.0.0/8").build(),
    )
}

fn messages(stack: &Stack) -> Vec<String> {
    match stack.synth() {
        Ok(s) => s.warnings.iter().map(ToString::to_string).collect(),
        Err(e) => e.findings.iter().map(ToString::to_string).collect(),
    }
}

#[test]
fn unlisted_properties_are_written_and_warned_about() {
    let mut stack = Stack::new("t");
    stack.add(
        "sub",
        vpc::Subnet::builder()
            .name("a")
            .unlisted_property("primaryDns", "100.125.1.250")
            .build(),
    );
    let synth = stack.synth().unwrap();
    assert!(
        synth.yaml.contains("primaryDns: \"100.125.1.250\""),
        "{}",
        synth.yaml
    );
    assert_eq!(synth.warnings.len(), 1);
    assert_eq!(synth.warnings[0].severity, Severity::Warning);
    assert_eq!(
        synth.warnings[0].path,
        "node_templates.sub.properties.primaryDns"
    );
}

#[test]
fn every_error_is_reported_at_once_with_its_path() {
    let mut stack = Stack::new("t");
    let elsewhere = Ref::<vpc::Vpc>::new("not-here");
    network(&mut stack, "Bad_Name");
    stack.add(
        "sub",
        vpc::Subnet::builder()
            .name("a")
            .vpc_id(elsewhere.id())
            .build(),
    );
    stack.add(
        "long",
        vpc::Vpc::builder()
            .name("x".repeat(65))
            .cidr("10.0.0.0/8")
            .build(),
    );
    stack.add(
        "listener",
        ulb::Listener::builder()
            .protocol(ulb::ListenerProtocol::Tcp)
            .port(80)
            .load_balancer_id("lb")
            .connection_limit(-5)
            .build(),
    );
    assert_eq!(
        messages(&stack),
        [
            "error: node_templates.Bad_Name: element names are 1-48 characters of lowercase letters, digits and '-'",
            "error: node_templates.sub.properties.vpcId: get_reference of element 'not-here', which is not in this stack",
            "error: node_templates.long.properties.name: is 65 characters long; at most 64 are allowed",
            "error: node_templates.long.properties.name: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' does not match the pattern [A-Za-z0-9_.-]{0,64}",
            "error: node_templates.listener.properties.connectionLimit: -5 is below the minimum -1",
        ]
    );
}

#[test]
fn cycles_are_errors_that_name_the_cycle() {
    let mut stack = Stack::new("t");
    let a = network(&mut stack, "a");
    let b = network(&mut stack, "b");
    stack.depends_on(&a, &b);
    stack.depends_on(&b, &a);
    assert_eq!(
        messages(&stack),
        ["error: node_templates: dependency cycle: a -> b -> a"]
    );
}

#[test]
fn inputs_are_typed_declared_and_checked_for_use() {
    let mut stack = Stack::new("t");
    let id = stack.input(
        "net",
        Input::<vpc::VpcId>::new().description("an existing VPC"),
    );
    stack.input("unused", Input::<String>::new());
    stack.add("sub", vpc::Subnet::builder().name("a").vpc_id(id).build());
    let synth = stack.synth().unwrap();
    assert!(
        synth
            .yaml
            .contains("inputs:\n  net:\n    type: HuaweiCloud.VPC.VPC.Id\n"),
        "{}",
        synth.yaml
    );
    assert!(
        synth.yaml.contains("vpcId:\n        get_input: net\n"),
        "{}",
        synth.yaml
    );
    let warnings: Vec<String> = synth.warnings.iter().map(ToString::to_string).collect();
    assert_eq!(
        warnings,
        ["warning: inputs.unused: input is declared but never used"]
    );
}

#[test]
fn yaml_is_byte_identical_across_runs() {
    let build = || {
        let mut stack = Stack::new("t").description("same");
        let n = network(&mut stack, "a");
        stack.add(
            "sub",
            vpc::Subnet::builder().name("s").vpc_id(n.id()).build(),
        );
        stack.to_yaml().unwrap()
    };
    assert_eq!(build(), build());
}
