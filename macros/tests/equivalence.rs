//! A map written as a derived struct documents exactly like the same block
//! written in a spec: the Markdown and Python generators get the derived IR
//! (rebuilt from `IR_JSON`) and the spec's IR, and their outputs must be equal.

use modbus_map::ModbusMap;
use modbus_map_codegen::generate::{markdown, python, Options};
use modbus_map_codegen::ir::{self, Device};
use std::path::Path;

/// Screw-in and flange heater with three switchable heating elements (7 steps) for heating water with
/// photovoltaic surplus; Modbus TCP server on port 502 (and Modbus RTU since 4.0.2). Data is updated
/// every second. Heater step, load setpoint and feed-in value are cleared after 60 s without a client.
#[derive(ModbusMap)]
#[modbus(
    name = "askoheat_plus",
    title = "ASKOHEAT+",
    vendor = "Askoma AG",
    firmware = "4.2.1",
    unit_id = 1,
    word_order = "high_first",
    byte_order = "low_first",
    read_limit = 125,
    max_gap = 0,
    block = "command",
    base = 200,
    block_description = "Commands controlling the power of ASKOHEAT+ (three options)."
)]
// The `command` block of specs/askoheat_plus.yaml, written as a struct.
#[allow(dead_code)]
struct Command {
    /// Switch heaters on / off: heater step 0-7 in the low byte (MODBUS_CMD_SET_HEATER_STEP); cleared after 60 s without a client
    #[modbus(holding, address = 0, min = 0, max = 7, default = 0, since = "2.0.1")]
    set_heater_step: u8,
    /// Load setpoint (250-30000 W) for automatic setting of the optimum power level of the ASKOHEAT+ (MODBUS_CMD_LOAD_SETPOINT_VALUE)
    #[modbus(holding, address = 1, unit = "W", min = 0, max = 30000, default = 0, since = "2.3.1")]
    load_setpoint_value: i16,
    /// Use case power to heat: negative values (grid feed-in) activate thermal storage, ASKOHEAT+ automatically switches to the correct level; positive values switch it off (MODBUS_CMD_LOAD_FEEDIN_VALUE)
    #[modbus(holding, address = 2, unit = "W", min = -30000, max = 30000, default = 0, since = "4.2.1")]
    load_feedin_value: i16,
}

fn spec_block(block: &str) -> Device {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../specs/askoheat_plus.yaml");
    let checked = modbus_map_codegen::load_path(&path).unwrap_or_else(|d| {
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        let sources = modbus_map_codegen::Sources::single(&path.to_string_lossy(), &text);
        panic!("specs/askoheat_plus.yaml does not load:\n{}", d.render(&sources))
    });
    let mut device = checked.device;
    device.blocks.retain(|b| b.name == block);
    device.registers.retain(|r| r.block == block);
    let kept: Vec<String> = device.registers.iter().map(|r| r.qualified_name.clone()).collect();
    for r in &mut device.registers {
        r.aliases.retain(|a| kept.contains(a));
    }
    device
}

fn derived() -> Device {
    serde_json::from_str(Command::IR_JSON).expect("IR_JSON is an ir::Device")
}

/// Origins say where each item was written (a spec line, or the struct); they
/// are expected to differ, and the header names the source, so both sides get the spec's.
fn same_origins(mut derived: Device, spec: &Device) -> Device {
    derived.source = spec.source.clone();
    for (d, s) in derived.blocks.iter_mut().zip(&spec.blocks) {
        d.origin = s.origin.clone();
    }
    for d in &mut derived.registers {
        if let Some(s) = spec.register(&d.qualified_name) {
            d.origin = s.origin.clone();
        }
    }
    derived
}

fn assert_same_text(what: &str, derived: &str, spec: &str) {
    if derived != spec {
        let diff = similar::TextDiff::from_lines(spec, derived);
        panic!(
            "{what} of the derived struct differs from the spec's (- spec, + derived):\n{}",
            diff.unified_diff()
        );
    }
}

#[test]
fn derived_ir_equals_spec_ir_apart_from_origins() {
    let spec = spec_block("command");
    let derived = same_origins(derived(), &spec);
    assert_eq!(derived.registers.len(), 3, "the struct has three registers");
    assert_eq!(
        serde_json::to_string_pretty(&derived).unwrap(),
        serde_json::to_string_pretty(&spec).unwrap(),
        "derived IR differs from the spec's"
    );
}

#[test]
fn markdown_of_derived_struct_equals_markdown_of_spec_block() {
    let spec = spec_block("command");
    let derived = same_origins(derived(), &spec);
    let options = Options::default();
    let from_spec = markdown::generate(&spec, &options).expect("markdown of the spec");
    let from_derive = markdown::generate(&derived, &options).expect("markdown of the derived struct");
    assert!(
        from_spec.contains("set_heater_step"),
        "the page documents the block's registers"
    );
    assert_same_text("Markdown", &from_derive, &from_spec);
}

#[test]
fn python_of_derived_struct_equals_python_of_spec_block() {
    let spec = spec_block("command");
    let derived = same_origins(derived(), &spec);
    let options = Options::default();
    let from_spec = python::generate(&spec, &options).expect("python of the spec");
    let from_derive = python::generate(&derived, &options).expect("python of the derived struct");
    assert!(
        from_spec.contains("load_feedin_value"),
        "the module maps the block's registers"
    );
    assert_same_text("Python", &from_derive, &from_spec);
}

#[test]
fn ir_json_rebuilds_an_ir() {
    let mut ir = ir::Ir::default();
    let device: Device = serde_json::from_str(Command::IR_JSON).unwrap();
    ir.devices.insert(device.name.clone(), device);
    let back = ir::Ir::from_json(&ir.to_json()).expect("IR round-trips through JSON");
    assert_eq!(back, ir);
    assert_eq!(Command::REGISTERS.len(), 3);
    assert_eq!(Command::SET_HEATER_STEP.address, 200);
}
