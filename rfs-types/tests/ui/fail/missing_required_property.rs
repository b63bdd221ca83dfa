use rfs_types::vpc;

fn main() {
    // `cidr` is required by HuaweiCloud.VPC.VPC and is not set.
    let _ = vpc::Vpc::builder().name("web").build();
}
