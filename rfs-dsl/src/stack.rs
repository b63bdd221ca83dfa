//! Composing a stack: inputs, mappings, conditions, elements, policies, outputs, and synthesis
//! into a template.

use std::fmt;
use std::sync::atomic::{AtomicU64, Ordering};

use rfs_types::core::{
    Element, Function, InputType, IntoValue, Map, NodeName, Ref, TypeInfo, Val, Value,
};

use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};

use crate::check;
use crate::func::Cond;
use crate::input::Input;
use crate::yaml::{Yaml, YamlMap};

pub use rfs_types::language::{PSEUDO_PARAMETERS, TOSCA_VERSION};

static NEXT_SCOPE: AtomicU64 = AtomicU64::new(1);

/// One output of a stack (see [`Stack::output`]).
#[derive(Clone, Debug)]
pub struct Output {
    pub(crate) value: Value,
    pub(crate) description: Option<String>,
}

impl Output {
    /// What the output holds (0–255 characters).
    pub fn description(&mut self, text: impl Into<String>) -> &mut Self {
        self.description = Some(text.into());
        self
    }
}

/// Lookup tables for `get_in_map` (see [`Stack::mapping`]): map → top-level key →
/// second-level key → text or number.
#[derive(Clone, Debug, Default)]
pub struct Mapping {
    pub(crate) entries: Map,
}

impl Mapping {
    /// An empty mapping.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets `top.second` to a text or number.
    pub fn entry(mut self, top: &str, second: &str, value: impl Into<MapValue>) -> Self {
        let value = value.into().0;
        if !matches!(self.entries.get(top), Some(Value::Map(_))) {
            self.entries.insert(top, Map::new());
        }
        if let Some(Value::Map(inner)) = self.entries.get_mut(top) {
            inner.insert(second, value);
        }
        self
    }
}

/// A mapping value: mappings hold only texts and numbers.
#[derive(Clone, Debug)]
pub struct MapValue(Value);

impl From<&str> for MapValue {
    fn from(v: &str) -> Self {
        MapValue(v.into())
    }
}
impl From<String> for MapValue {
    fn from(v: String) -> Self {
        MapValue(v.into())
    }
}
impl From<i64> for MapValue {
    fn from(v: i64) -> Self {
        MapValue(v.into())
    }
}
impl From<f64> for MapValue {
    fn from(v: f64) -> Self {
        MapValue(v.into())
    }
}

/// A mapping added to a stack; read it with `get_in_map`.
#[derive(Clone, Debug)]
pub struct MappingRef {
    name: String,
}

impl MappingRef {
    fn get<T>(&self, top: impl IntoValue<String>, second: impl IntoValue<String>) -> Val<T> {
        Val::from_raw_unchecked(Function::GetInMap(
            Value::from(self.name.as_str()),
            top.into_value().into_raw(),
            second.into_value().into_raw(),
        ))
    }

    /// `get_in_map: [map, top, second]` read as text.
    pub fn get_string(
        &self,
        top: impl IntoValue<String>,
        second: impl IntoValue<String>,
    ) -> Val<String> {
        self.get(top, second)
    }

    /// `get_in_map: [map, top, second]` read as a whole number.
    pub fn get_integer(
        &self,
        top: impl IntoValue<String>,
        second: impl IntoValue<String>,
    ) -> Val<i64> {
        self.get(top, second)
    }

    /// `get_in_map: [map, top, second]` read as a number.
    pub fn get_number(
        &self,
        top: impl IntoValue<String>,
        second: impl IntoValue<String>,
    ) -> Val<f64> {
        self.get(top, second)
    }

    /// The mapping's name.
    pub fn name(&self) -> &str {
        &self.name
    }
}

/// A named condition of a stack (see [`Stack::condition`]): gate elements with
/// [`Stack::set_condition`], choose values with [`crate::func::cond_if`].
#[derive(Clone, Debug)]
pub struct Condition {
    name: String,
    scope: u64,
}

impl Condition {
    /// The condition's name.
    pub fn name(&self) -> &str {
        &self.name
    }
}

