//! A CDN-accelerated website: a CDN domain in front of an origin server, with cache rules for
//! static files.

use rfs_dsl::types::cdn;
use rfs_dsl::{Input, Stack};

/// Builds the stack.
pub fn stack() -> Stack {
    let mut stack =
        Stack::new("cdn").description("A CDN domain for a website, caching static files for a day");
    let domain_name = stack.input(
        "domain",
        Input::<String>::new().description("Accelerated domain name"),
    );
    let origin = stack.input(
        "origin",
        Input::<String>::new().description("Origin server domain"),
    );

    let domain = stack.add(
        "site",
        cdn::Domain::builder()
            .domain_name(domain_name)
            .business_type(cdn::DomainBusinessType::Web)
            .sources([cdn::SourceData::builder()
                .active_standby(cdn::SourceDataActiveStandby::Master)
                .origin_type(cdn::SourceDataOriginType::Domain)
                .ip_or_domain(origin)
                .build()])
            .build(),
    );
    stack.add(
        "site-cache",
        cdn::Cache::builder()
            .domain_id(domain.id())
            .ignore_url_parameter(true)
            .rules([
                cdn::CacheRule::builder()
                    .priority(1)
                    .rule_type(cdn::CacheRuleRuleType::File)
                    .content(".jpg;.png;.css;.js")
                    .ttl_type(cdn::CacheRuleTtlType::Day)
                    .ttl(1)
                    .build(),
                cdn::CacheRule::builder()
                    .priority(2)
                    .rule_type(cdn::CacheRuleRuleType::Any)
                    .ttl_type(cdn::CacheRuleTtlType::Minute)
                    .ttl(10)
                    .build(),
            ])
            .build(),
    );
    stack
        .output("domain", domain.attr().ref_name())
        .description("The accelerated domain");
    stack
}
