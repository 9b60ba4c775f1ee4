//! Every generated module in firmware: descriptors, enumerations, flag types and
//! dispatch tables compile in a `#![no_std]` crate whose only dependency is
//! `modbus-map` without default features (no std, no alloc, no tokio); the typed
//! client inside each module vanishes with the `tokio` feature.
#![no_std]

include!(concat!(env!("OUT_DIR"), "/generated.rs"));
