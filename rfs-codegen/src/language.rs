//! Facts of the AOS template language itself (LANGUAGE.md), in one place: the linter reads them
//! here, and the generator writes them into `rfs_types::language` for the DSL.

/// The only template version the language documents.
pub const TOSCA_VERSION: &str = "huaweicloud_tosca_version_1_0";

/// The top-level sections, in the canonical order.
pub const SECTIONS: &[&str] = &[
    "tosca_definitions_version",
    "description",
    "inputs",
    "mappings",
    "conditions",
    "node_templates",
    "policies",
    "outputs",
];

/// Values the platform supplies, read with `get_input` without being declared.
pub const PSEUDO_PARAMETERS: &[&str] = &[
    "HuaweiCloud.UserId",
    "HuaweiCloud.ProjectId",
    "HuaweiCloud.DomainId",
    "HuaweiCloud.Region",
    "HuaweiCloud.StackName",
];

/// The built-in functions (`replace` is undocumented but appears in an official example).
pub const FUNCTIONS: &[&str] = &[
    "get_input",
    "get_attribute",
    "get_reference",
    "get_in_map",
    "cond_eq",
    "cond_not",
    "cond_and",
    "cond_or",
    "cond_if",
    "base64_encode",
    "concat",
    "split",
    "select",
    "get_list_length",
    "replace",
];

/// Input types besides resource types (the inputs page, the legacy API and official samples).
pub const INPUT_TYPES: &[&str] = &[
    "string", "integer", "float", "boolean", "password", "ip", "secret", "enum",
];

/// The only element types the policies section takes.
pub const POLICY_TYPES: &[&str] = &["HuaweiCloud.AntiDDos.Service", "HuaweiCloud.APM.Pinpoint"];

/// Most inputs a template may declare.
pub const MAX_INPUTS: usize = 60;

/// Most mappings a template may declare.
pub const MAX_MAPPINGS: usize = 10;

/// The language facts as Rust items, for the generated `rfs_types::language` module.
pub fn emit() -> proc_macro2::TokenStream {
    let sections = SECTIONS.iter();
    let pseudo = PSEUDO_PARAMETERS.iter();
    let functions = FUNCTIONS.iter();
    let input_types = INPUT_TYPES.iter();
    let policies = POLICY_TYPES.iter();
    quote::quote! {
        /// Facts of the AOS template language itself, generated from `rfs_codegen::language`.
        pub mod language {
            /// The only template version the language documents.
            pub const TOSCA_VERSION: &str = #TOSCA_VERSION;
            /// The top-level sections, in the canonical order.
            pub const SECTIONS: &[&str] = &[#(#sections),*];
            /// Values the platform supplies, read with `get_input` without being declared.
            pub const PSEUDO_PARAMETERS: &[&str] = &[#(#pseudo),*];
            /// The built-in functions.
            pub const FUNCTIONS: &[&str] = &[#(#functions),*];
            /// Input types besides resource types.
            pub const INPUT_TYPES: &[&str] = &[#(#input_types),*];
            /// The only element types the policies section takes.
            pub const POLICY_TYPES: &[&str] = &[#(#policies),*];
            /// Most inputs a template may declare.
            pub const MAX_INPUTS: usize = #MAX_INPUTS;
            /// Most mappings a template may declare.
            pub const MAX_MAPPINGS: usize = #MAX_MAPPINGS;
        }
    }
}
