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

/// Generated modules wrap their typed client in this: its items exist only when
/// `modbus-map` has the `tokio` feature, so the rest of a generated module
/// (descriptors, enumerations, flag types, dispatch tables) compiles in a
/// `no_std` crate. Not a public API.
#[cfg(feature = "tokio")]
#[doc(hidden)]
#[macro_export]
macro_rules! __tokio_client {
    ($($item:tt)*) => { $($item)* };
}

#[cfg(not(feature = "tokio"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __tokio_client {
    ($($item:tt)*) => {};
}

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
    pub use crate::__tokio_client as tokio_client;
    pub use modbus_map_core::codec::bit_field;
    pub use modbus_map_core::{impl_modbus_enum, impl_modbus_flags, impl_register_value};
    pub use modbus_map_core::{
        Access, BitField, ByteOrder, DataType, EnumValue, PlanLimits, RegisterDescriptor, Table, Version, WordOrder,
    };

    #[cfg(feature = "alloc")]
    pub use modbus_map_core::plan::{read_plan, PlanItem, ReadRequest, RegisterSnapshot};
    #[cfg(feature = "alloc")]
    extern crate alloc;
    #[cfg(feature = "alloc")]
    pub use alloc::{string::String, vec::Vec};

    #[cfg(feature = "std")]
    pub use crate::error::Error;
    #[cfg(feature = "tokio")]
    pub use crate::client::{Block, BlockClient, BlockValues, DeviceClient, ModbusResult};
    #[cfg(feature = "tokio")]
    pub use tokio_modbus::{
        self,
        client::{Reader, Writer},
        ExceptionCode, Slave,
    };
}
