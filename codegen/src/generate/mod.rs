//! One module per generator, each with the shape
//! `generate(&Device, &Options) -> Result<String, Error>`; every generator reads the IR only.

pub mod dispatch;
pub mod filters;
pub mod markdown;
pub mod python;
pub mod rust;

use std::fmt;

/// What every generator needs besides the IR.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// The command that regenerates the output, quoted in the do-not-edit header.
    pub command: String,
}

impl Default for Options {
    fn default() -> Self {
        Options { command: "cargo xtask gen".to_owned() }
    }
}

/// A generator failure. Specs are validated before generation, so this means a
/// template or formatting bug, never bad user input.
#[derive(Debug)]
pub struct Error {
    pub generator: &'static str,
    pub device: String,
    pub message: String,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} generator failed for device `{}`: {}", self.generator, self.device, self.message)
    }
}

impl std::error::Error for Error {}

/// The do-not-edit notice every generated file starts with (without comment markers).
pub fn header_lines(device: &crate::ir::Device, options: &Options) -> [String; 2] {
    [
        format!("@generated from {} by `{}`.", device.source.file, options.command),
        "Do not edit: change the spec and run the command again.".to_owned(),
    ]
}
