//! `cargo xtask import`'s logic (codegen's `import`):
//!
//! - **Round trip.** The generated Home Assistant package and ESPHome file of
//!   every seed spec, imported again, give a spec whose IR equals the original in
//!   every field the format carries. [`HA_CARRIES`] and [`ESPHOME_CARRIES`] say
//!   which fields those are; the others (and why) are in docs/import.md. Every
//!   register the export has an entity for must come back.
//! - **Real configurations** (tests/import/, sources named in SOURCES.md): a
//!   Home Assistant package of an LG Therma V heat pump and the ESPHome
//!   configuration of an EPEVER Tracer-AN charge controller import into specs
//!   that pass the validator without a warning, and what the spec cannot take
//!   is reported with the source's file:line:column and the entity.

use modbus_map_codegen::import::{import_path, Options, Source};
use modbus_map_codegen::ir::{Device, Register};
use modbus_map_core::{DataType, Table};
use modbus_map_codegen::Format;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

const SEEDS: &[&str] = &["askoheat_plus", "clage_dsx", "clivet", "eastron_sdm630", "ems_esp", "heishamon", "sunspec_demo", "sunspec_inverter"];

fn original(name: &str) -> Device {
    let dir = root().join("specs");
    let path = ["yaml", "csv"].iter().map(|e| dir.join(format!("{name}.{e}"))).find(|p| p.exists()).expect("seed spec exists");
    modbus_map_codegen::load_path(&path).unwrap_or_else(|d| panic!("{name}: {d:?}")).device
}

/// Imports `file`, checks the spec passes the validator without warnings, and returns its IR.
fn import(source: Source, file: &Path) -> (Device, String, String) {
    let imported = import_path(source, file, &Options::default()).unwrap_or_else(|f| panic!("{} does not import:\n{}", file.display(), f.render()));
    let yaml = imported.to_yaml();
    let report = imported.report.render(&imported.sources);
    let checked = modbus_map_codegen::load_str(&yaml, "imported.yaml", Format::Yaml)
        .unwrap_or_else(|d| panic!("the import of {} does not lint:\n{}\n{yaml}", file.display(), d.render(&modbus_map_codegen::Sources::single("imported.yaml", &yaml))));
    assert!(
        checked.warnings.is_empty(),
        "the import of {} lints with warnings:\n{}",
        file.display(),
        checked.warnings.render(&modbus_map_codegen::Sources::single("imported.yaml", &yaml))
    );
    (checked.device, yaml, report)
}

