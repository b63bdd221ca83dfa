//! The small handwritten core that the generated code builds on.
//!
//! - [`Value`], [`Map`]: untyped template values, in insertion order.
//! - [`Function`]: the AOS built-in functions as values.
//! - [`Val<T>`] and [`IntoValue`]: typed values and what may fill a property of type `T`.
//! - [`Element`], [`DataType`], [`Ref`], [`Attributes`]: generated types, references to
//!   elements, typed attributes.
//! - [`TypeInfo`], [`PropertyInfo`]: what the specs know, for synth-time checks.
//! - [`Fields`], [`Set`], [`Unset`]: storage and builder states used by generated builders.

mod function;
mod info;
mod node;
mod typed;
mod value;

pub use function::Function;
pub use info::{Completeness, PropertyInfo, Required, TypeInfo};
pub use node::{Attributes, DataType, Element, Ref};
pub use typed::{Any, Fields, IntoValue, Set, Unset, Val};
pub use value::{Map, Value};

/// A resource type such as `vpc::VpcId` or `ecs::AvailabilityZoneName`.
pub trait ResourceType {
    /// Full type name, as used for inputs (`HuaweiCloud.VPC.VPC.Id`).
    const TYPE: &'static str;
}
