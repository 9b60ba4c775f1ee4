//! An ESPHome configuration's `modbus_controller` entities → a spec.
//!
//! Reads the node's `substitutions` (and applies them), its `packages:` files
//! (`!include`, relative to the including file), every `modbus_controller` (one
//! unit id each) and the `modbus_controller` platform's `sensor`,
//! `binary_sensor`, `text_sensor`, `number`, `select` and `switch` entities.
//! Filters become scale, offset, sentinels and the plausible range; bitmasks
//! become named bits of one register. Lambdas are C++ and are reported, except
//! the generator's own `switch` of an enumeration's names. docs/import.md has
//! the field-by-field table.

use super::yaml::{Kind, Node};
use super::{Collector, Entity, Failed, Imported, Options, NOT_IMPORTED, UNSUPPORTED};
use crate::diagnostics::{Diagnostic, Sources};
use crate::ir::Origin;
use crate::spec::{EnumSpec, Spanned, Value};
use modbus_map_core::Table;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Entity lists the modbus_controller platform has.
const PLATFORMS: &[&str] = &["sensor", "binary_sensor", "text_sensor", "number", "select", "switch", "output"];
/// `packages:` nest; past this depth an include cycle is assumed.
const MAX_INCLUDE_DEPTH: usize = 8;

pub fn import(path: &Path, options: &Options) -> Result<Imported, Failed> {
    let file = path.to_string_lossy().into_owned();
    let text = super::read_text(path)
        .map_err(|e| Failed::at(Diagnostic::error("import-read", e, Origin { file: file.clone(), line: 0, column: 0 }), Sources::new()))?;
    let mut c = Collector::new(&file, &text);
    let root = super::parse_yaml(&file, &text).map_err(|d| Failed::at(*d, Sources::single(&file, &text)))?;
    let mut config = Config::default();
    collect(&mut c, &file, path, root, &mut config, 0);
    if c.report.has_errors() {
        return Err(Failed { diagnostics: c.report, sources: c.sources });
    }
    let node = config.substitutions.get("node_name").cloned().or(config.node_name.clone());
    let device = options.name.clone().unwrap_or_else(|| super::register_name(node.as_deref().unwrap_or("esphome_node")));
    c.device.name = Spanned::bare(device.clone());
    if let Some(comment) = &config.comment {
        c.device.title = Some(Spanned::bare(comment.clone()));
    }
    c.header.push(format!("Imported from {file} (ESPHome node `{}`) by `cargo xtask import --from esphome`.", node.as_deref().unwrap_or("?")));
    c.header.push("Review the comments: they are the choices the import made. `cargo xtask lint` checks the result.".into());
    c.header.push("A sensor only reads: registers no number, select or switch writes are `access: r`; make them `rw` where the device accepts writes.".into());
    let prefix = node.map(|n| format!("{}_", super::register_name(&n)));
    let mut reader = Reader { c, controllers: config.controllers.clone(), prefix, subs: config.substitutions.clone(), by_id: BTreeMap::new() };
    for (file, platform, entity) in &config.entities {
        reader.entity(file, platform, entity);
    }
    for (file, entity) in &config.templates {
        reader.template(file, entity);
    }
    let Reader { c, .. } = reader;
    let out = format!("specs/{}.yaml", c.device.name.value);
    c.finish(&out)
}

#[derive(Default)]
struct Config {
    substitutions: BTreeMap<String, String>,
    node_name: Option<String>,
    comment: Option<String>,
    /// Controller id → unit id.
    controllers: BTreeMap<String, u8>,
    /// `(file, platform, entity)` of every modbus_controller entity.
    entities: Vec<(String, String, Node)>,
    /// Template text sensors, for the generator's enumeration names.
    templates: Vec<(String, Node)>,
}

fn origin(file: &str, node: &Node) -> Origin {
    Origin { file: file.to_owned(), line: node.line, column: node.column }
}

