//! The element dependency graph of a template, its cycles and a creation order: computed once
//! here for `Stack::synth`, `rfs lint`, `rfs graph` and `rfs import`.

use std::collections::{BTreeSet, BinaryHeap, HashMap, HashSet};

use crate::language::Func;
use crate::tree::{Node, Pos, Yaml};

/// One dependency: `from` needs `to`, because of `via` (a property key or a requirement key).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Edge<'a> {
    /// The dependent element.
    pub from: &'a str,
    /// The element it depends on.
    pub to: &'a str,
    /// The property or requirement key that makes the dependency.
    pub via: &'a str,
}

/// The elements of a template and their dependencies, borrowing its names.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Graph<'a> {
    /// Elements in template order: name, type (`?` when it has none) and where the name is.
    pub nodes: Vec<(&'a str, &'a str, Pos)>,
    /// Dependencies between existing elements, sorted, each once. They come from
    /// `get_reference`/`get_attribute` in properties and from `requirements`; an element that
    /// refers to itself has an edge to itself.
    pub edges: Vec<Edge<'a>>,
}

/// The dependency graph of a template (its `node_templates`).
pub fn dependencies(root: &Node) -> Graph<'_> {
    let mut graph = Graph::default();
    let Some(elements) = root.get("node_templates").and_then(Node::as_map) else {
        return graph;
    };
    let names: HashSet<&str> = elements.iter().map(|(k, _)| k.as_str()).collect();
    graph.nodes.reserve(elements.len());
    let mut edges = Vec::new();
    let mut targets = Vec::new();
    let mut todo = Vec::new();
    for (k, v) in elements {
        let ty = v.get("type").and_then(Node::as_str).unwrap_or("?");
        graph.nodes.push((k.as_str(), ty, k.pos));
        if let Some(props) = v.get("properties").and_then(Node::as_map) {
            for (key, value) in props {
                targets.clear();
                walk_references(value, true, &mut targets, &mut todo);
                // An element reading its own attribute or id is a cycle of one.
                for t in &targets {
                    if names.contains(t) {
                        edges.push(Edge {
                            from: k.as_str(),
                            to: t,
                            via: key.as_str(),
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
                    edges.push(Edge {
                        from: k.as_str(),
                        to: t,
                        via: key.as_str(),
                    });
                }
            }
        }
    }
    edges.sort_unstable();
    edges.dedup();
    graph.edges = edges;
    graph
}

/// The elements a value reads with `get_reference` or `get_attribute`, at any depth, in
/// document order (a repeat each time).
pub fn references<'a>(v: &'a Node, out: &mut Vec<&'a str>) {
    walk_references(v, true, out, &mut Vec::new());
}

/// The references `Stack` writes typed and derives requirements from: as [`references`], but
/// not the list form `get_reference: [name]`, which the DSL keeps in its template form.
pub fn typed_references<'a>(v: &'a Node, out: &mut Vec<&'a str>) {
    walk_references(v, false, out, &mut Vec::new());
}

/// The walk behind [`references`]: iterative, with `todo` as its (reused) stack.
fn walk_references<'a>(
    v: &'a Node,
    list_form: bool,
    out: &mut Vec<&'a str>,
    todo: &mut Vec<&'a Node>,
) {
    if !matches!(v.value, Yaml::List(_) | Yaml::Map(_)) {
        return; // a scalar refers to nothing
    }
    todo.clear();
    todo.push(v);
    while let Some(v) = todo.pop() {
        if let Some((k, arg)) = v.single_entry()
            && let Some(func) = Func::parse(&k.name)
        {
            match (func, &arg.value) {
                (Func::GetReference, Yaml::Str(s)) => {
                    out.push(s);
                    continue;
                }
                (Func::GetReference, Yaml::List(items)) if items.len() == 1 => {
                    if list_form && let Some(s) = items[0].as_str() {
                        out.push(s);
                    }
                    continue;
                }
                (Func::GetAttribute, Yaml::List(items)) => {
                    if let Some(s) = items.first().and_then(Node::as_str) {
                        out.push(s);
                    }
                    continue;
                }
                _ => {}
            }
        }
        match &v.value {
            Yaml::List(items) => todo.extend(items.iter().rev()),
            Yaml::Map(entries) => todo.extend(entries.iter().rev().map(|(_, i)| i)),
            _ => {}
        }
    }
}

/// The elements (indexes into [`Graph::nodes`]) in an order where each comes after the elements
/// it depends on, and otherwise in template order; elements in a cycle (and what depends on
/// them) come last, in template order. Linear in the size of the graph (times log n).
pub fn order(graph: &Graph<'_>) -> Vec<usize> {
    let n = graph.nodes.len();
    let mut index: HashMap<&str, usize> = HashMap::with_capacity(n);
    for (i, (name, _, _)) in graph.nodes.iter().enumerate() {
        index.entry(name).or_insert(i);
    }
    let mut waiting = vec![0usize; n];
    let mut dependents: Vec<Vec<usize>> = vec![Vec::new(); n];
    for e in &graph.edges {
        if let (Some(&from), Some(&to)) = (index.get(e.from), index.get(e.to)) {
            waiting[from] += 1;
            dependents[to].push(from);
        }
    }
    // The next element is always the earliest (in template order) whose dependencies are placed.
    let mut ready: BinaryHeap<std::cmp::Reverse<usize>> = (0..n)
        .filter(|&i| waiting[i] == 0)
        .map(std::cmp::Reverse)
        .collect();
    let mut out = Vec::with_capacity(n);
    let mut placed = vec![false; n];
    while let Some(std::cmp::Reverse(i)) = ready.pop() {
        out.push(i);
        placed[i] = true;
        for &d in &dependents[i] {
            waiting[d] -= 1;
            if waiting[d] == 0 {
                ready.push(std::cmp::Reverse(d));
            }
        }
    }
    out.extend((0..n).filter(|&i| !placed[i]));
    out
}

