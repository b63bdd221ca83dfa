//! The stack `official-style-inputs`, imported from `official-style-inputs.yaml` by `rfs import`.
//!
//! Escape hatches: 0.

use rfs_dsl::types::vpc;
use rfs_dsl::func::{concat, cond_is_empty, cond_not, pseudo};
use rfs_dsl::{Input, Stack};

/// Builds the stack.
pub fn stack() -> Stack {
    let mut stack = Stack::new("official-style-inputs").description(
        "Inputs as official samples write them (no type), an optional id, and concat in properties.",
    );
    let vpc_id = stack.input(
        "vpc-id",
        Input::<vpc::VpcId>::new().undeclared().description("an existing VPC, no type declared"),
    );
    let subnet_name = stack.untyped_input("subnet-name", Input::untyped().default_value("web"));
    let eip = stack.input("eip", Input::<vpc::EipId>::new().optional());
    let tier = stack.untyped_input("tier", Input::untyped().default_value("app"));
    let eip_given = stack.condition("eip-given", cond_not(cond_is_empty(&eip)));
    let subnet = stack.add(
        "subnet",
        vpc::Subnet::builder()
            .name(concat((subnet_name.clone(), "-", tier.clone(), "-", pseudo::stack_name())))
            .cidr("10.0.0.0/24")
            .gateway("10.0.0.1")
            .vpc_id(&vpc_id)
            .build(),
    );
    let net = stack.add(
        "net",
        vpc::Vpc::builder().name(concat((tier.clone(), "-net"))).cidr("10.0.0.0/8").build(),
    );
    stack.set_condition(&net, &eip_given);
    stack.output("subnet", concat(("subnet ", subnet.attr().ref_id())));
    stack
}
