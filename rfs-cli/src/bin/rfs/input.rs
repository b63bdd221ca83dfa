//! What the commands share: the limits on untrusted input and the options that set them,
//! reading a file (or standard input) within them, the templates a command line names, and
//! showing paths and findings (every name escaped: a file name is data too).

use std::path::{Path, PathBuf};

use clap::{Arg, ArgAction, ArgMatches, value_parser};
use rfs_check::read::{DEPTH_CEILING, MAX_ALIASES, MAX_BYTES, MAX_DEPTH, MAX_NODES};

/// Seconds `--read-timeout` waits by default.
pub const READ_TIMEOUT: u64 = 10;

/// What an untrusted template may use; each limit is refused with a clear error (exit 1 for
/// lint and graph, exit 2 when the file itself cannot be read).
#[derive(Clone, Copy)]
pub struct ReadLimits {
    pub max_bytes: usize,
    pub max_depth: usize,
    pub max_aliases: usize,
    pub max_nodes: usize,
    pub read_timeout: u64,
}

impl ReadLimits {
    /// The options that set the limits, shared by the commands that read templates.
    pub fn args() -> [Arg; 5] {
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

    pub fn from_matches(m: &ArgMatches) -> Self {
        Self {
            max_bytes: one(m, "max-bytes").unwrap_or(MAX_BYTES),
            max_depth: one::<u16>(m, "max-depth").map_or(MAX_DEPTH, usize::from),
            max_aliases: one(m, "max-aliases").unwrap_or(MAX_ALIASES),
            max_nodes: one(m, "max-nodes").unwrap_or(MAX_NODES),
            read_timeout: one(m, "read-timeout").unwrap_or(READ_TIMEOUT),
        }
    }

    /// The reader's limits.
    pub fn reader(&self) -> rfs_check::read::Limits {
        rfs_check::read::Limits {
            bytes: self.max_bytes,
            depth: self.max_depth,
            aliases: self.max_aliases,
            nodes: self.max_nodes,
        }
    }
}

/// A flag.
pub fn flag(name: &'static str, help: &'static str) -> Arg {
    Arg::new(name)
        .long(name)
        .action(ArgAction::SetTrue)
        .help(help)
}

/// `--color WHEN`: auto (standard output is a terminal and `NO_COLOR` is unset or empty),
/// always or never.
pub fn color_arg() -> Arg {
    Arg::new("color")
        .long("color")
        .value_name("WHEN")
        .value_parser(["auto", "always", "never"])
        .default_value("auto")
        .help("Colour the text output: auto (a terminal, unless NO_COLOR is set), always or never")
}

/// Whether to colour the text `--color` asks for: always, never, or on a terminal without
/// `NO_COLOR` (<https://no-color.org>).
pub fn colour(m: &ArgMatches) -> bool {
    use std::io::IsTerminal;
    match m.get_one::<String>("color").map(String::as_str) {
        Some("always") => true,
        Some("never") => false,
        _ => {
            std::io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    }
}

/// A path argument.
pub fn path(name: &'static str) -> Arg {
    Arg::new(name).value_parser(value_parser!(PathBuf))
}

/// The value of an option, if given.
pub fn one<T: Clone + Send + Sync + 'static>(m: &ArgMatches, name: &str) -> Option<T> {
    m.get_one::<T>(name).cloned()
}

/// Every path given to `name`.
pub fn paths(m: &ArgMatches, name: &str) -> Vec<PathBuf> {
    m.get_many::<PathBuf>(name)
        .map(|v| v.cloned().collect())
        .unwrap_or_default()
}

/// A path as shown in messages: control and bidirectional characters escaped.
pub fn shown(path: &Path) -> String {
    rfs_check::text::escape(&path.display().to_string()).into_owned()
}

/// The templates named on the command line: files as given, folders' `*.yaml`/`*.yml` (at any
/// depth) sorted; whether a folder was named.
pub fn templates(paths: &[PathBuf]) -> Result<(Vec<PathBuf>, bool), String> {
    let mut out = Vec::new();
    let mut folder = false;
    for p in paths {
        if p.is_dir() {
            folder = true;
            let mut found = Vec::new();
            let mut todo = vec![p.clone()];
            while let Some(dir) = todo.pop() {
                let entries =
                    std::fs::read_dir(&dir).map_err(|e| format!("{}: {e}", shown(&dir)))?;
                for entry in entries.flatten() {
                    let f = entry.path();
                    // Links are not followed into folders: a loop would never end.
                    let kind = entry
                        .file_type()
                        .map_err(|e| format!("{}: {e}", shown(&f)))?;
                    if kind.is_dir() {
                        todo.push(f);
                    } else if matches!(f.extension().and_then(|e| e.to_str()), Some("yaml" | "yml"))
                        && f.is_file()
                    {
                        found.push(f);
                    }
                }
            }
            found.sort();
            out.extend(found);
        } else {
            out.push(p.clone());
        }
    }
    Ok((out, folder))
}

/// A template's text: at most `--max-bytes` + 1 bytes are read from any path (file, device,
/// FIFO) or from standard input (`-`), and a source that does not reach its end within
/// `--read-timeout` seconds is given up.
pub fn read(path: &Path, limits: &ReadLimits) -> Result<String, String> {
    use std::io::Read;
    let limit = limits.max_bytes;
    let path = path.to_owned();
    let (send, receive) = std::sync::mpsc::channel();
    // Opening a FIFO blocks until a writer comes; reading a pipe until it ends. The reader
    // runs on a thread of its own, so that a source that never ends is given up.
    std::thread::spawn(move || {
        let mut bytes = Vec::new();
        let take = (limit as u64).saturating_add(1);
        let result = if path.as_os_str() == "-" {
            std::io::stdin().lock().take(take).read_to_end(&mut bytes)
        } else {
            std::fs::File::open(&path).and_then(|f| f.take(take).read_to_end(&mut bytes))
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

/// Prints one file's findings to standard error, as `rfs lint` prints them.
pub fn report(file: &Path, findings: Vec<rfs_check::Finding>) {
    let files = [rfs_cli::lint::FileFindings {
        file: file.display().to_string(),
        findings,
    }];
    eprint!("{}", rfs_cli::report::text(&files));
}

/// Writes `text` to standard output. A reader that stops early (`rfs graph ... | head`) ends
/// the program quietly, as a closed pipe ends other command-line tools; any other write error is
/// reported (exit 2). Never a panic.
pub fn out(text: &str) {
    use std::io::Write;
    let mut stdout = std::io::stdout().lock();
    if let Err(e) = stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            std::process::exit(0);
        }
        eprintln!("rfs: cannot write to standard output: {e}");
        std::process::exit(2);
    }
}
