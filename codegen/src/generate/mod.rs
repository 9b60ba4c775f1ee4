//! Every output format is a [`Generator`] listed once in [`registry`], the way
//! prost-build plugs in a `ServiceGenerator`. The Builder, `cargo xtask gen`
//! (and its stale-file check) and the up-to-date test all walk the registry, so
//! adding a generator is one module, its template and one line in `REGISTRY`.
//! Every generator reads the IR only.

pub mod filters;
pub mod markdown;
pub mod python;
pub mod rust;

use crate::ir;
use std::fmt;
use std::path::PathBuf;

/// One output format. Paths a generator returns are relative to its
/// [`output_dir`](Generator::output_dir), which holds nothing but its files, so
/// a file there that no spec produces is stale.
pub trait Generator: Sync {
    /// The switch name (`Builder::enable(name, ..)`) and the name in error messages.
    fn name(&self) -> &'static str;

    /// The directory under the output directory this generator writes into.
    fn output_dir(&self) -> &'static str;

    /// The files of one device.
    fn device_files(&self, device: &ir::Device, options: &Options) -> Result<Vec<(PathBuf, String)>, Error>;

    /// Files about the output directory as a whole (an index, a shared runtime),
    /// written once when at least one device is generated.
    fn directory_files(&self, _ir: &ir::Ir, _options: &Options) -> Result<Vec<(PathBuf, String)>, Error> {
        Ok(Vec::new())
    }
}

static REGISTRY: &[&dyn Generator] = &[&rust::Rust, &python::Python, &markdown::Markdown];

/// Every generator, in the order their files are rendered.
pub fn registry() -> &'static [&'static dyn Generator] {
    REGISTRY
}

/// The generator called `name`, if there is one.
pub fn find(name: &str) -> Option<&'static dyn Generator> {
    REGISTRY.iter().copied().find(|g| g.name() == name)
}

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

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn registry_names_and_directories_are_unique() {
        let names: BTreeSet<&str> = registry().iter().map(|g| g.name()).collect();
        let dirs: BTreeSet<&str> = registry().iter().map(|g| g.output_dir()).collect();
        assert_eq!(names.len(), registry().len(), "two generators share a name");
        assert_eq!(dirs.len(), registry().len(), "two generators share an output directory");
        for generator in registry() {
            assert_eq!(find(generator.name()).map(|g| g.output_dir()), Some(generator.output_dir()));
        }
        assert!(find("nope").is_none());
    }
}
