//! The rule catalogue: every rule's id, severity, what it catches and how to fix it; one
//! [`Finding`] type; and the table of rules relaxed because real templates break them.

use std::fmt;

use crate::tree::Pos;

/// How serious a finding is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// The template would be rejected or deploy wrongly: synth writes nothing, lint exits 1.
    Error,
    /// Probably a mistake, or something the specs cannot confirm.
    Warning,
    /// Worth knowing, not a problem: the escape hatches a stack uses.
    Info,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        })
    }
}

/// One rule.
#[derive(Debug, PartialEq, Eq)]
pub struct Rule {
    /// Stable id, shown with every finding.
    pub id: &'static str,
    /// Severity (some rules downgrade to a warning where the specs are partial, or where Rust
    /// asked for the value through an escape hatch).
    pub severity: Severity,
    /// What it catches.
    pub summary: &'static str,
    /// How to fix it.
    pub hint: &'static str,
}

macro_rules! rules {
    ($($name:ident $id:literal $sev:ident $summary:literal $hint:literal;)+) => {
        $(
            #[doc = $summary]
            pub const $name: &Rule = &Rule { id: $id, severity: Severity::$sev, summary: $summary, hint: $hint };
        )+
        /// Every rule, in the order `rfs lint --rules` lists them.
        pub const ALL: &[&Rule] = &[$($name),+];
        /// The name of each rule's constant in this module, in [`ALL`]'s order (`rfs import`
        /// writes `rules::INPUT_NAME`).
        const CONSTANTS: &[&str] = &[$(stringify!($name)),+];
    };
}

/// The name of `rule`'s constant in this module (`INPUT_NAME` for `input-name`).
pub fn constant(rule: &Rule) -> &'static str {
    ALL.iter()
        .position(|r| r.id == rule.id)
        .map_or("", |i| CONSTANTS[i])
}

