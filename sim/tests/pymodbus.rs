//! pymodbus (a client no one here wrote) against the simulator: generates the Python
//! maps of the five seed specs, the SunSpec-style demo (scale factor registers), the
//! Eastron SDM630 meter (float registers, enumerations on floats, function 16 only) and
//! the rules, write-function, sentinel, words-apart and converting-alias fixtures, serves each on 127.0.0.1 and runs
//! tests/python/interop with the venv's Python (`MODBUS_MAP_PYTHON`, else target/venv).

mod common;

use common::*;
use modbus_map_sim::load;
use std::path::PathBuf;
use std::process::Command;

const SPECS: [(&str, &str); 7] = [
    ("askoheat_plus", "askoheat_plus.yaml"),
    ("clage_dsx", "clage_dsx.csv"),
    ("clivet", "clivet.yaml"),
    ("ems_esp", "ems_esp.yaml"),
    ("heishamon", "heishamon.yaml"),
    ("sunspec_demo", "sunspec_demo.yaml"),
    ("eastron_sdm630", "eastron_sdm630.yaml"),
];

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pymodbus_reads_and_writes_every_seed_through_its_generated_map() {
    let python = venv_python(&["pytest", "pymodbus"]);
    let maps = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("interop-maps");
    std::fs::create_dir_all(&maps).unwrap();
    let mut specs: Vec<(String, PathBuf)> = SPECS.iter().map(|(n, f)| (n.to_string(), workspace().join("specs").join(f))).collect();
    specs.push(("rules".into(), fixture("rules.yaml")));
    specs.push(("write_functions".into(), fixture("write_functions.yaml")));
    specs.push(("sentinels".into(), fixture("sentinels.yaml")));
    specs.push(("high_words".into(), fixture("high_words.yaml")));
    specs.push(("aliases".into(), fixture("aliases.yaml")));
    let python_generator = modbus_map_codegen::generate::find("python").expect("the Python generator is registered");
    let mut python_files = Vec::new();
    let mut ir = modbus_map_codegen::ir::Ir::default();
    let mut running = Vec::new();
    let mut servers = Vec::new();
    for (name, spec) in &specs {
        let device = load(spec).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(&device.name, name);
        python_files.extend(python_generator.device_files(&modbus_map_codegen::generate::DeviceView::new(&device), &Default::default()).unwrap_or_else(|e| panic!("{e}")));
        ir.devices.insert(device.name.clone(), device);
        let sim = start(spec, false).await;
        servers.push(format!("{name}={}", sim.addr));
        running.push(sim);
    }
    // The device modules and the runtime module they import, side by side.
    python_files.extend(python_generator.directory_files(&ir, &Default::default()).unwrap_or_else(|e| panic!("{e}")));
    for (rel, text) in python_files {
        std::fs::write(maps.join(rel), text).unwrap();
    }
    let output = tokio::task::spawn_blocking(move || {
        Command::new(&python)
            .args(["-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/python/interop"])
            .current_dir(workspace())
            .env("MODBUS_MAP_INTEROP_MAPS", &maps)
            .env("MODBUS_MAP_INTEROP_SERVERS", servers.join(","))
            .output()
            .expect("runs pytest")
    })
    .await
    .unwrap();
    let report = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    println!("{report}");
    assert!(output.status.success(), "pytest failed:\n{report}");
    assert!(report.contains(" passed"), "pytest ran no test:\n{report}");
    for sim in running {
        sim.stop().await.unwrap();
    }
}
