//! The linter: one pass over a template's located YAML, every finding collected.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use regex::Regex;
use rfs_codegen::Model;
use rfs_codegen::load::{Completeness, Required, ResourceKind, SpecValue};
use rfs_codegen::model::{PropertyDef, TypeDef, ValueType};

use crate::rules::{self, Rule, Severity};
use crate::source::{self, Key, Node, Pos, Yaml};

/// One problem in a template.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    /// The rule that found it.
    pub rule: &'static Rule,
    /// Error or warning (may differ from the rule's usual severity).
    pub severity: Severity,
    /// The file, as given.
    pub file: String,
    /// Where.
    pub pos: Pos,
    /// What is wrong.
    pub message: String,
}

use rfs_codegen::language::{
    CONDITION_NAMES, ELEMENT_NAMES, INPUT_NAMES, MAPPING_NAMES, MAX_INPUTS, MAX_MAPPINGS,
    OUTPUT_NAMES, POLICY_NAMES, TOSCA_VERSION,
};
pub use rfs_codegen::language::{
    FUNCTIONS, INPUT_TYPES, POLICY_TYPES, PSEUDO_PARAMETERS, SECTIONS,
};

/// Function names from TOSCA and CloudFormation that AOS does not have.
const FOREIGN_FUNCTIONS: &[&str] = &[
    "get_file",
    "get_property",
    "get_artifact",
    "get_operation_output",
    "get_secret",
    "get_param",
    "join",
    "token",
    "Ref",
    "Fn::GetAtt",
    "Fn::Join",
    "Fn::Sub",
];

/// Where a value stands: which functions it may use.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Place {
    Properties,
    Outputs,
    Conditions,
    Policies,
}

struct Element<'m> {
    spec: Option<&'m TypeDef>,
    pos: Pos,
}

