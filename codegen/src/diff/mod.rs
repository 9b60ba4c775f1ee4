//! Comparing two versions of one register map: which changes break the
//! programs that read it (`cargo xtask diff`).
//!
//! A register map is an interface: a PLC program or a Home Assistant package
//! reads fixed addresses with a fixed encoding, so renumbering, retyping or
//! rescaling a register breaks it silently. [`diff`] compares two IRs register
//! by register and sorts every change into [`Verdict::Breaking`] or
//! [`Verdict::Compatible`]; an empty report means the two specs describe the
//! same map, whatever their order or format.
//!
//! Registers are matched by qualified name; a register of the old map whose
//! name is gone is matched by (unit id, table, address) with a register whose
//! name is new, which reports a rename instead of a removal plus an addition.
//! Repeated blocks present on both sides are compared through their first
//! instance plus their `{count, stride}`, so a change to the template is
//! reported once, not once per instance.

use crate::generate::filters::format_number;
use crate::ir::{Access, Block, ByteOrder, DataType, Device, Origin, Register, Table};
use modbus_map_core::Version;
use std::collections::{BTreeMap, BTreeSet};

mod render;
pub use render::{render_markdown, render_text};

/// Whether a change breaks existing readers and writers of the map.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Verdict {
    /// A client built against the old map reads or writes wrong values, or fails.
    Breaking,
    /// Clients of the old map keep working.
    Compatible,
}

impl Verdict {
    pub const fn as_str(self) -> &'static str {
        match self {
            Verdict::Breaking => "breaking",
            Verdict::Compatible => "compatible",
        }
    }
}

/// What changed. Every rule has a stable kebab-case code (the one an
/// acknowledgement names) and a verdict of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Rule {
    Removed,
    Renamed,
    Moved,
    TableChanged,
    UnitIdChanged,
    TypeChanged,
    WidthChanged,
    LengthChanged,
    WordOrderChanged,
    ByteOrderChanged,
    ScaleChanged,
    OffsetChanged,
    /// Scaled by another scale factor register, or newly or no longer by one.
    ScaleFactorChanged,
    /// The high word of a value lies at another address, or newly or no longer apart
    /// from its low word (`high_word_at`): a reader takes the wrong word for it.
    HighWordChanged,
    AccessNarrowed,
    /// A range narrowed on a writable register: writes that were accepted are refused.
    RangeNarrowed,
    SafetyRequired,
    /// A register became, or stopped being, a self-clearing command: what a client
    /// reads back after its write changes.
    SelfClearingChanged,
    /// A register refuses a write function it accepted (`any` → `single`/`multiple`,
    /// or one to the other): a client writing as before gets exception 01.
    WriteFunctionNarrowed,
    /// The raw values that mean "not available" changed: a reading of one becomes
    /// `None`/`n/a` where it was a number, or the other way round, and the generated
    /// Rust read type changes between `T` and `Option<T>`.
    SentinelsChanged,
    ValueRemoved,
    ValueRevalued,
    BitMoved,
    BitRemoved,
    InstancesRemoved,
    StrideChanged,
    DeviceUnitIdChanged,
    DeviceWordOrderChanged,
    DeviceByteOrderChanged,
    Added,
    ValueAdded,
    BitAdded,
    InstancesAdded,
    AccessWidened,
    /// A register accepts every write function (`write_function: any`) where it took one only.
    WriteFunctionWidened,
    RangeWidened,
    /// The plausible range of a reading narrowed: readings that were passed on are refused as implausible.
    PlausibleNarrowed,
    PlausibleWidened,
    /// A range narrowed on a read-only register: readers see the same values.
    ReadRangeNarrowed,
    SafetyDropped,
    DescriptionChanged,
    TitleChanged,
    UnitChanged,
    DefaultChanged,
    SinceChanged,
    DeviceRenamed,
    /// A device default changed that no register inherits.
    DeviceDefaultChanged,
    ReadSettingsChanged,
}

impl Rule {
    pub const ALL: [Rule; 48] = [
        Rule::Removed,
        Rule::Renamed,
        Rule::Moved,
        Rule::TableChanged,
        Rule::UnitIdChanged,
        Rule::TypeChanged,
        Rule::WidthChanged,
        Rule::LengthChanged,
        Rule::WordOrderChanged,
        Rule::ByteOrderChanged,
        Rule::ScaleChanged,
        Rule::OffsetChanged,
        Rule::ScaleFactorChanged,
        Rule::HighWordChanged,
        Rule::AccessNarrowed,
        Rule::RangeNarrowed,
        Rule::SafetyRequired,
        Rule::SelfClearingChanged,
        Rule::WriteFunctionNarrowed,
        Rule::SentinelsChanged,
        Rule::ValueRemoved,
        Rule::ValueRevalued,
        Rule::BitMoved,
        Rule::BitRemoved,
        Rule::InstancesRemoved,
        Rule::StrideChanged,
        Rule::DeviceUnitIdChanged,
        Rule::DeviceWordOrderChanged,
        Rule::DeviceByteOrderChanged,
        Rule::Added,
        Rule::ValueAdded,
        Rule::BitAdded,
        Rule::InstancesAdded,
        Rule::AccessWidened,
        Rule::WriteFunctionWidened,
        Rule::RangeWidened,
        Rule::PlausibleNarrowed,
        Rule::PlausibleWidened,
        Rule::ReadRangeNarrowed,
        Rule::SafetyDropped,
        Rule::DescriptionChanged,
        Rule::TitleChanged,
        Rule::UnitChanged,
        Rule::DefaultChanged,
        Rule::SinceChanged,
        Rule::DeviceRenamed,
        Rule::DeviceDefaultChanged,
        Rule::ReadSettingsChanged,
    ];

