//! Register descriptors: the const, `no_std` description of one register that
//! generated code, derived code and the dispatch core all share.

/// The four Modbus data tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Table {
    Coil,
    Discrete,
    Input,
    Holding,
}

impl Table {
    pub const ALL: [Table; 4] = [Table::Coil, Table::Discrete, Table::Input, Table::Holding];

    /// The spec keyword (`coil`, `discrete`, `input`, `holding`).
    pub const fn as_str(self) -> &'static str {
        match self {
            Table::Coil => "coil",
            Table::Discrete => "discrete",
            Table::Input => "input",
            Table::Holding => "holding",
        }
    }

    /// Coils and discrete inputs hold single bits; input and holding tables hold 16-bit words.
    pub const fn is_bit_table(self) -> bool {
        matches!(self, Table::Coil | Table::Discrete)
    }

    /// Whether the Modbus protocol lets a client write this table at all.
    pub const fn is_writable(self) -> bool {
        matches!(self, Table::Coil | Table::Holding)
    }

    /// Modbus function code that reads this table.
    pub const fn read_function(self) -> u8 {
        match self {
            Table::Coil => 0x01,
            Table::Discrete => 0x02,
            Table::Holding => 0x03,
            Table::Input => 0x04,
        }
    }

    /// The most items one read request of this table may ask for (Modbus Application Protocol v1.1b3).
    pub const fn protocol_read_limit(self) -> u16 {
        if self.is_bit_table() {
            2000
        } else {
            125
        }
    }

    pub fn parse(s: &str) -> Option<Table> {
        Table::ALL.into_iter().find(|t| t.as_str() == s)
    }
}

/// Value types of the spec format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum DataType {
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
    /// Characters packed two per register; `length` is in bytes.
    String,
    /// Opaque registers; `length` is in registers.
    Raw,
}

