//! Spec structures from the tree the one reader builds ([`rfs_facts::read::spec`]): the
//! [`FromNode`] conversions, written out instead of derived, so nothing on the build path needs
//! serde or a derive macro; every error names the line and column of the node it is about.
//! Specs are plain YAML 1.2: anchors, aliases, tags, repeated keys and nesting deeper than
//! [`rfs_facts::read::MAX_SPEC_DEPTH`] are errors.

use std::fmt;

pub use rfs_facts::tree::{Key, Node, Pos, Yaml as Value};

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

/// Reads one spec file's text with the one reader, strictly.
pub fn parse(text: &str) -> Result<Node, Error> {
    rfs_facts::read::spec(text).map_err(|e| Error {
        line: e.pos.line as usize,
        column: e.pos.column as usize,
        message: e.message,
    })
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
            .map(|(k, v)| Ok((k.as_str().to_owned(), T::from_node(v)?)))
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

    #[test]
    fn conversions_name_where_they_fail() {
        let node = parse("a: [1, x]\nb: 5\n").unwrap();
        let list: Result<Vec<String>, _> = Vec::from_node(node.get("a").unwrap());
        let e = list.unwrap_err();
        assert_eq!((e.line, e.column), (1, 5));
        assert_eq!(u64::from_node(node.get("b").unwrap()), Ok(5));
        let e = parse("a: 1\na: 2\n").unwrap_err();
        assert!(e.message.contains("duplicate key `a`"));
    }
}
