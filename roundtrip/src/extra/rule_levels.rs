//! The stack `rule-levels`, imported from `rule-levels.yaml` by `rfs import`.
//!
//! Escape hatches: 1.

use rfs_dsl::types::vpc;
use rfs_dsl::{Input, Stack};

/// Builds the stack.
pub fn stack() -> Stack {
    let mut stack = Stack::new("rule-levels").description(
        "A template's own rule levels; whole-file ones become Stack::allow, line and path ones Stack::allow_at.",
    );
    stack.allow(rfs_dsl::engine::rules::INPUT_NAME, "the console's form names inputs in camelCase");
    stack.allow_at(
        rfs_dsl::engine::rules::ELEMENT_NAME,
        "node_templates.webNet",
        "named before the rule was known",
    );
    stack.allow_at(rfs_dsl::engine::rules::UNUSED_INPUT, "inputs.spare", "read by a later release");
    stack.allow_at(
        rfs_dsl::engine::rules::UNKNOWN_PROPERTY,
        "node_templates.webNet.properties.enterpriseProjectId",
        "the console sets it; not on the element's page",
    );
    let vpc_name = stack.input("vpcName", Input::<String>::new().default_value("web"));
    stack.input("spare", Input::<String>::new().default_value("x"));
    // escape hatch: 'enterpriseProjectId' is not in the spec of VPC.VPC
    stack.add(
        "webNet",
        vpc::Vpc::builder()
            .name(&vpc_name)
            .cidr("10.0.0.0/8")
            .unlisted_property("enterpriseProjectId", "0")
            .build(),
    );
    stack
}
