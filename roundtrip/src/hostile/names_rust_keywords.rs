//! The stack `names-rust-keywords`, imported from `names-rust-keywords.yaml` by `rfs import`.
//!
//! Escape hatches: 2. The template had 9 lint warning(s); `rfs lint` lists them, and `Stack::synth` reports the same.

use rfs_dsl::types::vpc;
use rfs_dsl::func::cond_not;
use rfs_dsl::{Input, Mapping, Stack};

/// Builds the stack.
pub fn stack() -> Stack {
    let mut stack = Stack::new("names-rust-keywords");
    let self_input = stack.input("self", Input::<String>::new().default_value("10.0.0.0/8"));
    let self_input_2 = stack.input("Self", Input::<String>::new().default_value("self-name"));
    let r_type = stack.input("r#type", Input::<String>::new().default_value("10.1.0.0/24"));
    let input = stack.input("_", Input::<String>::new().default_value("10.1.0.1"));
    let async_input = stack.input("async", Input::<bool>::new().default_value(true));
    let crate_map = stack.mapping("crate", Mapping::new().entry("super", "fn", "10.2.0.0/24"));
    let impl_cond = stack.condition("impl", async_input.clone());
    let dyn_cond = stack.condition("dyn", cond_not(async_input.clone()));
    let self_node = stack.add(
        "self",
        vpc::Vpc::builder().name(&self_input_2).cidr(&self_input).build(),
    );
    let self_node_2 = stack.add(
        "Self",
        vpc::Subnet::builder()
            .name("Self")
            .cidr(&r_type)
            .gateway(&input)
            .vpc_id(self_node.id())
            .build(),
    );
    // the template leaves out the requirement(s) vpcId -> self that rfs derives from the properties
    stack.only_explicit_requirements(&self_node_2);
    stack.set_condition(&self_node_2, &impl_cond);
    let super_node = stack.add(
        "super",
        vpc::Subnet::builder()
            .name("super")
            .cidr(crate_map.get_string("super", "fn"))
            .gateway("10.2.0.1")
            .vpc_id(self_node.id())
            .build(),
    );
    // the template leaves out the requirement(s) vpcId -> self that rfs derives from the properties
    stack.only_explicit_requirements(&super_node);
    stack.set_condition(&super_node, &dyn_cond);
    // escape hatch: attribute 'refName' is not in the spec of VPC.Subnet
    // escape hatch: the template fills 'name', which takes text, with a value of unknown type: `cast_unchecked`
    let node = stack.add(
        "_",
        vpc::Vpc::builder()
            .name(self_node_2.attr().unlisted("refName").cast_unchecked::<String>())
            .cidr("192.168.0.0/16")
            .build(),
    );
    // the template leaves out the requirement(s) name -> Self that rfs derives from the properties
    stack.only_explicit_requirements(&node);
    let r_fn = stack.add(
        "r#fn",
        vpc::Vpc::builder().name(node.attr().ref_name()).cidr("172.16.0.0/12").build(),
    );
    // the template leaves out the requirement(s) name -> _ that rfs derives from the properties
    stack.only_explicit_requirements(&r_fn);
    let loop_node = stack.add(
        "loop",
        vpc::Vpc::builder().name(r_fn.attr().ref_name()).cidr("172.17.0.0/16").build(),
    );
    // the template leaves out the requirement(s) name -> r#fn that rfs derives from the properties
    stack.only_explicit_requirements(&loop_node);
    let macro_rules = stack.add(
        "macro_rules",
        vpc::Vpc::builder().name(loop_node.attr().ref_name()).cidr("172.18.0.0/16").build(),
    );
    // the template leaves out the requirement(s) name -> loop that rfs derives from the properties
    stack.only_explicit_requirements(&macro_rules);
    let union_node = stack.add(
        "union",
        vpc::Vpc::builder().name(macro_rules.attr().ref_name()).cidr("172.19.0.0/16").build(),
    );
    // the template leaves out the requirement(s) name -> macro_rules that rfs derives from the properties
    stack.only_explicit_requirements(&union_node);
    let static_node = stack.add(
        "'static",
        vpc::Vpc::builder().name(union_node.attr().ref_name()).cidr("172.20.0.0/16").build(),
    );
    // the template leaves out the requirement(s) name -> union that rfs derives from the properties
    stack.only_explicit_requirements(&static_node);
    stack.output("crate", self_node.id());
    stack.output("mod", super_node.id());
    stack.output("extern", static_node.id());
    stack.output("let", node.id());
    stack
}
