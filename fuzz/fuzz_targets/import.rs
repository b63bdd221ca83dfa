//! Arbitrary templates through `rfs import`: it may refuse with a finding, never panic or fail
//! in its code writer, and whatever it writes (with `--allow-errors` too) must parse as a Rust
//! file holding only what the importer writes, whatever names and text the template holds.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rfs_cli::import::{ImportError, import};

#[path = "../../rfs-cli/tests/common/inert.rs"]
mod inert;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let Ok(model) = rfs_cli::specs() else {
        return;
    };
    let catalog = rfs_cli::lint::catalog();
    for allow_errors in [false, true] {
        match import(&text, "fuzz", "fuzz.yaml", model, catalog, allow_errors) {
            Ok(imported) => {
                if let Err(why) = inert::inert(&imported.code) {
                    panic!("rfs import wrote code that is not inert ({why}):\n{}", imported.code);
                }
            }
            Err(ImportError::Writer(e)) => panic!("the code writer failed: {e}\n{text}"),
            Err(ImportError::Parse(_) | ImportError::Lint(_)) => {}
        }
    }
});
