//! The one regular-expression dialect of rfs: `regex-lite`'s (Rust `regex` syntax without Unicode
//! classes; no look-around, no back-references). Spec patterns, input `regex` constraints, synth
//! and lint all compile with it, so a pattern means the same thing everywhere.

use std::collections::HashMap;

/// Compiled patterns, each compiled once.
#[derive(Default)]
pub struct Patterns(HashMap<(bool, String), Result<regex_lite::Regex, String>>);

impl Patterns {
    /// Whether the whole of `text` matches `pattern` (spec patterns). A pattern outside the
    /// dialect is an `Err` with the reason.
    pub fn whole(&mut self, pattern: &str, text: &str) -> Result<bool, String> {
        self.matches(true, pattern, text)
    }

    /// Whether `pattern` matches somewhere in `text` (input `regex` constraints, anchored by
    /// their authors where they mean it).
    pub fn find(&mut self, pattern: &str, text: &str) -> Result<bool, String> {
        self.matches(false, pattern, text)
    }

    fn matches(&mut self, whole: bool, pattern: &str, text: &str) -> Result<bool, String> {
        self.0
            .entry((whole, pattern.to_owned()))
            .or_insert_with(|| compile(pattern, whole))
            .as_ref()
            .map(|r| r.is_match(text))
            .map_err(Clone::clone)
    }
}

/// Compiles `pattern` in the rfs dialect (for the whole text when `whole`), or says why not in
/// one line.
pub fn compile(pattern: &str, whole: bool) -> Result<regex_lite::Regex, String> {
    let source = if whole {
        format!("^(?:{pattern})$")
    } else {
        pattern.to_owned()
    };
    regex_lite::Regex::new(&source).map_err(|e| {
        let text = e.to_string();
        let why = if pattern.contains("(?=")
            || pattern.contains("(?!")
            || pattern.contains("(?<=")
            || pattern.contains("(?<!")
        {
            "look-around is not supported".to_owned()
        } else {
            text.lines()
                .rev()
                .find(|l| !l.trim().is_empty())
                .unwrap_or("invalid")
                .trim()
                .trim_start_matches("error: ")
                .to_owned()
        };
        format!("the pattern is outside rfs's regex dialect: {why}")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_and_find() {
        let mut p = Patterns::default();
        assert_eq!(p.whole("[a-z]+", "abc"), Ok(true));
        assert_eq!(p.whole("[a-z]+", "abc1"), Ok(false));
        assert_eq!(p.find("[a-z]+", "1abc1"), Ok(true));
    }

    #[test]
    fn look_around_is_refused_with_one_message() {
        let mut p = Patterns::default();
        let e = p.find("^(?=.*[0-9]).{8,}$", "password1").unwrap_err();
        assert_eq!(
            e,
            "the pattern is outside rfs's regex dialect: look-around is not supported"
        );
    }
}
