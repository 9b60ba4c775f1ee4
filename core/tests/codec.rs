//! Codec vectors computed by hand from the Modbus and IEEE 754 encodings.

use modbus_map_core::codec::*;
use modbus_map_core::*;
use proptest::prelude::*;

fn desc(data_type: DataType, length: u16) -> RegisterDescriptor {
    RegisterDescriptor::new("block.value", Table::Holding, 100, data_type).with_length(length)
}

fn scaled(data_type: DataType, scale: f64, offset: f64) -> RegisterDescriptor {
    RegisterDescriptor { scale, offset, ..desc(data_type, 0) }
}

const HF: WordOrder = WordOrder::HighFirst;
const LF: WordOrder = WordOrder::LowFirst;

fn enc<T: RegisterValue>(d: &RegisterDescriptor, v: T, order: WordOrder) -> Result<Vec<u16>, EncodeError> {
    encode_to_vec(&v, d, order)
}

#[test]
fn sixteen_bit_integers() {
    let d = desc(DataType::U16, 0);
    assert_eq!(u16::decode(&d, &[0x1234], HF), Ok(0x1234));
    assert_eq!(enc(&d, 0xBEEFu16, HF), Ok(vec![0xBEEF]));
    let d = desc(DataType::I16, 0);
    assert_eq!(i16::decode(&d, &[0xFFFE], HF), Ok(-2));
    assert_eq!(enc(&d, -32768i16, HF), Ok(vec![0x8000]));
}

#[test]
fn eight_bit_integers_live_in_the_low_byte() {
    let d = desc(DataType::U8, 0);
    assert_eq!(u8::decode(&d, &[0x00C8], HF), Ok(200));
    assert!(matches!(u8::decode(&d, &[0x0100], HF), Err(DecodeError::OutOfType { raw: 256, .. })));
    assert_eq!(enc(&d, 200u8, HF), Ok(vec![0x00C8]));
    let d = desc(DataType::I8, 0);
    assert_eq!(i8::decode(&d, &[0x00FB], HF), Ok(-5));
    assert_eq!(i8::decode(&d, &[0xFFFB], HF), Ok(-5), "sign-extended i8 is accepted too");
    assert!(matches!(i8::decode(&d, &[0x1234], HF), Err(DecodeError::OutOfType { .. })));
    assert_eq!(enc(&d, -5i8, HF), Ok(vec![0x00FB]));
}

#[test]
fn thirty_two_bit_values_in_both_word_orders() {
    let d = desc(DataType::U32, 0);
    assert_eq!(u32::decode(&d, &[0x1234, 0x5678], HF), Ok(0x1234_5678));
    assert_eq!(u32::decode(&d, &[0x5678, 0x1234], LF), Ok(0x1234_5678));
    assert_eq!(enc(&d, 0x1234_5678u32, LF), Ok(vec![0x5678, 0x1234]));
    let d = desc(DataType::I32, 0);
    // -100000 = 0xFFFE_7960
    assert_eq!(i32::decode(&d, &[0xFFFE, 0x7960], HF), Ok(-100_000));
    assert_eq!(enc(&d, -100_000i32, LF), Ok(vec![0x7960, 0xFFFE]));
    let d = desc(DataType::F32, 0);
    // 1.5 = 0x3FC0_0000, -2.25 = 0xC010_0000
    assert_eq!(f32::decode(&d, &[0x3FC0, 0x0000], HF), Ok(1.5));
    assert_eq!(f32::decode(&d, &[0x0000, 0xC010], LF), Ok(-2.25));
    assert_eq!(enc(&d, -2.25f32, HF), Ok(vec![0xC010, 0x0000]));
}

#[test]
fn sixty_four_bit_values_in_both_word_orders() {
    let d = desc(DataType::U64, 0);
    let words = [0x0102, 0x0304, 0x0506, 0x0708];
    assert_eq!(u64::decode(&d, &words, HF), Ok(0x0102_0304_0506_0708));
    assert_eq!(enc(&d, 0x0102_0304_0506_0708u64, LF), Ok(vec![0x0708, 0x0506, 0x0304, 0x0102]));
    let d = desc(DataType::I64, 0);
    assert_eq!(i64::decode(&d, &[0xFFFF, 0xFFFF, 0xFFFF, 0xFFFE], HF), Ok(-2));
    assert_eq!(enc(&d, i64::MIN, HF), Ok(vec![0x8000, 0, 0, 0]));
    let d = desc(DataType::F64, 0);
    // 1.0 = 0x3FF0_0000_0000_0000
    assert_eq!(f64::decode(&d, &[0x3FF0, 0, 0, 0], HF), Ok(1.0));
    assert_eq!(f64::decode(&d, &[0, 0, 0, 0x3FF0], LF), Ok(1.0));
    assert_eq!(enc(&d, 1.0f64, LF), Ok(vec![0, 0, 0, 0x3FF0]));
}

