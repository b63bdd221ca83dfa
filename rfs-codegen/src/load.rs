//! Reading spec files: YAML text to raw spec structures, with located errors.
//!
//! Nothing here judges the content; `resolve` does that. This module only turns text into
//! [`RawSpec`]s, reporting malformed YAML, unknown keys and wrong value shapes with file, line and
//! column.

use std::path::{Path, PathBuf};

use crate::from_node::OrderedMap;

use crate::diag::{Diagnostic, Diagnostics};
use crate::from_node::{self, At, FromNode, Node, Value};

/// Whether a spec describes a template element or a data structure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// A `node_templates` element (`HuaweiCloud.VPC.VPC`).
    Element,
    /// A data structure used as a property value (`ECS.NICS`).
    Datatype,
}

pub use rfs_facts::spec::{Completeness, Required, ResourceKind};

/// Reading for the spec structures, written out instead of derived: it keeps serde, syn and
/// derive macros off the build path of every crate that uses rfs-types. Each struct reads a map
/// of known keys (an unknown key is an error at that key; the parser rejects repeated ones);
/// `req` fields must be present, `def` fields default, `opt` fields stay `Option` (`null` is
/// absent). A field read through a wrapper type (`CompletenessWord`) converts with `From`.
macro_rules! from_node_struct {
    ($ty:ident { $($key:literal => $field:ident : $mode:ident $read:ty),* $(,)? }) => {
        impl FromNode for $ty {
            fn from_node(node: &Node) -> Result<Self, from_node::Error> {
                const FIELDS: &[&str] = &[$($key),*];
                $(let mut $field: Option<$read> = None;)*
                for (k, v) in from_node::entries(node)? {
                    match k.as_str() {
                        $($key => $field = from_node_struct!(@read $mode v $read),)*
                        other => return Err(k.error(format!(
                            "unknown field `{other}`, expected one of {}",
                            FIELDS.iter().map(|f| format!("`{f}`")).collect::<Vec<_>>().join(", ")
                        ))),
                    }
                }
                Ok($ty {
                    $($field: from_node_struct!(@finish $mode $field $key node),)*
                })
            }
        }
    };
    (@read opt $v:ident $read:ty) => {
        <Option<$read>>::from_node($v)?
    };
    (@read $mode:ident $v:ident $read:ty) => {
        Some(<$read>::from_node($v)?)
    };
    (@finish req $field:ident $key:literal $node:ident) => {
        $field
            .ok_or_else(|| $node.error(format!("missing field `{}`", $key)))?
            .into()
    };
    (@finish opt $field:ident $key:literal $node:ident) => {
        $field.map(Into::into)
    };
    (@finish def $field:ident $key:literal $node:ident) => {
        $field.map(Into::into).unwrap_or_default()
    };
}

/// One of the words a spec field takes (`complete`, `id`, `element`, ...), read as text and
/// checked, so a misspelling names the accepted words.
macro_rules! word {
    ($wrapper:ident => $ty:ty, $expected:literal, $parse:expr) => {
        struct $wrapper($ty);
        impl From<$wrapper> for $ty {
            fn from(w: $wrapper) -> $ty {
                w.0
            }
        }
        impl FromNode for $wrapper {
            fn from_node(node: &Node) -> Result<Self, from_node::Error> {
                let text = String::from_node(node)?;
                let parse: fn(&str) -> Option<$ty> = $parse;
                parse(&text).map($wrapper).ok_or_else(|| {
                    node.error(format!("unknown value `{text}`, expected {}", $expected))
                })
            }
        }
    };
}

word!(CompletenessWord => Completeness, "complete, partial or not_found", Completeness::parse);
word!(ResourceKindWord => ResourceKind, "id, name or number", ResourceKind::parse);
word!(KindWord => Kind, "element or datatype", |t| match t {
    "element" => Some(Kind::Element),
    "datatype" => Some(Kind::Datatype),
    _ => None,
});
word!(EvidenceWord => Evidence, "api or inferred", |t| match t {
    "api" => Some(Evidence::Api),
    "inferred" => Some(Evidence::Inferred),
    _ => None,
});

