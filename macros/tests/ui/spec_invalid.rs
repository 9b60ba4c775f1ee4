use modbus_map::ModbusMap;

/// The spec itself is wrong: its errors are reported at `spec = ...`, rendered as the CLI renders them.
#[derive(ModbusMap)]
#[modbus(spec = "specs/broken.yaml", block = "command")]
struct Command {
    set_heater_step: u8,
}

fn main() {}
