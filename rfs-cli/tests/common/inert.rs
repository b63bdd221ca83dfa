//! Whether code `rfs import` wrote is inert: only the items, macros and paths the importer
//! writes, nothing a template could smuggle in. Shared by `tests/hostile.rs` and the `import`
//! and `roundtrip` fuzz targets.

use syn::visit::Visit;

/// Whether imported code is what the importer writes and nothing a template could smuggle in.
pub fn inert(code: &str) -> Result<(), String> {
    let file = syn::parse_file(code).map_err(|e| format!("not Rust: {e}"))?;
    let mut v = Inert::default();
    v.visit_file(&file);
    match v.problems.first() {
        Some(p) => Err(p.clone()),
        None => Ok(()),
    }
}

#[derive(Default)]
struct Inert {
    problems: Vec<String>,
}

impl<'ast> Visit<'ast> for Inert {
    fn visit_macro(&mut self, m: &'ast syn::Macro) {
        if !(m.path.is_ident("json") || m.path.is_ident("vec")) {
            let path = quote::quote!(#m).to_string();
            self.problems
                .push(format!("a macro other than json!/vec!: {path}"));
        }
        syn::visit::visit_macro(self, m);
    }

    fn visit_path(&mut self, p: &'ast syn::Path) {
        if let Some(first) = p.segments.first() {
            let name = first.ident.to_string();
            if ["std", "core", "alloc", "crate", "super", "self", "Self"].contains(&name.as_str())
                || p.leading_colon.is_some()
            {
                self.problems.push(format!("a path from outside: {name}"));
            }
        }
        syn::visit::visit_path(self, p);
    }

    fn visit_expr_unsafe(&mut self, _: &'ast syn::ExprUnsafe) {
        self.problems.push("an unsafe block".to_owned());
    }

    fn visit_item(&mut self, i: &'ast syn::Item) {
        match i {
            syn::Item::Use(_) | syn::Item::Fn(_) => syn::visit::visit_item(self, i),
            other => self.problems.push(format!(
                "an item the importer does not write: {}",
                quote::quote!(#other)
            )),
        }
    }

    fn visit_local(&mut self, l: &'ast syn::Local) {
        if let syn::Pat::Ident(p) = &l.pat {
            let n = p.ident.to_string();
            let plain = n.starts_with(|c: char| c.is_ascii_lowercase())
                && n.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
            if !plain {
                self.problems.push(format!("a variable named {n}"));
            }
        }
        syn::visit::visit_local(self, l);
    }
}
