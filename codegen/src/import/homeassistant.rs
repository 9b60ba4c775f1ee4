//! Home Assistant's modbus integration YAML → a spec.
//!
//! Reads a package or configuration with a top-level `modbus:` list (or a file
//! holding just that list, as `modbus: !include modbus.yaml` includes it): one
//! hub becomes one device. `sensors`, `binary_sensors` and `switches` become
//! registers; `climates`, `covers`, `fans` and `lights` are reported, not
//! guessed. The `template:` entities the generator writes beside raw sensors
//! give back enumeration names and named bits; other templates are reported.
//! docs/import.md has the field-by-field table.

use super::yaml::{Kind, Node};
use super::{Collector, Entity, Failed, Imported, Options, NOT_IMPORTED, UNSUPPORTED};
use crate::diagnostics::{Diagnostic, Sources};
use crate::generate::homeassistant::slug;
use crate::ir::Origin;
use crate::spec::{EnumSpec, Spanned};
use modbus_map_core::Table;
use std::collections::BTreeMap;
use std::path::Path;

/// Hub keys that say how to reach the device, not what it holds.
const CONNECTION: &[&str] = &[
    "name", "type", "host", "port", "baudrate", "bytesize", "method", "parity", "stopbits", "timeout", "delay",
    "message_wait_milliseconds", "retries", "retry_on_empty", "close_comm_on_error", "handle_local_echo",
];
/// Entity lists the spec has no model of: each entity is reported.
const OTHER_PLATFORMS: &[&str] = &["climates", "covers", "fans", "lights"];

pub fn import(path: &Path, options: &Options) -> Result<Imported, Failed> {
    let file = path.to_string_lossy().into_owned();
    let text = super::read_text(path)
        .map_err(|e| Failed::at(Diagnostic::error("import-read", e, Origin { file: file.clone(), line: 0, column: 0 }), Sources::new()))?;
    import_str(&text, &file, options)
}

pub fn import_str(text: &str, file: &str, options: &Options) -> Result<Imported, Failed> {
    let root = super::parse_yaml(file, text).map_err(|d| Failed::at(*d, Sources::single(file, text)))?;
    let mut c = Collector::new(file, text);
    let mut templates = None;
    // `modbus: !include modbus.yaml`: the hubs are in that file, beside this one.
    let included = match root.get("modbus") {
        Some(m) if m.tag.as_deref() == Some("include") => {
            let path = Path::new(file).parent().unwrap_or(Path::new("")).join(m.as_str().unwrap_or_default());
            let shown = path.to_string_lossy().into_owned();
            let text = super::read_text(&path).map_err(|e| Failed::at(Diagnostic::error("import-read", e, c.origin(file, m)), c.sources.clone()))?;
            c.sources.add(&shown, &text);
            let node = super::parse_yaml(&shown, &text).map_err(|d| Failed::at(*d, c.sources.clone()))?;
            Some((shown, node))
        }
        _ => None,
    };
    let hub_file = included.as_ref().map_or(file.to_owned(), |(f, _)| f.clone());
    let hubs: Vec<&Node> = match &root.kind {
        Kind::Seq(items) => items.iter().collect(),
        Kind::Map(pairs) if root.get("modbus").is_some() => {
            for (k, v) in pairs {
                match k.as_str() {
                    Some("modbus") => {}
                    Some("template") => templates = Some(v),
                    Some(other) => {
                        let origin = c.origin(file, k);
                        c.warn(
                            NOT_IMPORTED,
                            origin,
                            "",
                            format!("`{other}:` is not part of the modbus integration: not imported"),
                            "automations, helpers and other integrations stay in Home Assistant",
                        );
                    }
                    None => {}
                }
            }
            let modbus = included.as_ref().map_or_else(|| root.get("modbus").expect("just matched"), |(_, n)| n);
            match &modbus.kind {
                Kind::Seq(items) => items.iter().collect(),
                Kind::Map(_) => vec![modbus],
                _ => Vec::new(),
            }
        }
        Kind::Map(_) if root.get("name").is_some() => vec![&root],
        _ => Vec::new(),
    };
    if hubs.is_empty() {
        let origin = c.origin(file, &root);
        c.error(origin, "no modbus hub: expected a top-level `modbus:` list, or the list itself".into(), "point at the package or the file `modbus: !include` names");
        return Err(Failed { diagnostics: c.report, sources: c.sources });
    }
    let names: Vec<String> = hubs.iter().map(|h| h.get("name").and_then(Node::as_str).unwrap_or("modbus_hub").to_owned()).collect();
    let hub = match (&options.hub, hubs.len()) {
        (None, 1) => hubs[0],
        (Some(wanted), _) => match names.iter().position(|n| n == wanted) {
            Some(i) => hubs[i],
            None => {
                let origin = c.origin(file, &root);
                c.error(origin, format!("no hub named `{wanted}`; the file has {}", quoted_list(&names)), "pass one of those to --hub");
                return Err(Failed { diagnostics: c.report, sources: c.sources });
            }
        },
        (None, _) => {
            let origin = c.origin(file, hubs[1]);
            c.error(origin, format!("{} hubs ({}): a spec describes one device", hubs.len(), quoted_list(&names)), "pass --hub NAME to choose one");
            return Err(Failed { diagnostics: c.report, sources: c.sources });
        }
    };
    let hub_name = hub.get("name").and_then(Node::as_str).unwrap_or("modbus_hub").to_owned();
    let device = options.name.clone().unwrap_or_else(|| super::register_name(&hub_name));
    c.device.name = Spanned::bare(device.clone());
    c.device.title = Some(Spanned::bare(hub_name.clone()));
    c.header.push(format!("Imported from {file} (Home Assistant hub `{hub_name}`) by `cargo xtask import --from homeassistant`."));
    c.header.push("Review the comments: they are the choices the import made. `cargo xtask lint` checks the result.".into());
    c.header.push("A sensor only reads: registers no switch writes are `access: r`; make them `rw` where the device accepts writes.".into());
    let mut reader = Reader { c, file: hub_file, device, by_slug: BTreeMap::new() };
    reader.hub(hub);
    if let Some(t) = templates {
        reader.file = file.to_owned();
        reader.templates(t);
    }
    let Reader { c, .. } = reader;
    let out = format!("specs/{}.yaml", c.device.name.value);
    c.finish(&out)
}

