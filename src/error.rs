//! The client's error type. Modbus exceptions are not errors of this type: like
//! tokio-modbus, the client returns `Result<Result<T, ExceptionCode>, Error>`, so
//! the outer `?` handles local and transport failures and the inner one the
//! device's answer.

use core::fmt;
use modbus_map_core::codec::{DecodeError, EncodeError};
use modbus_map_core::plan::PlanError;
use modbus_map_core::Version;

/// Why a request was not made or did not complete. Every variant except
/// `Transport` and `ShortResponse` is detected before anything is sent.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// The connection failed or the response did not match the request.
    #[cfg(feature = "tokio")]
    Transport(tokio_modbus::Error),
    /// The value is outside the spec's `min`/`max` (engineering units).
    OutOfRange { register: &'static str, value: f64, min: Option<f64>, max: Option<f64> },
    /// The register is read-only (or lives in a read-only table).
    NotWritable { register: &'static str },
    /// The register is write-only.
    NotReadable { register: &'static str },
    /// The register appeared in firmware `since`; the device runs `firmware`.
    NotInFirmware { register: &'static str, since: Version, firmware: Version },
    /// A safety-relevant register and the client was not told to allow such writes.
    SafetyWriteRefused { register: &'static str },
    /// The device answered with fewer items than asked for.
    ShortResponse { address: u16, expected: u16, got: usize },
    /// A repeated block has instances `1..=count`; `instance` is not one of them.
    NoSuchInstance { block: &'static str, instance: u16, count: u16 },
    Decode(DecodeError),
    Encode(EncodeError),
    Plan(PlanError),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            #[cfg(feature = "tokio")]
            Error::Transport(e) => write!(f, "Modbus transport error: {e}; check the connection and the device's address"),
            Error::OutOfRange { register, value, min, max } => {
                // The codec's message already lists the allowed range.
                let e = EncodeError::OutOfRange { register, value: *value, min: *min, max: *max };
                write!(f, "{e}")
            }
            Error::NotWritable { register } => {
                write!(f, "register `{register}` is read-only; nothing was sent")
            }
            Error::NotReadable { register } => {
                write!(f, "register `{register}` is write-only; nothing was sent")
            }
            Error::NotInFirmware { register, since, firmware } => write!(
                f,
                "register `{register}` exists from firmware {since} on but the device runs {firmware}; update the device or leave the register out (nothing was sent)"
            ),
            Error::SafetyWriteRefused { register } => write!(
                f,
                "register `{register}` is safety-relevant; call `allow_safety_writes(true)` on the client to write it (nothing was sent)"
            ),
            Error::ShortResponse { address, expected, got } => write!(
                f,
                "the device returned {got} item(s) for a read of {expected} at address {address}; the device or a gateway truncated the response"
            ),
            Error::NoSuchInstance { block, instance, count } => write!(
                f,
                "block `{block}` has instances 1 to {count}, not {instance}; nothing was sent"
            ),
            Error::Decode(e) => write!(f, "{e}"),
            Error::Encode(e) => write!(f, "{e}"),
            Error::Plan(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            #[cfg(feature = "tokio")]
            Error::Transport(e) => Some(e),
            Error::Decode(e) => Some(e),
            Error::Encode(e) => Some(e),
            Error::Plan(e) => Some(e),
            _ => None,
        }
    }
}

#[cfg(feature = "tokio")]
impl From<tokio_modbus::Error> for Error {
    fn from(e: tokio_modbus::Error) -> Self {
        Error::Transport(e)
    }
}

impl From<DecodeError> for Error {
    fn from(e: DecodeError) -> Self {
        Error::Decode(e)
    }
}

impl From<EncodeError> for Error {
    /// A range violation becomes [`Error::OutOfRange`]; everything else stays an encode error.
    fn from(e: EncodeError) -> Self {
        match e {
            EncodeError::OutOfRange { register, value, min, max } => Error::OutOfRange { register, value, min, max },
            other => Error::Encode(other),
        }
    }
}

impl From<PlanError> for Error {
    fn from(e: PlanError) -> Self {
        Error::Plan(e)
    }
}
