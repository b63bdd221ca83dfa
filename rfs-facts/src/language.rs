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

/// A built-in function of the template language: the one place their names are written as
/// text. The rule engine, the typed `Function` of `rfs-types`, `rfs_dsl::func` and `rfs import`
/// all match on it, so a new function is a compile error wherever it must be handled.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Func {
    /// `get_input: name`: an input's or pseudo-parameter's value.
    GetInput,
    /// `get_attribute: [element, attribute, ...]`: an attribute of an element.
    GetAttribute,
    /// `get_reference: element`: an element's id.
    GetReference,
    /// `get_in_map: [map, top, second]`: a mapping's value.
    GetInMap,
    /// `cond_eq: [a, b]`: whether two values are equal (conditions only).
    CondEq,
    /// `cond_not: c`: the negation of a condition (conditions only).
    CondNot,
    /// `cond_and: [c1, ..., cn]`: whether all hold (conditions only).
    CondAnd,
    /// `cond_or: [c1, ..., cn]`: whether any holds (conditions only).
    CondOr,
    /// `cond_if: [condition, if_true, if_false]`: one of two values.
    CondIf,
    /// `base64_encode: text`.
    Base64Encode,
    /// `concat: [a, b, ...]`: parts joined into one text.
    Concat,
    /// `split: [delimiter, text]`: a text split into a list.
    Split,
    /// `select: [index, list]`: one item of a list.
    Select,
    /// `get_list_length: list`.
    GetListLength,
    /// `replace: [template, {var: value}]`: undocumented, but in an official example.
    Replace,
}

/// The arguments a function takes, as a template writes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Args {
    /// One name, or a list of one name (`get_input: name`, `get_input: [name]`).
    Name,
    /// A list of names: an element, then an attribute and nested names (two or more).
    Path,
    /// A list of `min` to `max` arguments.
    List {
        /// Fewest.
        min: usize,
        /// Most (`usize::MAX`: no limit).
        max: usize,
    },
    /// One argument, which is not a list (a list may come from a function).
    One,
    /// One argument that is a list, or a function giving one.
    OneList,
}

impl Func {
    /// Every function, in the order of the official function table.
    pub const ALL: [Func; 15] = [
        Func::GetInput,
        Func::GetAttribute,
        Func::GetReference,
        Func::GetInMap,
        Func::CondEq,
        Func::CondNot,
        Func::CondAnd,
        Func::CondOr,
        Func::CondIf,
        Func::Base64Encode,
        Func::Concat,
        Func::Split,
        Func::Select,
        Func::GetListLength,
        Func::Replace,
    ];

    /// The name templates write (`get_input`).
    pub const fn name(self) -> &'static str {
        match self {
            Func::GetInput => "get_input",
            Func::GetAttribute => "get_attribute",
            Func::GetReference => "get_reference",
            Func::GetInMap => "get_in_map",
            Func::CondEq => "cond_eq",
            Func::CondNot => "cond_not",
            Func::CondAnd => "cond_and",
            Func::CondOr => "cond_or",
            Func::CondIf => "cond_if",
            Func::Base64Encode => "base64_encode",
            Func::Concat => "concat",
            Func::Split => "split",
            Func::Select => "select",
            Func::GetListLength => "get_list_length",
            Func::Replace => "replace",
        }
    }

    /// The function a template names, if it is one.
    pub fn parse(name: &str) -> Option<Func> {
        Func::ALL.into_iter().find(|f| f.name() == name)
    }

    /// The arguments it takes.
    pub const fn args(self) -> Args {
        match self {
            Func::GetInput | Func::GetReference => Args::Name,
            Func::GetAttribute => Args::Path,
            Func::GetInMap | Func::CondIf => Args::List { min: 3, max: 3 },
            Func::CondEq | Func::Split | Func::Select | Func::Replace => {
                Args::List { min: 2, max: 2 }
            }
            Func::CondAnd | Func::CondOr => Args::List {
                min: COND_OPERANDS.0,
                max: COND_OPERANDS.1,
            },
            Func::Concat => Args::List {
                min: 0,
                max: usize::MAX,
            },
            Func::CondNot | Func::Base64Encode => Args::One,
            Func::GetListLength => Args::OneList,
        }
    }

    /// Whether it may stand only in the conditions section (and inside other condition
    /// functions): `cond_eq`, `cond_not`, `cond_and`, `cond_or`.
    pub const fn conditions_only(self) -> bool {
        matches!(
            self,
            Func::CondEq | Func::CondNot | Func::CondAnd | Func::CondOr
        )
    }

    /// Whether its arguments are conditions (or, for `cond_eq`, values compared in one).
    pub const fn takes_conditions(self) -> bool {
        self.conditions_only()
    }

    /// Whether the official function table lists it (`replace` appears only in an example).
    pub const fn documented(self) -> bool {
        !matches!(self, Func::Replace)
    }
}

