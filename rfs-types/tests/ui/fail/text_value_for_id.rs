use rfs_types::core::{Ref, Val};
use rfs_types::vpc;

fn main() {
    // A value typed as text (a string input, a refName) does not fill an id either.
    let name: Val<String> = Ref::<vpc::Vpc>::new("web-vpc").attr().ref_name().into_val();
    let _ = vpc::Subnet::builder().vpc_id(name);
}
