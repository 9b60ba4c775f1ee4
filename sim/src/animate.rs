//! `--animate`: the values a device measures move, so a dashboard shows something alive.
//!
//! Only values no client can change move: readable, read-only numbers of the input and
//! holding tables that are neither enumerations nor bit sets (and no writable alias
//! shares their storage). Each takes a bounded random walk inside its `min`..`max` (within its plausible range);
//! where the spec gives no range, inside a small window around its start value, and
//! always inside what its type holds. Every new value goes through the dispatch core's
//! `encode_value`, which applies the register's own rules, into the server's storage:
//! the encoding is the one a client's write gets, and a value the rules refuse is never
//! stored. The walk is seeded: the same seed and spec give the same sequence of values.

use modbus_map::dispatch::{encode_value, engineering_value, DeviceMap, Entry, Storage};
use modbus_map::{Access, Table};
use rand::{RngExt, SeedableRng};
use rand_xorshift::XorShiftRng;

/// Steps a walk needs to cross its whole range, so a value drifts rather than jumps.
const STEPS_ACROSS: f64 = 20.0;
/// Without a spec range, a value moves at most this many raw steps away from its start...
const WINDOW_STEPS: f64 = 10.0;
/// ... or this fraction of its start value, whichever is wider.
const WINDOW_FRACTION: f64 = 0.1;

/// The moving values of one device and the generator that moves them.
#[derive(Debug)]
pub struct Animation {
    moving: Vec<Moving>,
    rng: XorShiftRng,
}

/// One value's walk, in raw units (engineering = raw × scale + offset).
#[derive(Debug)]
struct Moving {
    /// The whole value's entry ([`Entry::whole`]: both words of a value whose words lie apart).
    entry: Entry,
    raw: f64,
    low: f64,
    high: f64,
    step: f64,
    /// Integer types move in whole raw steps.
    whole: bool,
}

impl Animation {
    /// The values of `map` that may move, starting where `store` holds them now.
    pub fn new<S: Storage + ?Sized>(map: &'static DeviceMap, store: &mut S, seed: u64) -> Animation {
        let writable_slots: std::collections::BTreeSet<u32> = map.entries().filter(|(_, e)| e.access.writable()).map(|(_, e)| e.slot).collect();
        let moving = map
            .entries()
            // A value whose words lie apart moves once, through its low word's entry.
            .filter(|(_, e)| movable(e) && !e.is_high_word() && !writable_slots.contains(&e.slot))
            .filter_map(|(_, e)| Moving::new(e, store))
            .collect();
        Animation { moving, rng: XorShiftRng::seed_from_u64(seed) }
    }

    /// How many values move.
    pub fn len(&self) -> usize {
        self.moving.len()
    }

    pub fn is_empty(&self) -> bool {
        self.moving.is_empty()
    }

    /// Moves every value one step and stores it.
    pub fn step<S: Storage + ?Sized>(&mut self, store: &mut S) {
        for m in &mut self.moving {
            let mut delta = self.rng.random_range(-1.0..=1.0) * m.step;
            if m.whole {
                delta = delta.round();
            }
            let next = reflect(m.raw + delta, m.low, m.high);
            let d = m.entry.descriptor;
            let mut words = [0u16; 4];
            let words = &mut words[..m.entry.width() as usize];
            // The register's own rules have the last word: a refused value is not stored.
            if encode_value(d, next * d.scale + d.offset, words).is_ok() && store.write(&m.entry, words).is_ok() {
                m.raw = next;
            }
        }
    }
}

/// A value no client sets and that has no fixed set of meanings.
fn movable(e: &Entry) -> bool {
    let d = e.descriptor;
    matches!(d.table, Table::Input | Table::Holding)
        && d.access == Access::Read
        && d.data_type.is_numeric()
        && d.values.is_empty()
        && d.bits.is_empty()
        && d.alias_of.is_none()
}

