//! Checking raw specs and resolving them into the [`Model`].
//!
//! Runs in phases, as cxx does: each spec is checked on its own (names, values, regexes), then
//! references between specs (types, relationships, resource types), then Rust names. Every
//! problem found in a phase is collected; the model is returned only when there are none.

use std::collections::{BTreeMap, HashMap, HashSet};

use crate::diag::Diagnostics;
use crate::load::{
    Evidence, Fact, Kind, Loaded, RawApi, RawResourceType, RawSpec, RawSpecs, ResourceKind,
    SpecProperty,
};
use crate::model::{AttributeDef, Model, PropertyDef, ResourceDef, TypeDef};
use crate::naming;
use rfs_facts::spec::{Required, ValueType};

/// The relationship kinds the reference uses.
pub const RELATIONSHIPS: &[&str] = &[
    "DependsOn",
    "ContainedIn",
    "Connected",
    "Contains",
    "Associated",
];

/// Checks everything read by [`crate::load::read_dir`] and builds the model.
pub fn resolve(raw: &RawSpecs) -> Result<Model, Diagnostics> {
    let mut d = Diagnostics::default();
    let datatype_names: HashSet<&str> =
        raw.datatypes.iter().map(|l| l.spec.name.as_str()).collect();
    let element_types: HashMap<&str, &str> = raw
        .elements
        .iter()
        .filter_map(|l| {
            l.spec
                .type_name
                .as_deref()
                .map(|t| (t, l.spec.name.as_str()))
        })
        .collect();
    unused_datatypes(raw, &mut d);
    let empty = crate::from_node::OrderedMap::new();
    let (rt_file, declared) = match &raw.resource_types {
        Some(l) => (l.file.as_str(), &l.spec),
        None => ("specs/resource-types.yaml", &empty),
    };

    // Resource types: the declared ones, then one id per element that is not declared.
    let mut resources = Vec::new();
    for (name, r) in declared {
        check_resource(rt_file, name, r, &element_types, declared, &mut d);
        resources.push(resource_def(name, r, true));
    }
    // An implied id no official page uses as a type is not known to be a valid input type:
    // inputs of it are declared `type: string` (the Rust side stays typed).
    for l in &raw.elements {
        if let Some(t) = &l.spec.type_name {
            let id = format!("{t}.Id");
            if !declared.contains_key(&id) {
                let r = RawResourceType {
                    kind: ResourceKind::Id,
                    summary: format!("Id of a `{t}` element."),
                    element: Some(l.spec.name.clone()),
                    accepts: Vec::new(),
                    input_type: Some("string".into()),
                    notes: None,
                };
                resources.push(resource_def(&id, &r, false));
            }
        }
    }
    let resource_kinds: HashMap<String, ResourceKind> =
        resources.iter().map(|r| (r.name.clone(), r.kind)).collect();

    let ctx = Ctx {
        datatypes: &datatype_names,
        resources: &resource_kinds,
        elements: &element_types,
    };
    let mut types = Vec::new();
    for (folder, kind, list) in [
        ("elements", Kind::Element, &raw.elements),
        ("datatypes", Kind::Datatype, &raw.datatypes),
    ] {
        for l in list {
            if let Some(t) = check_spec(l, folder, kind, &ctx, &mut d) {
                types.push(t);
            }
        }
    }
    types.sort_by(|a, b| (a.kind, &a.name).cmp(&(b.kind, &b.name)));
    resources.sort_by(|a, b| a.name.cmp(&b.name));
    place_datatypes(&mut types);
    check_rust_names(&mut types, &mut resources, &mut d);
    if d.is_empty() {
        Ok(Model { types, resources })
    } else {
        Err(d)
    }
}

struct Ctx<'a> {
    datatypes: &'a HashSet<&'a str>,
    resources: &'a HashMap<String, ResourceKind>,
    elements: &'a HashMap<&'a str, &'a str>,
}

