//! `rfs import`: templates → Rust modules that rebuild them with rfs-dsl.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::ArgMatches;
use rfs_check::Severity;
use rfs_cli::import::{ImportError, module_name};

use crate::input::{ReadLimits, flag, one, path, paths, read, report, shown, templates};

pub fn cli() -> clap::Command {
    clap::Command::new("import")
        .about("Turn AOS templates into Rust modules that rebuild them with rfs-dsl")
        .long_about(
            "Turn AOS templates into Rust modules that rebuild them with rfs-dsl.

One template: its module goes to stdout, or to -o FILE.rs. Several templates, or a
folder of them (searched at any depth): -o DIR gets one module per template and a
mod.rs with `pub fn all() -> Vec<Stack>`, ready for `src/stacks/` of a crate that emits
templates from build.rs. The stack is named after the file stem. Files are written all
or nothing: when any template cannot be imported, nothing is written; a symbolic link
at a destination is replaced, never written through.

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
        ))
}

pub fn exec(m: &ArgMatches) -> ExitCode {
    let limits = ReadLimits::from_matches(m);
    let output = one::<PathBuf>(m, "output");
    let allow_errors = m.get_flag("allow-errors");
    let (files, folder) = match templates(&paths(m, "files")) {
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
        let text = match read(path, &limits) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("rfs: {}: {e}", shown(path));
                io_failed = true;
                continue;
            }
        };
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "stack".to_owned());
        let file_name = path
            .file_name()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        match rfs_cli::import::import_with(
            &text,
            &stem,
            &file_name,
            model,
            catalog,
            allow_errors,
            &limits.reader(),
        ) {
            Ok(imported) => {
                let shown_findings: Vec<_> = imported
                    .findings
                    .iter()
                    .filter(|f| f.severity != Severity::Info)
                    .cloned()
                    .collect();
                if !shown_findings.is_empty() {
                    report(path, shown_findings);
                }
                eprintln!(
                    "rfs: imported {}: {} escape hatch(es)",
                    shown(path),
                    imported.escape_hatches
                );
                let module = module_name(&stem, &modules);
                modules.push((module, imported.code));
            }
            Err(ImportError::Lint(findings)) => {
                report(path, findings);
                eprintln!(
                    "rfs: {} not imported: fix the errors, or pass --allow-errors",
                    shown(path)
                );
                lint_failed = true;
            }
            Err(ImportError::Parse(findings)) => {
                report(path, findings);
                io_failed = true;
            }
            Err(e) => {
                eprintln!("rfs: {}: {e}", shown(path));
                io_failed = true;
            }
        }
    }
    let failed = if io_failed {
        Some(ExitCode::from(2))
    } else if lint_failed {
        Some(ExitCode::from(1))
    } else {
        None
    };
    if let Some(code) = failed {
        if output.is_some() {
            eprintln!("rfs: nothing written");
        }
        return code;
    }
    let written: Vec<(PathBuf, String)> = match (&output, several) {
        (None, _) => {
            for (_, code) in &modules {
                crate::input::out(code);
            }
            return ExitCode::SUCCESS;
        }
        (Some(out), false) => modules
            .into_iter()
            .map(|(_, code)| (out.clone(), code))
            .collect(),
        (Some(dir), true) => {
            let names: Vec<&str> = modules.iter().map(|(n, _)| n.as_str()).collect();
            let mod_rs = (dir.join("mod.rs"), rfs_cli::import::mod_rs(&names));
            modules
                .iter()
                .map(|(name, code)| (module_path(dir, name), code.clone()))
                .chain(std::iter::once(mod_rs))
                .collect()
        }
    };
    match rfs_dsl::build::write_files(&written) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("rfs: {e}");
            ExitCode::from(2)
        }
    }
}

/// A module's file in `dir`: its name is a plain identifier (see `module_name`).
fn module_path(dir: &Path, name: &str) -> PathBuf {
    dir.join(format!("{name}.rs"))
}
