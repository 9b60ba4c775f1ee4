//! Every output format is a [`Generator`] listed once in [`registry`], the way
//! prost-build plugs in a `ServiceGenerator`. The Builder, `cargo xtask gen`
//! (and its stale-file check) and the up-to-date test all walk the registry, so
//! adding a generator is one module, its template and one line in `REGISTRY`.
//! Every generator reads the IR only.

pub mod c;
pub mod esphome;
pub mod filters;
pub mod homeassistant;
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
    fn device_files(&self, device: &DeviceView<'_>, options: &Options) -> Result<Vec<(PathBuf, String)>, Error>;

    /// Files about the output directory as a whole (an index, a shared runtime),
    /// written once when at least one device is generated.
    fn directory_files(&self, _ir: &ir::Ir, _options: &Options) -> Result<Vec<(PathBuf, String)>, Error> {
        Ok(Vec::new())
    }
}

static REGISTRY: &[&dyn Generator] = &[&rust::Rust, &python::Python, &markdown::Markdown, &c::C, &esphome::Esphome, &homeassistant::HomeAssistant];

/// Every generator, in the order their files are rendered.
pub fn registry() -> &'static [&'static dyn Generator] {
    REGISTRY
}

/// The generator called `name`, if there is one.
pub fn find(name: &str) -> Option<&'static dyn Generator> {
    REGISTRY.iter().copied().find(|g| g.name() == name)
}

/// A device as generators get it: its IR (the view derefs to it) and what more
/// than one generator derives from the IR, worked out at most once per device.
/// The read plan is such a fact: Python, Markdown and ESPHome each print it, and
/// planning a large device is a good part of what each of them costs; so is the
/// index of the registers by name. The view borrows the IR, so what it keeps
/// cannot go stale.
#[derive(Debug)]
pub struct DeviceView<'a> {
    device: &'a ir::Device,
    read_plan: std::sync::OnceLock<Result<Vec<crate::planning::PlannedRead>, String>>,
    lookup: std::sync::OnceLock<ir::Lookup<'a>>,
}

impl<'a> DeviceView<'a> {
    pub fn new(device: &'a ir::Device) -> Self {
        DeviceView { device, read_plan: std::sync::OnceLock::new(), lookup: std::sync::OnceLock::new() }
    }

    /// The registers by name ([`ir::Device::lookup`]), indexed once per device.
    pub fn lookup(&self) -> &ir::Lookup<'a> {
        self.lookup.get_or_init(|| self.device.lookup())
    }

    /// The fewest requests that read every readable register (see [`crate::planning`]).
    pub(crate) fn read_plan(&self, generator: &'static str) -> Result<&[crate::planning::PlannedRead], Error> {
        self.read_plan
            .get_or_init(|| crate::planning::read_plan(self.device))
            .as_deref()
            .map_err(|message| Error { generator, device: self.device.name.clone(), message: message.clone() })
    }
}

impl std::ops::Deref for DeviceView<'_> {
    type Target = ir::Device;

    fn deref(&self) -> &ir::Device {
        self.device
    }
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

/// A device as templates see it: every field of [`ir::Device`] but `registers`,
/// which each generator hands its template as rows of its own. Serializing every
/// register (every instance of a repeated block) into a template's context was
/// most of what the Python and Markdown generators cost on a large spec. The
/// destructuring names every field, so a new one does not compile until it is here.
#[derive(Debug)]
pub(crate) struct DeviceFacts<'a>(pub &'a ir::Device);

impl serde::Serialize for DeviceFacts<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let ir::Device {
            name,
            title,
            vendor,
            description,
            firmware,
            unit_id,
            word_order,
            byte_order,
            read_limit,
            max_gap,
            word_order_coil,
            values_per_read,
            allow_gaps,
            source,
            enumerations,
            flag_sets,
            blocks,
            registers: _,
            sim,
        } = self.0;
        let mut s = serializer.serialize_struct("Device", 18)?;
        s.serialize_field("name", name)?;
        s.serialize_field("title", title)?;
        s.serialize_field("vendor", vendor)?;
        s.serialize_field("description", description)?;
        s.serialize_field("firmware", firmware)?;
        s.serialize_field("unit_id", unit_id)?;
        s.serialize_field("word_order", word_order)?;
        s.serialize_field("byte_order", byte_order)?;
        s.serialize_field("read_limit", read_limit)?;
        s.serialize_field("max_gap", max_gap)?;
        s.serialize_field("word_order_coil", word_order_coil)?;
        s.serialize_field("values_per_read", values_per_read)?;
        s.serialize_field("allow_gaps", allow_gaps)?;
        s.serialize_field("source", source)?;
        s.serialize_field("enumerations", enumerations)?;
        s.serialize_field("flag_sets", flag_sets)?;
        s.serialize_field("blocks", blocks)?;
        // As `ir::Device` serializes it: left out when empty.
        if sim.is_empty() {
            s.skip_field("sim")?;
        } else {
            s.serialize_field("sim", sim)?;
        }
        s.end()
    }
}

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
    fn device_facts_are_the_device_without_its_registers() {
        let ir = crate::load_path(std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../specs/askoheat_plus.yaml")))
            .expect("the seed spec loads")
            .device;
        let mut whole = serde_json::to_value(&ir).expect("serializes");
        whole.as_object_mut().expect("a map").remove("registers");
        assert!(whole.get("sim").is_some(), "the spec has a sim: section, so the comparison covers it");
        assert_eq!(serde_json::to_value(DeviceFacts(&ir)).expect("serializes"), whole);
    }

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
