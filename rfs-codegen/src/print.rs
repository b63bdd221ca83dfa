//! The printer of rfs's Rust output: the code `rfs-types`' build script generates and the
//! modules `rfs import` writes. Attributes, statements, fields and match arms go one per line,
//! indented by braces; an argument, parameter, array or `use` list that does not fit in 100
//! columns goes one item per line (with a trailing comma), and so does a method chain of two
//! calls or more, one `.call()` per line, as rustfmt lays them out. syn and prettyplease stay
//! off the build path of every crate that uses rfs and out of the `rfs` binary. The output is
//! valid Rust that reads line by line, which is what compile errors pointing into generated code
//! show.

use proc_macro2::{Delimiter, Spacing, TokenStream, TokenTree};

/// Words after which `::` starts a path instead of continuing one.
const KEYWORDS: [&str; 8] = ["impl", "dyn", "as", "for", "in", "return", "mut", "where"];

/// Words that start an item or a statement: a block holding one is not a comma-separated list.
const ITEM_WORDS: [&str; 10] = [
    "fn", "where", "impl", "struct", "enum", "trait", "mod", "let", "use", "const",
];

/// Lines are kept within this many columns where the layout rules allow.
const WIDTH: usize = 100;

/// The tokens as Rust source.
pub fn plain(tokens: TokenStream) -> String {
    let mut p = Printer::default();
    p.stream(&toks(tokens), Delimiter::Brace);
    if !p.out.ends_with('\n') {
        p.out.push('\n');
    }
    p.out
}

/// A line of a function body: statements, or a comment of its own.
#[derive(Clone, Debug)]
pub enum Line {
    /// Statements, laid out as [`plain`] lays them out (see [`Line::code`]).
    Code(Vec<Tok>),
    /// A `// ...` line. The text is data: whatever it holds stays on the one line (see
    /// [`comment`]).
    Comment(String),
}

impl Line {
    /// Statements from tokens.
    pub fn code(tokens: TokenStream) -> Line {
        Line::Code(toks(tokens))
    }
}

/// A function of a [`File`]: its doc lines, its signature (`pub fn stack() -> Stack`), and its
/// body, code and comments in order.
#[derive(Clone, Debug)]
pub struct Function {
    /// `///` lines.
    pub doc: Vec<String>,
    /// Everything before the body's braces.
    pub signature: TokenStream,
    /// The body.
    pub body: Vec<Line>,
}

/// A Rust file as a model, printed once: `//!` lines, items, then functions.
#[derive(Clone, Debug, Default)]
pub struct File {
    /// `//!` lines.
    pub doc: Vec<String>,
    /// Items (`use` declarations, ...), laid out by [`plain`].
    pub items: Vec<TokenStream>,
    /// Functions with commented bodies.
    pub functions: Vec<Function>,
}

impl File {
    /// The file's text. The model is consumed: a long body is printed, and freed, in two
    /// halves at once.
    pub fn print(self) -> String {
        let mut out = String::new();
        for line in &self.doc {
            out.push_str(&comment("//!", line));
            out.push('\n');
        }
        if !self.doc.is_empty() {
            out.push('\n');
        }
        for item in self.items {
            out.push_str(&plain(item));
        }
        for f in self.functions {
            if !out.is_empty() {
                out.push('\n');
            }
            for line in &f.doc {
                out.push_str(&comment("///", line));
                out.push('\n');
            }
            let signature = plain(f.signature);
            out.push_str(signature.trim_end());
            out.push_str(" {\n");
            out.push_str(&lines(f.body, 1));
            out.push_str("}\n");
        }
        out
    }
}

/// Body lines from which [`lines`] prints in two halves, the second on another thread.
const PARALLEL_LINES: usize = 512;

/// Body lines, indented `depth` levels.
pub fn lines(mut body: Vec<Line>, depth: usize) -> String {
    if body.len() < PARALLEL_LINES {
        return print_lines(body, depth);
    }
    // Each line is printed on its own: the halves join into the same text.
    let second = body.split_off(body.len() / 2);
    std::thread::scope(|scope| {
        let rest = scope.spawn(move || print_lines(second, depth));
        let mut out = print_lines(body, depth);
        match rest.join() {
            Ok(rest) => out.push_str(&rest),
            Err(panic) => std::panic::resume_unwind(panic),
        }
        out
    })
}

