//! Reading untrusted template YAML into a tree that remembers where everything came from.
//!
//! Limits ([`Limits`]), each refused with a clear error: size in bytes, nesting depth, aliases,
//! and nodes (values). YAML 1.2 scalars: only `true`/`false` are booleans. Repeated keys and
//! non-finite numbers are kept for the rule engine to report. The tree is the engine's
//! ([`rfs_check::tree`]). [`yaml_findings`] reports what the tree cannot show: plain values
//! YAML 1.1 parsers read differently, tags and merge keys.

use std::fmt;

use rfs_check::language::{CORE_TAGS, yaml11_reading};
use rfs_check::rules::{self, Finding};
use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_saphyr::Spanned;

/// Largest template accepted by default, in bytes (`--max-bytes`).
pub const MAX_BYTES: usize = 4 << 20;
/// Deepest nesting accepted by default (`--max-depth`).
pub const MAX_DEPTH: usize = rfs_check::language::MAX_DEPTH;
/// Most aliases (`*name`) accepted by default (`--max-aliases`); AOS templates do not need them.
pub const MAX_ALIASES: usize = 32;
/// Most nodes (scalars, lists and maps) accepted by default (`--max-nodes`).
pub const MAX_NODES: usize = 250_000;
/// The deepest nesting any option may ask for (the YAML parser's own recursion limit is a
/// little above it).
pub const DEPTH_CEILING: usize = 200;

/// What a template may use, each refused with a clear error beyond it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Size in bytes.
    pub bytes: usize,
    /// Nesting depth of lists and maps.
    pub depth: usize,
    /// Aliases (`*name`) and anchors (`&name`).
    pub aliases: usize,
    /// Scalars, lists and maps.
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

pub use rfs_check::tree::{Key, Node, Pos, Yaml};

/// Why a file could not be read as YAML.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    /// Where, when known.
    pub pos: Pos,
    /// What went wrong, for a template author.
    pub message: String,
}

/// Parses a template within the default [`Limits`].
pub fn parse(text: &str) -> Result<Node, ParseError> {
    parse_with(text, &Limits::default())
}

/// Parses a template within `limits`. Deep nesting recurses in the YAML deserializer, so it
/// runs on a thread whose stack is sized for the depth limit, whatever the caller's stack is.
pub fn parse_with(text: &str, limits: &Limits) -> Result<Node, ParseError> {
    let failed = |message: &str| ParseError {
        pos: Pos { line: 1, column: 1 },
        message: message.to_owned(),
    };
    let depth = limits.depth.min(DEPTH_CEILING);
    let stack = (32 << 20).max(depth * (512 << 10));
    std::thread::scope(|scope| {
        match std::thread::Builder::new()
            .stack_size(stack)
            .spawn_scoped(scope, || parse_here(text, limits, depth))
        {
            Ok(handle) => handle
                .join()
                .unwrap_or_else(|_| Err(failed("the YAML parser failed on this input"))),
            Err(_) => Err(failed("cannot start the YAML parser")),
        }
    })
}

fn parse_here(text: &str, limits: &Limits, depth: usize) -> Result<Node, ParseError> {
    if text.len() > limits.bytes {
        return Err(ParseError {
            pos: Pos { line: 1, column: 1 },
            message: format!(
                "the file is {} bytes; at most {} are accepted (--max-bytes)",
                text.len(),
                limits.bytes
            ),
        });
    }
    let mut budget = serde_saphyr::Budget::default();
    budget.max_depth = depth;
    budget.max_aliases = limits.aliases;
    budget.max_anchors = limits.aliases;
    budget.max_nodes = limits.nodes;
    let mut options = serde_saphyr::Options::default();
    options.budget = Some(budget);
    options.strict_booleans = true;
    // Repeated keys and non-finite numbers reach the tree: the rule engine reports them as
    // findings (`duplicate`, `value-type`) beside every other finding of the file.
    options.duplicate_keys = serde_saphyr::DuplicateKeyPolicy::PassThrough;
    options.non_finite_float_policy = serde_saphyr::NonFiniteFloatPolicy::PassThrough;
    options.alias_limits.max_total_replayed_events = 10_000;
    let raw: Spanned<Raw> = serde_saphyr::from_str_with_options(text, options).map_err(|e| {
        let pos = e
            .location()
            .map(|l| Pos {
                line: l.line() as u32,
                column: l.column() as u32,
            })
            .unwrap_or(Pos { line: 1, column: 1 });
        let message = e.without_snippet().to_string();
        let first = message.lines().next().unwrap_or("invalid YAML").trim();
        ParseError {
            pos,
            message: for_authors(first, limits),
        }
    })?;
    Ok(convert(raw))
}

