//! Drives the generated Rust of every spec (generated/rust/*.rs) over real TCP.
//! `server` is a memory-backed tokio-modbus server the tests load with known words;
//! every generated module is included here, and the generated Rust of every other
//! lint-clean spec (`fixtures`), so this crate compiles only if all of them do.

pub mod server;

include!(concat!(env!("OUT_DIR"), "/generated.rs"));

/// The generated Rust of the lint-clean specs outside specs/ (tests/fixtures/lint_clean_specs.txt).
pub mod fixtures {
    include!(concat!(env!("OUT_DIR"), "/fixtures.rs"));
}

use modbus_map::__private::{ModbusBits, ModbusEnum};
use serde_json::Value;
use std::net::SocketAddr;

/// Connects a tokio-modbus TCP client to a test server.
pub async fn connect(addr: SocketAddr) -> tokio_modbus::client::Context {
    tokio_modbus::client::tcp::connect(addr).await.unwrap_or_else(|e| panic!("cannot connect to the test server at {addr}: {e}"))
}

/// Wraps a decoded value so `(&Probe(&v)).json()` picks the right conversion for
/// plain values, generated enumerations and generated flags types alike
/// (call it as `(&&Probe(&v)).json()`: each kind sits at another autoref level).
pub struct Probe<'a, T>(pub &'a T);

/// Generated enumerations compare by raw value (the vectors give raw integers).
pub trait ViaEnum {
    fn json(&self) -> Value;
}
impl<T: ModbusEnum> ViaEnum for &Probe<'_, T> {
    fn json(&self) -> Value {
        Value::from(self.0.to_raw())
    }
}

/// Generated flags types compare by raw bit pattern.
pub trait ViaBits {
    fn json(&self) -> Value;
}
impl<T: ModbusBits> ViaBits for &&Probe<'_, T> {
    fn json(&self) -> Value {
        Value::from(self.0.to_raw())
    }
}

/// Engineering types of the runtime's mapping.
pub trait Plain {
    fn to_json(&self) -> Value;
}
macro_rules! plain {
    ($($t:ty),*) => { $(impl Plain for $t { fn to_json(&self) -> Value { Value::from(self.clone()) } })* };
}
plain!(bool, u8, i8, u16, i16, u32, i32, u64, i64, f32, f64, String, Vec<u16>);

pub trait ViaPlain {
    fn json(&self) -> Value;
}
impl<T: Plain> ViaPlain for Probe<'_, T> {
    fn json(&self) -> Value {
        self.0.to_json()
    }
}

/// Numbers agree within a relative 1e-9 (raw × scale is rarely exact in binary);
/// everything else must be equal.
pub fn assert_engineering(what: &str, got: &Value, want: &Value) {
    match (got.as_f64(), want.as_f64()) {
        (Some(g), Some(w)) => {
            let tolerance = 1e-9 * w.abs().max(1.0);
            assert!((g - w).abs() <= tolerance, "{what}: decoded {g}, expected {w}");
        }
        _ => assert_eq!(got, want, "{what}: decoded value differs from the vector"),
    }
}
