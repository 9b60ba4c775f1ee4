//! pysunspec2 (the SunSpec Alliance's own client, not written here) scans the simulator
//! serving specs/sunspec_inverter.yaml: it must find the `SunS` marker at 40000, the
//! models 1, 103 and 120 in that order, and read every point as the spec says (scaled
//! by its scale factor register, not-implemented points as not available).

mod common;

use common::*;
use modbus_map_codegen::ir::{self, Value};
use serde_json::Value as Json;
use std::process::Command;

/// The spec's blocks that are SunSpec models, with their model ids.
const MODELS: [(&str, u64); 3] = [("common", 1), ("inverter", 103), ("nameplate", 120)];

/// pysunspec2's scan (sim/tests/python/pysunspec2_scan.py) of the simulator serving `spec`, as JSON.
async fn scan(spec: &std::path::Path) -> Json {
    let python = venv_python(&["sunspec2"]);
    let sim = start(spec, false).await;
    let script = workspace().join("sim/tests/python/pysunspec2_scan.py");
    let (host, port) = (sim.addr.ip().to_string(), sim.addr.port().to_string());
    let run = tokio::task::spawn_blocking(move || Command::new(&python).arg(&script).args([&host, &port]).output().expect("runs python"));
    let output = tokio::time::timeout(std::time::Duration::from_secs(120), run).await.expect("the scan ends within 120 s").unwrap();
    sim.stop().await.unwrap();
    assert!(output.status.success(), "pysunspec2 failed:\n{}", String::from_utf8_lossy(&output.stderr));
    serde_json::from_slice(&output.stdout).unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&output.stdout)))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pysunspec2_scans_the_inverter_and_reads_every_point_as_the_spec_says() {
    let spec = workspace().join("specs/sunspec_inverter.yaml");
    let device = modbus_map_sim::load(&spec).unwrap_or_else(|e| panic!("{e}"));
    let scan = scan(&spec).await;
    assert_eq!(scan["base"], 40000, "pysunspec2 finds the SunS marker at 40000");
    assert_eq!(scan["order"], serde_json::json!([1, 103, 120]), "the models in address order, up to the end marker");

    let mut compared = 0;
    let mut wrong = Vec::new();
    for (block, model) in MODELS {
        let read = scan["models"][model.to_string()].as_object().unwrap_or_else(|| panic!("pysunspec2 read no model {model}"));
        let registers: Vec<&ir::Register> = device.registers.iter().filter(|r| r.block == block).collect();
        let names: Vec<&str> = registers.iter().map(|r| r.name.as_str()).collect();
        let mut read_names: Vec<&str> = read.keys().map(String::as_str).collect();
        read_names.sort();
        let mut spec_names = names.clone();
        spec_names.sort();
        assert_eq!(read_names, spec_names, "model {model}: pysunspec2's points are the spec's registers");
        for r in registers {
            let point = &read[&r.name];
            let (value, cvalue) = (&point["value"], &point["cvalue"]);
            let ok = match &r.default {
                // Pad: SunSpec's filler, never given a value here; it reads as the simulator's start value.
                None => value.is_u64() || value.is_null(),
                Some(Value::Text(t)) if t == "n/a" => value.is_null() && cvalue.is_null(),
                Some(Value::Text(t)) if r.enumeration.is_some() => {
                    let raw = device.values(r).iter().find(|v| &v.name == t).map(|v| v.raw);
                    raw.is_some_and(|raw| value.as_i64() == Some(raw))
                }
                Some(Value::Text(t)) => value.as_str() == Some(t.as_str()),
                Some(Value::Bool(b)) => value.as_bool() == Some(*b),
                Some(Value::Int(i)) if r.scale_factor.is_none() => value.as_i64() == Some(*i),
                Some(v) => {
                    let want = match v {
                        Value::Int(i) => *i as f64,
                        Value::Float(x) => *x,
                        _ => unreachable!("text and bools are matched above"),
                    };
                    cvalue.as_f64().is_some_and(|got| (got - want).abs() <= 1e-9 * want.abs().max(1.0))
                }
            };
            compared += 1;
            if !ok {
                wrong.push(format!("{}: spec default {:?}, pysunspec2 read value {value} cvalue {cvalue}", r.qualified_name, r.default));
            }
        }
    }
    assert!(wrong.is_empty(), "points pysunspec2 reads differently from the spec:\n{}", wrong.join("\n"));
    assert!(compared >= 80, "only {compared} points compared");
}

/// `cargo xtask import --from sunspec` of pysunspec2's own model 103 JSON gives a spec
/// pysunspec2 scans like a device: the marker at 40000, models 1 and 103 in order up to
/// the end marker, and every point of both models where the spec put it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pysunspec2_scans_the_spec_imported_from_its_own_model_json() {
    let python = venv_python(&["sunspec2"]);
    let out = Command::new(&python)
        .args(["-c", "import os, sunspec2; print(os.path.join(os.path.dirname(sunspec2.__file__), 'models', 'json'))"])
        .output()
        .expect("runs python");
    let models = std::path::PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
    let imported = modbus_map_codegen::import::import_path(
        modbus_map_codegen::import::Source::Sunspec,
        &models.join("model_103.json"),
        &modbus_map_codegen::import::Options::default(),
    )
    .unwrap_or_else(|f| panic!("{}", f.render()));
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("sunspec-import");
    std::fs::create_dir_all(&dir).unwrap();
    let spec = dir.join("sunspec_103.yaml");
    std::fs::write(&spec, imported.to_yaml()).unwrap();
    let device = modbus_map_sim::load(&spec).unwrap_or_else(|e| panic!("{e}"));
    let scan = scan(&spec).await;
    assert_eq!(scan["base"], 40000, "pysunspec2 finds the SunS marker at 40000");
    assert_eq!(scan["order"], serde_json::json!([1, 103]), "the common model, then 103, up to the end marker");
    for (model, id) in [("common", 1u64), (device.blocks[2].name.as_str(), 103)] {
        let read = scan["models"][id.to_string()].as_object().unwrap_or_else(|| panic!("pysunspec2 read no model {id}"));
        let mut read_names: Vec<&str> = read.keys().map(String::as_str).collect();
        let mut spec_names: Vec<&str> = device.registers.iter().filter(|r| r.block == model).map(|r| r.name.as_str()).collect();
        read_names.sort();
        spec_names.sort();
        assert_eq!(read_names, spec_names, "model {id}: pysunspec2's points are the imported spec's registers");
        assert_eq!(read["ID"]["value"], id, "model {id}'s ID register");
    }
}
