//! Compile-time guarantees of the DSL, pinned with trybuild: inputs fill only properties of
//! their declared type, and functions appear only where the template language allows them.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/*.rs");
    t.pass("tests/pass/*.rs");
}
