use rfs_dsl::Stack;
use rfs_dsl::func::concat;

fn main() {
    let mut stack = Stack::new("t");
    // A part of concat is text, a number, a boolean or a typed value; a list is none of them.
    stack.output("x", concat(("a", vec![1, 2])));
}
