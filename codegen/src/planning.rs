//! Planner inputs taken from the IR, shared by the generators and `cargo xtask bench`.

use crate::ir::{Device, Register};
use modbus_map_core::bus::{compare_strategies, Comparison};
use modbus_map_core::plan::{PlanError, PlanItem, PlanLimits};

/// What the planner needs to know about one IR register.
pub fn plan_item(r: &Register) -> PlanItem {
    PlanItem { unit_id: r.unit_id, table: r.table, address: r.address, width: r.width, readable: r.access.readable() }
}

/// The device's planner limits (`read_limit`, `max_gap`, `values_per_read`).
pub fn plan_limits(device: &Device) -> PlanLimits {
    PlanLimits { read_limit: device.read_limit, max_gap: device.max_gap, values_per_read: device.values_per_read }
}

/// Every readable register (the wanted set of "read the whole device"), and every register.
pub fn readable_and_all(device: &Device) -> (Vec<&Register>, Vec<PlanItem>, Vec<PlanItem>) {
    let readable: Vec<&Register> = device.registers.iter().filter(|r| r.access.readable()).collect();
    let wanted = readable.iter().map(|r| plan_item(r)).collect();
    let all = device.registers.iter().map(plan_item).collect();
    (readable, wanted, all)
}

/// Reading every readable register of `device`: the optimal plan against one request per
/// register (EMS-ESP, Home Assistant) and contiguous-only grouping (ESPHome), priced at `baud` (RTU, 8N1).
pub fn compare_read_all(device: &Device, baud: u32) -> Result<Comparison, PlanError> {
    let (_, wanted, all) = readable_and_all(device);
    compare_strategies(&wanted, &all, plan_limits(device), baud)
}
