//! The one check only Rust needs: a reference made by another stack (YAML has no way to say
//! that). Every other rule is the rule engine's (`rfs_check::lint_tree`), run on the rendered
//! template in [`crate::Stack::synth`].

use rfs_check::rules::{self, Finding};
use rfs_types::core::{NodeName, Value};

use crate::stack::Stack;

fn foreign(section: &'static str, item: &str, path: String, what: &str, name: &str) -> Finding {
    Finding::new(
        rules::FOREIGN_REFERENCE,
        format!("{what} '{name}' was made by another stack"),
    )
    .in_path(path)
    .in_item(section, item)
}

/// Every reference, dependency, policy target or condition of `stack` that another stack made.
pub(crate) fn references(stack: &Stack) -> Vec<Finding> {
    let mut out = Vec::new();
    let theirs = |n: &NodeName| n.scope != 0 && n.scope != stack.scope;
    // The path is formatted only for a finding: most values hold no foreign reference.
    let mut values = |section: &'static str, item: &str, path: &dyn Fn() -> String, v: &Value| {
        v.visit_functions(&mut |f| {
            if let Some(n) = f.referenced()
                && theirs(n)
            {
                out.push(foreign(section, item, path(), f.name(), &n.name));
            }
        });
    };
    for (name, c, _) in &stack.conditions {
        values("conditions", name, &|| format!("conditions.{name}"), &c.0);
    }
    for n in &stack.nodes {
        for (key, v) in n.properties.iter() {
            let path = || format!("node_templates.{}.properties.{key}", n.name);
            values("node_templates", &n.name, &path, v);
        }
    }
    for p in &stack.policies {
        for (key, v) in p.properties.iter() {
            let path = || format!("policies.{}.properties.{key}", p.name);
            values("policies", &p.name, &path, v);
        }
    }
    for (name, o, _) in &stack.outputs {
        values(
            "outputs",
            name,
            &|| format!("outputs.{name}.value"),
            &o.value,
        );
    }
    for n in &stack.nodes {
        for r in n.requirements.iter().filter(|r| theirs(&r.target)) {
            let path = format!("node_templates.{}.requirements", n.name);
            let what = format!("requirement '{}' on", r.key);
            out.push(foreign(
                "node_templates",
                &n.name,
                path,
                &what,
                &r.target.name,
            ));
        }
        if let Some((c, scope)) = &n.condition
            && *scope != stack.scope
        {
            let path = format!("node_templates.{}.condition", n.name);
            out.push(foreign("node_templates", &n.name, path, "condition", c));
        }
    }
    for p in &stack.policies {
        for t in p.targets.iter().filter(|t| theirs(t)) {
            let path = format!("policies.{}.targets", p.name);
            out.push(foreign("policies", &p.name, path, "target", &t.name));
        }
    }
    out
}
