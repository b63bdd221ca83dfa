//! The walker the rule bodies share: where in the template it is (path, item, escape hatch),
//! what the template declares, and how a finding is reported. The rules themselves live in one
//! file per area (`template`, `inputs`, `mappings`, `elements`, `functions`, `policies`,
//! `outputs`), each an `impl Checker` block.

use std::collections::{HashMap, HashSet};

use crate::language::NameRule;
use crate::regex::Patterns;
use crate::rules::{self, Finding, Rule, Severity};
use crate::spec::{Catalog, TypeInfo};
use crate::tree::{Key, Mark, Node, Pos, Yaml};

/// Where a value stands: which functions it may use.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Place {
    Properties,
    Outputs,
    Conditions,
    Policies,
}

pub(crate) struct Checker<'a> {
    pub(crate) catalog: &'a Catalog,
    pub(crate) out: Vec<Finding>,
    /// Template path of the value being read (`node_templates.net.properties.cidr`).
    path: String,
    /// Section and name of the item being read.
    item: Option<(&'static str, String)>,
    /// The innermost escape hatch around the value being read.
    pub(crate) hatch: Option<Mark>,
    /// Marked nodes already listed (a node may be entered twice).
    marks_seen: HashSet<*const Node>,
    pub(crate) inputs: HashMap<&'a str, &'a Node>,
    pub(crate) mappings: HashMap<&'a str, &'a Node>,
    pub(crate) conditions: HashSet<&'a str>,
    pub(crate) elements: HashMap<&'a str, Option<&'static TypeInfo>>,
    pub(crate) used_inputs: HashSet<&'a str>,
    pub(crate) used_mappings: HashSet<&'a str>,
    pub(crate) used_conditions: HashSet<&'a str>,
    pub(crate) patterns: Patterns,
}

impl<'a> Checker<'a> {
    pub(crate) fn new(catalog: &'a Catalog) -> Self {
        Checker {
            catalog,
            out: Vec::new(),
            path: String::new(),
            item: None,
            hatch: None,
            marks_seen: HashSet::new(),
            inputs: HashMap::new(),
            mappings: HashMap::new(),
            conditions: HashSet::new(),
            elements: HashMap::new(),
            used_inputs: HashSet::new(),
            used_mappings: HashSet::new(),
            used_conditions: HashSet::new(),
            patterns: Patterns::default(),
        }
    }

    /// Reports `rule` at its usual severity, at the current path and item.
    pub(crate) fn report(&mut self, rule: &'static Rule, pos: Pos, message: impl Into<String>) {
        self.report_as(rule, rule.severity, pos, message);
    }

    /// Reports `rule` at `severity`; an error inside a value written through an escape hatch is
    /// a warning, saying which hatch.
    pub(crate) fn report_as(
        &mut self,
        rule: &'static Rule,
        severity: Severity,
        pos: Pos,
        message: impl Into<String>,
    ) {
        self.push(rule, severity, pos, message.into(), None);
    }

    /// Reports `rule` at its usual severity with a hint of its own: how to fix this finding
    /// (the property's type, the name to write), where the rule's hint is only general.
    pub(crate) fn report_hint(
        &mut self,
        rule: &'static Rule,
        pos: Pos,
        message: impl Into<String>,
        hint: impl Into<String>,
    ) {
        self.push(rule, rule.severity, pos, message.into(), Some(hint.into()));
    }

