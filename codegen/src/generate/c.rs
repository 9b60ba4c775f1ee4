//! C header `c/DEVICE.h`: the register map as preprocessor constants for firmware
//! and gateways written in C (the header vendors ship beside their PDF, and the one
//! that drifts from it). Each register's table, address and register count, its
//! scale and offset where it has them, the register an alias serves again
//! (`_ALIAS_OF`); each enumeration value and named bit once
//! (they are items of their own in the IR). A repeated block stays an array: its
//! registers once, their addresses macros of the instance number
//! (`EMS_ESP_HC_SELTEMP_ADDRESS(n)`), with `_INSTANCES` and `_STRIDE` beside them. Macro names are this target's own
//! escaping: the device name, then the words of the name in upper case.

use super::{DeviceView, Error, Options};
use crate::ir::{self, Device, Register, Table};
use std::fmt::Write as _;

pub struct C;

impl super::Generator for C {
    fn name(&self) -> &'static str {
        "c"
    }

    fn output_dir(&self) -> &'static str {
        "c"
    }

    fn device_files(&self, device: &DeviceView<'_>, options: &Options) -> Result<Vec<(std::path::PathBuf, String)>, Error> {
        Ok(vec![(format!("{}.h", device.name).into(), generate(device, options)?)])
    }
}

struct Define {
    name: String,
    value: String,
}

struct Group {
    /// What the constants are about, for the comment above them.
    about: String,
    defines: Vec<Define>,
}

/// `hc1.seltemp` of `ems_esp` → `EMS_ESP_HC1_SELTEMP`: upper case, anything but letters
/// and digits an underscore; the device prefix keeps it clear of C's reserved names.
fn macro_name(device: &Device, parts: &[&str]) -> String {
    let mut name = device.name.to_uppercase();
    for part in parts {
        name.push('_');
        name.extend(part.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_uppercase() } else { '_' }));
    }
    name
}

fn table_macro(table: Table) -> &'static str {
    match table {
        Table::Coil => "MODBUS_MAP_COIL",
        Table::Discrete => "MODBUS_MAP_DISCRETE",
        Table::Holding => "MODBUS_MAP_HOLDING",
        Table::Input => "MODBUS_MAP_INPUT",
    }
}

/// A register's constants. `repeat` is its block's `{count, stride}` for a
/// repeated block: the register is then written once for all its instances (arrays
/// stay arrays), named after the block, with its addresses as function-like macros
/// of the 1-based instance number `n`.
fn register_group(device: &Device, r: &Register, repeat: Option<&ir::Repeat>) -> Group {
    let scope = if repeat.is_some() { &r.block } else { &r.instance };
    let at = |what: &str| macro_name(device, &[scope, &r.name, what]);
    let address = |a: u16| match repeat {
        None => format!("{}u", super::filters::hex(u64::from(a))),
        Some(rep) => format!("({}u + ((n) - 1u) * {}u)", super::filters::hex(u64::from(a)), rep.stride),
    };
    let address_name = |what: &str| if repeat.is_some() { format!("{}(n)", at(what)) } else { at(what) };
    let mut defines = vec![
        Define { name: at("TABLE"), value: table_macro(r.table).to_owned() },
        Define { name: address_name("ADDRESS"), value: address(r.address) },
        Define { name: at("COUNT"), value: format!("{}u", r.span()) },
    ];
    // Words apart: the low word alone at ADDRESS (COUNT 1), the high word at its own address.
    if let Some(high) = r.high_word {
        defines.push(Define { name: address_name("HIGH_WORD_ADDRESS"), value: address(high) });
    }
    if r.unit_id != device.unit_id {
        defines.push(Define { name: at("UNIT_ID"), value: format!("{}u", r.unit_id) });
    }
    // An alias names its target; its own address, count, scale and offset are the ones
    // above (a converting alias's own codec: the server converts the one stored value).
    // In a repeated block, a target of the same instance is named as the template
    // (`hc.seltemp`): the constants stand for every instance.
    let target = r.alias_of.as_deref().and_then(|name| device.register(name));
    let target_name = target.map(|t| if repeat.is_some() && t.block == r.block { format!("{}.{}", t.block, t.name) } else { t.qualified_name.clone() });
    if let Some(name) = target_name.as_deref().or(r.alias_of.as_deref()) {
        defines.push(Define { name: at("ALIAS_OF"), value: c_string(name) });
    }
    if modbus_map_core::codec::is_scaled(r.scale, r.offset) {
        defines.push(Define { name: at("SCALE"), value: c_double(r.scale) });
        defines.push(Define { name: at("OFFSET"), value: c_double(r.offset) });
    }
    let shown = if repeat.is_some() { format!("{}.{}", r.block, r.name) } else { r.qualified_name.clone() };
    let mut about = format!("`{shown}`: {} {}, {}", r.table.as_str(), r.address, r.data_type.as_str());
    if repeat.is_some() {
        about.push_str(" (instance 1; instance n at + (n - 1) × stride)");
    }
    if let Some(unit) = &r.keys.unit {
        about.push_str(&format!(" in {unit}"));
    }
    if let Some(label) = r.keys.label.as_ref().or(r.keys.description.as_ref()) {
        about.push_str(&format!(": {label}"));
    }
    if let Some(factor) = &r.scale_factor {
        about.push_str(&format!(" (scaled by 10^`{factor}`)"));
    }
    if let Some(high) = r.high_word {
        about.push_str(&format!(" (low word at ADDRESS, high word at {high})"));
    }
    if let (Some(target), Some(name)) = (target, &target_name) {
        match crate::format::conversion(r, target) {
            Some(conversion) => about.push_str(&format!(" (alias of `{name}`, converted: {})", conversion.replace('`', ""))),
            None => about.push_str(&format!(" (alias of `{name}`)")),
        }
    }
    Group { about: comment(&about), defines }
}

