//! The element dependency graph of a template, as DOT or Mermaid.

use crate::source::Node;

pub use rfs_check::graph::Edge;

/// Elements (name, type) and dependencies, in file order; dependencies come from
/// `get_reference`/`get_attribute` in properties and from `requirements` (the rule engine's
/// graph, the one its cycle check uses).
pub fn edges(root: &Node) -> (Vec<(String, String)>, Vec<Edge>) {
    let g = rfs_check::graph::dependencies(root);
    let nodes = g.nodes.into_iter().map(|(n, t, _)| (n, t)).collect();
    (nodes, g.edges)
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
