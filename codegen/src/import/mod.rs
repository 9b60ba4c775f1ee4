//! Imports: other tools' register descriptions → a spec.
//!
//! A Home Assistant `modbus:` package, an ESPHome `modbus_controller`
//! configuration or a SunSpec model JSON is read into [`Entity`]s, one per
//! source entity, each with the position it was written at. [`Collector`] then
//! does what every import needs: entities of one register merge (several bits
//! of one word become one register with `bits`), registers are grouped into
//! blocks by unit id and table, names are made unique, and the spec is checked
//! by the validator so what `cargo xtask import` writes passes `lint`.
//!
//! Nothing is dropped silently: a source field the spec cannot express is a
//! warning naming the source's `file:line:column` and the entity; a choice the
//! import had to make is a comment in the written spec, above its register.

pub mod esphome;
pub mod homeassistant;
pub mod sunspec;
pub mod yaml;

use crate::diagnostics::{Diagnostic, Diagnostics, Sources};
use crate::ident::suggest_ident;
use crate::ir::Origin;
use crate::spec::{BitSpec, BlockSpec, DeviceSettings, RegisterSpec, Spanned, Spec};
use modbus_map_core::Table;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The formats `cargo xtask import --from` reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    HomeAssistant,
    Esphome,
    Sunspec,
}

impl Source {
    pub const ALL: [Source; 3] = [Source::HomeAssistant, Source::Esphome, Source::Sunspec];

    /// The `--from` word.
    pub const fn as_str(self) -> &'static str {
        match self {
            Source::HomeAssistant => "homeassistant",
            Source::Esphome => "esphome",
            Source::Sunspec => "sunspec",
        }
    }

    pub fn parse(word: &str) -> Option<Source> {
        Source::ALL.into_iter().find(|s| s.as_str() == word)
    }
}

/// What the caller may choose.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The device name (default: from the source: the hub, node or model name).
    pub name: Option<String>,
    /// Home Assistant: which hub of several to import.
    pub hub: Option<String>,
}

/// An import's result: the spec, the comments to write above its registers,
/// and every warning about what the spec could not take.
#[derive(Debug, Clone)]
pub struct Imported {
    pub spec: Spec,
    /// Warnings (`import-*` codes), each at the source position it is about.
    pub report: Diagnostics,
    /// The source files read (the file named and what it includes), for snippets.
    pub sources: Sources,
    /// Lines for the spec's opening comment.
    pub header: Vec<String>,
    /// Comments above register `registers[r]` of block `blocks[b]`, by `(b, r)`.
    pub notes: BTreeMap<(usize, usize), Vec<String>>,
}

impl Imported {
    /// The spec as YAML, its opening comment and the register comments included.
    pub fn to_yaml(&self) -> String {
        crate::convert::to_yaml_with_notes(&self.spec, &self.header, |b, r| {
            self.notes.get(&(b, r)).map(Vec::as_slice).unwrap_or(&[])
        })
    }
}

/// Reads `path` as `source` and builds a spec from it. Errors (unreadable
/// files, YAML syntax, a source too broken to import) come back all at once.
pub fn import_path(source: Source, path: &Path, options: &Options) -> Result<Imported, Failed> {
    match source {
        Source::HomeAssistant => homeassistant::import(path, options),
        Source::Esphome => esphome::import(path, options),
        Source::Sunspec => sunspec::import(path, options),
    }
}

/// An import that could not be made: its errors (and warnings so far), with the
/// text of every file they point into.
#[derive(Debug, Clone)]
pub struct Failed {
    pub diagnostics: Diagnostics,
    pub sources: Sources,
}

impl Failed {
    pub fn render(&self) -> String {
        self.diagnostics.render(&self.sources)
    }

    /// A failure at one place, before anything was collected.
    pub fn at(diagnostic: Diagnostic, sources: Sources) -> Self {
        let mut diagnostics = Diagnostics::new();
        diagnostics.push(diagnostic);
        Failed { diagnostics, sources }
    }
}