/// An element type that may appear in `policies`: the policies page allows only
/// `HuaweiCloud.AntiDDos.Service` and `HuaweiCloud.APM.Pinpoint`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be a policy",
    label = "not a policy type",
    note = "the policies section takes only antiddos::Service and apm::Pinpoint"
)]
pub trait Policy: Element {}

impl Policy for rfs_types::antiddos::Service {}
impl Policy for rfs_types::apm::Pinpoint {}

/// A policy target: an element of the same stack.
#[derive(Clone, Debug)]
pub struct Target(NodeName);

impl<E: Element> From<&Ref<E>> for Target {
    fn from(r: &Ref<E>) -> Self {
        Target(r.node().clone())
    }
}

#[derive(Clone, Debug)]
pub(crate) struct InputDef {
    pub name: String,
    pub type_name: &'static str,
    pub description: Option<String>,
    pub label: Option<String>,
    pub default: Option<Value>,
    pub invisible: bool,
    pub constraints: Map,
}

#[derive(Clone, Debug)]
pub(crate) struct NodeDef {
    pub name: String,
    pub type_name: &'static str,
    pub info: &'static TypeInfo,
    pub properties: Map,
    pub unlisted: Vec<String>,
    pub depends_on: Vec<NodeName>,
    pub condition: Option<(String, u64)>,
}

#[derive(Clone, Debug)]
pub(crate) struct PolicyDef {
    pub name: String,
    pub type_name: &'static str,
    pub info: &'static TypeInfo,
    pub properties: Map,
    pub targets: Vec<NodeName>,
}

/// A stack being composed: write it out with [`Stack::to_yaml`] or [`Stack::write_to`].
///
/// Declarations are kept in the order made; a name declared twice is reported at synth.
#[derive(Clone, Debug)]
pub struct Stack {
    pub(crate) name: String,
    pub(crate) scope: u64,
    pub(crate) description: Option<String>,
    pub(crate) inputs: Vec<InputDef>,
    pub(crate) mappings: Vec<(String, Mapping)>,
    pub(crate) conditions: Vec<(String, Cond)>,
    pub(crate) nodes: Vec<NodeDef>,
    pub(crate) policies: Vec<PolicyDef>,
    pub(crate) outputs: Vec<(String, Output)>,
}

/// How serious a finding is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The template would be rejected or wrong: nothing is written.
    Error,
    /// Worth a look; the template is still written.
    Warning,
}

/// One problem found at synth time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// Error or warning.
    pub severity: Severity,
    /// Where in the template: `node_templates.web-vpc.properties.cidr`.
    pub path: String,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{s}: {}: {}", self.path, self.message)
    }
}

/// Every error found when synthesizing a stack (warnings included, for context).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SynthError {
    /// The stack's name.
    pub stack: String,
    /// All findings, errors first.
    pub findings: Vec<Finding>,
}

impl fmt::Display for SynthError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let errors = self
            .findings
            .iter()
            .filter(|x| x.severity == Severity::Error)
            .count();
        writeln!(f, "stack '{}': {errors} error(s)", self.stack)?;
        for x in &self.findings {
            writeln!(f, "  {x}")?;
        }
        Ok(())
    }
}

impl std::error::Error for SynthError {}

/// A synthesized template: its YAML and the warnings found on the way.
#[derive(Clone, Debug)]
pub struct Synth {
    /// The template text.
    pub yaml: String,
    /// Warnings (never errors: those fail synthesis).
    pub warnings: Vec<Finding>,
}

