//! The validator: checks a spec model against every rule of the format,
//! collects all problems at once, and lowers a clean spec to the IR.
//!
//! Stages: device and block settings → register templates (checks that do not
//! need the type) → block instances (repeats expanded) → aliases resolved →
//! type-dependent checks → addresses (overflow, overlaps) → IR ordering.

use crate::diagnostics::{Diagnostic, Diagnostics, Subject};
use crate::ir::{self, Access, BitRange, ByteOrder, DataType, EnumVariant, Origin, Table, WordOrder};
use crate::load::suggest;
use crate::lower;
use crate::spec::{BlockSpec, RegisterSpec, Spanned, Spec, Value};
use modbus_map_core::Version;
use std::collections::{BTreeMap, BTreeSet};

/// A validated device and the warnings found on the way.
#[derive(Debug, Clone, PartialEq)]
pub struct Checked {
    pub device: ir::Device,
    pub warnings: Diagnostics,
}

impl std::ops::Deref for Checked {
    type Target = ir::Device;
    fn deref(&self) -> &ir::Device {
        &self.device
    }
}

impl Checked {
    pub fn into_device(self) -> ir::Device {
        self.device
    }
}

/// Most registers a spec may expand to (repeats included). Real devices have a
/// few thousand; the cap keeps a runaway `repeat` from exhausting memory.
pub const MAX_REGISTERS: u64 = 65536;

const TYPE_NAMES: &[&str] =
    &["bool", "u8", "i8", "u16", "i16", "u32", "i32", "u64", "i64", "f32", "f64", "string", "raw"];

/// Validates a spec and lowers it to the IR. `Err` holds every error (and the
/// warnings found alongside); `Ok` carries the warnings.
pub fn validate(spec: &Spec) -> Result<Checked, Diagnostics> {
    let mut v = Validator { spec, diags: Diagnostics::new() };
    let device = v.run();
    match device {
        Some(device) if !v.diags.has_errors() => Ok(Checked { device, warnings: v.diags }),
        _ => {
            v.diags.sort();
            Err(v.diags)
        }
    }
}

struct Validator<'s> {
    spec: &'s Spec,
    diags: Diagnostics,
}

/// Per-block settings once checked.
struct BlockInfo {
    table: Option<Table>,
    unit_id: u8,
    base: u16,
    repeat: Option<ir::Repeat>,
}

/// One expanded register under construction, with the indices of its spec entry.
struct Item {
    reg: ir::Register,
    /// `None` until the alias target supplies it.
    data_type: Option<DataType>,
    bi: usize,
    ri: usize,
    /// Reports about the template are made once, on the first instance.
    first: bool,
    /// Absolute address as i64 so an overflow can be reported rather than wrapped.
    abs: i64,
    /// Spec indices (block, register) of the alias target, once resolved.
    target: Option<(usize, usize)>,
}

impl<'s> Validator<'s> {
    fn origin<T>(&self, s: &Spanned<T>) -> Origin {
        Origin { file: self.spec.file.clone(), line: s.line, column: s.column }
    }

    fn at(&self, line: u32, column: u32) -> Origin {
        Origin { file: self.spec.file.clone(), line, column }
    }

    fn subject(bi: Option<usize>, ri: Option<usize>, key: &str) -> Subject {
        Subject { block: bi, register: ri, key: Some(key.to_owned()) }
    }

    fn push(&mut self, d: Diagnostic) {
        self.diags.push(d);
    }

