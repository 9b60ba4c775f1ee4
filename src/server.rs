//! Serving a device map over Modbus TCP and RTU with tokio.
//!
//! [`Server`] owns the dispatch core, the store and an optional request logger.
//! Two ways to put it on the wire:
//! - [`serve_tcp`] and [`serve_rtu`] frame requests themselves and hand the raw PDU
//!   to the dispatch core, so every malformed request gets the exception the
//!   protocol prescribes (tokio-modbus's server codec drops the connection instead
//!   for a coil value other than 0x0000/0xFF00, a register count above 123 or an
//!   impossible byte count, and panics in debug builds on a register count ≥ 0x8000);
//! - [`ModbusService`] implements `tokio_modbus::server::Service` for applications
//!   already built on tokio-modbus's servers (same rules for every request its codec lets through).

use modbus_map_core::dispatch::{DeviceMap, Dispatcher, Exception, Reply, Request, Storage, MAX_PDU_LEN};
use modbus_map_core::Table;
use std::fmt;
use std::future::Future;
use std::io;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};

/// One handled request, for logs.
#[derive(Debug, Clone, Copy)]
pub struct RequestRecord<'a> {
    pub map: &'static DeviceMap,
    pub unit: u8,
    pub pdu: &'a [u8],
    pub reply: Reply,
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
                write!(f, "fc {:02X} ", r.function())?;
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
            Reply::Response { .. } => f.write_str(" -> ok"),
            Reply::Exception { exception, .. } => write!(f, " -> {exception}"),
            Reply::UnknownUnit => f.write_str(" -> unknown unit id"),
            Reply::Broadcast => f.write_str(" -> broadcast, not answered"),
        }
    }
}

type Logger = Box<dyn Fn(&RequestRecord<'_>) + Send + Sync>;

/// A device map, its store and the server's settings; share it as `Arc<Server<S>>`.
pub struct Server<S> {
    dispatcher: Dispatcher<'static>,
    store: Mutex<S>,
    logger: Option<Logger>,
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
        Server { dispatcher: Dispatcher::new(map), store: Mutex::new(store), logger: None }
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

    pub fn map(&self) -> &'static DeviceMap {
        self.dispatcher.map
    }

    /// The store, locked. Keep the guard short: requests wait for it.
    pub fn store(&self) -> MutexGuard<'_, S> {
        // A poisoned lock only means a logger or store panicked mid-request; the words are still whole.
        self.store.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Handles one request PDU for `unit`; the response PDU goes to `out` (≥ 253 bytes).
    pub fn handle(&self, unit: u8, pdu: &[u8], out: &mut [u8]) -> Reply {
        let reply = {
            let mut store = self.store();
            self.dispatcher.handle(&mut *store, unit, pdu, out)
        };
        if let Some(log) = &self.logger {
            log(&RequestRecord { map: self.dispatcher.map, unit, pdu, reply });
        }
        reply
    }
}

/// Serves Modbus TCP connections from `listener` until `shutdown` completes.
/// Connections still open then are closed.
#[cfg(feature = "tcp")]
pub async fn serve_tcp<S: Storage + Send + 'static>(
    server: Arc<Server<S>>,
    listener: tokio::net::TcpListener,
    shutdown: impl Future<Output = ()>,
) -> io::Result<()> {
    let mut connections = tokio::task::JoinSet::new();
    tokio::pin!(shutdown);
    loop {
        tokio::select! {
            () = &mut shutdown => break,
            accepted = listener.accept() => {
                let (stream, _) = match accepted {
                    Ok(a) => a,
                    // Out of file descriptors or a reset during the handshake: keep serving the others.
                    Err(_) => { tokio::time::sleep(Duration::from_millis(10)).await; continue; }
                };
                let _ = stream.set_nodelay(true);
                let server = server.clone();
                connections.spawn(async move {
                    let _ = tcp_connection(&server, stream).await;
                });
            }
            Some(_) = connections.join_next(), if !connections.is_empty() => {}
        }
    }
    connections.shutdown().await;
    Ok(())
}

