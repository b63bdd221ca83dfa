use rfs_dsl::Stack;
use rfs_dsl::func::{cond_eq, cond_or};

fn main() {
    let mut stack = Stack::new("t");
    // cond_or takes 2 to 10 conditions.
    stack.condition("c", cond_or([cond_eq::<i64>(1, 1)]));
}