fn resource_def(name: &str, r: &RawResourceType, declared: bool) -> ResourceDef {
    ResourceDef {
        name: name.to_owned(),
        kind: r.kind,
        summary: r.summary.clone(),
        element: r.element.clone(),
        accepts: r.accepts.clone(),
        input_type: r.input_type.clone().unwrap_or_else(|| name.to_owned()),
        notes: r.notes.clone(),
        module: naming::module_name(naming::resource_service(name)),
        rust_name: naming::resource_type_name(name),
        declared,
    }
}

fn check_resource(
    file: &str,
    name: &str,
    r: &RawResourceType,
    elements: &HashMap<&str, &str>,
    declared: &crate::from_node::OrderedMap<RawResourceType>,
    d: &mut Diagnostics,
) {
    let parts: Vec<&str> = name.split('.').collect();
    if parts.len() < 3 || parts[0] != "HuaweiCloud" || parts.iter().any(|p| p.is_empty()) {
        d.error(
            file,
            name,
            "a resource type is written `HuaweiCloud.<Service>.<Name>...`",
        );
    }
    if let Some(e) = &r.element {
        let t = format!("HuaweiCloud.{e}");
        if !elements.contains_key(t.as_str()) {
            d.error(
                file,
                format!("{name}.element"),
                format!("unknown element '{e}'"),
            );
        } else if r.kind == ResourceKind::Id && name != format!("{t}.Id") {
            d.error(
                file,
                format!("{name}.element"),
                format!("the id filled by a reference to '{e}' is '{t}.Id', not '{name}'"),
            );
        }
    }
    if let Some(t) = r.input_type.as_deref().filter(|t| *t != "string") {
        d.error(
            file,
            format!("{name}.input_type"),
            format!("input_type is `string` (or left out for the type's own name), not '{t}'"),
        );
    }
    for (i, a) in r.accepts.iter().enumerate() {
        let implied = a
            .strip_suffix(".Id")
            .is_some_and(|e| elements.contains_key(e));
        if !declared.contains_key(a) && !implied {
            d.error(
                file,
                format!("{name}.accepts[{i}]"),
                format!("unknown resource type '{a}'"),
            );
        }
    }
}

