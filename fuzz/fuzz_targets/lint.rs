//! Arbitrary input to the template linter and the spec loader: neither may panic, overflow its
//! stack or run away, whatever the bytes.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let _ = rfs_cli::lint::lint(&text, rfs_cli::lint::catalog());
    let _ = rfs_codegen::load::parse::<rfs_codegen::load::RawSpec>("fuzz.yaml", &text);
});
