//! Dispatch of a 125-register read and a 1-register read through the dispatch core
//! (address-sorted static tables, bisection, whole-value checks), against the naive
//! baseline: a `HashMap<u16, u16>` of register values looked up address by address.
//!
//! `cargo bench -p modbus-map-core --bench dispatch`

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use modbus_map_core::dispatch::{DeviceMap, Dispatcher, Entry, Reply, SliceStore, TableMap, UnitMap, MAX_PDU_LEN};
use modbus_map_core::{DataType, RegisterDescriptor, Table};
use std::collections::HashMap;

const REGISTERS: u16 = 200;
const BASE: u16 = 1000;

/// 200 holding registers at 1000..1200: u16 with a range, as a typical device map.
fn map() -> &'static DeviceMap {
    let descriptors: &'static [RegisterDescriptor] = Vec::leak(
        (0..REGISTERS)
            .map(|i| RegisterDescriptor {
                min: Some(0.0),
                max: Some(60000.0),
                ..RegisterDescriptor::new("bench.reg", Table::Holding, BASE + i, DataType::U16)
            })
            .collect(),
    );
    let entries: &'static [Entry] = Vec::leak(descriptors.iter().enumerate().map(|(i, d)| Entry::new(d, i as u32)).collect());
    let units = Vec::leak(vec![UnitMap {
        unit_id: 1,
        coils: TableMap::EMPTY,
        discrete_inputs: TableMap::EMPTY,
        input_registers: TableMap::EMPTY,
        // The same direct index the generator emits for tables this compact.
        holding_registers: TableMap { entries, index_base: BASE, index: Vec::leak((0..REGISTERS).collect()), ..TableMap::EMPTY },
        values_per_read: 0,
    }]);
    let defaults = Vec::leak((0..REGISTERS).collect());
    Box::leak(Box::new(DeviceMap { name: "bench", default_unit: 1, units, defaults, word_order_coil: None }))
}

/// The baseline: what a server without tables does (parse, look up each address, encode).
fn hashmap_read(store: &HashMap<u16, u16>, pdu: &[u8], out: &mut [u8]) -> usize {
    let address = u16::from_be_bytes([pdu[1], pdu[2]]);
    let quantity = u16::from_be_bytes([pdu[3], pdu[4]]);
    if !(1..=125).contains(&quantity) {
        out[..2].copy_from_slice(&[0x83, 3]);
        return 2;
    }
    out[0] = 3;
    out[1] = (2 * quantity) as u8;
    for k in 0..quantity {
        match store.get(&(address.wrapping_add(k))) {
            Some(v) => out[2 + 2 * k as usize..4 + 2 * k as usize].copy_from_slice(&v.to_be_bytes()),
            None => {
                out[..2].copy_from_slice(&[0x83, 2]);
                return 2;
            }
        }
    }
    2 + 2 * quantity as usize
}

fn read_pdu(address: u16, quantity: u16) -> [u8; 5] {
    let [a, b] = address.to_be_bytes();
    let [c, d] = quantity.to_be_bytes();
    [3, a, b, c, d]
}

fn bench(c: &mut Criterion) {
    let map = map();
    let dispatcher = Dispatcher::new(map);
    let mut words = map.defaults.to_vec();
    let hash: HashMap<u16, u16> = (0..REGISTERS).map(|i| (BASE + i, i)).collect();
    let mut out = [0u8; MAX_PDU_LEN];
    for (label, quantity) in [("125 registers", 125u16), ("1 register", 1)] {
        let pdu = read_pdu(BASE + 40, quantity);
        // Both paths must produce the same bytes, or the comparison means nothing.
        let mut expected = [0u8; MAX_PDU_LEN];
        let n = hashmap_read(&hash, &pdu, &mut expected);
        assert_eq!(dispatcher.handle(&mut SliceStore { words: &mut words }, 1, &pdu, &mut out), Reply::Response { len: n });
        assert_eq!(out[..n], expected[..n]);

        let mut group = c.benchmark_group(format!("read {label}"));
        group.bench_function("dispatch core", |b| {
            b.iter(|| dispatcher.handle(&mut SliceStore { words: &mut words }, black_box(1), black_box(&pdu), &mut out))
        });
        group.bench_function("HashMap<u16, u16>", |b| b.iter(|| hashmap_read(black_box(&hash), black_box(&pdu), &mut out)));
        group.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
