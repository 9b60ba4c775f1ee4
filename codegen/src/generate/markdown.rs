//! Markdown documentation: one page per device and an index linking them all.
//!
//! The template (`templates/markdown_device.md.jinja`) lays the page out; this
//! module only decides what the page links to, so link targets are computed in
//! one place and the render test can hold them to account.

use super::{header_lines, DeviceView, Error, Options};
use crate::ir::{self, Device, Register};
use serde::Serialize;
use std::collections::BTreeSet;

const DEVICE_TEMPLATE: &str = include_str!("../../templates/markdown_device.md.jinja");
const INDEX_TEMPLATE: &str = include_str!("../../templates/markdown_index.md.jinja");

/// An in-page link: the text shown and the `id` it jumps to.
#[derive(Debug, Serialize)]
struct Link {
    text: String,
    anchor: String,
}

/// One raw value of an enumeration; `written_as` is the lower raw value a name
/// shared by several raw values is written as (`None` for that one itself).
#[derive(Debug, Serialize)]
struct ValueRow<'a> {
    raw: i64,
    name: &'a str,
    written_as: Option<i64>,
}

fn value_rows(values: &[ir::EnumVariant]) -> Vec<ValueRow<'_>> {
    values
        .iter()
        .map(|v| {
            // The IR sorts by raw, so the first value of a name is the one written.
            let first = values.iter().find(|f| f.ident == v.ident).map_or(v.raw, |f| f.raw);
            ValueRow { raw: v.raw, name: &v.name, written_as: (first != v.raw).then_some(first) }
        })
        .collect()
}

/// One table row: the register as the IR has it (instance 1 for repeated
/// blocks), its table line written out, and what the sections below the table
/// (values, bits) need.
#[derive(Debug, Serialize)]
struct Row<'a> {
    name: &'a str,
    /// The row's Markdown table line ([`row_line`]).
    line: String,
    /// The register's enumeration values and named bits (items of their own in the IR).
    values: Vec<ValueRow<'a>>,
    bits: &'a [ir::BitRange],
    anchor: String,
    values_anchor: String,
    bits_anchor: String,
}

/// Cross-references and notes of one row, resolved against the device.
struct RowNotes {
    alias_of: Vec<Link>,
    /// How a converting alias serves its target's value (`format::conversion`).
    converted: Option<String>,
    aliased_by: Vec<Link>,
    /// The scale factor register (`× 10^W_SF`), by its local name within the instance.
    scale_factor: Option<Link>,
}

/// `lo … hi`, `≥ lo` or `≤ hi`; empty without bounds.
fn bounds(lo: Option<f64>, hi: Option<f64>) -> String {
    let num = crate::format::format_number;
    match (lo, hi) {
        (Some(lo), Some(hi)) => format!("{} … {}", num(lo), num(hi)),
        (Some(lo), None) => format!("≥ {}", num(lo)),
        (None, Some(hi)) => format!("≤ {}", num(hi)),
        (None, None) => String::new(),
    }
}

