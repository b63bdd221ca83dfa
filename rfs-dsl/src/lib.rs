//! Compose Huawei Cloud AOS stacks in Rust with the typed builders of [`rfs_types`], and write
//! them as valid, deterministic template YAML.
//!
//! ```
//! use rfs_dsl::types::{ecs, vpc};
//! use rfs_dsl::{Input, Stack};
//!
//! let mut stack = Stack::new("web").description("A VPC with one subnet");
//! let zone = stack.input("zone", Input::<ecs::AvailabilityZoneName>::new());
//! let network = stack.add("web-vpc", vpc::Vpc::builder().name("web").cidr("192.168.0.0/16").build());
//! let subnet = stack.add(
//!     "web-subnet",
//!     vpc::Subnet::builder()
//!         .name("web")
//!         .cidr("192.168.0.0/24")
//!         .gateway("192.168.0.1")
//!         .availability_zone(zone)
//!         .vpc_id(network.id())
//!         .build(),
//! );
//! stack.output("subnet", subnet.attr().ref_id()).description("the subnet's id");
//! let yaml = stack.to_yaml()?;
//! assert!(yaml.contains("requirements:\n    - vpcId:\n        node: web-vpc\n"));
//! # Ok::<(), rfs_dsl::SynthError>(())
//! ```
//!
//! - [`Stack`]: inputs, mappings, conditions, elements, policies and outputs; [`Stack::synth`]
//!   checks everything the compiler cannot and writes YAML.
//! - [`func`]: the built-in functions, typed; [`func::concat`] takes a tuple of mixed literals
//!   and values (`concat(("http://", ip, ":8080"))`), typed lists take tuples too.
//! - [`json!`]: map- and any-typed properties (Kubernetes manifests, nested-stack inputs) take
//!   any serde value; `json!` literals may hold typed values (`&input`, `vpc.id()`), which are
//!   written as the functions they are.
//! - [`Input`]: every input type of the language (`Input::<i64>`, `Input::password()`,
//!   `Input::ip()`, resource types); [`Stack::untyped_input`] for an input without `type`.
//! - [`Requirement`]: requirements with any key and relationship, beside those derived from
//!   references.
//! - [`build`]: writing templates from a build script.
//!
//! # One verdict with `rfs lint`
//!
//! `Stack::synth` renders the stack into a template tree and checks it with the rule engine
//! [`engine`] (`rfs_check`), the same engine and the same spec catalog `rfs lint` uses on YAML:
//! a stack that synthesizes lints without errors, and every rule has one id and one severity
//! in both. A few documented naming rules are relaxed to warnings because official templates
//! break them ([`engine::rules::RELAXED`]).
//!
//! Each [`Finding`] carries its rule id, severity, template path and the Rust call that made the
//! item (`Stack::add`, `input`, `mapping`, `output`, `condition`, `policy`):
//!
//! ```text
//! src/stacks/web.rs:23:5: error[range]: node_templates.ip.properties.bandwidth.size: 999 is above the maximum 300 of 'size'
//! ```
//!
//! Escape hatches are never silent: `unlisted_property`, `attr().unlisted`, `existing`,
//! `as_string`, `<Enum>::unlisted` (a value the documented list lacks), `Val::cast_unchecked` and
//! `Val::from_raw_unchecked` are listed as `info` findings (rule `escape-hatch`), and a problem
//! inside such a value is a warning rather than an error (the one documented difference from
//! `rfs lint`, which sees only the YAML). A builder property set twice is a `set-twice` warning.
//!
//! # Required properties
//!
//! `build()` compiles once every required property is set. Where an element's page is silent,
//! the specs take the flag from the service's own API definition: those properties are required
//! too, and `omit_<property>()` says the template relies on the platform to fill one (synth and
//! `rfs lint` then warn, rule `api-required`).
//!
//! # Features
//!
//! One cargo feature per service (`vpc`, `ecs`, `cce`, …; all on by default, passed through to
//! [`rfs_types`]): `default-features = false, features = ["vpc", "ecs"]` compiles only those
//! services' elements; data structures and ids of every service stay available.

pub mod build;
mod foreign;
pub mod func;
mod input;
mod render;
mod section;
mod stack;
pub mod testing;
mod yaml;

pub use input::{Input, Numeric};
pub use rfs_check as engine;
pub use rfs_check::{Finding, Severity};
pub use rfs_types as types;
pub use rfs_types::core::{Untyped, to_value};
pub use serde_json::json;
pub use stack::{
    Condition, MapValue, Mapping, MappingRef, Output, PSEUDO_PARAMETERS, Policy, Requirement,
    Stack, Synth, SynthError, TOSCA_VERSION, Target,
};

use std::fmt;

/// Why a template could not be written.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// The stack has errors.
    Synth(SynthError),
    /// The file could not be written (it was left as it was).
    Write(build::WriteError),
    /// The `rfs.toml` that applies to the file cannot be read.
    Config(engine::policy::ConfigError),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Synth(e) => e.fmt(f),
            Error::Write(e) => e.fmt(f),
            Error::Config(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for Error {}

impl From<SynthError> for Error {
    fn from(e: SynthError) -> Self {
        Error::Synth(e)
    }
}

/// The README's Rust blocks, compiled and run as doctests: the tour compiles as written.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
pub struct ReadmeDoctests;

/// This package's own README (its registry page), compiled and run the same way.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct CrateReadmeDoctests;
