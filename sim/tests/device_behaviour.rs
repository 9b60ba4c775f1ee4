//! The device's own behaviour, served from the spec: the word-order coil switches how
//! 32/64-bit values go out (CLAGE coil 402), registers without a `default` start at
//! a value their own rules accept (every seed spec), and self-clearing commands return
//! to their idle value after a write (HeishaMon quick commands, Askoheat+ service commands).

mod common;

use common::*;
use modbus_map::codec::decode_f64;
use modbus_map_codegen::ir::{DataType, Table};
use tokio_modbus::client::{Reader, Writer};

use tokio_modbus::Slave;

#[tokio::test]
async fn clage_word_order_coil_402_false_serves_the_low_word_first() {
    let sim = start(&workspace().join("specs/clage_dsx.csv"), false).await;
    sim.server.store().set("sensors.total_energy_wh", 0x0001_0002 as f64).expect("a u32 value");
    let mut client = tokio_modbus::client::tcp::connect_slave(sim.addr, Slave(1)).await.unwrap();
    let coil = client.read_coils(402, 1).await.unwrap().unwrap();
    assert_eq!(coil, vec![true], "coil 402 starts true: high word first");
    assert_eq!(client.read_input_registers(100, 2).await.unwrap().unwrap(), vec![0x0001, 0x0002], "high word first");
    client.write_single_coil(402, false).await.unwrap().unwrap();
    assert_eq!(client.read_input_registers(100, 2).await.unwrap().unwrap(), vec![0x0002, 0x0001], "coil 402 false: low word first");
    assert_eq!(sim.server.store().get("sensors.total_energy_wh").unwrap(), Some(65538.0), "the stored value is unchanged");
    client.write_single_coil(402, true).await.unwrap().unwrap();
    assert_eq!(client.read_input_registers(100, 2).await.unwrap().unwrap(), vec![0x0001, 0x0002], "back to high word first");
    sim.stop().await.unwrap();
}

#[tokio::test]
async fn every_seed_register_starts_at_a_value_its_rules_accept() {
    let seeds = ["askoheat_plus.yaml", "clage_dsx.csv", "clivet.yaml", "ems_esp.yaml", "heishamon.yaml"];
    let mut checked = 0;
    for name in seeds {
        let spec = workspace().join("specs").join(name);
        let device = modbus_map_sim::load(&spec).unwrap_or_else(|e| panic!("{e}"));
        let sim = start(&spec, false).await;
        checked += check_start_values(name, &device, &sim.server.store());
        sim.stop().await.unwrap();
    }
    assert!(checked > 900, "only {checked} registers checked");
}

fn check_start_values(name: &str, device: &modbus_map_codegen::ir::Device, store: &modbus_map::store::MemoryStore) -> usize {
    let mut checked = 0;
    {
        for r in device.registers.iter().filter(|r| !matches!(r.data_type, DataType::String | DataType::Raw)) {
            let words = store.get_words(&r.qualified_name).expect("every register is in the store");
            if r.table == Table::Coil || r.table == Table::Discrete || r.data_type == DataType::Bool {
                assert!(words[0] <= 1, "{name}: {} starts at {words:?}", r.qualified_name);
                continue;
            }
            let e = store.entry(&r.qualified_name).unwrap();
            // Decoded with the client codec, checked against the spec's own rules.
            let value = decode_f64(e.descriptor, words, r.word_order).unwrap_or_else(|err| panic!("{name}: {}: {err:?}", r.qualified_name));
            let raw = (value - r.offset) / r.scale;
            let slack = 1e-9 * r.scale.abs().max(1.0);
            assert!(r.min.is_none_or(|m| value >= m - slack), "{name}: {} starts at {value}, below min {:?}", r.qualified_name, r.min);
            assert!(r.max.is_none_or(|m| value <= m + slack), "{name}: {} starts at {value}, above max {:?}", r.qualified_name, r.max);
            if !device.values(r).is_empty() {
                assert!(device.values(r).iter().any(|v| v.raw as f64 == raw.round()), "{name}: {} starts at raw {raw}, not one of its values", r.qualified_name);
            }
            checked += 1;
        }
    }
    checked
}

/// HeishaMon's quick-command coils "are reset automatically after execution" (its seed):
/// pymodbus writes one to the simulator binary, gets the normal answer, and reads it clear
/// again; a holding command that is a state (`set_holiday_mode`) keeps what was written.
#[test]
fn a_self_clearing_coil_reads_its_idle_value_after_pymodbus_writes_it() {
    let sim = Sim::start(&workspace().join("specs/heishamon.yaml"), &[]);
    let out = sim.pymodbus(
        "r = client.write_coil(0x2006, True, device_id=1)\n\
         print('write', 'error' if r.isError() else 'ok', r.bits[0])\n\
         print('after', client.read_coils(0x2006, count=1, device_id=1).bits[0])\n\
         r = client.write_registers(0x1006, [1], device_id=1)\n\
         print('state', 'error' if r.isError() else 'ok', client.read_holding_registers(0x1006, count=1, device_id=1).registers[0])",
    );
    assert!(out.contains("write ok True"), "the command is answered normally, echoing it: {out}");
    assert!(out.contains("after False"), "quick_defrost is clear again after the write: {out}");
    assert!(out.contains("state ok 1"), "set_holiday_mode is a setting and keeps its value: {out}");
    sim.assert_logged("fc 05 write coil 8198..8199 [quick_commands.quick_defrost] = 0xFF00 -> ok");
}

