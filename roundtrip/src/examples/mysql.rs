//! The stack `mysql`, imported from `mysql.yaml` by `rfs import`.
//!
//! Escape hatches: 0.

use rfs_dsl::types::{rds, vpc};
use rfs_dsl::{Input, Stack, json};

/// Builds the stack.
pub fn stack() -> Stack {
    let mut stack = Stack::new("mysql").description(
        "RDS MySQL with an application database and user",
    );
    let root_password = stack.input(
        "root-password",
        Input::<String>::new()
            .min_length(8)
            .max_length(32)
            .description("Password of the root account")
            .invisible(),
    );
    let app_password = stack.input(
        "app-password",
        Input::<String>::new()
            .min_length(8)
            .max_length(32)
            .description("Password of the application user")
            .invisible(),
    );
    let db_vpc = stack.add("db-vpc", vpc::Vpc::builder().cidr("10.10.0.0/16").name("db").build());
    let db_subnet = stack.add(
        "db-subnet",
        vpc::Subnet::builder()
            .name("db")
            .cidr("10.10.1.0/24")
            .gateway("10.10.1.1")
            .vpc_id(db_vpc.id())
            .build(),
    );
    let db_sg = stack.add("db-sg", vpc::SecurityGroup::builder().name("db").build());
    stack.add(
        "db-sg-mysql",
        vpc::SecurityGroupRule::builder()
            .direction(vpc::SecurityGroupRuleDirection::Ingress)
            .protocol(vpc::SecurityGroupRuleProtocol::Tcp)
            .ethertype(vpc::SecurityGroupRuleEthertype::IPv4)
            .security_group_id(db_sg.id())
            .remote_ip_prefix("10.10.0.0/16")
            .max_port(3306)
            .min_port(3306)
            .build(),
    );
    let db = stack.add(
        "db",
        rds::MySql::builder()
            .db_port(3306)
            .availability_zone("cn-north-4a")
            .name("app-db")
            .security_group_id(db_sg.id())
            .data_store(
                rds::MySqlDataStore::builder()
                    .dbtype(rds::MySqlDataStoreDbtype::MySql)
                    .version(rds::MySqlDataStoreVersion::V5_7)
                    .build(),
            )
            .vpc_id(db_vpc.id())
            .db_root_password(&root_password)
            .volume(
                rds::Volume::builder().volumetype(rds::VolumeVolumetype::Common).size(100).build(),
            )
            .backup_strategy(
                rds::BackupStrategy::builder()
                    .keep_days(7)
                    .end_time("02:00")
                    .start_time("01:00")
                    .build(),
            )
            .subnet_id(db_subnet.id())
            .flavor(json!("rds.mysql.c2.large"))
            .build(),
    );
    stack.add(
        "app-database",
        rds::MySqlDataBase::builder()
            .instance_id(db.id())
            .data_base(
                rds::MySqlDataBaseData::builder()
                    .character_set("utf8")
                    .name("app")
                    .collate("utf8_general_ci")
                    .build(),
            )
            .build(),
    );
    let app_user = stack.add(
        "app-user",
        rds::MySqlUser::builder()
            .instance_id(db.id())
            .db_user(
                rds::MySqlDbLinkedUser::builder()
                    .user_password(&app_password)
                    .name("app")
                    .user_database([rds::MySqlUserDatabase::builder().name("app").build()])
                    .build(),
            )
            .build(),
    );
    stack.output("user", app_user.attr().ref_name()).description("Name of the application user");
    stack
}
