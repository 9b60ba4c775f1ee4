//! Byte-swapped numbers served by the simulator binary and read by pymodbus (a client
//! no one here wrote): a spec with one register per shared vector (`byte_orders` in
//! tests/vectors/values.json, every numeric type in every word and byte order, the
//! vector's value as its default) is served over TCP; pymodbus reads each register's
//! words and compares them with the vector, decodes them with its own
//! `convert_from_registers` (after swapping the bytes back where the vector says
//! `low_first`, since pymodbus knows word order only), writes another value encoded
//! the same way and reads it back. Two registers with a range show that the server
//! decodes a write in the register's byte order: the swapped words of an allowed
//! value pass, the same value unswapped is out of range (exception 03). The
//! words-apart vectors (`words_apart`, `high_word_at`) are served too, one block per
//! vector at its own unit id: each word at its address, the value read-only.

mod common;

use common::*;
use serde_json::Value;
use std::fmt::Write as _;

fn vectors() -> Vec<Value> {
    list("byte_orders")
}

fn list(name: &str) -> Vec<Value> {
    let path = workspace().join("tests/vectors/values.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let doc: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{} is not JSON: {e}", path.display()));
    doc[name].as_array().unwrap_or_else(|| panic!("{} has no `{name}` list", path.display())).clone()
}

fn register_name(v: &Value) -> String {
    format!("{}_{}", v["type"].as_str().unwrap(), v["layout"].as_str().unwrap().to_lowercase())
}

/// The spec: one holding register per vector, then the two ranged ones at 1000 and 1001,
/// then one block per words-apart vector.
fn spec(vectors: &[Value], apart: &[Value]) -> String {
    let mut text = String::from(
        "# Written by sim/tests/byte_orders.rs from tests/vectors/values.json.\n\
         device:\n  name: byte_orders\n  byte_order: low_first\nblocks:\n  - name: orders\n    table: holding\n    registers:\n",
    );
    let mut address = 0;
    for v in vectors {
        let _ = writeln!(
            text,
            "      - {{ name: {}, address: {address}, type: {}, word_order: {}, byte_order: {}, default: {} }}",
            register_name(v),
            v["type"].as_str().unwrap(),
            v["word_order"].as_str().unwrap(),
            v["byte_order"].as_str().unwrap(),
            v["value"],
        );
        address += v["words"].as_array().unwrap().len();
    }
    text.push_str(
        "      - { name: limit, address: 1000, type: u16, byte_order: low_first, min: 0, max: 1000 }\n\
         \x20     - { name: offset, address: 1001, type: i32, byte_order: low_first, min: -1000, max: 1000 }\n",
    );
    // The words-apart vectors: one block each at its own unit id (2, 3, ...), so each keeps
    // the vector's addresses (the Deye low word 664, high word 668), its value the default.
    for (k, v) in apart.iter().enumerate() {
        let _ = writeln!(
            text,
            "  - name: apart{k}\n    table: holding\n    unit_id: {}\n    registers:\n      - {{ name: value, address: {}, high_word_at: {}, type: {}, byte_order: {}, default: {} }}",
            k + 2,
            v["address"],
            v["high_word_at"],
            v["type"].as_str().unwrap(),
            v["byte_order"].as_str().unwrap(),
            v["value"],
        );
    }
    text
}

const CHECK: &str = r#"
types = {"u16": client.DATATYPE.UINT16, "i16": client.DATATYPE.INT16, "u32": client.DATATYPE.UINT32,
         "i32": client.DATATYPE.INT32, "f32": client.DATATYPE.FLOAT32, "u64": client.DATATYPE.UINT64,
         "i64": client.DATATYPE.INT64, "f64": client.DATATYPE.FLOAT64}
def swap(words):
    return [((w & 0xFF) << 8) | (w >> 8) for w in words]
def to_words(v, value):
    words = client.convert_to_registers(value, types[v["type"]], word_order="big" if v["word_order"] == "high_first" else "little")
    return swap(words) if v["byte_order"] == "low_first" else list(words)
def from_words(v, words):
    plain = swap(words) if v["byte_order"] == "low_first" else list(words)
    return client.convert_from_registers(plain, types[v["type"]], word_order="big" if v["word_order"] == "high_first" else "little")
def read(address, count):
    r = client.read_holding_registers(address, count=count, device_id=1)
    assert not r.isError(), (address, r)
    return list(r.registers)
