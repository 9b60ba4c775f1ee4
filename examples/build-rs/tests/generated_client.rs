//! The module build.rs generated, served by modbus-map's own server from its
//! generated dispatch tables on 127.0.0.1, read and written through its
//! generated typed client.

use modbus_map::server::{serve_tcp, Server};
use modbus_map::store::MemoryStore;
use modbus_map::{Error, Version, WordOrder};
use modbus_map_example_build_rs::water_heater::{self, Client, StatusFlags, StatusState};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use tokio_modbus::ExceptionCode;

type Ctx = tokio_modbus::client::Context;

struct Running {
    server: Arc<Server<MemoryStore>>,
    requests: Arc<AtomicUsize>,
    client: Client<Ctx>,
    _stop: tokio::sync::oneshot::Sender<()>,
}

async fn start(safety_writes: bool) -> Running {
    let map = &water_heater::dispatch::MAP;
    let requests = Arc::new(AtomicUsize::new(0));
    let counter = requests.clone();
    let server = Arc::new(
        Server::new(map, MemoryStore::new(map))
            .with_safety_writes(safety_writes)
            .on_request(move |_| {
                counter.fetch_add(1, Ordering::SeqCst);
            }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind 127.0.0.1:0");
    let addr = listener.local_addr().expect("local address");
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    tokio::spawn(serve_tcp(server.clone(), listener, async {
        let _ = stopped.await;
    }));
    let ctx = tokio_modbus::client::tcp::connect(addr).await.expect("connect to the test server");
    Running { server, requests, client: Client::new(ctx), _stop: stop }
}

#[tokio::test]
async fn reads_spec_defaults_and_round_trips_writes() {
    let mut r = start(false).await;
    assert_eq!(r.client.settings().read_setpoint().await.unwrap().unwrap(), 45.0);
    r.client.settings().write_setpoint(52.5).await.unwrap().unwrap();
    assert_eq!(r.client.settings().read_setpoint().await.unwrap().unwrap(), 52.5);
    assert_eq!(r.server.store().get_words("settings.setpoint").unwrap(), &[525]);
    r.client.settings().write_comment("ab").await.unwrap().unwrap();
    assert_eq!(r.client.settings().read_comment().await.unwrap().unwrap(), "ab");
    r.client.settings_bits().write_valve_open(true).await.unwrap().unwrap();
    assert!(r.client.settings_bits().read_valve_open().await.unwrap().unwrap());
}

#[tokio::test]
async fn decodes_every_type_of_the_status_block() {
    let mut r = start(false).await;
    {
        let mut store = r.server.store();
        store.set_words("status.flow", &[123]).unwrap();
        store.set_words("status.outlet_temp", &[0xFF9C]).unwrap(); // -100 × 0.1
        store.set_words("status.energy", &[0x86A0, 0x0001]).unwrap(); // low word first: 100000
        store.set_words("status.uptime", &[0, 0, 0x6553, 0xF100]).unwrap(); // register override high_first: 1.7e9
        store.set_words("status.power", &[0x0000, 0x40B0]).unwrap(); // f32 5.5, low word first
        store.set_words("status.state", &[7]).unwrap(); // not named by the spec
        store.set_words("status.flags", &[0x0501]).unwrap(); // heater1, step = 5
        store.set_words("status.serial", &[0x4241, 0x0043, 0, 0]).unwrap(); // "ABC", low byte first
        store.set_words("status.inlet_temp", &[100]).unwrap(); // 100 × 0.5 − 15
    }
    // The device serves 32/64-bit values in the order its word-order coil says (false: low word first);
    // a client of such a device reads the coil first.
    assert_eq!(r.client.detect_word_order().await.unwrap().unwrap(), WordOrder::LowFirst);
    let s = r.client.status().read().await.unwrap().unwrap();
    assert!((s.flow - 12.3).abs() < 1e-9, "{}", s.flow);
    assert!((s.outlet_temp + 10.0).abs() < 1e-9, "{}", s.outlet_temp);
    assert_eq!(s.energy, 100_000);
    assert_eq!(s.uptime, 1_700_000_000);
    assert_eq!(s.power, 5.5);
    assert_eq!(s.state, StatusState::Unknown(7));
    assert!(s.flags.contains(StatusFlags::HEATER1) && !s.flags.contains(StatusFlags::HEATER2));
    assert_eq!(s.flags.step(), 5);
    assert_eq!(s.serial, "ABC");
    assert_eq!(s.inlet_temp, Some(35.0));
    // The whole block (17 registers at 100..117, read_limit 16) takes exactly two requests.
    let before = r.requests.load(Ordering::SeqCst);
    r.client.status().read().await.unwrap().unwrap();
    assert_eq!(r.requests.load(Ordering::SeqCst) - before, 2);
}

#[tokio::test]
async fn refusals_happen_locally_and_exceptions_stay_exceptions() {
    let mut r = start(false).await;
    let before = r.requests.load(Ordering::SeqCst);
    assert!(matches!(r.client.settings().write_setpoint(99.0).await, Err(Error::Encode(_) | Error::OutOfRange { .. })));
    assert!(matches!(r.client.settings().write_max_power(5000).await, Err(Error::SafetyWriteRefused { .. })));
    r.client.set_firmware(Some(Version::new(2, 0, 0)));
    assert!(matches!(r.client.settings().read_new_feature().await, Err(Error::NotInFirmware { .. })));
    assert_eq!(r.requests.load(Ordering::SeqCst), before, "a refused request reached the server");

    // The client opts in but this server does not allow safety writes: a Modbus exception, not an Err.
    r.client.allow_safety_writes(true);
    match r.client.settings().write_max_power(5000).await {
        // The server refuses safety writes it was not allowed with exception 01.
        Ok(Err(code)) => assert_eq!(code, ExceptionCode::IllegalFunction),
        other => panic!("expected a Modbus exception, got {other:?}"),
    }
}

#[tokio::test]
async fn safety_writes_pass_when_both_sides_allow_them() {
    let mut r = start(true).await;
    r.client.allow_safety_writes(true);
    r.client.settings().write_max_power(5000).await.unwrap().unwrap();
    assert_eq!(r.client.settings().read_max_power().await.unwrap().unwrap(), 5000);
}

#[tokio::test]
async fn word_order_follows_the_coil() {
    let mut r = start(false).await;
    // Stored in the spec's order (low word first); the coil set to high_first makes the server swap on the wire.
    r.server.store().set_words("status.energy", &[0x86A0, 0x0001]).unwrap();
    r.server.store().set_words("settings_bits.words_high_first", &[1]).unwrap();
    assert_eq!(r.client.detect_word_order().await.unwrap().unwrap(), WordOrder::HighFirst);
    assert_eq!(r.client.status().read_energy().await.unwrap().unwrap(), 100_000);
    r.client.set_word_order(Some(WordOrder::LowFirst));
    assert_eq!(r.client.status().read_energy().await.unwrap().unwrap(), 0x86A0_0001);
}

#[tokio::test]
async fn read_all_skips_registers_newer_than_the_firmware() {
    let mut r = start(false).await;
    r.client.set_firmware(Some(Version::new(1, 0, 0)));
    let all = r.client.read_all().await.unwrap().unwrap();
    assert_eq!(all.status.inlet_temp, None);
    assert_eq!(all.settings.new_feature, None);
    assert_eq!(all.settings.setpoint, 45.0);
}