    fn run(&mut self) -> Option<ir::Device> {
        let spec = self.spec;
        let dev = &spec.device;
        let dorigin = self.at(dev.line, dev.column);

        // Device settings.
        if dev.name.value.is_empty() {
            self.push(
                Diagnostic::error("missing-key", "the device has no `name`", dorigin.clone())
                    .with_subject(Self::subject(None, None, "name"))
                    .with_help("add `name: my_device` (snake_case) to `device:`"),
            );
        } else {
            self.check_snake_name(&dev.name, "device", Self::subject(None, None, "name"));
        }
        let unit_id = dev.unit_id.as_ref().map_or(Some(1), |u| self.unit_id(u, Self::subject(None, None, "unit_id")));
        let word_order = self.word_order(dev.word_order.as_ref(), Self::subject(None, None, "word_order"));
        let byte_order = self.byte_order(dev.byte_order.as_ref(), Self::subject(None, None, "byte_order"));
        let read_limit = self.bounded(dev.read_limit.as_ref(), "read_limit", 1, 2000, 125, None);
        let max_gap = self.bounded(dev.max_gap.as_ref(), "max_gap", 0, 65535, 0, None);
        let values_per_read = dev.values_per_read.as_ref().map(|v| self.bounded(Some(v), "values_per_read", 1, 2000, 1, None));
        let firmware = dev.firmware.as_ref().and_then(|f| self.version(f, Self::subject(None, None, "firmware")));

        // Blocks.
        let mut infos = Vec::new();
        let mut instance_names: BTreeMap<String, (usize, Origin)> = BTreeMap::new();
        for (bi, b) in spec.blocks.iter().enumerate() {
            let info = self.block(bi, b, unit_id.unwrap_or(1));
            let mut names = Vec::new();
            match &info.repeat {
                Some(rep) => names.extend((1..=rep.count).map(|k| format!("{}{k}", b.name.value))),
                None => names.push(b.name.value.clone()),
            }
            if !b.name.value.is_empty() {
                for name in names {
                    let here = self.origin(&b.name);
                    if let Some((other, first)) = instance_names.get(&name) {
                        let what = if name == b.name.value && spec.blocks[*other].name.value == name {
                            format!("block name `{name}` is used twice")
                        } else {
                            format!("block instance name `{name}` is used twice (repeated blocks are named `<block><k>`)")
                        };
                        self.push(
                            Diagnostic::error("duplicate-block", what, here)
                                .with_subject(Self::subject(Some(bi), None, "name"))
                                .with_related(first.clone(), "first used here".to_owned())
                                .with_help("give every block a unique name"),
                        );
                        break;
                    }
                    instance_names.insert(name, (bi, here));
                }
            }
            infos.push(info);
        }

        // Register templates and instances.
        let repeated: BTreeSet<&str> =
            spec.blocks.iter().filter(|b| b.repeat.is_some()).map(|b| b.name.value.as_str()).collect();
        let expanded: u64 = spec
            .blocks
            .iter()
            .zip(&infos)
            .map(|(b, info)| b.registers.len() as u64 * info.repeat.map_or(1, |r| r.count as u64))
            .sum();
        if expanded > MAX_REGISTERS {
            self.push(
                Diagnostic::error(
                    "too-large",
                    format!("the spec expands to {expanded} registers, more than the limit of {MAX_REGISTERS}"),
                    dorigin,
                )
                .with_help("a Modbus device has at most 65536 addresses per table; check `repeat: count`"),
            );
            return None;
        }
        let mut items: Vec<Item> = Vec::new();
        for (bi, b) in spec.blocks.iter().enumerate() {
            let mut seen: BTreeMap<&str, &Spanned<String>> = BTreeMap::new();
            for (ri, r) in b.registers.iter().enumerate() {
                if r.name.value.is_empty() {
                    self.push(
                        Diagnostic::error("missing-key", "the register has no `name`", self.at(r.line, r.column))
                            .with_subject(Self::subject(Some(bi), Some(ri), "name"))
                            .with_help("add `name: my_register`"),
                    );
                } else if !lower::is_identifier(&r.name.value) {
                    self.bad_identifier(&r.name, "register", Self::subject(Some(bi), Some(ri), "name"));
                } else if let Some(first) = seen.get(r.name.value.as_str()) {
                    let d = Diagnostic::error(
                        "duplicate-register",
                        format!("register name `{}` is used twice in block `{}`", r.name.value, b.name.value),
                        self.origin(&r.name),
                    )
                    .with_subject(Self::subject(Some(bi), Some(ri), "name"))
                    .with_related(self.origin(first), "first used here".to_owned())
                    .with_help("give every register of a block a unique name");
                    self.push(d);
                } else {
                    if lower::is_keyword(&r.name.value) {
                        self.keyword(&r.name, Self::subject(Some(bi), Some(ri), "name"));
                    }
                    seen.insert(&r.name.value, &r.name);
                }
                let template = self.template(bi, ri, r, &infos[bi], word_order, byte_order, firmware);
                let Some(template) = template else { continue };
                let info = &infos[bi];
                let instances: Vec<(String, Option<u16>, i64)> = match info.repeat {
                    Some(rep) => (1..=rep.count)
                        .map(|k| (format!("{}{k}", b.name.value), Some(k), info.base as i64 + (k as i64 - 1) * rep.stride as i64))
                        .collect(),
                    None => vec![(b.name.value.clone(), None, info.base as i64)],
                };
                for (n, (instance, index, base)) in instances.into_iter().enumerate() {
                    let mut reg = template.0.clone();
                    reg.qualified_name = format!("{instance}.{}", r.name.value);
                    reg.ident = lower::register_ident(&instance, &r.name.value);
                    reg.instance = instance.clone();
                    reg.instance_index = index;
                    if let (Some(target), Some(k)) = (&r.alias_of, index) {
                        reg.alias_of = Some(self.alias_in_instance(&target.value, k, &repeated));
                    }
                    let abs = base + reg.relative_address as i64;
                    reg.address = abs.clamp(0, 65535) as u16;
                    items.push(Item { reg, data_type: template.1, bi, ri, first: n == 0, abs, target: None });
                }
            }
        }

        self.resolve_aliases(&mut items);
        for it in items.iter_mut() {
            self.typed_checks(it);
        }
        self.addresses(&items, &infos);

        // Identifiers unique in the device.
        let mut idents: BTreeMap<String, String> = BTreeMap::new();
        for it in &items {
            if let Some(other) = idents.insert(it.reg.ident.clone(), it.reg.qualified_name.clone()) {
                if other != it.reg.qualified_name {
                    let r = &spec.blocks[it.bi].registers[it.ri];
                    self.push(
                        Diagnostic::error(
                            "duplicate-register",
                            format!("registers `{other}` and `{}` both get the identifier `{}`", it.reg.qualified_name, it.reg.ident),
                            self.origin(&r.name),
                        )
                        .with_subject(Self::subject(Some(it.bi), Some(it.ri), "name"))
                        .with_register(&it.reg.qualified_name, Some(it.reg.address))
                        .with_help("rename one of them; identifiers are `<block>_<register>` in snake_case"),
                    );
                }
            }
        }

        if let Some(coil) = &dev.word_order_coil {
            match items.iter().find(|it| it.reg.qualified_name == coil.value) {
                Some(it) if it.reg.table == Table::Coil && it.reg.data_type == DataType::Bool => {}
                Some(it) => self.push(
                    Diagnostic::error(
                        "bad-value",
                        format!("`word_order_coil` names `{}`, which is not a bool coil", coil.value),
                        self.origin(coil),
                    )
                    .with_subject(Self::subject(None, None, "word_order_coil"))
                    .with_register(&it.reg.qualified_name, Some(it.reg.address))
                    .with_help("name a `bool` register of a `coil` block"),
                ),
                None => {
                    let names: Vec<&str> = items.iter().map(|it| it.reg.qualified_name.as_str()).collect();
                    let help = match suggest(&coil.value, &names) {
                        Some(s) => format!("did you mean `{s}`?"),
                        None => "name a bool coil as `block.register`".to_owned(),
                    };
                    self.push(
                        Diagnostic::error("alias-missing", format!("`word_order_coil` names `{}`, which does not exist", coil.value), self.origin(coil))
                            .with_subject(Self::subject(None, None, "word_order_coil"))
                            .with_help(help),
                    );
                }
            }
        }

        if self.diags.has_errors() {
            return None;
        }
        let blocks = spec
            .blocks
            .iter()
            .zip(&infos)
            .map(|(b, info)| {
                let instances = match info.repeat {
                    Some(rep) => (1..=rep.count)
                        .map(|k| ir::BlockInstance {
                            name: format!("{}{k}", b.name.value),
                            index: Some(k),
                            base: (info.base as u32 + (k as u32 - 1) * rep.stride as u32) as u16,
                        })
                        .collect(),
                    None => vec![ir::BlockInstance { name: b.name.value.clone(), index: None, base: info.base }],
                };
                ir::Block {
                    name: b.name.value.clone(),
                    table: info.table.unwrap_or(Table::Holding),
                    unit_id: info.unit_id,
                    base: info.base,
                    description: b.description.as_ref().map(|d| d.value.clone()),
                    repeat: info.repeat,
                    instances,
                    registers: b.registers.iter().map(|r| r.name.value.clone()).collect(),
                    allow_gaps: b.allow_gaps.as_ref().is_some_and(|a| a.value),
                    origin: self.at(b.line, b.column),
                }
            })
            .collect();
        let mut device = ir::Device {
            name: dev.name.value.clone(),
            title: dev.title.as_ref().map(|s| s.value.clone()),
            vendor: dev.vendor.as_ref().map(|s| s.value.clone()),
            description: dev.description.as_ref().map(|s| s.value.clone()),
            firmware: dev.firmware.as_ref().map(|s| s.value.clone()),
            unit_id: unit_id.unwrap_or(1),
            word_order,
            byte_order,
            read_limit,
            max_gap,
            word_order_coil: dev.word_order_coil.as_ref().map(|s| s.value.clone()),
            values_per_read,
            allow_gaps: dev.allow_gaps.as_ref().is_some_and(|a| a.value),
            source: Origin { file: spec.file.clone(), line: 0, column: 0 },
            blocks,
            registers: items.into_iter().map(|it| it.reg).collect(),
        };
        lower::finish(&mut device);
        Some(device)
    }

    fn check_snake_name(&mut self, name: &Spanned<String>, what: &str, subject: Subject) {
        let ok = lower::is_identifier(&name.value)
            && name.value.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
        if !ok {
            let d = Diagnostic::error("bad-identifier", format!("{what} name `{}` is not a snake_case identifier", name.value), self.origin(name))
                .with_subject(subject)
                .with_help(format!("use lowercase letters, digits and `_`, starting with a letter (e.g. `{}`)", suggest_ident(&name.value)));
            self.push(d);
        } else if lower::is_keyword(&name.value) {
            self.keyword(name, subject);
        }
    }

    fn bad_identifier(&mut self, name: &Spanned<String>, what: &str, subject: Subject) {
        let d = Diagnostic::error("bad-identifier", format!("{what} name `{}` is not an identifier", name.value), self.origin(name))
            .with_subject(subject)
            .with_help(format!(
                "use ASCII letters, digits and `_`, not starting with a digit (e.g. `{}`)",
                suggest_ident(&name.value)
            ));
        self.push(d);
    }

