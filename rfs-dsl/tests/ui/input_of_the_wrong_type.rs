use rfs_dsl::types::vpc;
use rfs_dsl::{Input, Stack};

fn main() {
    let mut stack = Stack::new("t");
    // A string input cannot fill a VPC id: declare it Input::<vpc::VpcId>.
    let text = stack.input("vpc", Input::<String>::new());
    let _ = vpc::Subnet::builder().vpc_id(text);
}
