//! A derived struct as dispatch `Storage`: requests reach fields by storage slot,
//! an alias shares its target's slot, and a derived enum's values guard writes.

use modbus_map::dispatch::{DeviceMap, Entry, Exception, Storage};
use modbus_map::{ModbusEnum, ModbusMap};

#[derive(ModbusEnum, Debug, Clone, Copy, PartialEq)]
#[repr(i64)]
enum Power {
    Off = 0,
    On = 1,
    Unknown(i64),
}

#[derive(ModbusMap, Debug, PartialEq)]
struct Device {
    #[modbus(holding, address = 0, type = "u16")]
    power: Power,
    #[modbus(holding, address = 1)]
    setpoint: u16,
    #[modbus(holding, address = 100, alias_of = "holding.setpoint")]
    setpoint_legacy: u16,
    #[modbus(holding, address = 2, type = "u32")]
    counter: u32,
}

fn entry(address: u16) -> &'static Entry {
    entry_in(Device::dispatch_map(), address)
}

fn entry_in(map: &'static DeviceMap, address: u16) -> &'static Entry {
    map.entries()
        .map(|(_, e)| e)
        .find(|e| e.address == address)
        .unwrap_or_else(|| panic!("no entry at {address}"))
}

fn device() -> Device {
    Device { power: Power::Off, setpoint: 40, setpoint_legacy: 40, counter: 0x0001_0002 }
}

#[test]
fn fields_are_reached_by_slot() {
    let mut d = device();
    let mut one = [0u16; 1];
    Storage::read(&mut d, entry(1), &mut one).unwrap();
    assert_eq!(one, [40]);
    let mut two = [0u16; 2];
    Storage::read(&mut d, entry(2), &mut two).unwrap();
    assert_eq!(two, [1, 2]);
    Storage::write(&mut d, entry(2), &[0, 7]).unwrap();
    assert_eq!(d.counter, 7);
}

#[test]
fn an_alias_shares_its_targets_storage() {
    assert_eq!(entry(1).slot, entry(100).slot);
    let mut d = device();
    d.setpoint = 55;
    let mut one = [0u16; 1];
    Storage::read(&mut d, entry(100), &mut one).unwrap();
    assert_eq!(one, [55], "the alias address serves the target's value");
    Storage::write(&mut d, entry(100), &[60]).unwrap();
    assert_eq!((d.setpoint, d.setpoint_legacy), (60, 60));
    Storage::write(&mut d, entry(1), &[61]).unwrap();
    assert_eq!((d.setpoint, d.setpoint_legacy), (61, 61));
}

#[test]
fn a_derived_enums_values_guard_writes() {
    let mut d = device();
    Storage::write(&mut d, entry(0), &[1]).unwrap();
    assert_eq!(d.power, Power::On);
    assert_eq!(Storage::write(&mut d, entry(0), &[5]), Err(Exception::IllegalDataValue));
    assert_eq!(d.power, Power::On);
    // A value the device itself holds is served even if the enum does not name it.
    d.power = Power::Unknown(9);
    let mut one = [0u16; 1];
    Storage::read(&mut d, entry(0), &mut one).unwrap();
    assert_eq!(one, [9]);
}

/// An alias typed by a derived enum while its target is a plain integer: a write
/// either address takes changes both fields or, refused by the enum's values, neither.
#[derive(ModbusMap, Debug, PartialEq)]
struct Guarded {
    #[modbus(holding, address = 0)]
    power_raw: u16,
    #[modbus(holding, address = 10, type = "u16", alias_of = "holding.power_raw")]
    power: Power,
}

fn guarded_entry(address: u16) -> &'static Entry {
    entry_in(Guarded::dispatch_map(), address)
}

#[test]
fn a_slot_takes_a_write_in_every_field_or_in_none() {
    let mut g = Guarded { power_raw: 0, power: Power::Off };
    Storage::write(&mut g, guarded_entry(0), &[1]).unwrap();
    assert_eq!(g, Guarded { power_raw: 1, power: Power::On });
    assert_eq!(Storage::write(&mut g, guarded_entry(0), &[7]), Err(Exception::IllegalDataValue));
    assert_eq!(g, Guarded { power_raw: 1, power: Power::On }, "a refused write changes no field of the slot");
    let mut one = [0u16; 1];
    Storage::read(&mut g, guarded_entry(10), &mut one).unwrap();
    assert_eq!(one, [1], "the alias address serves the target's field");
}

