//! The words of `#[modbus(...)]` that are not spec keys (the attribute itself,
//! the bare table words, `spec`), and the attribute lists built from the spec
//! key tables, so parsing, suggestions and error messages read the same list.

use modbus_map_codegen::keys::{BLOCK_KEYS, DEVICE_KEYS, REGISTER_KEYS};
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

/// Spec mode: the struct follows a block of this spec file. The derive's own
/// key; every other attribute is a spec key (`modbus_map_codegen::keys`).
pub const SPEC: Symbol = Symbol("spec");

const TABLE_WORDS: [Symbol; 4] = [INPUT, HOLDING, COIL, DISCRETE];

/// Attributes accepted on a field, in the order the spec format lists them.
pub fn field_keys() -> Vec<&'static str> {
    let keys = REGISTER_KEYS.iter().filter_map(|k| k.derive);
    TABLE_WORDS.iter().map(|w| w.0).chain(keys).collect()
}

/// Attributes accepted on the struct: device keys, block keys, `spec`.
pub fn container_keys() -> Vec<&'static str> {
    let keys = DEVICE_KEYS.iter().chain(BLOCK_KEYS).filter_map(|k| k.derive);
    keys.chain([SPEC.0]).collect()
}

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