impl std::fmt::Display for Func {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

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

/// Function names from TOSCA, OpenStack Heat and CloudFormation that AOS does not have: reported,
/// not taken for plain maps.
pub const FOREIGN_FUNCTIONS: &[&str] = &[
    "get_file",
    "get_resource",
    "get_attr",
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

/// A constraint an input may declare under `constraints` (a map). The inputs page's own list
/// was not readable; these are the kinds the element pages, the official samples and the
/// legacy AOS API show (LANGUAGE.md, section 2).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Constraint {
    /// `valid_values: [a, b, ...]`: the only values accepted.
    ValidValues,
    /// `in_range: [min, max]`, inclusive.
    InRange,
    /// `regex: text`: a regular expression the value matches.
    Regex,
    /// `pattern: text`: the legacy spelling of `regex`.
    Pattern,
    /// `min_length: n`: the shortest text.
    MinLength,
    /// `max_length: n`: the longest text.
    MaxLength,
    /// `equal: v`: the one value accepted (legacy API).
    Equal,
    /// `greater_than: n` (legacy API).
    GreaterThan,
    /// `greater_or_equal: n` (legacy API).
    GreaterOrEqual,
    /// `less_than: n` (legacy API).
    LessThan,
    /// `less_or_equal: n` (legacy API).
    LessOrEqual,
}

impl Constraint {
    /// Every constraint kind.
    pub const ALL: [Constraint; 11] = [
        Constraint::ValidValues,
        Constraint::InRange,
        Constraint::Regex,
        Constraint::Pattern,
        Constraint::MinLength,
        Constraint::MaxLength,
        Constraint::Equal,
        Constraint::GreaterThan,
        Constraint::GreaterOrEqual,
        Constraint::LessThan,
        Constraint::LessOrEqual,
    ];

    /// The key templates write.
    pub const fn name(self) -> &'static str {
        match self {
            Constraint::ValidValues => "valid_values",
            Constraint::InRange => "in_range",
            Constraint::Regex => "regex",
            Constraint::Pattern => "pattern",
            Constraint::MinLength => "min_length",
            Constraint::MaxLength => "max_length",
            Constraint::Equal => "equal",
            Constraint::GreaterThan => "greater_than",
            Constraint::GreaterOrEqual => "greater_or_equal",
            Constraint::LessThan => "less_than",
            Constraint::LessOrEqual => "less_or_equal",
        }
    }

    /// The constraint a key names, if it is one.
    pub fn parse(name: &str) -> Option<Constraint> {
        Constraint::ALL.into_iter().find(|c| c.name() == name)
    }

    /// For the comparisons, whether a number `x` passes against the bound `b`.
    pub fn compare(self, x: f64, b: f64) -> Option<bool> {
        Some(match self {
            Constraint::GreaterThan => x > b,
            Constraint::GreaterOrEqual => x >= b,
            Constraint::LessThan => x < b,
            Constraint::LessOrEqual => x <= b,
            _ => return None,
        })
    }
}

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

    /// A name that follows the rule and keeps `name`'s words (`vpcName` and `vpc_name` become
    /// `vpc-name`), for a hint; `None` when nothing of it is left or it would be too long.
    pub fn suggest(&self, name: &str) -> Option<String> {
        let mut out = String::new();
        let mut prev_lower = false;
        for c in name.chars() {
            if c.is_ascii_alphanumeric() {
                if c.is_ascii_uppercase() && prev_lower && !self.upper {
                    out.push('-');
                }
                prev_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
                out.push(if self.upper {
                    c
                } else {
                    c.to_ascii_lowercase()
                });
            } else {
                prev_lower = false;
                if !out.is_empty() && !out.ends_with('-') {
                    out.push('-');
                }
            }
        }
        let out = out.trim_end_matches('-').to_owned();
        (out != name && self.accepts(&out)).then_some(out)
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

/// Plain scalars that YAML 1.1 and YAML 1.2 readers read differently, one of each kind: what
/// `rfs lint` warns about, and what the DSL's writer must quote (see
/// [`crate::scalar::yaml11_disagreement`]).
pub const YAML11_EXAMPLES: &[&str] = &[
    "yes",
    "No",
    "on",
    "OFF",
    "y",
    "N",
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
mod func_tests {
    use super::*;

    #[test]
    fn names_parse_back_and_are_unique() {
        let mut names: Vec<&str> = Func::ALL.iter().map(|f| f.name()).collect();
        for f in Func::ALL {
            assert_eq!(Func::parse(f.name()), Some(f));
        }
        names.sort();
        names.dedup();
        assert_eq!(names.len(), Func::ALL.len());
        assert_eq!(Func::parse("get_file"), None);
        assert!(FOREIGN_FUNCTIONS.iter().all(|f| Func::parse(f).is_none()));
    }
}

#[cfg(test)]
mod name_tests {
    use super::*;

    #[test]
    fn a_suggested_name_keeps_the_words_and_follows_the_rule() {
        assert_eq!(INPUT_NAMES.suggest("vpcName").as_deref(), Some("vpc-name"));
        assert_eq!(INPUT_NAMES.suggest("vpc_name").as_deref(), Some("vpc-name"));
        assert_eq!(
            INPUT_NAMES.suggest("ECS Flavor.2").as_deref(),
            Some("ecs-flavor-2")
        );
        assert_eq!(INPUT_NAMES.suggest("vpc-name"), None, "already follows it");
        assert_eq!(INPUT_NAMES.suggest("__"), None, "nothing left");
        assert_eq!(
            INPUT_NAMES.suggest("aVeryLongInputNameIndeed"),
            None,
            "too long"
        );
        let upper = NameRule {
            what: "names",
            max: 64,
            upper: true,
        };
        assert_eq!(upper.suggest("my_map").as_deref(), Some("my-map"));
        assert_eq!(upper.suggest("myMap"), None);
    }
}
