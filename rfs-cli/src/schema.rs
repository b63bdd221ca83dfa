//! A JSON Schema of AOS templates, generated from the specs, for YAML editors: completion of
//! sections, element types, property keys and allowed values; hover text with a title (the key,
//! its type, whether it is required) and the spec's notes. Functions are accepted wherever a value
//! is.
//!
//! The schema is draft-07, the draft every editor and validator reads (yaml-language-server,
//! VS Code's JSON support, ajv), and which later drafts' validators read too: `definitions`,
//! `if`/`then`, `const` and `propertyNames`, nothing newer. Its `$id` names the rfs version it was
//! made by ([`ID`]); `rfs schema --id` sets another, such as the URL a team serves it from.

use serde_json::{Map, Value, json};

use rfs_check::spec::{Required, ValueType};
use rfs_codegen::Model;
use rfs_codegen::load::{Completeness, Fact, ResourceKind};
use rfs_codegen::model::{PropertyDef, TypeDef};

use rfs_check::language::{
    Func, INPUT_DESCRIPTION_MAX, INPUT_LABEL_MAX, INPUT_TYPES, MAX_INPUTS, MAX_MAPPINGS,
    OUTPUT_DESCRIPTION_MAX, POLICY_TYPES, SECTIONS, TEMPLATE_DESCRIPTION_MAX, TOSCA_VERSION,
};

fn spec_value(v: &Fact) -> Value {
    match v {
        Fact::Null => Value::Null,
        Fact::Bool(b) => json!(b),
        Fact::Int(i) => json!(i),
        Fact::Float(x) => json!(x),
        Fact::Str(s) => json!(s),
        Fact::List(items) => Value::Array(items.iter().map(spec_value).collect()),
        Fact::Map(m) => Value::Object(
            m.iter()
                .map(|(k, v)| (k.to_string(), spec_value(v)))
                .collect(),
        ),
    }
}

/// The `$id` of the schema this version of rfs writes.
pub const ID: &str = concat!("urn:rfs:aos-template:", env!("CARGO_PKG_VERSION"));

/// The draft the schema follows.
pub const DRAFT: &str = "http://json-schema.org/draft-07/schema#";

/// Whether `id` can be a schema's `$id`: an absolute URI (a scheme, `:`, and no spaces, control
/// characters or fragment), so that editors resolve the schema's own `#/definitions/...`
/// references against it.
pub fn check_id(id: &str) -> Result<(), String> {
    let escaped = rfs_check::text::escape(id);
    let Some((scheme, rest)) = id.split_once(':') else {
        return Err(format!("'{escaped}' is not an absolute URI (no scheme)"));
    };
    let scheme_ok = scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    if !scheme_ok || rest.is_empty() {
        return Err(format!("'{escaped}' is not an absolute URI"));
    }
    if id
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || matches!(c, '"' | '<' | '>' | '\\' | '#'))
    {
        return Err(format!(
            "'{escaped}' has a character a URI cannot hold as is (a space, quote, '#', ...)"
        ));
    }
    Ok(())
}

/// A reference to one of the schema's definitions.
fn def_ref(name: &str) -> Value {
    json!({ "$ref": format!("#/definitions/{name}") })
}

fn def_name(t: &TypeDef) -> String {
    match &t.template_type {
        Some(tt) => format!("element:{tt}"),
        None => format!("data:{}", t.name),
    }
}

/// The schema of one value (one item, for lists) of a property.
fn item_schema(model: &Model, p: &PropertyDef) -> Value {
    let mut s = Map::new();
    match p.ty() {
        ValueType::String => {
            s.insert("type".into(), json!("string"));
        }
        ValueType::Integer => {
            s.insert("type".into(), json!("integer"));
        }
        ValueType::Number => {
            s.insert("type".into(), json!("number"));
        }
        ValueType::Boolean => {
            s.insert("type".into(), json!("boolean"));
        }
        ValueType::Map => {
            s.insert("type".into(), json!("object"));
        }
        ValueType::Any => {}
        ValueType::Data(name) => {
            let t = model.datatype(name).map(def_name).unwrap_or_default();
            return json!({ "anyOf": [def_ref(&t), def_ref("function")] });
        }
        ValueType::Resource(r) => {
            let number = model
                .resource(r)
                .is_some_and(|r| r.kind == ResourceKind::Number);
            s.insert(
                "type".into(),
                if number {
                    json!(["string", "integer"])
                } else {
                    json!("string")
                },
            );
        }
    }
    if !p.info.allowed.is_empty() {
        s.insert(
            "enum".into(),
            Value::Array(p.info.allowed.iter().map(spec_value).collect()),
        );
    }
    if let Some(x) = p.info.min {
        s.insert("minimum".into(), spec_value(&Fact::number(x)));
    }
    if let Some(x) = p.info.max {
        s.insert("maximum".into(), spec_value(&Fact::number(x)));
    }
    if let Some(n) = p.info.min_length.filter(|_| !p.info.list) {
        s.insert("minLength".into(), json!(n));
    }
    if let Some(n) = p.info.max_length.filter(|_| !p.info.list) {
        s.insert("maxLength".into(), json!(n));
    }
    if let Some(re) = &p.info.pattern {
        s.insert("pattern".into(), json!(format!("^(?:{re})$")));
    }
    json!({ "anyOf": [Value::Object(s), def_ref("function")] })
}

