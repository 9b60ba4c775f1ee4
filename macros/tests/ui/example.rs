use modbus_map::ModbusMap;

#[derive(ModbusMap)]
struct Meter {
    // 0x00FA is 250, which reads as 25.0 at scale 0.1, not 26.0; [0x0001, 0x0000] is 65536.
    #[modbus(input, address = 0, type = "i16", scale = 0.1, examples([0x00FA] = 26.0))]
    flow_temp: f64,
    #[modbus(input, address = 1, type = "u32", examples([0x0001, 0x0000] = 1))]
    counter: u32,
}

fn main() {}
