//! Converting a spec between formats changes nothing: for every spec in specs/
//! and tests/specs/, YAML → CSV → YAML (or CSV → YAML → CSV) yields the same IR.

use modbus_map_codegen::convert::{device_to_spec, to_csv, to_yaml};
use modbus_map_codegen::ir::Device;
use modbus_map_codegen::{parse_str, validate, Format, Sources};
use std::path::Path;

mod common;
use common::{positionless, specs_in, workspace_specs_dir};

fn ir(text: &str, file: &str, format: Format) -> Device {
    let spec = parse_str(text, file, format)
        .unwrap_or_else(|d| panic!("{file} does not parse:\n{}\n--- text ---\n{text}", d.render(&Sources::single(file, text))));
    let checked = validate(&spec)
        .unwrap_or_else(|d| panic!("{file} does not validate:\n{}\n--- text ---\n{text}", d.render(&Sources::single(file, text))));
    positionless(checked.device)
}

fn round_trip(path: &Path) {
    let name = path.file_name().unwrap().to_string_lossy().into_owned();
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let format = Format::from_path(path).expect("a spec file");
    let original = ir(&text, &name, format);
    let spec = parse_str(&text, &name, format).expect("parsed above");
    let (other_format, other_text) = match format {
        Format::Yaml => (Format::Csv, to_csv(&spec).unwrap_or_else(|e| panic!("{name}: cannot convert to CSV: {e}"))),
        Format::Csv => (Format::Yaml, to_yaml(&spec)),
    };
    let other_name = format!("{name}.converted");
    let converted = ir(&other_text, &other_name, other_format);
    assert_eq!(original, converted, "{name}: IR changed by converting to {other_format:?}:\n{other_text}");
    let other_spec = parse_str(&other_text, &other_name, other_format).expect("parsed above");
    let back_text = match format {
        Format::Yaml => to_yaml(&other_spec),
        Format::Csv => to_csv(&other_spec).unwrap_or_else(|e| panic!("{name}: cannot convert back to CSV: {e}")),
    };
    let back = ir(&back_text, &name, format);
    assert_eq!(original, back, "{name}: IR changed by the round trip:\n{back_text}");

    // The IR carries everything: written back as a spec it validates to itself.
    let from_ir = device_to_spec(&original);
    let again = validate(&from_ir).unwrap_or_else(|d| panic!("{name}: the spec written from its IR does not validate:\n{d}"));
    assert_eq!(original, positionless(again.device), "{name}: IR → spec → IR changed it");
    let yaml_of_ir = to_yaml(&from_ir);
    assert_eq!(original, ir(&yaml_of_ir, &name, Format::Yaml), "{name}: IR → YAML → IR changed it:\n{yaml_of_ir}");
}

#[test]
fn workspace_specs_round_trip() {
    let dir = workspace_specs_dir();
    let specs = specs_in(&dir);
    assert!(!specs.is_empty(), "no specs found in {}", dir.display());
    for path in specs {
        round_trip(&path);
    }
}

#[test]
fn feature_tour_round_trips() {
    let specs = specs_in(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/specs"));
    assert!(!specs.is_empty());
    for path in specs {
        round_trip(&path);
    }
}

#[test]
fn csv_without_settings_uses_the_file_stem_and_tables() {
    let csv = "table,name,address,type,scale\ninput,flow,0,u16,1/10\nholding,setpoint,0,u16,\n";
    let d = ir(csv, "dir/pump_x.csv", Format::Csv);
    assert_eq!(d.name, "pump_x");
    let names: Vec<_> = d.registers.iter().map(|r| r.qualified_name.as_str()).collect();
    assert_eq!(names, ["input.flow", "holding.setpoint"]);
    assert_eq!(d.register("input.flow").unwrap().scale, 0.1);
    assert_eq!(d.register("input.flow").unwrap().scale_text.as_deref(), Some("1/10"));
}
