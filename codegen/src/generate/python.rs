//! Python maps: one standard-library-only, fully typed module per device.
//!
//! The codec functions are the same text in every module (a map must work on
//! its own, without a runtime package); only the data differs. This module
//! decides the names of generated classes and computes the read plan; the
//! template (`templates/python_device.py.jinja`) writes them out.

use super::{filters, header_lines, Error, Options};
use crate::ir::{Device, Register};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

const DEVICE_TEMPLATE: &str = include_str!("../../templates/python_device.py.jinja");

/// Names the module defines, imports or raises; a generated class must not
/// shadow them (block `value` + register `error` would otherwise replace `ValueError`).
const RESERVED: &[&str] = &[
    "Access", "Any", "AttributeError", "BYTE_ORDER", "ByteOrder", "DEVICE", "DataType", "Exception", "FIRMWARE",
    "IntEnum", "IntFlag", "KeyError", "Literal", "MAX_GAP", "ModbusClient", "ModbusError", "NamedTuple",
    "OverflowError", "Protocol", "READ_LIMIT", "READ_PLAN", "REGISTERS", "ReadRequest", "Register", "Response",
    "Sequence", "TITLE", "Table", "TypeAlias", "TypeError", "UNIT_ID", "UnicodeDecodeError", "UnknownRegisterError",
    "VALUES_PER_READ", "VENDOR", "Value", "ValueError", "WORD_ORDER", "WORD_ORDER_COIL", "WordOrder",
];

#[derive(Debug, Serialize)]
struct EnumClass<'a> {
    class_name: String,
    registers: Vec<String>,
    variants: &'a [crate::ir::EnumVariant],
}

#[derive(Debug, Serialize)]
struct FlagMember {
    ident: String,
    name: String,
    mask: u64,
    lsb: u8,
    width: u8,
}

#[derive(Debug, Serialize)]
struct FlagClass {
    class_name: String,
    registers: Vec<String>,
    members: Vec<FlagMember>,
}

#[derive(Debug, Serialize)]
struct PyRegister<'a> {
    register: &'a Register,
    enum_class: Option<String>,
    flag_class: Option<String>,
}

#[derive(Debug, Serialize)]
struct ModuleContext<'a> {
    header: Vec<String>,
    device: &'a Device,
    /// Docstring text, already safe inside `"""…"""`.
    doc_title: String,
    doc_description: Option<String>,
    /// Registers the usage example in the docstring names.
    example_read: Option<String>,
    example_write: Option<String>,
    /// A value inside `example_write`'s range, as a Python literal.
    example_write_value: String,
    enums: Vec<EnumClass<'a>>,
    flags: Vec<FlagClass>,
    registers: Vec<PyRegister<'a>>,
    read_plan: Vec<crate::planning::PlannedRead>,
    /// `__all__`, in the order ruff's RUF022 wants (constants, classes, functions).
    exports: Vec<String>,
}

/// Text inside a `"""` docstring: backslashes and quote runs would end or alter it.
fn docstring_safe(text: &str) -> String {
    text.replace('\\', "\\\\").replace("\"\"\"", "\\\"\\\"\\\"").trim().to_owned()
}

fn unique_name(wanted: String, used: &mut BTreeSet<String>) -> String {
    let mut name = wanted.clone();
    let mut n = 2;
    while used.contains(&name) {
        name = format!("{wanted}{n}");
        n += 1;
    }
    used.insert(name.clone());
    name
}

