//! The stack `numbers-yaml12-integers`, imported from `numbers-yaml12-integers.yaml` by `rfs import`.
//!
//! Escape hatches: 5. The template had 10 lint warning(s); `rfs lint` lists them, and `Stack::synth` reports the same.

use rfs_dsl::types::{cce, fgs};
use rfs_dsl::{Mapping, Stack, json};

/// Builds the stack.
pub fn stack() -> Stack {
    let mut stack = Stack::new("numbers-yaml12-integers");
    let minutes = stack.mapping(
        "minutes",
        Mapping::new()
            .entry("short", "octal", 15)
            .entry("short", "hex", 31)
            .entry("short", "zero-led", 10)
            .entry("short", "plus", 12),
    );
    // escape hatch: 'clusterId' is the literal id of an existing resource
    stack.add(
        "plus-sign",
        cce::AddonAutoScaler::builder()
            .cluster_id(cce::ClusterId::existing("3c2b9e10-5a7d-11ee-b1c4-0255ac100004"))
            .scale_down_enabled(true)
            .scale_down_unneeded_time(12)
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
    // 'scaleDownUnneededTime': '0o17' is text to YAML 1.1 readers (PyYAML, SnakeYAML) and the integer 15 to YAML 1.2 readers (rfs); written as YAML 1.2 reads it (lint warns: yaml-version)
    stack.add(
        "octal",
        cce::AddonAutoScaler::builder()
            .cluster_id(cce::ClusterId::existing("3c2b9e10-5a7d-11ee-b1c4-0255ac100004"))
            .scale_down_enabled(true)
            .scale_down_unneeded_time(15)
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
        "hex",
        cce::AddonAutoScaler::builder()
            .cluster_id(cce::ClusterId::existing("3c2b9e10-5a7d-11ee-b1c4-0255ac100004"))
            .scale_down_enabled(true)
            .scale_down_unneeded_time(31)
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
    // 'scaleDownUnneededTime': '010' is the integer 8 to YAML 1.1 readers (PyYAML, SnakeYAML) and the integer 10 to YAML 1.2 readers (rfs); written as YAML 1.2 reads it (lint warns: yaml-version)
    stack.add(
        "leading-zero",
        cce::AddonAutoScaler::builder()
            .cluster_id(cce::ClusterId::existing("3c2b9e10-5a7d-11ee-b1c4-0255ac100004"))
            .scale_down_enabled(true)
            .scale_down_unneeded_time(10)
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
    // 'timeout': '0012' is the integer 10 to YAML 1.1 readers (PyYAML, SnakeYAML) and the integer 12 to YAML 1.2 readers (rfs); written as YAML 1.2 reads it (lint warns: yaml-version)
    stack.add(
        "fn",
        fgs::Function::builder()
            .name("fn")
            .handler("index.handler")
            .runtime("Python3.6")
            .code_type(fgs::FunctionCodeType::Inline)
            .code("pass")
            .memory_size(fgs::FunctionMemorySize::V128)
            .timeout(12)
            .build(),
    );
    // escape hatch: 'clusterId' is the literal id of an existing resource
    stack.add(
        "from-map",
        cce::AddonAutoScaler::builder()
            .cluster_id(cce::ClusterId::existing("3c2b9e10-5a7d-11ee-b1c4-0255ac100004"))
            .scale_down_enabled(true)
            .scale_down_unneeded_time(minutes.get_integer("short", "zero-led"))
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
        "counts",
        cce::ConfigMap::builder()
            .data(json!({
                "ints": [12, 15, 31, 10, 10, 0, 12, 0, 0],
                "mapped": [
                    minutes.get_string("short", "octal"),
                    minutes.get_string("short", "hex"),
                    minutes.get_string("short", "plus"),
                ],
            }))
            .build(),
    );
    stack.output("hex", 255);
    // output 'octal': '0o777' is text to YAML 1.1 readers (PyYAML, SnakeYAML) and the integer 511 to YAML 1.2 readers (rfs); written as YAML 1.2 reads it (lint warns: yaml-version)
    stack.output("octal", 511);
    stack.output("plus", 0);
    stack
}
