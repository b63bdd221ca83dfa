//! `rfs lint`: a thin front end over the rule engine. It parses a template into the engine's
//! tree (every node with its line and column) and runs `rfs_check::check` against the same
//! generated spec catalog `Stack::synth` uses, so both give the same verdict.

use rfs_check::rules;
use rfs_check::spec::Catalog;

use crate::source;

pub use rfs_check::{Finding, Severity};

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
    lint_with(text, catalog, &source::Limits::default())
}

/// Lints one template's text within `limits`. Findings are sorted by position.
pub fn lint_with(text: &str, catalog: &Catalog, limits: &source::Limits) -> Vec<Finding> {
    parse_and_lint(text, catalog, limits).1
}

/// Lints one template's text and returns its tree too (`None` when it is not YAML).
pub fn parse_and_lint(
    text: &str,
    catalog: &Catalog,
    limits: &source::Limits,
) -> (Option<source::Node>, Vec<Finding>) {
    match source::parse_with(text, limits) {
        Ok(root) => {
            let findings = check(text, &root, catalog);
            (Some(root), findings)
        }
        Err(e) => (None, vec![parse_error(e)]),
    }
}

/// Lints a parsed template (`text` is what it was parsed from: the YAML-level rules read it).
/// Findings are sorted by position.
pub fn check(text: &str, root: &source::Node, catalog: &Catalog) -> Vec<Finding> {
    let mut out = rfs_check::check(root, catalog);
    out.extend(source::yaml_findings(text));
    out.sort_by(|a, b| (a.pos, a.rule.id, &a.message).cmp(&(b.pos, b.rule.id, &b.message)));
    out
}

/// The finding for a text that is not YAML.
pub fn parse_error(e: source::ParseError) -> Finding {
    Finding {
        rule: rules::YAML,
        severity: Severity::Error,
        path: String::new(),
        item: None,
        pos: e.pos,
        caller: None,
        message: e.message,
    }
}