    /// The code, verdict and summary bucket of each rule, in one place.
    const fn facts(self) -> (&'static str, Verdict, Category) {
        use Category::*;
        use Verdict::*;
        match self {
            Rule::Removed => ("removed", Breaking, Removed),
            Rule::Renamed => ("renamed", Breaking, Renamed),
            Rule::Moved => ("moved", Breaking, Moved),
            Rule::TableChanged => ("table", Breaking, Moved),
            Rule::UnitIdChanged => ("unit-id", Breaking, Moved),
            Rule::TypeChanged => ("type", Breaking, Changed),
            Rule::WidthChanged => ("width", Breaking, Changed),
            Rule::LengthChanged => ("length", Breaking, Changed),
            Rule::WordOrderChanged => ("word-order", Breaking, Changed),
            Rule::ByteOrderChanged => ("byte-order", Breaking, Changed),
            Rule::ScaleChanged => ("scale", Breaking, Changed),
            Rule::OffsetChanged => ("offset", Breaking, Changed),
            Rule::ScaleFactorChanged => ("scale-factor", Breaking, Changed),
            Rule::HighWordChanged => ("high-word", Breaking, Moved),
            Rule::AccessNarrowed => ("access-narrowed", Breaking, Changed),
            Rule::RangeNarrowed => ("range-narrowed", Breaking, Changed),
            Rule::SafetyRequired => ("safety", Breaking, Changed),
            Rule::SelfClearingChanged => ("self-clearing", Breaking, Changed),
            Rule::SentinelsChanged => ("sentinel", Breaking, Changed),
            Rule::WriteFunctionNarrowed => ("write-function-narrowed", Breaking, Changed),
            Rule::ValueRemoved => ("value-removed", Breaking, Changed),
            Rule::ValueRevalued => ("value-revalued", Breaking, Changed),
            Rule::BitMoved => ("bit-moved", Breaking, Changed),
            Rule::BitRemoved => ("bit-removed", Breaking, Changed),
            Rule::InstancesRemoved => ("instances-removed", Breaking, Removed),
            Rule::StrideChanged => ("stride", Breaking, Moved),
            Rule::DeviceUnitIdChanged => ("device-unit-id", Breaking, Moved),
            Rule::DeviceWordOrderChanged => ("device-word-order", Breaking, Changed),
            Rule::DeviceByteOrderChanged => ("device-byte-order", Breaking, Changed),
            Rule::Added => ("added", Compatible, Added),
            Rule::ValueAdded => ("value-added", Compatible, Changed),
            Rule::BitAdded => ("bit-added", Compatible, Changed),
            Rule::InstancesAdded => ("instances-added", Compatible, Added),
            Rule::AccessWidened => ("access-widened", Compatible, Changed),
            Rule::WriteFunctionWidened => ("write-function-widened", Compatible, Changed),
            Rule::RangeWidened => ("range-widened", Compatible, Changed),
            Rule::PlausibleNarrowed => ("plausible-narrowed", Breaking, Changed),
            Rule::PlausibleWidened => ("plausible-widened", Compatible, Changed),
            Rule::ReadRangeNarrowed => ("read-range-narrowed", Compatible, Changed),
            Rule::SafetyDropped => ("safety-dropped", Compatible, Changed),
            Rule::DescriptionChanged => ("description", Compatible, Changed),
            Rule::TitleChanged => ("title", Compatible, Changed),
            Rule::UnitChanged => ("unit", Compatible, Changed),
            Rule::DefaultChanged => ("default", Compatible, Changed),
            Rule::SinceChanged => ("since", Compatible, Changed),
            Rule::DeviceRenamed => ("device-name", Compatible, Changed),
            Rule::DeviceDefaultChanged => ("device-default", Compatible, Changed),
            Rule::ReadSettingsChanged => ("read-settings", Compatible, Changed),
        }
    }

    /// The stable kebab-case code (what an acknowledgement names).
    pub const fn code(self) -> &'static str {
        self.facts().0
    }

    pub const fn verdict(self) -> Verdict {
        self.facts().1
    }

    /// Where the change lands in the summary: a register lost, renamed, moved,
    /// re-encoded or otherwise changed, or one that appeared.
    pub const fn category(self) -> Category {
        self.facts().2
    }

    /// Whether the new spec can acknowledge it with the register keys `breaking`
    /// and `breaking_since`: a breaking change of a register the new spec still has.
    pub const fn acknowledgeable(self) -> bool {
        matches!(self.verdict(), Verdict::Breaking)
            && !matches!(
                self,
                Rule::Removed
                    | Rule::InstancesRemoved
                    | Rule::StrideChanged
                    | Rule::DeviceUnitIdChanged
                    | Rule::DeviceWordOrderChanged
                    | Rule::DeviceByteOrderChanged
            )
    }

    /// The rule with this code.
    pub fn from_code(code: &str) -> Option<Rule> {
        Rule::ALL.into_iter().find(|r| r.code() == code)
    }
}

