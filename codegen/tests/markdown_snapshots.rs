//! Snapshots of the Markdown generator: the page of every spec in specs/, the
//! index over all of them, and the IR fixtures under `tests/data/` (what a
//! derive's `IR_JSON` feeds in).

use modbus_map_codegen::generate::{markdown, Options};
use modbus_map_codegen::ir::Ir;
use std::path::Path;

mod common;
use common::{load_ir, load_spec, specs_in, workspace_specs_dir};

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
    for path in specs_in(&workspace_specs_dir()) {
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
