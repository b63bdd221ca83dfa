//! Writing templates: from a program (`cargo run`), from a build script (`cargo build`), and
//! writing files all or nothing.
//!
//! # Where the stacks live: declared once
//!
//! Stacks are code, so they are written the way the AWS CDK writes an app: in a library crate
//! with one `[dependencies]` list, and a small program that writes their templates — the
//! CDK's `cdk synth` runs the app; here `cargo run` does. The crate's tests use the same
//! library, so nothing is listed twice:
//!
//! ```text
//! infra/
//!   Cargo.toml       [dependencies] rfs-dsl (and whatever the stacks use)
//!   src/lib.rs       pub fn all() -> Vec<rfs_dsl::Stack> { ... }
//!   src/main.rs      fn main() -> ExitCode { rfs_dsl::build::main(&infra::all()) }
//!   tests/stacks.rs  assertions and snapshots over infra::all()
//! ```
//!
//! `cargo run -- templates` (see [`main`]) checks every stack and writes `templates/*.yaml`
//! all or nothing. Where templates must appear on every `cargo build` instead (prost-build
//! style), depend on that library from the build script of the crate that needs them and call
//! [`emit`]; a build script only sees its `[build-dependencies]`, so the stacks must be a
//! crate of their own rather than a module included by path.
//!
//! # Where templates are written
//!
//! [`emit`] takes a [`Destination`], a choice made knowingly:
//! - [`Destination::OutDir`] writes into the build's `OUT_DIR`, where the crate can
//!   `include_str!` them; the package folder is untouched, so `cargo publish` works.
//! - [`Destination::Crate`] writes into a folder of the crate (`templates/` beside its
//!   `Cargo.toml`), where people and deploy scripts find them. `cargo publish` verifies that a
//!   build does not change the package's own files, so a crate that does this cannot be
//!   published: mark it `publish = false`, or write the templates with [`main`] instead.
//!
//! The environment variable `RFS_TEMPLATES_DIR` overrides either (a relative path is taken
//! from the crate folder).
//!
//! Each template is `<stack name>.yaml`: a stack name is a plain file name by the platform's
//! own rule for stack names (a letter, then letters, digits, `_` and `-`; at most 128), and two
//! stacks may not share one. Every stack is checked before anything is written, and the
//! templates are written all or nothing: each to a temporary file beside it, then renamed into
//! place (a symbolic link at the destination is replaced, never written through); a file whose
//! content is unchanged is left alone.

use std::collections::HashSet;
use std::fmt;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::Stack;
use rfs_check::policy::{Config, ConfigError};