    /// Reports `rule` about `name`, which names nothing declared; the hint names the closest of
    /// `names` where one is close (a typo, a case or `_`/`-` difference), else the rule's hint.
    pub(crate) fn report_unknown<'n>(
        &mut self,
        rule: &'static Rule,
        pos: Pos,
        message: String,
        name: &str,
        names: impl IntoIterator<Item = &'n str>,
    ) {
        let fix = nearest(name, names).map(|near| format!("did you mean '{near}'?"));
        self.push(rule, rule.severity, pos, message, fix);
    }

    /// Reports a number that is not finite (`.inf`, `.nan`): no property or output takes one.
    pub(crate) fn not_finite(&mut self, v: &Node) {
        self.report_hint(
            rules::VALUE_TYPE,
            v.pos,
            format!("{} is not a finite number", v.show()),
            format!(
                "write a finite number, or quote it ('{}') if it is text",
                v.show()
            ),
        );
    }

    pub(crate) fn push(
        &mut self,
        rule: &'static Rule,
        mut severity: Severity,
        pos: Pos,
        mut message: String,
        fix: Option<String>,
    ) {
        let mut hatch = None;
        if let Some(mark) = self.hatch
            && severity == Severity::Error
        {
            severity = Severity::Warning;
            hatch = Some(mark);
            message.push_str(&format!(" (asked for with `{}`)", mark.call()));
        }
        let mut f = Finding::new(rule, message)
            .with_severity(severity)
            .at(pos)
            .in_path(self.path.as_str());
        f.hatch = hatch;
        f.fix = fix;
        if let Some((section, name)) = &self.item {
            f = f.in_item(section, name.as_str());
        }
        self.out.push(f);
    }

    /// Runs `f` with the key `seg` appended to the path.
    pub(crate) fn at<R>(&mut self, seg: &str, f: impl FnOnce(&mut Self) -> R) -> R {
        let len = self.path.len();
        if len > 0 {
            self.path.push('.');
        }
        self.path.push_str(seg);
        let r = f(self);
        self.path.truncate(len);
        r
    }

    /// Runs `f` with the list index `i` appended to the path.
    pub(crate) fn at_index<R>(&mut self, i: usize, f: impl FnOnce(&mut Self) -> R) -> R {
        use std::fmt::Write;
        let len = self.path.len();
        let _ = write!(self.path, "[{i}]");
        let r = f(self);
        self.path.truncate(len);
        r
    }

    /// Runs `f` inside the item `name` of `section`.
    pub(crate) fn in_item(&mut self, section: &'static str, name: &str, f: impl FnOnce(&mut Self)) {
        self.item = Some((section, name.to_owned()));
        self.at(name, f);
        self.item = None;
    }

    /// Lists the mark of `v`, if any, and makes it the current escape hatch; returns the one it
    /// replaces, for [`Checker::leave`].
    pub(crate) fn enter(&mut self, v: &Node) -> Option<Mark> {
        let before = self.hatch;
        let Some(mark) = v.mark else {
            return before;
        };
        // Listed before the mark applies: an info or a warning is never downgraded anyway.
        if self.marks_seen.insert(v as *const Node) {
            if mark.is_escape_hatch() {
                self.report(
                    rules::ESCAPE_HATCH,
                    v.pos,
                    format!(
                        "written with `{}`: the compiler did not check it",
                        mark.call()
                    ),
                );
            } else if mark == Mark::Unrepresentable {
                self.report(
                    rules::VALUE_TYPE,
                    v.pos,
                    "a Rust value a template cannot hold (a map key that is not text, a number or a boolean, or a value whose Serialize failed); it is written as the text shown",
                );
            } else {
                self.report(
                    rules::SET_TWICE,
                    v.pos,
                    "set twice on the builder; the last value is kept",
                );
            }
        }
        if mark.is_escape_hatch() {
            self.hatch = Some(mark);
        }
        before
    }

    pub(crate) fn leave(&mut self, before: Option<Mark>) {
        self.hatch = before;
    }

    /// Runs `f` on every item of `section`, inside that item.
    pub(crate) fn items(
        &mut self,
        section: &'static str,
        entries: &'a [(Key, Node)],
        mut f: impl FnMut(&mut Self, &Key, &'a Node),
    ) {
        self.at(section, |c| {
            for (k, v) in entries {
                c.in_item(section, &k.name, |c| f(c, k, v));
            }
        });
    }

    /// More than `max` items in `section`: reported at the first one too many.
    pub(crate) fn limit(
        &mut self,
        entries: &[(Key, Node)],
        max: usize,
        section: &str,
        rule: &'static Rule,
    ) {
        if let Some((k, _)) = entries.get(max) {
            self.at(section, |c| {
                c.report(
                    rule,
                    k.pos,
                    format!(
                        "{} {section} are declared; at most {max} are allowed",
                        entries.len()
                    ),
                )
            });
        }
    }

    /// A key written twice in one map.
    pub(crate) fn duplicates(&mut self, entries: &[(Key, Node)]) {
        if entries.len() < 2 {
            return;
        }
        // Small maps (nearly all of them) are compared pairwise, without allocating.
        let mut seen: HashSet<&str> = if entries.len() <= 16 {
            HashSet::new()
        } else {
            HashSet::with_capacity(entries.len())
        };
        for (i, (k, _)) in entries.iter().enumerate() {
            let repeated = if entries.len() <= 16 {
                entries[..i].iter().any(|(e, _)| e.name == k.name)
            } else {
                !seen.insert(k.as_str())
            };
            if repeated {
                self.at(&k.name, |c| {
                    c.report(
                        rules::DUPLICATE,
                        k.pos,
                        format!("'{}' is written more than once", k.name),
                    )
                });
            }
        }
    }

    /// The entries of a map that is `what`, or a finding of `rule` and none: a map where the
    /// language wants one (a `null` is an empty map).
    pub(crate) fn map_of(
        &mut self,
        n: Option<&'a Node>,
        rule: &'static Rule,
        what: &str,
    ) -> &'a [(Key, Node)] {
        match n {
            None => &[],
            Some(Node {
                value: Yaml::Null, ..
            }) => &[],
            Some(n) => match n.as_map() {
                Some(m) => {
                    self.duplicates(m);
                    m
                }
                None => {
                    self.report(
                        rule,
                        n.pos,
                        format!("{what} must be a map, not {}", n.kind()),
                    );
                    &[]
                }
            },
        }
    }

    /// A description or label: text of at most `max` characters.
    pub(crate) fn text_limit(&mut self, n: &Node, max: usize, what: &str) {
        match &n.value {
            Yaml::Str(s) => {
                let len = s.chars().count();
                if len > max {
                    self.report(
                        rules::DESCRIPTION,
                        n.pos,
                        format!("{what} is {len} characters long; at most {max} are allowed"),
                    );
                }
            }
            Yaml::List(_) | Yaml::Map(_) | Yaml::Null => self.report(
                rules::DESCRIPTION,
                n.pos,
                format!("{what} is text, not {}", n.kind()),
            ),
            _ => self.report(
                rules::DESCRIPTION,
                n.pos,
                format!(
                    "{what} is text, not {} ({}); quote it if it is meant as text",
                    n.kind(),
                    n.show()
                ),
            ),
        }
    }

    /// A name that breaks `rule`. The rules of element, input, mapping and output names are
    /// relaxed (see [`rules::RELAXED`]): their message quotes the documented rule.
    pub(crate) fn name_rule(&mut self, rule: &NameRule, id: &'static Rule, what: &str, k: &Key) {
        if rule.accepts(&k.name) {
            return;
        }
        let relaxed = rules::RELAXED.iter().any(|r| r.rule.id == id.id);
        let message = if relaxed {
            format!(
                "{what} '{}' breaks the documented rule ({}); official templates do so too, so this is a warning",
                k.name,
                rule.describe()
            )
        } else {
            format!("{what} '{}' breaks the rule: {}", k.name, rule.describe())
        };
        match rule.suggest(&k.name) {
            Some(name) => self.report_hint(id, k.pos, message, format!("rename it '{name}'")),
            None => self.report(id, k.pos, message),
        }
    }
}

