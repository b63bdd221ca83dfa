//! Stacks imported by `rfs import`.

pub mod every_function;

/// Every imported stack.
pub fn all() -> Vec<rfs_dsl::Stack> {
    vec![
        every_function::stack(),
    ]
}