impl DataType {
    pub const ALL: [DataType; 13] = [
        DataType::Bool,
        DataType::U8,
        DataType::I8,
        DataType::U16,
        DataType::I16,
        DataType::U32,
        DataType::I32,
        DataType::U64,
        DataType::I64,
        DataType::F32,
        DataType::F64,
        DataType::String,
        DataType::Raw,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            DataType::Bool => "bool",
            DataType::U8 => "u8",
            DataType::I8 => "i8",
            DataType::U16 => "u16",
            DataType::I16 => "i16",
            DataType::U32 => "u32",
            DataType::I32 => "i32",
            DataType::U64 => "u64",
            DataType::I64 => "i64",
            DataType::F32 => "f32",
            DataType::F64 => "f64",
            DataType::String => "string",
            DataType::Raw => "raw",
        }
    }

    pub fn parse(s: &str) -> Option<DataType> {
        DataType::ALL.into_iter().find(|t| t.as_str() == s)
    }

    /// Width in table items (registers or bits). `length` is the spec's `length`
    /// (bytes for strings, registers for raw) and is ignored for fixed-size types.
    pub const fn width(self, length: u16) -> u16 {
        match self {
            DataType::Bool | DataType::U8 | DataType::I8 | DataType::U16 | DataType::I16 => 1,
            DataType::U32 | DataType::I32 | DataType::F32 => 2,
            DataType::U64 | DataType::I64 | DataType::F64 => 4,
            DataType::String => length.div_ceil(2),
            DataType::Raw => length,
        }
    }

    /// Whether the type has a variable `length`.
    pub const fn has_length(self) -> bool {
        matches!(self, DataType::String | DataType::Raw)
    }

    pub const fn is_integer(self) -> bool {
        matches!(
            self,
            DataType::U8
                | DataType::I8
                | DataType::U16
                | DataType::I16
                | DataType::U32
                | DataType::I32
                | DataType::U64
                | DataType::I64
        )
    }

    pub const fn is_float(self) -> bool {
        matches!(self, DataType::F32 | DataType::F64)
    }

    pub const fn is_numeric(self) -> bool {
        self.is_integer() || self.is_float()
    }

    /// Bits of the raw value (8, 16, 32 or 64): what a sentinel's bit pattern spans.
    /// `bool` is its 16-bit word; strings and raw registers have none (0).
    pub const fn value_bits(self) -> u32 {
        match self {
            DataType::U8 | DataType::I8 => 8,
            DataType::Bool | DataType::U16 | DataType::I16 => 16,
            DataType::U32 | DataType::I32 | DataType::F32 => 32,
            DataType::U64 | DataType::I64 | DataType::F64 => 64,
            DataType::String | DataType::Raw => 0,
        }
    }

    /// `bits` (a value's words joined) cut to [`value_bits`](Self::value_bits): an 8-bit
    /// value is its low byte, whether its word carries it zero- or sign-extended.
    pub const fn pattern(self, bits: u64) -> u64 {
        match self.value_bits() {
            0 | 64 => bits,
            n => bits & ((1u64 << n) - 1),
        }
    }

    /// Whether `pattern` is a NaN of this float type (`false` for other types).
    pub fn is_nan(self, pattern: u64) -> bool {
        match self {
            DataType::F32 => f32::from_bits(pattern as u32).is_nan(),
            DataType::F64 => f64::from_bits(pattern).is_nan(),
            _ => false,
        }
    }

    /// SunSpec's "not implemented" value of the type (`sentinels: sunspec`): int16
    /// 0x8000, uint16 0xFFFF, int32 0x80000000, uint32 0xFFFFFFFF, int64
    /// 0x8000000000000000, uint64 0xFFFFFFFFFFFFFFFF, float32 NaN 0x7FC00000 (float64
    /// NaN alike). SunSpec has no 8-bit points; its accumulators (acc16/32/64, not
    /// implemented = 0) are unsigned types whose spec says `sentinel: 0`.
    pub const fn sunspec_sentinel(self) -> Option<u64> {
        Some(match self {
            DataType::U16 => 0xFFFF,
            DataType::I16 => 0x8000,
            DataType::U32 => 0xFFFF_FFFF,
            DataType::I32 => 0x8000_0000,
            DataType::U64 => u64::MAX,
            DataType::I64 => 0x8000_0000_0000_0000,
            DataType::F32 => 0x7FC0_0000,
            DataType::F64 => 0x7FF8_0000_0000_0000,
            DataType::Bool | DataType::U8 | DataType::I8 | DataType::String | DataType::Raw => return None,
        })
    }

    /// The smallest and largest raw value an integer type can hold, as `f64`
    /// (exact for every type up to 53 bits; u64/i64 bounds are rounded outward).
    pub const fn raw_range(self) -> Option<(f64, f64)> {
        match self {
            DataType::Bool => Some((0.0, 1.0)),
            DataType::U8 => Some((0.0, u8::MAX as f64)),
            DataType::I8 => Some((i8::MIN as f64, i8::MAX as f64)),
            DataType::U16 => Some((0.0, u16::MAX as f64)),
            DataType::I16 => Some((i16::MIN as f64, i16::MAX as f64)),
            DataType::U32 => Some((0.0, u32::MAX as f64)),
            DataType::I32 => Some((i32::MIN as f64, i32::MAX as f64)),
            DataType::U64 => Some((0.0, u64::MAX as f64)),
            DataType::I64 => Some((i64::MIN as f64, i64::MAX as f64)),
            DataType::F32 => Some((f32::MIN as f64, f32::MAX as f64)),
            DataType::F64 => Some((f64::MIN, f64::MAX)),
            DataType::String | DataType::Raw => None,
        }
    }
}

/// Order of the 16-bit words of a 32/64-bit value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum WordOrder {
    /// Most significant word at the lowest address (Modbus convention, "big endian").
    #[default]
    HighFirst,
    /// Least significant word at the lowest address.
    LowFirst,
}

impl WordOrder {
    pub const fn as_str(self) -> &'static str {
        match self {
            WordOrder::HighFirst => "high_first",
            WordOrder::LowFirst => "low_first",
        }
    }
    pub fn parse(s: &str) -> Option<WordOrder> {
        match s {
            "high_first" => Some(WordOrder::HighFirst),
            "low_first" => Some(WordOrder::LowFirst),
            _ => None,
        }
    }
}

