//! Synthesis of large stacks — N VPC + subnet pairs, each subnet referring to its VPC — at 1,000
//! and 10,000 elements (rendering, every rule of the engine, YAML), and building plus
//! synthesizing a 100,000-element dependency chain. Figures are recorded in BENCHMARKS.md.

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
    }
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

criterion_group!(benches, synth);
criterion_main!(benches);
