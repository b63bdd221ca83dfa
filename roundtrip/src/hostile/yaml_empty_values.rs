//! The stack `yaml-empty-values`, imported from `yaml-empty-values.yaml` by `rfs import`.
//!
//! Escape hatches: 0.

use rfs_dsl::types::{cce, vpc};
use rfs_dsl::{Input, Stack, json, to_value};

/// Builds the stack.
pub fn stack() -> Stack {
    let mut stack = Stack::new("yaml-empty-values").description("");
    let blank = stack.input(
        "blank",
        Input::<String>::new().default_value("").description("").label(""),
    );
    stack.add("net", vpc::Vpc::builder().name("").cidr(&blank).build());
    stack.add(
        "cm",
        cce::ConfigMap::builder()
            .data(json!({
                "empty-string": "",
                "null-value": null,
                "bare-null": null,
                "empty-list": [],
                "empty-map": {},
                "nested": {"a": [], "b": {"c": {}}, "d": [[], {}, "", null]},
            }))
            .build(),
    );
    stack.output("empty", "");
    stack.output("nothing", to_value(&json!([]))).description("");
    stack
}
