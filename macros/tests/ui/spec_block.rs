use modbus_map::ModbusMap;

#[derive(ModbusMap)]
#[modbus(spec = "specs/askoheat_command.yaml", block = "comand")]
struct Command {
    set_heater_step: u8,
}

#[derive(ModbusMap)]
#[modbus(spec = "specs/no_such_spec.yaml", block = "command")]
struct Missing {
    set_heater_step: u8,
}

#[derive(ModbusMap)]
#[modbus(spec = "specs/askoheat_command.yaml")]
struct NoBlock {
    set_heater_step: u8,
}

#[derive(ModbusMap)]
#[modbus(spec = "specs/askoheat_command.yaml", block = "command", unit_id = 3)]
struct Overridden {
    #[modbus(holding, address = 7)]
    set_heater_step: u8,
    load_setpoint_value: i16,
    load_feedin_value: i16,
}

#[derive(ModbusMap)]
#[modbus(spec = "specs/repeated.yaml", block = "hc")]
struct Circuit {
    targetflowtemp: u8,
}

fn main() {}
