//! ESPHome configuration `esphome/DEVICE.yaml`: a complete node that reads (and
//! where the spec allows, writes) the device over RTU with ESPHome's
//! `modbus_controller`, accepted by `esphome config` as it is. Board and wiring
//! are `substitutions` with defaults; one controller per unit id; per register the
//! entity ESPHome has for it (`sensor`, `binary_sensor` per named bit, `text_sensor`
//! for strings and enumeration names, `number`, `select`, `switch`).
//!
//! ESPHome groups entities into reads by itself: contiguous addresses of one
//! register type become one request, of any length. So every entity that starts
//! one of the read planner's requests right after another entity's last address
//! gets `force_new_range`, and ESPHome never reads across a boundary the planner
//! drew (`read_limit`, `values_per_read`, a multi-register value). Gaps the planner
//! bridges ESPHome reads as separate requests. What ESPHome cannot say is listed
//! at the end of the file, register by register, never dropped silently.

use super::filters::yaml_string as quoted;
use super::{header_lines, DeviceView, Error, Options};
use crate::ir::{self, DataType, Device, Register, Table};
use foldhash::{HashSet, HashSetExt};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

const TEMPLATE: &str = include_str!("../../templates/esphome.yaml.jinja");

pub struct Esphome;

impl super::Generator for Esphome {
    fn name(&self) -> &'static str {
        "esphome"
    }

    fn output_dir(&self) -> &'static str {
        "esphome"
    }

    fn device_files(&self, device: &DeviceView<'_>, options: &Options) -> Result<Vec<(std::path::PathBuf, String)>, Error> {
        Ok(vec![(format!("{}.yaml", device.name).into(), generate(device, options)?)])
    }
}

/// ESPHome's entity platforms, in the order the file lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Platform {
    Sensor,
    BinarySensor,
    TextSensor,
    Number,
    Select,
    Switch,
}

impl Platform {
    const ALL: [Platform; 6] =
        [Platform::Sensor, Platform::BinarySensor, Platform::TextSensor, Platform::Number, Platform::Select, Platform::Switch];

    fn key(self) -> &'static str {
        match self {
            Platform::Sensor => "sensor",
            Platform::BinarySensor => "binary_sensor",
            Platform::TextSensor => "text_sensor",
            Platform::Number => "number",
            Platform::Select => "select",
            Platform::Switch => "switch",
        }
    }
}

/// One entity: `text` its `key: value` lines (values already YAML) as the file
/// has them, `extra` nested YAML (filters, options, a lambda) to indent under it.
struct Entity {
    platform: Platform,
    /// `modbus_controller` entities read registers; a template entity does not.
    reads: Option<Read>,
    text: String,
    extra: String,
}

impl Entity {
    fn new(platform: Platform, reads: Option<Read>, fields: &[(&str, &str)]) -> Entity {
        let mut e = Entity { platform, reads, text: String::with_capacity(300), extra: String::new() };
        for &(key, value) in fields {
            e.field((key, value));
        }
        e
    }

    /// Adds `key: value`; the first field opens the list item.
    fn field<V: std::fmt::Display>(&mut self, (key, value): (&str, V)) {
        self.text.push_str(if self.text.is_empty() { "  - " } else { "    " });
        self.text.push_str(key);
        self.text.push_str(": ");
        let _ = write!(self.text, "{value}");
        self.text.push('\n');
    }
}

#[derive(Clone, Copy)]
struct Read {
    unit_id: u8,
    table: Table,
    address: u16,
    span: u16,
}

/// `coil`, `discrete_input`, `holding`, `read`: ESPHome's names of the four tables.
fn register_type(table: Table) -> &'static str {
    match table {
        Table::Coil => "coil",
        Table::Discrete => "discrete_input",
        Table::Holding => "holding",
        Table::Input => "read",
    }
}

/// A YAML number as ESPHome reads it (a float or an int).
fn number(x: f64) -> String {
    crate::format::format_number(x)
}

