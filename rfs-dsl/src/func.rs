//! The AOS built-in functions, typed, with the documented restrictions enforced where types can
//! do it:
//!
//! - `cond_eq`, `cond_not`, `cond_and`, `cond_or` build a [`Cond`], which only
//!   [`crate::Stack::condition`] accepts: they cannot appear in properties or outputs;
//! - `cond_and`/`cond_or` take 2 to 10 operands, checked at compile time;
//! - [`concat`](fn@concat) builds a [`Concat`], which only outputs accept: the documented restriction is
//!   that `concat` may not embed `get_attribute` outside outputs, and rfs keeps it to outputs;
//! - `get_in_map` is a method of the mapping it reads ([`crate::MappingRef`]).

use rfs_types::core::{Element, Function, IntoValue, Map, Ref, Val, Value};

/// The typed result of a built-in function.
fn call<T: ?Sized>(f: Function) -> Val<T> {
    Val::typed(Value::from(f))
}

/// `get_attribute: [node, attribute, nested...]` — an attribute of an element, descending into
/// a structured attribute (a nested stack's output that is itself a map, say). Prefer the typed
/// accessors of `node.attr()` for single attributes; the first name is checked at synth against
/// the element's documented attributes.
pub fn get_attribute<E: Element>(node: &Ref<E>, path: &[&str]) -> Val<rfs_types::core::Any> {
    Val::attribute(node.node(), path)
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

/// One part of a [`concat`](fn@concat): a literal or any typed value.
#[derive(Clone, Debug)]
pub struct ConcatPart(Value);

impl From<&str> for ConcatPart {
    fn from(v: &str) -> Self {
        ConcatPart(v.into())
    }
}
impl From<String> for ConcatPart {
    fn from(v: String) -> Self {
        ConcatPart(v.into())
    }
}
impl From<i64> for ConcatPart {
    fn from(v: i64) -> Self {
        ConcatPart(v.into())
    }
}
impl From<bool> for ConcatPart {
    fn from(v: bool) -> Self {
        ConcatPart(v.into())
    }
}
impl<T: ?Sized> From<Val<T>> for ConcatPart {
    fn from(v: Val<T>) -> Self {
        ConcatPart(v.into_raw())
    }
}

/// The result of [`concat`](fn@concat): usable as an output value only.
#[derive(Clone, Debug)]
pub struct Concat(Value);

impl From<Concat> for Value {
    fn from(c: Concat) -> Self {
        c.0
    }
}

/// `concat: [a, b, ...]` — the parts joined into one text. Outputs only (see the module docs).
pub fn concat<P: Into<ConcatPart>>(parts: impl IntoIterator<Item = P>) -> Concat {
    Concat(Function::Concat(parts.into_iter().map(|p| p.into().0).collect()).into())
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
