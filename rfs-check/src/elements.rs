//! Elements: names, keys, types, properties (against their spec: unknown, missing, API-required
//! and conditionally required ones; value types, allowed values, ranges, lengths, patterns,
//! literal secrets; data structures inside), requirements and conditions. Rules:
//! `element-name`, `element`, `unknown-type`, `unknown-property`, `missing-property`,
//! `api-required`, `value-type`, `allowed-value`, `range`, `length`, `pattern`, `literal-secret`,
//! `undefined-requirement`, `undefined-condition`.

use crate::checker::{Checker, Place, edit_distance, is_function};
use crate::language::{ELEMENT_KEYS, ELEMENT_NAMES};
use crate::rules::{self, Severity};
use crate::spec::{Completeness, PropertyInfo, ResourceKind, TypeInfo, ValueType};
use crate::tree::{Key, Node, Pos, Yaml};

impl<'a> Checker<'a> {
    pub(crate) fn element(&mut self, k: &Key, v: &'a Node) {
        self.name_rule(&ELEMENT_NAMES, rules::ELEMENT_NAME, "element name", k);
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
            match f.as_str() {
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
        if let Some(meta) = v.get("metadata") {
            self.mark_uses(meta);
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
    pub(crate) fn properties(
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
                    // `unlisted_property` makes the error a warning (an escape hatch).
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
        for p in spec.properties.iter().filter(|p| set(&p.key).is_none()) {
            let at = props.map_or(owner, |n| n.pos);
            if p.must_be_set() {
                self.report(
                    rules::MISSING_PROPERTY,
                    at,
                    format!("{what} requires property '{}'", p.key),
                );
            } else if p.api_requires() {
                let api = p
                    .api
                    .as_ref()
                    .map(|a| format!(" ({a})"))
                    .unwrap_or_default();
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
                        .is_some_and(|t| values.iter().any(|v| v.is_written(&t)))
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

    pub(crate) fn property(&mut self, p: &'static PropertyInfo, v: &'a Node, place: Place) {
        let before = self.enter(v);
        if let Some(why) = &p.inferred {
            self.report(
                rules::INFERRED_PROPERTY,
                v.pos,
                format!("'{}' is inferred, not on the element's page: {why}", p.key),
            );
        }
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
        if !self.kind_fits(ty, v) {
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

    /// Whether a literal `v` is of the kind a property of type `ty` takes (an id is text, or a
    /// number for the few resources whose ids are numbers).
    pub(crate) fn kind_fits(&self, ty: ValueType<'_>, v: &Node) -> bool {
        match (ty, &v.value) {
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
        }
    }

    /// The checks of a literal scalar against its property: allowed values, range, length,
    /// pattern, secrets.
    pub(crate) fn literal(&mut self, p: &PropertyInfo, v: &Node) {
        if !p.inferred_values.is_empty()
            && let Some(text) = v.scalar_text()
            && p.inferred_values.iter().any(|x| x.is_written(&text))
        {
            self.report(
                rules::INFERRED_PROPERTY,
                v.pos,
                format!(
                    "'{text}' of '{}' is inferred, not on the element's page: the service API lists it today",
                    p.key
                ),
            );
        }
        if !p.allowed.is_empty()
            && let Some(text) = v.scalar_text()
            && !p.allows(&text)
        {
            self.report(
                rules::ALLOWED_VALUE,
                v.pos,
                format!(
                    "'{}' is not an allowed value of '{}' ({})",
                    text,
                    p.key,
                    p.allowed_list()
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
            if let Some(re) = &p.pattern
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

    /// `requirements`: a list of `- <key>: {node: <element>, relationship: <text>}`.
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
            self.at_index(i, |c| c.requirement(item));
        }
    }

    fn requirement(&mut self, item: &Node) {
        let Some((key, target)) = item.single_entry() else {
            self.report(
                rules::UNDEFINED_REQUIREMENT,
                item.pos,
                "each requirement is `<property>: {node: <element>}`",
            );
            return;
        };
        self.at(&key.name, |c| {
            let Some(fields) = target.as_map() else {
                c.report(
                    rules::UNDEFINED_REQUIREMENT,
                    target.pos,
                    format!(
                        "a requirement is `{{node: <element>}}`, not {}",
                        target.kind()
                    ),
                );
                return;
            };
            c.duplicates(fields);
            let mut foreign = false;
            for (f, v) in fields {
                match (f.as_str(), &v.value) {
                    ("node", Yaml::Str(node)) => {
                        if !c.elements.contains_key(node.as_str()) {
                            c.report(
                                rules::UNDEFINED_REQUIREMENT,
                                v.pos,
                                format!("requirement names element '{node}', which does not exist"),
                            );
                        }
                    }
                    ("node" | "relationship", _) => {
                        if !matches!(v.value, Yaml::Str(_)) {
                            c.report(
                                rules::UNDEFINED_REQUIREMENT,
                                v.pos,
                                format!("{} is a name (text), not {}", f.name, v.kind()),
                            );
                        }
                    }
                    (other, _) => {
                        foreign = true;
                        c.report(
                            rules::UNDEFINED_REQUIREMENT,
                            f.pos,
                            format!(
                                "a requirement takes node and relationship; '{other}' (TOSCA's capability, occurrences, ...) is not part of AOS templates"
                            ),
                        )
                    }
                }
            }
            if !foreign && target.get("node").is_none() {
                c.report(
                    rules::UNDEFINED_REQUIREMENT,
                    target.pos,
                    "a requirement needs `node: <element name>`",
                );
            }
        });
    }

    /// A condition named by an element or a `cond_if`.
    pub(crate) fn condition_ref(&mut self, c: &'a Node) {
        match c.as_str() {
            Some(name) => {
                self.used_conditions.insert(name);
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
}
