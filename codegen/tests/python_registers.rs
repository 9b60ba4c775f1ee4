//! The compact Python maps rebuild exactly the IR's registers: every register
//! table row, repeated-block expansion, alias back-link and enumeration the
//! runtime computes at import time is compared, field by field, with the IR it
//! was generated from, for every spec in specs/ and every IR fixture.
//!
//! Needs a Python 3.10+ interpreter (standard library only): `MODBUS_MAP_PYTHON`
//! (set by `cargo xtask test`), else `python3` on PATH.

use modbus_map_codegen::generate::{find, Options};
use modbus_map_codegen::ir::{Device, Ir, Value};
use serde_json::json;
use std::path::PathBuf;
use std::process::Command;

mod common;
use common::{load_ir, load_spec, specs_in, workspace_specs_dir};

/// The facts of each register as the Python `Register` holds them.
fn expected(device: &Device) -> serde_json::Value {
    let registers: Vec<serde_json::Value> = device
        .registers
        .iter()
        .map(|r| {
            let default = match &r.default {
                None => json!(null),
                Some(Value::Bool(b)) => json!(b),
                Some(Value::Int(n)) => json!(n),
                Some(Value::Float(f)) => json!(f),
                Some(Value::Text(t)) => json!(t),
            };
            json!({
                "name": r.name, "qualified_name": r.qualified_name, "ident": r.ident, "block": r.block,
                "instance": r.instance, "unit_id": r.unit_id, "table": r.table.as_str(), "address": r.address,
                "width": r.width, "data_type": r.data_type.as_str(), "length": r.length, "scale": r.scale,
                "offset": r.offset, "scale_factor": r.scale_factor, "high_word": r.high_word, "label": r.keys.label, "unit": r.keys.unit,
                "plausible_min": r.keys.plausible_min, "plausible_max": r.keys.plausible_max, "sentinels": r.sentinels, "access": r.access.as_str(), "min": r.min, "max": r.max,
                "default": default, "since": r.keys.since, "description": r.keys.description,
                "word_order": r.word_order.as_str(), "byte_order": r.byte_order.as_str(), "alias_of": r.alias_of,
                "aliases": r.aliases, "safety": r.keys.safety, "self_clearing": r.keys.self_clearing,
                "write_function": r.write_function.as_str(),
                // Python holds an example's enumeration name as its raw value, as the codec compares it.
                "examples": r.keys.examples.iter().map(|e| {
                    use modbus_map_core::value::Value as V;
                    let value = match device.example_value(r, &e.value).expect("lint-clean examples name real values") {
                        V::Bool(b) => json!(b),
                        V::Unsigned(u) => json!(u),
                        V::Signed(n) => json!(n),
                        V::Float(x) => json!(x),
                        V::Text(t) => json!(t),
                        V::Raw(words) => json!(words),
                    };
                    json!([e.words, value])
                }).collect::<Vec<_>>(),
                "values": device.values(r).iter().map(|v| json!([v.raw, v.name])).collect::<Vec<_>>(),
                "bits": device.bits(r).iter().map(|b| json!([b.name, b.lsb, b.width])).collect::<Vec<_>>(),
                "enum": r.enumeration.is_some(),
                "flags": r.enumeration.is_none() && r.flags.is_some(),
            })
        })
        .collect();
    json!(registers)
}

const DUMP: &str = r#"
import dataclasses, json, sys
sys.path.insert(0, sys.argv[1])
module = __import__(sys.argv[2])
rows = []
for key, reg in module.REGISTERS.items():
    assert key == reg.qualified_name, key
    row = dataclasses.asdict(reg)
    row["enum"] = reg.enum is not None
    row["flags"] = reg.flags is not None
    rows.append(row)
print(json.dumps(rows))
"#;

fn python() -> PathBuf {
    let python = std::env::var_os("MODBUS_MAP_PYTHON").map(PathBuf::from).unwrap_or_else(|| "python3".into());
    let probe = Command::new(&python).args(["-c", "import sys; assert sys.version_info >= (3, 10)"]).output();
    match probe {
        Ok(out) if out.status.success() => python,
        _ => panic!(
            "no Python 3.10+ at `{}`: set MODBUS_MAP_PYTHON (`cargo xtask test` does) or put python3 on PATH",
            python.display()
        ),
    }
}

fn check(ir: &Ir, what: &str, python: &PathBuf) {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("python-registers").join(what);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let generator = find("python").expect("the Python generator is registered");
    let mut files = generator.directory_files(ir, &Options::default()).unwrap();
    for device in ir.devices.values() {
        files.extend(generator.device_files(&modbus_map_codegen::generate::DeviceView::new(device), &Options::default()).unwrap_or_else(|e| panic!("{e}")));
    }
    for (rel, text) in files {
        std::fs::write(dir.join(rel), text).unwrap();
    }
    for device in ir.devices.values() {
        let out = Command::new(python).args(["-c", DUMP]).arg(&dir).arg(&device.name).output().expect("runs python");
        assert!(out.status.success(), "{what}: importing {} failed:\n{}", device.name, String::from_utf8_lossy(&out.stderr));
        let got: serde_json::Value = serde_json::from_slice(&out.stdout).expect("the dump is JSON");
        let want = expected(device);
        let (got, want) = (got.as_array().unwrap(), want.as_array().unwrap());
        for (g, w) in got.iter().zip(want) {
            assert_eq!(g, w, "{what}: device {}: Python's register differs from the IR", device.name);
        }
        assert_eq!(got.len(), want.len(), "{what}: device {}: register count", device.name);
    }
}

#[test]
fn python_registers_equal_the_ir_of_every_spec_and_fixture() {
    let python = python();
    let mut specs = Ir::default();
    for path in specs_in(&workspace_specs_dir()) {
        let device = load_spec(&path);
        specs.devices.insert(device.name.clone(), device);
    }
    assert!(specs.devices.len() >= 5, "specs/ should hold the seed devices");
    check(&specs, "specs", &python);
    let tour = load_spec(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/specs/features.yaml"));
    check(&Ir { devices: [(tour.name.clone(), tour)].into() }, "feature tour", &python);
    let apart = load_spec(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../sim/tests/fixtures/high_words.yaml"));
    check(&Ir { devices: [(apart.name.clone(), apart)].into() }, "words apart", &python);
    let fixture = load_ir(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/md_py_demo.ir.json"));
    check(&fixture, "fixture", &python);
}
