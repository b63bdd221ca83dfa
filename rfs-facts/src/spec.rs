//! What the specs know, as the rule engine reads it: one definition of each spec fact.
//!
//! `rfs-codegen` reads each spec property straight into a [`PropertyInfo`] (owned text) and
//! writes that same struct back out as a literal (borrowed text) into one static [`TypeInfo`] per
//! element and data structure, plus a [`Catalog`] of them all, in `rfs-types`; `Stack::synth`
//! and `rfs lint` both check templates against that catalog. A field added to [`PropertyInfo`]
//! is a compile error in the loader and in the catalog writer until both handle it.

use std::borrow::Cow;

/// How much of the official reference page a spec is built from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Completeness {
    /// The whole property table was seen.
    Complete,
    /// Parts were not readable: properties, required flags or attributes may be missing.
    Partial,
    /// The page was not found: nothing is known but the type name.
    NotFound,
}

impl Completeness {
    /// The spelling used in spec files: `complete`, `partial`, `not_found`.
    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "complete" => Some(Completeness::Complete),
            "partial" => Some(Completeness::Partial),
            "not_found" => Some(Completeness::NotFound),
            _ => None,
        }
    }
}

/// Whether a property must be set.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Required {
    /// Mandatory: the builder does not build without it (unless it has a documented default).
    Yes,
    /// Optional.
    No,
    /// The reference could not tell: treated as optional.
    Unknown,
    /// The element page is silent, but the service's own API requires the field it maps to
    /// (evidence level `api`): builders require it (with an explicit `omit_*` way out) and the
    /// engine warns when a template leaves it out, since the platform might fill it.
    Api,
}

/// What kind of value a resource type holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ResourceKind {
    /// An opaque id: only a reference, a typed input, an accepted type or an explicit literal
    /// for an existing resource fills it.
    Id,
    /// A human-chosen name or code: plain text fills it too.
    Name,
    /// A count: a plain integer fills it too.
    Number,
}

impl ResourceKind {
    /// The spelling used in spec files: `id`, `name`, `number`.
    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "id" => Some(ResourceKind::Id),
            "name" => Some(ResourceKind::Name),
            "number" => Some(ResourceKind::Number),
            _ => None,
        }
    }
}

/// The value type of a property (of each item, for lists), read from its spec type name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ValueType<'a> {
    /// Text.
    String,
    /// A whole number.
    Integer,
    /// Any number.
    Number,
    /// `true` or `false`.
    Boolean,
    /// A free-form mapping.
    Map,
    /// Anything.
    Any,
    /// A data structure, by spec name (`ECS.NICS`).
    Data(&'a str),
    /// A resource type, by full name (`HuaweiCloud.VPC.VPC.Id`).
    Resource(&'a str),
}

impl<'a> ValueType<'a> {
    /// The type a spec writes as `name`: a scalar keyword, a resource type (`HuaweiCloud.…`) or
    /// a data structure name.
    pub fn parse(name: &'a str) -> Self {
        match name {
            "string" => ValueType::String,
            "integer" => ValueType::Integer,
            "number" => ValueType::Number,
            "boolean" => ValueType::Boolean,
            "map" => ValueType::Map,
            "any" => ValueType::Any,
            r if r.starts_with("HuaweiCloud.") => ValueType::Resource(r),
            d => ValueType::Data(d),
        }
    }

    /// The name a spec writes: the inverse of [`ValueType::parse`].
    pub fn name(&self) -> &'a str {
        match self {
            ValueType::String => "string",
            ValueType::Integer => "integer",
            ValueType::Number => "number",
            ValueType::Boolean => "boolean",
            ValueType::Map => "map",
            ValueType::Any => "any",
            ValueType::Data(d) => d,
            ValueType::Resource(r) => r,
        }
    }

    /// The type in words, for messages: `text`, `an integer`, `a ECS.NICS map`.
    pub fn describe(&self) -> String {
        match self {
            ValueType::String => "text".to_owned(),
            ValueType::Integer => "an integer".to_owned(),
            ValueType::Number => "a number".to_owned(),
            ValueType::Boolean => "true or false".to_owned(),
            ValueType::Map => "a map".to_owned(),
            ValueType::Any => "anything".to_owned(),
            ValueType::Data(d) => format!("a {d} map"),
            ValueType::Resource(r) => format!("a {r}"),
        }
    }
}

/// Static facts about an element or data structure.
#[derive(Debug)]
pub struct TypeInfo {
    /// Spec name (`VPC.VPC`).
    pub name: &'static str,
    /// Template type (elements only).
    pub template_type: Option<&'static str>,
    /// One-sentence summary.
    pub summary: &'static str,
    /// How complete the spec is.
    pub completeness: Completeness,
    /// Properties in spec order.
    pub properties: &'static [PropertyInfo],
    /// Attribute names (`*` stands for any name).
    pub attributes: &'static [&'static str],
    /// Attributes the element page does not show, inferred from the service API and AOS's
    /// naming elsewhere: (name, the evidence in one line). Each use is reported.
    pub inferred_attributes: &'static [(&'static str, &'static str)],
}

