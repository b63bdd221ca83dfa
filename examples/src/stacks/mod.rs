//! One module per example stack.

pub mod cdn;
pub mod function_trigger;
pub mod kubernetes;
pub mod load_balanced;
pub mod mysql;
pub mod nested;
pub mod server_with_disk;
pub mod web_server;

use rfs_dsl::Stack;

/// Every example stack, in a fixed order.
pub fn all() -> Vec<Stack> {
    vec![
        web_server::stack(),
        load_balanced::stack(),
        server_with_disk::stack(),
        kubernetes::stack(),
        mysql::stack(),
        function_trigger::stack(),
        cdn::stack(),
        nested::stack(),
    ]
}
