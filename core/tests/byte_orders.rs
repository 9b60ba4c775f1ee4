//! The shared byte-order vectors (`byte_orders` in tests/vectors/values.json, also
//! read by the Python runtime test and the simulator test): every numeric type in
//! every word and byte order, decoded from its words and encoded back to them.

use modbus_map_core::codec::{encode_to_vec, RegisterValue};
use modbus_map_core::{ByteOrder, DataType, RegisterDescriptor, Table, WordOrder};
use serde_json::Value;

struct Vector {
    data_type: DataType,
    word_order: WordOrder,
    byte_order: ByteOrder,
    layout: String,
    value: Value,
    words: Vec<u16>,
}

fn vectors() -> Vec<Vector> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/vectors/values.json");
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    let doc: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path} is not JSON: {e}"));
    let rows = doc["byte_orders"].as_array().unwrap_or_else(|| panic!("{path} has no `byte_orders` list"));
    rows.iter()
        .map(|row| {
            let text = |key: &str| row[key].as_str().unwrap_or_else(|| panic!("vector {row} has no `{key}` text"));
            Vector {
                data_type: DataType::parse(text("type")).unwrap_or_else(|| panic!("vector {row}: unknown type")),
                word_order: WordOrder::parse(text("word_order")).unwrap_or_else(|| panic!("vector {row}: bad word_order")),
                byte_order: ByteOrder::parse(text("byte_order")).unwrap_or_else(|| panic!("vector {row}: bad byte_order")),
                layout: text("layout").to_owned(),
                value: row["value"].clone(),
                words: row["words"]
                    .as_array()
                    .unwrap_or_else(|| panic!("vector {row} has no `words`"))
                    .iter()
                    .map(|w| w.as_u64().and_then(|w| u16::try_from(w).ok()).unwrap_or_else(|| panic!("vector {row}: {w} is not a word")))
                    .collect(),
            }
        })
        .collect()
}

/// Decodes `v.words` as `T`, compares with `want`, and encodes `want` back to `v.words`.
fn round_trip<T: RegisterValue + PartialEq + Copy + std::fmt::Debug>(v: &Vector, want: T) {
    let desc = RegisterDescriptor::new("orders.value", Table::Holding, 0, v.data_type)
        .with_word_order(v.word_order)
        .with_byte_order(v.byte_order);
    let what = format!("{} {}", v.data_type.as_str(), v.layout);
    assert_eq!(T::decode(&desc, &v.words, v.word_order), Ok(want), "decode {what}");
    assert_eq!(encode_to_vec(&want, &desc, v.word_order), Ok(v.words.clone()), "encode {what}");
}

#[test]
fn every_numeric_type_in_every_order_decodes_and_encodes_as_the_vectors_say() {
    let all = vectors();
    let int = |v: &Vector| v.value.as_i64().unwrap_or_else(|| panic!("{} vector value {} is not an integer", v.layout, v.value));
    for v in &all {
        match v.data_type {
            DataType::U16 => round_trip(v, u16::try_from(int(v)).unwrap()),
            DataType::I16 => round_trip(v, i16::try_from(int(v)).unwrap()),
            DataType::U32 => round_trip(v, u32::try_from(int(v)).unwrap()),
            DataType::I32 => round_trip(v, i32::try_from(int(v)).unwrap()),
            DataType::U64 => round_trip(v, v.value.as_u64().unwrap()),
            DataType::I64 => round_trip(v, int(v)),
            // f32 values are exact in f32, so the comparison is exact.
            DataType::F32 => round_trip(v, v.value.as_f64().unwrap() as f32),
            DataType::F64 => round_trip(v, v.value.as_f64().unwrap()),
            other => panic!("byte order vectors are for 16/32/64-bit numbers, not {}", other.as_str()),
        }
        assert_eq!(ByteOrder::layout(v.data_type, v.word_order, v.byte_order), Some(v.layout.as_str()));
    }
    // Each type in each of its orders: 2 for 16-bit types, 4 for the wider ones.
    for (data_type, orders) in [
        (DataType::U16, 2),
        (DataType::I16, 2),
        (DataType::U32, 4),
        (DataType::I32, 4),
        (DataType::F32, 4),
        (DataType::U64, 4),
        (DataType::I64, 4),
        (DataType::F64, 4),
    ] {
        let layouts: std::collections::BTreeSet<&str> =
            all.iter().filter(|v| v.data_type == data_type).map(|v| v.layout.as_str()).collect();
        assert_eq!(layouts.len(), orders, "{}: vectors for {layouts:?}", data_type.as_str());
    }
}

#[test]
fn a_byte_swapped_u32_is_not_read_as_if_it_were_not() {
    // The bug this fixes: byte_order was ignored on numbers, giving 0x34127856.
    let desc = RegisterDescriptor::new("orders.value", Table::Holding, 0, DataType::U32).with_byte_order(ByteOrder::LowFirst);
    assert_eq!(u32::decode(&desc, &[0x3412, 0x7856], WordOrder::HighFirst), Ok(0x1234_5678));
}

#[test]
fn only_strings_take_the_devices_byte_order() {
    assert_eq!(ByteOrder::inherited(ByteOrder::LowFirst, DataType::String), ByteOrder::LowFirst);
    assert_eq!(ByteOrder::inherited(ByteOrder::LowFirst, DataType::U32), ByteOrder::HighFirst);
    assert_eq!(ByteOrder::inherited(ByteOrder::LowFirst, DataType::F64), ByteOrder::HighFirst);
    for t in [DataType::Bool, DataType::U8, DataType::I8, DataType::Raw] {
        assert!(!ByteOrder::applies_to(t), "{}", t.as_str());
        assert_eq!(ByteOrder::layout(t, WordOrder::HighFirst, ByteOrder::LowFirst), None);
    }
}
