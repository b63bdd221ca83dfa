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
    /// Turn AOS templates into Rust modules that rebuild them with rfs-dsl.
    ///
    /// One template: its module goes to stdout, or to -o FILE.rs. Several templates, or a
    /// folder of them: -o DIR gets one module per template and a mod.rs with
    /// `pub fn all() -> Vec<Stack>`, ready for `src/stacks/` of a crate that emits templates
    /// from build.rs. The stack is named after the file stem.
    ///
    /// The template is linted first: lint errors stop the import (exit 1) unless
    /// --allow-errors, which writes the code with each problem marked by a comment. Warnings
    /// are printed and do not stop it. The number of escape hatches the code needs is printed
    /// per file. Exit status 2 on a usage or I/O error.
    ///
    /// Examples:
    ///   rfs import stack.yaml > src/stacks/stack.rs
    ///   rfs import templates/ -o src/stacks
    #[command(verbatim_doc_comment)]
    Import {
        /// Templates, or folders of templates (*.yaml, *.yml).
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Where to write: a .rs file for one template, a folder for several.
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Import templates that have lint errors too, marking each problem in the code.
        #[arg(long)]
        allow_errors: bool,
    },
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
        Command::Import {
            files,
            output,
            allow_errors,
        } => import(&files, output.as_deref(), allow_errors),
    }
}

/// The templates named on the command line: files as given, folders' *.yaml/*.yml sorted.
fn templates(paths: &[PathBuf]) -> Result<(Vec<PathBuf>, bool), String> {
    let mut out = Vec::new();
    let mut folder = false;
    for p in paths {
        if p.is_dir() {
            folder = true;
            let mut found: Vec<PathBuf> = std::fs::read_dir(p)
                .map_err(|e| format!("{}: {e}", p.display()))?
                .flatten()
                .map(|e| e.path())
                .filter(|f| {
                    f.is_file()
                        && matches!(f.extension().and_then(|e| e.to_str()), Some("yaml" | "yml"))
                })
                .collect();
            found.sort();
            out.extend(found);
        } else {
            out.push(p.clone());
        }
    }
    Ok((out, folder))
}

fn import(paths: &[PathBuf], output: Option<&std::path::Path>, allow_errors: bool) -> ExitCode {
    use rfs_cli::import::{ImportError, module_name};
    let (files, folder) = match templates(paths) {
        Ok(x) => x,
        Err(e) => {
            eprintln!("rfs: {e}");
            return ExitCode::from(2);
        }
    };
    let several = files.len() != 1 || folder;
    if several && output.is_none() {
        eprintln!("rfs: several templates need -o <folder> (one module each, plus mod.rs)");
        return ExitCode::from(2);
    }
    let model = match rfs_cli::specs() {
        Ok(m) => m,
        Err(problems) => {
            eprintln!("rfs: the embedded specs are invalid:\n{problems}");
            return ExitCode::from(2);
        }
    };
    let catalog = rfs_cli::lint::catalog();
    let (mut io_failed, mut lint_failed) = (false, false);
    let mut modules: Vec<(String, String)> = Vec::new();
    for path in &files {
        let text = match read(path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("rfs: {}: {e}", path.display());
                io_failed = true;
                continue;
            }
        };
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "stack".to_owned());
        let display = path.display().to_string();
        let file_name = path
            .file_name()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        match rfs_cli::import::import(&text, &stem, &file_name, model, catalog, allow_errors) {
            Ok(imported) => {
                let shown: Vec<_> = imported
                    .findings
                    .iter()
                    .filter(|f| f.severity != Severity::Info)
                    .cloned()
                    .collect();
                if !shown.is_empty() {
                    eprint!(
                        "{}",
                        rfs_cli::report::text(&[rfs_cli::lint::FileFindings {
                            file: display.clone(),
                            findings: shown,
                        }])
                    );
                }
                eprintln!(
                    "rfs: imported {display}: {} escape hatch(es)",
                    imported.escape_hatches
                );
                let module = module_name(&stem, &modules);
                if several {
                    modules.push((module, imported.code));
                } else {
                    match output {
                        Some(out) => {
                            if let Err(e) = write(out, &imported.code) {
                                eprintln!("rfs: {}: {e}", out.display());
                                return ExitCode::from(2);
                            }
                        }
                        None => print!("{}", imported.code),
                    }
                }
            }
            Err(ImportError::Lint(findings)) => {
                eprint!(
                    "{}",
                    rfs_cli::report::text(&[rfs_cli::lint::FileFindings {
                        file: display.clone(),
                        findings,
                    }])
                );
                eprintln!("rfs: {display} not imported: fix the errors, or pass --allow-errors");
                lint_failed = true;
            }
            Err(ImportError::Parse(findings)) => {
                eprint!(
                    "{}",
                    rfs_cli::report::text(&[rfs_cli::lint::FileFindings {
                        file: display.clone(),
                        findings,
                    }])
                );
                io_failed = true;
            }
            Err(e) => {
                eprintln!("rfs: {display}: {e}");
                io_failed = true;
            }
        }
    }
    if several && let Some(dir) = output {
        for (name, code) in &modules {
            if let Err(e) = write(&dir.join(format!("{name}.rs")), code) {
                eprintln!("rfs: {}: {e}", dir.display());
                return ExitCode::from(2);
            }
        }
        let names: Vec<&str> = modules.iter().map(|(n, _)| n.as_str()).collect();
        if let Err(e) = write(&dir.join("mod.rs"), &rfs_cli::import::mod_rs(&names)) {
            eprintln!("rfs: {}: {e}", dir.display());
            return ExitCode::from(2);
        }
    }
    if io_failed {
        ExitCode::from(2)
    } else if lint_failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// Writes a file, creating its folder.
fn write(path: &std::path::Path, text: &str) -> std::io::Result<()> {
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)?;
    }
    std::fs::write(path, text)
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
