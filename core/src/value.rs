//! A dynamically typed engineering value, for tools that handle registers whose
//! type is known only at run time (simulators, consoles, vector checks). Typed
//! code uses [`RegisterValue`](crate::codec::RegisterValue) instead.

use crate::codec::{
    decode_raw, decode_str, descriptor_engineering_type, encode_f64, encode_str, enum_raw, DecodeError, EncodeError,
    EngineeringType, RawNumber, RegisterValue,
};
use crate::descriptor::{DataType, RegisterDescriptor, WordOrder};
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;
use core::fmt;

/// One register's engineering value. Enumerations and flags are their raw integer.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Bool(bool),
    /// Unscaled unsigned integers (and enumerations/flags of unsigned types).
    Unsigned(u64),
    /// Unscaled signed integers (and enumerations/flags of signed types).
    Signed(i64),
    /// Floats and scaled integers.
    Float(f64),
    Text(String),
    Raw(Vec<u16>),
}

impl Value {
    /// The value as a number, `None` for text and raw registers.
    pub fn as_f64(&self) -> Option<f64> {
        match *self {
            Value::Bool(b) => Some(f64::from(u8::from(b))),
            Value::Unsigned(u) => Some(u as f64),
            Value::Signed(i) => Some(i as f64),
            Value::Float(x) => Some(x),
            Value::Text(_) | Value::Raw(_) => None,
        }
    }
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Bool(b) => write!(f, "{b}"),
            Value::Unsigned(u) => write!(f, "{u}"),
            Value::Signed(i) => write!(f, "{i}"),
            // Debug keeps a tiny or huge float short (`-2.4e-41`, not 45 digits).
            Value::Float(x) => write!(f, "{x:?}"),
            Value::Text(s) => write!(f, "{s:?}"),
            Value::Raw(words) => {
                write!(f, "[")?;
                for (i, w) in words.iter().enumerate() {
                    if i > 0 {
                        write!(f, ", ")?;
                    }
                    write!(f, "{w:#06x}")?;
                }
                write!(f, "]")
            }
        }
    }
}

fn is_signed(t: DataType) -> bool {
    matches!(t, DataType::I8 | DataType::I16 | DataType::I32 | DataType::I64)
}

/// Decodes any register into the [`Value`] its engineering type calls for.
pub fn decode_value(desc: &RegisterDescriptor, words: &[u16], order: WordOrder) -> Result<Value, DecodeError> {
    Ok(match descriptor_engineering_type(desc) {
        EngineeringType::Bool => Value::Bool(bool::decode(desc, words, order)?),
        EngineeringType::String => {
            let mut buf = vec![0u8; usize::from(desc.length)];
            Value::Text(String::from(decode_str(desc, words, &mut buf)?))
        }
        EngineeringType::Raw => Value::Raw(Vec::<u16>::decode(desc, words, order)?),
        EngineeringType::F32 | EngineeringType::F64 => Value::Float(f64::decode(desc, words, order)?),
        // A float enumeration is the whole number it reads (the rule of `codec::enum_raw`).
        EngineeringType::Enum if desc.data_type.is_float() => Value::Signed(enum_raw(desc, decode_raw(desc, words, order)?)?),
        _ => match decode_raw(desc, words, order)? {
            RawNumber::Int(raw) if is_signed(desc.data_type) => Value::Signed(raw as i64),
            RawNumber::Int(raw) => Value::Unsigned(raw as u64),
            RawNumber::Float(x) => Value::Float(x),
        },
    })
}

