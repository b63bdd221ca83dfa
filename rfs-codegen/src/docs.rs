//! Rustdoc text for generated items, built from spec facts and cleaned for rustdoc.
//!
//! Spec notes are plain prose with brackets, angle brackets, stars and URLs in them; rustdoc
//! would read those as links, HTML and emphasis. [`escape`] makes them literal and wraps URLs.

use crate::load::{Completeness, Fact, RawApi, Required, ResourceKind};
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
    let page = t
        .source
        .as_deref()
        .and_then(official_page)
        .map(|url| format!(" Official page: <{url}>."))
        .unwrap_or_default();
    match &t.template_type {
        Some(tt) => d.push(format!("Template type: {}.{page}", code(tt))),
        None => d.push(format!("Data structure {}.{page}", code(&t.name))),
    }
    d.push(String::new());
    let required: Vec<String> = t.required().map(|p| code(&p.info.key)).collect();
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
        .filter(|p| p.info.api_requires())
        .map(|p| code(&p.info.key))
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
    if let Some(example) = example(&t.name) {
        d.push(String::new());
        d.push("# Example".into());
        d.push(String::new());
        d.push("```".into());
        d.push(example.trim_end().to_owned());
        d.push("```".into());
    }
    d.push(String::new());
    d.push("# Spec notes".into());
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
    // The research notes themselves stay in the spec file.
    let notes: Vec<&str> = [
        t.gaps
            .as_ref()
            .map(|_| "what the reference could not show (`gaps`)"),
        t.doc_oddities
            .as_ref()
            .map(|_| "where the official pages are wrong (`doc_oddities`)"),
    ]
    .into_iter()
    .flatten()
    .collect();
    d.push(String::new());
    if notes.is_empty() {
        d.push(format!("Spec: `{}`.", t.file));
    } else {
        d.push(format!(
            "Spec: `{}`, which also records {}.",
            t.file,
            notes.join(" and ")
        ));
    }
    d.join("\n")
}

/// The official page of a spec, where its source names one (`.../tr-aos/vpc-subnet.html`).
pub fn official_page(source: &str) -> Option<String> {
    let at = source.find("tr-aos/")? + "tr-aos/".len();
    let slug: String = source[at..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect();
    let rest = &source[at + slug.len()..];
    (!slug.is_empty() && rest.starts_with(".html"))
        .then(|| format!("https://support.huaweicloud.com/intl/en-us/tr-aos/{slug}.html"))
}

/// A short example for the most used elements, compiled as a doctest.
fn example(spec: &str) -> Option<&'static str> {
    EXAMPLES.iter().find(|(s, _)| *s == spec).map(|(_, e)| *e)
}

