//! The rule bodies: one pass over a template tree, every finding collected, each with its rule,
//! severity, template path and (for files) line and column.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use crate::graph;
use crate::language::{
    COND_OPERANDS, CONDITION_FUNCTIONS, CONDITION_NAMES, ELEMENT_KEYS, ELEMENT_NAMES,
    FOREIGN_FUNCTIONS, FUNCTIONS, INPUT_DESCRIPTION_MAX, INPUT_FIELDS, INPUT_LABEL_MAX,
    INPUT_NAMES, INPUT_TYPES, MAPPING_NAMES, MAX_INPUTS, MAX_MAPPINGS, NameRule,
    OUTPUT_DESCRIPTION_MAX, OUTPUT_FIELDS, OUTPUT_NAMES, POLICY_KEYS, POLICY_NAMES, POLICY_TYPES,
    PSEUDO_PARAMETERS, SECTIONS, TEMPLATE_DESCRIPTION_MAX, TEXT_INPUT_TYPES, TOSCA_VERSION,
};
use crate::regex::Patterns;
use crate::rules::{self, Finding, Rule, Severity};
use crate::spec::{Catalog, Completeness, PropertyInfo, ResourceKind, TypeInfo, ValueType};
use crate::tree::{Key, Mark, Node, Pos, Yaml};

/// Checks a whole template against `catalog`. Findings come in walking order (sections in the
/// canonical order, items in template order); sort them as the front end needs.
///
/// A value marked in Rust ([`Mark`]) is listed (rule `escape-hatch`, or `set-twice`), and an
/// error inside a value marked as an escape hatch is reported as a warning: the author asked for
/// that value on purpose. Templates read from YAML carry no marks.
pub fn check(root: &Node, catalog: &Catalog) -> Vec<Finding> {
    let mut c = Checker {
        catalog,
        out: Vec::new(),
        path: String::new(),
        item: None,
        hatch: None,
        marks_seen: HashSet::new(),
        inputs: BTreeMap::new(),
        mappings: BTreeMap::new(),
        conditions: BTreeSet::new(),
        elements: HashMap::new(),
        used_inputs: BTreeSet::new(),
        used_mappings: BTreeSet::new(),
        used_conditions: BTreeSet::new(),
        patterns: Patterns::default(),
    };
    c.template(root);
    c.out
}

/// Where a value stands: which functions it may use.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Place {
    Properties,
    Outputs,
    Conditions,
    Policies,
}

struct Checker<'a> {
    catalog: &'a Catalog,
    out: Vec<Finding>,
    /// Template path of the value being read (`node_templates.net.properties.cidr`).
    path: String,
    /// Section and name of the item being read.
    item: Option<(&'static str, String)>,
    /// The innermost escape hatch around the value being read.
    hatch: Option<Mark>,
    /// Marked nodes already listed (a node may be entered twice).
    marks_seen: HashSet<*const Node>,
    inputs: BTreeMap<String, &'a Node>,
    mappings: BTreeMap<String, &'a Node>,
    conditions: BTreeSet<String>,
    elements: HashMap<String, Option<&'static TypeInfo>>,
    used_inputs: BTreeSet<String>,
    used_mappings: BTreeSet<String>,
    used_conditions: BTreeSet<String>,
    patterns: Patterns,
}

impl<'a> Checker<'a> {
    fn report(&mut self, rule: &'static Rule, pos: Pos, message: impl Into<String>) {
        self.report_as(rule, rule.severity, pos, message);
    }

    fn report_as(
        &mut self,
        rule: &'static Rule,
        mut severity: Severity,
        pos: Pos,
        message: impl Into<String>,
    ) {
        let mut message = message.into();
        if let Some(mark) = self.hatch
            && severity == Severity::Error
        {
            severity = Severity::Warning;
            message.push_str(&format!(" (asked for with `{}`)", mark.call()));
        }
        self.out.push(Finding {
            rule,
            severity,
            path: self.path.clone(),
            item: self.item.clone(),
            pos,
            caller: None,
            message,
        });
    }

    /// Runs `f` with the key `seg` appended to the path.
    fn at<R>(&mut self, seg: &str, f: impl FnOnce(&mut Self) -> R) -> R {
        let len = self.path.len();
        if len > 0 {
            self.path.push('.');
        }
        self.path.push_str(seg);
        let r = f(self);
        self.path.truncate(len);
        r
    }

    /// Runs `f` with the list index `i` appended to the path.
    fn at_index<R>(&mut self, i: usize, f: impl FnOnce(&mut Self) -> R) -> R {
        use std::fmt::Write;
        let len = self.path.len();
        let _ = write!(self.path, "[{i}]");
        let r = f(self);
        self.path.truncate(len);
        r
    }

