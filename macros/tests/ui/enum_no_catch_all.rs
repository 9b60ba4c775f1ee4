use modbus_map::ModbusEnum;

#[derive(ModbusEnum)]
enum Mode {
    Off = 0,
    On = 1,
}

fn main() {}
