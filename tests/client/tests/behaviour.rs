//! The generated clients of the seed specs against a real tokio-modbus TCP
//! server on 127.0.0.1: writes round-trip, local refusals never reach the
//! server, exceptions and transport errors stay apart, run-time word order,
//! firmware gating, one-entity-per-request devices and whole-device reads.

use modbus_map::{Error, Table, Version, WordOrder};
use modbus_map_client_tests::server::{self, Store};
use modbus_map_client_tests::*;
use tokio_modbus::ExceptionCode;

async fn clage() -> (Store, clage_dsx::Client<tokio_modbus::client::Context>) {
    let store = Store::default();
    let addr = server::start(store.clone()).await;
    (store.clone(), clage_dsx::Client::new(connect(addr).await))
}

#[tokio::test]
async fn writes_round_trip_through_the_server() {
    let (store, mut c) = clage().await;
    let d = &clage_dsx::SETTINGS_TEMP_SETPOINT_C10;
    c.settings().write_temp_setpoint_c10(42.5).await.unwrap().unwrap();
    assert_eq!(store.get(d.unit_id, d.table, d.address, 1), vec![425]);
    assert_eq!(c.settings().read_temp_setpoint_c10().await.unwrap().unwrap(), 42.5);

    let d = &clage_dsx::SETTINGS_MODBUS_BAUDRATE;
    c.settings().write_modbus_baudrate(115_200).await.unwrap().unwrap();
    assert_eq!(store.get(d.unit_id, d.table, d.address, 2), vec![0x0001, 0xC200]);

    c.settings().write_modbus_parity(clage_dsx::SettingsModbusParity::Even).await.unwrap().unwrap();
    assert_eq!(c.settings().read_modbus_parity().await.unwrap().unwrap(), clage_dsx::SettingsModbusParity::Even);

    // Opening the water valve is safety-relevant (CLAGE safety notice).
    let d = &clage_dsx::CONTROLS_VALVE_OPEN;
    assert!(matches!(c.controls().write_valve_open(true).await, Err(Error::SafetyWriteRefused { .. })));
    c.allow_safety_writes(true);
    c.controls().write_valve_open(true).await.unwrap().unwrap();
    assert_eq!(store.get(d.unit_id, Table::Coil, d.address, 1), vec![1]);
}

#[tokio::test]
async fn local_refusals_send_nothing() {
    let (store, mut c) = clage().await;
    let before = store.requests();
    // max 2 and only the listed values may be written
    let unlisted = c.settings().write_modbus_parity(clage_dsx::SettingsModbusParity::Unknown(7)).await;
    assert!(matches!(unlisted, Err(Error::Encode(_) | Error::OutOfRange { .. })), "{unlisted:?}");
    // u8 with min 0, max 3 and safety: first the opt-in, then the range
    assert!(matches!(c.settings().write_mps_id(1).await, Err(Error::SafetyWriteRefused { .. })));
    c.allow_safety_writes(true);
    assert!(matches!(c.settings().write_mps_id(9).await, Err(Error::Encode(_) | Error::OutOfRange { .. })));
    // The typed client has no write for read-only registers; the raw one refuses.
    let raw = c.write_value(&clage_dsx::SENSORS_FLOW_LMIN10, &1.0f64).await;
    assert!(matches!(raw, Err(Error::NotWritable { .. })), "{raw:?}");
    assert_eq!(store.requests(), before, "a refused request reached the server");

    c.settings().write_mps_id(2).await.unwrap().unwrap();
    assert_eq!(store.requests(), before + 1);
}

#[tokio::test]
async fn write_only_registers_are_not_read() {
    let store = Store::default();
    let addr = server::start(store.clone()).await;
    let mut c = ems_esp::Client::new(connect(addr).await);
    let remotetemp = ems_esp::HC.register(1, "remotetemp").expect("hc1.remotetemp");
    let r = c.read_value::<f64>(remotetemp).await;
    assert!(matches!(r, Err(Error::NotReadable { .. })), "{r:?}");
    assert_eq!(store.requests(), 0);
    c.hc(1).unwrap().write_remotetemp(21.5).await.unwrap().unwrap();
    let d = remotetemp;
    assert_eq!(store.get(d.unit_id, d.table, d.address, 1), vec![215]);
}

