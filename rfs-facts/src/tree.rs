//! The template as the rule engine reads it: a tree of YAML values, each with where it came from.
//!
//! `rfs lint` parses YAML into this tree (every node with its line and column); `Stack::synth`
//! renders a stack into it (no line and column: findings carry the template path and the Rust
//! call that made the item instead) and then writes the same tree as YAML. Functions are what
//! templates make of them: single-key maps (`{get_reference: my-vpc}`).

use std::borrow::Cow;
use std::fmt;

/// Whether the template path `path` is `base` or lies below it: `node_templates.web` covers
/// `node_templates.web.properties.cidr` and `node_templates.web[0]`, not `node_templates.webx`.
pub fn within(path: &str, base: &str) -> bool {
    path.strip_prefix(base)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with(['.', '[']))
}

/// A position in a file: 1-based line and column; `0:0` when the node was not read from a file.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Pos {
    /// Line, from 1 (0: unknown).
    pub line: u32,
    /// Column, from 1 (0: unknown).
    pub column: u32,
}

impl Pos {
    /// No position: the node was built in Rust, not read from a file.
    pub const NONE: Pos = Pos { line: 0, column: 0 };

    /// Whether the position is known.
    pub fn is_known(&self) -> bool {
        self.line > 0
    }
}

impl fmt::Display for Pos {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

/// A deliberate departure from the checks, made in Rust: the escape hatches of the typed API, and
/// a builder property set twice. A YAML template carries none.
///
/// The rule engine lists every mark (rule `escape-hatch`, or `set-twice`), and a finding inside a
/// value marked as an escape hatch is a warning instead of an error: the author asked for that
/// value on purpose. Synth writes each such warning into the template as an
/// `# rfs: warn(rule) at <path>` comment, so `rfs lint` of the written template agrees.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Mark {
    /// `unlisted_property(key, value)`: a property the spec does not list.
    UnlistedProperty,
    /// `attr().unlisted(name)`: an attribute the spec does not list.
    UnlistedAttribute,
    /// `Val::cast_unchecked`: a value declared to be of another type.
    CastUnchecked,
    /// `Val::from_raw_unchecked`: an untyped value declared to be of a type.
    FromRawUnchecked,
    /// `<IdType>::existing("...")`: the literal id of a resource that already exists.
    Existing,
    /// `Val::as_string`: an id or name passed where the spec says text.
    AsString,
    /// `<Enum>::unlisted("...")`: a value outside the documented allowed values.
    UnlistedValue,
    /// `Val::in_text`: a typed value placed in the text of a serde value (a Kubernetes
    /// struct's string field), where the compiler could not check the field's type.
    InText,
    /// The same builder property was set twice; the last value is kept.
    SetTwice,
    /// A Rust value a template cannot hold, written as text in its place: a map key that is
    /// not text, a number, a boolean or a unit variant (`<unsupported key>`), or a value whose
    /// `Serialize` failed (`<not serializable: ...>`). Synth reports it as an error.
    Unrepresentable,
}

impl Mark {
    /// The Rust call that made the mark, for messages.
    pub fn call(&self) -> &'static str {
        match self {
            Mark::UnlistedProperty => "unlisted_property",
            Mark::UnlistedAttribute => "attr().unlisted",
            Mark::CastUnchecked => "Val::cast_unchecked",
            Mark::FromRawUnchecked => "Val::from_raw_unchecked",
            Mark::Existing => "existing",
            Mark::AsString => "as_string",
            Mark::UnlistedValue => "unlisted",
            Mark::InText => "Val::in_text",
            Mark::SetTwice => "a second call of the same builder method",
            Mark::Unrepresentable => "serde::Serialize",
        }
    }

    /// Whether the mark stands for an escape hatch (everything but [`Mark::SetTwice`] and
    /// [`Mark::Unrepresentable`]).
    pub fn is_escape_hatch(&self) -> bool {
        !matches!(self, Mark::SetTwice | Mark::Unrepresentable)
    }
}

/// A value and where it starts.
#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    /// What it holds.
    pub value: Yaml,
    /// Where it starts ([`Pos::NONE`] when built in Rust).
    pub pos: Pos,
    /// A deliberate departure made in Rust, if any.
    pub mark: Option<Mark>,
    /// A scalar read from a file, as written there, where that differs from how its value is
    /// written back (`010`, `1e3`, `0x1F`, `+5`, `~`, `1.0`, an integer beyond 64 bits): tools
    /// compare and report it as its author wrote it. `None` for text, for scalars written in
    /// their canonical form, and for nodes built in Rust. See [`Node::source`].
    pub text: Option<Box<String>>,
}

