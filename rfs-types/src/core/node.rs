//! Elements, references to them, and their attributes.

use std::fmt;
use std::marker::PhantomData;

use super::function::{Function, NodeName};
use super::typed::Val;
use super::value::{Map, Value};
use rfs_facts::spec::TypeInfo;

/// A generated element type (`vpc::Vpc`, `ecs::CloudServer`, …).
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not an element",
    label = "expected an element such as `vpc::Vpc`",
    note = "a builder becomes its element with `.build()`: `stack.add(\"net\", vpc::Vpc::builder().name(..).cidr(..).build())`"
)]
pub trait Element: Clone + fmt::Debug + 'static {
    /// Template type string (`HuaweiCloud.VPC.VPC`).
    const TYPE: &'static str;
    /// The id type a reference to this element fills (`vpc::VpcId`).
    type Id: ?Sized;
    /// Typed accessors for the element's attributes.
    type Attributes: Attributes;
    /// What the specs know about this element.
    fn info() -> &'static TypeInfo;
    /// The set properties: listed ones in spec order, then unlisted ones.
    fn properties(&self) -> Map;
    /// The set properties, moved out of the element (no copy: what a stack keeps).
    fn into_properties(self) -> Map
    where
        Self: Sized,
    {
        self.properties()
    }
    /// Properties set through `unlisted_property`, which the specs do not know.
    fn unlisted(&self) -> &[(String, Value)];
    /// Where each set property was set: (template key, the setter's call site), for findings
    /// that point at the call that set a value.
    fn callers(&self) -> Vec<super::SetAt> {
        Vec::new()
    }
}

/// A generated data structure type (`ecs::Nics`, …).
pub trait DataType: Clone + fmt::Debug + 'static {
    /// What the specs know about this data structure.
    fn info() -> &'static TypeInfo;
    /// The set properties as a map.
    fn to_map(&self) -> Map;
    /// Properties set through `unlisted_property`.
    fn unlisted(&self) -> &[(String, Value)];
}

/// Typed attribute accessors of one element (`vpc::VpcAttributes`).
pub trait Attributes {
    /// The accessors for the element `node`.
    fn of(node: &NodeName) -> Self;
}

/// A reference to a named element of type `E`.
///
/// Normally returned by the DSL when an element is added to a stack. Its [`Ref::id`] fills
/// properties of the element's id type, and [`Ref::attr`] gives its attributes.
pub struct Ref<E> {
    node: NodeName,
    marker: PhantomData<fn() -> E>,
}

impl<E> Clone for Ref<E> {
    fn clone(&self) -> Self {
        Self {
            node: self.node.clone(),
            marker: PhantomData,
        }
    }
}

impl<E> fmt::Debug for Ref<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Ref").field(&self.node.name).finish()
    }
}

impl<E: Element> Ref<E> {
    /// A reference to the element named `name` (as in `node_templates`), made outside any
    /// stack.
    pub fn new(name: impl Into<String>) -> Self {
        Self::scoped(name, 0)
    }

    /// A reference made by the stack numbered `scope` (rfs-dsl numbers its stacks), so that
    /// using it in another stack can be reported.
    pub fn scoped(name: impl Into<String>, scope: u64) -> Self {
        Self {
            node: NodeName {
                name: name.into(),
                scope,
            },
            marker: PhantomData,
        }
    }

    /// The element's name.
    pub fn name(&self) -> &str {
        &self.node.name
    }

    /// The element's name with the stack it belongs to.
    pub fn node(&self) -> &NodeName {
        &self.node
    }

    /// The element's id, as `get_reference: <name>`.
    pub fn id(&self) -> Val<E::Id> {
        Val::typed(Value::from(Function::GetReference(self.node.clone())))
    }

    /// The element's attributes, read with `get_attribute`.
    pub fn attr(&self) -> E::Attributes {
        E::Attributes::of(&self.node)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::Completeness;

    #[derive(Clone, Debug)]
    struct Thing;
    struct ThingAttrs(NodeName);
    enum ThingId {}
    impl Attributes for ThingAttrs {
        fn of(node: &NodeName) -> Self {
            ThingAttrs(node.clone())
        }
    }
    static INFO: TypeInfo = TypeInfo {
        name: "X.Thing",
        template_type: Some("HuaweiCloud.X.Thing"),
        summary: "",
        completeness: Completeness::Complete,
        properties: &[],
        attributes: &[],
        inferred_attributes: &[],
    };
    impl Element for Thing {
        const TYPE: &'static str = "HuaweiCloud.X.Thing";
        type Id = ThingId;
        type Attributes = ThingAttrs;
        fn info() -> &'static TypeInfo {
            &INFO
        }
        fn properties(&self) -> Map {
            Map::new()
        }
        fn unlisted(&self) -> &[(String, Value)] {
            &[]
        }
    }

    #[test]
    fn reference_gives_id_and_attributes() {
        let r = Ref::<Thing>::new("my-thing");
        assert_eq!(r.name(), "my-thing");
        assert_eq!(
            r.id().into_raw(),
            Value::from(Function::GetReference("my-thing".into()))
        );
        assert_eq!(r.attr().0.name, "my-thing");
        assert_eq!(Ref::<Thing>::scoped("x", 7).node().scope, 7);
    }
}
