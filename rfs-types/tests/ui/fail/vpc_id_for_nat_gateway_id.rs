use rfs_types::core::Ref;
use rfs_types::{nat, vpc};

fn main() {
    let network = Ref::<vpc::Vpc>::new("web-vpc");
    // natGatewayId takes a NAT gateway's id, not a VPC's.
    let _ = nat::SNatRule::builder().nat_gateway_id(network.id());
}
