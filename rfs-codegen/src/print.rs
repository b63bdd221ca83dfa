//! A small printer for generated tokens: attributes, statements, fields and match arms one per
//! line, indented by braces. It is what `rfs-types`' build script writes, so syn and prettyplease
//! stay off the build path of every crate that uses rfs; the snapshots and `rfs codegen` format
//! with prettyplease instead (feature `pretty`). The output is valid Rust that reads line by
//! line, which is what compile errors pointing into generated code show.

use proc_macro2::{Delimiter, Spacing, TokenStream, TokenTree};

/// The tokens as Rust source.
pub fn plain(tokens: TokenStream) -> String {
    let mut p = Printer::default();
    p.stream(tokens, Delimiter::Brace);
    if !p.out.ends_with('\n') {
        p.out.push('\n');
    }
    p.out
}

#[derive(Default)]
struct Printer {
    out: String,
    depth: usize,
    /// Nothing printed on the current line yet.
    fresh: bool,
    /// Whether the next token may touch the previous one (a joint punct, `.`, `&`, `(`, ...).
    glue: bool,
    /// The previous token was an identifier or literal (a following `(` or `!` is a call).
    after_word: bool,
    /// Inside an item's `where` clause (indented one more level until its body opens).
    in_where: bool,
}

impl Printer {
    fn newline(&mut self) {
        if !self.fresh && !self.out.is_empty() {
            self.out.push('\n');
            self.fresh = true;
        }
    }

    /// Prints `text`, with a space before it unless `touch` or the previous token glues.
    fn put(&mut self, text: &str, touch: bool) {
        if self.fresh || self.out.is_empty() {
            for _ in 0..self.depth {
                self.out.push_str("    ");
            }
        } else if !touch && !self.glue {
            self.out.push(' ');
        }
        self.out.push_str(text);
        self.fresh = false;
        self.glue = false;
        self.after_word = false;
    }

    /// The trees of a stream inside `within` (a brace group's content is one item per line).
    fn stream(&mut self, tokens: TokenStream, within: Delimiter) {
        let trees: Vec<TokenTree> = tokens.into_iter().collect();
        // Open generic angle brackets: a comma inside them does not end a line.
        let mut angles = 0usize;
        let mut i = 0;
        while i < trees.len() {
            match &trees[i] {
                // An outer or inner attribute: on a line of its own.
                TokenTree::Punct(p)
                    if p.as_char() == '#'
                        && matches!(
                            trees.get(i + 1),
                            Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Bracket
                        )
                        || p.as_char() == '#'
                            && matches!(trees.get(i + 1), Some(TokenTree::Punct(q)) if q.as_char() == '!') =>
                {
                    self.newline();
                    self.put("#", false);
                    self.glue = true;
                    i += 1;
                    if let Some(TokenTree::Punct(bang)) = trees.get(i) {
                        self.put(&bang.as_char().to_string(), true);
                        self.glue = true;
                        i += 1;
                    }
                    if let Some(TokenTree::Group(g)) = trees.get(i) {
                        self.group(g.delimiter(), g.stream(), true);
                    }
                    self.newline();
                }
                TokenTree::Group(g) => {
                    let touch = match g.delimiter() {
                        // A call, an index or a macro's arguments touch what precedes them.
                        Delimiter::Parenthesis | Delimiter::Bracket => self.after_word,
                        _ => false,
                    };
                    self.group(g.delimiter(), g.stream(), touch);
                    if g.delimiter() == Delimiter::Brace {
                        // After a block: a new line unless the expression goes on.
                        let goes_on = matches!(
                            trees.get(i + 1),
                            Some(TokenTree::Punct(p)) if matches!(p.as_char(), ',' | ';' | '.' | '?' | ')')
                        ) || matches!(trees.get(i + 1), Some(TokenTree::Ident(id)) if id == "else");
                        if !goes_on && within == Delimiter::Brace {
                            self.newline();
                        }
                    }
                }
                TokenTree::Punct(p) => {
                    let c = p.as_char();
                    let next_is_group = matches!(trees.get(i + 1), Some(TokenTree::Group(_)));
                    let arrow = c == '>' && (self.out.ends_with('-') || self.out.ends_with('='));
                    let prefix_question = c == '?' && !self.after_word;
                    let touch = matches!(c, ',' | ';' | '.')
                        || (c == '?' && self.after_word)
                        || (c == ':' && (self.after_word || self.glue && self.out.ends_with(':')))
                        || (c == '!' && self.after_word && next_is_group)
                        || (c == '>' && !arrow && !self.glue && self.after_word)
                        || (c == '>' && self.out.ends_with('>'))
                        || (c == '<' && self.after_word);
                    self.put(&c.to_string(), touch);
                    self.glue = p.spacing() == Spacing::Joint
                        || matches!(c, '.' | '&' | '<' | '\'' | '#' | '$')
                        || (c == '!' && next_is_group)
                        || prefix_question
                        || (c == ':' && self.out.ends_with("::"));
                    // `Vec<T>::new`, `Vec<T>(..)`: a closing angle ends a word.
                    self.after_word = c == '>' && !arrow;
                    let joint = p.spacing() == Spacing::Joint;
                    match c {
                        '<' if !joint => angles += 1,
                        '>' if !arrow && !joint => angles = angles.saturating_sub(1),
                        ';' if within == Delimiter::Brace => {
                            self.end_where();
                            self.newline()
                        }
                        ',' if within == Delimiter::Brace && angles == 0 => self.newline(),
                        _ => {}
                    }
                }
                TokenTree::Ident(id) => {
                    // A `where` clause of an item starts a line, one bound per line after it.
                    if id == "where" && within == Delimiter::Brace {
                        self.newline();
                    }
                    self.put(&id.to_string(), false);
                    self.after_word = true;
                    if id == "where" && within == Delimiter::Brace {
                        self.newline();
                        self.depth += 1;
                        self.in_where = true;
                    }
                }
                TokenTree::Literal(l) => {
                    self.put(&l.to_string(), false);
                    self.after_word = true;
                }
            }
            i += 1;
        }
    }