impl TypeInfo {
    /// A property by exact template key.
    pub fn property(&self, key: &str) -> Option<&PropertyInfo> {
        self.properties.iter().find(|p| p.key == key)
    }

    /// Property keys in spec order.
    pub fn keys(&self) -> impl Iterator<Item = &'static str> {
        self.properties.iter().map(|p| &*p.key)
    }

    /// The name templates use: the template type for elements, the spec name otherwise.
    pub fn display_name(&self) -> &'static str {
        self.template_type.unwrap_or(self.name)
    }
}

/// Text in spec facts: borrowed from a `'static` string in the generated catalog, owned where
/// `rfs-codegen` read it from a spec file.
pub type Text = Cow<'static, str>;

/// A list in spec facts, borrowed or owned as [`Text`] is.
pub type List<T> = Cow<'static, [T]>;

/// A plain value as a spec writes it: a default, an allowed value, a value named by
/// `required_when`.
#[derive(Clone, Debug, PartialEq)]
pub enum Fact {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A whole number.
    Int(i64),
    /// A number with a fraction.
    Float(f64),
    /// Text.
    Str(Text),
    /// A list.
    List(List<Fact>),
    /// A map, in the order written.
    Map(List<(Text, Fact)>),
}

impl Fact {
    /// The value as a template writes it: text as is, anything else rendered (`TCP`, `80`).
    pub fn text(&self) -> String {
        match self {
            Fact::Str(s) => s.to_string(),
            other => other.render(),
        }
    }

    /// Whether the template text `text` writes this value.
    pub fn is_written(&self, text: &str) -> bool {
        match self {
            Fact::Str(s) => s == text,
            other => other.render() == text,
        }
    }

    /// A bound (`min`, `max`) as a value: whole numbers as [`Fact::Int`], so `1` renders as
    /// `1`, not `1.0`.
    pub fn number(x: f64) -> Fact {
        if x.fract() == 0.0 && x.abs() < 9.0e15 {
            Fact::Int(x as i64)
        } else {
            Fact::Float(x)
        }
    }

    /// The value as a number, when it is one.
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Fact::Int(i) => Some(*i as f64),
            Fact::Float(x) => Some(*x),
            _ => None,
        }
    }

    /// A short YAML-like rendering for messages and docs (`'TCP'`, `80`, `{a: 1}`).
    pub fn render(&self) -> String {
        match self {
            Fact::Null => "null".into(),
            Fact::Bool(b) => b.to_string(),
            Fact::Int(i) => i.to_string(),
            Fact::Float(x) => format!("{x:?}"),
            Fact::Str(s) => format!("'{}'", s.replace('\'', "''")),
            Fact::List(items) => {
                let inner: Vec<_> = items.iter().map(Fact::render).collect();
                format!("[{}]", inner.join(", "))
            }
            Fact::Map(entries) => {
                let inner: Vec<_> = entries
                    .iter()
                    .map(|(k, v)| format!("{k}: {}", v.render()))
                    .collect();
                format!("{{{}}}", inner.join(", "))
            }
        }
    }
}

/// What the specs know about one property: the one description of it, from the spec loader in
/// `rfs-codegen` (owned text) to the generated catalog the rule engine reads (borrowed text).
/// Prose about a property (notes, research, the API field it maps to) stays in the generator.
#[derive(Clone, Debug, PartialEq)]
pub struct PropertyInfo {
    /// Exact template key.
    pub key: Text,
    /// Type as the spec writes it (`string`, `ECS.NICS`, `HuaweiCloud.VPC.VPC.Id`); see
    /// [`PropertyInfo::value_type`].
    pub type_name: Text,
    /// An array of `type_name`.
    pub list: bool,
    /// Whether it must be set.
    pub required: Required,
    /// The documented default, where there is one (a list for lists).
    pub default: Option<Fact>,
    /// Allowed values (empty: any).
    pub allowed: List<Fact>,
    /// Smallest number.
    pub min: Option<f64>,
    /// Largest number.
    pub max: Option<f64>,
    /// Shortest text, in characters (for lists of non-text items: fewest items).
    pub min_length: Option<u64>,
    /// Longest text, in characters (for lists of non-text items: most items).
    pub max_length: Option<u64>,
    /// Regular expression the whole value must match.
    pub pattern: Option<Text>,
    /// Holds a password or key.
    pub secret: bool,
    /// Required when each named property is set to one of the values:
    /// `[("codeType", ["inline"])]`.
    pub required_when: List<(Text, List<Fact>)>,
    /// Where the service API requires it (`required` is [`Required::Api`]): the API field and
    /// the file that defines it (`gateway_ip in huaweicloud-sdk-go-v3@1cd70eb6 services/vpc/...`).
    pub api: Option<Text>,
    /// A property the element page does not show, inferred from two sources that agree (the
    /// service API and AOS's own naming elsewhere): the evidence in one line. Each use is
    /// reported (`info[inferred-property]`).
    pub inferred: Option<Text>,
    /// Allowed values the page does not list, added from the service API today (reported the
    /// same way when used).
    pub inferred_values: List<Fact>,
}

