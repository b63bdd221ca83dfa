//! `rfs`: tools around the AOS specs.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use rfs_codegen::load::{Completeness, Kind};

/// Tools around the Huawei Cloud AOS specs that rfs is built from.
#[derive(Parser)]
#[command(name = "rfs", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Load and check every spec; print a summary, or every problem found.
    ///
    /// Exit status: 0 when the specs are valid, 1 when any problem is found.
    ///
    /// Example: rfs specs --dir specs
    Specs {
        /// The specs folder (holding elements/, datatypes/ and resource-types.yaml).
        #[arg(long, default_value = "specs")]
        dir: PathBuf,
        /// Also list each partial or missing spec.
        #[arg(long)]
        gaps: bool,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Specs { dir, gaps } => specs(&dir, gaps),
    }
}

fn specs(dir: &std::path::Path, gaps: bool) -> ExitCode {
    let display = dir.display().to_string();
    match rfs_codegen::load_specs(dir, display.trim_end_matches('/')) {
        Ok(model) => {
            let elements = model.elements().count();
            let datatypes = model.datatypes().count();
            let partial: Vec<_> = model
                .types
                .iter()
                .filter(|t| t.completeness != Completeness::Complete)
                .collect();
            println!(
                "{} specs OK: {elements} elements, {datatypes} data structures, {} resource types; {} partial",
                elements + datatypes,
                model.resources.len(),
                partial.len()
            );
            if gaps {
                for t in partial {
                    let kind = if t.kind == Kind::Element {
                        "element"
                    } else {
                        "data structure"
                    };
                    println!("  {:?} {kind} {}", t.completeness, t.name);
                }
            }
            ExitCode::SUCCESS
        }
        Err(problems) => {
            eprintln!("{problems}");
            ExitCode::from(1)
        }
    }
}