/// Reads one file of the configuration (the node's own, or a package).
fn collect(c: &mut Collector, file: &str, path: &Path, root: Node, config: &mut Config, depth: usize) {
    let Some(pairs) = root.as_map() else {
        return c.error(origin(file, &root), format!("an ESPHome configuration is a mapping, not {}", root.kind_name()), "point at the node's YAML file");
    };
    let mut others = Vec::new();
    // Substitutions first: the rest of the file refers to them.
    if let Some(subs) = root.get("substitutions").and_then(Node::as_map) {
        for (k, v) in subs {
            if let (Some(k), Some(v)) = (k.as_str(), v.as_str()) {
                config.substitutions.entry(k.to_owned()).or_insert_with(|| v.to_owned());
            }
        }
    }
    for (k, v) in pairs {
        let key = k.as_str().unwrap_or_default();
        match key {
            "substitutions" => {}
            "esphome" => {
                config.node_name = config.node_name.take().or_else(|| v.get("name").and_then(Node::as_str).map(|s| substitute(s, &config.substitutions)));
                config.comment = config.comment.take().or_else(|| v.get("comment").and_then(Node::as_str).map(str::to_owned));
            }
            "packages" => packages(c, file, path, v, config, depth),
            "modbus_controller" => {
                let items: Vec<&Node> = match &v.kind {
                    Kind::Seq(items) => items.iter().collect(),
                    _ => vec![v],
                };
                for item in items {
                    let id = item.get("id").and_then(Node::as_str).unwrap_or("").to_owned();
                    let address = item.get("address").and_then(|a| subst_node(a, &config.substitutions).as_int());
                    match address {
                        Some(a) if (1..=247).contains(&a) => {
                            config.controllers.insert(id.clone(), a as u8);
                        }
                        _ => {
                            let at = item.get("address").unwrap_or(item);
                            c.error(origin(file, at), format!("modbus_controller `{id}` has no unit address 1..=247"), "write `address:` with the device's unit id");
                        }
                    }
                    for (ck, _) in item.as_map().unwrap_or(&[]) {
                        let ck = ck.as_str().unwrap_or_default();
                        if !matches!(ck, "id" | "address" | "modbus_id") {
                            c.warn_grouped(
                                NOT_IMPORTED,
                                origin(file, item),
                                &id,
                                format!("modbus_controller settings such as `{ck}` are the node's polling, not the register map: not imported"),
                                "keep them in the ESPHome configuration",
                            );
                        }
                    }
                }
            }
            _ if PLATFORMS.contains(&key) => {
                for item in v.as_seq().unwrap_or(&[]) {
                    match item.get("platform").and_then(Node::as_str) {
                        Some("modbus_controller") => config.entities.push((file.to_owned(), key.to_owned(), item.clone())),
                        Some("template") if key == "text_sensor" => config.templates.push((file.to_owned(), item.clone())),
                        Some(other) => c.warn_grouped(
                            NOT_IMPORTED,
                            origin(file, item),
                            item.get("name").and_then(Node::as_str).unwrap_or("?"),
                            format!("`{key}` entities of platform `{other}` do not read Modbus: not imported"),
                            "only `platform: modbus_controller` entities describe registers",
                        ),
                        None => {}
                    }
                }
            }
            _ => others.push(key.to_owned()),
        }
    }
    if !others.is_empty() {
        c.warn(
            NOT_IMPORTED,
            origin(file, &root),
            "",
            format!("sections {} are the node's, not the register map's: not imported", others.iter().map(|o| format!("`{o}`")).collect::<Vec<_>>().join(", ")),
            "the generated ESPHome file has its own uart/modbus sections with substitutions to set",
        );
    }
}

/// `packages:` of `!include FILE` entries; remote packages are reported.
fn packages(c: &mut Collector, file: &str, path: &Path, node: &Node, config: &mut Config, depth: usize) {
    for (name, package) in node.as_map().unwrap_or(&[]) {
        let name = name.as_str().unwrap_or_default();
        let at = origin(file, package);
        let included = match (&package.tag, package.as_str()) {
            (Some(tag), Some(p)) if tag == "include" => PathBuf::from(p),
            _ => {
                c.warn(UNSUPPORTED, at, name, "only `!include FILE` packages are read (not remote or inline ones): not imported".into(), "import the package's file on its own, or include it locally");
                continue;
            }
        };
        let full = path.parent().unwrap_or(Path::new(".")).join(&included);
        if depth >= MAX_INCLUDE_DEPTH {
            c.error(at, format!("packages nest deeper than {MAX_INCLUDE_DEPTH} (an include cycle?)"), "include each file once");
            continue;
        }
        let shown = full.to_string_lossy().into_owned();
        match super::read_text(&full) {
            Err(e) => c.warn(UNSUPPORTED, at, name, format!("{e}: the entities of package `{name}` are not imported"), "put the file beside the node's file, or remove the package"),
            Ok(text) => {
                c.sources.add(&shown, &text);
                match super::parse_yaml(&shown, &text) {
                    Ok(root) => collect(c, &shown, &full, root, config, depth + 1),
                    Err(d) => c.report.push(*d),
                }
            }
        }
    }
}

