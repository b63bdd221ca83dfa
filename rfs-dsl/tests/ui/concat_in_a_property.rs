use rfs_dsl::func::concat;
use rfs_dsl::types::{core::Ref, vpc};

fn main() {
    // concat with an attribute part is for outputs only (the documented restriction); of
    // literals and inputs it is text, and fits a text property.
    let net = Ref::<vpc::Vpc>::new("net");
    let _ = vpc::Subnet::builder().name(concat(("web-", "1")));
    let _ = vpc::Subnet::builder().name(concat((net.attr().ref_name(), "-1")));
}
