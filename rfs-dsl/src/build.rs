//! Writing templates from a build script, so that `cargo build` emits them.
//!
//! In the crate's `build.rs` (with the stacks in a module the build script includes, and
//! `rfs-dsl` under `[build-dependencies]`):
//!
//! ```no_run
//! // build.rs
//! # mod stacks { pub fn all() -> Vec<rfs_dsl::Stack> { Vec::new() } }
//! fn main() {
//!     rfs_dsl::build::emit(&stacks::all(), &["src/stacks"]);
//! }
//! ```
//!
//! Templates go to `templates/` beside the crate's `Cargo.toml`, or to the folder named by the
//! environment variable `RFS_TEMPLATES_DIR` (relative paths are taken from the crate folder).
//! Each is `<stack name>.yaml`, rewritten only when its content changes. The build reruns when a
//! watched path, `build.rs` or `RFS_TEMPLATES_DIR` changes. Warnings are shown as cargo
//! warnings; an error fails the build with every finding.

use std::path::PathBuf;

use crate::Stack;

/// The folder templates are written to (see the module docs).
pub fn templates_dir() -> PathBuf {
    let crate_dir = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    match std::env::var_os("RFS_TEMPLATES_DIR") {
        Some(dir) => crate_dir.join(dir),
        None => crate_dir.join("templates"),
    }
}

/// Writes every stack's template into [`templates_dir`] and prints the cargo directives. Exits
/// the build script with an error when any stack fails to synthesize.
pub fn emit(stacks: &[Stack], watch: &[&str]) {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-env-changed=RFS_TEMPLATES_DIR");
    for w in watch {
        println!("cargo:rerun-if-changed={w}");
    }
    let dir = templates_dir();
    match write_all(stacks, &dir) {
        Ok(notes) => {
            for w in notes {
                println!("cargo:warning={w}");
            }
        }
        Err(e) => {
            for line in e.to_string().lines() {
                eprintln!("{line}");
            }
            std::process::exit(1);
        }
    }
}

/// Writes every stack's template into `dir` as `<stack name>.yaml`; returns the warnings and
/// infos, each prefixed with its stack's name. Every stack is checked: the stacks without errors
/// are written, and the error lists the findings of every stack that failed.
pub fn write_all(stacks: &[Stack], dir: &std::path::Path) -> Result<Vec<String>, BuildError> {
    let mut notes = Vec::new();
    let mut failed = Vec::new();
    for stack in stacks {
        let path = dir.join(format!("{}.yaml", stack.name()));
        match stack.write_to(&path) {
            Ok(findings) => {
                notes.extend(findings.iter().map(|f| format!("{}: {f}", stack.name())));
            }
            Err(e) => failed.push(e),
        }
    }
    if failed.is_empty() {
        Ok(notes)
    } else {
        Err(BuildError(failed))
    }
}

/// The stacks that could not be written, each with every finding.
#[derive(Debug)]
pub struct BuildError(pub Vec<crate::Error>);

impl std::fmt::Display for BuildError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for e in &self.0 {
            writeln!(f, "{e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for BuildError {}
