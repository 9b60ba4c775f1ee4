use modbus_map::ModbusMap;

#[derive(ModbusMap)]
enum Heater {
    On,
    Off,
}

#[derive(ModbusMap)]
struct Tuple(u16, u16);

fn main() {}
