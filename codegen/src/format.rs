//! How values are written as text: in diagnostics, converted specs, the IR's
//! `scale_text`, wherever a number read as f64 goes back into a spec, and in
//! generated documents and comments (`format_number`, the generators' `num` filter).

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

/// A number as a person reads it in generated documents and comments: integers
/// without a fraction, other values in the shortest form that reads back to the
/// same f64, never an exponent, and no minus on zero.
pub fn format_number(value: f64) -> String {
    // f64's Display is the shortest round-trip form without exponent ("10", "0.1").
    if value == 0.0 {
        "0".to_owned()
    } else {
        format!("{value}")
    }
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

/// The functions a register whose `write_function` is not `any` is written with,
/// as people say it (`16 only`), for documents and comments.
pub fn write_functions(r: &crate::ir::Register) -> Option<&'static str> {
    use crate::ir::{Table, WriteFunction};
    match (r.write_function, r.table) {
        (WriteFunction::Any, _) => None,
        (WriteFunction::Single, Table::Coil) => Some("05 only"),
        (WriteFunction::Single, Table::Holding | Table::Input | Table::Discrete) => Some("06 only"),
        (WriteFunction::Multiple, Table::Coil) => Some("15 only"),
        (WriteFunction::Multiple, Table::Holding | Table::Input | Table::Discrete) => Some("16 only"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn document_numbers_drop_needless_fractions_and_exponents() {
        assert_eq!(format_number(10.0), "10");
        assert_eq!(format_number(0.1), "0.1");
        assert_eq!(format_number(-273.15), "-273.15");
        assert_eq!(format_number(-0.0), "0");
        assert_eq!(format_number(1e16), "10000000000000000");
        assert_eq!(format_number(1e-7), "0.0000001");
    }

    #[test]
    fn spec_floats_always_read_back_as_floats() {
        assert_eq!(format_float(1.0), "1.0");
        assert_eq!(format_float(1e-7), "1e-7");
        assert_eq!(format_float(1e20), "1e20");
    }
}
