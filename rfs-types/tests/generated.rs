//! Behaviour of the generated types at run time: what they emit, in which order, and what the
//! static facts say.

use rfs_types::core::{DataType, Element, Function, IntoValue, Ref, Required, Value};
use rfs_types::{aos, ecs, ulb, vpc};

#[test]
fn cargo_features_match_the_services_in_the_specs() {
    let manifest = include_str!("../Cargo.toml");
    let features = &manifest[manifest.find("[features]").expect("a [features] table")..];
    let declared: Vec<&str> = features
        .lines()
        .filter_map(|l| l.strip_suffix(" = []"))
        .collect();
    assert_eq!(
        declared,
        rfs_types::SERVICES,
        "one feature per service, in order"
    );
    let all = &features[features.find("all = [").unwrap()..];
    let all = &all[..all.find(']').unwrap()];
    for s in rfs_types::SERVICES {
        assert!(all.contains(&format!("\"{s}\"")), "feature `all` lacks {s}");
    }
}

#[test]
fn properties_come_out_in_spec_order_with_exact_keys() {
    let v = vpc::Vpc::builder().name("web").cidr("10.0.0.0/8").build();
    let keys: Vec<String> = v.properties().iter().map(|(k, _)| k.to_owned()).collect();
    assert_eq!(keys, ["cidr", "name"]);
    let d = ecs::DataVolume::builder()
        .volume_type(ecs::DataVolumeVolumeType::Ssd)
        .size(10)
        .hw_passthrough(ecs::DataVolumeHwPassthrough::True)
        .build();
    assert!(d.to_map().get("hw:passthrough").is_some());
}

#[test]
fn unlisted_properties_are_kept_and_reported() {
    let s = vpc::Subnet::builder()
        .name("a")
        .omit_cidr()
        .omit_gateway()
        .omit_vpc_id()
        .unlisted_property("primaryDns", "100.125.1.250")
        .build();
    assert_eq!(
        s.unlisted(),
        [(
            "primaryDns".to_owned(),
            Value::from("100.125.1.250").marked(rfs_types::core::Mark::UnlistedProperty)
        )]
    );
    let keys: Vec<String> = s.properties().iter().map(|(k, _)| k.to_owned()).collect();
    assert_eq!(keys, ["name", "primaryDns"]);
}

#[test]
fn enumerations_emit_the_documented_spellings() {
    assert_eq!(ulb::ListenerProtocol::Tcp.as_str(), "TCP");
    assert_eq!(ulb::ListenerProtocol::ALL.len(), 2);
    let v = IntoValue::<ulb::ListenerProtocol>::into_value(ulb::ListenerProtocol::Http);
    assert_eq!(v.into_raw(), Value::from("HTTP"));
}

#[test]
fn data_structures_nest_as_maps() {
    let subnet = Ref::<vpc::Subnet>::new("net");
    let nic = ecs::Nics::builder()
        .subnet_id(subnet.id())
        .ip_address("192.168.0.10")
        .build();
    let server = ecs::CloudServer::builder()
        .vpc_id(vpc::VpcId::existing("vpc-1"))
        .image_id(ecs::ImageId::existing("img"))
        .availability_zone("cn-north-4a")
        .name("vm")
        .flavor("s6.large.2")
        .nics([nic])
        .omit_root_volume()
        .build();
    let props = server.properties();
    let Some(Value::List(nics)) = props.get("nics") else {
        panic!("{props:?}")
    };
    let Value::Map(first) = &nics[0] else {
        panic!("{nics:?}")
    };
    assert_eq!(
        first.get("subnetId"),
        Some(&Value::from(Function::GetReference("net".into())))
    );
    assert_eq!(first.get("ipAddress"), Some(&Value::from("192.168.0.10")));
}

#[test]
fn attributes_read_with_get_attribute() {
    let vm = Ref::<ecs::CloudServer>::new("vm");
    let ips = vm.attr().public_ips().into_raw();
    assert_eq!(
        ips,
        Value::from(Function::GetAttribute {
            node: "vm".into(),
            path: vec!["publicIps".into()]
        })
    );
    let child = Ref::<aos::Stack>::new("child");
    let out = child.attr().output("url").into_raw();
    assert_eq!(
        out,
        Value::from(Function::GetAttribute {
            node: "child".into(),
            path: vec!["url".into()]
        })
    );
}

#[test]
fn static_facts_are_reachable_by_template_type_and_name() {
    let info = rfs_types::element_info("HuaweiCloud.VPC.VPC").expect("VPC.VPC");
    assert_eq!(info.name, "VPC.VPC");
    let name = info.property("name").unwrap();
    assert_eq!(name.required, Required::Yes);
    assert_eq!(name.max_length, Some(64));
    assert_eq!(name.pattern.as_deref(), Some("[A-Za-z0-9_.-]{0,64}"));
    assert_eq!(info.attributes, ["refID", "refName"]);
    assert_eq!(info.name, vpc::Vpc::info().name);
    let nics = rfs_types::datatype_info("ECS.NICS").expect("ECS.NICS");
    assert_eq!(
        nics.property("subnetId").unwrap().type_name,
        "HuaweiCloud.VPC.Subnet.Id"
    );
    assert!(rfs_types::element_info("HuaweiCloud.Nope").is_none());
    let protocol = ulb::Listener::info().property("protocol").unwrap();
    assert_eq!(protocol.allowed_list(), "TCP, HTTP");
    assert!(protocol.allows("TCP") && !protocol.allows("UDP"));
}
