use modbus_map::ModbusMap;

enum Mode {
    Off,
    On,
}

#[derive(ModbusMap)]
struct Heater {
    #[modbus(holding, address = 0, type = "u32")]
    energy: u16,
    #[modbus(input, address = 2, scale = 0.1, type = "u16")]
    temperature: u16,
    #[modbus(input, address = 3, type = "string", length = 8)]
    name: f32,
    #[modbus(input, address = 7)]
    mode: Mode,
    #[modbus(input, address = 8, length = 3)]
    raw: [u16; 2],
}

fn main() {}