fn quoted_list(names: &[String]) -> String {
    names.iter().map(|n| format!("`{n}`")).collect::<Vec<_>>().join(", ")
}

struct Reader {
    c: Collector,
    file: String,
    device: String,
    /// `sensor.<slug>` → the entity's index, for templates that read it.
    by_slug: BTreeMap<String, usize>,
}

/// The value of a key as the entity's field, with its position.
struct Field<'n> {
    key: &'n Node,
    value: &'n Node,
}

impl Reader {
    fn origin(&self, node: &Node) -> Origin {
        self.c.origin(&self.file, node)
    }

    fn hub(&mut self, hub: &Node) {
        let Some(pairs) = hub.as_map() else {
            let o = self.origin(hub);
            return self.c.error(o, format!("a hub is a mapping, not {}", hub.kind_name()), "write `- name: hub` and its keys");
        };
        let mut connection = Vec::new();
        for (k, v) in pairs {
            let key = k.as_str().unwrap_or_default();
            match key {
                "sensors" | "binary_sensors" | "switches" => {
                    for entity in v.as_seq().unwrap_or(&[]) {
                        self.entity(key, entity);
                    }
                }
                _ if OTHER_PLATFORMS.contains(&key) => {
                    for entity in v.as_seq().unwrap_or(&[]) {
                        let name = entity.get("name").and_then(Node::as_str).unwrap_or("?").to_owned();
                        let o = self.origin(entity);
                        self.c.warn(
                            UNSUPPORTED,
                            o,
                            &name,
                            format!("`{key}` entities combine several registers into one control: not imported"),
                            "add the registers it reads and writes (e.g. a climate's target_temp_register) to the spec by hand",
                        );
                    }
                }
                _ if CONNECTION.contains(&key) => connection.push(key.to_owned()),
                _ => {
                    let o = self.origin(k);
                    self.c.warn(UNSUPPORTED, o, "", format!("hub key `{key}` has no spec key: not imported"), "keep it in the Home Assistant configuration");
                }
            }
        }
        if !connection.is_empty() {
            let o = self.origin(hub);
            self.c.warn(
                NOT_IMPORTED,
                o,
                "",
                format!("connection settings ({}) belong to the installation, not the register map: not imported", connection.join(", ")),
                "the generated package has host/port (and the serial settings) to fill in again",
            );
        }
    }

