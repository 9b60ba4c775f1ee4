//! Dynamically typed values follow the same mapping and checks as typed code.

use modbus_map_core::codec::EncodeError;
use modbus_map_core::value::{decode_value, encode_value, Value};
use modbus_map_core::*;

fn desc(data_type: DataType, length: u16) -> RegisterDescriptor {
    RegisterDescriptor::new("b.v", Table::Holding, 0, data_type).with_length(length)
}

const HF: WordOrder = WordOrder::HighFirst;
const LF: WordOrder = WordOrder::LowFirst;

fn enc(d: &RegisterDescriptor, v: Value, order: WordOrder) -> Result<Vec<u16>, EncodeError> {
    let mut out = vec![0; usize::from(d.width)];
    encode_value(d, &v, order, &mut out).map(|()| out)
}

#[test]
fn decodes_to_the_engineering_type() {
    assert_eq!(decode_value(&desc(DataType::Bool, 0), &[1], HF), Ok(Value::Bool(true)));
    assert_eq!(decode_value(&desc(DataType::U32, 0), &[0x0001, 0x0000], LF), Ok(Value::Unsigned(1)));
    assert_eq!(decode_value(&desc(DataType::I16, 0), &[0xFFFF], HF), Ok(Value::Signed(-1)));
    assert_eq!(decode_value(&desc(DataType::F32, 0), &[0x3FC0, 0], HF), Ok(Value::Float(1.5)));
    let clivet = RegisterDescriptor { scale: 0.5, offset: -15.0, ..desc(DataType::U16, 0) };
    assert_eq!(decode_value(&clivet, &[73], HF), Ok(Value::Float(21.5)));
    assert_eq!(decode_value(&desc(DataType::String, 3), &[0x4869, 0x2100], HF), Ok(Value::Text("Hi!".into())));
    assert_eq!(decode_value(&desc(DataType::Raw, 2), &[7, 8], HF), Ok(Value::Raw(vec![7, 8])));
    assert_eq!(Value::Raw(vec![7, 0xABCD]).to_string(), "[0x0007, 0xabcd]");
    assert_eq!(Value::Text("a".into()).to_string(), "\"a\"");
}

static LISTED: [EnumValue; 2] = [EnumValue { raw: 0, name: "off" }, EnumValue { raw: 2, name: "eco" }];

#[test]
fn encodes_with_the_typed_checks() {
    let clivet = RegisterDescriptor { scale: 0.5, offset: -15.0, max: Some(60.0), ..desc(DataType::U16, 0) };
    assert_eq!(enc(&clivet, Value::Float(21.5), HF), Ok(vec![73]));
    assert_eq!(enc(&clivet, Value::Unsigned(20), HF), Ok(vec![70]), "an integer may go to a scaled register");
    assert!(matches!(enc(&clivet, Value::Float(61.0), HF), Err(EncodeError::OutOfRange { .. })));
    let u32d = desc(DataType::U32, 0);
    assert_eq!(enc(&u32d, Value::Unsigned(0x0001_0002), LF), Ok(vec![2, 1]));
    assert_eq!(enc(&u32d, Value::Float(3.0), HF), Ok(vec![0, 3]));
    assert!(matches!(enc(&u32d, Value::Signed(-1), HF), Err(EncodeError::NotRepresentable { .. })));
    assert!(matches!(enc(&u32d, Value::Text("1".into()), HF), Err(EncodeError::TypeMismatch { .. })));
    let mode = RegisterDescriptor { values: &LISTED, ..desc(DataType::U16, 0) };
    assert_eq!(enc(&mode, Value::Unsigned(2), HF), Ok(vec![2]));
    assert_eq!(enc(&mode, Value::Unsigned(1), HF), Err(EncodeError::NotAValue { register: "b.v", raw: 1 }));
    assert_eq!(enc(&mode, Value::Float(2.5), HF), Err(EncodeError::NotAValue { register: "b.v", raw: 2 }));
    assert_eq!(enc(&desc(DataType::Bool, 0), Value::Unsigned(1), HF), Ok(vec![1]));
    assert!(matches!(enc(&desc(DataType::Bool, 0), Value::Unsigned(2), HF), Err(EncodeError::TypeMismatch { .. })));
    assert_eq!(enc(&desc(DataType::String, 4), Value::Text("ab".into()), HF), Ok(vec![0x6162, 0]));
    assert!(matches!(enc(&desc(DataType::Raw, 2), Value::Raw(vec![1]), HF), Err(EncodeError::WrongLength { .. })));
}

#[test]
fn values_round_trip_through_registers() {
    let cases = [
        (desc(DataType::I64, 0), Value::Signed(i64::MIN)),
        (desc(DataType::U64, 0), Value::Unsigned(u64::MAX)),
        (desc(DataType::F64, 0), Value::Float(-0.125)),
        (RegisterDescriptor { scale: 0.1, ..desc(DataType::I32, 0) }, Value::Float(-5.5)),
        (desc(DataType::String, 5), Value::Text("hello".into())),
    ];
    for (d, v) in cases {
        for order in [HF, LF] {
            let words = enc(&d, v.clone(), order).unwrap();
            assert_eq!(decode_value(&d, &words, order), Ok(v.clone()), "{} {order:?}", d.data_type.as_str());
        }
    }
}
