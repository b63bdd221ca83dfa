use rfs_types::ulb;

fn main() {
    // `protocol` takes ulb::ListenerProtocol, not text.
    let _ = ulb::Listener::builder()
        .protocol("TCP")
        .port(80)
        .load_balancer_id(ulb::LoadBalancerId::existing("lb"))
        .build();
}
