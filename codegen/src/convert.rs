//! Spec model → YAML or CSV text, for round trips (`YAML → CSV → YAML` must
//! not change the IR) and for converting a spec from one format to the other.
//! Positions are not written; everything else is.

use crate::format::{format_float, value_text};
use crate::keys::{Key, Kind, Slot};
use crate::load::csv::{columns, Target};
use crate::spec::{BlockSpec, RegisterSpec, Spanned, Spec, Value};
use std::fmt;
use std::fmt::Write as _;

/// A spec that the target format cannot express.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConvertError {
    pub message: String,
}

impl fmt::Display for ConvertError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ConvertError {}

fn err<T>(message: String) -> Result<T, ConvertError> {
    Err(ConvertError { message })
}

/// A string as a YAML scalar: plain when that reads back as the same string, else double-quoted.
fn yaml_str(s: &str) -> String {
    let plain = s.bytes().next().is_some_and(|b| b.is_ascii_alphabetic() || b == b'_')
        && s.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'-'))
        && !matches!(
            s.to_ascii_lowercase().as_str(),
            "true" | "false" | "null" | "yes" | "no" | "on" | "off" | "y" | "n" | "nan" | "inf"
        );
    if plain {
        s.to_owned()
    } else {
        serde_json::to_string(s).unwrap_or_else(|_| format!("{s:?}"))
    }
}

/// A loosely typed value: numbers and bools plain, text always quoted so it stays text.
fn yaml_value(v: &Value) -> String {
    match v {
        Value::Bool(b) => b.to_string(),
        Value::Int(i) => i.to_string(),
        Value::Float(f) => format_float(*f),
        Value::Text(t) => serde_json::to_string(t).unwrap_or_else(|_| format!("{t:?}")),
    }
}

/// An example's words in hex (`0x00FA`), as vendors' tables write them.
fn example_words(e: &crate::spec::ExampleSpec, separator: &str) -> String {
    let word = |w: i64| u64::try_from(w).map_or_else(|_| w.to_string(), crate::generate::filters::hex);
    e.words.iter().map(|w| word(w.value)).collect::<Vec<_>>().join(separator)
}

/// A text value as YAML: words and names plain where that reads back the same,
/// free text and versions always quoted (so `4.2` stays a version, `"°C"` text).
fn yaml_text(kind: Kind, s: &str) -> String {
    match kind {
        Kind::Name | Kind::Keyword(_) | Kind::Ref => yaml_str(s),
        _ => quoted(s),
    }
}

/// One key's value as a single-line YAML value; `None` when unset (and for
/// the block's `registers`, which take lines of their own).
fn yaml_scalar(key: &Key, slot: Slot<'_>) -> Option<String> {
    match slot {
        Slot::Name(s) => Some(yaml_text(key.kind, &s.value)),
        Slot::Text(s) => s.as_ref().map(|s| yaml_text(key.kind, &s.value)),
        Slot::Int(v) => v.as_ref().map(|v| v.value.to_string()),
        Slot::Value(v) => v.as_ref().map(|v| yaml_value(&v.value)),
        Slot::Bool(v) => v.as_ref().map(|v| v.value.to_string()),
        Slot::List(items) if items.is_empty() => None,
        Slot::List(items) => Some(format!("[{}]", items.iter().map(|o| yaml_str(&o.value)).collect::<Vec<_>>().join(", "))),
        Slot::Values(values) if values.is_empty() => None,
        Slot::Values(values) => {
            let items: Vec<String> = values.iter().map(|e| format!("{}: {}", e.raw.value, yaml_str(&e.name.value))).collect();
            Some(format!("{{ {} }}", items.join(", ")))
        }
        Slot::Bits(bits) if bits.is_empty() => None,
        Slot::Bits(bits) => {
            let items: Vec<String> = bits.iter().map(|b| format!("{}: {}", quoted(&b.key.value), yaml_str(&b.name.value))).collect();
            Some(format!("{{ {} }}", items.join(", ")))
        }
        Slot::Examples(examples) if examples.is_empty() => None,
        Slot::Examples(examples) => {
            let items: Vec<String> =
                examples.iter().map(|e| format!("{{ words: [{}], value: {} }}", example_words(e, ", "), yaml_value(&e.value.value))).collect();
            Some(format!("[{}]", items.join(", ")))
        }
        Slot::Repeat(r) => r.as_ref().map(|r| {
            let mut parts = Vec::new();
            r.for_each_slot(|k, v| parts.extend(yaml_scalar(k, v).map(|v| format!("{}: {v}", k.name))));
            format!("{{ {} }}", parts.join(", "))
        }),
        Slot::Registers(_) => None,
    }
}