/// ESPHome's `value_type` of a number register, or why it has none.
fn value_type(r: &Register) -> Result<&'static str, String> {
    let low_first = r.word_order == ir::WordOrder::LowFirst;
    let pick = |high, low| if low_first { low } else { high };
    if r.byte_order == ir::ByteOrder::LowFirst && !matches!(r.data_type, DataType::Bool | DataType::String | DataType::Raw) {
        return Err("its bytes are swapped (`byte_order: low_first`): ESPHome's value types are big-endian in each word".to_owned());
    }
    Ok(match r.data_type {
        DataType::Bool | DataType::U8 | DataType::U16 => "U_WORD",
        DataType::I8 | DataType::I16 => "S_WORD",
        DataType::U32 => pick("U_DWORD", "U_DWORD_R"),
        DataType::I32 => pick("S_DWORD", "S_DWORD_R"),
        DataType::U64 => pick("U_QWORD", "U_QWORD_R"),
        DataType::I64 => pick("S_QWORD", "S_QWORD_R"),
        DataType::F32 => pick("FP32", "FP32_R"),
        DataType::F64 => return Err("ESPHome has no 64-bit float value type".to_owned()),
        DataType::String | DataType::Raw => return Err("not a number".to_owned()),
    })
}

struct Names {
    device: String,
    /// Entity names given so far, to keep each one distinct.
    taken: HashSet<String>,
}

impl Names {
    /// A C++ identifier (ESPHome's `id`): the device name keeps it clear of C++ keywords.
    fn id(&self, parts: &[&str]) -> String {
        let mut id = self.device.clone();
        for part in parts {
            id.push('_');
            id.extend(part.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '_' }));
        }
        id
    }

    /// What a person reads: the label (or the name), with the instance for repeated
    /// blocks; the qualified name is added where two would read the same.
    fn name(&mut self, r: &Register, suffix: Option<&str>) -> String {
        // Built in one string: a large spec names tens of thousands of entities.
        let mut name = String::with_capacity(64);
        if r.instance_index.is_some() {
            name.push_str(&r.instance);
            name.push(' ');
        }
        match &r.keys.label {
            Some(label) => name.push_str(label),
            None => {
                let mut chars = r.name.chars().map(|c| if c == '_' { ' ' } else { c });
                if let Some(first) = chars.next() {
                    name.extend(first.to_uppercase());
                    name.extend(chars);
                }
            }
        }
        if let Some(suffix) = suffix {
            name.push(' ');
            name.push_str(suffix);
        }
        if !self.taken.insert(name.clone()) {
            name = format!("{name} ({})", r.qualified_name);
            self.taken.insert(name.clone());
        }
        name
    }
}

