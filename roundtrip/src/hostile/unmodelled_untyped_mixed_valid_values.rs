//! The stack `unmodelled-untyped-mixed-valid-values`, imported from `unmodelled-untyped-mixed-valid-values.yaml` by `rfs import`.
//!
//! Escape hatches: 0.

use rfs_dsl::types::cce;
use rfs_dsl::types::core::IntoValue;
use rfs_dsl::{Input, Stack, Untyped, json, to_value};

/// Builds the stack.
pub fn stack() -> Stack {
    let mut stack = Stack::new("unmodelled-untyped-mixed-valid-values");
    let anything = stack.untyped_input(
        "anything",
        Input::untyped()
            .default_value(1)
            .description("no type, mixed valid values")
            .valid_values(
                [
                    IntoValue::<Untyped>::into_value(1),
                    IntoValue::<Untyped>::into_value("1"),
                    IntoValue::<Untyped>::into_value(1.5),
                    IntoValue::<Untyped>::into_value(true),
                    IntoValue::<Untyped>::into_value("true"),
                    IntoValue::<Untyped>::into_value("one"),
                    IntoValue::<Untyped>::into_value(to_value(&json!(null))),
                ],
            ),
    );
    let list_default = stack.untyped_input(
        "list-default",
        Input::untyped().default_value(to_value(&json!(["a", 1, {"k": "v"}]))),
    );
    let map_default = stack.untyped_input(
        "map-default",
        Input::untyped().default_value(to_value(&json!({"port": 80, "tls": false}))),
    );
    stack.add(
        "cm",
        cce::ConfigMap::builder()
            .data(json!({"a": &anything, "b": &list_default, "c": &map_default}))
            .build(),
    );
    stack
}
