//! The stack `yaml-bom-crlf`, imported from `yaml-bom-crlf.yaml` by `rfs import`.
//!
//! Escape hatches: 0.

use rfs_dsl::types::{cce, vpc};
use rfs_dsl::{Input, Stack, json};

/// Builds the stack.
pub fn stack() -> Stack {
    let mut stack = Stack::new("yaml-bom-crlf").description(
        "a quoted description continued on a second line",
    );
    let script = stack.input(
        "script",
        Input::<String>::new().default_value("line one\nline two\n").description("folded text"),
    );
    stack.add("net", vpc::Vpc::builder().name("net").cidr("10.0.0.0/8\r").build());
    stack.add(
        "cm",
        cce::ConfigMap::builder()
            .data(json!({
                "script": &script,
                "plain": "a plain scalar continued",
                "explicit-crlf": "a\r\nb",
            }))
            .build(),
    );
    stack
}
