//! The stack `nested`, imported from `nested.yaml` by `rfs import`.
//!
//! Escape hatches: 0.

use rfs_dsl::types::{aos, ecs};
use rfs_dsl::{Input, Stack, json};

/// Builds the stack.
pub fn stack() -> Stack {
    let mut stack = Stack::new("nested").description(
        "Network and application deployed as two nested stacks",
    );
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
        Input::<ecs::ImageId>::new().description("Image for the servers"),
    );
    let network = stack.add(
        "network",
        aos::Stack::builder()
            .inputs(json!({"cidr": "192.168.0.0/16"}))
            .description("VPC and subnets")
            .failure_strategy(aos::StackFailureStrategy::Rollback)
            .template_id(&network_template)
            .build(),
    );
    let app = stack.add(
        "app",
        aos::Stack::builder()
            .inputs(json!({
                "vpc-id": network.attr().output("vpc-id"),
                "subnet-id": network.attr().output("subnet-id"),
                "image": &image,
            }))
            .description("Servers of the application")
            .failure_strategy(aos::StackFailureStrategy::Rollback)
            .template_id(&app_template)
            .build(),
    );
    stack.output("app-url", app.attr().output("url")).description("Address of the application");
    stack
}
