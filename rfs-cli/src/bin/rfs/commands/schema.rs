//! `rfs schema`: a JSON Schema of AOS templates, for YAML editors.

use std::process::ExitCode;

use clap::{Arg, ArgMatches};

pub fn cli() -> clap::Command {
    clap::Command::new("schema")
        .about(
            "Print a JSON Schema (draft-07) of AOS templates, generated from the specs, for YAML \
             editors",
        )
        .long_about(format!(
            "Print a JSON Schema (draft-07) of AOS templates, generated from the specs, for YAML
editors: completion of every section, element type, property key and allowed value, and a
title and the spec's notes on hover. Draft-07 is the draft yaml-language-server, VS Code and
ajv read; validators of later drafts read it too.

Its $id is {} unless --id gives another (the URL you serve it from).

Example: rfs schema > aos-template.schema.json",
            rfs_cli::schema::ID
        ))
        .arg(
            Arg::new("id")
                .long("id")
                .value_name("URI")
                .help("The schema's $id: an absolute URI, such as the URL it is served from"),
        )
}

pub fn exec(m: &ArgMatches) -> ExitCode {
    let id = m
        .get_one::<String>("id")
        .map_or(rfs_cli::schema::ID, String::as_str);
    if let Err(e) = rfs_cli::schema::check_id(id) {
        eprintln!("rfs: --id: {e}");
        return ExitCode::from(2);
    }
    match rfs_cli::specs() {
        Ok(model) => {
            let schema = rfs_cli::schema::schema_with_id(model, id);
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
