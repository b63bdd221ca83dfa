//! Reading spec files: YAML text to raw spec structures, with located errors.
//!
//! Nothing here judges the content; [`crate::check`] does that. This module only turns text into
//! [`RawSpec`]s, reporting malformed YAML, unknown keys and wrong value shapes with file, line and
//! column.

use std::fmt;
use std::path::{Path, PathBuf};

use indexmap::IndexMap;
use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};

use crate::diag::{Diagnostic, Diagnostics};

/// Whether a spec describes a template element or a data structure.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// A `node_templates` element (`HuaweiCloud.VPC.VPC`).
    Element,
    /// A data structure used as a property value (`ECS.NICS`).
    Datatype,
}

pub use rfs_check::spec::{Completeness, Required, ResourceKind};

/// Deserializes one of the spell-checked words of a spec field (`complete`, `id`, ...).
fn word<'de, D: Deserializer<'de>, T>(
    d: D,
    expected: &'static str,
    parse: fn(&str) -> Option<T>,
) -> Result<T, D::Error> {
    let text = String::deserialize(d)?;
    parse(&text).ok_or_else(|| de::Error::invalid_value(de::Unexpected::Str(&text), &expected))
}

fn completeness<'de, D: Deserializer<'de>>(d: D) -> Result<Completeness, D::Error> {
    word(d, "complete, partial or not_found", Completeness::parse)
}

fn resource_kind<'de, D: Deserializer<'de>>(d: D) -> Result<ResourceKind, D::Error> {
    word(d, "id, name or number", ResourceKind::parse)
}

/// `required:` is `true`, `false` or `unknown` (the page's mandatory column was not visible).
fn required<'de, D: Deserializer<'de>>(d: D) -> Result<Required, D::Error> {
    struct V;
    impl Visitor<'_> for V {
        type Value = Required;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("true, false or unknown")
        }
        fn visit_bool<E: de::Error>(self, v: bool) -> Result<Required, E> {
            Ok(if v { Required::Yes } else { Required::No })
        }
        fn visit_str<E: de::Error>(self, v: &str) -> Result<Required, E> {
            match v {
                "unknown" => Ok(Required::Unknown),
                _ => Err(E::invalid_value(de::Unexpected::Str(v), &self)),
            }
        }
    }
    d.deserialize_any(V)
}

/// A plain YAML value as written in a spec (defaults, allowed values).
#[derive(Clone, Debug, PartialEq)]
pub enum SpecValue {
    /// `null` or `~`.
    Null,
    /// `true` / `false`.
    Bool(bool),
    /// A whole number.
    Int(i64),
    /// A number with a fraction.
    Float(f64),
    /// Text.
    Str(String),
    /// A sequence.
    List(Vec<SpecValue>),
    /// A mapping, in the order written.
    Map(IndexMap<String, SpecValue>),
}

impl SpecValue {
    /// The value as a template writes it: text as is, anything else rendered (`TCP`, `80`).
    pub fn text(&self) -> String {
        match self {
            SpecValue::Str(s) => s.clone(),
            other => other.render(),
        }
    }

    /// The value as a number, when it is one.
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            SpecValue::Int(i) => Some(*i as f64),
            SpecValue::Float(x) => Some(*x),
            _ => None,
        }
    }

    /// A short YAML-like rendering for messages and docs (`'TCP'`, `80`, `{a: 1}`).
    pub fn render(&self) -> String {
        match self {
            SpecValue::Null => "null".into(),
            SpecValue::Bool(b) => b.to_string(),
            SpecValue::Int(i) => i.to_string(),
            SpecValue::Float(x) => format!("{x:?}"),
            SpecValue::Str(s) => format!("'{}'", s.replace('\'', "''")),
            SpecValue::List(items) => {
                let inner: Vec<_> = items.iter().map(SpecValue::render).collect();
                format!("[{}]", inner.join(", "))
            }
            SpecValue::Map(map) => {
                let inner: Vec<_> = map
                    .iter()
                    .map(|(k, v)| format!("{k}: {}", v.render()))
                    .collect();
                format!("{{{}}}", inner.join(", "))
            }
        }
    }
}

