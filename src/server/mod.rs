//! Serving a device map over Modbus TCP and RTU with tokio.
//!
//! [`Server`] owns the dispatch core, the store and an optional request logger.
//! Three ways to put it on the wire, one module each:
//! - [`tcp`] ([`serve_tcp`]) and [`rtu`] ([`serve_rtu`]) frame requests themselves and
//!   hand the raw PDU to the dispatch core, so every malformed request gets the exception
//!   the protocol prescribes (tokio-modbus's server codec drops the connection instead
//!   for a coil value other than 0x0000/0xFF00, a register count above 123 or an
//!   impossible byte count, and panics in debug builds on a register count ≥ 0x8000);
//! - [`service`] ([`ModbusService`]) implements `tokio_modbus::server::Service` for
//!   applications already built on tokio-modbus's servers (same rules for every request
//!   its codec lets through).
//!
//! The framers are plain synchronous code ([`tcp::answer_frames`], [`rtu::RtuFramer`]):
//! the async loops only move bytes and wait, so the fuzz targets drive the same code.

use modbus_map_core::dispatch::{DeviceMap, Dispatcher, Framing, Reply, Request, Storage};
use quirks::{Applied, QuirkState};
use modbus_map_core::Table;
use std::fmt;
use std::sync::{Mutex, MutexGuard};

pub mod quirks;
#[cfg(feature = "rtu")]
pub mod rtu;
pub mod service;
#[cfg(feature = "tcp")]
pub mod tcp;

#[cfg(feature = "rtu")]
pub use rtu::{crc16, serve_rtu, RtuFramer};
pub use quirks::Quirks;
pub use service::ModbusService;
#[cfg(feature = "tcp")]
pub use tcp::{serve_tcp, tcp_connection};

/// One handled request, for logs.
#[derive(Debug, Clone, Copy)]
pub struct RequestRecord<'a> {
    pub map: &'static DeviceMap,
    pub unit: u8,
    pub pdu: &'a [u8],
    pub reply: Reply,
    /// The quirk that answered instead of the device, if one did.
    pub quirk: Option<Applied>,
}

impl fmt::Display for RequestRecord<'_> {
    /// `unit 1 fc 03 read holding 10..13 [b.temp, b.energy] -> ok`
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unit {} ", self.unit)?;
        let range = |f: &mut fmt::Formatter<'_>, verb: &str, table: Table, address: u16, quantity: u16| -> fmt::Result {
            let end = address as u32 + quantity as u32;
            write!(f, "{verb} {} {address}..{end}", table.as_str())?;
            let names = self.map.unit(self.unit).or(self.map.unit(self.map.default_unit)).map(|u| u.table(table).entries_in(address, quantity));
            if let Some(names) = names.filter(|n| !n.is_empty()) {
                let shown = names.iter().take(8).map(|e| e.descriptor.name).collect::<Vec<_>>().join(", ");
                let more = if names.len() > 8 { format!(", +{} more", names.len() - 8) } else { String::new() };
                write!(f, " [{shown}{more}]")?;
            }
            Ok(())
        };
        match Request::parse(self.pdu) {
            Ok(r) => {
                write!(f, "fc {:02X} ", r.function().code())?;
                match r {
                    Request::ReadCoils { address, quantity }
                    | Request::ReadDiscreteInputs { address, quantity }
                    | Request::ReadHoldingRegisters { address, quantity }
                    | Request::ReadInputRegisters { address, quantity } => range(f, "read", r.table(), address, quantity)?,
                    Request::WriteSingleCoil { address, value } | Request::WriteSingleRegister { address, value } => {
                        range(f, "write", r.table(), address, 1)?;
                        write!(f, " = {value:#06X}")?;
                    }
                    Request::WriteMultipleCoils { address, quantity, .. } | Request::WriteMultipleRegisters { address, quantity, .. } => {
                        range(f, "write", r.table(), address, quantity)?
                    }
                    Request::ReadWriteMultipleRegisters { read_address, read_quantity, write_address, write_quantity, .. } => {
                        range(f, "write", Table::Holding, write_address, write_quantity)?;
                        f.write_str(", ")?;
                        range(f, "read", Table::Holding, read_address, read_quantity)?;
                    }
                }
            }
            Err(_) => write!(f, "fc {:02X} malformed ({} bytes)", self.pdu.first().copied().unwrap_or(0), self.pdu.len())?,
        }
        match self.reply {
            Reply::Response { .. } => f.write_str(" -> ok")?,
            Reply::Exception { exception, .. } => write!(f, " -> {exception}")?,
            Reply::UnknownUnit => f.write_str(" -> unknown unit id")?,
            Reply::Broadcast => f.write_str(" -> broadcast, not answered")?,
            Reply::Silent => f.write_str(" -> not answered")?,
        }
        match self.quirk {
            Some(quirk) => write!(f, " ({quirk})"),
            None => Ok(()),
        }
    }
}

