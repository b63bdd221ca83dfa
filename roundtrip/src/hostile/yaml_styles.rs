//! The stack `yaml-styles`, imported from `yaml-styles.yaml` by `rfs import`.
//!
//! Escape hatches: 0.

use rfs_dsl::types::{cce, fgs, vpc};
use rfs_dsl::func::base64_encode;
use rfs_dsl::{Input, Stack, json};

/// Builds the stack.
pub fn stack() -> Stack {
    let mut stack = Stack::new("yaml-styles").description(
        "First line of the description.\n# not a comment, part of the text\n*/ still text /*\n",
    );
    let script = stack.input(
        "script",
        Input::<String>::new()
            .description("folded into one line,\nthen a new paragraph")
            .default_value("#!/bin/sh\necho \"keep trailing blank lines\"\n\n\n"),
    );
    stack.add(
        "fn",
        fgs::Function::builder()
            .name("fn")
            .handler("index.handler")
            .runtime("Python3.6")
            .code_type(fgs::FunctionCodeType::Inline)
            .memory_size(fgs::FunctionMemorySize::V128)
            .timeout(3)
            .description("folded with a trailing newline\n  and a more-indented line kept as is\n")
            .code(
                "   def handler(event, context):\n       return \"indented by three, indicator 2\"   \n# a line less indented than the first, ending the text?\n",
            )
            .build(),
    );
    stack.add(
        "cm",
        cce::ConfigMap::builder()
            .data(json!({
                "keep": "a\n\n",
                "strip": "b",
                "clip": "c\n",
                "leading-blank": "\n\nafter two blank lines\n",
                "folded-keep": "x y\n\n",
                "encoded": base64_encode(&script),
            }))
            .build(),
    );
    let net = stack.add("net", vpc::Vpc::builder().name("net").cidr("10.0.0.0/8").build());
    stack.add(
        "flow-cm",
        cce::ConfigMap::builder()
            .data(json!({
                "a:b": 1,
                "c,d": 2,
                "#e": 3,
                "[f]": 4,
                "{g}": 5,
                "it's": 6,
                "plain multi line": "kept?",
                "single": "one two  three\nfour",
                "explicit in flow": "x",
                "url": "http://a.b/c#d",
                "ratio": "a:b",
            }))
            .build(),
    );
    stack.output("text", "a b").description("multi\nline");
    stack.output("net-id", net.id());
    stack
}
