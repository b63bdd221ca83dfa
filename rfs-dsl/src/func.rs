//! The AOS built-in functions, typed, with the documented restrictions enforced where types can
//! do it:
//!
//! - `cond_eq`, `cond_not`, `cond_and`, `cond_or` build a [`Cond`], which only
//!   [`crate::Stack::condition`] accepts: they cannot appear in properties or outputs;
//! - `cond_and`/`cond_or` take 2 to 10 operands, checked at compile time;
//! - [`concat`](fn@concat) builds a [`Concat`], which only outputs accept: the documented restriction is
//!   that `concat` may not embed `get_attribute` outside outputs, and rfs keeps it to outputs;
//! - `get_in_map` is a method of the mapping it reads ([`crate::MappingRef`]).
//!
//! [`written_with`] names the call that writes each function; it matches on every
//! [`Func`], so a function added to the language is a compile error here until the DSL can
//! write it.

pub use rfs_check::language::Func;
use rfs_types::core::{Element, Function, IntoValue, Map, Ref, Val, Value};

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
        Func::Concat => "`func::concat`, in `Stack::output`",
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

/// What can be one part of a [`concat`](fn@concat): text, a number, a boolean, or any typed
/// value (an input, an attribute, a function's result).
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be a part of `concat`",
    label = "not text, a number, a boolean or a typed value",
    note = "a part of `concat` is a literal (`\"http://\"`, `8080`) or a typed value (an input, `x.attr().ref_ip()`, another function's result)"
)]
pub trait IntoConcatPart {
    /// The part.
    fn into_part(self) -> ConcatPart;
}

impl IntoConcatPart for &str {
    fn into_part(self) -> ConcatPart {
        ConcatPart(self.into())
    }
}
impl IntoConcatPart for String {
    fn into_part(self) -> ConcatPart {
        ConcatPart(self.into())
    }
}
impl IntoConcatPart for &String {
    fn into_part(self) -> ConcatPart {
        ConcatPart(self.as_str().into())
    }
}
impl IntoConcatPart for i64 {
    fn into_part(self) -> ConcatPart {
        ConcatPart(self.into())
    }
}
impl IntoConcatPart for i32 {
    fn into_part(self) -> ConcatPart {
        ConcatPart(i64::from(self).into())
    }
}
impl IntoConcatPart for bool {
    fn into_part(self) -> ConcatPart {
        ConcatPart(self.into())
    }
}
impl<T: ?Sized> IntoConcatPart for Val<T> {
    fn into_part(self) -> ConcatPart {
        ConcatPart(self.into_raw())
    }
}
impl<T: ?Sized> IntoConcatPart for &Val<T> {
    fn into_part(self) -> ConcatPart {
        ConcatPart(self.raw().clone())
    }
}
impl<P: IntoConcatPart> From<P> for ConcatPart {
    fn from(p: P) -> Self {
        p.into_part()
    }
}

/// The parts of a [`concat`](fn@concat): an array or `Vec` of one kind of part, or a tuple of
/// mixed parts (up to 12): `concat(("http://", eip.attr().ref_ip(), ":", port))`.
#[diagnostic::on_unimplemented(
    message = "`concat` takes an array of parts of one kind, or a tuple of mixed parts",
    label = "not a list of `concat` parts",
    note = "mix literals and values in a tuple: `concat((\"http://\", ip, \":8080\"))`; each part is text, a number, a boolean or a typed value"
)]
pub trait ConcatParts {
    /// The parts, in order.
    fn into_parts(self) -> Vec<Value>;
}

impl<P: IntoConcatPart, const N: usize> ConcatParts for [P; N] {
    fn into_parts(self) -> Vec<Value> {
        ConcatParts::into_parts(Vec::from(self))
    }
}
impl<P: IntoConcatPart> ConcatParts for Vec<P> {
    fn into_parts(self) -> Vec<Value> {
        self.into_iter().map(|p| p.into_part().0).collect()
    }
}

/// `ConcatParts` for tuples of mixed parts.
macro_rules! concat_tuples {
    ($(($($p:ident),+)),+ $(,)?) => {$(
        impl<$($p: IntoConcatPart),+> ConcatParts for ($($p,)+) {
            #[allow(non_snake_case)]
            fn into_parts(self) -> Vec<Value> {
                let ($($p,)+) = self;
                vec![$($p.into_part().0),+]
            }
        }
    )+};
}
rfs_types::__for_tuples!(concat_tuples);

/// The result of [`concat`](fn@concat): usable as an output value only.
#[derive(Clone, Debug)]
pub struct Concat(Value);

impl From<Concat> for Value {
    fn from(c: Concat) -> Self {
        c.0
    }
}

/// `concat: [a, b, ...]` — the parts joined into one text. Outputs only (see the module docs).
///
/// Parts of one kind go in an array; literals mixed with values go in a tuple:
///
/// ```
/// use rfs_dsl::func::concat;
/// use rfs_dsl::types::{core::Ref, vpc};
///
/// let eip = Ref::<vpc::Eip>::new("web-eip");
/// let url = concat(("http://", eip.attr().ref_ip(), ":", 8080));
/// let path = concat(["a", "/", "b"]);
/// # let _ = (url, path);
/// ```
pub fn concat(parts: impl ConcatParts) -> Concat {
    Concat(Function::Concat(parts.into_parts()).into())
}

/// Never implemented: what a [`Concat`] in a property reports (the template language keeps
/// `concat` with `get_attribute` to outputs, and rfs keeps `concat` to outputs).
#[doc(hidden)]
#[diagnostic::on_unimplemented(
    message = "`concat(...)` can only be an output's value, not a `{Self}` property",
    label = "a property cannot hold `concat`",
    note = "write it as an output: `stack.output(\"url\", concat((\"http://\", ip)))`; in a property, pass the parts' value itself"
)]
pub trait ConcatOnlyInOutputs {}

impl<T: ?Sized + ConcatOnlyInOutputs> IntoValue<T> for Concat {
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
