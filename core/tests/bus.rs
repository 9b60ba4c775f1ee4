//! RTU bus times worked out by hand: 8N1 is 10 bits per byte.

use modbus_map_core::bus::*;
use modbus_map_core::plan::{plan, PlanItem, PlanLimits};
use modbus_map_core::Table;

#[test]
fn frame_sizes() {
    assert_eq!(READ_REQUEST_BYTES, 8);
    // unit + fc + byte count + 2 bytes per register + crc
    assert_eq!(read_response_bytes(Table::Holding, 1), 7);
    assert_eq!(read_response_bytes(Table::Input, 125), 255);
    // 16 coils pack into 2 bytes, 17 need 3.
    assert_eq!(read_response_bytes(Table::Coil, 16), 7);
    assert_eq!(read_response_bytes(Table::Discrete, 17), 8);
}

#[test]
fn one_register_at_9600_baud() {
    // request 80 bits = 8333.3 µs -> 8334; response 70 bits = 7291.7 µs -> 7292;
    // t3.5 = 35 bits = 3645.8 µs, taken as half of 7 chars rounded up (7292 / 2 = 3646).
    assert_eq!(silence_micros(9600), 3646);
    assert_eq!(rtu_read_micros(Table::Holding, 1, 9600), 8334 + 7292 + 2 * 3646);
    assert_eq!(rtu_read_time(Table::Holding, 1, 9600).as_micros(), 22_918);
    // 125 registers: 255 bytes = 2550 bits = 265625 µs exactly.
    assert_eq!(rtu_read_micros(Table::Holding, 125, 9600), 8334 + 265_625 + 2 * 3646);
}

#[test]
fn fast_lines_use_the_fixed_silence() {
    assert_eq!(silence_micros(19_200), 1823); // 3.5 chars at 19200: 1822.9 µs
    assert_eq!(silence_micros(38_400), 1750);
    // 80 bits at 38400 = 2083.3 µs -> 2084; 70 bits = 1822.9 -> 1823.
    assert_eq!(rtu_read_micros(Table::Holding, 1, 38_400), 2084 + 1823 + 2 * 1750);
    assert_eq!(rtu_read_micros(Table::Holding, 1, 0), rtu_read_micros(Table::Holding, 1, 1), "baud 0 does not divide by zero");
}

#[test]
fn plan_stats_sums_requests() {
    let items: Vec<PlanItem> =
        (0..10).map(|a| PlanItem { unit_id: 1, table: Table::Holding, address: a * 2, width: 1, readable: true }).collect();
    let limits = PlanLimits { read_limit: 125, max_gap: 1, values_per_read: None };
    let one = plan(&items, &items, limits).unwrap();
    assert_eq!(plan_stats(&one, 9600), (1, rtu_read_micros(Table::Holding, 19, 9600)));
    let apart = plan(&items, &items, PlanLimits { max_gap: 0, ..limits }).unwrap();
    assert_eq!(plan_stats(&apart, 9600), (10, 10 * rtu_read_micros(Table::Holding, 1, 9600)));
    assert_eq!(plan_stats(&[], 9600), (0, 0));
}

#[test]
fn strategies_compared_on_one_map() {
    // 0,1 adjacent; 3 after a one-register hole; 4..6 a u32 right after it.
    let all = [(0, 1), (1, 1), (3, 1), (4, 2)]
        .map(|(address, width)| PlanItem { unit_id: 1, table: Table::Holding, address, width, readable: true });
    let limits = PlanLimits { read_limit: 125, max_gap: 1, values_per_read: None };
    let c = compare_strategies(&all, &all, limits, 9600).unwrap();
    let t = |q| rtu_read_micros(Table::Holding, q, 9600);
    assert_eq!(c.optimal, StrategyStats { requests: 1, total_micros: t(6) });
    assert_eq!(c.contiguous_only, StrategyStats { requests: 2, total_micros: t(2) + t(3) });
    assert_eq!(c.one_per_register, StrategyStats { requests: 4, total_micros: 3 * t(1) + t(2) });
}