/// Serves one TCP connection until the peer closes it or sends something that is not
/// Modbus TCP framing (then the stream cannot be resynchronised and is closed).
///
/// One read takes whatever the peer has sent; every complete request in it is answered
/// in order, and the answers go out together in one write. No allocation per request.
#[cfg(feature = "tcp")]
pub async fn tcp_connection<S: Storage + Send, T: AsyncRead + AsyncWrite + Unpin>(server: &Server<S>, mut stream: T) -> io::Result<()> {
    const HEADER: usize = 7;
    // The largest frame that is read whole: one byte more than the largest legal PDU, so
    // an oversized but well-framed request (FC16 with 124 registers) gets exception 03.
    const MAX_FRAME: usize = HEADER + MAX_PDU_LEN + 1;
    const MAX_ANSWER: usize = HEADER + MAX_PDU_LEN;
    let mut input = [0u8; 8 * MAX_FRAME];
    let mut output = [0u8; 8 * MAX_ANSWER];
    // Unanswered bytes are `input[start..end]`.
    let (mut start, mut end) = (0usize, 0usize);
    loop {
        let mut pending = 0;
        let mut bad_frame = None;
        while end - start >= HEADER {
            let header = &input[start..start + HEADER];
            let protocol = u16::from_be_bytes([header[2], header[3]]);
            let length = u16::from_be_bytes([header[4], header[5]]) as usize;
            if protocol != 0 || !(2..=MAX_PDU_LEN + 2).contains(&length) {
                bad_frame = Some((protocol, length));
                break;
            }
            let frame_len = 6 + length;
            if end - start < frame_len {
                break;
            }
            if output.len() - pending < MAX_ANSWER {
                stream.write_all(&output[..pending]).await?;
                pending = 0;
            }
            let frame = &input[start..start + frame_len];
            let (unit, pdu) = (frame[6], &frame[HEADER..]);
            let (head, body) = output[pending..].split_at_mut(HEADER);
            let reply = server.handle(unit, pdu, body);
            if let Some(len) = reply.for_tcp(pdu, body) {
                head[..4].copy_from_slice(&frame[..4]);
                head[4..6].copy_from_slice(&((len + 1) as u16).to_be_bytes());
                head[6] = unit;
                pending += HEADER + len;
            }
            start += frame_len;
        }
        if pending > 0 {
            stream.write_all(&output[..pending]).await?;
        }
        if let Some((protocol, length)) = bad_frame {
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                format!("not a Modbus TCP frame (protocol id {protocol}, length {length}); closing the connection"),
            ));
        }
        if start == end {
            (start, end) = (0, 0);
        } else if input.len() - start < MAX_FRAME {
            // Too little room after the partial frame for the largest frame: move it to the front.
            input.copy_within(start..end, 0);
            (start, end) = (0, end - start);
        }
        let n = stream.read(&mut input[end..]).await?;
        if n == 0 {
            // The peer closed: between frames or inside a header is a normal goodbye.
            return if end - start < HEADER { Ok(()) } else { Err(io::ErrorKind::UnexpectedEof.into()) };
        }
        end += n;
    }
}

/// CRC-16/MODBUS, sent low byte first.
pub fn crc16(bytes: &[u8]) -> u16 {
    let mut crc = 0xFFFFu16;
    for &b in bytes {
        crc ^= b as u16;
        for _ in 0..8 {
            crc = if crc & 1 != 0 { (crc >> 1) ^ 0xA001 } else { crc >> 1 };
        }
    }
    crc
}

/// Length of the RTU request frame at the start of `buf` (address through CRC), if it
/// can be told yet. `Some(0)` for a function code whose length is unknown.
fn rtu_frame_len(buf: &[u8]) -> Option<usize> {
    match *buf.get(1)? {
        0x01..=0x06 => Some(8),
        0x0F | 0x10 => buf.get(6).map(|&n| 9 + n as usize),
        0x17 => buf.get(10).map(|&n| 13 + n as usize),
        _ => Some(0),
    }
}

