//! Every example synthesizes without errors, and its YAML is pinned by a snapshot.

#[test]
fn every_example_synthesizes_to_its_snapshot() {
    for stack in examples::all() {
        let synth = stack.synth().unwrap_or_else(|e| panic!("{e}"));
        insta::assert_snapshot!(stack.name().to_owned(), synth.yaml);
    }
}

#[test]
fn output_is_byte_identical_across_runs() {
    let a: Vec<String> = examples::all()
        .iter()
        .map(|s| s.to_yaml().unwrap())
        .collect();
    let b: Vec<String> = examples::all()
        .iter()
        .map(|s| s.to_yaml().unwrap())
        .collect();
    assert_eq!(a, b);
}
