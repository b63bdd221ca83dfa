//! The one YAML reader of rfs, for spec files and templates alike: text → the engine's tree
//! ([`Node`]), every node with its line and column, in one pass over granit-parser's events.
//!
//! - Scalars are read by YAML 1.2's core schema ([`crate::scalar::core`]); a scalar whose text
//!   differs from how its value is written back (`010`, `1e3`, `~`) keeps its text
//!   ([`Node::text`]); mapping keys are always their text as written.
//! - Spec files are read strictly ([`spec`]): anchors, aliases, tags and repeated keys are
//!   errors. Templates are read leniently ([`template`]): repeated keys stay in the tree for the
//!   engine to report, and what the tree cannot show is reported as findings here: plain values
//!   YAML 1.1 readers read differently (rule `yaml-version`), tags and merge keys
//!   (`yaml-feature`), keys that are not text (`yaml-key`), integers beyond 64 bits
//!   (`value-type`).
//! - Untrusted input is read within [`Limits`]: size, nesting, anchors and aliases, and values
//!   (an alias counts the values it repeats, so a "billion laughs" stops at the limit). The
//!   tree is built without recursion, so no input can exhaust the stack.

use std::borrow::Cow;

use granit_parser::{Event, Parser, ScalarStyle, Tag};

use crate::rules::{self, Finding, Rule};
use crate::scalar::{self, Core};
use crate::tree::{Key, Node, Pos, Yaml};

/// Largest template read by default, in bytes.
pub const MAX_BYTES: usize = 4 << 20;
/// Deepest nesting of lists and maps read by default.
pub const MAX_DEPTH: usize = crate::language::MAX_DEPTH;
/// Most anchors and aliases read by default; AOS templates need none.
pub const MAX_ALIASES: usize = 32;
/// Most values (scalars, lists and maps, counting what aliases repeat) read by default.
pub const MAX_NODES: usize = 250_000;
/// The deepest nesting any limit may ask for.
pub const DEPTH_CEILING: usize = 200;
/// Largest spec file, in bytes.
pub const MAX_SPEC_BYTES: usize = 1 << 20;
/// Deepest nesting of a spec file.
pub const MAX_SPEC_DEPTH: usize = 32;

/// What a text may use; each limit is refused with a clear error beyond it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Size in bytes.
    pub bytes: usize,
    /// Nesting depth of lists and maps (at most [`DEPTH_CEILING`]).
    pub depth: usize,
    /// Anchors (`&name`) and aliases (`*name`), together.
    pub aliases: usize,
    /// Values: scalars, lists and maps.
    pub nodes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            bytes: MAX_BYTES,
            depth: MAX_DEPTH,
            aliases: MAX_ALIASES,
            nodes: MAX_NODES,
        }
    }
}

/// Why a text could not be read: it is not YAML, or it breaks a limit (or, for a spec file, a
/// rule of the strict reading).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadError {
    /// Where (line 1, column 1 when the whole text is concerned).
    pub pos: Pos,
    /// What is wrong, for the file's author.
    pub message: String,
}

impl ReadError {
    /// This error as a finding of rule `yaml`.
    pub fn finding(&self) -> Finding {
        Finding::new(rules::YAML, self.message.clone()).at(self.pos)
    }
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.pos, self.message)
    }
}

impl std::error::Error for ReadError {}

/// A template read: its tree and the findings only the reader can see.
#[derive(Clone, Debug)]
pub struct Template {
    /// The template.
    pub root: Node,
    /// YAML-level findings, in the order found.
    pub findings: Vec<Finding>,
    /// The comments that start with `rfs:` (directives for the rule engine), in order.
    pub comments: Vec<Comment>,
}

/// A YAML comment (text inside a quoted or block scalar is not one).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comment {
    /// The line it is on, from 1.
    pub line: u32,
    /// Whether it is alone on its line (otherwise it follows YAML on the same line).
    pub own_line: bool,
    /// The line it speaks about: its own when it follows YAML, otherwise the next line that
    /// holds YAML (the comment's own line when none follows).
    pub target: u32,
    /// Its text after `#`.
    pub text: String,
}

