//! The stack `names-case-and-digits`, imported from `names-case-and-digits.yaml` by `rfs import`.
//!
//! Escape hatches: 0. The template had 5 lint warning(s); `rfs lint` lists them, and `Stack::synth` reports the same.

use rfs_dsl::types::vpc;
use rfs_dsl::func::cond_eq;
use rfs_dsl::{Input, Mapping, Stack, json, to_value};

/// Builds the stack.
pub fn stack() -> Stack {
    let mut stack = Stack::new("names-case-and-digits");
    let net = stack.input("net", Input::<String>::new().default_value("10.0.0.0/16"));
    let net_2 = stack.input("NET", Input::<String>::new().default_value("10.1.0.0/16"));
    let net_3 = stack.input("Net", Input::<String>::new().default_value("10.2.0.0/16"));
    let input_9lives = stack.input("9lives", Input::<String>::new().default_value("10.3.0.0/16"));
    let m = stack.mapping("m", Mapping::new().entry("k", "v", "10.4.0.0/16"));
    let m_2 = stack.mapping("M", Mapping::new().entry("K", "V", "10.5.0.0/16"));
    let map_2m = stack.mapping("2m", Mapping::new().entry("3k", "4v", "10.6.0.0/16"));
    let c = stack.condition("c", cond_eq::<String>(&net, "x"));
    let c_2 = stack.condition("C", cond_eq::<String>(&net_2, "x"));
    let cond_1c = stack.condition("1c", cond_eq::<String>(&net_3, "x"));
    let vpc_node = stack.add("vpc", vpc::Vpc::builder().name("a").cidr(&net).build());
    stack.set_condition(&vpc_node, &c);
    let vpc_node_2 = stack.add("VPC", vpc::Vpc::builder().name("b").cidr(&net_2).build());
    stack.set_condition(&vpc_node_2, &c_2);
    let vpc_node_3 = stack.add("Vpc", vpc::Vpc::builder().name("c").cidr(&net_3).build());
    stack.set_condition(&vpc_node_3, &cond_1c);
    let node_1vpc = stack.add("1vpc", vpc::Vpc::builder().name("d").cidr(&input_9lives).build());
    let node_1 = stack.add("1", vpc::Vpc::builder().name("e").cidr(m.get_string("k", "v")).build());
    let node_0 = stack.add(
        "0",
        vpc::Vpc::builder().name("f").cidr(m_2.get_string("K", "V")).build(),
    );
    let node_007 = stack.add(
        "007",
        vpc::Vpc::builder().name("g").cidr(map_2m.get_string("3k", "4v")).build(),
    );
    let node_42 = stack.add("42", vpc::Vpc::builder().name("i").cidr("10.42.0.0/16").build());
    let node_123_456 = stack.add(
        "123-456",
        vpc::Subnet::builder()
            .name("h")
            .cidr("10.0.1.0/24")
            .gateway("10.0.1.1")
            .vpc_id(node_1.id())
            .build(),
    );
    // the template leaves out the requirement(s) vpcId -> 1 that rfs derives from the properties
    stack.only_explicit_requirements(&node_123_456);
    stack.output("1", vpc_node.id());
    stack.output("01", vpc_node_2.id());
    stack.output("1e3", vpc_node_3.id());
    stack.output("0x1", node_1vpc.id());
    stack.output(
        "a",
        to_value(&json!([node_0.id(), node_007.id(), node_123_456.id(), node_42.id()])),
    );
    stack
}