rules! {
    YAML "yaml" Error "the file is not YAML, or exceeds the size, depth, alias or node limits" "fix the YAML at the position shown";
    YAML_11 "yaml-version" Warning "a plain value that YAML 1.1 readers (PyYAML, SnakeYAML) read differently from YAML 1.2 ones (yes/no/on/off, dates, base-60 times, leading zeros, binary, underscores, 1e3, 0o17, -0x1F); the platform's reader is not documented (YAML only)" "quote it ('yes'), or write the value so both read it alike (true, 511)";
    YAML_KEY "yaml-key" Warning "a mapping key that YAML reads as a number, boolean or null rather than text (`80:`, `1e3:`, `~:`); names are text, and tools that write the key back write text (YAML only)" "quote the key ('80')";
    YAML_FEATURE "yaml-feature" Error "a YAML tag (!Ref, !GetAtt, !!binary) or merge key (<<): AOS templates have neither, and parsers disagree on them (YAML only)" "write functions as maps (get_reference: name) and repeat merged keys; remove the tag";
    VERSION "version" Error "tosca_definitions_version is missing or not huaweicloud_tosca_version_1_0" "start the template with `tosca_definitions_version: huaweicloud_tosca_version_1_0`";
    SECTION "section" Error "an unknown top-level section, a section of the wrong shape, or no node_templates" "top-level sections are tosca_definitions_version, description, inputs, mappings, conditions, node_templates, policies and outputs";
    DUPLICATE "duplicate" Error "a key written twice in one map (two inputs, elements, properties, ... of the same name)" "rename or remove one of them";
    DESCRIPTION "description" Error "a description or label that is not text, or longer than its limit (template 1024, input and output 255, label 64)" "write it as text (quote a number), within the limit";
    INPUT_NAME "input-name" Warning "an input name that breaks the documented rule: 1-20 lowercase letters, digits or '-' (relaxed: official examples break it)" "rename the input, e.g. `vpc-name`";
    INPUT "input" Error "an input definition with an unknown field or type, or constraints rfs can neither check nor write (an unknown kind, a value of the wrong shape, TOSCA's list form)" "inputs take type, default, constraints (a map), description, label and invisible";
    TOO_MANY_INPUTS "too-many-inputs" Error "more than 60 inputs" "merge inputs, or move fixed values into mappings";
    INFERRED_PROPERTY "inferred-property" Info "a property or allowed value the element page does not show, inferred from the service API and AOS's own naming elsewhere (listed like escape hatches)" "check the evidence in the spec (`rfs specs --gaps`); the platform may not accept it";
    INPUT_TYPE "input-type" Warning "an input whose declared type or valid_values do not fit the property it feeds, or whose type AOS does not document as an input type" "declare the input with the property's type where AOS documents it as an input type (e.g. HuaweiCloud.VPC.VPC.Id), otherwise `type: string`";
    INPUT_DEFAULT "input-default" Error "an input default that breaks its own constraints (a warning when only its type differs: the parser converts it, or when its regex cannot be checked)" "change the default or the constraint";
    ELEMENT_NAME "element-name" Warning "an element name that breaks the documented rule: 1-48 lowercase letters, digits or '-' (relaxed: official examples break it)" "rename the element, e.g. `web-server`";
    OUTPUT_NAME "output-name" Warning "an output name that breaks the documented rule: 1-20 lowercase letters, digits or '-' (relaxed: published templates break it)" "rename the output, e.g. `public-ip`";
    MAPPING_NAME "mapping-name" Warning "a mapping, top-level key or second-level key that breaks the documented rule: 1-64 letters, digits or '-' (relaxed: official examples break it)" "rename it without '_' or '.'";
    MAPPING "mapping" Error "more than 10 mappings, or a mapping value that is not text or a number" "mappings hold map -> key -> key -> text or number";
    CONDITION_NAME "condition-name" Error "a condition name that is not 1-64 letters, digits or '-'" "rename the condition, e.g. `is-prod`";
    ELEMENT "element" Error "an element that is not a map, has no type, or has a key other than type, properties, requirements and condition" "write `<name>: {type: HuaweiCloud..., properties: {...}}`";
    UNKNOWN_TYPE "unknown-type" Error "an element or policy type that no spec describes" "check the spelling against the element list (`rfs specs`)";
    UNKNOWN_PROPERTY "unknown-property" Error "a property the element or data structure does not have (a warning where the spec is partial, or where Rust set it with `unlisted_property`)" "check the key's spelling and case against the element's page";
    MISSING_PROPERTY "missing-property" Error "a required property that is not set (and has no documented default)" "set the property";
    API_REQUIRED "api-required" Warning "a property the element page does not mark required but the service's API requires (evidence: api): the platform may fill it, or the stack may fail to create" "set the property, or (Rust) say it is left to the platform with `omit_<property>()`";
    VALUE_TYPE "value-type" Error "a value of the wrong type (string, integer, number, boolean, list, map or data structure), a number that is not finite, or (Rust) a serde value a template cannot hold" "quote text that YAML would read as a number or boolean, e.g. '5.7' or 'true'";
    ALLOWED_VALUE "allowed-value" Error "a value outside the documented allowed values" "use one of the allowed values";
    RANGE "range" Error "a number outside the documented range" "use a number within the range";
    LENGTH "length" Error "text shorter or longer than documented, or a list with too many items" "adjust the text's length";
    PATTERN "pattern" Error "text that does not match the documented pattern" "make the text match the pattern";
    UNDEFINED_INPUT "undefined-input" Error "get_input of an input that is not declared (and is no pseudo-parameter)" "declare the input under `inputs`";
    UNDEFINED_ELEMENT "undefined-element" Error "get_reference or get_attribute of an element that does not exist" "check the element name";
    FOREIGN_REFERENCE "foreign-reference" Error "a reference, dependency, target or condition made by another stack (Rust only: YAML cannot express it)" "add the element or condition to this stack, or pass the value in through an input";
    UNKNOWN_ATTRIBUTE "unknown-attribute" Error "an attribute the element does not document (a warning where its attributes may be incomplete, or where Rust asked with `attr().unlisted`)" "use a documented attribute such as refID or refName";
    UNDEFINED_MAPPING "undefined-mapping" Error "get_in_map of a mapping or key that does not exist" "check the mapping and key names";
    UNDEFINED_REQUIREMENT "undefined-requirement" Error "a requirement naming an element that does not exist, or of the wrong shape (a key other than node and relationship, a relationship that is not text)" "write `- <property>: {node: <element name>, relationship: <type>}`";
    CYCLE "cycle" Error "elements that depend on each other in a cycle" "break the cycle: remove one of the references or requirements";
    UNDEFINED_CONDITION "undefined-condition" Error "a condition used by an element or cond_if that is not declared" "declare it under `conditions`";
    UNUSED_CONDITION "unused-condition" Warning "a condition no element or cond_if uses" "use it or remove it";
    UNUSED_INPUT "unused-input" Warning "an input nothing reads" "use it or remove it";
    UNUSED_MAPPING "unused-mapping" Warning "a mapping nothing reads" "use it or remove it";
    FUNCTION_PLACEMENT "function-placement" Error "a function where the documentation forbids it (cond_eq/not/and/or outside conditions; concat with get_attribute outside outputs)" "move the function, or compute the value another way";
    FUNCTION_ARGUMENTS "function-arguments" Error "a function with arguments of the wrong shape or number" "see the function's syntax in the template reference";
    UNKNOWN_FUNCTION "unknown-function" Error "a function AOS does not have (get_file, get_property, join, ...)" "use one of the AOS functions the message lists";
    LITERAL_SECRET "literal-secret" Warning "a password or key written as a literal" "pass it through an input with `invisible: true`";
    POLICY "policy" Error "a policy name, type or targets that break the rules" "policies take type HuaweiCloud.AntiDDos.Service or HuaweiCloud.APM.Pinpoint and at least one target element";
    OUTPUT "output" Error "an output without a value, or with an unknown field" "write `<name>: {value: ..., description: ...}`";
    ESCAPE_HATCH "escape-hatch" Info "a value written through an escape hatch of the typed API (unlisted_property, attr().unlisted, existing, as_string, unlisted, cast_unchecked, from_raw_unchecked): not checked by the compiler (Rust only)" "prefer the typed API; say next to the call why it is needed";
    SUPPRESSED "suppressed" Info "a finding allowed by rfs.toml, --allow, Stack::allow or an `# rfs: allow(...)` comment; the message keeps the rule, the finding and the reason" "nothing to do; remove the suppression when the finding is fixed";
    SUPPRESSION "suppression" Warning "an `# rfs:` comment or Stack::allow that cannot be read, names no rule, matches no finding, or tries to silence what a template may not silence about itself (yaml, literal-secret); an info for an rfs.toml `allow` that no template of an `rfs lint` run needed" "fix or remove the comment; set such rules in rfs.toml or on the command line";
    SET_TWICE "set-twice" Warning "a builder property set twice: the last value is kept (Rust only: YAML rejects a repeated key)" "set each property once";
}

