//! A 32-bit value whose high word lies apart from its low word (`high_word_at`;
//! Deye SUN-12K's generator-port power: low word at 0x298, high word at 0x29C):
//! planned as a pair, joined by the snapshot, served by two one-word entries.

use modbus_map_core::dispatch::{DeviceMap, Dispatcher, Entry, Reply, SliceStore, TableMap, UnitMap, MAX_PDU_LEN};
use modbus_map_core::plan::{read_plan, PlanLimits, RegisterSnapshot};
use modbus_map_core::{Access, DataType, RegisterDescriptor, Table, WordOrder};

const POWER: RegisterDescriptor = RegisterDescriptor::new("generator.power", Table::Holding, 0x298, DataType::I32).with_high_word(0x29C);
const VOLTAGE: RegisterDescriptor = RegisterDescriptor::new("generator.voltage", Table::Holding, 0x299, DataType::U16);
const FREQUENCY: RegisterDescriptor = RegisterDescriptor::new("generator.frequency", Table::Holding, 0x29D, DataType::U16);

static REGISTERS: [RegisterDescriptor; 3] = [POWER, VOLTAGE, FREQUENCY];
/// Slots: power 0..2 (`[low, high]`), voltage 2, frequency 3; sorted by address, the
/// high word's entry between voltage and frequency.
static ENTRIES: [Entry; 4] = Entry::runs(&REGISTERS, &[(0, 2, 0), (0, Entry::HIGH_WORD, 0), (2, 1, 3)]);
static UNITS: [UnitMap; 1] = [UnitMap {
    unit_id: 1,
    coils: TableMap::EMPTY,
    discrete_inputs: TableMap::EMPTY,
    input_registers: TableMap::EMPTY,
    holding_registers: TableMap { entries: &ENTRIES, ..TableMap::EMPTY },
    values_per_read: 0,
}];
/// -10 W (`0xFFFF_FFF6`: low word 0xFFF6, high word 0xFFFF), 230 V, 50 Hz.
static DEFAULTS: [u16; 4] = [0xFFF6, 0xFFFF, 230, 50];
static MAP: DeviceMap = DeviceMap { name: "deye", default_unit: 1, units: &UNITS, defaults: &DEFAULTS, word_order_coil: None };

#[test]
fn the_descriptor_is_read_only_low_first_and_moves_its_high_word_with_it() {
    assert_eq!((POWER.access, POWER.word_order, POWER.span(), POWER.width, POWER.end()), (Access::Read, WordOrder::LowFirst, 1, 2, 0x299));
    let moved = POWER.at("generator2.power", 0x398);
    assert_eq!((moved.address, moved.high_word), (0x398, Some(0x39C)));
    let places: Vec<(u16, u16, u32, bool)> = ENTRIES.iter().map(|e| (e.address, e.width, e.slot, e.is_high_word())).collect();
    assert_eq!(places, [(0x298, 1, 0, false), (0x299, 1, 2, false), (0x29C, 1, 1, true), (0x29D, 1, 3, false)]);
    let whole = ENTRIES[2].whole();
    assert_eq!((whole.address, whole.width, whole.slot), (0x298, 2, 0));
}

#[test]
fn both_words_are_read_in_one_request_where_the_gap_may_be_bridged_else_in_two() {
    let wanted = [&POWER];
    let bridged = read_plan(&wanted, &REGISTERS, PlanLimits { max_gap: 2, ..PlanLimits::default() }).unwrap();
    assert_eq!(bridged.iter().map(|r| (r.address, r.quantity)).collect::<Vec<_>>(), [(0x298, 5)]);
    // Index 1 is the high word the planner added; both belong to the one request.
    assert_eq!(bridged[0].registers, [0, 1]);
    let apart = read_plan(&wanted, &REGISTERS, PlanLimits { max_gap: 0, ..PlanLimits::default() }).unwrap();
    assert_eq!(apart.iter().map(|r| (r.address, r.quantity)).collect::<Vec<_>>(), [(0x298, 1), (0x29C, 1)]);
    // Each word shares a request with its neighbour.
    let all = read_plan(&[&POWER, &VOLTAGE, &FREQUENCY], &REGISTERS, PlanLimits::default()).unwrap();
    assert_eq!(all.iter().map(|r| (r.address, r.quantity)).collect::<Vec<_>>(), [(0x298, 2), (0x29C, 2)]);
}

#[test]
fn the_snapshot_joins_the_two_words_whatever_order_the_client_assumes() {
    let mut snapshot = RegisterSnapshot::new();
    snapshot.insert(1, Table::Holding, 0x298, vec![0xFFF6, 230]);
    assert_eq!(snapshot.get::<i32>(&POWER, WordOrder::HighFirst), Err(modbus_map_core::codec::DecodeError::NotRead { register: "generator.power" }));
    snapshot.insert(1, Table::Holding, 0x29C, vec![0xFFFF, 50]);
    assert_eq!(snapshot.words(&POWER).as_deref(), Some(&[0xFFF6, 0xFFFF][..]));
    assert_eq!(snapshot.get::<i32>(&POWER, WordOrder::HighFirst), Ok(-10));
    assert_eq!(snapshot.get::<i32>(&POWER, WordOrder::LowFirst), Ok(-10));
    let mut written = RegisterSnapshot::new();
    written.insert_value(&POWER, vec![0x86A0, 0x0001]);
    assert_eq!(written.get::<i32>(&POWER, WordOrder::LowFirst), Ok(100_000));
}

