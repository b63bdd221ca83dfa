//! A stack as the template tree the rule engine checks and the YAML writer writes: the one place
//! that lays out a template (sections in the canonical order, keys in spec order).

use rfs_check::language::TOSCA_VERSION;
use rfs_check::tree::{Key, Node, Yaml};
use rfs_types::core::{Function, Map, Value};

use crate::section::{Item, Section};
use crate::stack::{InputDef, NodeDef, PARALLEL, Stack};

/// The template of `stack`: version, description, inputs, mappings, conditions,
/// node_templates, policies, outputs; empty sections are left out.
pub(crate) fn template(stack: &Stack) -> Node {
    let mut doc: Vec<(Key, Node)> =
        vec![("tosca_definitions_version".into(), Node::str(TOSCA_VERSION))];
    if let Some(d) = &stack.description {
        doc.push(("description".into(), Node::str(d.as_str())));
    }
    section(&mut doc, &stack.inputs, input);
    section(&mut doc, &stack.mappings, |m| map(&m.entries));
    section(&mut doc, &stack.conditions, |c| value(&c.0));
    let elements = |items: &[Item<NodeDef>]| -> Vec<(Key, Node)> {
        items
            .iter()
            .map(|n| (Key::from(n.name.clone()), element(&n.name, &n.def)))
            .collect()
    };
    let items = &stack.nodes.items;
    let nodes = if items.len() < PARALLEL {
        elements(items)
    } else {
        // Large stacks render their elements in two halves, one on a second thread.
        let (first, second) = items.split_at(items.len() / 2);
        std::thread::scope(|scope| {
            let rest = scope.spawn(|| elements(second));
            let mut nodes = elements(first);
            match rest.join() {
                Ok(rest) => nodes.extend(rest),
                Err(panic) => std::panic::resume_unwind(panic),
            }
            nodes
        })
    };
    doc.push((stack.nodes.key.into(), Node::new(Yaml::Map(nodes))));
    section(&mut doc, &stack.policies, |p| {
        let mut m: Vec<(Key, Node)> = vec![("type".into(), Node::str(p.type_name))];
        if !p.properties.is_empty() {
            m.push(("properties".into(), map(&p.properties)));
        }
        let targets = p.targets.iter().map(|t| Node::str(t.name.as_str()));
        m.push(("targets".into(), Node::new(Yaml::List(targets.collect()))));
        Node::new(Yaml::Map(m))
    });
    section(&mut doc, &stack.outputs, |o| {
        let mut m: Vec<(Key, Node)> = Vec::new();
        if let Some(d) = &o.description {
            m.push(("description".into(), Node::str(d.as_str())));
        }
        m.push(("value".into(), value(&o.value)));
        Node::new(Yaml::Map(m))
    });
    Node::new(Yaml::Map(doc))
}

/// A section as a map of its items, left out when empty.
fn section<T>(doc: &mut Vec<(Key, Node)>, s: &Section<T>, item: impl Fn(&T) -> Node) {
    if !s.is_empty() {
        let items = s.iter().map(|i| (i.name.clone(), item(&i.def)));
        doc.push((s.key.into(), Node::map(items)));
    }
}

fn input(d: &InputDef) -> Node {
    let mut m: Vec<(Key, Node)> = Vec::with_capacity(6);
    if let Some(t) = d.type_name {
        m.push(("type".into(), Node::str(t)));
    }
    if let Some(v) = &d.default {
        m.push(("default".into(), value(v)));
    }
    if !d.constraints.is_empty() {
        m.push(("constraints".into(), map(&d.constraints)));
    }
    if let Some(v) = &d.description {
        m.push(("description".into(), Node::str(v.as_str())));
    }
    if let Some(v) = &d.label {
        m.push(("label".into(), Node::str(v.as_str())));
    }
    if let Some(invisible) = d.invisible {
        m.push(("invisible".into(), Node::new(Yaml::Bool(invisible))));
    }
    Node::new(Yaml::Map(m))
}