/// The whole `main` of a program that writes templates: `cargo run -- [DIR]` checks every
/// stack and writes `DIR/<stack name>.yaml` all or nothing (`DIR` defaults to `templates`, in
/// the current folder), prints each path written, and prints warnings and escape hatches on
/// standard error. `cargo run -- --check [DIR]` writes nothing and fails when a template there
/// is missing or differs from what its stack produces now, showing what changed — for CI on a
/// repository that commits its templates ([`check_all`]). Exit status: 0 written (or current),
/// 1 a stack has errors, a file cannot be written or a template is stale (every problem is
/// printed), 2 a usage error.
///
/// ```no_run
/// // src/main.rs of a crate whose library has `pub fn all() -> Vec<Stack>`
/// # mod infra { pub fn all() -> Vec<rfs_dsl::Stack> { Vec::new() } }
/// fn main() -> std::process::ExitCode {
///     rfs_dsl::build::main(&infra::all())
/// }
/// ```
pub fn main(stacks: &[Stack]) -> ExitCode {
    const USAGE: &str = "usage: cargo run -- [--check] [DIR]    writes every stack as DIR/<stack name>.yaml (DIR: templates); --check writes nothing and fails when a template there differs";
    let mut args: Vec<std::ffi::OsString> = std::env::args_os().skip(1).collect();
    let check = args.first().is_some_and(|a| a == "--check");
    if check {
        args.remove(0);
    }
    let dir = match args.as_slice() {
        [] => PathBuf::from("templates"),
        [flag] if flag == "-h" || flag == "--help" => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        [dir] if !dir.to_string_lossy().starts_with('-') => PathBuf::from(dir),
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match write_or_check(stacks, &dir, check) {
        Ok(notes) => {
            for stack in stacks {
                let path = dir.join(format!("{}.yaml", stack.name()));
                let shown = rfs_check::text::escape(&path.display().to_string()).into_owned();
                println!("{shown}{}", if check { ": current" } else { "" });
            }
            for n in notes {
                eprintln!("  {n}");
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprint!("{e}");
            ExitCode::FAILURE
        }
    }
}

/// Where a build script writes templates (see the module docs for what each means for
/// `cargo publish`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Destination<'a> {
    /// `$OUT_DIR/templates`: out of the package, read back with
    /// `include_str!(concat!(env!("OUT_DIR"), "/templates/<stack>.yaml"))`.
    OutDir,
    /// A folder of the crate, relative to its `Cargo.toml` (`"templates"`). The crate cannot be
    /// published: a build changes its own files.
    Crate(&'a str),
}

/// The folder templates are written to: `RFS_TEMPLATES_DIR` when set (relative to the crate
/// folder), else the destination's folder.
pub fn templates_dir(to: Destination<'_>) -> PathBuf {
    let crate_dir = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    match (std::env::var_os("RFS_TEMPLATES_DIR"), to) {
        (Some(dir), _) => crate_dir.join(dir),
        (None, Destination::OutDir) => {
            PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default()).join("templates")
        }
        (None, Destination::Crate(dir)) => crate_dir.join(dir),
    }
}

/// One cargo directive line: `cargo:<key>=<value>`, the value on the one line (control and
/// bidirectional characters escaped).
fn directive(key: &str, value: &str) -> String {
    format!("cargo:{key}={}", rfs_check::text::escape(value))
}

/// For a build script: writes every stack's template into [`templates_dir`] and prints the
/// cargo directives. With the environment variable `RFS_CHECK=1` it writes nothing and fails the
/// build when a template there is missing or differs, with what changed ([`check_all`]). The build reruns when a `watch`ed path, `build.rs` or `RFS_TEMPLATES_DIR`
/// changes (a dependency's change reruns it anyway). Warnings and escape hatches are shown as
/// cargo warnings, one line each, with control characters escaped, so that no name or value
/// can write a cargo directive of its own. Exits the build script with an error when a stack
/// fails to synthesize, a name is not a plain file name, two stacks share a name, or a file
/// cannot be written.
///
/// ```no_run
/// // build.rs, with the stacks' crate under [build-dependencies]
/// # mod infra { pub fn all() -> Vec<rfs_dsl::Stack> { Vec::new() } }
/// use rfs_dsl::build::{Destination, emit};
///
/// fn main() {
///     emit(&infra::all(), &[], Destination::OutDir);
/// }
/// ```
pub fn emit(stacks: &[Stack], watch: &[&str], to: Destination<'_>) {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-env-changed=RFS_TEMPLATES_DIR");
    println!("cargo:rerun-if-env-changed=RFS_CHECK");
    for w in watch {
        // A path cannot be escaped for cargo: one that would break the line is refused.
        if w.chars().any(rfs_check::text::is_unsafe) {
            eprintln!(
                "rfs: the watched path {} holds a control character; it is not watched",
                rfs_check::text::escape(w)
            );
            std::process::exit(1);
        }
        println!("{}", directive("rerun-if-changed", w));
    }
    // `RFS_CHECK=1`: compare with the templates there instead of writing them.
    let check = std::env::var_os("RFS_CHECK").is_some_and(|v| !v.is_empty() && v != "0");
    let dir = templates_dir(to);
    match write_or_check(stacks, &dir, check) {
        Ok(notes) => {
            for note in notes {
                println!("{}", directive("warning", &note));
            }
        }
        Err(e) => {
            for line in e.to_string().lines() {
                eprintln!("{line}");
            }
            std::process::exit(1);
        }
    }
}

/// Whether `name` can name a stack's template file: the platform's stack name rule (1–128
/// characters: a letter, then letters, digits, `_` and `-`), which no path separator, dot,
/// control character or reserved name passes.
pub fn is_stack_name(name: &str) -> bool {
    name.len() <= 128
        && name.starts_with(|c: char| c.is_ascii_alphabetic())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

/// Writes every stack's template into `dir` as `<stack name>.yaml`; returns the warnings and
/// infos, each prefixed with its stack's name. Every stack is checked first: when any fails (or
/// a name is not a plain file name, or two stacks share one), nothing is written and the error
/// lists every problem of every stack; otherwise the files are written all or nothing
/// ([`write_files`]).
pub fn write_all(stacks: &[Stack], dir: &Path) -> Result<Vec<String>, BuildError> {
    let (files, notes) = synthesized(stacks, dir)?;
    let files: Vec<(PathBuf, String)> = files.into_iter().map(|(p, y, _)| (p, y)).collect();
    write_files(&files).map_err(|e| BuildError(vec![Problem::Write(e)]))?;
    Ok(notes)
}

/// [`check_all`] in check mode, else [`write_all`].
fn write_or_check(stacks: &[Stack], dir: &Path, check: bool) -> Result<Vec<String>, BuildError> {
    if check {
        check_all(stacks, dir)
    } else {
        write_all(stacks, dir)
    }
}

/// Checks that every stack's template in `dir` is what the stack produces now, writing nothing:
/// for CI on a repository that commits its templates. Returns the warnings and infos as
/// [`write_all`] does; fails with every stack that has errors and every template that is
/// missing or differs, each with what changed (`rfs diff`'s form).
pub fn check_all(stacks: &[Stack], dir: &Path) -> Result<Vec<String>, BuildError> {
    let (files, notes) = synthesized(stacks, dir)?;
    let mut problems = Vec::new();
    for (path, yaml, tree) in files {
        let on_disk = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) => {
                problems.push(Problem::Stale {
                    path,
                    changes: format!("cannot read it: {e}"),
                });
                continue;
            }
        };
        if on_disk == yaml {
            continue;
        }
        let changes = match rfs_check::read::template(&on_disk, &rfs_check::read::Limits::default())
        {
            Ok(old) => {
                let changes = rfs_check::diff::diff(&old.root, &tree);
                if changes.is_empty() {
                    "the same template, written differently (key order, quoting or comments)"
                        .to_owned()
                } else {
                    rfs_check::diff::text(&changes)
                }
            }
            Err(_) => "the file on disk is not a template rfs can read".to_owned(),
        };
        problems.push(Problem::Stale { path, changes });
    }
    if problems.is_empty() {
        Ok(notes)
    } else {
        Err(BuildError(problems))
    }
}

