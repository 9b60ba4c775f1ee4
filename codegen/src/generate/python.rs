//! Python maps: one standard-library-only, fully typed module per device, plus
//! one runtime module per output directory that every device module imports.
//!
//! The runtime (`templates/python_runtime.py.jinja`) holds the codecs and the
//! client helpers once; a device module (`templates/python_device.py.jinja`)
//! holds data only: one `IntEnum`/`IntFlag` per distinct enumeration or bit
//! set, one `Row` line per register of a block template (repeated blocks stay
//! `{count, stride}` arrays the runtime expands) and one line per planned read.
//! This module decides the Python names (keyword and reserved-name escaping is
//! Python's business, not the IR's) and writes each row's literal.

use super::{filters, header_lines, DeviceView, Error, Options};
use crate::ir::{self, BitRange, Device, EnumVariant, Register};
use serde::Serialize;
use std::collections::BTreeMap;
use std::borrow::Cow;
use std::path::PathBuf;

const DEVICE_TEMPLATE: &str = include_str!("../../templates/python_device.py.jinja");
const RUNTIME_TEMPLATE: &str = include_str!("../../templates/python_runtime.py.jinja");

/// The runtime module's name; the leading `_` keeps it apart from device modules,
/// whose names are snake_case spec names.
pub const RUNTIME_MODULE: &str = "_modbus_map_runtime";

/// Python's keywords: an identifier equal to one gets a trailing `_`.
const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
    "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
    "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
];

/// What a device module imports from the runtime: names it uses, then names it re-exports.
const RUNTIME_USED: &[&str] = &["Block", "ByteOrder", "DeviceMap", "Row", "WordOrder"];
const RUNTIME_EXPORTED: &[&str] = &[
    "ImplausibleValueError", "ModbusClient", "ModbusError", "ReadRequest", "Register", "Response", "UnknownRegisterError", "Value", "field",
    "with_field",
];
/// The module's own public names besides the runtime's and the generated classes.
const MODULE_EXPORTED: &[&str] = &[
    "BYTE_ORDER", "DEVICE", "FIRMWARE", "MAX_GAP", "READ_LIMIT", "READ_PLAN", "REGISTERS", "TITLE", "UNIT_ID",
    "VALUES_PER_READ", "VENDOR", "WORD_ORDER", "WORD_ORDER_COIL", "check_examples", "decode", "detect_word_order", "encode", "read_all",
    "read_register", "register", "supported", "write_register",
];

/// `name` as a Python identifier. Spec-derived identifiers never end in `_`
/// (heck drops trailing underscores), so the escaped form cannot meet another one.
pub fn sanitize_identifier(name: &str) -> String {
    if KEYWORDS.contains(&name) {
        format!("{name}_")
    } else {
        name.to_owned()
    }
}

/// A generated class name: escaped like an identifier, and also when it would
/// shadow a name the module imports (`Register`, `IntEnum`, the runtime's types).
fn class_name(enumeration_name: &str) -> String {
    let name = filters::camel_case(enumeration_name);
    let taken = ["IntEnum", "IntFlag", "Enumeration", "FlagSet"];
    if taken.contains(&name.as_str()) || RUNTIME_USED.contains(&name.as_str()) || RUNTIME_EXPORTED.contains(&name.as_str())
    {
        format!("{name}_")
    } else {
        sanitize_identifier(&name)
    }
}

#[derive(Debug, Serialize)]
struct Member {
    ident: String,
    /// The member's value as a Python literal (raw value or bit mask).
    value: String,
    lsb: u8,
    width: u8,
}

/// One `IntEnum` or `IntFlag` class, shared by every register with the same list.
#[derive(Debug, Serialize)]
struct Class {
    class_name: String,
    /// The docstring's list of registers using it.
    users: String,
    members: Vec<Member>,
    /// The spec names of the members, as a Python tuple literal.
    spec_names: String,
    /// `(raw, spec name)` pairs of raw values that share a member's name, as a
    /// Python tuple literal; empty when there are none.
    also: String,
}

