//! `rfs import`: an AOS template → a Rust module whose `stack()` rebuilds it with rfs-dsl.
//!
//! The template is linted first (the same engine as `rfs lint`); its elements, properties,
//! enumerations, attributes and id types are looked up in the spec model, so the code uses the
//! typed builders: one `let` per element (in dependency order, since Rust needs a value before
//! its use), references as `x.id()` / `x.attr().…()`, enumerations as their variants, inputs
//! typed by their declared `type`, functions through `rfs_dsl::func`, map properties as
//! `json!` literals. Where the typed API cannot say what the template says, the code uses an
//! escape hatch with a comment saying why, and the hatches are counted.
//!
//! Neither the language nor rfs gives section or key order a meaning: the module declares
//! inputs, mappings, conditions, elements, policies and outputs in that order, elements
//! after what they refer to.

use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;

use heck::ToSnakeCase;
use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::quote;
use rfs_check::language::{Func, PSEUDO_PARAMETERS};
use rfs_check::spec::{Catalog, ResourceKind, ValueType};
use rfs_check::tree::{Node, Yaml};
use rfs_check::{Finding, Severity};
use rfs_codegen::Model;
use rfs_codegen::load::SpecValue;
use rfs_codegen::model::{PropertyDef, ResourceDef, TypeDef};

/// A template turned into Rust.
#[derive(Clone, Debug)]
pub struct Imported {
    /// The module's source, formatted.
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
                Some(x) => write!(f, "{}:{}: {}", x.pos.line, x.pos.column, x.message),
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
        &crate::lint::Limits::default(),
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
    limits: &crate::lint::Limits,
) -> Result<Imported, ImportError> {
    let template = match rfs_check::read::template(text, limits) {
        Ok(t) => t,
        Err(e) => return Err(ImportError::Parse(vec![e.finding()])),
    };
    let root = &template.root;
    // Lint and write the code side by side: the code is dropped if lint finds errors.
    let (findings, written) = std::thread::scope(|scope| {
        let writing = scope.spawn(|| {
            let mut writer = Writer::new(model, root);
            let body = writer.stack(name)?;
            Ok((writer.module(&body), writer.hatches))
        });
        let findings = crate::lint::check(&template, catalog);
        (findings, writing.join())
    });
    let has_errors = findings.iter().any(|f| f.severity == Severity::Error);
    if has_errors && !allow_errors {
        return Err(ImportError::Lint(findings));
    }
    let (code, hatches) = written
        .map_err(|_| ImportError::Writer("the code writer failed on this template".into()))??;
    Ok(Imported {
        code: format!("{}{code}", header(name, file, hatches, &findings)),
        escape_hatches: hatches,
        findings,
    })
}

/// The module's documentation: where it came from, its escape hatches and lint findings.
fn header(name: &str, file: &str, hatches: usize, findings: &[Finding]) -> String {
    let (name, file) = (one_line(name), one_line(file));
    let mut doc = format!(
        "//! The stack `{name}`, imported from `{file}` by `rfs import`.\n//!\n//! Escape hatches: {hatches}."
    );
    let warnings = findings
        .iter()
        .filter(|f| f.severity == Severity::Warning)
        .count();
    if warnings > 0 {
        let _ = write!(
            doc,
            " The template had {warnings} lint warning(s); `rfs lint` lists them, and `Stack::synth` reports the same."
        );
    }
    let errors: Vec<&Finding> = findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .collect();
    if !errors.is_empty() {
        doc.push_str("\n//!\n//! Imported with lint errors; fix them before deploying:");
        for f in errors {
            let _ = write!(
                doc,
                "\n//! - {}:{}: error[{}]: {}",
                f.pos.line,
                f.pos.column,
                f.rule.id,
                one_line(&f.message)
            );
        }
    }
    doc.push_str("\n\n");
    doc
}

/// The Rust type a value must have (or has): the markers of `rfs_types::core` and the
/// generated types.
#[derive(Clone, Debug)]
enum Ty<'m> {
    Str,
    Int,
    Num,
    Bool,
    Map,
    Any,
    /// A generated enumeration: module, type name, and the property that defines it.
    Enum(&'m str, &'m PropertyDef),
    Data(&'m TypeDef),
    Res(&'m ResourceDef),
    List(Box<Ty<'m>>),
    /// An input without a type: fits anything.
    Untyped,
}

impl PartialEq for Ty<'_> {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Ty::Enum(m, p), Ty::Enum(n, q)) => m == n && p.enumeration == q.enumeration,
            (Ty::Data(a), Ty::Data(b)) => a.name == b.name,
            (Ty::Res(a), Ty::Res(b)) => a.name == b.name,
            (Ty::List(a), Ty::List(b)) => a == b,
            (a, b) => std::mem::discriminant(a) == std::mem::discriminant(b),
        }
    }
}

fn ident(s: &str) -> Ident {
    Ident::new(s, Span::call_site())
}

/// A variable's name: written as an identifier; plain text so that a writer can move to
/// another thread (token types cannot).
#[derive(Clone, Debug, PartialEq, Eq)]
struct Var(String);

impl quote::ToTokens for Var {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        ident(&self.0).to_tokens(tokens);
    }
}

/// Placeholder numbers of `json!` bodies written by the second element writer.
const SECOND_JSON: usize = 1 << 30;

fn path(module: &str, name: &str) -> TokenStream {
    let (m, n) = (ident(module), ident(name));
    quote!(#m::#n)
}

impl Ty<'_> {
    /// The Rust type of `Val<T>`'s `T`.
    fn tokens(&self) -> TokenStream {
        match self {
            Ty::Str => quote!(String),
            Ty::Int => quote!(i64),
            Ty::Num => quote!(f64),
            Ty::Bool => quote!(bool),
            Ty::Map => quote!(Map),
            Ty::Any => quote!(Any),
            Ty::Enum(m, p) => path(
                m,
                &p.enumeration
                    .as_ref()
                    .map(|e| e.0.clone())
                    .unwrap_or_default(),
            ),
            Ty::Data(d) => path(&d.module, &d.rust_name),
            Ty::Res(r) => path(&r.module, &r.rust_name),
            Ty::List(item) => {
                let item = item.tokens();
                quote!(Vec<#item>)
            }
            Ty::Untyped => quote!(Untyped),
        }
    }
}

/// A Rust expression and the type of value it makes.
struct Expr<'m> {
    tokens: TokenStream,
    /// `None` for a literal that converts to the wanted type by itself.
    ty: Option<Ty<'m>>,
    /// An input's variable: use it by reference, clone it to convert.
    var: bool,
}

impl<'m> Expr<'m> {
    fn val(tokens: TokenStream, ty: Ty<'m>) -> Self {
        Expr {
            tokens,
            ty: Some(ty),
            var: false,
        }
    }
    /// By value (a clone of a variable).
    fn owned(&self) -> TokenStream {
        let t = &self.tokens;
        if self.var {
            quote!(#t.clone())
        } else {
            t.clone()
        }
    }
    /// As an argument taking `impl IntoValue<T>` (a variable by reference).
    fn arg(&self) -> TokenStream {
        let t = &self.tokens;
        if self.var { quote!(&#t) } else { t.clone() }
    }
}

#[derive(Clone)]
struct InputVar<'m> {
    var: Var,
    ty: Ty<'m>,
}

#[derive(Clone)]
struct Writer<'m> {
    model: &'m Model,
    root: &'m Node,
    inputs: HashMap<&'m str, InputVar<'m>>,
    mappings: HashMap<&'m str, Var>,
    conditions: HashMap<&'m str, Var>,
    /// Element name → (variable, spec).
    elements: HashMap<&'m str, (Var, Option<&'m TypeDef>)>,
    /// Names of variables taken.
    taken: HashSet<String>,
    /// Element names something refers to (they get a variable).
    referenced: HashSet<&'m str>,
    /// Notes for the statement being written.
    notes: Vec<String>,
    hatches: usize,
    /// Whether `output` is being written (concat is allowed there).
    in_output: bool,
    /// Bodies of the `json!` literals, by placeholder number (from `json_base`).
    json_blocks: Vec<String>,
    json_base: usize,
    /// The bodies written by the second element writer (numbered from [`SECOND_JSON`]).
    second_json: Vec<String>,
}

#[rustfmt::skip]
const RESERVED: &[&str] = &[
    "stack", "as", "break", "const", "continue", "crate", "else", "enum", "extern", "false", "fn",
    "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref",
    "return", "self", "static", "struct", "super", "trait", "true", "type", "unsafe", "use",
    "where", "while", "async", "await", "dyn", "abstract", "become", "box", "do", "final", "macro",
    "override", "priv", "typeof", "unsized", "virtual", "yield", "try", "gen", "rfs_dsl", "json",
    "func", "core", "std", "alloc", "to_value", "base64_encode", "cond_and", "cond_eq", "cond_if",
    "cond_not", "cond_or", "concat", "get_attribute", "get_list_length", "replace", "select",
    "split", "pseudo",
];

