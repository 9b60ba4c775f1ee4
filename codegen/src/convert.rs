//! Spec model → YAML or CSV text, for round trips (`YAML → CSV → YAML` must
//! not change the IR) and for converting a spec from one format to the other.
//! Positions are not written; everything else is.

use crate::load::csv::COLUMNS;
use crate::spec::{BlockSpec, RegisterSpec, Spanned, Spec, Value};
use crate::validate::format_float;
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

fn value_cell(v: &Value) -> String {
    match v {
        Value::Float(f) => format_float(*f),
        other => crate::validate::value_text(other),
    }
}

/// The spec as YAML text (the canonical layout of docs/spec-format.md).
pub fn to_yaml(spec: &Spec) -> String {
    let mut out = String::new();
    let d = &spec.device;
    out.push_str("device:\n");
    let mut line = |key: &str, v: String| {
        let _ = writeln!(out, "  {key}: {v}");
    };
    line("name", yaml_str(&d.name.value));
    let strs = [
        ("title", &d.title),
        ("vendor", &d.vendor),
        ("description", &d.description),
        ("firmware", &d.firmware),
    ];
    for (k, v) in strs {
        if let Some(v) = v {
            // Versions like 4.2 must stay text.
            line(k, if k == "firmware" { quoted(&v.value) } else { yaml_str(&v.value) });
        }
    }
    if let Some(v) = &d.unit_id {
        line("unit_id", v.value.to_string());
    }
    if let Some(v) = &d.word_order {
        line("word_order", yaml_str(&v.value));
    }
    if let Some(v) = &d.byte_order {
        line("byte_order", yaml_str(&v.value));
    }
    for (k, v) in [("read_limit", &d.read_limit), ("max_gap", &d.max_gap), ("values_per_read", &d.values_per_read)] {
        if let Some(v) = v {
            line(k, v.value.to_string());
        }
    }
    if let Some(v) = &d.allow_gaps {
        line("allow_gaps", v.value.to_string());
    }
    if let Some(v) = &d.word_order_coil {
        line("word_order_coil", yaml_str(&v.value));
    }
    out.push_str("blocks:\n");
    if spec.blocks.is_empty() {
        out.truncate(out.len() - 1);
        out.push_str(" []\n");
    }
    for b in &spec.blocks {
        block_yaml(b, &mut out);
    }
    out
}

fn quoted(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| format!("{s:?}"))
}

fn block_yaml(b: &BlockSpec, out: &mut String) {
    let _ = writeln!(out, "  - name: {}", yaml_str(&b.name.value));
    let mut line = |key: &str, v: String| {
        let _ = writeln!(out, "    {key}: {v}");
    };
    if let Some(t) = &b.table {
        line("table", yaml_str(&t.value));
    }
    if let Some(v) = &b.base {
        line("base", v.value.to_string());
    }
    if let Some(v) = &b.unit_id {
        line("unit_id", v.value.to_string());
    }
    if let Some(r) = &b.repeat {
        let mut parts = Vec::new();
        if let Some(c) = &r.count {
            parts.push(format!("count: {}", c.value));
        }
        if let Some(s) = &r.stride {
            parts.push(format!("stride: {}", s.value));
        }
        line("repeat", format!("{{ {} }}", parts.join(", ")));
    }
    if let Some(v) = &b.description {
        line("description", yaml_str(&v.value));
    }
    if let Some(v) = &b.allow_gaps {
        line("allow_gaps", v.value.to_string());
    }
    if b.registers.is_empty() {
        line("registers", "[]".to_owned());
        return;
    }
    out.push_str("    registers:\n");
    for r in &b.registers {
        register_yaml(r, out);
    }
}

