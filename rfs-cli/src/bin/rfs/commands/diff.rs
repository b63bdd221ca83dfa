//! `rfs diff`: what changed between two templates.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Arg, ArgMatches};

use crate::input::{ReadLimits, color_arg, colour, one, path, read, report, shown};

pub fn cli() -> clap::Command {
    clap::Command::new("diff")
        .about("Show what changed between two templates, by template path")
        .long_about(
            "Show what changed between two templates, by template path: elements, inputs,
outputs, mappings and conditions added or removed, properties changed with old -> new values.
Key order, quoting, comments and the order of requirements do not count.

Exit status: 0 identical, 1 different, 2 a template cannot be read or is not YAML.

Example: rfs diff templates/web.yaml new/web.yaml",
        )
        .args(ReadLimits::args())
        .arg(
            path("old")
                .value_name("OLD")
                .required(true)
                .help("The template before"),
        )
        .arg(
            path("new")
                .value_name("NEW")
                .required(true)
                .help("The template after"),
        )
        .arg(color_arg())
        .arg(
            Arg::new("format")
                .long("format")
                .value_name("FORMAT")
                .value_parser(["text", "json"])
                .default_value("text")
                .help("Output format"),
        )
}

pub fn exec(m: &ArgMatches) -> ExitCode {
    let limits = ReadLimits::from_matches(m);
    let mut roots = Vec::new();
    for name in ["old", "new"] {
        let Some(file) = one::<PathBuf>(m, name) else {
            return ExitCode::from(2);
        };
        let text = match read(&file, &limits) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("rfs: {}: {e}", shown(&file));
                return ExitCode::from(2);
            }
        };
        match rfs_cli::lint::read(&text, &limits.reader()) {
            Ok(root) => roots.push(root),
            Err(e) => {
                report(&file, vec![e.finding()]);
                return ExitCode::from(2);
            }
        }
    }
    let changes = rfs_cli::diff::diff(&roots[0], &roots[1]);
    let json = m.get_one::<String>("format").map(String::as_str) == Some("json");
    let report = if json {
        rfs_cli::diff::json(&changes)
    } else {
        let text = rfs_cli::diff::text(&changes);
        if colour(m) { coloured(&text) } else { text }
    };
    crate::input::out(&report);
    if changes.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

/// Added lines green, removed red, changed yellow (the text is already escaped, so a template
/// cannot add colours of its own).
fn coloured(text: &str) -> String {
    text.lines()
        .map(|line| {
            let code = match line.as_bytes().first() {
                Some(b'+') => "32",
                Some(b'-') => "31",
                Some(b'~') => "33",
                _ => return format!("{line}\n"),
            };
            format!("\x1b[{code}m{line}\x1b[0m\n")
        })
        .collect()
}
