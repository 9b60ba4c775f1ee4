use modbus_map::ModbusEnum;

#[derive(ModbusEnum)]
#[repr(i64)]
enum Mode {
    Off = 0,
    Stopped = 0,
    #[modbus(name = "on")]
    Heating = 1,
    #[modbus(name = "On")]
    Running = 2,
    Unknown(i64),
}

fn main() {}
