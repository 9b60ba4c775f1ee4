//! Drives the generated Rust of every spec (generated/rust/*.rs) over real TCP.
//! `server` is a memory-backed tokio-modbus server the tests load with known words.

pub mod server;
