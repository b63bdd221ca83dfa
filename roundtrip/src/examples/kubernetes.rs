//! The stack `kubernetes`, imported from `kubernetes.yaml` by `rfs import`.
//!
//! Escape hatches: 0.

use rfs_dsl::types::{cce, ecs, vpc};
use rfs_dsl::{Input, Stack, json};

/// Builds the stack.
pub fn stack() -> Stack {
    let mut stack = Stack::new("kubernetes").description(
        "A CCE cluster with a node pool running nginx behind a Service",
    );
    let ssh_key = stack.input(
        "ssh-key",
        Input::<ecs::KeyPairPublicKey>::new().description("Public key for the nodes"),
    );
    let k8s_vpc = stack.add(
        "k8s-vpc",
        vpc::Vpc::builder().cidr("192.168.0.0/16").name("k8s").build(),
    );
    let k8s_subnet = stack.add(
        "k8s-subnet",
        vpc::Subnet::builder()
            .name("k8s")
            .cidr("192.168.0.0/20")
            .gateway("192.168.0.1")
            .vpc_id(k8s_vpc.id())
            .build(),
    );
    let k8s_cluster = stack.add(
        "k8s-cluster",
        cce::Cluster::builder()
            .vpc_id(k8s_vpc.id())
            .network_mode(cce::ClusterNetworkMode::OverlayL2)
            .description("Demo cluster")
            .name("demo")
            .highway_subnet_id(k8s_subnet.id())
            .container_network_cidr("172.16.0.0/16")
            .version(cce::ClusterVersion::V1_15)
            .flavor("cce.s1.small")
            .build(),
    );
    let k8s_nodes = stack.add(
        "k8s-nodes",
        cce::NodePool::builder()
            .data_volumes(
                [
                    cce::DataVolume::builder()
                        .volume_type(cce::DataVolumeVolumeType::Sas)
                        .size(100)
                        .build()
                ],
            )
            .availability_zone("cn-north-4a")
            .name("workers")
            .public_key(&ssh_key)
            .cluster_id(k8s_cluster.id())
            .flavor("s6.large.2")
            .instances(3)
            .root_volume(
                ecs::RootVolume::builder()
                    .volume_type(ecs::RootVolumeVolumeType::Sata)
                    .size(40)
                    .build(),
            )
            .build(),
    );
    let nginx = stack.add(
        "nginx",
        cce::Deployment::builder()
            .namespace("default")
            .k8s_manifest(json!({
                "apiVersion": "apps/v1",
                "kind": "Deployment",
                "metadata": {"name": "nginx"},
                "spec": {
                    "replicas": 2,
                    "selector": {"matchLabels": {"app": "nginx"}},
                    "template": {
                        "metadata": {"labels": {"app": "nginx"}},
                        "spec": {
                            "containers": [
                                {
                                    "name": "nginx",
                                    "image": "nginx:1.25",
                                    "ports": [{"containerPort": 80}],
                                }
                            ],
                        },
                    },
                },
            }))
            .cluster_id(k8s_cluster.id())
            .build(),
    );
    stack.depends_on(&nginx, &k8s_nodes);
    let nginx_service = stack.add(
        "nginx-service",
        cce::Service::builder()
            .k8s_manifest(json!({
                "apiVersion": "v1",
                "kind": "Service",
                "metadata": {"name": "nginx"},
                "spec": {
                    "type": "NodePort",
                    "selector": {"app": "nginx"},
                    "ports": [{"port": 80, "targetPort": 80}],
                },
            }))
            .cluster_id(k8s_cluster.id())
            .namespace("default")
            .build(),
    );
    stack.depends_on(&nginx_service, &nginx);
    stack
        .output("service-ip", nginx_service.attr().ip())
        .description("Cluster address of the nginx Service");
    stack
        .output("service-port", nginx_service.attr().port())
        .description("Port of the nginx Service");
    stack
}