fn print_lines(body: Vec<Line>, depth: usize) -> String {
    // One printer for every line, its state reset between them.
    let mut p = Printer::default();
    for line in body {
        p.depth = depth;
        p.fresh = true;
        p.glue = false;
        p.after_word = false;
        match line {
            Line::Code(tokens) => {
                p.stream(&tokens, Delimiter::Brace);
                p.newline();
            }
            Line::Comment(text) => {
                for _ in 0..depth {
                    p.out.push_str("    ");
                }
                p.out.push_str(&comment("//", &text));
                p.out.push('\n');
                p.line_start = p.out.len();
            }
        }
    }
    p.out
}

/// One comment line: `marker`, a space and the text, with every character that could end the
/// line or change how it reads written as an escape (see `rfs_facts::text::escape`).
pub fn comment(marker: &str, text: &str) -> String {
    if text.is_empty() {
        marker.to_owned()
    } else {
        format!("{marker} {}", rfs_facts::text::escape(text))
    }
}

/// How many columns the tokens take on one line, as [`plain`] spaces them; measuring stops
/// once they pass `budget` (the result is then some width above it).
fn flat_width(trees: &[Tok], budget: usize) -> usize {
    thread_local! {
        /// The measuring printer's text, kept between measurements.
        static SCRATCH: std::cell::Cell<String> = const { std::cell::Cell::new(String::new()) };
    }
    let mut out = SCRATCH.take();
    out.clear();
    let mut p = Printer {
        out,
        flat: true,
        budget,
        ..Printer::default()
    };
    p.stream(trees, Delimiter::Parenthesis);
    SCRATCH.set(p.out);
    p.width
}

/// A token tree as the printer walks it: proc_macro2's trees taken apart once, so that
/// measuring a piece never copies it and tools read statements without copying them.
#[derive(Clone, Debug, PartialEq)]
pub enum Tok {
    /// A delimited group.
    Group(Delimiter, Vec<Tok>),
    /// An identifier or keyword.
    Ident(String),
    /// One punctuation character, joint with the next or not (`-` of `->` is joint).
    Punct(char, Spacing),
    /// A literal, as written.
    Literal(String),
}

impl Tok {
    /// Whether it is the punctuation `c`.
    pub fn is(&self, c: char) -> bool {
        matches!(self, Tok::Punct(p, _) if *p == c)
    }

    /// Whether it is a joint punctuation (`-` of `->`, `=` of `==`).
    fn joint(&self) -> bool {
        matches!(self, Tok::Punct(_, Spacing::Joint))
    }
}

/// The trees of `tokens`, consumed.
pub fn toks(tokens: TokenStream) -> Vec<Tok> {
    tokens
        .into_iter()
        .map(|t| match t {
            TokenTree::Group(g) => {
                let (delimiter, inner) = (g.delimiter(), g.stream());
                drop(g); // `inner` is then the stream's only owner: not copied.
                Tok::Group(delimiter, toks(inner))
            }
            TokenTree::Ident(id) => Tok::Ident(id.to_string()),
            TokenTree::Punct(p) => Tok::Punct(p.as_char(), p.spacing()),
            TokenTree::Literal(l) => Tok::Literal(l.to_string()),
        })
        .collect()
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
    /// Everything on one line (to measure what a piece would take).
    flat: bool,
    /// Inside an attribute (its brackets are never broken, and no comma is added).
    in_attr: bool,
    /// Inside a macro's arguments (`json!({...})`): braces hold a list, not a block.
    in_macro: bool,
    /// With `flat`: the columns printed so far.
    width: usize,
    /// With `flat`: the columns after which printing stops (the piece is too long anyway).
    budget: usize,
    /// Where the current line starts in `out`.
    line_start: usize,
}

/// A method chain that does not fit on its line: a new line before each of its `.call`s.
struct Chain {
    /// Index of the tree that ends the expression (`,`, `;` or the end).
    end: usize,
    /// Depth of the line the chain starts on; its calls go one deeper.
    depth: usize,
    /// Indices of the `.` of each call.
    dots: Vec<usize>,
}

impl Printer {
    fn newline(&mut self) {
        if !self.flat && !self.fresh && !self.out.is_empty() {
            self.out.push('\n');
            self.line_start = self.out.len();
            self.fresh = true;
        }
    }