struct Linter<'a, 'm> {
    file: &'a str,
    model: &'m Model,
    out: Vec<Finding>,
    /// Declared inputs and their definitions.
    inputs: BTreeMap<String, &'a Node>,
    mappings: BTreeMap<String, (Pos, &'a Node)>,
    conditions: BTreeMap<String, Pos>,
    elements: BTreeMap<String, Element<'m>>,
    used_inputs: BTreeSet<String>,
    used_mappings: BTreeSet<String>,
    used_conditions: BTreeSet<String>,
    /// Dependencies: element → (element it depends on, where).
    edges: BTreeMap<String, Vec<(String, Pos)>>,
    /// The element whose properties are being read.
    current: Option<String>,
    patterns: HashMap<String, Option<Regex>>,
}

/// Lints one template. `file` names it in findings. Findings are sorted by position.
pub fn lint(file: &str, text: &str, model: &Model) -> Vec<Finding> {
    let root = match source::parse(text) {
        Ok(root) => root,
        Err(e) => {
            return vec![Finding {
                rule: rules::YAML,
                severity: Severity::Error,
                file: file.to_owned(),
                pos: e.pos,
                message: e.message,
            }];
        }
    };
    let mut l = Linter {
        file,
        model,
        out: Vec::new(),
        inputs: BTreeMap::new(),
        mappings: BTreeMap::new(),
        conditions: BTreeMap::new(),
        elements: BTreeMap::new(),
        used_inputs: BTreeSet::new(),
        used_mappings: BTreeSet::new(),
        used_conditions: BTreeSet::new(),
        edges: BTreeMap::new(),
        current: None,
        patterns: HashMap::new(),
    };
    l.template(&root);
    let mut out = l.out;
    out.sort_by(|a, b| (a.pos, a.rule.id, &a.message).cmp(&(b.pos, b.rule.id, &b.message)));
    out
}

fn number(n: &Node) -> Option<f64> {
    match n.value {
        Yaml::Int(i) => Some(i as f64),
        Yaml::Float(x) => Some(x),
        _ => None,
    }
}

/// The scalar as template text, for comparing with allowed values.
fn scalar_text(n: &Node) -> Option<String> {
    match &n.value {
        Yaml::Str(s) => Some(s.clone()),
        Yaml::Int(i) => Some(i.to_string()),
        Yaml::Float(x) => Some(x.to_string()),
        Yaml::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

impl<'a, 'm> Linter<'a, 'm> {
    fn report(&mut self, rule: &'static Rule, pos: Pos, message: impl Into<String>) {
        self.report_as(rule, rule.severity, pos, message);
    }

    fn report_as(
        &mut self,
        rule: &'static Rule,
        severity: Severity,
        pos: Pos,
        message: impl Into<String>,
    ) {
        self.out.push(Finding {
            rule,
            severity,
            file: self.file.to_owned(),
            pos,
            message: message.into(),
        });
    }

    fn template(&mut self, root: &'a Node) {
        let Some(entries) = root.as_map() else {
            self.report(
                rules::SECTION,
                root.pos,
                format!("a template is a map of sections, not {}", root.kind()),
            );
            return;
        };
        for (k, _) in entries {
            if !SECTIONS.contains(&k.name.as_str()) {
                self.report(
                    rules::SECTION,
                    k.pos,
                    format!("unknown top-level section '{}'", k.name),
                );
            }
        }
        match root.get("tosca_definitions_version") {
            None => self.report(
                rules::VERSION,
                root.pos,
                "tosca_definitions_version is missing",
            ),
            Some(v) if v.as_str() != Some(TOSCA_VERSION) => self.report(
                rules::VERSION,
                v.pos,
                format!(
                    "tosca_definitions_version must be {TOSCA_VERSION}, not {}",
                    show(v)
                ),
            ),
            Some(_) => {}
        }
        if let Some(d) = root.get("description") {
            self.text_limit(d, 1024, "the template description");
        }
        // Declarations first, so references can be checked in any order.
        let inputs = self.section(root, "inputs");
        let mappings = self.section(root, "mappings");
        let conditions = self.section(root, "conditions");
        let nodes = self.section(root, "node_templates");
        let policies = self.section(root, "policies");
        let outputs = self.section(root, "outputs");
        if root.get("node_templates").is_none() {
            self.report(rules::SECTION, root.pos, "node_templates is missing");
        }
        self.declare(inputs, mappings, conditions, nodes);
        for (k, v) in inputs {
            self.input(k, v);
        }
        if let Some((k, _)) = inputs.get(MAX_INPUTS) {
            self.report(
                rules::TOO_MANY_INPUTS,
                k.pos,
                format!(
                    "{} inputs are declared; at most {MAX_INPUTS} are allowed",
                    inputs.len()
                ),
            );
        }
        for (k, v) in mappings {
            self.mapping(k, v);
        }
        if let Some((k, _)) = mappings.get(MAX_MAPPINGS) {
            self.report(
                rules::MAPPING,
                k.pos,
                format!(
                    "{} mappings are declared; at most {MAX_MAPPINGS} are allowed",
                    mappings.len()
                ),
            );
        }
        for (k, v) in conditions {
            if !CONDITION_NAMES.accepts(&k.name) {
                self.report(
                    rules::CONDITION_NAME,
                    k.pos,
                    format!("condition name '{}' breaks the naming rule", k.name),
                );
            }
            self.value_functions(v, Place::Conditions);
        }
        for (k, v) in nodes {
            self.element(k, v);
        }
        for (k, v) in policies {
            self.policy(k, v);
        }
        for (k, v) in outputs {
            self.output(k, v);
        }
        self.unused(inputs, mappings, conditions);
        self.cycles();
    }

    fn section(&mut self, root: &'a Node, name: &str) -> &'a [(Key, Node)] {
        match root.get(name) {
            None => &[],
            Some(Node {
                value: Yaml::Null, ..
            }) => &[],
            Some(n) => match n.as_map() {
                Some(m) => m,
                None => {
                    self.report(
                        rules::SECTION,
                        n.pos,
                        format!("{name} must be a map, not {}", n.kind()),
                    );
                    &[]
                }
            },
        }
    }

    fn declare(
        &mut self,
        inputs: &'a [(Key, Node)],
        mappings: &'a [(Key, Node)],
        conditions: &'a [(Key, Node)],
        nodes: &'a [(Key, Node)],
    ) {
        for (k, v) in inputs {
            self.inputs.insert(k.name.clone(), v);
        }
        for (k, v) in mappings {
            self.mappings.insert(k.name.clone(), (k.pos, v));
        }
        for (k, _) in conditions {
            self.conditions.insert(k.name.clone(), k.pos);
        }
        for (k, v) in nodes {
            let spec = v
                .get("type")
                .and_then(Node::as_str)
                .and_then(|t| self.model.element_by_type(t));
            self.elements
                .insert(k.name.clone(), Element { spec, pos: k.pos });
        }
    }

    fn text_limit(&mut self, n: &Node, max: usize, what: &str) {
        match &n.value {
            Yaml::Str(s) if s.chars().count() > max => self.report(
                rules::DESCRIPTION,
                n.pos,
                format!(
                    "{what} is {} characters long; at most {max} are allowed",
                    s.chars().count()
                ),
            ),
            _ => {}
        }
    }

    // ---- inputs ------------------------------------------------------------------------------

    fn input(&mut self, k: &Key, v: &'a Node) {
        if !INPUT_NAMES.accepts(&k.name) {
            self.report(
                rules::INPUT_NAME,
                k.pos,
                format!("input name '{}' breaks the naming rule", k.name),
            );
        }
        let Some(fields) = v.as_map() else {
            if !matches!(v.value, Yaml::Null) {
                self.report(
                    rules::INPUT,
                    v.pos,
                    format!("an input is a map of fields, not {}", v.kind()),
                );
            }
            return;
        };
        for (f, value) in fields {
            match f.name.as_str() {
                "type" => {
                    let known = value.as_str().is_some_and(|t| {
                        INPUT_TYPES.contains(&t)
                            || (t.starts_with("HuaweiCloud.") && self.model.resource(t).is_some())
                    });
                    if !known {
                        self.report(
                            rules::INPUT,
                            value.pos,
                            format!("unknown input type {}", show(value)),
                        );
                    }
                }
                "description" => self.text_limit(value, 255, "an input description"),
                "label" => self.text_limit(value, 64, "an input label"),
                "default" | "constraints" => {}
                "invisible" => {
                    if !matches!(value.value, Yaml::Bool(_)) {
                        self.report(rules::INPUT, value.pos, "invisible takes true or false");
                    }
                }
                other => self.report(
                    rules::INPUT,
                    f.pos,
                    format!("unknown input field '{other}'"),
                ),
            }
        }
        if let Some(d) = v.get("default") {
            self.input_default(v, d);
        }
    }

    fn input_default(&mut self, input: &Node, d: &Node) {
        // Official samples often omit `type`; the default then stands for itself.
        let ty = input.get("type").and_then(Node::as_str).unwrap_or_default();
        let fits = match ty {
            "integer" => matches!(d.value, Yaml::Int(_)),
            "float" => number(d).is_some(),
            "boolean" => matches!(d.value, Yaml::Bool(_)),
            "string" | "password" | "ip" | "secret" => matches!(d.value, Yaml::Str(_)),
            _ => true,
        };
        if !fits {
            self.report_as(
                rules::INPUT_DEFAULT,
                Severity::Warning,
                d.pos,
                format!(
                    "the default is {}, not a {ty}; the parser converts it, which may surprise",
                    d.kind()
                ),
            );
        }
        let Some(c) = input.get("constraints") else {
            return;
        };
        let rules_list: Vec<&Node> = match &c.value {
            Yaml::Map(_) => vec![c],
            Yaml::List(items) => items.iter().collect(),
            _ => Vec::new(),
        };
        for rule in rules_list {
            let Some(entries) = rule.as_map() else {
                continue;
            };
            for (k, v) in entries {
                match (k.name.as_str(), &v.value) {
                    ("valid_values", Yaml::List(values)) => {
                        let text = scalar_text(d);
                        if !values.iter().any(|x| scalar_text(x) == text) {
                            self.report(
                                rules::INPUT_DEFAULT,
                                d.pos,
                                format!("the default {} is not one of valid_values", show(d)),
                            );
                        }
                    }
                    ("in_range", Yaml::List(range)) => {
                        if let ([lo, hi], Some(x)) = (range.as_slice(), number(d))
                            && let (Some(lo), Some(hi)) = (number(lo), number(hi))
                            && (x < lo || x > hi)
                        {
                            self.report(
                                rules::INPUT_DEFAULT,
                                d.pos,
                                format!("the default {x} is outside in_range [{lo}, {hi}]"),
                            );
                        }
                    }
                    ("regex" | "pattern", Yaml::Str(re)) => {
                        if let Yaml::Str(s) = &d.value
                            && !self.matches(re, s, false)
                        {
                            self.report(
                                rules::INPUT_DEFAULT,
                                d.pos,
                                format!("the default '{s}' does not match {re}"),
                            );
                        }
                    }
                    ("min_length", Yaml::Int(n)) => {
                        if let Yaml::Str(s) = &d.value
                            && (s.chars().count() as i64) < *n
                        {
                            self.report(
                                rules::INPUT_DEFAULT,
                                d.pos,
                                format!("the default is shorter than min_length {n}"),
                            );
                        }
                    }
                    ("max_length", Yaml::Int(n)) => {
                        if let Yaml::Str(s) = &d.value
                            && (s.chars().count() as i64) > *n
                        {
                            self.report(
                                rules::INPUT_DEFAULT,
                                d.pos,
                                format!("the default is longer than max_length {n}"),
                            );
                        }
                    }
                    _ => {}
                }
            }
        }
    }

    // ---- mappings ----------------------------------------------------------------------------

    fn mapping(&mut self, k: &Key, v: &Node) {
        if !MAPPING_NAMES.accepts(&k.name) {
            self.report(
                rules::MAPPING_NAME,
                k.pos,
                format!("mapping name '{}' breaks the naming rule", k.name),
            );
        }
        let Some(tops) = v.as_map() else {
            self.report(
                rules::MAPPING,
                v.pos,
                format!("a mapping is a map of keys, not {}", v.kind()),
            );
            return;
        };
        for (top, inner) in tops {
            if !MAPPING_NAMES.accepts(&top.name) {
                self.report(
                    rules::MAPPING_NAME,
                    top.pos,
                    format!("mapping key '{}' breaks the naming rule", top.name),
                );
            }
            let Some(seconds) = inner.as_map() else {
                self.report(
                    rules::MAPPING,
                    inner.pos,
                    format!(
                        "'{}' must map keys to values, not be {}",
                        top.name,
                        inner.kind()
                    ),
                );
                continue;
            };
            for (second, value) in seconds {
                if !MAPPING_NAMES.accepts(&second.name) {
                    self.report(
                        rules::MAPPING_NAME,
                        second.pos,
                        format!("mapping key '{}' breaks the naming rule", second.name),
                    );
                }
                if !matches!(value.value, Yaml::Str(_) | Yaml::Int(_) | Yaml::Float(_)) {
                    self.report(
                        rules::MAPPING,
                        value.pos,
                        format!("mapping values are text or numbers, not {}", value.kind()),
                    );
                }
            }
        }
    }

    // ---- elements ----------------------------------------------------------------------------

    fn element(&mut self, k: &Key, v: &'a Node) {
        if !ELEMENT_NAMES.accepts(&k.name) {
            self.report(
                rules::ELEMENT_NAME,
                k.pos,
                format!("element name '{}' breaks the naming rule", k.name),
            );
        }
        let Some(fields) = v.as_map() else {
            self.report(
                rules::ELEMENT,
                v.pos,
                format!("an element is a map, not {}", v.kind()),
            );
            return;
        };
        for (f, _) in fields {
            match f.name.as_str() {
                "type" | "properties" | "requirements" | "condition" => {}
                // The console designer writes it; the language pages do not document it.
                "metadata" => self.report_as(
                    rules::ELEMENT,
                    Severity::Warning,
                    f.pos,
                    "element key 'metadata' is not documented (the designer writes it)",
                ),
                other => self.report(
                    rules::ELEMENT,
                    f.pos,
                    format!("unknown element key '{other}'"),
                ),
            }
        }
        let spec = match v.get("type") {
            None => {
                self.report(
                    rules::ELEMENT,
                    k.pos,
                    format!("element '{}' has no type", k.name),
                );
                None
            }
            Some(t) => match t.as_str() {
                Some(name) => match self.model.element_by_type(name) {
                    Some(spec) => Some(spec),
                    None => {
                        let hint = self
                            .closest_type(name)
                            .map(|c| format!("; did you mean {c}?"))
                            .unwrap_or_default();
                        self.report(
                            rules::UNKNOWN_TYPE,
                            t.pos,
                            format!("unknown element type '{name}'{hint}"),
                        );
                        None
                    }
                },
                None => {
                    self.report(
                        rules::ELEMENT,
                        t.pos,
                        format!("type must be text, not {}", t.kind()),
                    );
                    None
                }
            },
        };
        self.current = Some(k.name.clone());
        let props = v.get("properties");
        if let Some(spec) = spec {
            self.properties(spec, props, k.pos, Place::Properties);
        } else if let Some(p) = props {
            self.value_functions(p, Place::Properties);
        }
        self.current = None;
        if let Some(reqs) = v.get("requirements") {
            self.requirements(&k.name, reqs);
        }
        if let Some(c) = v.get("condition") {
            self.condition_ref(c);
        }
    }

    fn closest_type(&self, name: &str) -> Option<String> {
        let lower = name.to_ascii_lowercase();
        self.model
            .elements()
            .filter_map(|e| e.template_type.as_deref())
            .map(|t| (edit_distance(&lower, &t.to_ascii_lowercase()), t))
            .filter(|(d, _)| *d <= 3)
            .min()
            .map(|(_, t)| t.to_owned())
    }

    /// The properties of an element, policy or data structure against its spec.
    fn properties(&mut self, spec: &'m TypeDef, props: Option<&'a Node>, owner: Pos, place: Place) {
        let entries: &[(Key, Node)] = match props {
            None => &[],
            Some(Node {
                value: Yaml::Null, ..
            }) => &[],
            Some(p) => match p.as_map() {
                Some(m) => m,
                None => {
                    self.report(
                        rules::VALUE_TYPE,
                        p.pos,
                        format!("properties must be a map, not {}", p.kind()),
                    );
                    return;
                }
            },
        };
        let what = spec.template_type.as_deref().unwrap_or(&spec.name);
        for (k, v) in entries {
            match spec.properties.iter().find(|p| p.key == k.name) {
                Some(p) => self.property(p, v, place),
                None => {
                    let (severity, why) = match spec.completeness {
                        Completeness::Complete => (Severity::Error, ""),
                        _ => (
                            Severity::Warning,
                            " (its spec is partial: check the official page)",
                        ),
                    };
                    let near = spec
                        .properties
                        .iter()
                        .find(|p| {
                            p.key.eq_ignore_ascii_case(&k.name)
                                || edit_distance(&p.key, &k.name) <= 2
                        })
                        .map(|p| format!("; did you mean '{}'?", p.key))
                        .unwrap_or_default();
                    self.report_as(
                        rules::UNKNOWN_PROPERTY,
                        severity,
                        k.pos,
                        format!("{what} has no property '{}'{why}{near}", k.name),
                    );
                    self.value_functions(v, place);
                }
            }
        }
        // A required property with a documented default is filled by the platform.
        for p in spec
            .properties
            .iter()
            .filter(|p| p.required == Required::Yes && p.default.is_none())
        {
            if !entries.iter().any(|(k, _)| k.name == p.key) {
                let at = props.map_or(owner, |n| n.pos);
                self.report(
                    rules::MISSING_PROPERTY,
                    at,
                    format!("{what} requires property '{}'", p.key),
                );
            }
        }
    }

    fn property(&mut self, p: &'m PropertyDef, v: &'a Node, place: Place) {
        if self.is_function(v) {
            self.input_fits(p, v, p.list);
            self.function(v, place);
            return;
        }
        if p.list {
            match &v.value {
                Yaml::List(items) => {
                    if let Some(max) = p.max_length.filter(|m| items.len() as u64 > *m)
                        && !matches!(p.ty, ValueType::String | ValueType::Resource(_))
                    {
                        self.report(
                            rules::LENGTH,
                            v.pos,
                            format!(
                                "'{}' has {} items; at most {max} are allowed",
                                p.key,
                                items.len()
                            ),
                        );
                    }
                    for item in items {
                        self.item(p, item, place);
                    }
                }
                _ => self.report(
                    rules::VALUE_TYPE,
                    v.pos,
                    format!("'{}' takes a list, not {}", p.key, v.kind()),
                ),
            }
        } else {
            self.item(p, v, place);
        }
    }

    /// One value (or one list item) of a property.
    fn item(&mut self, p: &'m PropertyDef, v: &'a Node, place: Place) {
        if self.is_function(v) {
            self.input_fits(p, v, false);
            self.function(v, place);
            return;
        }
        let fits = match (&p.ty, &v.value) {
            (ValueType::Any, _) => true,
            (ValueType::String, Yaml::Str(_)) => true,
            (ValueType::Integer, Yaml::Int(_)) => true,
            (ValueType::Number, Yaml::Int(_) | Yaml::Float(_)) => true,
            (ValueType::Boolean, Yaml::Bool(_)) => true,
            (ValueType::Map, Yaml::Map(_)) => true,
            (ValueType::Data(_), Yaml::Map(_)) => true,
            (ValueType::Resource(_), Yaml::Str(_)) => true,
            (ValueType::Resource(r), Yaml::Int(_)) => self
                .model
                .resource(r)
                .is_some_and(|r| r.kind == ResourceKind::Number),
            _ => false,
        };
        if !fits {
            let expected = match &p.ty {
                ValueType::String => "text".to_owned(),
                ValueType::Integer => "an integer".to_owned(),
                ValueType::Number => "a number".to_owned(),
                ValueType::Boolean => "true or false".to_owned(),
                ValueType::Map => "a map".to_owned(),
                ValueType::Any => "anything".to_owned(),
                ValueType::Data(d) => format!("a {d} map"),
                ValueType::Resource(r) => format!("a {r}"),
            };
            self.report(
                rules::VALUE_TYPE,
                v.pos,
                format!(
                    "'{}' takes {expected}, not {} ({})",
                    p.key,
                    v.kind(),
                    show(v)
                ),
            );
            return;
        }
        match &v.value {
            Yaml::Map(_) => match &p.ty {
                ValueType::Data(name) => {
                    if let Some(d) = self.model.datatype(name) {
                        self.properties(d, Some(v), v.pos, place);
                    }
                }
                _ => self.value_functions(v, place),
            },
            Yaml::List(_) => self.value_functions(v, place),
            _ => self.literal(p, v),
        }
    }

    /// A `get_input` straight into a property: the input's declared type should fit the
    /// property's (the console offers a picker for resource types, and only values of the type).
    fn input_fits(&mut self, p: &PropertyDef, v: &Node, list: bool) {
        let Some((k, arg)) = v.single_entry() else {
            return;
        };
        let (Some(name), "get_input") = (arg.as_str(), k.name.as_str()) else {
            return;
        };
        let Some(input) = self.inputs.get(name).copied() else {
            return;
        };
        let Some(declared) = input.get("type").and_then(Node::as_str) else {
            return;
        };
        if !INPUT_TYPES.contains(&declared) && self.model.resource(declared).is_none() {
            return; // an unknown type is reported by the `input` rule
        }
        if list {
            return; // a list property fed by one input: the input holds the whole list
        }
        let text = ["string", "password", "ip", "secret", "enum"].contains(&declared);
        let fits = match &p.ty {
            ValueType::Any | ValueType::Map | ValueType::Data(_) => true,
            ValueType::String => text || declared.starts_with("HuaweiCloud."),
            ValueType::Integer => declared == "integer",
            ValueType::Number => declared == "integer" || declared == "float",
            ValueType::Boolean => declared == "boolean",
            ValueType::Resource(r) => {
                declared == r
                    || self.model.resource(r).is_some_and(|res| {
                        res.accepts.iter().any(|a| a == declared)
                            || match res.kind {
                                ResourceKind::Id => false,
                                ResourceKind::Name => text,
                                ResourceKind::Number => declared == "integer",
                            }
                    })
            }
        };
        if !fits {
            let want = rfs_codegen::docs::type_text(&p.ty);
            self.report(
                rules::INPUT_TYPE,
                arg.pos,
                format!(
                    "input '{name}' is declared {declared}, but '{}' takes {want}",
                    p.key
                ),
            );
        }
        if !p.allowed.is_empty()
            && let Some(Node {
                value: Yaml::List(valid),
                ..
            }) = input.get("constraints").and_then(|c| c.get("valid_values"))
        {
            for x in valid {
                if let Some(t) = scalar_text(x)
                    && !p.allowed.iter().any(|a| a.text() == t)
                {
                    self.report(
                        rules::INPUT_TYPE,
                        x.pos,
                        format!(
                            "input '{name}' allows '{t}', which '{}' does not accept",
                            p.key
                        ),
                    );
                }
            }
        }
    }

    /// Allowed values, range, length, pattern and secrecy of a literal scalar.
    fn literal(&mut self, p: &PropertyDef, v: &Node) {
        if !p.allowed.is_empty()
            && let Some(text) = scalar_text(v)
            && !p.allowed.iter().any(|a| a.text() == text)
        {
            let list: Vec<String> = p.allowed.iter().map(SpecValue::text).collect();
            self.report(
                rules::ALLOWED_VALUE,
                v.pos,
                format!(
                    "'{}' is not an allowed value of '{}' ({})",
                    text,
                    p.key,
                    list.join(", ")
                ),
            );
        }
        if let Some(x) = number(v) {
            let (lo, hi) = (
                p.min.as_ref().and_then(SpecValue::as_f64),
                p.max.as_ref().and_then(SpecValue::as_f64),
            );
            if lo.is_some_and(|lo| x < lo) || hi.is_some_and(|hi| x > hi) {
                let range = format!(
                    "{} to {}",
                    lo.map_or("-".into(), |v| v.to_string()),
                    hi.map_or("-".into(), |v| v.to_string())
                );
                self.report(
                    rules::RANGE,
                    v.pos,
                    format!("{x} is outside the range of '{}' ({range})", p.key),
                );
            }
        }
        if let Yaml::Str(s) = &v.value {
            let n = s.chars().count() as u64;
            if let Some(min) = p.min_length.filter(|m| n < *m) {
                self.report(
                    rules::LENGTH,
                    v.pos,
                    format!(
                        "'{}' is {n} characters long; at least {min} are required",
                        p.key
                    ),
                );
            }
            if let Some(max) = p.max_length.filter(|m| n > *m) {
                self.report(
                    rules::LENGTH,
                    v.pos,
                    format!(
                        "'{}' is {n} characters long; at most {max} are allowed",
                        p.key
                    ),
                );
            }
            if let Some(re) = &p.pattern
                && !self.matches(re, s, true)
            {
                self.report(
                    rules::PATTERN,
                    v.pos,
                    format!("'{s}' does not match the pattern of '{}': {re}", p.key),
                );
            }
            if p.secret && !s.is_empty() {
                self.report(
                    rules::LITERAL_SECRET,
                    v.pos,
                    format!("'{}' holds a secret written as a literal", p.key),
                );
            }
        }
    }

    fn matches(&mut self, re: &str, text: &str, whole: bool) -> bool {
        let compiled = self
            .patterns
            .entry(format!("{whole}{re}"))
            .or_insert_with(|| {
                Regex::new(&if whole {
                    format!("^(?:{re})$")
                } else {
                    re.to_owned()
                })
                .ok()
            });
        compiled.as_ref().is_none_or(|r| r.is_match(text))
    }

    fn requirements(&mut self, element: &str, reqs: &Node) {
        let items: &[Node] = match &reqs.value {
            Yaml::List(items) => items,
            Yaml::Null => &[],
            _ => {
                self.report(
                    rules::UNDEFINED_REQUIREMENT,
                    reqs.pos,
                    format!("requirements must be a list, not {}", reqs.kind()),
                );
                return;
            }
        };
        for item in items {
            let Some((_, target)) = item.single_entry() else {
                self.report(
                    rules::UNDEFINED_REQUIREMENT,
                    item.pos,
                    "each requirement is `<property>: {node: <element>}`",
                );
                continue;
            };
            match target.get("node") {
                Some(Node {
                    value: Yaml::Str(node),
                    pos,
                }) => {
                    if self.elements.contains_key(node) {
                        self.edges
                            .entry(element.to_owned())
                            .or_default()
                            .push((node.clone(), *pos));
                    } else {
                        self.report(
                            rules::UNDEFINED_REQUIREMENT,
                            *pos,
                            format!("requirement names element '{node}', which does not exist"),
                        );
                    }
                }
                _ => self.report(
                    rules::UNDEFINED_REQUIREMENT,
                    target.pos,
                    "a requirement needs `node: <element name>`",
                ),
            }
        }
    }

    fn condition_ref(&mut self, c: &Node) {
        match c.as_str() {
            Some(name) => {
                self.used_conditions.insert(name.to_owned());
                if !self.conditions.contains_key(name) {
                    self.report(
                        rules::UNDEFINED_CONDITION,
                        c.pos,
                        format!("condition '{name}' is not declared"),
                    );
                }
            }
            None => self.report(
                rules::UNDEFINED_CONDITION,
                c.pos,
                format!("a condition is named by text, not {}", c.kind()),
            ),
        }
    }

    // ---- policies and outputs ----------------------------------------------------------------

    fn policy(&mut self, k: &Key, v: &'a Node) {
        if !POLICY_NAMES.accepts(&k.name) {
            self.report(
                rules::POLICY,
                k.pos,
                format!("policy name '{}' breaks the naming rule", k.name),
            );
        }
        let Some(fields) = v.as_map() else {
            self.report(
                rules::POLICY,
                v.pos,
                format!("a policy is a map, not {}", v.kind()),
            );
            return;
        };
        for (f, _) in fields {
            if !["type", "properties", "targets"].contains(&f.name.as_str()) {
                self.report(
                    rules::POLICY,
                    f.pos,
                    format!("unknown policy key '{}'", f.name),
                );
            }
        }
        match v.get("type").map(|t| (t, t.as_str())) {
            Some((_, Some(name))) if POLICY_TYPES.contains(&name) => {
                if let Some(spec) = self.model.element_by_type(name) {
                    self.properties(spec, v.get("properties"), k.pos, Place::Policies);
                }
            }
            Some((t, _)) => self.report(
                rules::POLICY,
                t.pos,
                format!(
                    "policy type {} is not {}",
                    show(t),
                    POLICY_TYPES.join(" or ")
                ),
            ),
            None => self.report(rules::POLICY, k.pos, "a policy needs a type"),
        }
        match v.get("targets") {
            Some(Node {
                value: Yaml::List(targets),
                pos,
            }) => {
                if targets.is_empty() {
                    self.report(rules::POLICY, *pos, "a policy needs at least one target");
                }
                for t in targets {
                    match t.as_str() {
                        Some(name) if self.elements.contains_key(name) => {}
                        _ => self.report(
                            rules::POLICY,
                            t.pos,
                            format!("target {} is not an element of this template", show(t)),
                        ),
                    }
                }
            }
            Some(t) => self.report(
                rules::POLICY,
                t.pos,
                format!("targets is a list of element names, not {}", t.kind()),
            ),
            None => self.report(rules::POLICY, k.pos, "a policy needs targets"),
        }
    }

    fn output(&mut self, k: &Key, v: &'a Node) {
        if !OUTPUT_NAMES.accepts(&k.name) {
            self.report(
                rules::OUTPUT_NAME,
                k.pos,
                format!("output name '{}' breaks the naming rule", k.name),
            );
        }
        let Some(fields) = v.as_map() else {
            self.report(
                rules::OUTPUT,
                v.pos,
                format!("an output is a map with a value, not {}", v.kind()),
            );
            return;
        };
        for (f, value) in fields {
            match f.name.as_str() {
                "value" => self.value_functions(value, Place::Outputs),
                "description" => self.text_limit(value, 255, "an output description"),
                other => self.report(
                    rules::OUTPUT,
                    f.pos,
                    format!("unknown output field '{other}'"),
                ),
            }
        }
        if v.get("value").is_none() {
            self.report(
                rules::OUTPUT,
                k.pos,
                format!("output '{}' has no value", k.name),
            );
        }
    }

    // ---- functions ---------------------------------------------------------------------------

    /// A single-key map whose key is a function name (or looks like one).
    fn is_function(&self, v: &Node) -> bool {
        v.single_entry().is_some_and(|(k, _)| {
            FUNCTIONS.contains(&k.name.as_str()) || FOREIGN_FUNCTIONS.contains(&k.name.as_str())
        })
    }

    /// Checks every function anywhere inside a value.
    fn value_functions(&mut self, v: &'a Node, place: Place) {
        if self.is_function(v) {
            self.function(v, place);
            return;
        }
        match &v.value {
            Yaml::List(items) => items.iter().for_each(|i| self.value_functions(i, place)),
            Yaml::Map(entries) => entries
                .iter()
                .for_each(|(_, i)| self.value_functions(i, place)),
            _ => {}
        }
    }

    fn args<'n>(
        &mut self,
        name: &str,
        arg: &'n Node,
        count: std::ops::RangeInclusive<usize>,
    ) -> &'n [Node] {
        match &arg.value {
            Yaml::List(items) if count.contains(&items.len()) => items,
            _ => {
                let n = if count.start() == count.end() {
                    count.start().to_string()
                } else {
                    format!("{} to {}", count.start(), count.end())
                };
                self.report(
                    rules::FUNCTION_ARGUMENTS,
                    arg.pos,
                    format!("{name} takes a list of {n} arguments"),
                );
                &[]
            }
        }
    }

    fn function(&mut self, v: &'a Node, place: Place) {
        let Some((k, arg)) = v.single_entry() else {
            return;
        };
        let name = k.name.as_str();
        if FOREIGN_FUNCTIONS.contains(&name) {
            self.report(
                rules::UNKNOWN_FUNCTION,
                k.pos,
                format!("AOS has no function '{name}'"),
            );
            return;
        }
        let conditional = ["cond_eq", "cond_not", "cond_and", "cond_or"].contains(&name);
        if conditional && place != Place::Conditions {
            self.report(
                rules::FUNCTION_PLACEMENT,
                k.pos,
                format!("{name} may be used only in conditions"),
            );
        }
        match name {
            "get_input" => {
                let target = match &arg.value {
                    Yaml::Str(s) => Some(s.as_str()),
                    Yaml::List(items) if items.len() == 1 => items[0].as_str(),
                    _ => None,
                };
                match target {
                    Some(t) => {
                        self.used_inputs.insert(t.to_owned());
                        if !self.inputs.contains_key(t) && !PSEUDO_PARAMETERS.contains(&t) {
                            self.report(
                                rules::UNDEFINED_INPUT,
                                arg.pos,
                                format!("input '{t}' is not declared"),
                            );
                        }
                    }
                    None => self.report(
                        rules::FUNCTION_ARGUMENTS,
                        arg.pos,
                        "get_input takes an input name",
                    ),
                }
            }
            "get_reference" => {
                let target = match &arg.value {
                    Yaml::Str(s) => Some(s.as_str()),
                    Yaml::List(items) if items.len() == 1 => items[0].as_str(),
                    _ => None,
                };
                match target {
                    Some(t) => self.element_ref(t, arg.pos),
                    None => self.report(
                        rules::FUNCTION_ARGUMENTS,
                        arg.pos,
                        "get_reference takes an element name",
                    ),
                }
            }
            "get_attribute" => {
                let items = match &arg.value {
                    Yaml::List(items) if items.len() >= 2 => items.as_slice(),
                    _ => {
                        self.report(
                            rules::FUNCTION_ARGUMENTS,
                            arg.pos,
                            "get_attribute takes [element, attribute, ...]",
                        );
                        &[]
                    }
                };
                if let [node, attr, ..] = items {
                    match (node.as_str(), attr.as_str()) {
                        (Some(n), Some(a)) => {
                            self.element_ref(n, node.pos);
                            self.attribute(n, a, attr.pos);
                        }
                        _ => self.report(
                            rules::FUNCTION_ARGUMENTS,
                            arg.pos,
                            "get_attribute takes names",
                        ),
                    }
                }
            }
            "get_in_map" => {
                let items = self.args(name, arg, 3..=3);
                if let [map, top, second] = items {
                    for a in items {
                        self.value_functions(a, place);
                    }
                    if let Some(m) = map.as_str() {
                        self.used_mappings.insert(m.to_owned());
                        match self.mappings.get(m).map(|(_, n)| *n) {
                            None => self.report(
                                rules::UNDEFINED_MAPPING,
                                map.pos,
                                format!("mapping '{m}' is not declared"),
                            ),
                            Some(mapping) => {
                                if let Some(t) = top.as_str() {
                                    match mapping.get(t) {
                                        None => self.report(
                                            rules::UNDEFINED_MAPPING,
                                            top.pos,
                                            format!("mapping '{m}' has no key '{t}'"),
                                        ),
                                        Some(inner) => {
                                            if let Some(s) = second.as_str()
                                                && inner.as_map().is_some()
                                                && inner.get(s).is_none()
                                            {
                                                self.report(
                                                    rules::UNDEFINED_MAPPING,
                                                    second.pos,
                                                    format!("mapping '{m}' has no key '{t}.{s}'"),
                                                );
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            "cond_if" => {
                let items = self.args(name, arg, 3..=3);
                if let [c, a, b] = items {
                    match &c.value {
                        Yaml::Str(_) => self.condition_ref(c),
                        _ => self.value_functions(c, Place::Conditions),
                    }
                    self.value_functions(a, place);
                    self.value_functions(b, place);
                }
            }
            "cond_eq" => {
                for a in self.args(name, arg, 2..=2) {
                    self.value_functions(a, Place::Conditions);
                }
            }
            "cond_and" | "cond_or" => {
                for a in self.args(name, arg, 2..=10) {
                    self.value_functions(a, Place::Conditions);
                }
            }
            "cond_not" | "base64_encode" | "get_list_length" => {
                if matches!(arg.value, Yaml::List(_)) && name != "get_list_length" {
                    self.report(
                        rules::FUNCTION_ARGUMENTS,
                        arg.pos,
                        format!("{name} takes one argument, not a list"),
                    );
                }
                let inner = if name == "cond_not" {
                    Place::Conditions
                } else {
                    place
                };
                self.value_functions(arg, inner);
            }
            "concat" => {
                if !matches!(arg.value, Yaml::List(_)) {
                    self.report(rules::FUNCTION_ARGUMENTS, arg.pos, "concat takes a list");
                }
                if place != Place::Outputs && contains_function(arg, "get_attribute") {
                    self.report(
                        rules::FUNCTION_PLACEMENT,
                        k.pos,
                        "concat with get_attribute may be used only in outputs",
                    );
                }
                self.value_functions(arg, place);
            }
            "split" | "select" => {
                for a in self.args(name, arg, 2..=2) {
                    self.value_functions(a, place);
                }
            }
            "replace" => {
                for a in self.args(name, arg, 2..=2) {
                    self.value_functions(a, place);
                }
            }
            _ => {}
        }
    }

    fn element_ref(&mut self, name: &str, pos: Pos) {
        if !self.elements.contains_key(name) {
            self.report(
                rules::UNDEFINED_ELEMENT,
                pos,
                format!("element '{name}' does not exist"),
            );
            return;
        }
        if let Some(current) = self.current.clone()
            && current != name
        {
            self.edges
                .entry(current)
                .or_default()
                .push((name.to_owned(), pos));
        }
    }

    fn attribute(&mut self, element: &str, attr: &str, pos: Pos) {
        let Some(spec) = self.elements.get(element).and_then(|e| e.spec) else {
            return;
        };
        if spec
            .attributes
            .iter()
            .any(|a| a.name == attr || a.name == "*")
        {
            return;
        }
        let tt = spec.template_type.as_deref().unwrap_or_default();
        let (severity, why) = match spec.completeness {
            Completeness::Complete => (Severity::Error, ""),
            _ => (Severity::Warning, " (its attributes may be incomplete)"),
        };
        let known: Vec<&str> = spec.attributes.iter().map(|a| a.name.as_str()).collect();
        let list = if known.is_empty() {
            "none documented".to_owned()
        } else {
            known.join(", ")
        };
        self.report_as(
            rules::UNKNOWN_ATTRIBUTE,
            severity,
            pos,
            format!("{tt} has no attribute '{attr}'{why}; documented: {list}"),
        );
    }

    // ---- whole-template checks ---------------------------------------------------------------

    fn unused(
        &mut self,
        inputs: &[(Key, Node)],
        mappings: &[(Key, Node)],
        conditions: &[(Key, Node)],
    ) {
        for (k, _) in inputs {
            if !self.used_inputs.contains(&k.name) {
                self.report(
                    rules::UNUSED_INPUT,
                    k.pos,
                    format!("input '{}' is never used", k.name),
                );
            }
        }
        for (k, _) in mappings {
            if !self.used_mappings.contains(&k.name) {
                self.report(
                    rules::UNUSED_MAPPING,
                    k.pos,
                    format!("mapping '{}' is never used", k.name),
                );
            }
        }
        for (k, _) in conditions {
            if !self.used_conditions.contains(&k.name) {
                self.report(
                    rules::UNUSED_CONDITION,
                    k.pos,
                    format!("condition '{}' is never used", k.name),
                );
            }
        }
    }

    fn cycles(&mut self) {
        let names: Vec<String> = self.elements.keys().cloned().collect();
        let mut state: HashMap<String, u8> = HashMap::new();
        let mut reported = BTreeSet::new();
        for start in names {
            if state.contains_key(&start) {
                continue;
            }
            // Iterative depth-first search; a grey node reached again closes a cycle.
            let mut stack: Vec<(String, usize)> = vec![(start.clone(), 0)];
            state.insert(start, 1);
            while let Some((node, i)) = stack.pop() {
                let next = self.edges.get(&node).and_then(|e| e.get(i)).cloned();
                match next {
                    None => {
                        state.insert(node, 2);
                    }
                    Some((to, _)) => {
                        stack.push((node.clone(), i + 1));
                        match state.get(&to) {
                            Some(1) => {
                                let from = stack.iter().position(|(n, _)| *n == to).unwrap_or(0);
                                let mut cycle: Vec<String> =
                                    stack[from..].iter().map(|(n, _)| n.clone()).collect();
                                cycle.push(to.clone());
                                let mut key = cycle.clone();
                                key.sort();
                                if reported.insert(key) {
                                    let pos =
                                        self.elements.get(&to).map(|e| e.pos).unwrap_or_default();
                                    self.report(
                                        rules::CYCLE,
                                        pos,
                                        format!("dependency cycle: {}", cycle.join(" -> ")),
                                    );
                                }
                            }
                            Some(_) => {}
                            None => {
                                state.insert(to.clone(), 1);
                                stack.push((to, 0));
                            }
                        }
                    }
                }
            }
        }
    }
}

fn contains_function(v: &Node, name: &str) -> bool {
    match &v.value {
        Yaml::Map(entries) => entries
            .iter()
            .any(|(k, i)| k.name == name || contains_function(i, name)),
        Yaml::List(items) => items.iter().any(|i| contains_function(i, name)),
        _ => false,
    }
}

/// A value shown in a message.
fn show(v: &Node) -> String {
    match &v.value {
        Yaml::Str(s) => format!("'{s}'"),
        Yaml::Int(i) => i.to_string(),
        Yaml::Float(x) => x.to_string(),
        Yaml::Bool(b) => b.to_string(),
        Yaml::Null => "null".to_owned(),
        Yaml::List(_) => "a list".to_owned(),
        Yaml::Map(_) => "a map".to_owned(),
    }
}

/// Levenshtein distance, for "did you mean" hints.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = if ca == *cb {
                prev
            } else {
                1 + prev.min(row[j]).min(row[j + 1])
            };
            prev = cur;
        }
    }
    row[b.len()]
}
