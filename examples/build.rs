//! Emits every example stack's template on `cargo build` (see `rfs_dsl::build`).

#[path = "src/stacks/mod.rs"]
mod stacks;

fn main() {
    rfs_dsl::build::emit(&stacks::all(), &["src/stacks"]);
}
