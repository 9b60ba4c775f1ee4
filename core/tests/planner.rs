//! The planner against hand-made cases and, on random small maps, against an
//! exhaustive search over every possible request.

use modbus_map_core::plan::*;
use modbus_map_core::Table;
use proptest::prelude::*;

fn item(address: u16, width: u16) -> PlanItem {
    PlanItem { unit_id: 1, table: Table::Holding, address, width, readable: true }
}

fn write_only(address: u16, width: u16) -> PlanItem {
    PlanItem { readable: false, ..item(address, width) }
}

fn limits(read_limit: u16, max_gap: u16, values_per_read: Option<u16>) -> PlanLimits {
    PlanLimits { read_limit, max_gap, values_per_read }
}

fn spans(plan: &[ReadRequest]) -> Vec<(u16, u16)> {
    plan.iter().map(|r| (r.address, r.quantity)).collect()
}

#[test]
fn adjacent_values_share_one_request() {
    let all = [item(0, 1), item(1, 2), item(3, 1)];
    let plan = plan(&all, &all, limits(125, 0, None)).unwrap();
    assert_eq!(spans(&plan), [(0, 4)]);
    assert_eq!(plan[0].registers, [0, 1, 2]);
}

#[test]
fn gaps_are_bridged_up_to_max_gap() {
    let all = [item(0, 1), item(3, 1)];
    assert_eq!(spans(&plan(&all, &all, limits(125, 2, None)).unwrap()), [(0, 4)]);
    assert_eq!(spans(&plan(&all, &all, limits(125, 1, None)).unwrap()), [(0, 1), (3, 1)]);
}

#[test]
fn unwanted_readable_registers_are_read_through_but_write_only_ones_never() {
    let all = [item(0, 1), item(1, 5), item(6, 1)];
    let wanted = [all[0], all[2]];
    assert_eq!(spans(&plan(&wanted, &all, limits(125, 0, None)).unwrap()), [(0, 7)]);
    let all = [item(0, 1), write_only(1, 1), item(2, 1)];
    let wanted = [all[0], all[2]];
    assert_eq!(spans(&plan(&wanted, &all, limits(125, 5, None)).unwrap()), [(0, 1), (2, 1)]);
}

#[test]
fn requests_never_cut_a_value() {
    // Reading 0 and 5 through the u32 at 1..3 is fine, but a limit of 4 would cut it.
    let all = [item(0, 1), item(1, 2), item(5, 1)];
    let wanted = [all[0], all[2]];
    assert_eq!(spans(&plan(&wanted, &all, limits(6, 2, None)).unwrap()), [(0, 6)]);
    assert_eq!(spans(&plan(&wanted, &all, limits(5, 2, None)).unwrap()), [(0, 1), (5, 1)]);
    // A value that overlaps the edge of a possible request makes that request impossible.
    let all = [item(0, 1), item(1, 4), item(2, 1)];
    let wanted = [all[0], all[2]];
    assert_eq!(spans(&plan(&wanted, &all, limits(125, 0, None)).unwrap()), [(0, 1), (2, 1)]);
}

/// Where the request boundary falls, a value and its scale factor end up in one
/// request if one request can hold both, and in two only when none can.
#[test]
fn a_value_and_its_scale_factor_share_a_request_where_the_limits_allow() {
    let all: Vec<PlanItem> = (0..6).map(|a| item(a, 1)).collect();
    // Without the pair, read_limit 4 splits 3 (W) from 4 (W_SF): (0, 4) + (4, 2).
    assert_eq!(spans(&plan(&all, &all, limits(4, 0, None)).unwrap()), [(0, 4), (4, 2)]);
    let joined = plan_together(&all, &all, limits(4, 0, None), &[(3, 4)]).unwrap();
    assert_eq!(spans(&joined), [(0, 3), (3, 3)], "still two requests, but W and W_SF in the same one");
    assert!(joined.iter().any(|r| r.registers.contains(&3) && r.registers.contains(&4)));
    // A factor shared by three values (SunSpec's A_SF) joins them all when they fit.
    let shared = plan_together(&all, &all, limits(4, 0, None), &[(1, 4), (2, 4), (3, 4)]).unwrap();
    assert!(shared.iter().any(|r| [1, 2, 3, 4].iter().all(|i| r.registers.contains(i))), "{shared:?}");
}

