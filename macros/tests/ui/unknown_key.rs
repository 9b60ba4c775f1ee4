use modbus_map::ModbusMap;

#[derive(ModbusMap)]
#[modbus(unit_idd = 1)]
struct Heater {
    #[modbus(holding, address = 0, acess = "rw")]
    setpoint: u16,
    #[modbus(input, address = 0, scael = 0.1)]
    temperature: f64,
    #[modbus(input, address = 1, unit_id = 2)]
    status: u16,
}

fn main() {}