checked = 0
for v in VECTORS:
    words = read(v["address"], len(v["words"]))
    assert words == v["words"], (v["name"], [hex(w) for w in words], [hex(w) for w in v["words"]])
    assert from_words(v, words) == v["value"], (v["name"], from_words(v, words), v["value"])
    assert to_words(v, v["value"]) == v["words"], (v["name"], "pymodbus encodes the vector's words")
    other = -v["value"] if v["type"][0] in "if" else v["value"] // 3
    written = to_words(v, other)
    r = client.write_registers(v["address"], written, device_id=1)
    assert not r.isError(), (v["name"], r)
    assert read(v["address"], len(written)) == written, v["name"]
    checked += 1
limit = {"type": "u16", "word_order": "high_first", "byte_order": "low_first"}
offset = {"type": "i32", "word_order": "high_first", "byte_order": "low_first"}
print("limit swapped", answer(lambda: client.write_registers(1000, to_words(limit, 500), device_id=1)))
print("limit unswapped", answer(lambda: client.write_registers(1000, [500], device_id=1)))
print("limit reads", from_words(limit, read(1000, 1)))
print("offset swapped", answer(lambda: client.write_registers(1001, to_words(offset, -5), device_id=1)))
print("offset unswapped", answer(lambda: client.write_registers(1001, client.convert_to_registers(-5, client.DATATYPE.INT32), device_id=1)))
print("offset reads", from_words(offset, read(1001, 2)))
print("checked", checked)
apart = 0
for k, v in enumerate(APART):
    unit = k + 2
    r = client.read_holding_registers(v["address"], count=1, device_id=unit)
    assert not r.isError() and list(r.registers) == [v["low"]], (v, r)
    r = client.read_holding_registers(v["high_word_at"], count=1, device_id=unit)
    assert not r.isError() and list(r.registers) == [v["high"]], (v, r)
    words = from_words({"type": v["type"], "word_order": "low_first", "byte_order": v["byte_order"]}, [v["low"], v["high"]])
    assert words == v["value"], (v, words)
    assert answer(lambda: client.write_register(v["high_word_at"], 7, device_id=unit)) == "exception 02", v
    apart += 1
print("apart checked", apart)
"#;

#[test]
fn pymodbus_reads_and_writes_every_byte_order_the_simulator_serves() {
    let vectors = vectors();
    let apart = list("words_apart");
    let spec_text = spec(&vectors, &apart);
    let dir = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("byte-orders");
    std::fs::create_dir_all(&dir).unwrap();
    let spec_path = dir.join("byte_orders.yaml");
    std::fs::write(&spec_path, &spec_text).unwrap();
    let mut address = 0;
    let for_python: Vec<Value> = vectors
        .iter()
        .map(|v| {
            let mut v = v.clone();
            v["name"] = Value::from(register_name(&v));
            v["address"] = Value::from(address);
            address += v["words"].as_array().unwrap().len();
            v
        })
        .collect();
    let sim = Sim::start(&spec_path, &[]);
    let out = sim.pymodbus(&format!(
        "import json\nVECTORS = json.loads({:?})\nAPART = json.loads({:?})\n{CHECK}",
        serde_json::to_string(&for_python).unwrap(),
        serde_json::to_string(&apart).unwrap()
    ));
    let lines: Vec<&str> = out.lines().collect();
    assert!(lines.contains(&format!("checked {}", vectors.len()).as_str()), "{out}");
    assert!(vectors.len() >= 28, "every order of every numeric type: {} vectors", vectors.len());
    assert!(lines.contains(&"limit swapped ok"), "{out}");
    assert!(lines.contains(&"limit unswapped exception 03"), "500 unswapped is 0xF401 = 62465 > max 1000:\n{out}");
    assert!(lines.contains(&"limit reads 500"), "the refused write left the value:\n{out}");
    assert!(lines.contains(&"offset swapped ok"), "{out}");
    assert!(lines.contains(&"offset unswapped exception 03"), "-5 unswapped is out of -1000..1000 when byte-swapped:\n{out}");
    assert!(lines.contains(&"offset reads -5"), "{out}");
    assert!(apart.len() >= 6, "{} words_apart vectors", apart.len());
    assert!(lines.contains(&format!("apart checked {}", apart.len()).as_str()), "every words-apart vector served:\n{out}");
}