fn check_spec(
    l: &Loaded<RawSpec>,
    folder: &str,
    kind: Kind,
    ctx: &Ctx<'_>,
    d: &mut Diagnostics,
) -> Option<TypeDef> {
    let s = &l.spec;
    let f = l.file.as_str();
    let before = d.0.len();
    if s.name != l.stem {
        d.error(
            f,
            "name",
            format!(
                "'{}' does not match the file name '{}.yaml'",
                s.name, l.stem
            ),
        );
    }
    if s.kind != kind {
        d.error(
            f,
            "kind",
            format!("a spec in {folder}/ must have kind {kind:?}").to_lowercase(),
        );
    }
    let parts: Vec<&str> = s.name.split('.').collect();
    if parts.len() < 2
        || parts
            .iter()
            .any(|p| p.is_empty() || !p.chars().all(|c| c.is_ascii_alphanumeric()))
    {
        d.error(
            f,
            "name",
            format!("'{}' is not a name of the form Service.Name", s.name),
        );
    }
    match (kind, &s.type_name) {
        (Kind::Element, Some(t)) if *t != format!("HuaweiCloud.{}", s.name) => {
            d.error(f, "type", format!("'{t}' must be 'HuaweiCloud.{}'", s.name))
        }
        (Kind::Element, None) => d.error(f, "type", "an element needs its template type"),
        (Kind::Datatype, Some(_)) => d.error(f, "type", "a data structure has no template type"),
        _ => {}
    }
    if s.summary.trim().is_empty() {
        d.error(f, "summary", "must not be empty");
    }

    let mut properties = Vec::new();
    for (key, p) in &s.properties {
        properties.push(check_property(f, s, key, p, ctx, d));
    }
    let mut methods: Vec<String> = properties
        .iter()
        .map(|p: &PropertyDef| p.method.clone())
        .collect();
    naming::dedupe(&mut methods);
    for (p, m) in properties.iter_mut().zip(methods) {
        p.method = m;
    }

    let mut attributes = Vec::new();
    for (name, a) in &s.attributes {
        if kind == Kind::Datatype {
            d.error(
                f,
                format!("attributes.{name}"),
                "data structures have no attributes",
            );
        }
        if let Some(t) = &a.type_name
            && !ctx.resources.contains_key(t)
        {
            d.error(
                f,
                format!("attributes.{name}.type"),
                format!("unknown resource type '{t}'"),
            );
        }
        let method = if name == "*" {
            "output".to_owned()
        } else {
            naming::method_name(name)
        };
        attributes.push(AttributeDef {
            name: name.clone(),
            method,
            ty: a.type_name.clone(),
            notes: a.notes.clone(),
            research: a.research.clone(),
            inferred: a.inferred.clone(),
        });
    }
    let mut methods: Vec<String> = attributes.iter().map(|a| a.method.clone()).collect();
    naming::dedupe(&mut methods);
    for (a, m) in attributes.iter_mut().zip(methods) {
        a.method = m;
    }

    for (i, r) in s.requirements.iter().enumerate() {
        let at = format!("requirements[{i}]");
        if kind == Kind::Datatype {
            d.error(f, &at, "data structures have no requirements");
        }
        if let Some(rel) = &r.relationship
            && !RELATIONSHIPS.contains(&rel.as_str())
        {
            d.error(
                f,
                format!("{at}.relationship"),
                format!(
                    "unknown relationship '{rel}' (expected one of {})",
                    RELATIONSHIPS.join(", ")
                ),
            );
        }
        if let Some(t) = &r.node_type
            && !ctx.elements.contains_key(t.as_str())
        {
            d.error(
                f,
                format!("{at}.node_type"),
                format!("unknown element type '{t}'"),
            );
        }
        if let Some(p) = &r.property
            && !s.properties.contains_key(p)
            && s.completeness == crate::load::Completeness::Complete
        {
            d.error(
                f,
                format!("{at}.property"),
                format!("'{p}' is not a property of {}", s.name),
            );
        }
    }

    if d.0.len() > before {
        return None;
    }
    Some(TypeDef {
        name: s.name.clone(),
        kind,
        template_type: s.type_name.clone(),
        summary: s.summary.clone(),
        completeness: s.completeness,
        source: s.source.clone(),
        example_seen: s.example_seen,
        properties,
        attributes,
        requirements: s.requirements.clone(),
        gaps: s.gaps.clone(),
        doc_oddities: s.doc_oddities.clone(),
        file: l.file.clone(),
        module: naming::module_name(naming::service_of(&s.name)),
        rust_name: naming::type_name(&s.name),
        reexported_in: Vec::new(),
    })
}

