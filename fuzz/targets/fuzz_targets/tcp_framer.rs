#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| modbus_map_fuzz::tcp_framer(data));
