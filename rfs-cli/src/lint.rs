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

/// Lints one template's text. Findings are sorted by position.
pub fn lint(text: &str, catalog: &Catalog) -> Vec<Finding> {
    parse_and_lint(text, catalog).1
}

/// Lints one template's text and returns its tree too (`None` when it is not YAML).
pub fn parse_and_lint(text: &str, catalog: &Catalog) -> (Option<source::Node>, Vec<Finding>) {
    match source::parse(text) {
        Ok(root) => {
            let findings = check(&root, catalog);
            (Some(root), findings)
        }
        Err(e) => (None, vec![parse_error(e)]),
    }
}

/// Lints a parsed template. Findings are sorted by position.
pub fn check(root: &source::Node, catalog: &Catalog) -> Vec<Finding> {
    let mut out = rfs_check::check(root, catalog);
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
