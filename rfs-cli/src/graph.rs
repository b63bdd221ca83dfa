//! The element dependency graph of a template, as DOT or Mermaid.

use std::collections::BTreeSet;

use crate::source::{Node, Yaml};

/// One dependency: `from` needs `to`, because of `via` (a property key or `requirements`).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Edge {
    /// The dependent element.
    pub from: String,
    /// The element it depends on.
    pub to: String,
    /// The property or requirement key that makes the dependency.
    pub via: String,
}

/// Elements (name, type) and dependencies, in file order; dependencies come from
/// `get_reference`/`get_attribute` in properties and from `requirements`.
pub fn edges(root: &Node) -> (Vec<(String, String)>, Vec<Edge>) {
    let mut nodes = Vec::new();
    let mut edges = BTreeSet::new();
    let Some(elements) = root.get("node_templates").and_then(Node::as_map) else {
        return (nodes, Vec::new());
    };
    let names: BTreeSet<&str> = elements.iter().map(|(k, _)| k.name.as_str()).collect();
    for (k, v) in elements {
        let ty = v
            .get("type")
            .and_then(Node::as_str)
            .unwrap_or("?")
            .to_owned();
        nodes.push((k.name.clone(), ty));
        if let Some(props) = v.get("properties").and_then(Node::as_map) {
            for (key, value) in props {
                let mut targets = Vec::new();
                references(value, &mut targets);
                for t in targets {
                    if t != k.name && names.contains(t.as_str()) {
                        edges.insert(Edge {
                            from: k.name.clone(),
                            to: t,
                            via: key.name.clone(),
                        });
                    }
                }
            }
        }
        if let Some(Yaml::List(reqs)) = v.get("requirements").map(|r| &r.value) {
            for r in reqs {
                if let Some((key, target)) = r.single_entry()
                    && let Some(t) = target.get("node").and_then(Node::as_str)
                    && names.contains(t)
                {
                    edges.insert(Edge {
                        from: k.name.clone(),
                        to: t.to_owned(),
                        via: key.name.clone(),
                    });
                }
            }
        }
    }
    (nodes, edges.into_iter().collect())
}

fn references(v: &Node, out: &mut Vec<String>) {
    if let Some((k, arg)) = v.single_entry() {
        match (k.name.as_str(), &arg.value) {
            ("get_reference", Yaml::Str(s)) => return out.push(s.clone()),
            ("get_attribute", Yaml::List(items)) => {
                if let Some(s) = items.first().and_then(Node::as_str) {
                    out.push(s.to_owned());
                }
                return;
            }
            _ => {}
        }
    }
    match &v.value {
        Yaml::List(items) => items.iter().for_each(|i| references(i, out)),
        Yaml::Map(entries) => entries.iter().for_each(|(_, i)| references(i, out)),
        _ => {}
    }
}

fn quote(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

/// Graphviz DOT: elements as boxes labelled with their type, edges from dependent to
/// dependency, labelled with the key that makes them.
pub fn dot(root: &Node) -> String {
    let (nodes, edges) = edges(root);
    let mut out = String::from("digraph template {\n  rankdir=LR;\n  node [shape=box];\n");
    for (name, ty) in &nodes {
        out.push_str(&format!(
            "  {} [label={}];\n",
            quote(name),
            quote(&format!("{name}\n{ty}"))
        ));
    }
    for e in &edges {
        out.push_str(&format!(
            "  {} -> {} [label={}];\n",
            quote(&e.from),
            quote(&e.to),
            quote(&e.via)
        ));
    }
    out.push_str("}\n");
    out
}

/// Mermaid flowchart, same content as [`dot`].
pub fn mermaid(root: &Node) -> String {
    let (nodes, edges) = edges(root);
    let id = |name: &str| {
        format!(
            "n_{}",
            name.replace(|c: char| !c.is_ascii_alphanumeric(), "_")
        )
    };
    let mut out = String::from("flowchart LR\n");
    for (name, ty) in &nodes {
        out.push_str(&format!("  {}[\"{name}<br/>{ty}\"]\n", id(name)));
    }
    for e in &edges {
        out.push_str(&format!("  {} -->|{}| {}\n", id(&e.from), e.via, id(&e.to)));
    }
    out
}