/// Askoheat+'s service commands are write-only, so no read can show them: the write is
/// answered, and the simulator's store holds the idle value afterwards (that the store saw
/// the command first is the dispatch core's unit test).
#[tokio::test]
async fn askoheat_identify_and_reset_are_answered_and_cleared() {
    let sim = start(&workspace().join("specs/askoheat_plus.yaml"), false).await;
    let mut client = tokio_modbus::client::tcp::connect_slave(sim.addr, Slave(1)).await.unwrap();
    client.write_single_register(212, 1).await.unwrap().expect("identify accepts the write");
    assert_eq!(sim.server.store().get_words("service.identify").unwrap(), &[0], "identify is back at its idle value");
    client.write_multiple_registers(210, &[1]).await.unwrap().expect("reset accepts the write");
    assert_eq!(sim.server.store().get_words("service.reset").unwrap(), &[0], "reset is back at its idle value");
    sim.stop().await.unwrap();
}

#[tokio::test]
async fn a_value_and_its_scale_factor_are_served_as_plain_words_and_device_code_sets_engineering_values() {
    let sim = start(&workspace().join("specs/sunspec_demo.yaml"), false).await;
    let mut client = tokio_modbus::client::tcp::connect_slave(sim.addr, Slave(1)).await.unwrap();
    // W's default 2840 W at W_SF's default 1: raw 284 beside raw 1, one request.
    assert_eq!(client.read_holding_registers(40083, 2).await.unwrap().unwrap(), vec![284, 1]);
    // The store's lock is taken per call: the server needs it to answer the reads in between.
    assert_eq!(sim.server.store().get("inverter.W").unwrap(), Some(2840.0));
    assert_eq!(sim.server.store().get("inverter.Hz").unwrap(), Some(5001.0 * 0.01));
    // Device code sets engineering values; the store encodes them with the factor it holds.
    sim.server.store().set("inverter.W", -1230.0).expect("fits an i16 at W_SF 1");
    assert_eq!(client.read_holding_registers(40083, 2).await.unwrap().unwrap(), vec![(-123i16) as u16, 1]);
    sim.server.store().set_words("inverter.W_SF", &[(-1i16) as u16]).unwrap();
    assert_eq!(sim.server.store().get("inverter.W").unwrap(), Some(-12.3), "the same raw value at another factor");
    assert!(sim.server.store().set("inverter.W", 4000.0).is_err(), "40000 does not fit an i16 at W_SF -1");
    sim.stop().await.unwrap();
}

/// The server refuses what each register's `write_function` refuses (exception 01,
/// nothing stored), and the Rust client picks the function the register needs:
/// its writes succeed only because it sends 16 or 15 where 06 or 05 is refused.
#[tokio::test]
async fn write_functions_are_enforced_by_the_server_and_followed_by_the_client() {
    let spec = fixture("write_functions.yaml");
    let device = modbus_map_sim::load(&spec).unwrap_or_else(|e| panic!("{e}"));
    let map = modbus_map_codegen::layout::leak_map(&device);
    let sim = start(&spec, false).await;
    let mut raw = Raw::connect(&sim).await;
    let current = raw.ask(1, &read(0x03, 0x100, 1)).await;
    assert_eq!(words(&current), vec![40]);
    assert_eq!(exception_of(0x06, &raw.ask(1, &write_single(0x06, 0x100, 41)).await), Some(1), "06 to a 16-only register");
    assert_eq!(words(&raw.ask(1, &read(0x03, 0x100, 1)).await), vec![40], "the refused write stored nothing");
    assert_eq!(exception_of(0x10, &raw.ask(1, &write_registers(0x200, &[11])).await), Some(1), "16 of a 06-only register alone");
    assert_eq!(exception_of(0x05, &raw.ask(1, &write_single(0x05, 0, 0xFF00)).await), Some(1), "05 to a 15-only coil");
    assert_eq!(raw.ask(1, &write_registers(0x200, &[12, 6])).await[0], 0x10, "16 of a 06-only register with another");
    assert_eq!(raw.ask(1, &write_single(0x06, 0x201, 7)).await[0], 0x06, "06 to a register of any function");

    let descriptor = |name: &str| {
        let entries = map.units.iter().flat_map(|u| u.holding_registers.entries.iter().chain(u.coils.entries));
        entries.map(|e| e.descriptor).find(|d| d.name == name).unwrap_or_else(|| panic!("{name} is in the map"))
    };
    let mut client = modbus_map::client::DeviceClient::new(tokio_modbus::client::tcp::connect(sim.addr).await.unwrap());
    client.write_value(descriptor("settings.max_charge_current"), &55.0f64).await.unwrap().unwrap();
    client.write_value(descriptor("legacy.setpoint"), &13.0f64).await.unwrap().unwrap();
    client.write_value(descriptor("switches.grid_charge"), &true).await.unwrap().unwrap();
    assert_eq!(words(&raw.ask(1, &read(0x03, 0x100, 1)).await), vec![55]);
    assert_eq!(words(&raw.ask(1, &read(0x03, 0x200, 1)).await), vec![13]);
    assert_eq!(raw.ask(1, &read(0x01, 0, 1)).await, vec![0x01, 1, 1]);
    sim.stop().await.unwrap();
}