#[tokio::test]
async fn exceptions_are_not_transport_errors() {
    let (store, mut c) = clage().await;
    let d = &clage_dsx::SENSORS_TOTAL_ENERGY_WH;
    store.deny(d.unit_id, d.table, d.address + 1);
    match c.sensors().read_total_energy_wh().await {
        Ok(Err(code)) => assert_eq!(code, ExceptionCode::IllegalDataAddress),
        other => panic!("expected exception 02, got {other:?}"),
    }
    // The connection stays usable after an exception.
    assert!(matches!(c.sensors().read_flow_lmin10().await, Ok(Ok(_))));
}

#[tokio::test]
async fn a_dropped_connection_is_a_transport_error() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        // Accept and hang up at once, a few times (bounded).
        for _ in 0..4 {
            if let Ok((stream, _)) = listener.accept().await {
                drop(stream);
            }
        }
    });
    let mut c = clage_dsx::Client::new(connect(addr).await);
    match c.sensors().read_flow_lmin10().await {
        Err(Error::Transport(_)) => {}
        other => panic!("expected a transport error, got {other:?}"),
    }
}

#[tokio::test]
async fn word_order_is_read_from_the_coil() {
    let (store, mut c) = clage().await;
    let d = &clage_dsx::SENSORS_TOTAL_ENERGY_WH;
    store.set(d.unit_id, d.table, d.address, &[0x86A0, 0x0001]); // 100000, low word first
    let coil = &clage_dsx::CONTROLS_MODBUS_WORD_ORDER_BIG_ENDIAN;
    store.set(coil.unit_id, coil.table, coil.address, &[0]);
    assert_eq!(c.detect_word_order().await.unwrap().unwrap(), WordOrder::LowFirst);
    assert_eq!(c.sensors().read_total_energy_wh().await.unwrap().unwrap(), 100_000);
    store.set(coil.unit_id, coil.table, coil.address, &[1]);
    assert_eq!(c.detect_word_order().await.unwrap().unwrap(), WordOrder::HighFirst);
    assert_eq!(c.sensors().read_total_energy_wh().await.unwrap().unwrap(), 0x86A0_0001);
}

#[tokio::test]
async fn registers_newer_than_the_firmware_are_refused_locally() {
    let store = Store::default();
    let addr = server::start(store.clone()).await;
    let mut c = askoheat_plus::Client::new(connect(addr).await);
    c.set_firmware(Some(Version::new(3, 0, 1)));
    match c.command().read_load_feedin_value().await {
        Err(Error::NotInFirmware { since, .. }) => assert_eq!(since, Version::new(4, 2, 1)),
        other => panic!("expected NotInFirmware, got {other:?}"),
    }
    assert_eq!(store.requests(), 0);
    // A block read leaves the newer registers out instead of failing.
    let block = c.data_values().read().await.unwrap().unwrap();
    assert_eq!(block.actual_temperature_limit, None); // since 4.1.0
    assert_eq!(block.temperature_sensor0, Some(0)); // since 2.2.1
    c.set_firmware(Some(Version::new(4, 2, 1)));
    assert_eq!(c.command().read_load_feedin_value().await.unwrap().unwrap(), 0);
}

#[tokio::test]
async fn one_entity_per_request_devices_get_one_request_per_value() {
    let store = Store::default();
    let addr = server::start(store.clone()).await;
    let mut c = ems_esp::Client::new(connect(addr).await);
    let d = ems_esp::HC.register(2, "seltemp").expect("hc2.seltemp");
    assert_eq!(d.unit_id, 6);
    store.set(d.unit_id, d.table, d.address, &[43]);
    let readable = ems_esp::REGISTERS.iter().filter(|r| r.name.starts_with("hc2.") && r.readable()).count();
    let before = store.requests();
    let hc2 = c.hc(2).unwrap().read().await.unwrap().unwrap();
    assert_eq!(hc2.seltemp, 21.5);
    assert_eq!(store.requests() - before, readable, "values_per_read 1 means one request per value");
}