/// Every stack checked and written as YAML, with the tree synth checked: (file in `dir`, YAML,
/// tree) per stack, and the warnings and infos; or every problem.
#[allow(clippy::type_complexity)]
fn synthesized(
    stacks: &[Stack],
    dir: &Path,
) -> Result<(Vec<(PathBuf, String, rfs_check::tree::Node)>, Vec<String>), BuildError> {
    let mut problems = Vec::new();
    let mut seen = HashSet::new();
    for stack in stacks {
        let name = stack.name();
        if !is_stack_name(name) {
            problems.push(Problem::Name(name.to_owned()));
        } else if !seen.insert(name) {
            problems.push(Problem::Duplicate(name.to_owned()));
        }
    }
    let config = match config_for(dir) {
        Ok(c) => c,
        Err(e) => return Err(BuildError(vec![Problem::Config(e)])),
    };
    let mut files = Vec::new();
    let mut notes = Vec::new();
    for stack in stacks {
        let path = dir.join(format!("{}.yaml", stack.name()));
        let policy = config
            .as_ref()
            .map_or_else(Vec::new, |c| c.directives_for(&path));
        match stack.synth_with(&policy) {
            Ok(synth) => {
                let name = stack.name();
                notes.extend(
                    synth
                        .findings
                        .iter()
                        .map(|f| format!("{}: {f}", rfs_check::text::escape(name))),
                );
                files.push((path, synth.yaml, synth.template));
            }
            Err(e) => problems.push(Problem::Synth(e)),
        }
    }
    if !problems.is_empty() {
        return Err(BuildError(problems));
    }
    Ok((files, notes))
}

