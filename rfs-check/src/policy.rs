//! What a team decides about findings, applied the same way by `rfs lint` and `Stack::synth`:
//! the level of a rule (`allow`, `warn`, `deny`) from `rfs.toml` ([`Config`]), the command line,
//! a stack (`Stack::allow`) and `# rfs:` comments in a template ([`comment_directives`]).
//!
//! A finding takes the level of the strongest directive that matches it, in this order from
//! weakest to strongest: `rfs.toml` `[rules]`, its `[[overrides]]` (later ones stronger), the
//! command line, then the template's own comments (whole file, a template path, one line). An
//! allowed finding is not dropped: it becomes `info[suppressed]` with the rule, the message and
//! the reason. A comment that matches no finding is reported (`warning[suppression]`).
//!
//! A template cannot silence a finding about itself where that would hide a danger: comments
//! (and a stack, whose directives are written into its template as comments) cannot change the
//! level of `yaml` (the file is not a readable template), `literal-secret` and `suppression`;
//! `rfs.toml` and the command line can, except `yaml`, which no directive changes.
//!
//! The comment forms (on the line of the finding, on the line above it, or anywhere for the
//! whole file or a path):
//!
//! ```yaml
//! # rfs: allow-file(input-name) -- designer templates name inputs in camelCase
//! inputs:
//!   vpcName:            # rfs: allow(input-name) -- kept for the console's form
//!     type: string
//! # rfs: warn(allowed-value) at node_templates.listener.properties.protocol -- see ticket 42
//! ```

use std::path::{Path, PathBuf};

use crate::rules::{self, Finding, Rule, Severity};

/// What a directive makes of the findings it matches.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Level {
    /// Reported as `info[suppressed]`, with the reason; never fails a run.
    Allow,
    /// Reported as a warning (fails only with `--deny-warnings`).
    Warn,
    /// Reported as an error.
    Deny,
}

impl Level {
    /// `allow`, `warn` or `deny`.
    pub fn parse(text: &str) -> Option<Level> {
        match text {
            "allow" => Some(Level::Allow),
            "warn" => Some(Level::Warn),
            "deny" => Some(Level::Deny),
            _ => None,
        }
    }

    /// `allow`, `warn` or `deny`.
    pub fn name(self) -> &'static str {
        match self {
            Level::Allow => "allow",
            Level::Warn => "warn",
            Level::Deny => "deny",
        }
    }
}

/// Which findings of the file a directive covers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Scope {
    /// All of them.
    File,
    /// Those at or below a template path (`node_templates.web`, `inputs.vpcName`).
    Path(String),
    /// Those that start on one line of the file.
    Line(u32),
}

/// Where a directive was written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    /// An `rfs.toml` file.
    Config(PathBuf),
    /// `--allow`, `--warn` or `--deny` on the command line.
    CommandLine,
    /// `Stack::allow`, `Stack::warn` or `Stack::deny` in Rust.
    Stack,
    /// An `# rfs:` comment on a line of the template.
    Comment(u32),
}

impl Origin {
    /// Whether the directive was written by the template (or stack) it applies to.
    fn is_template(&self) -> bool {
        matches!(self, Origin::Stack | Origin::Comment(_))
    }

    fn describe(&self) -> String {
        match self {
            Origin::Config(path) => crate::text::escape(&path.display().to_string()).into_owned(),
            Origin::CommandLine => "the command line".to_owned(),
            Origin::Stack => "the stack".to_owned(),
            Origin::Comment(line) => format!("the comment on line {line}"),
        }
    }
}

/// One decision about some rules' findings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Directive {
    /// The rules it covers.
    pub rules: Vec<&'static Rule>,
    /// What it makes of their findings.
    pub level: Level,
    /// Which findings of the file.
    pub scope: Scope,
    /// Why, in the author's words.
    pub reason: Option<String>,
    /// Where it was written.
    pub origin: Origin,
}

impl Directive {
    /// A directive covering the whole file.
    pub fn new(rule: &'static Rule, level: Level, reason: Option<String>, origin: Origin) -> Self {
        Directive {
            rules: vec![rule],
            level,
            scope: Scope::File,
            reason,
            origin,
        }
    }

    /// Whether the directive covers `f` (its rule, within its scope).
    pub fn matches(&self, f: &Finding) -> bool {
        if !self.rules.iter().any(|r| r.id == f.rule.id) {
            return false;
        }
        match &self.scope {
            Scope::File => true,
            Scope::Line(line) => f.pos.line == *line,
            Scope::Path(path) => crate::tree::within(&f.path, path),
        }
    }

