use rfs_types::core::Ref;
use rfs_types::vpc;

fn main() {
    let subnet = Ref::<vpc::Subnet>::new("web-subnet");
    // A subnet's id where a VPC id goes.
    let _ = vpc::Subnet::builder().vpc_id(subnet.id());
}
