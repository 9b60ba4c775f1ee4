//! Register entries: names, the checks that do not need the type (address,
//! type keyword, access, self-clearing commands, scale, offset, range, since, acknowledged breaking
//! changes, orders), instances of repeated blocks, aliases, scale factor
//! registers, and identifiers unique across the device.

use crate::format::value_text;
use super::{BlockFacts, DeviceFacts, RegisterFacts, Validator};
use crate::diagnostics::{Diagnostic, Subject};
use crate::diff::Rule;
use crate::ident;
use crate::ir::{Access, ByteOrder, DataType, Table, WordOrder};
use crate::load::did_you_mean;
use crate::spec::{RegisterSpec, Spanned, Value};
use modbus_map_core::Version;
use std::collections::{BTreeMap, BTreeSet};

impl Validator<'_> {
    /// A version key (`since`, `breaking_since`) that must parse and may not be newer than `firmware`.
    fn version_within_firmware(&mut self, v: &Spanned<String>, key: &str, firmware: Option<Version>, qualified: &str, subject: Subject) {
        let (Some(ver), Some(fw)) = (self.version(v, subject.clone()), firmware) else { return };
        if ver > fw {
            let fw_text = self.spec.device.firmware.as_ref().map(|f| f.value.clone()).unwrap_or_default();
            let mut d = Diagnostic::error(
                "since-firmware",
                format!("`{key}` {} is newer than the device's `firmware` {fw_text}", v.value),
                self.origin(v),
            )
            .with_subject(subject)
            .with_register(qualified, None)
            .with_help(format!("raise `firmware` to the newest version the spec describes, or fix `{key}`"));
            if let Some(f) = &self.spec.device.firmware {
                d = d.with_related(self.origin(f), "the device's firmware is set here".to_owned());
            }
            self.push(d);
        }
    }

    /// `breaking` and `breaking_since`: the breaking changes the register acknowledges,
    /// named by the codes of `cargo xtask diff`, and the version they came with.
    fn acknowledgement(&mut self, r: &RegisterSpec, firmware: Option<Version>, qualified: &str, s: &dyn Fn(&str) -> Subject) {
        let codes: Vec<&'static str> = Rule::ALL.iter().filter(|rule| rule.acknowledgeable()).map(|rule| rule.code()).collect();
        for code in &r.breaking {
            if !codes.contains(&code.value.as_str()) {
                let help = did_you_mean(&code.value, &codes)
                    .unwrap_or_else(|| format!("`breaking` takes the codes of changes to a register: {}", codes.join(", ")));
                self.push(
                    Diagnostic::error("bad-value", format!("`breaking` names `{}`, which is not a breaking change of a register", code.value), self.origin(code))
                        .with_subject(s("breaking"))
                        .with_register(qualified, None)
                        .with_help(help),
                );
            }
        }
        match (r.breaking.first(), &r.breaking_since) {
            (Some(first), None) => self.push(
                Diagnostic::error("missing-key", format!("register `{qualified}` has `breaking` but no `breaking_since`"), self.origin(first))
                    .with_subject(s("breaking"))
                    .with_register(qualified, None)
                    .with_help("add the version the change came with: `breaking_since: \"2.0\"`"),
            ),
            (None, Some(v)) => self.push(
                Diagnostic::error("missing-key", format!("register `{qualified}` has `breaking_since` but no `breaking`"), self.origin(v))
                    .with_subject(s("breaking_since"))
                    .with_register(qualified, None)
                    .with_help("name the changes it acknowledges, e.g. `breaking: [moved]`, or drop `breaking_since`"),
            ),
            (Some(_), Some(v)) => self.version_within_firmware(v, "breaking_since", firmware, qualified, s("breaking_since")),
            (None, None) => {}
        }
    }

    /// Checks every register entry and expands repeated blocks into instances.
    pub(super) fn registers(&mut self, blocks: &[BlockFacts], device: &DeviceFacts) -> Vec<RegisterFacts> {
        let spec = self.spec;
        let repeated: BTreeSet<&str> =
            spec.blocks.iter().filter(|b| b.repeat.is_some()).map(|b| b.name.value.as_str()).collect();
        let mut items: Vec<RegisterFacts> = Vec::new();
        for (bi, b) in spec.blocks.iter().enumerate() {
            let mut seen: BTreeMap<&str, &Spanned<String>> = BTreeMap::new();
            for (ri, r) in b.registers.iter().enumerate() {
                if r.name.value.is_empty() {
                    self.push(
                        Diagnostic::error("missing-key", "the register has no `name`", self.at(r.line, r.column))
                            .with_subject(Self::subject(Some(bi), Some(ri), "name"))
                            .with_help("add `name: my_register`"),
                    );
                } else if !ident::is_identifier(&r.name.value) {
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
                    if ident::is_keyword(&r.name.value) {
                        self.keyword(&r.name, Self::subject(Some(bi), Some(ri), "name"));
                    }
                    seen.insert(&r.name.value, &r.name);
                }
                let info = &blocks[bi];
                let Some(template) = self.template(bi, ri, r, info, device.word_order, device.byte_order, device.firmware) else { continue };
                for (n, instance) in info.instances.iter().enumerate() {
                    let abs = instance.base as i64 + template.relative_address as i64;
                    let alias_of = match (&r.alias_of, instance.index) {
                        (Some(target), Some(k)) => Some(self.alias_in_instance(&target.value, k, &repeated)),
                        _ => template.alias_of.clone(),
                    };
                    let scale_factor = r.scale_factor.as_ref().map(|f| match (f.value.contains('.'), instance.index) {
                        (false, _) => format!("{}.{}", instance.name, f.value),
                        (true, Some(k)) => self.alias_in_instance(&f.value, k, &repeated),
                        (true, None) => f.value.clone(),
                    });
                    items.push(RegisterFacts {
                        first: n == 0,
                        scale_factor,
                        qualified_name: format!("{}.{}", instance.name, r.name.value),
                        ident: ident::register_ident(&instance.name, &r.name.value),
                        instance: instance.name.clone(),
                        instance_index: instance.index,
                        abs,
                        address: abs.clamp(0, 65535) as u16,
                        high_abs: template.high_word_relative.map(|h| instance.base as i64 + h as i64),
                        alias_of,
                        overlaps: template.overlaps.clone(),
                        ..template.clone()
                    });
                }
            }
        }
        items
    }

    /// An address key's value (`address`, `high_word_at`) as a protocol address.
    fn address_in_range(&mut self, a: &Spanned<i64>, key: &str, qualified: &str, subject: Subject) -> Option<u16> {
        if (0..=65535).contains(&a.value) {
            return Some(a.value as u16);
        }
        let what = if key == "address" { "address".to_owned() } else { format!("`{key}`") };
        self.push(
            Diagnostic::error("address-overflow", format!("{what} {} is outside 0..=65535", a.value), self.origin(a))
                .with_subject(subject)
                .with_register(qualified, None)
                .with_help("Modbus addresses are 0..=65535"),
        );
        None
    }

    /// Checks of a register entry that do not need its type; the register
    /// with instance fields left for the caller.
    #[allow(clippy::too_many_arguments)]
    fn template(
        &mut self,
        bi: usize,
        ri: usize,
        r: &RegisterSpec,
        info: &BlockFacts,
        word_order: WordOrder,
        byte_order: ByteOrder,
        firmware: Option<Version>,
    ) -> Option<RegisterFacts> {
        let s = |key: &str| Self::subject(Some(bi), Some(ri), key);
        let block = &self.spec.blocks[bi];
        // Name template-level problems after the first instance, the register a reader can find.
        let qualified = format!("{}.{}", info.instances[0].name, r.name.value);
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
            Some(a) => match self.address_in_range(a, "address", &qualified, s("address")) {
                Some(a) => a,
                None => {
                    ok = false;
                    0
                }
            },
        };
        let data_type = match &r.data_type {
            None if r.alias_of.is_none() => {
                self.push(
                    Diagnostic::error("missing-key", format!("register `{qualified}` has no `type`"), rorigin.clone())
                        .with_subject(s("type"))
                        .with_register(&qualified, None)
                        .with_help(format!("add `type:` (one of {})", crate::keys::TYPES.join(", "))),
                );
                ok = false;
                None
            }
            None => None,
            Some(t) => {
                let parsed = self.keyword_value(Some(t), DataType::parse, crate::keys::TYPES, s("type"));
                ok &= parsed.is_some();
                parsed
            }
        };
        let high_word_relative = r.high_word_at.as_ref().and_then(|a| {
            let high = self.address_in_range(a, "high_word_at", &qualified, s("high_word_at"));
            ok &= high.is_some();
            high
        });
        let access = match &r.access {
            // Words apart are read-only (see validate/high_word.rs): no `access` says so too.
            None if high_word_relative.is_some() => Access::Read,
            None => info.table.map_or(Access::ReadWrite, Access::default_for),
            Some(a) => match self.keyword_value(Some(a), Access::parse, crate::keys::ACCESS, s("access")) {
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
        if let Some(flag) = r.self_clearing.as_ref().filter(|f| f.value) {
            // A command is something a client writes; on anything else the key would promise a behaviour no request can trigger.
            let table = info.table.unwrap_or(Table::Holding);
            if !table.is_writable() || !access.writable() {
                let (why, help) = if table.is_writable() {
                    (format!("its `access` is `{}`", access.as_str()), "give it `access: w` or `rw`, or drop `self_clearing`")
                } else {
                    (format!("it is in the `{}` table", table.as_str()), "move it to a holding or coil block, or drop `self_clearing`")
                };
                self.push(
                    Diagnostic::error("self-clearing-read-only", format!("`self_clearing` on `{qualified}`, which clients cannot write: {why}"), self.origin(flag))
                        .with_subject(s("self_clearing"))
                        .with_register(&qualified, None)
                        .with_help(format!("only a holding register or coil that clients write can be a command: {help}")),
                );
            }
        }
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
        if let Some(v) = &r.since {
            self.version_within_firmware(v, "since", firmware, &qualified, s("since"));
        }
        self.acknowledgement(r, firmware, &qualified, &s);
        let reg_word = self.keyword_value(r.word_order.as_ref(), WordOrder::parse, crate::keys::ORDERS, s("word_order"));
        let reg_byte = self.keyword_value(r.byte_order.as_ref(), ByteOrder::parse, crate::keys::ORDERS, s("byte_order"));
        if let (Some(key), Some(t)) = (r.byte_order.as_ref(), data_type.filter(|&t| !ByteOrder::applies_to(t))) {
            // Accepting it would promise a byte swap the codecs never do (a bool, a value in the low byte, words as they are).
            let why = match t {
                DataType::U8 | DataType::I8 => "an 8-bit value sits in the low byte of its register",
                DataType::Raw => "`raw` gives the words as the device sends them",
                _ => "a bool is one bit",
            };
            self.push(
                Diagnostic::error("byte-order-type", format!("`byte_order` on `{qualified}` of type `{}`: {why}", t.as_str()), self.origin(key))
                    .with_subject(s("byte_order"))
                    .with_register(&qualified, None)
                    .with_help("drop `byte_order`; it applies to strings and to 16/32/64-bit numbers (`u16`, `i16`, `u32`, `i32`, `u64`, `i64`, `f32`, `f64`)"),
            );
        }
        let write_function = self.write_function(r.write_function.as_ref(), s("write_function")).unwrap_or(info.write_function);
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
        Some(RegisterFacts {
            bi,
            ri,
            first: true,
            qualified_name: format!("{}.{}", block.name.value, r.name.value),
            ident: String::new(),
            instance: String::new(),
            instance_index: None,
            unit_id: info.unit_id,
            table: info.table.unwrap_or(Table::Holding),
            abs: 0,
            address: 0,
            relative_address: address,
            width: 0,
            data_type,
            length: 0,
            access,
            scale,
            offset,
            min,
            max,
            // The key places the words: low at `address`, high at `high_word_at`.
            word_order: if high_word_relative.is_some() { WordOrder::LowFirst } else { reg_word.unwrap_or(word_order) },
            high_word_relative,
            high_abs: None,
            byte_order: reg_byte.unwrap_or(ByteOrder::inherited(byte_order, data_type.unwrap_or(DataType::Raw))),
            write_function,
            values: Vec::new(),
            bits: Vec::new(),
            sentinels: Vec::new(),
            default: None,
            alias_of: r.alias_of.as_ref().map(|a| a.value.clone()),
            target: None,
            scale_factor: None,
            overlaps,
        })
    }

    /// `scale_factor` must name a readable `i16` of the same unit and table that is
    /// not itself scaled, on a register that has no other scale: the one register
    /// a read of the value can take along in the same request, and a factor that
    /// says all there is to say about the scale. Reported once per template: the
    /// first instance whose factor fails (instances resolve their own factor).
    pub(super) fn scale_factors(&mut self, items: &[RegisterFacts]) {
        let index: BTreeMap<&str, usize> = items.iter().enumerate().map(|(i, it)| (it.qualified_name.as_str(), i)).collect();
        let mut reported: BTreeSet<(usize, usize)> = BTreeSet::new();
        for it in items {
            let Some(name) = &it.scale_factor else { continue };
            if reported.contains(&(it.bi, it.ri)) {
                continue;
            }
            let rs = &self.spec.blocks[it.bi].registers[it.ri];
            // An inherited factor is the alias target's; point at the `alias_of` that brought it.
            let (key, at) = match (&rs.scale_factor, &rs.alias_of) {
                (Some(f), _) => ("scale_factor", self.origin(f)),
                (None, Some(a)) => ("alias_of", self.origin(a)),
                (None, None) => ("scale_factor", self.at(rs.line, rs.column)),
            };
            let inherited = if rs.scale_factor.is_none() { " (inherited from its alias target)" } else { "" };
            let here = |code: &'static str, message: String| {
                Diagnostic::error(code, message, at.clone())
                    .with_subject(Self::subject(Some(it.bi), Some(it.ri), key))
                    .with_register(&it.qualified_name, Some(it.address))
            };
            let mut problems: Vec<Diagnostic> = Vec::new();
            if it.data_type.is_some_and(|t| !t.is_integer()) || !it.values.is_empty() || !it.bits.is_empty() {
                let what = if !it.values.is_empty() { "an enumeration".to_owned() } else if !it.bits.is_empty() { "a bit set".to_owned() } else { format!("a `{}`", it.data_type.map_or("?", |t| t.as_str())) };
                problems.push(here("scale-factor-scale", format!("`{}` is {what}, which a scale factor cannot scale", it.qualified_name))
                    .with_help("`scale_factor` scales integer registers (SunSpec int16, uint16, acc32, …); remove it, or `values`/`bits`"));
            }
            if modbus_map_core::codec::is_scaled(it.scale, it.offset) {
                problems.push(here(
                    "scale-factor-scale",
                    format!("`{}` has `scale_factor` and also `scale` {} / `offset` {}; its scale is 10^sf alone", it.qualified_name, it.scale, it.offset),
                )
                .with_help("drop `scale` and `offset` (SunSpec scales by the factor only), or drop `scale_factor`"));
            }
            match index.get(name.as_str()).map(|&f| &items[f]) {
                None => {
                    let local = !rs.scale_factor.as_ref().is_some_and(|f| f.value.contains('.'));
                    let names: Vec<&str> = if local {
                        self.spec.blocks[it.bi].registers.iter().map(|r| r.name.value.as_str()).collect()
                    } else {
                        index.keys().copied().collect()
                    };
                    let written = rs.scale_factor.as_ref().map_or(name.as_str(), |f| f.value.as_str());
                    let help = did_you_mean(written, &names).unwrap_or_else(|| {
                        "name an `i16` register of the same block (`W_SF`) or one of another block as `block.register`".to_owned()
                    });
                    problems.push(here("scale-factor-missing", format!("`scale_factor` names `{name}`{inherited}, which does not exist")).with_help(help));
                }
                Some(f) => {
                    if f.data_type != Some(DataType::I16) {
                        let ty = f.data_type.map_or("?", |t| t.as_str());
                        problems.push(
                            here("scale-factor-type", format!("scale factor `{name}`{inherited} is a `{ty}`, not an `i16`"))
                                .with_related(self.register_origin(f.bi, f.ri), format!("`{name}` is declared here"))
                                .with_help("a scale factor is a signed 16-bit exponent (SunSpec `sunssf`): give it `type: i16`"),
                        );
                    } else if f.scale_factor.is_some() || modbus_map_core::codec::is_scaled(f.scale, f.offset) || !f.values.is_empty() || !f.bits.is_empty() {
                        problems.push(
                            here("scale-factor-chain", format!("scale factor `{name}`{inherited} is itself scaled (scale, offset, scale factor, values or bits); its raw value must be the exponent"))
                                .with_related(self.register_origin(f.bi, f.ri), format!("`{name}` is declared here"))
                                .with_help(format!("remove `scale`, `offset`, `scale_factor`, `values` and `bits` from `{name}`")),
                        );
                    }
                    if f.unit_id != it.unit_id || f.table != it.table || !f.access.readable() {
                        let why = if f.access.readable() {
                            format!("it is in the {} table of unit {}, `{}` in the {} table of unit {}", f.table.as_str(), f.unit_id, it.qualified_name, it.table.as_str(), it.unit_id)
                        } else {
                            "it is write-only".to_owned()
                        };
                        problems.push(
                            here("scale-factor-table", format!("scale factor `{name}`{inherited} cannot be read in the same request as `{}`: {why}", it.qualified_name))
                                .with_related(self.register_origin(f.bi, f.ri), format!("`{name}` is declared here"))
                                .with_help("a value and its factor must be read together: name a readable `i16` of the same unit and table"),
                        );
                    }
                }
            }
            if !problems.is_empty() {
                reported.insert((it.bi, it.ri));
                for d in problems {
                    self.push(d);
                }
            }
        }
    }

    /// In instance `k` of a repeated block, `alias_of: hc.x` means `hc<k>.x`.
    fn alias_in_instance(&self, target: &str, k: u16, repeated: &BTreeSet<&str>) -> String {
        if let Some((block, name)) = target.split_once('.') {
            if repeated.contains(block) {
                return format!("{}.{name}", ident::instance_name(block, k));
            }
        }
        target.to_owned()
    }

    pub(super) fn resolve_aliases(&mut self, items: &mut [RegisterFacts]) {
        let index: BTreeMap<String, usize> = items.iter().enumerate().map(|(i, it)| (it.qualified_name.clone(), i)).collect();
        for i in 0..items.len() {
            let Some(target_name) = items[i].alias_of.clone() else { continue };
            let (bi, ri, first) = (items[i].bi, items[i].ri, items[i].first);
            let rs = &self.spec.blocks[bi].registers[ri];
            let Some(alias_span) = rs.alias_of.clone() else { continue };
            let qualified = items[i].qualified_name.clone();
            let subject = Self::subject(Some(bi), Some(ri), "alias_of");
            let Some(&t) = index.get(&target_name) else {
                if first {
                    let names: Vec<&str> = index.keys().map(String::as_str).collect();
                    let help = did_you_mean(&target_name, &names)
                        .unwrap_or_else(|| "name the register served here as `block.register`".to_owned());
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
            if items[t].alias_of.is_some() {
                if first {
                    let d = Diagnostic::error(
                        "alias-chain",
                        format!("`alias_of` names `{target_name}`, which is itself an alias (of `{}`)", items[t].alias_of.clone().unwrap_or_default()),
                        self.origin(&alias_span),
                    )
                    .with_subject(subject)
                    .with_register(&qualified, None)
                    .with_related(self.register_origin(items[t].bi, items[t].ri), format!("`{target_name}` is declared here"))
                    .with_help("point `alias_of` at the original register");
                    self.push(d);
                }
                continue;
            }
            // An alias with its own type converts (checked by `alias_conversions`); one without takes its target's.
            if items[i].data_type.is_none() {
                items[i].data_type = items[t].data_type;
            }
            // An alias serves the same value: what it does not say, it inherits.
            // The checks need the numbers; `lower` copies the texts (unit, description, scale as written).
            let target = items[t].clone();
            let it = &mut items[i];
            it.target = Some((target.bi, target.ri));
            macro_rules! inherit {
                ($($key:ident),*) => {$(
                    if rs.$key.is_none() {
                        it.$key = target.$key;
                    }
                )*};
            }
            inherit!(scale, offset, min, max, word_order, byte_order, scale_factor);
        }
    }

    /// Register identifiers must be unique in the device.
    pub(super) fn unique_idents(&mut self, registers: &[RegisterFacts]) {
        let spec = self.spec;
        let mut idents: BTreeMap<String, String> = BTreeMap::new();
        for it in registers {
            if let Some(other) = idents.insert(it.ident.clone(), it.qualified_name.clone()) {
                if other != it.qualified_name {
                    let r = &spec.blocks[it.bi].registers[it.ri];
                    self.push(
                        Diagnostic::error(
                            "duplicate-register",
                            format!("registers `{other}` and `{}` both get the identifier `{}`", it.qualified_name, it.ident),
                            self.origin(&r.name),
                        )
                        .with_subject(Self::subject(Some(it.bi), Some(it.ri), "name"))
                        .with_register(&it.qualified_name, Some(it.address))
                        .with_help("rename one of them; identifiers are `<block>_<register>` in snake_case"),
                    );
                }
            }
        }
    }
}

/// A `scale`: a number or a fraction string such as `"1/10"`.
fn number_or_fraction(v: &Value) -> Option<f64> {
    let Value::Text(t) = v else { return v.as_number() };
    let (n, d) = t.split_once('/')?;
    let (n, d): (f64, f64) = (n.trim().parse().ok()?, d.trim().parse().ok()?);
    let x = n / d;
    (d != 0.0 && x.is_finite()).then_some(x)
}

