//! `rfs import`: an AOS template → a Rust module whose `stack()` rebuilds it with rfs-dsl.
//!
//! The template is read once and linted (the same engine as `rfs lint`); its elements,
//! properties, enumerations, attributes and id types are looked up in the spec model, so the
//! code uses the typed builders: one `let` per element (in the rule engine's creation order,
//! since Rust needs a value before its use), references as `x.id()` / `x.attr().…()`,
//! enumerations as their variants, inputs typed by their declared `type` and what they feed,
//! functions through `rfs_dsl::func`, map properties as `json!` literals. Where the typed API
//! cannot say what the template says, the code uses an escape hatch with a comment saying why,
//! and the hatches are counted.
//!
//! The code is built as a model ([`rfs_codegen::print::File`]: statements, comments and the
//! `use` declarations of what it used) and printed once; nothing printed is read back or
//! patched. Template text only ever becomes a string literal, a comment line (both escaped) or
//! a plain identifier.
//!
//! Neither the language nor rfs gives section or key order a meaning: the module declares
//! inputs, mappings, conditions, elements, policies and outputs in that order.

mod code;
mod functions;
mod sections;
mod values;

use quote::quote;
use rfs_check::graph;
use rfs_check::policy;
use rfs_check::read::{self, Limits};
use rfs_check::rules;
use rfs_check::spec::Catalog;
use rfs_check::{Finding, Severity};
use rfs_codegen::Model;
use rfs_codegen::print::{File, Function};

use code::Writer;

/// A template turned into Rust.
#[derive(Clone, Debug)]
pub struct Imported {
    /// The module's source.
    pub code: String,
    /// How many escape hatches the code uses.
    pub escape_hatches: usize,
    /// The template's lint findings (warnings only, unless errors were allowed).
    pub findings: Vec<Finding>,
}

/// Why a template was not imported.
#[derive(Clone, Debug)]
pub enum ImportError {
    /// The text is not YAML, or breaks the reader's limits (the finding says where).
    Parse(Vec<Finding>),
    /// The template has lint errors (all findings included); `--allow-errors` imports anyway.
    Lint(Vec<Finding>),
    /// The code writer failed (a bug in rfs: please report it).
    Writer(String),
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ImportError::Lint(findings) => {
                let errors = findings
                    .iter()
                    .filter(|x| x.severity == Severity::Error)
                    .count();
                write!(f, "the template has {errors} lint error(s)")
            }
            ImportError::Parse(findings) => match findings.first() {
                Some(x) => write!(
                    f,
                    "{}:{}: {}",
                    x.pos.line,
                    x.pos.column,
                    rfs_check::text::escape(&x.message)
                ),
                None => f.write_str("not YAML"),
            },
            ImportError::Writer(e) => write!(f, "internal error writing the code: {e}"),
        }
    }
}

impl std::error::Error for ImportError {}

/// Imports one template's text as the module of stack `name`. `file` names the template in the
/// module's documentation. With `allow_errors`, a template with lint errors is imported too,
/// each problem marked with a comment where the code could not say it.
pub fn import(
    text: &str,
    name: &str,
    file: &str,
    model: &Model,
    catalog: &Catalog,
    allow_errors: bool,
) -> Result<Imported, ImportError> {
    import_with(
        text,
        name,
        file,
        model,
        catalog,
        allow_errors,
        &Limits::default(),
    )
}

/// [`import`] within the reader's `limits`.
pub fn import_with(
    text: &str,
    name: &str,
    file: &str,
    model: &Model,
    catalog: &Catalog,
    allow_errors: bool,
    limits: &Limits,
) -> Result<Imported, ImportError> {
    let how = How {
        allow_errors,
        limits,
        parallel_from: code::PARALLEL_ELEMENTS,
    };
    import_how(text, name, file, model, catalog, &how)
}

/// The rule levels a stack holds for the template's own `levels`: whole-file and path levels as
/// they are; a level for one line as the same level for each template path that starts on that
/// line (the shallowest: a path covers what lies below it), or left for one line where no path
/// starts there (the writer then notes it in a comment).
fn stack_levels(
    levels: &[policy::Directive],
    root: &rfs_check::tree::Node,
) -> Vec<policy::Directive> {
    use policy::Scope;
    let lines: std::collections::BTreeSet<u32> = levels
        .iter()
        .filter_map(|d| match d.scope {
            Scope::Line(l) => Some(l),
            _ => None,
        })
        .collect();
    let mut on_line: std::collections::BTreeMap<u32, Vec<String>> = Default::default();
    if !lines.is_empty() {
        paths_on_lines(root, String::new(), &lines, &mut on_line);
    }
    let mut out = Vec::new();
    for d in levels {
        match &d.scope {
            Scope::Line(l) if on_line.contains_key(l) => {
                out.extend(on_line[l].iter().map(|path| policy::Directive {
                    scope: Scope::Path(path.clone()),
                    ..d.clone()
                }));
            }
            _ => out.push(d.clone()),
        }
    }
    out
}

