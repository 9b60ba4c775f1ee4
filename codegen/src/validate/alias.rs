//! Converting aliases: an alias with its own type, width, scale, offset or order
//! serves its target's value converted (the server carries it across through the
//! engineering value, `modbus_map_core::codec::convert`). These checks say whether
//! that conversion is possible at all (`alias-type`) and whether every value of the
//! target reads through the alias unchanged (`alias-conversion`, which `alias_lossy:
//! true` permits: reads then round, and values the alias cannot hold get exception 04).
//! Writes need no permission: one the target cannot hold gets exception 03.

use super::{RegisterFacts, Validator};
use crate::format::engineering_range;
use crate::diagnostics::Diagnostic;
use crate::format::format_number;
use crate::ir::{Codec, DataType};
use std::collections::BTreeMap;

impl Validator<'_> {
    pub(super) fn alias_conversions(&mut self, items: &[RegisterFacts]) {
        let index: BTreeMap<&str, usize> = items.iter().enumerate().map(|(i, it)| (it.qualified_name.as_str(), i)).collect();
        for alias in items.iter().filter(|it| it.first) {
            let Some(&t) = alias.alias_of.as_deref().and_then(|name| index.get(name)) else { continue };
            let target = &items[t];
            let (Some(mine), Some(theirs)) = (codec(alias), codec(target)) else { continue };
            if mine == theirs || target.alias_of.is_some() {
                continue;
            }
            let rs = &self.spec.blocks[alias.bi].registers[alias.ri];
            // Point at the key that makes the alias convert, the first of them it gives.
            let (key, at) = [
                ("type", rs.data_type.as_ref().map(|k| self.origin(k))),
                ("length", rs.length.as_ref().map(|k| self.origin(k))),
                ("scale", rs.scale.as_ref().map(|k| self.origin(k))),
                ("offset", rs.offset.as_ref().map(|k| self.origin(k))),
                ("word_order", rs.word_order.as_ref().map(|k| self.origin(k))),
                ("byte_order", rs.byte_order.as_ref().map(|k| self.origin(k))),
            ]
            .into_iter()
            .find_map(|(key, at)| at.map(|at| (key, at)))
            .unwrap_or_else(|| ("alias_of", rs.alias_of.as_ref().map_or_else(|| self.at(rs.line, rs.column), |a| self.origin(a))));
            let here = |code: &'static str, message: String| {
                Diagnostic::error(code, message, at.clone())
                    .with_subject(Self::subject(Some(alias.bi), Some(alias.ri), key))
                    .with_register(&alias.qualified_name, Some(alias.address))
                    .with_related(self.register_origin(target.bi, target.ri), format!("`{}` is declared here", target.qualified_name))
            };
            let serves = format!("`{}` ({}) cannot serve its alias target `{}` ({})", alias.qualified_name, describe(&mine), target.qualified_name, describe(&theirs));
            if let Some(why) = impossible(alias, target, &mine, &theirs) {
                let d = here("alias-type", format!("{serves}: {why}"))
                    .with_help("an alias converts between numbers only; drop its own `type`, `length`, `scale`, `offset` and orders to serve the target's words as they are");
                self.push(d);
                continue;
            }
            if rs.alias_lossy.as_ref().is_some_and(|l| l.value) {
                continue;
            }
            let target_spec = &self.spec.blocks[target.bi].registers[target.ri];
            let plausible = (
                target_spec.plausible_min.as_ref().and_then(|v| v.value.as_number()),
                target_spec.plausible_max.as_ref().and_then(|v| v.value.as_number()),
            );
            if let Some(loss) = lossy_read(&mine, &theirs, plausible) {
                let d = here(
                    "alias-conversion",
                    format!("`{}` ({}) cannot read every value of its alias target `{}` ({}) unchanged: {loss}", alias.qualified_name, describe(&mine), target.qualified_name, describe(&theirs)),
                )
                .with_help("add `alias_lossy: true` to accept it (reads round to the alias's step; a value its type cannot hold answers exception 04, or its `sentinel`), or give the alias a type and scale that hold every value of the target");
                self.push(d);
            }
        }
    }
}

/// The codec the facts resolved, once the type is known.
fn codec(it: &RegisterFacts) -> Option<Codec> {
    Some(Codec {
        data_type: it.data_type?,
        length: it.length,
        scale: it.scale,
        offset: it.offset,
        word_order: it.word_order,
        byte_order: it.byte_order,
    })
}

fn describe(c: &Codec) -> String {
    let mut text = format!("`{}`", c.data_type.as_str());
    if !c.data_type.is_numeric() {
        return text;
    }
    if c.scale != 1.0 {
        text += &format!(", scale {}", bound(c.scale));
    }
    if c.offset != 0.0 {
        text += &format!(", offset {}", bound(c.offset));
    }
    text
}

