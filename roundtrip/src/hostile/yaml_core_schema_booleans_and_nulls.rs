//! The stack `yaml-core-schema-booleans-and-nulls`, imported from `yaml-core-schema-booleans-and-nulls.yaml` by `rfs import`.
//!
//! Escape hatches: 2.

use rfs_dsl::types::cce;
use rfs_dsl::{Input, Stack, json};

/// Builds the stack.
pub fn stack() -> Stack {
    let mut stack = Stack::new("yaml-core-schema-booleans-and-nulls");
    let enabled = stack.input("enabled", Input::<bool>::new().default_value(true));
    // escape hatch: 'clusterId' is the literal id of an existing resource
    stack.add(
        "scaler",
        cce::AddonAutoScaler::builder()
            .cluster_id(cce::ClusterId::existing("3c2b9e10-5a7d-11ee-b1c4-0255ac100004"))
            .scale_down_enabled(true)
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
    // escape hatch: 'clusterId' is the literal id of an existing resource
    stack.add(
        "scaler-2",
        cce::AddonAutoScaler::builder()
            .cluster_id(cce::ClusterId::existing("3c2b9e10-5a7d-11ee-b1c4-0255ac100004"))
            .scale_down_enabled(&enabled)
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
            .data(json!({
                "flags": [true, true, false, false, true, false],
                "nothing": [null, null, null, null],
                "empty": null,
            }))
            .build(),
    );
    stack
}
