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
        Ok(warnings) => {
            for w in warnings {
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

/// Writes every stack's template into `dir` as `<stack name>.yaml`; returns the warnings, each
/// prefixed with its stack's name. Stops at the first stack that fails.
pub fn write_all(stacks: &[Stack], dir: &std::path::Path) -> Result<Vec<String>, crate::Error> {
    let mut warnings = Vec::new();
    for stack in stacks {
        let path = dir.join(format!("{}.yaml", stack.name()));
        for w in stack.write_to(&path)? {
            warnings.push(format!("{}: {w}", stack.name()));
        }
    }
    Ok(warnings)
}
