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

/// An example's words as vendors' tables write them (`0x4366 0x8000`), through
/// [`crate::generate::filters::hex`], the one form of a word in generated text.
pub fn hex_words(words: &[u16], separator: &str) -> String {
    words.iter().map(|&w| crate::generate::filters::hex(u64::from(w))).collect::<Vec<_>>().join(separator)
}

/// A number as a person reads it in generated documents and comments: integers
/// without a fraction, other values in the shortest form that reads back to the
/// same f64, never an exponent, and no minus on zero.
pub fn format_number(value: f64) -> String {
    // f64's Display is the shortest round-trip form without exponent ("10", "0.1").
    if value == 0.0 {
        "0".to_owned()
    } else if value.fract() == 0.0 && value.abs() < 1e15 {
        // The same digits, without float formatting's shortest-form search.
        (value as i64).to_string()
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

/// A sentinel (a raw bit pattern of type `dt`) as specs and documents write it:
/// `nan` for a float NaN, else hex with the type's digits (`0xFFFF`, `0x80000000`).
pub fn sentinel_text(dt: crate::ir::DataType, pattern: u64) -> String {
    if dt.is_nan(pattern) {
        return "nan".to_owned();
    }
    let digits = (dt.value_bits() / 4).max(1) as usize;
    format!("{pattern:#0width$X}", width = digits + 2)
}

/// A sentinel of an integer type as the integer it stands for (two's complement of
/// the type's width for the signed ones: `i16` 0x8000 is -32768); `None` for floats.
pub fn sentinel_int(dt: crate::ir::DataType, pattern: u64) -> Option<i128> {
    use crate::ir::DataType::{F32, F64, I16, I32, I64, I8};
    let shift = 64 - dt.value_bits().max(1);
    match dt {
        F32 | F64 => None,
        I8 | I16 | I32 | I64 => Some(i128::from((pattern << shift) as i64 >> shift)),
        _ => Some(i128::from(pattern)),
    }
}

/// A sentinel's engineering value: its raw number × scale + offset (`None` for NaN).
pub fn sentinel_value(dt: crate::ir::DataType, pattern: u64, scale: f64, offset: f64) -> Option<f64> {
    let raw = match dt {
        crate::ir::DataType::F32 => f64::from(f32::from_bits(pattern as u32)),
        crate::ir::DataType::F64 => f64::from_bits(pattern),
        _ => sentinel_int(dt, pattern).unwrap_or_default() as f64,
    };
    (!raw.is_nan()).then_some(raw * scale + offset)
}

/// What a register's sentinels mean, as generated docs say it: `0xFFFF = n/a`
/// (`0x7FFF or 0x8000 = n/a` for several); `None` without sentinels.
pub fn not_available(r: &crate::ir::Register) -> Option<String> {
    if r.sentinels.is_empty() {
        return None;
    }
    let raws: Vec<String> = r.sentinels.iter().map(|&p| sentinel_text(r.data_type, p)).collect();
    Some(format!("{} = {}", raws.join(" or "), crate::keys::NOT_AVAILABLE))
}

/// How a converting alias serves its target's value, for people (`` `i32`, scale 0.01 ``):
/// its type, then each part of its codec that differs from the target's; `None` for an
/// alias that serves the target's words as they are. Docs and generated comments show it.
pub fn conversion(alias: &crate::ir::Register, target: &crate::ir::Register) -> Option<String> {
    if !alias.converts_from(target) {
        return None;
    }
    let mut parts = vec![format!("`{}`", alias.data_type.as_str())];
    if alias.length != target.length {
        parts.push(format!("length {}", alias.length));
    }
    if alias.scale != target.scale {
        parts.push(format!("scale {}", format_number(alias.scale)));
    }
    if alias.offset != target.offset {
        parts.push(format!("offset {}", format_number(alias.offset)));
    }
    if alias.word_order != target.word_order {
        parts.push(format!("word order `{}`", alias.word_order.as_str()));
    }
    if alias.byte_order != target.byte_order {
        parts.push(format!("byte order `{}`", alias.byte_order.as_str()));
    }
    Some(parts.join(", "))
}

/// The engineering values a type holds with `scale` and `offset` (raw × scale + offset),
/// lowest first; `None` for strings and raw registers.
pub fn engineering_range(data_type: crate::ir::DataType, scale: f64, offset: f64) -> Option<(f64, f64)> {
    data_type.raw_range().map(|(lo, hi)| {
        let (a, b) = (lo * scale + offset, hi * scale + offset);
        if a <= b {
            (a, b)
        } else {
            (b, a)
        }
    })
}

/// Decimal places that show a register's engineering values exactly: as many as its
/// scale and offset have (`0.5` → 1, `0.01` → 2, at most 6: `1/3` has no exact
/// decimal form); 2 for an unscaled float. The precision Home Assistant and ESPHome show.
pub fn decimals(scale: f64, offset: f64, float: bool) -> u32 {
    let places = |x: f64| -> u32 {
        let text = format_number(x.abs());
        match text.split_once('.') {
            Some((_, fraction)) if !text.contains(['e', 'E']) => fraction.len() as u32,
            Some(_) => 6,
            None => 0,
        }
    };
    let exact = places(scale).max(places(offset)).min(6);
    if float && exact == 0 { 2 } else { exact }
}

/// The device class and state class a unit makes certain (Home Assistant's and
/// ESPHome's sensor classes): `°C` is a temperature measurement, `kWh` an energy
/// total that only grows. `None` where the unit leaves it open (`%` is humidity or a
/// battery or a valve; hours may be a counter or a setting).
pub fn unit_classes(unit: &str) -> Option<(&'static str, &'static str)> {
    Some(match unit {
        "°C" | "°F" | "K" => ("temperature", "measurement"),
        "W" | "kW" | "MW" => ("power", "measurement"),
        "Wh" | "kWh" | "MWh" => ("energy", "total_increasing"),
        "V" | "mV" | "kV" => ("voltage", "measurement"),
        "A" | "mA" => ("current", "measurement"),
        "Hz" => ("frequency", "measurement"),
        "VA" | "kVA" => ("apparent_power", "measurement"),
        "var" | "kvar" => ("reactive_power", "measurement"),
        "bar" | "mbar" | "Pa" | "hPa" | "kPa" => ("pressure", "measurement"),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn decimals_show_the_scale_exactly() {
        assert_eq!(super::decimals(0.5, -15.0, false), 1);
        assert_eq!(super::decimals(0.01, 0.0, false), 2);
        assert_eq!(super::decimals(1.0, 0.25, false), 2);
        assert_eq!(super::decimals(1.0, 0.0, false), 0);
        assert_eq!(super::decimals(1.0, 0.0, true), 2);
        assert_eq!(super::decimals(1.0 / 3.0, 0.0, false), 6);
        assert_eq!(super::unit_classes("kWh"), Some(("energy", "total_increasing")));
        assert_eq!(super::unit_classes("%"), None);
    }

    #[test]
    fn sentinels_are_written_with_the_digits_of_their_type() {
        use crate::ir::DataType;
        assert_eq!(super::sentinel_text(DataType::U16, 0xFFFF), "0xFFFF");
        assert_eq!(super::sentinel_text(DataType::U32, 0), "0x00000000");
        assert_eq!(super::sentinel_text(DataType::I8, 0x80), "0x80");
        assert_eq!(super::sentinel_text(DataType::F32, 0x7FC0_0000), "nan");
        assert_eq!(super::sentinel_value(DataType::I16, 0x8000, 0.5, 1.0), Some(-16383.0));
        assert_eq!(super::sentinel_value(DataType::F32, 0x7FC0_0000, 1.0, 0.0), None);
        assert_eq!(super::sentinel_int(DataType::I16, 0x8000), Some(-32768));
        assert_eq!(super::sentinel_int(DataType::I64, u64::MAX), Some(-1));
        assert_eq!(super::sentinel_int(DataType::U64, u64::MAX), Some(i128::from(u64::MAX)));
        assert_eq!(super::sentinel_int(DataType::F32, 0x7FC0_0000), None);
    }

    use super::*;

    #[test]
    fn document_numbers_drop_needless_fractions_and_exponents() {
        assert_eq!(format_number(10.0), "10");
        assert_eq!(format_number(0.1), "0.1");
        assert_eq!(format_number(-273.15), "-273.15");
        assert_eq!(format_number(-0.0), "0");
        assert_eq!(format_number(1e16), "10000000000000000");
        assert_eq!(format_number(-50.0), "-50");
        assert_eq!(format_number(999_999_999_999_999.0), "999999999999999");
        assert_eq!(format_number(1e-7), "0.0000001");
    }

    #[test]
    fn spec_floats_always_read_back_as_floats() {
        assert_eq!(format_float(1.0), "1.0");
        assert_eq!(format_float(1e-7), "1e-7");
        assert_eq!(format_float(1e20), "1e20");
    }
}
