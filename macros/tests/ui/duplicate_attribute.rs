use modbus_map::ModbusMap;

#[derive(ModbusMap)]
#[modbus(unit_id = 1)]
#[modbus(unit_id = 2)]
struct Heater {
    #[modbus(holding, address = 0, address = 1)]
    setpoint: u16,
    #[modbus(input, holding, address = 2)]
    temperature: u16,
}

fn main() {}
