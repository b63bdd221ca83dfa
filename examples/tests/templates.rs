//! Every example synthesizes without errors or warnings, its YAML is pinned by a snapshot, and
//! the committed templates in `examples/templates/` are what the stacks produce.

use std::collections::BTreeSet;

use rfs_dsl::Severity;

#[test]
fn every_example_synthesizes_to_its_snapshot_without_warnings() {
    for stack in examples::all() {
        let synth = stack.synth().unwrap_or_else(|e| panic!("{e}"));
        let warnings: Vec<String> = synth
            .findings
            .iter()
            .filter(|f| f.severity != Severity::Info)
            .map(ToString::to_string)
            .collect();
        assert_eq!(warnings, Vec::<String>::new(), "{}", stack.name());
        insta::assert_snapshot!(stack.name().to_owned(), synth.yaml);
    }
}

#[test]
fn output_is_byte_identical_across_runs() {
    let a: Vec<String> = examples::all()
        .iter()
        .map(|s| s.to_yaml().unwrap())
        .collect();
    let b: Vec<String> = examples::all()
        .iter()
        .map(|s| s.to_yaml().unwrap())
        .collect();
    assert_eq!(a, b);
}

#[test]
fn the_examples_cover_the_promised_services() {
    let mut types = BTreeSet::new();
    for stack in examples::all() {
        let yaml = stack.to_yaml().unwrap();
        for line in yaml.lines() {
            if let Some(t) = line.trim().strip_prefix("type: HuaweiCloud.") {
                types.insert(t.to_owned());
            }
        }
    }
    assert!(examples::all().len() >= 8);
    assert!(types.len() >= 15, "{types:?}");
    for service in [
        "VPC.",
        "ECS.",
        "EVS.",
        "ULB.",
        "CCE.",
        "RDS.",
        "FGS.",
        "OBS.",
        "CDN.",
        "AOS.Stack",
    ] {
        assert!(
            types.iter().any(|t| t.starts_with(service)),
            "no {service} element in {types:?}"
        );
    }
}

#[test]
fn the_committed_templates_are_current() {
    // The check mode of `rfs_dsl::build` (`cargo run -p examples -- --check examples/templates`):
    // a stale template fails with what changed.
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("templates");
    if let Err(e) = rfs_dsl::build::check_all(&examples::all(), &dir) {
        panic!("{e}run `cargo run -p examples -- examples/templates` to write them again");
    }
}

#[test]
fn every_example_lints_with_zero_errors_and_zero_warnings() {
    for stack in examples::all() {
        let yaml = stack.to_yaml().unwrap();
        // Inferred properties are listed as infos, like escape hatches; nothing else.
        let findings: Vec<String> = rfs_cli::lint::lint(&yaml, rfs_cli::lint::catalog())
            .iter()
            .filter(|f| f.rule.id != "inferred-property")
            .map(|f| format!("{}:{}: {} {}", stack.name(), f.pos, f.rule.id, f.message))
            .collect();
        assert_eq!(findings, Vec::<String>::new());
    }
}

#[test]
fn the_load_balanced_stack_holds_what_it_promises() {
    use rfs_dsl::testing::Template;
    use rfs_dsl::types::{ecs, ulb};
    let t = Template::from_stack(&examples::stacks::load_balanced::stack());
    t.resource_count_is::<ecs::CloudServer>(2);
    t.resource_count_is::<ulb::Member>(2);
    t.has_resource_properties::<ulb::Listener>(rfs_dsl::json!({"protocol": "HTTP", "port": 80}));
    t.has_resource_properties::<ulb::LoadBalancer>(rfs_dsl::json!({
        "subnetId": {"get_attribute": ["app-subnet", "neutron_subnet_id"]}
    }));
    t.has_requirement("app-pool", "listenerId", "app-listener");
    t.has_output(
        "address",
        rfs_dsl::json!({"get_attribute": ["app-lb", "vip_address"]}),
    );
    t.has_no_warnings();
}
