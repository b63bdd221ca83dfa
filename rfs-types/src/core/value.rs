//! Untyped template values: what a property, an output or a function argument holds.

use std::borrow::Cow;

use super::function::Function;
use rfs_facts::tree::Mark;

/// A template value: a YAML scalar, list or map, or a built-in function call.
///
/// Generated builders and the DSL produce these; `rfs-dsl` writes them out as YAML. Maps keep
/// the order in which keys were inserted, so output is deterministic.
///
/// A value is dropped level by level rather than recursively, so that even a value nested
/// 100,000 levels deep goes away without overflowing the stack; because of that `Value`
/// implements `Drop`, and a `match` takes it by reference (`match &value`) or moves parts out
/// with `std::mem::take`/`replace`.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A whole number.
    Int(i64),
    /// A number with a fraction.
    Float(f64),
    /// Text.
    String(String),
    /// A sequence.
    List(Vec<Value>),
    /// A mapping.
    Map(Map),
    /// A built-in function such as `get_input` or `get_attribute`.
    Function(Box<Function>),
    /// A value made through an escape hatch of the typed API (or a builder property set
    /// twice). It is written as the value it holds; synth lists it, and reports a problem
    /// inside it as a warning (see `rfs_facts::tree::Mark`).
    Marked(Box<Value>, Mark),
}

impl Value {
    /// Calls `visit` for every function in this value, outermost first, including functions
    /// nested in other functions' arguments.
    pub fn visit_functions<'a>(&'a self, visit: &mut dyn FnMut(&'a Function)) {
        match self {
            Value::Marked(inner, _) => inner.visit_functions(visit),
            Value::List(items) => items.iter().for_each(|v| v.visit_functions(visit)),
            Value::Map(map) => map.values().for_each(|v| v.visit_functions(visit)),
            Value::Function(f) => {
                visit(f);
                f.arguments()
                    .into_iter()
                    .for_each(|v| v.visit_functions(visit));
            }
            _ => {}
        }
    }

    /// The same value, marked as made by `mark` (kept as is when already marked).
    pub fn marked(self, mark: Mark) -> Value {
        match self {
            marked @ Value::Marked(..) => marked,
            other => Value::Marked(Box::new(other), mark),
        }
    }

    /// The value without its mark.
    pub fn unmarked(&self) -> &Value {
        match self {
            Value::Marked(inner, _) => inner.unmarked(),
            other => other,
        }
    }

    /// True when the value contains a function anywhere.
    pub fn has_function(&self) -> bool {
        let mut found = false;
        self.visit_functions(&mut |_| found = true);
        found
    }
}

/// Values are dropped level by level from a work list, so that a deeply nested value (built
/// in a loop, say) cannot overflow the stack when it goes away.
impl Drop for Value {
    fn drop(&mut self) {
        let mut pending = Vec::new();
        self.take_children(&mut pending);
        while let Some(mut child) = pending.pop() {
            child.take_children(&mut pending);
        }
    }
}

impl Value {
    /// Moves the values this one holds into `out`, leaving it shallow.
    fn take_children(&mut self, out: &mut Vec<Value>) {
        match self {
            Value::List(items) => out.append(items),
            Value::Map(map) => out.extend(std::mem::take(map).into_iter().map(|(_, v)| v)),
            Value::Marked(inner, _) => out.push(std::mem::replace(&mut **inner, Value::Null)),
            Value::Function(f) => f.take_values(out),
            _ => {}
        }
    }

    /// The nesting depth of lists and maps (a scalar is 0, `[1]` is 1), counted without
    /// recursion and up to `limit` + 1: how far a value goes past a limit does not matter.
    pub fn depth(&self, limit: usize) -> usize {
        if !matches!(
            self,
            Value::List(_) | Value::Map(_) | Value::Marked(..) | Value::Function(_)
        ) {
            return 0;
        }
        let mut deepest = 0;
        let mut pending: Vec<(&Value, usize)> = vec![(self, 0)];
        while let Some((v, d)) = pending.pop() {
            deepest = deepest.max(d);
            if deepest > limit {
                return deepest;
            }
            match v {
                Value::List(items) => pending.extend(items.iter().map(|i| (i, d + 1))),
                Value::Map(map) => pending.extend(map.values().map(|i| (i, d + 1))),
                Value::Marked(inner, _) => pending.push((inner, d)),
                Value::Function(f) => pending.extend(f.arguments().into_iter().map(|i| (i, d + 1))),
                _ => {}
            }
        }
        deepest
    }
}

impl From<&str> for Value {
    fn from(v: &str) -> Self {
        Value::String(v.to_owned())
    }
}
impl From<String> for Value {
    fn from(v: String) -> Self {
        Value::String(v)
    }
}
impl From<&String> for Value {
    fn from(v: &String) -> Self {
        Value::String(v.clone())
    }
}
impl From<bool> for Value {
    fn from(v: bool) -> Self {
        Value::Bool(v)
    }
}
impl From<i64> for Value {
    fn from(v: i64) -> Self {
        Value::Int(v)
    }
}
impl From<i32> for Value {
    fn from(v: i32) -> Self {
        Value::Int(v.into())
    }
}
impl From<u32> for Value {
    fn from(v: u32) -> Self {
        Value::Int(v.into())
    }
}
impl From<f64> for Value {
    fn from(v: f64) -> Self {
        Value::Float(v)
    }
}
impl From<Map> for Value {
    fn from(v: Map) -> Self {
        Value::Map(v)
    }
}
impl From<Function> for Value {
    fn from(v: Function) -> Self {
        Value::Function(Box::new(v))
    }
}
impl<T: Into<Value>> From<Vec<T>> for Value {
    fn from(v: Vec<T>) -> Self {
        Value::List(v.into_iter().map(Into::into).collect())
    }
}
impl<T: Into<Value>, const N: usize> From<[T; N]> for Value {
    fn from(v: [T; N]) -> Self {
        Value::List(v.into_iter().map(Into::into).collect())
    }
}

