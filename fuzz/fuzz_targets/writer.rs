//! Arbitrary values through the DSL's YAML writer: any text (control characters, YAML 1.1
//! look-alikes, quotes), any number and any nesting that synthesizes must read back as the
//! same template.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rfs_dsl::engine::tree::{Node, Yaml};
use rfs_dsl::Stack;
use rfs_dsl::types::aos;
use rfs_dsl::types::core::{Map, Value};

/// The next `n` bytes (fewer at the end).
fn take<'a>(data: &mut &'a [u8], n: usize) -> &'a [u8] {
    let n = n.min(data.len());
    let (a, b) = data.split_at(n);
    *data = b;
    a
}

/// A value decoded from the bytes: each byte picks a kind, the following ones its content.
fn value(data: &mut &[u8], depth: usize) -> Value {
    let Some((&kind, rest)) = data.split_first() else {
        return Value::Null;
    };
    *data = rest;
    match kind % 8 {
        0 => Value::Null,
        1 => Value::Bool(kind & 0x80 != 0),
        2 => {
            let b = take(data, 8);
            let mut x = [0u8; 8];
            x[..b.len()].copy_from_slice(b);
            Value::Int(i64::from_le_bytes(x))
        }
        3 => {
            let b = take(data, 8);
            let mut x = [0u8; 8];
            x[..b.len()].copy_from_slice(b);
            Value::Float(f64::from_le_bytes(x))
        }
        4 | 5 => {
            let n = take(data, 1).first().copied().unwrap_or(0) as usize % 24;
            Value::String(String::from_utf8_lossy(take(data, n)).into_owned())
        }
        6 if depth < 80 => {
            let n = take(data, 1).first().copied().unwrap_or(0) as usize % 4;
            Value::List((0..n).map(|_| value(data, depth + 1)).collect())
        }
        _ if depth < 80 => {
            let n = take(data, 1).first().copied().unwrap_or(0) as usize % 4;
            let mut m = Map::new();
            for _ in 0..n {
                let k = take(data, 1).first().copied().unwrap_or(0) as usize % 12;
                let key = String::from_utf8_lossy(take(data, k)).into_owned();
                m.insert(key, value(data, depth + 1));
            }
            Value::Map(m)
        }
        _ => Value::Null,
    }
}

/// Nodes compared as values (positions and marks aside); NaN equals NaN.
fn same(a: &Node, b: &Node) -> bool {
    match (&a.value, &b.value) {
        (Yaml::Float(x), Yaml::Float(y)) => x == y || (x.is_nan() && y.is_nan()),
        (Yaml::List(x), Yaml::List(y)) => x.len() == y.len() && x.iter().zip(y).all(|(a, b)| same(a, b)),
        (Yaml::Map(x), Yaml::Map(y)) => {
            x.len() == y.len()
                && x.iter().zip(y).all(|((k, a), (l, b))| k.name == l.name && same(a, b))
        }
        (x, y) => x == y,
    }
}

fuzz_target!(|data: &[u8]| {
    let mut data = data;
    let mut inputs = Map::new();
    while !data.is_empty() && inputs.len() < 8 {
        let k = data[0] as usize % 12;
        data = &data[1..];
        let n = k.min(data.len());
        let key = String::from_utf8_lossy(&data[..n]).into_owned();
        data = &data[n..];
        inputs.insert(key, value(&mut data, 0));
    }
    let mut stack = Stack::new("fuzz");
    stack.add(
        "nested",
        aos::Stack::builder()
            .template_id(aos::TemplateId::existing("t"))
            .inputs(inputs)
            .build(),
    );
    if let Ok(synth) = stack.synth() {
        let back = rfs_cli::lint::read(&synth.yaml, &Default::default())
            .unwrap_or_else(|e| panic!("synthesized YAML does not parse: {e:?}\n{}", synth.yaml));
        assert!(same(&back, &synth.template), "read back differently:\n{}", synth.yaml);
    }
});