    /// The text of a doc attribute (`[doc = "…"]`, or `![doc = "…"]` for an inner one) that reads
    /// the same as comment lines: a plain or raw string literal without carriage returns.
    fn doc_comment(&self, rest: &[Tok]) -> Option<(bool, String)> {
        if self.flat {
            return None;
        }
        let (inner, group) = match rest {
            [Tok::Punct('!', _), Tok::Group(Delimiter::Bracket, g), ..] => (true, g),
            [Tok::Group(Delimiter::Bracket, g), ..] => (false, g),
            _ => return None,
        };
        match group.as_slice() {
            [Tok::Ident(doc), Tok::Punct('=', _), Tok::Literal(lit)] if doc == "doc" => {
                string_value(lit)
                    .filter(|text| !text.contains('\r'))
                    .map(|text| (inner, text))
            }
            _ => None,
        }
    }

    /// Whether the last word printed is a keyword that a path may follow (`impl ::std::…`).
    fn after_keyword(&self) -> bool {
        let word = self
            .out
            .rsplit(|c: char| !(c.is_alphanumeric() || c == '_'))
            .next()
            .unwrap_or_default();
        KEYWORDS.contains(&word)
    }

    /// Where the next token would start on the current line.
    fn column(&self) -> usize {
        if self.fresh || self.out.is_empty() {
            return self.depth * 4;
        }
        self.out[self.line_start..].chars().count()
    }

    /// Prints `text`, with a space before it unless `touch` or the previous token glues.
    fn put(&mut self, text: &str, touch: bool) {
        if !self.flat && (self.fresh || self.out.is_empty()) {
            for _ in 0..self.depth {
                self.out.push_str("    ");
            }
        } else if !touch && !self.glue && !self.out.is_empty() {
            self.out.push(' ');
            self.width += 1;
        }
        if self.flat {
            self.width += text.chars().count();
        }
        self.out.push_str(text);
        self.fresh = false;
        self.glue = false;
        self.after_word = false;
    }

    /// The method chain starting at `trees[start]`, if it has two calls or more and does not
    /// fit on the current line.
    fn chain(&self, trees: &[Tok], start: usize) -> Option<Chain> {
        if self.flat || self.in_attr {
            return None;
        }
        let mut angles = 0usize;
        let mut end = trees.len();
        let mut dots = Vec::new();
        for j in start..trees.len() {
            let Tok::Punct(c, spacing) = &trees[j] else {
                continue;
            };
            let joint = *spacing == Spacing::Joint;
            match c {
                ',' | ';' if angles == 0 => {
                    end = j;
                    break;
                }
                '<' if !joint => angles += 1,
                '>' if !joint && !is_arrow(trees, j) => angles = angles.saturating_sub(1),
                '.' if !joint
                    && !trees.get(j.wrapping_sub(1)).is_some_and(|t| t.is('.'))
                    && matches!(trees.get(j + 1), Some(Tok::Ident(_))) =>
                {
                    dots.push(j)
                }
                _ => {}
            }
        }
        if dots.len() < 2 {
            return None;
        }
        let budget = WIDTH.saturating_sub(self.column() + 1);
        let width = flat_width(&trees[start..end], budget);
        (width > budget).then_some(Chain {
            end,
            depth: self.depth,
            dots,
        })
    }

