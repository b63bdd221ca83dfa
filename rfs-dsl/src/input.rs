//! Typed template inputs and their constraints.

use std::marker::PhantomData;

use rfs_types::core::{InputType, IntoValue, Map, Value};

/// A template input declared with type `T` (see [`crate::Stack::input`]). Its `get_input`
/// value is a `Val<T>`: it fills only properties of type `T`.
#[derive(Clone, Debug)]
pub struct Input<T: ?Sized> {
    pub(crate) description: Option<String>,
    pub(crate) label: Option<String>,
    pub(crate) default: Option<Value>,
    pub(crate) invisible: bool,
    pub(crate) constraints: Map,
    marker: PhantomData<fn() -> T>,
}

impl<T: InputType + ?Sized> Default for Input<T> {
    fn default() -> Self {
        Self {
            description: None,
            label: None,
            default: None,
            invisible: false,
            constraints: Map::new(),
            marker: PhantomData,
        }
    }
}

impl<T: InputType + ?Sized> Input<T> {
    /// An input of type `T` with no default: whoever creates the stack must give a value.
    pub fn new() -> Self {
        Self::default()
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

    /// Shows the value as `******` (for passwords and keys).
    pub fn invisible(mut self) -> Self {
        self.invisible = true;
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

    /// `constraints.min_length` / `max_length`: the text length in characters.
    pub fn length(mut self, min: u32, max: u32) -> Self {
        self.constraints.insert("min_length", min);
        self.constraints.insert("max_length", max);
        self
    }
}

/// Numeric inputs.
pub trait Numeric: InputType {
    /// As a template value.
    fn value(self) -> Value;
}

impl Numeric for i64 {
    fn value(self) -> Value {
        Value::Int(self)
    }
}

impl Numeric for f64 {
    fn value(self) -> Value {
        Value::Float(self)
    }
}

impl<T: Numeric + Copy> Input<T> {
    /// `constraints.in_range: [min, max]` (inclusive).
    pub fn in_range(mut self, min: T, max: T) -> Self {
        self.constraints
            .insert("in_range", Value::List(vec![min.value(), max.value()]));
        self
    }
}