    /// The comment that writes this directive into a template (`# rfs: allow-file(x) -- why`),
    /// on one line whatever the reason holds.
    pub fn to_comment(&self) -> String {
        let ids: Vec<&str> = self.rules.iter().map(|r| r.id).collect();
        let mut out = format!("# rfs: {}", self.level.name());
        if self.scope == Scope::File {
            out.push_str("-file");
        }
        out.push('(');
        out.push_str(&ids.join(", "));
        out.push(')');
        if let Scope::Path(path) = &self.scope {
            out.push_str(" at ");
            out.push_str(&path_in_comment(path));
        }
        if let Some(reason) = &self.reason {
            out.push_str(" -- ");
            out.push_str(&crate::text::escape(reason));
        }
        out
    }
}

/// Whether a directive from `origin` may change the level of `rule`.
pub fn may_change(rule: &Rule, origin: &Origin) -> bool {
    if rule.id == rules::YAML.id {
        return false;
    }
    !(origin.is_template() && [rules::LITERAL_SECRET.id, rules::SUPPRESSION.id].contains(&rule.id))
}

/// Applies `directives` (weakest first) to `findings`: each finding takes the level of the
/// strongest directive that matches it and may change it. Adds a `suppression` warning for each
/// template comment or stack directive that matched nothing, and for each one that tried to
/// change a rule it may not.
pub fn apply(findings: Vec<Finding>, directives: &[Directive]) -> Vec<Finding> {
    if directives.is_empty() {
        return findings;
    }
    let mut used = vec![false; directives.len()];
    let mut refused = vec![false; directives.len()];
    let mut out = Vec::with_capacity(findings.len());
    for f in findings {
        let strongest = directives.iter().enumerate().rev().find(|(i, d)| {
            if !d.matches(&f) {
                return false;
            }
            if !may_change(f.rule, &d.origin) {
                refused[*i] = true;
                return false;
            }
            true
        });
        let Some((i, d)) = strongest else {
            out.push(f);
            continue;
        };
        used[i] = true;
        out.push(match d.level {
            Level::Allow => suppressed(f, d),
            Level::Warn => f.with_severity(Severity::Warning),
            Level::Deny => f.with_severity(Severity::Error),
        });
    }
    // What the template's own directives did wrong is reported under the levels rfs.toml and
    // the command line set (a team may allow `suppression`).
    let outer: Vec<Directive> = directives
        .iter()
        .filter(|d| !d.origin.is_template())
        .cloned()
        .collect();
    let mut problems = Vec::new();
    for (i, d) in directives.iter().enumerate() {
        if !d.origin.is_template() || used[i] {
            continue;
        }
        let ids: Vec<&str> = d.rules.iter().map(|r| r.id).collect();
        let message = if refused[i] {
            format!(
                "`{}({})` cannot be changed by the template itself; set it in rfs.toml or on the command line",
                d.level.name(),
                ids.join(", ")
            )
        } else {
            format!(
                "`{}({})` matches no finding; remove it",
                d.level.name(),
                ids.join(", ")
            )
        };
        problems.push(directive_finding(d, message));
    }
    if !problems.is_empty() {
        out.extend(apply(problems, &outer));
    }
    out
}

/// Sets `matched[i]` for each directive of `policy` that one of `findings` (a template's,
/// before any level applies) falls under, whatever level applies in the end. Over several
/// templates, an `allow` from `rfs.toml` or the command line that none of them matched is
/// stale ([`unmatched`]).
pub fn mark_matched(findings: &[Finding], policy: &[Directive], matched: &mut [bool]) {
    for (d, m) in policy.iter().zip(matched.iter_mut()) {
        if !*m && findings.iter().any(|f| d.matches(f)) {
            *m = true;
        }
    }
}

/// The finding for an `allow` from `rfs.toml` (or the command line) that matched no finding in
/// any of the `templates` templates linted: `info[suppression]` (an info, not a warning: a run
/// over some of a team's templates, as pre-commit's, leaves most such levels unmatched).
pub fn unmatched(d: &Directive, templates: usize) -> Finding {
    let ids: Vec<&str> = d.rules.iter().map(|r| r.id).collect();
    let ids = ids.join(", ");
    let hint = match &d.origin {
        Origin::CommandLine => format!("drop `--{} {ids}`", d.level.name()),
        _ => format!(
            "remove the level of {ids} from {} once no template needs it (a run over some templates only may not meet them)",
            d.origin.describe()
        ),
    };
    directive_finding(
        d,
        format!(
            "`{}({ids})` matches no finding in the {templates} template(s) linted",
            d.level.name()
        ),
    )
    .with_severity(Severity::Info)
    .with_hint(hint)
}

/// A finding about a directive itself, where it was written.
fn directive_finding(d: &Directive, message: String) -> Finding {
    let f = Finding::new(
        rules::SUPPRESSION,
        format!("{message} ({})", d.origin.describe()),
    );
    match d.origin {
        Origin::Comment(line) => f.at(crate::tree::Pos { line, column: 1 }),
        _ => f,
    }
}

