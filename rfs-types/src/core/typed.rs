//! Typed values: [`Val<T>`] and the [`IntoValue`] conversions that decide what may fill a
//! property of type `T`.

use std::collections::BTreeMap;
use std::fmt;
use std::marker::PhantomData;

use super::function::{Function, NodeName};
use super::value::{Map, Value};
use rfs_facts::spec::TypeInfo;
use rfs_facts::tree::Mark;

/// A template value known to be of type `T`.
///
/// `T` is a marker: `String`, `i64`, `f64`, `bool`, [`Map`], [`Any`], `Vec<U>`, a generated
/// enumeration or data structure, or a generated resource type such as `vpc::VpcId`. The
/// value itself may be a literal or a function (`get_input`, `get_attribute`, …) whose result
/// has that type. Generated builders only accept a `Val<T>` of the property's type, so a subnet
/// id cannot fill a VPC id, and a plain string cannot fill an enumeration.
pub struct Val<T: ?Sized> {
    raw: Value,
    marker: PhantomData<fn() -> T>,
}

impl<T: ?Sized> Clone for Val<T> {
    fn clone(&self) -> Self {
        Self {
            raw: self.raw.clone(),
            marker: PhantomData,
        }
    }
}

impl<T: ?Sized> fmt::Debug for Val<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Val").field(&self.raw).finish()
    }
}

impl<T: ?Sized> PartialEq for Val<T> {
    fn eq(&self, other: &Self) -> bool {
        self.raw == other.raw
    }
}

impl<T: ?Sized> Val<T> {
    /// Declares that `raw` has type `T`, without any check.
    ///
    /// The last-resort escape hatch: use it only when the specs are wrong or incomplete, and say
    /// why next to the call. Synth lists every use (rule `escape-hatch`) and reports a problem
    /// in the value as a warning instead of an error.
    pub fn from_raw_unchecked(raw: impl Into<Value>) -> Self {
        Self::typed(raw.into().marked(Mark::FromRawUnchecked))
    }

    /// Reinterprets the value as another type, without any check (see
    /// [`Val::from_raw_unchecked`]; listed at synth as well).
    pub fn cast_unchecked<U: ?Sized>(self) -> Val<U> {
        Val::typed(self.raw.marked(Mark::CastUnchecked))
    }

    /// An id or name as plain text, for properties the reference types as `string` although
    /// they hold an id. Listed at synth (rule `escape-hatch`).
    pub fn as_string(self) -> Val<String>
    where
        T: super::ResourceType,
    {
        Val::typed(self.raw.marked(Mark::AsString))
    }

    /// Forgets the type: any value fits a property of type [`Any`].
    pub fn into_any(self) -> Val<Any> {
        self.retype()
    }

    /// A value of type `T`, as the typed API makes it (literals, references, functions).
    /// Not an escape hatch: only code that knows the type calls it. For `rfs-dsl`'s typed
    /// functions; not part of the public API.
    #[doc(hidden)]
    pub fn typed(raw: Value) -> Self {
        Self {
            raw,
            marker: PhantomData,
        }
    }

    /// A value made through the escape hatch `mark` (for generated code: `existing`,
    /// `unlisted`).
    #[doc(hidden)]
    pub fn marked(raw: Value, mark: Mark) -> Self {
        Self::typed(raw.marked(mark))
    }

    /// The same value as another type, for the documented conversions between types.
    pub(crate) fn retype<U: ?Sized>(self) -> Val<U> {
        Val::typed(self.raw)
    }

    /// The untyped value.
    pub fn raw(&self) -> &Value {
        &self.raw
    }

