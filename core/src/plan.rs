//! The read planner: the fewest read requests that cover the registers a caller wants.
//!
//! Requests are planned per (unit id, table). Within one group the wanted values
//! are intervals on the address line; an optimal plan can always be made of
//! requests that each cover a run of consecutive wanted values and span exactly
//! from the first one's start to the last one's end (stretching a request never
//! covers more wanted values, it only adds constraints). Feasibility of such a
//! run is monotone: if a run is too long, bridges too large a gap, crosses a
//! write-only register or returns too many values, every longer run containing
//! it does too. So a dynamic program over the sorted values, `best[j] = min over i
//! (best[i] + 1)` for feasible runs `i..j`, is optimal, ties broken on fewest
//! items read. `core/tests/planner.rs` checks it against an exhaustive search.
//!
//! The argument needs values that do not overlap, which the validator enforces
//! unless a spec grants `overlaps`. Where values do overlap, a request may not
//! begin or end inside any of them; plans stay valid but are then only as good
//! as the runs above allow (a request reaching past a wanted value to get round
//! an overlapping one is not considered).
//!
//! # Values read with their scale factor
//!
//! A value scaled by a factor held in another register (SunSpec's `W` and
//! `W_SF`) must be decoded with the factor read at the same moment: read in two
//! requests, a device that changes `W_SF` in between makes the value "hop" by a
//! power of ten. [`plan_together`] takes such pairs and first joins each pair's
//! values into one span, wherever one request can hold both: the span from the
//! first start to the last end fits `read_limit`, bridges no unmapped run longer
//! than `max_gap`, crosses no write-only register, returns at most
//! `values_per_read` values and neither begins nor ends inside another register.
//! The dynamic program then plans over the joined spans, so the pair can only
//! share a request with more values, never be split. A pair that fits none of
//! that (a factor 200 registers away, `values_per_read: 1` as on EMS-ESP,
//! `max_gap: 0` with unmapped addresses between them) is planned as two values
//! and read in two requests; the client then decodes the value with the factor
//! of the other request. [`read_plan`] and the client find the pairs from the
//! descriptors' `scale_factor` themselves.
//!
//! A value whose high word lies apart from its low word (`high_word_at`: Deye's
//! generator-port powers, low word at 0x298, high word at 0x29C) is planned the same
//! way: its low word and its high word are two one-word items and a pair, so one
//! request reads both wherever the limits allow, and the snapshot joins them.

use crate::codec::{DecodeError, RegisterValue};
use crate::descriptor::{RegisterDescriptor, Table, WordOrder};
use alloc::borrow::Cow;
use alloc::vec;
use alloc::vec::Vec;
use core::fmt;

pub use crate::descriptor::PlanLimits;

/// What the planner needs to know about one register.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PlanItem {
    pub unit_id: u8,
    pub table: Table,
    pub address: u16,
    /// Items occupied (registers or bits).
    pub width: u16,
    pub readable: bool,
}

impl PlanItem {
    fn end(&self) -> u32 {
        u32::from(self.address) + u32::from(self.width)
    }
}

/// The item at the register's own address: its whole width, or the low word alone
/// for a value whose high word lies apart ([`high_word_item`] is the other).
impl From<&RegisterDescriptor> for PlanItem {
    fn from(d: &RegisterDescriptor) -> Self {
        PlanItem { unit_id: d.unit_id, table: d.table, address: d.address, width: d.span(), readable: d.readable() }
    }
}

/// The high word of a value whose high word lies apart from its low word, as the
/// one-word item it occupies; `None` for every other value.
pub fn high_word_item(d: &RegisterDescriptor) -> Option<PlanItem> {
    d.high_word.map(|address| PlanItem { address, width: 1, ..PlanItem::from(d) })
}

/// Every item `d` occupies: the one at its address, and its high word where that lies apart.
pub fn items_of(d: &RegisterDescriptor) -> impl Iterator<Item = PlanItem> {
    core::iter::once(PlanItem::from(d)).chain(high_word_item(d))
}