/// The finding `f` allowed by `d`: `info[suppressed]`, naming the rule and the reason.
fn suppressed(f: Finding, d: &Directive) -> Finding {
    let reason = d.reason.as_deref().unwrap_or("no reason given");
    let message = format!(
        "{}: {} (allowed by {}: {reason})",
        f.rule.id,
        f.message,
        d.origin.describe()
    );
    Finding {
        rule: rules::SUPPRESSED,
        severity: Severity::Info,
        message,
        fix: None,
        ..f
    }
}

/// `findings` under the levels of `policy` (weakest first) and, over them, of a template's own
/// `comments`; problems with the comments are reported under `policy`. Sorted by position.
pub fn levels(findings: Vec<Finding>, comments: &[Comment], policy: &[Directive]) -> Vec<Finding> {
    let (own, problems) = comment_directives(comments);
    let directives: Vec<Directive> = policy.iter().cloned().chain(own).collect();
    let mut out = apply(findings, &directives);
    out.extend(apply(problems, policy));
    out.sort_by(|a, b| (a.pos, a.rule.id, &a.message).cmp(&(b.pos, b.rule.id, &b.message)));
    out
}

/// A comment of a template that starts with `rfs:` (see [`crate::read::Template::comments`]).
pub use crate::read::Comment;

/// The directives of a template's `# rfs:` comments, and a `suppression` warning for each one
/// that cannot be read (an unknown level or rule, no parentheses). An own-line comment applies
/// to the next line that holds YAML; one after YAML on its line, to that line.
pub fn comment_directives(comments: &[Comment]) -> (Vec<Directive>, Vec<Finding>) {
    let mut directives = Vec::new();
    let mut problems = Vec::new();
    for c in comments {
        match parse_comment(&c.text) {
            Ok((level, rules, file, path, reason)) => {
                let scope = if file {
                    Scope::File
                } else if let Some(path) = path {
                    Scope::Path(path)
                } else {
                    Scope::Line(c.target)
                };
                directives.push(Directive {
                    rules,
                    level,
                    scope,
                    reason,
                    origin: Origin::Comment(c.line),
                });
            }
            Err(message) => problems.push(Finding::new(rules::SUPPRESSION, message).at(
                crate::tree::Pos {
                    line: c.line,
                    column: 1,
                },
            )),
        }
    }
    // File-wide comments are weaker than path comments, which are weaker than line comments.
    directives.sort_by_key(|d| match d.scope {
        Scope::File => 0,
        Scope::Path(_) => 1,
        Scope::Line(_) => 2,
    });
    (directives, problems)
}

type Parsed = (
    Level,
    Vec<&'static Rule>,
    bool,
    Option<String>,
    Option<String>,
);

/// `rfs: LEVEL[-file](RULE, ...) [at PATH] [-- REASON]`; PATH plain (`node_templates.web`) or
/// quoted (`"node_templates.a -- b"`, see [`path_in_comment`]).
fn parse_comment(text: &str) -> Result<Parsed, String> {
    let body = text
        .trim_start()
        .strip_prefix("rfs:")
        .unwrap_or(text)
        .trim();
    let form = "write `# rfs: allow(rule) -- reason`, `allow-file(rule)` or `allow(rule) at <path>` (levels: allow, warn, deny)";
    // The level and rules come first: the reason after ` -- ` may hold anything.
    let head = body.split_once(" -- ").map_or(body, |(h, _)| h);
    let Some((level, _)) = head.split_once('(') else {
        return Err(format!("an `rfs:` comment without a rule; {form}"));
    };
    let rest = &body[level.len() + 1..];
    let (level, file) = match level.trim().strip_suffix("-file") {
        Some(l) => (l, true),
        None => (level.trim(), false),
    };
    let Some(level) = Level::parse(level) else {
        return Err(format!(
            "unknown level `{}` in an `rfs:` comment; {form}",
            crate::text::escape(level)
        ));
    };
    let Some((ids, after)) = rest.split_once(')') else {
        return Err(format!("an `rfs:` comment without `)`; {form}"));
    };
    let mut rules = Vec::new();
    for id in ids.split(',').map(str::trim) {
        match rules::by_id(id) {
            Some(r) => rules.push(r),
            None => {
                return Err(format!(
                    "no rule `{}` (`rfs lint --rules` lists them)",
                    crate::text::escape(id)
                ));
            }
        }
    }
    let after = after.trim_start();
    let at = !file && after.starts_with("at ");
    let (path, after) = match after.strip_prefix("at ") {
        Some(p) if !file => {
            if p.trim_start().starts_with('"') {
                let (path, rest) = unquote(p.trim_start())
                    .ok_or_else(|| format!("a quoted path without its closing `\"`; {form}"))?;
                (path, rest)
            } else {
                let cut = if p.starts_with("--") {
                    Some(0)
                } else {
                    p.find(" --")
                };
                let (path, rest) = match cut {
                    Some(i) => p.split_at(i),
                    None => (p, ""),
                };
                (path.trim().to_owned(), rest)
            }
        }
        _ => (String::new(), after),
    };
    if at && path.is_empty() {
        return Err(format!("`at` without a path; {form}"));
    }
    let path = Some(path).filter(|p| !p.is_empty());
    let after = after.trim();
    let reason = match after.strip_prefix("--") {
        Some(r) if after.is_empty() || after == "--" || after.starts_with("-- ") => {
            Some(r.trim().to_owned()).filter(|r| !r.is_empty())
        }
        None if after.is_empty() => None,
        _ => {
            return Err(format!(
                "unexpected `{}`; {form}",
                crate::text::escape(after)
            ));
        }
    };
    Ok((level, rules, file, path, reason))
}

