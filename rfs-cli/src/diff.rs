//! `rfs diff`: the engine's template diff ([`rfs_check::diff`]), and its JSON form.

pub use rfs_check::diff::{Change, Kind, diff, render, text};

/// The changes as a JSON array of `{path, change, old, new}`.
pub fn json(changes: &[Change]) -> String {
    let items: Vec<serde_json::Value> = changes
        .iter()
        .map(|c| {
            serde_json::json!({
                "path": c.path,
                "change": match c.kind {
                    Kind::Added => "added",
                    Kind::Removed => "removed",
                    Kind::Changed => "changed",
                },
                "old": c.old,
                "new": c.new,
            })
        })
        .collect();
    let mut s = serde_json::to_string_pretty(&items).unwrap_or_else(|_| "[]".to_owned());
    s.push('\n');
    s
}
