//! `rfs schema`: a JSON Schema of AOS templates, for YAML editors.

use std::process::ExitCode;

use clap::ArgMatches;

pub fn cli() -> clap::Command {
    clap::Command::new("schema")
        .about(
            "Print a JSON Schema (draft 2020-12) of AOS templates, generated from the specs, for \
             YAML editors",
        )
        .long_about(
            "Print a JSON Schema (draft 2020-12) of AOS templates, generated from the specs, for
YAML editors.

Example: rfs schema > aos-template.schema.json",
        )
}

pub fn exec(_: &ArgMatches) -> ExitCode {
    match rfs_cli::specs() {
        Ok(model) => {
            let schema = rfs_cli::schema::schema(model);
            crate::input::out(&format!(
                "{}\n",
                serde_json::to_string_pretty(&schema).unwrap_or_default()
            ));
            ExitCode::SUCCESS
        }
        Err(problems) => {
            eprintln!("the embedded specs are invalid:\n{problems}");
            ExitCode::from(2)
        }
    }
}
