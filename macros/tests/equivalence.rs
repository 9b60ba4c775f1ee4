//! A map written as a derived struct documents exactly like the same block
//! written in a spec: the Markdown and Python generators get the derived IR
//! (rebuilt from `IR_JSON`) and the spec's IR, and their outputs must be equal.

use modbus_map::{ModbusEnum, ModbusMap};
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

/// Two of HeishaMon's quick-command coils, one marked as the seed says ("reset automatically
/// after execution") and labelled, one written with function 15 only, to see the attributes
/// reach the IR and the descriptors.
#[derive(ModbusMap)]
#[modbus(name = "quick", block = "quick_commands", base = 0x2000)]
#[allow(dead_code)]
struct QuickCommands {
    #[modbus(coil, address = 6, self_clearing = true, label = "Quick defrost")]
    quick_defrost: bool,
    #[modbus(coil, address = 7, write_function = "multiple")]
    quick_sterilization: bool,
}

// The `control` block of specs/clivet.yaml (enumerations, affine scaling, named bits), written as a struct.
/// Heat-pump water heater with a heat pump (compressor) and an electric resistance as heat sources; BMS access
/// over Modbus RTU (RS485, 9600 8N1) or Modbus TCP through an RS485 gateway. Temperatures in Celsius mode
/// are encoded raw = 2·T + 30.
#[derive(ModbusMap)]
#[modbus(
    name = "clivet",
    title = "Clivet heat-pump water heater (BMS)",
    vendor = "Clivet",
    unit_id = 1,
    word_order = "high_first",
    byte_order = "high_first",
    read_limit = 125,
    max_gap = 0,
    block = "control",
    base = 0,
    block_description = "Settings and commands (read/write)."
)]
#[allow(dead_code)]
struct ClivetControl {
    /// Power off/on (REG_POWER_STATE)
    #[modbus(holding, address = 0, type = "u16")]
    power_state: PowerState,
    /// Setting mode: hybrid = heat pump with automatic electric backup, e_heater = electric resistance only,
    /// vacation = keep the water at 15 °C (REG_SETTING_MODE)
    #[modbus(holding, address = 1, type = "u16", values(1 = invalid, 2 = hybrid, 3 = e_heater, 4 = vacation))]
    setting_mode: SettingMode,
    /// Water temperature setpoint Ts; raw = 2·T + 30 in Celsius mode (REG_SETTING_TEMP_TS)
    #[modbus(holding, address = 2, scale = 0.5, offset = -15, unit = "°C", min = 38, max = 70)]
    setting_temp_ts: f64,
    /// Command functions (REG_CMD_FUNCS): solar signal (0 = solar panel on), EVU, SG, remoter signal (0 = panel can
    /// work), remoter mode, disinfect (heat to 70 °C once), temperature unit (0 = Celsius, 1 = Fahrenheit)
    #[modbus(
        holding,
        address = 3,
        bits(
            0 = solar_signal,
            1 = evu,
            2 = sg,
            3 = remoter_signal,
            4 = remoter_mode,
            5 = disinfect,
            6 = unit_fahrenheit
        )
    )]
    cmd_funcs: u16,
    /// Clock hour (REG_HOUR)
    #[modbus(holding, address = 4, unit = "h", min = 0, max = 23)]
    hour: u16,
    /// Clock minute (REG_MINUTE)
    #[modbus(holding, address = 5, unit = "min", min = 0, max = 59)]
    minute: u16,
}

/// `power_state`'s values, given by the enum alone.
#[derive(ModbusEnum, Debug, Clone, Copy, PartialEq)]
#[repr(i64)]
#[allow(dead_code)]
enum PowerState {
    Off = 0,
    On = 1,
    Unknown(i64),
}

/// `setting_mode`'s values, by the enum and repeated in `values(...)` (they must agree).
#[derive(ModbusEnum, Debug, Clone, Copy, PartialEq)]
#[repr(i64)]
#[allow(dead_code)]
enum SettingMode {
    Invalid = 1,
    Hybrid = 2,
    #[modbus(name = "e_heater")]
    Electric = 3,
    Vacation = 4,
    #[modbus(unknown)]
    Other(i64),
}

