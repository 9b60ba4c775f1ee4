//! Every protocol rule of issue 4, checked over real TCP on 127.0.0.1 against the
//! simulator serving tests/fixtures/rules.yaml: with tokio-modbus's client where it
//! can express the request, with raw frames where it cannot (bad quantities, bad coil values).

mod common;

use common::*;
use tokio_modbus::client::{Reader, Writer};
use tokio_modbus::{ExceptionCode, Slave};

async fn client(running: &modbus_map_sim::Running, unit: u8) -> tokio_modbus::client::Context {
    tokio_modbus::client::tcp::connect_slave(running.addr, Slave(unit)).await.expect("connects")
}

#[tokio::test]
async fn tokio_modbus_client_reads_spec_defaults_from_every_table() {
    let sim = start(&fixture("rules.yaml"), false).await;
    let mut c = client(&sim, 1).await;
    // setpoint 45.5 °C at scale 0.1 is raw 455; mode `eco` is 1.
    assert_eq!(c.read_holding_registers(0, 2).await.unwrap().unwrap(), vec![455, 1]);
    assert_eq!(c.read_holding_registers(2, 2).await.unwrap().unwrap(), vec![0x0001, 0xE240], "u32 123456 high word first");
    let total = 1.5f32.to_bits();
    assert_eq!(
        c.read_input_registers(0, 3).await.unwrap().unwrap(),
        vec![-12i16 as u16, (total >> 16) as u16, total as u16]
    );
    assert_eq!(c.read_coils(0, 3).await.unwrap().unwrap(), vec![true, false, false]);
    assert_eq!(c.read_discrete_inputs(0, 2).await.unwrap().unwrap(), vec![true, false]);
    let mut unit2 = client(&sim, 2).await;
    assert_eq!(unit2.read_holding_registers(0, 1).await.unwrap().unwrap(), vec![2], "unit 2 has its own map");
    sim.stop().await.unwrap();
}

#[tokio::test]
async fn quantities_outside_the_protocol_limits_get_exception_03() {
    let sim = start(&fixture("rules.yaml"), false).await;
    let mut raw = Raw::connect(&sim).await;
    for (fc, quantity) in [(3u8, 0u16), (3, 126), (4, 0), (4, 126), (1, 0), (1, 2001), (2, 2001)] {
        assert_eq!(exception_of(fc, &raw.ask(1, &read(fc, 0, quantity)).await), Some(3), "fc {fc:02X} quantity {quantity}");
    }
    // FC16 with 124 registers: tokio-modbus's codec would drop the connection; we answer 03.
    let words124 = vec![0u16; 124];
    assert_eq!(exception_of(0x10, &raw.ask(1, &write_registers(0, &words124)).await), Some(3));
    // FC15 with 1969 coils (byte count 247).
    let mut pdu = read(0x0F, 0, 1969);
    pdu.push(247);
    pdu.extend(std::iter::repeat_n(0u8, 247));
    // That PDU is 253 bytes: the longest legal one.
    assert_eq!(exception_of(0x0F, &raw.ask(1, &pdu).await), Some(3));
    // A byte count that disagrees with the quantity.
    assert_eq!(exception_of(0x10, &raw.ask(1, &[0x10, 0, 0, 0, 2, 3, 0, 1, 0]).await), Some(3));
    // FC23 writing 122 registers.
    let mut pdu = vec![0x17, 0, 0, 0, 1, 0, 0, 0, 122, 244];
    pdu.extend(std::iter::repeat_n(0u8, 244));
    assert_eq!(exception_of(0x17, &raw.ask(1, &pdu).await), Some(3));
    // A register count ≥ 0x8000 overflows tokio-modbus's own check; we stay up and answer.
    assert_eq!(exception_of(0x10, &raw.ask(1, &[0x10, 0, 0, 0x80, 0, 0]).await), Some(3));
    assert_eq!(words(&raw.ask(1, &read(3, 0, 1)).await), vec![455], "the connection still works");
    sim.stop().await.unwrap();
}

