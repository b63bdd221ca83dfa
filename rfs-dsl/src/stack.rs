//! Composing a stack: inputs, mappings, conditions, elements, policies, outputs, and synthesis
//! into a template.

use std::fmt;
use std::sync::atomic::{AtomicU64, Ordering};

use std::collections::HashMap;

use rfs_check::policy::{Directive, Level, Origin, Scope};
use rfs_check::tree::Node;
use rfs_check::{Finding, Rule, Severity};
use rfs_types::core::{
    Element, Function, InputType, IntoValue, Map, NodeName, Ref, SetAt, Untyped, Val, Value,
};

use crate::foreign;
use crate::func::Cond;
use crate::input::{Declared, Input};
use crate::section::{Caller, EachValue, Section, Values, Where, each_value};

pub use rfs_types::language::{PSEUDO_PARAMETERS, TOSCA_VERSION};

static NEXT_SCOPE: AtomicU64 = AtomicU64::new(1);

/// Elements from which synthesis works on two threads: it renders the elements in two halves,
/// then writes the YAML while it checks.
pub(crate) const PARALLEL: usize = 256;

/// Drops a template tree; a large one on a thread of its own, so that the caller does not wait
/// for its hundreds of thousands of frees (if no thread can be started, it is dropped here).
fn drop_tree(template: Node) {
    let large = template.as_map().is_some_and(|sections| {
        sections.iter().any(|(k, v)| {
            k.name == "node_templates" && v.as_map().is_some_and(|m| m.len() >= PARALLEL)
        })
    });
    if large {
        let _ = std::thread::Builder::new()
            .name("rfs-drop".into())
            .spawn(move || drop(template));
    }
}

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
impl From<i32> for MapValue {
    fn from(v: i32) -> Self {
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
        Val::typed(Value::from(Function::GetInMap(
            Value::from(self.name.as_str()),
            top.into_value().into_raw(),
            second.into_value().into_raw(),
        )))
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
    /// `None` for an input declared without a type.
    pub type_name: Option<&'static str>,
    pub description: Option<String>,
    pub label: Option<String>,
    pub default: Option<Value>,
    pub invisible: Option<bool>,
    pub constraints: Map,
}

#[derive(Clone, Debug)]
pub(crate) struct NodeDef {
    pub type_name: &'static str,
    pub properties: Map,
    /// Requirements given explicitly (`depends_on`, `require`), in the order given.
    pub requirements: Vec<Requirement>,
    /// Whether requirements are also derived from the properties' references.
    pub derive_requirements: bool,
    pub condition: Option<(String, u64)>,
    pub metadata: Option<Value>,
    /// Where each property was set (template key, setter call).
    pub set_at: Vec<SetAt>,
}

/// One entry of an element's `requirements`: `- <key>: {node: <target>, relationship: ...}`
/// (see [`Stack::require`]).
#[derive(Clone, Debug, PartialEq)]
pub struct Requirement {
    pub(crate) key: String,
    pub(crate) target: NodeName,
    pub(crate) relationship: Option<String>,
}

impl Requirement {
    /// A requirement under `key` (usually the property that takes `target`'s id, or
    /// `dependency`) on the element `target`.
    pub fn new<E: Element>(key: impl Into<String>, target: &Ref<E>) -> Self {
        Requirement {
            key: key.into(),
            target: target.node().clone(),
            relationship: None,
        }
    }

    /// The relationship kind, written as `relationship:` (for example
    /// `HuaweiCloud.Relationships.ContainedIn`, or `PackageConsistsOf` on APM.Pinpoint). The
    /// language pages do not list the kinds; the value is written as given.
    pub fn relationship(mut self, kind: impl Into<String>) -> Self {
        self.relationship = Some(kind.into());
        self
    }
}

#[derive(Clone, Debug)]
pub(crate) struct PolicyDef {
    pub type_name: &'static str,
    pub properties: Map,
    pub targets: Vec<NodeName>,
    /// Where each property was set (template key, setter call).
    pub set_at: Vec<SetAt>,
}

impl Values for InputDef {
    fn values<'a>(&'a self, each: &mut dyn FnMut(Where<'_>, &'a Value)) {
        if let Some(d) = &self.default {
            each(Where::field("default"), d);
        }
        for (k, v) in self.constraints.iter() {
            each(Where::entry("constraints", k), v);
        }
    }
}

