//! Functions: each AOS function the typed API can write, as that API writes it (an input's
//! variable, `x.id()`, `x.attr().name()`, a mapping's `get_string`, `rfs_dsl::func`'s
//! functions); the others in their template form, through an escape hatch that says why.

use heck::ToSnakeCase;
use quote::quote;
use rfs_check::language::{Func, PSEUDO_PARAMETERS};
use rfs_check::tree::{Node, Yaml};
use rfs_codegen::model::{RustType, TypeDef};

use super::code::{Core, Expr, FuncItem, Ty, Var, Writer, ident, int, string};

impl<'m> Writer<'m> {
    /// `node` as a function call, when it is one: typed where the API can write it, otherwise
    /// its template form through an escape hatch.
    pub(super) fn function(
        &mut self,
        node: &'m Node,
        want: &Ty<'m>,
        what: &str,
    ) -> Option<Expr<'m>> {
        let (k, arg) = node.single_entry()?;
        let func = Func::parse(&k.name)?;
        let args = match &arg.value {
            Yaml::List(items) => items.as_slice(),
            _ => &[],
        };
        let typed = match func {
            Func::GetInput => self.get_input(arg),
            Func::GetReference => {
                let (var, spec) = self.written_element(arg.as_str()?)?;
                let ty = self.id_type(spec);
                Some(Expr::val(quote!(#var.id()), ty))
            }
            Func::GetAttribute => {
                let names: Option<Vec<&str>> = args.iter().map(Node::as_str).collect();
                match names?.split_first()? {
                    (_, []) => None,
                    (target, [attr]) => {
                        let (var, spec) = self.written_element(target)?;
                        Some(self.attribute(&var, spec, attr))
                    }
                    (target, path) => {
                        let (var, _) = self.written_element(target)?;
                        let f = self.func(FuncItem::Call(Func::GetAttribute));
                        let path = path.iter().map(|s| string(s));
                        Some(Expr::val(quote!(#f(&#var, &[#(#path),*])), RustType::Any))
                    }
                }
            }
            Func::GetInMap => {
                let [m, a, b] = args else { return None };
                let var = self.mappings.get(m.as_str()?)?.clone();
                let (method, ty) = match want {
                    RustType::Integer => ("get_integer", RustType::Integer),
                    RustType::Number => ("get_number", RustType::Number),
                    _ => ("get_string", RustType::String),
                };
                // The DSL writes mapping keys as text: a key written as a number, a boolean or
                // null is looked up by that text.
                let tops = self
                    .root
                    .get("mappings")
                    .and_then(|s| s.get(m.as_str()?))
                    .and_then(Node::as_map)
                    .unwrap_or_default();
                let top = tops.iter().find(|(k, _)| k.named_by(a));
                let seconds = top.and_then(|(_, v)| v.as_map()).unwrap_or_default();
                let second = seconds.iter().find(|(k, _)| k.named_by(b));
                let (a, b) = (
                    self.map_key(a, top.map(|(k, _)| k.as_str())),
                    self.map_key(b, second.map(|(k, _)| k.as_str())),
                );
                let method = ident(method);
                Some(Expr::val(quote!(#var.#method(#a, #b)), ty))
            }
            Func::CondIf => {
                let [c, a, b] = args else { return None };
                let cond = self.conditions.get(c.as_str()?)?.clone();
                if want.serialized() {
                    None
                } else {
                    let ty = want.clone();
                    let (a, b) = (self.value(a, &ty, what), self.value(b, &ty, what));
                    let (f, t) = (self.func(FuncItem::Call(func)), self.ty(&ty));
                    Some(Expr::val(quote!(#f::<#t>(&#cond, #a, #b)), ty))
                }
            }
            Func::Base64Encode => {
                let v = self.value(arg, &RustType::String, "base64_encode's text");
                let f = self.func(FuncItem::Call(func));
                Some(Expr::val(quote!(#f(#v)), RustType::String))
            }
            Func::Split => {
                let [d, s] = args else { return None };
                let (d, s) = (
                    self.value(d, &RustType::String, "split's delimiter"),
                    self.value(s, &RustType::String, "split's text"),
                );
                let f = self.func(FuncItem::Call(func));
                Some(Expr::val(
                    quote!(#f(#d, #s)),
                    RustType::List(Box::new(RustType::String)),
                ))
            }
            Func::Select => {
                let [i, l] = args else { return None };
                let item = match want {
                    RustType::Untyped | RustType::Map | RustType::Any | RustType::List(_) => {
                        RustType::String
                    }
                    other => other.clone(),
                };
                let list = RustType::List(Box::new(item.clone()));
                let (i, l) = (
                    self.value(i, &RustType::Integer, "select's index"),
                    self.value(l, &list, "select's list"),
                );
                let (f, t) = (self.func(FuncItem::Call(func)), self.ty(&item));
                Some(Expr::val(quote!(#f::<#t>(#i, #l)), item))
            }
            Func::GetListLength => {
                let list = RustType::List(Box::new(RustType::String));
                let l = self.value(arg, &list, "get_list_length's list");
                let f = self.func(FuncItem::Call(func));
                Some(Expr::val(quote!(#f::<String>(#l)), RustType::Integer))
            }
            Func::Replace => self.replace(args),
            Func::Concat if self.in_output => self.concat(arg),
            // In a property: text of literals, inputs and other functions (no attribute part,
            // which the language keeps to outputs and the DSL's types to `Stack::output`).
            Func::Concat if matches!(want, RustType::String) && !attribute_part(arg) => self
                .concat(arg)
                .map(|e| Expr::val(e.tokens, RustType::String)),
            // `concat` in a property, and the condition functions outside conditions: the
            // typed API keeps them where the documentation allows them.
            Func::Concat | Func::CondEq | Func::CondNot | Func::CondAnd | Func::CondOr => None,
        };
        if typed.is_some() {
            return typed;
        }
        // A function the typed API cannot write here: the template's form, unchecked.
        let why = match func {
            Func::Concat => format!(
                "{what} holds concat where the typed API writes it only in outputs (a part reads an attribute, or the property is not text)"
            ),
            Func::GetReference | Func::GetAttribute => format!(
                "{what} holds a {func} of an element the code cannot refer to (not declared, of an unknown type, or written later in a dependency cycle)"
            ),
            Func::GetInput | Func::GetInMap | Func::CondIf => {
                format!("{what} holds a {func} of something the template does not declare")
            }
            _ => format!(
                "{what} holds {func} in a form the typed API cannot write (it writes {func} with {})",
                rfs_dsl::func::written_with(func)
            ),
        };
        let ty = if want.serialized() {
            RustType::Any
        } else {
            want.clone()
        };
        let raw = self.raw(node, &ty, why);
        Some(Expr::val(raw, ty))
    }

    /// A `get_in_map` key: the text of the key it names, or the value (a function, text).
    fn map_key(&mut self, arg: &'m Node, key: Option<&str>) -> proc_macro2::TokenStream {
        match key {
            Some(name) if !matches!(arg.value, Yaml::Str(_)) => string(name),
            _ => self.value(arg, &RustType::String, "a get_in_map key"),
        }
    }

    /// `get_input`: the input's variable, or a pseudo-parameter.
    fn get_input(&mut self, arg: &Node) -> Option<Expr<'m>> {
        let input = arg.as_str()?;
        if let Some(v) = self.inputs.get(input) {
            let var = &v.var;
            return Some(Expr {
                tokens: quote!(#var),
                ty: Some(v.ty.clone()),
                var: true,
            });
        }
        if PSEUDO_PARAMETERS.contains(&input) {
            let pseudo = self.func(FuncItem::Pseudo);
            let f = ident(&input.trim_start_matches("HuaweiCloud.").to_snake_case());
            return Some(Expr::val(quote!(#pseudo::#f()), RustType::String));
        }
        None
    }

    /// An element the code can refer to: declared, of a known type, and already written.
    fn written_element(&self, name: &str) -> Option<(Var, Option<&'m TypeDef>)> {
        if !self.defined.contains(name) {
            return None;
        }
        self.elements.get(name).cloned()
    }

    /// The id type an element's reference has.
    pub(super) fn id_type(&self, element: Option<&TypeDef>) -> Ty<'m> {
        element
            .and_then(|t| t.template_type.as_deref())
            .and_then(|tt| self.model.resource(&format!("{tt}.Id")))
            .map_or(RustType::Any, RustType::Resource)
    }

    /// `replace: [template, {var: value}]`.
    fn replace(&mut self, args: &'m [Node]) -> Option<Expr<'m>> {
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
        let t = self.value(t, &RustType::String, "replace's text");
        let vars: Vec<_> = vars
            .iter()
            .map(|(k, v)| {
                let key = string(&k.name);
                // Through `IntoValue`: an input's `Val` and an attribute's `Attr` alike.
                let e = match self.function(v, &RustType::String, "a replace value") {
                    Some(e) if e.ty == Some(RustType::String) => e.owned(),
                    Some(e) => self.fit(e, &RustType::String, "a replace value"),
                    None => {
                        let l = self.value(v, &RustType::String, "a replace value");
                        let into = self.core(Core::IntoValue);
                        quote!(#into::<String>::into_value(#l))
                    }
                };
                let into = self.core(Core::IntoValue);
                quote!((#key, #into::<String>::into_value(#e)))
            })
            .collect();
        let f = self.func(FuncItem::Call(Func::Replace));
        Some(Expr::val(quote!(#f(#t, [#(#vars),*])), RustType::String))
    }

    /// `concat`: mixed parts in a tuple (up to 12), more in nested tuples.
    fn concat(&mut self, arg: &'m Node) -> Option<Expr<'m>> {
        let Yaml::List(parts) = &arg.value else {
            return None;
        };
        let parts: Vec<_> = parts
            .iter()
            .map(
                |p| match self.function(p, &RustType::Any, "a concat part") {
                    Some(e) => e.owned(),
                    None => match &p.value {
                        Yaml::Str(s) => string(s),
                        // A part is an i32 or an i64: the literal says which.
                        Yaml::Int(i) if *i >= 0 => {
                            let l = proc_macro2::Literal::i64_suffixed(*i);
                            quote!(#l)
                        }
                        Yaml::Int(i) => {
                            let l = int(*i);
                            quote!((#l as i64))
                        }
                        Yaml::Bool(b) => quote!(#b),
                        _ => self.raw(p, &RustType::Any, "a concat part that is not text".into()),
                    },
                },
            )
            .collect();
        let f = self.func(FuncItem::Call(Func::Concat));
        // A tuple of at most 12 parts (nested tuples for more); a trailing comma only where one
        // part needs it.
        let tuple = |items: &[proc_macro2::TokenStream]| match items {
            [one] => quote!((#one,)),
            _ => quote!((#(#items),*)),
        };
        let mut level = parts;
        while level.len() > 12 {
            level = level.chunks(12).map(tuple).collect();
        }
        let parts = tuple(&level);
        let call = quote!(#f(#parts));
        Some(Expr::val(call, RustType::Any))
    }

    /// `x.attr().name()` for a documented attribute, `output(name)` for a nested stack's,
    /// `unlisted(name)` (an escape hatch) for others.
    fn attribute(&mut self, var: &Var, spec: Option<&'m TypeDef>, attr: &str) -> Expr<'m> {
        let a = spec.and_then(|t| t.attributes.iter().find(|a| a.name == attr));
        let star = spec.and_then(|t| t.attributes.iter().find(|a| a.name == "*"));
        match (a, star) {
            (Some(a), _) => {
                let m = ident(&a.method);
                let ty = match (&a.ty, a.name.as_str()) {
                    (Some(r), _) => self
                        .model
                        .resource(r)
                        .map_or(RustType::String, RustType::Resource),
                    (None, "refID") => self.id_type(spec),
                    _ => RustType::String,
                };
                Expr::val(quote!(#var.attr().#m()), ty)
            }
            (None, Some(s)) => {
                let m = ident(&s.method);
                let name = string(attr);
                Expr::val(quote!(#var.attr().#m(#name)), RustType::Any)
            }
            (None, None) => {
                self.hatch(format!(
                    "attribute '{attr}' is not in the spec of {}",
                    spec.map_or("this element", |t| t.name.as_str())
                ));
                let name = string(attr);
                Expr::val(quote!(#var.attr().unlisted(#name)), RustType::Any)
            }
        }
    }
}

/// Whether a `concat`'s parts include a `get_attribute`.
fn attribute_part(arg: &Node) -> bool {
    let Yaml::List(parts) = &arg.value else {
        return false;
    };
    parts.iter().any(|p| {
        p.single_entry()
            .is_some_and(|(k, _)| Func::parse(&k.name) == Some(Func::GetAttribute))
    })
}
