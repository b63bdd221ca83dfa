//! Synth-time checks: what the compiler cannot know. Every finding is collected.

use std::collections::{BTreeSet, HashMap};

use regex::Regex;
use rfs_types::core::{Completeness, PropertyInfo, Value};

use crate::stack::{Finding, NodeDef, PSEUDO_PARAMETERS, Severity, dependency_graph};

pub(crate) struct InputView<'a> {
    pub name: &'a str,
    pub description: Option<&'a str>,
    pub label: Option<&'a str>,
}

/// Largest number of inputs a template may declare.
pub const MAX_INPUTS: usize = 60;

fn error(path: impl Into<String>, message: impl Into<String>) -> Finding {
    Finding {
        severity: Severity::Error,
        path: path.into(),
        message: message.into(),
    }
}

fn warning(path: impl Into<String>, message: impl Into<String>) -> Finding {
    Finding {
        severity: Severity::Warning,
        path: path.into(),
        message: message.into(),
    }
}

fn name_ok(name: &str, max: usize, upper: bool) -> bool {
    !name.is_empty()
        && name.chars().count() <= max
        && name.chars().all(|c| {
            c.is_ascii_lowercase()
                || c.is_ascii_digit()
                || c == '-'
                || (upper && c.is_ascii_uppercase())
        })
}

fn length(path: &str, text: Option<&str>, max: usize, out: &mut Vec<Finding>) {
    if let Some(t) = text {
        let n = t.chars().count();
        if n > max {
            out.push(error(
                path,
                format!("is {n} characters long; at most {max} are allowed"),
            ));
        }
    }
}

