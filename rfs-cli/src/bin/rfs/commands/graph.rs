//! `rfs graph`: the element dependency graph of a template.

use std::process::ExitCode;

use clap::{Arg, ArgMatches};

use crate::input::{ReadLimits, path, paths, read, report, shown, templates};

pub fn cli() -> clap::Command {
    clap::Command::new("graph")
        .about("Print the element dependency graph of a template")
        .long_about(
            "Print the element dependency graph of a template.

Several templates (or a folder) give one graph each, after a comment naming the file.

Example: rfs graph stack.yaml --format mermaid",
        )
        .args(ReadLimits::args())
        .arg(
            path("file")
                .value_name("FILES")
                .num_args(1..)
                .required(true)
                .help("Templates, or folders of templates (`*.yaml`, `*.yml` at any depth); `-` for standard input"),
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
    let mermaid = m.get_one::<String>("format").map(String::as_str) == Some("mermaid");
    let (files, folder) = match templates(&paths(m, "file")) {
        Ok(x) => x,
        Err(e) => {
            eprintln!("rfs: {e}");
            return ExitCode::from(2);
        }
    };
    let (mut unreadable, mut broken) = (false, false);
    for (i, file) in files.iter().enumerate() {
        let text = match read(file, &limits) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("rfs: {}: {e}", shown(file));
                unreadable = true;
                continue;
            }
        };
        match rfs_cli::lint::read(&text, &limits.reader()) {
            Ok(root) => {
                // Several templates: one graph each, after a comment naming the file.
                if folder || files.len() > 1 {
                    let comment = if mermaid { "%%" } else { "//" };
                    if i > 0 {
                        crate::input::out("\n");
                    }
                    crate::input::out(&format!("{comment} {}\n", shown(file)));
                }
                if mermaid {
                    crate::input::out(&rfs_cli::graph::mermaid(&root));
                } else {
                    crate::input::out(&rfs_cli::graph::dot(&root));
                }
            }
            Err(e) => {
                // The same report as `rfs lint` for a file that is not YAML.
                report(file, vec![e.finding()]);
                broken = true;
            }
        }
    }
    if unreadable {
        ExitCode::from(2)
    } else if broken {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
