//! Realistic stacks written with rfs. Each module of [`stacks`] builds one `Stack`; [`all`]
//! lists them.
//!
//! Two ways to get the templates:
//! - `cargo run -p examples -- DIR` writes one file per stack into `DIR` and prints each path;
//! - `cargo build -p examples` runs this crate's `build.rs`, which writes them to
//!   `examples/templates/` (or `$RFS_TEMPLATES_DIR`) with `rfs_dsl::build::emit` — the pattern
//!   for a crate whose build should emit its templates.

pub mod stacks;

pub use stacks::all;
