//! Spec files as YAML trees with positions, read with granit-parser (the parser under
//! serde-saphyr) and converted by hand: nothing on the build path needs serde or a derive macro.
//!
//! Specs are plain YAML 1.2: mappings, sequences and scalars. Anchors, aliases, tags, repeated
//! keys and nesting deeper than [`MAX_DEPTH`] are errors, each with its line and column.

use std::fmt;

use granit_parser::{Event, Parser, ScalarStyle};
use indexmap::IndexMap;

/// Deepest nesting accepted in a spec file.
pub const MAX_DEPTH: usize = 32;

/// A value and where it starts (1-based line and column).
#[derive(Clone, Debug)]
pub struct Node {
    /// What it holds.
    pub value: Value,
    /// Line, from 1.
    pub line: usize,
    /// Column, from 1.
    pub column: usize,
}

/// What a node holds.
#[derive(Clone, Debug)]
pub enum Value {
    /// `null`, `~` or nothing.
    Null,
    /// `true` / `false`.
    Bool(bool),
    /// A whole number.
    Int(i64),
    /// A number with a fraction or exponent.
    Float(f64),
    /// Text (any quoted scalar, or a plain one that is nothing else).
    Str(String),
    /// A sequence.
    List(Vec<Node>),
    /// A mapping: each key (text, with its own position) and value, in the order written.
    Map(Vec<(Node, Node)>),
}

/// A problem and where it is.
#[derive(Clone, Debug, PartialEq)]
pub struct Error {
    /// Line, from 1 (0: unknown).
    pub line: usize,
    /// Column, from 1.
    pub column: usize,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl Node {
    /// An error located at this node.
    pub fn error(&self, message: impl Into<String>) -> Error {
        Error {
            line: self.line,
            column: self.column,
            message: message.into(),
        }
    }

    /// What kind of value it is, for messages.
    pub fn kind(&self) -> &'static str {
        match self.value {
            Value::Null => "null",
            Value::Bool(_) => "a boolean",
            Value::Int(_) => "an integer",
            Value::Float(_) => "a number",
            Value::Str(_) => "text",
            Value::List(_) => "a list",
            Value::Map(_) => "a map",
        }
    }
}

/// Parses one YAML document (an empty text is `null`).
pub fn parse(text: &str) -> Result<Node, Error> {
    // Open collections: a list's items, or a map's entries and the key awaiting its value.
    enum Open {
        List(Node, Vec<Node>),
        Map(Node, Vec<(Node, Node)>, Option<Node>),
    }
    let mut stack: Vec<Open> = Vec::new();
    let mut root: Option<Node> = None;
    for event in Parser::new_from_str(text) {
        let (event, span) = event.map_err(|e| Error {
            line: e.marker().line(),
            column: e.marker().col() + 1,
            message: e.info().to_string(),
        })?;
        let at = |value| Node {
            value,
            line: span.start.line(),
            column: span.start.col() + 1,
        };
        let done = match event {
            Event::Scalar(text, style, anchor, tag) => {
                if anchor != 0 || tag.is_some() {
                    return Err(at(Value::Null).error(
                        "anchors, aliases and tags are not used in specs: write the value out",
                    ));
                }
                let value = if style == ScalarStyle::Plain {
                    resolve(&text)
                } else {
                    Value::Str(text.into_owned())
                };
                Some(at(value))
            }
            Event::SequenceStart(_, anchor, ref tag) | Event::MappingStart(_, anchor, ref tag) => {
                if anchor != 0 || tag.is_some() {
                    return Err(at(Value::Null).error(
                        "anchors, aliases and tags are not used in specs: write the value out",
                    ));
                }
                if stack.len() >= MAX_DEPTH {
                    return Err(
                        at(Value::Null).error(format!("nested deeper than {MAX_DEPTH} levels"))
                    );
                }
                let node = at(Value::Null);
                stack.push(match &event {
                    Event::SequenceStart(..) => Open::List(node, Vec::new()),
                    _ => Open::Map(node, Vec::new(), None),
                });
                None
            }
            Event::SequenceEnd | Event::MappingEnd => match stack.pop() {
                Some(Open::List(mut node, items)) => {
                    node.value = Value::List(items);
                    Some(node)
                }
                Some(Open::Map(mut node, entries, _)) => {
                    node.value = Value::Map(entries);
                    Some(node)
                }
                None => None,
            },
            Event::Alias(_) | Event::UnresolvedAlias(_) => {
                return Err(at(Value::Null).error(
                    "anchors, aliases and tags are not used in specs: write the value out",
                ));
            }
            Event::DocumentStart(..) if root.is_some() => {
                return Err(at(Value::Null).error("a spec file holds one YAML document"));
            }
            _ => None,
        };
        let Some(node) = done else { continue };
        match stack.last_mut() {
            None => root = Some(node),
            Some(Open::List(_, items)) => items.push(node),
            Some(Open::Map(_, entries, key)) => match key.take() {
                None => {
                    let Value::Str(name) = scalar_text(&node) else {
                        return Err(node.error(format!("a key must be text, not {}", node.kind())));
                    };
                    if entries
                        .iter()
                        .any(|(k, _)| matches!(&k.value, Value::Str(n) if *n == name))
                    {
                        return Err(node.error(format!("duplicate key `{name}`")));
                    }
                    *key = Some(Node {
                        value: Value::Str(name),
                        ..node
                    });
                }
                Some(k) => entries.push((k, node)),
            },
        }
    }
    Ok(root.unwrap_or(Node {
        value: Value::Null,
        line: 1,
        column: 1,
    }))
}

