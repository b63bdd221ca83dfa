//! The stack `server-with-disk`, imported from `server-with-disk.yaml` by `rfs import`.
//!
//! Escape hatches: 1.

use rfs_dsl::types::{ecs, evs, vpc};
use rfs_dsl::func::{cond_eq, pseudo};
use rfs_dsl::{Input, Mapping, Stack};

/// Builds the stack.
pub fn stack() -> Stack {
    let mut stack = Stack::new("server-with-disk").description(
        "A server with an optional data disk, image chosen by region",
    );
    let with_disk = stack.input(
        "with-disk",
        Input::<bool>::new().default_value(true).description("Create the data disk"),
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
    let disk_wanted = stack.condition("disk-wanted", cond_eq::<bool>(&with_disk, true));
    let data_vpc = stack.add(
        "data-vpc",
        vpc::Vpc::builder().cidr("172.16.0.0/16").name("data").build(),
    );
    let data_subnet = stack.add(
        "data-subnet",
        vpc::Subnet::builder()
            .name("data")
            .cidr("172.16.0.0/24")
            .gateway("172.16.0.1")
            .vpc_id(data_vpc.id())
            .build(),
    );
    // escape hatch: the template fills 'imageId', which takes HuaweiCloud.ECS.Image.Id, with text: `cast_unchecked`
    let data_ecs = stack.add(
        "data-ecs",
        ecs::CloudServer::builder()
            .vpc_id(data_vpc.id())
            .image_id(
                images.get_string(pseudo::region(), "ubuntu").cast_unchecked::<ecs::ImageId>(),
            )
            .availability_zone("cn-north-4a")
            .flavor("s6.large.2")
            .name("data")
            .nics([ecs::Nics::builder().subnet_id(data_subnet.id()).build()])
            .root_volume(
                ecs::RootVolume::builder()
                    .volume_type(ecs::RootVolumeVolumeType::Ssd)
                    .size(40)
                    .build(),
            )
            .build(),
    );
    let data_disk = stack.add(
        "data-disk",
        evs::NonSharedVolume::builder()
            .availability_zone("cn-north-4a")
            .description("Data disk of the server")
            .volume_type(evs::NonSharedVolumeVolumeType::Ssd)
            .name("data")
            .size(&disk_size)
            .build(),
    );
    stack.depends_on(&data_disk, &data_ecs);
    stack.set_condition(&data_disk, &disk_wanted);
    stack.output("server", data_ecs.attr().ref_id()).description("Id of the server");
    stack.output("disk", data_disk.attr().volume_ids()).description("Id of the data disk");
    stack
}