    fn fields<'n>(&self, entity: &'n Node) -> Vec<Field<'n>> {
        entity.as_map().unwrap_or(&[]).iter().map(|(k, v)| Field { key: k, value: v }).collect()
    }

    /// A field's value as an integer, or a warning.
    fn int(&mut self, f: &Field<'_>, entity: &str) -> Option<i64> {
        if let Some(tag) = &f.value.tag {
            let o = self.origin(f.value);
            self.c.warn_grouped(
                UNSUPPORTED,
                o,
                entity,
                format!("`{}: !{tag} …` cannot be resolved by an import: the default is used", f.key.as_str().unwrap_or_default()),
                "write the value into the spec (an installation's secret is not part of the device map)",
            );
            return None;
        }
        let v = f.value.as_int();
        if v.is_none() {
            let o = self.origin(f.value);
            self.c.error(o, format!("`{}` of `{entity}` must be an integer", f.key.as_str().unwrap_or_default()), "write a number");
        }
        v
    }

    fn number(&mut self, f: &Field<'_>, entity: &str) -> Option<f64> {
        let v = f.value.as_f64();
        if v.is_none() {
            let o = self.origin(f.value);
            self.c.error(o, format!("`{}` of `{entity}` must be a number", f.key.as_str().unwrap_or_default()), "write a number");
        }
        v
    }

    fn entity(&mut self, list: &str, node: &Node) {
        let origin = self.origin(node);
        if node.as_map().is_none() {
            return self.c.error(origin, format!("an entry of `{list}` is a mapping, not {}", node.kind_name()), "write `- name: …` and its keys");
        }
        let source_name = node.get("name").and_then(Node::as_str).unwrap_or("").to_owned();
        let unique_id = node.get("unique_id").and_then(Node::as_str).map(str::to_owned);
        let (block, name) = self.names(&source_name, unique_id.as_deref());
        let mut unit: Option<i64> = None;
        let mut address: Option<i64> = None;
        let mut table = match list {
            "binary_sensors" => Table::Coil,
            _ => Table::Holding,
        };
        let mut e = Entity::new(origin.clone(), &source_name, name, 1, table, 0);
        e.block = block;
        if !source_name.is_empty() && !is_generated_name(&source_name, &self.device) && super::register_name(&source_name) != e.name {
            e.register.label = Some(Spanned::bare(source_name.clone()));
        }
        let (mut data_type, mut count, mut swap) = (None::<(String, &Node)>, None::<i64>, None::<(String, &Node)>);
        let (mut command_on, mut command_off) = (1, 0);
        let mut precision = None;
        let mut structure = None::<String>;
        let mut classes: Vec<(&str, String, &Node)> = Vec::new();
        for f in self.fields(node) {
            let key = f.key.as_str().unwrap_or_default();
            let text = f.value.as_str().unwrap_or_default().to_owned();
            match (list, key) {
                (_, "name" | "unique_id") => {}
                (_, "slave" | "device_address") => unit = self.int(&f, &source_name),
                (_, "address") => address = self.int(&f, &source_name),
                ("sensors", "input_type") | ("binary_sensors", "input_type") => match text.as_str() {
                    "holding" => table = Table::Holding,
                    "input" => table = Table::Input,
                    "coil" if list == "binary_sensors" => table = Table::Coil,
                    "discrete_input" if list == "binary_sensors" => table = Table::Discrete,
                    other => {
                        let o = self.origin(f.value);
                        self.c.error(o, format!("`input_type: {other}` of `{source_name}` is not one Home Assistant knows"), "use holding, input (sensors) or coil, discrete_input (binary sensors)");
                    }
                },
                ("switches", "write_type") => match text.as_str() {
                    "holding" => table = Table::Holding,
                    "holdings" => {
                        table = Table::Holding;
                        e.register.write_function = Some(Spanned::bare("multiple".into()));
                    }
                    "coil" => table = Table::Coil,
                    "coils" => {
                        table = Table::Coil;
                        e.register.write_function = Some(Spanned::bare("multiple".into()));
                    }
                    other => {
                        let o = self.origin(f.value);
                        self.c.error(o, format!("`write_type: {other}` of `{source_name}` is not one Home Assistant knows"), "use holding, holdings, coil or coils");
                    }
                },
                ("switches", "command_on") => command_on = self.int(&f, &source_name).unwrap_or(1),
                ("switches", "command_off") => command_off = self.int(&f, &source_name).unwrap_or(0),
                ("switches", "verify") => self.verify(&f, &source_name, address),
                ("sensors", "data_type") => data_type = Some((text, f.value)),
                ("sensors", "count") => count = self.int(&f, &source_name),
                ("sensors", "structure") => structure = Some(text),
                ("sensors", "swap") => swap = Some((text, f.value)),
                ("sensors", "scale") => {
                    if let Some(v) = self.number(&f, &source_name).filter(|v| *v != 1.0) {
                        e.register.scale = Some(Spanned::bare(crate::spec::Value::Float(v)));
                    }
                }
                ("sensors", "offset") => {
                    if let Some(v) = self.number(&f, &source_name).filter(|v| *v != 0.0) {
                        e.register.offset = Some(Spanned::bare(crate::spec::Value::Float(v)));
                    }
                }
                ("sensors", "precision") => precision = Some(f),
                ("sensors", "unit_of_measurement") => {
                    if !text.is_empty() {
                        e.register.unit = Some(Spanned::bare(text));
                    }
                }
                (_, "device_class" | "state_class") => classes.push((key, text, f.value)),
                ("sensors", "nan_value") => match f.value.as_int() {
                    Some(v) => e.register.sentinel.push(Spanned::bare(v.to_string())),
                    None => {
                        let o = self.origin(f.value);
                        self.c.warn(UNSUPPORTED, o, &source_name, format!("`nan_value: {text}` is not an integer raw value: not imported"), "write the raw sentinel into the spec's `sentinel`");
                    }
                },
                ("sensors", "min_value") => e.register.plausible_min = self.number(&f, &source_name).map(|v| Spanned::bare(crate::spec::Value::Float(v))),
                ("sensors", "max_value") => e.register.plausible_max = self.number(&f, &source_name).map(|v| Spanned::bare(crate::spec::Value::Float(v))),
                (_, "scan_interval") => {
                    let o = self.origin(f.value);
                    self.c.warn_grouped(
                        NOT_IMPORTED,
                        o,
                        &source_name,
                        format!("`scan_interval: {text}` is how often this installation polls, not a fact of the device: not imported"),
                        "the generated package sets scan_interval again (one value, at its first entity)",
                    );
                }
                _ => {
                    let o = self.origin(f.key);
                    self.c.warn(UNSUPPORTED, o, &source_name, format!("`{key}` has no spec key: not imported"), "describe it in the register's `description` if it matters");
                }
            }
        }
        let Some(address) = address else {
            return self.c.error(origin, format!("`{source_name}` has no `address`"), "every modbus entity needs one");
        };
        let Ok(address) = u16::try_from(address) else {
            return self.c.error(origin, format!("address {address} of `{source_name}` is outside 0..=65535"), "Modbus addresses are 16-bit");
        };
        e.address = address;
        e.table = table;
        match unit {
            Some(u) if (1..=247).contains(&u) => e.unit_id = u as u8,
            Some(u) if u != 0 => self.c.error(origin.clone(), format!("`slave: {u}` of `{source_name}` is not a unit id 1..=247"), "write the device's unit id"),
            // Home Assistant's default (and `0`, or a `!secret` it could not read) is unit id 0,
            // which a TCP device ignores; a spec needs one in 1..=247.
            _ => self.c.note_once("Entities without a readable `slave` (none, 0 or `!secret`) are unit_id 1 here: set the device's `unit_id` if it is another.".into()),
        }
        match list {
            "sensors" => self.sensor_type(&mut e, data_type, count, swap, structure.as_deref()),
            "binary_sensors" => {
                if matches!(table, Table::Holding | Table::Input) {
                    // Home Assistant shows bit 0 of the register.
                    e.bits.push((0, 1, e.name.clone()));
                    e.notes.push("a binary sensor of a register shows its bit 0".into());
                }
            }
            _ => {
                e.writes = true;
                if matches!(table, Table::Holding) {
                    e.register.data_type = Some(Spanned::bare("u16".into()));
                    // A switch knows two raw values and no names of its own.
                    e.register.values = vec![
                        EnumSpec { raw: Spanned::bare(command_off), name: Spanned::bare("off".into()) },
                        EnumSpec { raw: Spanned::bare(command_on), name: Spanned::bare("on".into()) },
                    ];
                    e.notes.push("a switch: its two raw values are named `off` and `on` here".into());
                }
            }
        }
        if let Some(f) = precision {
            self.precision(&e, &f);
        }
        self.classes(&e, classes);
        if !source_name.is_empty() {
            self.by_slug.insert(slug(&source_name), self.c.entities.len());
        }
        self.c.push(e);
    }

    /// `device.block.register` unique ids (what the generator writes) give the
    /// block and register; else the unique id's or name's words do.
    fn names(&self, name: &str, unique_id: Option<&str>) -> (Option<String>, String) {
        if let Some(id) = unique_id {
            if let Some((block, register)) = split_unique_id(id, &self.device) {
                return (Some(block), register);
            }
            let last = id.rsplit('.').next().unwrap_or(id);
            if !last.trim().is_empty() {
                return (None, super::register_name(last));
            }
        }
        (None, super::register_name(name))
    }

    fn sensor_type(&mut self, e: &mut Entity, data_type: Option<(String, &Node)>, count: Option<i64>, swap: Option<(String, &Node)>, structure: Option<&str>) {
        let (word, at) = data_type.map_or(("int16".to_owned(), None), |(t, n)| (t, Some(n)));
        let ty = match word.as_str() {
            "int16" | "int" => "i16",
            "uint16" | "uint" => "u16",
            "int32" => "i32",
            "uint32" => "u32",
            "float32" | "float" => "f32",
            "int64" => "i64",
            "uint64" => "u64",
            "float64" => "f64",
            "string" => "string",
            // One byte in the low half of one register: how the generator reads `u8` and `i8`.
            "custom" if count.unwrap_or(1) == 1 && structure == Some(">xB") => "u8",
            "custom" if count.unwrap_or(1) == 1 && structure == Some(">xb") => "i8",
            "int8" | "uint8" | "float16" | "custom" => {
                let node = at.expect("a data_type other than the default was written");
                let o = self.origin(node);
                self.c.warn(
                    UNSUPPORTED,
                    o,
                    &e.source_name,
                    format!("`data_type: {word}`{} has no spec type: imported as `raw` registers", structure.map(|s| format!(" with `structure: {s}`")).unwrap_or_default()),
                    "split a `custom` structure into one register per value, or give the register its type by hand",
                );
                e.register.length = Some(Spanned::bare(count.unwrap_or(1).max(1)));
                "raw"
            }
            other => {
                let o = at.map_or(e.origin.clone(), |n| self.origin(n));
                self.c.error(o, format!("`data_type: {other}` of `{}` is not one Home Assistant knows", e.source_name), "use int16, uint16, int32, uint32, float32, int64, uint64, float64 or string");
                "u16"
            }
        };
        if at.is_none() {
            e.notes.push("no `data_type`: Home Assistant's default int16".into());
        }
        e.register.data_type = Some(Spanned::bare(ty.to_owned()));
        if ty == "string" {
            e.register.length = Some(Spanned::bare(count.unwrap_or(1).max(1) * 2));
        }
        if let Some((swap, node)) = swap {
            let wide = matches!(ty, "i32" | "u32" | "f32" | "i64" | "u64" | "f64");
            let (words, bytes) = match swap.as_str() {
                "none" => (false, false),
                "word" => (true, false),
                "byte" => (false, true),
                "word_byte" => (true, true),
                other => {
                    let o = self.origin(node);
                    self.c.error(o, format!("`swap: {other}` of `{}` is not one Home Assistant knows", e.source_name), "use none, byte, word or word_byte");
                    (false, false)
                }
            };
            if words && !wide {
                let o = self.origin(node);
                self.c.warn(UNSUPPORTED, o, &e.source_name, format!("`swap: {swap}` swaps words of a one-register value: the word swap is ignored"), "remove it, or give the register a 32-bit type");
            }
            if words && wide {
                e.register.word_order = Some(Spanned::bare("low_first".into()));
            }
            if bytes {
                e.register.byte_order = Some(Spanned::bare("low_first".into()));
            }
        }
    }

    /// `precision` is derived from the scale in a spec; another one is reported.
    fn precision(&mut self, e: &Entity, f: &Field<'_>) {
        let scale = e.register.scale.as_ref().and_then(|s| s.value.as_number()).unwrap_or(1.0);
        let offset = e.register.offset.as_ref().and_then(|s| s.value.as_number()).unwrap_or(0.0);
        let float = e.register.data_type.as_ref().is_some_and(|t| t.value.starts_with('f'));
        let derived = crate::format::decimals(scale, offset, float);
        let given = f.value.as_f64();
        if given.is_some_and(|p| p.fract() == 0.0 && p as u32 == derived) {
            return;
        }
        let o = self.origin(f.value);
        self.c.warn_grouped(
            UNSUPPORTED,
            o,
            &e.source_name,
            format!("`precision: {}` differs from the {derived} decimals the scale gives; a spec derives them: not imported", f.value.as_str().unwrap_or_default()),
            "the generated package shows the scale's decimals",
        );
    }

    /// `device_class`/`state_class` follow from the unit in a spec; a class the
    /// unit does not give is reported.
    fn classes(&mut self, e: &Entity, classes: Vec<(&str, String, &Node)>) {
        let unit = e.register.unit.as_ref().map(|u| u.value.as_str()).unwrap_or("");
        let derived = crate::format::unit_classes(unit);
        for (key, value, node) in classes {
            let same = match (key, derived) {
                ("device_class", Some((d, _))) => d == value,
                ("state_class", Some((_, s))) => s == value || value == "measurement",
                _ => false,
            };
            if !same {
                let o = self.origin(node);
                self.c.warn_grouped(
                    UNSUPPORTED,
                    o,
                    &e.source_name,
                    format!("`{key}: {value}` does not follow from the unit `{unit}`: not imported"),
                    "a spec derives the classes from `unit`; keep the class in a Home Assistant customization",
                );
            }
        }
    }

    /// `verify:` that reads back the written register is what the spec means by
    /// a readable switch; reading elsewhere is reported.
    fn verify(&mut self, f: &Field<'_>, entity: &str, address: Option<i64>) {
        let Some(pairs) = f.value.as_map() else { return };
        for (k, v) in pairs {
            let key = k.as_str().unwrap_or_default();
            let elsewhere = match key {
                "address" => v.as_int() != address && address.is_some(),
                "input_type" | "state_on" | "state_off" => false,
                _ => true,
            };
            if elsewhere {
                let o = self.origin(k);
                self.c.warn(UNSUPPORTED, o, entity, format!("`verify: {{{key}: …}}` reads the state from elsewhere or with a delay: not imported"), "the spec reads a switch back from its own register");
            }
        }
    }

    /// The generator's templates: enumeration names and named bits.
    fn templates(&mut self, node: &Node) {
        let lists: Vec<&Node> = match &node.kind {
            Kind::Seq(items) => items.iter().collect(),
            _ => vec![node],
        };
        for list in lists {
            for (k, v) in list.as_map().unwrap_or(&[]) {
                let domain = k.as_str().unwrap_or_default().to_owned();
                for t in v.as_seq().unwrap_or(&[]) {
                    self.template(&domain, t);
                }
            }
        }
    }

    fn template(&mut self, domain: &str, t: &Node) {
        let name = t.get("name").and_then(Node::as_str).unwrap_or("?").to_owned();
        let state = t.get("state").and_then(Node::as_str).unwrap_or_default();
        let unique_id = t.get("unique_id").and_then(Node::as_str).unwrap_or_default().to_owned();
        let origin = self.origin(t);
        if domain == "sensor" {
            if let Some((source, map)) = enum_template(state) {
                if let Some(&i) = self.by_slug.get(&source) {
                    let e = &mut self.c.entities[i];
                    e.register.values = map.into_iter().map(|(raw, n)| EnumSpec { raw: Spanned::bare(raw), name: Spanned::bare(n) }).collect();
                    if let Some((block, reg)) = split_unique_id(&unique_id, &self.device) {
                        e.block = Some(block);
                        e.name = reg;
                    }
                    return;
                }
            }
        }
        if domain == "sensor" {
            if let Some((source, lsb, width)) = bits_template(state) {
                if let Some(&i) = self.by_slug.get(&source) {
                    let bit_name = unique_id.rsplit('.').next().filter(|b| crate::ident::is_identifier(b)).map_or_else(|| super::register_name(&name), str::to_owned);
                    self.c.entities[i].register.bits.push(crate::spec::BitSpec {
                        key: Spanned::bare(super::bit_key(lsb, width)),
                        name: Spanned::bare(bit_name),
                    });
                    return;
                }
            }
            if let Some((raw, sf)) = scale_factor_template(state) {
                if let (Some(&i), Some(&j)) = (self.by_slug.get(&raw), self.by_slug.get(&sf)) {
                    let sf_name = self.c.entities[j].name.clone();
                    let sf_block = self.c.entities[j].block.clone();
                    let unit = t.get("unit_of_measurement").and_then(Node::as_str).map(str::to_owned);
                    let e = &mut self.c.entities[i];
                    let same_block = e.block == sf_block;
                    e.register.scale_factor = Some(Spanned::bare(match (same_block, sf_block) {
                        (false, Some(b)) => format!("{b}.{sf_name}"),
                        _ => sf_name,
                    }));
                    if let Some(u) = unit {
                        e.register.unit = Some(Spanned::bare(u));
                    }
                    if let Some((block, reg)) = split_unique_id(&unique_id, &self.device) {
                        e.block = Some(block);
                        e.name = reg;
                    }
                    return;
                }
            }
        }
        if domain == "binary_sensor" {
            if let Some((source, mask)) = bit_template(state) {
                if let Some(&i) = self.by_slug.get(&source) {
                    let bit_name = unique_id.rsplit('.').next().filter(|b| crate::ident::is_identifier(b)).map_or_else(|| super::register_name(&name), str::to_owned);
                    let (lsb, width) = (mask.trailing_zeros() as u8, 1);
                    let target = &mut self.c.entities[i];
                    target.register.bits.push(crate::spec::BitSpec {
                        key: Spanned::bare(super::bit_key(lsb, width)),
                        name: Spanned::bare(bit_name),
                    });
                    return;
                }
            }
        }
        self.c.warn(
            NOT_IMPORTED,
            origin,
            &name,
            format!("this `template: {domain}` entity computes its state in Jinja: not imported"),
            "enumeration names and bits are imported from the generator's own template forms only; add `values` or `bits` by hand",
        );
    }
}

