use rfs_dsl::types::vpc;
use rfs_dsl::{Stack, Target};

fn main() {
    let mut stack = Stack::new("t");
    let net = stack.add("net", vpc::Vpc::builder().name("n").cidr("10.0.0.0/8").build());
    // Only antiddos::Service and apm::Pinpoint are policies.
    let other = vpc::Vpc::builder().name("m").cidr("10.0.0.0/8").build();
    stack.policy("p", other, [Target::from(&net)]);
}
