use modbus_map::ModbusMap;

#[derive(ModbusMap)]
struct Generator {
    // A 16-bit value is one word: it has no high word to put elsewhere.
    #[modbus(holding, address = 0x298, high_word_at = 0x29C)]
    power: u16,
}

fn main() {}
