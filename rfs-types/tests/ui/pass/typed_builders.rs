use rfs_types::core::{Element, Function, Ref, Value};
use rfs_types::{ecs, ulb, vpc};

fn main() {
    let network = Ref::<vpc::Vpc>::new("web-vpc");
    let subnet_ref = Ref::<vpc::Subnet>::new("web-subnet");

    // Required properties set: builds.
    let v = vpc::Vpc::builder().name("web").cidr("192.168.0.0/16").build();
    assert_eq!(v.properties().len(), 2);

    // A VPC reference fills a VPC id; an existing id is explicitly marked.
    let s = vpc::Subnet::builder().vpc_id(network.id()).build();
    let s2 = vpc::Subnet::builder().vpc_id(vpc::VpcId::existing("vpc-0123")).build();
    assert_eq!(
        s.properties().get("vpcId"),
        Some(&Value::from(Function::GetReference("web-vpc".into())))
    );
    assert_eq!(
        s2.properties().get("vpcId").map(Value::unmarked),
        Some(&Value::from("vpc-0123"))
    );
    assert!(matches!(
        s2.properties().get("vpcId"),
        Some(Value::Marked(_, rfs_types::core::Mark::Existing))
    ));

    // An enumeration takes its variants.
    let l = ulb::Listener::builder()
        .protocol(ulb::ListenerProtocol::Tcp)
        .port(80)
        .load_balancer_id("lb")
        .build();
    assert_eq!(l.properties().get("protocol"), Some(&Value::from("TCP")));

    // Documented attributes, and documented conversions between resource types.
    let _ips = Ref::<ecs::CloudServer>::new("vm").attr().public_ips();
    let nics = ecs::Nics::builder().subnet_id(subnet_ref.id()).build();
    let _member = ulb::Member::builder()
        .subnet_id(subnet_ref.attr().neutron_subnet_id())
        .unlisted_property("weight", 1);
    let _server = ecs::CloudServer::builder()
        .vpc_id(network.id())
        .image_id(ecs::ImageId::existing("img-1"))
        .availability_zone("cn-north-4a")
        .nics([nics]);
}