/// Serves Modbus RTU on a serial port (or anything byte-stream shaped) until `shutdown`.
/// Frames with a bad CRC are dropped byte by byte until the stream lines up again;
/// requests for unknown unit ids and broadcasts are not answered.
pub async fn serve_rtu<S: Storage + Send, T: AsyncRead + AsyncWrite + Unpin>(
    server: &Server<S>,
    port: T,
    shutdown: impl Future<Output = ()>,
) -> io::Result<()> {
    // Longer than 3.5 characters at any baud rate ≥ 1200: a partial frame older than this is line noise.
    const SILENCE: Duration = Duration::from_millis(50);
    let (mut read, mut write) = tokio::io::split(port);
    let mut buf: Vec<u8> = Vec::with_capacity(512);
    let mut chunk = [0u8; 256];
    let mut out = [0u8; 1 + MAX_PDU_LEN + 2];
    tokio::pin!(shutdown);
    loop {
        let n = tokio::select! {
            () = &mut shutdown => return Ok(()),
            r = tokio::time::timeout(SILENCE, read.read(&mut chunk)) => match r {
                Ok(Ok(0)) => return Ok(()),
                Ok(Ok(n)) => n,
                Ok(Err(e)) => return Err(e),
                Err(_) => {
                    // Silence on the line: whatever is buffered will never complete.
                    if !buf.is_empty() { buf.remove(0); }
                    0
                }
            },
        };
        buf.extend_from_slice(&chunk[..n]);
        while buf.len() >= 4 {
            let Some(len) = rtu_frame_len(&buf) else { break };
            let len = if len == 0 {
                // Unknown function: the frame ends where a CRC matches.
                match (4..=buf.len().min(256)).find(|&l| crc16(&buf[..l - 2]) == u16::from_le_bytes([buf[l - 2], buf[l - 1]])) {
                    Some(l) => l,
                    None if buf.len() >= 256 => {
                        buf.remove(0);
                        continue;
                    }
                    None => break,
                }
            } else {
                len
            };
            if len > 256 {
                buf.remove(0);
                continue;
            }
            if buf.len() < len {
                break;
            }
            if crc16(&buf[..len - 2]) != u16::from_le_bytes([buf[len - 2], buf[len - 1]]) {
                buf.remove(0);
                continue;
            }
            let unit = buf[0];
            let reply = server.handle(unit, &buf[1..len - 2], &mut out[1..]);
            buf.drain(..len);
            if let Some(n) = reply.for_rtu() {
                out[0] = unit;
                let crc = crc16(&out[..1 + n]);
                out[1 + n..3 + n].copy_from_slice(&crc.to_le_bytes());
                write.write_all(&out[..3 + n]).await?;
                write.flush().await?;
            }
        }
    }
}

/// `tokio_modbus::server::Service` over a [`Server`], for tokio-modbus's own TCP and RTU servers.
#[derive(Debug)]
pub struct ModbusService<S> {
    server: Arc<Server<S>>,
    /// Modbus TCP answers an unknown unit id with exception 0x0B; RTU stays silent.
    tcp: bool,
}

impl<S> Clone for ModbusService<S> {
    fn clone(&self) -> Self {
        ModbusService { server: self.server.clone(), tcp: self.tcp }
    }
}

impl<S: Storage + Send> ModbusService<S> {
    pub fn tcp(server: Arc<Server<S>>) -> Self {
        ModbusService { server, tcp: true }
    }

    pub fn rtu(server: Arc<Server<S>>) -> Self {
        ModbusService { server, tcp: false }
    }

    /// The request as a PDU for the dispatch core, or the exception for requests the
    /// core has no function for or that are too large to be a valid PDU.
    fn encode(request: &tokio_modbus::Request<'_>, pdu: &mut [u8; MAX_PDU_LEN]) -> Result<usize, Exception> {
        use tokio_modbus::Request as R;
        let mut len = 0;
        let mut put = |bytes: &[u8]| {
            pdu[len..len + bytes.len()].copy_from_slice(bytes);
            len += bytes.len();
        };
        match request {
            R::ReadCoils(a, q) => put(&[&[1u8][..], &a.to_be_bytes(), &q.to_be_bytes()].concat()),
            R::ReadDiscreteInputs(a, q) => put(&[&[2u8][..], &a.to_be_bytes(), &q.to_be_bytes()].concat()),
            R::ReadHoldingRegisters(a, q) => put(&[&[3u8][..], &a.to_be_bytes(), &q.to_be_bytes()].concat()),
            R::ReadInputRegisters(a, q) => put(&[&[4u8][..], &a.to_be_bytes(), &q.to_be_bytes()].concat()),
            R::WriteSingleCoil(a, on) => {
                let v: u16 = if *on { 0xFF00 } else { 0 };
                put(&[&[5u8][..], &a.to_be_bytes(), &v.to_be_bytes()].concat())
            }
            R::WriteSingleRegister(a, v) => put(&[&[6u8][..], &a.to_be_bytes(), &v.to_be_bytes()].concat()),
            R::WriteMultipleCoils(a, coils) => {
                if coils.is_empty() || coils.len() > 0x07B0 {
                    return Err(Exception::IllegalDataValue);
                }
                let bytes = coils.len().div_ceil(8);
                put(&[&[0x0Fu8][..], &a.to_be_bytes(), &(coils.len() as u16).to_be_bytes(), &[bytes as u8]].concat());
                let mut packed = [0u8; 246];
                for (i, _) in coils.iter().enumerate().filter(|(_, &c)| c) {
                    packed[i / 8] |= 1 << (i % 8);
                }
                put(&packed[..bytes]);
            }
            R::WriteMultipleRegisters(a, words) => {
                if words.is_empty() || words.len() > 0x7B {
                    return Err(Exception::IllegalDataValue);
                }
                put(&[&[0x10u8][..], &a.to_be_bytes(), &(words.len() as u16).to_be_bytes(), &[2 * words.len() as u8]].concat());
                words.iter().for_each(|w| put(&w.to_be_bytes()));
            }
            R::ReadWriteMultipleRegisters(ra, rq, wa, words) => {
                if words.is_empty() || words.len() > 0x79 {
                    return Err(Exception::IllegalDataValue);
                }
                put(&[&[0x17u8][..], &ra.to_be_bytes(), &rq.to_be_bytes(), &wa.to_be_bytes()].concat());
                put(&[&(words.len() as u16).to_be_bytes()[..], &[2 * words.len() as u8]].concat());
                words.iter().for_each(|w| put(&w.to_be_bytes()));
            }
            _ => return Err(Exception::IllegalFunction),
        }
        Ok(len)
    }

