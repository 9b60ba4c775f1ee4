//! `DeviceClient` over Modbus RTU framing: a tokio-modbus RTU server on one end
//! of a socat pty pair, the client on the other.

#![cfg(feature = "rtu")]

use modbus_map::client::DeviceClient;
use modbus_map::plan::PlanLimits;
use modbus_map::*;
use std::future::{ready, Ready};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio_modbus::server::Service;
use tokio_modbus::{ExceptionCode, Request, Response, Slave, SlaveRequest};

#[derive(Clone)]
struct Holding(Arc<Mutex<Vec<u16>>>);

impl Service for Holding {
    type Request = SlaveRequest<'static>;
    type Response = Option<Response>;
    type Exception = ExceptionCode;
    type Future = Ready<Result<Option<Response>, ExceptionCode>>;

    fn call(&self, req: Self::Request) -> Self::Future {
        // An RTU bus is shared: only unit 7 answers.
        if req.slave != 7 {
            return ready(Ok(None));
        }
        let mut mem = self.0.lock().unwrap();
        ready(match req.request {
            Request::ReadHoldingRegisters(a, q) if usize::from(a) + usize::from(q) <= mem.len() => {
                Ok(Some(Response::ReadHoldingRegisters(mem[usize::from(a)..usize::from(a) + usize::from(q)].to_vec())))
            }
            Request::WriteMultipleRegisters(a, v) if usize::from(a) + v.len() <= mem.len() => {
                mem[usize::from(a)..usize::from(a) + v.len()].copy_from_slice(&v);
                Ok(Some(Response::WriteMultipleRegisters(a, v.len() as u16)))
            }
            _ => Err(ExceptionCode::IllegalDataAddress),
        })
    }
}

/// A socat-made pty pair, killed on drop.
struct PtyPair {
    socat: Child,
    dir: PathBuf,
}

impl PtyPair {
    fn new() -> PtyPair {
        let dir = std::env::temp_dir().join(format!("modbus-map-rtu-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let (a, b) = (dir.join("server"), dir.join("client"));
        let socat = Command::new("socat")
            .arg(format!("pty,raw,echo=0,link={}", a.display()))
            .arg(format!("pty,raw,echo=0,link={}", b.display()))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| {
                panic!("this test needs socat on PATH (`cargo xtask test` or `apt-get install socat` installs it): {e}")
            });
        let pair = PtyPair { socat, dir };
        for _ in 0..100 {
            if a.exists() && b.exists() {
                return pair;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!("socat did not create {} and {} within 2 s", a.display(), b.display());
    }

    fn end(&self, name: &str) -> PathBuf {
        self.dir.join(name)
    }
}

impl Drop for PtyPair {
    fn drop(&mut self) {
        let _ = self.socat.kill();
        let _ = self.socat.wait();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

async fn open_client_end(path: &Path) -> tokio::fs::File {
    tokio::fs::OpenOptions::new().read(true).write(true).open(path).await.unwrap()
}

const TOTAL: RegisterDescriptor = RegisterDescriptor::new("meter.total_kwh", Table::Holding, 2, DataType::U32)
    .with_unit_id(7)
    .with_scale(0.01, 0.0)
    .with_word_order(WordOrder::LowFirst)
    .with_unit("kWh");
const STATE: RegisterDescriptor =
    RegisterDescriptor { name: "meter.state", address: 0, width: 1, data_type: DataType::U16, scale: 1.0, unit: None, ..TOTAL };

#[tokio::test]
async fn reads_and_writes_over_rtu_framing() {
    let pair = PtyPair::new();
    let mem = Arc::new(Mutex::new(vec![0u16; 16]));
    mem.lock().unwrap()[..4].copy_from_slice(&[3, 0, 0x1D80, 0x042C]); // 700000.00 kWh, low word first
    let server = tokio_modbus::server::rtu::Server::new_from_path(pair.end("server"), 19_200).unwrap();
    let service = Holding(mem.clone());
    let server = tokio::spawn(async move { server.serve_forever(service).await });

    let transport = open_client_end(&pair.end("client")).await;
    let mut c = DeviceClient::new(tokio_modbus::client::rtu::attach_slave(transport, Slave(7)));
    let limits = PlanLimits { read_limit: 125, max_gap: 1, values_per_read: None };
    let snap = tokio::time::timeout(Duration::from_secs(10), c.read_many(&[&STATE, &TOTAL], &[STATE, TOTAL], limits))
        .await
        .expect("the RTU server answers within 10 s")
        .unwrap()
        .unwrap();
    assert_eq!(snap.get::<u16>(&STATE, WordOrder::HighFirst), Ok(3));
    assert_eq!(snap.get::<f64>(&TOTAL, WordOrder::LowFirst), Ok(700_000.0));

    tokio::time::timeout(Duration::from_secs(10), c.write_value(&TOTAL, &12.34)).await.unwrap().unwrap().unwrap();
    assert_eq!(mem.lock().unwrap()[2..4], [1234, 0]);
    // Registers 15..17 run past the server's 16: exception 02 comes back through RTU framing.
    let past_end = RegisterDescriptor { address: 15, ..TOTAL };
    let answer = tokio::time::timeout(Duration::from_secs(10), c.read_value::<f64>(&past_end)).await.unwrap();
    assert_eq!(answer.unwrap(), Err(ExceptionCode::IllegalDataAddress));
    server.abort();
}