/// Encodes a [`Value`] with the same checks typed code gets (range, listed
/// enumeration values, raw type limits). Numbers convert between variants where
/// no precision is lost: `Unsigned(3)` may be written to a scaled register, and
/// `Float(3.0)` to an integer one.
pub fn encode_value(desc: &RegisterDescriptor, value: &Value, order: WordOrder, out: &mut [u16]) -> Result<(), EncodeError> {
    let mismatch = |rust_type| EncodeError::TypeMismatch { register: desc.name, data_type: desc.data_type, rust_type };
    match (desc.data_type, value) {
        (DataType::Bool, Value::Bool(b)) => b.encode(desc, order, out),
        (DataType::Bool, Value::Unsigned(u @ (0 | 1))) => (*u == 1).encode(desc, order, out),
        (DataType::Bool, _) => Err(mismatch("a value other than bool")),
        (DataType::String, Value::Text(s)) => encode_str(desc, s, out),
        (DataType::String, _) => Err(mismatch("a value other than text")),
        (DataType::Raw, Value::Raw(words)) => words.encode(desc, order, out),
        (DataType::Raw, _) => Err(mismatch("a value other than raw words")),
        (_, Value::Text(_)) => Err(mismatch("text")),
        (_, Value::Raw(_)) => Err(mismatch("raw words")),
        (_, Value::Bool(_)) => Err(mismatch("bool")),
        (t, Value::Unsigned(u)) if t.is_integer() && !crate::codec::descriptor_is_scaled(desc) => {
            integer(desc, i128::from(*u), order, out)
        }
        (t, Value::Signed(i)) if t.is_integer() && !crate::codec::descriptor_is_scaled(desc) => {
            integer(desc, i128::from(*i), order, out)
        }
        (_, v) => {
            let x = v.as_f64().expect("text and raw are handled above");
            if !desc.values.is_empty() {
                // An enumeration written as a float must still be one of its listed values.
                let Some(raw) = crate::codec::whole_number(x) else {
                    return Err(EncodeError::NotAValue { register: desc.name, raw: x as i64 });
                };
                return integer(desc, i128::from(raw), order, out);
            }
            encode_f64(desc, x, order, out)
        }
    }
}

fn integer(desc: &RegisterDescriptor, raw: i128, order: WordOrder, out: &mut [u16]) -> Result<(), EncodeError> {
    crate::codec::check_range(desc, raw as f64)?;
    crate::codec::encode_listed(desc, raw, order, out)
}

/// How a register's example (`examples:` in the spec: words → engineering value)
/// fails the codec.
#[derive(Debug, Clone, PartialEq)]
pub enum ExampleMismatch {
    /// The words do not decode at all.
    Decode(DecodeError),
    /// The words decode to another value.
    Decoded(Value),
    /// The value does not encode at all.
    Encode(EncodeError),
    /// The value encodes to other words.
    Encoded(Vec<u16>),
}

impl fmt::Display for ExampleMismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ExampleMismatch::Decode(e) => write!(f, "its words do not decode: {e}"),
            ExampleMismatch::Decoded(v) => write!(f, "its words decode to {v}"),
            ExampleMismatch::Encode(e) => write!(f, "its value does not encode: {e}"),
            ExampleMismatch::Encoded(words) => write!(f, "its value encodes to {}", Value::Raw(words.clone())),
        }
    }
}

/// Checks one example both ways through the codec, in the register's own word order:
/// `words` decode to `value` and `value` encodes to `words`. The single rule that
/// `lint` and the generated Rust tests apply (the Python runtime's `check_examples`
/// mirrors it). Numbers compare to the precision of the register's type: an `f32`
/// to 2^-23 of its size, anything else to 1e-9 (a decimal scale is not exact in binary).
pub fn check_example(desc: &RegisterDescriptor, words: &[u16], value: &Value) -> Result<(), ExampleMismatch> {
    let decoded = decode_value(desc, words, desc.word_order).map_err(ExampleMismatch::Decode)?;
    if !same_value(desc, &decoded, value) {
        return Err(ExampleMismatch::Decoded(decoded));
    }
    let mut out = vec![0u16; words.len()];
    encode_value(desc, value, desc.word_order, &mut out).map_err(ExampleMismatch::Encode)?;
    if out != words {
        return Err(ExampleMismatch::Encoded(out));
    }
    Ok(())
}

fn same_value(desc: &RegisterDescriptor, got: &Value, want: &Value) -> bool {
    match (got.as_f64(), want.as_f64()) {
        (Some(a), Some(b)) => crate::codec::same_number(desc.data_type, a, b),
        _ => got == want,
    }
}
