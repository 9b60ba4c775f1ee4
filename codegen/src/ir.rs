//! The IR: one resolved, typed, deterministic model of a device that every
//! generator and the derive macro read. Plain data, no generator logic.
//!
//! Invariants established by `validate` (generators may rely on them):
//! - repeated blocks stay one [`Block`] with `repeat: {count, stride}`; the
//!   registers of every instance are also listed expanded in `Device::registers`
//!   with absolute addresses (the planner, dispatch tables and simulator address
//!   them one by one); the block's template is its first instance
//!   ([`Device::instance_registers`]);
//! - `Device::registers` is sorted by (unit_id, table, address, qualified name);
//! - enumerations and flag sets are items of their own ([`Device::enumerations`],
//!   [`Device::flag_sets`]): one per distinct list, which every register (and
//!   every instance) using it points to by index;
//! - every `alias_of` names a register of the same device that is not itself an alias;
//! - every `scale_factor` names a readable, unscaled `i16` register of the same
//!   unit and table, and the register it scales has scale 1 and offset 0;
//! - a `high_word` belongs to a read-only `u32`/`i32`/`f32` register that is no alias
//!   and has no alias, with word order `low_first`; it shares its address with no
//!   other register (unless `overlaps` allows it) and lies outside the register's extent;
//! - identifiers (`ident`, enum/bit `ident`) are unique where they must be and
//!   are identifiers (ASCII letters, digits, `_`, no leading digit), but they are
//!   NOT escaped for any target language: each generator escapes the keywords of
//!   its own language (a register `type`, an enum value `None`).

use serde::{Deserialize, Serialize};
use foldhash::{HashMap, HashMapExt};
use std::collections::BTreeMap;

pub use crate::keys::RegisterKeys;
pub use modbus_map_core::{Access, ByteOrder, DataType, Table, WordOrder, WriteFunction};

/// Everything generated from one run: one device per spec, ordered by name.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Ir {
    pub devices: BTreeMap<String, Device>,
}

/// Where a spec item came from; `line` and `column` are 1-based.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Origin {
    /// Path of the spec as given (relative paths stay relative so output is machine-independent).
    pub file: String,
    pub line: u32,
    pub column: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Device {
    /// snake_case; names generated modules and files.
    pub name: String,
    pub title: Option<String>,
    pub vendor: Option<String>,
    pub description: Option<String>,
    /// Newest firmware the spec describes, as written (`"4.2.1"`).
    pub firmware: Option<String>,
    /// Default server address (1..=247).
    pub unit_id: u8,
    pub word_order: WordOrder,
    pub byte_order: ByteOrder,
    /// Most registers (or bits, for coil/discrete tables) one read may ask for;
    /// already clamped to the protocol limit of each table by the planner.
    pub read_limit: u16,
    /// Unmapped registers a read may bridge.
    pub max_gap: u16,
    /// A bool coil whose value says the device's current word order (true = high_first), e.g. CLAGE coil 402.
    pub word_order_coil: Option<String>,
    /// Most values one read may return (EMS-ESP serves exactly one entity per request). `None` = no limit.
    pub values_per_read: Option<u16>,
    /// Unmapped addresses inside a request read as 0 instead of raising exception 02.
    pub allow_gaps: bool,
    /// Where the spec came from.
    pub source: Origin,
    /// One per distinct list of enumeration values, in order of first use in `registers`.
    pub enumerations: Vec<Enumeration>,
    /// One per distinct list of named bits, in order of first use in `registers`.
    pub flag_sets: Vec<FlagSet>,
    /// Blocks in spec order (a repeated block appears once, with its instances).
    pub blocks: Vec<Block>,
    /// Every register of every block instance, sorted by (unit_id, table, address, qualified_name).
    pub registers: Vec<Register>,
    /// How the simulator plays the device (the spec's `sim:` section).
    #[serde(default, skip_serializing_if = "SimProfile::is_empty")]
    pub sim: SimProfile,
}

/// The quirks the simulator plays for a device (`sim:`); every field unset means
/// the simulator's default. Its command-line options override them one by one.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct SimProfile {
    pub write_function: Option<SimWriteFunction>,
    pub response_delay_ms: Option<u64>,
    pub min_pause_ms: Option<u64>,
    pub too_soon: Option<SimTooSoon>,
    pub max_connections: Option<u64>,
    pub idle_timeout_ms: Option<u64>,
    /// Fraction of requests, 0..=1.
    pub fault_rate: Option<f64>,
    pub fault: Option<SimFault>,
    pub seed: Option<u64>,
}

impl SimProfile {
    pub fn is_empty(&self) -> bool {
        *self == SimProfile::default()
    }

