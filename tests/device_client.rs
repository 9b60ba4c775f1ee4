//! `DeviceClient` against a real tokio-modbus TCP server on 127.0.0.1.
//!
//! The server holds plain memory per unit id and logs every request it sees, so
//! the tests can tell a local refusal (nothing sent) from a device answer.

#![cfg(feature = "tcp")]

use modbus_map::client::DeviceClient;
use modbus_map::plan::PlanLimits;
use modbus_map::*;
use std::collections::BTreeMap;
use std::future::{ready, Ready};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use tokio::net::TcpListener;
use tokio_modbus::client::{tcp, Context};
use tokio_modbus::server::tcp::{accept_tcp_connection, Server};
use tokio_modbus::server::Service;
use tokio_modbus::{ExceptionCode, Request, Response, SlaveRequest};

const SIZE: usize = 100;

#[derive(Default)]
struct Memory {
    holding: Vec<u16>,
    input: Vec<u16>,
    coils: Vec<bool>,
    discrete: Vec<bool>,
}

#[derive(Default)]
struct State {
    units: BTreeMap<u8, Memory>,
    /// (unit id, function code, address, quantity) of every request received.
    log: Vec<(u8, u8, u16, u16)>,
}

#[derive(Clone)]
struct TestService(Arc<Mutex<State>>);

fn range(address: u16, quantity: usize) -> Result<std::ops::Range<usize>, ExceptionCode> {
    let start = usize::from(address);
    if start + quantity > SIZE {
        return Err(ExceptionCode::IllegalDataAddress);
    }
    Ok(start..start + quantity)
}

impl Service for TestService {
    type Request = SlaveRequest<'static>;
    type Response = Response;
    type Exception = ExceptionCode;
    type Future = Ready<Result<Response, ExceptionCode>>;

    fn call(&self, req: Self::Request) -> Self::Future {
        let mut state = self.0.lock().unwrap();
        let fc = req.request.function_code().value();
        let (address, quantity) = match &req.request {
            Request::ReadCoils(a, q)
            | Request::ReadDiscreteInputs(a, q)
            | Request::ReadHoldingRegisters(a, q)
            | Request::ReadInputRegisters(a, q) => (*a, *q),
            Request::WriteSingleCoil(a, _) | Request::WriteSingleRegister(a, _) => (*a, 1),
            Request::WriteMultipleCoils(a, v) => (*a, v.len() as u16),
            Request::WriteMultipleRegisters(a, v) => (*a, v.len() as u16),
            _ => (0, 0),
        };
        state.log.push((req.slave, fc, address, quantity));
        let Some(mem) = state.units.get_mut(&req.slave) else {
            return ready(Err(ExceptionCode::GatewayTargetDevice));
        };
        let q = usize::from(quantity);
        let result = (|| {
            Ok(match req.request {
                Request::ReadCoils(a, _) => Response::ReadCoils(mem.coils[range(a, q)?].to_vec()),
                Request::ReadDiscreteInputs(a, _) => Response::ReadDiscreteInputs(mem.discrete[range(a, q)?].to_vec()),
                Request::ReadHoldingRegisters(a, _) => Response::ReadHoldingRegisters(mem.holding[range(a, q)?].to_vec()),
                Request::ReadInputRegisters(a, _) => Response::ReadInputRegisters(mem.input[range(a, q)?].to_vec()),
                Request::WriteSingleCoil(a, v) => {
                    mem.coils[range(a, 1)?][0] = v;
                    Response::WriteSingleCoil(a, v)
                }
                Request::WriteSingleRegister(a, v) => {
                    mem.holding[range(a, 1)?][0] = v;
                    Response::WriteSingleRegister(a, v)
                }
                Request::WriteMultipleRegisters(a, v) => {
                    mem.holding[range(a, v.len())?].copy_from_slice(&v);
                    Response::WriteMultipleRegisters(a, v.len() as u16)
                }
                Request::WriteMultipleCoils(a, v) => {
                    mem.coils[range(a, v.len())?].copy_from_slice(&v);
                    Response::WriteMultipleCoils(a, v.len() as u16)
                }
                _ => return Err(ExceptionCode::IllegalFunction),
            })
        })();
        ready(result)
    }
}

struct Fixture {
    state: Arc<Mutex<State>>,
    addr: SocketAddr,
    server: tokio::task::JoinHandle<()>,
}

impl Fixture {
    async fn start(units: &[u8]) -> Fixture {
        let mut state = State::default();
        for &u in units {
            state.units.insert(
                u,
                Memory { holding: vec![0; SIZE], input: vec![0; SIZE], coils: vec![false; SIZE], discrete: vec![false; SIZE] },
            );
        }
        let state = Arc::new(Mutex::new(state));
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let service = TestService(state.clone());
        let server = tokio::spawn(async move {
            let on_connected = move |stream, socket_addr| {
                let service = service.clone();
                async move { accept_tcp_connection(stream, socket_addr, move |_| Ok(Some(service.clone()))) }
            };
            Server::new(listener).serve(&on_connected, |err| panic!("server failed: {err}")).await.unwrap();
        });
        Fixture { state, addr, server }
    }

