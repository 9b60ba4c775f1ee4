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

/// The typed read and write of one register of a generated block handle
/// (`…Client<'a, C>`, a newtype over [`BlockClient`](crate::client::BlockClient)),
/// written once here so a register costs its generated module one line:
/// `register_fns!(read_temp, write_temp, 3, f64, "what it is")` is
/// `pub fn read_temp(&mut self)` and `pub fn write_temp(&mut self, value: f64)` of
/// template register 3; `_` for a fn the register does not have. The type is one
/// token (a primitive, an enumeration or flags type of the module, or a longer type in
/// brackets: `[Option<u16>]` for a register with sentinels), or `str` / `raw`
/// for string and raw registers, whose writes borrow the value for as long as the
/// future lives. Plain fns returning the runtime's future, not `async fn`s: one
/// coroutine per register was most of what including a generated module cost.
/// Not a public API.
#[cfg(feature = "tokio")]
#[doc(hidden)]
#[macro_export]
macro_rules! __register_fns {
    (_, $write:ident, $j:literal, $kind:tt, $what:literal) => {
        $crate::__register_fns!(@write $write, $j, $kind, $what);
    };
    ($read:ident, _, $j:literal, $kind:tt, $what:literal) => {
        $crate::__register_fns!(@read $read, $j, $kind, $what);
    };
    ($read:ident, $write:ident, $j:literal, $kind:tt, $what:literal) => {
        $crate::__register_fns!(@read $read, $j, $kind, $what);
        $crate::__register_fns!(@write $write, $j, $kind, $what);
    };
    (@read $read:ident, $j:literal, str, $what:literal) => {
        $crate::__register_fns!(@read $read, $j, $crate::__private::String, $what);
    };
    (@read $read:ident, $j:literal, raw, $what:literal) => {
        $crate::__register_fns!(@read $read, $j, $crate::__private::Vec<u16>, $what);
    };
    (@read $read:ident, $j:literal, [$ty:ty], $what:literal) => {
        $crate::__register_fns!(@read $read, $j, $ty, $what);
    };
    (@read $read:ident, $j:literal, $ty:ty, $what:literal) => {
        #[doc = ::core::concat!(" Reads ", $what)]
        pub fn $read(
            &mut self,
        ) -> impl ::core::future::Future<Output = $crate::__private::ModbusResult<$ty>> + use<'_, 'a, C> {
            self.0.read($j)
        }
    };
    (@write $write:ident, $j:literal, str, $what:literal) => {
        #[doc = ::core::concat!(" Writes ", $what, "; checked locally first.")]
        pub fn $write<'v>(
            &mut self,
            value: &'v str,
        ) -> impl ::core::future::Future<Output = $crate::__private::ModbusResult<()>> + use<'_, 'v, 'a, C> {
            self.0.write_str($j, value)
        }
    };
    (@write $write:ident, $j:literal, raw, $what:literal) => {
        #[doc = ::core::concat!(" Writes ", $what, "; checked locally first.")]
        pub fn $write<'v>(
            &mut self,
            value: &'v [u16],
        ) -> impl ::core::future::Future<Output = $crate::__private::ModbusResult<()>> + use<'_, 'v, 'a, C> {
            self.0.write_raw($j, value)
        }
    };
    (@write $write:ident, $j:literal, [$ty:ty], $what:literal) => {
        $crate::__register_fns!(@write $write, $j, $ty, $what);
    };
    (@write $write:ident, $j:literal, $ty:ty, $what:literal) => {
        #[doc = ::core::concat!(" Writes ", $what, "; checked locally first.")]
        pub fn $write(
            &mut self,
            value: $ty,
        ) -> impl ::core::future::Future<Output = $crate::__private::ModbusResult<()>> + use<'_, 'a, C> {
            self.0.write($j, value)
        }
    };
}

/// The [`Block`](crate::client::Block) impl of a generated block struct, written
/// once here so a register costs the struct's impl a name and a number:
/// `block_decode!(Hc { temp 0, mode 2 since })` decodes template register 0 into
/// `temp` and template register 2 into `mode`, `None` when the connected firmware
/// predates it (`since`). Not a public API.
#[cfg(feature = "tokio")]
#[doc(hidden)]
#[macro_export]
macro_rules! __block_decode {
    ($ty:ident { $($field:ident $j:literal $($since:ident)?),* $(,)? }) => {
        impl $crate::__private::Block for $ty {
            #[allow(unused_variables)]
            fn decode(v: &$crate::__private::BlockValues<'_>) -> ::core::result::Result<Self, $crate::__private::Error> {
                ::core::result::Result::Ok($ty { $($field: $crate::__block_decode!(@get v, $j $(, $since)?)),* })
            }
        }
    };
    (@get $v:ident, $j:literal) => {
        $v.get($j)?
    };
    (@get $v:ident, $j:literal, since) => {
        $v.get_since($j)?
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
        Access, BitField, ByteOrder, DataType, EnumValue, PlanLimits, RegisterDescriptor, RepeatedBlock, Table, Version,
        WordOrder, WriteFunction,
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
    pub use crate::__register_fns as register_fns;
    #[cfg(feature = "tokio")]
    pub use crate::__block_decode as block_decode;
    #[cfg(feature = "tokio")]
    pub use crate::client::{Block, BlockClient, BlockValues, DeviceClient, ModbusResult};
    #[cfg(feature = "tokio")]
    pub use tokio_modbus::{
        self,
        client::{Reader, Writer},
        ExceptionCode, Slave,
    };
}
