//! serde support: template values serialize in their template form, and [`to_value`] turns
//! anything serializable into a template [`Value`].

use std::fmt;

use serde_core::ser::{
    self, Impossible, Serialize, SerializeMap, SerializeSeq, SerializeStruct,
    SerializeStructVariant, SerializeTuple, SerializeTupleStruct, SerializeTupleVariant,
    Serializer,
};

use super::Mark;
use super::function::Function;
use super::typed::Val;
use super::value::{Map, Value};

/// Serializes the value in its template form, as it is written in a template: a function as
/// its single-key map (`{get_input: name}`), a marked value as the value it holds, a map with
/// its keys in insertion order, `Null` as a unit (`null`).
impl Serialize for Value {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Value::Null => serializer.serialize_unit(),
            Value::Bool(b) => serializer.serialize_bool(*b),
            Value::Int(i) => serializer.serialize_i64(*i),
            Value::Float(f) => serializer.serialize_f64(*f),
            Value::String(s) => serializer.serialize_str(s),
            Value::List(items) => serializer.collect_seq(items),
            Value::Map(map) => map.serialize(serializer),
            Value::Function(f) => f.serialize(serializer),
            Value::Marked(inner, _) => inner.serialize(serializer),
        }
    }
}

/// Serializes as a map, keys in insertion order.
impl Serialize for Map {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.iter())
    }
}

/// Serializes as the function's template form, a single-key map `{<name>: <argument>}` (see
/// [`Function::to_template`]).
impl Serialize for Function {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let (name, arg) = self.to_template();
        let mut map = serializer.serialize_map(Some(1))?;
        map.serialize_entry(name, &arg)?;
        map.end()
    }
}

/// Serializes the untyped value ([`Val::raw`]) in its template form; the type is not written.
impl<T: ?Sized> Serialize for Val<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.raw().serialize(serializer)
    }
}

impl<T: ?Sized> Serialize for super::Attr<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.raw().serialize(serializer)
    }
}

/// Converts anything serde can serialize into a template [`Value`].
///
/// This is how rfs takes in data from outside the typed API: a struct deriving `Serialize`, a
/// `serde_json::Value` read from a file, a `BTreeMap` or `Vec`, or a [`Val`] from an input all
/// become a value that can fill a property of type `Any` or `Map`, or go into a function.
///
/// - `bool` becomes [`Value::Bool`]; integers become [`Value::Int`] (an unsigned or 128-bit
///   integer beyond `i64` becomes the nearest [`Value::Float`]); `f32` and `f64` become
///   [`Value::Float`]; `char` and strings become [`Value::String`]; bytes become a list of
///   integers.
/// - `None`, `()` and unit structs become [`Value::Null`]; `Some(x)` and newtype structs become
///   what they hold; a unit enum variant becomes its name as a string.
/// - Sequences, tuples and tuple structs become [`Value::List`]; maps and structs become
///   [`Value::Map`], in the order serde gives the entries (struct fields in declaration order;
///   a repeated key keeps its first position and its last value). An enum variant with data
///   becomes a single-key map `{variant: data}`.
/// - Map keys are strings as they are; booleans, numbers and characters as their text (`1`,
///   `true`); a unit enum variant as its name; anything else (a list, a map, …) as the text
///   `<unsupported key>`.
///
/// - Lists and maps nested deeper than a template may nest
///   ([`rfs_facts::language::MAX_VALUE_DEPTH`] levels) are cut one level further down: synth
///   reports the value as too deep, and a value nested in a loop cannot overflow the stack.
///
/// A map (or struct) with a single entry whose key is a built-in function name and whose
/// value is that function's argument in template form becomes that function, exactly as it
/// would be read in a template: `{"get_input": "image"}` becomes
/// [`Function::GetInput`]. A single-key map whose value does not fit the function
/// (`{"get_input": 5}`) stays a map.
///
/// Therefore converting a [`Value`] or a [`Val`] gives back an equal value, with two
/// exceptions: a [`Value::Marked`] value loses its mark (it becomes the value it holds), and a
/// [`Value::Map`] built by hand in the form of a function call becomes that function.
///
/// The conversion never fails and never panics. If the value's own `Serialize` implementation
/// reports an error (`serde_core::ser::Error::custom`), the result is the text
/// `<not serializable: {message}>` as a [`Value::String`]; that text and the value under an
/// `<unsupported key>` are marked ([`Mark::Unrepresentable`]), so synth reports them as errors
/// (rule `value-type`) instead of stopping the program or writing them silently.
///
/// ```
/// use std::collections::BTreeMap;
/// use rfs_types::core::{to_value, Function, Value};
///
/// let tags = BTreeMap::from([("env", "prod"), ("team", "web")]);
/// let Value::Map(map) = &to_value(&tags) else { panic!() };
/// assert_eq!(map.get("env"), Some(&Value::from("prod")));
///
/// let call = BTreeMap::from([("get_input", "image")]);
/// assert_eq!(to_value(&call), Value::from(Function::GetInput("image".into())));
/// ```
pub fn to_value<S: Serialize + ?Sized>(value: &S) -> Value {
    let outer = DEPTH.replace(0);
    let converted = value.serialize(ValueSerializer).unwrap_or_else(|e| {
        Value::String(format!("<not serializable: {e}>")).marked(Mark::Unrepresentable)
    });
    DEPTH.set(outer);
    converted
}