    async fn client(&self) -> DeviceClient<Context> {
        DeviceClient::new(tcp::connect(self.addr).await.unwrap())
    }

    fn with<R>(&self, unit: u8, f: impl FnOnce(&mut Memory) -> R) -> R {
        f(self.state.lock().unwrap().units.get_mut(&unit).unwrap())
    }

    fn requests(&self) -> Vec<(u8, u8, u16, u16)> {
        self.state.lock().unwrap().log.clone()
    }
}

impl Drop for Fixture {
    fn drop(&mut self) {
        self.server.abort();
    }
}

const fn reg(name: &'static str, table: Table, address: u16, data_type: DataType, length: u16) -> RegisterDescriptor {
    RegisterDescriptor::new(name, table, address, data_type).with_length(length)
}

const U16: RegisterDescriptor = reg("h.u16", Table::Holding, 0, DataType::U16, 0);
const I32: RegisterDescriptor = reg("h.i32", Table::Holding, 1, DataType::I32, 0);
const F32_LF: RegisterDescriptor =
    RegisterDescriptor { word_order: WordOrder::LowFirst, ..reg("h.f32", Table::Holding, 3, DataType::F32, 0) };
const U64: RegisterDescriptor = reg("h.u64", Table::Holding, 5, DataType::U64, 0);
const NAME: RegisterDescriptor = reg("h.name", Table::Holding, 10, DataType::String, 5);
const CLIVET: RegisterDescriptor = RegisterDescriptor {
    scale: 0.5,
    offset: -15.0,
    min: Some(-15.0),
    max: Some(60.0),
    ..reg("h.setpoint", Table::Holding, 20, DataType::U16, 0)
};
const FLOW: RegisterDescriptor = RegisterDescriptor { scale: 0.1, ..reg("i.flow", Table::Input, 4, DataType::I16, 0) };
const PUMP: RegisterDescriptor = reg("c.pump", Table::Coil, 7, DataType::Bool, 0);
const ALARM: RegisterDescriptor = reg("d.alarm", Table::Discrete, 9, DataType::Bool, 0);
const RESET: RegisterDescriptor = RegisterDescriptor { access: Access::Write, ..reg("h.reset", Table::Holding, 30, DataType::U16, 0) };
const NEW: RegisterDescriptor = RegisterDescriptor { since: Some(Version::new(2, 1, 0)), ..reg("h.new", Table::Holding, 31, DataType::U16, 0) };
const LEGIONELLA: RegisterDescriptor = RegisterDescriptor { safety: true, ..reg("h.legionella", Table::Holding, 32, DataType::U16, 0) };
const MISSING: RegisterDescriptor = reg("h.missing", Table::Holding, 99, DataType::U32, 0);
const ORDER_COIL: RegisterDescriptor = reg("c.word_order", Table::Coil, 40, DataType::Bool, 0);

#[tokio::test]
async fn reads_every_type_from_hand_written_words() {
    let fx = Fixture::start(&[1]).await;
    fx.with(1, |m| {
        m.holding[0] = 0x1234;
        m.holding[1..3].copy_from_slice(&[0xFFFE, 0x7960]); // -100000
        m.holding[3..5].copy_from_slice(&[0x0000, 0x3FC0]); // 1.5, low word first
        m.holding[5..9].copy_from_slice(&[0x0102, 0x0304, 0x0506, 0x0708]);
        m.holding[10..13].copy_from_slice(&[0x4865, 0x6C6C, 0x6F00]); // "Hello"
        m.holding[20] = 73; // 2 * 21.5 + 30
        m.input[4] = 0xFF85; // -12.3
        m.coils[7] = true;
        m.discrete[9] = true;
    });
    let mut c = fx.client().await;
    assert_eq!(c.read_value::<u16>(&U16).await.unwrap(), Ok(0x1234));
    assert_eq!(c.read_value::<i32>(&I32).await.unwrap(), Ok(-100_000));
    assert_eq!(c.read_value::<f32>(&F32_LF).await.unwrap(), Ok(1.5));
    assert_eq!(c.read_value::<u64>(&U64).await.unwrap(), Ok(0x0102_0304_0506_0708));
    assert_eq!(c.read_value::<String>(&NAME).await.unwrap(), Ok("Hello".to_owned()));
    assert_eq!(c.read_value::<f64>(&CLIVET).await.unwrap(), Ok(21.5));
    let flow = c.read_value::<f64>(&FLOW).await.unwrap().unwrap();
    assert!((flow - -12.3).abs() < 1e-9, "{flow}");
    assert_eq!(c.read_value::<bool>(&PUMP).await.unwrap(), Ok(true));
    assert_eq!(c.read_value::<bool>(&ALARM).await.unwrap(), Ok(true));
    let fcs: Vec<u8> = fx.requests().iter().map(|r| r.1).collect();
    assert_eq!(fcs, [3, 3, 3, 3, 3, 3, 4, 1, 2]);
}

