//! The stack `structure-get-attribute-long-path`, imported from `structure-get-attribute-long-path.yaml` by `rfs import`.
//!
//! Escape hatches: 4.

use rfs_dsl::types::{aos, cce, vpc};
use rfs_dsl::func::get_attribute;
use rfs_dsl::{Stack, json};

/// Builds the stack.
pub fn stack() -> Stack {
    let mut stack = Stack::new("structure-get-attribute-long-path");
    // escape hatch: 'templateId' is the literal id of an existing resource
    let child = stack.add(
        "child",
        aos::Stack::builder()
            .template_id(aos::TemplateId::existing("0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9"))
            .inputs(json!({}))
            .build(),
    );
    // escape hatch: the template fills 'name', which takes text, with a value of unknown type: `cast_unchecked`
    // escape hatch: the template fills 'cidr', which takes text, with a value of unknown type: `cast_unchecked`
    let net = stack.add(
        "net",
        vpc::Vpc::builder()
            .name(
                get_attribute(
                    &child,
                    &[
                        "network",
                        "vpcs",
                        "primary",
                        "name",
                        "value",
                        "text",
                        "en",
                        "short",
                        "final",
                    ],
                ).cast_unchecked::<String>(),
            )
            .cidr(child.attr().output("cidr").cast_unchecked::<String>())
            .build(),
    );
    // the template leaves out the requirement(s) name -> child, cidr -> child that rfs derives from the properties
    stack.only_explicit_requirements(&net);
    // escape hatch: the template fills 'namespace', which takes text, with a value of unknown type: `cast_unchecked`
    let cm = stack.add(
        "cm",
        cce::ConfigMap::builder()
            .namespace(
                get_attribute(&child, &["a", "b", "c", "d", "e", "f", "g", "h", "i"]).cast_unchecked::<String>(),
            )
            .data(json!({
                "deep": get_attribute(
                    &child,
                    &["0", "1", "self", "fn", "\"", "*/", "r#x", "json", "", " "],
                ),
                "list": [
                    get_attribute(&child, &["l1", "l2", "l3", "l4", "l5", "l6", "l7", "l8", "l9"]),
                    net.attr().ref_id(),
                ],
            }))
            .build(),
    );
    // the template leaves out the requirement(s) namespace -> child, data -> child, data -> net that rfs derives from the properties
    stack.only_explicit_requirements(&cm);
    stack.output(
        "deep",
        get_attribute(&child, &["o1", "o2", "o3", "o4", "o5", "o6", "o7", "o8", "o9"]),
    );
    stack
}
