//! YAML output: the one place that talks to serde-saphyr.
//!
//! Templates are written in the order they hold, without anchors or aliases; strings that YAML
//! would read as another type (`'5.7'`, `'true'`, `'0123'`, `'null'`) are quoted by the
//! serializer.

use serde_core::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};

use rfs_check::scalar::plain_is_text;
use rfs_check::tree::{Node, Yaml};

/// Writes a checked template tree as a YAML document. Only [`crate::Stack::synth`] calls it,
/// after the checks: there is no public way to write a template without them.
pub(crate) fn write(template: &Node) -> Result<String, serde_saphyr::SerializeError> {
    serde_saphyr::to_string(&Tree(template))
}

/// A tree node, serialized in its order.
struct Tree<'a>(&'a Node);

impl Serialize for Tree<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match &self.0.value {
            Yaml::Null => s.serialize_unit(),
            Yaml::Bool(b) => s.serialize_bool(*b),
            Yaml::Int(i) => s.serialize_i64(*i),
            Yaml::Float(x) => s.serialize_f64(*x),
            // Text that a YAML 1.2 or 1.1 reader would read as something else is always quoted:
            // the platform's reader is not documented (see `rfs_check::scalar`).
            Yaml::Str(text) if !plain_is_text(text) => {
                serde_saphyr::DoubleQuoted(text.as_str()).serialize(s)
            }
            Yaml::Str(text) => s.serialize_str(text),
            Yaml::List(items) => {
                let mut seq = s.serialize_seq(Some(items.len()))?;
                for item in items {
                    seq.serialize_element(&Tree(item))?;
                }
                seq.end()
            }
            Yaml::Map(entries) => {
                let mut m = s.serialize_map(Some(entries.len()))?;
                for (k, v) in entries {
                    if !plain_is_text(&k.name) {
                        m.serialize_entry(&serde_saphyr::DoubleQuoted(k.as_str()), &Tree(v))?;
                    } else {
                        m.serialize_entry(&k.name, &Tree(v))?;
                    }
                }
                m.end()
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::value;
    use rfs_types::core::{Function, Map, Value};

    fn to_string(v: &Value) -> String {
        write(&value(v)).unwrap()
    }

    #[test]
    fn ambiguous_strings_are_quoted() {
        let map: Map = ["5.7", "true", "0123", "null", "08", "plain"]
            .into_iter()
            .enumerate()
            .map(|(i, v)| (format!("k{i}"), v))
            .collect();
        let out = to_string(&Value::Map(map));
        assert_eq!(
            out,
            "k0: \"5.7\"\nk1: \"true\"\nk2: \"0123\"\nk3: \"null\"\nk4: \"08\"\nk5: plain\n"
        );
    }

    #[test]
    fn text_yaml_1_1_reads_differently_is_quoted_as_value_and_as_key() {
        // The same list `rfs lint` warns about when it finds one unquoted.
        for word in rfs_check::language::YAML11_EXAMPLES {
            let mut map = Map::new();
            map.insert(*word, *word);
            let out = to_string(&Value::Map(map));
            assert_eq!(out, format!("\"{word}\": \"{word}\"\n"));
        }
    }

    #[test]
    fn functions_are_single_key_maps() {
        let mut map = Map::new();
        map.insert("vpcId", Function::GetReference("my-vpc".into()));
        map.insert(
            "ip",
            Function::GetAttribute {
                node: "vm".into(),
                path: vec!["publicIps".into()],
            },
        );
        let out = to_string(&Value::Map(map));
        assert_eq!(
            out,
            "vpcId:\n  get_reference: my-vpc\nip:\n  get_attribute:\n  - vm\n  - publicIps\n"
        );
    }
}