fn register_yaml(r: &RegisterSpec, out: &mut String) {
    let mut first = true;
    let mut line = |key: &str, v: String| {
        let lead = if first { "      - " } else { "        " };
        first = false;
        let _ = writeln!(out, "{lead}{key}: {v}");
    };
    line("name", yaml_str(&r.name.value));
    if let Some(v) = &r.address {
        line("address", v.value.to_string());
    }
    let s = |v: &Option<Spanned<String>>| v.as_ref().map(|v| yaml_str(&v.value));
    let val = |v: &Option<Spanned<Value>>| v.as_ref().map(|v| yaml_value(&v.value));
    if let Some(v) = s(&r.data_type) {
        line("type", v);
    }
    if let Some(v) = &r.length {
        line("length", v.value.to_string());
    }
    for (k, v) in [("scale", val(&r.scale)), ("offset", val(&r.offset))] {
        if let Some(v) = v {
            line(k, v);
        }
    }
    if let Some(v) = &r.unit {
        line("unit", quoted(&v.value));
    }
    if let Some(v) = s(&r.access) {
        line("access", v);
    }
    for (k, v) in [("min", val(&r.min)), ("max", val(&r.max)), ("default", val(&r.default))] {
        if let Some(v) = v {
            line(k, v);
        }
    }
    if !r.values.is_empty() {
        let items: Vec<String> = r.values.iter().map(|e| format!("{}: {}", e.raw.value, yaml_str(&e.name.value))).collect();
        line("values", format!("{{ {} }}", items.join(", ")));
    }
    if !r.bits.is_empty() {
        let items: Vec<String> = r.bits.iter().map(|b| format!("{}: {}", quoted(&b.key.value), yaml_str(&b.name.value))).collect();
        line("bits", format!("{{ {} }}", items.join(", ")));
    }
    if let Some(v) = &r.since {
        line("since", quoted(&v.value));
    }
    if let Some(v) = &r.description {
        line("description", quoted(&v.value));
    }
    for (k, v) in [("word_order", s(&r.word_order)), ("byte_order", s(&r.byte_order)), ("alias_of", s(&r.alias_of))] {
        if let Some(v) = v {
            line(k, v);
        }
    }
    if let Some(v) = &r.safety {
        line("safety", v.value.to_string());
    }
    if !r.overlaps.is_empty() {
        let items: Vec<String> = r.overlaps.iter().map(|o| yaml_str(&o.value)).collect();
        line("overlaps", format!("[{}]", items.join(", ")));
    }
}

