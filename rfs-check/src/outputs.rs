//! Outputs: names, fields, a value (where `concat` may hold `get_attribute`), descriptions.
//! Rules: `output-name`, `output`, `description` (of outputs).

use crate::checker::{Checker, Place};
use crate::language::{OUTPUT_DESCRIPTION_MAX, OUTPUT_FIELDS, OUTPUT_NAMES};
use crate::rules;
use crate::tree::{Key, Node};

impl<'a> Checker<'a> {
    pub(crate) fn output(&mut self, k: &Key, v: &'a Node) {
        self.name_rule(&OUTPUT_NAMES, rules::OUTPUT_NAME, "output name", k);
        let Some(fields) = v.as_map() else {
            self.report(
                rules::OUTPUT,
                v.pos,
                format!("an output is a map with a value, not {}", v.kind()),
            );
            return;
        };
        self.duplicates(fields);
        for (f, value) in fields {
            self.at(&f.name, |c| match f.as_str() {
                "value" => c.value_functions(value, Place::Outputs),
                "description" => {
                    c.text_limit(value, OUTPUT_DESCRIPTION_MAX, "an output description")
                }
                other if OUTPUT_FIELDS.contains(&other) => {}
                other => c.report(
                    rules::OUTPUT,
                    f.pos,
                    format!("unknown output field '{other}'"),
                ),
            });
        }
        if v.get("value").is_none() {
            self.report(
                rules::OUTPUT,
                k.pos,
                format!("output '{}' has no value", k.name),
            );
        }
    }
}