/// `required:` is `true`, `false` or `unknown` (the page's mandatory column was not visible).
struct RequiredFlag(Required);

impl From<RequiredFlag> for Required {
    fn from(r: RequiredFlag) -> Required {
        r.0
    }
}

impl FromNode for RequiredFlag {
    fn from_node(node: &Node) -> Result<Self, from_node::Error> {
        match &node.value {
            Value::Bool(true) => Ok(RequiredFlag(Required::Yes)),
            Value::Bool(false) => Ok(RequiredFlag(Required::No)),
            Value::Str(s) if s == "unknown" => Ok(RequiredFlag(Required::Unknown)),
            _ => Err(node.error("expected true, false or unknown")),
        }
    }
}

pub use rfs_facts::spec::{Fact, PropertyInfo, Text};

impl FromNode for Fact {
    fn from_node(node: &Node) -> Result<Self, from_node::Error> {
        Ok(match &node.value {
            Value::Null => Fact::Null,
            Value::Bool(b) => Fact::Bool(*b),
            Value::Int(i) => Fact::Int(*i),
            Value::Float(x) => Fact::Float(*x),
            Value::Str(s) => Fact::Str(s.clone().into()),
            Value::List(items) => Fact::List(
                items
                    .iter()
                    .map(Fact::from_node)
                    .collect::<Result<Vec<_>, _>>()?
                    .into(),
            ),
            Value::Map(entries) => Fact::Map(
                entries
                    .iter()
                    .map(|(k, v)| Ok((Text::from(k.name.clone()), Fact::from_node(v)?)))
                    .collect::<Result<Vec<_>, from_node::Error>>()?
                    .into(),
            ),
        })
    }
}

/// One spec file as written (`specs/elements/*.yaml`, `specs/datatypes/*.yaml`).
#[derive(Clone, Debug)]
pub struct RawSpec {
    /// Name as in the reference (`VPC.VPC`, `ECS.NICS`); must match the file name.
    pub name: String,
    /// Element or data structure; must match the folder.
    pub kind: Kind,
    /// Template type string; elements only (`HuaweiCloud.VPC.VPC`).
    pub type_name: Option<String>,
    /// One-sentence summary in our own words.
    pub summary: String,
    /// How much of the reference page was seen.
    pub completeness: Completeness,
    /// Where the facts came from.
    pub source: Option<String>,
    /// Whether an official example was seen.
    pub example_seen: bool,
    /// Properties by exact template key, in the page's order.
    pub properties: OrderedMap<SpecProperty>,
    /// Attributes readable with `get_attribute`, by exact name (`*`: any name).
    pub attributes: OrderedMap<RawAttribute>,
    /// Relationships to other elements.
    pub requirements: Vec<RawRequirement>,
    /// What the reference could not see.
    pub gaps: Option<String>,
    /// Mistakes and contradictions in the official pages.
    pub doc_oddities: Option<String>,
    /// Data structures only: why no element property uses it (the loader requires a reason for
    /// every unused data structure, and none for a used one).
    pub unused: Option<String>,
}

/// One property of a spec as written: its facts, which the generated catalog carries unchanged
/// to the rule engine, and the prose the generator writes about them.
#[derive(Clone, Debug)]
pub struct SpecProperty {
    /// What templates are checked against. `key` is the property's key in the spec's
    /// `properties` map; `required` is `Yes` where the spec writes `true` (the checker makes it
    /// [`Required::Api`] when `evidence: api`).
    pub info: PropertyInfo,
    /// What the docs and `rfs specs` say about it.
    pub docs: PropertyDocs,
}