    /// The trees of a stream inside `within` (a brace group's content is one item per line).
    fn stream(&mut self, trees: &[Tok], within: Delimiter) {
        // Open generic angle brackets: a comma inside them does not end a line.
        let mut angles = 0usize;
        let mut chain: Option<Chain> = None;
        // At the start of an expression (a method chain may begin).
        let mut expression = true;
        // The previous tree was a joint punct (`=` after it is part of `==`, `<=`, ...).
        let mut prev_joint = false;
        let mut i = 0;
        while i < trees.len() {
            if self.flat && self.width > self.budget {
                return;
            }
            if chain.as_ref().is_some_and(|c| i >= c.end) {
                self.depth = chain.take().map_or(self.depth, |c| c.depth);
            }
            if expression && chain.is_none() {
                chain = self.chain(trees, i);
            }
            expression = false;
            match &trees[i] {
                // An outer or inner attribute: on a line of its own.
                Tok::Punct('#', _)
                    if matches!(
                        trees.get(i + 1),
                        Some(Tok::Group(Delimiter::Bracket, _) | Tok::Punct('!', _))
                    ) =>
                {
                    self.newline();
                    if let Some((inner, text)) = self.doc_comment(&trees[i + 1..]) {
                        // `#[doc = "…"]` as `///` lines, `#![doc = "…"]` as `//!` lines.
                        let marker = if inner { "//!" } else { "///" };
                        for line in text.split('\n') {
                            self.put(&format!("{marker}{line}"), false);
                            self.newline();
                        }
                        i += if inner { 3 } else { 2 };
                        continue;
                    }
                    self.put("#", false);
                    self.glue = true;
                    i += 1;
                    if let Some(Tok::Punct(bang, _)) = trees.get(i) {
                        self.put(bang.encode_utf8(&mut [0; 4]), true);
                        self.glue = true;
                        i += 1;
                    }
                    if let Some(Tok::Group(delimiter, inner)) = trees.get(i) {
                        let outer = std::mem::replace(&mut self.in_attr, true);
                        self.group(*delimiter, inner, true, 0);
                        self.in_attr = outer;
                    }
                    self.newline();
                }
                Tok::Group(delimiter, inner) => {
                    let delimiter = *delimiter;
                    let touch = match delimiter {
                        // A call, an index or a macro's arguments touch what precedes them
                        // (not a lifetime: `&'static [T]`).
                        Delimiter::Parenthesis | Delimiter::Bracket => {
                            self.after_word && !self.after_lifetime()
                        }
                        _ => false,
                    };
                    // A signature's parameters share their line with what follows them, up to
                    // the body, `;` or `where`.
                    let mut tail = 0;
                    if delimiter == Delimiter::Parenthesis && self.in_signature() {
                        let rest = trees[i + 1..]
                            .iter()
                            .take_while(|t| match t {
                                Tok::Group(d, _) => *d != Delimiter::Brace,
                                Tok::Punct(c, _) => *c != ';',
                                Tok::Ident(id) => id != "where",
                                Tok::Literal(_) => true,
                            })
                            .count();
                        tail = flat_width(&trees[i + 1..i + 1 + rest], WIDTH) + 2;
                    }
                    self.group(delimiter, inner, touch, tail);
                    if delimiter == Delimiter::Brace && !self.flat {
                        // After a block: a new line unless the expression goes on.
                        let goes_on = matches!(
                            trees.get(i + 1),
                            Some(Tok::Punct(',' | ';' | '.' | '?' | ')', _))
                        ) || matches!(trees.get(i + 1), Some(Tok::Ident(id)) if id == "else");
                        if !goes_on && within == Delimiter::Brace {
                            self.newline();
                        }
                    }
                }
                Tok::Punct(c, spacing) => {
                    let (c, joint) = (*c, *spacing == Spacing::Joint);
                    if c == '.' && chain.as_ref().is_some_and(|ch| ch.dots.contains(&i)) {
                        self.depth = chain.as_ref().map_or(self.depth, |ch| ch.depth + 1);
                        self.newline();
                    }
                    let next_is_group = matches!(trees.get(i + 1), Some(Tok::Group(..)));
                    let arrow = c == '>' && (self.out.ends_with('-') || self.out.ends_with('='));
                    let prefix_question = c == '?' && !self.after_word;
                    let after_word = self.after_word;
                    let touch = matches!(c, ',' | ';' | '.')
                        || (c == '?' && self.after_word)
                        || (c == ':'
                            && (self.after_word && !self.after_keyword()
                                || self.glue && self.out.ends_with(':')))
                        || (c == '!' && self.after_word && next_is_group)
                        || (c == '>' && !arrow && !self.glue && self.after_word)
                        || (c == '>' && self.out.ends_with('>'))
                        || (c == '<' && self.after_word);
                    self.put(c.encode_utf8(&mut [0; 4]), touch);
                    self.glue = joint
                        || matches!(c, '.' | '&' | '<' | '\'' | '#' | '$')
                        || (c == '!' && next_is_group)
                        || prefix_question
                        || (matches!(c, '-' | '!') && !after_word)
                        || (c == ':' && self.out.ends_with("::"));
                    // `Vec<T>::new`, `Vec<T>(..)`: a closing angle ends a word.
                    self.after_word = c == '>' && !arrow;
                    // After `,`, `;`, `=` or `=>` an expression starts.
                    expression = matches!(c, ',' | ';')
                        || c == '=' && !joint && !prev_joint
                        || c == '>' && arrow && self.out.ends_with("=>");
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
                Tok::Ident(id) => {
                    // A `where` clause of an item starts a line, one bound per line after it.
                    let item_where = id == "where" && within == Delimiter::Brace && !self.flat;
                    if item_where {
                        self.newline();
                    }
                    self.put(id, false);
                    self.after_word = true;
                    if item_where {
                        self.newline();
                        self.depth += 1;
                        self.in_where = true;
                    }
                }
                Tok::Literal(l) => {
                    self.put(l, false);
                    self.after_word = true;
                }
            }
            prev_joint = trees[i].joint();
            i += 1;
        }
        if let Some(c) = chain {
            self.depth = c.depth;
        }
    }

    /// Whether `inner`, a list printed on the current line and followed by `tail` columns
    /// (its closing delimiter and what follows on the line, at least 2), would pass 100 columns.
    fn too_long(&self, inner: &[Tok], tail: usize) -> bool {
        let budget = WIDTH.saturating_sub(self.column() + tail.max(2));
        flat_width(inner, budget) > budget
    }

    /// Whether the current line is a function's signature so far (`fn name` without a `->`).
    fn in_signature(&self) -> bool {
        let line = &self.out[self.line_start..];
        line.contains("fn ") && !line.contains("->")
    }

    /// Whether the last word printed is a lifetime (`'static`).
    fn after_lifetime(&self) -> bool {
        let word_start = self
            .out
            .char_indices()
            .rev()
            .find(|(_, c)| !(c.is_alphanumeric() || *c == '_'))
            .map_or(0, |(at, c)| at + c.len_utf8());
        self.out[..word_start].ends_with('\'')
    }

    /// Leaves an item's `where` clause (its body or `;` follows), back on the item's level.
    fn end_where(&mut self) {
        if self.in_where {
            // The last bound takes a comma, as rustfmt writes it.
            if !self.fresh && !self.out.ends_with(',') {
                self.out.push(',');
            }
            self.in_where = false;
            self.depth -= 1;
            self.newline();
        }
    }

    fn group(&mut self, delimiter: Delimiter, inner: &[Tok], touch: bool, tail: usize) {
        let (open, close) = match delimiter {
            Delimiter::Parenthesis => ("(", ")"),
            Delimiter::Bracket => ("[", "]"),
            Delimiter::Brace => ("{", "}"),
            Delimiter::None => ("", ""),
        };
        if delimiter == Delimiter::Brace && !self.flat {
            self.end_where();
        }
        if inner.is_empty() {
            self.put(&format!("{open}{close}"), touch);
            self.after_word = true;
            return;
        }
        // `use a::{b, c}`: a list, not a block.
        let use_list = delimiter == Delimiter::Brace && self.out.ends_with("::");
        let macro_args = self.out.ends_with('!');
        // `json!({...})`, `vec![...]`: the one group the macro takes opens on the call's line.
        if macro_args
            && !self.flat
            && !self.in_attr
            && let [Tok::Group(only, only_inner)] = inner
            && *only != Delimiter::None
        {
            self.put(open, touch);
            self.glue = true;
            let outer = std::mem::replace(&mut self.in_macro, true);
            self.group(*only, only_inner, true, tail + 1);
            self.in_macro = outer;
            self.put(close, true);
            self.after_word = true;
            return;
        }
        let brace_list = delimiter == Delimiter::Brace && (use_list || self.in_macro);
        let list = matches!(delimiter, Delimiter::Parenthesis | Delimiter::Bracket) || brace_list;
        let block = delimiter == Delimiter::Brace && !brace_list;
        self.put(open, touch);
        self.glue = !block || !self.flat;
        // An attribute's brackets stay on one line; a long argument list inside them breaks.
        let attr_brackets = self.in_attr && delimiter == Delimiter::Bracket;
        // One argument that ends in a macro's group (`f(json!({...}))`, `f(vec![...])`): the
        // parentheses stay on the line and the group breaks, as rustfmt lets it overflow.
        if delimiter == Delimiter::Parenthesis
            && !self.flat
            && !self.in_attr
            && overflows(inner)
            && self.too_long(inner, tail)
        {
            self.glue = true;
            self.stream(inner, Delimiter::Parenthesis);
            self.put(close, true);
            self.after_word = true;
            return;
        }
        if self.flat || attr_brackets || list && !self.too_long(inner, tail) {
            let within = match delimiter {
                Delimiter::Brace if brace_list => Delimiter::Parenthesis,
                other => other,
            };
            self.stream(inner, within);
            self.put(close, !block);
        } else {
            // A block, or a list too long for its line: one item per line.
            let trailing = (!macro_args || delimiter == Delimiter::Bracket)
                && !self.in_attr
                && takes_trailing_comma(inner, delimiter, touch, brace_list);
            self.depth += 1;
            self.newline();
            self.stream(inner, Delimiter::Brace);
            if trailing {
                // After a block the printer is already on a new line: the comma ends the block's.
                if self.fresh && self.out.ends_with('\n') {
                    self.out.pop();
                    self.line_start = self.out.rfind('\n').map_or(0, |at| at + 1);
                    self.fresh = false;
                }
                self.put(",", true);
            }
            self.depth -= 1;
            self.newline();
            self.put(close, false);
        }
        self.after_word = true;
    }
}

/// The value of a string literal as written in Rust source (`"a\"b"`, `r"a"`, `r#"a"#`), if it
/// uses only the common escapes.
fn string_value(literal: &str) -> Option<String> {
    if let Some(raw) = literal.strip_prefix('r') {
        let hashes = raw.len() - raw.trim_start_matches('#').len();
        let body = raw.get(hashes..raw.len().checked_sub(hashes)?)?;
        return body.strip_prefix('"')?.strip_suffix('"').map(str::to_owned);
    }
    let body = literal.strip_prefix('"')?.strip_suffix('"')?;
    let mut out = String::with_capacity(body.len());
    let mut chars = body.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next()? {
            'n' => out.push('\n'),
            't' => out.push('\t'),
            '\\' => out.push('\\'),
            '"' => out.push('"'),
            '\'' => out.push('\''),
            '0' => out.push('\0'),
            'u' => {
                let rest = chars.as_str();
                let end = rest.find('}')?;
                let code = u32::from_str_radix(rest.get(1..end)?, 16).ok()?;
                out.push(char::from_u32(code)?);
                chars = rest[end + 1..].chars();
            }
            _ => return None,
        }
    }
    Some(out)
}