/// A mapping that keeps its keys in insertion order. Inserting an existing key replaces its
/// value in place.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Map {
    /// Keys the program knows (spec property keys) are borrowed, not copied.
    entries: Vec<Entry>,
}

impl Map {
    /// An empty map.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets `key` to `value`, returning the value it replaced.
    pub fn insert(&mut self, key: impl Into<String>, value: impl Into<Value>) -> Option<Value> {
        self.insert_key(Cow::Owned(key.into()), value.into())
    }

    /// Sets `key` to `value` as [`Map::insert`] does, with a key that may be borrowed for the
    /// life of the program (a spec's property key is not copied).
    pub fn insert_key(&mut self, key: Cow<'static, str>, value: Value) -> Option<Value> {
        match self.entries.iter_mut().find(|(k, _)| *k == key) {
            Some((_, slot)) => Some(std::mem::replace(slot, value)),
            None => {
                self.entries.push((key, value));
                None
            }
        }
    }

    /// The value at `key`.
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.entries.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    /// The value at `key`, to change in place.
    pub fn get_mut(&mut self, key: &str) -> Option<&mut Value> {
        self.entries
            .iter_mut()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v)
    }

    /// Removes `key`, returning its value; later entries keep their order.
    pub fn remove(&mut self, key: &str) -> Option<Value> {
        let i = self.entries.iter().position(|(k, _)| k == key)?;
        Some(self.entries.remove(i).1)
    }

    /// Whether `key` is set.
    pub fn contains_key(&self, key: &str) -> bool {
        self.entries.iter().any(|(k, _)| k == key)
    }

    /// Keys in insertion order.
    pub fn keys(&self) -> impl ExactSizeIterator<Item = &str> {
        self.entries.iter().map(|(k, _)| &**k)
    }

    /// Entries in insertion order.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = (&str, &Value)> {
        self.entries.iter().map(|(k, v)| (&**k, v))
    }

    /// Entries in insertion order, with their keys as stored (cloning a borrowed key copies
    /// no text).
    pub fn entries(&self) -> &[(Cow<'static, str>, Value)] {
        &self.entries
    }

    /// Values in insertion order.
    pub fn values(&self) -> impl ExactSizeIterator<Item = &Value> {
        self.entries.iter().map(|(_, v)| v)
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when there are no entries.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

/// Collects in linear time; a repeated key keeps its first position and its last value, as
/// [`Map::insert`] does.
impl<K: Into<String>, V: Into<Value>> FromIterator<(K, V)> for Map {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(iter: I) -> Self {
        let mut entries: Vec<Entry> = Vec::new();
        let mut index: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
        for (k, v) in iter {
            let (k, v) = (k.into(), v.into());
            match index.get(&k) {
                Some(&i) => entries[i].1 = v,
                None => {
                    index.insert(k.clone(), entries.len());
                    entries.push((Cow::Owned(k), v));
                }
            }
        }
        Map { entries }
    }
}

/// A map entry with its key as stored.
type Entry = (Cow<'static, str>, Value);

impl IntoIterator for Map {
    type Item = (String, Value);
    type IntoIter = std::iter::Map<std::vec::IntoIter<Entry>, fn(Entry) -> (String, Value)>;
    fn into_iter(self) -> Self::IntoIter {
        self.entries.into_iter().map(|(k, v)| (k.into_owned(), v))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn map_keeps_insertion_order_and_replaces_in_place() {
        let mut m = Map::new();
        m.insert("b", 1);
        m.insert("a", 2);
        assert_eq!(m.insert("b", 3), Some(Value::Int(1)));
        let keys: Vec<_> = m.iter().map(|(k, _)| k).collect();
        assert_eq!(keys, ["b", "a"]);
        assert_eq!(m.get("b"), Some(&Value::Int(3)));
        assert_eq!(m.get("c"), None);
        if let Some(v) = m.get_mut("a") {
            *v = Value::Int(9);
        }
        assert_eq!(m.get("a"), Some(&Value::Int(9)));
    }

    #[test]
    fn collecting_keeps_first_position_and_last_value() {
        let m: Map = [("a", 1), ("b", 2), ("a", 3)].into_iter().collect();
        let entries: Vec<_> = m.iter().map(|(k, v)| (k.to_owned(), v.clone())).collect();
        assert_eq!(
            entries,
            [
                ("a".to_owned(), Value::Int(3)),
                ("b".to_owned(), Value::Int(2))
            ]
        );
    }

    #[test]
    fn visits_nested_functions() {
        let inner = Function::GetInput("name".into());
        let outer = Function::Base64Encode(Value::from(inner.clone()));
        let v = Value::List(vec![Value::from("x"), Value::from(outer)]);
        let mut names = Vec::new();
        v.visit_functions(&mut |f| names.push(f.name()));
        assert_eq!(names, ["base64_encode", "get_input"]);
        assert!(v.has_function());
        assert!(!Value::from("plain").has_function());
    }
}