/// The `rfs.toml` that `rfs lint` finds for templates written in `dir`: the one in `dir` or the
/// nearest folder above it; when there is none (a build script's `OUT_DIR` lies under `target/`),
/// the one in the crate's folder (`CARGO_MANIFEST_DIR`) or above it.
pub fn config_for(dir: &Path) -> Result<Option<Config>, ConfigError> {
    if let Some(c) = Config::find(dir)? {
        return Ok(Some(c));
    }
    match std::env::var_os("CARGO_MANIFEST_DIR") {
        Some(crate_dir) => Config::find(Path::new(&crate_dir)),
        None => Ok(None),
    }
}

/// Why stacks could not be written: every problem found.
#[derive(Debug)]
pub struct BuildError(pub Vec<Problem>);

/// One reason stacks could not be written.
#[derive(Debug)]
#[non_exhaustive]
pub enum Problem {
    /// A stack has errors (every finding).
    Synth(crate::SynthError),
    /// A stack's name is not a plain file name (see [`is_stack_name`]).
    Name(String),
    /// The `rfs.toml` that applies cannot be read.
    Config(ConfigError),
    /// Two stacks have this name.
    Duplicate(String),
    /// A file could not be written; nothing was.
    Write(WriteError),
    /// In check mode: the template on disk is missing or not what the stack produces now.
    Stale {
        /// The template file.
        path: PathBuf,
        /// What changed, one line each, or why it could not be compared.
        changes: String,
    },
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use rfs_check::text::escape;
        match self {
            Problem::Synth(e) => e.fmt(f),
            Problem::Config(e) => e.fmt(f),
            Problem::Name(n) => write!(
                f,
                "stack name '{}' is not a plain file name: a stack name is a letter, then letters, digits, '_' and '-' (at most 128)",
                escape(n)
            ),
            Problem::Duplicate(n) => write!(
                f,
                "two stacks are named '{}': each writes {}.yaml",
                escape(n),
                escape(n)
            ),
            Problem::Write(e) => e.fmt(f),
            Problem::Stale { path, changes } => write!(
                f,
                "{} is not what the stack produces now (write it again without --check / RFS_CHECK):\n{}",
                escape(&path.display().to_string()),
                changes.trim_end()
            ),
        }
    }
}

impl fmt::Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for p in &self.0 {
            writeln!(f, "{p}")?;
        }
        Ok(())
    }
}

impl std::error::Error for BuildError {}

/// A file that could not be written, and why; nothing was written.
#[derive(Debug)]
pub struct WriteError {
    /// The file.
    pub path: PathBuf,
    /// The error.
    pub error: std::io::Error,
}

impl fmt::Display for WriteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "cannot write {}: {} (nothing was written)",
            rfs_check::text::escape(&self.path.display().to_string()),
            self.error
        )
    }
}

impl std::error::Error for WriteError {}