/// What went wrong while converting; only ever seen by [`to_value`], which turns it into text.
#[derive(Debug)]
enum Error {
    /// Reported by the value's own `Serialize` implementation.
    Custom(String),
    /// A map key that is not a string, number, boolean, character or unit variant; caught by
    /// the map and written as `<unsupported key>`.
    UnsupportedKey,
    /// A map's value was given before its key.
    ValueWithoutKey,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Custom(msg) => f.write_str(msg),
            Error::UnsupportedKey => f.write_str("unsupported map key"),
            Error::ValueWithoutKey => f.write_str("map value serialized before its key"),
        }
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Error::Custom(msg.to_string())
    }
}

/// The text a map key that cannot be written as text becomes.
const UNSUPPORTED_KEY: &str = "<unsupported key>";

/// A finished map: the function it spells, if it is one, or else the map.
fn finish_map(map: Map) -> Value {
    if map.len() == 1
        && let Some((name, arg)) = map.iter().next()
        && let Some(f) = Function::from_template(name, arg)
    {
        return Value::from(f);
    }
    Value::Map(map)
}

/// An integer that may not fit `i64`.
fn wide_int<I: TryInto<i64> + Copy>(v: I, as_float: impl Fn(I) -> f64) -> Value {
    match v.try_into() {
        Ok(i) => Value::Int(i),
        Err(_) => Value::Float(as_float(v)),
    }
}

/// The serializer behind [`to_value`].
struct ValueSerializer;

impl Serializer for ValueSerializer {
    type Ok = Value;
    type Error = Error;
    type SerializeSeq = SeqSerializer;
    type SerializeTuple = SeqSerializer;
    type SerializeTupleStruct = SeqSerializer;
    type SerializeTupleVariant = VariantSerializer<SeqSerializer>;
    type SerializeMap = MapSerializer;
    type SerializeStruct = MapSerializer;
    type SerializeStructVariant = VariantSerializer<MapSerializer>;

