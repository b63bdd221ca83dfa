//! The stack `names-std-and-dsl-items`, imported from `names-std-and-dsl-items.yaml` by `rfs import`.
//!
//! Escape hatches: 0. The template had 8 lint warning(s); `rfs lint` lists them, and `Stack::synth` reports the same.

use rfs_dsl::types::{cce, vpc};
use rfs_dsl::func::{cond_not, pseudo};
use rfs_dsl::{Input, Mapping, Stack, json, to_value};

/// Builds the stack.
pub fn stack() -> Stack {
    let mut stack = Stack::new("names-std-and-dsl-items");
    let string = stack.input("String", Input::<String>::new().default_value("10.0.0.0/16"));
    let vec = stack.input("Vec", Input::<String>::new().default_value("10.1.0.0/16"));
    let json_input = stack.input("json", Input::<String>::new().default_value("10.2.0.0/16"));
    let to_value_input = stack.input(
        "to_value",
        Input::<String>::new().default_value("10.3.0.0/16"),
    );
    let some = stack.input("Some", Input::<bool>::new().default_value(true));
    let option = stack.mapping("Option", Mapping::new().entry("None", "Some", "10.4.0.0/16"));
    let stack_map = stack.mapping("stack", Mapping::new().entry("Ok", "Err", "10.5.0.0/16"));
    let none = stack.condition("None", some.clone());
    let value = stack.condition("Value", cond_not(some.clone()));
    let stack_node = stack.add("stack", vpc::Vpc::builder().name("a").cidr(&string).build());
    stack.set_condition(&stack_node, &none);
    let vpc_node = stack.add("vpc", vpc::Vpc::builder().name("b").cidr(&vec).build());
    stack.set_condition(&vpc_node, &value);
    let cce_node = stack.add("cce", vpc::Vpc::builder().name("c").cidr(&json_input).build());
    let json_node = stack.add("json", vpc::Vpc::builder().name("d").cidr(&to_value_input).build());
    let input = stack.add(
        "Input",
        vpc::Vpc::builder().name("e").cidr(option.get_string("None", "Some")).build(),
    );
    let stack_node_2 = stack.add(
        "Stack",
        vpc::Vpc::builder().name("f").cidr(stack_map.get_string("Ok", "Err")).build(),
    );
    let pseudo_node = stack.add(
        "pseudo",
        vpc::Vpc::builder().name(pseudo::stack_name()).cidr("10.6.0.0/16").build(),
    );
    let main_node = stack.add(
        "main",
        vpc::Vpc::builder().name(pseudo::region()).cidr("10.7.0.0/16").build(),
    );
    let mut_node = stack.add(
        "mut",
        cce::ConfigMap::builder()
            .namespace(vpc_node.attr().ref_name())
            .data(json!({
                "vec": stack_node.id(),
                "string": json_node.attr().ref_name(),
                "value": input.id(),
            }))
            .build(),
    );
    // the template leaves out the requirement(s) namespace -> vpc, data -> stack, data -> json, data -> Input that rfs derives from the properties
    stack.only_explicit_requirements(&mut_node);
    let map = stack.add(
        "Map",
        vpc::Subnet::builder()
            .name("g")
            .cidr("10.0.1.0/24")
            .gateway("10.0.1.1")
            .vpc_id(cce_node.id())
            .build(),
    );
    // the template leaves out the requirement(s) vpcId -> cce that rfs derives from the properties
    stack.only_explicit_requirements(&map);
    stack.output("std", to_value(&json!([stack_node_2.id(), pseudo_node.id(), main_node.id()])));
    stack.output("core", map.attr().ref_id());
    stack.output("Box", mut_node.attr().ref_name());
    stack
}