/// The generator's person names start with the device's words (`Clivet control
/// setting temp ts`); a label adds nothing then.
fn is_generated_name(name: &str, device: &str) -> bool {
    name.to_ascii_lowercase().starts_with(&format!("{} ", device.replace('_', " ")))
}

/// `DEVICE.BLOCK.REGISTER[.raw|.BIT]`, the unique ids the generator writes → (block, register).
fn split_unique_id(id: &str, device: &str) -> Option<(String, String)> {
    let parts: Vec<&str> = id.split('.').collect();
    (parts.len() >= 3 && parts[0] == device && parts.iter().all(|p| crate::ident::is_identifier(p))).then(|| (parts[1].to_owned(), parts[2].to_owned()))
}

/// `{% set v = states('sensor.X') %}{{ {"1":"a",…}.get(v, v) }}` → (`X`, values).
fn enum_template(state: &str) -> Option<(String, Vec<(i64, String)>)> {
    let rest = state.strip_prefix("{% set v = states('sensor.")?;
    let (source, rest) = rest.split_once("') %}{{ ")?;
    let map = rest.strip_suffix(".get(v, v) }}")?;
    let parsed: BTreeMap<String, String> = serde_json::from_str(map).ok()?;
    let mut values: Vec<(i64, String)> = parsed.into_iter().filter_map(|(k, v)| Some((k.parse().ok()?, v))).collect();
    values.sort();
    Some((source.to_owned(), values))
}

