//! Converting aliases over real TCP on 127.0.0.1: the simulator serving
//! sim/tests/fixtures/aliases.yaml, tokio-modbus as the client. One value, stored
//! once by its target, served at every alias address in the alias's own type,
//! width, scale and word order; a write the target cannot hold gets exception 03
//! and changes nothing, a read the alias cannot represent gets exception 04
//! (or the alias's sentinel).

mod common;

use common::*;
use tokio_modbus::client::{Reader, Writer};
use tokio_modbus::{ExceptionCode, Slave};

fn i32_words(value: i32) -> Vec<u16> {
    vec![(value as u32 >> 16) as u16, value as u32 as u16]
}

#[tokio::test]
async fn one_value_reads_and_writes_converted_at_every_alias_address() {
    let sim = start(&fixture("aliases.yaml"), false).await;
    let mut c = tokio_modbus::client::tcp::connect_slave(sim.addr, Slave(100)).await.expect("connects");
    // battery.power 700 W; power_centi 70000 centi-W; charge_power 700; energy 1234.5 kWh
    // (raw 12345) high word first, then low word first; temperature 21.5 °C as f32, then 215 deci-°C.
    let t = 21.5f32.to_bits();
    assert_eq!(
        c.read_holding_registers(0, 11).await.unwrap().unwrap(),
        vec![700, 0x0001, 0x1170, 700, 0, 12345, 12345, 0, (t >> 16) as u16, t as u16, 215]
    );

    // Write 1200 W through the centi-W copy: the one value changes everywhere.
    c.write_multiple_registers(1, &i32_words(120_000)).await.unwrap().unwrap();
    assert_eq!(c.read_holding_registers(0, 4).await.unwrap().unwrap(), vec![1200, 0x0001, 0xD4C0, 1200]);
    // And through the W register: the centi-W copy reads it converted.
    c.write_single_register(0, 700).await.unwrap().unwrap();
    assert_eq!(c.read_holding_registers(1, 2).await.unwrap().unwrap(), i32_words(70_000), "700 W is 70000 centi-W");

    // 1234.56 W: the target holds whole watts only; 40000 W is beyond its i16.
    for centi in [123_456, 4_000_000] {
        assert_eq!(c.write_multiple_registers(1, &i32_words(centi)).await.unwrap(), Err(ExceptionCode::IllegalDataValue), "{centi} centi-W");
    }
    assert_eq!(c.write_single_register(3, 40_000).await.unwrap(), Err(ExceptionCode::IllegalDataValue), "40000 W through the u16 copy");
    assert_eq!(c.write_single_register(3, 0xFFFF).await.unwrap(), Err(ExceptionCode::IllegalDataValue), "n/a: the target has no sentinel");
    assert_eq!(c.read_holding_registers(0, 4).await.unwrap().unwrap(), vec![700, 0x0001, 0x1170, 700], "state unchanged");

    // -5 W: the unsigned copy reads its sentinel (not available), the centi-W one -500.
    c.write_single_register(0, -5i16 as u16).await.unwrap().unwrap();
    assert_eq!(c.read_holding_registers(1, 3).await.unwrap().unwrap(), [i32_words(-500), vec![0xFFFF]].concat());

    // The word-swapped copy and the rounded float copy write the one value too.
    c.write_multiple_registers(6, &[20000, 0]).await.unwrap().unwrap();
    assert_eq!(c.read_holding_registers(4, 2).await.unwrap().unwrap(), vec![0, 20000]);
    c.write_single_register(10, 225).await.unwrap().unwrap();
    let t = 22.5f32.to_bits();
    assert_eq!(c.read_holding_registers(8, 2).await.unwrap().unwrap(), vec![(t >> 16) as u16, t as u16]);
    sim.stop().await.unwrap();
}

#[tokio::test]
async fn a_value_the_alias_cannot_represent_is_exception_04_until_it_can() {
    let sim = start(&fixture("aliases.yaml"), false).await;
    let mut c = tokio_modbus::client::tcp::connect_slave(sim.addr, Slave(100)).await.expect("connects");
    // grid.power starts at -40000 W, beyond the i16 copy at 102: never a saturated number.
    assert_eq!(c.read_holding_registers(100, 2).await.unwrap().unwrap(), i32_words(-40_000));
    assert_eq!(c.read_holding_registers(102, 1).await.unwrap(), Err(ExceptionCode::ServerDeviceFailure));
    assert_eq!(c.read_holding_registers(100, 3).await.unwrap(), Err(ExceptionCode::ServerDeviceFailure), "a block holding it fails whole");
    // Written through the copy, the 32-bit value follows, and the copy reads again.
    c.write_single_register(102, -1000i16 as u16).await.unwrap().unwrap();
    assert_eq!(c.read_holding_registers(100, 3).await.unwrap().unwrap(), [i32_words(-1000), vec![-1000i16 as u16]].concat());
    sim.stop().await.unwrap();
}

