//! The stack `rule-levels`, imported from `rule-levels.yaml` by `rfs import`.
//!
//! Escape hatches: 0.

use rfs_dsl::types::vpc;
use rfs_dsl::{Input, Stack};

/// Builds the stack.
pub fn stack() -> Stack {
    let mut stack = Stack::new("rule-levels").description(
        "A template's own rule levels; the whole-file ones become Stack::allow.",
    );
    stack.allow(rfs_dsl::engine::rules::INPUT_NAME, "the console's form names inputs in camelCase");
    // not written: the template's `# rfs: allow(unused-input) -- read by a later release` (line 8) sets a level for one line or path; a stack sets levels for all of it
    let vpc_name = stack.input("vpcName", Input::<String>::new().default_value("web"));
    stack.input("spare", Input::<String>::new().default_value("x"));
    stack.add("net", vpc::Vpc::builder().name(&vpc_name).cidr("10.0.0.0/8").build());
    stack
}
