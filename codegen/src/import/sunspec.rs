//! A SunSpec model JSON (the format pysunspec2 ships, `model_103.json`) → a spec
//! laid out the way a SunSpec device serves it: the `SunS` marker at holding
//! register 40000, the common model (1, read from `model_1.json` beside the
//! file) behind it, the model, and the end marker (`0xFFFF`, length 0). Each
//! model starts with its `ID` and `L` registers, whose defaults are the model's
//! id and length, so the simulator serves what a SunSpec client scans.
//!
//! Points become registers (type, size, units, `sf` → `scale_factor`, symbols →
//! `values` or `bits`, access), repeating groups with a fixed count become
//! repeated blocks. The JSON is read with the YAML reader (JSON is YAML's flow
//! style), so every warning has its `file:line:column`.

use super::yaml::Node;
use super::{Collector, Failed, Imported, Options, UNSUPPORTED};
use crate::diagnostics::{Diagnostic, Sources};
use crate::ir::Origin;
use crate::spec::{BitSpec, BlockSpec, EnumSpec, RegisterSpec, RepeatSpec, Spanned, Spec, Value};
use std::path::Path;

/// Where a SunSpec device's map starts: the `SunS` marker.
pub const SUNSPEC_BASE: u16 = 40000;

pub fn import(path: &Path, options: &Options) -> Result<Imported, Failed> {
    let file = path.to_string_lossy().into_owned();
    let read = |p: &Path| -> Result<(String, String), Failed> {
        let shown = p.to_string_lossy().into_owned();
        let text = super::read_text(p)
            .map_err(|e| Failed::at(Diagnostic::error("import-read", e, Origin { file: shown.clone(), line: 0, column: 0 }), Sources::new()))?;
        Ok((shown, text))
    };
    let (_, text) = read(path)?;
    let mut c = Collector::new(&file, &text);
    let root = super::parse_yaml(&file, &text).map_err(|d| Failed::at(*d, Sources::single(&file, &text)))?;
    let mut models = Vec::new();
    let id = root.get("id").and_then(Node::as_int);
    let common = path.with_file_name("model_1.json");
    if id != Some(1) {
        if common.exists() {
            let (shown, ctext) = read(&common)?;
            c.sources.add(&shown, &ctext);
            let croot = super::parse_yaml(&shown, &ctext).map_err(|d| Failed::at(*d, c.sources.clone()))?;
            models.push((shown, croot));
        } else {
            c.note_once(format!("No model_1.json beside {file}: the common model a device serves first is left out."));
        }
    }
    models.push((file.clone(), root));
    let mut spec = Spec::new("", "");
    let mut marker = BlockSpec::new("marker", "holding");
    marker.base = Some(Spanned::bare(i64::from(SUNSPEC_BASE)));
    let mut suns = RegisterSpec::new("SunS", 0, "string");
    suns.length = Some(Spanned::bare(4));
    suns.access = Some(Spanned::bare("r".into()));
    suns.default = Some(Spanned::bare(Value::Text("SunS".into())));
    suns.description = Some(Spanned::bare("SunSpec marker: `SunS`".into()));
    marker.registers.push(suns);
    spec.blocks.push(marker);
    let mut next = SUNSPEC_BASE + 2;
    let mut main_name = String::new();
    for (mfile, model) in &models {
        let Some(group) = model.get("group") else {
            c.error(origin(mfile, model), "a SunSpec model JSON has `id` and `group`".into(), "point at a model_N.json of pysunspec2");
            continue;
        };
        let id = model.get("id").and_then(Node::as_int).unwrap_or(0);
        let name = group.get("name").and_then(Node::as_str).unwrap_or("model").to_owned();
        main_name = name.clone();
        let mut reader = Reader { c: &mut c, file: mfile.clone(), blocks: Vec::new(), scopes: Vec::new() };
        let length = reader.group(group, &name, next, None, id);
        let blocks = reader.blocks;
        spec.blocks.extend(blocks);
        next = next.saturating_add(2).saturating_add(length);
    }
    let mut end = BlockSpec::new("end", "holding");
    end.base = Some(Spanned::bare(i64::from(next)));
    end.description = Some(Spanned::bare("End marker: no model follows".into()));
    for (n, a, v) in [("ID", 0, 0xFFFF), ("L", 1, 0)] {
        let mut r = RegisterSpec::new(n, a, "u16");
        r.access = Some(Spanned::bare("r".into()));
        r.sentinel = vec![Spanned::bare(crate::keys::NO_SENTINEL.into())];
        r.default = Some(Spanned::bare(Value::Int(v)));
        end.registers.push(r);
    }
    spec.blocks.push(end);
    let device = options.name.clone().unwrap_or_else(|| format!("sunspec_{}", super::register_name(&main_name)));
    c.device.name = Spanned::bare(device);
    c.device.title = models.last().and_then(|(_, m)| m.get("group")?.get("label")?.as_str().map(str::to_owned)).map(Spanned::bare);
    c.device.sentinels = Some(Spanned::bare("sunspec".into()));
    c.header.insert(0, format!("Imported from {file} (SunSpec model JSON) by `cargo xtask import --from sunspec`, laid out as a device serves it."));
    c.header.insert(1, "`sentinels: sunspec`: every point's not-implemented value; accumulators (acc16/32/64) use 0.".into());
    let out = format!("specs/{}.yaml", c.device.name.value);
    finish(c, spec, &out)
}

