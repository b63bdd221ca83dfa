//! Rust names for spec names, template keys and allowed values.
//!
//! Every generated identifier comes from here, so the rules live in one place and are tested:
//! names are converted with heck, Rust keywords and reserved builder methods get a trailing `_`,
//! and names that would start with a digit get a prefix. The exact template key is always kept
//! beside the Rust name, so the YAML never depends on these conversions.

use heck::{ToSnakeCase, ToUpperCamelCase};

const KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern",
    "false", "fn", "for", "gen", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut",
    "pub", "ref", "return", "self", "Self", "static", "struct", "super", "trait", "true", "type",
    "unsafe", "use", "where", "while", "abstract", "become", "box", "do", "final", "macro",
    "override", "priv", "typeof", "unsized", "virtual", "yield", "try",
];

/// Builder methods every generated builder has; a property may not take these names.
pub const RESERVED_METHODS: &[&str] = &["build", "builder", "unlisted_property"];

/// The service a spec belongs to: the first segment of its name (`VPC` of `VPC.Subnet`).
pub fn service_of(spec_name: &str) -> &str {
    spec_name.split('.').next().unwrap_or(spec_name)
}

/// Module (and cargo feature) name of a service: `VPC` → `vpc`, `VPCEndpoint` → `vpcendpoint`.
pub fn module_name(service: &str) -> String {
    escape(service.to_ascii_lowercase())
}

/// Type name of a spec inside its service module: `VPC.Subnet` → `Subnet`, `VPC.VPC` → `Vpc`,
/// `RDS.MySQL.DataBase` → `MySqlDataBase`.
pub fn type_name(spec_name: &str) -> String {
    let rest = spec_name
        .split_once('.')
        .map_or(spec_name, |(_, rest)| rest);
    camel(rest)
}

/// Type name of a resource type inside its service module: `HuaweiCloud.VPC.VPC.Id` → `VpcId`,
/// `HuaweiCloud.ECS.AvailabilityZone.Name` → `AvailabilityZoneName`.
pub fn resource_type_name(full: &str) -> String {
    let rest = full.strip_prefix("HuaweiCloud.").unwrap_or(full);
    type_name(rest)
}

/// Service of a resource type: `HuaweiCloud.VPC.VPC.Id` → `VPC`.
pub fn resource_service(full: &str) -> &str {
    service_of(full.strip_prefix("HuaweiCloud.").unwrap_or(full))
}

/// Method name of a property: `vpcId` → `vpc_id`, `hw:passthrough` → `hw_passthrough`,
/// `type` → `type_`, `build` → `build_`.
pub fn method_name(key: &str) -> String {
    let snake = plural_acronyms(key).to_snake_case();
    let snake = if snake.is_empty() {
        "property".to_owned()
    } else {
        snake
    };
    let snake = if snake.starts_with(|c: char| c.is_ascii_digit()) {
        format!("p_{snake}")
    } else {
        snake
    };
    if RESERVED_METHODS.contains(&snake.as_str()) {
        format!("{snake}_")
    } else {
        escape(snake)
    }
}