#[tokio::test]
async fn repeated_blocks_are_one_type_and_instances_are_checked_against_the_count() {
    let store = Store::default();
    let addr = server::start(store.clone()).await;
    let mut c = ems_esp::Client::new(connect(addr).await);
    for n in [0, 9] {
        match c.hc(n) {
            Err(Error::NoSuchInstance { block: "hc", instance, count: 8 }) => assert_eq!(instance, n),
            Err(other) => panic!("hc({n}): expected NoSuchInstance, got {other:?}"),
            Ok(_) => panic!("hc({n}) was accepted; the block has instances 1..=8"),
        }
    }
    assert_eq!(store.requests(), 0, "a refused instance reached the server");
    // Instance 8 addresses its own registers: base 1000 + 7 x 1000.
    assert_eq!((ems_esp::HC.count, ems_esp::HC.instance(9)), (8, None));
    let d = ems_esp::HC.register(8, "seltemp").expect("hc8.seltemp");
    assert_eq!((d.name, d.address), ("hc8.seltemp", 8000));
    store.set(d.unit_id, d.table, d.address, &[41]);
    assert_eq!(c.hc(8).unwrap().read_seltemp().await.unwrap().unwrap(), 20.5);
    let all = c.read_all().await.unwrap().unwrap();
    assert_eq!(all.hc.len(), 8);
    assert_eq!(all.hc[7].seltemp, 20.5);
    assert_eq!(all.hc[0].seltemp, 0.0);
}

#[tokio::test]
async fn every_device_reads_whole() {
    // All words zero except the CLAGE constants: every register of every seed device decodes
    // (sunspec_demo once its line frequency reads a plausible 50.01 Hz).
    let store = Store::default();
    let addr = server::start(store.clone()).await;
    macro_rules! read_all {
        ($($device:ident),*) => {$(
            let mut c = $device::Client::new(connect(addr).await);
            let before = store.requests();
            match c.read_all().await {
                Ok(Ok(_)) => {}
                other => panic!("{}: read_all failed: {other:?}", stringify!($device)),
            }
            let readable = $device::REGISTERS.iter().filter(|r| r.readable()).count();
            let used = store.requests() - before;
            assert!(used >= 1 && used <= readable, "{}: {used} requests for {readable} registers", stringify!($device));
        )*};
    }
    read_all!(askoheat_plus, clage_dsx, clivet, ems_esp, heishamon);
    // 0 Hz is outside inverter.Hz's plausible range (45..=65): the whole read reports it.
    let mut c = sunspec_demo::Client::new(connect(addr).await);
    match c.read_all().await {
        Err(modbus_map::Error::Decode(modbus_map::codec::DecodeError::Implausible { register: "inverter.Hz", value, .. })) => assert_eq!(value, 0.0),
        other => panic!("sunspec_demo: expected inverter.Hz to read as implausible, got {other:?}"),
    }
    let (hz, hz_sf) = (&sunspec_demo::INVERTER_HZ, &sunspec_demo::INVERTER_HZ_SF);
    store.set(hz.unit_id, hz.table, hz.address, &[5001]);
    store.set(hz_sf.unit_id, hz_sf.table, hz_sf.address, &[(-2i16) as u16]);
    read_all!(sunspec_demo);
}

/// modbus-map's own server, serving the generated dispatch tables of `map` from spec defaults.
async fn serve_generated(map: &'static modbus_map::dispatch::DeviceMap) -> std::net::SocketAddr {
    serve_generated_store(map).await.1
}

type GeneratedServer = std::sync::Arc<modbus_map::server::Server<modbus_map::store::MemoryStore>>;

/// [`serve_generated`], also giving the server, whose store a test sets and inspects.
async fn serve_generated_store(map: &'static modbus_map::dispatch::DeviceMap) -> (GeneratedServer, std::net::SocketAddr) {
    use modbus_map::server::{serve_tcp, Server};
    use modbus_map::store::MemoryStore;
    let server = std::sync::Arc::new(Server::new(map, MemoryStore::new(map)));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind 127.0.0.1:0");
    let addr = listener.local_addr().expect("local address");
    // Serves until the test's runtime shuts down.
    tokio::spawn(serve_tcp(server.clone(), listener, std::future::pending::<()>()));
    (server, addr)
}