impl Stack {
    /// An empty stack. `name` identifies it in messages and file names.
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            scope: NEXT_SCOPE.fetch_add(1, Ordering::Relaxed),
            description: None,
            inputs: Vec::new(),
            mappings: Vec::new(),
            conditions: Vec::new(),
            nodes: Vec::new(),
            policies: Vec::new(),
            outputs: Vec::new(),
        }
    }

    /// The stack's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The template's description (0–1024 characters).
    pub fn description(mut self, text: impl Into<String>) -> Self {
        self.description = Some(text.into());
        self
    }

    /// Declares an input and returns its `get_input` value, typed `T`: it fills only properties
    /// of type `T`.
    pub fn input<T: InputType + ?Sized>(&mut self, name: &str, input: Input<T>) -> Val<T> {
        self.inputs.push(InputDef {
            name: name.to_owned(),
            type_name: T::INPUT_TYPE,
            description: input.description,
            label: input.label,
            default: input.default,
            invisible: input.invisible,
            constraints: input.constraints,
        });
        Val::from_raw_unchecked(Function::GetInput(name.to_owned()))
    }

    /// Adds a mapping (at most 10 per template) and returns it for `get_in_map`.
    pub fn mapping(&mut self, name: &str, mapping: Mapping) -> MappingRef {
        self.mappings.push((name.to_owned(), mapping));
        MappingRef {
            name: name.to_owned(),
        }
    }

    /// Adds a named condition built from `cond_eq`, `cond_not`, `cond_and`, `cond_or`, a
    /// boolean input or a literal.
    pub fn condition(&mut self, name: &str, expr: impl Into<Cond>) -> Condition {
        self.conditions.push((name.to_owned(), expr.into()));
        Condition {
            name: name.to_owned(),
            scope: self.scope,
        }
    }

    /// Adds an element under `name` and returns a reference to it.
    pub fn add<E: Element>(&mut self, name: &str, element: E) -> Ref<E> {
        self.nodes.push(NodeDef {
            name: name.to_owned(),
            type_name: E::TYPE,
            info: E::info(),
            properties: element.properties(),
            unlisted: element.unlisted().iter().map(|(k, _)| k.clone()).collect(),
            depends_on: Vec::new(),
            condition: None,
        });
        Ref::scoped(name, self.scope)
    }

    /// Creates `node` only when `condition` holds (`condition:` of the element).
    pub fn set_condition<E: Element>(&mut self, node: &Ref<E>, condition: &Condition) {
        if let Some(n) = self.node_mut(node.node()) {
            n.condition = Some((condition.name.clone(), condition.scope));
        }
    }

    /// Makes `node` depend on `on` even though none of its properties refers to it (written as
    /// `- dependency: {node: <on>}`).
    pub fn depends_on<A: Element, B: Element>(&mut self, node: &Ref<A>, on: &Ref<B>) {
        let on = on.node().clone();
        if let Some(n) = self.node_mut(node.node()) {
            n.depends_on.push(on);
        }
    }

    fn node_mut(&mut self, node: &NodeName) -> Option<&mut NodeDef> {
        let scope = self.scope;
        self.nodes
            .iter_mut()
            .rev()
            .find(|n| n.name == node.name && (node.scope == 0 || node.scope == scope))
    }

    /// Adds a policy (`HuaweiCloud.AntiDDos.Service` or `HuaweiCloud.APM.Pinpoint`) applied to
    /// `targets`.
    pub fn policy<P: Policy>(
        &mut self,
        name: &str,
        policy: P,
        targets: impl IntoIterator<Item = Target>,
    ) {
        self.policies.push(PolicyDef {
            name: name.to_owned(),
            type_name: P::TYPE,
            info: P::info(),
            properties: policy.properties(),
            targets: targets.into_iter().map(|t| t.0).collect(),
        });
    }

    /// Adds an output; set its description on the returned value. Takes any typed value, a
    /// literal, or a [`crate::func::concat`].
    pub fn output(&mut self, name: &str, value: impl Into<Value>) -> &mut Output {
        self.outputs.push((
            name.to_owned(),
            Output {
                value: value.into(),
                description: None,
            },
        ));
        let last = self.outputs.len() - 1;
        &mut self.outputs[last].1
    }

    /// Checks the stack and writes the template. Fails with every error found.
    pub fn synth(&self) -> Result<Synth, SynthError> {
        let requirements: Vec<Requirements> = self.nodes.iter().map(requirements).collect();
        let mut findings = check::check(self, &requirements);
        findings.sort_by_key(|f| f.severity);
        if findings.iter().any(|f| f.severity == Severity::Error) {
            return Err(SynthError {
                stack: self.name.clone(),
                findings,
            });
        }
        let template = Template {
            stack: self,
            requirements: &requirements,
        };
        let yaml = crate::yaml::serialize(&template).map_err(|e| SynthError {
            stack: self.name.clone(),
            findings: vec![Finding {
                severity: Severity::Error,
                path: String::new(),
                message: e.to_string(),
            }],
        })?;
        Ok(Synth {
            yaml,
            warnings: findings,
        })
    }

    /// The template as YAML (see [`Stack::synth`]).
    pub fn to_yaml(&self) -> Result<String, SynthError> {
        self.synth().map(|s| s.yaml)
    }

    /// Writes the template to `path` (creating parent folders), rewriting the file only when
    /// its content changed. Returns the warnings.
    pub fn write_to(
        &self,
        path: impl AsRef<std::path::Path>,
    ) -> Result<Vec<Finding>, crate::Error> {
        let synth = self.synth()?;
        crate::write_if_changed(path.as_ref(), &synth.yaml)?;
        Ok(synth.warnings)
    }

    /// The template as a value tree, sections in the canonical order: version, description,
    /// inputs, mappings, conditions, node_templates, policies, outputs. [`Stack::synth`] writes
    /// the same text without building this tree.
    pub fn document(&self) -> Value {
        self.sections(true)
    }

    /// Every section but node_templates (left empty), as a value tree.
    fn head_and_tail(&self) -> Map {
        match self.sections(false) {
            Value::Map(doc) => doc,
            _ => Map::new(),
        }
    }

    fn sections(&self, with_nodes: bool) -> Value {
        let mut doc = Map::new();
        doc.insert("tosca_definitions_version", TOSCA_VERSION);
        if let Some(d) = &self.description {
            doc.insert("description", d.as_str());
        }
        if !self.inputs.is_empty() {
            let inputs: Map = self
                .inputs
                .iter()
                .map(|d| (d.name.as_str(), input_value(d)))
                .collect();
            doc.insert("inputs", inputs);
        }
        if !self.mappings.is_empty() {
            let maps: Map = self
                .mappings
                .iter()
                .map(|(n, m)| (n.as_str(), m.entries.clone()))
                .collect();
            doc.insert("mappings", maps);
        }
        if !self.conditions.is_empty() {
            let conds: Map = self
                .conditions
                .iter()
                .map(|(n, c)| (n.as_str(), c.0.clone()))
                .collect();
            doc.insert("conditions", conds);
        }
        let nodes: Map = if with_nodes {
            self.nodes
                .iter()
                .map(|n| (n.name.as_str(), node_value(n, &requirements(n))))
                .collect()
        } else {
            Map::new()
        };
        doc.insert("node_templates", nodes);
        if !self.policies.is_empty() {
            let mut policies = Map::new();
            for p in &self.policies {
                let mut m = Map::new();
                m.insert("type", p.type_name);
                if !p.properties.is_empty() {
                    m.insert("properties", p.properties.clone());
                }
                let targets: Vec<Value> = p
                    .targets
                    .iter()
                    .map(|t| Value::from(t.name.as_str()))
                    .collect();
                m.insert("targets", targets);
                policies.insert(p.name.as_str(), m);
            }
            doc.insert("policies", policies);
        }
        if !self.outputs.is_empty() {
            let outputs: Map = self
                .outputs
                .iter()
                .map(|(name, o)| {
                    let mut m = Map::new();
                    if let Some(d) = &o.description {
                        m.insert("description", d.as_str());
                    }
                    m.insert("value", o.value.clone());
                    (name.as_str(), m)
                })
                .collect();
            doc.insert("outputs", outputs);
        }
        Value::Map(doc)
    }
}

