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
//! - [`func`]: the built-in functions, typed.
//! - [`build`]: writing templates from a build script.
//! - [`yaml`]: the YAML writer.

pub mod build;
mod check;
pub mod func;
mod input;
mod stack;
pub mod yaml;

pub use input::{Input, Numeric};
pub use rfs_types as types;
pub use stack::{
    Condition, Finding, MapValue, Mapping, MappingRef, Output, PSEUDO_PARAMETERS, Policy, Severity,
    Stack, Synth, SynthError, TOSCA_VERSION, Target,
};

use std::fmt;
use std::path::Path;

/// Why a template could not be written.
#[derive(Debug)]
pub enum Error {
    /// The stack has errors.
    Synth(SynthError),
    /// The file could not be written.
    Io(std::path::PathBuf, std::io::Error),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Synth(e) => e.fmt(f),
            Error::Io(path, e) => write!(f, "cannot write {}: {e}", path.display()),
        }
    }
}

impl std::error::Error for Error {}

impl From<SynthError> for Error {
    fn from(e: SynthError) -> Self {
        Error::Synth(e)
    }
}

/// Writes `text` to `path` unless it already holds exactly that; creates parent folders.
pub(crate) fn write_if_changed(path: &Path, text: &str) -> Result<(), Error> {
    if std::fs::read_to_string(path).is_ok_and(|old| old == text) {
        return Ok(());
    }
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).map_err(|e| Error::Io(parent.to_owned(), e))?;
    }
    std::fs::write(path, text).map_err(|e| Error::Io(path.to_owned(), e))
}
