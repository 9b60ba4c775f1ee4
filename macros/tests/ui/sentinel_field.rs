use modbus_map::ModbusMap;

#[derive(ModbusMap)]
struct Inverter {
    #[modbus(input, address = 0, type = "u16", scale = 0.1, sentinel = 0xFFFF)]
    grid_voltage: f64,
    #[modbus(input, address = 1)]
    battery_power: Option<i16>,
}

fn main() {}