/// Sets each own-line comment's target line (one pass over the text).
fn resolve_targets(text: &str, comments: &mut [Comment]) {
    if comments.iter().all(|c| !c.own_line) {
        return;
    }
    let lines: Vec<&str> = text.lines().collect();
    // next[i]: the first line at or after index i that holds YAML (1-based), 0 when none does.
    let mut next = vec![0u32; lines.len() + 1];
    for i in (0..lines.len()).rev() {
        let t = lines[i].trim_start();
        next[i] = if t.is_empty() || t.starts_with('#') {
            next[i + 1]
        } else {
            i as u32 + 1
        };
    }
    for c in comments.iter_mut().filter(|c| c.own_line) {
        let after = (c.line as usize).min(lines.len());
        c.target = match next[after] {
            0 => c.line,
            n => n,
        };
    }
}

/// Reads a template within `limits`.
pub fn template(text: &str, limits: &Limits) -> Result<Template, ReadError> {
    let limits = Limits {
        depth: limits.depth.min(DEPTH_CEILING),
        ..*limits
    };
    let mut r = Reader::new(text, limits, false)?;
    let root = r.run()?;
    resolve_targets(text, &mut r.comments);
    Ok(Template {
        root,
        findings: r.findings,
        comments: r.comments,
    })
}

/// Reads a spec file: plain YAML 1.2 (no anchors, aliases or tags; no repeated keys), at most
/// [`MAX_SPEC_BYTES`] and nested at most [`MAX_SPEC_DEPTH`] levels.
pub fn spec(text: &str) -> Result<Node, ReadError> {
    let limits = Limits {
        bytes: MAX_SPEC_BYTES,
        depth: MAX_SPEC_DEPTH,
        aliases: 0,
        nodes: usize::MAX,
    };
    Reader::new(text, limits, true)?.run()
}

/// An open list or map.
enum Open {
    List {
        node: Node,
        items: Vec<Node>,
        anchor: usize,
    },
    Map {
        node: Node,
        entries: Vec<(Key, Node)>,
        key: Option<Key>,
        anchor: usize,
    },
}

struct Reader<'t> {
    text: &'t str,
    limits: Limits,
    strict: bool,
    findings: Vec<Finding>,
    comments: Vec<Comment>,
    nodes: usize,
    aliases: usize,
    /// Anchored nodes by anchor id, for aliases.
    anchors: Vec<(usize, Node)>,
}

fn at(pos: Pos, message: impl Into<String>) -> ReadError {
    ReadError {
        pos,
        message: message.into(),
    }
}

const START: Pos = Pos { line: 1, column: 1 };

/// Why an anchor, alias or tag is refused in a spec file.
const NO_ANCHORS: &str = "anchors, aliases and tags are not used in specs: write the value out";

impl<'t> Reader<'t> {
    fn new(text: &'t str, limits: Limits, strict: bool) -> Result<Self, ReadError> {
        if text.len() > limits.bytes {
            let what = if strict { "spec file" } else { "file" };
            let option = if strict { "" } else { " (--max-bytes)" };
            return Err(at(
                START,
                format!(
                    "the {what} is {} bytes; at most {} are accepted{option}",
                    text.len(),
                    limits.bytes
                ),
            ));
        }
        Ok(Reader {
            text,
            limits,
            strict,
            findings: Vec::new(),
            comments: Vec::new(),
            nodes: 0,
            aliases: 0,
            anchors: Vec::new(),
        })
    }

    fn finding(&mut self, rule: &'static Rule, pos: Pos, message: String) {
        self.findings.push(Finding::new(rule, message).at(pos));
    }

    /// Counts `n` more values against the limit.
    fn count(&mut self, n: usize, pos: Pos) -> Result<(), ReadError> {
        self.nodes = self.nodes.saturating_add(n);
        if self.nodes > self.limits.nodes {
            return Err(at(
                pos,
                format!(
                    "the template has more than {} values (--max-nodes)",
                    self.limits.nodes
                ),
            ));
        }
        Ok(())
    }

    /// Counts one more anchor or alias against the limit.
    fn count_alias(&mut self, pos: Pos) -> Result<(), ReadError> {
        if self.strict {
            return Err(at(pos, NO_ANCHORS));
        }
        self.aliases += 1;
        if self.aliases > self.limits.aliases {
            return Err(at(
                pos,
                format!(
                    "the template uses more than {} anchors or aliases (--max-aliases); AOS templates need none",
                    self.limits.aliases
                ),
            ));
        }
        Ok(())
    }

