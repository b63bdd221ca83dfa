//! `rfs specs`: load and check the specs; `load_model` is shared with `rfs codegen`.

use std::borrow::Cow;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::ArgMatches;
use rfs_codegen::load::{Completeness, Kind};

use crate::input::{flag, one, path, shown};

pub fn cli() -> clap::Command {
    clap::Command::new("specs")
        .about("Load and check every spec; print a summary, or every problem found")
        .long_about(
            "Load and check every spec; print a summary, or every problem found.

Exit status: 0 when the specs are valid, 1 when any problem is found.

Without --dir, the specs built into this binary.

Example: rfs specs --dir specs",
        )
        .arg(dir_arg().help(
            "A specs folder to check (holding elements/, datatypes/ and resource-types.yaml)",
        ))
        .arg(flag("gaps", "Also list each partial or missing spec"))
}

/// `--dir DIR`: a specs folder instead of the specs built in.
pub fn dir_arg() -> clap::Arg {
    path("dir").long("dir").value_name("DIR")
}

/// The specs under `dir`, or the ones built into this binary.
pub fn load_model(
    dir: Option<&Path>,
) -> Result<Cow<'static, rfs_codegen::Model>, rfs_codegen::Diagnostics> {
    match dir {
        Some(dir) => {
            let display = shown(dir);
            rfs_codegen::load_specs(dir, display.trim_end_matches('/')).map(Cow::Owned)
        }
        None => rfs_cli::specs().map(Cow::Borrowed).map_err(Clone::clone),
    }
}

pub fn exec(m: &ArgMatches) -> ExitCode {
    let dir = one::<PathBuf>(m, "dir");
    let gaps = m.get_flag("gaps");
    let model = match load_model(dir.as_deref()) {
        Ok(model) => model,
        Err(problems) => {
            eprintln!("{problems}");
            return ExitCode::from(1);
        }
    };
    let elements = model.elements().count();
    let datatypes = model.datatypes().count();
    let partial: Vec<_> = model
        .types
        .iter()
        .filter(|t| t.completeness != Completeness::Complete)
        .collect();
    crate::input::out(&format!(
        "{} specs OK: {elements} elements, {datatypes} data structures, {} resource types; {} partial\n",
        elements + datatypes,
        model.resources.len(),
        partial.len()
    ));
    let p = model.precision();
    let explained = p.string_ids.iter().filter(|(_, why)| why.is_some()).count();
    crate::input::out(&format!(
        "required flags: {} unknown, {} from the service APIs ({} of them required); ids typed string: {} ({explained} with a reason: not a resource's id)\n",
        p.unknown_required.len(),
        p.api_flags,
        p.api_required.len(),
        p.string_ids.len(),
    ));
    crate::input::out(&format!(
        "inferred (not on the element's page, from the service API and AOS's naming elsewhere): {} properties, {} values in {} enumerations\n",
        p.inferred.len(),
        p.inferred_values
            .iter()
            .map(|(_, v)| v.len())
            .sum::<usize>(),
        p.inferred_values.len(),
    ));
    if gaps {
        for (at, why) in &p.inferred {
            crate::input::out(&format!(
                "  inferred {at}: {}\n",
                rfs_check::text::escape(why)
            ));
        }
        for (at, values) in &p.inferred_values {
            crate::input::out(&format!(
                "  inferred values of {at}: {}\n",
                values.join(", ")
            ));
        }
        for at in &p.unknown_required {
            crate::input::out(&format!("  required unknown {at}\n"));
        }
        for (at, why) in &p.string_ids {
            crate::input::out(&format!(
                "  string id {at}: {}\n",
                why.as_deref().unwrap_or("no reason given")
            ));
        }
        for t in partial {
            let kind = if t.kind == Kind::Element {
                "element"
            } else {
                "data structure"
            };
            crate::input::out(&format!("  {:?} {kind} {}\n", t.completeness, t.name));
        }
    }
    ExitCode::SUCCESS
}
