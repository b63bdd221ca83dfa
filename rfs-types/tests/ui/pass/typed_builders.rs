use rfs_types::core::{Element, Function, Ref, Value};
use rfs_types::{ecs, fgs, nat, ulb, vpc};

fn main() {
    let network = Ref::<vpc::Vpc>::new("web-vpc");
    let subnet_ref = Ref::<vpc::Subnet>::new("web-subnet");

    // Required properties set: builds.
    let v = vpc::Vpc::builder().name("web").cidr("192.168.0.0/16").build();
    assert_eq!(v.properties().len(), 2);

    // A VPC reference fills a VPC id; an existing id is explicitly marked.
    let subnet = || vpc::Subnet::builder().name("web").cidr("192.168.0.0/24").gateway("192.168.0.1");
    let s = subnet().vpc_id(network.id()).build();
    let s2 = subnet().vpc_id(vpc::VpcId::existing("vpc-0123")).build();
    // A property only the service API requires can be left to the platform, explicitly.
    let s3 = vpc::Subnet::builder()
        .name("web")
        .cidr("192.168.0.0/24")
        .omit_gateway()
        .vpc_id(network.id())
        .build();
    assert!(s3.properties().get("gateway").is_none());
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
    let balancer = Ref::<ulb::LoadBalancer>::new("lb");
    let l = ulb::Listener::builder()
        .protocol(ulb::ListenerProtocol::Tcp)
        .port(80)
        .load_balancer_id(balancer.id())
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

    // Ids of the right kind: a NAT gateway's into natGatewayId, a function's into funcId.
    let gateway = Ref::<nat::Instance>::new("nat");
    let _rule = nat::SNatRule::builder()
        .nat_gateway_id(gateway.id())
        .subnet_id(subnet_ref.id())
        .floating_ip_id(Ref::<vpc::Eip>::new("eip").id())
        .build();
    let function = Ref::<fgs::Function>::new("handler");
    let _timer = fgs::TimerEventMap::builder().func_id(function.id());
    // Resources no element creates: only a typed input or `existing` fills their ids.
    let _disk = rfs_types::evs::NonSharedVolume::builder()
        .backup_id(rfs_types::evs::BackupId::existing("backup-1"));
}