const EXAMPLES: &[(&str, &str)] = &[
    (
        "VPC.VPC",
        r#"use rfs_dsl::Stack;
use rfs_dsl::types::vpc;

let mut stack = Stack::new("net");
let network = stack.add("web-vpc", vpc::Vpc::builder().name("web").cidr("192.168.0.0/16").build());
stack.output("vpc", network.id());
"#,
    ),
    (
        "VPC.Subnet",
        r#"use rfs_dsl::Stack;
use rfs_dsl::types::vpc;

let mut stack = Stack::new("net");
let network = stack.add("web-vpc", vpc::Vpc::builder().name("web").cidr("192.168.0.0/16").build());
let subnet = stack.add(
    "web-subnet",
    vpc::Subnet::builder()
        .name("web")
        .cidr("192.168.0.0/24")
        .gateway("192.168.0.1")
        .vpc_id(network.id()) // a VPC's id: another element's id does not compile
        .build(),
);
stack.output("subnet", subnet.id());
"#,
    ),
    (
        "ECS.CloudServer",
        r#"use rfs_dsl::types::{ecs, vpc};
use rfs_dsl::{Input, Stack};

let mut stack = Stack::new("server");
let image = stack.input("image", Input::<ecs::ImageId>::new());
let network = stack.add("vpc", vpc::Vpc::builder().name("web").cidr("192.168.0.0/16").build());
let subnet = stack.add(
    "subnet",
    vpc::Subnet::builder().name("web").cidr("192.168.0.0/24").gateway("192.168.0.1")
        .vpc_id(network.id()).build(),
);
let server = stack.add(
    "web",
    ecs::CloudServer::builder()
        .name("web")
        .flavor("s6.large.2")
        .image_id(image)
        .vpc_id(network.id())
        .availability_zone("cn-north-4a")
        .nics([ecs::Nics::builder().subnet_id(subnet.id()).build()])
        .root_volume(ecs::RootVolume::builder().volume_type(ecs::RootVolumeVolumeType::Ssd).size(40).build())
        .build(),
);
stack.output("ips", server.attr().public_ips());
"#,
    ),
    (
        "VPC.EIP",
        r#"use rfs_dsl::Stack;
use rfs_dsl::types::vpc;

let mut stack = Stack::new("ip");
let ip = stack.add(
    "web-ip",
    vpc::Eip::builder()
        .public_ip(vpc::PublicIp::builder().type_(vpc::PublicIpType::V5_bgp).build())
        .bandwidth(
            vpc::BandWidth::builder()
                .name("web")
                .share_type(vpc::BandWidthShareType::Per)
                .charge_mode(vpc::BandWidthChargeMode::Traffic)
                .size(10)
                .build(),
        )
        .build(),
);
stack.output("address", ip.attr().ref_ip());
"#,
    ),
    (
        "ULB.LoadBalancer",
        r#"use rfs_dsl::Stack;
use rfs_dsl::types::{core::Ref, ulb, vpc};

let mut stack = Stack::new("lb");
let subnet = Ref::<vpc::Subnet>::new("web-subnet"); // from `stack.add` in a real stack
let balancer = stack.add(
    "web-lb",
    ulb::LoadBalancer::builder()
        .name("web")
        .subnet_id(subnet.attr().neutron_subnet_id())
        .build(),
);
stack.add(
    "web-http",
    ulb::Listener::builder()
        .name("http")
        .protocol(ulb::ListenerProtocol::Http)
        .port(80)
        .load_balancer_id(balancer.id()) // a load balancer's id, nothing else
        .build(),
);
"#,
    ),
    (
        "RDS.MySQL",
        r#"use rfs_dsl::types::{rds, vpc};
use rfs_dsl::{Input, Stack};

let mut stack = Stack::new("db");
let password = stack.input("root-password", Input::<String>::new().invisible().length(8, 32));
let vpc = stack.input("vpc", Input::<vpc::VpcId>::new());
let subnet = stack.input("subnet", Input::<vpc::SubnetId>::new());
let group = stack.input("security-group", Input::<vpc::SecurityGroupId>::new());
let db = stack.add(
    "db",
    rds::MySql::builder()
        .name("app-db")
        .availability_zone("cn-north-4a")
        .vpc_id(vpc)
        .subnet_id(subnet)
        .security_group_id(group)
        .flavor("rds.mysql.c2.large")
        .data_store(
            rds::MySqlDataStore::builder()
                .dbtype(rds::MySqlDataStoreDbtype::MySql)
                .version(rds::MySqlDataStoreVersion::V5_7)
                .build(),
        )
        .volume(rds::Volume::builder().volumetype(rds::VolumeVolumetype::Common).size(100).build())
        .db_root_password(password) // an invisible input, never a literal
        .build(),
);
stack.output("db", db.id());
"#,
    ),
    (
        "CCE.Cluster",
        r#"use rfs_dsl::Stack;
use rfs_dsl::types::{cce, vpc};

let mut stack = Stack::new("k8s");
let network = stack.add("vpc", vpc::Vpc::builder().name("k8s").cidr("192.168.0.0/16").build());
let subnet = stack.add(
    "subnet",
    vpc::Subnet::builder().name("k8s").cidr("192.168.0.0/20").gateway("192.168.0.1")
        .vpc_id(network.id()).build(),
);
stack.add(
    "cluster",
    cce::Cluster::builder()
        .name("demo")
        .flavor("cce.s1.small")
        .version(cce::ClusterVersion::unlisted("v1.28")) // newer than the documented list
        .vpc_id(network.id())
        .highway_subnet_id(subnet.id())
        .build(),
);
"#,
    ),
    (
        "FGS.Function",
        r#"use rfs_dsl::func::base64_encode;
use rfs_dsl::types::fgs;
use rfs_dsl::{Stack, json};

let mut stack = Stack::new("fn");
let function = stack.add(
    "hello",
    fgs::Function::builder()
        .name("hello")
        .runtime("Python3.6")
        .handler("index.handler")
        .code_type(fgs::FunctionCodeType::Inline)
        .code(base64_encode("def handler(event, context):\n    return 'ok'\n"))
        .memory_size(fgs::FunctionMemorySize::V256)
        .timeout(30)
        .environment(fgs::Environment::builder().variables(json!({"LEVEL": "info"})).build())
        .build(),
);
stack.output("urn", function.id());
"#,
    ),
];

