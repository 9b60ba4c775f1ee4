use modbus_map::ModbusMap;

// A SunSpec-style value and its scale factor register: the derive refuses the key
// with an error at the attribute instead of serving unscaled values.
#[derive(ModbusMap)]
struct Inverter {
    #[modbus(holding, address = 0, type = "i16", scale_factor = "w_sf")]
    w: f64,
    #[modbus(holding, address = 1, type = "i16")]
    w_sf: i16,
}

fn main() {}
