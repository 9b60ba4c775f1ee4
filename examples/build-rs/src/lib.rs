//! A crate whose register map is generated at build time: build.rs runs
//! `modbus_map_codegen::Builder` on `spec/water_heater.yaml` into OUT_DIR and
//! this file includes the result, exactly as prost-build users include protobuf code.
//!
//! The module gives the typed `water_heater::Client` and the slave dispatch
//! tables `water_heater::dispatch::MAP`; `src/main.rs` serves the map and reads it back.

// Generated code documents every public item; this keeps it that way.
#![deny(missing_docs)]

include!(concat!(env!("OUT_DIR"), "/rust/water_heater.rs"));
