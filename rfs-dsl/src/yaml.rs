//! YAML output: the one place that talks to serde-saphyr.
//!
//! Values are written in the order they hold, without anchors or aliases; strings that YAML would
//! read as another type (`'5.7'`, `'true'`, `'0123'`, `'null'`) are quoted by the serializer.

use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};

use rfs_types::core::{Map, Value};

/// Writes a value as a YAML document.
pub fn to_string(value: &Value) -> Result<String, serde_saphyr::SerializeError> {
    serialize(&Yaml(value))
}

/// Writes anything serde can serialize as a YAML document, with the same settings.
pub(crate) fn serialize<T: Serialize>(value: &T) -> Result<String, serde_saphyr::SerializeError> {
    serde_saphyr::to_string(value)
}

/// A value, serialized as YAML wants it (functions as single-key maps).
pub(crate) struct Yaml<'a>(pub(crate) &'a Value);

/// A map, serialized in its order.
pub(crate) struct YamlMap<'a>(pub(crate) &'a Map);

impl Serialize for YamlMap<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in self.0.iter() {
            m.serialize_entry(k, &Yaml(v))?;
        }
        m.end()
    }
}

impl Serialize for Yaml<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.0 {
            Value::Null => s.serialize_unit(),
            Value::Bool(b) => s.serialize_bool(*b),
            Value::Int(i) => s.serialize_i64(*i),
            Value::Float(x) => s.serialize_f64(*x),
            Value::String(text) => s.serialize_str(text),
            Value::List(items) => {
                let mut seq = s.serialize_seq(Some(items.len()))?;
                for item in items {
                    seq.serialize_element(&Yaml(item))?;
                }
                seq.end()
            }
            Value::Map(map) => YamlMap(map).serialize(s),
            Value::Function(f) => {
                let (name, arg) = f.to_template();
                let mut m = s.serialize_map(Some(1))?;
                m.serialize_entry(name, &Yaml(&arg))?;
                m.end()
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rfs_types::core::{Function, Map};

    #[test]
    fn ambiguous_strings_are_quoted() {
        let map: Map = ["5.7", "true", "0123", "null", "08", "plain"]
            .into_iter()
            .enumerate()
            .map(|(i, v)| (format!("k{i}"), v))
            .collect();
        let out = to_string(&Value::Map(map)).unwrap();
        assert_eq!(
            out,
            "k0: \"5.7\"\nk1: \"true\"\nk2: \"0123\"\nk3: \"null\"\nk4: \"08\"\nk5: plain\n"
        );
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
        let out = to_string(&Value::Map(map)).unwrap();
        assert_eq!(
            out,
            "vpcId:\n  get_reference: my-vpc\nip:\n  get_attribute:\n  - vm\n  - publicIps\n"
        );
    }
}
