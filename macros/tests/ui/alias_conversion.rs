use modbus_map::ModbusMap;

// Victron-style copies of one power reading: a converting alias must be able to
// serve it (`alias-type`) and, unless `alias_lossy = true`, read every value unchanged
// (`alias-conversion`).
#[derive(ModbusMap)]
struct Battery {
    #[modbus(input, address = 0, type = "i32", scale = 0.01)]
    power: f64,
    #[modbus(input, address = 2, type = "i16", alias_of = "input.power")]
    power_w: i16,
    #[modbus(input, address = 3, type = "i16", alias_of = "input.power", alias_lossy = true)]
    power_w_lossy: i16,
    #[modbus(input, address = 4, type = "string", length = 4, alias_of = "input.power")]
    power_text: String,
}

fn main() {}
