//! `rfs graph`: the element dependency graph of a template.

use std::process::ExitCode;

use clap::{Arg, ArgMatches};

use crate::input::{ReadLimits, one, path, read, report, shown};

pub fn cli() -> clap::Command {
    clap::Command::new("graph")
        .about("Print the element dependency graph of a template")
        .long_about(
            "Print the element dependency graph of a template.

Example: rfs graph stack.yaml --format mermaid",
        )
        .args(ReadLimits::args())
        .arg(
            path("file")
                .value_name("FILE")
                .required(true)
                .help("The template (`-` for standard input)"),
        )
        .arg(
            Arg::new("format")
                .long("format")
                .value_name("FORMAT")
                .value_parser(["dot", "mermaid"])
                .default_value("dot")
                .help("Output format"),
        )
}

pub fn exec(m: &ArgMatches) -> ExitCode {
    let limits = ReadLimits::from_matches(m);
    let Some(file) = one::<std::path::PathBuf>(m, "file") else {
        return ExitCode::from(2);
    };
    let mermaid = m.get_one::<String>("format").map(String::as_str) == Some("mermaid");
    let text = match read(&file, &limits) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("rfs: {}: {e}", shown(&file));
            return ExitCode::from(2);
        }
    };
    match rfs_cli::lint::read(&text, &limits.reader()) {
        Ok(root) => {
            if mermaid {
                print!("{}", rfs_cli::graph::mermaid(&root));
            } else {
                print!("{}", rfs_cli::graph::dot(&root));
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            // The same report as `rfs lint` for a file that is not YAML.
            report(&file, vec![e.finding()]);
            ExitCode::from(1)
        }
    }
}
