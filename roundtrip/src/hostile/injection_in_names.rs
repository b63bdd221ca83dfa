//! The stack `injection-in-names`, imported from `injection-in-names.yaml` by `rfs import`.
//!
//! Escape hatches: 0. The template had 12 lint warning(s); `rfs lint` lists them, and `Stack::synth` reports the same.

use rfs_dsl::types::vpc;
use rfs_dsl::{Input, Mapping, Stack};

/// Builds the stack.
pub fn stack() -> Stack {
    let mut stack = Stack::new("injection-in-names");
    let std_process_exit_1 = stack.input(
        "\"); std::process::exit(1); (\"",
        Input::<String>::new().default_value("10.0.0.0/8"),
    );
    let input = stack.input("*/ /*", Input::<String>::new().default_value("from-comment-input"));
    let r_map = stack.mapping(
        "r#\"map\"#",
        Mapping::new()
            .entry("\"###", "// key", "10.1.0.0/16")
            .entry("include_str!(\"/etc/passwd\")", "concat!(env!(\"HOME\"))", "10.2.0.0/16"),
    );
    let net_std_process_abort = stack.add(
        "net\"); std::process::abort(); //",
        vpc::Vpc::builder().name(&input).cidr(&std_process_exit_1).build(),
    );
    let json_a_1 = stack.add(
        "json!({\"a\": 1})",
        vpc::Subnet::builder()
            .name("sub")
            .cidr(r_map.get_string("\"###", "// key"))
            .gateway("10.1.0.1")
            .vpc_id(net_std_process_abort.id())
            .build(),
    );
    let fn_main = stack.add(
        "*/ fn main() { /*",
        vpc::Subnet::builder()
            .name("\\")
            .cidr(r_map.get_string("include_str!(\"/etc/passwd\")", "concat!(env!(\"HOME\"))"))
            .gateway("10.2.0.1")
            .vpc_id(net_std_process_abort.attr().ref_id())
            .build(),
    );
    // the template leaves out the requirement(s) vpcId -> net"); std::process::abort(); // that rfs derives from the properties
    stack.only_explicit_requirements(&fn_main);
    stack.output("\"#; } //", json_a_1.id());
    stack.output("'\\''", fn_main.attr().ref_id());
    stack
}
