//! Functions inside values: each AOS function's arguments and where it may stand, what it
//! refers to (inputs, elements and their attributes, mappings, conditions), and the names of
//! functions AOS does not have. Rules: `unknown-function`, `function-placement`,
//! `function-arguments`, `undefined-input`, `undefined-element`, `unknown-attribute`,
//! `undefined-mapping` (through `get_in_map`), `undefined-condition` (through `cond_if`),
//! `value-type` (numbers that are not finite).

use crate::checker::{Checker, Place, is_function, nearest, quoted_list, write_instead};
use crate::language::{Args, FOREIGN_FUNCTIONS, Func, PSEUDO_PARAMETERS};
use crate::rules::{self, Severity};
use crate::spec::Completeness;
use crate::tree::{Key, Node, Pos, Yaml};

impl<'a> Checker<'a> {
    /// Checks every function anywhere inside a value, and every number in it.
    pub(crate) fn value_functions(&mut self, v: &'a Node, place: Place) {
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
                Yaml::Float(x) if !x.is_finite() => self.not_finite(v),
                _ => {}
            }
        }
        self.leave(before);
    }

    /// A function call (a single-key map whose key is a function name).
    pub(crate) fn function(&mut self, v: &'a Node, place: Place) {
        let Some((k, arg)) = v.single_entry() else {
            return;
        };
        let before = self.enter(v);
        self.at(&k.name, |c| match Func::parse(&k.name) {
            Some(func) => c.function_here(func, k, arg, place),
            None => {
                if FOREIGN_FUNCTIONS.contains(&k.as_str()) {
                    let ours: Vec<&str> = Func::ALL.iter().map(|f| f.name()).collect();
                    c.report(
                        rules::UNKNOWN_FUNCTION,
                        k.pos,
                        format!(
                            "AOS has no function '{}'; its functions are {}",
                            k.name,
                            ours.join(", ")
                        ),
                    );
                }
            }
        });
        self.leave(before);
    }

    /// The arguments of `func` as its shape wants them, reporting a wrong shape; the items of a
    /// list are returned even when there are too few or too many, so that what they read still
    /// counts as used.
    fn arguments(&mut self, func: Func, arg: &'a Node) -> (&'a [Node], bool) {
        let items = match &arg.value {
            Yaml::List(items) => Some(items.as_slice()),
            _ => None,
        };
        let wrong = |c: &mut Self, text: String| {
            c.report(rules::FUNCTION_ARGUMENTS, arg.pos, text);
        };
        match func.args() {
            Args::List { min, max } => {
                let fits = items.is_some_and(|i| (min..=max).contains(&i.len()));
                if !fits {
                    let n = match (min, max) {
                        (lo, hi) if lo == hi => format!("a list of {lo} arguments"),
                        (0, usize::MAX) => "a list".to_owned(),
                        (lo, hi) => format!("a list of {lo} to {hi} arguments"),
                    };
                    wrong(self, format!("{func} takes {n}"));
                }
                (items.unwrap_or_default(), fits)
            }
            Args::One => {
                if items.is_some() {
                    wrong(self, format!("{func} takes one argument, not a list"));
                }
                (std::slice::from_ref(arg), items.is_none())
            }
            Args::OneList => (std::slice::from_ref(arg), true),
            // Names are looked at by the caller.
            Args::Name | Args::Path => (&[], true),
        }
    }

    fn function_here(&mut self, func: Func, k: &Key, arg: &'a Node, place: Place) {
        if func.conditions_only() && place != Place::Conditions {
            self.report(
                rules::FUNCTION_PLACEMENT,
                k.pos,
                format!("{func} may be used only in conditions"),
            );
        }
        match func {
            Func::GetInput => match one_name(arg) {
                Some(t) => {
                    self.used_inputs.insert(t);
                    if !self.inputs.contains_key(t) && !PSEUDO_PARAMETERS.contains(&t) {
                        let declared: Vec<&str> = self.inputs.keys().copied().collect();
                        self.report_unknown(
                            rules::UNDEFINED_INPUT,
                            arg.pos,
                            format!("input '{t}' is not declared"),
                            t,
                            declared
                                .into_iter()
                                .chain(PSEUDO_PARAMETERS.iter().copied()),
                        );
                    }
                }
                None => self.report(
                    rules::FUNCTION_ARGUMENTS,
                    arg.pos,
                    format!("{func} takes an input name"),
                ),
            },
            Func::GetReference => match one_name(arg) {
                Some(t) => self.element_ref(t, arg.pos),
                None => self.report(
                    rules::FUNCTION_ARGUMENTS,
                    arg.pos,
                    format!("{func} takes an element name"),
                ),
            },
            Func::GetAttribute => {
                let names = match &arg.value {
                    Yaml::List(items) if items.len() >= 2 => {
                        items.iter().map(Node::as_str).collect::<Option<Vec<_>>>()
                    }
                    _ => None,
                };
                match names.as_deref() {
                    Some([node, attr, ..]) => {
                        let (Yaml::List(items), node, attr) = (&arg.value, *node, *attr) else {
                            return;
                        };
                        self.element_ref(node, items[0].pos);
                        self.attribute(node, attr, items[1].pos);
                    }
                    _ => self.report(
                        rules::FUNCTION_ARGUMENTS,
                        arg.pos,
                        format!("{func} takes a list of names: [element, attribute, ...]"),
                    ),
                }
            }
            Func::GetInMap => {
                let (items, fits) = self.arguments(func, arg);
                for a in items {
                    self.value_functions(a, place);
                }
                if let ([map, top, second], true) = (items, fits) {
                    self.mapping_ref(map, top, second);
                }
            }
            Func::CondIf => {
                let (items, _) = self.arguments(func, arg);
                for (i, a) in items.iter().enumerate() {
                    match (i, &a.value) {
                        (0, Yaml::Str(_)) => self.condition_ref(a),
                        (0, _) => self.value_functions(a, Place::Conditions),
                        _ => self.value_functions(a, place),
                    }
                }
            }
            Func::CondEq | Func::CondAnd | Func::CondOr | Func::CondNot => {
                let (items, _) = self.arguments(func, arg);
                for a in items {
                    self.value_functions(a, Place::Conditions);
                }
            }
            Func::Concat => {
                let (items, _) = self.arguments(func, arg);
                if place != Place::Outputs && contains_function(arg, Func::GetAttribute) {
                    self.report(
                        rules::FUNCTION_PLACEMENT,
                        k.pos,
                        format!(
                            "{func} with {} may be used only in outputs",
                            Func::GetAttribute
                        ),
                    );
                }
                for a in items {
                    self.value_functions(a, place);
                }
            }
            Func::Base64Encode
            | Func::GetListLength
            | Func::Split
            | Func::Select
            | Func::Replace => {
                let (items, _) = self.arguments(func, arg);
                for a in items {
                    self.value_functions(a, place);
                }
            }
        }
    }

    /// The inputs, mappings and conditions a value reads, marked used without checking
    /// anything else (for the designer's `metadata`, which no page documents).
    pub(crate) fn mark_uses(&mut self, v: &'a Node) {
        let mut todo = vec![v];
        while let Some(v) = todo.pop() {
            if let Some((k, arg)) = v.single_entry() {
                let first = match &arg.value {
                    Yaml::List(items) => items.first().and_then(Node::as_str),
                    _ => arg.as_str(),
                };
                match (Func::parse(&k.name), first) {
                    (Some(Func::GetInput), Some(n)) => {
                        self.used_inputs.insert(n);
                    }
                    (Some(Func::GetInMap), Some(n)) => {
                        self.used_mappings.insert(n);
                    }
                    (Some(Func::CondIf), Some(n)) => {
                        self.used_conditions.insert(n);
                    }
                    _ => {}
                }
            }
            match &v.value {
                Yaml::List(items) => todo.extend(items),
                Yaml::Map(entries) => todo.extend(entries.iter().map(|(_, v)| v)),
                _ => {}
            }
        }
    }

    fn element_ref(&mut self, name: &str, pos: Pos) {
        if !self.elements.contains_key(name) {
            let names: Vec<&str> = self.elements.keys().copied().collect();
            self.report_unknown(
                rules::UNDEFINED_ELEMENT,
                pos,
                format!("element '{name}' does not exist"),
                name,
                names,
            );
        }
    }

    fn attribute(&mut self, element: &str, attr: &str, pos: Pos) {
        let Some(Some(spec)) = self.elements.get(element).copied() else {
            return;
        };
        if let Some((_, why)) = spec.inferred_attributes.iter().find(|(a, _)| *a == attr) {
            self.report(
                rules::INFERRED_PROPERTY,
                pos,
                format!(
                    "attribute '{attr}' of {} is inferred, not on the element's page: {why}",
                    spec.display_name()
                ),
            );
        }
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
        let fix = match nearest(attr, spec.attributes.iter().copied()) {
            Some(near) => Some(write_instead(near, attr)),
            None if !spec.attributes.is_empty() => Some(format!(
                "use one of {}",
                quoted_list(spec.attributes.iter().copied())
            )),
            None => None,
        };
        self.push(
            rules::UNKNOWN_ATTRIBUTE,
            severity,
            pos,
            format!(
                "{} has no attribute '{attr}'{why}; documented: {list}",
                spec.display_name()
            ),
            fix,
        );
    }
}

/// The one name a `get_input` or `get_reference` takes: `name` or `[name]`.
fn one_name(arg: &Node) -> Option<&str> {
    match &arg.value {
        Yaml::Str(s) => Some(s.as_str()),
        Yaml::List(items) if items.len() == 1 => items[0].as_str(),
        _ => None,
    }
}

/// Whether `func` is called anywhere inside `v`.
fn contains_function(v: &Node, func: Func) -> bool {
    let mut todo = vec![v];
    while let Some(v) = todo.pop() {
        match &v.value {
            Yaml::Map(entries) => {
                if entries.iter().any(|(k, _)| k.name == func.name()) {
                    return true;
                }
                todo.extend(entries.iter().map(|(_, i)| i));
            }
            Yaml::List(items) => todo.extend(items),
            _ => {}
        }
    }
    false
}