fn input_value(d: &InputDef) -> Map {
    let mut m = Map::new();
    m.insert("type", d.type_name);
    if let Some(v) = &d.default {
        m.insert("default", v.clone());
    }
    if !d.constraints.is_empty() {
        m.insert("constraints", d.constraints.clone());
    }
    if let Some(v) = &d.description {
        m.insert("description", v.as_str());
    }
    if let Some(v) = &d.label {
        m.insert("label", v.as_str());
    }
    if d.invisible {
        m.insert("invisible", true);
    }
    m
}

fn node_value(n: &NodeDef, reqs: &Requirements) -> Map {
    let mut m = Map::new();
    m.insert("type", n.type_name);
    if !n.properties.is_empty() {
        m.insert("properties", n.properties.clone());
    }
    if !reqs.is_empty() {
        m.insert("requirements", requirement_list(reqs));
    }
    if let Some((c, _)) = &n.condition {
        m.insert("condition", c.as_str());
    }
    m
}

fn requirement_list(reqs: &Requirements) -> Value {
    Value::List(
        reqs.iter()
            .map(|(key, node)| {
                let mut target = Map::new();
                target.insert("node", node.as_str());
                let mut item = Map::new();
                item.insert(key.as_str(), target);
                Value::Map(item)
            })
            .collect(),
    )
}