/// A mapping key and where it is.
#[derive(Clone, Debug, PartialEq)]
pub struct Key {
    /// The key as text, as written (`80`, `1e3`, `~` for plain keys that read as something else);
    /// borrowed when it is a key the program knows (`type`, a property, a function).
    pub name: Cow<'static, str>,
    /// Where it is.
    pub pos: Pos,
    /// What YAML reads the key as when that is not text (`80` is the integer 80, `~` is null);
    /// `None` for text, and for keys built in Rust.
    pub read_as: Option<Box<Yaml>>,
}

impl Key {
    /// The key as text.
    pub fn as_str(&self) -> &str {
        &self.name
    }

    /// A key read from a file.
    pub fn read(name: String, pos: Pos, read_as: Option<Yaml>) -> Self {
        Key {
            name: Cow::Owned(name),
            pos,
            read_as: read_as.map(Box::new),
        }
    }

    /// Whether a scalar names this key: as written (`'80'` and `80` name the key `80`), or as
    /// the value YAML reads (`null` and `~` name the key `~`).
    pub fn named_by(&self, n: &Node) -> bool {
        if matches!(n.value, Yaml::List(_) | Yaml::Map(_)) {
            return false;
        }
        if n.source().is_some_and(|s| s == self.name) {
            return true;
        }
        match (self.read_as.as_deref(), &n.value) {
            (Some(Yaml::Null), Yaml::Null) => true,
            (Some(Yaml::Bool(a)), Yaml::Bool(b)) => a == b,
            (Some(k), _) => match (k, n.number()) {
                (Yaml::Int(i), Some(x)) => *i as f64 == x,
                (Yaml::Float(a), Some(x)) => *a == x,
                _ => false,
            },
            (None, _) => false,
        }
    }
}

impl From<&'static str> for Key {
    fn from(name: &'static str) -> Self {
        Key::from(Cow::Borrowed(name))
    }
}

impl From<String> for Key {
    fn from(name: String) -> Self {
        Key::from(Cow::<'static, str>::Owned(name))
    }
}

impl From<Cow<'static, str>> for Key {
    fn from(name: Cow<'static, str>) -> Self {
        Key {
            name,
            pos: Pos::NONE,
            read_as: None,
        }
    }
}

/// YAML content.
#[derive(Clone, Debug, PartialEq)]
pub enum Yaml {
    /// `null`, `~` or nothing.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A whole number.
    Int(i64),
    /// A number with a fraction (possibly not finite: the engine reports that).
    Float(f64),
    /// Text.
    Str(String),
    /// A sequence.
    List(Vec<Node>),
    /// A mapping, in order (a repeated key is kept, and reported by the engine).
    Map(Vec<(Key, Node)>),
}

impl Node {
    /// A node without position or mark.
    pub fn new(value: Yaml) -> Self {
        Node {
            value,
            pos: Pos::NONE,
            mark: None,
            text: None,
        }
    }

    /// A node read from a file at `pos`, with its source text where it differs from the value's
    /// own.
    pub fn read(value: Yaml, pos: Pos, text: Option<Box<str>>) -> Self {
        // Boxed twice: a rare field, one word in every node.
        let text = text.map(|t| Box::new(t.into_string()));
        Node {
            value,
            pos,
            mark: None,
            text,
        }
    }

