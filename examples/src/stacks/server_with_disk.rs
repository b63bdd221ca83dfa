//! A server with an optional data disk: the image is looked up per region in a mapping, and an
//! input decides through a condition whether the EVS disk is created.

use rfs_dsl::func::{cond_eq, pseudo};
use rfs_dsl::types::{ecs, evs, vpc};
use rfs_dsl::{Input, Mapping, Stack};

/// Builds the stack.
pub fn stack() -> Stack {
    let mut stack = Stack::new("server-with-disk")
        .description("A server with an optional data disk, image chosen by region");
    let with_disk = stack.input(
        "with-disk",
        Input::<bool>::new()
            .default_value(true)
            .description("Create the data disk"),
    );
    let disk_size = stack.input(
        "disk-size",
        Input::<i64>::new()
            .default_value(100)
            .in_range(10, 32768)
            .description("Data disk size in GB"),
    );
    let images = stack.mapping(
        "images",
        Mapping::new()
            .entry("cn-north-4", "ubuntu", "img-ubuntu-north-4")
            .entry("cn-east-3", "ubuntu", "img-ubuntu-east-3"),
    );
    let disk_wanted = stack.condition("disk-wanted", cond_eq::<bool>(with_disk, true));

    let network = stack.add(
        "data-vpc",
        vpc::Vpc::builder()
            .name("data")
            .cidr("172.16.0.0/16")
            .build(),
    );
    let subnet = stack.add(
        "data-subnet",
        vpc::Subnet::builder()
            .name("data")
            .cidr("172.16.0.0/24")
            .gateway("172.16.0.1")
            .vpc_id(network.id())
            .build(),
    );
    let server = stack.add(
        "data-ecs",
        ecs::CloudServer::builder()
            .name("data")
            .vpc_id(network.id())
            // Mapping values are plain text; this one holds image ids.
            .image_id(
                images
                    .get_string(pseudo::region(), "ubuntu")
                    .cast_unchecked::<ecs::ImageId>(),
            )
            .availability_zone("cn-north-4a")
            .flavor("s6.large.2")
            .nics([ecs::Nics::builder().subnet_id(subnet.id()).build()])
            .root_volume(
                ecs::RootVolume::builder()
                    .volume_type(ecs::RootVolumeVolumeType::Ssd)
                    .size(40)
                    .build(),
            )
            .build(),
    );
    let disk = stack.add(
        "data-disk",
        evs::NonSharedVolume::builder()
            .name("data")
            .availability_zone("cn-north-4a")
            .volume_type(evs::NonSharedVolumeVolumeType::Ssd)
            .size(disk_size)
            .description("Data disk of the server")
            .build(),
    );
    stack.set_condition(&disk, &disk_wanted);
    stack.depends_on(&disk, &server);
    stack
        .output("server", server.attr().ref_id())
        .description("Id of the server");
    stack
        .output("disk", disk.attr().volume_ids())
        .description("Id of the data disk");
    stack
}
