//! Quirk profiles: behaviours of real devices that clients must survive, switched on
//! one by one for testing a client (`cargo xtask sim --help`).
//! Every quirk that changes an answer says so in the request's log line.

use modbus_map_core::dispatch::{Exception, FunctionCode, WriteKind};
use std::fmt;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// What a device that was asked too soon does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TooSoon {
    /// Exception 06, server device busy.
    #[default]
    Busy,
    /// No answer at all: the client times out.
    Silent,
}

/// How an injected fault answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FaultAnswer {
    Exception(Exception),
    Silent,
}

/// A fraction of requests (0.0..=1.0) answered with `answer` instead of being served.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Faults {
    pub fraction: f64,
    pub answer: FaultAnswer,
}

/// A server's quirks; the default has none.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Quirks {
    /// The device accepts only write functions of this kind; the others get exception 01
    /// (`Single`: devices that refuse 16 even for one register; `Multiple`: Deye and
    /// others that write even one register through 16).
    pub write_function: Option<WriteKind>,
    /// Every answer waits this long before it is sent.
    pub response_delay: Duration,
    /// A request that arrives sooner than this after the previous one is refused.
    pub min_pause: Option<(Duration, TooSoon)>,
    /// More TCP connections than this at once: the newest one is closed right away.
    pub max_connections: Option<usize>,
    /// A TCP connection without a request for this long is closed.
    pub idle_timeout: Option<Duration>,
    pub faults: Option<Faults>,
    /// Seeds the fault injection (same seed, same requests: same faults).
    pub seed: u64,
}

/// A quirk that decided how a request was answered, for the log line.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Applied {
    /// A write function of the other kind than the one the device accepts.
    WriteFunctionRefused { accepted: WriteKind },
    TooSoon { since_previous: Duration, min_pause: Duration, answer: TooSoon },
    Fault(FaultAnswer),
}

impl Applied {
    /// The answer the quirk gives instead of serving the request (`None`: no answer).
    pub fn exception(self) -> Option<Exception> {
        match self {
            Applied::WriteFunctionRefused { .. } => Some(Exception::IllegalFunction),
            Applied::TooSoon { answer: TooSoon::Busy, .. } => Some(Exception::ServerDeviceBusy),
            Applied::TooSoon { answer: TooSoon::Silent, .. } => None,
            Applied::Fault(FaultAnswer::Exception(e)) => Some(e),
            Applied::Fault(FaultAnswer::Silent) => None,
        }
    }
}

impl fmt::Display for Applied {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Applied::WriteFunctionRefused { accepted: WriteKind::Single } => f.write_str("quirk write-function single: only 05/06 accepted"),
            Applied::WriteFunctionRefused { accepted: WriteKind::Multiple } => f.write_str("quirk write-function multiple: only 15/16/23 accepted"),
            Applied::TooSoon { since_previous, min_pause, .. } => {
                write!(f, "quirk min-pause: {} ms after the previous request, {} ms required", since_previous.as_millis(), min_pause.as_millis())
            }
            Applied::Fault(_) => f.write_str("quirk fault injection"),
        }
    }
}

/// The quirks' state: when the last request was served, the fault generator.
#[derive(Debug)]
pub(crate) struct QuirkState {
    pub quirks: Quirks,
    inner: Mutex<(Option<Instant>, u64)>,
}

impl QuirkState {
    pub fn new(quirks: Quirks) -> QuirkState {
        let seed = quirks.seed;
        QuirkState { quirks, inner: Mutex::new((None, seed)) }
    }

    /// Decides whether a quirk answers this request instead of the device.
    pub fn check(&self, pdu: &[u8], now: Instant) -> Option<Applied> {
        let q = &self.quirks;
        let kind = pdu.first().copied().and_then(FunctionCode::from_code).and_then(FunctionCode::write_kind);
        if let (Some(accepted), Some(kind)) = (q.write_function, kind) {
            if kind != accepted {
                return Some(Applied::WriteFunctionRefused { accepted });
            }
        }
        let mut inner = self.inner.lock().unwrap_or_else(|p| p.into_inner());
        let (last, rng) = &mut *inner;
        if let (Some((min_pause, answer)), Some(previous)) = (q.min_pause, *last) {
            let since_previous = now.saturating_duration_since(previous);
            if since_previous < min_pause {
                return Some(Applied::TooSoon { since_previous, min_pause, answer });
            }
        }
        *last = Some(now);
        let faults = q.faults?;
        // splitmix64: small, seedable, good enough to pick a fraction of requests.
        *rng = rng.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = *rng;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^= z >> 31;
        let draw = (z >> 11) as f64 / (1u64 << 53) as f64;
        (draw < faults.fraction).then_some(Applied::Fault(faults.answer))
    }
}
