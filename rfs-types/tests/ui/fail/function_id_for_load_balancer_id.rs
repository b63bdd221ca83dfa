use rfs_types::core::Ref;
use rfs_types::{fgs, ulb};

fn main() {
    let function = Ref::<fgs::Function>::new("handler");
    // loadBalancerId takes a load balancer's id, not a function's.
    let _ = ulb::Listener::builder().load_balancer_id(function.id());
}
