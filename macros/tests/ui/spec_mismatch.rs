use modbus_map::ModbusMap;

/// `command` has set_heater_step (u8), load_setpoint_value (i16) and load_feedin_value (i16).
#[derive(ModbusMap)]
#[modbus(spec = "specs/askoheat_command.yaml", block = "command")]
struct Command {
    set_heater_step: u8,
    load_setpoint_value: bool,
    load_setpoint: i16,
}

fn main() {}