/// One read request of a plan.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ReadRequest {
    pub unit_id: u8,
    pub table: Table,
    pub address: u16,
    /// Items to read (registers or bits).
    pub quantity: u16,
    /// Indices into the `wanted` slice of the values this request returns, ascending.
    pub registers: Vec<usize>,
}

impl ReadRequest {
    /// One past the last address read.
    pub fn end(&self) -> u32 {
        u32::from(self.address) + u32::from(self.quantity)
    }
}

/// A wanted register the planner cannot read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlanError {
    /// `wanted[index]` is write-only.
    NotReadable { index: usize },
    /// `wanted[index]` is wider than one request may be (`read_limit` or the protocol limit).
    TooWide { index: usize, width: u16, limit: u16 },
    /// `wanted[index]` has width 0 or runs past address 65535.
    BadExtent { index: usize },
}

impl fmt::Display for PlanError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            PlanError::NotReadable { index } => {
                write!(f, "wanted register #{index} is write-only; leave it out of the read")
            }
            PlanError::TooWide { index, width, limit } => write!(
                f,
                "wanted register #{index} spans {width} items but one request may read at most {limit}; raise read_limit or split the register"
            ),
            PlanError::BadExtent { index } => {
                write!(f, "wanted register #{index} has width 0 or runs past address 65535; fix its address or length")
            }
        }
    }
}

impl core::error::Error for PlanError {}

fn effective_limit(table: Table, limits: &PlanLimits) -> u16 {
    limits.read_limit.clamp(1, table.protocol_read_limit())
}

fn check_wanted(wanted: &[PlanItem], limits: &PlanLimits) -> Result<(), PlanError> {
    for (index, w) in wanted.iter().enumerate() {
        if !w.readable {
            return Err(PlanError::NotReadable { index });
        }
        if w.width == 0 || w.end() > 0x1_0000 {
            return Err(PlanError::BadExtent { index });
        }
        let limit = effective_limit(w.table, limits);
        if w.width > limit {
            return Err(PlanError::TooWide { index, width: w.width, limit });
        }
    }
    Ok(())
}

/// Distinct wanted extents of one (unit, table) group, sorted by (start, end), each with the wanted indices it serves.
struct Group {
    unit_id: u8,
    table: Table,
    spans: Vec<(u32, u32, Vec<usize>)>,
}

fn groups(wanted: &[PlanItem]) -> Vec<Group> {
    let mut order: Vec<usize> = (0..wanted.len()).collect();
    order.sort_by_key(|&i| (wanted[i].unit_id, wanted[i].table, wanted[i].address, wanted[i].width, i));
    let mut out: Vec<Group> = Vec::new();
    for i in order {
        let w = &wanted[i];
        let (start, end) = (u32::from(w.address), w.end());
        let same_group = out.last().is_some_and(|g| g.unit_id == w.unit_id && g.table == w.table);
        if !same_group {
            out.push(Group { unit_id: w.unit_id, table: w.table, spans: Vec::new() });
        }
        let g = out.last_mut().expect("pushed above");
        match g.spans.last_mut() {
            Some((s, e, idx)) if *s == start && *e == end => idx.push(i),
            _ => g.spans.push((start, end, vec![i])),
        }
    }
    out
}

/// Address facts of one group, over `[lo, hi)`.
struct Line {
    lo: u32,
    /// Covered by a readable register.
    mapped: Vec<bool>,
    /// Covered only by non-readable registers: a request must not touch it.
    forbidden: Vec<bool>,
    /// `cut[a - lo]`: some register starts before `a` and ends after it, so a request may not begin or end at `a`.
    cut: Vec<bool>,
    /// `run[a - lo]`: unmapped addresses in a row ending at `a` (0 when `a` is mapped).
    /// Request edges are wanted values, hence mapped, so no run is clipped by an edge.
    run: Vec<u32>,
    /// Starts of every register inside the hull, for counting values in a request.
    starts: Vec<u32>,
}