/// What the specs say about a property beyond the facts templates are checked against: for
/// rustdoc and `rfs specs`, never for the rule engine.
#[derive(Clone, Debug, Default)]
pub struct PropertyDocs {
    /// The type as the page printed it, where it differs from `type`.
    pub page_type: Option<String>,
    /// The page printed no type; `type` was inferred from an example.
    pub type_inferred: bool,
    /// A constraint the page states in words (`UUID`, `IP address`).
    pub format: Option<String>,
    /// What the property is for, in words for users.
    pub notes: Option<String>,
    /// How the facts were found (which page, mirror or example showed them): kept apart from
    /// `notes`, rendered under "Spec notes".
    pub research: Option<String>,
    /// Where this spec deliberately departs from the page, and why.
    pub correction: Option<String>,
    /// Where `required` comes from when not from the element page: `api` (the service's API
    /// definition, named under `api`). With `required: true` the builder requires it and the
    /// engine warns when a template leaves it out.
    pub evidence: Option<Evidence>,
    /// The service API field this property maps to, and where that is defined.
    pub api: Option<RawApi>,
    /// Where a `type` beyond the page's comes from: `requirements: ...`, `api: ...` or
    /// `page: ...` (the page's own words), with a short reason.
    pub type_evidence: Option<String>,
    /// With `required: unknown`: what was searched without finding the flag.
    pub searched: Option<String>,
    /// An id-named property that stays text, and why (`a billing product code, ...`).
    pub untyped_id: Option<String>,
    /// With `evidence: inferred`: where AOS shows the key's name and shape.
    pub aos: Option<RawAos>,
    /// Allowed values added from the service API, and where the API lists them.
    pub allowed_inferred: Option<RawInferredValues>,
}

impl SpecProperty {
    /// The keys a spec property may have.
    const FIELDS: &[&str] = &[
        "type",
        "list",
        "required",
        "required_when",
        "page_type",
        "type_inferred",
        "allowed",
        "default",
        "min",
        "max",
        "min_length",
        "max_length",
        "pattern",
        "format",
        "secret",
        "notes",
        "research",
        "correction",
        "evidence",
        "api",
        "type_evidence",
        "searched",
        "untyped_id",
        "aos",
        "allowed_inferred",
    ];

