//! The AOS built-in functions, typed, with the documented restrictions enforced where types can
//! do it:
//!
//! - `cond_eq`, `cond_not`, `cond_and`, `cond_or` build a [`Cond`], which only
//!   [`crate::Stack::condition`] accepts: they cannot appear in properties or outputs;
//! - `cond_and`/`cond_or` take 2 to 10 operands, checked at compile time;
//! - [`concat`](fn@concat) builds a [`Concat`]: of literals, inputs and functions' results it is
//!   text that fills a text property; with a part that reads an attribute it is an output's
//!   value only (the documented restriction: no `get_attribute` in `concat` outside outputs);
//! - `get_in_map` is a method of the mapping it reads ([`crate::MappingRef`]).
//!
//! [`written_with`] names the call that writes each function; it matches on every
//! [`Func`], so a function added to the language is a compile error here until the DSL can
//! write it.

pub use rfs_check::language::Func;
use std::marker::PhantomData;

use rfs_types::core::{Attr, Element, Function, IntoValue, Map, Ref, Untyped, Val, Value};

/// The DSL call that writes `f`, for messages and docs (`rfs import` names it when it cannot
/// write a function in a typed form).
pub fn written_with(f: Func) -> &'static str {
    match f {
        Func::GetInput => "`Stack::input` (and `func::pseudo` for pseudo-parameters)",
        Func::GetAttribute => "the accessors of `Ref::attr`, or `func::get_attribute`",
        Func::GetReference => "`Ref::id`",
        Func::GetInMap => "`MappingRef::get_string` and the other `get_*` methods",
        Func::CondEq => "`func::cond_eq`, in `Stack::condition`",
        Func::CondNot => "`func::cond_not`, in `Stack::condition`",
        Func::CondAnd => "`func::cond_and`, in `Stack::condition`",
        Func::CondOr => "`func::cond_or`, in `Stack::condition`",
        Func::CondIf => "`func::cond_if`",
        Func::Base64Encode => "`func::base64_encode`",
        Func::Concat => "`func::concat` (with an attribute part, in `Stack::output` only)",
        Func::Split => "`func::split`",
        Func::Select => "`func::select`",
        Func::GetListLength => "`func::get_list_length`",
        Func::Replace => "`func::replace`",
    }
}

/// The typed result of a built-in function.
fn call<T: ?Sized>(f: Function) -> Val<T> {
    Val::typed(Value::from(f))
}

/// `get_attribute: [node, attribute, nested...]` — an attribute of an element, descending into
/// a structured attribute (a nested stack's output that is itself a map, say). Prefer the typed
/// accessors of `node.attr()` for single attributes; the first name is checked at synth against
/// the element's documented attributes.
pub fn get_attribute<E: Element>(node: &Ref<E>, path: &[&str]) -> Attr<rfs_types::core::Any> {
    Attr::new(node.node(), path)
}

/// `base64_encode: s` — the base64 encoding of a text (typically ECS `userData`).
pub fn base64_encode(text: impl IntoValue<String>) -> Val<String> {
    call(Function::Base64Encode(text.into_value().into_raw()))
}

/// `split: [delimiter, source]` — the text split into a list of texts.
pub fn split(
    delimiter: impl IntoValue<String>,
    source: impl IntoValue<String>,
) -> Val<Vec<String>> {
    call(Function::Split(
        delimiter.into_value().into_raw(),
        source.into_value().into_raw(),
    ))
}

/// `select: [index, list]` — one item of a list (an out-of-range index fails the deployment).
pub fn select<T>(index: impl IntoValue<i64>, list: impl IntoValue<Vec<T>>) -> Val<T> {
    call(Function::Select(
        index.into_value().into_raw(),
        list.into_value().into_raw(),
    ))
}

/// `get_list_length: list` — the number of items of a list.
pub fn get_list_length<T>(list: impl IntoValue<Vec<T>>) -> Val<i64> {
    call(Function::GetListLength(list.into_value().into_raw()))
}