impl Line {
    fn new(group: &Group, all: &[PlanItem]) -> Line {
        let members = || all.iter().filter(|a| a.unit_id == group.unit_id && a.table == group.table && a.width > 0);
        let lo = group.spans.first().map_or(0, |s| s.0);
        let hi = group.spans.iter().map(|s| s.1).max().unwrap_or(0);
        // Only addresses inside the wanted hull matter: no request ever leaves it.
        let len = (hi - lo + 1) as usize;
        let mut line = Line { lo, mapped: vec![false; len], forbidden: vec![false; len], cut: vec![false; len + 1], run: vec![0; len], starts: Vec::new() };
        let mut unreadable = vec![false; len];
        for item in members().copied().chain(group_spans_as_items(group)) {
            let (s, e) = (u32::from(item.address), item.end());
            for a in s.max(lo)..e.min(hi) {
                if item.readable {
                    line.mapped[(a - lo) as usize] = true;
                } else {
                    unreadable[(a - lo) as usize] = true;
                }
            }
            for a in (s + 1).max(lo)..e.min(hi + 1) {
                line.cut[(a - lo) as usize] = true;
            }
        }
        let mut run = 0;
        for (i, &no_read) in unreadable.iter().enumerate() {
            line.forbidden[i] = no_read && !line.mapped[i];
            run = if line.mapped[i] { 0 } else { run + 1 };
            line.run[i] = run;
        }
        let mut values: Vec<(u32, u32)> = members().map(|a| (u32::from(a.address), a.end())).collect();
        values.extend(group.spans.iter().map(|s| (s.0, s.1)));
        values.sort_unstable();
        values.dedup();
        line.starts = values.into_iter().filter(|&(s, e)| s >= lo && e <= hi).map(|(s, _)| s).collect();
        line
    }

    fn idx(&self, a: u32) -> usize {
        (a - self.lo) as usize
    }

    /// Values (distinct register extents) starting in `[s, e)`; exact when `s` and `e` are not cut.
    fn values_in(&self, s: u32, e: u32) -> usize {
        self.starts.partition_point(|&x| x < e) - self.starts.partition_point(|&x| x < s)
    }
}

/// Wanted extents also occupy the line, even when `all` forgot them.
fn group_spans_as_items(group: &Group) -> impl Iterator<Item = PlanItem> + '_ {
    group.spans.iter().map(move |&(s, e, _)| PlanItem {
        unit_id: group.unit_id,
        table: group.table,
        address: s as u16,
        width: (e - s) as u16,
        readable: true,
    })
}

/// The fewest requests covering `wanted`, ties broken on fewest items read.
///
/// `all` is every register of the device (it tells mapped from unmapped and
/// readable from write-only addresses); `wanted` need not be part of it.
/// Requests come out sorted by (unit id, table, address).
pub fn plan(wanted: &[PlanItem], all: &[PlanItem], limits: PlanLimits) -> Result<Vec<ReadRequest>, PlanError> {
    plan_together(wanted, all, limits, &[])
}

/// [`plan`], reading the two values of each pair of `together` (indices into
/// `wanted`, a value and its scale factor) in one request wherever the limits
/// allow it (see the module docs); pairs across units or tables are ignored.
pub fn plan_together(
    wanted: &[PlanItem],
    all: &[PlanItem],
    limits: PlanLimits,
    together: &[(usize, usize)],
) -> Result<Vec<ReadRequest>, PlanError> {
    check_wanted(wanted, &limits)?;
    let mut out = Vec::new();
    for group in groups(wanted) {
        plan_group(&group, all, &limits, together, &mut out);
    }
    Ok(out)
}

