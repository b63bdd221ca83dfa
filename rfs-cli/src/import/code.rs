//! The code the importer builds, as a model: statements and comments in order
//! ([`rfs_codegen::print::Line`]), identifiers it chose, literals made from template text, and
//! the names it used (which become the module's `use` declarations). Nothing is printed here
//! and nothing printed is read back: template text only ever becomes a string literal (escaped
//! by `proc_macro2`), a comment line (escaped by the printer) or, for names, an identifier
//! made of `[a-z0-9_]` alone.

use std::collections::{BTreeSet, HashMap, HashSet};

use heck::ToSnakeCase;
use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::quote;
use rfs_check::language::Func;
use rfs_check::policy::Directive;
use rfs_check::tree::{Node, Pos};
use rfs_codegen::Model;
use rfs_codegen::model::{RustType, TypeDef};
use rfs_codegen::print::{Line, Tok, toks};

/// Setter calls on one builder before the chain is continued in a statement of its own (a
/// very long method chain is a very deep expression for rustc).
pub(super) const CHAIN: usize = 40;

/// An identifier the importer made up: `[a-z0-9_]`, not a keyword, not starting with a digit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Var(String);

impl quote::ToTokens for Var {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        ident(&self.0).to_tokens(tokens);
    }
}

/// `.method(args)`, with `args` moved in (`quote!` copies every stream it interpolates; the
/// builder chains are the bulk of a module).
pub(super) fn method(name: &str, args: TokenStream) -> TokenStream {
    let m = ident(name);
    let mut out = quote!(.#m);
    out.extend([proc_macro2::TokenTree::from(proc_macro2::Group::new(
        proc_macro2::Delimiter::Parenthesis,
        args,
    ))]);
    out
}

/// `[a, b, ...]`, the items moved.
pub(super) fn brackets(items: Vec<TokenStream>) -> TokenStream {
    let mut inner = TokenStream::new();
    let n = items.len();
    for (i, item) in items.into_iter().enumerate() {
        inner.extend(item);
        if i + 1 < n {
            inner.extend(quote!(,));
        }
    }
    TokenStream::from(proc_macro2::TokenTree::from(proc_macro2::Group::new(
        proc_macro2::Delimiter::Bracket,
        inner,
    )))
}

/// The streams one after the other, moved.
pub(super) fn join(parts: impl IntoIterator<Item = TokenStream>) -> TokenStream {
    let mut out = TokenStream::new();
    out.extend(parts);
    out
}

/// An identifier for a name rfs itself chose (a builder method, a type, a DSL function).
pub(super) fn ident(s: &str) -> Ident {
    Ident::new(s, Span::call_site())
}

/// A string literal holding `s`, whatever it holds.
pub(super) fn string(s: &str) -> TokenStream {
    TokenStream::from(proc_macro2::TokenTree::Literal(Literal::string(s)))
}

/// An integer literal: unsuffixed where an `i32` holds it (so it fits any integer type), `i64`
/// beyond.
pub(super) fn int(i: i64) -> TokenStream {
    if i == i64::MIN {
        return quote!(i64::MIN);
    }
    let l = if i32::try_from(i).is_ok() {
        Literal::i64_unsuffixed(i.abs())
    } else {
        Literal::i64_suffixed(i.abs())
    };
    if i < 0 { quote!(-#l) } else { quote!(#l) }
}

/// A float literal (or `f64::NAN`, `f64::INFINITY`, ...).
pub(super) fn float(x: f64) -> TokenStream {
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

/// Rust's keywords, strict and reserved: no variable or module takes one.
const KEYWORDS: &[&str] = &[
    "as", "break", "const", "continue", "crate", "else", "enum", "extern", "false", "fn", "for",
    "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return",
    "self", "static", "struct", "super", "trait", "true", "type", "unsafe", "use", "where",
    "while", "async", "await", "dyn", "abstract", "become", "box", "do", "final", "macro",
    "override", "priv", "typeof", "unsized", "virtual", "yield", "try", "gen", "union", "raw",
    "safe",
];

/// Names the module uses in the value namespace besides its variables: no variable takes one,
/// so a template's names cannot shadow them.
const USED_NAMES: &[&str] = &[
    "stack", "rfs_dsl", "json", "core", "std", "alloc", "to_value", "pseudo", "all", "main",
    // `json!` reads these as JSON's own values, not as variables.
    "null",
];

/// Whether a made-up name would be a keyword or shadow what the module uses.
pub(super) fn reserved(name: &str) -> bool {
    KEYWORDS.contains(&name) || USED_NAMES.contains(&name) || Func::parse(name).is_some()
}

/// `name` in snake_case, as heck writes it; names already of lowercase words joined by `-` or
/// `_` (most element names) take a short way.
pub(super) fn snake_case(name: &str) -> String {
    let simple = !name.is_empty()
        && name.split(['-', '_']).all(|w| {
            !w.is_empty()
                && w.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        });
    if simple {
        name.replace('-', "_")
    } else {
        name.to_snake_case()
    }
}

/// Variable names, each given once: a template name made snake_case and plain, with a suffix
/// where it is taken. Linear however many names collide.
#[derive(Clone)]
pub(super) struct Names {
    taken: HashSet<String>,
    next: HashMap<String, usize>,
    /// Service modules: used as paths; a variable of the same name would still work, but reads
    /// badly.
    modules: HashSet<String>,
}

impl Names {
    /// How many names are taken.
    pub(super) fn len(&self) -> usize {
        self.taken.len()
    }

    /// Takes the names `other` (a copy of these that went on) took too.
    pub(super) fn absorb(&mut self, other: Names) {
        self.taken.extend(other.taken);
        for (base, n) in other.next {
            let slot = self.next.entry(base).or_insert(0);
            *slot = (*slot).max(n);
        }
    }

    pub(super) fn new(model: &Model) -> Self {
        let modules = model
            .types
            .iter()
            .map(|t| t.module.clone())
            .chain(model.resources.iter().map(|r| r.module.clone()))
            .collect();
        Names {
            taken: HashSet::new(),
            next: HashMap::new(),
            modules,
        }
    }

    /// A fresh variable for the template name `name`; `kind` says what it is (`node`, `input`).
    pub(super) fn var(&mut self, name: &str, kind: &str) -> Var {
        let mut base = snake_case(name);
        base.retain(|c| c.is_ascii_alphanumeric() || c == '_');
        let base = base.trim_matches('_');
        let base = if base.is_empty() || base.starts_with(|c: char| c.is_ascii_digit()) {
            format!("{kind}_{base}")
        } else if reserved(base) || self.modules.contains(base) {
            format!("{base}_{kind}")
        } else {
            base.to_owned()
        };
        let base = base.trim_end_matches('_').to_owned();
        if self.taken.insert(base.clone()) {
            return Var(base);
        }
        let n = self.next.entry(base.clone()).or_insert(2);
        loop {
            let candidate = format!("{base}_{n}");
            *n += 1;
            if self.taken.insert(candidate.clone()) {
                return Var(candidate);
            }
        }
    }
}

/// A statement of `stack()` as the importer builds it: a binding (dropped to a plain statement
/// when nothing reads its variable), other code, or a comment.
pub(super) enum Stmt {
    /// `let [mut] var = value;`
    Let {
        var: Var,
        mutable: bool,
        value: TokenStream,
    },
    /// Any other statement.
    Code(TokenStream),
    /// A `//` line.
    Comment(String),
    /// Statements already taken apart (written on another thread).
    Parts(Vec<Part>),
}

impl Stmt {
    pub(super) fn bind(var: &Var, value: TokenStream) -> Self {
        Stmt::Let {
            var: var.clone(),
            mutable: false,
            value,
        }
    }
}

/// A statement with its tokens taken apart ([`toks`]): what [`lines`] reads, and what can
/// cross threads.
pub(super) enum Part {
    Let(Var, bool, Vec<Tok>),
    Code(Vec<Tok>),
    Comment(String),
}

/// The statements' tokens taken apart, once.
pub(super) fn parts(body: Vec<Stmt>) -> Vec<Part> {
    let mut out = Vec::with_capacity(body.len());
    for s in body {
        match s {
            Stmt::Let {
                var,
                mutable,
                value,
            } => out.push(Part::Let(var, mutable, toks(value))),
            Stmt::Code(t) => out.push(Part::Code(toks(t))),
            Stmt::Comment(c) => out.push(Part::Comment(c)),
            Stmt::Parts(p) => out.extend(p),
        }
    }
    out
}

/// The body as the printer's lines: a binding whose variable nothing reads (an input that
/// only a value in its template form uses, say) becomes a plain statement.
///
/// Also returns the names at the head of a path or a call anywhere in the body (what
/// [`uses`] imports from): a variable is read only where its name heads one.
pub(super) fn lines(body: Vec<Stmt>) -> (Vec<Line>, BTreeSet<String>) {
    use proc_macro2::Spacing;
    let parts: Vec<Part> = parts(body);
    let mut read: HashSet<&str> = HashSet::new();
    for p in &parts {
        if let Part::Let(_, _, t) | Part::Code(t) = p {
            heads(t, &mut read);
        }
    }
    let bound: Vec<bool> = parts
        .iter()
        .map(|p| matches!(p, Part::Let(var, _, _) if read.contains(var.0.as_str())))
        .collect();
    let read: BTreeSet<String> = read.into_iter().map(str::to_owned).collect();
    let word = |w: &str| Tok::Ident(w.to_owned());
    let lines = parts
        .into_iter()
        .zip(bound)
        .map(|(p, bound)| match p {
            Part::Let(var, mutable, mut value) => {
                if bound {
                    let mut line = vec![word("let")];
                    if mutable {
                        line.push(word("mut"));
                    }
                    line.push(word(&var.0));
                    line.push(Tok::Punct('=', Spacing::Alone));
                    line.append(&mut value);
                    value = line;
                }
                value.push(Tok::Punct(';', Spacing::Alone));
                Line::Code(value)
            }
            Part::Code(t) => Line::Code(t),
            Part::Comment(c) => Line::Comment(c),
        })
        .collect();
    (lines, read)
}

/// The `use` declarations of a body: every name of rfs-dsl its tokens use and every service
/// module they use as a path, from the names [`lines`] found at the head of a path or a call
/// (a string literal is one token, so nothing inside one counts).
pub(super) fn uses(found: &BTreeSet<String>, model: &Model) -> Vec<TokenStream> {
    let modules: BTreeSet<&str> = model
        .types
        .iter()
        .map(|t| t.module.as_str())
        .chain(model.resources.iter().map(|r| r.module.as_str()))
        .collect();
    let decl = |path: TokenStream, names: Vec<Ident>| match names.as_slice() {
        [] => None,
        [one] => Some(quote!(use #path::#one;)),
        _ => Some(quote!(use #path::{#(#names),*};)),
    };
    let pick = |set: &[&str]| {
        found
            .iter()
            .filter(|n| set.contains(&n.as_str()))
            .map(|n| ident(n))
            .collect::<Vec<_>>()
    };
    let used_modules: Vec<Ident> = found
        .iter()
        .filter(|n| modules.contains(n.as_str()))
        .map(|m| ident(m))
        .collect();
    let funcs: Vec<&str> = Func::ALL
        .iter()
        .map(|f| f.name())
        .chain(FUNC_ITEMS.iter().copied())
        .collect();
    let mut out = Vec::new();
    out.extend(decl(quote!(rfs_dsl::types), used_modules));
    out.extend(decl(quote!(rfs_dsl::func), pick(&funcs)));
    out.extend(decl(quote!(rfs_dsl::types::core), pick(CORE_NAMES)));
    out.extend(decl(quote!(rfs_dsl), pick(DSL_NAMES)));
    out
}

/// The names at the head of a path or a call in `trees` (not after `.` or `::`).
fn heads<'t>(trees: &'t [Tok], found: &mut HashSet<&'t str>) {
    let mut after_sep = false;
    let mut prev_colon = false;
    for t in trees {
        match t {
            Tok::Ident(i) => {
                if !after_sep {
                    found.insert(i);
                }
                after_sep = false;
                prev_colon = false;
            }
            Tok::Punct(c, spacing) => {
                after_sep = *c == '.' || (*c == ':' && prev_colon);
                prev_colon = *c == ':' && *spacing == proc_macro2::Spacing::Joint;
            }
            Tok::Group(_, inner) => {
                heads(inner, found);
                after_sep = false;
                prev_colon = false;
            }
            Tok::Literal(_) => {
                after_sep = false;
                prev_colon = false;
            }
        }
    }
}

const DSL_NAMES: &[&str] = &[
    "Input",
    "Mapping",
    "Requirement",
    "Stack",
    "Target",
    "Untyped",
    "json",
    "to_value",
];
const CORE_NAMES: &[&str] = &["Any", "IntoValue", "Map", "Val", "Value"];
const FUNC_ITEMS: &[&str] = &["pseudo", "Cond", "cond_is_empty"];

/// Names rfs_dsl exports at its root that the importer writes.
#[derive(Clone, Copy)]
pub(super) enum Dsl {
    Input,
    Mapping,
    Requirement,
    Stack,
    Target,
    Untyped,
    Json,
    ToValue,
}

/// Names of `rfs_dsl::types::core` the importer writes.
#[derive(Clone, Copy)]
pub(super) enum Core {
    Any,
    IntoValue,
    Map,
    Val,
    Value,
}

/// Names of `rfs_dsl::func` the importer writes besides the functions themselves.
#[derive(Clone, Copy)]
pub(super) enum FuncItem {
    /// A built-in function written as the free function of its name (`concat`, `cond_eq`).
    Call(Func),
    Pseudo,
    Cond,
    /// `cond_is_empty`: `cond_eq` of a typed input and the empty text.
    IsEmpty,
}

/// The Rust type a value must have (or has).
pub(super) type Ty<'m> = RustType<'m>;

/// A Rust expression and the type of value it makes.
pub(super) struct Expr<'m> {
    pub(super) tokens: TokenStream,
    /// `None` for a literal that converts to the wanted type by itself.
    pub(super) ty: Option<Ty<'m>>,
    /// An input's variable: used by reference, cloned to convert.
    pub(super) var: bool,
}

impl<'m> Expr<'m> {
    pub(super) fn val(tokens: TokenStream, ty: Ty<'m>) -> Self {
        Expr {
            tokens,
            ty: Some(ty),
            var: false,
        }
    }

    /// By value (a clone of a variable).
    pub(super) fn owned(&self) -> TokenStream {
        let t = &self.tokens;
        if self.var {
            quote!(#t.clone())
        } else {
            t.clone()
        }
    }

    /// As an argument taking `impl IntoValue<T>` (a variable by reference).
    pub(super) fn arg(&self) -> TokenStream {
        let t = &self.tokens;
        if self.var { quote!(&#t) } else { t.clone() }
    }
}

/// An input's variable and type.
#[derive(Clone)]
pub(super) struct InputVar<'m> {
    pub(super) var: Var,
    pub(super) ty: Ty<'m>,
}

/// The writer of one module: what the template declares, what the code has used, and the
/// lines waiting to go before the statement being written.
pub(super) struct Writer<'m> {
    pub(super) model: &'m Model,
    pub(super) root: &'m Node,
    pub(super) names: Names,
    pub(super) inputs: HashMap<&'m str, InputVar<'m>>,
    pub(super) mappings: HashMap<&'m str, Var>,
    pub(super) conditions: HashMap<&'m str, Var>,
    /// Element name → (variable, spec).
    pub(super) elements: HashMap<&'m str, (Var, Option<&'m TypeDef>)>,
    /// Elements whose statement is written: references to others (a cycle) stay raw.
    pub(super) defined: HashSet<&'m str>,
    /// Element names something refers to (they get a variable).
    pub(super) referenced: HashSet<&'m str>,
    /// Comments and hoisted statements for the statement being written.
    pub(super) pending: Vec<Stmt>,
    pub(super) hatches: usize,
    /// Whether an output is being written (`concat` with attributes is allowed there).
    pub(super) in_output: bool,
    /// Where the template has plain values YAML 1.1 readers read differently (the reader's
    /// `yaml-version` findings): the code says so where it writes them.
    pub(super) ambiguous: HashSet<Pos>,
    /// Elements from which their statements are written on two threads.
    pub(super) parallel_from: usize,
    /// The rule levels of the template's own `# rfs:` comments.
    pub(super) levels: Vec<Directive>,
}

/// Elements from which a template's element statements are written on two threads.
pub(super) const PARALLEL_ELEMENTS: usize = 256;

/// A [`Writer`]'s state without its waiting statements: it crosses threads.
pub(super) struct WriterCopy<'m> {
    model: &'m Model,
    root: &'m Node,
    names: Names,
    inputs: HashMap<&'m str, InputVar<'m>>,
    mappings: HashMap<&'m str, Var>,
    conditions: HashMap<&'m str, Var>,
    elements: HashMap<&'m str, (Var, Option<&'m TypeDef>)>,
    pub(super) defined: HashSet<&'m str>,
    referenced: HashSet<&'m str>,
    in_output: bool,
    ambiguous: HashSet<Pos>,
}

impl<'m> Writer<'m> {
    pub(super) fn new(model: &'m Model, root: &'m Node) -> Self {
        Writer {
            model,
            root,
            names: Names::new(model),
            inputs: HashMap::new(),
            mappings: HashMap::new(),
            conditions: HashMap::new(),
            elements: HashMap::new(),
            defined: HashSet::new(),
            referenced: HashSet::new(),
            pending: Vec::new(),
            hatches: 0,
            in_output: false,
            ambiguous: HashSet::new(),
            parallel_from: PARALLEL_ELEMENTS,
            levels: Vec::new(),
        }
    }

    /// What a writer on another thread needs of this one: everything but the statements
    /// waiting to be written (which hold token streams, and stay on this thread).
    pub(super) fn copy(&self) -> WriterCopy<'m> {
        WriterCopy {
            model: self.model,
            root: self.root,
            names: self.names.clone(),
            inputs: self.inputs.clone(),
            mappings: self.mappings.clone(),
            conditions: self.conditions.clone(),
            elements: self.elements.clone(),
            defined: self.defined.clone(),
            referenced: self.referenced.clone(),
            in_output: self.in_output,
            ambiguous: self.ambiguous.clone(),
        }
    }

    /// A writer from a [`Writer::copy`], with nothing waiting and no escape hatch counted.
    pub(super) fn from_copy(c: WriterCopy<'m>) -> Self {
        Writer {
            model: c.model,
            root: c.root,
            names: c.names,
            inputs: c.inputs,
            mappings: c.mappings,
            conditions: c.conditions,
            elements: c.elements,
            defined: c.defined,
            referenced: c.referenced,
            pending: Vec::new(),
            hatches: 0,
            in_output: c.in_output,
            ambiguous: c.ambiguous,
            parallel_from: usize::MAX,
            levels: Vec::new(),
        }
    }

    /// Counts an escape hatch and says why above the statement.
    pub(super) fn hatch(&mut self, why: impl Into<String>) {
        self.hatches += 1;
        self.pending
            .push(Stmt::Comment(format!("escape hatch: {}", why.into())));
    }

    /// A comment above the statement being written.
    pub(super) fn note(&mut self, text: impl Into<String>) {
        self.pending.push(Stmt::Comment(text.into()));
    }

    /// The statement `s`, after the comments and hoisted statements it needs.
    pub(super) fn emit(&mut self, out: &mut Vec<Stmt>, s: Stmt) {
        out.append(&mut self.pending);
        out.push(s);
    }

    /// `rfs_dsl::<name>` (its `use` comes from [`uses`]).
    pub(super) fn dsl(&mut self, name: Dsl) -> TokenStream {
        let n = match name {
            Dsl::Input => "Input",
            Dsl::Mapping => "Mapping",
            Dsl::Requirement => "Requirement",
            Dsl::Stack => "Stack",
            Dsl::Target => "Target",
            Dsl::Untyped => "Untyped",
            Dsl::Json => "json",
            Dsl::ToValue => "to_value",
        };
        let i = ident(n);
        quote!(#i)
    }

    /// `rfs_dsl::types::core::<name>`.
    pub(super) fn core(&mut self, name: Core) -> TokenStream {
        let n = match name {
            Core::Any => "Any",
            Core::IntoValue => "IntoValue",
            Core::Map => "Map",
            Core::Val => "Val",
            Core::Value => "Value",
        };
        let i = ident(n);
        quote!(#i)
    }

    /// `rfs_dsl::func::<name>`.
    pub(super) fn func(&mut self, item: FuncItem) -> TokenStream {
        let n = match item {
            FuncItem::Call(f) => f.name(),
            FuncItem::Pseudo => "pseudo",
            FuncItem::Cond => "Cond",
            FuncItem::IsEmpty => "cond_is_empty",
        };
        let i = ident(n);
        quote!(#i)
    }

    /// `<module>::<name>` of a generated type.
    pub(super) fn generated(&mut self, module: &str, name: &str) -> TokenStream {
        let (m, n) = (ident(module), ident(name));
        quote!(#m::#n)
    }

    /// The Rust type `T` of `Val<T>` for `t`.
    pub(super) fn ty(&mut self, t: &Ty<'m>) -> TokenStream {
        match t {
            RustType::String => quote!(String),
            RustType::Integer => quote!(i64),
            RustType::Number => quote!(f64),
            RustType::Boolean => quote!(bool),
            RustType::Map => self.core(Core::Map),
            RustType::Any => self.core(Core::Any),
            RustType::Untyped => self.dsl(Dsl::Untyped),
            RustType::Enum { .. } | RustType::Data(_) | RustType::Resource(_) => {
                let (module, name) = t.generated().unwrap_or_default();
                self.generated(module, name)
            }
            RustType::List(item) => {
                let item = self.ty(item);
                quote!(Vec<#item>)
            }
        }
    }

    /// `head` followed by `calls` and `tail`: as one chain where it is short, otherwise the
    /// first calls go into statements of their own (`let x = head.a().b(); let x = x.c();`),
    /// and the expression continues from the variable.
    pub(super) fn chain(
        &mut self,
        head: TokenStream,
        calls: Vec<TokenStream>,
        tail: TokenStream,
        name: &str,
    ) -> TokenStream {
        if calls.len() <= CHAIN {
            return join(std::iter::once(head).chain(calls).chain([tail]));
        }
        let var = self.names.var(name, "builder");
        let mut receiver = head;
        let mut calls = calls.into_iter().peekable();
        loop {
            let chunk: Vec<TokenStream> = calls.by_ref().take(CHAIN).collect();
            if calls.peek().is_none() {
                return join(std::iter::once(quote!(#var)).chain(chunk).chain([tail]));
            }
            self.pending.push(Stmt::bind(
                &var,
                join(std::iter::once(receiver).chain(chunk)),
            ));
            receiver = quote!(#var);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_short_way_to_snake_case_is_hecks() {
        let parts = [
            "", "a", "vpc", "0", "web2", "x9y", "-", "_", "--", "A", "Web", "ü", "a b",
        ];
        for a in parts {
            for b in parts {
                for c in parts {
                    let name = format!("{a}{b}{c}");
                    assert_eq!(snake_case(&name), name.to_snake_case(), "{name:?}");
                }
            }
        }
    }

    #[test]
    fn names_are_plain_identifiers_given_once() {
        let model = crate::specs().expect("specs");
        let mut names = Names::new(model);
        let got: Vec<String> = [
            "web-vpc", "web_vpc", "webVpc", "self", "fn", "1st", "", "concat", "vpc", "ü", "a\nb",
            "web-vpc",
        ]
        .iter()
        .map(|n| names.var(n, "node").0)
        .collect();
        assert_eq!(
            got,
            [
                "web_vpc",
                "web_vpc_2",
                "web_vpc_3",
                "self_node",
                "fn_node",
                "node_1st",
                "node",
                "concat_node",
                "vpc_node",
                "node_2",
                "a_b",
                "web_vpc_4"
            ]
        );
        for n in &got {
            assert!(syn_like_identifier(n), "{n}");
        }
    }

    fn syn_like_identifier(s: &str) -> bool {
        s.starts_with(|c: char| c.is_ascii_lowercase())
            && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
            && !reserved(s)
    }

    #[test]
    fn literals_keep_any_text_inside() {
        for text in [
            "\"); std::process::exit(1); (\"",
            "a\\\\nb",
            "\u{202e}",
            "\"#",
            "*/",
        ] {
            let lit = string(text).to_string();
            let back: syn::LitStr = syn::parse_str(&lit).expect("a string literal");
            assert_eq!(back.value(), text);
        }
        assert_eq!(int(-5).to_string(), "- 5");
        assert_eq!(int(1 << 40).to_string(), "1099511627776i64");
        assert_eq!(float(f64::NEG_INFINITY).to_string(), "f64 :: NEG_INFINITY");
    }
}