#[tokio::test]
async fn writes_reach_the_server_as_hand_computed_words() {
    let fx = Fixture::start(&[1]).await;
    let mut c = fx.client().await;
    c.write_value(&CLIVET, &21.5).await.unwrap().unwrap();
    c.write_value(&I32, &-100_000i32).await.unwrap().unwrap();
    c.write_value(&F32_LF, &-2.25f32).await.unwrap().unwrap();
    c.write_value(&NAME, &"OK".to_owned()).await.unwrap().unwrap();
    c.write_value(&PUMP, &true).await.unwrap().unwrap();
    fx.with(1, |m| {
        assert_eq!(m.holding[20], 73);
        assert_eq!(m.holding[1..3], [0xFFFE, 0x7960]);
        assert_eq!(m.holding[3..5], [0x0000, 0xC010]);
        assert_eq!(m.holding[10..13], [0x4F4B, 0, 0]);
        assert!(m.coils[7]);
    });
    let fcs: Vec<u8> = fx.requests().iter().map(|r| r.1).collect();
    assert_eq!(fcs, [6, 16, 16, 16, 5], "one-word values use fc 06, wider ones fc 16");
}

#[tokio::test]
async fn exceptions_and_transport_errors_stay_apart() {
    let fx = Fixture::start(&[1]).await;
    let mut c = fx.client().await;
    // The device answers with exception 02: outer Ok, inner Err.
    assert_eq!(c.read_value::<u32>(&MISSING).await.unwrap(), Err(ExceptionCode::IllegalDataAddress));
    // No device behind unit 9: still a Modbus exception.
    c.set_unit_id(Some(9));
    assert_eq!(c.read_value::<u16>(&U16).await.unwrap(), Err(ExceptionCode::GatewayTargetDevice));
    // A peer that hangs up is a transport error: outer Err.
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let hang_up = tokio::spawn(async move {
        let (stream, _) = listener.accept().await.unwrap();
        drop(stream);
    });
    let mut dead = DeviceClient::new(tcp::connect(addr).await.unwrap());
    hang_up.await.unwrap();
    let err = dead.read_value::<u16>(&U16).await.unwrap_err();
    assert!(matches!(err, Error::Transport(_)), "{err:?}");
    assert!(err.to_string().contains("check the connection"), "{err}");
}

#[tokio::test]
async fn local_checks_refuse_before_anything_is_sent() {
    let fx = Fixture::start(&[1]).await;
    let mut c = fx.client().await;
    c.set_firmware(Some(Version::new(2, 0, 5)));

    let err = c.write_value(&CLIVET, &60.5).await.unwrap_err();
    assert!(matches!(err, Error::OutOfRange { register: "h.setpoint", value: 60.5, min: Some(-15.0), max: Some(60.0) }), "{err:?}");
    let err = c.write_value(&FLOW, &1.0).await.unwrap_err();
    assert!(matches!(err, Error::NotWritable { register: "i.flow" }), "{err:?}");
    let err = c.read_value::<u16>(&RESET).await.unwrap_err();
    assert!(matches!(err, Error::NotReadable { register: "h.reset" }), "{err:?}");
    let err = c.read_value::<u16>(&NEW).await.unwrap_err();
    assert!(matches!(err, Error::NotInFirmware { register: "h.new", .. }), "{err:?}");
    assert!(err.to_string().contains("2.1.0") && err.to_string().contains("2.0.5"), "{err}");
    let err = c.write_value(&NEW, &1u16).await.unwrap_err();
    assert!(matches!(err, Error::NotInFirmware { .. }), "{err:?}");
    let err = c.write_value(&LEGIONELLA, &1u16).await.unwrap_err();
    assert!(matches!(err, Error::SafetyWriteRefused { register: "h.legionella" }), "{err:?}");
    assert!(err.to_string().contains("allow_safety_writes"), "{err}");
    let err = c.read_many(&[&U16, &RESET], &[U16, RESET], PlanLimits::default()).await.unwrap_err();
    assert!(matches!(err, Error::NotReadable { register: "h.reset" }), "{err:?}");
    assert_eq!(fx.requests(), [], "every refusal happened locally");

    // Newer firmware and the opt-in let the same requests through.
    c.set_firmware(Some(Version::new(2, 1, 0)));
    assert_eq!(c.read_value::<u16>(&NEW).await.unwrap(), Ok(0));
    c.allow_safety_writes(true);
    c.write_value(&LEGIONELLA, &1u16).await.unwrap().unwrap();
    c.write_value(&RESET, &5u16).await.unwrap().unwrap();
    fx.with(1, |m| assert_eq!((m.holding[32], m.holding[30]), (1, 5)));
    assert_eq!(fx.requests().len(), 3);
}