    /// Reads property `key` from its node: every key of [`SpecProperty::FIELDS`] goes to one
    /// field of the facts or the docs.
    fn read(key: &str, node: &Node) -> Result<Self, from_node::Error> {
        let mut info = PropertyInfo {
            key: key.to_owned().into(),
            ..PropertyInfo::DEFAULT
        };
        let mut docs = PropertyDocs::default();
        let (mut ty, mut required) = (None, None);
        for (k, v) in from_node::entries(node)? {
            let text = || Option::<String>::from_node(v);
            match k.as_str() {
                "type" => ty = Some(String::from_node(v)?),
                "list" => info.list = bool::from_node(v)?,
                "required" => required = Some(RequiredFlag::from_node(v)?.0),
                "required_when" => {
                    let when = Option::<OrderedMap<Vec<Fact>>>::from_node(v)?.unwrap_or_default();
                    info.required_when = when
                        .iter()
                        .map(|(k, vs)| (Text::from(k.clone()), vs.clone().into()))
                        .collect::<Vec<_>>()
                        .into();
                }
                "page_type" => docs.page_type = text()?,
                "type_inferred" => docs.type_inferred = bool::from_node(v)?,
                "allowed" => {
                    info.allowed = Option::<Vec<Fact>>::from_node(v)?
                        .unwrap_or_default()
                        .into()
                }
                "default" => info.default = Option::<Fact>::from_node(v)?,
                "min" => info.min = Option::<Number>::from_node(v)?.map(|n| n.0),
                "max" => info.max = Option::<Number>::from_node(v)?.map(|n| n.0),
                "min_length" => info.min_length = Option::<u64>::from_node(v)?,
                "max_length" => info.max_length = Option::<u64>::from_node(v)?,
                "pattern" => info.pattern = text()?.map(Text::from),
                "format" => docs.format = text()?,
                "secret" => info.secret = bool::from_node(v)?,
                "notes" => docs.notes = text()?,
                "research" => docs.research = text()?,
                "correction" => docs.correction = text()?,
                "evidence" => docs.evidence = Option::<EvidenceWord>::from_node(v)?.map(|e| e.0),
                "api" => docs.api = Option::<RawApi>::from_node(v)?,
                "type_evidence" => docs.type_evidence = text()?,
                "searched" => docs.searched = text()?,
                "untyped_id" => docs.untyped_id = text()?,
                "aos" => docs.aos = Option::<RawAos>::from_node(v)?,
                "allowed_inferred" => {
                    docs.allowed_inferred = Option::<RawInferredValues>::from_node(v)?;
                    info.inferred_values = docs
                        .allowed_inferred
                        .as_ref()
                        .map(|a| a.values.clone())
                        .unwrap_or_default()
                        .into();
                }
                other => {
                    return Err(k.error(format!(
                        "unknown field `{other}`, expected one of {}",
                        Self::FIELDS
                            .iter()
                            .map(|f| format!("`{f}`"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    )));
                }
            }
        }
        info.type_name = ty.ok_or_else(|| node.error("missing field `type`"))?.into();
        info.required = required.ok_or_else(|| node.error("missing field `required`"))?;
        Ok(SpecProperty { info, docs })
    }
}

/// A spec's `properties`: each read with its key.
struct Properties(OrderedMap<SpecProperty>);

impl From<Properties> for OrderedMap<SpecProperty> {
    fn from(p: Properties) -> Self {
        p.0
    }
}

impl FromNode for Properties {
    fn from_node(node: &Node) -> Result<Self, from_node::Error> {
        from_node::entries(node)?
            .iter()
            .map(|(k, v)| Ok((k.as_str().to_owned(), SpecProperty::read(&k.name, v)?)))
            .collect::<Result<_, _>>()
            .map(Properties)
    }
}

/// A bound (`min`, `max`): a number.
struct Number(f64);

impl FromNode for Number {
    fn from_node(node: &Node) -> Result<Self, from_node::Error> {
        match node.value {
            Value::Int(i) => Ok(Number(i as f64)),
            Value::Float(x) => Ok(Number(x)),
            _ => Err(node.error(format!("expected a number, found {}", node.kind()))),
        }
    }
}

/// Evidence levels beyond the element page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Evidence {
    /// The service's own API definition (an official SDK model or API reference).
    Api,
    /// A property the element page does not show, added because two independent sources agree:
    /// the service API has the field (`api:`) and AOS names it so elsewhere (`aos:`).
    Inferred,
}

/// Where AOS itself shows a key's name and shape outside the element's page: a sibling
/// element, a data structure, an official example or tutorial.
#[derive(Clone, Debug)]
pub struct RawAos {
    /// The page, file or example.
    pub source: Option<String>,
    /// What it shows, quoted (`securityGroups: ECS.SecurityGroup Array`).
    pub quote: Option<String>,
}

from_node_struct!(RawAos {
    "source" => source: opt String,
    "quote" => quote: opt String,
});

/// Allowed values added from the service API beyond the documented list.
#[derive(Clone, Debug)]
pub struct RawInferredValues {
    /// The values (each also in `allowed`).
    pub values: Vec<Fact>,
    /// Where the API lists them.
    pub api: Option<RawApi>,
}

from_node_struct!(RawInferredValues {
    "values" => values: def Vec<Fact>,
    "api" => api: opt RawApi,
});

/// The service API field a property maps to.
#[derive(Clone, Debug)]
pub struct RawApi {
    /// The API field (`gateway_ip`), or none where no field matches.
    pub field: Option<String>,
    /// How the property maps to it (`renamed (gateway -> gateway_ip)`).
    pub mapping: Option<String>,
    /// The file or page that defines it.
    pub source: Option<String>,
    /// The definition, quoted (`GatewayIp string \`json:"gateway_ip"\``).
    pub quote: Option<String>,
    /// Remarks.
    pub note: Option<String>,
    /// Where the spec's flag departs from the API's, why.
    pub decision: Option<String>,
}

impl RawApi {
    /// The API field and where it is defined, in one line (`gateway_ip in
    /// huaweicloud-sdk-go-v3@1cd70eb6 services/vpc/v2/model/model_create_subnet_option.go`);
    /// none without a source.
    pub fn summary(&self) -> Option<String> {
        let source = self.source.as_deref()?;
        Some(match &self.field {
            Some(field) => format!("{field} in {source}"),
            None => format!("no matching field in {source}"),
        })
    }
}

/// One attribute readable with `get_attribute`.
#[derive(Clone, Debug, Default)]
pub struct RawAttribute {
    /// Value type where the reference states it (a resource type); text otherwise.
    pub type_name: Option<String>,
    /// What it holds.
    pub notes: Option<String>,
    /// How the facts were found, as for properties.
    pub research: Option<String>,
    /// An attribute the element page does not show, inferred from two sources that agree (as
    /// for properties): the evidence.
    pub inferred: Option<String>,
}

/// One relationship from an element to another.
#[derive(Clone, Debug)]
pub struct RawRequirement {
    /// The property holding the dependency, where the page names it.
    pub property: Option<String>,
    /// `DependsOn`, `ContainedIn`, `Connected`, `Contains` or `Associated`.
    pub relationship: Option<String>,
    /// Target element type (`HuaweiCloud.VPC.VPC`), where known.
    pub node_type: Option<String>,
    /// Remarks.
    pub notes: Option<String>,
}

/// One entry of `specs/resource-types.yaml`.
#[derive(Clone, Debug)]
pub struct RawResourceType {
    /// Id or name.
    pub kind: ResourceKind,
    /// What it identifies.
    pub summary: String,
    /// The element whose reference (`get_reference`, `refID`) fills it.
    pub element: Option<String>,
    /// Other resource types whose values also fill it.
    pub accepts: Vec<String>,
    /// How inputs of this type are declared in templates: `string` for types rfs names but AOS
    /// does not document as input types; the type's own name otherwise.
    pub input_type: Option<String>,
    /// Remarks and sources.
    pub notes: Option<String>,
}

from_node_struct!(RawSpec {
    "name" => name: req String,
    "kind" => kind: req KindWord,
    "type" => type_name: opt String,
    "summary" => summary: req String,
    "completeness" => completeness: req CompletenessWord,
    "source" => source: opt String,
    "example_seen" => example_seen: def bool,
    "properties" => properties: def Properties,
    "attributes" => attributes: def OrderedMap<RawAttribute>,
    "requirements" => requirements: def Vec<RawRequirement>,
    "gaps" => gaps: opt String,
    "doc_oddities" => doc_oddities: opt String,
    "unused" => unused: opt String,
});

from_node_struct!(RawApi {
    "field" => field: opt String,
    "mapping" => mapping: opt String,
    "source" => source: opt String,
    "quote" => quote: opt String,
    "note" => note: opt String,
    "decision" => decision: opt String,
});

from_node_struct!(RawAttribute {
    "type" => type_name: opt String,
    "notes" => notes: opt String,
    "research" => research: opt String,
    "inferred" => inferred: opt String,
});

from_node_struct!(RawRequirement {
    "property" => property: opt String,
    "relationship" => relationship: opt String,
    "node_type" => node_type: opt String,
    "notes" => notes: opt String,
});

from_node_struct!(RawResourceType {
    "kind" => kind: req ResourceKindWord,
    "summary" => summary: req String,
    "element" => element: opt String,
    "accepts" => accepts: def Vec<String>,
    "input_type" => input_type: opt String,
    "notes" => notes: opt String,
});

/// A spec file read from disk, with its display name.
#[derive(Clone, Debug)]
pub struct Loaded<T> {
    /// As shown in messages: `specs/elements/VPC.VPC.yaml`.
    pub file: String,
    /// File stem: the spec name the file claims (`VPC.VPC`).
    pub stem: String,
    /// The parsed content.
    pub spec: T,
}

/// Everything read from a specs folder, before checking.
#[derive(Clone, Debug, Default)]
pub struct RawSpecs {
    /// `elements/*.yaml`, sorted by file name.
    pub elements: Vec<Loaded<RawSpec>>,
    /// `datatypes/*.yaml`, sorted by file name.
    pub datatypes: Vec<Loaded<RawSpec>>,
    /// `resource-types.yaml`, in file order.
    pub resource_types: Option<Loaded<OrderedMap<RawResourceType>>>,
    /// Every file read, for `rerun-if-changed`.
    pub files: Vec<PathBuf>,
}

/// Largest spec file accepted, in bytes.
pub use rfs_facts::read::MAX_SPEC_BYTES;

/// Parses one spec text. `file` is the name used in messages.
pub fn parse<T: FromNode>(file: &str, text: &str) -> Result<T, Diagnostic> {
    from_node::parse(text)
        .and_then(|node| T::from_node(&node))
        .map_err(|e| Diagnostic {
            file: file.to_owned(),
            position: (e.line > 0).then_some((e.line as u64, e.column as u64)),
            path: String::new(),
            message: e.message,
        })
}

/// Reads every spec under `root` (`elements/`, `datatypes/`, `resource-types.yaml`). `display`
/// is how `root` is named in messages (usually `specs`). Files that cannot be read or parsed are
/// reported and skipped, so one broken file does not hide problems in the others.
pub fn read_dir(root: &Path, display: &str) -> (RawSpecs, Diagnostics) {
    let mut out = RawSpecs::default();
    let mut diags = Diagnostics::default();
    for (sub, target) in [
        ("elements", &mut out.elements),
        ("datatypes", &mut out.datatypes),
    ] {
        let dir = root.join(sub);
        let entries = match std::fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(e) => {
                diags.error(
                    &format!("{display}/{sub}"),
                    "",
                    format!("cannot read folder: {e}"),
                );
                continue;
            }
        };
        out.files.push(dir.clone());
        let mut paths: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
            .collect();
        paths.sort();
        for path in paths {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let file = format!("{display}/{sub}/{name}");
            out.files.push(path.clone());
            match read_one(&path, &file) {
                Ok(spec) => target.push(Loaded {
                    stem: name.trim_end_matches(".yaml").to_owned(),
                    file,
                    spec,
                }),
                Err(d) => diags.0.push(d),
            }
        }
    }
    let path = root.join("resource-types.yaml");
    let file = format!("{display}/resource-types.yaml");
    out.files.push(path.clone());
    match read_one(&path, &file) {
        Ok(spec) => {
            out.resource_types = Some(Loaded {
                file,
                stem: "resource-types".into(),
                spec,
            })
        }
        Err(d) => diags.0.push(d),
    }
    (out, diags)
}