/// The plan items of `wanted` followed by the words read with them that `wanted`
/// lacks (in order of first use): the scale factor registers they name and the high
/// words that lie apart from their low words; and the (value, other word) pairs for
/// [`plan_together`], as indices into the items, so each is read in the value's
/// request wherever the limits allow.
pub fn with_paired_words(wanted: &[&RegisterDescriptor]) -> (Vec<PlanItem>, Vec<(usize, usize)>) {
    let mut items: Vec<PlanItem> = wanted.iter().map(|d| PlanItem::from(*d)).collect();
    let mut together = Vec::new();
    for (i, d) in wanted.iter().enumerate() {
        let factor = d.scale_factor.map(|address| PlanItem { unit_id: d.unit_id, table: d.table, address, width: 1, readable: true });
        for other in factor.into_iter().chain(high_word_item(d)) {
            let j = items.iter().position(|w| *w == other).unwrap_or_else(|| {
                items.push(other);
                items.len() - 1
            });
            together.push((i, j));
        }
    }
    (items, together)
}

/// Each pair's spans joined into one where a single request can hold them
/// (see the module docs), sorted again by (start, end).
fn join_pairs(spans: &[(u32, u32, Vec<usize>)], line: &Line, fits: impl Fn(u32, u32) -> bool, together: &[(usize, usize)]) -> Vec<(u32, u32, Vec<usize>)> {
    let mut joined: Vec<Option<(u32, u32, Vec<usize>)>> = spans.iter().cloned().map(Some).collect();
    if together.is_empty() {
        return joined.into_iter().flatten().collect();
    }
    // Union-find over span indices: a factor shared by several values joins them all.
    let mut parent: Vec<usize> = (0..spans.len()).collect();
    fn root(parent: &mut [usize], mut k: usize) -> usize {
        while parent[k] != k {
            parent[k] = parent[parent[k]];
            k = parent[k];
        }
        k
    }
    let span_of = |index: usize| spans.iter().position(|sp| sp.2.contains(&index));
    for &(a, b) in together {
        let (Some(sa), Some(sb)) = (span_of(a), span_of(b)) else { continue };
        let (ra, rb) = (root(&mut parent, sa), root(&mut parent, sb));
        if ra == rb {
            continue;
        }
        let (Some(x), Some(y)) = (&joined[ra], &joined[rb]) else { continue };
        let (s, e) = (x.0.min(y.0), x.1.max(y.1));
        if !fits(s, e) || line.cut[line.idx(s)] || line.cut[line.idx(e)] {
            continue;
        }
        let (_, _, mut registers) = joined[rb].take().expect("roots hold their span");
        let target = joined[ra].as_mut().expect("roots hold their span");
        registers.append(&mut target.2);
        *target = (s, e, registers);
        parent[rb] = ra;
    }
    let mut out: Vec<(u32, u32, Vec<usize>)> = joined.into_iter().flatten().collect();
    out.sort_by_key(|sp| (sp.0, sp.1));
    out
}

