//! `tokio_modbus::server::Service` over a [`Server`], for tokio-modbus's own TCP and RTU servers.

use super::Server;
use modbus_map_core::dispatch::{Exception, Framing, Reply, Request, Storage, MAX_PDU_LEN};
use std::sync::Arc;

/// A [`Server`] as a tokio-modbus service.
#[derive(Debug)]
pub struct ModbusService<S> {
    server: Arc<Server<S>>,
    /// Modbus TCP answers an unknown unit id with exception 0x0B and serves unit 0; on RTU
    /// both stay silent (unit 0 is a broadcast).
    framing: Framing,
}

impl<S> Clone for ModbusService<S> {
    fn clone(&self) -> Self {
        ModbusService { server: self.server.clone(), framing: self.framing }
    }
}

/// tokio-modbus's request as the dispatch core's, its payload packed into `data`.
/// Functions tokio-modbus knows and the core does not serve get exception 01.
fn to_request<'d>(request: &tokio_modbus::Request<'_>, data: &'d mut [u8; MAX_PDU_LEN]) -> Result<Request<'d>, Exception> {
    use tokio_modbus::Request as T;
    let count = |n: usize| u16::try_from(n).map_err(|_| Exception::IllegalDataValue);
    Ok(match *request {
        T::ReadCoils(address, quantity) => Request::ReadCoils { address, quantity },
        T::ReadDiscreteInputs(address, quantity) => Request::ReadDiscreteInputs { address, quantity },
        T::ReadHoldingRegisters(address, quantity) => Request::ReadHoldingRegisters { address, quantity },
        T::ReadInputRegisters(address, quantity) => Request::ReadInputRegisters { address, quantity },
        T::WriteSingleCoil(address, on) => Request::WriteSingleCoil { address, value: if on { 0xFF00 } else { 0 } },
        T::WriteSingleRegister(address, value) => Request::WriteSingleRegister { address, value },
        T::WriteMultipleCoils(address, ref coils) => {
            let bytes = data.get_mut(..coils.len().div_ceil(8)).ok_or(Exception::IllegalDataValue)?;
            bytes.fill(0);
            for (i, _) in coils.iter().enumerate().filter(|(_, &c)| c) {
                bytes[i / 8] |= 1 << (i % 8);
            }
            Request::WriteMultipleCoils { address, quantity: count(coils.len())?, bits: bytes }
        }
        T::WriteMultipleRegisters(address, ref words) => {
            Request::WriteMultipleRegisters { address, quantity: count(words.len())?, words: pack_words(words, data)? }
        }
        T::ReadWriteMultipleRegisters(read_address, read_quantity, write_address, ref words) => Request::ReadWriteMultipleRegisters {
            read_address,
            read_quantity,
            write_address,
            write_quantity: count(words.len())?,
            words: pack_words(words, data)?,
        },
        // tokio-modbus's enum is open (custom functions, masks, FIFO, …): none is served here.
        _ => return Err(Exception::IllegalFunction),
    })
}

fn pack_words<'d>(words: &[u16], data: &'d mut [u8]) -> Result<&'d [u8], Exception> {
    let bytes = data.get_mut(..2 * words.len()).ok_or(Exception::IllegalDataValue)?;
    for (b, w) in bytes.chunks_exact_mut(2).zip(words) {
        b.copy_from_slice(&w.to_be_bytes());
    }
    Ok(bytes)
}

impl<S: Storage + Send> ModbusService<S> {
    pub fn tcp(server: Arc<Server<S>>) -> Self {
        ModbusService { server, framing: Framing::Tcp }
    }

    pub fn rtu(server: Arc<Server<S>>) -> Self {
        ModbusService { server, framing: Framing::Rtu }
    }

    /// Handles one tokio-modbus request.
    pub fn call_now(&self, unit: u8, request: &tokio_modbus::Request<'_>) -> Result<Option<tokio_modbus::Response>, tokio_modbus::ExceptionCode> {
        use tokio_modbus::Response as R;
        let mut data = [0u8; MAX_PDU_LEN];
        let request = to_request(request, &mut data).map_err(exception_code)?;
        let mut pdu = [0u8; MAX_PDU_LEN];
        let len = request.encode(&mut pdu).ok_or(exception_code(Exception::IllegalDataValue))?;
        let mut out = [0u8; MAX_PDU_LEN];
        let len = match self.server.handle(self.framing, unit, &pdu[..len], &mut out) {
            Reply::Response { len } => len,
            Reply::Exception { exception, .. } => return Err(exception_code(exception)),
            Reply::UnknownUnit if self.framing == Framing::Tcp => return Err(tokio_modbus::ExceptionCode::GatewayTargetDevice),
            Reply::UnknownUnit | Reply::Broadcast | Reply::Silent => return Ok(None),
        };
        let word = |i: usize| u16::from_be_bytes([out[i], out[i + 1]]);
        let words = || (0..(len - 2) / 2).map(|k| word(2 + 2 * k)).collect::<Vec<u16>>();
        let bits = |q: u16| (0..q as usize).map(|i| out[2 + i / 8] & (1 << (i % 8)) != 0).collect::<Vec<bool>>();
        Ok(Some(match request {
            Request::ReadCoils { quantity, .. } => R::ReadCoils(bits(quantity)),
            Request::ReadDiscreteInputs { quantity, .. } => R::ReadDiscreteInputs(bits(quantity)),
            Request::ReadHoldingRegisters { .. } => R::ReadHoldingRegisters(words()),
            Request::ReadInputRegisters { .. } => R::ReadInputRegisters(words()),
            Request::WriteSingleCoil { address, value } => R::WriteSingleCoil(address, value == 0xFF00),
            Request::WriteSingleRegister { address, value } => R::WriteSingleRegister(address, value),
            Request::WriteMultipleCoils { address, quantity, .. } => R::WriteMultipleCoils(address, quantity),
            Request::WriteMultipleRegisters { address, quantity, .. } => R::WriteMultipleRegisters(address, quantity),
            Request::ReadWriteMultipleRegisters { .. } => R::ReadWriteMultipleRegisters(words()),
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
        Exception::ServerDeviceBusy => C::ServerDeviceBusy,
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