#[tokio::test]
async fn unmapped_and_partial_addresses_get_exception_02_unless_gaps_are_allowed() {
    let sim = start(&fixture("rules.yaml"), false).await;
    let mut c = client(&sim, 1).await;
    assert_eq!(c.read_holding_registers(7, 1).await.unwrap(), Err(ExceptionCode::IllegalDataAddress), "unmapped");
    assert_eq!(c.read_holding_registers(6, 2).await.unwrap(), Err(ExceptionCode::IllegalDataAddress), "ends in a gap");
    assert_eq!(c.read_holding_registers(3, 1).await.unwrap(), Err(ExceptionCode::IllegalDataAddress), "starts inside energy");
    assert_eq!(c.read_holding_registers(1, 2).await.unwrap(), Err(ExceptionCode::IllegalDataAddress), "ends inside energy");
    assert_eq!(c.write_single_register(3, 1).await.unwrap(), Err(ExceptionCode::IllegalDataAddress), "write inside energy");
    assert_eq!(c.read_holding_registers(20, 4).await.unwrap().unwrap(), vec![7, 0, 0, 9], "block with allow_gaps");
    assert_eq!(c.read_holding_registers(19, 2).await.unwrap(), Err(ExceptionCode::IllegalDataAddress), "gap outside the block");
    assert_eq!(c.read_coils(3, 1).await.unwrap(), Err(ExceptionCode::IllegalDataAddress));
    assert_eq!(c.read_input_registers(65535, 1).await.unwrap(), Err(ExceptionCode::IllegalDataAddress));
    let mut raw = Raw::connect(&sim).await;
    assert_eq!(exception_of(3, &raw.ask(1, &read(3, 65535, 2)).await), Some(2), "past the end of the address space");
    sim.stop().await.unwrap();
}

#[tokio::test]
async fn access_rules_and_value_checks() {
    let sim = start(&fixture("rules.yaml"), false).await;
    let mut c = client(&sim, 1).await;
    assert_eq!(c.write_single_register(2, 1).await.unwrap(), Err(ExceptionCode::IllegalDataAddress), "read-only");
    assert_eq!(c.read_holding_registers(4, 1).await.unwrap(), Err(ExceptionCode::IllegalDataAddress), "write-only");
    assert_eq!(c.write_single_register(4, 1234).await.unwrap(), Ok(()), "write-only accepts writes");
    assert_eq!(c.write_single_register(0, 651).await.unwrap(), Err(ExceptionCode::IllegalDataValue), "65.1 > max 65");
    assert_eq!(c.write_single_register(0, 199).await.unwrap(), Err(ExceptionCode::IllegalDataValue), "19.9 < min 20");
    assert_eq!(c.write_single_register(0, 650).await.unwrap(), Ok(()), "65.0 is the max");
    assert_eq!(c.write_single_register(1, 3).await.unwrap(), Err(ExceptionCode::IllegalDataValue), "unnamed enum value");
    assert_eq!(c.write_single_register(6, (-51i16) as u16).await.unwrap(), Err(ExceptionCode::IllegalDataValue), "i16 below min");
    assert_eq!(c.write_single_register(6, (-50i16) as u16).await.unwrap(), Ok(()));
    assert_eq!(c.write_single_coil(1, true).await.unwrap(), Ok(()));
    assert_eq!(c.read_coils(1, 1).await.unwrap().unwrap(), vec![true]);
    let mut raw = Raw::connect(&sim).await;
    assert_eq!(exception_of(5, &raw.ask(1, &write_single(5, 1, 0x1234)).await), Some(3), "coil value not 0/FF00");
    assert_eq!(exception_of(5, &raw.ask(1, &write_single(5, 1, 0x00FF)).await), Some(3));
    assert_eq!(raw.ask(1, &write_single(5, 1, 0x0000)).await, write_single(5, 1, 0), "FC05 echoes the request");
    assert_eq!(exception_of(0x2B, &raw.ask(1, &[0x2B, 0x0E, 1, 0]).await), Some(1), "unsupported function");
    assert_eq!(exception_of(0x07, &raw.ask(1, &[0x07]).await), Some(1));
    sim.stop().await.unwrap();
}

