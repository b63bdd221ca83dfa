//! Stacks imported by `rfs import`.

pub mod edge_cases;
pub mod every_element_1;
pub mod every_element_2;
pub mod every_element_3;
pub mod every_function;
pub mod official_style_inputs;
pub mod rule_levels;

/// Every imported stack.
pub fn all() -> Vec<rfs_dsl::Stack> {
    vec![
        edge_cases::stack(),
        every_element_1::stack(),
        every_element_2::stack(),
        every_element_3::stack(),
        every_function::stack(),
        official_style_inputs::stack(),
        rule_levels::stack(),
    ]
}