/// A parser message rewritten for a template author: the position is shown once (by the
/// caller), limits are named with the option that raises them, and library internals
/// (budget names, option names) are left out.
fn for_authors(message: &str, limits: &Limits) -> String {
    // "... at line 3, column 5": the finding carries the position already.
    let message = match message.rfind(" at line ") {
        Some(i) if message[i..].contains(", column ") => &message[..i],
        _ => message,
    };
    if let Some(breach) = message.strip_prefix("budget breached: ") {
        let kind = breach.split([' ', '{', '(']).next().unwrap_or("");
        return match kind {
            "Depth" => format!(
                "the template nests lists and maps deeper than {} levels (--max-depth)",
                limits.depth
            ),
            "Nodes" => format!(
                "the template has more than {} values (--max-nodes)",
                limits.nodes
            ),
            "Aliases" | "Anchors" | "AliasAnchorRatio" => format!(
                "the template uses more than {} anchors or aliases (--max-aliases); AOS templates need none",
                limits.aliases
            ),
            "Events" | "ScalarBytes" | "Documents" | "MergeKeys" => {
                "the template is too large or too repetitive to read safely".to_owned()
            }
            _ => "the template exceeds a safety limit of the reader".to_owned(),
        };
    }
    if message.contains("recursion limit") {
        return format!(
            "the template nests lists and maps deeper than {} levels (--max-depth)",
            limits.depth.min(DEPTH_CEILING)
        );
    }
    if message.contains("alias") && message.contains("replay") {
        return "the template expands aliases too far (a \"billion laughs\"); AOS templates need none".to_owned();
    }
    // What the parser says, and how to fix it.
    let fixes: &[(&str, &str)] = &[
        (
            "unclosed bracket",
            "close it, or quote the text if it is meant to be text",
        ),
        ("unclosed quote", "close the quote"),
        ("tabs", "YAML indents with spaces, not tabs"),
        (
            "mapping values are not allowed",
            "a ':' follows a value: quote the text ('a: b'), or put the key on its own line",
        ),
        (
            "did not find expected key",
            "check the indentation: keys of one map start in the same column",
        ),
        (
            "unknown escape",
            "in double quotes, write a backslash twice, or use single quotes",
        ),
        (
            "unknown anchor",
            "define the anchor (&name) before the alias (*name), or write the value",
        ),
    ];
    if message.contains("multiple YAML documents") {
        return "the file holds several YAML documents (---); a template is one document"
            .to_owned();
    }
    match fixes.iter().find(|(what, _)| message.contains(what)) {
        Some((_, fix)) => format!("{message}: {fix}"),
        None => message.to_owned(),
    }
}

/// Whether the text holds anything [`yaml_findings`] reports: a tag or merge key, or a word
/// YAML 1.1 reads differently. A quick pass over the words, so that most templates skip the
/// second parse; a quoted word keeps its quote and is never a candidate.
fn might_disagree(text: &str) -> bool {
    text.contains('!')
        || text.contains("<<")
        || text
            .split(|c: char| c.is_whitespace() || matches!(c, ',' | '[' | ']' | '{' | '}'))
            .any(|word| yaml11_reading(word.strip_suffix(':').unwrap_or(word)).is_some())
}

