//! `rfs`: lint AOS templates against the specs, and tools around them.
//!
//! The command line is declared with clap's builder API (no derive macros, so syn stays out of
//! the binary's dependency tree) and read into [`Command`].

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Arg, ArgAction, ArgMatches, value_parser};
use rfs_check::Severity;
use rfs_codegen::load::{Completeness, Kind};

/// Seconds `--read-timeout` waits by default.
const READ_TIMEOUT: u64 = 10;

/// What an untrusted template may use; each limit is refused with a clear error (exit 1 for
/// lint and graph, exit 2 when the file itself cannot be read).
#[derive(Clone, Copy)]
struct ReadLimits {
    max_bytes: usize,
    max_depth: usize,
    max_aliases: usize,
    max_nodes: usize,
    read_timeout: u64,
}

impl ReadLimits {
    /// The options that set the limits, shared by the commands that read templates.
    fn args() -> [Arg; 5] {
        use rfs_check::read::{DEPTH_CEILING, MAX_ALIASES, MAX_BYTES, MAX_DEPTH, MAX_NODES};
        [
            Arg::new("max-bytes")
                .long("max-bytes")
                .value_name("BYTES")
                .value_parser(value_parser!(usize))
                .help(format!(
                    "Largest template, in bytes [default: {MAX_BYTES}, 4 MiB]"
                )),
            Arg::new("max-depth")
                .long("max-depth")
                .value_name("LEVELS")
                .value_parser(value_parser!(u16).range(1..=DEPTH_CEILING as i64))
                .help(format!(
                    "Deepest nesting of lists and maps, at most {DEPTH_CEILING} [default: {MAX_DEPTH}]"
                )),
            Arg::new("max-aliases")
                .long("max-aliases")
                .value_name("N")
                .value_parser(value_parser!(usize))
                .help(format!(
                    "Most anchors and aliases (AOS templates need none) [default: {MAX_ALIASES}]"
                )),
            Arg::new("max-nodes")
                .long("max-nodes")
                .value_name("N")
                .value_parser(value_parser!(usize))
                .help(format!(
                    "Most values (scalars, lists and maps) [default: {MAX_NODES}]"
                )),
            Arg::new("read-timeout")
                .long("read-timeout")
                .value_name("SECONDS")
                .value_parser(value_parser!(u64))
                .help(format!(
                    "Seconds to wait for a file to be readable to its end (a FIFO without a \
                     writer, a slow pipe) [default: {READ_TIMEOUT}]"
                )),
        ]
    }

    fn from_matches(m: &ArgMatches) -> Self {
        Self {
            max_bytes: one(m, "max-bytes").unwrap_or(rfs_check::read::MAX_BYTES),
            max_depth: one::<u16>(m, "max-depth").map_or(rfs_check::read::MAX_DEPTH, usize::from),
            max_aliases: one(m, "max-aliases").unwrap_or(rfs_check::read::MAX_ALIASES),
            max_nodes: one(m, "max-nodes").unwrap_or(rfs_check::read::MAX_NODES),
            read_timeout: one(m, "read-timeout").unwrap_or(READ_TIMEOUT),
        }
    }

    fn parser(&self) -> rfs_cli::lint::Limits {
        rfs_cli::lint::Limits {
            bytes: self.max_bytes,
            depth: self.max_depth,
            aliases: self.max_aliases,
            nodes: self.max_nodes,
        }
    }
}

#[derive(Clone, Copy)]
enum Format {
    Text,
    Json,
}

#[derive(Clone, Copy)]
enum GraphFormat {
    Dot,
    Mermaid,
}

/// A command of `rfs`, as read from the command line.
enum Command {
    Lint {
        limits: ReadLimits,
        format: Format,
        deny_warnings: bool,
        rules: bool,
        files: Vec<PathBuf>,
    },
    Graph {
        limits: ReadLimits,
        file: PathBuf,
        format: GraphFormat,
    },
    Schema,
    Import {
        limits: ReadLimits,
        files: Vec<PathBuf>,
        output: Option<PathBuf>,
        allow_errors: bool,
    },
    Specs {
        dir: Option<PathBuf>,
        gaps: bool,
    },
    Codegen {
        output: PathBuf,
        dir: Option<PathBuf>,
    },
}