/// The entities of one register, or why ESPHome cannot show it.
/// `partly` gets what of a shown register ESPHome cannot carry.
fn register_entities(device: &Device, r: &Register, names: &mut Names, partly: &mut Vec<String>) -> Result<Vec<Entity>, String> {
    if let Some(target) = &r.alias_of {
        return Err(format!("an alias of `{target}`, which has its own entity"));
    }
    if r.high_word.is_some() {
        return Err("its words are not adjacent (`high_word_at`): an ESPHome value is read from consecutive registers".to_owned());
    }
    if let Some(factor) = &r.scale_factor {
        return Err(format!("it is scaled by 10^`{factor}`, a register ESPHome cannot apply"));
    }
    let controller = format!("{}_unit_{}", device.name, r.unit_id);
    let read = Read { unit_id: r.unit_id, table: r.table, address: r.address, span: r.span() };
    let mut limit = |why: &str| partly.push(format!("`{}` ({} {}): {why}", r.qualified_name, r.table.as_str(), r.address));
    if r.access.writable() && r.keys.safety {
        limit("read only here: it is marked `safety`, and ESPHome has no opt-in for safety-relevant writes");
    }
    let writable = r.access.writable() && !r.keys.safety;
    let common = |platform: Platform, id: String, name: String| {
        let mut e = Entity::new(platform, Some(read), &[("platform", "modbus_controller"), ("modbus_controller_id", &controller), ("id", &id)]);
        e.field(("name", quoted(&name)));
        e.field(("address", r.address));
        e
    };
    let id = names.id(&[&r.ident]);
    let mut out = Vec::new();
    match (r.table, r.data_type) {
        (Table::Coil | Table::Discrete, _) => {
            let platform = if writable && r.table == Table::Coil { Platform::Switch } else { Platform::BinarySensor };
            let name = names.name(r, None);
            let mut e = common(platform, id, name);
            e.field(("register_type", register_type(r.table)));
            if platform == Platform::Switch && r.write_function == ir::WriteFunction::Multiple {
                e.field(("use_write_multiple", "true"));
            }
            out.push(e);
        }
        (_, DataType::String) => {
            let name = names.name(r, None);
            let mut e = common(Platform::TextSensor, id, name);
            e.field(("register_type", register_type(r.table)));
            e.field(("register_count", r.width));
            e.field(("response_size", u32::from(r.length)));
            e.field(("raw_encode", "NONE"));
            out.push(e);
        }
        (_, DataType::Raw) => return Err("raw registers have no value ESPHome can show".to_owned()),
        (_, DataType::Bool) => {
            let platform = if writable && r.table == Table::Holding { Platform::Switch } else { Platform::BinarySensor };
            let name = names.name(r, None);
            let mut e = common(platform, id, name);
            e.field(("register_type", register_type(r.table)));
            // A switch writes its bitmask for on and 0 for off: 1 and 0, what the register holds.
            e.field(("bitmask", if platform == Platform::Switch { "0x1" } else { "0xFFFF" }));
            if platform == Platform::Switch && r.write_function == ir::WriteFunction::Multiple {
                e.field(("use_write_multiple", "true"));
            }
            out.push(e);
        }
        _ if !device.bits(r).is_empty() => {
            // Named bits: read only. ESPHome's switch on a holding register writes the
            // whole register (the mask or 0), which would clear the other bits.
            let value_type = value_type(r)?;
            if !r.sentinels.is_empty() {
                limit("its not-available value is not filtered: ESPHome's bit entities show the bits of whatever the register holds");
            }
            for bit in device.bits(r) {
                let mask = ((1u64 << bit.width) - 1) << bit.lsb;
                let bit_id = names.id(&[&r.ident, &bit.ident]);
                let name = names.name(r, Some(&bit.name.replace('_', " ")));
                let platform = if bit.width == 1 { Platform::BinarySensor } else { Platform::Sensor };
                let mut e = common(platform, bit_id, name);
                e.field(("register_type", register_type(r.table)));
                if platform == Platform::Sensor {
                    e.field(("value_type", value_type));
                    e.field(("accuracy_decimals", "0"));
                }
                e.field(("bitmask", format!("0x{mask:X}")));
                out.push(e);
            }
        }
        _ if r.enumeration.is_some() => {
            let value_type = value_type(r)?;
            let values = device.values(r);
            let float = matches!(r.data_type, DataType::F32 | DataType::F64);
            if writable && float {
                limit("read only here: ESPHome's select has no float value type");
            }
            if writable && r.table == Table::Holding && !float {
                let name = names.name(r, None);
                let mut e = common(Platform::Select, id, name);
                e.field(("value_type", value_type));
                if r.write_function == ir::WriteFunction::Multiple {
                    e.field(("use_write_multiple", "true"));
                }
                // A name several raw values share is an option once, written as its first raw value.
                let mut seen = BTreeSet::new();
                e.extra.push_str("optionsmap:\n");
                for v in values {
                    if seen.insert(v.name.as_str()) {
                        let _ = writeln!(e.extra, "  {}: {}", quoted(&v.name), v.raw);
                    } else {
                        limit(&format!("raw {} also means `{}`: ESPHome's select shows it as no option", v.raw, v.name));
                    }
                }
                out.push(e);
            } else {
                // The raw value, and its name beside it.
                let name = names.name(r, Some("raw"));
                let mut raw = common(Platform::Sensor, id.clone(), name);
                raw.field(("register_type", register_type(r.table)));
                raw.field(("value_type", value_type));
                raw.field(("accuracy_decimals", "0"));
                raw.extra = sentinel_filters(r);
                out.push(raw);
                let mut lambda = format!("lambda: |-\n  switch ((long long) id({id}).state) {{\n");
                for v in values {
                    let _ = writeln!(lambda, "    case {}: return {{{}}};", v.raw, quoted(&v.name));
                }
                lambda.push_str("    default: return {};\n  }\n");
                let name = names.name(r, None);
                let mut text = Entity::new(Platform::TextSensor, None, &[("platform", "template"), ("id", &names.id(&[&r.ident, "name"]))]);
                text.field(("name", quoted(&name)));
                text.field(("update_interval", "${update_interval}"));
                text.extra = lambda;
                out.push(text);
            }
        }
        _ => {
            let value_type = value_type(r)?;
            let scaled = modbus_map_core::codec::is_scaled(r.scale, r.offset);
            let decimals = crate::format::decimals(r.scale, r.offset, matches!(r.data_type, DataType::F32 | DataType::F64));
            let as_number = writable && r.table == Table::Holding && r.offset == 0.0;
            if writable && r.table == Table::Holding && r.offset != 0.0 {
                limit("read only here: ESPHome's number scales writes by `multiply` and has no offset");
            }
            if r.data_type == DataType::I8 {
                limit("an i8 stored zero-extended in its word reads as 128…255 for negative values (ESPHome's S_WORD sign-extends 16 bits)");
            }
            let name = names.name(r, None);
            let mut e = common(if as_number { Platform::Number } else { Platform::Sensor }, id, name);
            if !as_number {
                e.field(("register_type", register_type(r.table)));
            }
            e.field(("value_type", value_type));
            if let Some(unit) = &r.keys.unit {
                e.field(("unit_of_measurement", quoted(unit)));
            }
            if as_number {
                // The number divides what it reads by `multiply` and multiplies what it writes.
                let (lo, hi) = crate::format::engineering_range(r.data_type, r.scale, r.offset).unwrap_or((f64::MIN, f64::MAX));
                let limit = 16_777_215.0;
                e.field(("min_value", number(r.min.unwrap_or(lo).max(-limit))));
                e.field(("max_value", number(r.max.unwrap_or(hi).min(limit))));
                e.field(("step", number(if scaled { r.scale.abs() } else if decimals > 0 { 10f64.powi(-(decimals as i32)) } else { 1.0 })));
                if scaled {
                    e.field(("multiply", number(1.0 / r.scale)));
                }
                if r.write_function == ir::WriteFunction::Multiple {
                    e.field(("use_write_multiple", "true"));
                }
            } else {
                if let Some((class, state)) = r.keys.unit.as_deref().and_then(crate::format::unit_classes) {
                    e.field(("device_class", class));
                    e.field(("state_class", state));
                }
                e.field(("accuracy_decimals", decimals));
                let mut filters = sentinel_filters(r).strip_prefix("filters:\n").unwrap_or_default().to_owned();
                if r.scale != 1.0 {
                    let _ = writeln!(filters, "  - multiply: {}", number(r.scale));
                }
                if r.offset != 0.0 {
                    let _ = writeln!(filters, "  - offset: {}", number(r.offset));
                }
                let (pmin, pmax) = (r.keys.plausible_min, r.keys.plausible_max);
                if pmin.is_some() || pmax.is_some() {
                    filters.push_str("  - clamp:\n");
                    if let Some(min) = pmin {
                        let _ = writeln!(filters, "      min_value: {}", number(min));
                    }
                    if let Some(max) = pmax {
                        let _ = writeln!(filters, "      max_value: {}", number(max));
                    }
                    filters.push_str("      ignore_out_of_range: true\n");
                }
                if !filters.is_empty() {
                    e.extra = format!("filters:\n{filters}");
                }
            }
            out.push(e);
        }
    }
    Ok(out)
}

