//! Arbitrary templates through `rfs import` (with `--allow-errors`, so even templates with lint
//! errors are written): it may refuse with an error, never panic, and what it writes must read
//! back as Rust tokens, whatever names and text the template holds.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let Ok(model) = rfs_cli::specs() else {
        return;
    };
    let catalog = rfs_cli::lint::catalog();
    if let Ok(imported) = rfs_cli::import::import(&text, "fuzz", "fuzz.yaml", model, catalog, true) {
        if let Err(e) = imported.code.parse::<proc_macro2::TokenStream>() {
            panic!("rfs import wrote text that is not Rust tokens ({e}):\n{}", imported.code);
        }
    }
});
