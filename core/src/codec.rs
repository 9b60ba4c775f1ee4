//! Value codecs: raw Modbus registers ⇄ engineering values.
//!
//! # Engineering types
//!
//! Generated code and `#[derive(ModbusMap)]` both map a register to one Rust
//! type, chosen by [`engineering_type`]; keeping the choice here means the two
//! front ends cannot drift apart:
//!
//! | spec | Rust type |
//! |---|---|
//! | `values: {…}` (any integer type) | a generated enum implementing [`ModbusEnum`], with an `Unknown(i64)`-style variant |
//! | `bits: {…}` (any integer type) | a generated flags type implementing [`ModbusBits`] |
//! | `bool` | `bool` |
//! | integer, `scale: 1`, `offset: 0` | the same integer type (`u8`, `i8`, `u16`, `i16`, `u32`, `i32`, `u64`, `i64`) |
//! | integer with `scale` or `offset` | `f64` |
//! | integer with `scale_factor` (10^sf from another register) | `f64` |
//! | `f32` | `f32` (`f64` when scaled) |
//! | `f64` | `f64` |
//! | `string` | `String` (feature `alloc`; [`decode_str`]/[`encode_str`] work without it) |
//! | `raw` | `Vec<u16>` (feature `alloc`) |
//!
//! `values` wins over `bits` when a register has both.
//!
//! # Raw layout
//!
//! Every codec works on a slice of 16-bit words exactly `width` long. Values in
//! bit tables (coils, discrete inputs) are one word each, `0` or `1`: the client
//! converts `read_coils` results to words so `bool` has a single codec. A
//! `bool` in a word table reads as true for any non-zero word and writes 0 or 1.
//! 32/64-bit values follow the [`WordOrder`] passed in (the client passes the
//! device's current order, which may differ from the descriptor's default when
//! the device switches it at run time). The descriptor's [`ByteOrder`] swaps the
//! two bytes of every word of a 16/32/64-bit number (`low_first`); with the word
//! order that makes the four orders ABCD, CDAB, BADC and DCBA. 8-bit types live in
//! the low byte of their word; a decoded word whose high byte disagrees with the
//! type is an error. Strings are packed two bytes per word, [`ByteOrder`] says
//! which byte comes first, and they are NUL-padded; decoding stops at the first NUL.
//!
//! # Scaling
//!
//! engineering = raw × scale + offset. Encoding checks the spec's `min`/`max`
//! first (a [`EncodeError::OutOfRange`]), then rounds `(value − offset) / scale`
//! to the nearest raw value and refuses values the raw type cannot hold
//! ([`EncodeError::NotRepresentable`]).
//!
//! A register with a scale factor register (`RegisterDescriptor::scale_factor`)
//! has no fixed scale: its codecs need the factor's current value `sf`, applied
//! with [`RegisterDescriptor::scaled_by`] (engineering = raw × 10^sf). Decoding
//! or encoding it without that is [`DecodeError::NeedsScaleFactor`] /
//! [`EncodeError::NeedsScaleFactor`], never a silently unscaled number;
//! [`RegisterSnapshot::get`](crate::plan::RegisterSnapshot::get) and the client
//! apply the factor themselves.

use crate::descriptor::{BitField, ByteOrder, DataType, EnumValue, RegisterDescriptor, WordOrder};
use core::fmt;

