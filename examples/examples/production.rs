//! A production-style stack written from scratch, where the specs have aged and values mix:
//!
//! - the CCE cluster runs a Kubernetes version newer than the documented list
//!   (`cce::ClusterVersion::unlisted("v1.28")`: synth warns, naming the property and the list);
//! - the public URL is an output joining literals and an attribute (`concat((...))`);
//! - the function's environment mixes literals, an input and an attribute (`json!`).
//!
//! `cargo run -p examples --example production` prints the template and its findings;
//! `cargo test -p examples --example production` checks synth gives exactly the expected
//! warning and `rfs lint` the same finding (the template carries the escape hatch as an
//! `# rfs: warn(...)` comment; without it, in hand-written YAML, an unlisted value is an error).

use rfs_dsl::func::{base64_encode, concat};
use rfs_dsl::types::{cce, ecs, fgs, ulb, vpc};
use rfs_dsl::{Input, Stack, json};

const HANDLER: &str = "def handler(event, context):\n    return 'ok'\n";

fn stack() -> Stack {
    let mut stack = Stack::new("production").description("CCE, a public load balancer and a hook");
    let key = stack.input(
        "ssh-key",
        Input::<ecs::KeyPairPublicKey>::new().description("Public key for the nodes"),
    );
    let log_level = stack.input(
        "log-level",
        Input::<String>::new()
            .default_value("info")
            .valid_values(["debug", "info", "warn"])
            .description("Log level of the hook"),
    );

    let network = stack.add(
        "prod-vpc",
        vpc::Vpc::builder()
            .name("prod")
            .cidr("10.10.0.0/16")
            .build(),
    );
    let subnet = stack.add(
        "prod-subnet",
        vpc::Subnet::builder()
            .name("prod")
            .cidr("10.10.0.0/20")
            .gateway("10.10.0.1")
            .dns_list(("100.125.1.250", "100.125.64.250"))
            .vpc_id(network.id())
            .build(),
    );
    let cluster = stack.add(
        "prod-cluster",
        cce::Cluster::builder()
            .name("prod")
            .flavor("cce.s2.small")
            // The page lists v1.11, v1.13 and v1.15; the platform offers newer versions.
            .version(cce::ClusterVersion::unlisted("v1.28"))
            .vpc_id(network.id())
            .highway_subnet_id(subnet.id())
            .container_network_cidr("172.16.0.0/16")
            .build(),
    );
    stack.add(
        "prod-nodes",
        cce::NodePool::builder()
            .name("workers")
            .cluster_id(cluster.id())
            .flavor("s6.large.2")
            .availability_zone("cn-north-4a")
            .public_key(key)
            .instances(3)
            .root_volume(
                ecs::RootVolume::builder()
                    .volume_type(ecs::RootVolumeVolumeType::Gpssd)
                    .size(40)
                    .build(),
            )
            .data_volumes([cce::DataVolume::builder()
                .volume_type(cce::DataVolumeVolumeType::Essd)
                .size(100)
                .build()])
            .build(),
    );
    let ip = stack.add(
        "prod-eip",
        vpc::Eip::builder()
            .public_ip(
                vpc::PublicIp::builder()
                    .type_(vpc::PublicIpType::V5_bgp)
                    .build(),
            )
            .bandwidth(
                vpc::BandWidth::builder()
                    .name("prod")
                    .share_type(vpc::BandWidthShareType::Per)
                    .charge_mode(vpc::BandWidthChargeMode::Traffic)
                    .size(10)
                    .build(),
            )
            .build(),
    );
    let balancer = stack.add(
        "prod-lb",
        ulb::LoadBalancer::builder()
            .name("prod")
            .subnet_id(subnet.attr().neutron_subnet_id())
            .public_ip_id(ip.id())
            .build(),
    );
    stack.add(
        "prod-http",
        ulb::Listener::builder()
            .name("http")
            .protocol(ulb::ListenerProtocol::Http)
            .port(80)
            .load_balancer_id(balancer.id())
            .build(),
    );
    stack.add(
        "prod-hook",
        fgs::Function::builder()
            .name("deploy-hook")
            .runtime("Python3.6")
            .handler("index.handler")
            .code_type(fgs::FunctionCodeType::Inline)
            .code(base64_encode(HANDLER))
            .memory_size(fgs::FunctionMemorySize::V256)
            .timeout(30)
            .environment(
                fgs::Environment::builder()
                    .variables(json!({
                        "LOG_LEVEL": &log_level,
                        "CLUSTER_ID": cluster.id(),
                        "RETRIES": 3,
                        "REGION": "cn-north-4"
                    }))
                    .build(),
            )
            .build(),
    );
    stack
        .output("url", concat(("http://", ip.attr().ref_ip(), ":", 80)))
        .description("Public address of the load balancer");
    stack
}

fn main() {
    let stack = stack();
    match stack.synth() {
        Ok(synth) => {
            print!("{}", synth.yaml);
            for f in &synth.findings {
                eprintln!("{f}");
            }
        }
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    }
}

#[test]
fn synth_warns_once_and_lint_reports_the_same_finding() {
    use rfs_dsl::Severity;
    let synth = stack().synth().unwrap_or_else(|e| panic!("{e}"));
    let warned: Vec<(&str, Severity, &str)> = synth
        .findings
        .iter()
        .filter(|f| f.severity != Severity::Info)
        .map(|f| (f.rule.id, f.severity, f.path.as_str()))
        .collect();
    let at = "node_templates.prod-cluster.properties.version";
    assert_eq!(warned, [("allowed-value", Severity::Warning, at)]);
    let message = &synth
        .findings
        .iter()
        .find(|f| f.rule.id == "allowed-value")
        .unwrap()
        .message;
    assert!(
        message.contains("'v1.28'") && message.contains("(v1.15, v1.13, v1.11)"),
        "{message}"
    );
    // The escape hatch itself is listed.
    assert!(
        synth
            .findings
            .iter()
            .any(|f| f.rule.id == "escape-hatch" && f.path == at && f.message.contains("unlisted"))
    );
    let linted = rfs_cli::lint::lint(&synth.yaml, rfs_cli::lint::catalog());
    // Besides it, lint lists the inferred properties and values the stack uses (infos).
    let linted: Vec<(&str, Severity, &str)> = linted
        .iter()
        .filter(|f| f.rule.id != "inferred-property")
        .map(|f| (f.rule.id, f.severity, f.path.as_str()))
        .collect();
    // The template carries the escape hatch as a comment, so lint reaches synth's verdict.
    assert_eq!(linted, [("allowed-value", Severity::Warning, at)]);
    assert!(synth.yaml.starts_with(
        "# rfs: warn(allowed-value) at node_templates.prod-cluster.properties.version -- asked for with `unlisted` in Rust\n"
    ));
}