#[tokio::test]
async fn a_rejected_multi_register_write_changes_nothing() {
    let sim = start(&fixture("rules.yaml"), false).await;
    let mut c = client(&sim, 1).await;
    // setpoint valid, mode invalid: nothing is written.
    assert_eq!(c.write_multiple_registers(0, &[500, 7]).await.unwrap(), Err(ExceptionCode::IllegalDataValue));
    assert_eq!(c.read_holding_registers(0, 2).await.unwrap().unwrap(), vec![455, 1]);
    // Valid values, but the range ends inside energy: nothing is written.
    assert_eq!(c.write_multiple_registers(0, &[500, 2, 0]).await.unwrap(), Err(ExceptionCode::IllegalDataAddress));
    assert_eq!(c.read_holding_registers(0, 2).await.unwrap().unwrap(), vec![455, 1]);
    // Coils: `valve` is safety-relevant, so the run/pump part is not applied either.
    assert_eq!(c.write_multiple_coils(0, &[false, true, true]).await.unwrap(), Err(ExceptionCode::IllegalFunction));
    assert_eq!(c.read_coils(0, 2).await.unwrap().unwrap(), vec![true, false]);
    // FC23: the write is applied before the read, in one request.
    assert_eq!(c.read_write_multiple_registers(0, 2, 0, &[300, 2]).await.unwrap().unwrap(), vec![300, 2]);
    // FC23 whose read part fails writes nothing.
    assert_eq!(c.read_write_multiple_registers(4, 1, 0, &[400]).await.unwrap(), Err(ExceptionCode::IllegalDataAddress));
    assert_eq!(c.read_holding_registers(0, 1).await.unwrap().unwrap(), vec![300]);
    assert_eq!(c.write_multiple_registers(0, &[500, 0]).await.unwrap(), Ok(()));
    assert_eq!(c.read_holding_registers(0, 2).await.unwrap().unwrap(), vec![500, 0]);
    sim.stop().await.unwrap();
}

#[tokio::test]
async fn aliases_serve_one_value_at_both_addresses() {
    let sim = start(&fixture("rules.yaml"), false).await;
    let mut c = client(&sim, 1).await;
    assert_eq!(c.read_holding_registers(10, 1).await.unwrap().unwrap(), vec![455]);
    c.write_single_register(10, 333).await.unwrap().unwrap();
    assert_eq!(c.read_holding_registers(0, 1).await.unwrap().unwrap(), vec![333]);
    c.write_single_register(0, 222).await.unwrap().unwrap();
    assert_eq!(c.read_holding_registers(10, 1).await.unwrap().unwrap(), vec![222]);
    assert_eq!(c.write_single_register(10, 700).await.unwrap(), Err(ExceptionCode::IllegalDataValue), "alias keeps the range");
    sim.stop().await.unwrap();
}

#[tokio::test]
async fn safety_registers_are_refused_with_01_unless_enabled() {
    let locked = start(&fixture("rules.yaml"), false).await;
    let mut c = client(&locked, 1).await;
    assert_eq!(c.write_single_register(5, 2000).await.unwrap(), Err(ExceptionCode::IllegalFunction));
    assert_eq!(c.write_single_coil(2, true).await.unwrap(), Err(ExceptionCode::IllegalFunction));
    assert_eq!(c.read_holding_registers(5, 1).await.unwrap().unwrap(), vec![1000], "still readable, unchanged");
    locked.stop().await.unwrap();

    let open = start(&fixture("rules.yaml"), true).await;
    let mut c = client(&open, 1).await;
    assert_eq!(c.write_single_register(5, 2000).await.unwrap(), Ok(()));
    assert_eq!(c.write_single_coil(2, true).await.unwrap(), Ok(()));
    assert_eq!(c.read_holding_registers(5, 1).await.unwrap().unwrap(), vec![2000]);
    open.stop().await.unwrap();
}

