//! Planner speed on a few thousand registers, and (printed once) how many
//! requests and how much 9600-baud bus time each strategy needs for that map.

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use modbus_map_core::bus::plan_stats;
use modbus_map_core::plan::{plan, plan_contiguous_only, plan_one_per_register, PlanItem, PlanLimits};
use modbus_map_core::Table;

/// A deterministic map shaped like real devices: clusters of 1/2/4-register
/// values with small holes between them, some write-only registers, and coils.
fn synthetic_map(values: usize) -> Vec<PlanItem> {
    let mut seed = 0x2545_F491_4F6C_DD1Du64;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let mut out = Vec::with_capacity(values);
    let mut address = 0u32;
    for i in 0..values {
        let r = next();
        let table = if i % 5 == 0 { Table::Coil } else { Table::Holding };
        let width = if table == Table::Coil { 1 } else { [1, 1, 1, 2, 2, 4][(r % 6) as usize] };
        address += match (r >> 8) % 10 {
            0..=5 => 0,
            6..=7 => 1,
            8 => 3,
            _ => 20,
        };
        if address + u32::from(width) > 60_000 {
            break;
        }
        let readable = (r >> 16) % 17 != 0;
        out.push(PlanItem { unit_id: 1 + (i / 1500) as u8, table, address: address as u16, width, readable });
        address += u32::from(width);
    }
    out
}

fn bench_planner(c: &mut Criterion) {
    let all = synthetic_map(3000);
    let wanted: Vec<PlanItem> = all.iter().copied().filter(|i| i.readable).collect();
    let limits = PlanLimits { read_limit: 125, max_gap: 4, values_per_read: None };

    let optimal = plan(&wanted, &all, limits).expect("synthetic map is plannable");
    let contiguous = plan_contiguous_only(&wanted, limits).expect("synthetic map is plannable");
    let single = plan_one_per_register(&wanted, limits).expect("synthetic map is plannable");
    for (name, p) in [("optimal", &optimal), ("contiguous only", &contiguous), ("one per register", &single)] {
        let (n, micros) = plan_stats(p, 9600);
        eprintln!("{name:>17}: {n:5} requests, {:9.3} s at 9600 baud 8N1", micros as f64 / 1e6);
    }

    let mut group = c.benchmark_group(format!("plan {} registers", wanted.len()));
    group.bench_function("optimal (DP)", |b| b.iter(|| plan(black_box(&wanted), black_box(&all), limits)));
    group.bench_function("contiguous only", |b| b.iter(|| plan_contiguous_only(black_box(&wanted), limits)));
    group.bench_function("one per register", |b| b.iter(|| plan_one_per_register(black_box(&wanted), limits)));
    let coils_limits = PlanLimits { read_limit: 2000, max_gap: 30, values_per_read: None };
    group.bench_function("optimal (DP), wide limits", |b| b.iter(|| plan(black_box(&wanted), black_box(&all), coils_limits)));
    group.finish();
}

criterion_group!(benches, bench_planner);
criterion_main!(benches);
