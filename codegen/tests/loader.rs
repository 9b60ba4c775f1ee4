//! Loader tests: YAML and CSV load into the same model, keep positions, and
//! turn every malformed input into diagnostics (never a panic or a hang).

use modbus_map_codegen::spec::Value;
use modbus_map_codegen::{load_str, parse_str, Format};

const YAML: &str = r#"device:
  name: pump
  firmware: "2.1"
blocks:
  - name: sensors
    table: input
    base: 0x100
    registers:
      - { name: flow, address: 0, type: u16, scale: "1/10", unit: l/min }
      - { name: mode, address: 1, type: u16, values: { 0: off, 1: on } }
  - name: hc
    table: holding
    unit_id: 6
    base: 1000
    repeat: { count: 2, stride: 1000 }
    registers:
      - { name: target, address: 0, type: u8, bits: { 0: a, "1-3": b } }
"#;

const CSV: &str = "\
# name: pump
# firmware: 2.1
# block.hc.unit_id: 6
# block.hc.repeat_count: 2
# block.hc.repeat_stride: 1000
block,table,name,address,type,scale,unit,values,bits,block_base
sensors,input,flow,0,u16,1/10,l/min,,,0x100
sensors,input,mode,1,u16,,,0=off;1=on,,
hc,holding,target,0,u8,,,,0=a;1-3=b,1000
";

#[test]
fn yaml_and_csv_give_the_same_ir() {
    let mut a = load_str(YAML, "pump.yaml", Format::Yaml).unwrap().device;
    let mut b = load_str(CSV, "pump.csv", Format::Csv).unwrap().device;
    for d in [&mut a, &mut b] {
        d.source = Default::default();
        d.blocks.iter_mut().for_each(|b| b.origin = Default::default());
        d.registers.iter_mut().for_each(|r| r.origin = Default::default());
    }
    assert_eq!(a, b);
    let names: Vec<_> = a.registers.iter().map(|r| (r.qualified_name.as_str(), r.unit_id, r.address)).collect();
    assert_eq!(names, [("sensors.flow", 1, 256), ("sensors.mode", 1, 257), ("hc1.target", 6, 1000), ("hc2.target", 6, 2000)]);
}

#[test]
fn yaml_positions_point_at_the_value() {
    let spec = parse_str(YAML, "pump.yaml", Format::Yaml).unwrap();
    let flow = &spec.blocks[0].registers[0];
    let scale = flow.scale.as_ref().unwrap();
    assert_eq!(scale.value, Value::Text("1/10".into()));
    // Quoted scalars are marked at the opening quote.
    assert_eq!((scale.line, scale.column), (9, 53));
    assert_eq!(spec.blocks[1].repeat.as_ref().unwrap().count.as_ref().unwrap().value, 2);
}

#[test]
fn csv_positions_point_at_the_cell() {
    let spec = parse_str(CSV, "pump.csv", Format::Csv).unwrap();
    let target = &spec.blocks[1].registers[0];
    assert_eq!((target.name.line, target.name.column), (9, 12));
    assert_eq!(spec.blocks[1].base.as_ref().unwrap().value, 1000);
    assert_eq!(spec.device.firmware.as_ref().unwrap().line, 2);
    let e = load_str(&CSV.replace("0=off;1=on", "0=off;300"), "pump.csv", Format::Csv).unwrap_err();
    assert_eq!(e.codes(), ["bad-value"]);
    assert_eq!((e.items[0].origin.line, e.items[0].origin.column), (8, 34));
}

#[test]
fn wrong_value_types_are_reported_where_they_are() {
    let text = "device:\n  name: x\n  unit_id: one\n  allow_gaps: maybe\nblocks:\n  - name: b\n    table: holding\n    registers:\n      - { name: r, address: [1], type: u16 }\n";
    let e = parse_str(text, "x.yaml", Format::Yaml).unwrap_err();
    let at: Vec<_> = e.iter().map(|d| (d.code, d.origin.line)).collect();
    assert_eq!(at, [("bad-value", 3), ("bad-value", 4), ("bad-value", 9)]);
    assert!(e.items[0].help.as_deref().unwrap().contains("integer"));
}

#[test]
fn missing_sections_are_reported() {
    let e = parse_str("title: x\n", "x.yaml", Format::Yaml).unwrap_err();
    let codes: Vec<_> = e.iter().map(|d| d.code).collect();
    assert_eq!(codes, ["unknown-key", "missing-key", "missing-key"]);
    let e = parse_str("", "x.yaml", Format::Yaml).unwrap_err();
    assert!(e.has_errors());
    let e = parse_str("# only a comment\n", "x.csv", Format::Csv).unwrap_err();
    assert_eq!(e.codes(), ["missing-key"]);
}

#[test]
fn top_level_must_be_a_mapping() {
    for text in ["- a\n- b\n", "just text\n", "42\n"] {
        let e = parse_str(text, "x.yaml", Format::Yaml).unwrap_err();
        assert_eq!(e.codes(), ["syntax"], "{text}");
    }
}

#[test]
fn deep_block_nesting_is_refused() {
    let text = format!("device:\n  name: x\nblocks:\n{}x\n", "- ".repeat(50_000));
    let e = parse_str(&text, "x.yaml", Format::Yaml).unwrap_err();
    assert_eq!(e.codes(), ["syntax"]);
    assert!(e.items[0].message.contains("nests too deeply"));
}