/// `${name}` and `$name` replaced by the substitution's value.
fn substitute(text: &str, subs: &BTreeMap<String, String>) -> String {
    if !text.contains('$') {
        return text.to_owned();
    }
    let mut out = text.to_owned();
    for (k, v) in subs {
        out = out.replace(&format!("${{{k}}}"), v);
    }
    for (k, v) in subs.iter().rev() {
        out = out.replace(&format!("${k}"), v);
    }
    out
}

fn subst_node(node: &Node, subs: &BTreeMap<String, String>) -> Node {
    match &node.kind {
        Kind::Scalar { text, plain } if text.contains('$') => Node { kind: Kind::Scalar { text: substitute(text, subs), plain: *plain }, ..node.clone() },
        _ => node.clone(),
    }
}

struct Reader {
    c: Collector,
    controllers: BTreeMap<String, u8>,
    /// `node_` stripped from ids to name registers.
    prefix: Option<String>,
    subs: BTreeMap<String, String>,
    /// Entity id → index in the collector, for templates.
    by_id: BTreeMap<String, usize>,
}

impl Reader {
    fn entity(&mut self, file: &str, platform: &str, node: &Node) {
        let at = origin(file, node);
        let id = node.get("id").and_then(Node::as_str).unwrap_or("").to_owned();
        let source_name = node.get("name").and_then(Node::as_str).map(str::to_owned).unwrap_or_else(|| id.clone());
        let name = {
            let base = self.prefix.as_ref().and_then(|p| id.strip_prefix(p.as_str())).unwrap_or(&id);
            super::register_name(if base.is_empty() { &source_name } else { base })
        };
        let unit = match node.get("modbus_controller_id").and_then(Node::as_str) {
            Some(cid) => self.controllers.get(cid).copied(),
            None if self.controllers.len() == 1 => self.controllers.values().next().copied(),
            None => None,
        };
        let Some(unit) = unit else {
            return self.c.error(at, format!("`{source_name}` names no modbus_controller this configuration defines"), "set `modbus_controller_id` to one of the node's controllers");
        };
        let mut e = Entity::new(at.clone(), &source_name, name, unit, Table::Holding, 0);
        if !source_name.is_empty() && super::register_name(&source_name) != e.name {
            e.register.label = Some(Spanned::bare(source_name.clone()));
        }
        let mut table = match platform {
            "number" | "select" | "output" => Some(Table::Holding),
            _ => None,
        };
        let (mut value_type, mut bitmask, mut register_count, mut response_size) = (None::<(String, Node)>, None::<(u64, Node)>, None::<i64>, None::<i64>);
        let mut raw_encode = None::<(String, Node)>;
        let mut multiply = None::<f64>;
        let mut decimals = None::<Node>;
        let mut classes = Vec::new();
        for (k, v) in node.as_map().unwrap_or(&[]) {
            let key = k.as_str().unwrap_or_default();
            let v = subst_node(v, &self.subs);
            let text = v.as_str().unwrap_or_default().to_owned();
            match key {
                "platform" | "modbus_controller_id" | "id" | "name" => {}
                "address" => match v.as_int().and_then(|a| u16::try_from(a).ok()) {
                    Some(a) => e.address = a,
                    None => self.c.error(origin(file, &v), format!("`address: {text}` of `{source_name}` is not a register address 0..=65535"), "write the register's address"),
                },
                "register_type" => {
                    table = match text.as_str() {
                        "holding" => Some(Table::Holding),
                        "read" => Some(Table::Input),
                        "coil" => Some(Table::Coil),
                        "discrete_input" => Some(Table::Discrete),
                        other => {
                            self.c.error(origin(file, &v), format!("`register_type: {other}` of `{source_name}` is not one ESPHome knows"), "use holding, read, coil or discrete_input");
                            None
                        }
                    }
                }
                "value_type" => value_type = Some((text, v.clone())),
                "bitmask" => bitmask = v.as_int().map(|m| (m as u64, v.clone())),
                "register_count" => register_count = v.as_int(),
                "response_size" => response_size = v.as_int(),
                "raw_encode" => raw_encode = Some((text, v.clone())),
                "unit_of_measurement" if !text.is_empty() => e.register.unit = Some(Spanned::bare(text)),
                "unit_of_measurement" => {}
                "accuracy_decimals" => decimals = Some(v.clone()),
                "device_class" | "state_class" => classes.push((key.to_owned(), text, v.clone())),
                "filters" => self.filters(file, &v, &mut e),
                "multiply" if platform == "number" => multiply = v.as_f64(),
                "min_value" if platform == "number" => e.register.min = v.as_f64().map(|x| Spanned::bare(Value::Float(x))),
                "max_value" if platform == "number" => e.register.max = v.as_f64().map(|x| Spanned::bare(Value::Float(x))),
                "step" if platform == "number" => {}
                "optionsmap" if platform == "select" => {
                    for (name, raw) in v.as_map().unwrap_or(&[]) {
                        if let (Some(n), Some(r)) = (name.as_str(), raw.as_int()) {
                            e.register.values.push(EnumSpec { raw: Spanned::bare(r), name: Spanned::bare(super::register_name(n)) });
                        }
                    }
                    e.register.values.sort_by_key(|v| v.raw.value);
                }
                "use_write_multiple" => {
                    if v.as_bool() == Some(true) {
                        e.register.write_function = Some(Spanned::bare("multiple".into()));
                    }
                }
                "skip_updates" | "force_new_range" | "update_interval" => self.c.warn_grouped(
                    NOT_IMPORTED,
                    origin(file, k),
                    &source_name,
                    format!("`{key}` is how this node polls: not imported"),
                    "the spec's read planner (read_limit, max_gap, values_per_read) draws the requests; the generated file sets force_new_range itself",
                ),
                "offset" if v.as_int() == Some(0) => {}
                _ => self.c.warn(
                    UNSUPPORTED,
                    origin(file, k),
                    &source_name,
                    format!("`{key}` has no spec key: not imported"),
                    if key.contains("lambda") { "a lambda is C++ the spec cannot read; describe what it computes in the register's `description`" } else { "describe it in the register's `description` if it matters" },
                ),
            }
        }
        let Some(table) = table else {
            return self.c.error(at, format!("`{source_name}` has no `register_type`"), "ESPHome needs one: holding, read, coil or discrete_input");
        };
        e.table = table;
        e.writes = matches!(platform, "number" | "select" | "switch" | "output");
        let bool_table = matches!(table, Table::Coil | Table::Discrete);
        match platform {
            "text_sensor" => {
                let count = register_count.unwrap_or(1).max(1);
                match raw_encode.as_ref().map(|(t, _)| t.as_str()) {
                    None | Some("NONE") => {
                        e.register.data_type = Some(Spanned::bare("string".into()));
                        e.register.length = Some(Spanned::bare(response_size.unwrap_or(count * 2).max(1)));
                    }
                    Some(other) => {
                        let node = raw_encode.as_ref().map(|(_, n)| n.clone()).expect("matched Some");
                        self.c.warn(UNSUPPORTED, origin(file, &node), &source_name, format!("`raw_encode: {other}` shows raw words as text: imported as `raw` registers"), "give the register its type by hand if the words are numbers");
                        e.register.data_type = Some(Spanned::bare("raw".into()));
                        e.register.length = Some(Spanned::bare(count));
                    }
                }
            }
            _ if bool_table => e.register.data_type = Some(Spanned::bare("bool".into())),
            _ => {
                let (word, vnode) = value_type.clone().map_or(("U_WORD".to_owned(), None), |(t, n)| (t, Some(n)));
                let (ty, low_first) = match word.as_str() {
                    "U_WORD" => ("u16", false),
                    "S_WORD" => ("i16", false),
                    "U_DWORD" => ("u32", false),
                    "S_DWORD" => ("i32", false),
                    "U_DWORD_R" => ("u32", true),
                    "S_DWORD_R" => ("i32", true),
                    "U_QWORD" => ("u64", false),
                    "S_QWORD" => ("i64", false),
                    "U_QWORD_R" => ("u64", true),
                    "S_QWORD_R" => ("i64", true),
                    "FP32" => ("f32", false),
                    "FP32_R" => ("f32", true),
                    other => {
                        let at = vnode.as_ref().map_or(at.clone(), |n| origin(file, n));
                        self.c.error(at, format!("`value_type: {other}` of `{source_name}` is not one ESPHome knows"), "use U_WORD, S_WORD, U_DWORD(_R), S_DWORD(_R), U_QWORD(_R), S_QWORD(_R), FP32 or FP32_R");
                        ("u16", false)
                    }
                };
                e.register.data_type = Some(Spanned::bare(ty.into()));
                if low_first {
                    e.register.word_order = Some(Spanned::bare("low_first".into()));
                }
            }
        }
        if let Some((mask, mnode)) = bitmask {
            let full = match e.register.data_type.as_ref().map(|t| t.value.as_str()) {
                Some("u32" | "i32" | "f32") => 0xFFFF_FFFF,
                Some("u64" | "i64") => u64::MAX,
                _ => 0xFFFF,
            };
            let whole = mask == full || (mask == 1 && (bool_table || platform == "switch"));
            if !whole {
                let (lsb, width) = (mask.trailing_zeros(), mask.count_ones());
                let contiguous = mask.checked_shr(lsb).unwrap_or(0) == super::ones(width);
                let bits = if full == 0xFFFF { 16 } else if full == 0xFFFF_FFFF { 32 } else { 64 };
                if contiguous && width < bits && lsb + width <= bits && !bool_table {
                    let bit_name = e.name.clone();
                    e.bits.push((lsb as u8, width as u8, bit_name));
                    // Bits are of an unsigned word: `S_WORD` and `U_WORD` alike read them.
                    let unsigned = match e.register.data_type.as_ref().map(|t| t.value.as_str()) {
                        Some("u32" | "i32" | "f32") => "u32",
                        Some("u64" | "i64") => "u64",
                        _ => "u16",
                    };
                    e.register.data_type = Some(Spanned::bare(unsigned.into()));
                    e.register.unit = None;
                } else {
                    self.c.warn(UNSUPPORTED, origin(file, &mnode), &source_name, format!("`bitmask: 0x{mask:X}` is not one run of bits of a register: not imported"), "give the register `bits` by hand");
                }
            }
        }
        if let Some(m) = multiply.filter(|m| *m != 0.0 && *m != 1.0) {
            // ESPHome's number writes value × multiply: the spec's raw step is 1/multiply.
            e.register.scale = Some(Spanned::bare(Value::Float(1.0 / m)));
        }
        if let Some(d) = decimals {
            let scale = e.register.scale.as_ref().and_then(|s| s.value.as_number()).unwrap_or(1.0);
            let offset = e.register.offset.as_ref().and_then(|s| s.value.as_number()).unwrap_or(0.0);
            let float = e.register.data_type.as_ref().is_some_and(|t| t.value.starts_with('f'));
            let derived = crate::format::decimals(scale, offset, float);
            if d.as_int() != Some(i64::from(derived)) {
                self.c.warn_grouped(
                    UNSUPPORTED,
                    origin(file, &d),
                    &source_name,
                    format!("`accuracy_decimals: {}` differs from the {derived} decimals the scale gives; a spec derives them: not imported", d.as_str().unwrap_or_default()),
                    "the generated file shows the scale's decimals",
                );
            }
        }
        let unit = e.register.unit.as_ref().map(|u| u.value.clone()).unwrap_or_default();
        let derived = crate::format::unit_classes(&unit);
        for (key, value, node) in classes {
            let same = match (key.as_str(), derived) {
                ("device_class", Some((d, _))) => d == value,
                ("state_class", Some((_, s))) => s == value || value == "measurement",
                _ => false,
            };
            if !same {
                self.c.warn_grouped(UNSUPPORTED, origin(file, &node), &source_name, format!("`{key}: {value}` does not follow from the unit `{unit}`: not imported"), "a spec derives the classes from `unit`");
            }
        }
        if !id.is_empty() {
            self.by_id.insert(id, self.c.entities.len());
        }
        self.c.push(e);
    }