    /// Handles one tokio-modbus request.
    pub fn call_now(&self, unit: u8, request: &tokio_modbus::Request<'_>) -> Result<Option<tokio_modbus::Response>, tokio_modbus::ExceptionCode> {
        use tokio_modbus::Response as R;
        let mut pdu = [0u8; MAX_PDU_LEN];
        let len = Self::encode(request, &mut pdu).map_err(exception_code)?;
        let mut out = [0u8; MAX_PDU_LEN];
        let reply = self.server.handle(unit, &pdu[..len], &mut out);
        let len = match reply {
            Reply::Response { len } => len,
            Reply::Exception { exception, .. } => return Err(exception_code(exception)),
            Reply::UnknownUnit if self.tcp => return Err(tokio_modbus::ExceptionCode::GatewayTargetDevice),
            Reply::UnknownUnit | Reply::Broadcast => return Ok(None),
        };
        let word = |i: usize| u16::from_be_bytes([out[i], out[i + 1]]);
        let words = || (0..(len - 2) / 2).map(|k| word(2 + 2 * k)).collect::<Vec<u16>>();
        let bits = |q: u16| (0..q as usize).map(|i| out[2 + i / 8] & (1 << (i % 8)) != 0).collect::<Vec<bool>>();
        Ok(Some(match *request {
            tokio_modbus::Request::ReadCoils(_, q) => R::ReadCoils(bits(q)),
            tokio_modbus::Request::ReadDiscreteInputs(_, q) => R::ReadDiscreteInputs(bits(q)),
            tokio_modbus::Request::ReadHoldingRegisters(..) => R::ReadHoldingRegisters(words()),
            tokio_modbus::Request::ReadInputRegisters(..) => R::ReadInputRegisters(words()),
            tokio_modbus::Request::WriteSingleCoil(a, on) => R::WriteSingleCoil(a, on),
            tokio_modbus::Request::WriteSingleRegister(a, v) => R::WriteSingleRegister(a, v),
            tokio_modbus::Request::WriteMultipleCoils(a, ref c) => R::WriteMultipleCoils(a, c.len() as u16),
            tokio_modbus::Request::WriteMultipleRegisters(a, ref w) => R::WriteMultipleRegisters(a, w.len() as u16),
            tokio_modbus::Request::ReadWriteMultipleRegisters(..) => R::ReadWriteMultipleRegisters(words()),
            _ => return Err(tokio_modbus::ExceptionCode::IllegalFunction),
        }))
    }
}

fn exception_code(e: Exception) -> tokio_modbus::ExceptionCode {
    use tokio_modbus::ExceptionCode as C;
    match e {
        Exception::IllegalFunction => C::IllegalFunction,
        Exception::IllegalDataAddress => C::IllegalDataAddress,
        Exception::IllegalDataValue => C::IllegalDataValue,
        Exception::ServerDeviceFailure => C::ServerDeviceFailure,
        Exception::GatewayTargetFailedToRespond => C::GatewayTargetDevice,
    }
}

impl<S: Storage + Send + 'static> tokio_modbus::server::Service for ModbusService<S> {
    type Request = tokio_modbus::SlaveRequest<'static>;
    type Response = Option<tokio_modbus::Response>;
    type Exception = tokio_modbus::ExceptionCode;
    type Future = std::future::Ready<Result<Self::Response, Self::Exception>>;

    fn call(&self, req: Self::Request) -> Self::Future {
        std::future::ready(self.call_now(req.slave, &req.request))
    }
}
