//! The stack `numbers-mapping-keys`, imported from `numbers-mapping-keys.yaml` by `rfs import`.
//!
//! Escape hatches: 0. The template had 20 lint warning(s); `rfs lint` lists them, and `Stack::synth` reports the same.

use rfs_dsl::types::vpc;
use rfs_dsl::{Mapping, Stack};

/// Builds the stack.
pub fn stack() -> Stack {
    let mut stack = Stack::new("numbers-mapping-keys");
    let sizes = stack.mapping(
        "sizes",
        Mapping::new()
            .entry("1e3", "0x1F", "10.31.0.0/16")
            .entry("1e3", "0o17", "10.15.0.0/16")
            .entry("1E3x", "010", "10.10.0.0/16")
            .entry("1E3x", "+12", "10.12.0.0/16")
            .entry("-0", "1.0", "10.1.0.0/16")
            .entry("-0", "1.50", "10.150.0.0/16")
            .entry("-0", ".5", "10.5.0.0/16"),
    );
    stack.add("hex", vpc::Vpc::builder().name("hex").cidr(sizes.get_string("1e3", "0x1F")).build());
    stack.add("oct", vpc::Vpc::builder().name("oct").cidr(sizes.get_string("1e3", "0o17")).build());
    stack.add(
        "zero",
        vpc::Vpc::builder().name("zero").cidr(sizes.get_string("1E3x", "010")).build(),
    );
    stack.add(
        "plus",
        vpc::Vpc::builder().name("plus").cidr(sizes.get_string("1E3x", "+12")).build(),
    );
    stack.add("one", vpc::Vpc::builder().name("one").cidr(sizes.get_string("-0", "1.0")).build());
    stack.add(
        "one-fifty",
        vpc::Vpc::builder().name("one-fifty").cidr(sizes.get_string("-0", "1.50")).build(),
    );
    stack.add("half", vpc::Vpc::builder().name("half").cidr(sizes.get_string("-0", ".5")).build());
    stack
}