impl<'de> Deserialize<'de> for SpecValue {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = SpecValue;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a YAML value")
            }
            fn visit_unit<E>(self) -> Result<SpecValue, E> {
                Ok(SpecValue::Null)
            }
            fn visit_none<E>(self) -> Result<SpecValue, E> {
                Ok(SpecValue::Null)
            }
            fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<SpecValue, D::Error> {
                SpecValue::deserialize(d)
            }
            fn visit_bool<E>(self, v: bool) -> Result<SpecValue, E> {
                Ok(SpecValue::Bool(v))
            }
            fn visit_i64<E>(self, v: i64) -> Result<SpecValue, E> {
                Ok(SpecValue::Int(v))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<SpecValue, E> {
                i64::try_from(v)
                    .map(SpecValue::Int)
                    .map_err(|_| E::custom(format!("integer {v} is too large")))
            }
            fn visit_f64<E>(self, v: f64) -> Result<SpecValue, E> {
                Ok(SpecValue::Float(v))
            }
            fn visit_str<E>(self, v: &str) -> Result<SpecValue, E> {
                Ok(SpecValue::Str(v.to_owned()))
            }
            fn visit_string<E>(self, v: String) -> Result<SpecValue, E> {
                Ok(SpecValue::Str(v))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<SpecValue, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element()? {
                    items.push(item);
                }
                Ok(SpecValue::List(items))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<SpecValue, A::Error> {
                let mut out = IndexMap::new();
                while let Some((k, v)) = map.next_entry::<String, SpecValue>()? {
                    out.insert(k, v);
                }
                Ok(SpecValue::Map(out))
            }
        }
        d.deserialize_any(V)
    }
}

/// One spec file as written (`specs/elements/*.yaml`, `specs/datatypes/*.yaml`).
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSpec {
    /// Name as in the reference (`VPC.VPC`, `ECS.NICS`); must match the file name.
    pub name: String,
    /// Element or data structure; must match the folder.
    pub kind: Kind,
    /// Template type string; elements only (`HuaweiCloud.VPC.VPC`).
    #[serde(rename = "type")]
    pub type_name: Option<String>,
    /// One-sentence summary in our own words.
    pub summary: String,
    /// How much of the reference page was seen.
    #[serde(deserialize_with = "completeness")]
    pub completeness: Completeness,
    /// Where the facts came from.
    pub source: Option<String>,
    /// Whether an official example was seen.
    #[serde(default)]
    pub example_seen: bool,
    /// Properties by exact template key, in the page's order.
    #[serde(default)]
    pub properties: IndexMap<String, RawProperty>,
    /// Attributes readable with `get_attribute`, by exact name (`*`: any name).
    #[serde(default)]
    pub attributes: IndexMap<String, RawAttribute>,
    /// Relationships to other elements.
    #[serde(default)]
    pub requirements: Vec<RawRequirement>,
    /// What the reference could not see.
    pub gaps: Option<String>,
    /// Mistakes and contradictions in the official pages.
    pub doc_oddities: Option<String>,
}