/// The spec as CSV text: device settings and block settings as comment lines,
/// one row per register, only the columns the spec uses.
pub fn to_csv(spec: &Spec) -> Result<String, ConvertError> {
    let mut out = String::new();
    let d = &spec.device;
    let mut setting = |key: &str, v: &str| -> Result<(), ConvertError> {
        if v.contains(['\n', '\r']) {
            return err(format!("`{key}` spans several lines, which a CSV `# {key}: value` line cannot hold"));
        }
        let needs_quotes = v != v.trim() || (v.starts_with('"') && v.ends_with('"')) || (v.starts_with('\'') && v.ends_with('\''));
        let v = if needs_quotes { format!("\"{v}\"") } else { v.to_owned() };
        let _ = writeln!(out, "# {key}: {v}");
        Ok(())
    };
    setting("name", &d.name.value)?;
    for (k, v) in [
        ("title", &d.title),
        ("vendor", &d.vendor),
        ("description", &d.description),
        ("firmware", &d.firmware),
        ("word_order", &d.word_order),
        ("byte_order", &d.byte_order),
        ("word_order_coil", &d.word_order_coil),
    ] {
        if let Some(v) = v {
            setting(k, &v.value)?;
        }
    }
    for (k, v) in [
        ("unit_id", &d.unit_id),
        ("read_limit", &d.read_limit),
        ("max_gap", &d.max_gap),
        ("values_per_read", &d.values_per_read),
    ] {
        if let Some(v) = v {
            setting(k, &v.value.to_string())?;
        }
    }
    if let Some(v) = &d.allow_gaps {
        setting("allow_gaps", &v.value.to_string())?;
    }
    for b in &spec.blocks {
        let name = &b.name.value;
        if b.registers.is_empty() {
            return err(format!("block `{name}` has no registers, and a CSV spec has no row to hold it"));
        }
        if let Some(v) = &b.base {
            setting(&format!("block.{name}.base"), &v.value.to_string())?;
        }
        if let Some(v) = &b.unit_id {
            setting(&format!("block.{name}.unit_id"), &v.value.to_string())?;
        }
        if let Some(r) = &b.repeat {
            if let Some(c) = &r.count {
                setting(&format!("block.{name}.repeat_count"), &c.value.to_string())?;
            }
            if let Some(s) = &r.stride {
                setting(&format!("block.{name}.repeat_stride"), &s.value.to_string())?;
            }
        }
        if let Some(v) = &b.description {
            setting(&format!("block.{name}.description"), &v.value)?;
        }
        if let Some(v) = &b.allow_gaps {
            setting(&format!("block.{name}.allow_gaps"), &v.value.to_string())?;
        }
    }

    let rows: Vec<Vec<(&str, String)>> = spec
        .blocks
        .iter()
        .flat_map(|b| b.registers.iter().map(move |r| (b, r)))
        .map(|(b, r)| register_row(b, r))
        .collect::<Result<_, _>>()?;
    let used: Vec<&str> = COLUMNS
        .iter()
        .copied()
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

fn register_row<'a>(b: &BlockSpec, r: &RegisterSpec) -> Result<Vec<(&'a str, String)>, ConvertError> {
    let mut row: Vec<(&str, String)> = Vec::new();
    row.push(("block", b.name.value.clone()));
    if let Some(t) = &b.table {
        row.push(("table", t.value.clone()));
    }
    row.push(("name", r.name.value.clone()));
    if let Some(v) = &r.address {
        row.push(("address", v.value.to_string()));
    }
    let strs = [
        ("type", &r.data_type),
        ("unit", &r.unit),
        ("access", &r.access),
        ("since", &r.since),
        ("description", &r.description),
        ("word_order", &r.word_order),
        ("byte_order", &r.byte_order),
        ("alias_of", &r.alias_of),
    ];
    for (k, v) in strs {
        if let Some(v) = v {
            if v.value != v.value.trim() || v.value.is_empty() {
                return err(format!(
                    "`{k}` of `{}.{}` has leading or trailing spaces (or is empty), which CSV cells drop",
                    b.name.value, r.name.value
                ));
            }
            row.push((k, v.value.clone()));
        }
    }
    if let Some(v) = &r.length {
        row.push(("length", v.value.to_string()));
    }
    for (k, v) in [("scale", &r.scale), ("offset", &r.offset), ("min", &r.min), ("max", &r.max), ("default", &r.default)] {
        if let Some(v) = v {
            let cell = value_cell(&v.value);
            // A text that reads back as a number or bool would change meaning.
            if matches!(v.value, Value::Text(_)) && !matches!(crate::load::parse_value(&cell), Value::Text(_)) && k != "default" {
                return err(format!("`{k}` of `{}.{}` is text that a CSV cell would read as a number", b.name.value, r.name.value));
            }
            row.push((k, cell));
        }
    }
    let check = |s: &str, what: &str| -> Result<(), ConvertError> {
        if s.contains([';', '=']) || s != s.trim() || s.is_empty() {
            return err(format!("{what} `{s}` contains `;` or `=` or surrounding spaces, which a CSV list cell cannot hold"));
        }
        Ok(())
    };
    if !r.values.is_empty() {
        let mut items = Vec::new();
        for e in &r.values {
            check(&e.name.value, "enumeration name")?;
            items.push(format!("{}={}", e.raw.value, e.name.value));
        }
        row.push(("values", items.join(";")));
    }
    if !r.bits.is_empty() {
        let mut items = Vec::new();
        for bit in &r.bits {
            check(&bit.key.value, "bit key")?;
            check(&bit.name.value, "bit name")?;
            items.push(format!("{}={}", bit.key.value, bit.name.value));
        }
        row.push(("bits", items.join(";")));
    }
    if let Some(v) = &r.safety {
        row.push(("safety", v.value.to_string()));
    }
    if !r.overlaps.is_empty() {
        for o in &r.overlaps {
            check(&o.value, "overlaps entry")?;
        }
        row.push(("overlaps", r.overlaps.iter().map(|o| o.value.as_str()).collect::<Vec<_>>().join(";")));
    }
    Ok(row)
}