/// Order of the two bytes inside each register of a value: for a string, which
/// character of a pair sits in the high byte; for a 16/32/64-bit number, whether
/// each of its words (after [`WordOrder`] placed them) has its bytes swapped.
///
/// With the word order this gives the four orders of a 32-bit value `0x0A0B0C0D`
/// (bytes A B C D): `high_first`/`high_first` ABCD `[0x0A0B, 0x0C0D]`,
/// word `low_first` CDAB `[0x0C0D, 0x0A0B]`, byte `low_first` BADC
/// `[0x0B0A, 0x0D0C]`, both `low_first` DCBA `[0x0D0C, 0x0B0A]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum ByteOrder {
    /// The first byte (a string's first character of each pair, a number's more
    /// significant byte) is in the high byte: the Modbus convention.
    #[default]
    HighFirst,
    /// The first byte is in the low byte: every word byte-swapped.
    LowFirst,
}

impl ByteOrder {
    /// Whether a register of this type has bytes to order: strings and the 16/32/64-bit
    /// numbers. A bool, an 8-bit value (always in the low byte) and raw words do not.
    pub const fn applies_to(data_type: DataType) -> bool {
        let eight_bit = matches!(data_type, DataType::U8 | DataType::I8);
        matches!(data_type, DataType::String) || (data_type.is_numeric() && !eight_bit)
    }

    /// The byte order a register without its own `byte_order` gets from the device's
    /// `byte_order`: strings take it, numbers stay `high_first`. The device key has
    /// always meant the order of string characters, and devices that pack strings
    /// low byte first (Askoma's ASKOHEAT+) send their numbers high byte first; a
    /// byte-swapped number says so on its register.
    pub const fn inherited(device: ByteOrder, data_type: DataType) -> ByteOrder {
        match data_type {
            DataType::String => device,
            _ => ByteOrder::HighFirst,
        }
    }

    /// The usual name of where a number's bytes travel, its bytes lettered from the
    /// most significant (`A`) in register order: `AB`/`BA` for 16-bit types, `ABCD`,
    /// `CDAB`, `BADC`, `DCBA` for 32-bit ones, `ABCDEFGH` … for 64-bit ones (the
    /// names Home Assistant and vendor tables use); `None` where there is no byte order.
    pub const fn layout(data_type: DataType, word: WordOrder, byte: ByteOrder) -> Option<&'static str> {
        if !ByteOrder::applies_to(data_type) {
            return None;
        }
        Some(match (data_type.width(0), word, byte) {
            (1, _, ByteOrder::HighFirst) => "AB",
            (1, _, ByteOrder::LowFirst) => "BA",
            (2, WordOrder::HighFirst, ByteOrder::HighFirst) => "ABCD",
            (2, WordOrder::LowFirst, ByteOrder::HighFirst) => "CDAB",
            (2, WordOrder::HighFirst, ByteOrder::LowFirst) => "BADC",
            (2, WordOrder::LowFirst, ByteOrder::LowFirst) => "DCBA",
            (4, WordOrder::HighFirst, ByteOrder::HighFirst) => "ABCDEFGH",
            (4, WordOrder::LowFirst, ByteOrder::HighFirst) => "GHEFCDAB",
            (4, WordOrder::HighFirst, ByteOrder::LowFirst) => "BADCFEHG",
            (4, WordOrder::LowFirst, ByteOrder::LowFirst) => "HGFEDCBA",
            // Strings: a sequence of characters, not one number.
            _ => return None,
        })
    }

    /// A register word in this order from the word with its more significant byte high, or back.
    #[inline]
    pub const fn swap(self, word: u16) -> u16 {
        match self {
            ByteOrder::HighFirst => word,
            ByteOrder::LowFirst => word.swap_bytes(),
        }
    }

    pub const fn as_str(self) -> &'static str {
        match self {
            ByteOrder::HighFirst => "high_first",
            ByteOrder::LowFirst => "low_first",
        }
    }
    pub fn parse(s: &str) -> Option<ByteOrder> {
        match s {
            "high_first" => Some(ByteOrder::HighFirst),
            "low_first" => Some(ByteOrder::LowFirst),
            _ => None,
        }
    }
}

/// Which write functions a register is written with (`write_function` in
/// docs/spec-format.md); a server refuses the others with exception 01.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum WriteFunction {
    /// 05/06 for a value of one coil or register, 15/16 for more.
    #[default]
    Any,
    /// 05/06; a 15/16 request that writes this one-item value alone is refused.
    /// Values of several registers are written with 16 all the same.
    Single,
    /// 15/16 only, also for one coil or register (ESPHome's `use_write_multiple`).
    Multiple,
}

impl WriteFunction {
    pub const ALL: [WriteFunction; 3] = [WriteFunction::Any, WriteFunction::Single, WriteFunction::Multiple];

