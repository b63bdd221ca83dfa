//! The stack `every-element`, imported from `every-element.yaml` by `rfs import`.
//!
//! Escape hatches: 0.

use rfs_dsl::types::{
    aos,
    apig,
    apm,
    cce,
    cci,
    cdn,
    common,
    dbss,
    dcs,
    dds,
    dis,
    ecs,
    evs,
    fgs,
    hss,
    iam,
    mrs,
    nat,
    obs,
    rds,
    scm,
    servicestage,
    sfs,
    smn,
    ulb,
    vpc,
    vpcendpoint,
    vss,
    waf,
};
use rfs_dsl::types::core::IntoValue;
use rfs_dsl::{Input, Stack, json};

/// Builds the stack.
pub fn stack() -> Stack {
    let mut stack = Stack::new("every-element").description(
        "One element of every type, every listed property set",
    );
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
    let r9 = stack.input("r9", Input::<cci::NamespaceName>::new());
    let r10 = stack.input("r10", Input::<vpc::SecurityGroupId>::new());
    let r11 = stack.input("r11", Input::<cdn::DomainId>::new());
    let r12 = stack.input("r12", Input::<common::PeriodNum>::new());
    let r13 = stack.input("r13", Input::<dds::SpecCode>::new());
    let r14 = stack.input("r14", Input::<ecs::ImageId>::new());
    let r15 = stack.input("r15", Input::<vpc::EipId>::new());
    let r16 = stack.input("r16", Input::<rds::ParamsGroupId>::new());
    let r17 = stack.input("r17", Input::<vpc::SubnetAllId>::new());
    stack.add(
        "aos-batch",
        aos::Batch::builder()
            .items(
                [
                    aos::BatchItem::builder()
                        .values(json!({
                            "key": "value",
                            "nested": {
                                "list": [1, "two"]
                            }
                        }))
                        .properties(&text)
                        .element(&text)
                        .build()
                ],
            )
            .step(1)
            .values(json!({
                "key": "value",
                "nested": {
                    "list": [1, "two"]
                }
            }))
            .limit(1)
            .build(),
    );
    stack.add(
        "aos-stack",
        aos::Stack::builder()
            .inputs(json!({
                "key": "value",
                "nested": {
                    "list": [1, "two"]
                }
            }))
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
                        .taints(json!({
                            "key": "value",
                            "nested": {
                                "list": [1, "two"]
                            }
                        }))
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
            .k8s_manifest(json!({
                "key": "value",
                "nested": {
                    "list": [1, "two"]
                }
            }))
            .name(&text)
            .cluster_id(&r0)
            .namespace(&text)
            .data(json!({
                "key": "value",
                "nested": {
                    "list": [1, "two"]
                }
            }))
            .build(),
    );
    stack.add(
        "cce-daemonset",
        cce::DaemonSet::builder()
            .namespace(&text)
            .k8s_manifest(json!({
                "key": "value",
                "nested": {
                    "list": [1, "two"]
                }
            }))
            .cluster_id(&r0)
            .build(),
    );
    stack.add(
        "cce-deployment",
        cce::Deployment::builder()
            .namespace(&text)
            .k8s_manifest(json!({
                "key": "value",
                "nested": {
                    "list": [1, "two"]
                }
            }))
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
            .values(json!({
                "key": "value",
                "nested": {
                    "list": [1, "two"]
                }
            }))
            .build(),
    );
    stack.add(
        "cce-ingress",
        cce::Ingress::builder()
            .namespace(&text)
            .k8s_manifest(json!({
                "key": "value",
                "nested": {
                    "list": [1, "two"]
                }
            }))
            .cluster_id(&r0)
            .build(),
    );
    stack.add(
        "cce-job",
        cce::Job::builder()
            .k8s_manifest(json!({
                "key": "value",
                "nested": {
                    "list": [1, "two"]
                }
            }))
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
            .public_ip(cce::PublicIp::builder().eip(json!({
                "key": "value",
                "nested": {
                    "list": [1, "two"]
                }
            })).ids(&text).build())
            .flavor(&r3)
            .build(),
    );
    stack.add(
        "cce-pod",
        cce::Pod::builder()
            .k8s_manifest(json!({
                "key": "value",
                "nested": {
                    "list": [1, "two"]
                }
            }))
            .name(&text)
            .cluster_id(&r0)
            .namespace(&text)
            .build(),
    );
    stack.add(
        "cce-secret",
        cce::Secret::builder()
            .k8s_manifest(json!({
                "key": "value",
                "nested": {
                    "list": [1, "two"]
                }
            }))
            .name(&text)
            .cluster_id(&r0)
            .namespace(&text)
            .data(json!({
                "key": "value",
                "nested": {
                    "list": [1, "two"]
                }
            }))
            .type_(&text)
            .build(),
    );
    stack.add(
        "cce-service",
        cce::Service::builder()
            .k8s_manifest(json!({
                "key": "value",
                "nested": {
                    "list": [1, "two"]
                }
            }))
            .cluster_id(&r0)
            .namespace(&text)
            .build(),
    );
    stack.add(
        "cce-statefulset",
        cce::StatefulSet::builder()
            .namespace(&text)
            .k8s_manifest(json!({
                "key": "value",
                "nested": {
                    "list": [1, "two"]
                }
            }))
            .cluster_id(&r0)
            .build(),
    );
    stack.add(
        "cce-storage-evs",
        cce::StorageEvs::builder()
            .size(1)
            .availability_zone(&r4)
            .k8s_manifest(json!({
                "key": "value",
                "nested": {
                    "list": [1, "two"]
                }
            }))
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
            .k8s_manifest(json!({
                "key": "value",
                "nested": {
                    "list": [1, "two"]
                }
            }))
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
            .k8s_manifest(json!({
                "key": "value",
                "nested": {
                    "list": [1, "two"]
                }
            }))
            .name(&text)
            .cluster_id(&r0)
            .volume_id(&text)
            .delete_volume(true)
            .namespace(&text)
            .build(),
    );
    stack.add(
        "cci-configmap",
        cci::ConfigMap::builder().k8s_manifest(json!({
            "key": "value",
            "nested": {
                "list": [1, "two"]
            }
        })).namespace(&r9).build(),
    );
    stack.add(
        "cci-deployment",
        cci::Deployment::builder().k8s_manifest(json!({
            "key": "value",
            "nested": {
                "list": [1, "two"]
            }
        })).namespace(&r9).build(),
    );
    stack.add(
        "cci-ingress",
        cci::Ingress::builder().k8s_manifest(json!({
            "key": "value",
            "nested": {
                "list": [1, "two"]
            }
        })).namespace(&r9).build(),
    );
    stack.add(
        "cci-job",
        cci::Job::builder().k8s_manifest(json!({
            "key": "value",
            "nested": {
                "list": [1, "two"]
            }
        })).namespace(&r9).build(),
    );
    stack.add(
        "cci-namespace",
        cci::Namespace::builder()
            .flavor(cci::NamespaceFlavor::GpuAccelerated)
            .name(&text)
            .network(
                cci::Network::builder()
                    .vpc_id(&r6)
                    .security_group_id(&r10)
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
            .k8s_manifest(json!({
                "key": "value",
                "nested": {
                    "list": [1, "two"]
                }
            }))
            .type_(&text)
            .namespace(&r9)
            .name(&text)
            .data(json!({
                "key": "value",
                "nested": {
                    "list": [1, "two"]
                }
            }))
            .build(),
    );
    stack.add(
        "cci-service",
        cci::Service::builder().k8s_manifest(json!({
            "key": "value",
            "nested": {
                "list": [1, "two"]
            }
        })).namespace(&r9).build(),
    );
    stack.add(
        "cci-statefulset",
        cci::StatefulSet::builder().k8s_manifest(json!({
            "key": "value",
            "nested": {
                "list": [1, "two"]
            }
        })).namespace(&r9).build(),
    );
    stack.add(
        "cci-storage-evs",
        cci::StorageEvs::builder()
            .k8s_manifest(json!({
                "key": "value",
                "nested": {
                    "list": [1, "two"]
                }
            }))
            .name(&text)
            .access_mode(cci::StorageEvsAccessMode::ReadWriteOnce)
            .namespace(&r9)
            .disk_type(cci::StorageEvsDiskType::Sata)
            .storage_class(cci::StorageEvsStorageClass::Sata)
            .size(1)
            .build(),
    );
    stack.add(
        "cci-storage-sfs",
        cci::StorageSfs::builder()
            .k8s_manifest(json!({
                "key": "value",
                "nested": {
                    "list": [1, "two"]
                }
            }))
            .namespace(&r9)
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
            .domain_id(&r11)
            .ignore_url_parameter(true)
            .build(),
    );
    stack.add(
        "cdn-domain",
        cdn::Domain::builder()
            .sources(
                [
                    cdn::SourceData::builder()
                        .active_standby(cdn::SourceDataActiveStandby::Master)
                        .origin_type(cdn::SourceDataOriginType::Ipaddr)
                        .ip_or_domain(&text)
                        .build()
                ],
            )
            .business_type(cdn::DomainBusinessType::Web)
            .domain_name(&text)
            .build(),
    );
    stack.add(
        "cdn-host",
        cdn::Host::builder()
            .origin_host_type(cdn::HostOriginHostType::Accelerate)
            .domain_id(&r11)
            .customize_domain(&text)
            .build(),
    );
    stack.add(
        "cdn-https",
        cdn::Https::builder()
            .domain_id(&r11)
            .certificate(&text)
            .cert_name(&text)
            .private_key(&text)
            .https_status(0)
            .force_redirect_https(true)
            .http2(true)
            .build(),
    );
    stack.add(
        "cdn-preheatjob",
        cdn::PreheatJob::builder().urls([IntoValue::<String>::into_value(&text)]).build(),
    );
    stack.add(
        "cdn-referer",
        cdn::Referer::builder()
            .referer_type(cdn::RefererRefererType::Unused)
            .include_empty(true)
            .referer_list(&text)
            .domain_id(&r11)
            .build(),
    );
    stack.add(
        "cdn-refreshjob",
        cdn::RefreshJob::builder()
            .type_(cdn::RefreshJobType::File)
            .urls([IntoValue::<String>::into_value(&text)])
            .build(),
    );
    stack.add(
        "cdn-source",
        cdn::Source::builder()
            .sources(
                [
                    cdn::SourceData::builder()
                        .active_standby(cdn::SourceDataActiveStandby::Master)
                        .origin_type(cdn::SourceDataOriginType::Ipaddr)
                        .ip_or_domain(&text)
                        .build()
                ],
            )
            .domain_id(&r11)
            .build(),
    );
    stack.add(
        "dbss-instance",
        dbss::Instance::builder()
            .comment(&text)
            .vpc_id(&r6)
            .name(&text)
            .period_type(dbss::InstancePeriodType::Month)
            .period_num(&r12)
            .resource_spec_code(dbss::InstanceResourceSpecCode::DbssFirewallLow)
            .public_ip(
                ecs::PublicIp::builder()
                    .eip(
                        ecs::Eip::builder()
                            .bandwidth(
                                vpc::BandWidth::builder()
                                    .name(&text)
                                    .share_type(vpc::BandWidthShareType::Per)
                                    .charge_mode(vpc::BandWidthChargeMode::Bandwidth)
                                    .product_id(&text)
                                    .id(&text)
                                    .size(1)
                                    .build(),
                            )
                            .ip_product_id(&text)
                            .ip_type(ecs::EipIpType::V5_telcom)
                            .build(),
                    )
                    .id(&text)
                    .build(),
            )
            .subscription_num(dbss::InstanceSubscriptionNum::V1)
            .security_groups([ecs::SecurityGroup::builder().id(&r10).build()])
            .nics(
                [
                    ecs::Nics::builder()
                        .subnet_id(&r7)
                        .allowed_address_pairs(json!({
                            "key": "value",
                            "nested": {
                                "list": [1, "two"]
                            }
                        }))
                        .ip_address(&text)
                        .ip_check(true)
                        .port_security_enabled(true)
                        .build()
                ],
            )
            .availability_zone1(&r4)
            .availability_zone2(&r4)
            .hx_password(&text)
            .build(),
    );
    stack.add(
        "dcs-redis",
        dcs::Redis::builder()
            .vpc_id(&r6)
            .capacity(dcs::RedisCapacity::V2)
            .description(&text)
            .name(&text)
            .security_group_id(&r10)
            .availablity_zone1(&r4)
            .instance_mode(dcs::RedisInstanceMode::Single)
            .availablity_zone2(&r4)
            .build(),
    );
    stack.add(
        "dds-communityreplicasetorsingle",
        dds::CommunityReplicaSetOrSingle::builder()
            .backup_strategy(
                dds::BackupStrategy::builder()
                    .keep_days(0)
                    .end_time(&text)
                    .start_time(&text)
                    .build(),
            )
            .name(&text)
            .security_group_id(&r10)
            .db_root_password(&text)
            .availability_zone(&r4)
            .mode(dds::CommunityReplicaSetOrSingleMode::ReplicaSet)
            .subnet_id(&r7)
            .data_store(
                dds::DdsCommunityDataStore::builder()
                    .storage_engine(dds::DdsCommunityDataStoreStorageEngine::WiredTiger)
                    .dbtype(dds::DdsCommunityDataStoreDbtype::DdsCommunity)
                    .version(dds::DdsCommunityDataStoreVersion::V4_0)
                    .build(),
            )
            .vpc_id(&r6)
            .flavor(
                dds::CommunityReplicaSetOrSingleModeFlavor::builder()
                    .node_oneset(
                        dds::DdsCommunityReplicaOrSingleFlavor::builder()
                            .node_type(dds::DdsCommunityReplicaOrSingleFlavorNodeType::Replica)
                            .num(dds::DdsCommunityReplicaOrSingleFlavorNum::V1)
                            .storage(dds::DdsCommunityReplicaOrSingleFlavorStorage::Ultrahigh)
                            .spec_code(&r13)
                            .size(10)
                            .build(),
                    )
                    .build(),
            )
            .build(),
    );
    stack.add(
        "dis-stream",
        dis::Stream::builder()
            .data_type(dis::StreamDataType::Blob)
            .stream_name(&text)
            .stream_type(dis::StreamStreamType::Common)
            .instances(1)
            .resource_spec_code(dis::StreamResourceSpecCode::DisGeneralPartition)
            .data_duration(24)
            .data_schema(&text)
            .build(),
    );
    stack.add(
        "ecs-cloudserver",
        ecs::CloudServer::builder()
            .vpc_id(&r6)
            .mounted_volumes(
                [ecs::MountedVolumes::builder().mount_path(&text).volume_id(&text).build()],
            )
            .image_id(&r14)
            .availability_zone(&r4)
            .flavor(&text)
            .instances(1)
            .name(&text)
            .nics(
                [
                    ecs::Nics::builder()
                        .subnet_id(&r7)
                        .allowed_address_pairs(json!({
                            "key": "value",
                            "nested": {
                                "list": [1, "two"]
                            }
                        }))
                        .ip_address(&text)
                        .ip_check(true)
                        .port_security_enabled(true)
                        .build()
                ],
            )
            .public_ip(
                ecs::PublicIp::builder()
                    .eip(
                        ecs::Eip::builder()
                            .bandwidth(
                                vpc::BandWidth::builder()
                                    .name(&text)
                                    .share_type(vpc::BandWidthShareType::Per)
                                    .charge_mode(vpc::BandWidthChargeMode::Bandwidth)
                                    .product_id(&text)
                                    .id(&text)
                                    .size(1)
                                    .build(),
                            )
                            .ip_product_id(&text)
                            .ip_type(ecs::EipIpType::V5_telcom)
                            .build(),
                    )
                    .id(&text)
                    .build(),
            )
            .root_volume(
                ecs::RootVolume::builder()
                    .volume_type(ecs::RootVolumeVolumeType::Sata)
                    .size(1)
                    .build(),
            )
            .data_volumes(
                [
                    ecs::DataVolume::builder()
                        .multi_attach(true)
                        .volume_type(ecs::DataVolumeVolumeType::Sata)
                        .hw_passthrough(ecs::DataVolumeHwPassthrough::True)
                        .size(10)
                        .build()
                ],
            )
            .ssh_key_name(&text)
            .server_group_id(&text)
            .build(),
    );
    stack.add("ecs-keypair", ecs::KeyPair::builder().bucket_name(&text).name(&text).build());
    stack.add(
        "ecs-servergroup",
        ecs::ServerGroup::builder()
            .name(&text)
            .policies(ecs::ServerGroupPolicies::AntiAffinity)
            .build(),
    );
    stack.add(
        "evs-nonsharedvolume",
        evs::NonSharedVolume::builder()
            .availability_zone(&r4)
            .description(&text)
            .image(&r14)
            .volume_type(evs::NonSharedVolumeVolumeType::Ssd)
            .name(&text)
            .passthrough(evs::NonSharedVolumePassthrough::True)
            .backup_id(&text)
            .size(1)
            .build(),
    );
    stack.add(
        "evs-sharedvolume",
        evs::SharedVolume::builder()
            .availability_zone(&r4)
            .description(&text)
            .volume_type(evs::SharedVolumeVolumeType::Ssd)
            .name(&text)
            .passthrough(evs::SharedVolumePassthrough::True)
            .backup_id(&text)
            .size(10)
            .snapshot_id(&text)
            .build(),
    );
    stack.add(
        "fgs-apigeventmap",
        fgs::ApigEventMap::builder()
            .protocol(fgs::ApigEventMapProtocol::Http)
            .name(&text)
            .apigroup_id(&text)
            .env_name(fgs::ApigEventMapEnvName::Release)
            .sl_domain(&text)
            .auth(fgs::ApigEventMapAuth::Iam)
            .timeout(1)
            .env_id(fgs::ApigEventMapEnvId::DefaultEnvironmentReleaseId)
            .func_id(&text)
            .build(),
    );
    stack.add(
        "fgs-ctseventmap",
        fgs::CtsEventMap::builder()
            .operations(json!({
                "key": "value",
                "nested": {
                    "list": [1, "two"]
                }
            }))
            .name(&text)
            .func_id(&text)
            .build(),
    );
    stack.add(
        "fgs-diseventmap",
        fgs::DisEventMap::builder()
            .polling_interval(1)
            .batch_size(1)
            .stream_name(&text)
            .shard_iterator_type(fgs::DisEventMapShardIteratorType::TrimHorizon)
            .func_id(&text)
            .build(),
    );
    stack.add(
        "fgs-dmseventmap",
        fgs::DmsEventMap::builder()
            .polling_interval(1)
            .queue_id(&text)
            .consumer_group_id(&text)
            .func_id(&text)
            .build(),
    );
    stack.add(
        "fgs-function",
        fgs::Function::builder()
            .code(&text)
            .description(&text)
            .memory_size(fgs::FunctionMemorySize::V128)
            .environment(fgs::Environment::builder().variables(json!({
                "key": "value",
                "nested": {
                    "list": [1, "two"]
                }
            })).build())
            .dependency_pkg(&text)
            .handler(&text)
            .role(&text)
            .timeout(3)
            .code_type(fgs::FunctionCodeType::Inline)
            .code_url(&text)
            .name(&text)
            .runtime(&text)
            .build(),
    );
    stack.add(
        "fgs-ltseventmap",
        fgs::LtsEventMap::builder()
            .group_name(&text)
            .func_id(&text)
            .group_id(&text)
            .topic_name(&text)
            .topic_id(&text)
            .build(),
    );
    stack.add(
        "fgs-obseventmap",
        fgs::ObsEventMap::builder()
            .filter(fgs::ObsFilter::builder().object(json!({
                "key": "value",
                "nested": {
                    "list": [1, "two"]
                }
            })).build())
            .event_type([fgs::ObsEventMapEventType::ObjectCreatedAny])
            .bucket_name(&text)
            .func_id(&text)
            .build(),
    );
    stack.add(
        "fgs-smneventmap",
        fgs::SmnEventMap::builder().remark(&text).topic_name(&text).func_id(&text).build(),
    );
    stack.add(
        "fgs-timereventmap",
        fgs::TimerEventMap::builder()
            .name(&text)
            .schedule(&text)
            .trigger_status(fgs::TimerEventMapTriggerStatus::Disabled)
            .schedule_type(fgs::TimerEventMapScheduleType::Rate)
            .user_event(&text)
            .func_id(&text)
            .build(),
    );
    stack.add(
        "hss-instance",
        hss::Instance::builder()
            .instances(1)
            .resource_spec_code(hss::InstanceResourceSpecCode::HssVersionEnterprise)
            .host_ids([IntoValue::<ecs::CloudServerId>::into_value(&text)])
            .build(),
    );
    stack.add(
        "iam-agency",
        iam::Agency::builder()
            .trust_domain_name(&text)
            .name(&text)
            .roles([iam::AgencyRole::builder().project_id(&text).role_id(&text).build()])
            .description(&text)
            .build(),
    );
    stack.add(
        "iam-usergroup",
        iam::UserGroup::builder()
            .description(&text)
            .roles([iam::AgencyRole::builder().project_id(&text).role_id(&text).build()])
            .name(&text)
            .build(),
    );
    stack.add(
        "mrs-cluster",
        mrs::Cluster::builder()
            .vpc_id(&r6)
            .cluster_version(&text)
            .core_node_size(&text)
            .node_public_cert_name(&r5)
            .cluster_master_secret(&text)
            .subnet_id(&r7)
            .security_groups_id(&text)
            .task_node_groups(
                [
                    mrs::TaskNodeGroups::builder()
                        .data_volume_type(mrs::TaskNodeGroupsDataVolumeType::Sata)
                        .node_num(0)
                        .data_volume_count(0)
                        .node_size(&text)
                        .data_volume_size(100)
                        .build()
                ],
            )
            .log_collection(mrs::ClusterLogCollection::Yes)
            .cluster_type(&text)
            .master_data_volume_count(mrs::ClusterMasterDataVolumeCount::V1)
            .volume_size(100)
            .core_data_volume_type(mrs::ClusterCoreDataVolumeType::Sata)
            .core_node_num(1)
            .build(),
    );
    stack.add(
        "nat-instance",
        nat::Instance::builder()
            .subnet_id(&r7)
            .flavor(nat::InstanceFlavor::Small)
            .vpc_id(&r6)
            .description(&text)
            .name(&text)
            .build(),
    );
    stack.add(
        "nat-snatrule",
        nat::SNatRule::builder().subnet_id(&r7).floating_ip_id(&r15).nat_gateway_id(&text).build(),
    );
    stack.add(
        "obs-bucket",
        obs::Bucket::builder().location(&text).name(&text).acl(obs::BucketAcl::Private).build(),
    );
    stack.add(
        "rds-mysql-database",
        rds::MySqlDataBase::builder()
            .instance_id(&text)
            .data_base(
                rds::MySqlDataBaseData::builder()
                    .character_set(&text)
                    .name(&text)
                    .collate(&text)
                    .build(),
            )
            .build(),
    );
    stack.add(
        "rds-mysql-user",
        rds::MySqlUser::builder()
            .instance_id(&text)
            .db_user(
                rds::MySqlDbLinkedUser::builder()
                    .user_password(&text)
                    .name(&text)
                    .user_database([rds::MySqlUserDatabase::builder().name(&text).build()])
                    .build(),
            )
            .build(),
    );
    stack.add(
        "rds-mysql",
        rds::MySql::builder()
            .db_port(2100)
            .availability_zone(&r4)
            .name(&text)
            .data_base(
                rds::MySqlDataBaseData::builder()
                    .character_set(&text)
                    .name(&text)
                    .collate(&text)
                    .build(),
            )
            .params_group_id(&r16)
            .security_group_id(&r10)
            .db_user(rds::MySqlDbUser::builder().user_password(&text).name(&text).build())
            .slave_availability_zone(&r4)
            .data_store(
                rds::MySqlDataStore::builder()
                    .dbtype(rds::MySqlDataStoreDbtype::MySql)
                    .version(rds::MySqlDataStoreVersion::V5_6)
                    .build(),
            )
            .vpc_id(&r6)
            .db_root_password(&text)
            .volume(
                rds::Volume::builder().volumetype(rds::VolumeVolumetype::Common).size(40).build(),
            )
            .backup_strategy(
                rds::BackupStrategy::builder()
                    .keep_days(0)
                    .end_time(&text)
                    .start_time(&text)
                    .build(),
            )
            .subnet_id(&r7)
            .flavor(json!(&text))
            .ha(
                rds::HaMySql::builder()
                    .replication_mode(rds::HaMySqlReplicationMode::Async)
                    .enable(rds::HaMySqlEnable::True)
                    .build(),
            )
            .build(),
    );
    stack.add(
        "rds-postgresql",
        rds::PostgreSql::builder()
            .db_port(2100)
            .backup_strategy(
                rds::BackupStrategy::builder()
                    .keep_days(0)
                    .end_time(&text)
                    .start_time(&text)
                    .build(),
            )
            .name(&text)
            .params_group_id(&r16)
            .security_group_id(&r10)
            .db_root_password(&text)
            .volume(
                rds::Volume::builder().volumetype(rds::VolumeVolumetype::Common).size(40).build(),
            )
            .slave_availability_zone(&r4)
            .subnet_id(&r7)
            .vpc_id(&r6)
            .data_store(
                rds::PostgreSqlDataStore::builder()
                    .dbtype(rds::PostgreSqlDataStoreDbtype::PostgreSql)
                    .version(rds::PostgreSqlDataStoreVersion::V11)
                    .build(),
            )
            .ha(
                rds::HaPostgreSql::builder()
                    .replication_mode(rds::HaPostgreSqlReplicationMode::Async)
                    .enable(rds::HaPostgreSqlEnable::True)
                    .build(),
            )
            .flavor(json!(&text))
            .availability_zone(&r4)
            .build(),
    );
    stack.add("scm-cert", scm::Cert::builder().build());
    stack.add(
        "sfs-filesystem",
        sfs::FileSystem::builder()
            .size(1)
            .vpc_id(&r6)
            .description(&text)
            .name(&text)
            .availability_zone(&r4)
            .access_level(sfs::FileSystemAccessLevel::Ro)
            .build(),
    );
    stack.add(
        "smn-subscription",
        smn::Subscription::builder()
            .remark(&text)
            .endpoint(&text)
            .protocol(smn::SubscriptionProtocol::Email)
            .topic_urn(&text)
            .build(),
    );
    stack.add("smn-topic", smn::Topic::builder().display_name(&text).name(&text).build());
    stack.add("servicestage-agent", servicestage::Agent::builder().build());
    stack.add("servicestage-appgroup", servicestage::AppGroup::builder().build());
    stack.add(
        "servicestage-containercomponent",
        servicestage::ContainerComponent::builder().package(json!({
            "key": "value",
            "nested": {
                "list": [1, "two"]
            }
        })).build(),
    );
    stack.add("servicestage-job", servicestage::Job::builder().build());
    stack.add(
        "servicestage-statefulapplication",
        servicestage::StatefulApplication::builder().build(),
    );
    stack.add(
        "servicestage-statelessapplication",
        servicestage::StatelessApplication::builder()
            .affinity_selector(json!({
                "key": "value",
                "nested": {
                    "list": [1, "two"]
                }
            }))
            .instances(1)
            .type_(&text)
            .build(),
    );
    stack.add(
        "ulb-healthmonitor",
        ulb::Healthmonitor::builder()
            .monitor_port(1)
            .name(&text)
            .url_path(&text)
            .delay(0)
            .http_method(ulb::HealthmonitorHttpMethod::Get)
            .timeout(0)
            .pool_id(&text)
            .max_retries(1)
            .expected_code(&text)
            .type_(ulb::HealthmonitorType::Tcp)
            .build(),
    );
    stack.add(
        "ulb-listener",
        ulb::Listener::builder()
            .protocol(ulb::ListenerProtocol::Tcp)
            .description(&text)
            .connection_limit(-1)
            .load_balancer_id(&text)
            .port(1)
            .name(&text)
            .build(),
    );
    stack.add(
        "ulb-loadbalancer",
        ulb::LoadBalancer::builder()
            .vip_address(&text)
            .description(&text)
            .public_ip_id(&text)
            .subnet_id(&r17)
            .name(&text)
            .build(),
    );
    stack.add(
        "ulb-member",
        ulb::Member::builder()
            .weight(0)
            .address([IntoValue::<String>::into_value(&text)])
            .pool_id(&text)
            .subnet_id(&r17)
            .server_id([IntoValue::<ecs::CloudServerId>::into_value(&text)])
            .port(1)
            .build(),
    );
    stack.add(
        "ulb-pool",
        ulb::Pool::builder()
            .session_persistence(
                ulb::StickySession::builder().type_(ulb::StickySessionType::SourceIp).build(),
            )
            .protocol(ulb::PoolProtocol::Http)
            .name(&text)
            .lb_algorithm(ulb::PoolLbAlgorithm::RoundRobin)
            .listener_id(&text)
            .build(),
    );
    stack.add(
        "vpc-eip",
        vpc::Eip::builder()
            .public_ip(
                vpc::PublicIp::builder()
                    .type_(vpc::PublicIpType::V5_telcom)
                    .ip_address(&text)
                    .build(),
            )
            .bandwidth(
                vpc::BandWidth::builder()
                    .name(&text)
                    .share_type(vpc::BandWidthShareType::Per)
                    .charge_mode(vpc::BandWidthChargeMode::Bandwidth)
                    .product_id(&text)
                    .id(&text)
                    .size(1)
                    .build(),
            )
            .instances(1)
            .build(),
    );
    stack.add(
        "vpc-firewallgroup",
        vpc::FirewallGroup::builder()
            .description(&text)
            .egress_firewall_policy_id(&text)
            .admin_state_up(true)
            .subnet_id([IntoValue::<vpc::SubnetAllId>::into_value(&r17)])
            .ingress_firewall_policy_id(&text)
            .name(&text)
            .build(),
    );
    stack.add(
        "vpc-firewallpolicy-egress",
        vpc::FirewallPolicyEgress::builder()
            .firewall_rules_ids([IntoValue::<vpc::FirewallRuleId>::into_value(&text)])
            .audited(true)
            .name(&text)
            .description(&text)
            .build(),
    );
    stack.add(
        "vpc-firewallpolicy-ingress",
        vpc::FirewallPolicyIngress::builder()
            .firewall_rules_ids([IntoValue::<vpc::FirewallRuleId>::into_value(&text)])
            .audited(true)
            .name(&text)
            .description(&text)
            .build(),
    );
    stack.add(
        "vpc-firewallrule",
        vpc::FirewallRule::builder()
            .enable(true)
            .protocol(vpc::FirewallRuleProtocol::Tcp)
            .description(&text)
            .source_ip_addr(&text)
            .dest_ip_addr(&text)
            .ip_version(vpc::FirewallRuleIpVersion::V4)
            .source_port(&text)
            .action(vpc::FirewallRuleAction::Allow)
            .dest_port(&text)
            .name(&text)
            .build(),
    );
    stack.add("vpc-securitygroup", vpc::SecurityGroup::builder().name(&text).build());
    stack.add(
        "vpc-securitygrouprule",
        vpc::SecurityGroupRule::builder()
            .direction(vpc::SecurityGroupRuleDirection::Egress)
            .protocol(vpc::SecurityGroupRuleProtocol::Icmp)
            .remote_security_group_id(&r10)
            .ethertype(vpc::SecurityGroupRuleEthertype::IPv4)
            .security_group_id(&r10)
            .remote_ip_prefix(&text)
            .max_port(1)
            .min_port(1)
            .build(),
    );
    stack.add(
        "vpc-subnet",
        vpc::Subnet::builder()
            .name(&text)
            .cidr(&text)
            .gateway(&text)
            .dhcp_enable(true)
            .dns_list([IntoValue::<String>::into_value(&text)])
            .vpc_id(&r6)
            .availability_zone(&r4)
            .build(),
    );
    stack.add("vpc-vip", vpc::Vip::builder().subnet_id(&r17).ip_address(&text).build());
    stack.add("vpc-vpc", vpc::Vpc::builder().cidr(&text).name(&text).build());
    stack.add(
        "vpcendpoint-endpoint",
        vpcendpoint::Endpoint::builder()
            .subnet_id(&text)
            .vpc_id(&r6)
            .endpoint_service_id(&text)
            .enable_dns(true)
            .build(),
    );
    stack.add(
        "vpcendpoint-endpointservice",
        vpcendpoint::EndpointService::builder()
            .service_type(&text)
            .vpc_id(&r6)
            .port_id(&text)
            .dns_names([IntoValue::<String>::into_value(&text)])
            .approval_enabled(true)
            .server_type(&text)
            .ports(
                [
                    vpcendpoint::Ports::builder()
                        .client_port(1)
                        .protocol(vpcendpoint::PortsProtocol::Tcp)
                        .server_port(1)
                        .build()
                ],
            )
            .build(),
    );
    stack.add(
        "vss-webscan",
        vss::WebScan::builder()
            .resources(
                [
                    vss::Resource::builder()
                        .resource_spec_code(vss::ResourceResourceSpecCode::WebscanProfessional)
                        .resource_size(1)
                        .cloud_service_type(&text)
                        .resource_type(&text)
                        .build()
                ],
            )
            .build(),
    );
    stack.add(
        "waf-service",
        waf::Service::builder()
            .waf_bandwidth_package(
                waf::Bandwidth::builder()
                    .resource_type(waf::BandwidthResourceType::HwsResourceTypeWafBandwidth)
                    .resource_size(0)
                    .cloud_service_type(&text)
                    .build(),
            )
            .version_type(waf::ServiceVersionType::Devcloud)
            .waf_service_package(
                waf::ServiceData::builder()
                    .resource_type(waf::ServiceDataResourceType::HwsResourceTypeWaf)
                    .cloud_service_type(&text)
                    .resource_spec_code(&text)
                    .is_main_resource(1)
                    .build(),
            )
            .waf_domain_package(
                waf::Domain::builder()
                    .resource_size(0)
                    .resource_type(waf::DomainResourceType::HwsResourceTypeWafDomain)
                    .cloud_service_type(&text)
                    .build(),
            )
            .build(),
    );
    stack
}
