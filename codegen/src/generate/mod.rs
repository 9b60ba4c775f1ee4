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

/// Renders one template with the shared environment ([`filters::environment`])
/// and tidies the text: trailing spaces are template artefacts, and so are runs
/// of more than `max_blank_lines` blank lines.
pub(crate) fn render(
    generator: &'static str,
    device: &str,
    name: &'static str,
    source: &'static str,
    context: impl serde::Serialize,
    max_blank_lines: usize,
) -> Result<String, Error> {
    let fail = |e: minijinja::Error| Error { generator, device: device.to_owned(), message: format!("{e:#}") };
    let mut env = filters::environment();
    env.add_template(name, source).map_err(fail)?;
    let template = env.get_template(name).map_err(fail)?;
    let text = template.render(minijinja::Value::from_serialize(&context)).map_err(fail)?;
    Ok(tidy(&text, max_blank_lines))
}

/// Trims trailing spaces, cuts blank-line runs to `max_blank_lines` and drops trailing blank lines.
fn tidy(text: &str, max_blank_lines: usize) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank_run = 0;
    for line in text.lines() {
        let line = line.trim_end();
        if line.is_empty() {
            blank_run += 1;
            if blank_run > max_blank_lines {
                continue;
            }
        } else {
            blank_run = 0;
        }
        out.push_str(line);
        out.push('\n');
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

/// A generated Rust file: the do-not-edit header as `//` comments, a blank line,
/// then `tokens` formatted by prettyplease. Tokens that do not parse are a generator bug.
pub(crate) fn rust_file(
    generator: &'static str,
    device: &crate::ir::Device,
    options: &Options,
    tokens: proc_macro2::TokenStream,
) -> Result<String, Error> {
    let file: syn::File = syn::parse2(tokens).map_err(|e| Error {
        generator,
        device: device.name.clone(),
        message: format!("generated tokens do not parse as Rust ({e}); this is a generator bug"),
    })?;
    let mut out = String::new();
    for line in header_lines(device, options) {
        out.push_str("// ");
        out.push_str(&line);
        out.push('\n');
    }
    out.push('\n');
    out.push_str(&prettyplease::unparse(&file));
    Ok(out)
}
