//! Typed template inputs and their constraints.

use std::marker::PhantomData;

use rfs_types::core::{IntoValue, Map, Untyped, Value};

/// The `type:` an input is written with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Declared {
    /// The Rust type's own (`T::INPUT_TYPE`).
    Own,
    /// Another type name.
    As(&'static str),
    /// No `type:` at all.
    Nothing,
}

/// A template input declared with type `T` (see [`crate::Stack::input`]). Its `get_input`
/// value is a `Val<T>`: it fills only properties of type `T`.
///
/// `T` is `String`, `i64`, `f64`, `bool`, a generated enumeration (declared with its values'
/// type), or a resource type such as `vpc::VpcId`. The text types `password`, `secret`, `ip`
/// and `enum` are `Input<String>`s made with [`Input::password`], [`Input::secret`],
/// [`Input::ip`] and [`Input::enum_type`]. `Input<Untyped>` declares no type at all (see
/// [`crate::Stack::untyped_input`]).
#[derive(Clone, Debug)]
pub struct Input<T: ?Sized> {
    pub(crate) description: Option<String>,
    pub(crate) label: Option<String>,
    pub(crate) default: Option<Value>,
    pub(crate) invisible: Option<bool>,
    pub(crate) constraints: Map,
    /// The `type` written: `T`'s, another (text types, text-declared names), or none.
    pub(crate) declared: Declared,
    marker: PhantomData<fn() -> T>,
}

impl<T: ?Sized> Default for Input<T> {
    fn default() -> Self {
        Self {
            description: None,
            label: None,
            default: None,
            invisible: None,
            constraints: Map::new(),
            declared: Declared::Own,
            marker: PhantomData,
        }
    }
}

impl Input<String> {
    fn text(declared: &'static str) -> Self {
        Input {
            declared: Declared::As(declared),
            ..Self::default()
        }
    }

    /// An input of type `password`: text the console hides; its value fills text properties.
    pub fn password() -> Self {
        Self::text("password")
    }

    /// An input of type `secret`: text the console hides; its value fills text properties.
    pub fn secret() -> Self {
        Self::text("secret")
    }

    /// An input of type `ip`: an IP address as text; its value fills text properties.
    pub fn ip() -> Self {
        Self::text("ip")
    }

    /// An input of type `enum`: text chosen from its `valid_values`; its value fills text
    /// properties.
    pub fn enum_type() -> Self {
        Self::text("enum")
    }
}

impl<T: rfs_types::core::ResourceType + ?Sized> Input<T> {
    /// Declares the input `type: string` although its value fills properties of the resource
    /// type `T` (templates written before typed inputs do this). Where `T` is a name (an
    /// availability zone, a flavor) any text fits and nothing is lost; where it is an id,
    /// synth and lint warn (rule `input-type`), because the console cannot offer a choice.
    pub fn declared_as_string(mut self) -> Self {
        self.declared = Declared::As("string");
        self
    }
}

impl Input<Untyped> {
    /// An input without a declared type (see [`crate::Stack::untyped_input`]).
    pub fn untyped() -> Self {
        Self {
            declared: Declared::Nothing,
            ..Self::default()
        }
    }
}

impl<T: ?Sized> Input<T> {
    /// An input of type `T` with no default: whoever creates the stack must give a value.
    pub fn new() -> Self {
        Self::default()
    }

    /// Writes no `type:` for the input, as many official templates do, while Rust keeps its
    /// type `T`: its value still fills only properties of type `T`, and its default is a `T`.
    /// The template loses the console's picker and input check (`rfs lint` checks the default
    /// against every property the input feeds instead), the stack keeps the compiler's.
    ///
    /// ```
    /// use rfs_dsl::types::{ecs, vpc};
    /// use rfs_dsl::{Input, Stack};
    ///
    /// let mut stack = Stack::new("web");
    /// let network = stack.input("vpc", Input::<vpc::VpcId>::new().undeclared());
    /// let subnet = vpc::Subnet::builder()
    ///     .name("web")
    ///     .cidr("192.168.0.0/24")
    ///     .gateway("192.168.0.1")
    ///     .vpc_id(network) // an `ecs::ImageId` input would not compile here
    ///     .build();
    /// stack.add("web-subnet", subnet);
    /// let yaml = stack.to_yaml()?;
    /// assert!(yaml.contains("inputs:\n  vpc: {}\n") || yaml.contains("inputs:\n  vpc:\n"));
    /// assert!(!yaml.contains("type: HuaweiCloud.VPC.VPC.Id"));
    /// # Ok::<(), rfs_dsl::SynthError>(())
    /// ```
    pub fn undeclared(mut self) -> Self {
        self.declared = Declared::Nothing;
        self
    }

    /// What the input is for (0–255 characters).
    pub fn description(mut self, text: impl Into<String>) -> Self {
        self.description = Some(text.into());
        self
    }

