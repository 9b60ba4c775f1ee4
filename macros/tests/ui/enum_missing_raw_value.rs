use modbus_map::ModbusEnum;

const HEATING: i64 = 1;

#[derive(ModbusEnum)]
#[repr(i64)]
enum Mode {
    Off,
    Heating = HEATING,
    Unknown(i64),
}

fn main() {}