/// The spec as YAML text (the canonical layout of docs/spec-format.md).
pub fn to_yaml(spec: &Spec) -> String {
    to_yaml_with_notes(spec, &[], |_, _| &[])
}

/// [`to_yaml`] with an opening comment (`header`, a line each) and comments above
/// registers (`notes(block, register)`, indices into the spec): what an import
/// had to choose.
pub fn to_yaml_with_notes<'n>(spec: &Spec, header: &[String], notes: impl Fn(usize, usize) -> &'n [String]) -> String {
    let mut out = String::new();
    for line in header {
        let _ = writeln!(out, "{}", comment_line("", line));
    }
    out.push_str("device:\n");
    out.push_str(&mapping_lines(|f| spec.device.for_each_slot(f)));
    let sim = mapping_lines(|f| spec.sim.for_each_slot(f));
    if !sim.is_empty() {
        out.push_str("sim:\n");
        out.push_str(&sim);
    }
    out.push_str("blocks:\n");
    if spec.blocks.is_empty() {
        out.truncate(out.len() - 1);
        out.push_str(" []\n");
    }
    for (bi, b) in spec.blocks.iter().enumerate() {
        block_yaml(b, &mut out, |ri| notes(bi, ri));
    }
    out
}

/// `# text` at `indent`; a line break in the text continues the comment.
fn comment_line(indent: &str, text: &str) -> String {
    text.lines().map(|l| if l.is_empty() { format!("{indent}#") } else { format!("{indent}# {l}") }).collect::<Vec<_>>().join("\n")
}

/// The `key: value` lines (indented two spaces) of the keys a section sets.
fn mapping_lines<'s>(for_each_slot: impl FnOnce(&mut dyn FnMut(&'static Key, Slot<'s>))) -> String {
    let mut out = String::new();
    for_each_slot(&mut |k, v| {
        if let Some(v) = yaml_scalar(k, v) {
            let _ = writeln!(out, "  {}: {v}", k.name);
        }
    });
    out
}

fn quoted(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| format!("{s:?}"))
}

fn block_yaml<'n>(b: &BlockSpec, out: &mut String, notes: impl Fn(usize) -> &'n [String]) {
    let mut lead = "  - ";
    b.for_each_slot(|k, v| {
        if let Some(v) = yaml_scalar(k, v) {
            let _ = writeln!(out, "{lead}{}: {v}", k.name);
            lead = "    ";
        }
    });
    if b.registers.is_empty() {
        out.push_str("    registers: []\n");
        return;
    }
    out.push_str("    registers:\n");
    for (ri, r) in b.registers.iter().enumerate() {
        for note in notes(ri) {
            let _ = writeln!(out, "{}", comment_line("      ", note));
        }
        let mut lead = "      - ";
        r.for_each_slot(|k, v| {
            if let Some(v) = yaml_scalar(k, v) {
                let _ = writeln!(out, "{lead}{}: {v}", k.name);
                lead = "        ";
            }
        });
    }
}

