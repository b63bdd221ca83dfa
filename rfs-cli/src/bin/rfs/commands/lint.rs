//! `rfs lint`: check templates against the specs.

use std::process::ExitCode;

use clap::{Arg, ArgMatches};
use rfs_check::Severity;
use rfs_check::policy::{self, Config, Directive, Level, Origin};

use crate::input::{ReadLimits, color_arg, colour, flag, path, paths, read, shown, templates};

pub fn cli() -> clap::Command {
    clap::Command::new("lint")
        .about("Check AOS templates against the specs; report every problem with its location")
        .long_about(format!(
            "Check AOS templates against the specs; report every problem with its location.

Exit status: 0 when no errors (warnings allowed unless --deny-warnings), 1 when any
error (or warning with --deny-warnings), 2 on a usage or I/O error (after the findings
of every readable file). `-` reads standard input; a folder is searched for *.yaml and
*.yml at any depth.

Rule levels (allow: listed as info[suppressed]; warn; deny) come from the rfs.toml in
each template's folder or above it (--config, --no-config), then --allow/--warn/--deny,
then the template's own comments: `# rfs: allow(RULE) -- reason` on the line or the line
above, `allow-file(RULE)` for the file, `allow(RULE) at PATH` for a template path.

Untrusted input is safe: at most --max-bytes are read from any file, device or pipe;
nesting, aliases and values are limited (--max-depth {}, --max-aliases {}, --max-nodes
{}); control characters in template text are printed escaped.

Examples:
  rfs lint stack.yaml
  rfs lint --format json templates/
  rfs lint --format sarif --output rfs.sarif templates/
  rfs lint --format github templates/
  cat stack.yaml | rfs lint -
  rfs lint --deny-warnings stack.yaml
  NO_COLOR=1 rfs lint stack.yaml         (text without colour on a terminal)
  rfs lint --allow input-name --deny unused-input templates/
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
                .value_parser(["text", "json", "sarif", "github", "junit"])
                .default_value("text")
                .help("Output format: text, json, sarif (SARIF 2.1.0, for code scanning), github (workflow commands: annotations on a pull request) or junit (JUnit XML test report)"),
        )
        .arg(
            path("output")
                .long("output")
                .short('o')
                .value_name("FILE")
                .help("Write the report to FILE (all or nothing) instead of standard output"),
        )
        .arg(color_arg())
        .arg(flag("deny-warnings", "Fail (exit 1) on warnings too"))
        .arg(
            path("config")
                .long("config")
                .value_name("FILE")
                .conflicts_with("no-config")
                .help("Rule levels from FILE instead of the rfs.toml found in each template's folder or above"),
        )
        .arg(flag("no-config", "Read no rfs.toml"))
        .args(["allow", "warn", "deny"].map(|level| {
            Arg::new(level)
                .long(level)
                .value_name("RULE")
                .action(clap::ArgAction::Append)
                .value_delimiter(',')
                .help(format!(
                    "Report RULE's findings as {} (repeatable; over rfs.toml, under the template's own `# rfs:` comments)",
                    match level {
                        "allow" => "info[suppressed]",
                        "warn" => "warnings",
                        _ => "errors",
                    }
                ))
        }))
        .arg(flag("rules", "List every rule and exit"))
        .arg(
            Arg::new("explain")
                .long("explain")
                .value_name("RULE")
                .help("Explain one rule (its summary, usual severity, fix and evidence) and exit"),
        )
        .arg(
            path("files")
                .num_args(1..)
                .value_name("FILES")
                .required_unless_present_any(["rules", "explain"])
                .help("Templates, or folders of templates, to check"),
        )
}

pub fn exec(m: &ArgMatches) -> ExitCode {
    if let Some(id) = m.get_one::<String>("explain") {
        return match rfs_cli::report::explain(id) {
            Some(text) => {
                crate::input::out(&text);
                ExitCode::SUCCESS
            }
            None => {
                eprintln!(
                    "rfs: no rule '{}'; `rfs lint --rules` lists them",
                    rfs_check::text::escape(id)
                );
                ExitCode::from(2)
            }
        };
    }
    if m.get_flag("rules") {
        crate::input::out(&rfs_cli::report::rules());
        return ExitCode::SUCCESS;
    }
    let limits = ReadLimits::from_matches(m);
    let deny_warnings = m.get_flag("deny-warnings");
    let format = m.get_one::<String>("format").map_or("text", String::as_str);
    let (files, _) = match templates(&paths(m, "files")) {
        Ok(x) => x,
        Err(e) => {
            eprintln!("rfs: {e}");
            return ExitCode::from(2);
        }
    };
    let catalog = rfs_cli::lint::catalog();
    let command_line = match command_line_levels(m) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("rfs: {e}");
            return ExitCode::from(2);
        }
    };
    let mut configs = match Configs::new(m) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("rfs: {e}");
            return ExitCode::from(2);
        }
    };
    let mut results = Vec::new();
    let mut unreadable = false;
    // Each level from rfs.toml or the command line, and whether a template's finding fell under it.
    let mut levels: Vec<(Directive, bool)> = Vec::new();
    for path in &files {
        let mut policy = match configs.for_file(path) {
            Ok(d) => d,
            Err(e) => {
                eprintln!("rfs: {e}");
                return ExitCode::from(2);
            }
        };
        policy.extend(command_line.iter().cloned());
        let text = match read(path, &limits) {
            Ok(text) => text,
            Err(message) => {
                eprintln!("rfs: {}: {message}", shown(path));
                unreadable = true;
                continue;
            }
        };
        let mut matched = vec![false; policy.len()];
        let findings =
            rfs_cli::lint::lint_marking(&text, catalog, &limits.reader(), &policy, &mut matched);
        for (d, m) in policy.into_iter().zip(matched) {
            match levels.iter_mut().find(|(seen, _)| *seen == d) {
                Some((_, any)) => *any |= m,
                None => levels.push((d, m)),
            }
        }
        results.push(rfs_cli::lint::FileFindings {
            file: path.display().to_string(),
            findings,
        });
    }
    results.extend(unmatched_allows(&levels, results.len(), &configs));
    let report = match format {
        "json" => rfs_cli::report::json(&results),
        "sarif" => rfs_cli::report::sarif(&results),
        "github" => rfs_cli::report::github(&results),
        "junit" => rfs_cli::report::junit(&results),
        _ => {
            // A file named with --output is coloured only when asked for: it is no terminal.
            let coloured = match m.get_one::<std::path::PathBuf>("output") {
                Some(_) => m.get_one::<String>("color").is_some_and(|c| c == "always"),
                None => colour(m),
            };
            rfs_cli::report::text_with(&results, coloured)
        }
    };
    match m.get_one::<std::path::PathBuf>("output") {
        Some(out) => {
            if let Err(e) = rfs_dsl::build::write_files(&[(out.clone(), report)]) {
                eprintln!("rfs: {e}");
                return ExitCode::from(2);
            }
        }
        None => crate::input::out(&report),
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

/// An `info[suppression]` for each `allow` from an `rfs.toml` that no finding of the
/// `templates` linted fell under, listed under the file that set it at the entry's line; a note
/// on standard error for such an `--allow`.
fn unmatched_allows(
    levels: &[(Directive, bool)],
    templates: usize,
    configs: &Configs,
) -> Vec<rfs_cli::lint::FileFindings> {
    let mut out: Vec<rfs_cli::lint::FileFindings> = Vec::new();
    if templates == 0 {
        return out;
    }
    for (d, _) in levels
        .iter()
        .filter(|(d, any)| !any && d.level == Level::Allow)
    {
        let file = match &d.origin {
            Origin::Config(path) => path.display().to_string(),
            // No file to point at: said on standard error, where the command line was typed.
            Origin::CommandLine => {
                let ids: Vec<&str> = d.rules.iter().map(|r| r.id).collect();
                eprintln!(
                    "rfs: note: `--allow {}` matched no finding in the {templates} template(s) linted",
                    ids.join(",")
                );
                continue;
            }
            Origin::Stack | Origin::Comment(_) => continue,
        };
        let mut finding = policy::unmatched(d, templates);
        if let Some(line) = configs.line_of(d) {
            finding = finding.at(rfs_check::tree::Pos { line, column: 1 });
        }
        match out.iter_mut().find(|f| f.file == file) {
            Some(f) => f.findings.push(finding),
            None => out.push(rfs_cli::lint::FileFindings {
                file,
                findings: vec![finding],
            }),
        }
    }
    out
}

/// `--allow`, `--warn` and `--deny`, in the order given (a later one wins for the same rule).
fn command_line_levels(m: &ArgMatches) -> Result<Vec<Directive>, String> {
    let mut given: Vec<(usize, Level, &String)> = Vec::new();
    for (id, level) in [
        ("allow", Level::Allow),
        ("warn", Level::Warn),
        ("deny", Level::Deny),
    ] {
        if let (Some(values), Some(indices)) = (m.get_many::<String>(id), m.indices_of(id)) {
            given.extend(indices.zip(values).map(|(i, v)| (i, level, v)));
        }
    }
    given.sort_by_key(|(i, _, _)| *i);
    given
        .into_iter()
        .map(|(_, level, id)| {
            let rule = policy::settable_rule(id.trim())?;
            Ok(Directive::new(rule, level, None, Origin::CommandLine))
        })
        .collect()
}

/// The `rfs.toml` of each template: the one `--config` names, none with `--no-config`,
/// otherwise the one in the template's folder or the nearest above it (standard input: the
/// current folder's), read once per folder.
enum Configs {
    Fixed(Option<Config>),
    Found(std::collections::HashMap<std::path::PathBuf, Option<Config>>),
}

impl Configs {
    fn new(m: &ArgMatches) -> Result<Self, String> {
        if m.get_flag("no-config") {
            return Ok(Configs::Fixed(None));
        }
        match m.get_one::<std::path::PathBuf>("config") {
            Some(path) => Ok(Configs::Fixed(Some(
                Config::load(path).map_err(|e| e.to_string())?,
            ))),
            None => Ok(Configs::Found(Default::default())),
        }
    }

    /// The line of the `rfs.toml` entry that set `d`, where it can be told.
    fn line_of(&self, d: &Directive) -> Option<u32> {
        let Origin::Config(path) = &d.origin else {
            return None;
        };
        let config = match self {
            Configs::Fixed(c) => c.as_ref().filter(|c| &c.path == path),
            Configs::Found(by_folder) => by_folder.values().flatten().find(|c| &c.path == path),
        };
        config?.line_of(d)
    }

    fn for_file(&mut self, file: &std::path::Path) -> Result<Vec<Directive>, String> {
        let config = match self {
            Configs::Fixed(c) => c.as_ref(),
            Configs::Found(by_folder) => {
                let folder = match file.parent() {
                    Some(p) if file != std::path::Path::new("-") && !p.as_os_str().is_empty() => p,
                    _ => std::path::Path::new("."),
                };
                if !by_folder.contains_key(folder) {
                    let found = Config::find(folder).map_err(|e| e.to_string())?;
                    by_folder.insert(folder.to_owned(), found);
                }
                by_folder[folder].as_ref()
            }
        };
        Ok(config.map_or_else(Vec::new, |c| c.directives_for(file)))
    }
}
