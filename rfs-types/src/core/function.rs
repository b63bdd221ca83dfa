//! The AOS built-in functions, as values.

use super::value::{Map, Value};

/// The name of an element as a function argument, remembering which stack created the
/// reference (`scope`; 0 when unknown) so that a reference into another stack can be reported.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct NodeName {
    /// The element's name in `node_templates`.
    pub name: String,
    /// The stack the reference came from; 0 when it was not made by a stack.
    pub scope: u64,
}

impl From<&str> for NodeName {
    fn from(name: &str) -> Self {
        NodeName {
            name: name.to_owned(),
            scope: 0,
        }
    }
}

impl From<String> for NodeName {
    fn from(name: String) -> Self {
        NodeName { name, scope: 0 }
    }
}

/// A call of one of the AOS built-in functions. In a template each is a single-key map,
/// `{<name>: <arguments>}`; [`Function::to_template`] gives that form.
#[derive(Clone, Debug, PartialEq)]
pub enum Function {
    /// `get_input: name` — the value of an input or pseudo-parameter.
    GetInput(String),
    /// `get_attribute: [node, attribute, ...]` — an attribute of an element, optionally
    /// descending into a structured attribute.
    GetAttribute {
        /// Element name.
        node: NodeName,
        /// Attribute name, then nested names.
        path: Vec<String>,
    },
    /// `get_reference: node` — the id of an element (its `refID`).
    GetReference(NodeName),
    /// `get_in_map: [map, top_key, second_key]`.
    GetInMap(Value, Value, Value),
    /// `cond_eq: [a, b]`.
    CondEq(Value, Value),
    /// `cond_not: c`.
    CondNot(Value),
    /// `cond_and: [c1, c2, ...]`.
    CondAnd(Vec<Value>),
    /// `cond_or: [c1, c2, ...]`.
    CondOr(Vec<Value>),
    /// `cond_if: [condition, if_true, if_false]`.
    CondIf(Value, Value, Value),
    /// `base64_encode: s`.
    Base64Encode(Value),
    /// `concat: [a, b, ...]`.
    Concat(Vec<Value>),
    /// `split: [delimiter, source]`.
    Split(Value, Value),
    /// `select: [index, list]`.
    Select(Value, Value),
    /// `get_list_length: list`.
    GetListLength(Value),
    /// `replace: [template, {var: value, ...}]` — seen only in an official example, not in the
    /// function list.
    Replace(Value, Map),
}

impl Function {
    /// The template name of the function (`get_input`, …).
    pub fn name(&self) -> &'static str {
        match self {
            Function::GetInput(_) => "get_input",
            Function::GetAttribute { .. } => "get_attribute",
            Function::GetReference(_) => "get_reference",
            Function::GetInMap(..) => "get_in_map",
            Function::CondEq(..) => "cond_eq",
            Function::CondNot(_) => "cond_not",
            Function::CondAnd(_) => "cond_and",
            Function::CondOr(_) => "cond_or",
            Function::CondIf(..) => "cond_if",
            Function::Base64Encode(_) => "base64_encode",
            Function::Concat(_) => "concat",
            Function::Split(..) => "split",
            Function::Select(..) => "select",
            Function::GetListLength(_) => "get_list_length",
            Function::Replace(..) => "replace",
        }
    }

    /// The element this function reads from, for `get_attribute` and `get_reference`.
    pub fn referenced_node(&self) -> Option<&str> {
        self.referenced().map(|n| n.name.as_str())
    }

    /// The element this function reads from, with the stack the reference came from.
    pub fn referenced(&self) -> Option<&NodeName> {
        match self {
            Function::GetAttribute { node, .. } | Function::GetReference(node) => Some(node),
            _ => None,
        }
    }

    /// The arguments that may themselves hold functions.
    pub fn arguments(&self) -> Vec<&Value> {
        match self {
            Function::GetInput(_) | Function::GetAttribute { .. } | Function::GetReference(_) => {
                Vec::new()
            }
            Function::GetInMap(a, b, c) | Function::CondIf(a, b, c) => vec![a, b, c],
            Function::CondEq(a, b) | Function::Split(a, b) | Function::Select(a, b) => vec![a, b],
            Function::CondNot(a) | Function::Base64Encode(a) | Function::GetListLength(a) => {
                vec![a]
            }
            Function::CondAnd(items) | Function::CondOr(items) | Function::Concat(items) => {
                items.iter().collect()
            }
            Function::Replace(a, vars) => std::iter::once(a).chain(vars.values()).collect(),
        }
    }

    /// The function's template form: its name and its argument as a plain value
    /// (`get_input: name` is `("get_input", "name")`).
    pub fn to_template(&self) -> (&'static str, Value) {
        let arg = match self {
            Function::GetInput(name) => Value::from(name.as_str()),
            Function::GetReference(node) => Value::from(node.name.as_str()),
            Function::GetAttribute { node, path } => Value::List(
                std::iter::once(&node.name)
                    .chain(path)
                    .map(|s| Value::from(s.as_str()))
                    .collect(),
            ),
            Function::CondNot(a) | Function::Base64Encode(a) | Function::GetListLength(a) => {
                a.clone()
            }
            Function::Replace(template, vars) => {
                Value::List(vec![template.clone(), Value::Map(vars.clone())])
            }
            other => Value::List(other.arguments().into_iter().cloned().collect()),
        };
        (self.name(), arg)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn template_forms() {
        let (n, a) = Function::GetInput("image".into()).to_template();
        assert_eq!((n, a), ("get_input", Value::from("image")));
        let f = Function::GetAttribute {
            node: "vm".into(),
            path: vec!["publicIps".into()],
        };
        assert_eq!(f.to_template().1, Value::from(["vm", "publicIps"]));
        assert_eq!(f.referenced_node(), Some("vm"));
        let s = Function::Select(Value::Int(0), Value::from(Function::GetInput("l".into())));
        assert_eq!(s.to_template().0, "select");
        assert_eq!(s.arguments().len(), 2);
        let not = Function::CondNot(Value::Bool(true));
        assert_eq!(not.to_template().1, Value::Bool(true));
    }
}
