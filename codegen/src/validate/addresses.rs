//! Addresses: registers running past 65535, instances of a repeated block
//! running into each other, overlaps (and the `overlaps` permissions that
//! allow them).

use super::{BlockFacts, RegisterFacts, Validator};
use crate::diagnostics::Diagnostic;
use crate::ir::{DataType, Table};
use std::collections::BTreeSet;

impl Validator<'_> {
    pub(super) fn addresses(&mut self, items: &[RegisterFacts], infos: &[BlockFacts]) {
        // Overflow past 65535.
        let mut broken = vec![false; items.len()];
        for (i, it) in items.iter().enumerate() {
            let end = it.abs + it.width as i64 - 1;
            if end > 65535 || it.abs < 0 {
                broken[i] = true;
                let rs = &self.spec.blocks[it.bi].registers[it.ri];
                let at = rs.address.as_ref().map_or_else(|| self.at(rs.line, rs.column), |a| self.origin(a));
                let d = Diagnostic::error(
                    "address-overflow",
                    format!("`{}` would occupy addresses {}..={end}, beyond 65535", it.qualified_name, it.abs),
                    at,
                )
                .with_subject(Self::subject(Some(it.bi), Some(it.ri), "address"))
                .with_register(&it.qualified_name, None)
                .with_help("lower the address (or the block's base/stride); Modbus addresses end at 65535");
                self.push(d);
            }
        }

        // Repeated blocks whose instances run into each other. A stride below the
        // template's extent is refused even when no address is shared: interleaved
        // instances (registers 0 and 5, stride 3) put instance 2's registers between
        // instance 1's, which no device table means and every reader misreads.
        let mut repeat_overlap = vec![false; infos.len()];
        for (bi, info) in infos.iter().enumerate() {
            let Some(rep) = info.repeat else { continue };
            if rep.count < 2 {
                continue;
            }
            let template = items.iter().filter(|it| it.bi == bi && it.instance_index == Some(1));
            let (Some(lo), Some(hi)) = (
                template.clone().map(|it| it.relative_address as u32).min(),
                template.map(|it| it.relative_address as u32 + it.width as u32).max(),
            ) else {
                continue;
            };
            let (stride, extent) = (rep.stride as u32, hi - lo);
            if stride >= extent {
                continue;
            }
            repeat_overlap[bi] = true;
            let b = &self.spec.blocks[bi];
            let span_of = |k: usize| {
                let base = info.instances[k].base as u32;
                (info.instances[k].name.as_str(), base + lo, base + hi - 1)
            };
            let ((first, first_lo, first_hi), (second, second_lo, second_hi)) = (span_of(0), span_of(1));
            let at = b.repeat.as_ref().and_then(|r| r.stride.as_ref()).map_or_else(|| self.at(b.line, b.column), |s| self.origin(s));
            let mut d = Diagnostic::error(
                "repeat-overlap",
                format!(
                    "instances of repeated block `{}` run into each other: `{second}` (addresses {second_lo}..={second_hi}) starts inside `{first}` (addresses {first_lo}..={first_hi}); each instance spans {extent} registers but the stride is {stride}",
                    b.name.value
                ),
                at,
            )
            .with_subject(Self::subject(Some(bi), None, "repeat"));
            // The register that lands inside the first instance: instance 2's lowest.
            if let Some(inside) = items.iter().filter(|it| it.bi == bi && it.instance_index == Some(2)).min_by_key(|it| it.address) {
                d = d.with_register(&inside.qualified_name, Some(inside.address));
            }
            self.push(d.with_help(format!("make the stride at least {extent} or move the registers closer together")));
        }

        // Overlaps per (unit id, table), sweep over sorted intervals.
        // Instances of a block already reported as repeat-overlap would only repeat that report.
        let mut order: Vec<usize> = (0..items.len())
            .filter(|&i| !broken[i] && (!repeat_overlap[items[i].bi] || items[i].instance_index.is_none_or(|k| k == 1)))
            .collect();
        order.sort_by_key(|&i| (items[i].unit_id, items[i].table, items[i].address, i));
        let mut active: Vec<usize> = Vec::new();
        let mut used_permissions: BTreeSet<(usize, String)> = BTreeSet::new();
        let mut reported: BTreeSet<(usize, usize)> = BTreeSet::new();
        'sweep: for &i in &order {
            let a = &items[i];
            active.retain(|&j| {
                let b = &items[j];
                b.unit_id == a.unit_id && b.table == a.table && b.end() > a.address as u32
            });
            for &j in &active {
                let b = &items[j];
                let a_allows = a.overlaps.contains(&b.qualified_name);
                let b_allows = b.overlaps.contains(&a.qualified_name);
                if a_allows {
                    used_permissions.insert((i, b.qualified_name.clone()));
                }
                if b_allows {
                    used_permissions.insert((j, a.qualified_name.clone()));
                }
                if a_allows || b_allows {
                    continue;
                }
                let same_repeat = items[i].bi == items[j].bi && repeat_overlap[items[i].bi] && a.instance != b.instance;
                if same_repeat || !reported.insert((j, i)) {
                    continue;
                }
                let (first, second) = (&items[j], &items[i]);
                let rs = &self.spec.blocks[second.bi].registers[second.ri];
                let at = rs.address.as_ref().map_or_else(|| self.at(rs.line, rs.column), |x| self.origin(x));
                let shared_lo = first.address.max(second.address);
                let shared_hi = (first.end().min(second.end()) - 1) as u16;
                let shared = if shared_lo == shared_hi { format!("address {shared_lo}") } else { format!("addresses {shared_lo}..={shared_hi}") };
                let d = Diagnostic::error(
                    "overlap",
                    format!(
                        "`{}` ({}, {} at {}) overlaps `{}` ({}, {} at {}) in the {} table of unit {}: both use {shared}",
                        second.qualified_name,
                        second.data_type.unwrap_or(DataType::Raw).as_str(),
                        items_word(second.width, a.table),
                        second.address,
                        first.qualified_name,
                        first.data_type.unwrap_or(DataType::Raw).as_str(),
                        items_word(first.width, a.table),
                        first.address,
                        a.table.as_str(),
                        a.unit_id
                    ),
                    at,
                )
                .with_subject(Self::subject(Some(second.bi), Some(second.ri), "address"))
                .with_register(&second.qualified_name, Some(second.address))
                .with_related(self.register_origin(first.bi, first.ri), format!("`{}` at address {} is declared here", first.qualified_name, first.address))
                .with_help(format!(
                    "fix the address or type; if the device really serves both there, add `overlaps: [{}]` to `{}`",
                    first.qualified_name, second.qualified_name
                ));
                self.push(d);
                // Past the diagnostics limit more pairs cannot be shown; stop instead of spending quadratic time.
                if reported.len() > crate::diagnostics::MAX_DIAGNOSTICS {
                    break 'sweep;
                }
            }
            active.push(i);
        }

        // Every permission must name a register that really overlaps.
        for (i, it) in items.iter().enumerate() {
            if broken[i] {
                continue;
            }
            let rs = &self.spec.blocks[it.bi].registers[it.ri];
            for o in &rs.overlaps {
                if used_permissions.contains(&(i, o.value.clone())) {
                    continue;
                }
                let exists = items.iter().any(|x| x.qualified_name == o.value);
                let msg = if exists {
                    format!("`{}` is allowed to overlap `{}`, but they share no address", it.qualified_name, o.value)
                } else {
                    format!("`overlaps` names `{}`, which does not exist", o.value)
                };
                let d = Diagnostic::error("overlap-permission", msg, self.origin(o))
                    .with_subject(Self::subject(Some(it.bi), Some(it.ri), "overlaps"))
                    .with_register(&it.qualified_name, Some(it.address))
                    .with_help("`overlaps` must name, by qualified name, a register that shares an address with this one; remove stale entries");
                self.push(d);
            }
        }
    }
}

/// `1 register`, `2 registers`, `1 bit`.
fn items_word(n: u16, table: Table) -> String {
    let word = if table.is_bit_table() { "bit" } else { "register" };
    format!("{n} {word}{}", if n == 1 { "" } else { "s" })
}

