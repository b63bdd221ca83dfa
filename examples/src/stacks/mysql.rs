//! A MySQL database: an RDS MySQL instance in its own subnet and security group, one database
//! and one user with access to it. Passwords come from invisible inputs, never literals.

use rfs_dsl::types::{rds, vpc};
use rfs_dsl::{Input, Stack};

/// Builds the stack.
pub fn stack() -> Stack {
    let mut stack =
        Stack::new("mysql").description("RDS MySQL with an application database and user");
    let root_password = stack.input(
        "root-password",
        Input::<String>::new()
            .description("Password of the root account")
            .invisible()
            .length(8, 32),
    );
    let app_password = stack.input(
        "app-password",
        Input::<String>::new()
            .description("Password of the application user")
            .invisible()
            .length(8, 32),
    );

    let network = stack.add(
        "db-vpc",
        vpc::Vpc::builder().name("db").cidr("10.10.0.0/16").build(),
    );
    let subnet = stack.add(
        "db-subnet",
        vpc::Subnet::builder()
            .name("db")
            .cidr("10.10.1.0/24")
            .gateway("10.10.1.1")
            .vpc_id(network.id())
            .build(),
    );
    let group = stack.add("db-sg", vpc::SecurityGroup::builder().name("db").build());
    stack.add(
        "db-sg-mysql",
        vpc::SecurityGroupRule::builder()
            .direction(vpc::SecurityGroupRuleDirection::Ingress)
            .protocol(vpc::SecurityGroupRuleProtocol::Tcp)
            .ethertype(vpc::SecurityGroupRuleEthertype::IPv4)
            .remote_ip_prefix("10.10.0.0/16")
            .min_port(3306)
            .max_port(3306)
            .security_group_id(group.id())
            .build(),
    );
    let instance = stack.add(
        "db",
        rds::MySql::builder()
            .name("app-db")
            .availability_zone("cn-north-4a")
            .vpc_id(network.id())
            .subnet_id(subnet.id())
            .security_group_id(group.id())
            .flavor("rds.mysql.c2.large")
            .data_store(
                rds::MySqlDataStore::builder()
                    .dbtype(rds::MySqlDataStoreDbtype::MySql)
                    .version(rds::MySqlDataStoreVersion::V5_7)
                    .build(),
            )
            .volume(
                rds::Volume::builder()
                    .volumetype(rds::VolumeVolumetype::Common)
                    .size(100)
                    .build(),
            )
            .backup_strategy(
                rds::BackupStrategy::builder()
                    .keep_days(7)
                    .start_time("01:00")
                    .end_time("02:00")
                    .build(),
            )
            .db_root_password(root_password)
            .db_port(3306)
            .build(),
    );
    stack.add(
        "app-database",
        rds::MySqlDataBase::builder()
            .instance_id(instance.id())
            .data_base(
                rds::MySqlDataBaseData::builder()
                    .name("app")
                    .character_set("utf8")
                    .collate("utf8_general_ci")
                    .build(),
            )
            .build(),
    );
    let user = stack.add(
        "app-user",
        rds::MySqlUser::builder()
            .instance_id(instance.id())
            .db_user(
                rds::MySqlDbLinkedUser::builder()
                    .name("app")
                    .user_password(app_password)
                    .user_database([rds::MySqlUserDatabase::builder().name("app").build()])
                    .build(),
            )
            .build(),
    );
    stack
        .output("user", user.attr().ref_name())
        .description("Name of the application user");
    stack
}
