//! The entry point for `rfs-types`' build script.

use std::path::Path;

use crate::diag::{Diagnostic, Diagnostics};

/// Loads and checks the specs under `specs`, generates the code and writes it into `out_dir`.
///
/// Prints `cargo:rerun-if-changed` for the specs folder and every file in it, and rewrites a
/// file only when its content changed, so unchanged specs cost no rebuild. All problems are
/// returned together.
pub fn generate(specs: &Path, out_dir: &Path) -> Result<(), Diagnostics> {
    let (raw, diags) = crate::load::read_dir(specs, "specs");
    println!("cargo:rerun-if-changed={}", specs.display());
    for f in &raw.files {
        println!("cargo:rerun-if-changed={}", f.display());
    }
    let model = crate::finish(&raw, diags)?;
    let files = crate::emit::generate(&model);
    for (name, text) in files {
        let path = out_dir.join(&name);
        if std::fs::read_to_string(&path).is_ok_and(|old| old == text) {
            continue;
        }
        std::fs::write(&path, text).map_err(|e| one(&path.display().to_string(), e.to_string()))?;
    }
    Ok(())
}

fn one(file: &str, message: String) -> Diagnostics {
    Diagnostics(vec![Diagnostic {
        file: file.to_owned(),
        position: None,
        path: String::new(),
        message,
    }])
}
