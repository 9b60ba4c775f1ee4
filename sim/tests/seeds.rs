//! Every seed spec served by the simulator and read back register by register with
//! tokio-modbus's client over TCP (and one seed over RTU on a socat pty pair):
//! every readable register answers with its spec default, every writable one round-trips.

mod common;

use common::*;
use modbus_map_codegen::layout::default_words;
use modbus_map_codegen::ir::{self, Table};
use modbus_map_sim::{load, server, Options};
use std::path::PathBuf;
use std::time::Duration;
use tokio_modbus::client::{Context, Reader, Writer};
use tokio_modbus::Slave;

const SEEDS: [&str; 5] = ["askoheat_plus.yaml", "clage_dsx.csv", "clivet.yaml", "ems_esp.yaml", "heishamon.yaml"];

fn seed(name: &str) -> PathBuf {
    workspace().join("specs").join(name)
}

async fn read(c: &mut Context, r: &ir::Register) -> Vec<u16> {
    let (a, n) = (r.address, r.width);
    let bits = |b: Vec<bool>| b.into_iter().map(u16::from).collect::<Vec<u16>>();
    let result = match r.table {
        Table::Coil => c.read_coils(a, n).await.map(|x| x.map(bits)),
        Table::Discrete => c.read_discrete_inputs(a, n).await.map(|x| x.map(bits)),
        Table::Input => c.read_input_registers(a, n).await,
        Table::Holding => c.read_holding_registers(a, n).await,
    };
    match result {
        Ok(Ok(words)) => words,
        other => panic!("{} (unit {}, {} {a}): {other:?}", r.qualified_name, r.unit_id, r.table.as_str()),
    }
}

/// Reads every readable register and checks a write of its own default round-trips.
async fn check_device(device: &ir::Device, mut connect: impl AsyncFnMut(u8) -> Context) -> usize {
    let mut checked = 0;
    let mut changed = 0;
    let mut units = std::collections::BTreeMap::new();
    for r in &device.registers {
        if let std::collections::btree_map::Entry::Vacant(slot) = units.entry(r.unit_id) {
            slot.insert(connect(r.unit_id).await);
        }
        let c = units.get_mut(&r.unit_id).unwrap();
        let expected = default_words(device, r);
        if r.access.readable() {
            assert_eq!(read(c, r).await, expected, "{} in {}", r.qualified_name, device.name);
            checked += 1;
        }
        if r.access.writable() && r.access.readable() && !r.keys.safety && r.default.is_some() {
            let written = match r.table {
                Table::Coil => c.write_single_coil(r.address, expected[0] != 0).await,
                _ => c.write_multiple_registers(r.address, &expected).await,
            };
            assert_eq!(written.unwrap(), Ok(()), "writing the default of {} back", r.qualified_name);
            assert_eq!(read(c, r).await, expected, "{} after the write", r.qualified_name);
        }
        // A server that acknowledged writes and dropped them would pass the check above:
        // write a different valid value, read it back, then restore the default.
        // Only where the current value is valid to restore (aliases read later expect it): a
        // spec default, or the 0 of a coil or of an integer without range or enumeration.
        if let Some(other) = other_valid_words(device, r, &expected).filter(|_| r.default.is_some() || r.enumeration.is_none()) {
            changed += 1;
            assert_eq!(write_words(c, r, &other).await, Ok(()), "writing {other:?} to {}", r.qualified_name);
            if r.keys.self_clearing {
                // A command: executed, then back at its idle value (the default) at once.
                assert_eq!(read(c, r).await, expected, "{} clears itself after the write", r.qualified_name);
            } else {
                assert_eq!(read(c, r).await, other, "{} after writing another value", r.qualified_name);
            }
            assert_eq!(write_words(c, r, &expected).await, Ok(()), "restoring {}", r.qualified_name);
        }
    }
    eprintln!("{}: {checked} registers read, {changed} written with another value and restored", device.name);
    checked
}

async fn write_words(c: &mut Context, r: &ir::Register, words: &[u16]) -> Result<(), tokio_modbus::ExceptionCode> {
    let written = match r.table {
        Table::Coil => c.write_single_coil(r.address, words[0] != 0).await,
        _ => c.write_multiple_registers(r.address, words).await,
    };
    written.expect("no transport error on loopback")
}

/// Words of a valid value other than `current` for writable, readable, non-safety registers
/// whose rules are simple: coils, enumerations with another named value, and one-word
/// integers without a range (flipping the lowest bit keeps u8, i8, u16 and i16 in range).
fn other_valid_words(device: &ir::Device, r: &ir::Register, current: &[u16]) -> Option<Vec<u16>> {
    if !(r.access.writable() && r.access.readable()) || r.keys.safety {
        return None;
    }
    if r.table == Table::Coil {
        return Some(vec![u16::from(current[0] == 0)]);
    }
    if r.width != 1 || !r.data_type.is_integer() {
        return None;
    }
    if !device.values(r).is_empty() {
        let raw = device.values(r).iter().map(|v| v.raw).find(|&raw| raw as u16 != current[0])?;
        return Some(vec![raw as u16]);
    }
    (r.min.is_none() && r.max.is_none()).then(|| vec![current[0] ^ 1])
}