impl Values for Mapping {
    fn values<'a>(&'a self, _: &mut dyn FnMut(Where<'_>, &'a Value)) {}
}

impl Values for Cond {
    fn values<'a>(&'a self, each: &mut dyn FnMut(Where<'_>, &'a Value)) {
        each(Where::field(""), &self.0);
    }
}

impl Values for NodeDef {
    fn values<'a>(&'a self, each: &mut dyn FnMut(Where<'_>, &'a Value)) {
        for (k, v) in self.properties.iter() {
            each(Where::entry("properties", k), v);
        }
        if let Some(m) = &self.metadata {
            each(Where::field("metadata"), m);
        }
    }
}

impl Values for PolicyDef {
    fn values<'a>(&'a self, each: &mut dyn FnMut(Where<'_>, &'a Value)) {
        for (k, v) in self.properties.iter() {
            each(Where::entry("properties", k), v);
        }
    }
}

impl Values for Output {
    fn values<'a>(&'a self, each: &mut dyn FnMut(Where<'_>, &'a Value)) {
        each(Where::field("value"), &self.value);
    }
}

/// A stack being composed: write it out with [`Stack::synth`], [`Stack::to_yaml`] or
/// [`Stack::write_to`], which check it first.
///
/// Declarations are kept in the order made; a name declared twice is reported at synth.
#[derive(Clone, Debug)]
pub struct Stack {
    pub(crate) name: String,
    pub(crate) scope: u64,
    pub(crate) description: Option<String>,
    pub(crate) inputs: Section<InputDef>,
    pub(crate) mappings: Section<Mapping>,
    pub(crate) conditions: Section<Cond>,
    pub(crate) nodes: Section<NodeDef>,
    /// Element name → index in `nodes` (the last one added under that name).
    pub(crate) node_index: HashMap<String, usize>,
    pub(crate) policies: Section<PolicyDef>,
    pub(crate) outputs: Section<Output>,
    /// Rule levels set with [`Stack::allow`], [`Stack::warn`] and [`Stack::deny`], in order.
    pub(crate) levels: Vec<Directive>,
}

/// Every error found when synthesizing a stack (warnings and the escape-hatch list included, for
/// context).
#[derive(Clone, Debug, PartialEq)]
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
            writeln!(f, "    hint: {}", rfs_check::text::escape(x.hint()))?;
        }
        Ok(())
    }
}

impl std::error::Error for SynthError {}

/// A synthesized template: its YAML, the checked template it was written from, and the
/// warnings and escape hatches found on the way.
#[derive(Clone, Debug)]
pub struct Synth {
    /// The template text.
    pub yaml: String,
    /// The template as the rule engine checked it (what `yaml` was written from).
    pub template: Node,
    /// Warnings and infos (never errors: those fail synthesis), each with the Rust call that
    /// made the item it is about.
    pub findings: Vec<Finding>,
}

