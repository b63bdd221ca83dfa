//! The checked model the generator walks: every name resolved, every Rust name chosen.

use crate::load::{Evidence, Kind, PropertyDocs, RawRequirement};
use rfs_facts::spec::PropertyInfo;
use rfs_facts::spec::{Completeness, Required, ResourceKind, ValueType};

/// All specs, checked and resolved.
#[derive(Clone, Debug)]
pub struct Model {
    /// Elements and data structures, sorted by kind then name.
    pub types: Vec<TypeDef>,
    /// Resource types (`HuaweiCloud.VPC.VPC.Id`): the declared ones and one id per element.
    pub resources: Vec<ResourceDef>,
}

impl Model {
    /// Elements only.
    pub fn elements(&self) -> impl Iterator<Item = &TypeDef> {
        self.types.iter().filter(|t| t.kind == Kind::Element)
    }

    /// Data structures only.
    pub fn datatypes(&self) -> impl Iterator<Item = &TypeDef> {
        self.types.iter().filter(|t| t.kind == Kind::Datatype)
    }

    /// A data structure by spec name.
    pub fn datatype(&self, name: &str) -> Option<&TypeDef> {
        self.datatypes().find(|t| t.name == name)
    }

    /// An element by template type (`HuaweiCloud.VPC.VPC`).
    pub fn element_by_type(&self, template_type: &str) -> Option<&TypeDef> {
        // Elements come first in `types`, sorted by name; an element's template type is
        // `HuaweiCloud.<name>`.
        let name = template_type.strip_prefix("HuaweiCloud.")?;
        let at = self
            .types
            .binary_search_by(|t| (t.kind, t.name.as_str()).cmp(&(Kind::Element, name)))
            .ok()?;
        Some(&self.types[at]).filter(|t| t.template_type.as_deref() == Some(template_type))
    }

    /// A resource type by full name.
    pub fn resource(&self, name: &str) -> Option<&ResourceDef> {
        self.resources.iter().find(|r| r.name == name)
    }

    /// How precise the specs are: what is still unknown, and what the service APIs added.
    pub fn precision(&self) -> Precision {
        let mut p = Precision::default();
        for t in &self.types {
            if t.completeness != Completeness::Complete {
                p.partial.push(t.name.clone());
            }
            for prop in &t.properties {
                let at = format!("{}.{}", t.name, prop.key());
                match prop.info.required {
                    Required::Unknown => p.unknown_required.push(at.clone()),
                    Required::Api => p.api_required.push(at.clone()),
                    _ => {}
                }
                if prop.required_from_api() {
                    p.api_flags += 1;
                }
                if let Some(why) = &prop.info.inferred {
                    p.inferred.push((at.clone(), why.to_string()));
                }
                if !prop.info.inferred_values.is_empty() {
                    let values = prop.info.inferred_values.iter().map(|v| v.text()).collect();
                    p.inferred_values.push((at.clone(), values));
                }
                if prop.names_an_id() && prop.info.type_name == "string" {
                    p.string_ids.push((at, prop.docs.untyped_id.clone()));
                }
            }
        }
        p
    }

    /// The Rust type that holds one value (one item, for lists) of the spec type `ty`: the one
    /// answer the generator and `rfs import` share. A data structure or resource type the specs
    /// do not describe is [`RustType::Any`].
    pub fn value_type(&self, ty: ValueType<'_>) -> RustType<'_> {
        match ty {
            ValueType::String => RustType::String,
            ValueType::Integer => RustType::Integer,
            ValueType::Number => RustType::Number,
            ValueType::Boolean => RustType::Boolean,
            ValueType::Map => RustType::Map,
            ValueType::Any => RustType::Any,
            ValueType::Data(name) => self.datatype(name).map_or(RustType::Any, RustType::Data),
            ValueType::Resource(name) => self
                .resource(name)
                .map_or(RustType::Any, RustType::Resource),
        }
    }

    /// The Rust type of a property of `owner`: its enumeration, or its value type; a `Vec` of
    /// it for lists.
    pub fn property_type<'m>(&'m self, owner: &'m TypeDef, p: &'m PropertyDef) -> RustType<'m> {
        let item = match &p.enumeration {
            Some((name, _)) => RustType::Enum {
                module: &owner.module,
                name,
                property: p,
            },
            None => self.value_type(p.ty()),
        };
        if p.info.list {
            RustType::List(Box::new(item))
        } else {
            item
        }
    }

    /// Services that have elements, sorted: each is a cargo feature of `rfs-types`.
    pub fn element_modules(&self) -> Vec<String> {
        let mut v: Vec<String> = self.elements().map(|t| t.module.clone()).collect();
        v.sort();
        v.dedup();
        v
    }
}

