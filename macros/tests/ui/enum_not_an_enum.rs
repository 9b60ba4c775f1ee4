use modbus_map::ModbusEnum;

#[derive(ModbusEnum)]
struct Mode {
    raw: i64,
}

fn main() {}
