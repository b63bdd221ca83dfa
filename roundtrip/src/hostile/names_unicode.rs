//! The stack `names-unicode`, imported from `names-unicode.yaml` by `rfs import`.
//!
//! Escape hatches: 0. The template had 14 lint warning(s); `rfs lint` lists them, and `Stack::synth` reports the same.

use rfs_dsl::types::vpc;
use rfs_dsl::{Input, Stack, json, to_value};

/// Builds the stack.
pub fn stack() -> Stack {
    let mut stack = Stack::new("names-unicode");
    let input = stack.input("网段", Input::<String>::new().default_value("10.0.0.0/16"));
    let input_2 = stack.input("сеть", Input::<String>::new().default_value("10.1.0.0/16"));
    let caf = stack.input("café", Input::<String>::new().default_value("10.2.0.0/16"));
    let cafe = stack.input("cafe\u{301}", Input::<String>::new().default_value("10.3.0.0/16"));
    let vpc_node = stack.add("vpc", vpc::Vpc::builder().name("latin").cidr(&input).build());
    let v = stack.add("vрс", vpc::Vpc::builder().name("cyrillic").cidr(&input_2).build());
    let node = stack.add("网络", vpc::Vpc::builder().name("han1").cidr(&caf).build());
    let node_2 = stack.add("网关", vpc::Vpc::builder().name("han2").cidr(&cafe).build());
    let node_3 = stack.add("ΔΣ", vpc::Vpc::builder().name("greek").cidr("10.4.0.0/16").build());
    let le = stack.add("ﬁle", vpc::Vpc::builder().name("ligature").cidr("10.5.0.0/16").build());
    let file = stack.add(
        "file",
        vpc::Vpc::builder().name(le.attr().ref_name()).cidr("10.6.0.0/16").build(),
    );
    // the template leaves out the requirement(s) name -> ﬁle that rfs derives from the properties
    stack.only_explicit_requirements(&file);
    let node_4 = stack.add(
        "Ǆ-ǅ-ǆ",
        vpc::Vpc::builder().name("titlecase").cidr("10.7.0.0/16").build(),
    );
    let node_5 = stack.add(
        "١٢٣",
        vpc::Vpc::builder().name("arabic-digits").cidr("10.8.0.0/16").build(),
    );
    let node_6 = stack.add(
        "😀",
        vpc::Subnet::builder()
            .name("emoji")
            .cidr("10.8.1.0/24")
            .gateway("10.8.1.1")
            .vpc_id(node_5.id())
            .build(),
    );
    // the template leaves out the requirement(s) vpcId -> ١٢٣ that rfs derives from the properties
    stack.only_explicit_requirements(&node_6);
    stack.output("网络", to_value(&json!([vpc_node.id(), v.id(), node.id(), node_2.id()])));
    stack.output("ΔΣ", to_value(&json!([node_3.id(), le.id(), node_4.id(), node_6.id()])));
    stack
}