/// A rule by id.
pub fn by_id(id: &str) -> Option<&'static Rule> {
    ALL.iter().copied().find(|r| r.id == id)
}

/// A documented rule that rfs reports as a warning, never an error, because official examples or
/// published templates break it and the platform accepts them. The message of each finding
/// quotes the documented rule.
#[derive(Debug, PartialEq, Eq)]
pub struct Relaxed {
    /// The rule.
    pub rule: &'static Rule,
    /// The templates that break it.
    pub evidence: &'static str,
}

/// Every relaxed rule and its evidence.
pub const RELAXED: &[Relaxed] = &[
    Relaxed {
        rule: ELEMENT_NAME,
        evidence: "the official FunctionGraph example names its elements `disTrig` and `clickFn` (camelCase)",
    },
    Relaxed {
        rule: INPUT_NAME,
        evidence: "official samples declare inputs such as `shopApiName` (camelCase) and `magento-admin_username` (underscore, 22 characters)",
    },
    Relaxed {
        rule: MAPPING_NAME,
        evidence: "official samples name mappings with underscores, e.g. `region_map`",
    },
    Relaxed {
        rule: OUTPUT_NAME,
        evidence: "published templates name outputs with underscores and camelCase, as their inputs",
    },
];

/// One problem found in a template, by `Stack::synth` or `rfs lint`.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    /// The rule that found it.
    pub rule: &'static Rule,
    /// Error, warning or info (may differ from the rule's usual severity; see [`Rule`]).
    pub severity: Severity,
    /// Where in the template: `node_templates.web-vpc.properties.cidr` (empty: the whole
    /// template).
    pub path: String,
    /// The section and name of the item it is in (`node_templates`, `web-vpc`), if any.
    pub item: Option<(&'static str, String)>,
    /// Line and column in the file, for templates read from a file ([`Pos::NONE`] otherwise).
    pub pos: Pos,
    /// The Rust call that made the item (`Stack::add`, `Stack::input`, ...), for stacks.
    pub caller: Option<&'static std::panic::Location<'static>>,
    /// What is wrong.
    pub message: String,
    /// The escape hatch that made an error of this finding a warning (Rust only: the value was
    /// written through it). Synth writes a `# rfs: warn(...)` comment for it into the template,
    /// so that `rfs lint` reaches the same verdict.
    pub hatch: Option<crate::tree::Mark>,
    /// How to fix this finding where it can say more than the rule's hint: the property's own
    /// type, the name to write, the value quoted (`None`: the rule's hint; see
    /// [`Finding::hint`]).
    pub fix: Option<String>,
}

