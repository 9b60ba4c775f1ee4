//! The real case of issue 12: EMS-ESP's dump_entities.csv as released in v3.7.1 and
//! v3.7.2 (the corpus CI provides at ../shared/corpus, read-only), turned into specs by
//! `cargo xtask ems-esp` and compared. The numbers asserted here are the ones docs/diff.md reports.

use modbus_map_codegen::diff::{self, Rule};
use modbus_map_codegen::{load_path, Sources};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The EMS-ESP corpus directory; a clear failure when it is missing (never a silent skip).
fn corpus() -> PathBuf {
    let dir = root().join("../shared/corpus/emsesp");
    for name in ["dump_entities.csv", "dump_entities.v3.7.1.csv", "dump_entities.v3.7.2.csv"] {
        assert!(
            dir.join(name).is_file(),
            "the EMS-ESP corpus file {} is missing: this test needs the shared corpus at ../shared/corpus relative to \
             the repository root (see corpus/SOURCES.md: emsesp/EMS-ESP32 docs/dump_entities.csv at tags v3.7.1 and v3.7.2)",
            dir.join(name).display()
        );
    }
    dir
}

fn xtask(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_xtask")).args(args).current_dir(root()).output().expect("the xtask binary runs")
}

fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("ems-esp-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

#[test]
fn v3_7_1_to_v3_7_2_per_device_type() {
    let corpus = corpus();
    let out_dir = scratch("releases");
    let out = xtask(&[
        "ems-esp",
        &corpus.join("dump_entities.v3.7.1.csv").to_string_lossy(),
        &corpus.join("dump_entities.v3.7.2.csv").to_string_lossy(),
        "--out",
        &out_dir.to_string_lossy(),
    ]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}{}", String::from_utf8_lossy(&out.stderr));
    assert!(stdout.contains("v3.7.1: 96 products, 5315 entity rows (3 skipped)"), "{stdout}");
    assert!(stdout.contains("v3.7.2: 99 products, 5438 entity rows (3 skipped)"), "{stdout}");
    // The three skipped rows are the pool entities EMS-ESP leaves unmapped (offset -1).
    assert_eq!(stdout.matches("pool pool").count(), 6, "{stdout}");
    let table = "\
| device type | products v3.7.1 / v3.7.2 | entities v3.7.1 / v3.7.2 | removed | renamed | moved | changed | added | with a breaking change |
|---|---|---|---|---|---|---|---|---|
| alert | 1 / 1 | 2 / 2 | 0 | 0 | 0 | 0 | 0 | 0 |
| boiler | 28 / 29 | 240 / 240 | 0 | 0 | 108 | 31 | 4 | 108 |
| controller | 1 / 1 | 1 / 1 | 0 | 0 | 0 | 0 | 0 | 0 |
| extension | 2 / 2 | 10 / 10 | 0 | 0 | 0 | 0 | 0 | 0 |
| heatpump | 2 / 2 | 47 / 47 | 0 | 0 | 0 | 6 | 0 | 0 |
| heatsource | 0 / 1 | 0 / 32 | 0 | 0 | 0 | 0 | 0 | 0 |
| mixer | 8 / 8 | 8 / 8 | 0 | 0 | 0 | 0 | 0 | 0 |
| solar | 6 / 6 | 63 / 63 | 0 | 0 | 0 | 4 | 0 | 0 |
| switch | 1 / 1 | 3 / 3 | 0 | 0 | 0 | 0 | 0 | 0 |
| thermostat | 40 / 41 | 136 / 142 | 76 | 0 | 79 | 2 | 8 | 119 |
| ventilation | 1 / 1 | 9 / 10 | 0 | 0 | 0 | 0 | 1 | 0 |
| water | 6 / 6 | 30 / 30 | 0 | 0 | 0 | 0 | 0 | 0 |
| all | 96 / 99 | 549 / 588 | 76 | 0 | 187 | 43 | 13 | 227 |
";
    assert!(stdout.contains(table), "the summary differs from docs/diff.md:\n{stdout}");
    assert!(stdout.contains("96 products in both releases, 59 of them with breaking changes."), "{stdout}");

    // The written specs pass the validator, and the diff command finds the shift EMS-ESP users
    // report: v3.7.2 inserted pc0flow..pc1rate at 79..82 and moved the energy counters behind them.
    let gb192 = |release: &str| out_dir.join(release).join("boiler_208.yaml");
    for release in ["v3.7.1", "v3.7.2"] {
        load_path(&gb192(release)).unwrap_or_else(|d| panic!("{}:\n{}", gb192(release).display(), d.render(&Sources::from_path(&gb192(release)))));
    }
    let out = xtask(&["diff", &gb192("v3.7.1").to_string_lossy(), &gb192("v3.7.2").to_string_lossy()]);
    let shown = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{shown}");
    for moved in ["`boiler.nrgtotal` moved from address 79 to 83", "`boiler.nrgheat` moved from address 81 to 85", "`boiler.meterheat` moved from address 91 to 95"] {
        assert!(shown.contains(&format!("breaking[moved]: {moved}\n")), "{shown}");
    }
    assert!(shown.contains("compatible[added]: `boiler.pc0flow` (unit 5, holding 79) was added"), "{shown}");
}

/// The converter follows the rules specs/ems_esp.yaml was transcribed by: on the dump that spec
/// came from, its RC310 and GB192 specs give the same registers, apart from the system server
/// (not in the dump) and one name the spec chose by hand.
#[test]
fn the_converter_reproduces_specs_ems_esp_yaml() {
    let corpus = corpus();
    let out_dir = scratch("b4036bf");
    let out = xtask(&["ems-esp", &corpus.join("dump_entities.csv").to_string_lossy(), "--out", &out_dir.to_string_lossy()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = |name: &str| std::fs::read_to_string(out_dir.join("old").join(name)).expect("the converter wrote it");
    // One spec holding both servers, with ems_esp.yaml's block names for the two DHW blocks.
    let thermostat = text("thermostat_158.yaml").replace("  - name: dhw\n", "  - name: thermostat_dhw\n");
    let boiler = text("boiler_208.yaml").replace("  - name: dhw\n", "  - name: boiler_dhw\n");
    let (head, thermostat_blocks) = thermostat.split_once("blocks:\n").expect("a blocks section");
    let boiler_blocks = boiler.split_once("blocks:\n").expect("a blocks section").1;
    let merged = format!("{}blocks:\n{thermostat_blocks}{boiler_blocks}", head.replace("thermostat_158", "ems_esp"));
    let converted = modbus_map_codegen::load_str(&merged, "converted.yaml", modbus_map_codegen::Format::Yaml)
        .unwrap_or_else(|d| panic!("{}", d.render(&Sources::single("converted.yaml", &merged))))
        .device;
    let spec = root().join("specs/ems_esp.yaml");
    let original = load_path(&spec).expect("specs/ems_esp.yaml validates").device;
    let report = diff::diff(&original, &converted);
    let breaking: Vec<String> = report
        .changes
        .iter()
        .filter(|c| c.fails())
        .map(|c| format!("{} {}", c.rule.code(), c.register.as_deref().unwrap_or("")))
        .collect();
    let mut expected: Vec<String> = vec!["removed system.device_count".to_owned()];
    expected.extend((1..=16).map(|i| format!("removed device{i}.info")));
    expected.push("renamed boiler_dhw.three_wayvalve".to_owned());
    assert_eq!(breaking, expected, "{}", diff::render_text(&report, &Sources::new()));
    // Everything else is descriptions and the device's own title and default unit id.
    let other: Vec<Rule> = report.changes.iter().filter(|c| !c.fails()).map(|c| c.rule).collect();
    assert!(
        other.iter().all(|r| matches!(r, Rule::DescriptionChanged | Rule::TitleChanged | Rule::DeviceDefaultChanged)),
        "{}",
        diff::render_text(&report, &Sources::new())
    );
}
