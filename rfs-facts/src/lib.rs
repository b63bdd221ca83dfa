//! The facts the rfs rule engine stands on, in a crate of their own so that the generator
//! (`rfs-codegen`, on `rfs-types`' build path) and the generated types need not wait for the rule
//! bodies to compile. Everything here is re-exported by `rfs-check` under the same module names
//! (`rfs_check::spec`, …); use it from there.
//!
//! - [`language`]: facts of the AOS template language (sections, functions, limits, name rules).
//! - [`spec`]: what the specs know, one definition of each fact ([`spec::Catalog`]); the
//!   generated catalog is `rfs_types::catalog()`.
//! - [`tree`]: the template as the engine reads it: YAML values with their position (lint) or
//!   the escape hatches Rust used (synth).
//! - [`regex`]: the one regular-expression dialect.

pub mod language;
pub mod regex;
pub mod spec;
pub mod tree;
