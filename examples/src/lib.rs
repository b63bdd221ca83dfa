//! Realistic stacks written with rfs. Each module of [`stacks`] builds one `Stack`; [`all`]
//! lists them.
//!
//! The layout `rfs_dsl::build` recommends: the stacks in this library (its dependencies listed
//! once), a two-line `main` that writes their templates (`cargo run -p examples -- DIR`), and
//! tests over the same library. The templates are committed in `examples/templates/`, and a
//! test fails when they differ from what the stacks now produce
//! (`cargo run -p examples -- examples/templates` rewrites them).

pub mod stacks;

pub use stacks::all;
