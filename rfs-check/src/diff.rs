//! What changed between two templates (`rfs diff`, and `rfs_dsl::build`'s check mode), by template path — independent of key
//! order, quoting, comments and the order of `requirements` entries.

use crate::text::escape;
use crate::tree::{Node, Yaml};

/// What happened at a path.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Only the new template has it.
    Added,
    /// Only the old template has it.
    Removed,
    /// Both have it, with different values.
    Changed,
}

/// One difference between two templates.
#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    /// Where: `node_templates.web.properties.cidr`, `outputs.ip`, `[2]` for a list item.
    pub path: String,
    /// Added, removed or changed.
    pub kind: Kind,
    /// The old value, written compactly (`None` when added).
    pub old: Option<String>,
    /// The new value (`None` when removed).
    pub new: Option<String>,
}

/// The changes from `old` to `new`, in the order of the sections and of the new template's keys
/// (removed keys after the kept ones). Maps are compared by key, lists by position, except an
/// element's `requirements`, compared as a set of entries.
///
/// Two stacks compare the same way, through the trees synth checked:
/// `diff(&before.synth()?.template, &after.synth()?.template)`; a template read from a file is
/// the tree `rfs_cli::lint::read` gives.
pub fn diff(old: &Node, new: &Node) -> Vec<Change> {
    let mut out = Vec::new();
    walk(old, new, "", &mut out);
    out
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    }
}

fn walk(old: &Node, new: &Node, path: &str, out: &mut Vec<Change>) {
    match (&old.value, &new.value) {
        (Yaml::Map(a), Yaml::Map(b)) => {
            for (k, v) in b {
                let at = join(path, &k.name);
                match a.iter().find(|(ka, _)| ka.name == k.name) {
                    Some((_, was)) => walk(was, v, &at, out),
                    None => out.push(Change {
                        path: at,
                        kind: Kind::Added,
                        old: None,
                        new: Some(render(v)),
                    }),
                }
            }
            for (k, v) in a {
                if !b.iter().any(|(kb, _)| kb.name == k.name) {
                    out.push(Change {
                        path: join(path, &k.name),
                        kind: Kind::Removed,
                        old: Some(render(v)),
                        new: None,
                    });
                }
            }
        }
        (Yaml::List(a), Yaml::List(b)) if path.ends_with(".requirements") => {
            for v in b.iter().filter(|v| !a.iter().any(|w| same(v, w))) {
                out.push(Change {
                    path: path.to_owned(),
                    kind: Kind::Added,
                    old: None,
                    new: Some(render(v)),
                });
            }
            for v in a.iter().filter(|v| !b.iter().any(|w| same(v, w))) {
                out.push(Change {
                    path: path.to_owned(),
                    kind: Kind::Removed,
                    old: Some(render(v)),
                    new: None,
                });
            }
        }
        (Yaml::List(a), Yaml::List(b)) => {
            for (i, v) in b.iter().enumerate() {
                let at = format!("{path}[{i}]");
                match a.get(i) {
                    Some(was) => walk(was, v, &at, out),
                    None => out.push(Change {
                        path: at,
                        kind: Kind::Added,
                        old: None,
                        new: Some(render(v)),
                    }),
                }
            }
            for (i, v) in a.iter().enumerate().skip(b.len()) {
                out.push(Change {
                    path: format!("{path}[{i}]"),
                    kind: Kind::Removed,
                    old: Some(render(v)),
                    new: None,
                });
            }
        }
        _ if same(old, new) => {}
        _ => out.push(Change {
            path: path.to_owned(),
            kind: Kind::Changed,
            old: Some(render(old)),
            new: Some(render(new)),
        }),
    }
}

/// Whether two values are the same template value: maps by key whatever their order, scalars
/// by value whatever their quoting (a number is not its text).
fn same(a: &Node, b: &Node) -> bool {
    match (&a.value, &b.value) {
        (Yaml::Map(x), Yaml::Map(y)) => {
            x.len() == y.len()
                && x.iter().all(|(k, v)| {
                    y.iter()
                        .find(|(ky, _)| ky.name == k.name)
                        .is_some_and(|(_, w)| same(v, w))
                })
        }
        (Yaml::List(x), Yaml::List(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(v, w)| same(v, w))
        }
        (Yaml::Float(x), Yaml::Float(y)) => x == y || (x.is_nan() && y.is_nan()),
        (x, y) => x == y,
    }
}

/// A value in one line: scalars as YAML writes them, lists and maps in flow style, cut after
/// 120 characters; control and bidirectional characters escaped.
pub fn render(v: &Node) -> String {
    let mut s = String::new();
    flow(v, &mut s);
    if s.chars().count() > 120 {
        s = s.chars().take(117).collect::<String>() + "...";
    }
    escape(&s).into_owned()
}

fn flow(v: &Node, s: &mut String) {
    if s.len() > 200 {
        return;
    }
    match &v.value {
        Yaml::List(items) => {
            s.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    s.push_str(", ");
                }
                flow(item, s);
            }
            s.push(']');
        }
        Yaml::Map(entries) => {
            s.push('{');
            for (i, (k, item)) in entries.iter().enumerate() {
                if i > 0 {
                    s.push_str(", ");
                }
                s.push_str(&k.name);
                s.push_str(": ");
                flow(item, s);
            }
            s.push('}');
        }
        Yaml::Str(t) => s.push_str(&format!("{t:?}")),
        _ => s.push_str(&v.show()),
    }
}

/// The changes as text, one line each (`+` added, `-` removed, `~` changed), then a summary.
pub fn text(changes: &[Change]) -> String {
    let mut out = String::new();
    for c in changes {
        let path = escape(&c.path);
        match c.kind {
            Kind::Added => out.push_str(&format!(
                "+ {path}: {}\n",
                c.new.as_deref().unwrap_or_default()
            )),
            Kind::Removed => out.push_str(&format!(
                "- {path}: {}\n",
                c.old.as_deref().unwrap_or_default()
            )),
            Kind::Changed => out.push_str(&format!(
                "~ {path}: {} -> {}\n",
                c.old.as_deref().unwrap_or_default(),
                c.new.as_deref().unwrap_or_default()
            )),
        }
    }
    let count = |k: Kind| changes.iter().filter(|c| c.kind == k).count();
    if changes.is_empty() {
        out.push_str("no changes\n");
    } else {
        out.push_str(&format!(
            "{} change(s): {} added, {} removed, {} changed\n",
            changes.len(),
            count(Kind::Added),
            count(Kind::Removed),
            count(Kind::Changed)
        ));
    }
    out
}