#[tokio::test]
async fn generated_clients_read_spec_defaults_from_generated_servers() {
    macro_rules! whole {
        ($device:ident) => {{
            let addr = serve_generated(&$device::dispatch::MAP).await;
            let mut c = $device::Client::new(connect(addr).await);
            match c.read_all().await {
                Ok(Ok(all)) => (c, all),
                other => panic!("{}: read_all against its own dispatch tables failed: {other:?}", stringify!($device)),
            }
        }};
    }
    let (mut clage, all) = whole!(clage_dsx);
    assert_eq!(all.sensors.magic, 0xC1A6);
    assert!(all.controls.modbus_word_order_big_endian);
    assert_eq!(clage.detect_word_order().await.unwrap().unwrap(), WordOrder::HighFirst);

    let (_, all) = whole!(askoheat_plus);
    assert_eq!(all.configuration.rtu_baudrate.as_deref(), Some("19200"));

    let (_, all) = whole!(heishamon);
    assert!(!all.quick_commands.quick_heatpump_on);

    let _ = whole!(clivet);
    let _ = whole!(ems_esp);

    // Defaults in engineering units are served scaled by their factor's default.
    let (mut sunspec, all) = whole!(sunspec_demo);
    // `sentinels: sunspec`: every point but ID and L reads as an `Option` (`None`: not implemented).
    assert_eq!((all.inverter.W, all.inverter.W_SF), (Some(2840.0), Some(1)));
    assert_eq!((all.inverter.ID, all.inverter.TmpOt, all.inverter.StVnd), (103, None, None));
    // The server checks a write's range with the factor it holds (WMaxLim_Pct_SF = -1):
    // raw 1000 is 100 %, raw 1001 is 100.1 %, over `max: 100`.
    let lim = &sunspec_demo::SETTINGS_W_MAX_LIM_PCT;
    assert_eq!(sunspec.write_words(lim, &[1000]).await.unwrap(), Ok(()));
    assert_eq!(sunspec.write_words(lim, &[1001]).await.unwrap(), Err(ExceptionCode::IllegalDataValue));
    sunspec.settings().write_w_max_lim_pct(55.5).await.unwrap().unwrap();
    assert_eq!(sunspec.settings().read_w_max_lim_pct().await.unwrap().unwrap(), 55.5);
    let near = |got: Option<f64>, want: f64| got.is_some_and(|g| (g - want).abs() < 1e-9);
    assert!(near(all.inverter.Hz, 50.01), "{:?}", all.inverter.Hz);
    assert!(near(all.inverter.TmpCab, 41.5), "{:?}", all.inverter.TmpCab);
    assert_eq!(all.inverter.WH, Some(1_234_560.0));
}

#[tokio::test]
async fn a_value_is_read_with_its_scale_factor_and_written_with_the_devices_current_one() {
    use sunspec_demo::{INVERTER_A, INVERTER_A_SF, INVERTER_W, INVERTER_W_SF, SETTINGS_W_MAX_LIM_PCT as LIM, SETTINGS_W_MAX_LIM_PCT_SF as LIM_SF};
    let store = Store::default();
    let addr = server::start(store.clone()).await;
    let mut c = sunspec_demo::Client::new(connect(addr).await);
    let set = |d: &modbus_map::RegisterDescriptor, raw: i16| store.set(d.unit_id, d.table, d.address, &[raw as u16]);
    set(&INVERTER_W, 284);
    set(&INVERTER_W_SF, 1);
    let before = store.requests();
    assert_eq!(c.inverter().read_w().await.unwrap().unwrap(), Some(2840.0));
    assert_eq!(store.requests() - before, 1, "W and W_SF adjacent: one request");
    // The device switches its range: the same raw value, another factor, read together.
    set(&INVERTER_W_SF, -1);
    // raw × 10^sf in f64, as pysunspec2 computes it: 284 × 0.1 is 28.400000000000002.
    let w = c.inverter().read_w().await.unwrap().unwrap().expect("W is available");
    assert!((w - 28.4).abs() < 1e-12, "{w}");

    // A_SF is four registers past A, with mapped registers between: the block handle
    // plans against the device's map and still reads both in one request.
    set(&INVERTER_A, 123);
    set(&INVERTER_A_SF, -1);
    let before = store.requests();
    assert_eq!(c.inverter().read_a().await.unwrap().unwrap(), Some(12.3));
    assert_eq!(store.requests() - before, 1, "A and A_SF in one request");
    // Without the map (DeviceClient::read_value) addresses between them may be unmapped: two requests.
    let before = store.requests();
    assert_eq!(c.read_value::<f64>(&INVERTER_A).await.unwrap().unwrap(), 12.3);
    assert_eq!(store.requests() - before, 2);
    // Decoding it without its factor is an error, never an unscaled number.
    assert!(matches!(c.read_value::<i16>(&INVERTER_A_SF).await, Ok(Ok(-1))));
    let unscaled = modbus_map::codec::RegisterValue::decode(&INVERTER_A, &[123], WordOrder::HighFirst);
    assert!(matches!(unscaled, Err::<f64, _>(modbus_map::codec::DecodeError::NeedsScaleFactor { .. })), "{unscaled:?}");

    // Writes read the device's factor first, then encode with it.
    set(&LIM_SF, -1);
    let before = store.requests();
    c.settings().write_w_max_lim_pct(55.5).await.unwrap().unwrap();
    assert_eq!(store.get(LIM.unit_id, LIM.table, LIM.address, 1), vec![555]);
    assert_eq!(store.requests() - before, 2, "the factor read, then the write");
    // At factor -3 the u16 holds at most 65.535: 70 % is refused before anything is written.
    set(&LIM_SF, -3);
    let refused = c.settings().write_w_max_lim_pct(70.0).await;
    assert!(matches!(refused, Err(Error::Encode(modbus_map::codec::EncodeError::NotRepresentable { .. }))), "{refused:?}");
    assert_eq!(store.get(LIM.unit_id, LIM.table, LIM.address, 1), vec![555], "nothing was written");
    // The spec's range is checked in engineering units as always.
    set(&LIM_SF, -1);
    assert!(matches!(c.settings().write_w_max_lim_pct(101.0).await, Err(Error::Encode(_) | Error::OutOfRange { .. })));
}

