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

/// The fixed part of a generated module's typed `Client`: the newtype over
/// [`DeviceClient`], its constructor and `Deref`/`DerefMut` to it, written once
/// here so a generated module holds only its device's own methods
/// (`mm::device_client!("ASKOHEAT+");` names the device for the docs). Not a public API.
#[cfg(feature = "tokio")]
#[doc(hidden)]
#[macro_export]
macro_rules! __device_client {
    ($title:literal) => {
        #[doc = ::core::concat!(" Typed client of ", $title, " over a tokio-modbus context (`Reader + Writer`).")]
        ///
        /// Reads return `Ok(Ok(value))`, `Ok(Err(exception))` when the device answers
        /// with a Modbus exception, and `Err(error)` for transport failures and for
        /// requests refused locally (access, range, firmware, safety), which are never sent.
        /// Settings (unit id, firmware, word order, safety writes) are those of the
        /// `DeviceClient` it derefs to.
        #[derive(Debug)]
        pub struct Client<C>(pub $crate::__private::DeviceClient<C>);
        impl<C> Client<C> {
            /// Wraps a connected context (e.g. `tokio_modbus::client::tcp::connect`).
            pub fn new(ctx: C) -> Self {
                Client($crate::__private::DeviceClient::new(ctx))
            }
        }
        impl<C> ::core::ops::Deref for Client<C> {
            type Target = $crate::__private::DeviceClient<C>;
            fn deref(&self) -> &$crate::__private::DeviceClient<C> {
                &self.0
            }
        }
        impl<C> ::core::ops::DerefMut for Client<C> {
            fn deref_mut(&mut self) -> &mut $crate::__private::DeviceClient<C> {
                &mut self.0
            }
        }
    };
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
    pub use crate::__device_client as device_client;
    #[cfg(feature = "tokio")]
    pub use crate::client::{Block, BlockClient, BlockValues, DeviceClient, ModbusResult};
    #[cfg(feature = "tokio")]
    pub use tokio_modbus::{
        self,
        client::{Reader, Writer},
        ExceptionCode, Slave,
    };
}
