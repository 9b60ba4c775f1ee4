//! How values are written as text: in diagnostics, converted specs, the IR's
//! `scale_text` and wherever a number read as f64 goes back into a spec.

use crate::spec::Value;

/// The value as it would be written in a spec.
pub fn value_text(v: &Value) -> String {
    match v {
        Value::Bool(b) => b.to_string(),
        Value::Int(i) => i.to_string(),
        Value::Float(f) => format_float(*f),
        Value::Text(t) => t.clone(),
    }
}

/// Shortest text that reads back as the same f64, always with a `.` or exponent.
pub fn format_float(f: f64) -> String {
    format!("{f:?}")
}

/// A number as a spec value: integral values (within f64's exact range) as
/// integers, so they are written without a fraction.
pub fn number_value(x: f64) -> Value {
    if x.fract() == 0.0 && x.abs() < 9.0e15 {
        Value::Int(x as i64)
    } else {
        Value::Float(x)
    }
}