/// YAML-level findings the tree cannot show, from the parser's events: plain values that
/// YAML 1.1 parsers read differently from YAML 1.2 ones (rule `yaml-version`), tags and merge keys
/// (rule `yaml-feature`). Empty when the text does not parse (the parse error says why).
pub fn yaml_findings(text: &str) -> Vec<Finding> {
    use granit_parser::{Event, Parser, ScalarStyle};
    let mut out = Vec::new();
    if !might_disagree(text) {
        return out;
    }
    // For each open collection: is it a mapping, and is the next scalar a key?
    let mut open: Vec<(bool, bool)> = Vec::new();
    let finding = |rule: &'static rules::Rule, pos: Pos, message: String| Finding {
        rule,
        severity: rule.severity,
        path: String::new(),
        item: None,
        pos,
        caller: None,
        message,
    };
    // A tag other than the core schema's, as written: `!Ref`, `!!binary`.
    let foreign = |tag: Option<&granit_parser::Tag>| {
        let tag = tag?;
        let core = tag.handle() == "tag:yaml.org,2002:";
        if core && CORE_TAGS.contains(&tag.suffix()) {
            return None;
        }
        Some(match core {
            true => format!("!!{}", tag.suffix()),
            false => format!("{}{}", tag.original_handle(), tag.suffix()),
        })
    };
    let tagged = |pos: Pos, tag: String| {
        finding(
            rules::YAML_FEATURE,
            pos,
            format!("the tag {tag} is not part of AOS templates; the value was read without it"),
        )
    };
    for event in Parser::new_from_str(text) {
        let Ok((event, span)) = event else {
            return out;
        };
        let pos = Pos {
            line: span.start.line() as u32,
            column: span.start.col() as u32 + 1,
        };
        // A node (scalar, collection start, alias) in a mapping is a key, then a value.
        let node = matches!(
            event,
            Event::Scalar(..)
                | Event::SequenceStart(..)
                | Event::MappingStart(..)
                | Event::Alias(_)
        );
        let is_key = match open.last_mut() {
            Some((true, next_is_key)) if node => {
                let k = *next_is_key;
                *next_is_key = !k;
                k
            }
            _ => false,
        };
        match &event {
            Event::Scalar(value, style, _, tag) => {
                if let Some(tag) = foreign(tag.as_deref()) {
                    out.push(tagged(pos, tag));
                } else if *style == ScalarStyle::Plain && tag.is_none() {
                    if is_key && value == "<<" {
                        out.push(finding(
                            rules::YAML_FEATURE,
                            pos,
                            "'<<' merges a map into this one in YAML 1.1 only; YAML 1.2 parsers read it as a key named '<<'".to_owned(),
                        ));
                    } else if let Some((v11, v12)) = yaml11_reading(value) {
                        out.push(finding(
                            rules::YAML_11,
                            pos,
                            format!(
                                "'{value}' is {v11} to YAML 1.1 parsers (PyYAML, SnakeYAML) and {v12} to YAML 1.2 ones (rfs); the platform's parser is not documented: quote it ('{value}') if it is text"
                            ),
                        ));
                    }
                }
            }
            Event::SequenceStart(_, _, tag) | Event::MappingStart(_, _, tag) => {
                if let Some(tag) = foreign(tag.as_deref()) {
                    out.push(tagged(pos, tag));
                }
                open.push((matches!(event, Event::MappingStart(..)), true));
            }
            Event::SequenceEnd | Event::MappingEnd => {
                open.pop();
            }
            _ => {}
        }
    }
    out
}

fn pos<T>(s: &Spanned<T>) -> Pos {
    Pos {
        line: s.referenced.line() as u32,
        column: s.referenced.column() as u32,
    }
}

fn convert(raw: Spanned<Raw>) -> Node {
    let p = pos(&raw);
    let value = match raw.value {
        Raw::Null => Yaml::Null,
        Raw::Bool(b) => Yaml::Bool(b),
        Raw::Int(i) => Yaml::Int(i),
        Raw::Float(x) => Yaml::Float(x),
        Raw::Str(s) => Yaml::Str(s),
        Raw::List(items) => Yaml::List(items.into_iter().map(convert).collect()),
        Raw::Map(entries) => Yaml::Map(
            entries
                .into_iter()
                .map(|(k, v)| {
                    let kp = pos(&k);
                    (
                        Key {
                            name: k.value.0,
                            pos: kp,
                        },
                        convert(v),
                    )
                })
                .collect(),
        ),
    };
    Node {
        value,
        pos: p,
        mark: None,
    }
}

enum Raw {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    List(Vec<Spanned<Raw>>),
    Map(Vec<(Spanned<KeyText>, Spanned<Raw>)>),
}

/// A mapping key of any scalar kind, as text (`80: x` has the key `80`).
struct KeyText(String);

impl<'de> Deserialize<'de> for KeyText {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = KeyText;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a scalar key")
            }
            fn visit_str<E>(self, v: &str) -> Result<KeyText, E> {
                Ok(KeyText(v.to_owned()))
            }
            fn visit_bool<E>(self, v: bool) -> Result<KeyText, E> {
                Ok(KeyText(v.to_string()))
            }
            fn visit_i64<E>(self, v: i64) -> Result<KeyText, E> {
                Ok(KeyText(v.to_string()))
            }
            fn visit_u64<E>(self, v: u64) -> Result<KeyText, E> {
                Ok(KeyText(v.to_string()))
            }
            fn visit_f64<E>(self, v: f64) -> Result<KeyText, E> {
                Ok(KeyText(v.to_string()))
            }
            fn visit_unit<E>(self) -> Result<KeyText, E> {
                Ok(KeyText("null".to_owned()))
            }
        }
        d.deserialize_any(V)
    }
}

