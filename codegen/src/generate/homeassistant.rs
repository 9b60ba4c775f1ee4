//! Home Assistant package `homeassistant/DEVICE.yaml`: one `modbus:` hub with the
//! device's entities, for Home Assistant's own modbus integration (YAML only, no
//! custom component). Readable numbers and strings are `sensors`, bools of read-only
//! coils and discrete inputs `binary_sensors`, writable coils and writable two-valued
//! registers `switches` (with `verify`); what the integration cannot show itself
//! (enumeration names, named bits, SunSpec scale factors, strings without their NUL
//! padding) is a `template:` entity
//! beside the raw modbus one. What the integration cannot carry at all is listed in
//! the file's opening comment, register by register (docs/homeassistant.md says why).
//!
//! Every entity has `unique_id: DEVICE.QUALIFIED_NAME` (`.raw` or `.BIT` for the raw
//! half of a pair) and a name a person reads (device, instance, label or name words,
//! ASCII). Home Assistant derives entity ids from names, so the templates refer to
//! `sensor.<slug of the name>`, and two names of one domain that slug alike are an error.
//!
//! The file is written here as text, values as JSON strings (valid YAML double-quoted
//! scalars): the layout is fixed and the comments matter, which a YAML serializer
//! would not keep.

use super::{DeviceView, Error, Options};
use crate::format::format_number;
use crate::ir::{Access, ByteOrder, DataType, Device, Register, Table, WordOrder, WriteFunction};
use foldhash::HashMap;
use std::collections::BTreeMap;
use std::fmt::Write as _;

pub struct HomeAssistant;

impl super::Generator for HomeAssistant {
    fn name(&self) -> &'static str {
        "homeassistant"
    }

    fn output_dir(&self) -> &'static str {
        "homeassistant"
    }

    fn device_files(&self, device: &DeviceView<'_>, options: &Options) -> Result<Vec<(std::path::PathBuf, String)>, Error> {
        Ok(vec![(format!("{}.yaml", device.name).into(), generate(device, options)?)])
    }
}

/// Seconds between two polls of every entity, the integration's `scan_interval`.
pub const SCAN_INTERVAL: u32 = 30;

/// One entity: its `key: value` pairs in output order, values YAML scalars or flow
/// mappings, written as the flow mapping's body (a large spec has tens of thousands
/// of entities, and a string per key was much of this generator's cost).
#[derive(Debug)]
struct Entity {
    body: String,
}

impl Default for Entity {
    fn default() -> Self {
        // About what a sensor's keys take, so the body rarely grows.
        Entity { body: String::with_capacity(384) }
    }
}

impl Entity {
    /// Starts the pair of `key`; its value follows.
    fn key(&mut self, key: &'static str) {
        if !self.body.is_empty() {
            self.body.push_str(", ");
        }
        self.body.push_str(key);
        self.body.push_str(": ");
    }

    fn set(&mut self, key: &'static str, value: impl std::fmt::Display) {
        self.key(key);
        let _ = write!(self.body, "{value}");
    }

    fn text(&mut self, key: &'static str, value: &str) {
        self.key(key);
        super::filters::push_yaml_string(&mut self.body, value);
    }
}

#[derive(Default)]
struct Package<'a> {
    sensors: Vec<Entity>,
    binary_sensors: Vec<Entity>,
    switches: Vec<Entity>,
    template_sensors: Vec<Entity>,
    template_binary_sensors: Vec<Entity>,
    /// `(qualified name, what is not carried)` for the opening comment.
    not_carried: Vec<(String, String)>,
    /// [`words`] of the device name, the start of every entity's name.
    device_words: String,
    /// Writable registers shown as sensors only, and of them those marked `safety`.
    read_only: usize,
    safety: usize,
    /// Entity object ids per domain, to refuse two names that slug alike.
    ids: HashMap<(&'static str, String), &'a str>,
}

