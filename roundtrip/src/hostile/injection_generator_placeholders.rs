//! The stack `injection-generator-placeholders`, imported from `injection-generator-placeholders.yaml` by `rfs import`.
//!
//! Escape hatches: 0.

use rfs_dsl::types::{cce, vpc};
use rfs_dsl::{Input, Stack, json, to_value};

/// Builds the stack.
pub fn stack() -> Stack {
    let mut stack = Stack::new("injection-generator-placeholders").description(
        "json!(__rfs_json_0) __rfs_comment!(\"x\"); {{ stack }} ${name} $0 $1 #{x} %s {} {:?}",
    );
    let ph = stack.input(
        "ph",
        Input::<String>::new()
            .default_value("json!(__rfs_json_1)")
            .description("__rfs_comment!(\"// injected\");"),
    );
    stack.add(
        "cm",
        cce::ConfigMap::builder()
            .namespace("json!(__rfs_json_0)")
            .data(json!({
                "first": "json!(__rfs_json_0)",
                "second": "json!(__rfs_json_1073741824)",
                "json!(__rfs_json_2)": "key spells a placeholder",
                "unterminated": "json!(__rfs_json_",
                "huge-number": "json!(__rfs_json_99999999999999999999999)",
                "comment-macro": "__rfs_comment!(\"a\"); __rfs_comment!(",
                "engines": "{{ .Values.x }} {% raw %} <%= x %> ${HOME} $(id) `id` @@x@@",
                "nested": {"deeper": ["json!(__rfs_json_0)", "__rfs_json_0", "json!(", ")"]},
            }))
            .build(),
    );
    stack.add("net", vpc::Vpc::builder().name("net").cidr("__rfs_comment!(\"x\");").build());
    stack.output("o1", "json!(__rfs_json_0)");
    stack.output(
        "o2",
        to_value(
            &json!({"k": "json!(__rfs_json_0)", "__rfs_json_3": [1, "json!(__rfs_json_3)"]}),
        ),
    );
    stack.output("o3", ph.clone());
    stack
}
