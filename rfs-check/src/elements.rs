//! Elements: names, keys, types, properties (against their spec: unknown, missing, API-required
//! and conditionally required ones; value types, allowed values, ranges, lengths, patterns,
//! literal secrets; data structures inside), requirements and conditions. Rules:
//! `element-name`, `element`, `unknown-type`, `unknown-property`, `missing-property`,
//! `api-required`, `value-type`, `allowed-value`, `range`, `length`, `pattern`, `literal-secret`,
//! `undefined-requirement`, `undefined-condition`.

use crate::checker::{
    Checker, Place, edit_distance, is_function, nearest, quoted_list, write_instead,
};
use crate::language::{ELEMENT_KEYS, ELEMENT_NAMES};
use crate::rules::{self, Severity};
use crate::spec::{Completeness, Fact, PropertyInfo, ResourceKind, TypeInfo, ValueType};
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
                        let close = self.closest_type(name);
                        let near = close
                            .as_ref()
                            .map(|c| format!("; did you mean {c}?"))
                            .unwrap_or_default();
                        self.at("type", |c| {
                            c.push(
                                rules::UNKNOWN_TYPE,
                                rules::UNKNOWN_TYPE.severity,
                                t.pos,
                                format!("unknown element type '{name}'{near}"),
                                close.map(|c| format!("write {c}")),
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
                    self.report_hint(
                        rules::VALUE_TYPE,
                        p.pos,
                        format!("properties must be a map, not {}", p.kind()),
                        "write the properties as a map (`key: value` lines)",
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
                    let near = nearest(&k.name, spec.properties.iter().map(|p| &*p.key));
                    // The service API's name for a property AOS names otherwise
                    // (`gateway_ip in huaweicloud-sdk-go-v3...` for `gateway`).
                    let renamed = spec.properties.iter().find(|p| {
                        p.api
                            .as_deref()
                            .and_then(|a| a.split_once(' '))
                            .is_some_and(|(field, _)| field == k.name)
                    });
                    let (message, hint) = match (renamed, near) {
                        (Some(p), _) => (
                            format!("{what} has no property '{}'{why}; the service API's '{}' is '{}' here", k.name, k.name, p.key),
                            format!("write '{}', AOS's name for the API's '{}'", p.key, k.name),
                        ),
                        (None, Some(near)) => (
                            format!("{what} has no property '{}'{why}; did you mean '{near}'?", k.name),
                            write_instead(near, &k.name),
                        ),
                        (None, None) => (
                            format!("{what} has no property '{}'{why}", k.name),
                            format!(
                                "{what}'s documented properties: {}",
                                quoted_list(spec.properties.iter().map(|p| &*p.key))
                            ),
                        ),
                    };
                    c.push(rules::UNKNOWN_PROPERTY, severity, k.pos, message, Some(hint));
                    c.value_functions(v, place);
                    c.leave(before);
                }
            });
        }
        let set = |key: &str| entries.iter().find(|(k, _)| k.name == key).map(|(_, v)| v);
        for p in spec.properties.iter().filter(|p| set(&p.key).is_none()) {
            let at = props.map_or(owner, |n| n.pos);
            if p.must_be_set() {
                self.report_hint(
                    rules::MISSING_PROPERTY,
                    at,
                    format!("{what} requires property '{}'", p.key),
                    set_hint(p),
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
                self.report_hint(
                    rules::MISSING_PROPERTY,
                    at,
                    format!(
                        "{what} requires property '{}' when {}",
                        p.key,
                        because.join(" and ")
                    ),
                    set_hint(p),
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
                        self.report_hint(
                            rules::LENGTH,
                            v.pos,
                            format!(
                                "'{}' has {} items; at most {max} are allowed",
                                p.key,
                                items.len()
                            ),
                            format!("give at most {max} item{}", if max == 1 { "" } else { "s" }),
                        );
                    }
                    for (i, item) in items.iter().enumerate() {
                        self.at_index(i, |c| c.item(p, item, place));
                    }
                }
                _ => self.report_hint(
                    rules::VALUE_TYPE,
                    v.pos,
                    format!("'{}' takes a list, not {}", p.key, v.kind()),
                    match &v.value {
                        Yaml::Map(_) => "write a list: `- ` before each item".to_owned(),
                        _ => format!("write a list, even of one item: [{}]", v.show()),
                    },
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
            let message = format!(
                "'{}' takes {}, not {} ({})",
                p.key,
                ty.describe(),
                v.kind(),
                v.show()
            );
            match self.value_type_hint(ty, v) {
                Some(hint) => self.report_hint(rules::VALUE_TYPE, v.pos, message, hint),
                None => self.report(rules::VALUE_TYPE, v.pos, message),
            }
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

    /// How to write `v`, which is not of the kind `ty` takes, where that can be said: quoted
    /// for text, unquoted for a number or boolean, a map of a data structure's properties.
    fn value_type_hint(&self, ty: ValueType<'_>, v: &Node) -> Option<String> {
        let text = || v.scalar_text().unwrap_or_default();
        match (ty, &v.value) {
            (_, Yaml::Null) => Some("give it a value, or leave the property out".to_owned()),
            (
                ValueType::String | ValueType::Resource(_),
                Yaml::Int(_) | Yaml::Float(_) | Yaml::Bool(_),
            ) => Some(format!(
                "quote it ('{}'): YAML reads it as {}",
                v.show(),
                v.kind()
            )),
            (ValueType::Integer, Yaml::Str(s)) if s.trim().parse::<i64>().is_ok() => {
                Some(format!("write {} without quotes", s.trim()))
            }
            (ValueType::Number, Yaml::Str(s))
                if s.trim().parse::<f64>().is_ok_and(f64::is_finite) =>
            {
                Some(format!("write {} without quotes", s.trim()))
            }
            (ValueType::Integer, Yaml::Float(_)) => {
                Some(format!("write a whole number, not {}", v.show()))
            }
            (ValueType::Boolean, Yaml::Str(s))
                if s.eq_ignore_ascii_case("true") || s.eq_ignore_ascii_case("false") =>
            {
                Some(format!("write {} without quotes", s.to_ascii_lowercase()))
            }
            (ValueType::Boolean, _) => Some(format!("write true or false, not {}", text())),
            (ValueType::Data(name), _) => self.catalog.datatype(name).map(|d| {
                format!(
                    "write a map of {}'s properties: {}",
                    d.display_name(),
                    quoted_list(d.properties.iter().map(|p| &*p.key))
                )
            }),
            (ValueType::Map, _) => Some("write a map (`key: value` lines)".to_owned()),
            _ => None,
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
            let message = format!(
                "'{}' is not an allowed value of '{}' ({})",
                text,
                p.key,
                p.allowed_list()
            );
            let allowed: Vec<String> = p.allowed.iter().map(Fact::text).collect();
            match nearest(&text, allowed.iter().map(String::as_str)) {
                Some(near) => self.report_hint(
                    rules::ALLOWED_VALUE,
                    v.pos,
                    message,
                    write_instead(near, &text),
                ),
                None => self.report_hint(
                    rules::ALLOWED_VALUE,
                    v.pos,
                    message,
                    format!("use one of {}", p.allowed_list()),
                ),
            }
        }
        if let Some(x) = v.number() {
            if !x.is_finite() {
                self.not_finite(v);
            } else if let Some(min) = p.min.filter(|m| x < *m) {
                self.report_hint(
                    rules::RANGE,
                    v.pos,
                    format!("{x} is below the minimum {min} of '{}'", p.key),
                    range_hint(p),
                );
            } else if let Some(max) = p.max.filter(|m| x > *m) {
                self.report_hint(
                    rules::RANGE,
                    v.pos,
                    format!("{x} is above the maximum {max} of '{}'", p.key),
                    range_hint(p),
                );
            }
        }
        if let Yaml::Str(s) = &v.value {
            let n = s.chars().count() as u64;
            if let Some(min) = p.min_length.filter(|m| n < *m) {
                self.report_hint(
                    rules::LENGTH,
                    v.pos,
                    format!(
                        "'{}' is {n} characters long; at least {min} are required",
                        p.key
                    ),
                    length_hint(p),
                );
            }
            if let Some(max) = p.max_length.filter(|m| n > *m) {
                self.report_hint(
                    rules::LENGTH,
                    v.pos,
                    format!(
                        "'{}' is {n} characters long; at most {max} are allowed",
                        p.key
                    ),
                    length_hint(p),
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
                    let names: Vec<&str> = self.conditions.iter().copied().collect();
                    self.report_unknown(
                        rules::UNDEFINED_CONDITION,
                        c.pos,
                        format!("condition '{name}' is not declared"),
                        name,
                        names,
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

/// How to set a missing property `p`: its key and what it takes (`set 'cidr' (text)`, `set
/// 'vpcId' (a HuaweiCloud.VPC.VPC.Id)`, `set 'protocol' to one of TCP, UDP`).
fn set_hint(p: &PropertyInfo) -> String {
    let what = if !p.allowed.is_empty() {
        format!("to one of {}", p.allowed_list())
    } else if p.list {
        format!("(a list of {})", p.value_type().describe())
    } else {
        format!("({})", p.value_type().describe())
    };
    format!("set '{}' {what}", p.key)
}

/// The range of `p` as a hint: `use a number from 1 to 300`.
fn range_hint(p: &PropertyInfo) -> String {
    match (p.min, p.max) {
        (Some(min), Some(max)) => format!("use a number from {min} to {max}"),
        (Some(min), None) => format!("use a number of at least {min}"),
        (None, Some(max)) => format!("use a number of at most {max}"),
        (None, None) => rules::RANGE.hint.to_owned(),
    }
}

/// The length of `p` as a hint: `write 1 to 64 characters`.
fn length_hint(p: &PropertyInfo) -> String {
    match (p.min_length, p.max_length) {
        (Some(min), Some(max)) => format!("write {min} to {max} characters"),
        (Some(min), None) => format!("write at least {min} characters"),
        (None, Some(max)) => format!("write at most {max} characters"),
        (None, None) => rules::LENGTH.hint.to_owned(),
    }
}
