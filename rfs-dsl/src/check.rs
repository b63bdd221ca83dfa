//! Synth-time checks: what the compiler cannot know. Every finding is collected, each with its
//! path in the template.

use std::collections::{BTreeSet, HashMap};

use regex::Regex;
use rfs_types::core::{Completeness, Function, PropertyInfo, Value};

use crate::stack::{Finding, NodeDef, PSEUDO_PARAMETERS, Requirements, Severity, Stack};

use rfs_types::language::{
    CONDITION_NAMES, ELEMENT_NAMES, INPUT_NAMES, MAPPING_NAMES, MAX_INPUTS, MAX_MAPPINGS, NameRule,
    OUTPUT_NAMES, POLICY_NAMES,
};

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

/// Reports `name` when it breaks `rule`.
fn name_rule(rule: &NameRule, path: &str, name: &str, out: &mut Vec<Finding>) {
    if !rule.accepts(name) {
        out.push(error(path, rule.describe()));
    }
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

fn duplicates<'a>(section: &str, names: impl Iterator<Item = &'a str>, out: &mut Vec<Finding>) {
    let mut seen = BTreeSet::new();
    for n in names {
        if !seen.insert(n) {
            out.push(error(format!("{section}.{n}"), "declared more than once"));
        }
    }
}

/// Compiled property patterns, each compiled once per synth.
#[derive(Default)]
struct Patterns(HashMap<&'static str, Option<Regex>>);

impl Patterns {
    fn matches(&mut self, pattern: &'static str, text: &str) -> bool {
        let re = self
            .0
            .entry(pattern)
            .or_insert_with(|| Regex::new(&format!("^(?:{pattern})$")).ok());
        re.as_ref().is_none_or(|r| r.is_match(text))
    }
}

struct Uses {
    inputs: BTreeSet<String>,
    mappings: BTreeSet<String>,
    conditions: BTreeSet<String>,
}

pub(crate) fn check(stack: &Stack, requirements: &[Requirements]) -> Vec<Finding> {
    let mut out = Vec::new();
    length("description", stack.description.as_deref(), 1024, &mut out);

    if stack.inputs.len() > MAX_INPUTS {
        out.push(error(
            "inputs",
            format!(
                "{} inputs declared; at most {MAX_INPUTS} are allowed",
                stack.inputs.len()
            ),
        ));
    }
    duplicates(
        "inputs",
        stack.inputs.iter().map(|i| i.name.as_str()),
        &mut out,
    );
    for i in &stack.inputs {
        let path = format!("inputs.{}", i.name);
        name_rule(&INPUT_NAMES, &path, &i.name, &mut out);
        length(
            &format!("{path}.description"),
            i.description.as_deref(),
            255,
            &mut out,
        );
        length(&format!("{path}.label"), i.label.as_deref(), 64, &mut out);
        if let Some(d) = &i.default {
            input_default(&path, d, &i.constraints, &mut out);
        }
    }

    if stack.mappings.len() > MAX_MAPPINGS {
        out.push(error(
            "mappings",
            format!(
                "{} mappings declared; at most {MAX_MAPPINGS} are allowed",
                stack.mappings.len()
            ),
        ));
    }
    duplicates(
        "mappings",
        stack.mappings.iter().map(|(n, _)| n.as_str()),
        &mut out,
    );
    for (name, m) in &stack.mappings {
        let path = format!("mappings.{name}");
        name_rule(&MAPPING_NAMES, &path, name, &mut out);
        for (top, inner) in m.entries.iter() {
            name_rule(&MAPPING_NAMES, &format!("{path}.{top}"), top, &mut out);
            if let Value::Map(inner) = inner {
                for (second, _) in inner.iter() {
                    name_rule(
                        &MAPPING_NAMES,
                        &format!("{path}.{top}.{second}"),
                        second,
                        &mut out,
                    );
                }
            }
        }
    }

    duplicates(
        "conditions",
        stack.conditions.iter().map(|(n, _)| n.as_str()),
        &mut out,
    );
    let mut names: HashMap<&str, &NodeDef> = HashMap::new();
    for n in &stack.nodes {
        let path = format!("node_templates.{}", n.name);
        name_rule(&ELEMENT_NAMES, &path, &n.name, &mut out);
        if names.insert(&n.name, n).is_some() {
            out.push(error(&path, "another element has the same name"));
        }
    }

    let mut patterns = Patterns::default();
    let mut uses = Uses {
        inputs: BTreeSet::new(),
        mappings: BTreeSet::new(),
        conditions: BTreeSet::new(),
    };
    for (name, c) in &stack.conditions {
        let path = format!("conditions.{name}");
        name_rule(&CONDITION_NAMES, &path, name, &mut out);
        refs(stack, &names, &path, &c.0, &mut uses, &mut out);
    }
    for n in &stack.nodes {
        for (key, value) in n.properties.iter() {
            let path = format!("node_templates.{}.properties.{key}", n.name);
            refs(stack, &names, &path, value, &mut uses, &mut out);
            match n.info.property(key) {
                Some(p) => literal(&path, p, value, &mut patterns, &mut out),
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
            let path = format!("node_templates.{}.requirements", n.name);
            node_ref(
                stack,
                &names,
                &path,
                "dependency",
                &target.name,
                target.scope,
                &mut out,
            );
        }
        if let Some((c, scope)) = &n.condition {
            uses.conditions.insert(c.clone());
            let path = format!("node_templates.{}.condition", n.name);
            condition_ref(stack, &path, c, *scope, &mut out);
        }
    }
    duplicates(
        "policies",
        stack.policies.iter().map(|p| p.name.as_str()),
        &mut out,
    );
    for p in &stack.policies {
        let path = format!("policies.{}", p.name);
        name_rule(&POLICY_NAMES, &path, &p.name, &mut out);
        for (key, value) in p.properties.iter() {
            let path = format!("{path}.properties.{key}");
            refs(stack, &names, &path, value, &mut uses, &mut out);
            if let Some(info) = p.info.property(key) {
                literal(&path, info, value, &mut patterns, &mut out);
            }
        }
        if p.targets.is_empty() {
            out.push(error(
                format!("{path}.targets"),
                "a policy needs at least one target",
            ));
        }
        for t in &p.targets {
            node_ref(
                stack,
                &names,
                &format!("{path}.targets"),
                "target",
                &t.name,
                t.scope,
                &mut out,
            );
        }
    }
    duplicates(
        "outputs",
        stack.outputs.iter().map(|(n, _)| n.as_str()),
        &mut out,
    );
    for (name, o) in &stack.outputs {
        let path = format!("outputs.{name}");
        name_rule(&OUTPUT_NAMES, &path, name, &mut out);
        length(
            &format!("{path}.description"),
            o.description.as_deref(),
            255,
            &mut out,
        );
        refs(
            stack,
            &names,
            &format!("{path}.value"),
            &o.value,
            &mut uses,
            &mut out,
        );
    }
    for i in &stack.inputs {
        if !uses.inputs.contains(&i.name) {
            out.push(warning(
                format!("inputs.{}", i.name),
                "input is declared but never used",
            ));
        }
    }
    for (m, _) in &stack.mappings {
        if !uses.mappings.contains(m) {
            out.push(warning(
                format!("mappings.{m}"),
                "mapping is declared but never used",
            ));
        }
    }
    for (c, _) in &stack.conditions {
        if !uses.conditions.contains(c) {
            out.push(warning(
                format!("conditions.{c}"),
                "condition is declared but never used",
            ));
        }
    }
    if let Some(cycle) = find_cycle(&stack.nodes, requirements) {
        out.push(error(
            "node_templates",
            format!("dependency cycle: {}", cycle.join(" -> ")),
        ));
    }
    out
}

fn node_ref(
    stack: &Stack,
    names: &HashMap<&str, &NodeDef>,
    path: &str,
    what: &str,
    name: &str,
    scope: u64,
    out: &mut Vec<Finding>,
) {
    if scope != 0 && scope != stack.scope {
        out.push(error(
            path,
            format!("{what} '{name}' is an element of another stack"),
        ));
    } else if !names.contains_key(name) {
        out.push(error(
            path,
            format!("{what} '{name}' is not an element of this stack"),
        ));
    }
}

fn condition_ref(stack: &Stack, path: &str, name: &str, scope: u64, out: &mut Vec<Finding>) {
    if scope != stack.scope {
        out.push(error(
            path,
            format!("condition '{name}' belongs to another stack"),
        ));
    } else if !stack.conditions.iter().any(|(n, _)| n == name) {
        out.push(error(path, format!("condition '{name}' is not declared")));
    }
}

/// Checks every function in `value`: inputs, elements, attributes, mappings and conditions it
/// names must exist in this stack.
fn refs(
    stack: &Stack,
    names: &HashMap<&str, &NodeDef>,
    path: &str,
    value: &Value,
    uses: &mut Uses,
    out: &mut Vec<Finding>,
) {
    value.visit_functions(&mut |f| match f {
        Function::GetInput(name) => {
            uses.inputs.insert(name.clone());
            if !stack.inputs.iter().any(|i| &i.name == name)
                && !PSEUDO_PARAMETERS.contains(&name.as_str())
            {
                out.push(error(
                    path,
                    format!("get_input of undeclared input '{name}'"),
                ));
            }
        }
        Function::GetReference(node) | Function::GetAttribute { node, .. } => {
            node_ref(stack, names, path, f.name(), &node.name, node.scope, out);
            if let (Function::GetAttribute { path: attr, .. }, Some(target)) =
                (f, names.get(node.name.as_str()))
            {
                let first = attr.first().map(String::as_str).unwrap_or_default();
                if !target
                    .info
                    .attributes
                    .iter()
                    .any(|a| *a == first || *a == "*")
                {
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
        Function::GetInMap(map, top, second) => {
            let Value::String(map) = map else { return };
            uses.mappings.insert(map.clone());
            match stack.mappings.iter().find(|(n, _)| n == map) {
                None => out.push(error(
                    path,
                    format!("get_in_map of undeclared mapping '{map}'"),
                )),
                Some((_, m)) => {
                    if let Value::String(top) = top {
                        match m.entries.get(top) {
                            None => {
                                out.push(error(path, format!("mapping '{map}' has no key '{top}'")))
                            }
                            Some(Value::Map(inner)) => {
                                if let Value::String(second) = second
                                    && inner.get(second).is_none()
                                {
                                    out.push(error(
                                        path,
                                        format!("mapping '{map}' has no key '{top}.{second}'"),
                                    ));
                                }
                            }
                            Some(_) => {}
                        }
                    }
                }
            }
        }
        Function::CondIf(Value::String(c), _, _) => {
            uses.conditions.insert(c.clone());
            if !stack.conditions.iter().any(|(n, _)| n == c) {
                out.push(error(
                    path,
                    format!("cond_if of undeclared condition '{c}'"),
                ));
            }
        }
        _ => {}
    });
}

/// An input's default must satisfy its own constraints.
fn input_default(
    path: &str,
    default: &Value,
    constraints: &rfs_types::core::Map,
    out: &mut Vec<Finding>,
) {
    if let Some(Value::List(valid)) = constraints.get("valid_values")
        && !valid.contains(default)
    {
        out.push(error(
            format!("{path}.default"),
            "the default is not one of the valid_values",
        ));
    }
    if let (Some(Value::List(range)), Some(x)) = (constraints.get("in_range"), number(default))
        && let [lo, hi] = range.as_slice()
        && let (Some(lo), Some(hi)) = (number(lo), number(hi))
        && (x < lo || x > hi)
    {
        out.push(error(
            format!("{path}.default"),
            format!("the default {x} is outside in_range [{lo}, {hi}]"),
        ));
    }
    if let (Some(Value::String(re)), Value::String(s)) = (constraints.get("regex"), default) {
        match Regex::new(re) {
            Err(e) => out.push(error(
                format!("{path}.constraints.regex"),
                format!("invalid regex: {e}"),
            )),
            Ok(r) if !r.is_match(s) => out.push(error(
                format!("{path}.default"),
                format!("the default '{s}' does not match the regex {re}"),
            )),
            Ok(_) => {}
        }
    }
}

fn number(v: &Value) -> Option<f64> {
    match v {
        Value::Int(i) => Some(*i as f64),
        Value::Float(x) => Some(*x),
        _ => None,
    }
}

/// Allowed-value, range, length and pattern checks on a literal value (values that come from
/// functions are known only when deployed).
fn literal(
    path: &str,
    p: &PropertyInfo,
    value: &Value,
    patterns: &mut Patterns,
    out: &mut Vec<Finding>,
) {
    match (p.list, value) {
        (true, Value::List(items)) => {
            for (i, item) in items.iter().enumerate() {
                literal_item(&format!("{path}[{i}]"), p, item, patterns, out);
            }
        }
        (false, _) => literal_item(path, p, value, patterns, out),
        _ => {}
    }
}

fn literal_item(
    path: &str,
    p: &PropertyInfo,
    value: &Value,
    patterns: &mut Patterns,
    out: &mut Vec<Finding>,
) {
    if !p.allowed.is_empty() {
        let text = match value {
            Value::String(s) => Some(s.clone()),
            Value::Int(i) => Some(i.to_string()),
            Value::Bool(b) => Some(b.to_string()),
            _ => None,
        };
        if let Some(t) = text
            && !p.allowed.contains(&t.as_str())
        {
            out.push(error(
                path,
                format!(
                    "'{t}' is not one of the allowed values ({})",
                    p.allowed.join(", ")
                ),
            ));
        }
    }
    if let Some(x) = number(value) {
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
            && !patterns.matches(re, s)
        {
            out.push(error(
                path,
                format!("'{s}' does not match the pattern {re}"),
            ));
        }
    }
}

/// The first dependency cycle found, as element names with the first repeated at the end.
fn find_cycle(nodes: &[NodeDef], requirements: &[Requirements]) -> Option<Vec<String>> {
    let graph: HashMap<&str, Vec<String>> = nodes
        .iter()
        .zip(requirements)
        .map(|(n, r)| (n.name.as_str(), r.iter().map(|(_, t)| t.clone()).collect()))
        .collect();
    let mut state: HashMap<&str, u8> = HashMap::new();
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
    for n in nodes {
        if !state.contains_key(n.name.as_str())
            && let Some(c) = visit(&n.name, &graph, &mut state, &mut Vec::new())
        {
            return Some(c);
        }
    }
    None
}
