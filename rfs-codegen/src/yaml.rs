//! Spec files as YAML trees with positions (the engine's [`Node`]), read with granit-parser (the
//! parser under serde-saphyr) and converted by hand: nothing on the build path needs serde or a
//! derive macro.
//!
//! Specs are plain YAML 1.2: mappings, sequences and scalars. Anchors, aliases, tags, repeated
//! keys and nesting deeper than [`MAX_DEPTH`] are errors, each with its line and column.

use std::fmt;

use granit_parser::{Event, Parser, ScalarStyle};
pub use rfs_facts::tree::{Key, Node, Pos, Yaml as Value};

/// Why an anchor, alias or tag is refused.
const NO_ANCHORS: &str = "anchors, aliases and tags are not used in specs: write the value out";

/// Deepest nesting accepted in a spec file.
pub const MAX_DEPTH: usize = 32;

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

/// Where a node or key is, for errors.
pub trait At {
    /// Its position.
    fn pos(&self) -> Pos;

    /// An error located here.
    fn error(&self, message: impl Into<String>) -> Error {
        Error {
            line: self.pos().line as usize,
            column: self.pos().column as usize,
            message: message.into(),
        }
    }
}

impl At for Node {
    fn pos(&self) -> Pos {
        self.pos
    }
}

impl At for Key {
    fn pos(&self) -> Pos {
        self.pos
    }
}

fn node(value: Value, pos: Pos) -> Node {
    Node {
        value,
        pos,
        mark: None,
    }
}

/// Parses one YAML document (an empty text is `null`).
pub fn parse(text: &str) -> Result<Node, Error> {
    // Open collections: a list's items, or a map's entries and the key awaiting its value.
    enum Open {
        List(Node, Vec<Node>),
        Map(Node, Vec<(Key, Node)>, Option<Key>),
    }
    let mut stack: Vec<Open> = Vec::new();
    let mut root: Option<Node> = None;
    for event in Parser::new_from_str(text) {
        let (event, span) = event.map_err(|e| Error {
            line: e.marker().line(),
            column: e.marker().col() + 1,
            message: e.info().to_string(),
        })?;
        let here = Pos {
            line: span.start.line() as u32,
            column: span.start.col() as u32 + 1,
        };
        let at = |value| node(value, here);
        let done = match event {
            Event::Scalar(text, style, anchor, tag) => {
                if anchor != 0 || tag.is_some() {
                    return Err(at(Value::Null).error(NO_ANCHORS));
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
                    return Err(at(Value::Null).error(NO_ANCHORS));
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
                return Err(at(Value::Null).error(NO_ANCHORS));
            }
            Event::DocumentStart(..) if root.is_some() => {
                return Err(at(Value::Null).error("a spec file holds one YAML document"));
            }
            _ => None,
        };
        let Some(done) = done else { continue };
        match stack.last_mut() {
            None => root = Some(done),
            Some(Open::List(_, items)) => items.push(done),
            Some(Open::Map(_, entries, key)) => match key.take() {
                None => {
                    let Some(name) = key_text(&done) else {
                        return Err(done.error(format!("a key must be text, not {}", done.kind())));
                    };
                    if entries.iter().any(|(k, _)| k.name == name) {
                        return Err(done.error(format!("duplicate key `{name}`")));
                    }
                    *key = Some(Key {
                        name,
                        pos: done.pos,
                    });
                }
                Some(k) => entries.push((k, done)),
            },
        }
    }
    Ok(root.unwrap_or(node(Value::Null, Pos { line: 1, column: 1 })))
}

/// A key as text: plain scalars that read as numbers or booleans are keys all the same.
fn key_text(key: &Node) -> Option<String> {
    match &key.value {
        Value::Str(s) => Some(s.clone()),
        Value::Int(i) => Some(i.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        Value::Float(x) => Some(x.to_string()),
        Value::Null => Some(String::new()),
        _ => None,
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

/// A spec map: entries in the order the file lists them, looked up by key. Spec maps are small
/// (a few dozen properties at most), so a list is all it needs; a repeated key keeps its first
/// place and its last value, as YAML readers do.
#[derive(Clone, Debug, PartialEq)]
pub struct OrderedMap<V> {
    entries: Vec<(String, V)>,
}

impl<V> OrderedMap<V> {
    /// An empty map.
    pub const fn new() -> Self {
        Self {
            entries: Vec::new(),
        }
    }

    /// The value under `key`.
    pub fn get(&self, key: &str) -> Option<&V> {
        self.entries.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    /// Whether `key` has a value.
    pub fn contains_key(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    /// Sets `key`, keeping its place if it was there.
    pub fn insert(&mut self, key: String, value: V) {
        match self.entries.iter_mut().find(|(k, _)| *k == key) {
            Some((_, v)) => *v = value,
            None => self.entries.push((key, value)),
        }
    }

    /// The entries in order.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = (&String, &V)> + ExactSizeIterator {
        self.entries.iter().map(|(k, v)| (k, v))
    }
}

impl<V> Default for OrderedMap<V> {
    fn default() -> Self {
        Self::new()
    }
}

impl<V> FromIterator<(String, V)> for OrderedMap<V> {
    fn from_iter<I: IntoIterator<Item = (String, V)>>(iter: I) -> Self {
        let mut map = Self::new();
        for (k, v) in iter {
            map.insert(k, v);
        }
        map
    }
}

impl<'a, V> IntoIterator for &'a OrderedMap<V> {
    type Item = (&'a String, &'a V);
    type IntoIter = std::iter::Map<
        std::slice::Iter<'a, (String, V)>,
        fn(&'a (String, V)) -> (&'a String, &'a V),
    >;
    fn into_iter(self) -> Self::IntoIter {
        self.entries.iter().map(|(k, v)| (k, v))
    }
}

impl<T: FromNode> FromNode for OrderedMap<T> {
    fn from_node(node: &Node) -> Result<Self, Error> {
        entries(node)?
            .iter()
            .map(|(k, v)| Ok((k.name.clone(), T::from_node(v)?)))
            .collect()
    }
}

/// The entries of a map node.
pub fn entries(node: &Node) -> Result<&[(Key, Node)], Error> {
    match &node.value {
        Value::Map(entries) => Ok(entries),
        _ => Err(node.error(format!("expected a map, found {}", node.kind()))),
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