impl Stack {
    /// An empty stack. `name` identifies it in messages and file names.
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            scope: NEXT_SCOPE.fetch_add(1, Ordering::Relaxed),
            description: None,
            inputs: Section::new("inputs"),
            mappings: Section::new("mappings"),
            conditions: Section::new("conditions"),
            nodes: Section::new("node_templates"),
            node_index: HashMap::new(),
            policies: Section::new("policies"),
            outputs: Section::new("outputs"),
            levels: Vec::new(),
        }
    }

    /// Reports `rule`'s findings in this stack as `info[suppressed]`, with `reason`, instead of
    /// warnings or errors (see [`rfs_check::policy`]). The template carries the same decision as
    /// a comment (`# rfs: allow-file(input-name) -- reason`), so `rfs lint` of it agrees; one that
    /// matches no finding is reported (`warning[suppression]`). `literal-secret` and `yaml`
    /// cannot be allowed by a stack about itself: set those in `rfs.toml`.
    ///
    /// ```
    /// use rfs_dsl::engine::rules;
    /// use rfs_dsl::{Input, Stack};
    ///
    /// let mut stack = Stack::new("net");
    /// stack.allow(rules::UNUSED_INPUT, "filled by the console's form, read by a later release");
    /// stack.input("spare-name", Input::<String>::new().default_value("x"));
    /// let synth = stack.synth()?;
    /// assert!(synth.findings.iter().all(|f| f.severity == rfs_dsl::Severity::Info));
    /// assert!(synth.yaml.starts_with("# rfs: allow-file(unused-input) -- filled by"));
    /// # Ok::<(), rfs_dsl::SynthError>(())
    /// ```
    pub fn allow(&mut self, rule: &'static Rule, reason: impl Into<String>) -> &mut Self {
        self.level(rule, Level::Allow, reason.into())
    }

    /// Reports `rule`'s findings in this stack as warnings (see [`Stack::allow`]).
    pub fn warn(&mut self, rule: &'static Rule, reason: impl Into<String>) -> &mut Self {
        self.level(rule, Level::Warn, reason.into())
    }

    /// Reports `rule`'s findings in this stack as errors: synth fails on them (see
    /// [`Stack::allow`]). `stack.deny(rules::ESCAPE_HATCH, "...")` forbids escape hatches.
    pub fn deny(&mut self, rule: &'static Rule, reason: impl Into<String>) -> &mut Self {
        self.level(rule, Level::Deny, reason.into())
    }

    /// Reports `rule`'s findings at or below one template path of this stack as
    /// `info[suppressed]`, with `reason` (`inputs.vpcName`, `node_templates.web.properties`):
    /// [`Stack::allow`] for part of the stack. The template carries it as `# rfs: allow(rule) at
    /// <path> -- reason`; one that matches no finding is reported.
    ///
    /// ```
    /// use rfs_dsl::engine::rules;
    /// use rfs_dsl::{Input, Severity, Stack};
    ///
    /// let mut stack = Stack::new("net");
    /// stack.allow_at(rules::UNUSED_INPUT, "inputs.spare", "read by a later release");
    /// stack.input("spare", Input::<String>::new().default_value("x"));
    /// stack.input("other", Input::<String>::new().default_value("y"));
    /// let synth = stack.synth()?;
    /// let warned = synth.findings.iter().filter(|f| f.severity == Severity::Warning);
    /// assert_eq!(warned.count(), 1, "only `other` is still reported");
    /// assert!(synth.yaml.starts_with("# rfs: allow(unused-input) at inputs.spare -- read by"));
    /// # Ok::<(), rfs_dsl::SynthError>(())
    /// ```
    pub fn allow_at(
        &mut self,
        rule: &'static Rule,
        path: impl Into<String>,
        reason: impl Into<String>,
    ) -> &mut Self {
        self.level_at(rule, Level::Allow, Scope::Path(path.into()), reason.into())
    }

    /// Reports `rule`'s findings at or below one template path as warnings (see
    /// [`Stack::allow_at`]).
    pub fn warn_at(
        &mut self,
        rule: &'static Rule,
        path: impl Into<String>,
        reason: impl Into<String>,
    ) -> &mut Self {
        self.level_at(rule, Level::Warn, Scope::Path(path.into()), reason.into())
    }

    /// Reports `rule`'s findings at or below one template path as errors (see
    /// [`Stack::allow_at`]).
    pub fn deny_at(
        &mut self,
        rule: &'static Rule,
        path: impl Into<String>,
        reason: impl Into<String>,
    ) -> &mut Self {
        self.level_at(rule, Level::Deny, Scope::Path(path.into()), reason.into())
    }

    fn level(&mut self, rule: &'static Rule, level: Level, reason: String) -> &mut Self {
        self.level_at(rule, level, Scope::File, reason)
    }

    fn level_at(
        &mut self,
        rule: &'static Rule,
        level: Level,
        scope: Scope,
        reason: String,
    ) -> &mut Self {
        let reason = Some(reason).filter(|r| !r.trim().is_empty());
        self.levels.push(Directive {
            scope,
            ..Directive::new(rule, level, reason, Origin::Stack)
        });
        self
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
    #[track_caller]
    pub fn input<T: InputType + ?Sized>(&mut self, name: &str, input: Input<T>) -> Val<T> {
        let type_name = match input.declared {
            Declared::Own => Some(T::INPUT_TYPE),
            Declared::As(name) => Some(name),
            Declared::Nothing => None,
        };
        self.declare_input(name, type_name, input, std::panic::Location::caller());
        Val::typed(Value::from(Function::GetInput(name.to_owned())))
    }

    /// Declares an input without a `type` (official samples often leave it out) and returns
    /// its `get_input` value, which fits a property of any type: nothing about it is known
    /// until the stack is created, so prefer [`Stack::input`] in new stacks.
    #[track_caller]
    pub fn untyped_input(&mut self, name: &str, input: Input<Untyped>) -> Untyped {
        self.declare_input(name, None, input, std::panic::Location::caller());
        Untyped::get_input(name)
    }

    fn declare_input<T: ?Sized>(
        &mut self,
        name: &str,
        type_name: Option<&'static str>,
        input: Input<T>,
        caller: Caller,
    ) {
        let def = InputDef {
            type_name,
            description: input.description,
            label: input.label,
            default: input.default,
            invisible: input.invisible,
            constraints: input.constraints,
        };
        self.inputs.push(name, def, caller);
    }

    /// Adds a mapping (at most 10 per template) and returns it for `get_in_map`.
    #[track_caller]
    pub fn mapping(&mut self, name: &str, mapping: Mapping) -> MappingRef {
        self.mappings
            .push(name, mapping, std::panic::Location::caller());
        MappingRef {
            name: name.to_owned(),
        }
    }

    /// Adds a named condition built from `cond_eq`, `cond_not`, `cond_and`, `cond_or`, a
    /// boolean input or a literal.
    #[track_caller]
    pub fn condition(&mut self, name: &str, expr: impl Into<Cond>) -> Condition {
        self.conditions
            .push(name, expr.into(), std::panic::Location::caller());
        Condition {
            name: name.to_owned(),
            scope: self.scope,
        }
    }

    /// Adds an element under `name` and returns a reference to it.
    #[track_caller]
    pub fn add<E: Element>(&mut self, name: &str, element: E) -> Ref<E> {
        let set_at = element.callers();
        let def = NodeDef {
            type_name: E::TYPE,
            set_at,
            properties: element.into_properties(),
            requirements: Vec::new(),
            derive_requirements: true,
            condition: None,
            metadata: None,
        };
        let i = self.nodes.push(name, def, std::panic::Location::caller());
        self.node_index.insert(name.to_owned(), i);
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
        self.require(node, Requirement::new("dependency", on));
    }

    /// Adds an entry to `node`'s `requirements`, beside those derived from its properties:
    /// any key, any target, with a relationship kind if given. An entry with the same key and
    /// target as a derived one replaces it.
    ///
    /// ```
    /// # use rfs_dsl::{Requirement, Stack};
    /// # use rfs_dsl::types::vpc;
    /// let mut stack = Stack::new("net");
    /// let net = stack.add("net", vpc::Vpc::builder().name("net").cidr("10.0.0.0/16").build());
    /// let sub = stack.add(
    ///     "sub",
    ///     vpc::Subnet::builder().name("sub").cidr("10.0.0.0/24").gateway("10.0.0.1").vpc_id(net.id()).build(),
    /// );
    /// stack.require(&sub, Requirement::new("vpcId", &net).relationship("HuaweiCloud.Relationships.ContainedIn"));
    /// assert!(stack.to_yaml()?.contains("relationship: HuaweiCloud.Relationships.ContainedIn"));
    /// # Ok::<(), rfs_dsl::SynthError>(())
    /// ```
    pub fn require<E: Element>(&mut self, node: &Ref<E>, requirement: Requirement) {
        if let Some(n) = self.node_mut(node.node()) {
            n.requirements.push(requirement);
        }
    }

    /// Writes only the requirements given with [`Stack::require`] and [`Stack::depends_on`]
    /// for `node`, none derived from its properties: for a template that leaves one out (the
    /// platform orders creation by references too). Rarely wanted in new stacks.
    pub fn only_explicit_requirements<E: Element>(&mut self, node: &Ref<E>) {
        if let Some(n) = self.node_mut(node.node()) {
            n.derive_requirements = false;
        }
    }

    /// Sets `node`'s `metadata`, as the AOS console designer writes it (`{Designer: {id:
    /// ...}}`): any serde value. No language page documents it; lint and synth report it as a
    /// warning.
    pub fn metadata<E: Element>(&mut self, node: &Ref<E>, metadata: impl serde_core::Serialize) {
        let value = rfs_types::core::to_value(&metadata);
        if let Some(n) = self.node_mut(node.node()) {
            n.metadata = Some(value);
        }
    }

    /// The element `node` names, when it belongs to this stack.
    fn node_mut(&mut self, node: &NodeName) -> Option<&mut NodeDef> {
        if node.scope != 0 && node.scope != self.scope {
            return None;
        }
        let i = *self.node_index.get(&node.name)?;
        self.nodes.items.get_mut(i).map(|item| &mut item.def)
    }

    /// Adds a policy (`HuaweiCloud.AntiDDos.Service` or `HuaweiCloud.APM.Pinpoint`) applied to
    /// `targets`.
    #[track_caller]
    pub fn policy<P: Policy>(
        &mut self,
        name: &str,
        policy: P,
        targets: impl IntoIterator<Item = Target>,
    ) {
        let def = PolicyDef {
            type_name: P::TYPE,
            set_at: policy.callers(),
            properties: policy.properties(),
            targets: targets.into_iter().map(|t| t.0).collect(),
        };
        self.policies
            .push(name, def, std::panic::Location::caller());
    }

    /// Adds an output; set its description on the returned value. Takes any typed value, a
    /// literal, or a [`crate::func::concat`].
    #[track_caller]
    pub fn output(&mut self, name: &str, value: impl Into<Value>) -> &mut Output {
        let output = Output {
            value: value.into(),
            description: None,
        };
        let i = self
            .outputs
            .push(name, output, std::panic::Location::caller());
        &mut self.outputs.items[i].def
    }

    /// Checks the stack with the rule engine `rfs_check` (the same rules `rfs lint` applies to
    /// YAML) and writes the template. Fails with every error found; otherwise returns the YAML
    /// with the warnings and the list of escape hatches used.
    pub fn synth(&self) -> Result<Synth, SynthError> {
        self.synth_with(&[])
    }

    /// [`Stack::synth`] under the rule levels of `policy` (weakest first: an `rfs.toml`'s, from
    /// [`rfs_check::policy::Config::directives_for`]); the stack's own levels apply over them.
    /// [`crate::build::emit`] and [`crate::build::main`] pass the `rfs.toml` that `rfs lint`
    /// finds for the written template, so both reach one verdict.
    pub fn synth_with(&self, policy: &[Directive]) -> Result<Synth, SynthError> {
        // Values nested past what a template may hold are refused before the (recursive)
        // rendering and checking.
        let mut deep = self.too_deep();
        if !deep.is_empty() {
            self.locate(&mut deep);
            return Err(SynthError {
                stack: self.name.clone(),
                findings: deep,
            });
        }
        let template = crate::render::template(self);
        // A large template is written while it is checked (on a second thread); the text is
        // dropped if the check finds errors.
        let (findings, written) = std::thread::scope(|scope| {
            let check = || {
                let mut findings = foreign::references(self);
                findings.extend(rfs_check::lint_tree(&template, rfs_types::catalog()));
                findings
            };
            if self.nodes.items.len() < PARALLEL {
                return (check(), None);
            }
            // The writer stays on this thread, where the allocator's memory is warm.
            let checking = scope.spawn(check);
            let written = crate::yaml::write(&template);
            match checking.join() {
                Ok(findings) => (findings, Some(written)),
                Err(panic) => std::panic::resume_unwind(panic),
            }
        });
        // What `rfs lint` must know to reach the same verdict, written at the top of the
        // template: the stack's levels, and each error an escape hatch made a warning.
        let header = self.header(&findings);
        let directives: Vec<Directive> = policy.iter().chain(&self.levels).cloned().collect();
        let mut findings = rfs_check::policy::apply(findings, &directives);
        self.locate(&mut findings);
        findings.sort_by_key(|f| f.severity);
        if findings.iter().any(|f| f.severity == Severity::Error) {
            return Err(SynthError {
                stack: self.name.clone(),
                findings,
            });
        }
        let written = written.unwrap_or_else(|| crate::yaml::write(&template));
        let written = written.map_err(|e| e.to_string());
        let mut yaml = written.map_err(|e| SynthError {
            stack: self.name.clone(),
            findings: vec![Finding::new(rfs_check::rules::YAML, e)],
        })?;
        if !header.is_empty() {
            yaml.insert_str(0, &header);
        }
        Ok(Synth {
            yaml,
            template,
            findings,
        })
    }

    /// The comment lines that carry the stack's rule levels, and a `warn` for each error an
    /// escape hatch made a warning, into the template (one line each, text escaped).
    fn header(&self, findings: &[Finding]) -> String {
        let mut lines: Vec<String> = self.levels.iter().map(Directive::to_comment).collect();
        for f in findings {
            // A level the stack sets for the finding decides it in both front ends.
            let decided = self.levels.iter().any(|d| d.matches(f));
            if let Some(mark) = f.hatch
                && !decided
            {
                let line = Directive {
                    scope: Scope::Path(f.path.clone()),
                    ..Directive::new(
                        f.rule,
                        Level::Warn,
                        Some(format!("asked for with `{}` in Rust", mark.call())),
                        Origin::Stack,
                    )
                }
                .to_comment();
                if !lines.contains(&line) {
                    lines.push(line);
                }
            }
        }
        lines.iter().map(|l| format!("{l}\n")).collect()
    }

    /// A finding for every value nested deeper than a template may nest (rule `yaml`).
    fn too_deep(&self) -> Vec<Finding> {
        use rfs_check::language::{MAX_DEPTH, MAX_VALUE_DEPTH};
        let mut out = Vec::new();
        self.each_value(&mut |section, name, at, v| {
            if v.depth(MAX_VALUE_DEPTH) > MAX_VALUE_DEPTH {
                out.push(
                    Finding::new(
                        rfs_check::rules::YAML,
                        format!(
                            "the value nests lists and maps deeper than {MAX_VALUE_DEPTH} levels (a template nests at most {MAX_DEPTH} in all)"
                        ),
                    )
                    .in_path(at.path(section, name))
                    .in_item(section, name),
                );
            }
        });
        out
    }

    /// Calls `each` with every template value of every section: (section key, item name,
    /// where in the item, value).
    pub(crate) fn each_value<'a>(&'a self, each: &mut EachValue<'a, '_>) {
        each_value(&self.inputs, each);
        each_value(&self.conditions, each);
        each_value(&self.nodes, each);
        each_value(&self.policies, each);
        each_value(&self.outputs, each);
    }

    /// Sets each finding's `caller` to the Rust call that made its item.
    fn locate(&self, findings: &mut [Finding]) {
        if findings.iter().all(|f| f.item.is_none()) {
            return;
        }
        let mut callers: HashMap<(&str, &str), Caller> = HashMap::new();
        fn collect<'s, T>(
            section: &'s Section<T>,
            into: &mut HashMap<(&'static str, &'s str), Caller>,
        ) {
            for i in section.iter() {
                into.entry((section.key, i.name.as_str()))
                    .or_insert(i.caller);
            }
        }
        collect(&self.inputs, &mut callers);
        collect(&self.mappings, &mut callers);
        collect(&self.conditions, &mut callers);
        collect(&self.nodes, &mut callers);
        collect(&self.policies, &mut callers);
        collect(&self.outputs, &mut callers);
        // A property's finding points at the setter that set it.
        let mut set_at: HashMap<(&str, &str), &[SetAt]> = HashMap::new();
        for n in self.nodes.iter() {
            set_at.insert(("node_templates", n.name.as_str()), &n.def.set_at);
        }
        for p in self.policies.iter() {
            set_at.insert(("policies", p.name.as_str()), &p.def.set_at);
        }
        for f in findings {
            if f.caller.is_none()
                && let Some((section, name)) = &f.item
            {
                let setter = set_at
                    .get(&(*section, name.as_str()))
                    .and_then(|calls| setter_of(&f.path, section, name, calls));
                f.caller = setter.or_else(|| callers.get(&(*section, name.as_str())).copied());
            }
        }
    }

    /// What changes from this stack's template to `newer`'s, by template path (`rfs diff`'s
    /// changes; key order and the order of requirements do not count). Fails if either stack
    /// does not synthesize.
    ///
    /// ```
    /// use rfs_dsl::Stack;
    /// use rfs_dsl::types::vpc;
    ///
    /// let stack = |cidr: &str| {
    ///     let mut s = Stack::new("net");
    ///     s.add("vpc", vpc::Vpc::builder().name("net").cidr(cidr).build());
    ///     s
    /// };
    /// let changes = stack("10.0.0.0/8").diff(&stack("10.1.0.0/16"))?;
    /// assert_eq!(changes[0].path, "node_templates.vpc.properties.cidr");
    /// # Ok::<(), rfs_dsl::SynthError>(())
    /// ```
    pub fn diff(&self, newer: &Stack) -> Result<Vec<rfs_check::diff::Change>, SynthError> {
        let (old, new) = (self.synth()?, newer.synth()?);
        Ok(rfs_check::diff::diff(&old.template, &new.template))
    }

    /// The template as YAML (see [`Stack::synth`]).
    pub fn to_yaml(&self) -> Result<String, SynthError> {
        let Synth { yaml, template, .. } = self.synth()?;
        drop_tree(template);
        Ok(yaml)
    }

    /// Checks the stack and writes the template to `path` (creating parent folders), replacing
    /// the file atomically (a symbolic link there is replaced, not written through) and only
    /// when its content changed. The rule levels of the `rfs.toml` that `rfs lint` would find
    /// for the file apply ([`crate::build::config_for`]). Returns the warnings and infos.
    pub fn write_to(
        &self,
        path: impl AsRef<std::path::Path>,
    ) -> Result<Vec<Finding>, crate::Error> {
        let path = path.as_ref();
        let config = crate::build::config_for(path.parent().unwrap_or(std::path::Path::new(".")))
            .map_err(crate::Error::Config)?;
        let policy = config.map_or_else(Vec::new, |c| c.directives_for(path));
        let synth = self.synth_with(&policy)?;
        crate::build::write_files(&[(path.to_owned(), synth.yaml)]).map_err(crate::Error::Write)?;
        Ok(synth.findings)
    }
}

/// The call that set the property a finding at `path` is in
/// (`<section>.<name>.properties.<key>...`), if the path is inside one.
fn setter_of(path: &str, section: &str, name: &str, calls: &[SetAt]) -> Option<Caller> {
    let rest = path
        .strip_prefix(section)?
        .strip_prefix('.')?
        .strip_prefix(name)?
        .strip_prefix(".properties.")?;
    calls
        .iter()
        .filter(|(key, _)| rfs_check::tree::within(rest, key))
        .max_by_key(|(key, _)| key.len())
        .map(|(_, c)| *c)
}
