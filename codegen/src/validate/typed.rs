//! Checks that need the register's resolved type: type against table, length,
//! the range the raw type can represent, enumeration values, named bits and
//! the default value.

use super::{RegisterFacts, Validator};
use crate::format::{self, value_text};
use crate::keys::{NOT_AVAILABLE, NO_SENTINEL};
use crate::load::parse_wide_int;
use crate::diagnostics::Diagnostic;
use crate::ident;
use crate::ir::{self, BitRange, DataType, EnumVariant};
use crate::spec::{Spanned, Value};
use std::collections::BTreeMap;

impl Validator<'_> {
    /// Checks that need the resolved type; fills width, length, values, bits, default.
    pub(super) fn typed_checks(&mut self, it: &mut RegisterFacts) {
        let Some(dt) = it.data_type else { return };
        let (bi, ri) = (it.bi, it.ri);
        let spec = self.spec;
        let rs = &spec.blocks[bi].registers[ri];
        // Aliases inherit length, values and bits from the register they serve.
        let inherited = it.target.map(|(tb, tr)| &spec.blocks[tb].registers[tr]);
        let length_src = rs.length.as_ref().or_else(|| inherited.and_then(|r| r.length.as_ref()));
        let values_src = if rs.values.is_empty() { inherited.map_or(&rs.values, |r| &r.values) } else { &rs.values };
        let bits_src = if rs.bits.is_empty() { inherited.map_or(&rs.bits, |r| &r.bits) } else { &rs.bits };
        let report = it.first;
        let qualified = it.qualified_name.clone();
        let s = |key: &str| Self::subject(Some(bi), Some(ri), key);
        let mut diags: Vec<Diagnostic> = Vec::new();
        let table = it.table;
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
        it.length = length;
        it.width = dt.width(length).max(1);

        // Examples: whole registers' words; the codec checks them after lowering ([`super::examples`]).
        for e in &rs.examples {
            let at = self.at(e.line, e.column);
            if e.words.len() != usize::from(it.width) {
                diags.push(
                    Diagnostic::error("example", format!("example has {} word(s), but the register spans {}", e.words.len(), it.width), at.clone())
                        .with_subject(s("examples"))
                        .with_help(format!("give the {} word(s) the device sends for the value, first address first", it.width)),
                );
            }
            for w in e.words.iter().filter(|w| !(0..=0xFFFF).contains(&w.value)) {
                diags.push(
                    Diagnostic::error("example", format!("example word {} is not a 16-bit register value", w.value), self.origin(w))
                        .with_subject(s("examples"))
                        .with_help("each word is one register, 0 to 0xFFFF"),
                );
            }
        }

        // Write function: only a writable one-item value has a choice.
        if let Some(wf) = &rs.write_function {
            if !it.access.writable() {
                diags.push(
                    Diagnostic::error("write-function-read-only", format!("`write_function: {}` on a register nobody writes", wf.value), self.origin(wf))
                        .with_subject(s("write_function"))
                        .with_help("remove `write_function`, or make the register writable (`access: rw` in a holding or coil block)"),
                );
            } else if it.width > 1 && it.write_function == ir::WriteFunction::Single {
                diags.push(
                    Diagnostic::error(
                        "write-function-width",
                        format!("a `{}` value of {} registers cannot be written with function 06 (`write_function: single`)", dt.as_str(), it.width),
                        self.origin(wf),
                    )
                    .with_subject(s("write_function"))
                    .with_help("remove `write_function` (values of several registers are written with function 16) or use `multiple`"),
                );
            }
        }
        if it.width > 1 || !it.access.writable() {
            it.write_function = ir::WriteFunction::Any;
        }

        // Plausible range: what a reading of a number may be.
        let plausible_min = rs.plausible_min.as_ref().and_then(|v| v.value.as_number());
        let plausible_max = rs.plausible_max.as_ref().and_then(|v| v.value.as_number());
        if let Some(at) = rs.plausible_min.as_ref().or(rs.plausible_max.as_ref()) {
            let what = if !dt.is_numeric() || dt == DataType::Bool {
                Some(format!("`{}`", dt.as_str()))
            } else if !values_src.is_empty() || !bits_src.is_empty() {
                Some("an enumeration or a register of named bits".to_owned())
            } else {
                None
            };
            if let Some(what) = what {
                diags.push(
                    Diagnostic::error("plausible-range", format!("a plausible range applies to numbers, not to {what}"), self.origin(at))
                        .with_subject(s(if rs.plausible_min.is_some() { "plausible_min" } else { "plausible_max" }))
                        .with_help("remove `plausible_min`/`plausible_max`"),
                );
            } else if let (Some(lo), Some(hi), Some(at)) = (plausible_min, plausible_max, rs.plausible_min.as_ref()) {
                if lo > hi {
                    diags.push(
                        Diagnostic::error("plausible-range", format!("`plausible_min` ({lo}) is greater than `plausible_max` ({hi})"), self.origin(at))
                            .with_subject(s("plausible_min"))
                            .with_help("swap them, or fix the one that is wrong"),
                    );
                }
            }
        }

        let sentinels = self.sentinels(it, dt, inherited, values_src, &mut diags);

        // Range representable by the raw type.
        let eng_range = crate::format::engineering_range(dt, it.scale, it.offset);
        // A scale factor register's scale is only known at run time: the client checks what the raw type holds then.
        let scale_at_run_time = it.scale_factor.is_some();
        let representable = |x: f64| {
            scale_at_run_time || eng_range.is_none_or(|(lo, hi)| {
                let tol = 1e-9 * (hi - lo).abs().max(1.0);
                !(x < lo - tol || x > hi + tol)
            })
        };
        if let Some((lo, hi)) = eng_range {
            for (key, val, src) in [("min", it.min, rs.min.as_ref()), ("max", it.max, rs.max.as_ref())] {
                let (Some(v), Some(src)) = (val, src) else { continue };
                if !representable(v) {
                    diags.push(
                        Diagnostic::error(
                            "range-type",
                            format!("`{key}` {v} cannot be represented: a `{}` with scale {} and offset {} covers {lo}..={hi}", dt.as_str(), it.scale, it.offset),
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
        let mut enum_idents: BTreeMap<String, &Spanned<String>> = BTreeMap::new();
        for e in values_src {
            let fits = match dt.raw_range() {
                Some((lo, hi)) if dt.is_integer() || dt == DataType::Bool => (e.raw.value as f64) >= lo && (e.raw.value as f64) <= hi,
                _ => modbus_map_core::codec::float_for_enum(dt, e.raw.value).is_some(),
            };
            if !fits {
                let (why, help) = if dt.is_integer() || dt == DataType::Bool {
                    (format!("does not fit a `{}`", dt.as_str()), "enumerations need an integer type wide enough for every raw value")
                } else if dt.is_float() {
                    (
                        format!("is not a whole number a `{}` holds exactly", dt.as_str()),
                        "a float register's enumeration values are the whole numbers it reads (`f32` holds every one up to 2^24 exactly); use `f64` or a smaller value",
                    )
                } else {
                    (format!("cannot be an enumeration of a `{}` register", dt.as_str()), "enumerations need a numeric type")
                };
                diags.push(
                    Diagnostic::error("enum-range", format!("enumeration value {} (`{}`) {why}", e.raw.value, e.name.value), self.origin(&e.raw))
                        .with_subject(s("values"))
                        .with_help(help),
                );
                continue;
            }
            let ident = ident::enum_ident(&e.name.value);
            if ident.is_empty() {
                diags.push(
                    Diagnostic::error("bad-identifier", format!("enumeration name `{}` has no letters or digits", e.name.value), self.origin(&e.name))
                        .with_subject(s("values"))
                        .with_help("name the value with letters or digits"),
                );
                continue;
            }
            if let Some(prev) = raws.get(&e.raw.value) {
                diags.push(
                    Diagnostic::error("bad-value", format!("raw value {} is named twice (`{prev}` and `{}`)", e.raw.value, e.name.value), self.origin(&e.name))
                        .with_subject(s("values"))
                        .with_help("give every raw value one name"),
                );
                continue;
            }
            // The same name on several raw values is one meaning (Victron's 2, 3 and 4
            // are all "self-consumption"); two different names must stay two identifiers.
            if let Some(prev) = enum_idents.get(&ident).filter(|prev| prev.value != e.name.value) {
                diags.push(
                    Diagnostic::error(
                        "name-clash",
                        format!("enumeration names `{}` and `{}` both become the identifier `{ident}`", prev.value, e.name.value),
                        self.origin(&e.name),
                    )
                    .with_subject(s("values"))
                    .with_related(self.origin(prev), format!("`{}` is named here", prev.value))
                    .with_help("rename one of them; names are transliterated to ASCII and case and punctuation are dropped, so only letters and digits tell them apart"),
                );
                continue;
            }
            raws.insert(e.raw.value, e.name.value.clone());
            enum_idents.entry(ident.clone()).or_insert(&e.name);
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
            let ident = ident::bit_ident(&b.name.value);
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
                    Diagnostic::error("name-clash", format!("bit names `{}` and `{}` both become the identifier `{ident}`", prev.name, b.name.value), self.origin(&b.name))
                        .with_subject(s("bits"))
                        .with_help("give every bit a distinct name; names are transliterated to ASCII and case and punctuation are dropped"),
                );
                continue;
            }
            bits.push(BitRange { name: b.name.value.clone(), ident, lsb, width });
        }
        bits.sort_by_key(|b| b.lsb);

        // Default.
        // An alias with a codec of its own converts: its target's default is the target's
        // words to start from, not a value to check against the alias's type.
        let own_codec = rs.data_type.is_some() || rs.length.is_some() || rs.scale.is_some() || rs.offset.is_some() || rs.word_order.is_some() || rs.byte_order.is_some();
        let default_src = rs.default.as_ref().or_else(|| if rs.alias_of.is_some() && !own_codec { inherited.and_then(|r| r.default.as_ref()) } else { None });
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
                // The register starts holding its (first) sentinel: a device that reports "not available".
                (Value::Text(t), _) if t == NOT_AVAILABLE && !sentinels.is_empty() => Some(ir::Value::Text(t.clone())),
                (Value::Text(t), _) if t == NOT_AVAILABLE => {
                    diags.push(bad(format!("`default: {NOT_AVAILABLE}` on a register without a `sentinel`"), "give the register a `sentinel` (the raw value it holds when not available), or a numeric default"));
                    None
                }
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
                    let x = v.as_number().unwrap_or_default();
                    let below = it.min.is_some_and(|m| x < m);
                    let above = it.max.is_some_and(|m| x > m);
                    if below || above {
                        let range = format!(
                            "{}..={}",
                            it.min.map_or("".into(), |m| m.to_string()),
                            it.max.map_or("".into(), |m| m.to_string())
                        );
                        diags.push(
                            Diagnostic::error("default-range", format!("`default` {x} is outside `min`..`max` ({range})"), self.origin(d))
                                .with_subject(s("default"))
                                .with_help("move the default into the range or widen the range"),
                        );
                    } else if plausible_min.is_some_and(|m| x < m) || plausible_max.is_some_and(|m| x > m) {
                        diags.push(
                            Diagnostic::error("default-range", format!("`default` {x} is outside the plausible range"), self.origin(d))
                                .with_subject(s("default"))
                                .with_help("a device starting at its default reads it: move the default into `plausible_min`..`plausible_max`"),
                        );
                    } else if !values.is_empty() && !values.iter().any(|v| (v.raw as f64 * it.scale + it.offset - x).abs() < 1e-9) {
                        diags.push(
                            Diagnostic::error("default-range", format!("`default` {x} is not one of the register's `values`"), self.origin(d))
                                .with_subject(s("default"))
                                .with_help(format!(
                                    "use one of: {}",
                                    values.iter().map(|v| format!("{} ({})", v.name, v.raw)).collect::<Vec<_>>().join(", ")
                                )),
                        );
                    } else if let Some(&pattern) = sentinels.iter().find(|&&p| !scale_at_run_time && format::sentinel_value(dt, p, it.scale, it.offset).is_some_and(|e| (e - x).abs() <= 1e-9 * x.abs().max(1.0))) {
                        diags.push(
                            Diagnostic::error("default-range", format!("`default` {x} is the sentinel {}: the register would start \"not available\"", format::sentinel_text(dt, pattern)), self.origin(d))
                                .with_subject(s("default"))
                                .with_help(format!("write `default: {NOT_AVAILABLE}` if it should start not available, else another default")),
                        );
                    } else if let (Some((lo, hi)), false) = (eng_range, representable(x)) {
                        diags.push(
                            Diagnostic::error("range-type", format!("`default` {x} cannot be represented by a `{}` (covers {lo}..={hi})", dt.as_str()), self.origin(d))
                                .with_subject(s("default"))
                                .with_help("fix the default, or use a wider type or another scale"),
                        );
                    }
                    Some(match v {
                        Value::Int(i) => ir::Value::Int(*i),
                        _ => ir::Value::Float(x),
                    })
                }
            }
        });
        it.values = values;
        it.bits = bits;
        it.sentinels = sentinels;
        it.default = default;
        if report {
            for mut d in diags {
                d.register = Some(qualified.clone());
                d.address = Some(it.address);
                self.push(d);
            }
        }
    }

}