    pub const fn as_str(self) -> &'static str {
        match self {
            WriteFunction::Any => "any",
            WriteFunction::Single => "single",
            WriteFunction::Multiple => "multiple",
        }
    }

    pub fn parse(s: &str) -> Option<WriteFunction> {
        WriteFunction::ALL.into_iter().find(|w| w.as_str() == s)
    }

    pub const fn is_any(&self) -> bool {
        matches!(self, WriteFunction::Any)
    }

    /// The kind of function a client writes a value of `width` items with.
    pub const fn kind_for(self, width: u16) -> crate::dispatch::WriteKind {
        match self {
            WriteFunction::Any | WriteFunction::Single if width == 1 => crate::dispatch::WriteKind::Single,
            WriteFunction::Any | WriteFunction::Single | WriteFunction::Multiple => crate::dispatch::WriteKind::Multiple,
        }
    }

    /// Whether a server accepts a request of `kind` writing `quantity` items that
    /// include this value of `width` items.
    pub const fn accepts(self, kind: crate::dispatch::WriteKind, quantity: u16, width: u16) -> bool {
        use crate::dispatch::WriteKind;
        match (self, kind) {
            (WriteFunction::Any, _) | (WriteFunction::Multiple, WriteKind::Multiple) | (WriteFunction::Single, WriteKind::Single) => true,
            (WriteFunction::Multiple, WriteKind::Single) => false,
            // What such devices refuse is a multiple write of the one value alone.
            (WriteFunction::Single, WriteKind::Multiple) => !(width == 1 && quantity == 1),
        }
    }
}

/// Who may read and write a register.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub enum Access {
    #[cfg_attr(feature = "serde", serde(rename = "r"))]
    Read,
    #[cfg_attr(feature = "serde", serde(rename = "w"))]
    Write,
    #[cfg_attr(feature = "serde", serde(rename = "rw"))]
    ReadWrite,
}

impl Access {
    pub const fn as_str(self) -> &'static str {
        match self {
            Access::Read => "r",
            Access::Write => "w",
            Access::ReadWrite => "rw",
        }
    }
    pub fn parse(s: &str) -> Option<Access> {
        match s {
            "r" => Some(Access::Read),
            "w" => Some(Access::Write),
            "rw" => Some(Access::ReadWrite),
            _ => None,
        }
    }
    pub const fn readable(self) -> bool {
        matches!(self, Access::Read | Access::ReadWrite)
    }
    pub const fn writable(self) -> bool {
        matches!(self, Access::Write | Access::ReadWrite)
    }
    /// The spec's default: read-only for input/discrete, read-write for holding/coil.
    pub const fn default_for(table: Table) -> Access {
        if table.is_writable() {
            Access::ReadWrite
        } else {
            Access::Read
        }
    }
}

/// Read planner limits, from the device spec (`read_limit`, `max_gap`, `values_per_read`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlanLimits {
    /// Most items (registers or bits) one request may ask for; clamped to the table's protocol limit.
    pub read_limit: u16,
    /// Most consecutive unmapped addresses one request may bridge.
    pub max_gap: u16,
    /// Most values (mapped registers) one request may return; `None` = no limit.
    pub values_per_read: Option<u16>,
}

impl Default for PlanLimits {
    /// The protocol limits, no gaps, no value limit.
    fn default() -> Self {
        PlanLimits { read_limit: 125, max_gap: 0, values_per_read: None }
    }
}

/// A firmware version such as `4.2.1`, compared component by component.
/// Up to four numeric components; missing components count as 0.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Version(pub [u16; 4]);

impl Version {
    pub const fn new(major: u16, minor: u16, patch: u16) -> Version {
        Version([major, minor, patch, 0])
    }

    /// Parses `1`, `1.2`, `1.2.3` or `1.2.3.4` (each component at most 65535).
    pub fn parse(s: &str) -> Option<Version> {
        let mut parts = [0u16; 4];
        let mut n = 0;
        for piece in s.split('.') {
            if n == 4 || piece.is_empty() || !piece.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            parts[n] = piece.parse().ok()?;
            n += 1;
        }
        if n == 0 {
            return None;
        }
        Some(Version(parts))
    }
}