/// Writes every `(path, text)` all or nothing, creating folders. Each file whose content
/// differs is first written in full to a new temporary file beside it; only when all are
/// written are they renamed into place, and if a rename fails the files already replaced are
/// put back. A symbolic link at a destination is replaced by the file, never written through.
/// Files whose content is already `text` are left untouched.
pub fn write_files(files: &[(PathBuf, String)]) -> Result<(), WriteError> {
    let fail = |path: &Path, error: std::io::Error| WriteError {
        path: path.to_owned(),
        error,
    };
    let changed: Vec<&(PathBuf, String)> = files
        .iter()
        .filter(|(path, text)| {
            // A link is replaced whatever it points to.
            let link = std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
            link || std::fs::read(path).ok().as_deref() != Some(text.as_bytes())
        })
        .collect();
    let mut temps: Vec<PathBuf> = Vec::new();
    let cleanup = |temps: &[PathBuf]| {
        for t in temps {
            let _ = std::fs::remove_file(t);
        }
    };
    for (path, text) in &changed {
        let result = (|| {
            if std::fs::symlink_metadata(path).is_ok_and(|m| m.is_dir()) {
                return Err(std::io::Error::other("a folder is in the way"));
            }
            if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
                std::fs::create_dir_all(parent)?;
            }
            let temp = beside(path, "tmp");
            let mut file = std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&temp)?;
            temps.push(temp);
            std::io::Write::write_all(&mut file, text.as_bytes())?;
            file.sync_all()
        })();
        if let Err(e) = result {
            cleanup(&temps);
            return Err(fail(path, e));
        }
    }
    // Every file is written: move them into place, keeping what they replace until all moved.
    let mut moved: Vec<(&Path, Option<PathBuf>)> = Vec::new();
    for ((path, _), temp) in changed.iter().zip(&temps) {
        let exists = std::fs::symlink_metadata(path).is_ok();
        let backup = beside(path, "old");
        let result = (|| {
            if exists {
                std::fs::rename(path, &backup)?;
            }
            std::fs::rename(temp, path)
        })();
        match result {
            Ok(()) => moved.push((path, exists.then_some(backup))),
            Err(e) => {
                // Put back what was replaced; drop what was not moved yet.
                if exists && std::fs::symlink_metadata(&backup).is_ok() {
                    let _ = std::fs::rename(&backup, path);
                }
                for (p, b) in moved.iter().rev() {
                    match b {
                        Some(b) => {
                            let _ = std::fs::rename(b, p);
                        }
                        None => {
                            let _ = std::fs::remove_file(p);
                        }
                    }
                }
                cleanup(&temps);
                return Err(fail(path, e));
            }
        }
    }
    for (_, backup) in moved {
        if let Some(b) = backup {
            let _ = std::fs::remove_file(b);
        }
    }
    Ok(())
}