#[test]
fn a_value_and_its_scale_factor_are_read_apart_when_no_request_can_hold_both() {
    let (w, sf) = (item(0, 1), item(10, 1));
    let wanted = [w, sf];
    // Too far apart for read_limit 5, unmapped addresses beyond max_gap, one value per read.
    for lim in [limits(5, 20, None), limits(125, 3, None)] {
        assert_eq!(spans(&plan_together(&wanted, &wanted, lim, &[(0, 1)]).unwrap()), [(0, 1), (10, 1)], "{lim:?}");
    }
    let adjacent = [item(0, 1), item(1, 1)];
    assert_eq!(spans(&plan_together(&adjacent, &adjacent, limits(125, 0, Some(1)), &[(0, 1)]).unwrap()), [(0, 1), (1, 1)]);
    // A write-only register between them is never read through.
    let all = [item(0, 1), write_only(1, 1), item(2, 1)];
    let wanted = [all[0], all[2]];
    assert_eq!(spans(&plan_together(&wanted, &all, limits(125, 5, None), &[(0, 1)]).unwrap()), [(0, 1), (2, 1)]);
    // Within the limits they are one request, bridging the gap.
    assert_eq!(spans(&plan_together(&[w, sf], &[w, sf], limits(125, 9, None), &[(0, 1)]).unwrap()), [(0, 11)]);
}

#[test]
fn read_plan_adds_the_scale_factor_registers_the_values_name() {
    use modbus_map_core::{DataType, RegisterDescriptor};
    let w = RegisterDescriptor::new("inverter.W", Table::Holding, 40083, DataType::I16).with_scale_factor(40084);
    let w_sf = RegisterDescriptor::new("inverter.W_SF", Table::Holding, 40084, DataType::I16);
    let hz = RegisterDescriptor::new("inverter.Hz", Table::Holding, 40085, DataType::U16).with_scale_factor(40084);
    let all = [w, w_sf, hz];
    // Only W wanted: its factor comes along (index 1 = past `wanted`), in the same request.
    let plan = read_plan(&[&w], &all, PlanLimits::default()).unwrap();
    assert_eq!(spans(&plan), [(40083, 2)]);
    assert_eq!(plan[0].registers, [0, 1]);
    // A factor that is wanted too is not added twice.
    let (items, together) = with_paired_words(&[&w, &w_sf, &hz]);
    assert_eq!((items.len(), together), (3, vec![(0, 1), (2, 1)]));
}

#[test]
fn read_limit_and_protocol_limit() {
    let all: Vec<PlanItem> = (0..300).map(|a| item(a, 1)).collect();
    assert_eq!(spans(&plan(&all, &all, limits(1000, 0, None)).unwrap()), [(0, 125), (125, 125), (250, 50)]);
    assert_eq!(plan(&all, &all, limits(100, 0, None)).unwrap().len(), 3);
    let coils: Vec<PlanItem> = (0..2500).map(|a| PlanItem { table: Table::Coil, ..item(a, 1) }).collect();
    assert_eq!(spans(&plan(&coils, &coils, limits(u16::MAX, 0, None)).unwrap()), [(0, 2000), (2000, 500)]);
}

#[test]
fn values_per_read_limits_values_not_items() {
    let all = [item(0, 2), item(2, 2), item(4, 2)];
    assert_eq!(spans(&plan(&all, &all, limits(125, 0, Some(1))).unwrap()), [(0, 2), (2, 2), (4, 2)]);
    assert_eq!(spans(&plan(&all, &all, limits(125, 0, Some(2))).unwrap()).len(), 2);
}

#[test]
fn groups_by_unit_and_table_in_order() {
    let a = item(10, 1);
    let b = PlanItem { unit_id: 2, ..item(11, 1) };
    let c = PlanItem { table: Table::Input, ..item(11, 1) };
    let all = [b, c, a];
    let plan = plan(&all, &all, limits(125, 5, None)).unwrap();
    let keys: Vec<_> = plan.iter().map(|r| (r.unit_id, r.table, r.address, r.registers.clone())).collect();
    assert_eq!(keys, [(1, Table::Input, 11, vec![1]), (1, Table::Holding, 10, vec![2]), (2, Table::Holding, 11, vec![0])]);
}

#[test]
fn unplannable_registers_are_errors() {
    let wide = [item(0, 130)];
    assert_eq!(plan(&wide, &wide, PlanLimits::default()), Err(PlanError::TooWide { index: 0, width: 130, limit: 125 }));
    let wo = [write_only(0, 1)];
    assert_eq!(plan(&wo, &wo, PlanLimits::default()), Err(PlanError::NotReadable { index: 0 }));
    let past_end = [item(65535, 2)];
    assert_eq!(plan(&past_end, &past_end, PlanLimits::default()), Err(PlanError::BadExtent { index: 0 }));
    let ok = [item(65535, 1)];
    assert_eq!(spans(&plan(&ok, &ok, PlanLimits::default()).unwrap()), [(65535, 1)]);
}

