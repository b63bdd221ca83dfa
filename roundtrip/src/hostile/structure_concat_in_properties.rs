//! The stack `structure-concat-in-properties`, imported from `structure-concat-in-properties.yaml` by `rfs import`.
//!
//! Escape hatches: 3. The template had 1 lint warning(s); `rfs lint` lists them, and `Stack::synth` reports the same.

use rfs_dsl::types::{cce, vpc};
use rfs_dsl::func::{base64_encode, concat, pseudo};
use rfs_dsl::types::core::{Any, Val};
use rfs_dsl::{Input, Stack, json, to_value};

/// Builds the stack.
pub fn stack() -> Stack {
    let mut stack = Stack::new("structure-concat-in-properties");
    let prefix = stack.input("prefix", Input::<String>::new().default_value("web"));
    let port = stack.input("port", Input::<i64>::new().default_value(8080));
    stack.add(
        "net",
        vpc::Vpc::builder()
            .name(concat((prefix.clone(), "-", pseudo::stack_name(), "-", 7i64)))
            .cidr(concat(("10.", 0i64, ".0.0/", 16i64)))
            .build(),
    );
    // escape hatch: a map value holds concat where the typed API writes it only in outputs (a part reads an attribute, or the property is not text)
    // escape hatch: a map value holds concat where the typed API writes it only in outputs (a part reads an attribute, or the property is not text)
    // escape hatch: a map value holds concat where the typed API writes it only in outputs (a part reads an attribute, or the property is not text)
    stack.add(
        "cm",
        cce::ConfigMap::builder()
            .namespace(base64_encode(concat((prefix.clone(), ":", port.clone(), ":", true))))
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