#[test]
fn bools_are_one_word_zero_or_one() {
    let d = desc(DataType::Bool, 0);
    assert_eq!(bool::decode(&d, &[1], HF), Ok(true));
    assert_eq!(bool::decode(&d, &[0], HF), Ok(false));
    assert_eq!(enc(&d, true, HF), Ok(vec![1]));
    let coil = RegisterDescriptor { table: Table::Coil, ..d };
    assert_eq!(enc(&coil, false, HF), Ok(vec![0]));
}

#[test]
fn strings_honor_byte_order_and_nul_padding() {
    let d = desc(DataType::String, 4);
    assert_eq!(d.width, 2);
    assert_eq!(String::decode(&d, &[0x4142, 0x4300], HF), Ok("ABC".to_owned()));
    assert_eq!(enc(&d, "ABC".to_owned(), HF), Ok(vec![0x4142, 0x4300]));
    let lf = RegisterDescriptor { byte_order: ByteOrder::LowFirst, ..d };
    assert_eq!(String::decode(&lf, &[0x4241, 0x0043], HF), Ok("ABC".to_owned()));
    assert_eq!(enc(&lf, "ABCD".to_owned(), HF), Ok(vec![0x4241, 0x4443]));
    // An odd length uses only the first byte of the last word.
    let odd = desc(DataType::String, 3);
    assert_eq!(String::decode(&odd, &[0x4142, 0x43FF], HF), Ok("ABC".to_owned()));
    assert_eq!(
        enc(&d, "ABCDE".to_owned(), HF),
        Err(EncodeError::TooLong { register: "block.value", len: 5, max: 4 })
    );
    assert!(matches!(String::decode(&d, &[0xFF41, 0], HF), Err(DecodeError::InvalidText { byte_offset: 0, .. })));
    let mut small = [0u8; 2];
    assert!(matches!(decode_str(&d, &[0x4142, 0], &mut small), Err(DecodeError::BufferTooSmall { needed: 4, .. })));
    let mut buf = [0u8; 4];
    assert_eq!(decode_str(&d, &[0x4F4B, 0], &mut buf), Ok("OK"));
}

#[test]
fn raw_registers_pass_through() {
    let d = desc(DataType::Raw, 3);
    assert_eq!(Vec::<u16>::decode(&d, &[1, 2, 3], HF), Ok(vec![1, 2, 3]));
    assert_eq!(Vec::<u16>::decode(&d, &[3, 2, 1], LF), Ok(vec![3, 2, 1]), "word order does not touch raw");
    assert!(matches!(enc(&d, vec![1u16, 2], HF), Err(EncodeError::WrongLength { expected: 3, got: 2, .. })));
}

#[test]
fn clivet_temperature_is_raw_two_t_plus_thirty() {
    // Clivet: raw = 2T + 30, i.e. T = raw * 0.5 - 15.
    let d = scaled(DataType::U16, 0.5, -15.0);
    assert_eq!(f64::decode(&d, &[73], HF), Ok(21.5));
    assert_eq!(f64::decode(&d, &[0], HF), Ok(-15.0));
    assert_eq!(enc(&d, 21.5f64, HF), Ok(vec![73]));
    // 21.3 -> raw 72.6 rounds to 73; 21.25 -> 72.5 rounds half away from zero to 73.
    assert_eq!(enc(&d, 21.3f64, HF), Ok(vec![73]));
    assert_eq!(enc(&d, 21.25f64, HF), Ok(vec![73]));
    // -15.5 needs raw -1, which u16 cannot hold.
    assert!(matches!(enc(&d, -15.5f64, HF), Err(EncodeError::NotRepresentable { .. })));
}