#[tokio::test]
async fn unknown_unit_ids_get_exception_0b_over_tcp() {
    let sim = start(&fixture("rules.yaml"), false).await;
    let mut c = client(&sim, 9).await;
    assert_eq!(c.read_holding_registers(0, 1).await.unwrap(), Err(ExceptionCode::GatewayTargetDevice));
    let mut raw = Raw::connect(&sim).await;
    assert_eq!(exception_of(3, &raw.ask(200, &read(3, 0, 1)).await), Some(0x0B));
    // 0xFF is "the server itself" in Modbus TCP: the device's default unit.
    assert_eq!(words(&raw.ask(0xFF, &read(3, 0, 1)).await), vec![455]);
    sim.stop().await.unwrap();
}

#[tokio::test]
async fn junk_closes_only_the_connection_that_sent_it() {
    use tokio::io::AsyncWriteExt;
    let sim = start(&fixture("rules.yaml"), false).await;
    let mut good = Raw::connect(&sim).await;
    let mut junk = Raw::connect(&sim).await;
    junk.stream.write_all(b"GET / HTTP/1.1\r\n\r\n").await.unwrap();
    assert_eq!(junk.answer().await, None, "not Modbus TCP: closed without an answer");
    let mut half = Raw::connect(&sim).await;
    half.stream.write_all(&[0, 1, 0, 0, 0, 6, 1, 3, 0]).await.unwrap();
    drop(half);
    assert_eq!(words(&good.ask(1, &read(3, 0, 2)).await), vec![455, 1]);
    sim.stop().await.unwrap();
}

#[tokio::test]
async fn pipelined_and_split_frames_are_answered_in_order() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let frame = |tid: u16, pdu: &[u8]| [&tid.to_be_bytes()[..], &[0, 0], &((pdu.len() + 1) as u16).to_be_bytes(), &[1], pdu].concat();
    let sim = start(&fixture("rules.yaml"), false).await;
    let mut raw = Raw::connect(&sim).await;
    // 200 requests in one write (more than the server reads at once), the 201st split across two writes.
    let mut bytes: Vec<u8> = (1..=200u16).flat_map(|tid| frame(tid, &read(3, 0, 2))).collect();
    let last = frame(201, &read(3, 0, 2));
    bytes.extend_from_slice(&last[..5]);
    raw.stream.write_all(&bytes).await.unwrap();
    for tid in 1..=201u16 {
        if tid == 201 {
            raw.stream.write_all(&last[5..]).await.unwrap();
        }
        let mut answer = [0u8; 7 + 6];
        raw.stream.read_exact(&mut answer).await.unwrap();
        assert_eq!(u16::from_be_bytes([answer[0], answer[1]]), tid, "answers in request order");
        assert_eq!(words(&answer[7..]), vec![455, 1]);
    }
    // A good request followed by junk in the same write: the request is answered, then the connection closes.
    let mut bytes = frame(202, &read(3, 0, 2));
    bytes.extend_from_slice(b"GET / HTTP/1.1\r\n\r\n");
    raw.stream.write_all(&bytes).await.unwrap();
    let mut answer = [0u8; 7 + 6];
    raw.stream.read_exact(&mut answer).await.unwrap();
    assert_eq!((u16::from_be_bytes([answer[0], answer[1]]), words(&answer[7..])), (202, vec![455, 1]));
    assert_eq!(raw.stream.read(&mut answer).await.unwrap(), 0, "closed after the junk");
    sim.stop().await.unwrap();
}
