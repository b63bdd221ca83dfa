//! Model → Rust source, with `quote!`; laid out by the crate's own printer ([`crate::print`](mod@crate::print)).
//!
//! One file per service module plus a root file that declares the modules. Output is collected
//! in a `BTreeMap` keyed by file name and every list is walked in model order (sorted by name),
//! so the same specs always give the same bytes.

use std::collections::BTreeMap;

use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::{ToTokens, format_ident, quote};

use crate::docs;
use crate::load::{Completeness, Fact, Kind, PropertyInfo, Required, ResourceKind};
use crate::model::{AttributeDef, Model, PropertyDef, ResourceDef, RustType, TypeDef};
use crate::naming;

/// Name of the root file that `rfs-types` includes.
pub const ROOT_FILE: &str = "rfs_types.rs";

/// Generates every file: `rfs_types.rs` and one `<module>.rs` per service.
pub fn generate(model: &Model) -> BTreeMap<String, String> {
    let mut modules: BTreeMap<&str, Vec<TokenStream>> = BTreeMap::new();
    for r in &model.resources {
        modules
            .entry(&r.module)
            .or_default()
            .push(resource(model, r));
    }
    // A module's elements (with their builders, enums and traits) sit in one block gated by the
    // service's feature; data structures and resource types are always compiled.
    let mut elements: BTreeMap<&str, Vec<TokenStream>> = BTreeMap::new();
    for t in &model.types {
        let target = match t.kind {
            Kind::Element => &mut elements,
            Kind::Datatype => &mut modules,
        };
        target
            .entry(&t.module)
            .or_default()
            .push(type_items(model, t));
    }
    // Data structures that other services' elements use too, re-exported into those modules.
    for t in model.datatypes() {
        for m in &t.reexported_in {
            let home = ident(&t.module);
            let names: Vec<Ident> = t.reexports().map(ident).collect();
            let names = match names.as_slice() {
                [one] => quote!(#one),
                _ => quote!({#(#names),*}),
            };
            let doc = format!(
                " `{}`, which elements of this service use too; its home is [`crate::{}`].",
                t.name, t.module
            );
            modules.entry(m).or_default().push(quote! {
                #[doc = #doc]
                pub use crate::#home::#names;
            });
        }
    }
    for (module, items) in elements {
        let doc = format!(" The elements of this service, compiled with the `{module}` feature.");
        modules.entry(module).or_default().push(quote! {
            #[cfg(feature = #module)]
            #[cfg_attr(docsrs, doc(cfg(feature = #module)))]
            #[doc = #doc]
            mod elements {
                #[allow(unused_imports)]
                use super::*;
                #(#items)*
            }
            #[cfg(feature = #module)]
            pub use elements::*;
        });
    }
    let features = model.element_modules();
    let mut files = BTreeMap::new();
    let mut decls = Vec::new();
    for (module, items) in &modules {
        let file = format!("{module}.rs");
        files.insert(file.clone(), format_tokens(quote!(#(#items)*)));
        let m = ident(module);
        let doc = doc_attrs(&module_doc(
            model,
            module,
            features.iter().any(|f| f == module),
        ));
        decls.push(quote! {
            #doc
            #[allow(clippy::type_complexity)]
            pub mod #m { include!(concat!(env!("OUT_DIR"), "/", #file)); }
        });
    }
    let mut elements: Vec<&TypeDef> = model.elements().collect();
    elements.sort_by(|a, b| a.template_type.cmp(&b.template_type));
    let element_refs = elements.iter().map(|t| {
        let path = type_path(t);
        let feature = &t.module;
        quote!(#[cfg(feature = #feature)] &#path::INFO,)
    });
    let mut datatypes: Vec<&TypeDef> = model.datatypes().collect();
    datatypes.sort_by(|a, b| a.name.cmp(&b.name));
    let datatype_refs = datatypes.iter().map(|t| {
        let path = type_path(t);
        quote!(&#path::INFO,)
    });
    let mut resources: Vec<&ResourceDef> = model.resources.iter().collect();
    resources.sort_by(|a, b| a.name.cmp(&b.name));
    let resource_infos = resources.iter().map(|r| {
        let name = &r.name;
        let kind = match r.kind {
            ResourceKind::Id => quote!(crate::core::ResourceKind::Id),
            ResourceKind::Name => quote!(crate::core::ResourceKind::Name),
            ResourceKind::Number => quote!(crate::core::ResourceKind::Number),
        };
        let accepts = &r.accepts;
        let input_type = &r.input_type;
        quote!(crate::core::ResourceInfo { name: #name, kind: #kind, accepts: &[#(#accepts),*], input_type: #input_type },)
    });
    let feature_lits = features.iter().map(|f| quote!(#f,));
    let root = quote! {
        #(#decls)*

        /// The services that have elements: one cargo feature each.
        pub const SERVICES: &[&str] = &[#(#feature_lits)*];

        /// Everything the specs describe, for the rule engine: elements of the enabled features,
        /// every data structure and every resource type. `Stack::synth` and `rfs lint` check
        /// templates against it.
        pub static CATALOG: crate::core::Catalog = crate::core::Catalog {
            elements: &[#(#element_refs)*],
            datatypes: &[#(#datatype_refs)*],
            resources: &[#(#resource_infos)*],
        };

        /// What the specs know about an element, by template type (`HuaweiCloud.VPC.VPC`).
        /// Only elements of enabled features are found.
        pub fn element_info(template_type: &str) -> ::std::option::Option<&'static crate::core::TypeInfo> {
            CATALOG.element(template_type)
        }

        /// What the specs know about a data structure, by name (`ECS.NICS`).
        pub fn datatype_info(name: &str) -> ::std::option::Option<&'static crate::core::TypeInfo> {
            CATALOG.datatype(name)
        }
    };
    files.insert(ROOT_FILE.to_owned(), format_tokens(root));
    files
}

/// Prints tokens as a Rust file (see [`crate::print`](mod@crate::print)).
pub fn format_tokens(tokens: TokenStream) -> String {
    crate::print::plain(tokens)
}

/// The code generated for one spec alone (its items, without the module around them); for
/// snapshots and for reading.
pub fn type_source(model: &Model, name: &str, kind: Kind) -> Option<String> {
    let t = model
        .types
        .iter()
        .find(|t| t.name == name && t.kind == kind)?;
    Some(format_tokens(type_items(model, t)))
}

fn module_doc(model: &Model, module: &str, has_feature: bool) -> String {
    let elements = model.elements().filter(|t| t.module == module).count();
    let datatypes = model.datatypes().filter(|t| t.module == module).count();
    let resources = model
        .resources
        .iter()
        .filter(|r| r.module == module)
        .count();
    let service = model
        .types
        .iter()
        .find(|t| t.module == module)
        .map(|t| naming::service_of(&t.name).to_owned())
        .or_else(|| {
            model
                .resources
                .iter()
                .find(|r| r.module == module)
                .map(|r| naming::resource_service(&r.name).to_owned())
        })
        .unwrap_or_default();
    let mut d = format!(
        "`{service}`: {elements} element(s), {datatypes} data structure(s), {resources} resource type(s)."
    );
    if has_feature {
        d.push_str(&format!(
            "\n\nElements need the `{module}` feature; data structures and resource types are always available."
        ));
    }
    let shared: Vec<String> = model
        .datatypes()
        .filter(|t| t.reexported_in.iter().any(|m| m == module))
        .map(|t| format!("[`{}`](crate::{}::{})", t.rust_name, t.module, t.rust_name))
        .collect();
    if !shared.is_empty() {
        d.push_str(&format!(
            "\n\nAlso here, re-exported with their enumerations because this service's elements use them too: {}.",
            shared.join(", ")
        ));
    }
    d
}

fn ident(s: &str) -> Ident {
    Ident::new(s, Span::call_site())
}

fn doc_attrs(text: &str) -> TokenStream {
    let lines = text.lines().map(|l| {
        let l = if l.is_empty() {
            String::new()
        } else {
            format!(" {l}")
        };
        quote!(#[doc = #l])
    });
    quote!(#(#lines)*)
}

fn type_path(t: &TypeDef) -> TokenStream {
    let m = ident(&t.module);
    let n = ident(&t.rust_name);
    quote!(crate::#m::#n)
}

/// A path to `name` in `module`, as seen from `from`: bare in the same module.
fn path_from(from: &str, module: &str, name: &str) -> TokenStream {
    let n = ident(name);
    if from == module {
        quote!(#n)
    } else {
        let m = ident(module);
        quote!(crate::#m::#n)
    }
}

/// The Rust type of a property (see [`Model::property_type`]), as a path from its owner's
/// module.
fn property_type(model: &Model, owner: &TypeDef, p: &PropertyDef) -> TokenStream {
    rust_type(&model.property_type(owner, p), &owner.module)
}

/// A Rust type as a path from `from`: generated types bare in their own module, `crate::` from
/// another.
fn rust_type(t: &RustType<'_>, from: &str) -> TokenStream {
    match t {
        RustType::String => quote!(::std::string::String),
        RustType::Integer => quote!(i64),
        RustType::Number => quote!(f64),
        RustType::Boolean => quote!(bool),
        RustType::Map => quote!(crate::core::Map),
        RustType::Any => quote!(crate::core::Any),
        RustType::Untyped => quote!(crate::core::Untyped),
        RustType::Enum { name, .. } => ident(name).into_token_stream(),
        RustType::Data(_) | RustType::Resource(_) => {
            let (module, name) = t.generated().unwrap_or_default();
            path_from(from, module, name)
        }
        RustType::List(item) => {
            let item = rust_type(item, from);
            quote!(::std::vec::Vec<#item>)
        }
    }
}

/// Whether a property takes any serde value: `Some(true)` for a map, `Some(false)` for any
/// other untyped value (`any`, or a type the specs do not resolve); `None` for typed ones.
fn serialized(model: &Model, p: &PropertyDef) -> Option<bool> {
    if p.enumeration.is_some() {
        return None;
    }
    match model.value_type(p.ty()) {
        RustType::Map => Some(true),
        RustType::Any => Some(false),
        _ => None,
    }
}

fn value_tokens(v: &Fact) -> TokenStream {
    match v {
        Fact::Str(s) => quote!(crate::core::Value::String(::std::string::String::from(#s))),
        Fact::Int(i) => {
            let l = Literal::i64_suffixed(*i);
            quote!(crate::core::Value::Int(#l))
        }
        Fact::Float(x) => {
            let l = Literal::f64_suffixed(*x);
            quote!(crate::core::Value::Float(#l))
        }
        Fact::Bool(b) => quote!(crate::core::Value::Bool(#b)),
        _ => quote!(crate::core::Value::Null),
    }
}

fn opt_u64(v: Option<u64>) -> TokenStream {
    match v {
        Some(n) => {
            let l = Literal::u64_suffixed(n);
            quote!(::std::option::Option::Some(#l))
        }
        None => quote!(::std::option::Option::None),
    }
}

fn opt_str(v: &Option<String>) -> TokenStream {
    match v {
        Some(s) => quote!(::std::option::Option::Some(#s)),
        None => quote!(::std::option::Option::None),
    }
}

fn required_tokens(r: Required) -> TokenStream {
    match r {
        Required::Yes => quote!(crate::core::Required::Yes),
        Required::No => quote!(crate::core::Required::No),
        Required::Unknown => quote!(crate::core::Required::Unknown),
        Required::Api => quote!(crate::core::Required::Api),
    }
}

/// The catalog literal of a property's facts. Only what differs from `PropertyInfo::DEFAULT` is
/// spelled out; every field is named here, so a new one is a compile error until it is written.
fn property_info(p: &PropertyInfo) -> TokenStream {
    let PropertyInfo {
        key,
        type_name,
        list,
        required,
        default,
        allowed,
        min,
        max,
        min_length,
        max_length,
        pattern,
        secret,
        required_when,
        api,
        inferred,
        inferred_values,
    } = p;
    let d = &PropertyInfo::DEFAULT;
    let mut fields = vec![];
    if *key != d.key {
        let key = text_tokens(key);
        fields.push(quote!(key: #key,));
    }
    if *type_name != d.type_name {
        let ty = text_tokens(type_name);
        fields.push(quote!(type_name: #ty,));
    }
    if *list != d.list {
        fields.push(quote!(list: #list,));
    }
    if *required != d.required {
        let required = required_tokens(*required);
        fields.push(quote!(required: #required,));
    }
    if let Some(v) = default {
        let v = fact_tokens(v);
        fields.push(quote!(default: ::std::option::Option::Some(#v),));
    }
    if !allowed.is_empty() {
        let allowed = allowed.iter().map(fact_tokens);
        fields.push(quote!(allowed: crate::core::List::Borrowed(&[#(#allowed),*]),));
    }
    if let Some(x) = min {
        let l = Literal::f64_suffixed(*x);
        fields.push(quote!(min: ::std::option::Option::Some(#l),));
    }
    if let Some(x) = max {
        let l = Literal::f64_suffixed(*x);
        fields.push(quote!(max: ::std::option::Option::Some(#l),));
    }
    if min_length.is_some() {
        let v = opt_u64(*min_length);
        fields.push(quote!(min_length: #v,));
    }
    if max_length.is_some() {
        let v = opt_u64(*max_length);
        fields.push(quote!(max_length: #v,));
    }
    if let Some(re) = pattern {
        let re = text_tokens(re);
        fields.push(quote!(pattern: ::std::option::Option::Some(#re),));
    }
    if *secret != d.secret {
        fields.push(quote!(secret: #secret,));
    }
    if !required_when.is_empty() {
        let when = required_when.iter().map(|(k, vs)| {
            let k = text_tokens(k);
            let vs = vs.iter().map(fact_tokens);
            quote!((#k, crate::core::List::Borrowed(&[#(#vs),*])))
        });
        fields.push(quote!(required_when: crate::core::List::Borrowed(&[#(#when),*]),));
    }
    if let Some(api) = api {
        let api = text_tokens(api);
        fields.push(quote!(api: ::std::option::Option::Some(#api),));
    }
    if let Some(why) = inferred {
        let why = text_tokens(why);
        fields.push(quote!(inferred: ::std::option::Option::Some(#why),));
    }
    if !inferred_values.is_empty() {
        let vs = inferred_values.iter().map(fact_tokens);
        fields.push(quote!(inferred_values: crate::core::List::Borrowed(&[#(#vs),*]),));
    }
    quote!(crate::core::PropertyInfo { #(#fields)* ..crate::core::PropertyInfo::DEFAULT })
}

/// A `'static` [`crate::load::Text`] literal.
fn text_tokens(text: &str) -> TokenStream {
    quote!(crate::core::Text::Borrowed(#text))
}

/// A `'static` [`Fact`] literal.
fn fact_tokens(v: &Fact) -> TokenStream {
    match v {
        Fact::Null => quote!(crate::core::Fact::Null),
        Fact::Bool(b) => quote!(crate::core::Fact::Bool(#b)),
        Fact::Int(i) => {
            let l = Literal::i64_suffixed(*i);
            quote!(crate::core::Fact::Int(#l))
        }
        Fact::Float(x) => {
            let l = Literal::f64_suffixed(*x);
            quote!(crate::core::Fact::Float(#l))
        }
        Fact::Str(s) => {
            let s = text_tokens(s);
            quote!(crate::core::Fact::Str(#s))
        }
        Fact::List(items) => {
            let items = items.iter().map(fact_tokens);
            quote!(crate::core::Fact::List(crate::core::List::Borrowed(&[#(#items),*])))
        }
        Fact::Map(entries) => {
            let entries = entries.iter().map(|(k, v)| {
                let k = text_tokens(k);
                let v = fact_tokens(v);
                quote!((#k, #v))
            });
            quote!(crate::core::Fact::Map(crate::core::List::Borrowed(&[#(#entries),*])))
        }
    }
}

fn info(t: &TypeDef) -> TokenStream {
    let name = &t.name;
    let template_type = opt_str(&t.template_type);
    let summary = &t.summary;
    let completeness = match t.completeness {
        Completeness::Complete => quote!(crate::core::Completeness::Complete),
        Completeness::Partial => quote!(crate::core::Completeness::Partial),
        Completeness::NotFound => quote!(crate::core::Completeness::NotFound),
    };
    let props = t.properties.iter().map(|p| property_info(&p.info));
    let attributes = t.attributes.iter().map(|a| &a.name);
    let inferred = t
        .attributes
        .iter()
        .filter_map(|a| Some((&a.name, a.inferred.as_ref()?)))
        .map(|(n, why)| quote!((#n, #why)));
    quote! {
        crate::core::TypeInfo {
            name: #name,
            template_type: #template_type,
            summary: #summary,
            completeness: #completeness,
            properties: &[#(#props),*],
            attributes: &[#(#attributes),*],
            inferred_attributes: &[#(#inferred),*],
        }
    }
}

/// Everything generated for one element or data structure (`generate` gates an element's items
/// by its service's feature as a block, not one by one).
fn type_items(model: &Model, t: &TypeDef) -> TokenStream {
    let b = Typestate::of(t);
    let value = value_struct(t, &b);
    let kind_impl = match t.kind {
        Kind::Element => element_impl(model, t),
        Kind::Datatype => data_structure_impl(t),
    };
    let builder = builder_items(model, t, &b);
    let need_traits = b
        .required
        .iter()
        .zip(&b.needs)
        .map(|(p, n)| need_trait(t, p, n));
    let enums = t.properties.iter().filter_map(|p| enumeration(t, p));
    quote! {
        #value
        #kind_impl
        #builder
        #(#need_traits)*
        #(#enums)*
    }
}

/// A builder's typestate: one type parameter per property `build()` needs, and the trait each
/// parameter must meet (`SubnetNeedsCidr`).
struct Typestate<'a> {
    builder: Ident,
    required: Vec<&'a PropertyDef>,
    params: Vec<Ident>,
    needs: Vec<Ident>,
}

impl<'a> Typestate<'a> {
    fn of(t: &'a TypeDef) -> Self {
        let required: Vec<&PropertyDef> = t.required().collect();
        let mut params: Vec<String> = required
            .iter()
            .map(|p| format!("S{}", naming::camel(&p.info.key)))
            .collect();
        naming::dedupe(&mut params);
        Typestate {
            builder: format_ident!("{}Builder", t.rust_name),
            params: params.iter().map(|p| ident(p)).collect(),
            // Resolved with every other generated name in `resolve`.
            needs: required
                .iter()
                .map(|p| ident(p.needs.as_deref().unwrap_or_default()))
                .collect(),
            required,
        }
    }

    /// The builder type with parameter `j` replaced by `state` (`SubnetBuilder<Set, SCidr, ..>`).
    fn with(&self, j: usize, state: TokenStream) -> TokenStream {
        let builder = &self.builder;
        let args = self.params.iter().enumerate().map(|(k, param)| {
            if k == j {
                state.clone()
            } else {
                quote!(#param)
            }
        });
        quote!(#builder<#(#args),*>)
    }

    /// `<S..>` for a declaration or use; nothing without parameters.
    fn generics(&self, with_defaults: bool) -> TokenStream {
        let params = &self.params;
        match (params.is_empty(), with_defaults) {
            (true, _) => quote!(),
            (false, true) => quote!(<#(#params = crate::core::Unset),*>),
            (false, false) => quote!(<#(#params),*>),
        }
    }
}

/// The value struct, its `INFO` and `builder()`.
fn value_struct(t: &TypeDef, b: &Typestate<'_>) -> TokenStream {
    let name = ident(&t.rust_name);
    let builder = &b.builder;
    let n = Literal::usize_unsuffixed(t.properties.len());
    let type_doc = doc_attrs(&docs::type_doc(t));
    let info = info(t);
    let what = t.template_type.as_deref().unwrap_or(&t.name);
    let info_doc = format!(" What the specs know about {}.", docs::code(what));
    let (start, state_init) = if b.params.is_empty() {
        (quote!(#builder), quote!())
    } else {
        let unset = b.params.iter().map(|_| quote!(crate::core::Unset));
        (
            quote!(#builder<#(#unset),*>),
            quote!(state: ::std::marker::PhantomData,),
        )
    };
    quote! {
        #type_doc
        #[derive(Clone, Debug)]
        pub struct #name {
            fields: crate::core::Fields<#n>,
        }
        impl #name {
            #[doc = #info_doc]
            pub const INFO: crate::core::TypeInfo = #info;
            /// Starts a builder.
            #[inline]
            pub fn builder() -> #start {
                #builder { fields: ::std::default::Default::default(), #state_init }
            }
        }
    }
}

/// The builder struct and its methods: one setter per property, `omit_*` for properties only the
/// service API requires, `unlisted_property` and `build`.
fn builder_items(model: &Model, t: &TypeDef, b: &Typestate<'_>) -> TokenStream {
    let name = ident(&t.rust_name);
    let builder = &b.builder;
    let n = Literal::usize_unsuffixed(t.properties.len());
    let what = t.template_type.as_deref().unwrap_or(&t.name);
    let setters = t
        .properties
        .iter()
        .enumerate()
        .map(|(i, p)| setter(model, t, b, i, p));
    let omits = b
        .required
        .iter()
        .enumerate()
        .filter(|(_, p)| p.info.api_requires())
        .map(|(j, p)| omit_setter(b, j, p));
    let bounds = b
        .params
        .iter()
        .zip(&b.needs)
        .map(|(p, need)| quote!(#p: #need));
    let where_clause = if b.params.is_empty() {
        quote!()
    } else {
        quote!(where #(#bounds),*)
    };
    let params = &b.params;
    let state = if params.is_empty() {
        quote!()
    } else {
        quote!(state: ::std::marker::PhantomData<fn() -> (#(#params,)*)>,)
    };
    let builder_doc = doc_attrs(&format!(
        "Builder for [`{}`] ({}). Each method sets one property; `build()` is available once every required property is set.",
        t.rust_name,
        docs::code(what)
    ));
    let (decl, generics) = (b.generics(true), b.generics(false));
    quote! {
        #builder_doc
        #[must_use]
        pub struct #builder #decl {
            fields: crate::core::Fields<#n>,
            #state
        }
        impl #generics #builder #generics {
            #(#setters)*
            #(#omits)*
            /// Sets a property the spec does not list, under its exact template key. Takes what
            /// the typed setters take and any serde value: literals, typed values (`&input`,
            /// `x.id()`, `x.attr().ref_ip()`), data structures, arrays, `Vec`s and tuples of
            /// them, `rfs_dsl::json!({...})`. The value is not checked, and synth lists it
            /// (`info[escape-hatch]`); prefer the typed methods.
            #[track_caller]
            pub fn unlisted_property(mut self, key: impl ::std::convert::Into<::std::string::String>, value: impl ::serde_core::Serialize) -> Self {
                self.fields.set_unlisted(key.into(), crate::core::to_value(&value));
                self
            }
            /// Finishes the value. Available once every required property is set.
            #[inline]
            pub fn build(self) -> #name #where_clause {
                #name { fields: self.fields }
            }
        }
    }
}

/// The setter of property `i`: it records the value and, for a required property, moves its
/// typestate parameter to `Set`.
fn setter(model: &Model, t: &TypeDef, b: &Typestate<'_>, i: usize, p: &PropertyDef) -> TokenStream {
    let builder = &b.builder;
    let method = ident(&p.method);
    let ty = property_type(model, t, p);
    let doc = doc_attrs(&docs::property_doc(p));
    let index = Literal::usize_unsuffixed(i);
    let (ret, body) = match b.required.iter().position(|r| r.info.key == p.info.key) {
        Some(j) => (
            b.with(j, quote!(crate::core::Set)),
            quote!(#builder { fields: self.fields, state: ::std::marker::PhantomData }),
        ),
        None => (quote!(Self), quote!(self)),
    };
    // Map- and any-typed properties take any serde value (a `json!` literal, a struct
    // deriving Serialize, a `Val` from an input or attribute).
    if let Some(map) = serialized(model, p) {
        let (set, takes) = if map && !p.info.list {
            (
                quote!(self.fields.set_map(#index, &value);),
                " Takes any serde value: `rfs_dsl::json!({...})`, a map, a struct deriving `Serialize`, a typed value from an input or attribute; a list of `(key, value)` pairs is taken as the map it spells.",
            )
        } else {
            (
                quote!(self.fields.set_serialized::<#ty>(#index, &value);),
                " Takes any serde value: `rfs_dsl::json!(...)`, a literal, a struct deriving `Serialize`, a typed value from an input or attribute.",
            )
        };
        return quote! {
            #doc
            #[doc = ""]
            #[doc = #takes]
            #[track_caller]
            pub fn #method(mut self, value: impl ::serde_core::Serialize) -> #ret {
                #set
                #body
            }
        };
    }
    // An enumeration takes `impl Into<Enum>`: its own trait, whose error lists the variants.
    let takes = match &p.into_trait {
        Some(into) if !p.info.list => {
            let into = ident(into);
            quote!(impl #into)
        }
        _ => quote!(impl crate::core::IntoValue<#ty>),
    };
    quote! {
        #doc
        #[track_caller]
        pub fn #method(mut self, value: #takes) -> #ret {
            self.fields.set::<#ty>(#index, value);
            #body
        }
    }
}

/// `omit_<method>()`: leaves a property only the service API requires to the platform, on
/// purpose (typestate `Omitted`).
fn omit_setter(b: &Typestate<'_>, j: usize, p: &PropertyDef) -> TokenStream {
    let builder = &b.builder;
    let method = ident(p.omit.as_deref().unwrap_or_default());
    let ret = b.with(j, quote!(crate::core::Omitted));
    let doc = doc_attrs(&format!(
        "Leaves {} out although the service API requires it (the element page does not say), for templates that rely on the platform filling it. Synth reports a warning (rule `api-required`); set it with [`Self::{}`] where you can.",
        docs::code(&p.info.key),
        p.method.trim_start_matches("r#")
    ));
    quote! {
        #doc
        #[inline]
        pub fn #method(self) -> #ret {
            #builder { fields: self.fields, state: ::std::marker::PhantomData }
        }
    }
}

/// The trait `build()` asks of a required property's state, with the message a missing one
/// gives.
fn need_trait(t: &TypeDef, p: &PropertyDef, need: &Ident) -> TokenStream {
    let what = t.template_type.as_deref().unwrap_or(&t.name);
    let message = format!("missing required property `{}` of `{}`", p.info.key, what);
    let label = format!("`{}` must be set before `build()`", p.info.key);
    let (note, omitted) = if p.info.api_requires() {
        (
            format!(
                "call `.{m}(...)` on the builder first; the service API requires `{}` (the element page does not say): if the platform fills it, say so with `.omit_{m}()`",
                p.info.key,
                m = p.method.trim_start_matches("r#")
            ),
            quote! {
                #[diagnostic::do_not_recommend]
                impl #need for crate::core::Omitted {}
            },
        )
    } else {
        (
            format!("call `.{}(...)` on the builder first", p.method),
            quote!(),
        )
    };
    quote! {
        #[doc(hidden)]
        #[diagnostic::on_unimplemented(message = #message, label = #label, note = #note)]
        pub trait #need {}
        #[diagnostic::do_not_recommend]
        impl #need for crate::core::Set {}
        #omitted
    }
}

/// `Element` for an element, and its attributes struct.
fn element_impl(model: &Model, t: &TypeDef) -> TokenStream {
    let name = ident(&t.rust_name);
    let tt = t.template_type.as_deref().unwrap_or_default();
    let attrs = format_ident!("{}Attributes", t.rust_name);
    let id = model
        .resource(&format!("{tt}.Id"))
        .map(|r| path_from(&t.module, &r.module, &r.rust_name))
        .unwrap_or_else(|| quote!(crate::core::Any));
    let accessors = t.attributes.iter().map(|a| attribute(model, t, a));
    let attrs_doc = doc_attrs(&format!(
        "Attributes of a {} element, read with `get_attribute`. Get them with `Ref::attr()`.",
        docs::code(tt)
    ));
    quote! {
        #[diagnostic::do_not_recommend]
        impl crate::core::Element for #name {
            const TYPE: &'static str = #tt;
            type Id = #id;
            type Attributes = #attrs;
            #[inline]
            fn info() -> &'static crate::core::TypeInfo {
                &Self::INFO
            }
            #[inline]
            fn properties(&self) -> crate::core::Map {
                self.fields.to_map(&Self::INFO)
            }
            #[inline]
            fn into_properties(self) -> crate::core::Map {
                self.fields.into_map(&Self::INFO)
            }
            #[inline]
            fn unlisted(&self) -> &[(::std::string::String, crate::core::Value)] {
                self.fields.unlisted()
            }
            #[inline]
            fn callers(&self) -> ::std::vec::Vec<crate::core::SetAt> {
                self.fields.callers(<Self as crate::core::Element>::info())
            }
        }
        #attrs_doc
        #[derive(Clone, Debug)]
        pub struct #attrs {
            node: crate::core::NodeName,
        }
        impl crate::core::Attributes for #attrs {
            #[inline]
            fn of(node: &crate::core::NodeName) -> Self {
                Self { node: node.clone() }
            }
        }
        impl #attrs {
            #(#accessors)*
            /// An attribute the spec does not list, by name (`get_attribute: [<node>, name]`).
            /// An escape hatch, listed at synth; its type is unknown.
            #[inline]
            pub fn unlisted(&self, name: &str) -> crate::core::Attr<crate::core::Any> {
                crate::core::Attr::marked(&self.node, &[name], crate::core::Mark::UnlistedAttribute)
            }
        }
    }
}

/// `DataType` for a data structure, and its conversion into a property value.
fn data_structure_impl(t: &TypeDef) -> TokenStream {
    let name = ident(&t.rust_name);
    quote! {
        impl crate::core::DataType for #name {
            #[inline]
            fn info() -> &'static crate::core::TypeInfo {
                &Self::INFO
            }
            #[inline]
            fn to_map(&self) -> crate::core::Map {
                self.fields.to_map(&Self::INFO)
            }
            #[inline]
            fn unlisted(&self) -> &[(::std::string::String, crate::core::Value)] {
                self.fields.unlisted()
            }
        }
        #[diagnostic::do_not_recommend]
        impl crate::core::IntoValue<#name> for #name {
            #[inline]
            fn into_value(self) -> crate::core::Val<#name> {
                crate::core::Val::typed(crate::core::Value::Map(crate::core::DataType::to_map(&self)))
            }
        }
        /// As the map of its set properties: for `unlisted_property`, `json!` and serde values.
        impl ::serde_core::Serialize for #name {
            #[inline]
            fn serialize<S: ::serde_core::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                ::serde_core::Serialize::serialize(&crate::core::DataType::to_map(self), serializer)
            }
        }
    }
}

fn attribute(model: &Model, t: &TypeDef, a: &AttributeDef) -> TokenStream {
    let method = ident(&a.method);
    let doc = doc_attrs(&docs::attribute_doc(t, a));
    let tt = t.template_type.as_deref().unwrap_or_default();
    if a.name == "*" {
        return quote! {
            #doc
            #[inline]
            pub fn #method(&self, name: &str) -> crate::core::Attr<crate::core::Any> {
                crate::core::Attr::new(&self.node, &[name])
            }
        };
    }
    let path = |r: &ResourceDef| path_from(&t.module, &r.module, &r.rust_name);
    let ty = match (&a.ty, a.name.as_str()) {
        (Some(r), _) => model.resource(r).map(path),
        (None, "refID") => model.resource(&format!("{tt}.Id")).map(path),
        _ => None,
    }
    .unwrap_or_else(|| quote!(::std::string::String));
    let name = &a.name;
    quote! {
        #doc
        #[inline]
        pub fn #method(&self) -> crate::core::Attr<#ty> {
            crate::core::Attr::new(&self.node, &[#name])
        }
    }
}

fn enumeration(t: &TypeDef, p: &PropertyDef) -> Option<TokenStream> {
    let (name, variants) = p.enumeration.as_ref()?;
    let name = ident(name);
    let doc = doc_attrs(&format!(
        "Allowed values of {} of {}.\n\nNon-exhaustive: a spec update may add variants, so a `match` needs a `_` arm.",
        docs::code(&p.info.key),
        docs::code(t.template_type.as_deref().unwrap_or(&t.name))
    ));
    let idents: Vec<Ident> = variants.iter().map(|v| ident(v)).collect();
    let variant_docs = p.info.allowed.iter().map(|v| {
        let text = v.text();
        let d = match naming::variant_note(&text) {
            Some(note) => format!(
                " {}: {note} (`Display` and the template write {}).",
                docs::code(&text),
                docs::code(&text)
            ),
            None => format!(" {}", docs::code(&text)),
        };
        let d = if p.info.inferred_values.iter().any(|x| x.text() == text) {
            format!("{d} Inferred, not on the element's page: the service API lists it today.")
        } else {
            d
        };
        quote!(#[doc = #d])
    });
    let values = p.info.allowed.iter().map(value_tokens);
    let texts = p.info.allowed.iter().map(Fact::text);
    let allow = if variants.iter().any(|v| v.contains('_')) {
        quote!(#[allow(non_camel_case_types)])
    } else {
        quote!()
    };
    // An input can be declared with the enumeration's type: its values are text or numbers.
    let input_type = match p.info.allowed.first() {
        Some(Fact::Int(_)) => "integer",
        Some(Fact::Float(_)) => "float",
        Some(Fact::Bool(_)) => "boolean",
        _ => "string",
    };
    let idents2 = idents.clone();
    let idents3 = idents.clone();
    // A value the list does not have: documented lists age (new versions, new flavors).
    let what = docs::code(&p.info.key);
    let listed: Vec<String> = p.info.allowed.iter().map(|v| v.text()).collect();
    let unlisted_doc = doc_attrs(&format!(
        "A value of {what} that the spec's list ({}) does not have, for when the platform accepts more than the documentation listed. An escape hatch in plain sight: synth lists it (`info[escape-hatch]`) and warns that the value is not in the documented list (`warning[allowed-value]`), naming the property; `rfs lint` reports the same value in YAML as an error, since there it is more likely a typo.",
        listed.join(", ")
    ));
    let unlisted = match input_type {
        "integer" => Some(quote!(value: i64)),
        "float" => Some(quote!(value: f64)),
        "string" => Some(quote!(value: impl ::std::convert::Into<::std::string::String>)),
        _ => None,
    }
    .map(|param| {
        let convert = if input_type == "string" {
            quote!(crate::core::Value::String(value.into()))
        } else {
            quote!(crate::core::Value::from(value))
        };
        quote! {
            #unlisted_doc
            #[inline]
            pub fn unlisted(#param) -> crate::core::Val<Self> {
                crate::core::Val::marked(#convert, crate::core::Mark::UnlistedValue)
            }
        }
    });
    let module_path = format!("{}::{}", t.module, name);
    let shown: Vec<String> = variants
        .iter()
        .zip(p.info.allowed.iter())
        .take(12)
        .map(|(v, a)| format!("`{name}::{v}` ({})", a.text()))
        .collect();
    let more = if variants.len() > 12 {
        format!(", ... ({} in all: `{name}::ALL`)", variants.len())
    } else {
        String::new()
    };
    let note = format!(
        "`{module_path}` is one of {}{more}; `{name}::unlisted(...)` takes a value the documented list lacks; an input declared `Input::<{module_path}>` fits too",
        shown.join(", ")
    );
    let message = format!("`{{Self}}` is not a `{module_path}`");
    let label = format!("expected a `{module_path}` here");
    let into = ident(p.into_trait.as_deref().unwrap_or_default());
    let into_doc = doc_attrs(&format!(
        "What fills a property of type [`{name}`]: a variant, [`{name}::unlisted`], or a typed value of that type (an input declared with it, a `cond_if` of it). A compile error on it lists the variants."
    ));
    Some(quote! {
        #into_doc
        #[diagnostic::on_unimplemented(message = #message, label = #label, note = #note)]
        pub trait #into: crate::core::IntoValue<#name> {}
        #[diagnostic::do_not_recommend]
        impl<X: crate::core::IntoValue<#name>> #into for X {}
        #doc
        #allow
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        #[non_exhaustive]
        pub enum #name {
            #(#variant_docs #idents,)*
        }
        impl #name {
            /// Every allowed value, in the order the reference lists them.
            pub const ALL: &'static [Self] = &[#(Self::#idents2),*];
            /// The value as written in templates.
            #[inline]
            pub fn as_str(self) -> &'static str {
                match self {
                    #(Self::#idents3 => #texts,)*
                }
            }
            #unlisted
        }
        impl ::std::fmt::Display for #name {
            /// The value as written in templates (`*` for a wildcard, not the variant's name).
            #[inline]
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
        #[diagnostic::do_not_recommend]
        impl crate::core::IntoValue<#name> for #name {
            #[inline]
            fn into_value(self) -> crate::core::Val<#name> {
                crate::core::Val::typed(match self {
                    #(Self::#idents => #values,)*
                })
            }
        }
        impl crate::core::InputType for #name {
            const INPUT_TYPE: &'static str = #input_type;
        }
    })
}

fn resource(model: &Model, r: &ResourceDef) -> TokenStream {
    let name = ident(&r.rust_name);
    let doc = doc_attrs(&docs::resource_doc(r));
    let full = &r.name;
    let input_type = &r.input_type;
    let literals = match r.kind {
        ResourceKind::Id => quote! {
            impl #name {
                /// The id of a resource that already exists, written literally. An escape hatch:
                /// the id is not checked, and synth lists it (rule `escape-hatch`).
                #[inline]
                pub fn existing(id: impl ::std::convert::Into<::std::string::String>) -> crate::core::Val<#name> {
                    crate::core::Val::marked(crate::core::Value::String(id.into()), crate::core::Mark::Existing)
                }
            }
        },
        // A name takes plain text, a number a plain integer.
        ResourceKind::Name | ResourceKind::Number => {
            let from = match r.kind {
                ResourceKind::Name => [quote!(&str), quote!(::std::string::String)],
                _ => [quote!(i64), quote!(i32)],
            };
            quote! {
                #(
                    #[diagnostic::do_not_recommend]
                    impl crate::core::IntoValue<#name> for #from {
                        #[inline]
                        fn into_value(self) -> crate::core::Val<#name> {
                            crate::core::Val::typed(crate::core::Value::from(self))
                        }
                    }
                )*
            }
        }
    };
    let accepts = r.accepts.iter().filter_map(|a| model.resource(a)).map(|a| {
        let from = path_from(&r.module, &a.module, &a.rust_name);
        quote! {
            #[diagnostic::do_not_recommend]
            impl crate::core::IntoValue<#name> for crate::core::Val<#from> {
                #[inline]
                fn into_value(self) -> crate::core::Val<#name> {
                    self.retype()
                }
            }
        }
    });
    quote! {
        #doc
        #[derive(Debug)]
        pub enum #name {}
        impl crate::core::ResourceType for #name {
            const TYPE: &'static str = #full;
        }
        impl crate::core::InputType for #name {
            const INPUT_TYPE: &'static str = #input_type;
        }
        #literals
        #(#accepts)*
    }
}