/// The command line: every command, option and help text.
fn cli() -> clap::Command {
    let flag = |name: &'static str, help: &'static str| {
        Arg::new(name)
            .long(name)
            .action(ArgAction::SetTrue)
            .help(help)
    };
    let path = |name: &'static str| Arg::new(name).value_parser(value_parser!(PathBuf));
    let dir = path("dir").long("dir").value_name("DIR");
    clap::Command::new("rfs")
        .version(env!("CARGO_PKG_VERSION"))
        .about("Tools around Huawei Cloud AOS templates and the specs rfs is built from")
        .subcommand_required(true)
        .arg_required_else_help(true)
        .subcommand(
            clap::Command::new("lint")
                .about(
                    "Check AOS templates against the specs; report every problem with its \
                     location",
                )
                .long_about(format!(
                    "Check AOS templates against the specs; report every problem with its location.

Exit status: 0 when no errors (warnings allowed unless --deny-warnings), 1 when any
error (or warning with --deny-warnings), 2 on a usage or I/O error (after the findings
of every readable file). `-` reads standard input.

Untrusted input is safe: at most --max-bytes are read from any file, device or pipe;
nesting, aliases and values are limited (--max-depth {}, --max-aliases {}, --max-nodes
{}); control characters in template text are printed escaped.

Examples:
  rfs lint stack.yaml
  rfs lint --format json templates/*.yaml
  cat stack.yaml | rfs lint -
  rfs lint --deny-warnings stack.yaml
  rfs lint --rules",
                    rfs_check::read::MAX_DEPTH,
                    rfs_check::read::MAX_ALIASES,
                    rfs_check::read::MAX_NODES,
                ))
                .args(ReadLimits::args())
                .arg(
                    Arg::new("format")
                        .long("format")
                        .value_name("FORMAT")
                        .value_parser(["text", "json"])
                        .default_value("text")
                        .help("Output format"),
                )
                .arg(flag("deny-warnings", "Fail (exit 1) on warnings too"))
                .arg(flag("rules", "List every rule and exit"))
                .arg(
                    path("files")
                        .num_args(1..)
                        .value_name("FILES")
                        .required_unless_present("rules")
                        .help("Templates to check"),
                ),
        )
        .subcommand(
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
                ),
        )
        .subcommand(
            clap::Command::new("schema")
                .about(
                    "Print a JSON Schema (draft 2020-12) of AOS templates, generated from the \
                     specs, for YAML editors",
                )
                .long_about(
                    "Print a JSON Schema (draft 2020-12) of AOS templates, generated from the specs, for
YAML editors.

Example: rfs schema > aos-template.schema.json",
                ),
        )
        .subcommand(
            clap::Command::new("import")
                .about("Turn AOS templates into Rust modules that rebuild them with rfs-dsl")
                .long_about(
                    "Turn AOS templates into Rust modules that rebuild them with rfs-dsl.

One template: its module goes to stdout, or to -o FILE.rs. Several templates, or a
folder of them: -o DIR gets one module per template and a mod.rs with
`pub fn all() -> Vec<Stack>`, ready for `src/stacks/` of a crate that emits templates
from build.rs. The stack is named after the file stem.

The template is linted first: lint errors stop the import (exit 1) unless
--allow-errors, which writes the code with each problem marked by a comment. Warnings
are printed and do not stop it. The number of escape hatches the code needs is printed
per file. Exit status 2 on a usage or I/O error.

Examples:
  rfs import stack.yaml > src/stacks/stack.rs
  rfs import templates/ -o src/stacks",
                )
                .args(ReadLimits::args())
                .arg(
                    path("files")
                        .num_args(1..)
                        .value_name("FILES")
                        .required(true)
                        .help("Templates, or folders of templates (*.yaml, *.yml); `-` for standard input"),
                )
                .arg(
                    path("output")
                        .short('o')
                        .long("output")
                        .value_name("OUTPUT")
                        .help("Where to write: a .rs file for one template, a folder for several"),
                )
                .arg(flag(
                    "allow-errors",
                    "Import templates that have lint errors too, marking each problem in the code",
                )),
        )
        .subcommand(
            clap::Command::new("specs")
                .about("Load and check every spec; print a summary, or every problem found")
                .long_about(
                    "Load and check every spec; print a summary, or every problem found.

Exit status: 0 when the specs are valid, 1 when any problem is found.

Without --dir, the specs built into this binary.

Example: rfs specs --dir specs",
                )
                .arg(dir.clone().help(
                    "A specs folder to check (holding elements/, datatypes/ and resource-types.yaml)",
                ))
                .arg(flag("gaps", "Also list each partial or missing spec")),
        )
        .subcommand(
            clap::Command::new("codegen")
                .about("Write the Rust code generated from the specs, to read it")
                .long_about(
                    "Write the Rust code generated from the specs, to read it.

The same text rfs-types' build script writes into its OUT_DIR, laid out by rfs's own
printer (close to rustfmt): one file per service module plus rfs_types.rs.

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
                .arg(dir.help(
                    "A specs folder to generate from, instead of the specs built into this binary",
                )),
        )
}

/// The value of an option, if given.
fn one<T: Clone + Send + Sync + 'static>(m: &ArgMatches, name: &str) -> Option<T> {
    m.get_one::<T>(name).cloned()
}

/// Every path given to `name`.
fn paths(m: &ArgMatches, name: &str) -> Vec<PathBuf> {
    m.get_many::<PathBuf>(name)
        .map(|v| v.cloned().collect())
        .unwrap_or_default()
}

/// Reads the command line (clap prints help, the version or a usage error and exits).
fn parse() -> Option<Command> {
    let matches = cli().get_matches();
    let (name, m) = matches.subcommand()?;
    let text = |name: &str| m.get_one::<String>(name).map(String::as_str);
    Some(match name {
        "lint" => Command::Lint {
            limits: ReadLimits::from_matches(m),
            format: match text("format") {
                Some("json") => Format::Json,
                _ => Format::Text,
            },
            deny_warnings: m.get_flag("deny-warnings"),
            rules: m.get_flag("rules"),
            files: paths(m, "files"),
        },
        "graph" => Command::Graph {
            limits: ReadLimits::from_matches(m),
            file: one(m, "file")?,
            format: match text("format") {
                Some("mermaid") => GraphFormat::Mermaid,
                _ => GraphFormat::Dot,
            },
        },
        "schema" => Command::Schema,
        "import" => Command::Import {
            limits: ReadLimits::from_matches(m),
            files: paths(m, "files"),
            output: one(m, "output"),
            allow_errors: m.get_flag("allow-errors"),
        },
        "specs" => Command::Specs {
            dir: one(m, "dir"),
            gaps: m.get_flag("gaps"),
        },
        "codegen" => Command::Codegen {
            output: one(m, "output")?,
            dir: one(m, "dir"),
        },
        _ => return None,
    })
}

fn main() -> ExitCode {
    let Some(command) = parse() else {
        let _ = cli().print_help();
        return ExitCode::from(2);
    };
    match command {
        Command::Lint {
            limits,
            format,
            deny_warnings,
            rules,
            files,
        } => {
            if rules {
                print!("{}", rfs_cli::report::rules());
                return ExitCode::SUCCESS;
            }
            lint(&files, format, deny_warnings, &limits)
        }
        Command::Graph {
            limits,
            file,
            format,
        } => graph(&file, format, &limits),
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
        Command::Specs { dir, gaps } => specs(dir.as_deref(), gaps),
        Command::Codegen { output, dir } => codegen(&output, dir.as_deref()),
        Command::Import {
            limits,
            files,
            output,
            allow_errors,
        } => import(&files, output.as_deref(), allow_errors, &limits),
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

fn import(
    paths: &[PathBuf],
    output: Option<&std::path::Path>,
    allow_errors: bool,
    limits: &ReadLimits,
) -> ExitCode {
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
        let text = match read(path, limits) {
            Ok(t) => t,
            Err(e) => {
                eprintln!(
                    "rfs: {}: {e}",
                    rfs_check::text::escape(&path.display().to_string())
                );
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
        let parser = limits.parser();
        match rfs_cli::import::import_with(
            &text,
            &stem,
            &file_name,
            model,
            catalog,
            allow_errors,
            &parser,
        ) {
            Ok(imported) => {
                let shown: Vec<_> = imported
                    .findings
                    .iter()
                    .filter(|f| f.severity != Severity::Info)
                    .cloned()
                    .collect();
                if !shown.is_empty() {
                    report(&display, shown);
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
                report(&display, findings);
                eprintln!("rfs: {display} not imported: fix the errors, or pass --allow-errors");
                lint_failed = true;
            }
            Err(ImportError::Parse(findings)) => {
                report(&display, findings);
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

/// Prints one file's findings to standard error, as `rfs lint` prints them.
fn report(file: &str, findings: Vec<rfs_check::Finding>) {
    let files = [rfs_cli::lint::FileFindings {
        file: file.to_owned(),
        findings,
    }];
    eprint!("{}", rfs_cli::report::text(&files));
}

/// Writes a file, creating its folder.
fn write(path: &std::path::Path, text: &str) -> std::io::Result<()> {
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)?;
    }
    std::fs::write(path, text)
}

fn lint(files: &[PathBuf], format: Format, deny_warnings: bool, limits: &ReadLimits) -> ExitCode {
    let catalog = rfs_cli::lint::catalog();
    let mut results = Vec::new();
    let mut unreadable = false;
    for path in files {
        let text = match read(path, limits) {
            Ok(text) => text,
            Err(message) => {
                eprintln!("rfs: {}: {message}", path.display());
                unreadable = true;
                continue;
            }
        };
        results.push(rfs_cli::lint::FileFindings {
            file: path.display().to_string(),
            findings: rfs_cli::lint::lint_with(&text, catalog, &limits.parser()),
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

/// A template's text: at most `--max-bytes` + 1 bytes are read from any path (file, device,
/// FIFO) or from standard input (`-`), and a source that does not reach its end within
/// `--read-timeout` seconds is given up.
fn read(path: &std::path::Path, limits: &ReadLimits) -> Result<String, String> {
    use std::io::Read;
    let limit = limits.max_bytes;
    let path = path.to_owned();
    let (send, receive) = std::sync::mpsc::channel();
    // Opening a FIFO blocks until a writer comes; reading a pipe until it ends. The reader
    // runs on a thread of its own, so that a source that never ends is given up.
    std::thread::spawn(move || {
        let mut bytes = Vec::new();
        let result = if path.as_os_str() == "-" {
            std::io::stdin()
                .lock()
                .take((limit as u64).saturating_add(1))
                .read_to_end(&mut bytes)
        } else {
            std::fs::File::open(&path).and_then(|f| {
                f.take((limit as u64).saturating_add(1))
                    .read_to_end(&mut bytes)
            })
        };
        let _ = send.send(result.map(|_| bytes).map_err(|e| e.to_string()));
    });
    let timeout = std::time::Duration::from_secs(limits.read_timeout);
    let bytes = match receive.recv_timeout(timeout) {
        Ok(result) => result?,
        Err(_) => {
            return Err(format!(
                "nothing more to read after {} s (a FIFO without a writer?); --read-timeout sets the wait",
                limits.read_timeout
            ));
        }
    };
    if bytes.len() > limit {
        return Err(format!(
            "larger than {limit} bytes; --max-bytes raises the limit"
        ));
    }
    String::from_utf8(bytes).map_err(|_| "not UTF-8 text".to_owned())
}

fn graph(path: &std::path::Path, format: GraphFormat, limits: &ReadLimits) -> ExitCode {
    let text = match read(path, limits) {
        Ok(t) => t,
        Err(e) => {
            eprintln!(
                "rfs: {}: {e}",
                rfs_check::text::escape(&path.display().to_string())
            );
            return ExitCode::from(2);
        }
    };
    match rfs_cli::lint::read(&text, &limits.parser()) {
        Ok(root) => {
            match format {
                GraphFormat::Dot => print!("{}", rfs_cli::graph::dot(&root)),
                GraphFormat::Mermaid => print!("{}", rfs_cli::graph::mermaid(&root)),
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            // The same report as `rfs lint` for a file that is not YAML.
            report(&path.display().to_string(), vec![e.finding()]);
            ExitCode::from(1)
        }
    }
}

/// The specs under `dir`, or the ones built into this binary.
fn load_model(
    dir: Option<&std::path::Path>,
) -> Result<std::borrow::Cow<'static, rfs_codegen::Model>, rfs_codegen::Diagnostics> {
    match dir {
        Some(dir) => {
            let display = dir.display().to_string();
            rfs_codegen::load_specs(dir, display.trim_end_matches('/')).map(std::borrow::Cow::Owned)
        }
        None => rfs_cli::specs()
            .map(std::borrow::Cow::Borrowed)
            .map_err(Clone::clone),
    }
}

fn codegen(output: &std::path::Path, dir: Option<&std::path::Path>) -> ExitCode {
    let model = match load_model(dir) {
        Ok(model) => model,
        Err(problems) => {
            eprintln!("{problems}");
            return ExitCode::from(1);
        }
    };
    if let Err(e) = std::fs::create_dir_all(output) {
        eprintln!("error: cannot create {}: {e}", output.display());
        return ExitCode::from(2);
    }
    let files = rfs_codegen::emit::generate(&model);
    for (name, text) in &files {
        let path = output.join(name);
        if let Err(e) = std::fs::write(&path, text) {
            eprintln!("error: cannot write {}: {e}", path.display());
            return ExitCode::from(2);
        }
    }
    println!("{} files written to {}", files.len(), output.display());
    ExitCode::SUCCESS
}

fn specs(dir: Option<&std::path::Path>, gaps: bool) -> ExitCode {
    match load_model(dir) {
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
            let p = model.precision();
            let explained = p.string_ids.iter().filter(|(_, why)| why.is_some()).count();
            println!(
                "required flags: {} unknown, {} from the service APIs ({} of them required); ids typed string: {} ({explained} with a reason: not a resource's id)",
                p.unknown_required.len(),
                p.api_flags,
                p.api_required.len(),
                p.string_ids.len(),
            );
            if gaps {
                for at in &p.unknown_required {
                    println!("  required unknown {at}");
                }
                for (at, why) in &p.string_ids {
                    println!(
                        "  string id {at}: {}",
                        why.as_deref().unwrap_or("no reason given")
                    );
                }
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