/// Why no conversion can serve the target's value through the alias, if none can.
fn impossible(alias: &RegisterFacts, target: &RegisterFacts, mine: &Codec, theirs: &Codec) -> Option<String> {
    let number = |t: DataType| t.is_numeric();
    if !number(mine.data_type) || !number(theirs.data_type) {
        return Some("only numbers convert, and a `bool`, `string` or `raw` alias serves its target's words as they are (same type, length and orders)".to_owned());
    }
    if alias.scale_factor.is_some() || target.scale_factor.is_some() {
        return Some("a value scaled by a scale factor register converts only with the same codec".to_owned());
    }
    let listed = !alias.values.is_empty() || !target.values.is_empty() || !alias.bits.is_empty() || !target.bits.is_empty();
    if listed {
        if alias.values != target.values || alias.bits != target.bits {
            return Some("an enumeration or bit set serves the same raw values; the two list different ones".to_owned());
        }
        let scaled = |c: &Codec| modbus_map_core::codec::is_scaled(c.scale, c.offset);
        if !mine.data_type.is_integer() || !theirs.data_type.is_integer() || scaled(mine) || scaled(theirs) {
            return Some("an enumeration or bit set converts only between integer types without scale or offset".to_owned());
        }
        let (lo, hi) = mine.data_type.raw_range()?;
        if let Some(v) = alias.values.iter().find(|v| (v.raw as f64) < lo || (v.raw as f64) > hi) {
            return Some(format!("its type cannot hold the listed value {} (`{}`)", v.raw, v.name));
        }
        let bits = u32::from(mine.data_type.width(0)) * 16;
        if let Some(b) = alias.bits.iter().find(|b| u32::from(b.lsb) + u32::from(b.width) > bits) {
            return Some(format!("its {bits} bits cannot hold bit `{}`", b.name));
        }
        return None;
    }
    let (a_lo, a_hi) = engineering_range(mine.data_type, mine.scale, mine.offset)?;
    let (t_lo, t_hi) = engineering_range(theirs.data_type, theirs.scale, theirs.offset)?;
    if a_hi < t_lo || t_hi < a_lo {
        return Some(format!(
            "the values it holds ({}..={}) and those of the target ({}..={}) do not overlap",
            bound(a_lo),
            bound(a_hi),
            bound(t_lo),
            bound(t_hi)
        ));
    }
    None
}

/// How reading the target's value through the alias can lose it, if it can: values
/// outside what the alias holds, rounding to a coarser step, or both.
fn lossy_read(mine: &Codec, theirs: &Codec, (plausible_min, plausible_max): (Option<f64>, Option<f64>)) -> Option<String> {
    let (a_lo, a_hi) = engineering_range(mine.data_type, mine.scale, mine.offset)?;
    let (mut t_lo, mut t_hi) = engineering_range(theirs.data_type, theirs.scale, theirs.offset)?;
    // A reading outside the target's plausible range is reported as implausible anyway.
    t_lo = plausible_min.map_or(t_lo, |m| m.max(t_lo));
    t_hi = plausible_max.map_or(t_hi, |m| m.min(t_hi));
    let tolerance = 1e-9 * (t_hi - t_lo).abs().max(1.0);
    let range = (t_lo < a_lo - tolerance || t_hi > a_hi + tolerance)
        .then(|| format!("it holds {}..={}, the target's values span {}..={}", bound(a_lo), bound(a_hi), bound(t_lo), bound(t_hi)));
    let precision = match (mine.data_type, theirs.data_type) {
        // f64 holds every integer up to 2^53 and every f32.
        (DataType::F64, DataType::U64 | DataType::I64) => Some("an `f64` holds 64-bit integers only to 53 bits".to_owned()),
        (DataType::F64, _) => None,
        (DataType::F32, DataType::U8 | DataType::I8 | DataType::U16 | DataType::I16 | DataType::F32) => None,
        (DataType::F32, _) => Some("an `f32` holds 24 bits of precision".to_owned()),
        (_, t) if t.is_float() => Some(format!("the fractions of a `{}` round to the alias's steps of {}", t.as_str(), bound(mine.scale.abs()))),
        _ => {
            // Integers: every step of the target must be a whole number of the alias's steps.
            let whole = |x: f64| (x - x.round()).abs() <= 1e-9 * x.abs().max(1.0);
            let (step, target_step) = (mine.scale.abs(), theirs.scale.abs());
            (!whole(target_step / step) || !whole((theirs.offset - mine.offset) / step))
                .then(|| format!("the target's steps of {} round to the alias's steps of {}", bound(target_step), bound(step)))
        }
    };
    match (range, precision) {
        (Some(r), Some(p)) => Some(format!("{r}; {p}")),
        (r, p) => r.or(p),
    }
}

/// A range bound as a message shows it: plain up to 10^15, to nine decimals, in
/// exponent form beyond (the bounds of float types).
fn bound(x: f64) -> String {
    if x.abs() < 1e15 {
        // Bounds are type limits times a decimal scale: 3276.7, not 3276.7000000000003.
        format_number((x * 1e9).round() / 1e9)
    } else {
        format!("{x:e}")
    }
}
