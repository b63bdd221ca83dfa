//! Stacks imported by `rfs import`.

pub mod injection_bidi_and_invisible;
pub mod injection_control_characters;
pub mod injection_generator_placeholders;
pub mod injection_in_names;
pub mod injection_manifest_macros;
pub mod injection_placeholder_smuggles_code;
pub mod injection_requirement_keys;
pub mod injection_string_escapes;
pub mod names_case_and_digits;
pub mod names_rust_keywords;
pub mod names_snake_case_collisions;
pub mod names_std_and_dsl_items;
pub mod names_unicode;
pub mod names_very_long;
pub mod numbers_exact_edges;
pub mod numbers_input_defaults;
pub mod numbers_mapping_keys_not_names;
pub mod numbers_mapping_keys;
pub mod numbers_yaml12_integers;
pub mod numbers_yaml12_plain_strings;
pub mod size_180_elements_reverse_order;
pub mod size_input_300_valid_values;
pub mod size_lists_300_items;
pub mod size_map_property_150_keys;
pub mod size_mapping_500_entries;
pub mod size_nesting_45_deep;
pub mod size_partial_spec_500_properties;
pub mod size_string_500kb;
pub mod structure_concat_in_properties;
pub mod structure_forward_references;
pub mod structure_functions_everywhere;
pub mod structure_get_attribute_long_path;
pub mod structure_nested_20_deep;
pub mod unmodelled_metadata_dangling_references;
pub mod unmodelled_metadata_functions;
pub mod unmodelled_requirement_keys;
pub mod unmodelled_untyped_mixed_valid_values;
pub mod yaml_anchors_and_aliases;
pub mod yaml_bom_crlf;
pub mod yaml_core_schema_booleans_and_nulls;
pub mod yaml_empty_values;
pub mod yaml_non_text_keys;
pub mod yaml_styles;
pub mod yaml_text_keys_and_core_tags;

/// Every imported stack.
pub fn all() -> Vec<rfs_dsl::Stack> {
    vec![
        injection_bidi_and_invisible::stack(),
        injection_control_characters::stack(),
        injection_generator_placeholders::stack(),
        injection_in_names::stack(),
        injection_manifest_macros::stack(),
        injection_placeholder_smuggles_code::stack(),
        injection_requirement_keys::stack(),
        injection_string_escapes::stack(),
        names_case_and_digits::stack(),
        names_rust_keywords::stack(),
        names_snake_case_collisions::stack(),
        names_std_and_dsl_items::stack(),
        names_unicode::stack(),
        names_very_long::stack(),
        numbers_exact_edges::stack(),
        numbers_input_defaults::stack(),
        numbers_mapping_keys_not_names::stack(),
        numbers_mapping_keys::stack(),
        numbers_yaml12_integers::stack(),
        numbers_yaml12_plain_strings::stack(),
        size_180_elements_reverse_order::stack(),
        size_input_300_valid_values::stack(),
        size_lists_300_items::stack(),
        size_map_property_150_keys::stack(),
        size_mapping_500_entries::stack(),
        size_nesting_45_deep::stack(),
        size_partial_spec_500_properties::stack(),
        size_string_500kb::stack(),
        structure_concat_in_properties::stack(),
        structure_forward_references::stack(),
        structure_functions_everywhere::stack(),
        structure_get_attribute_long_path::stack(),
        structure_nested_20_deep::stack(),
        unmodelled_metadata_dangling_references::stack(),
        unmodelled_metadata_functions::stack(),
        unmodelled_requirement_keys::stack(),
        unmodelled_untyped_mixed_valid_values::stack(),
        yaml_anchors_and_aliases::stack(),
        yaml_bom_crlf::stack(),
        yaml_core_schema_booleans_and_nulls::stack(),
        yaml_empty_values::stack(),
        yaml_non_text_keys::stack(),
        yaml_styles::stack(),
        yaml_text_keys_and_core_tags::stack(),
    ]
}