    fn keyword(&mut self, name: &Spanned<String>, subject: Subject) {
        let d = Diagnostic::warning(
            "keyword",
            format!("`{}` is a Rust or Python keyword; where generated code uses the bare name it becomes `{}_`", name.value, name.value),
            self.origin(name),
        )
        .with_subject(subject)
        .with_help("rename it to avoid the trailing `_`");
        self.push(d);
    }

    fn unit_id(&mut self, u: &Spanned<i64>, subject: Subject) -> Option<u8> {
        if (1..=247).contains(&u.value) {
            Some(u.value as u8)
        } else {
            let d = Diagnostic::error("unit-id", format!("unit id {} is outside 1..=247", u.value), self.origin(u))
                .with_subject(subject)
                .with_help("Modbus unit ids (server addresses) are 1..=247; 0 is broadcast and 248..=255 are reserved");
            self.push(d);
            None
        }
    }

    fn keyword_value<T: Copy>(
        &mut self,
        s: Option<&Spanned<String>>,
        parse: fn(&str) -> Option<T>,
        choices: &[&str],
        subject: Subject,
    ) -> Option<T> {
        let s = s?;
        match parse(&s.value) {
            Some(v) => Some(v),
            None => {
                let key = subject.key.clone().unwrap_or_default();
                let help = match suggest(&s.value, choices) {
                    Some(c) => format!("did you mean `{c}`? `{key}` is one of: {}", choices.join(", ")),
                    None => format!("`{key}` is one of: {}", choices.join(", ")),
                };
                let d = Diagnostic::error("bad-value", format!("`{}` is not a valid `{key}`", s.value), self.origin(s))
                    .with_subject(subject)
                    .with_help(help);
                self.push(d);
                None
            }
        }
    }

    fn word_order(&mut self, s: Option<&Spanned<String>>, subject: Subject) -> WordOrder {
        self.keyword_value(s, WordOrder::parse, &["high_first", "low_first"], subject).unwrap_or(WordOrder::HighFirst)
    }

    fn byte_order(&mut self, s: Option<&Spanned<String>>, subject: Subject) -> ByteOrder {
        self.keyword_value(s, ByteOrder::parse, &["high_first", "low_first"], subject).unwrap_or(ByteOrder::HighFirst)
    }

    fn bounded(&mut self, v: Option<&Spanned<i64>>, key: &str, lo: i64, hi: i64, default: u16, bi: Option<usize>) -> u16 {
        let Some(v) = v else { return default };
        if (lo..=hi).contains(&v.value) {
            v.value as u16
        } else {
            let d = Diagnostic::error("bad-value", format!("`{key}` is {}, outside {lo}..={hi}", v.value), self.origin(v))
                .with_subject(Self::subject(bi, None, key))
                .with_help(format!("give `{key}` a value in {lo}..={hi}"));
            self.push(d);
            default
        }
    }

    fn version(&mut self, s: &Spanned<String>, subject: Subject) -> Option<Version> {
        match Version::parse(s.value.trim()) {
            Some(v) => Some(v),
            None => {
                let key = subject.key.clone().unwrap_or_default();
                let d = Diagnostic::error("bad-version", format!("`{key}` `{}` is not a version", s.value), self.origin(s))
                    .with_subject(subject)
                    .with_help("write a version as up to four dot-separated numbers, quoted: \"4.2.1\"");
                self.push(d);
                None
            }
        }
    }

    fn block(&mut self, bi: usize, b: &BlockSpec, device_unit: u8) -> BlockInfo {
        let borigin = self.at(b.line, b.column);
        if b.name.value.is_empty() {
            self.push(
                Diagnostic::error("missing-key", "the block has no `name`", borigin.clone())
                    .with_subject(Self::subject(Some(bi), None, "name"))
                    .with_help("add `name: my_block`"),
            );
        } else if !lower::is_identifier(&b.name.value) {
            self.bad_identifier(&b.name, "block", Self::subject(Some(bi), None, "name"));
        } else if lower::is_keyword(&b.name.value) {
            self.keyword(&b.name, Self::subject(Some(bi), None, "name"));
        }
        let table = match &b.table {
            None => {
                self.push(
                    Diagnostic::error("missing-key", format!("block `{}` has no `table`", b.name.value), borigin.clone())
                        .with_subject(Self::subject(Some(bi), None, "table"))
                        .with_help("add `table: holding` (or coil, discrete, input)"),
                );
                None
            }
            Some(t) => self.keyword_value(
                Some(t),
                Table::parse,
                &["coil", "discrete", "input", "holding"],
                Self::subject(Some(bi), None, "table"),
            ),
        };
        let unit_id = b
            .unit_id
            .as_ref()
            .map_or(Some(device_unit), |u| self.unit_id(u, Self::subject(Some(bi), None, "unit_id")))
            .unwrap_or(device_unit);
        let base = match &b.base {
            None => 0,
            Some(v) if (0..=65535).contains(&v.value) => v.value as u16,
            Some(v) => {
                let d = Diagnostic::error("address-overflow", format!("block base {} is outside 0..=65535", v.value), self.origin(v))
                    .with_subject(Self::subject(Some(bi), None, "base"))
                    .with_help("Modbus addresses are 0..=65535");
                self.push(d);
                0
            }
        };
        let repeat = b.repeat.as_ref().and_then(|r| {
            let rorigin = self.at(r.line, r.column);
            let count = match &r.count {
                None => {
                    self.push(
                        Diagnostic::error("missing-key", "`repeat` has no `count`", rorigin.clone())
                            .with_subject(Self::subject(Some(bi), None, "repeat"))
                            .with_help("write `repeat: { count: 8, stride: 1000 }`"),
                    );
                    None
                }
                Some(c) => Some(self.bounded(Some(c), "count", 1, 65535, 1, Some(bi))),
            };
            let stride = match &r.stride {
                None => {
                    self.push(
                        Diagnostic::error("missing-key", "`repeat` has no `stride`", rorigin)
                            .with_subject(Self::subject(Some(bi), None, "repeat"))
                            .with_help("write `repeat: { count: 8, stride: 1000 }`"),
                    );
                    None
                }
                Some(s) => Some(self.bounded(Some(s), "stride", 0, 65535, 0, Some(bi))),
            };
            let (count, stride) = (count?, stride?);
            let last_base = base as u32 + (count as u32 - 1) * stride as u32;
            if last_base > 65535 {
                let at = r.count.as_ref().map_or_else(|| self.at(r.line, r.column), |c| self.origin(c));
                self.push(
                    Diagnostic::error(
                        "address-overflow",
                        format!("instance {count} of block `{}` would start at {last_base}, beyond 65535", b.name.value),
                        at,
                    )
                    .with_subject(Self::subject(Some(bi), None, "repeat"))
                    .with_help("lower `base`, `count` or `stride`"),
                );
                return None;
            }
            Some(ir::Repeat { count, stride })
        });
        BlockInfo { table, unit_id, base, repeat }
    }

