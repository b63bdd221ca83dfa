//! Writes every example stack as `<DIR>/<stack name>.yaml` and prints each path.

use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let (Some(dir), None) = (args.next(), args.next()) else {
        eprintln!("usage: cargo run -p examples -- DIR");
        return ExitCode::from(2);
    };
    // Every stack is checked first, then all templates are written or none.
    let stacks = examples::all();
    match rfs_dsl::build::write_all(&stacks, std::path::Path::new(&dir)) {
        Ok(notes) => {
            for stack in &stacks {
                println!(
                    "{}",
                    std::path::Path::new(&dir)
                        .join(format!("{}.yaml", stack.name()))
                        .display()
                );
            }
            for n in notes {
                eprintln!("  {n}");
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprint!("{e}");
            ExitCode::FAILURE
        }
    }
}
