//! Every stage against the plain work it rests on, measured in one run (figures in
//! BENCHMARKS.md):
//!
//! - `lint/2000_elements` against `parse/plain_value` (the same file parsed into a
//!   `serde_json::Value` by serde-saphyr: no positions, no rules);
//! - `import/2000_elements` against `lint/2000_elements`;
//! - `synth/10000_elements` (render, every rule, YAML) against `serialise/plain_value` (the same
//!   document serialised from a `serde_json::Value` by serde-saphyr);
//! - `chain/build_and_synth_100000`: a 100,000-element dependency chain built and synthesized.
//!
//! The templates: N/2 VPC + subnet pairs, each subnet referring to its VPC through
//! `get_reference` and `requirements`, names and zones fed by inputs.

use criterion::{Criterion, criterion_group, criterion_main};
use rfs_dsl::Stack;
use rfs_dsl::types::vpc;

fn template(pairs: usize) -> String {
    let mut t = String::from(
        "tosca_definitions_version: huaweicloud_tosca_version_1_0\ninputs:\n  zone:\n    type: HuaweiCloud.ECS.AvailabilityZone.Name\n    default: cn-north-4a\n  prefix:\n    type: string\n    default: web\nnode_templates:\n",
    );
    for i in 0..pairs {
        t.push_str(&format!(
            "  vpc-{i}:\n    type: HuaweiCloud.VPC.VPC\n    properties:\n      name: {{get_input: prefix}}\n      cidr: 10.0.0.0/8\n  subnet-{i}:\n    type: HuaweiCloud.VPC.Subnet\n    properties:\n      name: sub-{i}\n      cidr: 10.0.0.0/24\n      gateway: 10.0.0.1\n      dnsList: [100.125.1.250, 100.125.64.250]\n      availabilityZone: {{get_input: zone}}\n      vpcId: {{get_reference: vpc-{i}}}\n    requirements:\n      - vpcId: {{node: vpc-{i}}}\n"
        ));
    }
    t.push_str("outputs:\n  first:\n    value: {get_attribute: [subnet-0, refID]}\n");
    t
}

fn stack(elements: usize) -> Stack {
    let mut stack = Stack::new("bench").description("VPC and subnet pairs");
    for i in 0..elements / 2 {
        let network = stack.add(
            &format!("vpc-{i}"),
            vpc::Vpc::builder()
                .name(format!("net-{i}"))
                .cidr("10.0.0.0/8")
                .build(),
        );
        stack.add(
            &format!("subnet-{i}"),
            vpc::Subnet::builder()
                .name(format!("sub-{i}"))
                .cidr("10.0.0.0/24")
                .gateway("10.0.0.1")
                .vpc_id(network.id())
                .build(),
        );
    }
    stack
}

fn read_side(c: &mut Criterion) {
    let model = rfs_cli::specs().expect("specs");
    let catalog = rfs_cli::lint::catalog();
    let text = template(1_000);
    let findings = rfs_cli::lint::lint(&text, catalog);
    assert!(findings.is_empty(), "{findings:?}");
    let mut group = c.benchmark_group("read");
    group.sample_size(30);
    group.bench_function("parse/plain_value", |b| {
        b.iter(|| serde_saphyr::from_str::<serde_json::Value>(&text).expect("YAML"))
    });
    group.bench_function("lint/2000_elements", |b| {
        b.iter(|| rfs_cli::lint::lint(&text, catalog))
    });
    let run = || rfs_cli::import::import(&text, "big", "big.yaml", model, catalog, false);
    let imported = run().expect("imports");
    assert_eq!(imported.escape_hatches, 0);
    assert!(imported.code.contains("let vpc_999 = "));
    group.bench_function("import/2000_elements", |b| b.iter(run));
    group.finish();
}

fn write_side(c: &mut Criterion) {
    let s = stack(10_000);
    let yaml = s.to_yaml().expect("valid stack");
    let plain: serde_json::Value = serde_saphyr::from_str(&yaml).expect("YAML");
    let mut group = c.benchmark_group("write");
    group.sample_size(20);
    group.bench_function("serialise/plain_value", |b| {
        b.iter(|| serde_saphyr::to_string(&plain).expect("YAML"))
    });
    group.bench_function("synth/10000_elements", |b| {
        b.iter(|| s.to_yaml().expect("valid stack"))
    });
    group.finish();
    let mut group = c.benchmark_group("chain");
    group.sample_size(10);
    group.bench_function("build_and_synth_100000", |b| {
        b.iter(|| {
            let mut stack = Stack::new("chain");
            let mut previous = None;
            for i in 0..100_000 {
                let net = stack.add(
                    &format!("n{i}"),
                    vpc::Vpc::builder().name("n").cidr("10.0.0.0/8").build(),
                );
                if let Some(p) = previous.replace(net.clone()) {
                    stack.depends_on(&net, &p);
                }
            }
            stack.to_yaml().expect("valid stack")
        })
    });
    group.finish();
}

criterion_group!(benches, read_side, write_side);
criterion_main!(benches);