    /// A stand-in text for this value, to place it in a typed serde value whose field is text
    /// (a Kubernetes struct from `k8s-openapi`: an annotation, an environment variable). When
    /// that serde value is set on a property (or passed to `to_value`), a field that is the
    /// stand-in becomes this value again, and a longer text holding stand-ins becomes a
    /// `concat` of its pieces. The field's type is not checked, so synth lists each use
    /// (`info[escape-hatch]`). Stand-ins are only understood in the process that made them.
    ///
    /// ```
    /// use rfs_types::core::{Ref, Value, to_value};
    /// use rfs_types::ulb;
    ///
    /// let lb = Ref::<ulb::LoadBalancer>::new("web-lb");
    /// let annotation = format!("id={}", lb.id().in_text());
    /// let value = to_value(&annotation);
    /// assert!(matches!(value.unmarked(), Value::Function(_)), "{value:?}");
    /// ```
    pub fn in_text(&self) -> String {
        super::serde::in_text::stand_in(&self.raw)
    }

    /// The untyped value, by value.
    pub fn into_raw(self) -> Value {
        self.raw
    }

    /// `get_attribute: [node, path...]` with result type `T`. Generated attribute accessors
    /// call this; prefer them.
    pub fn attribute(node: &NodeName, path: &[&str]) -> Self {
        Self::typed(Value::from(Function::GetAttribute {
            node: node.clone(),
            path: path.iter().map(|s| (*s).to_owned()).collect(),
        }))
    }
}

/// The value of an element's attribute (`get_attribute`), typed `T`: what the accessors of
/// `Ref::attr` return. It fills a property of type `T` as a [`Val<T>`] does (and derefs to
/// one); it differs in one place, as the template language does: `concat` with an attribute
/// part is an output's value only, so `rfs_dsl::func::concat` with an `Attr` part does not
/// compile in a property.
pub struct Attr<T: ?Sized>(Val<T>);

impl<T: ?Sized> Attr<T> {
    /// `get_attribute: [node, path...]` with result type `T`. Generated attribute accessors
    /// call this; prefer them.
    pub fn new(node: &NodeName, path: &[&str]) -> Self {
        Attr(Val::attribute(node, path))
    }

    /// An attribute made through the escape hatch `mark` (`attr().unlisted(name)`).
    #[doc(hidden)]
    pub fn marked(node: &NodeName, path: &[&str], mark: Mark) -> Self {
        Attr(Val::marked(
            Val::<T>::attribute(node, path).into_raw(),
            mark,
        ))
    }

    /// The value as a plain [`Val<T>`] (it no longer counts as an attribute for `concat`'s
    /// compile-time check; synth and lint still report `concat` with `get_attribute` in a
    /// property).
    pub fn into_val(self) -> Val<T> {
        self.0
    }

    /// See [`Val::as_string`].
    pub fn as_string(self) -> Val<String>
    where
        T: super::ResourceType,
    {
        self.0.as_string()
    }

    /// See [`Val::cast_unchecked`].
    pub fn cast_unchecked<U: ?Sized>(self) -> Val<U> {
        self.0.cast_unchecked()
    }

    /// See [`Val::into_any`].
    pub fn into_any(self) -> Val<Any> {
        self.0.into_any()
    }

    /// The untyped value, by value.
    pub fn into_raw(self) -> Value {
        self.0.into_raw()
    }
}

impl<T: ?Sized> std::ops::Deref for Attr<T> {
    type Target = Val<T>;
    fn deref(&self) -> &Val<T> {
        &self.0
    }
}

impl<T: ?Sized> Clone for Attr<T> {
    fn clone(&self) -> Self {
        Attr(self.0.clone())
    }
}

impl<T: ?Sized> fmt::Debug for Attr<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Attr").field(self.0.raw()).finish()
    }
}

impl<T: ?Sized> PartialEq for Attr<T> {
    fn eq(&self, other: &Self) -> bool {
        self.0 == other.0
    }
}

impl<T: ?Sized> From<Attr<T>> for Val<T> {
    fn from(a: Attr<T>) -> Self {
        a.0
    }
}

impl<T: ?Sized> From<Attr<T>> for Value {
    fn from(a: Attr<T>) -> Self {
        a.0.into_raw()
    }
}

