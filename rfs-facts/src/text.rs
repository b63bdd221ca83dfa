//! Text from a template or a user's names, made safe where it is shown: a terminal, a comment,
//! a cargo directive. Names are data, never syntax.

use std::borrow::Cow;

/// Whether `c` could change how surrounding text reads when shown: a control character (ESC,
/// BEL, CR, newlines, C1 controls), a Unicode bidirectional override or isolate, or a
/// line/paragraph separator.
pub fn is_unsafe(c: char) -> bool {
    c.is_control()
        || ('\u{202a}'..='\u{202e}').contains(&c)
        || ('\u{2066}'..='\u{2069}').contains(&c)
        || matches!(
            c,
            '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{2028}' | '\u{2029}'
        )
}

/// `text` with every [unsafe](is_unsafe) character written as a `\u{..}` escape, so that it
/// stays on one line and cannot recolour a terminal, move its cursor, reorder what follows or
/// start a line (a cargo directive, a comment line) of its own.
pub fn escape(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unsafe) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if is_unsafe(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_and_bidi_characters_are_escaped() {
        assert!(matches!(escape("web-vpc"), Cow::Borrowed("web-vpc")));
        assert_eq!(escape("a\nb"), "a\\u{a}b");
        assert_eq!(escape("\u{1b}[31m"), "\\u{1b}[31m");
        assert_eq!(escape("x\u{202e}y"), "x\\u{202e}y");
        assert_eq!(escape("x\u{2028}y"), "x\\u{2028}y");
        assert!(!escape("a\r\ncargo:rustc-cfg=x").contains('\n'));
    }
}
