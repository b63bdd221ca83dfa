//! The template as a whole: its sections, version and description, what it declares, the
//! limits on inputs and mappings, what is declared but never used, and dependency cycles.
//! Rules: `section`, `version`, `description`, `too-many-inputs`, `mapping` (count),
//! `unused-input`, `unused-mapping`, `unused-condition`, `cycle`.

use std::collections::HashMap;

use crate::checker::{Checker, Place};
use crate::graph;
use crate::language::{
    CONDITION_NAMES, MAX_INPUTS, MAX_MAPPINGS, SECTIONS, TEMPLATE_DESCRIPTION_MAX, TOSCA_VERSION,
};
use crate::rules;
use crate::spec::TypeInfo;
use crate::tree::{Key, Node, Pos};

impl<'a> Checker<'a> {
    /// Checks a whole template.
    pub(crate) fn template(&mut self, root: &'a Node) {
        let Some(entries) = root.as_map() else {
            self.report(
                rules::SECTION,
                root.pos,
                format!("a template is a map of sections, not {}", root.kind()),
            );
            return;
        };
        self.duplicates(entries);
        for (k, _) in entries {
            if !SECTIONS.contains(&k.as_str()) {
                self.report(
                    rules::SECTION,
                    k.pos,
                    format!("unknown top-level section '{}'", k.name),
                );
            }
        }
        match root.get("tosca_definitions_version") {
            None => self.report(
                rules::VERSION,
                root.pos,
                "tosca_definitions_version is missing",
            ),
            Some(v) if v.as_str() != Some(TOSCA_VERSION) => {
                self.at("tosca_definitions_version", |c| {
                    c.report(
                        rules::VERSION,
                        v.pos,
                        format!(
                            "tosca_definitions_version must be {TOSCA_VERSION}, not {}",
                            v.show()
                        ),
                    )
                })
            }
            Some(_) => {}
        }
        if let Some(d) = root.get("description") {
            self.at("description", |c| {
                c.text_limit(d, TEMPLATE_DESCRIPTION_MAX, "the template description")
            });
        }
        // Declarations first, so references can be checked in any order.
        let section = |c: &mut Self, name: &str| {
            c.at(name, |c| c.map_of(root.get(name), rules::SECTION, name))
        };
        let inputs = section(self, "inputs");
        let mappings = section(self, "mappings");
        let conditions = section(self, "conditions");
        let nodes = section(self, "node_templates");
        let policies = section(self, "policies");
        let outputs = section(self, "outputs");
        if root.get("node_templates").is_none() {
            self.report(rules::SECTION, root.pos, "node_templates is missing");
        }
        self.declare(inputs, mappings, conditions, nodes);
        self.items("inputs", inputs, |c, k, v| c.input(k, v));
        self.limit(inputs, MAX_INPUTS, "inputs", rules::TOO_MANY_INPUTS);
        self.items("mappings", mappings, |c, k, v| c.mapping(k, v));
        self.limit(mappings, MAX_MAPPINGS, "mappings", rules::MAPPING);
        self.items("conditions", conditions, |c, k, v| {
            c.name_rule(&CONDITION_NAMES, rules::CONDITION_NAME, "condition name", k);
            c.value_functions(v, Place::Conditions);
        });
        self.items("node_templates", nodes, |c, k, v| c.element(k, v));
        self.items("policies", policies, |c, k, v| c.policy(k, v));
        self.items("outputs", outputs, |c, k, v| c.output(k, v));
        self.unused(inputs, mappings, conditions);
        self.cycles(root);
    }

    /// Remembers what the template declares (the first of a repeated name counts).
    fn declare(
        &mut self,
        inputs: &'a [(Key, Node)],
        mappings: &'a [(Key, Node)],
        conditions: &'a [(Key, Node)],
        nodes: &'a [(Key, Node)],
    ) {
        for (k, v) in inputs {
            self.inputs.entry(k.as_str()).or_insert(v);
        }
        for (k, v) in mappings {
            self.mappings.entry(k.as_str()).or_insert(v);
        }
        self.conditions
            .extend(conditions.iter().map(|(k, _)| k.as_str()));
        self.elements.reserve(nodes.len());
        // A template uses few types, many times each.
        let mut specs: HashMap<&str, Option<&'static TypeInfo>> = HashMap::new();
        for (k, v) in nodes {
            let spec = v
                .get("type")
                .and_then(Node::as_str)
                .and_then(|t| *specs.entry(t).or_insert_with(|| self.catalog.element(t)));
            self.elements.entry(k.as_str()).or_insert(spec);
        }
    }

    /// Inputs, mappings and conditions nothing reads.
    fn unused(
        &mut self,
        inputs: &'a [(Key, Node)],
        mappings: &'a [(Key, Node)],
        conditions: &'a [(Key, Node)],
    ) {
        // The walk is over: the sets of what was used are taken, not cloned.
        let lists = [
            (
                "inputs",
                "input",
                inputs,
                std::mem::take(&mut self.used_inputs),
                rules::UNUSED_INPUT,
            ),
            (
                "mappings",
                "mapping",
                mappings,
                std::mem::take(&mut self.used_mappings),
                rules::UNUSED_MAPPING,
            ),
            (
                "conditions",
                "condition",
                conditions,
                std::mem::take(&mut self.used_conditions),
                rules::UNUSED_CONDITION,
            ),
        ];
        for (section, what, items, used, rule) in lists {
            for (k, _) in items.iter().filter(|(k, _)| !used.contains(k.as_str())) {
                self.at(section, |c| {
                    c.in_item(section, &k.name, |c| {
                        c.report(rule, k.pos, format!("{what} '{}' is never used", k.name))
                    })
                });
            }
        }
    }

    /// Every dependency cycle among the elements, reported at the element that closes it.
    fn cycles(&mut self, root: &Node) {
        let graph = graph::dependencies(root);
        let cycles = graph::cycles(&graph);
        if cycles.is_empty() {
            return;
        }
        let pos: HashMap<&str, Pos> = graph.nodes.iter().map(|(n, _, p)| (*n, *p)).collect();
        for cycle in cycles {
            let to = cycle.last().copied().unwrap_or_default();
            let at = pos.get(to).copied().unwrap_or_default();
            self.at("node_templates", |c| {
                c.in_item("node_templates", to, |c| {
                    c.report(
                        rules::CYCLE,
                        at,
                        format!("dependency cycle: {}", cycle.join(" -> ")),
                    )
                })
            });
        }
    }
}
