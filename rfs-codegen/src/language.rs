//! Facts of the AOS template language itself (LANGUAGE.md), in one place: the linter reads them
//! here, and the generator writes the same source into `rfs_types::language` for the DSL.

include!("language_facts.rs");

/// The same items as Rust tokens, for the generated `rfs_types::language` module.
pub fn emit() -> Result<proc_macro2::TokenStream, syn::Error> {
    let file: syn::File = syn::parse_str(include_str!("language_facts.rs"))?;
    Ok(quote::quote! {
        /// Facts of the AOS template language itself, generated from `rfs_codegen::language`.
        pub mod language {
            #file
        }
    })
}
