//! Snapshots of the Python generator for every spec in specs/ and for the IR
//! fixtures under `tests/data/`.
//!
//! The test also writes the generated modules to
//! `target/modbus-map-fixtures/python/` so the pytest suite (tests/python)
//! can import and type-check exactly what the snapshots hold.

use modbus_map_codegen::generate::{python, Options};
use std::path::{Path, PathBuf};

mod common;
use common::{load_ir, load_spec};

#[test]
fn module_of_every_spec() {
    insta::glob!(concat!(env!("CARGO_MANIFEST_DIR"), "/../specs"), "*.{yaml,yml,csv}", |path| {
        let device = load_spec(path);
        let module = python::generate(&device, &Options::default()).unwrap_or_else(|e| panic!("{e}"));
        assert!(module.starts_with("# @generated from specs/"), "header missing");
        insta::assert_snapshot!(module);
    });
}

fn fixture_dir() -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../target"));
    target.join("modbus-map-fixtures/python")
}

#[test]
fn ir_fixture_modules() {
    let out = fixture_dir();
    std::fs::create_dir_all(&out).unwrap_or_else(|e| panic!("cannot create {}: {e}", out.display()));
    insta::glob!("data/md_py_*.ir.json", |path| {
        let ir = load_ir(path);
        assert!(!ir.devices.is_empty(), "{} holds no device", path.display());
        for device in ir.devices.values() {
            let module = python::generate(device, &Options::default())
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let file = out.join(format!("{}.py", device.name));
            std::fs::write(&file, &module).unwrap_or_else(|e| panic!("cannot write {}: {e}", file.display()));
            insta::assert_snapshot!(format!("module_{}", device.name), module);
        }
    });
}

#[test]
fn output_is_deterministic_and_headed() {
    let ir = load_ir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/md_py_demo.ir.json"));
    let device = &ir.devices["md_py_demo"];
    let first = python::generate(device, &Options::default()).unwrap();
    let second = python::generate(&device.clone(), &Options::default()).unwrap();
    assert_eq!(first, second);
    assert!(first.starts_with("# @generated from codegen/tests/data/md_py_demo.yaml by `cargo xtask gen`.\n# Do not edit"));
    assert!(first.contains("\nfrom __future__ import annotations\n"));
}