#[diagnostic::do_not_recommend]
impl<T: ?Sized> IntoValue<T> for Attr<T> {
    fn into_value(self) -> Val<T> {
        self.0
    }
}

#[diagnostic::do_not_recommend]
impl<T: ?Sized> IntoValue<T> for &Attr<T> {
    fn into_value(self) -> Val<T> {
        self.0.clone()
    }
}

impl<T: ?Sized> From<Val<T>> for Value {
    fn from(v: Val<T>) -> Self {
        v.raw
    }
}

/// Marker for properties and attributes of any type (`type: any` in the specs, nested stack
/// outputs). Anything converts to `Val<Any>`.
#[derive(Debug)]
pub enum Any {}

/// What may fill a property of type `T`.
///
/// Implemented for `Val<T>` itself, for literals of the right kind (`&str` for `String`, `i64`
/// for integers, a generated enum for its enumeration, a generated struct for its data
/// structure), and for the documented conversions between resource types. A value that does not
/// implement it for the property's type is a compile error.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be used as a `{T}` value",
    label = "expected a `{T}` value here",
    note = "a property of type `{T}` takes a `Val<{T}>` (from a reference, a typed input or a function of that type) or a literal that converts to it",
    note = "an enumeration takes one of its variants (or `<Enum>::unlisted(\"...\")` for a value its list lacks); an id takes a reference such as `vpc.id()`, a typed input, or `<IdType>::existing(\"...\")` for a resource that already exists",
    note = "an id or name where the property takes text: `.as_string()` passes it on (synth lists it); a list mixing literals and values: a tuple `(\"a\", value)`; a map mixing them: `rfs_dsl::json!({{...}})`; a data structure's builder: call `.build()`",
    note = "an input of another type: declare it `Input::<{T}>::new()`; to keep the template's `type: string` add `.declared_as_string()`, for no `type:` at all `.undeclared()`"
)]
pub trait IntoValue<T: ?Sized> {
    /// Converts into a typed value.
    fn into_value(self) -> Val<T>;
}

#[diagnostic::do_not_recommend]
impl<T: ?Sized> IntoValue<T> for Val<T> {
    fn into_value(self) -> Val<T> {
        self
    }
}

#[diagnostic::do_not_recommend]
impl<T: ?Sized> IntoValue<T> for &Val<T> {
    fn into_value(self) -> Val<T> {
        self.clone()
    }
}

macro_rules! literal {
    ($marker:ty: $($from:ty),+) => {$(
        // Not listed in errors: the `on_unimplemented` notes say what fits.
        #[diagnostic::do_not_recommend]
        impl IntoValue<$marker> for $from {
            fn into_value(self) -> Val<$marker> {
                Val::typed(Value::from(self))
            }
        }
    )+};
}

literal!(String: &str, String, &String);
literal!(i64: i64, i32, u32);
literal!(f64: f64, i64, i32, u32);
literal!(bool: bool);
literal!(Map: Map);
literal!(Any: Value, &str, String, &String, i64, i32, u32, f64, bool, Map);
literal!(Untyped: Value, &str, String, &String, i64, i32, u32, f64, bool, Map);

/// The `get_input` value of an input declared without a `type` (`Stack::untyped_input`), and
/// the marker of such an input (`Input<Untyped>`). The platform takes whatever is given, so it
/// fills a property of any type; nothing about it is checked until the stack is created.
#[derive(Clone, Debug, PartialEq)]
pub struct Untyped(Value);

impl Untyped {
    /// `get_input: name` of an untyped input.
    pub fn get_input(name: &str) -> Self {
        Untyped(Value::from(Function::GetInput(name.to_owned())))
    }

    /// The untyped value.
    pub fn into_raw(self) -> Value {
        self.0
    }
}

