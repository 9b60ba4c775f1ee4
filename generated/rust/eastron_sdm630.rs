// @generated from specs/eastron_sdm630.yaml by `cargo xtask gen`.
// Do not edit: change the spec and run the command again.

/// Eastron SDM630 energy meter
///
/// Three-phase energy meter; float registers, settings written with function 16 only.
///
/// - vendor: Eastron
/// - unit id: 1
/// - word order: high_first, string byte order: high_first
/// - spec: `specs/eastron_sdm630.yaml`
#[allow(
    clippy::all,
    clippy::pedantic,
    unused_imports,
    dead_code,
    non_camel_case_types,
    non_snake_case
)]
pub mod eastron_sdm630 {
    use ::modbus_map::__private as mm;
    /// Device name as in the spec.
    pub const NAME: &str = "eastron_sdm630";
    /// Default unit id (server address).
    pub const UNIT: u8 = 1;
    /// Word order of 32/64-bit values unless a register says otherwise.
    pub const WORD_ORDER: mm::WordOrder = mm::WordOrder::HighFirst;
    /// The spec names no firmware version.
    pub const FIRMWARE: ::core::option::Option<mm::Version> = ::core::option::Option::None;
    /// Limits the read planner honours for this device.
    pub const LIMITS: mm::PlanLimits = mm::PlanLimits {
        read_limit: 125,
        max_gap: 0,
        values_per_read: ::core::option::Option::None,
    };
    /// Every register of the device, block by block in spec order, instance by instance.
    pub static REGISTERS: [mm::RegisterDescriptor; 40] = descriptors::ALL;
    #[allow(non_upper_case_globals)]
    mod descriptors {
        use super::mm::{
            self, Access::*, ByteOrder, DataType::*, RegisterDescriptor as D, Table::*,
            WordOrder,
        };
        pub const ALL: [D; 40] = D::table(
            &[
                &[
                    Shape0.at("measurements.l1_voltage", 0),
                    Shape0.at("measurements.l2_voltage", 2),
                    Shape0.at("measurements.l3_voltage", 4),
                    Shape1.at("measurements.l1_current", 6),
                    Shape1.at("measurements.l2_current", 8),
                    Shape1.at("measurements.l3_current", 10),
                    Shape2.at("measurements.l1_power", 12),
                    Shape2.at("measurements.l2_power", 14),
                    Shape2.at("measurements.l3_power", 16),
                    Shape3.at("measurements.l1_apparent_power", 18),
                    Shape3.at("measurements.l2_apparent_power", 20),
                    Shape3.at("measurements.l3_apparent_power", 22),
                    Shape4.at("measurements.l1_reactive_power", 24),
                    Shape4.at("measurements.l2_reactive_power", 26),
                    Shape4.at("measurements.l3_reactive_power", 28),
                    Shape5.at("measurements.l1_power_factor", 30),
                    Shape5.at("measurements.l2_power_factor", 32),
                    Shape5.at("measurements.l3_power_factor", 34),
                    Shape0.at("measurements.average_voltage", 42),
                    Shape1.at("measurements.average_current", 46),
                    Shape1.at("measurements.current_sum", 48),
                    Shape2.at("measurements.total_power", 52),
                    Shape3.at("measurements.total_apparent_power", 56),
                    Shape4.at("measurements.total_reactive_power", 60),
                    Shape5.at("measurements.total_power_factor", 62),
                    D::new("measurements.frequency", Input, 70, F32)
                        .with_plausible(Some(45.0), Some(65.0))
                        .with_unit("Hz"),
                    Shape6.at("measurements.import_energy", 72),
                    Shape6.at("measurements.export_energy", 74),
                    Shape7.at("measurements.import_reactive_energy", 76),
                    Shape7.at("measurements.export_reactive_energy", 78),
                    Shape6.at("measurements.total_energy", 342),
                    Shape7.at("measurements.total_reactive_energy", 344),
                ],
                &[
                    D::new("settings.demand_period", Holding, 2, F32)
                        .with_range(0.0, 60.0)
                        .with_unit("min"),
                    D::new("settings.system_type", Holding, 10, F32)
                        .with_values(super::SettingsSystemType::VALUES),
                    D::new("settings.pulse1_width", Holding, 12, F32)
                        .with_range(60.0, 200.0)
                        .with_unit("ms"),
                    D::new("settings.parity_stop", Holding, 18, F32)
                        .with_values(super::SettingsParityStop::VALUES),
                    D::new("settings.node", Holding, 20, F32).with_range(1.0, 247.0),
                    D::new("settings.baud_rate", Holding, 28, F32)
                        .with_values(super::SettingsBaudRate::VALUES),
                    D::new("settings.pulse1_energy_type", Holding, 86, F32)
                        .with_values(super::SettingsPulse1EnergyType::VALUES),
                    D::new("settings.serial_number", Holding, 64512, U32).with_access(Read),
                ],
            ],
        );
        /// Shared by 4 registers, each at its own name and address (`Shape0.at(name, address)`).
        const Shape0: D = D::new("", Input, 0, F32).with_unit("V");
        /// Shared by 5 registers, each at its own name and address (`Shape1.at(name, address)`).
        const Shape1: D = D::new("", Input, 0, F32).with_unit("A");
        /// Shared by 4 registers, each at its own name and address (`Shape2.at(name, address)`).
        const Shape2: D = D::new("", Input, 0, F32).with_unit("W");
        /// Shared by 4 registers, each at its own name and address (`Shape3.at(name, address)`).
        const Shape3: D = D::new("", Input, 0, F32).with_unit("VA");
        /// Shared by 4 registers, each at its own name and address (`Shape4.at(name, address)`).
        const Shape4: D = D::new("", Input, 0, F32).with_unit("var");
        /// Shared by 4 registers, each at its own name and address (`Shape5.at(name, address)`).
        const Shape5: D = D::new("", Input, 0, F32).with_plausible(Some(-1.0), Some(1.0));
        /// Shared by 3 registers, each at its own name and address (`Shape6.at(name, address)`).
        const Shape6: D = D::new("", Input, 0, F32).with_unit("kWh");
        /// Shared by 3 registers, each at its own name and address (`Shape7.at(name, address)`).
        const Shape7: D = D::new("", Input, 0, F32).with_unit("kvarh");
    }
    /// `measurements.l1_voltage`: input 0.
    pub const MEASUREMENTS_L1_VOLTAGE: mm::RegisterDescriptor = descriptors::ALL[0];
    /// `measurements.l2_voltage`: input 2.
    pub const MEASUREMENTS_L2_VOLTAGE: mm::RegisterDescriptor = descriptors::ALL[1];
    /// `measurements.l3_voltage`: input 4.
    pub const MEASUREMENTS_L3_VOLTAGE: mm::RegisterDescriptor = descriptors::ALL[2];
    /// `measurements.l1_current`: input 6.
    pub const MEASUREMENTS_L1_CURRENT: mm::RegisterDescriptor = descriptors::ALL[3];
    /// `measurements.l2_current`: input 8.
    pub const MEASUREMENTS_L2_CURRENT: mm::RegisterDescriptor = descriptors::ALL[4];
    /// `measurements.l3_current`: input 10.
    pub const MEASUREMENTS_L3_CURRENT: mm::RegisterDescriptor = descriptors::ALL[5];
    /// `measurements.l1_power`: input 12.
    pub const MEASUREMENTS_L1_POWER: mm::RegisterDescriptor = descriptors::ALL[6];
    /// `measurements.l2_power`: input 14.
    pub const MEASUREMENTS_L2_POWER: mm::RegisterDescriptor = descriptors::ALL[7];
    /// `measurements.l3_power`: input 16.
    pub const MEASUREMENTS_L3_POWER: mm::RegisterDescriptor = descriptors::ALL[8];
    /// `measurements.l1_apparent_power`: input 18.
    pub const MEASUREMENTS_L1_APPARENT_POWER: mm::RegisterDescriptor = descriptors::ALL[9];
    /// `measurements.l2_apparent_power`: input 20.
    pub const MEASUREMENTS_L2_APPARENT_POWER: mm::RegisterDescriptor = descriptors::ALL[10];
    /// `measurements.l3_apparent_power`: input 22.
    pub const MEASUREMENTS_L3_APPARENT_POWER: mm::RegisterDescriptor = descriptors::ALL[11];
    /// `measurements.l1_reactive_power`: input 24.
    pub const MEASUREMENTS_L1_REACTIVE_POWER: mm::RegisterDescriptor = descriptors::ALL[12];
    /// `measurements.l2_reactive_power`: input 26.
    pub const MEASUREMENTS_L2_REACTIVE_POWER: mm::RegisterDescriptor = descriptors::ALL[13];
    /// `measurements.l3_reactive_power`: input 28.
    pub const MEASUREMENTS_L3_REACTIVE_POWER: mm::RegisterDescriptor = descriptors::ALL[14];
    /// `measurements.l1_power_factor`: input 30.
    pub const MEASUREMENTS_L1_POWER_FACTOR: mm::RegisterDescriptor = descriptors::ALL[15];
    /// `measurements.l2_power_factor`: input 32.
    pub const MEASUREMENTS_L2_POWER_FACTOR: mm::RegisterDescriptor = descriptors::ALL[16];
    /// `measurements.l3_power_factor`: input 34.
    pub const MEASUREMENTS_L3_POWER_FACTOR: mm::RegisterDescriptor = descriptors::ALL[17];
    /// `measurements.average_voltage`: input 42.
    pub const MEASUREMENTS_AVERAGE_VOLTAGE: mm::RegisterDescriptor = descriptors::ALL[18];
    /// `measurements.average_current`: input 46.
    pub const MEASUREMENTS_AVERAGE_CURRENT: mm::RegisterDescriptor = descriptors::ALL[19];
    /// `measurements.current_sum`: input 48.
    pub const MEASUREMENTS_CURRENT_SUM: mm::RegisterDescriptor = descriptors::ALL[20];
    /// `measurements.total_power`: input 52.
    pub const MEASUREMENTS_TOTAL_POWER: mm::RegisterDescriptor = descriptors::ALL[21];
    /// `measurements.total_apparent_power`: input 56.
    pub const MEASUREMENTS_TOTAL_APPARENT_POWER: mm::RegisterDescriptor = descriptors::ALL[22];
    /// `measurements.total_reactive_power`: input 60.
    pub const MEASUREMENTS_TOTAL_REACTIVE_POWER: mm::RegisterDescriptor = descriptors::ALL[23];
    /// `measurements.total_power_factor`: input 62.
    pub const MEASUREMENTS_TOTAL_POWER_FACTOR: mm::RegisterDescriptor = descriptors::ALL[24];
    /// `measurements.frequency`: input 70.
    pub const MEASUREMENTS_FREQUENCY: mm::RegisterDescriptor = descriptors::ALL[25];
    /// `measurements.import_energy`: input 72.
    pub const MEASUREMENTS_IMPORT_ENERGY: mm::RegisterDescriptor = descriptors::ALL[26];
    /// `measurements.export_energy`: input 74.
    pub const MEASUREMENTS_EXPORT_ENERGY: mm::RegisterDescriptor = descriptors::ALL[27];
    /// `measurements.import_reactive_energy`: input 76.
    pub const MEASUREMENTS_IMPORT_REACTIVE_ENERGY: mm::RegisterDescriptor = descriptors::ALL[28];
    /// `measurements.export_reactive_energy`: input 78.
    pub const MEASUREMENTS_EXPORT_REACTIVE_ENERGY: mm::RegisterDescriptor = descriptors::ALL[29];
    /// `measurements.total_energy`: input 342.
    pub const MEASUREMENTS_TOTAL_ENERGY: mm::RegisterDescriptor = descriptors::ALL[30];
    /// `measurements.total_reactive_energy`: input 344.
    pub const MEASUREMENTS_TOTAL_REACTIVE_ENERGY: mm::RegisterDescriptor = descriptors::ALL[31];
    /// `settings.demand_period`: holding 2.
    pub const SETTINGS_DEMAND_PERIOD: mm::RegisterDescriptor = descriptors::ALL[32];
    /// `settings.system_type`: holding 10.
    pub const SETTINGS_SYSTEM_TYPE: mm::RegisterDescriptor = descriptors::ALL[33];
    /// `settings.pulse1_width`: holding 12.
    pub const SETTINGS_PULSE1_WIDTH: mm::RegisterDescriptor = descriptors::ALL[34];
    /// `settings.parity_stop`: holding 18.
    pub const SETTINGS_PARITY_STOP: mm::RegisterDescriptor = descriptors::ALL[35];
    /// `settings.node`: holding 20.
    pub const SETTINGS_NODE: mm::RegisterDescriptor = descriptors::ALL[36];
    /// `settings.baud_rate`: holding 28.
    pub const SETTINGS_BAUD_RATE: mm::RegisterDescriptor = descriptors::ALL[37];
    /// `settings.pulse1_energy_type`: holding 86.
    pub const SETTINGS_PULSE1_ENERGY_TYPE: mm::RegisterDescriptor = descriptors::ALL[38];
    /// `settings.serial_number`: holding 64512.
    pub const SETTINGS_SERIAL_NUMBER: mm::RegisterDescriptor = descriptors::ALL[39];
    /// The spec's examples hold both ways through the codec (what `lint` checks).
    #[cfg(test)]
    #[test]
    fn spec_examples_hold() {
        use mm::modbus_map_core::value::{check_example, Value as V};
        let examples: &[(usize, &[u16], V)] = &[
            (0, &[0x4366, 0x8000], V::Float(230.5)),
            (0, &[0x4366, 0x199A], V::Float(230.1)),
            (37, &[0x4000, 0x0000], V::Unsigned(2)),
            (37, &[0x4080, 0x0000], V::Unsigned(4)),
        ];
        for (k, words, value) in examples {
            if let ::core::result::Result::Err(e) = check_example(
                &REGISTERS[*k],
                words,
                value,
            ) {
                ::core::panic!(
                    "`{}` example {:?} = {}: {}", REGISTERS[* k].name, words, value, e
                );
            }
        }
    }
    /// Values of `settings.system_type`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum SettingsSystemType {
        /// `1P2W` (raw 1).
        _1p2w,
        /// `3P3W` (raw 2).
        _3p3w,
        /// `3P4W` (raw 3).
        _3p4w,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    mm::impl_modbus_enum!(
        SettingsSystemType { _1p2w = 1 => "1P2W", _3p3w = 2 => "3P3W", _3p4w = 3 => "3P4W" }
        Unknown
    );
    /// Values of `settings.parity_stop`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum SettingsParityStop {
        /// `none_one_stop_bit` (raw 0).
        NoneOneStopBit,
        /// `even_one_stop_bit` (raw 1).
        EvenOneStopBit,
        /// `odd_one_stop_bit` (raw 2).
        OddOneStopBit,
        /// `none_two_stop_bits` (raw 3).
        NoneTwoStopBits,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    mm::impl_modbus_enum!(
        SettingsParityStop { NoneOneStopBit = 0 => "none_one_stop_bit", EvenOneStopBit = 1 =>
        "even_one_stop_bit", OddOneStopBit = 2 => "odd_one_stop_bit", NoneTwoStopBits = 3 =>
        "none_two_stop_bits" } Unknown
    );
    /// Values of `settings.baud_rate`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum SettingsBaudRate {
        /// `baud_2400` (raw 0).
        Baud2400,
        /// `baud_4800` (raw 1).
        Baud4800,
        /// `baud_9600` (raw 2).
        Baud9600,
        /// `baud_19200` (raw 3).
        Baud19200,
        /// `baud_38400` (raw 4).
        Baud38400,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    mm::impl_modbus_enum!(
        SettingsBaudRate { Baud2400 = 0 => "baud_2400", Baud4800 = 1 => "baud_4800", Baud9600
        = 2 => "baud_9600", Baud19200 = 3 => "baud_19200", Baud38400 = 4 => "baud_38400" }
        Unknown
    );
    /// Values of `settings.pulse1_energy_type`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum SettingsPulse1EnergyType {
        /// `import_active` (raw 1).
        ImportActive,
        /// `total_active` (raw 2).
        TotalActive,
        /// `export_active` (raw 4).
        ExportActive,
        /// `import_reactive` (raw 5).
        ImportReactive,
        /// `total_reactive` (raw 6).
        TotalReactive,
        /// `export_reactive` (raw 8).
        ExportReactive,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    mm::impl_modbus_enum!(
        SettingsPulse1EnergyType { ImportActive = 1 => "import_active", TotalActive = 2 =>
        "total_active", ExportActive = 4 => "export_active", ImportReactive = 5 =>
        "import_reactive", TotalReactive = 6 => "total_reactive", ExportReactive = 8 =>
        "export_reactive" } Unknown
    );
    /// Slave dispatch tables: serve this device with `modbus_map::server` or the `no_std` dispatch core.
    pub mod dispatch {
        use ::modbus_map::__private::dispatch::{
            self, DeviceMap, Entry, GapRange, TableMap, UnitMap,
        };
        static UNIT_1_INPUT: [Entry; 32] = Entry::runs(&super::REGISTERS, &[(0, 32, 0)]);
        static UNIT_1_INPUT_INDEX: [u16; 346] = [
            0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12,
            13, 13, 14, 14, 15, 15, 16, 16, 17, 17, 18, 18, 18, 18, 18, 18, 18, 18, 19, 19,
            19, 19, 20, 20, 21, 21, 21, 21, 22, 22, 22, 22, 23, 23, 23, 23, 24, 24, 25, 25,
            25, 25, 25, 25, 25, 25, 26, 26, 27, 27, 28, 28, 29, 29, 30, 30, 30, 30, 30, 30,
            30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
            30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
            30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
            30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
            30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
            30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
            30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
            30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
            30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
            30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
            30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
            30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
            30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 31, 31,
            32,
        ];
        static UNIT_1_HOLDING: [Entry; 8] = Entry::runs(&super::REGISTERS, &[(32, 8, 64)]);
        static UNITS: [UnitMap; 1] = [
            UnitMap {
                unit_id: 1,
                coils: TableMap {
                    entries: &[],
                    allow_gaps: false,
                    gap_ranges: &[],
                    index_base: 0,
                    index: &[],
                },
                discrete_inputs: TableMap {
                    entries: &[],
                    allow_gaps: false,
                    gap_ranges: &[],
                    index_base: 0,
                    index: &[],
                },
                input_registers: TableMap {
                    entries: &UNIT_1_INPUT,
                    allow_gaps: false,
                    gap_ranges: &[],
                    index_base: 0,
                    index: &UNIT_1_INPUT_INDEX,
                },
                holding_registers: TableMap {
                    entries: &UNIT_1_HOLDING,
                    allow_gaps: false,
                    gap_ranges: &[],
                    index_base: 0,
                    index: &[],
                },
                values_per_read: 0,
            },
        ];
        /// Initial storage words (spec defaults, start values where there is none), indexed by slot.
        pub static DEFAULTS: [u16; 80] = dispatch::words(
            &[
                (0, &[17254, 6554, 17253, 52429, 17255, 26214, 16520]),
                (8, &[16320]),
                (10, &[16192]),
                (12, &[17517, 32768, 17317]),
                (16, &[17184]),
                (18, &[17524, 32768, 17324, 22938, 17197, 32768, 49696]),
                (26, &[16704]),
                (28, &[16544]),
                (
                    30,
                    &[
                        16248, 20972, 16245, 49807, 16235, 34079, 17254, 26214, 16394, 57672,
                        16592,
                    ],
                ),
                (42, &[17588]),
                (44, &[17595, 1638, 49592]),
                (48, &[16245, 49807, 16968, 5243, 17598, 27853, 17070, 32768, 17137]),
                (58, &[16900]),
                (60, &[17609, 21709, 17177, 32768, 17008]),
                (66, &[16448]),
                (68, &[17096]),
                (72, &[16256]),
                (74, &[16384]),
                (76, &[16512]),
                (78, &[291, 49147]),
            ],
        );
        /// The device's whole map, for `modbus_map::dispatch::Dispatcher::new(&MAP)`.
        pub static MAP: DeviceMap = DeviceMap {
            name: "eastron_sdm630",
            default_unit: 1,
            units: &UNITS,
            defaults: &DEFAULTS,
            word_order_coil: ::core::option::Option::None,
        };
    }
    mm::tokio_client! {
        /// Instantaneous values and energy counters (30001 …)
        #[derive(Debug, Clone, PartialEq)]
        pub struct Measurements {
            /// `measurements.l1_voltage`: Phase 1 line to neutral volts (V)
            pub l1_voltage: f32,
            /// `measurements.l2_voltage`: Phase 2 line to neutral volts (V)
            pub l2_voltage: f32,
            /// `measurements.l3_voltage`: Phase 3 line to neutral volts (V)
            pub l3_voltage: f32,
            /// `measurements.l1_current`: Phase 1 current (A)
            pub l1_current: f32,
            /// `measurements.l2_current`: Phase 2 current (A)
            pub l2_current: f32,
            /// `measurements.l3_current`: Phase 3 current (A)
            pub l3_current: f32,
            /// `measurements.l1_power`: Phase 1 power (W)
            pub l1_power: f32,
            /// `measurements.l2_power`: Phase 2 power (W)
            pub l2_power: f32,
            /// `measurements.l3_power`: Phase 3 power (W)
            pub l3_power: f32,
            /// `measurements.l1_apparent_power`: Phase 1 volt amps (VA)
            pub l1_apparent_power: f32,
            /// `measurements.l2_apparent_power`: Phase 2 volt amps (VA)
            pub l2_apparent_power: f32,
            /// `measurements.l3_apparent_power`: Phase 3 volt amps (VA)
            pub l3_apparent_power: f32,
            /// `measurements.l1_reactive_power`: Phase 1 volt amps reactive (var)
            pub l1_reactive_power: f32,
            /// `measurements.l2_reactive_power`: Phase 2 volt amps reactive (var)
            pub l2_reactive_power: f32,
            /// `measurements.l3_reactive_power`: Phase 3 volt amps reactive (var)
            pub l3_reactive_power: f32,
            /// `measurements.l1_power_factor`: Phase 1 power factor — Power factor; the sign shows the direction of the reactive power (plausible -1 ..= 1)
            pub l1_power_factor: f32,
            /// `measurements.l2_power_factor`: Phase 2 power factor (plausible -1 ..= 1)
            pub l2_power_factor: f32,
            /// `measurements.l3_power_factor`: Phase 3 power factor (plausible -1 ..= 1)
            pub l3_power_factor: f32,
            /// `measurements.average_voltage`: Average line to neutral volts (V)
            pub average_voltage: f32,
            /// `measurements.average_current`: Average line current (A)
            pub average_current: f32,
            /// `measurements.current_sum`: Sum of line currents (A)
            pub current_sum: f32,
            /// `measurements.total_power`: Total system power (W)
            pub total_power: f32,
            /// `measurements.total_apparent_power`: Total system volt amps (VA)
            pub total_apparent_power: f32,
            /// `measurements.total_reactive_power`: Total system VAr (var)
            pub total_reactive_power: f32,
            /// `measurements.total_power_factor`: Total system power factor (plausible -1 ..= 1)
            pub total_power_factor: f32,
            /// `measurements.frequency`: Frequency of supply voltages (Hz, plausible 45 ..= 65)
            pub frequency: f32,
            /// `measurements.import_energy`: Import active energy — Active energy imported since the last reset (kWh)
            pub import_energy: f32,
            /// `measurements.export_energy`: Export active energy — Active energy exported since the last reset (kWh)
            pub export_energy: f32,
            /// `measurements.import_reactive_energy`: Import reactive energy (kvarh)
            pub import_reactive_energy: f32,
            /// `measurements.export_reactive_energy`: Export reactive energy (kvarh)
            pub export_reactive_energy: f32,
            /// `measurements.total_energy`: Total active energy (kWh)
            pub total_energy: f32,
            /// `measurements.total_reactive_energy`: Total reactive energy (kvarh)
            pub total_reactive_energy: f32,
        }
        mm::block_decode!(
            Measurements { l1_voltage 0, l2_voltage 1, l3_voltage 2, l1_current 3, l2_current 4,
            l3_current 5, l1_power 6, l2_power 7, l3_power 8, l1_apparent_power 9,
            l2_apparent_power 10, l3_apparent_power 11, l1_reactive_power 12, l2_reactive_power
            13, l3_reactive_power 14, l1_power_factor 15, l2_power_factor 16, l3_power_factor 17,
            average_voltage 18, average_current 19, current_sum 20, total_power 21,
            total_apparent_power 22, total_reactive_power 23, total_power_factor 24, frequency
            25, import_energy 26, export_energy 27, import_reactive_energy 28,
            export_reactive_energy 29, total_energy 30, total_reactive_energy 31 }
        );
        /// The registers of one instance of block `measurements`, read and written one by one or whole.
        #[derive(Debug)]
        pub struct MeasurementsClient<'a, C>(pub mm::BlockClient<'a, C>);
        impl<'a, C: mm::Reader + mm::Writer> MeasurementsClient<'a, C> {
            /// Reads every readable register of the `measurements` instance in as few requests as the planner allows.
            pub fn read(
                &mut self,
            ) -> impl ::core::future::Future<
                Output = mm::ModbusResult<Measurements>,
            > + use<'_, 'a, C> {
                self.0.read_block()
            }
            mm::register_fns!(
                read_l1_voltage, _, 0, f32,
                "`measurements.l1_voltage`: Phase 1 line to neutral volts (V)"
            );
            mm::register_fns!(
                read_l2_voltage, _, 1, f32,
                "`measurements.l2_voltage`: Phase 2 line to neutral volts (V)"
            );
            mm::register_fns!(
                read_l3_voltage, _, 2, f32,
                "`measurements.l3_voltage`: Phase 3 line to neutral volts (V)"
            );
            mm::register_fns!(
                read_l1_current, _, 3, f32, "`measurements.l1_current`: Phase 1 current (A)"
            );
            mm::register_fns!(
                read_l2_current, _, 4, f32, "`measurements.l2_current`: Phase 2 current (A)"
            );
            mm::register_fns!(
                read_l3_current, _, 5, f32, "`measurements.l3_current`: Phase 3 current (A)"
            );
            mm::register_fns!(
                read_l1_power, _, 6, f32, "`measurements.l1_power`: Phase 1 power (W)"
            );
            mm::register_fns!(
                read_l2_power, _, 7, f32, "`measurements.l2_power`: Phase 2 power (W)"
            );
            mm::register_fns!(
                read_l3_power, _, 8, f32, "`measurements.l3_power`: Phase 3 power (W)"
            );
            mm::register_fns!(
                read_l1_apparent_power, _, 9, f32,
                "`measurements.l1_apparent_power`: Phase 1 volt amps (VA)"
            );
            mm::register_fns!(
                read_l2_apparent_power, _, 10, f32,
                "`measurements.l2_apparent_power`: Phase 2 volt amps (VA)"
            );
            mm::register_fns!(
                read_l3_apparent_power, _, 11, f32,
                "`measurements.l3_apparent_power`: Phase 3 volt amps (VA)"
            );
            mm::register_fns!(
                read_l1_reactive_power, _, 12, f32,
                "`measurements.l1_reactive_power`: Phase 1 volt amps reactive (var)"
            );
            mm::register_fns!(
                read_l2_reactive_power, _, 13, f32,
                "`measurements.l2_reactive_power`: Phase 2 volt amps reactive (var)"
            );
            mm::register_fns!(
                read_l3_reactive_power, _, 14, f32,
                "`measurements.l3_reactive_power`: Phase 3 volt amps reactive (var)"
            );
            mm::register_fns!(
                read_l1_power_factor, _, 15, f32,
                "`measurements.l1_power_factor`: Phase 1 power factor — Power factor; the sign shows the direction of the reactive power (plausible -1 ..= 1)"
            );
            mm::register_fns!(
                read_l2_power_factor, _, 16, f32,
                "`measurements.l2_power_factor`: Phase 2 power factor (plausible -1 ..= 1)"
            );
            mm::register_fns!(
                read_l3_power_factor, _, 17, f32,
                "`measurements.l3_power_factor`: Phase 3 power factor (plausible -1 ..= 1)"
            );
            mm::register_fns!(
                read_average_voltage, _, 18, f32,
                "`measurements.average_voltage`: Average line to neutral volts (V)"
            );
            mm::register_fns!(
                read_average_current, _, 19, f32,
                "`measurements.average_current`: Average line current (A)"
            );
            mm::register_fns!(
                read_current_sum, _, 20, f32,
                "`measurements.current_sum`: Sum of line currents (A)"
            );
            mm::register_fns!(
                read_total_power, _, 21, f32,
                "`measurements.total_power`: Total system power (W)"
            );
            mm::register_fns!(
                read_total_apparent_power, _, 22, f32,
                "`measurements.total_apparent_power`: Total system volt amps (VA)"
            );
            mm::register_fns!(
                read_total_reactive_power, _, 23, f32,
                "`measurements.total_reactive_power`: Total system VAr (var)"
            );
            mm::register_fns!(
                read_total_power_factor, _, 24, f32,
                "`measurements.total_power_factor`: Total system power factor (plausible -1 ..= 1)"
            );
            mm::register_fns!(
                read_frequency, _, 25, f32,
                "`measurements.frequency`: Frequency of supply voltages (Hz, plausible 45 ..= 65)"
            );
            mm::register_fns!(
                read_import_energy, _, 26, f32,
                "`measurements.import_energy`: Import active energy — Active energy imported since the last reset (kWh)"
            );
            mm::register_fns!(
                read_export_energy, _, 27, f32,
                "`measurements.export_energy`: Export active energy — Active energy exported since the last reset (kWh)"
            );
            mm::register_fns!(
                read_import_reactive_energy, _, 28, f32,
                "`measurements.import_reactive_energy`: Import reactive energy (kvarh)"
            );
            mm::register_fns!(
                read_export_reactive_energy, _, 29, f32,
                "`measurements.export_reactive_energy`: Export reactive energy (kvarh)"
            );
            mm::register_fns!(
                read_total_energy, _, 30, f32,
                "`measurements.total_energy`: Total active energy (kWh)"
            );
            mm::register_fns!(
                read_total_reactive_energy, _, 31, f32,
                "`measurements.total_reactive_energy`: Total reactive energy (kvarh)"
            );
        }
        /// Meter settings (40001 …); the meter takes them through function 16 only
        #[derive(Debug, Clone, PartialEq)]
        pub struct Settings {
            /// `settings.demand_period`: Demand period — Demand interval: 0, 5, 8, 10, 15, 20, 30 or 60 minutes (min, 0 ..= 60)
            pub demand_period: f32,
            /// `settings.system_type`: System type — How the meter is wired; changing it needs the password
            pub system_type: SettingsSystemType,
            /// `settings.pulse1_width`: Pulse 1 width — Pulse width: 60, 100 or 200 ms (ms, 60 ..= 200)
            pub pulse1_width: f32,
            /// `settings.parity_stop`: Network parity stop — Parity and stop bits of the serial line; takes effect after a power cycle
            pub parity_stop: SettingsParityStop,
            /// `settings.node`: Network node — Modbus unit id of the meter (1 ..= 247)
            pub node: f32,
            /// `settings.baud_rate`: Network baud rate — Speed of the serial line; takes effect after a power cycle
            pub baud_rate: SettingsBaudRate,
            /// `settings.pulse1_energy_type`: Pulse 1 energy type — The energy that pulse output 1 counts
            pub pulse1_energy_type: SettingsPulse1EnergyType,
            /// `settings.serial_number`: Serial number — The meter's serial number
            pub serial_number: u32,
        }
        mm::block_decode!(
            Settings { demand_period 0, system_type 1, pulse1_width 2, parity_stop 3, node 4,
            baud_rate 5, pulse1_energy_type 6, serial_number 7 }
        );
        /// The registers of one instance of block `settings`, read and written one by one or whole.
        #[derive(Debug)]
        pub struct SettingsClient<'a, C>(pub mm::BlockClient<'a, C>);
        impl<'a, C: mm::Reader + mm::Writer> SettingsClient<'a, C> {
            /// Reads every readable register of the `settings` instance in as few requests as the planner allows.
            pub fn read(
                &mut self,
            ) -> impl ::core::future::Future<
                Output = mm::ModbusResult<Settings>,
            > + use<'_, 'a, C> {
                self.0.read_block()
            }
            mm::register_fns!(
                read_demand_period, write_demand_period, 0, f32,
                "`settings.demand_period`: Demand period — Demand interval: 0, 5, 8, 10, 15, 20, 30 or 60 minutes (min, 0 ..= 60)"
            );
            mm::register_fns!(
                read_system_type, write_system_type, 1, SettingsSystemType,
                "`settings.system_type`: System type — How the meter is wired; changing it needs the password"
            );
            mm::register_fns!(
                read_pulse1_width, write_pulse1_width, 2, f32,
                "`settings.pulse1_width`: Pulse 1 width — Pulse width: 60, 100 or 200 ms (ms, 60 ..= 200)"
            );
            mm::register_fns!(
                read_parity_stop, write_parity_stop, 3, SettingsParityStop,
                "`settings.parity_stop`: Network parity stop — Parity and stop bits of the serial line; takes effect after a power cycle"
            );
            mm::register_fns!(
                read_node, write_node, 4, f32,
                "`settings.node`: Network node — Modbus unit id of the meter (1 ..= 247)"
            );
            mm::register_fns!(
                read_baud_rate, write_baud_rate, 5, SettingsBaudRate,
                "`settings.baud_rate`: Network baud rate — Speed of the serial line; takes effect after a power cycle"
            );
            mm::register_fns!(
                read_pulse1_energy_type, write_pulse1_energy_type, 6, SettingsPulse1EnergyType,
                "`settings.pulse1_energy_type`: Pulse 1 energy type — The energy that pulse output 1 counts"
            );
            mm::register_fns!(
                read_serial_number, _, 7, u32,
                "`settings.serial_number`: Serial number — The meter's serial number"
            );
        }
        /// Everything [`Client::read_all`] returns: one field per block.
        #[derive(Debug, Clone, PartialEq)]
        pub struct All {
            /// Block `measurements`.
            pub measurements: Measurements,
            /// Block `settings`.
            pub settings: Settings,
        }
        mm::device_client!("Eastron SDM630 energy meter");
        impl<C: mm::Reader + mm::Writer> Client<C> {
            /// Block `measurements` (base 0).
            pub fn measurements(&mut self) -> MeasurementsClient<'_, C> {
                MeasurementsClient(self.0.block(&REGISTERS[0..32], &REGISTERS, LIMITS))
            }
            /// Block `settings` (base 0).
            pub fn settings(&mut self) -> SettingsClient<'_, C> {
                SettingsClient(self.0.block(&REGISTERS[32..40], &REGISTERS, LIMITS))
            }
            /// Reads every readable register of the device (those the connected
            /// firmware has) in as few requests as the planner allows.
            pub async fn read_all(&mut self) -> mm::ModbusResult<All> {
                self.0
                    .read_decoded(
                        &REGISTERS,
                        &REGISTERS,
                        LIMITS,
                        |v| ::core::result::Result::Ok(All {
                            measurements: v.block(&REGISTERS[0..32])?,
                            settings: v.block(&REGISTERS[32..40])?,
                        }),
                    )
                    .await
            }
        }
    }
}
