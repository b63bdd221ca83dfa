//! Rustdoc text for generated items, built from spec facts and cleaned for rustdoc.
//!
//! Spec notes are plain prose with brackets, angle brackets, stars and URLs in them; rustdoc
//! would read those as links, HTML and emphasis. [`escape`] makes them literal and wraps URLs.

use crate::load::{Completeness, Required, ResourceKind};
use crate::model::{AttributeDef, PropertyDef, ResourceDef, TypeDef};

/// Makes prose literal for rustdoc: escapes Markdown and HTML characters, wraps URLs in `<…>`,
/// and trims lines so nothing turns into a code block.
pub fn escape(text: &str) -> String {
    let mut lines = Vec::new();
    for line in text.lines() {
        let words: Vec<String> = line
            .trim()
            .split(' ')
            .map(|w| match w.find("https://").or_else(|| w.find("http://")) {
                Some(at) => {
                    let (before, url) = w.split_at(at);
                    let end = url.trim_end_matches([',', ';', ')', '.', ':']);
                    format!(
                        "{}<{end}>{}",
                        escape_word(before),
                        escape_word(&url[end.len()..])
                    )
                }
                None => escape_word(w),
            })
            .collect();
        lines.push(words.join(" "));
    }
    lines.join("\n")
}

fn escape_word(w: &str) -> String {
    let mut out = String::with_capacity(w.len());
    for c in w.chars() {
        match c {
            '\\' | '[' | ']' | '*' | '`' | '_' | '#' | '|' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            _ => out.push(c),
        }
    }
    out
}

/// Inline code for a value or key: `` `TCP` ``, with a longer fence when it holds backticks.
pub fn code(text: &str) -> String {
    if text.contains('`') {
        format!("`` {text} ``")
    } else {
        format!("`{text}`")
    }
}

/// Doc of an element or data structure type.
pub fn type_doc(t: &TypeDef) -> String {
    let mut d = vec![escape(&t.summary), String::new()];
    match &t.template_type {
        Some(tt) => d.push(format!("Template type: {}.", code(tt))),
        None => d.push(format!("Data structure {}.", code(&t.name))),
    }
    d.push(String::new());
    let required: Vec<String> = t.required().map(|p| code(&p.key)).collect();
    let how = if required.is_empty() {
        "no property is required".to_owned()
    } else {
        format!("`build()` needs {}", required.join(", "))
    };
    d.push(format!(
        "Build one with [`{}::builder`]; {how}.",
        t.rust_name
    ));
    let api: Vec<String> = t
        .required()
        .filter(|p| p.api_requires())
        .map(|p| code(&p.key))
        .collect();
    if !api.is_empty() {
        d.push(String::new());
        d.push(format!(
            "The element page does not say whether {} {}; the service API does, so the builder asks for {}. Where the platform fills one, its `omit_` method says so (synth then warns, rule `api-required`).",
            api.join(", "),
            if api.len() == 1 { "is required" } else { "are required" },
            if api.len() == 1 { "it" } else { "them" },
        ));
    }
    d.push(String::new());
    match t.completeness {
        Completeness::Complete => {
            d.push("The spec is complete: every property the reference documents is here.".into())
        }
        Completeness::Partial => d.push(
            "**Partial spec**: the reference page could not be read in full, so properties, \
             required flags or attributes may be missing. Set a missing property with \
             `unlisted_property` (reported as a warning at synth)."
                .into(),
        ),
        Completeness::NotFound => d.push(
            "**No reference page found**: nothing is known but the type name. Set properties \
             with `unlisted_property` (reported as a warning at synth)."
                .into(),
        ),
    }
    if let Some(g) = &t.gaps {
        d.push(String::new());
        d.push(format!("Gaps in the reference: {}", escape(g)));
    }
    if let Some(o) = &t.doc_oddities {
        d.push(String::new());
        d.push(format!("Oddities in the official pages: {}", escape(o)));
    }
    if let Some(s) = &t.source {
        d.push(String::new());
        d.push(format!("Source: {}", escape(s)));
    }
    d.push(String::new());
    d.push(format!("Spec: `{}`.", t.file));
    d.join("\n")
}

