//! The spec keys: one table per level (device, block, `repeat`, register).
//!
//! Each row says a key once: its field in the spec model, its kind of value,
//! whether it is required, its default, what it means, its CSV spelling and
//! its `#[derive(ModbusMap)]` attribute spelling. From the rows come the spec
//! model's structs ([`crate::spec`] re-exports them), the `KEYS` descriptor
//! slices, and slot accessors by key name that the YAML and CSV loaders, the
//! YAML and CSV writers (`convert`), the derive's attribute parser and the
//! key tables of docs/spec-format.md ([`docs_key_tables`]) all go through, so
//! none of them spells a key of its own.
//!
//! A new key is one row here; its meaning (a validator rule, an IR field, the
//! generators that use it) is written where meanings live.

use crate::spec::{BitSpec, EnumSpec, ExampleSpec, Spanned, Value};

/// What kind of value a key takes; decides how it is read, written and documented.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// An identifier that must be given (block and register `name`).
    Name,
    /// Free text.
    Text,
    /// A version such as `"4.2.1"` (always quoted so it stays text).
    Version,
    /// One of a fixed set of words.
    Keyword(&'static [&'static str]),
    /// The qualified name (`block.register`) of another register.
    Ref,
    Int,
    /// A number in engineering units.
    Number,
    /// A number or a fraction string such as `"1/10"`.
    Fraction,
    /// A value in engineering units: a number, a `values` name, text (strings) or a bool.
    Value,
    Bool,
    /// A list of qualified names.
    List,
    /// A list of `cargo xtask diff` change codes (`moved`, `scale`).
    Codes,
    /// Raw values meaning "not available": one or a list, integers as written
    /// (`0xFFFF`, `-32768`), `nan`, or `none`.
    Sentinels,
    /// An enumeration: raw value → name.
    Values,
    /// Named bits and bit ranges: `3` or `"8-10"` → name.
    Bits,
    /// Examples: raw words → engineering value.
    Examples,
    /// The nested `repeat: { count, stride }` mapping ([`REPEAT_KEYS`]).
    Repeat,
    /// The block's list of registers ([`REGISTER_KEYS`]).
    Registers,
}

/// How a key is spelled in a CSV spec.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Csv {
    /// A header column.
    pub column: Option<&'static str>,
    /// A `# key: value` line (device) or `# block.<name>.<key>: value` line (block).
    pub setting: Option<&'static str>,
}

impl Csv {
    pub const NONE: Csv = Csv { column: None, setting: None };

    pub const fn column(name: &'static str) -> Csv {
        Csv { column: Some(name), setting: None }
    }

    pub const fn setting(name: &'static str) -> Csv {
        Csv { column: None, setting: Some(name) }
    }

    pub const fn both(column: &'static str, setting: &'static str) -> Csv {
        Csv { column: Some(column), setting: Some(setting) }
    }
}

/// One row of a key table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    /// The YAML key.
    pub name: &'static str,
    pub kind: Kind,
    /// `yes`, `no`, or when it is required.
    pub required: &'static str,
    /// What an absent key means; empty when nothing is assumed.
    pub default: &'static str,
    /// One line for the docs' key table.
    pub meaning: &'static str,
    pub csv: Csv,
    /// The `#[modbus(...)]` attribute of `#[derive(ModbusMap)]` (on the struct
    /// for device and block keys, on a field for register keys); `None` where
    /// the derive does not take the key.
    pub derive: Option<&'static str>,
}

