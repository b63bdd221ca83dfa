//! The stack `injection-manifest-macros`, imported from `injection-manifest-macros.yaml` by `rfs import`.
//!
//! Escape hatches: 0.

use rfs_dsl::types::cce;
use rfs_dsl::{Input, Stack, json};

/// Builds the stack.
pub fn stack() -> Stack {
    let mut stack = Stack::new("injection-manifest-macros");
    let image = stack.input(
        "image",
        Input::<String>::new().default_value("nginx:latest\"}), std::process::exit(2), json!({\""),
    );
    stack.add(
        "app",
        cce::Deployment::builder()
            .namespace("default")
            .k8s_manifest(json!({
                "apiVersion": "apps/v1",
                "kind": "Deployment",
                "metadata": {
                    "name": "app",
                    "labels": {
                        "include_str!(\"/etc/shadow\")": "env!(\"CARGO_HOME\")",
                        "#![no_std]": "#[cfg(any())]",
                        "macro_rules! m { () => {} }": "m!()",
                    },
                    "annotations": {
                        "$crate::x": "r#\"raw\"#",
                        "\\u{202e}": "\\x41 is not A, \\n is not a newline",
                        "}": "{",
                        "]": "[",
                        ",": ":",
                        "null": null,
                        "true": "false",
                    },
                },
                "spec": {
                    "replicas": 1,
                    "template": {
                        "spec": {
                            "containers": [
                                {
                                    "name": "c",
                                    "image": &image,
                                    "command": [
                                        "sh",
                                        "-c",
                                        "echo \"$(cat /etc/passwd)\" `id` ; exit 0 # \"}])",
                                    ],
                                    "env": [
                                        {
                                            "name": "json!",
                                            "value": "json!({\"k\": [1, 2, {\"x\": null}]})",
                                        },
                                        {"name": "concat!", "value": &image},
                                    ],
                                }
                            ],
                        },
                    },
                },
            }))
            .build(),
    );
    stack
}
