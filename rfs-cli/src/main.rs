//! `rfs`: lint AOS templates against the specs, and tools around them.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use rfs_check::Severity;
use rfs_codegen::load::{Completeness, Kind};

/// Tools around Huawei Cloud AOS templates and the specs rfs is built from.
#[derive(Parser)]
#[command(name = "rfs", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Text,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum GraphFormat {
    Dot,
    Mermaid,
}

#[derive(Subcommand)]
enum Command {
    /// Check AOS templates against the specs; report every problem with its location.
    ///
    /// Exit status: 0 when no errors (warnings allowed unless --deny-warnings), 1 when any
    /// error (or warning with --deny-warnings), 2 on a usage or I/O error.
    ///
    /// Examples:
    ///   rfs lint stack.yaml
    ///   rfs lint --format json templates/*.yaml
    ///   rfs lint --deny-warnings stack.yaml
    ///   rfs lint --rules
    #[command(verbatim_doc_comment)]
    Lint {
        /// Output format.
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
        /// Fail (exit 1) on warnings too.
        #[arg(long)]
        deny_warnings: bool,
        /// List every rule and exit.
        #[arg(long)]
        rules: bool,
        /// Templates to check.
        #[arg(required_unless_present = "rules")]
        files: Vec<PathBuf>,
    },
    /// Print the element dependency graph of a template.
    ///
    /// Example: rfs graph stack.yaml --format mermaid
    Graph {
        /// The template.
        file: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value = "dot")]
        format: GraphFormat,
    },
    /// Print a JSON Schema (draft 2020-12) of AOS templates, generated from the specs, for
    /// YAML editors.
    ///
    /// Example: rfs schema > aos-template.schema.json
    Schema,
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
        Command::Lint {
            format,
            deny_warnings,
            rules,
            files,
        } => {
            if rules {
                print!("{}", rfs_cli::report::rules());
                return ExitCode::SUCCESS;
            }
            lint(&files, format, deny_warnings)
        }
        Command::Graph { file, format } => graph(&file, format),
        Command::Schema => match rfs_cli::specs() {
            Ok(model) => {
                let schema = rfs_cli::schema::schema(model);
                println!(
                    "{}",
                    serde_json::to_string_pretty(&schema).unwrap_or_default()
                );
                ExitCode::SUCCESS
            }
            Err(problems) => {
                eprintln!("the embedded specs are invalid:\n{problems}");
                ExitCode::from(2)
            }
        },
        Command::Specs { dir, gaps } => specs(&dir, gaps),
    }
}

fn lint(files: &[PathBuf], format: Format, deny_warnings: bool) -> ExitCode {
    let catalog = rfs_cli::lint::catalog();
    let mut results = Vec::new();
    let mut unreadable = false;
    for path in files {
        let text = match read(path) {
            Ok(text) => text,
            Err(message) => {
                eprintln!("rfs: {}: {message}", path.display());
                unreadable = true;
                continue;
            }
        };
        results.push(rfs_cli::lint::FileFindings {
            file: path.display().to_string(),
            findings: rfs_cli::lint::lint(&text, catalog),
        });
    }
    match format {
        Format::Text => print!("{}", rfs_cli::report::text(&results)),
        Format::Json => print!("{}", rfs_cli::report::json(&results)),
    }
    let fail = results.iter().flat_map(|r| &r.findings).any(|f| {
        f.severity == Severity::Error || (deny_warnings && f.severity == Severity::Warning)
    });
    if unreadable {
        ExitCode::from(2)
    } else if fail {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// A template's text, read within the size limit.
fn read(path: &std::path::Path) -> Result<String, String> {
    use std::io::Read;
    let limit = rfs_cli::source::MAX_BYTES;
    let file = std::fs::File::open(path).map_err(|e| e.to_string())?;
    let mut bytes = Vec::new();
    file.take(limit as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| e.to_string())?;
    if bytes.len() > limit {
        return Err(format!("the file is larger than {limit} bytes"));
    }
    String::from_utf8(bytes).map_err(|_| "not UTF-8 text".to_owned())
}

fn graph(path: &std::path::Path, format: GraphFormat) -> ExitCode {
    let text = match read(path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("rfs: {}: {e}", path.display());
            return ExitCode::from(2);
        }
    };
    match rfs_cli::source::parse(&text) {
        Ok(root) => {
            match format {
                GraphFormat::Dot => print!("{}", rfs_cli::graph::dot(&root)),
                GraphFormat::Mermaid => print!("{}", rfs_cli::graph::mermaid(&root)),
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{}:{}: {}", path.display(), e.pos, e.message);
            ExitCode::from(1)
        }
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
