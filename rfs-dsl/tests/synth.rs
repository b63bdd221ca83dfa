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

/// Each finding as `severity[rule]: path: message` (without the Rust location, which
/// `caller_locations_point_at_the_call` checks).
fn show(f: &rfs_dsl::Finding) -> String {
    format!("{}[{}]: {}: {}", f.severity, f.rule.id, f.path, f.message)
}

fn messages(stack: &Stack) -> Vec<String> {
    match stack.synth() {
        Ok(s) => s.findings.iter().map(show).collect(),
        Err(e) => e.findings.iter().map(show).collect(),
    }
}

#[test]
fn unlisted_properties_are_written_and_warned_about() {
    let mut stack = Stack::new("t");
    stack.add(
        "sub",
        vpc::Subnet::builder()
            .name("a")
            .cidr("10.0.0.0/24")
            .gateway("10.0.0.1")
            .omit_vpc_id()
            .unlisted_property("primaryDns", "100.125.1.250")
            .build(),
    );
    let synth = stack.synth().unwrap();
    assert!(
        synth.yaml.contains("primaryDns: \"100.125.1.250\""),
        "{}",
        synth.yaml
    );
    assert_eq!(
        synth.findings.iter().map(show).collect::<Vec<_>>(),
        [
            "warning[unknown-property]: node_templates.sub.properties.primaryDns: HuaweiCloud.VPC.Subnet has no property 'primaryDns' (its spec is partial: check the official page)",
            "warning[api-required]: node_templates.sub.properties: HuaweiCloud.VPC.Subnet leaves out 'vpcId', which the service API requires (vpc_id in huaweicloud-sdk-go-v3@1cd70eb6 services/vpc/v2/model/model_create_subnet_option.go); the element page does not say whether the platform fills it",
            "info[escape-hatch]: node_templates.sub.properties.primaryDns: written with `unlisted_property`: the compiler did not check it",
        ]
    );
    assert_eq!(synth.findings[0].severity, Severity::Warning);
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
            .cidr("10.0.0.0/24")
            .gateway("10.0.0.1")
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
            .load_balancer_id(ulb::LoadBalancerId::existing("lb"))
            .connection_limit(-5)
            .build(),
    );
    assert_eq!(
        messages(&stack),
        [
            "error[undefined-element]: node_templates.sub.properties.vpcId.get_reference: element 'not-here' does not exist",
            "error[undefined-requirement]: node_templates.sub.requirements[0].vpcId: requirement names element 'not-here', which does not exist",
            "error[length]: node_templates.long.properties.name: 'name' is 65 characters long; at most 64 are allowed",
            "error[pattern]: node_templates.long.properties.name: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' does not match the pattern of 'name': [A-Za-z0-9_.-]{0,64}",
            "error[range]: node_templates.listener.properties.connectionLimit: -5 is below the minimum -1 of 'connectionLimit'",
            "warning[element-name]: node_templates.Bad_Name: element name 'Bad_Name' breaks the documented rule (element names are 1-48 characters of lowercase letters, digits and '-'); official templates do so too, so this is a warning",
            "info[escape-hatch]: node_templates.listener.properties.loadBalancerId: written with `existing`: the compiler did not check it",
        ]
    );
}

