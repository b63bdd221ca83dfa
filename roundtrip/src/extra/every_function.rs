//! The stack `every-function`, imported from `every-function.yaml` by `rfs import`.
//!
//! Escape hatches: 2. The template had 3 lint warning(s); `rfs lint` lists them, and `Stack::synth` reports the same.

use rfs_dsl::types::{antiddos, ecs, evs, vpc};
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
use rfs_dsl::types::core::IntoValue;
use rfs_dsl::{Input, Mapping, Requirement, Stack, Target, json};

/// Builds the stack.
pub fn stack() -> Stack {
    let mut stack = Stack::new("every-function").description(
        "Every built-in function and section the importer has to write, in one stack",
    );
    let env = stack.input(
        "env",
        Input::<String>::new().default_value("prod").valid_values(["dev", "prod"]).label("basics"),
    );
    let size = stack.input("size", Input::<i64>::new().default_value(2).in_range(1, 4));
    let with_disk = stack.input("with-disk", Input::<bool>::new().default_value(true));
    // input 'zone' has no type and fills both HuaweiCloud.ECS.AvailabilityZone.Name and HuaweiCloud.VPC.EIP.Id: it stays untyped
    let zone = stack.untyped_input(
        "zone",
        Input::untyped()
            .description("untyped, as official samples write it")
            .default_value("cn-north-4a"),
    );
    let admin_pass = stack.input(
        "admin-pass",
        Input::password().invisible().description("login password"),
    );
    let gateway = stack.input("gateway", Input::ip().default_value("192.168.1.1"));
    let tier = stack.input(
        "tier",
        Input::enum_type().default_value("web").valid_values(["web", "db"]),
    );
    let names = stack.input(
        "names",
        Input::<String>::new().default_value("a,b").min_length(1).max_length(64).regex("^[a-z,]+$"),
    );
    let images = stack.mapping(
        "images",
        Mapping::new()
            .entry("cn-north-4", "web", "img-north")
            .entry("cn-north-4", "count", 3)
            .entry("cn-east-3", "web", "img-east")
            .entry("cn-east-3", "count", 2),
    );
    let is_prod = stack.condition("is-prod", cond_eq::<String>(&env, "prod"));
    let big_size = stack.condition(
        "big-size",
        cond_or([cond_eq::<i64>(&size, 4), cond_not(cond_eq::<i64>(&size, 1))]),
    );
    let disk_in_prod = stack.condition(
        "disk-in-prod",
        cond_and([Cond::from(with_disk.clone()), cond_eq::<String>(&env, "prod")]),
    );
    let net = stack.add(
        "net",
        vpc::Vpc::builder()
            .name(cond_if::<String>(&is_prod, "net-prod", "net-dev"))
            .cidr("192.168.0.0/16")
            .build(),
    );
    let sub = stack.add(
        "sub",
        vpc::Subnet::builder()
            .name("sub")
            .cidr("192.168.1.0/24")
            .gateway(&gateway)
            .availability_zone(&zone)
            .vpc_id(net.attr().ref_id())
            .build(),
    );
    stack.require(
        &sub,
        Requirement::new("vpcId", &net).relationship("HuaweiCloud.Relationships.ContainedIn"),
    );
    // escape hatch: the template fills 'imageId', which takes HuaweiCloud.ECS.Image.Id, with text: `cast_unchecked`
    // escape hatch: 'adminPass' is not in the spec of ECS.CloudServer (a partial spec)
    let server = stack.add(
        "server",
        ecs::CloudServer::builder()
            .vpc_id(net.id())
            .image_id(images.get_string(pseudo::region(), "web").cast_unchecked::<ecs::ImageId>())
            .availability_zone(&zone)
            .flavor("s6.small.1")
            .instances(images.get_integer(pseudo::region(), "count"))
            .name(select::<String>(0, split(",", &names)))
            .unlisted_property("adminPass", admin_pass.clone())
            .user_data(
                base64_encode(
                    replace(
                        "#!/bin/sh\necho ${tier} > /etc/tier\n",
                        [("tier", IntoValue::<String>::into_value(tier.clone()))],
                    ),
                ),
            )
            .nics([ecs::Nics::builder().subnet_id(sub.id()).build()])
            .omit_root_volume()
            .build(),
    );
    stack.metadata(
        &server,
        json!({"Designer": {"id": "0d1c4a6e-7a51-4c55-9e0b-2b0c1f6a9d11"}}),
    );
    let disk = stack.add(
        "disk",
        evs::NonSharedVolume::builder()
            .availability_zone(&zone)
            .size(cond_if::<i64>(&big_size, 200, 100))
            .volume_type(evs::NonSharedVolumeVolumeType::Ssd)
            .build(),
    );
    stack.depends_on(&disk, &server);
    stack.set_condition(&disk, &disk_in_prod);
    stack.policy(
        "guard",
        antiddos::Service::builder().floating_ip_id(&zone).traffic_pos(5).build(),
        [Target::from(&server)],
    );
    stack
        .output("url", concat(("http://", server.attr().public_ips(), "/index.html")))
        .description("where the site lives");
    stack.output("count", get_list_length::<String>(split(",", &names)));
    stack.output("env", env.clone());
    stack.output("fixed", 42);
    stack
}
