use modbus_map::ModbusMap;

#[derive(ModbusMap)]
struct Heater {
    #[modbus(holding, address = 0, byte_order = "low_first")]
    step: u8,
    #[modbus(holding, address = 1, byte_order = "low_first")]
    power: u32,
}

fn main() {}