#[derive(Debug, Serialize)]
struct BlockLines {
    /// `"name", "table", unit_id, base`.
    head: String,
    rows: Vec<String>,
    /// `, repeat=(count, stride)`, `, instance="hc2"` or nothing.
    tail: String,
}

#[derive(Debug, Serialize)]
struct ModuleContext<'a> {
    header: Vec<String>,
    device: super::DeviceFacts<'a>,
    runtime: &'static str,
    /// Docstring text, already safe inside `"""…"""`.
    doc_title: String,
    doc_description: Option<String>,
    /// Registers the usage example in the docstring names.
    example_read: Option<String>,
    example_write: Option<String>,
    /// A value inside `example_write`'s range, as a Python literal.
    example_write_value: String,
    runtime_imports: Vec<String>,
    exports: Vec<String>,
    enums: Vec<Class>,
    flags: Vec<Class>,
    blocks: Vec<BlockLines>,
    read_plan: &'a [crate::planning::PlannedRead],
}

/// A register's examples as a tuple of `((words...), value)` pairs; enumeration names
/// become their raw values, as the codec compares them.
fn py_examples(device: &Device, r: &Register) -> String {
    use modbus_map_core::value::Value as V;
    let items: Vec<String> = r
        .keys
        .examples
        .iter()
        .filter_map(|e| {
            let value = match device.example_value(r, &e.value)? {
                V::Bool(b) => if b { "True" } else { "False" }.to_owned(),
                V::Unsigned(u) => u.to_string(),
                V::Signed(n) => n.to_string(),
                V::Float(x) => filters::python_float(x),
                V::Text(t) => py_str(&t),
                V::Raw(words) => format!("[{}]", words.iter().map(|w| w.to_string()).collect::<Vec<_>>().join(", ")),
            };
            let words = e.words.iter().map(|&w| filters::hex(u64::from(w)));
            Some(format!("({}, {value})", py_tuple(words)))
        })
        .collect();
    py_tuple(items)
}


#[derive(Debug, Serialize)]
struct RowField {
    name: &'static str,
    annotation: &'static str,
    /// The literal a row may leave out; `None` for the positional fields.
    default: Option<&'static str>,
    /// `Some(docstring)`: `Register` has a field of this name and type that takes
    /// the row's value as it is (an empty docstring is none).
    register: Option<&'static str>,
}

/// What one row is written from.
struct RowInput<'a> {
    register: &'a Register,
    device: &'a Device,
    /// The `Enumeration`/`FlagSet` variables of the module the register uses.
    values: Option<&'a str>,
    flags: Option<&'a str>,
}

