use rfs_types::ulb;

fn main() {
    // `port` is required by HuaweiCloud.ULB.Listener, has no default, and is not set.
    let _ = ulb::Listener::builder()
        .protocol(ulb::ListenerProtocol::Tcp)
        .load_balancer_id(ulb::LoadBalancerId::existing("lb"))
        .build();
}
