//! Checks only the derive needs: whether each field's Rust type can hold the
//! register it describes. Everything about the register itself is the
//! validator's job (`modbus_map_codegen::validate`), never repeated here.

use super::ast::{Field, FieldKind};
use modbus_map_codegen::ir::DataType;

/// Integer bounds as i128 so every 64-bit type compares exactly.
pub fn int_bounds(dt: DataType) -> Option<(i128, i128)> {
    Some(match dt {
        DataType::U8 => (0, u8::MAX as i128),
        DataType::I8 => (i8::MIN as i128, i8::MAX as i128),
        DataType::U16 => (0, u16::MAX as i128),
        DataType::I16 => (i16::MIN as i128, i16::MAX as i128),
        DataType::U32 => (0, u32::MAX as i128),
        DataType::I32 => (i32::MIN as i128, i32::MAX as i128),
        DataType::U64 => (0, u64::MAX as i128),
        DataType::I64 => (i64::MIN as i128, i64::MAX as i128),
        _ => return None,
    })
}

/// The register type a field holds when no `type` is written: its own type,
/// except that a float field with `scale` or `offset` is a scaled `u16`
/// (the common case of a ×10 register read as `f64`).
pub fn inferred_type(field: &Field) -> Option<DataType> {
    let scaled = field.attrs.register.scale.is_some() || field.attrs.register.offset.is_some();
    match field.kind {
        FieldKind::Primitive(dt) if dt.is_float() && scaled => Some(DataType::U16),
        FieldKind::Primitive(dt) => Some(dt),
        FieldKind::Text => Some(DataType::String),
        FieldKind::RawArray(_) | FieldKind::RawVec => Some(DataType::Raw),
        FieldKind::Other => None,
    }
}

/// Why `field` cannot hold a register of type `dt` (with `length`, scaled or
/// not, with an enumeration or not), or `None` when it can. The message names the Rust type to use.
pub fn incompatibility(kind: &FieldKind, dt: DataType, length: u16, scaled: bool, has_values: bool) -> Option<String> {
    let scaled_note = if scaled { " scaled" } else { "" };
    match (kind, dt) {
        (FieldKind::Primitive(DataType::Bool), DataType::Bool) => None,
        (FieldKind::Primitive(f), d) if f.is_float() && d.is_numeric() => None,
        (FieldKind::Primitive(f), d) if f.is_integer() && d.is_integer() => {
            if scaled {
                return Some(format!(
                    "a scaled {} register has fractional engineering values; use `f64` (or `f32`)",
                    d.as_str()
                ));
            }
            let (rmin, rmax) = int_bounds(d)?;
            let (fmin, fmax) = int_bounds(*f)?;
            if fmin <= rmin && rmax <= fmax {
                None
            } else {
                Some(format!(
                    "`{}` cannot hold every {} value; use `{}`",
                    f.as_str(),
                    d.as_str(),
                    d.as_str()
                ))
            }
        }
        (FieldKind::Text, DataType::String) => None,
        (FieldKind::RawArray(n), DataType::Raw) if *n == u64::from(length) => None,
        (FieldKind::RawArray(n), DataType::Raw) => Some(format!(
            "the register is {length} raw registers but the field is `[u16; {n}]`; use `[u16; {length}]`"
        )),
        (FieldKind::RawVec, DataType::Raw) => None,
        (FieldKind::Other, d) if d.is_integer() && !scaled => None,
        // A float register's enumeration (Eastron's f32 setting codes) is a user enum too.
        (FieldKind::Other, d) if d.is_float() && has_values && !scaled => None,
        (_, d) => Some(format!(
            "the{scaled_note} register is `{}`, which needs a field of type {}",
            d.as_str(),
            rust_type_hint(d, length, scaled)
        )),
    }
}

/// The Rust field type(s) that hold a register type.
pub fn rust_type_hint(dt: DataType, length: u16, scaled: bool) -> String {
    match dt {
        _ if scaled && dt.is_numeric() => "`f64` or `f32`".to_owned(),
        DataType::Bool => "`bool`".to_owned(),
        DataType::String => "`String`".to_owned(),
        DataType::Raw => format!("`[u16; {length}]` or `Vec<u16>`"),
        d if d.is_float() => format!("`{}` or `f64`", d.as_str()),
        d => format!("`{}` (or a wider integer, a float, or an enumeration)", d.as_str()),
    }
}
