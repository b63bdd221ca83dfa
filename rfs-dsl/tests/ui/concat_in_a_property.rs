use rfs_dsl::func::concat;
use rfs_dsl::types::vpc;

fn main() {
    // concat is for outputs.
    let _ = vpc::Subnet::builder().name(concat(["web", "-", "1"]));
}