/// A repeated block's instance count and stride, and its instances by number.
fn repeat_group(device: &Device, block: &ir::Block, repeat: &ir::Repeat) -> Group {
    let numbers: Vec<String> =
        block.instances.iter().map(|i| format!("{} = {}", i.name, i.index.unwrap_or_default())).collect();
    Group {
        about: comment(&format!("Block `{}`, repeated: instances {}", block.name, numbers.join(", "))),
        defines: vec![
            Define { name: macro_name(device, &[&block.name, "INSTANCES"]), value: format!("{}u", repeat.count) },
            Define { name: macro_name(device, &[&block.name, "STRIDE"]), value: format!("{}u", repeat.stride) },
        ],
    }
}

/// Text inside a one-line C `/* */` comment: a `*/` would end the comment early.
fn comment(text: &str) -> String {
    text.replace("*/", "* /").replace(['\n', '\r'], " ")
}

/// A C string literal: qualified names are ASCII identifiers and dots, but escape anyway.
fn c_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            ' '..='~' => out.push(c),
            _ => out.push('_'),
        }
    }
    out.push('"');
    out
}

/// A C `double` literal that reads back as the same number (`0.1`, `(-30.0)`: a
/// negative one in parentheses, so `X - OFFSET` stays one expression).
fn c_double(x: f64) -> String {
    let text = crate::format::format_number(x);
    let text = if text.contains(['.', 'e', 'E']) { text } else { format!("{text}.0") };
    if text.starts_with('-') { format!("({text})") } else { text }
}

fn generate(device: &Device, options: &Options) -> Result<String, Error> {
    let fail = |message: String| Error { generator: "c", device: device.name.clone(), message };
    let repeats: foldhash::HashMap<&str, &ir::Repeat> =
        device.blocks.iter().filter_map(|b| b.repeat.as_ref().map(|rep| (b.name.as_str(), rep))).collect();
    let mut groups = Vec::new();
    let mut block_started = foldhash::HashSet::default();
    for r in &device.registers {
        let repeat = repeats.get(r.block.as_str()).copied();
        if repeat.is_some() && r.instance_index.is_some_and(|i| i != 1) {
            continue;
        }
        if let Some(rep) = repeat.filter(|_| block_started.insert(r.block.as_str())) {
            if let Some(block) = device.blocks.iter().find(|b| b.name == r.block) {
                groups.push(repeat_group(device, block, rep));
            }
        }
        groups.push(register_group(device, r, repeat));
    }
    for e in &device.enumerations {
        let defines = e
            .values
            .iter()
            .map(|v| Define { name: macro_name(device, &[&e.name, &v.ident]), value: v.raw.to_string() })
            .collect::<Vec<_>>();
        // Raw values that share a name are one constant: the value a write sends.
        let mut seen = std::collections::BTreeSet::new();
        let defines = defines.into_iter().filter(|d| seen.insert(d.name.clone())).collect();
        groups.push(Group { about: comment(&format!("Values of enumeration `{}` ({})", e.name, e.used_by.join(", "))), defines });
    }
    for f in &device.flag_sets {
        let defines = f
            .bits
            .iter()
            .map(|b| Define { name: macro_name(device, &[&f.name, &b.ident, "MASK"]), value: format!("0x{:X}u", bit_mask(b)) })
            .collect();
        groups.push(Group { about: comment(&format!("Bits of `{}` ({})", f.name, f.used_by.join(", "))), defines });
    }
    // One name, one constant: a clash would redefine a macro, which C compilers only warn about.
    let mut names: foldhash::HashMap<&str, &str> = foldhash::HashMapExt::with_capacity(4 * groups.len());
    for g in &groups {
        for d in &g.defines {
            // `X_ADDRESS(n)` is the macro `X_ADDRESS`.
            let name = d.name.split('(').next().unwrap_or(&d.name);
            if let Some(prev) = names.insert(name, &g.about) {
                return Err(fail(format!("`{}` stands for both {prev} and {}; rename one of them in the spec", d.name, g.about)));
            }
        }
    }
    let guard = format!("MODBUS_MAP_{}_H", device.name.to_uppercase());
    let context = minijinja::context! {
        header => super::header_lines(device, options).map(|line| comment(&line)),
        name => &device.name,
        title => comment(device.title.as_deref().unwrap_or(&device.name)),
        description => device.description.as_deref().map(comment),
        unit_id_value => device.unit_id,
        guard => &guard,
        unit_id => macro_name(device, &["UNIT_ID"]),
    };
    let mut out = super::render("c", &device.name, "c_header.h", include_str!("../../templates/c_header.h.jinja"), context, 1)?;
    // The constants are appended here, not rendered by the template: a template loop
    // over every constant of a 10,000-register spec, and later passing their megabyte
    // of text through the template, was most of this generator's cost.
    out.reserve(160 * groups.len());
    for g in &groups {
        let _ = writeln!(out, "\n/* {} */", g.about.trim_end());
        for d in &g.defines {
            let _ = writeln!(out, "#define {} {}", d.name, d.value);
        }
    }
    let _ = writeln!(out, "\n#endif /* {guard} */");
    Ok(out)
}

fn bit_mask(b: &ir::BitRange) -> u64 {
    let ones = if b.width >= 64 { u64::MAX } else { (1u64 << b.width) - 1 };
    ones << b.lsb
}