#[diagnostic::do_not_recommend]
impl<T: ?Sized> IntoValue<T> for Untyped {
    fn into_value(self) -> Val<T> {
        Val::typed(self.0)
    }
}

#[diagnostic::do_not_recommend]
impl<T: ?Sized> IntoValue<T> for &Untyped {
    fn into_value(self) -> Val<T> {
        Val::typed(self.0.clone())
    }
}

impl From<Untyped> for Value {
    fn from(v: Untyped) -> Self {
        v.0
    }
}

impl serde_core::Serialize for Untyped {
    fn serialize<S: serde_core::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(s)
    }
}

#[diagnostic::do_not_recommend]
impl IntoValue<Any> for Function {
    fn into_value(self) -> Val<Any> {
        Val::typed(self.into())
    }
}

#[diagnostic::do_not_recommend]
impl<T, U: IntoValue<T>> IntoValue<Vec<T>> for Vec<U> {
    fn into_value(self) -> Val<Vec<T>> {
        Val::typed(Value::List(
            self.into_iter()
                .map(|u| u.into_value().into_raw())
                .collect(),
        ))
    }
}

#[diagnostic::do_not_recommend]
impl<T, U: IntoValue<T>, const N: usize> IntoValue<Vec<T>> for [U; N] {
    fn into_value(self) -> Val<Vec<T>> {
        Vec::from(self).into_value()
    }
}

/// A list mixing literals and typed values is a tuple (up to 12 items):
/// `.dns_list(("100.125.1.250", &dns_input))`.
macro_rules! list_tuples {
    ($(($($p:ident),+)),+ $(,)?) => {$(
        #[diagnostic::do_not_recommend]
        impl<T, $($p: IntoValue<T>),+> IntoValue<Vec<T>> for ($($p,)+) {
            #[allow(non_snake_case)]
            fn into_value(self) -> Val<Vec<T>> {
                let ($($p,)+) = self;
                Val::typed(Value::List(vec![$($p.into_value().into_raw()),+]))
            }
        }
    )+};
}
/// Calls macro `$m` with the type parameters of tuples of 1 to 12 items: `$m!((A), (A, B), ...)`.
/// For rfs' own impls over tuples (lists here, `concat` parts in rfs-dsl).
#[doc(hidden)]
#[macro_export]
macro_rules! __for_tuples {
    ($m:ident) => {
        $m!(
            (A),
            (A, B),
            (A, B, C),
            (A, B, C, D),
            (A, B, C, D, E),
            (A, B, C, D, E, F),
            (A, B, C, D, E, F, G),
            (A, B, C, D, E, F, G, H),
            (A, B, C, D, E, F, G, H, I),
            (A, B, C, D, E, F, G, H, I, J),
            (A, B, C, D, E, F, G, H, I, J, K),
            (A, B, C, D, E, F, G, H, I, J, K, L),
        );
    };
}
crate::__for_tuples!(list_tuples);

#[diagnostic::do_not_recommend]
impl<K: Into<String>, V: Into<Value>> IntoValue<Map> for Vec<(K, V)> {
    fn into_value(self) -> Val<Map> {
        Val::typed(Value::Map(self.into_iter().collect::<Map>()))
    }
}

#[diagnostic::do_not_recommend]
impl<K: Into<String>, V: Into<Value>, const N: usize> IntoValue<Map> for [(K, V); N] {
    fn into_value(self) -> Val<Map> {
        Val::typed(Value::Map(self.into_iter().collect::<Map>()))
    }
}

#[diagnostic::do_not_recommend]
impl<K: Into<String>, V: Into<Value>> IntoValue<Map> for BTreeMap<K, V> {
    fn into_value(self) -> Val<Map> {
        Val::typed(Value::Map(self.into_iter().collect::<Map>()))
    }
}

/// A `(text, value)` pair, as serde writes a tuple.
fn is_pair(v: &Value) -> bool {
    matches!(v, Value::List(kv) if kv.len() == 2 && matches!(kv[0], Value::String(_)))
}

