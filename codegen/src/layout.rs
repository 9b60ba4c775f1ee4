//! The dispatch layout of a device as plain data: where every register lives in
//! the dispatch tables (per unit and table, sorted by address, with the direct
//! lookup index) and in storage (slots, aliases sharing their target's, and the
//! spec defaults as raw words). The Rust generator writes it out as `static`
//! tables; [`leak_map`] builds the same tables at run time for the simulator, so
//! generated and simulated servers cannot disagree.

use crate::ir::{self, DataType, Table, Value};
use modbus_map_core::dispatch::{DeviceMap, Entry, GapRange, TableMap, UnitMap};
use modbus_map_core::{BitField, EnumValue, RegisterDescriptor, Version};

/// Where every register of a device lives in the dispatch tables and in storage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layout {
    /// Sorted by unit id.
    pub units: Vec<UnitLayout>,
    /// First storage word of each register (indexed like `Device::registers`); aliases share their target's.
    pub slots: Vec<u32>,
    /// For each converting alias ([`ir::Register::converts_from`]), the index of its
    /// target (indexed like `Device::registers`): `dispatch::Entry::target`.
    pub targets: Vec<Option<usize>>,
    /// Initial storage words: spec defaults, 0 where a register has none.
    pub defaults: Vec<u16>,
    pub default_unit: u8,
    pub values_per_read: u16,
    /// The word-order coil (`DeviceMap::word_order_coil`): index into `units` and position
    /// in that unit's coil entries.
    pub word_order_coil: Option<(usize, usize)>,
}

/// One entry of a dispatch table: a register at its address, or the high word of a
/// register whose high word lies apart from its low word (`Entry::high_word`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EntryOf {
    /// Index into `Device::registers`.
    pub register: usize,
    pub high_word: bool,
}