/// `replace: [template, {var: value, ...}]` — `${var}` placeholders replaced.
///
/// Not in the official function list: it appears in one official example only (nested in
/// `base64_encode` for `userData`). Support beyond that use is unknown.
pub fn replace<'a>(
    template: impl IntoValue<String>,
    vars: impl IntoIterator<Item = (&'a str, Val<String>)>,
) -> Val<String> {
    let vars: Map = vars.into_iter().map(|(k, v)| (k, v.into_raw())).collect();
    call(Function::Replace(template.into_value().into_raw(), vars))
}

/// `cond_if: [condition, if_true, if_false]` — one of two values of the same type, by a named
/// condition of the stack.
pub fn cond_if<T>(
    condition: &crate::Condition,
    if_true: impl IntoValue<T>,
    if_false: impl IntoValue<T>,
) -> Val<T> {
    call(Function::CondIf(
        Value::from(condition.name()),
        if_true.into_value().into_raw(),
        if_false.into_value().into_raw(),
    ))
}

/// One part of a [`concat`](fn@concat), of any kind, for an array that mixes kinds (an
/// attribute among literals): such a `concat` is an output's value only.
#[derive(Clone, Debug)]
pub struct ConcatPart(Vec<Value>);

/// What the parts of a `concat` are made of, decided when compiling: [`Text`] (literals,
/// inputs, other functions' results) or [`WithAttribute`] (a part reads an element's
/// attribute). The template language lets only the first stand in a property.
pub trait PartKind {
    /// The kind of parts of both kinds together.
    type And<B: PartKind>: PartKind;
}

/// Parts that are literals, inputs or functions' results: a `concat` of them is text that
/// fits a property.
#[derive(Clone, Copy, Debug)]
pub enum Text {}

/// Parts among which one reads an element's attribute: a `concat` of them is an output's
/// value only.
#[derive(Clone, Copy, Debug)]
pub enum WithAttribute {}

impl PartKind for Text {
    type And<B: PartKind> = B;
}

impl PartKind for WithAttribute {
    type And<B: PartKind> = WithAttribute;
}

/// What can be parts of a [`concat`](fn@concat): text, a number, a boolean, any typed value
/// (an input, an attribute, a function's result), or an array, `Vec` or tuple of parts.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be a part of `concat`",
    label = "not text, a number, a boolean or a typed value",
    note = "a part of `concat` is a literal (`\"http://\"`, `8080`), a typed value (an input, `x.attr().ref_ip()`, another function's result), or a tuple or array of them"
)]
pub trait ConcatParts {
    /// [`Text`], or [`WithAttribute`] when a part reads an attribute.
    type Kind: PartKind;
    /// Appends the parts, in order.
    fn push_parts(self, parts: &mut Vec<Value>);
}

macro_rules! text_parts {
    ($($t:ty => $conv:expr),+ $(,)?) => {$(
        impl ConcatParts for $t {
            type Kind = Text;
            fn push_parts(self, parts: &mut Vec<Value>) {
                #[allow(clippy::redundant_closure_call)]
                parts.push(($conv)(self));
            }
        }
    )+};
}

text_parts!(
    &str => Value::from,
    String => Value::from,
    &String => |s: &String| Value::from(s.as_str()),
    i64 => Value::from,
    i32 => |i: i32| Value::from(i64::from(i)),
    bool => Value::from,
    Untyped => Value::from,
    &Untyped => |u: &Untyped| Value::from(u.clone()),
);

impl<T: ?Sized> ConcatParts for Val<T> {
    type Kind = Text;
    fn push_parts(self, parts: &mut Vec<Value>) {
        parts.push(self.into_raw());
    }
}

impl<T: ?Sized> ConcatParts for &Val<T> {
    type Kind = Text;
    fn push_parts(self, parts: &mut Vec<Value>) {
        parts.push(self.raw().clone());
    }
}