impl core::fmt::Display for Version {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        let [a, b, c, d] = self.0;
        if d != 0 {
            write!(f, "{a}.{b}.{c}.{d}")
        } else {
            write!(f, "{a}.{b}.{c}")
        }
    }
}

/// A named bit or bit range of a register (`bits: { 0: heater1, "8-10": step }`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BitField {
    pub name: &'static str,
    /// Lowest bit index (0 = least significant bit of the raw value).
    pub lsb: u8,
    /// Number of bits (1 for a flag).
    pub width: u8,
}

/// A named raw value of an enumeration (`values: { 0: off, 255: on }`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EnumValue {
    pub raw: i64,
    pub name: &'static str,
}

/// Everything the runtime knows about one register. Generated and derived code
/// emit one of these per register (a repeated block's instances are built from its
/// template, [`RegisterDescriptor::repeat`]); the planner, codecs and dispatch core read it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RegisterDescriptor {
    /// Qualified name, `block.register` (`hc2.targetflowtemp` for repeated blocks).
    pub name: &'static str,
    pub unit_id: u8,
    pub table: Table,
    pub address: u16,
    /// Registers (or bits) the value occupies.
    pub width: u16,
    pub data_type: DataType,
    /// Bytes for strings, registers for raw, 0 otherwise.
    pub length: u16,
    /// Engineering value = raw * scale + offset.
    pub scale: f64,
    pub offset: f64,
    /// Address of the `i16` register, in the same unit and table, whose value `sf`
    /// scales this one by 10^sf (SunSpec's `sunssf`; `scale_factor` in
    /// docs/spec-format.md). Only the address: `.at()` moves it with the register,
    /// so every instance of a repeated block finds its own factor.
    pub scale_factor: Option<u16>,
    /// Address of the value's high word when it is not next to the low word
    /// (`high_word_at` in docs/spec-format.md; Deye's generator-port powers, low word
    /// at 0x298, high word at 0x29C): `address` then holds the low word alone, the
    /// value's words are `[low, high]` (word order `low_first`) and the value is
    /// read-only. Same unit and table; `.at()` moves it with the register.
    pub high_word: Option<u16>,
    pub access: Access,
    /// Range in engineering units.
    pub min: Option<f64>,
    pub max: Option<f64>,
    /// Plausible range of a reading, engineering units: a reading outside is
    /// [`DecodeError::Implausible`](crate::codec::DecodeError::Implausible).
    pub plausible_min: Option<f64>,
    pub plausible_max: Option<f64>,
    /// Raw values meaning "not available" (`sentinel` in docs/spec-format.md), as the
    /// register's bit pattern: the value's words joined in word and byte order, the low
    /// 8 bits for `u8`/`i8`. Decoding one is
    /// [`DecodeError::NotAvailable`](crate::codec::DecodeError::NotAvailable), never a
    /// number; for `f32`/`f64` a NaN pattern stands for every NaN.
    pub sentinels: &'static [u64],
    pub word_order: WordOrder,
    pub byte_order: ByteOrder,
    pub since: Option<Version>,
    /// Writes need the application's explicit consent (see `safety` in docs/spec-format.md).
    pub safety: bool,
    /// The write functions the register is written with.
    pub write_function: WriteFunction,
    /// A command: the device executes an accepted write and the register returns to
    /// its idle value, the storage words the map starts from (`self_clearing` in
    /// docs/spec-format.md).
    pub self_clearing: bool,
    /// Qualified name of the register this one aliases.
    pub alias_of: Option<&'static str>,
    pub unit: Option<&'static str>,
    /// When non-empty, the only raw values a write may carry.
    pub values: &'static [EnumValue],
    pub bits: &'static [BitField],
}

impl RegisterDescriptor {
    /// A descriptor with the spec's defaults: unit id 1, `length` 0 (width from
    /// the data type), scale 1, offset 0, the table's default access
    /// ([`Access::default_for`]), no range, no plausible range, no sentinels, high-first word and byte order, no
    /// `since`, no safety flag, any write function, not self-clearing, no scale factor register, no alias, no unit,
    /// no listed values and no bit fields.
    /// Change the rest with the `with_*` builders or struct update syntax.
    pub const fn new(name: &'static str, table: Table, address: u16, data_type: DataType) -> RegisterDescriptor {
        RegisterDescriptor {
            name,
            unit_id: 1,
            table,
            address,
            width: data_type.width(0),
            data_type,
            length: 0,
            scale: 1.0,
            offset: 0.0,
            scale_factor: None,
            high_word: None,
            access: Access::default_for(table),
            min: None,
            max: None,
            plausible_min: None,
            plausible_max: None,
            sentinels: &[],
            word_order: WordOrder::HighFirst,
            byte_order: ByteOrder::HighFirst,
            since: None,
            safety: false,
            write_function: WriteFunction::Any,
            self_clearing: false,
            alias_of: None,
            unit: None,
            values: &[],
            bits: &[],
        }
    }

