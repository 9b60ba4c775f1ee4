//! Every attribute key the derive understands, so parsing, suggestions and
//! error messages all read the same list.

use std::fmt;
use syn::{Ident, Path};

#[derive(Copy, Clone, PartialEq, Eq)]
pub struct Symbol(pub &'static str);

// The attribute itself.
pub const MODBUS: Symbol = Symbol("modbus");
pub const DOC: Symbol = Symbol("doc");

// Tables, written as bare words on a field.
pub const INPUT: Symbol = Symbol("input");
pub const HOLDING: Symbol = Symbol("holding");
pub const COIL: Symbol = Symbol("coil");
pub const DISCRETE: Symbol = Symbol("discrete");

// Register keys (field attributes).
pub const NAME: Symbol = Symbol("name");
pub const ADDRESS: Symbol = Symbol("address");
pub const TYPE: Symbol = Symbol("type");
pub const LENGTH: Symbol = Symbol("length");
pub const SCALE: Symbol = Symbol("scale");
pub const OFFSET: Symbol = Symbol("offset");
pub const UNIT: Symbol = Symbol("unit");
pub const ACCESS: Symbol = Symbol("access");
pub const MIN: Symbol = Symbol("min");
pub const MAX: Symbol = Symbol("max");
pub const DEFAULT: Symbol = Symbol("default");
pub const VALUES: Symbol = Symbol("values");
pub const BITS: Symbol = Symbol("bits");
pub const SINCE: Symbol = Symbol("since");
pub const DESCRIPTION: Symbol = Symbol("description");
pub const WORD_ORDER: Symbol = Symbol("word_order");
pub const BYTE_ORDER: Symbol = Symbol("byte_order");
pub const ALIAS_OF: Symbol = Symbol("alias_of");
pub const SAFETY: Symbol = Symbol("safety");
pub const OVERLAPS: Symbol = Symbol("overlaps");

// Device and block keys (container attributes).
pub const TITLE: Symbol = Symbol("title");
pub const VENDOR: Symbol = Symbol("vendor");
pub const FIRMWARE: Symbol = Symbol("firmware");
pub const UNIT_ID: Symbol = Symbol("unit_id");
pub const READ_LIMIT: Symbol = Symbol("read_limit");
pub const MAX_GAP: Symbol = Symbol("max_gap");
pub const VALUES_PER_READ: Symbol = Symbol("values_per_read");
pub const ALLOW_GAPS: Symbol = Symbol("allow_gaps");
pub const WORD_ORDER_COIL: Symbol = Symbol("word_order_coil");
pub const SPEC: Symbol = Symbol("spec");
pub const BLOCK: Symbol = Symbol("block");
pub const BASE: Symbol = Symbol("base");
/// The block's `description` (the doc comment describes the device).
pub const BLOCK_DESCRIPTION: Symbol = Symbol("block_description");

/// Keys accepted on a field, in the order the spec format lists them.
pub const FIELD_KEYS: &[Symbol] = &[
    INPUT,
    HOLDING,
    COIL,
    DISCRETE,
    NAME,
    ADDRESS,
    TYPE,
    LENGTH,
    SCALE,
    OFFSET,
    UNIT,
    ACCESS,
    MIN,
    MAX,
    DEFAULT,
    VALUES,
    BITS,
    SINCE,
    DESCRIPTION,
    WORD_ORDER,
    BYTE_ORDER,
    ALIAS_OF,
    SAFETY,
    OVERLAPS,
];

/// Keys accepted on the struct.
pub const CONTAINER_KEYS: &[Symbol] = &[
    NAME,
    TITLE,
    VENDOR,
    DESCRIPTION,
    FIRMWARE,
    UNIT_ID,
    WORD_ORDER,
    BYTE_ORDER,
    READ_LIMIT,
    MAX_GAP,
    VALUES_PER_READ,
    ALLOW_GAPS,
    WORD_ORDER_COIL,
    SPEC,
    BLOCK,
    BASE,
    BLOCK_DESCRIPTION,
];

impl PartialEq<Symbol> for Ident {
    fn eq(&self, word: &Symbol) -> bool {
        self == word.0
    }
}

impl PartialEq<Symbol> for &Ident {
    fn eq(&self, word: &Symbol) -> bool {
        *self == word.0
    }
}

impl PartialEq<Symbol> for Path {
    fn eq(&self, word: &Symbol) -> bool {
        self.is_ident(word.0)
    }
}

impl PartialEq<Symbol> for &Path {
    fn eq(&self, word: &Symbol) -> bool {
        self.is_ident(word.0)
    }
}

impl fmt::Display for Symbol {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(self.0)
    }
}

/// The closest known key to a misspelt one, if it is close enough to be a likely typo.
pub fn suggest(word: &str, keys: &[Symbol]) -> Option<&'static str> {
    keys.iter()
        .map(|k| (strsim::jaro_winkler(word, k.0), k.0))
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, k)| k)
}
