//! The commands of `rfs`: each module declares its command line (`cli()`) and runs it
//! (`exec()`).

use std::process::ExitCode;

use clap::ArgMatches;

mod codegen;
mod diff;
mod graph;
mod import;
mod lint;
mod schema;
mod specs;

/// The whole command line.
pub fn cli() -> clap::Command {
    clap::Command::new("rfs")
        .version(env!("CARGO_PKG_VERSION"))
        .about("Tools around Huawei Cloud AOS templates and the specs rfs is built from")
        .subcommand_required(true)
        .arg_required_else_help(true)
        .subcommand(lint::cli())
        .subcommand(graph::cli())
        .subcommand(diff::cli())
        .subcommand(schema::cli())
        .subcommand(import::cli())
        .subcommand(specs::cli())
        .subcommand(codegen::cli())
}

/// Runs the command `name` with its arguments.
pub fn exec(name: &str, m: &ArgMatches) -> ExitCode {
    match name {
        "lint" => lint::exec(m),
        "graph" => graph::exec(m),
        "diff" => diff::exec(m),
        "schema" => schema::exec(m),
        "import" => import::exec(m),
        "specs" => specs::exec(m),
        "codegen" => codegen::exec(m),
        _ => ExitCode::from(2),
    }
}