    /// Checks of a register entry that do not need its type; the IR register
    /// with instance fields left for the caller.
    #[allow(clippy::too_many_arguments)]
    fn template(
        &mut self,
        bi: usize,
        ri: usize,
        r: &RegisterSpec,
        info: &BlockInfo,
        word_order: WordOrder,
        byte_order: ByteOrder,
        firmware: Option<Version>,
    ) -> Option<(ir::Register, Option<DataType>)> {
        let s = |key: &str| Self::subject(Some(bi), Some(ri), key);
        let block = &self.spec.blocks[bi];
        // Name template-level problems after the first instance, the register a reader can find.
        let first_instance = if info.repeat.is_some() { format!("{}1", block.name.value) } else { block.name.value.clone() };
        let qualified = format!("{first_instance}.{}", r.name.value);
        let rorigin = self.at(r.line, r.column);
        let mut ok = true;
        let reported_before = self.diags.len();
        let address = match &r.address {
            None => {
                self.push(
                    Diagnostic::error("missing-key", format!("register `{qualified}` has no `address`"), rorigin.clone())
                        .with_subject(s("address"))
                        .with_register(&qualified, None)
                        .with_help("add `address: N` (relative to the block's `base`)"),
                );
                ok = false;
                0
            }
            Some(a) if (0..=65535).contains(&a.value) => a.value as u16,
            Some(a) => {
                self.push(
                    Diagnostic::error("address-overflow", format!("address {} is outside 0..=65535", a.value), self.origin(a))
                        .with_subject(s("address"))
                        .with_register(&qualified, None)
                        .with_help("Modbus addresses are 0..=65535"),
                );
                ok = false;
                0
            }
        };
        let data_type = match &r.data_type {
            None if r.alias_of.is_none() => {
                self.push(
                    Diagnostic::error("missing-key", format!("register `{qualified}` has no `type`"), rorigin.clone())
                        .with_subject(s("type"))
                        .with_register(&qualified, None)
                        .with_help(format!("add `type:` (one of {})", TYPE_NAMES.join(", "))),
                );
                ok = false;
                None
            }
            None => None,
            Some(t) => {
                let parsed = self.keyword_value(Some(t), DataType::parse, TYPE_NAMES, s("type"));
                ok &= parsed.is_some();
                parsed
            }
        };
        let access = match &r.access {
            None => info.table.map_or(Access::ReadWrite, Access::default_for),
            Some(a) => match self.keyword_value(Some(a), Access::parse, &["r", "w", "rw"], s("access")) {
                Some(acc) => {
                    if let Some(t) = info.table {
                        if acc.writable() && !t.is_writable() {
                            self.push(
                                Diagnostic::error(
                                    "access-table",
                                    format!("`{}` table registers cannot be written, but `access` is `{}`", t.as_str(), a.value),
                                    self.origin(a),
                                )
                                .with_subject(s("access"))
                                .with_register(&qualified, None)
                                .with_help("use `access: r`, or move the register to a holding or coil block"),
                            );
                        }
                    }
                    acc
                }
                None => Access::Read,
            },
        };
        let scale_text = r.scale.as_ref().map(|v| value_text(&v.value));
        let scale = match &r.scale {
            None => 1.0,
            Some(v) => match number_or_fraction(&v.value) {
                Some(0.0) => {
                    self.push(
                        Diagnostic::error("scale-zero", "`scale` is 0, so every raw value would read as the offset", self.origin(v))
                            .with_subject(s("scale"))
                            .with_register(&qualified, None)
                            .with_help("give the factor from raw to engineering value, e.g. `scale: 0.1` or `scale: \"1/10\"`"),
                    );
                    1.0
                }
                Some(x) => x,
                None => {
                    self.push(
                        Diagnostic::error("bad-value", format!("`scale` `{}` is not a number", value_text(&v.value)), self.origin(v))
                            .with_subject(s("scale"))
                            .with_register(&qualified, None)
                            .with_help("write a number (`0.1`) or a fraction string (`\"1/10\"`)"),
                    );
                    1.0
                }
            },
        };
        let offset = self.number(r.offset.as_ref(), "offset", &qualified, s("offset")).unwrap_or(0.0);
        let min = self.number(r.min.as_ref(), "min", &qualified, s("min"));
        let max = self.number(r.max.as_ref(), "max", &qualified, s("max"));
        if let (Some(lo), Some(hi), Some(m)) = (min, max, r.min.as_ref()) {
            if lo > hi {
                self.push(
                    Diagnostic::error("min-max", format!("`min` ({lo}) is greater than `max` ({hi})"), self.origin(m))
                        .with_subject(s("min"))
                        .with_register(&qualified, None)
                        .with_help("swap them, or fix the one that is wrong"),
                );
            }
        }
        let since = r.since.as_ref().and_then(|v| self.version(v, s("since")).map(|ver| (v, ver)));
        if let (Some((sv, ver)), Some(fw)) = (since, firmware) {
            if ver > fw {
                let fw_text = self.spec.device.firmware.as_ref().map(|f| f.value.clone()).unwrap_or_default();
                let mut d = Diagnostic::error(
                    "since-firmware",
                    format!("`since` {} is newer than the device's `firmware` {fw_text}", sv.value),
                    self.origin(sv),
                )
                .with_subject(s("since"))
                .with_register(&qualified, None)
                .with_help("raise `firmware` to the newest version the spec describes, or fix `since`");
                if let Some(f) = &self.spec.device.firmware {
                    d = d.with_related(self.origin(f), "the device's firmware is set here".to_owned());
                }
                self.push(d);
            }
        }
        let reg_word = self.keyword_value(r.word_order.as_ref(), WordOrder::parse, &["high_first", "low_first"], s("word_order"));
        let reg_byte = self.keyword_value(r.byte_order.as_ref(), ByteOrder::parse, &["high_first", "low_first"], s("byte_order"));
        let mut overlaps: Vec<String> = r.overlaps.iter().map(|o| o.value.clone()).collect();
        overlaps.sort();
        overlaps.dedup();
        let first_address = r.address.as_ref().map(|a| a.value + info.base as i64).filter(|a| (0..=65535).contains(a));
        for d in &mut self.diags.items[reported_before..] {
            if d.register.is_none() {
                d.register = Some(qualified.clone());
            }
            if d.register.as_deref() == Some(qualified.as_str()) && d.address.is_none() {
                d.address = first_address.map(|a| a as u16);
            }
        }
        if !ok {
            return None;
        }
        let qualified = format!("{}.{}", block.name.value, r.name.value);
        let reg = ir::Register {
            name: r.name.value.clone(),
            qualified_name: qualified,
            ident: String::new(),
            block: block.name.value.clone(),
            instance: String::new(),
            instance_index: None,
            unit_id: info.unit_id,
            table: info.table.unwrap_or(Table::Holding),
            address: 0,
            relative_address: address,
            width: 0,
            data_type: data_type.unwrap_or(DataType::Raw),
            length: 0,
            scale,
            offset,
            scale_text,
            unit: r.unit.as_ref().map(|u| u.value.clone()),
            access,
            min,
            max,
            default: None,
            values: Vec::new(),
            bits: Vec::new(),
            since: r.since.as_ref().map(|v| v.value.clone()),
            description: r.description.as_ref().map(|d| d.value.clone()),
            word_order: reg_word.unwrap_or(word_order),
            byte_order: reg_byte.unwrap_or(byte_order),
            alias_of: r.alias_of.as_ref().map(|a| a.value.clone()),
            aliases: Vec::new(),
            safety: r.safety.as_ref().is_some_and(|v| v.value),
            overlaps,
            origin: self.at(r.line, r.column),
        };
        Some((reg, data_type))
    }

    fn number(&mut self, v: Option<&Spanned<Value>>, key: &str, qualified: &str, subject: Subject) -> Option<f64> {
        let v = v?;
        match &v.value {
            Value::Int(i) => Some(*i as f64),
            Value::Float(f) => Some(*f),
            other => {
                let d = Diagnostic::error("bad-value", format!("`{key}` `{}` is not a number", value_text(other)), self.origin(v))
                    .with_subject(subject)
                    .with_register(qualified, None)
                    .with_help(format!("write `{key}` as a number in engineering units"));
                self.push(d);
                None
            }
        }
    }