/// Summary buckets of [`Summary`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Category {
    Removed,
    Renamed,
    Moved,
    Changed,
    Added,
}

/// One change between the two maps.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    pub rule: Rule,
    pub verdict: Verdict,
    /// Qualified name of the register concerned (the new name of a renamed
    /// one, the old name of a removed one); `None` for block and device changes.
    pub register: Option<String>,
    /// The repeated block concerned, for changes of its instances or stride.
    pub block: Option<String>,
    /// Registers a block or device change reaches (qualified names, sorted).
    pub affected: Vec<String>,
    /// What changed, from the old value to the new one.
    pub message: String,
    /// Where the thing was in the old spec and is in the new one.
    pub old: Option<Origin>,
    pub new: Option<Origin>,
    /// Further detail (the instances a template change applies to, the registers a default reaches).
    pub note: Option<String>,
    /// The version the new spec names when it acknowledges this breaking change.
    pub acknowledged: Option<String>,
}

impl Change {
    /// Breaking and not acknowledged by the new spec.
    pub fn fails(&self) -> bool {
        self.verdict == Verdict::Breaking && self.acknowledged.is_none()
    }
}

/// Every change between two versions of one device.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Report {
    /// Device names and spec files of both sides.
    pub old_device: String,
    pub new_device: String,
    pub old_file: String,
    pub new_file: String,
    /// In the order of the new map (removed registers at their old place), device changes first.
    pub changes: Vec<Change>,
}

/// The overall outcome: what `cargo xtask diff` exits with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Outcome {
    NoChange,
    Compatible,
    /// Breaking changes, every one acknowledged by the new spec.
    Acknowledged,
    Breaking,
}

impl Outcome {
    /// 1 for an unacknowledged breaking change, else 0.
    pub const fn exit_code(self) -> u8 {
        match self {
            Outcome::Breaking => 1,
            Outcome::NoChange | Outcome::Compatible | Outcome::Acknowledged => 0,
        }
    }

    pub const fn as_str(self) -> &'static str {
        match self {
            Outcome::NoChange => "no change",
            Outcome::Compatible => "compatible",
            Outcome::Acknowledged => "breaking, acknowledged",
            Outcome::Breaking => "breaking",
        }
    }
}

/// Counts of changed registers by [`Category`]; a register counts once per
/// category however many of its properties changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Summary {
    pub removed: usize,
    pub renamed: usize,
    pub moved: usize,
    pub changed: usize,
    pub added: usize,
    pub breaking: usize,
    pub acknowledged: usize,
    pub compatible: usize,
}

impl Report {
    pub fn outcome(&self) -> Outcome {
        if self.changes.iter().any(Change::fails) {
            Outcome::Breaking
        } else if self.changes.iter().any(|c| c.verdict == Verdict::Breaking) {
            Outcome::Acknowledged
        } else if self.changes.is_empty() {
            Outcome::NoChange
        } else {
            Outcome::Compatible
        }
    }

    pub fn exit_code(&self) -> u8 {
        self.outcome().exit_code()
    }

    /// The changes of one rule.
    pub fn of_rule(&self, rule: Rule) -> impl Iterator<Item = &Change> {
        self.changes.iter().filter(move |c| c.rule == rule)
    }

    pub fn summary(&self) -> Summary {
        let mut sets: BTreeMap<Category, BTreeSet<&str>> = BTreeMap::new();
        let mut s = Summary::default();
        for c in &self.changes {
            let set = sets.entry(c.rule.category()).or_default();
            set.extend(c.register.iter().map(String::as_str));
            set.extend(c.affected.iter().map(String::as_str));
            match (c.verdict, &c.acknowledged) {
                (Verdict::Breaking, None) => s.breaking += 1,
                (Verdict::Breaking, Some(_)) => s.acknowledged += 1,
                (Verdict::Compatible, _) => s.compatible += 1,
            }
        }
        let count = |c: Category| sets.get(&c).map_or(0, BTreeSet::len);
        s.removed = count(Category::Removed);
        s.renamed = count(Category::Renamed);
        s.moved = count(Category::Moved);
        s.changed = count(Category::Changed);
        s.added = count(Category::Added);
        s
    }
}

/// Compares two versions of a device map.
pub fn diff(old: &Device, new: &Device) -> Report {
    let mut d = Differ { old, new, changes: Vec::new() };
    d.run();
    Report {
        old_device: old.name.clone(),
        new_device: new.name.clone(),
        old_file: old.source.file.clone(),
        new_file: new.source.file.clone(),
        changes: d.changes,
    }
}

/// A repeated block present on both sides: its registers are compared through instance 1.
fn repeated_on_both(old: &Device, new: &Device) -> BTreeSet<String> {
    old.blocks
        .iter()
        .filter(|b| b.repeat.is_some())
        .filter(|b| new.blocks.iter().any(|n| n.name == b.name && n.repeat.is_some()))
        .map(|b| b.name.clone())
        .collect()
}

/// Whether the word order decides how this register's value is encoded.
fn word_order_matters(r: &Register) -> bool {
    r.width > 1 && !matches!(r.data_type, DataType::String | DataType::Raw) && is_register_table(r.table)
}

/// Whether the byte order decides how this register's value is encoded (strings and 16/32/64-bit numbers).
fn byte_order_matters(r: &Register) -> bool {
    ByteOrder::applies_to(r.data_type) && is_register_table(r.table)
}

