//! The stack `unmodelled-metadata-dangling-references`, imported from `unmodelled-metadata-dangling-references.yaml` by `rfs import`.
//!
//! Escape hatches: 0. The template had 1 lint warning(s); `rfs lint` lists them, and `Stack::synth` reports the same.

use rfs_dsl::types::vpc;
use rfs_dsl::{Stack, json};

/// Builds the stack.
pub fn stack() -> Stack {
    let mut stack = Stack::new("unmodelled-metadata-dangling-references");
    let net = stack.add("net", vpc::Vpc::builder().name("net").cidr("10.0.0.0/8").build());
    stack.metadata(
        &net,
        json!({
            "peer": {"get_reference": "ghost"},
            "peer-name": {"get_attribute": ["phantom", "refName"]},
            "owner": {"get_input": "nobody"},
            "zone": {"get_in_map": ["no-map", "a", "b"]},
            "joined": {"join": [",", ["a", "b"]]},
        }),
    );
    stack
}