/// A new name beside `path` for a temporary or replaced file: `.<name>.<pid>.<n>.<what>`.
fn beside(path: &Path, what: &str) -> PathBuf {
    use std::sync::atomic::{AtomicU64, Ordering};
    static N: AtomicU64 = AtomicU64::new(0);
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let n = N.fetch_add(1, Ordering::Relaxed);
    path.with_file_name(format!(".{name}.{}.{n}.{what}", std::process::id()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_dir(name: &str) -> PathBuf {
        let d = std::env::temp_dir().join(format!("rfs-build-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(&d).unwrap();
        d
    }

    #[test]
    fn stack_names_are_plain_file_names() {
        for ok in ["web", "Web-2", "a_b", &"x".repeat(128)] {
            assert!(is_stack_name(ok), "{ok}");
        }
        for bad in [
            "",
            "../x",
            "/abs",
            "a/b",
            "a\\b",
            ".",
            "..",
            "a.b",
            "1web",
            "-web",
            "web\n",
            "web\u{202e}",
            "a b",
            &"x".repeat(129),
        ] {
            assert!(!is_stack_name(bad), "{bad:?}");
        }
    }

    #[test]
    fn directives_stay_on_one_line() {
        let d = directive("warning", "x\ncargo:rustc-cfg=evil\r\u{1b}[2J");
        assert_eq!(d.lines().count(), 1);
        assert!(
            d.starts_with("cargo:warning=x\\u{a}cargo:rustc-cfg=evil"),
            "{d}"
        );
    }

    #[test]
    fn files_are_written_all_or_nothing_and_links_are_replaced() {
        let dir = temp_dir("files");
        let a = dir.join("a.yaml");
        std::fs::write(&a, "old a").unwrap();
        // A folder where a file should go: the second write fails, the first is put back.
        let blocked = dir.join("b.yaml");
        std::fs::create_dir_all(blocked.join("inside")).unwrap();
        let e =
            write_files(&[(a.clone(), "new a".into()), (blocked.clone(), "b".into())]).unwrap_err();
        assert_eq!(e.path, blocked);
        assert_eq!(std::fs::read_to_string(&a).unwrap(), "old a");
        let left: Vec<_> = std::fs::read_dir(&dir).unwrap().flatten().collect();
        assert_eq!(left.len(), 2, "no temporary file left: {left:?}");
        // A link at the destination is replaced, its target untouched.
        #[cfg(unix)]
        {
            let target = dir.join("target.txt");
            std::fs::write(&target, "keep").unwrap();
            let link = dir.join("link.yaml");
            std::os::unix::fs::symlink(&target, &link).unwrap();
            write_files(&[(link.clone(), "template".into())]).unwrap();
            assert_eq!(std::fs::read_to_string(&target).unwrap(), "keep");
            assert!(
                !std::fs::symlink_metadata(&link)
                    .unwrap()
                    .file_type()
                    .is_symlink()
            );
            assert_eq!(std::fs::read_to_string(&link).unwrap(), "template");
        }
        write_files(&[(a.clone(), "new a".into())]).unwrap();
        assert_eq!(std::fs::read_to_string(&a).unwrap(), "new a");
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn check_mode_writes_nothing_and_names_what_changed() {
        let dir = temp_dir("check");
        let stack = |cidr: &str| {
            let mut s = Stack::new("net");
            s.add(
                "vpc",
                rfs_types::vpc::Vpc::builder().name("n1").cidr(cidr).build(),
            );
            s
        };
        let missing = check_all(&[stack("10.0.0.0/8")], &dir)
            .unwrap_err()
            .to_string();
        assert!(
            missing.contains("net.yaml is not what the stack produces now"),
            "{missing}"
        );
        assert!(!dir.join("net.yaml").exists(), "check mode writes nothing");
        write_all(&[stack("10.0.0.0/8")], &dir).unwrap();
        assert!(check_all(&[stack("10.0.0.0/8")], &dir).is_ok());
        let stale = check_all(&[stack("10.1.0.0/16")], &dir)
            .unwrap_err()
            .to_string();
        assert!(
            stale.contains(
                "~ node_templates.vpc.properties.cidr: \"10.0.0.0/8\" -> \"10.1.0.0/16\""
            ),
            "{stale}"
        );
        // Written differently, same template: still stale, and said so.
        let text = std::fs::read_to_string(dir.join("net.yaml")).unwrap();
        std::fs::write(dir.join("net.yaml"), format!("# edited by hand\n{text}")).unwrap();
        let formatting = check_all(&[stack("10.0.0.0/8")], &dir)
            .unwrap_err()
            .to_string();
        assert!(
            formatting.contains("the same template, written differently"),
            "{formatting}"
        );
    }

    #[test]
    fn bad_or_repeated_names_write_nothing() {
        let dir = temp_dir("names");
        let net = || {
            use rfs_types::vpc;
            let mut s = Stack::new("net");
            s.add(
                "net",
                vpc::Vpc::builder().name("n").cidr("10.0.0.0/16").build(),
            );
            s
        };
        let mut bad = net();
        bad.name = "../escape".into();
        let e = write_all(&[net(), bad, net()], &dir).unwrap_err();
        let text = e.to_string();
        assert!(
            text.contains("'../escape' is not a plain file name"),
            "{text}"
        );
        assert!(text.contains("two stacks are named 'net'"), "{text}");
        assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 0);
        assert!(!dir.join("../escape.yaml").exists());
        write_all(&[net()], &dir).unwrap();
        assert!(dir.join("net.yaml").is_file());
        let _ = std::fs::remove_dir_all(&dir);
    }
}
