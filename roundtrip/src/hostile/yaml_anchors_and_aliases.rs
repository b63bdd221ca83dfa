//! The stack `yaml-anchors-and-aliases`, imported from `yaml-anchors-and-aliases.yaml` by `rfs import`.
//!
//! Escape hatches: 2. The template had 1 lint warning(s); `rfs lint` lists them, and `Stack::synth` reports the same.

use rfs_dsl::types::{cce, vpc};
use rfs_dsl::{Input, Stack, json, to_value};

/// Builds the stack.
pub fn stack() -> Stack {
    let mut stack = Stack::new("yaml-anchors-and-aliases");
    let cidr = stack.input("cidr", Input::<String>::new().default_value("10.0.0.0/8"));
    stack.add("first", vpc::Vpc::builder().name("shared").cidr("10.0.0.0/8").build());
    stack.add("second", vpc::Vpc::builder().name("shared").cidr("10.0.0.0/8").build());
    stack.add("third", vpc::Vpc::builder().name(&cidr).cidr(&cidr).build());
    // escape hatch: 'clusterId' is the literal id of an existing resource
    stack.add(
        "scaler",
        cce::AddonAutoScaler::builder()
            .cluster_id(cce::ClusterId::existing("3c2b9e10-5a7d-11ee-b1c4-0255ac100004"))
            .scale_down_enabled(false)
            .nodes(
                [
                    cce::AddonAutoScalerNode::builder()
                        .az("cn-north-4a")
                        .flavor("c6.large.2")
                        .os("EulerOS 2.5")
                        .build(),
                    cce::AddonAutoScalerNode::builder()
                        .az("cn-north-4a")
                        .flavor("c6.large.2")
                        .os("EulerOS 2.5")
                        .build(),
                ],
            )
            .build(),
    );
    // escape hatch: 'clusterId' is the literal id of an existing resource
    stack.add(
        "scaler-2",
        cce::AddonAutoScaler::builder()
            .cluster_id(cce::ClusterId::existing("3c2b9e10-5a7d-11ee-b1c4-0255ac100004"))
            .scale_down_enabled(true)
            .nodes(
                [
                    cce::AddonAutoScalerNode::builder()
                        .az("cn-north-4a")
                        .flavor("c6.large.2")
                        .os("EulerOS 2.5")
                        .build(),
                    cce::AddonAutoScalerNode::builder()
                        .az("cn-north-4a")
                        .flavor("c6.large.2")
                        .os("EulerOS 2.5")
                        .build(),
                ],
            )
            .build(),
    );
    stack.add(
        "cm",
        cce::ConfigMap::builder()
            .k8s_manifest(json!({
                "apiVersion": "v1",
                "kind": "ConfigMap",
                "metadata": {"name": "cm"},
                "data": {"a": "cm", "b": "10.0.0.0/8"},
            }))
            .build(),
    );
    stack.add(
        "cm-2",
        cce::ConfigMap::builder()
            .k8s_manifest(json!({
                "apiVersion": "v1",
                "kind": "ConfigMap",
                "metadata": {"name": "cm"},
                "data": {"a": "cm", "b": "10.0.0.0/8"},
            }))
            .build(),
    );
    stack.output("same", to_value(&json!(["10.0.0.0/8", &cidr])));
    stack
}
