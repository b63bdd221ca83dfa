//! The stack `injection-control-characters`, imported from `injection-control-characters.yaml` by `rfs import`.
//!
//! Escape hatches: 0. The template had 1 lint warning(s); `rfs lint` lists them, and `Stack::synth` reports the same.

use rfs_dsl::types::{cce, vpc};
use rfs_dsl::{Input, Stack, json};

/// Builds the stack.
pub fn stack() -> Stack {
    let mut stack = Stack::new("injection-control-characters").description(
        "bell\u{7} esc\u{1b}[31mred\u{1b}[0m nul\0 del\u{7f} nel\u{85} ls\u{2028} ps\u{2029} cr\r lf\n tab\t vt\u{b} ff\u{c} bs\u{8}",
    );
    let ctl = stack.input(
        "ctl",
        Input::<String>::new()
            .default_value("\r\n*/\r\nfn injected() {}\r\n/*")
            .description("line one\rline two\u{2028}line three\u{2029}end\u{1b}]0;title\u{7}")
            .label("\u{1}\u{2}\u{3}"),
    );
    stack.add(
        "ctl-net",
        vpc::Vpc::builder()
            .name("ctl-net")
            .cidr("\0\u{1}\u{1f}\u{7f}\u{80}\u{9f}\u{ad}\u{feff}\u{ffff}")
            .build(),
    );
    stack.add(
        "ctl-map",
        cce::ConfigMap::builder()
            .namespace(&ctl)
            .data(json!({
                "key\nwith\nnewlines": "\n// comment?\n",
                "key\rwith\rcr": "\r",
                "\u{1b}[2J": "clear screen",
                "\0": "nul key",
                "tab\tkey": "\t\t",
                "surrogate-free-astral": "😀 \u{10ffff}",
            }))
            .build(),
    );
    stack.output("out\nline", "\r\n").description("\n//! forged doc line\n");
    stack
}