/// The shared converting-alias vectors (`aliases` in tests/vectors/values.json, also
/// read by core/tests/aliases.rs and tests/python/test_byte_orders.py) served by the
/// simulator: one block per case, its target at the block's base and its alias 8
/// registers on, written into a spec here. Each case's target words are written to
/// the target and read through the alias (its words, or exception 04); its alias words
/// are written through the alias and read at the target (its words, or exception 03
/// with the target unchanged).
#[tokio::test]
async fn the_shared_alias_vectors_cross_over_tcp_as_they_say() {
    use serde_json::Value;
    let path = workspace().join("tests/vectors/values.json");
    let doc: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let cases = doc["aliases"].as_array().unwrap_or_else(|| panic!("{} has no `aliases` list", path.display())).clone();
    assert!(cases.len() >= 20, "only {} alias vectors", cases.len());
    let spec = alias_vectors_spec(&cases, "Written by sim/tests/aliases.rs from tests/vectors/values.json.");
    let dir = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("alias-vectors");
    std::fs::create_dir_all(&dir).unwrap();
    let spec_path = dir.join("alias_vectors.yaml");
    std::fs::write(&spec_path, &spec).unwrap();
    let sim = start(&spec_path, false).await;
    let mut c = tokio_modbus::client::tcp::connect_slave(sim.addr, Slave(1)).await.expect("connects");
    let words = |case: &Value, key: &str| -> Option<Vec<u16>> { case[key].as_array().map(|a| a.iter().map(|w| w.as_u64().unwrap() as u16).collect()) };
    let mut checked = 0;
    for (k, case) in cases.iter().enumerate() {
        let name = case["name"].as_str().unwrap();
        let (target, alias) = (16 * k as u16, 16 * k as u16 + 8);
        let (tw, aw) = (words(case, "target_words"), words(case, "alias_words"));
        let width = |d: &Value| match d["type"].as_str().unwrap() {
            "u16" | "i16" => 1,
            "u32" | "i32" | "f32" => 2,
            _ => 4,
        };
        let (target_width, alias_width) = (width(&case["target"]), width(&case["alias"]));
        if case["value"] == "nan" {
            // No client may write NaN (exception 03), so over TCP this target never holds
            // it; core/tests/aliases.rs reads it through the alias (04) from the words.
            let tw = tw.as_deref().unwrap();
            assert_eq!(c.write_multiple_registers(target, tw).await.unwrap(), Err(ExceptionCode::IllegalDataValue), "{name}: a NaN write");
            checked += 1;
            continue;
        }
        if let Some(tw) = &tw {
            c.write_multiple_registers(target, tw).await.unwrap().unwrap_or_else(|e| panic!("{name}: the target refuses its words: {e:?}"));
            match &case["read"] {
                Value::String(ok) if ok == "ok" => {
                    assert_eq!(c.read_holding_registers(alias, alias_width).await.unwrap().as_deref(), Ok(&aw.clone().unwrap()[..]), "{name}: read through the alias");
                }
                Value::Number(n) if n.as_u64() == Some(4) => {
                    assert_eq!(c.read_holding_registers(alias, alias_width).await.unwrap(), Err(ExceptionCode::ServerDeviceFailure), "{name}: expected exception 04");
                }
                other => panic!("{name}: `read` is {other}"),
            }
            checked += 1;
        }
        if let Some(aw) = &aw {
            let before = c.read_holding_registers(target, target_width).await.unwrap().unwrap();
            match &case["write"] {
                Value::String(ok) if ok == "ok" => {
                    c.write_multiple_registers(target, &vec![0; usize::from(target_width)]).await.unwrap().unwrap();
                    c.write_multiple_registers(alias, aw).await.unwrap().unwrap_or_else(|e| panic!("{name}: write through the alias: {e:?}"));
                    assert_eq!(c.read_holding_registers(target, target_width).await.unwrap().unwrap(), tw.clone().unwrap(), "{name}: the target stores other words");
                }
                Value::Number(n) if n.as_u64() == Some(3) => {
                    assert_eq!(c.write_multiple_registers(alias, aw).await.unwrap(), Err(ExceptionCode::IllegalDataValue), "{name}: expected exception 03");
                    assert_eq!(c.read_holding_registers(target, target_width).await.unwrap().unwrap(), before, "{name}: a refused write changed the target");
                }
                Value::Null => continue,
                other => panic!("{name}: `write` is {other}"),
            }
            checked += 1;
        }
    }
    assert!(checked >= 30, "only {checked} crossings checked");
    sim.stop().await.unwrap();
}

include!("../../tests/vectors/alias_vectors_spec.rs");
