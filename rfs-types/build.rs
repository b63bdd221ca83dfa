//! Generates the typed builders from `../specs` into `OUT_DIR` (see `rfs_codegen::generate_into`).

fn main() {
    let specs = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../specs");
    let out = std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR for build scripts");
    if let Err(problems) = rfs_codegen::generate_into(&specs, std::path::Path::new(&out)) {
        eprintln!("{problems}");
        std::process::exit(1);
    }
}