#[test]
fn tenths_on_signed_and_wide_registers() {
    let d = scaled(DataType::I16, 0.1, 0.0);
    assert_eq!(enc(&d, -12.3f64, HF), Ok(vec![0xFF85]));
    let v = f64::decode(&d, &[0xFF85], HF).unwrap();
    assert!((v - -12.3).abs() < 1e-9, "{v}");
    let d = RegisterDescriptor { word_order: LF, ..scaled(DataType::U32, 0.01, 0.0) };
    // 700000.00 -> raw 70_000_000 = 0x042C_1D80
    assert_eq!(enc(&d, 700_000.0f64, LF), Ok(vec![0x1D80, 0x042C]));
    let f = scaled(DataType::F32, 10.0, 0.0);
    assert_eq!(f64::decode(&f, &[0x3FC0, 0], HF), Ok(15.0));
    assert_eq!(enc(&f, 15.0f64, HF), Ok(vec![0x3FC0, 0]));
}

#[test]
fn range_violations_are_their_own_error() {
    let d = RegisterDescriptor { min: Some(10.0), max: Some(60.0), ..scaled(DataType::U16, 0.5, 0.0) };
    assert_eq!(enc(&d, 60.0f64, HF), Ok(vec![120]));
    assert_eq!(
        enc(&d, 60.5f64, HF),
        Err(EncodeError::OutOfRange { register: "block.value", value: 60.5, min: Some(10.0), max: Some(60.0) })
    );
    assert!(matches!(enc(&d, 9.0f64, HF), Err(EncodeError::OutOfRange { .. })));
    assert!(matches!(enc(&d, f64::NAN, HF), Err(EncodeError::OutOfRange { .. })));
    let msg = enc(&d, 61.0f64, HF).unwrap_err().to_string();
    assert!(msg.contains("block.value") && msg.contains("10 ..= 60"), "{msg}");
    // Integer engineering types are range-checked too.
    let i = RegisterDescriptor { min: Some(0.0), max: Some(3.0), ..desc(DataType::U16, 0) };
    assert!(matches!(enc(&i, 4u16, HF), Err(EncodeError::OutOfRange { .. })));
    // Without a range, the raw type decides.
    let u = scaled(DataType::U16, 0.1, 0.0);
    assert!(matches!(enc(&u, 6553.6f64, HF), Err(EncodeError::NotRepresentable { .. })));
    assert_eq!(enc(&u, 6553.5f64, HF), Ok(vec![0xFFFF]));
    assert!(matches!(enc(&u, f64::INFINITY, HF), Err(EncodeError::NotFinite { .. })));
    let w = desc(DataType::U16, 0);
    assert!(matches!(enc(&w, 70000.0f64, HF), Err(EncodeError::NotRepresentable { .. })));
}

#[test]
fn wrong_types_and_lengths_are_refused() {
    let d = scaled(DataType::U16, 0.1, 0.0);
    assert!(matches!(u16::decode(&d, &[1], HF), Err(DecodeError::TypeMismatch { rust_type: "u16", .. })));
    assert!(matches!(enc(&d, 1u16, HF), Err(EncodeError::TypeMismatch { .. })));
    let d = desc(DataType::U16, 0);
    assert!(matches!(bool::decode(&d, &[1], HF), Err(DecodeError::TypeMismatch { .. })));
    assert!(matches!(String::decode(&d, &[1], HF), Err(DecodeError::TypeMismatch { .. })));
    assert_eq!(u16::decode(&d, &[1, 2], HF), Err(DecodeError::WrongLength { register: "block.value", expected: 1, got: 2 }));
    assert!(matches!(0u16.encode(&d, HF, &mut []), Err(EncodeError::WrongLength { .. })));
    // A wider Rust integer may read a narrower register.
    assert_eq!(u32::decode(&d, &[0xFFFF], HF), Ok(65535));
    assert!(matches!(i8::decode(&d, &[0xFFFF], HF), Err(DecodeError::OutOfType { .. })));
}

#[derive(Debug, PartialEq)]
enum Mode {
    Off,
    On,
    Unknown(i64),
}

impl ModbusEnum for Mode {
    fn from_raw(raw: i64) -> Self {
        match raw {
            0 => Mode::Off,
            255 => Mode::On,
            other => Mode::Unknown(other),
        }
    }
    fn to_raw(&self) -> i64 {
        match self {
            Mode::Off => 0,
            Mode::On => 255,
            Mode::Unknown(raw) => *raw,
        }
    }
}
modbus_map_core::impl_register_value!(enum Mode);

