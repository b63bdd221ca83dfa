use rfs_dsl::func::{concat, pseudo};
use rfs_dsl::types::vpc;
use rfs_dsl::{Input, Stack};

fn main() {
    // The official examples' form: literals, typed and untyped inputs, pseudo-parameters.
    let mut stack = Stack::new("web");
    let env = stack.input("env", Input::<String>::new().default_value("dev"));
    let tier = stack.untyped_input("tier", Input::untyped().default_value("web"));
    let net = stack.add(
        "net",
        vpc::Vpc::builder()
            .name(concat((&env, "-", &tier, "-", pseudo::stack_name(), "-", 1)))
            .cidr("10.0.0.0/8")
            .build(),
    );
    stack.output("name", concat((net.attr().ref_name(), "!")));
    let yaml = stack.to_yaml().expect("a clean stack");
    assert!(yaml.contains("concat:"), "{yaml}");
}