/// `{{ states('sensor.X') | int | bitwise_and(M) > 0 }}` → (`X`, M) for a one-bit mask.
fn bit_template(state: &str) -> Option<(String, u32)> {
    let rest = state.strip_prefix("{{ states('sensor.")?;
    let (source, rest) = rest.split_once("') | int | bitwise_and(")?;
    let mask: u32 = rest.strip_suffix(") > 0 }}")?.parse().ok()?;
    (mask.count_ones() == 1).then(|| (source.to_owned(), mask))
}

/// `{{ ((states('sensor.X') | int) // D) | bitwise_and(M) }}` → (`X`, lsb, width) for D = 2^lsb.
fn bits_template(state: &str) -> Option<(String, u8, u8)> {
    let rest = state.strip_prefix("{{ ((states('sensor.")?;
    let (source, rest) = rest.split_once("') | int) // ")?;
    let (divisor, rest) = rest.split_once(") | bitwise_and(")?;
    let mask: u64 = rest.strip_suffix(") }}")?.parse().ok()?;
    let divisor: u64 = divisor.parse().ok()?;
    let (lsb, width) = (divisor.trailing_zeros(), mask.count_ones());
    (divisor.is_power_of_two() && mask == super::ones(width) && lsb + width <= 64).then(|| (source.to_owned(), lsb as u8, width as u8))
}