#[derive(Debug, PartialEq)]
struct Flags(u64);
impl ModbusBits for Flags {
    fn from_raw(raw: u64) -> Self {
        Flags(raw)
    }
    fn to_raw(&self) -> u64 {
        self.0
    }
}
modbus_map_core::impl_register_value!(bits Flags);

static MODE_VALUES: [EnumValue; 2] = [EnumValue { raw: 0, name: "off" }, EnumValue { raw: 255, name: "on" }];

#[test]
fn enumerations_keep_unknown_values_but_write_only_listed_ones() {
    let d = RegisterDescriptor { values: &MODE_VALUES, ..desc(DataType::U16, 0) };
    assert_eq!(engineering_type(d.data_type, d.scale, d.offset, false, true, false), EngineeringType::Enum);
    assert_eq!(Mode::decode(&d, &[255], HF), Ok(Mode::On));
    assert_eq!(Mode::decode(&d, &[7], HF), Ok(Mode::Unknown(7)));
    assert_eq!(enc(&d, Mode::On, HF), Ok(vec![255]));
    assert_eq!(enc(&d, Mode::Unknown(7), HF), Err(EncodeError::NotAValue { register: "block.value", raw: 7 }));
    // Plain integer writes to an enumerated register are checked against the list too.
    assert!(matches!(enc(&d, 3u16, HF), Err(EncodeError::NotAValue { raw: 3, .. })));
    let s = RegisterDescriptor { values: &MODE_VALUES, ..desc(DataType::I16, 0) };
    assert_eq!(Mode::decode(&s, &[0xFFFF], HF), Ok(Mode::Unknown(-1)));
}

#[test]
fn float_enumerations_match_whole_numbers_exactly() {
    // Eastron meters hold settings such as parity as f32 codes: 0.0, 1.0, 255.0 here.
    let d = RegisterDescriptor { values: &MODE_VALUES, ..desc(DataType::F32, 0) };
    assert_eq!(engineering_type(d.data_type, d.scale, d.offset, false, true, false), EngineeringType::Enum);
    let words = |x: f32| [(x.to_bits() >> 16) as u16, x.to_bits() as u16];
    assert_eq!(Mode::decode(&d, &words(255.0), HF), Ok(Mode::On));
    assert_eq!(Mode::decode(&d, &words(-0.0), HF), Ok(Mode::Off), "-0.0 equals 0");
    assert_eq!(Mode::decode(&d, &words(7.0), HF), Ok(Mode::Unknown(7)), "an unnamed whole number is kept");
    for odd in [2.5f32, 255.00002, f32::NAN, f32::INFINITY] {
        assert!(
            matches!(Mode::decode(&d, &words(odd), HF), Err(DecodeError::NotAWholeNumber { register: "block.value", .. })),
            "{odd} names no value"
        );
    }
    assert_eq!(enc(&d, Mode::On, HF), Ok(words(255.0).to_vec()));
    assert_eq!(enc(&d, Mode::Unknown(7), HF), Err(EncodeError::NotAValue { register: "block.value", raw: 7 }));
    let d64 = RegisterDescriptor { values: &MODE_VALUES, ..desc(DataType::F64, 0) };
    let bits = 255f64.to_bits();
    assert_eq!(enc(&d64, Mode::On, LF), Ok(vec![bits as u16, (bits >> 16) as u16, (bits >> 32) as u16, (bits >> 48) as u16]));
    assert_eq!(Mode::decode(&d64, &[bits as u16, (bits >> 16) as u16, (bits >> 32) as u16, (bits >> 48) as u16], LF), Ok(Mode::On));
}

#[test]
fn flags_and_bit_fields() {
    let d = desc(DataType::U8, 0);
    assert_eq!(Flags::decode(&d, &[0x00A5], HF), Ok(Flags(0xA5)));
    assert_eq!(enc(&d, Flags(0x81), HF), Ok(vec![0x0081]));
    assert_eq!(enc(&d, Flags(0x100), HF), Err(EncodeError::BitsOutOfRange { register: "block.value", raw: 0x100, width_bits: 8 }));
    let i = desc(DataType::I16, 0);
    assert_eq!(Flags::decode(&i, &[0x8001], HF), Ok(Flags(0x8001)), "signed flags are not sign-extended");
    let d32 = desc(DataType::U32, 0);
    assert_eq!(Flags::decode(&d32, &[0x0001, 0x8000], LF), Ok(Flags(0x8000_0001)));

    let step = BitField { name: "step", lsb: 8, width: 3 };
    assert_eq!(step.mask(), 0x0700);
    assert_eq!(step.extract(0x0BFF), 0b011);
    assert_eq!(step.insert(0xFFFF, 0b101), Some(0xFDFF));
    assert_eq!(step.insert(0, 8), None, "8 needs four bits");
    let top = BitField { name: "top", lsb: 63, width: 1 };
    assert_eq!(top.extract(u64::MAX), 1);
    assert_eq!(top.insert(0, 1), Some(1 << 63));
}

