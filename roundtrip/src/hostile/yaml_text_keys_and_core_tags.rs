//! The stack `yaml-text-keys-and-core-tags`, imported from `yaml-text-keys-and-core-tags.yaml` by `rfs import`.
//!
//! Escape hatches: 1. The template had 1 lint warning(s); `rfs lint` lists them, and `Stack::synth` reports the same.

use rfs_dsl::types::{cce, vpc};
use rfs_dsl::{Input, Mapping, Stack, json, to_value};

/// Builds the stack.
pub fn stack() -> Stack {
    let mut stack = Stack::new("yaml-text-keys-and-core-tags");
    let port = stack.input("port", Input::<i64>::new().default_value(8080));
    let word = stack.input("word", Input::<String>::new().default_value("0x1F"));
    let ports = stack.mapping(
        "ports",
        Mapping::new().entry("80", "0x10", "10.16.0.0/16").entry("true", "~", "10.17.0.0/16"),
    );
    stack.add("net", vpc::Vpc::builder().name("123").cidr("10.0.0.0/8").build());
    // escape hatch: 'clusterId' is the literal id of an existing resource
    stack.add(
        "scaler",
        cce::AddonAutoScaler::builder()
            .cluster_id(cce::ClusterId::existing("3c2b9e10-5a7d-11ee-b1c4-0255ac100004"))
            .scale_down_enabled(true)
            .scale_down_unneeded_time(5)
            .scale_down_utilization_threshold(1.0)
            .nodes(
                [
                    cce::AddonAutoScalerNode::builder()
                        .az("cn-north-4a")
                        .flavor("c6.large.2")
                        .os("EulerOS 2.5")
                        .build()
                ],
            )
            .build(),
    );
    stack.add(
        "cm",
        cce::ConfigMap::builder()
            .namespace(&word)
            .data(json!({
                "80": "http",
                "true": "yes-text",
                "~": "tilde-text",
                "nothing": null,
                "tilde": "~",
                "on": "true",
                "port": &port,
            }))
            .build(),
    );
    stack.add(
        "quoted-keys",
        cce::ConfigMap::builder()
            .data(json!({
                "80": "http",
                "0x10": "sixteen-as-text",
                "1e3": "thousand-as-text",
                "true": "boolean-looking",
                "~": "tilde",
                "null": "word-null",
                "": "empty-key",
                " ": "space-key",
                "-": "dash-key",
                "? ": "question",
                ": ": "colon",
            }))
            .build(),
    );
    stack.add("a", vpc::Vpc::builder().name("a").cidr(ports.get_string("80", "0x10")).build());
    stack.add("b", vpc::Vpc::builder().name("b").cidr(ports.get_string("true", "~")).build());
    stack.output("keys", to_value(&json!({"0": "zero", "false": "f", "1.0": "one"})));
    stack
}
