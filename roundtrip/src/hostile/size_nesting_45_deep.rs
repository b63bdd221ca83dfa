//! The stack `size-nesting-45-deep`, imported from `size-nesting-45-deep.yaml` by `rfs import`.
//!
//! Escape hatches: 0.

use rfs_dsl::types::{cce, vpc};
use rfs_dsl::{Stack, json};

/// Builds the stack.
pub fn stack() -> Stack {
    let mut stack = Stack::new("size-nesting-45-deep");
    let net = stack.add("net", vpc::Vpc::builder().name("net").cidr("10.0.0.0/8").build());
    let l26 = json!([
        {
            "l30": [
                {
                    "l32": [
                        {
                            "l34": [
                                {
                                    "l36": [
                                        {
                                            "l38": [
                                                {
                                                    "l40": [
                                                        {"l42": [{"l44": net.attr().ref_name()}]}
                                                    ],
                                                }
                                            ],
                                        }
                                    ],
                                }
                            ],
                        }
                    ],
                }
            ],
        }
    ]);
    let l10 = json!([
        {
            "l14": [
                {
                    "l16": [
                        {
                            "l18": [
                                {"l20": [{"l22": [{"l24": [{"l26": [{"l28": l26}]}]}]}]}
                            ],
                        }
                    ],
                }
            ],
        }
    ]);
    let plain = json!([[[[[[[[[[[[[[[[[[["bottom"]]]]]]]]]]]]]]]]]]]);
    let plain_2 = json!([[[[[[[[[[[[[[[[[[[plain]]]]]]]]]]]]]]]]]]]);
    let deep = stack.add(
        "deep",
        cce::ConfigMap::builder()
            .data(json!({
                "nest": {
                    "l0": [
                        {"l2": [{"l4": [{"l6": [{"l8": [{"l10": [{"l12": l10}]}]}]}]}]}
                    ],
                },
                "plain": [[[[[[[plain_2]]]]]]],
            }))
            .build(),
    );
    // the template leaves out the requirement(s) data -> net that rfs derives from the properties
    stack.only_explicit_requirements(&deep);
    stack
}
