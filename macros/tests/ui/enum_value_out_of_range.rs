use modbus_map::{ModbusEnum, ModbusMap};

#[derive(ModbusEnum)]
#[repr(i64)]
enum Mode {
    Off = 0,
    Boost = 300,
    Unknown(i64),
}

#[derive(ModbusMap)]
struct Heater {
    #[modbus(holding, address = 0, type = "u8")]
    mode: Mode,
}

fn main() {}