    /// Runs `f` inside the item `name` of `section`.
    fn in_item(&mut self, section: &'static str, name: &str, f: impl FnOnce(&mut Self)) {
        self.item = Some((section, name.to_owned()));
        self.at(name, f);
        self.item = None;
    }

    /// Lists the mark of `v`, if any, and makes it the current escape hatch; returns the one it
    /// replaces, for [`Checker::leave`].
    fn enter(&mut self, v: &Node) -> Option<Mark> {
        let before = self.hatch;
        let Some(mark) = v.mark else {
            return before;
        };
        // Listed before the mark applies: an info or a warning is never downgraded anyway.
        if self.marks_seen.insert(v as *const Node) {
            if mark.is_escape_hatch() {
                self.report(
                    rules::ESCAPE_HATCH,
                    v.pos,
                    format!(
                        "written with `{}`: the compiler did not check it",
                        mark.call()
                    ),
                );
            } else if mark == Mark::Unrepresentable {
                self.report(
                    rules::VALUE_TYPE,
                    v.pos,
                    "a Rust value a template cannot hold (a map key that is not text, a number or a boolean, or a value whose Serialize failed); it is written as the text shown",
                );
            } else {
                self.report(
                    rules::SET_TWICE,
                    v.pos,
                    "set twice on the builder; the last value is kept",
                );
            }
        }
        if mark.is_escape_hatch() {
            self.hatch = Some(mark);
        }
        before
    }

    fn leave(&mut self, before: Option<Mark>) {
        self.hatch = before;
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
        self.duplicates(entries);
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
            Some(v) if v.as_str() != Some(TOSCA_VERSION) => {
                self.at("tosca_definitions_version", |c| {
                    c.report(
                        rules::VERSION,
                        v.pos,
                        format!(
                            "tosca_definitions_version must be {TOSCA_VERSION}, not {}",
                            v.show()
                        ),
                    )
                })
            }
            Some(_) => {}
        }
        if let Some(d) = root.get("description") {
            self.at("description", |c| {
                c.text_limit(d, TEMPLATE_DESCRIPTION_MAX, "the template description")
            });
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
        self.items("inputs", inputs, |c, k, v| c.input(k, v));
        self.limit(inputs, MAX_INPUTS, "inputs", rules::TOO_MANY_INPUTS);
        self.items("mappings", mappings, |c, k, v| c.mapping(k, v));
        self.limit(mappings, MAX_MAPPINGS, "mappings", rules::MAPPING);
        self.items("conditions", conditions, |c, k, v| {
            c.name_rule(&CONDITION_NAMES, rules::CONDITION_NAME, "condition", k);
            c.value_functions(v, Place::Conditions);
        });
        self.items("node_templates", nodes, |c, k, v| c.element(k, v));
        self.items("policies", policies, |c, k, v| c.policy(k, v));
        self.items("outputs", outputs, |c, k, v| c.output(k, v));
        self.unused(inputs, mappings, conditions);
        self.cycles(root);
    }

