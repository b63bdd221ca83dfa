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
