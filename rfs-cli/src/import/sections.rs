//! The sections of a template, as the statements of `stack()`: inputs (typed by their declared
//! type and what they feed), mappings, conditions, elements in creation order (with their
//! requirements, conditions and metadata), policies and outputs.

use std::collections::HashMap;

use quote::quote;
use rfs_check::graph;
use rfs_check::language::{Constraint, Func, POLICY_TYPES};
use rfs_check::policy::{Directive, Origin, Scope};
use rfs_check::rules;
use rfs_check::spec::ResourceKind;
use rfs_check::tree::{Key, Node, Yaml};
use rfs_codegen::load::Fact;
use rfs_codegen::model::{RustType, TypeDef};

use super::code::{
    Core, Dsl, FuncItem, InputVar, Stmt, Ty, Writer, float, ident, int, join, method, string,
};
use super::values::{node_kind, variant};

fn entries(node: Option<&Node>) -> &[(Key, Node)] {
    node.and_then(Node::as_map).unwrap_or(&[])
}

impl<'m> Writer<'m> {
    /// The body of `stack()`.
    /// The statements of `stack()`; `order` gives the elements in the order to write them
    /// ([`graph::order`] of the template's dependencies).
    pub(super) fn stack_body(
        &mut self,
        name: &str,
        order: impl FnOnce() -> Vec<usize>,
    ) -> Vec<Stmt> {
        let root = self.root;
        let mut out = Vec::new();
        let stack_ty = self.dsl(Dsl::Stack);
        let name_lit = string(name);
        let mut head = quote!(#stack_ty::new(#name_lit));
        if let Some(d) = root.get("description") {
            let d = self.text(d, "the template's description");
            head = quote!(#head.description(#d));
        }
        self.emit(&mut out, Stmt::Code(quote!(let mut stack = #head;)));
        for level in std::mem::take(&mut self.levels) {
            self.level(&level, &mut out);
        }

        let nodes = entries(root.get("node_templates"));
        self.collect_references(root);
        let uses = self.input_uses(nodes);
        for (k, v) in entries(root.get("inputs")) {
            let s = self.input(&k.name, v, uses.get(k.as_str()));
            self.emit(&mut out, s);
        }
        for (k, v) in entries(root.get("mappings")) {
            let s = self.mapping(&k.name, v);
            self.emit(&mut out, s);
        }
        for (k, v) in entries(root.get("conditions")) {
            let s = self.condition(&k.name, v);
            self.emit(&mut out, s);
        }
        for (k, v) in nodes {
            let spec = v
                .get("type")
                .and_then(Node::as_str)
                .and_then(|t| self.model.element_by_type(t));
            let var = self.names.var(&k.name, "node");
            self.elements.entry(k.as_str()).or_insert((var, spec));
        }
        // Each element after those it refers to or requires (the rule engine's graph).
        let order: Vec<usize> = order().into_iter().filter(|&i| i < nodes.len()).collect();
        self.elements_in(nodes, &order, &mut out);
        for (k, v) in entries(root.get("policies")) {
            self.policy(&k.name, v, &mut out);
        }
        self.in_output = true;
        for (k, v) in entries(root.get("outputs")) {
            let s = self.output(&k.name, v);
            self.emit(&mut out, Stmt::Code(s));
        }
        out.push(Stmt::Code(quote!(stack)));
        out
    }

    /// A rule level of the template's own comments, as the stack holds it
    /// ([`super::stack_levels`]): for the whole file `stack.allow(rule, reason)` (or `warn`, `deny`), for a template path
    /// `stack.allow_at(rule, path, reason)`; a level for a line that no path holds, which a stack
    /// cannot express, is noted in a comment (the importer refuses the template when that
    /// changes an error).
    fn level(&mut self, d: &Directive, out: &mut Vec<Stmt>) {
        let path = match &d.scope {
            Scope::File => None,
            Scope::Path(path) => Some(string(path)),
            Scope::Line(_) => {
                let line = match d.origin {
                    Origin::Comment(n) => format!(" (line {n})"),
                    _ => String::new(),
                };
                let s = Stmt::Comment(format!(
                    "not written: the template's `{}`{line} sets a level for one line, which no template path holds alone",
                    d.to_comment()
                ));
                self.emit(out, s);
                return;
            }
        };
        let reason = string(d.reason.as_deref().unwrap_or_default());
        for rule in &d.rules {
            let constant = ident(rules::constant(rule));
            let s = match &path {
                None => {
                    let method = ident(d.level.name());
                    quote!(stack.#method(rfs_dsl::engine::rules::#constant, #reason);)
                }
                Some(path) => {
                    let method = ident(&format!("{}_at", d.level.name()));
                    quote!(stack.#method(rfs_dsl::engine::rules::#constant, #path, #reason);)
                }
            };
            self.emit(out, Stmt::Code(s));
        }
    }

    /// The statements of the elements `order` lists. A large template whose elements all have
    /// a spec and a name of their own writes the second half on another thread, from a copy
    /// of the writer that knows the first half is written; if both halves had to make up a
    /// variable name (a long builder chain, a large value), the second half is written again
    /// here so the names are those a single pass gives.
    fn elements_in(&mut self, nodes: &'m [(Key, Node)], order: &[usize], out: &mut Vec<Stmt>) {
        let simple = order.len() >= self.parallel_from
            && self.elements.len() == nodes.len()
            && self.elements.values().all(|(_, spec)| spec.is_some())
            && self.defined.is_empty();
        if !simple {
            for &i in order {
                self.element(&nodes[i].0.name, &nodes[i].1, out);
            }
            return;
        }
        let (first, second) = order.split_at(order.len() / 2);
        let mut copy = self.copy();
        copy.defined
            .extend(first.iter().map(|&i| nodes[i].0.as_str()));
        let named = self.names.len();
        let (theirs, ours_named) = std::thread::scope(|scope| {
            let writing = scope.spawn(move || {
                let mut w = Writer::from_copy(copy);
                let mut stmts = Vec::new();
                for &i in second {
                    w.element(&nodes[i].0.name, &nodes[i].1, &mut stmts);
                }
                let named = w.names.len() != named;
                (super::code::parts(stmts), w.hatches, w.names, named)
            });
            let mut mine = Vec::new();
            for &i in first {
                self.element(&nodes[i].0.name, &nodes[i].1, &mut mine);
            }
            // Taken apart while the other thread may still be writing.
            out.push(Stmt::Parts(super::code::parts(mine)));
            let ours_named = self.names.len() != named;
            match writing.join() {
                Ok(theirs) => (theirs, ours_named),
                Err(panic) => std::panic::resume_unwind(panic),
            }
        });
        let (parts, hatches, names, theirs_named) = theirs;
        if ours_named && theirs_named {
            for &i in second {
                self.element(&nodes[i].0.name, &nodes[i].1, out);
            }
            return;
        }
        out.push(Stmt::Parts(parts));
        self.hatches += hatches;
        self.names.absorb(names);
        self.defined
            .extend(second.iter().map(|&i| nodes[i].0.as_str()));
    }

    /// Element names that are referred to (they need a variable).
    fn collect_references(&mut self, root: &'m Node) {
        let mut found = Vec::new();
        for section in ["node_templates", "outputs"] {
            for (_, v) in entries(root.get(section)) {
                graph::typed_references(v, &mut found);
            }
        }
        for (_, e) in entries(root.get("node_templates")) {
            found.extend(requirement_entries(e).into_iter().map(|(_, t, _)| t));
        }
        for (_, p) in entries(root.get("policies")) {
            graph::typed_references(p, &mut found);
            if let Some(Yaml::List(t)) = p.get("targets").map(|t| &t.value) {
                found.extend(t.iter().filter_map(Node::as_str));
            }
        }
        self.referenced.extend(found);
    }

    /// For each input, the types of the places its `get_input` fills directly.
    fn input_uses(&self, nodes: &'m [(Key, Node)]) -> HashMap<&'m str, Vec<Ty<'m>>> {
        let mut uses: HashMap<&'m str, Vec<Ty<'m>>> = HashMap::new();
        let policies = entries(self.root.get("policies"));
        for (_, c) in entries(self.root.get("conditions")) {
            self.uses_in(c, &RustType::Any, &mut uses);
        }
        for (_, e) in nodes.iter().chain(policies) {
            let Some(t) = e
                .get("type")
                .and_then(Node::as_str)
                .and_then(|t| self.model.element_by_type(t))
            else {
                continue;
            };
            for (k, v) in entries(e.get("properties")) {
                if let Some(p) = t.properties.iter().find(|p| p.info.key == k.name) {
                    let want = self.model.property_type(t, p);
                    self.uses_in(v, &want, &mut uses);
                }
            }
        }
        uses
    }

    fn uses_in(&self, v: &'m Node, want: &Ty<'m>, uses: &mut HashMap<&'m str, Vec<Ty<'m>>>) {
        if let Some((k, arg)) = v.single_entry()
            && let Some(func) = Func::parse(&k.name)
        {
            match (func, arg.as_str()) {
                (Func::GetInput, Some(name)) => uses.entry(name).or_default().push(want.clone()),
                // Inside another function: the place's type is not the input's.
                _ => self.uses_in(arg, &RustType::Any, uses),
            }
            return;
        }
        match (want, &v.value) {
            (RustType::List(item), Yaml::List(items)) => {
                items.iter().for_each(|i| self.uses_in(i, item, uses));
            }
            (RustType::Data(d), Yaml::Map(m)) => {
                for (k, v) in m {
                    if let Some(p) = d.properties.iter().find(|p| p.info.key == k.name) {
                        let want = self.model.property_type(d, p);
                        self.uses_in(v, &want, uses);
                    }
                }
            }
            (_, Yaml::List(items)) => {
                items
                    .iter()
                    .for_each(|i| self.uses_in(i, &RustType::Any, uses));
            }
            (_, Yaml::Map(m)) => m
                .iter()
                .for_each(|(_, v)| self.uses_in(v, &RustType::Any, uses)),
            _ => {}
        }
    }

    fn input(&mut self, name: &'m str, def: &'m Node, uses: Option<&Vec<Ty<'m>>>) -> Stmt {
        let declared = def.get("type").and_then(Node::as_str);
        // The constructor, for the text types and text-declared resource types.
        let mut ctor: Option<&str> = None;
        let ty = match declared {
            None => match self.undeclared_input(name, def, uses) {
                Some(t) => {
                    ctor = Some("undeclared");
                    t
                }
                None => RustType::Untyped,
            },
            Some("string") => match self.enum_input(def, uses, "string") {
                Some(t) => t,
                None => match self.named_input(def, uses) {
                    Some(t) => {
                        if !matches!(&t, RustType::Resource(r) if r.input_type == "string") {
                            ctor = Some("declared_as_string");
                        }
                        t
                    }
                    None => RustType::String,
                },
            },
            Some("integer") => self
                .enum_input(def, uses, "integer")
                .unwrap_or(RustType::Integer),
            Some("float") => RustType::Number,
            Some("boolean") => RustType::Boolean,
            Some(text @ ("password" | "secret" | "ip" | "enum")) => {
                ctor = Some(if text == "enum" { "enum_type" } else { text });
                RustType::String
            }
            Some(other) => match self.model.resource(other) {
                Some(r) => {
                    if r.input_type != r.name {
                        self.note(format!(
                            "input '{name}' is declared {other}, which AOS does not document as an input type; rfs declares it `type: string` (lint warns: input-type)"
                        ));
                    }
                    RustType::Resource(r)
                }
                None => {
                    self.note(format!(
                        "error[input]: input type '{other}' is unknown; the input is written without a type"
                    ));
                    RustType::Untyped
                }
            },
        };
        let var = self.names.var(name, "input");
        let input_ty = self.dsl(Dsl::Input);
        let mut input = match (&ty, ctor) {
            (RustType::Untyped, _) => quote!(#input_ty::untyped()),
            (t, Some("undeclared")) => {
                let t = self.ty(t);
                quote!(#input_ty::<#t>::new().undeclared())
            }
            (RustType::String, Some(c)) => {
                let c = ident(c);
                quote!(#input_ty::#c())
            }
            (t, Some(c)) => {
                let (t, c) = (self.ty(t), ident(c));
                quote!(#input_ty::<#t>::new().#c())
            }
            (t, None) => {
                let t = self.ty(t);
                quote!(#input_ty::<#t>::new())
            }
        };
        if let (Some("declared_as_string"), RustType::Resource(r)) = (ctor, &ty)
            && r.kind != ResourceKind::Name
        {
            self.note(format!(
                "input '{name}' is declared string but fills {} (lint warns: input-type)",
                r.name
            ));
        }
        let what = format!("input '{name}'");
        for (k, v) in entries(Some(def)) {
            match k.as_str() {
                "type" => {}
                "description" | "label" => {
                    let m = ident(&k.name);
                    let text = self.text(v, &format!("{what}'s {}", k.name));
                    input = quote!(#input.#m(#text));
                }
                // The empty text for a type that has no empty value: an optional input.
                "default"
                    if matches!(&v.value, Yaml::Str(s) if s.is_empty())
                        && !matches!(ty, RustType::String | RustType::Untyped) =>
                {
                    input = quote!(#input.optional());
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
                "constraints" => input = self.constraints(input, v, &ty, &what),
                other => self.note(format!(
                    "error[input]: {what}: unknown field '{other}' left out"
                )),
            }
        }
        let name_lit = string(name);
        let call = match ty {
            RustType::Untyped => quote!(stack.untyped_input(#name_lit, #input)),
            _ => quote!(stack.input(#name_lit, #input)),
        };
        self.inputs.insert(
            name,
            InputVar {
                var: var.clone(),
                ty,
            },
        );
        Stmt::bind(&var, call)
    }

    /// The Rust type of an input declared without a type: the one type of every place its
    /// value fills directly, when they agree and its default and valid values are of that kind.
    /// Otherwise none (the input stays untyped), with a comment saying why when the uses
    /// disagree.
    fn undeclared_input(
        &mut self,
        name: &str,
        def: &Node,
        uses: Option<&Vec<Ty<'m>>>,
    ) -> Option<Ty<'m>> {
        let uses = uses?;
        // A use inside a function or a condition (`Any`) takes a value of any type.
        let first = uses.iter().find(|u| !matches!(u, RustType::Any))?;
        if let Some(other) = uses
            .iter()
            .find(|u| *u != first && !matches!(u, RustType::Any))
        {
            self.note(format!(
                "input '{name}' has no type and fills both {} and {}: it stays untyped",
                describe(first),
                describe(other)
            ));
            return None;
        }
        // Types an input can be declared with.
        let typeable = matches!(
            first,
            RustType::String
                | RustType::Integer
                | RustType::Number
                | RustType::Boolean
                | RustType::Resource(_)
                | RustType::Enum { .. }
        );
        if !typeable {
            return None;
        }
        let valid: &[Node] = match valid_values(def).map(|v| &v.value) {
            Some(Yaml::List(items)) => items,
            _ => &[],
        };
        let values = def.get("default").into_iter().chain(valid);
        let mut fits = true;
        for v in values {
            fits &= match (first, &v.value) {
                (RustType::String, Yaml::Str(_)) => true,
                (RustType::Integer, Yaml::Int(_)) => true,
                (RustType::Number, Yaml::Int(_) | Yaml::Float(_)) => true,
                (RustType::Boolean, Yaml::Bool(_)) => true,
                (RustType::Resource(r), Yaml::Str(_)) => r.kind != ResourceKind::Number,
                (RustType::Resource(r), Yaml::Int(_)) => r.kind == ResourceKind::Number,
                (RustType::Enum { property, .. }, _) => {
                    v.scalar_text().is_some_and(|t| property.info.allows(&t))
                }
                _ => false,
            };
        }
        if !fits {
            self.note(format!(
                "input '{name}' has no type and fills {}, but its default or valid values are not of that kind: it stays untyped",
                describe(first)
            ));
            return None;
        }
        Some(first.clone())
    }

    /// The enumeration an input declared `declared` should have: every place it fills is of
    /// that enumeration (declared with the same value type), and its values are allowed ones.
    fn enum_input(&self, def: &Node, uses: Option<&Vec<Ty<'m>>>, declared: &str) -> Option<Ty<'m>> {
        let uses = uses?;
        let first = uses.first()?;
        let RustType::Enum { property: p, .. } = first else {
            return None;
        };
        if !uses.iter().all(|u| u == first) {
            return None;
        }
        let value_type = match p.info.allowed.first()? {
            Fact::Int(_) => "integer",
            Fact::Str(_) => "string",
            _ => return None,
        };
        if value_type != declared {
            return None;
        }
        let mut values: Vec<&Node> = def.get("default").into_iter().collect();
        if let Some(Yaml::List(v)) = valid_values(def).map(|v| &v.value) {
            values.extend(v);
        }
        values
            .iter()
            .all(|v| variant(p, v).is_some())
            .then(|| first.clone())
    }

    /// The resource type a text input should have: every place it fills takes the same
    /// resource type, and it has no default or valid values (those would need `existing`).
    fn named_input(&self, def: &Node, uses: Option<&Vec<Ty<'m>>>) -> Option<Ty<'m>> {
        let uses = uses?;
        let first @ RustType::Resource(r) = uses.first()? else {
            return None;
        };
        // A default or valid value is written with `existing(..)` where the type is declared
        // `string` anyway (ids of resources no element creates); elsewhere the input stays text.
        let literal_ok = r.kind == ResourceKind::Name
            || r.input_type == "string"
            || (def.get("default").is_none() && valid_values(def).is_none());
        (literal_ok && uses.iter().all(|u| u == first)).then(|| first.clone())
    }

    /// A literal for an input of type `ty` (default, valid value, range bound).
    fn input_value(&mut self, v: &'m Node, ty: &Ty<'m>, what: &str) -> proc_macro2::TokenStream {
        match (ty, &v.value) {
            (RustType::Untyped, Yaml::Str(s)) => string(s),
            (RustType::Untyped, Yaml::Int(i)) => int(*i),
            (RustType::Untyped, Yaml::Float(x)) => float(*x),
            (RustType::Untyped, Yaml::Bool(b)) => quote!(#b),
            (RustType::Untyped, _) => {
                let j = self.json(v, true, what);
                let to_value = self.dsl(Dsl::ToValue);
                quote!(#to_value(&#j))
            }
            _ => self.value(v, ty, what),
        }
    }

    /// A description or label: text (lint reports anything else as an error).
    fn text(&mut self, v: &'m Node, what: &str) -> proc_macro2::TokenStream {
        match &v.value {
            Yaml::Str(s) => string(s),
            _ => {
                let shown = v
                    .source()
                    .map_or_else(|| v.kind().to_owned(), |s| s.into_owned());
                self.note(format!(
                    "error[description]: {what} is {}, not text; written as the text '{shown}'",
                    v.kind()
                ));
                string(&shown)
            }
        }
    }

    fn constraints(
        &mut self,
        mut input: proc_macro2::TokenStream,
        v: &'m Node,
        ty: &Ty<'m>,
        what: &str,
    ) -> proc_macro2::TokenStream {
        let Yaml::Map(kinds) = &v.value else {
            self.note(format!(
                "error[input]: {what}: constraints that are not a map are left out"
            ));
            return input;
        };
        for (k, c) in kinds {
            let kind = Constraint::parse(&k.name);
            match (kind, &c.value) {
                (Some(Constraint::ValidValues), Yaml::List(items)) => {
                    let mut kinds = std::collections::HashSet::new();
                    let values: Vec<_> = items
                        .iter()
                        .map(|i| {
                            kinds.insert(node_kind(i));
                            self.input_value(i, ty, &format!("{what}'s valid value"))
                        })
                        .collect();
                    let t = self.ty(ty);
                    let values: Vec<_> = if kinds.len() > 1 {
                        let into = self.core(Core::IntoValue);
                        values
                            .into_iter()
                            .map(|v| quote!(#into::<#t>::into_value(#v)))
                            .collect()
                    } else {
                        values
                    };
                    input = if values.is_empty() {
                        let val = self.core(Core::Val);
                        quote!(#input.valid_values(Vec::<#val<#t>>::new()))
                    } else {
                        quote!(#input.valid_values([#(#values),*]))
                    };
                }
                (Some(Constraint::Regex | Constraint::Pattern), Yaml::Str(s)) => {
                    let m = ident(&k.name);
                    let s = string(s);
                    input = quote!(#input.#m(#s));
                }
                (Some(Constraint::MinLength | Constraint::MaxLength), Yaml::Int(n))
                    if u32::try_from(*n).is_ok() =>
                {
                    let m = ident(&k.name);
                    let n = proc_macro2::Literal::u32_unsuffixed(*n as u32);
                    input = quote!(#input.#m(#n));
                }
                (Some(Constraint::InRange), Yaml::List(b))
                    if b.len() == 2
                        && matches!(
                            ty,
                            RustType::Integer | RustType::Number | RustType::Untyped
                        ) =>
                {
                    let lo = self.input_value(&b[0], ty, &format!("{what}'s in_range"));
                    let hi = self.input_value(&b[1], ty, &format!("{what}'s in_range"));
                    input = quote!(#input.in_range(#lo, #hi));
                }
                (Some(Constraint::Equal), _) => {
                    let e = self.input_value(c, ty, &format!("{what}'s equal"));
                    input = quote!(#input.equal(#e));
                }
                (
                    Some(
                        kind @ (Constraint::GreaterThan
                        | Constraint::GreaterOrEqual
                        | Constraint::LessThan
                        | Constraint::LessOrEqual),
                    ),
                    _,
                ) if matches!(
                    ty,
                    RustType::Integer | RustType::Number | RustType::Untyped
                ) =>
                {
                    let m = ident(kind.name());
                    let b = self.input_value(c, ty, &format!("{what}'s {}", kind.name()));
                    input = quote!(#input.#m(#b));
                }
                _ => self.note(format!(
                    "error[input]: {what}: constraint '{}' of this form cannot be written; left out",
                    k.name
                )),
            }
        }
        input
    }

    fn mapping(&mut self, name: &'m str, def: &'m Node) -> Stmt {
        let mut calls = Vec::new();
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
                calls.push(quote!(.entry(#t, #s, #value)));
            }
        }
        let var = self.names.var(name, "map");
        let mapping = self.dsl(Dsl::Mapping);
        let m = self.chain(quote!(#mapping::new()), calls, quote!(), name);
        self.mappings.insert(name, var.clone());
        let n = string(name);
        Stmt::bind(&var, quote!(stack.mapping(#n, #m)))
    }

    fn condition(&mut self, name: &'m str, def: &'m Node) -> Stmt {
        let expr = self.cond(def);
        let var = self.names.var(name, "cond");
        self.conditions.insert(name, var.clone());
        let n = string(name);
        Stmt::bind(&var, quote!(stack.condition(#n, #expr)))
    }

    /// A condition expression.
    fn cond(&mut self, def: &'m Node) -> proc_macro2::TokenStream {
        if let Yaml::Bool(b) = def.value {
            return quote!(#b);
        }
        if let Some((k, arg)) = def.single_entry()
            && let Some(func) = Func::parse(&k.name)
        {
            let args = match &arg.value {
                Yaml::List(items) => items.as_slice(),
                _ => &[],
            };
            match func {
                Func::CondEq if args.len() == 2 => {
                    // An optional input of a type without an empty value, tested for ''.
                    let empty = |n: &Node| matches!(&n.value, Yaml::Str(s) if s.is_empty());
                    let input = |n: &'m Node| {
                        let (k, name) = n.single_entry()?;
                        (Func::parse(&k.name) == Some(Func::GetInput)).then_some(())?;
                        let v = self.inputs.get(name.as_str()?)?;
                        let typed = !matches!(v.ty, RustType::String | RustType::Untyped);
                        typed.then(|| v.var.clone())
                    };
                    let optional = match (&args[0], &args[1]) {
                        (a, b) if empty(b) => input(a),
                        (a, b) if empty(a) => input(b),
                        _ => None,
                    };
                    if let Some(var) = optional {
                        let f = self.func(FuncItem::IsEmpty);
                        return quote!(#f(&#var));
                    }
                    let ty = self.operand_type(args);
                    let (a, b) = (
                        self.value(&args[0], &ty, "a cond_eq operand"),
                        self.value(&args[1], &ty, "a cond_eq operand"),
                    );
                    let (f, t) = (self.func(FuncItem::Call(func)), self.ty(&ty));
                    return quote!(#f::<#t>(#a, #b));
                }
                Func::CondNot => {
                    let c = self.cond(arg);
                    let f = self.func(FuncItem::Call(func));
                    return quote!(#f(#c));
                }
                Func::CondAnd | Func::CondOr if (2..=10).contains(&args.len()) => {
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
                                let cond = self.func(FuncItem::Cond);
                                quote!(#cond::from(#c))
                            }
                        })
                        .collect();
                    let f = self.func(FuncItem::Call(func));
                    return quote!(#f([#(#items),*]));
                }
                Func::GetInput => {
                    if let Some(e) = self.function(def, &RustType::Boolean, "a condition") {
                        if e.ty == Some(RustType::Boolean) {
                            return e.owned();
                        }
                        let v = self.fit(e, &RustType::Boolean, "a condition");
                        let into = self.core(Core::IntoValue);
                        return quote!(#into::<bool>::into_value(#v));
                    }
                }
                _ => {}
            }
        }
        self.raw(
            def,
            &RustType::Boolean,
            "a condition the typed API cannot write".into(),
        )
    }

    /// The type both operands of `cond_eq` are compared as.
    fn operand_type(&self, args: &'m [Node]) -> Ty<'m> {
        for a in args {
            if let Some((k, arg)) = a.single_entry()
                && Func::parse(&k.name) == Some(Func::GetInput)
                && let Some(v) = arg.as_str().and_then(|n| self.inputs.get(n))
                && !matches!(v.ty, RustType::Untyped)
            {
                return v.ty.clone();
            }
        }
        for a in args {
            match a.value {
                Yaml::Int(_) => return RustType::Integer,
                Yaml::Float(_) => return RustType::Number,
                Yaml::Bool(_) => return RustType::Boolean,
                _ => {}
            }
        }
        RustType::String
    }

    /// One element's statements: `stack.add`, then its requirements, condition and metadata.
    fn element(&mut self, name: &'m str, def: &'m Node, out: &mut Vec<Stmt>) {
        let Some((var, spec)) = self.elements.get(name).cloned() else {
            return;
        };
        let type_name = def.get("type").and_then(Node::as_str).unwrap_or("");
        let Some(t) = spec else {
            self.note(format!(
                "error[unknown-type]: element '{name}' of type '{type_name}' is left out: no spec describes it"
            ));
            out.append(&mut self.pending);
            return;
        };
        if self.defined.contains(name) {
            self.note(format!(
                "error[duplicate]: element '{name}' is written more than once; the first is kept"
            ));
            out.append(&mut self.pending);
            return;
        }
        let props = entries(def.get("properties"));
        let add = self.add(name, t, props);
        // The comments and statements `add` needs go before it.
        let before = std::mem::take(&mut self.pending);
        let mut after = Vec::new();
        // Requirements: those the DSL derives from references, then the rest explicitly.
        let derived = derived_requirements(name, props);
        let written = requirement_entries(def);
        let missing: Vec<_> = derived
            .iter()
            .filter(|(k, t)| !written.iter().any(|(wk, wt, _)| wk == k && wt == t))
            .collect();
        if !missing.is_empty() {
            let list: Vec<String> = missing.iter().map(|(k, t)| format!("{k} -> {t}")).collect();
            after.push(Stmt::Comment(format!(
                "the template leaves out the requirement(s) {} that rfs derives from the properties",
                list.join(", ")
            )));
            after.push(Stmt::Code(quote!(stack.only_explicit_requirements(&#var);)));
        }
        for (key, target, relationship) in written {
            let plain_derived = missing.is_empty()
                && relationship.is_none()
                && derived.iter().any(|(k, t)| *k == key && *t == target);
            if plain_derived {
                continue;
            }
            let Some((tvar, _)) = self.elements.get(target).cloned() else {
                after.push(Stmt::Comment(format!(
                    "error[undefined-requirement]: requirement {key} -> {target} names no element; left out"
                )));
                continue;
            };
            if relationship.is_none() && key == "dependency" {
                after.push(Stmt::Code(quote!(stack.depends_on(&#var, &#tvar);)));
                continue;
            }
            let requirement = self.dsl(Dsl::Requirement);
            let k = string(key);
            let r = match relationship {
                None => quote!(#requirement::new(#k, &#tvar)),
                Some(rel) => {
                    let rel = string(rel);
                    quote!(#requirement::new(#k, &#tvar).relationship(#rel))
                }
            };
            after.push(Stmt::Code(quote!(stack.require(&#var, #r);)));
        }
        if let Some(c) = def.get("condition").and_then(Node::as_str) {
            match self.conditions.get(c) {
                Some(cv) => after.push(Stmt::Code(quote!(stack.set_condition(&#var, &#cv);))),
                None => after.push(Stmt::Comment(format!(
                    "error[undefined-condition]: condition '{c}' is not declared; left out"
                ))),
            }
        }
        if let Some(meta) = def.get("metadata") {
            // The designer's data, in its template form (references in it are not checked).
            let j = self.json(meta, false, "metadata");
            after.append(&mut self.pending);
            after.push(Stmt::Code(quote!(stack.metadata(&#var, #j);)));
        }
        for (k, _) in entries(Some(def)) {
            if ![
                "type",
                "properties",
                "requirements",
                "condition",
                "metadata",
            ]
            .contains(&k.as_str())
            {
                after.push(Stmt::Comment(format!(
                    "error[element]: element key '{}' cannot be written; left out",
                    k.name
                )));
            }
        }
        out.extend(before);
        out.push(Stmt::bind(&var, add));
        out.append(&mut after);
        self.defined.insert(name);
    }

    /// `stack.add("name", <Type>::builder()...build())`.
    fn add(
        &mut self,
        name: &str,
        t: &'m TypeDef,
        props: &'m [(Key, Node)],
    ) -> proc_macro2::TokenStream {
        let ty = self.generated(&t.module, &t.rust_name);
        let setters = self.setters(props, t, &format!("{name}.properties"));
        let built = self.chain(quote!(#ty::builder()), setters, quote!(.build()), name);
        let n = string(name);
        join([quote!(stack), method("add", join([quote!(#n,), built]))])
    }

    fn policy(&mut self, name: &'m str, def: &'m Node, out: &mut Vec<Stmt>) {
        let type_name = def.get("type").and_then(Node::as_str);
        let spec = type_name
            .filter(|t| POLICY_TYPES.contains(t))
            .and_then(|t| self.model.element_by_type(t));
        let Some(t) = spec else {
            self.note(format!(
                "error[policy]: policy '{name}' of type '{}' is left out",
                type_name.unwrap_or("")
            ));
            out.append(&mut self.pending);
            return;
        };
        let ty = self.generated(&t.module, &t.rust_name);
        let setters = self.setters(entries(def.get("properties")), t, name);
        let built = self.chain(quote!(#ty::builder()), setters, quote!(.build()), name);
        let mut targets = Vec::new();
        if let Some(Yaml::List(items)) = def.get("targets").map(|t| &t.value) {
            for i in items {
                let var = i
                    .as_str()
                    .filter(|n| self.defined.contains(n))
                    .and_then(|n| self.elements.get(n))
                    .map(|(v, _)| v.clone());
                match var {
                    Some(v) => {
                        let target = self.dsl(Dsl::Target);
                        targets.push(quote!(#target::from(&#v)));
                    }
                    None => self.note(format!(
                        "error[policy]: target {} of policy '{name}' is not an element; left out",
                        i.show()
                    )),
                }
            }
        }
        let n = string(name);
        self.emit(
            out,
            Stmt::Code(quote!(stack.policy(#n, #built, [#(#targets),*]);)),
        );
    }

    fn output(&mut self, name: &'m str, def: &'m Node) -> proc_macro2::TokenStream {
        let what = format!("output '{name}'");
        let value = match def.get("value") {
            Some(v) => self.any_value(v, &what),
            None => {
                self.note(format!(
                    "error[output]: {what} has no value; written as null"
                ));
                let value = self.core(Core::Value);
                quote!(#value::Null)
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
}

/// An input's `constraints.valid_values`.
fn valid_values(def: &Node) -> Option<&Node> {
    def.get("constraints")?.get(Constraint::ValidValues.name())
}

/// The element's written requirements: (key, target, relationship).
fn requirement_entries(def: &Node) -> Vec<(&str, &str, Option<&str>)> {
    let mut out = Vec::new();
    if let Some(Yaml::List(items)) = def.get("requirements").map(|r| &r.value) {
        for item in items {
            for (k, v) in item.as_map().unwrap_or(&[]) {
                if let Some(target) = v.get("node").and_then(Node::as_str) {
                    let rel = v.get("relationship").and_then(Node::as_str);
                    out.push((k.as_str(), target, rel));
                }
            }
        }
    }
    out
}

/// The requirements the DSL derives from the properties: (property, element) for every typed
/// reference to another element, each pair once.
fn derived_requirements<'a>(name: &str, props: &'a [(Key, Node)]) -> Vec<(&'a str, &'a str)> {
    let mut out: Vec<(&str, &str)> = Vec::new();
    let mut found = Vec::new();
    for (k, v) in props {
        found.clear();
        graph::typed_references(v, &mut found);
        for t in &found {
            if *t != name && !out.contains(&(k.as_str(), t)) {
                out.push((k.as_str(), t));
            }
        }
    }
    out
}

/// A Rust type as a comment names it.
fn describe(t: &Ty<'_>) -> String {
    match t {
        RustType::String => "text".to_owned(),
        RustType::Integer => "an integer".to_owned(),
        RustType::Number => "a number".to_owned(),
        RustType::Boolean => "a boolean".to_owned(),
        RustType::Resource(r) => r.name.clone(),
        RustType::Enum { module, name, .. } => format!("{module}::{name}"),
        RustType::Data(d) => d.name.clone(),
        RustType::List(item) => format!("a list of {}", describe(item)),
        RustType::Map | RustType::Any | RustType::Untyped => "any value".to_owned(),
    }
}