/// The fields of the runtime's `Row`, in order: the runtime template declares
/// them from this table and every row is written from it, so a default left
/// out of a row is the default the runtime fills in.
#[allow(clippy::type_complexity)]
const ROW_FIELDS: &[(RowField, fn(&RowInput) -> Cow<'static, str>)] = &[
    (RowField { name: "name", annotation: "str", default: None, register: Some("Name in its block (``room_temp``).") }, |i| py_str(&i.register.name).into()),
    (RowField { name: "address", annotation: "int", default: None, register: None }, |i| i.register.relative_address.to_string().into()),
    (RowField { name: "data_type", annotation: "DataType", default: None, register: Some("") }, |i| py_str(i.register.data_type.as_str()).into()),
    (RowField { name: "access", annotation: "Access", default: None, register: Some("") }, |i| py_str(i.register.access.as_str()).into()),
    (RowField { name: "width", annotation: "int", default: Some("1"), register: Some("Registers (bits for coil/discrete) the value occupies.") }, |i| i.register.width.to_string().into()),
    (RowField { name: "length", annotation: "int", default: Some("0"), register: Some("Bytes for strings, registers for raw, 0 otherwise.") }, |i| i.register.length.to_string().into()),
    (RowField { name: "scale", annotation: "float", default: Some("1.0"), register: Some("") }, |i| filters::python_float(i.register.scale).into()),
    (RowField { name: "offset", annotation: "float", default: Some("0.0"), register: Some("Engineering value = raw * scale + offset.") }, |i| {
        filters::python_float(i.register.offset).into()
    }),
    (RowField { name: "scale_factor", annotation: "str | None", default: Some("None"), register: None }, |i| {
        py_opt_str(local_ref(i.register, i.register.scale_factor.as_deref()))
    }),
    (
        RowField {
            name: "high_word_at",
            annotation: "int | None",
            default: Some("None"),
            register: None,
        },
        |i| i.register.relative_high_word().map_or(Cow::Borrowed("None"), |a| a.to_string().into()),
    ),
    (RowField { name: "label", annotation: "str | None", default: Some("None"), register: Some("A short name for people (``Flow temperature``).") }, |i| py_opt_str(i.register.keys.label.as_deref())),
    (RowField { name: "unit", annotation: "str | None", default: Some("None"), register: Some("") }, |i| py_opt_str(i.register.keys.unit.as_deref())),
    (
        RowField {
            name: "plausible_min",
            annotation: "float | None",
            default: Some("None"),
            register: Some("Plausible range of a reading: ``decode`` raises ``ImplausibleValueError`` outside it."),
        },
        |i| py_opt_f64(i.register.keys.plausible_min),
    ),
    (
        RowField { name: "plausible_max", annotation: "float | None", default: Some("None"), register: Some("") },
        |i| py_opt_f64(i.register.keys.plausible_max),
    ),
    (
        RowField {
            name: "sentinels",
            annotation: "tuple[int, ...]",
            default: Some("()"),
            register: Some("Raw values meaning \"not available\" (bit patterns of the type): ``decode`` gives ``None`` for them."),
        },
        |i| match i.register.sentinels.as_slice() {
            [] => Cow::Borrowed("()"),
            patterns => format!("({},)", patterns.iter().map(|p| format!("{p:#X}")).collect::<Vec<_>>().join(", ")).into(),
        },
    ),
    (RowField { name: "min", annotation: "float | None", default: Some("None"), register: Some("") }, |i| py_opt_f64(i.register.min)),
    (RowField { name: "max", annotation: "float | None", default: Some("None"), register: Some("") }, |i| py_opt_f64(i.register.max)),
    (RowField { name: "default", annotation: "bool | int | float | str | None", default: Some("None"), register: Some("") }, |i| {
        match &i.register.default {
            None => Cow::Borrowed("None"),
            Some(ir::Value::Bool(b)) => Cow::Borrowed(if *b { "True" } else { "False" }),
            Some(ir::Value::Int(n)) => n.to_string().into(),
            Some(ir::Value::Float(f)) => filters::python_float(*f).into(),
            Some(ir::Value::Text(t)) => py_str(t).into(),
        }
    }),
    (
        RowField {
            name: "examples",
            annotation: "tuple[tuple[tuple[int, ...], Value], ...]",
            default: Some("()"),
            register: Some("The spec's examples: the words a device sends and the value they stand for (``check_examples``)."),
        },
        |i| py_examples(i.device, i.register).into(),
    ),
    (RowField { name: "since", annotation: "str | None", default: Some("None"), register: Some("First firmware version that has the register.") }, |i| py_opt_str(i.register.keys.since.as_deref())),
    (RowField { name: "description", annotation: "str | None", default: Some("None"), register: Some("") }, |i| {
        py_opt_str(i.register.keys.description.as_deref())
    }),
    (RowField { name: "word_order", annotation: "WordOrder | None", default: Some("None"), register: None }, |i| {
        let order = i.register.word_order;
        if order == i.device.word_order { Cow::Borrowed("None") } else { py_str(order.as_str()).into() }
    }),
    (RowField { name: "byte_order", annotation: "ByteOrder | None", default: Some("None"), register: None }, |i| {
        let order = i.register.byte_order;
        let inherited = ir::ByteOrder::inherited(i.device.byte_order, i.register.data_type);
        if order == inherited { Cow::Borrowed("None") } else { py_str(order.as_str()).into() }
    }),
    (RowField { name: "alias_of", annotation: "str | None", default: Some("None"), register: None }, |i| {
        py_opt_str(local_ref(i.register, i.register.alias_of.as_deref()))
    }),
    (
        RowField {
            name: "write_function",
            annotation: "WriteFunction",
            default: Some("\"any\""),
            register: Some("``multiple``: written with 15/16 also when it is one coil or register; ``single``: 05/06; ``any``: 05/06 for one, 15/16 for more."),
        },
        |i| py_str(i.register.write_function.as_str()).into(),
    ),
    (RowField { name: "safety", annotation: "bool", default: Some("False"), register: Some("Writes are safety relevant: ``write_register`` refuses them without ``allow_safety=True``.") }, |i| {
        Cow::Borrowed(if i.register.keys.safety { "True" } else { "False" })
    }),
    (RowField { name: "self_clearing", annotation: "bool", default: Some("False"), register: Some("A command: the device executes the write, then the register reads its idle value again.") }, |i| {
        Cow::Borrowed(if i.register.keys.self_clearing { "True" } else { "False" })
    }),
    (RowField { name: "values", annotation: "Enumeration | None", default: Some("None"), register: None }, |i| {
        i.values.map_or(Cow::Borrowed("None"), |v| v.to_owned().into())
    }),
    (RowField { name: "flags", annotation: "FlagSet | None", default: Some("None"), register: None }, |i| i.flags.map_or(Cow::Borrowed("None"), |v| v.to_owned().into())),
    (RowField { name: "ident", annotation: "str | None", default: Some("None"), register: None }, |i| {
        let r = i.register;
        let default_ident = r.ident.strip_prefix(r.instance.as_str()).and_then(|rest| rest.strip_prefix('_')) == Some(r.name.as_str());
        if default_ident { Cow::Borrowed("None") } else { py_str(&r.ident).into() }
    }),
];

/// A reference to another register (`alias_of`, `scale_factor`) as a row writes
/// it: within the register's own instance the local name is enough, which lets
/// every instance of a repeated block share the row.
fn local_ref<'a>(r: &Register, target: Option<&'a str>) -> Option<&'a str> {
    target.map(|target| match target.split_once('.') {
        Some((instance, name)) if instance == r.instance => name,
        _ => target,
    })
}