    fn run(&mut self) -> Result<Node, ReadError> {
        let mut options = granit_parser::Options::default();
        // Comments are read only where one may be a directive (`# rfs: ...`).
        let directives = !self.strict && self.text.contains("rfs:");
        options.set_emit_comments(directives);
        if directives {
            options.max_buffered_comment_events = self.text.len();
        }
        // The reader's own depth limit comes first, with its own message.
        options.flow_nesting_limit = self.limits.depth + 16;
        options.block_nesting_limit = self.limits.depth + 16;
        let mut stack: Vec<Open> = Vec::new();
        let mut root: Option<Node> = None;
        let mut documents = 0;
        for event in Parser::new_from_str_with_options(self.text, options) {
            let (event, span) = event.map_err(|e| {
                let m = e.marker();
                at(
                    Pos {
                        line: m.line() as u32,
                        column: m.col() as u32 + 1,
                    },
                    for_authors(&e.info(), &self.limits, self.strict),
                )
            })?;
            let pos = Pos {
                line: span.start.line() as u32,
                column: span.start.col() as u32 + 1,
            };
            // A tag is reported where it is written, not at the value after it.
            let tag_pos = span.tag_start.map_or(pos, |m| Pos {
                line: m.line() as u32,
                column: m.col() as u32 + 1,
            });
            let in_key = matches!(stack.last(), Some(Open::Map { key: None, .. }));
            let done = match event {
                Event::DocumentStart(..) => {
                    documents += 1;
                    if documents > 1 {
                        let what = if self.strict {
                            "a spec file"
                        } else {
                            "a template"
                        };
                        return Err(at(
                            pos,
                            format!(
                                "the file holds several YAML documents (---); {what} is one document"
                            ),
                        ));
                    }
                    continue;
                }
                Event::Scalar(value, style, anchor, tag) => {
                    self.count(1, pos)?;
                    let node = self.scalar(value, style, tag.as_deref(), pos, tag_pos, in_key)?;
                    if anchor != 0 {
                        self.count_alias(pos)?;
                        self.anchors.push((anchor, node.clone()));
                    }
                    Some(node)
                }
                Event::SequenceStart(_, anchor, ref tag)
                | Event::MappingStart(_, anchor, ref tag) => {
                    self.count(1, pos)?;
                    if let Some(tag) = tag {
                        self.collection_tag(tag, tag_pos)?;
                    }
                    if anchor != 0 {
                        self.count_alias(pos)?;
                    }
                    if stack.len() >= self.limits.depth {
                        let message = if self.strict {
                            format!("nested deeper than {} levels", self.limits.depth)
                        } else {
                            format!(
                                "the template nests lists and maps deeper than {} levels (--max-depth)",
                                self.limits.depth
                            )
                        };
                        return Err(at(pos, message));
                    }
                    let node = Node::read(Yaml::Null, pos, None);
                    stack.push(match event {
                        Event::SequenceStart(..) => Open::List {
                            node,
                            items: Vec::new(),
                            anchor,
                        },
                        _ => Open::Map {
                            node,
                            entries: Vec::new(),
                            key: None,
                            anchor,
                        },
                    });
                    None
                }
                Event::SequenceEnd | Event::MappingEnd => {
                    let (mut node, value, anchor) = match stack.pop() {
                        Some(Open::List {
                            node,
                            items,
                            anchor,
                        }) => (node, Yaml::List(items), anchor),
                        Some(Open::Map {
                            node,
                            entries,
                            anchor,
                            ..
                        }) => (node, Yaml::Map(entries), anchor),
                        None => continue,
                    };
                    node.value = value;
                    if anchor != 0 {
                        self.anchors.push((anchor, node.clone()));
                    }
                    Some(node)
                }
                Event::Alias(id) => {
                    self.count_alias(pos)?;
                    let Some((_, target)) = self.anchors.iter().rev().find(|(a, _)| *a == id)
                    else {
                        return Err(at(
                            pos,
                            "this alias refers to a list or map that contains it; AOS templates need no aliases",
                        ));
                    };
                    let target = target.clone();
                    self.count(size(&target), pos)?;
                    let mut copy = target;
                    copy.pos = pos;
                    Some(copy)
                }
                Event::Comment(text, placement) => {
                    if text.trim_start().starts_with("rfs:") {
                        self.comments.push(Comment {
                            line: pos.line,
                            own_line: !matches!(placement, granit_parser::Placement::Right),
                            target: pos.line,
                            text: text.into_owned(),
                        });
                    }
                    continue;
                }
                Event::UnresolvedAlias(_) => {
                    return Err(at(
                        pos,
                        "unknown anchor: define the anchor (&name) before the alias (*name), or write the value",
                    ));
                }
                _ => None,
            };
            let Some(done) = done else { continue };
            match stack.last_mut() {
                None => root = Some(done),
                Some(Open::List { items, .. }) => items.push(done),
                Some(Open::Map { entries, key, .. }) => match key.take() {
                    Some(k) => entries.push((k, done)),
                    None => {
                        let name = match key_text(&done) {
                            Some(name) => name,
                            None => {
                                return Err(at(
                                    done.pos,
                                    format!("a mapping key must be text, not {}", done.kind()),
                                ));
                            }
                        };
                        if self.strict && entries.iter().any(|(k, _)| k.name == name) {
                            return Err(at(done.pos, format!("duplicate key `{name}`")));
                        }
                        let read_as = match done.value {
                            Yaml::Str(_) => None,
                            ref other => Some(other.clone()),
                        };
                        *key = Some(Key::read(name, done.pos, read_as));
                    }
                },
            }
        }
        Ok(root.unwrap_or(Node::read(Yaml::Null, START, None)))
    }

