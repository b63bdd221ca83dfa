//! `rfs`: lint AOS templates against the specs, and tools around them.
//!
//! One module per command (`commands/<name>.rs`, each with `cli()` and `exec()`, as cargo lays
//! out its own); the command line is declared with clap's builder API (no derive macros, so syn
//! stays out of the binary's dependency tree). What several commands share — reading untrusted
//! files within limits, reporting findings, showing paths — is in `input.rs`.

mod commands;
mod input;

use std::process::ExitCode;

fn main() -> ExitCode {
    let matches = commands::cli().get_matches();
    match matches.subcommand() {
        Some((name, m)) => commands::exec(name, m),
        None => {
            let _ = commands::cli().print_help();
            ExitCode::from(2)
        }
    }
}
