//! Snapshots of the Markdown generator: every device page and the index, for
//! the IR fixtures under `tests/data/` (what a derive's `IR_JSON` feeds in).

use modbus_map_codegen::generate::{markdown, Options};
use modbus_map_codegen::ir::Ir;

fn load_ir(path: &std::path::Path) -> Ir {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    Ir::from_json(&text).unwrap_or_else(|e| panic!("{} is not IR JSON: {e}", path.display()))
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
        let index = markdown::generate_index(&ir, &Options::default()).unwrap();
        insta::assert_snapshot!("index", index);
    });
}

#[test]
fn output_is_deterministic() {
    let ir = load_ir(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/md_py_demo.ir.json"));
    let device = &ir.devices["md_py_demo"];
    let first = markdown::generate(device, &Options::default()).unwrap();
    let second = markdown::generate(&device.clone(), &Options::default()).unwrap();
    assert_eq!(first, second);
    assert!(first.starts_with("<!--\n@generated from codegen/tests/data/md_py_demo.yaml by `cargo xtask gen`."));
}
