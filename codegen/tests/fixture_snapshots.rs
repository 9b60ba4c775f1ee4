//! Snapshots of the registered generators (all but Rust) over the IR fixtures under
//! `tests/data/` (what a derive's `IR_JSON` feeds in). The specs in specs/ need
//! no snapshots: their output is `generated/`, checked by `generated_up_to_date`.
//!
//! The test also writes the Python output of the fixtures (device modules and
//! the runtime) to `target/modbus-map-fixtures/python/`, so the pytest suite
//! (tests/python) imports and type-checks exactly what the snapshots hold.

use modbus_map_codegen::generate::{registry, Options};
use std::path::{Path, PathBuf};

mod common;
use common::load_ir;

fn fixture_dir() -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../target"));
    target.join("modbus-map-fixtures")
}

#[test]
fn every_generator_over_the_ir_fixtures() {
    let out = fixture_dir();
    insta::glob!("data/md_py_*.ir.json", |path| {
        let ir = load_ir(path);
        assert!(!ir.devices.is_empty(), "{} holds no device", path.display());
        // Their Rust is proven by compiling and running it (tests/client), not pinned here.
        for generator in registry().iter().filter(|g| g.name() != "rust") {
            let mut files = Vec::new();
            for device in ir.devices.values() {
                files.extend(generator.device_files(&modbus_map_codegen::generate::DeviceView::new(device), &Options::default()).unwrap_or_else(|e| panic!("{}: {e}", path.display())));
            }
            files.extend(generator.directory_files(&ir, &Options::default()).unwrap_or_else(|e| panic!("{}: {e}", path.display())));
            for (rel, text) in files {
                if generator.name() == "python" {
                    let file = out.join(generator.output_dir()).join(&rel);
                    std::fs::create_dir_all(file.parent().unwrap()).unwrap_or_else(|e| panic!("cannot create {}: {e}", out.display()));
                    std::fs::write(&file, &text).unwrap_or_else(|e| panic!("cannot write {}: {e}", file.display()));
                }
                insta::assert_snapshot!(format!("{}_{}", generator.output_dir(), rel.display()), text);
            }
        }
    });
}

/// Writes the Python of every spec in tests/fixtures/lint_clean_specs.txt (the
/// feature tour and the other fixtures outside specs/) to
/// `target/modbus-map-fixtures/lint_clean_python/`, where tests/python imports it and
/// runs mypy --strict over it; their Rust is compiled by tests/client.
#[test]
fn python_of_every_lint_clean_spec() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let specs = modbus_map_codegen::builder::listed_specs(&root, &root.join("tests/fixtures/lint_clean_specs.txt")).unwrap_or_else(|e| panic!("{e}"));
    assert!(specs.iter().any(|s| s.ends_with("codegen/tests/specs/features.yaml")), "the feature tour must be listed");
    let out = fixture_dir().join("lint_clean_python");
    // Only what this run writes: a spec taken off the list must not leave a module behind.
    let _ = std::fs::remove_dir_all(&out);
    let files = modbus_map_codegen::Builder::new()
        .specs(&specs)
        .rust(false)
        .markdown(false)
        .enable("c", false)
        .enable("esphome", false)
        .homeassistant(false)
        .python(true)
        .render()
        .unwrap_or_else(|e| panic!("the specs of tests/fixtures/lint_clean_specs.txt must lint clean:\n{e}"));
    assert!(files.len() > specs.len(), "one module per spec and the runtime, got {:?}", files.keys());
    for (rel, text) in files {
        let file = out.join(rel.strip_prefix("python").unwrap_or(&rel));
        std::fs::create_dir_all(file.parent().unwrap()).unwrap_or_else(|e| panic!("cannot create {}: {e}", out.display()));
        std::fs::write(&file, text).unwrap_or_else(|e| panic!("cannot write {}: {e}", file.display()));
    }
}

#[test]
fn output_is_deterministic_and_headed() {
    let ir = load_ir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/md_py_demo.ir.json"));
    let device = &ir.devices["md_py_demo"];
    for generator in registry() {
        let first = generator.device_files(&modbus_map_codegen::generate::DeviceView::new(device), &Options::default()).unwrap();
        assert_eq!(first, generator.device_files(&modbus_map_codegen::generate::DeviceView::new(&device.clone()), &Options::default()).unwrap(), "{}", generator.name());
        for (rel, text) in &first {
            assert!(
                text.contains("@generated from codegen/tests/data/md_py_demo.yaml by `cargo xtask gen`."),
                "{} {}: the do-not-edit header is missing",
                generator.name(),
                rel.display()
            );
        }
    }
}