#[test]
fn runaway_repeat_is_refused_not_expanded() {
    let text = "device: { name: x }\nblocks:\n  - name: b\n    table: holding\n    repeat: { count: 65535, stride: 0 }\n    registers:\n      - { name: r, address: 0, type: u16 }\n      - { name: s, address: 1, type: u16 }\n";
    let e = load_str(text, "x.yaml", Format::Yaml).unwrap_err();
    assert_eq!(e.codes(), ["too-large"]);
}

#[test]
fn many_overlaps_stop_at_the_diagnostics_limit() {
    let mut text = String::from("device: { name: x }\nblocks:\n  - name: b\n    table: holding\n    registers:\n");
    for i in 0..3000 {
        text.push_str(&format!("      - {{ name: r{i}, address: 7, type: u16 }}\n"));
    }
    let e = load_str(&text, "x.yaml", Format::Yaml).unwrap_err();
    assert_eq!(e.len(), modbus_map_codegen::diagnostics::MAX_DIAGNOSTICS + 1);
    assert!(e.codes().contains(&"too-many"));
}

#[test]
fn windows_line_endings_and_bom_load() {
    let yaml = YAML.replace('\n', "\r\n");
    assert!(load_str(&yaml, "x.yaml", Format::Yaml).is_ok());
    let csv = format!("\u{feff}{}", CSV.replace('\n', "\r\n"));
    let d = load_str(&csv, "x.csv", Format::Csv).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(d.device.registers.len(), 4);
}

/// The complete examples in docs/spec-format.md (code blocks that start a spec) load cleanly.
#[test]
fn documented_examples_load() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/spec-format.md");
    let doc = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    let mut checked = 0;
    let mut block: Option<(String, String)> = None;
    for line in doc.lines() {
        match (&mut block, line.strip_prefix("```")) {
            (None, Some(lang)) => block = Some((lang.to_owned(), String::new())),
            (Some(_), Some(_)) => {
                let (lang, text) = block.take().expect("inside a block");
                let format = match lang.as_str() {
                    "yaml" if text.starts_with("device:") => Format::Yaml,
                    "csv" if text.starts_with("# name:") => Format::Csv,
                    _ => continue,
                };
                let file = format!("docs/example.{lang}");
                if let Err(e) = load_str(&text, &file, format) {
                    panic!("example in docs/spec-format.md does not load:\n{}\n{text}", e.render(&modbus_map_codegen::Sources::single(&file, &text)));
                }
                checked += 1;
            }
            (Some((_, text)), None) => {
                text.push_str(line);
                text.push('\n');
            }
            (None, None) => {}
        }
    }
    assert!(checked >= 2, "expected the YAML and CSV examples, checked {checked}");
}

#[test]
fn pathological_yaml_shapes_are_errors() {
    let n = 100_000;
    let shapes = [
        format!("device: {}x\n", "? ".repeat(n)),
        format!("device: {}x\n", "- ".repeat(n)),
        format!("device: {}\n", "{a: ".repeat(n)),
        format!("device:\n{}", (0..2000).map(|i| format!("{}k{i}:\n", " ".repeat(i))).collect::<String>()),
        format!("device: \"{}\n", "\\".repeat(n)),
        "device: *unknown\n".to_owned(),
        "--- a\n--- b\n".to_owned(),
        "device: !!binary aGVsbG8=\n".to_owned(),
        "%YAML 9.9\n---\ndevice: x\n".to_owned(),
    ];
    for text in &shapes {
        let e = load_str(text, "x.yaml", Format::Yaml).expect_err("not a spec");
        assert!(e.has_errors() && e.iter().all(|d| d.origin.file == "x.yaml"), "{e}");
    }
}

/// `sentinel` in YAML (a scalar or a list) and in CSV (`;`-separated) is the same set of
/// bit patterns; `default: n/a` and `sentinel: none` read alike in both.
#[test]
fn sentinels_read_the_same_from_yaml_and_csv() {
    let yaml = "device: { name: inv, sentinels: sunspec }\nblocks:\n  - name: r\n    table: input\n    registers:\n\
        \x20     - { name: power, address: 0, type: i16, sentinel: [0x7FFF, -32768], default: n/a }\n\
        \x20     - { name: volt, address: 1, type: u16, scale: 0.1 }\n\
        \x20     - { name: id, address: 2, type: u16, sentinel: none }\n";
    let csv = "# name: inv\n# sentinels: sunspec\nblock,table,name,address,type,scale,sentinel,default\n\
        r,input,power,0,i16,1,0x7FFF;-32768,n/a\nr,input,volt,1,u16,0.1,,\nr,input,id,2,u16,1,none,\n";
    for (text, file, format) in [(yaml, "inv.yaml", Format::Yaml), (csv, "inv.csv", Format::Csv)] {
        let device = load_str(text, file, format).unwrap_or_else(|e| panic!("{file}: {e}")).device;
        let sentinels = |name: &str| device.register(name).unwrap().sentinels.clone();
        assert_eq!(sentinels("r.power"), [0x7FFF, 0x8000], "{file}");
        assert_eq!(sentinels("r.volt"), [0xFFFF], "{file}: the device's SunSpec convention");
        assert!(sentinels("r.id").is_empty(), "{file}: sentinel: none opts out");
        assert_eq!(device.register("r.power").unwrap().default, Some(modbus_map_codegen::ir::Value::Text("n/a".into())), "{file}");
    }
}