impl EntryOf {
    /// The address and the items this entry serves.
    pub fn extent(&self, device: &ir::Device) -> (u16, u16) {
        let r = &device.registers[self.register];
        match (self.high_word, r.high_word) {
            (true, Some(high)) => (high, 1),
            _ => (r.address, r.span()),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnitLayout {
    pub unit_id: u8,
    /// Per table (in `Table::ALL` order): the entries, sorted by address.
    pub entries: [Vec<EntryOf>; 4],
    /// Per table: `[start, end)` ranges of blocks with `allow_gaps`.
    pub gap_ranges: [Vec<(u16, u32)>; 4],
    /// Per table: the direct lookup index (`TableMap::index_base`, `TableMap::index`), if small enough.
    pub index: [(u16, Vec<u16>); 4],
    pub allow_gaps: bool,
}

/// Position of `t` in `Table::ALL` (and in `UnitLayout`'s per-table arrays).
pub fn table_index(t: Table) -> usize {
    Table::ALL.iter().position(|&x| x == t).expect("Table::ALL lists every table")
}

/// Lays out a validated device.
pub fn layout(device: &ir::Device) -> Layout {
    let regs = &device.registers;
    let mut slots = vec![0u32; regs.len()];
    let mut defaults = Vec::new();
    for (i, r) in regs.iter().enumerate() {
        if r.alias_of.is_none() {
            slots[i] = defaults.len() as u32;
            defaults.extend(default_words(device, r));
        }
    }
    let mut targets = vec![None; regs.len()];
    for (i, r) in regs.iter().enumerate() {
        if let Some(target) = &r.alias_of {
            // The validator guarantees the target exists; fall back to a private slot rather than panic.
            match regs.iter().position(|t| &t.qualified_name == target) {
                Some(t) if r.converts_from(&regs[t]) => {
                    slots[i] = slots[t];
                    targets[i] = Some(t);
                }
                Some(t) if regs[t].width == r.width => slots[i] = slots[t],
                _ => {
                    slots[i] = defaults.len() as u32;
                    defaults.extend(default_words(device, r));
                }
            }
        }
    }

    let mut unit_ids: Vec<u8> = regs.iter().map(|r| r.unit_id).chain([device.unit_id]).collect();
    unit_ids.extend(device.blocks.iter().map(|b| b.unit_id));
    unit_ids.sort_unstable();
    unit_ids.dedup();
    let mut units: Vec<UnitLayout> = unit_ids
        .iter()
        .map(|&unit_id| UnitLayout {
            unit_id,
            entries: Default::default(),
            gap_ranges: Default::default(),
            index: Default::default(),
            allow_gaps: device.allow_gaps,
        })
        .collect();
    let unit_of = |id: u8| unit_ids.binary_search(&id).expect("unit ids collected above");
    for (i, r) in regs.iter().enumerate() {
        let entries = &mut units[unit_of(r.unit_id)].entries[table_index(r.table)];
        entries.push(EntryOf { register: i, high_word: false });
        if r.high_word.is_some() {
            entries.push(EntryOf { register: i, high_word: true });
        }
    }
    for u in &mut units {
        for entries in &mut u.entries {
            // Registers are sorted by the IR contract, high words are not; a stable sort keeps ties in spec order.
            entries.sort_by_key(|e| e.extent(device).0);
        }
    }
    for b in device.blocks.iter().filter(|b| b.allow_gaps) {
        for inst in &b.instances {
            let end = regs
                .iter()
                .filter(|r| r.instance == inst.name && r.block == b.name)
                .flat_map(|r| [r.address as u32 + r.span() as u32, r.high_word.map_or(0, |h| h as u32 + 1)])
                .max()
                .unwrap_or(inst.base as u32 + 1);
            units[unit_of(b.unit_id)].gap_ranges[table_index(b.table)].push((inst.base, end));
        }
    }
    for u in &mut units {
        u.gap_ranges.iter_mut().for_each(|g| g.sort_unstable());
        for t in 0..4 {
            u.index[t] = direct_index(u.entries[t].iter().map(|e| e.extent(device)));
        }
    }
    let coil_table = table_index(Table::Coil);
    let word_order_coil = device.word_order_coil.as_ref().and_then(|name| {
        let i = regs.iter().position(|r| &r.qualified_name == name)?;
        let unit = unit_of(regs[i].unit_id);
        Some((unit, units[unit].entries[coil_table].iter().position(|e| e.register == i)?))
    });
    Layout {
        units,
        slots,
        targets,
        defaults,
        default_unit: device.unit_id,
        values_per_read: device.values_per_read.unwrap_or(0),
        word_order_coil,
    }
}

/// Tables spanning more addresses than this are searched by bisection instead (2 bytes per address).
pub const INDEX_LIMIT: u32 = 4096;

/// `(base, index)` for `TableMap`: for each address from the first entry to the end of
/// the last, the position of the first entry not below it. Empty when the span is too wide.
fn direct_index(entries: impl Iterator<Item = (u16, u16)> + Clone) -> (u16, Vec<u16>) {
    let Some(base) = entries.clone().map(|(a, _)| a).min() else { return (0, Vec::new()) };
    let end = entries.clone().map(|(a, w)| a as u32 + w as u32).max().unwrap_or(base as u32);
    if end - base as u32 > INDEX_LIMIT {
        return (0, Vec::new());
    }
    let addresses: Vec<u16> = entries.map(|(a, _)| a).collect();
    let index = (base as u32..end).map(|a| addresses.partition_point(|&x| (x as u32) < a) as u16).collect();
    (base, index)
}

/// The raw storage words of a register's spec default, or of its start value
/// ([`crate::start_value`]) without one.
pub fn default_words(device: &ir::Device, r: &ir::Register) -> Vec<u16> {
    let width = r.width as usize;
    let mut words = vec![0u16; width];
    let start = crate::start_value::start_value(r, device.values(r));
    let Some(value) = r.default.as_ref().or(start.as_ref()) else { return words };
    if let (Value::Text(t), Some(&sentinel)) = (value, r.sentinels.first()) {
        if t == crate::keys::NOT_AVAILABLE {
            modbus_map_core::codec::u64_to_words(sentinel, r.word_order, r.byte_order, &mut words);
            return words;
        }
    }
    let number = match value {
        Value::Bool(b) => Some(*b as i64 as f64),
        Value::Int(i) => Some(*i as f64),
        Value::Float(f) => Some(*f),
        Value::Text(t) => match device.values(r).iter().find(|v| &v.name == t) {
            Some(v) => Some(v.raw as f64),
            None => {
                if r.data_type == DataType::String {
                    pack_string(t, r, &mut words);
                }
                None
            }
        },
    };
    let Some(number) = number else { return words };
    let is_enum_name = matches!(value, Value::Text(_));
    // A default in engineering units is scaled by the factor register's own start value,
    // so value and factor served together read back as the default.
    let scale = match r.scale_factor.as_deref().and_then(|q| device.register(q)) {
        Some(factor) => r.scale * modbus_map_core::pow10(default_words(device, factor)[0] as i16),
        None => r.scale,
    };
    let bits: u64 = match r.data_type {
        DataType::F32 => (((number - r.offset) / scale) as f32).to_bits() as u64,
        DataType::F64 => ((number - r.offset) / scale).to_bits(),
        DataType::String => return words,
        _ => {
            let raw = if is_enum_name { number } else { ((number - r.offset) / scale).round() };
            raw as i64 as u64
        }
    };
    modbus_map_core::codec::u64_to_words(bits, r.word_order, r.byte_order, &mut words);
    words
}

fn pack_string(text: &str, r: &ir::Register, words: &mut [u16]) {
    for (k, pair) in text.as_bytes().chunks(2).take(words.len()).enumerate() {
        let (first, second) = (pair[0], pair.get(1).copied().unwrap_or(0));
        words[k] = r.byte_order.swap(u16::from_be_bytes([first, second]));
    }
}

fn leak_str(s: &str) -> &'static str {
    Box::leak(s.to_owned().into_boxed_str())
}

/// The runtime descriptor of an IR register (strings and slices leaked, for `'static` tables).
pub fn leak_descriptor(device: &ir::Device, r: &ir::Register) -> RegisterDescriptor {
    RegisterDescriptor {
        name: leak_str(&r.qualified_name),
        unit_id: r.unit_id,
        table: r.table,
        address: r.address,
        width: r.width,
        data_type: r.data_type,
        length: r.length,
        scale: r.scale,
        offset: r.offset,
        scale_factor: device.scale_factor_address(r),
        high_word: r.high_word,
        access: r.access,
        min: r.min,
        max: r.max,
        plausible_min: r.keys.plausible_min,
        plausible_max: r.keys.plausible_max,
        sentinels: Vec::leak(r.sentinels.clone()),
        word_order: r.word_order,
        byte_order: r.byte_order,
        since: r.keys.since.as_deref().and_then(Version::parse),
        safety: r.keys.safety,
        write_function: r.write_function,
        self_clearing: r.keys.self_clearing,
        alias_of: r.alias_of.as_deref().map(leak_str),
        unit: r.keys.unit.as_deref().map(leak_str),
        values: Vec::leak(device.values(r).iter().map(|v| EnumValue { raw: v.raw, name: leak_str(&v.name) }).collect()),
        bits: Vec::leak(device.bits(r).iter().map(|b| BitField { name: leak_str(&b.name), lsb: b.lsb, width: b.width }).collect()),
    }
}

/// Builds the device's dispatch tables at run time, leaking them for `'static`
/// (a simulator builds them once per run). Same layout as the generated tables.
pub fn leak_map(device: &ir::Device) -> &'static DeviceMap {
    let l = layout(device);
    let descriptors: &'static [RegisterDescriptor] = Vec::leak(device.registers.iter().map(|r| leak_descriptor(device, r)).collect());
    let units: Vec<UnitMap> = l
        .units
        .iter()
        .map(|u| {
            let table = |t: usize| TableMap {
                entries: Vec::leak(
                    u.entries[t]
                        .iter()
                        .map(|e| {
                            let (d, slot) = (&descriptors[e.register], l.slots[e.register]);
                            let entry = if e.high_word { Entry::high_word(d, slot) } else { Entry::new(d, slot) };
                            match l.targets[e.register] {
                                Some(target) => entry.converting(&descriptors[target]),
                                None => entry,
                            }
                        })
                        .collect(),
                ),
                allow_gaps: u.allow_gaps,
                gap_ranges: Vec::leak(u.gap_ranges[t].iter().map(|&(start, end)| GapRange { start, end }).collect()),
                index_base: u.index[t].0,
                index: Vec::leak(u.index[t].1.clone()),
            };
            UnitMap {
                unit_id: u.unit_id,
                coils: table(0),
                discrete_inputs: table(1),
                input_registers: table(2),
                holding_registers: table(3),
                values_per_read: l.values_per_read,
            }
        })
        .collect();
    let units: &'static [UnitMap] = Vec::leak(units);
    Box::leak(Box::new(DeviceMap {
        name: leak_str(&device.name),
        default_unit: l.default_unit,
        units,
        defaults: Vec::leak(l.defaults),
        word_order_coil: l.word_order_coil.and_then(|(unit, position)| units[unit].coils.entries.get(position)),
    }))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::ir::{Access, ByteOrder, Origin, WordOrder};
    use modbus_map_core::dispatch::{Dispatcher, Reply, SliceStore, MAX_PDU_LEN};

    fn reg(name: &str, table: Table, address: u16, data_type: DataType, default: Option<Value>) -> ir::Register {
        ir::Register {
            name: name.to_owned(),
            qualified_name: format!("b.{name}"),
            ident: name.to_owned(),
            block: "b".to_owned(),
            instance: "b".to_owned(),
            instance_index: None,
            unit_id: 1,
            table,
            address,
            relative_address: address,
            width: data_type.width(4),
            high_word: None,
            data_type,
            length: if data_type == DataType::String { 4 } else { 0 },
            scale: 1.0,
            offset: 0.0,
            scale_text: None,
            scale_factor: None,
            access: Access::ReadWrite,
            min: None,
            max: None,
            default,
            enumeration: None,
            flags: None,
            sentinels: Vec::new(),
            keys: Default::default(),
            word_order: WordOrder::HighFirst,
            byte_order: ByteOrder::HighFirst,
            write_function: Default::default(),
            alias_of: None,
            aliases: vec![],
            overlaps: vec![],
            origin: Origin::default(),
        }
    }

    pub(crate) fn device() -> ir::Device {
        let temp = ir::Register { scale: 0.1, default: Some(Value::Float(21.5)), ..reg("temp", Table::Holding, 0, DataType::I16, None) };
        let energy = ir::Register { word_order: WordOrder::LowFirst, ..reg("energy", Table::Holding, 1, DataType::U32, Some(Value::Int(0x0001_0002))) };
        let text = reg("text", Table::Holding, 3, DataType::String, Some(Value::Text("abc".to_owned())));
        // Lowering gives an alias its target's scale; with one of its own it would convert.
        let alias = ir::Register { alias_of: Some("b.temp".to_owned()), scale: 0.1, qualified_name: "b.temp_again".to_owned(), ..reg("temp_again", Table::Holding, 10, DataType::I16, None) };
        let run = reg("run", Table::Coil, 5, DataType::Bool, Some(Value::Bool(true)));
        ir::Device {
            name: "demo".to_owned(),
            title: None,
            vendor: None,
            description: None,
            firmware: None,
            unit_id: 1,
            word_order: WordOrder::HighFirst,
            byte_order: ByteOrder::HighFirst,
            read_limit: 125,
            max_gap: 0,
            word_order_coil: None,
            values_per_read: None,
            allow_gaps: false,
            source: Origin { file: "specs/demo.yaml".to_owned(), line: 1, column: 1 },
            enumerations: vec![],
            flag_sets: vec![],
            blocks: vec![],
            registers: vec![run, temp, energy, text, alias],
            sim: Default::default(),
        }
    }

    #[test]
    fn defaults_are_encoded_per_type_scale_and_order() {
        let d = device();
        let l = layout(&d);
        // run (1 word), temp, energy (2), text (2); the alias shares temp's slot.
        assert_eq!(l.slots, vec![0, 1, 2, 4, 1]);
        assert_eq!(l.defaults, vec![1, 215, 0x0002, 0x0001, u16::from_be_bytes(*b"ab"), u16::from_be_bytes([b'c', 0])]);
    }

    #[test]
    fn leaked_map_serves_defaults_and_aliases() {
        let d = device();
        let map = leak_map(&d);
        let mut words = map.defaults.to_vec();
        let mut out = [0u8; MAX_PDU_LEN];
        let dispatcher = Dispatcher::new(map);
        let reply = dispatcher.handle(&mut SliceStore { words: &mut words }, 1, &[3, 0, 0, 0, 5], &mut out);
        assert_eq!(reply, Reply::Response { len: 12 });
        assert_eq!(&out[2..4], &[0, 215]);
        dispatcher.handle(&mut SliceStore { words: &mut words }, 1, &[6, 0, 10, 0, 7], &mut out);
        dispatcher.handle(&mut SliceStore { words: &mut words }, 1, &[3, 0, 0, 0, 1], &mut out);
        assert_eq!(&out[..4], &[3, 2, 0, 7], "write through the alias is read at the target");
    }

    #[test]
    fn the_direct_index_answers_exactly_like_bisection() {
        let d = device();
        let indexed = leak_map(&d);
        assert!(indexed.units[0].holding_registers.index.len() > 1, "the demo map is small enough to index");
        let units: Vec<UnitMap> = indexed
            .units
            .iter()
            .map(|u| {
                let plain = |t: &TableMap| TableMap { index: &[], index_base: 0, ..*t };
                UnitMap {
                    coils: plain(&u.coils),
                    discrete_inputs: plain(&u.discrete_inputs),
                    input_registers: plain(&u.input_registers),
                    holding_registers: plain(&u.holding_registers),
                    ..*u
                }
            })
            .collect();
        let bisected = DeviceMap { units: Vec::leak(units), ..*indexed };
        for fc in [1u8, 3, 6, 16] {
            for address in 0..16u16 {
                for quantity in 0..14u16 {
                    let mut pdu = vec![fc, 0, address as u8, 0, quantity as u8];
                    if fc == 16 {
                        pdu.push(2 * quantity as u8);
                        pdu.extend((0..quantity).flat_map(|q| [0, q as u8]));
                    }
                    let (mut a, mut b) = ([0u8; MAX_PDU_LEN], [0u8; MAX_PDU_LEN]);
                    let (mut wa, mut wb) = (indexed.defaults.to_vec(), bisected.defaults.to_vec());
                    let ra = Dispatcher::new(indexed).handle(&mut SliceStore { words: &mut wa }, 1, &pdu, &mut a);
                    let rb = Dispatcher::new(&bisected).handle(&mut SliceStore { words: &mut wb }, 1, &pdu, &mut b);
                    assert_eq!((ra, &a[..], &wa), (rb, &b[..], &wb), "{pdu:?}");
                }
            }
        }
    }
}
