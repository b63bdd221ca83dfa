//! The small handwritten core that the generated code builds on.
//!
//! - [`Value`], [`Map`]: untyped template values, in insertion order.
//! - [`Function`]: the AOS built-in functions as values.
//! - [`Val<T>`] and [`IntoValue`]: typed values and what may fill a property of type `T`.
//! - [`Element`], [`DataType`], [`Ref`], [`Attributes`]: generated types, references to
//!   elements, typed attributes.
//! - [`TypeInfo`], [`PropertyInfo`], [`Catalog`]: what the specs know, defined by the rule
//!   engine (`rfs_check::spec`, defined in `rfs_facts`) and filled in by the generated code.
//! - [`Fields`], [`Set`], [`Unset`]: storage and builder states used by generated builders.

mod function;
mod node;
mod serde;
mod typed;
mod value;

pub use self::serde::to_value;
pub use function::{Function, NodeName};
pub use node::{Attributes, DataType, Element, Ref};
pub use rfs_facts::spec::{
    Catalog, Completeness, Fact, List, PropertyInfo, Required, ResourceInfo, ResourceKind, Text,
    TypeInfo,
};
pub use rfs_facts::tree::Mark;
pub use typed::{Any, Attr, Fields, IntoValue, Omitted, Set, Unset, Untyped, Val};
pub use value::{Map, Value};

/// The source location of a Rust call (`#[track_caller]`): where a stack's item or property
/// was made, for findings.
pub type Caller = &'static std::panic::Location<'static>;

/// Where a property was set: its template key and the setter's call ([`Element::callers`]).
pub type SetAt = (std::borrow::Cow<'static, str>, Caller);

/// A resource type such as `vpc::VpcId` or `ecs::AvailabilityZoneName`.
pub trait ResourceType {
    /// Full type name, as used for inputs (`HuaweiCloud.VPC.VPC.Id`).
    const TYPE: &'static str;
}

/// A type a template input can be declared with: its `type` in the `inputs` section.
///
/// Implemented for `String` (`string`), `i64` (`integer`), `f64` (`float`), `bool`
/// (`boolean`) and every generated resource type (`HuaweiCloud.ECS.Image.Id`, …). A `get_input`
/// of an input declared with type `T` is a `Val<T>`, so it only fills properties of type `T`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not an input type",
    label = "not a type an input can be declared with",
    note = "inputs are declared with String, i64, f64, bool, a generated enumeration or a resource type such as `vpc::VpcId`; `Input::password()`, `Input::secret()`, `Input::ip()` and `Input::enum_type()` make the text types",
    note = "for an input without `type`, use `stack.untyped_input(name, Input::untyped())`"
)]
pub trait InputType {
    /// The input's `type` in the template.
    const INPUT_TYPE: &'static str;
}

impl InputType for String {
    const INPUT_TYPE: &'static str = "string";
}
impl InputType for i64 {
    const INPUT_TYPE: &'static str = "integer";
}
impl InputType for f64 {
    const INPUT_TYPE: &'static str = "float";
}
impl InputType for bool {
    const INPUT_TYPE: &'static str = "boolean";
}