    /// In instance `k` of a repeated block, `alias_of: hc.x` means `hc<k>.x`.
    fn alias_in_instance(&self, target: &str, k: u16, repeated: &BTreeSet<&str>) -> String {
        if let Some((block, name)) = target.split_once('.') {
            if repeated.contains(block) {
                return format!("{block}{k}.{name}");
            }
        }
        target.to_owned()
    }

    fn resolve_aliases(&mut self, items: &mut [Item]) {
        let index: BTreeMap<String, usize> = items.iter().enumerate().map(|(i, it)| (it.reg.qualified_name.clone(), i)).collect();
        for i in 0..items.len() {
            let Some(target_name) = items[i].reg.alias_of.clone() else { continue };
            let (bi, ri, first) = (items[i].bi, items[i].ri, items[i].first);
            let rs = &self.spec.blocks[bi].registers[ri];
            let Some(alias_span) = rs.alias_of.clone() else { continue };
            let qualified = items[i].reg.qualified_name.clone();
            let subject = Self::subject(Some(bi), Some(ri), "alias_of");
            let Some(&t) = index.get(&target_name) else {
                if first {
                    let names: Vec<&str> = index.keys().map(String::as_str).collect();
                    let help = match suggest(&target_name, &names) {
                        Some(s) => format!("did you mean `{s}`?"),
                        None => "name the register served here as `block.register`".to_owned(),
                    };
                    let d = Diagnostic::error("alias-missing", format!("`alias_of` names `{target_name}`, which does not exist"), self.origin(&alias_span))
                        .with_subject(subject)
                        .with_register(&qualified, None)
                        .with_help(help);
                    self.push(d);
                }
                continue;
            };
            if t == i {
                let d = Diagnostic::error("alias-chain", format!("`{qualified}` is an alias of itself"), self.origin(&alias_span))
                    .with_subject(subject)
                    .with_register(&qualified, None)
                    .with_help("`alias_of` names another register served at a different address");
                self.push(d);
                continue;
            }
            if items[t].reg.alias_of.is_some() {
                if first {
                    let d = Diagnostic::error(
                        "alias-chain",
                        format!("`alias_of` names `{target_name}`, which is itself an alias (of `{}`)", items[t].reg.alias_of.clone().unwrap_or_default()),
                        self.origin(&alias_span),
                    )
                    .with_subject(subject)
                    .with_register(&qualified, None)
                    .with_related(items[t].reg.origin.clone(), format!("`{target_name}` is declared here"))
                    .with_help("point `alias_of` at the original register");
                    self.push(d);
                }
                continue;
            }
            let target_spec = &self.spec.blocks[items[t].bi].registers[items[t].ri];
            let target_type = items[t].data_type;
            let length_of = |r: &RegisterSpec| r.length.as_ref().map(|l| l.value);
            match (items[i].data_type, target_type) {
                (Some(mine), Some(theirs)) if first => {
                    let conflict = if mine != theirs {
                        Some(format!("`{qualified}` has type `{}` but its alias target `{target_name}` has type `{}`", mine.as_str(), theirs.as_str()))
                    } else if mine.has_length() && rs.length.is_some() && length_of(rs) != length_of(target_spec) {
                        Some(format!(
                            "`{qualified}` has length {} but its alias target `{target_name}` has length {}",
                            length_of(rs).unwrap_or(0),
                            length_of(target_spec).unwrap_or(0)
                        ))
                    } else {
                        None
                    };
                    if let Some(message) = conflict {
                        let at = rs.data_type.as_ref().map_or_else(|| self.origin(&alias_span), |t| self.origin(t));
                        let d = Diagnostic::error("alias-type", message, at)
                            .with_subject(Self::subject(Some(bi), Some(ri), "type"))
                            .with_register(&qualified, None)
                            .with_related(items[t].reg.origin.clone(), format!("`{target_name}` is declared here"))
                            .with_help("an alias serves the same value: drop its `type` and `length` or make them match");
                        self.push(d);
                    }
                }
                (None, theirs) => items[i].data_type = theirs,
                _ => {}
            }
            // An alias serves the same value: what it does not say, it inherits.
            let target = items[t].reg.clone();
            let target_at = (items[t].bi, items[t].ri);
            let it = &mut items[i];
            it.target = Some(target_at);
            if rs.scale.is_none() {
                it.reg.scale = target.scale;
                it.reg.scale_text = target.scale_text.clone();
            }
            if rs.offset.is_none() {
                it.reg.offset = target.offset;
            }
            if rs.unit.is_none() {
                it.reg.unit = target.unit.clone();
            }
            if rs.min.is_none() {
                it.reg.min = target.min;
            }
            if rs.max.is_none() {
                it.reg.max = target.max;
            }
            if rs.description.is_none() {
                it.reg.description = target.description.clone();
            }
            if rs.word_order.is_none() {
                it.reg.word_order = target.word_order;
            }
            if rs.byte_order.is_none() {
                it.reg.byte_order = target.byte_order;
            }
        }
    }

