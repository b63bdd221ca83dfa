//! Outside tools some tests read rfs's output with (Microsoft's sarif-tools, yaml-language-server),
//! installed once per target directory from their registries.

use std::path::Path;
use std::process::Command;

/// Runs the commands `steps` (program, arguments) to install `what` into the folder `dir`,
/// unless a finished install is there already: a marker written last, so an interrupted
/// install is started again, never taken for one. `needs` says what the machine must have.
pub fn install_once(dir: &Path, what: &str, needs: &str, steps: &[(&Path, Vec<&str>)]) {
    let done = dir.join("rfs-installed");
    if done.exists() {
        return;
    }
    let _ = std::fs::remove_dir_all(dir);
    std::fs::create_dir_all(dir).unwrap();
    for (program, args) in steps {
        let out = Command::new(program).args(args).output();
        assert!(
            matches!(&out, Ok(o) if o.status.success()),
            "installing {what} needs {needs}: `{} {}` gave {out:?}",
            program.display(),
            args.join(" ")
        );
    }
    std::fs::write(&done, "").unwrap();
}
