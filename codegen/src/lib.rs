//! Spec model, loaders, validator, IR and generators for modbus-map.
//!
//! The pipeline runs one way: spec file → `load` (spec model with positions)
//! → `validate` (all diagnostics at once) → `lower` (builds the `ir`) → `generate::*`.

pub mod ir;
pub mod generate;
pub mod convert;
pub mod diagnostics;
pub mod diff;
pub mod format;
pub mod import;
pub mod ident;
pub mod keys;
pub mod load;
pub mod layout;
pub mod lower;
pub mod spec;
pub mod validate;
pub mod builder;
pub mod planning;
pub mod start_value;

pub use diagnostics::{Diagnostic, Diagnostics, Severity, Sources, Subject};
pub use load::Format;
pub use validate::Checked;
pub use builder::Builder;

/// Reads, parses and validates a spec file (format by extension: `.yaml`, `.yml`, `.csv`).
/// `ir::Origin::file` is `path` as given. Render errors with
/// `Diagnostics::render(&Sources::single(path, text))`.
pub fn load_path(path: &std::path::Path) -> Result<Checked, Diagnostics> {
    validate(&load::parse_path(path)?)
}

/// Parses and validates spec text; `file_name` is what diagnostics and the IR call it.
pub fn load_str(text: &str, file_name: &str, format: Format) -> Result<Checked, Diagnostics> {
    validate(&parse_str(text, file_name, format)?)
}

/// Parses spec text into the spec model without validating it.
pub fn parse_str(text: &str, file_name: &str, format: Format) -> Result<spec::Spec, Diagnostics> {
    load::parse_str(text, file_name, format)
}

/// Validates a spec model (from a loader or built in code, e.g. by the derive)
/// and lowers it to the IR. `Ok` carries the warnings; `Err` every error and warning.
pub fn validate(spec: &spec::Spec) -> Result<Checked, Diagnostics> {
    validate::validate(spec)
}
