//! `no_std` core of modbus-map: register descriptors, value codecs, the read
//! planner and the dispatch core. The `modbus-map` facade re-exports all of it;
//! user code should depend on `modbus-map`, not on this crate.
#![no_std]

#[cfg(feature = "alloc")]
extern crate alloc;

pub mod bus;
pub mod codec;
pub mod descriptor;
#[cfg(feature = "alloc")]
pub mod plan;
#[cfg(feature = "alloc")]
pub mod value;
pub mod dispatch;
pub mod fields;

pub use descriptor::*;
