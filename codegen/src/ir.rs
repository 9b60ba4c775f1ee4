//! The IR: one resolved, typed, deterministic model of a device that every
//! generator and the derive macro read. Plain data, no generator logic.
//!
//! Invariants established by `validate` (generators may rely on them):
//! - repeated blocks are expanded: every register has an absolute address;
//! - `Device::registers` is sorted by (unit_id, table, address, qualified name);
//! - every `alias_of` names a register of the same device that is not itself an alias;
//! - identifiers (`ident`, enum/bit `ident`) are unique where they must be and
//!   are neither Rust nor Python keywords.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

pub use modbus_map_core::{Access, ByteOrder, DataType, Table, WordOrder};

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
    /// Blocks in spec order (a repeated block appears once, with its instances).
    pub blocks: Vec<Block>,
    /// Every register of every block instance, sorted by (unit_id, table, address, qualified_name).
    pub registers: Vec<Register>,
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
    /// snake_case identifier unique in the device (`hc2_targetflowtemp`), safe in Rust and Python.
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
    /// Items (registers or bits) occupied.
    pub width: u16,
    pub data_type: DataType,
    /// Bytes for strings, registers for raw; 0 for fixed-size types.
    pub length: u16,
    /// Engineering value = raw * scale + offset.
    pub scale: f64,
    pub offset: f64,
    /// The scale as written (`"1/10"`, `0.1`), for docs.
    pub scale_text: Option<String>,
    pub unit: Option<String>,
    pub access: Access,
    /// Range in engineering units.
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub default: Option<Value>,
    /// Enumeration, sorted by raw value.
    pub values: Vec<EnumVariant>,
    /// Named bits and bit ranges, sorted by lsb.
    pub bits: Vec<BitRange>,
    /// First firmware version that has the register, as written.
    pub since: Option<String>,
    /// Breaking changes of this register the spec acknowledges (`cargo xtask diff`
    /// rule codes such as `moved`, sorted), and the version they came with.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub breaking: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub breaking_since: Option<String>,
    pub description: Option<String>,
    /// Resolved (register override, else device default).
    pub word_order: WordOrder,
    pub byte_order: ByteOrder,
    /// Qualified name of the register this one serves again at another address.
    pub alias_of: Option<String>,
    /// Qualified names of registers that alias this one, sorted.
    pub aliases: Vec<String>,
    /// Writes refused unless the application enables safety-relevant writes.
    pub safety: bool,
    /// Qualified names of registers this one may overlap (explicit `overlaps` key).
    pub overlaps: Vec<String>,
    pub origin: Origin,
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

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EnumVariant {
    pub raw: i64,
    /// As written in the spec (`off`, `e_heater`).
    pub name: String,
    /// UpperCamelCase, safe in Rust and Python (`Off`, `EHeater`).
    pub ident: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BitRange {
    /// As written in the spec.
    pub name: String,
    /// SCREAMING_SNAKE_CASE, safe in Rust and Python (`HEATER1`).
    pub ident: String,
    pub lsb: u8,
    pub width: u8,
}

impl Device {
    /// The register with this qualified name.
    pub fn register(&self, qualified_name: &str) -> Option<&Register> {
        self.registers.iter().find(|r| r.qualified_name == qualified_name)
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