/// The register's line of its block's table. Written here, not by the template:
/// a template expression per cell of every register was most of a large page's
/// rendering time.
/// `anchors`: the row's own, and those of its values and bits sections where it has them.
fn row_line(r: &Register, repeated: bool, notes: &RowNotes, anchors: (&str, Option<&str>, Option<&str>)) -> String {
    let (anchor, values_anchor, bits_anchor) = anchors;
    use std::fmt::Write as _;
    let cell = super::filters::markdown_cell;
    let hex = |a: u16| super::filters::hex(u64::from(a));
    let num = crate::format::format_number;
    let mut line = String::with_capacity(200);
    // Address cells.
    match r.high_word {
        None => {
            let _ = write!(line, "| {} | {} |", r.address, hex(r.address));
            if repeated {
                let _ = write!(line, " {} |", r.relative_address);
            }
        }
        Some(high) => {
            let _ = write!(line, "| {} (low) + {high} (high) | {} (low) + {} (high) |", r.address, hex(r.address), hex(high));
            if repeated {
                let _ = write!(line, " {} + {} |", r.relative_address, r.relative_high_word().unwrap_or(high));
            }
        }
    }
    let _ = write!(line, " <a id=\"{anchor}\"></a>`{}` |", r.name);
    // Type and width.
    let _ = write!(line, " `{}", r.data_type.as_str());
    if matches!(r.data_type, ir::DataType::String | ir::DataType::Raw) {
        let _ = write!(line, "[{}]", r.length);
    }
    line.push('`');
    if let Some(values) = values_anchor {
        let _ = write!(line, " ([values](#{values}))");
    }
    if let Some(bits) = bits_anchor {
        let _ = write!(line, " ([bits](#{bits}))");
    }
    if let Some(layout) = byte_swapped(r) {
        let _ = write!(line, " {layout}");
    }
    let _ = write!(line, " | {} |", r.width);
    // Access and unit.
    let _ = write!(line, " {}", r.access.as_str());
    if let Some(functions) = crate::format::write_functions(r) {
        let _ = write!(line, " (FC {functions})");
    }
    if r.keys.safety {
        line.push_str(" **safety**");
    }
    if r.keys.self_clearing {
        line.push_str(" **self-clearing**");
    }
    let _ = write!(line, " | {} |", cell(r.keys.unit.as_deref().unwrap_or("")));
    // Scale and offset.
    line.push(' ');
    if let Some(link) = &notes.scale_factor {
        let _ = write!(line, "× 10^[`{}`](#{})", link.text, link.anchor);
    }
    if r.scale != 1.0 {
        let scale = r.scale_text.as_deref().map_or_else(|| num(r.scale), cell);
        let _ = write!(line, "× {scale}");
    }
    if r.offset > 0.0 {
        let _ = write!(line, " + {}", num(r.offset));
    } else if r.offset < 0.0 {
        let _ = write!(line, " − {}", num(-r.offset));
    }
    line.push_str(" |");
    // Range: writable, plausible, not available.
    let mut range: Vec<String> = Vec::new();
    if r.min.is_some() || r.max.is_some() {
        range.push(bounds(r.min, r.max));
    }
    if r.keys.plausible_min.is_some() || r.keys.plausible_max.is_some() {
        range.push(format!("plausible {}", bounds(r.keys.plausible_min, r.keys.plausible_max)));
    }
    let not_available = crate::format::not_available(r);
    if let Some(text) = &not_available {
        range.push(text.clone());
    }
    let _ = write!(line, " {} |", range.join("<br>"));
    // Default and since.
    line.push(' ');
    match &r.default {
        None => {}
        Some(ir::Value::Text(t)) if not_available.is_some() && t == "n/a" => line.push_str("n/a"),
        Some(ir::Value::Bool(b)) => line.push_str(if *b { "true" } else { "false" }),
        Some(ir::Value::Int(i)) => {
            let _ = write!(line, "{i}");
        }
        Some(ir::Value::Float(f)) => line.push_str(&num(*f)),
        Some(ir::Value::Text(t)) => {
            let _ = write!(line, "\"{}\"", cell(t));
        }
    }
    let _ = write!(line, " | {} |", cell(r.keys.since.as_deref().unwrap_or("")));
    // Description: label, description, alias notes, examples.
    let mut parts: Vec<String> = Vec::new();
    if let Some(label) = &r.keys.label {
        parts.push(format!("**{}**", cell(label)));
    }
    parts.push(cell(r.keys.description.as_deref().unwrap_or("")));
    let alias_of: Vec<String> = notes
        .alias_of
        .iter()
        .map(|link| {
            let converted = notes.converted.as_deref().map(|c| format!(" (converted: {c})")).unwrap_or_default();
            format!("Alias of [`{}`](#{}){converted}.", link.text, link.anchor)
        })
        .collect();
    parts.push(alias_of.join(" "));
    if !notes.aliased_by.is_empty() {
        let links: Vec<String> = notes.aliased_by.iter().map(|l| format!("[`{}`](#{})", l.text, l.anchor)).collect();
        parts.push(format!("Aliased by {}.", links.join(", ")));
    }
    parts.push(cell(examples_text(r).as_deref().unwrap_or("")));
    parts.retain(|p| !p.is_empty());
    let _ = write!(line, " {} |", parts.join("<br>"));
    line
}

