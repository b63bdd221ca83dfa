//! One web server: a VPC, a subnet and an ECS with an elastic IP. The image comes from an input
//! typed `HuaweiCloud.ECS.Image.Id`, so only an image id fits where it is used; the zone input is
//! typed `HuaweiCloud.ECS.AvailabilityZone.Name`.

use rfs_dsl::types::{ecs, vpc};
use rfs_dsl::{Input, Stack};

/// Builds the stack.
pub fn stack() -> Stack {
    let mut stack = Stack::new("web-server")
        .description("One web server in a new VPC, reachable on an elastic IP");
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

    let network = stack.add(
        "web-vpc",
        vpc::Vpc::builder()
            .name("web")
            .cidr("192.168.0.0/16")
            .build(),
    );
    let subnet = stack.add(
        "web-subnet",
        vpc::Subnet::builder()
            .name("web")
            .cidr("192.168.1.0/24")
            .gateway("192.168.1.1")
            .dhcp_enable(true)
            .dns_list(["100.125.1.250", "100.125.21.250"])
            .vpc_id(network.id())
            .build(),
    );
    let bandwidth = vpc::BandWidth::builder()
        .share_type(vpc::BandWidthShareType::Per)
        .size(5)
        .charge_mode(vpc::BandWidthChargeMode::Traffic)
        .build();
    let server = stack.add(
        "web-ecs",
        ecs::CloudServer::builder()
            .name("web")
            .vpc_id(network.id())
            .image_id(image)
            .availability_zone(zone)
            .flavor("s6.small.1")
            .instances(1)
            .nics([ecs::Nics::builder().subnet_id(subnet.id()).build()])
            .root_volume(
                ecs::RootVolume::builder()
                    .volume_type(ecs::RootVolumeVolumeType::Ssd)
                    .size(40)
                    .build(),
            )
            .public_ip(
                ecs::PublicIp::builder()
                    .eip(
                        ecs::Eip::builder()
                            .ip_type(ecs::EipIpType::V5_bgp)
                            .bandwidth(bandwidth)
                            .build(),
                    )
                    .build(),
            )
            .build(),
    );
    stack
        .output("public-ips", server.attr().public_ips())
        .description("Public addresses of the server");
    stack
        .output("private-ips", server.attr().private_ips())
        .description("Private addresses of the server");
    stack
}