impl Moving {
    fn new<S: Storage + ?Sized>(entry: &'static Entry, store: &mut S) -> Option<Moving> {
        let entry = entry.whole();
        let d = entry.descriptor;
        let mut words = [0u16; 4];
        let words = &mut words[..entry.width() as usize];
        store.read(&entry, words).ok()?;
        let start = engineering_value(d, words)?;
        let whole = d.data_type.is_integer();
        // The engineering window: the spec's range, else its plausible range, completed around the
        // start value where both are open; never outside the plausible range (a reading there is a fault).
        let half = (WINDOW_STEPS * d.scale.abs()).max(WINDOW_FRACTION * start.abs());
        let low_e = d.min.or(d.plausible_min).unwrap_or(start - half).max(d.plausible_min.unwrap_or(f64::NEG_INFINITY));
        let high_e = d.max.or(d.plausible_max).unwrap_or(start + half).min(d.plausible_max.unwrap_or(f64::INFINITY));
        let to_raw = |e: f64| (e - d.offset) / d.scale;
        let (a, b) = (to_raw(low_e), to_raw(high_e));
        let (type_low, type_high) = d.data_type.raw_range()?;
        let (mut low, mut high) = (a.min(b).max(type_low), a.max(b).min(type_high));
        if whole {
            (low, high) = (low.ceil(), high.floor());
        }
        // An empty or single-value window (or NaN bounds) leaves nothing to move.
        if low.partial_cmp(&high) != Some(std::cmp::Ordering::Less) {
            return None;
        }
        let mut step = (high - low) / STEPS_ACROSS;
        if whole {
            step = step.max(1.0);
        }
        let raw = to_raw(start).clamp(low, high);
        Some(Moving { entry, raw: if whole { raw.round() } else { raw }, low, high, step, whole })
    }
}

/// `x` folded back into `[low, high]` at whichever bound it crossed.
fn reflect(x: f64, low: f64, high: f64) -> f64 {
    let folded = if x > high { high - (x - high) } else if x < low { low + (low - x) } else { x };
    folded.clamp(low, high)
}

#[cfg(test)]
mod tests {
    use super::*;
    use modbus_map::store::MemoryStore;

    fn device() -> modbus_map_codegen::ir::Device {
        let spec = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/animate.yaml");
        crate::load(std::path::Path::new(spec)).unwrap_or_else(|e| panic!("{e}"))
    }

    fn run(seed: u64, steps: usize) -> Vec<Vec<u16>> {
        let map = modbus_map_codegen::layout::leak_map(&device());
        let mut store = MemoryStore::new(map);
        let mut animation = Animation::new(map, &mut store, seed);
        (0..steps)
            .map(|_| {
                animation.step(&mut store);
                store.words().to_vec()
            })
            .collect()
    }

    #[test]
    fn only_read_only_plain_numbers_move() {
        let map = modbus_map_codegen::layout::leak_map(&device());
        let mut store = MemoryStore::new(map);
        let animation = Animation::new(map, &mut store, 1);
        let mut names: Vec<&str> = animation.moving.iter().map(|m| m.entry.descriptor.name).collect();
        names.sort();
        assert_eq!(names, ["meter.counter", "sensors.flow", "sensors.power", "sensors.temp"]);
    }

    #[test]
    fn the_same_seed_gives_the_same_sequence_and_values_keep_their_rules() {
        let a = run(7, 200);
        assert_eq!(a, run(7, 200), "same seed, same values step by step");
        assert_ne!(a, run(8, 200), "another seed, other values");
        assert_ne!(a.first(), a.last(), "the values move");
        let map = modbus_map_codegen::layout::leak_map(&device());
        for words in &a {
            for (_, e) in map.entries() {
                let value = &words[e.slot as usize..e.slot as usize + e.width() as usize];
                assert_eq!(modbus_map::dispatch::check_value(e.descriptor, value), Ok(()), "{} = {value:?}", e.descriptor.name);
                if e.descriptor.plausible_min.is_some() || e.descriptor.plausible_max.is_some() {
                    let read = modbus_map::codec::decode_f64(e.descriptor, value, e.descriptor.word_order);
                    assert!(read.is_ok(), "{} = {value:?}: {read:?}", e.descriptor.name);
                }
            }
        }
    }
}
