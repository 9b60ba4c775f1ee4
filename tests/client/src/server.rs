//! A small tokio-modbus TCP server over plain memory, for driving generated
//! clients: every (unit id, table) is a sparse map of address → word (or bit).
//! Unset addresses read as 0. Addresses marked with `deny` answer exception 02
//! (illegal data address), which lets tests tell exceptions from transport errors.
//! Every request is counted, so a test can prove a refusal happened locally.

use std::collections::{BTreeMap, BTreeSet};
use std::future;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use tokio::net::TcpListener;
use tokio_modbus::server::tcp::{accept_tcp_connection, Server};
use tokio_modbus::{ExceptionCode, Request, Response, SlaveRequest};

pub use modbus_map::Table;

#[derive(Debug, Default)]
struct Memory {
    words: BTreeMap<(u8, Table, u16), u16>,
    denied: BTreeSet<(u8, Table, u16)>,
    requests: usize,
}

/// Handle to the memory of a running server; cloning shares it.
#[derive(Debug, Clone, Default)]
pub struct Store(Arc<Mutex<Memory>>);

impl Store {
    fn lock(&self) -> std::sync::MutexGuard<'_, Memory> {
        // A test thread that panicked while holding the lock already failed the test; keep serving.
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Puts `words` at `address..` (bits: 0 = off, anything else = on).
    pub fn set(&self, unit: u8, table: Table, address: u16, words: &[u16]) {
        let mut m = self.lock();
        for (i, w) in words.iter().enumerate() {
            m.words.insert((unit, table, address + i as u16), *w);
        }
    }

    /// The words at `address..address+count`.
    pub fn get(&self, unit: u8, table: Table, address: u16, count: u16) -> Vec<u16> {
        let m = self.lock();
        (0..count).map(|i| m.words.get(&(unit, table, address + i)).copied().unwrap_or(0)).collect()
    }

    /// Requests touching this address answer exception 02.
    pub fn deny(&self, unit: u8, table: Table, address: u16) {
        self.lock().denied.insert((unit, table, address));
    }

    /// Requests served so far (including refused ones).
    pub fn requests(&self) -> usize {
        self.lock().requests
    }

    fn read(&self, unit: u8, table: Table, address: u16, count: u16) -> Result<Vec<u16>, ExceptionCode> {
        let mut m = self.lock();
        m.requests += 1;
        check_range(&m, unit, table, address, count)?;
        Ok((0..count).map(|i| m.words.get(&(unit, table, address + i)).copied().unwrap_or(0)).collect())
    }

    fn write(&self, unit: u8, table: Table, address: u16, words: &[u16]) -> Result<(), ExceptionCode> {
        let mut m = self.lock();
        m.requests += 1;
        check_range(&m, unit, table, address, words.len() as u16)?;
        for (i, w) in words.iter().enumerate() {
            m.words.insert((unit, table, address + i as u16), *w);
        }
        Ok(())
    }

    fn call(&self, req: SlaveRequest<'static>) -> Result<Response, ExceptionCode> {
        let unit = req.slave;
        let bits = |words: Vec<u16>| words.into_iter().map(|w| w != 0).collect::<Vec<bool>>();
        match req.request {
            Request::ReadCoils(a, n) => Ok(Response::ReadCoils(bits(self.read(unit, Table::Coil, a, n)?))),
            Request::ReadDiscreteInputs(a, n) => {
                Ok(Response::ReadDiscreteInputs(bits(self.read(unit, Table::Discrete, a, n)?)))
            }
            Request::ReadHoldingRegisters(a, n) => {
                Ok(Response::ReadHoldingRegisters(self.read(unit, Table::Holding, a, n)?))
            }
            Request::ReadInputRegisters(a, n) => Ok(Response::ReadInputRegisters(self.read(unit, Table::Input, a, n)?)),
            Request::WriteSingleCoil(a, v) => {
                self.write(unit, Table::Coil, a, &[u16::from(v)])?;
                Ok(Response::WriteSingleCoil(a, v))
            }
            Request::WriteMultipleCoils(a, vs) => {
                let words: Vec<u16> = vs.iter().map(|&b| u16::from(b)).collect();
                self.write(unit, Table::Coil, a, &words)?;
                Ok(Response::WriteMultipleCoils(a, words.len() as u16))
            }
            Request::WriteSingleRegister(a, v) => {
                self.write(unit, Table::Holding, a, &[v])?;
                Ok(Response::WriteSingleRegister(a, v))
            }
            Request::WriteMultipleRegisters(a, vs) => {
                self.write(unit, Table::Holding, a, &vs)?;
                Ok(Response::WriteMultipleRegisters(a, vs.len() as u16))
            }
            _ => {
                self.lock().requests += 1;
                Err(ExceptionCode::IllegalFunction)
            }
        }
    }
}

fn check_range(m: &Memory, unit: u8, table: Table, address: u16, count: u16) -> Result<(), ExceptionCode> {
    if count == 0 || address as u32 + count as u32 > 0x1_0000 {
        return Err(ExceptionCode::IllegalDataValue);
    }
    if (0..count).any(|i| m.denied.contains(&(unit, table, address + i))) {
        return Err(ExceptionCode::IllegalDataAddress);
    }
    Ok(())
}

struct Service(Store);

impl tokio_modbus::server::Service for Service {
    type Request = SlaveRequest<'static>;
    type Response = Response;
    type Exception = ExceptionCode;
    type Future = future::Ready<Result<Response, ExceptionCode>>;

    fn call(&self, req: Self::Request) -> Self::Future {
        future::ready(self.0.call(req))
    }
}

/// A server on 127.0.0.1 with an OS-chosen port, served until the test's runtime ends.
pub async fn start(store: Store) -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind 127.0.0.1:0 for the test server");
    let addr = listener.local_addr().expect("local address of the test server");
    let server = Server::new(listener);
    tokio::spawn(async move {
        let new_service = move |_addr| Ok(Some(Service(store.clone())));
        let on_connected = move |stream, socket_addr| {
            let new_service = new_service.clone();
            async move { accept_tcp_connection(stream, socket_addr, new_service) }
        };
        // The server runs until the runtime shuts down at the end of the test.
        let _ = server.serve(&on_connected, |_err| {}).await;
    });
    addr
}