/// One key's value as a CSV cell (`in_cell`) or `# key: value` setting; `None`
/// when unset. Fails where the text would not read back as the same value.
fn csv_text(key: &Key, slot: Slot<'_>, owner: &str, in_cell: bool) -> Result<Option<String>, ConvertError> {
    let check = |s: &str, what: &str| -> Result<(), ConvertError> {
        if s.contains([';', '=']) || s != s.trim() || s.is_empty() {
            return err(format!("{what} `{s}` contains `;` or `=` or surrounding spaces, which a CSV list cell cannot hold"));
        }
        Ok(())
    };
    let pairs = |items: Vec<(String, &str)>, what: &str| -> Result<Option<String>, ConvertError> {
        if items.is_empty() {
            return Ok(None);
        }
        let mut out = Vec::new();
        for (k, name) in items {
            check(&k, what)?;
            check(name, what)?;
            out.push(format!("{k}={name}"));
        }
        Ok(Some(out.join(";")))
    };
    Ok(match slot {
        Slot::Name(s) => Some(s.value.clone()),
        Slot::Text(s) => match s {
            Some(v) if in_cell && (v.value != v.value.trim() || v.value.is_empty()) => {
                return err(format!(
                    "`{}` of `{owner}` has leading or trailing spaces (or is empty), which CSV cells drop",
                    key.name
                ))
            }
            Some(v) => Some(v.value.clone()),
            None => None,
        },
        Slot::Int(v) => v.as_ref().map(|v| v.value.to_string()),
        Slot::Value(v) => match v {
            Some(v) => {
                let cell = value_text(&v.value);
                // A text that reads back as a number or bool would change meaning.
                if matches!(v.value, Value::Text(_)) && !matches!(crate::load::parse_value(&cell), Value::Text(_)) && key.kind != Kind::Value {
                    return err(format!("`{}` of `{owner}` is text that a CSV cell would read as a number", key.name));
                }
                Some(cell)
            }
            None => None,
        },
        Slot::Bool(v) => v.as_ref().map(|v| v.value.to_string()),
        Slot::List(items) => {
            for o in items {
                check(&o.value, "overlaps entry")?;
            }
            (!items.is_empty()).then(|| items.iter().map(|o| o.value.as_str()).collect::<Vec<_>>().join(";"))
        }
        Slot::Values(values) => pairs(values.iter().map(|e| (e.raw.value.to_string(), e.name.value.as_str())).collect(), "enumeration name")?,
        Slot::Bits(bits) => pairs(bits.iter().map(|b| (b.key.value.clone(), b.name.value.as_str())).collect(), "bit key or name")?,
        Slot::Examples(examples) => {
            let cells: Vec<String> = examples.iter().map(|e| value_text(&e.value.value)).collect();
            pairs(examples.iter().zip(&cells).map(|(e, v)| (example_words(e, " "), v.as_str())).collect(), "example value")?
        }
        Slot::Repeat(_) | Slot::Registers(_) => None,
    })
}

/// The spec as CSV text: device settings and block settings as comment lines,
/// one row per register, only the columns the spec uses. A block key goes into
/// every row of the block when the rows need it to say their block (`block`,
/// `table`), else into a `# block.<name>.<key>` line.
pub fn to_csv(spec: &Spec) -> Result<String, ConvertError> {
    let mut out = String::new();
    let mut setting = |key: &str, v: &str| -> Result<(), ConvertError> {
        if v.contains(['\n', '\r']) {
            return err(format!("`{key}` spans several lines, which a CSV `# {key}: value` line cannot hold"));
        }
        let needs_quotes = v != v.trim() || (v.starts_with('"') && v.ends_with('"')) || (v.starts_with('\'') && v.ends_with('\''));
        let v = if needs_quotes { format!("\"{v}\"") } else { v.to_owned() };
        let _ = writeln!(out, "# {key}: {v}");
        Ok(())
    };
    let mut device = Vec::new();
    spec.device.for_each_slot(|k, v| device.push((k, csv_text(k, v, "the device", false))));
    spec.sim.for_each_slot(|k, v| device.push((k, csv_text(k, v, "the sim section", false))));
    for (k, v) in device {
        if let (Some(name), Some(v)) = (k.csv.setting, v?) {
            setting(name, &v)?;
        }
    }
    let in_rows = |k: &Key| k.csv.column.is_some() && (k.csv.setting.is_none() || k.required == "yes");
    for b in &spec.blocks {
        let name = &b.name.value;
        if b.registers.is_empty() {
            return err(format!("block `{name}` has no registers, and a CSV spec has no row to hold it"));
        }
        let mut lines = Vec::new();
        b.for_each_slot(|k, v| match v {
            Slot::Repeat(Some(r)) => r.for_each_slot(|rk, rv| lines.push((rk, csv_text(rk, rv, name, false)))),
            _ if !in_rows(k) => lines.push((k, csv_text(k, v, name, false))),
            _ => {}
        });
        for (k, v) in lines {
            if let (Some(key), Some(v)) = (k.csv.setting, v?) {
                setting(&format!("block.{name}.{key}"), &v)?;
            }
        }
    }

    let all_columns = columns();
    let mut rows: Vec<Vec<(&str, String)>> = Vec::new();
    for b in &spec.blocks {
        for r in &b.registers {
            let owner = format!("{}.{}", b.name.value, r.name.value);
            let mut row = Vec::new();
            for (column, target) in &all_columns {
                let text = match *target {
                    Target::Block(k) if in_rows(k) => b.slot(k.name).map(|v| csv_text(k, v, &owner, true)),
                    Target::Register(k) => r.slot(k.name).map(|v| csv_text(k, v, &owner, true)),
                    Target::Block(_) | Target::Repeat(_) => None,
                };
                if let Some(text) = text.transpose()?.flatten() {
                    row.push((*column, text));
                }
            }
            rows.push(row);
        }
    }
    let used: Vec<&str> = all_columns
        .iter()
        .map(|(c, _)| *c)
        .filter(|c| matches!(*c, "block" | "table" | "name" | "address") || rows.iter().any(|row| row.iter().any(|(k, _)| k == c)))
        .collect();
    let mut w = csv::WriterBuilder::new().terminator(csv::Terminator::Any(b'\n')).from_writer(Vec::new());
    let io = |e: csv::Error| ConvertError { message: format!("cannot write CSV: {e}") };
    w.write_record(&used).map_err(io)?;
    for row in &rows {
        let cells: Vec<&str> = used
            .iter()
            .map(|c| row.iter().find(|(k, _)| k == c).map_or("", |(_, v)| v.as_str()))
            .collect();
        w.write_record(&cells).map_err(io)?;
    }
    let bytes = w.into_inner().map_err(|e| ConvertError { message: format!("cannot write CSV: {e}") })?;
    out.push_str(&String::from_utf8_lossy(&bytes));
    Ok(out)
}