/// Whether a list broken one item per line takes a comma after its last item, where the comma
/// changes nothing: call arguments and parameters (`call` is true), `use` lists, tuples and
/// arrays that already have a comma (not `(x)`, `[T]` or `[T; N]`), and blocks of
/// comma-separated items (fields, variants, match arms; not items, not `..base`). A comma inside
/// generic angle brackets does not count.
fn takes_trailing_comma(trees: &[Tok], delimiter: Delimiter, call: bool, use_list: bool) -> bool {
    let has = |c: char| trees.iter().any(|t| t.is(c));
    let mut angles = 0usize;
    let separated = trees.iter().enumerate().any(|(j, t)| match t {
        Tok::Punct(c, Spacing::Alone) => match c {
            '<' => {
                angles += 1;
                false
            }
            '>' if !is_arrow(trees, j) => {
                angles = angles.saturating_sub(1);
                false
            }
            ',' => angles == 0,
            _ => false,
        },
        _ => false,
    });
    let last_item = trees.iter().rposition(|t| t.is(',')).map_or(0, |at| at + 1);
    // `..base` of a struct literal, `..` of a pattern.
    let rest = matches!(trees.get(last_item), Some(Tok::Punct('.', Spacing::Joint)));
    // `{ name: value }`: fields, even one.
    let fields = matches!(trees, [Tok::Ident(_), Tok::Punct(':', Spacing::Alone), ..]);
    let items = trees
        .iter()
        .any(|t| matches!(t, Tok::Ident(id) if ITEM_WORDS.contains(&id.as_str())));
    let ends_with_comma = trees.last().is_some_and(|t| t.is(','));
    !rest
        && !ends_with_comma
        && !has(';')
        && match delimiter {
            Delimiter::Brace => use_list || (separated || fields) && !items,
            Delimiter::Parenthesis => call || has(','),
            _ => has(','),
        }
}

