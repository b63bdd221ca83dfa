fn main() {
    match rfs_codegen::load_specs(std::path::Path::new("specs"), "specs") {
        Ok(m) => println!(
            "ok: {} types, {} resource types",
            m.types.len(),
            m.resources.len()
        ),
        Err(d) => println!("{d}"),
    }
}