/// A single-key map whose key is a function name (or the name of one AOS does not have).
pub(crate) fn is_function(v: &Node) -> bool {
    v.single_entry().is_some_and(|(k, _)| {
        crate::language::Func::parse(&k.name).is_some()
            || crate::language::FOREIGN_FUNCTIONS.contains(&k.as_str())
    })
}

/// The name among `names` that `name` was most likely meant to be: the same but for case,
/// `_` and `-` (`vpc_id` for `vpcId`), or within two edits; for "did you mean" hints.
pub(crate) fn nearest<'n>(name: &str, names: impl IntoIterator<Item = &'n str>) -> Option<&'n str> {
    let plain = |s: &str| -> String {
        s.chars()
            .filter(|c| !matches!(c, '_' | '-'))
            .flat_map(char::to_lowercase)
            .collect()
    };
    let wanted = plain(name);
    if wanted.is_empty() {
        return None;
    }
    let mut best: Option<(usize, &str)> = None;
    for n in names {
        let d = edit_distance(&plain(n), &wanted);
        // Short names are close to many others: one edit for up to five characters.
        let most = if wanted.chars().count() <= 5 { 1 } else { 2 };
        // Ties go to the first name in order, whatever order `names` come in.
        if d <= most && best.is_none_or(|(b, bn)| (d, n) < (b, bn)) {
            best = Some((d, n));
        }
    }
    best.map(|(_, n)| n)
}

