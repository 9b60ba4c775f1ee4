//! The `sim:` section: the quirks the simulator plays. Every value is checked
//! where it is written (keywords with "did you mean", numbers in range, the fault
//! answer), and a key that only means something beside another one needs it.

use super::Validator;
use crate::diagnostics::{Diagnostic, Subject};
use crate::format::value_text;
use crate::ir::{SimFault, SimProfile, SimTooSoon, SimWriteFunction};
use crate::keys::{TOO_SOON, WRITE_FUNCTIONS};
use crate::spec::Spanned;

/// Longest delay, pause or timeout a profile may give, in milliseconds: ten minutes
/// is already far beyond any client's timeout; more is a typo.
const MAX_MS: i64 = 600_000;

fn subject(key: &str) -> Subject {
    Subject { key: Some(key.to_owned()), ..Default::default() }
}

impl Validator<'_> {
    pub(super) fn sim(&mut self) -> SimProfile {
        let sim = &self.spec.sim;
        let ms = |v: &mut Self, s: &Option<Spanned<i64>>, key: &str, lo: i64| s.as_ref().and_then(|s| v.sim_int(s, key, lo, MAX_MS));
        let profile = SimProfile {
            write_function: self.keyword_value(sim.write_function.as_ref(), SimWriteFunction::parse, WRITE_FUNCTIONS, subject("write_function")),
            response_delay_ms: ms(self, &sim.response_delay_ms, "response_delay_ms", 0),
            min_pause_ms: ms(self, &sim.min_pause_ms, "min_pause_ms", 1),
            too_soon: self.keyword_value(sim.too_soon.as_ref(), SimTooSoon::parse, TOO_SOON, subject("too_soon")),
            max_connections: sim.max_connections.as_ref().and_then(|s| self.sim_int(s, "max_connections", 1, 65535)),
            idle_timeout_ms: ms(self, &sim.idle_timeout_ms, "idle_timeout_ms", 1),
            fault_rate: sim.fault_rate.as_ref().and_then(|s| self.fault_rate(s)),
            fault: sim.fault.as_ref().and_then(|s| self.fault(s)),
            seed: sim.seed.as_ref().and_then(|s| self.sim_int(s, "seed", 0, i64::MAX)),
        };
        self.needs(sim.too_soon.as_ref().map(|s| (s.line, s.column)), "too_soon", "min_pause_ms", sim.min_pause_ms.is_some());
        self.needs(sim.fault.as_ref().map(|s| (s.line, s.column)), "fault", "fault_rate", sim.fault_rate.is_some());
        profile
    }

    fn sim_int(&mut self, v: &Spanned<i64>, key: &str, lo: i64, hi: i64) -> Option<u64> {
        if (lo..=hi).contains(&v.value) {
            return Some(v.value as u64);
        }
        let d = Diagnostic::error("bad-value", format!("`sim: {key}` is {}, outside {lo}..={hi}", v.value), self.origin(v))
            .with_subject(subject(key))
            .with_help(format!("give `{key}` a whole number in {lo}..={hi}"));
        self.push(d);
        None
    }

    fn fault_rate(&mut self, v: &Spanned<crate::spec::Value>) -> Option<f64> {
        match v.value.as_number() {
            Some(rate) if (0.0..=1.0).contains(&rate) => Some(rate),
            _ => {
                let d = Diagnostic::error("bad-value", format!("`sim: fault_rate` `{}` is not a fraction between 0 and 1", value_text(&v.value)), self.origin(v))
                    .with_subject(subject("fault_rate"))
                    .with_help("write the share of requests to fail, e.g. `fault_rate: 0.1` for one in ten");
                self.push(d);
                None
            }
        }
    }

    fn fault(&mut self, v: &Spanned<crate::spec::Value>) -> Option<SimFault> {
        match SimFault::parse(&value_text(&v.value)) {
            Ok(fault) => Some(fault),
            Err(why) => {
                let d = Diagnostic::error("bad-value", format!("`sim: fault` {why}"), self.origin(v))
                    .with_subject(subject("fault"))
                    .with_help("write an exception code (`4`, `\"0x06\"`) or `silent`");
                self.push(d);
                None
            }
        }
    }

    /// `key`, written at `at`, means nothing without `other`.
    fn needs(&mut self, at: Option<(u32, u32)>, key: &str, other: &str, has_other: bool) {
        let Some((line, column)) = at.filter(|_| !has_other) else { return };
        let d = Diagnostic::error("missing-key", format!("`sim: {key}` is given without `{other}`, so it never applies"), self.at(line, column))
            .with_subject(subject(key))
            .with_help(format!("add `{other}`, or drop `{key}`"));
        self.push(d);
    }
}