fn py_str(text: &str) -> String {
    filters::python_string(text)
}

fn py_opt_str(text: Option<&str>) -> Cow<'static, str> {
    text.map_or(Cow::Borrowed("None"), |t| py_str(t).into())
}

fn py_opt_f64(value: Option<f64>) -> Cow<'static, str> {
    value.map_or(Cow::Borrowed("None"), |x| filters::python_float(x).into())
}

fn py_tuple(items: impl IntoIterator<Item = String>) -> String {
    let items: Vec<String> = items.into_iter().collect();
    match items.len() {
        1 => format!("({},)", items[0]),
        _ => format!("({})", items.join(", ")),
    }
}

/// The arguments of `Row(...)` for one register: positional fields, then the
/// keyword fields that differ from their default.
fn row(input: &RowInput) -> String {
    // Written straight into one string: a large spec has tens of thousands of rows.
    let mut args = String::with_capacity(192);
    for (field, value) in ROW_FIELDS {
        let value = value(input);
        let keyword = match field.default {
            None => None,
            Some(default) if value != default => Some(field.name),
            Some(_) => continue,
        };
        if !args.is_empty() {
            args.push_str(", ");
        }
        if let Some(name) = keyword {
            args.push_str(name);
            args.push('=');
        }
        args.push_str(&value);
    }
    args
}

/// Text inside a `"""` docstring: backslashes and quote runs would end or alter it.
fn docstring_safe(text: &str) -> String {
    text.replace('\\', "\\\\").replace("\"\"\"", "\\\"\\\"\\\"").trim().to_owned()
}

