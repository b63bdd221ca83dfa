//! Templates imported by `rfs import` and committed as Rust: the shared fixtures
//! (`rfs-cli/tests/fixtures/`, copied from the AOS reference), the example templates
//! (`examples/templates/`) and templates that exercise every function and section, edge cases,
//! and an element of every type with every listed property set (`roundtrip/templates/`, the
//! last written by `tools/every_element.py`), and the hostile templates a correct importer
//! must round-trip (`rfs-cli/tests/hostile/`, those marked `# expect: roundtrip`).
//! The tests check that the committed modules are what `rfs import` writes today, and that each
//! module synthesizes back to its template.
//!
//! Regenerate after changing the importer or the specs: `RFS_BLESS=1 cargo test -p rfs-cli --test import`.

// Kept exactly as `rfs import` writes them (laid out by `rfs_codegen::print`, close to rustfmt
// but not the same), so that the test can compare.
#[rustfmt::skip]
pub mod examples;
#[rustfmt::skip]
pub mod extra;
#[rustfmt::skip]
pub mod fixtures;
#[rustfmt::skip]
pub mod hostile;