/// Whether the register takes its byte order from the device's (only strings do).
fn inherits_byte_order(r: &Register, d: &Device) -> bool {
    r.data_type == DataType::String && r.byte_order == d.byte_order
}

fn is_register_table(t: Table) -> bool {
    match t {
        Table::Input | Table::Holding => true,
        Table::Coil | Table::Discrete => false,
    }
}

struct Differ<'a> {
    old: &'a Device,
    new: &'a Device,
    changes: Vec<Change>,
}

/// Which device defaults changed with registers inheriting them; their
/// registers' own changes are reported once, at the device.
#[derive(Default)]
struct Inherited {
    unit_id: bool,
    word_order: bool,
    byte_order: bool,
}

impl<'a> Differ<'a> {
    fn push(&mut self, rule: Rule, register: Option<&str>, message: String, old: Option<&Origin>, new: Option<&Origin>) -> &mut Change {
        self.changes.push(Change {
            rule,
            verdict: rule.verdict(),
            register: register.map(str::to_owned),
            block: None,
            affected: Vec::new(),
            message,
            old: old.cloned(),
            new: new.cloned(),
            note: None,
            acknowledged: None,
        });
        self.changes.last_mut().expect("just pushed")
    }

    fn run(&mut self) {
        let (old, new) = (self.old, self.new);
        let repeated = repeated_on_both(old, new);
        // A repeated block's instances past the first are covered by its {count, stride}.
        let compared = |r: &&'a Register| !(repeated.contains(&r.block) && r.instance_index.is_some_and(|i| i > 1));
        let old_regs: Vec<&Register> = old.registers.iter().filter(compared).collect();
        let new_regs: Vec<&Register> = new.registers.iter().filter(compared).collect();
        let old_by_name: BTreeMap<&str, &Register> = old_regs.iter().map(|r| (r.qualified_name.as_str(), *r)).collect();
        let new_by_name: BTreeMap<&str, &Register> = new_regs.iter().map(|r| (r.qualified_name.as_str(), *r)).collect();

        // Registers whose name is gone, matched by place with registers whose name is new.
        let place = |r: &Register| (r.unit_id, r.table, r.address);
        let mut unmatched_new: BTreeMap<(u8, Table, u16), &Register> = new_regs
            .iter()
            .filter(|r| !old_by_name.contains_key(r.qualified_name.as_str()))
            .map(|r| (place(r), *r))
            .collect();
        let mut pairs: Vec<(&Register, &Register, bool)> = Vec::new();
        let mut removed: Vec<&Register> = Vec::new();
        for r in &old_regs {
            match new_by_name.get(r.qualified_name.as_str()) {
                Some(n) => pairs.push((r, n, false)),
                None => match unmatched_new.remove(&place(r)) {
                    Some(n) if n.alias_of.is_none() == r.alias_of.is_none() => pairs.push((r, n, true)),
                    Some(n) => {
                        unmatched_new.insert(place(n), n);
                        removed.push(r);
                    }
                    None => removed.push(r),
                },
            }
        }
        let renamed_to: BTreeSet<&str> = pairs.iter().filter(|p| p.2).map(|p| p.1.qualified_name.as_str()).collect();

        // Device defaults reach every instance, not only the compared first ones.
        let old_all: BTreeMap<&str, &Register> = old.registers.iter().map(|r| (r.qualified_name.as_str(), r)).collect();
        let mut reached = pairs.clone();
        reached.extend(
            new.registers
                .iter()
                .filter(|r| !compared(r))
                .filter_map(|n| Some((*old_all.get(n.qualified_name.as_str())?, n, false))),
        );
        let inherited = self.device(&reached);
        self.blocks(&repeated);

        // Report in the new map's order, removed registers where they stood in the old one.
        let mut items: Vec<(u8, Table, u16, &str, Item<'a>)> = Vec::new();
        for &(o, n, renamed) in &pairs {
            items.push((n.unit_id, n.table, n.address, &n.qualified_name, Item::Pair(o, n, renamed)));
        }
        for r in removed {
            items.push((r.unit_id, r.table, r.address, &r.qualified_name, Item::Removed(r)));
        }
        for r in &new_regs {
            if !old_by_name.contains_key(r.qualified_name.as_str()) && !renamed_to.contains(r.qualified_name.as_str()) {
                items.push((r.unit_id, r.table, r.address, &r.qualified_name, Item::Added(r)));
            }
        }
        items.sort_by(|a, b| (a.0, a.1, a.2, a.3).cmp(&(b.0, b.1, b.2, b.3)));
        for (.., item) in items {
            match item {
                Item::Pair(o, n, renamed) => self.register(o, n, renamed, &inherited, &repeated),
                Item::Removed(r) => {
                    let msg = format!("`{}` ({}) was removed", r.qualified_name, place_text(r));
                    self.push(Rule::Removed, Some(&r.qualified_name), msg, Some(&r.origin), None);
                    self.every_instance(self.changes.len() - 1, r, &repeated, self.old);
                }
                Item::Added(r) => {
                    let msg = format!("`{}` ({}) was added", r.qualified_name, place_text(r));
                    self.push(Rule::Added, Some(&r.qualified_name), msg, None, Some(&r.origin));
                    self.every_instance(self.changes.len() - 1, r, &repeated, self.new);
                }
            }
        }
    }

    /// Device settings; says which defaults changed under registers that inherit them.
    fn device(&mut self, pairs: &[(&Register, &Register, bool)]) -> Inherited {
        let (old, new) = (self.old, self.new);
        let (o, n) = (Some(&old.source), Some(&new.source));
        if old.name != new.name {
            self.push(Rule::DeviceRenamed, None, format!("device `{}` is now called `{}`", old.name, new.name), o, n)
                .note = Some("generated module and file names change with it".to_owned());
        }
        if old.title != new.title {
            self.push(Rule::TitleChanged, None, format!("device title {} -> {}", text(&old.title), text(&new.title)), o, n);
        }
        if old.description != new.description || old.vendor != new.vendor {
            self.push(Rule::DescriptionChanged, None, "device description or vendor changed".to_owned(), o, n);
        }
        let mut inherited = Inherited::default();
        let inheriting = |f: &dyn Fn(&Register, &Device) -> bool| -> Vec<&str> {
            pairs.iter().filter(|(a, b, _)| f(a, old) && f(b, new)).map(|(_, b, _)| b.qualified_name.as_str()).collect()
        };
        if old.unit_id != new.unit_id {
            let regs = inheriting(&|r, d| r.unit_id == d.unit_id);
            inherited.unit_id = !regs.is_empty();
            let msg = format!("default unit id {} -> {}", old.unit_id, new.unit_id);
            self.device_default(&regs, Rule::DeviceUnitIdChanged, msg);
        }
        if old.word_order != new.word_order {
            let regs = inheriting(&|r, d| word_order_matters(r) && r.word_order == d.word_order);
            inherited.word_order = !regs.is_empty();
            let msg = format!("default word order {} -> {}", old.word_order.as_str(), new.word_order.as_str());
            self.device_default(&regs, Rule::DeviceWordOrderChanged, msg);
        }
        if old.byte_order != new.byte_order {
            let regs = inheriting(&inherits_byte_order);
            inherited.byte_order = !regs.is_empty();
            let msg = format!("default byte order {} -> {}", old.byte_order.as_str(), new.byte_order.as_str());
            self.device_default(&regs, Rule::DeviceByteOrderChanged, msg);
        }
        let settings = |d: &Device| (d.read_limit, d.max_gap, d.values_per_read, d.allow_gaps);
        if settings(old) != settings(new) {
            let show = |d: &Device| {
                format!(
                    "read_limit {}, max_gap {}, values_per_read {}, allow_gaps {}",
                    d.read_limit,
                    d.max_gap,
                    d.values_per_read.map_or("none".to_owned(), |v| v.to_string()),
                    d.allow_gaps
                )
            };
            self.push(Rule::ReadSettingsChanged, None, format!("read settings {} -> {}", show(old), show(new)), o, n);
        }
        inherited
    }

    fn device_default(&mut self, regs: &[&str], rule: Rule, message: String) {
        let (o, n) = (Some(&self.old.source), Some(&self.new.source));
        if regs.is_empty() {
            self.push(Rule::DeviceDefaultChanged, None, message, o, n).note =
                Some("no register inherits it, so no value is read differently".to_owned());
        } else {
            let change = self.push(rule, None, message, o, n);
            change.note = Some(format!("inherited by {}", list(regs)));
            change.affected = regs.iter().map(|r| (*r).to_owned()).collect();
            change.affected.sort();
        }
    }

    /// Repeated blocks on both sides: instances and stride.
    fn blocks(&mut self, repeated: &BTreeSet<String>) {
        for name in repeated {
            let (Some(ob), Some(nb)) = (block(self.old, name), block(self.new, name)) else { continue };
            let (Some(or), Some(nr)) = (ob.repeat, nb.repeat) else { continue };
            // The instances numbered `from + 1..=to`, and their registers.
            let between = |d: &Device, b: &Block, from: u16, to: u16| -> (Vec<String>, Vec<String>) {
                let within = |k: Option<u16>| k.is_some_and(|k| k > from && k <= to);
                let instances = b.instances.iter().filter(|i| within(i.index)).map(|i| i.name.clone()).collect();
                let registers = d
                    .registers
                    .iter()
                    .filter(|r| r.block == b.name && within(r.instance_index))
                    .map(|r| r.qualified_name.clone())
                    .collect();
                (instances, registers)
            };
            let origins = (Some(&ob.origin), Some(&nb.origin));
            let counts = format!("{} instances instead of {}", nr.count, or.count);
            let count_change = if nr.count < or.count {
                let (gone, registers) = between(self.old, ob, nr.count, or.count);
                Some((Rule::InstancesRemoved, format!("block `{name}` has {counts}: {} removed", gone.join(", ")), registers))
            } else if nr.count > or.count {
                let (new, registers) = between(self.new, nb, or.count, nr.count);
                Some((Rule::InstancesAdded, format!("block `{name}` has {counts}: {} added", new.join(", ")), registers))
            } else {
                None
            };
            if let Some((rule, message, affected)) = count_change {
                let change = self.push(rule, None, message, origins.0, origins.1);
                change.block = Some(name.clone());
                change.affected = affected;
            }
            if nr.stride != or.stride && nr.count > 1 && or.count > 1 {
                // Instances both sides have, after the first: those move.
                let (_, moved) = between(self.new, nb, 1, nr.count.min(or.count));
                let message = format!("block `{name}` repeats every {} addresses instead of {}", nr.stride, or.stride);
                let change = self.push(Rule::StrideChanged, None, message, origins.0, origins.1);
                change.block = Some(name.clone());
                change.affected = moved;
                change.note = Some("every instance after the first moves".to_owned());
            }
        }
    }

    /// What happened to the scale factor register of a register present on both
    /// sides: another factor, or a factor gained or lost, changes every value
    /// read (by 10^sf). A factor register that was only renamed or only moved is
    /// the same factor (its own change is reported at it).
    fn scale_factor_change(&self, o: &Register, n: &Register) -> Option<String> {
        let name = &n.qualified_name;
        match (&o.scale_factor, &n.scale_factor) {
            (None, None) => None,
            (None, Some(f)) => Some(format!("`{name}` is now scaled by 10^`{f}`")),
            (Some(f), None) => Some(format!("`{name}` is no longer scaled by 10^`{f}`")),
            (Some(of), Some(nf)) => {
                let place = |d: &Device, q: &str| d.register(q).map(|r| (r.unit_id, r.table, r.address));
                let same = of == nf || place(self.old, of).is_some_and(|p| Some(p) == place(self.new, nf));
                (!same).then(|| format!("`{name}` scale factor register `{of}` -> `{nf}`"))
            }
        }
    }

    /// Marks the changes from `first` on as applying to every instance of `r`'s repeated block.
    fn every_instance(&mut self, first: usize, r: &Register, repeated: &BTreeSet<String>, side: &Device) {
        if !repeated.contains(&r.block) {
            return;
        }
        let Some(b) = block(side, &r.block) else { return };
        let note = format!("likewise in every instance of block `{}` ({} instances)", b.name, b.instances.len());
        let instances: Vec<String> = side
            .registers
            .iter()
            .filter(|x| x.block == r.block && x.name == r.name)
            .map(|x| x.qualified_name.clone())
            .collect();
        for c in &mut self.changes[first..] {
            c.note.get_or_insert_with(|| note.clone());
            c.affected.clone_from(&instances);
        }
    }

    fn register(&mut self, o: &Register, n: &Register, renamed: bool, inherited: &Inherited, repeated: &BTreeSet<String>) {
        let first = self.changes.len();
        let name = Some(n.qualified_name.as_str());
        let at = (Some(&o.origin), Some(&n.origin));
        let mut push = |this: &mut Self, rule: Rule, message: String| {
            this.push(rule, name, message, at.0, at.1);
        };
        if renamed {
            push(self, Rule::Renamed, format!("`{}` was renamed to `{}` ({})", o.qualified_name, n.qualified_name, place_text(n)));
        }
        if o.unit_id != n.unit_id && !(inherited.unit_id && o.unit_id == self.old.unit_id && n.unit_id == self.new.unit_id) {
            push(self, Rule::UnitIdChanged, format!("`{}` moved from unit id {} to {}", n.qualified_name, o.unit_id, n.unit_id));
        }
        if o.table != n.table {
            push(self, Rule::TableChanged, format!("`{}` moved from the {} table to the {} table", n.qualified_name, o.table.as_str(), n.table.as_str()));
        }
        if o.address != n.address {
            push(self, Rule::Moved, format!("`{}` moved from address {} to {}", n.qualified_name, o.address, n.address));
        }
        let high_word = match (o.high_word, n.high_word) {
            (Some(a), Some(b)) if a != b => Some(format!("the high word of `{}` moved from address {a} to {b}", n.qualified_name)),
            (None, Some(b)) => Some(format!("`{}` now has its high word apart from its low word, at address {b}", n.qualified_name)),
            (Some(a), None) => Some(format!("`{}` no longer has its high word apart (it was at address {a})", n.qualified_name)),
            _ => None,
        };
        if let Some(msg) = high_word {
            push(self, Rule::HighWordChanged, msg);
        }
        if o.data_type != n.data_type {
            let width = if o.width != n.width { format!(" ({} -> {} wide)", o.width, n.width) } else { String::new() };
            push(self, Rule::TypeChanged, format!("`{}` type {} -> {}{width}", n.qualified_name, type_text(o), type_text(n)));
        } else if o.length != n.length {
            let rule = if o.data_type == DataType::String { Rule::LengthChanged } else { Rule::WidthChanged };
            push(self, rule, format!("`{}` type {} -> {} ({} -> {} wide)", n.qualified_name, type_text(o), type_text(n), o.width, n.width));
        } else if o.width != n.width {
            push(self, Rule::WidthChanged, format!("`{}` is {} wide instead of {}", n.qualified_name, n.width, o.width));
        }
        let inherits_word = |r: &Register, d: &Device| r.word_order == d.word_order;
        if word_order_matters(o) && word_order_matters(n) && o.word_order != n.word_order
            && !(inherited.word_order && inherits_word(o, self.old) && inherits_word(n, self.new))
        {
            push(self, Rule::WordOrderChanged, format!("`{}` word order {} -> {}", n.qualified_name, o.word_order.as_str(), n.word_order.as_str()));
        }
        if byte_order_matters(o) && byte_order_matters(n) && o.byte_order != n.byte_order
            && !(inherited.byte_order && inherits_byte_order(o, self.old) && inherits_byte_order(n, self.new))
        {
            push(self, Rule::ByteOrderChanged, format!("`{}` byte order {} -> {}", n.qualified_name, o.byte_order.as_str(), n.byte_order.as_str()));
        }
        if o.scale != n.scale {
            push(self, Rule::ScaleChanged, format!("`{}` scale {} -> {}", n.qualified_name, scale_text(o), scale_text(n)));
        }
        if o.offset != n.offset {
            let msg = format!("`{}` offset {} -> {}", n.qualified_name, format_number(o.offset), format_number(n.offset));
            push(self, Rule::OffsetChanged, msg);
        }
        if let Some(msg) = self.scale_factor_change(o, n) {
            push(self, Rule::ScaleFactorChanged, msg);
        }
        if o.access != n.access {
            let rule = if access_lost(o.access, n.access) { Rule::AccessNarrowed } else { Rule::AccessWidened };
            push(self, rule, format!("`{}` access {} -> {}", n.qualified_name, o.access.as_str(), n.access.as_str()));
        }
        self.range(o, n, &mut push);
        if o.keys.safety != n.keys.safety {
            let (rule, msg) = if n.keys.safety {
                (Rule::SafetyRequired, "writes now need safety-relevant writes enabled")
            } else {
                (Rule::SafetyDropped, "writes no longer need safety-relevant writes enabled")
            };
            push(self, rule, format!("`{}`: {msg}", n.qualified_name));
        }
        if o.keys.self_clearing != n.keys.self_clearing {
            let msg = if n.keys.self_clearing {
                "now clears itself after a write: it reads its idle value, not what was written"
            } else {
                "no longer clears itself after a write: it keeps what was written"
            };
            push(self, Rule::SelfClearingChanged, format!("`{}` {msg}", n.qualified_name));
        }
        if o.sentinels != n.sentinels {
            let text = |r: &Register| crate::format::not_available(r).unwrap_or_else(|| "no sentinel".to_owned());
            push(self, Rule::SentinelsChanged, format!("`{}` sentinels {} -> {}", n.qualified_name, text(o), text(n)));
        }
        if o.write_function != n.write_function {
            let rule = if n.write_function.is_any() { Rule::WriteFunctionWidened } else { Rule::WriteFunctionNarrowed };
            let (was, now) = (o.write_function.as_str(), n.write_function.as_str());
            push(self, rule, format!("`{}` write function {was} -> {now}", n.qualified_name));
        }
        self.values(o, n, &mut push);
        self.bits(o, n, &mut push);
        if o.keys.unit != n.keys.unit {
            push(self, Rule::UnitChanged, format!("`{}` unit {} -> {}", n.qualified_name, text(&o.keys.unit), text(&n.keys.unit)));
        }
        if o.keys.description != n.keys.description {
            push(self, Rule::DescriptionChanged, format!("`{}` description {} -> {}", n.qualified_name, text(&o.keys.description), text(&n.keys.description)));
        }
        if o.default != n.default {
            let show = |v: &Option<crate::ir::Value>| v.as_ref().map_or("none".to_owned(), |v| format!("`{}`", value_text(v)));
            push(self, Rule::DefaultChanged, format!("`{}` default {} -> {}", n.qualified_name, show(&o.default), show(&n.default)));
        }
        if o.keys.since != n.keys.since {
            push(self, Rule::SinceChanged, format!("`{}` since {} -> {}", n.qualified_name, text(&o.keys.since), text(&n.keys.since)));
        }
        self.every_instance(first, n, repeated, self.new);
        self.acknowledge(first, n);
    }

    /// Marks the breaking changes from `first` on that the new register acknowledges:
    /// it names the rule in `breaking`, and `breaking_since` is newer than the old
    /// spec's firmware (an acknowledgement from before the old version covers an older change).
    fn acknowledge(&mut self, first: usize, n: &Register) {
        let Some(since) = &n.keys.breaking_since else { return };
        let newer_than_old = match (self.old.firmware.as_deref().and_then(Version::parse), Version::parse(since)) {
            (Some(old), Some(since)) => since > old,
            (None, _) => true,
            (Some(_), None) => false,
        };
        if !newer_than_old {
            return;
        }
        for c in &mut self.changes[first..] {
            if c.verdict == Verdict::Breaking && n.keys.breaking.iter().any(|code| code == c.rule.code()) {
                c.acknowledged = Some(since.clone());
            }
        }
    }

    fn range(&mut self, o: &Register, n: &Register, push: &mut impl FnMut(&mut Self, Rule, String)) {
        let (old, new) = ((o.keys.plausible_min, o.keys.plausible_max), (n.keys.plausible_min, n.keys.plausible_max));
        if old != new {
            let rule = if narrowed(old, new) { Rule::PlausibleNarrowed } else { Rule::PlausibleWidened };
            push(self, rule, format!("`{}` plausible range {} -> {}", n.qualified_name, range_text(old), range_text(new)));
        }
        let (old, new) = ((o.min, o.max), (n.min, n.max));
        if old == new {
            return;
        }
        let rule = match (narrowed(old, new), n.access.writable() && o.access.writable()) {
            (true, true) => Rule::RangeNarrowed,
            (true, false) => Rule::ReadRangeNarrowed,
            (false, _) => Rule::RangeWidened,
        };
        push(self, rule, format!("`{}` range {} -> {}", n.qualified_name, range_text(old), range_text(new)));
    }

    fn values(&mut self, o: &Register, n: &Register, push: &mut impl FnMut(&mut Self, Rule, String)) {
        let (old, new) = (self.old.values(o), self.new.values(n));
        let name = &n.qualified_name;
        for v in old {
            // A name several raw values share matches its own raw first, so an unchanged
            // `{ 2: sc, 3: sc }` is no change.
            let same = new.iter().find(|x| x.name == v.name && x.raw == v.raw);
            match same.or_else(|| new.iter().find(|x| x.name == v.name)) {
                Some(x) if x.raw != v.raw => {
                    push(self, Rule::ValueRevalued, format!("`{name}` value `{}` is raw {} instead of {}", v.name, x.raw, v.raw));
                }
                Some(_) => {}
                None => {
                    let now = new.iter().find(|x| x.raw == v.raw).map_or(String::new(), |x| format!("; raw {} is now `{}`", x.raw, x.name));
                    push(self, Rule::ValueRemoved, format!("`{name}` value `{}` (raw {}) was removed{now}", v.name, v.raw));
                }
            }
        }
        for v in new {
            if !old.iter().any(|x| x.name == v.name) {
                push(self, Rule::ValueAdded, format!("`{name}` value `{}` (raw {}) was added", v.name, v.raw));
            }
        }
    }

    fn bits(&mut self, o: &Register, n: &Register, push: &mut impl FnMut(&mut Self, Rule, String)) {
        let (old, new) = (self.old.bits(o), self.new.bits(n));
        let name = &n.qualified_name;
        let span = |b: &crate::ir::BitRange| {
            if b.width == 1 {
                format!("bit {}", b.lsb)
            } else {
                format!("bits {}-{}", b.lsb, b.lsb as u16 + b.width as u16 - 1)
            }
        };
        for b in old {
            match new.iter().find(|x| x.name == b.name) {
                Some(x) if (x.lsb, x.width) != (b.lsb, b.width) => {
                    push(self, Rule::BitMoved, format!("`{name}` bit field `{}` moved from {} to {}", b.name, span(b), span(x)));
                }
                Some(_) => {}
                None => push(self, Rule::BitRemoved, format!("`{name}` bit field `{}` ({}) was removed", b.name, span(b))),
            }
        }
        for b in new {
            if !old.iter().any(|x| x.name == b.name) {
                push(self, Rule::BitAdded, format!("`{name}` bit field `{}` ({}) was added", b.name, span(b)));
            }
        }
    }
}

enum Item<'a> {
    Pair(&'a Register, &'a Register, bool),
    Removed(&'a Register),
    Added(&'a Register),
}

fn block<'d>(d: &'d Device, name: &str) -> Option<&'d Block> {
    d.blocks.iter().find(|b| b.name == name)
}