    /// Checks that need the resolved type; fills width, length, values, bits, default.
    fn typed_checks(&mut self, it: &mut Item) {
        let Some(dt) = it.data_type else { return };
        let (bi, ri) = (it.bi, it.ri);
        let spec = self.spec;
        let rs0 = &spec.blocks[bi].registers[ri];
        // Aliases inherit length, values and bits from the register they serve.
        let inherited = it.target.map(|(tb, tr)| &spec.blocks[tb].registers[tr]);
        let rs = rs0;
        let length_src = rs.length.as_ref().or_else(|| inherited.and_then(|r| r.length.as_ref()));
        let values_src = if rs.values.is_empty() { inherited.map_or(&rs.values, |r| &r.values) } else { &rs.values };
        let bits_src = if rs.bits.is_empty() { inherited.map_or(&rs.bits, |r| &r.bits) } else { &rs.bits };
        let report = it.first;
        let qualified = it.reg.qualified_name.clone();
        let s = |key: &str| Self::subject(Some(bi), Some(ri), key);
        let mut diags: Vec<Diagnostic> = Vec::new();
        let table = it.reg.table;
        let type_at = rs.data_type.as_ref().map_or_else(|| self.at(rs.line, rs.column), |t| self.origin(t));

        // Type and table.
        if table.is_bit_table() != (dt == DataType::Bool) {
            let msg = if table.is_bit_table() {
                format!("`{}` tables hold single bits, so the type must be `bool`, not `{}`", table.as_str(), dt.as_str())
            } else {
                format!("`bool` registers belong in coil or discrete tables, not `{}`", table.as_str())
            };
            diags.push(
                Diagnostic::error("type-table", msg, type_at.clone())
                    .with_subject(s("type"))
                    .with_help(if table.is_bit_table() {
                        "use `type: bool`, or move the register to a holding or input block".to_owned()
                    } else {
                        "use an integer type with `values`/`bits`, or move the register to a coil or discrete block".to_owned()
                    }),
            );
        }

        // Length.
        let length = match (dt.has_length(), length_src) {
            (true, None) => {
                diags.push(
                    Diagnostic::error("missing-key", format!("a `{}` register needs a `length`", dt.as_str()), type_at.clone())
                        .with_subject(s("length"))
                        .with_help(if dt == DataType::String { "add `length:` in bytes" } else { "add `length:` in registers" }),
                );
                1
            }
            (true, Some(l)) if l.value == 0 => {
                diags.push(
                    Diagnostic::error("zero-length", format!("a `{}` register of length 0 holds nothing", dt.as_str()), self.origin(l))
                        .with_subject(s("length"))
                        .with_help("give the length (bytes for string, registers for raw), at least 1"),
                );
                1
            }
            (true, Some(l)) if !(1..=65535).contains(&l.value) => {
                diags.push(
                    Diagnostic::error("address-overflow", format!("`length` {} is outside 1..=65535", l.value), self.origin(l))
                        .with_subject(s("length"))
                        .with_help("a register value cannot be longer than the address space"),
                );
                1
            }
            (true, Some(l)) => l.value as u16,
            (false, Some(l)) if rs.length.is_some() => {
                diags.push(
                    Diagnostic::error("bad-value", format!("`length` applies to string and raw registers, not `{}`", dt.as_str()), self.origin(l))
                        .with_subject(s("length"))
                        .with_help("remove `length`; the width of fixed-size types follows from the type"),
                );
                0
            }
            (false, _) => 0,
        };
        it.reg.data_type = dt;
        it.reg.length = length;
        it.reg.width = dt.width(length).max(1);
        if dt == DataType::Bool && it.reg.table.is_bit_table() {
            it.reg.width = 1;
        }

        // Range representable by the raw type.
        let eng_range = dt.raw_range().map(|(lo, hi)| {
            let (a, b) = (lo * it.reg.scale + it.reg.offset, hi * it.reg.scale + it.reg.offset);
            if a <= b {
                (a, b)
            } else {
                (b, a)
            }
        });
        if let Some((lo, hi)) = eng_range {
            let tol = 1e-9 * (hi - lo).abs().max(1.0);
            for (key, val, src) in [("min", it.reg.min, rs.min.as_ref()), ("max", it.reg.max, rs.max.as_ref())] {
                let (Some(v), Some(src)) = (val, src) else { continue };
                if v < lo - tol || v > hi + tol {
                    diags.push(
                        Diagnostic::error(
                            "range-type",
                            format!("`{key}` {v} cannot be represented: a `{}` with scale {} and offset {} covers {lo}..={hi}", dt.as_str(), it.reg.scale, it.reg.offset),
                            self.origin(src),
                        )
                        .with_subject(s(key))
                        .with_help("fix the bound, or use a wider type or another scale"),
                    );
                }
            }
        } else if rs.min.is_some() || rs.max.is_some() {
            let src = rs.min.as_ref().or(rs.max.as_ref()).map(|v| self.origin(v)).unwrap_or_else(|| type_at.clone());
            diags.push(
                Diagnostic::error("range-type", format!("`min`/`max` do not apply to `{}` registers", dt.as_str()), src)
                    .with_subject(s(if rs.min.is_some() { "min" } else { "max" }))
                    .with_help("remove `min` and `max`"),
            );
        }

        // Enumeration.
        let mut values: Vec<EnumVariant> = Vec::new();
        let mut raws: BTreeMap<i64, String> = BTreeMap::new();
        let mut enum_idents: BTreeMap<String, String> = BTreeMap::new();
        for e in values_src {
            let fits = match dt.raw_range() {
                Some((lo, hi)) if dt.is_integer() || dt == DataType::Bool => (e.raw.value as f64) >= lo && (e.raw.value as f64) <= hi,
                _ => false,
            };
            if !fits {
                let why = if dt.is_integer() || dt == DataType::Bool {
                    format!("does not fit a `{}`", dt.as_str())
                } else {
                    format!("cannot be an enumeration of a `{}` register", dt.as_str())
                };
                diags.push(
                    Diagnostic::error("enum-range", format!("enumeration value {} (`{}`) {why}", e.raw.value, e.name.value), self.origin(&e.raw))
                        .with_subject(s("values"))
                        .with_help("enumerations need an integer type wide enough for every raw value"),
                );
                continue;
            }
            let ident = lower::enum_ident(&e.name.value);
            if ident.is_empty() {
                diags.push(
                    Diagnostic::error("bad-identifier", format!("enumeration name `{}` has no letters or digits", e.name.value), self.origin(&e.name))
                        .with_subject(s("values"))
                        .with_help("name the value with letters or digits"),
                );
                continue;
            }
            let clash = if let Some(prev) = raws.get(&e.raw.value) {
                Some(format!("raw value {} is named twice (`{prev}` and `{}`)", e.raw.value, e.name.value))
            } else {
                enum_idents.get(&ident).map(|prev| format!("enumeration names `{prev}` and `{}` both become `{ident}`", e.name.value))
            };
            if let Some(what) = clash {
                diags.push(
                    Diagnostic::error("bad-value", what, self.origin(&e.name))
                        .with_subject(s("values"))
                        .with_help("give every value one distinct name"),
                );
                continue;
            }
            raws.insert(e.raw.value, e.name.value.clone());
            enum_idents.insert(ident.clone(), e.name.value.clone());
            values.push(EnumVariant { raw: e.raw.value, name: e.name.value.clone(), ident });
        }
        values.sort_by_key(|v| v.raw);

        // Bits.
        let type_bits: u32 = match dt {
            DataType::U8 | DataType::I8 => 8,
            DataType::U16 | DataType::I16 => 16,
            DataType::U32 | DataType::I32 => 32,
            DataType::U64 | DataType::I64 => 64,
            // Named bits of a raw value address its first 64 bits, like the widest integer.
            DataType::Raw => (16 * length as u32).min(64),
            _ => 0,
        };
        let mut bits: Vec<BitRange> = Vec::new();
        for b in bits_src {
            let Some((lsb, msb)) = parse_bits(&b.key.value) else {
                diags.push(
                    Diagnostic::error("bad-value", format!("bit key `{}` is not a bit index or range", b.key.value), self.origin(&b.key))
                        .with_subject(s("bits"))
                        .with_help("write a bit as `3` or a range as `\"8-10\"` (lowest-highest, inclusive)"),
                );
                continue;
            };
            if msb >= type_bits || msb > 255 {
                let what = if type_bits == 0 { format!("a `{}` register has no bits to name", dt.as_str()) } else { format!("a `{}` has bits 0..={}", dt.as_str(), type_bits - 1) };
                diags.push(
                    Diagnostic::error("bit-range", format!("bit {} (`{}`) does not fit: {what}", b.key.value, b.name.value), self.origin(&b.key))
                        .with_subject(s("bits"))
                        .with_help("use a bit index below the type's width, or a wider integer type"),
                );
                continue;
            }
            let ident = lower::bit_ident(&b.name.value);
            if ident.is_empty() {
                diags.push(
                    Diagnostic::error("bad-identifier", format!("bit name `{}` has no letters or digits", b.name.value), self.origin(&b.name))
                        .with_subject(s("bits"))
                        .with_help("name the bit with letters or digits"),
                );
                continue;
            }
            let (lsb, width) = (lsb as u8, (msb - lsb + 1) as u8);
            if let Some(prev) = bits.iter().find(|p| (p.lsb as u32) < lsb as u32 + width as u32 && (lsb as u32) < p.lsb as u32 + p.width as u32) {
                diags.push(
                    Diagnostic::error(
                        "bit-overlap",
                        format!("bits `{}` ({}) overlap `{}` (bits {}..={})", b.name.value, b.key.value, prev.name, prev.lsb, prev.lsb as u32 + prev.width as u32 - 1),
                        self.origin(&b.key),
                    )
                    .with_subject(s("bits"))
                    .with_help("every bit belongs to at most one name; fix the ranges"),
                );
                continue;
            }
            if let Some(prev) = bits.iter().find(|p| p.ident == ident) {
                diags.push(
                    Diagnostic::error("bad-value", format!("bit names `{}` and `{}` both become `{ident}`", prev.name, b.name.value), self.origin(&b.name))
                        .with_subject(s("bits"))
                        .with_help("give every bit a distinct name"),
                );
                continue;
            }
            bits.push(BitRange { name: b.name.value.clone(), ident, lsb, width });
        }
        bits.sort_by_key(|b| b.lsb);

        // Default.
        let default_src = rs.default.as_ref().or_else(|| if rs.alias_of.is_some() { inherited.and_then(|r| r.default.as_ref()) } else { None });
        let default = default_src.and_then(|d| {
            let bad = |msg: String, help: &str| {
                Diagnostic::error("bad-value", msg, self.origin(d)).with_subject(s("default")).with_help(help.to_owned())
            };
            match (&d.value, dt) {
                (Value::Bool(b), DataType::Bool) => Some(ir::Value::Bool(*b)),
                (Value::Int(i @ (0 | 1)), DataType::Bool) => Some(ir::Value::Bool(*i == 1)),
                (_, DataType::Bool) => {
                    diags.push(bad(format!("`default` `{}` is not a bool", value_text(&d.value)), "write `true` or `false`"));
                    None
                }
                (Value::Text(t), DataType::String) => {
                    if t.len() > length as usize {
                        diags.push(
                            Diagnostic::error("default-range", format!("`default` is {} bytes, longer than `length` {length}", t.len()), self.origin(d))
                                .with_subject(s("default"))
                                .with_help("shorten the default or raise `length`"),
                        );
                    }
                    Some(ir::Value::Text(t.clone()))
                }
                (_, DataType::String) => Some(ir::Value::Text(value_text(&d.value))),
                (_, DataType::Raw) => {
                    diags.push(bad("`raw` registers have no default".to_owned(), "remove `default`"));
                    None
                }
                (Value::Text(t), _) if values.iter().any(|v| v.name == *t) => Some(ir::Value::Text(t.clone())),
                (Value::Text(t), _) => {
                    let help = if values.is_empty() { "write a number in engineering units".to_owned() } else { format!("use a number or one of the `values` names: {}", values.iter().map(|v| v.name.as_str()).collect::<Vec<_>>().join(", ")) };
                    diags.push(bad(format!("`default` `{t}` is not a number"), &help));
                    None
                }
                (Value::Bool(b), _) => {
                    diags.push(bad(format!("`default` `{b}` is not a number"), "write a number in engineering units"));
                    None
                }
                (v @ (Value::Int(_) | Value::Float(_)), _) => {
                    let x = match v {
                        Value::Int(i) => *i as f64,
                        Value::Float(f) => *f,
                        _ => 0.0,
                    };
                    let below = it.reg.min.is_some_and(|m| x < m);
                    let above = it.reg.max.is_some_and(|m| x > m);
                    if below || above {
                        let range = format!(
                            "{}..={}",
                            it.reg.min.map_or("".into(), |m| m.to_string()),
                            it.reg.max.map_or("".into(), |m| m.to_string())
                        );
                        diags.push(
                            Diagnostic::error("default-range", format!("`default` {x} is outside `min`..`max` ({range})"), self.origin(d))
                                .with_subject(s("default"))
                                .with_help("move the default into the range or widen the range"),
                        );
                    } else if !values.is_empty() && !values.iter().any(|v| (v.raw as f64 * it.reg.scale + it.reg.offset - x).abs() < 1e-9) {
                        diags.push(
                            Diagnostic::error("default-range", format!("`default` {x} is not one of the register's `values`"), self.origin(d))
                                .with_subject(s("default"))
                                .with_help(format!(
                                    "use one of: {}",
                                    values.iter().map(|v| format!("{} ({})", v.name, v.raw)).collect::<Vec<_>>().join(", ")
                                )),
                        );
                    } else if let Some((lo, hi)) = eng_range {
                        let tol = 1e-9 * (hi - lo).abs().max(1.0);
                        if x < lo - tol || x > hi + tol {
                            diags.push(
                                Diagnostic::error("range-type", format!("`default` {x} cannot be represented by a `{}` (covers {lo}..={hi})", dt.as_str()), self.origin(d))
                                    .with_subject(s("default"))
                                    .with_help("fix the default, or use a wider type or another scale"),
                            );
                        }
                    }
                    Some(match v {
                        Value::Int(i) => ir::Value::Int(*i),
                        _ => ir::Value::Float(x),
                    })
                }
            }
        });
        it.reg.values = values;
        it.reg.bits = bits;
        it.reg.default = default;
        if report {
            for mut d in diags {
                d.register = Some(qualified.clone());
                d.address = Some(it.reg.address);
                self.push(d);
            }
        }
    }