/// Byte-swapped numbers on derived fields (the shared vectors' u16 `BA`, u32 `BADC`,
/// f32 `DCBA`); the struct's `byte_order` is the order of string characters only.
#[derive(ModbusMap, Debug, PartialEq)]
#[modbus(byte_order = "low_first")]
struct Swapped {
    #[modbus(holding, address = 0, byte_order = "low_first")]
    flow: u16,
    #[modbus(holding, address = 1, byte_order = "low_first")]
    counter: u32,
    #[modbus(holding, address = 3, word_order = "low_first", byte_order = "low_first")]
    power: f32,
    #[modbus(holding, address = 5)]
    plain: u32,
    #[modbus(holding, address = 7, length = 4)]
    label: String,
}

#[test]
fn byte_swapped_fields_serve_and_take_swapped_words() {
    use modbus_map::ByteOrder;
    assert_eq!(Swapped::COUNTER.byte_order, ByteOrder::LowFirst);
    assert_eq!(Swapped::PLAIN.byte_order, ByteOrder::HighFirst, "the struct's byte_order is for strings");
    assert_eq!(Swapped::LABEL.byte_order, ByteOrder::LowFirst);
    let map = Swapped::dispatch_map();
    let mut d = Swapped { flow: 0x1234, counter: 0x1234_5678, power: f32::from_bits(0x449A_522B), plain: 0x1234_5678, label: "ab".into() };
    let read = |d: &mut Swapped, address: u16, width: usize| {
        let mut words = vec![0u16; width];
        Storage::read(d, entry_in(map, address), &mut words).unwrap();
        words
    };
    assert_eq!(read(&mut d, 0, 1), [0x3412]);
    assert_eq!(read(&mut d, 1, 2), [0x3412, 0x7856]);
    assert_eq!(read(&mut d, 3, 2), [0x2B52, 0x9A44]);
    assert_eq!(read(&mut d, 5, 2), [0x1234, 0x5678]);
    assert_eq!(read(&mut d, 7, 2), [0x6261, 0]);
    Storage::write(&mut d, entry_in(map, 1), &[0x0100, 0]).unwrap();
    assert_eq!(d.counter, 0x0001_0000);
}

#[derive(ModbusEnum, Debug, Clone, Copy, PartialEq)]
#[repr(i64)]
enum Parity {
    None = 0,
    TwoStopBits = 3,
    Unknown(i64),
}

/// An enumeration on a float register (Eastron's f32 setting codes): served and taken
/// as the float equal to the value; other floats are refused and change nothing.
#[derive(ModbusMap, Debug, PartialEq)]
struct Meter {
    #[modbus(holding, address = 0x12, type = "f32", values(0 = "none", 3 = "two_stop_bits"), examples([0x4040, 0] = "two_stop_bits"))]
    parity: Parity,
}

#[test]
fn a_float_enumeration_field_serves_and_takes_whole_floats() {
    use modbus_map::dispatch::{Dispatcher, Reply};
    let dispatcher = Dispatcher::new(Meter::dispatch_map());
    let mut m = Meter { parity: Parity::TwoStopBits };
    let mut out = [0u8; 260];
    let reply = dispatcher.handle(&mut m, 1, &[3, 0, 0x12, 0, 2], &mut out);
    assert_eq!((reply, &out[..6]), (Reply::Response { len: 6 }, &[3, 4, 0x40, 0x40, 0, 0][..]), "3.0 is served as f32 0x40400000");
    let write = |x: f32| {
        let [a, b, c, d] = x.to_be_bytes();
        [16, 0, 0x12, 0, 2, 4, a, b, c, d]
    };
    assert_eq!(dispatcher.handle(&mut m, 1, &write(0.0), &mut out), Reply::Response { len: 5 });
    assert_eq!(m.parity, Parity::None);
    for refused in [2.5, 1.0] {
        let reply = dispatcher.handle(&mut m, 1, &write(refused), &mut out);
        assert_eq!(reply, Reply::Exception { function: 16, exception: Exception::IllegalDataValue }, "{refused} gets exception 03");
        assert_eq!(m.parity, Parity::None, "a refused write changes nothing");
    }
}