fn check_property(
    f: &str,
    s: &RawSpec,
    key: &str,
    p: &SpecProperty,
    ctx: &Ctx<'_>,
    d: &mut Diagnostics,
) -> PropertyDef {
    let at = format!("properties.{key}");
    if key.is_empty() {
        d.error(f, &at, "a property key must not be empty");
    }
    let t: &str = &p.info.type_name;
    let type_name = match t {
        "string" | "integer" | "number" | "boolean" | "map" | "any" => t,
        _ if ctx.datatypes.contains(t) || ctx.resources.contains_key(t) => t,
        _ if t.starts_with("HuaweiCloud.") => {
            d.error(
                f,
                format!("{at}.type"),
                format!("unknown resource type '{t}' (declare it in resource-types.yaml)"),
            );
            "any"
        }
        _ if t.contains('.') => {
            d.error(
                f,
                format!("{at}.type"),
                format!("data structure '{t}' does not exist"),
            );
            "any"
        }
        _ => {
            d.error(f, format!("{at}.type"), format!("unknown type '{t}'"));
            "any"
        }
    };
    let ty = ValueType::parse(type_name);
    let allowed = &p.info.allowed;
    for (i, v) in allowed.iter().enumerate() {
        if !scalar_fits(&ty, v, ctx) {
            d.error(
                f,
                format!("{at}.allowed[{i}]"),
                format!("{} is not a valid {t} value", v.render()),
            );
        }
    }
    let mut seen = HashSet::new();
    for v in allowed.iter() {
        if !seen.insert(v.render()) {
            d.error(
                f,
                format!("{at}.allowed"),
                format!("{} is listed twice", v.render()),
            );
        }
    }
    if let Some(def) = &p.info.default {
        let items: Vec<&Fact> = match (p.info.list, def) {
            (true, Fact::List(items)) => items.iter().collect(),
            (true, _) => {
                d.error(
                    f,
                    format!("{at}.default"),
                    format!("{} is not a list", def.render()),
                );
                Vec::new()
            }
            (false, v) => vec![v],
        };
        for v in items {
            if !value_fits(&ty, v, ctx) {
                d.error(
                    f,
                    format!("{at}.default"),
                    format!("{} is not a valid {t} value", v.render()),
                );
            } else if !allowed.is_empty() && !allowed.contains(v) {
                d.error(
                    f,
                    format!("{at}.default"),
                    format!("default {} is not one of the allowed values", v.render()),
                );
            }
        }
    }
    let numeric = matches!(ty, ValueType::Integer | ValueType::Number);
    for (name, bound) in [("min", p.info.min), ("max", p.info.max)] {
        if bound.is_some() && !numeric {
            d.error(
                f,
                format!("{at}.{name}"),
                format!("a {t} property has no {name}"),
            );
        }
    }
    if let (Some(lo), Some(hi)) = (p.info.min, p.info.max)
        && lo > hi
    {
        d.error(f, &at, format!("min {lo} is greater than max {hi}"));
    }
    let texty = matches!(ty, ValueType::String | ValueType::Resource(_)) || p.info.list;
    if (p.info.min_length.is_some() || p.info.max_length.is_some()) && !texty {
        d.error(f, &at, format!("a {t} property has no length"));
    }
    if let (Some(lo), Some(hi)) = (p.info.min_length, p.info.max_length)
        && lo > hi
    {
        d.error(
            f,
            &at,
            format!("min_length {lo} is greater than max_length {hi}"),
        );
    }
    if let Some(re) = &p.info.pattern
        && let Err(e) = rfs_facts::regex::compile(re, true)
    {
        d.error(
            f,
            format!("{at}.pattern"),
            format!("invalid regex '{re}': {e}"),
        );
    }
    let enumeration = if allowed.is_empty() {
        None
    } else {
        let mut variants: Vec<String> = allowed
            .iter()
            .map(|v| match v {
                Fact::Str(s) => naming::variant_name(s),
                other => naming::variant_name(&other.render()),
            })
            .collect();
        naming::dedupe(&mut variants);
        // Named with the type's final Rust name in `check_rust_names`.
        Some((String::new(), variants))
    };
    for (other, values) in p.info.required_when.iter() {
        let at = format!("{at}.required_when.{other}");
        match s.properties.get(other) {
            None => d.error(f, &at, format!("'{other}' is not a property of {}", s.name)),
            Some(o) => {
                let allowed = &o.info.allowed;
                for v in values
                    .iter()
                    .filter(|v| !allowed.is_empty() && !allowed.contains(v))
                {
                    d.error(
                        f,
                        &at,
                        format!("{} is not an allowed value of '{other}'", v.render()),
                    );
                }
            }
        }
        if matches!(p.info.required, Required::Yes) {
            d.error(
                f,
                &at,
                "required_when is for properties that are not always required (required: false)",
            );
        }
    }
    let mut info = p.info.clone();
    info.type_name = type_name.to_owned().into();
    info.required = evidence(f, &at, p, matches!(ty, ValueType::String), d);
    if info.required == Required::Api {
        // The API field, for the `api-required` message.
        info.api = p
            .docs
            .api
            .as_ref()
            .and_then(RawApi::summary)
            .map(Into::into);
    }
    if p.docs.evidence == Some(Evidence::Inferred) {
        info.inferred = inferred_summary(&p.docs).map(Into::into);
    }
    if let Some(extra) = &p.docs.allowed_inferred {
        if extra.api.as_ref().and_then(|a| a.source.as_ref()).is_none() {
            d.error(
                f,
                format!("{at}.allowed_inferred"),
                "values added from the service API name where it lists them under `api: {source, quote}`",
            );
        }
        for v in &extra.values {
            if !p.info.allows(&v.text()) {
                d.error(
                    f,
                    format!("{at}.allowed_inferred"),
                    format!("{} is not in `allowed`", v.render()),
                );
            }
        }
    }
    PropertyDef {
        info,
        docs: p.docs.clone(),
        method: naming::method_name(key),
        enumeration,
        needs: None,
        omit: None,
        into_trait: None,
    }
}

