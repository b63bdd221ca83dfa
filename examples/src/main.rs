//! Writes every example stack as `<DIR>/<stack name>.yaml` and prints each path.

use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let (Some(dir), None) = (args.next(), args.next()) else {
        eprintln!("usage: cargo run -p examples -- DIR");
        return ExitCode::from(2);
    };
    let mut failed = false;
    for stack in examples::all() {
        let path = std::path::Path::new(&dir).join(format!("{}.yaml", stack.name()));
        match stack.write_to(&path) {
            Ok(warnings) => {
                println!("{}", path.display());
                for w in warnings {
                    eprintln!("  {w}");
                }
            }
            Err(e) => {
                eprintln!("{e}");
                failed = true;
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