/// A template path as an `# rfs:` comment writes it: as it is where it is plain (no space,
/// quote, backslash or character [`crate::text::escape`] would escape), otherwise in double
/// quotes with `\"`, `\\` and `\u{..}` escapes, so that any element name survives the round
/// trip through a comment line.
pub fn path_in_comment(path: &str) -> String {
    let plain = !path.is_empty()
        && !path
            .chars()
            .any(|c| c.is_whitespace() || c == '"' || c == '\\' || crate::text::is_unsafe(c));
    if plain {
        return path.to_owned();
    }
    let mut out = String::from('"');
    for c in path.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if crate::text::is_unsafe(c) || (c.is_whitespace() && c != ' ') => {
                out.push_str(&format!("\\u{{{:x}}}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The text of a quoted path at the start of `s` and what follows it; `None` when the quote is
/// not closed or an escape is not one [`path_in_comment`] writes.
fn unquote(s: &str) -> Option<(String, &str)> {
    let mut chars = s.char_indices().skip(1);
    let mut out = String::new();
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => return Some((out, &s[i + 1..])),
            '\\' => match chars.next()?.1 {
                '"' => out.push('"'),
                '\\' => out.push('\\'),
                'u' => {
                    if chars.next()?.1 != '{' {
                        return None;
                    }
                    let mut hex = String::new();
                    loop {
                        match chars.next()?.1 {
                            '}' => break,
                            h if h.is_ascii_hexdigit() && hex.len() < 6 => hex.push(h),
                            _ => return None,
                        }
                    }
                    out.push(char::from_u32(u32::from_str_radix(&hex, 16).ok()?)?);
                }
                _ => return None,
            },
            c => out.push(c),
        }
    }
    None
}

/// An `rfs.toml`: rule levels for a folder's templates and stacks.
///
/// ```toml
/// # Levels: allow (reported as info[suppressed]), warn, deny.
/// [rules]
/// input-name = { level = "allow", reason = "designer templates name inputs in camelCase" }
/// unused-input = "deny"
///
/// # Paths relative to this file; `*` within a folder, `**` across folders.
/// [[overrides]]
/// paths = ["legacy/**"]
/// rules = { input-type = "allow" }
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    /// The file it was read from.
    pub path: PathBuf,
    /// The folder override paths are relative to (resolved once, where it exists).
    base: PathBuf,
    rules: Vec<RuleLevel>,
    overrides: Vec<Override>,
    /// The line of each rule's entry: `(None, id)` in `[rules]`, `(Some(i), id)` in the `i`th
    /// `[[overrides]]`.
    lines: std::collections::HashMap<(Option<usize>, &'static str), u32>,
}

/// A rule, its level and the reason given, as `rfs.toml` writes them.
type RuleLevel = (&'static Rule, Level, Option<String>);

#[derive(Clone, Debug, PartialEq)]
struct Override {
    patterns: Vec<String>,
    rules: Vec<RuleLevel>,
}

/// An `rfs.toml` that cannot be read, or says something rfs does not understand.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigError {
    /// The file.
    pub path: PathBuf,
    /// What is wrong.
    pub message: String,
}

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}: {}",
            crate::text::escape(&self.path.display().to_string()),
            crate::text::escape(&self.message)
        )
    }
}

impl std::error::Error for ConfigError {}

/// The name of the configuration file.
pub const CONFIG_FILE: &str = "rfs.toml";

/// The largest `rfs.toml` read.
const MAX_CONFIG_BYTES: u64 = 1 << 20;

impl Config {
    /// The `rfs.toml` in `start` (a folder, or a file's folder) or the nearest folder above it,
    /// if any.
    pub fn find(start: &Path) -> Result<Option<Config>, ConfigError> {
        let start = if start.is_dir() {
            start
        } else {
            start.parent().unwrap_or(Path::new("."))
        };
        let start = if start.as_os_str().is_empty() {
            Path::new(".")
        } else {
            start
        };
        let absolute = std::fs::canonicalize(start).unwrap_or_else(|_| {
            std::env::current_dir().map_or_else(|_| start.to_owned(), |d| d.join(start))
        });
        for dir in absolute.ancestors() {
            let candidate = dir.join(CONFIG_FILE);
            if candidate.is_file() {
                return Config::load(&candidate).map(Some);
            }
        }
        Ok(None)
    }

