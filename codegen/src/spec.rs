//! The spec model: a register table as written, before validation.
//!
//! Every value keeps the position it was written at so the validator can point
//! at it. Loaders (YAML, CSV) and the derive macro build this model; the
//! validator is the only place that decides what is allowed, so keyword-like
//! values (`table`, `type`, `access`, orders) stay strings here and numbers stay
//! loosely typed ([`Value`]) where the format accepts several spellings.
//!
//! Positions are 1-based; `line == 0` means "no position" (e.g. a value the
//! derive macro synthesised). The derive maps diagnostics back to attributes
//! through [`crate::diagnostics::Subject`], not through positions.

pub use crate::ir::Value;

impl Value {
    /// The value as a number, for an integer or float (`None` for bools and text).
    pub fn as_number(&self) -> Option<f64> {
        match *self {
            Value::Int(i) => Some(i as f64),
            Value::Float(f) => Some(f),
            Value::Bool(_) | Value::Text(_) => None,
        }
    }
}

/// A value and where it was written.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Spanned<T> {
    pub value: T,
    pub line: u32,
    pub column: u32,
}

impl<T> Spanned<T> {
    pub fn new(value: T, line: u32, column: u32) -> Self {
        Spanned { value, line, column }
    }

    /// A value without a position (built in code).
    pub fn bare(value: T) -> Self {
        Spanned { value, line: 0, column: 0 }
    }

    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Spanned<U> {
        Spanned { value: f(self.value), line: self.line, column: self.column }
    }

    pub fn as_ref(&self) -> Spanned<&T> {
        Spanned { value: &self.value, line: self.line, column: self.column }
    }
}

impl<T> From<T> for Spanned<T> {
    fn from(value: T) -> Self {
        Spanned::bare(value)
    }
}

impl From<&str> for Spanned<String> {
    fn from(value: &str) -> Self {
        Spanned::bare(value.to_owned())
    }
}

/// One spec file: device settings and blocks in the order written.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Spec {
    /// Path of the spec as given; becomes `ir::Origin::file`.
    pub file: String,
    pub device: DeviceSettings,
    pub blocks: Vec<BlockSpec>,
    /// The optional top-level `sim:` section.
    pub sim: SimSettings,
}

// The sections' structs come from the key tables: one field per key.
pub use crate::keys::{BlockSpec, DeviceSettings, RegisterSpec, RepeatSpec, SimSettings};

/// One `values:` entry: a raw value and its name.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EnumSpec {
    pub raw: Spanned<i64>,
    pub name: Spanned<String>,
}

/// One `examples:` entry: the words a device sends and the engineering value they
/// stand for (a number, a `values` name, text or a bool).
#[derive(Debug, Clone, PartialEq)]
pub struct ExampleSpec {
    pub words: Vec<Spanned<i64>>,
    pub value: Spanned<Value>,
    /// Where the entry starts.
    pub line: u32,
    pub column: u32,
}

/// One `bits:` entry: a bit index (`"3"`) or inclusive range (`"8-10"`) and its name.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BitSpec {
    pub key: Spanned<String>,
    pub name: Spanned<String>,
}

impl RegisterSpec {
    /// A register with a name, address and type; everything else unset.
    pub fn new(name: &str, address: i64, data_type: &str) -> Self {
        RegisterSpec {
            name: name.into(),
            address: Some(Spanned::bare(address)),
            data_type: Some(data_type.into()),
            ..Default::default()
        }
    }
}

impl BlockSpec {
    /// A block with a name and table; everything else unset.
    pub fn new(name: &str, table: &str) -> Self {
        BlockSpec { name: name.into(), table: Some(table.into()), ..Default::default() }
    }
}

impl Spec {
    pub fn new(file: &str, device_name: &str) -> Self {
        Spec {
            file: file.to_owned(),
            device: DeviceSettings { name: device_name.into(), ..Default::default() },
            ..Default::default()
        }
    }
}
