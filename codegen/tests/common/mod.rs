//! Helpers shared by the codegen integration tests; each test file uses a subset.
#![allow(dead_code)]

use modbus_map_codegen::ir::{Device, Ir, Origin};
use modbus_map_codegen::{load_str, Format, Sources};
use std::path::{Path, PathBuf};

/// The IR without positions and file names, which differ between formats by design.
pub fn positionless(mut d: Device) -> Device {
    d.source = Origin::default();
    for b in &mut d.blocks {
        b.origin = Origin::default();
    }
    for r in &mut d.registers {
        r.origin = Origin::default();
    }
    d
}

/// The spec files (`.yaml`, `.yml`, `.csv`) in `dir`, sorted.
pub fn specs_in(dir: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .map(|e| e.expect("readable directory entry").path())
        .filter(|p| Format::from_path(p).is_some())
        .collect();
    out.sort();
    out
}

/// The workspace's `specs/` directory.
pub fn workspace_specs_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../specs")
}

/// Loads a spec under the name `cargo xtask gen` gives it (relative to the
/// workspace root), so headers are the same on every machine.
pub fn load_spec(path: &Path) -> Device {
    let shown = format!("specs/{}", path.file_name().unwrap().to_string_lossy());
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let format = Format::from_path(path).unwrap_or_else(|| panic!("{} is not a .yaml/.yml/.csv spec", path.display()));
    load_str(&text, &shown, format)
        .unwrap_or_else(|d| panic!("{shown} does not validate:\n{}", d.render(&Sources::single(&shown, &text))))
        .device
}

/// Reads an IR JSON fixture (what a derive's `IR_JSON` holds).
pub fn load_ir(path: &Path) -> Ir {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    Ir::from_json(&text).unwrap_or_else(|e| panic!("{} is not IR JSON: {e}", path.display()))
}
