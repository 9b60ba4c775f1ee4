//! Typed Modbus register maps from one spec.
//!
//! Re-exports [`modbus_map_core`] (descriptors, [`codec`], [`plan`], [`bus`],
//! dispatch), the typed tokio-modbus [`client`] (feature `tokio`) and
//! `#[derive(ModbusMap)]` (feature `derive`).
#![cfg_attr(not(feature = "std"), no_std)]

pub use modbus_map_core::*;

#[cfg(feature = "tokio")]
pub mod client;
#[cfg(feature = "std")]
pub mod error;
#[cfg(any(feature = "tcp", feature = "rtu"))]
pub mod server;
#[cfg(feature = "std")]
pub mod store;

#[cfg(feature = "tokio")]
pub use client::{DeviceClient, ModbusResult};
#[cfg(feature = "std")]
pub use error::Error;

#[cfg(feature = "derive")]
pub use modbus_map_macros::{ModbusEnum, ModbusMap};

/// The one path generated and derived code use to reach the runtime. Not a
/// public API: it changes with the generator.
#[doc(hidden)]
pub mod __private {
    pub use modbus_map_core;
    pub use modbus_map_core::dispatch;
    pub use modbus_map_core::fields;
    pub use modbus_map_core::codec::{
        decode_bits, decode_enum, decode_f64, decode_str, encode_bits, encode_enum, encode_f64, encode_str,
        DecodeError, EncodeError, EngineeringType, ModbusBits, ModbusEnum, RegisterValue,
    };
    pub use modbus_map_core::impl_register_value;
    pub use modbus_map_core::{
        Access, BitField, ByteOrder, DataType, EnumValue, RegisterDescriptor, Table, Version, WordOrder,
    };

    #[cfg(feature = "alloc")]
    pub use modbus_map_core::plan::{read_plan, PlanItem, PlanLimits, ReadRequest, RegisterSnapshot};
    #[cfg(feature = "alloc")]
    extern crate alloc;
    #[cfg(feature = "alloc")]
    pub use alloc::{string::String, vec::Vec};

    #[cfg(feature = "std")]
    pub use crate::error::Error;
    #[cfg(feature = "tokio")]
    pub use crate::client::{DeviceClient, ModbusResult};
    #[cfg(feature = "tokio")]
    pub use tokio_modbus::{
        self,
        client::{Reader, Writer},
        ExceptionCode, Slave,
    };
}