/// Doc of a property setter.
pub fn property_doc(p: &PropertyDef) -> String {
    let mut d = Vec::new();
    d.push(match &p.docs.notes {
        Some(n) => escape(n),
        None => "No description in the reference.".into(),
    });
    d.push(String::new());
    let mut ty = p.info.type_name.to_string();
    if p.info.list {
        ty = format!("list of {ty}");
    }
    d.push(format!("- Template key: {}", code(&p.info.key)));
    let inferred = if p.docs.type_inferred {
        " (unverified: inferred from an official example)"
    } else {
        ""
    };
    d.push(format!("- Type: {}{inferred}", code(&ty)));
    if let Some(pt) = &p.docs.page_type {
        d.push(format!("- Type as the page prints it: {}", code(pt)));
    }
    d.push(
        match p.info.required {
            Required::Yes if p.info.default.is_some() => {
                "- Required: yes, but the platform fills in the default when it is left out"
            }
            Required::Yes => "- Required: yes",
            Required::No if p.required_from_api() => {
                "- Required: no, by the service API (the element page does not say)"
            }
            Required::No => "- Required: no",
            Required::Unknown => {
                "- Required: unverified (the reference did not show it; treated as optional)"
            }
            Required::Api if p.info.default.is_some() => {
                "- Required: yes, by the service API (the element page does not say), but the platform fills in the default when it is left out"
            }
            Required::Api => {
                "- Required: yes, by the service API (the element page does not say); `build()` needs it, or the matching `omit_` method if the platform fills it"
            }
        }
        .into(),
    );
    if let Some(why) = &p.info.inferred {
        d.push(format!(
            "- Inferred, not on the element's page: {}. Synth and `rfs lint` list each use (`info[inferred-property]`)",
            escape(why)
        ));
    } else if let Some(api) = p.docs.api.as_ref().and_then(RawApi::summary) {
        d.push(format!("- API field: {}", escape(&api)));
    }
    for (other, values) in p.info.required_when.iter() {
        let vals: Vec<String> = values.iter().map(|v| code(&v.text())).collect();
        d.push(format!(
            "- Required when {} is {} (checked when the template is synthesized or linted)",
            code(other),
            vals.join(" or ")
        ));
    }
    if !p.info.allowed.is_empty() {
        let vals: Vec<String> = p.info.allowed.iter().map(|v| code(&v.text())).collect();
        d.push(format!("- Allowed values: {}", vals.join(", ")));
    }
    if !p.info.inferred_values.is_empty() {
        let vals: Vec<String> = p
            .info
            .inferred_values
            .iter()
            .map(|v| code(&v.text()))
            .collect();
        let api = p
            .docs
            .allowed_inferred
            .as_ref()
            .and_then(|a| a.api.as_ref())
            .and_then(|a| a.source.clone())
            .unwrap_or_default();
        d.push(format!(
            "- Inferred, not on the element's page: {} (from the service API today: {}; each use is listed as `info[inferred-property]`)",
            vals.join(", "),
            escape(&api)
        ));
    }
    if let Some(v) = &p.info.default {
        d.push(format!("- Default: {}", code(&v.render())));
    }
    match (&p.info.min, &p.info.max) {
        (Some(lo), Some(hi)) => d.push(format!(
            "- Range: {} to {}",
            Fact::number(*lo).render(),
            Fact::number(*hi).render()
        )),
        (Some(lo), None) => d.push(format!("- Minimum: {}", Fact::number(*lo).render())),
        (None, Some(hi)) => d.push(format!("- Maximum: {}", Fact::number(*hi).render())),
        _ => {}
    }
    match (p.info.min_length, p.info.max_length) {
        (Some(lo), Some(hi)) => d.push(format!("- Length: {lo} to {hi}")),
        (Some(lo), None) => d.push(format!("- Length: at least {lo}")),
        (None, Some(hi)) => d.push(format!("- Length: at most {hi}")),
        _ => {}
    }
    if let Some(re) = &p.info.pattern {
        d.push(format!("- Pattern (whole value): {}", code(re)));
    }
    if let Some(f) = &p.docs.format {
        d.push(format!("- Format: {}", escape(f)));
    }
    if p.info.secret {
        d.push("- Secret: pass it through an invisible input, not as a literal".into());
    }
    if let Some(c) = &p.docs.correction {
        d.push(format!("- Correction: {}", escape(c)));
    }
    push_research(&mut d, p.docs.research.as_deref());
    d.join("\n")
}

/// How a fact was found, apart from what it says: a last paragraph under "Spec notes".
fn push_research(d: &mut Vec<String>, research: Option<&str>) {
    if let Some(r) = research {
        d.push(String::new());
        d.push(format!("Spec notes: {}", escape(r)));
    }
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
    let mut d = vec![head];
    if let Some(n) = &a.notes {
        d.push(String::new());
        d.push(escape(n));
    }
    if let Some(why) = &a.inferred {
        d.push(String::new());
        d.push(format!(
            "Inferred, not on the element's page: {}. Synth and `rfs lint` list each use (`info[inferred-property]`).",
            escape(why)
        ));
    }
    push_research(&mut d, a.research.as_deref());
    d.join("\n")
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
            if r.input_type == r.name {
                fill.push(format!("an input of type {}", code(&r.name)));
            } else {
                fill.push(format!(
                    "an input of this type (`Input::<{}>`, declared `type: {}` in the template, since AOS does not document {} as an input type)",
                    r.rust_name,
                    r.input_type,
                    code(&r.name)
                ));
            }
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
