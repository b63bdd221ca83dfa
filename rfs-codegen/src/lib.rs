//! The rfs generator: reads the AOS specs, checks them, and writes the typed Rust builders that
//! `rfs-types` compiles.
//!
//! Phases: [`load`] (YAML text → raw specs, with located errors: the one reader
//! `rfs_facts::read` reads the text, [`from_node`] converts the tree) →
//! `resolve` (every problem collected, every generated name resolved into the [`model`]) →
//! [`emit`] (model → Rust, one file per service, laid out by [`print`](mod@print), the crate's own printer:
//! no syn or prettyplease on any build path). `rfs-types`' build script calls
//! [`generate_into`]; `rfs-cli` reuses [`load_specs`], the model, [`emit::generate`] (for
//! `rfs codegen`) and [`print::plain`] (for the modules `rfs import` writes).

mod diag;
mod docs;
pub mod emit;
pub mod from_node;
pub mod load;
pub mod model;
mod naming;
pub mod print;
mod resolve;

use std::path::Path;

pub use diag::{Diagnostic, Diagnostics};
pub use model::Model;

/// Loads and checks every spec under `root`; `display` names `root` in messages (`specs`).
/// All problems are reported together.
pub fn load_specs(root: &Path, display: &str) -> Result<Model, Diagnostics> {
    let (raw, diags) = load::read_dir(root, display);
    finish(&raw, diags)
}

/// Like [`load_specs`], for specs embedded in a binary (see [`load::read_embedded`]).
pub fn load_embedded(files: &[(&str, &str)], display: &str) -> Result<Model, Diagnostics> {
    let (raw, diags) = load::read_embedded(files, display);
    finish(&raw, diags)
}

/// Checks what was read and merges its problems with those of reading.
pub(crate) fn finish(raw: &load::RawSpecs, mut diags: Diagnostics) -> Result<Model, Diagnostics> {
    match resolve::resolve(raw) {
        Ok(model) if diags.is_empty() => Ok(model),
        Ok(_) => Err(diags),
        Err(more) => {
            diags.0.extend(more.0);
            Err(diags)
        }
    }
}

/// `spec_files.rs`: every spec file read, embedded with `include_str!` as (path under the
/// specs folder, text), so tools load the very specs a crate was generated from.
fn spec_files(specs: &Path, raw: &load::RawSpecs) -> String {
    let loaded = raw.elements.iter().chain(&raw.datatypes).map(|l| &l.file);
    let entries = loaded
        .chain(raw.resource_types.as_ref().map(|l| &l.file))
        .map(|file| {
            let relative = file.split_once('/').map_or(file.as_str(), |(_, r)| r);
            let absolute = specs.join(relative).display().to_string();
            quote::quote!((#relative, include_str!(#absolute)))
        });
    print::File {
        // Included into the crate root: no `//!` lines.
        doc: Vec::new(),
        items: vec![quote::quote! {
            /// Every spec file this crate was generated from: (path under `specs/`, text), for
            /// tools that load the specs with `rfs-codegen` (`rfs lint`, `rfs schema`).
            pub static SPEC_FILES: &[(&str, &str)] = &[#(#entries),*];
        }],
        functions: Vec::new(),
    }
    .print()
}

/// The entry point for `rfs-types`' build script: loads and checks the specs under `specs`,
/// generates the code and writes it into `out_dir`.
///
/// Prints `cargo:rerun-if-changed` for the specs folder and every file in it, and rewrites a
/// file only when its content changed, so unchanged specs cost no rebuild. All problems are
/// returned together.
pub fn generate_into(specs: &Path, out_dir: &Path) -> Result<(), Diagnostics> {
    let (raw, diags) = load::read_dir(specs, "specs");
    println!("cargo:rerun-if-changed={}", specs.display());
    for f in &raw.files {
        println!("cargo:rerun-if-changed={}", f.display());
    }
    let model = finish(&raw, diags)?;
    let mut files = emit::generate(&model);
    files.insert("spec_files.rs".to_owned(), spec_files(specs, &raw));
    for (name, text) in files {
        let path = out_dir.join(&name);
        if std::fs::read_to_string(&path).is_ok_and(|old| old == text) {
            continue;
        }
        std::fs::write(&path, text).map_err(|e| {
            Diagnostics(vec![Diagnostic {
                file: path.display().to_string(),
                position: None,
                path: String::new(),
                message: e.to_string(),
            }])
        })?;
    }
    Ok(())
}