/// Whether an allowed value suits a property type: scalars only.
fn scalar_fits(ty: &ValueType<'_>, v: &Fact, ctx: &Ctx<'_>) -> bool {
    !matches!(v, Fact::List(_) | Fact::Map(_) | Fact::Null)
        && !matches!(ty, ValueType::Map | ValueType::Data(_))
        && value_fits(ty, v, ctx)
}

/// Whether a value (a default) suits a property type.
fn value_fits(ty: &ValueType<'_>, v: &Fact, ctx: &Ctx<'_>) -> bool {
    match (ty, v) {
        (ValueType::Any, _) => true,
        (ValueType::String | ValueType::Resource(_), Fact::Str(_)) => true,
        (ValueType::Resource(r), Fact::Int(_)) => {
            ctx.resources.get(*r) == Some(&ResourceKind::Number)
        }
        (ValueType::Integer, Fact::Int(_)) => true,
        (ValueType::Number, Fact::Int(_) | Fact::Float(_)) => true,
        (ValueType::Boolean, Fact::Bool(_)) => true,
        (ValueType::Map | ValueType::Data(_), Fact::Map(_)) => true,
        _ => false,
    }
}

/// Puts each data structure where its users look for it. One whose spec family has no elements
/// (`MySQL.*`, `PostgreSQL.*`) and that the elements of one service alone use moves into that
/// service's module, named with its family (`MySQL.DataStore` → `rds::MySqlDataStore`). One used
/// by elements of other services too stays home and is re-exported into their modules
/// (`VPC.BandWidth` → also `ecs::BandWidth`). Data structures no element uses stay home.
fn place_datatypes(types: &mut [TypeDef]) {
    let services: HashSet<String> = types
        .iter()
        .filter(|t| t.kind == Kind::Element)
        .map(|t| t.module.clone())
        .collect();
    let index: HashMap<String, usize> = types
        .iter()
        .enumerate()
        .filter(|(_, t)| t.kind == Kind::Datatype)
        .map(|(i, t)| (t.name.clone(), i))
        .collect();
    // The services whose elements reach each data structure, through other data structures too.
    let mut users: Vec<Vec<String>> = vec![Vec::new(); types.len()];
    for t in types.iter().filter(|t| t.kind == Kind::Element) {
        let mut stack: Vec<usize> = Vec::new();
        let mut seen: HashSet<usize> = HashSet::new();
        let reach = |owner: &TypeDef, stack: &mut Vec<usize>| {
            for p in &owner.properties {
                if let ValueType::Data(name) = p.ty()
                    && let Some(&i) = index.get(name)
                {
                    stack.push(i);
                }
            }
        };
        reach(t, &mut stack);
        while let Some(i) = stack.pop() {
            if seen.insert(i) {
                if !users[i].contains(&t.module) {
                    users[i].push(t.module.clone());
                }
                reach(&types[i], &mut stack);
            }
        }
    }
    for (i, t) in types.iter_mut().enumerate() {
        let mut users = std::mem::take(&mut users[i]);
        users.sort();
        match users.as_slice() {
            [one] if !services.contains(&t.module) => {
                t.module = one.clone();
                t.rust_name = naming::camel(&t.name);
            }
            _ => {
                users.retain(|m| *m != t.module);
                t.reexported_in = users;
            }
        }
    }
}

