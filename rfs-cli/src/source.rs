//! Reading untrusted template YAML into a tree that remembers where everything came from.
//!
//! Limits, each refused with a clear error: file size ([`MAX_BYTES`]), nesting depth
//! ([`MAX_DEPTH`]), anchors and alias expansions ([`MAX_ALIASES`]). YAML 1.2 scalars: only
//! `true`/`false` are booleans. Repeated keys and non-finite numbers are kept for the rule engine
//! to report. The tree is the engine's ([`rfs_check::tree`]).

use std::fmt;

use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_saphyr::Spanned;

/// Largest template accepted, in bytes.
pub const MAX_BYTES: usize = 4 << 20;
/// Deepest nesting accepted.
pub const MAX_DEPTH: usize = 64;
/// Most aliases (`*name`) accepted; AOS templates do not need them.
pub const MAX_ALIASES: usize = 32;

pub use rfs_check::tree::{Key, Node, Pos, Yaml};

/// Why a file could not be read as YAML.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    /// Where, when known.
    pub pos: Pos,
    /// What went wrong.
    pub message: String,
}

/// Stack size of the parser thread: deep nesting recurses in the YAML deserializer, so it runs
/// on a stack of its own, sized for [`MAX_DEPTH`] whatever the caller's stack is.
const PARSER_STACK: usize = 32 << 20;

/// Parses a template, within the limits above.
pub fn parse(text: &str) -> Result<Node, ParseError> {
    let failed = |message: &str| ParseError {
        pos: Pos { line: 1, column: 1 },
        message: message.to_owned(),
    };
    std::thread::scope(|scope| {
        match std::thread::Builder::new()
            .stack_size(PARSER_STACK)
            .spawn_scoped(scope, || parse_here(text))
        {
            Ok(handle) => handle
                .join()
                .unwrap_or_else(|_| Err(failed("the YAML parser failed on this input"))),
            Err(_) => Err(failed("cannot start the YAML parser")),
        }
    })
}

fn parse_here(text: &str) -> Result<Node, ParseError> {
    if text.len() > MAX_BYTES {
        return Err(ParseError {
            pos: Pos { line: 1, column: 1 },
            message: format!(
                "the file is {} bytes; at most {MAX_BYTES} are accepted",
                text.len()
            ),
        });
    }
    let mut budget = serde_saphyr::Budget::default();
    budget.max_depth = MAX_DEPTH;
    budget.max_aliases = MAX_ALIASES;
    budget.max_anchors = MAX_ALIASES;
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
        let message = message
            .lines()
            .next()
            .unwrap_or("invalid YAML")
            .trim()
            .to_owned();
        ParseError { pos, message }
    })?;
    Ok(convert(raw))
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
        assert!(e.message.contains("depth"), "{e:?}");
        let huge = format!("{}1{}", "[".repeat(100_000), "]".repeat(100_000));
        let e = parse(&huge).unwrap_err();
        assert!(e.message.contains("recursion limit"), "{e:?}");
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
