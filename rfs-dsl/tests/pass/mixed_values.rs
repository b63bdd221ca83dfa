//! Mixed literals and values need no ceremony: concat and lists take tuples, maps take `json!`,
//! and an enumeration takes a value its documented list lacks through `unlisted`.

use rfs_dsl::func::concat;
use rfs_dsl::types::{cce, fgs, vpc};
use rfs_dsl::{Input, Stack, json};

fn main() {
    let mut stack = Stack::new("t");
    let dns = stack.input("dns", Input::<String>::new());
    let level = stack.input("level", Input::<String>::new());
    let net = stack.add("net", vpc::Vpc::builder().name("n").cidr("10.0.0.0/8").build());
    let eip = rfs_dsl::types::core::Ref::<vpc::Eip>::new("eip");
    let _subnet = vpc::Subnet::builder()
        .name("s")
        .cidr("10.0.0.0/24")
        .gateway("10.0.0.1")
        .vpc_id(net.id())
        .dns_list(("100.125.1.250", &dns))
        .build();
    let _env = fgs::Environment::builder()
        .variables(json!({"LOG_LEVEL": &level, "RETRIES": 3, "REGION": "cn-north-4"}))
        .build();
    let _pairs = fgs::Environment::builder()
        .variables((("LOG_LEVEL", &level), ("RETRIES", 3)))
        .build();
    let _version = cce::ClusterVersion::unlisted("v1.28");
    stack.output("url", concat(("http://", eip.attr().ref_ip(), ":", 8080)));
    stack.output("names", concat(["a", "b"]));
}
