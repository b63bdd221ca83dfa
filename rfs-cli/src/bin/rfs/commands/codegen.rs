//! `rfs codegen`: write the code generated from the specs, to read it.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::ArgMatches;

use super::specs::{dir_arg, load_model};
use crate::input::{one, path, shown};

pub fn cli() -> clap::Command {
    clap::Command::new("codegen")
        .about("Write the Rust code generated from the specs, to read it")
        .long_about(
            "Write the Rust code generated from the specs, to read it.

The same text rfs-types' build script writes into its OUT_DIR, laid out by rfs's own
printer (close to rustfmt): one file per service module plus rfs_types.rs. The files
are written all or nothing.

Example: rfs codegen -o generated/",
        )
        .arg(
            path("output")
                .short('o')
                .long("output")
                .value_name("OUTPUT")
                .required(true)
                .help("Folder to write into (created if missing)"),
        )
        .arg(
            dir_arg().help(
                "A specs folder to generate from, instead of the specs built into this binary",
            ),
        )
}

pub fn exec(m: &ArgMatches) -> ExitCode {
    let Some(output) = one::<PathBuf>(m, "output") else {
        return ExitCode::from(2);
    };
    let dir = one::<PathBuf>(m, "dir");
    let model = match load_model(dir.as_deref()) {
        Ok(model) => model,
        Err(problems) => {
            eprintln!("{problems}");
            return ExitCode::from(1);
        }
    };
    let files: Vec<(PathBuf, String)> = rfs_codegen::emit::generate(&model)
        .into_iter()
        .map(|(name, text)| (output.join(name), text))
        .collect();
    if let Err(e) = rfs_dsl::build::write_files(&files) {
        eprintln!("rfs: {e}");
        return ExitCode::from(2);
    }
    crate::input::out(&format!(
        "{} files written to {}\n",
        files.len(),
        shown(&output)
    ));
    ExitCode::SUCCESS
}
