//! Composing a stack: inputs, elements, outputs, and synthesis into a template.

use std::collections::{BTreeSet, HashMap};
use std::fmt;
use std::marker::PhantomData;

use rfs_types::core::{Element, Function, InputType, IntoValue, Map, Ref, TypeInfo, Val, Value};

use crate::check;

/// The only template version the language documents.
pub const TOSCA_VERSION: &str = "huaweicloud_tosca_version_1_0";

/// The pseudo-parameters a template can read with `get_input` without declaring them.
pub const PSEUDO_PARAMETERS: &[&str] = &[
    "HuaweiCloud.UserId",
    "HuaweiCloud.ProjectId",
    "HuaweiCloud.DomainId",
    "HuaweiCloud.Region",
    "HuaweiCloud.StackName",
];

/// A template input declared with type `T` (see [`Stack::input`]).
#[derive(Clone, Debug)]
pub struct Input<T: ?Sized> {
    description: Option<String>,
    label: Option<String>,
    default: Option<Value>,
    invisible: bool,
    marker: PhantomData<fn() -> T>,
}

impl<T: InputType + ?Sized> Default for Input<T> {
    fn default() -> Self {
        Self {
            description: None,
            label: None,
            default: None,
            invisible: false,
            marker: PhantomData,
        }
    }
}

impl<T: InputType + ?Sized> Input<T> {
    /// An input of type `T` with no default: whoever creates the stack must give a value.
    pub fn new() -> Self {
        Self::default()
    }

    /// What the input is for (0–255 characters).
    pub fn description(mut self, text: impl Into<String>) -> Self {
        self.description = Some(text.into());
        self
    }

    /// The console's grouping label (0–64 characters).
    pub fn label(mut self, text: impl Into<String>) -> Self {
        self.label = Some(text.into());
        self
    }

    /// The value used when none is given.
    pub fn default_value(mut self, value: impl IntoValue<T>) -> Self {
        self.default = Some(value.into_value().into_raw());
        self
    }

    /// Shows the value as `******` (for passwords and keys).
    pub fn invisible(mut self) -> Self {
        self.invisible = true;
        self
    }
}

/// One output of a stack (see [`Stack::output`]).
#[derive(Clone, Debug)]
pub struct Output {
    value: Value,
    description: Option<String>,
}

impl Output {
    /// What the output holds (0–255 characters).
    pub fn description(&mut self, text: impl Into<String>) -> &mut Self {
        self.description = Some(text.into());
        self
    }
}

#[derive(Clone, Debug)]
struct InputDef {
    type_name: &'static str,
    description: Option<String>,
    label: Option<String>,
    default: Option<Value>,
    invisible: bool,
}

#[derive(Clone, Debug)]
pub(crate) struct NodeDef {
    pub name: String,
    pub type_name: &'static str,
    pub info: &'static TypeInfo,
    pub properties: Map,
    pub unlisted: Vec<String>,
    pub depends_on: Vec<String>,
}