/// Registers named in a class docstring: a repeated block's register once, as `hc<n>.name`.
fn users_text(device: &Device, used_by: &[String]) -> String {
    let names: Vec<String> = used_by
        .iter()
        .map(|template| match template.split_once('.') {
            Some((block, name)) if device.blocks.iter().any(|b| b.name == block && b.repeat.is_some()) => {
                format!("``{block}<n>.{name}``")
            }
            _ => format!("``{template}``"),
        })
        .collect();
    names.join(", ")
}

/// One class of the IR's enumeration or flag set `name`.
fn class<T>(device: &Device, name: &str, used_by: &[String], items: &[T], member: impl Fn(&T) -> (Member, &str)) -> Class {
    let (members, names): (Vec<Member>, Vec<String>) = items.iter().map(member).map(|(m, name)| (m, py_str(name))).unzip();
    Class { class_name: class_name(name), users: users_text(device, used_by), members, spec_names: py_tuple(names), also: String::new() }
}

/// One `IntEnum` per enumeration of the IR, indexed like `Device::enumerations`.
fn enum_classes(device: &Device) -> Vec<Class> {
    device
        .enumerations
        .iter()
        .map(|e| {
            // Raw values that share a name are one member (the lowest raw; the IR sorts
            // by raw); the runtime decodes the others to it through `Enumeration.also`.
            let first_of_name = |i: usize, v: &EnumVariant| e.values[..i].iter().all(|p| p.ident != v.ident);
            let members: Vec<&EnumVariant> = e.values.iter().enumerate().filter(|&(i, v)| first_of_name(i, v)).map(|(_, v)| v).collect();
            let also: Vec<&EnumVariant> = e.values.iter().enumerate().filter(|&(i, v)| !first_of_name(i, v)).map(|(_, v)| v).collect();
            let mut class = class(device, &e.name, &e.used_by, &members, |v: &&EnumVariant| {
                (Member { ident: sanitize_identifier(&v.ident), value: v.raw.to_string(), lsb: 0, width: 0 }, &v.name)
            });
            if !also.is_empty() {
                class.also = py_tuple(also.iter().map(|v| format!("({}, {})", v.raw, py_str(&v.name))));
            }
            class
        })
        .collect()
}

/// One `IntFlag` per flag set of the IR, indexed like `Device::flag_sets`.
fn flag_classes(device: &Device) -> Vec<Class> {
    device
        .flag_sets
        .iter()
        .map(|f| {
            class(device, &f.name, &f.used_by, &f.bits, |b: &BitRange| {
                let mask = modbus_map_core::BitField { name: "", lsb: b.lsb, width: b.width }.mask();
                let member = Member { ident: sanitize_identifier(&b.ident), value: filters::hex(mask), lsb: b.lsb, width: b.width };
                (member, &b.name)
            })
        })
        .collect()
}

/// The module variables rows name (`_HcMode`, the `Enumeration`/`FlagSet` of a
/// class), indexed like `Device::enumerations` and `Device::flag_sets`.
struct Variables {
    enums: Vec<String>,
    flags: Vec<String>,
}

/// The rows of one block instance, in spec order.
fn instance_rows(
    device: &Device,
    lookup: &ir::Lookup<'_>,
    block: &ir::Block,
    instance: &ir::BlockInstance,
    variables: &Variables,
) -> Result<Vec<String>, String> {
    block
        .registers
        .iter()
        .map(|name| {
            let r = lookup
                .index_in(&block.name, &instance.name, name)
                .map(|i| &device.registers[i])
                .ok_or_else(|| format!("block instance `{}` has no register `{name}`", instance.name))?;
            if u32::from(r.address) != u32::from(instance.base) + u32::from(r.relative_address) {
                return Err(format!("{} sits at {}, not at its instance base + relative address", r.qualified_name, r.address));
            }
            let input = RowInput {
                register: r,
                device,
                values: r.enumeration.map(|i| variables.enums[i].as_str()),
                flags: r.flags.map(|i| variables.flags[i].as_str()),
            };
            Ok(row(&input))
        })
        .collect()
}