/// The blocks are built here (a SunSpec layout is blocks, not loose entities):
/// the collector's warnings come along, and the spec is checked the same way.
fn finish(c: Collector, mut spec: Spec, out: &str) -> Result<Imported, Failed> {
    spec.file = out.to_owned();
    spec.device = c.device.clone();
    let text = crate::convert::to_yaml(&spec);
    if c.report.has_errors() {
        return Err(Failed { diagnostics: c.report, sources: c.sources });
    }
    if let Err(d) = crate::load_str(&text, out, crate::Format::Yaml) {
        let mut sources = c.sources;
        sources.add(out, &text);
        return Err(Failed { diagnostics: d, sources });
    }
    Ok(Imported { spec, report: c.report, sources: c.sources, header: c.header, notes: Default::default() })
}

fn origin(file: &str, node: &Node) -> Origin {
    Origin { file: file.to_owned(), line: node.line, column: node.column }
}

struct Reader<'c> {
    c: &'c mut Collector,
    file: String,
    blocks: Vec<BlockSpec>,
    /// The groups being read, outermost first, with their point names: a point's
    /// `sf` names a point of its own group or of one around it.
    scopes: Vec<(String, Vec<String>)>,
}

/// SunSpec point types → spec type and registers (`None`: a size-given type).
fn spec_type(t: &str) -> Option<(&'static str, Option<u16>)> {
    Some(match t {
        "uint16" | "count" | "acc16" | "enum16" | "bitfield16" => ("u16", Some(1)),
        "int16" | "sunssf" => ("i16", Some(1)),
        "pad" => ("u16", Some(1)),
        "uint32" | "acc32" | "enum32" | "bitfield32" | "ipaddr" => ("u32", Some(2)),
        "int32" => ("i32", Some(2)),
        "float32" => ("f32", Some(2)),
        "uint64" | "acc64" | "bitfield64" => ("u64", Some(4)),
        "int64" => ("i64", Some(4)),
        "float64" => ("f64", Some(4)),
        "string" => ("string", None),
        "ipv6addr" | "eui48" => ("raw", None),
        _ => return None,
    })
}

/// SunSpec's unit words where the spec (and the tools it feeds) spell them otherwise.
fn unit(u: &str) -> String {
    match u {
        "C" => "°C".into(),
        "F" => "°F".into(),
        "Pct" => "%".into(),
        "Secs" => "s".into(),
        other => other.to_owned(),
    }
}

