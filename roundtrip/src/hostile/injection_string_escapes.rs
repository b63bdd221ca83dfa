//! The stack `injection-string-escapes`, imported from `injection-string-escapes.yaml` by `rfs import`.
//!
//! Escape hatches: 1. The template had 5 lint warning(s); `rfs lint` lists them, and `Stack::synth` reports the same.

use rfs_dsl::types::{cce, obs, vpc};
use rfs_dsl::{Input, Stack, json};

/// Builds the stack.
pub fn stack() -> Stack {
    let mut stack = Stack::new("injection-string-escapes").description(
        "ends here\"); std::process::exit(1); (\" and r#\"raw\"# and r###\"x\"### /* open // line */ close",
    );
    let net_cidr = stack.input(
        "net-cidr",
        Input::<String>::new()
            .default_value("10.0.0.0/8\"#; panic!(\"pwned\"); r#\"")
            .description("back\\slash \\\" then \\\\\" then \"### and '\"'")
            .label("*/ fn evil() {} /*"),
    );
    let acl = stack.input(
        "acl",
        Input::<String>::new()
            .default_value("private")
            .label("\"); } // label")
            .valid_values(
                [
                    "private",
                    "public-read",
                    "public-read\"); std::process::exit(4); (\"",
                    "private ",
                    "*/",
                ],
            ),
    );
    // escape hatch: the template fills 'acl', which takes one of private, public-read, public-read-write, with text: `cast_unchecked`
    let bucket = stack.add(
        "bucket",
        obs::Bucket::builder().acl(acl.clone().cast_unchecked::<obs::BucketAcl>()).build(),
    );
    stack.metadata(
        &bucket,
        json!({
            "designer": {"x": 10, "y": "\"); panic!(); (\""},
            "note */ /*": "// not a comment",
            "r#\"": ["r#\"#", "\\"],
        }),
    );
    stack.add(
        "quoted-net",
        vpc::Vpc::builder().name("quoted-net").cidr("\\\"); std::process::exit(1); (\"\\").build(),
    );
    stack.add("raw-net", vpc::Vpc::builder().name("raw-net").cidr(&net_cidr).build());
    stack.add(
        "settings",
        cce::ConfigMap::builder()
            .namespace("\"#]; } fn main() { /* ")
            .data(json!({
                "quote": "\"",
                "backslash-at-end": "C:\\temp\\",
                "raw-delims": "\"### r##\"inner\"## \"#",
                "comment-open": "/* never closed",
                "comment-close": "*/",
                "line-comment": "// rest of line",
                "doc-comment": "//! inner doc\n/// outer doc",
                "code": "\"}); std::fs::remove_dir_all(\"/\").ok(); json!({\"",
                "key\"with\\quotes": "value",
                "*/key/*": "//",
            }))
            .build(),
    );
    stack.output("echo", "\\\\\"\\\"\"\"").description("\"; } /* ");
    stack.output("from-input", net_cidr.clone());
    stack
}