/// Victron's ESS mode: raw 2, 3 and 4 all mean self-consumption.
#[derive(ModbusEnum, Debug, Clone, Copy, PartialEq)]
#[repr(i64)]
enum EssMode {
    Optimized = 1,
    #[modbus(also = [3, 4])]
    SelfConsumption = 2,
    Unknown(i64),
}

#[derive(ModbusMap, Debug, PartialEq)]
struct Ess {
    #[modbus(holding, address = 2902, type = "u16")]
    mode: EssMode,
}

#[test]
fn a_derived_enum_gives_several_raw_values_one_variant() {
    use modbus_map::codec::ModbusEnum;
    assert_eq!(EssMode::from_raw(4), EssMode::SelfConsumption);
    assert_eq!(EssMode::SelfConsumption.to_raw(), 2, "the variant writes its first raw value");
    let raws: Vec<i64> = <EssMode as ModbusEnum>::VALUES.iter().map(|v| v.raw).collect();
    assert_eq!(raws, [1, 2, 3, 4]);
    let map = Ess::dispatch_map();
    let mut ess = Ess { mode: EssMode::Optimized };
    Storage::write(&mut ess, entry_in(map, 2902), &[3]).unwrap();
    assert_eq!(ess.mode, EssMode::SelfConsumption);
    assert_eq!(Storage::write(&mut ess, entry_in(map, 2902), &[5]), Err(Exception::IllegalDataValue));
    assert_eq!(ess.mode, EssMode::SelfConsumption);
}

/// Sentinels on a derived struct: the attribute on a field, and SunSpec's convention on
/// the struct for the others. A field of such a register is an `Option`; `None` is
/// served as the sentinel, and a write of the sentinel stores `None`.
#[derive(ModbusMap, Debug, PartialEq)]
#[modbus(sentinels = "sunspec")]
struct Inverter {
    #[modbus(input, address = 0, type = "u16", scale = 0.1, sentinel = 0xFFFF)]
    grid_voltage: Option<f64>,
    #[modbus(input, address = 1, sentinel(0x7FFF, -32768))]
    battery_power: Option<i16>,
    #[modbus(input, address = 2)]
    pv_power: Option<u32>,
    #[modbus(holding, address = 0, sentinel = "none")]
    model_id: u16,
}

#[test]
fn a_derived_sentinel_is_none_both_ways() {
    let map = Inverter::dispatch_map();
    let at = |table: modbus_map::Table, address: u16| {
        map.entries().map(|(_, e)| e).find(|e| e.descriptor.table == table && e.address == address).unwrap_or_else(|| panic!("no entry at {address}"))
    };
    let mut d = Inverter { grid_voltage: None, battery_power: Some(-5), pv_power: None, model_id: 0xFFFF };
    let mut one = [0u16; 1];
    Storage::read(&mut d, at(modbus_map::Table::Input, 0), &mut one).unwrap();
    assert_eq!(one, [0xFFFF], "None is served as the sentinel");
    let mut two = [0u16; 2];
    Storage::read(&mut d, at(modbus_map::Table::Input, 2), &mut two).unwrap();
    assert_eq!(two, [0xFFFF, 0xFFFF], "sentinels = sunspec: a u32's 0xFFFFFFFF");
    Storage::read(&mut d, at(modbus_map::Table::Holding, 0), &mut one).unwrap();
    assert_eq!(one, [0xFFFF], "sentinel = none: 0xFFFF is a number");
    Storage::write(&mut d, at(modbus_map::Table::Input, 1), &[0x8000]).unwrap();
    assert_eq!(d.battery_power, None);
    Storage::write(&mut d, at(modbus_map::Table::Input, 1), &[7]).unwrap();
    assert_eq!(d.battery_power, Some(7));
    assert_eq!(Inverter::BATTERY_POWER.sentinels, &[0x7FFF, 0x8000]);
}