/// `{{ (states('sensor.RAW') | float * 10 ** (states('sensor.SF') | int)) | round(…) }}` → (`RAW`, `SF`).
fn scale_factor_template(state: &str) -> Option<(String, String)> {
    let rest = state.strip_prefix("{{ (states('sensor.")?;
    let (raw, rest) = rest.split_once("') | float * 10 ** (states('sensor.")?;
    let (sf, _) = rest.split_once("') | int))")?;
    Some((raw.to_owned(), sf.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_modbus_include_is_read_beside_the_configuration() {
        let dir = std::env::temp_dir().join(format!("modbus-map-ha-include-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("configuration.yaml"), "homeassistant:\n  name: Home\nmodbus: !include modbus.yaml\n").unwrap();
        std::fs::write(dir.join("modbus.yaml"), "- name: meter\n  type: tcp\n  host: 1.2.3.4\n  port: 502\n  sensors:\n    - {name: Power, slave: 1, address: 4, data_type: float32, unit_of_measurement: W, shout: 1}\n").unwrap();
        let imported = import(&dir.join("configuration.yaml"), &Options::default()).unwrap_or_else(|f| panic!("{}", f.render()));
        assert_eq!(imported.spec.device.name.value, "meter");
        let report = imported.report.render(&imported.sources);
        assert!(report.contains("modbus.yaml:6:87") && report.contains("`shout`"), "{report}");
        std::fs::remove_dir_all(&dir).ok();
    }

    #[test]
    fn generator_templates_read_back() {
        let (s, v) = enum_template("{% set v = states('sensor.a_b_raw') %}{{ {\"1\":\"x\",\"2\":\"y\"}.get(v, v) }}").unwrap();
        assert_eq!((s.as_str(), v), ("a_b_raw", vec![(1, "x".to_owned()), (2, "y".to_owned())]));
        assert_eq!(bit_template("{{ states('sensor.w') | int | bitwise_and(8) > 0 }}"), Some(("w".to_owned(), 8)));
        assert_eq!(bit_template("{{ states('sensor.w') | int | bitwise_and(12) > 0 }}"), None);
    }

    #[test]
    fn a_package_becomes_a_spec_and_every_unsupported_field_is_reported() {
        let text = "modbus:\n  - name: boiler\n    type: tcp\n    host: !secret ip\n    port: 502\n    sensors:\n      - name: Flow temp\n        slave: 3\n        address: 10\n        input_type: input\n        data_type: int16\n        scale: 0.1\n        precision: 1\n        unit_of_measurement: \"°C\"\n        zero_suppress: 5\n    binary_sensors:\n      - {name: Pump, slave: 3, address: 2, input_type: discrete_input}\n    switches:\n      - {name: Power, slave: 3, address: 0, write_type: coil}\n    climates:\n      - {name: Room, slave: 3, address: 5, target_temp_register: 6}\nautomation: []\n";
        let imported = import_str(text, "pkg.yaml", &Options::default()).unwrap_or_else(|f| panic!("{}", f.render()));
        let yaml = imported.to_yaml();
        assert!(yaml.contains("name: flow_temp"), "{yaml}");
        assert!(yaml.contains("unit_id: 3"), "{yaml}");
        let report = imported.report.render(&imported.sources);
        for expected in ["pkg.yaml:15:9", "zero_suppress", "entity `Room`", "`automation:`", "connection settings"] {
            assert!(report.contains(expected), "{expected} missing from\n{report}");
        }
        crate::load_str(&yaml, "boiler.yaml", crate::Format::Yaml).unwrap_or_else(|d| panic!("{}", d.render(&Sources::single("boiler.yaml", &yaml))));
    }
}
