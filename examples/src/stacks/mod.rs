//! One module per example stack.

pub mod load_balanced;
pub mod web_server;
