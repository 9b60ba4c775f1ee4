//! The shared converting-alias vectors (`aliases` in tests/vectors/values.json, also
//! read by tests/python/test_byte_orders.py and sim/tests/aliases.rs): a target and
//! an alias with another type, scale, offset or order, the words of one value on
//! each side, and the crossings that must fail. Each case goes through the one rule
//! (`codec::convert`) and the server's use of it (`dispatch::alias_read`, exception
//! 04 or the alias's sentinel; `dispatch::alias_write`, exception 03).

use modbus_map_core::codec::{self, DecodeError, RegisterValue};
use modbus_map_core::dispatch::{alias_read, alias_write, Exception};
use modbus_map_core::{ByteOrder, DataType, RegisterDescriptor, Table, WordOrder};
use serde_json::Value;

fn cases() -> Vec<Value> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/vectors/values.json");
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    let doc: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path} is not JSON: {e}"));
    let rows = doc["aliases"].as_array().unwrap_or_else(|| panic!("{path} has no `aliases` list")).clone();
    assert!(rows.len() >= 20, "{path}: only {} converting-alias vectors", rows.len());
    rows
}

/// A descriptor as the vector gives it: the spec's defaults for every key it leaves out.
fn descriptor(name: &'static str, address: u16, d: &Value) -> RegisterDescriptor {
    let text = |key: &str| d[key].as_str();
    let data_type = DataType::parse(text("type").unwrap_or_else(|| panic!("{d} has no type"))).unwrap_or_else(|| panic!("{d}: unknown type"));
    let mut desc = RegisterDescriptor::new(name, Table::Holding, address, data_type)
        .with_scale(d["scale"].as_f64().unwrap_or(1.0), d["offset"].as_f64().unwrap_or(0.0))
        .with_word_order(text("word_order").map_or(WordOrder::HighFirst, |o| WordOrder::parse(o).expect("a word order")))
        .with_byte_order(text("byte_order").map_or(ByteOrder::HighFirst, |o| ByteOrder::parse(o).expect("a byte order")));
    if let Some(s) = d["sentinel"].as_array() {
        let patterns: Vec<u64> = s.iter().map(|p| p.as_u64().expect("a sentinel bit pattern")).collect();
        desc = desc.with_sentinels(Box::leak(patterns.into_boxed_slice()));
    }
    if let Some(min) = d["min"].as_f64() {
        desc = desc.with_min(min);
    }
    if let Some(max) = d["max"].as_f64() {
        desc = desc.with_max(max);
    }
    desc
}

fn words(case: &Value, key: &str) -> Option<Vec<u16>> {
    case[key].as_array().map(|a| a.iter().map(|w| w.as_u64().and_then(|w| u16::try_from(w).ok()).unwrap_or_else(|| panic!("{case}: {w} is not a word"))).collect())
}

/// The engineering value `words` hold, as the vectors write it: an unscaled integer
/// exactly (a u64 beyond 2^53 too), `null` for not available, `"nan"` for NaN.
fn engineering(d: &RegisterDescriptor, w: &[u16]) -> Value {
    let integer = d.data_type.is_integer() && !codec::is_scaled(d.scale, d.offset);
    let got = if integer && d.data_type == DataType::U64 {
        u64::decode(d, w, d.word_order).map(Value::from)
    } else if integer {
        i64::decode(d, w, d.word_order).map(Value::from)
    } else {
        f64::decode(d, w, d.word_order).map(|v| if v.is_nan() { Value::from("nan") } else { Value::from(v) })
    };
    match got {
        Ok(v) => v,
        Err(DecodeError::NotAvailable { .. }) => Value::Null,
        Err(e) => panic!("{}: {w:?} do not decode: {e}", d.name),
    }
}

fn same(d: &RegisterDescriptor, got: &Value, want: &Value) -> bool {
    match (got.as_f64(), want.as_f64()) {
        (Some(g), Some(w)) if got.is_f64() || want.is_f64() => codec::same_number(d.data_type, g, w),
        _ => got == want,
    }
}

#[test]
fn every_converting_alias_vector_crosses_as_it_says() {
    let (mut reads, mut writes, mut refused) = (0, 0, 0);
    for case in cases() {
        let name = case["name"].as_str().unwrap_or_else(|| panic!("{case} has no name"));
        let target = descriptor("v.target", 0, &case["target"]);
        let alias = descriptor("v.alias", 8, &case["alias"]).with_alias_of("v.target");
        let value = &case["value"];
        let alias_value = case.get("alias_value").unwrap_or(value);
        let target_words = words(&case, "target_words");
        let alias_words = words(&case, "alias_words");
        // Each side's words hold the case's value in its own codec.
        if let Some(tw) = &target_words {
            assert!(same(&target, &engineering(&target, tw), value), "{name}: target words {tw:?} are not {value}");
        }
        if let Some(aw) = &alias_words {
            let want = if case["write"].is_null() { alias_value } else { value };
            assert!(same(&alias, &engineering(&alias, aw), want), "{name}: alias words {aw:?} are not {want}");
        }
        match &case["read"] {
            Value::Null => {}
            Value::String(ok) if ok == "ok" => {
                let (tw, aw) = (target_words.as_deref().expect("a read needs target_words"), alias_words.as_deref().expect("and alias_words"));
                let mut out = vec![0u16; usize::from(alias.width)];
                assert_eq!(alias_read(&alias, &target, tw, &mut out), Ok(()), "{name}: read through the alias");
                assert_eq!(out, aw, "{name}: the alias serves other words");
                // The rule itself, where it succeeds (a sentinel instead is the server's answer).
                if !alias_value.is_null() || value.is_null() {
                    let mut direct = vec![0u16; usize::from(alias.width)];
                    assert_eq!(codec::convert(&target, tw, &alias, &mut direct, false), Ok(()), "{name}: convert");
                    assert_eq!(direct, aw, "{name}: convert gives other words");
                }
                reads += 1;
            }
            Value::Number(n) if n.as_u64() == Some(4) => {
                let tw = target_words.as_deref().expect("a refused read needs target_words");
                let mut out = vec![0u16; usize::from(alias.width)];
                assert_eq!(alias_read(&alias, &target, tw, &mut out), Err(Exception::ServerDeviceFailure), "{name}: expected exception 04");
                assert!(codec::convert(&target, tw, &alias, &mut out, false).is_err(), "{name}: convert should refuse");
                refused += 1;
            }
            other => panic!("{name}: `read` is {other}, not \"ok\" or 4"),
        }
        match &case["write"] {
            Value::Null => {}
            Value::String(ok) if ok == "ok" => {
                let (tw, aw) = (target_words.as_deref().expect("a write needs target_words"), alias_words.as_deref().expect("and alias_words"));
                let mut out = vec![0u16; usize::from(target.width)];
                assert_eq!(alias_write(&alias, &target, aw, &mut out), Ok(()), "{name}: write through the alias");
                assert_eq!(out, tw, "{name}: the target stores other words");
                writes += 1;
            }
            Value::Number(n) if n.as_u64() == Some(3) => {
                let aw = alias_words.as_deref().expect("a refused write needs alias_words");
                let mut out = vec![0u16; usize::from(target.width)];
                assert_eq!(alias_write(&alias, &target, aw, &mut out), Err(Exception::IllegalDataValue), "{name}: expected exception 03");
                refused += 1;
            }
            other => panic!("{name}: `write` is {other}, not \"ok\" or 3"),
        }
    }
    assert!(reads >= 8 && writes >= 8 && refused >= 8, "{reads} reads, {writes} writes, {refused} refusals checked");
}
