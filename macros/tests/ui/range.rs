use modbus_map::ModbusMap;

#[derive(ModbusMap)]
struct Heater {
    #[modbus(holding, address = 0, min = 100, max = 10)]
    setpoint: u16,
    #[modbus(holding, address = 1, min = 0, max = 10, default = 20)]
    step: u16,
    #[modbus(holding, address = 2, scale = 0)]
    power: f64,
}

fn main() {}