    /// A scalar: its value by its tag, or for a plain one by the core schema; the findings a
    /// template's plain scalars may give.
    fn scalar(
        &mut self,
        value: Cow<'_, str>,
        style: ScalarStyle,
        tag: Option<&Tag>,
        pos: Pos,
        tag_pos: Pos,
        is_key: bool,
    ) -> Result<Node, ReadError> {
        let text = value.as_ref();
        if let Some(tag) = tag {
            if self.strict {
                return Err(at(tag_pos, NO_ANCHORS));
            }
            match tag.core_suffix() {
                Some(core) => return Ok(self.tagged(text, core, pos)),
                // `! x`: the non-specific tag, text.
                None if matches!((tag.handle(), tag.suffix()), ("", "!") | ("!", "")) => {
                    return Ok(Node::read(Yaml::Str(value.into_owned()), pos, None));
                }
                None => self.finding(
                    rules::YAML_FEATURE,
                    tag_pos,
                    format!(
                        "the tag {} is not part of AOS templates; the value was read without it",
                        show_tag(tag)
                    ),
                ),
            }
        }
        if style != ScalarStyle::Plain {
            return Ok(Node::read(Yaml::Str(value.into_owned()), pos, None));
        }
        let core = scalar::core(text);
        if !self.strict {
            self.plain_findings(text, &core, pos, is_key && tag.is_none());
        }
        Ok(plain_node(text, core, pos))
    }

    /// What a template's plain scalar tells the reader: a reading YAML 1.1 readers disagree
    /// with, a merge key, a key that is not text, an integer beyond 64 bits.
    fn plain_findings(&mut self, text: &str, core: &Core, pos: Pos, is_key: bool) {
        if is_key && text == "<<" {
            self.finding(
                rules::YAML_FEATURE,
                pos,
                "'<<' merges a map into this one in YAML 1.1 only; YAML 1.2 readers read it as a key named '<<'".to_owned(),
            );
            return;
        }
        if let Some(reading) = scalar::yaml11_disagreement(text) {
            let quoted = text.replace('\'', "''");
            let (message, hint) = if is_key {
                (
                    format!(
                        "{reading}; the platform's reader is not documented: names are text, quote it ('{quoted}')"
                    ),
                    format!("quote the key ('{quoted}'): names are text"),
                )
            } else {
                (
                    format!(
                        "{reading}; the platform's reader is not documented: quote it ('{quoted}') if it is text"
                    ),
                    scalar::yaml11_hint(text),
                )
            };
            self.findings.push(
                Finding::new(rules::YAML_11, message)
                    .at(pos)
                    .with_hint(hint),
            );
        }
        if is_key && *core != Core::Str {
            let what = match core {
                Core::Null => "null",
                Core::Bool(_) => "a boolean",
                Core::Int(_) | Core::BigInt(_) => "an integer",
                Core::Float(_) => "a number",
                Core::Str => "text",
            };
            let quoted = text.replace('\'', "''");
            self.findings.push(
                Finding::new(
                    rules::YAML_KEY,
                    format!(
                        "the key '{text}' is {what} to YAML readers, not text; names are text: quote it ('{quoted}')"
                    ),
                )
                .at(pos)
                .with_hint(format!("quote the key ('{quoted}')")),
            );
        }
        if let Core::BigInt(_) = core {
            self.finding(
                rules::VALUE_TYPE,
                pos,
                format!(
                    "{text} does not fit in a 64-bit integer; no property takes it, and readers round it"
                ),
            );
        }
    }