/// A key's value in the spec model, by how it is stored.
#[derive(Debug, Clone, Copy)]
pub enum Slot<'a> {
    Name(&'a Spanned<String>),
    Text(&'a Option<Spanned<String>>),
    Int(&'a Option<Spanned<i64>>),
    Value(&'a Option<Spanned<Value>>),
    Bool(&'a Option<Spanned<bool>>),
    List(&'a Vec<Spanned<String>>),
    Values(&'a Vec<EnumSpec>),
    Bits(&'a Vec<BitSpec>),
    Examples(&'a Vec<ExampleSpec>),
    Repeat(&'a Option<RepeatSpec>),
    Registers(&'a Vec<RegisterSpec>),
}

/// A key's place in the spec model, to be filled by a reader.
#[derive(Debug)]
pub enum SlotMut<'a> {
    Name(&'a mut Spanned<String>),
    Text(&'a mut Option<Spanned<String>>),
    Int(&'a mut Option<Spanned<i64>>),
    Value(&'a mut Option<Spanned<Value>>),
    Bool(&'a mut Option<Spanned<bool>>),
    List(&'a mut Vec<Spanned<String>>),
    Values(&'a mut Vec<EnumSpec>),
    Bits(&'a mut Vec<BitSpec>),
    Examples(&'a mut Vec<ExampleSpec>),
    Repeat(&'a mut Option<RepeatSpec>),
    Registers(&'a mut Vec<RegisterSpec>),
}

/// The spec model type that stores a value of each kind.
macro_rules! slot_type {
    (Name) => { Spanned<String> };
    (Text) => { Option<Spanned<String>> };
    (Version) => { Option<Spanned<String>> };
    (Keyword) => { Option<Spanned<String>> };
    (Ref) => { Option<Spanned<String>> };
    (Int) => { Option<Spanned<i64>> };
    (Number) => { Option<Spanned<Value>> };
    (Fraction) => { Option<Spanned<Value>> };
    (Value) => { Option<Spanned<Value>> };
    (Bool) => { Option<Spanned<bool>> };
    (List) => { Vec<Spanned<String>> };
    (Codes) => { Vec<Spanned<String>> };
    (Sentinels) => { Vec<Spanned<String>> };
    (Values) => { Vec<EnumSpec> };
    (Bits) => { Vec<BitSpec> };
    (Examples) => { Vec<ExampleSpec> };
    (Repeat) => { Option<RepeatSpec> };
    (Registers) => { Vec<RegisterSpec> };
}

macro_rules! slot_from {
    ($($variant:ident: $ty:ty),* $(,)?) => {$(
        impl<'a> From<&'a $ty> for Slot<'a> {
            fn from(v: &'a $ty) -> Self {
                Slot::$variant(v)
            }
        }
        impl<'a> From<&'a mut $ty> for SlotMut<'a> {
            fn from(v: &'a mut $ty) -> Self {
                SlotMut::$variant(v)
            }
        }
    )*};
}

slot_from! {
    Name: Spanned<String>,
    Text: Option<Spanned<String>>,
    Int: Option<Spanned<i64>>,
    Value: Option<Spanned<Value>>,
    Bool: Option<Spanned<bool>>,
    List: Vec<Spanned<String>>,
    Values: Vec<EnumSpec>,
    Bits: Vec<BitSpec>,
    Examples: Vec<ExampleSpec>,
    Repeat: Option<RepeatSpec>,
    Registers: Vec<RegisterSpec>,
}

/// One level of the spec: the struct of the spec model (one field per row, plus
/// where the entry was written) and its key table.
macro_rules! key_table {
    (
        $(#[$meta:meta])*
        pub struct $ty:ident, $keys:ident, mod $slots:ident {
            $(
                $field:ident: $kind:ident $(($choices:expr))?,
                $key:literal, required $required:literal, default $default:literal,
                $csv:expr, derive $derive:expr,
                $meaning:literal;
            )*
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Default)]
        pub struct $ty {
            $(
                #[doc = $meaning]
                pub $field: slot_type!($kind),
            )*
            /// Where the entry starts (1-based; 0 = no position).
            pub line: u32,
            pub column: u32,
        }

        /// The spec model's type of each key's value, by field name (what
        /// [`as_written!`] reads a key's IR type from).
        #[allow(non_camel_case_types, dead_code)]
        pub mod $slots {
            use super::*;
            $(pub type $field = slot_type!($kind);)*
        }

        pub const $keys: &[Key] = &[$(
            Key {
                name: $key,
                kind: Kind::$kind $(($choices))?,
                required: $required,
                default: $default,
                meaning: $meaning,
                csv: $csv,
                derive: $derive,
            },
        )*];

        impl $ty {
            /// The value of `key`, or `None` if this level has no such key.
            pub fn slot(&self, key: &str) -> Option<Slot<'_>> {
                match key {
                    $($key => Some(Slot::from(&self.$field)),)*
                    _ => None,
                }
            }

            /// The place of `key`'s value, or `None` if this level has no such key.
            pub fn slot_mut(&mut self, key: &str) -> Option<SlotMut<'_>> {
                match key {
                    $($key => Some(SlotMut::from(&mut self.$field)),)*
                    _ => None,
                }
            }

            /// Every key of this level in table order, with its value.
            pub fn for_each_slot<'s>(&'s self, mut f: impl FnMut(&'static Key, Slot<'s>)) {
                let mut keys = $keys.iter();
                $(
                    if let Some(key) = keys.next() {
                        f(key, Slot::from(&self.$field));
                    }
                )*
            }
        }
    };
}

/// Word and byte orders.
pub const ORDERS: &[&str] = &["high_first", "low_first"];
pub const TABLES: &[&str] = &["coil", "discrete", "input", "holding"];
pub const TYPES: &[&str] = &["bool", "u8", "i8", "u16", "i16", "u32", "i32", "u64", "i64", "f32", "f64", "string", "raw"];
pub const ACCESS: &[&str] = &["r", "w", "rw"];
/// The register key `write_function` (and its device and block defaults).
pub const WRITE_FUNCTION: &[&str] = &["any", "single", "multiple"];
/// `sim: write_function` and `sim: too_soon`.
pub const WRITE_FUNCTIONS: &[&str] = &["single", "multiple"];
pub const TOO_SOON: &[&str] = &["busy", "silent"];
/// The device key `sentinels`: ready conventions of "not available" values per type.
pub const SENTINEL_CONVENTIONS: &[&str] = &["none", "sunspec"];
/// How a spec writes "not available": a register's `sentinel: none` (no sentinels, not
/// even the device's), and `default: n/a` (the register starts holding its sentinel).
pub const NOT_AVAILABLE: &str = "n/a";
pub const NO_SENTINEL: &str = "none";

key_table! {
    /// The `device:` section (CSV: `# key: value` lines).
    pub struct DeviceSettings, DEVICE_KEYS, mod device_slots {
        name: Name, "name", required "yes", default "CSV: the file stem", Csv::setting("name"), derive Some("name"),
            "snake_case identifier (`[a-z][a-z0-9_]*`); names generated modules and files";
        title: Text, "title", required "no", default "", Csv::setting("title"), derive Some("title"),
            "human-readable name (`ASKOHEAT+`)";
        vendor: Text, "vendor", required "no", default "", Csv::setting("vendor"), derive Some("vendor"),
            "manufacturer";
        description: Text, "description", required "no", default "", Csv::setting("description"), derive Some("description"),
            "free text for the docs";
        firmware: Version, "firmware", required "no", default "", Csv::setting("firmware"), derive Some("firmware"),
            "newest firmware the spec describes, a version (`\"4.2.1\"`); `since` may not exceed it";
        unit_id: Int, "unit_id", required "no", default "1", Csv::setting("unit_id"), derive Some("unit_id"),
            "default server address, 1..=247";
        word_order: Keyword(ORDERS), "word_order", required "no", default "high_first", Csv::setting("word_order"), derive Some("word_order"),
            "word order of 32/64-bit values";
        byte_order: Keyword(ORDERS), "byte_order", required "no", default "high_first", Csv::setting("byte_order"), derive Some("byte_order"),
            "which character of a string sits in a register's high byte; strings only (a byte-swapped number says so on its register): see [Byte order](#byte-order)";
        read_limit: Int, "read_limit", required "no", default "125", Csv::setting("read_limit"), derive Some("read_limit"),
            "most registers (bits for coil/discrete) one read may ask for, 1..=2000; the planner clamps it to the protocol limit per table";
        max_gap: Int, "max_gap", required "no", default "0", Csv::setting("max_gap"), derive Some("max_gap"),
            "unmapped registers one read may bridge";
        values_per_read: Int, "values_per_read", required "no", default "no limit", Csv::setting("values_per_read"), derive Some("values_per_read"),
            "most values one read may return (EMS-ESP answers exactly one entity per request: `1`)";
        allow_gaps: Bool, "allow_gaps", required "no", default "false", Csv::setting("allow_gaps"), derive Some("allow_gaps"),
            "unmapped addresses inside a request read as 0 instead of exception 02";
        write_function: Keyword(WRITE_FUNCTION), "write_function", required "no", default "any", Csv::setting("write_function"), derive Some("write_function"),
            "the register key's default for the whole device: see [Write functions](#write-functions)";
        sentinels: Keyword(SENTINEL_CONVENTIONS), "sentinels", required "no", default "none", Csv::setting("sentinels"), derive Some("sentinels"),
            "the `sentinel` of every register that gives none, by type: `sunspec` = SunSpec's not-implemented values (i16 0x8000, u16 0xFFFF, i32 0x80000000, u32 0xFFFFFFFF, i64/u64 alike, f32/f64 NaN): see [Sentinels](#sentinels)";
        word_order_coil: Ref, "word_order_coil", required "no", default "", Csv::setting("word_order_coil"), derive Some("word_order_coil"),
            "qualified name of a `bool` coil whose value is the device's current word order (`true` = `high_first`), e.g. CLAGE coil 402";
    }
}

key_table! {
    /// One block of registers (`blocks:` entry; CSV: rows sharing a `block` cell).
    pub struct BlockSpec, BLOCK_KEYS, mod block_slots {
        name: Name, "name", required "yes", default "", Csv::column("block"), derive Some("block"),
            "identifier, unique among blocks (and block instances)";
        table: Keyword(TABLES), "table", required "yes", default "", Csv::both("table", "table"), derive None,
            "register table of the block (derive: a bare word `holding`, `input`, `coil` or `discrete` on each field)";
        base: Int, "base", required "no", default "0", Csv::both("block_base", "base"), derive Some("base"),
            "register addresses of the block are `base + address`";
        unit_id: Int, "unit_id", required "no", default "device `unit_id`", Csv::both("block_unit_id", "unit_id"), derive None,
            "server address of this block (EMS-ESP serves several)";
        repeat: Repeat, "repeat", required "no", default "", Csv::NONE, derive None,
            "`{ count, stride }`: see [Repeated blocks](#repeated-blocks)";
        description: Text, "description", required "no", default "", Csv::both("block_description", "description"), derive Some("block_description"),
            "free text";
        allow_gaps: Bool, "allow_gaps", required "no", default "false", Csv::both("block_allow_gaps", "allow_gaps"), derive None,
            "like the device key, for this block only";
        write_function: Keyword(WRITE_FUNCTION), "write_function", required "no", default "device `write_function`", Csv::both("block_write_function", "write_function"), derive Some("block_write_function"),
            "the register key's default for this block";
        registers: Registers, "registers", required "yes", default "", Csv::NONE, derive None,
            "list of registers (CSV: one row each)";
    }
}

key_table! {
    /// `repeat: { count, stride }`.
    pub struct RepeatSpec, REPEAT_KEYS, mod repeat_slots {
        count: Int, "count", required "yes", default "", Csv::both("repeat_count", "repeat_count"), derive None,
            "number of instances (`hc1`, `hc2`, …), 1..=65535";
        stride: Int, "stride", required "yes", default "", Csv::both("repeat_stride", "repeat_stride"), derive None,
            "addresses between the bases of consecutive instances";
    }
}

key_table! {
    /// One register entry.
    pub struct RegisterSpec, REGISTER_KEYS, mod register_slots {
        name: Name, "name", required "yes", default "", Csv::column("name"), derive Some("name"),
            "identifier, unique in its block";
        label: Text, "label", required "no", default "", Csv::column("label"), derive Some("label"),
            "a short name for people (`Flow temperature`; SunSpec's point `label`): the docs and generated code show it beside the identifier";
        address: Int, "address", required "yes", default "", Csv::column("address"), derive Some("address"),
            "relative to the block's `base`; decimal or `0x` hex";
        high_word_at: Int, "high_word_at", required "no", default "", Csv::column("high_word_at"), derive Some("high_word_at"),
            "where the high word of a 32-bit value (`u32`, `i32`, `f32`) lies when it is not next to the low word: relative to the block's `base` like `address`, which then holds the low word; words `[low, high]` (word order `low_first`, `byte_order` swaps within each word), read-only (Deye: low word 0x298, high word 0x29C): see [Values from words apart](#values-from-words-apart)";
        data_type: Keyword(TYPES), "type", required "yes, unless `alias_of`", default "", Csv::column("type"), derive Some("type"),
            "see [Types](#types)";
        length: Int, "length", required "for `string`, `raw`", default "", Csv::column("length"), derive Some("length"),
            "bytes for `string`, registers for `raw`; at least 1";
        scale: Fraction, "scale", required "no", default "1", Csv::column("scale"), derive Some("scale"),
            "engineering value = raw × scale + offset";
        offset: Number, "offset", required "no", default "0", Csv::column("offset"), derive Some("offset"),
            "see `scale`";
        scale_factor: Ref, "scale_factor", required "no", default "", Csv::column("scale_factor"), derive Some("scale_factor"),
            "an `i16` register `sf` of the same unit and table scaling this one: engineering value = raw × 10^sf (SunSpec `sunssf`); a register name of the same block instance (`W_SF`) or `block.register`: see [Scale factor registers](#scale-factor-registers)";
        unit: Text, "unit", required "no", default "", Csv::column("unit"), derive Some("unit"),
            "unit text (`\"°C\"`, `W`, `l/min`)";
        access: Keyword(ACCESS), "access", required "no", default "`r` for input/discrete, `rw` for holding/coil", Csv::column("access"), derive Some("access"),
            "who may read and write";
        min: Number, "min", required "no", default "", Csv::column("min"), derive Some("min"),
            "lowest value in engineering units";
        max: Number, "max", required "no", default "", Csv::column("max"), derive Some("max"),
            "highest value in engineering units";
        plausible_min: Number, "plausible_min", required "no", default "", Csv::column("plausible_min"), derive Some("plausible_min"),
            "lowest plausible reading in engineering units: a reading below is reported as implausible, not passed on (`min` bounds writes): see [Plausible range](#plausible-range)";
        plausible_max: Number, "plausible_max", required "no", default "", Csv::column("plausible_max"), derive Some("plausible_max"),
            "highest plausible reading in engineering units: see `plausible_min`";
        sentinel: Sentinels, "sentinel", required "no", default "device `sentinels`", Csv::column("sentinel"), derive Some("sentinel"),
            "raw value(s) meaning \"not available\", in the type's raw terms (`0xFFFF`, `[0x7FFF, 0x8000]`, `nan` for floats; CSV: `0x7FFF;0x8000`), before scale and offset; `none`: no sentinel, not even the device's. They decode as not available (Rust `None`, Python `None`, docs `n/a`), never as a number: see [Sentinels](#sentinels)";
        default: Value, "default", required "no", default "", Csv::column("default"), derive Some("default"),
            "initial value in engineering units (simulator, docs); a `values` name is accepted for enumerations, text for strings";
        values: Values, "values", required "no", default "", Csv::column("values"), derive Some("values"),
            "enumeration: `{ raw: name, … }` (CSV: `0=off;1=on`)";
        bits: Bits, "bits", required "no", default "", Csv::column("bits"), derive Some("bits"),
            "named bits and bit ranges: `{ 0: heater1, \"8-10\": step }` (CSV: `0=heater1;8-10=step`)";
        examples: Examples, "examples", required "no", default "", Csv::column("examples"), derive Some("examples"),
            "a vendor's examples, checked by `lint` both ways through the codec and by the generated Rust and Python tests: `[{ words: [0x00FA], value: 25.0 }]` (CSV: `0x00FA=25.0;0xFFF6=-1`; derive: `examples([0x00FA] = 25.0)`): see [Examples](#examples)";
        since: Version, "since", required "no", default "", Csv::column("since"), derive Some("since"),
            "first firmware version that has the register";
        breaking: Codes, "breaking", required "no", default "", Csv::column("breaking"), derive None,
            "breaking changes of this register the spec acknowledges, by `cargo xtask diff` code (`[moved, scale]`; CSV: `moved;scale`): see [Acknowledged breaking changes](#acknowledged-breaking-changes)";
        breaking_since: Version, "breaking_since", required "with `breaking`", default "", Csv::column("breaking_since"), derive None,
            "the version the `breaking` changes came with (`\"2.0\"`)";
        description: Text, "description", required "no", default "", Csv::column("description"), derive Some("description"),
            "free text";
        word_order: Keyword(ORDERS), "word_order", required "no", default "device `word_order`", Csv::column("word_order"), derive Some("word_order"),
            "overrides the device default for this register";
        byte_order: Keyword(ORDERS), "byte_order", required "no", default "strings: device `byte_order`; numbers: `high_first`", Csv::column("byte_order"), derive Some("byte_order"),
            "a string's character order, or for a 16/32/64-bit number `low_first` = the two bytes of every register swapped (with `word_order`: ABCD, CDAB, BADC, DCBA); not on `bool`, `u8`, `i8`, `raw`";
        alias_of: Ref, "alias_of", required "no", default "", Csv::column("alias_of"), derive Some("alias_of"),
            "qualified name of the register whose value this one serves again at another address; with a `type`, `length`, `scale`, `offset` or order of its own it serves the value converted: see [Converting aliases](#converting-aliases)";
        alias_lossy: Bool, "alias_lossy", required "no", default "false", Csv::column("alias_lossy"), derive Some("alias_lossy"),
            "`true`: this converting alias may round its target's value to its own raw step and answer exception 04 for values its type cannot hold (rule `alias-conversion`): see [Converting aliases](#converting-aliases)";
        write_function: Keyword(WRITE_FUNCTION), "write_function", required "no", default "block `write_function`", Csv::column("write_function"), derive Some("write_function"),
            "which functions write the register, the others get exception 01: `any` (05/06 for one coil or register, 15/16 for more), `single` (05/06; 15/16 of this value alone refused), `multiple` (15/16 only, also for one; Deye); see [Write functions](#write-functions)";
        safety: Bool, "safety", required "no", default "false", Csv::column("safety"), derive Some("safety"),
            "`true`: the server refuses writes unless the application enabled safety-relevant writes; clients need an explicit opt-in too";
        self_clearing: Bool, "self_clearing", required "no", default "false", Csv::column("self_clearing"), derive Some("self_clearing"),
            "`true`: a command the device executes on an accepted write, after which the register reads its idle value again (its `default`, else its start value); writable holding and coil registers only";
        overlaps: List, "overlaps", required "no", default "", Csv::column("overlaps"), derive Some("overlaps"),
            "qualified names this register may share addresses with (CSV: `a.b;c.d`)";
    }
}

/// How the IR carries a key it takes as the spec writes it: the spec model's
/// type of the value ([`Slot`] types) and the IR's type of it.
pub trait AsWritten: Sized {
    type Ir: Default;
    /// Whether the spec gives the key.
    fn given(&self) -> bool;
    fn lower(&self) -> Self::Ir;
    /// The key as a spec writes it back from the IR (absent where the IR holds its default).
    fn write(ir: &Self::Ir) -> Self;
}

impl AsWritten for Option<Spanned<String>> {
    type Ir = Option<String>;
    fn given(&self) -> bool {
        self.is_some()
    }
    fn lower(&self) -> Option<String> {
        self.as_ref().map(|s| s.value.clone())
    }
    fn write(ir: &Option<String>) -> Self {
        ir.clone().map(Spanned::bare)
    }
}

impl AsWritten for Option<Spanned<bool>> {
    type Ir = bool;
    fn given(&self) -> bool {
        self.is_some()
    }
    fn lower(&self) -> bool {
        self.as_ref().is_some_and(|b| b.value)
    }
    fn write(ir: &bool) -> Self {
        ir.then(|| Spanned::bare(true))
    }
}

/// A number (`Kind::Number`: the loaders take integers and floats only).
impl AsWritten for Option<Spanned<Value>> {
    type Ir = Option<f64>;
    fn given(&self) -> bool {
        self.is_some()
    }
    fn lower(&self) -> Option<f64> {
        self.as_ref().and_then(|v| v.value.as_number())
    }
    fn write(ir: &Option<f64>) -> Self {
        ir.map(|v| Spanned::bare(crate::format::number_value(v)))
    }
}

/// A list is a set: the IR holds it sorted, without repeats.
impl AsWritten for Vec<Spanned<String>> {
    type Ir = Vec<String>;
    fn given(&self) -> bool {
        !self.is_empty()
    }
    fn lower(&self) -> Vec<String> {
        let mut items: Vec<String> = self.iter().map(|s| s.value.clone()).collect();
        items.sort();
        items.dedup();
        items
    }
    fn write(ir: &Vec<String>) -> Self {
        ir.iter().cloned().map(Spanned::bare).collect()
    }
}

/// Words outside `u16` never get here (the validator's `example` rule refuses them).
impl AsWritten for Vec<ExampleSpec> {
    type Ir = Vec<crate::ir::Example>;
    fn given(&self) -> bool {
        !self.is_empty()
    }
    fn lower(&self) -> Vec<crate::ir::Example> {
        self.iter()
            .map(|e| crate::ir::Example {
                words: e.words.iter().map(|w| w.value as u16).collect(),
                value: e.value.value.clone(),
            })
            .collect()
    }
    fn write(ir: &Vec<crate::ir::Example>) -> Self {
        ir.iter()
            .map(|e| ExampleSpec {
                words: e.words.iter().map(|&w| Spanned::bare(i64::from(w))).collect(),
                value: Spanned::bare(e.value.clone()),
                line: 0,
                column: 0,
            })
            .collect()
    }
}

/// The keys of one level that the IR takes as written, nothing resolved: one
/// struct of IR fields (named and typed after the key's spec field, through
/// [`AsWritten`]), its lowering and its writing back. A key marked `inherited`
/// is one an alias takes from its target when it does not give its own.
macro_rules! as_written {
    (
        $(#[$meta:meta])*
        pub struct $ty:ident from $spec:ident, mod $slots:ident {
            $( $(#[$fmeta:meta])* $field:ident $($inherited:ident)?; )*
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
        pub struct $ty {
            $( $(#[$fmeta])* pub $field: <$slots::$field as AsWritten>::Ir, )*
        }

        impl $ty {
            /// The IR values of `spec`'s keys; `target` is the register an alias serves again.
            pub fn lower(spec: &$spec, target: Option<&$spec>) -> $ty {
                $ty {
                    $($field: as_written!(@pick spec, target, $field $($inherited)?).lower(),)*
                }
            }

            /// Writes these keys into `spec`.
            pub fn write(&self, spec: &mut $spec) {
                $(spec.$field = <$slots::$field as AsWritten>::write(&self.$field);)*
            }
        }
    };
    (@pick $spec:ident, $target:ident, $field:ident inherited) => {
        match $target {
            Some(t) if !$spec.$field.given() => &t.$field,
            _ => &$spec.$field,
        }
    };
    (@pick $spec:ident, $target:ident, $field:ident) => {
        &$spec.$field
    };
}

as_written! {
    /// The register keys the IR takes as the spec writes them. Generators read
    /// them as `register.keys.<key>`; in the IR's JSON they are fields of the
    /// register like any other.
    pub struct RegisterKeys from RegisterSpec, mod register_slots {
        /// A short name for people; an alias shows its target's unless it gives its own.
        label inherited;
        /// Unit text (`"°C"`); an alias shows its target's unless it gives its own.
        unit inherited;
        /// Plausible range of a reading (engineering units); an alias reads the same value.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        plausible_min inherited;
        #[serde(default, skip_serializing_if = "Option::is_none")]
        plausible_max inherited;
        /// First firmware version that has the register, as written.
        since;
        /// Breaking changes of this register the spec acknowledges (`cargo xtask diff`
        /// rule codes such as `moved`, sorted), and the version they came with.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        breaking;
        #[serde(default, skip_serializing_if = "Option::is_none")]
        breaking_since;
        description inherited;
        /// Writes refused unless the application enables safety-relevant writes.
        safety;
        /// A command the device executes on a write, after which the register holds its
        /// idle value again (its `default`, else its start value). One storage slot,
        /// one behaviour: an alias clears like its target unless it says otherwise.
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        self_clearing inherited;
        /// The spec's examples (words → engineering value), checked by `lint`; an alias
        /// has its own (its words may differ from its target's).
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        examples;
        /// A converting alias that may round its target's value and refuse reads of
        /// values it cannot hold (the permission rule `alias-conversion` asks for).
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        alias_lossy;
    }
}

key_table! {
    /// The `sim:` section: how `cargo xtask sim` plays the device, the quirks a client
    /// must survive (CSV: `# sim.<key>: value` lines). The simulator's command-line
    /// options of the same names override them.
    pub struct SimSettings, SIM_KEYS, mod sim_slots {
        write_function: Keyword(WRITE_FUNCTIONS), "write_function", required "no", default "both kinds", Csv::setting("sim.write_function"), derive None,
            "the only write functions the device accepts, the others get exception 01: `single` (05/06), `multiple` (15/16/23)";
        response_delay_ms: Int, "response_delay_ms", required "no", default "0", Csv::setting("sim.response_delay_ms"), derive None,
            "milliseconds every answer waits before it is sent";
        min_pause_ms: Int, "min_pause_ms", required "no", default "no pause", Csv::setting("sim.min_pause_ms"), derive None,
            "a request sooner than this many milliseconds after the previous one is refused (see `too_soon`)";
        too_soon: Keyword(TOO_SOON), "too_soon", required "no", default "busy", Csv::setting("sim.too_soon"), derive None,
            "how a request that comes too soon is answered: `busy` (exception 06) or `silent` (no answer); only with `min_pause_ms`";
        max_connections: Int, "max_connections", required "no", default "no limit", Csv::setting("sim.max_connections"), derive None,
            "most TCP connections at once; a further one is closed at once (Askoheat+: 8)";
        idle_timeout_ms: Int, "idle_timeout_ms", required "no", default "no timeout", Csv::setting("sim.idle_timeout_ms"), derive None,
            "a TCP connection without a request for this many milliseconds is closed";
        fault_rate: Number, "fault_rate", required "no", default "0", Csv::setting("sim.fault_rate"), derive None,
            "fraction of requests (0 to 1) answered with `fault` instead of being served";
        fault: Value, "fault", required "no", default "4", Csv::setting("sim.fault"), derive None,
            "how faulty requests are answered: an exception code (`4`, `\"0x06\"`) or `silent`; only with `fault_rate`";
        seed: Int, "seed", required "no", default "1", Csv::setting("sim.seed"), derive None,
            "seed of the fault injection: the same seed and requests give the same faults";
    }
}

/// The key of `keys` named `name`.
pub fn find(keys: &'static [Key], name: &str) -> Option<&'static Key> {
    keys.iter().find(|k| k.name == name)
}

/// The words a keyword key accepts (empty for other kinds).
pub fn choices(keys: &'static [Key], name: &str) -> &'static [&'static str] {
    match find(keys, name).map(|k| k.kind) {
        Some(Kind::Keyword(words)) => words,
        _ => &[],
    }
}

/// The YAML key names of a level, for "did you mean" and "known keys".
pub fn names(keys: &[Key]) -> Vec<&'static str> {
    keys.iter().map(|k| k.name).collect()
}

impl Kind {
    /// The kind of value, as the docs' key tables say it.
    pub fn describe(&self) -> String {
        match self {
            Kind::Name => "identifier".to_owned(),
            Kind::Text => "text".to_owned(),
            Kind::Version => "version".to_owned(),
            Kind::Keyword(words) => words.iter().map(|w| format!("`{w}`")).collect::<Vec<_>>().join(" \\| "),
            Kind::Ref => "qualified name".to_owned(),
            Kind::Int => "integer".to_owned(),
            Kind::Number => "number".to_owned(),
            Kind::Fraction => "number or fraction (`\"1/10\"`)".to_owned(),
            Kind::Value => "number, name or text".to_owned(),
            Kind::Bool => "`true` \\| `false`".to_owned(),
            Kind::List => "list of qualified names".to_owned(),
            Kind::Codes => "list of change codes".to_owned(),
            Kind::Sentinels => "raw value, list of raw values, or `none`".to_owned(),
            Kind::Values => "map raw → name".to_owned(),
            Kind::Bits => "map bit → name".to_owned(),
            Kind::Examples => "list of `{ words, value }`".to_owned(),
            Kind::Repeat => "mapping".to_owned(),
            Kind::Registers => "list".to_owned(),
        }
    }
}

/// The levels whose key tables docs/spec-format.md shows, by marker name.
pub const DOCS_LEVELS: [(&str, &[Key]); 5] =
    [("device", DEVICE_KEYS), ("block", BLOCK_KEYS), ("repeat", REPEAT_KEYS), ("register", REGISTER_KEYS), ("sim", SIM_KEYS)];

fn docs_begin(level: &str) -> String {
    format!("<!-- keys: {level} (generated from codegen/src/keys.rs by `cargo xtask gen`; do not edit) -->")
}

fn docs_end(level: &str) -> String {
    format!("<!-- /keys: {level} -->")
}

/// One level's key table as Markdown.
pub fn docs_key_table(keys: &[Key]) -> String {
    let code = |s: &str| format!("`{s}`");
    let mut out = String::from("| key | value | required | default | meaning | CSV | derive |\n|---|---|---|---|---|---|---|\n");
    for k in keys {
        let csv = match (k.csv.column, k.csv.setting) {
            (Some(c), Some(s)) => format!("column {}, or `# block.<name>.{s}:`", code(c)),
            (Some(c), None) => format!("column {}", code(c)),
            (None, Some(s)) => format!("`# {s}:`"),
            (None, None) => "—".to_owned(),
        };
        let default = match k.default {
            "" => "—".to_owned(),
            d if d.contains([' ', '`']) => d.to_owned(),
            d => code(d),
        };
        out.push_str(&format!(
            "| `{}` | {} | {} | {default} | {} | {csv} | {} |\n",
            k.name,
            k.kind.describe(),
            k.required,
            k.meaning,
            k.derive.map_or("—".to_owned(), code),
        ));
    }
    out
}

/// `text` (docs/spec-format.md) with every level's key table between its
/// markers rendered from the tables here; `Err` names a missing marker.
pub fn with_docs_key_tables(text: &str) -> Result<String, String> {
    let mut out = text.to_owned();
    for (level, keys) in DOCS_LEVELS {
        let (begin, end) = (docs_begin(level), docs_end(level));
        let missing = || format!("docs/spec-format.md has no `{begin}` … `{end}` markers for the {level} key table");
        let start = out.find(&begin).ok_or_else(missing)? + begin.len();
        let stop = start + out[start..].find(&end).ok_or_else(missing)?;
        out.replace_range(start..stop, &format!("\n{}", docs_key_table(keys)));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keyword_choices_are_what_the_core_parses() {
        use crate::ir::{Access, ByteOrder, DataType, Table, WordOrder};
        assert!(ORDERS.iter().all(|w| WordOrder::parse(w).is_some() && ByteOrder::parse(w).is_some()));
        assert!(TABLES.iter().all(|w| Table::parse(w).is_some()));
        assert!(ACCESS.iter().all(|w| Access::parse(w).is_some()));
        assert_eq!(TYPES, DataType::ALL.iter().map(|t| t.as_str()).collect::<Vec<_>>());
        assert_eq!(WRITE_FUNCTION, crate::ir::WriteFunction::ALL.map(|w| w.as_str()));
        use crate::ir::{SimTooSoon, SimWriteFunction};
        assert!(WRITE_FUNCTIONS.iter().all(|w| SimWriteFunction::parse(w).is_some_and(|f| f.as_str() == *w)));
        assert!(TOO_SOON.iter().all(|w| SimTooSoon::parse(w).is_some_and(|t| t.as_str() == *w)));
    }

    #[test]
    fn every_row_has_a_slot_in_table_order() {
        let mut seen = Vec::new();
        RegisterSpec::default().for_each_slot(|k, _| seen.push(k.name));
        assert_eq!(seen, names(REGISTER_KEYS));
        assert!(REGISTER_KEYS.iter().all(|k| RegisterSpec::default().slot(k.name).is_some()));
        assert!(BlockSpec::default().slot("nope").is_none());
    }
}