    /// Runs `f` on every item of `section`, inside that item.
    fn items(
        &mut self,
        section: &'static str,
        entries: &'a [(Key, Node)],
        mut f: impl FnMut(&mut Self, &Key, &'a Node),
    ) {
        self.at(section, |c| {
            for (k, v) in entries {
                c.in_item(section, &k.name, |c| f(c, k, v));
            }
        });
    }

    /// More than `max` items in `section`: reported at the first one too many.
    fn limit(&mut self, entries: &[(Key, Node)], max: usize, section: &str, rule: &'static Rule) {
        if let Some((k, _)) = entries.get(max) {
            self.at(section, |c| {
                c.report(
                    rule,
                    k.pos,
                    format!(
                        "{} {section} are declared; at most {max} are allowed",
                        entries.len()
                    ),
                )
            });
        }
    }

    /// A key written twice in one map.
    fn duplicates(&mut self, entries: &[(Key, Node)]) {
        if entries.len() < 2 {
            return;
        }
        // Small maps (nearly all of them) are compared pairwise, without allocating.
        let mut seen: HashSet<&str> = HashSet::new();
        for (i, (k, _)) in entries.iter().enumerate() {
            let repeated = if entries.len() <= 16 {
                entries[..i].iter().any(|(e, _)| e.name == k.name)
            } else {
                !seen.insert(k.name.as_str())
            };
            if repeated {
                self.at(&k.name, |c| {
                    c.report(
                        rules::DUPLICATE,
                        k.pos,
                        format!("'{}' is written more than once", k.name),
                    )
                });
            }
        }
    }

    fn section(&mut self, root: &'a Node, name: &str) -> &'a [(Key, Node)] {
        match root.get(name) {
            None => &[],
            Some(Node {
                value: Yaml::Null, ..
            }) => &[],
            Some(n) => match n.as_map() {
                Some(m) => {
                    self.at(name, |c| c.duplicates(m));
                    m
                }
                None => {
                    self.at(name, |c| {
                        c.report(
                            rules::SECTION,
                            n.pos,
                            format!("{name} must be a map, not {}", n.kind()),
                        )
                    });
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
            self.inputs.entry(k.name.clone()).or_insert(v);
        }
        for (k, v) in mappings {
            self.mappings.entry(k.name.clone()).or_insert(v);
        }
        for (k, _) in conditions {
            self.conditions.insert(k.name.clone());
        }
        self.elements.reserve(nodes.len());
        for (k, v) in nodes {
            let spec = v
                .get("type")
                .and_then(Node::as_str)
                .and_then(|t| self.catalog.element(t));
            self.elements.entry(k.name.clone()).or_insert(spec);
        }
    }

    fn text_limit(&mut self, n: &Node, max: usize, what: &str) {
        if let Yaml::Str(s) = &n.value {
            let len = s.chars().count();
            if len > max {
                self.report(
                    rules::DESCRIPTION,
                    n.pos,
                    format!("{what} is {len} characters long; at most {max} are allowed"),
                );
            }
        }
    }

    /// A name that breaks `rule`. The rules of element, input, mapping and output names are
    /// relaxed (see [`rules::RELAXED`]): their message quotes the documented rule.
    fn name_rule(&mut self, rule: &NameRule, id: &'static Rule, what: &str, k: &Key) {
        if rule.accepts(&k.name) {
            return;
        }
        let relaxed = rules::RELAXED.iter().any(|r| std::ptr::eq(r.rule, id));
        let message = if relaxed {
            format!(
                "{what} name '{}' breaks the documented rule ({}); official templates do so too, so this is a warning",
                k.name,
                rule.describe()
            )
        } else {
            format!(
                "{what} name '{}' breaks the rule: {}",
                k.name,
                rule.describe()
            )
        };
        self.report(id, k.pos, message);
    }

    // ---- inputs ------------------------------------------------------------------------------

    fn input(&mut self, k: &Key, v: &'a Node) {
        self.name_rule(&INPUT_NAMES, rules::INPUT_NAME, "input", k);
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
        self.duplicates(fields);
        for (f, value) in fields {
            self.at(&f.name, |c| match f.name.as_str() {
                "type" => {
                    let known = value.as_str().is_some_and(|t| {
                        INPUT_TYPES.contains(&t)
                            || (t.starts_with("HuaweiCloud.") && c.catalog.resource(t).is_some())
                    });
                    if !known {
                        c.report(
                            rules::INPUT,
                            value.pos,
                            format!("unknown input type {}", value.show()),
                        );
                    }
                }
                "description" => c.text_limit(value, INPUT_DESCRIPTION_MAX, "an input description"),
                "label" => c.text_limit(value, INPUT_LABEL_MAX, "an input label"),
                "invisible" => {
                    if !matches!(value.value, Yaml::Bool(_)) {
                        c.report(rules::INPUT, value.pos, "invisible takes true or false");
                    }
                }
                other if INPUT_FIELDS.contains(&other) => {}
                other => c.report(
                    rules::INPUT,
                    f.pos,
                    format!("unknown input field '{other}'"),
                ),
            });
        }
        if let Some(d) = v.get("default") {
            self.at("default", |c| c.input_default(v, d));
        }
    }

    /// An input's constraints as (name, value) pairs; `constraints` is a map or a list of maps.
    fn constraints(input: &Node) -> Vec<(&str, &Node)> {
        let Some(c) = input.get("constraints") else {
            return Vec::new();
        };
        let maps: Vec<&Node> = match &c.value {
            Yaml::Map(_) => vec![c],
            Yaml::List(items) => items.iter().collect(),
            _ => Vec::new(),
        };
        maps.into_iter()
            .filter_map(Node::as_map)
            .flatten()
            .map(|(k, v)| (k.name.as_str(), v))
            .collect()
    }

    fn input_default(&mut self, input: &Node, d: &Node) {
        // Official samples often omit `type`; the default then stands for itself.
        let ty = input.get("type").and_then(Node::as_str).unwrap_or_default();
        let fits = match ty {
            "integer" => matches!(d.value, Yaml::Int(_)),
            "float" => d.number().is_some(),
            "boolean" => matches!(d.value, Yaml::Bool(_)),
            t if TEXT_INPUT_TYPES.contains(&t) => matches!(d.value, Yaml::Str(_)),
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
        if let Yaml::Float(x) = d.value
            && !x.is_finite()
        {
            self.report(
                rules::VALUE_TYPE,
                d.pos,
                format!("{x} is not a finite number"),
            );
        }
        for (name, v) in Self::constraints(input) {
            match (name, &v.value) {
                ("valid_values", Yaml::List(values)) => {
                    let text = d.scalar_text();
                    if !values.iter().any(|x| x.scalar_text() == text) {
                        self.report(
                            rules::INPUT_DEFAULT,
                            d.pos,
                            format!("the default {} is not one of valid_values", d.show()),
                        );
                    }
                }
                ("in_range", Yaml::List(range)) => {
                    if let ([lo, hi], Some(x)) = (range.as_slice(), d.number())
                        && let (Some(lo), Some(hi)) = (lo.number(), hi.number())
                        && !(lo <= x && x <= hi)
                    {
                        self.report(
                            rules::INPUT_DEFAULT,
                            d.pos,
                            format!("the default {x} is outside in_range [{lo}, {hi}]"),
                        );
                    }
                }
                ("regex" | "pattern", Yaml::Str(re)) => {
                    if let Yaml::Str(s) = &d.value {
                        match self.patterns.find(re, s) {
                            Ok(true) => {}
                            Ok(false) => self.report(
                                rules::INPUT_DEFAULT,
                                d.pos,
                                format!("the default '{s}' does not match {re}"),
                            ),
                            Err(e) => self.report_as(
                                rules::INPUT_DEFAULT,
                                Severity::Warning,
                                v.pos,
                                format!("the default cannot be checked against {re}: {e}"),
                            ),
                        }
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

    // ---- mappings ----------------------------------------------------------------------------

    fn mapping(&mut self, k: &Key, v: &Node) {
        self.name_rule(&MAPPING_NAMES, rules::MAPPING_NAME, "mapping", k);
        let Some(tops) = v.as_map() else {
            self.report(
                rules::MAPPING,
                v.pos,
                format!("a mapping is a map of keys, not {}", v.kind()),
            );
            return;
        };
        self.duplicates(tops);
        for (top, inner) in tops {
            self.at(&top.name, |c| {
                c.name_rule(&MAPPING_NAMES, rules::MAPPING_NAME, "mapping key", top);
                let Some(seconds) = inner.as_map() else {
                    c.report(
                        rules::MAPPING,
                        inner.pos,
                        format!(
                            "'{}' must map keys to values, not be {}",
                            top.name,
                            inner.kind()
                        ),
                    );
                    return;
                };
                c.duplicates(seconds);
                for (second, value) in seconds {
                    c.at(&second.name, |c| {
                        c.name_rule(&MAPPING_NAMES, rules::MAPPING_NAME, "mapping key", second);
                        match value.value {
                            Yaml::Str(_) | Yaml::Int(_) => {}
                            Yaml::Float(x) if x.is_finite() => {}
                            _ => c.report(
                                rules::MAPPING,
                                value.pos,
                                format!(
                                    "mapping values are text or finite numbers, not {}",
                                    value.show()
                                ),
                            ),
                        }
                    });
                }
            });
        }
    }

    // ---- elements ----------------------------------------------------------------------------

    fn element(&mut self, k: &Key, v: &'a Node) {
        self.name_rule(&ELEMENT_NAMES, rules::ELEMENT_NAME, "element", k);
        let Some(fields) = v.as_map() else {
            self.report(
                rules::ELEMENT,
                v.pos,
                format!("an element is a map, not {}", v.kind()),
            );
            return;
        };
        self.duplicates(fields);
        for (f, _) in fields {
            match f.name.as_str() {
                name if ELEMENT_KEYS.contains(&name) => {}
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
                Some(name) => match self.catalog.element(name) {
                    Some(spec) => Some(spec),
                    None => {
                        let hint = self
                            .closest_type(name)
                            .map(|c| format!("; did you mean {c}?"))
                            .unwrap_or_default();
                        self.at("type", |c| {
                            c.report(
                                rules::UNKNOWN_TYPE,
                                t.pos,
                                format!("unknown element type '{name}'{hint}"),
                            )
                        });
                        None
                    }
                },
                None => {
                    self.at("type", |c| {
                        c.report(
                            rules::ELEMENT,
                            t.pos,
                            format!("type must be text, not {}", t.kind()),
                        )
                    });
                    None
                }
            },
        };
        let props = v.get("properties");
        self.at("properties", |c| match spec {
            Some(spec) => c.properties(spec, props, k.pos, Place::Properties),
            None => {
                if let Some(p) = props {
                    c.value_functions(p, Place::Properties);
                }
            }
        });
        if let Some(reqs) = v.get("requirements") {
            self.at("requirements", |c| c.requirements(reqs));
        }
        if let Some(cond) = v.get("condition") {
            self.at("condition", |c| c.condition_ref(cond));
        }
    }

    fn closest_type(&self, name: &str) -> Option<String> {
        let lower = name.to_ascii_lowercase();
        self.catalog
            .elements
            .iter()
            .filter_map(|e| e.template_type)
            .map(|t| (edit_distance(&lower, &t.to_ascii_lowercase()), t))
            .filter(|(d, _)| *d <= 3)
            .min()
            .map(|(_, t)| t.to_owned())
    }

    /// The properties of an element, policy or data structure against its spec.
    fn properties(
        &mut self,
        spec: &'static TypeInfo,
        props: Option<&'a Node>,
        owner: Pos,
        place: Place,
    ) {
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
        self.duplicates(entries);
        let what = spec.display_name();
        for (k, v) in entries {
            self.at(&k.name, |c| match spec.property(&k.name) {
                Some(p) => c.property(p, v, place),
                None => {
                    let before = c.enter(v);
                    let (severity, why) = match (spec.completeness, v.mark) {
                        (_, Some(Mark::UnlistedProperty)) => {
                            (Severity::Warning, " (set with `unlisted_property`)")
                        }
                        (Completeness::Complete, _) => (Severity::Error, ""),
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
                                || edit_distance(p.key, &k.name) <= 2
                        })
                        .map(|p| format!("; did you mean '{}'?", p.key))
                        .unwrap_or_default();
                    c.report_as(
                        rules::UNKNOWN_PROPERTY,
                        severity,
                        k.pos,
                        format!("{what} has no property '{}'{why}{near}", k.name),
                    );
                    c.value_functions(v, place);
                    c.leave(before);
                }
            });
        }
        let set = |key: &str| entries.iter().find(|(k, _)| k.name == key).map(|(_, v)| v);
        for p in spec.properties.iter().filter(|p| set(p.key).is_none()) {
            let at = props.map_or(owner, |n| n.pos);
            if p.must_be_set() {
                self.report(
                    rules::MISSING_PROPERTY,
                    at,
                    format!("{what} requires property '{}'", p.key),
                );
            } else if p.api_requires() {
                let api = p.api.map(|a| format!(" ({a})")).unwrap_or_default();
                self.report(
                    rules::API_REQUIRED,
                    at,
                    format!(
                        "{what} leaves out '{}', which the service API requires{api}; the element page does not say whether the platform fills it",
                        p.key
                    ),
                );
            } else if !p.required_when.is_empty()
                && p.required_when.iter().all(|(other, values)| {
                    set(other)
                        .and_then(Node::scalar_text)
                        .is_some_and(|t| values.contains(&t.as_str()))
                })
            {
                // A value given by a function is not known here: no finding.
                let because: Vec<String> = p
                    .required_when
                    .iter()
                    .map(|(other, _)| {
                        let v = set(other).and_then(Node::scalar_text).unwrap_or_default();
                        format!("'{other}' is {v}")
                    })
                    .collect();
                self.report(
                    rules::MISSING_PROPERTY,
                    at,
                    format!(
                        "{what} requires property '{}' when {}",
                        p.key,
                        because.join(" and ")
                    ),
                );
            }
        }
    }

    fn property(&mut self, p: &'static PropertyInfo, v: &'a Node, place: Place) {
        let before = self.enter(v);
        if is_function(v) {
            self.input_fits(p, v, p.list);
            self.function(v, place);
        } else if p.list {
            match &v.value {
                Yaml::List(items) => {
                    let counted =
                        !matches!(p.value_type(), ValueType::String | ValueType::Resource(_));
                    if let Some(max) = p.max_length.filter(|m| counted && items.len() as u64 > *m) {
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
                    for (i, item) in items.iter().enumerate() {
                        self.at_index(i, |c| c.item(p, item, place));
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
        self.leave(before);
    }

    /// One value (or one list item) of a property.
    fn item(&mut self, p: &'static PropertyInfo, v: &'a Node, place: Place) {
        let before = self.enter(v);
        self.item_here(p, v, place);
        self.leave(before);
    }

    fn item_here(&mut self, p: &'static PropertyInfo, v: &'a Node, place: Place) {
        if is_function(v) {
            self.input_fits(p, v, false);
            self.function(v, place);
            return;
        }
        let ty = p.value_type();
        let fits = match (ty, &v.value) {
            (ValueType::Any, _) => true,
            (ValueType::String, Yaml::Str(_)) => true,
            (ValueType::Integer, Yaml::Int(_)) => true,
            (ValueType::Number, Yaml::Int(_) | Yaml::Float(_)) => true,
            (ValueType::Boolean, Yaml::Bool(_)) => true,
            (ValueType::Map, Yaml::Map(_)) => true,
            (ValueType::Data(_), Yaml::Map(_)) => true,
            (ValueType::Resource(_), Yaml::Str(_)) => true,
            (ValueType::Resource(r), Yaml::Int(_)) => self
                .catalog
                .resource(r)
                .is_some_and(|r| r.kind == ResourceKind::Number),
            _ => false,
        };
        if !fits {
            self.report(
                rules::VALUE_TYPE,
                v.pos,
                format!(
                    "'{}' takes {}, not {} ({})",
                    p.key,
                    ty.describe(),
                    v.kind(),
                    v.show()
                ),
            );
            return;
        }
        match &v.value {
            Yaml::Map(_) => match ty {
                ValueType::Data(name) => {
                    if let Some(d) = self.catalog.datatype(name) {
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
    /// property's (the console offers a picker for resource types, and only values of the type),
    /// and its default and valid_values should be values the property accepts.
    fn input_fits(&mut self, p: &'static PropertyInfo, v: &Node, list: bool) {
        let Some((k, arg)) = v.single_entry() else {
            return;
        };
        let (Some(name), "get_input") = (arg.as_str(), k.name.as_str()) else {
            return;
        };
        let Some(input) = self.inputs.get(name).copied() else {
            return;
        };
        if list {
            return; // a list property fed by one input: the input holds the whole list
        }
        if let Some(declared) = input.get("type").and_then(Node::as_str)
            && (INPUT_TYPES.contains(&declared) || self.catalog.resource(declared).is_some())
            && !self.input_type_fits(p, declared)
        {
            self.report(
                rules::INPUT_TYPE,
                arg.pos,
                format!(
                    "input '{name}' is declared {declared}, but '{}' takes {}",
                    p.key,
                    p.value_type().name()
                ),
            );
        }
        let mut values: Vec<(&str, &Node)> = Vec::new();
        if let Some(d) = input.get("default") {
            values.push(("its default", d));
        }
        for (c, v) in Self::constraints(input) {
            if let ("valid_values", Yaml::List(valid)) = (c, &v.value) {
                values.extend(valid.iter().map(|x| ("its valid_values", x)));
            }
        }
        for (what, x) in values {
            // The property's literal checks, run on the input's value and collected aside.
            let start = self.out.len();
            let hatch = self.hatch.take();
            self.literal(p, x);
            self.hatch = hatch;
            let broken: Vec<Finding> = self.out.drain(start..).collect();
            for f in broken.into_iter().filter(|f| f.severity == Severity::Error) {
                self.report(
                    rules::INPUT_TYPE,
                    x.pos,
                    format!(
                        "input '{name}' feeds '{}', but {what} breaks it: {}",
                        p.key, f.message
                    ),
                );
            }
        }
    }

    /// Whether an input declared `declared` fits a property like `p`.
    fn input_type_fits(&self, p: &PropertyInfo, declared: &str) -> bool {
        let text = TEXT_INPUT_TYPES.contains(&declared);
        match p.value_type() {
            ValueType::Any | ValueType::Map | ValueType::Data(_) => true,
            ValueType::String => text || declared.starts_with("HuaweiCloud."),
            ValueType::Integer => declared == "integer",
            ValueType::Number => declared == "integer" || declared == "float",
            ValueType::Boolean => declared == "boolean",
            ValueType::Resource(r) => {
                declared == r
                    || self.catalog.resource(r).is_some_and(|res| {
                        res.input_type == declared
                            || res.accepts.contains(&declared)
                            || match res.kind {
                                ResourceKind::Id => false,
                                ResourceKind::Name => text,
                                ResourceKind::Number => declared == "integer",
                            }
                    })
            }
        }
    }

    /// Allowed values, range, length, pattern and secrecy of a literal scalar.
    fn literal(&mut self, p: &PropertyInfo, v: &Node) {
        if !p.allowed.is_empty()
            && let Some(text) = v.scalar_text()
            && !p.allowed.contains(&text.as_str())
        {
            self.report(
                rules::ALLOWED_VALUE,
                v.pos,
                format!(
                    "'{}' is not an allowed value of '{}' ({})",
                    text,
                    p.key,
                    p.allowed.join(", ")
                ),
            );
        }
        if let Some(x) = v.number() {
            if !x.is_finite() {
                self.report(
                    rules::VALUE_TYPE,
                    v.pos,
                    format!("{x} is not a finite number"),
                );
            } else if let Some(min) = p.min.filter(|m| x < *m) {
                self.report(
                    rules::RANGE,
                    v.pos,
                    format!("{x} is below the minimum {min} of '{}'", p.key),
                );
            } else if let Some(max) = p.max.filter(|m| x > *m) {
                self.report(
                    rules::RANGE,
                    v.pos,
                    format!("{x} is above the maximum {max} of '{}'", p.key),
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
            if let Some(re) = p.pattern
                && self.patterns.whole(re, s) == Ok(false)
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

    fn requirements(&mut self, reqs: &Node) {
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
        for (i, item) in items.iter().enumerate() {
            self.at_index(i, |c| {
                let Some((_, target)) = item.single_entry() else {
                    c.report(
                        rules::UNDEFINED_REQUIREMENT,
                        item.pos,
                        "each requirement is `<property>: {node: <element>}`",
                    );
                    return;
                };
                match target.get("node") {
                    Some(Node {
                        value: Yaml::Str(node),
                        pos,
                        ..
                    }) => {
                        if !c.elements.contains_key(node) {
                            c.report(
                                rules::UNDEFINED_REQUIREMENT,
                                *pos,
                                format!("requirement names element '{node}', which does not exist"),
                            );
                        }
                    }
                    _ => c.report(
                        rules::UNDEFINED_REQUIREMENT,
                        target.pos,
                        "a requirement needs `node: <element name>`",
                    ),
                }
            });
        }
    }

    fn condition_ref(&mut self, c: &Node) {
        match c.as_str() {
            Some(name) => {
                self.used_conditions.insert(name.to_owned());
                if !self.conditions.contains(name) {
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
                format!(
                    "policy name '{}' breaks the rule: {}",
                    k.name,
                    POLICY_NAMES.describe()
                ),
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
        self.duplicates(fields);
        for (f, _) in fields {
            if !POLICY_KEYS.contains(&f.name.as_str()) {
                self.report(
                    rules::POLICY,
                    f.pos,
                    format!("unknown policy key '{}'", f.name),
                );
            }
        }
        match v.get("type").map(|t| (t, t.as_str())) {
            Some((_, Some(name))) if POLICY_TYPES.contains(&name) => {
                if let Some(spec) = self.catalog.element(name) {
                    let props = v.get("properties");
                    self.at("properties", |c| {
                        c.properties(spec, props, k.pos, Place::Policies)
                    });
                }
            }
            Some((t, _)) => self.report(
                rules::POLICY,
                t.pos,
                format!(
                    "policy type {} is not {}",
                    t.show(),
                    POLICY_TYPES.join(" or ")
                ),
            ),
            None => self.report(rules::POLICY, k.pos, "a policy needs a type"),
        }
        self.at("targets", |c| match v.get("targets") {
            Some(Node {
                value: Yaml::List(targets),
                pos,
                ..
            }) => {
                if targets.is_empty() {
                    c.report(rules::POLICY, *pos, "a policy needs at least one target");
                }
                for t in targets {
                    match t.as_str() {
                        Some(name) if c.elements.contains_key(name) => {}
                        _ => c.report(
                            rules::POLICY,
                            t.pos,
                            format!("target {} is not an element of this template", t.show()),
                        ),
                    }
                }
            }
            Some(t) => c.report(
                rules::POLICY,
                t.pos,
                format!("targets is a list of element names, not {}", t.kind()),
            ),
            None => c.report(rules::POLICY, k.pos, "a policy needs targets"),
        });
    }

    fn output(&mut self, k: &Key, v: &'a Node) {
        self.name_rule(&OUTPUT_NAMES, rules::OUTPUT_NAME, "output", k);
        let Some(fields) = v.as_map() else {
            self.report(
                rules::OUTPUT,
                v.pos,
                format!("an output is a map with a value, not {}", v.kind()),
            );
            return;
        };
        self.duplicates(fields);
        for (f, value) in fields {
            self.at(&f.name, |c| match f.name.as_str() {
                "value" => c.value_functions(value, Place::Outputs),
                "description" => {
                    c.text_limit(value, OUTPUT_DESCRIPTION_MAX, "an output description")
                }
                other if OUTPUT_FIELDS.contains(&other) => {}
                other => c.report(
                    rules::OUTPUT,
                    f.pos,
                    format!("unknown output field '{other}'"),
                ),
            });
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

    /// Checks every function anywhere inside a value, and every number in it.
    fn value_functions(&mut self, v: &'a Node, place: Place) {
        let before = self.enter(v);
        if is_function(v) {
            self.function(v, place);
        } else {
            match &v.value {
                Yaml::List(items) => {
                    for (i, item) in items.iter().enumerate() {
                        self.at_index(i, |c| c.value_functions(item, place));
                    }
                }
                Yaml::Map(entries) => {
                    self.duplicates(entries);
                    for (k, item) in entries {
                        self.at(&k.name, |c| c.value_functions(item, place));
                    }
                }
                Yaml::Float(x) if !x.is_finite() => self.report(
                    rules::VALUE_TYPE,
                    v.pos,
                    format!("{x} is not a finite number"),
                ),
                _ => {}
            }
        }
        self.leave(before);
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
        let before = self.enter(v);
        self.at(&k.name, |c| c.function_here(k, arg, place));
        self.leave(before);
    }

    fn function_here(&mut self, k: &Key, arg: &'a Node, place: Place) {
        let name = k.name.as_str();
        if FOREIGN_FUNCTIONS.contains(&name) {
            self.report(
                rules::UNKNOWN_FUNCTION,
                k.pos,
                format!("AOS has no function '{name}'"),
            );
            return;
        }
        if CONDITION_FUNCTIONS.contains(&name) && place != Place::Conditions {
            self.report(
                rules::FUNCTION_PLACEMENT,
                k.pos,
                format!("{name} may be used only in conditions"),
            );
        }
        match name {
            "get_input" => match one_name(arg) {
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
            },
            "get_reference" => match one_name(arg) {
                Some(t) => self.element_ref(t, arg.pos),
                None => self.report(
                    rules::FUNCTION_ARGUMENTS,
                    arg.pos,
                    "get_reference takes an element name",
                ),
            },
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
                for a in items {
                    self.value_functions(a, place);
                }
                if let [map, top, second] = items {
                    self.mapping_ref(map, top, second);
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
                let (lo, hi) = COND_OPERANDS;
                for a in self.args(name, arg, lo..=hi) {
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
            "split" | "select" | "replace" => {
                for a in self.args(name, arg, 2..=2) {
                    self.value_functions(a, place);
                }
            }
            _ => {}
        }
    }

    fn mapping_ref(&mut self, map: &Node, top: &Node, second: &Node) {
        let Some(m) = map.as_str() else {
            return;
        };
        self.used_mappings.insert(m.to_owned());
        let Some(mapping) = self.mappings.get(m).copied() else {
            self.report(
                rules::UNDEFINED_MAPPING,
                map.pos,
                format!("mapping '{m}' is not declared"),
            );
            return;
        };
        let Some(t) = top.as_str() else {
            return;
        };
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

    fn element_ref(&mut self, name: &str, pos: Pos) {
        if !self.elements.contains_key(name) {
            self.report(
                rules::UNDEFINED_ELEMENT,
                pos,
                format!("element '{name}' does not exist"),
            );
        }
    }

    fn attribute(&mut self, element: &str, attr: &str, pos: Pos) {
        let Some(Some(spec)) = self.elements.get(element).copied() else {
            return;
        };
        if spec.attributes.iter().any(|a| *a == attr || *a == "*") {
            return;
        }
        let (severity, why) = match spec.completeness {
            Completeness::Complete => (Severity::Error, ""),
            _ => (Severity::Warning, " (its attributes may be incomplete)"),
        };
        let list = if spec.attributes.is_empty() {
            "none documented".to_owned()
        } else {
            spec.attributes.join(", ")
        };
        self.report_as(
            rules::UNKNOWN_ATTRIBUTE,
            severity,
            pos,
            format!(
                "{} has no attribute '{attr}'{why}; documented: {list}",
                spec.display_name()
            ),
        );
    }

    // ---- whole-template checks ---------------------------------------------------------------

    fn unused(
        &mut self,
        inputs: &[(Key, Node)],
        mappings: &[(Key, Node)],
        conditions: &[(Key, Node)],
    ) {
        // The walk is over: the sets of what was used are taken, not cloned.
        let lists = [
            (
                "inputs",
                "input",
                inputs,
                std::mem::take(&mut self.used_inputs),
                rules::UNUSED_INPUT,
            ),
            (
                "mappings",
                "mapping",
                mappings,
                std::mem::take(&mut self.used_mappings),
                rules::UNUSED_MAPPING,
            ),
            (
                "conditions",
                "condition",
                conditions,
                std::mem::take(&mut self.used_conditions),
                rules::UNUSED_CONDITION,
            ),
        ];
        for (section, what, items, used, rule) in lists {
            for (k, _) in items.iter().filter(|(k, _)| !used.contains(&k.name)) {
                self.at(section, |c| {
                    c.in_item(section, &k.name, |c| {
                        c.report(rule, k.pos, format!("{what} '{}' is never used", k.name))
                    })
                });
            }
        }
    }

    fn cycles(&mut self, root: &Node) {
        let graph = graph::dependencies(root);
        let cycles = graph::cycles(&graph);
        if cycles.is_empty() {
            return;
        }
        let pos: HashMap<&str, Pos> = graph
            .nodes
            .iter()
            .map(|(n, _, p)| (n.as_str(), *p))
            .collect();
        for cycle in cycles {
            let to = cycle.last().map(String::as_str).unwrap_or_default();
            let at = pos.get(to).copied().unwrap_or_default();
            self.at("node_templates", |c| {
                c.in_item("node_templates", to, |c| {
                    c.report(
                        rules::CYCLE,
                        at,
                        format!("dependency cycle: {}", cycle.join(" -> ")),
                    )
                })
            });
        }
    }
}

/// A single-key map whose key is a function name (or looks like one).
pub fn is_function(v: &Node) -> bool {
    v.single_entry().is_some_and(|(k, _)| {
        FUNCTIONS.contains(&k.name.as_str()) || FOREIGN_FUNCTIONS.contains(&k.name.as_str())
    })
}

/// The one name a `get_input` or `get_reference` takes: `name` or `[name]`.
fn one_name(arg: &Node) -> Option<&str> {
    match &arg.value {
        Yaml::Str(s) => Some(s.as_str()),
        Yaml::List(items) if items.len() == 1 => items[0].as_str(),
        _ => None,
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

/// Levenshtein distance, for "did you mean" hints.
pub fn edit_distance(a: &str, b: &str) -> usize {
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