/// Words a person reads, ASCII letters and digits only (so Home Assistant's slug
/// of the name is [`slug`] of it): `clivet`, `hc1`, `Heat Sink Temperature`.
fn words(text: &str) -> String {
    let ascii = if text.is_ascii() { std::borrow::Cow::Borrowed(text) } else { std::borrow::Cow::Owned(deunicode::deunicode(text)) };
    // Runs of anything but ASCII letters and digits become one space, none at either end.
    let mut out = String::with_capacity(ascii.len());
    for c in ascii.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with(' ') {
            out.push(' ');
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// Home Assistant's entity object id of an ASCII name: lower case, every run of other
/// characters one `_`, none at either end.
pub fn slug(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('_') {
            out.push('_');
        }
    }
    out.trim_matches('_').to_owned()
}

/// `Clivet control setting temp ts`, `Sunspec demo inverter Heat Sink Temperature`
/// (`device_words`: [`words`] of the device name).
fn person_name(device_words: &str, r: &Register) -> String {
    let what = r.keys.label.as_deref().unwrap_or(&r.name);
    let mut name = String::with_capacity(64);
    name.push_str(device_words);
    name.push(' ');
    name.push_str(&words(&r.instance));
    name.push(' ');
    name.push_str(&words(what));
    if let Some(first) = name.get(0..1) {
        name.replace_range(0..1, &first.to_ascii_uppercase());
    }
    name
}

fn unique_id(device: &Device, r: &Register, suffix: Option<&str>) -> String {
    let mut id = String::with_capacity(device.name.len() + r.qualified_name.len() + 16);
    id.push_str(&device.name);
    id.push('.');
    id.push_str(&r.qualified_name);
    if let Some(s) = suffix {
        id.push('.');
        id.push_str(s);
    }
    id
}

/// `data_type` (and `structure` for the 8-bit types, which Home Assistant has not:
/// the low byte of the register) of a numeric or string register.
fn data_type(r: &Register) -> Option<(&'static str, Option<&'static str>)> {
    Some(match r.data_type {
        DataType::U16 => ("uint16", None),
        DataType::I16 => ("int16", None),
        DataType::U32 => ("uint32", None),
        DataType::I32 => ("int32", None),
        DataType::U64 => ("uint64", None),
        DataType::I64 => ("int64", None),
        DataType::F32 => ("float32", None),
        DataType::F64 => ("float64", None),
        DataType::U8 => ("custom", Some(">xB")),
        DataType::I8 => ("custom", Some(">xb")),
        DataType::String => ("string", None),
        DataType::Bool | DataType::Raw => return None,
    })
}

/// Home Assistant's `swap` of the register's word and byte order (the table in
/// docs/spec-format.md, "Byte order"); `None` for the natural order.
fn swap(r: &Register) -> Option<&'static str> {
    let words = r.width > 1 && r.data_type != DataType::String && r.word_order == WordOrder::LowFirst;
    let bytes = !matches!(r.data_type, DataType::U8 | DataType::I8) && r.byte_order == ByteOrder::LowFirst;
    match (words, bytes) {
        (false, false) => None,
        (true, false) => Some("word"),
        (false, true) => Some("byte"),
        (true, true) => Some("word_byte"),
    }
}

/// The raw value names of a writable register with two of them (`{0: off, 1: on}`, or
/// `min: 0, max: 1`): `(off, on)`, each the raw values reading as it, the first the one
/// a write sends. The lower raw value is off.
fn two_values(device: &Device, r: &Register) -> Option<(Vec<i64>, Vec<i64>)> {
    let integer = matches!(r.data_type, DataType::U8 | DataType::I8 | DataType::U16 | DataType::I16);
    if r.table != Table::Holding || !integer || r.flags.is_some() || r.scale_factor.is_some() {
        return None;
    }
    let values = device.values(r);
    if values.is_empty() {
        let plain = !modbus_map_core::codec::is_scaled(r.scale, r.offset);
        return (plain && r.min == Some(0.0) && r.max == Some(1.0)).then(|| (vec![0], vec![1]));
    }
    let mut names: Vec<&str> = Vec::new();
    for v in values {
        if !names.contains(&v.name.as_str()) {
            names.push(&v.name);
        }
    }
    if names.len() != 2 || values.iter().any(|v| v.raw < 0) {
        return None;
    }
    let raws = |name: &str| values.iter().filter(|v| v.name == name).map(|v| v.raw).collect::<Vec<_>>();
    let (a, b) = (raws(names[0]), raws(names[1]));
    Some(if a[0] < b[0] { (a, b) } else { (b, a) })
}