fn plan_group(group: &Group, all: &[PlanItem], limits: &PlanLimits, together: &[(usize, usize)], out: &mut Vec<ReadRequest>) {
    let line = Line::new(group, all);
    let limit = u32::from(effective_limit(group.table, limits));
    let max_gap = u32::from(limits.max_gap);
    let max_values = limits.values_per_read.map(|v| usize::from(v.max(1)));
    let fits = |s: u32, e: u32| {
        e - s <= limit
            && (s..e).all(|a| !line.forbidden[line.idx(a)] && line.run[line.idx(a)] <= max_gap)
            && max_values.is_none_or(|m| line.values_in(s, e) <= m)
    };
    let spans = &join_pairs(&group.spans, &line, fits, together);
    let n = spans.len();
    // best[k] = (requests, items read) covering spans[..k]; from[k] = start of the last run.
    let mut best: Vec<(usize, u64)> = vec![(usize::MAX, u64::MAX); n + 1];
    let mut from = vec![0usize; n + 1];
    best[0] = (0, 0);
    for j in 0..n {
        let mut s = spans[j].0;
        let mut e = spans[j].1;
        // Addresses [scan_lo, scan_hi) have been checked for forbidden cells and gaps;
        // the window only grows, so each address is checked once per `j`.
        let (mut scan_lo, mut scan_hi) = (s, s);
        let mut max_run = 0u32;
        let mut blocked = false;
        for i in (0..=j).rev() {
            s = s.min(spans[i].0);
            e = e.max(spans[i].1);
            if e - s > limit {
                break;
            }
            for a in (s..scan_lo).chain(scan_hi.max(scan_lo)..e) {
                blocked |= line.forbidden[line.idx(a)];
                max_run = max_run.max(line.run[line.idx(a)]);
            }
            scan_lo = scan_lo.min(s);
            scan_hi = scan_hi.max(e);
            if blocked || max_run > max_gap {
                break;
            }
            let single = i == j;
            let clean_edges = !line.cut[line.idx(s)] && !line.cut[line.idx(e)];
            if !single && !clean_edges {
                continue;
            }
            if !single && max_values.is_some_and(|m| line.values_in(s, e) > m) {
                break;
            }
            let Some(prev) = best.get(i).copied().filter(|p| p.0 != usize::MAX) else { continue };
            let cand = (prev.0 + 1, prev.1 + u64::from(e - s));
            if cand < best[j + 1] {
                best[j + 1] = cand;
                from[j + 1] = i;
            }
        }
    }
    let mut runs = Vec::new();
    let mut k = n;
    while k > 0 {
        let i = from[k];
        runs.push((i, k));
        k = i;
    }
    for (i, k) in runs.into_iter().rev() {
        let s = spans[i..k].iter().map(|x| x.0).min().expect("runs are non-empty");
        let e = spans[i..k].iter().map(|x| x.1).max().expect("runs are non-empty");
        let mut registers: Vec<usize> = spans[i..k].iter().flat_map(|x| x.2.iter().copied()).collect();
        registers.sort_unstable();
        out.push(ReadRequest { unit_id: group.unit_id, table: group.table, address: s as u16, quantity: (e - s) as u16, registers });
    }
}

/// [`plan_together`] over descriptors: every wanted value with a scale factor
/// register is read with its factor, in one request where the limits allow.
/// `ReadRequest::registers` index into `wanted`; indices from `wanted.len()` on
/// are the factor registers `wanted` lacks, in order of first use.
pub fn read_plan(
    wanted: &[&RegisterDescriptor],
    all: &[RegisterDescriptor],
    limits: PlanLimits,
) -> Result<Vec<ReadRequest>, PlanError> {
    let (wanted, together) = with_paired_words(wanted);
    let all: Vec<PlanItem> = all.iter().flat_map(items_of).collect();
    plan_together(&wanted, &all, limits, &together)
}

/// One request per register (what EMS-ESP and Home Assistant do), for comparison.
pub fn plan_one_per_register(wanted: &[PlanItem], limits: PlanLimits) -> Result<Vec<ReadRequest>, PlanError> {
    check_wanted(wanted, &limits)?;
    let mut out = Vec::new();
    for g in groups(wanted) {
        for (s, e, registers) in g.spans {
            out.push(ReadRequest { unit_id: g.unit_id, table: g.table, address: s as u16, quantity: (e - s) as u16, registers });
        }
    }
    Ok(out)
}

/// Greedy grouping of strictly adjacent wanted registers, no gaps, no read-through
/// (what ESPHome does), for comparison.
pub fn plan_contiguous_only(wanted: &[PlanItem], limits: PlanLimits) -> Result<Vec<ReadRequest>, PlanError> {
    check_wanted(wanted, &limits)?;
    let mut out: Vec<ReadRequest> = Vec::new();
    for g in groups(wanted) {
        let limit = u32::from(effective_limit(g.table, &limits));
        let max_values = limits.values_per_read.map(|v| usize::from(v.max(1)));
        let mut values_in_last = 0usize;
        let mut open = false;
        for (s, e, registers) in g.spans {
            if let Some(last) = out.last_mut().filter(|_| open) {
                let fits = last.end() == s && e - u32::from(last.address) <= limit;
                let under_values = max_values.is_none_or(|m| values_in_last < m);
                if fits && under_values {
                    last.quantity = (e - u32::from(last.address)) as u16;
                    last.registers.extend(registers);
                    values_in_last += 1;
                    continue;
                }
            }
            out.push(ReadRequest { unit_id: g.unit_id, table: g.table, address: s as u16, quantity: (e - s) as u16, registers });
            values_in_last = 1;
            open = true;
        }
    }
    Ok(out)
}