/// A repeated block stays one template with `repeat=(count, stride)` when every
/// instance is what the runtime would expand; otherwise each instance is written out.
fn block_lines(
    device: &Device,
    lookup: &ir::Lookup<'_>,
    block: &ir::Block,
    variables: &Variables,
) -> Result<Vec<BlockLines>, String> {
    let head = |base: u16| format!("{}, {}, {}, {base}", py_str(&block.name), py_str(block.table.as_str()), block.unit_id);
    let mut per_instance = Vec::new();
    for instance in &block.instances {
        per_instance.push((instance, instance_rows(device, lookup, block, instance, variables)?));
    }
    if let Some(repeat) = block.repeat {
        let expands = per_instance.iter().enumerate().all(|(k, (instance, rows))| {
            instance.name == format!("{}{}", block.name, k + 1)
                && i64::from(instance.base) == i64::from(block.base) + k as i64 * i64::from(repeat.stride)
                && rows == &per_instance[0].1
        });
        if expands && per_instance.len() == usize::from(repeat.count) {
            let rows = per_instance.swap_remove(0).1;
            return Ok(vec![BlockLines {
                head: head(block.base),
                rows,
                tail: format!(", repeat=({}, {})", repeat.count, repeat.stride),
            }]);
        }
    }
    Ok(per_instance
        .into_iter()
        .map(|(instance, rows)| BlockLines {
            head: head(instance.base),
            rows,
            tail: if instance.name == block.name { String::new() } else { format!(", instance={}", py_str(&instance.name)) },
        })
        .collect())
}

/// isort order, as ruff wants it in imports and `__all__`: SCREAMING_CASE, CamelCase, the rest.
fn isort(names: &mut [String]) {
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
}

/// A number without enumeration or bits: what the docstring's examples read and write.
fn plain_number(r: &Register) -> bool {
    r.data_type.is_numeric() && r.enumeration.is_none() && r.flags.is_none()
}

/// The Python module of one device.
pub fn generate(device: &Device, options: &Options) -> Result<String, Error> {
    module(&DeviceView::new(device), options)
}

/// The module of one device.
fn module(device: &DeviceView<'_>, options: &Options) -> Result<String, Error> {
    let fail = |message: String| Error { generator: "python", device: device.name.clone(), message };
    let enums = enum_classes(device);
    let flags = flag_classes(device);
    let mut class_names: BTreeMap<&str, &str> = BTreeMap::new();
    let owners = device.enumerations.iter().map(|e| &e.name).chain(device.flag_sets.iter().map(|f| &f.name));
    for (class, owner) in enums.iter().chain(&flags).zip(owners) {
        if let Some(other) = class_names.insert(&class.class_name, owner) {
            return Err(fail(format!(
                "the value types `{other}` and `{owner}` both name a Python class `{}`; rename a register using one of them",
                class.class_name
            )));
        }
    }
    let variable = |c: &Class| format!("_{}", c.class_name);
    let variables = Variables { enums: enums.iter().map(variable).collect(), flags: flags.iter().map(variable).collect() };
    let lookup = device.lookup();
    let mut blocks = Vec::new();
    for block in &device.blocks {
        blocks.extend(block_lines(device, lookup, block, &variables).map_err(fail)?);
    }

    let example_read = device
        .registers
        .iter()
        .find(|r| r.access.readable() && plain_number(r))
        .or_else(|| device.registers.iter().find(|r| r.access.readable()))
        .map(|r| r.qualified_name.clone());
    let writable = device
        .registers
        .iter()
        .find(|r| r.access.writable() && !r.keys.safety && plain_number(r));
    let example_write_value = writable
        .map(|r| filters::format_number(0.0_f64.max(r.min.unwrap_or(f64::MIN)).min(r.max.unwrap_or(f64::MAX))))
        .unwrap_or_default();

    let mut runtime_imports: Vec<String> = RUNTIME_USED.iter().chain(RUNTIME_EXPORTED).map(|s| (*s).to_owned()).collect();
    if !enums.is_empty() {
        runtime_imports.push("Enumeration".to_owned());
    }
    if !flags.is_empty() {
        runtime_imports.push("FlagSet".to_owned());
    }
    isort(&mut runtime_imports);
    let mut exports: Vec<String> = MODULE_EXPORTED.iter().chain(RUNTIME_EXPORTED).map(|s| (*s).to_owned()).collect();
    exports.extend(enums.iter().chain(&flags).map(|c| c.class_name.clone()));
    isort(&mut exports);

    let title = device.title.as_deref().unwrap_or(&device.name);
    let context = ModuleContext {
        // A line break in a path or command would end the comment and leave code behind.
        header: header_lines(device, options).iter().map(|l| l.replace(['\n', '\r'], " ")).collect(),
        device: super::DeviceFacts(device),
        runtime: RUNTIME_MODULE,
        doc_title: docstring_safe(title),
        doc_description: device.description.as_deref().map(docstring_safe),
        example_read,
        example_write: writable.map(|r| r.qualified_name.clone()),
        example_write_value,
        runtime_imports,
        exports,
        enums,
        flags,
        blocks,
        read_plan: device.read_plan("python")?,
    };
    // Blank-line runs follow PEP 8 (at most two).
    super::render("python", &device.name, "python_device.py.jinja", DEVICE_TEMPLATE, context, 2)
}