fn list(values: &[i64]) -> String {
    format!("[{}]", values.iter().map(|v| v.to_string()).collect::<Vec<_>>().join(", "))
}

fn write_type(r: &Register) -> &'static str {
    match (r.table, r.write_function) {
        (Table::Coil, WriteFunction::Multiple) => "coils",
        (Table::Coil, _) => "coil",
        (_, WriteFunction::Multiple) => "holdings",
        _ => "holding",
    }
}

impl<'a> Package<'a> {
    /// Records the entity id the name gives in `domain`; two registers may not share one.
    fn claim(&mut self, domain: &'static str, name: &str, owner: &'a str) -> Result<String, String> {
        let id = slug(name);
        let mut entity = String::with_capacity(domain.len() + 1 + id.len());
        entity.push_str(domain);
        entity.push('.');
        entity.push_str(&id);
        if let Some(prev) = self.ids.insert((domain, id), owner) {
            return Err(format!(
                "`{owner}` and `{prev}` both become Home Assistant entity `{entity}`; rename or label one of them in the spec"
            ));
        }
        Ok(entity)
    }

    fn skip(&mut self, r: &Register, why: impl Into<String>) {
        self.not_carried.push((r.qualified_name.clone(), why.into()));
    }

    /// The keys every modbus entity starts with.
    fn base(name: &str, uid: &str, r: &Register) -> Entity {
        let mut e = Entity::default();
        e.text("name", name);
        e.text("unique_id", uid);
        e.set("slave", r.unit_id);
        e.set("address", r.address);
        e
    }

    /// A modbus sensor of `r`'s words; `raw`: without scale, offset, unit and range (the
    /// source of a template). Returns the entity id.
    /// `name`: the register's [`person_name`].
    fn sensor(&mut self, device: &Device, r: &'a Register, name: &str, raw: bool) -> Result<Option<String>, String> {
        let Some((data_type, structure)) = data_type(r) else { return Ok(None) };
        let id;
        let mut e = if raw && (r.enumeration.is_some() || r.data_type == DataType::String) || r.scale_factor.is_some() {
            let name = format!("{name} raw");
            id = self.claim("sensor", &name, &r.qualified_name)?;
            Self::base(&name, &unique_id(device, r, Some("raw")), r)
        } else {
            id = self.claim("sensor", name, &r.qualified_name)?;
            Self::base(name, &unique_id(device, r, None), r)
        };
        e.text("input_type", if r.table == Table::Input { "input" } else { "holding" });
        e.text("data_type", data_type);
        if let Some(structure) = structure {
            e.set("count", 1);
            e.text("structure", structure);
        }
        if r.data_type == DataType::String {
            e.set("count", r.width);
        }
        if let Some(swap) = swap(r) {
            e.text("swap", swap);
        }
        if r.data_type != DataType::String {
            let float = matches!(r.data_type, DataType::F32 | DataType::F64);
            let scaled = !raw && modbus_map_core::codec::is_scaled(r.scale, r.offset);
            if scaled && r.scale != 1.0 {
                e.set("scale", format_number(r.scale));
            }
            if scaled && r.offset != 0.0 {
                e.set("offset", format_number(r.offset));
            }
            // The one rule of decimals (format::decimals: the scale's, 2 for an unscaled float,
            // Home Assistant's own default); a raw sensor shows whole numbers.
            let precision = if raw { 0 } else { crate::format::decimals(r.scale, r.offset, float) };
            e.set("precision", precision.to_string());
            self.nan_value(r, &mut e);
            if !raw {
                unit(r, &mut e);
                if let Some(min) = r.keys.plausible_min {
                    e.set("min_value", format_number(min));
                }
                if let Some(max) = r.keys.plausible_max {
                    e.set("max_value", format_number(max));
                }
            }
        }
        self.sensors.push(e);
        Ok(Some(id))
    }

    /// `nan_value`: the first sentinel Home Assistant can carry; NaN needs none (it
    /// shows NaN as unknown itself); the others are listed as not carried.
    fn nan_value(&mut self, r: &Register, e: &mut Entity) {
        let mut carried = false;
        let mut lost = Vec::new();
        for &pattern in &r.sentinels {
            if r.data_type.is_nan(pattern) {
                continue;
            }
            // As the number Home Assistant unpacks: `nan_value` compares that, before scale.
            match crate::format::sentinel_int(r.data_type, pattern) {
                Some(n) if n != 0 && !carried => {
                    e.set("nan_value", n.to_string());
                    carried = true;
                }
                _ => lost.push(super::filters::hex(pattern)),
            }
        }
        if !lost.is_empty() {
            self.skip(r, format!("sentinel {} (one non-zero `nan_value` per entity)", lost.join(", ")));
        }
    }