/// One enum/flag class per block-template register (instances of a repeated
/// block share it), and an alias with the same values reuses its target's class.
fn classes<'a>(device: &'a Device) -> (Vec<EnumClass<'a>>, Vec<FlagClass>, Vec<PyRegister<'a>>) {
    let mut used: BTreeSet<String> = RESERVED.iter().map(|s| (*s).to_owned()).collect();
    let mut enums: Vec<EnumClass<'a>> = Vec::new();
    let mut flags: Vec<FlagClass> = Vec::new();
    let mut enum_of: BTreeMap<(&str, &str), usize> = BTreeMap::new();
    let mut flag_of: BTreeMap<(&str, &str), usize> = BTreeMap::new();

    // Aliased registers first, so an alias finds its target's class already made.
    let mut order: Vec<&Register> = device.registers.iter().filter(|r| r.alias_of.is_none()).collect();
    order.extend(device.registers.iter().filter(|r| r.alias_of.is_some()));

    for r in order {
        let key = (r.block.as_str(), r.name.as_str());
        let target = r.alias_of.as_deref().and_then(|q| device.register(q));
        if !r.values.is_empty() {
            let shared = target
                .filter(|t| t.values == r.values)
                .and_then(|t| enum_of.get(&(t.block.as_str(), t.name.as_str())).copied());
            let index = match (enum_of.get(&key).copied(), shared) {
                (Some(i), _) | (None, Some(i)) => i,
                (None, None) => {
                    let base = format!("{}{}", filters::camel_case(&r.block), filters::camel_case(&r.name));
                    enums.push(EnumClass {
                        class_name: unique_name(base, &mut used),
                        registers: Vec::new(),
                        variants: &r.values,
                    });
                    enums.len() - 1
                }
            };
            enum_of.insert(key, index);
            enums[index].registers.push(r.qualified_name.clone());
        } else if !r.bits.is_empty() {
            let shared = target
                .filter(|t| t.bits == r.bits)
                .and_then(|t| flag_of.get(&(t.block.as_str(), t.name.as_str())).copied());
            let index = match (flag_of.get(&key).copied(), shared) {
                (Some(i), _) | (None, Some(i)) => i,
                (None, None) => {
                    let base = format!("{}{}", filters::camel_case(&r.block), filters::camel_case(&r.name));
                    let members = r
                        .bits
                        .iter()
                        .map(|b| FlagMember {
                            ident: b.ident.clone(),
                            name: b.name.clone(),
                            mask: bit_mask(b.lsb, b.width),
                            lsb: b.lsb,
                            width: b.width,
                        })
                        .collect();
                    flags.push(FlagClass { class_name: unique_name(base, &mut used), registers: Vec::new(), members });
                    flags.len() - 1
                }
            };
            flag_of.insert(key, index);
            flags[index].registers.push(r.qualified_name.clone());
        }
    }
    for class in &mut enums {
        class.registers.sort();
    }
    for class in &mut flags {
        class.registers.sort();
    }

    let registers = device
        .registers
        .iter()
        .map(|r| {
            let key = (r.block.as_str(), r.name.as_str());
            PyRegister {
                register: r,
                // `values` wins over `bits` when a register has both, as in the Rust codecs.
                enum_class: enum_of.get(&key).map(|&i| enums[i].class_name.clone()),
                flag_class: if r.values.is_empty() {
                    flag_of.get(&key).map(|&i| flags[i].class_name.clone())
                } else {
                    None
                },
            }
        })
        .collect();
    (enums, flags, registers)
}

fn bit_mask(lsb: u8, width: u8) -> u64 {
    modbus_map_core::BitField { name: "", lsb, width }.mask()
}

