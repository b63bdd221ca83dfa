//! `rfs_dsl::testing`: assertions that pass on what a stack holds and fail showing it.

use rfs_dsl::testing::Template;
use rfs_dsl::types::vpc;
use rfs_dsl::{Stack, json};

fn stack() -> Stack {
    let mut s = Stack::new("t");
    let net = s.add(
        "net",
        vpc::Vpc::builder().name("web").cidr("10.0.0.0/16").build(),
    );
    s.add(
        "sub",
        vpc::Subnet::builder()
            .name("web")
            .cidr("10.0.1.0/24")
            .gateway("10.0.1.1")
            .dns_list(["100.125.1.250"])
            .vpc_id(net.id())
            .build(),
    );
    s.output("net", net.attr().ref_id());
    s
}

#[test]
fn assertions_pass_on_what_the_stack_holds() {
    let t = Template::from_stack(&stack());
    t.resource_count_is::<vpc::Vpc>(1);
    t.resource_count_is::<vpc::Eip>(0);
    t.has_resource_properties::<vpc::Subnet>(json!({"dnsList": ["100.125.1.250"]}));
    t.has_output("net", json!({"get_attribute": ["net", "refID"]}));
    t.has_output("net", json!(null));
    t.has_requirement("sub", "vpcId", "net");
    t.has_no_warnings();
    assert!(t.yaml().contains("node_templates:"));
}

#[test]
#[should_panic(expected = "there are:\nsub: {")]
fn a_property_mismatch_shows_the_elements_there() {
    Template::from_stack(&stack())
        .has_resource_properties::<vpc::Subnet>(json!({"cidr": "10.9.0.0/24"}));
}

#[test]
#[should_panic(expected = "no HuaweiCloud.VPC.Subnet element has properties holding")]
fn lists_match_item_by_item() {
    // One item more than the template holds: not a match.
    Template::from_stack(&stack())
        .has_resource_properties::<vpc::Subnet>(json!({"dnsList": ["100.125.1.250", "x"]}));
}

#[test]
#[should_panic(expected = "expected 2 element(s) of type HuaweiCloud.VPC.VPC, found 1: [\"net\"]")]
fn a_wrong_count_names_what_was_found() {
    Template::from_stack(&stack()).resource_count_is::<vpc::Vpc>(2);
}

#[test]
#[should_panic(expected = "no output 'ip'; outputs: [\"net\"]")]
fn a_missing_output_lists_the_outputs() {
    Template::from_stack(&stack()).has_output("ip", json!(null));
}

#[test]
#[should_panic(expected = "'sub' has no requirement dependency -> net")]
fn a_missing_requirement_shows_the_requirements() {
    Template::from_stack(&stack()).has_requirement("sub", "dependency", "net");
}