fn spec_block(spec: &str, block: &str) -> Device {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../specs").join(spec);
    let checked = modbus_map_codegen::load_path(&path).unwrap_or_else(|d| {
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        let sources = modbus_map_codegen::Sources::single(&path.to_string_lossy(), &text);
        panic!("specs/{spec} does not load:\n{}", d.render(&sources))
    });
    let mut device = checked.device;
    device.blocks.retain(|b| b.name == block);
    // A derived struct has no simulator profile (`sim:` is a spec section only).
    device.sim = Default::default();
    device.registers.retain(|r| r.block == block);
    let kept: Vec<String> = device.registers.iter().map(|r| r.qualified_name.clone()).collect();
    for r in &mut device.registers {
        r.aliases.retain(|a| kept.contains(a));
    }
    device
}

/// Enumerations and flag sets are items of the IR, numbered and named by first use: a
/// block cut out of a spec keeps the whole device's, and the derive appends the values of
/// enum-typed fields at run time. Both sides list them again from their own registers.
fn value_types_of_own_registers(mut device: Device) -> Device {
    let lists: Vec<(Vec<ir::EnumVariant>, Vec<ir::BitRange>)> =
        device.registers.iter().map(|r| (device.values(r).to_vec(), device.bits(r).to_vec())).collect();
    device.enumerations.clear();
    device.flag_sets.clear();
    for (r, (values, bits)) in device.registers.iter_mut().zip(lists) {
        let user = format!("{}.{}", r.block, r.name);
        r.enumeration = (!values.is_empty()).then(|| match device.enumerations.iter().position(|e| e.values == values) {
            Some(i) => i,
            None => {
                let name = format!("{}_{}", r.block, r.name);
                device.enumerations.push(ir::Enumeration { name, values, used_by: vec![user.clone()] });
                device.enumerations.len() - 1
            }
        });
        r.flags = (!bits.is_empty()).then(|| match device.flag_sets.iter().position(|f| f.bits == bits) {
            Some(i) => i,
            None => {
                let name = format!("{}_{}", r.block, r.name);
                device.flag_sets.push(ir::FlagSet { name, bits, used_by: vec![user.clone()] });
                device.flag_sets.len() - 1
            }
        });
    }
    device
}