/// The spec model of a validated device: what a spec file would say to give
/// exactly this IR (every default written out). Lets a derived struct's IR,
/// or any IR, be written as YAML or CSV.
pub fn device_to_spec(device: &crate::ir::Device) -> Spec {
    use crate::ir::Register;
    use crate::spec::{BitSpec, DeviceSettings, EnumSpec, RepeatSpec, SimSettings};
    let s = |v: &str| Spanned::bare(v.to_owned());
    let opt = |v: &Option<String>| v.as_deref().map(s);
    let number = crate::format::number_value;
    let settings = DeviceSettings {
        name: s(&device.name),
        title: opt(&device.title),
        vendor: opt(&device.vendor),
        description: opt(&device.description),
        firmware: opt(&device.firmware),
        unit_id: Some(Spanned::bare(device.unit_id as i64)),
        word_order: Some(s(device.word_order.as_str())),
        byte_order: Some(s(device.byte_order.as_str())),
        read_limit: Some(Spanned::bare(device.read_limit as i64)),
        max_gap: Some(Spanned::bare(device.max_gap as i64)),
        values_per_read: device.values_per_read.map(|v| Spanned::bare(v as i64)),
        allow_gaps: device.allow_gaps.then(|| Spanned::bare(true)),
        word_order_coil: opt(&device.word_order_coil),
        // The IR holds each register's resolved write function, written on the register.
        write_function: None,
        sentinels: None,
        line: 0,
        column: 0,
    };
    // Which repeated block each instance name belongs to, to write aliases in template form.
    let repeated_instance: std::collections::BTreeMap<&str, (&str, u16)> = device
        .blocks
        .iter()
        .filter(|b| b.repeat.is_some())
        .flat_map(|b| b.instances.iter().filter_map(move |i| Some((i.name.as_str(), (b.name.as_str(), i.index?)))))
        .collect();
    // `reference` is the key's value of a register (its `alias_of` or `scale_factor`).
    let template_ref = |r: &Register, target: &str, reference: fn(&Register) -> Option<&str>| -> String {
        let Some((instance, rest)) = target.split_once('.') else { return target.to_owned() };
        let Some(&(block, 1)) = repeated_instance.get(instance) else { return target.to_owned() };
        // Template form only if instance 2 of this register points at instance 2 of the target block.
        let second = device.registers.iter().find(|x| x.block == r.block && x.name == r.name && x.instance_index == Some(2));
        match second {
            Some(x) if reference(x) == Some(format!("{}.{rest}", crate::ident::instance_name(block, 2)).as_str()) => {
                format!("{block}.{rest}")
            }
            None if r.instance_index == Some(1) => format!("{block}.{rest}"),
            _ => target.to_owned(),
        }
    };
    let blocks = device
        .blocks
        .iter()
        .map(|b| {
            let first = b.instances.first().map_or(b.name.as_str(), |i| i.name.as_str());
            let registers = b
                .registers
                .iter()
                .filter_map(|local| device.registers.iter().find(|r| r.block == b.name && r.instance == first && r.name == *local))
                .map(|r| {
                    let mut spec = RegisterSpec {
                    name: s(&r.name),
                    address: Some(Spanned::bare(r.relative_address as i64)),
                    high_word_at: r.relative_high_word().map(|a| Spanned::bare(i64::from(a))),
                    data_type: Some(s(r.data_type.as_str())),
                    length: r.data_type.has_length().then(|| Spanned::bare(r.length as i64)),
                    scale: match &r.scale_text {
                        // The text as written keeps `1/10` a fraction and `1.0` a float.
                        Some(text) => Some(Spanned::bare(crate::load::parse_value(text))),
                        None => (r.scale != 1.0).then(|| Spanned::bare(number(r.scale))),
                    },
                    offset: (r.offset != 0.0).then(|| Spanned::bare(number(r.offset))),
                    // A factor in the register's own instance is written by its local name, which every instance shares.
                    scale_factor: r.scale_factor.as_deref().map(|t| {
                        Spanned::bare(match t.split_once('.') {
                            Some((instance, name)) if instance == r.instance => name.to_owned(),
                            _ => template_ref(r, t, |x| x.scale_factor.as_deref()),
                        })
                    }),
                    access: Some(s(r.access.as_str())),
                    min: r.min.map(|v| Spanned::bare(number(v))),
                    max: r.max.map(|v| Spanned::bare(number(v))),
                    default: r.default.clone().map(Spanned::bare),
                    values: device
                        .values(r)
                        .iter()
                        .map(|v| EnumSpec { raw: Spanned::bare(v.raw), name: s(&v.name) })
                        .collect(),
                    bits: device
                        .bits(r)
                        .iter()
                        .map(|bit| {
                            let key = if bit.width == 1 {
                                bit.lsb.to_string()
                            } else {
                                format!("{}-{}", bit.lsb, bit.lsb as u16 + bit.width as u16 - 1)
                            };
                            BitSpec { key: Spanned::bare(key), name: s(&bit.name) }
                        })
                        .collect(),
                    word_order: Some(s(r.word_order.as_str())),
                    // Only where the validator takes it: strings and 16/32/64-bit numbers.
                    byte_order: crate::ir::ByteOrder::applies_to(r.data_type).then(|| s(r.byte_order.as_str())),
                    alias_of: r.alias_of.as_deref().map(|t| Spanned::bare(template_ref(r, t, |x| x.alias_of.as_deref()))),
                    write_function: (!r.write_function.is_any()).then(|| s(r.write_function.as_str())),
                    // Resolved per register, so the device's convention is not written.
                    sentinel: r.sentinels.iter().map(|&p| s(&crate::format::sentinel_text(r.data_type, p))).collect(),
                    overlaps: r.overlaps.iter().map(|o| s(o)).collect(),
                    ..RegisterSpec::default()
                    };
                    r.keys.write(&mut spec);
                    spec
                })
                .collect();
            BlockSpec {
                name: s(&b.name),
                table: Some(s(b.table.as_str())),
                base: Some(Spanned::bare(b.base as i64)),
                unit_id: Some(Spanned::bare(b.unit_id as i64)),
                repeat: b.repeat.map(|r| RepeatSpec {
                    count: Some(Spanned::bare(r.count as i64)),
                    stride: Some(Spanned::bare(r.stride as i64)),
                    line: 0,
                    column: 0,
                }),
                description: opt(&b.description),
                allow_gaps: b.allow_gaps.then(|| Spanned::bare(true)),
                write_function: None,
                registers,
                line: 0,
                column: 0,
            }
        })
        .collect();
    let sim = &device.sim;
    let int = |v: Option<u64>| v.map(|v| Spanned::bare(v as i64));
    let sim = SimSettings {
        write_function: sim.write_function.map(|w| s(w.as_str())),
        response_delay_ms: int(sim.response_delay_ms),
        min_pause_ms: int(sim.min_pause_ms),
        too_soon: sim.too_soon.map(|t| s(t.as_str())),
        max_connections: int(sim.max_connections),
        idle_timeout_ms: int(sim.idle_timeout_ms),
        fault_rate: sim.fault_rate.map(|r| Spanned::bare(number(r))),
        fault: sim.fault.map(|f| Spanned::bare(crate::load::parse_value(&f.text()))),
        seed: int(sim.seed),
        line: 0,
        column: 0,
    };
    Spec { file: device.source.file.clone(), device: settings, blocks, sim }
}
