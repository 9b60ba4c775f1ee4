use modbus_map::ModbusMap;

#[derive(ModbusMap)]
#[modbus(firmware = "2.0")]
struct Heater {
    #[modbus(input, address = 0, alias_of = "input.no_such_register")]
    temperature: u16,
    #[modbus(input, address = 1, since = "3.1")]
    power: u16,
    #[modbus(input, address = 2, since = "soon")]
    step: u16,
}

fn main() {}
