//! The stack `edge-cases`, imported from `edge-cases.yaml` by `rfs import`.
//!
//! Escape hatches: 3. The template had 3 lint warning(s); `rfs lint` lists them, and `Stack::synth` reports the same.

use rfs_dsl::types::{cce, ecs, vpc};
use rfs_dsl::func::concat;
use rfs_dsl::{Input, Stack, json, to_value};

/// Builds the stack.
pub fn stack() -> Stack {
    let mut stack = Stack::new("edge-cases").description(
        "Names, types and orders an importer can trip on",
    );
    let stack_input = stack.input("stack", Input::<String>::new().default_value("reserved-name"));
    let type_input = stack.input("type", Input::<i64>::new().default_value(15));
    let threshold = stack.input("threshold", Input::<i64>::new().default_value(1));
    let zone = stack.input(
        "zone",
        Input::<ecs::AvailabilityZoneName>::new().declared_as_string().default_value("cn-north-4a"),
    );
    let flavor = stack.input("flavor", Input::<String>::new().default_value("c6.large.2"));
    let cluster = stack.input("cluster", Input::<cce::ClusterId>::new());
    let pass = stack.input("pass", Input::secret());
    // escape hatch: the template fills 'scaleDownUtilizationThreshold', which takes a number, with an integer: `cast_unchecked`
    // escape hatch: the template fills 'flavor', which takes HuaweiCloud.CCE.Node.Flavor.Name, with text: `cast_unchecked`
    // escape hatch: the template fills 'flavor', which takes HuaweiCloud.CCE.Node.Flavor.Name, with text: `cast_unchecked`
    stack.add(
        "scaler",
        cce::AddonAutoScaler::builder()
            .cluster_id(&cluster)
            .node_passwd(&pass)
            .scale_down_enabled(true)
            .scale_down_unneeded_time(&type_input)
            .scale_down_utilization_threshold(threshold.clone().cast_unchecked::<f64>())
            .nodes(
                [
                    cce::AddonAutoScalerNode::builder()
                        .az(&zone)
                        .flavor(flavor.clone().cast_unchecked::<cce::NodeFlavorName>())
                        .os(&stack_input)
                        .build(),
                    cce::AddonAutoScalerNode::builder()
                        .az("cn-north-4b")
                        .flavor(flavor.clone().cast_unchecked::<cce::NodeFlavorName>())
                        .os("EulerOS 2.5")
                        .build(),
                ],
            )
            .build(),
    );
    stack.add("Vpc", vpc::Vpc::builder().name(&flavor).cidr("10.0.0.0/8").build());
    let vpc_node_2 = stack.add("vpc", vpc::Vpc::builder().name("late").cidr("10.0.0.0/8").build());
    let subnet_before_its_vpc = stack.add(
        "subnet-before-its-vpc",
        vpc::Subnet::builder()
            .name("Ünïcode \"quoted\" \\ name")
            .vpc_id(vpc_node_2.id())
            .availability_zone(&zone)
            .omit_cidr()
            .omit_gateway()
            .build(),
    );
    // the template leaves out the requirement(s) vpcId -> vpc that rfs derives from the properties
    stack.only_explicit_requirements(&subnet_before_its_vpc);
    stack.output("mixed", concat(("subnet-", 7i64, subnet_before_its_vpc.attr().ref_id())));
    stack.output("big", 5000000000i64);
    stack.output("negative", -3);
    stack.output("map", to_value(&json!({"a": 1, "b": [true, null]})));
    stack
}
