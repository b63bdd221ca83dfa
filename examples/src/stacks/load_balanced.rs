//! Two servers behind a shared load balancer: listener on port 80, a round-robin pool, one
//! member per server and an HTTP health check. The members take the subnet's
//! `neutron_subnet_id`, as the ULB pages require.

use rfs_dsl::types::{ecs, ulb, vpc};
use rfs_dsl::{Input, Stack};

/// Builds the stack.
pub fn stack() -> Stack {
    let mut stack =
        Stack::new("load-balanced").description("Two web servers behind a shared load balancer");
    let image = stack.input(
        "image",
        Input::<ecs::ImageId>::new().description("Image for the servers"),
    );

    let network = stack.add(
        "app-vpc",
        vpc::Vpc::builder().name("app").cidr("10.0.0.0/16").build(),
    );
    let subnet = stack.add(
        "app-subnet",
        vpc::Subnet::builder()
            .name("app")
            .cidr("10.0.1.0/24")
            .gateway("10.0.1.1")
            .vpc_id(network.id())
            .build(),
    );
    let balancer = stack.add(
        "app-lb",
        ulb::LoadBalancer::builder()
            .name("app")
            .subnet_id(subnet.attr().neutron_subnet_id())
            .description("Entry point of the app")
            .build(),
    );
    let listener = stack.add(
        "app-listener",
        ulb::Listener::builder()
            .name("http")
            .protocol(ulb::ListenerProtocol::Http)
            .port(80)
            .load_balancer_id(balancer.id())
            .build(),
    );
    let pool = stack.add(
        "app-pool",
        ulb::Pool::builder()
            .name("app")
            .protocol(ulb::PoolProtocol::Http)
            .lb_algorithm(ulb::PoolLbAlgorithm::RoundRobin)
            .listener_id(listener.id())
            .build(),
    );
    stack.add(
        "app-health",
        ulb::Healthmonitor::builder()
            .type_(ulb::HealthmonitorType::Http)
            .url_path("/health")
            .delay(5)
            .timeout(10)
            .max_retries(3)
            .pool_id(pool.id())
            .build(),
    );
    for i in 1..=2 {
        let server = stack.add(
            &format!("app-ecs-{i}"),
            ecs::CloudServer::builder()
                .name(format!("app-{i}"))
                .vpc_id(network.id())
                .image_id(&image)
                .availability_zone("cn-north-4a")
                .flavor("s6.medium.2")
                .nics([ecs::Nics::builder().subnet_id(subnet.id()).build()])
                .root_volume(
                    ecs::RootVolume::builder()
                        .volume_type(ecs::RootVolumeVolumeType::Ssd)
                        .size(40)
                        .build(),
                )
                .build(),
        );
        stack.add(
            &format!("app-member-{i}"),
            ulb::Member::builder()
                .pool_id(pool.id())
                .subnet_id(subnet.attr().neutron_subnet_id())
                .server_id([server.id()])
                .port(8080)
                .weight(1)
                .build(),
        );
    }
    stack
        .output("address", balancer.attr().vip_address())
        .description("Private address of the load balancer");
    stack
}
