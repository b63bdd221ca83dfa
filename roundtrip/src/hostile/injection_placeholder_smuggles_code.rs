//! The stack `injection-placeholder-smuggles-code`, imported from `injection-placeholder-smuggles-code.yaml` by `rfs import`.
//!
//! Escape hatches: 0.

use rfs_dsl::types::cce;
use rfs_dsl::{Stack, json};

/// Builds the stack.
pub fn stack() -> Stack {
    let mut stack = Stack::new("injection-placeholder-smuggles-code");
    stack.add(
        "cm",
        cce::ConfigMap::builder()
            .namespace("json!(__rfs_json_0)")
            .data(json!({
                ").build()); std::process::exit(7); let _ = (cce::ConfigMap::builder().namespace(": 1,
            }))
            .build(),
    );
    stack
}