/// `write 'near'`, saying where it differs from `written` only in case.
pub(crate) fn write_instead(near: &str, written: &str) -> String {
    if near.eq_ignore_ascii_case(written) {
        format!("write '{near}' (names and values are case-sensitive)")
    } else {
        format!("write '{near}'")
    }
}

/// `'a', 'b' and 'c'` (`nothing` for none; the first twelve and a count of the rest for more),
/// for hints that list what is allowed.
pub(crate) fn quoted_list<'n>(names: impl IntoIterator<Item = &'n str>) -> String {
    const SHOWN: usize = 12;
    let names: Vec<&str> = names.into_iter().collect();
    let mut shown: Vec<String> = names.iter().take(SHOWN).map(|n| format!("'{n}'")).collect();
    if names.len() > SHOWN {
        shown.push(format!("{} more", names.len() - SHOWN));
    }
    match shown.pop() {
        None => "nothing".to_owned(),
        Some(last) if shown.is_empty() => last,
        Some(last) => format!("{} and {last}", shown.join(", ")),
    }
}

/// Levenshtein distance, for "did you mean" hints.
pub(crate) fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = if ca == *cb {
                prev
            } else {
                1 + prev.min(row[j]).min(row[j + 1])
            };
            prev = cur;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_nearest_name_is_the_one_meant_and_only_a_close_one() {
        let names = ["vpcId", "subnetId", "name", "cidr", "availabilityZone"];
        assert_eq!(nearest("vpc_id", names), Some("vpcId"), "case and '_'");
        assert_eq!(nearest("VPCID", names), Some("vpcId"));
        assert_eq!(
            nearest("availabiltyZone", names),
            Some("availabilityZone"),
            "a typo"
        );
        assert_eq!(nearest("cidrs", names), Some("cidr"));
        assert_eq!(
            nearest("nm", names),
            None,
            "two edits is too far for a short name"
        );
        assert_eq!(nearest("region", names), None);
        assert_eq!(nearest("", names), None);
        assert_eq!(nearest("__", names), None);
        // Ties are decided by the names themselves, not the order they come in.
        assert_eq!(nearest("ab", ["ac", "aa"]), Some("aa"));
        assert_eq!(nearest("ab", ["aa", "ac"]), Some("aa"));
    }

    #[test]
    fn lists_in_hints_are_short_and_read_as_prose() {
        assert_eq!(quoted_list([]), "nothing");
        assert_eq!(quoted_list(["a"]), "'a'");
        assert_eq!(quoted_list(["a", "b", "c"]), "'a', 'b' and 'c'");
        let many: Vec<String> = (0..15).map(|i| format!("p{i}")).collect();
        let listed = quoted_list(many.iter().map(String::as_str));
        assert!(listed.starts_with("'p0', 'p1'"), "{listed}");
        assert!(listed.ends_with("'p11' and 3 more"), "{listed}");
        assert_eq!(
            write_instead("refID", "refId"),
            "write 'refID' (names and values are case-sensitive)"
        );
        assert_eq!(write_instead("cidr", "cidrs"), "write 'cidr'");
    }
}
