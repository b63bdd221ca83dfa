//! The stack `structure-concat-in-properties`, imported from `structure-concat-in-properties.yaml` by `rfs import`.
//!
//! Escape hatches: 6. The template had 1 lint warning(s); `rfs lint` lists them, and `Stack::synth` reports the same.

use rfs_dsl::types::{cce, vpc};
use rfs_dsl::func::base64_encode;
use rfs_dsl::types::core::{Any, Val};
use rfs_dsl::{Input, Stack, json, to_value};

/// Builds the stack.
pub fn stack() -> Stack {
    let mut stack = Stack::new("structure-concat-in-properties");
    stack.input("prefix", Input::<String>::new().default_value("web"));
    stack.input("port", Input::<i64>::new().default_value(8080));
    // escape hatch: 'name' holds concat, which the typed API keeps to outputs
    // escape hatch: 'cidr' holds concat, which the typed API keeps to outputs
    stack.add(
        "net",
        vpc::Vpc::builder()
            .name(
                Val::<String>::from_raw_unchecked(
                    to_value(
                        &json!({
                            "concat": [
                                {"get_input": "prefix"},
                                "-",
                                {"get_input": "HuaweiCloud.StackName"},
                                "-",
                                7,
                            ],
                        }),
                    ),
                ),
            )
            .cidr(
                Val::<String>::from_raw_unchecked(
                    to_value(&json!({"concat": ["10.", 0, ".0.0/", 16]})),
                ),
            )
            .build(),
    );
    // escape hatch: base64_encode's text holds concat, which the typed API keeps to outputs
    // escape hatch: a map value holds concat, which the typed API keeps to outputs
    // escape hatch: a map value holds concat, which the typed API keeps to outputs
    // escape hatch: a map value holds concat, which the typed API keeps to outputs
    stack.add(
        "cm",
        cce::ConfigMap::builder()
            .namespace(
                base64_encode(
                    Val::<String>::from_raw_unchecked(
                        to_value(
                            &json!({
                                "concat": [
                                    {"get_input": "prefix"},
                                    ":",
                                    {"get_input": "port"},
                                    ":",
                                    true,
                                ],
                            }),
                        ),
                    ),
                ),
            )
            .data(json!({
                "url": Val::<Any>::from_raw_unchecked(
                    to_value(
                        &json!({
                            "concat": [
                                "http://",
                                {"get_input": "HuaweiCloud.Region"},
                                ":",
                                {"get_input": "port"},
                                "/",
                            ],
                        }),
                    ),
                ),
                "many": Val::<Any>::from_raw_unchecked(
                    to_value(
                        &json!({
                            "concat": [
                                "a",
                                "b",
                                "c",
                                "d",
                                "e",
                                "f",
                                "g",
                                "h",
                                "i",
                                "j",
                                "k",
                                "l",
                                "m",
                                "n",
                                {"get_input": "prefix"},
                            ],
                        }),
                    ),
                ),
                "negative": Val::<Any>::from_raw_unchecked(
                    to_value(&json!({"concat": ["x", -1]})),
                ),
            }))
            .build(),
    );
    stack
}