/// Records in `found`, for each of `lines`, the paths of the keys and values that start on it,
/// each at its shallowest (none below one already recorded for the same line).
fn paths_on_lines(
    node: &rfs_check::tree::Node,
    path: String,
    lines: &std::collections::BTreeSet<u32>,
    found: &mut std::collections::BTreeMap<u32, Vec<String>>,
) {
    use rfs_check::tree::Yaml;
    let record =
        |found: &mut std::collections::BTreeMap<u32, Vec<String>>, line: u32, path: &str| {
            if lines.contains(&line) {
                let paths = found.entry(line).or_default();
                if !paths.iter().any(|p| rfs_check::tree::within(path, p)) {
                    paths.push(path.to_owned());
                }
            }
        };
    let children: Vec<(u32, String, &rfs_check::tree::Node)> = match &node.value {
        Yaml::Map(entries) => entries
            .iter()
            .map(|(k, v)| {
                let child = if path.is_empty() {
                    k.as_str().to_owned()
                } else {
                    format!("{path}.{}", k.as_str())
                };
                (k.pos.line, child, v)
            })
            .collect(),
        Yaml::List(items) => items
            .iter()
            .enumerate()
            .map(|(i, v)| (v.pos.line, format!("{path}[{i}]"), v))
            .collect(),
        _ => return,
    };
    for (line, child, v) in children {
        record(found, line, &child);
        record(found, v.pos.line, &child);
        paths_on_lines(v, child, lines, found);
    }
}

/// The findings of a template as `rfs lint` gives them (under its own `# rfs:` levels). The
/// stack holds `in_stack` ([`stack_levels`]) instead; where they would decide a finding
/// differently and an error is at stake (a level for a line that no path holds exactly), the
/// template is refused unless errors are allowed: the imported stack would not reach lint's
/// verdict. Each such comment is then an error where it is written.
fn kept_levels(
    raw: Vec<Finding>,
    comments: &[read::Comment],
    levels: &[policy::Directive],
    in_stack: &[policy::Directive],
    allow_errors: bool,
) -> Result<Vec<Finding>, ImportError> {
    let decided = |directives: &[policy::Directive]| -> Vec<(&'static str, Severity)> {
        policy::apply(raw.clone(), directives)
            .iter()
            .take(raw.len())
            .map(|f| (f.rule.id, f.severity))
            .collect()
    };
    let lost: Vec<Finding> = if allow_errors || levels == in_stack {
        Vec::new()
    } else {
        let (theirs, ours) = (decided(levels), decided(in_stack));
        let mut lost = Vec::new();
        for (f, (a, b)) in raw.iter().zip(theirs.iter().zip(&ours)) {
            if a == b || (a.1 != Severity::Error && b.1 != Severity::Error) {
                continue;
            }
            // The template's comments behind the difference: those whose level, as written or as
            // the stack holds it, falls on this finding.
            let origins: Vec<&policy::Origin> = levels
                .iter()
                .chain(in_stack)
                .filter(|d| d.scope != policy::Scope::File && d.matches(f))
                .map(|d| &d.origin)
                .collect();
            for d in levels
                .iter()
                .filter(|d| d.scope != policy::Scope::File && origins.contains(&&d.origin))
            {
                let e = Finding::new(
                    rules::SUPPRESSION,
                    format!(
                        "`{}` decides an error for one line that no template path holds alone, which a stack cannot say: make it `at <path>` or `-file`, set it in rfs.toml, or import with --allow-errors",
                        d.to_comment()
                    ),
                )
                .with_severity(Severity::Error);
                let e = match d.origin {
                    policy::Origin::Comment(line) => e.at(rfs_check::tree::Pos { line, column: 1 }),
                    _ => e,
                };
                if !lost.contains(&e) {
                    lost.push(e);
                }
            }
        }
        lost
    };
    let mut findings = policy::levels(raw, comments, &[]);
    if lost.is_empty() {
        return Ok(findings);
    }
    findings.extend(lost);
    Err(ImportError::Lint(findings))
}

