//! The stack `numbers-input-defaults`, imported from `numbers-input-defaults.yaml` by `rfs import`.
//!
//! Escape hatches: 1. The template had 6 lint warning(s); `rfs lint` lists them, and `Stack::synth` reports the same.

use rfs_dsl::types::cce;
use rfs_dsl::{Input, Stack, json};

/// Builds the stack.
pub fn stack() -> Stack {
    let mut stack = Stack::new("numbers-input-defaults");
    // input 'minutes''s valid value: '0o17' is text to YAML 1.1 readers (PyYAML, SnakeYAML) and the integer 15 to YAML 1.2 readers (rfs); written as YAML 1.2 reads it (lint warns: yaml-version)
    let minutes = stack.input(
        "minutes",
        Input::<i64>::new().default_value(31).valid_values([15, 31, 12, 31, 0, 1000]),
    );
    // input 'ratio''s in_range: '-.5' is text to PyYAML (YAML 1.1) and the number -0.5 to YAML 1.2 readers (rfs); written as YAML 1.2 reads it (lint warns: yaml-version)
    // input 'ratio''s in_range: '1e0' is text to PyYAML (YAML 1.1) and the number 1 to YAML 1.2 readers (rfs); written as YAML 1.2 reads it (lint warns: yaml-version)
    let ratio = stack.input("ratio", Input::<f64>::new().default_value(0.5).in_range(-0.5, 1.0));
    // input 'big-ratio''s default: '1E-1' is text to PyYAML (YAML 1.1) and the number 0.1 to YAML 1.2 readers (rfs); written as YAML 1.2 reads it (lint warns: yaml-version)
    // input 'big-ratio''s valid value: '1E-1' is text to PyYAML (YAML 1.1) and the number 0.1 to YAML 1.2 readers (rfs); written as YAML 1.2 reads it (lint warns: yaml-version)
    let big_ratio = stack.input(
        "big-ratio",
        Input::<f64>::new().default_value(0.1).valid_values([0.1, 0.25, 1.0, 0.25]),
    );
    let spelled = stack.input(
        "spelled",
        Input::<String>::new()
            .default_value("0x1F")
            .valid_values(
                ["0x1F", "010", "1e3", "+12", "-0", ".5", "1_000", "~", "null", "true", "12:30"],
            ),
    );
    // escape hatch: 'clusterId' is the literal id of an existing resource
    stack.add(
        "scaler",
        cce::AddonAutoScaler::builder()
            .cluster_id(cce::ClusterId::existing("3c2b9e10-5a7d-11ee-b1c4-0255ac100004"))
            .scale_down_enabled(true)
            .scale_down_unneeded_time(&minutes)
            .scale_down_utilization_threshold(&ratio)
            .nodes(
                [
                    cce::AddonAutoScalerNode::builder()
                        .az("cn-north-4a")
                        .flavor("c6.large.2")
                        .os(&spelled)
                        .build()
                ],
            )
            .build(),
    );
    stack.add("cm", cce::ConfigMap::builder().data(json!({"r": &big_ratio})).build());
    stack
}