type Logger = Box<dyn Fn(&RequestRecord<'_>) + Send + Sync>;
type EventLogger = Box<dyn Fn(&dyn fmt::Display) + Send + Sync>;

/// A device map, its store and the server's settings; share it as `Arc<Server<S>>`.
pub struct Server<S> {
    dispatcher: Dispatcher<'static>,
    store: Mutex<S>,
    logger: Option<Logger>,
    events: Option<EventLogger>,
    quirks: Option<QuirkState>,
}

impl<S> fmt::Debug for Server<S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Server")
            .field("device", &self.dispatcher.map.name)
            .field("safety_writes", &self.dispatcher.safety_writes)
            .finish()
    }
}

impl<S: Storage + Send> Server<S> {
    pub fn new(map: &'static DeviceMap, store: S) -> Self {
        Server { dispatcher: Dispatcher::new(map), store: Mutex::new(store), logger: None, events: None, quirks: None }
    }

    /// Accept writes to `safety: true` registers (refused with exception 01 otherwise).
    pub fn with_safety_writes(mut self, enabled: bool) -> Self {
        self.dispatcher.safety_writes = enabled;
        self
    }

    /// Called once per handled request (the simulator prints `record` as one line).
    pub fn on_request(mut self, logger: impl Fn(&RequestRecord<'_>) + Send + Sync + 'static) -> Self {
        self.logger = Some(Box::new(logger));
        self
    }

    /// Behave like a device with these quirks (none by default).
    pub fn with_quirks(mut self, quirks: Quirks) -> Self {
        self.quirks = (quirks != Quirks::default()).then(|| QuirkState::new(quirks));
        self
    }

    /// The quirks the server plays (the transports apply the delays and connection limits).
    pub fn quirks(&self) -> Option<&Quirks> {
        self.quirks.as_ref().map(|q| &q.quirks)
    }

    /// How long every answer waits before it is sent (quirk response-delay), on every transport.
    pub(crate) fn response_delay(&self) -> std::time::Duration {
        self.quirks().map_or(std::time::Duration::ZERO, |q| q.response_delay)
    }

    /// Called for what happens besides requests: discarded RTU frames, connections
    /// refused or closed (the simulator prints each as one line).
    pub fn on_event(mut self, logger: impl Fn(&dyn fmt::Display) + Send + Sync + 'static) -> Self {
        self.events = Some(Box::new(logger));
        self
    }

    pub(crate) fn log_event(&self, event: &dyn fmt::Display) {
        if let Some(log) = &self.events {
            log(event);
        }
    }

    pub fn map(&self) -> &'static DeviceMap {
        self.dispatcher.map
    }

    /// The store, locked. Keep the guard short: requests wait for it.
    pub fn store(&self) -> MutexGuard<'_, S> {
        // A poisoned lock only means a logger or store panicked mid-request; the words are still whole.
        self.store.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Handles one request PDU for `unit` that came over `framing`; the response PDU
    /// goes to `out` (≥ 253 bytes).
    pub fn handle(&self, framing: Framing, unit: u8, pdu: &[u8], out: &mut [u8]) -> Reply {
        let quirk = self.quirks.as_ref().and_then(|q| q.check(pdu, std::time::Instant::now()));
        let reply = match quirk.map(Applied::exception) {
            Some(Some(exception)) => modbus_map_core::dispatch::exception_reply(out, pdu.first().copied().unwrap_or(0), exception),
            Some(None) => Reply::Silent,
            None => {
                let mut store = self.store();
                self.dispatcher.handle_on(framing, &mut *store, unit, pdu, out)
            }
        };
        if let Some(log) = &self.logger {
            log(&RequestRecord { map: self.dispatcher.map, unit, pdu, reply, quirk });
        }
        reply
    }
}