#[test]
fn engineering_type_mapping() {
    use EngineeringType as E;
    let cases = [
        (DataType::Bool, 1.0, 0.0, E::Bool),
        (DataType::U8, 1.0, 0.0, E::U8),
        (DataType::I64, 1.0, 0.0, E::I64),
        (DataType::U16, 0.1, 0.0, E::F64),
        (DataType::U16, 1.0, -40.0, E::F64),
        (DataType::F32, 1.0, 0.0, E::F32),
        (DataType::F32, 0.5, 0.0, E::F64),
        (DataType::F64, 1.0, 0.0, E::F64),
        (DataType::String, 1.0, 0.0, E::String),
        (DataType::Raw, 1.0, 0.0, E::Raw),
    ];
    for (t, scale, offset, want) in cases {
        assert_eq!(engineering_type(t, scale, offset, false, false, false), want, "{t:?} scale {scale} offset {offset}");
    }
    assert_eq!(engineering_type(DataType::U16, 1.0, 0.0, false, false, true), E::Bits);
    assert_eq!(engineering_type(DataType::U16, 1.0, 0.0, false, true, true), E::Enum);
    // A scale factor register makes any integer fractional, even when sf is 0 right now.
    assert_eq!(engineering_type(DataType::I16, 1.0, 0.0, true, false, false), E::F64);
    assert_eq!(engineering_type(DataType::U32, 1.0, 0.0, true, false, false), E::F64);
    assert_eq!(E::U16.rust_type(), Some("u16"));
    assert_eq!(E::Enum.rust_type(), None);
}

fn integer_types() -> Vec<DataType> {
    DataType::ALL.into_iter().filter(|t| t.is_integer()).collect()
}

fn order() -> impl Strategy<Value = WordOrder> {
    prop_oneof![Just(WordOrder::HighFirst), Just(WordOrder::LowFirst)]
}

proptest! {
    #[test]
    fn integers_round_trip(t in prop::sample::select(integer_types()), bits in any::<u64>(), order in order()) {
        let d = desc(t, 0);
        let (lo, hi) = t.raw_range().unwrap();
        // Squeeze arbitrary bits into the type's range (exact via i128).
        let span = (hi as i128) - (lo as i128) + 1;
        let raw = (lo as i128) + (bits as i128).rem_euclid(span.min(i128::from(u64::MAX)));
        let mut words = vec![0; d.width as usize];
        encode_raw_int(&d, raw, order, &mut words).unwrap();
        prop_assert_eq!(decode_raw(&d, &words, order), Ok(RawNumber::Int(raw)));
        if t == DataType::I64 {
            let v = raw as i64;
            prop_assert_eq!(i64::decode(&d, &encode_to_vec(&v, &d, order).unwrap(), order), Ok(v));
        }
    }

    #[test]
    fn scaled_values_round_trip_within_half_a_step(raw in any::<i16>(), scale_tenths in 1u32..100, offset in -100i32..100, order in order()) {
        let d = scaled(DataType::I16, f64::from(scale_tenths) / 10.0, f64::from(offset));
        let value = f64::from(raw) * d.scale + d.offset;
        let words = encode_to_vec(&value, &d, order).unwrap();
        prop_assert_eq!(words, vec![raw as u16]);
        let back = f64::decode(&d, &[raw as u16], order).unwrap();
        prop_assert!((back - value).abs() <= d.scale / 2.0);
    }

    #[test]
    fn floats_round_trip(x in any::<f32>(), y in any::<f64>(), order in order()) {
        let d32 = desc(DataType::F32, 0);
        let got = f32::decode(&d32, &encode_to_vec(&x, &d32, order).unwrap(), order).unwrap();
        prop_assert!(got.to_bits() == x.to_bits() || (x.is_nan() && got.is_nan()));
        let d64 = desc(DataType::F64, 0);
        let got = f64::decode(&d64, &encode_to_vec(&y, &d64, order).unwrap(), order).unwrap();
        prop_assert!(got.to_bits() == y.to_bits() || (y.is_nan() && got.is_nan()));
    }

    #[test]
    fn strings_round_trip(s in "[ -~]{0,9}", length in 9u16..12, low_first in any::<bool>()) {
        let byte_order = if low_first { ByteOrder::LowFirst } else { ByteOrder::HighFirst };
        let d = RegisterDescriptor { byte_order, ..desc(DataType::String, length) };
        let words = encode_to_vec(&s.to_owned(), &d, HF).unwrap();
        prop_assert_eq!(String::decode(&d, &words, HF), Ok(s));
    }

    #[test]
    fn decoding_arbitrary_words_never_panics(words in prop::collection::vec(any::<u16>(), 0..6), t in prop::sample::select(DataType::ALL.to_vec()), length in 0u16..8) {
        let d = desc(t, length);
        let _ = f64::decode(&d, &words, HF);
        let _ = String::decode(&d, &words, LF);
        let _ = u64::decode(&d, &words, HF);
        let _ = bool::decode(&d, &words, HF);
        let _ = Vec::<u16>::decode(&d, &words, HF);
        let _ = Flags::decode(&d, &words, HF);
        let _ = Mode::decode(&d, &words, HF);
        // The outcome above may be an error; what matters is that a wrong length is always one.
        if words.len() != d.width as usize {
            prop_assert!(Vec::<u16>::decode(&d, &words, HF).is_err());
        }
    }
}