    /// Reads an `rfs.toml`.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        use std::io::Read;
        let error = |message: String| ConfigError {
            path: path.to_owned(),
            message,
        };
        let file = std::fs::File::open(path).map_err(|e| error(e.to_string()))?;
        let mut text = String::new();
        file.take(MAX_CONFIG_BYTES + 1)
            .read_to_string(&mut text)
            .map_err(|e| error(e.to_string()))?;
        if text.len() as u64 > MAX_CONFIG_BYTES {
            return Err(error(format!("larger than {MAX_CONFIG_BYTES} bytes")));
        }
        Config::parse(&text, path)
    }

    /// Reads the text of an `rfs.toml` found at `path`.
    pub fn parse(text: &str, path: &Path) -> Result<Config, ConfigError> {
        let error = |message: String| ConfigError {
            path: path.to_owned(),
            message,
        };
        let table: toml::Table = toml::from_str(text).map_err(|e| error(e.to_string()))?;
        let base = path.parent().unwrap_or(Path::new(""));
        let mut config = Config {
            path: path.to_owned(),
            base: std::fs::canonicalize(base).unwrap_or_else(|_| base.to_owned()),
            rules: Vec::new(),
            overrides: Vec::new(),
            lines: Default::default(),
        };
        for (key, value) in &table {
            match key.as_str() {
                "rules" => config.rules = rule_levels(value, "[rules]").map_err(error)?,
                "overrides" => {
                    let Some(items) = value.as_array() else {
                        return Err(error(
                            "`overrides` is a list of tables: [[overrides]]".into(),
                        ));
                    };
                    for (i, item) in items.iter().enumerate() {
                        config
                            .overrides
                            .push(read_override(item, i).map_err(error)?);
                    }
                }
                other => {
                    return Err(error(format!(
                        "unknown key `{other}`; rfs.toml takes [rules] and [[overrides]]"
                    )));
                }
            }
        }
        config.lines = entry_lines(text);
        Ok(config)
    }

    /// The line of the entry in this file that set `d` (one of its [`Config::directives_for`]),
    /// where it can be told: the first entry for its rule with its level and reason.
    pub fn line_of(&self, d: &Directive) -> Option<u32> {
        let rule = d.rules.first()?;
        let same = |(r, level, reason): &RuleLevel| {
            r.id == rule.id && *level == d.level && *reason == d.reason
        };
        if self.rules.iter().any(same) {
            return self.lines.get(&(None, rule.id)).copied();
        }
        let i = self
            .overrides
            .iter()
            .position(|o| o.rules.iter().any(same))?;
        self.lines.get(&(Some(i), rule.id)).copied()
    }

    /// The directives for the template at `file` (weakest first): `[rules]`, then each override
    /// whose paths match `file` relative to this file's folder.
    pub fn directives_for(&self, file: &Path) -> Vec<Directive> {
        let origin = Origin::Config(self.path.clone());
        let directive = |(rule, level, reason): &RuleLevel| {
            Directive::new(rule, *level, reason.clone(), origin.clone())
        };
        let mut out: Vec<Directive> = self.rules.iter().map(directive).collect();
        if self.overrides.is_empty() {
            return out;
        }
        let relative = self.relative(file);
        for o in &self.overrides {
            if o.patterns.iter().any(|p| glob_matches(p, &relative)) {
                out.extend(o.rules.iter().map(directive));
            }
        }
        out
    }

    /// `file` relative to this file's folder, with `/` between folders.
    fn relative(&self, file: &Path) -> String {
        let file = match (file.parent(), file.file_name()) {
            (Some(dir), Some(name)) => std::fs::canonicalize(if dir.as_os_str().is_empty() {
                Path::new(".")
            } else {
                dir
            })
            .map(|d| d.join(name))
            .unwrap_or_else(|_| file.to_owned()),
            _ => file.to_owned(),
        };
        let rel = file.strip_prefix(&self.base).unwrap_or(&file);
        rel.components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect::<Vec<_>>()
            .join("/")
    }
}

/// The line of each rule's entry in an `rfs.toml` already read (see [`Config::line_of`]), from
/// the spans of a second, span-keeping parse; empty if that parse fails.
fn entry_lines(text: &str) -> std::collections::HashMap<(Option<usize>, &'static str), u32> {
    use toml::de::{DeTable, DeValue};
    let mut out = std::collections::HashMap::new();
    let Ok(root) = DeTable::parse(text) else {
        return out;
    };
    let line = |offset: usize| {
        text.get(..offset)
            .map_or(0, |t| t.bytes().filter(|b| *b == b'\n').count() as u32 + 1)
    };
    let mut record = |at: Option<usize>, rules: &DeTable<'_>| {
        for (id, _) in rules.iter() {
            if let Some(rule) = rules::by_id(id.get_ref()) {
                out.insert((at, rule.id), line(id.span().start));
            }
        }
    };
    for (key, value) in root.get_ref().iter() {
        match (key.get_ref().as_ref(), value.get_ref()) {
            ("rules", DeValue::Table(t)) => record(None, t),
            ("overrides", DeValue::Array(items)) => {
                for (i, item) in items.iter().enumerate() {
                    if let DeValue::Table(o) = item.get_ref() {
                        for (k, v) in o.iter() {
                            if let ("rules", DeValue::Table(t)) =
                                (k.get_ref().as_ref(), v.get_ref())
                            {
                                record(Some(i), t);
                            }
                        }
                    }
                }
            }
            _ => {}
        }
    }
    out
}

