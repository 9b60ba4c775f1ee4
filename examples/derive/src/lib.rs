//! `#[derive(ModbusMap)]` both ways.
//!
//! - [`Heater`]: the struct is the map; every register is described by attributes.
//! - [`Command`]: the map is a block of `specs/askoheat_plus.yaml`; the struct
//!   follows it and the build fails if a field is missing, extra or mistyped.
//!
//! Either struct is the storage of a server (`modbus_map::server::Server::new(T::dispatch_map(), value)`)
//! and reads or writes itself through a `DeviceClient` (`T::read`, `T::write_<field>`).

use modbus_map::{ModbusEnum, ModbusMap};

/// What the heater is doing: the values of its `mode` register, given once, here.
/// `#[derive(ModbusEnum)]` implements the enum trait and its values list; the
/// `mode` field below needs no `values(...)`.
#[derive(ModbusEnum, Debug, Clone, Copy, PartialEq, Eq)]
#[repr(i64)]
pub enum Mode {
    Off = 0,
    Heating = 1,
    Error = 2,
    /// A value this program does not know (a newer firmware); kept so it survives a round trip.
    Unknown(i64),
}

/// A water heater with an ASKOHEAT+-like map, written as a struct.
#[derive(ModbusMap, Debug, Clone, PartialEq)]
#[modbus(unit_id = 1, word_order = "high_first", vendor = "Example Inc.")]
pub struct Heater {
    /// Temperature of sensor 1
    #[modbus(input, address = 100, unit = "°C")]
    pub temp1: u16,
    /// Current heater load, sent by the device in 0.1 kW steps
    #[modbus(input, address = 110, scale = 0.1, unit = "kW")]
    pub load_kw: f64,
    /// Analog input 0-10 V
    #[modbus(input, address = 323, unit = "V")]
    pub analog_input: f32,
    /// Operating mode
    #[modbus(input, address = 330, type = "u8")]
    pub mode: Mode,
    /// Serial number
    #[modbus(holding, address = 300, length = 32, access = "r")]
    pub id: String,
    /// Load setpoint for automatic power selection
    #[modbus(holding, address = 319, access = "rw", min = 250, max = 30000, unit = "W")]
    pub load_setpoint: i16,
    /// The load setpoint at its legacy address: one value, two addresses (the server keeps
    /// it in `load_setpoint`'s storage; a write through either address updates both fields)
    #[modbus(holding, address = 400, access = "rw", min = 250, max = 30000, unit = "W", alias_of = "holding.load_setpoint")]
    pub load_setpoint_legacy: i16,
    /// Heater relays and the current power step, as named bits of one register
    #[modbus(input, address = 331, bits(0 = "heater1", 1 = "heater2", 2 = "heater3", "8-10" = "step"))]
    pub status: u16,
    /// Heating element relay
    #[modbus(coil, address = 5)]
    pub relay: bool,
}

/// The command block of the ASKOHEAT+ spec; fields are checked against it at compile time.
#[derive(ModbusMap, Debug, Clone, PartialEq)]
#[modbus(spec = "../../specs/askoheat_plus.yaml", block = "command")]
pub struct Command {
    pub set_heater_step: u8,
    pub load_setpoint_value: i16,
    /// Read as a float: any numeric register can be read as `f64`.
    pub load_feedin_value: f64,
}