pub(crate) fn check(
    description: Option<&str>,
    inputs: &[InputView<'_>],
    nodes: &[NodeDef],
    outputs: &[(&str, &Value, Option<&str>)],
) -> Vec<Finding> {
    let mut out = Vec::new();
    length("description", description, 1024, &mut out);

    if inputs.len() > MAX_INPUTS {
        out.push(error(
            "inputs",
            format!(
                "{} inputs declared; at most {MAX_INPUTS} are allowed",
                inputs.len()
            ),
        ));
    }
    for i in inputs {
        let path = format!("inputs.{}", i.name);
        if !name_ok(i.name, 20, false) {
            out.push(error(
                &path,
                "input names are 1-20 characters of lowercase letters, digits and '-'",
            ));
        }
        length(&format!("{path}.description"), i.description, 255, &mut out);
        length(&format!("{path}.label"), i.label, 64, &mut out);
    }

    let mut names: HashMap<&str, &NodeDef> = HashMap::new();
    for n in nodes {
        let path = format!("node_templates.{}", n.name);
        if !name_ok(&n.name, 48, false) {
            out.push(error(
                &path,
                "element names are 1-48 characters of lowercase letters, digits and '-'",
            ));
        }
        if names.insert(&n.name, n).is_some() {
            out.push(error(&path, "another element has the same name"));
        }
    }
    let input_names: BTreeSet<&str> = inputs.iter().map(|i| i.name).collect();
    let mut used_inputs = BTreeSet::new();
    let mut refs = |path: &str, value: &Value, out: &mut Vec<Finding>| {
        value.visit_functions(&mut |f| {
            use rfs_types::core::Function;
            match f {
                Function::GetInput(name) => {
                    used_inputs.insert(name.clone());
                    if !input_names.contains(name.as_str())
                        && !PSEUDO_PARAMETERS.contains(&name.as_str())
                    {
                        out.push(error(
                            path,
                            format!("get_input of undeclared input '{name}'"),
                        ));
                    }
                }
                Function::GetReference(node) | Function::GetAttribute { node, .. } => {
                    match names.get(node.as_str()) {
                        None => out.push(error(
                            path,
                            format!(
                                "{} of element '{node}', which is not in this stack",
                                f.name()
                            ),
                        )),
                        Some(target) => {
                            if let Function::GetAttribute { path: attr, .. } = f {
                                let first = attr.first().map(String::as_str).unwrap_or_default();
                                let known = target
                                    .info
                                    .attributes
                                    .iter()
                                    .any(|a| *a == first || *a == "*");
                                if !known {
                                    out.push(warning(
                                        path,
                                        format!(
                                            "attribute '{first}' is not documented for {}",
                                            target.type_name
                                        ),
                                    ));
                                }
                            }
                        }
                    }
                }
                _ => {}
            }
        });
    };
    for n in nodes {
        for (key, value) in n.properties.iter() {
            let path = format!("node_templates.{}.properties.{key}", n.name);
            refs(&path, value, &mut out);
            match n.info.property(key) {
                Some(p) => literal(&path, p, value, &mut out),
                None if n.unlisted.iter().any(|u| u == key) => {
                    let why = match n.info.completeness {
                        Completeness::Complete => {
                            "the spec is complete, so this is probably a mistake"
                        }
                        _ => "the spec is partial; check the property against the official page",
                    };
                    out.push(warning(
                        &path,
                        format!(
                            "property '{key}' is not in the spec of {} ({why})",
                            n.type_name
                        ),
                    ));
                }
                None => {}
            }
        }
        for target in &n.depends_on {
            if !names.contains_key(target.as_str()) {
                out.push(error(
                    format!("node_templates.{}.requirements", n.name),
                    format!("dependency on element '{target}', which is not in this stack"),
                ));
            }
        }
    }
    for (name, value, desc) in outputs {
        let path = format!("outputs.{name}");
        if !name_ok(name, 20, false) {
            out.push(error(
                &path,
                "output names are 1-20 characters of lowercase letters, digits and '-'",
            ));
        }
        length(&format!("{path}.description"), *desc, 255, &mut out);
        refs(&format!("{path}.value"), value, &mut out);
    }
    for i in inputs {
        if !used_inputs.contains(i.name) {
            out.push(warning(
                format!("inputs.{}", i.name),
                "input is declared but never used",
            ));
        }
    }
    if let Some(cycle) = find_cycle(nodes) {
        out.push(error(
            "node_templates",
            format!("dependency cycle: {}", cycle.join(" -> ")),
        ));
    }
    out
}

/// Range, length and pattern checks on a literal value (functions are checked when deployed).
fn literal(path: &str, p: &PropertyInfo, value: &Value, out: &mut Vec<Finding>) {
    if let (true, Value::List(items)) = (p.list, value) {
        for (i, item) in items.iter().enumerate() {
            literal_item(&format!("{path}[{i}]"), p, item, out);
        }
    } else if !p.list {
        literal_item(path, p, value, out);
    }
}

fn literal_item(path: &str, p: &PropertyInfo, value: &Value, out: &mut Vec<Finding>) {
    let number = match value {
        Value::Int(i) => Some(*i as f64),
        Value::Float(x) => Some(*x),
        _ => None,
    };
    if let Some(x) = number {
        if let Some(min) = p.min.filter(|m| x < *m) {
            out.push(error(path, format!("{x} is below the minimum {min}")));
        }
        if let Some(max) = p.max.filter(|m| x > *m) {
            out.push(error(path, format!("{x} is above the maximum {max}")));
        }
    }
    if let Value::String(s) = value {
        let n = s.chars().count() as u64;
        if let Some(min) = p.min_length.filter(|m| n < *m) {
            out.push(error(
                path,
                format!("is {n} characters long; at least {min} are required"),
            ));
        }
        if let Some(max) = p.max_length.filter(|m| n > *m) {
            out.push(error(
                path,
                format!("is {n} characters long; at most {max} are allowed"),
            ));
        }
        if let Some(re) = p.pattern
            && let Ok(r) = Regex::new(&format!("^(?:{re})$"))
            && !r.is_match(s)
        {
            out.push(error(
                path,
                format!("'{s}' does not match the pattern {re}"),
            ));
        }
    }
}

/// The first dependency cycle found, as element names with the first repeated at the end.
fn find_cycle(nodes: &[NodeDef]) -> Option<Vec<String>> {
    let graph = dependency_graph(nodes);
    let mut state: HashMap<&str, u8> = HashMap::new();
    let mut order: Vec<&str> = nodes.iter().map(|n| n.name.as_str()).collect();
    order.dedup();
    fn visit<'a>(
        n: &'a str,
        graph: &'a HashMap<&str, Vec<String>>,
        state: &mut HashMap<&'a str, u8>,
        stack: &mut Vec<&'a str>,
    ) -> Option<Vec<String>> {
        state.insert(n, 1);
        stack.push(n);
        for next in graph.get(n).into_iter().flatten() {
            match state.get(next.as_str()) {
                Some(1) => {
                    let start = stack.iter().position(|s| *s == next)?;
                    let mut cycle: Vec<String> =
                        stack[start..].iter().map(|s| (*s).to_owned()).collect();
                    cycle.push(next.clone());
                    return Some(cycle);
                }
                None if graph.contains_key(next.as_str()) => {
                    if let Some(c) = visit(next, graph, state, stack) {
                        return Some(c);
                    }
                }
                _ => {}
            }
        }
        stack.pop();
        state.insert(n, 2);
        None
    }
    for n in order {
        if !state.contains_key(n)
            && let Some(c) = visit(n, &graph, &mut state, &mut Vec::new())
        {
            return Some(c);
        }
    }
    None
}