fn place_text(r: &Register) -> String {
    format!("unit {}, {} {}", r.unit_id, r.table.as_str(), r.address)
}

fn type_text(r: &Register) -> String {
    match r.data_type {
        DataType::String => format!("string of {} bytes", r.length),
        DataType::Raw => format!("raw of {} registers", r.length),
        t => t.as_str().to_owned(),
    }
}

fn scale_text(r: &Register) -> String {
    r.scale_text.clone().unwrap_or_else(|| format_number(r.scale))
}

/// Whether the range `new` (min, max; `None` unbounded) leaves out a value `old` held:
/// a new bound narrows, a dropped one widens.
fn narrowed(old: (Option<f64>, Option<f64>), new: (Option<f64>, Option<f64>)) -> bool {
    let min_narrowed = match (old.0, new.0) {
        (_, None) => false,
        (None, Some(_)) => true,
        (Some(a), Some(b)) => b > a,
    };
    let max_narrowed = match (old.1, new.1) {
        (_, None) => false,
        (None, Some(_)) => true,
        (Some(a), Some(b)) => b < a,
    };
    min_narrowed || max_narrowed
}

fn range_text(range: (Option<f64>, Option<f64>)) -> String {
    match range {
        (None, None) => "unbounded".to_owned(),
        (Some(min), None) => format!("{}..", format_number(min)),
        (None, Some(max)) => format!("..={}", format_number(max)),
        (Some(min), Some(max)) => format!("{}..={}", format_number(min), format_number(max)),
    }
}

fn value_text(v: &crate::ir::Value) -> String {
    match v {
        crate::ir::Value::Bool(b) => b.to_string(),
        crate::ir::Value::Int(i) => i.to_string(),
        crate::ir::Value::Float(f) => format_number(*f),
        crate::ir::Value::Text(t) => t.clone(),
    }
}

fn text(s: &Option<String>) -> String {
    s.as_ref().map_or("none".to_owned(), |s| format!("\"{s}\""))
}

/// Up to five names, then how many more.
fn list(names: &[&str]) -> String {
    let shown: Vec<String> = names.iter().take(5).map(|n| format!("`{n}`")).collect();
    match names.len() {
        n if n > 5 => format!("{} and {} more", shown.join(", "), n - 5),
        _ => shown.join(", "),
    }
}

/// Whether `new` loses a direction (read or write) that `old` allowed.
fn access_lost(old: Access, new: Access) -> bool {
    (old.readable() && !new.readable()) || (old.writable() && !new.writable())
}
