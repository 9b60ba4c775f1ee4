//! Builds this crate on its own, so cargo does not unify modbus-map's features
//! with the workspace's std members (which would hide a std dependency).

use std::process::Command;

#[test]
fn generated_modules_build_without_std_alloc_or_tokio() {
    let manifest = concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.toml");
    let target = concat!(env!("CARGO_MANIFEST_DIR"), "/../../target/no_std_check");
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let out = Command::new(cargo)
        .args(["build", "--quiet", "--lib", "--manifest-path", manifest, "--target-dir", target])
        .output()
        .expect("run cargo build");
    assert!(
        out.status.success(),
        "the generated modules do not build in a no_std crate without modbus-map's default features:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // The build really had no std path: modbus-map's `std` feature pulls in its `error` module.
    let tree = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()))
        .args(["tree", "--quiet", "-e", "features", "--manifest-path", manifest, "-i", "modbus-map"])
        .output()
        .expect("run cargo tree");
    let tree = String::from_utf8_lossy(&tree.stdout);
    assert!(!tree.contains("feature \"std\"") && !tree.contains("feature \"tokio\""), "modbus-map is built with std or tokio:\n{tree}");
}