/// Public names of the module: the fixed API plus every generated class.
fn exports(enums: &[EnumClass], flags: &[FlagClass]) -> Vec<String> {
    const FIXED: &[&str] = &[
        "BYTE_ORDER", "DEVICE", "FIRMWARE", "MAX_GAP", "READ_LIMIT", "READ_PLAN", "REGISTERS", "TITLE", "UNIT_ID",
        "VALUES_PER_READ", "VENDOR", "WORD_ORDER", "WORD_ORDER_COIL", "ModbusClient", "ModbusError", "ReadRequest",
        "Register", "Response", "UnknownRegisterError", "Value", "decode", "detect_word_order", "encode", "field", "read_all",
        "read_register", "register", "supported", "with_field", "write_register",
    ];
    let mut names: Vec<String> = FIXED.iter().map(|s| (*s).to_owned()).collect();
    names.extend(enums.iter().map(|c| c.class_name.clone()));
    names.extend(flags.iter().map(|c| c.class_name.clone()));
    // isort style: SCREAMING_CASE, then CamelCase, then the rest, each alphabetical.
    let group = |name: &str| {
        if name.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_') {
            0
        } else if name.starts_with(|c: char| c.is_ascii_uppercase()) {
            1
        } else {
            2
        }
    };
    names.sort_by(|a, b| (group(a), a).cmp(&(group(b), b)));
    names
}

/// The Python module of one device.
pub fn generate(device: &Device, options: &Options) -> Result<String, Error> {
    let (enums, flags, registers) = classes(device);
    let example_read = device
        .registers
        .iter()
        .find(|r| r.access.readable() && r.data_type.is_numeric() && r.values.is_empty() && r.bits.is_empty())
        .or_else(|| device.registers.iter().find(|r| r.access.readable()))
        .map(|r| r.qualified_name.clone());
    let writable = device
        .registers
        .iter()
        .find(|r| r.access.writable() && !r.safety && r.data_type.is_numeric() && r.values.is_empty() && r.bits.is_empty());
    let example_write = writable.map(|r| r.qualified_name.clone());
    let example_write_value = writable
        .map(|r| {
            let mut value = 0.0_f64;
            if let Some(min) = r.min {
                value = value.max(min);
            }
            if let Some(max) = r.max {
                value = value.min(max);
            }
            filters::format_number(value)
        })
        .unwrap_or_default();
    let title = device.title.as_deref().unwrap_or(&device.name);
    let exports = exports(&enums, &flags);
    let context = ModuleContext {
        // A line break in a path or command would end the comment and leave code behind.
        header: header_lines(device, options).iter().map(|l| l.replace(['\n', '\r'], " ")).collect(),
        device,
        doc_title: docstring_safe(title),
        doc_description: device.description.as_deref().map(docstring_safe),
        example_read,
        example_write,
        example_write_value,
        enums,
        flags,
        registers,
        read_plan: crate::planning::read_plan(device, "python")?,
        exports,
    };
    // Blank-line runs follow PEP 8 (at most two).
    super::render("python", &device.name, "python_device.py.jinja", DEVICE_TEMPLATE, context, 2)
}

/// The registry's Python generator: `python/<device>.py`.
pub struct Python;

impl super::Generator for Python {
    fn name(&self) -> &'static str {
        "python"
    }

    fn output_dir(&self) -> &'static str {
        "python"
    }

    fn device_files(&self, device: &Device, options: &Options) -> Result<Vec<(std::path::PathBuf, String)>, Error> {
        Ok(vec![(format!("{}.py", device.name).into(), generate(device, options)?)])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_cover_bit_ranges() {
        assert_eq!(bit_mask(0, 1), 0x1);
        assert_eq!(bit_mask(8, 3), 0x700);
        assert_eq!(bit_mask(0, 64), u64::MAX);
    }

    #[test]
    fn docstrings_cannot_be_closed_early() {
        assert_eq!(docstring_safe(r#"a """ b \ c"#), r#"a \"\"\" b \\ c"#);
    }

    #[test]
    fn class_names_avoid_reserved_and_taken_names() {
        let mut used: BTreeSet<String> = RESERVED.iter().map(|s| (*s).to_owned()).collect();
        assert_eq!(unique_name("Register".to_owned(), &mut used), "Register2");
        assert_eq!(unique_name("Register".to_owned(), &mut used), "Register3");
        assert_eq!(unique_name("Mode".to_owned(), &mut used), "Mode");
        assert_eq!(unique_name("ValueError".to_owned(), &mut used), "ValueError2");
    }
}
