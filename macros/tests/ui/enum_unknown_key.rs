use modbus_map::ModbusEnum;

#[derive(ModbusEnum)]
#[repr(i64)]
enum Mode {
    #[modbus(nmae = "off")]
    Off = 0,
    Unknown(i64),
}

fn main() {}
