use modbus_map::ModbusMap;

#[derive(ModbusMap)]
struct Heater {
    #[modbus(holding, address = 0)]
    enabled: bool,
    #[modbus(coil, address = 0)]
    power: u16,
    #[modbus(input, address = 0, access = "rw")]
    temperature: u16,
}

fn main() {}
