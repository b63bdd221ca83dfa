use rfs_types::ulb;

fn main() {
    // Enumerations grow when the documentation lists new values: a match needs a `_` arm.
    let protocol = ulb::ListenerProtocol::Tcp;
    let _ = match protocol {
        ulb::ListenerProtocol::Tcp => "tcp",
        ulb::ListenerProtocol::Http => "http",
    };
}