/// The feature tour's `settings.battery_mode` names values as the generators name
/// their own items (`unknown` beside Rust's catch-all, `self`, `none`), in other
/// scripts (`Störung`, `Δ T` beside `T`, `温度`), and gives raw 2, 3 and 4 one
/// meaning. Its generated server accepts each listed raw value, the client decodes
/// each to the one variant, and the variant is written as the lowest.
#[tokio::test]
async fn enumeration_names_that_collide_or_repeat_stay_one_variant_each() {
    use fixtures::features_0::feature_tour::{self as tour, SettingsBatteryMode as Mode};
    use modbus_map::__private::ModbusEnum;
    assert_eq!((Mode::from_raw(0), Mode::from_raw(11)), (Mode::Unknown, Mode::Unlisted(11)));
    assert_eq!((Mode::from_raw(1).name(), Mode::from_raw(7).name()), (Some("Störung"), Some("温度")));
    assert_ne!(Mode::from_raw(5), Mode::from_raw(6), "`Δ T` and `T` are two variants");
    assert_eq!((Mode::from_raw(8), Mode::from_raw(9)), (Mode::Self_, Mode::None));
    let shared: Vec<i64> = Mode::VALUES.iter().filter(|v| v.name == "self-consumption").map(|v| v.raw).collect();
    assert_eq!(shared, [2, 3, 4]);

    let addr = serve_generated(&tour::dispatch::MAP).await;
    let mut c = tour::Client::new(connect(addr).await);
    let reg = &tour::SETTINGS_BATTERY_MODE;
    for raw in [2u16, 3, 4] {
        assert_eq!(c.write_words(reg, &[raw]).await.unwrap(), Ok(()), "raw {raw} is a listed value");
        assert_eq!(c.settings().read_battery_mode().await.unwrap().unwrap(), Mode::SelfConsumption, "raw {raw}");
    }
    assert_eq!(c.write_words(reg, &[11]).await.unwrap(), Err(ExceptionCode::IllegalDataValue), "raw 11 is not listed");
    c.settings().write_battery_mode(Mode::Unknown).await.unwrap().unwrap();
    assert_eq!(c.read_words(reg).await.unwrap().unwrap(), [0]);
    c.settings().write_battery_mode(Mode::SelfConsumption).await.unwrap().unwrap();
    assert_eq!(c.read_words(reg).await.unwrap().unwrap(), [2], "a shared meaning is written as its lowest raw value");
}

/// Bits named like the generated flags type's own items (`BITS`, `contains`, and
/// the trait methods `decode`, `clone`) get a trailing `_`, and the type keeps its
/// own items and traits.
#[test]
fn bits_named_like_the_flags_types_items_are_escaped() {
    use fixtures::features_0::feature_tour::SettingsAlarmBits as Alarms;
    let alarms = Alarms(0b101_0111);
    assert!(alarms.contains(Alarms::BITS_));
    assert_eq!((alarms.contains_(), alarms.decode_(), alarms.clone_()), (0b11, 0b10, 0b10));
    assert_eq!(Alarms::BITS.iter().map(|b| b.name).collect::<Vec<_>>(), ["bits", "contains", "decode", "clone"]);
    assert_eq!(alarms.clone(), alarms);
}

