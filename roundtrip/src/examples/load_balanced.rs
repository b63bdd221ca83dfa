//! The stack `load-balanced`, imported from `load-balanced.yaml` by `rfs import`.
//!
//! Escape hatches: 7.

use rfs_dsl::types::{ecs, ulb, vpc};
use rfs_dsl::types::core::IntoValue;
use rfs_dsl::{Input, Stack};

/// Builds the stack.
pub fn stack() -> Stack {
    let mut stack = Stack::new("load-balanced")
        .description("Two web servers behind a shared load balancer");
    let image = stack
        .input(
            "image",
            Input::<ecs::ImageId>::new().description("Image for the servers"),
        );
    let app_vpc = stack
        .add("app-vpc", vpc::Vpc::builder().cidr("10.0.0.0/16").name("app").build());
    let app_subnet = stack
        .add(
            "app-subnet",
            vpc::Subnet::builder()
                .name("app")
                .cidr("10.0.1.0/24")
                .gateway("10.0.1.1")
                .vpc_id(app_vpc.id())
                .build(),
        );
    let app_lb = stack
        .add(
            "app-lb",
            ulb::LoadBalancer::builder()
                .description("Entry point of the app")
                .subnet_id(app_subnet.attr().neutron_subnet_id())
                .name("app")
                .build(),
        );
    // escape hatch: the spec types 'loadBalancerId' as string although it holds a HuaweiCloud.ULB.LoadBalancer.Id (a spec gap): `as_string`
    let app_listener = stack
        .add(
            "app-listener",
            ulb::Listener::builder()
                .protocol(ulb::ListenerProtocol::Http)
                .load_balancer_id(app_lb.id().as_string())
                .port(80)
                .name("http")
                .build(),
        );
    // escape hatch: the spec types 'listenerId' as string although it holds a HuaweiCloud.ULB.Listener.Id (a spec gap): `as_string`
    let app_pool = stack
        .add(
            "app-pool",
            ulb::Pool::builder()
                .protocol(ulb::PoolProtocol::Http)
                .name("app")
                .lb_algorithm(ulb::PoolLbAlgorithm::RoundRobin)
                .listener_id(app_listener.id().as_string())
                .build(),
        );
    // escape hatch: the spec types 'poolId' as string although it holds a HuaweiCloud.ULB.Pool.Id (a spec gap): `as_string`
    stack
        .add(
            "app-health",
            ulb::Healthmonitor::builder()
                .url_path("/health")
                .delay(5)
                .timeout(10)
                .pool_id(app_pool.id().as_string())
                .max_retries(3)
                .type_(ulb::HealthmonitorType::Http)
                .build(),
        );
    let app_ecs_1 = stack
        .add(
            "app-ecs-1",
            ecs::CloudServer::builder()
                .vpc_id(app_vpc.id())
                .image_id(&image)
                .availability_zone("cn-north-4a")
                .flavor("s6.medium.2")
                .name("app-1")
                .nics([ecs::Nics::builder().subnet_id(app_subnet.id()).build()])
                .build(),
        );
    // escape hatch: the spec types 'poolId' as string although it holds a HuaweiCloud.ULB.Pool.Id (a spec gap): `as_string`
    // escape hatch: the spec types 'serverId'[0] as string although it holds a HuaweiCloud.ECS.CloudServer.Id (a spec gap): `as_string`
    stack
        .add(
            "app-member-1",
            ulb::Member::builder()
                .weight(1)
                .pool_id(app_pool.id().as_string())
                .subnet_id(app_subnet.attr().neutron_subnet_id())
                .server_id([IntoValue::<String>::into_value(app_ecs_1.id().as_string())])
                .port(8080)
                .build(),
        );
    let app_ecs_2 = stack
        .add(
            "app-ecs-2",
            ecs::CloudServer::builder()
                .vpc_id(app_vpc.id())
                .image_id(&image)
                .availability_zone("cn-north-4a")
                .flavor("s6.medium.2")
                .name("app-2")
                .nics([ecs::Nics::builder().subnet_id(app_subnet.id()).build()])
                .build(),
        );
    // escape hatch: the spec types 'poolId' as string although it holds a HuaweiCloud.ULB.Pool.Id (a spec gap): `as_string`
    // escape hatch: the spec types 'serverId'[0] as string although it holds a HuaweiCloud.ECS.CloudServer.Id (a spec gap): `as_string`
    stack
        .add(
            "app-member-2",
            ulb::Member::builder()
                .weight(1)
                .pool_id(app_pool.id().as_string())
                .subnet_id(app_subnet.attr().neutron_subnet_id())
                .server_id([IntoValue::<String>::into_value(app_ecs_2.id().as_string())])
                .port(8080)
                .build(),
        );
    stack
        .output("address", app_lb.attr().vip_address())
        .description("Private address of the load balancer");
    stack
}
