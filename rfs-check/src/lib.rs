//! The one rule engine of rfs, at the bottom of the crate graph: `Stack::synth` and `rfs lint` are
//! two front ends over it, so they give the same verdict on the same template.
//!
//! - [`language`]: facts of the AOS template language (sections, functions, limits, name rules).
//! - [`spec`]: what the specs know, one definition of each fact ([`spec::Catalog`]); the
//!   generated catalog is `rfs_types::catalog()`.
//! - [`tree`]: the template as the engine reads it: YAML values with their position (lint) or
//!   the escape hatches Rust used (synth).
//! - [`read`]: the one YAML reader (templates with limits and findings, specs strictly);
//!   [`scalar`]: how YAML 1.2 and 1.1 readers read a plain scalar.
//! - [`rules`]: the rule catalogue, the [`Finding`] type, and the rules relaxed because real
//!   templates break them ([`rules::RELAXED`]).
//! - [`lint_tree()`]: every rule on a template tree; [`graph`]: dependencies, creation order
//!   and cycles (also for `rfs graph` and `rfs import`).
//! - [`regex`]: the one regular-expression dialect; [`text`]: template text made safe to show.
//!
//! The rule bodies live in one file per area (the template as a whole, inputs, mappings,
//! elements and properties, functions, policies, outputs), each rule with good and bad template
//! cases under `tests/cases/<rule>/`.
//!
//! A value Rust wrote through an escape hatch carries a [`tree::Mark`]; the engine lists it (rule
//! `escape-hatch`) and reports a problem inside it as a warning, since the author asked for it.
//! YAML carries no marks: synth writes each such decision into the template as a
//! `# rfs: warn(rule) at <path>` comment, which lint reads ([`policy`]), so both reach one
//! verdict. Rule levels from `rfs.toml`, the command line, `Stack::allow` and template comments
//! are applied by [`policy::apply`] in both front ends.

mod checker;
pub mod diff;
mod elements;
mod functions;
pub mod graph;
mod inputs;
mod mappings;
mod outputs;
mod policies;
pub mod policy;
mod template;

pub use rfs_facts::{language, read, regex, rules, scalar, spec, text, tree};

pub use rules::{Finding, Rule, Severity};

/// Checks a whole template against `catalog`. Findings come in walking order (sections in the
/// canonical order, items in template order); sort them as the front end needs.
///
/// A value marked in Rust ([`tree::Mark`]) is listed (rule `escape-hatch`, or `set-twice`), and
/// an error inside a value marked as an escape hatch is reported as a warning: the author asked
/// for that value on purpose. Templates read from YAML carry no marks.
pub fn lint_tree(root: &tree::Node, catalog: &spec::Catalog) -> Vec<Finding> {
    let mut c = checker::Checker::new(catalog);
    c.template(root);
    c.out
}

/// Checks a template read from YAML as `rfs lint` does: every rule on its tree, the reader's own
/// findings, then the rule levels of `policy` (weakest first: `rfs.toml`, the command line) and,
/// over them, of the template's own `# rfs:` comments ([`policy::levels`]). Findings are sorted
/// by position.
pub fn lint_template(
    template: &read::Template,
    catalog: &spec::Catalog,
    policy: &[policy::Directive],
) -> Vec<Finding> {
    policy::levels(lint_read(template, catalog), &template.comments, policy)
}

/// Every rule on a template read from YAML, and the reader's own findings, before any rule
/// level applies (unsorted).
pub fn lint_read(template: &read::Template, catalog: &spec::Catalog) -> Vec<Finding> {
    let mut out = lint_tree(&template.root, catalog);
    out.extend(template.findings.iter().cloned());
    out
}