impl<T: ?Sized> ConcatParts for Attr<T> {
    type Kind = WithAttribute;
    fn push_parts(self, parts: &mut Vec<Value>) {
        parts.push(self.into_raw());
    }
}

impl<T: ?Sized> ConcatParts for &Attr<T> {
    type Kind = WithAttribute;
    fn push_parts(self, parts: &mut Vec<Value>) {
        parts.push(self.raw().clone());
    }
}

impl ConcatParts for ConcatPart {
    type Kind = WithAttribute;
    fn push_parts(self, parts: &mut Vec<Value>) {
        parts.extend(self.0);
    }
}

impl ConcatPart {
    /// Parts of any kind (one value, or an array or tuple of them).
    pub fn new(p: impl ConcatParts) -> Self {
        let mut parts = Vec::new();
        p.push_parts(&mut parts);
        ConcatPart(parts)
    }
}

impl<P: ConcatParts, const N: usize> ConcatParts for [P; N] {
    type Kind = P::Kind;
    fn push_parts(self, parts: &mut Vec<Value>) {
        for p in self {
            p.push_parts(parts);
        }
    }
}

impl<P: ConcatParts> ConcatParts for Vec<P> {
    type Kind = P::Kind;
    fn push_parts(self, parts: &mut Vec<Value>) {
        for p in self {
            p.push_parts(parts);
        }
    }
}

/// The kind of the parts `A, B, ...` together.
macro_rules! kind_of {
    ($p:ident) => { $p::Kind };
    ($p:ident, $($rest:ident),+) => { <$p::Kind as PartKind>::And<kind_of!($($rest),+)> };
}

/// `ConcatParts` for tuples of mixed parts (nested tuples make more than 12).
macro_rules! concat_tuples {
    ($(($($p:ident),+)),+ $(,)?) => {$(
        impl<$($p: ConcatParts),+> ConcatParts for ($($p,)+) {
            type Kind = kind_of!($($p),+);
            #[allow(non_snake_case)]
            fn push_parts(self, parts: &mut Vec<Value>) {
                let ($($p,)+) = self;
                $($p.push_parts(parts);)+
            }
        }
    )+};
}
rfs_types::__for_tuples!(concat_tuples);

/// The result of [`concat`](fn@concat): text. Of [`Text`] parts it fills a text property
/// (or goes in an output); with an attribute part ([`WithAttribute`]) it is an output's
/// value only.
#[derive(Clone, Debug)]
pub struct Concat<K = WithAttribute>(Value, PhantomData<K>);

impl<K> From<Concat<K>> for Value {
    fn from(c: Concat<K>) -> Self {
        c.0
    }
}

/// `concat: [a, b, ...]` — the parts joined into one text.
///
/// Parts of one kind go in an array; literals mixed with values go in a tuple (a tuple inside
/// a tuple for more than 12). Literals, inputs and other functions' results make text that
/// fills a text property, as the official examples write it; a part that reads an element's
/// attribute (`x.attr()...`) makes an output's value only, the documented restriction — a
/// compile error in a property, and `rfs lint` reports it in YAML.
///
/// ```
/// use rfs_dsl::func::concat;
/// use rfs_dsl::types::{core::Ref, vpc};
/// use rfs_dsl::{Input, Stack};
///
/// let mut stack = Stack::new("web");
/// let env = stack.input("env", Input::<String>::new().default_value("dev"));
/// let net = stack.add(
///     "web-vpc",
///     vpc::Vpc::builder().name(concat((&env, "-web"))).cidr("10.0.0.0/8").build(),
/// );
/// let eip = Ref::<vpc::Eip>::new("web-eip");
/// stack.output("url", concat(("http://", eip.attr().ref_ip(), ":", 8080)));
/// # let _ = net;
/// ```
pub fn concat<P: ConcatParts>(parts: P) -> Concat<P::Kind> {
    let mut list = Vec::new();
    parts.push_parts(&mut list);
    Concat(Function::Concat(list).into(), PhantomData)
}