fn examples_text(r: &ir::Register) -> Option<String> {
    let items: Vec<String> = r
        .keys
        .examples
        .iter()
        .map(|e| format!("`{}` → {}", crate::format::hex_words(&e.words, " "), crate::format::value_text(&e.value)))
        .collect();
    (!items.is_empty()).then(|| format!("Examples: {}", items.join(", ")))
}

#[derive(Debug, Serialize)]
struct BlockView<'a> {
    block: &'a ir::Block,
    anchor: String,
    unit_id_differs: bool,
    rows: Vec<Row<'a>>,
}

#[derive(Debug, Serialize)]
struct UnitId {
    unit_id: u8,
    blocks: Vec<String>,
}

#[derive(Debug, Serialize)]
struct PlanRow {
    unit_id: u8,
    table: &'static str,
    /// Function code and its name as the Modbus specification writes it.
    function: String,
    address: u16,
    count: u16,
    /// The registers the request reads, as the cell writes them: in-page links,
    /// comma-separated. Written here, not by a template loop, because the plan names
    /// every readable register and the loop was a large part of a big page's cost.
    registers: String,
}

/// `` [`a.b`](#reg-a.b), [`a.c`](#reg-a.c) ``: the read plan's list of registers.
fn link_list(lookup: &ir::Lookup<'_>, names: &[String]) -> String {
    use std::fmt::Write as _;
    // Written straight into the cell: the read plan links every readable register.
    let mut cell = String::new();
    for (k, q) in names.iter().enumerate() {
        if k > 0 {
            cell.push_str(", ");
        }
        let _ = write!(cell, "[`{q}`](#{})", Anchor::of(lookup, q));
    }
    cell
}

#[derive(Debug, Serialize)]
struct PageContext<'a> {
    header: Vec<String>,
    device: super::DeviceFacts<'a>,
    register_count: usize,
    /// Some register is a self-clearing command (the legend explains it).
    self_clearing: bool,
    unit_ids: Vec<UnitId>,
    word_order_coil: Option<Link>,
    blocks: Vec<BlockView<'a>>,
    readable_count: usize,
    /// Some register is scaled by a scale factor register (the legend explains `× 10^`).
    scale_factors: bool,
    /// Some number is byte-swapped (the legend explains `BADC`).
    byte_swapped: bool,
    plan: Vec<PlanRow>,
}

/// A register's anchor, `reg-BLOCK.NAME`. Anchor ids are per block template, not
/// per instance, because a repeated block is documented once.
enum Anchor<'a> {
    Register(&'a Register),
    /// The validator guarantees references resolve; a dangling one still gets a
    /// stable anchor so the render test reports it instead of a panic.
    Dangling(&'a str),
}

impl<'a> Anchor<'a> {
    /// The anchor of the register a reference names.
    fn of(lookup: &ir::Lookup<'a>, qualified_name: &'a str) -> Self {
        lookup.register(qualified_name).map_or(Anchor::Dangling(qualified_name), Anchor::Register)
    }
}

impl std::fmt::Display for Anchor<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Anchor::Register(r) => write!(f, "reg-{}.{}", r.block, r.name),
            Anchor::Dangling(q) => write!(f, "reg-{q}"),
        }
    }
}

fn register_anchor(register: &Register) -> String {
    Anchor::Register(register).to_string()
}

fn link_to(lookup: &ir::Lookup<'_>, qualified_name: &str) -> Link {
    Link { text: qualified_name.to_owned(), anchor: Anchor::of(lookup, qualified_name).to_string() }
}