    /// The console's grouping label (0–64 characters).
    pub fn label(mut self, text: impl Into<String>) -> Self {
        self.label = Some(text.into());
        self
    }

    /// The value used when none is given; checked against the constraints at synth.
    pub fn default_value(mut self, value: impl IntoValue<T>) -> Self {
        self.default = Some(value.into_value().into_raw());
        self
    }

    /// An optional input: `default: ''`, the empty text, so whoever creates the stack may give
    /// no value. No literal of `T` is needed (no made-up id such as `existing("none")`): test
    /// for the empty value with [`crate::func::cond_is_empty`] and create what uses it under
    /// that condition.
    ///
    /// ```
    /// use rfs_dsl::func::{cond_is_empty, cond_not};
    /// use rfs_dsl::types::vpc;
    /// use rfs_dsl::{Input, Stack};
    ///
    /// let mut stack = Stack::new("web");
    /// let eip = stack.input("eip", Input::<vpc::EipId>::new().optional());
    /// let given = stack.condition("eip-given", cond_not(cond_is_empty(&eip)));
    /// # let _ = given;
    /// let yaml = stack.to_yaml()?;
    /// assert!(yaml.contains("default: \"\""), "{yaml}");
    /// # Ok::<(), rfs_dsl::SynthError>(())
    /// ```
    pub fn optional(mut self) -> Self {
        self.default = Some(Value::String(String::new()));
        self
    }

    /// Shows the value as `******` (for passwords and keys).
    pub fn invisible(mut self) -> Self {
        self.invisible = Some(true);
        self
    }

    /// Writes `invisible: false`: the value is shown (the default; for templates that say so).
    pub fn visible(mut self) -> Self {
        self.invisible = Some(false);
        self
    }

    /// `constraints.valid_values`: the only values accepted.
    pub fn valid_values<V: IntoValue<T>>(mut self, values: impl IntoIterator<Item = V>) -> Self {
        let list: Vec<Value> = values
            .into_iter()
            .map(|v| v.into_value().into_raw())
            .collect();
        self.constraints.insert("valid_values", list);
        self
    }

    /// `constraints.regex`: a regular expression the value must match.
    pub fn regex(mut self, pattern: impl Into<String>) -> Self {
        self.constraints.insert("regex", pattern.into());
        self
    }

    /// `constraints.pattern`: a regular expression the value must match (the legacy spelling
    /// of `regex`; prefer [`Input::regex`]).
    pub fn pattern(mut self, pattern: impl Into<String>) -> Self {
        self.constraints.insert("pattern", pattern.into());
        self
    }

    /// `constraints.min_length` and `max_length`: the text length in characters.
    pub fn length(self, min: u32, max: u32) -> Self {
        self.min_length(min).max_length(max)
    }

    /// `constraints.min_length`: the shortest text, in characters.
    pub fn min_length(mut self, min: u32) -> Self {
        self.constraints.insert("min_length", min);
        self
    }

    /// `constraints.max_length`: the longest text, in characters.
    pub fn max_length(mut self, max: u32) -> Self {
        self.constraints.insert("max_length", max);
        self
    }

    /// `constraints.equal`: the one value accepted (a constraint of the legacy AOS API).
    pub fn equal(mut self, value: impl IntoValue<T>) -> Self {
        self.constraints
            .insert("equal", value.into_value().into_raw());
        self
    }
}

/// Input types that take `constraints.in_range`: `i64`, `f64`, and untyped inputs.
pub trait Numeric {}

impl Numeric for i64 {}
impl Numeric for f64 {}
impl Numeric for Untyped {}

impl<T: Numeric + ?Sized> Input<T> {
    /// `constraints.in_range: [min, max]` (inclusive).
    pub fn in_range(mut self, min: impl IntoValue<T>, max: impl IntoValue<T>) -> Self {
        let range = vec![min.into_value().into_raw(), max.into_value().into_raw()];
        self.constraints.insert("in_range", Value::List(range));
        self
    }

    /// `constraints.greater_than: n` (a constraint of the legacy AOS API).
    pub fn greater_than(mut self, n: impl IntoValue<T>) -> Self {
        self.constraints
            .insert("greater_than", n.into_value().into_raw());
        self
    }

    /// `constraints.greater_or_equal: n` (a constraint of the legacy AOS API).
    pub fn greater_or_equal(mut self, n: impl IntoValue<T>) -> Self {
        self.constraints
            .insert("greater_or_equal", n.into_value().into_raw());
        self
    }

    /// `constraints.less_than: n` (a constraint of the legacy AOS API).
    pub fn less_than(mut self, n: impl IntoValue<T>) -> Self {
        self.constraints
            .insert("less_than", n.into_value().into_raw());
        self
    }

    /// `constraints.less_or_equal: n` (a constraint of the legacy AOS API).
    pub fn less_or_equal(mut self, n: impl IntoValue<T>) -> Self {
        self.constraints
            .insert("less_or_equal", n.into_value().into_raw());
        self
    }
}