#[test]
fn inconsistent_hand_written_descriptors_do_not_panic() {
    // length says 10 bytes but width only 2 registers: the registers win.
    let d = RegisterDescriptor { width: 2, ..desc(DataType::String, 10) };
    assert_eq!(String::decode(&d, &[0x4142, 0x4344], HF), Ok("ABCD".to_owned()));
    assert_eq!(enc(&d, "ABCDE".to_owned(), HF), Err(EncodeError::TooLong { register: "block.value", len: 5, max: 4 }));
    let wide = RegisterDescriptor { width: 6, ..desc(DataType::U32, 0) };
    assert!(u32::decode(&wide, &[0; 6], HF).is_ok());
    assert!(encode_to_vec(&1u32, &wide, LF).is_ok());
}

proptest! {
    #[test]
    fn any_descriptor_and_words_give_a_value_or_an_error(
        t in prop::sample::select(DataType::ALL.to_vec()),
        width in 0u16..7,
        length in 0u16..16,
        words in prop::collection::vec(any::<u16>(), 0..7),
        x in any::<f64>(),
        scale in prop_oneof![Just(1.0), Just(0.1), Just(0.0), Just(-2.0), Just(1e-300)],
        order in order(),
    ) {
        let d = RegisterDescriptor { width, scale, ..desc(t, length) };
        let decoded = f64::decode(&d, &words, order);
        if words.len() != usize::from(width) {
            prop_assert!(decoded.is_err());
        }
        let _ = String::decode(&d, &words, order);
        let _ = Flags::decode(&d, &words, order);
        let mut out = vec![0u16; usize::from(width)];
        let _ = x.encode(&d, order, &mut out);
        let _ = "text".to_owned().encode(&d, order, &mut out);
        let _ = (x as i64).encode(&d, order, &mut out);
        let _ = Flags(x.to_bits()).encode(&d, order, &mut out);
    }
}