/// How a template is imported.
struct How<'a> {
    allow_errors: bool,
    limits: &'a Limits,
    /// Elements from which their statements are written on two threads.
    parallel_from: usize,
}

fn import_how(
    text: &str,
    name: &str,
    file: &str,
    model: &Model,
    catalog: &Catalog,
    how: &How<'_>,
) -> Result<Imported, ImportError> {
    let (allow_errors, limits) = (how.allow_errors, how.limits);
    let template = match read::template(text, limits) {
        Ok(t) => t,
        Err(e) => return Err(ImportError::Parse(vec![e.finding()])),
    };
    // Lint and write the code side by side: the code is dropped if lint finds errors. The
    // writer keeps this thread (and its warm allocator); the other thread lints, finds the
    // order the elements are written in, and frees the template once the writer is done
    // reading it.
    // The template's own `# rfs:` levels: written into the stack where a stack can hold them.
    let comments = template.comments.clone();
    let (levels, _) = policy::comment_directives(&comments);
    let in_stack = stack_levels(&levels, &template.root);
    let written_levels = in_stack.clone();
    let template = std::sync::Arc::new(template);
    let (findings, written) = std::thread::scope(|scope| {
        let (send_order, order) = std::sync::mpsc::channel();
        let (send_done, done) = std::sync::mpsc::channel::<()>();
        let linted = std::sync::Arc::clone(&template);
        let linting = scope.spawn(move || {
            let _ = send_order.send(graph::order(&graph::dependencies(&linted.root)));
            let findings = rfs_check::lint_read(&linted, catalog);
            // The writer has let go of its reference (or failed): this one is the last.
            let _ = done.recv();
            drop(linted);
            findings
        });
        // Moved in: if the writer panics, `send_done` goes with it and lint does not wait.
        let written = std::panic::catch_unwind(std::panic::AssertUnwindSafe(move || {
            let (body, hatches) = {
                let mut writer = Writer::new(model, &template.root);
                writer.parallel_from = how.parallel_from;
                writer.levels = written_levels;
                writer.ambiguous = template
                    .findings
                    .iter()
                    .filter(|f| f.rule.id == rules::YAML_11.id)
                    .map(|f| f.pos)
                    .collect();
                let body = writer.stack_body(name, || order.recv().unwrap_or_default());
                (body, writer.hatches)
            };
            drop(template);
            let _ = send_done.send(());
            let (body, names) = code::lines(body);
            let file = File {
                items: code::uses(&names, model),
                functions: vec![Function {
                    doc: vec!["Builds the stack.".to_owned()],
                    signature: quote!(pub fn stack() -> Stack),
                    body,
                }],
                ..File::default()
            };
            (file.print(), hatches)
        }));
        match linting.join() {
            Ok(findings) => (findings, written),
            Err(panic) => std::panic::resume_unwind(panic),
        }
    });
    let findings = kept_levels(findings, &comments, &levels, &in_stack, allow_errors)?;
    let has_errors = findings.iter().any(|f| f.severity == Severity::Error);
    if has_errors && !allow_errors {
        return Err(ImportError::Lint(findings));
    }
    let (code, hatches) = written
        .map_err(|_| ImportError::Writer("the code writer failed on this template".into()))?;
    let header = File {
        doc: header(name, file, hatches, &findings),
        ..File::default()
    };
    Ok(Imported {
        code: format!("{}{code}", header.print()),
        escape_hatches: hatches,
        findings,
    })
}

/// The module's documentation: where it came from, its escape hatches and lint findings.
fn header(name: &str, file: &str, hatches: usize, findings: &[Finding]) -> Vec<String> {
    let mut doc = vec![
        format!("The stack `{name}`, imported from `{file}` by `rfs import`."),
        String::new(),
    ];
    let mut summary = format!("Escape hatches: {hatches}.");
    let warnings = findings
        .iter()
        .filter(|f| f.severity == Severity::Warning)
        .count();
    if warnings > 0 {
        summary.push_str(&format!(
            " The template had {warnings} lint warning(s); `rfs lint` lists them, and `Stack::synth` reports the same."
        ));
    }
    doc.push(summary);
    let errors: Vec<&Finding> = findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .collect();
    if !errors.is_empty() {
        doc.push(String::new());
        doc.push("Imported with lint errors; fix them before deploying:".to_owned());
        doc.extend(errors.iter().map(|f| {
            format!(
                "- {}:{}: error[{}]: {}",
                f.pos.line, f.pos.column, f.rule.id, f.message
            )
        }));
    }
    doc
}

