//! The stack `cdn`, imported from `cdn.yaml` by `rfs import`.
//!
//! Escape hatches: 0.

use rfs_dsl::types::cdn;
use rfs_dsl::{Input, Stack};

/// Builds the stack.
pub fn stack() -> Stack {
    let mut stack = Stack::new("cdn").description(
        "A CDN domain for a website, caching static files for a day",
    );
    let domain = stack.input(
        "domain",
        Input::<String>::new().description("Accelerated domain name"),
    );
    let origin = stack.input("origin", Input::<String>::new().description("Origin server domain"));
    let site = stack.add(
        "site",
        cdn::Domain::builder()
            .sources(
                [
                    cdn::SourceData::builder()
                        .active_standby(cdn::SourceDataActiveStandby::Master)
                        .origin_type(cdn::SourceDataOriginType::Domain)
                        .ip_or_domain(&origin)
                        .build()
                ],
            )
            .business_type(cdn::DomainBusinessType::Web)
            .domain_name(&domain)
            .build(),
    );
    stack.add(
        "site-cache",
        cdn::Cache::builder()
            .rules(
                [
                    cdn::CacheRule::builder()
                        .priority(1)
                        .content(".jpg;.png;.css;.js")
                        .rule_type(cdn::CacheRuleRuleType::File)
                        .ttl_type(cdn::CacheRuleTtlType::Day)
                        .ttl(1)
                        .build(),
                    cdn::CacheRule::builder()
                        .priority(2)
                        .rule_type(cdn::CacheRuleRuleType::Any)
                        .ttl_type(cdn::CacheRuleTtlType::Minute)
                        .ttl(10)
                        .build(),
                ],
            )
            .domain_id(site.id())
            .ignore_url_parameter(true)
            .build(),
    );
    stack.output("domain", site.attr().ref_name()).description("The accelerated domain");
    stack
}