    /// Whether `inner`, a list with commas printed on the current line, would pass 100 columns.
    fn too_long(&self, inner: &TokenStream) -> bool {
        let has_comma = inner
            .clone()
            .into_iter()
            .any(|t| matches!(t, TokenTree::Punct(p) if p.as_char() == ','));
        if !has_comma {
            return false;
        }
        let mut alone = Printer::default();
        alone.stream(inner.clone(), Delimiter::Parenthesis);
        let line = self.out.rsplit('\n').next().unwrap_or_default();
        // A signature's return type follows its parameters: leave room for it.
        let limit = if line.contains("fn ") { 60 } else { 100 };
        alone.out.contains('\n') || line.len() + alone.out.len() > limit
    }

    /// Leaves an item's `where` clause (its body or `;` follows), back on the item's level.
    fn end_where(&mut self) {
        if self.in_where {
            self.in_where = false;
            self.depth -= 1;
            self.newline();
        }
    }

    fn group(&mut self, delimiter: Delimiter, inner: TokenStream, touch: bool) {
        let (open, close) = match delimiter {
            Delimiter::Parenthesis => ("(", ")"),
            Delimiter::Bracket => ("[", "]"),
            Delimiter::Brace => ("{", "}"),
            Delimiter::None => ("", ""),
        };
        if delimiter == Delimiter::Brace {
            self.end_where();
        }
        if inner.is_empty() {
            self.put(&format!("{open}{close}"), touch);
            self.after_word = true;
            return;
        }
        self.put(open, touch);
        self.glue = true;
        // A block, or a long argument or parameter list: one item per line.
        if delimiter == Delimiter::Brace
            || delimiter == Delimiter::Parenthesis && self.too_long(&inner)
        {
            self.depth += 1;
            self.newline();
            self.stream(inner, Delimiter::Brace);
            self.depth -= 1;
            self.newline();
            self.put(close, false);
        } else {
            self.stream(inner, delimiter);
            self.put(close, true);
        }
        self.after_word = true;
    }
}

#[cfg(test)]
mod tests {
    use super::plain;
    use quote::quote;

    #[test]
    fn items_statements_and_fields_go_on_their_own_lines() {
        let text = plain(quote! {
            #[doc = " A thing."]
            #[derive(Clone, Debug)]
            pub struct Thing<T: ?Sized = Unset> { fields: Fields<3>, state: PhantomData<fn() -> (T,)>, }
            impl<'a, T> Thing<T> where T: Needs, {
                pub fn name(mut self, value: impl IntoValue<String>) -> Self {
                    self.fields.set::<String>(0, value);
                    if a != b { x } else { y }
                    match self { Self::A => "a", Self::B => "b", }
                }
            }
            pub mod vpc { include!(concat!(env!("OUT_DIR"), "/", "vpc.rs")); }
        });
        let expected = r#"#[doc = " A thing."]
#[derive(Clone, Debug)]
pub struct Thing<T: ?Sized = Unset> {
    fields: Fields<3>,
    state: PhantomData<fn() -> (T,)>,
}
impl<'a, T> Thing<T>
where
    T: Needs,
{
    pub fn name(mut self, value: impl IntoValue<String>) -> Self {
        self.fields.set::<String>(0, value);
        if a != b {
            x
        } else {
            y
        }
        match self {
            Self::A => "a",
            Self::B => "b",
        }
    }
}
pub mod vpc {
    include!(concat!(env!("OUT_DIR"), "/", "vpc.rs"));
}
"#;
        assert_eq!(text, expected);
    }

    /// Whatever the layout, the printed text reads back as the same tokens.
    #[test]
    fn the_text_parses_back_to_the_same_tokens() {
        let tokens = quote! {
            impl<X: IntoValue<Val<T>>> Into for X where X: 'static {}
            const A: &[&str] = &["a", "b"];
            const B: X = X { a: ::std::option::Option::None, b: a::b };
            fn f() -> Result<(), E> { let x = a::<b>(c)?.d[0] >= 1 && !e || f >> 2; Ok(()) }
            #[diagnostic::on_unimplemented(message = "`{Self}`", note = "x")]
            pub trait T {}
        };
        let text = plain(tokens.clone());
        let back: proc_macro2::TokenStream = text.parse().unwrap();
        assert_eq!(leaves(back), leaves(tokens), "{text}");
    }

    /// Every token as text, groups as their delimiters; joint and alone punctuation alike.
    fn leaves(tokens: proc_macro2::TokenStream) -> Vec<String> {
        let mut out = Vec::new();
        for t in tokens {
            match t {
                proc_macro2::TokenTree::Group(g) => {
                    out.push(format!("{:?}", g.delimiter()));
                    out.extend(leaves(g.stream()));
                    out.push("end".into());
                }
                other => out.push(other.to_string()),
            }
        }
        out
    }
}