/// Why registers could not be turned into a value.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum DecodeError {
    /// The slice handed to the codec is not the register's width.
    WrongLength { register: &'static str, expected: u16, got: usize },
    /// The Rust type asked for cannot hold this register's spec type (see the module docs for the mapping).
    TypeMismatch { register: &'static str, data_type: DataType, rust_type: &'static str },
    /// The raw value does not fit the Rust type asked for.
    OutOfType { register: &'static str, raw: i128, rust_type: &'static str },
    /// The string registers hold bytes that are not UTF-8.
    InvalidText { register: &'static str, byte_offset: usize },
    /// The caller's buffer is smaller than the register's string length.
    BufferTooSmall { register: &'static str, needed: usize, got: usize },
    /// A snapshot does not hold the register's addresses (it was not in the read).
    NotRead { register: &'static str },
    /// The register is scaled by the register at `factor` and was decoded without its value.
    NeedsScaleFactor { register: &'static str, factor: u16 },
    /// The reading lies outside the register's plausible range (`plausible_min`,
    /// `plausible_max`): a glitch or a fault, not a value to pass on. `value` is what was read.
    Implausible { register: &'static str, value: f64, min: Option<f64>, max: Option<f64> },
    /// A float register with an enumeration reads a value that is not a whole number,
    /// so it names no value (float enumerations match whole numbers exactly).
    NotAWholeNumber { register: &'static str, value: f64 },
    /// The register holds one of its sentinels (`sentinel`): the device says the value
    /// is not available. Read it as `Option<T>` to get `None` instead.
    NotAvailable { register: &'static str, raw: u64 },
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            DecodeError::WrongLength { register, expected, got } => write!(
                f,
                "register `{register}` spans {expected} item(s) but {got} were given; pass exactly the words read at its address"
            ),
            DecodeError::TypeMismatch { register, data_type, rust_type } => write!(
                f,
                "register `{register}` has spec type `{}` which does not decode into `{rust_type}`; use the type `engineering_type` names for it",
                data_type.as_str()
            ),
            DecodeError::OutOfType { register, raw, rust_type } => write!(
                f,
                "register `{register}` holds raw value {raw}, which does not fit `{rust_type}`; check the spec's type and word order"
            ),
            DecodeError::InvalidText { register, byte_offset } => write!(
                f,
                "register `{register}` holds a string that is not UTF-8 at byte {byte_offset}; check its byte_order or read it as `raw`"
            ),
            DecodeError::BufferTooSmall { register, needed, got } => write!(
                f,
                "string register `{register}` needs a {needed}-byte buffer but got {got} bytes"
            ),
            DecodeError::NotRead { register } => write!(
                f,
                "register `{register}` was not part of this read; include it in the registers passed to read_many"
            ),
            DecodeError::Implausible { register, value, min, max } => {
                write!(f, "register `{register}` reads {value}, outside its plausible range ")?;
                match min {
                    Some(lo) => write!(f, "{lo}")?,
                    None => f.write_str("…")?,
                }
                f.write_str("..=")?;
                match max {
                    Some(hi) => write!(f, "{hi}")?,
                    None => f.write_str("…")?,
                }
                f.write_str(": a glitch or a device fault; read it again, or widen `plausible_min`/`plausible_max` if the device really reports it")
            }
            DecodeError::NotAWholeNumber { register, value } => write!(
                f,
                "register `{register}` reads {value}, which is not a whole number and so names none of its enumeration values; check the spec's type and word order"
            ),
            DecodeError::NeedsScaleFactor { register, factor } => write!(
                f,
                "register `{register}` is scaled by 10^sf of the register at address {factor}; decode it with that value applied (`scaled_by`), or read it through the client or a snapshot holding both"
            ),
            DecodeError::NotAvailable { register, raw } => write!(
                f,
                "register `{register}` holds {raw:#x}, its sentinel for \"not available\"; decode it as an `Option` to get `None`"
            ),
        }
    }
}

/// Why a value could not be turned into registers. Nothing is sent when this happens.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum EncodeError {
    /// The value is outside the spec's `min`/`max` (engineering units).
    OutOfRange { register: &'static str, value: f64, min: Option<f64>, max: Option<f64> },
    /// The value is within range (or none is given) but the raw type cannot hold it after scaling.
    NotRepresentable { register: &'static str, value: f64, data_type: DataType },
    /// NaN or infinity for an integer register.
    NotFinite { register: &'static str },
    /// An enumeration raw value the spec does not list.
    NotAValue { register: &'static str, raw: i64 },
    /// Bits outside the register's width, or a bit-field value wider than the field.
    BitsOutOfRange { register: &'static str, raw: u64, width_bits: u32 },
    /// The string is longer than the register's `length` in bytes.
    TooLong { register: &'static str, len: usize, max: u16 },
    /// The output slice (or a `raw` value) is not the register's width.
    WrongLength { register: &'static str, expected: u16, got: usize },
    /// The Rust value's type cannot encode this register's spec type.
    TypeMismatch { register: &'static str, data_type: DataType, rust_type: &'static str },
    /// The register is scaled by the register at `factor` and was encoded without its value.
    NeedsScaleFactor { register: &'static str, factor: u16 },
    /// The value's raw words are one of the register's sentinels: written, it would
    /// read back as "not available". Write `None` through an `Option` to mean that.
    IsSentinel { register: &'static str, raw: u64 },
    /// "Not available" (`None`) written to a register without a sentinel.
    NoSentinel { register: &'static str },
}

impl fmt::Display for EncodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            EncodeError::OutOfRange { register, value, min, max } => {
                write!(f, "value {value} is out of range for register `{register}` (allowed: ")?;
                match (min, max) {
                    (Some(lo), Some(hi)) => write!(f, "{lo} ..= {hi}")?,
                    (Some(lo), None) => write!(f, ">= {lo}")?,
                    (None, Some(hi)) => write!(f, "<= {hi}")?,
                    (None, None) => write!(f, "any")?,
                }
                write!(f, "); nothing was sent")
            }
            EncodeError::NotRepresentable { register, value, data_type } => write!(
                f,
                "value {value} cannot be stored in register `{register}` (raw type `{}` after scale/offset); nothing was sent",
                data_type.as_str()
            ),
            EncodeError::NotFinite { register } => {
                write!(f, "register `{register}` needs a finite number, not NaN or infinity; nothing was sent")
            }
            EncodeError::NotAValue { register, raw } => write!(
                f,
                "raw value {raw} is not one of the values the spec lists for register `{register}`; nothing was sent"
            ),
            EncodeError::BitsOutOfRange { register, raw, width_bits } => write!(
                f,
                "bits {raw:#x} do not fit the {width_bits} bit(s) of register `{register}`; nothing was sent"
            ),
            EncodeError::TooLong { register, len, max } => write!(
                f,
                "string of {len} bytes is longer than the {max} bytes of register `{register}`; shorten it, nothing was sent"
            ),
            EncodeError::WrongLength { register, expected, got } => write!(
                f,
                "register `{register}` spans {expected} item(s) but {got} were given"
            ),
            EncodeError::TypeMismatch { register, data_type, rust_type } => write!(
                f,
                "register `{register}` has spec type `{}` which `{rust_type}` cannot encode; use the type `engineering_type` names for it",
                data_type.as_str()
            ),
            EncodeError::NeedsScaleFactor { register, factor } => write!(
                f,
                "register `{register}` is scaled by 10^sf of the register at address {factor}; encode it with that value applied (`scaled_by`), or write it through the client, which reads the factor first; nothing was sent"
            ),
            EncodeError::IsSentinel { register, raw } => write!(
                f,
                "the value gives raw {raw:#x}, which register `{register}` uses for \"not available\"; write `None` to mean that, nothing was sent"
            ),
            EncodeError::NoSentinel { register } => write!(
                f,
                "register `{register}` has no sentinel, so \"not available\" (`None`) cannot be written; nothing was sent"
            ),
        }
    }
}

impl core::error::Error for DecodeError {}
impl core::error::Error for EncodeError {}

/// The Rust type a register decodes to; see the module docs for the rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EngineeringType {
    Bool,
    U8,
    I8,
    U16,
    I16,
    U32,
    I32,
    U64,
    I64,
    F32,
    F64,
    String,
    Raw,
    /// A generated enum implementing [`ModbusEnum`].
    Enum,
    /// A generated flags type implementing [`ModbusBits`].
    Bits,
}

impl EngineeringType {
    /// The Rust type as written in generated code; `None` for generated enum and flags types.
    pub const fn rust_type(self) -> Option<&'static str> {
        Some(match self {
            EngineeringType::Bool => "bool",
            EngineeringType::U8 => "u8",
            EngineeringType::I8 => "i8",
            EngineeringType::U16 => "u16",
            EngineeringType::I16 => "i16",
            EngineeringType::U32 => "u32",
            EngineeringType::I32 => "i32",
            EngineeringType::U64 => "u64",
            EngineeringType::I64 => "i64",
            EngineeringType::F32 => "f32",
            EngineeringType::F64 => "f64",
            EngineeringType::String => "::std::string::String",
            EngineeringType::Raw => "::std::vec::Vec<u16>",
            EngineeringType::Enum | EngineeringType::Bits => return None,
        })
    }
}

/// Whether `scale`/`offset` change the raw value (exact comparison: the spec writes 1 and 0 literally).
pub fn is_scaled(scale: f64, offset: f64) -> bool {
    #[allow(clippy::float_cmp)]
    let identity = scale == 1.0 && offset == 0.0;
    !identity
}

/// Whether the register's raw value is not its engineering value: a scale, an
/// offset or a scale factor register changes it.
pub fn descriptor_is_scaled(desc: &RegisterDescriptor) -> bool {
    is_scaled(desc.scale, desc.offset) || desc.scale_factor.is_some()
}

/// The engineering type of a register: the single rule both generated and derived code follow.
/// `has_scale_factor`: the register is scaled by 10^sf of another register, so
/// its value is fractional whatever its raw type.
pub fn engineering_type(
    data_type: DataType,
    scale: f64,
    offset: f64,
    has_scale_factor: bool,
    has_values: bool,
    has_bits: bool,
) -> EngineeringType {
    if data_type.is_numeric() && has_values {
        return EngineeringType::Enum;
    }
    if data_type.is_integer() && has_bits {
        return EngineeringType::Bits;
    }
    let scaled = is_scaled(scale, offset) || has_scale_factor;
    match data_type {
        DataType::Bool => EngineeringType::Bool,
        _ if data_type.is_numeric() && scaled => EngineeringType::F64,
        DataType::U8 => EngineeringType::U8,
        DataType::I8 => EngineeringType::I8,
        DataType::U16 => EngineeringType::U16,
        DataType::I16 => EngineeringType::I16,
        DataType::U32 => EngineeringType::U32,
        DataType::I32 => EngineeringType::I32,
        DataType::U64 => EngineeringType::U64,
        DataType::I64 => EngineeringType::I64,
        DataType::F32 => EngineeringType::F32,
        DataType::F64 => EngineeringType::F64,
        DataType::String => EngineeringType::String,
        DataType::Raw => EngineeringType::Raw,
    }
}

/// [`engineering_type`] of a descriptor.
pub fn descriptor_engineering_type(desc: &RegisterDescriptor) -> EngineeringType {
    engineering_type(desc.data_type, desc.scale, desc.offset, desc.scale_factor.is_some(), !desc.values.is_empty(), !desc.bits.is_empty())
}

/// A value that can be read from and written to a register.
///
/// Implemented for the primitive engineering types, `String` and `Vec<u16>`
/// (feature `alloc`). Generated enums and flags types implement it through
/// [`impl_register_value!`](crate::impl_register_value).
pub trait RegisterValue: Sized {
    /// Decodes the value from exactly `desc.width` words, using `order` for 32/64-bit values.
    fn decode(desc: &RegisterDescriptor, words: &[u16], order: WordOrder) -> Result<Self, DecodeError>;
    /// Checks range/enumeration and writes exactly `desc.width` words into `out`.
    fn encode(&self, desc: &RegisterDescriptor, order: WordOrder, out: &mut [u16]) -> Result<(), EncodeError>;
}

/// The encoding half of [`RegisterValue`] as a trait object, so code that encodes
/// values of many types (the fields of a derived struct) is written and compiled
/// once instead of once per value. Every `RegisterValue` is one.
pub trait EncodeRegister {
    /// [`RegisterValue::encode`].
    fn encode_register(&self, desc: &RegisterDescriptor, order: WordOrder, out: &mut [u16]) -> Result<(), EncodeError>;
}

impl<T: RegisterValue> EncodeRegister for T {
    fn encode_register(&self, desc: &RegisterDescriptor, order: WordOrder, out: &mut [u16]) -> Result<(), EncodeError> {
        self.encode(desc, order, out)
    }
}

/// A generated enumeration (`values: {…}`). Unknown raw values must survive a
/// round trip (generated enums keep them in an `Unknown` variant).
pub trait ModbusEnum: Sized {
    /// The named values, sorted by raw value (`#[derive(ModbusEnum)]` fills it);
    /// empty when the type does not list them (a register's `values` then come from the spec).
    const VALUES: &'static [EnumValue] = &[];
    /// `VALUES` as the IR's JSON (with each value's identifier), for the run-time IR of a
    /// derived struct (`ir_json()`). Written by `#[derive(ModbusEnum)]`; not a public API.
    #[doc(hidden)]
    const VALUES_IR_JSON: &'static str = "[]";
    fn from_raw(raw: i64) -> Self;
    fn to_raw(&self) -> i64;
}

/// A generated flags type (`bits: {…}`); bits are those of the raw value, bit 0 = least significant.
pub trait ModbusBits: Sized {
    /// The named bits and bit fields, sorted by lowest bit ([`impl_modbus_flags!`](crate::impl_modbus_flags) fills it).
    const BITS: &'static [BitField] = &[];
    fn from_raw(raw: u64) -> Self;
    fn to_raw(&self) -> u64;
}

/// Implements [`RegisterValue`] for a generated enum (`enum Type`) or flags type (`bits Type`).
///
/// Generated code reaches it as `modbus_map::__private::impl_register_value!`:
///
/// ```
/// use modbus_map_core::codec::{ModbusBits, ModbusEnum, RegisterValue};
/// use modbus_map_core::{DataType, RegisterDescriptor, Table, WordOrder};
///
/// #[derive(Debug, PartialEq)]
/// enum Mode { Off, On, Unknown(i64) }
/// impl ModbusEnum for Mode {
///     fn from_raw(raw: i64) -> Self {
///         match raw { 0 => Mode::Off, 1 => Mode::On, other => Mode::Unknown(other) }
///     }
///     fn to_raw(&self) -> i64 {
///         match self { Mode::Off => 0, Mode::On => 1, Mode::Unknown(raw) => *raw }
///     }
/// }
/// modbus_map_core::impl_register_value!(enum Mode);
///
/// #[derive(Debug, PartialEq)]
/// struct Heaters(u64);
/// impl ModbusBits for Heaters {
///     fn from_raw(raw: u64) -> Self { Heaters(raw) }
///     fn to_raw(&self) -> u64 { self.0 }
/// }
/// modbus_map_core::impl_register_value!(bits Heaters);
///
/// const MODE: RegisterDescriptor = RegisterDescriptor::new("status.mode", Table::Holding, 0, DataType::U16);
/// assert_eq!(Mode::decode(&MODE, &[1], WordOrder::HighFirst), Ok(Mode::On));
/// assert_eq!(Mode::decode(&MODE, &[9], WordOrder::HighFirst), Ok(Mode::Unknown(9)));
/// assert_eq!(Heaters::decode(&MODE, &[0b101], WordOrder::HighFirst), Ok(Heaters(5)));
/// ```
#[macro_export]
macro_rules! impl_register_value {
    (enum $ty:ty) => {
        $crate::impl_register_value!(@impl $ty, decode_enum, encode_enum);
    };
    (bits $ty:ty) => {
        $crate::impl_register_value!(@impl $ty, decode_bits, encode_bits);
    };
    (@impl $ty:ty, $decode:ident, $encode:ident) => {
        impl $crate::codec::RegisterValue for $ty {
            fn decode(
                desc: &$crate::RegisterDescriptor,
                words: &[u16],
                order: $crate::WordOrder,
            ) -> ::core::result::Result<Self, $crate::codec::DecodeError> {
                $crate::codec::$decode(desc, words, order)
            }
            fn encode(
                &self,
                desc: &$crate::RegisterDescriptor,
                order: $crate::WordOrder,
                out: &mut [u16],
            ) -> ::core::result::Result<(), $crate::codec::EncodeError> {
                $crate::codec::$encode(self, desc, order, out)
            }
        }
    };
}

/// Implements an enumeration's runtime side for an enum with one fieldless
/// variant per named raw value and one catch-all variant holding any other raw
/// value: [`ModbusEnum`] (with `VALUES`), [`RegisterValue`] and an inherent
/// `name()` and `VALUES`. The Rust generator and `#[derive(ModbusEnum)]` both
/// expand to this, so generated and derived enums cannot behave differently.
/// `V = 2 | 3 | 4 => "name"` gives several raw values one meaning: each decodes
/// to `V`, `V` encodes to the first (2), and `VALUES` lists all three.
///
/// ```
/// use modbus_map_core::codec::{ModbusEnum, RegisterValue};
/// use modbus_map_core::{DataType, RegisterDescriptor, Table, WordOrder};
///
/// #[derive(Debug, PartialEq)]
/// enum Mode { Off, On, SelfConsumption, Unknown(i64) }
/// modbus_map_core::impl_modbus_enum!(
///     Mode { Off = 0 => "off", On = 1 => "on", SelfConsumption = 2 | 3 | 4 => "self-consumption" } Unknown
/// );
///
/// const MODE: RegisterDescriptor = RegisterDescriptor::new("status.mode", Table::Holding, 0, DataType::U16)
///     .with_values(Mode::VALUES);
/// assert_eq!(Mode::decode(&MODE, &[1], WordOrder::HighFirst), Ok(Mode::On));
/// assert_eq!(Mode::decode(&MODE, &[9], WordOrder::HighFirst), Ok(Mode::Unknown(9)));
/// assert_eq!(Mode::decode(&MODE, &[4], WordOrder::HighFirst), Ok(Mode::SelfConsumption));
/// assert_eq!(Mode::SelfConsumption.to_raw(), 2);
/// assert_eq!(Mode::On.name(), Some("on"));
/// assert_eq!(<Mode as ModbusEnum>::VALUES.len(), 5);
/// ```
///
/// `ir_json = "…"` after the catch-all sets `ModbusEnum::VALUES_IR_JSON` (the derive's run-time IR).
#[macro_export]
macro_rules! impl_modbus_enum {
    ($ty:ident { $($variant:ident = $raw:literal $(| $also:literal)* => $name:literal),* $(,)? } $catch_all:ident $(, ir_json = $json:expr)?) => {
        impl $ty {
            /// The named values: each variant's raw value, then the raw values that share its name.
            pub const VALUES: &'static [$crate::EnumValue] =
                &[$($crate::EnumValue { raw: $raw, name: $name }, $($crate::EnumValue { raw: $also, name: $name },)*)*];
            /// The spec's name of this value, `None` for a raw value the spec does not name.
            pub const fn name(&self) -> ::core::option::Option<&'static str> {
                match self {
                    $($ty::$variant => ::core::option::Option::Some($name),)*
                    $ty::$catch_all(_) => ::core::option::Option::None,
                }
            }
        }
        impl $crate::codec::ModbusEnum for $ty {
            const VALUES: &'static [$crate::EnumValue] = $ty::VALUES;
            $(const VALUES_IR_JSON: &'static str = $json;)?
            fn from_raw(raw: i64) -> Self {
                match raw {
                    $($raw $(| $also)* => $ty::$variant,)*
                    other => $ty::$catch_all(other),
                }
            }
            fn to_raw(&self) -> i64 {
                match self {
                    $($ty::$variant => $raw,)*
                    $ty::$catch_all(raw) => *raw,
                }
            }
        }
        $crate::impl_register_value!(enum $ty);
    };
}

/// Implements a flags type's runtime side for `struct Ty(pub u64)`: [`ModbusBits`]
/// (with `BITS`), [`RegisterValue`], `|`, and inherent `BITS` and `contains`.
///
/// ```
/// use modbus_map_core::codec::{ModbusBits, RegisterValue};
/// use modbus_map_core::{DataType, RegisterDescriptor, Table, WordOrder};
///
/// #[derive(Debug, Clone, Copy, PartialEq)]
/// struct Heaters(pub u64);
/// modbus_map_core::impl_modbus_flags!(Heaters { "heater1" = 0, 1; "step" = 8, 3 });
///
/// const H: RegisterDescriptor = RegisterDescriptor::new("s.heaters", Table::Holding, 0, DataType::U16)
///     .with_bits(Heaters::BITS);
/// assert_eq!(Heaters::decode(&H, &[0b101], WordOrder::HighFirst), Ok(Heaters(5)));
/// assert!(Heaters(5).contains(Heaters(1)));
/// ```
#[macro_export]
macro_rules! impl_modbus_flags {
    ($ty:ident { $($name:literal = $lsb:literal, $width:literal);* $(;)? }) => {
        impl $ty {
            /// The named bits and bit fields, sorted by lowest bit.
            pub const BITS: &'static [$crate::BitField] = &[$($crate::BitField { name: $name, lsb: $lsb, width: $width }),*];
            /// Whether every bit set in `other` is set here.
            pub const fn contains(&self, other: $ty) -> bool {
                self.0 & other.0 == other.0
            }
        }
        impl ::core::ops::BitOr for $ty {
            type Output = $ty;
            fn bitor(self, rhs: $ty) -> $ty {
                $ty(self.0 | rhs.0)
            }
        }
        impl $crate::codec::ModbusBits for $ty {
            const BITS: &'static [$crate::BitField] = $ty::BITS;
            fn from_raw(raw: u64) -> Self {
                $ty(raw)
            }
            fn to_raw(&self) -> u64 {
                self.0
            }
        }
        $crate::impl_register_value!(bits $ty);
    };
}

/// The value of bits `lsb .. lsb + width` of `raw` (a flags type's multi-bit field).
pub const fn bit_field(raw: u64, lsb: u8, width: u8) -> u64 {
    let shifted = raw >> lsb;
    if width >= 64 {
        shifted
    } else {
        shifted & ((1u64 << width) - 1)
    }
}

/// A raw numeric value as the registers hold it, before scale and offset.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum RawNumber {
    /// Integer types and `bool` (exact for every width, u64 and i64 included).
    Int(i128),
    Float(f64),
}

impl RawNumber {
    pub fn as_f64(self) -> f64 {
        match self {
            RawNumber::Int(i) => i as f64,
            RawNumber::Float(x) => x,
        }
    }
}

fn check_len(desc: &RegisterDescriptor, words: &[u16]) -> Result<(), DecodeError> {
    if words.len() != desc.width as usize {
        return Err(DecodeError::WrongLength { register: desc.name, expected: desc.width, got: words.len() });
    }
    Ok(())
}

fn check_out_len(desc: &RegisterDescriptor, out: &[u16]) -> Result<(), EncodeError> {
    if out.len() != desc.width as usize {
        return Err(EncodeError::WrongLength { register: desc.name, expected: desc.width, got: out.len() });
    }
    Ok(())
}

/// Joins 1, 2 or 4 words into one unsigned number, most significant word per `order`,
/// the bytes of each word per `bytes`.
pub fn words_to_u64(words: &[u16], order: WordOrder, bytes: ByteOrder) -> u64 {
    let mut acc = 0u64;
    let mut push = |w: u16| acc = (acc << 16) | u64::from(bytes.swap(w));
    match order {
        WordOrder::HighFirst => words.iter().copied().for_each(&mut push),
        WordOrder::LowFirst => words.iter().rev().copied().for_each(&mut push),
    }
    acc
}

/// Splits the low `out.len() * 16` bits of `value` into words per `order`, the bytes
/// of each word per `bytes`.
pub fn u64_to_words(value: u64, order: WordOrder, bytes: ByteOrder, out: &mut [u16]) {
    let n = out.len();
    for (i, slot) in out.iter_mut().enumerate() {
        let word_index = match order {
            WordOrder::HighFirst => n - 1 - i,
            WordOrder::LowFirst => i,
        };
        *slot = bytes.swap((value.checked_shr(16 * word_index as u32).unwrap_or(0) & 0xFFFF) as u16);
    }
}

/// The raw value of a numeric or bool register.
pub fn decode_raw(desc: &RegisterDescriptor, words: &[u16], order: WordOrder) -> Result<RawNumber, DecodeError> {
    check_len(desc, words)?;
    let bits = words_to_u64(words, order, desc.byte_order);
    if desc.is_sentinel(bits) {
        return Err(DecodeError::NotAvailable { register: desc.name, raw: desc.data_type.pattern(bits) });
    }
    let out_of_type = |rust_type| DecodeError::OutOfType { register: desc.name, raw: i128::from(bits), rust_type };
    Ok(match desc.data_type {
        DataType::Bool => RawNumber::Int(i128::from(bits != 0)),
        DataType::U8 => RawNumber::Int(i128::from(u8::try_from(bits).map_err(|_| out_of_type("u8"))?)),
        DataType::I8 => {
            // i8 sits sign-extended or zero-extended in its word; both are seen in the field.
            let w = bits as u16;
            let v = if w <= 0xFF { w as u8 as i8 } else if w >= 0xFF80 { w as i16 as i8 } else { return Err(out_of_type("i8")) };
            RawNumber::Int(i128::from(v))
        }
        DataType::U16 | DataType::U32 | DataType::U64 => RawNumber::Int(i128::from(bits)),
        DataType::I16 => RawNumber::Int(i128::from(bits as u16 as i16)),
        DataType::I32 => RawNumber::Int(i128::from(bits as u32 as i32)),
        DataType::I64 => RawNumber::Int(i128::from(bits as i64)),
        DataType::F32 => RawNumber::Float(f64::from(f32::from_bits(bits as u32))),
        DataType::F64 => RawNumber::Float(f64::from_bits(bits)),
        DataType::String | DataType::Raw => {
            return Err(DecodeError::TypeMismatch { register: desc.name, data_type: desc.data_type, rust_type: "a number" })
        }
    })
}

/// Writes a raw integer into `out`, refusing values the register's type cannot hold.
pub fn encode_raw_int(desc: &RegisterDescriptor, raw: i128, order: WordOrder, out: &mut [u16]) -> Result<(), EncodeError> {
    check_out_len(desc, out)?;
    let (lo, hi): (i128, i128) = match desc.data_type {
        DataType::Bool => (0, 1),
        DataType::U8 => (0, u8::MAX.into()),
        DataType::I8 => (i8::MIN.into(), i8::MAX.into()),
        DataType::U16 => (0, u16::MAX.into()),
        DataType::I16 => (i16::MIN.into(), i16::MAX.into()),
        DataType::U32 => (0, u32::MAX.into()),
        DataType::I32 => (i32::MIN.into(), i32::MAX.into()),
        DataType::U64 => (0, u64::MAX.into()),
        DataType::I64 => (i64::MIN.into(), i64::MAX.into()),
        DataType::F32 | DataType::F64 => return encode_raw_float(desc, raw as f64, order, out),
        DataType::String | DataType::Raw => {
            return Err(EncodeError::TypeMismatch { register: desc.name, data_type: desc.data_type, rust_type: "a number" })
        }
    };
    if raw < lo || raw > hi {
        return Err(EncodeError::NotRepresentable { register: desc.name, value: raw as f64, data_type: desc.data_type });
    }
    let bits = match desc.data_type {
        // A negative i8 goes on the wire in its low byte only.
        DataType::I8 => u64::from(raw as i8 as u8),
        _ => raw as u64,
    };
    put_bits(desc, bits, order, out)
}

fn encode_raw_float(desc: &RegisterDescriptor, raw: f64, order: WordOrder, out: &mut [u16]) -> Result<(), EncodeError> {
    check_out_len(desc, out)?;
    match desc.data_type {
        DataType::F32 => {
            let narrowed = raw as f32;
            if raw.is_finite() && !narrowed.is_finite() {
                return Err(EncodeError::NotRepresentable { register: desc.name, value: raw, data_type: desc.data_type });
            }
            put_bits(desc, u64::from(narrowed.to_bits()), order, out)
        }
        DataType::F64 => put_bits(desc, raw.to_bits(), order, out),
        _ => Err(EncodeError::TypeMismatch { register: desc.name, data_type: desc.data_type, rust_type: "f64" }),
    }
}

/// Writes a value's bit pattern into `out`, unless it is one of the register's
/// sentinels: a value that would read back as "not available" is refused.
fn put_bits(desc: &RegisterDescriptor, bits: u64, order: WordOrder, out: &mut [u16]) -> Result<(), EncodeError> {
    if desc.is_sentinel(bits) {
        return Err(EncodeError::IsSentinel { register: desc.name, raw: desc.data_type.pattern(bits) });
    }
    u64_to_words(bits, order, desc.byte_order, out);
    Ok(())
}

/// Checks `value` (engineering units) against the spec's `min`/`max`.
pub fn check_range(desc: &RegisterDescriptor, value: f64) -> Result<(), EncodeError> {
    if outside(value, desc.min, desc.max) {
        return Err(EncodeError::OutOfRange { register: desc.name, value, min: desc.min, max: desc.max });
    }
    Ok(())
}

/// Whether `value` lies outside `min..=max` (an absent bound is none; NaN is outside any range).
fn outside(value: f64, min: Option<f64>, max: Option<f64>) -> bool {
    let below = min.is_some_and(|lo| value < lo);
    let above = max.is_some_and(|hi| value > hi);
    below || above || (value.is_nan() && (min.is_some() || max.is_some()))
}

/// The engineering value of a numeric register: raw × scale + offset.
pub fn decode_f64(desc: &RegisterDescriptor, words: &[u16], order: WordOrder) -> Result<f64, DecodeError> {
    if let Some(factor) = desc.scale_factor {
        return Err(DecodeError::NeedsScaleFactor { register: desc.name, factor });
    }
    let raw = decode_raw(desc, words, order)?;
    let value = if is_scaled(desc.scale, desc.offset) { raw.as_f64() * desc.scale + desc.offset } else { raw.as_f64() };
    check_plausible(desc, value)?;
    Ok(value)
}

/// A reading outside the plausible range is refused, not passed on (`min`/`max`
/// bound writes, this bounds what a reading may be).
pub fn check_plausible(desc: &RegisterDescriptor, value: f64) -> Result<(), DecodeError> {
    if outside(value, desc.plausible_min, desc.plausible_max) {
        return Err(DecodeError::Implausible { register: desc.name, value, min: desc.plausible_min, max: desc.plausible_max });
    }
    Ok(())
}

/// Encodes an engineering value: range check, then `(value − offset) / scale`,
/// rounded to the nearest raw integer for integer types.
pub fn encode_f64(desc: &RegisterDescriptor, value: f64, order: WordOrder, out: &mut [u16]) -> Result<(), EncodeError> {
    if let Some(factor) = desc.scale_factor {
        return Err(EncodeError::NeedsScaleFactor { register: desc.name, factor });
    }
    check_out_len(desc, out)?;
    check_range(desc, value)?;
    let raw = if is_scaled(desc.scale, desc.offset) { (value - desc.offset) / desc.scale } else { value };
    if desc.data_type.is_float() {
        return encode_raw_float(desc, raw, order, out);
    }
    if !raw.is_finite() {
        return Err(EncodeError::NotFinite { register: desc.name });
    }
    let rounded = round_half_away(raw);
    // i128 holds every integer raw type; beyond ±2^100 no raw type can hold the value anyway.
    if rounded.abs() > 1e30 {
        return Err(EncodeError::NotRepresentable { register: desc.name, value, data_type: desc.data_type });
    }
    encode_raw_int(desc, rounded as i128, order, out).map_err(|e| match e {
        EncodeError::NotRepresentable { register, data_type, .. } => {
            EncodeError::NotRepresentable { register, value, data_type }
        }
        other => other,
    })
}

/// Why a value could not cross from one register's codec to another's ([`convert`]).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ConvertError {
    /// The source words do not decode (a NaN into an integer, words the type cannot hold).
    Decode(DecodeError),
    /// The destination cannot hold the value (out of its type's range, no sentinel for "not available").
    Encode(EncodeError),
    /// The destination holds the value only rounded to its raw step, and the crossing had to be exact.
    Inexact { register: &'static str, value: f64 },
}

impl fmt::Display for ConvertError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConvertError::Decode(e) => e.fmt(f),
            ConvertError::Encode(e) => e.fmt(f),
            ConvertError::Inexact { register, value } => {
                write!(f, "register `{register}` cannot hold {value} exactly (its type or scale rounds it); nothing was stored")
            }
        }
    }
}

impl core::error::Error for ConvertError {}

/// Carries the value `from`'s `words` hold into `to`'s words `out`, through the
/// engineering value: the one rule by which a converting alias (an alias with its own
/// type, width, scale, offset or order) serves the value its target stores. Integers
/// without scale or offset on both sides cross as integers (exact for 64-bit values
/// too); everything else as `f64`, encoded with `to`'s codec (rounded half away from
/// zero to its raw step). With `exact`, a value `to` holds only rounded is refused (a
/// write must not store another value than it was given; "the same" to the precision
/// of the coarser of the two types, see [`same_number`]). "Not available" crosses
/// as `to`'s first sentinel. Neither `from`'s plausible range nor `to`'s `min`/`max`
/// apply here: which limits a crossing keeps is the caller's decision.
pub fn convert(from: &RegisterDescriptor, words: &[u16], to: &RegisterDescriptor, out: &mut [u16], exact: bool) -> Result<(), ConvertError> {
    let from = RegisterDescriptor { plausible_min: None, plausible_max: None, ..*from };
    let to = RegisterDescriptor { min: None, max: None, ..*to };
    let unscaled_integer = |d: &RegisterDescriptor| d.data_type.is_integer() && !is_scaled(d.scale, d.offset);
    match decode_raw(&from, words, from.word_order) {
        Err(DecodeError::NotAvailable { .. }) => {
            return None::<f64>.encode(&to, to.word_order, out).map_err(ConvertError::Encode);
        }
        Err(e) => return Err(ConvertError::Decode(e)),
        Ok(RawNumber::Int(raw)) if unscaled_integer(&from) && unscaled_integer(&to) => {
            return encode_raw_int(&to, raw, to.word_order, out).map_err(ConvertError::Encode);
        }
        Ok(_) => {}
    }
    let value = decode_f64(&from, words, from.word_order).map_err(ConvertError::Decode)?;
    encode_f64(&to, value, to.word_order, out).map_err(ConvertError::Encode)?;
    if exact {
        let held = decode_f64(&to, out, to.word_order).map_err(ConvertError::Decode)?;
        // `value` is known only to the precision of `from`'s type: an f32 copy of a
        // tenths register reads -12.3 as -12.30000019, and writing those words back
        // must store -12.3 again, not be refused.
        let same = same_number(to.data_type, held, value) || same_number(from.data_type, held, value) || (held.is_nan() && value.is_nan());
        if !same {
            return Err(ConvertError::Inexact { register: to.name, value });
        }
    }
    Ok(())
}

/// Whether two engineering values are the same to the precision of a register of
/// `data_type`: an `f32` to 2^-23 of their size, anything else to 1e-9 (a decimal
/// scale is not exact in binary).
pub fn same_number(data_type: DataType, a: f64, b: f64) -> bool {
    let relative = if data_type == DataType::F32 { 1.0 / 8_388_608.0 } else { 1e-9 };
    let magnitude = if b.abs() > 1.0 { b.abs() } else { 1.0 };
    a == b || (a - b).abs() <= relative * magnitude
}

/// `f64::round` without std: half away from zero.
fn round_half_away(x: f64) -> f64 {
    if x.abs() > 1e30 {
        return x;
    }
    let t = x as i128 as f64; // truncation toward zero
    let frac = x - t;
    if frac >= 0.5 {
        t + 1.0
    } else if frac <= -0.5 {
        t - 1.0
    } else {
        t
    }
}

fn integer_value<T: TryFrom<i128>>(
    desc: &RegisterDescriptor,
    words: &[u16],
    order: WordOrder,
    rust_type: &'static str,
) -> Result<T, DecodeError> {
    let mismatch = DecodeError::TypeMismatch { register: desc.name, data_type: desc.data_type, rust_type };
    if !desc.data_type.is_integer() || descriptor_is_scaled(desc) {
        return Err(mismatch);
    }
    match decode_raw(desc, words, order)? {
        RawNumber::Int(raw) => {
            check_plausible(desc, raw as f64)?;
            T::try_from(raw).map_err(|_| DecodeError::OutOfType { register: desc.name, raw, rust_type })
        }
        RawNumber::Float(_) => Err(mismatch),
    }
}

fn encode_integer(
    desc: &RegisterDescriptor,
    raw: i128,
    order: WordOrder,
    out: &mut [u16],
    rust_type: &'static str,
) -> Result<(), EncodeError> {
    if !desc.data_type.is_integer() || descriptor_is_scaled(desc) {
        return Err(EncodeError::TypeMismatch { register: desc.name, data_type: desc.data_type, rust_type });
    }
    check_out_len(desc, out)?;
    check_range(desc, raw as f64)?;
    check_listed(desc, raw)?;
    encode_raw_int(desc, raw, order, out)
}

fn check_listed(desc: &RegisterDescriptor, raw: i128) -> Result<(), EncodeError> {
    if !desc.values.is_empty() && !desc.values.iter().any(|v| i128::from(v.raw) == raw) {
        return Err(EncodeError::NotAValue { register: desc.name, raw: raw as i64 });
    }
    Ok(())
}

macro_rules! integer_register_value {
    ($($ty:ident),*) => {$(
        impl RegisterValue for $ty {
            fn decode(desc: &RegisterDescriptor, words: &[u16], order: WordOrder) -> Result<Self, DecodeError> {
                integer_value(desc, words, order, stringify!($ty))
            }
            fn encode(&self, desc: &RegisterDescriptor, order: WordOrder, out: &mut [u16]) -> Result<(), EncodeError> {
                encode_integer(desc, i128::from(*self), order, out, stringify!($ty))
            }
        }
    )*};
}
integer_register_value!(u8, i8, u16, i16, u32, i32, u64, i64);

impl RegisterValue for bool {
    fn decode(desc: &RegisterDescriptor, words: &[u16], order: WordOrder) -> Result<Self, DecodeError> {
        if desc.data_type != DataType::Bool {
            return Err(DecodeError::TypeMismatch { register: desc.name, data_type: desc.data_type, rust_type: "bool" });
        }
        Ok(decode_raw(desc, words, order)? == RawNumber::Int(1))
    }
    fn encode(&self, desc: &RegisterDescriptor, order: WordOrder, out: &mut [u16]) -> Result<(), EncodeError> {
        if desc.data_type != DataType::Bool {
            return Err(EncodeError::TypeMismatch { register: desc.name, data_type: desc.data_type, rust_type: "bool" });
        }
        encode_raw_int(desc, i128::from(*self), order, out)
    }
}

impl RegisterValue for f64 {
    /// Any numeric register, scale and offset applied.
    fn decode(desc: &RegisterDescriptor, words: &[u16], order: WordOrder) -> Result<Self, DecodeError> {
        if !desc.data_type.is_numeric() {
            return Err(DecodeError::TypeMismatch { register: desc.name, data_type: desc.data_type, rust_type: "f64" });
        }
        decode_f64(desc, words, order)
    }
    fn encode(&self, desc: &RegisterDescriptor, order: WordOrder, out: &mut [u16]) -> Result<(), EncodeError> {
        if !desc.data_type.is_numeric() {
            return Err(EncodeError::TypeMismatch { register: desc.name, data_type: desc.data_type, rust_type: "f64" });
        }
        encode_f64(desc, *self, order, out)
    }
}

impl RegisterValue for f32 {
    /// `f32` registers and other numeric registers whose engineering value the caller wants as `f32`.
    fn decode(desc: &RegisterDescriptor, words: &[u16], order: WordOrder) -> Result<Self, DecodeError> {
        if !desc.data_type.is_numeric() {
            return Err(DecodeError::TypeMismatch { register: desc.name, data_type: desc.data_type, rust_type: "f32" });
        }
        Ok(decode_f64(desc, words, order)? as f32)
    }
    fn encode(&self, desc: &RegisterDescriptor, order: WordOrder, out: &mut [u16]) -> Result<(), EncodeError> {
        if !desc.data_type.is_numeric() {
            return Err(EncodeError::TypeMismatch { register: desc.name, data_type: desc.data_type, rust_type: "f32" });
        }
        encode_f64(desc, f64::from(*self), order, out)
    }
}

/// A register with sentinels (`sentinel` in the spec): `None` is "not available",
/// read when the registers hold a sentinel and written as the register's first one.
impl<T: RegisterValue> RegisterValue for Option<T> {
    fn decode(desc: &RegisterDescriptor, words: &[u16], order: WordOrder) -> Result<Self, DecodeError> {
        match T::decode(desc, words, order) {
            Err(DecodeError::NotAvailable { .. }) => Ok(None),
            other => other.map(Some),
        }
    }
    fn encode(&self, desc: &RegisterDescriptor, order: WordOrder, out: &mut [u16]) -> Result<(), EncodeError> {
        match self {
            Some(value) => value.encode(desc, order, out),
            None => {
                check_out_len(desc, out)?;
                let &[first, ..] = desc.sentinels else { return Err(EncodeError::NoSentinel { register: desc.name }) };
                u64_to_words(first, order, desc.byte_order, out);
                Ok(())
            }
        }
    }
}

/// Decodes an enumeration register. Values the spec does not list still decode
/// (the device may be newer than the spec); `from_raw` keeps them.
pub fn decode_enum<T: ModbusEnum>(desc: &RegisterDescriptor, words: &[u16], order: WordOrder) -> Result<T, DecodeError> {
    if !desc.data_type.is_numeric() {
        return Err(DecodeError::TypeMismatch { register: desc.name, data_type: desc.data_type, rust_type: "an enumeration" });
    }
    enum_raw(desc, decode_raw(desc, words, order)?).map(T::from_raw)
}

/// The enumeration raw value a reading stands for: the single rule for integer and float
/// registers. An integer reading is itself; a float reading names the whole number it
/// equals exactly (IEEE equality, so `-0.0` is 0 and `2.0000002` is not 2), and any
/// other float (`2.5`, NaN, infinities, beyond ±2^63) names nothing.
pub fn enum_raw(desc: &RegisterDescriptor, raw: RawNumber) -> Result<i64, DecodeError> {
    match raw {
        RawNumber::Int(raw) => i64::try_from(raw).map_err(|_| DecodeError::OutOfType { register: desc.name, raw, rust_type: "i64" }),
        RawNumber::Float(value) => whole_number(value).ok_or(DecodeError::NotAWholeNumber { register: desc.name, value }),
    }
}

/// The float a float register holds for enumeration value `raw`; `None` when the
/// register's type cannot hold `raw` exactly (`f32` is exact up to 2^24), or is not a float.
pub fn float_for_enum(data_type: DataType, raw: i64) -> Option<f64> {
    let value = match data_type {
        DataType::F32 => f64::from(raw as f32),
        DataType::F64 => raw as f64,
        _ => return None,
    };
    (whole_number(value) == Some(raw)).then_some(value)
}

/// `value` as an `i64` when it is exactly one.
pub(crate) fn whole_number(value: f64) -> Option<i64> {
    // no_std has no `fract`; the round trip is exact just for whole numbers in range
    // (2^63 itself is a float but not an i64: `as` would saturate it to i64::MAX).
    let in_range = (-9_223_372_036_854_775_808.0..9_223_372_036_854_775_808.0).contains(&value);
    (in_range && value as i64 as f64 == value).then_some(value as i64)
}

/// Encodes an enumeration register; only raw values the spec lists may be written.
pub fn encode_enum<T: ModbusEnum>(value: &T, desc: &RegisterDescriptor, order: WordOrder, out: &mut [u16]) -> Result<(), EncodeError> {
    if !desc.data_type.is_numeric() {
        return Err(EncodeError::TypeMismatch { register: desc.name, data_type: desc.data_type, rust_type: "an enumeration" });
    }
    check_out_len(desc, out)?;
    encode_listed(desc, i128::from(value.to_raw()), order, out)
}

/// Writes one of the register's listed enumeration values (any raw value when it lists
/// none): as that integer, or on a float register as the float equal to it.
pub fn encode_listed(desc: &RegisterDescriptor, raw: i128, order: WordOrder, out: &mut [u16]) -> Result<(), EncodeError> {
    check_listed(desc, raw)?;
    if desc.data_type.is_float() {
        let exact = i64::try_from(raw).ok().and_then(|raw| float_for_enum(desc.data_type, raw));
        let value = exact.ok_or(EncodeError::NotRepresentable { register: desc.name, value: raw as f64, data_type: desc.data_type })?;
        encode_raw_float(desc, value, order, out)
    } else {
        encode_raw_int(desc, raw, order, out)
    }
}

/// Decodes a flags register: the raw bit pattern (signed types are not sign-extended).
pub fn decode_bits<T: ModbusBits>(desc: &RegisterDescriptor, words: &[u16], order: WordOrder) -> Result<T, DecodeError> {
    if !desc.data_type.is_integer() {
        return Err(DecodeError::TypeMismatch { register: desc.name, data_type: desc.data_type, rust_type: "a flags type" });
    }
    let raw = match decode_raw(desc, words, order)? {
        RawNumber::Int(raw) => raw as u64,
        RawNumber::Float(_) => unreachable!("integer types decode to integers"),
    };
    let bits = desc.data_type.value_bits();
    Ok(T::from_raw(if bits == 64 { raw } else { raw & ((1u64 << bits) - 1) }))
}

/// Encodes a flags register; bits beyond the raw type's width are refused.
pub fn encode_bits<T: ModbusBits>(value: &T, desc: &RegisterDescriptor, order: WordOrder, out: &mut [u16]) -> Result<(), EncodeError> {
    if !desc.data_type.is_integer() {
        return Err(EncodeError::TypeMismatch { register: desc.name, data_type: desc.data_type, rust_type: "a flags type" });
    }
    check_out_len(desc, out)?;
    let raw = value.to_raw();
    let width_bits = desc.data_type.value_bits();
    if width_bits < 64 && raw >> width_bits != 0 {
        return Err(EncodeError::BitsOutOfRange { register: desc.name, raw, width_bits });
    }
    put_bits(desc, raw, order, out)
}

impl BitField {
    /// Mask of the field's bits in the raw value (all ones past bit 63 are dropped).
    pub const fn mask(&self) -> u64 {
        let ones = if self.width >= 64 { u64::MAX } else { (1u64 << self.width) - 1 };
        if self.lsb >= 64 {
            0
        } else {
            ones << self.lsb
        }
    }

    /// The field's value, shifted down to bit 0.
    pub const fn extract(&self, raw: u64) -> u64 {
        if self.lsb >= 64 {
            0
        } else {
            (raw & self.mask()) >> self.lsb
        }
    }

    /// `raw` with the field set to `value`; `None` when `value` is wider than the field.
    pub const fn insert(&self, raw: u64, value: u64) -> Option<u64> {
        if self.lsb >= 64 {
            return None;
        }
        let max = if self.width >= 64 { u64::MAX } else { (1u64 << self.width) - 1 };
        if value > max {
            return None;
        }
        Some((raw & !self.mask()) | (value << self.lsb))
    }
}

/// Bytes a string register holds: its `length`, unless a hand-written descriptor
/// gives it fewer registers than that needs.
fn string_capacity(desc: &RegisterDescriptor) -> usize {
    usize::from(desc.length).min(2 * usize::from(desc.width))
}

/// Decodes a string register into `buf` and returns the text before the first NUL.
pub fn decode_str<'a>(desc: &RegisterDescriptor, words: &[u16], buf: &'a mut [u8]) -> Result<&'a str, DecodeError> {
    if desc.data_type != DataType::String {
        return Err(DecodeError::TypeMismatch { register: desc.name, data_type: desc.data_type, rust_type: "str" });
    }
    check_len(desc, words)?;
    let len = string_capacity(desc);
    if buf.len() < len {
        return Err(DecodeError::BufferTooSmall { register: desc.name, needed: len, got: buf.len() });
    }
    for (i, slot) in buf[..len].iter_mut().enumerate() {
        let [first, second] = desc.byte_order.swap(words[i / 2]).to_be_bytes();
        *slot = if i % 2 == 0 { first } else { second };
    }
    let text = &buf[..len];
    let end = text.iter().position(|&b| b == 0).unwrap_or(len);
    core::str::from_utf8(&text[..end])
        .map_err(|e| DecodeError::InvalidText { register: desc.name, byte_offset: e.valid_up_to() })
}

/// Encodes a string register, NUL-padding to the register's width.
pub fn encode_str(desc: &RegisterDescriptor, text: &str, out: &mut [u16]) -> Result<(), EncodeError> {
    if desc.data_type != DataType::String {
        return Err(EncodeError::TypeMismatch { register: desc.name, data_type: desc.data_type, rust_type: "str" });
    }
    check_out_len(desc, out)?;
    let bytes = text.as_bytes();
    if bytes.len() > string_capacity(desc) {
        return Err(EncodeError::TooLong { register: desc.name, len: bytes.len(), max: string_capacity(desc) as u16 });
    }
    for (i, slot) in out.iter_mut().enumerate() {
        let first = bytes.get(2 * i).copied().unwrap_or(0);
        let second = bytes.get(2 * i + 1).copied().unwrap_or(0);
        *slot = desc.byte_order.swap(u16::from_be_bytes([first, second]));
    }
    Ok(())
}

#[cfg(feature = "alloc")]
mod owned {
    use super::*;
    use alloc::string::String;
    use alloc::vec;
    use alloc::vec::Vec;

    impl RegisterValue for String {
        fn decode(desc: &RegisterDescriptor, words: &[u16], _order: WordOrder) -> Result<Self, DecodeError> {
            let mut buf = vec![0u8; desc.length as usize];
            decode_str(desc, words, &mut buf).map(String::from)
        }
        fn encode(&self, desc: &RegisterDescriptor, _order: WordOrder, out: &mut [u16]) -> Result<(), EncodeError> {
            encode_str(desc, self, out)
        }
    }

    impl RegisterValue for Vec<u16> {
        /// Any register's words, as they are on the wire.
        fn decode(desc: &RegisterDescriptor, words: &[u16], _order: WordOrder) -> Result<Self, DecodeError> {
            check_len(desc, words)?;
            Ok(words.to_vec())
        }
        fn encode(&self, desc: &RegisterDescriptor, _order: WordOrder, out: &mut [u16]) -> Result<(), EncodeError> {
            check_out_len(desc, out)?;
            if self.len() != out.len() {
                return Err(EncodeError::WrongLength { register: desc.name, expected: desc.width, got: self.len() });
            }
            out.copy_from_slice(self);
            Ok(())
        }
    }

    /// Encodes `value` into a fresh vector of `desc.width` words.
    pub fn encode_to_vec<T: EncodeRegister + ?Sized>(value: &T, desc: &RegisterDescriptor, order: WordOrder) -> Result<Vec<u16>, EncodeError> {
        let mut out = vec![0u16; desc.width as usize];
        value.encode_register(desc, order, &mut out)?;
        Ok(out)
    }
}

#[cfg(feature = "alloc")]
pub use owned::encode_to_vec;
