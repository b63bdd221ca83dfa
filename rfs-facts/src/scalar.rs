//! What a plain (unquoted, untagged) YAML scalar means: to YAML 1.2 readers (the core schema,
//! which rfs reads by), and to the YAML 1.1 readers still common in deployment tools (PyYAML's
//! and SnakeYAML's resolvers). The platform's reader is not documented, so a plain scalar the
//! two families read differently is ambiguous: `rfs lint` reports it (rule `yaml-version`) and
//! the DSL's writer quotes text that any of them would not read as text.

use std::sync::OnceLock;

use regex_lite::Regex;

use crate::tree::Yaml;

/// A plain scalar as YAML 1.2's core schema reads it.
#[derive(Clone, Debug, PartialEq)]
pub enum Core {
    /// `null`, `Null`, `NULL`, `~` or nothing.
    Null,
    /// `true`/`True`/`TRUE`, `false`/`False`/`FALSE`.
    Bool(bool),
    /// A decimal (`[-+]?[0-9]+`), octal (`0o17`) or hexadecimal (`0x1F`) integer that fits 64 bits.
    Int(i64),
    /// An integer beyond 64 bits: kept as the nearest number, and reported.
    BigInt(f64),
    /// A number with a fraction or an exponent, or `.inf`, `-.inf`, `.nan`.
    Float(f64),
    /// Anything else: text.
    Str,
}

impl Core {
    /// The tree value for `text` read this way.
    pub fn into_yaml(self, text: &str) -> Yaml {
        match self {
            Core::Null => Yaml::Null,
            Core::Bool(b) => Yaml::Bool(b),
            Core::Int(i) => Yaml::Int(i),
            Core::BigInt(x) | Core::Float(x) => Yaml::Float(x),
            Core::Str => Yaml::Str(text.to_owned()),
        }
    }
}

/// Reads a plain scalar by the YAML 1.2 core schema.
pub fn core(text: &str) -> Core {
    match text {
        "" | "~" | "null" | "Null" | "NULL" => return Core::Null,
        "true" | "True" | "TRUE" => return Core::Bool(true),
        "false" | "False" | "FALSE" => return Core::Bool(false),
        ".inf" | ".Inf" | ".INF" | "+.inf" | "+.Inf" | "+.INF" => {
            return Core::Float(f64::INFINITY);
        }
        "-.inf" | "-.Inf" | "-.INF" => return Core::Float(f64::NEG_INFINITY),
        ".nan" | ".NaN" | ".NAN" => return Core::Float(f64::NAN),
        _ => {}
    }
    let bytes = text.as_bytes();
    // Most text starts with a letter that no number starts with: answer at once.
    if !matches!(bytes[0], b'0'..=b'9' | b'-' | b'+' | b'.') {
        return Core::Str;
    }
    let digits = |s: &str, radix: u32| !s.is_empty() && s.chars().all(|c| c.is_digit(radix));
    let unsigned = text.strip_prefix(['-', '+']).unwrap_or(text);
    if digits(unsigned, 10) {
        return match text.parse::<i64>() {
            Ok(i) => Core::Int(i),
            Err(_) => Core::BigInt(text.parse::<f64>().unwrap_or(f64::NAN)),
        };
    }
    for (prefix, radix) in [("0o", 8), ("0x", 16)] {
        if let Some(body) = text.strip_prefix(prefix)
            && digits(body, radix)
        {
            return match i64::from_str_radix(body, radix) {
                Ok(i) => Core::Int(i),
                Err(_) => Core::BigInt(big(body, radix)),
            };
        }
    }
    // [-+]? ( \.[0-9]+ | [0-9]+ ( \.[0-9]* )? ) ( [eE] [-+]? [0-9]+ )?
    let (mantissa, exponent) = match unsigned.find(['e', 'E']) {
        Some(at) => (&unsigned[..at], Some(&unsigned[at + 1..])),
        None => (unsigned, None),
    };
    let mantissa_ok = match mantissa.split_once('.') {
        Some((int, frac)) => {
            (int.is_empty() && digits(frac, 10))
                || (digits(int, 10) && (frac.is_empty() || digits(frac, 10)))
        }
        None => digits(mantissa, 10),
    };
    let exponent_ok = exponent.is_none_or(|e| digits(e.strip_prefix(['-', '+']).unwrap_or(e), 10));
    if mantissa_ok && exponent_ok {
        return Core::Float(text.parse::<f64>().unwrap_or(f64::NAN));
    }
    Core::Str
}

