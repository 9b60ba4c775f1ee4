use modbus_map::ModbusMap;

#[derive(ModbusMap)]
struct Heater {
    #[modbus(holding, address = 10)]
    power: u32,
    #[modbus(holding, address = 11)]
    step: u16,
}

fn main() {}
