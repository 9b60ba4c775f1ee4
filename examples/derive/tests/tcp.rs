//! Both derive modes against the crate's server over real TCP on 127.0.0.1:
//! the derived struct is the server's storage, and the derived client reads and
//! writes it through tokio-modbus.

use modbus_map::plan::{read_plan, PlanLimits};
use modbus_map::server::{serve_tcp, Server};
use modbus_map::{DeviceClient, Error};
use modbus_map_example_derive::{Command, Heater, Mode};
use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use tokio_modbus::client::{tcp, Context};
use tokio_modbus::ExceptionCode;

struct Running<S> {
    server: Arc<Server<S>>,
    addr: SocketAddr,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    task: tokio::task::JoinHandle<std::io::Result<()>>,
}

impl<S: modbus_map::dispatch::Storage + Send + 'static> Running<S> {
    async fn start(server: Server<S>) -> Self {
        let server = Arc::new(server);
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind 127.0.0.1");
        let addr = listener.local_addr().expect("bound address");
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let task = tokio::spawn(serve_tcp(server.clone(), listener, async move {
            let _ = stopped.await;
        }));
        Running {
            server,
            addr,
            stop: Some(stop),
            task,
        }
    }

    async fn client(&self) -> DeviceClient<Context> {
        DeviceClient::new(tcp::connect(self.addr).await.expect("connect to the test server"))
    }

    async fn shutdown(mut self) {
        let _ = self.stop.take().map(|s| s.send(()));
        self.task.await.expect("server task").expect("server ran cleanly");
    }
}

fn heater() -> Heater {
    Heater {
        temp1: 54,
        load_kw: 3.5,
        analog_input: 7.25,
        mode: Mode::Heating,
        id: "ASKO-0042".to_owned(),
        load_setpoint: 2000,
        load_setpoint_legacy: 2000,
        status: 0b011_0000_0011,
        relay: true,
    }
}

#[tokio::test]
async fn map_mode_struct_is_served_and_read_back_over_tcp() {
    let requests = Arc::new(AtomicUsize::new(0));
    let counted = requests.clone();
    let server = Server::new(Heater::dispatch_map(), heater()).on_request(move |_| {
        counted.fetch_add(1, Ordering::SeqCst);
    });
    let running = Running::start(server).await;
    let mut client = running.client().await;

    let read = Heater::read(&mut client)
        .await
        .expect("transport")
        .expect("no exception");
    assert_eq!(read, heater());

    // `read` goes through the planner: exactly the requests it plans for the map.
    let wanted: Vec<_> = Heater::REGISTERS.iter().collect();
    let plan = read_plan(
        &wanted,
        Heater::REGISTERS,
        PlanLimits {
            read_limit: 125,
            max_gap: 0,
            values_per_read: None,
        },
    )
    .expect("the map plans");
    assert_eq!(requests.load(Ordering::SeqCst), plan.len());

    // Single fields, typed.
    assert_eq!(Heater::read_mode(&mut client).await.unwrap().unwrap(), Mode::Heating);
    assert_eq!(Heater::read_id(&mut client).await.unwrap().unwrap(), "ASKO-0042");
    Heater::write_load_setpoint(&mut client, &1500).await.unwrap().unwrap();
    assert_eq!(running.server.store().load_setpoint, 1500);
    // An alias is one value at two addresses: the legacy address serves `load_setpoint`...
    assert_eq!(Heater::read_load_setpoint_legacy(&mut client).await.unwrap().unwrap(), 1500);
    // ...and a write through it changes `load_setpoint` (and the alias field mirrors it).
    Heater::write_load_setpoint_legacy(&mut client, &1800).await.unwrap().unwrap();
    assert_eq!(running.server.store().load_setpoint, 1800);
    assert_eq!(running.server.store().load_setpoint_legacy, 1800);
    assert_eq!(Heater::read_load_setpoint(&mut client).await.unwrap().unwrap(), 1800);
    Heater::write_relay(&mut client, &false).await.unwrap().unwrap();
    assert!(!running.server.store().relay);

    // The device side changes a value; the client sees it.
    running.server.store().temp1 = 61;
    assert_eq!(Heater::read_temp1(&mut client).await.unwrap().unwrap(), 61);
    // min/max guard writes, not what the device reports: a held value below `min` is still served.
    running.server.store().load_setpoint = 0;
    assert_eq!(Heater::read_load_setpoint(&mut client).await.unwrap().unwrap(), 0);
    running.server.store().mode = Mode::Unknown(9);
    assert_eq!(Heater::read_mode(&mut client).await.unwrap().unwrap(), Mode::Unknown(9));

    // A client told that the device switched its word order reads 32-bit values the other way round.
    client.set_word_order(Some(modbus_map::WordOrder::LowFirst));
    let swapped = Heater::read(&mut client).await.unwrap().unwrap();
    assert_eq!(swapped.analog_input.to_bits(), 0x0000_40E8, "7.25f32 is 0x40E8_0000 high word first");
    assert_eq!(swapped.temp1, 61, "16-bit values have no word order");

    running.shutdown().await;
}