    fn serialize_bool(self, v: bool) -> Result<Value, Error> {
        Ok(Value::Bool(v))
    }
    fn serialize_i8(self, v: i8) -> Result<Value, Error> {
        Ok(Value::Int(v.into()))
    }
    fn serialize_i16(self, v: i16) -> Result<Value, Error> {
        Ok(Value::Int(v.into()))
    }
    fn serialize_i32(self, v: i32) -> Result<Value, Error> {
        Ok(Value::Int(v.into()))
    }
    fn serialize_i64(self, v: i64) -> Result<Value, Error> {
        Ok(Value::Int(v))
    }
    fn serialize_i128(self, v: i128) -> Result<Value, Error> {
        Ok(wide_int(v, |v| v as f64))
    }
    fn serialize_u8(self, v: u8) -> Result<Value, Error> {
        Ok(Value::Int(v.into()))
    }
    fn serialize_u16(self, v: u16) -> Result<Value, Error> {
        Ok(Value::Int(v.into()))
    }
    fn serialize_u32(self, v: u32) -> Result<Value, Error> {
        Ok(Value::Int(v.into()))
    }
    fn serialize_u64(self, v: u64) -> Result<Value, Error> {
        Ok(wide_int(v, |v| v as f64))
    }
    fn serialize_u128(self, v: u128) -> Result<Value, Error> {
        Ok(wide_int(v, |v| v as f64))
    }
    fn serialize_f32(self, v: f32) -> Result<Value, Error> {
        // Through its shortest text, so that `0.1_f32` becomes `0.1` and not `0.100000001…`.
        Ok(Value::Float(v.to_string().parse().unwrap_or(f64::from(v))))
    }
    fn serialize_f64(self, v: f64) -> Result<Value, Error> {
        Ok(Value::Float(v))
    }
    fn serialize_char(self, v: char) -> Result<Value, Error> {
        Ok(Value::String(v.to_string()))
    }
    fn serialize_str(self, v: &str) -> Result<Value, Error> {
        Ok(in_text::resolve(v))
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<Value, Error> {
        Ok(Value::List(
            v.iter().map(|b| Value::Int((*b).into())).collect(),
        ))
    }
    fn serialize_none(self) -> Result<Value, Error> {
        Ok(Value::Null)
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<Value, Error> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<Value, Error> {
        Ok(Value::Null)
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<Value, Error> {
        Ok(Value::Null)
    }
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<Value, Error> {
        Ok(Value::from(variant))
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<Value, Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<Value, Error> {
        let mut map = Map::new();
        map.insert(variant, nested(value)?);
        Ok(finish_map(map))
    }
    fn serialize_seq(self, len: Option<usize>) -> Result<SeqSerializer, Error> {
        Ok(SeqSerializer::with_capacity(len.unwrap_or(0)))
    }
    fn serialize_tuple(self, len: usize) -> Result<SeqSerializer, Error> {
        Ok(SeqSerializer::with_capacity(len))
    }
    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        len: usize,
    ) -> Result<SeqSerializer, Error> {
        Ok(SeqSerializer::with_capacity(len))
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<VariantSerializer<SeqSerializer>, Error> {
        Ok(VariantSerializer {
            variant,
            inner: SeqSerializer::with_capacity(len),
        })
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<MapSerializer, Error> {
        Ok(MapSerializer::default())
    }
    fn serialize_struct(self, _name: &'static str, _len: usize) -> Result<MapSerializer, Error> {
        Ok(MapSerializer::default())
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<VariantSerializer<MapSerializer>, Error> {
        Ok(VariantSerializer {
            variant,
            inner: MapSerializer::default(),
        })
    }
}

std::thread_local! {
    /// How many lists and maps enclose the value being converted.
    static DEPTH: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// A value inside a list or map. Past [`MAX_VALUE_DEPTH`] + 1 levels the rest is cut (left
/// null): the value is then deeper than any template may nest, which synth reports, and a
/// value nested in a loop cannot overflow the stack.
///
/// [`MAX_VALUE_DEPTH`]: rfs_facts::language::MAX_VALUE_DEPTH
fn nested<T: Serialize + ?Sized>(value: &T) -> Result<Value, Error> {
    let depth = DEPTH.get();
    if depth > rfs_facts::language::MAX_VALUE_DEPTH {
        return Ok(Value::Null);
    }
    DEPTH.set(depth + 1);
    let result = value.serialize(ValueSerializer);
    DEPTH.set(depth);
    result
}

/// Collects a sequence, tuple or tuple struct into a list.
struct SeqSerializer {
    items: Vec<Value>,
}

impl SeqSerializer {
    fn with_capacity(len: usize) -> Self {
        // Capped: the length comes from the value's own implementation.
        Self {
            items: Vec::with_capacity(len.min(1024)),
        }
    }

    fn push<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.items.push(nested(value)?);
        Ok(())
    }
}

impl SerializeSeq for SeqSerializer {
    type Ok = Value;
    type Error = Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.push(value)
    }
    fn end(self) -> Result<Value, Error> {
        Ok(Value::List(self.items))
    }
}

impl SerializeTuple for SeqSerializer {
    type Ok = Value;
    type Error = Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.push(value)
    }
    fn end(self) -> Result<Value, Error> {
        Ok(Value::List(self.items))
    }
}

impl SerializeTupleStruct for SeqSerializer {
    type Ok = Value;
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.push(value)
    }
    fn end(self) -> Result<Value, Error> {
        Ok(Value::List(self.items))
    }
}

/// Collects a map or struct into a map.
#[derive(Default)]
struct MapSerializer {
    map: Map,
    key: Option<String>,
}

impl MapSerializer {
    fn field<T: Serialize + ?Sized>(&mut self, key: String, value: &T) -> Result<(), Error> {
        self.map.insert(key, nested(value)?);
        Ok(())
    }
}

impl SerializeMap for MapSerializer {
    type Ok = Value;
    type Error = Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Error> {
        self.key = Some(match key.serialize(KeySerializer) {
            Ok(key) => key,
            Err(Error::UnsupportedKey) => UNSUPPORTED_KEY.to_owned(),
            Err(e) => return Err(e),
        });
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        let key = self.key.take().ok_or(Error::ValueWithoutKey)?;
        if key == UNSUPPORTED_KEY {
            // Marked, so that synth reports the key instead of writing it silently.
            let v = nested(value)?.marked(Mark::Unrepresentable);
            self.map.insert(key, v);
            return Ok(());
        }
        self.field(key, value)
    }
    fn end(self) -> Result<Value, Error> {
        Ok(finish_map(self.map))
    }
}

impl SerializeStruct for MapSerializer {
    type Ok = Value;
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.field(key.to_owned(), value)
    }
    fn end(self) -> Result<Value, Error> {
        Ok(finish_map(self.map))
    }
}

/// Collects the data of an enum variant, then wraps it as `{variant: data}`.
struct VariantSerializer<I> {
    variant: &'static str,
    inner: I,
}

impl<I> VariantSerializer<I> {
    fn wrap(variant: &'static str, data: Value) -> Value {
        let mut map = Map::new();
        map.insert(variant, data);
        finish_map(map)
    }
}

impl SerializeTupleVariant for VariantSerializer<SeqSerializer> {
    type Ok = Value;
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.inner.push(value)
    }
    fn end(self) -> Result<Value, Error> {
        Ok(Self::wrap(self.variant, Value::List(self.inner.items)))
    }
}

impl SerializeStructVariant for VariantSerializer<MapSerializer> {
    type Ok = Value;
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.inner.field(key.to_owned(), value)
    }
    fn end(self) -> Result<Value, Error> {
        let data = finish_map(self.inner.map);
        Ok(Self::wrap(self.variant, data))
    }
}