/// Doc of a property setter.
pub fn property_doc(p: &PropertyDef) -> String {
    let mut d = Vec::new();
    d.push(match &p.notes {
        Some(n) => escape(n),
        None => "No description in the reference.".into(),
    });
    d.push(String::new());
    let mut ty = p.type_name.clone();
    if p.list {
        ty = format!("list of {ty}");
    }
    d.push(format!("- Template key: {}", code(&p.key)));
    let inferred = if p.type_inferred {
        " (unverified: inferred from an official example)"
    } else {
        ""
    };
    d.push(format!("- Type: {}{inferred}", code(&ty)));
    if let Some(pt) = &p.page_type {
        d.push(format!("- Type as the page prints it: {}", code(pt)));
    }
    d.push(
        match p.required {
            Required::Yes if p.default.is_some() => {
                "- Required: yes, but the platform fills in the default when it is left out"
            }
            Required::Yes => "- Required: yes",
            Required::No if p.required_from_api => {
                "- Required: no, by the service API (the element page does not say)"
            }
            Required::No => "- Required: no",
            Required::Unknown => {
                "- Required: unverified (the reference did not show it; treated as optional)"
            }
            Required::Api if p.default.is_some() => {
                "- Required: yes, by the service API (the element page does not say), but the platform fills in the default when it is left out"
            }
            Required::Api => {
                "- Required: yes, by the service API (the element page does not say); `build()` needs it, or the matching `omit_` method if the platform fills it"
            }
        }
        .into(),
    );
    if let Some(api) = api_source(p) {
        d.push(format!("- API field: {}", escape(&api)));
    }
    for (other, values) in &p.required_when {
        let vals: Vec<String> = values.iter().map(|v| code(v)).collect();
        d.push(format!(
            "- Required when {} is {} (checked when the template is synthesized or linted)",
            code(other),
            vals.join(" or ")
        ));
    }
    if !p.allowed.is_empty() {
        let vals: Vec<String> = p.allowed.iter().map(|v| code(&v.text())).collect();
        d.push(format!("- Allowed values: {}", vals.join(", ")));
    }
    if let Some(v) = &p.default {
        d.push(format!("- Default: {}", code(&v.render())));
    }
    match (&p.min, &p.max) {
        (Some(lo), Some(hi)) => d.push(format!("- Range: {} to {}", lo.render(), hi.render())),
        (Some(lo), None) => d.push(format!("- Minimum: {}", lo.render())),
        (None, Some(hi)) => d.push(format!("- Maximum: {}", hi.render())),
        _ => {}
    }
    match (p.min_length, p.max_length) {
        (Some(lo), Some(hi)) => d.push(format!("- Length: {lo} to {hi}")),
        (Some(lo), None) => d.push(format!("- Length: at least {lo}")),
        (None, Some(hi)) => d.push(format!("- Length: at most {hi}")),
        _ => {}
    }
    if let Some(re) = &p.pattern {
        d.push(format!("- Pattern (whole value): {}", code(re)));
    }
    if let Some(f) = &p.format {
        d.push(format!("- Format: {}", escape(f)));
    }
    if p.secret {
        d.push("- Secret: pass it through an invisible input, not as a literal".into());
    }
    if let Some(c) = &p.correction {
        d.push(format!("- Correction: {}", escape(c)));
    }
    d.join("\n")
}

/// The API field a property maps to and where it is defined, in one line (`gateway_ip in
/// huaweicloud-sdk-go-v3@1cd70eb6 services/vpc/v2/model/model_create_subnet_option.go`).
pub fn api_source(p: &PropertyDef) -> Option<String> {
    let api = p.api.as_ref()?;
    let source = api.source.as_deref()?;
    Some(match &api.field {
        Some(field) => format!("{field} in {source}"),
        None => format!("no matching field in {source}"),
    })
}

/// Doc of an attribute accessor.
pub fn attribute_doc(element: &TypeDef, a: &AttributeDef) -> String {
    let tt = element.template_type.as_deref().unwrap_or_default();
    let head = if a.name == "*" {
        format!(
            "`get_attribute: [<node>, name]`: any attribute by name (for {}, its outputs).",
            code(tt)
        )
    } else {
        format!("`get_attribute: [<node>, {}]`.", a.name)
    };
    let mut d = vec![escape_code_free(&head)];
    if let Some(n) = &a.notes {
        d.push(String::new());
        d.push(escape(n));
    }
    d.join("\n")
}

/// Headings built here are ours: only angle brackets need escaping.
fn escape_code_free(s: &str) -> String {
    s.replace('<', "&lt;").replace('>', "&gt;")
}

/// Doc of a resource type.
pub fn resource_doc(r: &ResourceDef) -> String {
    let mut d = vec![
        escape(&r.summary),
        String::new(),
        format!("Resource type {}.", code(&r.name)),
    ];
    d.push(String::new());
    d.push(match r.kind {
        ResourceKind::Id => {
            let mut fill = Vec::new();
            if let Some(e) = &r.element {
                fill.push(format!(
                    "a reference to a `HuaweiCloud.{e}` element (`.id()`)"
                ));
            }
            for a in &r.accepts {
                fill.push(format!("a {} value", code(a)));
            }
            fill.push(format!("an input of type {}", code(&r.name)));
            fill.push("`existing(\"...\")` for a resource that already exists".into());
            format!(
                "An opaque id, filled by {}. Plain strings do not fit.",
                fill.join(", ")
            )
        }
        ResourceKind::Name => "A name: plain text fits, as does an input of this type.".into(),
        ResourceKind::Number => {
            "A count: a plain integer fits, as does an input of this type.".into()
        }
    });
    if let Some(n) = &r.notes {
        d.push(String::new());
        d.push(escape(n));
    }
    d.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prose_becomes_literal_rustdoc() {
        assert_eq!(
            escape("a [b] <c> *d* x_y"),
            "a \\[b\\] &lt;c&gt; \\*d\\* x\\_y"
        );
        assert_eq!(escape("  indented\n    code"), "indented\ncode");
    }

    #[test]
    fn urls_are_wrapped_wherever_they_start() {
        assert_eq!(escape("see https://a.b/c_d."), "see <https://a.b/c_d>.");
        assert_eq!(escape("(https://a.b/x), next"), "(<https://a.b/x>), next");
    }
}
