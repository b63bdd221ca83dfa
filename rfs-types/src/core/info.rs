//! What the specs know about each generated type, kept as static data for synth-time checks.

/// How much of the official reference page the spec is built from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Completeness {
    /// The whole property table was seen.
    Complete,
    /// Parts were not readable: properties or attributes may be missing.
    Partial,
    /// The page was not found: nothing is known but the type name.
    NotFound,
}

/// Whether a property must be set.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Required {
    /// Mandatory: the builder does not build without it.
    Yes,
    /// Optional.
    No,
    /// The reference could not tell: treated as optional.
    Unknown,
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
}

impl TypeInfo {
    /// A property by exact template key.
    pub fn property(&self, key: &str) -> Option<&PropertyInfo> {
        self.properties.iter().find(|p| p.key == key)
    }

    /// Property keys in spec order.
    pub fn keys(&self) -> impl Iterator<Item = &'static str> {
        self.properties.iter().map(|p| p.key)
    }
}

/// Static facts about one property.
#[derive(Debug)]
pub struct PropertyInfo {
    /// Exact template key.
    pub key: &'static str,
    /// Type as the spec writes it (`string`, `ECS.NICS`, `HuaweiCloud.VPC.VPC.Id`).
    pub type_name: &'static str,
    /// An array of `type_name`.
    pub list: bool,
    /// Whether it must be set.
    pub required: Required,
    /// Allowed values as they are written in templates (empty: any).
    pub allowed: &'static [&'static str],
    /// Smallest number.
    pub min: Option<f64>,
    /// Largest number.
    pub max: Option<f64>,
    /// Shortest text, in characters.
    pub min_length: Option<u64>,
    /// Longest text, in characters.
    pub max_length: Option<u64>,
    /// Regular expression the whole value must match.
    pub pattern: Option<&'static str>,
    /// Holds a password or key.
    pub secret: bool,
}