    /// `availability`: the template that says when `state` has a value (`None`: the
    /// caller adds it).
    fn template_sensor(&mut self, name: &str, uid: &str, owner: &'a str, state: String, availability: Option<&str>) -> Result<Entity, String> {
        self.claim("sensor", name, owner)?;
        let mut e = Entity::default();
        e.text("name", name);
        e.text("unique_id", uid);
        e.text("state", &state);
        if let Some(availability) = availability {
            e.text("availability", availability);
        }
        Ok(e)
    }

    fn register(&mut self, device: &'a Device, r: &'a Register) -> Result<(), String> {
        if let Some(target) = &r.alias_of {
            self.skip(r, format!("alias of `{target}`, shown once there"));
            return Ok(());
        }
        if let Some(high) = r.high_word {
            self.skip(r, format!("high word apart at {high}: the integration reads a value from adjacent registers only"));
            return Ok(());
        }
        if r.data_type == DataType::Raw {
            self.skip(r, "raw registers: the integration has no type for opaque words");
            return Ok(());
        }
        let name = person_name(&self.device_words, r);
        if r.access.writable() && !r.keys.safety {
            if r.data_type == DataType::Bool {
                return self.switch(device, r, &name, vec![0], vec![1]);
            }
            if let Some((off, on)) = two_values(device, r) {
                return self.switch(device, r, &name, off, on);
            }
        }
        if !r.access.readable() {
            self.skip(r, "write-only: the integration has no entity that only writes (the `modbus.write_register` action does)");
            return Ok(());
        }
        if r.access.writable() {
            if r.keys.safety {
                self.safety += 1;
            } else {
                self.read_only += 1;
            }
        }
        if r.data_type == DataType::Bool {
            self.claim("binary_sensor", &name, &r.qualified_name)?;
            let mut e = Self::base(&name, &unique_id(device, r, None), r);
            e.text("input_type", if r.table == Table::Coil { "coil" } else { "discrete_input" });
            self.binary_sensors.push(e);
            return Ok(());
        }
        if let Some(factor) = &r.scale_factor {
            let Some(f) = device.register(factor) else { return Err(format!("`{}`: no scale factor `{factor}`", r.qualified_name)) };
            let raw = self.sensor(device, r, &name, true)?.expect("a scale factor scales an integer");
            let sf = format!("sensor.{}", slug(&person_name(&self.device_words, f)));
            let value = format!("(states('{raw}') | float * 10 ** (states('{sf}') | int))");
            let state = format!("{{{{ {value} | round([0, -(states('{sf}') | int)] | max) }}}}");
            // A template has no min_value/max_value: a reading outside the plausible
            // range makes it unavailable, as the spec says (not clamped).
            let mut checks = Vec::new();
            if let Some(min) = r.keys.plausible_min {
                checks.push(format!("{value} >= {}", format_number(min)));
            }
            if let Some(max) = r.keys.plausible_max {
                checks.push(format!("{value} <= {}", format_number(max)));
            }
            // With range checks, availability joins them to the sources' checks and
            // comes after the unit keys.
            let sources = has_values(&[&raw, &sf]);
            let ranged = (!checks.is_empty()).then(|| format!("{{{{ {sources} and {} }}}}", checks.join(" and ")));
            let plain = ranged.is_none().then(|| format!("{{{{ {sources} }}}}"));
            let mut e = self.template_sensor(&name, &unique_id(device, r, None), &r.qualified_name, state, plain.as_deref())?;
            unit(r, &mut e);
            if let Some(availability) = ranged {
                e.text("availability", &availability);
            }
            self.template_sensors.push(e);
            return Ok(());
        }
        let text = r.data_type == DataType::String;
        let raw = self.sensor(device, r, &name, r.enumeration.is_some() || r.flags.is_some() || text)?.expect("numbers and strings have a data type");
        if text {
            // Home Assistant keeps a string's NUL padding; the spec's codec ends the text at the first NUL.
            let state = format!("{{{{ states('{raw}').split('\\x00')[0] }}}}");
            let e = self.template_sensor(&name, &unique_id(device, r, None), &r.qualified_name, state, Some(&availability(&[&raw])))?;
            self.template_sensors.push(e);
        }
        if r.enumeration.is_some() {
            let names: BTreeMap<String, &str> = device.values(r).iter().map(|v| (v.raw.to_string(), v.name.as_str())).collect();
            let map = serde_json::to_string(&names).expect("a map serializes");
            let state = format!("{{% set v = states('{raw}') %}}{{{{ {map}.get(v, v) }}}}");
            let e = self.template_sensor(&name, &unique_id(device, r, None), &r.qualified_name, state, Some(&availability(&[&raw])))?;
            self.template_sensors.push(e);
        }
        for b in device.bits(r) {
            let name = format!("{name} {}", words(&b.name));
            let uid = unique_id(device, r, Some(&b.name));
            if b.width == 1 {
                self.claim("binary_sensor", &name, &r.qualified_name)?;
                let mut e = Entity::default();
                e.text("name", &name);
                e.text("unique_id", &uid);
                e.text("state", &format!("{{{{ states('{raw}') | int | bitwise_and({}) > 0 }}}}", 1u64 << b.lsb));
                e.text("availability", &availability(&[&raw]));
                self.template_binary_sensors.push(e);
            } else {
                let ones = (1u64 << b.width) - 1;
                let state = format!("{{{{ ((states('{raw}') | int) // {}) | bitwise_and({ones}) }}}}", 1u64 << b.lsb);
                let e = self.template_sensor(&name, &uid, &r.qualified_name, state, Some(&availability(&[&raw])))?;
                self.template_sensors.push(e);
            }
        }
        Ok(())
    }

