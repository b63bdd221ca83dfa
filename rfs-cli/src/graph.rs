//! The element dependency graph of a template, as DOT or Mermaid.

use rfs_check::tree::Node;

pub use rfs_check::graph::Edge;

/// Elements (name, type) and dependencies, in file order; dependencies come from
/// `get_reference`/`get_attribute` in properties and from `requirements` (the rule engine's
/// graph, the one its cycle check uses).
pub fn edges(root: &Node) -> (Vec<(&str, &str)>, Vec<Edge<'_>>) {
    let g = rfs_check::graph::dependencies(root);
    let nodes = g.nodes.into_iter().map(|(n, t, _)| (n, t)).collect();
    (nodes, g.edges)
}

/// A DOT string: quotes and backslashes escaped, control characters as `\u{..}` text (DOT
/// would otherwise take a newline into the label, or worse).
fn quote(s: &str) -> String {
    let mut out = String::from("\"");
    for c in rfs_check::text::escape(s).chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Graphviz DOT: elements as boxes labelled with their type, edges from dependent to
/// dependency, labelled with the key that makes them. One line per element and per edge.
pub fn dot(root: &Node) -> String {
    let (nodes, edges) = edges(root);
    let mut out = String::from("digraph template {\n  rankdir=LR;\n  node [shape=box];\n");
    for (name, ty) in &nodes {
        out.push_str(&format!(
            "  {} [label={}];\n",
            quote(name),
            quote(&format!("{name} : {ty}"))
        ));
    }
    for e in &edges {
        out.push_str(&format!(
            "  {} -> {} [label={}];\n",
            quote(e.from),
            quote(e.to),
            quote(e.via)
        ));
    }
    out.push_str("}\n");
    out
}

/// Mermaid label text: `"` and the characters Mermaid reads as markup written as entity codes
/// (`#quot;`, `#124;`, ...), control characters escaped, so a name cannot close the label and
/// add nodes or edges.
fn label(s: &str) -> String {
    let mut out = String::new();
    for c in rfs_check::text::escape(s).chars() {
        match c {
            '"' | '|' | '<' | '>' | '[' | ']' | '{' | '}' | '(' | ')' | '#' | ';' | '`' => {
                out.push_str(&format!("#{};", c as u32));
            }
            c => out.push(c),
        }
    }
    out
}

/// Mermaid flowchart, same content as [`dot`]. Ids are our own (`n0`, `n1`, ...: element names
/// such as `a-b` and `a.b` would collide), labels are escaped.
pub fn mermaid(root: &Node) -> String {
    let (nodes, edges) = edges(root);
    let ids: std::collections::HashMap<&str, usize> = nodes
        .iter()
        .enumerate()
        .map(|(i, (name, _))| (*name, i))
        .collect();
    let id = |name: &str| match ids.get(name) {
        Some(i) => format!("n{i}"),
        None => "missing".to_owned(),
    };
    let mut out = String::from("flowchart LR\n");
    for (i, (name, ty)) in nodes.iter().enumerate() {
        out.push_str(&format!("  n{i}[\"{}<br/>{}\"]\n", label(name), label(ty)));
    }
    for e in &edges {
        out.push_str(&format!(
            "  {} -->|\"{}\"| {}\n",
            id(e.from),
            label(e.via),
            id(e.to)
        ));
    }
    out
}