    /// `multiply`, `offset`, `filter_out` (before any scaling: a raw sentinel)
    /// and `clamp` (the plausible range); other filters are reported.
    fn filters(&mut self, file: &str, node: &Node, e: &mut Entity) {
        let (mut scale, mut offset, mut scaled) = (1.0f64, 0.0f64, false);
        for f in node.as_seq().unwrap_or(&[]) {
            let Some((k, v)) = f.as_map().and_then(|m| m.first()) else { continue };
            let key = k.as_str().unwrap_or_default();
            match key {
                "multiply" => {
                    if let Some(m) = v.as_f64() {
                        scale *= m;
                        offset *= m;
                        scaled = true;
                    }
                }
                "offset" => {
                    if let Some(o) = v.as_f64() {
                        offset += o;
                        scaled = true;
                    }
                }
                "filter_out" if !scaled => {
                    let values: Vec<&Node> = match &v.kind {
                        Kind::Seq(items) => items.iter().collect(),
                        _ => vec![v],
                    };
                    for value in values {
                        match value.as_int() {
                            Some(raw) => e.register.sentinel.push(Spanned::bare(raw.to_string())),
                            None => {
                                let text = value.as_str().unwrap_or_default();
                                if text.eq_ignore_ascii_case("nan") {
                                    e.register.sentinel.push(Spanned::bare("nan".into()));
                                } else {
                                    self.c.warn(UNSUPPORTED, origin(file, value), &e.source_name, format!("`filter_out: {text}` is not a raw integer: not imported"), "write the raw sentinel into `sentinel`");
                                }
                            }
                        }
                    }
                }
                "clamp" => {
                    let ignore = v.get("ignore_out_of_range").and_then(Node::as_bool) == Some(true);
                    e.register.plausible_min = v.get("min_value").and_then(Node::as_f64).map(|x| Spanned::bare(Value::Float(x)));
                    e.register.plausible_max = v.get("max_value").and_then(Node::as_f64).map(|x| Spanned::bare(Value::Float(x)));
                    if !ignore {
                        e.notes.push("ESPHome clamps readings outside the range to its ends; the spec reports them as implausible".into());
                    }
                }
                _ => self.c.warn(
                    UNSUPPORTED,
                    origin(file, k),
                    &e.source_name,
                    format!("filter `{key}` has no spec key: not imported"),
                    "scale, offset, sentinels (filter_out of raw values) and the plausible range (clamp) are what a spec says",
                ),
            }
        }
        if scale != 1.0 {
            e.register.scale = Some(Spanned::bare(Value::Float(round(scale))));
        }
        if offset != 0.0 {
            e.register.offset = Some(Spanned::bare(Value::Float(round(offset))));
        }
    }