    fn switch(&mut self, device: &Device, r: &'a Register, name: &str, off: Vec<i64>, on: Vec<i64>) -> Result<(), String> {
        self.claim("switch", name, &r.qualified_name)?;
        let mut e = Self::base(name, &unique_id(device, r, None), r);
        e.text("write_type", write_type(r));
        if r.table != Table::Coil {
            e.set("command_on", on[0]);
            e.set("command_off", off[0]);
        }
        if r.access.readable() {
            let verify = if r.table == Table::Coil {
                "{}".to_owned()
            } else {
                format!("{{input_type: holding, state_on: {}, state_off: {}}}", list(&on), list(&off))
            };
            e.set("verify", verify);
        }
        self.switches.push(e);
        Ok(())
    }
}

/// `unit_of_measurement`, and `device_class`/`state_class` where the unit makes them
/// certain (format::unit_classes, the rule ESPHome's output shares); a writable
/// register is a setting, not a measurement, so it gets no state class.
fn unit(r: &Register, e: &mut Entity) {
    if let Some(unit) = &r.keys.unit {
        e.text("unit_of_measurement", unit);
        if let Some((class, state_class)) = crate::format::unit_classes(unit) {
            e.text("device_class", class);
            if r.access == Access::Read {
                e.text("state_class", state_class);
            }
        }
    }
}

/// `{{ has_value('a') and has_value('b') }}`: the template has a value when its sources have.
fn availability(sources: &[&str]) -> String {
    let mut text = String::from("{{ ");
    text.push_str(&has_values(sources));
    text.push_str(" }}");
    text
}

/// `has_value('a') and has_value('b')`.
fn has_values(sources: &[&str]) -> String {
    let mut text = String::with_capacity(sources.iter().map(|s| s.len() + 20).sum::<usize>());
    for (k, s) in sources.iter().enumerate() {
        if k > 0 {
            text.push_str(" and ");
        }
        text.push_str("has_value('");
        text.push_str(s);
        text.push_str("')");
    }
    text
}

