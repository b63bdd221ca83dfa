//! Stacks imported by `rfs import`.

pub mod edge_cases;
pub mod every_element;
pub mod every_function;

/// Every imported stack.
pub fn all() -> Vec<rfs_dsl::Stack> {
    vec![edge_cases::stack(), every_element::stack(), every_function::stack()]
}
