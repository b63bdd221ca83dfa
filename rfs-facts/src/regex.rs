//! The one regular-expression dialect of rfs: `regex-lite`'s (Rust `regex` syntax without Unicode
//! classes; no look-around, no back-references). Spec patterns, input `regex` constraints, synth
//! and lint all compile with it, so a pattern means the same thing everywhere.

use std::collections::HashMap;

/// Compiled patterns, each compiled once.
#[derive(Default)]
pub struct Patterns {
    whole: HashMap<String, Result<Matcher, String>>,
    find: HashMap<String, Result<regex_lite::Regex, String>>,
}

/// A whole-text pattern, compiled: most spec patterns are one character class repeated
/// (`[A-Za-z0-9_.-]{0,64}`, `^[a-z0-9-]+$`), matched directly; the others by `regex-lite`.
enum Matcher {
    Class(Class),
    Regex(regex_lite::Regex),
}

impl Patterns {
    /// Whether the whole of `text` matches `pattern` (spec patterns). A pattern outside the
    /// dialect is an `Err` with the reason.
    pub fn whole(&mut self, pattern: &str, text: &str) -> Result<bool, String> {
        let run = |m: &Result<Matcher, String>| match m {
            Ok(Matcher::Class(c)) => Ok(c.matches(text)),
            Ok(Matcher::Regex(r)) => Ok(r.is_match(text)),
            Err(e) => Err(e.clone()),
        };
        if let Some(m) = self.whole.get(pattern) {
            return run(m);
        }
        let m = match Class::parse(pattern) {
            Some(c) => Ok(Matcher::Class(c)),
            None => compile(pattern, true).map(Matcher::Regex),
        };
        let result = run(&m);
        self.whole.insert(pattern.to_owned(), m);
        result
    }

    /// Whether `pattern` matches somewhere in `text` (input `regex` constraints, anchored by
    /// their authors where they mean it).
    pub fn find(&mut self, pattern: &str, text: &str) -> Result<bool, String> {
        if !self.find.contains_key(pattern) {
            self.find
                .insert(pattern.to_owned(), compile(pattern, false));
        }
        match &self.find[pattern] {
            Ok(r) => Ok(r.is_match(text)),
            Err(e) => Err(e.clone()),
        }
    }
}

/// One character class, repeated `min..=max` times, matching a whole text.
struct Class {
    ranges: Vec<(char, char)>,
    min: usize,
    max: usize,
}

impl Class {
    /// The class a pattern is, when it is only one (anchors aside): `^?[...]q$?` with `q` one
    /// of nothing, `*`, `+`, `?`, `{m}`, `{m,}`, `{m,n}`; the class holds characters, ranges
    /// and the escapes `\.`, `\-`, `\_`, `\\`, `\[`, `\]`, `\^`, `\$`, `\uXXXX`. Anything else
    /// is left to `regex-lite`.
    fn parse(pattern: &str) -> Option<Class> {
        let p = pattern.strip_prefix('^').unwrap_or(pattern);
        let p = match p.strip_suffix('$') {
            Some(rest) if !rest.ends_with('\\') => rest,
            _ => p,
        };
        let mut chars = p.strip_prefix('[')?.chars().peekable();
        if chars.peek() == Some(&'^') {
            return None;
        }
        let mut ranges = Vec::new();
        let literal = |chars: &mut std::iter::Peekable<std::str::Chars<'_>>| -> Option<char> {
            match chars.next()? {
                '\\' => match chars.next()? {
                    c @ ('.' | '-' | '_' | '\\' | '[' | ']' | '^' | '$') => Some(c),
                    'u' => {
                        let hex: String = (0..4).map(|_| chars.next()).collect::<Option<_>>()?;
                        char::from_u32(u32::from_str_radix(&hex, 16).ok()?)
                    }
                    _ => None,
                },
                '[' => None,
                c => Some(c),
            }
        };
        loop {
            if chars.peek() == Some(&']') && !ranges.is_empty() {
                chars.next();
                break;
            }
            let lo = literal(&mut chars)?;
            let mut ahead = chars.clone();
            if ahead.next() == Some('-') && ahead.peek().is_some_and(|c| *c != ']') {
                chars.next();
                let hi = literal(&mut chars)?;
                if hi < lo {
                    return None;
                }
                ranges.push((lo, hi));
            } else {
                ranges.push((lo, lo));
            }
        }
        let rest: String = chars.collect();
        let (min, max) = match rest.as_str() {
            "" => (1, 1),
            "*" => (0, usize::MAX),
            "+" => (1, usize::MAX),
            "?" => (0, 1),
            q => {
                let inner = q.strip_prefix('{')?.strip_suffix('}')?;
                match inner.split_once(',') {
                    None => {
                        let n = inner.parse().ok()?;
                        (n, n)
                    }
                    Some((m, "")) => (m.parse().ok()?, usize::MAX),
                    Some((m, n)) => (m.parse().ok()?, n.parse().ok()?),
                }
            }
        };
        (min <= max).then_some(Class { ranges, min, max })
    }

    fn matches(&self, text: &str) -> bool {
        let mut n = 0usize;
        for c in text.chars() {
            if !self.ranges.iter().any(|(lo, hi)| (*lo..=*hi).contains(&c)) {
                return false;
            }
            n += 1;
        }
        (self.min..=self.max).contains(&n)
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

    /// The direct matcher and `regex-lite` agree on every spec pattern's shape, over texts
    /// made of the characters that matter.
    #[test]
    fn class_patterns_match_as_regex_lite_does() {
        let patterns = [
            "[A-Za-z0-9_.-]{0,64}",
            "[A-Za-z0-9_-]{0,64}",
            "^[-_a-zA-Z0-9\\u4e00-\\u9fa5]*$",
            "^[a-zA-Z0-9_-]+$",
            "^[-_a-zA-Z0-9\\.]*$",
            "[-_a-zA-Z0-9]*$",
            "[a-z0-9-]+",
            "^[0-9a-zA-Z-_]*$",
            "[ab]{2}",
            "[ab]{2,}",
            "[ab]?",
            "[a\\]]*",
        ];
        let alphabet: Vec<char> = "aZ09_-.\\]^ \u{4e2d}/Yb\u{9fa6}".chars().collect();
        let mut seed = 7u64;
        let mut next = || {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) as usize
        };
        for p in patterns {
            let class = Class::parse(p).unwrap_or_else(|| panic!("{p} is one class"));
            let regex = compile(p, true).unwrap();
            for _ in 0..3000 {
                let len = next() % 70;
                let text: String = (0..len)
                    .map(|_| alphabet[next() % alphabet.len()])
                    .collect();
                assert_eq!(
                    class.matches(&text),
                    regex.is_match(&text),
                    "{p} on {text:?}"
                );
            }
        }
        for other in [
            "(^$)|(^[a-z]([-a-z0-9]*[a-z0-9])?$)",
            "^/[0-9]*",
            "[^a]",
            "[a-z]\\d",
        ] {
            assert!(Class::parse(other).is_none(), "{other}");
        }
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