#[tokio::test]
async fn every_seed_serves_its_defaults_over_tcp() {
    for name in SEEDS {
        let device = load(&seed(name)).unwrap_or_else(|e| panic!("{e}"));
        let sim = start(&seed(name), false).await;
        let addr = sim.addr;
        let checked = check_device(&device, async |unit| {
            tokio_modbus::client::tcp::connect_slave(addr, Slave(unit)).await.expect("connects")
        })
        .await;
        assert!(checked > 10, "{name}: only {checked} readable registers");
        sim.stop().await.unwrap();
    }
}

fn rtu_client(path: &std::path::Path, unit: u8) -> Context {
    let port = tokio_serial::SerialStream::open(&tokio_serial::new(path.to_string_lossy(), 19200)).expect("opens the client pty");
    tokio_modbus::client::rtu::attach_slave(port, Slave(unit))
}

#[tokio::test]
async fn one_seed_over_rtu_on_a_socat_pty_pair() {
    let pty = PtyPair::new("seed");
    let spec = seed("clivet.yaml");
    let device = load(&spec).unwrap_or_else(|e| panic!("{e}"));
    let serving = RtuServing::start(&device, &pty.a, 19200);
    let b = pty.b.clone();
    let checked = check_device(&device, async |unit| rtu_client(&b, unit)).await;
    assert!(checked > 5, "clivet: only {checked} readable registers");
    serving.stop().await;
}

#[tokio::test]
async fn rtu_rules_unknown_unit_is_silent_and_exceptions_arrive() {
    let pty = PtyPair::new("rules");
    let device = load(&fixture("rules.yaml")).unwrap();
    let serving = RtuServing::start(&device, &pty.a, 19200);
    let mut c = rtu_client(&pty.b, 1);
    assert_eq!(c.read_holding_registers(0, 2).await.unwrap().unwrap(), vec![455, 1]);
    assert_eq!(c.read_holding_registers(3, 1).await.unwrap(), Err(tokio_modbus::ExceptionCode::IllegalDataAddress));
    assert_eq!(c.write_single_register(0, 999).await.unwrap(), Err(tokio_modbus::ExceptionCode::IllegalDataValue));
    drop(c);
    let mut other = rtu_client(&pty.b, 9);
    let silent = tokio::time::timeout(Duration::from_millis(500), other.read_holding_registers(0, 1)).await;
    assert!(silent.is_err(), "unit 9 does not exist: RTU stays silent, got {silent:?}");
    drop(other);
    // Junk on the line, then a good request: the server resynchronises.
    {
        use tokio::io::AsyncWriteExt;
        let mut port = tokio_serial::SerialStream::open(&tokio_serial::new(pty.b.to_string_lossy(), 19200)).unwrap();
        port.write_all(&[0x01, 0x03, 0xFF, 0x12, 0x00]).await.unwrap();
        tokio::time::sleep(Duration::from_millis(120)).await;
    }
    let mut c = rtu_client(&pty.b, 1);
    assert_eq!(c.read_holding_registers(0, 1).await.unwrap().unwrap(), vec![455]);
    serving.stop().await;
}

#[tokio::test]
async fn ems_esp_serves_one_entity_per_read() {
    let spec = seed("ems_esp.yaml");
    let device = load(&spec).unwrap();
    assert_eq!(device.values_per_read, Some(1));
    let (a, b) = device
        .registers
        .windows(2)
        .map(|w| (&w[0], &w[1]))
        .find(|(a, b)| {
            a.unit_id == b.unit_id && a.table == Table::Holding && b.table == Table::Holding && a.access.readable() && b.access.readable()
                && a.address as u32 + a.width as u32 == b.address as u32
        })
        .expect("EMS-ESP has adjacent holding registers");
    let sim = start(&spec, false).await;
    let mut c = tokio_modbus::client::tcp::connect_slave(sim.addr, Slave(a.unit_id)).await.unwrap();
    assert_eq!(c.read_holding_registers(a.address, a.width).await.unwrap().unwrap(), default_words(&device, a));
    assert_eq!(
        c.read_holding_registers(a.address, a.width + b.width).await.unwrap(),
        Err(tokio_modbus::ExceptionCode::IllegalDataAddress),
        "{} and {} in one read",
        a.qualified_name,
        b.qualified_name
    );
    sim.stop().await.unwrap();
}

#[tokio::test]
async fn tokio_modbus_rtu_server_with_our_service() {
    let pty = PtyPair::new("service");
    let device = load(&fixture("rules.yaml")).unwrap();
    let shared = server(&device, &Options { safety_writes: false, log: false, ..Default::default() });
    let rtu = tokio_modbus::server::rtu::Server::new_from_path(&pty.a, 19200).expect("opens the server pty");
    let task = tokio::spawn(rtu.serve_forever(modbus_map::server::ModbusService::rtu(shared)));
    let mut c = rtu_client(&pty.b, 1);
    assert_eq!(c.read_holding_registers(0, 2).await.unwrap().unwrap(), vec![455, 1]);
    assert_eq!(c.write_single_register(1, 9).await.unwrap(), Err(tokio_modbus::ExceptionCode::IllegalDataValue));
    drop(c);
    let mut other = rtu_client(&pty.b, 9);
    let silent = tokio::time::timeout(Duration::from_millis(500), other.read_holding_registers(0, 1)).await;
    assert!(silent.is_err(), "unit 9 does not exist: RTU stays silent, got {silent:?}");
    task.abort();
}
