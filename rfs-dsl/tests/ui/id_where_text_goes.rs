use rfs_dsl::Stack;
use rfs_dsl::types::vpc;

fn main() {
    let mut stack = Stack::new("t");
    let net = stack.add("net", vpc::Vpc::builder().name("n").cidr("10.0.0.0/8").build());
    // A VPC's name is text; its id is not (the note says `.as_string()` passes it on).
    let _ = vpc::Vpc::builder().name(net.id());
}
