use rfs_types::vpc;

fn main() {
    // An id is not any string: use a reference, a typed input or VpcId::existing.
    let _ = vpc::Subnet::builder().vpc_id("vpc-0123");
}