/// An unsigned integer in `radix` too large for 64 bits, as the nearest number.
fn big(body: &str, radix: u32) -> f64 {
    body.chars()
        .filter_map(|c| c.to_digit(radix))
        .fold(0.0, |acc, d| acc * f64::from(radix) + f64::from(d))
}

/// What a plain scalar means to one reader, for comparing readers.
#[derive(Clone, Debug, PartialEq)]
pub enum Meaning {
    /// Null.
    Null,
    /// A boolean.
    Bool(bool),
    /// An integer (wide enough for YAML 1.1's base-60 and binary forms).
    Int(i128),
    /// A number with a fraction (compared by value; NaN equals NaN).
    Float(f64),
    /// A date or timestamp (YAML 1.1 only).
    Date,
    /// The merge key `<<` (YAML 1.1 only).
    Merge,
    /// The value key `=` (YAML 1.1 only).
    ValueKey,
    /// Text.
    Str,
}

impl Meaning {
    /// How a message names it: `the integer 8`, `text`, `a date`.
    pub fn describe(&self) -> String {
        match self {
            Meaning::Null => "null".to_owned(),
            Meaning::Bool(b) => format!("the boolean {b}"),
            Meaning::Int(i) => format!("the integer {i}"),
            Meaning::Float(x) => format!("the number {}", show_float(*x)),
            Meaning::Date => "a date".to_owned(),
            Meaning::Merge => "a merge key".to_owned(),
            Meaning::ValueKey => "the value key".to_owned(),
            Meaning::Str => "text".to_owned(),
        }
    }

    fn same(&self, other: &Meaning) -> bool {
        match (self, other) {
            (Meaning::Float(a), Meaning::Float(b)) => a == b || (a.is_nan() && b.is_nan()),
            (a, b) => a == b,
        }
    }
}

fn show_float(x: f64) -> String {
    if x.is_nan() {
        "NaN".to_owned()
    } else if x.is_infinite() {
        if x > 0.0 { "infinity" } else { "-infinity" }.to_owned()
    } else {
        format!("{x}")
    }
}

/// What the YAML 1.2 core schema makes of a plain scalar, as a [`Meaning`].
pub fn core_meaning(text: &str) -> Meaning {
    match core(text) {
        Core::Null => Meaning::Null,
        Core::Bool(b) => Meaning::Bool(b),
        Core::Int(i) => Meaning::Int(i.into()),
        Core::BigInt(_) => {
            let unsigned = text.trim_start_matches(['-', '+']);
            let body = unsigned
                .strip_prefix("0o")
                .or_else(|| unsigned.strip_prefix("0x"))
                .unwrap_or(unsigned);
            let radix = match &unsigned[..unsigned.len().min(2)] {
                "0o" => 8,
                "0x" => 16,
                _ => 10,
            };
            match i128::from_str_radix(body, radix) {
                Ok(i) if text.starts_with('-') => Meaning::Int(-i),
                Ok(i) => Meaning::Int(i),
                Err(_) => Meaning::Float(big(body, radix)),
            }
        }
        Core::Float(x) => Meaning::Float(x),
        Core::Str => Meaning::Str,
    }
}

/// A YAML 1.1 reader's implicit resolvers, as regular expressions.
struct Resolvers {
    bool_: Regex,
    float: Regex,
    int: Regex,
    null: Regex,
    timestamp: Regex,
}

const TIMESTAMP: &str = r"^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$";

fn regex(pattern: &str) -> Regex {
    // The patterns are constants of this file, tested below.
    Regex::new(pattern).unwrap_or_else(|_| Regex::new("$^").expect("an empty pattern compiles"))
}

