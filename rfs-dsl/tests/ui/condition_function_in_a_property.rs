use rfs_dsl::func::cond_eq;
use rfs_dsl::types::vpc;

fn main() {
    // cond_eq belongs in the conditions section only.
    let _ = vpc::Subnet::builder().dhcp_enable(cond_eq::<i64>(1, 1));
}
