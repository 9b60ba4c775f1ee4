use modbus_map::ModbusMap;

#[derive(ModbusMap)]
struct Heater {
    #[modbus(holding, address = 65535)]
    energy: u32,
    #[modbus(input, address = 70000)]
    temperature: u16,
}

fn main() {}