/// Every generated name in a module must be unique; data structures that share a name with an
/// element of the same module take a `Data` suffix.
fn check_rust_names(types: &mut [TypeDef], resources: &mut [ResourceDef], d: &mut Diagnostics) {
    let elements: HashSet<(String, String)> = types
        .iter()
        .filter(|t| t.kind == Kind::Element)
        .map(|t| (t.module.clone(), t.rust_name.clone()))
        .collect();
    for t in types.iter_mut() {
        if t.kind == Kind::Datatype && elements.contains(&(t.module.clone(), t.rust_name.clone())) {
            t.rust_name.push_str("Data");
        }
    }
    // The names of the traits and methods around each builder, decided here with the others.
    for t in types.iter_mut() {
        let required: Vec<usize> = (0..t.properties.len())
            .filter(|&i| t.properties[i].builder_requires())
            .collect();
        let mut needs: Vec<String> = required
            .iter()
            .map(|&i| {
                format!(
                    "{}Needs{}",
                    t.rust_name,
                    naming::camel(t.properties[i].key())
                )
            })
            .collect();
        naming::dedupe(&mut needs);
        for (i, name) in required.into_iter().zip(needs) {
            t.properties[i].needs = Some(name);
        }
        for p in &mut t.properties {
            if p.info.api_requires() {
                p.omit = Some(format!("omit_{}", p.method.trim_start_matches("r#")));
            }
            // A type and its enumerations share a prefix: `SourceData` → `SourceDataOriginType`.
            if let Some((e, _)) = &mut p.enumeration {
                *e = format!("{}{}", t.rust_name, naming::camel(&p.info.key));
                p.into_trait = Some(format!("Into{e}"));
            }
        }
    }
    let mut names: BTreeMap<(String, String), Vec<String>> = BTreeMap::new();
    let mut claim = |module: &str, name: String, by: String| {
        names.entry((module.to_owned(), name)).or_default().push(by);
    };
    // Methods of one builder: setters, `omit_*`, and the fixed ones.
    for t in types.iter() {
        let mut methods: BTreeMap<&str, Vec<String>> = BTreeMap::new();
        for fixed in ["build", "unlisted_property"] {
            methods.entry(fixed).or_default().push(format!("`{fixed}`"));
        }
        for p in &t.properties {
            methods
                .entry(p.method.as_str())
                .or_default()
                .push(format!("properties.{}", p.info.key));
            if let Some(omit) = &p.omit {
                methods
                    .entry(omit.as_str())
                    .or_default()
                    .push(format!("properties.{} (omit)", p.info.key));
            }
        }
        for (method, by) in methods.into_iter().filter(|(_, by)| by.len() > 1) {
            d.error(
                &t.file,
                "",
                format!(
                    "builder method `{method}` of `{}` is generated for {}",
                    t.rust_name,
                    by.join(" and ")
                ),
            );
        }
    }
    for t in types.iter() {
        claim(&t.module, t.rust_name.clone(), t.file.clone());
        claim(
            &t.module,
            format!("{}Builder", t.rust_name),
            format!("{} (builder)", t.file),
        );
        if t.kind == Kind::Element {
            claim(
                &t.module,
                format!("{}Attributes", t.rust_name),
                format!("{} (attributes)", t.file),
            );
        }
        for p in &t.properties {
            if let Some((e, _)) = &p.enumeration {
                claim(
                    &t.module,
                    e.clone(),
                    format!("{} (enum of properties.{})", t.file, p.info.key),
                );
            }
            if let Some(into) = &p.into_trait {
                claim(
                    &t.module,
                    into.clone(),
                    format!("{} (trait of properties.{})", t.file, p.info.key),
                );
            }
            if let Some(needs) = &p.needs {
                claim(
                    &t.module,
                    needs.clone(),
                    format!("{} (required properties.{})", t.file, p.info.key),
                );
            }
        }
    }
    for r in resources.iter() {
        claim(
            &r.module,
            r.rust_name.clone(),
            format!("resource type {}", r.name),
        );
    }
    // Re-exports take their names in the modules they go into.
    for t in types.iter() {
        for m in &t.reexported_in {
            for name in t.reexports() {
                claim(m, name.to_owned(), format!("{} (re-exported)", t.file));
            }
        }
    }
    for ((module, name), by) in names {
        if by.len() > 1 {
            d.error(
                &by[0],
                "",
                format!(
                    "generated name `{module}::{name}` is also generated for {}",
                    by[1..].join(", ")
                ),
            );
        }
    }
}