#[tokio::test]
async fn map_mode_rules_hold_on_both_sides() {
    let running = Running::start(Server::new(Heater::dispatch_map(), heater())).await;
    let mut client = running.client().await;

    // The client refuses an out-of-range value before sending anything.
    match Heater::write_load_setpoint(&mut client, &100).await {
        Err(Error::OutOfRange { register, .. })
        | Err(Error::Encode(modbus_map::codec::EncodeError::OutOfRange { register, .. })) => {
            assert_eq!(register, "holding.load_setpoint")
        }
        other => panic!("expected a local range error, got {other:?}"),
    }
    // Sent anyway as raw words, the server refuses it (exception 03) and keeps the value.
    let answer = client
        .write_words(&Heater::LOAD_SETPOINT, &[100])
        .await
        .expect("transport");
    assert_eq!(answer, Err(ExceptionCode::IllegalDataValue));
    assert_eq!(running.server.store().load_setpoint, 2000);

    // `id` is read-only: the client has no writer for it, and the server refuses raw writes (exception 02).
    let mut raw = tcp::connect(running.addr).await.unwrap();
    use tokio_modbus::client::Writer;
    let answer = raw.write_single_register(300, 0x4142).await.expect("transport");
    assert_eq!(answer, Err(ExceptionCode::IllegalDataAddress));
    assert_eq!(running.server.store().id, "ASKO-0042");

    // An address the map does not have.
    use tokio_modbus::client::Reader;
    let answer = raw.read_input_registers(101, 1).await.expect("transport");
    assert_eq!(answer, Err(ExceptionCode::IllegalDataAddress));

    running.shutdown().await;
}

#[tokio::test]
async fn spec_mode_struct_follows_the_spec_block_over_tcp() {
    // The spec's command block: holding 200..=202, unit 1.
    let addresses: Vec<u16> = Command::REGISTERS.iter().map(|r| r.address).collect();
    assert_eq!(addresses, [200, 201, 202]);
    assert_eq!(Command::LOAD_FEEDIN_VALUE.name, "command.load_feedin_value");
    assert_eq!(Command::LOAD_FEEDIN_VALUE.min, Some(-30000.0));

    let initial = Command {
        set_heater_step: 2,
        load_setpoint_value: 5000,
        load_feedin_value: -1200.0,
    };
    let running = Running::start(Server::new(Command::dispatch_map(), initial.clone())).await;
    let mut client = running.client().await;

    assert_eq!(Command::read(&mut client).await.unwrap().unwrap(), initial);
    let next = Command {
        set_heater_step: 7,
        load_setpoint_value: 0,
        load_feedin_value: 2500.0,
    };
    next.write(&mut client).await.unwrap().unwrap();
    assert_eq!(*running.server.store(), next);
    // min/max from the spec (set_heater_step is 0..=7) are enforced by the client.
    assert!(Command::write_set_heater_step(&mut client, &8).await.is_err());
    assert_eq!(running.server.store().set_heater_step, 7);

    running.shutdown().await;
}

#[test]
fn derived_enum_gives_the_mode_register_its_values() {
    use modbus_map::codec::ModbusEnum as _;
    let names: Vec<_> = Heater::MODE.values.iter().map(|v| (v.raw, v.name)).collect();
    assert_eq!(names, [(0, "off"), (1, "heating"), (2, "error")]);
    assert_eq!(Mode::from_raw(7), Mode::Unknown(7));
    assert_eq!(Mode::Error.name(), Some("error"));
    // The run-time IR carries them too (the docs of a derived map list the values).
    let ir = Heater::ir_json();
    assert!(ir.contains(r#"{"raw":1,"name":"heating","ident":"Heating"}"#), "{ir}");
}

#[test]
fn snapshot_round_trip_matches_the_wire_layout() {
    let value = heater();
    let snapshot = value.to_snapshot(None).expect("every field encodes");
    assert_eq!(snapshot.words(&Heater::TEMP1).as_deref(), Some(&[54u16][..]));
    // 3.5 kW at scale 0.1 is raw 35.
    assert_eq!(snapshot.words(&Heater::LOAD_KW).as_deref(), Some(&[35u16][..]));
    // 7.25 as f32, high word first.
    assert_eq!(snapshot.words(&Heater::ANALOG_INPUT).as_deref(), Some(&[0x40E8u16, 0x0000][..]));
    assert_eq!(Heater::from_snapshot(&snapshot, None).expect("decodes"), value);
}