fn is_first_instance(register: &Register) -> bool {
    register.instance_index.is_none_or(|i| i == 1)
}

fn byte_swapped(r: &Register) -> Option<&'static str> {
    match r.byte_order {
        ir::ByteOrder::LowFirst => ir::ByteOrder::layout(r.data_type, r.word_order, r.byte_order),
        ir::ByteOrder::HighFirst => None,
    }
}

/// `registers`: the block's registers of its first instance, in IR order.
fn block_view<'a>(device: &'a Device, lookup: &ir::Lookup<'a>, block: &'a ir::Block, registers: &[&'a Register]) -> BlockView<'a> {
    let rows = registers
        .iter()
        .map(|&register| {
            let same_register = block.instances.iter().filter_map(|i| lookup.index_in(&block.name, &i.name, &register.name));
            let mut alias_of = BTreeSet::new();
            let mut aliased_by = BTreeSet::new();
            for instance in same_register.map(|i| &device.registers[i]) {
                alias_of.extend(instance.alias_of.iter().cloned());
                aliased_by.extend(instance.aliases.iter().cloned());
            }
            let notes = RowNotes {
                alias_of: alias_of.iter().map(|q| link_to(lookup, q)).collect(),
                converted: register
                    .alias_of
                    .as_deref()
                    .and_then(|q| lookup.register(q))
                    .and_then(|target| crate::format::conversion(register, target)),
                aliased_by: aliased_by.iter().map(|q| link_to(lookup, q)).collect(),
                scale_factor: register.scale_factor.as_deref().map(|q| {
                    let mut link = link_to(lookup, q);
                    if let Some((_, name)) = q.split_once('.').filter(|(instance, _)| *instance == register.instance) {
                        link.text = name.to_owned();
                    }
                    link
                }),
            };
            let values = value_rows(device.values(register));
            let bits = device.bits(register);
            let anchor = register_anchor(register);
            let values_anchor = format!("values-{}.{}", register.block, register.name);
            let bits_anchor = format!("bits-{}.{}", register.block, register.name);
            let anchors = (anchor.as_str(), (!values.is_empty()).then_some(values_anchor.as_str()), (!bits.is_empty()).then_some(bits_anchor.as_str()));
            Row {
                name: &register.name,
                line: row_line(register, block.repeat.is_some(), &notes, anchors),
                values,
                bits,
                values_anchor,
                bits_anchor,
                anchor,
            }
        })
        .collect();
    BlockView {
        block,
        anchor: format!("block-{}", block.name),
        unit_id_differs: block.unit_id != device.unit_id,
        rows,
    }
}

fn unit_ids(device: &Device) -> Vec<UnitId> {
    let ids: BTreeSet<u8> =
        std::iter::once(device.unit_id).chain(device.blocks.iter().map(|b| b.unit_id)).collect();
    ids.into_iter()
        .map(|unit_id| UnitId {
            unit_id,
            blocks: device.blocks.iter().filter(|b| b.unit_id == unit_id).map(|b| b.name.clone()).collect(),
        })
        .collect()
}

/// Markdown allows no more than one blank line in a row.
fn render(name: &'static str, source: &'static str, context: impl Serialize, device: &str) -> Result<String, Error> {
    super::render("markdown", device, name, source, context, 1)
}

/// A `-->` in a file name or command would end the HTML comment early.
fn comment_safe(line: &str) -> String {
    line.replace("-->", "- ->").replace(['\n', '\r'], " ")
}

fn function_text(code: u8) -> String {
    let name = match code {
        0x01 => "Read Coils",
        0x02 => "Read Discrete Inputs",
        0x03 => "Read Holding Registers",
        0x04 => "Read Input Registers",
        _ => "",
    };
    format!("{code:02} {name}").trim_end().to_owned()
}

/// The documentation page of one device.
pub fn generate(device: &Device, options: &Options) -> Result<String, Error> {
    page(&DeviceView::new(device), options)
}

/// The page of one device.
fn page(device: &DeviceView<'_>, options: &Options) -> Result<String, Error> {
    let lookup = device.lookup();
    let context = PageContext {
        header: header_lines(device, options).iter().map(|l| comment_safe(l)).collect(),
        device: super::DeviceFacts(device),
        register_count: device.registers.len(),
        self_clearing: device.registers.iter().any(|r| r.keys.self_clearing),
        unit_ids: unit_ids(device),
        word_order_coil: device.word_order_coil.as_deref().map(|q| link_to(lookup, q)),
        blocks: {
            // One pass over the registers, not one per block: a large spec has hundreds of blocks.
            let mut of_block: foldhash::HashMap<&str, Vec<&Register>> = foldhash::HashMap::default();
            for r in device.registers.iter().filter(|r| is_first_instance(r)) {
                of_block.entry(r.block.as_str()).or_default().push(r);
            }
            device.blocks.iter().map(|b| block_view(device, lookup, b, of_block.get(b.name.as_str()).map_or(&[], Vec::as_slice))).collect()
        },
        readable_count: device.registers.iter().filter(|r| r.access.readable()).count(),
        scale_factors: device.registers.iter().any(|r| r.scale_factor.is_some()),
        byte_swapped: device.registers.iter().any(|r| byte_swapped(r).is_some()),
        plan: device
            .read_plan("markdown")?
            .iter()
            .map(|req| PlanRow {
                unit_id: req.unit_id,
                table: req.table,
                function: function_text(req.function),
                address: req.address,
                count: req.count,
                registers: link_list(lookup, &req.names),
            })
            .collect(),
    };
    render("markdown_device.md.jinja", DEVICE_TEMPLATE, context, &device.name)
}

#[derive(Debug, Serialize)]
struct IndexEntry<'a> {
    device: super::DeviceFacts<'a>,
    page: String,
    register_count: usize,
    unit_ids: Vec<u8>,
}

