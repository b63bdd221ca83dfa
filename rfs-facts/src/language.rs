//! Facts of the AOS template language itself (LANGUAGE.md), written once: the rule engine, the
//! generator and the DSL read them here (`rfs_types::language` re-exports this module).

/// The only template version the language documents.
pub const TOSCA_VERSION: &str = "huaweicloud_tosca_version_1_0";

/// The top-level sections, in the canonical order.
pub const SECTIONS: &[&str] = &[
    "tosca_definitions_version",
    "description",
    "inputs",
    "mappings",
    "conditions",
    "node_templates",
    "policies",
    "outputs",
];

/// Values the platform supplies, read with `get_input` without being declared.
pub const PSEUDO_PARAMETERS: &[&str] = &[
    "HuaweiCloud.UserId",
    "HuaweiCloud.ProjectId",
    "HuaweiCloud.DomainId",
    "HuaweiCloud.Region",
    "HuaweiCloud.StackName",
];

/// The built-in functions (`replace` is undocumented but appears in an official example).
pub const FUNCTIONS: &[&str] = &[
    "get_input",
    "get_attribute",
    "get_reference",
    "get_in_map",
    "cond_eq",
    "cond_not",
    "cond_and",
    "cond_or",
    "cond_if",
    "base64_encode",
    "concat",
    "split",
    "select",
    "get_list_length",
    "replace",
];

/// Input types besides resource types (the inputs page, the legacy API and official samples).
pub const INPUT_TYPES: &[&str] = &[
    "string", "integer", "float", "boolean", "password", "ip", "secret", "enum",
];

/// The only element types the policies section takes.
pub const POLICY_TYPES: &[&str] = &["HuaweiCloud.AntiDDos.Service", "HuaweiCloud.APM.Pinpoint"];

/// Deepest nesting of lists and maps a template may have (the reader's default limit).
pub const MAX_DEPTH: usize = 64;

/// Deepest nesting a property, output or input value may have: a property value sits four
/// levels down (the template, `node_templates`, the element, `properties`).
pub const MAX_VALUE_DEPTH: usize = MAX_DEPTH - 4;

/// Most inputs a template may declare.
pub const MAX_INPUTS: usize = 60;

/// Most mappings a template may declare.
pub const MAX_MAPPINGS: usize = 10;

/// Longest template description, in characters.
pub const TEMPLATE_DESCRIPTION_MAX: usize = 1024;

/// Longest input description, in characters.
pub const INPUT_DESCRIPTION_MAX: usize = 255;

/// Longest input label, in characters.
pub const INPUT_LABEL_MAX: usize = 64;

/// Longest output description, in characters.
pub const OUTPUT_DESCRIPTION_MAX: usize = 255;

/// Fewest and most operands of `cond_and` and `cond_or`.
pub const COND_OPERANDS: (usize, usize) = (2, 10);

/// The functions that may appear only in the conditions section (and inside each other).
pub const CONDITION_FUNCTIONS: &[&str] = &["cond_eq", "cond_not", "cond_and", "cond_or"];

/// Function names from TOSCA and CloudFormation that AOS does not have: reported, not taken for
/// plain maps.
pub const FOREIGN_FUNCTIONS: &[&str] = &[
    "get_file",
    "get_property",
    "get_artifact",
    "get_operation_output",
    "get_secret",
    "get_param",
    "join",
    "token",
    "Ref",
    "Fn::GetAtt",
    "Fn::Join",
    "Fn::Sub",
];

/// Input types whose values are text.
pub const TEXT_INPUT_TYPES: &[&str] = &["string", "password", "ip", "secret", "enum"];

/// The fields of an input definition.
pub const INPUT_FIELDS: &[&str] = &[
    "type",
    "default",
    "constraints",
    "description",
    "label",
    "invisible",
];

/// The constraints an input may declare.
pub const INPUT_CONSTRAINTS: &[&str] = &[
    "valid_values",
    "in_range",
    "regex",
    "pattern",
    "min_length",
    "max_length",
];

/// The keys of an element in `node_templates`. The console designer also writes `metadata`,
/// which no language page documents.
pub const ELEMENT_KEYS: &[&str] = &["type", "properties", "requirements", "condition"];

/// The keys of a policy.
pub const POLICY_KEYS: &[&str] = &["type", "properties", "targets"];

/// The fields of an output.
pub const OUTPUT_FIELDS: &[&str] = &["value", "description"];

/// A naming rule of the template language: 1 to `max` characters of lowercase letters (and
/// upper-case ones where `upper`), digits and `-`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NameRule {
    /// What the rule names, for messages: `element names`.
    pub what: &'static str,
    /// Most characters.
    pub max: usize,
    /// Upper-case letters are allowed too.
    pub upper: bool,
}

impl NameRule {
    /// Whether `name` follows the rule.
    pub fn accepts(&self, name: &str) -> bool {
        !name.is_empty()
            && name.chars().count() <= self.max
            && name.chars().all(|c| {
                c.is_ascii_lowercase()
                    || c.is_ascii_digit()
                    || c == '-'
                    || (self.upper && c.is_ascii_uppercase())
            })
    }

    /// The rule in words: `element names are 1-48 characters of lowercase letters, digits and '-'`.
    pub fn describe(&self) -> String {
        let letters = if self.upper {
            "letters"
        } else {
            "lowercase letters"
        };
        format!(
            "{} are 1-{} characters of {letters}, digits and '-'",
            self.what, self.max
        )
    }
}

