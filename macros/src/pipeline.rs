//! The codegen calls the derive makes: the loader for spec mode, the validator
//! for both modes. Kept in one place so the derive never re-implements them.

use modbus_map_codegen::diagnostics::{Diagnostics, Sources};
use modbus_map_codegen::ir;
use modbus_map_codegen::spec::Spec;
use std::path::Path;

/// Validates a spec model built from attributes and lowers it to the IR.
pub fn validate(spec: &Spec) -> Result<ir::Device, Diagnostics> {
    modbus_map_codegen::validate(spec).map(|checked| checked.device)
}

/// Loads and validates a spec file; `display` (the path as the user wrote it)
/// names it in the IR and in diagnostics, so output does not depend on where
/// the crate sits on disk. Errors come back rendered rustc-style.
pub fn load(path: &Path, display: &str) -> Result<ir::Device, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read `{}`: {e}", path.display()))?;
    let Some(format) = modbus_map_codegen::load::Format::from_path(path) else {
        return Err(format!(
            "`{display}` is not a spec file: spec files end in `.yaml`, `.yml` or `.csv`"
        ));
    };
    let sources = Sources::single(display, &String::from_utf8_lossy(&bytes));
    let spec = modbus_map_codegen::load::parse_bytes(&bytes, display, format).map_err(|d| d.render(&sources))?;
    validate(&spec).map_err(|d| d.render(&sources))
}
