use rfs_dsl::{Input, Stack};

fn main() {
    let mut stack = Stack::new("t");
    // An input without `type` goes through `untyped_input`.
    let _ = stack.input("zone", Input::untyped());
}