/// One property of a spec, as written.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawProperty {
    /// `string`, `integer`, `number`, `boolean`, `map`, `any`, a data structure name or a
    /// resource type (`HuaweiCloud.VPC.VPC.Id`).
    #[serde(rename = "type")]
    pub type_name: String,
    /// An array of `type`.
    #[serde(default)]
    pub list: bool,
    /// `true`, `false` or `unknown`.
    #[serde(deserialize_with = "required")]
    pub required: Required,
    /// Required only when each named sibling property holds one of the listed values
    /// (`required_when: {codeType: [inline]}`); checked by the rule engine, not the builder.
    pub required_when: Option<IndexMap<String, Vec<SpecValue>>>,
    /// The type as the page printed it, where it differs from `type`.
    pub page_type: Option<String>,
    /// The page printed no type; `type` was inferred from an example.
    #[serde(default)]
    pub type_inferred: bool,
    /// The only values accepted.
    pub allowed: Option<Vec<SpecValue>>,
    /// The documented default.
    pub default: Option<SpecValue>,
    /// Smallest accepted number.
    pub min: Option<SpecValue>,
    /// Largest accepted number.
    pub max: Option<SpecValue>,
    /// Shortest accepted text (characters).
    pub min_length: Option<u64>,
    /// Longest accepted text (characters).
    pub max_length: Option<u64>,
    /// A regular expression the whole value must match.
    pub pattern: Option<String>,
    /// A constraint the page states in words (`UUID`, `IP address`).
    pub format: Option<String>,
    /// Holds a password or key: never to be written as a literal.
    #[serde(default)]
    pub secret: bool,
    /// What the property is for.
    pub notes: Option<String>,
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
}

/// Evidence levels beyond the element page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Evidence {
    /// The service's own API definition (an official SDK model or API reference).
    Api,
}

/// The service API field a property maps to.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
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

/// One attribute readable with `get_attribute`.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawAttribute {
    /// Value type where the reference states it (a resource type); text otherwise.
    #[serde(rename = "type")]
    pub type_name: Option<String>,
    /// What it holds.
    pub notes: Option<String>,
}

/// One relationship from an element to another.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
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
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawResourceType {
    /// Id or name.
    #[serde(deserialize_with = "resource_kind")]
    pub kind: ResourceKind,
    /// What it identifies.
    pub summary: String,
    /// The element whose reference (`get_reference`, `refID`) fills it.
    pub element: Option<String>,
    /// Other resource types whose values also fill it.
    #[serde(default)]
    pub accepts: Vec<String>,
    /// How inputs of this type are declared in templates: `string` for types rfs names but AOS
    /// does not document as input types; the type's own name otherwise.
    pub input_type: Option<String>,
    /// Remarks and sources.
    pub notes: Option<String>,
}

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
    pub resource_types: Option<Loaded<IndexMap<String, RawResourceType>>>,
    /// Every file read, for `rerun-if-changed`.
    pub files: Vec<PathBuf>,
}

/// Largest spec file accepted, in bytes.
pub const MAX_SPEC_BYTES: usize = 1 << 20;

fn options() -> serde_saphyr::Options {
    let mut budget = serde_saphyr::Budget::default();
    budget.max_depth = 32;
    budget.max_aliases = 0;
    budget.max_anchors = 0;
    let mut options = serde_saphyr::Options::default();
    options.budget = Some(budget);
    // YAML 1.2: only `true`/`false` are booleans (not `y`, `yes`, `on`).
    options.strict_booleans = true;
    options
}

/// Parses one spec text. `file` is the name used in messages.
pub fn parse<T: for<'de> Deserialize<'de>>(file: &str, text: &str) -> Result<T, Diagnostic> {
    if text.len() > MAX_SPEC_BYTES {
        return Err(Diagnostic {
            file: file.to_owned(),
            position: None,
            path: String::new(),
            message: format!("file is larger than {MAX_SPEC_BYTES} bytes"),
        });
    }
    serde_saphyr::from_str_with_options(text, options()).map_err(|e| {
        let position = e.location().map(|l| (l.line(), l.column()));
        Diagnostic {
            file: file.to_owned(),
            position,
            path: String::new(),
            message: e.without_snippet().to_string(),
        }
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

fn read_one<T: for<'de> Deserialize<'de>>(path: &Path, file: &str) -> Result<T, Diagnostic> {
    let text = std::fs::read_to_string(path).map_err(|e| Diagnostic {
        file: file.to_owned(),
        position: None,
        path: String::new(),
        message: format!("cannot read file: {e}"),
    })?;
    parse(file, &text)
}
