//! The stack `numbers-exact-edges`, imported from `numbers-exact-edges.yaml` by `rfs import`.
//!
//! Escape hatches: 2. The template had 4 lint warning(s); `rfs lint` lists them, and `Stack::synth` reports the same.

use rfs_dsl::types::cce;
use rfs_dsl::{Input, Stack, json};

/// Builds the stack.
pub fn stack() -> Stack {
    let mut stack = Stack::new("numbers-exact-edges");
    let ceiling = stack.input("ceiling", Input::<i64>::new().default_value(9223372036854775807i64));
    let floor = stack.input("floor", Input::<i64>::new().default_value(i64::MIN));
    // escape hatch: 'clusterId' is the literal id of an existing resource
    stack.add(
        "scaler",
        cce::AddonAutoScaler::builder()
            .cluster_id(cce::ClusterId::existing("3c2b9e10-5a7d-11ee-b1c4-0255ac100004"))
            .scale_down_enabled(false)
            .scale_down_utilization_threshold(-0.0)
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
        "scaler-int",
        cce::AddonAutoScaler::builder()
            .cluster_id(cce::ClusterId::existing("3c2b9e10-5a7d-11ee-b1c4-0255ac100004"))
            .scale_down_enabled(false)
            .scale_down_utilization_threshold(1)
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
                "ints": [
                    9223372036854775807i64,
                    i64::MIN,
                    9223372036854775807i64,
                    -9223372036854775807i64,
                    9007199254740993i64,
                    2147483648i64,
                    -2147483649i64,
                ],
                "floats": [
                    -0.0,
                    0.0,
                    0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000005,
                    0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000022250738585072014,
                    179769313486231570000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000.0,
                    0.30000000000000004,
                    1000000000000000000000.0,
                    0.0000001,
                    123456789.12345679,
                ],
                "ceiling": &ceiling,
                "floor": &floor,
            }))
            .build(),
    );
    stack.output("max", 9223372036854775807i64);
    stack.output("min", i64::MIN);
    stack.output("negzero", -0.0);
    stack
}
