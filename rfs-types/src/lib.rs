//! Typed builders for every Huawei Cloud AOS element and data structure.
//!
//! The modules below (`vpc`, `ecs`, `cce`, …) are generated at build time from the specs in
//! `specs/` by `rfs-codegen`. Each element is a struct with a builder whose `build()` only
//! compiles once every required property is set; properties take only values of their type
//! (an enumeration's variants, a data structure, a reference to the right kind of element, a
//! typed input). Elements of a service need that service's cargo feature (all on by default);
//! data structures and resource types are always available.
//!
//! ```
//! use rfs_types::core::{Element, Ref};
//! use rfs_types::vpc;
//!
//! let network = Ref::<vpc::Vpc>::new("web-vpc");
//! let subnet = vpc::Subnet::builder()
//!     .name("web")
//!     .cidr("192.168.0.0/24")
//!     .gateway("192.168.0.1")
//!     .vpc_id(network.id())
//!     .build();
//! assert_eq!(subnet.properties().len(), 4);
//! ```
//!
//! [`core`] is the small handwritten runtime the generated code builds on.
//!
//! # Names
//!
//! One scheme, so a name can be guessed (details in `specs/README.md`, "Names"; every generated
//! public name is listed in a snapshot test, so a rename shows up as a diff):
//!
//! - one module per service, named after it in lowercase (`vpc`, `ecs`, `vpcendpoint`);
//! - an element or data structure is its spec name without the service, in UpperCamelCase, with
//!   acronyms cased as words (`VPC.VPC` → `vpc::Vpc`, `RDS.HA.Mysql` → `rds::HaMySql`), with
//!   `<Type>Builder` and, for elements, `<Type>Attributes`;
//! - a data structure lives in the module of the service whose elements use it
//!   (`MySQL.DataStore` → `rds::MySqlDataStore`); one that several services use stays in its
//!   own and is re-exported into the others (`vpc::BandWidth`, also `ecs::BandWidth`);
//! - an enumeration is `<Type><Property>` (`ulb::ListenerProtocol`); its variants are the values
//!   in UpperCamelCase (`TCP` → `Tcp`, `5_bgp` → `V5_bgp`, `*` → `Any`), and a variant for a
//!   wildcard, a symbol or the empty text says so in its docs; `Display` writes the value;
//! - ids and names of resources are `<Type>Id` / `<Type>Name` (`vpc::VpcId`,
//!   `ecs::AvailabilityZoneName`);
//! - setters and attribute accessors are the template key in snake_case (`vpcId` → `vpc_id`,
//!   `refID` → `ref_id`), `type` → `type_`, and `omit_<setter>` where only the service API
//!   requires a property.

#![warn(missing_docs)]
// docs.rs shows which feature enables each service's elements.
#![cfg_attr(docsrs, feature(doc_cfg))]

pub mod core;

pub use rfs_facts::language;

/// Everything the specs describe (elements of the enabled features, every data structure and
/// resource type): what `Stack::synth` and `rfs lint` check templates against.
pub fn catalog() -> &'static core::Catalog {
    &CATALOG
}

include!(concat!(env!("OUT_DIR"), "/rfs_types.rs"));
include!(concat!(env!("OUT_DIR"), "/spec_files.rs"));