type Key = (u8, &'static str, u16);

fn key(r: &Register) -> Key {
    (r.unit_id, r.table.as_str(), r.address)
}

fn by_address(d: &Device) -> BTreeMap<Key, &Register> {
    let mut map = BTreeMap::new();
    for r in &d.registers {
        // An overlapping second reading (`_as_…`) is not the register itself.
        map.entry(key(r)).or_insert(r);
    }
    map
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

fn sentinels(r: &Register) -> Vec<u64> {
    let mut s = r.sentinels.clone();
    s.sort();
    s
}

/// What the export made of a register, where that decides what it carries.
#[derive(Clone, Copy, Default)]
struct Shown {
    /// A Home Assistant switch (a holding register's two raw values, no type or names).
    switch: bool,
    /// An ESPHome number (no filters: no sentinels) or select.
    writable_entity: bool,
    /// Only bit entities (their ids name the word up to the words the bits share).
    only_bits: bool,
}

/// One field compared: its name, and whether the two registers agree on it.
type Carried = (&'static str, fn(Shown, &Device, &Register, &Device, &Register) -> bool);

fn plausible(r: &Register) -> (Option<f64>, Option<f64>) {
    (r.keys.plausible_min, r.keys.plausible_max)
}

fn value_names(d: &Device, r: &Register) -> Vec<(i64, String)> {
    d.values(r).iter().map(|v| (v.raw, v.name.clone())).collect()
}

fn bit_positions(d: &Device, r: &Register) -> Vec<(u8, u8)> {
    let mut b: Vec<(u8, u8)> = d.bits(r).iter().map(|b| (b.lsb, b.width)).collect();
    b.sort();
    b
}

/// The fields a Home Assistant package carries, for the registers it has an entity of.
const HA_CARRIES: &[Carried] = &[
    ("qualified_name", |_, _, a, _, b| a.qualified_name == b.qualified_name),
    ("data_type", |s, _, a, _, b| s.switch || a.data_type == b.data_type),
    ("string length in registers", |_, _, a, _, b| a.width == b.width),
    ("word_order (32/64-bit)", |_, _, a, _, b| a.width < 2 || a.word_order == b.word_order),
    ("scale", |_, _, a, _, b| close(a.scale, b.scale)),
    ("offset", |_, _, a, _, b| close(a.offset, b.offset)),
    ("unit", |_, _, a, _, b| a.keys.unit == b.keys.unit),
    // One non-zero `nan_value` per entity; more (or 0) are listed as not carried.
    ("sentinels", |_, _, a, _, b| match sentinels(a).as_slice() {
        [one] if *one != 0 => sentinels(b) == [*one],
        _ => sentinels(b).is_empty(),
    }),
    // A scale-factor value's range is in its template's `availability`, which the import does not read.
    ("plausible range", |_, _, a, _, b| if a.scale_factor.is_some() { plausible(b) == (None, None) } else { plausible(a) == plausible(b) }),
    ("values (a switch: the raw values)", |s, da, a, db, b| {
        if s.switch {
            let raws = |d: &Device, r: &Register| d.values(r).iter().map(|v| v.raw).collect::<Vec<_>>();
            let expected = if da.values(a).is_empty() { vec![0, 1] } else { raws(da, a) };
            return raws(db, b) == expected;
        }
        value_names(da, a) == value_names(db, b)
    }),
    ("scale_factor", |_, _, a, _, b| a.scale_factor.as_deref().map(last) == b.scale_factor.as_deref().map(last)),
    ("bits (position and name)", |_, da, a, db, b| {
        da.bits(a).iter().map(|x| (x.lsb, x.width, x.name.clone())).collect::<Vec<_>>()
            == db.bits(b).iter().map(|x| (x.lsb, x.width, x.name.clone())).collect::<Vec<_>>()
    }),
];

/// The fields an ESPHome file carries, for the registers it has an entity of.
const ESPHOME_CARRIES: &[Carried] = &[
    ("ident", |s, _, a, _, b| s.only_bits || a.ident == b.name),
    // A binary sensor of a bit has no value_type: the word is `u16` unless a bit lies higher.
    ("data_type (as value_type says it)", |s, _, a, _, b| s.only_bits || esphome_type(a) == b.data_type),
    ("width", |s, _, a, _, b| s.only_bits || a.width == b.width),
    ("word_order (32/64-bit)", |_, _, a, _, b| a.width < 2 || a.word_order == b.word_order),
    ("scale", |_, _, a, _, b| close(a.scale, b.scale)),
    ("offset", |_, _, a, _, b| close(a.offset, b.offset)),
    ("unit", |_, _, a, _, b| a.keys.unit == b.keys.unit),
    // Numbers and selects have no filters, bit entities show whatever the word holds.
    ("sentinels", |s, _, a, _, b| s.writable_entity || s.only_bits || sentinels(a) == sentinels(b)),
    ("plausible range", |s, _, a, _, b| s.writable_entity || plausible(a) == plausible(b)),
    ("values", |_, da, a, db, b| value_names(da, a) == value_names(db, b)),
    ("bit positions", |_, da, a, db, b| bit_positions(da, a) == bit_positions(db, b)),
];

/// ESPHome's value types: `U_WORD` is also what `u8` and a holding `bool` read as, `S_WORD` `i8`.
fn esphome_type(r: &Register) -> DataType {
    match r.data_type {
        DataType::U8 | DataType::Bool if matches!(r.table, Table::Holding | Table::Input) => DataType::U16,
        DataType::I8 => DataType::I16,
        t => t,
    }
}

fn last(qualified: &str) -> &str {
    qualified.rsplit('.').next().unwrap_or(qualified)
}

fn round_trip(source: Source, dir: &str, carried: &[Carried], exported: impl Fn(&Device, &Register, &str) -> Option<Shown>) {
    let mut failures = Vec::new();
    for name in SEEDS {
        let orig = original(name);
        let file = root().join(format!("generated/{dir}/{name}.yaml"));
        let text = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}: run `cargo xtask gen`", file.display()));
        let (back, yaml, _) = import(source, &file);
        let imported = by_address(&back);
        let mut compared = 0;
        for r in &orig.registers {
            let Some(shown) = exported(&orig, r, &text) else { continue };
            let Some(b) = imported.get(&key(r)) else {
                failures.push(format!("{name}: `{}` ({} {} of unit {}) is in the export but did not come back", r.qualified_name, r.table.as_str(), r.address, r.unit_id));
                continue;
            };
            compared += 1;
            for (field, same) in carried {
                if !same(shown, &orig, r, &back, b) {
                    failures.push(format!("{name}: `{}` ({} {}): {field} differs: {r:?}\n  imported: {b:?}", r.qualified_name, r.table.as_str(), r.address));
                }
            }
        }
        assert!(compared > 0, "{name}: no register of the export was compared:\n{yaml}");
        eprintln!("{dir} {name}: {compared} of {} registers compared", orig.registers.len());
    }
    let mut summary: BTreeMap<String, usize> = BTreeMap::new();
    for f in &failures {
        let device = f.split(':').next().unwrap_or_default();
        let field = f.split("): ").nth(1).and_then(|t| t.split(" differs").next()).unwrap_or("missing");
        *summary.entry(format!("{device}: {field}")).or_insert(0) += 1;
    }
    let summary: Vec<String> = summary.into_iter().map(|(k, n)| format!("  {n} × {k}")).collect();
    assert!(
        failures.is_empty(),
        "{} differences:\n{}\n\nthe first ones:\n{}",
        failures.len(),
        summary.join("\n"),
        failures.iter().filter(|f| std::env::var("IMPORT_ONLY").map_or(true, |o| f.starts_with(&o))).take(12).cloned().collect::<Vec<_>>().join("\n")
    );
}

/// The package has a modbus entity of the register (its `unique_id`, or `.raw`), before `template:`.
fn in_ha_package(d: &Device, r: &Register, text: &str) -> Option<Shown> {
    let modbus = text.split("\ntemplate:").next().unwrap_or(text);
    let id = format!("unique_id: \"{}.{}", d.name, r.qualified_name);
    let line = modbus.match_indices(&id).find(|(i, _)| matches!(modbus[i + id.len()..].chars().next(), Some('"') | Some('.')))?.0;
    let line = &modbus[line..modbus[line..].find('\n').map_or(modbus.len(), |e| line + e)];
    Some(Shown { switch: line.contains("write_type: \"holding"), ..Shown::default() })
}

/// The file has a modbus_controller entity with the register's id (or one of its bits').
fn in_esphome_file(d: &Device, r: &Register, text: &str) -> Option<Shown> {
    let id = format!("{}_{}", d.name, r.ident);
    let entity = |id: &str| text.find(&format!("    id: {id}\n"));
    let whole = entity(&id);
    let bits = d.bits(r).iter().any(|b| entity(&format!("{id}_{}", b.ident.to_ascii_lowercase())).is_some());
    let platform = whole.map(|at| {
        let section = text[..at].rfind("\n\n").map_or("", |s| &text[s + 2..at]);
        section.lines().next().unwrap_or("").to_owned()
    });
    match (whole, bits) {
        (None, false) => None,
        _ => Some(Shown {
            writable_entity: platform.is_some_and(|p| p == "number:" || p == "select:"),
            only_bits: whole.is_none(),
            ..Shown::default()
        }),
    }
}

#[test]
fn home_assistant_export_imports_back() {
    round_trip(Source::HomeAssistant, "homeassistant", HA_CARRIES, in_ha_package);
}

#[test]
fn esphome_export_imports_back() {
    round_trip(Source::Esphome, "esphome", ESPHOME_CARRIES, in_esphome_file);
}

#[test]
fn a_real_home_assistant_package_imports_lint_clean() {
    let file = root().join("tests/import/homeassistant/lg_therma_v/modbus_lg_heatpump.yaml");
    let (device, _, report) = import(Source::HomeAssistant, &file);
    assert!(device.registers.len() >= 50, "{} registers", device.registers.len());
    let inlet = device.registers.iter().find(|r| r.name == "hp_inlet_temp").expect("hp_inlet_temp imported");
    assert_eq!((inlet.table.as_str(), inlet.address, inlet.scale, inlet.keys.unit.as_deref()), ("input", 2, 0.1, Some("°C")));
    for expected in [
        // `slave: !secret …`, and where: the first sensor's slave line.
        "`slave: !secret …` cannot be resolved",
        "modbus_lg_heatpump.yaml:20:24",
        "`automation:` is not part of the modbus integration",
        "(entity `hp_compressor_rpm`)",
    ] {
        assert!(report.contains(expected), "`{expected}` missing from the report:\n{report}");
    }
}

#[test]
fn a_real_esphome_configuration_imports_lint_clean() {
    let file = root().join("tests/import/esphome/epever_tracer_an/solarstation.yaml");
    let (device, yaml, report) = import(Source::Esphome, &file);
    // The packages' entities came in: the real-time one's PV voltage, the stats one's maximum.
    let pv = device.registers.iter().find(|r| r.name == "pv_input_voltage").expect("pv_input_voltage imported");
    assert_eq!((pv.table.as_str(), pv.address, pv.scale), ("input", 0x3100, 0.01));
    assert!(device.registers.iter().any(|r| r.name == "max_pv_voltage_today"), "{yaml}");
    // Two bit entities of one status word merged into one register.
    let status = device.registers.iter().find(|r| r.address == 0x3200).expect("battery status word");
    assert_eq!(device.bits(status).len(), 2, "{yaml}");
    for expected in ["`on_value` has no spec key", "tracer-stats.yaml", "(entity `rtc_clock`)", "raw_encode: HEXBYTES"] {
        assert!(report.contains(expected), "`{expected}` missing from the report:\n{report}");
    }
}

#[test]
fn a_broken_source_is_refused_with_its_position() {
    let dir = std::env::temp_dir().join(format!("modbus-map-import-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("bad.yaml");
    std::fs::write(&file, "modbus:\n  - name: hub\n    sensors:\n      - name: x\n        address: 1\n        data_type: uint17\n").unwrap();
    let failed = import_path(Source::HomeAssistant, &file, &Options::default()).expect_err("uint17 is no data_type");
    let text = failed.render();
    assert!(text.contains("bad.yaml:6:20") && text.contains("uint17"), "{text}");
    std::fs::write(&file, "sensor:\n  - platform: modbus_controller\n    address: [1\n").unwrap();
    let failed = import_path(Source::Esphome, &file, &Options::default()).expect_err("a YAML syntax error");
    assert!(failed.render().contains("YAML syntax"), "{}", failed.render());
    std::fs::remove_dir_all(&dir).ok();
}

/// pysunspec2's model JSON directory, from the venv `cargo xtask test` installs.
fn sunspec_models() -> PathBuf {
    let python = std::env::var_os("MODBUS_MAP_PYTHON")
        .unwrap_or_else(|| panic!("MODBUS_MAP_PYTHON is not set: run `cargo xtask test`, which installs pysunspec2 into target/venv and sets it"));
    let out = std::process::Command::new(python)
        .args(["-c", "import os, sunspec2; print(os.path.join(os.path.dirname(sunspec2.__file__), 'models', 'json'))"])
        .output()
        .expect("runs the venv's python");
    assert!(out.status.success(), "pysunspec2 is not installed: run `cargo xtask test`\n{}", String::from_utf8_lossy(&out.stderr));
    PathBuf::from(String::from_utf8_lossy(&out.stdout).trim())
}

/// Model 103 imported (with model 1 beside it) lays out as specs/sunspec_inverter.yaml,
/// written by hand from the same JSON, has its common and inverter models: every
/// register at the same address with the same type, unit, scale factor, access,
/// enumeration and bits.
#[test]
fn a_sunspec_model_imports_as_a_device_lays_it_out() {
    let (back, yaml, report) = import(Source::Sunspec, &sunspec_models().join("model_103.json"));
    let hand = original("sunspec_inverter");
    let (mut compared, mut wrong) = (0, Vec::new());
    for r in hand.registers.iter().filter(|r| r.block == "common" || r.block == "inverter") {
        let b = back.registers.iter().find(|b| b.address == r.address && b.table == r.table).unwrap_or_else(|| panic!("`{}` at {} missing:\n{yaml}", r.qualified_name, r.address));
        let same = b.name == r.name
            && b.data_type == r.data_type
            && b.width == r.width
            // The hand-written spec keeps SunSpec's unit words; the import spells `C` and `Pct` as `°C` and `%`.
            && b.keys.unit.as_deref() == r.keys.unit.as_deref().map(|u| match u { "C" => "°C", "Pct" => "%", u => u })
            && b.scale_factor.as_deref().map(last) == r.scale_factor.as_deref().map(last)
            && b.access == r.access
            && value_names(&back, b) == value_names(&hand, r)
            && bit_positions(&back, b) == bit_positions(&hand, r)
            // ID and L are always implemented: the import opts them out of `sentinels: sunspec`
            // (as sunspec_demo does); the hand-written spec leaves them in.
            // The accumulator WH: 0 is SunSpec's "not accumulated", which the import gives acc32 points.
            && (sentinels(b) == sentinels(r) || matches!(r.name.as_str(), "ID" | "L" | "WH"));
        if !same {
            wrong.push(format!("`{}` differs:\n  hand:     {r:?}\n  imported: {b:?}", r.qualified_name));
        }
        compared += 1;
    }
    assert!(wrong.is_empty(), "{} differ:\n{}", wrong.len(), wrong.iter().take(5).cloned().collect::<Vec<_>>().join("\n"));
    assert!(compared > 50, "{compared} registers compared");
    let end = back.registers.iter().find(|r| r.block == "end" && r.name == "ID").expect("an end marker");
    let l = back.registers.iter().find(|r| !matches!(r.block.as_str(), "common" | "end") && r.name == "L").expect("the inverter's L");
    assert_eq!(l.default, Some(modbus_map_codegen::ir::Value::Int(i64::from(end.address - l.address - 1))), "L is the model's length");
    assert!(report.contains("model_1.json:10:17") && report.contains("`mandatory` (SunSpec model metadata)"), "{report}");
}

mod no_input_breaks_an_import {
    use super::*;
    use proptest::prelude::*;

    /// A generated file cut short, or with a stretch overwritten: whatever the bytes, an
    /// import returns a spec or errors, never panics.
    fn mangled(file: &str) -> impl Strategy<Value = String> {
        let text = std::fs::read_to_string(root().join(file)).expect("generated file");
        let len = text.len();
        (0..len, 0..64usize, proptest::collection::vec(any::<u8>(), 0..24)).prop_map(move |(at, cut, bytes)| {
            let mut b = text.as_bytes().to_vec();
            let end = (at + cut).min(b.len());
            b.splice(at..end, bytes);
            String::from_utf8_lossy(&b).into_owned()
        })
    }

    fn run(source: Source, text: &str) {
        let dir = std::env::temp_dir().join(format!("modbus-map-import-prop-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join(if source == Source::Sunspec { "model_9.json" } else { "in.yaml" });
        std::fs::write(&file, text).unwrap();
        if let Ok(imported) = import_path(source, &file, &Options::default()) {
            let yaml = imported.to_yaml();
            // What an import returns passes lint: it was checked before it was returned.
            modbus_map_codegen::load_str(&yaml, "x.yaml", Format::Yaml).expect("an import's spec lints");
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

        #[test]
        fn home_assistant(text in mangled("generated/homeassistant/clivet.yaml")) {
            run(Source::HomeAssistant, &text);
        }

        #[test]
        fn esphome(text in mangled("generated/esphome/clivet.yaml")) {
            run(Source::Esphome, &text);
        }

        #[test]
        fn sunspec(text in mangled("tests/import/sunspec/model_160.json")) {
            run(Source::Sunspec, &text);
        }

        #[test]
        fn any_text(text in "\\PC{0,200}") {
            run(Source::HomeAssistant, &text);
            run(Source::Esphome, &text);
            run(Source::Sunspec, &text);
        }
    }
}

/// Model 160's `module` group repeats as often as the device says: one instance, said
/// where the JSON says it; its points' scale factors are the outer group's.
#[test]
fn a_sunspec_repeating_group_becomes_a_repeated_block() {
    let (device, yaml, report) = import(Source::Sunspec, &root().join("tests/import/sunspec/model_160.json"));
    let dca = device.registers.iter().find(|r| r.block == "module" && r.name == "DCA").unwrap_or_else(|| panic!("module.DCA:\n{yaml}"));
    assert_eq!(dca.scale_factor.as_deref(), Some("mppt.DCA_SF"), "{yaml}");
    assert!(device.blocks.iter().any(|b| b.name == "module" && b.repeat.is_some()), "{yaml}");
    assert!(report.contains("imported as 1 instance") && report.contains("model_160.json:"), "{report}");
}

/// specs/lg_therma_v.yaml is what `cargo xtask import` makes of the LG package today
/// (the README's loop), apart from the first line, which names the file as given.
#[test]
fn the_committed_lg_therma_v_spec_is_the_import_of_its_package() {
    let file = root().join("tests/import/homeassistant/lg_therma_v/modbus_lg_heatpump.yaml");
    let options = Options { name: Some("lg_therma_v".into()), ..Options::default() };
    let imported = import_path(Source::HomeAssistant, &file, &options).unwrap_or_else(|f| panic!("{}", f.render()));
    let committed = std::fs::read_to_string(root().join("specs/lg_therma_v.yaml")).unwrap();
    let tail = |t: &str| t.split_once('\n').map(|(_, rest)| rest.to_owned()).unwrap_or_default();
    assert!(
        tail(&imported.to_yaml()) == tail(&committed),
        "specs/lg_therma_v.yaml is not the import of its package: run `cargo xtask import --from homeassistant \
         tests/import/homeassistant/lg_therma_v/modbus_lg_heatpump.yaml --name lg_therma_v --out specs/lg_therma_v.yaml --force` \
         and `cargo xtask gen`"
    );
}