    fn addresses(&mut self, items: &[Item], infos: &[BlockInfo]) {
        // Overflow past 65535.
        let mut broken = vec![false; items.len()];
        for (i, it) in items.iter().enumerate() {
            let end = it.abs + it.reg.width as i64 - 1;
            if end > 65535 || it.abs < 0 {
                broken[i] = true;
                let rs = &self.spec.blocks[it.bi].registers[it.ri];
                let at = rs.address.as_ref().map_or_else(|| self.at(rs.line, rs.column), |a| self.origin(a));
                let d = Diagnostic::error(
                    "address-overflow",
                    format!("`{}` would occupy addresses {}..={end}, beyond 65535", it.reg.qualified_name, it.abs),
                    at,
                )
                .with_subject(Self::subject(Some(it.bi), Some(it.ri), "address"))
                .with_register(&it.reg.qualified_name, None)
                .with_help("lower the address (or the block's base/stride); Modbus addresses end at 65535");
                self.push(d);
            }
        }

        // Repeated blocks whose instances run into each other.
        let mut repeat_overlap = vec![false; infos.len()];
        for (bi, info) in infos.iter().enumerate() {
            let Some(rep) = info.repeat else { continue };
            if rep.count < 2 {
                continue;
            }
            let spans: Vec<(u32, u32)> = items
                .iter()
                .filter(|it| it.bi == bi && it.reg.instance_index == Some(1))
                .map(|it| (it.reg.relative_address as u32, it.reg.relative_address as u32 + it.reg.width as u32))
                .collect();
            let (Some(lo), Some(hi)) = (spans.iter().map(|s| s.0).min(), spans.iter().map(|s| s.1).max()) else { continue };
            let stride = rep.stride as u32;
            // Only instances closer than the block's span can meet; stride 0 stacks them all.
            let collide = match (hi - lo).checked_div(stride) {
                None => true,
                Some(n) => instances_collide(&spans, stride, (n + 1).min(rep.count as u32 - 1)),
            };
            if collide {
                repeat_overlap[bi] = true;
                let b = &self.spec.blocks[bi];
                let at = b.repeat.as_ref().and_then(|r| r.stride.as_ref()).map_or_else(|| self.at(b.line, b.column), |s| self.origin(s));
                let d = Diagnostic::error(
                    "repeat-overlap",
                    format!("instances of repeated block `{}` overlap: each spans {} registers ({lo}..{hi}) but the stride is {stride}", b.name.value, hi - lo),
                    at,
                )
                .with_subject(Self::subject(Some(bi), None, "repeat"))
                .with_help(format!("make the stride at least {} or move registers closer together", hi - lo));
                self.push(d);
            }
        }

        // Overlaps per (unit id, table), sweep over sorted intervals.
        // Instances of a block already reported as repeat-overlap would only repeat that report.
        let mut order: Vec<usize> = (0..items.len())
            .filter(|&i| !broken[i] && (!repeat_overlap[items[i].bi] || items[i].reg.instance_index.is_none_or(|k| k == 1)))
            .collect();
        order.sort_by_key(|&i| (items[i].reg.unit_id, items[i].reg.table, items[i].reg.address, i));
        let mut active: Vec<usize> = Vec::new();
        let mut used_permissions: BTreeSet<(usize, String)> = BTreeSet::new();
        let mut reported: BTreeSet<(usize, usize)> = BTreeSet::new();
        'sweep: for &i in &order {
            let a = &items[i].reg;
            active.retain(|&j| {
                let b = &items[j].reg;
                b.unit_id == a.unit_id && b.table == a.table && lower::end(b) > a.address as u32
            });
            for &j in &active {
                let b = &items[j].reg;
                let a_allows = a.overlaps.contains(&b.qualified_name);
                let b_allows = b.overlaps.contains(&a.qualified_name);
                if a_allows {
                    used_permissions.insert((i, b.qualified_name.clone()));
                }
                if b_allows {
                    used_permissions.insert((j, a.qualified_name.clone()));
                }
                if a_allows || b_allows {
                    continue;
                }
                let same_repeat = items[i].bi == items[j].bi && repeat_overlap[items[i].bi] && a.instance != b.instance;
                if same_repeat || !reported.insert((j, i)) {
                    continue;
                }
                let (first, second) = (&items[j], &items[i]);
                let rs = &self.spec.blocks[second.bi].registers[second.ri];
                let at = rs.address.as_ref().map_or_else(|| self.at(rs.line, rs.column), |x| self.origin(x));
                let shared_lo = first.reg.address.max(second.reg.address);
                let shared_hi = (lower::end(&first.reg).min(lower::end(&second.reg)) - 1) as u16;
                let shared = if shared_lo == shared_hi { format!("address {shared_lo}") } else { format!("addresses {shared_lo}..={shared_hi}") };
                let d = Diagnostic::error(
                    "overlap",
                    format!(
                        "`{}` ({}, {} at {}) overlaps `{}` ({}, {} at {}) in the {} table of unit {}: both use {shared}",
                        second.reg.qualified_name,
                        second.reg.data_type.as_str(),
                        items_word(second.reg.width, a.table),
                        second.reg.address,
                        first.reg.qualified_name,
                        first.reg.data_type.as_str(),
                        items_word(first.reg.width, a.table),
                        first.reg.address,
                        a.table.as_str(),
                        a.unit_id
                    ),
                    at,
                )
                .with_subject(Self::subject(Some(second.bi), Some(second.ri), "address"))
                .with_register(&second.reg.qualified_name, Some(second.reg.address))
                .with_related(first.reg.origin.clone(), format!("`{}` at address {} is declared here", first.reg.qualified_name, first.reg.address))
                .with_help(format!(
                    "fix the address or type; if the device really serves both there, add `overlaps: [{}]` to `{}`",
                    first.reg.qualified_name, second.reg.qualified_name
                ));
                self.push(d);
                // Past the diagnostics limit more pairs cannot be shown; stop instead of spending quadratic time.
                if reported.len() > crate::diagnostics::MAX_DIAGNOSTICS {
                    break 'sweep;
                }
            }
            active.push(i);
        }