/// A property's title, shown first on hover: `cidr: string, required`, `vpcId:
/// HuaweiCloud.VPC.VPC.Id, required by the service API`.
fn property_title(p: &PropertyDef) -> String {
    let mut title = format!("{}: ", p.key());
    if p.info.list {
        title.push_str(&format!("list of {}", p.info.type_name));
    } else {
        title.push_str(&p.info.type_name);
    }
    match (&p.info.required, &p.info.default) {
        (Required::Yes, None) => title.push_str(", required"),
        (Required::Api, None) => title.push_str(", required by the service API"),
        (Required::Unknown, None) => title.push_str(", required: not documented"),
        (_, Some(d)) => title.push_str(&format!(", default {}", d.render())),
        (Required::No, None) => {}
    }
    title
}

fn property_schema(model: &Model, p: &PropertyDef) -> Value {
    let mut s = if p.info.list {
        json!({ "anyOf": [{ "type": "array", "items": item_schema(model, p) }, def_ref("function")] })
    } else {
        item_schema(model, p)
    };
    let obj = s.as_object_mut().expect("schemas are objects");
    obj.insert("title".into(), json!(property_title(p)));
    if let Some(n) = &p.docs.notes {
        obj.insert("description".into(), json!(n));
    }
    if let Some(d) = &p.info.default {
        obj.insert("default".into(), spec_value(d));
    }
    s
}

/// The schema of the properties of an element or data structure.
fn properties_schema(model: &Model, t: &TypeDef) -> Value {
    let props: Map<String, Value> = t
        .properties
        .iter()
        .map(|p| (p.key().to_owned(), property_schema(model, p)))
        .collect();
    let required: Vec<&str> = t
        .properties
        .iter()
        .filter(|p| p.info.must_be_set())
        .map(PropertyDef::key)
        .collect();
    let title = match &t.template_type {
        Some(tt) => format!("{tt} properties"),
        None => format!("{} (data structure)", t.name),
    };
    json!({
        "title": title,
        "type": "object",
        "description": t.summary,
        "properties": props,
        "required": required,
        "additionalProperties": t.completeness != Completeness::Complete,
    })
}

/// The whole schema, with [`ID`] as its `$id`.
pub fn schema(model: &Model) -> Value {
    schema_with_id(model, ID)
}