/// Whether a parenthesized list is one macro call with one group as its argument
/// (`json!({...})`, `vec![...]`), which may overflow the parentheses around it.
fn overflows(inner: &[Tok]) -> bool {
    match inner {
        [Tok::Ident(_), Tok::Punct('!', _), Tok::Group(d, g)] => {
            *d == Delimiter::Bracket || matches!(g.as_slice(), [Tok::Group(..)])
        }
        _ => false,
    }
}

/// Whether the `>` at `trees[j]` ends `->` or `=>`.
fn is_arrow(trees: &[Tok], j: usize) -> bool {
    matches!(
        trees.get(j.wrapping_sub(1)),
        Some(Tok::Punct('-' | '=', Spacing::Joint))
    )
}

#[cfg(test)]
mod tests {
    use super::plain;
    use quote::quote;

    #[test]
    fn a_file_model_prints_comments_as_data() {
        use super::{File, Function, Line};
        let file = File {
            doc: vec![
                "Made by a tool.".into(),
                String::new(),
                "a\nb */ \u{202e}".into(),
            ],
            items: vec![quote!(
                use rfs_dsl::Stack;
            )],
            functions: vec![Function {
                doc: vec!["Builds it.".into()],
                signature: quote!(pub fn stack() -> Stack),
                body: vec![
                    Line::Comment("why:\r\nbecause".into()),
                    Line::code(quote!(let mut stack = Stack::new("x\ny");)),
                    Line::code(quote!(stack.metadata(&web, json!({"a": 1, "b": [x.id(), null]}));)),
                    Line::code(quote!(stack)),
                ],
            }],
        };
        let expected = r#"//! Made by a tool.
//!
//! a\u{a}b */ \u{202e}

use rfs_dsl::Stack;

/// Builds it.
pub fn stack() -> Stack {
    // why:\u{d}\u{a}because
    let mut stack = Stack::new("x\ny");
    stack.metadata(&web, json!({"a": 1, "b": [x.id(), null]}));
    stack
}
"#;
        assert_eq!(file.print(), expected);
    }

