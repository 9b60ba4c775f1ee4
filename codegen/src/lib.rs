//! Spec model, loaders, validator, IR and generators for modbus-map.
//!
//! The pipeline runs one way: spec file → `load` (spec model with positions)
//! → `validate` (all diagnostics at once) → `ir` → `generate::*`.

pub mod ir;
pub mod generate;