/// Writes a map key as text; fails with [`Error::UnsupportedKey`] for keys that have none.
struct KeySerializer;

impl KeySerializer {
    fn text(v: impl fmt::Display) -> Result<String, Error> {
        Ok(v.to_string())
    }
}

impl Serializer for KeySerializer {
    type Ok = String;
    type Error = Error;
    type SerializeSeq = Impossible<String, Error>;
    type SerializeTuple = Impossible<String, Error>;
    type SerializeTupleStruct = Impossible<String, Error>;
    type SerializeTupleVariant = Impossible<String, Error>;
    type SerializeMap = Impossible<String, Error>;
    type SerializeStruct = Impossible<String, Error>;
    type SerializeStructVariant = Impossible<String, Error>;

    fn serialize_bool(self, v: bool) -> Result<String, Error> {
        Self::text(v)
    }
    fn serialize_i8(self, v: i8) -> Result<String, Error> {
        Self::text(v)
    }
    fn serialize_i16(self, v: i16) -> Result<String, Error> {
        Self::text(v)
    }
    fn serialize_i32(self, v: i32) -> Result<String, Error> {
        Self::text(v)
    }
    fn serialize_i64(self, v: i64) -> Result<String, Error> {
        Self::text(v)
    }
    fn serialize_i128(self, v: i128) -> Result<String, Error> {
        Self::text(v)
    }
    fn serialize_u8(self, v: u8) -> Result<String, Error> {
        Self::text(v)
    }
    fn serialize_u16(self, v: u16) -> Result<String, Error> {
        Self::text(v)
    }
    fn serialize_u32(self, v: u32) -> Result<String, Error> {
        Self::text(v)
    }
    fn serialize_u64(self, v: u64) -> Result<String, Error> {
        Self::text(v)
    }
    fn serialize_u128(self, v: u128) -> Result<String, Error> {
        Self::text(v)
    }
    fn serialize_f32(self, v: f32) -> Result<String, Error> {
        Self::text(v)
    }
    fn serialize_f64(self, v: f64) -> Result<String, Error> {
        Self::text(v)
    }
    fn serialize_char(self, v: char) -> Result<String, Error> {
        Self::text(v)
    }
    fn serialize_str(self, v: &str) -> Result<String, Error> {
        Ok(v.to_owned())
    }
    fn serialize_bytes(self, _v: &[u8]) -> Result<String, Error> {
        Err(Error::UnsupportedKey)
    }
    fn serialize_none(self) -> Result<String, Error> {
        Err(Error::UnsupportedKey)
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<String, Error> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<String, Error> {
        Err(Error::UnsupportedKey)
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<String, Error> {
        Err(Error::UnsupportedKey)
    }
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<String, Error> {
        Ok(variant.to_owned())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<String, Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _value: &T,
    ) -> Result<String, Error> {
        Err(Error::UnsupportedKey)
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<Self::SerializeSeq, Error> {
        Err(Error::UnsupportedKey)
    }
    fn serialize_tuple(self, _len: usize) -> Result<Self::SerializeTuple, Error> {
        Err(Error::UnsupportedKey)
    }
    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleStruct, Error> {
        Err(Error::UnsupportedKey)
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleVariant, Error> {
        Err(Error::UnsupportedKey)
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Self::SerializeMap, Error> {
        Err(Error::UnsupportedKey)
    }
    fn serialize_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStruct, Error> {
        Err(Error::UnsupportedKey)
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStructVariant, Error> {
        Err(Error::UnsupportedKey)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn stand_ins_become_their_values_and_forged_ones_stay_text() {
        use super::super::{Function, Val};
        let input: Val<String> = Val::typed(Value::from(Function::GetInput("elb".into())));
        let whole = to_value(&input.in_text());
        assert_eq!(whole.unmarked(), input.raw());
        assert!(matches!(whole, Value::Marked(_, Mark::InText)), "{whole:?}");
        let inside = to_value(&format!("id={}/x", input.in_text()));
        assert_eq!(
            inside.unmarked(),
            &Value::from(Function::Concat(vec![
                Value::from("id="),
                input.raw().clone(),
                Value::from("/x"),
            ]))
        );
        // Text that only looks like a stand-in (another nonce, an unknown index, no end).
        for forged in [
            "\u{FFF9}rfs:0000000000000000:0\u{FFFB}",
            &input.in_text().replace(":", ";"),
            "\u{FFF9}rfs:",
        ] {
            assert_eq!(to_value(&forged), Value::from(forged), "{forged:?}");
        }
    }

    use std::collections::BTreeMap;

    use super::*;
    use crate::core::Mark;

    fn map<const N: usize>(entries: [(&str, Value); N]) -> Value {
        Value::Map(entries.into_iter().collect())
    }

    fn input(name: &str) -> Value {
        Value::from(Function::GetInput(name.into()))
    }

    #[test]
    fn values_round_trip() {
        let attribute = Value::from(Function::GetAttribute {
            node: "vm".into(),
            path: vec!["addresses".into(), "ip".into()],
        });
        let v = map([
            ("name", Value::from("web")),
            ("count", Value::Int(-3)),
            ("ratio", Value::Float(0.5)),
            ("on", Value::Bool(true)),
            ("none", Value::Null),
            ("image", input("image")),
            (
                "nested",
                map([
                    ("ips", Value::List(vec![Value::from("a"), attribute])),
                    ("empty", Value::Map(Map::new())),
                    ("list", Value::List(vec![])),
                ]),
            ),
            (
                "cond",
                Value::from(Function::CondIf(
                    Value::from("c"),
                    Value::from(Function::Concat(vec![Value::from("a"), input("x")])),
                    Value::Null,
                )),
            ),
        ]);
        assert_eq!(to_value(&v), v);
    }

    #[test]
    fn map_keeps_insertion_order() {
        let v = map([("b", Value::Int(1)), ("a", Value::Int(2))]);
        let Value::Map(ref m) = to_value(&v) else {
            panic!("not a map")
        };
        assert_eq!(m.keys().collect::<Vec<_>>(), ["b", "a"]);
    }

    #[test]
    fn typed_values_and_functions_round_trip() {
        let val = Val::<String>::typed(input("name"));
        assert_eq!(to_value(&val), input("name"));
        let f = Function::Replace(
            Value::from("hello $who"),
            [("who", input("who"))].into_iter().collect(),
        );
        assert_eq!(to_value(&f), Value::from(f));
    }

    #[test]
    fn marked_values_lose_their_mark() {
        let v = Value::from("x").marked(Mark::FromRawUnchecked);
        assert_eq!(to_value(&v), Value::from("x"));
    }

    #[test]
    fn scalars() {
        assert_eq!(to_value(&5_i32), Value::Int(5));
        assert_eq!(to_value(&-5_i8), Value::Int(-5));
        assert_eq!(to_value(&7_u64), Value::Int(7));
        assert_eq!(to_value(&u64::MAX), Value::Float(u64::MAX as f64));
        assert_eq!(to_value(&i128::MIN), Value::Float(i128::MIN as f64));
        assert_eq!(to_value(&1.5_f64), Value::Float(1.5));
        assert_eq!(to_value(&0.1_f32), Value::Float(0.1));
        assert_eq!(to_value(&true), Value::Bool(true));
        assert_eq!(to_value(&'c'), Value::from("c"));
        assert_eq!(to_value("text"), Value::from("text"));
        assert_eq!(to_value(&()), Value::Null);
        assert_eq!(to_value(&Option::<i32>::None), Value::Null);
        assert_eq!(to_value(&Some(3)), Value::Int(3));
    }

    #[test]
    fn collections() {
        assert_eq!(to_value(&vec![1, 2]), Value::from(vec![1, 2]));
        assert_eq!(
            to_value(&(1, "a")),
            Value::List(vec![Value::Int(1), Value::from("a")])
        );
        let keys = BTreeMap::from([(1, "one"), (2, "two")]);
        assert_eq!(
            to_value(&keys),
            map([("1", Value::from("one")), ("2", Value::from("two"))])
        );
        let flags = BTreeMap::from([(true, 1)]);
        assert_eq!(to_value(&flags), map([("true", Value::Int(1))]));
        let lists = BTreeMap::from([(vec![1], 1)]);
        assert_eq!(
            to_value(&lists),
            map([(UNSUPPORTED_KEY, Value::Int(1).marked(Mark::Unrepresentable))])
        );
    }

    #[test]
    fn function_maps_are_recognised_only_with_a_fitting_argument() {
        let call = BTreeMap::from([("get_input", "image")]);
        assert_eq!(to_value(&call), input("image"));
        let bad = BTreeMap::from([("get_input", 5)]);
        assert_eq!(to_value(&bad), map([("get_input", Value::Int(5))]));
        let two = BTreeMap::from([("get_input", "a"), ("x", "b")]);
        assert_eq!(
            to_value(&two),
            map([("get_input", Value::from("a")), ("x", Value::from("b"))])
        );
        // Converted bottom-up: the inner map is a function by the time the outer one is built.
        let nested = BTreeMap::from([("base64_encode", BTreeMap::from([("get_input", "x")]))]);
        assert_eq!(
            to_value(&nested),
            Value::from(Function::Base64Encode(input("x")))
        );
    }

    /// A struct and an enum serialized as `#[derive(Serialize)]` would.
    struct Server {
        name: &'static str,
        size: Size,
        disks: Vec<Disk>,
        raw: &'static [u8],
    }

    #[derive(PartialEq, Eq, PartialOrd, Ord)]
    enum Size {
        Small,
    }

    enum Disk {
        Ssd(u32),
        Pair(u32, u32),
        Named { name: &'static str },
    }

    struct Bytes(&'static [u8]);

    impl Serialize for Bytes {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            s.serialize_bytes(self.0)
        }
    }

    impl Serialize for Size {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            match self {
                Size::Small => s.serialize_unit_variant("Size", 0, "small"),
            }
        }
    }

    impl Serialize for Disk {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            match self {
                Disk::Ssd(gb) => s.serialize_newtype_variant("Disk", 0, "ssd", gb),
                Disk::Pair(a, b) => {
                    let mut t = s.serialize_tuple_variant("Disk", 1, "pair", 2)?;
                    t.serialize_field(a)?;
                    t.serialize_field(b)?;
                    t.end()
                }
                Disk::Named { name } => {
                    let mut t = s.serialize_struct_variant("Disk", 2, "named", 1)?;
                    t.serialize_field("name", name)?;
                    t.end()
                }
            }
        }
    }

    impl Serialize for Server {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let mut st = s.serialize_struct("Server", 5)?;
            st.serialize_field("name", self.name)?;
            st.serialize_field("size", &self.size)?;
            st.skip_field("hidden")?;
            st.serialize_field("disks", &self.disks)?;
            st.serialize_field("raw", &Bytes(self.raw))?;
            st.end()
        }
    }

    #[test]
    fn structs_and_enums() {
        let server = Server {
            name: "web",
            size: Size::Small,
            disks: vec![
                Disk::Ssd(40),
                Disk::Pair(1, 2),
                Disk::Named { name: "data" },
            ],
            raw: &[1, 255],
        };
        let expected = map([
            ("name", Value::from("web")),
            ("size", Value::from("small")),
            (
                "disks",
                Value::List(vec![
                    map([("ssd", Value::Int(40))]),
                    map([("pair", Value::from(vec![1, 2]))]),
                    map([("named", map([("name", Value::from("data"))]))]),
                ]),
            ),
            ("raw", Value::from(vec![1, 255])),
        ]);
        assert_eq!(to_value(&server), expected);
        assert_eq!(
            to_value(&BTreeMap::from([(Size::Small, 1)])),
            map([("small", Value::Int(1))])
        );
    }

    struct Failing;

    impl Serialize for Failing {
        fn serialize<S: Serializer>(&self, _: S) -> Result<S::Ok, S::Error> {
            Err(ser::Error::custom("no way"))
        }
    }

    #[test]
    fn errors_become_text() {
        assert_eq!(
            to_value(&vec![Failing]),
            Value::from("<not serializable: no way>").marked(Mark::Unrepresentable)
        );
    }
}

/// Typed values inside the text of serde values ([`Val::in_text`]).
pub(crate) mod in_text {
    use std::sync::{Mutex, OnceLock};

    use super::super::Mark;
    use super::super::function::Function;
    use super::super::value::Value;

    /// Brackets of a stand-in (Unicode's interlinear annotation marks, which text does not use).
    const OPEN: char = '\u{FFF9}';
    const CLOSE: char = '\u{FFFB}';

    /// The values stood in for, and this process's nonce: a stand-in made elsewhere, or text
    /// that only looks like one, is left as text.
    fn table() -> &'static (u64, Mutex<Vec<Value>>) {
        static TABLE: OnceLock<(u64, Mutex<Vec<Value>>)> = OnceLock::new();
        TABLE.get_or_init(|| {
            use std::hash::{BuildHasher, Hasher};
            let nonce = std::collections::hash_map::RandomState::new()
                .build_hasher()
                .finish();
            (nonce, Mutex::new(Vec::new()))
        })
    }

    /// A stand-in text for `value`.
    pub(crate) fn stand_in(value: &Value) -> String {
        let (nonce, values) = table();
        let mut values = values.lock().unwrap_or_else(|e| e.into_inner());
        values.push(value.clone());
        format!("{OPEN}rfs:{nonce:016x}:{}{CLOSE}", values.len() - 1)
    }

    /// The value of one stand-in's inside (`rfs:<nonce>:<index>`), if this process made it.
    fn lookup(inside: &str) -> Option<Value> {
        let (nonce, values) = table();
        let rest = inside.strip_prefix("rfs:")?;
        let (n, i) = rest.split_once(':')?;
        if u64::from_str_radix(n, 16).ok()? != *nonce {
            return None;
        }
        let i: usize = i.parse().ok()?;
        let values = values.lock().unwrap_or_else(|e| e.into_inner());
        values.get(i).cloned()
    }

    /// The text `v` as a template value: the value itself where `v` is one stand-in, a
    /// `concat` of text and values where stand-ins are inside longer text, else the text.
    pub(crate) fn resolve(v: &str) -> Value {
        if !v.contains(OPEN) {
            return Value::from(v);
        }
        let mut parts: Vec<Value> = Vec::new();
        let mut text = String::new();
        let mut rest = v;
        while let Some(start) = rest.find(OPEN) {
            let after = &rest[start + OPEN.len_utf8()..];
            let found = after
                .find(CLOSE)
                .and_then(|end| Some((end, lookup(&after[..end])?)));
            match found {
                Some((end, value)) => {
                    text.push_str(&rest[..start]);
                    if !text.is_empty() {
                        parts.push(Value::from(std::mem::take(&mut text)));
                    }
                    parts.push(value);
                    rest = &after[end + CLOSE.len_utf8()..];
                }
                None => {
                    text.push_str(&rest[..start + OPEN.len_utf8()]);
                    rest = after;
                }
            }
        }
        text.push_str(rest);
        if !text.is_empty() {
            parts.push(Value::from(text));
        }
        match parts.len() {
            0 => Value::from(""),
            1 if !matches!(parts[0], Value::String(_)) => {
                parts.pop().unwrap_or(Value::Null).marked(Mark::InText)
            }
            1 => parts.pop().unwrap_or(Value::Null),
            _ if parts.iter().all(|p| matches!(p, Value::String(_))) => Value::from(v),
            _ => Value::from(Function::Concat(parts)).marked(Mark::InText),
        }
    }
}