    /// This profile with every field `over` sets taken from `over` (command-line options over the spec).
    pub fn overridden_by(&self, over: &SimProfile) -> SimProfile {
        SimProfile {
            write_function: over.write_function.or(self.write_function),
            response_delay_ms: over.response_delay_ms.or(self.response_delay_ms),
            min_pause_ms: over.min_pause_ms.or(self.min_pause_ms),
            too_soon: over.too_soon.or(self.too_soon),
            max_connections: over.max_connections.or(self.max_connections),
            idle_timeout_ms: over.idle_timeout_ms.or(self.idle_timeout_ms),
            fault_rate: over.fault_rate.or(self.fault_rate),
            fault: over.fault.or(self.fault),
            seed: over.seed.or(self.seed),
        }
    }
}

/// `sim: write_function`: the only kind of write function the device accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SimWriteFunction {
    /// 05 and 06.
    Single,
    /// 15, 16 and 23.
    Multiple,
}

impl SimWriteFunction {
    pub fn parse(s: &str) -> Option<SimWriteFunction> {
        match s {
            "single" => Some(SimWriteFunction::Single),
            "multiple" => Some(SimWriteFunction::Multiple),
            _ => None,
        }
    }

    pub const fn as_str(self) -> &'static str {
        match self {
            SimWriteFunction::Single => "single",
            SimWriteFunction::Multiple => "multiple",
        }
    }
}

/// `sim: too_soon`: how a request that breaks `min_pause_ms` is answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SimTooSoon {
    /// Exception 06, server device busy.
    Busy,
    /// No answer.
    Silent,
}

impl SimTooSoon {
    pub fn parse(s: &str) -> Option<SimTooSoon> {
        match s {
            "busy" => Some(SimTooSoon::Busy),
            "silent" => Some(SimTooSoon::Silent),
            _ => None,
        }
    }

    pub const fn as_str(self) -> &'static str {
        match self {
            SimTooSoon::Busy => "busy",
            SimTooSoon::Silent => "silent",
        }
    }
}

/// `sim: fault`: how an injected fault is answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SimFault {
    /// An exception with this code (one the server can send).
    Exception(u8),
    Silent,
}

impl SimFault {
    /// `silent`, or an exception code in decimal or `0x` hex that the server can send
    /// (the spec's `fault` and the simulator's `--fault` both read it here).
    pub fn parse(s: &str) -> Result<SimFault, String> {
        if s == "silent" {
            return Ok(SimFault::Silent);
        }
        let code = match s.strip_prefix("0x") {
            Some(hex) => u8::from_str_radix(hex, 16),
            None => s.parse(),
        }
        .map_err(|_| format!("`{s}` is neither `silent` nor an exception code"))?;
        match modbus_map_core::dispatch::Exception::from_code(code) {
            Some(_) => Ok(SimFault::Exception(code)),
            None => Err(format!("exception code {code:#04X} is not one the server can send (01, 02, 03, 04, 06, 0B)")),
        }
    }