    /// A scalar with a core-schema tag (`!!str 5`, `!!int "5"`).
    fn tagged(&mut self, text: &str, core: &str, pos: Pos) -> Node {
        let read = scalar::core(text);
        let value = match (core, &read) {
            ("str", _) => return Node::read(Yaml::Str(text.to_owned()), pos, None),
            ("null", _) => Some(Core::Null),
            ("bool", Core::Bool(_)) | ("int", Core::Int(_) | Core::BigInt(_)) => Some(read.clone()),
            ("float", Core::Float(_) | Core::BigInt(_)) => Some(read.clone()),
            ("float", Core::Int(i)) => Some(Core::Float(*i as f64)),
            _ => None,
        };
        match value {
            Some(v) => {
                if let Core::BigInt(_) = v {
                    self.plain_findings(text, &v, pos, false);
                }
                plain_node(text, v, pos)
            }
            None => {
                self.finding(
                    rules::YAML_FEATURE,
                    pos,
                    format!("'{text}' is not a value of the tag !!{core}; it was read as text"),
                );
                Node::read(Yaml::Str(text.to_owned()), pos, None)
            }
        }
    }

    /// A tag on a list or map: fine when it is the core one for its kind (`!!map`, `!!seq`).
    fn collection_tag(&mut self, tag: &Tag, pos: Pos) -> Result<(), ReadError> {
        if self.strict {
            return Err(at(pos, NO_ANCHORS));
        }
        if !matches!(tag.core_suffix(), Some("map" | "seq")) {
            self.finding(
                rules::YAML_FEATURE,
                pos,
                format!(
                    "the tag {} is not part of AOS templates; the value was read without it",
                    show_tag(tag)
                ),
            );
        }
        Ok(())
    }
}

/// A plain scalar's node: its value, and its text where that differs from the value's own.
fn plain_node(text: &str, core: Core, pos: Pos) -> Node {
    let value = core.into_yaml(text);
    let canonical = match &value {
        Yaml::Str(_) => true,
        Yaml::Null => text == "null",
        Yaml::Bool(b) => text == if *b { "true" } else { "false" },
        Yaml::Int(i) => *text == i.to_string(),
        Yaml::Float(x) => *text == x.to_string(),
        Yaml::List(_) | Yaml::Map(_) => true,
    };
    let kept = (!canonical).then(|| Box::from(text));
    Node::read(value, pos, kept)
}

/// A mapping key's text: a scalar as written (`80`, `1e3`, `~`), never a list or map.
fn key_text(key: &Node) -> Option<String> {
    match &key.value {
        Yaml::List(_) | Yaml::Map(_) => None,
        Yaml::Str(s) => Some(s.clone()),
        _ => key.source().map(Cow::into_owned),
    }
}

/// How many values a node holds, itself included (for what an alias repeats).
fn size(node: &Node) -> usize {
    let mut n = 0usize;
    let mut todo = vec![node];
    while let Some(v) = todo.pop() {
        n += 1;
        match &v.value {
            Yaml::List(items) => todo.extend(items),
            Yaml::Map(entries) => todo.extend(entries.iter().map(|(_, v)| v)),
            _ => {}
        }
    }
    n
}

/// A tag as written: `!!binary`, `!Ref`.
fn show_tag(tag: &Tag) -> String {
    if tag.handle() == "tag:yaml.org,2002:" {
        format!("!!{}", tag.suffix())
    } else {
        format!("{}{}", tag.original_handle(), tag.suffix())
    }
}

