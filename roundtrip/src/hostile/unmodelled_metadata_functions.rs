//! The stack `unmodelled-metadata-functions`, imported from `unmodelled-metadata-functions.yaml` by `rfs import`.
//!
//! Escape hatches: 0. The template had 3 lint warning(s); `rfs lint` lists them, and `Stack::synth` reports the same.

use rfs_dsl::types::vpc;
use rfs_dsl::{Input, Stack, json};

/// Builds the stack.
pub fn stack() -> Stack {
    let mut stack = Stack::new("unmodelled-metadata-functions");
    stack.input("owner", Input::<String>::new().default_value("team-a"));
    let first = stack.add("first", vpc::Vpc::builder().name("first").cidr("10.0.0.0/8").build());
    stack.metadata(
        &first,
        json!({
            "owner": {"get_input": "owner"},
            "peer": {"get_reference": "last"},
            "peer-name": {"get_attribute": ["last", "refName"]},
            "label": {"concat": ["vpc-", {"get_input": "owner"}]},
            "layout": {"x": 10, "y": 20, "tags": ["a", {"b": ["c", {"d": "e"}]}]},
        }),
    );
    let last = stack.add("last", vpc::Vpc::builder().name("last").cidr("172.16.0.0/12").build());
    stack.metadata(&last, json!({}));
    stack
}