/// Words read from a device by one or more requests, to decode registers from.
///
/// Values in bit tables are stored one word per bit (`0`/`1`), as the codecs expect.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RegisterSnapshot {
    spans: Vec<SnapshotSpan>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct SnapshotSpan {
    unit_id: u8,
    table: Table,
    address: u16,
    words: Vec<u16>,
}

impl RegisterSnapshot {
    pub fn new() -> Self {
        Self::default()
    }

    /// Records the words returned by one request starting at `address`.
    pub fn insert(&mut self, unit_id: u8, table: Table, address: u16, words: Vec<u16>) {
        self.spans.push(SnapshotSpan { unit_id, table, address, words });
    }

    /// Records a value's words (`desc.width` of them) as a device would return
    /// them: at its address, or for a value whose high word lies apart, `[low, high]`
    /// as the low word at its address and the high word at its own.
    pub fn insert_value(&mut self, desc: &RegisterDescriptor, words: Vec<u16>) {
        match (desc.high_word, words.as_slice()) {
            (Some(high), &[low_word, high_word]) => {
                self.insert(desc.unit_id, desc.table, desc.address, vec![low_word]);
                self.insert(desc.unit_id, desc.table, high, vec![high_word]);
            }
            _ => self.insert(desc.unit_id, desc.table, desc.address, words),
        }
    }

    /// The register's words, when the recorded requests hold all of them: one request
    /// covering them, or for a value whose high word lies apart, `[low, high]` from
    /// wherever the two words were read.
    pub fn words(&self, desc: &RegisterDescriptor) -> Option<Cow<'_, [u16]>> {
        match desc.high_word {
            None => self.words_at(desc.unit_id, desc.table, desc.address, desc.width).map(Cow::Borrowed),
            Some(high) => {
                let low = self.words_at(desc.unit_id, desc.table, desc.address, 1)?;
                let high = self.words_at(desc.unit_id, desc.table, high, 1)?;
                Some(Cow::Owned(vec![low[0], high[0]]))
            }
        }
    }

    fn words_at(&self, unit_id: u8, table: Table, address: u16, width: u16) -> Option<&[u16]> {
        self.spans.iter().find_map(|sp| {
            let start = usize::from(address.checked_sub(sp.address)?);
            let end = start + usize::from(width);
            let same = sp.unit_id == unit_id && sp.table == table;
            (same && end <= sp.words.len()).then(|| &sp.words[start..end])
        })
    }

    /// The value `sf` of the register's scale factor register as read, `None`
    /// when the register has none; an error when the snapshot lacks the factor.
    pub fn scale_factor(&self, desc: &RegisterDescriptor) -> Result<Option<i16>, DecodeError> {
        let Some(factor) = desc.scale_factor else { return Ok(None) };
        match self.words_at(desc.unit_id, desc.table, factor, 1) {
            Some(&[word]) => Ok(Some(word as i16)),
            _ => Err(DecodeError::NeedsScaleFactor { register: desc.name, factor }),
        }
    }

    /// Decodes one register from the snapshot, with its scale factor applied
    /// when it has one (the snapshot must hold the factor too).
    pub fn get<T: RegisterValue>(&self, desc: &RegisterDescriptor, order: WordOrder) -> Result<T, DecodeError> {
        let words = self.words(desc).ok_or(DecodeError::NotRead { register: desc.name })?;
        // Words apart are `[low, high]` whatever order the device serves adjacent words in.
        let order = if desc.high_word.is_some() { desc.word_order } else { order };
        match self.scale_factor(desc)? {
            Some(sf) => T::decode(&desc.scaled_by(sf), &words, order),
            None => T::decode(desc, &words, order),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }
}