impl Validator<'_> {
    /// The register's sentinels as bit patterns, sorted: its own `sentinel` (an alias's
    /// target's when it gives none), else the device's `sentinels` convention for its type;
    /// `sentinel: none` opts out. Reports what cannot be a sentinel of the register.
    fn sentinels(
        &self,
        it: &RegisterFacts,
        dt: DataType,
        inherited: Option<&crate::spec::RegisterSpec>,
        values: &[crate::spec::EnumSpec],
        diags: &mut Vec<Diagnostic>,
    ) -> Vec<u64> {
        let rs = &self.spec.blocks[it.bi].registers[it.ri];
        let s = |key: &str| Self::subject(Some(it.bi), Some(it.ri), key);
        let own = if rs.sentinel.is_empty() { inherited.map_or(&rs.sentinel, |r| &r.sentinel) } else { &rs.sentinel };
        let has_number = dt.is_numeric() && dt != DataType::Bool;
        let written: Vec<(u64, ir::Origin, String)> = if own.is_empty() {
            // The device's convention: a register whose type it has no value for just has none.
            let sunspec = self.spec.device.sentinels.as_ref().is_some_and(|c| c.value == "sunspec");
            match (sunspec, dt.sunspec_sentinel(), self.spec.device.sentinels.as_ref()) {
                (true, Some(p), Some(at)) => vec![(p, self.origin(at), format!("the device's `sentinels: sunspec` ({})", format::sentinel_text(dt, p)))],
                _ => Vec::new(),
            }
        } else if own.iter().any(|t| t.value.trim() == NO_SENTINEL) {
            if own.len() > 1 {
                diags.push(
                    Diagnostic::error("bad-value", format!("`sentinel: {NO_SENTINEL}` is listed with raw values"), self.origin(&own[0]))
                        .with_subject(s("sentinel"))
                        .with_help(format!("write `{NO_SENTINEL}` alone (no sentinel at all) or only raw values")),
                );
            }
            Vec::new()
        } else if !has_number {
            diags.push(
                Diagnostic::error("sentinel-type", format!("a sentinel is a raw number, and a `{}` register has none", dt.as_str()), self.origin(&own[0]))
                    .with_subject(s("sentinel"))
                    .with_help("remove `sentinel`; sentinels apply to integer and float registers"),
            );
            Vec::new()
        } else {
            own.iter().filter_map(|t| {
                let at = self.origin(t);
                let text = t.value.trim();
                let bits = dt.value_bits();
                let max = if bits == 64 { u64::MAX as i128 } else { (1i128 << bits) - 1 };
                let min = if matches!(dt, DataType::I8 | DataType::I16 | DataType::I32 | DataType::I64) { -(1i128 << (bits - 1)) } else { 0 };
                let fits = format!("a `{}` sentinel is a raw value in {}..={}", dt.as_str(), min, format::sentinel_text(dt, max as u64));
                let pattern = if matches!(text.to_ascii_lowercase().as_str(), "nan" | ".nan") {
                    if !dt.is_float() {
                        diags.push(
                            Diagnostic::error("sentinel-type", format!("sentinel `{text}` is a float's, and the register is a `{}`", dt.as_str()), at)
                                .with_subject(s("sentinel"))
                                .with_help(fits),
                        );
                        return None;
                    }
                    dt.sunspec_sentinel()?
                } else {
                    match parse_wide_int(text) {
                        Some(v) if (min..=max).contains(&v) => dt.pattern(v as u64),
                        Some(_) => {
                            diags.push(
                                Diagnostic::error("sentinel-type", format!("sentinel `{text}` does not fit a `{}`", dt.as_str()), at)
                                    .with_subject(s("sentinel"))
                                    .with_help(fits),
                            );
                            return None;
                        }
                        None => {
                            diags.push(
                                Diagnostic::error("bad-value", format!("sentinel `{text}` is not a raw value"), at)
                                    .with_subject(s("sentinel"))
                                    .with_help(format!("write the raw value as an integer (`0xFFFF`, `-32768`){}, or `{NO_SENTINEL}`", if dt.is_float() { ", `nan`" } else { "" })),
                            );
                            return None;
                        }
                    }
                };
                // The bit pattern beside the text where they differ: `-32768` (0x8000).
                let shown = format::sentinel_text(dt, pattern);
                let what = if shown.eq_ignore_ascii_case(text) { format!("sentinel `{text}`") } else { format!("sentinel `{text}` ({shown})") };
                Some((pattern, at, what))
            })
            .collect()
        };
        let writable = it.access.writable() && it.table.is_writable() && (it.min.is_some() || it.max.is_some());
        let mut sentinels: Vec<u64> = Vec::new();
        for (pattern, at, what) in written {
            if sentinels.contains(&pattern) {
                diags.push(
                    Diagnostic::error("sentinel-value", format!("{what} is listed twice"), at)
                        .with_subject(s("sentinel"))
                        .with_help("list every raw value once"),
                );
                continue;
            }
            if let Some(v) = values.iter().find(|v| dt.pattern(v.raw.value as u64) == pattern) {
                diags.push(
                    Diagnostic::error("sentinel-value", format!("{what} is the enumeration value `{}`", v.name.value), at)
                        .with_subject(s("sentinel"))
                        .with_related(self.origin(&v.raw), format!("`{}` is raw {}", v.name.value, v.raw.value))
                        .with_help(format!("a raw value is either a named value or \"not available\": remove one of them (`sentinel: {NO_SENTINEL}` opts out of the device's `sentinels`)")),
                );
                continue;
            }
            // A value the spec lets clients write cannot also mean "not available".
            let reading = (writable && it.scale_factor.is_none()).then(|| format::sentinel_value(dt, pattern, it.scale, it.offset)).flatten();
            if let Some(x) = reading.filter(|&x| it.min.is_none_or(|m| x >= m) && it.max.is_none_or(|m| x <= m)) {
                let side = |b: Option<f64>| b.map_or_else(|| "…".to_owned(), format::format_number);
                diags.push(
                    Diagnostic::error(
                        "sentinel-range",
                        format!("{what} reads as {}, inside the writable range {}..={}", format::format_number(x), side(it.min), side(it.max)),
                        at,
                    )
                    .with_subject(s("sentinel"))
                    .with_help(format!("a write of that value would read back as \"not available\": narrow `min`/`max` to leave it out, or drop the sentinel (`sentinel: {NO_SENTINEL}` opts out of the device's `sentinels`)")),
                );
                continue;
            }
            sentinels.push(pattern);
        }
        sentinels.sort_unstable();
        sentinels
    }
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
