// @generated from specs/clivet.yaml by `cargo xtask gen`.
// Do not edit: change the spec and run the command again.

/// Clivet heat-pump water heater (BMS)
///
/// Heat-pump water heater with a heat pump (compressor) and an electric resistance as heat sources; BMS access over Modbus RTU (RS485, 9600 8N1) or Modbus TCP through an RS485 gateway. Temperatures in Celsius mode are encoded raw = 2·T + 30.
///
/// - vendor: Clivet
/// - unit id: 1
/// - word order: high_first, string byte order: high_first
/// - spec: `specs/clivet.yaml`
#[allow(
    clippy::all,
    clippy::pedantic,
    unused_imports,
    dead_code,
    non_camel_case_types,
    non_snake_case
)]
pub mod clivet {
    use ::modbus_map::__private as mm;
    /// Device name as in the spec.
    pub const NAME: &str = "clivet";
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
    pub static REGISTERS: [mm::RegisterDescriptor; 25] = descriptors::ALL;
    #[allow(non_upper_case_globals)]
    mod descriptors {
        use super::mm::{
            self, Access::*, ByteOrder, DataType::*, RegisterDescriptor as D, Table::*,
            WordOrder,
        };
        pub const ALL: [D; 25] = D::table(
            &[
                &[
                    D::new("control.power_state", Holding, 0, U16)
                        .with_values(super::ControlPowerState::VALUES),
                    D::new("control.setting_mode", Holding, 1, U16)
                        .with_values(super::ControlSettingMode::VALUES),
                    D::new("control.setting_temp_ts", Holding, 2, U16)
                        .with_scale(0.5, -15.0)
                        .with_range(38.0, 70.0)
                        .with_unit("°C"),
                    D::new("control.cmd_funcs", Holding, 3, U16)
                        .with_bits(super::ControlCmdFuncs::BITS),
                    D::new("control.hour", Holding, 4, U16)
                        .with_range(0.0, 23.0)
                        .with_unit("h"),
                    D::new("control.minute", Holding, 5, U16)
                        .with_range(0.0, 59.0)
                        .with_unit("min"),
                ],
                &[
                    D::new("status.operating_mode", Holding, 100, U16)
                        .with_access(Read)
                        .with_values(super::StatusOperatingMode::VALUES),
                    Shape0.at("status.temp_t5u", 101),
                    Shape0.at("status.temp_t5l", 102),
                    Shape0.at("status.temp_t3", 103),
                    Shape0.at("status.temp_t4", 104),
                    Shape0.at("status.temp_exhaust_gas", 105),
                    Shape0.at("status.temp_th", 106),
                    Shape1.at("status.pmv_opening_value", 107),
                    Shape1.at("status.compressor_current", 108),
                    D::new("status.load_output", Holding, 109, U16)
                        .with_access(Read)
                        .with_bits(super::StatusLoadOutput::BITS),
                    Shape1.at("status.err_protect_code", 110),
                    Shape1.at("status.max_temp_ts", 111),
                    Shape1.at("status.min_temp_ts", 112),
                    Shape0.at("status.temp_display", 113),
                    D::new("status.aux_status", Holding, 115, U16)
                        .with_access(Read)
                        .with_bits(super::StatusAuxStatus::BITS),
                    Shape1.at("status.comp_run_time", 116),
                    D::new("status.model", Holding, 117, U16)
                        .with_access(Read)
                        .with_values(super::StatusModel::VALUES),
                    Shape1.at("status.version_firmware", 118),
                    Shape1.at("status.version_wire_controller", 119),
                ],
            ],
        );
        /// Shared by 7 registers, each at its own name and address (`Shape0.at(name, address)`).
        const Shape0: D = D::new("", Holding, 0, U16)
            .with_access(Read)
            .with_scale(0.5, -15.0)
            .with_unit("°C");
        /// Shared by 8 registers, each at its own name and address (`Shape1.at(name, address)`).
        const Shape1: D = D::new("", Holding, 0, U16).with_access(Read);
    }
    /// `control.power_state`: holding 0.
    pub const CONTROL_POWER_STATE: mm::RegisterDescriptor = descriptors::ALL[0];
    /// `control.setting_mode`: holding 1.
    pub const CONTROL_SETTING_MODE: mm::RegisterDescriptor = descriptors::ALL[1];
    /// `control.setting_temp_ts`: holding 2.
    pub const CONTROL_SETTING_TEMP_TS: mm::RegisterDescriptor = descriptors::ALL[2];
    /// `control.cmd_funcs`: holding 3.
    pub const CONTROL_CMD_FUNCS: mm::RegisterDescriptor = descriptors::ALL[3];
    /// `control.hour`: holding 4.
    pub const CONTROL_HOUR: mm::RegisterDescriptor = descriptors::ALL[4];
    /// `control.minute`: holding 5.
    pub const CONTROL_MINUTE: mm::RegisterDescriptor = descriptors::ALL[5];
    /// `status.operating_mode`: holding 100.
    pub const STATUS_OPERATING_MODE: mm::RegisterDescriptor = descriptors::ALL[6];
    /// `status.temp_t5u`: holding 101.
    pub const STATUS_TEMP_T5U: mm::RegisterDescriptor = descriptors::ALL[7];
    /// `status.temp_t5l`: holding 102.
    pub const STATUS_TEMP_T5L: mm::RegisterDescriptor = descriptors::ALL[8];
    /// `status.temp_t3`: holding 103.
    pub const STATUS_TEMP_T3: mm::RegisterDescriptor = descriptors::ALL[9];
    /// `status.temp_t4`: holding 104.
    pub const STATUS_TEMP_T4: mm::RegisterDescriptor = descriptors::ALL[10];
    /// `status.temp_exhaust_gas`: holding 105.
    pub const STATUS_TEMP_EXHAUST_GAS: mm::RegisterDescriptor = descriptors::ALL[11];
    /// `status.temp_th`: holding 106.
    pub const STATUS_TEMP_TH: mm::RegisterDescriptor = descriptors::ALL[12];
    /// `status.pmv_opening_value`: holding 107.
    pub const STATUS_PMV_OPENING_VALUE: mm::RegisterDescriptor = descriptors::ALL[13];
    /// `status.compressor_current`: holding 108.
    pub const STATUS_COMPRESSOR_CURRENT: mm::RegisterDescriptor = descriptors::ALL[14];
    /// `status.load_output`: holding 109.
    pub const STATUS_LOAD_OUTPUT: mm::RegisterDescriptor = descriptors::ALL[15];
    /// `status.err_protect_code`: holding 110.
    pub const STATUS_ERR_PROTECT_CODE: mm::RegisterDescriptor = descriptors::ALL[16];
    /// `status.max_temp_ts`: holding 111.
    pub const STATUS_MAX_TEMP_TS: mm::RegisterDescriptor = descriptors::ALL[17];
    /// `status.min_temp_ts`: holding 112.
    pub const STATUS_MIN_TEMP_TS: mm::RegisterDescriptor = descriptors::ALL[18];
    /// `status.temp_display`: holding 113.
    pub const STATUS_TEMP_DISPLAY: mm::RegisterDescriptor = descriptors::ALL[19];
    /// `status.aux_status`: holding 115.
    pub const STATUS_AUX_STATUS: mm::RegisterDescriptor = descriptors::ALL[20];
    /// `status.comp_run_time`: holding 116.
    pub const STATUS_COMP_RUN_TIME: mm::RegisterDescriptor = descriptors::ALL[21];
    /// `status.model`: holding 117.
    pub const STATUS_MODEL: mm::RegisterDescriptor = descriptors::ALL[22];
    /// `status.version_firmware`: holding 118.
    pub const STATUS_VERSION_FIRMWARE: mm::RegisterDescriptor = descriptors::ALL[23];
    /// `status.version_wire_controller`: holding 119.
    pub const STATUS_VERSION_WIRE_CONTROLLER: mm::RegisterDescriptor = descriptors::ALL[24];
    /// Values of `control.power_state`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum ControlPowerState {
        /// `off` (raw 0).
        Off,
        /// `on` (raw 1).
        On,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    mm::impl_modbus_enum!(ControlPowerState { Off = 0 => "off", On = 1 => "on" } Unknown);
    /// Values of `control.setting_mode`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum ControlSettingMode {
        /// `invalid` (raw 1).
        Invalid,
        /// `hybrid` (raw 2).
        Hybrid,
        /// `e_heater` (raw 3).
        EHeater,
        /// `vacation` (raw 4).
        Vacation,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    mm::impl_modbus_enum!(
        ControlSettingMode { Invalid = 1 => "invalid", Hybrid = 2 => "hybrid", EHeater = 3 =>
        "e_heater", Vacation = 4 => "vacation" } Unknown
    );
    /// Values of `status.operating_mode`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum StatusOperatingMode {
        /// `invalid` (raw 1).
        Invalid,
        /// `hybrid` (raw 2).
        Hybrid,
        /// `e_heater` (raw 3).
        EHeater,
        /// `vacation` (raw 4).
        Vacation,
        /// `off` (raw 8).
        Off,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    mm::impl_modbus_enum!(
        StatusOperatingMode { Invalid = 1 => "invalid", Hybrid = 2 => "hybrid", EHeater = 3
        => "e_heater", Vacation = 4 => "vacation", Off = 8 => "off" } Unknown
    );
    /// Values of `status.model`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum StatusModel {
        /// `model_190` (raw 1).
        Model190,
        /// `model_300` (raw 2).
        Model300,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    mm::impl_modbus_enum!(
        StatusModel { Model190 = 1 => "model_190", Model300 = 2 => "model_300" } Unknown
    );
    /// Named bits of `control.cmd_funcs`; the raw value is kept whole.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub struct ControlCmdFuncs(pub u64);
    impl ControlCmdFuncs {
        /// `solar_signal`: bit 0.
        pub const SOLAR_SIGNAL: ControlCmdFuncs = ControlCmdFuncs(1 << 0);
        /// `evu`: bit 1.
        pub const EVU: ControlCmdFuncs = ControlCmdFuncs(1 << 1);
        /// `sg`: bit 2.
        pub const SG: ControlCmdFuncs = ControlCmdFuncs(1 << 2);
        /// `remoter_signal`: bit 3.
        pub const REMOTER_SIGNAL: ControlCmdFuncs = ControlCmdFuncs(1 << 3);
        /// `remoter_mode`: bit 4.
        pub const REMOTER_MODE: ControlCmdFuncs = ControlCmdFuncs(1 << 4);
        /// `disinfect`: bit 5.
        pub const DISINFECT: ControlCmdFuncs = ControlCmdFuncs(1 << 5);
        /// `unit_fahrenheit`: bit 6.
        pub const UNIT_FAHRENHEIT: ControlCmdFuncs = ControlCmdFuncs(1 << 6);
    }
    mm::impl_modbus_flags!(
        ControlCmdFuncs { "solar_signal" = 0, 1; "evu" = 1, 1; "sg" = 2, 1; "remoter_signal"
        = 3, 1; "remoter_mode" = 4, 1; "disinfect" = 5, 1; "unit_fahrenheit" = 6, 1 }
    );
    /// Named bits of `status.load_output`; the raw value is kept whole.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub struct StatusLoadOutput(pub u64);
    impl StatusLoadOutput {
        /// `compressor`: bit 0.
        pub const COMPRESSOR: StatusLoadOutput = StatusLoadOutput(1 << 0);
        /// `electric_heater`: bit 1.
        pub const ELECTRIC_HEATER: StatusLoadOutput = StatusLoadOutput(1 << 1);
        /// `four_way_valve`: bit 2.
        pub const FOUR_WAY_VALVE: StatusLoadOutput = StatusLoadOutput(1 << 2);
        /// `fan_low`: bit 3.
        pub const FAN_LOW: StatusLoadOutput = StatusLoadOutput(1 << 3);
        /// `fan_medium`: bit 4.
        pub const FAN_MEDIUM: StatusLoadOutput = StatusLoadOutput(1 << 4);
        /// `fan_high`: bit 5.
        pub const FAN_HIGH: StatusLoadOutput = StatusLoadOutput(1 << 5);
        /// `solar_pump`: bit 6.
        pub const SOLAR_PUMP: StatusLoadOutput = StatusLoadOutput(1 << 6);
        /// `alarm`: bit 7.
        pub const ALARM: StatusLoadOutput = StatusLoadOutput(1 << 7);
    }
    mm::impl_modbus_flags!(
        StatusLoadOutput { "compressor" = 0, 1; "electric_heater" = 1, 1; "four_way_valve" =
        2, 1; "fan_low" = 3, 1; "fan_medium" = 4, 1; "fan_high" = 5, 1; "solar_pump" = 6, 1;
        "alarm" = 7, 1 }
    );
    /// Named bits of `status.aux_status`; the raw value is kept whole.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub struct StatusAuxStatus(pub u64);
    impl StatusAuxStatus {
        /// `vacation`: bit 0.
        pub const VACATION: StatusAuxStatus = StatusAuxStatus(1 << 0);
        /// `solar_kit`: bit 1.
        pub const SOLAR_KIT: StatusAuxStatus = StatusAuxStatus(1 << 1);
        /// `defrost`: bit 2.
        pub const DEFROST: StatusAuxStatus = StatusAuxStatus(1 << 2);
        /// `wifi`: bit 3.
        pub const WIFI: StatusAuxStatus = StatusAuxStatus(1 << 3);
    }
    mm::impl_modbus_flags!(
        StatusAuxStatus { "vacation" = 0, 1; "solar_kit" = 1, 1; "defrost" = 2, 1; "wifi" =
        3, 1 }
    );
    /// Slave dispatch tables: serve this device with `modbus_map::server` or the `no_std` dispatch core.
    pub mod dispatch {
        use ::modbus_map::__private::dispatch::{
            self, DeviceMap, Entry, GapRange, TableMap, UnitMap,
        };
        static UNIT_1_HOLDING: [Entry; 25] = Entry::runs(&super::REGISTERS, &[(0, 25, 0)]);
        static UNIT_1_HOLDING_INDEX: [u16; 120] = [
            0, 1, 2, 3, 4, 5, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6,
            6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6,
            6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6,
            6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 7, 8, 9, 10, 11, 12,
            13, 14, 15, 16, 17, 18, 19, 20, 20, 21, 22, 23, 24,
        ];
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
                    entries: &[],
                    allow_gaps: false,
                    gap_ranges: &[],
                    index_base: 0,
                    index: &[],
                },
                holding_registers: TableMap {
                    entries: &UNIT_1_HOLDING,
                    allow_gaps: false,
                    gap_ranges: &[],
                    index_base: 0,
                    index: &UNIT_1_HOLDING_INDEX,
                },
                values_per_read: 0,
            },
        ];
        /// Initial storage words (spec defaults, start values where there is none), indexed by slot.
        pub static DEFAULTS: [u16; 25] = dispatch::words(
            &[(1, &[1, 106]), (6, &[1]), (22, &[1])],
        );
        /// The device's whole map, for `modbus_map::dispatch::Dispatcher::new(&MAP)`.
        pub static MAP: DeviceMap = DeviceMap {
            name: "clivet",
            default_unit: 1,
            units: &UNITS,
            defaults: &DEFAULTS,
            word_order_coil: ::core::option::Option::None,
        };
    }
    mm::tokio_client! {
        /// Settings and commands (read/write).
        #[derive(Debug, Clone, PartialEq)]
        pub struct Control {
            /// `control.power_state`: Power off/on (REG_POWER_STATE)
            pub power_state: ControlPowerState,
            /// `control.setting_mode`: Setting mode: hybrid = heat pump with automatic electric backup, e_heater = electric resistance only, vacation = keep the water at 15 °C (REG_SETTING_MODE)
            pub setting_mode: ControlSettingMode,
            /// `control.setting_temp_ts`: Water temperature setpoint Ts; raw = 2·T + 30 in Celsius mode (REG_SETTING_TEMP_TS) (°C, 38 ..= 70)
            pub setting_temp_ts: f64,
            /// `control.cmd_funcs`: Command functions (REG_CMD_FUNCS): solar signal (0 = solar panel on), EVU, SG, remoter signal (0 = panel can work), remoter mode, disinfect (heat to 70 °C once), temperature unit (0 = Celsius, 1 = Fahrenheit)
            pub cmd_funcs: ControlCmdFuncs,
            /// `control.hour`: Clock hour (REG_HOUR) (h, 0 ..= 23)
            pub hour: u16,
            /// `control.minute`: Clock minute (REG_MINUTE) (min, 0 ..= 59)
            pub minute: u16,
        }
        mm::block_decode!(
            Control { power_state 0, setting_mode 1, setting_temp_ts 2, cmd_funcs 3, hour 4,
            minute 5 }
        );
        /// The registers of one instance of block `control`, read and written one by one or whole.
        #[derive(Debug)]
        pub struct ControlClient<'a, C>(pub mm::BlockClient<'a, C>);
        impl<'a, C: mm::Reader + mm::Writer> ControlClient<'a, C> {
            /// Reads every readable register of the `control` instance in as few requests as the planner allows.
            pub fn read(
                &mut self,
            ) -> impl ::core::future::Future<
                Output = mm::ModbusResult<Control>,
            > + use<'_, 'a, C> {
                self.0.read_block()
            }
            mm::register_fns!(
                read_power_state, write_power_state, 0, ControlPowerState,
                "`control.power_state`: Power off/on (REG_POWER_STATE)"
            );
            mm::register_fns!(
                read_setting_mode, write_setting_mode, 1, ControlSettingMode,
                "`control.setting_mode`: Setting mode: hybrid = heat pump with automatic electric backup, e_heater = electric resistance only, vacation = keep the water at 15 °C (REG_SETTING_MODE)"
            );
            mm::register_fns!(
                read_setting_temp_ts, write_setting_temp_ts, 2, f64,
                "`control.setting_temp_ts`: Water temperature setpoint Ts; raw = 2·T + 30 in Celsius mode (REG_SETTING_TEMP_TS) (°C, 38 ..= 70)"
            );
            mm::register_fns!(
                read_cmd_funcs, write_cmd_funcs, 3, ControlCmdFuncs,
                "`control.cmd_funcs`: Command functions (REG_CMD_FUNCS): solar signal (0 = solar panel on), EVU, SG, remoter signal (0 = panel can work), remoter mode, disinfect (heat to 70 °C once), temperature unit (0 = Celsius, 1 = Fahrenheit)"
            );
            mm::register_fns!(
                read_hour, write_hour, 4, u16,
                "`control.hour`: Clock hour (REG_HOUR) (h, 0 ..= 23)"
            );
            mm::register_fns!(
                read_minute, write_minute, 5, u16,
                "`control.minute`: Clock minute (REG_MINUTE) (min, 0 ..= 59)"
            );
        }
        /// Measurements and states (read only).
        #[derive(Debug, Clone, PartialEq)]
        pub struct Status {
            /// `status.operating_mode`: Current operating mode (REG_OPERATING_MODE)
            pub operating_mode: StatusOperatingMode,
            /// `status.temp_t5u`: Water temperature in the upper part of the tank T5U; raw = 2·T + 30 in Celsius mode (REG_TEMP_T5U) (°C)
            pub temp_t5u: f64,
            /// `status.temp_t5l`: Water temperature in the lower part of the tank T5L; raw = 2·T + 30 in Celsius mode (REG_TEMP_T5L) (°C)
            pub temp_t5l: f64,
            /// `status.temp_t3`: Condenser temperature T3; raw = 2·T + 30 in Celsius mode (REG_TEMP_T3) (°C)
            pub temp_t3: f64,
            /// `status.temp_t4`: Outdoor ambient temperature T4; raw = 2·T + 30 in Celsius mode (REG_TEMP_T4) (°C)
            pub temp_t4: f64,
            /// `status.temp_exhaust_gas`: Compressor exhaust temperature Tp; raw = 2·T + 30 in Celsius mode (REG_TEMP_EXHAUST_GAS) (°C)
            pub temp_exhaust_gas: f64,
            /// `status.temp_th`: Suction temperature Th; raw = 2·T + 30 in Celsius mode (REG_TEMP_TH) (°C)
            pub temp_th: f64,
            /// `status.pmv_opening_value`: Opening of the external electronic expansion valve, raw (REG_PMV_OPENING_VALUE)
            pub pmv_opening_value: u16,
            /// `status.compressor_current`: Input AC current, raw; scale undocumented (REG_COMPRESSOR_CURRENT)
            pub compressor_current: u16,
            /// `status.load_output`: Load outputs (REG_LOAD_OUTPUT)
            pub load_output: StatusLoadOutput,
            /// `status.err_protect_code`: Error/protection code; numeric codes map to letters: 1.. = E0-EF, 20.. = P*, 39.. = H*, 58.. = C*, 77.. = L*, 96.. = B* (REG_ERR_PROTECT_CODE)
            pub err_protect_code: u16,
            /// `status.max_temp_ts`: Maximum of the setpoint Ts, raw as read by the integration (REG_MAX_TEMP_TS)
            pub max_temp_ts: u16,
            /// `status.min_temp_ts`: Minimum of the setpoint Ts, raw as read by the integration (REG_MIN_TEMP_TS)
            pub min_temp_ts: u16,
            /// `status.temp_display`: Displayed temperature Tx; raw = 2·T + 30 in Celsius mode (REG_TEMP_DISPLAY) (°C)
            pub temp_display: f64,
            /// `status.aux_status`: Auxiliary status (REG_AUX_STATUS)
            pub aux_status: StatusAuxStatus,
            /// `status.comp_run_time`: Compressor running time, raw (REG_COMP_RUN_TIME)
            pub comp_run_time: u16,
            /// `status.model`: Model: 190 L or 300 L tank (REG_MODEL)
            pub model: StatusModel,
            /// `status.version_firmware`: Main PCB firmware version (REG_VERSION_FIRMWARE)
            pub version_firmware: u16,
            /// `status.version_wire_controller`: Wired controller firmware version (REG_VERSION_WIRE_CONTROLLER)
            pub version_wire_controller: u16,
        }
        mm::block_decode!(
            Status { operating_mode 0, temp_t5u 1, temp_t5l 2, temp_t3 3, temp_t4 4,
            temp_exhaust_gas 5, temp_th 6, pmv_opening_value 7, compressor_current 8, load_output
            9, err_protect_code 10, max_temp_ts 11, min_temp_ts 12, temp_display 13, aux_status
            14, comp_run_time 15, model 16, version_firmware 17, version_wire_controller 18 }
        );
        /// The registers of one instance of block `status`, read and written one by one or whole.
        #[derive(Debug)]
        pub struct StatusClient<'a, C>(pub mm::BlockClient<'a, C>);
        impl<'a, C: mm::Reader + mm::Writer> StatusClient<'a, C> {
            /// Reads every readable register of the `status` instance in as few requests as the planner allows.
            pub fn read(
                &mut self,
            ) -> impl ::core::future::Future<
                Output = mm::ModbusResult<Status>,
            > + use<'_, 'a, C> {
                self.0.read_block()
            }
            mm::register_fns!(
                read_operating_mode, _, 0, StatusOperatingMode,
                "`status.operating_mode`: Current operating mode (REG_OPERATING_MODE)"
            );
            mm::register_fns!(
                read_temp_t5u, _, 1, f64,
                "`status.temp_t5u`: Water temperature in the upper part of the tank T5U; raw = 2·T + 30 in Celsius mode (REG_TEMP_T5U) (°C)"
            );
            mm::register_fns!(
                read_temp_t5l, _, 2, f64,
                "`status.temp_t5l`: Water temperature in the lower part of the tank T5L; raw = 2·T + 30 in Celsius mode (REG_TEMP_T5L) (°C)"
            );
            mm::register_fns!(
                read_temp_t3, _, 3, f64,
                "`status.temp_t3`: Condenser temperature T3; raw = 2·T + 30 in Celsius mode (REG_TEMP_T3) (°C)"
            );
            mm::register_fns!(
                read_temp_t4, _, 4, f64,
                "`status.temp_t4`: Outdoor ambient temperature T4; raw = 2·T + 30 in Celsius mode (REG_TEMP_T4) (°C)"
            );
            mm::register_fns!(
                read_temp_exhaust_gas, _, 5, f64,
                "`status.temp_exhaust_gas`: Compressor exhaust temperature Tp; raw = 2·T + 30 in Celsius mode (REG_TEMP_EXHAUST_GAS) (°C)"
            );
            mm::register_fns!(
                read_temp_th, _, 6, f64,
                "`status.temp_th`: Suction temperature Th; raw = 2·T + 30 in Celsius mode (REG_TEMP_TH) (°C)"
            );
            mm::register_fns!(
                read_pmv_opening_value, _, 7, u16,
                "`status.pmv_opening_value`: Opening of the external electronic expansion valve, raw (REG_PMV_OPENING_VALUE)"
            );
            mm::register_fns!(
                read_compressor_current, _, 8, u16,
                "`status.compressor_current`: Input AC current, raw; scale undocumented (REG_COMPRESSOR_CURRENT)"
            );
            mm::register_fns!(
                read_load_output, _, 9, StatusLoadOutput,
                "`status.load_output`: Load outputs (REG_LOAD_OUTPUT)"
            );
            mm::register_fns!(
                read_err_protect_code, _, 10, u16,
                "`status.err_protect_code`: Error/protection code; numeric codes map to letters: 1.. = E0-EF, 20.. = P*, 39.. = H*, 58.. = C*, 77.. = L*, 96.. = B* (REG_ERR_PROTECT_CODE)"
            );
            mm::register_fns!(
                read_max_temp_ts, _, 11, u16,
                "`status.max_temp_ts`: Maximum of the setpoint Ts, raw as read by the integration (REG_MAX_TEMP_TS)"
            );
            mm::register_fns!(
                read_min_temp_ts, _, 12, u16,
                "`status.min_temp_ts`: Minimum of the setpoint Ts, raw as read by the integration (REG_MIN_TEMP_TS)"
            );
            mm::register_fns!(
                read_temp_display, _, 13, f64,
                "`status.temp_display`: Displayed temperature Tx; raw = 2·T + 30 in Celsius mode (REG_TEMP_DISPLAY) (°C)"
            );
            mm::register_fns!(
                read_aux_status, _, 14, StatusAuxStatus,
                "`status.aux_status`: Auxiliary status (REG_AUX_STATUS)"
            );
            mm::register_fns!(
                read_comp_run_time, _, 15, u16,
                "`status.comp_run_time`: Compressor running time, raw (REG_COMP_RUN_TIME)"
            );
            mm::register_fns!(
                read_model, _, 16, StatusModel,
                "`status.model`: Model: 190 L or 300 L tank (REG_MODEL)"
            );
            mm::register_fns!(
                read_version_firmware, _, 17, u16,
                "`status.version_firmware`: Main PCB firmware version (REG_VERSION_FIRMWARE)"
            );
            mm::register_fns!(
                read_version_wire_controller, _, 18, u16,
                "`status.version_wire_controller`: Wired controller firmware version (REG_VERSION_WIRE_CONTROLLER)"
            );
        }
        /// Everything [`Client::read_all`] returns: one field per block.
        #[derive(Debug, Clone, PartialEq)]
        pub struct All {
            /// Block `control`.
            pub control: Control,
            /// Block `status`.
            pub status: Status,
        }
        mm::device_client!("Clivet heat-pump water heater (BMS)");
        impl<C: mm::Reader + mm::Writer> Client<C> {
            /// Block `control` (base 0).
            pub fn control(&mut self) -> ControlClient<'_, C> {
                ControlClient(self.0.block(&REGISTERS[0..6], &REGISTERS, LIMITS))
            }
            /// Block `status` (base 100).
            pub fn status(&mut self) -> StatusClient<'_, C> {
                StatusClient(self.0.block(&REGISTERS[6..25], &REGISTERS, LIMITS))
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
                            control: v.block(&REGISTERS[0..6])?,
                            status: v.block(&REGISTERS[6..25])?,
                        }),
                    )
                    .await
            }
        }
    }
}