/// Every dependency cycle, each once, as element names with the first repeated at the end, in
/// the order found. Iterative: a chain of any length is fine.
pub fn cycles<'a>(graph: &Graph<'a>) -> Vec<Vec<&'a str>> {
    // Elements by index (a repeated name is one element), and each one's edges in order.
    let mut index: HashMap<&str, usize> = HashMap::with_capacity(graph.nodes.len());
    let mut names: Vec<&'a str> = Vec::with_capacity(graph.nodes.len());
    let mut id = |name: &'a str, names: &mut Vec<&'a str>| {
        *index.entry(name).or_insert_with(|| {
            names.push(name);
            names.len() - 1
        })
    };
    let starts: Vec<usize> = graph
        .nodes
        .iter()
        .map(|(n, _, _)| id(n, &mut names))
        .collect();
    let links: Vec<(usize, usize)> = graph
        .edges
        .iter()
        .map(|e| (id(e.from, &mut names), id(e.to, &mut names)))
        .collect();
    let n = names.len();
    let mut first = vec![0usize; n + 1];
    for &(from, _) in &links {
        first[from + 1] += 1;
    }
    for i in 0..n {
        first[i + 1] += first[i];
    }
    let mut next = vec![0usize; links.len()];
    let mut fill = first.clone();
    for &(from, to) in &links {
        next[fill[from]] = to;
        fill[from] += 1;
    }
    // 0: not seen, 1: on the current path, 2: done.
    let mut state = vec![0u8; n];
    let mut found = Vec::new();
    let mut seen = BTreeSet::new();
    let mut stack: Vec<(usize, usize)> = Vec::new();
    for start in starts {
        if state[start] != 0 {
            continue;
        }
        stack.push((start, first[start]));
        state[start] = 1;
        while let Some((node, at)) = stack.pop() {
            if at == first[node + 1] {
                state[node] = 2;
                continue;
            }
            let to = next[at];
            stack.push((node, at + 1));
            match state[to] {
                1 => {
                    let from = stack.iter().position(|(n, _)| *n == to).unwrap_or(0);
                    let mut cycle: Vec<&'a str> =
                        stack[from..].iter().map(|(n, _)| names[*n]).collect();
                    cycle.push(names[to]);
                    let mut key = cycle.clone();
                    key.sort();
                    if seen.insert(key) {
                        found.push(cycle);
                    }
                }
                2 => {}
                _ => {
                    state[to] = 1;
                    stack.push((to, first[to]));
                }
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn element(refs: &[&str]) -> Node {
        let props = refs.iter().enumerate().map(|(i, r)| {
            (
                format!("p{i}"),
                Node::function("get_reference", Node::str(*r)),
            )
        });
        Node::map([
            ("type", Node::str("HuaweiCloud.X.Y")),
            ("properties", Node::map(props)),
        ])
    }

    #[test]
    fn edges_and_cycles() {
        let root = Node::map([(
            "node_templates",
            Node::map([
                ("a", element(&["b"])),
                ("b", element(&["c", "missing"])),
                ("c", element(&["a"])),
                ("d", element(&["d"])),
            ]),
        )]);
        let g = dependencies(&root);
        assert_eq!(g.nodes.len(), 4);
        assert_eq!(g.edges.len(), 4, "{g:?}");
        assert_eq!(cycles(&g), [vec!["a", "b", "c", "a"], vec!["d", "d"]]);
        // a, b, c form a cycle, d refers to itself: they keep template order.
        assert_eq!(order(&g), [0, 1, 2, 3]);
    }

    #[test]
    fn creation_order_puts_dependencies_first() {
        let root = Node::map([(
            "node_templates",
            Node::map([
                ("sub", element(&["net"])),
                ("vm", element(&["sub", "net"])),
                ("net", element(&[])),
                ("other", element(&[])),
            ]),
        )]);
        assert_eq!(order(&dependencies(&root)), [2, 0, 1, 3]);
    }

    #[test]
    fn a_long_chain_needs_no_deep_stack() {
        let n = 200_000;
        let names: Vec<String> = (0..n).map(|i| format!("e{i}")).collect();
        let mut g = Graph::default();
        for i in 0..n {
            g.nodes.push((names[i].as_str(), "?", Pos::NONE));
            if i > 0 {
                g.edges.push(Edge {
                    from: &names[i],
                    to: &names[i - 1],
                    via: "dependency",
                });
            }
        }
        assert!(cycles(&g).is_empty());
        assert_eq!(order(&g).len(), n);
        g.edges.push(Edge {
            from: &names[0],
            to: &names[n - 1],
            via: "dependency",
        });
        assert_eq!(cycles(&g)[0].len(), n + 1);
    }
}