/// Names the generated code uses unqualified, by the `use` that brings them in.
const IMPORTS: &[(&str, &[&str])] = &[
    (
        "rfs_dsl::func",
        &[
            "ConcatPart",
            "Cond",
            "base64_encode",
            "concat",
            "cond_and",
            "cond_eq",
            "cond_if",
            "cond_not",
            "cond_or",
            "get_attribute",
            "get_list_length",
            "pseudo",
            "replace",
            "select",
            "split",
        ],
    ),
    (
        "rfs_dsl::types::core",
        &["Any", "IntoValue", "Map", "Val", "Value"],
    ),
    (
        "rfs_dsl",
        &[
            "Input",
            "Mapping",
            "Requirement",
            "Stack",
            "Target",
            "Untyped",
            "json",
            "to_value",
        ],
    ),
];

/// The names that start a path or a call in token text (`vpc :: Vpc`, `cond_eq (`), skipping
/// string literals, and whether each is followed by `::`.
fn heads(text: &str) -> std::collections::BTreeMap<&str, bool> {
    let mut out = std::collections::BTreeMap::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    let mut after_sep = false;
    while i < bytes.len() {
        let c = bytes[i];
        if c == b'"' {
            i += 1;
            while i < bytes.len() && bytes[i] != b'"' {
                i += if bytes[i] == b'\\' { 2 } else { 1 };
            }
            i += 1;
            after_sep = false;
        } else if c.is_ascii_alphabetic() || c == b'_' {
            let start = i;
            while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_') {
                i += 1;
            }
            if !after_sep {
                let path = text[i..].trim_start().starts_with("::");
                let seen = out.entry(&text[start..i]).or_insert(false);
                *seen |= path;
            }
            after_sep = false;
        } else if c == b':' && bytes.get(i + 1) == Some(&b':') {
            after_sep = true;
            i += 2;
        } else {
            if !c.is_ascii_whitespace() {
                after_sep = false;
            }
            i += 1;
        }
    }
    out
}

fn entries(node: Option<&Node>) -> &[(rfs_check::tree::Key, Node)] {
    node.and_then(Node::as_map).unwrap_or(&[])
}