/// sim/tests/fixtures/sentinels.yaml through its generated client and generated server:
/// registers whose default is `n/a` start holding their sentinel and read as `None`,
/// every kind of register (scaled, signed, 32-bit, float, enumeration, bits, i8) reads a
/// sentinel as `None`, never as a number, and a write of "not available" is explicit.
#[tokio::test]
async fn sentinels_read_as_none_and_not_available_is_written_only_on_purpose() {
    use fixtures::sentinels_0::sentinels::{self as s, ReadingsRunningState as State};
    let (server, addr) = serve_generated_store(&s::dispatch::MAP).await;
    let mut c = s::Client::new(connect(addr).await);
    let all = c.read_all().await.unwrap().unwrap();
    assert_eq!((all.readings.battery_power, all.readings.flow, all.readings.alarms), (None, None, None), "served as n/a");
    assert_eq!((all.readings.running_state, all.readings.cabinet_offset), (Some(State::Running), Some(-3)));
    assert!(all.readings.grid_voltage.is_some_and(|v| (v - 230.1).abs() < 1e-9));

    // Each register's sentinel in its raw terms (the input table: set in the device's store).
    for (name, words) in [
        ("readings.grid_voltage", &[0xFFFF][..]),
        ("readings.battery_power", &[0x8000]),
        ("readings.total_energy", &[0xFFFF, 0xFFFF]),
        ("readings.running_state", &[0xFFFF]),
        ("readings.cabinet_offset", &[0xFF80]),
    ] {
        server.store().set_words(name, words).unwrap();
    }
    let r = c.readings().read().await.unwrap().unwrap();
    assert_eq!((r.grid_voltage, r.battery_power, r.total_energy, r.running_state, r.cabinet_offset), (None, None, None, None, None));
    assert_eq!(c.readings().read_battery_power().await.unwrap().unwrap(), None);
    // Decoded as a plain number, a sentinel is an error naming it, not 6553.5 V.
    let plain = c.read_value::<f64>(&s::READINGS_GRID_VOLTAGE).await;
    assert!(matches!(plain, Err(Error::Decode(modbus_map::codec::DecodeError::NotAvailable { raw: 0xFFFF, .. }))), "{plain:?}");

    // The setting: None writes the sentinel; a number is checked as always.
    c.settings().write_export_limit(None).await.unwrap().unwrap();
    assert_eq!(c.read_words(&s::SETTINGS_EXPORT_LIMIT).await.unwrap().unwrap(), [0xFFFF]);
    assert_eq!(c.settings().read_export_limit().await.unwrap().unwrap(), None);
    c.settings().write_export_limit(Some(4000)).await.unwrap().unwrap();
    assert_eq!(c.settings().read_export_limit().await.unwrap().unwrap(), Some(4000));
    assert!(matches!(c.settings().write_export_limit(Some(40_000)).await, Err(Error::Encode(_) | Error::OutOfRange { .. })));
}

/// sim/tests/fixtures/high_words.yaml (the Deye SUN-12K generator-port power: low word
/// at 0x298, high word at 0x29C) through its generated client: against its generated
/// server, which serves each word at its own address and refuses writes to either, and
/// against a plain server counting requests, where the planner reads both words in one
/// request when the addresses between are mapped and in two when they are not.
#[tokio::test]
async fn a_value_with_its_high_word_apart_is_read_from_both_addresses() {
    use fixtures::high_words_0::high_words::{self as hw, GENERATOR_ENERGY as ENERGY, GENERATOR_POWER as POWER};
    use tokio_modbus::client::{Reader, Writer};
    let (server, addr) = serve_generated_store(&hw::dispatch::MAP).await;
    // -10 W: 0xFFFF_FFF6 as [low, high].
    server.store().set_words("generator.power", &[0xFFF6, 0xFFFF]).unwrap();
    let mut c = hw::Client::new(connect(addr).await);
    let all = c.read_all().await.unwrap().unwrap();
    assert_eq!(all.generator.power, -10);
    // 7000.5 kWh at scale 0.1 is raw 70005 = 0x0001_1175, each word byte-swapped (DCBA).
    assert!((all.generator.energy - 7000.5).abs() < 1e-9, "{}", all.generator.energy);
    assert_eq!(server.store().get_words("generator.energy").unwrap(), [0x7511, 0x0100]);
    assert_eq!((all.string[0].power, all.string[1].power), (1234.5, 1234.5));
    assert_eq!(c.generator().read_power().await.unwrap().unwrap(), -10);
    assert_eq!(c.read_words(&POWER).await.unwrap().unwrap(), [0xFFF6, 0xFFFF]);
    assert_eq!(c.read_value::<f64>(&ENERGY).await.unwrap().unwrap(), 7000.5);
    // Each word at its own address on the wire.
    let mut raw = connect(addr).await;
    assert_eq!(raw.read_holding_registers(0x298, 1).await.unwrap().unwrap(), [0xFFF6]);
    assert_eq!(raw.read_holding_registers(0x29C, 1).await.unwrap().unwrap(), [0xFFFF]);
    // Read-only: a write to either word is exception 02 and changes nothing.
    assert_eq!(raw.write_single_register(0x298, 7).await.unwrap(), Err(ExceptionCode::IllegalDataAddress));
    assert_eq!(raw.write_multiple_registers(0x29C, &[7]).await.unwrap(), Err(ExceptionCode::IllegalDataAddress));
    assert_eq!(server.store().get_words("generator.power").unwrap(), [0xFFF6, 0xFFFF]);
    // The client refuses a write locally.
    assert!(matches!(c.write_words(&POWER, &[1, 2]).await, Err(Error::NotWritable { .. })), "read-only");

    // Against a plain server: 0x299..0x29B are mapped, so one request holds both words.
    let store = Store::default();
    let addr = server::start(store.clone()).await;
    store.set(1, Table::Holding, 0x298, &[0x86A0, 2300, 2310, 2295, 0x0001]);
    let mut c = hw::Client::new(connect(addr).await);
    let before = store.requests();
    assert_eq!(c.generator().read_power().await.unwrap().unwrap(), 100_000);
    assert_eq!(store.requests() - before, 1, "the block plans against the map: one request");
    // Without the map the addresses between may be unmapped: two requests.
    let before = store.requests();
    assert_eq!(c.read_value::<i32>(&POWER).await.unwrap().unwrap(), 100_000);
    assert_eq!(store.requests() - before, 2);
}

