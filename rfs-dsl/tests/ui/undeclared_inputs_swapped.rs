use rfs_dsl::types::{ecs, vpc};
use rfs_dsl::{Input, Stack};

fn main() {
    // Neither input writes a `type:`, but each keeps its Rust type: swapping them does not compile.
    let mut stack = Stack::new("web");
    let network = stack.input("vpc", Input::<vpc::VpcId>::new().undeclared());
    let subnet = stack.input("subnet", Input::<vpc::SubnetId>::new().undeclared());
    let image = stack.input("image", Input::<ecs::ImageId>::new().undeclared());
    let _ = (network, subnet);
    vpc::Subnet::builder()
        .name("web")
        .cidr("192.168.0.0/24")
        .gateway("192.168.0.1")
        .vpc_id(image)
        .build();
}
