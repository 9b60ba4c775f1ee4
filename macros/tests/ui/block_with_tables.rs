use modbus_map::ModbusMap;

/// `block` names the single block of a one-table map; this map has two tables.
#[derive(ModbusMap)]
#[modbus(block = "heater", base = 100)]
struct Heater {
    #[modbus(input, address = 0)]
    temperature: u16,
    #[modbus(holding, address = 0)]
    setpoint: u16,
}

fn main() {}