/// `volumeIDs` → `volumeIds`, `publicIPs` → `publicIps`: a plural acronym reads as one word, so
/// heck does not split it into `i_ds`.
fn plural_acronyms(key: &str) -> String {
    let chars: Vec<char> = key.chars().collect();
    let mut out = String::with_capacity(key.len());
    let mut i = 0;
    while i < chars.len() {
        let start = i;
        while i < chars.len() && chars[i].is_ascii_uppercase() {
            i += 1;
        }
        let run = i - start;
        let plural = run >= 2
            && chars.get(i) == Some(&'s')
            && !chars.get(i + 1).is_some_and(|c| c.is_ascii_lowercase());
        if plural {
            out.push(chars[start]);
            out.extend(chars[start + 1..i].iter().map(|c| c.to_ascii_lowercase()));
        } else {
            out.extend(&chars[start..i]);
        }
        if i < chars.len() {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

/// Product names cased one way whatever the spec wrote (`RDS.HA.Mysql` and `RDS.MySQL` both give
/// `MySql`).
const WORDS: &[(&str, &str)] = &[("Mysql", "MySql"), ("Postgresql", "PostgreSql")];

/// UpperCamelCase of any text, with a `V` prefix when it would start with a digit; product names
/// cased one way (`MySql`, `PostgreSql`).
pub fn camel(text: &str) -> String {
    let mut c = text.to_upper_camel_case();
    for (from, to) in WORDS {
        c = c.replace(from, to);
    }
    if c.is_empty() {
        c
    } else if c.starts_with(|ch: char| ch.is_ascii_digit()) {
        format!("V{c}")
    } else {
        c
    }
}

/// Variant name of an allowed value. Text starting with a letter is camel-cased (`TCP` → `Tcp`,
/// `co-p1` → `CoP1`); numbers and text starting with a digit keep their separators as `_`
/// (`5_sbgp` → `V5_sbgp`, `4.0` → `V4_0`, `128` → `V128`); a few operators get names (`>` → `Gt`).
pub fn variant_name(value: &str) -> String {
    let symbolic = match value {
        "" => Some("Empty"),
        ">" => Some("Gt"),
        "<" => Some("Lt"),
        ">=" => Some("Ge"),
        "<=" => Some("Le"),
        "=" | "==" => Some("Eq"),
        "!=" => Some("Ne"),
        "*" => Some("Any"),
        _ => None,
    };
    if let Some(s) = symbolic {
        return s.to_owned();
    }
    if value.starts_with(|c: char| c.is_ascii_digit() || c == '-') {
        let body: String = value
            .trim_start_matches('-')
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
            .collect();
        let prefix = if value.starts_with('-') { "Minus" } else { "V" };
        return format!("{prefix}{body}");
    }
    // Camel-case each alphanumeric segment; keep a `_` where two digits were apart
    // (`v1.15` → `V1_15`, not `V115`).
    // A `*` wildcard reads `Any` (`ObjectCreated:*` → `ObjectCreatedAny`).
    let value = value.replace('*', " any ");
    let mut out = String::new();
    for segment in value
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|s| !s.is_empty())
    {
        let part = segment.to_upper_camel_case();
        if out.ends_with(|c: char| c.is_ascii_digit())
            && part.starts_with(|c: char| c.is_ascii_digit())
        {
            out.push('_');
        }
        out.push_str(&part);
    }
    if out.is_empty() {
        "Value".to_owned()
    } else {
        out
    }
}

/// What a variant's value stands for when its name cannot say it: a symbol, the empty text, a
/// wildcard. Said in the variant's rustdoc; `Display` writes the value itself.
pub fn variant_note(value: &str) -> Option<&'static str> {
    Some(match value {
        "" => "the empty text",
        ">" => "the symbol `>`, greater than",
        "<" => "the symbol `<`, less than",
        ">=" => "the symbol `>=`, greater than or equal",
        "<=" => "the symbol `<=`, less than or equal",
        "=" | "==" => "the symbol for equal",
        "!=" => "the symbol `!=`, not equal",
        _ if value.contains('*') => "a wildcard: `*` stands for any value in its place",
        _ => return None,
    })
}

/// Appends `_` to Rust keywords.
pub fn escape(name: String) -> String {
    if KEYWORDS.contains(&name.as_str()) {
        format!("{name}_")
    } else {
        name
    }
}

/// Makes names unique in order of appearance: a repeated name gets `2`, `3`, … appended
/// (`_2` for snake_case names).
pub fn dedupe(names: &mut [String]) {
    let mut seen = std::collections::HashSet::new();
    for name in names.iter_mut() {
        if seen.insert(name.clone()) {
            continue;
        }
        let sep = if name.contains('_') || name.chars().all(|c| !c.is_uppercase()) {
            "_"
        } else {
            ""
        };
        let mut n = 2;
        while !seen.insert(format!("{name}{sep}{n}")) {
            n += 1;
        }
        *name = format!("{name}{sep}{n}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn type_names() {
        assert_eq!(type_name("VPC.VPC"), "Vpc");
        assert_eq!(type_name("VPC.Subnet"), "Subnet");
        assert_eq!(type_name("RDS.MySQL.DataBase"), "MySqlDataBase");
        assert_eq!(type_name("CCE.Storage.EVS"), "StorageEvs");
        assert_eq!(type_name("ECS.NICS"), "Nics");
        assert_eq!(
            resource_type_name("HuaweiCloud.VPC.Subnet.All.Id"),
            "SubnetAllId"
        );
        assert_eq!(
            resource_type_name("HuaweiCloud.Common.PeriodType"),
            "PeriodType"
        );
        assert_eq!(resource_service("HuaweiCloud.Common.PeriodType"), "Common");
    }

    #[test]
    fn modules() {
        assert_eq!(module_name("VPCEndpoint"), "vpcendpoint");
        assert_eq!(module_name("AntiDDos"), "antiddos");
        assert_eq!(service_of("ServiceStage.Job"), "ServiceStage");
    }

    #[test]
    fn methods() {
        assert_eq!(method_name("vpcId"), "vpc_id");
        assert_eq!(method_name("hw:passthrough"), "hw_passthrough");
        assert_eq!(method_name("availablityZone1"), "availablity_zone1");
        assert_eq!(method_name("type"), "type_");
        assert_eq!(method_name("build"), "build_");
        assert_eq!(method_name("CB_CSBS_BACKUP"), "cb_csbs_backup");
        assert_eq!(method_name("vip_port_id"), "vip_port_id");
        assert_eq!(method_name("volumeIDs"), "volume_ids");
        assert_eq!(method_name("refID"), "ref_id");
        assert_eq!(method_name("IDs"), "ids");
        assert_eq!(method_name("HA"), "ha");
        assert_eq!(method_name("publicIps"), "public_ips");
    }

    #[test]
    fn variants() {
        assert_eq!(variant_name("TCP"), "Tcp");
        assert_eq!(variant_name("co-p1"), "CoP1");
        assert_eq!(variant_name("5_sbgp"), "V5_sbgp");
        assert_eq!(variant_name("4.0"), "V4_0");
        assert_eq!(variant_name("10"), "V10");
        assert_eq!(variant_name("1.0"), "V1_0");
        assert_eq!(variant_name(">"), "Gt");
        assert_eq!(variant_name(""), "Empty");
        assert_eq!(variant_name("-1"), "Minus1");
        assert_eq!(variant_name("v1.15"), "V1_15");
        assert_eq!(variant_name("ObjectCreated:Put"), "ObjectCreatedPut");
        assert_eq!(variant_name("ObjectCreated:*"), "ObjectCreatedAny");
        assert_eq!(
            variant_note("ObjectCreated:*").map(|n| n.contains("wildcard")),
            Some(true)
        );
        assert_eq!(
            variant_note(">="),
            Some("the symbol `>=`, greater than or equal")
        );
        assert_eq!(variant_note("Put"), None);
        assert_eq!(variant_name("overlay_l2"), "OverlayL2");
    }

    #[test]
    fn dedupes_in_order() {
        let mut v = vec![
            "Tcp".to_owned(),
            "Tcp".to_owned(),
            "a_b".to_owned(),
            "a_b".to_owned(),
        ];
        dedupe(&mut v);
        assert_eq!(v, ["Tcp", "Tcp2", "a_b", "a_b_2"]);
    }
}