/// The template of a stack, serialized straight from the stack: node_templates, the large
/// section, without an intermediate tree. The text is the same as [`Stack::document`] gives.
struct Template<'a> {
    stack: &'a Stack,
    requirements: &'a [Requirements],
}

struct NodeTemplates<'a>(&'a Template<'a>);

struct NodeTemplate<'a> {
    node: &'a NodeDef,
    requirements: &'a Requirements,
}

/// `- <key>: {node: <target>}` items, serialized without building values.
struct RequirementList<'a>(&'a Requirements);

struct Requirement<'a>(&'a str, &'a str);

struct NodeTarget<'a>(&'a str);

impl Serialize for RequirementList<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(self.0.len()))?;
        for (key, target) in self.0 {
            seq.serialize_element(&Requirement(key, target))?;
        }
        seq.end()
    }
}

impl Serialize for Requirement<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(1))?;
        m.serialize_entry(self.0, &NodeTarget(self.1))?;
        m.end()
    }
}

impl Serialize for NodeTarget<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(1))?;
        m.serialize_entry("node", self.0)?;
        m.end()
    }
}

impl Serialize for Template<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let doc = self.stack.head_and_tail();
        let mut m = s.serialize_map(Some(doc.len()))?;
        for (k, v) in doc.iter() {
            if k == "node_templates" {
                m.serialize_entry(k, &NodeTemplates(self))?;
            } else {
                m.serialize_entry(k, &Yaml(v))?;
            }
        }
        m.end()
    }
}

impl Serialize for NodeTemplates<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let t = self.0;
        let mut m = s.serialize_map(Some(t.stack.nodes.len()))?;
        for (node, requirements) in t.stack.nodes.iter().zip(t.requirements) {
            m.serialize_entry(&node.name, &NodeTemplate { node, requirements })?;
        }
        m.end()
    }
}

impl Serialize for NodeTemplate<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let n = self.node;
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("type", n.type_name)?;
        if !n.properties.is_empty() {
            m.serialize_entry("properties", &YamlMap(&n.properties))?;
        }
        if !self.requirements.is_empty() {
            m.serialize_entry("requirements", &RequirementList(self.requirements))?;
        }
        if let Some((c, _)) = &n.condition {
            m.serialize_entry("condition", c)?;
        }
        m.end()
    }
}

/// The `requirements` of an element: for each property fed by `get_reference` or
/// `get_attribute` of another element, `<property>: {node: <element>}`, in property order; then
/// explicit dependencies under the key `dependency`. Each pair appears once.
pub(crate) fn requirements(n: &NodeDef) -> Requirements {
    let mut out: Requirements = Vec::new();
    let mut add = |key: &str, target: &str| {
        if !out.iter().any(|(k, t)| k == key && t == target) {
            out.push((key.to_owned(), target.to_owned()));
        }
    };
    for (key, value) in n.properties.iter() {
        value.visit_functions(&mut |f| {
            if let Some(target) = f.referenced_node()
                && target != n.name
            {
                add(key, target);
            }
        });
    }
    for target in &n.depends_on {
        add("dependency", &target.name);
    }
    out
}

/// The `requirements` of one element: (property key, target element) pairs, in order.
pub(crate) type Requirements = Vec<(String, String)>;