#[diagnostic::do_not_recommend]
impl IntoValue<String> for Concat<Text> {
    fn into_value(self) -> Val<String> {
        Val::typed(self.0)
    }
}

#[diagnostic::do_not_recommend]
impl IntoValue<String> for &Concat<Text> {
    fn into_value(self) -> Val<String> {
        Val::typed(self.0.clone())
    }
}

impl<K> ConcatParts for Concat<K>
where
    K: PartKind,
{
    type Kind = K;
    fn push_parts(self, parts: &mut Vec<Value>) {
        parts.push(self.0);
    }
}

/// Never implemented: what a [`Concat`] with an attribute part in a property reports (the
/// template language keeps `concat` with `get_attribute` to outputs).
#[doc(hidden)]
#[diagnostic::on_unimplemented(
    message = "`concat(...)` with an attribute part can only be an output's value, not a `{Self}` property",
    label = "a property cannot hold `concat` of an attribute",
    note = "the template language allows `get_attribute` inside `concat` only in outputs: write it as an output (`stack.output(\"url\", concat((\"http://\", ip)))`), or pass the attribute itself to the property"
)]
pub trait ConcatOnlyInOutputs {}

impl<T: ?Sized + ConcatOnlyInOutputs> IntoValue<T> for Concat<WithAttribute> {
    fn into_value(self) -> Val<T> {
        Val::typed(self.0)
    }
}

/// Never implemented: what a [`Cond`] in a property reports (`cond_eq`, `cond_not`,
/// `cond_and` and `cond_or` belong in the conditions section).
#[doc(hidden)]
#[diagnostic::on_unimplemented(
    message = "a condition (`cond_eq`, `cond_not`, `cond_and`, `cond_or`) cannot be a `{Self}` property value",
    label = "conditions go in `stack.condition(...)`",
    note = "declare it with `let c = stack.condition(\"name\", cond_eq(...))`, then use `cond_if(&c, a, b)` for a value or `stack.set_condition(&element, &c)` to create an element only when it holds"
)]
pub trait ConditionOnlyInConditions {}

impl<T: ?Sized + ConditionOnlyInConditions> IntoValue<T> for Cond {
    fn into_value(self) -> Val<T> {
        Val::typed(self.0)
    }
}

/// A condition expression: only [`crate::Stack::condition`] takes one.
#[derive(Clone, Debug)]
pub struct Cond(pub(crate) Value);

impl From<bool> for Cond {
    fn from(v: bool) -> Self {
        Cond(Value::Bool(v))
    }
}

impl From<Val<bool>> for Cond {
    fn from(v: Val<bool>) -> Self {
        Cond(v.into_raw())
    }
}

/// `cond_eq: [a, b]` — true when two values of the same type are equal.
pub fn cond_eq<T>(a: impl IntoValue<T>, b: impl IntoValue<T>) -> Cond {
    Cond(Function::CondEq(a.into_value().into_raw(), b.into_value().into_raw()).into())
}

/// `cond_eq: [value, '']` — true when a value (typically an [`crate::Input::optional`]
/// input) is the empty text, whatever its type.
pub fn cond_is_empty<T: ?Sized>(value: &Val<T>) -> Cond {
    Cond(Function::CondEq(value.raw().clone(), Value::String(String::new())).into())
}

/// `cond_not: c` — the negation of a condition.
pub fn cond_not(c: impl Into<Cond>) -> Cond {
    Cond(Function::CondNot(c.into().0).into())
}

/// The operands of `cond_and` and `cond_or`: an array of 2 to 10 conditions.
#[diagnostic::on_unimplemented(
    message = "cond_and and cond_or take 2 to 10 conditions, not `{Self}`",
    label = "give an array of 2 to 10 conditions"
)]
pub trait Operands {
    /// The conditions as template values.
    fn into_values(self) -> Vec<Value>;
}