#[test]
fn a_scale_factor_register_is_applied_as_ten_to_the_sf() {
    use modbus_map_core::codec::{DecodeError, EncodeError};
    const W: RegisterDescriptor = RegisterDescriptor::new("inverter.W", Table::Holding, 40083, DataType::I16).with_scale_factor(40084);
    // Without the factor's value no number comes out, rather than a silently unscaled one.
    assert_eq!(f64::decode(&W, &[1234], WordOrder::HighFirst), Err(DecodeError::NeedsScaleFactor { register: "inverter.W", factor: 40084 }));
    assert_eq!(i16::decode(&W, &[1234], WordOrder::HighFirst).map_err(|e| matches!(e, DecodeError::TypeMismatch { .. })), Err(true));
    let mut out = [0u16];
    assert_eq!(2.0f64.encode(&W, WordOrder::HighFirst, &mut out), Err(EncodeError::NeedsScaleFactor { register: "inverter.W", factor: 40084 }));
    // sf = -1: 1234 → 123.4; sf = 2: 1234 → 123400; negative raw values stay signed.
    assert_eq!(f64::decode(&W.scaled_by(-1), &[1234], WordOrder::HighFirst), Ok(123.4));
    assert_eq!(f64::decode(&W.scaled_by(2), &[1234], WordOrder::HighFirst), Ok(123400.0));
    assert_eq!(f64::decode(&W.scaled_by(-2), &[(-1234i16) as u16], WordOrder::HighFirst), Ok(-12.34));
    assert_eq!(f64::decode(&W.scaled_by(0), &[7], WordOrder::HighFirst), Ok(7.0));
    // Encoding rounds to the factor's resolution and refuses what the raw type cannot hold.
    12.36f64.encode(&W.scaled_by(-1), WordOrder::HighFirst, &mut out).unwrap();
    assert_eq!(out, [124]);
    assert!(matches!(
        4000.0f64.encode(&W.scaled_by(-1), WordOrder::HighFirst, &mut out),
        Err(EncodeError::NotRepresentable { register: "inverter.W", .. })
    ));
    // An instance of a repeated block finds the factor of its own instance.
    let second = W.at("inverter2.W", 40183);
    assert_eq!(second.scale_factor, Some(40184));
    assert_eq!(modbus_map_core::pow10(-3), 0.001);
    assert_eq!(modbus_map_core::pow10(22), 1e22);
}

/// A Deye battery reports −10 °C: outside `min`/`max` (what a write may set) but a real
/// reading; a corrupted word (Growatt's −1.5 MW spikes) is outside the plausible range
/// and is refused with the value it read, never passed on.
#[test]
fn readings_outside_the_plausible_range_are_implausible_and_writes_keep_min_max() {
    let battery = RegisterDescriptor { min: Some(0.0), max: Some(50.0), ..scaled(DataType::I16, 0.1, 0.0) }.with_plausible(Some(-40.0), Some(90.0));
    assert_eq!(f64::decode(&battery, &[(-100i16) as u16], HF), Ok(-10.0), "below min, still plausible");
    assert!(matches!(enc(&battery, -10.0f64, HF), Err(EncodeError::OutOfRange { .. })), "writes still keep min/max");
    assert_eq!(
        f64::decode(&battery, &[(-1000i16) as u16], HF),
        Err(DecodeError::Implausible { register: "block.value", value: -100.0, min: Some(-40.0), max: Some(90.0) })
    );
    let power = desc(DataType::I32, 0).with_plausible(Some(-12_000.0), None);
    assert_eq!(i32::decode(&power, &[0xFFFF, 0xD8F0], HF), Ok(-10_000));
    let spike = i32::decode(&power, &[0xFFE9, 0x1CA0], HF);
    assert!(matches!(spike, Err(DecodeError::Implausible { value, .. }) if value == -1_500_000.0), "{spike:?}");
    assert!(spike.unwrap_err().to_string().contains("outside its plausible range -12000..=…"));
}

