use rfs_dsl::Stack;
use rfs_dsl::func::concat;
use rfs_dsl::types::core::Map;

fn main() {
    let mut stack = Stack::new("t");
    // A part of concat is text, a number, a boolean or a typed value (or a tuple or array of
    // them); a map is none of them.
    stack.output("x", concat(("a", Map::new())));
}