fn element(name: &str, n: &NodeDef) -> Node {
    let mut m: Vec<(Key, Node)> = Vec::with_capacity(5);
    m.push(("type".into(), Node::str(n.type_name)));
    if !n.properties.is_empty() {
        m.push(("properties".into(), map(&n.properties)));
    }
    let reqs = requirements(name, n);
    if !reqs.is_empty() {
        let items = reqs.into_iter().map(|(key, target, relationship)| {
            let mut entry = vec![(Key::from("node"), Node::str(target))];
            if let Some(r) = relationship {
                entry.push(("relationship".into(), Node::str(r)));
            }
            Node::map([(key, Node::new(Yaml::Map(entry)))])
        });
        m.push((
            "requirements".into(),
            Node::new(Yaml::List(items.collect())),
        ));
    }
    if let Some((c, _)) = &n.condition {
        m.push(("condition".into(), Node::str(c.as_str())));
    }
    if let Some(meta) = &n.metadata {
        m.push(("metadata".into(), value(meta)));
    }
    Node::new(Yaml::Map(m))
}

/// The `requirements` of an element: for each property fed by `get_reference` or
/// `get_attribute` of another element, `<property>: {node: <element>}`, in property order
/// (unless the element asked for explicit requirements only); then the explicit ones, an
/// explicit entry replacing a derived one with the same key and target. Each pair appears once.
fn requirements<'a>(name: &str, n: &'a NodeDef) -> Vec<(Key, &'a str, Option<&'a str>)> {
    let mut out: Vec<(Key, &str, Option<&str>)> = Vec::new();
    if n.derive_requirements {
        for (key, value) in n.properties.entries() {
            value.visit_functions(&mut |f| {
                if let Some(target) = f.referenced_node()
                    && target != name
                    && !out.iter().any(|(k, t, _)| k.name == *key && *t == target)
                {
                    out.push((Key::from(key.clone()), target, None));
                }
            });
        }
    }
    for r in &n.requirements {
        let (target, relationship) = (r.target.name.as_str(), r.relationship.as_deref());
        match out
            .iter_mut()
            .find(|(k, t, _)| k.name == r.key.as_str() && *t == target)
        {
            Some(slot) => slot.2 = relationship,
            None => out.push((Key::from(r.key.clone()), target, relationship)),
        }
    }
    out
}

fn map(m: &Map) -> Node {
    Node::new(Yaml::Map(
        m.entries()
            .iter()
            .map(|(k, v)| (Key::from(k.clone()), value(v)))
            .collect(),
    ))
}

/// A value as the template writes it: functions as single-key maps, escape hatches as marks.
pub(crate) fn value(v: &Value) -> Node {
    match v {
        Value::Null => Node::new(Yaml::Null),
        Value::Bool(b) => Node::new(Yaml::Bool(*b)),
        Value::Int(i) => Node::new(Yaml::Int(*i)),
        Value::Float(x) => Node::new(Yaml::Float(*x)),
        Value::String(s) => Node::str(s.as_str()),
        Value::List(items) => Node::new(Yaml::List(items.iter().map(value).collect())),
        Value::Map(m) => map(m),
        Value::Function(f) => function(f),
        Value::Marked(inner, mark) => value(inner).marked(Some(*mark)),
    }
}

fn function(f: &Function) -> Node {
    let names = |items: &mut dyn Iterator<Item = &str>| {
        Node::new(Yaml::List(items.map(Node::str).collect()))
    };
    let arg = match f {
        Function::GetInput(name) => Node::str(name.as_str()),
        Function::GetReference(node) => Node::str(node.name.as_str()),
        Function::GetAttribute { node, path } => {
            names(&mut std::iter::once(node.name.as_str()).chain(path.iter().map(String::as_str)))
        }
        Function::CondNot(a) | Function::Base64Encode(a) | Function::GetListLength(a) => value(a),
        Function::Replace(template, vars) => {
            Node::new(Yaml::List(vec![value(template), map(vars)]))
        }
        other => Node::new(Yaml::List(
            other.arguments().into_iter().map(value).collect(),
        )),
    };
    Node::function(f.name(), arg)
}
