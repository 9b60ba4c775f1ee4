//! ESPHome modbus_controller configuration → a spec.
use super::{Failed, Imported, Options};
use std::path::Path;
pub fn import(_path: &Path, _options: &Options) -> Result<Imported, Failed> {
    todo!()
}