    /// The generator's enumeration names: `switch ((long long) id(X).state) { case N: return {"name"}; … }`.
    fn template(&mut self, file: &str, node: &Node) {
        let name = node.get("name").and_then(Node::as_str).unwrap_or("?").to_owned();
        let lambda = node.get("lambda").and_then(Node::as_str).unwrap_or_default();
        if let Some((source, values)) = enum_lambda(lambda) {
            if let Some(&i) = self.by_id.get(&source) {
                let e = &mut self.c.entities[i];
                e.register.values = values.into_iter().map(|(raw, n)| EnumSpec { raw: Spanned::bare(raw), name: Spanned::bare(n) }).collect();
                return;
            }
        }
        self.c.warn(NOT_IMPORTED, origin(file, node), &name, "this template text sensor computes its state in C++: not imported".into(), "add `values` to the register it shows by hand");
    }
}

/// Decimal noise of repeated multiplication removed (`0.1 × 0.1` → `0.01`).
fn round(x: f64) -> f64 {
    let r = (x * 1e12).round() / 1e12;
    if r == 0.0 { x } else { r }
}

fn enum_lambda(lambda: &str) -> Option<(String, Vec<(i64, String)>)> {
    let rest = lambda.trim().strip_prefix("switch ((long long) id(")?;
    let (source, rest) = rest.split_once(").state) {")?;
    let mut values = Vec::new();
    for line in rest.lines() {
        let line = line.trim();
        if let Some(case) = line.strip_prefix("case ") {
            let (raw, ret) = case.split_once(": return {")?;
            let name: String = serde_json::from_str(ret.strip_suffix("};")?).ok()?;
            values.push((raw.trim().parse().ok()?, name));
        }
    }
    (!values.is_empty()).then(|| (source.to_owned(), values))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn substitutions_and_enum_lambdas() {
        let subs = BTreeMap::from([("a".to_owned(), "x".to_owned())]);
        assert_eq!(substitute("${a}_1 $a", &subs), "x_1 x");
        let l = "switch ((long long) id(n_m).state) {\n  case 1: return {\"on\"};\n  case -2: return {\"off\"};\n  default: return {};\n}";
        assert_eq!(enum_lambda(l), Some(("n_m".to_owned(), vec![(1, "on".to_owned()), (-2, "off".to_owned())])));
    }
}
