use modbus_map::{ModbusEnum, ModbusMap};

#[derive(ModbusEnum)]
#[repr(i64)]
enum Mode {
    Off = 0,
    On = 1,
    Unknown(i64),
}

#[derive(ModbusMap)]
struct Heater {
    #[modbus(holding, address = 0, type = "u16", values(0 = "off", 1 = "heating"))]
    mode: Mode,
}

fn main() {}
