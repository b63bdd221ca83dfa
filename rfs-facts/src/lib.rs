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
//! - [`read`]: the one YAML reader, for spec files (strictly) and templates (with limits and
//!   findings); [`scalar`]: what a plain scalar means to YAML 1.2 and YAML 1.1 readers.
//! - [`regex`]: the one regular-expression dialect.
//! - [`rules`]: the rule catalogue and the [`rules::Finding`] every front end reports.
//! - [`text`]: template text made safe for a terminal, a comment or a cargo directive.

pub mod language;
pub mod read;
pub mod regex;
pub mod rules;
pub mod scalar;
pub mod spec;
pub mod text;
pub mod tree;
