//! The stack `names-snake-case-collisions`, imported from `names-snake-case-collisions.yaml` by `rfs import`.
//!
//! Escape hatches: 0. The template had 12 lint warning(s); `rfs lint` lists them, and `Stack::synth` reports the same.

use rfs_dsl::types::vpc;
use rfs_dsl::func::cond_eq;
use rfs_dsl::{Input, Mapping, Stack, json, to_value};

/// Builds the stack.
pub fn stack() -> Stack {
    let mut stack = Stack::new("names-snake-case-collisions");
    let web_vpc = stack.input("web-vpc", Input::<String>::new().default_value("10.0.0.0/16"));
    let web_vpc_2 = stack.input("web_vpc", Input::<String>::new().default_value("10.1.0.0/16"));
    let web_vpc_3 = stack.input("webVpc", Input::<String>::new().default_value("10.2.0.0/16"));
    let web_vpc_input = stack.input(
        "web_vpc_input",
        Input::<String>::new().default_value("10.3.0.0/16"),
    );
    let web_vpc_4 = stack.mapping("WebVpc", Mapping::new().entry("a", "b", "10.4.0.0/16"));
    let web_vpc_map = stack.mapping("web-vpc-map", Mapping::new().entry("a", "b", "10.5.0.0/16"));
    let web_vpc_5 = stack.condition("WEB-VPC", cond_eq::<String>(&web_vpc, "10.0.0.0/16"));
    let web_vpc_cond = stack.condition(
        "web-vpc-cond",
        cond_eq::<String>(&web_vpc_2, "10.1.0.0/16"),
    );
    let web_vpc_6 = stack.add("web-vpc", vpc::Vpc::builder().name("a").cidr(&web_vpc).build());
    stack.set_condition(&web_vpc_6, &web_vpc_5);
    let web_vpc_7 = stack.add("web_vpc", vpc::Vpc::builder().name("b").cidr(&web_vpc_2).build());
    stack.set_condition(&web_vpc_7, &web_vpc_cond);
    let web_vpc_8 = stack.add("webVpc", vpc::Vpc::builder().name("c").cidr(&web_vpc_3).build());
    let web_vpc_9 = stack.add("WebVpc", vpc::Vpc::builder().name("d").cidr(&web_vpc_input).build());
    let web_vpc_10 = stack.add(
        "WEB_VPC",
        vpc::Vpc::builder().name("e").cidr(web_vpc_4.get_string("a", "b")).build(),
    );
    let web_vpc_11 = stack.add(
        "web--vpc",
        vpc::Vpc::builder().name("f").cidr(web_vpc_map.get_string("a", "b")).build(),
    );
    let web_vpc_12 = stack.add(
        "web.vpc",
        vpc::Vpc::builder().name("g").cidr("10.6.0.0/16").build(),
    );
    let web_vpc_13 = stack.add(
        "web vpc",
        vpc::Vpc::builder().name("h").cidr("10.7.0.0/16").build(),
    );
    let web_vpc_node = stack.add(
        "web_vpc_node",
        vpc::Vpc::builder().name("i").cidr("10.8.0.0/16").build(),
    );
    let web_vpc_node_2 = stack.add(
        "web_vpc_node_2",
        vpc::Vpc::builder().name("j").cidr("10.9.0.0/16").build(),
    );
    let w_eb_vp_c = stack.add("wEbVpC", vpc::Vpc::builder().name("k").cidr("10.10.0.0/16").build());
    stack.output(
        "o1",
        to_value(&json!([web_vpc_6.id(), web_vpc_7.id(), web_vpc_8.id(), web_vpc_9.id()])),
    );
    stack.output(
        "o2",
        to_value(&json!([web_vpc_10.id(), web_vpc_11.id(), web_vpc_12.id(), web_vpc_13.id()])),
    );
    stack.output("o3", to_value(&json!([web_vpc_node.id(), web_vpc_node_2.id(), w_eb_vp_c.id()])));
    stack
}
