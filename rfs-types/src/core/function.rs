//! The AOS built-in functions, as values.

use super::value::{Map, Value};
use rfs_facts::language::Func;

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
    /// Which built-in function this is.
    pub fn func(&self) -> Func {
        match self {
            Function::GetInput(_) => Func::GetInput,
            Function::GetAttribute { .. } => Func::GetAttribute,
            Function::GetReference(_) => Func::GetReference,
            Function::GetInMap(..) => Func::GetInMap,
            Function::CondEq(..) => Func::CondEq,
            Function::CondNot(_) => Func::CondNot,
            Function::CondAnd(_) => Func::CondAnd,
            Function::CondOr(_) => Func::CondOr,
            Function::CondIf(..) => Func::CondIf,
            Function::Base64Encode(_) => Func::Base64Encode,
            Function::Concat(_) => Func::Concat,
            Function::Split(..) => Func::Split,
            Function::Select(..) => Func::Select,
            Function::GetListLength(_) => Func::GetListLength,
            Function::Replace(..) => Func::Replace,
        }
    }

    /// The template name of the function (`get_input`, …).
    pub fn name(&self) -> &'static str {
        self.func().name()
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

    /// Moves the values this function holds into `out` (for dropping without recursion).
    pub(crate) fn take_values(&mut self, out: &mut Vec<Value>) {
        let mut take = |v: &mut Value| out.push(std::mem::replace(v, Value::Null));
        match self {
            Function::GetInput(_) | Function::GetAttribute { .. } | Function::GetReference(_) => {}
            Function::GetInMap(a, b, c) | Function::CondIf(a, b, c) => {
                take(a);
                take(b);
                take(c);
            }
            Function::CondEq(a, b) | Function::Split(a, b) | Function::Select(a, b) => {
                take(a);
                take(b);
            }
            Function::CondNot(a) | Function::Base64Encode(a) | Function::GetListLength(a) => {
                take(a)
            }
            Function::CondAnd(items) | Function::CondOr(items) | Function::Concat(items) => {
                out.append(items)
            }
            Function::Replace(a, vars) => {
                take(a);
                out.extend(std::mem::take(vars).into_iter().map(|(_, v)| v));
            }
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

    /// The function called `name` with `arg`, its argument in template form: the inverse of
    /// [`Function::to_template`] (`("get_input", "name")` is `get_input: name`).
    ///
    /// `None` when `name` is not one of the built-in functions, or `arg` does not have the shape
    /// the function takes: a string for `get_input` and `get_reference`; a list of at least two
    /// strings for `get_attribute`; a list of exactly three for `get_in_map` and `cond_if`, of
    /// exactly two for `cond_eq`, `split` and `select`; any list for `cond_and`, `cond_or` and
    /// `concat`; `[template, {var: value, ...}]` for `replace`; anything for `cond_not`,
    /// `base64_encode` and `get_list_length`.
    ///
    /// Element names get scope 0 (see [`NodeName`]). Marks on the argument's list or on names
    /// are looked through and dropped; the values passed on to the function are kept as given,
    /// including arguments that are themselves function-shaped maps: convert those first when
    /// building a function tree bottom-up. The variables of `replace` may be given as a
    /// function value, when its only variable is named like a function (`{concat: ...}`).
    pub fn from_template(name: &str, arg: &Value) -> Option<Function> {
        fn text(v: &Value) -> Option<String> {
            match v.unmarked() {
                Value::String(s) => Some(s.clone()),
                _ => None,
            }
        }
        fn list(v: &Value) -> Option<&Vec<Value>> {
            match v.unmarked() {
                Value::List(items) => Some(items),
                _ => None,
            }
        }
        fn items<const N: usize>(v: &Value) -> Option<[Value; N]> {
            <[Value; N]>::try_from(list(v)?.clone()).ok()
        }
        Some(match Func::parse(name)? {
            Func::GetInput => Function::GetInput(text(arg)?),
            Func::GetReference => Function::GetReference(NodeName::from(text(arg)?)),
            Func::GetAttribute => {
                let names = list(arg)?.iter().map(text).collect::<Option<Vec<_>>>()?;
                let (node, path) = names.split_first().filter(|(_, path)| !path.is_empty())?;
                Function::GetAttribute {
                    node: NodeName::from(node.as_str()),
                    path: path.to_vec(),
                }
            }
            Func::GetInMap => {
                let [a, b, c] = items(arg)?;
                Function::GetInMap(a, b, c)
            }
            Func::CondIf => {
                let [a, b, c] = items(arg)?;
                Function::CondIf(a, b, c)
            }
            Func::CondEq => {
                let [a, b] = items(arg)?;
                Function::CondEq(a, b)
            }
            Func::Split => {
                let [a, b] = items(arg)?;
                Function::Split(a, b)
            }
            Func::Select => {
                let [a, b] = items(arg)?;
                Function::Select(a, b)
            }
            Func::CondNot => Function::CondNot(arg.clone()),
            Func::Base64Encode => Function::Base64Encode(arg.clone()),
            Func::GetListLength => Function::GetListLength(arg.clone()),
            Func::CondAnd => Function::CondAnd(list(arg)?.clone()),
            Func::CondOr => Function::CondOr(list(arg)?.clone()),
            Func::Concat => Function::Concat(list(arg)?.clone()),
            Func::Replace => {
                let [template, vars] = items(arg)?;
                let vars = match vars.unmarked() {
                    Value::Map(vars) => vars.clone(),
                    Value::Function(f) => {
                        let (name, arg) = f.to_template();
                        std::iter::once((name, arg)).collect()
                    }
                    _ => return None,
                };
                Function::Replace(template, vars)
            }
        })
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

    #[test]
    fn from_template_inverts_to_template() {
        let input = || Value::from(Function::GetInput("x".into()));
        let vars: Map = [("name", input())].into_iter().collect();
        let all = [
            Function::GetInput("image".into()),
            Function::GetAttribute {
                node: "vm".into(),
                path: vec!["addresses".into(), "ip".into()],
            },
            Function::GetReference("vpc".into()),
            Function::GetInMap(Value::from("m"), input(), Value::from("k")),
            Function::CondEq(input(), Value::Int(1)),
            Function::CondNot(input()),
            Function::CondAnd(vec![Value::Bool(true), input()]),
            Function::CondOr(vec![]),
            Function::CondIf(Value::from("c"), Value::Int(1), Value::Null),
            Function::Base64Encode(Value::from("text")),
            Function::Concat(vec![Value::from("a"), input()]),
            Function::Split(Value::from(","), input()),
            Function::Select(Value::Int(0), input()),
            Function::GetListLength(Value::from(["a", "b"])),
            Function::Replace(Value::from("hello $name"), vars),
        ];
        let funcs: Vec<Func> = all.iter().map(Function::func).collect();
        assert_eq!(funcs, Func::ALL);
        for f in all {
            let (name, arg) = f.to_template();
            assert_eq!(Function::from_template(name, &arg), Some(f));
        }
    }

    #[test]
    fn from_template_rejects_bad_shapes() {
        let bad: [(&str, Value); 14] = [
            ("get_output", Value::from("x")),
            ("get_input", Value::Int(5)),
            ("get_input", Value::from(["a"])),
            ("get_reference", Value::Null),
            ("get_attribute", Value::from("vm")),
            ("get_attribute", Value::from(["vm"])),
            (
                "get_attribute",
                Value::List(vec![Value::from("vm"), Value::Int(1)]),
            ),
            ("get_in_map", Value::from(["m", "k"])),
            ("cond_if", Value::from(["c", "t", "f", "x"])),
            ("cond_eq", Value::from(["a"])),
            ("split", Value::from(",")),
            ("concat", Value::from("a")),
            ("replace", Value::from(["t", "vars"])),
            ("replace", Value::Map(Map::new())),
        ];
        for (name, arg) in bad {
            assert_eq!(Function::from_template(name, &arg), None, "{name}: {arg:?}");
        }
    }

    #[test]
    fn from_template_keeps_arguments_and_gives_scope_zero() {
        let nested: Map = [("get_input", "x")].into_iter().collect();
        let f = Function::from_template("cond_not", &Value::Map(nested.clone()));
        assert_eq!(f, Some(Function::CondNot(Value::Map(nested))));
        let Some(Function::GetReference(node)) =
            Function::from_template("get_reference", &Value::from("vm"))
        else {
            panic!("not a get_reference")
        };
        assert_eq!(node.scope, 0);
        let vars = Value::from(Function::Concat(vec![Value::from("a")]));
        let f =
            Function::from_template("replace", &Value::List(vec![Value::from("$concat"), vars]));
        let expected: Map = [("concat", Value::from(["a"]))].into_iter().collect();
        assert_eq!(f, Some(Function::Replace(Value::from("$concat"), expected)));
    }
}