    /// Sets the spec's `length` (bytes for strings, registers for raw) and the width that follows from it.
    pub const fn with_length(self, length: u16) -> RegisterDescriptor {
        RegisterDescriptor { length, width: self.data_type.width(length), ..self }
    }

    /// Sets who may read and write the register.
    pub const fn with_access(self, access: Access) -> RegisterDescriptor {
        RegisterDescriptor { access, ..self }
    }

    /// Sets the server address the register lives on.
    pub const fn with_unit_id(self, unit_id: u8) -> RegisterDescriptor {
        RegisterDescriptor { unit_id, ..self }
    }

    /// Sets `scale` and `offset` (engineering = raw × scale + offset).
    pub const fn with_scale(self, scale: f64, offset: f64) -> RegisterDescriptor {
        RegisterDescriptor { scale, offset, ..self }
    }

    /// Scales the register by 10^sf, `sf` being the `i16` at `address` (same unit and table).
    pub const fn with_scale_factor(self, address: u16) -> RegisterDescriptor {
        RegisterDescriptor { scale_factor: Some(address), ..self }
    }

    /// Puts the value's high word at `address` (the register's own address then holds
    /// the low word alone): word order `low_first`, read-only.
    pub const fn with_high_word(self, address: u16) -> RegisterDescriptor {
        RegisterDescriptor { high_word: Some(address), word_order: WordOrder::LowFirst, access: Access::Read, ..self }
    }

    /// Items at `address` itself: the whole width, or the low word alone for a value
    /// whose high word lies elsewhere ([`high_word`](Self::high_word)).
    pub const fn span(&self) -> u16 {
        match self.high_word {
            Some(_) => 1,
            None => self.width,
        }
    }

    /// The register with the factor's current value `sf` applied: scale 10^sf and no
    /// factor left to apply, so every codec (range check, rounding, the raw type's
    /// limits) works on it unchanged.
    pub fn scaled_by(self, sf: i16) -> RegisterDescriptor {
        RegisterDescriptor { scale: self.scale * pow10(sf), scale_factor: None, ..self }
    }

    /// Sets the smallest value a write may carry (engineering units).
    pub const fn with_min(self, min: f64) -> RegisterDescriptor {
        RegisterDescriptor { min: Some(min), ..self }
    }

    /// Sets the smallest and largest value a write may carry (engineering units).
    pub const fn with_range(self, min: f64, max: f64) -> RegisterDescriptor {
        RegisterDescriptor { min: Some(min), max: Some(max), ..self }
    }

    /// Sets the largest value a write may carry (engineering units).
    pub const fn with_max(self, max: f64) -> RegisterDescriptor {
        RegisterDescriptor { max: Some(max), ..self }
    }

    /// Sets the plausible range of a reading (engineering units; `None`: unbounded on that side).
    pub const fn with_plausible(self, min: Option<f64>, max: Option<f64>) -> RegisterDescriptor {
        RegisterDescriptor { plausible_min: min, plausible_max: max, ..self }
    }

    /// Sets the raw values that mean "not available" (bit patterns, see [`RegisterDescriptor::sentinels`]).
    pub const fn with_sentinels(self, sentinels: &'static [u64]) -> RegisterDescriptor {
        RegisterDescriptor { sentinels, ..self }
    }

    /// Whether `bits` (the register's words joined, as [`words_to_u64`](crate::codec::words_to_u64)
    /// gives them) is one of its sentinels.
    pub fn is_sentinel(&self, bits: u64) -> bool {
        if self.sentinels.is_empty() {
            return false;
        }
        let pattern = self.data_type.pattern(bits);
        self.sentinels.iter().any(|&s| s == pattern || (self.data_type.is_nan(s) && self.data_type.is_nan(pattern)))
    }

