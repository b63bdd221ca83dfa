//! A JSON Schema (draft 2020-12) of AOS templates, generated from the specs, for YAML editors:
//! completion of sections, element types, property keys and allowed values, hover text from the
//! spec notes. Functions are accepted wherever a value is.

use serde_json::{Map, Value, json};

use rfs_check::spec::ValueType;
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
            s.insert("$ref".into(), json!(format!("#/$defs/{t}")));
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
    json!({ "anyOf": [Value::Object(s), { "$ref": "#/$defs/function" }] })
}

fn property_schema(model: &Model, p: &PropertyDef) -> Value {
    let mut s = if p.info.list {
        json!({ "anyOf": [{ "type": "array", "items": item_schema(model, p) }, { "$ref": "#/$defs/function" }] })
    } else {
        item_schema(model, p)
    };
    let obj = s.as_object_mut().expect("schemas are objects");
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
    json!({
        "type": "object",
        "description": t.summary,
        "properties": props,
        "required": required,
        "additionalProperties": t.completeness != Completeness::Complete,
    })
}

/// The whole schema.
pub fn schema(model: &Model) -> Value {
    let mut defs = Map::new();
    let functions: Vec<&str> = Func::ALL.iter().map(|f| f.name()).collect();
    defs.insert(
        "function".into(),
        json!({
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
                "then": { "properties": { "properties": { "$ref": format!("#/$defs/{}", def_name(t)) } } },
            })
        })
        .collect();
    defs.insert(
        "element".into(),
        json!({
            "type": "object",
            "required": ["type"],
            "properties": {
                "type": { "enum": element_types, "description": "The element type" },
                "properties": { "type": ["object", "null"] },
                "requirements": { "type": ["array", "null"], "items": { "type": "object", "minProperties": 1, "maxProperties": 1 } },
                "condition": { "type": "string" },
                "metadata": { "description": "Written by the console designer; not documented" },
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
            "type": ["object", "null"],
            "properties": {
                "type": { "enum": input_types },
                "default": {},
                "constraints": { "type": ["object", "array"] },
                "description": { "type": "string", "maxLength": INPUT_DESCRIPTION_MAX },
                "label": { "type": "string", "maxLength": INPUT_LABEL_MAX },
                "invisible": { "type": "boolean" },
            },
            "additionalProperties": false,
        }),
    );
    // Element, input, mapping and output names are not constrained: their documented rules are
    // relaxed to lint warnings (`rfs_check::rules::RELAXED`), and a schema can only fail.
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Huawei Cloud AOS template",
        "description": "Generated by rfs from its specs",
        "type": "object",
        "required": ["tosca_definitions_version", "node_templates"],
        "propertyNames": { "enum": SECTIONS },
        "properties": {
            "tosca_definitions_version": { "const": TOSCA_VERSION },
            "description": { "type": "string", "maxLength": TEMPLATE_DESCRIPTION_MAX },
            "inputs": { "type": ["object", "null"], "maxProperties": MAX_INPUTS, "additionalProperties": { "$ref": "#/$defs/input" } },
            "mappings": {
                "type": ["object", "null"],
                "maxProperties": MAX_MAPPINGS,
                "additionalProperties": { "type": "object", "additionalProperties": { "type": "object", "additionalProperties": { "type": ["string", "number"] } } },
            },
            "conditions": { "type": ["object", "null"], "additionalProperties": { "$ref": "#/$defs/function" } },
            "node_templates": {
                "type": "object",
                "additionalProperties": { "$ref": "#/$defs/element" },
            },
            "policies": {
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
                "type": ["object", "null"],
                "additionalProperties": {
                    "type": "object",
                    "required": ["value"],
                    "properties": { "value": {}, "description": { "type": "string", "maxLength": OUTPUT_DESCRIPTION_MAX } },
                    "additionalProperties": false,
                },
            },
        },
        "$defs": defs,
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