#[test]
fn duplicates_share_a_request_and_are_all_reported() {
    let all = [item(5, 2)];
    let wanted = [item(5, 2), item(5, 2)];
    let plan = plan(&wanted, &all, PlanLimits::default()).unwrap();
    assert_eq!(spans(&plan), [(5, 2)]);
    assert_eq!(plan[0].registers, [0, 1]);
}

#[test]
fn baselines_for_the_benchmark() {
    let all = [item(0, 1), item(1, 1), item(3, 1), item(4, 2)];
    assert_eq!(plan_one_per_register(&all, PlanLimits::default()).unwrap().len(), 4);
    assert_eq!(spans(&plan_contiguous_only(&all, limits(125, 5, None)).unwrap()), [(0, 2), (3, 3)]);
    assert_eq!(spans(&plan(&all, &all, limits(125, 1, None)).unwrap()), [(0, 6)]);
}

/// Whether `[s, e)` is a request the rules allow, judged from scratch.
fn feasible(all: &[PlanItem], s: u32, e: u32, lim: &PlanLimits) -> bool {
    if e - s > u32::from(lim.read_limit.min(125)) {
        return false;
    }
    let inside = |it: &PlanItem| u32::from(it.address) >= s && it.end_u32() <= e;
    let touches = |it: &PlanItem| u32::from(it.address) < e && it.end_u32() > s;
    if all.iter().any(|it| touches(it) && (!inside(it) || !it.readable)) {
        return false;
    }
    if let Some(v) = lim.values_per_read {
        if all.iter().filter(|it| inside(it)).count() > usize::from(v) {
            return false;
        }
    }
    let mut run = 0;
    for a in s..e {
        let mapped = all.iter().any(|it| u32::from(it.address) <= a && a < it.end_u32());
        run = if mapped { 0 } else { run + 1 };
        if run > u32::from(lim.max_gap) {
            return false;
        }
    }
    true
}

trait End {
    fn end_u32(&self) -> u32;
}
impl End for PlanItem {
    fn end_u32(&self) -> u32 {
        u32::from(self.address) + u32::from(self.width)
    }
}

/// The best (requests, items read) over every set of feasible requests covering `wanted`.
fn exhaustive(wanted: &[PlanItem], all: &[PlanItem], lim: &PlanLimits) -> (usize, u64) {
    let top = all.iter().map(|it| it.end_u32()).max().unwrap();
    let full = (1usize << wanted.len()) - 1;
    let mut candidates = Vec::new();
    for s in 0..top {
        for e in s + 1..=top {
            if !feasible(all, s, e, lim) {
                continue;
            }
            let mask = wanted
                .iter()
                .enumerate()
                .filter(|(_, w)| u32::from(w.address) >= s && w.end_u32() <= e)
                .fold(0usize, |m, (i, _)| m | 1 << i);
            if mask != 0 {
                candidates.push((mask, u64::from(e - s)));
            }
        }
    }
    let mut best = vec![(usize::MAX, u64::MAX); full + 1];
    best[0] = (0, 0);
    for mask in 0..=full {
        let (n, w) = best[mask];
        if n == usize::MAX {
            continue;
        }
        for &(c, words) in &candidates {
            let next = mask | c;
            if next != mask && (n + 1, w + words) < best[next] {
                best[next] = (n + 1, w + words);
            }
        }
    }
    best[full]
}

/// Non-overlapping items on 0..48; `keep` picks wanted ones among the readable.
fn small_map() -> impl Strategy<Value = (Vec<PlanItem>, Vec<PlanItem>, PlanLimits)> {
    let layout = prop::collection::vec((0u16..4, 1u16..4, any::<bool>(), 0u8..10), 1..10);
    let lim = (1u16..14, 0u16..4, prop_oneof![Just(None), (1u16..4).prop_map(Some)]);
    (layout, lim).prop_map(|(layout, (read_limit, max_gap, vpr))| {
        let mut all = Vec::new();
        let mut wanted = Vec::new();
        let mut at = 0u16;
        for (gap, width, want, kind) in layout {
            at += gap;
            let it = if kind == 0 { write_only(at, width) } else { item(at, width) };
            if it.readable && (want || wanted.is_empty()) && wanted.len() < 8 {
                wanted.push(it);
            }
            all.push(it);
            at += width;
        }
        (wanted, all, limits(read_limit, max_gap, vpr))
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 600, ..ProptestConfig::default() })]

    #[test]
    fn planner_is_optimal((wanted, all, lim) in small_map()) {
        prop_assume!(!wanted.is_empty());
        let result = plan(&wanted, &all, lim);
        if wanted.iter().any(|w| w.width > lim.read_limit) {
            let is_too_wide = matches!(result, Err(PlanError::TooWide { .. }));
            prop_assert!(is_too_wide);
            return Ok(());
        }
        let requests = result.unwrap();
        // Every request is one the rules allow, and together they cover every wanted value.
        for r in &requests {
            prop_assert!(feasible(&all, u32::from(r.address), r.end(), &lim), "infeasible {:?}", r);
            for &i in &r.registers {
                prop_assert!(u32::from(wanted[i].address) >= u32::from(r.address) && wanted[i].end_u32() <= r.end());
            }
        }
        let mut covered: Vec<usize> = requests.iter().flat_map(|r| r.registers.iter().copied()).collect();
        covered.sort_unstable();
        prop_assert_eq!(covered, (0..wanted.len()).collect::<Vec<_>>());
        let words: u64 = requests.iter().map(|r| u64::from(r.quantity)).sum();
        prop_assert_eq!((requests.len(), words), exhaustive(&wanted, &all, &lim));
        // Never worse than the baselines.
        prop_assert!(requests.len() <= plan_contiguous_only(&wanted, lim).unwrap().len());
        prop_assert!(requests.len() <= plan_one_per_register(&wanted, lim).unwrap().len());
        // Deterministic and ordered.
        prop_assert_eq!(&plan(&wanted, &all, lim).unwrap(), &requests);
        prop_assert!(requests.windows(2).all(|p| p[0].address < p[1].address));
    }
}

