//! Policies: names, keys, the two policy types, their properties, and targets that are
//! elements of the template. Rule: `policy` (and the property rules, through the type's spec).

use crate::checker::{Checker, Place};
use crate::language::{POLICY_KEYS, POLICY_NAMES, POLICY_TYPES};
use crate::rules;
use crate::tree::{Key, Node, Yaml};

impl<'a> Checker<'a> {
    pub(crate) fn policy(&mut self, k: &Key, v: &'a Node) {
        if !POLICY_NAMES.accepts(&k.name) {
            self.report(
                rules::POLICY,
                k.pos,
                format!(
                    "policy name '{}' breaks the rule: {}",
                    k.name,
                    POLICY_NAMES.describe()
                ),
            );
        }
        let Some(fields) = v.as_map() else {
            self.report(
                rules::POLICY,
                v.pos,
                format!("a policy is a map, not {}", v.kind()),
            );
            return;
        };
        self.duplicates(fields);
        for (f, _) in fields {
            if !POLICY_KEYS.contains(&f.as_str()) {
                self.report(
                    rules::POLICY,
                    f.pos,
                    format!("unknown policy key '{}'", f.name),
                );
            }
        }
        match v.get("type").map(|t| (t, t.as_str())) {
            Some((_, Some(name))) if POLICY_TYPES.contains(&name) => {
                if let Some(spec) = self.catalog.element(name) {
                    let props = v.get("properties");
                    self.at("properties", |c| {
                        c.properties(spec, props, k.pos, Place::Policies)
                    });
                }
            }
            Some((t, _)) => self.report(
                rules::POLICY,
                t.pos,
                format!(
                    "policy type {} is not {}",
                    t.show(),
                    POLICY_TYPES.join(" or ")
                ),
            ),
            None => self.report(rules::POLICY, k.pos, "a policy needs a type"),
        }
        self.at("targets", |c| match v.get("targets") {
            Some(Node {
                value: Yaml::List(targets),
                pos,
                ..
            }) => {
                if targets.is_empty() {
                    c.report(rules::POLICY, *pos, "a policy needs at least one target");
                }
                for t in targets {
                    match t.as_str() {
                        Some(name) if c.elements.contains_key(name) => {}
                        _ => c.report(
                            rules::POLICY,
                            t.pos,
                            format!("target {} is not an element of this template", t.show()),
                        ),
                    }
                }
            }
            Some(t) => c.report(
                rules::POLICY,
                t.pos,
                format!("targets is a list of element names, not {}", t.kind()),
            ),
            None => c.report(rules::POLICY, k.pos, "a policy needs targets"),
        });
    }
}
