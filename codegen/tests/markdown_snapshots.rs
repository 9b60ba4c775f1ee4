//! Snapshots of the Markdown generator: the page of every spec in specs/, the
//! index over all of them, and the IR fixtures under `tests/data/` (what a
//! derive's `IR_JSON` feeds in).

use modbus_map_codegen::generate::{markdown, Options};
use modbus_map_codegen::ir::{Device, Ir};
use modbus_map_codegen::{load_str, Format, Sources};
use std::path::Path;

/// Loads a spec under the name `cargo xtask gen` gives it (relative to the
/// workspace root), so headers are the same on every machine.
fn load_spec(path: &Path) -> Device {
    let shown = format!("specs/{}", path.file_name().unwrap().to_string_lossy());
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let format = Format::from_path(path).unwrap_or_else(|| panic!("{} is not a .yaml/.yml/.csv spec", path.display()));
    load_str(&text, &shown, format)
        .unwrap_or_else(|d| panic!("{shown} does not validate:\n{}", d.render(&Sources::single(&shown, &text))))
        .device
}

fn load_ir(path: &Path) -> Ir {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    Ir::from_json(&text).unwrap_or_else(|e| panic!("{} is not IR JSON: {e}", path.display()))
}

fn spec_paths() -> Vec<std::path::PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../specs");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .map(|entry| entry.expect("readable directory entry").path())
        .filter(|p| Format::from_path(p).is_some())
        .collect();
    paths.sort();
    paths
}

#[test]
fn page_of_every_spec() {
    insta::glob!(concat!(env!("CARGO_MANIFEST_DIR"), "/../specs"), "*.{yaml,yml,csv}", |path| {
        let device = load_spec(path);
        let page = markdown::generate(&device, &Options::default()).unwrap_or_else(|e| panic!("{e}"));
        insta::assert_snapshot!(page);
    });
}

#[test]
fn index_of_every_spec() {
    let mut ir = Ir::default();
    for path in spec_paths() {
        let device = load_spec(&path);
        ir.devices.insert(device.name.clone(), device);
    }
    assert!(ir.devices.len() >= 2, "specs/ should hold the seed devices, found {}", ir.devices.len());
    let index = markdown::generate_index(&ir, &Options::default()).unwrap();
    for name in ir.devices.keys() {
        assert!(index.contains(&format!("]({name}.md)")), "index does not link {name}.md");
    }
    insta::assert_snapshot!("index_specs", index);
}

#[test]
fn ir_fixture_pages() {
    insta::glob!("data/md_py_*.ir.json", |path| {
        let ir = load_ir(path);
        assert!(!ir.devices.is_empty(), "{} holds no device", path.display());
        for device in ir.devices.values() {
            let page = markdown::generate(device, &Options::default())
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            insta::assert_snapshot!(format!("page_{}", device.name), page);
        }
        let stem = path.file_stem().unwrap().to_string_lossy().replace('.', "_");
        let index = markdown::generate_index(&ir, &Options::default()).unwrap();
        insta::assert_snapshot!(format!("index_{stem}"), index);
    });
}

#[test]
fn output_is_deterministic() {
    let ir = load_ir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/md_py_demo.ir.json"));
    let device = &ir.devices["md_py_demo"];
    let first = markdown::generate(device, &Options::default()).unwrap();
    let second = markdown::generate(&device.clone(), &Options::default()).unwrap();
    assert_eq!(first, second);
    assert!(first.starts_with("<!--\n@generated from codegen/tests/data/md_py_demo.yaml by `cargo xtask gen`."));
}