fn read_override(item: &toml::Value, i: usize) -> Result<Override, String> {
    let where_ = format!("overrides[{i}]");
    let Some(table) = item.as_table() else {
        return Err(format!("{where_} is not a table"));
    };
    let mut patterns = Vec::new();
    let mut rules = Vec::new();
    for (key, value) in table {
        match key.as_str() {
            "paths" => {
                let items = value
                    .as_array()
                    .ok_or(format!("{where_}.paths is not a list"))?;
                for p in items {
                    let p = p
                        .as_str()
                        .ok_or(format!("{where_}.paths holds something other than text"))?;
                    patterns.push(p.trim_start_matches("./").to_owned());
                }
            }
            "rules" => rules = rule_levels(value, &format!("{where_}.rules"))?,
            other => {
                return Err(format!(
                    "unknown key `{other}` in {where_}; an override takes paths and rules"
                ));
            }
        }
    }
    if patterns.is_empty() {
        return Err(format!("{where_} has no paths"));
    }
    Ok(Override { patterns, rules })
}

/// `rule = "level"` or `rule = { level = "...", reason = "..." }` entries.
fn rule_levels(value: &toml::Value, where_: &str) -> Result<Vec<RuleLevel>, String> {
    let Some(table) = value.as_table() else {
        return Err(format!("{where_} is not a table of rule = level"));
    };
    let mut out = Vec::new();
    for (id, v) in table {
        let rule = settable_rule(id).map_err(|e| format!("{where_}: {e}"))?;
        let (level, reason) = match v {
            toml::Value::String(level) => (level.as_str(), None),
            toml::Value::Table(t) => {
                for k in t.keys() {
                    if k != "level" && k != "reason" {
                        return Err(format!(
                            "{where_}.{id}: unknown key `{k}` (takes level and reason)"
                        ));
                    }
                }
                let level = t
                    .get("level")
                    .and_then(toml::Value::as_str)
                    .ok_or(format!("{where_}.{id} has no level"))?;
                let reason = match t.get("reason") {
                    None => None,
                    Some(r) => Some(
                        r.as_str()
                            .ok_or(format!("{where_}.{id}.reason is not text"))?
                            .to_owned(),
                    ),
                };
                (level, reason)
            }
            _ => {
                return Err(format!(
                    "{where_}.{id}: write \"allow\", \"warn\", \"deny\" or {{ level = ..., reason = ... }}"
                ));
            }
        };
        let level = Level::parse(level).ok_or(format!(
            "{where_}.{id}: unknown level `{level}` (allow, warn or deny)"
        ))?;
        out.push((rule, level, reason));
    }
    Ok(out)
}

/// The rule `id` names, for `rfs.toml` and the command line: an error for an unknown id, and for
/// `yaml`, whose level no directive changes.
pub fn settable_rule(id: &str) -> Result<&'static Rule, String> {
    let rule = rules::by_id(id).ok_or_else(|| {
        format!(
            "no rule `{}` (`rfs lint --rules` lists them)",
            crate::text::escape(id)
        )
    })?;
    if !may_change(rule, &Origin::CommandLine) {
        return Err(format!(
            "the level of `{id}` cannot change: a file that is not YAML cannot be checked"
        ));
    }
    Ok(rule)
}

/// Whether `path` (folders separated by `/`) matches `pattern`: `*` stands for any text within
/// a folder name, `?` for one character, `**` for any number of folders.
pub fn glob_matches(pattern: &str, path: &str) -> bool {
    let pattern: Vec<&str> = pattern.split('/').filter(|s| !s.is_empty()).collect();
    let path: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    segments(&pattern, &path)
}

fn segments(pattern: &[&str], path: &[&str]) -> bool {
    match pattern.split_first() {
        None => path.is_empty(),
        Some((&"**", rest)) => (0..=path.len()).any(|skip| segments(rest, &path[skip..])),
        Some((p, rest)) => match path.split_first() {
            Some((name, tail)) => {
                name_matches(p.as_bytes(), name.as_bytes()) && segments(rest, tail)
            }
            None => false,
        },
    }
}

