//! Values: a template value written for a place of a Rust type — a literal, an enumeration's
//! variant, a data structure's builder, a list, a typed function's result, a `json!` value —
//! and where the typed API cannot say it, an escape hatch with a comment saying why.

use proc_macro2::TokenStream;
use quote::quote;
use rfs_check::spec::{Completeness, ResourceKind};
use rfs_check::tree::{Key, Node, Yaml};
use rfs_codegen::load::Fact;
use rfs_codegen::model::{PropertyDef, RustType, TypeDef};

use super::code::{
    Core, Dsl, Expr, Stmt, Ty, Var, Writer, brackets, float, ident, int, method, string,
};

/// Most entries of a map, and items of a list, written in one `json!` literal; larger ones are
/// built in statements (serde_json's `json!` recurses once per token it reads).
const JSON_ENTRIES: usize = 24;
const JSON_ITEMS: usize = 40;
/// The macro recursion one `json!` literal may need (rustc allows 128); a literal needing more
/// has its largest parts bound to variables first. Measured: a list costs about one step per
/// item and four per level of nesting, a map about three per entry and four per level.
const JSON_BUDGET: usize = 100;

/// A value for a `json!` body: tokens of the macro's own grammar with the recursion they need,
/// or a variable holding a value built before.
enum Json {
    Body(TokenStream, usize),
    Var(Var),
}

