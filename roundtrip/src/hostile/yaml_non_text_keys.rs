//! The stack `yaml-non-text-keys`, imported from `yaml-non-text-keys.yaml` by `rfs import`.
//!
//! Escape hatches: 0. The template had 8 lint warning(s); `rfs lint` lists them, and `Stack::synth` reports the same.

use rfs_dsl::types::cce;
use rfs_dsl::{Stack, json, to_value};

/// Builds the stack.
pub fn stack() -> Stack {
    let mut stack = Stack::new("yaml-non-text-keys");
    stack.add(
        "cm",
        cce::ConfigMap::builder()
            .data(json!({
                "80": "http",
                "443": "https",
                "0x51": "eighty-one-in-hex",
                "1.5": "one-and-a-half",
                "true": "boolean-key",
                "~": "null-key",
            }))
            .build(),
    );
    stack.output("ports", to_value(&json!({"22": "ssh", "false": "off-key"})));
    stack
}