    /// A scalar as its author wrote it: the source text where one was kept, otherwise the
    /// value's own text (`TCP`, `80`, `1.5`, `true`, `null`); `None` for lists and maps.
    pub fn source(&self) -> Option<std::borrow::Cow<'_, str>> {
        use std::borrow::Cow;
        if let Some(t) = &self.text {
            return Some(Cow::Borrowed(t.as_str()));
        }
        match &self.value {
            Yaml::Str(s) => Some(Cow::Borrowed(s)),
            Yaml::Null => Some(Cow::Borrowed("null")),
            Yaml::List(_) | Yaml::Map(_) => None,
            _ => self.scalar_text().map(Cow::Owned),
        }
    }

    /// A text node.
    pub fn str(text: impl Into<String>) -> Self {
        Node::new(Yaml::Str(text.into()))
    }

    /// A mapping node from entries.
    pub fn map<K: Into<Key>>(entries: impl IntoIterator<Item = (K, Node)>) -> Self {
        Node::new(Yaml::Map(
            entries.into_iter().map(|(k, v)| (k.into(), v)).collect(),
        ))
    }

    /// A function call: the single-key map `{name: argument}`.
    pub fn function(name: &'static str, argument: Node) -> Self {
        Node::map([(name, argument)])
    }

    /// The same node with a mark.
    pub fn marked(mut self, mark: Option<Mark>) -> Self {
        self.mark = mark.or(self.mark);
        self
    }

    /// The entries when this is a mapping.
    pub fn as_map(&self) -> Option<&[(Key, Node)]> {
        match &self.value {
            Yaml::Map(m) => Some(m),
            _ => None,
        }
    }

    /// The text when this is a string.
    pub fn as_str(&self) -> Option<&str> {
        match &self.value {
            Yaml::Str(s) => Some(s),
            _ => None,
        }
    }

    /// The entry of a mapping under `key` (the first, if repeated).
    pub fn get(&self, key: &str) -> Option<&Node> {
        self.as_map()?
            .iter()
            .find(|(k, _)| k.name == key)
            .map(|(_, v)| v)
    }

    /// A single-key mapping `{name: argument}`: the shape of a function call.
    pub fn single_entry(&self) -> Option<(&Key, &Node)> {
        match self.as_map()? {
            [(k, v)] => Some((k, v)),
            _ => None,
        }
    }

    /// The number, for integers and floats.
    pub fn number(&self) -> Option<f64> {
        match self.value {
            Yaml::Int(i) => Some(i as f64),
            Yaml::Float(x) => Some(x),
            _ => None,
        }
    }

    /// The scalar as template text, for comparing with allowed values (`TCP`, `80`, `true`).
    pub fn scalar_text(&self) -> Option<String> {
        match &self.value {
            Yaml::Str(s) => Some(s.clone()),
            Yaml::Int(i) => Some(i.to_string()),
            Yaml::Float(x) => Some(x.to_string()),
            Yaml::Bool(b) => Some(b.to_string()),
            _ => None,
        }
    }

    /// What kind of YAML this is, for messages.
    pub fn kind(&self) -> &'static str {
        match self.value {
            Yaml::Null => "null",
            Yaml::Bool(_) => "a boolean",
            Yaml::Int(_) => "an integer",
            Yaml::Float(_) => "a number",
            Yaml::Str(_) => "a string",
            Yaml::List(_) => "a list",
            Yaml::Map(_) => "a map",
        }
    }

    /// The value shown in a message, as its author wrote it where the file kept that:
    /// `'text'`, `80`, `0777`, `a list`.
    pub fn show(&self) -> String {
        if let Some(t) = &self.text {
            return t.to_string();
        }
        match &self.value {
            Yaml::Str(s) => format!("'{s}'"),
            Yaml::Int(i) => i.to_string(),
            Yaml::Float(x) => x.to_string(),
            Yaml::Bool(b) => b.to_string(),
            Yaml::Null => "null".to_owned(),
            Yaml::List(_) => "a list".to_owned(),
            Yaml::Map(_) => "a map".to_owned(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_is_named_as_written_or_by_the_value_yaml_reads() {
        let key = |name: &str, read_as| Key::read(name.to_owned(), Pos::NONE, read_as);
        let num = |v: Yaml, text: Option<&str>| Node::read(v, Pos::NONE, text.map(Box::from));
        let hex = key("0x10", Some(Yaml::Int(16)));
        assert!(hex.named_by(&num(Yaml::Int(16), None)));
        assert!(hex.named_by(&num(Yaml::Int(16), Some("0x10"))));
        assert!(hex.named_by(&Node::str("0x10")));
        assert!(!hex.named_by(&Node::str("16")));
        let null = key("~", Some(Yaml::Null));
        assert!(null.named_by(&num(Yaml::Null, None)));
        let text = key("80", None);
        assert!(text.named_by(&num(Yaml::Int(80), None)));
        assert!(!text.named_by(&Node::map([("get_input", Node::str("x"))])));
    }

    #[test]
    fn accessors() {
        let n = Node::map([
            ("a", Node::new(Yaml::Int(1))),
            ("b", Node::function("get_input", Node::str("x"))),
        ]);
        assert_eq!(n.get("a").and_then(Node::number), Some(1.0));
        let (k, arg) = n.get("b").and_then(Node::single_entry).unwrap();
        assert_eq!((k.as_str(), arg.as_str()), ("get_input", Some("x")));
        assert_eq!(n.kind(), "a map");
        assert!(!n.pos.is_known());
        assert_eq!(
            Node::str("x").marked(Some(Mark::Existing)).mark,
            Some(Mark::Existing)
        );
    }
}