impl PropertyInfo {
    /// A property of type `string` with no constraint: generated literals spell out only what
    /// differs (`PropertyInfo { key: Text::Borrowed("cidr"), ..PropertyInfo::DEFAULT }`).
    pub const DEFAULT: PropertyInfo = PropertyInfo {
        key: Text::Borrowed(""),
        type_name: Text::Borrowed("string"),
        list: false,
        required: Required::No,
        default: None,
        allowed: List::Borrowed(&[]),
        min: None,
        max: None,
        min_length: None,
        max_length: None,
        pattern: None,
        secret: false,
        required_when: List::Borrowed(&[]),
        api: None,
        inferred: None,
        inferred_values: List::Borrowed(&[]),
    };

    /// The value type (of each item, for lists).
    pub fn value_type(&self) -> ValueType<'_> {
        ValueType::parse(&self.type_name)
    }

    /// Whether a template must set it: required, and no documented default the platform fills.
    pub fn must_be_set(&self) -> bool {
        self.required == Required::Yes && self.default.is_none()
    }

    /// Whether the service API requires it while the element page is silent (and no default
    /// is documented): a template that leaves it out gets a warning.
    pub fn api_requires(&self) -> bool {
        self.required == Required::Api && self.default.is_none()
    }

    /// Whether `text` is one of the allowed values (always, when any value is allowed).
    pub fn allows(&self, text: &str) -> bool {
        self.allowed.is_empty() || self.allowed.iter().any(|a| a.is_written(text))
    }

    /// The allowed values as templates write them, for messages: `TCP, UDP`.
    pub fn allowed_list(&self) -> String {
        let texts: Vec<String> = self.allowed.iter().map(Fact::text).collect();
        texts.join(", ")
    }
}

/// Static facts about a resource type (`HuaweiCloud.VPC.VPC.Id`).
#[derive(Debug)]
pub struct ResourceInfo {
    /// Full name.
    pub name: &'static str,
    /// Id, name or number.
    pub kind: ResourceKind,
    /// Other resource types whose values fill it too.
    pub accepts: &'static [&'static str],
    /// How inputs of it are declared in templates: its own name, or `string` where AOS does
    /// not document it as an input type (rfs names it to keep ids apart).
    pub input_type: &'static str,
}

/// Every element, data structure and resource type the specs describe: what the rule engine
/// checks templates against. `rfs_types::catalog()` gives the generated one.
#[derive(Debug)]
pub struct Catalog {
    /// Elements, sorted by template type.
    pub elements: &'static [&'static TypeInfo],
    /// Data structures, sorted by name.
    pub datatypes: &'static [&'static TypeInfo],
    /// Resource types, sorted by name.
    pub resources: &'static [ResourceInfo],
}

impl Catalog {
    /// An element by template type (`HuaweiCloud.VPC.VPC`).
    pub fn element(&self, template_type: &str) -> Option<&'static TypeInfo> {
        self.elements
            .binary_search_by(|t| t.template_type.unwrap_or_default().cmp(template_type))
            .ok()
            .map(|i| self.elements[i])
    }

    /// A data structure by spec name (`ECS.NICS`).
    pub fn datatype(&self, name: &str) -> Option<&'static TypeInfo> {
        self.datatypes
            .binary_search_by(|t| t.name.cmp(name))
            .ok()
            .map(|i| self.datatypes[i])
    }

    /// A resource type by full name.
    pub fn resource(&self, name: &str) -> Option<&'static ResourceInfo> {
        self.resources
            .binary_search_by(|r| r.name.cmp(name))
            .ok()
            .map(|i| &self.resources[i])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn value_types_parse_and_print() {
        for name in ["string", "integer", "number", "boolean", "map", "any"] {
            assert_eq!(ValueType::parse(name).name(), name);
        }
        assert_eq!(
            ValueType::parse("HuaweiCloud.VPC.VPC.Id"),
            ValueType::Resource("HuaweiCloud.VPC.VPC.Id")
        );
        assert_eq!(ValueType::parse("ECS.NICS"), ValueType::Data("ECS.NICS"));
        assert_eq!(ValueType::parse("ECS.NICS").describe(), "a ECS.NICS map");
    }

    #[test]
    fn required_with_a_default_need_not_be_set() {
        let p = PropertyInfo {
            key: "x".into(),
            required: Required::Yes,
            default: Some(Fact::Int(1)),
            ..PropertyInfo::DEFAULT
        };
        assert!(!p.must_be_set());
        let q = PropertyInfo { default: None, ..p };
        assert!(q.must_be_set());
    }

    #[test]
    fn allowed_values_match_their_template_text() {
        let p = PropertyInfo {
            allowed: vec![Fact::Str("TCP".into()), Fact::Int(80), Fact::Bool(true)].into(),
            ..PropertyInfo::DEFAULT
        };
        for text in ["TCP", "80", "true"] {
            assert!(p.allows(text), "{text}");
        }
        for text in ["tcp", "'TCP'", "80.0", "True"] {
            assert!(!p.allows(text), "{text}");
        }
        assert_eq!(p.allowed_list(), "TCP, 80, true");
        assert!(PropertyInfo::DEFAULT.allows("anything"));
    }
}