/// The Rust type of a value: the marker `T` of `Val<T>` that a property of a spec type takes
/// (see [`Model::property_type`]).
#[derive(Clone, Debug)]
pub enum RustType<'m> {
    /// `String`.
    String,
    /// `i64`.
    Integer,
    /// `f64`.
    Number,
    /// `bool`.
    Boolean,
    /// `core::Map`: any serde map.
    Map,
    /// `core::Any`: any serde value.
    Any,
    /// A generated enumeration `<module>::<name>` of a property's allowed values.
    Enum {
        /// Its module.
        module: &'m str,
        /// Its name.
        name: &'m str,
        /// The property whose values it lists.
        property: &'m PropertyDef,
    },
    /// A generated data structure.
    Data(&'m TypeDef),
    /// A generated resource type (an id, a name, a number).
    Resource(&'m ResourceDef),
    /// `Vec<T>`.
    List(Box<RustType<'m>>),
    /// `core::Untyped`: an input declared without a type (no property has it).
    Untyped,
}

impl RustType<'_> {
    /// Where the type lives, for generated ones: (module, name).
    pub fn generated(&self) -> Option<(&str, &str)> {
        match self {
            RustType::Enum { module, name, .. } => Some((module, name)),
            RustType::Data(d) => Some((&d.module, &d.rust_name)),
            RustType::Resource(r) => Some((&r.module, &r.rust_name)),
            _ => None,
        }
    }

    /// Whether a value of it is any serde value rather than a typed one: maps, `any`, untyped
    /// inputs, and lists of maps or `any`.
    pub fn serialized(&self) -> bool {
        match self {
            RustType::Map | RustType::Any | RustType::Untyped => true,
            RustType::List(item) => matches!(**item, RustType::Map | RustType::Any),
            _ => false,
        }
    }
}

impl PartialEq for RustType<'_> {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (RustType::List(a), RustType::List(b)) => a == b,
            (a, b) => match (a.generated(), b.generated()) {
                (Some(x), Some(y)) => x == y,
                (None, None) => std::mem::discriminant(a) == std::mem::discriminant(b),
                _ => false,
            },
        }
    }
}

/// What the specs do not know yet, and what the service APIs told them (`rfs specs` prints it).
#[derive(Clone, Debug, Default)]
pub struct Precision {
    /// Properties whose required flag nobody could confirm (`Spec.key`).
    pub unknown_required: Vec<String>,
    /// Properties the service API requires where the element page is silent.
    pub api_required: Vec<String>,
    /// Required flags taken from the service API (true or false).
    pub api_flags: usize,
    /// Id-named properties typed `string`, with the spec's reason where it gives one.
    pub string_ids: Vec<(String, Option<String>)>,
    /// Specs that are partial or not found.
    pub partial: Vec<String>,
    /// Properties inferred from the service API and AOS's naming elsewhere (`Spec.key`, the
    /// evidence).
    pub inferred: Vec<(String, String)>,
    /// Allowed values added from the service API (`Spec.key`, the values).
    pub inferred_values: Vec<(String, Vec<String>)>,
}

/// An element or data structure.
#[derive(Clone, Debug)]
pub struct TypeDef {
    /// Spec name (`VPC.VPC`).
    pub name: String,
    /// Element or data structure.
    pub kind: Kind,
    /// Template type string (elements only).
    pub template_type: Option<String>,
    /// One-sentence summary.
    pub summary: String,
    /// How much of the reference page was seen.
    pub completeness: Completeness,
    /// Where the facts came from.
    pub source: Option<String>,
    /// Whether an official example was seen.
    pub example_seen: bool,
    /// Properties in spec order.
    pub properties: Vec<PropertyDef>,
    /// Attributes in spec order.
    pub attributes: Vec<AttributeDef>,
    /// Relationships as written.
    pub requirements: Vec<RawRequirement>,
    /// What the reference could not see.
    pub gaps: Option<String>,
    /// Mistakes in the official pages.
    pub doc_oddities: Option<String>,
    /// The spec file (`specs/elements/VPC.VPC.yaml`).
    pub file: String,
    /// Module (and cargo feature) name: `vpc`.
    pub module: String,
    /// Rust type name inside the module: `Vpc`.
    pub rust_name: String,
    /// Other service modules that re-export this data structure and its enumerations, because
    /// their elements use it too (`VPC.BandWidth` in `ecs` and `dbss`).
    pub reexported_in: Vec<String>,
}