/// The Deye SUN-12K generator-port power, its high word apart: two entries of one
/// field, the low word at 0x298 and the high word at 0x29C, read from the field's value.
#[derive(ModbusMap, Debug, PartialEq)]
struct Generator {
    #[modbus(holding, address = 0x298, high_word_at = 0x29C, type = "i32", unit = "W")]
    power: i32,
    #[modbus(holding, address = 0x299, type = "u16")]
    voltage: u16,
}

#[test]
fn a_field_whose_high_word_lies_apart_is_served_at_both_addresses() {
    use modbus_map::{Access, WordOrder};
    assert_eq!((Generator::POWER.high_word, Generator::POWER.access, Generator::POWER.word_order), (Some(0x29C), Access::Read, WordOrder::LowFirst));
    let map = Generator::dispatch_map();
    let mut d = Generator { power: -10, voltage: 2300 };
    let (low, high) = (entry_in(map, 0x298), entry_in(map, 0x29C));
    assert!(!low.is_high_word() && high.is_high_word());
    let mut one = [0u16; 1];
    Storage::read(&mut d, low, &mut one).unwrap();
    assert_eq!(one, [0xFFF6]);
    Storage::read(&mut d, high, &mut one).unwrap();
    assert_eq!(one, [0xFFFF]);
    let snapshot = d.to_snapshot(None).unwrap();
    assert_eq!(Generator::from_snapshot(&snapshot, Some(WordOrder::HighFirst)).unwrap(), d);
}

/// Converting aliases on a derived struct (Victron's 16/32-bit copies): the struct
/// serves through the same core dispatch, each alias field holds the one value in its
/// own type and scale, and a write through any address updates every field of it.
#[derive(ModbusMap, Debug, PartialEq)]
struct Battery {
    #[modbus(holding, address = 0)]
    power: i16,
    #[modbus(holding, address = 1, type = "i32", scale = 0.01, alias_of = "holding.power")]
    power_centi: f64,
    #[modbus(holding, address = 3, type = "u16", alias_of = "holding.power", alias_lossy = true)]
    charge_power: u16,
}

fn ask(b: &mut Battery, pdu: &[u8]) -> Result<Vec<u8>, u8> {
    use modbus_map::dispatch::{Dispatcher, Reply, MAX_PDU_LEN};
    let mut out = [0u8; MAX_PDU_LEN];
    match Dispatcher::new(Battery::dispatch_map()).handle(b, 1, pdu, &mut out) {
        Reply::Response { len } => Ok(out[..len].to_vec()),
        Reply::Exception { exception, .. } => Err(exception.code()),
        other => panic!("{other:?}"),
    }
}

#[test]
fn converting_alias_fields_hold_one_value_in_their_own_codecs() {
    assert!(entry_in(Battery::dispatch_map(), 1).target.is_some() && entry_in(Battery::dispatch_map(), 0).target.is_none());
    let mut b = Battery { power: 700, power_centi: 700.0, charge_power: 700 };
    assert_eq!(ask(&mut b, &[3, 0, 0, 0, 4]), Ok(vec![3, 8, 0x02, 0xBC, 0x00, 0x01, 0x11, 0x70, 0x02, 0xBC]), "700 W, 70000 centi-W, 700");
    // 1200 W written as 120000 centi-W.
    assert_eq!(ask(&mut b, &[16, 0, 1, 0, 2, 4, 0x00, 0x01, 0xD4, 0xC0]).map(|r| r[0]), Ok(16));
    assert_eq!(b, Battery { power: 1200, power_centi: 1200.0, charge_power: 1200 });
    // 1234.56 W: the target holds whole watts; -5 W: the unsigned field cannot hold it,
    // and the fields of one value always agree. Both refused, nothing changed.
    assert_eq!(ask(&mut b, &[16, 0, 1, 0, 2, 4, 0x00, 0x01, 0xE2, 0x40]), Err(3));
    assert_eq!(ask(&mut b, &[6, 0, 0, 0xFF, 0xFB]), Err(3));
    assert_eq!(b, Battery { power: 1200, power_centi: 1200.0, charge_power: 1200 });
    assert_eq!(ask(&mut b, &[6, 0, 3, 0x00, 0x2A]).map(|r| r[0]), Ok(6));
    assert_eq!(b, Battery { power: 42, power_centi: 42.0, charge_power: 42 });
}