/// Sungrow and Huawei mark an unavailable reading with raw 0xFFFF (u16) or 0x7FFF/0x8000
/// (i16); SunSpec with its not-implemented values. Such a reading is "not available"
/// before scale and offset, never a number (6553.5 V).
#[test]
fn sentinels_decode_as_not_available_and_are_never_written_by_accident() {
    let voltage = scaled(DataType::U16, 0.5, 0.0).with_sentinels(&[0xFFFF]);
    assert_eq!(f64::decode(&voltage, &[0xFFFF], HF), Err(DecodeError::NotAvailable { register: "block.value", raw: 0xFFFF }));
    assert_eq!(Option::<f64>::decode(&voltage, &[0xFFFF], HF), Ok(None));
    assert_eq!(Option::<f64>::decode(&voltage, &[461], HF), Ok(Some(230.5)));
    // 32767.5 V is raw 0xFFFF: written, it would read back as not available.
    assert_eq!(enc(&voltage, 32767.5f64, HF), Err(EncodeError::IsSentinel { register: "block.value", raw: 0xFFFF }));
    assert_eq!(enc(&voltage, Some(230.5f64), HF), Ok(vec![461]));
    assert_eq!(enc(&voltage, None::<f64>, HF), Ok(vec![0xFFFF]), "None writes the sentinel, explicitly");
    assert_eq!(enc(&desc(DataType::U16, 0), None::<u16>, HF), Err(EncodeError::NoSentinel { register: "block.value" }));

    // Several sentinels, in the raw terms of a signed type.
    let power = desc(DataType::I16, 0).with_sentinels(&[0x7FFF, 0x8000]);
    assert_eq!(Option::<i16>::decode(&power, &[0x7FFF], HF), Ok(None));
    assert_eq!(Option::<i16>::decode(&power, &[0x8000], HF), Ok(None));
    assert_eq!(Option::<i16>::decode(&power, &[0x8001], HF), Ok(Some(-32767)));
    assert!(DecodeError::NotAvailable { register: "r", raw: 0x8000 }.to_string().contains("0x8000"));

    // A 32-bit sentinel is the whole value in word order.
    let energy = desc(DataType::U32, 0).with_sentinels(&[0xFFFF_FFFF]);
    assert_eq!(Option::<u32>::decode(&energy, &[0xFFFF, 0xFFFF], LF), Ok(None));
    assert_eq!(Option::<u32>::decode(&energy, &[0xFFFF, 0xFFFE], HF), Ok(Some(0xFFFF_FFFE)));

    // A float NaN sentinel stands for every NaN; SunSpec's is 0x7FC00000.
    const NAN: u64 = match DataType::F32.sunspec_sentinel() {
        Some(p) => p,
        None => panic!("f32 has a SunSpec sentinel"),
    };
    let flow = desc(DataType::F32, 0).with_sentinels(&[NAN]);
    assert_eq!(Option::<f32>::decode(&flow, &[0x7FC0, 0x0000], HF), Ok(None));
    assert_eq!(Option::<f32>::decode(&flow, &[0xFFC0, 0x0001], HF), Ok(None), "another NaN");
    assert_eq!(Option::<f32>::decode(&flow, &[0x3FC0, 0x0000], HF), Ok(Some(1.5)));

    // An enumeration and a bit register read not available too, not as Unknown(0xFFFF) or all bits set.
    let state = RegisterDescriptor { values: &[EnumValue { raw: 1, name: "off" }, EnumValue { raw: 4, name: "mppt" }], ..desc(DataType::U16, 0) }
        .with_sentinels(&[0xFFFF]);
    use modbus_map_core::value::{decode_value, Value};
    assert!(matches!(decode_value(&state, &[0xFFFF], HF), Err(DecodeError::NotAvailable { .. })));
    assert_eq!(decode_value(&state, &[4], HF), Ok(Value::Unsigned(4)));
    // A server holds "not available" as the device reports it: a write of the sentinel
    // passes its value rules (0xFFFF is no listed value), other unlisted values do not.
    assert_eq!(modbus_map_core::dispatch::check_value(&state, &[0xFFFF]), Ok(()));
    assert!(modbus_map_core::dispatch::check_value(&state, &[0xFFFE]).is_err());
    // An i8 sentinel matches its byte whether the word carries it zero- or sign-extended.
    let offset = desc(DataType::I8, 0).with_sentinels(&[0x80]);
    assert_eq!(Option::<i8>::decode(&offset, &[0x0080], HF), Ok(None));
    assert_eq!(Option::<i8>::decode(&offset, &[0xFF80], HF), Ok(None));
    assert_eq!(enc(&offset, -128i8, HF), Err(EncodeError::IsSentinel { register: "block.value", raw: 0x80 }));
}

/// SunSpec's not-implemented value of each type (`sentinels: sunspec`).
#[test]
fn sunspec_sentinels_per_type() {
    let table: Vec<(DataType, Option<u64>)> = DataType::ALL.iter().map(|&t| (t, t.sunspec_sentinel())).collect();
    assert_eq!(
        table,
        [
            (DataType::Bool, None),
            (DataType::U8, None),
            (DataType::I8, None),
            (DataType::U16, Some(0xFFFF)),
            (DataType::I16, Some(0x8000)),
            (DataType::U32, Some(0xFFFF_FFFF)),
            (DataType::I32, Some(0x8000_0000)),
            (DataType::U64, Some(u64::MAX)),
            (DataType::I64, Some(0x8000_0000_0000_0000)),
            (DataType::F32, Some(0x7FC0_0000)),
            (DataType::F64, Some(0x7FF8_0000_0000_0000)),
            (DataType::String, None),
            (DataType::Raw, None),
        ]
    );
    assert!(DataType::F32.is_nan(0x7FC0_0000) && !DataType::F32.is_nan(0x3FC0_0000) && !DataType::U32.is_nan(0x7FC0_0000));
}