        // Every permission must name a register that really overlaps.
        for (i, it) in items.iter().enumerate() {
            if broken[i] {
                continue;
            }
            let rs = &self.spec.blocks[it.bi].registers[it.ri];
            for o in &rs.overlaps {
                if used_permissions.contains(&(i, o.value.clone())) {
                    continue;
                }
                let exists = items.iter().any(|x| x.reg.qualified_name == o.value);
                let msg = if exists {
                    format!("`{}` is allowed to overlap `{}`, but they share no address", it.reg.qualified_name, o.value)
                } else {
                    format!("`overlaps` names `{}`, which does not exist", o.value)
                };
                let d = Diagnostic::error("overlap-permission", msg, self.origin(o))
                    .with_subject(Self::subject(Some(it.bi), Some(it.ri), "overlaps"))
                    .with_register(&it.reg.qualified_name, Some(it.reg.address))
                    .with_help("`overlaps` must name, by qualified name, a register that shares an address with this one; remove stale entries");
                self.push(d);
            }
        }
    }
}

/// Whether instance 1 and any of instances 2..=reach+1 share an address.
fn instances_collide(spans: &[(u32, u32)], stride: u32, reach: u32) -> bool {
    let mut all: Vec<(u64, u64, u32)> = Vec::with_capacity(spans.len() * (reach as usize + 1));
    for k in 0..=reach {
        let shift = stride as u64 * k as u64;
        all.extend(spans.iter().map(|&(a, b)| (a as u64 + shift, b as u64 + shift, k)));
    }
    all.sort_unstable();
    // Largest end so far, and the largest end among other instances than its own.
    let mut best: Option<(u64, u32)> = None;
    let mut other_best: u64 = 0;
    for (start, end, k) in all {
        let reach_end = match best {
            Some((e, bk)) if bk != k => e,
            Some(_) => other_best,
            None => 0,
        };
        if start < reach_end {
            return true;
        }
        match best {
            Some((e, bk)) if end > e => {
                if bk != k {
                    other_best = e;
                }
                best = Some((end, k));
            }
            Some((_, bk)) if bk != k => other_best = other_best.max(end),
            Some(_) => {}
            None => best = Some((end, k)),
        }
    }
    false
}

/// `1 register`, `2 registers`, `1 bit`.
fn items_word(n: u16, table: Table) -> String {
    let word = if table.is_bit_table() { "bit" } else { "register" };
    format!("{n} {word}{}", if n == 1 { "" } else { "s" })
}

/// `3` → (3, 3); `"8-10"` → (8, 10).
fn parse_bits(key: &str) -> Option<(u32, u32)> {
    let key = key.trim();
    let (a, b) = match key.split_once('-') {
        Some((a, b)) => (a.trim().parse().ok()?, b.trim().parse().ok()?),
        None => {
            let n = key.parse().ok()?;
            (n, n)
        }
    };
    (a <= b).then_some((a, b))
}

fn number_or_fraction(v: &Value) -> Option<f64> {
    match v {
        Value::Int(i) => Some(*i as f64),
        Value::Float(f) => Some(*f),
        Value::Text(t) => {
            let (n, d) = t.split_once('/')?;
            let (n, d): (f64, f64) = (n.trim().parse().ok()?, d.trim().parse().ok()?);
            let x = n / d;
            (d != 0.0 && x.is_finite()).then_some(x)
        }
        Value::Bool(_) => None,
    }
}

/// The value as it would be written in a spec.
pub fn value_text(v: &Value) -> String {
    match v {
        Value::Bool(b) => b.to_string(),
        Value::Int(i) => i.to_string(),
        Value::Float(f) => format_float(*f),
        Value::Text(t) => t.clone(),
    }
}

/// Shortest text that reads back as the same f64, always with a `.` or exponent.
pub fn format_float(f: f64) -> String {
    let s = format!("{f:?}");
    s
}

fn suggest_ident(s: &str) -> String {
    let w: String = s.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' }).collect();
    let snake = heck::ToSnakeCase::to_snake_case(w.as_str());
    let snake = lower::safe_ident(snake);
    if snake.is_empty() {
        "my_name".to_owned()
    } else {
        snake
    }
}