    /// As the spec writes it back: the code in decimal, or `silent`.
    pub fn text(self) -> String {
        match self {
            SimFault::Exception(code) => code.to_string(),
            SimFault::Silent => "silent".to_owned(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Block {
    pub name: String,
    pub table: Table,
    pub unit_id: u8,
    /// Base address as written in the spec (instance 1).
    pub base: u16,
    pub description: Option<String>,
    pub repeat: Option<Repeat>,
    /// One entry for a plain block; `repeat.count` entries (`hc1`..`hc8`) for a repeated one.
    pub instances: Vec<BlockInstance>,
    /// Local register names in spec order.
    pub registers: Vec<String>,
    /// Unmapped addresses inside this block read as 0 (block-level `allow_gaps`).
    pub allow_gaps: bool,
    pub origin: Origin,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Repeat {
    pub count: u16,
    pub stride: u16,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BlockInstance {
    /// `short_data` for a plain block, `hc3` for instance 3 of block `hc`.
    pub name: String,
    /// 1-based instance number for repeated blocks.
    pub index: Option<u16>,
    /// Absolute base address of this instance.
    pub base: u16,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Register {
    /// Local name in its block (`targetflowtemp`).
    pub name: String,
    /// `instance.name` (`hc2.targetflowtemp`); unique in the device.
    pub qualified_name: String,
    /// snake_case identifier unique in the device (`hc2_targetflowtemp`), not escaped for any language.
    pub ident: String,
    /// Block (template) name.
    pub block: String,
    /// Block instance name (equals `block` unless repeated).
    pub instance: String,
    /// 1-based instance number for repeated blocks.
    pub instance_index: Option<u16>,
    pub unit_id: u8,
    pub table: Table,
    /// Absolute address.
    pub address: u16,
    /// Address relative to the block instance's base, as written in the spec.
    pub relative_address: u16,
    /// Items (registers or bits) the value has (both words of a value whose high word lies apart).
    pub width: u16,
    /// Absolute address of the high word of a 32-bit value when it lies apart from the
    /// low word (`high_word_at`): `address` holds the low word alone, the words are
    /// `[low, high]` (`word_order` is `low_first`) and the register is read-only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub high_word: Option<u16>,
    pub data_type: DataType,
    /// Bytes for strings, registers for raw; 0 for fixed-size types.
    pub length: u16,
    /// Engineering value = raw * scale + offset.
    pub scale: f64,
    pub offset: f64,
    /// The scale as written (`"1/10"`, `0.1`), for docs.
    pub scale_text: Option<String>,
    /// Qualified name of the `i16` register `sf` (same unit and table, resolved
    /// within the instance) that scales this one by 10^sf; `scale` is then 1 and
    /// `offset` 0 (SunSpec `sunssf`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scale_factor: Option<String>,
    pub access: Access,
    /// Range in engineering units.
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub default: Option<Value>,
    /// Index into `Device::enumerations` of the register's `values`.
    pub enumeration: Option<usize>,
    /// Index into `Device::flag_sets` of the register's `bits`.
    pub flags: Option<usize>,
    /// Raw values meaning "not available" (resolved: the register's `sentinel`, else the
    /// device's `sentinels` convention), as bit patterns of the type, sorted; see
    /// `RegisterDescriptor::sentinels` for how they match.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sentinels: Vec<u64>,
    /// The keys taken as written (`unit`, `since`, `description`, `safety`, …).
    #[serde(flatten)]
    pub keys: RegisterKeys,
    /// Resolved (register override, else device default).
    pub word_order: WordOrder,
    pub byte_order: ByteOrder,
    /// Resolved (register, else block, else device default); `Any` for every value
    /// wider than one register, where `single` does not apply.
    #[serde(default, skip_serializing_if = "WriteFunction::is_any")]
    pub write_function: WriteFunction,
    /// Qualified name of the register this one serves again at another address.
    pub alias_of: Option<String>,
    /// Qualified names of registers that alias this one, sorted.
    pub aliases: Vec<String>,
    /// Qualified names of registers this one may overlap (explicit `overlaps` key).
    pub overlaps: Vec<String>,
    pub origin: Origin,
}

impl Register {
    /// Items at `address`: the width, or the low word alone when the high word lies apart.
    pub fn span(&self) -> u16 {
        if self.high_word.is_some() { 1 } else { self.width }
    }

    /// The high word's address relative to the block instance's base, as the spec writes it.
    pub fn relative_high_word(&self) -> Option<u16> {
        self.high_word.map(|h| h.wrapping_sub(self.address.wrapping_sub(self.relative_address)))
    }
}

/// A spec value in engineering units.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Value {
    Bool(bool),
    Int(i64),
    Float(f64),
    Text(String),
}

/// One of a register's examples: the words a device sends and the engineering value
/// they stand for (a `values` name for enumerations).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Example {
    pub words: Vec<u16>,
    pub value: Value,
}

/// The values of one or more enumeration registers (`values: {0: off, 1: on}`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Enumeration {
    /// snake_case name, unique among the device's enumerations and flag sets:
    /// `block_register` of the first register using it (`hc_mode`).
    pub name: String,
    /// Sorted by raw value.
    pub values: Vec<EnumVariant>,
    /// Template registers (`block.register`) using it, in register order.
    pub used_by: Vec<String>,
}

/// The named bits of one or more registers (`bits: {0: heater1, "8-10": step}`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FlagSet {
    /// snake_case name, unique among the device's enumerations and flag sets.
    pub name: String,
    /// Sorted by lsb.
    pub bits: Vec<BitRange>,
    /// Template registers (`block.register`) using it, in register order.
    pub used_by: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct EnumVariant {
    pub raw: i64,
    /// As written in the spec (`off`, `e_heater`).
    pub name: String,
    /// UpperCamelCase (`Off`, `EHeater`), not escaped for any language.
    pub ident: String,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct BitRange {
    /// As written in the spec.
    pub name: String,
    /// SCREAMING_SNAKE_CASE (`HEATER1`), not escaped for any language.
    pub ident: String,
    pub lsb: u8,
    pub width: u8,
}

/// How a register's words stand for its value. An alias whose codec is its target's
/// serves the target's words as they are; one with its own (type, width, scale,
/// offset or order) is a converting alias: the server carries the value across
/// through the engineering value on every read and write (see `alias_of` in
/// docs/spec-format.md).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Codec {
    pub data_type: DataType,
    pub length: u16,
    pub scale: f64,
    pub offset: f64,
    pub word_order: WordOrder,
    pub byte_order: ByteOrder,
}

impl Register {
    pub fn codec(&self) -> Codec {
        Codec {
            data_type: self.data_type,
            length: self.length,
            scale: self.scale,
            offset: self.offset,
            word_order: self.word_order,
            byte_order: self.byte_order,
        }
    }
}

impl Register {
    /// Whether this register, an alias of `target`, converts: it has a codec of its own.
    pub fn converts_from(&self, target: &Register) -> bool {
        self.codec() != target.codec()
    }
}

impl Device {
    /// An example's value (`examples:`) as the codec's value: a `values` name is its raw
    /// value; `None` for a name the register does not have.
    pub fn example_value(&self, r: &Register, v: &Value) -> Option<modbus_map_core::value::Value> {
        use modbus_map_core::value::Value as V;
        Some(match v {
            Value::Text(name) if r.enumeration.is_some() => {
                let raw = self.values(r).iter().find(|e| &e.name == name)?.raw;
                if raw < 0 { V::Signed(raw) } else { V::Unsigned(raw as u64) }
            }
            Value::Text(t) => V::Text(t.clone()),
            Value::Bool(b) => V::Bool(*b),
            Value::Int(i) if *i < 0 => V::Signed(*i),
            Value::Int(i) => V::Unsigned(*i as u64),
            Value::Float(x) => V::Float(*x),
        })
    }

    /// The register with this qualified name. A linear search: an output that
    /// looks up many registers builds a [`Lookup`] once instead.
    pub fn register(&self, qualified_name: &str) -> Option<&Register> {
        self.registers.iter().find(|r| r.qualified_name == qualified_name)
    }

    /// The address of `r`'s scale factor register (same unit and table), if it has one.
    pub fn scale_factor_address(&self, r: &Register) -> Option<u16> {
        r.scale_factor.as_deref().and_then(|q| self.register(q)).map(|f| f.address)
    }

    /// The enumeration values of `r` (empty when it has none).
    pub fn values(&self, r: &Register) -> &[EnumVariant] {
        r.enumeration.map_or(&[], |i| &self.enumerations[i].values)
    }

    /// The named bits of `r` (empty when it has none).
    pub fn bits(&self, r: &Register) -> &[BitRange] {
        r.flags.map_or(&[], |i| &self.flag_sets[i].bits)
    }

    /// An index of the registers by name, built once by outputs that look up many
    /// (a 10,000-register spec makes linear searches quadratic).
    pub fn lookup(&self) -> Lookup<'_> {
        let mut by_name = HashMap::with_capacity(self.registers.len());
        let mut by_instance = HashMap::with_capacity(self.registers.len());
        for (i, r) in self.registers.iter().enumerate() {
            by_name.insert(r.qualified_name.as_str(), i);
            by_instance.insert((r.block.as_str(), r.instance.as_str(), r.name.as_str()), i);
        }
        Lookup { device: self, by_name, by_instance }
    }
}

/// Registers of a [`Device`] found by name in constant time ([`Device::lookup`]).
#[derive(Debug)]
pub struct Lookup<'a> {
    device: &'a Device,
    by_name: HashMap<&'a str, usize>,
    by_instance: HashMap<(&'a str, &'a str, &'a str), usize>,
}

impl<'a> Lookup<'a> {
    /// The register with this qualified name.
    pub fn register(&self, qualified_name: &str) -> Option<&'a Register> {
        self.by_name.get(qualified_name).map(|&i| &self.device.registers[i])
    }

    /// The IR index of register `name` of one instance of `block`.
    pub fn index_in(&self, block: &str, instance: &str, name: &str) -> Option<usize> {
        self.by_instance.get(&(block, instance, name)).copied()
    }

    /// The registers of one instance of `block`, in the block's (spec) order; for
    /// the first instance of a repeated block, that is the block's template.
    pub fn instance_registers<'b>(&'b self, block: &'b Block, instance: &'b BlockInstance) -> impl Iterator<Item = &'a Register> + 'b {
        block
            .registers
            .iter()
            .filter_map(move |local| self.index_in(&block.name, &instance.name, local).map(|i| &self.device.registers[i]))
    }
}

impl Ir {
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("the IR is plain data and always serializes")
    }

    pub fn from_json(s: &str) -> Result<Ir, serde_json::Error> {
        serde_json::from_str(s)
    }
}