fn request(words: &mut [u16], pdu: &[u8]) -> (Reply, Vec<u8>) {
    let mut out = [0u8; MAX_PDU_LEN];
    let reply = Dispatcher::new(&MAP).handle(&mut SliceStore { words }, 1, pdu, &mut out);
    let len = match reply {
        Reply::Response { len } => len,
        Reply::Exception { .. } => 2,
        _ => 0,
    };
    (reply, out[..len].to_vec())
}

#[test]
fn the_server_serves_the_low_word_at_the_address_and_the_high_word_at_high_word_at() {
    let mut words = DEFAULTS;
    assert_eq!(request(&mut words, &[3, 0x02, 0x98, 0, 1]).1, [3, 2, 0xFF, 0xF6]);
    assert_eq!(request(&mut words, &[3, 0x02, 0x9C, 0, 1]).1, [3, 2, 0xFF, 0xFF]);
    assert_eq!(
        request(&mut words, &[3, 0x02, 0x98, 0, 2]).1,
        [3, 4, 0xFF, 0xF6, 0, 230],
        "a read from the low word on goes on with the next register, not the high word"
    );
    // 0x29A and 0x29B are unmapped: exception 02, as for any gap.
    assert_eq!(request(&mut words, &[3, 0x02, 0x98, 0, 6]).1, [0x83, 2]);
    assert_eq!(request(&mut words, &[3, 0x02, 0x9C, 0, 2]).1, [3, 4, 0xFF, 0xFF, 0, 50]);
}

#[test]
fn writes_to_either_word_get_exception_02_and_change_nothing() {
    let mut words = DEFAULTS;
    for pdu in [&[6u8, 0x02, 0x98, 0, 7][..], &[6, 0x02, 0x9C, 0, 7], &[16, 0x02, 0x98, 0, 2, 4, 0, 7, 0, 8], &[16, 0x02, 0x9C, 0, 1, 2, 0, 7]] {
        let (reply, bytes) = request(&mut words, pdu);
        assert!(matches!(reply, Reply::Exception { .. }), "{pdu:?}: {reply:?}");
        assert_eq!(bytes, [pdu[0] | 0x80, 2], "{pdu:?}");
        assert_eq!(words, DEFAULTS, "{pdu:?} changed the store");
    }
}

/// The shared vectors (`words_apart` in tests/vectors/values.json, also read by
/// tests/python/test_byte_orders.py): the word at `address` and the word at
/// `high_word_at` decode to the value, and the value encodes back to them.
#[test]
fn the_shared_words_apart_vectors_decode_and_encode() {
    use modbus_map_core::codec::{encode_to_vec, RegisterValue};
    use modbus_map_core::ByteOrder;
    use serde_json::Value;
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/vectors/values.json");
    let doc: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"))).unwrap();
    let rows = doc["words_apart"].as_array().unwrap_or_else(|| panic!("{path} has no `words_apart` list"));
    assert!(rows.len() >= 6, "{path}: too few words_apart vectors");
    for row in rows {
        let text = |key: &str| row[key].as_str().unwrap_or_else(|| panic!("vector {row} has no `{key}`"));
        let word = |key: &str| row[key].as_u64().and_then(|w| u16::try_from(w).ok()).unwrap_or_else(|| panic!("vector {row}: `{key}` is not a word"));
        let data_type = DataType::parse(text("type")).unwrap_or_else(|| panic!("vector {row}: unknown type"));
        let byte_order = ByteOrder::parse(text("byte_order")).unwrap_or_else(|| panic!("vector {row}: bad byte_order"));
        let d = &RegisterDescriptor::new("v.value", Table::Holding, word("address"), data_type)
            .with_high_word(word("high_word_at"))
            .with_byte_order(byte_order);
        let mut snapshot = RegisterSnapshot::new();
        snapshot.insert(1, Table::Holding, word("address"), vec![word("low")]);
        snapshot.insert(1, Table::Holding, word("high_word_at"), vec![word("high")]);
        let want = row["value"].as_f64().unwrap_or_else(|| panic!("vector {row}: no value"));
        let got: f64 = snapshot.get(d, WordOrder::HighFirst).unwrap_or_else(|e| panic!("vector {row}: {e}"));
        assert_eq!(got, want, "vector {row}");
        let words = match data_type {
            DataType::F32 => encode_to_vec(&(want as f32), d, d.word_order),
            DataType::I32 => encode_to_vec(&(want as i32), d, d.word_order),
            _ => encode_to_vec(&(want as u32), d, d.word_order),
        }
        .unwrap_or_else(|e| panic!("vector {row}: {e}"));
        assert_eq!(words, [word("low"), word("high")], "vector {row}");
        let mut back = RegisterSnapshot::new();
        back.insert_value(d, words);
        assert_eq!(<f64 as RegisterValue>::decode(d, &back.words(d).unwrap(), d.word_order).unwrap(), want, "vector {row}");
    }
}
