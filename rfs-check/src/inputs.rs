//! Inputs: their names, fields, types, constraints and defaults, and whether an input fits the
//! property its `get_input` feeds. Rules: `input-name`, `input`, `input-default`, `input-type`,
//! `description` (of inputs).

use crate::checker::{Checker, is_function, nearest};
use crate::language::{
    Constraint, Func, INPUT_DESCRIPTION_MAX, INPUT_FIELDS, INPUT_LABEL_MAX, INPUT_NAMES,
    INPUT_TYPES, PSEUDO_PARAMETERS, TEXT_INPUT_TYPES,
};
use crate::rules::{self, Finding, Severity};
use crate::spec::{PropertyInfo, ResourceKind, ValueType};
use crate::tree::{Key, Node, Yaml};

impl<'a> Checker<'a> {
    pub(crate) fn input(&mut self, k: &Key, v: &'a Node) {
        self.name_rule(&INPUT_NAMES, rules::INPUT_NAME, "input name", k);
        if PSEUDO_PARAMETERS.contains(&k.as_str()) {
            self.report(
                rules::INPUT,
                k.pos,
                format!(
                    "input '{}' has the name of a pseudo-parameter the platform supplies; which value get_input reads is not documented",
                    k.name
                ),
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
        self.duplicates(fields);
        for (f, value) in fields {
            self.at(&f.name, |c| match f.as_str() {
                "type" => c.input_type(value),
                "description" => c.text_limit(value, INPUT_DESCRIPTION_MAX, "an input description"),
                "label" => c.text_limit(value, INPUT_LABEL_MAX, "an input label"),
                "invisible" => {
                    if !matches!(value.value, Yaml::Bool(_)) {
                        c.report(
                            rules::INPUT,
                            value.pos,
                            format!("invisible takes true or false, not {}", value.show()),
                        );
                    }
                }
                "constraints" => c.constraint_forms(value),
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

    /// An input's `type`: a type the language knows, or a resource type of the specs.
    fn input_type(&mut self, value: &Node) {
        let Some(t) = value.as_str() else {
            self.report(
                rules::INPUT,
                value.pos,
                format!("unknown input type {}", value.show()),
            );
            return;
        };
        if INPUT_TYPES.contains(&t) {
            return;
        }
        match self.catalog.resource(t) {
            Some(r) if r.input_type == t => {}
            // An element's implied id that no official page uses as an input type.
            Some(r) => self.report_hint(
                rules::INPUT_TYPE,
                value.pos,
                format!(
                    "{t} is not documented as an input type (no official template declares an input with it); rfs declares such inputs `type: {}`",
                    r.input_type
                ),
                format!("declare it `type: {}`", r.input_type),
            ),
            None => {
                let known = INPUT_TYPES
                    .iter()
                    .copied()
                    .chain(self.catalog.resources.iter().map(|r| r.name));
                match nearest(t, known) {
                    Some(near) => self.report_hint(
                        rules::INPUT,
                        value.pos,
                        format!("unknown input type '{t}'; did you mean '{near}'?"),
                        format!("declare it `type: {near}`"),
                    ),
                    None => {
                        self.report(rules::INPUT, value.pos, format!("unknown input type '{t}'"))
                    }
                }
            }
        }
    }

    /// The shape of `constraints`: a map of the kinds the language has, each with a value of its
    /// own shape. What rfs cannot check or write is an error, never dropped.
    fn constraint_forms(&mut self, c: &Node) {
        let entries = match &c.value {
            Yaml::Map(entries) => entries,
            Yaml::Null => return,
            Yaml::List(_) => {
                self.report(
                    rules::INPUT,
                    c.pos,
                    "constraints is a map in AOS templates (`constraints: {in_range: [1, 10]}`), not TOSCA's list of single-key maps",
                );
                return;
            }
            _ => {
                self.report(
                    rules::INPUT,
                    c.pos,
                    format!("constraints is a map, not {}", c.kind()),
                );
                return;
            }
        };
        self.duplicates(entries);
        for (k, v) in entries {
            self.at(&k.name, |c| {
                let Some(kind) = Constraint::parse(&k.name) else {
                    let known: Vec<&str> = Constraint::ALL.iter().map(|c| c.name()).collect();
                    c.report(
                        rules::INPUT,
                        k.pos,
                        format!(
                            "unknown constraint '{}'; inputs take {}",
                            k.name,
                            known.join(", ")
                        ),
                    );
                    return;
                };
                let scalar = |n: &Node| !matches!(n.value, Yaml::List(_) | Yaml::Map(_));
                let problem = match (kind, &v.value) {
                    (Constraint::ValidValues, Yaml::List(items)) if items.iter().all(scalar) => {
                        None
                    }
                    (Constraint::ValidValues, _) => Some("a list of values"),
                    (Constraint::InRange, Yaml::List(b))
                        if b.len() == 2 && b.iter().all(|x| x.number().is_some()) =>
                    {
                        match (b[0].number(), b[1].number()) {
                            (Some(lo), Some(hi)) if lo > hi => Some("[min, max] with min <= max"),
                            _ => None,
                        }
                    }
                    (Constraint::InRange, _) => Some("a list of two numbers, [min, max]"),
                    (Constraint::Regex | Constraint::Pattern, Yaml::Str(_)) => None,
                    (Constraint::Regex | Constraint::Pattern, _) => Some("a regular expression"),
                    (Constraint::MinLength | Constraint::MaxLength, Yaml::Int(n))
                        if (0..=i64::from(u32::MAX)).contains(n) =>
                    {
                        None
                    }
                    (Constraint::MinLength | Constraint::MaxLength, _) => {
                        Some("a whole number of characters")
                    }
                    (Constraint::Equal, _) if scalar(v) && !matches!(v.value, Yaml::Null) => None,
                    (Constraint::Equal, _) => Some("one value"),
                    (_, Yaml::Int(_)) => None,
                    (_, Yaml::Float(x)) if x.is_finite() => None,
                    (_, _) => Some("a number"),
                };
                if let Some(wants) = problem {
                    c.report(
                        rules::INPUT,
                        v.pos,
                        format!("{} takes {wants}, not {}", k.name, v.show()),
                    );
                }
            });
        }
    }

    /// An input's constraints as (kind, value) pairs, when `constraints` is a map.
    pub(crate) fn constraints(input: &Node) -> impl Iterator<Item = (Constraint, &Node)> {
        input
            .get("constraints")
            .and_then(Node::as_map)
            .unwrap_or_default()
            .iter()
            .filter_map(|(k, v)| Some((Constraint::parse(&k.name)?, v)))
    }

    /// An input's default against its type and its own constraints.
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
                    "the default is {}, not a {ty}; the reader converts it, which may surprise",
                    d.kind()
                ),
            );
        }
        if let Yaml::Float(x) = d.value
            && !x.is_finite()
        {
            self.not_finite(d);
        }
        for (kind, v) in Self::constraints(input) {
            self.default_against(kind, v, d);
        }
    }

    /// The default `d` against one constraint.
    fn default_against(&mut self, kind: Constraint, v: &Node, d: &Node) {
        let broken = match (kind, &v.value) {
            (Constraint::ValidValues, Yaml::List(values)) => {
                let text = d.scalar_text();
                (!values.iter().any(|x| x.scalar_text() == text))
                    .then(|| format!("the default {} is not one of valid_values", d.show()))
            }
            (Constraint::InRange, Yaml::List(range)) => match (range.as_slice(), d.number()) {
                ([lo, hi], Some(x)) => match (lo.number(), hi.number()) {
                    (Some(lo), Some(hi)) if !(lo <= x && x <= hi) => Some(format!(
                        "the default {} is outside in_range [{}, {}]",
                        d.show(),
                        range[0].show(),
                        range[1].show()
                    )),
                    _ => None,
                },
                _ => None,
            },
            (Constraint::Regex | Constraint::Pattern, Yaml::Str(re)) => {
                let Yaml::Str(s) = &d.value else { return };
                match self.patterns.find(re, s) {
                    Ok(true) => None,
                    Ok(false) => Some(format!("the default '{s}' does not match {re}")),
                    Err(e) => {
                        self.report_as(
                            rules::INPUT_DEFAULT,
                            Severity::Warning,
                            v.pos,
                            format!("the default cannot be checked against {re}: {e}"),
                        );
                        None
                    }
                }
            }
            (Constraint::MinLength | Constraint::MaxLength, Yaml::Int(n)) => {
                let Yaml::Str(s) = &d.value else { return };
                let len = s.chars().count() as i64;
                match kind {
                    Constraint::MinLength if len < *n => {
                        Some(format!("the default is shorter than min_length {n}"))
                    }
                    Constraint::MaxLength if len > *n => {
                        Some(format!("the default is longer than max_length {n}"))
                    }
                    _ => None,
                }
            }
            (Constraint::Equal, _) => (d.scalar_text() != v.scalar_text())
                .then(|| format!("the default {} is not equal to {}", d.show(), v.show())),
            (_, _) => match (d.number(), v.number()) {
                (Some(x), Some(b)) if kind.compare(x, b) == Some(false) => Some(format!(
                    "the default {} breaks {}: {}",
                    d.show(),
                    kind.name(),
                    v.show()
                )),
                _ => None,
            },
        };
        if let Some(message) = broken {
            self.report(rules::INPUT_DEFAULT, d.pos, message);
        }
    }

    /// A `get_input` straight into a property: the input's declared type should fit the
    /// property's (the console offers a picker for resource types, and only values of the type),
    /// and its default and valid_values should be values the property accepts.
    pub(crate) fn input_fits(&mut self, p: &'static PropertyInfo, v: &Node, list: bool) {
        let Some((k, arg)) = v.single_entry() else {
            return;
        };
        let (Some(name), Some(Func::GetInput)) = (arg.as_str(), Func::parse(&k.name)) else {
            return;
        };
        let Some(input) = self.inputs.get(name).copied() else {
            return;
        };
        let undeclared = input.get("type").is_none();
        if list {
            // A list property fed by one input: the input holds the whole list. Without a
            // declared type, only its default says what it holds.
            if undeclared && let Some(d) = input.get("default") {
                match &d.value {
                    Yaml::List(items) => {
                        for x in items {
                            self.input_value(name, p, "an item of its default", x, true);
                        }
                    }
                    _ => self.report(
                        rules::INPUT_TYPE,
                        d.pos,
                        format!(
                            "input '{name}' (declared without a type) feeds '{}', which takes a list, but its default is {}{}",
                            p.key,
                            d.kind(),
                            shown(d)
                        ),
                    ),
                }
            }
            return;
        }
        if let Some(declared) = input.get("type").and_then(Node::as_str)
            && (INPUT_TYPES.contains(&declared) || self.catalog.resource(declared).is_some())
            && !self.input_type_fits(p, declared)
        {
            self.report_hint(
                rules::INPUT_TYPE,
                arg.pos,
                format!(
                    "input '{name}' is declared {declared}, but '{}' takes {}",
                    p.key,
                    p.value_type().name()
                ),
                format!("declare input '{name}' `type: {}`", self.input_type_for(p)),
            );
        }
        let mut values: Vec<(&str, &Node)> = Vec::new();
        if let Some(d) = input.get("default") {
            values.push(("its default", d));
        }
        for (c, v) in Self::constraints(input) {
            if let (Constraint::ValidValues, Yaml::List(valid)) = (c, &v.value) {
                values.extend(valid.iter().map(|x| ("one of its valid_values", x)));
            }
        }
        for (what, x) in values {
            self.input_value(name, p, what, x, undeclared);
        }
    }

    /// One value an input may take (`what`: its default, one of its valid_values) against a
    /// property it feeds: the property's literal checks, run aside and reported as the
    /// input's. Without a declared type nothing else says what the input holds, so the value's
    /// kind is checked too (an integer default feeding an id).
    fn input_value(
        &mut self,
        name: &str,
        p: &'static PropertyInfo,
        what: &str,
        x: &Node,
        kind: bool,
    ) {
        if kind
            && !matches!(x.value, Yaml::Null)
            && !is_function(x)
            && !self.kind_fits(p.value_type(), x)
        {
            self.report_hint(
                rules::INPUT_TYPE,
                x.pos,
                format!(
                    "input '{name}' (declared without a type) feeds '{}', which takes {}, but {what} is {}{}",
                    p.key,
                    p.value_type().describe(),
                    x.kind(),
                    shown(x)
                ),
                format!(
                    "declare input '{name}' `type: {}` and change {what}",
                    self.input_type_for(p)
                ),
            );
            return;
        }
        let start = self.out.len();
        let hatch = self.hatch.take();
        self.literal(p, x);
        self.hatch = hatch;
        let broken: Vec<Finding> = self.out.drain(start..).collect();
        for f in broken.into_iter().filter(|f| f.severity == Severity::Error) {
            self.report_hint(
                rules::INPUT_TYPE,
                x.pos,
                format!(
                    "input '{name}' feeds '{}', but {what} breaks it: {}",
                    p.key, f.message
                ),
                format!("change {what}: {}", f.hint()),
            );
        }
    }

    /// The type to declare an input that feeds `p` with: the property's resource type where
    /// AOS documents it as an input type, otherwise the plain type its values have.
    fn input_type_for(&self, p: &PropertyInfo) -> &'static str {
        match p.value_type() {
            ValueType::Integer => "integer",
            ValueType::Number => "float",
            ValueType::Boolean => "boolean",
            ValueType::Resource(r) => self.catalog.resource(r).map_or("string", |r| r.input_type),
            ValueType::String | ValueType::Any | ValueType::Map | ValueType::Data(_) => "string",
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
}

/// ` (<value>)` for a scalar, nothing for a list or map (its kind says enough).
fn shown(v: &Node) -> String {
    match v.value {
        Yaml::List(_) | Yaml::Map(_) => String::new(),
        _ => format!(" ({})", v.show()),
    }
}
