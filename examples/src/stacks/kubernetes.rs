//! A Kubernetes cluster: CCE cluster in a new VPC, a node pool, and an nginx Deployment exposed by
//! a Service. The workloads are native Kubernetes manifests.

use rfs_dsl::types::{cce, ecs, vpc};
use rfs_dsl::{Input, Stack, json};

/// Builds the stack.
pub fn stack() -> Stack {
    let mut stack = Stack::new("kubernetes")
        .description("A CCE cluster with a node pool running nginx behind a Service");
    let key = stack.input(
        "ssh-key",
        Input::<ecs::KeyPairPublicKey>::new().description("Public key for the nodes"),
    );

    let network = stack.add(
        "k8s-vpc",
        vpc::Vpc::builder()
            .name("k8s")
            .cidr("192.168.0.0/16")
            .build(),
    );
    let subnet = stack.add(
        "k8s-subnet",
        vpc::Subnet::builder()
            .name("k8s")
            .cidr("192.168.0.0/20")
            .gateway("192.168.0.1")
            .vpc_id(network.id())
            .build(),
    );
    let cluster = stack.add(
        "k8s-cluster",
        cce::Cluster::builder()
            .name("demo")
            .flavor("cce.s1.small")
            .version(cce::ClusterVersion::V1_15)
            .vpc_id(network.id())
            .highway_subnet_id(subnet.id())
            .network_mode(cce::ClusterNetworkMode::OverlayL2)
            .container_network_cidr("172.16.0.0/16")
            .description("Demo cluster")
            .build(),
    );
    let pool = stack.add(
        "k8s-nodes",
        cce::NodePool::builder()
            .name("workers")
            .cluster_id(cluster.id())
            .flavor("s6.large.2")
            .availability_zone("cn-north-4a")
            .public_key(key)
            .instances(3)
            .root_volume(
                ecs::RootVolume::builder()
                    .volume_type(ecs::RootVolumeVolumeType::Sata)
                    .size(40)
                    .build(),
            )
            .data_volumes([cce::DataVolume::builder()
                .volume_type(cce::DataVolumeVolumeType::Sas)
                .size(100)
                .build()])
            .build(),
    );
    let deployment = stack.add(
        "nginx",
        cce::Deployment::builder()
            .cluster_id(cluster.id())
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
                            "containers": [{
                                "name": "nginx",
                                "image": "nginx:1.25",
                                "ports": [{"containerPort": 80}]
                            }]
                        }
                    }
                }
            }))
            .build(),
    );
    stack.depends_on(&deployment, &pool);
    let service = stack.add(
        "nginx-service",
        cce::Service::builder()
            .cluster_id(cluster.id())
            .namespace("default")
            .k8s_manifest(json!({
                "apiVersion": "v1",
                "kind": "Service",
                "metadata": {"name": "nginx"},
                "spec": {
                    "type": "NodePort",
                    "selector": {"app": "nginx"},
                    "ports": [{"port": 80, "targetPort": 80}]
                }
            }))
            .build(),
    );
    stack.depends_on(&service, &deployment);
    stack
        .output("service-ip", service.attr().ip())
        .description("Cluster address of the nginx Service");
    stack
        .output("service-port", service.attr().port())
        .description("Port of the nginx Service");
    stack
}
