//! Planner inputs taken from the IR, shared by the generators and `cargo xtask bench`.

use crate::ir::{Device, Register};
use modbus_map_core::bus::{compare_strategies, Comparison};
use modbus_map_core::plan::{self, PlanError, PlanItem, PlanLimits};
use serde::Serialize;

/// What the planner needs to know about one IR register: the item at its address
/// (the low word alone when its high word lies apart, see [`items`]).
pub fn plan_item(r: &Register) -> PlanItem {
    PlanItem { unit_id: r.unit_id, table: r.table, address: r.address, width: r.span(), readable: r.access.readable() }
}

/// Every item `r` occupies: the one at its address, and its high word where that lies apart.
pub fn items(r: &Register) -> impl Iterator<Item = PlanItem> {
    let item = plan_item(r);
    std::iter::once(item).chain(r.high_word.map(|address| PlanItem { address, width: 1, ..item }))
}

/// The device's planner limits (`read_limit`, `max_gap`, `values_per_read`).
pub fn plan_limits(device: &Device) -> PlanLimits {
    PlanLimits { read_limit: device.read_limit, max_gap: device.max_gap, values_per_read: device.values_per_read }
}

/// "Read the whole device" as the planner takes it.
pub struct ReadAll<'d> {
    /// Every readable register.
    pub readable: Vec<&'d Register>,
    /// The items to read: `readable`'s, then the high words that lie apart.
    pub wanted: Vec<PlanItem>,
    /// The index into `readable` each item of `wanted` belongs to.
    pub owner: Vec<usize>,
    /// Every item of every register.
    pub all: Vec<PlanItem>,
    /// Items read together (indices into `wanted`): a value and its scale factor, a
    /// low word and its high word apart.
    pub together: Vec<(usize, usize)>,
}

/// Every readable register (the wanted set of "read the whole device"), and every register.
pub fn read_all(device: &Device) -> ReadAll<'_> {
    let readable: Vec<&Register> = device.registers.iter().filter(|r| r.access.readable()).collect();
    let mut wanted: Vec<PlanItem> = readable.iter().map(|r| plan_item(r)).collect();
    let mut owner: Vec<usize> = (0..readable.len()).collect();
    let mut together = scale_factor_pairs(&readable);
    for (i, r) in readable.iter().enumerate() {
        if let Some(high) = items(r).nth(1) {
            together.push((i, wanted.len()));
            wanted.push(high);
            owner.push(i);
        }
    }
    let all = device.registers.iter().flat_map(items).collect();
    ReadAll { readable, wanted, owner, all, together }
}

/// (value, factor) pairs of `registers` (indices into it) for [`plan::plan_together`]:
/// each value with a scale factor register and that factor, where both are listed.
pub fn scale_factor_pairs(registers: &[&Register]) -> Vec<(usize, usize)> {
    registers
        .iter()
        .enumerate()
        .filter_map(|(i, r)| {
            let factor = r.scale_factor.as_deref()?;
            Some((i, registers.iter().position(|f| f.qualified_name == factor)?))
        })
        .collect()
}

/// Reading every readable register of `device`: the optimal plan against one request per
/// register (EMS-ESP, Home Assistant) and contiguous-only grouping (ESPHome), priced at `baud` (RTU, 8N1).
pub fn compare_read_all(device: &Device, baud: u32) -> Result<Comparison, PlanError> {
    let plan = read_all(device);
    compare_strategies(&plan.wanted, &plan.all, plan_limits(device), baud)
}

/// One request of a device's read plan, with the registers it returns (for the templates).
#[derive(Debug, Serialize)]
pub(crate) struct PlannedRead {
    pub unit_id: u8,
    pub table: &'static str,
    pub function: u8,
    pub address: u16,
    pub count: u16,
    pub names: Vec<String>,
}

/// The fewest requests that read every readable register, each value with its
/// scale factor where the limits allow, as the Python and Markdown generators show it.
pub(crate) fn read_plan(device: &Device) -> Result<Vec<PlannedRead>, String> {
    let ReadAll { readable, wanted, owner, all, together } = read_all(device);
    let requests = plan::plan_together(&wanted, &all, plan_limits(device), &together).map_err(|e| {
        let culprit = match e {
            PlanError::NotReadable { index } | PlanError::TooWide { index, .. } | PlanError::BadExtent { index } => {
                owner.get(index).map(|&r| readable[r].qualified_name.as_str())
            }
        };
        format!("cannot plan the reads of `{}`: {e}", culprit.unwrap_or("?"))
    })?;
    Ok(requests
        .into_iter()
        .map(|req| PlannedRead {
            unit_id: req.unit_id,
            table: req.table.as_str(),
            function: req.table.read_function(),
            address: req.address,
            count: req.quantity,
            // A value whose words lie apart is named by each request holding one of its words.
            names: {
                let mut owners: Vec<usize> = req.registers.iter().map(|&i| owner[i]).collect();
                owners.sort_unstable();
                owners.dedup();
                owners.into_iter().map(|r| readable[r].qualified_name.clone()).collect()
            },
        })
        .collect())
}
