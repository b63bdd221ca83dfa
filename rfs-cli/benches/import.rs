//! Importing a 2,000-element template (1,000 VPC + subnet pairs, each subnet referring to its
//! VPC through get_reference and requirements, names fed from inputs) into Rust with
//! `rfs_cli::import::import`: lint, generation and formatting. Figures are recorded in
//! BENCHMARKS.md.

use criterion::{Criterion, criterion_group, criterion_main};

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

fn import(c: &mut Criterion) {
    let model = rfs_cli::specs().expect("specs");
    let catalog = rfs_cli::lint::catalog();
    let text = template(1_000);
    let run = || rfs_cli::import::import(&text, "big", "big.yaml", model, catalog, false);
    let imported = run().expect("imports");
    assert_eq!(imported.escape_hatches, 0);
    assert!(imported.code.contains("let vpc_999 = "));
    c.bench_function("import/2000_elements", |b| b.iter(run));
}

criterion_group!(benches, import);
criterion_main!(benches);
