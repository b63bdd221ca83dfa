use rfs_dsl::func::concat;
use rfs_dsl::types::vpc;

fn main() {
    // concat makes text: it does not fill an id.
    let _ = vpc::Subnet::builder().vpc_id(concat(("vpc-", "1")));
}
