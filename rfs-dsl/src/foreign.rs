//! The one check only Rust needs: a reference made by another stack (YAML has no way to say
//! that). Every other rule is the rule engine's (`rfs_check::lint_tree`), run on the rendered
//! template in [`crate::Stack::synth`].

use rfs_check::rules::{self, Finding};
use rfs_types::core::NodeName;

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
    stack.each_value(&mut |section, item, at, v| {
        v.visit_functions(&mut |f| {
            if let Some(n) = f.referenced()
                && theirs(n)
            {
                out.push(foreign(
                    section,
                    item,
                    at.path(section, item),
                    f.name(),
                    &n.name,
                ));
            }
        });
    });
    let nodes = stack.nodes.key;
    for n in stack.nodes.iter() {
        for r in n.def.requirements.iter().filter(|r| theirs(&r.target)) {
            let path = format!("{nodes}.{}.requirements", n.name);
            let what = format!("requirement '{}' on", r.key);
            out.push(foreign(nodes, &n.name, path, &what, &r.target.name));
        }
        if let Some((c, scope)) = &n.def.condition
            && *scope != stack.scope
        {
            let path = format!("{nodes}.{}.condition", n.name);
            out.push(foreign(nodes, &n.name, path, "condition", c));
        }
    }
    let policies = stack.policies.key;
    for p in stack.policies.iter() {
        for t in p.def.targets.iter().filter(|t| theirs(t)) {
            let path = format!("{policies}.{}.targets", p.name);
            out.push(foreign(policies, &p.name, path, "target", &t.name));
        }
    }
    out
}