/// sim/tests/fixtures/aliases.yaml through its generated client and generated server
/// (the `static` dispatch tables mark the converting aliases): each alias reads the one
/// value in its own type and scale, a write through either address updates it, and the
/// server's answers for what cannot be converted reach the client as Modbus exceptions.
#[tokio::test]
async fn converting_aliases_serve_one_value_through_the_generated_client_and_server() {
    use fixtures::aliases_0::aliases as a;
    let (server, addr) = serve_generated_store(&a::dispatch::MAP).await;
    let mut c = a::Client::new(connect(addr).await);
    let b = c.battery().read().await.unwrap().unwrap();
    assert_eq!((b.power, b.power_centi, b.charge_power, b.temperature_deci), (700, 700.0, Some(700), 21.5));
    assert_eq!((b.energy, b.energy_swapped), (1234.5, 1234.5));

    c.battery().write_power_centi(1200.0).await.unwrap().unwrap();
    assert_eq!(c.battery().read_power().await.unwrap().unwrap(), 1200, "written in centi-W, read in W");
    assert_eq!(server.store().get_words("battery.power").unwrap(), [1200], "stored once, by the target");
    assert_eq!(server.store().get_words("battery.power_centi").unwrap(), [1200], "an alias's stored words are its target's");
    assert_eq!(server.store().get("battery.power_centi").unwrap(), Some(1200.0));
    assert!(server.store().set("battery.power_centi", 12.34).is_err(), "device code is held to the target's rules too");
    assert_eq!(c.battery().write_power_centi(1234.56).await.unwrap(), Err(ExceptionCode::IllegalDataValue), "a fraction of a watt");
    assert_eq!(c.battery().read_power_centi().await.unwrap().unwrap(), 1200.0, "state unchanged");
    c.battery().write_power(-5).await.unwrap().unwrap();
    assert_eq!(c.battery().read_charge_power().await.unwrap().unwrap(), None, "the unsigned copy: not available");
    assert_eq!(c.battery().read_power_centi().await.unwrap().unwrap(), -5.0);

    // -40000 W is beyond the 16-bit copy: exception 04 from the server, not a number.
    assert_eq!(c.grid().read_power_16().await.unwrap(), Err(ExceptionCode::ServerDeviceFailure));
    assert_eq!(server.store().get("grid.power_16").unwrap(), None);
    c.grid().write_power_16(-1000).await.unwrap().unwrap();
    assert_eq!(c.grid().read_power().await.unwrap().unwrap(), -1000);
}