/// A failed synth shows each finding with the hint computed for it, on a line of its own.
#[test]
fn synth_errors_show_a_hint_under_each_finding() {
    let mut stack = Stack::new("t");
    stack.add(
        "listener",
        ulb::Listener::builder()
            .protocol(ulb::ListenerProtocol::Tcp)
            .port(80)
            .load_balancer_id(ulb::LoadBalancerId::existing("lb"))
            .connection_limit(-5)
            .build(),
    );
    let shown = stack.synth().unwrap_err().to_string();
    let lines: Vec<&str> = shown.lines().collect();
    assert_eq!(lines[0], "stack 't': 1 error(s)");
    let range = lines
        .iter()
        .position(|l| l.contains("error[range]"))
        .unwrap();
    assert_eq!(
        lines[range + 1],
        "    hint: use a number from -1 to 2147483647"
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
        ["error[cycle]: node_templates.a: dependency cycle: a -> b -> a"]
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
    stack.add(
        "sub",
        vpc::Subnet::builder()
            .name("a")
            .cidr("10.0.0.0/24")
            .gateway("10.0.0.1")
            .vpc_id(id)
            .build(),
    );
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
    let warnings: Vec<String> = synth.findings.iter().map(show).collect();
    assert_eq!(
        warnings,
        ["warning[unused-input]: inputs.unused: input 'unused' is never used"]
    );
}

#[test]
fn yaml_is_byte_identical_across_runs() {
    let build = || {
        let mut stack = Stack::new("t").description("same");
        let n = network(&mut stack, "a");
        stack.add(
            "sub",
            vpc::Subnet::builder()
                .name("s")
                .cidr("10.0.0.0/24")
                .gateway("10.0.0.1")
                .vpc_id(n.id())
                .build(),
        );
        stack.to_yaml().unwrap()
    };
    assert_eq!(build(), build());
}

#[test]
fn a_reference_into_another_stack_is_an_error() {
    let mut other = Stack::new("other");
    let foreign = network(&mut other, "net");
    let mut stack = Stack::new("t");
    network(&mut stack, "net");
    stack.add(
        "sub",
        vpc::Subnet::builder()
            .name("a")
            .cidr("10.0.0.0/24")
            .gateway("10.0.0.1")
            .vpc_id(foreign.id())
            .build(),
    );
    assert_eq!(
        messages(&stack),
        [
            "error[foreign-reference]: node_templates.sub.properties.vpcId: get_reference 'net' was made by another stack"
        ]
    );
}

#[test]
fn mappings_conditions_and_policies_are_written_in_section_order() {
    use rfs_dsl::func::{cond_eq, cond_if, cond_not, cond_or, pseudo};
    use rfs_dsl::types::{antiddos, ecs};
    use rfs_dsl::{Mapping, Target};

    let mut stack = Stack::new("t").description("all sections");
    let env = stack.input(
        "env",
        Input::<String>::new()
            .valid_values(["dev", "prod"])
            .default_value("dev"),
    );
    let images = stack.mapping(
        "images",
        Mapping::new()
            .entry("cn-north-4", "web", "img-north")
            .entry("cn-east-3", "web", "img-east"),
    );
    let prod = stack.condition(
        "is-prod",
        cond_or([cond_eq::<String>(&env, "prod"), cond_not(false)]),
    );
    let net = network(&mut stack, "net");
    let sub = stack.add(
        "sub",
        vpc::Subnet::builder()
            .name("sub")
            .cidr("10.0.0.0/24")
            .gateway("10.0.0.1")
            .vpc_id(net.id())
            .build(),
    );
    let vm = stack.add(
        "vm",
        ecs::CloudServer::builder()
            .name("vm")
            .vpc_id(net.id())
            .image_id(
                images
                    .get_string(pseudo::region(), "web")
                    .cast_unchecked::<ecs::ImageId>(),
            )
            .availability_zone("cn-north-4a")
            .flavor(cond_if(&prod, "s6.large.2", "s6.small.1"))
            .nics([ecs::Nics::builder().subnet_id(sub.id()).build()])
            .root_volume(
                ecs::RootVolume::builder()
                    .volume_type(ecs::RootVolumeVolumeType::Sata)
                    .build(),
            )
            .build(),
    );
    stack.set_condition(&vm, &prod);
    let guard = antiddos::Service::builder()
        .cleaning_access_pos(1)
        .traffic_pos(1)
        .app_type(antiddos::ServiceAppType::V0)
        .http_request_pos(1)
        .floating_ip_id(vm.attr().floating_ip_id())
        .enable_l7(false)
        .build();
    stack.policy("guard", guard, [Target::from(&vm)]);
    stack.output("flavor", cond_if::<String>(&prod, "large", "small"));
    let synth = stack.synth().unwrap_or_else(|e| panic!("{e}"));
    let sections: Vec<&str> = synth
        .yaml
        .lines()
        .filter(|l| !l.starts_with(' ') && !l.starts_with('-'))
        .collect();
    assert_eq!(
        sections,
        [
            "tosca_definitions_version: huaweicloud_tosca_version_1_0",
            "description: all sections",
            "inputs:",
            "mappings:",
            "conditions:",
            "node_templates:",
            "policies:",
            "outputs:",
        ]
    );
    assert!(
        synth
            .yaml
            .contains("    constraints:\n      valid_values:\n      - dev\n      - prod\n"),
        "{}",
        synth.yaml
    );
    assert!(
        synth.yaml.contains("    condition: is-prod\n"),
        "{}",
        synth.yaml
    );
    assert!(
        synth.yaml.contains("      get_in_map:\n        - images\n        - get_input: HuaweiCloud.Region\n        - web\n"),
        "{}",
        synth.yaml
    );
    assert!(
        synth.yaml.contains("    targets:\n    - vm\n"),
        "{}",
        synth.yaml
    );
    assert_eq!(
        synth.findings.iter().map(show).collect::<Vec<_>>(),
        [
            "info[escape-hatch]: node_templates.vm.properties.imageId: written with `Val::cast_unchecked`: the compiler did not check it"
        ]
    );
}

#[test]
fn mapping_condition_and_input_mistakes_are_reported() {
    use rfs_dsl::Mapping;
    use rfs_dsl::func::cond_eq;

    let mut stack = Stack::new("t");
    let size = stack.input(
        "size",
        Input::<i64>::new().in_range(1, 10).default_value(20),
    );
    stack.input("size", Input::<i64>::new());
    let m = stack.mapping("m", Mapping::new().entry("a", "b", 1));
    stack.mapping("spare", Mapping::new().entry("x", "y", "z"));
    stack.condition("unused", cond_eq::<i64>(&size, 3));
    network(&mut stack, "n");
    stack.output("bad-key", m.get_integer("a", "c"));
    stack.output("size", size);
    assert_eq!(
        messages(&stack),
        [
            "error[duplicate]: inputs.size: 'size' is written more than once",
            "error[input-default]: inputs.size.default: the default 20 is outside in_range [1, 10]",
            "error[undefined-mapping]: outputs.bad-key.value.get_in_map: mapping 'm' has no key 'a.c'",
            "warning[unused-mapping]: mappings.spare: mapping 'spare' is never used",
            "warning[unused-condition]: conditions.unused: condition 'unused' is never used",
        ]
    );
}

#[test]
fn nested_attribute_paths_are_written_as_one_list() {
    use rfs_dsl::func::get_attribute;
    use rfs_dsl::types::aos;
    let mut stack = Stack::new("t");
    let child = stack.add(
        "child",
        aos::Stack::builder()
            .template_id(aos::TemplateId::existing("tpl"))
            .inputs(Vec::<(&str, rfs_dsl::types::core::Value)>::new())
            .build(),
    );
    stack.output("vpc", get_attribute(&child, &["network", "vpc-id"]));
    let yaml = stack.to_yaml().unwrap();
    assert!(yaml.contains("  vpc:\n    value:\n      get_attribute:\n      - child\n      - network\n      - vpc-id\n"), "{yaml}");
}

#[test]
fn an_input_typed_with_an_enumeration_fills_that_property() {
    let mut stack = Stack::new("t");
    let protocol = stack.input(
        "protocol",
        Input::<ulb::ListenerProtocol>::new()
            .valid_values(ulb::ListenerProtocol::ALL.iter().copied())
            .default_value(ulb::ListenerProtocol::Http),
    );
    stack.add(
        "listener",
        ulb::Listener::builder()
            .protocol(protocol)
            .port(80)
            .load_balancer_id(ulb::LoadBalancerId::existing("lb"))
            .build(),
    );
    let yaml = stack.to_yaml().unwrap();
    assert!(
        yaml.contains("  protocol:\n    type: string\n    default: HTTP\n    constraints:\n      valid_values:\n      - TCP\n      - HTTP\n"),
        "{yaml}"
    );
}

#[test]
fn caller_locations_point_at_the_call() {
    let mut stack = Stack::new("t");
    let line = line!() + 1;
    stack.add(
        "Bad_Name",
        vpc::Vpc::builder().name("n").cidr("10.0.0.0/8").build(),
    );
    let synth = stack.synth().unwrap();
    let text = synth.findings[0].to_string();
    assert!(
        text.starts_with(&format!(
            "rfs-dsl/tests/synth.rs:{line}:11: warning[element-name]: node_templates.Bad_Name: "
        )),
        "{text}"
    );
}

#[test]
fn a_builder_property_set_twice_is_a_warning() {
    let mut stack = Stack::new("t");
    stack.add(
        "net",
        vpc::Vpc::builder()
            .name("a")
            .name("b")
            .cidr("10.0.0.0/8")
            .build(),
    );
    let synth = stack.synth().unwrap();
    assert!(synth.yaml.contains("name: b\n"), "{}", synth.yaml);
    assert_eq!(
        synth.findings.iter().map(show).collect::<Vec<_>>(),
        [
            "warning[set-twice]: node_templates.net.properties.name: set twice on the builder; the last value is kept"
        ]
    );
}

#[test]
fn a_hundred_thousand_element_chain_synthesizes() {
    let mut stack = Stack::new("chain");
    let mut previous: Option<rfs_dsl::types::core::Ref<vpc::Vpc>> = None;
    for i in 0..100_000 {
        let net = stack.add(
            &format!("n{i}"),
            vpc::Vpc::builder().name("n").cidr("10.0.0.0/8").build(),
        );
        if let Some(p) = previous.replace(net.clone()) {
            stack.depends_on(&net, &p);
        }
    }
    let synth = stack.synth().unwrap();
    assert!(synth.yaml.contains("  n99999:\n"));
    // Closing the chain into a ring: one cycle through every element, found iteratively.
    let first = rfs_dsl::types::core::Ref::<vpc::Vpc>::scoped("n0", 0);
    stack.depends_on(&first, &previous.unwrap());
    let e = stack.synth().unwrap_err();
    assert_eq!(e.findings.len(), 1, "{:?}", e.findings.first());
    assert_eq!(e.findings[0].rule.id, "cycle");
}

/// An element's implied id that no official page uses as a type (`HuaweiCloud.ULB.LoadBalancer.Id`)
/// is declared `type: string`, as official examples declare it; the Rust side stays typed.
#[test]
fn an_implied_id_input_is_declared_as_text() {
    use rfs_dsl::types::ulb;
    let mut stack = Stack::new("t");
    let lb = stack.input("lb", Input::<ulb::LoadBalancerId>::new());
    stack.add(
        "lst",
        ulb::Listener::builder()
            .protocol(ulb::ListenerProtocol::Tcp)
            .port(80)
            .load_balancer_id(&lb)
            .build(),
    );
    let yaml = stack.to_yaml().unwrap();
    assert!(yaml.contains("  lb:\n    type: string\n"), "{yaml}");
    // A type the official pages use is declared as itself.
    let _net = stack.input("net", Input::<vpc::VpcId>::new());
    let yaml = stack.to_yaml().unwrap();
    assert!(
        yaml.contains("  net:\n    type: HuaweiCloud.VPC.VPC.Id\n"),
        "{yaml}"
    );
}

#[test]
fn every_input_type_of_the_language_can_be_declared() {
    use rfs_dsl::types::ecs;
    let mut stack = Stack::new("t");
    let pass = stack.input("pass", Input::password().invisible());
    let secret = stack.input("secret", Input::secret().visible());
    let gateway = stack.input("gateway", Input::ip().default_value("10.0.0.1"));
    let tier = stack.input("tier", Input::enum_type().valid_values(["a", "b"]));
    let zone = stack.input(
        "zone",
        Input::<ecs::AvailabilityZoneName>::new().declared_as_string(),
    );
    let anything = stack.untyped_input("anything", Input::untyped().default_value(5));
    let net = stack.add("net", vpc::Vpc::builder().name(&pass).cidr(&secret).build());
    stack.add(
        "sub",
        vpc::Subnet::builder()
            .name(&tier)
            .cidr("10.0.0.0/24")
            .gateway(&gateway)
            .availability_zone(&zone)
            .dhcp_enable(&anything)
            .vpc_id(net.id())
            .build(),
    );
    let yaml = stack.to_yaml().unwrap();
    for expected in [
        "  pass:\n    type: password\n    invisible: true\n",
        "  secret:\n    type: secret\n    invisible: false\n",
        "  gateway:\n    type: ip\n    default: \"10.0.0.1\"\n",
        "  tier:\n    type: enum\n    constraints:\n      valid_values:\n      - a\n      - b\n",
        "  zone:\n    type: string\n",
        "  anything:\n    default: 5\n",
    ] {
        assert!(yaml.contains(expected), "{expected:?} not in\n{yaml}");
    }
}

#[test]
fn requirements_can_be_given_explicitly_and_replace_derived_ones() {
    let mut stack = Stack::new("t");
    let net = stack.add(
        "net",
        vpc::Vpc::builder().name("n").cidr("10.0.0.0/8").build(),
    );
    let other = stack.add(
        "other",
        vpc::Vpc::builder().name("o").cidr("10.0.0.0/8").build(),
    );
    let sub = stack.add(
        "sub",
        vpc::Subnet::builder()
            .name("s")
            .cidr("10.0.0.0/24")
            .gateway("10.0.0.1")
            .vpc_id(net.id())
            .build(),
    );
    stack.require(
        &sub,
        rfs_dsl::Requirement::new("vpcId", &net).relationship("R"),
    );
    stack.require(&sub, rfs_dsl::Requirement::new("package", &other));
    let yaml = stack.to_yaml().unwrap();
    assert!(
        yaml.contains("    requirements:\n    - vpcId:\n        node: net\n        relationship: R\n    - package:\n        node: other\n"),
        "{yaml}"
    );
    // Only the explicit ones: the derived vpcId requirement is left out.
    let mut stack = Stack::new("t");
    let net = stack.add(
        "net",
        vpc::Vpc::builder().name("n").cidr("10.0.0.0/8").build(),
    );
    let sub = stack.add(
        "sub",
        vpc::Subnet::builder()
            .name("s")
            .cidr("10.0.0.0/24")
            .gateway("10.0.0.1")
            .vpc_id(net.id())
            .build(),
    );
    stack.only_explicit_requirements(&sub);
    let yaml = stack.to_yaml().unwrap();
    assert!(!yaml.contains("requirements"), "{yaml}");
}

#[test]
fn map_properties_take_any_serde_value_and_references_inside_are_required() {
    use rfs_dsl::types::cce;
    use std::collections::BTreeMap;
    let mut stack = Stack::new("t");
    let name = stack.input("name", Input::<String>::new());
    let cluster = stack.add(
        "c",
        cce::Cluster::builder()
            .name("demo")
            .flavor("cce.s1.small")
            .version(cce::ClusterVersion::V1_15)
            .vpc_id(vpc::VpcId::existing("v"))
            .highway_subnet_id(vpc::SubnetId::existing("s"))
            .build(),
    );
    stack.add(
        "d",
        cce::Deployment::builder()
            .cluster_id(cluster.id())
            .k8s_manifest(rfs_dsl::json!({
                "kind": "Deployment",
                "metadata": {"name": &name, "cluster": cluster.id()}
            }))
            .build(),
    );
    let pairs: BTreeMap<&str, i64> = [("a", 1)].into_iter().collect();
    stack.add(
        "n",
        rfs_dsl::types::aos::Stack::builder()
            .template_id(rfs_dsl::types::aos::TemplateId::existing("t"))
            .inputs(pairs)
            .build(),
    );
    stack.add(
        "m",
        rfs_dsl::types::aos::Stack::builder()
            .template_id(rfs_dsl::types::aos::TemplateId::existing("t"))
            .inputs([("k", "v")])
            .build(),
    );
    let yaml = stack.to_yaml().unwrap();
    for expected in [
        "      k8sManifest:\n        kind: Deployment\n        metadata:\n          name:\n            get_input: name\n          cluster:\n            get_reference: c\n",
        "    - k8sManifest:\n        node: c\n",
        "      inputs:\n        a: 1\n",
        "      inputs:\n        k: v\n",
    ] {
        assert!(yaml.contains(expected), "{expected:?} not in\n{yaml}");
    }
}

#[test]
fn serde_values_a_template_cannot_hold_are_errors_naming_the_property() {
    use rfs_dsl::types::aos;
    let mut stack = Stack::new("t");
    // A map keyed by lists, and a number that is not finite.
    let odd_keys: std::collections::BTreeMap<Vec<i32>, i32> =
        [(vec![1, 2], 3)].into_iter().collect();
    stack.add(
        "keys",
        aos::Stack::builder()
            .template_id(aos::TemplateId::existing("t"))
            .inputs(odd_keys)
            .build(),
    );
    stack.add(
        "nan",
        aos::Stack::builder()
            .template_id(aos::TemplateId::existing("t"))
            .inputs(Ratio { ratio: f64::NAN })
            .build(),
    );
    let found = messages(&stack);
    let errors: Vec<&String> = found.iter().filter(|m| m.starts_with("error")).collect();
    assert_eq!(errors.len(), 2, "{found:?}");
    assert!(
        errors[0].starts_with(
            "error[value-type]: node_templates.keys.properties.inputs.<unsupported key>: a Rust value a template cannot hold"
        ),
        "{found:?}"
    );
    assert!(
        errors[1].starts_with("error[value-type]: node_templates.nan.properties.inputs.ratio:"),
        "{found:?}"
    );
}

/// A struct keeps NaN (`json!` would turn it into null).
#[derive(serde::Serialize)]
struct Ratio {
    ratio: f64,
}

#[test]
fn values_nested_past_the_template_limit_are_refused_not_a_crash() {
    use rfs_dsl::engine::language::MAX_VALUE_DEPTH;
    use rfs_dsl::types::aos;
    use rfs_dsl::types::core::{Map, Value};
    let nest = |levels: usize| {
        let mut v = Value::from("leaf");
        for _ in 0..levels {
            v = Value::List(vec![v]);
        }
        v
    };
    let stack_with = |value: Value| {
        let mut stack = Stack::new("t");
        let inputs: Map = [("deep", value)].into_iter().collect();
        stack.add(
            "s",
            aos::Stack::builder()
                .template_id(aos::TemplateId::existing("t"))
                .inputs(Value::Map(inputs))
                .build(),
        );
        stack
    };
    // At the limit: synthesizes, and lints clean (the template nests 64 levels).
    let fits = stack_with(nest(MAX_VALUE_DEPTH - 1));
    assert!(fits.synth().is_ok(), "{:?}", fits.synth().err());
    // 100,000 levels, through the serde conversion and directly: an error, on a test thread's
    // small stack, and the stack is dropped without overflowing.
    let err = stack_with(nest(100_000)).synth().unwrap_err();
    assert_eq!(
        err.findings.iter().map(show).collect::<Vec<_>>(),
        [format!(
            "error[yaml]: node_templates.s.properties.inputs: the value nests lists and maps deeper than {MAX_VALUE_DEPTH} levels (a template nests at most 64 in all)"
        )]
    );
    let mut direct = Stack::new("t");
    direct.output("deep", nest(100_000));
    assert!(direct.synth().is_err());
}

/// A value outside a documented list never blocks: `unlisted` (the way) and the last resort
/// `from_raw_unchecked` each give a warning naming the property and the list, plus the escape
/// hatch.
#[test]
fn values_outside_a_documented_list_are_warnings_in_rust() {
    use rfs_dsl::types::cce;
    use rfs_dsl::types::core::Val;
    let cluster = |version: Val<cce::ClusterVersion>| {
        let mut stack = Stack::new("t");
        stack.add(
            "c",
            cce::Cluster::builder()
                .name("demo")
                .flavor("cce.s1.small")
                .version(version)
                .vpc_id(vpc::VpcId::existing("v"))
                .highway_subnet_id(vpc::SubnetId::existing("s"))
                .build(),
        );
        messages(&stack)
    };
    for (how, version) in [
        ("unlisted", cce::ClusterVersion::unlisted("v1.28")),
        (
            "Val::from_raw_unchecked",
            Val::<cce::ClusterVersion>::from_raw_unchecked("v1.28"),
        ),
    ] {
        let found = cluster(version);
        assert!(
            found.iter().any(|m| m.starts_with(
                "warning[allowed-value]: node_templates.c.properties.version: 'v1.28' is not an allowed value of 'version' (v1.15, v1.13, v1.11)"
            )),
            "{how}: {found:?}"
        );
        assert!(
            found.iter().all(|m| !m.starts_with("error")),
            "{how}: {found:?}"
        );
        assert!(
            found
                .iter()
                .any(|m| m.starts_with("info[escape-hatch]") && m.contains(how)),
            "{how}: {found:?}"
        );
    }
}

#[test]
fn unlisted_properties_take_what_setters_take() {
    use rfs_dsl::json;
    use rfs_dsl::types::ecs;
    let mut stack = Stack::new("t");
    let sg = stack.add("sg", vpc::SecurityGroup::builder().name("web").build());
    let dns = stack.input("dns", Input::<String>::new().default_value("100.125.1.250"));
    let groups = [
        ecs::SecurityGroup::builder().id(sg.id()).build(),
        ecs::SecurityGroup::builder()
            .id(vpc::SecurityGroupId::existing("sg-1"))
            .build(),
    ];
    stack.add(
        "sub",
        vpc::Subnet::builder()
            .name("a")
            .cidr("10.0.0.0/24")
            .gateway("10.0.0.1")
            .vpc_id(vpc::VpcId::existing("vpc-1"))
            .unlisted_property("primaryDns", &dns)
            .unlisted_property("groups", groups)
            .unlisted_property("pair", ("a", sg.attr().ref_id(), 3))
            .unlisted_property("extra", json!({"k": [1, "two"]}))
            .build(),
    );
    let yaml = stack.to_yaml().unwrap();
    for expected in [
        "primaryDns:\n        get_input: dns\n",
        "groups:\n      - id:\n          get_reference: sg\n      - id: sg-1\n",
        "pair:\n      - a\n      - get_attribute:\n        - sg\n        - refID\n      - 3\n",
        "extra:\n        k:\n        - 1\n        - two\n",
    ] {
        assert!(yaml.contains(expected), "{expected}\n---\n{yaml}");
    }
}

#[test]
fn property_findings_point_at_the_setter_that_set_the_value() {
    let mut stack = Stack::new("t");
    let add_line = line!() + 1;
    stack.add(
        "net",
        vpc::Vpc::builder()
            .cidr("10.0.0.0/8")
            .name("n".repeat(65))
            .unlisted_property("primaryDns", 5)
            .build(),
    );
    let (name_line, dns_line) = (add_line + 4, add_line + 5);
    let output_line = line!() + 1;
    stack.output(
        "bad",
        rfs_dsl::types::core::Ref::<vpc::Vpc>::new("elsewhere").id(),
    );
    let findings = stack.synth().unwrap_err().findings;
    let at = |path: &str| {
        let f = findings.iter().find(|f| f.path.ends_with(path));
        f.and_then(|f| f.caller).map(|c| (c.file(), c.line()))
    };
    let file = file!();
    assert_eq!(
        at("properties.name"),
        Some((file, name_line)),
        "{findings:?}"
    );
    assert_eq!(
        at("properties.primaryDns"),
        Some((file, dns_line)),
        "{findings:?}"
    );
    // Findings about items that are not properties point at the call that made the item.
    assert_eq!(
        at("bad.value.get_reference"),
        Some((file, output_line)),
        "{findings:?}"
    );
}
