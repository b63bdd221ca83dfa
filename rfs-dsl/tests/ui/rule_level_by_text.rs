use rfs_dsl::Stack;
use rfs_dsl::engine::rules;

fn main() {
    let mut stack = Stack::new("t");
    // A rule level names the rule's constant, not its id as text: a misspelt rule cannot
    // compile, and neither can a string.
    stack.allow(rules::INPUT_NAM, "typo");
    stack.allow("input-name", "text");
}