#[tokio::test]
async fn read_many_follows_the_plan_across_unit_ids() {
    let fx = Fixture::start(&[1, 2]).await;
    const OTHER: RegisterDescriptor = RegisterDescriptor { unit_id: 2, ..reg("u2.temp", Table::Holding, 3, DataType::I16, 0) };
    fx.with(1, |m| {
        m.holding[0] = 7;
        m.holding[1..3].copy_from_slice(&[0xFFFF, 0xFFFF]);
        m.holding[20] = 30;
        m.coils[7] = true;
    });
    fx.with(2, |m| m.holding[3] = 0xFFF6);
    let all = [U16, I32, F32_LF, CLIVET, PUMP, OTHER];
    let wanted: Vec<&RegisterDescriptor> = all.iter().collect();
    let limits = PlanLimits { read_limit: 125, max_gap: 20, values_per_read: None };
    let snap = fx.client().await.read_many(&wanted, &all, limits).await.unwrap().unwrap();
    assert_eq!(snap.get::<u16>(&U16, WordOrder::HighFirst), Ok(7));
    assert_eq!(snap.get::<i32>(&I32, WordOrder::HighFirst), Ok(-1));
    assert_eq!(snap.get::<f64>(&CLIVET, WordOrder::HighFirst), Ok(0.0));
    assert_eq!(snap.get::<bool>(&PUMP, WordOrder::HighFirst), Ok(true));
    assert_eq!(snap.get::<i16>(&OTHER, WordOrder::HighFirst), Ok(-10));
    assert!(matches!(snap.get::<u16>(&NEW, WordOrder::HighFirst), Err(codec::DecodeError::NotRead { .. })));
    // Unit 1 holding 0..21 in one request (gap 5..20 is 15 ≤ 20), its coil, then unit 2.
    assert_eq!(fx.requests(), [(1, 1, 7, 1), (1, 3, 0, 21), (2, 3, 3, 1)]);

    // A register the firmware lacks is never read through, whatever max_gap allows.
    let mut c = fx.client().await;
    c.set_firmware(Some(Version::new(2, 0, 0)));
    let all = [U16, NEW, LEGIONELLA];
    let wide = PlanLimits { read_limit: 125, max_gap: 40, values_per_read: None };
    c.read_many(&[&U16, &LEGIONELLA], &all, wide).await.unwrap().unwrap();
    assert_eq!(fx.requests()[3..], [(1, 3, 0, 1), (1, 3, 32, 1)]);
    c.set_firmware(Some(Version::new(2, 1, 0)));
    c.read_many(&[&U16, &LEGIONELLA], &all, wide).await.unwrap().unwrap();
    assert_eq!(fx.requests()[5..], [(1, 3, 0, 33)]);

    // A fixed unit id overrides the descriptors' own.
    let mut c = fx.client().await;
    c.set_unit_id(Some(2));
    assert_eq!(c.read_value::<i16>(&RegisterDescriptor { unit_id: 1, ..OTHER }).await.unwrap(), Ok(-10));
    assert_eq!(fx.requests().last(), Some(&(2, 3, 3, 1)));
}

#[tokio::test]
async fn word_order_switches_at_run_time_from_a_coil() {
    let fx = Fixture::start(&[1]).await;
    fx.with(1, |m| m.holding[1..3].copy_from_slice(&[0x0001, 0x0002]));
    let mut c = fx.client().await;
    assert_eq!(c.sync_word_order(&ORDER_COIL).await.unwrap(), Ok(WordOrder::LowFirst));
    assert_eq!(c.read_value::<i32>(&I32).await.unwrap(), Ok(0x0002_0001));
    fx.with(1, |m| m.coils[40] = true);
    assert_eq!(c.sync_word_order(&ORDER_COIL).await.unwrap(), Ok(WordOrder::HighFirst));
    assert_eq!(c.read_value::<i32>(&I32).await.unwrap(), Ok(0x0001_0002));
    c.write_value(&I32, &0x0003_0004i32).await.unwrap().unwrap();
    c.set_word_order(Some(WordOrder::LowFirst));
    c.write_value(&U64, &0x0001_0002_0003_0004u64).await.unwrap().unwrap();
    fx.with(1, |m| {
        assert_eq!(m.holding[1..3], [0x0003, 0x0004]);
        assert_eq!(m.holding[5..9], [0x0004, 0x0003, 0x0002, 0x0001]);
    });
}