    #[test]
    fn items_statements_and_fields_go_on_their_own_lines() {
        let text = plain(quote! {
            #[doc = " A thing,\n on two lines."]
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
        let expected = r#"/// A thing,
/// on two lines.
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
            #[doc = " Quoted \"words\", a \\ and a \u{e9}."]
            /// A raw one.
            #[doc = "\r stays an attribute"]
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

    #[test]
    fn a_long_chain_goes_one_call_per_line_and_long_lists_one_item_per_line() {
        let tokens = quote! {
            use rfs_dsl::types::{mysql, rds};
            use rfs_dsl::{Input, Stack, Requirement, Mapping, Target, Output, Condition, FunctionValue, Parameter, json};
            fn f() {
                let id = stack.untyped_input("shop_vpc_id", Input::untyped().description("VPC ID of the MySQL instance").label(""));
                stack.add("shop-mysql", rds::MySql::builder().data_store(mysql::DataStore::builder().dbtype(mysql::DataStoreDbtype::MySql).version(mysql::DataStoreVersion::V8_0).build()).db_port(3306).build());
                let short = a.b().c();
                let tuple = (first_element_of_a_long_tuple, second_element_of_a_long_tuple, third_element_of_the_tuple);
                let parenthesized = (a_rather_long_expression_name + another_rather_long_expression_name + more);
            }
        };
        let text = plain(tokens.clone());
        let expected = r#"use rfs_dsl::types::{mysql, rds};
use rfs_dsl::{
    Input,
    Stack,
    Requirement,
    Mapping,
    Target,
    Output,
    Condition,
    FunctionValue,
    Parameter,
    json,
};
fn f() {
    let id = stack.untyped_input(
        "shop_vpc_id",
        Input::untyped().description("VPC ID of the MySQL instance").label(""),
    );
    stack.add(
        "shop-mysql",
        rds::MySql::builder()
            .data_store(
                mysql::DataStore::builder()
                    .dbtype(mysql::DataStoreDbtype::MySql)
                    .version(mysql::DataStoreVersion::V8_0)
                    .build(),
            )
            .db_port(3306)
            .build(),
    );
    let short = a.b().c();
    let tuple = (
        first_element_of_a_long_tuple,
        second_element_of_a_long_tuple,
        third_element_of_the_tuple,
    );
    let parenthesized = (
        a_rather_long_expression_name + another_rather_long_expression_name + more
    );
}
"#;
        assert_eq!(text, expected);
        let back: proc_macro2::TokenStream = text.parse().unwrap();
        assert_eq!(leaves(back), leaves(tokens), "{text}");
    }

    mod any_expression {
        use proc_macro2::{Literal, TokenStream};
        use proptest::prelude::*;
        use quote::{format_ident, quote};

        /// Expressions as `rfs import` writes them: paths, calls, method chains, arrays,
        /// tuples, references, turbofish, text of any kind and numbers.
        fn expression() -> impl Strategy<Value = TokenStream> {
            let leaf = prop_oneof![
                "[a-z][a-z_]{0,12}".prop_map(|n| {
                    let n = format_ident!("{}", n);
                    quote!(#n)
                }),
                any::<String>().prop_map(|t| {
                    let l = Literal::string(&t);
                    quote!(#l)
                }),
                any::<i64>().prop_map(|n| quote!(#n)),
                Just(quote!(vpc::VpcId::existing("x"))),
            ];
            leaf.prop_recursive(5, 60, 6, |inner| {
                let list = prop::collection::vec(inner.clone(), 0..5);
                prop_oneof![
                    (inner.clone(), "[a-z][a-z_]{0,15}", list.clone()).prop_map(
                        |(recv, m, args)| {
                            let m = format_ident!("{}", m);
                            quote!(#recv.#m(#(#args),*))
                        }
                    ),
                    list.clone()
                        .prop_map(|args| quote!(rds::MySql::builder(#(#args),*))),
                    list.clone().prop_map(|items| quote!([#(#items),*])),
                    list.prop_map(|items| quote!((#(#items,)*))),
                    inner.clone().prop_map(|e| quote!(&#e)),
                    inner
                        .clone()
                        .prop_map(|e| quote!(Input::<String>::new().default_value(#e))),
                    // What `rfs import` writes for maps and long lists.
                    prop::collection::vec(("[a-z]{1,20}", inner.clone()), 0..6).prop_map(
                        |entries| {
                            let entries = entries.into_iter().map(|(k, v)| quote!(#k: #v));
                            quote!(json!({#(#entries),*}))
                        }
                    ),
                    prop::collection::vec(inner.clone(), 0..6)
                        .prop_map(|items| quote!(vec![#(#items),*])),
                    inner.prop_map(|e| quote!(f(json!([#e, null])))),
                ]
            })
        }

        proptest! {
            /// Whatever the layout, the text reads back as the same tokens.
            #[test]
            fn layout_keeps_the_tokens(exprs in prop::collection::vec(expression(), 1..4)) {
                let tokens = quote!(fn f() { #(let x = #exprs;)* stack });
                let text = super::plain(tokens.clone());
                let back: TokenStream = text.parse().map_err(|e| {
                    TestCaseError::fail(format!("{e}\n{text}"))
                })?;
                prop_assert_eq!(super::leaves(back), super::leaves(tokens), "{}", text);
            }
        }
    }

    /// Every token as text, groups as their delimiters; joint and alone punctuation alike. A
    /// comma right before a group's end is left out: the printer adds one where a list breaks.
    fn leaves(tokens: proc_macro2::TokenStream) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for t in tokens {
            match t {
                proc_macro2::TokenTree::Group(g) => {
                    // The printer ends a `where` clause with a comma too.
                    if g.delimiter() == proc_macro2::Delimiter::Brace
                        && out.last().is_some_and(|l| l == ",")
                    {
                        out.pop();
                    }
                    out.push(format!("{:?}", g.delimiter()));
                    out.extend(leaves(g.stream()));
                    if out.last().is_some_and(|l| l == ",") {
                        out.pop();
                    }
                    out.push("end".into());
                }
                // A doc comment reads back as a literal spelled another way: compare values.
                proc_macro2::TokenTree::Literal(l) => {
                    let text = l.to_string();
                    out.push(super::string_value(&text).unwrap_or(text));
                }
                other => out.push(other.to_string()),
            }
        }
        out
    }
}
