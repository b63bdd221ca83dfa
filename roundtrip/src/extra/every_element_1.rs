//! The stack `every-element-1`, imported from `every-element-1.yaml` by `rfs import`.
//!
//! Escape hatches: 0.

use rfs_dsl::types::{aos, apig, apm, cce, cci, cdn, ecs, vpc};
use rfs_dsl::{Input, Stack, json};

/// Builds the stack.
pub fn stack() -> Stack {
    let mut stack = Stack::new("every-element-1").description(
        "One element of every type (part 1 of 3), every listed property set",
    );
    // input 'text' has no type and fills both text and HuaweiCloud.AOS.Template.Id: it stays untyped
    let text = stack.untyped_input("text", Input::untyped().description("any text"));
    let r0 = stack.input("r0", Input::<cce::ClusterId>::new());
    let r1 = stack.input("r1", Input::<apig::ApiGroupId>::new());
    let r2 = stack.input("r2", Input::<ecs::KeyPairPublicKey>::new());
    let r3 = stack.input("r3", Input::<cce::NodeFlavorName>::new());
    let r4 = stack.input("r4", Input::<ecs::AvailabilityZoneName>::new());
    let r5 = stack.input("r5", Input::<ecs::KeyPairName>::new());
    let r6 = stack.input("r6", Input::<vpc::VpcId>::new());
    let r7 = stack.input("r7", Input::<vpc::SubnetId>::new());
    let r8 = stack.input("r8", Input::<cce::ClusterFlavorName>::new());
    let r9 = stack.input("r9", Input::<vpc::EipId>::new());
    let r10 = stack.input("r10", Input::<cci::NamespaceName>::new());
    let r11 = stack.input("r11", Input::<vpc::SecurityGroupId>::new());
    let r12 = stack.input("r12", Input::<cdn::DomainId>::new());
    stack.add(
        "aos-batch",
        aos::Batch::builder()
            .items(
                [
                    aos::BatchItem::builder()
                        .values(json!({"key": "value", "nested": {"list": [1, "two"]}}))
                        .properties(&text)
                        .element(&text)
                        .build()
                ],
            )
            .step(1)
            .values(json!({"key": "value", "nested": {"list": [1, "two"]}}))
            .limit(1)
            .build(),
    );
    stack.add(
        "aos-stack",
        aos::Stack::builder()
            .inputs(json!({"key": "value", "nested": {"list": [1, "two"]}}))
            .description(&text)
            .failure_strategy(aos::StackFailureStrategy::DoNothing)
            .deploy(true)
            .cluster_id(&r0)
            .template_id(&text)
            .build(),
    );
    stack.add(
        "apig-api",
        apig::Api::builder()
            .mock_info(apig::MockInfo::builder().result_content(&text).build())
            .req_method(apig::ApiReqMethod::Get)
            .name(&text)
            .backend_type(apig::ApiBackendType::Http)
            .remark(&text)
            .backend_api(
                apig::BackendApi::builder()
                    .remark(&text)
                    .url_domain(&text)
                    .req_uri(&text)
                    .timeout(1)
                    .req_method(apig::BackendApiReqMethod::Get)
                    .req_protocol(apig::BackendApiReqProtocol::Http)
                    .build(),
            )
            .group_id(&r1)
            .req_uri(&text)
            .auth_type(apig::ApiAuthType::None)
            .match_mode(apig::ApiMatchMode::Swa)
            .cors(true)
            .func_info(
                apig::FuncInfo::builder()
                    .remark(&text)
                    .version(&text)
                    .invocation_type(apig::FuncInfoInvocationType::Async)
                    .function_urn(&text)
                    .timeout(1)
                    .build(),
            )
            .req_protocol(&text)
            .strategy_id(&text)
            .build(),
    );
    stack.add("apig-apigroup", apig::ApiGroup::builder().remark(&text).name(&text).build());
    stack.add(
        "apig-throttle",
        apig::Throttle::builder()
            .time_interval(1)
            .remark(&text)
            .name(&text)
            .api_call_limits(1)
            .user_call_limits(1)
            .app_call_limits(1)
            .time_unit(apig::ThrottleTimeUnit::Second)
            .build(),
    );
    stack.add(
        "apm-autoscaler",
        apm::AutoScaler::builder()
            .name(&text)
            .max_instances(1)
            .app_name(&text)
            .rules(
                [
                    apm::AutoscalerRule::builder()
                        .policy_type(apm::AutoscalerRulePolicyType::Alarm)
                        .conditions(
                            [
                                apm::AutoscalerCondition::builder()
                                    .evaluation_periods(
                                        apm::AutoscalerConditionEvaluationPeriods::V1,
                                    )
                                    .metric_unit(apm::AutoscalerConditionMetricUnit::Percent)
                                    .period(apm::AutoscalerConditionPeriod::V60)
                                    .metric_operation(apm::AutoscalerConditionMetricOperation::Gt)
                                    .metric_threshold(0)
                                    .metric_namespace(
                                        apm::AutoscalerConditionMetricNamespace::PaasContainer,
                                    )
                                    .statistic(apm::AutoscalerConditionStatistic::Average)
                                    .metric_name(apm::AutoscalerConditionMetricName::CpuUsage)
                                    .build()
                            ],
                        )
                        .name(&text)
                        .actions(
                            [
                                apm::AutoscalerAction::builder()
                                    .type_(apm::AutoscalerActionType::ScaleOutK8s)
                                    .parameters(
                                        apm::AutoscalerActionParameters::builder()
                                            .scale_unit(1)
                                            .build(),
                                    )
                                    .build()
                            ],
                        )
                        .build()
                ],
            )
            .cluster_id(&r0)
            .cooldown_time(0)
            .min_instances(1)
            .type_(apm::AutoScalerType::App)
            .build(),
    );
    stack.add(
        "cce-addon-autoscaler",
        cce::AddonAutoScaler::builder()
            .scale_down_utilization_threshold(0)
            .cluster_id(&r0)
            .scale_down_enabled(true)
            .public_key(&r2)
            .node_passwd(&text)
            .nodes(
                [
                    cce::AddonAutoScalerNode::builder()
                        .flavor(&r3)
                        .az(&r4)
                        .os(&text)
                        .taints(json!({"key": "value", "nested": {"list": [1, "two"]}}))
                        .build()
                ],
            )
            .ssh_key_name(&r5)
            .scale_down_unneeded_time(1)
            .build(),
    );
    stack.add(
        "cce-cluster",
        cce::Cluster::builder()
            .multi_az(true)
            .vpc_id(&r6)
            .network_mode(cce::ClusterNetworkMode::OverlayL2)
            .description(&text)
            .name(&text)
            .kube_proxy_mode(cce::ClusterKubeProxyMode::Iptables)
            .highway_subnet_id(&r7)
            .container_network_cidr(&text)
            .version(cce::ClusterVersion::V1_15)
            .namespaces(json!(&text))
            .flavor(&r8)
            .build(),
    );
    stack.add(
        "cce-configmap",
        cce::ConfigMap::builder()
            .k8s_manifest(json!({"key": "value", "nested": {"list": [1, "two"]}}))
            .name(&text)
            .cluster_id(&r0)
            .namespace(&text)
            .data(json!({"key": "value", "nested": {"list": [1, "two"]}}))
            .build(),
    );
    stack.add(
        "cce-daemonset",
        cce::DaemonSet::builder()
            .namespace(&text)
            .k8s_manifest(json!({"key": "value", "nested": {"list": [1, "two"]}}))
            .cluster_id(&r0)
            .build(),
    );
    stack.add(
        "cce-deployment",
        cce::Deployment::builder()
            .namespace(&text)
            .k8s_manifest(json!({"key": "value", "nested": {"list": [1, "two"]}}))
            .cluster_id(&r0)
            .build(),
    );
    stack.add(
        "cce-helmrelease",
        cce::HelmRelease::builder()
            .name(&text)
            .cluster_id(&r0)
            .namespace(&text)
            .chart(cce::HelmChart::builder().version(&text).name(&text).build())
            .values(json!({"key": "value", "nested": {"list": [1, "two"]}}))
            .build(),
    );
    stack.add(
        "cce-ingress",
        cce::Ingress::builder()
            .namespace(&text)
            .k8s_manifest(json!({"key": "value", "nested": {"list": [1, "two"]}}))
            .cluster_id(&r0)
            .build(),
    );
    stack.add(
        "cce-job",
        cce::Job::builder()
            .k8s_manifest(json!({"key": "value", "nested": {"list": [1, "two"]}}))
            .namespace(&text)
            .cluster_id(&r0)
            .build(),
    );
    stack.add(
        "cce-nodepool",
        cce::NodePool::builder()
            .data_volumes(
                [
                    cce::DataVolume::builder()
                        .multi_attach(true)
                        .volume_type(cce::DataVolumeVolumeType::Sata)
                        .hw_passthrough(cce::DataVolumeHwPassthrough::True)
                        .size(10)
                        .build()
                ],
            )
            .availability_zone(&r4)
            .name(&text)
            .public_key(&r2)
            .post_install(&text)
            .labels([cce::Labels::builder().scope(1).key(&text).value(&text).build()])
            .cluster_id(&r0)
            .pre_install(&text)
            .public_ip(
                cce::PublicIp::builder()
                    .eip(json!({"key": "value", "nested": {"list": [1, "two"]}}))
                    .ids(&r9)
                    .build(),
            )
            .flavor(&r3)
            .instances(1)
            .root_volume(
                ecs::RootVolume::builder()
                    .volume_type(ecs::RootVolumeVolumeType::Sata)
                    .size(1)
                    .build(),
            )
            .os(&text)
            .node_passwd(&text)
            .ssh_key_name(&r5)
            .build(),
    );
    stack.add(
        "cce-pod",
        cce::Pod::builder()
            .k8s_manifest(json!({"key": "value", "nested": {"list": [1, "two"]}}))
            .name(&text)
            .cluster_id(&r0)
            .namespace(&text)
            .build(),
    );
    stack.add(
        "cce-secret",
        cce::Secret::builder()
            .k8s_manifest(json!({"key": "value", "nested": {"list": [1, "two"]}}))
            .name(&text)
            .cluster_id(&r0)
            .namespace(&text)
            .data(json!({"key": "value", "nested": {"list": [1, "two"]}}))
            .type_(&text)
            .build(),
    );
    stack.add(
        "cce-service",
        cce::Service::builder()
            .k8s_manifest(json!({"key": "value", "nested": {"list": [1, "two"]}}))
            .cluster_id(&r0)
            .namespace(&text)
            .build(),
    );
    stack.add(
        "cce-statefulset",
        cce::StatefulSet::builder()
            .namespace(&text)
            .k8s_manifest(json!({"key": "value", "nested": {"list": [1, "two"]}}))
            .cluster_id(&r0)
            .build(),
    );
    stack.add(
        "cce-storage-evs",
        cce::StorageEvs::builder()
            .size(1)
            .availability_zone(&r4)
            .k8s_manifest(json!({"key": "value", "nested": {"list": [1, "two"]}}))
            .name(&text)
            .cluster_id(&r0)
            .volume_id(&text)
            .disk_type(cce::StorageEvsDiskType::Sata)
            .delete_volume(true)
            .namespace(&text)
            .build(),
    );
    stack.add(
        "cce-storage-obs",
        cce::StorageObs::builder()
            .k8s_manifest(json!({"key": "value", "nested": {"list": [1, "two"]}}))
            .name(&text)
            .cluster_id(&r0)
            .namespace(&text)
            .volume_id(&text)
            .delete_volume(true)
            .build(),
    );
    stack.add(
        "cce-storage-sfs",
        cce::StorageSfs::builder()
            .size(1)
            .k8s_manifest(json!({"key": "value", "nested": {"list": [1, "two"]}}))
            .name(&text)
            .cluster_id(&r0)
            .volume_id(&text)
            .delete_volume(true)
            .namespace(&text)
            .build(),
    );
    stack.add(
        "cci-configmap",
        cci::ConfigMap::builder()
            .k8s_manifest(json!({"key": "value", "nested": {"list": [1, "two"]}}))
            .namespace(&r10)
            .build(),
    );
    stack.add(
        "cci-deployment",
        cci::Deployment::builder()
            .k8s_manifest(json!({"key": "value", "nested": {"list": [1, "two"]}}))
            .namespace(&r10)
            .build(),
    );
    stack.add(
        "cci-ingress",
        cci::Ingress::builder()
            .k8s_manifest(json!({"key": "value", "nested": {"list": [1, "two"]}}))
            .namespace(&r10)
            .build(),
    );
    stack.add(
        "cci-job",
        cci::Job::builder()
            .k8s_manifest(json!({"key": "value", "nested": {"list": [1, "two"]}}))
            .namespace(&r10)
            .build(),
    );
    stack.add(
        "cci-namespace",
        cci::Namespace::builder()
            .flavor(cci::NamespaceFlavor::GpuAccelerated)
            .name(&text)
            .network(
                cci::Network::builder()
                    .vpc_id(&r6)
                    .security_group_id(&r11)
                    .available_zone(&r4)
                    .subnet_id(&r7)
                    .network_type(cci::NetworkNetworkType::UnderlayNeutron)
                    .build(),
            )
            .build(),
    );
    stack.add(
        "cci-secret",
        cci::Secret::builder()
            .k8s_manifest(json!({"key": "value", "nested": {"list": [1, "two"]}}))
            .type_(&text)
            .namespace(&r10)
            .name(&text)
            .data(json!({"key": "value", "nested": {"list": [1, "two"]}}))
            .build(),
    );
    stack.add(
        "cci-service",
        cci::Service::builder()
            .k8s_manifest(json!({"key": "value", "nested": {"list": [1, "two"]}}))
            .namespace(&r10)
            .build(),
    );
    stack.add(
        "cci-statefulset",
        cci::StatefulSet::builder()
            .k8s_manifest(json!({"key": "value", "nested": {"list": [1, "two"]}}))
            .namespace(&r10)
            .build(),
    );
    stack.add(
        "cci-storage-evs",
        cci::StorageEvs::builder()
            .k8s_manifest(json!({"key": "value", "nested": {"list": [1, "two"]}}))
            .name(&text)
            .access_mode(cci::StorageEvsAccessMode::ReadWriteOnce)
            .namespace(&r10)
            .disk_type(cci::StorageEvsDiskType::Sata)
            .storage_class(cci::StorageEvsStorageClass::Sata)
            .size(1)
            .build(),
    );
    stack.add(
        "cci-storage-sfs",
        cci::StorageSfs::builder()
            .k8s_manifest(json!({"key": "value", "nested": {"list": [1, "two"]}}))
            .namespace(&r10)
            .name(&text)
            .build(),
    );
    stack.add(
        "cdn-cache",
        cdn::Cache::builder()
            .rules(
                [
                    cdn::CacheRule::builder()
                        .priority(1)
                        .content(&text)
                        .rule_type(cdn::CacheRuleRuleType::Any)
                        .ttl_type(cdn::CacheRuleTtlType::Second)
                        .ttl(0)
                        .build()
                ],
            )
            .domain_id(&r12)
            .ignore_url_parameter(true)
            .build(),
    );
    stack
}
