//! The generated ESPHome configurations pass ESPHome's own check, `esphome config`
//! (the real program, installed by `cargo xtask test` into target/venv): every file in
//! generated/esphome/ and the configuration of every lint-clean fixture
//! (tests/fixtures/lint_clean_specs.txt). A file broken on purpose must fail the
//! check, so a check that accepts anything cannot pass; and the spec facts that map
//! onto ESPHome's keys are looked for in the output.

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The venv's Python, which runs `python -m esphome`.
fn python() -> PathBuf {
    let python = std::env::var_os("MODBUS_MAP_PYTHON").unwrap_or_else(|| {
        panic!("MODBUS_MAP_PYTHON is not set: run `cargo xtask test`, which installs ESPHome into target/venv and sets it")
    });
    PathBuf::from(python)
}

/// `esphome config FILE`: Ok with its output, or Err with what ESPHome said.
fn esphome_config(file: &Path) -> Result<String, String> {
    let out = Command::new(python())
        .args(["-m", "esphome", "config"])
        .arg(file)
        .output()
        .unwrap_or_else(|e| panic!("cannot run ESPHome ({e}): run `cargo xtask test`, which installs it into target/venv"));
    let text = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    if text.contains("No module named esphome") {
        panic!("ESPHome is not installed in the venv: run `cargo xtask test` (tests/python/requirements.txt pins it)");
    }
    if out.status.success() { Ok(text) } else { Err(text) }
}

fn generated_files() -> Vec<PathBuf> {
    let dir = root().join("generated/esphome");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{} does not list ({e}): run `cargo xtask gen`", dir.display()))
        .map(|e| e.expect("entry").path())
        .collect();
    files.sort();
    files
}

#[test]
fn esphome_accepts_every_generated_configuration() {
    let files = generated_files();
    let specs = std::fs::read_dir(root().join("specs")).expect("specs/ lists").count();
    assert_eq!(files.len(), specs, "one configuration per spec in specs/: run `cargo xtask gen`");
    let mut failures = Vec::new();
    for file in &files {
        match esphome_config(file) {
            Ok(text) => assert!(text.contains("Configuration is valid!"), "{}: ESPHome did not say it is valid:\n{text}", file.display()),
            Err(text) => failures.push(format!("{}:\n{text}", file.display())),
        }
    }
    assert!(failures.is_empty(), "esphome config refused:\n{}", failures.join("\n"));
}

#[test]
fn esphome_accepts_the_configuration_of_every_lint_clean_fixture() {
    let root = root();
    let specs = modbus_map_codegen::builder::listed_specs(&root, &root.join("tests/fixtures/lint_clean_specs.txt")).unwrap_or_else(|e| panic!("{e}"));
    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("esphome-fixtures");
    let _ = std::fs::remove_dir_all(&out);
    std::fs::create_dir_all(&out).unwrap();
    let esphome = modbus_map_codegen::generate::find("esphome").expect("the ESPHome generator is registered");
    let mut failures = Vec::new();
    for spec in &specs {
        let device = modbus_map_codegen::load_path(spec).unwrap_or_else(|e| panic!("{e}")).into_device();
        let (name, text) = esphome.device_files(&modbus_map_codegen::generate::DeviceView::new(&device), &Default::default()).unwrap_or_else(|e| panic!("{e}")).remove(0);
        let file = out.join(name);
        std::fs::write(&file, &text).unwrap();
        if let Err(said) = esphome_config(&file) {
            failures.push(format!("{} (from {}):\n{said}", file.display(), spec.display()));
        }
    }
    assert!(specs.len() >= 10, "only {} fixtures checked", specs.len());
    assert!(failures.is_empty(), "esphome config refused:\n{}", failures.join("\n"));
}

#[test]
fn a_broken_configuration_fails_the_check() {
    let clivet = std::fs::read_to_string(root().join("generated/esphome/clivet.yaml")).expect("generated/esphome/clivet.yaml");
    assert!(clivet.contains("value_type: U_WORD"));
    let broken = clivet.replacen("value_type: U_WORD", "value_type: U_WORDS", 1);
    let file = Path::new(env!("CARGO_TARGET_TMPDIR")).join("esphome-broken.yaml");
    std::fs::write(&file, broken).unwrap();
    let said = esphome_config(&file).expect_err("ESPHome accepted an unknown value_type");
    assert!(said.contains("U_WORDS"), "ESPHome's complaint does not name the bad value:\n{said}");
}