#[derive(Debug, Serialize)]
struct IndexContext<'a> {
    header: Vec<String>,
    devices: Vec<IndexEntry<'a>>,
}

/// `README.md` of the docs directory: every device page, linked.
pub fn generate_index(ir: &ir::Ir, options: &Options) -> Result<String, Error> {
    let sources: Vec<&str> = ir.devices.values().map(|d| d.source.file.as_str()).collect();
    let from = if sources.is_empty() { "no specs".to_owned() } else { sources.join(", ") };
    let header = vec![
        comment_safe(&format!("@generated from {from} by `{}`.", options.command)),
        "Do not edit: change the spec and run the command again.".to_owned(),
    ];
    let devices = ir
        .devices
        .values()
        .map(|device| IndexEntry {
            device: super::DeviceFacts(device),
            page: page_file_name(device),
            register_count: device.registers.len(),
            unit_ids: unit_ids(device).into_iter().map(|u| u.unit_id).collect(),
        })
        .collect();
    render("markdown_index.md.jinja", INDEX_TEMPLATE, IndexContext { header, devices }, "(index)")
}

/// The file name the index links to for a device; writers must use the same.
pub fn page_file_name(device: &Device) -> String {
    format!("{}.md", device.name)
}

/// The registry's Markdown generator: `docs/<device>.md` and the index `docs/README.md`.
pub struct Markdown;

impl super::Generator for Markdown {
    fn name(&self) -> &'static str {
        "markdown"
    }

    fn output_dir(&self) -> &'static str {
        "docs"
    }

    fn device_files(&self, device: &DeviceView<'_>, options: &Options) -> Result<Vec<(std::path::PathBuf, String)>, Error> {
        Ok(vec![(page_file_name(device).into(), page(device, options)?)])
    }

    fn directory_files(&self, ir: &ir::Ir, options: &Options) -> Result<Vec<(std::path::PathBuf, String)>, Error> {
        Ok(vec![("README.md".into(), generate_index(ir, options)?)])
    }
}
