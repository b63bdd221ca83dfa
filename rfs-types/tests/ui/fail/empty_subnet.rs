use rfs_types::vpc;

fn main() {
    // The element page does not say what a subnet needs; the VPC API requires a name, a CIDR,
    // a gateway and the VPC: so does the builder.
    let _ = vpc::Subnet::builder().build();
}