/// The spec model of a validated device: what a spec file would say to give
/// exactly this IR (every default written out). Lets a derived struct's IR,
/// or any IR, be written as YAML or CSV.
pub fn device_to_spec(device: &crate::ir::Device) -> Spec {
    use crate::ir::{Register, Value as IrValue};
    use crate::spec::{BitSpec, DeviceSettings, EnumSpec, RepeatSpec};
    let s = |v: &str| Spanned::bare(v.to_owned());
    let opt = |v: &Option<String>| v.as_deref().map(s);
    let number = |x: f64| {
        if x.fract() == 0.0 && x.abs() < 9.0e15 {
            Value::Int(x as i64)
        } else {
            Value::Float(x)
        }
    };
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
    let template_alias = |r: &Register, target: &str| -> String {
        let Some((instance, rest)) = target.split_once('.') else { return target.to_owned() };
        let Some(&(block, 1)) = repeated_instance.get(instance) else { return target.to_owned() };
        // Template form only if instance 2 of this register points at instance 2 of the target block.
        let second = device.registers.iter().find(|x| x.block == r.block && x.name == r.name && x.instance_index == Some(2));
        match second {
            Some(x) if x.alias_of.as_deref() == Some(format!("{block}2.{rest}").as_str()) => format!("{block}.{rest}"),
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
                .map(|r| RegisterSpec {
                    name: s(&r.name),
                    address: Some(Spanned::bare(r.relative_address as i64)),
                    data_type: Some(s(r.data_type.as_str())),
                    length: r.data_type.has_length().then(|| Spanned::bare(r.length as i64)),
                    scale: match &r.scale_text {
                        // The text as written keeps `1/10` a fraction and `1.0` a float.
                        Some(text) => Some(Spanned::bare(crate::load::parse_value(text))),
                        None => (r.scale != 1.0).then(|| Spanned::bare(number(r.scale))),
                    },
                    offset: (r.offset != 0.0).then(|| Spanned::bare(number(r.offset))),
                    unit: opt(&r.unit),
                    access: Some(s(r.access.as_str())),
                    min: r.min.map(|v| Spanned::bare(number(v))),
                    max: r.max.map(|v| Spanned::bare(number(v))),
                    default: r.default.as_ref().map(|v| {
                        Spanned::bare(match v {
                            IrValue::Bool(b) => Value::Bool(*b),
                            IrValue::Int(i) => Value::Int(*i),
                            IrValue::Float(f) => Value::Float(*f),
                            IrValue::Text(t) => Value::Text(t.clone()),
                        })
                    }),
                    values: r
                        .values
                        .iter()
                        .map(|v| EnumSpec { raw: Spanned::bare(v.raw), name: s(&v.name) })
                        .collect(),
                    bits: r
                        .bits
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
                    since: opt(&r.since),
                    description: opt(&r.description),
                    word_order: Some(s(r.word_order.as_str())),
                    byte_order: Some(s(r.byte_order.as_str())),
                    alias_of: r.alias_of.as_deref().map(|t| Spanned::bare(template_alias(r, t))),
                    safety: r.safety.then(|| Spanned::bare(true)),
                    overlaps: r.overlaps.iter().map(|o| s(o)).collect(),
                    line: 0,
                    column: 0,
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
                registers,
                line: 0,
                column: 0,
            }
        })
        .collect();
    Spec { file: device.source.file.clone(), device: settings, blocks }
}
