//! Compile-time guarantees of the generated builders, pinned with trybuild: each case under
//! `ui/fail` must fail to compile with exactly the message in its `.stderr`, and each case under
//! `ui/pass` must compile and run.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.pass("tests/ui/pass/*.rs");
    t.compile_fail("tests/ui/fail/*.rs");
}