#[derive(Debug, Serialize)]
struct RuntimeContext {
    header: Vec<String>,
    row_fields: Vec<&'static RowField>,
}

/// The runtime module every device module of the directory imports; the same
/// text whatever the specs say.
pub fn runtime(options: &Options) -> Result<String, Error> {
    let context = RuntimeContext {
        header: vec![
            format!("@generated by `{}`: the runtime of the modbus-map Python maps in this directory.", options.command)
                .replace(['\n', '\r'], " "),
            "Do not edit: run the command again.".to_owned(),
        ],
        row_fields: ROW_FIELDS.iter().map(|(field, _)| field).collect(),
    };
    super::render("python", "(runtime)", "python_runtime.py.jinja", RUNTIME_TEMPLATE, context, 2)
}

/// The registry's Python generator: `python/<device>.py` and `python/_modbus_map_runtime.py`.
pub struct Python;

impl super::Generator for Python {
    fn name(&self) -> &'static str {
        "python"
    }

    fn output_dir(&self) -> &'static str {
        "python"
    }

    fn device_files(&self, device: &DeviceView<'_>, options: &Options) -> Result<Vec<(PathBuf, String)>, Error> {
        Ok(vec![(format!("{}.py", device.name).into(), module(device, options)?)])
    }

    fn directory_files(&self, _ir: &ir::Ir, options: &Options) -> Result<Vec<(PathBuf, String)>, Error> {
        Ok(vec![(format!("{RUNTIME_MODULE}.py").into(), runtime(options)?)])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn docstrings_cannot_be_closed_early() {
        assert_eq!(docstring_safe(r#"a """ b \ c"#), r#"a \"\"\" b \\ c"#);
    }

    #[test]
    fn keywords_and_imported_names_are_escaped_without_collisions() {
        assert_eq!(sanitize_identifier("None"), "None_");
        assert_eq!(sanitize_identifier("class"), "class_");
        assert_eq!(sanitize_identifier("Heat"), "Heat");
        assert_eq!(class_name("register"), "Register_");
        assert_eq!(class_name("int_enum"), "IntEnum_");
        assert_eq!(class_name("status_mode"), "StatusMode");
        // Spec identifiers are heck-cased and never end in `_`, so an escaped name is free.
        assert_eq!(filters::camel_case("register_"), "Register");
    }

    #[test]
    fn row_fields_with_defaults_follow_the_positional_ones() {
        let first_default = ROW_FIELDS.iter().position(|(f, _)| f.default.is_some()).unwrap();
        assert!(ROW_FIELDS[first_default..].iter().all(|(f, _)| f.default.is_some()));
    }
}
