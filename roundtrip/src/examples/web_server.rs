//! The stack `web-server`, imported from `web-server.yaml` by `rfs import`.
//!
//! Escape hatches: 0.

use rfs_dsl::types::{ecs, vpc};
use rfs_dsl::{Input, Stack};

/// Builds the stack.
pub fn stack() -> Stack {
    let mut stack = Stack::new("web-server").description(
        "One web server in a new VPC, reachable on an elastic IP",
    );
    let image = stack.input(
        "image",
        Input::<ecs::ImageId>::new().description("Image for the server"),
    );
    let zone = stack.input(
        "zone",
        Input::<ecs::AvailabilityZoneName>::new()
            .default_value("cn-north-4a")
            .description("Availability zone"),
    );
    let web_vpc = stack.add(
        "web-vpc",
        vpc::Vpc::builder().cidr("192.168.0.0/16").name("web").build(),
    );
    let web_subnet = stack.add(
        "web-subnet",
        vpc::Subnet::builder()
            .name("web")
            .cidr("192.168.1.0/24")
            .gateway("192.168.1.1")
            .dhcp_enable(true)
            .dns_list(["100.125.1.250", "100.125.21.250"])
            .vpc_id(web_vpc.id())
            .build(),
    );
    let web_ecs = stack.add(
        "web-ecs",
        ecs::CloudServer::builder()
            .vpc_id(web_vpc.id())
            .image_id(&image)
            .availability_zone(&zone)
            .flavor("s6.small.1")
            .instances(1)
            .name("web")
            .nics([ecs::Nics::builder().subnet_id(web_subnet.id()).build()])
            .public_ip(
                ecs::PublicIp::builder()
                    .eip(
                        ecs::Eip::builder()
                            .bandwidth(
                                vpc::BandWidth::builder()
                                    .share_type(vpc::BandWidthShareType::Per)
                                    .charge_mode(vpc::BandWidthChargeMode::Traffic)
                                    .size(5)
                                    .build(),
                            )
                            .ip_type(ecs::EipIpType::V5_bgp)
                            .build(),
                    )
                    .build(),
            )
            .root_volume(
                ecs::RootVolume::builder()
                    .volume_type(ecs::RootVolumeVolumeType::Ssd)
                    .size(40)
                    .build(),
            )
            .build(),
    );
    stack
        .output("public-ips", web_ecs.attr().public_ips())
        .description("Public addresses of the server");
    stack
        .output("private-ips", web_ecs.attr().private_ips())
        .description("Private addresses of the server");
    stack
}
