//! Mappings and `get_in_map`: names, the two levels of keys, values that are text or numbers,
//! and lookups of keys that exist. Rules: `mapping-name`, `mapping`, `undefined-mapping`.

use crate::checker::{Checker, is_function};
use crate::language::MAPPING_NAMES;
use crate::rules;
use crate::tree::{Key, Node, Yaml};

impl<'a> Checker<'a> {
    pub(crate) fn mapping(&mut self, k: &Key, v: &Node) {
        self.name_rule(&MAPPING_NAMES, rules::MAPPING_NAME, "mapping name", k);
        let Some(tops) = v.as_map() else {
            self.report(
                rules::MAPPING,
                v.pos,
                format!("a mapping is a map of keys, not {}", v.kind()),
            );
            return;
        };
        self.duplicates(tops);
        for (top, inner) in tops {
            self.at(&top.name, |c| {
                c.name_rule(&MAPPING_NAMES, rules::MAPPING_NAME, "mapping key", top);
                let Some(seconds) = inner.as_map() else {
                    c.report(
                        rules::MAPPING,
                        inner.pos,
                        format!(
                            "'{}' must map keys to values, not be {}",
                            top.name,
                            inner.kind()
                        ),
                    );
                    return;
                };
                c.duplicates(seconds);
                for (second, value) in seconds {
                    c.at(&second.name, |c| {
                        c.name_rule(&MAPPING_NAMES, rules::MAPPING_NAME, "mapping key", second);
                        match value.value {
                            Yaml::Str(_) | Yaml::Int(_) => {}
                            Yaml::Float(x) if x.is_finite() => {}
                            _ => c.report(
                                rules::MAPPING,
                                value.pos,
                                format!(
                                    "mapping values are text or finite numbers, not {}",
                                    value.show()
                                ),
                            ),
                        }
                    });
                }
            });
        }
    }

    /// `get_in_map: [map, top, second]`: the map is declared and has the keys, where they are
    /// written as scalars (compared as written: `1e3` is the key `1e3`).
    pub(crate) fn mapping_ref(&mut self, map: &'a Node, top: &'a Node, second: &'a Node) {
        let Some(m) = map.as_str() else {
            return;
        };
        self.used_mappings.insert(m);
        let Some(mapping) = self.mappings.get(m).copied() else {
            let names: Vec<&str> = self.mappings.keys().copied().collect();
            self.report_unknown(
                rules::UNDEFINED_MAPPING,
                map.pos,
                format!("mapping '{m}' is not declared"),
                m,
                names,
            );
            return;
        };
        // A key is named as written, or by the value YAML reads (`~` and `null` alike).
        let find = |entries: &'a [(Key, Node)], n: &Node| {
            entries.iter().find(|(k, _)| k.named_by(n)).map(|(_, v)| v)
        };
        let scalar = |n: &Node| !matches!(n.value, Yaml::List(_) | Yaml::Map(_)) && !is_function(n);
        if !scalar(top) {
            return;
        }
        let t = top.source().unwrap_or_default();
        match find(mapping.as_map().unwrap_or_default(), top) {
            None => self.report(
                rules::UNDEFINED_MAPPING,
                top.pos,
                format!("mapping '{m}' has no key '{t}'"),
            ),
            Some(inner) => {
                if let Some(seconds) = inner.as_map()
                    && scalar(second)
                    && find(seconds, second).is_none()
                {
                    self.report(
                        rules::UNDEFINED_MAPPING,
                        second.pos,
                        format!(
                            "mapping '{m}' has no key '{t}.{}'",
                            second.source().unwrap_or_default()
                        ),
                    );
                }
            }
        }
    }
}
