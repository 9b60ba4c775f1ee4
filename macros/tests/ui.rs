//! Compile-fail tests: each file under `tests/ui/` is one class of error the
//! derive reports, and its `.stderr` pins the message and the span.
//! Regenerate the expectations with `TRYBUILD=overwrite cargo test -p modbus-map-macros --test ui`
//! and review the diff.

use std::path::{Path, PathBuf};

/// trybuild compiles each case in its own crate at `<target>/tests/trybuild/modbus-map-macros`;
/// spec-mode cases name their spec relative to that crate's manifest, so the
/// fixture specs are copied next to it first.
fn trybuild_project_dir() -> PathBuf {
    let exe = std::env::current_exe().expect("the test binary knows its own path");
    // <target>/debug/deps/ui-<hash>
    let target = exe
        .ancestors()
        .nth(3)
        .unwrap_or_else(|| panic!("test binary {} is not under <target>/<profile>/deps", exe.display()));
    target.join("tests").join("trybuild").join("modbus-map-macros")
}

fn copy_specs(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap_or_else(|e| panic!("cannot create {}: {e}", to.display()));
    for entry in std::fs::read_dir(from).unwrap_or_else(|e| panic!("cannot list {}: {e}", from.display())) {
        let entry = entry.expect("readable directory entry");
        let dest = to.join(entry.file_name());
        std::fs::copy(entry.path(), &dest)
            .unwrap_or_else(|e| panic!("cannot copy {} to {}: {e}", entry.path().display(), dest.display()));
    }
}

#[test]
fn ui() {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    copy_specs(&manifest.join("tests/ui/specs"), &trybuild_project_dir().join("specs"));
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/*.rs");
}
