//! The stack `structure-forward-references`, imported from `structure-forward-references.yaml` by `rfs import`.
//!
//! Escape hatches: 0.

use rfs_dsl::types::{antiddos, cce, vpc};
use rfs_dsl::{Requirement, Stack, Target, json};

/// Builds the stack.
pub fn stack() -> Stack {
    let mut stack = Stack::new("structure-forward-references");
    let eip = stack.add("eip", vpc::Eip::builder().build());
    let cm = stack.add(
        "cm",
        cce::ConfigMap::builder()
            .namespace(eip.attr().ref_name())
            .data(json!({"eip": eip.id(), "ip": eip.attr().ref_ip()}))
            .build(),
    );
    // the template leaves out the requirement(s) namespace -> eip, data -> eip that rfs derives from the properties
    stack.only_explicit_requirements(&cm);
    let net = stack.add(
        "net",
        vpc::Vpc::builder().name(cm.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> cm that rfs derives from the properties
    stack.only_explicit_requirements(&net);
    let sub = stack.add(
        "sub",
        vpc::Subnet::builder()
            .name(net.attr().ref_name())
            .cidr("10.0.1.0/24")
            .gateway("10.0.1.1")
            .vpc_id(net.id())
            .build(),
    );
    // the template leaves out the requirement(s) name -> net that rfs derives from the properties
    stack.only_explicit_requirements(&sub);
    stack.require(
        &sub,
        Requirement::new("vpcId", &net).relationship("HuaweiCloud.Relationships.ContainedIn"),
    );
    stack.depends_on(&sub, &cm);
    stack.policy(
        "ddos",
        antiddos::Service::builder()
            .floating_ip_id(eip.attr().ref_id())
            .enable_l7(false)
            .traffic_pos(6)
            .http_request_pos(3)
            .cleaning_access_pos(5)
            .app_type(antiddos::ServiceAppType::V1)
            .build(),
        [Target::from(&eip)],
    );
    stack.output("first", sub.id());
    stack.output("last", eip.attr().ref_ip());
    stack
}