impl Reader<'_> {
    /// One group: a block at `base` (the model's top group gets ID and L first,
    /// so its block starts 2 registers earlier); returns the registers it spans.
    fn group(&mut self, group: &Node, name: &str, base: u16, repeat: Option<(u16, u16)>, model_id: i64) -> u16 {
        let top = repeat.is_none() && model_id != 0;
        let mut block = BlockSpec::new(name, "holding");
        block.base = Some(Spanned::bare(i64::from(base)));
        if let Some(d) = group.get("label").and_then(Node::as_str) {
            block.description = Some(Spanned::bare(if top { format!("Model {model_id}: {d}") } else { d.to_owned() }));
        }
        let points = group.get("points").and_then(Node::as_seq).unwrap_or(&[]);
        let names = points.iter().filter_map(|p| p.get("name").and_then(Node::as_str).map(str::to_owned)).collect();
        self.scopes.push((name.to_owned(), names));
        let mut address: u16 = 0;
        for p in points {
            address = address.saturating_add(self.point(p, &mut block, address));
        }
        let mut span = address;
        let index = self.blocks.len();
        self.blocks.push(block);
        for g in group.get("groups").and_then(Node::as_seq).unwrap_or(&[]) {
            let gname = g.get("name").and_then(Node::as_str).unwrap_or("group").to_owned();
            let count = match g.get("count") {
                Some(n) if n.as_int().is_some_and(|c| c > 0) => n.as_int().unwrap_or(1).clamp(1, 65535) as u16,
                Some(n) => {
                    let o = origin(&self.file, n);
                    self.c.warn(
                        UNSUPPORTED,
                        o,
                        &gname,
                        format!("the group repeats `{}` times (as many as the device says): imported as 1 instance", n.as_str().unwrap_or("?")),
                        "set `repeat: { count }` to what your device reports",
                    );
                    1
                }
                None => 1,
            };
            let size = self.group_size(g);
            let at = base.saturating_add(span);
            self.group(g, &gname, at, Some((count, size)), 0);
            if count > 1 || g.get("count").is_some() {
                if let Some(b) = self.blocks.iter_mut().rev().find(|b| b.name.value == gname) {
                    b.repeat = Some(RepeatSpec { count: Some(Spanned::bare(i64::from(count))), stride: Some(Spanned::bare(i64::from(size))), ..Default::default() });
                }
            }
            span = span.saturating_add(size.saturating_mul(count));
        }
        self.scopes.pop();
        if top {
            // L counts the registers after ID and L.
            if let Some(l) = self.blocks[index].registers.iter_mut().find(|r| r.name.value == "L") {
                l.default = Some(Spanned::bare(Value::Int(i64::from(span.saturating_sub(2)))));
            }
            return span.saturating_sub(2);
        }
        span
    }

    fn group_size(&self, g: &Node) -> u16 {
        let points: u16 = g.get("points").and_then(Node::as_seq).unwrap_or(&[]).iter().map(|p| p.get("size").and_then(Node::as_int).unwrap_or(1) as u16).sum();
        let nested: u16 = g
            .get("groups")
            .and_then(Node::as_seq)
            .unwrap_or(&[])
            .iter()
            .map(|s| self.group_size(s) * s.get("count").and_then(Node::as_int).unwrap_or(1).max(1) as u16)
            .sum();
        points + nested
    }

    /// `sf` as the spec names it: bare in its own group, `block.name` in an outer one.
    fn scale_factor(&self, sf: &str) -> String {
        let own = self.scopes.last().is_some_and(|(_, names)| names.iter().any(|n| n == sf));
        if own {
            return sf.to_owned();
        }
        match self.scopes.iter().rev().find(|(_, names)| names.iter().any(|n| n == sf)) {
            Some((block, _)) => format!("{block}.{sf}"),
            None => sf.to_owned(),
        }
    }

    /// One point → one register at `address` in `block`; returns its size.
    fn point(&mut self, p: &Node, block: &mut BlockSpec, address: u16) -> u16 {
        let name = p.get("name").and_then(Node::as_str).unwrap_or("").to_owned();
        let ty = p.get("type").and_then(Node::as_str).unwrap_or("");
        let size = p.get("size").and_then(Node::as_int).unwrap_or(1).clamp(1, 125) as u16;
        let Some((spec_ty, fixed)) = spec_type(ty) else {
            let o = origin(&self.file, p.get("type").unwrap_or(p));
            self.c.warn(UNSUPPORTED, o, &name, format!("SunSpec type `{ty}` has no spec type: imported as `raw` registers"), "give the register its type by hand");
            let mut r = RegisterSpec::new(&name, i64::from(address), "raw");
            r.length = Some(Spanned::bare(i64::from(size)));
            block.registers.push(r);
            return size;
        };
        let mut r = RegisterSpec::new(&name, i64::from(address), spec_ty);
        if fixed.is_none() {
            r.length = Some(Spanned::bare(i64::from(if spec_ty == "string" { size * 2 } else { size })));
        }
        for (k, v) in p.as_map().unwrap_or(&[]) {
            let key = k.as_str().unwrap_or_default();
            let text = v.as_str().unwrap_or_default();
            match key {
                "name" | "type" | "size" => {}
                "label" => r.label = Some(Spanned::bare(text.to_owned())),
                "desc" => r.description = Some(Spanned::bare(text.to_owned())),
                "units" => r.unit = Some(Spanned::bare(unit(text))),
                "access" => {
                    if text == "RW" {
                        r.access = Some(Spanned::bare("rw".into()));
                    }
                }
                "sf" => match v.as_int() {
                    // A fixed power of ten.
                    Some(sf) => r.scale = Some(Spanned::bare(Value::Float(10f64.powi(sf as i32)))),
                    None => r.scale_factor = Some(Spanned::bare(self.scale_factor(text))),
                },
                "value" => r.default = Some(Spanned::bare(if let Some(i) = v.as_int() { Value::Int(i) } else { Value::Text(text.to_owned()) })),
                "symbols" => {
                    for s in v.as_seq().unwrap_or(&[]) {
                        let (Some(n), Some(value)) = (s.get("name").and_then(Node::as_str), s.get("value").and_then(Node::as_int)) else { continue };
                        if ty.starts_with("bitfield") {
                            r.bits.push(BitSpec { key: Spanned::bare(value.to_string()), name: Spanned::bare(n.to_owned()) });
                        } else {
                            r.values.push(EnumSpec { raw: Spanned::bare(value), name: Spanned::bare(n.to_owned()) });
                        }
                    }
                }
                // SunSpec's bookkeeping of the point, not a register fact the spec has a key for.
                "mandatory" | "static" | "standards" | "detail" | "notes" | "comments" => {
                    let o = origin(&self.file, k);
                    self.c.warn_grouped(UNSUPPORTED, o, &name, format!("`{key}` (SunSpec model metadata) has no spec key: not imported"), "describe it in the register's `description` if it matters");
                }
                _ => {
                    let o = origin(&self.file, k);
                    self.c.warn(UNSUPPORTED, o, &name, format!("`{key}` has no spec key: not imported"), "describe it in the register's `description` if it matters");
                }
            }
        }
        if r.access.is_none() {
            r.access = Some(Spanned::bare("r".into()));
        }
        if ty.starts_with("acc") {
            r.sentinel = vec![Spanned::bare("0".into())];
        }
        if matches!(name.as_str(), "ID" | "L") && block.registers.len() < 2 {
            r.sentinel = vec![Spanned::bare(crate::keys::NO_SENTINEL.into())];
        }
        block.registers.push(r);
        if let Some(f) = fixed {
            if f != size {
                let o = origin(&self.file, p);
                self.c.warn(UNSUPPORTED, o, &name, format!("size {size} of a `{ty}` point (which is {f} registers): the type's size is used"), "check the model JSON");
                return f;
            }
        }
        size
    }
}
