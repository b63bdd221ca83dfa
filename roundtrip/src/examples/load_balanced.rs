//! The stack `load-balanced`, imported from `load-balanced.yaml` by `rfs import`.
//!
//! Escape hatches: 0.

use rfs_dsl::types::{ecs, ulb, vpc};
use rfs_dsl::{Input, Stack};

/// Builds the stack.
pub fn stack() -> Stack {
    let mut stack = Stack::new("load-balanced").description(
        "Two web servers behind a shared load balancer",
    );
    let image = stack.input(
        "image",
        Input::<ecs::ImageId>::new().description("Image for the servers"),
    );
    let app_vpc = stack.add("app-vpc", vpc::Vpc::builder().cidr("10.0.0.0/16").name("app").build());
    let app_subnet = stack.add(
        "app-subnet",
        vpc::Subnet::builder()
            .name("app")
            .cidr("10.0.1.0/24")
            .gateway("10.0.1.1")
            .vpc_id(app_vpc.id())
            .build(),
    );
    let app_lb = stack.add(
        "app-lb",
        ulb::LoadBalancer::builder()
            .description("Entry point of the app")
            .subnet_id(app_subnet.attr().neutron_subnet_id())
            .name("app")
            .build(),
    );
    let app_listener = stack.add(
        "app-listener",
        ulb::Listener::builder()
            .protocol(ulb::ListenerProtocol::Http)
            .load_balancer_id(app_lb.id())
            .port(80)
            .name("http")
            .build(),
    );
    let app_pool = stack.add(
        "app-pool",
        ulb::Pool::builder()
            .protocol(ulb::PoolProtocol::Http)
            .name("app")
            .lb_algorithm(ulb::PoolLbAlgorithm::RoundRobin)
            .listener_id(app_listener.id())
            .build(),
    );
    stack.add(
        "app-health",
        ulb::Healthmonitor::builder()
            .url_path("/health")
            .delay(5)
            .timeout(10)
            .pool_id(app_pool.id())
            .max_retries(3)
            .type_(ulb::HealthmonitorType::Http)
            .build(),
    );
    let app_ecs_1 = stack.add(
        "app-ecs-1",
        ecs::CloudServer::builder()
            .vpc_id(app_vpc.id())
            .image_id(&image)
            .availability_zone("cn-north-4a")
            .flavor("s6.medium.2")
            .name("app-1")
            .nics([ecs::Nics::builder().subnet_id(app_subnet.id()).build()])
            .root_volume(
                ecs::RootVolume::builder()
                    .volume_type(ecs::RootVolumeVolumeType::Ssd)
                    .size(40)
                    .build(),
            )
            .build(),
    );
    stack.add(
        "app-member-1",
        ulb::Member::builder()
            .weight(1)
            .pool_id(app_pool.id())
            .subnet_id(app_subnet.attr().neutron_subnet_id())
            .server_id([app_ecs_1.id()])
            .port(8080)
            .build(),
    );
    let app_ecs_2 = stack.add(
        "app-ecs-2",
        ecs::CloudServer::builder()
            .vpc_id(app_vpc.id())
            .image_id(&image)
            .availability_zone("cn-north-4a")
            .flavor("s6.medium.2")
            .name("app-2")
            .nics([ecs::Nics::builder().subnet_id(app_subnet.id()).build()])
            .root_volume(
                ecs::RootVolume::builder()
                    .volume_type(ecs::RootVolumeVolumeType::Ssd)
                    .size(40)
                    .build(),
            )
            .build(),
    );
    stack.add(
        "app-member-2",
        ulb::Member::builder()
            .weight(1)
            .pool_id(app_pool.id())
            .subnet_id(app_subnet.attr().neutron_subnet_id())
            .server_id([app_ecs_2.id()])
            .port(8080)
            .build(),
    );
    stack
        .output("address", app_lb.attr().vip_address())
        .description("Private address of the load balancer");
    stack
}