/// The whole schema, with `id` as its `$id` (the URL it is served from, say).
pub fn schema_with_id(model: &Model, id: &str) -> Value {
    let mut defs = Map::new();
    let functions: Vec<&str> = Func::ALL.iter().map(|f| f.name()).collect();
    defs.insert(
        "function".into(),
        json!({
            "title": "AOS function",
            "description": "A built-in function: a single-key map such as {get_input: name}",
            "type": "object",
            "minProperties": 1,
            "maxProperties": 1,
            "propertyNames": { "enum": functions },
        }),
    );
    for t in &model.types {
        defs.insert(def_name(t), properties_schema(model, t));
    }
    let element_types: Vec<&str> = model
        .elements()
        .filter_map(|t| t.template_type.as_deref())
        .collect();
    let dispatch: Vec<Value> = model
        .elements()
        .map(|t| {
            json!({
                "if": { "properties": { "type": { "const": t.template_type } } },
                "then": { "properties": { "properties": def_ref(&def_name(t)) } },
            })
        })
        .collect();
    defs.insert(
        "element".into(),
        json!({
            "title": "Element",
            "description": "A resource to create: its type, properties, requirements and condition",
            "type": "object",
            "required": ["type"],
            "properties": {
                "type": { "title": "Element type", "enum": element_types, "description": "The element type" },
                "properties": { "title": "Properties", "type": ["object", "null"] },
                "requirements": { "title": "Requirements", "description": "Elements to create first: `- <property>: {node: <element>}`", "type": ["array", "null"], "items": { "type": "object", "minProperties": 1, "maxProperties": 1 } },
                "condition": { "title": "Condition", "description": "A condition under `conditions`: the element is created only when it holds", "type": "string" },
                "metadata": { "title": "Metadata", "description": "Written by the console designer; not documented" },
            },
            "additionalProperties": false,
            "allOf": dispatch,
        }),
    );
    let mut input_types: Vec<String> = INPUT_TYPES.iter().map(|s| (*s).to_owned()).collect();
    input_types.extend(
        model
            .resources
            .iter()
            .filter(|r| r.declared)
            .map(|r| r.name.clone()),
    );
    defs.insert(
        "input".into(),
        json!({
            "title": "Input",
            "description": "A value given when the stack is deployed, read with get_input",
            "type": ["object", "null"],
            "properties": {
                "type": { "title": "Input type", "enum": input_types },
                "default": { "title": "Default", "description": "The value when none is given" },
                "constraints": { "title": "Constraints", "description": "valid_values, allowed_pattern, length and range checks on the value", "type": ["object", "array"] },
                "description": { "title": "Description", "type": "string", "maxLength": INPUT_DESCRIPTION_MAX },
                "label": { "title": "Label", "description": "Groups inputs in the console", "type": "string", "maxLength": INPUT_LABEL_MAX },
                "invisible": { "title": "Invisible", "description": "Hide the value (passwords, keys)", "type": "boolean" },
            },
            "additionalProperties": false,
        }),
    );
    // Element, input, mapping and output names are not constrained: their documented rules are
    // relaxed to lint warnings (`rfs_check::rules::RELAXED`), and a schema can only fail.
    json!({
        "$schema": DRAFT,
        "$id": id,
        "title": "Huawei Cloud AOS template",
        "description": "Generated by rfs from its specs",
        "type": "object",
        "required": ["tosca_definitions_version", "node_templates"],
        "propertyNames": { "enum": SECTIONS },
        "properties": {
            "tosca_definitions_version": { "title": "Template version", "const": TOSCA_VERSION },
            "description": { "title": "Description", "type": "string", "maxLength": TEMPLATE_DESCRIPTION_MAX },
            "inputs": { "title": "Inputs", "description": "Values given when the stack is deployed", "type": ["object", "null"], "maxProperties": MAX_INPUTS, "additionalProperties": def_ref("input") },
            "mappings": {
                "title": "Mappings",
                "description": "Lookup tables read with get_in_map: map, key, second key, value",
                "type": ["object", "null"],
                "maxProperties": MAX_MAPPINGS,
                "additionalProperties": { "type": "object", "additionalProperties": { "type": "object", "additionalProperties": { "type": ["string", "number"] } } },
            },
            "conditions": { "title": "Conditions", "description": "Named conditions (cond_eq, cond_not, cond_and, cond_or) that elements and cond_if use", "type": ["object", "null"], "additionalProperties": def_ref("function") },
            "node_templates": {
                "title": "Elements",
                "description": "The resources the stack creates, by name",
                "type": "object",
                "additionalProperties": def_ref("element"),
            },
            "policies": {
                "title": "Policies",
                "type": ["object", "null"],
                "additionalProperties": {
                    "type": "object",
                    "required": ["type", "targets"],
                    "properties": {
                        "type": { "enum": POLICY_TYPES },
                        "properties": { "type": "object" },
                        "targets": { "type": "array", "minItems": 1, "items": { "type": "string" } },
                    },
                    "additionalProperties": false,
                },
            },
            "outputs": {
                "title": "Outputs",
                "description": "Values the stack shows once deployed",
                "type": ["object", "null"],
                "additionalProperties": {
                    "type": "object",
                    "required": ["value"],
                    "properties": { "value": {}, "description": { "type": "string", "maxLength": OUTPUT_DESCRIPTION_MAX } },
                    "additionalProperties": false,
                },
            },
        },
        "definitions": defs,
    })
}

/// The template tree as JSON, for validating a template against the schema.
pub fn to_json(node: &rfs_check::tree::Node) -> Value {
    use rfs_check::tree::Yaml;
    match &node.value {
        Yaml::Null => Value::Null,
        Yaml::Bool(b) => json!(b),
        Yaml::Int(i) => json!(i),
        Yaml::Float(x) => json!(x),
        Yaml::Str(s) => json!(s),
        Yaml::List(items) => Value::Array(items.iter().map(to_json).collect()),
        Yaml::Map(entries) => Value::Object(
            entries
                .iter()
                .map(|(k, v)| (k.as_str().to_owned(), to_json(v)))
                .collect(),
        ),
    }
}
