//! Generates the typed builders from the specs in this package (`specs/`) into `OUT_DIR` (see
//! `rfs_codegen::generate_into`), with `spec_files.rs`, the same specs embedded.

fn main() {
    let specs = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("specs");
    let out = std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR for build scripts");
    if let Err(problems) = rfs_codegen::generate_into(&specs, std::path::Path::new(&out)) {
        eprintln!("{problems}");
        std::process::exit(1);
    }
}
