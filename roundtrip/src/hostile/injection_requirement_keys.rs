//! The stack `injection-requirement-keys`, imported from `injection-requirement-keys.yaml` by `rfs import`.
//!
//! Escape hatches: 0.

use rfs_dsl::types::vpc;
use rfs_dsl::{Requirement, Stack};

/// Builds the stack.
pub fn stack() -> Stack {
    let mut stack = Stack::new("injection-requirement-keys");
    let base = stack.add("base", vpc::Vpc::builder().name("base").cidr("10.0.0.0/8").build());
    let other = stack.add("other", vpc::Vpc::builder().name("other").cidr("172.16.0.0/12").build());
    let sub = stack.add(
        "sub",
        vpc::Subnet::builder()
            .name("sub")
            .cidr("10.0.1.0/24")
            .gateway("10.0.1.1")
            .vpc_id(base.id())
            .build(),
    );
    stack.require(
        &sub,
        Requirement::new("vpcId", &base).relationship(
            "HuaweiCloud.Relationships.ContainedIn\"); std::process::exit(3); (\"",
        ),
    );
    stack.require(&sub, Requirement::new("dependency\"); //", &other));
    stack.require(
        &sub,
        Requirement::new("*/ r#\"x\"# /*", &other).relationship("*/\n// forged\n/*"),
    );
    stack.require(&sub, Requirement::new("dependency ", &base));
    stack
}
