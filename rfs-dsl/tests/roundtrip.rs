//! Property test: random stacks emit YAML that parses back to the template tree synth checked.

use proptest::prelude::*;
use rfs_dsl::Stack;
use rfs_dsl::engine::tree::{Node, Yaml};
use rfs_dsl::types::core::{Map, Value};
use rfs_dsl::types::vpc;
use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};

/// A plain YAML tree, to compare what was written with what is read back.
#[derive(Debug, PartialEq)]
enum Tree {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    List(Vec<Tree>),
    Map(Vec<(String, Tree)>),
}

/// What a template tree should read back as.
fn expected(n: &Node) -> Tree {
    match &n.value {
        Yaml::Null => Tree::Null,
        Yaml::Bool(b) => Tree::Bool(*b),
        Yaml::Int(i) => Tree::Int(*i),
        Yaml::Float(x) => Tree::Float(*x),
        Yaml::Str(s) => Tree::Str(s.clone()),
        Yaml::List(items) => Tree::List(items.iter().map(expected).collect()),
        Yaml::Map(m) => Tree::Map(
            m.iter()
                .map(|(k, v)| (k.as_str().to_owned(), expected(v)))
                .collect(),
        ),
    }
}

impl<'de> Deserialize<'de> for Tree {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Tree;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("YAML")
            }
            fn visit_unit<E>(self) -> Result<Tree, E> {
                Ok(Tree::Null)
            }
            fn visit_none<E>(self) -> Result<Tree, E> {
                Ok(Tree::Null)
            }
            fn visit_bool<E>(self, v: bool) -> Result<Tree, E> {
                Ok(Tree::Bool(v))
            }
            fn visit_i64<E>(self, v: i64) -> Result<Tree, E> {
                Ok(Tree::Int(v))
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Tree, E> {
                i64::try_from(v).map(Tree::Int).map_err(E::custom)
            }
            fn visit_f64<E>(self, v: f64) -> Result<Tree, E> {
                Ok(Tree::Float(v))
            }
            fn visit_str<E>(self, v: &str) -> Result<Tree, E> {
                Ok(Tree::Str(v.to_owned()))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut a: A) -> Result<Tree, A::Error> {
                let mut v = Vec::new();
                while let Some(x) = a.next_element()? {
                    v.push(x);
                }
                Ok(Tree::List(v))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut a: A) -> Result<Tree, A::Error> {
                let mut v = Vec::new();
                while let Some(e) = a.next_entry()? {
                    v.push(e);
                }
                Ok(Tree::Map(v))
            }
        }
        d.deserialize_any(V)
    }
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        "\\PC{0,16}",
        "[ -~]{0,12}\n[ -~]{0,12}",
        Just(String::new()),
        prop::sample::select(vec![
            "true", "false", "null", "~", "5.7", "0123", "08", "1e3", "0x1F", "-", "- x", "a: b",
            "#c", " lead", "trail ", "yes", "No", ".inf", "*alias", "&anchor", "!tag", "'q'",
            "\"d\"", "%", "@",
        ])
        .prop_map(str::to_owned),
    ]
}

fn value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::Int),
        prop::num::f64::NORMAL.prop_map(Value::Float),
        text().prop_map(Value::String),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::List),
            prop::collection::vec((text(), inner), 0..4)
                .prop_map(|entries| Value::Map(entries.into_iter().collect::<Map>())),
        ]
    })
}

fn stack(names: Vec<String>, extras: Vec<(String, Value)>, valid: bool) -> Stack {
    let mut stack = Stack::new("prop");
    let mut previous = None;
    for (i, (text, extra)) in names.into_iter().zip(extras).enumerate() {
        let name = if valid {
            format!("net-{i}")
        } else {
            text.clone()
        };
        let element = vpc::Vpc::builder()
            .name(if valid { format!("n{i}") } else { text })
            .cidr("10.0.0.0/8")
            .build();
        let network = stack.add(&format!("vpc-{i}"), element);
        let mut subnet = vpc::Subnet::builder()
            .name(name)
            .cidr("10.0.0.0/24")
            .gateway("10.0.0.1")
            .vpc_id(network.id());
        if !valid {
            subnet = subnet.unlisted_property(extra.0, extra.1);
        }
        let subnet = stack.add(&format!("subnet-{i}"), subnet.build());
        if let Some(prev) = previous.replace(subnet.clone()) {
            stack.depends_on(&subnet, &prev);
        }
    }
    stack
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn yaml_parses_back_to_the_same_tree(
        names in prop::collection::vec(text(), 0..6),
        extras in prop::collection::vec((text(), value()), 6),
    ) {
        let s = stack(names, extras, false);
        let synth = s.synth();
        prop_assume!(synth.is_ok());
        let synth = synth.unwrap();
        let back: Tree = serde_saphyr::from_str(&synth.yaml).unwrap();
        prop_assert_eq!(back, expected(&synth.template), "{}", synth.yaml);
    }
}

/// A stack large enough to be written on one thread while it is checked on another writes the
/// tree it checked, escape hatches and text that needs quoting included.
#[test]
fn large_stacks_write_the_tree_they_check() {
    let words = [
        "true", "yes", "0123", "1e3", "a: b", "#c", " lead", "~", "plain", "ü", "-", "null",
    ];
    let n = 400;
    let mut s = Stack::new("large");
    for i in 0..n {
        let word = |k: usize| words[(i + k) % words.len()];
        let mut extra = Map::new();
        extra.insert(word(3), word(5));
        let vpc = vpc::Vpc::builder()
            .name(format!("n{i}"))
            .cidr("10.0.0.0/8")
            .unlisted_property(format!("{} {i}", word(0)), Value::Map(extra))
            .build();
        let vpc = s.add(&format!("vpc-{i}"), vpc);
        s.output(&format!("o{i}"), vpc.attr().ref_id())
            .description(word(7));
    }
    let synth = s.synth().expect("synthesizes");
    let back: Tree = serde_saphyr::from_str(&synth.yaml).unwrap();
    assert_eq!(back, expected(&synth.template));
    let hatches = synth
        .findings
        .iter()
        .filter(|f| f.rule.id == "escape-hatch")
        .count();
    assert_eq!(hatches, n, "one escape hatch per unlisted property");
    assert_eq!(s.to_yaml().unwrap(), synth.yaml);
}