fn generate(spec: &str) -> String {
    let device = modbus_map_codegen::load_path(&root().join(spec)).unwrap_or_else(|e| panic!("{e}")).into_device();
    let esphome = modbus_map_codegen::generate::find("esphome").expect("registered");
    esphome.device_files(&modbus_map_codegen::generate::DeviceView::new(&device), &Default::default()).unwrap_or_else(|e| panic!("{e}")).remove(0).1
}

/// The entity of `id` in `text`: its lines up to the next entity or platform.
fn entity<'a>(text: &'a str, id: &str) -> &'a str {
    let at = text.find(&format!("    id: {id}\n")).unwrap_or_else(|| panic!("no entity `{id}` in:\n{text}"));
    let start = text[..at].rfind("  - ").expect("an entity starts with `  - `");
    let rest = &text[at..];
    let end = rest.find("\n  - ").or_else(|| rest.find("\n\n")).map_or(text.len(), |e| at + e);
    &text[start..end]
}

#[test]
fn spec_facts_map_onto_esphome_keys() {
    // Sentinels become filters on the raw value; a scale a multiply, the unit classes.
    let sentinels = generate("sim/tests/fixtures/sentinels.yaml");
    let voltage = entity(&sentinels, "sentinels_readings_grid_voltage");
    for line in ["value_type: U_WORD", "filter_out: 65535", "multiply: 0.1", "device_class: voltage", "accuracy_decimals: 1", "unit_of_measurement: \"V\""] {
        assert!(voltage.contains(line), "`{line}` missing:\n{voltage}");
    }
    let power = entity(&sentinels, "sentinels_readings_battery_power");
    assert!(power.contains("value_type: S_WORD") && power.contains("filter_out: 32767") && power.contains("filter_out: -32768"), "{power}");
    // A writable enumeration is a select with its options, a read-only one a raw sensor and its name.
    let clivet = std::fs::read_to_string(root().join("generated/esphome/clivet.yaml")).unwrap();
    assert!(clivet.contains("lambda: |-") && clivet.contains("platform: template"), "read-only enumerations are shown by name");
    // Function 16 only: use_write_multiple.
    let writes = generate("sim/tests/fixtures/write_functions.yaml");
    assert!(writes.contains("use_write_multiple: true"), "{writes}");
    // Low word first: the _R value types.
    let features = generate("codegen/tests/specs/features.yaml");
    assert!(features.contains("_R\n"), "no word-swapped value type in the feature tour:\n{features}");
    // The plausible range is a clamp that drops implausible readings; float enumerations
    // stay read only (ESPHome's select has no float value type), as the file says.
    let eastron = std::fs::read_to_string(root().join("generated/esphome/eastron_sdm630.yaml")).unwrap();
    assert!(eastron.contains("  - clamp:\n          min_value: -1\n          max_value: 1\n          ignore_out_of_range: true"), "no clamp from the plausible range");
    assert!(eastron.contains("`settings.baud_rate` (holding 28): read only here: ESPHome's select has no float value type"), "{eastron}");
    // A byte-swapped number has no ESPHome value type: listed, no entity.
    assert!(features.contains("its bytes are swapped (`byte_order: low_first`)"), "a byte-swapped number is not listed as left out");
    // What ESPHome cannot carry is listed, not dropped.
    let words_apart = generate("sim/tests/fixtures/high_words.yaml");
    assert!(words_apart.contains("# Left out (no entity):") && words_apart.contains("high_word_at"), "{words_apart}");
}

#[test]
fn read_plan_boundaries_are_forced() {
    // EMS-ESP reads one value per request: every entity that follows another directly starts a new range.
    let ems = std::fs::read_to_string(root().join("generated/esphome/ems_esp.yaml")).unwrap();
    assert!(ems.matches("force_new_range: true").count() > 100, "the planner's boundaries are not carried");
}