/// Writes `entities` as a YAML list at `indent`, one flow mapping per entity; the first
/// modbus entity of the file defines the `scan_interval` anchor, the others refer to it.
fn write_list(out: &mut String, key: &str, entities: &[Entity], indent: usize, mut scan: Option<&mut bool>) {
    if entities.is_empty() {
        return;
    }
    let pad = " ".repeat(indent);
    out.reserve(entities.iter().map(|e| e.body.len() + indent + 40).sum());
    let _ = writeln!(out, "{pad}{key}:");
    for e in entities {
        out.push_str(&pad);
        out.push_str("  - {");
        out.push_str(&e.body);
        if let Some(first) = scan.as_deref_mut() {
            if !e.body.is_empty() {
                out.push_str(", ");
            }
            if *first {
                let _ = write!(out, "scan_interval: &scan_interval {SCAN_INTERVAL}");
            } else {
                out.push_str("scan_interval: *scan_interval");
            }
            *first = false;
        }
        out.push_str("}\n");
    }
}

fn comment(text: &str) -> String {
    text.replace(['\n', '\r'], " ")
}

fn generate(device: &Device, options: &Options) -> Result<String, Error> {
    let fail = |message: String| Error { generator: "homeassistant", device: device.name.clone(), message };
    let mut package = Package { device_words: words(&device.name), ..Package::default() };
    for r in &device.registers {
        package.register(device, r).map_err(fail)?;
    }
    let mut entities = String::new();
    let mut first = true;
    write_list(&mut entities, "sensors", &package.sensors, 4, Some(&mut first));
    write_list(&mut entities, "binary_sensors", &package.binary_sensors, 4, Some(&mut first));
    write_list(&mut entities, "switches", &package.switches, 4, Some(&mut first));
    if first {
        // Not an error: the other outputs of such a spec are still wanted.
        package.not_carried.push(("(device)".to_owned(), "no register becomes a modbus entity: Home Assistant does not load a hub without entities".to_owned()));
    }
    let mut templates = String::new();
    if !package.template_sensors.is_empty() || !package.template_binary_sensors.is_empty() {
        let mut body = String::new();
        write_list(&mut body, "sensor", &package.template_sensors, 4, None);
        write_list(&mut body, "binary_sensor", &package.template_binary_sensors, 4, None);
        templates = format!("template:\n  -{}", &body[3..]);
    }
    if package.read_only > 0 {
        let safety = match package.safety {
            0 => String::new(),
            n => format!("; {n} writable `safety` registers are never written"),
        };
        package.not_carried.push((
            "writes".to_owned(),
            format!(
                "{} writable registers are sensors only here: the integration's YAML has no number or select entity (only switches write){safety}",
                package.read_only
            ),
        ));
    } else if package.safety > 0 {
        package.not_carried.push(("writes".to_owned(), format!("{} writable `safety` registers are never written", package.safety)));
    }
    let not_carried: Vec<String> = package.not_carried.iter().map(|(q, why)| comment(&format!("`{q}`: {why}"))).collect();
    let context = minijinja::context! {
        header => super::header_lines(device, options).map(|line| comment(&line)),
        name => &device.name,
        title => comment(device.title.as_deref().unwrap_or(&device.name)),
        scan_interval => SCAN_INTERVAL,
        not_carried,
    };
    let mut out = super::render(
        "homeassistant",
        &device.name,
        "homeassistant_package.yaml",
        include_str!("../../templates/homeassistant_package.yaml.jinja"),
        context,
        1,
    )?;
    // The entities are appended here, not rendered by the template: passing a large
    // spec's megabytes of entities through the template and its tidying was most of
    // this generator's cost.
    out.push_str(&entities);
    if !templates.is_empty() {
        out.push('\n');
        out.push_str(&templates);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_and_words() {
        assert_eq!(slug("Clivet control setting temp ts raw"), "clivet_control_setting_temp_ts_raw");
        assert_eq!(words("Amps (phase A) – Störung"), "Amps phase A Storung");
    }

    #[test]
    fn a_device_without_entities_still_gets_its_package() {
        let spec = "device:\n  name: cmd\nblocks:\n  - name: c\n    table: holding\n    registers:\n      - { name: go, address: 0, type: u16, access: w }\n";
        let device = crate::load_str(spec, "cmd.yaml", crate::Format::Yaml).expect("a valid spec").device;
        let text = generate(&device, &Options::default()).expect("renders");
        assert!(text.contains("# - `c.go`: write-only"), "{text}");
        assert!(text.contains("# - `(device)`: no register becomes a modbus entity"), "{text}");
        assert!(!text.contains("sensors:"), "{text}");
    }
}
