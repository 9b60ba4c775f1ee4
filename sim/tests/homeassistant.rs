//! End to end: a real Home Assistant (`hass -c DIR --skip-pip` from target/venv-ha, made by
//! `cargo xtask test`; loopback only, bounded in time) reads the simulator serving each seed
//! spec through the generated package (generated/homeassistant, its port pointed at the
//! simulator), and every entity's state equals what the generated Python map decodes from
//! the same registers (`read_all` through pymodbus, sim/tests/python/read_all.py). States
//! are read through a test-only integration (sim/tests/homeassistant/state_dump) that
//! writes every entity's state by unique id once a second.

mod common;

use common::*;
use serde_json::Value as Json;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn hass() -> PathBuf {
    let hass = std::env::var_os("MODBUS_MAP_HASS").map(PathBuf::from).unwrap_or_else(|| {
        panic!("MODBUS_MAP_HASS is not set: run `cargo xtask test` (it installs Home Assistant into target/venv-ha)")
    });
    assert!(hass.exists(), "no Home Assistant at {}: run `cargo xtask test`", hass.display());
    hass
}

/// The generated package's entity line of `unique_id` (its keys, as written).
fn entity_line<'a>(package: &'a str, unique_id: &str) -> Option<&'a str> {
    let needle = format!("unique_id: \"{unique_id}\",");
    package.lines().find(|l| l.contains(&needle))
}

/// The integer list after `key: [` in an entity line (`state_on: [1]`).
fn int_list(line: &str, key: &str) -> Vec<i64> {
    let Some(rest) = line.split(&format!("{key}: [")).nth(1) else { return Vec::new() };
    rest.split(']').next().unwrap_or("").split(',').filter_map(|n| n.trim().parse().ok()).collect()
}

fn precision(line: &str) -> i32 {
    line.split("precision: ").nth(1).and_then(|r| r.split([',', '}']).next()).and_then(|n| n.trim().parse().ok()).unwrap_or(2)
}

fn on_off(on: bool) -> String {
    (if on { "on" } else { "off" }).to_owned()
}