fn string(s: &str) -> TokenStream {
    let l = Literal::string(s);
    quote!(#l)
}

/// One line of comment text, safe inside the comment marker.
fn one_line(s: &str) -> String {
    s.replace(['\n', '\r'], " ")
        .replace('"', "'")
        .replace('\\', "/")
}

impl<'m> Writer<'m> {
    fn new(model: &'m Model, root: &'m Node) -> Self {
        let mut taken: HashSet<String> = RESERVED.iter().map(|s| (*s).to_owned()).collect();
        // Service modules are used as paths; a variable of the same name would still work,
        // but reads badly.
        taken.extend(model.types.iter().map(|t| t.module.clone()));
        taken.extend(model.resources.iter().map(|r| r.module.clone()));
        Writer {
            model,
            root,
            inputs: HashMap::new(),
            mappings: HashMap::new(),
            conditions: HashMap::new(),
            elements: HashMap::new(),
            taken,
            referenced: HashSet::new(),
            notes: Vec::new(),
            hatches: 0,
            in_output: false,
            json_blocks: Vec::new(),
            json_base: 0,
            second_json: Vec::new(),
        }
    }

    /// A fresh variable for a template name.
    fn var(&mut self, name: &str, suffix: &str) -> Var {
        let mut base = name.to_snake_case();
        base.retain(|c| c.is_ascii_alphanumeric() || c == '_');
        if base.is_empty() || base.starts_with(|c: char| c.is_ascii_digit()) {
            base = format!("{suffix}_{base}");
        }
        let mut candidate = base.clone();
        if self.taken.contains(&candidate) {
            candidate = format!("{base}_{suffix}");
        }
        let mut n = 2;
        while self.taken.contains(&candidate) {
            candidate = format!("{base}_{suffix}_{n}");
            n += 1;
        }
        self.taken.insert(candidate.clone());
        Var(candidate)
    }

    fn hatch(&mut self, why: impl Into<String>) {
        self.hatches += 1;
        self.notes.push(format!("escape hatch: {}", why.into()));
    }

    fn note(&mut self, text: impl Into<String>) {
        self.notes.push(text.into());
    }

    /// The pending notes as comment statements, before a statement.
    fn take_notes(&mut self) -> Vec<TokenStream> {
        self.notes
            .drain(..)
            .map(|n| {
                let n = string(&one_line(&n));
                quote!(__rfs_comment!(#n);)
            })
            .collect()
    }

    // ----- types -----

    fn property_ty(&self, owner: &'m TypeDef, p: &'m PropertyDef) -> Ty<'m> {
        let item = if p.enumeration.is_some() {
            Ty::Enum(&owner.module, p)
        } else {
            self.value_ty(p.ty())
        };
        if p.list {
            Ty::List(Box::new(item))
        } else {
            item
        }
    }

    fn value_ty(&self, t: ValueType<'_>) -> Ty<'m> {
        match t {
            ValueType::String => Ty::Str,
            ValueType::Integer => Ty::Int,
            ValueType::Number => Ty::Num,
            ValueType::Boolean => Ty::Bool,
            ValueType::Map => Ty::Map,
            ValueType::Any => Ty::Any,
            ValueType::Data(name) => self.model.datatype(name).map_or(Ty::Any, Ty::Data),
            ValueType::Resource(name) => self.model.resource(name).map_or(Ty::Any, Ty::Res),
        }
    }

    fn id_ty(&self, element: Option<&TypeDef>) -> Ty<'m> {
        element
            .and_then(|t| t.template_type.as_deref())
            .and_then(|tt| self.model.resource(&format!("{tt}.Id")))
            .map_or(Ty::Any, Ty::Res)
    }

    // ----- fitting a value to a wanted type -----

    /// `e` as an argument for a place of type `want`, converting or casting as needed.
    fn fit(&mut self, e: Expr<'m>, want: &Ty<'m>, what: &str) -> TokenStream {
        let Some(got) = &e.ty else {
            return e.tokens;
        };
        if matches!(got, Ty::Untyped) || matches!(want, Ty::Map | Ty::Any) || got == want {
            return e.arg();
        }
        let fits = match (want, got) {
            (Ty::Res(r), Ty::Res(s)) => r.accepts.contains(&s.name),
            _ => false,
        };
        if fits {
            return e.arg();
        }
        let owned = e.owned();
        if let (Ty::Str, Ty::Res(r)) = (want, got) {
            self.hatch(format!(
                "the spec types {what} as string although it holds a {} (a spec gap): `as_string`",
                r.name
            ));
            return quote!(#owned.as_string());
        }
        let t = want.tokens();
        self.hatch(format!(
            "the template fills {what}, which takes {}, with {}: `cast_unchecked`",
            describe(want),
            describe(got)
        ));
        quote!(#owned.cast_unchecked::<#t>())
    }

    /// The template value written as is, typed `want`, through `from_raw_unchecked`.
    fn raw(&mut self, node: &'m Node, want: &Ty<'m>, why: String) -> TokenStream {
        self.hatch(why);
        let t = want.tokens();
        let text = self.json_text(node, false);
        let v = self.json_block(text);
        quote!(Val::<#t>::from_raw_unchecked(to_value(&#v)))
    }

    // ----- values -----

    /// The code for `node` in a place of type `want`.
    fn value(&mut self, node: &'m Node, want: &Ty<'m>, what: &str) -> TokenStream {
        if serialized(want) {
            return self.json(node);
        }
        if let Some(e) = self.function(node, want, what) {
            return self.fit(e, want, what);
        }
        match (want, &node.value) {
            (Ty::List(item), Yaml::List(items)) => self.list(items, item, what),
            (Ty::Data(d), Yaml::Map(_)) => self.data(node, d, what),
            (Ty::Enum(_, p), _) => match variant(p, node) {
                Some(v) => {
                    let t = want.tokens();
                    let v = ident(&v);
                    quote!(#t::#v)
                }
                // A value of the enumeration's kind that its list lacks: `unlisted`, which
                // says so (lint has already reported it).
                None => {
                    let literal = match (p.allowed.first(), &node.value) {
                        (Some(SpecValue::Str(_)), Yaml::Str(text)) => Some(string(text)),
                        (Some(SpecValue::Int(_)), Yaml::Int(i)) => Some(int(*i)),
                        _ => None,
                    };
                    match literal {
                        Some(v) => {
                            self.hatch(format!(
                                "{} is not in the documented list of {what}",
                                node.show()
                            ));
                            let t = want.tokens();
                            quote!(#t::unlisted(#v))
                        }
                        None => self.raw(
                            node,
                            want,
                            format!("{} is not an allowed value of {what}", node.show()),
                        ),
                    }
                }
            },
            (Ty::Res(r), Yaml::Str(s)) if r.kind == ResourceKind::Id => {
                self.hatch(format!("{what} is the literal id of an existing resource"));
                let t = want.tokens();
                let s = string(s);
                quote!(#t::existing(#s))
            }
            (Ty::Res(r), Yaml::Int(i)) if r.kind == ResourceKind::Number => int(*i),
            (Ty::Str, Yaml::Str(s)) => string(s),
            (Ty::Res(r), Yaml::Str(s)) if r.kind == ResourceKind::Name => string(s),
            (Ty::Int, Yaml::Int(i)) => int(*i),
            (Ty::Num, Yaml::Int(i)) => int(*i),
            (Ty::Num, Yaml::Float(x)) => float(*x),
            (Ty::Bool, Yaml::Bool(b)) => quote!(#b),
            _ => self.raw(
                node,
                want,
                format!(
                    "{what} takes {}, the template gives {}",
                    describe(want),
                    node.kind()
                ),
            ),
        }
    }

    /// A list of items of type `item`: an array when every item has the same Rust type,
    /// otherwise each item converted to `Val<item>` first.
    fn list(&mut self, items: &'m [Node], item: &Ty<'m>, what: &str) -> TokenStream {
        let t = item.tokens();
        if items.is_empty() {
            return quote!(Vec::<Val<#t>>::new());
        }
        let mut parts = Vec::new();
        let mut kinds = HashSet::new();
        for (i, node) in items.iter().enumerate() {
            let before = self.hatches;
            let mut kind = match self.function(node, item, what) {
                Some(e) => {
                    let direct = e.ty.as_ref() == Some(item) && !e.var;
                    let code = self.fit(e, item, &format!("{what}[{i}]"));
                    // A fitted variable is `&x`; a fresh value is `Val<item>`.
                    (code, if direct { "val" } else { "other" })
                }
                None => {
                    let code = self.value(node, item, &format!("{what}[{i}]"));
                    (code, node_kind(node))
                }
            };
            // A hatch may have replaced the item by a `Val`; a builder stays its structure
            // whatever hatches it holds inside.
            let builder = matches!((item, &node.value), (Ty::Data(_), Yaml::Map(_)))
                && !kind.0.to_string().starts_with("Val");
            if self.hatches != before && !builder {
                kind.1 = "other";
            }
            kinds.insert(kind.1);
            parts.push(kind.0);
        }
        if kinds.len() == 1 && !kinds.contains("other") {
            return quote!([#(#parts),*]);
        }
        let parts = parts
            .into_iter()
            .map(|p| quote!(IntoValue::<#t>::into_value(#p)));
        quote!([#(#parts),*])
    }

    /// A data structure literal through its builder.
    fn data(&mut self, node: &'m Node, d: &'m TypeDef, what: &str) -> TokenStream {
        let ty = path(&d.module, &d.rust_name);
        let setters = self.setters(node.as_map().unwrap_or(&[]), d, what);
        quote!(#ty::builder() #(#setters)* .build())
    }

    /// The builder calls for the properties `props` of `t`.
    fn setters(
        &mut self,
        props: &'m [(rfs_check::tree::Key, Node)],
        t: &'m TypeDef,
        what: &str,
    ) -> Vec<TokenStream> {
        let mut out = Vec::new();
        for (k, v) in props {
            let place = format!("{what}.{}", k.name);
            match t.properties.iter().find(|p| p.key == k.name) {
                Some(p) => {
                    let want = self.property_ty(t, p);
                    let value = self.value(v, &want, &format!("'{}'", p.key));
                    let m = ident(&p.method);
                    out.push(quote!(.#m(#value)));
                }
                None => {
                    self.hatch(format!(
                        "'{}' is not in the spec of {}{}",
                        k.name,
                        t.name,
                        if t.completeness == rfs_check::spec::Completeness::Complete {
                            ""
                        } else {
                            " (a partial spec)"
                        }
                    ));
                    let key = string(&k.name);
                    let v = self.any_value(v, &place);
                    out.push(quote!(.unlisted_property(#key, #v)));
                }
            }
        }
        for p in t.required() {
            if props.iter().any(|(k, _)| k.name == p.key) {
                continue;
            }
            if let Some(omit) = &p.omit {
                // The page is silent and the template relies on the platform: said as such.
                let m = ident(omit);
                out.push(quote!(.#m()));
            } else {
                let want = self.property_ty(t, p);
                let ty = want.tokens();
                self.hatch(format!(
                    "error[missing-property]: required '{}' is not set in the template; set it",
                    p.key
                ));
                let m = ident(&p.method);
                out.push(quote!(.#m(Val::<#ty>::from_raw_unchecked(Value::Null))));
            }
        }
        out
    }

    /// A value for a place that takes `impl Into<Value>`: a typed value, a literal, or a
    /// `json!` literal converted.
    fn any_value(&mut self, v: &'m Node, what: &str) -> TokenStream {
        if let Some(e) = self.function(v, &Ty::Any, what) {
            return e.owned();
        }
        match &v.value {
            Yaml::Str(s) => string(s),
            Yaml::Int(i) => int(*i),
            Yaml::Float(x) => float(*x),
            Yaml::Bool(b) => quote!(#b),
            _ => {
                let j = self.json(v);
                quote!(to_value(&#j))
            }
        }
    }

    /// A value as a `json!` literal, functions inside written as Rust values.
    fn json(&mut self, node: &'m Node) -> TokenStream {
        let text = self.json_text(node, true);
        self.json_block(text)
    }

    /// A `json!` call whose body is laid out after formatting (the printer leaves macro
    /// bodies on one line): a placeholder now, the text in [`Writer::module`].
    fn json_block(&mut self, text: String) -> TokenStream {
        let id = ident(&format!(
            "__rfs_json_{}",
            self.json_base + self.json_blocks.len()
        ));
        self.json_blocks.push(text);
        quote!(json!(#id))
    }

    /// A value as the body of `json!`, laid out one entry per line, functions written as Rust
    /// values when `interpolate` (otherwise left in their template form).
    fn json_text(&mut self, node: &'m Node, interpolate: bool) -> String {
        if interpolate && let Some(e) = self.function(node, &Ty::Any, "a map value") {
            return expr_text(&e.arg());
        }
        match &node.value {
            Yaml::Null => "null".to_owned(),
            Yaml::Bool(b) => b.to_string(),
            Yaml::Int(i) => int(*i).to_string().replace(' ', ""),
            Yaml::Float(x) => float(*x).to_string().replace(' ', ""),
            Yaml::Str(s) => Literal::string(s).to_string(),
            Yaml::List(items) => {
                let items: Vec<String> = items
                    .iter()
                    .map(|i| self.json_text(i, interpolate))
                    .collect();
                let width: usize = items.iter().map(|i| i.len() + 2).sum();
                if width < 60 && items.iter().all(|i| !i.contains('\n')) {
                    format!("[{}]", items.join(", "))
                } else {
                    block('[', ']', items)
                }
            }
            Yaml::Map(entries) if entries.is_empty() => "{}".to_owned(),
            Yaml::Map(entries) => {
                let items: Vec<String> = entries
                    .iter()
                    .map(|(k, v)| {
                        let v = self.json_text(v, interpolate);
                        format!("{}: {v}", Literal::string(&k.name))
                    })
                    .collect();
                block('{', '}', items)
            }
        }
    }

    // ----- functions -----

    /// `node` as a function call, when it is one the typed API can write.
    fn function(&mut self, node: &'m Node, want: &Ty<'m>, what: &str) -> Option<Expr<'m>> {
        let (k, arg) = node.single_entry()?;
        let name = k.name.as_str();
        Func::parse(name)?;
        let strings = |n: &'m Node| -> Option<Vec<&'m str>> {
            match &n.value {
                Yaml::List(items) => items.iter().map(Node::as_str).collect(),
                _ => None,
            }
        };
        let args = match &arg.value {
            Yaml::List(items) => items.as_slice(),
            _ => &[],
        };
        let typed = match name {
            "get_input" => {
                let input = arg.as_str()?;
                if let Some(v) = self.inputs.get(input) {
                    let var = &v.var;
                    Some(Expr {
                        tokens: quote!(#var),
                        ty: Some(v.ty.clone()),
                        var: true,
                    })
                } else if PSEUDO_PARAMETERS.contains(&input) {
                    let f = ident(&input.trim_start_matches("HuaweiCloud.").to_snake_case());
                    Some(Expr::val(quote!(pseudo::#f()), Ty::Str))
                } else {
                    None
                }
            }
            "get_reference" => {
                let target = arg.as_str()?;
                let (var, spec) = self.elements.get(target)?.clone();
                Some(Expr::val(quote!(#var.id()), self.id_ty(spec)))
            }
            "get_attribute" => {
                let names = strings(arg)?;
                let (target, path_names) = names.split_first()?;
                let (var, spec) = self.elements.get(target)?.clone();
                match path_names {
                    [] => None,
                    [attr] => Some(self.attribute(&var, spec, attr)),
                    more => {
                        let more = more.iter().map(|s| string(s));
                        Some(Expr::val(
                            quote!(get_attribute(&#var, &[#(#more),*])),
                            Ty::Any,
                        ))
                    }
                }
            }
            "get_in_map" => {
                let [m, a, b] = args else { return None };
                let var = self.mappings.get(m.as_str()?)?.clone();
                let (method, ty) = match want {
                    Ty::Int => ("get_integer", Ty::Int),
                    Ty::Num => ("get_number", Ty::Num),
                    _ => ("get_string", Ty::Str),
                };
                let (a, b) = (
                    self.value(a, &Ty::Str, "a get_in_map key"),
                    self.value(b, &Ty::Str, "a get_in_map key"),
                );
                let method = ident(method);
                Some(Expr::val(quote!(#var.#method(#a, #b)), ty))
            }
            "cond_if" => {
                let [c, a, b] = args else { return None };
                let cond = self.conditions.get(c.as_str()?)?.clone();
                if serialized(want) {
                    return None;
                }
                let ty = want.clone();
                let (a, b) = (self.value(a, &ty, what), self.value(b, &ty, what));
                let t = ty.tokens();
                Some(Expr::val(quote!(cond_if::<#t>(&#cond, #a, #b)), ty))
            }
            "base64_encode" => {
                let v = self.value(arg, &Ty::Str, "base64_encode's text");
                Some(Expr::val(quote!(base64_encode(#v)), Ty::Str))
            }
            "split" => {
                let [d, s] = args else { return None };
                let (d, s) = (
                    self.value(d, &Ty::Str, "split's delimiter"),
                    self.value(s, &Ty::Str, "split's text"),
                );
                Some(Expr::val(
                    quote!(split(#d, #s)),
                    Ty::List(Box::new(Ty::Str)),
                ))
            }
            "select" => {
                let [i, l] = args else { return None };
                let item = match want {
                    Ty::Untyped | Ty::Map | Ty::Any | Ty::List(_) => Ty::Str,
                    other => other.clone(),
                };
                let list = Ty::List(Box::new(item.clone()));
                let (i, l) = (
                    self.value(i, &Ty::Int, "select's index"),
                    self.value(l, &list, "select's list"),
                );
                let t = item.tokens();
                Some(Expr::val(quote!(select::<#t>(#i, #l)), item))
            }
            "get_list_length" => {
                let list = Ty::List(Box::new(Ty::Str));
                let l = self.value(arg, &list, "get_list_length's list");
                Some(Expr::val(quote!(get_list_length::<String>(#l)), Ty::Int))
            }
            "replace" => {
                let [
                    t,
                    Node {
                        value: Yaml::Map(vars),
                        ..
                    },
                ] = args
                else {
                    return None;
                };
                let t = self.value(t, &Ty::Str, "replace's text");
                let vars: Vec<_> = vars
                    .iter()
                    .map(|(k, v)| {
                        let key = string(&k.name);
                        let e = match self.function(v, &Ty::Str, "a replace value") {
                            Some(e) if e.ty == Some(Ty::Str) => {
                                let owned = e.owned();
                                return quote!((#key, #owned));
                            }
                            Some(e) => self.fit(e, &Ty::Str, "a replace value"),
                            None => {
                                let l = self.value(v, &Ty::Str, "a replace value");
                                quote!(IntoValue::<String>::into_value(#l))
                            }
                        };
                        quote!((#key, IntoValue::<String>::into_value(#e)))
                    })
                    .collect();
                Some(Expr::val(quote!(replace(#t, [#(#vars),*])), Ty::Str))
            }
            "concat" if self.in_output => {
                let Yaml::List(parts) = &arg.value else {
                    return None;
                };
                let parts: Vec<_> = parts
                    .iter()
                    .map(|p| match self.function(p, &Ty::Any, "a concat part") {
                        Some(e) => e.owned(),
                        None => match &p.value {
                            Yaml::Str(s) => string(s),
                            // A part is an i32 or an i64: the literal says which.
                            Yaml::Int(i) if *i >= 0 => {
                                let l = Literal::i64_suffixed(*i);
                                quote!(#l)
                            }
                            Yaml::Bool(b) => quote!(#b),
                            _ => self.raw(p, &Ty::Any, "a concat part that is not text".into()),
                        },
                    })
                    .collect();
                // Mixed parts in a tuple (up to 12); more in an array of `ConcatPart`s.
                let call = if parts.len() <= 12 {
                    quote!(concat((#(#parts,)*)))
                } else {
                    quote!(concat([#(ConcatPart::from(#parts)),*]))
                };
                Some(Expr::val(call, Ty::Any))
            }
            _ => None,
        };
        if typed.is_none() {
            // A function the typed API cannot write here: the template's form, unchecked.
            let why = match name {
                "concat" => format!("{what} holds concat, which the typed API keeps to outputs"),
                "get_input" | "get_reference" | "get_attribute" | "get_in_map" | "cond_if" => {
                    format!("{what} holds a {name} of something the template does not declare")
                }
                _ => format!("{what} holds {name} in a form the typed API cannot write"),
            };
            let ty = if serialized(want) {
                Ty::Any
            } else {
                want.clone()
            };
            let raw = self.raw(node, &ty, why);
            return Some(Expr::val(raw, ty));
        }
        typed
    }

    fn attribute(&mut self, var: &Var, spec: Option<&'m TypeDef>, attr: &str) -> Expr<'m> {
        let a = spec.and_then(|t| t.attributes.iter().find(|a| a.name == attr));
        let star = spec.and_then(|t| t.attributes.iter().find(|a| a.name == "*"));
        match (a, star) {
            (Some(a), _) => {
                let m = ident(&a.method);
                let ty = match (&a.ty, a.name.as_str()) {
                    (Some(r), _) => self.model.resource(r).map_or(Ty::Str, Ty::Res),
                    (None, "refID") => self.id_ty(spec),
                    _ => Ty::Str,
                };
                Expr::val(quote!(#var.attr().#m()), ty)
            }
            (None, Some(s)) => {
                let m = ident(&s.method);
                let name = string(attr);
                Expr::val(quote!(#var.attr().#m(#name)), Ty::Any)
            }
            (None, None) => {
                self.hatch(format!(
                    "attribute '{attr}' is not in the spec of {}",
                    spec.map_or("this element", |t| t.name.as_str())
                ));
                let name = string(attr);
                Expr::val(quote!(#var.attr().unlisted(#name)), Ty::Any)
            }
        }
    }

    // ----- sections -----

    /// The body of `stack()`, formatted. Elements are written in two halves side by side
    /// when there are many (statements are laid out independently, so the result is the same).
    fn stack(&mut self, name: &str) -> Result<String, ImportError> {
        let root = self.root;
        let mut stmts: Vec<TokenStream> = Vec::new();
        let name_lit = string(name);
        let mut head = quote!(Stack::new(#name_lit));
        if let Some(d) = root.get("description").and_then(Node::as_str) {
            let d = string(d);
            head = quote!(#head.description(#d));
        }
        stmts.push(quote!(let mut stack = #head;));

        let nodes = entries(root.get("node_templates"));
        self.collect_references(root);

        // Inputs, typed by their declared type and what they feed.
        let uses = self.input_uses(nodes);
        for (k, v) in entries(root.get("inputs")) {
            let s = self.input(&k.name, v, uses.get(k.name.as_str()));
            stmts.extend(self.take_notes());
            stmts.push(s);
        }
        for (k, v) in entries(root.get("mappings")) {
            let s = self.mapping(&k.name, v);
            stmts.extend(self.take_notes());
            stmts.push(s);
        }
        for (k, v) in entries(root.get("conditions")) {
            let s = self.condition(&k.name, v);
            stmts.extend(self.take_notes());
            stmts.push(s);
        }
        for (k, _) in nodes {
            let spec = self.element_spec(&nodes_type(nodes, &k.name));
            let var = self.var(&k.name, "node");
            self.elements.insert(k.name.as_str(), (var, spec));
        }
        let order = order(nodes);
        let half = if order.len() > 200 {
            order.len() / 2
        } else {
            order.len()
        };
        let (mine, theirs) = order.split_at(half);
        let mut other = self.clone();
        other.json_base = SECOND_JSON;
        other.hatches = 0;
        let (first, second) = std::thread::scope(|scope| {
            let second = (!theirs.is_empty()).then(|| {
                scope.spawn(move || {
                    let stmts = other.elements(nodes, theirs);
                    (format_statements(stmts), other.hatches, other.json_blocks)
                })
            });
            let stmts = self.elements(nodes, mine);
            (format_statements(stmts), second.map(|h| h.join()))
        });
        let mut body = format_statements(std::mem::take(&mut stmts));
        body.push_str(&first);
        if let Some(second) = second {
            let (text, hatches, json) =
                second.map_err(|_| ImportError::Writer("the code writer failed".into()))?;
            body.push_str(&text);
            self.hatches += hatches;
            self.second_json = json;
        }
        for (k, v) in entries(root.get("policies")) {
            let s = self.policy(&k.name, v);
            stmts.extend(self.take_notes());
            stmts.extend(s);
        }
        self.in_output = true;
        for (k, v) in entries(root.get("outputs")) {
            let s = self.output(&k.name, v);
            stmts.extend(self.take_notes());
            stmts.push(s);
        }
        stmts.push(quote!(stack));
        body.push_str(&format_statements(stmts));
        Ok(body)
    }

    /// The statements of the elements at `indexes`.
    fn elements(
        &mut self,
        nodes: &'m [(rfs_check::tree::Key, Node)],
        indexes: &[usize],
    ) -> Vec<TokenStream> {
        let mut stmts = Vec::new();
        for &i in indexes {
            let (k, v) = &nodes[i];
            let s = self.element(&k.name, v);
            stmts.extend(self.take_notes());
            stmts.extend(s);
        }
        stmts
    }

    fn element_spec(&self, template_type: &Option<&str>) -> Option<&'m TypeDef> {
        template_type.and_then(|t| self.model.element_by_type(t))
    }

    /// Element names that are referred to (they need a variable).
    fn collect_references(&mut self, root: &'m Node) {
        let mut out = HashSet::new();
        referenced_elements(root, &mut |name| {
            out.insert(name);
        });
        for (_, e) in entries(root.get("node_templates")) {
            for r in requirement_entries(e) {
                out.insert(r.1);
            }
        }
        for (_, p) in entries(root.get("policies")) {
            if let Some(Yaml::List(t)) = p.get("targets").map(|t| &t.value) {
                out.extend(t.iter().filter_map(Node::as_str));
            }
        }
        self.referenced = out;
    }

    /// For each input, the types of the places its `get_input` fills directly.
    fn input_uses(
        &self,
        nodes: &'m [(rfs_check::tree::Key, Node)],
    ) -> HashMap<&'m str, Vec<Ty<'m>>> {
        let mut uses: HashMap<&'m str, Vec<Ty<'m>>> = HashMap::new();
        for (_, e) in nodes {
            let Some(t) = self.element_spec(&e.get("type").and_then(Node::as_str)) else {
                continue;
            };
            for (k, v) in entries(e.get("properties")) {
                if let Some(p) = t.properties.iter().find(|p| p.key == k.name) {
                    let want = self.property_ty(t, p);
                    self.uses_in(v, &want, &mut uses);
                }
            }
        }
        uses
    }

    fn uses_in(&self, v: &'m Node, want: &Ty<'m>, uses: &mut HashMap<&'m str, Vec<Ty<'m>>>) {
        if let Some((k, arg)) = v.single_entry()
            && k.name == "get_input"
            && let Some(name) = arg.as_str()
        {
            uses.entry(name).or_default().push(want.clone());
            return;
        }
        if let Some((k, arg)) = v.single_entry()
            && Func::parse(&k.name).is_some()
        {
            // Inside another function: the place's type is not the input's.
            self.uses_in(arg, &Ty::Any, uses);
            return;
        }
        match (want, &v.value) {
            (Ty::List(item), Yaml::List(items)) => {
                items.iter().for_each(|i| self.uses_in(i, item, uses));
            }
            (Ty::Data(d), Yaml::Map(m)) => {
                for (k, v) in m {
                    if let Some(p) = d.properties.iter().find(|p| p.key == k.name) {
                        let want = self.property_ty(d, p);
                        self.uses_in(v, &want, uses);
                    }
                }
            }
            (_, Yaml::List(items)) => items.iter().for_each(|i| self.uses_in(i, &Ty::Any, uses)),
            (_, Yaml::Map(m)) => m.iter().for_each(|(_, v)| self.uses_in(v, &Ty::Any, uses)),
            _ => {}
        }
    }

    fn input(&mut self, name: &'m str, def: &'m Node, uses: Option<&Vec<Ty<'m>>>) -> TokenStream {
        let declared = def.get("type").and_then(Node::as_str);
        // The constructor, for the text types and text-declared resource types.
        let mut ctor: Option<&str> = None;
        let ty = match declared {
            None => Ty::Untyped,
            Some("string") => match self.enum_input(def, uses, "string") {
                Some(t) => t,
                None => match self.named_input(def, uses) {
                    Some(t) => {
                        if !matches!(t, Ty::Res(r) if r.input_type == "string") {
                            ctor = Some("declared_as_string");
                        }
                        t
                    }
                    None => Ty::Str,
                },
            },
            Some("integer") => self.enum_input(def, uses, "integer").unwrap_or(Ty::Int),
            Some("float") => Ty::Num,
            Some("boolean") => Ty::Bool,
            Some(text @ ("password" | "secret" | "ip" | "enum")) => {
                ctor = Some(if text == "enum" { "enum_type" } else { text });
                Ty::Str
            }
            Some(other) => match self.model.resource(other) {
                Some(r) => Ty::Res(r),
                None => {
                    self.note(format!(
                        "error[input]: input type '{other}' is unknown; the input is written without a type"
                    ));
                    Ty::Untyped
                }
            },
        };
        let var = self.var(name, "input");
        let mut input = match (&ty, ctor) {
            (Ty::Untyped, _) => quote!(Input::untyped()),
            (Ty::Str, Some(c)) => {
                let c = ident(c);
                quote!(Input::#c())
            }
            (t, Some(c)) => {
                let (t, c) = (t.tokens(), ident(c));
                quote!(Input::<#t>::new().#c())
            }
            (t, None) => {
                let t = t.tokens();
                quote!(Input::<#t>::new())
            }
        };
        if let (Some("declared_as_string"), Ty::Res(r)) = (ctor, &ty)
            && r.kind != ResourceKind::Name
        {
            self.note(format!(
                "input '{name}' is declared string but fills {} (lint warns: input-type)",
                r.name
            ));
        }
        let what = format!("input '{name}'");
        for (k, v) in entries(Some(def)) {
            match k.name.as_str() {
                "type" => {}
                "description" | "label" => {
                    let m = ident(&k.name);
                    let text = self.text(v, &format!("{what}'s {}", k.name));
                    input = quote!(#input.#m(#text));
                }
                "default" => {
                    let d = self.input_value(v, &ty, &format!("{what}'s default"));
                    input = quote!(#input.default_value(#d));
                }
                "invisible" => match v.value {
                    Yaml::Bool(true) => input = quote!(#input.invisible()),
                    Yaml::Bool(false) => input = quote!(#input.visible()),
                    _ => self.note(format!(
                        "error[input]: {what}: invisible is not a boolean; left out"
                    )),
                },
                "constraints" => {
                    input = self.constraints(input, v, &ty, &what);
                }
                other => self.note(format!(
                    "error[input]: {what}: unknown field '{other}' left out"
                )),
            }
        }
        let name_lit = string(name);
        let call = match ty {
            Ty::Untyped => quote!(stack.untyped_input(#name_lit, #input)),
            _ => quote!(stack.input(#name_lit, #input)),
        };
        self.inputs.insert(
            name,
            InputVar {
                var: var.clone(),
                ty,
            },
        );
        quote!(let #var = #call;)
    }

    /// The enumeration an input declared `declared` should have: every place it fills is of
    /// that enumeration (declared with the same value type), and its values are allowed ones.
    fn enum_input(&self, def: &Node, uses: Option<&Vec<Ty<'m>>>, declared: &str) -> Option<Ty<'m>> {
        let uses = uses?;
        let first = uses.first()?;
        let Ty::Enum(_, p) = first else { return None };
        if !uses.iter().all(|u| u == first) {
            return None;
        }
        let value_type = match p.allowed.first()? {
            SpecValue::Int(_) => "integer",
            SpecValue::Str(_) => "string",
            _ => return None,
        };
        if value_type != declared {
            return None;
        }
        let mut values: Vec<&Node> = def.get("default").into_iter().collect();
        if let Some(Yaml::List(v)) = def
            .get("constraints")
            .and_then(|c| c.get("valid_values"))
            .map(|v| &v.value)
        {
            values.extend(v);
        }
        if values.iter().all(|v| variant(p, v).is_some()) {
            Some(first.clone())
        } else {
            None
        }
    }

    /// The resource type a text input should have: every place it fills takes the same
    /// resource type, and it has no default or valid values (those would need `existing`).
    fn named_input(&self, def: &Node, uses: Option<&Vec<Ty<'m>>>) -> Option<Ty<'m>> {
        let uses = uses?;
        let first @ Ty::Res(r) = uses.first()? else {
            return None;
        };
        // A default or valid value is written with `existing(..)` where the type is declared
        // `string` anyway (ids of resources no element creates); elsewhere the input stays text.
        let literal_ok = r.kind == ResourceKind::Name
            || r.input_type == "string"
            || (def.get("default").is_none()
                && def
                    .get("constraints")
                    .and_then(|c| c.get("valid_values"))
                    .is_none());
        (literal_ok && uses.iter().all(|u| u == first)).then(|| first.clone())
    }

    /// A literal for an input of type `ty` (default, valid value, range bound).
    fn input_value(&mut self, v: &'m Node, ty: &Ty<'m>, what: &str) -> TokenStream {
        match (ty, &v.value) {
            (Ty::Untyped, Yaml::Str(s)) => string(s),
            (Ty::Untyped, Yaml::Int(i)) => int(*i),
            (Ty::Untyped, Yaml::Float(x)) => float(*x),
            (Ty::Untyped, Yaml::Bool(b)) => quote!(#b),
            (Ty::Untyped, _) => {
                let j = self.json(v);
                quote!(to_value(&#j))
            }
            _ => self.value(v, ty, what),
        }
    }

    fn text(&mut self, v: &'m Node, what: &str) -> TokenStream {
        match &v.value {
            Yaml::Str(s) => string(s),
            Yaml::Int(_) | Yaml::Float(_) | Yaml::Bool(_) => {
                // The parser reads it as text; the DSL writes text.
                self.note(format!("{what} is written as text"));
                string(&v.scalar_text().unwrap_or_default())
            }
            _ => {
                self.note(format!("error: {what} is not text; left empty"));
                string("")
            }
        }
    }

    fn constraints(
        &mut self,
        mut input: TokenStream,
        v: &'m Node,
        ty: &Ty<'m>,
        what: &str,
    ) -> TokenStream {
        for (k, c) in entries(Some(v)) {
            let name = k.name.as_str();
            match (name, &c.value) {
                ("valid_values", Yaml::List(items)) => {
                    let mut kinds = HashSet::new();
                    let values: Vec<_> = items
                        .iter()
                        .map(|i| {
                            kinds.insert(node_kind(i));
                            self.input_value(i, ty, &format!("{what}'s valid value"))
                        })
                        .collect();
                    let values = if kinds.len() > 1 {
                        let t = ty.tokens();
                        values
                            .into_iter()
                            .map(|v| quote!(IntoValue::<#t>::into_value(#v)))
                            .collect()
                    } else {
                        values
                    };
                    input = if values.is_empty() {
                        let t = ty.tokens();
                        quote!(#input.valid_values(Vec::<Val<#t>>::new()))
                    } else {
                        quote!(#input.valid_values([#(#values),*]))
                    };
                }
                ("regex" | "pattern", Yaml::Str(s)) => {
                    let m = ident(name);
                    let s = string(s);
                    input = quote!(#input.#m(#s));
                }
                ("min_length" | "max_length", Yaml::Int(n)) if u32::try_from(*n).is_ok() => {
                    let m = ident(name);
                    let n = Literal::u32_unsuffixed(*n as u32);
                    input = quote!(#input.#m(#n));
                }
                ("in_range", Yaml::List(b))
                    if b.len() == 2 && matches!(ty, Ty::Int | Ty::Num | Ty::Untyped) =>
                {
                    let lo = self.input_value(&b[0], ty, &format!("{what}'s in_range"));
                    let hi = self.input_value(&b[1], ty, &format!("{what}'s in_range"));
                    input = quote!(#input.in_range(#lo, #hi));
                }
                _ => self.note(format!(
                    "error[input]: {what}: constraint '{name}' of this form cannot be written; left out"
                )),
            }
        }
        input
    }

    fn mapping(&mut self, name: &'m str, def: &'m Node) -> TokenStream {
        let mut m = quote!(Mapping::new());
        for (top, inner) in entries(Some(def)) {
            for (second, v) in entries(Some(inner)) {
                let value = match &v.value {
                    Yaml::Str(s) => string(s),
                    Yaml::Int(i) => int(*i),
                    Yaml::Float(x) => float(*x),
                    _ => {
                        self.note(format!(
                            "error[mapping]: {name}.{}.{}: only text and numbers can be written; left out",
                            top.name, second.name
                        ));
                        continue;
                    }
                };
                let (t, s) = (string(&top.name), string(&second.name));
                m = quote!(#m.entry(#t, #s, #value));
            }
        }
        let var = self.var(name, "map");
        self.mappings.insert(name, var.clone());
        let n = string(name);
        quote!(let #var = stack.mapping(#n, #m);)
    }

    fn condition(&mut self, name: &'m str, def: &'m Node) -> TokenStream {
        let expr = self.cond(def);
        let var = self.var(name, "cond");
        self.conditions.insert(name, var.clone());
        let n = string(name);
        quote!(let #var = stack.condition(#n, #expr);)
    }

    /// A condition expression.
    fn cond(&mut self, def: &'m Node) -> TokenStream {
        if let Yaml::Bool(b) = def.value {
            return quote!(#b);
        }
        if let Some((k, arg)) = def.single_entry() {
            let args = match &arg.value {
                Yaml::List(items) => items.as_slice(),
                _ => &[],
            };
            match k.name.as_str() {
                "cond_eq" if args.len() == 2 => {
                    let ty = self.operand_type(args);
                    let (a, b) = (
                        self.value(&args[0], &ty, "a cond_eq operand"),
                        self.value(&args[1], &ty, "a cond_eq operand"),
                    );
                    let t = ty.tokens();
                    return quote!(cond_eq::<#t>(#a, #b));
                }
                "cond_not" => {
                    let c = self.cond(arg);
                    return quote!(cond_not(#c));
                }
                "cond_and" | "cond_or" if (2..=10).contains(&args.len()) => {
                    let f = ident(&k.name);
                    // Operands of one type: what is not a condition function is made a `Cond`.
                    let is_cond = |a: &Node| {
                        a.single_entry().is_some_and(|(k, _)| {
                            Func::parse(&k.name).is_some_and(Func::conditions_only)
                        })
                    };
                    let items: Vec<_> = args
                        .iter()
                        .map(|a| {
                            let c = self.cond(a);
                            if is_cond(a) {
                                c
                            } else {
                                quote!(Cond::from(#c))
                            }
                        })
                        .collect();
                    return quote!(#f([#(#items),*]));
                }
                "get_input" => {
                    if let Some(e) = self.function(def, &Ty::Bool, "a condition") {
                        if e.ty == Some(Ty::Bool) {
                            return e.owned();
                        }
                        let v = self.fit(e, &Ty::Bool, "a condition");
                        return quote!(IntoValue::<bool>::into_value(#v));
                    }
                }
                _ => {}
            }
        }
        let raw = self.raw(
            def,
            &Ty::Bool,
            "a condition the typed API cannot write".into(),
        );
        quote!(#raw)
    }

    /// The type both operands of `cond_eq` are compared as.
    fn operand_type(&self, args: &'m [Node]) -> Ty<'m> {
        for a in args {
            if let Some((k, arg)) = a.single_entry()
                && k.name == "get_input"
                && let Some(v) = arg.as_str().and_then(|n| self.inputs.get(n))
                && !matches!(v.ty, Ty::Untyped)
            {
                return v.ty.clone();
            }
        }
        for a in args {
            match a.value {
                Yaml::Int(_) => return Ty::Int,
                Yaml::Float(_) => return Ty::Num,
                Yaml::Bool(_) => return Ty::Bool,
                _ => {}
            }
        }
        Ty::Str
    }

    fn element(&mut self, name: &'m str, def: &'m Node) -> Vec<TokenStream> {
        let (var, spec) = self.elements[name].clone();
        let type_name = def.get("type").and_then(Node::as_str).unwrap_or("");
        let Some(t) = spec else {
            self.note(format!(
                "error[unknown-type]: element '{name}' of type '{type_name}' is left out: no spec describes it"
            ));
            return Vec::new();
        };
        let ty = path(&t.module, &t.rust_name);
        let props = entries(def.get("properties"));
        let setters = self.setters(props, t, &format!("{name}.properties"));
        let n = string(name);
        let add = quote!(stack.add(#n, #ty::builder() #(#setters)* .build()));
        let mut out = Vec::new();
        // Requirements: those the DSL derives from references, then the rest explicitly.
        let derived = derived_requirements(name, props);
        let written = requirement_entries(def);
        let missing: Vec<_> = derived
            .iter()
            .filter(|(k, t)| !written.iter().any(|(wk, wt, _)| wk == k && wt == t))
            .collect();
        if !missing.is_empty() {
            let list: Vec<String> = missing.iter().map(|(k, t)| format!("{k} -> {t}")).collect();
            let note = format!(
                "the template leaves out the requirement(s) {} that rfs derives from the properties",
                list.join(", ")
            );
            let note = string(&note);
            out.push(quote!(__rfs_comment!(#note);));
            out.push(quote!(stack.only_explicit_requirements(&#var);));
        }
        for (key, target, relationship) in written {
            let plain_derived = missing.is_empty()
                && relationship.is_none()
                && derived.iter().any(|(k, t)| *k == key && *t == target);
            if plain_derived {
                continue;
            }
            let Some((tvar, _)) = self.elements.get(target).cloned() else {
                let note = string(&format!(
                    "error[undefined-requirement]: requirement {key} -> {target} names no element; left out"
                ));
                out.push(quote!(__rfs_comment!(#note);));
                continue;
            };
            match relationship {
                None if key == "dependency" => out.push(quote!(stack.depends_on(&#var, &#tvar);)),
                None => {
                    let k = string(key);
                    out.push(quote!(stack.require(&#var, Requirement::new(#k, &#tvar));));
                }
                Some(r) => {
                    let (k, r) = (string(key), string(r));
                    out.push(quote!(stack.require(&#var, Requirement::new(#k, &#tvar).relationship(#r));));
                }
            }
        }
        if let Some(c) = def.get("condition").and_then(Node::as_str) {
            match self.conditions.get(c) {
                Some(cv) => out.push(quote!(stack.set_condition(&#var, &#cv);)),
                None => {
                    let note = string(&format!(
                        "error[undefined-condition]: condition '{c}' is not declared; left out"
                    ));
                    out.push(quote!(__rfs_comment!(#note);));
                }
            }
        }
        if let Some(meta) = def.get("metadata") {
            let j = self.json(meta);
            out.push(quote!(stack.metadata(&#var, #j);));
        }
        for (k, _) in entries(Some(def)) {
            if ![
                "type",
                "properties",
                "requirements",
                "condition",
                "metadata",
            ]
            .contains(&k.name.as_str())
            {
                let note = string(&format!(
                    "error[element]: element key '{}' cannot be written; left out",
                    k.name
                ));
                out.push(quote!(__rfs_comment!(#note);));
            }
        }
        let uses_var = out
            .iter()
            .any(|s| !s.to_string().starts_with("__rfs_comment"));
        let first = if self.referenced.contains(name) || uses_var {
            quote!(let #var = #add;)
        } else {
            quote!(#add;)
        };
        out.insert(0, first);
        out
    }

    fn policy(&mut self, name: &'m str, def: &'m Node) -> Vec<TokenStream> {
        let type_name = def.get("type").and_then(Node::as_str);
        let spec = self.element_spec(&type_name);
        let Some(t) = spec.filter(|_| {
            matches!(
                type_name,
                Some("HuaweiCloud.AntiDDos.Service" | "HuaweiCloud.APM.Pinpoint")
            )
        }) else {
            self.note(format!(
                "error[policy]: policy '{name}' of type '{}' is left out",
                type_name.unwrap_or("")
            ));
            return Vec::new();
        };
        let ty = path(&t.module, &t.rust_name);
        let setters = self.setters(entries(def.get("properties")), t, name);
        let mut targets = Vec::new();
        if let Some(Yaml::List(items)) = def.get("targets").map(|t| &t.value) {
            for i in items {
                match i.as_str().and_then(|n| self.elements.get(n)) {
                    Some((v, _)) => targets.push(quote!(Target::from(&#v))),
                    None => self.note(format!(
                        "error[policy]: target {} of policy '{name}' is not an element; left out",
                        i.show()
                    )),
                }
            }
        }
        let n = string(name);
        vec![quote!(stack.policy(#n, #ty::builder() #(#setters)* .build(), [#(#targets),*]);)]
    }

    fn output(&mut self, name: &'m str, def: &'m Node) -> TokenStream {
        let what = format!("output '{name}'");
        let value = match def.get("value") {
            Some(v) => self.any_value(v, &what),
            None => {
                self.note(format!(
                    "error[output]: {what} has no value; written as null"
                ));
                quote!(Value::Null)
            }
        };
        let n = string(name);
        let mut call = quote!(stack.output(#n, #value));
        if let Some(d) = def.get("description") {
            let d = self.text(d, &format!("{what}'s description"));
            call = quote!(#call.description(#d));
        }
        quote!(#call;)
    }

    /// The module: documentation, imports, and `stack()`.
    /// The module's code (imports and `stack()`), formatted; the header comes separately.
    fn module(&self, body: &str) -> String {
        // Imports: the service modules and rfs_dsl names the body and the json! bodies use.
        let mut used = heads(body);
        for text in self.json_blocks.iter().chain(&self.second_json) {
            for (name, path) in heads(text) {
                *used.entry(name).or_insert(false) |= path;
            }
        }
        let module_names: std::collections::BTreeSet<&str> = self
            .model
            .types
            .iter()
            .map(|t| t.module.as_str())
            .chain(self.model.resources.iter().map(|r| r.module.as_str()))
            .collect();
        let modules: Vec<Ident> = used
            .iter()
            .filter(|(name, path)| **path && module_names.contains(*name))
            .map(|(m, _)| ident(m))
            .collect();
        let types = match modules.as_slice() {
            [] => quote!(),
            [one] => quote!(use rfs_dsl::types::#one;),
            _ => quote!(use rfs_dsl::types::{#(#modules),*};),
        };
        let uses = IMPORTS.iter().filter_map(|(path, names)| {
            let names: Vec<Ident> = names
                .iter()
                .filter(|n| used.contains_key(*n) || **n == "Stack")
                .map(|n| ident(n))
                .collect();
            let path: TokenStream = path.parse().unwrap_or_default();
            match names.as_slice() {
                [] => None,
                [one] => Some(quote!(use #path::#one;)),
                _ => Some(quote!(use #path::{#(#names),*};)),
            }
        });
        let uses: Vec<TokenStream> = uses.collect();
        let imports = quote! {
            #types
            #(#uses)*
        };
        let imports = rfs_codegen::print::plain(imports);
        let text =
            format!("{imports}\n/// Builds the stack.\npub fn stack() -> Stack {{\n{body}}}\n");
        self.splice_json(&comments(&text))
    }
}

/// Statements formatted as the body of a function: indented by four spaces.
fn format_statements(stmts: Vec<TokenStream>) -> String {
    if stmts.is_empty() {
        return String::new();
    }
    let text = rfs_codegen::print::plain(quote!(fn f() { #(#stmts)* }));
    text.strip_prefix("fn f() {\n")
        .and_then(|t| t.strip_suffix("}\n"))
        .unwrap_or_default()
        .to_owned()
}

impl Writer<'_> {
    /// The formatted module with each `json!(__rfs_json_N)` placeholder replaced by its body,
    /// indented like the line it is on.
    fn splice_json(&self, text: &str) -> String {
        if self.json_blocks.is_empty() && self.second_json.is_empty() {
            return text.to_owned();
        }
        let mut out = String::with_capacity(text.len());
        for line in text.lines() {
            let mut line = line.to_owned();
            while let Some(at) = line.find("json!(__rfs_json_") {
                let start = at + "json!(".len();
                let digits: String = line[start + "__rfs_json_".len()..]
                    .chars()
                    .take_while(char::is_ascii_digit)
                    .collect();
                let end = start + "__rfs_json_".len() + digits.len();
                let body = match digits.parse::<usize>() {
                    Ok(n) if n >= SECOND_JSON => self.second_json.get(n - SECOND_JSON),
                    Ok(n) => self.json_blocks.get(n),
                    Err(_) => None,
                }
                .cloned()
                .unwrap_or_default();
                let indent: String = line.chars().take_while(|c| *c == ' ').collect();
                let body = body.replace('\n', &format!("\n{indent}"));
                line.replace_range(start..end, &body);
            }
            out.push_str(&line);
            out.push('\n');
        }
        out
    }
}

/// Items laid out one per line between `open` and `close`, indented by four spaces.
fn block(open: char, close: char, items: Vec<String>) -> String {
    let mut out = String::new();
    out.push(open);
    for (i, item) in items.iter().enumerate() {
        out.push_str("\n    ");
        out.push_str(&item.replace('\n', "\n    "));
        if i + 1 < items.len() {
            out.push(',');
        }
    }
    out.push('\n');
    out.push(close);
    out
}

/// A Rust expression as formatted text (parenthesized where `json!` would misread it).
fn expr_text(tokens: &TokenStream) -> String {
    let text = rfs_codegen::print::plain(quote!(fn f() { let _ = #tokens; }));
    let inner = text
        .strip_prefix("fn f() {\n    let _ = ")
        .and_then(|t| t.strip_suffix(";\n}\n"))
        .map(|t| t.replace("\n    ", "\n"))
        .unwrap_or_else(|| tokens.to_string());
    if inner.contains('<') || inner.contains(',') && !inner.contains('(') {
        format!("({inner})")
    } else {
        inner
    }
}

/// `__rfs_comment!("text");` statements (on one line or broken over several by the printer)
/// turned into `// text` comments.
fn comments(text: &str) -> String {
    if !text.contains("__rfs_comment!") {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut lines = text.lines();
    while let Some(line) = lines.next() {
        let trimmed = line.trim_start();
        if !trimmed.starts_with("__rfs_comment!(") {
            out.push_str(line);
            out.push('\n');
            continue;
        }
        let indent = &line[..line.len() - trimmed.len()];
        let mut call = trimmed.to_owned();
        while !call.trim_end().ends_with(");") {
            match lines.next() {
                Some(more) => call.push_str(more.trim()),
                None => break,
            }
        }
        // The text holds no quotes or backslashes (see `one_line`), so the literal is what
        // lies between the first and the last quote.
        let body = match (call.find('"'), call.rfind('"')) {
            (Some(a), Some(b)) if b > a => &call[a + 1..b],
            _ => "",
        };
        let _ = writeln!(out, "{indent}// {body}");
    }
    out
}

fn describe(t: &Ty<'_>) -> String {
    match t {
        Ty::Str => "text".into(),
        Ty::Int => "an integer".into(),
        Ty::Num => "a number".into(),
        Ty::Bool => "a boolean".into(),
        Ty::Map => "a map".into(),
        Ty::Any => "a value of unknown type".into(),
        Ty::Enum(_, p) => format!(
            "one of {}",
            p.allowed
                .iter()
                .map(SpecValue::text)
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Ty::Data(d) => format!("a {} data structure", d.name),
        Ty::Res(r) => r.name.clone(),
        Ty::List(i) => format!("a list of {}", describe(i)),
        Ty::Untyped => "an untyped input".into(),
    }
}

/// The enum variant of `p` for a literal, matching type and value exactly.
fn variant(p: &PropertyDef, node: &Node) -> Option<String> {
    let (_, variants) = p.enumeration.as_ref()?;
    p.allowed.iter().zip(variants).find_map(|(a, v)| {
        let same = match (a, &node.value) {
            (SpecValue::Str(a), Yaml::Str(b)) => a == b,
            (SpecValue::Int(a), Yaml::Int(b)) => a == b,
            (SpecValue::Float(a), Yaml::Float(b)) => a == b,
            (SpecValue::Bool(a), Yaml::Bool(b)) => a == b,
            _ => false,
        };
        same.then(|| v.clone())
    })
}

fn node_kind(n: &Node) -> &'static str {
    match n.value {
        Yaml::Null => "null",
        Yaml::Bool(_) => "bool",
        Yaml::Int(_) => "int",
        Yaml::Float(_) => "float",
        Yaml::Str(_) => "str",
        Yaml::List(_) => "list",
        Yaml::Map(_) => "map",
    }
}

/// Places that take any serde value (map- and any-typed properties): written as `json!`.
fn serialized(t: &Ty<'_>) -> bool {
    match t {
        Ty::Map | Ty::Any | Ty::Untyped => true,
        Ty::List(item) => matches!(**item, Ty::Map | Ty::Any),
        _ => false,
    }
}

fn int(i: i64) -> TokenStream {
    if i == i64::MIN {
        return quote!(i64::MIN);
    }
    let fits = i32::try_from(i).is_ok();
    let l = if fits {
        Literal::i64_unsuffixed(i.abs())
    } else {
        Literal::i64_suffixed(i.abs())
    };
    if i < 0 { quote!(-#l) } else { quote!(#l) }
}

fn float(x: f64) -> TokenStream {
    if x.is_nan() {
        quote!(f64::NAN)
    } else if x.is_infinite() {
        if x > 0.0 {
            quote!(f64::INFINITY)
        } else {
            quote!(f64::NEG_INFINITY)
        }
    } else {
        let l = Literal::f64_unsuffixed(x.abs());
        if x.is_sign_negative() {
            quote!(-#l)
        } else {
            quote!(#l)
        }
    }
}

fn nodes_type<'a>(nodes: &'a [(rfs_check::tree::Key, Node)], name: &str) -> Option<&'a str> {
    nodes
        .iter()
        .find(|(k, _)| k.name == name)
        .and_then(|(_, v)| v.get("type"))
        .and_then(Node::as_str)
}

/// The element's written requirements: (key, target, relationship).
fn requirement_entries(def: &Node) -> Vec<(&str, &str, Option<&str>)> {
    let mut out = Vec::new();
    if let Some(Yaml::List(items)) = def.get("requirements").map(|r| &r.value) {
        for item in items {
            for (k, v) in item.as_map().unwrap_or(&[]) {
                if let Some(target) = v.get("node").and_then(Node::as_str) {
                    let rel = v.get("relationship").and_then(Node::as_str);
                    out.push((k.name.as_str(), target, rel));
                }
            }
        }
    }
    out
}

/// The requirements rfs derives from the properties: (property, element) for every
/// `get_reference`/`get_attribute` of another element, each pair once.
fn derived_requirements<'a>(
    name: &str,
    props: &'a [(rfs_check::tree::Key, Node)],
) -> Vec<(&'a str, &'a str)> {
    let mut out: Vec<(&str, &str)> = Vec::new();
    for (k, v) in props {
        referenced_elements(v, &mut |t| {
            if t != name && !out.contains(&(k.name.as_str(), t)) {
                out.push((k.name.as_str(), t));
            }
        });
    }
    out
}

/// Calls `found` with the element of every `get_reference: name` and `get_attribute: [name,
/// ...]` in `node`, in document order: the references the DSL makes typed (and derives
/// requirements from). Unlike the engine's graph (`rfs_check::graph::references`), the list
/// form `get_reference: [name]` is not one: the importer writes it as the template has it.
fn referenced_elements<'a>(node: &'a Node, found: &mut dyn FnMut(&'a str)) {
    if let Some((k, arg)) = node.single_entry() {
        match (k.name.as_str(), &arg.value) {
            ("get_reference", Yaml::Str(s)) => found(s),
            ("get_attribute", Yaml::List(items)) => {
                if let Some(s) = items.first().and_then(Node::as_str) {
                    found(s);
                }
            }
            _ => {}
        }
    }
    match &node.value {
        Yaml::List(items) => items.iter().for_each(|i| referenced_elements(i, found)),
        Yaml::Map(m) => m.iter().for_each(|(_, v)| referenced_elements(v, found)),
        _ => {}
    }
}

/// Element indexes in an order where each comes after the elements it refers to or requires
/// (template order otherwise); elements in a cycle keep template order.
fn order(nodes: &[(rfs_check::tree::Key, Node)]) -> Vec<usize> {
    let index: HashMap<&str, usize> = nodes
        .iter()
        .enumerate()
        .map(|(i, (k, _))| (k.name.as_str(), i))
        .collect();
    let deps: Vec<Vec<usize>> = nodes
        .iter()
        .map(|(k, v)| {
            let mut d: Vec<usize> = derived_requirements(&k.name, entries(v.get("properties")))
                .into_iter()
                .map(|(_, t)| t)
                .chain(requirement_entries(v).into_iter().map(|(_, t, _)| t))
                .filter_map(|t| index.get(t).copied())
                .collect();
            d.sort_unstable();
            d.dedup();
            d
        })
        .collect();
    let mut done = vec![false; nodes.len()];
    let mut out = Vec::with_capacity(nodes.len());
    // Repeatedly take the first element whose dependencies are all placed.
    let mut progress = true;
    while progress {
        progress = false;
        for i in 0..nodes.len() {
            if !done[i] && deps[i].iter().all(|&d| done[d] || d == i) {
                done[i] = true;
                out.push(i);
                progress = true;
            }
        }
    }
    out.extend((0..nodes.len()).filter(|&i| !done[i]));
    out
}

/// The module name for a template's file stem: snake_case, a valid identifier, not yet taken
/// by `taken`.
pub fn module_name(stem: &str, taken: &[(String, String)]) -> String {
    let mut base = stem.to_snake_case();
    base.retain(|c| c.is_ascii_alphanumeric() || c == '_');
    if base.is_empty()
        || base.starts_with(|c: char| c.is_ascii_digit())
        || RESERVED.contains(&base.as_str())
        || base == "all"
    {
        base = format!("stack_{base}");
    }
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
    let mut out = String::from("//! Stacks imported by `rfs import`.\n\n");
    for m in modules {
        let _ = writeln!(out, "pub mod {m};");
    }
    out.push_str("\n/// Every imported stack.\npub fn all() -> Vec<rfs_dsl::Stack> {\n    vec![");
    let calls: Vec<String> = modules.iter().map(|m| format!("{m}::stack()")).collect();
    if !calls.is_empty() {
        out.push_str("\n        ");
        out.push_str(&calls.join(",\n        "));
        out.push_str(",\n    ");
    }
    out.push_str("]\n}\n");
    out
}