/// The booleans of YAML 1.1 as PyYAML and SnakeYAML read them.
const BOOL_11: &str =
    r"^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$";

/// PyYAML's resolvers (`yaml/resolver.py`).
fn pyyaml() -> &'static Resolvers {
    static R: OnceLock<Resolvers> = OnceLock::new();
    R.get_or_init(|| Resolvers {
        bool_: regex(BOOL_11),
        float: regex(
            r"^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9_]+(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
        ),
        int: regex(
            r"^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$",
        ),
        null: regex(r"^(?:~|null|Null|NULL|)$"),
        timestamp: regex(TIMESTAMP),
    })
}

/// SnakeYAML's resolvers (`org.yaml.snakeyaml.resolver.Resolver`), which also reads the YAML
/// 1.1 spec's `y`/`n` as text but takes `1e3` as a number.
fn snakeyaml() -> &'static Resolvers {
    static R: OnceLock<Resolvers> = OnceLock::new();
    R.get_or_init(|| Resolvers {
        bool_: regex(BOOL_11),
        float: regex(
            r"^(?:[-+]?(?:\.[0-9]+|[0-9_]+(?:\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
        ),
        int: regex(
            r"^(?:[-+]?0b_*[0-1]+[0-1_]*|[-+]?0_*[0-7]+[0-7_]*|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x_*[0-9a-fA-F]+[0-9a-fA-F_]*|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$",
        ),
        null: regex(r"^(?:~|null|Null|NULL|)$"),
        timestamp: regex(TIMESTAMP),
    })
}

/// The digit-free words a YAML 1.1 reader reads as something YAML 1.2 does not.
const YAML11_WORDS: &[&str] = &[
    "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "on", "On", "ON", "off", "Off",
    "OFF", "<<", "=",
];

/// The YAML 1.1 spec's booleans that PyYAML and SnakeYAML read as text: `y`, `Y`, `n`, `N`.
const SPEC_ONLY_BOOLEANS: [&str; 4] = ["y", "Y", "n", "N"];

impl Resolvers {
    /// The meaning of a plain scalar, in PyYAML's resolver order (bool, float, int, merge, null,
    /// timestamp, value); SnakeYAML's order (bool, int, float, ...) gives the same answers since
    /// its int and float expressions do not overlap.
    fn read(&self, text: &str) -> Meaning {
        if self.bool_.is_match(text) {
            return Meaning::Bool(matches!(
                text,
                "yes" | "Yes" | "YES" | "true" | "True" | "TRUE" | "on" | "On" | "ON"
            ));
        }
        if self.int.is_match(text) {
            if let Some(i) = yaml11_int(text) {
                return Meaning::Int(i);
            }
        } else if self.float.is_match(text) {
            return Meaning::Float(yaml11_float(text));
        }
        if text == "<<" {
            return Meaning::Merge;
        }
        if self.null.is_match(text) {
            return Meaning::Null;
        }
        if self.timestamp.is_match(text) {
            return Meaning::Date;
        }
        if text == "=" {
            return Meaning::ValueKey;
        }
        Meaning::Str
    }
}

/// A YAML 1.1 integer's value: `0b101`, `017` (octal), `0x1F`, `1_000`, `1:30` (base 60).
fn yaml11_int(text: &str) -> Option<i128> {
    let (negative, unsigned) = match text.as_bytes().first()? {
        b'-' => (true, &text[1..]),
        b'+' => (false, &text[1..]),
        _ => (false, text),
    };
    let clean: String = unsigned.chars().filter(|c| *c != '_').collect();
    let value = if let Some(b) = clean.strip_prefix("0b") {
        i128::from_str_radix(b, 2).ok()?
    } else if let Some(h) = clean.strip_prefix("0x") {
        i128::from_str_radix(h, 16).ok()?
    } else if clean.contains(':') {
        clean.split(':').try_fold(0i128, |acc, part| {
            Some(acc * 60 + part.parse::<i128>().ok()?)
        })?
    } else if clean.len() > 1 && clean.starts_with('0') {
        i128::from_str_radix(&clean[1..], 8).ok()?
    } else {
        clean.parse().ok()?
    };
    Some(if negative { -value } else { value })
}