fn number_matches(state: &str, expected: f64, tolerance: f64) -> bool {
    state.parse::<f64>().is_ok_and(|x| (x - expected).abs() <= tolerance)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn home_assistant_shows_what_the_python_map_decodes() {
    let hass = hass();
    let python = venv_python(&["pymodbus"]);
    let root = workspace();
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("ha-e2e");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("packages")).unwrap();
    std::fs::create_dir_all(dir.join("custom_components/state_dump")).unwrap();
    for file in ["__init__.py", "manifest.json"] {
        std::fs::copy(root.join("sim/tests/homeassistant/state_dump").join(file), dir.join("custom_components/state_dump").join(file)).unwrap();
    }
    std::fs::write(dir.join("configuration.yaml"), "homeassistant:\n  packages: !include_dir_named packages\nstate_dump:\nlogger:\n  default: warning\n").unwrap();

    let mut specs: Vec<PathBuf> = std::fs::read_dir(root.join("specs")).unwrap().map(|e| e.unwrap().path()).collect();
    specs.sort();
    let mut devices = Vec::new();
    let mut sims = Vec::new();
    let mut args = Vec::new();
    for spec in &specs {
        let device = modbus_map_sim::load(spec).unwrap_or_else(|e| panic!("{e}"));
        let sim = start(spec, false).await;
        let port = sim.addr.port();
        let package = std::fs::read_to_string(root.join("generated/homeassistant").join(format!("{}.yaml", device.name)))
            .unwrap_or_else(|e| panic!("generated/homeassistant/{}.yaml: {e}: run `cargo xtask gen`", device.name));
        assert!(package.contains("\n    port: 502\n"), "{}: the package's port line moved", device.name);
        let package = package.replacen("\n    port: 502\n", &format!("\n    port: {port}\n"), 1);
        std::fs::write(dir.join("packages").join(format!("{}.yaml", device.name)), &package).unwrap();
        args.push(format!("{}={port}", device.name));
        devices.push((device, package));
        sims.push(sim);
    }
    assert_eq!(devices.len(), 9, "every spec in specs/: the eight seed specs and lg_therma_v, imported from a real Home Assistant package");

    // What the generated Python maps decode from the same registers.
    let script = root.join("sim/tests/python/read_all.py");
    let generated = root.join("generated/python");
    let run = tokio::task::spawn_blocking(move || Command::new(&python).arg(&script).arg(&generated).args(&args).output().expect("runs python"));
    let output = tokio::time::timeout(Duration::from_secs(120), run).await.expect("read_all ends within 120 s").unwrap();
    assert!(output.status.success(), "read_all.py failed:\n{}", String::from_utf8_lossy(&output.stderr));
    let decoded: Json = serde_json::from_slice(&output.stdout).expect("read_all.py prints JSON");

    // What Home Assistant shows: every entity of every package with a state other than `unknown`
    // (an empty string is a state: a string register holding only NULs).
    let wanted: Vec<String> = devices
        .iter()
        .flat_map(|(_, package)| {
            let (modbus, template) = package.split_once("\ntemplate:\n").unwrap_or((package, ""));
            let ids = |text: &str, platform: &str| -> Vec<String> {
                text.lines()
                    .filter_map(|l| l.split("unique_id: \"").nth(1).and_then(|r| r.split('"').next()).map(|u| format!("{platform}:{u}")))
                    .collect()
            };
            let mut all = ids(modbus, "modbus");
            all.extend(ids(template, "template"));
            all
        })
        .collect();
    let log = std::fs::File::create(dir.join("hass.log")).unwrap();
    let mut child = Command::new(&hass)
        .arg("-c")
        .arg(&dir)
        .arg("--skip-pip")
        .stdout(log.try_clone().unwrap())
        .stderr(log)
        .stdin(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {} ({e}): run `cargo xtask test`", hass.display()));
    let deadline = Instant::now() + Duration::from_secs(150);
    let mut states: BTreeMap<String, String> = BTreeMap::new();
    let mut missing = wanted.clone();
    while Instant::now() < deadline {
        tokio::time::sleep(Duration::from_secs(2)).await;
        assert!(child.try_wait().unwrap().is_none(), "Home Assistant stopped early; see {}", dir.join("hass.log").display());
        let Ok(text) = std::fs::read_to_string(dir.join("states.json")) else { continue };
        let Ok(dump) = serde_json::from_str::<BTreeMap<String, Json>>(&text) else { continue };
        states = dump.into_iter().map(|(k, v)| (k, v["state"].as_str().unwrap_or("unknown").to_owned())).collect();
        missing = wanted.iter().filter(|k| states.get(*k).is_none_or(|s| s == "unknown")).cloned().collect();
        if missing.is_empty() {
            break;
        }
    }
    let _ = child.kill();
    let _ = child.wait();
    for sim in sims {
        sim.stop().await.unwrap();
    }
    assert!(missing.is_empty(), "after 150 s Home Assistant shows no state for {} entities, e.g. {:?}; see {}", missing.len(), &missing[..missing.len().min(10)], dir.join("hass.log").display());

    let mut compared = 0;
    let mut wrong = Vec::new();
    for (device, package) in &devices {
        let values = decoded[&device.name].as_object().unwrap_or_else(|| panic!("no values of {}", device.name));
        for r in &device.registers {
            let Some(v) = values.get(&r.qualified_name) else { continue };
            let uid = format!("{}.{}", device.name, r.qualified_name);
            let mut check = |key: String, expected: Option<String>, ok: &dyn Fn(&str) -> bool| {
                let Some(state) = states.get(&key) else { return };
                compared += 1;
                let good = match &expected {
                    Some(e) => state == e,
                    None => ok(state),
                };
                if !good {
                    wrong.push(format!("{key}: Home Assistant `{state}`, Python {v}{}", expected.map(|e| format!(" (expected `{e}`)")).unwrap_or_default()));
                }
            };
            let unavailable = || Some("unavailable".to_owned());
            // The entity named after the register itself.
            if let Some(line) = entity_line(package, &uid) {
                let modbus = format!("modbus:{uid}");
                let template = format!("template:{uid}");
                if v.is_null() {
                    check(modbus, unavailable(), &|_| false);
                    check(template, unavailable(), &|_| false);
                } else if let Some(b) = v.as_bool() {
                    check(modbus, Some(on_off(b)), &|_| false);
                } else if line.contains("write_type:") {
                    let raw = v.as_i64().expect("a two-valued register decodes to an integer");
                    check(modbus, Some(on_off(int_list(line, "state_on").contains(&raw))), &|_| false);
                } else if let Some(s) = v.as_str() {
                    check(template, Some(s.to_owned()), &|_| false);
                } else if r.enumeration.is_some() {
                    let raw = v.as_i64().expect("an enumeration decodes to an integer");
                    let name = device.values(r).iter().find(|e| e.raw == raw).map_or(raw.to_string(), |e| e.name.clone());
                    check(template, Some(name), &|_| false);
                } else {
                    let x = v.as_f64().expect("a number");
                    let tolerance = if r.scale_factor.is_some() { 1e-6 * x.abs().max(1.0) } else { 0.5 * 10f64.powi(-precision(line)) + 1e-9 * x.abs() };
                    check(modbus, None, &|s| number_matches(s, x, tolerance));
                    check(template, None, &|s| number_matches(s, x, tolerance));
                }
            }
            for b in device.bits(r) {
                let key = format!("template:{uid}.{}", b.name);
                match v.as_i64() {
                    None => check(key, unavailable(), &|_| false),
                    Some(raw) => {
                        let field = (raw >> b.lsb) & ((1i64 << b.width) - 1);
                        check(key, Some(if b.width == 1 { on_off(field == 1) } else { field.to_string() }), &|_| false);
                    }
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{} of {compared} entity states differ from the Python map:\n{}", wrong.len(), wrong.join("\n"));
    println!("{compared} entity states compared");
    assert!(compared > 1000, "only {compared} entity states compared");
}
