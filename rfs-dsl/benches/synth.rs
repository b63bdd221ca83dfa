//! Synthesis of large stacks — N VPC + subnet pairs, each subnet referring to its VPC — beside
//! serialising the same finished document as a plain YAML value, at 1,000 and 10,000 elements.
//! Figures are recorded in BENCHMARKS.md.

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use rfs_dsl::Stack;
use rfs_dsl::types::vpc;

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

fn synth(c: &mut Criterion) {
    let mut group = c.benchmark_group("synth");
    group.sample_size(20);
    for elements in [1_000, 10_000] {
        let s = stack(elements);
        group.bench_with_input(BenchmarkId::new("stack_to_yaml", elements), &s, |b, s| {
            b.iter(|| s.to_yaml().expect("valid stack"))
        });
        let document = s.document();
        group.bench_with_input(
            BenchmarkId::new("plain_yaml_value", elements),
            &document,
            |b, d| b.iter(|| rfs_dsl::yaml::to_string(d).expect("serialisable")),
        );
    }
    group.finish();
}

criterion_group!(benches, synth);
criterion_main!(benches);