impl Finding {
    /// A finding of `rule` at the rule's usual severity, about the whole template (no path,
    /// item, position or caller yet: the builder methods below add them).
    pub fn new(rule: &'static Rule, message: impl Into<String>) -> Self {
        Finding {
            rule,
            severity: rule.severity,
            path: String::new(),
            item: None,
            pos: Pos::NONE,
            caller: None,
            message: message.into(),
            hatch: None,
            fix: None,
        }
    }

    /// How to fix it: the finding's own hint, computed from what it found, or else the rule's.
    pub fn hint(&self) -> &str {
        self.fix.as_deref().unwrap_or(self.rule.hint)
    }

    /// The same finding with a hint of its own (see [`Finding::hint`]).
    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.fix = Some(hint.into());
        self
    }

    /// The same finding at another severity.
    pub fn with_severity(mut self, severity: Severity) -> Self {
        self.severity = severity;
        self
    }

    /// The same finding at a line and column of the file.
    pub fn at(mut self, pos: Pos) -> Self {
        self.pos = pos;
        self
    }

    /// The same finding at a template path (`node_templates.web.properties.cidr`).
    pub fn in_path(mut self, path: impl Into<String>) -> Self {
        self.path = path.into();
        self
    }

    /// The same finding inside the item `name` of `section`.
    pub fn in_item(mut self, section: &'static str, name: impl Into<String>) -> Self {
        self.item = Some((section, name.into()));
        self
    }
}

impl fmt::Display for Finding {
    /// `src/stacks/web.rs:23:5: error[range]: node_templates.ip.properties.bandwidth.size: 999
    /// is above the maximum 300` (the location is the Rust call, or the line and column).
    /// Text from the template is escaped ([`crate::text::escape`]): a finding is one line.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use crate::text::escape;
        if let Some(c) = self.caller {
            write!(f, "{}:{}:{}: ", escape(c.file()), c.line(), c.column())?;
        } else if self.pos.is_known() {
            write!(f, "{}: ", self.pos)?;
        }
        write!(f, "{}[{}]: ", self.severity, self.rule.id)?;
        if !self.path.is_empty() {
            write!(f, "{}: ", escape(&self.path))?;
        }
        f.write_str(&escape(&self.message))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_kebab_case() {
        let mut ids: Vec<&str> = ALL.iter().map(|r| r.id).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), ALL.len());
        assert!(
            ALL.iter()
                .all(|r| r.id.chars().all(|c| c.is_ascii_lowercase() || c == '-'))
        );
        assert_eq!(by_id("cycle").map(|r| r.severity), Some(Severity::Error));
        assert_eq!(constant(YAML_11), "YAML_11");
        assert_eq!(constant(INPUT_NAME), "INPUT_NAME");
    }

    #[test]
    fn a_finding_is_built_one_way_and_shown_on_one_line() {
        let f = Finding::new(RANGE, "999 is\nabove")
            .at(Pos { line: 3, column: 7 })
            .in_path("node_templates.a\nb");
        assert_eq!(f.severity, Severity::Error);
        let shown = f.to_string();
        assert_eq!(
            shown,
            "3:7: error[range]: node_templates.a\\u{a}b: 999 is\\u{a}above"
        );
        let w = Finding::new(RANGE, "x").with_severity(Severity::Warning);
        assert_eq!(w.severity, Severity::Warning);
    }

    #[test]
    fn relaxed_rules_are_warnings() {
        for r in RELAXED {
            assert_eq!(r.rule.severity, Severity::Warning, "{}", r.rule.id);
            assert!(r.rule.summary.contains("relaxed"), "{}", r.rule.id);
        }
    }
}