/// One source entity on its way into a register.
#[derive(Debug, Clone)]
pub struct Entity {
    /// Where the entity starts in its source.
    pub origin: Origin,
    /// The entity's name as the source writes it (for messages and `label`).
    pub source_name: String,
    /// The register name wanted (an identifier; made unique later).
    pub name: String,
    /// The block wanted, when the source says (Home Assistant `unique_id`s the
    /// generator wrote: `device.block.register`); else blocks follow table and unit.
    pub block: Option<String>,
    pub unit_id: u8,
    pub table: Table,
    pub address: u16,
    /// Everything else the source says, in spec keys (`name` and `address` are set later).
    pub register: RegisterSpec,
    /// Bits of the register this entity is (`(lsb, width, name)`), rather than its value.
    pub bits: Vec<(u8, u8, String)>,
    /// Whether the source writes the register through this entity.
    pub writes: bool,
    /// Choices the import made for this entity, written as comments.
    pub notes: Vec<String>,
}

impl Entity {
    pub fn new(origin: Origin, source_name: &str, name: String, unit_id: u8, table: Table, address: u16) -> Self {
        Entity {
            origin,
            source_name: source_name.to_owned(),
            name,
            block: None,
            unit_id,
            table,
            address,
            register: RegisterSpec::default(),
            bits: Vec::new(),
            writes: false,
            notes: Vec::new(),
        }
    }

    fn type_name(&self) -> Option<&str> {
        self.register.data_type.as_ref().map(|t| t.value.as_str())
    }
}

/// Registers a register's value spans, from its type and length (1 for bits and bools).
fn width(r: &RegisterSpec) -> u16 {
    let length = r.length.as_ref().map_or(1, |l| l.value.clamp(1, 65535) as u16);
    match r.data_type.as_ref().map(|t| t.value.as_str()) {
        Some("u32" | "i32" | "f32") => 2,
        Some("u64" | "i64" | "f64") => 4,
        Some("string") => length.div_ceil(2),
        Some("raw") => length,
        _ => 1,
    }
}

/// Collects entities and warnings while a source is read; [`Collector::finish`]
/// turns them into the spec.
pub struct Collector {
    pub file: String,
    pub sources: Sources,
    pub report: Diagnostics,
    pub entities: Vec<Entity>,
    pub device: DeviceSettings,
    pub header: Vec<String>,
    /// Warnings said once for many entities: `(code, message)` → the first
    /// diagnostic's index and the other entities' names.
    grouped: BTreeMap<(&'static str, String), (usize, Vec<String>)>,
}

/// Warning codes of imports (docs/import.md lists them).
pub const UNSUPPORTED: &str = "import-unsupported";
pub const NOT_IMPORTED: &str = "import-skipped";

impl Collector {
    pub fn new(file: &str, text: &str) -> Self {
        Collector {
            file: file.to_owned(),
            sources: Sources::single(file, text),
            report: Diagnostics::new(),
            entities: Vec::new(),
            device: DeviceSettings::default(),
            header: Vec::new(),
            grouped: BTreeMap::new(),
        }
    }

    pub fn origin(&self, file: &str, node: &yaml::Node) -> Origin {
        Origin { file: file.to_owned(), line: node.line, column: node.column }
    }

    /// A warning about entity `entity`'s source field.
    pub fn warn(&mut self, code: &'static str, origin: Origin, entity: &str, message: String, help: &str) {
        let message = if entity.is_empty() { message } else { format!("{message} (entity `{entity}`)") };
        self.report.push(Diagnostic::warning(code, message, origin).with_help(help));
    }

    /// A warning said once for every entity it is true of: the first one gets
    /// the diagnostic (at its position), the others are named in its note.
    pub fn warn_grouped(&mut self, code: &'static str, origin: Origin, entity: &str, message: String, help: &str) {
        let key = (code, message.clone());
        if let Some((_, others)) = self.grouped.get_mut(&key) {
            others.push(entity.to_owned());
            return;
        }
        let index = self.report.len();
        self.warn(code, origin, entity, message, help);
        self.grouped.insert(key, (index, Vec::new()));
    }

    pub fn error(&mut self, origin: Origin, message: String, help: &str) {
        self.report.push(Diagnostic::error("import-error", message, origin).with_help(help));
    }

    /// A line of the spec's opening comment, said once however many entities it is true of.
    pub fn note_once(&mut self, line: String) {
        if !self.header.contains(&line) {
            self.header.push(line);
        }
    }

    pub fn push(&mut self, entity: Entity) {
        self.entities.push(entity);
    }

