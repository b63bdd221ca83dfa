//! rfs-dsl passes rfs-types' per-service features through, one for one.

#[test]
fn every_service_feature_of_rfs_types_is_passed_through() {
    let manifest = include_str!("../Cargo.toml");
    let features = &manifest[manifest.find("[features]").expect("a [features] table")..];
    for service in rfs_dsl::types::SERVICES {
        let line = format!("{service} = [\"rfs-types/{service}\"]");
        assert!(
            features.contains(&line),
            "rfs-dsl lacks feature `{service}`"
        );
    }
    assert!(features.contains("all = [\"rfs-types/all\"]"));
}