/// The required flag with its evidence level, and the evidence fields' own rules: `evidence:
/// api` names its source under `api`, `required: unknown` says what was searched, `untyped_id`
/// is for text properties.
/// Every data structure is used by some property, or says why not under `unused:`; a used one
/// says nothing there, and an element has no `unused:`.
fn unused_datatypes(raw: &RawSpecs, d: &mut Diagnostics) {
    let used: HashSet<&str> = raw
        .elements
        .iter()
        .chain(&raw.datatypes)
        .flat_map(|l| l.spec.properties.iter().map(|(_, p)| p))
        .map(|p| &*p.info.type_name)
        .collect();
    for l in &raw.elements {
        if l.spec.unused.is_some() {
            d.error(&l.file, "unused", "`unused` is for data structures");
        }
    }
    for l in &raw.datatypes {
        match (used.contains(l.spec.name.as_str()), &l.spec.unused) {
            (false, None) => d.error(
                &l.file,
                "",
                format!(
                    "no property uses data structure {}: use it where evidence supports a property, or say why not under `unused:`",
                    l.spec.name
                ),
            ),
            (true, Some(_)) => d.error(
                &l.file,
                "unused",
                format!("{} is used by a property: `unused` says why one is not", l.spec.name),
            ),
            _ => {}
        }
    }
}

/// The evidence of an inferred property in one line: the API field and file, and where AOS shows
/// the key.
fn inferred_summary(docs: &crate::load::PropertyDocs) -> Option<String> {
    let api = docs.api.as_ref().and_then(RawApi::summary)?;
    let aos = docs.aos.as_ref()?;
    let shown = match (&aos.quote, &aos.source) {
        (Some(q), Some(s)) => format!("`{q}` in {s}"),
        (None, Some(s)) => s.clone(),
        _ => return None,
    };
    Some(format!("the service API has {api}; AOS shows {shown}"))
}

fn evidence(f: &str, at: &str, p: &SpecProperty, text: bool, d: &mut Diagnostics) -> Required {
    if p.docs.evidence == Some(Evidence::Inferred) {
        let api = p.docs.api.as_ref();
        if api.is_none_or(|a| a.field.is_none() || a.source.is_none() || a.quote.is_none()) {
            d.error(
                f,
                format!("{at}.api"),
                "`evidence: inferred` needs the service API's field, file and a quote under `api: {field, source, quote}`",
            );
        }
        if p.docs
            .aos
            .as_ref()
            .is_none_or(|a| a.source.is_none() || a.quote.is_none())
        {
            d.error(
                f,
                format!("{at}.aos"),
                "`evidence: inferred` needs where AOS shows the key (a sibling element, a data structure or an official example) under `aos: {source, quote}`",
            );
        }
    } else if p.docs.aos.is_some() {
        d.error(
            f,
            format!("{at}.aos"),
            "`aos` records the second source of an inferred property (`evidence: inferred`)",
        );
    }
    if p.docs.evidence == Some(Evidence::Api)
        && p.docs
            .api
            .as_ref()
            .and_then(|a| a.source.as_ref())
            .is_none()
    {
        d.error(
            f,
            format!("{at}.evidence"),
            "`evidence: api` needs the API field and its source under `api: {field, source}`",
        );
    }
    match (p.info.required, &p.docs.searched) {
        (Required::Unknown, None) => d.error(
            f,
            format!("{at}.required"),
            "`required: unknown` needs a `searched:` line saying what was searched",
        ),
        (Required::Unknown, Some(_)) | (_, None) => {}
        (_, Some(_)) => d.error(
            f,
            format!("{at}.searched"),
            "`searched` is for `required: unknown`",
        ),
    }
    if p.docs.untyped_id.is_some() && !text {
        d.error(
            f,
            format!("{at}.untyped_id"),
            "`untyped_id` explains why an id-named property stays `string`",
        );
    }
    match (p.info.required, p.docs.evidence) {
        // Required by the API only: the builder asks for it or for `omit_<property>()`.
        (Required::Yes, Some(Evidence::Api | Evidence::Inferred)) => Required::Api,
        (Required::Unknown, Some(e)) => {
            let word = if e == Evidence::Api {
                "api"
            } else {
                "inferred"
            };
            d.error(
                f,
                format!("{at}.evidence"),
                format!("`evidence: {word}` gives `required` a value: true or false"),
            );
            Required::Unknown
        }
        (r, _) => r,
    }
}
