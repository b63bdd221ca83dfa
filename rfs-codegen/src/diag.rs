//! Problems found while loading and checking specs, collected rather than thrown.

use std::fmt;

/// One problem in one spec file, located by file and key path (and by line and column where the
/// YAML parser knows them).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// The spec file, as shown to people: `specs/elements/VPC.VPC.yaml`.
    pub file: String,
    /// `line:column` (1-based) where known.
    pub position: Option<(u64, u64)>,
    /// Dotted key path inside the file (`properties.cidr.type`); empty for the whole file.
    pub path: String,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.file)?;
        if let Some((line, column)) = self.position {
            write!(f, ":{line}:{column}")?;
        }
        if !self.path.is_empty() {
            write!(f, ": {}", self.path)?;
        }
        write!(f, ": {}", self.message)
    }
}

/// Every problem found in one pass over the specs.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl Diagnostics {
    /// Records a problem at a key path of a file.
    pub fn error(&mut self, file: &str, path: impl Into<String>, message: impl Into<String>) {
        self.0.push(Diagnostic {
            file: file.to_owned(),
            position: None,
            path: path.into(),
            message: message.into(),
        });
    }

    /// True when nothing was recorded.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The recorded problems, in the order they were found.
    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.0.iter()
    }
}

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for d in &self.0 {
            writeln!(f, "{d}")?;
        }
        write!(f, "{} problem(s) in the specs", self.0.len())
    }
}

impl std::error::Error for Diagnostics {}
