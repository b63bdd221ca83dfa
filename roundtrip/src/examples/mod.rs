//! Stacks imported by `rfs import`.

pub mod cdn;
pub mod function_trigger;
pub mod kubernetes;
pub mod load_balanced;
pub mod mysql;
pub mod nested;
pub mod server_with_disk;
pub mod web_server;

/// Every imported stack.
pub fn all() -> Vec<rfs_dsl::Stack> {
    vec![
        cdn::stack(),
        function_trigger::stack(),
        kubernetes::stack(),
        load_balanced::stack(),
        mysql::stack(),
        nested::stack(),
        server_with_disk::stack(),
        web_server::stack(),
    ]
}