/// `filters:` dropping the raw not-available values (before any scaling), or nothing.
/// A NaN sentinel needs no filter: ESPHome shows a NaN reading as unknown.
fn sentinel_filters(r: &Register) -> String {
    let mut text = String::new();
    for sentinel in r.sentinels.iter().filter_map(|&bits| crate::format::sentinel_value(r.data_type, bits, 1.0, 0.0)) {
        let _ = writeln!(text, "  - filter_out: {}", number(sentinel));
    }
    if text.is_empty() { text } else { format!("filters:\n{text}") }
}

/// Marks the entities that begin a planned request right after another entity's
/// last address: ESPHome would otherwise read both in one request.
fn force_new_ranges(device: &DeviceView<'_>, entities: &mut [Entity]) -> Result<(), Error> {
    let starts: HashSet<(u8, &'static str, u16)> = device
        .read_plan("esphome")?
        .iter()
        .map(|req| (req.unit_id, req.table, req.address))
        .collect();
    let ends: HashSet<(u8, &'static str, u16)> = entities
        .iter()
        .filter_map(|e| e.reads)
        .map(|r| (r.unit_id, r.table.as_str(), r.address.wrapping_add(r.span)))
        .collect();
    for e in entities.iter_mut() {
        if let Some(r) = e.reads {
            let key = (r.unit_id, r.table.as_str(), r.address);
            if starts.contains(&key) && ends.contains(&key) {
                e.field(("force_new_range", "true"));
            }
        }
    }
    Ok(())
}

fn push_entity(out: &mut String, e: &Entity) {
    out.push_str(&e.text);
    for line in e.extra.lines() {
        out.push_str("    ");
        out.push_str(line);
        out.push('\n');
    }
}

fn generate(device: &DeviceView<'_>, options: &Options) -> Result<String, Error> {
    let mut names = Names { device: device.name.clone(), taken: HashSet::new() };
    let mut entities = Vec::new();
    let (mut left_out, mut partly) = (Vec::new(), Vec::new());
    for r in &device.registers {
        match register_entities(device, r, &mut names, &mut partly) {
            Ok(list) => entities.extend(list),
            Err(why) => left_out.push(format!("`{}` ({} {}): {why}", r.qualified_name, r.table.as_str(), r.address)),
        }
    }
    force_new_ranges(device, &mut entities)?;
    let mut by_platform: BTreeMap<Platform, String> = BTreeMap::new();
    for e in &entities {
        push_entity(by_platform.entry(e.platform).or_default(), e);
    }
    let unit_ids: BTreeSet<u8> = std::iter::once(device.unit_id).chain(device.blocks.iter().map(|b| b.unit_id)).collect();
    let mut notes = Vec::new();
    if device.values_per_read.is_some_and(|n| n > 1) {
        notes.push(format!(
            "the device wants exactly {} values per request (`values_per_read`); ESPHome sizes its requests itself",
            device.values_per_read.unwrap_or_default()
        ));
    }
    let context = minijinja::context! {
        header => header_lines(device, options),
        device => super::DeviceFacts(device),
        node_name => device.name.replace('_', "-"),
        comment => quoted(device.title.as_deref().unwrap_or(&device.name)),
        controllers => unit_ids.iter().map(|u| minijinja::context! { id => format!("{}_unit_{u}", device.name), address => u }).collect::<Vec<_>>(),
    };
    // The entities are appended here, not rendered by the template: passing a large
    // spec's megabytes of entities through the template and its tidying was most of
    // this generator's cost.
    let mut out = super::render("esphome", &device.name, "esphome.yaml", TEMPLATE, context, 1)?;
    for platform in Platform::ALL {
        if let Some(body) = by_platform.get(&platform) {
            let _ = write!(out, "\n{}:\n{body}", platform.key());
        }
    }
    if !(notes.is_empty() && partly.is_empty() && left_out.is_empty()) {
        out.push_str("\n# What this file does not carry of the spec:\n");
        for line in &notes {
            let _ = writeln!(out, "# - {line}");
        }
        for (heading, lines) in [("Shown, but not all of it:", &partly), ("Left out (no entity):", &left_out)] {
            if !lines.is_empty() {
                let _ = writeln!(out, "# {heading}");
                for line in lines {
                    let _ = writeln!(out, "# - {line}");
                }
            }
        }
    }
    Ok(out)
}
