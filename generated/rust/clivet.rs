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
#[allow(clippy::all, clippy::pedantic, unused_imports, dead_code, non_camel_case_types)]
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
    /// Defaults every register descriptor below starts from.
    const BASE: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "",
        unit_id: 1,
        table: mm::Table::Holding,
        address: 0,
        width: 1,
        data_type: mm::DataType::U16,
        length: 0,
        scale: 1.0,
        offset: 0.0,
        access: mm::Access::ReadWrite,
        min: ::core::option::Option::None,
        max: ::core::option::Option::None,
        word_order: mm::WordOrder::HighFirst,
        byte_order: mm::ByteOrder::HighFirst,
        since: ::core::option::Option::None,
        safety: false,
        alias_of: ::core::option::Option::None,
        unit: ::core::option::Option::None,
        values: &[],
        bits: &[],
    };
    /// Limits the read planner honours for this device.
    pub const LIMITS: mm::PlanLimits = mm::PlanLimits {
        read_limit: 125,
        max_gap: 0,
        values_per_read: ::core::option::Option::None,
    };
    /// Power off/on (REG_POWER_STATE)
    ///
    /// - address: holding 0 (0x0000), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-write
    pub const CONTROL_POWER_STATE: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "control.power_state",
        table: mm::Table::Holding,
        address: 0,
        data_type: mm::DataType::U16,
        access: mm::Access::ReadWrite,
        values: &[
            mm::EnumValue {
                raw: 0,
                name: "off",
            },
            mm::EnumValue {
                raw: 1,
                name: "on",
            },
        ],
        ..BASE
    };
    /// Setting mode: hybrid = heat pump with automatic electric backup, e_heater = electric resistance only, vacation = keep the water at 15 °C (REG_SETTING_MODE)
    ///
    /// - address: holding 1 (0x0001), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-write
    pub const CONTROL_SETTING_MODE: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "control.setting_mode",
        table: mm::Table::Holding,
        address: 1,
        data_type: mm::DataType::U16,
        access: mm::Access::ReadWrite,
        values: &[
            mm::EnumValue {
                raw: 1,
                name: "invalid",
            },
            mm::EnumValue {
                raw: 2,
                name: "hybrid",
            },
            mm::EnumValue {
                raw: 3,
                name: "e_heater",
            },
            mm::EnumValue {
                raw: 4,
                name: "vacation",
            },
        ],
        ..BASE
    };
    /// Water temperature setpoint Ts; raw = 2·T + 30 in Celsius mode (REG_SETTING_TEMP_TS)
    ///
    /// - address: holding 2 (0x0002), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-write
    /// - unit: °C
    /// - scale: 0.5, offset: -15
    /// - range: 38 ..= 70
    pub const CONTROL_SETTING_TEMP_TS: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "control.setting_temp_ts",
        table: mm::Table::Holding,
        address: 2,
        data_type: mm::DataType::U16,
        access: mm::Access::ReadWrite,
        scale: 0.5,
        offset: -15.0,
        min: ::core::option::Option::Some(38.0),
        max: ::core::option::Option::Some(70.0),
        unit: ::core::option::Option::Some("°C"),
        ..BASE
    };
    /// Command functions (REG_CMD_FUNCS): solar signal (0 = solar panel on), EVU, SG, remoter signal (0 = panel can work), remoter mode, disinfect (heat to 70 °C once), temperature unit (0 = Celsius, 1 = Fahrenheit)
    ///
    /// - address: holding 3 (0x0003), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-write
    pub const CONTROL_CMD_FUNCS: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "control.cmd_funcs",
        table: mm::Table::Holding,
        address: 3,
        data_type: mm::DataType::U16,
        access: mm::Access::ReadWrite,
        bits: &[
            mm::BitField {
                name: "solar_signal",
                lsb: 0,
                width: 1,
            },
            mm::BitField {
                name: "evu",
                lsb: 1,
                width: 1,
            },
            mm::BitField {
                name: "sg",
                lsb: 2,
                width: 1,
            },
            mm::BitField {
                name: "remoter_signal",
                lsb: 3,
                width: 1,
            },
            mm::BitField {
                name: "remoter_mode",
                lsb: 4,
                width: 1,
            },
            mm::BitField {
                name: "disinfect",
                lsb: 5,
                width: 1,
            },
            mm::BitField {
                name: "unit_fahrenheit",
                lsb: 6,
                width: 1,
            },
        ],
        ..BASE
    };
    /// Clock hour (REG_HOUR)
    ///
    /// - address: holding 4 (0x0004), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-write
    /// - unit: h
    /// - range: 0 ..= 23
    pub const CONTROL_HOUR: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "control.hour",
        table: mm::Table::Holding,
        address: 4,
        data_type: mm::DataType::U16,
        access: mm::Access::ReadWrite,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(23.0),
        unit: ::core::option::Option::Some("h"),
        ..BASE
    };
    /// Clock minute (REG_MINUTE)
    ///
    /// - address: holding 5 (0x0005), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-write
    /// - unit: min
    /// - range: 0 ..= 59
    pub const CONTROL_MINUTE: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "control.minute",
        table: mm::Table::Holding,
        address: 5,
        data_type: mm::DataType::U16,
        access: mm::Access::ReadWrite,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(59.0),
        unit: ::core::option::Option::Some("min"),
        ..BASE
    };
    /// Current operating mode (REG_OPERATING_MODE)
    ///
    /// - address: holding 100 (0x0064), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    pub const STATUS_OPERATING_MODE: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "status.operating_mode",
        table: mm::Table::Holding,
        address: 100,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        values: &[
            mm::EnumValue {
                raw: 1,
                name: "invalid",
            },
            mm::EnumValue {
                raw: 2,
                name: "hybrid",
            },
            mm::EnumValue {
                raw: 3,
                name: "e_heater",
            },
            mm::EnumValue {
                raw: 4,
                name: "vacation",
            },
            mm::EnumValue {
                raw: 8,
                name: "off",
            },
        ],
        ..BASE
    };
    /// Water temperature in the upper part of the tank T5U; raw = 2·T + 30 in Celsius mode (REG_TEMP_T5U)
    ///
    /// - address: holding 101 (0x0065), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    /// - unit: °C
    /// - scale: 0.5, offset: -15
    pub const STATUS_TEMP_T5U: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "status.temp_t5u",
        table: mm::Table::Holding,
        address: 101,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        scale: 0.5,
        offset: -15.0,
        unit: ::core::option::Option::Some("°C"),
        ..BASE
    };
    /// Water temperature in the lower part of the tank T5L; raw = 2·T + 30 in Celsius mode (REG_TEMP_T5L)
    ///
    /// - address: holding 102 (0x0066), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    /// - unit: °C
    /// - scale: 0.5, offset: -15
    pub const STATUS_TEMP_T5L: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "status.temp_t5l",
        table: mm::Table::Holding,
        address: 102,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        scale: 0.5,
        offset: -15.0,
        unit: ::core::option::Option::Some("°C"),
        ..BASE
    };
    /// Condenser temperature T3; raw = 2·T + 30 in Celsius mode (REG_TEMP_T3)
    ///
    /// - address: holding 103 (0x0067), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    /// - unit: °C
    /// - scale: 0.5, offset: -15
    pub const STATUS_TEMP_T3: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "status.temp_t3",
        table: mm::Table::Holding,
        address: 103,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        scale: 0.5,
        offset: -15.0,
        unit: ::core::option::Option::Some("°C"),
        ..BASE
    };
    /// Outdoor ambient temperature T4; raw = 2·T + 30 in Celsius mode (REG_TEMP_T4)
    ///
    /// - address: holding 104 (0x0068), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    /// - unit: °C
    /// - scale: 0.5, offset: -15
    pub const STATUS_TEMP_T4: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "status.temp_t4",
        table: mm::Table::Holding,
        address: 104,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        scale: 0.5,
        offset: -15.0,
        unit: ::core::option::Option::Some("°C"),
        ..BASE
    };
    /// Compressor exhaust temperature Tp; raw = 2·T + 30 in Celsius mode (REG_TEMP_EXHAUST_GAS)
    ///
    /// - address: holding 105 (0x0069), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    /// - unit: °C
    /// - scale: 0.5, offset: -15
    pub const STATUS_TEMP_EXHAUST_GAS: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "status.temp_exhaust_gas",
        table: mm::Table::Holding,
        address: 105,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        scale: 0.5,
        offset: -15.0,
        unit: ::core::option::Option::Some("°C"),
        ..BASE
    };
    /// Suction temperature Th; raw = 2·T + 30 in Celsius mode (REG_TEMP_TH)
    ///
    /// - address: holding 106 (0x006A), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    /// - unit: °C
    /// - scale: 0.5, offset: -15
    pub const STATUS_TEMP_TH: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "status.temp_th",
        table: mm::Table::Holding,
        address: 106,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        scale: 0.5,
        offset: -15.0,
        unit: ::core::option::Option::Some("°C"),
        ..BASE
    };
    /// Opening of the external electronic expansion valve, raw (REG_PMV_OPENING_VALUE)
    ///
    /// - address: holding 107 (0x006B), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    pub const STATUS_PMV_OPENING_VALUE: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "status.pmv_opening_value",
        table: mm::Table::Holding,
        address: 107,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        ..BASE
    };
    /// Input AC current, raw; scale undocumented (REG_COMPRESSOR_CURRENT)
    ///
    /// - address: holding 108 (0x006C), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    pub const STATUS_COMPRESSOR_CURRENT: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "status.compressor_current",
        table: mm::Table::Holding,
        address: 108,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        ..BASE
    };
    /// Load outputs (REG_LOAD_OUTPUT)
    ///
    /// - address: holding 109 (0x006D), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    pub const STATUS_LOAD_OUTPUT: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "status.load_output",
        table: mm::Table::Holding,
        address: 109,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        bits: &[
            mm::BitField {
                name: "compressor",
                lsb: 0,
                width: 1,
            },
            mm::BitField {
                name: "electric_heater",
                lsb: 1,
                width: 1,
            },
            mm::BitField {
                name: "four_way_valve",
                lsb: 2,
                width: 1,
            },
            mm::BitField {
                name: "fan_low",
                lsb: 3,
                width: 1,
            },
            mm::BitField {
                name: "fan_medium",
                lsb: 4,
                width: 1,
            },
            mm::BitField {
                name: "fan_high",
                lsb: 5,
                width: 1,
            },
            mm::BitField {
                name: "solar_pump",
                lsb: 6,
                width: 1,
            },
            mm::BitField {
                name: "alarm",
                lsb: 7,
                width: 1,
            },
        ],
        ..BASE
    };
    /// Error/protection code; numeric codes map to letters: 1.. = E0-EF, 20.. = P*, 39.. = H*, 58.. = C*, 77.. = L*, 96.. = B* (REG_ERR_PROTECT_CODE)
    ///
    /// - address: holding 110 (0x006E), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    pub const STATUS_ERR_PROTECT_CODE: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "status.err_protect_code",
        table: mm::Table::Holding,
        address: 110,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        ..BASE
    };
    /// Maximum of the setpoint Ts, raw as read by the integration (REG_MAX_TEMP_TS)
    ///
    /// - address: holding 111 (0x006F), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    pub const STATUS_MAX_TEMP_TS: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "status.max_temp_ts",
        table: mm::Table::Holding,
        address: 111,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        ..BASE
    };
    /// Minimum of the setpoint Ts, raw as read by the integration (REG_MIN_TEMP_TS)
    ///
    /// - address: holding 112 (0x0070), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    pub const STATUS_MIN_TEMP_TS: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "status.min_temp_ts",
        table: mm::Table::Holding,
        address: 112,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        ..BASE
    };
    /// Displayed temperature Tx; raw = 2·T + 30 in Celsius mode (REG_TEMP_DISPLAY)
    ///
    /// - address: holding 113 (0x0071), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    /// - unit: °C
    /// - scale: 0.5, offset: -15
    pub const STATUS_TEMP_DISPLAY: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "status.temp_display",
        table: mm::Table::Holding,
        address: 113,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        scale: 0.5,
        offset: -15.0,
        unit: ::core::option::Option::Some("°C"),
        ..BASE
    };
    /// Auxiliary status (REG_AUX_STATUS)
    ///
    /// - address: holding 115 (0x0073), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    pub const STATUS_AUX_STATUS: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "status.aux_status",
        table: mm::Table::Holding,
        address: 115,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        bits: &[
            mm::BitField {
                name: "vacation",
                lsb: 0,
                width: 1,
            },
            mm::BitField {
                name: "solar_kit",
                lsb: 1,
                width: 1,
            },
            mm::BitField {
                name: "defrost",
                lsb: 2,
                width: 1,
            },
            mm::BitField {
                name: "wifi",
                lsb: 3,
                width: 1,
            },
        ],
        ..BASE
    };
    /// Compressor running time, raw (REG_COMP_RUN_TIME)
    ///
    /// - address: holding 116 (0x0074), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    pub const STATUS_COMP_RUN_TIME: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "status.comp_run_time",
        table: mm::Table::Holding,
        address: 116,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        ..BASE
    };
    /// Model: 190 L or 300 L tank (REG_MODEL)
    ///
    /// - address: holding 117 (0x0075), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    pub const STATUS_MODEL: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "status.model",
        table: mm::Table::Holding,
        address: 117,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        values: &[
            mm::EnumValue {
                raw: 1,
                name: "model_190",
            },
            mm::EnumValue {
                raw: 2,
                name: "model_300",
            },
        ],
        ..BASE
    };
    /// Main PCB firmware version (REG_VERSION_FIRMWARE)
    ///
    /// - address: holding 118 (0x0076), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    pub const STATUS_VERSION_FIRMWARE: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "status.version_firmware",
        table: mm::Table::Holding,
        address: 118,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        ..BASE
    };
    /// Wired controller firmware version (REG_VERSION_WIRE_CONTROLLER)
    ///
    /// - address: holding 119 (0x0077), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    pub const STATUS_VERSION_WIRE_CONTROLLER: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "status.version_wire_controller",
        table: mm::Table::Holding,
        address: 119,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        ..BASE
    };
    /// Every register of the device, sorted by (unit id, table, address, name).
    pub static REGISTERS: &[mm::RegisterDescriptor] = &[
        CONTROL_POWER_STATE,
        CONTROL_SETTING_MODE,
        CONTROL_SETTING_TEMP_TS,
        CONTROL_CMD_FUNCS,
        CONTROL_HOUR,
        CONTROL_MINUTE,
        STATUS_OPERATING_MODE,
        STATUS_TEMP_T5U,
        STATUS_TEMP_T5L,
        STATUS_TEMP_T3,
        STATUS_TEMP_T4,
        STATUS_TEMP_EXHAUST_GAS,
        STATUS_TEMP_TH,
        STATUS_PMV_OPENING_VALUE,
        STATUS_COMPRESSOR_CURRENT,
        STATUS_LOAD_OUTPUT,
        STATUS_ERR_PROTECT_CODE,
        STATUS_MAX_TEMP_TS,
        STATUS_MIN_TEMP_TS,
        STATUS_TEMP_DISPLAY,
        STATUS_AUX_STATUS,
        STATUS_COMP_RUN_TIME,
        STATUS_MODEL,
        STATUS_VERSION_FIRMWARE,
        STATUS_VERSION_WIRE_CONTROLLER,
    ];
    /// Named bits of `cmd_funcs`; the raw value is kept whole.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub struct ControlCmdFuncs(pub u64);
    impl ControlCmdFuncs {
        /// `solar_signal`: bit 0.
        pub const SOLAR_SIGNAL: ControlCmdFuncs = ControlCmdFuncs(1u64 << 0);
        /// `evu`: bit 1.
        pub const EVU: ControlCmdFuncs = ControlCmdFuncs(1u64 << 1);
        /// `sg`: bit 2.
        pub const SG: ControlCmdFuncs = ControlCmdFuncs(1u64 << 2);
        /// `remoter_signal`: bit 3.
        pub const REMOTER_SIGNAL: ControlCmdFuncs = ControlCmdFuncs(1u64 << 3);
        /// `remoter_mode`: bit 4.
        pub const REMOTER_MODE: ControlCmdFuncs = ControlCmdFuncs(1u64 << 4);
        /// `disinfect`: bit 5.
        pub const DISINFECT: ControlCmdFuncs = ControlCmdFuncs(1u64 << 5);
        /// `unit_fahrenheit`: bit 6.
        pub const UNIT_FAHRENHEIT: ControlCmdFuncs = ControlCmdFuncs(1u64 << 6);
        /// Whether every bit set in `other` is set here.
        pub const fn contains(&self, other: ControlCmdFuncs) -> bool {
            self.0 & other.0 == other.0
        }
    }
    impl ::core::ops::BitOr for ControlCmdFuncs {
        type Output = ControlCmdFuncs;
        fn bitor(self, rhs: ControlCmdFuncs) -> ControlCmdFuncs {
            ControlCmdFuncs(self.0 | rhs.0)
        }
    }
    impl mm::ModbusBits for ControlCmdFuncs {
        fn from_raw(raw: u64) -> Self {
            ControlCmdFuncs(raw)
        }
        fn to_raw(&self) -> u64 {
            self.0
        }
    }
    mm::impl_register_value!(bits ControlCmdFuncs);
    /// Values of `power_state`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum ControlPowerState {
        /// `off` (raw 0).
        Off,
        /// `on` (raw 1).
        On,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    impl ControlPowerState {
        /// The spec's name of this value, `None` for `Unknown`.
        pub const fn name(&self) -> ::core::option::Option<&'static str> {
            match self {
                ControlPowerState::Off => ::core::option::Option::Some("off"),
                ControlPowerState::On => ::core::option::Option::Some("on"),
                ControlPowerState::Unknown(_) => ::core::option::Option::None,
            }
        }
    }
    impl mm::ModbusEnum for ControlPowerState {
        fn from_raw(raw: i64) -> Self {
            match raw {
                0 => ControlPowerState::Off,
                1 => ControlPowerState::On,
                other => ControlPowerState::Unknown(other),
            }
        }
        fn to_raw(&self) -> i64 {
            match self {
                ControlPowerState::Off => 0,
                ControlPowerState::On => 1,
                ControlPowerState::Unknown(raw) => *raw,
            }
        }
    }
    mm::impl_register_value!(enum ControlPowerState);
    /// Values of `setting_mode`.
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
    impl ControlSettingMode {
        /// The spec's name of this value, `None` for `Unknown`.
        pub const fn name(&self) -> ::core::option::Option<&'static str> {
            match self {
                ControlSettingMode::Invalid => ::core::option::Option::Some("invalid"),
                ControlSettingMode::Hybrid => ::core::option::Option::Some("hybrid"),
                ControlSettingMode::EHeater => ::core::option::Option::Some("e_heater"),
                ControlSettingMode::Vacation => ::core::option::Option::Some("vacation"),
                ControlSettingMode::Unknown(_) => ::core::option::Option::None,
            }
        }
    }
    impl mm::ModbusEnum for ControlSettingMode {
        fn from_raw(raw: i64) -> Self {
            match raw {
                1 => ControlSettingMode::Invalid,
                2 => ControlSettingMode::Hybrid,
                3 => ControlSettingMode::EHeater,
                4 => ControlSettingMode::Vacation,
                other => ControlSettingMode::Unknown(other),
            }
        }
        fn to_raw(&self) -> i64 {
            match self {
                ControlSettingMode::Invalid => 1,
                ControlSettingMode::Hybrid => 2,
                ControlSettingMode::EHeater => 3,
                ControlSettingMode::Vacation => 4,
                ControlSettingMode::Unknown(raw) => *raw,
            }
        }
    }
    mm::impl_register_value!(enum ControlSettingMode);
    /// Named bits of `aux_status`; the raw value is kept whole.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub struct StatusAuxStatus(pub u64);
    impl StatusAuxStatus {
        /// `vacation`: bit 0.
        pub const VACATION: StatusAuxStatus = StatusAuxStatus(1u64 << 0);
        /// `solar_kit`: bit 1.
        pub const SOLAR_KIT: StatusAuxStatus = StatusAuxStatus(1u64 << 1);
        /// `defrost`: bit 2.
        pub const DEFROST: StatusAuxStatus = StatusAuxStatus(1u64 << 2);
        /// `wifi`: bit 3.
        pub const WIFI: StatusAuxStatus = StatusAuxStatus(1u64 << 3);
        /// Whether every bit set in `other` is set here.
        pub const fn contains(&self, other: StatusAuxStatus) -> bool {
            self.0 & other.0 == other.0
        }
    }
    impl ::core::ops::BitOr for StatusAuxStatus {
        type Output = StatusAuxStatus;
        fn bitor(self, rhs: StatusAuxStatus) -> StatusAuxStatus {
            StatusAuxStatus(self.0 | rhs.0)
        }
    }
    impl mm::ModbusBits for StatusAuxStatus {
        fn from_raw(raw: u64) -> Self {
            StatusAuxStatus(raw)
        }
        fn to_raw(&self) -> u64 {
            self.0
        }
    }
    mm::impl_register_value!(bits StatusAuxStatus);
    /// Named bits of `load_output`; the raw value is kept whole.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub struct StatusLoadOutput(pub u64);
    impl StatusLoadOutput {
        /// `compressor`: bit 0.
        pub const COMPRESSOR: StatusLoadOutput = StatusLoadOutput(1u64 << 0);
        /// `electric_heater`: bit 1.
        pub const ELECTRIC_HEATER: StatusLoadOutput = StatusLoadOutput(1u64 << 1);
        /// `four_way_valve`: bit 2.
        pub const FOUR_WAY_VALVE: StatusLoadOutput = StatusLoadOutput(1u64 << 2);
        /// `fan_low`: bit 3.
        pub const FAN_LOW: StatusLoadOutput = StatusLoadOutput(1u64 << 3);
        /// `fan_medium`: bit 4.
        pub const FAN_MEDIUM: StatusLoadOutput = StatusLoadOutput(1u64 << 4);
        /// `fan_high`: bit 5.
        pub const FAN_HIGH: StatusLoadOutput = StatusLoadOutput(1u64 << 5);
        /// `solar_pump`: bit 6.
        pub const SOLAR_PUMP: StatusLoadOutput = StatusLoadOutput(1u64 << 6);
        /// `alarm`: bit 7.
        pub const ALARM: StatusLoadOutput = StatusLoadOutput(1u64 << 7);
        /// Whether every bit set in `other` is set here.
        pub const fn contains(&self, other: StatusLoadOutput) -> bool {
            self.0 & other.0 == other.0
        }
    }
    impl ::core::ops::BitOr for StatusLoadOutput {
        type Output = StatusLoadOutput;
        fn bitor(self, rhs: StatusLoadOutput) -> StatusLoadOutput {
            StatusLoadOutput(self.0 | rhs.0)
        }
    }
    impl mm::ModbusBits for StatusLoadOutput {
        fn from_raw(raw: u64) -> Self {
            StatusLoadOutput(raw)
        }
        fn to_raw(&self) -> u64 {
            self.0
        }
    }
    mm::impl_register_value!(bits StatusLoadOutput);
    /// Values of `model`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum StatusModel {
        /// `model_190` (raw 1).
        Model190,
        /// `model_300` (raw 2).
        Model300,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    impl StatusModel {
        /// The spec's name of this value, `None` for `Unknown`.
        pub const fn name(&self) -> ::core::option::Option<&'static str> {
            match self {
                StatusModel::Model190 => ::core::option::Option::Some("model_190"),
                StatusModel::Model300 => ::core::option::Option::Some("model_300"),
                StatusModel::Unknown(_) => ::core::option::Option::None,
            }
        }
    }
    impl mm::ModbusEnum for StatusModel {
        fn from_raw(raw: i64) -> Self {
            match raw {
                1 => StatusModel::Model190,
                2 => StatusModel::Model300,
                other => StatusModel::Unknown(other),
            }
        }
        fn to_raw(&self) -> i64 {
            match self {
                StatusModel::Model190 => 1,
                StatusModel::Model300 => 2,
                StatusModel::Unknown(raw) => *raw,
            }
        }
    }
    mm::impl_register_value!(enum StatusModel);
    /// Values of `operating_mode`.
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
    impl StatusOperatingMode {
        /// The spec's name of this value, `None` for `Unknown`.
        pub const fn name(&self) -> ::core::option::Option<&'static str> {
            match self {
                StatusOperatingMode::Invalid => ::core::option::Option::Some("invalid"),
                StatusOperatingMode::Hybrid => ::core::option::Option::Some("hybrid"),
                StatusOperatingMode::EHeater => ::core::option::Option::Some("e_heater"),
                StatusOperatingMode::Vacation => ::core::option::Option::Some("vacation"),
                StatusOperatingMode::Off => ::core::option::Option::Some("off"),
                StatusOperatingMode::Unknown(_) => ::core::option::Option::None,
            }
        }
    }
    impl mm::ModbusEnum for StatusOperatingMode {
        fn from_raw(raw: i64) -> Self {
            match raw {
                1 => StatusOperatingMode::Invalid,
                2 => StatusOperatingMode::Hybrid,
                3 => StatusOperatingMode::EHeater,
                4 => StatusOperatingMode::Vacation,
                8 => StatusOperatingMode::Off,
                other => StatusOperatingMode::Unknown(other),
            }
        }
        fn to_raw(&self) -> i64 {
            match self {
                StatusOperatingMode::Invalid => 1,
                StatusOperatingMode::Hybrid => 2,
                StatusOperatingMode::EHeater => 3,
                StatusOperatingMode::Vacation => 4,
                StatusOperatingMode::Off => 8,
                StatusOperatingMode::Unknown(raw) => *raw,
            }
        }
    }
    mm::impl_register_value!(enum StatusOperatingMode);
    /// Settings and commands (read/write).
    #[derive(Debug, Clone, PartialEq)]
    pub struct Control {
        /// Power off/on (REG_POWER_STATE)
        ///
        /// - address: holding 0 (0x0000), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-write
        pub power_state: ControlPowerState,
        /// Setting mode: hybrid = heat pump with automatic electric backup, e_heater = electric resistance only, vacation = keep the water at 15 °C (REG_SETTING_MODE)
        ///
        /// - address: holding 1 (0x0001), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-write
        pub setting_mode: ControlSettingMode,
        /// Water temperature setpoint Ts; raw = 2·T + 30 in Celsius mode (REG_SETTING_TEMP_TS)
        ///
        /// - address: holding 2 (0x0002), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-write
        /// - unit: °C
        /// - scale: 0.5, offset: -15
        /// - range: 38 ..= 70
        pub setting_temp_ts: f64,
        /// Command functions (REG_CMD_FUNCS): solar signal (0 = solar panel on), EVU, SG, remoter signal (0 = panel can work), remoter mode, disinfect (heat to 70 °C once), temperature unit (0 = Celsius, 1 = Fahrenheit)
        ///
        /// - address: holding 3 (0x0003), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-write
        pub cmd_funcs: ControlCmdFuncs,
        /// Clock hour (REG_HOUR)
        ///
        /// - address: holding 4 (0x0004), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-write
        /// - unit: h
        /// - range: 0 ..= 23
        pub hour: u16,
        /// Clock minute (REG_MINUTE)
        ///
        /// - address: holding 5 (0x0005), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-write
        /// - unit: min
        /// - range: 0 ..= 59
        pub minute: u16,
    }
    /// Measurements and states (read only).
    #[derive(Debug, Clone, PartialEq)]
    pub struct Status {
        /// Current operating mode (REG_OPERATING_MODE)
        ///
        /// - address: holding 100 (0x0064), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        pub operating_mode: StatusOperatingMode,
        /// Water temperature in the upper part of the tank T5U; raw = 2·T + 30 in Celsius mode (REG_TEMP_T5U)
        ///
        /// - address: holding 101 (0x0065), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        /// - unit: °C
        /// - scale: 0.5, offset: -15
        pub temp_t5u: f64,
        /// Water temperature in the lower part of the tank T5L; raw = 2·T + 30 in Celsius mode (REG_TEMP_T5L)
        ///
        /// - address: holding 102 (0x0066), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        /// - unit: °C
        /// - scale: 0.5, offset: -15
        pub temp_t5l: f64,
        /// Condenser temperature T3; raw = 2·T + 30 in Celsius mode (REG_TEMP_T3)
        ///
        /// - address: holding 103 (0x0067), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        /// - unit: °C
        /// - scale: 0.5, offset: -15
        pub temp_t3: f64,
        /// Outdoor ambient temperature T4; raw = 2·T + 30 in Celsius mode (REG_TEMP_T4)
        ///
        /// - address: holding 104 (0x0068), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        /// - unit: °C
        /// - scale: 0.5, offset: -15
        pub temp_t4: f64,
        /// Compressor exhaust temperature Tp; raw = 2·T + 30 in Celsius mode (REG_TEMP_EXHAUST_GAS)
        ///
        /// - address: holding 105 (0x0069), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        /// - unit: °C
        /// - scale: 0.5, offset: -15
        pub temp_exhaust_gas: f64,
        /// Suction temperature Th; raw = 2·T + 30 in Celsius mode (REG_TEMP_TH)
        ///
        /// - address: holding 106 (0x006A), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        /// - unit: °C
        /// - scale: 0.5, offset: -15
        pub temp_th: f64,
        /// Opening of the external electronic expansion valve, raw (REG_PMV_OPENING_VALUE)
        ///
        /// - address: holding 107 (0x006B), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        pub pmv_opening_value: u16,
        /// Input AC current, raw; scale undocumented (REG_COMPRESSOR_CURRENT)
        ///
        /// - address: holding 108 (0x006C), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        pub compressor_current: u16,
        /// Load outputs (REG_LOAD_OUTPUT)
        ///
        /// - address: holding 109 (0x006D), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        pub load_output: StatusLoadOutput,
        /// Error/protection code; numeric codes map to letters: 1.. = E0-EF, 20.. = P*, 39.. = H*, 58.. = C*, 77.. = L*, 96.. = B* (REG_ERR_PROTECT_CODE)
        ///
        /// - address: holding 110 (0x006E), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        pub err_protect_code: u16,
        /// Maximum of the setpoint Ts, raw as read by the integration (REG_MAX_TEMP_TS)
        ///
        /// - address: holding 111 (0x006F), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        pub max_temp_ts: u16,
        /// Minimum of the setpoint Ts, raw as read by the integration (REG_MIN_TEMP_TS)
        ///
        /// - address: holding 112 (0x0070), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        pub min_temp_ts: u16,
        /// Displayed temperature Tx; raw = 2·T + 30 in Celsius mode (REG_TEMP_DISPLAY)
        ///
        /// - address: holding 113 (0x0071), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        /// - unit: °C
        /// - scale: 0.5, offset: -15
        pub temp_display: f64,
        /// Auxiliary status (REG_AUX_STATUS)
        ///
        /// - address: holding 115 (0x0073), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        pub aux_status: StatusAuxStatus,
        /// Compressor running time, raw (REG_COMP_RUN_TIME)
        ///
        /// - address: holding 116 (0x0074), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        pub comp_run_time: u16,
        /// Model: 190 L or 300 L tank (REG_MODEL)
        ///
        /// - address: holding 117 (0x0075), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        pub model: StatusModel,
        /// Main PCB firmware version (REG_VERSION_FIRMWARE)
        ///
        /// - address: holding 118 (0x0076), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        pub version_firmware: u16,
        /// Wired controller firmware version (REG_VERSION_WIRE_CONTROLLER)
        ///
        /// - address: holding 119 (0x0077), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        pub version_wire_controller: u16,
    }
    /// Everything [`Client::read_all`] returns: one field per block instance.
    #[derive(Debug, Clone, PartialEq)]
    pub struct All {
        /// `control` (base 0).
        pub control: Control,
        /// `status` (base 100).
        pub status: Status,
    }
    /// Typed client of Clivet heat-pump water heater (BMS) over a tokio-modbus context (`Reader + Writer`).
    ///
    /// Reads return `Ok(Ok(value))`, `Ok(Err(exception))` when the device answers
    /// with a Modbus exception, and `Err(error)` for transport failures and for
    /// requests refused locally (access, range, firmware, safety), which are never sent.
    #[derive(Debug)]
    pub struct Client<C> {
        inner: mm::DeviceClient<C>,
    }
    impl<C> Client<C> {
        /// Wraps a connected context (e.g. `tokio_modbus::client::tcp::connect`); each
        /// register is addressed to its spec unit id unless `set_unit_id` says otherwise.
        pub fn new(ctx: C) -> Self {
            Client {
                inner: mm::DeviceClient::new(ctx),
            }
        }
        /// Tells the client the device's firmware: registers newer than it are refused locally
        /// and left out of block reads.
        pub fn set_firmware(&mut self, firmware: ::core::option::Option<mm::Version>) {
            self.inner.set_firmware(firmware);
        }
        /// Overrides the word order of every 32/64-bit register (`None`: as the spec says).
        pub fn set_word_order(&mut self, order: ::core::option::Option<mm::WordOrder>) {
            self.inner.set_word_order(order);
        }
        /// Sends every request to this unit id instead of the spec's.
        pub fn set_unit_id(&mut self, unit_id: ::core::option::Option<u8>) {
            self.inner.set_unit_id(unit_id);
        }
        /// Lets writes reach registers marked `safety: true`.
        pub fn allow_safety_writes(&mut self, allow: bool) {
            self.inner.allow_safety_writes(allow);
        }
        /// The untyped client underneath, for raw reads and writes.
        pub fn device(&mut self) -> &mut mm::DeviceClient<C> {
            &mut self.inner
        }
        /// Gives the tokio-modbus context back.
        pub fn into_inner(self) -> C {
            self.inner.into_inner()
        }
        /// The registers of `wanted` the connected firmware has.
        fn available(
            &self,
            wanted: &[&'static mm::RegisterDescriptor],
        ) -> mm::Vec<&'static mm::RegisterDescriptor> {
            let firmware = self.inner.firmware();
            wanted.iter().copied().filter(|d| present(d, firmware)).collect()
        }
        fn decode<T: mm::RegisterValue>(
            &self,
            snap: &mm::RegisterSnapshot,
            desc: &'static mm::RegisterDescriptor,
        ) -> ::core::result::Result<T, mm::Error> {
            ::core::result::Result::Ok(snap.get(desc, self.inner.word_order_for(desc))?)
        }
        fn decode_since<T: mm::RegisterValue>(
            &self,
            snap: &mm::RegisterSnapshot,
            desc: &'static mm::RegisterDescriptor,
        ) -> ::core::result::Result<::core::option::Option<T>, mm::Error> {
            if present(desc, self.inner.firmware()) {
                self.decode(snap, desc).map(::core::option::Option::Some)
            } else {
                ::core::result::Result::Ok(::core::option::Option::None)
            }
        }
    }
    fn present(
        desc: &mm::RegisterDescriptor,
        firmware: ::core::option::Option<mm::Version>,
    ) -> bool {
        match (desc.since, firmware) {
            (
                ::core::option::Option::Some(since),
                ::core::option::Option::Some(firmware),
            ) => firmware >= since,
            _ => true,
        }
    }
    impl<C: mm::Reader + mm::Writer> Client<C> {
        /// Reads `control.power_state` ([`CONTROL_POWER_STATE`]). Power off/on (REG_POWER_STATE)
        pub async fn read_control_power_state(
            &mut self,
        ) -> mm::ModbusResult<ControlPowerState> {
            self.inner.read_value(&CONTROL_POWER_STATE).await
        }
        /// Writes `control.power_state` ([`CONTROL_POWER_STATE`]) after checking access, range, firmware and safety locally. Power off/on (REG_POWER_STATE)
        pub async fn write_control_power_state(
            &mut self,
            value: ControlPowerState,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&CONTROL_POWER_STATE, &value).await
        }
        /// Reads `control.setting_mode` ([`CONTROL_SETTING_MODE`]). Setting mode: hybrid = heat pump with automatic electric backup, e_heater = electric resistance only, vacation = keep the water at 15 °C (REG_SETTING_MODE)
        pub async fn read_control_setting_mode(
            &mut self,
        ) -> mm::ModbusResult<ControlSettingMode> {
            self.inner.read_value(&CONTROL_SETTING_MODE).await
        }
        /// Writes `control.setting_mode` ([`CONTROL_SETTING_MODE`]) after checking access, range, firmware and safety locally. Setting mode: hybrid = heat pump with automatic electric backup, e_heater = electric resistance only, vacation = keep the water at 15 °C (REG_SETTING_MODE)
        pub async fn write_control_setting_mode(
            &mut self,
            value: ControlSettingMode,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&CONTROL_SETTING_MODE, &value).await
        }
        /// Reads `control.setting_temp_ts` ([`CONTROL_SETTING_TEMP_TS`]). Water temperature setpoint Ts; raw = 2·T + 30 in Celsius mode (REG_SETTING_TEMP_TS)
        pub async fn read_control_setting_temp_ts(&mut self) -> mm::ModbusResult<f64> {
            self.inner.read_value(&CONTROL_SETTING_TEMP_TS).await
        }
        /// Writes `control.setting_temp_ts` ([`CONTROL_SETTING_TEMP_TS`]) after checking access, range, firmware and safety locally. Water temperature setpoint Ts; raw = 2·T + 30 in Celsius mode (REG_SETTING_TEMP_TS)
        pub async fn write_control_setting_temp_ts(
            &mut self,
            value: f64,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&CONTROL_SETTING_TEMP_TS, &value).await
        }
        /// Reads `control.cmd_funcs` ([`CONTROL_CMD_FUNCS`]). Command functions (REG_CMD_FUNCS): solar signal (0 = solar panel on), EVU, SG, remoter signal (0 = panel can work), remoter mode, disinfect (heat to 70 °C once), temperature unit (0 = Celsius, 1 = Fahrenheit)
        pub async fn read_control_cmd_funcs(
            &mut self,
        ) -> mm::ModbusResult<ControlCmdFuncs> {
            self.inner.read_value(&CONTROL_CMD_FUNCS).await
        }
        /// Writes `control.cmd_funcs` ([`CONTROL_CMD_FUNCS`]) after checking access, range, firmware and safety locally. Command functions (REG_CMD_FUNCS): solar signal (0 = solar panel on), EVU, SG, remoter signal (0 = panel can work), remoter mode, disinfect (heat to 70 °C once), temperature unit (0 = Celsius, 1 = Fahrenheit)
        pub async fn write_control_cmd_funcs(
            &mut self,
            value: ControlCmdFuncs,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&CONTROL_CMD_FUNCS, &value).await
        }
        /// Reads `control.hour` ([`CONTROL_HOUR`]). Clock hour (REG_HOUR)
        pub async fn read_control_hour(&mut self) -> mm::ModbusResult<u16> {
            self.inner.read_value(&CONTROL_HOUR).await
        }
        /// Writes `control.hour` ([`CONTROL_HOUR`]) after checking access, range, firmware and safety locally. Clock hour (REG_HOUR)
        pub async fn write_control_hour(&mut self, value: u16) -> mm::ModbusResult<()> {
            self.inner.write_value(&CONTROL_HOUR, &value).await
        }
        /// Reads `control.minute` ([`CONTROL_MINUTE`]). Clock minute (REG_MINUTE)
        pub async fn read_control_minute(&mut self) -> mm::ModbusResult<u16> {
            self.inner.read_value(&CONTROL_MINUTE).await
        }
        /// Writes `control.minute` ([`CONTROL_MINUTE`]) after checking access, range, firmware and safety locally. Clock minute (REG_MINUTE)
        pub async fn write_control_minute(
            &mut self,
            value: u16,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&CONTROL_MINUTE, &value).await
        }
        /// Reads `status.operating_mode` ([`STATUS_OPERATING_MODE`]). Current operating mode (REG_OPERATING_MODE)
        pub async fn read_status_operating_mode(
            &mut self,
        ) -> mm::ModbusResult<StatusOperatingMode> {
            self.inner.read_value(&STATUS_OPERATING_MODE).await
        }
        /// Reads `status.temp_t5u` ([`STATUS_TEMP_T5U`]). Water temperature in the upper part of the tank T5U; raw = 2·T + 30 in Celsius mode (REG_TEMP_T5U)
        pub async fn read_status_temp_t5u(&mut self) -> mm::ModbusResult<f64> {
            self.inner.read_value(&STATUS_TEMP_T5U).await
        }
        /// Reads `status.temp_t5l` ([`STATUS_TEMP_T5L`]). Water temperature in the lower part of the tank T5L; raw = 2·T + 30 in Celsius mode (REG_TEMP_T5L)
        pub async fn read_status_temp_t5l(&mut self) -> mm::ModbusResult<f64> {
            self.inner.read_value(&STATUS_TEMP_T5L).await
        }
        /// Reads `status.temp_t3` ([`STATUS_TEMP_T3`]). Condenser temperature T3; raw = 2·T + 30 in Celsius mode (REG_TEMP_T3)
        pub async fn read_status_temp_t3(&mut self) -> mm::ModbusResult<f64> {
            self.inner.read_value(&STATUS_TEMP_T3).await
        }
        /// Reads `status.temp_t4` ([`STATUS_TEMP_T4`]). Outdoor ambient temperature T4; raw = 2·T + 30 in Celsius mode (REG_TEMP_T4)
        pub async fn read_status_temp_t4(&mut self) -> mm::ModbusResult<f64> {
            self.inner.read_value(&STATUS_TEMP_T4).await
        }
        /// Reads `status.temp_exhaust_gas` ([`STATUS_TEMP_EXHAUST_GAS`]). Compressor exhaust temperature Tp; raw = 2·T + 30 in Celsius mode (REG_TEMP_EXHAUST_GAS)
        pub async fn read_status_temp_exhaust_gas(&mut self) -> mm::ModbusResult<f64> {
            self.inner.read_value(&STATUS_TEMP_EXHAUST_GAS).await
        }
        /// Reads `status.temp_th` ([`STATUS_TEMP_TH`]). Suction temperature Th; raw = 2·T + 30 in Celsius mode (REG_TEMP_TH)
        pub async fn read_status_temp_th(&mut self) -> mm::ModbusResult<f64> {
            self.inner.read_value(&STATUS_TEMP_TH).await
        }
        /// Reads `status.pmv_opening_value` ([`STATUS_PMV_OPENING_VALUE`]). Opening of the external electronic expansion valve, raw (REG_PMV_OPENING_VALUE)
        pub async fn read_status_pmv_opening_value(&mut self) -> mm::ModbusResult<u16> {
            self.inner.read_value(&STATUS_PMV_OPENING_VALUE).await
        }
        /// Reads `status.compressor_current` ([`STATUS_COMPRESSOR_CURRENT`]). Input AC current, raw; scale undocumented (REG_COMPRESSOR_CURRENT)
        pub async fn read_status_compressor_current(&mut self) -> mm::ModbusResult<u16> {
            self.inner.read_value(&STATUS_COMPRESSOR_CURRENT).await
        }
        /// Reads `status.load_output` ([`STATUS_LOAD_OUTPUT`]). Load outputs (REG_LOAD_OUTPUT)
        pub async fn read_status_load_output(
            &mut self,
        ) -> mm::ModbusResult<StatusLoadOutput> {
            self.inner.read_value(&STATUS_LOAD_OUTPUT).await
        }
        /// Reads `status.err_protect_code` ([`STATUS_ERR_PROTECT_CODE`]). Error/protection code; numeric codes map to letters: 1.. = E0-EF, 20.. = P*, 39.. = H*, 58.. = C*, 77.. = L*, 96.. = B* (REG_ERR_PROTECT_CODE)
        pub async fn read_status_err_protect_code(&mut self) -> mm::ModbusResult<u16> {
            self.inner.read_value(&STATUS_ERR_PROTECT_CODE).await
        }
        /// Reads `status.max_temp_ts` ([`STATUS_MAX_TEMP_TS`]). Maximum of the setpoint Ts, raw as read by the integration (REG_MAX_TEMP_TS)
        pub async fn read_status_max_temp_ts(&mut self) -> mm::ModbusResult<u16> {
            self.inner.read_value(&STATUS_MAX_TEMP_TS).await
        }
        /// Reads `status.min_temp_ts` ([`STATUS_MIN_TEMP_TS`]). Minimum of the setpoint Ts, raw as read by the integration (REG_MIN_TEMP_TS)
        pub async fn read_status_min_temp_ts(&mut self) -> mm::ModbusResult<u16> {
            self.inner.read_value(&STATUS_MIN_TEMP_TS).await
        }
        /// Reads `status.temp_display` ([`STATUS_TEMP_DISPLAY`]). Displayed temperature Tx; raw = 2·T + 30 in Celsius mode (REG_TEMP_DISPLAY)
        pub async fn read_status_temp_display(&mut self) -> mm::ModbusResult<f64> {
            self.inner.read_value(&STATUS_TEMP_DISPLAY).await
        }
        /// Reads `status.aux_status` ([`STATUS_AUX_STATUS`]). Auxiliary status (REG_AUX_STATUS)
        pub async fn read_status_aux_status(
            &mut self,
        ) -> mm::ModbusResult<StatusAuxStatus> {
            self.inner.read_value(&STATUS_AUX_STATUS).await
        }
        /// Reads `status.comp_run_time` ([`STATUS_COMP_RUN_TIME`]). Compressor running time, raw (REG_COMP_RUN_TIME)
        pub async fn read_status_comp_run_time(&mut self) -> mm::ModbusResult<u16> {
            self.inner.read_value(&STATUS_COMP_RUN_TIME).await
        }
        /// Reads `status.model` ([`STATUS_MODEL`]). Model: 190 L or 300 L tank (REG_MODEL)
        pub async fn read_status_model(&mut self) -> mm::ModbusResult<StatusModel> {
            self.inner.read_value(&STATUS_MODEL).await
        }
        /// Reads `status.version_firmware` ([`STATUS_VERSION_FIRMWARE`]). Main PCB firmware version (REG_VERSION_FIRMWARE)
        pub async fn read_status_version_firmware(&mut self) -> mm::ModbusResult<u16> {
            self.inner.read_value(&STATUS_VERSION_FIRMWARE).await
        }
        /// Reads `status.version_wire_controller` ([`STATUS_VERSION_WIRE_CONTROLLER`]). Wired controller firmware version (REG_VERSION_WIRE_CONTROLLER)
        pub async fn read_status_version_wire_controller(
            &mut self,
        ) -> mm::ModbusResult<u16> {
            self.inner.read_value(&STATUS_VERSION_WIRE_CONTROLLER).await
        }
        /// Reads every readable register of `control` (base 0) in as few requests as the planner allows.
        pub async fn read_control(&mut self) -> mm::ModbusResult<Control> {
            let wanted = self
                .available(
                    &[
                        &CONTROL_POWER_STATE,
                        &CONTROL_SETTING_MODE,
                        &CONTROL_SETTING_TEMP_TS,
                        &CONTROL_CMD_FUNCS,
                        &CONTROL_HOUR,
                        &CONTROL_MINUTE,
                    ],
                );
            let snap = match self.inner.read_many(&wanted, REGISTERS, LIMITS).await? {
                ::core::result::Result::Ok(snap) => snap,
                ::core::result::Result::Err(code) => {
                    return ::core::result::Result::Ok(::core::result::Result::Err(code));
                }
            };
            ::core::result::Result::Ok(
                ::core::result::Result::Ok(Control {
                    power_state: self.decode(&snap, &CONTROL_POWER_STATE)?,
                    setting_mode: self.decode(&snap, &CONTROL_SETTING_MODE)?,
                    setting_temp_ts: self.decode(&snap, &CONTROL_SETTING_TEMP_TS)?,
                    cmd_funcs: self.decode(&snap, &CONTROL_CMD_FUNCS)?,
                    hour: self.decode(&snap, &CONTROL_HOUR)?,
                    minute: self.decode(&snap, &CONTROL_MINUTE)?,
                }),
            )
        }
        /// Reads every readable register of `status` (base 100) in as few requests as the planner allows.
        pub async fn read_status(&mut self) -> mm::ModbusResult<Status> {
            let wanted = self
                .available(
                    &[
                        &STATUS_OPERATING_MODE,
                        &STATUS_TEMP_T5U,
                        &STATUS_TEMP_T5L,
                        &STATUS_TEMP_T3,
                        &STATUS_TEMP_T4,
                        &STATUS_TEMP_EXHAUST_GAS,
                        &STATUS_TEMP_TH,
                        &STATUS_PMV_OPENING_VALUE,
                        &STATUS_COMPRESSOR_CURRENT,
                        &STATUS_LOAD_OUTPUT,
                        &STATUS_ERR_PROTECT_CODE,
                        &STATUS_MAX_TEMP_TS,
                        &STATUS_MIN_TEMP_TS,
                        &STATUS_TEMP_DISPLAY,
                        &STATUS_AUX_STATUS,
                        &STATUS_COMP_RUN_TIME,
                        &STATUS_MODEL,
                        &STATUS_VERSION_FIRMWARE,
                        &STATUS_VERSION_WIRE_CONTROLLER,
                    ],
                );
            let snap = match self.inner.read_many(&wanted, REGISTERS, LIMITS).await? {
                ::core::result::Result::Ok(snap) => snap,
                ::core::result::Result::Err(code) => {
                    return ::core::result::Result::Ok(::core::result::Result::Err(code));
                }
            };
            ::core::result::Result::Ok(
                ::core::result::Result::Ok(Status {
                    operating_mode: self.decode(&snap, &STATUS_OPERATING_MODE)?,
                    temp_t5u: self.decode(&snap, &STATUS_TEMP_T5U)?,
                    temp_t5l: self.decode(&snap, &STATUS_TEMP_T5L)?,
                    temp_t3: self.decode(&snap, &STATUS_TEMP_T3)?,
                    temp_t4: self.decode(&snap, &STATUS_TEMP_T4)?,
                    temp_exhaust_gas: self.decode(&snap, &STATUS_TEMP_EXHAUST_GAS)?,
                    temp_th: self.decode(&snap, &STATUS_TEMP_TH)?,
                    pmv_opening_value: self.decode(&snap, &STATUS_PMV_OPENING_VALUE)?,
                    compressor_current: self.decode(&snap, &STATUS_COMPRESSOR_CURRENT)?,
                    load_output: self.decode(&snap, &STATUS_LOAD_OUTPUT)?,
                    err_protect_code: self.decode(&snap, &STATUS_ERR_PROTECT_CODE)?,
                    max_temp_ts: self.decode(&snap, &STATUS_MAX_TEMP_TS)?,
                    min_temp_ts: self.decode(&snap, &STATUS_MIN_TEMP_TS)?,
                    temp_display: self.decode(&snap, &STATUS_TEMP_DISPLAY)?,
                    aux_status: self.decode(&snap, &STATUS_AUX_STATUS)?,
                    comp_run_time: self.decode(&snap, &STATUS_COMP_RUN_TIME)?,
                    model: self.decode(&snap, &STATUS_MODEL)?,
                    version_firmware: self.decode(&snap, &STATUS_VERSION_FIRMWARE)?,
                    version_wire_controller: self
                        .decode(&snap, &STATUS_VERSION_WIRE_CONTROLLER)?,
                }),
            )
        }
        /// Reads every readable register of the device (those the connected
        /// firmware has) in as few requests as the planner allows.
        pub async fn read_all(&mut self) -> mm::ModbusResult<All> {
            let wanted = self
                .available(
                    &[
                        &CONTROL_POWER_STATE,
                        &CONTROL_SETTING_MODE,
                        &CONTROL_SETTING_TEMP_TS,
                        &CONTROL_CMD_FUNCS,
                        &CONTROL_HOUR,
                        &CONTROL_MINUTE,
                        &STATUS_OPERATING_MODE,
                        &STATUS_TEMP_T5U,
                        &STATUS_TEMP_T5L,
                        &STATUS_TEMP_T3,
                        &STATUS_TEMP_T4,
                        &STATUS_TEMP_EXHAUST_GAS,
                        &STATUS_TEMP_TH,
                        &STATUS_PMV_OPENING_VALUE,
                        &STATUS_COMPRESSOR_CURRENT,
                        &STATUS_LOAD_OUTPUT,
                        &STATUS_ERR_PROTECT_CODE,
                        &STATUS_MAX_TEMP_TS,
                        &STATUS_MIN_TEMP_TS,
                        &STATUS_TEMP_DISPLAY,
                        &STATUS_AUX_STATUS,
                        &STATUS_COMP_RUN_TIME,
                        &STATUS_MODEL,
                        &STATUS_VERSION_FIRMWARE,
                        &STATUS_VERSION_WIRE_CONTROLLER,
                    ],
                );
            let snap = match self.inner.read_many(&wanted, REGISTERS, LIMITS).await? {
                ::core::result::Result::Ok(snap) => snap,
                ::core::result::Result::Err(code) => {
                    return ::core::result::Result::Ok(::core::result::Result::Err(code));
                }
            };
            ::core::result::Result::Ok(
                ::core::result::Result::Ok(All {
                    control: Control {
                        power_state: self.decode(&snap, &CONTROL_POWER_STATE)?,
                        setting_mode: self.decode(&snap, &CONTROL_SETTING_MODE)?,
                        setting_temp_ts: self.decode(&snap, &CONTROL_SETTING_TEMP_TS)?,
                        cmd_funcs: self.decode(&snap, &CONTROL_CMD_FUNCS)?,
                        hour: self.decode(&snap, &CONTROL_HOUR)?,
                        minute: self.decode(&snap, &CONTROL_MINUTE)?,
                    },
                    status: Status {
                        operating_mode: self.decode(&snap, &STATUS_OPERATING_MODE)?,
                        temp_t5u: self.decode(&snap, &STATUS_TEMP_T5U)?,
                        temp_t5l: self.decode(&snap, &STATUS_TEMP_T5L)?,
                        temp_t3: self.decode(&snap, &STATUS_TEMP_T3)?,
                        temp_t4: self.decode(&snap, &STATUS_TEMP_T4)?,
                        temp_exhaust_gas: self.decode(&snap, &STATUS_TEMP_EXHAUST_GAS)?,
                        temp_th: self.decode(&snap, &STATUS_TEMP_TH)?,
                        pmv_opening_value: self
                            .decode(&snap, &STATUS_PMV_OPENING_VALUE)?,
                        compressor_current: self
                            .decode(&snap, &STATUS_COMPRESSOR_CURRENT)?,
                        load_output: self.decode(&snap, &STATUS_LOAD_OUTPUT)?,
                        err_protect_code: self.decode(&snap, &STATUS_ERR_PROTECT_CODE)?,
                        max_temp_ts: self.decode(&snap, &STATUS_MAX_TEMP_TS)?,
                        min_temp_ts: self.decode(&snap, &STATUS_MIN_TEMP_TS)?,
                        temp_display: self.decode(&snap, &STATUS_TEMP_DISPLAY)?,
                        aux_status: self.decode(&snap, &STATUS_AUX_STATUS)?,
                        comp_run_time: self.decode(&snap, &STATUS_COMP_RUN_TIME)?,
                        model: self.decode(&snap, &STATUS_MODEL)?,
                        version_firmware: self.decode(&snap, &STATUS_VERSION_FIRMWARE)?,
                        version_wire_controller: self
                            .decode(&snap, &STATUS_VERSION_WIRE_CONTROLLER)?,
                    },
                }),
            )
        }
    }
    /// Slave dispatch tables: serve this device with `modbus_map::server` or the `no_std` dispatch core.
    #[allow(clippy::all, clippy::pedantic, dead_code)]
    pub mod dispatch {
        use ::modbus_map::__private as mm;
        /// Descriptors in IR order (unit id, table, address, name).
        static DESCRIPTORS: [mm::RegisterDescriptor; 25] = [
            super::CONTROL_POWER_STATE,
            super::CONTROL_SETTING_MODE,
            super::CONTROL_SETTING_TEMP_TS,
            super::CONTROL_CMD_FUNCS,
            super::CONTROL_HOUR,
            super::CONTROL_MINUTE,
            super::STATUS_OPERATING_MODE,
            super::STATUS_TEMP_T5U,
            super::STATUS_TEMP_T5L,
            super::STATUS_TEMP_T3,
            super::STATUS_TEMP_T4,
            super::STATUS_TEMP_EXHAUST_GAS,
            super::STATUS_TEMP_TH,
            super::STATUS_PMV_OPENING_VALUE,
            super::STATUS_COMPRESSOR_CURRENT,
            super::STATUS_LOAD_OUTPUT,
            super::STATUS_ERR_PROTECT_CODE,
            super::STATUS_MAX_TEMP_TS,
            super::STATUS_MIN_TEMP_TS,
            super::STATUS_TEMP_DISPLAY,
            super::STATUS_AUX_STATUS,
            super::STATUS_COMP_RUN_TIME,
            super::STATUS_MODEL,
            super::STATUS_VERSION_FIRMWARE,
            super::STATUS_VERSION_WIRE_CONTROLLER,
        ];
        static UNIT_1_COIL: [mm::dispatch::Entry; 0] = [];
        static UNIT_1_COIL_GAPS: [mm::dispatch::GapRange; 0] = [];
        static UNIT_1_COIL_INDEX: [u16; 0] = [];
        static UNIT_1_DISCRETE: [mm::dispatch::Entry; 0] = [];
        static UNIT_1_DISCRETE_GAPS: [mm::dispatch::GapRange; 0] = [];
        static UNIT_1_DISCRETE_INDEX: [u16; 0] = [];
        static UNIT_1_INPUT: [mm::dispatch::Entry; 0] = [];
        static UNIT_1_INPUT_GAPS: [mm::dispatch::GapRange; 0] = [];
        static UNIT_1_INPUT_INDEX: [u16; 0] = [];
        static UNIT_1_HOLDING: [mm::dispatch::Entry; 25] = [
            mm::dispatch::Entry {
                address: 0,
                width: 1,
                slot: 0,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[0],
            },
            mm::dispatch::Entry {
                address: 1,
                width: 1,
                slot: 1,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[1],
            },
            mm::dispatch::Entry {
                address: 2,
                width: 1,
                slot: 2,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[2],
            },
            mm::dispatch::Entry {
                address: 3,
                width: 1,
                slot: 3,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[3],
            },
            mm::dispatch::Entry {
                address: 4,
                width: 1,
                slot: 4,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[4],
            },
            mm::dispatch::Entry {
                address: 5,
                width: 1,
                slot: 5,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[5],
            },
            mm::dispatch::Entry {
                address: 100,
                width: 1,
                slot: 6,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[6],
            },
            mm::dispatch::Entry {
                address: 101,
                width: 1,
                slot: 7,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[7],
            },
            mm::dispatch::Entry {
                address: 102,
                width: 1,
                slot: 8,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[8],
            },
            mm::dispatch::Entry {
                address: 103,
                width: 1,
                slot: 9,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[9],
            },
            mm::dispatch::Entry {
                address: 104,
                width: 1,
                slot: 10,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[10],
            },
            mm::dispatch::Entry {
                address: 105,
                width: 1,
                slot: 11,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[11],
            },
            mm::dispatch::Entry {
                address: 106,
                width: 1,
                slot: 12,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[12],
            },
            mm::dispatch::Entry {
                address: 107,
                width: 1,
                slot: 13,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[13],
            },
            mm::dispatch::Entry {
                address: 108,
                width: 1,
                slot: 14,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[14],
            },
            mm::dispatch::Entry {
                address: 109,
                width: 1,
                slot: 15,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[15],
            },
            mm::dispatch::Entry {
                address: 110,
                width: 1,
                slot: 16,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[16],
            },
            mm::dispatch::Entry {
                address: 111,
                width: 1,
                slot: 17,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[17],
            },
            mm::dispatch::Entry {
                address: 112,
                width: 1,
                slot: 18,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[18],
            },
            mm::dispatch::Entry {
                address: 113,
                width: 1,
                slot: 19,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[19],
            },
            mm::dispatch::Entry {
                address: 115,
                width: 1,
                slot: 20,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[20],
            },
            mm::dispatch::Entry {
                address: 116,
                width: 1,
                slot: 21,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[21],
            },
            mm::dispatch::Entry {
                address: 117,
                width: 1,
                slot: 22,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[22],
            },
            mm::dispatch::Entry {
                address: 118,
                width: 1,
                slot: 23,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[23],
            },
            mm::dispatch::Entry {
                address: 119,
                width: 1,
                slot: 24,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[24],
            },
        ];
        static UNIT_1_HOLDING_GAPS: [mm::dispatch::GapRange; 0] = [];
        static UNIT_1_HOLDING_INDEX: [u16; 120] = [
            0, 1, 2, 3, 4, 5, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6,
            6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6,
            6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6,
            6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 7, 8, 9,
            10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 20, 21, 22, 23, 24,
        ];
        static UNITS: [mm::dispatch::UnitMap; 1] = [
            mm::dispatch::UnitMap {
                unit_id: 1,
                coils: mm::dispatch::TableMap {
                    entries: &UNIT_1_COIL,
                    allow_gaps: false,
                    gap_ranges: &UNIT_1_COIL_GAPS,
                    index_base: 0,
                    index: &UNIT_1_COIL_INDEX,
                },
                discrete_inputs: mm::dispatch::TableMap {
                    entries: &UNIT_1_DISCRETE,
                    allow_gaps: false,
                    gap_ranges: &UNIT_1_DISCRETE_GAPS,
                    index_base: 0,
                    index: &UNIT_1_DISCRETE_INDEX,
                },
                input_registers: mm::dispatch::TableMap {
                    entries: &UNIT_1_INPUT,
                    allow_gaps: false,
                    gap_ranges: &UNIT_1_INPUT_GAPS,
                    index_base: 0,
                    index: &UNIT_1_INPUT_INDEX,
                },
                holding_registers: mm::dispatch::TableMap {
                    entries: &UNIT_1_HOLDING,
                    allow_gaps: false,
                    gap_ranges: &UNIT_1_HOLDING_GAPS,
                    index_base: 0,
                    index: &UNIT_1_HOLDING_INDEX,
                },
                values_per_read: 0,
            },
        ];
        /// Initial storage words (spec defaults, start values where there is none), indexed by slot.
        pub static DEFAULTS: [u16; 25] = [
            0, 1, 106, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0,
        ];
        /// The device's whole map, for `modbus_map::dispatch::Dispatcher::new(&MAP)`.
        pub static MAP: mm::dispatch::DeviceMap = mm::dispatch::DeviceMap {
            name: "clivet",
            default_unit: 1,
            units: &UNITS,
            defaults: &DEFAULTS,
            word_order_coil: None,
        };
    }
}
