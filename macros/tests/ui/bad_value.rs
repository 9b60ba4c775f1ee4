use modbus_map::ModbusMap;

#[derive(ModbusMap)]
#[modbus(word_order = "big_endian")]
struct Heater {
    #[modbus(holding, address = 0, access = "readwrite")]
    setpoint: u16,
    #[modbus(holding, address = 1, type = "uint16")]
    step: u16,
    #[modbus(holding, address = "two")]
    power: u16,
    #[modbus(holding = 3)]
    mode: u16,
}

fn main() {}
