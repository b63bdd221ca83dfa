//! Arbitrary stacks through the whole promise: a stack the DSL builds from the bytes (any
//! names, any text, references, inputs, mappings, conditions, outputs, unlisted properties)
//! that synthesizes must lint without errors, and `rfs import` must write it back (without
//! `--allow-errors`) as a Rust file holding only what the importer writes.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rfs_cli::import::import;
use rfs_dsl::func::{concat, cond_eq};
use rfs_dsl::types::core::Value;
use rfs_dsl::types::vpc;
use rfs_dsl::{Input, Mapping, Stack};

#[path = "../../rfs-cli/tests/common/inert.rs"]
mod inert;

/// Reads the bytes as a short program of stack-building steps.
struct Bytes<'a>(&'a [u8]);

impl Bytes<'_> {
    fn byte(&mut self) -> u8 {
        let Some((&b, rest)) = self.0.split_first() else {
            return 0;
        };
        self.0 = rest;
        b
    }

    /// Text of up to 15 bytes: any characters, names included.
    fn text(&mut self) -> String {
        let n = (self.byte() % 16) as usize;
        let n = n.min(self.0.len());
        let (t, rest) = self.0.split_at(n);
        self.0 = rest;
        String::from_utf8_lossy(t).into_owned()
    }
}

fn stack(data: &[u8]) -> Stack {
    let mut b = Bytes(data);
    let mut stack = Stack::new("fuzz");
    let mut vpcs = Vec::new();
    let mut subnets = Vec::new();
    let mut texts: Vec<rfs_dsl::types::core::Val<String>> = Vec::new();
    for _ in 0..24 {
        if b.0.is_empty() {
            break;
        }
        match b.byte() % 8 {
            0 => {
                let (node, name) = (b.text(), b.text());
                let vpc = vpc::Vpc::builder().name(name).cidr("10.0.0.0/8").build();
                vpcs.push(stack.add(&node, vpc));
            }
            1 if !vpcs.is_empty() => {
                let on = &vpcs[b.byte() as usize % vpcs.len()];
                let (node, name) = (b.text(), b.text());
                let mut subnet = vpc::Subnet::builder()
                    .name(name)
                    .cidr("10.0.0.0/24")
                    .gateway("10.0.0.1")
                    .vpc_id(on.id());
                if b.byte() % 2 == 0 {
                    let (key, value) = (b.text(), b.text());
                    subnet = subnet.unlisted_property(key, Value::String(value));
                }
                subnets.push(stack.add(&node, subnet.build()));
            }
            2 => {
                let name = b.text();
                let input = Input::<String>::new().default_value(b.text());
                texts.push(stack.input(&name, input));
            }
            3 => {
                let (name, top, second, value) = (b.text(), b.text(), b.text(), b.text());
                let m = stack.mapping(&name, Mapping::new().entry(&top, &second, value.as_str()));
                texts.push(m.get_string(top, second));
            }
            4 if !texts.is_empty() => {
                let name = b.text();
                let part = texts[b.byte() as usize % texts.len()].clone();
                let literal = b.text();
                stack.output(&name, concat((literal, part)));
            }
            5 if !vpcs.is_empty() => {
                let name = b.text();
                let vpc = &vpcs[b.byte() as usize % vpcs.len()];
                stack.output(&name, vpc.attr().ref_id());
            }
            6 if !texts.is_empty() && !subnets.is_empty() => {
                let name = b.text();
                let value = texts[b.byte() as usize % texts.len()].clone();
                let c = stack.condition(&name, cond_eq(value, b.text()));
                let subnet = &subnets[b.byte() as usize % subnets.len()];
                stack.set_condition(subnet, &c);
            }
            _ => {
                let name = b.text();
                let text = b.text();
                stack.output(&name, text);
            }
        }
    }
    stack
}

fuzz_target!(|data: &[u8]| {
    let Ok(synth) = stack(data).synth() else {
        return;
    };
    let catalog = rfs_cli::lint::catalog();
    let findings = rfs_cli::lint::lint(&synth.yaml, catalog);
    let errors: Vec<String> = findings
        .iter()
        .filter(|f| f.severity == rfs_dsl::engine::rules::Severity::Error)
        .map(ToString::to_string)
        .collect();
    assert!(errors.is_empty(), "a synthesized stack lints with errors: {errors:?}\n{}", synth.yaml);
    let Ok(model) = rfs_cli::specs() else {
        return;
    };
    match import(&synth.yaml, "fuzz", "fuzz.yaml", model, catalog, false) {
        Ok(imported) => {
            if let Err(why) = inert::inert(&imported.code) {
                panic!("rfs import wrote code that is not inert ({why}):\n{}", imported.code);
            }
        }
        Err(e) => panic!("rfs import refused a synthesized stack: {e}\n{}", synth.yaml),
    }
});