/// A YAML 1.1 float's value: underscores dropped, base 60 (`1:30.5`), `.inf`, `.nan`.
fn yaml11_float(text: &str) -> f64 {
    let clean: String = text.chars().filter(|c| *c != '_').collect();
    let lower = clean.to_ascii_lowercase();
    match lower.trim_start_matches('+') {
        ".inf" => return f64::INFINITY,
        "-.inf" => return f64::NEG_INFINITY,
        ".nan" => return f64::NAN,
        _ => {}
    }
    if clean.contains(':') {
        let negative = clean.starts_with('-');
        let unsigned = clean.trim_start_matches(['-', '+']);
        let value = unsigned.split(':').fold(0.0, |acc, part| {
            acc * 60.0 + part.parse::<f64>().unwrap_or(0.0)
        });
        return if negative { -value } else { value };
    }
    clean.parse().unwrap_or(f64::NAN)
}

/// How YAML 1.1 readers read a plain scalar differently from YAML 1.2 readers, for a message:
/// `"'010' is the integer 8 to YAML 1.1 readers (PyYAML, SnakeYAML) and the integer 10 to YAML
/// 1.2 readers (rfs)"`. `None` when every reader reads it alike.
pub fn yaml11_disagreement(text: &str) -> Option<String> {
    // Most words start with a character no YAML 1.1 special value starts with.
    let first = *text.as_bytes().first()?;
    if !(first.is_ascii_digit() || b"yYnNoOtTfF+-.<=~".contains(&first)) {
        return None;
    }
    if text.bytes().any(|b| b.is_ascii_digit()) {
        // A number or a timestamp is made of these characters only (`10.0.0.0/8` is not
        // one), with one dot at most (`10.0.0.1` is not one).
        if !text
            .bytes()
            .all(|b| b.is_ascii_hexdigit() || b"+-._:xXoOtTzZ \t".contains(&b))
            || text.bytes().filter(|b| *b == b'.').count() > 1
        {
            return None;
        }
    } else if !YAML11_WORDS.contains(&text) {
        // Without a digit, only a few words read differently (booleans, the merge and value
        // keys); the rest (`.inf`, `~`, `null`, `true`) read alike.
        return None;
    }
    let v12 = core_meaning(text);
    let spec_only = SPEC_ONLY_BOOLEANS.contains(&text);
    let py = if spec_only {
        Meaning::Bool(matches!(text, "y" | "Y"))
    } else {
        pyyaml().read(text)
    };
    let snake = if spec_only {
        py.clone()
    } else {
        snakeyaml().read(text)
    };
    let (py_same, snake_same) = (py.same(&v12), snake.same(&v12));
    if py_same && snake_same {
        return None;
    }
    let readers = match (py_same, snake_same, py.same(&snake)) {
        _ if spec_only => format!(
            "{} to the YAML 1.1 spec (some readers follow it)",
            py.describe()
        ),
        (false, false, true) => {
            format!("{} to YAML 1.1 readers (PyYAML, SnakeYAML)", py.describe())
        }
        (false, true, _) => format!("{} to PyYAML (YAML 1.1)", py.describe()),
        (true, false, _) => format!("{} to SnakeYAML (YAML 1.1)", snake.describe()),
        (false, false, false) => format!(
            "{} to PyYAML and {} to SnakeYAML (YAML 1.1)",
            py.describe(),
            snake.describe()
        ),
        (true, true, _) => return None,
    };
    Some(format!(
        "'{text}' is {readers} and {} to YAML 1.2 readers (rfs)",
        v12.describe()
    ))
}

/// How to fix a plain value `text` that YAML 1.1 and 1.2 readers read differently (see
/// [`yaml11_disagreement`]): quote it if it is text; otherwise write the value both read alike
/// (`true` for `on`), where there is one.
pub fn yaml11_hint(text: &str) -> String {
    let both = match pyyaml().read(text) {
        _ if SPEC_ONLY_BOOLEANS.contains(&text) => Some(matches!(text, "y" | "Y").to_string()),
        Meaning::Bool(b) => Some(b.to_string()),
        Meaning::Int(i) if core_meaning(&i.to_string()) == Meaning::Int(i) => Some(i.to_string()),
        _ => None,
    };
    let quoted = format!("quote it ('{}') if it is text", text.replace('\'', "''"));
    match both {
        Some(v) if v != text => format!("{quoted}; write {v} if the value is meant"),
        _ => format!("{quoted}; otherwise write the value so both read it alike"),
    }
}

