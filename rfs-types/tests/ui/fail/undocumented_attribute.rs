use rfs_types::core::Ref;
use rfs_types::vpc;

fn main() {
    let network = Ref::<vpc::Vpc>::new("web-vpc");
    // VPC.VPC has refID and refName, not publicIps.
    let _ = network.attr().public_ips();
}
