//! `cargo xtask ems-esp`: EMS-ESP's `dump_entities.csv` turned into specs, one
//! per product, by the rules `specs/ems_esp.yaml` was transcribed with (its
//! header comment), and two releases compared per device type.
//!
//! The dump lists every entity once per product that has it, with the Modbus
//! unit id (= device type), block (tag), offset, count and scale. A product's
//! entities are what one EMS-ESP Modbus server serves for that device, so a
//! product is one spec; the same entity may differ between products (RC310 and
//! RC100 scale `seltemp` differently), which rules out one spec per device type.

use crate::Result;
use modbus_map_codegen::diff::{self, Category, Report};
use modbus_map_codegen::spec::{BlockSpec, DeviceSettings, EnumSpec, RegisterSpec, RepeatSpec, Spanned, Spec, Value};
use modbus_map_codegen::{convert, ident, Format, Sources};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

#[derive(clap::Args, Debug)]
#[command(long_about = "\
Turn EMS-ESP's dump_entities.csv into specs, one per product (<device type>_<product id>.yaml), by the rules
of specs/ems_esp.yaml, and with a second dump compare the two releases: a table per device type of the
registers that moved, changed or appeared (each counted once, whichever products it changed in).

  cargo xtask ems-esp ../shared/corpus/emsesp/dump_entities.v3.7.1.csv ../shared/corpus/emsesp/dump_entities.v3.7.2.csv --out target/ems-esp

