use rfs_dsl::Stack;
use rfs_dsl::types::vpc;

fn main() {
    let mut stack = Stack::new("t");
    // `.build()` is missing: a builder is not an element.
    stack.add("net", vpc::Vpc::builder().name("n").cidr("10.0.0.0/8"));
}