/// Input names.
pub const INPUT_NAMES: NameRule = NameRule {
    what: "input names",
    max: 20,
    upper: false,
};
/// Element (node_templates) names.
pub const ELEMENT_NAMES: NameRule = NameRule {
    what: "element names",
    max: 48,
    upper: false,
};
/// Output names.
pub const OUTPUT_NAMES: NameRule = NameRule {
    what: "output names",
    max: 20,
    upper: false,
};
/// Policy names.
pub const POLICY_NAMES: NameRule = NameRule {
    what: "policy names",
    max: 48,
    upper: false,
};
/// Mapping names and their keys.
pub const MAPPING_NAMES: NameRule = NameRule {
    what: "mapping names and keys",
    max: 64,
    upper: true,
};
/// Condition names.
pub const CONDITION_NAMES: NameRule = NameRule {
    what: "condition names",
    max: 64,
    upper: true,
};

/// How YAML 1.1 parsers (PyYAML, SnakeYAML) and YAML 1.2 parsers (rfs) read a plain, unquoted
/// scalar, when they differ: `(1.1 reading, 1.2 reading)`. The platform's parser is not
/// documented, so such a value is ambiguous; quoting it makes it text everywhere.
pub fn yaml11_reading(plain: &str) -> Option<(&'static str, &'static str)> {
    const BOOLEANS: &[&str] = &[
        "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "on", "On", "ON", "off", "Off",
        "OFF", "True", "TRUE", "False", "FALSE",
    ];
    // Most words start with a letter no YAML 1.1 reading starts with: answer at once.
    let first = *plain.as_bytes().first()?;
    if !(first.is_ascii_digit() || b"yYnNoOtTfF+-".contains(&first)) {
        return None;
    }
    if BOOLEANS.contains(&plain) {
        return Some(("a boolean", "text"));
    }
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let unsigned = plain.trim_start_matches(['-', '+']);
    if !unsigned.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    // A date or timestamp: YYYY-M-D, optionally followed by a time.
    let date = plain.split_once(['T', 't', ' ']).map_or(plain, |(d, _)| d);
    let mut parts = date.splitn(4, '-');
    if let (Some(y), Some(m), Some(d), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
        && y.len() == 4
        && digits(y)
        && (1..=2).contains(&m.len())
        && digits(m)
        && (1..=2).contains(&d.len())
        && digits(d)
    {
        return Some(("a date", "text"));
    }
    // Base 60: 1:30, 12:30:00, 190:20:30.15.
    let int_part = unsigned.split_once('.').map_or(unsigned, |(i, _)| i);
    let mut parts = int_part.split(':');
    if int_part.contains(':')
        && parts.next().is_some_and(|h| digits(&h.replace('_', "")))
        && parts.all(|p| (1..=2).contains(&p.len()) && digits(p))
    {
        return Some(("a base-60 number", "text"));
    }
    // Binary and underscored numbers are YAML 1.1 only.
    if let Some(bits) = unsigned.strip_prefix("0b")
        && !bits.is_empty()
        && bits.bytes().all(|b| b == b'0' || b == b'1' || b == b'_')
    {
        return Some(("a binary number", "text"));
    }
    let number = if unsigned.contains('_') {
        unsigned.replace('_', "")
    } else {
        String::new()
    };
    if !number.is_empty()
        && (digits(&number) || number.parse::<f64>().is_ok())
        && unsigned.starts_with(|c: char| c.is_ascii_digit())
    {
        return Some(("a number (underscores separate digits)", "text"));
    }
    // A leading zero: octal in YAML 1.1, decimal in YAML 1.2 (0777 is 511 or 777).
    if unsigned.len() > 1 && unsigned.starts_with('0') && digits(unsigned) {
        return Some(("an octal number", "a decimal number"));
    }
    None
}

/// Plain scalars that YAML 1.1 and YAML 1.2 parsers read differently, one of each kind: what
/// `rfs lint` warns about, and what the DSL's writer must quote.
pub const YAML11_EXAMPLES: &[&str] = &[
    "yes",
    "No",
    "on",
    "OFF",
    "y",
    "N",
    "True",
    "FALSE",
    "2024-01-01",
    "2001-12-14t21:59:43.10-05:00",
    "12:30:00",
    "1:30",
    "0777",
    "08",
    "0b101",
    "1_000",
    "1_000.5",
];

/// Tags a template may carry: YAML's core schema (`!!str`, `!!int`, ...). Any other tag
/// (`!Ref`, `!GetAtt`, `!!binary`, `!!timestamp`) is not part of AOS templates.
pub const CORE_TAGS: &[&str] = &["str", "int", "float", "bool", "null", "map", "seq"];

#[cfg(test)]
mod yaml11_tests {
    use super::*;

    #[test]
    fn every_example_is_ambiguous_and_plain_text_is_not() {
        for e in YAML11_EXAMPLES {
            assert!(yaml11_reading(e).is_some(), "{e}");
        }
        for plain in [
            "true",
            "false",
            "web",
            "10.0.0.0/16",
            "5",
            "0",
            "1.5",
            "2024",
            "a:b",
            "v1.28",
            "12:30pm",
            "0x1F",
            "-",
            "_1",
        ] {
            assert_eq!(yaml11_reading(plain), None, "{plain}");
        }
    }
}
