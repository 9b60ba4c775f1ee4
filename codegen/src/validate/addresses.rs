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
            if let (Some(high), Some(key)) = (it.high_abs, &self.spec.blocks[it.bi].registers[it.ri].high_word_at) {
                if !(0..=65535).contains(&high) {
                    broken[i] = true;
                    let d = Diagnostic::error("address-overflow", format!("the high word of `{}` would be at address {high}, beyond 65535", it.qualified_name), self.origin(key))
                        .with_subject(Self::subject(Some(it.bi), Some(it.ri), "high_word_at"))
                        .with_register(&it.qualified_name, Some(it.address))
                        .with_help("lower `high_word_at` (or the block's base/stride); Modbus addresses end at 65535");
                    self.push(d);
                }
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
                template.clone().flat_map(|it| it.high_word_relative.into_iter().chain([it.relative_address]).map(u32::from)).min(),
                template
                    .map(|it| (it.relative_address as u32 + it.span() as u32).max(it.high_word_relative.map_or(0, |h| h as u32 + 1)))
                    .max(),
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

        // Overlaps per (unit id, table), sweep over sorted intervals: every register's
        // extent at its address, and the one word of each high word that lies apart.
        // Instances of a block already reported as repeat-overlap would only repeat that report.
        let mut extents: Vec<Extent> = Vec::with_capacity(items.len());
        for (i, it) in items.iter().enumerate() {
            if broken[i] || (repeat_overlap[it.bi] && it.instance_index.is_some_and(|k| k != 1)) {
                continue;
            }
            extents.push(Extent { item: i, address: it.address, end: it.end(), high_word: false });
            if let Some(high) = it.high_word() {
                extents.push(Extent { item: i, address: high, end: high as u32 + 1, high_word: true });
            }
        }
        extents.sort_by_key(|e| (items[e.item].unit_id, items[e.item].table, e.address, e.item, e.high_word));
        let mut active: Vec<usize> = Vec::new();
        let mut used_permissions: BTreeSet<(usize, String)> = BTreeSet::new();
        let mut reported: BTreeSet<(usize, usize)> = BTreeSet::new();
        'sweep: for (x, ext) in extents.iter().enumerate() {
            let (i, a) = (ext.item, &items[ext.item]);
            active.retain(|&y| {
                let b = &items[extents[y].item];
                b.unit_id == a.unit_id && b.table == a.table && extents[y].end > ext.address as u32
            });
            for &y in &active {
                let j = extents[y].item;
                let b = &items[j];
                if i == j {
                    // A register's high word inside its own extent (`high_word_at` = `address`).
                    if reported.insert((j, i)) {
                        self.push(self.high_word_inside(a));
                    }
                    continue;
                }
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
                let same_repeat = a.bi == b.bi && repeat_overlap[a.bi] && a.instance != b.instance;
                if same_repeat || !reported.insert((j.min(i), j.max(i))) {
                    continue;
                }
                let (first, second) = (&extents[y], ext);
                self.push(self.overlap(items, first, second));
                // Past the diagnostics limit more pairs cannot be shown; stop instead of spending quadratic time.
                if reported.len() > crate::diagnostics::MAX_DIAGNOSTICS {
                    break 'sweep;
                }
            }
            active.push(x);
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

/// Addresses one register occupies in one piece: its extent at `address`, or the
/// high word that lies apart from its low word.
struct Extent {
    /// Index into the register facts.
    item: usize,
    address: u16,
    end: u32,
    high_word: bool,
}

impl Validator<'_> {
    /// Two registers sharing an address: `overlap`, or `high-word-overlap` when one
    /// of the two pieces is a high word that lies apart.
    fn overlap(&self, items: &[RegisterFacts], first: &Extent, second: &Extent) -> Diagnostic {
        let (f, s) = (&items[first.item], &items[second.item]);
        let rs = &self.spec.blocks[s.bi].registers[s.ri];
        let (key, at) = match (second.high_word, &rs.high_word_at, &rs.address) {
            (true, Some(h), _) => ("high_word_at", self.origin(h)),
            (_, _, Some(a)) => ("address", self.origin(a)),
            _ => ("address", self.at(rs.line, rs.column)),
        };
        let shared_lo = first.address.max(second.address);
        let shared_hi = (first.end.min(second.end) - 1) as u16;
        let shared = if shared_lo == shared_hi { format!("address {shared_lo}") } else { format!("addresses {shared_lo}..={shared_hi}") };
        let piece = |e: &Extent, r: &RegisterFacts| {
            let ty = r.data_type.unwrap_or(DataType::Raw).as_str();
            if e.high_word {
                format!("`{}` ({ty}, its high word at {})", r.qualified_name, e.address)
            } else {
                format!("`{}` ({ty}, {} at {})", r.qualified_name, items_word(r.span(), r.table), r.address)
            }
        };
        let code = if first.high_word || second.high_word { "high-word-overlap" } else { "overlap" };
        Diagnostic::error(
            code,
            format!("{} overlaps {} in the {} table of unit {}: both use {shared}", piece(second, s), piece(first, f), s.table.as_str(), s.unit_id),
            at,
        )
        .with_subject(Self::subject(Some(s.bi), Some(s.ri), key))
        .with_register(&s.qualified_name, Some(s.address))
        .with_related(self.register_origin(f.bi, f.ri), format!("`{}` at address {} is declared here", f.qualified_name, f.address))
        .with_help(format!(
            "fix the address or type; if the device really serves both there, add `overlaps: [{}]` to `{}`",
            f.qualified_name, s.qualified_name
        ))
    }

    /// `high_word_at` inside the register's own extent.
    fn high_word_inside(&self, it: &RegisterFacts) -> Diagnostic {
        let rs = &self.spec.blocks[it.bi].registers[it.ri];
        let at = rs.high_word_at.as_ref().map_or_else(|| self.at(rs.line, rs.column), |h| self.origin(h));
        Diagnostic::error(
            "high-word-overlap",
            format!("the high word of `{}` is at its own address {}, where its low word is", it.qualified_name, it.address),
            at,
        )
        .with_subject(Self::subject(Some(it.bi), Some(it.ri), "high_word_at"))
        .with_register(&it.qualified_name, Some(it.address))
        .with_help("give `high_word_at` the address of the high word; a value with adjacent words needs no `high_word_at` (`word_order` says which comes first)")
    }
}

/// `1 register`, `2 registers`, `1 bit`.
fn items_word(n: u16, table: Table) -> String {
    let word = if table.is_bit_table() { "bit" } else { "register" };
    format!("{n} {word}{}", if n == 1 { "" } else { "s" })
}

