//! RTU bus-time model: how long a read occupies a serial line.
//!
//! 8N1 framing is 10 bits per character (start, 8 data, stop). Each frame is
//! followed by the 3.5-character silence that delimits RTU frames; above 19200
//! baud the spec fixes that silence at 1750 µs. Device turnaround time is not
//! modelled: it depends on the device, not on the plan, and would add the same
//! amount per request to every planner compared.

use crate::descriptor::Table;

/// Bits per character on an 8N1 line.
pub const BITS_PER_CHAR: u64 = 10;

/// Bytes of a read request frame (fc 01–04): unit id, function, address, quantity, CRC.
pub const READ_REQUEST_BYTES: u64 = 1 + 1 + 2 + 2 + 2;

/// Bytes of the response to a read of `quantity` items: unit id, function, byte count, data, CRC.
pub const fn read_response_bytes(table: Table, quantity: u16) -> u64 {
    let data = if table.is_bit_table() { (quantity as u64).div_ceil(8) } else { 2 * quantity as u64 };
    1 + 1 + 1 + data + 2
}

/// Inter-frame silence (t3.5) in microseconds at `baud`.
pub const fn silence_micros(baud: u32) -> u64 {
    if baud > 19_200 {
        1750
    } else {
        chars_micros(7, baud) / 2
    }
}

/// Time to send `chars` characters at `baud`, rounded up to whole microseconds.
pub const fn chars_micros(chars: u64, baud: u32) -> u64 {
    let baud = if baud == 0 { 1 } else { baud as u64 };
    (chars * BITS_PER_CHAR * 1_000_000).div_ceil(baud)
}

/// Bus time of one read (request, silence, response, silence) in microseconds.
pub const fn rtu_read_micros(table: Table, quantity: u16, baud: u32) -> u64 {
    chars_micros(READ_REQUEST_BYTES, baud)
        + chars_micros(read_response_bytes(table, quantity), baud)
        + 2 * silence_micros(baud)
}

/// [`rtu_read_micros`] as a `Duration`.
pub const fn rtu_read_time(table: Table, quantity: u16, baud: u32) -> core::time::Duration {
    core::time::Duration::from_micros(rtu_read_micros(table, quantity, baud))
}

/// Request count and total bus time in microseconds of a plan at `baud`.
#[cfg(feature = "alloc")]
pub fn plan_stats(requests: &[crate::plan::ReadRequest], baud: u32) -> (usize, u64) {
    let total = requests.iter().map(|r| rtu_read_micros(r.table, r.quantity, baud)).sum();
    (requests.len(), total)
}

/// Requests and bus time of one planning strategy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StrategyStats {
    pub requests: usize,
    pub total_micros: u64,
}

/// What reading the same registers costs with each strategy (`cargo xtask bench`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Comparison {
    /// The optimal planner.
    pub optimal: StrategyStats,
    /// Strictly adjacent registers only, no gaps or read-through (ESPHome).
    pub contiguous_only: StrategyStats,
    /// One request per register (EMS-ESP, Home Assistant).
    pub one_per_register: StrategyStats,
}

/// Plans `wanted` three ways and prices each plan at `baud`.
#[cfg(feature = "alloc")]
pub fn compare_strategies(
    wanted: &[crate::plan::PlanItem],
    all: &[crate::plan::PlanItem],
    limits: crate::plan::PlanLimits,
    baud: u32,
) -> Result<Comparison, crate::plan::PlanError> {
    let stats = |requests: &[crate::plan::ReadRequest]| {
        let (requests, total_micros) = plan_stats(requests, baud);
        StrategyStats { requests, total_micros }
    };
    Ok(Comparison {
        optimal: stats(&crate::plan::plan(wanted, all, limits)?),
        contiguous_only: stats(&crate::plan::plan_contiguous_only(wanted, limits)?),
        one_per_register: stats(&crate::plan::plan_one_per_register(wanted, limits)?),
    })
}
