//! `rfs lint`: a thin front end over the rule engine. The one reader (`rfs_check::read`) reads a
//! template once into the engine's tree (every node with its line and column, and the
//! YAML-level findings only the reader sees); `rfs_check::lint_tree` runs every rule on that tree
//! against the same generated spec catalog `Stack::synth` uses, so both give the same verdict.

use rfs_check::read::{self, Template};
use rfs_check::spec::Catalog;
use rfs_check::tree::Node;

use rfs_check::Finding;
use rfs_check::policy::Directive;
use rfs_check::read::{Limits, ReadError};

/// The findings of one file.
#[derive(Clone, Debug, PartialEq)]
pub struct FileFindings {
    /// The file, as given.
    pub file: String,
    /// Its findings, sorted by position.
    pub findings: Vec<Finding>,
}

/// The catalog `rfs lint` checks against: every element, data structure and resource type.
pub fn catalog() -> &'static Catalog {
    rfs_types::catalog()
}

/// Lints one template's text within the default limits. Findings are sorted by position.
pub fn lint(text: &str, catalog: &Catalog) -> Vec<Finding> {
    lint_with(text, catalog, &Limits::default())
}

/// Lints one template's text within `limits`. Findings are sorted by position.
pub fn lint_with(text: &str, catalog: &Catalog, limits: &Limits) -> Vec<Finding> {
    read_and_lint(text, catalog, limits).1
}

/// Lints one template's text within `limits`, with the levels `policy` sets (from `rfs.toml`
/// and the command line, weakest first; see [`rfs_check::policy`]); the template's own
/// `# rfs:` comments apply over them. Findings are sorted by position.
pub fn lint_with_policy(
    text: &str,
    catalog: &Catalog,
    limits: &Limits,
    policy: &[Directive],
) -> Vec<Finding> {
    lint_marking(
        text,
        catalog,
        limits,
        policy,
        &mut vec![false; policy.len()],
    )
}

/// [`lint_with_policy`], and sets `matched[i]` for each directive of `policy` that one of the
/// template's findings falls under ([`rfs_check::policy::mark_matched`]), so that a run over
/// many templates can report the levels none of them needed.
pub fn lint_marking(
    text: &str,
    catalog: &Catalog,
    limits: &Limits,
    policy: &[Directive],
    matched: &mut [bool],
) -> Vec<Finding> {
    match read::template(text, limits) {
        Ok(template) => {
            let found = rfs_check::lint_read(&template, catalog);
            rfs_check::policy::mark_matched(&found, policy, matched);
            rfs_check::policy::levels(found, &template.comments, policy)
        }
        Err(e) => vec![e.finding()],
    }
}

/// Reads and lints one template's text, and returns its tree too (`None` when the text is not
/// YAML or breaks a limit; the one finding then says why).
pub fn read_and_lint(
    text: &str,
    catalog: &Catalog,
    limits: &Limits,
) -> (Option<Node>, Vec<Finding>) {
    match read::template(text, limits) {
        Ok(template) => {
            let findings = lint_template(&template, catalog);
            (Some(template.root), findings)
        }
        Err(e) => (None, vec![e.finding()]),
    }
}

/// Lints a template already read: the engine's findings and the reader's, with the levels its
/// own `# rfs:` comments set, sorted by position.
pub fn lint_template(template: &Template, catalog: &Catalog) -> Vec<Finding> {
    rfs_check::lint_template(template, catalog, &[])
}

/// Reads a template's tree within `limits` (for `rfs graph`), without linting it.
pub fn read(text: &str, limits: &Limits) -> Result<Node, ReadError> {
    read::template(text, limits).map(|t| t.root)
}
