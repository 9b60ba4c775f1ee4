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