impl TypeDef {
    /// Properties a builder must be given before `build()`: the required ones without a
    /// documented default (the platform fills those).
    pub fn required(&self) -> impl Iterator<Item = &PropertyDef> {
        self.properties.iter().filter(|p| p.builder_requires())
    }
}

/// One property: its facts and docs as the spec writes them, and the Rust names chosen for it.
#[derive(Clone, Debug)]
pub struct PropertyDef {
    /// What templates are checked against; the generated catalog carries it unchanged.
    pub info: PropertyInfo,
    /// What the docs say about it.
    pub docs: PropertyDocs,
    /// Builder method name.
    pub method: String,
    /// Enum type name and variant names, when `info.allowed` is not empty.
    pub enumeration: Option<(String, Vec<String>)>,
    /// The trait `build()` asks of this property's state, when it must be set
    /// (`SubnetNeedsCidr`); resolved with every other generated name.
    pub needs: Option<String>,
    /// The builder method that leaves it to the platform, when only the service API requires it
    /// (`omit_cidr`).
    pub omit: Option<String>,
    /// The trait its setter takes, when it is an enumeration (`IntoListenerProtocol`).
    pub into_trait: Option<String>,
}

impl TypeDef {
    /// The names a data structure's re-export brings into other modules: the type and its
    /// enumerations.
    pub fn reexports(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.rust_name.as_str()).chain(
            self.properties
                .iter()
                .filter_map(|p| p.enumeration.as_ref().map(|(e, _)| e.as_str())),
        )
    }
}

impl PropertyDef {
    /// Exact template key.
    pub fn key(&self) -> &str {
        &self.info.key
    }

    /// The value type (of each item when `list`).
    pub fn ty(&self) -> ValueType<'_> {
        self.info.value_type()
    }

    /// Whether `build()` asks for it: it must be set, or only the service API requires it
    /// (then `omit_*` is the explicit way out).
    pub fn builder_requires(&self) -> bool {
        self.info.must_be_set() || self.info.api_requires()
    }

    /// Whether its key names an id (`vpcId`, `hostIds`, `apigroup_id`, `id`).
    pub fn names_an_id(&self) -> bool {
        let k = self.info.key.to_ascii_lowercase();
        k.ends_with("id") || k.ends_with("ids")
    }

    /// Whether its required flag comes from the service API (`evidence: api`), not the page.
    pub fn required_from_api(&self) -> bool {
        self.docs.evidence == Some(Evidence::Api)
    }
}

/// One attribute readable with `get_attribute`.
#[derive(Clone, Debug)]
pub struct AttributeDef {
    /// Exact name; `*` for any name (nested stack outputs).
    pub name: String,
    /// Accessor method name.
    pub method: String,
    /// Resource type of the value, where stated.
    pub ty: Option<String>,
    /// What it holds.
    pub notes: Option<String>,
    /// How the facts were found (rendered under "Spec notes").
    pub research: Option<String>,
    /// Inferred, not on the element's page: the evidence.
    pub inferred: Option<String>,
}

/// A resource type (`HuaweiCloud.VPC.VPC.Id`).
#[derive(Clone, Debug)]
pub struct ResourceDef {
    /// Full name.
    pub name: String,
    /// Id or name.
    pub kind: ResourceKind,
    /// What it identifies.
    pub summary: String,
    /// Element (spec name) whose reference fills it.
    pub element: Option<String>,
    /// Other resource types that fill it.
    pub accepts: Vec<String>,
    /// Remarks.
    pub notes: Option<String>,
    /// Module it lives in.
    pub module: String,
    /// Rust type name.
    pub rust_name: String,
    /// Declared in `resource-types.yaml` (otherwise implied by an element).
    pub declared: bool,
    /// How inputs of it are declared in templates (`string`, or its own name).
    pub input_type: String,
}
