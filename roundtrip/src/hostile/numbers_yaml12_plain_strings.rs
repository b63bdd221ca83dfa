//! The stack `numbers-yaml12-plain-strings`, imported from `numbers-yaml12-plain-strings.yaml` by `rfs import`.
//!
//! Escape hatches: 0. The template had 14 lint warning(s); `rfs lint` lists them, and `Stack::synth` reports the same.

use rfs_dsl::types::{cce, vpc};
use rfs_dsl::{Input, Stack, json};

/// Builds the stack.
pub fn stack() -> Stack {
    let mut stack = Stack::new("numbers-yaml12-plain-strings");
    // input 'signed-hex''s default: '-0x1F' is the integer -31 to YAML 1.1 readers (PyYAML, SnakeYAML) and text to YAML 1.2 readers (rfs); written as YAML 1.2 reads it (lint warns: yaml-version)
    // input 'signed-hex''s valid value: '-0x1F' is the integer -31 to YAML 1.1 readers (PyYAML, SnakeYAML) and text to YAML 1.2 readers (rfs); written as YAML 1.2 reads it (lint warns: yaml-version)
    // input 'signed-hex''s valid value: '1_000' is the integer 1000 to YAML 1.1 readers (PyYAML, SnakeYAML) and text to YAML 1.2 readers (rfs); written as YAML 1.2 reads it (lint warns: yaml-version)
    let signed_hex = stack.input(
        "signed-hex",
        Input::<String>::new().default_value("-0x1F").valid_values(["-0x1F", "+0o17", "1_000"]),
    );
    // 'cidr': '-0x1F' is the integer -31 to YAML 1.1 readers (PyYAML, SnakeYAML) and text to YAML 1.2 readers (rfs); written as YAML 1.2 reads it (lint warns: yaml-version)
    stack.add("a", vpc::Vpc::builder().name("a").cidr("-0x1F").build());
    stack.add("b", vpc::Vpc::builder().name("b").cidr("+0o17").build());
    // 'cidr': '1_000' is the integer 1000 to YAML 1.1 readers (PyYAML, SnakeYAML) and text to YAML 1.2 readers (rfs); written as YAML 1.2 reads it (lint warns: yaml-version)
    stack.add("c", vpc::Vpc::builder().name("c").cidr("1_000").build());
    // 'cidr': '0b101' is the integer 5 to YAML 1.1 readers (PyYAML, SnakeYAML) and text to YAML 1.2 readers (rfs); written as YAML 1.2 reads it (lint warns: yaml-version)
    stack.add("d", vpc::Vpc::builder().name("d").cidr("0b101").build());
    // 'cidr': '12:30' is the integer 750 to YAML 1.1 readers (PyYAML, SnakeYAML) and text to YAML 1.2 readers (rfs); written as YAML 1.2 reads it (lint warns: yaml-version)
    stack.add("e", vpc::Vpc::builder().name("e").cidr("12:30").build());
    stack.add("f", vpc::Vpc::builder().name("f").cidr(&signed_hex).build());
    stack.add(
        "text",
        cce::ConfigMap::builder()
            .data(json!({
                "values": [
                    "-0x1F",
                    "+0o17",
                    "1_000",
                    "0b101",
                    "12:30",
                    "190:20:30",
                    "0x",
                    "0o",
                    "0o8",
                    "0xG",
                    "1e",
                    "1e+",
                    ".e3",
                    "+.",
                    "0x_1",
                    "1__0",
                    "1,000",
                    "1.2.3",
                    "0.5.",
                ],
            }))
            .build(),
    );
    stack
}