/// Reads specs handed over as (relative path, text) pairs — `elements/VPC.VPC.yaml`,
/// `datatypes/ECS.NICS.yaml`, `resource-types.yaml` — for tools that embed the specs in their
/// binary. `display` names the folder in messages.
pub fn read_embedded(files: &[(&str, &str)], display: &str) -> (RawSpecs, Diagnostics) {
    let mut out = RawSpecs::default();
    let mut diags = Diagnostics::default();
    let mut sorted: Vec<&(&str, &str)> = files.iter().collect();
    sorted.sort();
    for (path, text) in sorted {
        let file = format!("{display}/{path}");
        let stem = path
            .rsplit('/')
            .next()
            .unwrap_or(path)
            .trim_end_matches(".yaml")
            .to_owned();
        let target = if path.starts_with("elements/") {
            &mut out.elements
        } else if path.starts_with("datatypes/") {
            &mut out.datatypes
        } else if *path == "resource-types.yaml" {
            match parse(&file, text) {
                Ok(spec) => out.resource_types = Some(Loaded { file, stem, spec }),
                Err(d) => diags.0.push(d),
            }
            continue;
        } else {
            continue;
        };
        match parse(&file, text) {
            Ok(spec) => target.push(Loaded { file, stem, spec }),
            Err(d) => diags.0.push(d),
        }
    }
    if out.resource_types.is_none() {
        diags.error(&format!("{display}/resource-types.yaml"), "", "missing");
    }
    (out, diags)
}

fn read_one<T: FromNode>(path: &Path, file: &str) -> Result<T, Diagnostic> {
    let text = std::fs::read_to_string(path).map_err(|e| Diagnostic {
        file: file.to_owned(),
        position: None,
        path: String::new(),
        message: format!("cannot read file: {e}"),
    })?;
    parse(file, &text)
}
