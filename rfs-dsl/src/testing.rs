//! Assertions for testing your own stacks, in the spirit of the AWS CDK's `Template`
//! assertions: find elements by their typed kind, match their properties by subset, count
//! them, check outputs and requirements, and assert that synthesis warns about nothing.
//!
//! ```
//! use rfs_dsl::testing::Template;
//! use rfs_dsl::types::vpc;
//! use rfs_dsl::{Stack, json};
//!
//! let mut stack = Stack::new("web");
//! let net = stack.add("web-vpc", vpc::Vpc::builder().name("web").cidr("10.0.0.0/16").build());
//! stack.add(
//!     "web-subnet",
//!     vpc::Subnet::builder()
//!         .name("web")
//!         .cidr("10.0.1.0/24")
//!         .gateway("10.0.1.1")
//!         .vpc_id(net.id())
//!         .build(),
//! );
//! stack.output("vpc", net.id());
//!
//! let t = Template::from_stack(&stack);
//! t.resource_count_is::<vpc::Subnet>(1);
//! t.has_resource_properties::<vpc::Subnet>(json!({"cidr": "10.0.1.0/24"}));
//! t.has_resource_properties::<vpc::Subnet>(json!({"vpcId": net.id()})); // typed values too
//! t.has_requirement("web-subnet", "vpcId", "web-vpc");
//! t.has_output("vpc", json!({"get_reference": "web-vpc"}));
//! t.has_no_warnings();
//! ```
//!
//! Each assertion panics with what the template holds when it fails. For the whole template,
//! snapshot its YAML: `insta::assert_snapshot!(Template::from_stack(&stack).yaml())`.

use serde_json::Value as Json;

use crate::Stack;
use rfs_check::tree::{Node, Yaml};
use rfs_check::{Finding, Severity};
use rfs_types::core::Element;

/// A synthesized stack, to assert on (see the module docs).
pub struct Template {
    yaml: String,
    root: Json,
    findings: Vec<Finding>,
}

/// A template value as JSON: maps in their order, numbers as numbers.
fn json(node: &Node) -> Json {
    match &node.value {
        Yaml::Null => Json::Null,
        Yaml::Bool(b) => Json::Bool(*b),
        Yaml::Int(i) => Json::from(*i),
        Yaml::Float(x) => serde_json::Number::from_f64(*x).map_or(Json::Null, Json::Number),
        Yaml::Str(s) => Json::String(s.clone()),
        Yaml::List(items) => Json::Array(items.iter().map(json).collect()),
        Yaml::Map(entries) => Json::Object(
            entries
                .iter()
                .map(|(k, v)| (k.as_str().to_owned(), json(v)))
                .collect(),
        ),
    }
}

/// Whether `actual` holds `expected`: maps by subset (recursively), lists item by item with the
/// same length, numbers by value, everything else by equality.
fn holds(actual: &Json, expected: &Json) -> bool {
    match (actual, expected) {
        (Json::Object(a), Json::Object(e)) => {
            e.iter().all(|(k, v)| a.get(k).is_some_and(|x| holds(x, v)))
        }
        (Json::Array(a), Json::Array(e)) => {
            a.len() == e.len() && a.iter().zip(e).all(|(x, v)| holds(x, v))
        }
        (Json::Number(a), Json::Number(e)) => a.as_f64() == e.as_f64(),
        (a, e) => a == e,
    }
}

fn pretty(v: &Json) -> String {
    serde_json::to_string_pretty(v).unwrap_or_default()
}

impl Template {
    /// Synthesizes `stack`; panics with every finding if it has errors.
    #[track_caller]
    pub fn from_stack(stack: &Stack) -> Self {
        match stack.synth() {
            Ok(s) => Template {
                root: json(&s.template),
                yaml: s.yaml,
                findings: s.findings,
            },
            Err(e) => panic!("the stack does not synthesize:\n{e}"),
        }
    }

    /// The template's YAML (for snapshots).
    pub fn yaml(&self) -> &str {
        &self.yaml
    }

    /// The findings synth reported (warnings and infos; errors would have panicked).
    pub fn findings(&self) -> &[Finding] {
        &self.findings
    }

