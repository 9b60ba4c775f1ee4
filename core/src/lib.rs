//! `no_std` core of modbus-map: register descriptors, value codecs, the read
//! planner and the dispatch core. The `modbus-map` facade re-exports all of it;
//! user code should depend on `modbus-map`, not on this crate.
#![no_std]

#[cfg(feature = "alloc")]
extern crate alloc;

pub mod descriptor;
pub mod dispatch;

pub use descriptor::*;