fn derived(ir_json: &str) -> Device {
    serde_json::from_str(ir_json).expect("IR_JSON is an ir::Device")
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

/// The IR, the Markdown page and the Python module of a derived struct equal
/// those of the spec block it transcribes.
fn assert_equivalent(ir_json: &str, spec: &str, block: &str, registers: usize) {
    let from_spec = value_types_of_own_registers(spec_block(spec, block));
    let derived = value_types_of_own_registers(same_origins(derived(ir_json), &from_spec));
    assert_eq!(derived.registers.len(), registers, "the struct's register count");
    assert_eq!(from_spec.registers.len(), registers, "the spec block's register count");
    assert_same_text(
        "IR",
        &serde_json::to_string_pretty(&derived).unwrap(),
        &serde_json::to_string_pretty(&from_spec).unwrap(),
    );
    let options = Options::default();
    let md_spec = markdown::generate(&from_spec, &options).expect("markdown of the spec");
    let md_derived = markdown::generate(&derived, &options).expect("markdown of the derived struct");
    for r in &from_spec.registers {
        assert!(md_spec.contains(&r.name), "the page documents `{}`", r.name);
    }
    assert_same_text("Markdown", &md_derived, &md_spec);
    let py_spec = python::generate(&from_spec, &options).expect("python of the spec");
    let py_derived = python::generate(&derived, &options).expect("python of the derived struct");
    for r in &from_spec.registers {
        assert!(py_spec.contains(&r.name), "the module maps `{}`", r.name);
    }
    assert_same_text("Python", &py_derived, &py_spec);
}

#[test]
fn askoheat_command_block_derived_equals_spec() {
    assert_equivalent(Command::IR_JSON, "askoheat_plus.yaml", "command", 3);
}

#[test]
fn self_clearing_label_and_write_function_attributes_reach_ir_and_descriptors() {
    let ir = derived(QuickCommands::IR_JSON);
    let flags: Vec<(&str, bool)> = ir.registers.iter().map(|r| (r.name.as_str(), r.keys.self_clearing)).collect();
    assert_eq!(flags, [("quick_defrost", true), ("quick_sterilization", false)]);
    let labels: Vec<Option<&str>> = ir.registers.iter().map(|r| r.keys.label.as_deref()).collect();
    assert_eq!(labels, [Some("Quick defrost"), None]);
    let functions: Vec<_> = QuickCommands::REGISTERS.iter().map(|d| d.write_function).collect();
    assert_eq!(functions, [modbus_map::WriteFunction::Any, modbus_map::WriteFunction::Multiple]);
    let descriptors: Vec<(&str, bool)> = QuickCommands::REGISTERS.iter().map(|d| (d.name, d.self_clearing)).collect();
    assert_eq!(descriptors, [("quick_commands.quick_defrost", true), ("quick_commands.quick_sterilization", false)]);
}

/// A battery temperature whose readings are plausible between -40 and 90 °C while a
/// client may set 0..=50 (the plausible range of docs/spec-format.md), derived.
#[derive(ModbusMap)]
#[modbus(name = "plausible", block = "battery")]
#[allow(dead_code)]
struct Plausible {
    #[modbus(holding, address = 4, type = "i16", scale = 0.1, unit = "°C", min = 0, max = 50, plausible_min = -40, plausible_max = 90)]
    temperature: f64,
}

#[test]
fn plausible_attributes_reach_ir_and_descriptors_and_the_codec_refuses_readings_outside() {
    let ir = derived(Plausible::IR_JSON);
    let r = &ir.registers[0];
    assert_eq!((r.keys.plausible_min, r.keys.plausible_max), (Some(-40.0), Some(90.0)));
    let d = &Plausible::REGISTERS[0];
    assert_eq!((d.plausible_min, d.plausible_max, d.min, d.max), (Some(-40.0), Some(90.0), Some(0.0), Some(50.0)));
    // -10 °C is a reading (raw -100), below what a client may set; -50 °C is a glitch.
    assert_eq!(modbus_map::codec::decode_f64(d, &[(-100i16) as u16], d.word_order), Ok(-10.0));
    assert!(matches!(
        modbus_map::codec::decode_f64(d, &[(-500i16) as u16], d.word_order),
        Err(modbus_map::codec::DecodeError::Implausible { value, .. }) if value == -50.0
    ));
}

#[test]
fn clivet_control_block_derived_equals_spec() {
    assert_equivalent(&ClivetControl::ir_json(), "clivet.yaml", "control", 6);
}

#[test]
fn derived_enum_values_reach_descriptors_and_ir() {
    use modbus_map::codec::ModbusEnum as _;
    assert_eq!(ClivetControl::POWER_STATE.values, PowerState::VALUES);
    assert_eq!(PowerState::VALUES.len(), 2);
    assert_eq!(SettingMode::from_raw(3), SettingMode::Electric);
    assert_eq!(SettingMode::from_raw(9), SettingMode::Other(9));
    assert_eq!(SettingMode::Electric.to_raw(), 3);
    assert_eq!(SettingMode::Electric.name(), Some("e_heater"));
    // The static IR leaves enum-typed fields' values to `ir_json()`.
    let partial = derived(ClivetControl::IR_JSON);
    assert!(partial.values(partial.register("control.power_state").unwrap()).is_empty());
    let full = derived(&ClivetControl::ir_json());
    let names: Vec<_> = full.values(full.register("control.power_state").unwrap()).iter().map(|v| v.name.as_str()).collect();
    assert_eq!(names, ["off", "on"]);
}

#[test]
fn ir_json_rebuilds_an_ir() {
    let mut ir = ir::Ir::default();
    let device = derived(Command::IR_JSON);
    ir.devices.insert(device.name.clone(), device);
    let back = ir::Ir::from_json(&ir.to_json()).expect("IR round-trips through JSON");
    assert_eq!(back, ir);
    assert_eq!(Command::REGISTERS.len(), 3);
    assert_eq!(Command::SET_HEATER_STEP.address, 200);
}

/// An enum implementing the trait by hand (no `VALUES`) still types a field without `values(...)`:
/// the register then simply lists no values.
#[derive(Debug, Clone, Copy, PartialEq)]
#[allow(dead_code)]
enum HandWritten {
    Known,
    Other(i64),
}

impl modbus_map::codec::ModbusEnum for HandWritten {
    fn from_raw(raw: i64) -> Self {
        if raw == 0 {
            HandWritten::Known
        } else {
            HandWritten::Other(raw)
        }
    }
    fn to_raw(&self) -> i64 {
        match self {
            HandWritten::Known => 0,
            HandWritten::Other(raw) => *raw,
        }
    }
}
modbus_map::impl_register_value!(enum HandWritten);

#[derive(ModbusMap)]
#[allow(dead_code)]
struct WithHandWritten {
    #[modbus(holding, address = 0, type = "u16")]
    state: HandWritten,
}

#[test]
fn hand_written_enum_without_values_lists_none() {
    assert!(WithHandWritten::STATE.values.is_empty());
    let device = derived(&WithHandWritten::ir_json());
    assert!(device.values(device.register("holding.state").unwrap()).is_empty());
}