/// Builder state: a required property has been set.
#[derive(Debug)]
pub enum Set {}

/// Builder state: a required property has not been set yet.
#[derive(Debug)]
pub enum Unset {}

/// Builder state: a property the service API requires (the element page is silent) was left
/// out on purpose with `omit_<property>()`, for the platform to fill; synth reports it as a
/// warning (rule `api-required`).
#[derive(Debug)]
pub enum Omitted {}

/// The property values of one generated element or data structure, by position in the spec,
/// plus any properties set through the escape hatch.
#[derive(Clone, Debug)]
pub struct Fields<const N: usize> {
    values: [Option<Value>; N],
    unlisted: Vec<(String, Value)>,
    /// Where each listed property was last set.
    set_at: [Option<super::Caller>; N],
    /// Where each unlisted property was last set, in `unlisted`'s order.
    unlisted_at: Vec<super::Caller>,
}

impl<const N: usize> Default for Fields<N> {
    fn default() -> Self {
        Self {
            values: [const { None }; N],
            unlisted: Vec::new(),
            set_at: [None; N],
            unlisted_at: Vec::new(),
        }
    }
}

impl<const N: usize> Fields<N> {
    /// Sets the property at `index` of the spec. Setting it again keeps the last value, marked
    /// so that synth reports it (rule `set-twice`).
    #[track_caller]
    pub fn set<T: ?Sized>(&mut self, index: usize, value: impl IntoValue<T>) {
        self.set_at[index] = Some(std::panic::Location::caller());
        let value = value.into_value().into_raw();
        let slot = &mut self.values[index];
        *slot = Some(match slot {
            Some(_) => value.marked(Mark::SetTwice),
            None => value,
        });
    }

    /// Sets the property at `index` from any serde value (map- and any-typed properties), as
    /// [`super::to_value`] converts it.
    #[track_caller]
    pub fn set_serialized<T: ?Sized>(&mut self, index: usize, value: &impl serde_core::Serialize) {
        self.set::<T>(index, Val::typed(super::to_value(value)));
    }

    /// Sets the map-typed property at `index` from any serde value; a list of `(key, value)`
    /// pairs (`[("LOG_LEVEL", "info")]`) is taken as the map it spells.
    #[track_caller]
    pub fn set_map(&mut self, index: usize, value: &impl serde_core::Serialize) {
        let mut value = super::to_value(value);
        if let Value::List(items) = &mut value
            && items.iter().all(is_pair)
        {
            let pairs = std::mem::take(items).into_iter().filter_map(|mut pair| {
                let Value::List(kv) = &mut pair else {
                    return None;
                };
                let v = kv.pop()?;
                match kv.pop()? {
                    Value::String(ref mut k) => Some((std::mem::take(k), v)),
                    _ => None,
                }
            });
            value = Value::Map(pairs.collect());
        }
        self.set::<Map>(index, Val::typed(value));
    }

    /// Sets a property the spec does not list; the value is marked, so that synth reports it
    /// as written through `unlisted_property`.
    #[track_caller]
    pub fn set_unlisted(&mut self, key: String, value: Value) {
        let value = value.marked(Mark::UnlistedProperty);
        let at = std::panic::Location::caller();
        match self.unlisted.iter().position(|(k, _)| *k == key) {
            Some(i) => {
                self.unlisted[i].1 = value.marked(Mark::SetTwice);
                self.unlisted_at[i] = at;
            }
            None => {
                self.unlisted.push((key, value));
                self.unlisted_at.push(at);
            }
        }
    }

    /// Where each set property was last set: (template key, call site), listed ones (named by
    /// `info`, their keys borrowed) then unlisted ones.
    pub fn callers(&self, info: &'static TypeInfo) -> Vec<super::SetAt> {
        use std::borrow::Cow;
        let listed = info
            .keys()
            .zip(&self.set_at)
            .filter_map(|(k, at)| Some((Cow::Borrowed(k), (*at)?)));
        let unlisted = self
            .unlisted
            .iter()
            .zip(&self.unlisted_at)
            .map(|((k, _), at)| (Cow::Owned(k.clone()), *at));
        listed.chain(unlisted).collect()
    }