impl<'de> Deserialize<'de> for Raw {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Raw;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("YAML")
            }
            fn visit_unit<E>(self) -> Result<Raw, E> {
                Ok(Raw::Null)
            }
            fn visit_none<E>(self) -> Result<Raw, E> {
                Ok(Raw::Null)
            }
            fn visit_bool<E>(self, v: bool) -> Result<Raw, E> {
                Ok(Raw::Bool(v))
            }
            fn visit_i64<E>(self, v: i64) -> Result<Raw, E> {
                Ok(Raw::Int(v))
            }
            fn visit_u64<E>(self, v: u64) -> Result<Raw, E> {
                Ok(i64::try_from(v)
                    .map(Raw::Int)
                    .unwrap_or(Raw::Float(v as f64)))
            }
            fn visit_f64<E>(self, v: f64) -> Result<Raw, E> {
                Ok(Raw::Float(v))
            }
            fn visit_str<E>(self, v: &str) -> Result<Raw, E> {
                Ok(Raw::Str(v.to_owned()))
            }
            fn visit_string<E>(self, v: String) -> Result<Raw, E> {
                Ok(Raw::Str(v))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut a: A) -> Result<Raw, A::Error> {
                let mut v = Vec::new();
                while let Some(x) = a.next_element()? {
                    v.push(x);
                }
                Ok(Raw::List(v))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut a: A) -> Result<Raw, A::Error> {
                let mut v = Vec::new();
                while let Some(x) = a.next_entry()? {
                    v.push(x);
                }
                Ok(Raw::Map(v))
            }
        }
        d.deserialize_any(V)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_are_kept() {
        let n = parse("a: 1\nb:\n  - x\n").unwrap();
        let (k, v) = &n.as_map().unwrap()[1];
        assert_eq!((k.name.as_str(), k.pos), ("b", Pos { line: 2, column: 1 }));
        let Yaml::List(items) = &v.value else {
            panic!()
        };
        assert_eq!(items[0].pos, Pos { line: 3, column: 5 });
    }

    #[test]
    fn only_true_and_false_are_booleans() {
        let n = parse("a: y\nb: yes\nc: true\n").unwrap();
        assert_eq!(n.get("a").unwrap().as_str(), Some("y"));
        assert_eq!(n.get("b").unwrap().as_str(), Some("yes"));
        assert_eq!(n.get("c").unwrap().value, Yaml::Bool(true));
    }

    #[test]
    fn limits_are_refused_with_clear_errors() {
        let fine = format!(
            "{}1{}",
            "[".repeat(MAX_DEPTH - 1),
            "]".repeat(MAX_DEPTH - 1)
        );
        assert!(parse(&fine).is_ok());
        let deep = format!(
            "{}1{}",
            "[".repeat(MAX_DEPTH + 6),
            "]".repeat(MAX_DEPTH + 6)
        );
        let e = parse(&deep).unwrap_err();
        assert!(
            e.message.contains("deeper than 64 levels (--max-depth)"),
            "{e:?}"
        );
        let huge = format!("{}1{}", "[".repeat(100_000), "]".repeat(100_000));
        let e = parse(&huge).unwrap_err();
        assert!(e.message.contains("(--max-depth)"), "{e:?}");
        // A higher limit, asked for: the parser's stack grows with it.
        let limits = Limits {
            depth: DEPTH_CEILING,
            ..Limits::default()
        };
        let deep = format!("{}1{}", "[".repeat(190), "]".repeat(190));
        assert!(parse_with(&deep, &limits).is_ok());
        let big = "a".repeat(MAX_BYTES + 1);
        assert!(parse(&big).unwrap_err().message.contains("at most"));
        let aliases = format!(
            "a: &a [x]\nb: [{}]\n",
            vec!["*a"; MAX_ALIASES + 1].join(", ")
        );
        let e = parse(&aliases).map(|_| ()).unwrap_err();
        assert!(e.message.contains("alias"), "{e:?}");
        // A "billion laughs": few aliases, exponential expansion.
        let mut bomb = String::from("l0: &l0 [x, x, x, x, x, x, x, x]\n");
        for i in 1..8 {
            let p = i - 1;
            bomb.push_str(&format!("l{i}: &l{i} [*l{p}, *l{p}, *l{p}, *l{p}]\n"));
        }
        let e = parse(&bomb).map(|_| ()).unwrap_err();
        assert!(!e.message.is_empty(), "{e:?}");
        let dup = parse("a: 1\na: 2\n").unwrap();
        assert_eq!(dup.as_map().map(<[_]>::len), Some(2), "{dup:?}");
        let nan = parse("a: .nan\n").unwrap();
        assert!(matches!(nan.get("a").unwrap().value, Yaml::Float(x) if x.is_nan()));
    }
}