    fn section(&self, name: &str) -> Vec<(&String, &Json)> {
        match self.root.get(name) {
            Some(Json::Object(m)) => m.iter().collect(),
            _ => Vec::new(),
        }
    }

    /// The elements of type `E`: (name, properties).
    pub fn resources<E: Element>(&self) -> Vec<(String, Json)> {
        self.section("node_templates")
            .into_iter()
            .filter(|(_, e)| e.get("type").and_then(Json::as_str) == Some(E::TYPE))
            .map(|(n, e)| {
                (
                    n.clone(),
                    e.get("properties").cloned().unwrap_or(Json::Null),
                )
            })
            .collect()
    }

    /// Asserts the template has exactly `count` elements of type `E`.
    #[track_caller]
    pub fn resource_count_is<E: Element>(&self, count: usize) {
        let found = self.resources::<E>();
        assert!(
            found.len() == count,
            "expected {count} element(s) of type {}, found {}: {:?}",
            E::TYPE,
            found.len(),
            found.iter().map(|(n, _)| n).collect::<Vec<_>>()
        );
    }

    /// Asserts some element of type `E` has properties holding `expected` (any serde value:
    /// `json!({...})` with literals or typed values such as `net.id()`): maps match by subset,
    /// lists item by item. On failure, shows every element of that type.
    #[track_caller]
    pub fn has_resource_properties<E: Element>(&self, expected: impl serde_core::Serialize) {
        let expected = serde_json::to_value(&expected).unwrap_or(Json::Null);
        let found = self.resources::<E>();
        if found.iter().any(|(_, p)| holds(p, &expected)) {
            return;
        }
        let there: Vec<String> = found
            .iter()
            .map(|(n, p)| format!("{n}: {}", pretty(p)))
            .collect();
        panic!(
            "no {} element has properties holding\n{}\nthere are:\n{}",
            E::TYPE,
            pretty(&expected),
            if there.is_empty() {
                "(none)".to_owned()
            } else {
                there.join("\n")
            }
        );
    }

    /// Asserts output `name` exists and, unless `expected` is `null`, its value holds it.
    #[track_caller]
    pub fn has_output(&self, name: &str, expected: impl serde_core::Serialize) {
        let expected = serde_json::to_value(&expected).unwrap_or(Json::Null);
        let outputs = self.section("outputs");
        let Some((_, out)) = outputs.iter().find(|(n, _)| n.as_str() == name) else {
            panic!(
                "no output '{name}'; outputs: {:?}",
                outputs.iter().map(|(n, _)| n).collect::<Vec<_>>()
            );
        };
        let value = out.get("value").unwrap_or(&Json::Null);
        assert!(
            expected.is_null() || holds(value, &expected),
            "output '{name}' is\n{}\nnot holding\n{}",
            pretty(value),
            pretty(&expected)
        );
    }

    /// Asserts element `from` has a requirement `key` on element `to` (written or derived).
    #[track_caller]
    pub fn has_requirement(&self, from: &str, key: &str, to: &str) {
        let elements = self.section("node_templates");
        let Some((_, e)) = elements.iter().find(|(n, _)| n.as_str() == from) else {
            panic!("no element '{from}'");
        };
        let reqs = e
            .get("requirements")
            .cloned()
            .unwrap_or(Json::Array(Vec::new()));
        let found = reqs.as_array().is_some_and(|items| {
            items.iter().any(|r| {
                r.get(key)
                    .and_then(|t| t.get("node"))
                    .and_then(Json::as_str)
                    == Some(to)
            })
        });
        assert!(
            found,
            "'{from}' has no requirement {key} -> {to}; its requirements:\n{}",
            pretty(&reqs)
        );
    }

    /// Asserts synth reported no warning (infos such as escape hatches are allowed).
    #[track_caller]
    pub fn has_no_warnings(&self) {
        let warnings: Vec<String> = self
            .findings
            .iter()
            .filter(|f| f.severity == Severity::Warning)
            .map(ToString::to_string)
            .collect();
        assert!(warnings.is_empty(), "warnings:\n{}", warnings.join("\n"));
    }
}