fn name_matches(p: &[u8], n: &[u8]) -> bool {
    // Iterative wildcard matching with one backtrack point: linear in practice.
    let (mut pi, mut ni) = (0, 0);
    let mut star: Option<(usize, usize)> = None;
    while ni < n.len() {
        if pi < p.len() && (p[pi] == b'?' || p[pi] == n[ni]) {
            pi += 1;
            ni += 1;
        } else if pi < p.len() && p[pi] == b'*' {
            star = Some((pi, ni));
            pi += 1;
        } else if let Some((sp, sn)) = star {
            pi = sp + 1;
            ni = sn + 1;
            star = Some((sp, sn + 1));
        } else {
            return false;
        }
    }
    while pi < p.len() && p[pi] == b'*' {
        pi += 1;
    }
    pi == p.len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tree::Pos;

    fn finding(rule: &'static Rule, line: u32, path: &str) -> Finding {
        Finding::new(rule, "m")
            .at(Pos { line, column: 3 })
            .in_path(path)
    }

    #[test]
    fn globs() {
        assert!(glob_matches("legacy/**", "legacy/a/b.yaml"));
        assert!(glob_matches("**/*.yaml", "a/b/c.yaml"));
        assert!(glob_matches("*.yaml", "c.yaml"));
        assert!(!glob_matches("*.yaml", "a/c.yaml"));
        assert!(glob_matches("a/?.yml", "a/b.yml"));
        assert!(!glob_matches("legacy/*", "legacy/a/b.yaml"));
    }

    #[test]
    fn allow_makes_info_suppressed_with_the_reason_and_the_strongest_wins() {
        let fs = vec![
            finding(rules::INPUT_NAME, 3, "inputs.vpcName"),
            finding(rules::UNUSED_INPUT, 4, "inputs.b"),
        ];
        let ds = vec![
            Directive::new(rules::INPUT_NAME, Level::Deny, None, Origin::CommandLine),
            Directive {
                scope: Scope::Line(3),
                ..Directive::new(
                    rules::INPUT_NAME,
                    Level::Allow,
                    Some("console form".into()),
                    Origin::Comment(2),
                )
            },
        ];
        let out = apply(fs, &ds);
        assert_eq!(out[0].rule.id, "suppressed");
        assert_eq!(out[0].severity, Severity::Info);
        assert!(
            out[0].message.contains("input-name: m"),
            "{}",
            out[0].message
        );
        assert!(out[0].message.contains("console form"));
        assert_eq!(out[1].severity, Severity::Warning);
        assert_eq!(out.len(), 2);
    }

    #[test]
    fn a_comment_that_matches_nothing_or_may_not_change_a_rule_is_reported() {
        let fs = vec![finding(rules::LITERAL_SECRET, 5, "node_templates.a")];
        let ds = vec![
            Directive::new(
                rules::LITERAL_SECRET,
                Level::Allow,
                None,
                Origin::Comment(1),
            ),
            Directive::new(rules::CYCLE, Level::Allow, None, Origin::Comment(2)),
        ];
        let out = apply(fs, &ds);
        assert_eq!(out[0].rule.id, "literal-secret");
        assert_eq!(out[0].severity, Severity::Warning);
        assert!(
            out[1].message.contains("cannot be changed"),
            "{}",
            out[1].message
        );
        assert!(
            out[2].message.contains("matches no finding"),
            "{}",
            out[2].message
        );
        assert_eq!(out[2].pos.line, 2);
        // rfs.toml may silence literal-secret; nothing silences yaml.
        let fs = vec![
            finding(rules::LITERAL_SECRET, 5, ""),
            finding(rules::YAML, 1, ""),
        ];
        let cfg = Origin::Config("rfs.toml".into());
        let ds = vec![
            Directive::new(rules::LITERAL_SECRET, Level::Allow, None, cfg.clone()),
            Directive::new(rules::YAML, Level::Allow, None, cfg),
        ];
        let out = apply(fs, &ds);
        assert_eq!(out[0].rule.id, "suppressed");
        assert_eq!(out[1].rule.id, "yaml");
    }

    #[test]
    fn path_scope_covers_the_path_and_below_only() {
        let d = Directive {
            scope: Scope::Path("node_templates.a".into()),
            ..Directive::new(rules::RANGE, Level::Warn, None, Origin::Stack)
        };
        assert!(d.matches(&finding(rules::RANGE, 0, "node_templates.a")));
        assert!(d.matches(&finding(rules::RANGE, 0, "node_templates.a.properties.x")));
        assert!(d.matches(&finding(rules::RANGE, 0, "node_templates.a[0]")));
        assert!(!d.matches(&finding(rules::RANGE, 0, "node_templates.ab")));
    }

    #[test]
    fn comments_read_and_written_alike() {
        let text = "# rfs: allow-file(input-name) -- camel\ninputs:\n  # rfs: warn(range, length)\n\n  # other\n  a: 1 # rfs: deny(unused-input) -- no\n# rfs: allow(range) at node_templates.x\n";
        let t = crate::read::template(text, &crate::read::Limits::default()).unwrap();
        let (ds, problems) = comment_directives(&t.comments);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(ds[0].scope, Scope::File);
        assert_eq!(ds[1].scope, Scope::Path("node_templates.x".into()));
        assert_eq!(ds[2].scope, Scope::Line(6));
        assert_eq!(ds[2].rules.len(), 2);
        assert_eq!(ds[3].scope, Scope::Line(6));
        assert_eq!(ds[3].level, Level::Deny);
        assert_eq!(ds[0].to_comment(), "# rfs: allow-file(input-name) -- camel");
        assert_eq!(
            ds[1].to_comment(),
            "# rfs: allow(range) at node_templates.x"
        );
        // Text inside a quoted or block scalar is not a comment.
        let quoted = "a: \"x # rfs: allow(range)\"\nb: |\n  # rfs: allow(range)\n";
        let t = crate::read::template(quoted, &crate::read::Limits::default()).unwrap();
        assert!(t.comments.is_empty(), "{:?}", t.comments);
        let evil = Directive::new(
            rules::RANGE,
            Level::Allow,
            Some("a\nb: c".into()),
            Origin::Stack,
        );
        assert!(!evil.to_comment().contains('\n'));
    }

    /// Any path a stack names (element names are data: spaces, ` -- `, quotes, escapes,
    /// control characters) is written on one comment line and read back as it was.
    #[test]
    fn any_path_survives_a_comment() {
        for path in [
            "node_templates.web.properties.cidr",
            "node_templates.web--a",
            "node_templates.a -- b.properties.x",
            "node_templates.\"q\"",
            "node_templates.a\\b",
            "node_templates.\\u{1b}",
            "node_templates.\u{1b}[31m",
            "node_templates.x\ny: 1",
            "node_templates. padded ",
            "node_templates.\u{202e}evil",
            "node_templates.tab\there",
            "inputs.ünïcode",
        ] {
            let d = Directive {
                scope: Scope::Path(path.into()),
                ..Directive::new(
                    rules::RANGE,
                    Level::Warn,
                    Some("why -- not".into()),
                    Origin::Stack,
                )
            };
            let line = d.to_comment();
            assert!(!line.chars().any(crate::text::is_unsafe), "{line}");
            let (level, rules, file, back, reason) = parse_comment(line.strip_prefix('#').unwrap())
                .unwrap_or_else(|e| panic!("{line}: {e}"));
            assert_eq!(back.as_deref(), Some(path), "{line}");
            assert_eq!((level, file, rules.len()), (Level::Warn, false, 1));
            assert_eq!(reason.as_deref(), Some("why -- not"), "{line}");
        }
        assert_eq!(path_in_comment("inputs.a"), "inputs.a");
        assert_eq!(path_in_comment("inputs.a b"), "\"inputs.a b\"");
    }

    #[test]
    fn bad_comments_are_reported() {
        for text in [
            " rfs: allow",
            " rfs: permit(range)",
            " rfs: allow(rnge)",
            " rfs: allow(range) x",
            " rfs: allow(range) at -- why",
            " rfs: allow(range) at \"node_templates.x",
            " rfs: allow(range) at \"a\\q\"",
            " rfs: allow-file(range) at node_templates.x",
        ] {
            let c = [Comment {
                line: 2,
                own_line: false,
                target: 2,
                text: text.into(),
            }];
            let (ds, problems) = comment_directives(&c);
            assert!(ds.is_empty(), "{text}");
            assert_eq!(problems[0].rule.id, "suppression", "{text}");
            assert_eq!(problems[0].pos.line, 2);
        }
    }

    #[test]
    fn config_reads_levels_reasons_and_overrides() {
        let text = r#"
[rules]
input-name = { level = "allow", reason = "camel" }
unused-input = "deny"

[[overrides]]
paths = ["legacy/**"]
rules = { input-type = "allow" }
"#;
        let c = Config::parse(text, Path::new("/nonexistent/rfs.toml")).unwrap();
        let ds = c.directives_for(Path::new("/nonexistent/legacy/a/b.yaml"));
        assert_eq!(ds.len(), 3);
        assert_eq!(ds[2].rules[0].id, "input-type");
        // Each directive knows the line of its entry.
        let lines: Vec<Option<u32>> = ds.iter().map(|d| c.line_of(d)).collect();
        assert_eq!(lines, [Some(3), Some(4), Some(8)]);
        let ds = c.directives_for(Path::new("/nonexistent/new.yaml"));
        assert_eq!(ds.len(), 2);
        let other = Directive::new(rules::RANGE, Level::Allow, None, Origin::CommandLine);
        assert_eq!(c.line_of(&other), None);
        for bad in [
            "[rules]\ninput-nam = \"allow\"",
            "[rules]\ninput-name = \"ignore\"",
            "[rules]\nyaml = \"allow\"",
            "[rule]\n",
            "[[overrides]]\nrules = {}",
            "not toml",
        ] {
            let e = Config::parse(bad, Path::new("rfs.toml")).unwrap_err();
            assert!(!e.message.is_empty(), "{bad}");
        }
    }
}
