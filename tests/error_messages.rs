//! Every client error names the register and says what to do.

#![cfg(feature = "std")]

use modbus_map::codec::{DecodeError, EncodeError};
use modbus_map::plan::PlanError;
use modbus_map::{DataType, Error, Version};

#[test]
fn messages_name_the_register_and_the_remedy() {
    let cases: Vec<(Error, &[&str])> = vec![
        (
            Error::OutOfRange { register: "hc1.setpoint", value: 90.0, min: Some(10.0), max: Some(60.0) },
            &["hc1.setpoint", "90", "10 ..= 60", "nothing was sent"],
        ),
        (Error::NotWritable { register: "sensors.flow" }, &["sensors.flow", "read-only"]),
        (Error::NotReadable { register: "ctl.reset" }, &["ctl.reset", "write-only"]),
        (
            Error::NotInFirmware { register: "x.new", since: Version::new(4, 2, 0), firmware: Version::new(4, 1, 9) },
            &["x.new", "4.2.0", "4.1.9", "update the device"],
        ),
        (Error::SafetyWriteRefused { register: "dhw.legionella" }, &["dhw.legionella", "allow_safety_writes(true)"]),
        (Error::ShortResponse { address: 40, expected: 10, got: 4 }, &["40", "10", "4"]),
        (
            Error::Decode(DecodeError::TypeMismatch { register: "a.b", data_type: DataType::String, rust_type: "u16" }),
            &["a.b", "string", "u16", "engineering_type"],
        ),
        (Error::Encode(EncodeError::TooLong { register: "a.name", len: 12, max: 8 }), &["a.name", "12", "8", "shorten"]),
        (Error::Plan(PlanError::TooWide { index: 3, width: 130, limit: 125 }), &["#3", "130", "125", "read_limit"]),
    ];
    for (err, needles) in cases {
        let msg = err.to_string();
        for n in needles {
            assert!(msg.contains(n), "`{msg}` should mention `{n}`");
        }
    }
    // A range violation from the codec becomes the client's own variant.
    let from_codec = Error::from(EncodeError::OutOfRange { register: "r", value: 1.0, min: None, max: Some(0.0) });
    assert!(matches!(from_codec, Error::OutOfRange { register: "r", .. }), "{from_codec:?}");
    let other = Error::from(EncodeError::NotFinite { register: "r" });
    assert!(matches!(other, Error::Encode(EncodeError::NotFinite { .. })), "{other:?}");
}
