//! The stack `unmodelled-requirement-keys`, imported from `unmodelled-requirement-keys.yaml` by `rfs import`.
//!
//! Escape hatches: 0.

use rfs_dsl::types::vpc;
use rfs_dsl::{Requirement, Stack};

/// Builds the stack.
pub fn stack() -> Stack {
    let mut stack = Stack::new("unmodelled-requirement-keys");
    let net = stack.add("net", vpc::Vpc::builder().name("net").cidr("10.0.0.0/8").build());
    let net_2 = stack.add("net-2", vpc::Vpc::builder().name("net-2").cidr("172.16.0.0/12").build());
    let net_3 = stack.add(
        "net-3",
        vpc::Vpc::builder().name("net-3").cidr("192.168.0.0/16").build(),
    );
    let sub = stack.add(
        "sub",
        vpc::Subnet::builder()
            .name("sub")
            .cidr("10.0.1.0/24")
            .gateway("10.0.1.1")
            .vpc_id(net.id())
            .build(),
    );
    // the template leaves out the requirement(s) vpcId -> net that rfs derives from the properties
    stack.only_explicit_requirements(&sub);
    stack.require(&sub, Requirement::new("vpcId", &net_2));
    stack.depends_on(&sub, &net_3);
    stack.require(&sub, Requirement::new("name", &net));
    stack.require(
        &sub,
        Requirement::new("made-up-key", &net_2).relationship(
            "HuaweiCloud.Relationships.PackageConsistsOf",
        ),
    );
    stack.depends_on(&sub, &net_3);
    stack
}
