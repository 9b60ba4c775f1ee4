use modbus_map::ModbusMap;

#[derive(ModbusMap)]
struct Heater {
    #[modbus(address = 0)]
    setpoint: u16,
    temperature: u16,
}

fn main() {}