/// A stack being composed: write it out with [`Stack::to_yaml`] or [`Stack::write_to`].
#[derive(Clone, Debug)]
pub struct Stack {
    name: String,
    description: Option<String>,
    inputs: Vec<(String, InputDef)>,
    nodes: Vec<NodeDef>,
    outputs: Vec<(String, Output)>,
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
            description: None,
            inputs: Vec::new(),
            nodes: Vec::new(),
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
        let def = InputDef {
            type_name: T::INPUT_TYPE,
            description: input.description,
            label: input.label,
            default: input.default,
            invisible: input.invisible,
        };
        match self.inputs.iter_mut().find(|(n, _)| n == name) {
            Some((_, slot)) => *slot = def,
            None => self.inputs.push((name.to_owned(), def)),
        }
        Val::from_raw_unchecked(Function::GetInput(name.to_owned()))
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
        });
        Ref::new(name)
    }

    /// Makes `node` depend on `on` even though none of its properties refers to it.
    pub fn depends_on<A: Element, B: Element>(&mut self, node: &Ref<A>, on: &Ref<B>) {
        if let Some(n) = self.nodes.iter_mut().rev().find(|n| n.name == node.name()) {
            n.depends_on.push(on.name().to_owned());
        }
    }

    /// Adds an output; set its description on the returned value.
    pub fn output(&mut self, name: &str, value: impl Into<Value>) -> &mut Output {
        let output = Output {
            value: value.into(),
            description: None,
        };
        let i = match self.outputs.iter().position(|(n, _)| n == name) {
            Some(i) => {
                self.outputs[i].1 = output;
                i
            }
            None => {
                self.outputs.push((name.to_owned(), output));
                self.outputs.len() - 1
            }
        };
        &mut self.outputs[i].1
    }

    /// Checks the stack and writes the template. Fails with every error found.
    pub fn synth(&self) -> Result<Synth, SynthError> {
        let mut findings = check::check(
            self.description.as_deref(),
            &self.input_view(),
            &self.nodes,
            &self.output_view(),
        );
        findings.sort_by_key(|a| a.severity);
        if findings.iter().any(|f| f.severity == Severity::Error) {
            return Err(SynthError {
                stack: self.name.clone(),
                findings,
            });
        }
        let yaml = crate::yaml::to_string(&self.document()).map_err(|e| SynthError {
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

    fn input_view(&self) -> Vec<check::InputView<'_>> {
        self.inputs
            .iter()
            .map(|(name, d)| check::InputView {
                name,
                description: d.description.as_deref(),
                label: d.label.as_deref(),
            })
            .collect()
    }

    fn output_view(&self) -> Vec<(&str, &Value, Option<&str>)> {
        self.outputs
            .iter()
            .map(|(n, o)| (n.as_str(), &o.value, o.description.as_deref()))
            .collect()
    }

    /// The template as a value tree, sections in the canonical order.
    fn document(&self) -> Value {
        let mut doc = Map::new();
        doc.insert("tosca_definitions_version", TOSCA_VERSION);
        if let Some(d) = &self.description {
            doc.insert("description", d.as_str());
        }
        if !self.inputs.is_empty() {
            let mut inputs = Map::new();
            for (name, d) in &self.inputs {
                let mut m = Map::new();
                m.insert("type", d.type_name);
                if let Some(v) = &d.default {
                    m.insert("default", v.clone());
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
                inputs.insert(name.as_str(), m);
            }
            doc.insert("inputs", inputs);
        }
        let mut nodes = Map::new();
        for n in &self.nodes {
            let mut m = Map::new();
            m.insert("type", n.type_name);
            if !n.properties.is_empty() {
                m.insert("properties", n.properties.clone());
            }
            let reqs = requirements(n);
            if !reqs.is_empty() {
                let list: Vec<Value> = reqs
                    .into_iter()
                    .map(|(key, node)| {
                        let mut target = Map::new();
                        target.insert("node", node);
                        let mut item = Map::new();
                        item.insert(key, target);
                        Value::Map(item)
                    })
                    .collect();
                m.insert("requirements", list);
            }
            nodes.insert(n.name.as_str(), m);
        }
        doc.insert("node_templates", nodes);
        if !self.outputs.is_empty() {
            let mut outputs = Map::new();
            for (name, o) in &self.outputs {
                let mut m = Map::new();
                if let Some(d) = &o.description {
                    m.insert("description", d.as_str());
                }
                m.insert("value", o.value.clone());
                outputs.insert(name.as_str(), m);
            }
            doc.insert("outputs", outputs);
        }
        Value::Map(doc)
    }
}

/// The `requirements` of an element: for each property fed by `get_reference` or
/// `get_attribute` of another element, `<property>: {node: <element>}`, in property order; then
/// explicit dependencies under the key `dependency`. Each pair appears once.
pub(crate) fn requirements(n: &NodeDef) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    let mut seen = BTreeSet::new();
    for (key, value) in n.properties.iter() {
        value.visit_functions(&mut |f| {
            if let Some(target) = f.referenced_node()
                && target != n.name
                && seen.insert((key.to_owned(), target.to_owned()))
            {
                out.push((key.to_owned(), target.to_owned()));
            }
        });
    }
    for target in &n.depends_on {
        if seen.insert(("dependency".to_owned(), target.clone())) {
            out.push(("dependency".to_owned(), target.clone()));
        }
    }
    out
}

/// Dependencies between elements, by name, from [`requirements`].
pub(crate) fn dependency_graph(nodes: &[NodeDef]) -> HashMap<&str, Vec<String>> {
    nodes
        .iter()
        .map(|n| {
            (
                n.name.as_str(),
                requirements(n).into_iter().map(|(_, t)| t).collect(),
            )
        })
        .collect()
}