/// Whether text written as a plain scalar would be read back as that text by every reader
/// (YAML 1.2 and 1.1 alike): otherwise a writer quotes it. Conservative: a time-like `02:00`,
/// which PyYAML and SnakeYAML read as text but some YAML 1.1 readers (Ruby's) as a base-60
/// number, is quoted too.
pub fn plain_is_text(text: &str) -> bool {
    // Most text starts with a letter: only a few words of at most five letters (`null`,
    // `FALSE`, `yes`, `Off`, ...) read as anything else, to any reader.
    if let Some(first) = text.bytes().next()
        && first.is_ascii_alphabetic()
    {
        return text.len() > 5 || (core(text) == Core::Str && !YAML11_WORDS.contains(&text));
    }
    !text.is_empty()
        && core(text) == Core::Str
        && yaml11_disagreement(text).is_none()
        && !looks_base60(text)
}

/// `[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?`: a base-60 number to the broadest YAML 1.1
/// readers.
fn looks_base60(text: &str) -> bool {
    let unsigned = text.strip_prefix(['-', '+']).unwrap_or(text);
    let whole = unsigned.split_once('.').map_or(unsigned, |(w, f)| {
        if f.chars().all(|c| c.is_ascii_digit() || c == '_') {
            w
        } else {
            ""
        }
    });
    let mut parts = whole.split(':');
    let first = parts.next().unwrap_or_default();
    whole.contains(':')
        && first.starts_with(|c: char| c.is_ascii_digit())
        && first.chars().all(|c| c.is_ascii_digit() || c == '_')
        && parts.all(|p| {
            (1..=2).contains(&p.len())
                && p.bytes().all(|b| b.is_ascii_digit())
                && (p.len() == 1 || p.as_bytes()[0] <= b'5')
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_core_schema() {
        assert_eq!(core("80"), Core::Int(80));
        assert_eq!(core("+12"), Core::Int(12));
        assert_eq!(core("-0"), Core::Int(0));
        assert_eq!(core("010"), Core::Int(10));
        assert_eq!(core("0o17"), Core::Int(15));
        assert_eq!(core("0x1F"), Core::Int(31));
        assert_eq!(core("-0x1F"), Core::Str);
        assert_eq!(core("+0o17"), Core::Str);
        assert_eq!(core("-0o17"), Core::Str);
        assert_eq!(core("1e3"), Core::Float(1000.0));
        assert_eq!(core("1E3"), Core::Float(1000.0));
        assert_eq!(core("-.5"), Core::Float(-0.5));
        assert_eq!(core("1."), Core::Float(1.0));
        assert_eq!(core("1.0"), Core::Float(1.0));
        assert_eq!(core("1_000"), Core::Str);
        assert_eq!(core("1.2.3"), Core::Str);
        assert_eq!(core("12:30"), Core::Str);
        assert_eq!(core("."), Core::Str);
        assert_eq!(core("-"), Core::Str);
        assert_eq!(core("e3"), Core::Str);
        assert_eq!(core("1e"), Core::Str);
        assert_eq!(core("True"), Core::Bool(true));
        assert_eq!(core("yes"), Core::Str);
        assert_eq!(core("~"), Core::Null);
        assert_eq!(core(""), Core::Null);
        assert!(matches!(core(".NaN"), Core::Float(x) if x.is_nan()));
        assert_eq!(core("-.Inf"), Core::Float(f64::NEG_INFINITY));
        assert!(matches!(core("99999999999999999999"), Core::BigInt(x) if x > 9.9e19));
        assert!(matches!(core("0xFFFFFFFFFFFFFFFFFF"), Core::BigInt(_)));
        assert_eq!(core("192.168.0.0/16"), Core::Str);
        assert_eq!(core("v1.28"), Core::Str);
    }

    #[test]
    fn yaml11_readers_disagree_on_these() {
        for (text, part) in [
            ("010", "the integer 8 to YAML 1.1 readers"),
            ("0777", "the integer 511"),
            ("yes", "the boolean true to YAML 1.1 readers"),
            ("Off", "the boolean false"),
            ("y", "the YAML 1.1 spec"),
            ("1e3", "text to PyYAML"),
            ("1.0e3", "text to PyYAML"),
            ("0o17", "text to YAML 1.1 readers"),
            ("-0x1F", "the integer -31 to YAML 1.1 readers"),
            ("0b101", "the integer 5"),
            ("1_000", "the integer 1000"),
            ("1_000.5", "the number 1000.5"),
            ("12:30", "the integer 750"),
            ("1:30.5", "the number 90.5"),
            ("2024-01-01", "a date"),
            ("2001-12-14t21:59:43.10-05:00", "a date"),
            ("<<", "a merge key"),
            ("=", "the value key"),
            ("-.5", "text to PyYAML"),
        ] {
            let message = yaml11_disagreement(text).unwrap_or_else(|| panic!("{text}"));
            assert!(message.contains(part), "{text}: {message}");
        }
        for text in [
            "true",
            "false",
            "True",
            "null",
            "~",
            "80",
            "0",
            "-3",
            "+12",
            "1.5",
            "0x1F",
            ".5",
            "1.0",
            "web",
            "v1.28",
            "10.0.0.0/16",
            "a:b",
            "12:30pm",
            "-",
            "_1",
            ".inf",
            ".nan",
            "-.inf",
            "1.0e+3",
        ] {
            assert_eq!(yaml11_disagreement(text), None, "{text}");
        }
    }

    #[test]
    fn every_documented_example_is_ambiguous() {
        for e in crate::language::YAML11_EXAMPLES {
            assert!(yaml11_disagreement(e).is_some(), "{e}");
        }
    }

    #[test]
    fn text_a_writer_must_quote() {
        for text in [
            "80",
            "yes",
            "1e3",
            "~",
            "",
            "true",
            "0o17",
            "2024-01-01",
            "<<",
            "1_000",
            "02:00",
            "12:30:45",
            "1:30.5",
        ] {
            assert!(!plain_is_text(text), "{text}");
        }
        for text in [
            "web",
            "v1.28",
            "10.0.0.0/16",
            "-0x1F zz",
            "a b",
            "12:30pm",
            "a:b",
            "1:99",
        ] {
            assert!(plain_is_text(text), "{text}");
        }
    }

    #[test]
    fn the_fast_answer_for_words_is_the_full_one() {
        let full = |text: &str| {
            !text.is_empty()
                && core(text) == Core::Str
                && yaml11_disagreement(text).is_none()
                && !looks_base60(text)
        };
        let letters: Vec<char> = ('a'..='z').chain('A'..='Z').collect();
        let mut words: Vec<String> = letters.iter().map(|c| c.to_string()).collect();
        for a in &letters {
            for b in &letters {
                words.push(format!("{a}{b}"));
            }
        }
        for w in [
            "null", "Null", "NULL", "nULL", "true", "True", "TRUE", "tRUE", "false", "False",
            "FALSE", "fALSE", "yes", "Yes", "YES", "yES", "no", "No", "NO", "nO", "on", "On", "ON",
            "oN", "off", "Off", "OFF", "oFF", "nan", "NaN", "inf", "Inf", "tru", "truee", "nulls",
            "falsey", "y1", "n0", "e3", "x10", "o17", "b101", "t12",
        ] {
            words.push(w.to_owned());
        }
        for w in &words {
            assert_eq!(plain_is_text(w), full(w), "{w}");
        }
    }

    #[test]
    fn resolver_patterns_compile() {
        for r in [pyyaml(), snakeyaml()] {
            assert!(r.int.is_match("0x1F") && r.bool_.is_match("on") && r.null.is_match("~"));
        }
    }
}