/// The module name for a template's file stem: snake_case, a plain identifier (`[a-z0-9_]`, not
/// a keyword), not yet taken by `taken`.
pub fn module_name(stem: &str, taken: &[(String, String)]) -> String {
    use heck::ToSnakeCase;
    let mut base = stem.to_snake_case();
    base.retain(|c| c.is_ascii_alphanumeric() || c == '_');
    let base = base.trim_matches('_');
    let base = if base.is_empty()
        || base.starts_with(|c: char| c.is_ascii_digit())
        || code::reserved(base)
        || base == "mod"
    {
        format!("stack_{base}").trim_end_matches('_').to_owned()
    } else {
        base.to_owned()
    };
    let mut name = base.clone();
    let mut n = 2;
    while taken.iter().any(|(t, _)| *t == name) {
        name = format!("{base}_{n}");
        n += 1;
    }
    name
}

/// `mod.rs` for imported modules: declares each and lists their stacks in `all()`.
pub fn mod_rs(modules: &[&str]) -> String {
    use rfs_codegen::print::Line;
    let idents: Vec<proc_macro2::Ident> = modules.iter().map(|m| code::ident(m)).collect();
    let file = File {
        doc: vec!["Stacks imported by `rfs import`.".to_owned()],
        items: vec![quote!(#(pub mod #idents;)*)],
        functions: vec![Function {
            doc: vec!["Every imported stack.".to_owned()],
            signature: quote!(pub fn all() -> Vec<rfs_dsl::Stack>),
            body: vec![Line::code(quote!(vec![#(#idents::stack()),*]))],
        }],
    };
    file.print()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    /// A template of `n` VPCs, each (but the first) reading the one before it; every `wide`-th
    /// one has 45 properties the spec does not list, so its builder is split across a variable.
    /// Wide elements are named `w-<i>` in the first half and `w_<i - n/2>` in the second, so
    /// builders on both sides of the middle compete for one variable name.
    fn chain(n: usize, wide: usize) -> String {
        let is_wide = |i: usize| wide > 0 && i.is_multiple_of(wide);
        let name = |i: usize| match (is_wide(i), i < n / 2) {
            (true, true) => format!("w-{i}"),
            (true, false) => format!("w_{}", i - n / 2),
            _ => format!("e{i}"),
        };
        let mut t = String::from(
            "tosca_definitions_version: huaweicloud_tosca_version_1_0\nnode_templates:\n",
        );
        for i in 0..n {
            t.push_str(&format!(
                "  {}:\n    type: HuaweiCloud.VPC.VPC\n    properties:\n      cidr: 10.0.0.0/8\n",
                name(i)
            ));
            if i > 0 {
                t.push_str(&format!(
                    "      name: {{get_attribute: [{}, refName]}}\n",
                    name(i - 1)
                ));
            }
            if is_wide(i) {
                for k in 0..45 {
                    t.push_str(&format!("      extra{k}: {k}\n"));
                }
            }
        }
        t
    }

    fn imported(text: &str, parallel_from: usize) -> String {
        let how = How {
            allow_errors: true,
            limits: &Limits::default(),
            parallel_from,
        };
        let model = crate::specs().expect("specs");
        match import_how(text, "t", "t.yaml", model, crate::lint::catalog(), &how) {
            Ok(i) => i.code,
            Err(e) => format!("refused: {e}"),
        }
    }

    /// Writing the elements on two threads gives the module one thread gives, for every
    /// template the tests know and for large ones whose halves both make up variable names.
    #[test]
    fn two_threads_write_what_one_writes() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let mut texts = vec![
            chain(300, 0),
            chain(300, 6),
            chain(300, 200),
            chain(300, 400),
            chain(3, 1),
        ];
        for dir in [
            "rfs-cli/tests/fixtures",
            "rfs-cli/tests/hostile",
            "roundtrip/templates",
            "examples/templates",
        ] {
            let mut files: Vec<_> = std::fs::read_dir(root.join(dir))
                .unwrap()
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
                .collect();
            files.sort();
            texts.extend(files.iter().map(|f| std::fs::read_to_string(f).unwrap()));
        }
        for text in &texts {
            let one = imported(text, usize::MAX);
            assert_eq!(imported(text, 2), one, "{}", &text[..text.len().min(300)]);
        }
    }
}