/// sim/tests/fixtures/write_functions.yaml (Deye-style settings written with function
/// 16 only, a legacy register with 06 only) through its generated server and generated
/// client: the `static` dispatch tables refuse the other function with exception 01 and
/// store nothing; the typed client's writes succeed because it sends the function each
/// register needs.
#[tokio::test]
async fn write_functions_are_followed_by_the_generated_client_and_enforced_by_the_generated_server() {
    use fixtures::write_functions_0::write_functions as wf;
    use tokio_modbus::client::{Reader, Writer};
    let (server, addr) = serve_generated_store(&wf::dispatch::MAP).await;
    let mut raw = connect(addr).await;
    assert_eq!(raw.write_single_register(0x100, 41).await.unwrap(), Err(ExceptionCode::IllegalFunction), "06 to a 16-only register");
    assert_eq!(raw.write_multiple_registers(0x200, &[11]).await.unwrap(), Err(ExceptionCode::IllegalFunction), "16 of a 06-only register alone");
    assert_eq!(raw.write_single_coil(0, true).await.unwrap(), Err(ExceptionCode::IllegalFunction), "05 to a 15-only coil");
    assert_eq!(raw.read_holding_registers(0x100, 1).await.unwrap().unwrap(), [40], "nothing stored");
    assert_eq!(raw.read_holding_registers(0x200, 1).await.unwrap().unwrap(), [10], "nothing stored");
    raw.write_single_register(0x201, 6).await.unwrap().unwrap();

    let mut c = wf::Client::new(connect(addr).await);
    c.settings().write_max_charge_current(55).await.unwrap().unwrap();
    c.legacy().write_setpoint(13).await.unwrap().unwrap();
    c.switches().write_grid_charge(true).await.unwrap().unwrap();
    assert_eq!(server.store().get_words("settings.max_charge_current").unwrap(), [55]);
    assert_eq!(server.store().get_words("legacy.setpoint").unwrap(), [13]);
    assert_eq!(raw.read_coils(0, 1).await.unwrap().unwrap(), [true]);
}

/// Eastron's setting codes are `f32` enumerations: through the generated client a whole
/// float names its variant, one the spec does not name is `Unknown(raw)`, and 2.5 names
/// nothing (`DecodeError::NotAWholeNumber`, never a rounded variant); the generated
/// server answers a write of 2.5 with exception 03 and stores nothing.
#[tokio::test]
async fn a_float_enumeration_names_whole_floats_only() {
    use eastron_sdm630::{SettingsBaudRate as Baud, SETTINGS_BAUD_RATE as BAUD};
    use tokio_modbus::client::{Reader, Writer};
    let f32_words = |x: f32| [(x.to_bits() >> 16) as u16, x.to_bits() as u16];
    let store = Store::default();
    let addr = server::start(store.clone()).await;
    let mut c = eastron_sdm630::Client::new(connect(addr).await);
    store.set(BAUD.unit_id, BAUD.table, BAUD.address, &f32_words(2.0));
    assert_eq!(c.settings().read_baud_rate().await.unwrap().unwrap(), Baud::Baud9600);
    store.set(BAUD.unit_id, BAUD.table, BAUD.address, &f32_words(7.0));
    assert_eq!(c.settings().read_baud_rate().await.unwrap().unwrap(), Baud::Unknown(7));
    store.set(BAUD.unit_id, BAUD.table, BAUD.address, &f32_words(2.5));
    match c.settings().read_baud_rate().await {
        Err(Error::Decode(modbus_map::codec::DecodeError::NotAWholeNumber { value, .. })) => assert_eq!(value, 2.5),
        other => panic!("2.5 named a baud rate: {other:?}"),
    }
    c.settings().write_baud_rate(Baud::Baud38400).await.unwrap().unwrap();
    assert_eq!(store.get(BAUD.unit_id, BAUD.table, BAUD.address, 2), f32_words(4.0), "a name is written as the float of its key");

    let addr = serve_generated(&eastron_sdm630::dispatch::MAP).await;
    let mut raw = tokio_modbus::client::tcp::connect_slave(addr, tokio_modbus::Slave(BAUD.unit_id)).await.unwrap();
    let before = raw.read_holding_registers(BAUD.address, 2).await.unwrap().unwrap();
    assert_eq!(raw.write_multiple_registers(BAUD.address, &f32_words(2.5)).await.unwrap(), Err(ExceptionCode::IllegalDataValue));
    assert_eq!(raw.read_holding_registers(BAUD.address, 2).await.unwrap().unwrap(), before, "nothing stored");
    raw.write_multiple_registers(BAUD.address, &f32_words(1.0)).await.unwrap().unwrap();
}
