//! The value a register holds before anyone writes it, when the spec gives no `default`
//! (docs/spec-format.md, "Start values"). A server starting every register at raw 0
//! would serve values that break their own rules (a setpoint of −15 °C against
//! 38…70), and a client that writes back what it read would get exception 03.
//!
//! The rule, in order:
//! 1. raw 0 when it is valid (in `min`..`max` once scaled and offset, and one of the
//!    `values` if the register has an enumeration);
//! 2. otherwise the first value of the enumeration, as the spec lists it;
//! 3. otherwise the bound of `min`..`max` nearest to zero (rounded inwards to a whole
//!    raw step), or engineering 0 when that is inside the range but raw 0 is not.
//!
//! Used for the dispatch tables' initial words (generated and simulated servers alike).

use crate::ir::{DataType, EnumVariant, Register, Value};

/// The start value of `r` in engineering units, `None` where the rule keeps raw 0
/// (bools, strings, raw registers, and every register whose raw 0 is valid).
/// `values` is the register's enumeration (empty without one).
pub fn start_value(r: &Register, values: &[EnumVariant]) -> Option<Value> {
    if matches!(r.data_type, DataType::Bool | DataType::String | DataType::Raw) {
        return None;
    }
    let in_range = |x: f64| r.min.is_none_or(|m| x >= m) && r.max.is_none_or(|m| x <= m);
    let zero_named = values.is_empty() || values.iter().any(|v| v.raw == 0);
    if zero_named && in_range(r.offset) {
        return None;
    }
    if let Some(first) = values.first() {
        return Some(Value::Text(first.name.clone()));
    }
    let target = if in_range(0.0) {
        0.0
    } else if r.min.is_some_and(|m| m > 0.0) {
        r.min.unwrap_or(0.0)
    } else {
        r.max.unwrap_or(0.0)
    };
    if r.data_type.is_float() {
        return Some(Value::Float(target));
    }
    // Integers hold whole raw steps: the nearest step that is still inside the range.
    let raw = (target - r.offset) / r.scale;
    let candidates = [raw.round(), raw.ceil(), raw.floor()];
    let raw = candidates.into_iter().find(|&c| in_range(c * r.scale + r.offset)).unwrap_or(raw.round());
    Some(Value::Float(raw * r.scale + r.offset))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{load_str, Format};

    /// The examples of docs/spec-format.md ("Start values"), one per step of the rule.
    #[test]
    fn the_documented_examples() {
        let spec = "device: { name: d }\nblocks:\n  - name: b\n    table: holding\n    registers:\n\
            \x20     - { name: plain, address: 0, type: u16 }\n\
            \x20     - { name: setpoint, address: 1, type: u16, scale: 0.5, min: 38, max: 70 }\n\
            \x20     - { name: cold, address: 2, type: i16, min: -30, max: -10 }\n\
            \x20     - { name: mode, address: 3, type: u16, values: { 1: eco, 2: boost } }\n\
            \x20     - { name: shifted, address: 4, type: u16, offset: -40, min: -10, max: 50 }\n";
        let device = load_str(spec, "t.yaml", Format::Yaml).unwrap().into_device();
        let start = |name: &str| {
            let r = device.register(name).unwrap();
            start_value(r, device.values(r))
        };
        assert_eq!(start("b.plain"), None);
        // 38 is raw 76 at scale 0.5.
        assert_eq!(start("b.setpoint"), Some(Value::Float(38.0)));
        assert_eq!(start("b.cold"), Some(Value::Float(-10.0)));
        assert_eq!(start("b.mode"), Some(Value::Text("eco".into())));
        // Raw 0 is −40, outside the range; engineering 0 (raw 40) is inside.
        assert_eq!(start("b.shifted"), Some(Value::Float(0.0)));
    }
}
