//! The one rule engine of rfs, at the bottom of the crate graph: `Stack::synth` and `rfs lint` are
//! two front ends over it, so they give the same verdict on the same template.
//!
//! - [`language`]: facts of the AOS template language (sections, functions, limits, name rules).
//! - [`spec`]: what the specs know, one definition of each fact ([`spec::Catalog`]); the
//!   generated catalog is `rfs_types::catalog()`.
//! - [`tree`]: the template as the engine reads it: YAML values with their position (lint) or
//!   the escape hatches Rust used (synth).
//! - [`rules`]: the rule catalogue, the [`Finding`] type, and the rules relaxed because real
//!   templates break them ([`rules::RELAXED`]).
//! - [`check()`]: the rule bodies; [`graph`]: dependencies and cycles (also for `rfs graph`).
//! - [`regex`]: the one regular-expression dialect.
//!
//! The front ends differ in one documented way only: a value Rust wrote through an escape hatch
//! carries a [`tree::Mark`]; the engine lists it (rule `escape-hatch`) and reports a problem inside
//! it as a warning, since the author asked for it. YAML carries no marks, so the same value read
//! from a file is an error.

pub mod check;
pub mod graph;
pub mod rules;

pub use rfs_facts::{language, regex, spec, tree};

pub use check::check;
pub use rules::{Finding, Rule, Severity};