/// A parser message rewritten for a file's author: the position is shown once (by the
/// caller), and a hint follows where one helps.
fn for_authors(message: &str, limits: &Limits, strict: bool) -> String {
    let first = message.lines().next().unwrap_or("invalid YAML").trim();
    let first = match first.rfind(" at line ") {
        Some(i) if first[i..].contains(", column ") => &first[..i],
        _ => first,
    };
    if first.contains("recursion limit") || first.contains("nesting limit") {
        return if strict {
            format!("nested deeper than {} levels", limits.depth)
        } else {
            format!(
                "the template nests lists and maps deeper than {} levels (--max-depth)",
                limits.depth
            )
        };
    }
    let fixes: &[(&str, &str)] = &[
        (
            "flow sequence",
            "close the bracket, or quote the text if it is meant to be text",
        ),
        (
            "flow mapping",
            "close the brace, or quote the text if it is meant to be text",
        ),
        ("quoted scalar", "close the quote"),
        ("tab", "YAML indents with spaces, not tabs"),
        (
            "mapping values are not allowed",
            "a ':' follows a value: quote the text ('a: b'), or put the key on its own line",
        ),
        (
            "did not find expected key",
            "check the indentation: keys of one map start in the same column",
        ),
        (
            "escape",
            "in double quotes, write a backslash twice, or use single quotes",
        ),
        (
            "indentation",
            "check the indentation: keys of one map start in the same column",
        ),
    ];
    match fixes.iter().find(|(what, _)| first.contains(what)) {
        Some((_, fix)) => format!("{first}: {fix}"),
        None => first.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Template {
        template(text, &Limits::default()).unwrap()
    }

    fn rules(t: &Template) -> Vec<&str> {
        t.findings.iter().map(|f| f.rule.id).collect()
    }

    #[test]
    fn positions_and_source_text_are_kept() {
        let t = read("a: 1\nb:\n  - x\n  - 010\n  - 1e3\n  - '010'\n");
        let (k, v) = &t.root.as_map().unwrap()[1];
        assert_eq!((k.as_str(), k.pos), ("b", Pos { line: 2, column: 1 }));
        let Yaml::List(items) = &v.value else {
            panic!()
        };
        assert_eq!(items[0].pos, Pos { line: 3, column: 5 });
        assert_eq!(items[1].value, Yaml::Int(10));
        assert_eq!(items[1].text.as_deref().map(String::as_str), Some("010"));
        assert_eq!(items[2].value, Yaml::Float(1000.0));
        assert_eq!(items[2].source().as_deref(), Some("1e3"));
        assert_eq!(items[3].value, Yaml::Str("010".into()));
        assert_eq!(t.root.get("a").unwrap().text, None);
        assert_eq!(rules(&t), ["yaml-version", "yaml-version"]);
    }

    #[test]
    fn keys_are_their_text_as_written() {
        let t = read("1e3: a\n0x10: b\n1.0: c\n.inf: d\n~: e\nyes: f\n'x': g\n");
        let names: Vec<&str> = t
            .root
            .as_map()
            .unwrap()
            .iter()
            .map(|(k, _)| k.as_str())
            .collect();
        assert_eq!(names, ["1e3", "0x10", "1.0", ".inf", "~", "yes", "x"]);
        let keys = rules(&t).iter().filter(|r| **r == "yaml-key").count();
        assert_eq!(keys, 5, "{:?}", t.findings);
        assert!(rules(&t).contains(&"yaml-version"));
    }

    #[test]
    fn the_core_schema_and_its_tags() {
        let t = read(
            "a: True\nb: !!str 5\nc: !!int '7'\nd: !!float 2\ne: ~\nf: !custom x\ng: ! 8\nh: 99999999999999999999\n",
        );
        let v = |k: &str| t.root.get(k).unwrap().value.clone();
        assert_eq!(v("a"), Yaml::Bool(true));
        assert_eq!(v("b"), Yaml::Str("5".into()));
        assert_eq!(v("c"), Yaml::Int(7));
        assert_eq!(v("d"), Yaml::Float(2.0));
        assert_eq!(v("e"), Yaml::Null);
        assert_eq!(v("f"), Yaml::Str("x".into()));
        assert_eq!(v("g"), Yaml::Str("8".into()));
        assert!(matches!(v("h"), Yaml::Float(_)));
        assert_eq!(rules(&t), ["yaml-feature", "value-type"]);
    }

    #[test]
    fn repeated_keys_reach_the_engine_and_merge_keys_are_reported() {
        let t = read("a: 1\na: 2\nbase: &b {x: 1}\nc:\n  <<: *b\n");
        assert_eq!(t.root.as_map().unwrap().len(), 4);
        assert_eq!(rules(&t), ["yaml-feature"]);
        let c = t.root.get("c").unwrap();
        assert!(c.get("<<").is_some_and(|m| m.get("x").is_some()));
    }

    #[test]
    fn limits_are_refused_with_clear_errors() {
        let limits = Limits::default();
        let fine = format!("{}1{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(template(&fine, &limits).is_ok());
        let deep = format!(
            "{}1{}",
            "[".repeat(MAX_DEPTH + 1),
            "]".repeat(MAX_DEPTH + 1)
        );
        let e = template(&deep, &limits).unwrap_err();
        assert!(
            e.message.contains("deeper than 64 levels (--max-depth)"),
            "{e:?}"
        );
        let huge = format!("{}1{}", "[".repeat(100_000), "]".repeat(100_000));
        assert!(
            template(&huge, &limits)
                .unwrap_err()
                .message
                .contains("--max-depth")
        );
        let block: String = (0..300)
            .map(|i| format!("{}- \n", "  ".repeat(i)))
            .collect();
        assert!(
            template(&block, &limits)
                .unwrap_err()
                .message
                .contains("--max-depth")
        );
        let big = "a".repeat(MAX_BYTES + 1);
        assert!(
            template(&big, &limits)
                .unwrap_err()
                .message
                .contains("at most")
        );
        let aliases = format!(
            "a: &a [x]\nb: [{}]\n",
            vec!["*a"; MAX_ALIASES + 1].join(", ")
        );
        assert!(
            template(&aliases, &limits)
                .unwrap_err()
                .message
                .contains("--max-aliases")
        );
        let mut bomb = String::from("l0: &l0 [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 1..9 {
            let p = i - 1;
            bomb.push_str(&format!(
                "l{i}: &l{i} [*l{p}, *l{p}, *l{p}, *l{p}, *l{p}, *l{p}]\n"
            ));
        }
        // Within the default alias limit no expansion reaches the node limit; with a raised
        // one, the values an alias repeats count.
        let many = Limits {
            aliases: 1000,
            ..limits
        };
        let e = template(&bomb, &many).unwrap_err();
        assert!(e.message.contains("--max-nodes"), "{e:?}");
        let two = template("a: 1\n---\nb: 2\n", &limits).unwrap_err();
        assert!(two.message.contains("several YAML documents"), "{two:?}");
        let complex = template("? [a, b]\n: c\n", &limits).unwrap_err();
        assert!(complex.message.contains("must be text"), "{complex:?}");
        let nan = read("a: .nan\n");
        assert!(matches!(nan.root.get("a").unwrap().value, Yaml::Float(x) if x.is_nan()));
        assert_eq!(read("").root.value, Yaml::Null);
    }

    #[test]
    fn parse_errors_are_located_with_a_hint() {
        let e = template("a: [1, 2\n", &Limits::default()).unwrap_err();
        assert!(e.pos.line >= 1 && !e.message.is_empty(), "{e:?}");
        let e = template("a:\n\tb: 1\n", &Limits::default()).unwrap_err();
        assert!(e.message.contains("tab"), "{e:?}");
    }

    #[test]
    fn specs_are_read_strictly() {
        assert!(spec("a: 1\nb: [x, 2]\n").is_ok());
        let e = spec("a: 1\nb: &x 2\n").unwrap_err();
        assert_eq!((e.pos.line, e.message.contains("anchors")), (2, true));
        let e = spec("a: 1\na: 2\n").unwrap_err();
        assert_eq!((e.pos.line, e.pos.column), (2, 1));
        assert!(e.message.contains("duplicate key `a`"));
        assert!(spec("a: !!str 1\n").is_err());
        let deep = "[".repeat(40) + &"]".repeat(40);
        assert!(spec(&deep).unwrap_err().message.contains("deeper"));
        assert_eq!(
            spec("v: yes\n").unwrap().get("v").unwrap().as_str(),
            Some("yes")
        );
    }
}
