//! Arbitrary input to `rfs graph`: DOT and Mermaid output for any template, never a panic, and
//! no template text outside a quoted label (one line per node or edge, ids of our own).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(root) = rfs_cli::lint::read(&text, &Default::default()) {
        let (nodes, edges) = rfs_cli::graph::edges(&root);
        let dot = rfs_cli::graph::dot(&root);
        let mermaid = rfs_cli::graph::mermaid(&root);
        // Header and footer, one line per node and per edge: no name can add a line.
        assert_eq!(dot.lines().count(), 4 + nodes.len() + edges.len(), "{dot}");
        assert_eq!(mermaid.lines().count(), 1 + nodes.len() + edges.len(), "{mermaid}");
        assert!(!dot.chars().any(|c| c.is_control() && c != '\n'));
        assert!(!mermaid.chars().any(|c| c.is_control() && c != '\n'));
    }
});
