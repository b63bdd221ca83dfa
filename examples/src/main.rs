//! Writes every example stack as `<DIR>/<stack name>.yaml` (`cargo run -p examples -- DIR`)
//! and prints each path: the whole program is `rfs_dsl::build::main`.

fn main() -> std::process::ExitCode {
    rfs_dsl::build::main(&examples::all())
}
