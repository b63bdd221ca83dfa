//! Realistic stacks written with rfs. Each module builds one [`Stack`]; [`all`] lists them and
//! `cargo run -p examples -- DIR` writes one template per stack into `DIR`.

use rfs_dsl::Stack;

pub mod stacks;

/// Every example stack, in a fixed order.
pub fn all() -> Vec<Stack> {
    vec![stacks::web_server::stack(), stacks::load_balanced::stack()]
}
