use modbus_map::ModbusEnum;

#[derive(ModbusEnum)]
#[repr(i64)]
enum Mode {
    Off = 0,
    Level { percent: u8 },
    Unknown(i64),
}

fn main() {}