impl<'m> Writer<'m> {
    /// `e` as an argument for a place of type `want`, converting or casting as needed.
    pub(super) fn fit(&mut self, e: Expr<'m>, want: &Ty<'m>, what: &str) -> TokenStream {
        let Some(got) = &e.ty else {
            return e.tokens;
        };
        if matches!(got, RustType::Untyped)
            || matches!(want, RustType::Map | RustType::Any | RustType::Untyped)
            || got == want
        {
            return e.arg();
        }
        if let (RustType::Resource(r), RustType::Resource(s)) = (want, got)
            && r.accepts.contains(&s.name)
        {
            return e.arg();
        }
        let owned = e.owned();
        if let (RustType::String, RustType::Resource(r)) = (want, got) {
            self.hatch(format!(
                "the spec types {what} as string although it holds a {} (a spec gap): `as_string`",
                r.name
            ));
            return quote!(#owned.as_string());
        }
        let shown = describe(got);
        let t = self.ty(want);
        self.hatch(format!(
            "the template fills {what}, which takes {}, with {shown}: `cast_unchecked`",
            describe(want)
        ));
        quote!(#owned.cast_unchecked::<#t>())
    }

    /// The template value written as it is (functions in their template form), typed `want`,
    /// through `from_raw_unchecked`.
    pub(super) fn raw(&mut self, node: &'m Node, want: &Ty<'m>, why: String) -> TokenStream {
        self.hatch(why);
        let t = self.ty(want);
        let v = self.json(node, false, "raw");
        let (val, to_value) = (self.core(Core::Val), self.dsl(Dsl::ToValue));
        quote!(#val::<#t>::from_raw_unchecked(#to_value(&#v)))
    }

    /// The code for `node` in a place of type `want`.
    pub(super) fn value(&mut self, node: &'m Node, want: &Ty<'m>, what: &str) -> TokenStream {
        self.ambiguity(node, what);
        if want.serialized() {
            return self.json(node, true, what);
        }
        if let Some(e) = self.function(node, want, what) {
            return self.fit(e, want, what);
        }
        match (want, &node.value) {
            (RustType::List(item), Yaml::List(items)) => self.list(items, item, what),
            (RustType::Data(d), Yaml::Map(entries)) => self.data(entries, d, what),
            (RustType::Enum { property, .. }, _) => self.variant(node, want, property, what),
            (RustType::Resource(r), Yaml::Str(s)) if r.kind == ResourceKind::Id => {
                self.hatch(format!("{what} is the literal id of an existing resource"));
                let t = self.ty(want);
                let s = string(s);
                quote!(#t::existing(#s))
            }
            (RustType::Resource(r), Yaml::Int(i)) if r.kind == ResourceKind::Number => int(*i),
            (RustType::Resource(r), Yaml::Str(s)) if r.kind == ResourceKind::Name => string(s),
            (RustType::String, Yaml::Str(s)) => string(s),
            (RustType::Integer, Yaml::Int(i)) | (RustType::Number, Yaml::Int(i)) => int(*i),
            (RustType::Number, Yaml::Float(x)) => float(*x),
            (RustType::Boolean, Yaml::Bool(b)) => quote!(#b),
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

    /// A comment where the template's value is one YAML 1.1 readers read differently: the code
    /// keeps the YAML 1.2 reading, and the comment says what the template wrote.
    fn ambiguity(&mut self, node: &Node, what: &str) {
        if self.ambiguous.contains(&node.pos) {
            let text = node.source().unwrap_or_default().into_owned();
            if let Some(reading) = rfs_check::scalar::yaml11_disagreement(&text) {
                self.note(format!(
                    "{what}: {reading}; written as YAML 1.2 reads it (lint warns: yaml-version)"
                ));
            }
        }
    }

    /// An enumeration's variant for a literal, `unlisted` for a value of its kind its list
    /// lacks, otherwise the template's value cast.
    fn variant(
        &mut self,
        node: &'m Node,
        want: &Ty<'m>,
        p: &'m PropertyDef,
        what: &str,
    ) -> TokenStream {
        if let Some(v) = variant(p, node) {
            let t = self.ty(want);
            let v = ident(&v);
            return quote!(#t::#v);
        }
        // A value of the enumeration's kind that its list lacks: `unlisted`, which says so
        // (lint has already reported it).
        let literal = match (p.info.allowed.first(), &node.value) {
            (Some(Fact::Str(_)), Yaml::Str(text)) => Some(string(text)),
            (Some(Fact::Int(_)), Yaml::Int(i)) => Some(int(*i)),
            _ => None,
        };
        match literal {
            Some(v) => {
                self.hatch(format!(
                    "{} is not in the documented list of {what}",
                    node.show()
                ));
                let t = self.ty(want);
                quote!(#t::unlisted(#v))
            }
            None => self.raw(
                node,
                want,
                format!("{} is not an allowed value of {what}", node.show()),
            ),
        }
    }

    /// A list of items of type `item`: an array when every item has the same Rust type,
    /// otherwise each item converted to `Val<item>` first.
    fn list(&mut self, items: &'m [Node], item: &Ty<'m>, what: &str) -> TokenStream {
        let t = self.ty(item);
        if items.is_empty() {
            let val = self.core(Core::Val);
            return quote!(Vec::<#val<#t>>::new());
        }
        let mut parts = Vec::with_capacity(items.len());
        let mut kinds = std::collections::HashSet::new();
        for (i, node) in items.iter().enumerate() {
            let before = self.hatches;
            let at = format!("{what}[{i}]");
            let (code, mut kind) = match self.function(node, item, &at) {
                Some(e) => {
                    let direct = e.ty.as_ref() == Some(item) && !e.var;
                    (self.fit(e, item, &at), if direct { "val" } else { "other" })
                }
                None => (self.value(node, item, &at), node_kind(node)),
            };
            // A hatch may have replaced the item by a `Val`; a builder stays its structure
            // whatever hatches it holds inside.
            let builder = matches!((item, &node.value), (RustType::Data(_), Yaml::Map(_)))
                && !code.to_string().starts_with("Val");
            if self.hatches != before && !builder {
                kind = "other";
            }
            kinds.insert(kind);
            parts.push(code);
        }
        if kinds.len() == 1 && !kinds.contains("other") {
            return brackets(parts);
        }
        let into = self.core(Core::IntoValue);
        let parts = parts
            .into_iter()
            .map(|p| quote!(#into::<#t>::into_value(#p)));
        quote!([#(#parts),*])
    }

    /// A data structure literal through its builder.
    fn data(&mut self, entries: &'m [(Key, Node)], d: &'m TypeDef, what: &str) -> TokenStream {
        let ty = self.generated(&d.module, &d.rust_name);
        let setters = self.setters(entries, d, what);
        self.chain(
            quote!(#ty::builder()),
            setters,
            quote!(.build()),
            &d.rust_name,
        )
    }

    /// The builder calls for the properties `props` of `t`.
    pub(super) fn setters(
        &mut self,
        props: &'m [(Key, Node)],
        t: &'m TypeDef,
        what: &str,
    ) -> Vec<TokenStream> {
        let mut out = Vec::with_capacity(props.len());
        // Where each value is, for messages: `'cidr'`.
        let mut at = String::new();
        for (k, v) in props {
            match t.properties.iter().find(|p| p.info.key == k.name) {
                Some(p) => {
                    let want = self.model.property_type(t, p);
                    at.clear();
                    at.push('\'');
                    at.push_str(&p.info.key);
                    at.push('\'');
                    let value = self.value(v, &want, &at);
                    out.push(method(&p.method, value));
                }
                None => {
                    self.hatch(format!(
                        "'{}' is not in the spec of {}{}",
                        k.name,
                        t.name,
                        if t.completeness == Completeness::Complete {
                            ""
                        } else {
                            " (a partial spec)"
                        }
                    ));
                    let key = string(&k.name);
                    let v = self.any_value(v, &format!("{what}.{}", k.name));
                    out.push(quote!(.unlisted_property(#key, #v)));
                }
            }
        }
        for p in t.required() {
            if props.iter().any(|(k, _)| k.name == p.info.key) {
                continue;
            }
            if let Some(omit) = &p.omit {
                // The page is silent and the template relies on the platform: said as such.
                let m = ident(omit);
                out.push(quote!(.#m()));
            } else {
                let want = self.model.property_type(t, p);
                let ty = self.ty(&want);
                self.hatch(format!(
                    "error[missing-property]: required '{}' is not set in the template; set it",
                    p.info.key
                ));
                let (val, value) = (self.core(Core::Val), self.core(Core::Value));
                let m = ident(&p.method);
                out.push(quote!(.#m(#val::<#ty>::from_raw_unchecked(#value::Null))));
            }
        }
        out
    }

    /// A value for a place that takes `impl Into<Value>`: a typed value, a literal, or a
    /// `json!` value converted.
    pub(super) fn any_value(&mut self, v: &'m Node, what: &str) -> TokenStream {
        self.ambiguity(v, what);
        if let Some(e) = self.function(v, &RustType::Any, what) {
            return e.owned();
        }
        match &v.value {
            Yaml::Str(s) => string(s),
            Yaml::Int(i) => int(*i),
            Yaml::Float(x) => float(*x),
            Yaml::Bool(b) => quote!(#b),
            _ => {
                let j = self.json(v, true, what);
                let to_value = self.dsl(Dsl::ToValue);
                quote!(#to_value(&#j))
            }
        }
    }

    /// A value as a serde value: a `json!` literal (functions inside written as Rust values
    /// when `interpolate`, otherwise in their template form), its large parts bound to
    /// variables first.
    pub(super) fn json(&mut self, node: &'m Node, interpolate: bool, hint: &str) -> TokenStream {
        match self.json_part(node, interpolate, hint) {
            Json::Body(body, _) => {
                let json = self.dsl(Dsl::Json);
                quote!(#json!(#body))
            }
            Json::Var(v) => quote!(#v),
        }
    }

    fn json_part(&mut self, node: &'m Node, interpolate: bool, hint: &str) -> Json {
        if interpolate && let Some(e) = self.function(node, &RustType::Any, "a map value") {
            // An expression starts with a name or `&` (never `[` or `{`, which `json!` would
            // read as its own), and variables are never named `null`, `true` or `false`.
            return Json::Body(e.arg(), 2);
        }
        match &node.value {
            Yaml::Null => Json::Body(quote!(null), 1),
            Yaml::Bool(b) => Json::Body(quote!(#b), 1),
            Yaml::Int(i) => Json::Body(int(*i), 1),
            Yaml::Float(x) => Json::Body(float(*x), 1),
            Yaml::Str(s) => Json::Body(string(s), 1),
            Yaml::List(items) if items.len() > JSON_ITEMS => {
                self.big_list(items, interpolate, hint)
            }
            Yaml::Map(entries) if entries.len() > JSON_ENTRIES => {
                self.big_map(entries, interpolate, hint)
            }
            Yaml::List(items) => {
                let mut parts: Vec<Json> = items
                    .iter()
                    .map(|i| self.json_part(i, interpolate, hint))
                    .collect();
                let cost = self.fit_budget(&mut parts, items.len() + 4, hint);
                let parts = parts.into_iter().map(body);
                Json::Body(quote!([#(#parts),*]), cost)
            }
            Yaml::Map(entries) => {
                let mut parts: Vec<Json> = entries
                    .iter()
                    .map(|(k, v)| self.json_part(v, interpolate, &k.name))
                    .collect();
                let cost = self.fit_budget(&mut parts, 3 * entries.len() + 4, hint);
                let pairs = entries.iter().zip(parts).map(|((k, _), v)| {
                    let (k, v) = (string(&k.name), body(v));
                    quote!(#k: #v)
                });
                Json::Body(quote!({#(#pairs),*}), cost)
            }
        }
    }

    /// Binds the costliest parts to variables until the literal holding them needs no more
    /// than [`JSON_BUDGET`]; the recursion the literal needs.
    fn fit_budget(&mut self, parts: &mut [Json], own: usize, hint: &str) -> usize {
        let cost = |parts: &[Json]| {
            own + parts
                .iter()
                .map(|p| match p {
                    Json::Body(_, c) => *c,
                    Json::Var(_) => 1,
                })
                .max()
                .unwrap_or(0)
        };
        while cost(parts) > JSON_BUDGET {
            let Some((i, _)) = parts
                .iter()
                .enumerate()
                .filter_map(|(i, p)| match p {
                    Json::Body(_, c) => Some((i, *c)),
                    Json::Var(_) => None,
                })
                .max_by_key(|(_, c)| *c)
            else {
                break;
            };
            let Json::Body(b, _) =
                std::mem::replace(&mut parts[i], Json::Body(TokenStream::new(), 0))
            else {
                break;
            };
            let var = self.names.var(hint, "value");
            let json = self.dsl(Dsl::Json);
            self.pending.push(Stmt::bind(&var, quote!(#json!(#b))));
            parts[i] = Json::Var(var);
        }
        cost(parts)
    }

    /// A map too large for one literal: built entry by entry.
    fn big_map(&mut self, entries: &'m [(Key, Node)], interpolate: bool, hint: &str) -> Json {
        let values: Vec<TokenStream> = entries
            .iter()
            .map(|(k, v)| self.rfs_value(v, interpolate, &k.name))
            .collect();
        let var = self.names.var(hint, "map");
        let map = self.core(Core::Map);
        self.pending.push(Stmt::Let {
            var: var.clone(),
            mutable: true,
            value: quote!(#map::new()),
        });
        for ((k, _), v) in entries.iter().zip(values) {
            let k = string(&k.name);
            self.pending.push(Stmt::Code(quote!(#var.insert(#k, #v);)));
        }
        Json::Var(var)
    }

    /// A list too long for one literal: a `Vec` of values.
    fn big_list(&mut self, items: &'m [Node], interpolate: bool, hint: &str) -> Json {
        let values: Vec<TokenStream> = items
            .iter()
            .map(|i| self.rfs_value(i, interpolate, hint))
            .collect();
        let var = self.names.var(hint, "list");
        let value = self.core(Core::Value);
        self.pending.push(Stmt::bind(
            &var,
            quote!(Vec::<#value>::from([#(#values),*])),
        ));
        Json::Var(var)
    }

    /// A value as rfs's own `Value`, for the parts of a large map or list.
    fn rfs_value(&mut self, node: &'m Node, interpolate: bool, hint: &str) -> TokenStream {
        let value = self.core(Core::Value);
        if interpolate && let Some(e) = self.function(node, &RustType::Any, "a map value") {
            let e = e.owned();
            return quote!(#value::from(#e));
        }
        match self.json_part(node, interpolate, hint) {
            Json::Body(b, _) => match &node.value {
                Yaml::Null => quote!(#value::Null),
                Yaml::Bool(_) | Yaml::Int(_) | Yaml::Float(_) | Yaml::Str(_) => {
                    quote!(#value::from(#b))
                }
                _ => {
                    let (json, to_value) = (self.dsl(Dsl::Json), self.dsl(Dsl::ToValue));
                    quote!(#to_value(&#json!(#b)))
                }
            },
            Json::Var(v) => {
                let to_value = self.dsl(Dsl::ToValue);
                quote!(#to_value(&#v))
            }
        }
    }
}

fn body(j: Json) -> TokenStream {
    match j {
        Json::Body(b, _) => b,
        Json::Var(v) => quote!(#v),
    }
}

/// A type in words, for comments.
pub(super) fn describe(t: &Ty<'_>) -> String {
    match t {
        RustType::String => "text".into(),
        RustType::Integer => "an integer".into(),
        RustType::Number => "a number".into(),
        RustType::Boolean => "a boolean".into(),
        RustType::Map => "a map".into(),
        RustType::Any => "a value of unknown type".into(),
        RustType::Untyped => "an untyped input".into(),
        RustType::Enum { property, .. } => format!(
            "one of {}",
            property
                .info
                .allowed
                .iter()
                .map(Fact::text)
                .collect::<Vec<_>>()
                .join(", ")
        ),
        RustType::Data(d) => format!("a {} data structure", d.name),
        RustType::Resource(r) => r.name.clone(),
        RustType::List(i) => format!("a list of {}", describe(i)),
    }
}

/// The enum variant of `p` for a literal, matching type and value exactly.
pub(super) fn variant(p: &PropertyDef, node: &Node) -> Option<String> {
    let (_, variants) = p.enumeration.as_ref()?;
    p.info.allowed.iter().zip(variants).find_map(|(a, v)| {
        let same = match (a, &node.value) {
            (Fact::Str(a), Yaml::Str(b)) => a == b,
            (Fact::Int(a), Yaml::Int(b)) => a == b,
            (Fact::Float(a), Yaml::Float(b)) => a == b,
            (Fact::Bool(a), Yaml::Bool(b)) => a == b,
            _ => false,
        };
        same.then(|| v.clone())
    })
}

/// The kind of a literal, for telling whether a list's items are of one Rust type.
pub(super) fn node_kind(n: &Node) -> &'static str {
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