/// A key as text: plain scalars that read as numbers or booleans are keys all the same.
fn scalar_text(node: &Node) -> Value {
    match &node.value {
        Value::Str(s) => Value::Str(s.clone()),
        Value::Int(i) => Value::Str(i.to_string()),
        Value::Bool(b) => Value::Str(b.to_string()),
        Value::Float(x) => Value::Str(x.to_string()),
        Value::Null => Value::Str(String::new()),
        _ => Value::Null,
    }
}

/// A plain scalar by the YAML 1.2 core schema.
fn resolve(text: &str) -> Value {
    match text {
        "" | "~" | "null" | "Null" | "NULL" => return Value::Null,
        "true" | "True" | "TRUE" => return Value::Bool(true),
        "false" | "False" | "FALSE" => return Value::Bool(false),
        ".inf" | ".Inf" | ".INF" | "+.inf" | "+.Inf" | "+.INF" => {
            return Value::Float(f64::INFINITY);
        }
        "-.inf" | "-.Inf" | "-.INF" => return Value::Float(f64::NEG_INFINITY),
        ".nan" | ".NaN" | ".NAN" => return Value::Float(f64::NAN),
        _ => {}
    }
    let digits = text.strip_prefix(['-', '+']).unwrap_or(text);
    if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
        if let Ok(i) = text.parse::<i64>() {
            return Value::Int(i);
        }
        if let Ok(x) = text.parse::<f64>() {
            return Value::Float(x);
        }
    }
    if let Some(hex) = text.strip_prefix("0x")
        && let Ok(i) = i64::from_str_radix(hex, 16)
    {
        return Value::Int(i);
    }
    if let Some(oct) = text.strip_prefix("0o")
        && let Ok(i) = i64::from_str_radix(oct, 8)
    {
        return Value::Int(i);
    }
    let number = digits.starts_with(|c: char| c.is_ascii_digit() || c == '.')
        && digits
            .bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'E' | b'-' | b'+'))
        && digits.bytes().any(|b| b.is_ascii_digit());
    if number && let Ok(x) = text.parse::<f64>() {
        return Value::Float(x);
    }
    Value::Str(text.to_owned())
}

/// Conversion from a located YAML node, with a located error.
pub trait FromNode: Sized {
    /// The value `node` holds.
    fn from_node(node: &Node) -> Result<Self, Error>;
}

impl FromNode for String {
    fn from_node(node: &Node) -> Result<Self, Error> {
        match &node.value {
            Value::Str(s) => Ok(s.clone()),
            _ => Err(node.error(format!("expected text, found {}", node.kind()))),
        }
    }
}

impl FromNode for bool {
    fn from_node(node: &Node) -> Result<Self, Error> {
        match node.value {
            Value::Bool(b) => Ok(b),
            _ => Err(node.error(format!("expected true or false, found {}", node.kind()))),
        }
    }
}

impl FromNode for u64 {
    fn from_node(node: &Node) -> Result<Self, Error> {
        match node.value {
            Value::Int(i) if i >= 0 => Ok(i as u64),
            _ => Err(node.error(format!(
                "expected a whole number of at least 0, found {}",
                node.kind()
            ))),
        }
    }
}

impl<T: FromNode> FromNode for Option<T> {
    fn from_node(node: &Node) -> Result<Self, Error> {
        match node.value {
            Value::Null => Ok(None),
            _ => T::from_node(node).map(Some),
        }
    }
}

impl<T: FromNode> FromNode for Vec<T> {
    fn from_node(node: &Node) -> Result<Self, Error> {
        match &node.value {
            Value::List(items) => items.iter().map(T::from_node).collect(),
            _ => Err(node.error(format!("expected a list, found {}", node.kind()))),
        }
    }
}

impl<T: FromNode> FromNode for IndexMap<String, T> {
    fn from_node(node: &Node) -> Result<Self, Error> {
        entries(node)?
            .iter()
            .map(|(k, v)| Ok((key(k), T::from_node(v)?)))
            .collect()
    }
}

/// The entries of a map node.
pub fn entries(node: &Node) -> Result<&[(Node, Node)], Error> {
    match &node.value {
        Value::Map(entries) => Ok(entries),
        _ => Err(node.error(format!("expected a map, found {}", node.kind()))),
    }
}

/// A key node's text.
pub fn key(node: &Node) -> String {
    match &node.value {
        Value::Str(s) => s.clone(),
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(text: &str) -> Value {
        parse(text).unwrap().value
    }

    #[test]
    fn plain_scalars_follow_the_core_schema() {
        assert!(matches!(value("80"), Value::Int(80)));
        assert!(matches!(value("-3"), Value::Int(-3)));
        assert!(matches!(value("5.7"), Value::Float(x) if x == 5.7));
        assert!(matches!(value("1e3"), Value::Float(x) if x == 1000.0));
        assert!(matches!(value("true"), Value::Bool(true)));
        assert!(matches!(value("~"), Value::Null));
        for text in [
            "yes",
            "on",
            "v1.15",
            "5_bgp",
            "192.168.0.0/16",
            "1.2.3",
            "0123abc",
        ] {
            assert!(
                matches!(value(text), Value::Str(ref s) if s == text),
                "{text}"
            );
        }
        assert!(matches!(value("'80'"), Value::Str(ref s) if s == "80"));
    }

    #[test]
    fn problems_are_located() {
        let e = parse("a: 1\nb: &x 2\n").unwrap_err();
        assert_eq!((e.line, e.message.contains("anchors")), (2, true));
        let e = parse("a: 1\na: 2\n").unwrap_err();
        assert_eq!((e.line, e.column), (2, 1));
        assert!(e.message.contains("duplicate key `a`"));
        let e = parse("a: [1\n").unwrap_err();
        assert!(e.line >= 1);
        let deep = "[".repeat(40) + &"]".repeat(40);
        assert!(parse(&deep).unwrap_err().message.contains("deeper"));
    }
}