fn any_item() -> impl Strategy<Value = PlanItem> {
    let table = prop::sample::select(Table::ALL.to_vec());
    let address = prop_oneof![0u16..64, 65500u16..=65535];
    (1u8..3, table, address, 0u16..140, prop::bool::weighted(0.85)).prop_map(|(unit_id, table, address, width, readable)| {
        PlanItem { unit_id, table, address, width, readable }
    })
}

proptest! {
    /// Overlaps, zero widths, the end of the address space, any limits: a plan or an error, never a panic,
    /// and a plan always covers every wanted value within the limits.
    #[test]
    fn any_input_gives_a_covering_plan_or_an_error(
        all in prop::collection::vec(any_item(), 0..24),
        extra in prop::collection::vec(any_item(), 0..4),
        pick in prop::collection::vec(any::<prop::sample::Index>(), 0..8),
        read_limit in 0u16..3000,
        max_gap in 0u16..200,
        vpr in prop::option::of(0u16..5),
    ) {
        let mut wanted: Vec<PlanItem> = if all.is_empty() { Vec::new() } else { pick.iter().map(|i| *i.get(&all)).collect() };
        wanted.extend(extra);
        let lim = limits(read_limit, max_gap, vpr);
        match plan(&wanted, &all, lim) {
            Ok(requests) => {
                for (i, w) in wanted.iter().enumerate() {
                    let r = requests.iter().find(|r| r.registers.contains(&i)).expect("every wanted value is covered");
                    prop_assert!((r.unit_id, r.table) == (w.unit_id, w.table));
                    prop_assert!(r.address <= w.address && w.end_u32() <= r.end());
                    prop_assert!(r.quantity <= read_limit.clamp(1, r.table.protocol_read_limit()));
                }
            }
            // An error names a wanted value that really cannot be read.
            Err(PlanError::NotReadable { index }) => prop_assert!(!wanted[index].readable),
            Err(PlanError::TooWide { index, width, limit }) => {
                prop_assert_eq!(width, wanted[index].width);
                prop_assert!(width > limit && limit == read_limit.clamp(1, wanted[index].table.protocol_read_limit()));
            }
            Err(PlanError::BadExtent { index }) => prop_assert!(wanted[index].width == 0 || wanted[index].end_u32() > 65536),
        }
        let _ = plan_contiguous_only(&wanted, lim);
        let _ = plan_one_per_register(&wanted, lim);
    }
}

proptest! {
    #[test]
    fn plan_does_not_depend_on_the_order_of_wanted((wanted, all, lim) in small_map(), seed in any::<u64>()) {
        prop_assume!(wanted.iter().all(|w| w.width <= lim.read_limit));
        let mut shuffled = wanted.clone();
        let mut s = seed | 1;
        for i in (1..shuffled.len()).rev() {
            s ^= s << 13;
            s ^= s >> 7;
            s ^= s << 17;
            shuffled.swap(i, (s % (i as u64 + 1)) as usize);
        }
        let a = plan(&wanted, &all, lim).unwrap();
        let b = plan(&shuffled, &all, lim).unwrap();
        prop_assert_eq!(spans(&a), spans(&b));
        // Each request returns the same registers, whatever their indices.
        for (ra, rb) in a.iter().zip(&b) {
            let mut xa: Vec<_> = ra.registers.iter().map(|&i| wanted[i]).collect();
            let mut xb: Vec<_> = rb.registers.iter().map(|&i| shuffled[i]).collect();
            xa.sort();
            xb.sort();
            prop_assert_eq!(xa, xb);
        }
    }
}
