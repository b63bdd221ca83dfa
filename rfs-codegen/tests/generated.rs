//! Snapshots of the generated code for a few representative specs, and determinism of the
//! whole output. The code in the snapshots is what `rfs-types` compiles (its trybuild and unit
//! tests exercise it).

use std::path::Path;

use rfs_codegen::load::Kind;
use rfs_codegen::{Model, emit, load_specs};

fn model() -> Model {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../rfs-types/specs");
    load_specs(&root, "specs").unwrap_or_else(|d| panic!("{d}"))
}

fn source(model: &Model, name: &str, kind: Kind) -> String {
    emit::type_source(model, name, kind).expect("spec exists")
}

#[test]
fn element_with_required_properties() {
    insta::assert_snapshot!("VPC.VPC", source(&model(), "VPC.VPC", Kind::Element));
}

#[test]
fn element_with_enumeration() {
    insta::assert_snapshot!(
        "ULB.Listener",
        source(&model(), "ULB.Listener", Kind::Element)
    );
}

#[test]
fn partial_element_with_typed_attributes() {
    insta::assert_snapshot!("VPC.Subnet", source(&model(), "VPC.Subnet", Kind::Element));
}

#[test]
fn element_with_any_named_attribute() {
    insta::assert_snapshot!("AOS.Stack", source(&model(), "AOS.Stack", Kind::Element));
}

#[test]
fn data_structure() {
    insta::assert_snapshot!("ECS.NICS", source(&model(), "ECS.NICS", Kind::Datatype));
}

#[test]
fn resource_types_module() {
    let files = emit::generate(&model());
    insta::assert_snapshot!("common.rs", files["common.rs"]);
}

#[test]
fn output_is_deterministic() {
    let a = emit::generate(&model());
    let b = emit::generate(&model());
    assert_eq!(a, b);
    assert!(a.contains_key(emit::ROOT_FILE));
    assert!(a.contains_key("vpc.rs"));
    // One file per service module, plus the root.
    assert_eq!(a.len(), 36, "{:?}", a.keys().collect::<Vec<_>>());
}
