//! The stack `structure-functions-everywhere`, imported from `structure-functions-everywhere.yaml` by `rfs import`.
//!
//! Escape hatches: 3.

use rfs_dsl::types::{fgs, vpc};
use rfs_dsl::func::{
    Cond,
    base64_encode,
    concat,
    cond_and,
    cond_eq,
    cond_if,
    cond_not,
    cond_or,
    get_list_length,
    pseudo,
    replace,
    select,
    split,
};
use rfs_dsl::types::core::{Any, IntoValue, Val};
use rfs_dsl::{Input, Mapping, Stack, json, to_value};

/// Builds the stack.
pub fn stack() -> Stack {
    let mut stack = Stack::new("structure-functions-everywhere");
    let env = stack.input("env", Input::<String>::new().default_value("prod"));
    let size = stack.input("size", Input::<i64>::new().default_value(10));
    let flag = stack.input("flag", Input::<bool>::new().default_value(false));
    let csv = stack.input("csv", Input::<String>::new().default_value("a,b,c"));
    let delim = stack.input("delim", Input::<String>::new().default_value(","));
    let idx = stack.input("idx", Input::<i64>::new().default_value(1));
    let regions = stack.mapping(
        "regions",
        Mapping::new()
            .entry("cn-north-4", "cidr", "10.0.0.0/8")
            .entry("cn-north-4", "key", "cidr")
            .entry("prod", "cidr", "172.16.0.0/12")
            .entry("prod", "key", "cidr"),
    );
    let is_prod = stack.condition(
        "is-prod",
        cond_and(
            [
                cond_eq::<String>(&env, "prod"),
                cond_or(
                    [
                        cond_not(flag.clone()),
                        cond_eq::<String>(regions.get_string(pseudo::region(), "key"), "cidr"),
                        cond_eq::<i64>(&size, 10),
                    ],
                ),
                Cond::from(true),
            ],
        ),
    );
    let net = stack.add(
        "net",
        vpc::Vpc::builder()
            .name(select::<String>(&idx, split(&delim, &csv)))
            .cidr(
                regions.get_string(
                    cond_if::<String>(&is_prod, "prod", pseudo::region()),
                    select::<String>(0, split(",", "cidr,key")),
                ),
            )
            .build(),
    );
    // escape hatch: 'name' holds a get_input of something the template does not declare
    let fn_node = stack.add(
        "fn",
        fgs::Function::builder()
            .name(Val::<String>::from_raw_unchecked(to_value(&json!({"get_input": ["env"]}))))
            .handler("index.handler")
            .runtime("Python3.6")
            .code_type(fgs::FunctionCodeType::Inline)
            .code(
                base64_encode(
                    replace(
                        "#!/bin/sh\necho ${net} ${env} ${count}\n",
                        [
                            ("net", IntoValue::<String>::into_value(net.attr().ref_name())),
                            ("env", IntoValue::<String>::into_value(env.clone())),
                            ("count", IntoValue::<String>::into_value(csv.clone())),
                        ],
                    ),
                ),
            )
            .memory_size(
                cond_if::<fgs::FunctionMemorySize>(
                    &is_prod,
                    fgs::FunctionMemorySize::V256,
                    fgs::FunctionMemorySize::V128,
                ),
            )
            .timeout(get_list_length::<String>(split(",", "a,b,c,d,e,f")))
            .build(),
    );
    // the template leaves out the requirement(s) code -> net that rfs derives from the properties
    stack.only_explicit_requirements(&fn_node);
    // escape hatch: 'vpcId' takes HuaweiCloud.VPC.VPC.Id, the template gives a map
    stack.add(
        "sub",
        vpc::Subnet::builder()
            .name("sub")
            .cidr("10.0.1.0/24")
            .gateway("10.0.1.1")
            .vpc_id(
                Val::<vpc::VpcId>::from_raw_unchecked(
                    to_value(&json!({"get_reference": ["net"]})),
                ),
            )
            .build(),
    );
    stack.output(
        "summary",
        concat(
            (
                "net=",
                net.attr().ref_name(),
                ", size=",
                size.clone(),
                ", prod=",
                true,
                ", n=",
                7i64,
                ", fn=",
                fn_node.id(),
            ),
        ),
    );
    // escape hatch: output 'choice' holds a cond_if of something the template does not declare
    stack.output(
        "choice",
        Val::<Any>::from_raw_unchecked(
            to_value(
                &json!({
                    "cond_if": [
                        "is-prod",
                        {"get_attribute": ["sub", "refID"]},
                        {"get_in_map": ["regions", "prod", "cidr"]},
                    ],
                }),
            ),
        ),
    );
    stack
}
