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

#![warn(missing_docs)]

pub mod core;

pub use rfs_facts::language;

/// Everything the specs describe (elements of the enabled features, every data structure and
/// resource type): what `Stack::synth` and `rfs lint` check templates against.
pub fn catalog() -> &'static core::Catalog {
    &CATALOG
}

include!(concat!(env!("OUT_DIR"), "/rfs_types.rs"));
