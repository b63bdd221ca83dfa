//! The stack `numbers-mapping-keys-not-names`, imported from `numbers-mapping-keys-not-names.yaml` by `rfs import`.
//!
//! Escape hatches: 0. The template had 7 lint warning(s); `rfs lint` lists them, and `Stack::synth` reports the same.

use rfs_dsl::types::vpc;
use rfs_dsl::{Mapping, Stack};

/// Builds the stack.
pub fn stack() -> Stack {
    let mut stack = Stack::new("numbers-mapping-keys-not-names");
    let odd = stack.mapping(
        "odd",
        Mapping::new()
            .entry("~", "true", "10.1.0.0/16")
            .entry("~", "false", "10.2.0.0/16")
            .entry("false", "~", "10.3.0.0/16"),
    );
    stack.add("t", vpc::Vpc::builder().name("t").cidr(odd.get_string("~", "true")).build());
    stack.add("f", vpc::Vpc::builder().name("f").cidr(odd.get_string("~", "false")).build());
    stack.add("z", vpc::Vpc::builder().name("z").cidr(odd.get_string("false", "~")).build());
    stack
}