    pub const fn with_word_order(self, word_order: WordOrder) -> RegisterDescriptor {
        RegisterDescriptor { word_order, ..self }
    }

    pub const fn with_byte_order(self, byte_order: ByteOrder) -> RegisterDescriptor {
        RegisterDescriptor { byte_order, ..self }
    }

    pub const fn with_since(self, since: Version) -> RegisterDescriptor {
        RegisterDescriptor { since: Some(since), ..self }
    }

    /// Marks writes as safety-relevant (they need the application's opt-in).
    pub const fn with_safety(self) -> RegisterDescriptor {
        RegisterDescriptor { safety: true, ..self }
    }

    pub const fn with_write_function(self, write_function: WriteFunction) -> RegisterDescriptor {
        RegisterDescriptor { write_function, ..self }
    }

    /// Marks the register as a command that clears itself after a write.
    pub const fn with_self_clearing(self) -> RegisterDescriptor {
        RegisterDescriptor { self_clearing: true, ..self }
    }

    pub const fn with_alias_of(self, target: &'static str) -> RegisterDescriptor {
        RegisterDescriptor { alias_of: Some(target), ..self }
    }

    pub const fn with_unit(self, unit: &'static str) -> RegisterDescriptor {
        RegisterDescriptor { unit: Some(unit), ..self }
    }

    /// The only raw values a write may carry (an enumeration's `VALUES`).
    pub const fn with_values(self, values: &'static [EnumValue]) -> RegisterDescriptor {
        RegisterDescriptor { values, ..self }
    }

    /// The named bits (a flags type's `BITS`).
    pub const fn with_bits(self, bits: &'static [BitField]) -> RegisterDescriptor {
        RegisterDescriptor { bits, ..self }
    }

    /// The same register in another instance of a repeated block: everything but
    /// the qualified name and the address is the template's; a scale factor
    /// register and a high word move by as much as the register (they lie in the same instance).
    pub const fn at(self, name: &'static str, address: u16) -> RegisterDescriptor {
        let by = address.wrapping_sub(self.address);
        RegisterDescriptor { name, address, scale_factor: moved(self.scale_factor, by), high_word: moved(self.high_word, by), ..self }
    }

    /// Every instance of a repeated block: `template` (the first instance) and then
    /// each next instance `stride` addresses further ([`at`](Self::at)), named by
    /// `names`, instance by instance in template order (`names.len()` is `N` less
    /// the template's length). A generated `REGISTERS` writes a repeated block this
    /// way, so an instance costs its module one name per register instead of a
    /// descriptor. `N` must be a whole number of instances (checked when the table is built).
    pub const fn repeat<const N: usize>(
        template: &[RegisterDescriptor],
        stride: u16,
        names: &[&'static str],
    ) -> [RegisterDescriptor; N] {
        let per = template.len();
        assert!(per > 0 && N % per == 0 && N - per == names.len(), "the names are not those of whole instances");
        let mut out = [template[0]; N];
        let mut k = 0;
        while k < N {
            let (instance, j) = (k / per, k % per);
            out[k] = if instance == 0 {
                template[j]
            } else {
                let d = template[j];
                d.at(names[k - per], d.address.wrapping_add(stride.wrapping_mul(instance as u16)))
            };
            k += 1;
        }
        out
    }

    /// One table of `N` descriptors from its parts in order (a generated
    /// `REGISTERS` from its blocks); the parts must hold `N` in all.
    pub const fn table<const N: usize>(parts: &[&[RegisterDescriptor]]) -> [RegisterDescriptor; N] {
        assert!(N > 0, "an empty table has no parts");
        let mut first = 0;
        while parts[first].is_empty() {
            first += 1;
        }
        let mut out = [parts[first][0]; N];
        let (mut k, mut p) = (0, 0);
        while p < parts.len() {
            let mut i = 0;
            while i < parts[p].len() {
                assert!(k < N, "the parts hold more descriptors than the table");
                out[k] = parts[p][i];
                k += 1;
                i += 1;
            }
            p += 1;
        }
        assert!(k == N, "the parts hold fewer descriptors than the table");
        out
    }

    /// One past the last address the value occupies from `address` on ([`span`](Self::span)),
    /// as u32 so 65535 + width cannot overflow.
    pub const fn end(&self) -> u32 {
        self.address as u32 + self.span() as u32
    }

    pub const fn readable(&self) -> bool {
        self.access.readable()
    }

    pub const fn writable(&self) -> bool {
        self.access.writable()
    }
}

/// `address` moved by `by` (wrapping, as instance addresses do).
const fn moved(address: Option<u16>, by: u16) -> Option<u16> {
    match address {
        Some(a) => Some(a.wrapping_add(by)),
        None => None,
    }
}

/// The descriptors of a repeated block, every instance of its template one after
/// the other: instance `n` (1-based) is `registers[(n - 1) * len..n * len]` with
/// `len = registers.len() / count`. A generated module has one per repeated block
/// (`HC.register(2, "seltemp")`) instead of a `const` per register and instance.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RepeatedBlock {
    /// The block's name in the spec (`hc`); instance `n` is named `hc<n>`.
    pub name: &'static str,
    pub count: u16,
    pub registers: &'static [RegisterDescriptor],
}

