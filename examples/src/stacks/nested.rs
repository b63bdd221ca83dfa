//! A parent stack deploying two nested AOS stacks from templates stored in AOS: a network
//! stack, then an application stack that receives the network's outputs.

use rfs_dsl::types::aos;
use rfs_dsl::{Input, Stack, json};

/// Builds the stack.
pub fn stack() -> Stack {
    let mut stack =
        Stack::new("nested").description("Network and application deployed as two nested stacks");
    let network_template = stack.input(
        "network-template",
        Input::<aos::TemplateId>::new().description("Template id of the network stack"),
    );
    let app_template = stack.input(
        "app-template",
        Input::<aos::TemplateId>::new().description("Template id of the application stack"),
    );
    let image = stack.input(
        "image",
        Input::<rfs_dsl::types::ecs::ImageId>::new().description("Image for the servers"),
    );

    let network = stack.add(
        "network",
        aos::Stack::builder()
            .template_id(network_template)
            .inputs(json!({"cidr": "192.168.0.0/16"}))
            .failure_strategy(aos::StackFailureStrategy::Rollback)
            .description("VPC and subnets")
            .build(),
    );
    let app = stack.add(
        "app",
        aos::Stack::builder()
            .template_id(app_template)
            .inputs(json!({
                "vpc-id": network.attr().output("vpc-id"),
                "subnet-id": network.attr().output("subnet-id"),
                "image": image
            }))
            .failure_strategy(aos::StackFailureStrategy::Rollback)
            .description("Servers of the application")
            .build(),
    );
    stack
        .output("app-url", app.attr().output("url"))
        .description("Address of the application");
    stack
}