    /// The value at `index`, if set.
    pub fn get(&self, index: usize) -> Option<&Value> {
        self.values.get(index).and_then(Option::as_ref)
    }

    /// Properties set through the escape hatch, in the order set.
    pub fn unlisted(&self) -> &[(String, Value)] {
        &self.unlisted
    }

    /// Every set property as a map, moved out: listed ones in spec order (named by `info`),
    /// then unlisted ones in the order set.
    pub fn into_map(self, info: &TypeInfo) -> Map {
        let mut map = Map::new();
        for (key, value) in info.keys().zip(self.values) {
            if let Some(v) = value {
                map.insert_key(std::borrow::Cow::Borrowed(key), v);
            }
        }
        for (key, value) in self.unlisted {
            map.insert(key, value);
        }
        map
    }

    /// Every set property as a map: listed ones in spec order (named by `info`), then unlisted
    /// ones in the order set.
    pub fn to_map(&self, info: &TypeInfo) -> Map {
        let mut map = Map::new();
        for (key, value) in info.keys().zip(&self.values) {
            if let Some(v) = value {
                map.insert_key(std::borrow::Cow::Borrowed(key), v.clone());
            }
        }
        for (key, value) in &self.unlisted {
            map.insert(key.clone(), value.clone());
        }
        map
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals_convert_to_their_marker() {
        assert_eq!(
            IntoValue::<String>::into_value("a").into_raw(),
            Value::from("a")
        );
        assert_eq!(IntoValue::<i64>::into_value(5).into_raw(), Value::Int(5));
        assert_eq!(IntoValue::<f64>::into_value(5).into_raw(), Value::Int(5));
        let list: Val<Vec<String>> = ["a", "b"].into_value();
        assert_eq!(list.into_raw(), Value::from(["a", "b"]));
        let map: Val<Map> = [("k", 1)].into_value();
        assert_eq!(map.raw(), &Value::Map([("k", 1)].into_iter().collect()));
    }

    #[test]
    fn attribute_builds_get_attribute() {
        let v = Val::<String>::attribute(&"vm".into(), &["publicIps"]);
        let Value::Function(f) = v.raw() else {
            panic!("not a function: {v:?}")
        };
        assert_eq!(f.referenced_node(), Some("vm"));
    }

    const fn prop(key: &'static str) -> crate::core::PropertyInfo {
        crate::core::PropertyInfo {
            key: crate::core::Text::Borrowed(key),
            ..crate::core::PropertyInfo::DEFAULT
        }
    }

    #[test]
    fn fields_keep_spec_order_then_unlisted() {
        let mut f = Fields::<3>::default();
        f.set::<String>(2, "c");
        f.set::<String>(0, "a");
        f.set_unlisted("x".into(), Value::Int(1));
        f.set_unlisted("x".into(), Value::Int(2));
        static INFO: TypeInfo = TypeInfo {
            name: "X.Y",
            template_type: None,
            summary: "",
            completeness: crate::core::Completeness::Complete,
            properties: &[prop("first"), prop("second"), prop("third")],
            attributes: &[],
            inferred_attributes: &[],
        };
        let map = f.to_map(&INFO);
        let keys: Vec<_> = map.iter().map(|(k, _)| k).collect();
        assert_eq!(keys, ["first", "third", "x"]);
        assert_eq!(
            map.get("x"),
            Some(
                &Value::Int(2)
                    .marked(Mark::UnlistedProperty)
                    .marked(Mark::SetTwice)
            )
        );
        assert_eq!(f.get(1), None);
        assert_eq!(f.unlisted().len(), 1);
    }
}