impl RepeatedBlock {
    /// `count` instances in `all[start..start + count * len]`.
    pub const fn new(name: &'static str, count: u16, all: &'static [RegisterDescriptor], start: usize, len: usize) -> Self {
        let registers = all.split_at(start).1.split_at(count as usize * len).0;
        RepeatedBlock { name, count, registers }
    }

    /// Registers per instance.
    pub const fn len(&self) -> usize {
        if self.count == 0 {
            0
        } else {
            self.registers.len() / self.count as usize
        }
    }

    pub const fn is_empty(&self) -> bool {
        self.registers.is_empty()
    }

    /// Instance `n` (1..=count), in template order.
    pub const fn instance(&self, n: u16) -> Option<&'static [RegisterDescriptor]> {
        if n == 0 || n > self.count {
            return None;
        }
        let len = self.len();
        Some(self.registers.split_at((n as usize - 1) * len).1.split_at(len).0)
    }

    /// The register called `name` in the block (`seltemp`, not `hc2.seltemp`) of instance `n`.
    pub fn register(&self, n: u16, name: &str) -> Option<&'static RegisterDescriptor> {
        self.instance(n)?.iter().find(|d| d.name.split_once('.').is_some_and(|(_, local)| local == name))
    }
}

/// 10^exp as the nearest `f64` for |exp| ≤ 22 (powers of ten up to 10^22 are exact,
/// and one division rounds once); `core` has no `powi`. Beyond ±308 the result
/// is infinity or 0, which the codecs then refuse or report as such.
pub fn pow10(exp: i16) -> f64 {
    let mut power = 1.0f64;
    for _ in 0..exp.unsigned_abs().min(400) {
        power *= 10.0;
    }
    if exp < 0 {
        1.0 / power
    } else {
        power
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEMPLATE: [RegisterDescriptor; 2] = [
        RegisterDescriptor::new("hc1.temp", Table::Holding, 10, DataType::I16).with_scale_factor(11),
        RegisterDescriptor::new("hc1.sf", Table::Holding, 11, DataType::I16),
    ];
    static ALL: [RegisterDescriptor; 7] = RegisterDescriptor::table(&[
        &[RegisterDescriptor::new("status.uptime", Table::Input, 0, DataType::U32)],
        &RegisterDescriptor::repeat::<6>(&TEMPLATE, 100, &["hc2.temp", "hc2.sf", "hc3.temp", "hc3.sf"]),
    ]);
    const HC: RepeatedBlock = RepeatedBlock::new("hc", 3, &ALL, 1, 2);

    #[test]
    fn a_repeated_block_is_its_template_moved_by_the_stride_per_instance() {
        let places: [(&str, u16, Option<u16>); 7] = ALL.map(|d| (d.name, d.address, d.scale_factor));
        assert_eq!(
            places,
            [
                ("status.uptime", 0, None),
                ("hc1.temp", 10, Some(11)),
                ("hc1.sf", 11, None),
                ("hc2.temp", 110, Some(111)),
                ("hc2.sf", 111, None),
                ("hc3.temp", 210, Some(211)),
                ("hc3.sf", 211, None),
            ]
        );
        assert_eq!((HC.len(), HC.instance(0), HC.instance(4)), (2, None, None));
        assert_eq!(HC.instance(2).map(|i| i[0].name), Some("hc2.temp"));
        assert_eq!(HC.register(3, "sf").map(|d| d.address), Some(211));
        assert_eq!(HC.register(3, "nope"), None);
    }
}