writes target/ems-esp/v3.7.1/*.yaml and target/ems-esp/v3.7.2/*.yaml (the release is read from the file name,
`dump_entities.v3.7.1.csv`), which `cargo xtask diff target/ems-esp/v3.7.1 target/ems-esp/v3.7.2` shows change
by change.")]
pub struct Args {
    /// dump_entities.csv of a release (the old one when NEW is given).
    pub old: PathBuf,
    /// dump_entities.csv of a newer release: compare the two.
    pub new: Option<PathBuf>,
    /// Write the specs into DIR/<release>/ (the release from the file name, else `old`/`new`).
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
}

pub fn main(args: Args) -> Result<()> {
    let old = Release::read(&args.old, "old")?;
    let new = args.new.as_deref().map(|p| Release::read(p, "new")).transpose()?;
    for release in std::iter::once(&old).chain(new.as_ref()) {
        println!("{}: {} products, {} entity rows ({} skipped)", release.name, release.specs.len(), release.rows, release.skipped.len());
        for s in &release.skipped {
            println!("  skipped: {s}");
        }
        if let Some(out) = &args.out {
            let dir = out.join(&release.name);
            std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
            for (file, spec) in &release.specs {
                let path = dir.join(file);
                std::fs::write(&path, convert::to_yaml(spec)).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
            }
            println!("  wrote {} specs to {}", release.specs.len(), dir.display());
        }
    }
    if let Some(new) = &new {
        let table = compare(&old, new)?;
        print!("{}", table.render(&old.name, &new.name));
    }
    Ok(())
}

/// One release's dump as specs, by file name (`boiler_208.yaml`).
pub struct Release {
    pub name: String,
    pub specs: BTreeMap<String, Spec>,
    pub rows: usize,
    /// Rows left out, with the reason.
    pub skipped: Vec<String>,
}

/// Device types and their Modbus unit ids as EMS-ESP assigns them (corpus/SOURCES.md).
const TAGS: &[(u16, &str, u16)] = &[
    // (first tag, block name, instances): register = tag x 1000 + offset.
    (0, "", 1),
    (1, "hc", 8),
    (9, "dhw", 1),
    (19, "ahs", 1),
    (20, "hs", 16),
    (36, "src", 16),
];

impl Release {
    /// Reads a dump; the release name comes from a file name like `dump_entities.v3.7.1.csv`.
    pub fn read(path: &Path, fallback: &str) -> Result<Release> {
        let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        let name = stem.strip_prefix("dump_entities.").filter(|v| v.starts_with('v')).unwrap_or(fallback).to_owned();
        let text = std::fs::read_to_string(path).map_err(|e| {
            format!("cannot read {}: {e} (EMS-ESP's dumps are in the corpus, ../shared/corpus/emsesp/ from the repository root)", path.display())
        })?;
        Release::parse(&text, &name, &path.display().to_string())
    }

    pub fn parse(text: &str, name: &str, file: &str) -> Result<Release> {
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        let headers = reader.headers().map_err(|e| format!("{file}: {e}"))?.clone();
        let column = |wanted: &str| {
            headers.iter().position(|h| h == wanted).ok_or_else(|| format!("{file}: no column `{wanted}` in the header"))
        };
        let cols = Columns {
            device_name: column("device name")?,
            device_type: column("device type")?,
            product_id: column("product id")?,
            shortname: column("shortname")?,
            fullname: column("fullname")?,
            type_text: column("type [options...] \\| (min/max)")?,
            uom: column("uom")?,
            writeable: column("writeable")?,
            unit_id: column("modbus unit identifier")?,
            block: column("modbus block")?,
            scale: column("modbus scale factor")?,
            offset: column("modbus offset")?,
            count: column("modbus count")?,
        };
        let firmware = name.strip_prefix('v').filter(|v| v.starts_with(|c: char| c.is_ascii_digit()));
        let mut products: BTreeMap<(String, u32), Product> = BTreeMap::new();
        let mut rows = 0;
        let mut skipped = Vec::new();
        for (index, record) in reader.records().enumerate() {
            let record = record.map_err(|e| format!("{file}: {e}"))?;
            rows += 1;
            // Line numbers count the header as line 1.
            let line = index + 2;
            let get = |c: usize| record.get(c).unwrap_or("").trim();
            let entity = match Entity::parse(&cols, &get) {
                Ok(e) => e,
                Err(why) => {
                    skipped.push(format!("{file}:{line}: {} {}: {why}", get(cols.device_type), get(cols.shortname)));
                    continue;
                }
            };
            let product = products.entry((entity.device_type.clone(), entity.product_id)).or_insert_with(|| Product {
                names: Vec::new(),
                unit_id: entity.unit_id,
                entities: BTreeMap::new(),
            });
            if !product.names.contains(&entity.device_name) {
                product.names.push(entity.device_name.clone());
            }
            // Rows repeat when several device names share a product id: the first row of an entity wins.
            product.entities.entry((entity.tag, entity.name.clone())).or_insert(entity);
        }
        let specs = products
            .into_iter()
            .map(|((device_type, id), product)| {
                let file = format!("{device_type}_{id}.yaml");
                let spec = product.spec(&format!("{device_type}_{id}"), &device_type, firmware, &file)?;
                Ok((file, spec))
            })
            .collect::<Result<_>>()?;
        Ok(Release { name: name.to_owned(), specs, rows, skipped })
    }
}

struct Columns {
    device_name: usize,
    device_type: usize,
    product_id: usize,
    shortname: usize,
    fullname: usize,
    type_text: usize,
    uom: usize,
    writeable: usize,
    unit_id: usize,
    block: usize,
    scale: usize,
    offset: usize,
    count: usize,
}

struct Product {
    names: Vec<String>,
    unit_id: u8,
    entities: BTreeMap<(u16, String), Entity>,
}

/// One row of the dump, read.
struct Entity {
    device_name: String,
    device_type: String,
    product_id: u32,
    unit_id: u8,
    tag: u16,
    offset: u16,
    /// The shortname without its tag prefix (`hc1.seltemp` in 3.7.2 is `seltemp` in 3.7.1).
    name: String,
    shortname: String,
    fullname: String,
    kind: String,
    options: Option<Vec<String>>,
    min: Option<i64>,
    max: Option<i64>,
    uom: String,
    writeable: bool,
    scale: String,
    count: u16,
}

impl Entity {
    fn parse<'r>(cols: &Columns, get: &dyn Fn(usize) -> &'r str) -> std::result::Result<Entity, String> {
        let number = |c: usize, what: &str| get(c).parse::<i64>().map_err(|_| format!("{what} `{}` is not a number", get(c)));
        let offset = number(cols.offset, "modbus offset")?;
        if offset < 0 {
            return Err(format!("modbus offset {offset}: EMS-ESP does not map it"));
        }
        let type_text = get(cols.type_text);
        // `enum [a\|b] (>=1<=3)`: a kind, optional options, optional range.
        let (kind, rest) = type_text.split_once(' ').unwrap_or((type_text, ""));
        let rest = rest.trim();
        let (options, rest) = match rest.strip_prefix('[') {
            Some(r) => {
                let (inside, after) = r.split_once(']').ok_or("unclosed `[` in the type")?;
                let options: Vec<String> = inside.split("\\|").map(str::to_owned).filter(|o| !o.is_empty()).collect();
                ((!options.is_empty()).then_some(options), after.trim())
            }
            None => (None, rest),
        };
        let (min, max) = match rest.strip_prefix("(>=").and_then(|r| r.strip_suffix(')')) {
            Some(range) => {
                let (lo, hi) = range.split_once("<=").ok_or("range without `<=`")?;
                (Some(lo.parse::<i64>().map_err(|_| "bad minimum")?), Some(hi.parse::<i64>().map_err(|_| "bad maximum")?))
            }
            None if rest.is_empty() => (None, None),
            None => return Err(format!("cannot read the type `{type_text}`")),
        };
        let shortname = get(cols.shortname).to_owned();
        let name = shortname.split_once('.').map_or(shortname.as_str(), |(_, n)| n).to_owned();
        Ok(Entity {
            device_name: get(cols.device_name).to_owned(),
            device_type: get(cols.device_type).to_owned(),
            product_id: number(cols.product_id, "product id")? as u32,
            unit_id: u8::try_from(number(cols.unit_id, "unit id")?).map_err(|_| "unit id out of range")?,
            tag: u16::try_from(number(cols.block, "modbus block")?).map_err(|_| "block out of range")?,
            offset: u16::try_from(offset).map_err(|_| "offset out of range")?,
            name,
            shortname,
            fullname: get(cols.fullname).to_owned(),
            kind: kind.to_owned(),
            options,
            min,
            max,
            uom: get(cols.uom).to_owned(),
            writeable: get(cols.writeable) == "true",
            scale: get(cols.scale).to_owned(),
            count: u16::try_from(number(cols.count, "modbus count")?).map_err(|_| "count out of range")?,
        })
    }

    /// The register by the rules of specs/ems_esp.yaml's header.
    fn register(&self, block: &str) -> std::result::Result<RegisterSpec, String> {
        let (mut data_type, length) = match (self.kind.as_str(), self.count) {
            ("string", n) => ("string", Some(2 * n as i64)),
            ("int8" | "int16", 1) => ("i16", None),
            ("uint8" | "uint16" | "boolean" | "enum" | "cmd", 1) => ("u16", None),
            ("uint24" | "time" | "uint32", 2) => ("u32", None),
            (kind, n) => return Err(format!("type {kind} in {n} registers has no rule")),
        };
        let values: Vec<EnumSpec> = match (&self.options, self.kind.as_str()) {
            (_, "boolean") => vec![enum_value(0, "off"), enum_value(1, "on")],
            (Some(options), _) => option_names(options).into_iter().enumerate().map(|(i, n)| enum_value(i as i64, &n)).collect(),
            (None, _) => Vec::new(),
        };
        let scale = match self.scale.as_str() {
            "1" => None,
            s if s.contains('/') => Some(Value::Text(s.to_owned())),
            s => Some(Value::Int(s.parse::<i64>().map_err(|_| format!("scale `{s}` is not a number or fraction"))?)),
        };
        let factor = match self.scale.split_once('/') {
            Some((n, d)) => n.parse::<f64>().unwrap_or(1.0) / d.parse::<f64>().unwrap_or(1.0),
            None => self.scale.parse::<f64>().unwrap_or(1.0),
        };
        // Enumeration ranges are dropped; a numeric range stays in engineering units where the register holds it.
        let (mut min, mut max) = if values.is_empty() { (self.min, self.max) } else { (None, None) };
        if data_type == "u16" && min.is_some_and(|m| m < 0) {
            data_type = "i16";
        }
        let (lo, hi) = match data_type {
            "i16" => (i16::MIN as f64, i16::MAX as f64),
            "u16" => (0.0, u16::MAX as f64),
            "u32" => (0.0, u32::MAX as f64),
            _ => (f64::NEG_INFINITY, f64::INFINITY),
        };
        let fits = |v: i64| (v as f64 / factor) >= lo && (v as f64 / factor) <= hi;
        let mut notes = Vec::new();
        if min.is_some_and(|m| !fits(m)) {
            notes.push("minimum out of the register's range dropped");
            min = None;
        }
        if max.is_some_and(|m| !fits(m)) {
            notes.push("maximum out of the register's range dropped");
            max = None;
        }
        if data_type == "string" {
            (min, max) = (None, None);
        }
        let access = if self.kind == "cmd" { "w" } else if self.writeable { "rw" } else { "r" };
        let name = register_name(&self.name, block);
        let mut description = capitalised(&self.fullname);
        if let Some(options) = &self.options {
            let names = option_names(options);
            if names.iter().zip(options).any(|(n, o)| n != o) {
                let listed: Vec<String> = options.iter().enumerate().map(|(i, o)| format!("{i}={o}")).collect();
                description.push_str(&format!(" [{}]", listed.join(" | ")));
            }
        }
        if name != self.name {
            description.push_str(&format!(" (EMS-ESP shortname {})", self.name));
        }
        for n in notes {
            description.push_str(&format!("; {n}"));
        }
        Ok(RegisterSpec {
            name: Spanned::bare(name),
            address: Some(Spanned::bare(self.offset as i64)),
            data_type: Some(Spanned::bare(data_type.to_owned())),
            length: length.map(Spanned::bare),
            scale: scale.map(Spanned::bare),
            unit: unit(&self.uom).map(|u| Spanned::bare(u.to_owned())),
            access: Some(Spanned::bare(access.to_owned())),
            min: min.map(|m| Spanned::bare(Value::Int(m))),
            max: max.map(|m| Spanned::bare(Value::Int(m))),
            values,
            description: Some(Spanned::bare(description)),
            ..Default::default()
        })
    }
}

impl Product {
    fn spec(&self, device: &str, device_type: &str, firmware: Option<&str>, file: &str) -> Result<Spec> {
        let mut blocks: BTreeMap<u16, BlockSpec> = BTreeMap::new();
        for ((tag, _), entity) in &self.entities {
            let &(first, name, count) = TAGS
                .iter()
                .rev()
                .find(|(first, _, count)| *tag >= *first && *tag < first + count)
                .ok_or_else(|| format!("{device}: entity `{}` has block {tag}, which no EMS-ESP tag range holds", entity.shortname))?;
            if *tag != first {
                return Err(format!("{device}: `{}` is listed for instance {} of `{name}`; the dump lists only the first", entity.shortname, tag - first + 1).into());
            }
            let block_name = if name.is_empty() { device_type } else { name };
            let block = blocks.entry(first).or_insert_with(|| BlockSpec {
                name: Spanned::bare(block_name.to_owned()),
                table: Some(Spanned::bare("holding".to_owned())),
                base: Some(Spanned::bare(first as i64 * 1000)),
                unit_id: Some(Spanned::bare(self.unit_id as i64)),
                repeat: (count > 1).then(|| RepeatSpec {
                    count: Some(Spanned::bare(count as i64)),
                    stride: Some(Spanned::bare(1000)),
                    ..Default::default()
                }),
                ..Default::default()
            });
            block.registers.push(entity.register(block_name).map_err(|why| format!("{device}: `{}`: {why}", entity.shortname))?);
        }
        let mut spec = Spec::new(file, device);
        spec.device = DeviceSettings {
            name: Spanned::bare(device.to_owned()),
            title: Some(Spanned::bare(self.names.join(" / "))),
            vendor: Some(Spanned::bare("EMS-ESP project (emsesp/EMS-ESP32)".to_owned())),
            firmware: firmware.map(|f| Spanned::bare(f.to_owned())),
            unit_id: Some(Spanned::bare(self.unit_id as i64)),
            word_order: Some(Spanned::bare("high_first".to_owned())),
            byte_order: Some(Spanned::bare("high_first".to_owned())),
            read_limit: Some(Spanned::bare(125)),
            max_gap: Some(Spanned::bare(0)),
            values_per_read: Some(Spanned::bare(1)),
            ..Default::default()
        };
        spec.blocks = blocks.into_values().collect();
        for b in &mut spec.blocks {
            b.registers.sort_by_key(|r| r.address.as_ref().map(|a| a.value));
        }
        Ok(spec)
    }
}

fn enum_value(raw: i64, name: &str) -> EnumSpec {
    EnumSpec { raw: Spanned::bare(raw), name: Spanned::bare(name.to_owned()) }
}

/// Option names as specs/ems_esp.yaml writes them: lowercase words joined by `_`
/// (`co2 optimized` → `co2_optimized`, `eco+` → `eco_plus`, `heating & cooling` →
/// `heating_and_cooling`), a leading digit prefixed with `v` (`3-way valve` →
/// `v3_way_valve`), `-` alone is `none`; a name taken twice gets its raw value appended.
fn option_names(options: &[String]) -> Vec<String> {
    let mut seen = BTreeSet::new();
    options
        .iter()
        .enumerate()
        .map(|(raw, o)| {
            let spelled = o.to_lowercase().replace('+', " plus").replace('&', " and ");
            let mut name = String::new();
            for word in spelled.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()) {
                if !name.is_empty() {
                    name.push('_');
                }
                name.push_str(word);
            }
            if name.is_empty() {
                name = "none".to_owned();
            }
            if name.starts_with(|c: char| c.is_ascii_digit()) {
                name.insert(0, 'v');
            }
            if !seen.insert(name.clone()) {
                name = format!("{name}_{raw}");
            }
            name
        })
        .collect()
}

/// A register name: the shortname, lowercased; a keyword gets the block name in front
/// (`type` → `dhw_type`), anything else that is not an identifier has each run of other
/// characters made `_` and a leading digit spelt out (`3wayvalve` → `three_wayvalve`).
fn register_name(shortname: &str, block: &str) -> String {
    const DIGITS: [&str; 10] = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
    let lower = shortname.to_lowercase();
    let mut name: String = lower.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '_' }).collect();
    if let Some(d) = name.chars().next().and_then(|c| c.to_digit(10)) {
        name = format!("{}_{}", DIGITS[d as usize], &name[1..]);
    }
    if ident::is_keyword(&name) || !ident::is_identifier(&name) {
        name = format!("{block}_{name}");
    }
    name
}

/// Units as specs/ems_esp.yaml spells them; a blank uom is none.
fn unit(uom: &str) -> Option<&str> {
    match uom.trim() {
        "" => None,
        "C" => Some("°C"),
        "minutes" => Some("min"),
        "hours" => Some("h"),
        "seconds" => Some("s"),
        other => Some(other),
    }
}

fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map_or(String::new(), |c| c.to_uppercase().chain(chars).collect())
}

/// Per device type: products on each side and the entities (qualified names, a
/// repeated block's register once for all instances: `hc.seltemp`) that fell
/// into each change category in at least one of the type's products.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct DeviceTypeChanges {
    pub products_old: usize,
    pub products_new: usize,
    /// Distinct entities over the type's products.
    pub registers_old: BTreeSet<String>,
    pub registers_new: BTreeSet<String>,
    pub by_category: BTreeMap<Category, BTreeSet<String>>,
    /// Entities with at least one breaking change.
    pub breaking: BTreeSet<String>,
}

impl DeviceTypeChanges {
    pub fn count(&self, c: Category) -> usize {
        self.by_category.get(&c).map_or(0, BTreeSet::len)
    }
}

/// Every device type's changes, with the per-product reports.
pub struct Comparison {
    pub by_type: BTreeMap<String, DeviceTypeChanges>,
    pub reports: Vec<Report>,
}

/// Loads both releases' specs through the validator and diffs each product present in both.
pub fn compare(old: &Release, new: &Release) -> Result<Comparison> {
    let load = |release: &Release, file: &str, spec: &Spec| -> Result<modbus_map_codegen::ir::Device> {
        let text = convert::to_yaml(spec);
        let label = format!("{}/{file}", release.name);
        modbus_map_codegen::load_str(&text, &label, Format::Yaml)
            .map(|c| c.device)
            .map_err(|d| d.render(&Sources::single(&label, &text)).into())
    };
    let device_type = |file: &str| file.rsplit_once('_').map_or(file, |(t, _)| t).to_owned();
    let mut by_type: BTreeMap<String, DeviceTypeChanges> = BTreeMap::new();
    let mut reports = Vec::new();
    let files: BTreeSet<&String> = old.specs.keys().chain(new.specs.keys()).collect();
    for file in files {
        let entry = by_type.entry(device_type(file)).or_default();
        let old_device = old.specs.get(file).map(|s| load(old, file, s)).transpose()?;
        let new_device = new.specs.get(file).map(|s| load(new, file, s)).transpose()?;
        // Entities, as the dump counts them: a register of a repeated block once for all its instances (`hc.seltemp`).
        let entity = |r: &modbus_map_codegen::ir::Register| match r.instance_index {
            Some(_) => format!("{}.{}", r.block, r.name),
            None => r.qualified_name.clone(),
        };
        let names = |d: &modbus_map_codegen::ir::Device| d.registers.iter().map(entity).collect::<Vec<_>>();
        let mut by_name: BTreeMap<String, String> = BTreeMap::new();
        for d in old_device.iter().chain(new_device.iter()) {
            by_name.extend(d.registers.iter().map(|r| (r.qualified_name.clone(), entity(r))));
        }
        match (&old_device, &new_device) {
            (Some(o), Some(n)) => {
                entry.products_old += 1;
                entry.products_new += 1;
                entry.registers_old.extend(names(o));
                entry.registers_new.extend(names(n));
                let report = diff::diff(o, n);
                for c in &report.changes {
                    let set = entry.by_category.entry(c.rule.category()).or_default();
                    // A block change names the block, not a register; its registers are in `affected`.
                    let named: Vec<&String> = c.register.iter().chain(&c.affected).filter_map(|q| by_name.get(q)).collect();
                    set.extend(named.iter().map(|n| (*n).clone()));
                    if c.fails() {
                        entry.breaking.extend(named.into_iter().cloned());
                    }
                }
                reports.push(report);
            }
            // A product only one release knows counts as a product gone or new, not as changed registers.
            (Some(o), None) => {
                entry.products_old += 1;
                entry.registers_old.extend(names(o));
            }
            (None, Some(n)) => {
                entry.products_new += 1;
                entry.registers_new.extend(names(n));
            }
            (None, None) => {}
        }
    }
    Ok(Comparison { by_type, reports })
}

impl Comparison {
    /// A Markdown table, one row per device type, and the totals.
    pub fn render(&self, old: &str, new: &str) -> String {
        let mut out = format!(
            "\nEMS-ESP {old} -> {new}, per device type: entities (a register; one of a repeated block such as hc.seltemp \
             counts once for hc1..hc8), each counted once per column whichever of the type's products present in both \
             releases it changed in:\n\n\
             | device type | products {old} / {new} | entities {old} / {new} | removed | renamed | moved | changed | added | with a breaking change |\n\
             |---|---|---|---|---|---|---|---|---|\n"
        );
        let mut total = DeviceTypeChanges::default();
        for (device_type, t) in &self.by_type {
            out.push_str(&row(device_type, t));
            total.products_old += t.products_old;
            total.products_new += t.products_new;
            let qualified = |set: &BTreeSet<String>| set.iter().map(|r| format!("{device_type}:{r}")).collect::<Vec<_>>();
            total.registers_old.extend(qualified(&t.registers_old));
            total.registers_new.extend(qualified(&t.registers_new));
            for (c, set) in &t.by_category {
                total.by_category.entry(*c).or_default().extend(qualified(set));
            }
            total.breaking.extend(qualified(&t.breaking));
        }
        out.push_str(&row("all", &total));
        let breaking = self.reports.iter().filter(|r| r.exit_code() == 1).count();
        out.push_str(&format!(
            "\n{} products in both releases, {breaking} of them with breaking changes.\n",
            self.reports.len()
        ));
        out
    }
}

fn row(name: &str, t: &DeviceTypeChanges) -> String {
    format!(
        "| {name} | {} / {} | {} / {} | {} | {} | {} | {} | {} | {} |\n",
        t.products_old,
        t.products_new,
        t.registers_old.len(),
        t.registers_new.len(),
        t.count(Category::Removed),
        t.count(Category::Renamed),
        t.count(Category::Moved),
        t.count(Category::Changed),
        t.count(Category::Added),
        t.breaking.len(),
    )
}