macro_rules! operands {
    ($($n:literal)+) => {$(
        impl Operands for [Cond; $n] {
            fn into_values(self) -> Vec<Value> {
                self.into_iter().map(|c| c.0).collect()
            }
        }
    )+};
}

operands!(2 3 4 5 6 7 8 9 10);

/// `cond_and: [c1, ..., cn]` — true when all are true; 2 to 10 conditions (checked when
/// compiling).
pub fn cond_and(conditions: impl Operands) -> Cond {
    Cond(Function::CondAnd(conditions.into_values()).into())
}

/// `cond_or: [c1, ..., cn]` — true when any is true; 2 to 10 conditions (checked when
/// compiling).
pub fn cond_or(conditions: impl Operands) -> Cond {
    Cond(Function::CondOr(conditions.into_values()).into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Input, Mapping, Stack};
    use rfs_types::antiddos::Service;

    /// The value the call [`written_with`] names for `f` makes, built through the DSL.
    fn written(f: Func, stack: &mut Stack) -> Value {
        let node = Ref::<Service>::new("ddos");
        let text = || -> Val<String> { "a,b".into_value() };
        let list = || split(",", text());
        match f {
            Func::GetInput => stack.input("name", Input::<String>::new()).into_raw(),
            Func::GetAttribute => get_attribute(&node, &["a", "b"]).into_raw(),
            Func::GetReference => node.id().into_raw(),
            Func::GetInMap => {
                let m = stack.mapping("m", Mapping::new().entry("k", "v", "x"));
                m.get_string("k", "v").into_raw()
            }
            Func::CondEq => cond_eq::<String>("a", "b").0,
            Func::CondNot => cond_not(true).0,
            Func::CondAnd => cond_and([Cond::from(true), Cond::from(false)]).0,
            Func::CondOr => cond_or([Cond::from(true), Cond::from(false)]).0,
            Func::CondIf => {
                let c = stack.condition("c", true);
                cond_if::<String>(&c, "a", "b").into_raw()
            }
            Func::Base64Encode => base64_encode(text()).into_raw(),
            Func::Concat => Value::from(concat(["a", "b"])),
            Func::Split => list().into_raw(),
            Func::Select => select(0, list()).into_raw(),
            Func::GetListLength => get_list_length(list()).into_raw(),
            Func::Replace => replace(text(), [("a", text())]).into_raw(),
        }
    }

    #[test]
    fn every_function_is_written_by_the_call_that_names_it() {
        let mut stack = Stack::new("funcs");
        for f in Func::ALL {
            let Value::Function(call) = &written(f, &mut stack) else {
                panic!("{f} is not written as a function");
            };
            assert_eq!(call.func(), f, "{}", written_with(f));
        }
    }
}

/// The pseudo-parameters: values the platform supplies, read with `get_input` without being
/// declared.
pub mod pseudo {
    use rfs_types::core::{Function, Val};

    fn get(name: &str) -> Val<String> {
        super::call(Function::GetInput(name.to_owned()))
    }

    /// `HuaweiCloud.UserId`: the id of the user creating the stack.
    pub fn user_id() -> Val<String> {
        get("HuaweiCloud.UserId")
    }
    /// `HuaweiCloud.ProjectId`: the project of the stack.
    pub fn project_id() -> Val<String> {
        get("HuaweiCloud.ProjectId")
    }
    /// `HuaweiCloud.DomainId`: the account of the stack.
    pub fn domain_id() -> Val<String> {
        get("HuaweiCloud.DomainId")
    }
    /// `HuaweiCloud.Region`: the region of the stack (typically a `get_in_map` key).
    pub fn region() -> Val<String> {
        get("HuaweiCloud.Region")
    }
    /// `HuaweiCloud.StackName`: the name of the stack.
    pub fn stack_name() -> Val<String> {
        get("HuaweiCloud.StackName")
    }
}
