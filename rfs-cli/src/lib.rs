//! The library behind the `rfs` command: linting AOS templates (a front end over the rule engine
//! `rfs_check`, checking against the generated catalog of `rfs_types`), importing them into
//! rfs-dsl modules ([`import`]), the JSON Schema of templates, and dependency graphs. The spec
//! files are also embedded, for `rfs schema` and `rfs specs`, and loaded by `rfs-codegen`'s
//! loader, the same one the generator uses.

pub mod diff;
pub mod graph;
pub mod import;
pub mod lint;
pub mod report;
pub mod schema;

use std::sync::OnceLock;

use rfs_codegen::{Diagnostics, Model};

/// Every spec file, embedded: (path under `specs/`, text) — those `rfs-types` was generated
/// from.
pub use rfs_types::SPEC_FILES;

/// The specs this binary was built with, loaded and checked once.
pub fn specs() -> Result<&'static Model, &'static Diagnostics> {
    static MODEL: OnceLock<Result<Model, Diagnostics>> = OnceLock::new();
    MODEL
        .get_or_init(|| rfs_codegen::load_embedded(SPEC_FILES, "specs"))
        .as_ref()
}