    /// Merges entities into registers, groups registers into blocks and checks
    /// the spec. The spec's errors (a source that contradicts itself: two
    /// values of different widths at one address) fail the import.
    pub fn finish(mut self, spec_file: &str) -> Result<Imported, Failed> {
        for ((_, _), (index, others)) in std::mem::take(&mut self.grouped) {
            if others.is_empty() {
                continue;
            }
            let shown: Vec<String> = others.iter().take(8).map(|o| format!("`{o}`")).collect();
            let more = if others.len() > 8 { format!(" and {} more", others.len() - 8) } else { String::new() };
            let d = &mut self.report.items[index];
            d.message = format!("{}; also {}{more}", d.message, shown.join(", "));
        }
        if self.report.has_errors() {
            return Err(Failed { diagnostics: self.report, sources: self.sources });
        }
        let entities = std::mem::take(&mut self.entities);
        let registers = merge(entities, &mut self);
        let mut spec = Spec::new(spec_file, "");
        spec.device = std::mem::take(&mut self.device);
        if spec.device.name.value.is_empty() {
            spec.device.name = Spanned::bare("imported".to_owned());
        }
        let unit = most_common_unit(&registers);
        spec.device.unit_id = Some(Spanned::bare(i64::from(unit)));
        let mut notes = BTreeMap::new();
        let several_units = registers.iter().any(|r| r.unit_id != unit);
        let mut blocks: Vec<(String, Table, u8, Vec<Merged>)> = Vec::new();
        for r in registers {
            let name = r.block.clone().unwrap_or_else(|| {
                let table = match r.table {
                    Table::Coil => "coils",
                    Table::Discrete => "discrete_inputs",
                    Table::Input => "input_registers",
                    Table::Holding => "holding_registers",
                };
                if several_units { format!("{table}_unit{}", r.unit_id) } else { table.to_owned() }
            });
            match blocks.iter_mut().find(|(n, t, u, _)| *n == name && *t == r.table && *u == r.unit_id) {
                Some((_, _, _, regs)) => regs.push(r),
                None => blocks.push((name, r.table, r.unit_id, vec![r])),
            }
        }
        // A block name the source gave twice (one name, two tables or units) gets a suffix.
        let mut seen: BTreeMap<String, usize> = BTreeMap::new();
        for (bi, (name, table, unit_id, mut regs)) in blocks.into_iter().enumerate() {
            let n = seen.entry(name.clone()).or_insert(0);
            *n += 1;
            let block_name = if *n == 1 { name } else { format!("{name}_{}", table.as_str()) };
            let mut block = BlockSpec::new(&block_name, table.as_str());
            if unit_id != unit {
                block.unit_id = Some(Spanned::bare(i64::from(unit_id)));
            }
            regs.sort_by_key(|r| r.address);
            let mut names: BTreeMap<String, usize> = BTreeMap::new();
            for (ri, mut r) in regs.into_iter().enumerate() {
                let count = names.entry(r.register.name.value.clone()).or_insert(0);
                *count += 1;
                if *count > 1 {
                    r.register.name.value = format!("{}_{}", r.register.name.value, count);
                }
                if !r.notes.is_empty() {
                    notes.insert((bi, ri), r.notes);
                }
                block.registers.push(r.register);
            }
            spec.blocks.push(block);
        }
        overlaps(&mut spec);
        let text = crate::convert::to_yaml(&spec);
        if let Err(diagnostics) = crate::load_str(&text, spec_file, crate::Format::Yaml) {
            let mut report = self.report;
            for mut d in diagnostics.items {
                d.message = format!("the imported spec does not pass lint: {}", d.message);
                report.push(d);
            }
            let mut sources = self.sources;
            sources.add(spec_file, &text);
            return Err(Failed { diagnostics: report, sources });
        }
        Ok(Imported { spec, report: self.report, sources: self.sources, header: self.header, notes })
    }
}

/// A register made of one or more entities.
struct Merged {
    block: Option<String>,
    unit_id: u8,
    table: Table,
    address: u16,
    register: RegisterSpec,
    notes: Vec<String>,
}

fn most_common_unit(registers: &[Merged]) -> u8 {
    let mut counts: BTreeMap<u8, usize> = BTreeMap::new();
    for r in registers {
        *counts.entry(r.unit_id).or_insert(0) += 1;
    }
    counts.into_iter().max_by_key(|&(u, n)| (n, std::cmp::Reverse(u))).map_or(1, |(u, _)| u)
}

/// `width` ones (`3` → `0b111`), for any width up to 64.
pub(crate) fn ones(width: u32) -> u64 {
    1u64.checked_shl(width).map_or(u64::MAX, |v| v - 1)
}

/// The bits key of `(lsb, width)`: `"3"` or `"8-10"`.
pub(crate) fn bit_key(lsb: u8, width: u8) -> String {
    if width <= 1 {
        lsb.to_string()
    } else {
        format!("{lsb}-{}", u16::from(lsb) + u16::from(width) - 1)
    }
}

/// Entities of one `(unit, table, address)` become one register: the value
/// entity gives the register (the first, when several read the same value),
/// bit entities add their bits, a writing entity makes it writable.
fn merge(entities: Vec<Entity>, c: &mut Collector) -> Vec<Merged> {
    let mut groups: BTreeMap<(u8, u8, u16), Vec<Entity>> = BTreeMap::new();
    let table_order = |t: Table| Table::ALL.iter().position(|&x| x == t).unwrap_or(0) as u8;
    for e in entities {
        groups.entry((e.unit_id, table_order(e.table), e.address)).or_default().push(e);
    }
    let mut out = Vec::new();
    for (_, group) in groups {
        let (values, mut bit_entities): (Vec<Entity>, Vec<Entity>) = group.into_iter().partition(|e| e.bits.is_empty());
        let writes = values.iter().chain(&bit_entities).any(|e| e.writes);
        let mut notes = Vec::new();
        let mut first = match values.first() {
            Some(v) => v.clone(),
            None => {
                // Only bits of this word are read: the register is the word they share.
                let b = bit_entities[0].clone();
                let mut e = b.clone();
                e.bits.clear();
                if bit_entities.len() > 1 {
                    // The words the bit entities' names share name the word (`battery_status_volt`
                    // and `battery_status_temp` → `battery_status`); the rest names each bit.
                    let names: Vec<&str> = bit_entities.iter().map(|b| b.name.as_str()).collect();
                    let prefix = common_words(&names);
                    if prefix.is_empty() {
                        e.name = format!("word_{}", b.address);
                        notes.push(format!("register named after its address: {} entities read bits of it", bit_entities.len()));
                    } else {
                        e.name = prefix.clone();
                        for be in &mut bit_entities {
                            for bit in &mut be.bits {
                                if let Some(rest) = bit.2.strip_prefix(&format!("{prefix}_")) {
                                    bit.2 = rest.to_owned();
                                }
                            }
                        }
                    }
                }
                if e.register.data_type.is_none() && matches!(e.table, Table::Holding | Table::Input) {
                    e.register.data_type = Some(Spanned::bare("u16".to_owned()));
                }
                e.register.label = None;
                e
            }
        };
        for other in values.iter().skip(1) {
            let same = other.type_name() == first.type_name()
                && other.register.scale == first.register.scale
                && other.register.offset == first.register.offset;
            if same {
                notes.push(format!("entity `{}` reads the same value again: merged into this register", other.source_name));
            } else {
                c.warn(
                    UNSUPPORTED,
                    other.origin.clone(),
                    &other.source_name,
                    format!(
                        "reads address {} like entity `{}` but as another value; a register has one type and scale, so it is imported as an overlapping register",
                        other.address, first.source_name
                    ),
                    "check which reading the device documents; the other register can go",
                );
                let mut o = other.clone();
                o.name = format!("{}_as_{}", first.name, o.type_name().unwrap_or("raw"));
                o.notes.push(format!("a second reading of the address of `{}`", first.name));
                out.push(into_merged(o, false));
            }
        }
        for b in &bit_entities {
            for (lsb, width, name) in &b.bits {
                first.register.bits.push(BitSpec {
                    key: Spanned::bare(bit_key(*lsb, *width)),
                    name: Spanned::bare(name.clone()),
                });
            }
        }
        if first.register.data_type.as_ref().is_some_and(|t| t.value == "bool") && !first.register.bits.is_empty() {
            first.register.bits.clear();
        }
        first.notes.extend(notes);
        out.push(into_merged(first, writes));
    }
    // Several names of one bit (two entities naming bit 3) keep the first.
    for m in &mut out {
        let mut keys = Vec::new();
        m.register.bits.retain(|b| {
            let new = !keys.contains(&b.key.value);
            keys.push(b.key.value.clone());
            new
        });
        let mut names = Vec::new();
        for b in &mut m.register.bits {
            let mut n = b.name.value.clone();
            let mut k = 1;
            while names.contains(&n) {
                k += 1;
                n = format!("{}_{k}", b.name.value);
            }
            names.push(n.clone());
            b.name.value = n;
        }
    }
    out
}

/// The leading `_`-separated words all of `names` share (`a_b_c`, `a_b_d` → `a_b`).
fn common_words(names: &[&str]) -> String {
    let split: Vec<Vec<&str>> = names.iter().map(|n| n.split('_').collect()).collect();
    let mut words = Vec::new();
    for (i, w) in split[0].iter().enumerate() {
        if split.iter().all(|s| s.len() > i + 1 && s[i] == *w) {
            words.push(*w);
        } else {
            break;
        }
    }
    words.join("_")
}

fn into_merged(e: Entity, writes: bool) -> Merged {
    let mut register = e.register;
    register.name = Spanned::bare(if e.name.is_empty() { format!("address_{}", e.address) } else { e.name });
    register.address = Some(Spanned::bare(i64::from(e.address)));
    if register.data_type.is_none() {
        register.data_type = Some(Spanned::bare(if matches!(e.table, Table::Coil | Table::Discrete) { "bool" } else { "u16" }.to_owned()));
    }
    let access = match (e.table, writes) {
        (Table::Discrete | Table::Input, _) => None,
        (_, true) => register.access.take().filter(|a| a.value == "w"),
        (_, false) => Some(Spanned::bare("r".to_owned())),
    };
    register.access = access;
    Merged { block: e.block, unit_id: e.unit_id, table: e.table, address: e.address, register, notes: e.notes }
}

/// A value spanning the address of the next register (a `u32` read at 10 and
/// a `u16` at 11) is allowed explicitly, with `overlaps`, and said in a comment.
fn overlaps(spec: &mut Spec) {
    for block in &mut spec.blocks {
        let block_name = block.name.value.clone();
        let bits_table = matches!(block.table.as_ref().map(|t| t.value.as_str()), Some("coil" | "discrete"));
        let spans: Vec<(i64, i64, String)> = block
            .registers
            .iter()
            .map(|r| {
                let a = r.address.as_ref().map_or(0, |a| a.value);
                (a, a + if bits_table { 1 } else { i64::from(width(r)) }, r.name.value.clone())
            })
            .collect();
        for (i, r) in block.registers.iter_mut().enumerate() {
            let (start, end, _) = &spans[i];
            for (j, (s, e, other)) in spans.iter().enumerate() {
                if j < i && s < end && start < e {
                    r.overlaps.push(Spanned::bare(format!("{block_name}.{other}")));
                }
            }
        }
    }
}

/// An identifier from a source's name (`Flow temperature` → `flow_temperature`).
pub fn register_name(name: &str) -> String {
    suggest_ident(name)
}

/// A file an import reads, as text; an unreadable or non-UTF-8 file is an error
/// at the place that named it.
pub fn read_text(path: &Path) -> Result<String, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read `{}`: {e}", path.display()))?;
    String::from_utf8(bytes).map_err(|e| format!("`{}` is not UTF-8 (byte {})", path.display(), e.utf8_error().valid_up_to()))
}

/// The spec file name an import proposes: `specs/NAME.yaml`.
pub fn default_out(name: &str) -> PathBuf {
    PathBuf::from("specs").join(format!("{name}.yaml"))
}

/// Parses `text` of `file` as YAML, a syntax error as a diagnostic (boxed: the
/// error path is rare and a diagnostic is large).
pub fn parse_yaml(file: &str, text: &str) -> Result<yaml::Node, Box<Diagnostic>> {
    yaml::parse(text).map_err(|e| {
        Box::new(
            Diagnostic::error("import-yaml", format!("YAML syntax: {}", e.message), Origin { file: file.to_owned(), line: e.line, column: e.column })
                .with_help("fix the YAML (Home Assistant and ESPHome refuse this file too)"),
        )
    })
}
