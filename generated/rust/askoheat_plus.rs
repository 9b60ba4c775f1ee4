// @generated from specs/askoheat_plus.yaml by `cargo xtask gen`.
// Do not edit: change the spec and run the command again.

/// ASKOHEAT+
///
/// Screw-in and flange heater with three switchable heating elements (7 steps) for heating water with photovoltaic surplus; Modbus TCP server on port 502 (and Modbus RTU since 4.0.2). Data is updated every second. Heater step, load setpoint and feed-in value are cleared after 60 s without a client.
///
/// - vendor: Askoma AG
/// - firmware: 4.2.1
/// - unit id: 1
/// - word order: high_first, string byte order: low_first
/// - spec: `specs/askoheat_plus.yaml`
#[allow(clippy::all, clippy::pedantic, unused_imports, dead_code, non_camel_case_types)]
pub mod askoheat_plus {
    use ::modbus_map::__private as mm;
    /// Device name as in the spec.
    pub const NAME: &str = "askoheat_plus";
    /// Default unit id (server address).
    pub const UNIT: u8 = 1;
    /// Word order of 32/64-bit values unless a register says otherwise.
    pub const WORD_ORDER: mm::WordOrder = mm::WordOrder::HighFirst;
    /// Newest firmware the spec describes (`4.2.1`).
    pub const FIRMWARE: ::core::option::Option<mm::Version> = ::core::option::Option::Some(
        mm::Version([4, 2, 1, 0]),
    );
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
        byte_order: mm::ByteOrder::LowFirst,
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
    /// Temperature of sensor 1, optional external PT1000 (MODBUS_IREG_TEMP1)
    ///
    /// - address: input 100 (0x0064), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    /// - unit: °C
    /// - range: 0 ..= 100
    /// - since firmware: 2.0.1
    /// - alias of `data_values.temperature_sensor1`
    pub const SHORT_DATA_TEMP1: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "short_data.temp1",
        table: mm::Table::Input,
        address: 100,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(100.0),
        since: ::core::option::Option::Some(mm::Version([2, 0, 1, 0])),
        alias_of: ::core::option::Option::Some("data_values.temperature_sensor1"),
        unit: ::core::option::Option::Some("°C"),
        ..BASE
    };
    /// Temperature of sensor 2, optional external PT1000 (MODBUS_IREG_TEMP2)
    ///
    /// - address: input 102 (0x0066), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    /// - unit: °C
    /// - range: 0 ..= 100
    /// - since firmware: 2.0.1
    /// - alias of `data_values.temperature_sensor2`
    pub const SHORT_DATA_TEMP2: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "short_data.temp2",
        table: mm::Table::Input,
        address: 102,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(100.0),
        since: ::core::option::Option::Some(mm::Version([2, 0, 1, 0])),
        alias_of: ::core::option::Option::Some("data_values.temperature_sensor2"),
        unit: ::core::option::Option::Some("°C"),
        ..BASE
    };
    /// Temperature of sensor 3, optional external PT1000 (MODBUS_IREG_TEMP3)
    ///
    /// - address: input 104 (0x0068), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    /// - unit: °C
    /// - range: 0 ..= 100
    /// - since firmware: 2.0.1
    /// - alias of `data_values.temperature_sensor3`
    pub const SHORT_DATA_TEMP3: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "short_data.temp3",
        table: mm::Table::Input,
        address: 104,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(100.0),
        since: ::core::option::Option::Some(mm::Version([2, 0, 1, 0])),
        alias_of: ::core::option::Option::Some("data_values.temperature_sensor3"),
        unit: ::core::option::Option::Some("°C"),
        ..BASE
    };
    /// Temperature of sensor 4, optional external PT1000 (MODBUS_IREG_TEMP4)
    ///
    /// - address: input 106 (0x006A), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    /// - unit: °C
    /// - range: 0 ..= 100
    /// - since firmware: 2.0.1
    /// - alias of `data_values.temperature_sensor4`
    pub const SHORT_DATA_TEMP4: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "short_data.temp4",
        table: mm::Table::Input,
        address: 106,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(100.0),
        since: ::core::option::Option::Some(mm::Version([2, 0, 1, 0])),
        alias_of: ::core::option::Option::Some("data_values.temperature_sensor4"),
        unit: ::core::option::Option::Some("°C"),
        ..BASE
    };
    /// Emergency mode; see status flag low byte bit 7 in register 624 (MODBUS_IREG_EMG)
    ///
    /// - address: input 108 (0x006C), unit id 1, 1 register(s)
    /// - type: u8
    /// - access: read-only
    /// - default: 0
    /// - since firmware: 2.0.1
    /// - also served as `energymanager.emergency_mode`
    pub const SHORT_DATA_EMG: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "short_data.emg",
        table: mm::Table::Input,
        address: 108,
        data_type: mm::DataType::U8,
        access: mm::Access::Read,
        since: ::core::option::Option::Some(mm::Version([2, 0, 1, 0])),
        values: &[
            mm::EnumValue {
                raw: 0,
                name: "off",
            },
            mm::EnumValue {
                raw: 255,
                name: "on",
            },
        ],
        ..BASE
    };
    /// Read status of ASKOHEAT+; to switch heaters on or off use register 200 (MODBUS_IREG_STATUS)
    ///
    /// - address: input 109 (0x006D), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    /// - since firmware: 2.2.1
    /// - alias of `data_values.status`
    pub const SHORT_DATA_STATUS: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "short_data.status",
        table: mm::Table::Input,
        address: 109,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        since: ::core::option::Option::Some(mm::Version([2, 2, 1, 0])),
        alias_of: ::core::option::Option::Some("data_values.status"),
        bits: &[
            mm::BitField {
                name: "heater1_active",
                lsb: 0,
                width: 1,
            },
            mm::BitField {
                name: "heater2_active",
                lsb: 1,
                width: 1,
            },
            mm::BitField {
                name: "heater3_active",
                lsb: 2,
                width: 1,
            },
            mm::BitField {
                name: "pump_active",
                lsb: 3,
                width: 1,
            },
            mm::BitField {
                name: "relay_board_connected",
                lsb: 4,
                width: 1,
            },
            mm::BitField {
                name: "heat_pump_request_active",
                lsb: 6,
                width: 1,
            },
            mm::BitField {
                name: "emergency_mode_active",
                lsb: 7,
                width: 1,
            },
            mm::BitField {
                name: "legionella_protection_active",
                lsb: 8,
                width: 1,
            },
            mm::BitField {
                name: "analog_input_active",
                lsb: 9,
                width: 1,
            },
            mm::BitField {
                name: "setpoint_active",
                lsb: 10,
                width: 1,
            },
            mm::BitField {
                name: "load_feedin_active",
                lsb: 11,
                width: 1,
            },
            mm::BitField {
                name: "auto_heater_off_active",
                lsb: 12,
                width: 1,
            },
            mm::BitField {
                name: "pump_relay_follow_up_time_active",
                lsb: 13,
                width: 1,
            },
            mm::BitField {
                name: "temp_limit_reached",
                lsb: 14,
                width: 1,
            },
            mm::BitField {
                name: "error_occurred",
                lsb: 15,
                width: 1,
            },
        ],
        ..BASE
    };
    /// Actual electrical heater load, 250-30000 W while heating (MODBUS_IREG_HEATER_LOAD)
    ///
    /// - address: input 110 (0x006E), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    /// - unit: W
    /// - range: 0 ..= 30000
    /// - since firmware: 2.3.1
    pub const SHORT_DATA_HEATER_LOAD: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "short_data.heater_load",
        table: mm::Table::Input,
        address: 110,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(30000.0),
        since: ::core::option::Option::Some(mm::Version([2, 3, 1, 0])),
        unit: ::core::option::Option::Some("W"),
        ..BASE
    };
    /// Reserved for future features, version tbd (MODBUS_IREG_RESERVED)
    ///
    /// - address: input 111 (0x006F), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    pub const SHORT_DATA_RESERVED: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "short_data.reserved",
        table: mm::Table::Input,
        address: 111,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        ..BASE
    };
    /// Serial number (MODBUS_EMA_ID, same as MODBUS_PAR_ID)
    ///
    /// - address: input 300 (0x012C), unit id 1, 16 register(s)
    /// - type: string, length 32, bytes low_first
    /// - access: read-only
    /// - since firmware: 3.1.1
    /// - alias of `parameters.id`
    pub const ENERGYMANAGER_ID: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "energymanager.id",
        table: mm::Table::Input,
        address: 300,
        data_type: mm::DataType::String,
        access: mm::Access::Read,
        width: 16,
        length: 32,
        since: ::core::option::Option::Some(mm::Version([3, 1, 1, 0])),
        alias_of: ::core::option::Option::Some("parameters.id"),
        ..BASE
    };
    /// Read status of ASKOHEAT+ (MODBUS_EMA_STATUS, same as MODBUS_VAL_STATUS)
    ///
    /// - address: input 316 (0x013C), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    /// - since firmware: 3.1.1
    /// - alias of `data_values.status`
    pub const ENERGYMANAGER_STATUS: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "energymanager.status",
        table: mm::Table::Input,
        address: 316,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        since: ::core::option::Option::Some(mm::Version([3, 1, 1, 0])),
        alias_of: ::core::option::Option::Some("data_values.status"),
        bits: &[
            mm::BitField {
                name: "heater1_active",
                lsb: 0,
                width: 1,
            },
            mm::BitField {
                name: "heater2_active",
                lsb: 1,
                width: 1,
            },
            mm::BitField {
                name: "heater3_active",
                lsb: 2,
                width: 1,
            },
            mm::BitField {
                name: "pump_active",
                lsb: 3,
                width: 1,
            },
            mm::BitField {
                name: "relay_board_connected",
                lsb: 4,
                width: 1,
            },
            mm::BitField {
                name: "heat_pump_request_active",
                lsb: 6,
                width: 1,
            },
            mm::BitField {
                name: "emergency_mode_active",
                lsb: 7,
                width: 1,
            },
            mm::BitField {
                name: "legionella_protection_active",
                lsb: 8,
                width: 1,
            },
            mm::BitField {
                name: "analog_input_active",
                lsb: 9,
                width: 1,
            },
            mm::BitField {
                name: "setpoint_active",
                lsb: 10,
                width: 1,
            },
            mm::BitField {
                name: "load_feedin_active",
                lsb: 11,
                width: 1,
            },
            mm::BitField {
                name: "auto_heater_off_active",
                lsb: 12,
                width: 1,
            },
            mm::BitField {
                name: "pump_relay_follow_up_time_active",
                lsb: 13,
                width: 1,
            },
            mm::BitField {
                name: "temp_limit_reached",
                lsb: 14,
                width: 1,
            },
            mm::BitField {
                name: "error_occurred",
                lsb: 15,
                width: 1,
            },
        ],
        ..BASE
    };
    /// Actual electrical heater load (MODBUS_EMA_HEATER_LOAD, same as MODBUS_VAL_HEATER_LOAD)
    ///
    /// - address: input 317 (0x013D), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    /// - unit: W
    /// - range: 0 ..= 30000
    /// - since firmware: 3.1.1
    /// - alias of `data_values.heater_load`
    pub const ENERGYMANAGER_HEATER_LOAD: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "energymanager.heater_load",
        table: mm::Table::Input,
        address: 317,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(30000.0),
        since: ::core::option::Option::Some(mm::Version([3, 1, 1, 0])),
        alias_of: ::core::option::Option::Some("data_values.heater_load"),
        unit: ::core::option::Option::Some("W"),
        ..BASE
    };
    /// Switch heaters on / off (MODBUS_EMA_SET_HEATER_STEP, same as MODBUS_CMD_SET_HEATER_STEP)
    ///
    /// - address: input 318 (0x013E), unit id 1, 1 register(s)
    /// - type: u8
    /// - access: read-only
    /// - range: 0 ..= 7
    /// - default: 0
    /// - since firmware: 3.1.1
    /// - alias of `command.set_heater_step`
    pub const ENERGYMANAGER_SET_HEATER_STEP: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "energymanager.set_heater_step",
        table: mm::Table::Input,
        address: 318,
        data_type: mm::DataType::U8,
        access: mm::Access::Read,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(7.0),
        since: ::core::option::Option::Some(mm::Version([3, 1, 1, 0])),
        alias_of: ::core::option::Option::Some("command.set_heater_step"),
        ..BASE
    };
    /// Load setpoint for automatic setting of the optimum power level (MODBUS_EMA_LOAD_SETPOINT_VALUE, same as MODBUS_CMD_LOAD_SETPOINT_VALUE)
    ///
    /// - address: input 319 (0x013F), unit id 1, 1 register(s)
    /// - type: i16
    /// - access: read-only
    /// - unit: W
    /// - range: 0 ..= 30000
    /// - default: 0
    /// - since firmware: 3.1.1
    /// - alias of `command.load_setpoint_value`
    pub const ENERGYMANAGER_LOAD_SETPOINT_VALUE: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "energymanager.load_setpoint_value",
        table: mm::Table::Input,
        address: 319,
        data_type: mm::DataType::I16,
        access: mm::Access::Read,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(30000.0),
        since: ::core::option::Option::Some(mm::Version([3, 1, 1, 0])),
        alias_of: ::core::option::Option::Some("command.load_setpoint_value"),
        unit: ::core::option::Option::Some("W"),
        ..BASE
    };
    /// Use case power to heat: negative values activate thermal storage (MODBUS_EMA_LOAD_FEEDIN_VALUE, same as MODBUS_CMD_LOAD_FEEDIN_VALUE)
    ///
    /// - address: input 320 (0x0140), unit id 1, 1 register(s)
    /// - type: i16
    /// - access: read-only
    /// - unit: W
    /// - range: -30000 ..= 30000
    /// - default: 0
    /// - since firmware: 4.2.1
    /// - alias of `command.load_feedin_value`
    pub const ENERGYMANAGER_LOAD_FEEDIN_VALUE: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "energymanager.load_feedin_value",
        table: mm::Table::Input,
        address: 320,
        data_type: mm::DataType::I16,
        access: mm::Access::Read,
        min: ::core::option::Option::Some(-30000.0),
        max: ::core::option::Option::Some(30000.0),
        since: ::core::option::Option::Some(mm::Version([4, 2, 1, 0])),
        alias_of: ::core::option::Option::Some("command.load_feedin_value"),
        unit: ::core::option::Option::Some("W"),
        ..BASE
    };
    /// Emergency mode (MODBUS_EMA_EMERGENCY_MODE, same as MODBUS_IREG_EMG)
    ///
    /// - address: input 321 (0x0141), unit id 1, 1 register(s)
    /// - type: u8
    /// - access: read-only
    /// - default: 0
    /// - since firmware: 3.1.1
    /// - alias of `short_data.emg`
    pub const ENERGYMANAGER_EMERGENCY_MODE: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "energymanager.emergency_mode",
        table: mm::Table::Input,
        address: 321,
        data_type: mm::DataType::U8,
        access: mm::Access::Read,
        since: ::core::option::Option::Some(mm::Version([3, 1, 1, 0])),
        alias_of: ::core::option::Option::Some("short_data.emg"),
        values: &[
            mm::EnumValue {
                raw: 0,
                name: "off",
            },
            mm::EnumValue {
                raw: 255,
                name: "on",
            },
        ],
        ..BASE
    };
    /// Indicates the digital input signal heat pump request (MODBUS_EMA_HEAT_PUMP_REQUEST)
    ///
    /// - address: input 322 (0x0142), unit id 1, 1 register(s)
    /// - type: u8
    /// - access: read-only
    /// - since firmware: 3.1.1
    pub const ENERGYMANAGER_HEAT_PUMP_REQUEST: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "energymanager.heat_pump_request",
        table: mm::Table::Input,
        address: 322,
        data_type: mm::DataType::U8,
        access: mm::Access::Read,
        since: ::core::option::Option::Some(mm::Version([3, 1, 1, 0])),
        values: &[
            mm::EnumValue {
                raw: 0,
                name: "off",
            },
            mm::EnumValue {
                raw: 255,
                name: "on",
            },
        ],
        ..BASE
    };
    /// Analog input 0-10 V (MODBUS_EMA_ANALOG_INPUT_FLOAT, same as MODBUS_EXT_ANALOG_INPUT_FLOAT)
    ///
    /// - address: input 323 (0x0143), unit id 1, 2 register(s)
    /// - type: f32, words high_first
    /// - access: read-only
    /// - unit: V
    /// - range: 0 ..= 10
    /// - since firmware: 3.1.1
    /// - alias of `extended_values.analog_input_float`
    pub const ENERGYMANAGER_ANALOG_INPUT_FLOAT: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "energymanager.analog_input_float",
        table: mm::Table::Input,
        address: 323,
        data_type: mm::DataType::F32,
        access: mm::Access::Read,
        width: 2,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(10.0),
        since: ::core::option::Option::Some(mm::Version([3, 1, 1, 0])),
        alias_of: ::core::option::Option::Some("extended_values.analog_input_float"),
        unit: ::core::option::Option::Some("V"),
        ..BASE
    };
    /// Temperature of sensor 0, integrated in ASKOHEAT+ PT1000 (MODBUS_EMA_TEMPERATURE_FLOAT_SENSOR0, same as MODBUS_EXT_TEMPERATURE_FLOAT_SENSOR0)
    ///
    /// - address: input 325 (0x0145), unit id 1, 2 register(s)
    /// - type: f32, words high_first
    /// - access: read-only
    /// - unit: °C
    /// - since firmware: 3.1.1
    /// - alias of `extended_values.temperature_float_sensor0`
    pub const ENERGYMANAGER_TEMPERATURE_FLOAT_SENSOR0: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "energymanager.temperature_float_sensor0",
        table: mm::Table::Input,
        address: 325,
        data_type: mm::DataType::F32,
        access: mm::Access::Read,
        width: 2,
        since: ::core::option::Option::Some(mm::Version([3, 1, 1, 0])),
        alias_of: ::core::option::Option::Some(
            "extended_values.temperature_float_sensor0",
        ),
        unit: ::core::option::Option::Some("°C"),
        ..BASE
    };
    /// Temperature of sensor 1, optional external PT1000 (MODBUS_EMA_TEMPERATURE_FLOAT_SENSOR1, same as MODBUS_EXT_TEMPERATURE_FLOAT_SENSOR1)
    ///
    /// - address: input 327 (0x0147), unit id 1, 2 register(s)
    /// - type: f32, words high_first
    /// - access: read-only
    /// - unit: °C
    /// - since firmware: 3.1.1
    /// - alias of `extended_values.temperature_float_sensor1`
    pub const ENERGYMANAGER_TEMPERATURE_FLOAT_SENSOR1: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "energymanager.temperature_float_sensor1",
        table: mm::Table::Input,
        address: 327,
        data_type: mm::DataType::F32,
        access: mm::Access::Read,
        width: 2,
        since: ::core::option::Option::Some(mm::Version([3, 1, 1, 0])),
        alias_of: ::core::option::Option::Some(
            "extended_values.temperature_float_sensor1",
        ),
        unit: ::core::option::Option::Some("°C"),
        ..BASE
    };
    /// Temperature of sensor 2, optional external PT1000 (MODBUS_EMA_TEMPERATURE_FLOAT_SENSOR2, same as MODBUS_EXT_TEMPERATURE_FLOAT_SENSOR2)
    ///
    /// - address: input 329 (0x0149), unit id 1, 2 register(s)
    /// - type: f32, words high_first
    /// - access: read-only
    /// - unit: °C
    /// - since firmware: 3.1.1
    /// - alias of `extended_values.temperature_float_sensor2`
    pub const ENERGYMANAGER_TEMPERATURE_FLOAT_SENSOR2: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "energymanager.temperature_float_sensor2",
        table: mm::Table::Input,
        address: 329,
        data_type: mm::DataType::F32,
        access: mm::Access::Read,
        width: 2,
        since: ::core::option::Option::Some(mm::Version([3, 1, 1, 0])),
        alias_of: ::core::option::Option::Some(
            "extended_values.temperature_float_sensor2",
        ),
        unit: ::core::option::Option::Some("°C"),
        ..BASE
    };
    /// Temperature of sensor 3, optional external PT1000 (MODBUS_EMA_TEMPERATURE_FLOAT_SENSOR3, same as MODBUS_EXT_TEMPERATURE_FLOAT_SENSOR3)
    ///
    /// - address: input 331 (0x014B), unit id 1, 2 register(s)
    /// - type: f32, words high_first
    /// - access: read-only
    /// - unit: °C
    /// - since firmware: 3.1.1
    /// - alias of `extended_values.temperature_float_sensor3`
    pub const ENERGYMANAGER_TEMPERATURE_FLOAT_SENSOR3: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "energymanager.temperature_float_sensor3",
        table: mm::Table::Input,
        address: 331,
        data_type: mm::DataType::F32,
        access: mm::Access::Read,
        width: 2,
        since: ::core::option::Option::Some(mm::Version([3, 1, 1, 0])),
        alias_of: ::core::option::Option::Some(
            "extended_values.temperature_float_sensor3",
        ),
        unit: ::core::option::Option::Some("°C"),
        ..BASE
    };
    /// Temperature of sensor 4, optional external PT1000 (MODBUS_EMA_TEMPERATURE_FLOAT_SENSOR4, same as MODBUS_EXT_TEMPERATURE_FLOAT_SENSOR4)
    ///
    /// - address: input 333 (0x014D), unit id 1, 2 register(s)
    /// - type: f32, words high_first
    /// - access: read-only
    /// - unit: °C
    /// - since firmware: 3.1.1
    /// - alias of `extended_values.temperature_float_sensor4`
    pub const ENERGYMANAGER_TEMPERATURE_FLOAT_SENSOR4: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "energymanager.temperature_float_sensor4",
        table: mm::Table::Input,
        address: 333,
        data_type: mm::DataType::F32,
        access: mm::Access::Read,
        width: 2,
        since: ::core::option::Option::Some(mm::Version([3, 1, 1, 0])),
        alias_of: ::core::option::Option::Some(
            "extended_values.temperature_float_sensor4",
        ),
        unit: ::core::option::Option::Some("°C"),
        ..BASE
    };
    /// Temperature of sensor 5, this sensor is not implemented yet (MODBUS_EMA_TEMPERATURE_FLOAT_SENSOR5)
    ///
    /// - address: input 335 (0x014F), unit id 1, 2 register(s)
    /// - type: f32, words high_first
    /// - access: read-only
    /// - unit: °C
    /// - since firmware: 3.1.1
    pub const ENERGYMANAGER_TEMPERATURE_FLOAT_SENSOR5: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "energymanager.temperature_float_sensor5",
        table: mm::Table::Input,
        address: 335,
        data_type: mm::DataType::F32,
        access: mm::Access::Read,
        width: 2,
        since: ::core::option::Option::Some(mm::Version([3, 1, 1, 0])),
        unit: ::core::option::Option::Some("°C"),
        ..BASE
    };
    /// Serial number (MODBUS_PAR_ID)
    ///
    /// - address: input 400 (0x0190), unit id 1, 16 register(s)
    /// - type: string, length 32, bytes low_first
    /// - access: read-only
    /// - since firmware: 2.2.1
    /// - also served as `energymanager.id`
    pub const PARAMETERS_ID: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "parameters.id",
        table: mm::Table::Input,
        address: 400,
        data_type: mm::DataType::String,
        access: mm::Access::Read,
        width: 16,
        length: 32,
        since: ::core::option::Option::Some(mm::Version([2, 2, 1, 0])),
        ..BASE
    };
    /// Type of ASKOHEAT+ (MODBUS_PAR_TYPE; renamed because `type` is a Rust and Python keyword)
    ///
    /// - address: input 416 (0x01A0), unit id 1, 1 register(s)
    /// - type: u8
    /// - access: read-only
    /// - since firmware: 3.0.1
    pub const PARAMETERS_DEVICE_TYPE: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "parameters.device_type",
        table: mm::Table::Input,
        address: 416,
        data_type: mm::DataType::U8,
        access: mm::Access::Read,
        since: ::core::option::Option::Some(mm::Version([3, 0, 1, 0])),
        bits: &[
            mm::BitField {
                name: "type_3_stage_version",
                lsb: 0,
                width: 1,
            },
            mm::BitField {
                name: "type_7_stage_version",
                lsb: 1,
                width: 1,
            },
            mm::BitField {
                name: "heater_type_flange",
                lsb: 2,
                width: 1,
            },
            mm::BitField {
                name: "heater_type_screw_in",
                lsb: 3,
                width: 1,
            },
            mm::BitField {
                name: "wired_as_star_connection",
                lsb: 4,
                width: 1,
            },
            mm::BitField {
                name: "wired_as_delta_connection",
                lsb: 5,
                width: 1,
            },
            mm::BitField {
                name: "type_oem_version",
                lsb: 7,
                width: 1,
            },
        ],
        ..BASE
    };
    /// Electrical power of heater 1 (MODBUS_PAR_HEATER1_POWER)
    ///
    /// - address: input 417 (0x01A1), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    /// - unit: W
    /// - range: 250 ..= 10000
    /// - since firmware: 2.3.1
    pub const PARAMETERS_HEATER1_POWER: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "parameters.heater1_power",
        table: mm::Table::Input,
        address: 417,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        min: ::core::option::Option::Some(250.0),
        max: ::core::option::Option::Some(10000.0),
        since: ::core::option::Option::Some(mm::Version([2, 3, 1, 0])),
        unit: ::core::option::Option::Some("W"),
        ..BASE
    };
    /// Electrical power of heater 2 (MODBUS_PAR_HEATER2_POWER)
    ///
    /// - address: input 418 (0x01A2), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    /// - unit: W
    /// - range: 250 ..= 10000
    /// - since firmware: 2.3.1
    pub const PARAMETERS_HEATER2_POWER: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "parameters.heater2_power",
        table: mm::Table::Input,
        address: 418,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        min: ::core::option::Option::Some(250.0),
        max: ::core::option::Option::Some(10000.0),
        since: ::core::option::Option::Some(mm::Version([2, 3, 1, 0])),
        unit: ::core::option::Option::Some("W"),
        ..BASE
    };
    /// Electrical power of heater 3 (MODBUS_PAR_HEATER3_POWER)
    ///
    /// - address: input 419 (0x01A3), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    /// - unit: W
    /// - range: 250 ..= 10000
    /// - since firmware: 2.3.1
    pub const PARAMETERS_HEATER3_POWER: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "parameters.heater3_power",
        table: mm::Table::Input,
        address: 419,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        min: ::core::option::Option::Some(250.0),
        max: ::core::option::Option::Some(10000.0),
        since: ::core::option::Option::Some(mm::Version([2, 3, 1, 0])),
        unit: ::core::option::Option::Some("W"),
        ..BASE
    };
    /// Manufacturer article number (MODBUS_PAR_ARTICLE_NUMBER)
    ///
    /// - address: input 420 (0x01A4), unit id 1, 8 register(s)
    /// - type: string, length 16, bytes low_first
    /// - access: read-only
    /// - since firmware: 3.0.1
    pub const PARAMETERS_ARTICLE_NUMBER: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "parameters.article_number",
        table: mm::Table::Input,
        address: 420,
        data_type: mm::DataType::String,
        access: mm::Access::Read,
        width: 8,
        length: 16,
        since: ::core::option::Option::Some(mm::Version([3, 0, 1, 0])),
        ..BASE
    };
    /// Article description (MODBUS_PAR_ARTICLE_NAME)
    ///
    /// - address: input 428 (0x01AC), unit id 1, 16 register(s)
    /// - type: string, length 32, bytes low_first
    /// - access: read-only
    /// - since firmware: 3.0.1
    pub const PARAMETERS_ARTICLE_NAME: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "parameters.article_name",
        table: mm::Table::Input,
        address: 428,
        data_type: mm::DataType::String,
        access: mm::Access::Read,
        width: 16,
        length: 32,
        since: ::core::option::Option::Some(mm::Version([3, 0, 1, 0])),
        ..BASE
    };
    /// Software release number, e.g. 1.2.3 (MODBUS_PAR_SOFTWARE_VERSION)
    ///
    /// - address: input 444 (0x01BC), unit id 1, 3 register(s)
    /// - type: string, length 6, bytes low_first
    /// - access: read-only
    /// - since firmware: 2.2.1
    pub const PARAMETERS_SOFTWARE_VERSION: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "parameters.software_version",
        table: mm::Table::Input,
        address: 444,
        data_type: mm::DataType::String,
        access: mm::Access::Read,
        width: 3,
        length: 6,
        since: ::core::option::Option::Some(mm::Version([2, 2, 1, 0])),
        ..BASE
    };
    /// Type and version of hardware (MODBUS_PAR_HARDWARE_VERSION)
    ///
    /// - address: input 447 (0x01BF), unit id 1, 3 register(s)
    /// - type: string, length 6, bytes low_first
    /// - access: read-only
    /// - since firmware: 3.0.1
    pub const PARAMETERS_HARDWARE_VERSION: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "parameters.hardware_version",
        table: mm::Table::Input,
        address: 447,
        data_type: mm::DataType::String,
        access: mm::Access::Read,
        width: 3,
        length: 6,
        since: ::core::option::Option::Some(mm::Version([3, 0, 1, 0])),
        ..BASE
    };
    /// Electrical power of heater 4 (not in the document; HA PAR_HEATER4_POWER)
    ///
    /// - address: input 450 (0x01C2), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    /// - unit: W
    pub const PARAMETERS_HEATER4_POWER: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "parameters.heater4_power",
        table: mm::Table::Input,
        address: 450,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        unit: ::core::option::Option::Some("W"),
        ..BASE
    };
    /// Electrical power of heater 5 (not in the document; HA PAR_HEATER5_POWER)
    ///
    /// - address: input 451 (0x01C3), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    /// - unit: W
    pub const PARAMETERS_HEATER5_POWER: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "parameters.heater5_power",
        table: mm::Table::Input,
        address: 451,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        unit: ::core::option::Option::Some("W"),
        ..BASE
    };
    /// Electrical power of heater 6 (not in the document; HA PAR_HEATER6_POWER)
    ///
    /// - address: input 452 (0x01C4), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    /// - unit: W
    pub const PARAMETERS_HEATER6_POWER: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "parameters.heater6_power",
        table: mm::Table::Input,
        address: 452,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        unit: ::core::option::Option::Some("W"),
        ..BASE
    };
    /// Number of heater steps (not in the document; HA PAR_NUMBER_OF_STEPS)
    ///
    /// - address: input 453 (0x01C5), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    pub const PARAMETERS_NUMBER_OF_STEPS: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "parameters.number_of_steps",
        table: mm::Table::Input,
        address: 453,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        ..BASE
    };
    /// Number of heaters (not in the document; HA PAR_NUMBER_OF_HEATER)
    ///
    /// - address: input 454 (0x01C6), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    pub const PARAMETERS_NUMBER_OF_HEATER: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "parameters.number_of_heater",
        table: mm::Table::Input,
        address: 454,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        ..BASE
    };
    /// Maximum power (not in the document; HA PAR_MAX_POWER)
    ///
    /// - address: input 455 (0x01C7), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    /// - unit: W
    pub const PARAMETERS_MAX_POWER: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "parameters.max_power",
        table: mm::Table::Input,
        address: 455,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        unit: ::core::option::Option::Some("W"),
        ..BASE
    };
    /// Operation hour counter of ASKOHEAT+, dd:hh:mm in the document (MODBUS_VAL_OPERATING_TIME)
    ///
    /// - address: input 600 (0x0258), unit id 1, 2 register(s)
    /// - type: u32, words high_first
    /// - access: read-only
    /// - unit: min
    /// - since firmware: 2.2.1
    pub const DATA_VALUES_OPERATING_TIME: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "data_values.operating_time",
        table: mm::Table::Input,
        address: 600,
        data_type: mm::DataType::U32,
        access: mm::Access::Read,
        width: 2,
        since: ::core::option::Option::Some(mm::Version([2, 2, 1, 0])),
        unit: ::core::option::Option::Some("min"),
        ..BASE
    };
    /// Operation hour counter of heater 1 (MODBUS_VAL_OPERATING_HEATER1)
    ///
    /// - address: input 602 (0x025A), unit id 1, 2 register(s)
    /// - type: u32, words high_first
    /// - access: read-only
    /// - unit: min
    /// - since firmware: 2.2.1
    pub const DATA_VALUES_OPERATING_HEATER1: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "data_values.operating_heater1",
        table: mm::Table::Input,
        address: 602,
        data_type: mm::DataType::U32,
        access: mm::Access::Read,
        width: 2,
        since: ::core::option::Option::Some(mm::Version([2, 2, 1, 0])),
        unit: ::core::option::Option::Some("min"),
        ..BASE
    };
    /// Operation hour counter of heater 2 (MODBUS_VAL_OPERATING_HEATER2)
    ///
    /// - address: input 604 (0x025C), unit id 1, 2 register(s)
    /// - type: u32, words high_first
    /// - access: read-only
    /// - unit: min
    /// - since firmware: 2.2.1
    pub const DATA_VALUES_OPERATING_HEATER2: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "data_values.operating_heater2",
        table: mm::Table::Input,
        address: 604,
        data_type: mm::DataType::U32,
        access: mm::Access::Read,
        width: 2,
        since: ::core::option::Option::Some(mm::Version([2, 2, 1, 0])),
        unit: ::core::option::Option::Some("min"),
        ..BASE
    };
    /// Operation hour counter of heater 3 (MODBUS_VAL_OPERATING_HEATER3)
    ///
    /// - address: input 606 (0x025E), unit id 1, 2 register(s)
    /// - type: u32, words high_first
    /// - access: read-only
    /// - unit: min
    /// - since firmware: 2.2.1
    pub const DATA_VALUES_OPERATING_HEATER3: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "data_values.operating_heater3",
        table: mm::Table::Input,
        address: 606,
        data_type: mm::DataType::U32,
        access: mm::Access::Read,
        width: 2,
        since: ::core::option::Option::Some(mm::Version([2, 2, 1, 0])),
        unit: ::core::option::Option::Some("min"),
        ..BASE
    };
    /// Operation hour counter of pump (MODBUS_VAL_OPERATING_PUMP)
    ///
    /// - address: input 608 (0x0260), unit id 1, 2 register(s)
    /// - type: u32, words high_first
    /// - access: read-only
    /// - unit: min
    /// - since firmware: 2.2.1
    pub const DATA_VALUES_OPERATING_PUMP: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "data_values.operating_pump",
        table: mm::Table::Input,
        address: 608,
        data_type: mm::DataType::U32,
        access: mm::Access::Read,
        width: 2,
        since: ::core::option::Option::Some(mm::Version([2, 2, 1, 0])),
        unit: ::core::option::Option::Some("min"),
        ..BASE
    };
    /// Operation hour counter of valve, not implemented yet (MODBUS_VAL_OPERATING_VALVE)
    ///
    /// - address: input 610 (0x0262), unit id 1, 2 register(s)
    /// - type: u32, words high_first
    /// - access: read-only
    /// - unit: min
    /// - since firmware: 2.2.1
    pub const DATA_VALUES_OPERATING_VALVE: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "data_values.operating_valve",
        table: mm::Table::Input,
        address: 610,
        data_type: mm::DataType::U32,
        access: mm::Access::Read,
        width: 2,
        since: ::core::option::Option::Some(mm::Version([2, 2, 1, 0])),
        unit: ::core::option::Option::Some("min"),
        ..BASE
    };
    /// Number of heater 1 relay (1) on switchings (MODBUS_VAL_RELAY1_COUNT)
    ///
    /// - address: input 612 (0x0264), unit id 1, 2 register(s)
    /// - type: u32, words high_first
    /// - access: read-only
    /// - since firmware: 2.2.1
    pub const DATA_VALUES_RELAY1_COUNT: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "data_values.relay1_count",
        table: mm::Table::Input,
        address: 612,
        data_type: mm::DataType::U32,
        access: mm::Access::Read,
        width: 2,
        since: ::core::option::Option::Some(mm::Version([2, 2, 1, 0])),
        ..BASE
    };
    /// Number of heater 2 relay (2) on switchings (MODBUS_VAL_RELAY2_COUNT)
    ///
    /// - address: input 614 (0x0266), unit id 1, 2 register(s)
    /// - type: u32, words high_first
    /// - access: read-only
    /// - since firmware: 2.2.1
    pub const DATA_VALUES_RELAY2_COUNT: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "data_values.relay2_count",
        table: mm::Table::Input,
        address: 614,
        data_type: mm::DataType::U32,
        access: mm::Access::Read,
        width: 2,
        since: ::core::option::Option::Some(mm::Version([2, 2, 1, 0])),
        ..BASE
    };
    /// Number of heater 3 relay (3) on switchings (MODBUS_VAL_RELAY3_COUNT)
    ///
    /// - address: input 616 (0x0268), unit id 1, 2 register(s)
    /// - type: u32, words high_first
    /// - access: read-only
    /// - since firmware: 2.2.1
    pub const DATA_VALUES_RELAY3_COUNT: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "data_values.relay3_count",
        table: mm::Table::Input,
        address: 616,
        data_type: mm::DataType::U32,
        access: mm::Access::Read,
        width: 2,
        since: ::core::option::Option::Some(mm::Version([2, 2, 1, 0])),
        ..BASE
    };
    /// Number of pump relay (4) on switchings (MODBUS_VAL_RELAY4_COUNT)
    ///
    /// - address: input 618 (0x026A), unit id 1, 2 register(s)
    /// - type: u32, words high_first
    /// - access: read-only
    /// - since firmware: 2.2.1
    pub const DATA_VALUES_RELAY4_COUNT: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "data_values.relay4_count",
        table: mm::Table::Input,
        address: 618,
        data_type: mm::DataType::U32,
        access: mm::Access::Read,
        width: 2,
        since: ::core::option::Option::Some(mm::Version([2, 2, 1, 0])),
        ..BASE
    };
    /// Number of valve relay (5) on switchings (MODBUS_VAL_RELAY5_COUNT)
    ///
    /// - address: input 620 (0x026C), unit id 1, 2 register(s)
    /// - type: u32, words high_first
    /// - access: read-only
    /// - since firmware: 2.2.1
    pub const DATA_VALUES_RELAY5_COUNT: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "data_values.relay5_count",
        table: mm::Table::Input,
        address: 620,
        data_type: mm::DataType::U32,
        access: mm::Access::Read,
        width: 2,
        since: ::core::option::Option::Some(mm::Version([2, 2, 1, 0])),
        ..BASE
    };
    /// Debug information only: if > 0, the heater relays' switch-on protection (count down) is active (MODBUS_VAL_RELAY_COUNTDOWN)
    ///
    /// - address: input 622 (0x026E), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    /// - since firmware: 2.2.1
    pub const DATA_VALUES_RELAY_COUNTDOWN: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "data_values.relay_countdown",
        table: mm::Table::Input,
        address: 622,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        since: ::core::option::Option::Some(mm::Version([2, 2, 1, 0])),
        ..BASE
    };
    /// Debug information only: if > 0, the pump relay follow-up time (count down) is active (MODBUS_VAL_PUMP_COUNTDOWN)
    ///
    /// - address: input 623 (0x026F), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    /// - since firmware: 2.2.1
    pub const DATA_VALUES_PUMP_COUNTDOWN: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "data_values.pump_countdown",
        table: mm::Table::Input,
        address: 623,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        since: ::core::option::Option::Some(mm::Version([2, 2, 1, 0])),
        ..BASE
    };
    /// Read status of ASKOHEAT+; to switch heaters on or off use register 200 (MODBUS_VAL_STATUS)
    ///
    /// - address: input 624 (0x0270), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    /// - since firmware: 2.2.1
    /// - also served as `energymanager.status`, `extended_values.status`, `short_data.status`
    pub const DATA_VALUES_STATUS: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "data_values.status",
        table: mm::Table::Input,
        address: 624,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        since: ::core::option::Option::Some(mm::Version([2, 2, 1, 0])),
        bits: &[
            mm::BitField {
                name: "heater1_active",
                lsb: 0,
                width: 1,
            },
            mm::BitField {
                name: "heater2_active",
                lsb: 1,
                width: 1,
            },
            mm::BitField {
                name: "heater3_active",
                lsb: 2,
                width: 1,
            },
            mm::BitField {
                name: "pump_active",
                lsb: 3,
                width: 1,
            },
            mm::BitField {
                name: "relay_board_connected",
                lsb: 4,
                width: 1,
            },
            mm::BitField {
                name: "heat_pump_request_active",
                lsb: 6,
                width: 1,
            },
            mm::BitField {
                name: "emergency_mode_active",
                lsb: 7,
                width: 1,
            },
            mm::BitField {
                name: "legionella_protection_active",
                lsb: 8,
                width: 1,
            },
            mm::BitField {
                name: "analog_input_active",
                lsb: 9,
                width: 1,
            },
            mm::BitField {
                name: "setpoint_active",
                lsb: 10,
                width: 1,
            },
            mm::BitField {
                name: "load_feedin_active",
                lsb: 11,
                width: 1,
            },
            mm::BitField {
                name: "auto_heater_off_active",
                lsb: 12,
                width: 1,
            },
            mm::BitField {
                name: "pump_relay_follow_up_time_active",
                lsb: 13,
                width: 1,
            },
            mm::BitField {
                name: "temp_limit_reached",
                lsb: 14,
                width: 1,
            },
            mm::BitField {
                name: "error_occurred",
                lsb: 15,
                width: 1,
            },
        ],
        ..BASE
    };
    /// Actual electrical heater load, 250-30000 W while heating (MODBUS_VAL_HEATER_LOAD)
    ///
    /// - address: input 625 (0x0271), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    /// - unit: W
    /// - range: 0 ..= 30000
    /// - since firmware: 2.3.1
    /// - also served as `energymanager.heater_load`
    pub const DATA_VALUES_HEATER_LOAD: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "data_values.heater_load",
        table: mm::Table::Input,
        address: 625,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(30000.0),
        since: ::core::option::Option::Some(mm::Version([2, 3, 1, 0])),
        unit: ::core::option::Option::Some("W"),
        ..BASE
    };
    /// Flags of the control input currently in effect (MODBUS_VAL_ACTUAL_CONTROL_INPUT; the document's description repeats 'status of legionella protection')
    ///
    /// - address: input 626 (0x0272), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    /// - since firmware: 4.1.0
    pub const DATA_VALUES_ACTUAL_CONTROL_INPUT: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "data_values.actual_control_input",
        table: mm::Table::Input,
        address: 626,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        since: ::core::option::Option::Some(mm::Version([4, 1, 0, 0])),
        ..BASE
    };
    /// Status of legionella protection (MODBUS_VAL_LEGIO_STATUS)
    ///
    /// - address: input 627 (0x0273), unit id 1, 1 register(s)
    /// - type: u8
    /// - access: read-only
    /// - since firmware: 3.0.1
    pub const DATA_VALUES_LEGIO_STATUS: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "data_values.legio_status",
        table: mm::Table::Input,
        address: 627,
        data_type: mm::DataType::U8,
        access: mm::Access::Read,
        since: ::core::option::Option::Some(mm::Version([3, 0, 1, 0])),
        bits: &[
            mm::BitField {
                name: "heating_up",
                lsb: 0,
                width: 1,
            },
            mm::BitField {
                name: "temperature_reached",
                lsb: 1,
                width: 1,
            },
            mm::BitField {
                name: "temp_reached_outside_interval",
                lsb: 2,
                width: 1,
            },
            mm::BitField {
                name: "unexpected_temp_drop",
                lsb: 4,
                width: 1,
            },
            mm::BitField {
                name: "error_no_valid_temp_sensor",
                lsb: 5,
                width: 1,
            },
            mm::BitField {
                name: "error_cannot_reach_temp",
                lsb: 6,
                width: 1,
            },
            mm::BitField {
                name: "error_settings",
                lsb: 7,
                width: 1,
            },
        ],
        ..BASE
    };
    /// Minute counter since the last active legionella protection activation (MODBUS_VAL_LEGIO_OPERATING)
    ///
    /// - address: input 628 (0x0274), unit id 1, 2 register(s)
    /// - type: u32, words high_first
    /// - access: read-only
    /// - unit: min
    /// - since firmware: 3.0.1
    pub const DATA_VALUES_LEGIO_OPERATING: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "data_values.legio_operating",
        table: mm::Table::Input,
        address: 628,
        data_type: mm::DataType::U32,
        access: mm::Access::Read,
        width: 2,
        since: ::core::option::Option::Some(mm::Version([3, 0, 1, 0])),
        unit: ::core::option::Option::Some("min"),
        ..BASE
    };
    /// Countdown timer if legionella protection is active (seconds plateau time) (MODBUS_VAL_LEGIO_COUNTDOWN)
    ///
    /// - address: input 630 (0x0276), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    /// - unit: s
    /// - since firmware: 3.0.1
    pub const DATA_VALUES_LEGIO_COUNTDOWN: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "data_values.legio_countdown",
        table: mm::Table::Input,
        address: 630,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        since: ::core::option::Option::Some(mm::Version([3, 0, 1, 0])),
        unit: ::core::option::Option::Some("s"),
        ..BASE
    };
    /// Error status flags; temperature sensor fails can be cleared by using MODBUS_CMD_CLEAR_TEMP_SENSOR_ERROR (MODBUS_VAL_ERROR_STATUS)
    ///
    /// - address: input 631 (0x0277), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    /// - since firmware: 2.2.1
    pub const DATA_VALUES_ERROR_STATUS: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "data_values.error_status",
        table: mm::Table::Input,
        address: 631,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        since: ::core::option::Option::Some(mm::Version([2, 2, 1, 0])),
        ..BASE
    };
    /// Temperature sensor flags; installed sensors are remembered until cleared by MODBUS_CMD_CLEAR_TEMP_SENSOR_ERROR (MODBUS_VAL_TEMPERATURE_STATUS)
    ///
    /// - address: input 632 (0x0278), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    /// - since firmware: 2.2.1
    pub const DATA_VALUES_TEMPERATURE_STATUS: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "data_values.temperature_status",
        table: mm::Table::Input,
        address: 632,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        since: ::core::option::Option::Some(mm::Version([2, 2, 1, 0])),
        ..BASE
    };
    /// Temperature of sensor 5, this sensor is not implemented yet (MODBUS_VAL_TEMPERATURE_SENSOR5)
    ///
    /// - address: input 633 (0x0279), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    /// - unit: °C
    /// - range: 0 ..= 100
    /// - since firmware: 2.2.1
    pub const DATA_VALUES_TEMPERATURE_SENSOR5: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "data_values.temperature_sensor5",
        table: mm::Table::Input,
        address: 633,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(100.0),
        since: ::core::option::Option::Some(mm::Version([2, 2, 1, 0])),
        unit: ::core::option::Option::Some("°C"),
        ..BASE
    };
    /// Temperature of sensor 4, optional external PT1000 (MODBUS_VAL_TEMPERATURE_SENSOR4)
    ///
    /// - address: input 634 (0x027A), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    /// - unit: °C
    /// - range: 0 ..= 100
    /// - since firmware: 2.2.1
    /// - also served as `short_data.temp4`
    pub const DATA_VALUES_TEMPERATURE_SENSOR4: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "data_values.temperature_sensor4",
        table: mm::Table::Input,
        address: 634,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(100.0),
        since: ::core::option::Option::Some(mm::Version([2, 2, 1, 0])),
        unit: ::core::option::Option::Some("°C"),
        ..BASE
    };
    /// Temperature of sensor 3, optional external PT1000 (MODBUS_VAL_TEMPERATURE_SENSOR3)
    ///
    /// - address: input 635 (0x027B), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    /// - unit: °C
    /// - range: 0 ..= 100
    /// - since firmware: 2.2.1
    /// - also served as `short_data.temp3`
    pub const DATA_VALUES_TEMPERATURE_SENSOR3: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "data_values.temperature_sensor3",
        table: mm::Table::Input,
        address: 635,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(100.0),
        since: ::core::option::Option::Some(mm::Version([2, 2, 1, 0])),
        unit: ::core::option::Option::Some("°C"),
        ..BASE
    };
    /// Temperature of sensor 2, optional external PT1000 (MODBUS_VAL_TEMPERATURE_SENSOR2)
    ///
    /// - address: input 636 (0x027C), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    /// - unit: °C
    /// - range: 0 ..= 100
    /// - since firmware: 2.2.1
    /// - also served as `short_data.temp2`
    pub const DATA_VALUES_TEMPERATURE_SENSOR2: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "data_values.temperature_sensor2",
        table: mm::Table::Input,
        address: 636,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(100.0),
        since: ::core::option::Option::Some(mm::Version([2, 2, 1, 0])),
        unit: ::core::option::Option::Some("°C"),
        ..BASE
    };
    /// Temperature of sensor 1, optional external PT1000 (MODBUS_VAL_TEMPERATURE_SENSOR1)
    ///
    /// - address: input 637 (0x027D), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    /// - unit: °C
    /// - range: 0 ..= 100
    /// - since firmware: 2.2.1
    /// - also served as `short_data.temp1`
    pub const DATA_VALUES_TEMPERATURE_SENSOR1: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "data_values.temperature_sensor1",
        table: mm::Table::Input,
        address: 637,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(100.0),
        since: ::core::option::Option::Some(mm::Version([2, 2, 1, 0])),
        unit: ::core::option::Option::Some("°C"),
        ..BASE
    };
    /// Temperature of sensor 0, integrated in ASKOHEAT+ PT1000 (MODBUS_VAL_TEMPERATURE_SENSOR0)
    ///
    /// - address: input 638 (0x027E), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    /// - unit: °C
    /// - range: 0 ..= 100
    /// - since firmware: 2.2.1
    pub const DATA_VALUES_TEMPERATURE_SENSOR0: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "data_values.temperature_sensor0",
        table: mm::Table::Input,
        address: 638,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(100.0),
        since: ::core::option::Option::Some(mm::Version([2, 2, 1, 0])),
        unit: ::core::option::Option::Some("°C"),
        ..BASE
    };
    /// Calculated heater step based on the analog input 0-10 V signal (MODBUS_VAL_ANALOG_INPUT_STEP)
    ///
    /// - address: input 639 (0x027F), unit id 1, 1 register(s)
    /// - type: u8
    /// - access: read-only
    /// - range: 0 ..= 7
    /// - since firmware: 2.2.1
    pub const DATA_VALUES_ANALOG_INPUT_STEP: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "data_values.analog_input_step",
        table: mm::Table::Input,
        address: 639,
        data_type: mm::DataType::U8,
        access: mm::Access::Read,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(7.0),
        since: ::core::option::Option::Some(mm::Version([2, 2, 1, 0])),
        ..BASE
    };
    /// Actually used temperature limit, based on the currently valid control input (MODBUS_VAL_ACTUAL_TEMPERATURE_LIMIT)
    ///
    /// - address: input 640 (0x0280), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    /// - unit: °C
    /// - range: 0 ..= 99
    /// - since firmware: 4.1.0
    pub const DATA_VALUES_ACTUAL_TEMPERATURE_LIMIT: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "data_values.actual_temperature_limit",
        table: mm::Table::Input,
        address: 640,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(99.0),
        since: ::core::option::Option::Some(mm::Version([4, 1, 0, 0])),
        unit: ::core::option::Option::Some("°C"),
        ..BASE
    };
    /// Countdown time until the heaters switch off automatically (MODBUS_VAL_AUTO_HEATER_OFF_COUNTDOWN)
    ///
    /// - address: input 641 (0x0281), unit id 1, 2 register(s)
    /// - type: u32, words high_first
    /// - access: read-only
    /// - unit: min
    /// - range: 0 ..= 10080
    /// - since firmware: 2.2.1
    pub const DATA_VALUES_AUTO_HEATER_OFF_COUNTDOWN: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "data_values.auto_heater_off_countdown",
        table: mm::Table::Input,
        address: 641,
        data_type: mm::DataType::U32,
        access: mm::Access::Read,
        width: 2,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(10080.0),
        since: ::core::option::Option::Some(mm::Version([2, 2, 1, 0])),
        unit: ::core::option::Option::Some("min"),
        ..BASE
    };
    /// Countdown time until emergency mode is switched off (MODBUS_VAL_EMERGENCY_OFF_COUNTDOWN)
    ///
    /// - address: input 643 (0x0283), unit id 1, 2 register(s)
    /// - type: u32, words high_first
    /// - access: read-only
    /// - unit: min
    /// - range: 0 ..= 10080
    /// - since firmware: 3.1.1
    pub const DATA_VALUES_EMERGENCY_OFF_COUNTDOWN: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "data_values.emergency_off_countdown",
        table: mm::Table::Input,
        address: 643,
        data_type: mm::DataType::U32,
        access: mm::Access::Read,
        width: 2,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(10080.0),
        since: ::core::option::Option::Some(mm::Version([3, 1, 1, 0])),
        unit: ::core::option::Option::Some("min"),
        ..BASE
    };
    /// Number of bootings of ASKOHEAT+ (MODBUS_VAL_BOOT_COUNT; the document says 'valve bootings')
    ///
    /// - address: input 645 (0x0285), unit id 1, 2 register(s)
    /// - type: u32, words high_first
    /// - access: read-only
    /// - since firmware: 4.0.4
    pub const DATA_VALUES_BOOT_COUNT: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "data_values.boot_count",
        table: mm::Table::Input,
        address: 645,
        data_type: mm::DataType::U32,
        access: mm::Access::Read,
        width: 2,
        since: ::core::option::Option::Some(mm::Version([4, 0, 4, 0])),
        ..BASE
    };
    /// Operation hour counter of Set Heater Step (MODBUS_VAL_OPERATING_SET_HEATER_STEP)
    ///
    /// - address: input 647 (0x0287), unit id 1, 2 register(s)
    /// - type: u32, words high_first
    /// - access: read-only
    /// - unit: min
    /// - since firmware: 4.1.1
    pub const DATA_VALUES_OPERATING_SET_HEATER_STEP: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "data_values.operating_set_heater_step",
        table: mm::Table::Input,
        address: 647,
        data_type: mm::DataType::U32,
        access: mm::Access::Read,
        width: 2,
        since: ::core::option::Option::Some(mm::Version([4, 1, 1, 0])),
        unit: ::core::option::Option::Some("min"),
        ..BASE
    };
    /// Operation hour counter of Load Setpoint (MODBUS_VAL_OPERATING_LOAD_SETPOINT)
    ///
    /// - address: input 649 (0x0289), unit id 1, 2 register(s)
    /// - type: u32, words high_first
    /// - access: read-only
    /// - unit: min
    /// - since firmware: 4.1.1
    pub const DATA_VALUES_OPERATING_LOAD_SETPOINT: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "data_values.operating_load_setpoint",
        table: mm::Table::Input,
        address: 649,
        data_type: mm::DataType::U32,
        access: mm::Access::Read,
        width: 2,
        since: ::core::option::Option::Some(mm::Version([4, 1, 1, 0])),
        unit: ::core::option::Option::Some("min"),
        ..BASE
    };
    /// Operation hour counter of Load Feedin (MODBUS_VAL_OPERATION_LOAD_FEEDIN)
    ///
    /// - address: input 651 (0x028B), unit id 1, 2 register(s)
    /// - type: u32, words high_first
    /// - access: read-only
    /// - unit: min
    /// - since firmware: 4.1.1
    pub const DATA_VALUES_OPERATION_LOAD_FEEDIN: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "data_values.operation_load_feedin",
        table: mm::Table::Input,
        address: 651,
        data_type: mm::DataType::U32,
        access: mm::Access::Read,
        width: 2,
        since: ::core::option::Option::Some(mm::Version([4, 1, 1, 0])),
        unit: ::core::option::Option::Some("min"),
        ..BASE
    };
    /// Operation hour counter of Heat Pump Request (MODBUS_VAL_OPERATION_HEAT_PUMP_REQUEST)
    ///
    /// - address: input 653 (0x028D), unit id 1, 2 register(s)
    /// - type: u32, words high_first
    /// - access: read-only
    /// - unit: min
    /// - since firmware: 4.1.1
    pub const DATA_VALUES_OPERATION_HEAT_PUMP_REQUEST: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "data_values.operation_heat_pump_request",
        table: mm::Table::Input,
        address: 653,
        data_type: mm::DataType::U32,
        access: mm::Access::Read,
        width: 2,
        since: ::core::option::Option::Some(mm::Version([4, 1, 1, 0])),
        unit: ::core::option::Option::Some("min"),
        ..BASE
    };
    /// Operation hour counter of Analog Input (MODBUS_VAL_OPERATION_ANALOG_IN)
    ///
    /// - address: input 655 (0x028F), unit id 1, 2 register(s)
    /// - type: u32, words high_first
    /// - access: read-only
    /// - unit: min
    /// - since firmware: 4.1.1
    pub const DATA_VALUES_OPERATION_ANALOG_IN: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "data_values.operation_analog_in",
        table: mm::Table::Input,
        address: 655,
        data_type: mm::DataType::U32,
        access: mm::Access::Read,
        width: 2,
        since: ::core::option::Option::Some(mm::Version([4, 1, 1, 0])),
        unit: ::core::option::Option::Some("min"),
        ..BASE
    };
    /// Operation hour counter of Emergency Mode (MODBUS_VAL_OPERATION_EMERGENCY_MODE)
    ///
    /// - address: input 657 (0x0291), unit id 1, 2 register(s)
    /// - type: u32, words high_first
    /// - access: read-only
    /// - unit: min
    /// - since firmware: 4.1.1
    pub const DATA_VALUES_OPERATION_EMERGENCY_MODE: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "data_values.operation_emergency_mode",
        table: mm::Table::Input,
        address: 657,
        data_type: mm::DataType::U32,
        access: mm::Access::Read,
        width: 2,
        since: ::core::option::Option::Some(mm::Version([4, 1, 1, 0])),
        unit: ::core::option::Option::Some("min"),
        ..BASE
    };
    /// Operation hour counter of Legionella Protection (MODBUS_VAL_OPERATION_LEGIO)
    ///
    /// - address: input 659 (0x0293), unit id 1, 2 register(s)
    /// - type: u32, words high_first
    /// - access: read-only
    /// - unit: min
    /// - since firmware: 4.1.1
    pub const DATA_VALUES_OPERATION_LEGIO: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "data_values.operation_legio",
        table: mm::Table::Input,
        address: 659,
        data_type: mm::DataType::U32,
        access: mm::Access::Read,
        width: 2,
        since: ::core::option::Option::Some(mm::Version([4, 1, 1, 0])),
        unit: ::core::option::Option::Some("min"),
        ..BASE
    };
    /// Operation hour counter of Low Tariff Mode (MODBUS_VAL_OPERATION_LOW_TARIFF)
    ///
    /// - address: input 661 (0x0295), unit id 1, 2 register(s)
    /// - type: u32, words high_first
    /// - access: read-only
    /// - unit: min
    /// - since firmware: 4.1.1
    pub const DATA_VALUES_OPERATION_LOW_TARIFF: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "data_values.operation_low_tariff",
        table: mm::Table::Input,
        address: 661,
        data_type: mm::DataType::U32,
        access: mm::Access::Read,
        width: 2,
        since: ::core::option::Option::Some(mm::Version([4, 1, 1, 0])),
        unit: ::core::option::Option::Some("min"),
        ..BASE
    };
    /// Operation hour counter of Hold Minimal Temperature Mode (MODBUS_VAL_OPERATION_MINIMAL_TEMP)
    ///
    /// - address: input 663 (0x0297), unit id 1, 2 register(s)
    /// - type: u32, words high_first
    /// - access: read-only
    /// - unit: min
    /// - since firmware: 4.1.1
    pub const DATA_VALUES_OPERATION_MINIMAL_TEMP: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "data_values.operation_minimal_temp",
        table: mm::Table::Input,
        address: 663,
        data_type: mm::DataType::U32,
        access: mm::Access::Read,
        width: 2,
        since: ::core::option::Option::Some(mm::Version([4, 1, 1, 0])),
        unit: ::core::option::Option::Some("min"),
        ..BASE
    };
    /// Operation hour counter of Heater Step 1 (MODBUS_VAL_OPERATING_HEATER_STEP_1)
    ///
    /// - address: input 665 (0x0299), unit id 1, 2 register(s)
    /// - type: u32, words high_first
    /// - access: read-only
    /// - unit: min
    /// - since firmware: 4.1.1
    pub const DATA_VALUES_OPERATING_HEATER_STEP_1: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "data_values.operating_heater_step_1",
        table: mm::Table::Input,
        address: 665,
        data_type: mm::DataType::U32,
        access: mm::Access::Read,
        width: 2,
        since: ::core::option::Option::Some(mm::Version([4, 1, 1, 0])),
        unit: ::core::option::Option::Some("min"),
        ..BASE
    };
    /// Operation hour counter of Heater Step 2 (MODBUS_VAL_OPERATING_HEATER_STEP_2)
    ///
    /// - address: input 667 (0x029B), unit id 1, 2 register(s)
    /// - type: u32, words high_first
    /// - access: read-only
    /// - unit: min
    /// - since firmware: 4.1.1
    pub const DATA_VALUES_OPERATING_HEATER_STEP_2: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "data_values.operating_heater_step_2",
        table: mm::Table::Input,
        address: 667,
        data_type: mm::DataType::U32,
        access: mm::Access::Read,
        width: 2,
        since: ::core::option::Option::Some(mm::Version([4, 1, 1, 0])),
        unit: ::core::option::Option::Some("min"),
        ..BASE
    };
    /// Operation hour counter of Heater Step 3 (MODBUS_VAL_OPERATING_HEATER_STEP_3)
    ///
    /// - address: input 669 (0x029D), unit id 1, 2 register(s)
    /// - type: u32, words high_first
    /// - access: read-only
    /// - unit: min
    /// - since firmware: 4.1.1
    pub const DATA_VALUES_OPERATING_HEATER_STEP_3: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "data_values.operating_heater_step_3",
        table: mm::Table::Input,
        address: 669,
        data_type: mm::DataType::U32,
        access: mm::Access::Read,
        width: 2,
        since: ::core::option::Option::Some(mm::Version([4, 1, 1, 0])),
        unit: ::core::option::Option::Some("min"),
        ..BASE
    };
    /// Operation hour counter of Heater Step 4 (MODBUS_VAL_OPERATING_HEATER_STEP_4)
    ///
    /// - address: input 671 (0x029F), unit id 1, 2 register(s)
    /// - type: u32, words high_first
    /// - access: read-only
    /// - unit: min
    /// - since firmware: 4.1.1
    pub const DATA_VALUES_OPERATING_HEATER_STEP_4: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "data_values.operating_heater_step_4",
        table: mm::Table::Input,
        address: 671,
        data_type: mm::DataType::U32,
        access: mm::Access::Read,
        width: 2,
        since: ::core::option::Option::Some(mm::Version([4, 1, 1, 0])),
        unit: ::core::option::Option::Some("min"),
        ..BASE
    };
    /// Operation hour counter of Heater Step 5 (MODBUS_VAL_OPERATING_HEATER_STEP_5)
    ///
    /// - address: input 673 (0x02A1), unit id 1, 2 register(s)
    /// - type: u32, words high_first
    /// - access: read-only
    /// - unit: min
    /// - since firmware: 4.1.1
    pub const DATA_VALUES_OPERATING_HEATER_STEP_5: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "data_values.operating_heater_step_5",
        table: mm::Table::Input,
        address: 673,
        data_type: mm::DataType::U32,
        access: mm::Access::Read,
        width: 2,
        since: ::core::option::Option::Some(mm::Version([4, 1, 1, 0])),
        unit: ::core::option::Option::Some("min"),
        ..BASE
    };
    /// Operation hour counter of Heater Step 6 (MODBUS_VAL_OPERATING_HEATER_STEP_6)
    ///
    /// - address: input 675 (0x02A3), unit id 1, 2 register(s)
    /// - type: u32, words high_first
    /// - access: read-only
    /// - unit: min
    /// - since firmware: 4.1.1
    pub const DATA_VALUES_OPERATING_HEATER_STEP_6: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "data_values.operating_heater_step_6",
        table: mm::Table::Input,
        address: 675,
        data_type: mm::DataType::U32,
        access: mm::Access::Read,
        width: 2,
        since: ::core::option::Option::Some(mm::Version([4, 1, 1, 0])),
        unit: ::core::option::Option::Some("min"),
        ..BASE
    };
    /// Operation hour counter of Heater Step 7 (MODBUS_VAL_OPERATING_HEATER_STEP_7)
    ///
    /// - address: input 677 (0x02A5), unit id 1, 2 register(s)
    /// - type: u32, words high_first
    /// - access: read-only
    /// - unit: min
    /// - since firmware: 4.1.1
    pub const DATA_VALUES_OPERATING_HEATER_STEP_7: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "data_values.operating_heater_step_7",
        table: mm::Table::Input,
        address: 677,
        data_type: mm::DataType::U32,
        access: mm::Access::Read,
        width: 2,
        since: ::core::option::Option::Some(mm::Version([4, 1, 1, 0])),
        unit: ::core::option::Option::Some("min"),
        ..BASE
    };
    /// Number of Set Heater Step usage (MODBUS_VAL_SET_HEATER_STEP_COUNT)
    ///
    /// - address: input 679 (0x02A7), unit id 1, 2 register(s)
    /// - type: u32, words high_first
    /// - access: read-only
    /// - since firmware: 4.1.1
    pub const DATA_VALUES_SET_HEATER_STEP_COUNT: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "data_values.set_heater_step_count",
        table: mm::Table::Input,
        address: 679,
        data_type: mm::DataType::U32,
        access: mm::Access::Read,
        width: 2,
        since: ::core::option::Option::Some(mm::Version([4, 1, 1, 0])),
        ..BASE
    };
    /// Number of Load Setpoint usage (MODBUS_VAL_LOAD_SETPOINT_COUNT)
    ///
    /// - address: input 681 (0x02A9), unit id 1, 2 register(s)
    /// - type: u32, words high_first
    /// - access: read-only
    /// - since firmware: 4.1.1
    pub const DATA_VALUES_LOAD_SETPOINT_COUNT: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "data_values.load_setpoint_count",
        table: mm::Table::Input,
        address: 681,
        data_type: mm::DataType::U32,
        access: mm::Access::Read,
        width: 2,
        since: ::core::option::Option::Some(mm::Version([4, 1, 1, 0])),
        ..BASE
    };
    /// Number of Load Feedin usage (MODBUS_VAL_LOAD_FEEDIN_COUNT)
    ///
    /// - address: input 683 (0x02AB), unit id 1, 2 register(s)
    /// - type: u32, words high_first
    /// - access: read-only
    /// - since firmware: 4.1.1
    pub const DATA_VALUES_LOAD_FEEDIN_COUNT: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "data_values.load_feedin_count",
        table: mm::Table::Input,
        address: 683,
        data_type: mm::DataType::U32,
        access: mm::Access::Read,
        width: 2,
        since: ::core::option::Option::Some(mm::Version([4, 1, 1, 0])),
        ..BASE
    };
    /// Number of Heat Pump Request usage (MODBUS_VAL_HEAT_PUMP_REQUEST_COUNT)
    ///
    /// - address: input 685 (0x02AD), unit id 1, 2 register(s)
    /// - type: u32, words high_first
    /// - access: read-only
    /// - since firmware: 4.1.1
    pub const DATA_VALUES_HEAT_PUMP_REQUEST_COUNT: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "data_values.heat_pump_request_count",
        table: mm::Table::Input,
        address: 685,
        data_type: mm::DataType::U32,
        access: mm::Access::Read,
        width: 2,
        since: ::core::option::Option::Some(mm::Version([4, 1, 1, 0])),
        ..BASE
    };
    /// Number of Analog Input usage (MODBUS_VAL_ANALOG_IN_COUNT)
    ///
    /// - address: input 687 (0x02AF), unit id 1, 2 register(s)
    /// - type: u32, words high_first
    /// - access: read-only
    /// - since firmware: 4.1.1
    pub const DATA_VALUES_ANALOG_IN_COUNT: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "data_values.analog_in_count",
        table: mm::Table::Input,
        address: 687,
        data_type: mm::DataType::U32,
        access: mm::Access::Read,
        width: 2,
        since: ::core::option::Option::Some(mm::Version([4, 1, 1, 0])),
        ..BASE
    };
    /// Number of Emergency Mode usage (MODBUS_VAL_EMERGENCY_MODE_COUNT)
    ///
    /// - address: input 689 (0x02B1), unit id 1, 2 register(s)
    /// - type: u32, words high_first
    /// - access: read-only
    /// - since firmware: 4.1.1
    pub const DATA_VALUES_EMERGENCY_MODE_COUNT: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "data_values.emergency_mode_count",
        table: mm::Table::Input,
        address: 689,
        data_type: mm::DataType::U32,
        access: mm::Access::Read,
        width: 2,
        since: ::core::option::Option::Some(mm::Version([4, 1, 1, 0])),
        ..BASE
    };
    /// Number of Legionella Protection usage (MODBUS_VAL_LEGIO_COUNT)
    ///
    /// - address: input 691 (0x02B3), unit id 1, 2 register(s)
    /// - type: u32, words high_first
    /// - access: read-only
    /// - since firmware: 4.1.1
    pub const DATA_VALUES_LEGIO_COUNT: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "data_values.legio_count",
        table: mm::Table::Input,
        address: 691,
        data_type: mm::DataType::U32,
        access: mm::Access::Read,
        width: 2,
        since: ::core::option::Option::Some(mm::Version([4, 1, 1, 0])),
        ..BASE
    };
    /// Number of Low Tariff Mode usage (MODBUS_VAL_LOW_TARIFF_COUNT)
    ///
    /// - address: input 693 (0x02B5), unit id 1, 2 register(s)
    /// - type: u32, words high_first
    /// - access: read-only
    /// - since firmware: 4.1.1
    pub const DATA_VALUES_LOW_TARIFF_COUNT: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "data_values.low_tariff_count",
        table: mm::Table::Input,
        address: 693,
        data_type: mm::DataType::U32,
        access: mm::Access::Read,
        width: 2,
        since: ::core::option::Option::Some(mm::Version([4, 1, 1, 0])),
        ..BASE
    };
    /// Number of Hold Minimal Temperature usage (MODBUS_VAL_MINIMAL_TEMP_COUNT)
    ///
    /// - address: input 695 (0x02B7), unit id 1, 2 register(s)
    /// - type: u32, words high_first
    /// - access: read-only
    /// - since firmware: 4.1.1
    pub const DATA_VALUES_MINIMAL_TEMP_COUNT: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "data_values.minimal_temp_count",
        table: mm::Table::Input,
        address: 695,
        data_type: mm::DataType::U32,
        access: mm::Access::Read,
        width: 2,
        since: ::core::option::Option::Some(mm::Version([4, 1, 1, 0])),
        ..BASE
    };
    /// Highest measured temperature (MODBUS_VAL_MAX_TEMPERATURE)
    ///
    /// - address: input 697 (0x02B9), unit id 1, 1 register(s)
    /// - type: u8
    /// - access: read-only
    /// - unit: °C
    /// - range: 0 ..= 255
    /// - since firmware: 4.1.1
    pub const DATA_VALUES_MAX_TEMPERATURE: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "data_values.max_temperature",
        table: mm::Table::Input,
        address: 697,
        data_type: mm::DataType::U8,
        access: mm::Access::Read,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(255.0),
        since: ::core::option::Option::Some(mm::Version([4, 1, 1, 0])),
        unit: ::core::option::Option::Some("°C"),
        ..BASE
    };
    /// Read status of ASKOHEAT+; to switch heaters on or off use register 200 (MODBUS_EXT_STATUS)
    ///
    /// - address: input 700 (0x02BC), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    /// - since firmware: 2.2.1
    /// - alias of `data_values.status`
    pub const EXTENDED_VALUES_STATUS: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "extended_values.status",
        table: mm::Table::Input,
        address: 700,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        since: ::core::option::Option::Some(mm::Version([2, 2, 1, 0])),
        alias_of: ::core::option::Option::Some("data_values.status"),
        bits: &[
            mm::BitField {
                name: "heater1_active",
                lsb: 0,
                width: 1,
            },
            mm::BitField {
                name: "heater2_active",
                lsb: 1,
                width: 1,
            },
            mm::BitField {
                name: "heater3_active",
                lsb: 2,
                width: 1,
            },
            mm::BitField {
                name: "pump_active",
                lsb: 3,
                width: 1,
            },
            mm::BitField {
                name: "relay_board_connected",
                lsb: 4,
                width: 1,
            },
            mm::BitField {
                name: "heat_pump_request_active",
                lsb: 6,
                width: 1,
            },
            mm::BitField {
                name: "emergency_mode_active",
                lsb: 7,
                width: 1,
            },
            mm::BitField {
                name: "legionella_protection_active",
                lsb: 8,
                width: 1,
            },
            mm::BitField {
                name: "analog_input_active",
                lsb: 9,
                width: 1,
            },
            mm::BitField {
                name: "setpoint_active",
                lsb: 10,
                width: 1,
            },
            mm::BitField {
                name: "load_feedin_active",
                lsb: 11,
                width: 1,
            },
            mm::BitField {
                name: "auto_heater_off_active",
                lsb: 12,
                width: 1,
            },
            mm::BitField {
                name: "pump_relay_follow_up_time_active",
                lsb: 13,
                width: 1,
            },
            mm::BitField {
                name: "temp_limit_reached",
                lsb: 14,
                width: 1,
            },
            mm::BitField {
                name: "error_occurred",
                lsb: 15,
                width: 1,
            },
        ],
        ..BASE
    };
    /// Actual electrical heater load, 250-30000 W while heating (MODBUS_EXT_HEATER_LOAD)
    ///
    /// - address: input 701 (0x02BD), unit id 1, 1 register(s)
    /// - type: i16
    /// - access: read-only
    /// - unit: W
    /// - range: 0 ..= 30000
    /// - since firmware: 2.3.1
    pub const EXTENDED_VALUES_HEATER_LOAD: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "extended_values.heater_load",
        table: mm::Table::Input,
        address: 701,
        data_type: mm::DataType::I16,
        access: mm::Access::Read,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(30000.0),
        since: ::core::option::Option::Some(mm::Version([2, 3, 1, 0])),
        unit: ::core::option::Option::Some("W"),
        ..BASE
    };
    /// Reserved for future features, version tbd (MODBUS_EXT_RESERVED)
    ///
    /// - address: input 702 (0x02BE), unit id 1, 1 register(s)
    /// - type: i16
    /// - access: read-only
    pub const EXTENDED_VALUES_RESERVED: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "extended_values.reserved",
        table: mm::Table::Input,
        address: 702,
        data_type: mm::DataType::I16,
        access: mm::Access::Read,
        ..BASE
    };
    /// Status of legionella protection (MODBUS_EXT_LEGIO_STATUS)
    ///
    /// - address: input 703 (0x02BF), unit id 1, 1 register(s)
    /// - type: u8
    /// - access: read-only
    /// - since firmware: 3.0.1
    pub const EXTENDED_VALUES_LEGIO_STATUS: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "extended_values.legio_status",
        table: mm::Table::Input,
        address: 703,
        data_type: mm::DataType::U8,
        access: mm::Access::Read,
        since: ::core::option::Option::Some(mm::Version([3, 0, 1, 0])),
        bits: &[
            mm::BitField {
                name: "heating_up",
                lsb: 0,
                width: 1,
            },
            mm::BitField {
                name: "temperature_reached",
                lsb: 1,
                width: 1,
            },
            mm::BitField {
                name: "temp_reached_outside_interval",
                lsb: 2,
                width: 1,
            },
            mm::BitField {
                name: "unexpected_temp_drop",
                lsb: 4,
                width: 1,
            },
            mm::BitField {
                name: "error_no_valid_temp_sensor",
                lsb: 5,
                width: 1,
            },
            mm::BitField {
                name: "error_cannot_reach_temp",
                lsb: 6,
                width: 1,
            },
            mm::BitField {
                name: "error_settings",
                lsb: 7,
                width: 1,
            },
        ],
        ..BASE
    };
    /// Temperature of sensor 5, this sensor is not implemented yet (MODBUS_EXT_TEMPERATURE_FLOAT_SENSOR5)
    ///
    /// - address: input 704 (0x02C0), unit id 1, 2 register(s)
    /// - type: f32, words high_first
    /// - access: read-only
    /// - unit: °C
    /// - since firmware: 2.2.1
    pub const EXTENDED_VALUES_TEMPERATURE_FLOAT_SENSOR5: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "extended_values.temperature_float_sensor5",
        table: mm::Table::Input,
        address: 704,
        data_type: mm::DataType::F32,
        access: mm::Access::Read,
        width: 2,
        since: ::core::option::Option::Some(mm::Version([2, 2, 1, 0])),
        unit: ::core::option::Option::Some("°C"),
        ..BASE
    };
    /// Temperature of sensor 4, optional external PT1000 (MODBUS_EXT_TEMPERATURE_FLOAT_SENSOR4)
    ///
    /// - address: input 706 (0x02C2), unit id 1, 2 register(s)
    /// - type: f32, words high_first
    /// - access: read-only
    /// - unit: °C
    /// - since firmware: 2.2.1
    /// - also served as `energymanager.temperature_float_sensor4`
    pub const EXTENDED_VALUES_TEMPERATURE_FLOAT_SENSOR4: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "extended_values.temperature_float_sensor4",
        table: mm::Table::Input,
        address: 706,
        data_type: mm::DataType::F32,
        access: mm::Access::Read,
        width: 2,
        since: ::core::option::Option::Some(mm::Version([2, 2, 1, 0])),
        unit: ::core::option::Option::Some("°C"),
        ..BASE
    };
    /// Temperature of sensor 3, optional external PT1000 (MODBUS_EXT_TEMPERATURE_FLOAT_SENSOR3)
    ///
    /// - address: input 708 (0x02C4), unit id 1, 2 register(s)
    /// - type: f32, words high_first
    /// - access: read-only
    /// - unit: °C
    /// - since firmware: 2.2.1
    /// - also served as `energymanager.temperature_float_sensor3`
    pub const EXTENDED_VALUES_TEMPERATURE_FLOAT_SENSOR3: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "extended_values.temperature_float_sensor3",
        table: mm::Table::Input,
        address: 708,
        data_type: mm::DataType::F32,
        access: mm::Access::Read,
        width: 2,
        since: ::core::option::Option::Some(mm::Version([2, 2, 1, 0])),
        unit: ::core::option::Option::Some("°C"),
        ..BASE
    };
    /// Temperature of sensor 2, optional external PT1000 (MODBUS_EXT_TEMPERATURE_FLOAT_SENSOR2)
    ///
    /// - address: input 710 (0x02C6), unit id 1, 2 register(s)
    /// - type: f32, words high_first
    /// - access: read-only
    /// - unit: °C
    /// - since firmware: 2.2.1
    /// - also served as `energymanager.temperature_float_sensor2`
    pub const EXTENDED_VALUES_TEMPERATURE_FLOAT_SENSOR2: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "extended_values.temperature_float_sensor2",
        table: mm::Table::Input,
        address: 710,
        data_type: mm::DataType::F32,
        access: mm::Access::Read,
        width: 2,
        since: ::core::option::Option::Some(mm::Version([2, 2, 1, 0])),
        unit: ::core::option::Option::Some("°C"),
        ..BASE
    };
    /// Temperature of sensor 1, optional external PT1000 (MODBUS_EXT_TEMPERATURE_FLOAT_SENSOR1)
    ///
    /// - address: input 712 (0x02C8), unit id 1, 2 register(s)
    /// - type: f32, words high_first
    /// - access: read-only
    /// - unit: °C
    /// - since firmware: 2.2.1
    /// - also served as `energymanager.temperature_float_sensor1`
    pub const EXTENDED_VALUES_TEMPERATURE_FLOAT_SENSOR1: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "extended_values.temperature_float_sensor1",
        table: mm::Table::Input,
        address: 712,
        data_type: mm::DataType::F32,
        access: mm::Access::Read,
        width: 2,
        since: ::core::option::Option::Some(mm::Version([2, 2, 1, 0])),
        unit: ::core::option::Option::Some("°C"),
        ..BASE
    };
    /// Temperature of sensor 0, integrated in ASKOHEAT+ PT1000 (MODBUS_EXT_TEMPERATURE_FLOAT_SENSOR0)
    ///
    /// - address: input 714 (0x02CA), unit id 1, 2 register(s)
    /// - type: f32, words high_first
    /// - access: read-only
    /// - unit: °C
    /// - since firmware: 2.2.1
    /// - also served as `energymanager.temperature_float_sensor0`
    pub const EXTENDED_VALUES_TEMPERATURE_FLOAT_SENSOR0: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "extended_values.temperature_float_sensor0",
        table: mm::Table::Input,
        address: 714,
        data_type: mm::DataType::F32,
        access: mm::Access::Read,
        width: 2,
        since: ::core::option::Option::Some(mm::Version([2, 2, 1, 0])),
        unit: ::core::option::Option::Some("°C"),
        ..BASE
    };
    /// Analog input 0-10 V (MODBUS_EXT_ANALOG_INPUT_FLOAT)
    ///
    /// - address: input 716 (0x02CC), unit id 1, 2 register(s)
    /// - type: f32, words high_first
    /// - access: read-only
    /// - unit: V
    /// - range: 0 ..= 10
    /// - since firmware: 2.2.1
    /// - also served as `energymanager.analog_input_float`
    pub const EXTENDED_VALUES_ANALOG_INPUT_FLOAT: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "extended_values.analog_input_float",
        table: mm::Table::Input,
        address: 716,
        data_type: mm::DataType::F32,
        access: mm::Access::Read,
        width: 2,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(10.0),
        since: ::core::option::Option::Some(mm::Version([2, 2, 1, 0])),
        unit: ::core::option::Option::Some("V"),
        ..BASE
    };
    /// Load setpoint (250-30000 W) for automatic setting of the optimum power level (MODBUS_EXT_LOAD_SETPOINT_VALUE)
    ///
    /// - address: input 718 (0x02CE), unit id 1, 1 register(s)
    /// - type: i16
    /// - access: read-only
    /// - unit: W
    /// - range: 0 ..= 30000
    /// - since firmware: 2.3.1
    pub const EXTENDED_VALUES_LOAD_SETPOINT_VALUE: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "extended_values.load_setpoint_value",
        table: mm::Table::Input,
        address: 718,
        data_type: mm::DataType::I16,
        access: mm::Access::Read,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(30000.0),
        since: ::core::option::Option::Some(mm::Version([2, 3, 1, 0])),
        unit: ::core::option::Option::Some("W"),
        ..BASE
    };
    /// Use case power to heat: negative values activate thermal storage (MODBUS_EXT_LOAD_FEEDIN_VALUE)
    ///
    /// - address: input 719 (0x02CF), unit id 1, 1 register(s)
    /// - type: i16
    /// - access: read-only
    /// - unit: W
    /// - range: -30000 ..= 30000
    /// - since firmware: 4.2.1
    pub const EXTENDED_VALUES_LOAD_FEEDIN_VALUE: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "extended_values.load_feedin_value",
        table: mm::Table::Input,
        address: 719,
        data_type: mm::DataType::I16,
        access: mm::Access::Read,
        min: ::core::option::Option::Some(-30000.0),
        max: ::core::option::Option::Some(30000.0),
        since: ::core::option::Option::Some(mm::Version([4, 2, 1, 0])),
        unit: ::core::option::Option::Some("W"),
        ..BASE
    };
    /// Reserved for future use (MODBUS_EXT_RESERVE1; the document's range 720…744 corrected to 720…724)
    ///
    /// - address: input 720 (0x02D0), unit id 1, 5 register(s)
    /// - type: string, length 10, bytes low_first
    /// - access: read-only
    /// - since firmware: 2.2.1
    pub const EXTENDED_VALUES_RESERVE1: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "extended_values.reserve1",
        table: mm::Table::Input,
        address: 720,
        data_type: mm::DataType::String,
        access: mm::Access::Read,
        width: 5,
        length: 10,
        since: ::core::option::Option::Some(mm::Version([2, 2, 1, 0])),
        ..BASE
    };
    /// Debug information only: RTOS milliseconds, 0-4294967295 (MODBUS_EXT_MILLIS)
    ///
    /// - address: input 725 (0x02D5), unit id 1, 2 register(s)
    /// - type: u32, words high_first
    /// - access: read-only
    /// - unit: ms
    /// - since firmware: 2.2.1
    pub const EXTENDED_VALUES_MILLIS: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "extended_values.millis",
        table: mm::Table::Input,
        address: 725,
        data_type: mm::DataType::U32,
        access: mm::Access::Read,
        width: 2,
        since: ::core::option::Option::Some(mm::Version([2, 2, 1, 0])),
        unit: ::core::option::Option::Some("ms"),
        ..BASE
    };
    /// Reserved for future use (MODBUS_EXT_RESERVE2)
    ///
    /// - address: input 727 (0x02D7), unit id 1, 16 register(s)
    /// - type: string, length 32, bytes low_first
    /// - access: read-only
    /// - since firmware: 2.2.1
    pub const EXTENDED_VALUES_RESERVE2: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "extended_values.reserve2",
        table: mm::Table::Input,
        address: 727,
        data_type: mm::DataType::String,
        access: mm::Access::Read,
        width: 16,
        length: 32,
        since: ::core::option::Option::Some(mm::Version([2, 2, 1, 0])),
        ..BASE
    };
    /// Reserved for future use (MODBUS_EXT_RESERVE3)
    ///
    /// - address: input 743 (0x02E7), unit id 1, 16 register(s)
    /// - type: string, length 32, bytes low_first
    /// - access: read-only
    /// - since firmware: 2.2.1
    pub const EXTENDED_VALUES_RESERVE3: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "extended_values.reserve3",
        table: mm::Table::Input,
        address: 743,
        data_type: mm::DataType::String,
        access: mm::Access::Read,
        width: 16,
        length: 32,
        since: ::core::option::Option::Some(mm::Version([2, 2, 1, 0])),
        ..BASE
    };
    /// Switch heaters on / off: heater step 0-7 in the low byte (MODBUS_CMD_SET_HEATER_STEP); cleared after 60 s without a client
    ///
    /// - address: holding 200 (0x00C8), unit id 1, 1 register(s)
    /// - type: u8
    /// - access: read-write
    /// - range: 0 ..= 7
    /// - default: 0
    /// - since firmware: 2.0.1
    /// - also served as `energymanager.set_heater_step`, `energymanager_write.set_heater_step`
    pub const COMMAND_SET_HEATER_STEP: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "command.set_heater_step",
        table: mm::Table::Holding,
        address: 200,
        data_type: mm::DataType::U8,
        access: mm::Access::ReadWrite,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(7.0),
        since: ::core::option::Option::Some(mm::Version([2, 0, 1, 0])),
        ..BASE
    };
    /// Load setpoint (250-30000 W) for automatic setting of the optimum power level of the ASKOHEAT+ (MODBUS_CMD_LOAD_SETPOINT_VALUE)
    ///
    /// - address: holding 201 (0x00C9), unit id 1, 1 register(s)
    /// - type: i16
    /// - access: read-write
    /// - unit: W
    /// - range: 0 ..= 30000
    /// - default: 0
    /// - since firmware: 2.3.1
    /// - also served as `energymanager.load_setpoint_value`, `energymanager_write.load_setpoint_value`
    pub const COMMAND_LOAD_SETPOINT_VALUE: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "command.load_setpoint_value",
        table: mm::Table::Holding,
        address: 201,
        data_type: mm::DataType::I16,
        access: mm::Access::ReadWrite,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(30000.0),
        since: ::core::option::Option::Some(mm::Version([2, 3, 1, 0])),
        unit: ::core::option::Option::Some("W"),
        ..BASE
    };
    /// Use case power to heat: negative values (grid feed-in) activate thermal storage, ASKOHEAT+ automatically switches to the correct level; positive values switch it off (MODBUS_CMD_LOAD_FEEDIN_VALUE)
    ///
    /// - address: holding 202 (0x00CA), unit id 1, 1 register(s)
    /// - type: i16
    /// - access: read-write
    /// - unit: W
    /// - range: -30000 ..= 30000
    /// - default: 0
    /// - since firmware: 4.2.1
    /// - also served as `energymanager.load_feedin_value`, `energymanager_write.load_feedin_value`
    pub const COMMAND_LOAD_FEEDIN_VALUE: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "command.load_feedin_value",
        table: mm::Table::Holding,
        address: 202,
        data_type: mm::DataType::I16,
        access: mm::Access::ReadWrite,
        min: ::core::option::Option::Some(-30000.0),
        max: ::core::option::Option::Some(30000.0),
        since: ::core::option::Option::Some(mm::Version([4, 2, 1, 0])),
        unit: ::core::option::Option::Some("W"),
        ..BASE
    };
    /// Rebooting of ASKOHEAT+ (MODBUS_CMD_RESET)
    ///
    /// - address: holding 210 (0x00D2), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: write-only
    /// - since firmware: 3.0.1
    pub const SERVICE_RESET: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "service.reset",
        table: mm::Table::Holding,
        address: 210,
        data_type: mm::DataType::U16,
        access: mm::Access::Write,
        since: ::core::option::Option::Some(mm::Version([3, 0, 1, 0])),
        ..BASE
    };
    /// Return to factory setting, user must make network setting again (MODBUS_CMD_RECONFIG)
    ///
    /// - address: holding 211 (0x00D3), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: write-only (safety-relevant: writes need the opt-in)
    /// - since firmware: 3.0.1
    pub const SERVICE_RECONFIG: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "service.reconfig",
        table: mm::Table::Holding,
        address: 211,
        data_type: mm::DataType::U16,
        access: mm::Access::Write,
        since: ::core::option::Option::Some(mm::Version([3, 0, 1, 0])),
        safety: true,
        ..BASE
    };
    /// All LEDs flash for 20 seconds for identification purposes (MODBUS_CMD_IDENTIFY)
    ///
    /// - address: holding 212 (0x00D4), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: write-only
    /// - since firmware: 3.0.1
    pub const SERVICE_IDENTIFY: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "service.identify",
        table: mm::Table::Holding,
        address: 212,
        data_type: mm::DataType::U16,
        access: mm::Access::Write,
        since: ::core::option::Option::Some(mm::Version([3, 0, 1, 0])),
        ..BASE
    };
    /// Clears remembered temperature sensors after any temperature sensor error (MODBUS_CMD_CLEAR_TEMP_SENSOR_ERROR)
    ///
    /// - address: holding 213 (0x00D5), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: write-only
    /// - since firmware: 3.0.1
    pub const SERVICE_CLEAR_TEMP_SENSOR_ERROR: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "service.clear_temp_sensor_error",
        table: mm::Table::Holding,
        address: 213,
        data_type: mm::DataType::U16,
        access: mm::Access::Write,
        since: ::core::option::Option::Some(mm::Version([3, 0, 1, 0])),
        ..BASE
    };
    /// Switch heaters on / off (MODBUS_EMA_SET_HEATER_STEP, same as MODBUS_CMD_SET_HEATER_STEP)
    ///
    /// - address: holding 318 (0x013E), unit id 1, 1 register(s)
    /// - type: u8
    /// - access: read-write
    /// - range: 0 ..= 7
    /// - default: 0
    /// - since firmware: 3.1.1
    /// - alias of `command.set_heater_step`
    pub const ENERGYMANAGER_WRITE_SET_HEATER_STEP: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "energymanager_write.set_heater_step",
        table: mm::Table::Holding,
        address: 318,
        data_type: mm::DataType::U8,
        access: mm::Access::ReadWrite,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(7.0),
        since: ::core::option::Option::Some(mm::Version([3, 1, 1, 0])),
        alias_of: ::core::option::Option::Some("command.set_heater_step"),
        ..BASE
    };
    /// Load setpoint (MODBUS_EMA_LOAD_SETPOINT_VALUE, same as MODBUS_CMD_LOAD_SETPOINT_VALUE)
    ///
    /// - address: holding 319 (0x013F), unit id 1, 1 register(s)
    /// - type: i16
    /// - access: read-write
    /// - unit: W
    /// - range: 0 ..= 30000
    /// - default: 0
    /// - since firmware: 3.1.1
    /// - alias of `command.load_setpoint_value`
    pub const ENERGYMANAGER_WRITE_LOAD_SETPOINT_VALUE: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "energymanager_write.load_setpoint_value",
        table: mm::Table::Holding,
        address: 319,
        data_type: mm::DataType::I16,
        access: mm::Access::ReadWrite,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(30000.0),
        since: ::core::option::Option::Some(mm::Version([3, 1, 1, 0])),
        alias_of: ::core::option::Option::Some("command.load_setpoint_value"),
        unit: ::core::option::Option::Some("W"),
        ..BASE
    };
    /// Load feed-in value (MODBUS_EMA_LOAD_FEEDIN_VALUE, same as MODBUS_CMD_LOAD_FEEDIN_VALUE)
    ///
    /// - address: holding 320 (0x0140), unit id 1, 1 register(s)
    /// - type: i16
    /// - access: read-write
    /// - unit: W
    /// - range: -30000 ..= 30000
    /// - default: 0
    /// - since firmware: 4.2.1
    /// - alias of `command.load_feedin_value`
    pub const ENERGYMANAGER_WRITE_LOAD_FEEDIN_VALUE: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "energymanager_write.load_feedin_value",
        table: mm::Table::Holding,
        address: 320,
        data_type: mm::DataType::I16,
        access: mm::Access::ReadWrite,
        min: ::core::option::Option::Some(-30000.0),
        max: ::core::option::Option::Some(30000.0),
        since: ::core::option::Option::Some(mm::Version([4, 2, 1, 0])),
        alias_of: ::core::option::Option::Some("command.load_feedin_value"),
        unit: ::core::option::Option::Some("W"),
        ..BASE
    };
    /// Switch-on inhibit of relays, factory setting 5 seconds (MODBUS_CON_RELAY_SEC_COUNT)
    ///
    /// - address: holding 500 (0x01F4), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-write
    /// - unit: s
    /// - range: 0 ..= 16
    /// - default: 5
    /// - since firmware: 2.2.1
    pub const CONFIGURATION_RELAY_SEC_COUNT: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "configuration.relay_sec_count",
        table: mm::Table::Holding,
        address: 500,
        data_type: mm::DataType::U16,
        access: mm::Access::ReadWrite,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(16.0),
        since: ::core::option::Option::Some(mm::Version([2, 2, 1, 0])),
        unit: ::core::option::Option::Some("s"),
        ..BASE
    };
    /// Pump follow-up time after switching off any heater, factory setting 30 seconds (MODBUS_CON_PUMP_SEC_COUNT)
    ///
    /// - address: holding 501 (0x01F5), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-write
    /// - unit: s
    /// - range: 0 ..= 240
    /// - default: 30
    /// - since firmware: 2.2.1
    pub const CONFIGURATION_PUMP_SEC_COUNT: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "configuration.pump_sec_count",
        table: mm::Table::Holding,
        address: 501,
        data_type: mm::DataType::U16,
        access: mm::Access::ReadWrite,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(240.0),
        since: ::core::option::Option::Some(mm::Version([2, 2, 1, 0])),
        unit: ::core::option::Option::Some("s"),
        ..BASE
    };
    /// Use of inputs (analog input 0-10 V, heat pump request, emergency mode, setpoint value or feed-in values) (MODBUS_CON_INPUT_SETTING)
    ///
    /// - address: holding 502 (0x01F6), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-write
    /// - since firmware: 2.2.1
    pub const CONFIGURATION_INPUT_SETTING: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "configuration.input_setting",
        table: mm::Table::Holding,
        address: 502,
        data_type: mm::DataType::U16,
        access: mm::Access::ReadWrite,
        since: ::core::option::Option::Some(mm::Version([2, 2, 1, 0])),
        bits: &[
            mm::BitField {
                name: "missing_current_flow_triggers_error",
                lsb: 0,
                width: 1,
            },
            mm::BitField {
                name: "heater_load_value_only_if_current_flows",
                lsb: 1,
                width: 1,
            },
            mm::BitField {
                name: "load_feedin_value_enabled",
                lsb: 2,
                width: 1,
            },
            mm::BitField {
                name: "load_setpoint_value_enabled",
                lsb: 3,
                width: 1,
            },
            mm::BitField {
                name: "set_heater_step_value_enabled",
                lsb: 4,
                width: 1,
            },
            mm::BitField {
                name: "analog_input_enabled",
                lsb: 5,
                width: 1,
            },
            mm::BitField {
                name: "heat_pump_request_input_enabled",
                lsb: 6,
                width: 1,
            },
            mm::BitField {
                name: "emergency_mode_enabled",
                lsb: 7,
                width: 1,
            },
            mm::BitField {
                name: "low_tariff_option_enabled",
                lsb: 8,
                width: 1,
            },
            mm::BitField {
                name: "hold_minimal_temperature_enabled",
                lsb: 9,
                width: 1,
            },
            mm::BitField {
                name: "sma_semp_enabled",
                lsb: 10,
                width: 1,
            },
            mm::BitField {
                name: "senec_home_enabled",
                lsb: 11,
                width: 1,
            },
        ],
        ..BASE
    };
    /// Cost prevention and safety function: time until the heater switches off automatically (writable since 3.0.1) (MODBUS_CON_AUTO_HEATER_OFF_MINUTES)
    ///
    /// - address: holding 503 (0x01F7), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-write (safety-relevant: writes need the opt-in)
    /// - unit: min
    /// - range: 2 ..= 10080
    /// - default: 1440
    /// - since firmware: 2.2.1
    pub const CONFIGURATION_AUTO_HEATER_OFF_MINUTES: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "configuration.auto_heater_off_minutes",
        table: mm::Table::Holding,
        address: 503,
        data_type: mm::DataType::U16,
        access: mm::Access::ReadWrite,
        min: ::core::option::Option::Some(2.0),
        max: ::core::option::Option::Some(10080.0),
        since: ::core::option::Option::Some(mm::Version([2, 2, 1, 0])),
        safety: true,
        unit: ::core::option::Option::Some("min"),
        ..BASE
    };
    /// Setting of the auto-off function for cost prevention and safety (writable since 3.0.1) (MODBUS_CON_AUTO_HEATER_OFF_SETTING)
    ///
    /// - address: holding 504 (0x01F8), unit id 1, 1 register(s)
    /// - type: u8
    /// - access: read-write (safety-relevant: writes need the opt-in)
    /// - since firmware: 2.2.1
    pub const CONFIGURATION_AUTO_HEATER_OFF_SETTING: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "configuration.auto_heater_off_setting",
        table: mm::Table::Holding,
        address: 504,
        data_type: mm::DataType::U8,
        access: mm::Access::ReadWrite,
        since: ::core::option::Option::Some(mm::Version([2, 2, 1, 0])),
        safety: true,
        bits: &[
            mm::BitField {
                name: "auto_off_modbus_timeout_enabled",
                lsb: 0,
                width: 1,
            },
            mm::BitField {
                name: "restart_if_energymanager_connection_lost",
                lsb: 1,
                width: 1,
            },
            mm::BitField {
                name: "auto_off_modbus_enabled",
                lsb: 4,
                width: 1,
            },
            mm::BitField {
                name: "auto_off_analog_input_enabled",
                lsb: 5,
                width: 1,
            },
            mm::BitField {
                name: "auto_off_heat_pump_request_enabled",
                lsb: 6,
                width: 1,
            },
            mm::BitField {
                name: "auto_off_emergency_mode_enabled",
                lsb: 7,
                width: 1,
            },
        ],
        ..BASE
    };
    /// Prioritization for cascade control, version tbd (MODBUS_CON_CASCADE_PRIO)
    ///
    /// - address: holding 505 (0x01F9), unit id 1, 1 register(s)
    /// - type: u8
    /// - access: read-write
    /// - range: 0 ..= 255
    pub const CONFIGURATION_CASCADE_PRIO: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "configuration.cascade_prio",
        table: mm::Table::Holding,
        address: 505,
        data_type: mm::DataType::U8,
        access: mm::Access::ReadWrite,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(255.0),
        ..BASE
    };
    /// Type of heat buffer in which ASKOHEAT+ is installed, version tbd (MODBUS_CON_HEATBUFFER_TYPE)
    ///
    /// - address: holding 506 (0x01FA), unit id 1, 1 register(s)
    /// - type: u8
    /// - access: read-write
    pub const CONFIGURATION_HEATBUFFER_TYPE: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "configuration.heatbuffer_type",
        table: mm::Table::Holding,
        address: 506,
        data_type: mm::DataType::U8,
        access: mm::Access::ReadWrite,
        bits: &[
            mm::BitField {
                name: "tap_water",
                lsb: 0,
                width: 1,
            },
            mm::BitField {
                name: "heating_water",
                lsb: 1,
                width: 1,
            },
            mm::BitField {
                name: "combined_heat_and_power_unit",
                lsb: 2,
                width: 1,
            },
            mm::BitField {
                name: "pellet_firing",
                lsb: 3,
                width: 1,
            },
            mm::BitField {
                name: "gas_burner",
                lsb: 4,
                width: 1,
            },
            mm::BitField {
                name: "oil_burner",
                lsb: 5,
                width: 1,
            },
            mm::BitField {
                name: "heat_pump",
                lsb: 6,
                width: 1,
            },
            mm::BitField {
                name: "other",
                lsb: 7,
                width: 1,
            },
        ],
        ..BASE
    };
    /// Heat storage volume, version tbd (MODBUS_CON_HEATBUFFER_VOLUME)
    ///
    /// - address: holding 507 (0x01FB), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-write
    /// - unit: L
    /// - range: 0 ..= 1000
    pub const CONFIGURATION_HEATBUFFER_VOLUME: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "configuration.heatbuffer_volume",
        table: mm::Table::Holding,
        address: 507,
        data_type: mm::DataType::U16,
        access: mm::Access::ReadWrite,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(1000.0),
        unit: ::core::option::Option::Some("L"),
        ..BASE
    };
    /// Installation position of ASKOHEAT+ (ASKOWALL, middle or bottom of boiler) (MODBUS_CON_HEATER_POSITION)
    ///
    /// - address: holding 508 (0x01FC), unit id 1, 1 register(s)
    /// - type: u8
    /// - access: read-write
    /// - since firmware: 4.1.1
    pub const CONFIGURATION_HEATER_POSITION: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "configuration.heater_position",
        table: mm::Table::Holding,
        address: 508,
        data_type: mm::DataType::U8,
        access: mm::Access::ReadWrite,
        since: ::core::option::Option::Some(mm::Version([4, 1, 1, 0])),
        bits: &[
            mm::BitField {
                name: "bottom",
                lsb: 0,
                width: 1,
            },
            mm::BitField {
                name: "middle",
                lsb: 1,
                width: 1,
            },
            mm::BitField {
                name: "askowall",
                lsb: 7,
                width: 1,
            },
        ],
        ..BASE
    };
    /// Setting of legionella protection (MODBUS_CON_LEGIO_SETTING)
    ///
    /// - address: holding 509 (0x01FD), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-write
    /// - since firmware: 3.0.1
    pub const CONFIGURATION_LEGIO_SETTING: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "configuration.legio_setting",
        table: mm::Table::Holding,
        address: 509,
        data_type: mm::DataType::U16,
        access: mm::Access::ReadWrite,
        since: ::core::option::Option::Some(mm::Version([3, 0, 1, 0])),
        bits: &[
            mm::BitField {
                name: "use_internal_temp_sensor",
                lsb: 0,
                width: 1,
            },
            mm::BitField {
                name: "use_external_temp_sensor1",
                lsb: 1,
                width: 1,
            },
            mm::BitField {
                name: "use_external_temp_sensor2",
                lsb: 2,
                width: 1,
            },
            mm::BitField {
                name: "use_external_temp_sensor3",
                lsb: 3,
                width: 1,
            },
            mm::BitField {
                name: "use_external_temp_sensor4",
                lsb: 4,
                width: 1,
            },
            mm::BitField {
                name: "interval_daily",
                lsb: 8,
                width: 1,
            },
            mm::BitField {
                name: "interval_weekly",
                lsb: 9,
                width: 1,
            },
            mm::BitField {
                name: "interval_fortnightly",
                lsb: 10,
                width: 1,
            },
            mm::BitField {
                name: "interval_monthly",
                lsb: 11,
                width: 1,
            },
            mm::BitField {
                name: "prefer_feedin_energy",
                lsb: 12,
                width: 1,
            },
            mm::BitField {
                name: "protection_enabled",
                lsb: 13,
                width: 1,
            },
        ],
        ..BASE
    };
    /// Heat-up temperature for legionella protection (MODBUS_CON_LEGIO_TEMPERATURE)
    ///
    /// - address: holding 510 (0x01FE), unit id 1, 1 register(s)
    /// - type: u8
    /// - access: read-write
    /// - unit: °C
    /// - range: 50 ..= 65
    /// - since firmware: 3.0.1
    pub const CONFIGURATION_LEGIO_TEMPERATURE: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "configuration.legio_temperature",
        table: mm::Table::Holding,
        address: 510,
        data_type: mm::DataType::U8,
        access: mm::Access::ReadWrite,
        min: ::core::option::Option::Some(50.0),
        max: ::core::option::Option::Some(65.0),
        since: ::core::option::Option::Some(mm::Version([3, 0, 1, 0])),
        unit: ::core::option::Option::Some("°C"),
        ..BASE
    };
    /// Heat-up time for legionella protection, default 240 (MODBUS_CON_LEGIO_HEATUP_MINUTES)
    ///
    /// - address: holding 511 (0x01FF), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-write
    /// - unit: min
    /// - range: 0 ..= 1440
    /// - default: 240
    /// - since firmware: 4.1.0
    pub const CONFIGURATION_LEGIO_HEATUP_MINUTES: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "configuration.legio_heatup_minutes",
        table: mm::Table::Holding,
        address: 511,
        data_type: mm::DataType::U16,
        access: mm::Access::ReadWrite,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(1440.0),
        since: ::core::option::Option::Some(mm::Version([4, 1, 0, 0])),
        unit: ::core::option::Option::Some("min"),
        ..BASE
    };
    /// Preferred start time for legionella protection, if necessary if PV energy is available, e.g. "12:00 AM" (MODBUS_CON_LEGIO_ACTIV_TIME)
    ///
    /// - address: holding 512 (0x0200), unit id 1, 4 register(s)
    /// - type: string, length 8, bytes low_first
    /// - access: read-write
    /// - since firmware: 4.1.7
    pub const CONFIGURATION_LEGIO_ACTIV_TIME: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "configuration.legio_activ_time",
        table: mm::Table::Holding,
        address: 512,
        data_type: mm::DataType::String,
        access: mm::Access::ReadWrite,
        width: 4,
        length: 8,
        since: ::core::option::Option::Some(mm::Version([4, 1, 7, 0])),
        ..BASE
    };
    /// Typical water hardness, e.g. "32 °fH", "hart", "14 °dH", version tbd (MODBUS_CON_WATER_HARDNESS)
    ///
    /// - address: holding 516 (0x0204), unit id 1, 4 register(s)
    /// - type: string, length 8, bytes low_first
    /// - access: read-write
    pub const CONFIGURATION_WATER_HARDNESS: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "configuration.water_hardness",
        table: mm::Table::Holding,
        address: 516,
        data_type: mm::DataType::String,
        access: mm::Access::ReadWrite,
        width: 4,
        length: 8,
        ..BASE
    };
    /// Kind of building, version tbd (MODBUS_CON_HOUSETYPE)
    ///
    /// - address: holding 520 (0x0208), unit id 1, 1 register(s)
    /// - type: u8
    /// - access: read-write
    pub const CONFIGURATION_HOUSETYPE: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "configuration.housetype",
        table: mm::Table::Holding,
        address: 520,
        data_type: mm::DataType::U8,
        access: mm::Access::ReadWrite,
        bits: &[
            mm::BitField {
                name: "single_family_house",
                lsb: 0,
                width: 1,
            },
            mm::BitField {
                name: "two_family_house",
                lsb: 1,
                width: 1,
            },
            mm::BitField {
                name: "apartment_building",
                lsb: 2,
                width: 1,
            },
            mm::BitField {
                name: "commercial_building",
                lsb: 7,
                width: 1,
            },
        ],
        ..BASE
    };
    /// Number of household members, version tbd (MODBUS_CON_HOUSEHOLD_MEMBERS)
    ///
    /// - address: holding 521 (0x0209), unit id 1, 1 register(s)
    /// - type: u8
    /// - access: read-write
    /// - range: 1 ..= 255
    pub const CONFIGURATION_HOUSEHOLD_MEMBERS: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "configuration.household_members",
        table: mm::Table::Holding,
        address: 521,
        data_type: mm::DataType::U8,
        access: mm::Access::ReadWrite,
        min: ::core::option::Option::Some(1.0),
        max: ::core::option::Option::Some(255.0),
        ..BASE
    };
    /// Free usable info string (MODBUS_CON_INFOSTRING)
    ///
    /// - address: holding 522 (0x020A), unit id 1, 16 register(s)
    /// - type: string, length 32, bytes low_first
    /// - access: read-write
    /// - since firmware: 2.3.1
    pub const CONFIGURATION_INFOSTRING: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "configuration.infostring",
        table: mm::Table::Holding,
        address: 522,
        data_type: mm::DataType::String,
        access: mm::Access::ReadWrite,
        width: 16,
        length: 32,
        since: ::core::option::Option::Some(mm::Version([2, 3, 1, 0])),
        ..BASE
    };
    /// Flags used for future advanced functions, version tbd (MODBUS_CON_ADVANCED_SETTING)
    ///
    /// - address: holding 538 (0x021A), unit id 1, 1 register(s)
    /// - type: u8
    /// - access: read-write
    pub const CONFIGURATION_ADVANCED_SETTING: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "configuration.advanced_setting",
        table: mm::Table::Holding,
        address: 538,
        data_type: mm::DataType::U8,
        access: mm::Access::ReadWrite,
        ..BASE
    };
    /// Switch-on delay time in load feed-in mode (MODBUS_CON_LOAD_FEEDIN_DELAY)
    ///
    /// - address: holding 539 (0x021B), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-write
    /// - unit: s
    /// - range: 0 ..= 120
    /// - since firmware: 4.2.1
    pub const CONFIGURATION_LOAD_FEEDIN_DELAY: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "configuration.load_feedin_delay",
        table: mm::Table::Holding,
        address: 539,
        data_type: mm::DataType::U16,
        access: mm::Access::ReadWrite,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(120.0),
        since: ::core::option::Option::Some(mm::Version([4, 2, 1, 0])),
        unit: ::core::option::Option::Some("s"),
        ..BASE
    };
    /// Bias level = basic energy level in feed-in mode (MODBUS_CON_LOAD_FEEDIN_BIAS; the document says 540)
    ///
    /// - address: holding 540 (0x021C), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-write
    /// - unit: W
    /// - range: 0 ..= 10000
    /// - since firmware: 4.2.1
    pub const CONFIGURATION_LOAD_FEEDIN_BIAS: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "configuration.load_feedin_bias",
        table: mm::Table::Holding,
        address: 540,
        data_type: mm::DataType::U16,
        access: mm::Access::ReadWrite,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(10000.0),
        since: ::core::option::Option::Some(mm::Version([4, 2, 1, 0])),
        unit: ::core::option::Option::Some("W"),
        ..BASE
    };
    /// Time zone for the real-time clock (MODBUS_CON_TIMEZONE_BIAS; the document says 540, corrected to 541)
    ///
    /// - address: holding 541 (0x021D), unit id 1, 1 register(s)
    /// - type: i16
    /// - access: read-write
    /// - unit: h
    /// - range: -12 ..= 12
    /// - since firmware: 4.1.0
    pub const CONFIGURATION_TIMEZONE_BIAS: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "configuration.timezone_bias",
        table: mm::Table::Holding,
        address: 541,
        data_type: mm::DataType::I16,
        access: mm::Access::ReadWrite,
        min: ::core::option::Option::Some(-12.0),
        max: ::core::option::Option::Some(12.0),
        since: ::core::option::Option::Some(mm::Version([4, 1, 0, 0])),
        unit: ::core::option::Option::Some("h"),
        ..BASE
    };
    /// Summer time, 1 hour offset (MODBUS_CON_SUMMERTIME_BIAS; the document says 540, corrected to 542)
    ///
    /// - address: holding 542 (0x021E), unit id 1, 1 register(s)
    /// - type: i16
    /// - access: read-write
    /// - range: 0 ..= 1
    /// - since firmware: 4.1.0
    pub const CONFIGURATION_SUMMERTIME_BIAS: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "configuration.summertime_bias",
        table: mm::Table::Holding,
        address: 542,
        data_type: mm::DataType::I16,
        access: mm::Access::ReadWrite,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(1.0),
        since: ::core::option::Option::Some(mm::Version([4, 1, 0, 0])),
        ..BASE
    };
    /// Reserved for future features, version tbd (MODBUS_CON_RESERVED)
    ///
    /// - address: holding 543 (0x021F), unit id 1, 3 register(s)
    /// - type: raw, length 3
    /// - access: read-write
    pub const CONFIGURATION_RESERVED: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "configuration.reserved",
        table: mm::Table::Holding,
        address: 543,
        data_type: mm::DataType::Raw,
        access: mm::Access::ReadWrite,
        width: 3,
        length: 3,
        ..BASE
    };
    /// Modbus RTU baud rate as text string, default 19200 (MODBUS_CON_RTU_BAUDRATE)
    ///
    /// - address: holding 546 (0x0222), unit id 1, 3 register(s)
    /// - type: string, length 6, bytes low_first
    /// - access: read-write
    /// - default: "19200"
    /// - since firmware: 4.0.2
    pub const CONFIGURATION_RTU_BAUDRATE: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "configuration.rtu_baudrate",
        table: mm::Table::Holding,
        address: 546,
        data_type: mm::DataType::String,
        access: mm::Access::ReadWrite,
        width: 3,
        length: 6,
        since: ::core::option::Option::Some(mm::Version([4, 0, 2, 0])),
        ..BASE
    };
    /// Modbus RTU settings (MODBUS_CON_RTU_SETTING)
    ///
    /// - address: holding 549 (0x0225), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-write
    /// - since firmware: 4.0.2
    pub const CONFIGURATION_RTU_SETTING: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "configuration.rtu_setting",
        table: mm::Table::Holding,
        address: 549,
        data_type: mm::DataType::U16,
        access: mm::Access::ReadWrite,
        since: ::core::option::Option::Some(mm::Version([4, 0, 2, 0])),
        bits: &[
            mm::BitField {
                name: "send_two_stop_bits",
                lsb: 0,
                width: 1,
            },
            mm::BitField {
                name: "parity_even",
                lsb: 1,
                width: 1,
            },
            mm::BitField {
                name: "parity_odd",
                lsb: 2,
                width: 1,
            },
            mm::BitField {
                name: "slave_mode_active",
                lsb: 7,
                width: 1,
            },
            mm::BitField {
                name: "master_mode_active",
                lsb: 15,
                width: 1,
            },
        ],
        ..BASE
    };
    /// Modbus RTU slave ID of ASKOHEAT+ or slave ID of the connected energy meter, default 99 (MODBUS_CON_RTU_SLAVE_ID)
    ///
    /// - address: holding 550 (0x0226), unit id 1, 1 register(s)
    /// - type: u8
    /// - access: read-write
    /// - range: 0 ..= 240
    /// - default: 99
    /// - since firmware: 4.0.2
    pub const CONFIGURATION_RTU_SLAVE_ID: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "configuration.rtu_slave_id",
        table: mm::Table::Holding,
        address: 550,
        data_type: mm::DataType::U8,
        access: mm::Access::ReadWrite,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(240.0),
        since: ::core::option::Option::Some(mm::Version([4, 0, 2, 0])),
        ..BASE
    };
    /// Modbus RTU type of the connected energy meter (MODBUS_CON_RTU_ENERGY_METER_TYPE)
    ///
    /// - address: holding 551 (0x0227), unit id 1, 1 register(s)
    /// - type: u8
    /// - access: read-write
    /// - since firmware: 4.0.2
    pub const CONFIGURATION_RTU_ENERGY_METER_TYPE: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "configuration.rtu_energy_meter_type",
        table: mm::Table::Holding,
        address: 551,
        data_type: mm::DataType::U8,
        access: mm::Access::ReadWrite,
        since: ::core::option::Option::Some(mm::Version([4, 0, 2, 0])),
        ..BASE
    };
    /// Low tariff start time hour (MODBUS_CON_LOW_TARIFF_START_TIME_HOUR)
    ///
    /// - address: holding 552 (0x0228), unit id 1, 1 register(s)
    /// - type: u8
    /// - access: read-write
    /// - unit: h
    /// - range: 0 ..= 23
    /// - since firmware: 4.1.0
    pub const CONFIGURATION_LOW_TARIFF_START_TIME_HOUR: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "configuration.low_tariff_start_time_hour",
        table: mm::Table::Holding,
        address: 552,
        data_type: mm::DataType::U8,
        access: mm::Access::ReadWrite,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(23.0),
        since: ::core::option::Option::Some(mm::Version([4, 1, 0, 0])),
        unit: ::core::option::Option::Some("h"),
        ..BASE
    };
    /// Low tariff start time minute (MODBUS_CON_LOW_TARIFF_START_TIME_MINUTE)
    ///
    /// - address: holding 553 (0x0229), unit id 1, 1 register(s)
    /// - type: u8
    /// - access: read-write
    /// - unit: min
    /// - range: 0 ..= 59
    /// - since firmware: 4.1.0
    pub const CONFIGURATION_LOW_TARIFF_START_TIME_MINUTE: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "configuration.low_tariff_start_time_minute",
        table: mm::Table::Holding,
        address: 553,
        data_type: mm::DataType::U8,
        access: mm::Access::ReadWrite,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(59.0),
        since: ::core::option::Option::Some(mm::Version([4, 1, 0, 0])),
        unit: ::core::option::Option::Some("min"),
        ..BASE
    };
    /// Low tariff end time hour (MODBUS_CON_LOW_TARIFF_END_TIME_HOUR)
    ///
    /// - address: holding 554 (0x022A), unit id 1, 1 register(s)
    /// - type: u8
    /// - access: read-write
    /// - unit: h
    /// - range: 0 ..= 23
    /// - since firmware: 4.1.0
    pub const CONFIGURATION_LOW_TARIFF_END_TIME_HOUR: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "configuration.low_tariff_end_time_hour",
        table: mm::Table::Holding,
        address: 554,
        data_type: mm::DataType::U8,
        access: mm::Access::ReadWrite,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(23.0),
        since: ::core::option::Option::Some(mm::Version([4, 1, 0, 0])),
        unit: ::core::option::Option::Some("h"),
        ..BASE
    };
    /// Low tariff end time minute (MODBUS_CON_LOW_TARIFF_END_TIME_MINUTE)
    ///
    /// - address: holding 555 (0x022B), unit id 1, 1 register(s)
    /// - type: u8
    /// - access: read-write
    /// - unit: min
    /// - range: 0 ..= 59
    /// - since firmware: 4.1.0
    pub const CONFIGURATION_LOW_TARIFF_END_TIME_MINUTE: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "configuration.low_tariff_end_time_minute",
        table: mm::Table::Holding,
        address: 555,
        data_type: mm::DataType::U8,
        access: mm::Access::ReadWrite,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(59.0),
        since: ::core::option::Option::Some(mm::Version([4, 1, 0, 0])),
        unit: ::core::option::Option::Some("min"),
        ..BASE
    };
    /// Hysteresis voltage: after the threshold value has been reached, it must be undercut by at least the hysteresis value (MODBUS_CON_ANALOG_IN_HYSTERESIS)
    ///
    /// - address: holding 556 (0x022C), unit id 1, 2 register(s)
    /// - type: f32, words high_first
    /// - access: read-write
    /// - unit: V
    /// - range: 0 ..= 10
    /// - since firmware: 4.1.0
    pub const CONFIGURATION_ANALOG_IN_HYSTERESIS: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "configuration.analog_in_hysteresis",
        table: mm::Table::Holding,
        address: 556,
        data_type: mm::DataType::F32,
        access: mm::Access::ReadWrite,
        width: 2,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(10.0),
        since: ::core::option::Option::Some(mm::Version([4, 1, 0, 0])),
        unit: ::core::option::Option::Some("V"),
        ..BASE
    };
    /// Threshold 0 voltage (this value must be reached to activate the heater step value, until the temperature is reached) (MODBUS_CON_ANALOG_IN_0_THRESHOLD)
    ///
    /// - address: holding 558 (0x022E), unit id 1, 2 register(s)
    /// - type: f32, words high_first
    /// - access: read-write
    /// - unit: V
    /// - range: 0 ..= 10
    /// - since firmware: 4.1.0
    pub const CONFIGURATION_ANALOG_IN_0_THRESHOLD: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "configuration.analog_in_0_threshold",
        table: mm::Table::Holding,
        address: 558,
        data_type: mm::DataType::F32,
        access: mm::Access::ReadWrite,
        width: 2,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(10.0),
        since: ::core::option::Option::Some(mm::Version([4, 1, 0, 0])),
        unit: ::core::option::Option::Some("V"),
        ..BASE
    };
    /// Threshold 0 heater step, if the threshold value is reached (MODBUS_CON_ANALOG_IN_0_THRESHOLD_STEP)
    ///
    /// - address: holding 560 (0x0230), unit id 1, 1 register(s)
    /// - type: u8
    /// - access: read-write
    /// - range: 0 ..= 7
    /// - since firmware: 4.1.0
    pub const CONFIGURATION_ANALOG_IN_0_THRESHOLD_STEP: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "configuration.analog_in_0_threshold_step",
        table: mm::Table::Holding,
        address: 560,
        data_type: mm::DataType::U8,
        access: mm::Access::ReadWrite,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(7.0),
        since: ::core::option::Option::Some(mm::Version([4, 1, 0, 0])),
        ..BASE
    };
    /// Threshold 0 temperature limit, used if temperature control is activated (MODBUS_CON_ANALOG_IN_0_THRESHOLD_TEMP)
    ///
    /// - address: holding 561 (0x0231), unit id 1, 1 register(s)
    /// - type: u8
    /// - access: read-write
    /// - unit: °C
    /// - range: 0 ..= 95
    /// - since firmware: 4.1.0
    pub const CONFIGURATION_ANALOG_IN_0_THRESHOLD_TEMP: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "configuration.analog_in_0_threshold_temp",
        table: mm::Table::Holding,
        address: 561,
        data_type: mm::DataType::U8,
        access: mm::Access::ReadWrite,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(95.0),
        since: ::core::option::Option::Some(mm::Version([4, 1, 0, 0])),
        unit: ::core::option::Option::Some("°C"),
        ..BASE
    };
    /// Threshold 1 voltage (MODBUS_CON_ANALOG_IN_1_THRESHOLD)
    ///
    /// - address: holding 562 (0x0232), unit id 1, 2 register(s)
    /// - type: f32, words high_first
    /// - access: read-write
    /// - unit: V
    /// - range: 0 ..= 10
    /// - since firmware: 4.1.0
    pub const CONFIGURATION_ANALOG_IN_1_THRESHOLD: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "configuration.analog_in_1_threshold",
        table: mm::Table::Holding,
        address: 562,
        data_type: mm::DataType::F32,
        access: mm::Access::ReadWrite,
        width: 2,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(10.0),
        since: ::core::option::Option::Some(mm::Version([4, 1, 0, 0])),
        unit: ::core::option::Option::Some("V"),
        ..BASE
    };
    /// Threshold 1 heater step, if the threshold value is reached (MODBUS_CON_ANALOG_IN_1_THRESHOLD_STEP)
    ///
    /// - address: holding 564 (0x0234), unit id 1, 1 register(s)
    /// - type: u8
    /// - access: read-write
    /// - range: 0 ..= 7
    /// - since firmware: 4.1.0
    pub const CONFIGURATION_ANALOG_IN_1_THRESHOLD_STEP: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "configuration.analog_in_1_threshold_step",
        table: mm::Table::Holding,
        address: 564,
        data_type: mm::DataType::U8,
        access: mm::Access::ReadWrite,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(7.0),
        since: ::core::option::Option::Some(mm::Version([4, 1, 0, 0])),
        ..BASE
    };
    /// Threshold 1 temperature limit, used if temperature control is activated (MODBUS_CON_ANALOG_IN_1_THRESHOLD_TEMP)
    ///
    /// - address: holding 565 (0x0235), unit id 1, 1 register(s)
    /// - type: u8
    /// - access: read-write
    /// - unit: °C
    /// - range: 0 ..= 95
    /// - since firmware: 4.1.0
    pub const CONFIGURATION_ANALOG_IN_1_THRESHOLD_TEMP: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "configuration.analog_in_1_threshold_temp",
        table: mm::Table::Holding,
        address: 565,
        data_type: mm::DataType::U8,
        access: mm::Access::ReadWrite,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(95.0),
        since: ::core::option::Option::Some(mm::Version([4, 1, 0, 0])),
        unit: ::core::option::Option::Some("°C"),
        ..BASE
    };
    /// Threshold 2 voltage (MODBUS_CON_ANALOG_IN_2_THRESHOLD)
    ///
    /// - address: holding 566 (0x0236), unit id 1, 2 register(s)
    /// - type: f32, words high_first
    /// - access: read-write
    /// - unit: V
    /// - range: 0 ..= 10
    /// - since firmware: 4.1.0
    pub const CONFIGURATION_ANALOG_IN_2_THRESHOLD: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "configuration.analog_in_2_threshold",
        table: mm::Table::Holding,
        address: 566,
        data_type: mm::DataType::F32,
        access: mm::Access::ReadWrite,
        width: 2,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(10.0),
        since: ::core::option::Option::Some(mm::Version([4, 1, 0, 0])),
        unit: ::core::option::Option::Some("V"),
        ..BASE
    };
    /// Threshold 2 heater step, if the threshold value is reached (MODBUS_CON_ANALOG_IN_2_THRESHOLD_STEP)
    ///
    /// - address: holding 568 (0x0238), unit id 1, 1 register(s)
    /// - type: u8
    /// - access: read-write
    /// - range: 0 ..= 7
    /// - since firmware: 4.1.0
    pub const CONFIGURATION_ANALOG_IN_2_THRESHOLD_STEP: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "configuration.analog_in_2_threshold_step",
        table: mm::Table::Holding,
        address: 568,
        data_type: mm::DataType::U8,
        access: mm::Access::ReadWrite,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(7.0),
        since: ::core::option::Option::Some(mm::Version([4, 1, 0, 0])),
        ..BASE
    };
    /// Threshold 2 temperature limit, used if temperature control is activated (MODBUS_CON_ANALOG_IN_2_THRESHOLD_TEMP)
    ///
    /// - address: holding 569 (0x0239), unit id 1, 1 register(s)
    /// - type: u8
    /// - access: read-write
    /// - unit: °C
    /// - range: 0 ..= 95
    /// - since firmware: 4.1.0
    pub const CONFIGURATION_ANALOG_IN_2_THRESHOLD_TEMP: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "configuration.analog_in_2_threshold_temp",
        table: mm::Table::Holding,
        address: 569,
        data_type: mm::DataType::U8,
        access: mm::Access::ReadWrite,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(95.0),
        since: ::core::option::Option::Some(mm::Version([4, 1, 0, 0])),
        unit: ::core::option::Option::Some("°C"),
        ..BASE
    };
    /// Threshold 3 voltage (MODBUS_CON_ANALOG_IN_3_THRESHOLD)
    ///
    /// - address: holding 570 (0x023A), unit id 1, 2 register(s)
    /// - type: f32, words high_first
    /// - access: read-write
    /// - unit: V
    /// - range: 0 ..= 10
    /// - since firmware: 4.1.0
    pub const CONFIGURATION_ANALOG_IN_3_THRESHOLD: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "configuration.analog_in_3_threshold",
        table: mm::Table::Holding,
        address: 570,
        data_type: mm::DataType::F32,
        access: mm::Access::ReadWrite,
        width: 2,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(10.0),
        since: ::core::option::Option::Some(mm::Version([4, 1, 0, 0])),
        unit: ::core::option::Option::Some("V"),
        ..BASE
    };
    /// Threshold 3 heater step, if the threshold value is reached (MODBUS_CON_ANALOG_IN_3_THRESHOLD_STEP)
    ///
    /// - address: holding 572 (0x023C), unit id 1, 1 register(s)
    /// - type: u8
    /// - access: read-write
    /// - range: 0 ..= 7
    /// - since firmware: 4.1.0
    pub const CONFIGURATION_ANALOG_IN_3_THRESHOLD_STEP: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "configuration.analog_in_3_threshold_step",
        table: mm::Table::Holding,
        address: 572,
        data_type: mm::DataType::U8,
        access: mm::Access::ReadWrite,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(7.0),
        since: ::core::option::Option::Some(mm::Version([4, 1, 0, 0])),
        ..BASE
    };
    /// Threshold 3 temperature limit, used if temperature control is activated (MODBUS_CON_ANALOG_IN_3_THRESHOLD_TEMP)
    ///
    /// - address: holding 573 (0x023D), unit id 1, 1 register(s)
    /// - type: u8
    /// - access: read-write
    /// - unit: °C
    /// - range: 0 ..= 95
    /// - since firmware: 4.1.0
    pub const CONFIGURATION_ANALOG_IN_3_THRESHOLD_TEMP: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "configuration.analog_in_3_threshold_temp",
        table: mm::Table::Holding,
        address: 573,
        data_type: mm::DataType::U8,
        access: mm::Access::ReadWrite,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(95.0),
        since: ::core::option::Option::Some(mm::Version([4, 1, 0, 0])),
        unit: ::core::option::Option::Some("°C"),
        ..BASE
    };
    /// Threshold 4 voltage (MODBUS_CON_ANALOG_IN_4_THRESHOLD)
    ///
    /// - address: holding 574 (0x023E), unit id 1, 2 register(s)
    /// - type: f32, words high_first
    /// - access: read-write
    /// - unit: V
    /// - range: 0 ..= 10
    /// - since firmware: 4.1.0
    pub const CONFIGURATION_ANALOG_IN_4_THRESHOLD: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "configuration.analog_in_4_threshold",
        table: mm::Table::Holding,
        address: 574,
        data_type: mm::DataType::F32,
        access: mm::Access::ReadWrite,
        width: 2,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(10.0),
        since: ::core::option::Option::Some(mm::Version([4, 1, 0, 0])),
        unit: ::core::option::Option::Some("V"),
        ..BASE
    };
    /// Threshold 4 heater step, if the threshold value is reached (MODBUS_CON_ANALOG_IN_4_THRESHOLD_STEP)
    ///
    /// - address: holding 576 (0x0240), unit id 1, 1 register(s)
    /// - type: u8
    /// - access: read-write
    /// - range: 0 ..= 7
    /// - since firmware: 4.1.0
    pub const CONFIGURATION_ANALOG_IN_4_THRESHOLD_STEP: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "configuration.analog_in_4_threshold_step",
        table: mm::Table::Holding,
        address: 576,
        data_type: mm::DataType::U8,
        access: mm::Access::ReadWrite,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(7.0),
        since: ::core::option::Option::Some(mm::Version([4, 1, 0, 0])),
        ..BASE
    };
    /// Threshold 4 temperature limit, used if temperature control is activated (MODBUS_CON_ANALOG_IN_4_THRESHOLD_TEMP)
    ///
    /// - address: holding 577 (0x0241), unit id 1, 1 register(s)
    /// - type: u8
    /// - access: read-write
    /// - unit: °C
    /// - range: 0 ..= 95
    /// - since firmware: 4.1.0
    pub const CONFIGURATION_ANALOG_IN_4_THRESHOLD_TEMP: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "configuration.analog_in_4_threshold_temp",
        table: mm::Table::Holding,
        address: 577,
        data_type: mm::DataType::U8,
        access: mm::Access::ReadWrite,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(95.0),
        since: ::core::option::Option::Some(mm::Version([4, 1, 0, 0])),
        unit: ::core::option::Option::Some("°C"),
        ..BASE
    };
    /// Threshold 5 voltage (MODBUS_CON_ANALOG_IN_5_THRESHOLD)
    ///
    /// - address: holding 578 (0x0242), unit id 1, 2 register(s)
    /// - type: f32, words high_first
    /// - access: read-write
    /// - unit: V
    /// - range: 0 ..= 10
    /// - since firmware: 4.1.0
    pub const CONFIGURATION_ANALOG_IN_5_THRESHOLD: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "configuration.analog_in_5_threshold",
        table: mm::Table::Holding,
        address: 578,
        data_type: mm::DataType::F32,
        access: mm::Access::ReadWrite,
        width: 2,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(10.0),
        since: ::core::option::Option::Some(mm::Version([4, 1, 0, 0])),
        unit: ::core::option::Option::Some("V"),
        ..BASE
    };
    /// Threshold 5 heater step, if the threshold value is reached (MODBUS_CON_ANALOG_IN_5_THRESHOLD_STEP)
    ///
    /// - address: holding 580 (0x0244), unit id 1, 1 register(s)
    /// - type: u8
    /// - access: read-write
    /// - range: 0 ..= 7
    /// - since firmware: 4.1.0
    pub const CONFIGURATION_ANALOG_IN_5_THRESHOLD_STEP: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "configuration.analog_in_5_threshold_step",
        table: mm::Table::Holding,
        address: 580,
        data_type: mm::DataType::U8,
        access: mm::Access::ReadWrite,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(7.0),
        since: ::core::option::Option::Some(mm::Version([4, 1, 0, 0])),
        ..BASE
    };
    /// Threshold 5 temperature limit, used if temperature control is activated (MODBUS_CON_ANALOG_IN_5_THRESHOLD_TEMP)
    ///
    /// - address: holding 581 (0x0245), unit id 1, 1 register(s)
    /// - type: u8
    /// - access: read-write
    /// - unit: °C
    /// - range: 0 ..= 95
    /// - since firmware: 4.1.0
    pub const CONFIGURATION_ANALOG_IN_5_THRESHOLD_TEMP: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "configuration.analog_in_5_threshold_temp",
        table: mm::Table::Holding,
        address: 581,
        data_type: mm::DataType::U8,
        access: mm::Access::ReadWrite,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(95.0),
        since: ::core::option::Option::Some(mm::Version([4, 1, 0, 0])),
        unit: ::core::option::Option::Some("°C"),
        ..BASE
    };
    /// Threshold 6 voltage (MODBUS_CON_ANALOG_IN_6_THRESHOLD)
    ///
    /// - address: holding 582 (0x0246), unit id 1, 2 register(s)
    /// - type: f32, words high_first
    /// - access: read-write
    /// - unit: V
    /// - range: 0 ..= 10
    /// - since firmware: 4.1.0
    pub const CONFIGURATION_ANALOG_IN_6_THRESHOLD: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "configuration.analog_in_6_threshold",
        table: mm::Table::Holding,
        address: 582,
        data_type: mm::DataType::F32,
        access: mm::Access::ReadWrite,
        width: 2,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(10.0),
        since: ::core::option::Option::Some(mm::Version([4, 1, 0, 0])),
        unit: ::core::option::Option::Some("V"),
        ..BASE
    };
    /// Threshold 6 heater step, if the threshold value is reached (MODBUS_CON_ANALOG_IN_6_THRESHOLD_STEP)
    ///
    /// - address: holding 584 (0x0248), unit id 1, 1 register(s)
    /// - type: u8
    /// - access: read-write
    /// - range: 0 ..= 7
    /// - since firmware: 4.1.0
    pub const CONFIGURATION_ANALOG_IN_6_THRESHOLD_STEP: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "configuration.analog_in_6_threshold_step",
        table: mm::Table::Holding,
        address: 584,
        data_type: mm::DataType::U8,
        access: mm::Access::ReadWrite,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(7.0),
        since: ::core::option::Option::Some(mm::Version([4, 1, 0, 0])),
        ..BASE
    };
    /// Threshold 6 temperature limit, used if temperature control is activated (MODBUS_CON_ANALOG_IN_6_THRESHOLD_TEMP)
    ///
    /// - address: holding 585 (0x0249), unit id 1, 1 register(s)
    /// - type: u8
    /// - access: read-write
    /// - unit: °C
    /// - range: 0 ..= 95
    /// - since firmware: 4.1.0
    pub const CONFIGURATION_ANALOG_IN_6_THRESHOLD_TEMP: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "configuration.analog_in_6_threshold_temp",
        table: mm::Table::Holding,
        address: 585,
        data_type: mm::DataType::U8,
        access: mm::Access::ReadWrite,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(95.0),
        since: ::core::option::Option::Some(mm::Version([4, 1, 0, 0])),
        unit: ::core::option::Option::Some("°C"),
        ..BASE
    };
    /// Threshold 7 voltage (MODBUS_CON_ANALOG_IN_7_THRESHOLD)
    ///
    /// - address: holding 586 (0x024A), unit id 1, 2 register(s)
    /// - type: f32, words high_first
    /// - access: read-write
    /// - unit: V
    /// - range: 0 ..= 10
    /// - since firmware: 4.1.0
    pub const CONFIGURATION_ANALOG_IN_7_THRESHOLD: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "configuration.analog_in_7_threshold",
        table: mm::Table::Holding,
        address: 586,
        data_type: mm::DataType::F32,
        access: mm::Access::ReadWrite,
        width: 2,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(10.0),
        since: ::core::option::Option::Some(mm::Version([4, 1, 0, 0])),
        unit: ::core::option::Option::Some("V"),
        ..BASE
    };
    /// Threshold 7 heater step, if the threshold value is reached (MODBUS_CON_ANALOG_IN_7_THRESHOLD_STEP)
    ///
    /// - address: holding 588 (0x024C), unit id 1, 1 register(s)
    /// - type: u8
    /// - access: read-write
    /// - range: 0 ..= 7
    /// - since firmware: 4.1.0
    pub const CONFIGURATION_ANALOG_IN_7_THRESHOLD_STEP: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "configuration.analog_in_7_threshold_step",
        table: mm::Table::Holding,
        address: 588,
        data_type: mm::DataType::U8,
        access: mm::Access::ReadWrite,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(7.0),
        since: ::core::option::Option::Some(mm::Version([4, 1, 0, 0])),
        ..BASE
    };
    /// Threshold 7 temperature limit, used if temperature control is activated (MODBUS_CON_ANALOG_IN_7_THRESHOLD_TEMP)
    ///
    /// - address: holding 589 (0x024D), unit id 1, 1 register(s)
    /// - type: u8
    /// - access: read-write
    /// - unit: °C
    /// - range: 0 ..= 95
    /// - since firmware: 4.1.0
    pub const CONFIGURATION_ANALOG_IN_7_THRESHOLD_TEMP: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "configuration.analog_in_7_threshold_temp",
        table: mm::Table::Holding,
        address: 589,
        data_type: mm::DataType::U8,
        access: mm::Access::ReadWrite,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(95.0),
        since: ::core::option::Option::Some(mm::Version([4, 1, 0, 0])),
        unit: ::core::option::Option::Some("°C"),
        ..BASE
    };
    /// Heater step if the digital input (heat pump request) is open (MODBUS_CON_HEAT_PUMP_REQUEST_OFF_STEP)
    ///
    /// - address: holding 590 (0x024E), unit id 1, 1 register(s)
    /// - type: u8
    /// - access: read-write
    /// - range: 0 ..= 7
    /// - since firmware: 4.1.0
    pub const CONFIGURATION_HEAT_PUMP_REQUEST_OFF_STEP: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "configuration.heat_pump_request_off_step",
        table: mm::Table::Holding,
        address: 590,
        data_type: mm::DataType::U8,
        access: mm::Access::ReadWrite,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(7.0),
        since: ::core::option::Option::Some(mm::Version([4, 1, 0, 0])),
        ..BASE
    };
    /// Heater step if the digital input (heat pump request) is closed (MODBUS_CON_HEAT_PUMP_REQUEST_ON_STEP)
    ///
    /// - address: holding 591 (0x024F), unit id 1, 1 register(s)
    /// - type: u8
    /// - access: read-write
    /// - range: 0 ..= 7
    /// - since firmware: 4.1.0
    pub const CONFIGURATION_HEAT_PUMP_REQUEST_ON_STEP: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "configuration.heat_pump_request_on_step",
        table: mm::Table::Holding,
        address: 591,
        data_type: mm::DataType::U8,
        access: mm::Access::ReadWrite,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(7.0),
        since: ::core::option::Option::Some(mm::Version([4, 1, 0, 0])),
        ..BASE
    };
    /// Heater step if emergency mode is active (MODBUS_CON_EMERGENCY_MODE_ON_STEP)
    ///
    /// - address: holding 592 (0x0250), unit id 1, 1 register(s)
    /// - type: u8
    /// - access: read-write
    /// - range: 0 ..= 7
    /// - since firmware: 4.1.0
    pub const CONFIGURATION_EMERGENCY_MODE_ON_STEP: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "configuration.emergency_mode_on_step",
        table: mm::Table::Holding,
        address: 592,
        data_type: mm::DataType::U8,
        access: mm::Access::ReadWrite,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(7.0),
        since: ::core::option::Option::Some(mm::Version([4, 1, 0, 0])),
        ..BASE
    };
    /// Temperature hysteresis, if temperature control is activated (MODBUS_CON_TEMPERATURE_HYSTERESIS)
    ///
    /// - address: holding 593 (0x0251), unit id 1, 1 register(s)
    /// - type: u8
    /// - access: read-write
    /// - unit: °C
    /// - range: 0 ..= 95
    /// - since firmware: 4.1.0
    pub const CONFIGURATION_TEMPERATURE_HYSTERESIS: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "configuration.temperature_hysteresis",
        table: mm::Table::Holding,
        address: 593,
        data_type: mm::DataType::U8,
        access: mm::Access::ReadWrite,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(95.0),
        since: ::core::option::Option::Some(mm::Version([4, 1, 0, 0])),
        unit: ::core::option::Option::Some("°C"),
        ..BASE
    };
    /// Selection of temperature sensors for temperature monitoring (MODBUS_CON_TEMPERATURE_SETTING)
    ///
    /// - address: holding 594 (0x0252), unit id 1, 1 register(s)
    /// - type: u8
    /// - access: read-write
    /// - since firmware: 4.1.0
    pub const CONFIGURATION_TEMPERATURE_SETTING: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "configuration.temperature_setting",
        table: mm::Table::Holding,
        address: 594,
        data_type: mm::DataType::U8,
        access: mm::Access::ReadWrite,
        since: ::core::option::Option::Some(mm::Version([4, 1, 0, 0])),
        bits: &[
            mm::BitField {
                name: "use_internal_temp_sensor",
                lsb: 0,
                width: 1,
            },
            mm::BitField {
                name: "use_external_temp_sensor1",
                lsb: 1,
                width: 1,
            },
            mm::BitField {
                name: "use_external_temp_sensor2",
                lsb: 2,
                width: 1,
            },
            mm::BitField {
                name: "use_external_temp_sensor3",
                lsb: 3,
                width: 1,
            },
            mm::BitField {
                name: "use_external_temp_sensor4",
                lsb: 4,
                width: 1,
            },
        ],
        ..BASE
    };
    /// Temperature limit used to hold minimal temperature (MODBUS_CON_TEMPERATURE_MINIMUM)
    ///
    /// - address: holding 595 (0x0253), unit id 1, 1 register(s)
    /// - type: u8
    /// - access: read-write
    /// - unit: °C
    /// - range: 0 ..= 95
    /// - since firmware: 4.1.0
    pub const CONFIGURATION_TEMPERATURE_MINIMUM: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "configuration.temperature_minimum",
        table: mm::Table::Holding,
        address: 595,
        data_type: mm::DataType::U8,
        access: mm::Access::ReadWrite,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(95.0),
        since: ::core::option::Option::Some(mm::Version([4, 1, 0, 0])),
        unit: ::core::option::Option::Some("°C"),
        ..BASE
    };
    /// Temperature limit if controlled by Set Heater Step (MODBUS_CON_TEMPERATURE_SET_HEATER_STEP)
    ///
    /// - address: holding 596 (0x0254), unit id 1, 1 register(s)
    /// - type: u8
    /// - access: read-write
    /// - unit: °C
    /// - range: 0 ..= 95
    /// - since firmware: 4.1.0
    pub const CONFIGURATION_TEMPERATURE_SET_HEATER_STEP: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "configuration.temperature_set_heater_step",
        table: mm::Table::Holding,
        address: 596,
        data_type: mm::DataType::U8,
        access: mm::Access::ReadWrite,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(95.0),
        since: ::core::option::Option::Some(mm::Version([4, 1, 0, 0])),
        unit: ::core::option::Option::Some("°C"),
        ..BASE
    };
    /// Temperature limit if controlled by Load Setpoint or Load Feedin respectively SMA SEMP or SENEC.Home (MODBUS_CON_TEMPERATURE_LOAD_SETPOINT)
    ///
    /// - address: holding 597 (0x0255), unit id 1, 1 register(s)
    /// - type: u8
    /// - access: read-write
    /// - unit: °C
    /// - range: 0 ..= 95
    /// - since firmware: 4.1.0
    pub const CONFIGURATION_TEMPERATURE_LOAD_SETPOINT: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "configuration.temperature_load_setpoint",
        table: mm::Table::Holding,
        address: 597,
        data_type: mm::DataType::U8,
        access: mm::Access::ReadWrite,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(95.0),
        since: ::core::option::Option::Some(mm::Version([4, 1, 0, 0])),
        unit: ::core::option::Option::Some("°C"),
        ..BASE
    };
    /// Temperature limit if low tariff mode is active (MODBUS_CON_TEMPERATURE_LOW_TARIFF)
    ///
    /// - address: holding 598 (0x0256), unit id 1, 1 register(s)
    /// - type: u8
    /// - access: read-write
    /// - unit: °C
    /// - range: 0 ..= 95
    /// - since firmware: 4.1.0
    pub const CONFIGURATION_TEMPERATURE_LOW_TARIFF: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "configuration.temperature_low_tariff",
        table: mm::Table::Holding,
        address: 598,
        data_type: mm::DataType::U8,
        access: mm::Access::ReadWrite,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(95.0),
        since: ::core::option::Option::Some(mm::Version([4, 1, 0, 0])),
        unit: ::core::option::Option::Some("°C"),
        ..BASE
    };
    /// Temperature limit if controlled by Heat Pump Request (digital input) or Emergency Mode (MODBUS_CON_TEMPERATURE_HEAT_PUMP_REQUEST)
    ///
    /// - address: holding 599 (0x0257), unit id 1, 1 register(s)
    /// - type: u8
    /// - access: read-write
    /// - unit: °C
    /// - range: 0 ..= 95
    /// - since firmware: 4.1.0
    pub const CONFIGURATION_TEMPERATURE_HEAT_PUMP_REQUEST: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "configuration.temperature_heat_pump_request",
        table: mm::Table::Holding,
        address: 599,
        data_type: mm::DataType::U8,
        access: mm::Access::ReadWrite,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(95.0),
        since: ::core::option::Option::Some(mm::Version([4, 1, 0, 0])),
        unit: ::core::option::Option::Some("°C"),
        ..BASE
    };
    /// Every register of the device, sorted by (unit id, table, address, name).
    pub static REGISTERS: &[mm::RegisterDescriptor] = &[
        SHORT_DATA_TEMP1,
        SHORT_DATA_TEMP2,
        SHORT_DATA_TEMP3,
        SHORT_DATA_TEMP4,
        SHORT_DATA_EMG,
        SHORT_DATA_STATUS,
        SHORT_DATA_HEATER_LOAD,
        SHORT_DATA_RESERVED,
        ENERGYMANAGER_ID,
        ENERGYMANAGER_STATUS,
        ENERGYMANAGER_HEATER_LOAD,
        ENERGYMANAGER_SET_HEATER_STEP,
        ENERGYMANAGER_LOAD_SETPOINT_VALUE,
        ENERGYMANAGER_LOAD_FEEDIN_VALUE,
        ENERGYMANAGER_EMERGENCY_MODE,
        ENERGYMANAGER_HEAT_PUMP_REQUEST,
        ENERGYMANAGER_ANALOG_INPUT_FLOAT,
        ENERGYMANAGER_TEMPERATURE_FLOAT_SENSOR0,
        ENERGYMANAGER_TEMPERATURE_FLOAT_SENSOR1,
        ENERGYMANAGER_TEMPERATURE_FLOAT_SENSOR2,
        ENERGYMANAGER_TEMPERATURE_FLOAT_SENSOR3,
        ENERGYMANAGER_TEMPERATURE_FLOAT_SENSOR4,
        ENERGYMANAGER_TEMPERATURE_FLOAT_SENSOR5,
        PARAMETERS_ID,
        PARAMETERS_DEVICE_TYPE,
        PARAMETERS_HEATER1_POWER,
        PARAMETERS_HEATER2_POWER,
        PARAMETERS_HEATER3_POWER,
        PARAMETERS_ARTICLE_NUMBER,
        PARAMETERS_ARTICLE_NAME,
        PARAMETERS_SOFTWARE_VERSION,
        PARAMETERS_HARDWARE_VERSION,
        PARAMETERS_HEATER4_POWER,
        PARAMETERS_HEATER5_POWER,
        PARAMETERS_HEATER6_POWER,
        PARAMETERS_NUMBER_OF_STEPS,
        PARAMETERS_NUMBER_OF_HEATER,
        PARAMETERS_MAX_POWER,
        DATA_VALUES_OPERATING_TIME,
        DATA_VALUES_OPERATING_HEATER1,
        DATA_VALUES_OPERATING_HEATER2,
        DATA_VALUES_OPERATING_HEATER3,
        DATA_VALUES_OPERATING_PUMP,
        DATA_VALUES_OPERATING_VALVE,
        DATA_VALUES_RELAY1_COUNT,
        DATA_VALUES_RELAY2_COUNT,
        DATA_VALUES_RELAY3_COUNT,
        DATA_VALUES_RELAY4_COUNT,
        DATA_VALUES_RELAY5_COUNT,
        DATA_VALUES_RELAY_COUNTDOWN,
        DATA_VALUES_PUMP_COUNTDOWN,
        DATA_VALUES_STATUS,
        DATA_VALUES_HEATER_LOAD,
        DATA_VALUES_ACTUAL_CONTROL_INPUT,
        DATA_VALUES_LEGIO_STATUS,
        DATA_VALUES_LEGIO_OPERATING,
        DATA_VALUES_LEGIO_COUNTDOWN,
        DATA_VALUES_ERROR_STATUS,
        DATA_VALUES_TEMPERATURE_STATUS,
        DATA_VALUES_TEMPERATURE_SENSOR5,
        DATA_VALUES_TEMPERATURE_SENSOR4,
        DATA_VALUES_TEMPERATURE_SENSOR3,
        DATA_VALUES_TEMPERATURE_SENSOR2,
        DATA_VALUES_TEMPERATURE_SENSOR1,
        DATA_VALUES_TEMPERATURE_SENSOR0,
        DATA_VALUES_ANALOG_INPUT_STEP,
        DATA_VALUES_ACTUAL_TEMPERATURE_LIMIT,
        DATA_VALUES_AUTO_HEATER_OFF_COUNTDOWN,
        DATA_VALUES_EMERGENCY_OFF_COUNTDOWN,
        DATA_VALUES_BOOT_COUNT,
        DATA_VALUES_OPERATING_SET_HEATER_STEP,
        DATA_VALUES_OPERATING_LOAD_SETPOINT,
        DATA_VALUES_OPERATION_LOAD_FEEDIN,
        DATA_VALUES_OPERATION_HEAT_PUMP_REQUEST,
        DATA_VALUES_OPERATION_ANALOG_IN,
        DATA_VALUES_OPERATION_EMERGENCY_MODE,
        DATA_VALUES_OPERATION_LEGIO,
        DATA_VALUES_OPERATION_LOW_TARIFF,
        DATA_VALUES_OPERATION_MINIMAL_TEMP,
        DATA_VALUES_OPERATING_HEATER_STEP_1,
        DATA_VALUES_OPERATING_HEATER_STEP_2,
        DATA_VALUES_OPERATING_HEATER_STEP_3,
        DATA_VALUES_OPERATING_HEATER_STEP_4,
        DATA_VALUES_OPERATING_HEATER_STEP_5,
        DATA_VALUES_OPERATING_HEATER_STEP_6,
        DATA_VALUES_OPERATING_HEATER_STEP_7,
        DATA_VALUES_SET_HEATER_STEP_COUNT,
        DATA_VALUES_LOAD_SETPOINT_COUNT,
        DATA_VALUES_LOAD_FEEDIN_COUNT,
        DATA_VALUES_HEAT_PUMP_REQUEST_COUNT,
        DATA_VALUES_ANALOG_IN_COUNT,
        DATA_VALUES_EMERGENCY_MODE_COUNT,
        DATA_VALUES_LEGIO_COUNT,
        DATA_VALUES_LOW_TARIFF_COUNT,
        DATA_VALUES_MINIMAL_TEMP_COUNT,
        DATA_VALUES_MAX_TEMPERATURE,
        EXTENDED_VALUES_STATUS,
        EXTENDED_VALUES_HEATER_LOAD,
        EXTENDED_VALUES_RESERVED,
        EXTENDED_VALUES_LEGIO_STATUS,
        EXTENDED_VALUES_TEMPERATURE_FLOAT_SENSOR5,
        EXTENDED_VALUES_TEMPERATURE_FLOAT_SENSOR4,
        EXTENDED_VALUES_TEMPERATURE_FLOAT_SENSOR3,
        EXTENDED_VALUES_TEMPERATURE_FLOAT_SENSOR2,
        EXTENDED_VALUES_TEMPERATURE_FLOAT_SENSOR1,
        EXTENDED_VALUES_TEMPERATURE_FLOAT_SENSOR0,
        EXTENDED_VALUES_ANALOG_INPUT_FLOAT,
        EXTENDED_VALUES_LOAD_SETPOINT_VALUE,
        EXTENDED_VALUES_LOAD_FEEDIN_VALUE,
        EXTENDED_VALUES_RESERVE1,
        EXTENDED_VALUES_MILLIS,
        EXTENDED_VALUES_RESERVE2,
        EXTENDED_VALUES_RESERVE3,
        COMMAND_SET_HEATER_STEP,
        COMMAND_LOAD_SETPOINT_VALUE,
        COMMAND_LOAD_FEEDIN_VALUE,
        SERVICE_RESET,
        SERVICE_RECONFIG,
        SERVICE_IDENTIFY,
        SERVICE_CLEAR_TEMP_SENSOR_ERROR,
        ENERGYMANAGER_WRITE_SET_HEATER_STEP,
        ENERGYMANAGER_WRITE_LOAD_SETPOINT_VALUE,
        ENERGYMANAGER_WRITE_LOAD_FEEDIN_VALUE,
        CONFIGURATION_RELAY_SEC_COUNT,
        CONFIGURATION_PUMP_SEC_COUNT,
        CONFIGURATION_INPUT_SETTING,
        CONFIGURATION_AUTO_HEATER_OFF_MINUTES,
        CONFIGURATION_AUTO_HEATER_OFF_SETTING,
        CONFIGURATION_CASCADE_PRIO,
        CONFIGURATION_HEATBUFFER_TYPE,
        CONFIGURATION_HEATBUFFER_VOLUME,
        CONFIGURATION_HEATER_POSITION,
        CONFIGURATION_LEGIO_SETTING,
        CONFIGURATION_LEGIO_TEMPERATURE,
        CONFIGURATION_LEGIO_HEATUP_MINUTES,
        CONFIGURATION_LEGIO_ACTIV_TIME,
        CONFIGURATION_WATER_HARDNESS,
        CONFIGURATION_HOUSETYPE,
        CONFIGURATION_HOUSEHOLD_MEMBERS,
        CONFIGURATION_INFOSTRING,
        CONFIGURATION_ADVANCED_SETTING,
        CONFIGURATION_LOAD_FEEDIN_DELAY,
        CONFIGURATION_LOAD_FEEDIN_BIAS,
        CONFIGURATION_TIMEZONE_BIAS,
        CONFIGURATION_SUMMERTIME_BIAS,
        CONFIGURATION_RESERVED,
        CONFIGURATION_RTU_BAUDRATE,
        CONFIGURATION_RTU_SETTING,
        CONFIGURATION_RTU_SLAVE_ID,
        CONFIGURATION_RTU_ENERGY_METER_TYPE,
        CONFIGURATION_LOW_TARIFF_START_TIME_HOUR,
        CONFIGURATION_LOW_TARIFF_START_TIME_MINUTE,
        CONFIGURATION_LOW_TARIFF_END_TIME_HOUR,
        CONFIGURATION_LOW_TARIFF_END_TIME_MINUTE,
        CONFIGURATION_ANALOG_IN_HYSTERESIS,
        CONFIGURATION_ANALOG_IN_0_THRESHOLD,
        CONFIGURATION_ANALOG_IN_0_THRESHOLD_STEP,
        CONFIGURATION_ANALOG_IN_0_THRESHOLD_TEMP,
        CONFIGURATION_ANALOG_IN_1_THRESHOLD,
        CONFIGURATION_ANALOG_IN_1_THRESHOLD_STEP,
        CONFIGURATION_ANALOG_IN_1_THRESHOLD_TEMP,
        CONFIGURATION_ANALOG_IN_2_THRESHOLD,
        CONFIGURATION_ANALOG_IN_2_THRESHOLD_STEP,
        CONFIGURATION_ANALOG_IN_2_THRESHOLD_TEMP,
        CONFIGURATION_ANALOG_IN_3_THRESHOLD,
        CONFIGURATION_ANALOG_IN_3_THRESHOLD_STEP,
        CONFIGURATION_ANALOG_IN_3_THRESHOLD_TEMP,
        CONFIGURATION_ANALOG_IN_4_THRESHOLD,
        CONFIGURATION_ANALOG_IN_4_THRESHOLD_STEP,
        CONFIGURATION_ANALOG_IN_4_THRESHOLD_TEMP,
        CONFIGURATION_ANALOG_IN_5_THRESHOLD,
        CONFIGURATION_ANALOG_IN_5_THRESHOLD_STEP,
        CONFIGURATION_ANALOG_IN_5_THRESHOLD_TEMP,
        CONFIGURATION_ANALOG_IN_6_THRESHOLD,
        CONFIGURATION_ANALOG_IN_6_THRESHOLD_STEP,
        CONFIGURATION_ANALOG_IN_6_THRESHOLD_TEMP,
        CONFIGURATION_ANALOG_IN_7_THRESHOLD,
        CONFIGURATION_ANALOG_IN_7_THRESHOLD_STEP,
        CONFIGURATION_ANALOG_IN_7_THRESHOLD_TEMP,
        CONFIGURATION_HEAT_PUMP_REQUEST_OFF_STEP,
        CONFIGURATION_HEAT_PUMP_REQUEST_ON_STEP,
        CONFIGURATION_EMERGENCY_MODE_ON_STEP,
        CONFIGURATION_TEMPERATURE_HYSTERESIS,
        CONFIGURATION_TEMPERATURE_SETTING,
        CONFIGURATION_TEMPERATURE_MINIMUM,
        CONFIGURATION_TEMPERATURE_SET_HEATER_STEP,
        CONFIGURATION_TEMPERATURE_LOAD_SETPOINT,
        CONFIGURATION_TEMPERATURE_LOW_TARIFF,
        CONFIGURATION_TEMPERATURE_HEAT_PUMP_REQUEST,
    ];
    /// Named bits of `auto_heater_off_setting`; the raw value is kept whole.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub struct ConfigurationAutoHeaterOffSetting(pub u64);
    impl ConfigurationAutoHeaterOffSetting {
        /// `auto_off_modbus_timeout_enabled`: bit 0.
        pub const AUTO_OFF_MODBUS_TIMEOUT_ENABLED: ConfigurationAutoHeaterOffSetting = ConfigurationAutoHeaterOffSetting(
            1u64 << 0,
        );
        /// `restart_if_energymanager_connection_lost`: bit 1.
        pub const RESTART_IF_ENERGYMANAGER_CONNECTION_LOST: ConfigurationAutoHeaterOffSetting = ConfigurationAutoHeaterOffSetting(
            1u64 << 1,
        );
        /// `auto_off_modbus_enabled`: bit 4.
        pub const AUTO_OFF_MODBUS_ENABLED: ConfigurationAutoHeaterOffSetting = ConfigurationAutoHeaterOffSetting(
            1u64 << 4,
        );
        /// `auto_off_analog_input_enabled`: bit 5.
        pub const AUTO_OFF_ANALOG_INPUT_ENABLED: ConfigurationAutoHeaterOffSetting = ConfigurationAutoHeaterOffSetting(
            1u64 << 5,
        );
        /// `auto_off_heat_pump_request_enabled`: bit 6.
        pub const AUTO_OFF_HEAT_PUMP_REQUEST_ENABLED: ConfigurationAutoHeaterOffSetting = ConfigurationAutoHeaterOffSetting(
            1u64 << 6,
        );
        /// `auto_off_emergency_mode_enabled`: bit 7.
        pub const AUTO_OFF_EMERGENCY_MODE_ENABLED: ConfigurationAutoHeaterOffSetting = ConfigurationAutoHeaterOffSetting(
            1u64 << 7,
        );
        /// Whether every bit set in `other` is set here.
        pub const fn contains(&self, other: ConfigurationAutoHeaterOffSetting) -> bool {
            self.0 & other.0 == other.0
        }
    }
    impl ::core::ops::BitOr for ConfigurationAutoHeaterOffSetting {
        type Output = ConfigurationAutoHeaterOffSetting;
        fn bitor(
            self,
            rhs: ConfigurationAutoHeaterOffSetting,
        ) -> ConfigurationAutoHeaterOffSetting {
            ConfigurationAutoHeaterOffSetting(self.0 | rhs.0)
        }
    }
    impl mm::ModbusBits for ConfigurationAutoHeaterOffSetting {
        fn from_raw(raw: u64) -> Self {
            ConfigurationAutoHeaterOffSetting(raw)
        }
        fn to_raw(&self) -> u64 {
            self.0
        }
    }
    mm::impl_register_value!(bits ConfigurationAutoHeaterOffSetting);
    /// Named bits of `heatbuffer_type`; the raw value is kept whole.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub struct ConfigurationHeatbufferType(pub u64);
    impl ConfigurationHeatbufferType {
        /// `tap_water`: bit 0.
        pub const TAP_WATER: ConfigurationHeatbufferType = ConfigurationHeatbufferType(
            1u64 << 0,
        );
        /// `heating_water`: bit 1.
        pub const HEATING_WATER: ConfigurationHeatbufferType = ConfigurationHeatbufferType(
            1u64 << 1,
        );
        /// `combined_heat_and_power_unit`: bit 2.
        pub const COMBINED_HEAT_AND_POWER_UNIT: ConfigurationHeatbufferType = ConfigurationHeatbufferType(
            1u64 << 2,
        );
        /// `pellet_firing`: bit 3.
        pub const PELLET_FIRING: ConfigurationHeatbufferType = ConfigurationHeatbufferType(
            1u64 << 3,
        );
        /// `gas_burner`: bit 4.
        pub const GAS_BURNER: ConfigurationHeatbufferType = ConfigurationHeatbufferType(
            1u64 << 4,
        );
        /// `oil_burner`: bit 5.
        pub const OIL_BURNER: ConfigurationHeatbufferType = ConfigurationHeatbufferType(
            1u64 << 5,
        );
        /// `heat_pump`: bit 6.
        pub const HEAT_PUMP: ConfigurationHeatbufferType = ConfigurationHeatbufferType(
            1u64 << 6,
        );
        /// `other`: bit 7.
        pub const OTHER: ConfigurationHeatbufferType = ConfigurationHeatbufferType(
            1u64 << 7,
        );
        /// Whether every bit set in `other` is set here.
        pub const fn contains(&self, other: ConfigurationHeatbufferType) -> bool {
            self.0 & other.0 == other.0
        }
    }
    impl ::core::ops::BitOr for ConfigurationHeatbufferType {
        type Output = ConfigurationHeatbufferType;
        fn bitor(self, rhs: ConfigurationHeatbufferType) -> ConfigurationHeatbufferType {
            ConfigurationHeatbufferType(self.0 | rhs.0)
        }
    }
    impl mm::ModbusBits for ConfigurationHeatbufferType {
        fn from_raw(raw: u64) -> Self {
            ConfigurationHeatbufferType(raw)
        }
        fn to_raw(&self) -> u64 {
            self.0
        }
    }
    mm::impl_register_value!(bits ConfigurationHeatbufferType);
    /// Named bits of `heater_position`; the raw value is kept whole.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub struct ConfigurationHeaterPosition(pub u64);
    impl ConfigurationHeaterPosition {
        /// `bottom`: bit 0.
        pub const BOTTOM: ConfigurationHeaterPosition = ConfigurationHeaterPosition(
            1u64 << 0,
        );
        /// `middle`: bit 1.
        pub const MIDDLE: ConfigurationHeaterPosition = ConfigurationHeaterPosition(
            1u64 << 1,
        );
        /// `askowall`: bit 7.
        pub const ASKOWALL: ConfigurationHeaterPosition = ConfigurationHeaterPosition(
            1u64 << 7,
        );
        /// Whether every bit set in `other` is set here.
        pub const fn contains(&self, other: ConfigurationHeaterPosition) -> bool {
            self.0 & other.0 == other.0
        }
    }
    impl ::core::ops::BitOr for ConfigurationHeaterPosition {
        type Output = ConfigurationHeaterPosition;
        fn bitor(self, rhs: ConfigurationHeaterPosition) -> ConfigurationHeaterPosition {
            ConfigurationHeaterPosition(self.0 | rhs.0)
        }
    }
    impl mm::ModbusBits for ConfigurationHeaterPosition {
        fn from_raw(raw: u64) -> Self {
            ConfigurationHeaterPosition(raw)
        }
        fn to_raw(&self) -> u64 {
            self.0
        }
    }
    mm::impl_register_value!(bits ConfigurationHeaterPosition);
    /// Named bits of `housetype`; the raw value is kept whole.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub struct ConfigurationHousetype(pub u64);
    impl ConfigurationHousetype {
        /// `single_family_house`: bit 0.
        pub const SINGLE_FAMILY_HOUSE: ConfigurationHousetype = ConfigurationHousetype(
            1u64 << 0,
        );
        /// `two_family_house`: bit 1.
        pub const TWO_FAMILY_HOUSE: ConfigurationHousetype = ConfigurationHousetype(
            1u64 << 1,
        );
        /// `apartment_building`: bit 2.
        pub const APARTMENT_BUILDING: ConfigurationHousetype = ConfigurationHousetype(
            1u64 << 2,
        );
        /// `commercial_building`: bit 7.
        pub const COMMERCIAL_BUILDING: ConfigurationHousetype = ConfigurationHousetype(
            1u64 << 7,
        );
        /// Whether every bit set in `other` is set here.
        pub const fn contains(&self, other: ConfigurationHousetype) -> bool {
            self.0 & other.0 == other.0
        }
    }
    impl ::core::ops::BitOr for ConfigurationHousetype {
        type Output = ConfigurationHousetype;
        fn bitor(self, rhs: ConfigurationHousetype) -> ConfigurationHousetype {
            ConfigurationHousetype(self.0 | rhs.0)
        }
    }
    impl mm::ModbusBits for ConfigurationHousetype {
        fn from_raw(raw: u64) -> Self {
            ConfigurationHousetype(raw)
        }
        fn to_raw(&self) -> u64 {
            self.0
        }
    }
    mm::impl_register_value!(bits ConfigurationHousetype);
    /// Named bits of `input_setting`; the raw value is kept whole.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub struct ConfigurationInputSetting(pub u64);
    impl ConfigurationInputSetting {
        /// `missing_current_flow_triggers_error`: bit 0.
        pub const MISSING_CURRENT_FLOW_TRIGGERS_ERROR: ConfigurationInputSetting = ConfigurationInputSetting(
            1u64 << 0,
        );
        /// `heater_load_value_only_if_current_flows`: bit 1.
        pub const HEATER_LOAD_VALUE_ONLY_IF_CURRENT_FLOWS: ConfigurationInputSetting = ConfigurationInputSetting(
            1u64 << 1,
        );
        /// `load_feedin_value_enabled`: bit 2.
        pub const LOAD_FEEDIN_VALUE_ENABLED: ConfigurationInputSetting = ConfigurationInputSetting(
            1u64 << 2,
        );
        /// `load_setpoint_value_enabled`: bit 3.
        pub const LOAD_SETPOINT_VALUE_ENABLED: ConfigurationInputSetting = ConfigurationInputSetting(
            1u64 << 3,
        );
        /// `set_heater_step_value_enabled`: bit 4.
        pub const SET_HEATER_STEP_VALUE_ENABLED: ConfigurationInputSetting = ConfigurationInputSetting(
            1u64 << 4,
        );
        /// `analog_input_enabled`: bit 5.
        pub const ANALOG_INPUT_ENABLED: ConfigurationInputSetting = ConfigurationInputSetting(
            1u64 << 5,
        );
        /// `heat_pump_request_input_enabled`: bit 6.
        pub const HEAT_PUMP_REQUEST_INPUT_ENABLED: ConfigurationInputSetting = ConfigurationInputSetting(
            1u64 << 6,
        );
        /// `emergency_mode_enabled`: bit 7.
        pub const EMERGENCY_MODE_ENABLED: ConfigurationInputSetting = ConfigurationInputSetting(
            1u64 << 7,
        );
        /// `low_tariff_option_enabled`: bit 8.
        pub const LOW_TARIFF_OPTION_ENABLED: ConfigurationInputSetting = ConfigurationInputSetting(
            1u64 << 8,
        );
        /// `hold_minimal_temperature_enabled`: bit 9.
        pub const HOLD_MINIMAL_TEMPERATURE_ENABLED: ConfigurationInputSetting = ConfigurationInputSetting(
            1u64 << 9,
        );
        /// `sma_semp_enabled`: bit 10.
        pub const SMA_SEMP_ENABLED: ConfigurationInputSetting = ConfigurationInputSetting(
            1u64 << 10,
        );
        /// `senec_home_enabled`: bit 11.
        pub const SENEC_HOME_ENABLED: ConfigurationInputSetting = ConfigurationInputSetting(
            1u64 << 11,
        );
        /// Whether every bit set in `other` is set here.
        pub const fn contains(&self, other: ConfigurationInputSetting) -> bool {
            self.0 & other.0 == other.0
        }
    }
    impl ::core::ops::BitOr for ConfigurationInputSetting {
        type Output = ConfigurationInputSetting;
        fn bitor(self, rhs: ConfigurationInputSetting) -> ConfigurationInputSetting {
            ConfigurationInputSetting(self.0 | rhs.0)
        }
    }
    impl mm::ModbusBits for ConfigurationInputSetting {
        fn from_raw(raw: u64) -> Self {
            ConfigurationInputSetting(raw)
        }
        fn to_raw(&self) -> u64 {
            self.0
        }
    }
    mm::impl_register_value!(bits ConfigurationInputSetting);
    /// Named bits of `legio_setting`; the raw value is kept whole.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub struct ConfigurationLegioSetting(pub u64);
    impl ConfigurationLegioSetting {
        /// `use_internal_temp_sensor`: bit 0.
        pub const USE_INTERNAL_TEMP_SENSOR: ConfigurationLegioSetting = ConfigurationLegioSetting(
            1u64 << 0,
        );
        /// `use_external_temp_sensor1`: bit 1.
        pub const USE_EXTERNAL_TEMP_SENSOR1: ConfigurationLegioSetting = ConfigurationLegioSetting(
            1u64 << 1,
        );
        /// `use_external_temp_sensor2`: bit 2.
        pub const USE_EXTERNAL_TEMP_SENSOR2: ConfigurationLegioSetting = ConfigurationLegioSetting(
            1u64 << 2,
        );
        /// `use_external_temp_sensor3`: bit 3.
        pub const USE_EXTERNAL_TEMP_SENSOR3: ConfigurationLegioSetting = ConfigurationLegioSetting(
            1u64 << 3,
        );
        /// `use_external_temp_sensor4`: bit 4.
        pub const USE_EXTERNAL_TEMP_SENSOR4: ConfigurationLegioSetting = ConfigurationLegioSetting(
            1u64 << 4,
        );
        /// `interval_daily`: bit 8.
        pub const INTERVAL_DAILY: ConfigurationLegioSetting = ConfigurationLegioSetting(
            1u64 << 8,
        );
        /// `interval_weekly`: bit 9.
        pub const INTERVAL_WEEKLY: ConfigurationLegioSetting = ConfigurationLegioSetting(
            1u64 << 9,
        );
        /// `interval_fortnightly`: bit 10.
        pub const INTERVAL_FORTNIGHTLY: ConfigurationLegioSetting = ConfigurationLegioSetting(
            1u64 << 10,
        );
        /// `interval_monthly`: bit 11.
        pub const INTERVAL_MONTHLY: ConfigurationLegioSetting = ConfigurationLegioSetting(
            1u64 << 11,
        );
        /// `prefer_feedin_energy`: bit 12.
        pub const PREFER_FEEDIN_ENERGY: ConfigurationLegioSetting = ConfigurationLegioSetting(
            1u64 << 12,
        );
        /// `protection_enabled`: bit 13.
        pub const PROTECTION_ENABLED: ConfigurationLegioSetting = ConfigurationLegioSetting(
            1u64 << 13,
        );
        /// Whether every bit set in `other` is set here.
        pub const fn contains(&self, other: ConfigurationLegioSetting) -> bool {
            self.0 & other.0 == other.0
        }
    }
    impl ::core::ops::BitOr for ConfigurationLegioSetting {
        type Output = ConfigurationLegioSetting;
        fn bitor(self, rhs: ConfigurationLegioSetting) -> ConfigurationLegioSetting {
            ConfigurationLegioSetting(self.0 | rhs.0)
        }
    }
    impl mm::ModbusBits for ConfigurationLegioSetting {
        fn from_raw(raw: u64) -> Self {
            ConfigurationLegioSetting(raw)
        }
        fn to_raw(&self) -> u64 {
            self.0
        }
    }
    mm::impl_register_value!(bits ConfigurationLegioSetting);
    /// Named bits of `rtu_setting`; the raw value is kept whole.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub struct ConfigurationRtuSetting(pub u64);
    impl ConfigurationRtuSetting {
        /// `send_two_stop_bits`: bit 0.
        pub const SEND_TWO_STOP_BITS: ConfigurationRtuSetting = ConfigurationRtuSetting(
            1u64 << 0,
        );
        /// `parity_even`: bit 1.
        pub const PARITY_EVEN: ConfigurationRtuSetting = ConfigurationRtuSetting(
            1u64 << 1,
        );
        /// `parity_odd`: bit 2.
        pub const PARITY_ODD: ConfigurationRtuSetting = ConfigurationRtuSetting(
            1u64 << 2,
        );
        /// `slave_mode_active`: bit 7.
        pub const SLAVE_MODE_ACTIVE: ConfigurationRtuSetting = ConfigurationRtuSetting(
            1u64 << 7,
        );
        /// `master_mode_active`: bit 15.
        pub const MASTER_MODE_ACTIVE: ConfigurationRtuSetting = ConfigurationRtuSetting(
            1u64 << 15,
        );
        /// Whether every bit set in `other` is set here.
        pub const fn contains(&self, other: ConfigurationRtuSetting) -> bool {
            self.0 & other.0 == other.0
        }
    }
    impl ::core::ops::BitOr for ConfigurationRtuSetting {
        type Output = ConfigurationRtuSetting;
        fn bitor(self, rhs: ConfigurationRtuSetting) -> ConfigurationRtuSetting {
            ConfigurationRtuSetting(self.0 | rhs.0)
        }
    }
    impl mm::ModbusBits for ConfigurationRtuSetting {
        fn from_raw(raw: u64) -> Self {
            ConfigurationRtuSetting(raw)
        }
        fn to_raw(&self) -> u64 {
            self.0
        }
    }
    mm::impl_register_value!(bits ConfigurationRtuSetting);
    /// Named bits of `temperature_setting`; the raw value is kept whole.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub struct ConfigurationTemperatureSetting(pub u64);
    impl ConfigurationTemperatureSetting {
        /// `use_internal_temp_sensor`: bit 0.
        pub const USE_INTERNAL_TEMP_SENSOR: ConfigurationTemperatureSetting = ConfigurationTemperatureSetting(
            1u64 << 0,
        );
        /// `use_external_temp_sensor1`: bit 1.
        pub const USE_EXTERNAL_TEMP_SENSOR1: ConfigurationTemperatureSetting = ConfigurationTemperatureSetting(
            1u64 << 1,
        );
        /// `use_external_temp_sensor2`: bit 2.
        pub const USE_EXTERNAL_TEMP_SENSOR2: ConfigurationTemperatureSetting = ConfigurationTemperatureSetting(
            1u64 << 2,
        );
        /// `use_external_temp_sensor3`: bit 3.
        pub const USE_EXTERNAL_TEMP_SENSOR3: ConfigurationTemperatureSetting = ConfigurationTemperatureSetting(
            1u64 << 3,
        );
        /// `use_external_temp_sensor4`: bit 4.
        pub const USE_EXTERNAL_TEMP_SENSOR4: ConfigurationTemperatureSetting = ConfigurationTemperatureSetting(
            1u64 << 4,
        );
        /// Whether every bit set in `other` is set here.
        pub const fn contains(&self, other: ConfigurationTemperatureSetting) -> bool {
            self.0 & other.0 == other.0
        }
    }
    impl ::core::ops::BitOr for ConfigurationTemperatureSetting {
        type Output = ConfigurationTemperatureSetting;
        fn bitor(
            self,
            rhs: ConfigurationTemperatureSetting,
        ) -> ConfigurationTemperatureSetting {
            ConfigurationTemperatureSetting(self.0 | rhs.0)
        }
    }
    impl mm::ModbusBits for ConfigurationTemperatureSetting {
        fn from_raw(raw: u64) -> Self {
            ConfigurationTemperatureSetting(raw)
        }
        fn to_raw(&self) -> u64 {
            self.0
        }
    }
    mm::impl_register_value!(bits ConfigurationTemperatureSetting);
    /// Named bits of `legio_status`; the raw value is kept whole.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub struct DataValuesLegioStatus(pub u64);
    impl DataValuesLegioStatus {
        /// `heating_up`: bit 0.
        pub const HEATING_UP: DataValuesLegioStatus = DataValuesLegioStatus(1u64 << 0);
        /// `temperature_reached`: bit 1.
        pub const TEMPERATURE_REACHED: DataValuesLegioStatus = DataValuesLegioStatus(
            1u64 << 1,
        );
        /// `temp_reached_outside_interval`: bit 2.
        pub const TEMP_REACHED_OUTSIDE_INTERVAL: DataValuesLegioStatus = DataValuesLegioStatus(
            1u64 << 2,
        );
        /// `unexpected_temp_drop`: bit 4.
        pub const UNEXPECTED_TEMP_DROP: DataValuesLegioStatus = DataValuesLegioStatus(
            1u64 << 4,
        );
        /// `error_no_valid_temp_sensor`: bit 5.
        pub const ERROR_NO_VALID_TEMP_SENSOR: DataValuesLegioStatus = DataValuesLegioStatus(
            1u64 << 5,
        );
        /// `error_cannot_reach_temp`: bit 6.
        pub const ERROR_CANNOT_REACH_TEMP: DataValuesLegioStatus = DataValuesLegioStatus(
            1u64 << 6,
        );
        /// `error_settings`: bit 7.
        pub const ERROR_SETTINGS: DataValuesLegioStatus = DataValuesLegioStatus(
            1u64 << 7,
        );
        /// Whether every bit set in `other` is set here.
        pub const fn contains(&self, other: DataValuesLegioStatus) -> bool {
            self.0 & other.0 == other.0
        }
    }
    impl ::core::ops::BitOr for DataValuesLegioStatus {
        type Output = DataValuesLegioStatus;
        fn bitor(self, rhs: DataValuesLegioStatus) -> DataValuesLegioStatus {
            DataValuesLegioStatus(self.0 | rhs.0)
        }
    }
    impl mm::ModbusBits for DataValuesLegioStatus {
        fn from_raw(raw: u64) -> Self {
            DataValuesLegioStatus(raw)
        }
        fn to_raw(&self) -> u64 {
            self.0
        }
    }
    mm::impl_register_value!(bits DataValuesLegioStatus);
    /// Named bits of `status`; the raw value is kept whole.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub struct DataValuesStatus(pub u64);
    impl DataValuesStatus {
        /// `heater1_active`: bit 0.
        pub const HEATER1_ACTIVE: DataValuesStatus = DataValuesStatus(1u64 << 0);
        /// `heater2_active`: bit 1.
        pub const HEATER2_ACTIVE: DataValuesStatus = DataValuesStatus(1u64 << 1);
        /// `heater3_active`: bit 2.
        pub const HEATER3_ACTIVE: DataValuesStatus = DataValuesStatus(1u64 << 2);
        /// `pump_active`: bit 3.
        pub const PUMP_ACTIVE: DataValuesStatus = DataValuesStatus(1u64 << 3);
        /// `relay_board_connected`: bit 4.
        pub const RELAY_BOARD_CONNECTED: DataValuesStatus = DataValuesStatus(1u64 << 4);
        /// `heat_pump_request_active`: bit 6.
        pub const HEAT_PUMP_REQUEST_ACTIVE: DataValuesStatus = DataValuesStatus(
            1u64 << 6,
        );
        /// `emergency_mode_active`: bit 7.
        pub const EMERGENCY_MODE_ACTIVE: DataValuesStatus = DataValuesStatus(1u64 << 7);
        /// `legionella_protection_active`: bit 8.
        pub const LEGIONELLA_PROTECTION_ACTIVE: DataValuesStatus = DataValuesStatus(
            1u64 << 8,
        );
        /// `analog_input_active`: bit 9.
        pub const ANALOG_INPUT_ACTIVE: DataValuesStatus = DataValuesStatus(1u64 << 9);
        /// `setpoint_active`: bit 10.
        pub const SETPOINT_ACTIVE: DataValuesStatus = DataValuesStatus(1u64 << 10);
        /// `load_feedin_active`: bit 11.
        pub const LOAD_FEEDIN_ACTIVE: DataValuesStatus = DataValuesStatus(1u64 << 11);
        /// `auto_heater_off_active`: bit 12.
        pub const AUTO_HEATER_OFF_ACTIVE: DataValuesStatus = DataValuesStatus(
            1u64 << 12,
        );
        /// `pump_relay_follow_up_time_active`: bit 13.
        pub const PUMP_RELAY_FOLLOW_UP_TIME_ACTIVE: DataValuesStatus = DataValuesStatus(
            1u64 << 13,
        );
        /// `temp_limit_reached`: bit 14.
        pub const TEMP_LIMIT_REACHED: DataValuesStatus = DataValuesStatus(1u64 << 14);
        /// `error_occurred`: bit 15.
        pub const ERROR_OCCURRED: DataValuesStatus = DataValuesStatus(1u64 << 15);
        /// Whether every bit set in `other` is set here.
        pub const fn contains(&self, other: DataValuesStatus) -> bool {
            self.0 & other.0 == other.0
        }
    }
    impl ::core::ops::BitOr for DataValuesStatus {
        type Output = DataValuesStatus;
        fn bitor(self, rhs: DataValuesStatus) -> DataValuesStatus {
            DataValuesStatus(self.0 | rhs.0)
        }
    }
    impl mm::ModbusBits for DataValuesStatus {
        fn from_raw(raw: u64) -> Self {
            DataValuesStatus(raw)
        }
        fn to_raw(&self) -> u64 {
            self.0
        }
    }
    mm::impl_register_value!(bits DataValuesStatus);
    /// Values of `emergency_mode`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum EnergymanagerEmergencyMode {
        /// `off` (raw 0).
        Off,
        /// `on` (raw 255).
        On,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    impl EnergymanagerEmergencyMode {
        /// The spec's name of this value, `None` for `Unknown`.
        pub const fn name(&self) -> ::core::option::Option<&'static str> {
            match self {
                EnergymanagerEmergencyMode::Off => ::core::option::Option::Some("off"),
                EnergymanagerEmergencyMode::On => ::core::option::Option::Some("on"),
                EnergymanagerEmergencyMode::Unknown(_) => ::core::option::Option::None,
            }
        }
    }
    impl mm::ModbusEnum for EnergymanagerEmergencyMode {
        fn from_raw(raw: i64) -> Self {
            match raw {
                0 => EnergymanagerEmergencyMode::Off,
                255 => EnergymanagerEmergencyMode::On,
                other => EnergymanagerEmergencyMode::Unknown(other),
            }
        }
        fn to_raw(&self) -> i64 {
            match self {
                EnergymanagerEmergencyMode::Off => 0,
                EnergymanagerEmergencyMode::On => 255,
                EnergymanagerEmergencyMode::Unknown(raw) => *raw,
            }
        }
    }
    mm::impl_register_value!(enum EnergymanagerEmergencyMode);
    /// Values of `heat_pump_request`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum EnergymanagerHeatPumpRequest {
        /// `off` (raw 0).
        Off,
        /// `on` (raw 255).
        On,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    impl EnergymanagerHeatPumpRequest {
        /// The spec's name of this value, `None` for `Unknown`.
        pub const fn name(&self) -> ::core::option::Option<&'static str> {
            match self {
                EnergymanagerHeatPumpRequest::Off => ::core::option::Option::Some("off"),
                EnergymanagerHeatPumpRequest::On => ::core::option::Option::Some("on"),
                EnergymanagerHeatPumpRequest::Unknown(_) => ::core::option::Option::None,
            }
        }
    }
    impl mm::ModbusEnum for EnergymanagerHeatPumpRequest {
        fn from_raw(raw: i64) -> Self {
            match raw {
                0 => EnergymanagerHeatPumpRequest::Off,
                255 => EnergymanagerHeatPumpRequest::On,
                other => EnergymanagerHeatPumpRequest::Unknown(other),
            }
        }
        fn to_raw(&self) -> i64 {
            match self {
                EnergymanagerHeatPumpRequest::Off => 0,
                EnergymanagerHeatPumpRequest::On => 255,
                EnergymanagerHeatPumpRequest::Unknown(raw) => *raw,
            }
        }
    }
    mm::impl_register_value!(enum EnergymanagerHeatPumpRequest);
    /// Named bits of `status`; the raw value is kept whole.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub struct EnergymanagerStatus(pub u64);
    impl EnergymanagerStatus {
        /// `heater1_active`: bit 0.
        pub const HEATER1_ACTIVE: EnergymanagerStatus = EnergymanagerStatus(1u64 << 0);
        /// `heater2_active`: bit 1.
        pub const HEATER2_ACTIVE: EnergymanagerStatus = EnergymanagerStatus(1u64 << 1);
        /// `heater3_active`: bit 2.
        pub const HEATER3_ACTIVE: EnergymanagerStatus = EnergymanagerStatus(1u64 << 2);
        /// `pump_active`: bit 3.
        pub const PUMP_ACTIVE: EnergymanagerStatus = EnergymanagerStatus(1u64 << 3);
        /// `relay_board_connected`: bit 4.
        pub const RELAY_BOARD_CONNECTED: EnergymanagerStatus = EnergymanagerStatus(
            1u64 << 4,
        );
        /// `heat_pump_request_active`: bit 6.
        pub const HEAT_PUMP_REQUEST_ACTIVE: EnergymanagerStatus = EnergymanagerStatus(
            1u64 << 6,
        );
        /// `emergency_mode_active`: bit 7.
        pub const EMERGENCY_MODE_ACTIVE: EnergymanagerStatus = EnergymanagerStatus(
            1u64 << 7,
        );
        /// `legionella_protection_active`: bit 8.
        pub const LEGIONELLA_PROTECTION_ACTIVE: EnergymanagerStatus = EnergymanagerStatus(
            1u64 << 8,
        );
        /// `analog_input_active`: bit 9.
        pub const ANALOG_INPUT_ACTIVE: EnergymanagerStatus = EnergymanagerStatus(
            1u64 << 9,
        );
        /// `setpoint_active`: bit 10.
        pub const SETPOINT_ACTIVE: EnergymanagerStatus = EnergymanagerStatus(1u64 << 10);
        /// `load_feedin_active`: bit 11.
        pub const LOAD_FEEDIN_ACTIVE: EnergymanagerStatus = EnergymanagerStatus(
            1u64 << 11,
        );
        /// `auto_heater_off_active`: bit 12.
        pub const AUTO_HEATER_OFF_ACTIVE: EnergymanagerStatus = EnergymanagerStatus(
            1u64 << 12,
        );
        /// `pump_relay_follow_up_time_active`: bit 13.
        pub const PUMP_RELAY_FOLLOW_UP_TIME_ACTIVE: EnergymanagerStatus = EnergymanagerStatus(
            1u64 << 13,
        );
        /// `temp_limit_reached`: bit 14.
        pub const TEMP_LIMIT_REACHED: EnergymanagerStatus = EnergymanagerStatus(
            1u64 << 14,
        );
        /// `error_occurred`: bit 15.
        pub const ERROR_OCCURRED: EnergymanagerStatus = EnergymanagerStatus(1u64 << 15);
        /// Whether every bit set in `other` is set here.
        pub const fn contains(&self, other: EnergymanagerStatus) -> bool {
            self.0 & other.0 == other.0
        }
    }
    impl ::core::ops::BitOr for EnergymanagerStatus {
        type Output = EnergymanagerStatus;
        fn bitor(self, rhs: EnergymanagerStatus) -> EnergymanagerStatus {
            EnergymanagerStatus(self.0 | rhs.0)
        }
    }
    impl mm::ModbusBits for EnergymanagerStatus {
        fn from_raw(raw: u64) -> Self {
            EnergymanagerStatus(raw)
        }
        fn to_raw(&self) -> u64 {
            self.0
        }
    }
    mm::impl_register_value!(bits EnergymanagerStatus);
    /// Named bits of `legio_status`; the raw value is kept whole.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub struct ExtendedValuesLegioStatus(pub u64);
    impl ExtendedValuesLegioStatus {
        /// `heating_up`: bit 0.
        pub const HEATING_UP: ExtendedValuesLegioStatus = ExtendedValuesLegioStatus(
            1u64 << 0,
        );
        /// `temperature_reached`: bit 1.
        pub const TEMPERATURE_REACHED: ExtendedValuesLegioStatus = ExtendedValuesLegioStatus(
            1u64 << 1,
        );
        /// `temp_reached_outside_interval`: bit 2.
        pub const TEMP_REACHED_OUTSIDE_INTERVAL: ExtendedValuesLegioStatus = ExtendedValuesLegioStatus(
            1u64 << 2,
        );
        /// `unexpected_temp_drop`: bit 4.
        pub const UNEXPECTED_TEMP_DROP: ExtendedValuesLegioStatus = ExtendedValuesLegioStatus(
            1u64 << 4,
        );
        /// `error_no_valid_temp_sensor`: bit 5.
        pub const ERROR_NO_VALID_TEMP_SENSOR: ExtendedValuesLegioStatus = ExtendedValuesLegioStatus(
            1u64 << 5,
        );
        /// `error_cannot_reach_temp`: bit 6.
        pub const ERROR_CANNOT_REACH_TEMP: ExtendedValuesLegioStatus = ExtendedValuesLegioStatus(
            1u64 << 6,
        );
        /// `error_settings`: bit 7.
        pub const ERROR_SETTINGS: ExtendedValuesLegioStatus = ExtendedValuesLegioStatus(
            1u64 << 7,
        );
        /// Whether every bit set in `other` is set here.
        pub const fn contains(&self, other: ExtendedValuesLegioStatus) -> bool {
            self.0 & other.0 == other.0
        }
    }
    impl ::core::ops::BitOr for ExtendedValuesLegioStatus {
        type Output = ExtendedValuesLegioStatus;
        fn bitor(self, rhs: ExtendedValuesLegioStatus) -> ExtendedValuesLegioStatus {
            ExtendedValuesLegioStatus(self.0 | rhs.0)
        }
    }
    impl mm::ModbusBits for ExtendedValuesLegioStatus {
        fn from_raw(raw: u64) -> Self {
            ExtendedValuesLegioStatus(raw)
        }
        fn to_raw(&self) -> u64 {
            self.0
        }
    }
    mm::impl_register_value!(bits ExtendedValuesLegioStatus);
    /// Named bits of `status`; the raw value is kept whole.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub struct ExtendedValuesStatus(pub u64);
    impl ExtendedValuesStatus {
        /// `heater1_active`: bit 0.
        pub const HEATER1_ACTIVE: ExtendedValuesStatus = ExtendedValuesStatus(1u64 << 0);
        /// `heater2_active`: bit 1.
        pub const HEATER2_ACTIVE: ExtendedValuesStatus = ExtendedValuesStatus(1u64 << 1);
        /// `heater3_active`: bit 2.
        pub const HEATER3_ACTIVE: ExtendedValuesStatus = ExtendedValuesStatus(1u64 << 2);
        /// `pump_active`: bit 3.
        pub const PUMP_ACTIVE: ExtendedValuesStatus = ExtendedValuesStatus(1u64 << 3);
        /// `relay_board_connected`: bit 4.
        pub const RELAY_BOARD_CONNECTED: ExtendedValuesStatus = ExtendedValuesStatus(
            1u64 << 4,
        );
        /// `heat_pump_request_active`: bit 6.
        pub const HEAT_PUMP_REQUEST_ACTIVE: ExtendedValuesStatus = ExtendedValuesStatus(
            1u64 << 6,
        );
        /// `emergency_mode_active`: bit 7.
        pub const EMERGENCY_MODE_ACTIVE: ExtendedValuesStatus = ExtendedValuesStatus(
            1u64 << 7,
        );
        /// `legionella_protection_active`: bit 8.
        pub const LEGIONELLA_PROTECTION_ACTIVE: ExtendedValuesStatus = ExtendedValuesStatus(
            1u64 << 8,
        );
        /// `analog_input_active`: bit 9.
        pub const ANALOG_INPUT_ACTIVE: ExtendedValuesStatus = ExtendedValuesStatus(
            1u64 << 9,
        );
        /// `setpoint_active`: bit 10.
        pub const SETPOINT_ACTIVE: ExtendedValuesStatus = ExtendedValuesStatus(
            1u64 << 10,
        );
        /// `load_feedin_active`: bit 11.
        pub const LOAD_FEEDIN_ACTIVE: ExtendedValuesStatus = ExtendedValuesStatus(
            1u64 << 11,
        );
        /// `auto_heater_off_active`: bit 12.
        pub const AUTO_HEATER_OFF_ACTIVE: ExtendedValuesStatus = ExtendedValuesStatus(
            1u64 << 12,
        );
        /// `pump_relay_follow_up_time_active`: bit 13.
        pub const PUMP_RELAY_FOLLOW_UP_TIME_ACTIVE: ExtendedValuesStatus = ExtendedValuesStatus(
            1u64 << 13,
        );
        /// `temp_limit_reached`: bit 14.
        pub const TEMP_LIMIT_REACHED: ExtendedValuesStatus = ExtendedValuesStatus(
            1u64 << 14,
        );
        /// `error_occurred`: bit 15.
        pub const ERROR_OCCURRED: ExtendedValuesStatus = ExtendedValuesStatus(
            1u64 << 15,
        );
        /// Whether every bit set in `other` is set here.
        pub const fn contains(&self, other: ExtendedValuesStatus) -> bool {
            self.0 & other.0 == other.0
        }
    }
    impl ::core::ops::BitOr for ExtendedValuesStatus {
        type Output = ExtendedValuesStatus;
        fn bitor(self, rhs: ExtendedValuesStatus) -> ExtendedValuesStatus {
            ExtendedValuesStatus(self.0 | rhs.0)
        }
    }
    impl mm::ModbusBits for ExtendedValuesStatus {
        fn from_raw(raw: u64) -> Self {
            ExtendedValuesStatus(raw)
        }
        fn to_raw(&self) -> u64 {
            self.0
        }
    }
    mm::impl_register_value!(bits ExtendedValuesStatus);
    /// Named bits of `device_type`; the raw value is kept whole.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub struct ParametersDeviceType(pub u64);
    impl ParametersDeviceType {
        /// `type_3_stage_version`: bit 0.
        pub const TYPE_3_STAGE_VERSION: ParametersDeviceType = ParametersDeviceType(
            1u64 << 0,
        );
        /// `type_7_stage_version`: bit 1.
        pub const TYPE_7_STAGE_VERSION: ParametersDeviceType = ParametersDeviceType(
            1u64 << 1,
        );
        /// `heater_type_flange`: bit 2.
        pub const HEATER_TYPE_FLANGE: ParametersDeviceType = ParametersDeviceType(
            1u64 << 2,
        );
        /// `heater_type_screw_in`: bit 3.
        pub const HEATER_TYPE_SCREW_IN: ParametersDeviceType = ParametersDeviceType(
            1u64 << 3,
        );
        /// `wired_as_star_connection`: bit 4.
        pub const WIRED_AS_STAR_CONNECTION: ParametersDeviceType = ParametersDeviceType(
            1u64 << 4,
        );
        /// `wired_as_delta_connection`: bit 5.
        pub const WIRED_AS_DELTA_CONNECTION: ParametersDeviceType = ParametersDeviceType(
            1u64 << 5,
        );
        /// `type_oem_version`: bit 7.
        pub const TYPE_OEM_VERSION: ParametersDeviceType = ParametersDeviceType(
            1u64 << 7,
        );
        /// Whether every bit set in `other` is set here.
        pub const fn contains(&self, other: ParametersDeviceType) -> bool {
            self.0 & other.0 == other.0
        }
    }
    impl ::core::ops::BitOr for ParametersDeviceType {
        type Output = ParametersDeviceType;
        fn bitor(self, rhs: ParametersDeviceType) -> ParametersDeviceType {
            ParametersDeviceType(self.0 | rhs.0)
        }
    }
    impl mm::ModbusBits for ParametersDeviceType {
        fn from_raw(raw: u64) -> Self {
            ParametersDeviceType(raw)
        }
        fn to_raw(&self) -> u64 {
            self.0
        }
    }
    mm::impl_register_value!(bits ParametersDeviceType);
    /// Values of `emg`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum ShortDataEmg {
        /// `off` (raw 0).
        Off,
        /// `on` (raw 255).
        On,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    impl ShortDataEmg {
        /// The spec's name of this value, `None` for `Unknown`.
        pub const fn name(&self) -> ::core::option::Option<&'static str> {
            match self {
                ShortDataEmg::Off => ::core::option::Option::Some("off"),
                ShortDataEmg::On => ::core::option::Option::Some("on"),
                ShortDataEmg::Unknown(_) => ::core::option::Option::None,
            }
        }
    }
    impl mm::ModbusEnum for ShortDataEmg {
        fn from_raw(raw: i64) -> Self {
            match raw {
                0 => ShortDataEmg::Off,
                255 => ShortDataEmg::On,
                other => ShortDataEmg::Unknown(other),
            }
        }
        fn to_raw(&self) -> i64 {
            match self {
                ShortDataEmg::Off => 0,
                ShortDataEmg::On => 255,
                ShortDataEmg::Unknown(raw) => *raw,
            }
        }
    }
    mm::impl_register_value!(enum ShortDataEmg);
    /// Named bits of `status`; the raw value is kept whole.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub struct ShortDataStatus(pub u64);
    impl ShortDataStatus {
        /// `heater1_active`: bit 0.
        pub const HEATER1_ACTIVE: ShortDataStatus = ShortDataStatus(1u64 << 0);
        /// `heater2_active`: bit 1.
        pub const HEATER2_ACTIVE: ShortDataStatus = ShortDataStatus(1u64 << 1);
        /// `heater3_active`: bit 2.
        pub const HEATER3_ACTIVE: ShortDataStatus = ShortDataStatus(1u64 << 2);
        /// `pump_active`: bit 3.
        pub const PUMP_ACTIVE: ShortDataStatus = ShortDataStatus(1u64 << 3);
        /// `relay_board_connected`: bit 4.
        pub const RELAY_BOARD_CONNECTED: ShortDataStatus = ShortDataStatus(1u64 << 4);
        /// `heat_pump_request_active`: bit 6.
        pub const HEAT_PUMP_REQUEST_ACTIVE: ShortDataStatus = ShortDataStatus(1u64 << 6);
        /// `emergency_mode_active`: bit 7.
        pub const EMERGENCY_MODE_ACTIVE: ShortDataStatus = ShortDataStatus(1u64 << 7);
        /// `legionella_protection_active`: bit 8.
        pub const LEGIONELLA_PROTECTION_ACTIVE: ShortDataStatus = ShortDataStatus(
            1u64 << 8,
        );
        /// `analog_input_active`: bit 9.
        pub const ANALOG_INPUT_ACTIVE: ShortDataStatus = ShortDataStatus(1u64 << 9);
        /// `setpoint_active`: bit 10.
        pub const SETPOINT_ACTIVE: ShortDataStatus = ShortDataStatus(1u64 << 10);
        /// `load_feedin_active`: bit 11.
        pub const LOAD_FEEDIN_ACTIVE: ShortDataStatus = ShortDataStatus(1u64 << 11);
        /// `auto_heater_off_active`: bit 12.
        pub const AUTO_HEATER_OFF_ACTIVE: ShortDataStatus = ShortDataStatus(1u64 << 12);
        /// `pump_relay_follow_up_time_active`: bit 13.
        pub const PUMP_RELAY_FOLLOW_UP_TIME_ACTIVE: ShortDataStatus = ShortDataStatus(
            1u64 << 13,
        );
        /// `temp_limit_reached`: bit 14.
        pub const TEMP_LIMIT_REACHED: ShortDataStatus = ShortDataStatus(1u64 << 14);
        /// `error_occurred`: bit 15.
        pub const ERROR_OCCURRED: ShortDataStatus = ShortDataStatus(1u64 << 15);
        /// Whether every bit set in `other` is set here.
        pub const fn contains(&self, other: ShortDataStatus) -> bool {
            self.0 & other.0 == other.0
        }
    }
    impl ::core::ops::BitOr for ShortDataStatus {
        type Output = ShortDataStatus;
        fn bitor(self, rhs: ShortDataStatus) -> ShortDataStatus {
            ShortDataStatus(self.0 | rhs.0)
        }
    }
    impl mm::ModbusBits for ShortDataStatus {
        fn from_raw(raw: u64) -> Self {
            ShortDataStatus(raw)
        }
        fn to_raw(&self) -> u64 {
            self.0
        }
    }
    mm::impl_register_value!(bits ShortDataStatus);
    /// Short Data Block: the essential values for minimal implementations, downward compatible with first-generation devices.
    #[derive(Debug, Clone, PartialEq)]
    pub struct ShortData {
        /// Temperature of sensor 1, optional external PT1000 (MODBUS_IREG_TEMP1)
        ///
        /// - address: input 100 (0x0064), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        /// - unit: °C
        /// - range: 0 ..= 100
        /// - since firmware: 2.0.1
        /// - alias of `data_values.temperature_sensor1`
        ///
        /// `None` when the client was told an older firmware.
        pub temp1: ::core::option::Option<u16>,
        /// Temperature of sensor 2, optional external PT1000 (MODBUS_IREG_TEMP2)
        ///
        /// - address: input 102 (0x0066), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        /// - unit: °C
        /// - range: 0 ..= 100
        /// - since firmware: 2.0.1
        /// - alias of `data_values.temperature_sensor2`
        ///
        /// `None` when the client was told an older firmware.
        pub temp2: ::core::option::Option<u16>,
        /// Temperature of sensor 3, optional external PT1000 (MODBUS_IREG_TEMP3)
        ///
        /// - address: input 104 (0x0068), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        /// - unit: °C
        /// - range: 0 ..= 100
        /// - since firmware: 2.0.1
        /// - alias of `data_values.temperature_sensor3`
        ///
        /// `None` when the client was told an older firmware.
        pub temp3: ::core::option::Option<u16>,
        /// Temperature of sensor 4, optional external PT1000 (MODBUS_IREG_TEMP4)
        ///
        /// - address: input 106 (0x006A), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        /// - unit: °C
        /// - range: 0 ..= 100
        /// - since firmware: 2.0.1
        /// - alias of `data_values.temperature_sensor4`
        ///
        /// `None` when the client was told an older firmware.
        pub temp4: ::core::option::Option<u16>,
        /// Emergency mode; see status flag low byte bit 7 in register 624 (MODBUS_IREG_EMG)
        ///
        /// - address: input 108 (0x006C), unit id 1, 1 register(s)
        /// - type: u8
        /// - access: read-only
        /// - default: 0
        /// - since firmware: 2.0.1
        /// - also served as `energymanager.emergency_mode`
        ///
        /// `None` when the client was told an older firmware.
        pub emg: ::core::option::Option<ShortDataEmg>,
        /// Read status of ASKOHEAT+; to switch heaters on or off use register 200 (MODBUS_IREG_STATUS)
        ///
        /// - address: input 109 (0x006D), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        /// - since firmware: 2.2.1
        /// - alias of `data_values.status`
        ///
        /// `None` when the client was told an older firmware.
        pub status: ::core::option::Option<ShortDataStatus>,
        /// Actual electrical heater load, 250-30000 W while heating (MODBUS_IREG_HEATER_LOAD)
        ///
        /// - address: input 110 (0x006E), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        /// - unit: W
        /// - range: 0 ..= 30000
        /// - since firmware: 2.3.1
        ///
        /// `None` when the client was told an older firmware.
        pub heater_load: ::core::option::Option<u16>,
        /// Reserved for future features, version tbd (MODBUS_IREG_RESERVED)
        ///
        /// - address: input 111 (0x006F), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        pub reserved: u16,
    }
    /// Commands controlling the power of ASKOHEAT+ (three options).
    #[derive(Debug, Clone, PartialEq)]
    pub struct Command {
        /// Switch heaters on / off: heater step 0-7 in the low byte (MODBUS_CMD_SET_HEATER_STEP); cleared after 60 s without a client
        ///
        /// - address: holding 200 (0x00C8), unit id 1, 1 register(s)
        /// - type: u8
        /// - access: read-write
        /// - range: 0 ..= 7
        /// - default: 0
        /// - since firmware: 2.0.1
        /// - also served as `energymanager.set_heater_step`, `energymanager_write.set_heater_step`
        ///
        /// `None` when the client was told an older firmware.
        pub set_heater_step: ::core::option::Option<u8>,
        /// Load setpoint (250-30000 W) for automatic setting of the optimum power level of the ASKOHEAT+ (MODBUS_CMD_LOAD_SETPOINT_VALUE)
        ///
        /// - address: holding 201 (0x00C9), unit id 1, 1 register(s)
        /// - type: i16
        /// - access: read-write
        /// - unit: W
        /// - range: 0 ..= 30000
        /// - default: 0
        /// - since firmware: 2.3.1
        /// - also served as `energymanager.load_setpoint_value`, `energymanager_write.load_setpoint_value`
        ///
        /// `None` when the client was told an older firmware.
        pub load_setpoint_value: ::core::option::Option<i16>,
        /// Use case power to heat: negative values (grid feed-in) activate thermal storage, ASKOHEAT+ automatically switches to the correct level; positive values switch it off (MODBUS_CMD_LOAD_FEEDIN_VALUE)
        ///
        /// - address: holding 202 (0x00CA), unit id 1, 1 register(s)
        /// - type: i16
        /// - access: read-write
        /// - unit: W
        /// - range: -30000 ..= 30000
        /// - default: 0
        /// - since firmware: 4.2.1
        /// - also served as `energymanager.load_feedin_value`, `energymanager_write.load_feedin_value`
        ///
        /// `None` when the client was told an older firmware.
        pub load_feedin_value: ::core::option::Option<i16>,
    }
    /// Commands for service and support or during setup (write only).
    #[derive(Debug, Clone, PartialEq)]
    pub struct Service {}
    /// All values an energy manager needs, in one block.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Energymanager {
        /// Serial number (MODBUS_EMA_ID, same as MODBUS_PAR_ID)
        ///
        /// - address: input 300 (0x012C), unit id 1, 16 register(s)
        /// - type: string, length 32, bytes low_first
        /// - access: read-only
        /// - since firmware: 3.1.1
        /// - alias of `parameters.id`
        ///
        /// `None` when the client was told an older firmware.
        pub id: ::core::option::Option<mm::String>,
        /// Read status of ASKOHEAT+ (MODBUS_EMA_STATUS, same as MODBUS_VAL_STATUS)
        ///
        /// - address: input 316 (0x013C), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        /// - since firmware: 3.1.1
        /// - alias of `data_values.status`
        ///
        /// `None` when the client was told an older firmware.
        pub status: ::core::option::Option<EnergymanagerStatus>,
        /// Actual electrical heater load (MODBUS_EMA_HEATER_LOAD, same as MODBUS_VAL_HEATER_LOAD)
        ///
        /// - address: input 317 (0x013D), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        /// - unit: W
        /// - range: 0 ..= 30000
        /// - since firmware: 3.1.1
        /// - alias of `data_values.heater_load`
        ///
        /// `None` when the client was told an older firmware.
        pub heater_load: ::core::option::Option<u16>,
        /// Switch heaters on / off (MODBUS_EMA_SET_HEATER_STEP, same as MODBUS_CMD_SET_HEATER_STEP)
        ///
        /// - address: input 318 (0x013E), unit id 1, 1 register(s)
        /// - type: u8
        /// - access: read-only
        /// - range: 0 ..= 7
        /// - default: 0
        /// - since firmware: 3.1.1
        /// - alias of `command.set_heater_step`
        ///
        /// `None` when the client was told an older firmware.
        pub set_heater_step: ::core::option::Option<u8>,
        /// Load setpoint for automatic setting of the optimum power level (MODBUS_EMA_LOAD_SETPOINT_VALUE, same as MODBUS_CMD_LOAD_SETPOINT_VALUE)
        ///
        /// - address: input 319 (0x013F), unit id 1, 1 register(s)
        /// - type: i16
        /// - access: read-only
        /// - unit: W
        /// - range: 0 ..= 30000
        /// - default: 0
        /// - since firmware: 3.1.1
        /// - alias of `command.load_setpoint_value`
        ///
        /// `None` when the client was told an older firmware.
        pub load_setpoint_value: ::core::option::Option<i16>,
        /// Use case power to heat: negative values activate thermal storage (MODBUS_EMA_LOAD_FEEDIN_VALUE, same as MODBUS_CMD_LOAD_FEEDIN_VALUE)
        ///
        /// - address: input 320 (0x0140), unit id 1, 1 register(s)
        /// - type: i16
        /// - access: read-only
        /// - unit: W
        /// - range: -30000 ..= 30000
        /// - default: 0
        /// - since firmware: 4.2.1
        /// - alias of `command.load_feedin_value`
        ///
        /// `None` when the client was told an older firmware.
        pub load_feedin_value: ::core::option::Option<i16>,
        /// Emergency mode (MODBUS_EMA_EMERGENCY_MODE, same as MODBUS_IREG_EMG)
        ///
        /// - address: input 321 (0x0141), unit id 1, 1 register(s)
        /// - type: u8
        /// - access: read-only
        /// - default: 0
        /// - since firmware: 3.1.1
        /// - alias of `short_data.emg`
        ///
        /// `None` when the client was told an older firmware.
        pub emergency_mode: ::core::option::Option<EnergymanagerEmergencyMode>,
        /// Indicates the digital input signal heat pump request (MODBUS_EMA_HEAT_PUMP_REQUEST)
        ///
        /// - address: input 322 (0x0142), unit id 1, 1 register(s)
        /// - type: u8
        /// - access: read-only
        /// - since firmware: 3.1.1
        ///
        /// `None` when the client was told an older firmware.
        pub heat_pump_request: ::core::option::Option<EnergymanagerHeatPumpRequest>,
        /// Analog input 0-10 V (MODBUS_EMA_ANALOG_INPUT_FLOAT, same as MODBUS_EXT_ANALOG_INPUT_FLOAT)
        ///
        /// - address: input 323 (0x0143), unit id 1, 2 register(s)
        /// - type: f32, words high_first
        /// - access: read-only
        /// - unit: V
        /// - range: 0 ..= 10
        /// - since firmware: 3.1.1
        /// - alias of `extended_values.analog_input_float`
        ///
        /// `None` when the client was told an older firmware.
        pub analog_input_float: ::core::option::Option<f32>,
        /// Temperature of sensor 0, integrated in ASKOHEAT+ PT1000 (MODBUS_EMA_TEMPERATURE_FLOAT_SENSOR0, same as MODBUS_EXT_TEMPERATURE_FLOAT_SENSOR0)
        ///
        /// - address: input 325 (0x0145), unit id 1, 2 register(s)
        /// - type: f32, words high_first
        /// - access: read-only
        /// - unit: °C
        /// - since firmware: 3.1.1
        /// - alias of `extended_values.temperature_float_sensor0`
        ///
        /// `None` when the client was told an older firmware.
        pub temperature_float_sensor0: ::core::option::Option<f32>,
        /// Temperature of sensor 1, optional external PT1000 (MODBUS_EMA_TEMPERATURE_FLOAT_SENSOR1, same as MODBUS_EXT_TEMPERATURE_FLOAT_SENSOR1)
        ///
        /// - address: input 327 (0x0147), unit id 1, 2 register(s)
        /// - type: f32, words high_first
        /// - access: read-only
        /// - unit: °C
        /// - since firmware: 3.1.1
        /// - alias of `extended_values.temperature_float_sensor1`
        ///
        /// `None` when the client was told an older firmware.
        pub temperature_float_sensor1: ::core::option::Option<f32>,
        /// Temperature of sensor 2, optional external PT1000 (MODBUS_EMA_TEMPERATURE_FLOAT_SENSOR2, same as MODBUS_EXT_TEMPERATURE_FLOAT_SENSOR2)
        ///
        /// - address: input 329 (0x0149), unit id 1, 2 register(s)
        /// - type: f32, words high_first
        /// - access: read-only
        /// - unit: °C
        /// - since firmware: 3.1.1
        /// - alias of `extended_values.temperature_float_sensor2`
        ///
        /// `None` when the client was told an older firmware.
        pub temperature_float_sensor2: ::core::option::Option<f32>,
        /// Temperature of sensor 3, optional external PT1000 (MODBUS_EMA_TEMPERATURE_FLOAT_SENSOR3, same as MODBUS_EXT_TEMPERATURE_FLOAT_SENSOR3)
        ///
        /// - address: input 331 (0x014B), unit id 1, 2 register(s)
        /// - type: f32, words high_first
        /// - access: read-only
        /// - unit: °C
        /// - since firmware: 3.1.1
        /// - alias of `extended_values.temperature_float_sensor3`
        ///
        /// `None` when the client was told an older firmware.
        pub temperature_float_sensor3: ::core::option::Option<f32>,
        /// Temperature of sensor 4, optional external PT1000 (MODBUS_EMA_TEMPERATURE_FLOAT_SENSOR4, same as MODBUS_EXT_TEMPERATURE_FLOAT_SENSOR4)
        ///
        /// - address: input 333 (0x014D), unit id 1, 2 register(s)
        /// - type: f32, words high_first
        /// - access: read-only
        /// - unit: °C
        /// - since firmware: 3.1.1
        /// - alias of `extended_values.temperature_float_sensor4`
        ///
        /// `None` when the client was told an older firmware.
        pub temperature_float_sensor4: ::core::option::Option<f32>,
        /// Temperature of sensor 5, this sensor is not implemented yet (MODBUS_EMA_TEMPERATURE_FLOAT_SENSOR5)
        ///
        /// - address: input 335 (0x014F), unit id 1, 2 register(s)
        /// - type: f32, words high_first
        /// - access: read-only
        /// - unit: °C
        /// - since firmware: 3.1.1
        ///
        /// `None` when the client was told an older firmware.
        pub temperature_float_sensor5: ::core::option::Option<f32>,
    }
    /// The three writable registers of the Energymanager Block, served as holding registers too.
    #[derive(Debug, Clone, PartialEq)]
    pub struct EnergymanagerWrite {
        /// Switch heaters on / off (MODBUS_EMA_SET_HEATER_STEP, same as MODBUS_CMD_SET_HEATER_STEP)
        ///
        /// - address: holding 318 (0x013E), unit id 1, 1 register(s)
        /// - type: u8
        /// - access: read-write
        /// - range: 0 ..= 7
        /// - default: 0
        /// - since firmware: 3.1.1
        /// - alias of `command.set_heater_step`
        ///
        /// `None` when the client was told an older firmware.
        pub set_heater_step: ::core::option::Option<u8>,
        /// Load setpoint (MODBUS_EMA_LOAD_SETPOINT_VALUE, same as MODBUS_CMD_LOAD_SETPOINT_VALUE)
        ///
        /// - address: holding 319 (0x013F), unit id 1, 1 register(s)
        /// - type: i16
        /// - access: read-write
        /// - unit: W
        /// - range: 0 ..= 30000
        /// - default: 0
        /// - since firmware: 3.1.1
        /// - alias of `command.load_setpoint_value`
        ///
        /// `None` when the client was told an older firmware.
        pub load_setpoint_value: ::core::option::Option<i16>,
        /// Load feed-in value (MODBUS_EMA_LOAD_FEEDIN_VALUE, same as MODBUS_CMD_LOAD_FEEDIN_VALUE)
        ///
        /// - address: holding 320 (0x0140), unit id 1, 1 register(s)
        /// - type: i16
        /// - access: read-write
        /// - unit: W
        /// - range: -30000 ..= 30000
        /// - default: 0
        /// - since firmware: 4.2.1
        /// - alias of `command.load_feedin_value`
        ///
        /// `None` when the client was told an older firmware.
        pub load_feedin_value: ::core::option::Option<i16>,
    }
    /// Device configuration, serial number and versions, preset at the factory.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Parameters {
        /// Serial number (MODBUS_PAR_ID)
        ///
        /// - address: input 400 (0x0190), unit id 1, 16 register(s)
        /// - type: string, length 32, bytes low_first
        /// - access: read-only
        /// - since firmware: 2.2.1
        /// - also served as `energymanager.id`
        ///
        /// `None` when the client was told an older firmware.
        pub id: ::core::option::Option<mm::String>,
        /// Type of ASKOHEAT+ (MODBUS_PAR_TYPE; renamed because `type` is a Rust and Python keyword)
        ///
        /// - address: input 416 (0x01A0), unit id 1, 1 register(s)
        /// - type: u8
        /// - access: read-only
        /// - since firmware: 3.0.1
        ///
        /// `None` when the client was told an older firmware.
        pub device_type: ::core::option::Option<ParametersDeviceType>,
        /// Electrical power of heater 1 (MODBUS_PAR_HEATER1_POWER)
        ///
        /// - address: input 417 (0x01A1), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        /// - unit: W
        /// - range: 250 ..= 10000
        /// - since firmware: 2.3.1
        ///
        /// `None` when the client was told an older firmware.
        pub heater1_power: ::core::option::Option<u16>,
        /// Electrical power of heater 2 (MODBUS_PAR_HEATER2_POWER)
        ///
        /// - address: input 418 (0x01A2), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        /// - unit: W
        /// - range: 250 ..= 10000
        /// - since firmware: 2.3.1
        ///
        /// `None` when the client was told an older firmware.
        pub heater2_power: ::core::option::Option<u16>,
        /// Electrical power of heater 3 (MODBUS_PAR_HEATER3_POWER)
        ///
        /// - address: input 419 (0x01A3), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        /// - unit: W
        /// - range: 250 ..= 10000
        /// - since firmware: 2.3.1
        ///
        /// `None` when the client was told an older firmware.
        pub heater3_power: ::core::option::Option<u16>,
        /// Manufacturer article number (MODBUS_PAR_ARTICLE_NUMBER)
        ///
        /// - address: input 420 (0x01A4), unit id 1, 8 register(s)
        /// - type: string, length 16, bytes low_first
        /// - access: read-only
        /// - since firmware: 3.0.1
        ///
        /// `None` when the client was told an older firmware.
        pub article_number: ::core::option::Option<mm::String>,
        /// Article description (MODBUS_PAR_ARTICLE_NAME)
        ///
        /// - address: input 428 (0x01AC), unit id 1, 16 register(s)
        /// - type: string, length 32, bytes low_first
        /// - access: read-only
        /// - since firmware: 3.0.1
        ///
        /// `None` when the client was told an older firmware.
        pub article_name: ::core::option::Option<mm::String>,
        /// Software release number, e.g. 1.2.3 (MODBUS_PAR_SOFTWARE_VERSION)
        ///
        /// - address: input 444 (0x01BC), unit id 1, 3 register(s)
        /// - type: string, length 6, bytes low_first
        /// - access: read-only
        /// - since firmware: 2.2.1
        ///
        /// `None` when the client was told an older firmware.
        pub software_version: ::core::option::Option<mm::String>,
        /// Type and version of hardware (MODBUS_PAR_HARDWARE_VERSION)
        ///
        /// - address: input 447 (0x01BF), unit id 1, 3 register(s)
        /// - type: string, length 6, bytes low_first
        /// - access: read-only
        /// - since firmware: 3.0.1
        ///
        /// `None` when the client was told an older firmware.
        pub hardware_version: ::core::option::Option<mm::String>,
        /// Electrical power of heater 4 (not in the document; HA PAR_HEATER4_POWER)
        ///
        /// - address: input 450 (0x01C2), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        /// - unit: W
        pub heater4_power: u16,
        /// Electrical power of heater 5 (not in the document; HA PAR_HEATER5_POWER)
        ///
        /// - address: input 451 (0x01C3), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        /// - unit: W
        pub heater5_power: u16,
        /// Electrical power of heater 6 (not in the document; HA PAR_HEATER6_POWER)
        ///
        /// - address: input 452 (0x01C4), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        /// - unit: W
        pub heater6_power: u16,
        /// Number of heater steps (not in the document; HA PAR_NUMBER_OF_STEPS)
        ///
        /// - address: input 453 (0x01C5), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        pub number_of_steps: u16,
        /// Number of heaters (not in the document; HA PAR_NUMBER_OF_HEATER)
        ///
        /// - address: input 454 (0x01C6), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        pub number_of_heater: u16,
        /// Maximum power (not in the document; HA PAR_MAX_POWER)
        ///
        /// - address: input 455 (0x01C7), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        /// - unit: W
        pub max_power: u16,
    }
    /// Configuration area: legionella protection, use of inputs, pump run-on time, info string, Modbus RTU, analog-input thresholds and temperature limits.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Configuration {
        /// Switch-on inhibit of relays, factory setting 5 seconds (MODBUS_CON_RELAY_SEC_COUNT)
        ///
        /// - address: holding 500 (0x01F4), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-write
        /// - unit: s
        /// - range: 0 ..= 16
        /// - default: 5
        /// - since firmware: 2.2.1
        ///
        /// `None` when the client was told an older firmware.
        pub relay_sec_count: ::core::option::Option<u16>,
        /// Pump follow-up time after switching off any heater, factory setting 30 seconds (MODBUS_CON_PUMP_SEC_COUNT)
        ///
        /// - address: holding 501 (0x01F5), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-write
        /// - unit: s
        /// - range: 0 ..= 240
        /// - default: 30
        /// - since firmware: 2.2.1
        ///
        /// `None` when the client was told an older firmware.
        pub pump_sec_count: ::core::option::Option<u16>,
        /// Use of inputs (analog input 0-10 V, heat pump request, emergency mode, setpoint value or feed-in values) (MODBUS_CON_INPUT_SETTING)
        ///
        /// - address: holding 502 (0x01F6), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-write
        /// - since firmware: 2.2.1
        ///
        /// `None` when the client was told an older firmware.
        pub input_setting: ::core::option::Option<ConfigurationInputSetting>,
        /// Cost prevention and safety function: time until the heater switches off automatically (writable since 3.0.1) (MODBUS_CON_AUTO_HEATER_OFF_MINUTES)
        ///
        /// - address: holding 503 (0x01F7), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-write (safety-relevant: writes need the opt-in)
        /// - unit: min
        /// - range: 2 ..= 10080
        /// - default: 1440
        /// - since firmware: 2.2.1
        ///
        /// `None` when the client was told an older firmware.
        pub auto_heater_off_minutes: ::core::option::Option<u16>,
        /// Setting of the auto-off function for cost prevention and safety (writable since 3.0.1) (MODBUS_CON_AUTO_HEATER_OFF_SETTING)
        ///
        /// - address: holding 504 (0x01F8), unit id 1, 1 register(s)
        /// - type: u8
        /// - access: read-write (safety-relevant: writes need the opt-in)
        /// - since firmware: 2.2.1
        ///
        /// `None` when the client was told an older firmware.
        pub auto_heater_off_setting: ::core::option::Option<
            ConfigurationAutoHeaterOffSetting,
        >,
        /// Prioritization for cascade control, version tbd (MODBUS_CON_CASCADE_PRIO)
        ///
        /// - address: holding 505 (0x01F9), unit id 1, 1 register(s)
        /// - type: u8
        /// - access: read-write
        /// - range: 0 ..= 255
        pub cascade_prio: u8,
        /// Type of heat buffer in which ASKOHEAT+ is installed, version tbd (MODBUS_CON_HEATBUFFER_TYPE)
        ///
        /// - address: holding 506 (0x01FA), unit id 1, 1 register(s)
        /// - type: u8
        /// - access: read-write
        pub heatbuffer_type: ConfigurationHeatbufferType,
        /// Heat storage volume, version tbd (MODBUS_CON_HEATBUFFER_VOLUME)
        ///
        /// - address: holding 507 (0x01FB), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-write
        /// - unit: L
        /// - range: 0 ..= 1000
        pub heatbuffer_volume: u16,
        /// Installation position of ASKOHEAT+ (ASKOWALL, middle or bottom of boiler) (MODBUS_CON_HEATER_POSITION)
        ///
        /// - address: holding 508 (0x01FC), unit id 1, 1 register(s)
        /// - type: u8
        /// - access: read-write
        /// - since firmware: 4.1.1
        ///
        /// `None` when the client was told an older firmware.
        pub heater_position: ::core::option::Option<ConfigurationHeaterPosition>,
        /// Setting of legionella protection (MODBUS_CON_LEGIO_SETTING)
        ///
        /// - address: holding 509 (0x01FD), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-write
        /// - since firmware: 3.0.1
        ///
        /// `None` when the client was told an older firmware.
        pub legio_setting: ::core::option::Option<ConfigurationLegioSetting>,
        /// Heat-up temperature for legionella protection (MODBUS_CON_LEGIO_TEMPERATURE)
        ///
        /// - address: holding 510 (0x01FE), unit id 1, 1 register(s)
        /// - type: u8
        /// - access: read-write
        /// - unit: °C
        /// - range: 50 ..= 65
        /// - since firmware: 3.0.1
        ///
        /// `None` when the client was told an older firmware.
        pub legio_temperature: ::core::option::Option<u8>,
        /// Heat-up time for legionella protection, default 240 (MODBUS_CON_LEGIO_HEATUP_MINUTES)
        ///
        /// - address: holding 511 (0x01FF), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-write
        /// - unit: min
        /// - range: 0 ..= 1440
        /// - default: 240
        /// - since firmware: 4.1.0
        ///
        /// `None` when the client was told an older firmware.
        pub legio_heatup_minutes: ::core::option::Option<u16>,
        /// Preferred start time for legionella protection, if necessary if PV energy is available, e.g. "12:00 AM" (MODBUS_CON_LEGIO_ACTIV_TIME)
        ///
        /// - address: holding 512 (0x0200), unit id 1, 4 register(s)
        /// - type: string, length 8, bytes low_first
        /// - access: read-write
        /// - since firmware: 4.1.7
        ///
        /// `None` when the client was told an older firmware.
        pub legio_activ_time: ::core::option::Option<mm::String>,
        /// Typical water hardness, e.g. "32 °fH", "hart", "14 °dH", version tbd (MODBUS_CON_WATER_HARDNESS)
        ///
        /// - address: holding 516 (0x0204), unit id 1, 4 register(s)
        /// - type: string, length 8, bytes low_first
        /// - access: read-write
        pub water_hardness: mm::String,
        /// Kind of building, version tbd (MODBUS_CON_HOUSETYPE)
        ///
        /// - address: holding 520 (0x0208), unit id 1, 1 register(s)
        /// - type: u8
        /// - access: read-write
        pub housetype: ConfigurationHousetype,
        /// Number of household members, version tbd (MODBUS_CON_HOUSEHOLD_MEMBERS)
        ///
        /// - address: holding 521 (0x0209), unit id 1, 1 register(s)
        /// - type: u8
        /// - access: read-write
        /// - range: 1 ..= 255
        pub household_members: u8,
        /// Free usable info string (MODBUS_CON_INFOSTRING)
        ///
        /// - address: holding 522 (0x020A), unit id 1, 16 register(s)
        /// - type: string, length 32, bytes low_first
        /// - access: read-write
        /// - since firmware: 2.3.1
        ///
        /// `None` when the client was told an older firmware.
        pub infostring: ::core::option::Option<mm::String>,
        /// Flags used for future advanced functions, version tbd (MODBUS_CON_ADVANCED_SETTING)
        ///
        /// - address: holding 538 (0x021A), unit id 1, 1 register(s)
        /// - type: u8
        /// - access: read-write
        pub advanced_setting: u8,
        /// Switch-on delay time in load feed-in mode (MODBUS_CON_LOAD_FEEDIN_DELAY)
        ///
        /// - address: holding 539 (0x021B), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-write
        /// - unit: s
        /// - range: 0 ..= 120
        /// - since firmware: 4.2.1
        ///
        /// `None` when the client was told an older firmware.
        pub load_feedin_delay: ::core::option::Option<u16>,
        /// Bias level = basic energy level in feed-in mode (MODBUS_CON_LOAD_FEEDIN_BIAS; the document says 540)
        ///
        /// - address: holding 540 (0x021C), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-write
        /// - unit: W
        /// - range: 0 ..= 10000
        /// - since firmware: 4.2.1
        ///
        /// `None` when the client was told an older firmware.
        pub load_feedin_bias: ::core::option::Option<u16>,
        /// Time zone for the real-time clock (MODBUS_CON_TIMEZONE_BIAS; the document says 540, corrected to 541)
        ///
        /// - address: holding 541 (0x021D), unit id 1, 1 register(s)
        /// - type: i16
        /// - access: read-write
        /// - unit: h
        /// - range: -12 ..= 12
        /// - since firmware: 4.1.0
        ///
        /// `None` when the client was told an older firmware.
        pub timezone_bias: ::core::option::Option<i16>,
        /// Summer time, 1 hour offset (MODBUS_CON_SUMMERTIME_BIAS; the document says 540, corrected to 542)
        ///
        /// - address: holding 542 (0x021E), unit id 1, 1 register(s)
        /// - type: i16
        /// - access: read-write
        /// - range: 0 ..= 1
        /// - since firmware: 4.1.0
        ///
        /// `None` when the client was told an older firmware.
        pub summertime_bias: ::core::option::Option<i16>,
        /// Reserved for future features, version tbd (MODBUS_CON_RESERVED)
        ///
        /// - address: holding 543 (0x021F), unit id 1, 3 register(s)
        /// - type: raw, length 3
        /// - access: read-write
        pub reserved: mm::Vec<u16>,
        /// Modbus RTU baud rate as text string, default 19200 (MODBUS_CON_RTU_BAUDRATE)
        ///
        /// - address: holding 546 (0x0222), unit id 1, 3 register(s)
        /// - type: string, length 6, bytes low_first
        /// - access: read-write
        /// - default: "19200"
        /// - since firmware: 4.0.2
        ///
        /// `None` when the client was told an older firmware.
        pub rtu_baudrate: ::core::option::Option<mm::String>,
        /// Modbus RTU settings (MODBUS_CON_RTU_SETTING)
        ///
        /// - address: holding 549 (0x0225), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-write
        /// - since firmware: 4.0.2
        ///
        /// `None` when the client was told an older firmware.
        pub rtu_setting: ::core::option::Option<ConfigurationRtuSetting>,
        /// Modbus RTU slave ID of ASKOHEAT+ or slave ID of the connected energy meter, default 99 (MODBUS_CON_RTU_SLAVE_ID)
        ///
        /// - address: holding 550 (0x0226), unit id 1, 1 register(s)
        /// - type: u8
        /// - access: read-write
        /// - range: 0 ..= 240
        /// - default: 99
        /// - since firmware: 4.0.2
        ///
        /// `None` when the client was told an older firmware.
        pub rtu_slave_id: ::core::option::Option<u8>,
        /// Modbus RTU type of the connected energy meter (MODBUS_CON_RTU_ENERGY_METER_TYPE)
        ///
        /// - address: holding 551 (0x0227), unit id 1, 1 register(s)
        /// - type: u8
        /// - access: read-write
        /// - since firmware: 4.0.2
        ///
        /// `None` when the client was told an older firmware.
        pub rtu_energy_meter_type: ::core::option::Option<u8>,
        /// Low tariff start time hour (MODBUS_CON_LOW_TARIFF_START_TIME_HOUR)
        ///
        /// - address: holding 552 (0x0228), unit id 1, 1 register(s)
        /// - type: u8
        /// - access: read-write
        /// - unit: h
        /// - range: 0 ..= 23
        /// - since firmware: 4.1.0
        ///
        /// `None` when the client was told an older firmware.
        pub low_tariff_start_time_hour: ::core::option::Option<u8>,
        /// Low tariff start time minute (MODBUS_CON_LOW_TARIFF_START_TIME_MINUTE)
        ///
        /// - address: holding 553 (0x0229), unit id 1, 1 register(s)
        /// - type: u8
        /// - access: read-write
        /// - unit: min
        /// - range: 0 ..= 59
        /// - since firmware: 4.1.0
        ///
        /// `None` when the client was told an older firmware.
        pub low_tariff_start_time_minute: ::core::option::Option<u8>,
        /// Low tariff end time hour (MODBUS_CON_LOW_TARIFF_END_TIME_HOUR)
        ///
        /// - address: holding 554 (0x022A), unit id 1, 1 register(s)
        /// - type: u8
        /// - access: read-write
        /// - unit: h
        /// - range: 0 ..= 23
        /// - since firmware: 4.1.0
        ///
        /// `None` when the client was told an older firmware.
        pub low_tariff_end_time_hour: ::core::option::Option<u8>,
        /// Low tariff end time minute (MODBUS_CON_LOW_TARIFF_END_TIME_MINUTE)
        ///
        /// - address: holding 555 (0x022B), unit id 1, 1 register(s)
        /// - type: u8
        /// - access: read-write
        /// - unit: min
        /// - range: 0 ..= 59
        /// - since firmware: 4.1.0
        ///
        /// `None` when the client was told an older firmware.
        pub low_tariff_end_time_minute: ::core::option::Option<u8>,
        /// Hysteresis voltage: after the threshold value has been reached, it must be undercut by at least the hysteresis value (MODBUS_CON_ANALOG_IN_HYSTERESIS)
        ///
        /// - address: holding 556 (0x022C), unit id 1, 2 register(s)
        /// - type: f32, words high_first
        /// - access: read-write
        /// - unit: V
        /// - range: 0 ..= 10
        /// - since firmware: 4.1.0
        ///
        /// `None` when the client was told an older firmware.
        pub analog_in_hysteresis: ::core::option::Option<f32>,
        /// Threshold 0 voltage (this value must be reached to activate the heater step value, until the temperature is reached) (MODBUS_CON_ANALOG_IN_0_THRESHOLD)
        ///
        /// - address: holding 558 (0x022E), unit id 1, 2 register(s)
        /// - type: f32, words high_first
        /// - access: read-write
        /// - unit: V
        /// - range: 0 ..= 10
        /// - since firmware: 4.1.0
        ///
        /// `None` when the client was told an older firmware.
        pub analog_in_0_threshold: ::core::option::Option<f32>,
        /// Threshold 0 heater step, if the threshold value is reached (MODBUS_CON_ANALOG_IN_0_THRESHOLD_STEP)
        ///
        /// - address: holding 560 (0x0230), unit id 1, 1 register(s)
        /// - type: u8
        /// - access: read-write
        /// - range: 0 ..= 7
        /// - since firmware: 4.1.0
        ///
        /// `None` when the client was told an older firmware.
        pub analog_in_0_threshold_step: ::core::option::Option<u8>,
        /// Threshold 0 temperature limit, used if temperature control is activated (MODBUS_CON_ANALOG_IN_0_THRESHOLD_TEMP)
        ///
        /// - address: holding 561 (0x0231), unit id 1, 1 register(s)
        /// - type: u8
        /// - access: read-write
        /// - unit: °C
        /// - range: 0 ..= 95
        /// - since firmware: 4.1.0
        ///
        /// `None` when the client was told an older firmware.
        pub analog_in_0_threshold_temp: ::core::option::Option<u8>,
        /// Threshold 1 voltage (MODBUS_CON_ANALOG_IN_1_THRESHOLD)
        ///
        /// - address: holding 562 (0x0232), unit id 1, 2 register(s)
        /// - type: f32, words high_first
        /// - access: read-write
        /// - unit: V
        /// - range: 0 ..= 10
        /// - since firmware: 4.1.0
        ///
        /// `None` when the client was told an older firmware.
        pub analog_in_1_threshold: ::core::option::Option<f32>,
        /// Threshold 1 heater step, if the threshold value is reached (MODBUS_CON_ANALOG_IN_1_THRESHOLD_STEP)
        ///
        /// - address: holding 564 (0x0234), unit id 1, 1 register(s)
        /// - type: u8
        /// - access: read-write
        /// - range: 0 ..= 7
        /// - since firmware: 4.1.0
        ///
        /// `None` when the client was told an older firmware.
        pub analog_in_1_threshold_step: ::core::option::Option<u8>,
        /// Threshold 1 temperature limit, used if temperature control is activated (MODBUS_CON_ANALOG_IN_1_THRESHOLD_TEMP)
        ///
        /// - address: holding 565 (0x0235), unit id 1, 1 register(s)
        /// - type: u8
        /// - access: read-write
        /// - unit: °C
        /// - range: 0 ..= 95
        /// - since firmware: 4.1.0
        ///
        /// `None` when the client was told an older firmware.
        pub analog_in_1_threshold_temp: ::core::option::Option<u8>,
        /// Threshold 2 voltage (MODBUS_CON_ANALOG_IN_2_THRESHOLD)
        ///
        /// - address: holding 566 (0x0236), unit id 1, 2 register(s)
        /// - type: f32, words high_first
        /// - access: read-write
        /// - unit: V
        /// - range: 0 ..= 10
        /// - since firmware: 4.1.0
        ///
        /// `None` when the client was told an older firmware.
        pub analog_in_2_threshold: ::core::option::Option<f32>,
        /// Threshold 2 heater step, if the threshold value is reached (MODBUS_CON_ANALOG_IN_2_THRESHOLD_STEP)
        ///
        /// - address: holding 568 (0x0238), unit id 1, 1 register(s)
        /// - type: u8
        /// - access: read-write
        /// - range: 0 ..= 7
        /// - since firmware: 4.1.0
        ///
        /// `None` when the client was told an older firmware.
        pub analog_in_2_threshold_step: ::core::option::Option<u8>,
        /// Threshold 2 temperature limit, used if temperature control is activated (MODBUS_CON_ANALOG_IN_2_THRESHOLD_TEMP)
        ///
        /// - address: holding 569 (0x0239), unit id 1, 1 register(s)
        /// - type: u8
        /// - access: read-write
        /// - unit: °C
        /// - range: 0 ..= 95
        /// - since firmware: 4.1.0
        ///
        /// `None` when the client was told an older firmware.
        pub analog_in_2_threshold_temp: ::core::option::Option<u8>,
        /// Threshold 3 voltage (MODBUS_CON_ANALOG_IN_3_THRESHOLD)
        ///
        /// - address: holding 570 (0x023A), unit id 1, 2 register(s)
        /// - type: f32, words high_first
        /// - access: read-write
        /// - unit: V
        /// - range: 0 ..= 10
        /// - since firmware: 4.1.0
        ///
        /// `None` when the client was told an older firmware.
        pub analog_in_3_threshold: ::core::option::Option<f32>,
        /// Threshold 3 heater step, if the threshold value is reached (MODBUS_CON_ANALOG_IN_3_THRESHOLD_STEP)
        ///
        /// - address: holding 572 (0x023C), unit id 1, 1 register(s)
        /// - type: u8
        /// - access: read-write
        /// - range: 0 ..= 7
        /// - since firmware: 4.1.0
        ///
        /// `None` when the client was told an older firmware.
        pub analog_in_3_threshold_step: ::core::option::Option<u8>,
        /// Threshold 3 temperature limit, used if temperature control is activated (MODBUS_CON_ANALOG_IN_3_THRESHOLD_TEMP)
        ///
        /// - address: holding 573 (0x023D), unit id 1, 1 register(s)
        /// - type: u8
        /// - access: read-write
        /// - unit: °C
        /// - range: 0 ..= 95
        /// - since firmware: 4.1.0
        ///
        /// `None` when the client was told an older firmware.
        pub analog_in_3_threshold_temp: ::core::option::Option<u8>,
        /// Threshold 4 voltage (MODBUS_CON_ANALOG_IN_4_THRESHOLD)
        ///
        /// - address: holding 574 (0x023E), unit id 1, 2 register(s)
        /// - type: f32, words high_first
        /// - access: read-write
        /// - unit: V
        /// - range: 0 ..= 10
        /// - since firmware: 4.1.0
        ///
        /// `None` when the client was told an older firmware.
        pub analog_in_4_threshold: ::core::option::Option<f32>,
        /// Threshold 4 heater step, if the threshold value is reached (MODBUS_CON_ANALOG_IN_4_THRESHOLD_STEP)
        ///
        /// - address: holding 576 (0x0240), unit id 1, 1 register(s)
        /// - type: u8
        /// - access: read-write
        /// - range: 0 ..= 7
        /// - since firmware: 4.1.0
        ///
        /// `None` when the client was told an older firmware.
        pub analog_in_4_threshold_step: ::core::option::Option<u8>,
        /// Threshold 4 temperature limit, used if temperature control is activated (MODBUS_CON_ANALOG_IN_4_THRESHOLD_TEMP)
        ///
        /// - address: holding 577 (0x0241), unit id 1, 1 register(s)
        /// - type: u8
        /// - access: read-write
        /// - unit: °C
        /// - range: 0 ..= 95
        /// - since firmware: 4.1.0
        ///
        /// `None` when the client was told an older firmware.
        pub analog_in_4_threshold_temp: ::core::option::Option<u8>,
        /// Threshold 5 voltage (MODBUS_CON_ANALOG_IN_5_THRESHOLD)
        ///
        /// - address: holding 578 (0x0242), unit id 1, 2 register(s)
        /// - type: f32, words high_first
        /// - access: read-write
        /// - unit: V
        /// - range: 0 ..= 10
        /// - since firmware: 4.1.0
        ///
        /// `None` when the client was told an older firmware.
        pub analog_in_5_threshold: ::core::option::Option<f32>,
        /// Threshold 5 heater step, if the threshold value is reached (MODBUS_CON_ANALOG_IN_5_THRESHOLD_STEP)
        ///
        /// - address: holding 580 (0x0244), unit id 1, 1 register(s)
        /// - type: u8
        /// - access: read-write
        /// - range: 0 ..= 7
        /// - since firmware: 4.1.0
        ///
        /// `None` when the client was told an older firmware.
        pub analog_in_5_threshold_step: ::core::option::Option<u8>,
        /// Threshold 5 temperature limit, used if temperature control is activated (MODBUS_CON_ANALOG_IN_5_THRESHOLD_TEMP)
        ///
        /// - address: holding 581 (0x0245), unit id 1, 1 register(s)
        /// - type: u8
        /// - access: read-write
        /// - unit: °C
        /// - range: 0 ..= 95
        /// - since firmware: 4.1.0
        ///
        /// `None` when the client was told an older firmware.
        pub analog_in_5_threshold_temp: ::core::option::Option<u8>,
        /// Threshold 6 voltage (MODBUS_CON_ANALOG_IN_6_THRESHOLD)
        ///
        /// - address: holding 582 (0x0246), unit id 1, 2 register(s)
        /// - type: f32, words high_first
        /// - access: read-write
        /// - unit: V
        /// - range: 0 ..= 10
        /// - since firmware: 4.1.0
        ///
        /// `None` when the client was told an older firmware.
        pub analog_in_6_threshold: ::core::option::Option<f32>,
        /// Threshold 6 heater step, if the threshold value is reached (MODBUS_CON_ANALOG_IN_6_THRESHOLD_STEP)
        ///
        /// - address: holding 584 (0x0248), unit id 1, 1 register(s)
        /// - type: u8
        /// - access: read-write
        /// - range: 0 ..= 7
        /// - since firmware: 4.1.0
        ///
        /// `None` when the client was told an older firmware.
        pub analog_in_6_threshold_step: ::core::option::Option<u8>,
        /// Threshold 6 temperature limit, used if temperature control is activated (MODBUS_CON_ANALOG_IN_6_THRESHOLD_TEMP)
        ///
        /// - address: holding 585 (0x0249), unit id 1, 1 register(s)
        /// - type: u8
        /// - access: read-write
        /// - unit: °C
        /// - range: 0 ..= 95
        /// - since firmware: 4.1.0
        ///
        /// `None` when the client was told an older firmware.
        pub analog_in_6_threshold_temp: ::core::option::Option<u8>,
        /// Threshold 7 voltage (MODBUS_CON_ANALOG_IN_7_THRESHOLD)
        ///
        /// - address: holding 586 (0x024A), unit id 1, 2 register(s)
        /// - type: f32, words high_first
        /// - access: read-write
        /// - unit: V
        /// - range: 0 ..= 10
        /// - since firmware: 4.1.0
        ///
        /// `None` when the client was told an older firmware.
        pub analog_in_7_threshold: ::core::option::Option<f32>,
        /// Threshold 7 heater step, if the threshold value is reached (MODBUS_CON_ANALOG_IN_7_THRESHOLD_STEP)
        ///
        /// - address: holding 588 (0x024C), unit id 1, 1 register(s)
        /// - type: u8
        /// - access: read-write
        /// - range: 0 ..= 7
        /// - since firmware: 4.1.0
        ///
        /// `None` when the client was told an older firmware.
        pub analog_in_7_threshold_step: ::core::option::Option<u8>,
        /// Threshold 7 temperature limit, used if temperature control is activated (MODBUS_CON_ANALOG_IN_7_THRESHOLD_TEMP)
        ///
        /// - address: holding 589 (0x024D), unit id 1, 1 register(s)
        /// - type: u8
        /// - access: read-write
        /// - unit: °C
        /// - range: 0 ..= 95
        /// - since firmware: 4.1.0
        ///
        /// `None` when the client was told an older firmware.
        pub analog_in_7_threshold_temp: ::core::option::Option<u8>,
        /// Heater step if the digital input (heat pump request) is open (MODBUS_CON_HEAT_PUMP_REQUEST_OFF_STEP)
        ///
        /// - address: holding 590 (0x024E), unit id 1, 1 register(s)
        /// - type: u8
        /// - access: read-write
        /// - range: 0 ..= 7
        /// - since firmware: 4.1.0
        ///
        /// `None` when the client was told an older firmware.
        pub heat_pump_request_off_step: ::core::option::Option<u8>,
        /// Heater step if the digital input (heat pump request) is closed (MODBUS_CON_HEAT_PUMP_REQUEST_ON_STEP)
        ///
        /// - address: holding 591 (0x024F), unit id 1, 1 register(s)
        /// - type: u8
        /// - access: read-write
        /// - range: 0 ..= 7
        /// - since firmware: 4.1.0
        ///
        /// `None` when the client was told an older firmware.
        pub heat_pump_request_on_step: ::core::option::Option<u8>,
        /// Heater step if emergency mode is active (MODBUS_CON_EMERGENCY_MODE_ON_STEP)
        ///
        /// - address: holding 592 (0x0250), unit id 1, 1 register(s)
        /// - type: u8
        /// - access: read-write
        /// - range: 0 ..= 7
        /// - since firmware: 4.1.0
        ///
        /// `None` when the client was told an older firmware.
        pub emergency_mode_on_step: ::core::option::Option<u8>,
        /// Temperature hysteresis, if temperature control is activated (MODBUS_CON_TEMPERATURE_HYSTERESIS)
        ///
        /// - address: holding 593 (0x0251), unit id 1, 1 register(s)
        /// - type: u8
        /// - access: read-write
        /// - unit: °C
        /// - range: 0 ..= 95
        /// - since firmware: 4.1.0
        ///
        /// `None` when the client was told an older firmware.
        pub temperature_hysteresis: ::core::option::Option<u8>,
        /// Selection of temperature sensors for temperature monitoring (MODBUS_CON_TEMPERATURE_SETTING)
        ///
        /// - address: holding 594 (0x0252), unit id 1, 1 register(s)
        /// - type: u8
        /// - access: read-write
        /// - since firmware: 4.1.0
        ///
        /// `None` when the client was told an older firmware.
        pub temperature_setting: ::core::option::Option<ConfigurationTemperatureSetting>,
        /// Temperature limit used to hold minimal temperature (MODBUS_CON_TEMPERATURE_MINIMUM)
        ///
        /// - address: holding 595 (0x0253), unit id 1, 1 register(s)
        /// - type: u8
        /// - access: read-write
        /// - unit: °C
        /// - range: 0 ..= 95
        /// - since firmware: 4.1.0
        ///
        /// `None` when the client was told an older firmware.
        pub temperature_minimum: ::core::option::Option<u8>,
        /// Temperature limit if controlled by Set Heater Step (MODBUS_CON_TEMPERATURE_SET_HEATER_STEP)
        ///
        /// - address: holding 596 (0x0254), unit id 1, 1 register(s)
        /// - type: u8
        /// - access: read-write
        /// - unit: °C
        /// - range: 0 ..= 95
        /// - since firmware: 4.1.0
        ///
        /// `None` when the client was told an older firmware.
        pub temperature_set_heater_step: ::core::option::Option<u8>,
        /// Temperature limit if controlled by Load Setpoint or Load Feedin respectively SMA SEMP or SENEC.Home (MODBUS_CON_TEMPERATURE_LOAD_SETPOINT)
        ///
        /// - address: holding 597 (0x0255), unit id 1, 1 register(s)
        /// - type: u8
        /// - access: read-write
        /// - unit: °C
        /// - range: 0 ..= 95
        /// - since firmware: 4.1.0
        ///
        /// `None` when the client was told an older firmware.
        pub temperature_load_setpoint: ::core::option::Option<u8>,
        /// Temperature limit if low tariff mode is active (MODBUS_CON_TEMPERATURE_LOW_TARIFF)
        ///
        /// - address: holding 598 (0x0256), unit id 1, 1 register(s)
        /// - type: u8
        /// - access: read-write
        /// - unit: °C
        /// - range: 0 ..= 95
        /// - since firmware: 4.1.0
        ///
        /// `None` when the client was told an older firmware.
        pub temperature_low_tariff: ::core::option::Option<u8>,
        /// Temperature limit if controlled by Heat Pump Request (digital input) or Emergency Mode (MODBUS_CON_TEMPERATURE_HEAT_PUMP_REQUEST)
        ///
        /// - address: holding 599 (0x0257), unit id 1, 1 register(s)
        /// - type: u8
        /// - access: read-write
        /// - unit: °C
        /// - range: 0 ..= 95
        /// - since firmware: 4.1.0
        ///
        /// `None` when the client was told an older firmware.
        pub temperature_heat_pump_request: ::core::option::Option<u8>,
    }
    /// Operating times, current measured values, status flags and internal counters.
    #[derive(Debug, Clone, PartialEq)]
    pub struct DataValues {
        /// Operation hour counter of ASKOHEAT+, dd:hh:mm in the document (MODBUS_VAL_OPERATING_TIME)
        ///
        /// - address: input 600 (0x0258), unit id 1, 2 register(s)
        /// - type: u32, words high_first
        /// - access: read-only
        /// - unit: min
        /// - since firmware: 2.2.1
        ///
        /// `None` when the client was told an older firmware.
        pub operating_time: ::core::option::Option<u32>,
        /// Operation hour counter of heater 1 (MODBUS_VAL_OPERATING_HEATER1)
        ///
        /// - address: input 602 (0x025A), unit id 1, 2 register(s)
        /// - type: u32, words high_first
        /// - access: read-only
        /// - unit: min
        /// - since firmware: 2.2.1
        ///
        /// `None` when the client was told an older firmware.
        pub operating_heater1: ::core::option::Option<u32>,
        /// Operation hour counter of heater 2 (MODBUS_VAL_OPERATING_HEATER2)
        ///
        /// - address: input 604 (0x025C), unit id 1, 2 register(s)
        /// - type: u32, words high_first
        /// - access: read-only
        /// - unit: min
        /// - since firmware: 2.2.1
        ///
        /// `None` when the client was told an older firmware.
        pub operating_heater2: ::core::option::Option<u32>,
        /// Operation hour counter of heater 3 (MODBUS_VAL_OPERATING_HEATER3)
        ///
        /// - address: input 606 (0x025E), unit id 1, 2 register(s)
        /// - type: u32, words high_first
        /// - access: read-only
        /// - unit: min
        /// - since firmware: 2.2.1
        ///
        /// `None` when the client was told an older firmware.
        pub operating_heater3: ::core::option::Option<u32>,
        /// Operation hour counter of pump (MODBUS_VAL_OPERATING_PUMP)
        ///
        /// - address: input 608 (0x0260), unit id 1, 2 register(s)
        /// - type: u32, words high_first
        /// - access: read-only
        /// - unit: min
        /// - since firmware: 2.2.1
        ///
        /// `None` when the client was told an older firmware.
        pub operating_pump: ::core::option::Option<u32>,
        /// Operation hour counter of valve, not implemented yet (MODBUS_VAL_OPERATING_VALVE)
        ///
        /// - address: input 610 (0x0262), unit id 1, 2 register(s)
        /// - type: u32, words high_first
        /// - access: read-only
        /// - unit: min
        /// - since firmware: 2.2.1
        ///
        /// `None` when the client was told an older firmware.
        pub operating_valve: ::core::option::Option<u32>,
        /// Number of heater 1 relay (1) on switchings (MODBUS_VAL_RELAY1_COUNT)
        ///
        /// - address: input 612 (0x0264), unit id 1, 2 register(s)
        /// - type: u32, words high_first
        /// - access: read-only
        /// - since firmware: 2.2.1
        ///
        /// `None` when the client was told an older firmware.
        pub relay1_count: ::core::option::Option<u32>,
        /// Number of heater 2 relay (2) on switchings (MODBUS_VAL_RELAY2_COUNT)
        ///
        /// - address: input 614 (0x0266), unit id 1, 2 register(s)
        /// - type: u32, words high_first
        /// - access: read-only
        /// - since firmware: 2.2.1
        ///
        /// `None` when the client was told an older firmware.
        pub relay2_count: ::core::option::Option<u32>,
        /// Number of heater 3 relay (3) on switchings (MODBUS_VAL_RELAY3_COUNT)
        ///
        /// - address: input 616 (0x0268), unit id 1, 2 register(s)
        /// - type: u32, words high_first
        /// - access: read-only
        /// - since firmware: 2.2.1
        ///
        /// `None` when the client was told an older firmware.
        pub relay3_count: ::core::option::Option<u32>,
        /// Number of pump relay (4) on switchings (MODBUS_VAL_RELAY4_COUNT)
        ///
        /// - address: input 618 (0x026A), unit id 1, 2 register(s)
        /// - type: u32, words high_first
        /// - access: read-only
        /// - since firmware: 2.2.1
        ///
        /// `None` when the client was told an older firmware.
        pub relay4_count: ::core::option::Option<u32>,
        /// Number of valve relay (5) on switchings (MODBUS_VAL_RELAY5_COUNT)
        ///
        /// - address: input 620 (0x026C), unit id 1, 2 register(s)
        /// - type: u32, words high_first
        /// - access: read-only
        /// - since firmware: 2.2.1
        ///
        /// `None` when the client was told an older firmware.
        pub relay5_count: ::core::option::Option<u32>,
        /// Debug information only: if > 0, the heater relays' switch-on protection (count down) is active (MODBUS_VAL_RELAY_COUNTDOWN)
        ///
        /// - address: input 622 (0x026E), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        /// - since firmware: 2.2.1
        ///
        /// `None` when the client was told an older firmware.
        pub relay_countdown: ::core::option::Option<u16>,
        /// Debug information only: if > 0, the pump relay follow-up time (count down) is active (MODBUS_VAL_PUMP_COUNTDOWN)
        ///
        /// - address: input 623 (0x026F), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        /// - since firmware: 2.2.1
        ///
        /// `None` when the client was told an older firmware.
        pub pump_countdown: ::core::option::Option<u16>,
        /// Read status of ASKOHEAT+; to switch heaters on or off use register 200 (MODBUS_VAL_STATUS)
        ///
        /// - address: input 624 (0x0270), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        /// - since firmware: 2.2.1
        /// - also served as `energymanager.status`, `extended_values.status`, `short_data.status`
        ///
        /// `None` when the client was told an older firmware.
        pub status: ::core::option::Option<DataValuesStatus>,
        /// Actual electrical heater load, 250-30000 W while heating (MODBUS_VAL_HEATER_LOAD)
        ///
        /// - address: input 625 (0x0271), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        /// - unit: W
        /// - range: 0 ..= 30000
        /// - since firmware: 2.3.1
        /// - also served as `energymanager.heater_load`
        ///
        /// `None` when the client was told an older firmware.
        pub heater_load: ::core::option::Option<u16>,
        /// Flags of the control input currently in effect (MODBUS_VAL_ACTUAL_CONTROL_INPUT; the document's description repeats 'status of legionella protection')
        ///
        /// - address: input 626 (0x0272), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        /// - since firmware: 4.1.0
        ///
        /// `None` when the client was told an older firmware.
        pub actual_control_input: ::core::option::Option<u16>,
        /// Status of legionella protection (MODBUS_VAL_LEGIO_STATUS)
        ///
        /// - address: input 627 (0x0273), unit id 1, 1 register(s)
        /// - type: u8
        /// - access: read-only
        /// - since firmware: 3.0.1
        ///
        /// `None` when the client was told an older firmware.
        pub legio_status: ::core::option::Option<DataValuesLegioStatus>,
        /// Minute counter since the last active legionella protection activation (MODBUS_VAL_LEGIO_OPERATING)
        ///
        /// - address: input 628 (0x0274), unit id 1, 2 register(s)
        /// - type: u32, words high_first
        /// - access: read-only
        /// - unit: min
        /// - since firmware: 3.0.1
        ///
        /// `None` when the client was told an older firmware.
        pub legio_operating: ::core::option::Option<u32>,
        /// Countdown timer if legionella protection is active (seconds plateau time) (MODBUS_VAL_LEGIO_COUNTDOWN)
        ///
        /// - address: input 630 (0x0276), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        /// - unit: s
        /// - since firmware: 3.0.1
        ///
        /// `None` when the client was told an older firmware.
        pub legio_countdown: ::core::option::Option<u16>,
        /// Error status flags; temperature sensor fails can be cleared by using MODBUS_CMD_CLEAR_TEMP_SENSOR_ERROR (MODBUS_VAL_ERROR_STATUS)
        ///
        /// - address: input 631 (0x0277), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        /// - since firmware: 2.2.1
        ///
        /// `None` when the client was told an older firmware.
        pub error_status: ::core::option::Option<u16>,
        /// Temperature sensor flags; installed sensors are remembered until cleared by MODBUS_CMD_CLEAR_TEMP_SENSOR_ERROR (MODBUS_VAL_TEMPERATURE_STATUS)
        ///
        /// - address: input 632 (0x0278), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        /// - since firmware: 2.2.1
        ///
        /// `None` when the client was told an older firmware.
        pub temperature_status: ::core::option::Option<u16>,
        /// Temperature of sensor 5, this sensor is not implemented yet (MODBUS_VAL_TEMPERATURE_SENSOR5)
        ///
        /// - address: input 633 (0x0279), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        /// - unit: °C
        /// - range: 0 ..= 100
        /// - since firmware: 2.2.1
        ///
        /// `None` when the client was told an older firmware.
        pub temperature_sensor5: ::core::option::Option<u16>,
        /// Temperature of sensor 4, optional external PT1000 (MODBUS_VAL_TEMPERATURE_SENSOR4)
        ///
        /// - address: input 634 (0x027A), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        /// - unit: °C
        /// - range: 0 ..= 100
        /// - since firmware: 2.2.1
        /// - also served as `short_data.temp4`
        ///
        /// `None` when the client was told an older firmware.
        pub temperature_sensor4: ::core::option::Option<u16>,
        /// Temperature of sensor 3, optional external PT1000 (MODBUS_VAL_TEMPERATURE_SENSOR3)
        ///
        /// - address: input 635 (0x027B), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        /// - unit: °C
        /// - range: 0 ..= 100
        /// - since firmware: 2.2.1
        /// - also served as `short_data.temp3`
        ///
        /// `None` when the client was told an older firmware.
        pub temperature_sensor3: ::core::option::Option<u16>,
        /// Temperature of sensor 2, optional external PT1000 (MODBUS_VAL_TEMPERATURE_SENSOR2)
        ///
        /// - address: input 636 (0x027C), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        /// - unit: °C
        /// - range: 0 ..= 100
        /// - since firmware: 2.2.1
        /// - also served as `short_data.temp2`
        ///
        /// `None` when the client was told an older firmware.
        pub temperature_sensor2: ::core::option::Option<u16>,
        /// Temperature of sensor 1, optional external PT1000 (MODBUS_VAL_TEMPERATURE_SENSOR1)
        ///
        /// - address: input 637 (0x027D), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        /// - unit: °C
        /// - range: 0 ..= 100
        /// - since firmware: 2.2.1
        /// - also served as `short_data.temp1`
        ///
        /// `None` when the client was told an older firmware.
        pub temperature_sensor1: ::core::option::Option<u16>,
        /// Temperature of sensor 0, integrated in ASKOHEAT+ PT1000 (MODBUS_VAL_TEMPERATURE_SENSOR0)
        ///
        /// - address: input 638 (0x027E), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        /// - unit: °C
        /// - range: 0 ..= 100
        /// - since firmware: 2.2.1
        ///
        /// `None` when the client was told an older firmware.
        pub temperature_sensor0: ::core::option::Option<u16>,
        /// Calculated heater step based on the analog input 0-10 V signal (MODBUS_VAL_ANALOG_INPUT_STEP)
        ///
        /// - address: input 639 (0x027F), unit id 1, 1 register(s)
        /// - type: u8
        /// - access: read-only
        /// - range: 0 ..= 7
        /// - since firmware: 2.2.1
        ///
        /// `None` when the client was told an older firmware.
        pub analog_input_step: ::core::option::Option<u8>,
        /// Actually used temperature limit, based on the currently valid control input (MODBUS_VAL_ACTUAL_TEMPERATURE_LIMIT)
        ///
        /// - address: input 640 (0x0280), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        /// - unit: °C
        /// - range: 0 ..= 99
        /// - since firmware: 4.1.0
        ///
        /// `None` when the client was told an older firmware.
        pub actual_temperature_limit: ::core::option::Option<u16>,
        /// Countdown time until the heaters switch off automatically (MODBUS_VAL_AUTO_HEATER_OFF_COUNTDOWN)
        ///
        /// - address: input 641 (0x0281), unit id 1, 2 register(s)
        /// - type: u32, words high_first
        /// - access: read-only
        /// - unit: min
        /// - range: 0 ..= 10080
        /// - since firmware: 2.2.1
        ///
        /// `None` when the client was told an older firmware.
        pub auto_heater_off_countdown: ::core::option::Option<u32>,
        /// Countdown time until emergency mode is switched off (MODBUS_VAL_EMERGENCY_OFF_COUNTDOWN)
        ///
        /// - address: input 643 (0x0283), unit id 1, 2 register(s)
        /// - type: u32, words high_first
        /// - access: read-only
        /// - unit: min
        /// - range: 0 ..= 10080
        /// - since firmware: 3.1.1
        ///
        /// `None` when the client was told an older firmware.
        pub emergency_off_countdown: ::core::option::Option<u32>,
        /// Number of bootings of ASKOHEAT+ (MODBUS_VAL_BOOT_COUNT; the document says 'valve bootings')
        ///
        /// - address: input 645 (0x0285), unit id 1, 2 register(s)
        /// - type: u32, words high_first
        /// - access: read-only
        /// - since firmware: 4.0.4
        ///
        /// `None` when the client was told an older firmware.
        pub boot_count: ::core::option::Option<u32>,
        /// Operation hour counter of Set Heater Step (MODBUS_VAL_OPERATING_SET_HEATER_STEP)
        ///
        /// - address: input 647 (0x0287), unit id 1, 2 register(s)
        /// - type: u32, words high_first
        /// - access: read-only
        /// - unit: min
        /// - since firmware: 4.1.1
        ///
        /// `None` when the client was told an older firmware.
        pub operating_set_heater_step: ::core::option::Option<u32>,
        /// Operation hour counter of Load Setpoint (MODBUS_VAL_OPERATING_LOAD_SETPOINT)
        ///
        /// - address: input 649 (0x0289), unit id 1, 2 register(s)
        /// - type: u32, words high_first
        /// - access: read-only
        /// - unit: min
        /// - since firmware: 4.1.1
        ///
        /// `None` when the client was told an older firmware.
        pub operating_load_setpoint: ::core::option::Option<u32>,
        /// Operation hour counter of Load Feedin (MODBUS_VAL_OPERATION_LOAD_FEEDIN)
        ///
        /// - address: input 651 (0x028B), unit id 1, 2 register(s)
        /// - type: u32, words high_first
        /// - access: read-only
        /// - unit: min
        /// - since firmware: 4.1.1
        ///
        /// `None` when the client was told an older firmware.
        pub operation_load_feedin: ::core::option::Option<u32>,
        /// Operation hour counter of Heat Pump Request (MODBUS_VAL_OPERATION_HEAT_PUMP_REQUEST)
        ///
        /// - address: input 653 (0x028D), unit id 1, 2 register(s)
        /// - type: u32, words high_first
        /// - access: read-only
        /// - unit: min
        /// - since firmware: 4.1.1
        ///
        /// `None` when the client was told an older firmware.
        pub operation_heat_pump_request: ::core::option::Option<u32>,
        /// Operation hour counter of Analog Input (MODBUS_VAL_OPERATION_ANALOG_IN)
        ///
        /// - address: input 655 (0x028F), unit id 1, 2 register(s)
        /// - type: u32, words high_first
        /// - access: read-only
        /// - unit: min
        /// - since firmware: 4.1.1
        ///
        /// `None` when the client was told an older firmware.
        pub operation_analog_in: ::core::option::Option<u32>,
        /// Operation hour counter of Emergency Mode (MODBUS_VAL_OPERATION_EMERGENCY_MODE)
        ///
        /// - address: input 657 (0x0291), unit id 1, 2 register(s)
        /// - type: u32, words high_first
        /// - access: read-only
        /// - unit: min
        /// - since firmware: 4.1.1
        ///
        /// `None` when the client was told an older firmware.
        pub operation_emergency_mode: ::core::option::Option<u32>,
        /// Operation hour counter of Legionella Protection (MODBUS_VAL_OPERATION_LEGIO)
        ///
        /// - address: input 659 (0x0293), unit id 1, 2 register(s)
        /// - type: u32, words high_first
        /// - access: read-only
        /// - unit: min
        /// - since firmware: 4.1.1
        ///
        /// `None` when the client was told an older firmware.
        pub operation_legio: ::core::option::Option<u32>,
        /// Operation hour counter of Low Tariff Mode (MODBUS_VAL_OPERATION_LOW_TARIFF)
        ///
        /// - address: input 661 (0x0295), unit id 1, 2 register(s)
        /// - type: u32, words high_first
        /// - access: read-only
        /// - unit: min
        /// - since firmware: 4.1.1
        ///
        /// `None` when the client was told an older firmware.
        pub operation_low_tariff: ::core::option::Option<u32>,
        /// Operation hour counter of Hold Minimal Temperature Mode (MODBUS_VAL_OPERATION_MINIMAL_TEMP)
        ///
        /// - address: input 663 (0x0297), unit id 1, 2 register(s)
        /// - type: u32, words high_first
        /// - access: read-only
        /// - unit: min
        /// - since firmware: 4.1.1
        ///
        /// `None` when the client was told an older firmware.
        pub operation_minimal_temp: ::core::option::Option<u32>,
        /// Operation hour counter of Heater Step 1 (MODBUS_VAL_OPERATING_HEATER_STEP_1)
        ///
        /// - address: input 665 (0x0299), unit id 1, 2 register(s)
        /// - type: u32, words high_first
        /// - access: read-only
        /// - unit: min
        /// - since firmware: 4.1.1
        ///
        /// `None` when the client was told an older firmware.
        pub operating_heater_step_1: ::core::option::Option<u32>,
        /// Operation hour counter of Heater Step 2 (MODBUS_VAL_OPERATING_HEATER_STEP_2)
        ///
        /// - address: input 667 (0x029B), unit id 1, 2 register(s)
        /// - type: u32, words high_first
        /// - access: read-only
        /// - unit: min
        /// - since firmware: 4.1.1
        ///
        /// `None` when the client was told an older firmware.
        pub operating_heater_step_2: ::core::option::Option<u32>,
        /// Operation hour counter of Heater Step 3 (MODBUS_VAL_OPERATING_HEATER_STEP_3)
        ///
        /// - address: input 669 (0x029D), unit id 1, 2 register(s)
        /// - type: u32, words high_first
        /// - access: read-only
        /// - unit: min
        /// - since firmware: 4.1.1
        ///
        /// `None` when the client was told an older firmware.
        pub operating_heater_step_3: ::core::option::Option<u32>,
        /// Operation hour counter of Heater Step 4 (MODBUS_VAL_OPERATING_HEATER_STEP_4)
        ///
        /// - address: input 671 (0x029F), unit id 1, 2 register(s)
        /// - type: u32, words high_first
        /// - access: read-only
        /// - unit: min
        /// - since firmware: 4.1.1
        ///
        /// `None` when the client was told an older firmware.
        pub operating_heater_step_4: ::core::option::Option<u32>,
        /// Operation hour counter of Heater Step 5 (MODBUS_VAL_OPERATING_HEATER_STEP_5)
        ///
        /// - address: input 673 (0x02A1), unit id 1, 2 register(s)
        /// - type: u32, words high_first
        /// - access: read-only
        /// - unit: min
        /// - since firmware: 4.1.1
        ///
        /// `None` when the client was told an older firmware.
        pub operating_heater_step_5: ::core::option::Option<u32>,
        /// Operation hour counter of Heater Step 6 (MODBUS_VAL_OPERATING_HEATER_STEP_6)
        ///
        /// - address: input 675 (0x02A3), unit id 1, 2 register(s)
        /// - type: u32, words high_first
        /// - access: read-only
        /// - unit: min
        /// - since firmware: 4.1.1
        ///
        /// `None` when the client was told an older firmware.
        pub operating_heater_step_6: ::core::option::Option<u32>,
        /// Operation hour counter of Heater Step 7 (MODBUS_VAL_OPERATING_HEATER_STEP_7)
        ///
        /// - address: input 677 (0x02A5), unit id 1, 2 register(s)
        /// - type: u32, words high_first
        /// - access: read-only
        /// - unit: min
        /// - since firmware: 4.1.1
        ///
        /// `None` when the client was told an older firmware.
        pub operating_heater_step_7: ::core::option::Option<u32>,
        /// Number of Set Heater Step usage (MODBUS_VAL_SET_HEATER_STEP_COUNT)
        ///
        /// - address: input 679 (0x02A7), unit id 1, 2 register(s)
        /// - type: u32, words high_first
        /// - access: read-only
        /// - since firmware: 4.1.1
        ///
        /// `None` when the client was told an older firmware.
        pub set_heater_step_count: ::core::option::Option<u32>,
        /// Number of Load Setpoint usage (MODBUS_VAL_LOAD_SETPOINT_COUNT)
        ///
        /// - address: input 681 (0x02A9), unit id 1, 2 register(s)
        /// - type: u32, words high_first
        /// - access: read-only
        /// - since firmware: 4.1.1
        ///
        /// `None` when the client was told an older firmware.
        pub load_setpoint_count: ::core::option::Option<u32>,
        /// Number of Load Feedin usage (MODBUS_VAL_LOAD_FEEDIN_COUNT)
        ///
        /// - address: input 683 (0x02AB), unit id 1, 2 register(s)
        /// - type: u32, words high_first
        /// - access: read-only
        /// - since firmware: 4.1.1
        ///
        /// `None` when the client was told an older firmware.
        pub load_feedin_count: ::core::option::Option<u32>,
        /// Number of Heat Pump Request usage (MODBUS_VAL_HEAT_PUMP_REQUEST_COUNT)
        ///
        /// - address: input 685 (0x02AD), unit id 1, 2 register(s)
        /// - type: u32, words high_first
        /// - access: read-only
        /// - since firmware: 4.1.1
        ///
        /// `None` when the client was told an older firmware.
        pub heat_pump_request_count: ::core::option::Option<u32>,
        /// Number of Analog Input usage (MODBUS_VAL_ANALOG_IN_COUNT)
        ///
        /// - address: input 687 (0x02AF), unit id 1, 2 register(s)
        /// - type: u32, words high_first
        /// - access: read-only
        /// - since firmware: 4.1.1
        ///
        /// `None` when the client was told an older firmware.
        pub analog_in_count: ::core::option::Option<u32>,
        /// Number of Emergency Mode usage (MODBUS_VAL_EMERGENCY_MODE_COUNT)
        ///
        /// - address: input 689 (0x02B1), unit id 1, 2 register(s)
        /// - type: u32, words high_first
        /// - access: read-only
        /// - since firmware: 4.1.1
        ///
        /// `None` when the client was told an older firmware.
        pub emergency_mode_count: ::core::option::Option<u32>,
        /// Number of Legionella Protection usage (MODBUS_VAL_LEGIO_COUNT)
        ///
        /// - address: input 691 (0x02B3), unit id 1, 2 register(s)
        /// - type: u32, words high_first
        /// - access: read-only
        /// - since firmware: 4.1.1
        ///
        /// `None` when the client was told an older firmware.
        pub legio_count: ::core::option::Option<u32>,
        /// Number of Low Tariff Mode usage (MODBUS_VAL_LOW_TARIFF_COUNT)
        ///
        /// - address: input 693 (0x02B5), unit id 1, 2 register(s)
        /// - type: u32, words high_first
        /// - access: read-only
        /// - since firmware: 4.1.1
        ///
        /// `None` when the client was told an older firmware.
        pub low_tariff_count: ::core::option::Option<u32>,
        /// Number of Hold Minimal Temperature usage (MODBUS_VAL_MINIMAL_TEMP_COUNT)
        ///
        /// - address: input 695 (0x02B7), unit id 1, 2 register(s)
        /// - type: u32, words high_first
        /// - access: read-only
        /// - since firmware: 4.1.1
        ///
        /// `None` when the client was told an older firmware.
        pub minimal_temp_count: ::core::option::Option<u32>,
        /// Highest measured temperature (MODBUS_VAL_MAX_TEMPERATURE)
        ///
        /// - address: input 697 (0x02B9), unit id 1, 1 register(s)
        /// - type: u8
        /// - access: read-only
        /// - unit: °C
        /// - range: 0 ..= 255
        /// - since firmware: 4.1.1
        ///
        /// `None` when the client was told an older firmware.
        pub max_temperature: ::core::option::Option<u8>,
    }
    /// Additional values, e.g. temperatures as floating point; not needed in normal applications.
    #[derive(Debug, Clone, PartialEq)]
    pub struct ExtendedValues {
        /// Read status of ASKOHEAT+; to switch heaters on or off use register 200 (MODBUS_EXT_STATUS)
        ///
        /// - address: input 700 (0x02BC), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        /// - since firmware: 2.2.1
        /// - alias of `data_values.status`
        ///
        /// `None` when the client was told an older firmware.
        pub status: ::core::option::Option<ExtendedValuesStatus>,
        /// Actual electrical heater load, 250-30000 W while heating (MODBUS_EXT_HEATER_LOAD)
        ///
        /// - address: input 701 (0x02BD), unit id 1, 1 register(s)
        /// - type: i16
        /// - access: read-only
        /// - unit: W
        /// - range: 0 ..= 30000
        /// - since firmware: 2.3.1
        ///
        /// `None` when the client was told an older firmware.
        pub heater_load: ::core::option::Option<i16>,
        /// Reserved for future features, version tbd (MODBUS_EXT_RESERVED)
        ///
        /// - address: input 702 (0x02BE), unit id 1, 1 register(s)
        /// - type: i16
        /// - access: read-only
        pub reserved: i16,
        /// Status of legionella protection (MODBUS_EXT_LEGIO_STATUS)
        ///
        /// - address: input 703 (0x02BF), unit id 1, 1 register(s)
        /// - type: u8
        /// - access: read-only
        /// - since firmware: 3.0.1
        ///
        /// `None` when the client was told an older firmware.
        pub legio_status: ::core::option::Option<ExtendedValuesLegioStatus>,
        /// Temperature of sensor 5, this sensor is not implemented yet (MODBUS_EXT_TEMPERATURE_FLOAT_SENSOR5)
        ///
        /// - address: input 704 (0x02C0), unit id 1, 2 register(s)
        /// - type: f32, words high_first
        /// - access: read-only
        /// - unit: °C
        /// - since firmware: 2.2.1
        ///
        /// `None` when the client was told an older firmware.
        pub temperature_float_sensor5: ::core::option::Option<f32>,
        /// Temperature of sensor 4, optional external PT1000 (MODBUS_EXT_TEMPERATURE_FLOAT_SENSOR4)
        ///
        /// - address: input 706 (0x02C2), unit id 1, 2 register(s)
        /// - type: f32, words high_first
        /// - access: read-only
        /// - unit: °C
        /// - since firmware: 2.2.1
        /// - also served as `energymanager.temperature_float_sensor4`
        ///
        /// `None` when the client was told an older firmware.
        pub temperature_float_sensor4: ::core::option::Option<f32>,
        /// Temperature of sensor 3, optional external PT1000 (MODBUS_EXT_TEMPERATURE_FLOAT_SENSOR3)
        ///
        /// - address: input 708 (0x02C4), unit id 1, 2 register(s)
        /// - type: f32, words high_first
        /// - access: read-only
        /// - unit: °C
        /// - since firmware: 2.2.1
        /// - also served as `energymanager.temperature_float_sensor3`
        ///
        /// `None` when the client was told an older firmware.
        pub temperature_float_sensor3: ::core::option::Option<f32>,
        /// Temperature of sensor 2, optional external PT1000 (MODBUS_EXT_TEMPERATURE_FLOAT_SENSOR2)
        ///
        /// - address: input 710 (0x02C6), unit id 1, 2 register(s)
        /// - type: f32, words high_first
        /// - access: read-only
        /// - unit: °C
        /// - since firmware: 2.2.1
        /// - also served as `energymanager.temperature_float_sensor2`
        ///
        /// `None` when the client was told an older firmware.
        pub temperature_float_sensor2: ::core::option::Option<f32>,
        /// Temperature of sensor 1, optional external PT1000 (MODBUS_EXT_TEMPERATURE_FLOAT_SENSOR1)
        ///
        /// - address: input 712 (0x02C8), unit id 1, 2 register(s)
        /// - type: f32, words high_first
        /// - access: read-only
        /// - unit: °C
        /// - since firmware: 2.2.1
        /// - also served as `energymanager.temperature_float_sensor1`
        ///
        /// `None` when the client was told an older firmware.
        pub temperature_float_sensor1: ::core::option::Option<f32>,
        /// Temperature of sensor 0, integrated in ASKOHEAT+ PT1000 (MODBUS_EXT_TEMPERATURE_FLOAT_SENSOR0)
        ///
        /// - address: input 714 (0x02CA), unit id 1, 2 register(s)
        /// - type: f32, words high_first
        /// - access: read-only
        /// - unit: °C
        /// - since firmware: 2.2.1
        /// - also served as `energymanager.temperature_float_sensor0`
        ///
        /// `None` when the client was told an older firmware.
        pub temperature_float_sensor0: ::core::option::Option<f32>,
        /// Analog input 0-10 V (MODBUS_EXT_ANALOG_INPUT_FLOAT)
        ///
        /// - address: input 716 (0x02CC), unit id 1, 2 register(s)
        /// - type: f32, words high_first
        /// - access: read-only
        /// - unit: V
        /// - range: 0 ..= 10
        /// - since firmware: 2.2.1
        /// - also served as `energymanager.analog_input_float`
        ///
        /// `None` when the client was told an older firmware.
        pub analog_input_float: ::core::option::Option<f32>,
        /// Load setpoint (250-30000 W) for automatic setting of the optimum power level (MODBUS_EXT_LOAD_SETPOINT_VALUE)
        ///
        /// - address: input 718 (0x02CE), unit id 1, 1 register(s)
        /// - type: i16
        /// - access: read-only
        /// - unit: W
        /// - range: 0 ..= 30000
        /// - since firmware: 2.3.1
        ///
        /// `None` when the client was told an older firmware.
        pub load_setpoint_value: ::core::option::Option<i16>,
        /// Use case power to heat: negative values activate thermal storage (MODBUS_EXT_LOAD_FEEDIN_VALUE)
        ///
        /// - address: input 719 (0x02CF), unit id 1, 1 register(s)
        /// - type: i16
        /// - access: read-only
        /// - unit: W
        /// - range: -30000 ..= 30000
        /// - since firmware: 4.2.1
        ///
        /// `None` when the client was told an older firmware.
        pub load_feedin_value: ::core::option::Option<i16>,
        /// Reserved for future use (MODBUS_EXT_RESERVE1; the document's range 720…744 corrected to 720…724)
        ///
        /// - address: input 720 (0x02D0), unit id 1, 5 register(s)
        /// - type: string, length 10, bytes low_first
        /// - access: read-only
        /// - since firmware: 2.2.1
        ///
        /// `None` when the client was told an older firmware.
        pub reserve1: ::core::option::Option<mm::String>,
        /// Debug information only: RTOS milliseconds, 0-4294967295 (MODBUS_EXT_MILLIS)
        ///
        /// - address: input 725 (0x02D5), unit id 1, 2 register(s)
        /// - type: u32, words high_first
        /// - access: read-only
        /// - unit: ms
        /// - since firmware: 2.2.1
        ///
        /// `None` when the client was told an older firmware.
        pub millis: ::core::option::Option<u32>,
        /// Reserved for future use (MODBUS_EXT_RESERVE2)
        ///
        /// - address: input 727 (0x02D7), unit id 1, 16 register(s)
        /// - type: string, length 32, bytes low_first
        /// - access: read-only
        /// - since firmware: 2.2.1
        ///
        /// `None` when the client was told an older firmware.
        pub reserve2: ::core::option::Option<mm::String>,
        /// Reserved for future use (MODBUS_EXT_RESERVE3)
        ///
        /// - address: input 743 (0x02E7), unit id 1, 16 register(s)
        /// - type: string, length 32, bytes low_first
        /// - access: read-only
        /// - since firmware: 2.2.1
        ///
        /// `None` when the client was told an older firmware.
        pub reserve3: ::core::option::Option<mm::String>,
    }
    /// Everything [`Client::read_all`] returns: one field per block instance.
    #[derive(Debug, Clone, PartialEq)]
    pub struct All {
        /// `short_data` (base 100).
        pub short_data: ShortData,
        /// `command` (base 200).
        pub command: Command,
        /// `energymanager` (base 300).
        pub energymanager: Energymanager,
        /// `energymanager_write` (base 318).
        pub energymanager_write: EnergymanagerWrite,
        /// `parameters` (base 400).
        pub parameters: Parameters,
        /// `configuration` (base 500).
        pub configuration: Configuration,
        /// `data_values` (base 600).
        pub data_values: DataValues,
        /// `extended_values` (base 700).
        pub extended_values: ExtendedValues,
    }
    /// Typed client of ASKOHEAT+ over a tokio-modbus context (`Reader + Writer`).
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
        /// Reads `short_data.temp1` ([`SHORT_DATA_TEMP1`]). Temperature of sensor 1, optional external PT1000 (MODBUS_IREG_TEMP1)
        pub async fn read_short_data_temp1(&mut self) -> mm::ModbusResult<u16> {
            self.inner.read_value(&SHORT_DATA_TEMP1).await
        }
        /// Reads `short_data.temp2` ([`SHORT_DATA_TEMP2`]). Temperature of sensor 2, optional external PT1000 (MODBUS_IREG_TEMP2)
        pub async fn read_short_data_temp2(&mut self) -> mm::ModbusResult<u16> {
            self.inner.read_value(&SHORT_DATA_TEMP2).await
        }
        /// Reads `short_data.temp3` ([`SHORT_DATA_TEMP3`]). Temperature of sensor 3, optional external PT1000 (MODBUS_IREG_TEMP3)
        pub async fn read_short_data_temp3(&mut self) -> mm::ModbusResult<u16> {
            self.inner.read_value(&SHORT_DATA_TEMP3).await
        }
        /// Reads `short_data.temp4` ([`SHORT_DATA_TEMP4`]). Temperature of sensor 4, optional external PT1000 (MODBUS_IREG_TEMP4)
        pub async fn read_short_data_temp4(&mut self) -> mm::ModbusResult<u16> {
            self.inner.read_value(&SHORT_DATA_TEMP4).await
        }
        /// Reads `short_data.emg` ([`SHORT_DATA_EMG`]). Emergency mode; see status flag low byte bit 7 in register 624 (MODBUS_IREG_EMG)
        pub async fn read_short_data_emg(&mut self) -> mm::ModbusResult<ShortDataEmg> {
            self.inner.read_value(&SHORT_DATA_EMG).await
        }
        /// Reads `short_data.status` ([`SHORT_DATA_STATUS`]). Read status of ASKOHEAT+; to switch heaters on or off use register 200 (MODBUS_IREG_STATUS)
        pub async fn read_short_data_status(
            &mut self,
        ) -> mm::ModbusResult<ShortDataStatus> {
            self.inner.read_value(&SHORT_DATA_STATUS).await
        }
        /// Reads `short_data.heater_load` ([`SHORT_DATA_HEATER_LOAD`]). Actual electrical heater load, 250-30000 W while heating (MODBUS_IREG_HEATER_LOAD)
        pub async fn read_short_data_heater_load(&mut self) -> mm::ModbusResult<u16> {
            self.inner.read_value(&SHORT_DATA_HEATER_LOAD).await
        }
        /// Reads `short_data.reserved` ([`SHORT_DATA_RESERVED`]). Reserved for future features, version tbd (MODBUS_IREG_RESERVED)
        pub async fn read_short_data_reserved(&mut self) -> mm::ModbusResult<u16> {
            self.inner.read_value(&SHORT_DATA_RESERVED).await
        }
        /// Reads `energymanager.id` ([`ENERGYMANAGER_ID`]). Serial number (MODBUS_EMA_ID, same as MODBUS_PAR_ID)
        pub async fn read_energymanager_id(&mut self) -> mm::ModbusResult<mm::String> {
            self.inner.read_value(&ENERGYMANAGER_ID).await
        }
        /// Reads `energymanager.status` ([`ENERGYMANAGER_STATUS`]). Read status of ASKOHEAT+ (MODBUS_EMA_STATUS, same as MODBUS_VAL_STATUS)
        pub async fn read_energymanager_status(
            &mut self,
        ) -> mm::ModbusResult<EnergymanagerStatus> {
            self.inner.read_value(&ENERGYMANAGER_STATUS).await
        }
        /// Reads `energymanager.heater_load` ([`ENERGYMANAGER_HEATER_LOAD`]). Actual electrical heater load (MODBUS_EMA_HEATER_LOAD, same as MODBUS_VAL_HEATER_LOAD)
        pub async fn read_energymanager_heater_load(&mut self) -> mm::ModbusResult<u16> {
            self.inner.read_value(&ENERGYMANAGER_HEATER_LOAD).await
        }
        /// Reads `energymanager.set_heater_step` ([`ENERGYMANAGER_SET_HEATER_STEP`]). Switch heaters on / off (MODBUS_EMA_SET_HEATER_STEP, same as MODBUS_CMD_SET_HEATER_STEP)
        pub async fn read_energymanager_set_heater_step(
            &mut self,
        ) -> mm::ModbusResult<u8> {
            self.inner.read_value(&ENERGYMANAGER_SET_HEATER_STEP).await
        }
        /// Reads `energymanager.load_setpoint_value` ([`ENERGYMANAGER_LOAD_SETPOINT_VALUE`]). Load setpoint for automatic setting of the optimum power level (MODBUS_EMA_LOAD_SETPOINT_VALUE, same as MODBUS_CMD_LOAD_SETPOINT_VALUE)
        pub async fn read_energymanager_load_setpoint_value(
            &mut self,
        ) -> mm::ModbusResult<i16> {
            self.inner.read_value(&ENERGYMANAGER_LOAD_SETPOINT_VALUE).await
        }
        /// Reads `energymanager.load_feedin_value` ([`ENERGYMANAGER_LOAD_FEEDIN_VALUE`]). Use case power to heat: negative values activate thermal storage (MODBUS_EMA_LOAD_FEEDIN_VALUE, same as MODBUS_CMD_LOAD_FEEDIN_VALUE)
        pub async fn read_energymanager_load_feedin_value(
            &mut self,
        ) -> mm::ModbusResult<i16> {
            self.inner.read_value(&ENERGYMANAGER_LOAD_FEEDIN_VALUE).await
        }
        /// Reads `energymanager.emergency_mode` ([`ENERGYMANAGER_EMERGENCY_MODE`]). Emergency mode (MODBUS_EMA_EMERGENCY_MODE, same as MODBUS_IREG_EMG)
        pub async fn read_energymanager_emergency_mode(
            &mut self,
        ) -> mm::ModbusResult<EnergymanagerEmergencyMode> {
            self.inner.read_value(&ENERGYMANAGER_EMERGENCY_MODE).await
        }
        /// Reads `energymanager.heat_pump_request` ([`ENERGYMANAGER_HEAT_PUMP_REQUEST`]). Indicates the digital input signal heat pump request (MODBUS_EMA_HEAT_PUMP_REQUEST)
        pub async fn read_energymanager_heat_pump_request(
            &mut self,
        ) -> mm::ModbusResult<EnergymanagerHeatPumpRequest> {
            self.inner.read_value(&ENERGYMANAGER_HEAT_PUMP_REQUEST).await
        }
        /// Reads `energymanager.analog_input_float` ([`ENERGYMANAGER_ANALOG_INPUT_FLOAT`]). Analog input 0-10 V (MODBUS_EMA_ANALOG_INPUT_FLOAT, same as MODBUS_EXT_ANALOG_INPUT_FLOAT)
        pub async fn read_energymanager_analog_input_float(
            &mut self,
        ) -> mm::ModbusResult<f32> {
            self.inner.read_value(&ENERGYMANAGER_ANALOG_INPUT_FLOAT).await
        }
        /// Reads `energymanager.temperature_float_sensor0` ([`ENERGYMANAGER_TEMPERATURE_FLOAT_SENSOR0`]). Temperature of sensor 0, integrated in ASKOHEAT+ PT1000 (MODBUS_EMA_TEMPERATURE_FLOAT_SENSOR0, same as MODBUS_EXT_TEMPERATURE_FLOAT_SENSOR0)
        pub async fn read_energymanager_temperature_float_sensor0(
            &mut self,
        ) -> mm::ModbusResult<f32> {
            self.inner.read_value(&ENERGYMANAGER_TEMPERATURE_FLOAT_SENSOR0).await
        }
        /// Reads `energymanager.temperature_float_sensor1` ([`ENERGYMANAGER_TEMPERATURE_FLOAT_SENSOR1`]). Temperature of sensor 1, optional external PT1000 (MODBUS_EMA_TEMPERATURE_FLOAT_SENSOR1, same as MODBUS_EXT_TEMPERATURE_FLOAT_SENSOR1)
        pub async fn read_energymanager_temperature_float_sensor1(
            &mut self,
        ) -> mm::ModbusResult<f32> {
            self.inner.read_value(&ENERGYMANAGER_TEMPERATURE_FLOAT_SENSOR1).await
        }
        /// Reads `energymanager.temperature_float_sensor2` ([`ENERGYMANAGER_TEMPERATURE_FLOAT_SENSOR2`]). Temperature of sensor 2, optional external PT1000 (MODBUS_EMA_TEMPERATURE_FLOAT_SENSOR2, same as MODBUS_EXT_TEMPERATURE_FLOAT_SENSOR2)
        pub async fn read_energymanager_temperature_float_sensor2(
            &mut self,
        ) -> mm::ModbusResult<f32> {
            self.inner.read_value(&ENERGYMANAGER_TEMPERATURE_FLOAT_SENSOR2).await
        }
        /// Reads `energymanager.temperature_float_sensor3` ([`ENERGYMANAGER_TEMPERATURE_FLOAT_SENSOR3`]). Temperature of sensor 3, optional external PT1000 (MODBUS_EMA_TEMPERATURE_FLOAT_SENSOR3, same as MODBUS_EXT_TEMPERATURE_FLOAT_SENSOR3)
        pub async fn read_energymanager_temperature_float_sensor3(
            &mut self,
        ) -> mm::ModbusResult<f32> {
            self.inner.read_value(&ENERGYMANAGER_TEMPERATURE_FLOAT_SENSOR3).await
        }
        /// Reads `energymanager.temperature_float_sensor4` ([`ENERGYMANAGER_TEMPERATURE_FLOAT_SENSOR4`]). Temperature of sensor 4, optional external PT1000 (MODBUS_EMA_TEMPERATURE_FLOAT_SENSOR4, same as MODBUS_EXT_TEMPERATURE_FLOAT_SENSOR4)
        pub async fn read_energymanager_temperature_float_sensor4(
            &mut self,
        ) -> mm::ModbusResult<f32> {
            self.inner.read_value(&ENERGYMANAGER_TEMPERATURE_FLOAT_SENSOR4).await
        }
        /// Reads `energymanager.temperature_float_sensor5` ([`ENERGYMANAGER_TEMPERATURE_FLOAT_SENSOR5`]). Temperature of sensor 5, this sensor is not implemented yet (MODBUS_EMA_TEMPERATURE_FLOAT_SENSOR5)
        pub async fn read_energymanager_temperature_float_sensor5(
            &mut self,
        ) -> mm::ModbusResult<f32> {
            self.inner.read_value(&ENERGYMANAGER_TEMPERATURE_FLOAT_SENSOR5).await
        }
        /// Reads `parameters.id` ([`PARAMETERS_ID`]). Serial number (MODBUS_PAR_ID)
        pub async fn read_parameters_id(&mut self) -> mm::ModbusResult<mm::String> {
            self.inner.read_value(&PARAMETERS_ID).await
        }
        /// Reads `parameters.device_type` ([`PARAMETERS_DEVICE_TYPE`]). Type of ASKOHEAT+ (MODBUS_PAR_TYPE; renamed because `type` is a Rust and Python keyword)
        pub async fn read_parameters_device_type(
            &mut self,
        ) -> mm::ModbusResult<ParametersDeviceType> {
            self.inner.read_value(&PARAMETERS_DEVICE_TYPE).await
        }
        /// Reads `parameters.heater1_power` ([`PARAMETERS_HEATER1_POWER`]). Electrical power of heater 1 (MODBUS_PAR_HEATER1_POWER)
        pub async fn read_parameters_heater1_power(&mut self) -> mm::ModbusResult<u16> {
            self.inner.read_value(&PARAMETERS_HEATER1_POWER).await
        }
        /// Reads `parameters.heater2_power` ([`PARAMETERS_HEATER2_POWER`]). Electrical power of heater 2 (MODBUS_PAR_HEATER2_POWER)
        pub async fn read_parameters_heater2_power(&mut self) -> mm::ModbusResult<u16> {
            self.inner.read_value(&PARAMETERS_HEATER2_POWER).await
        }
        /// Reads `parameters.heater3_power` ([`PARAMETERS_HEATER3_POWER`]). Electrical power of heater 3 (MODBUS_PAR_HEATER3_POWER)
        pub async fn read_parameters_heater3_power(&mut self) -> mm::ModbusResult<u16> {
            self.inner.read_value(&PARAMETERS_HEATER3_POWER).await
        }
        /// Reads `parameters.article_number` ([`PARAMETERS_ARTICLE_NUMBER`]). Manufacturer article number (MODBUS_PAR_ARTICLE_NUMBER)
        pub async fn read_parameters_article_number(
            &mut self,
        ) -> mm::ModbusResult<mm::String> {
            self.inner.read_value(&PARAMETERS_ARTICLE_NUMBER).await
        }
        /// Reads `parameters.article_name` ([`PARAMETERS_ARTICLE_NAME`]). Article description (MODBUS_PAR_ARTICLE_NAME)
        pub async fn read_parameters_article_name(
            &mut self,
        ) -> mm::ModbusResult<mm::String> {
            self.inner.read_value(&PARAMETERS_ARTICLE_NAME).await
        }
        /// Reads `parameters.software_version` ([`PARAMETERS_SOFTWARE_VERSION`]). Software release number, e.g. 1.2.3 (MODBUS_PAR_SOFTWARE_VERSION)
        pub async fn read_parameters_software_version(
            &mut self,
        ) -> mm::ModbusResult<mm::String> {
            self.inner.read_value(&PARAMETERS_SOFTWARE_VERSION).await
        }
        /// Reads `parameters.hardware_version` ([`PARAMETERS_HARDWARE_VERSION`]). Type and version of hardware (MODBUS_PAR_HARDWARE_VERSION)
        pub async fn read_parameters_hardware_version(
            &mut self,
        ) -> mm::ModbusResult<mm::String> {
            self.inner.read_value(&PARAMETERS_HARDWARE_VERSION).await
        }
        /// Reads `parameters.heater4_power` ([`PARAMETERS_HEATER4_POWER`]). Electrical power of heater 4 (not in the document; HA PAR_HEATER4_POWER)
        pub async fn read_parameters_heater4_power(&mut self) -> mm::ModbusResult<u16> {
            self.inner.read_value(&PARAMETERS_HEATER4_POWER).await
        }
        /// Reads `parameters.heater5_power` ([`PARAMETERS_HEATER5_POWER`]). Electrical power of heater 5 (not in the document; HA PAR_HEATER5_POWER)
        pub async fn read_parameters_heater5_power(&mut self) -> mm::ModbusResult<u16> {
            self.inner.read_value(&PARAMETERS_HEATER5_POWER).await
        }
        /// Reads `parameters.heater6_power` ([`PARAMETERS_HEATER6_POWER`]). Electrical power of heater 6 (not in the document; HA PAR_HEATER6_POWER)
        pub async fn read_parameters_heater6_power(&mut self) -> mm::ModbusResult<u16> {
            self.inner.read_value(&PARAMETERS_HEATER6_POWER).await
        }
        /// Reads `parameters.number_of_steps` ([`PARAMETERS_NUMBER_OF_STEPS`]). Number of heater steps (not in the document; HA PAR_NUMBER_OF_STEPS)
        pub async fn read_parameters_number_of_steps(
            &mut self,
        ) -> mm::ModbusResult<u16> {
            self.inner.read_value(&PARAMETERS_NUMBER_OF_STEPS).await
        }
        /// Reads `parameters.number_of_heater` ([`PARAMETERS_NUMBER_OF_HEATER`]). Number of heaters (not in the document; HA PAR_NUMBER_OF_HEATER)
        pub async fn read_parameters_number_of_heater(
            &mut self,
        ) -> mm::ModbusResult<u16> {
            self.inner.read_value(&PARAMETERS_NUMBER_OF_HEATER).await
        }
        /// Reads `parameters.max_power` ([`PARAMETERS_MAX_POWER`]). Maximum power (not in the document; HA PAR_MAX_POWER)
        pub async fn read_parameters_max_power(&mut self) -> mm::ModbusResult<u16> {
            self.inner.read_value(&PARAMETERS_MAX_POWER).await
        }
        /// Reads `data_values.operating_time` ([`DATA_VALUES_OPERATING_TIME`]). Operation hour counter of ASKOHEAT+, dd:hh:mm in the document (MODBUS_VAL_OPERATING_TIME)
        pub async fn read_data_values_operating_time(
            &mut self,
        ) -> mm::ModbusResult<u32> {
            self.inner.read_value(&DATA_VALUES_OPERATING_TIME).await
        }
        /// Reads `data_values.operating_heater1` ([`DATA_VALUES_OPERATING_HEATER1`]). Operation hour counter of heater 1 (MODBUS_VAL_OPERATING_HEATER1)
        pub async fn read_data_values_operating_heater1(
            &mut self,
        ) -> mm::ModbusResult<u32> {
            self.inner.read_value(&DATA_VALUES_OPERATING_HEATER1).await
        }
        /// Reads `data_values.operating_heater2` ([`DATA_VALUES_OPERATING_HEATER2`]). Operation hour counter of heater 2 (MODBUS_VAL_OPERATING_HEATER2)
        pub async fn read_data_values_operating_heater2(
            &mut self,
        ) -> mm::ModbusResult<u32> {
            self.inner.read_value(&DATA_VALUES_OPERATING_HEATER2).await
        }
        /// Reads `data_values.operating_heater3` ([`DATA_VALUES_OPERATING_HEATER3`]). Operation hour counter of heater 3 (MODBUS_VAL_OPERATING_HEATER3)
        pub async fn read_data_values_operating_heater3(
            &mut self,
        ) -> mm::ModbusResult<u32> {
            self.inner.read_value(&DATA_VALUES_OPERATING_HEATER3).await
        }
        /// Reads `data_values.operating_pump` ([`DATA_VALUES_OPERATING_PUMP`]). Operation hour counter of pump (MODBUS_VAL_OPERATING_PUMP)
        pub async fn read_data_values_operating_pump(
            &mut self,
        ) -> mm::ModbusResult<u32> {
            self.inner.read_value(&DATA_VALUES_OPERATING_PUMP).await
        }
        /// Reads `data_values.operating_valve` ([`DATA_VALUES_OPERATING_VALVE`]). Operation hour counter of valve, not implemented yet (MODBUS_VAL_OPERATING_VALVE)
        pub async fn read_data_values_operating_valve(
            &mut self,
        ) -> mm::ModbusResult<u32> {
            self.inner.read_value(&DATA_VALUES_OPERATING_VALVE).await
        }
        /// Reads `data_values.relay1_count` ([`DATA_VALUES_RELAY1_COUNT`]). Number of heater 1 relay (1) on switchings (MODBUS_VAL_RELAY1_COUNT)
        pub async fn read_data_values_relay1_count(&mut self) -> mm::ModbusResult<u32> {
            self.inner.read_value(&DATA_VALUES_RELAY1_COUNT).await
        }
        /// Reads `data_values.relay2_count` ([`DATA_VALUES_RELAY2_COUNT`]). Number of heater 2 relay (2) on switchings (MODBUS_VAL_RELAY2_COUNT)
        pub async fn read_data_values_relay2_count(&mut self) -> mm::ModbusResult<u32> {
            self.inner.read_value(&DATA_VALUES_RELAY2_COUNT).await
        }
        /// Reads `data_values.relay3_count` ([`DATA_VALUES_RELAY3_COUNT`]). Number of heater 3 relay (3) on switchings (MODBUS_VAL_RELAY3_COUNT)
        pub async fn read_data_values_relay3_count(&mut self) -> mm::ModbusResult<u32> {
            self.inner.read_value(&DATA_VALUES_RELAY3_COUNT).await
        }
        /// Reads `data_values.relay4_count` ([`DATA_VALUES_RELAY4_COUNT`]). Number of pump relay (4) on switchings (MODBUS_VAL_RELAY4_COUNT)
        pub async fn read_data_values_relay4_count(&mut self) -> mm::ModbusResult<u32> {
            self.inner.read_value(&DATA_VALUES_RELAY4_COUNT).await
        }
        /// Reads `data_values.relay5_count` ([`DATA_VALUES_RELAY5_COUNT`]). Number of valve relay (5) on switchings (MODBUS_VAL_RELAY5_COUNT)
        pub async fn read_data_values_relay5_count(&mut self) -> mm::ModbusResult<u32> {
            self.inner.read_value(&DATA_VALUES_RELAY5_COUNT).await
        }
        /// Reads `data_values.relay_countdown` ([`DATA_VALUES_RELAY_COUNTDOWN`]). Debug information only: if > 0, the heater relays' switch-on protection (count down) is active (MODBUS_VAL_RELAY_COUNTDOWN)
        pub async fn read_data_values_relay_countdown(
            &mut self,
        ) -> mm::ModbusResult<u16> {
            self.inner.read_value(&DATA_VALUES_RELAY_COUNTDOWN).await
        }
        /// Reads `data_values.pump_countdown` ([`DATA_VALUES_PUMP_COUNTDOWN`]). Debug information only: if > 0, the pump relay follow-up time (count down) is active (MODBUS_VAL_PUMP_COUNTDOWN)
        pub async fn read_data_values_pump_countdown(
            &mut self,
        ) -> mm::ModbusResult<u16> {
            self.inner.read_value(&DATA_VALUES_PUMP_COUNTDOWN).await
        }
        /// Reads `data_values.status` ([`DATA_VALUES_STATUS`]). Read status of ASKOHEAT+; to switch heaters on or off use register 200 (MODBUS_VAL_STATUS)
        pub async fn read_data_values_status(
            &mut self,
        ) -> mm::ModbusResult<DataValuesStatus> {
            self.inner.read_value(&DATA_VALUES_STATUS).await
        }
        /// Reads `data_values.heater_load` ([`DATA_VALUES_HEATER_LOAD`]). Actual electrical heater load, 250-30000 W while heating (MODBUS_VAL_HEATER_LOAD)
        pub async fn read_data_values_heater_load(&mut self) -> mm::ModbusResult<u16> {
            self.inner.read_value(&DATA_VALUES_HEATER_LOAD).await
        }
        /// Reads `data_values.actual_control_input` ([`DATA_VALUES_ACTUAL_CONTROL_INPUT`]). Flags of the control input currently in effect (MODBUS_VAL_ACTUAL_CONTROL_INPUT; the document's description repeats 'status of legionella protection')
        pub async fn read_data_values_actual_control_input(
            &mut self,
        ) -> mm::ModbusResult<u16> {
            self.inner.read_value(&DATA_VALUES_ACTUAL_CONTROL_INPUT).await
        }
        /// Reads `data_values.legio_status` ([`DATA_VALUES_LEGIO_STATUS`]). Status of legionella protection (MODBUS_VAL_LEGIO_STATUS)
        pub async fn read_data_values_legio_status(
            &mut self,
        ) -> mm::ModbusResult<DataValuesLegioStatus> {
            self.inner.read_value(&DATA_VALUES_LEGIO_STATUS).await
        }
        /// Reads `data_values.legio_operating` ([`DATA_VALUES_LEGIO_OPERATING`]). Minute counter since the last active legionella protection activation (MODBUS_VAL_LEGIO_OPERATING)
        pub async fn read_data_values_legio_operating(
            &mut self,
        ) -> mm::ModbusResult<u32> {
            self.inner.read_value(&DATA_VALUES_LEGIO_OPERATING).await
        }
        /// Reads `data_values.legio_countdown` ([`DATA_VALUES_LEGIO_COUNTDOWN`]). Countdown timer if legionella protection is active (seconds plateau time) (MODBUS_VAL_LEGIO_COUNTDOWN)
        pub async fn read_data_values_legio_countdown(
            &mut self,
        ) -> mm::ModbusResult<u16> {
            self.inner.read_value(&DATA_VALUES_LEGIO_COUNTDOWN).await
        }
        /// Reads `data_values.error_status` ([`DATA_VALUES_ERROR_STATUS`]). Error status flags; temperature sensor fails can be cleared by using MODBUS_CMD_CLEAR_TEMP_SENSOR_ERROR (MODBUS_VAL_ERROR_STATUS)
        pub async fn read_data_values_error_status(&mut self) -> mm::ModbusResult<u16> {
            self.inner.read_value(&DATA_VALUES_ERROR_STATUS).await
        }
        /// Reads `data_values.temperature_status` ([`DATA_VALUES_TEMPERATURE_STATUS`]). Temperature sensor flags; installed sensors are remembered until cleared by MODBUS_CMD_CLEAR_TEMP_SENSOR_ERROR (MODBUS_VAL_TEMPERATURE_STATUS)
        pub async fn read_data_values_temperature_status(
            &mut self,
        ) -> mm::ModbusResult<u16> {
            self.inner.read_value(&DATA_VALUES_TEMPERATURE_STATUS).await
        }
        /// Reads `data_values.temperature_sensor5` ([`DATA_VALUES_TEMPERATURE_SENSOR5`]). Temperature of sensor 5, this sensor is not implemented yet (MODBUS_VAL_TEMPERATURE_SENSOR5)
        pub async fn read_data_values_temperature_sensor5(
            &mut self,
        ) -> mm::ModbusResult<u16> {
            self.inner.read_value(&DATA_VALUES_TEMPERATURE_SENSOR5).await
        }
        /// Reads `data_values.temperature_sensor4` ([`DATA_VALUES_TEMPERATURE_SENSOR4`]). Temperature of sensor 4, optional external PT1000 (MODBUS_VAL_TEMPERATURE_SENSOR4)
        pub async fn read_data_values_temperature_sensor4(
            &mut self,
        ) -> mm::ModbusResult<u16> {
            self.inner.read_value(&DATA_VALUES_TEMPERATURE_SENSOR4).await
        }
        /// Reads `data_values.temperature_sensor3` ([`DATA_VALUES_TEMPERATURE_SENSOR3`]). Temperature of sensor 3, optional external PT1000 (MODBUS_VAL_TEMPERATURE_SENSOR3)
        pub async fn read_data_values_temperature_sensor3(
            &mut self,
        ) -> mm::ModbusResult<u16> {
            self.inner.read_value(&DATA_VALUES_TEMPERATURE_SENSOR3).await
        }
        /// Reads `data_values.temperature_sensor2` ([`DATA_VALUES_TEMPERATURE_SENSOR2`]). Temperature of sensor 2, optional external PT1000 (MODBUS_VAL_TEMPERATURE_SENSOR2)
        pub async fn read_data_values_temperature_sensor2(
            &mut self,
        ) -> mm::ModbusResult<u16> {
            self.inner.read_value(&DATA_VALUES_TEMPERATURE_SENSOR2).await
        }
        /// Reads `data_values.temperature_sensor1` ([`DATA_VALUES_TEMPERATURE_SENSOR1`]). Temperature of sensor 1, optional external PT1000 (MODBUS_VAL_TEMPERATURE_SENSOR1)
        pub async fn read_data_values_temperature_sensor1(
            &mut self,
        ) -> mm::ModbusResult<u16> {
            self.inner.read_value(&DATA_VALUES_TEMPERATURE_SENSOR1).await
        }
        /// Reads `data_values.temperature_sensor0` ([`DATA_VALUES_TEMPERATURE_SENSOR0`]). Temperature of sensor 0, integrated in ASKOHEAT+ PT1000 (MODBUS_VAL_TEMPERATURE_SENSOR0)
        pub async fn read_data_values_temperature_sensor0(
            &mut self,
        ) -> mm::ModbusResult<u16> {
            self.inner.read_value(&DATA_VALUES_TEMPERATURE_SENSOR0).await
        }
        /// Reads `data_values.analog_input_step` ([`DATA_VALUES_ANALOG_INPUT_STEP`]). Calculated heater step based on the analog input 0-10 V signal (MODBUS_VAL_ANALOG_INPUT_STEP)
        pub async fn read_data_values_analog_input_step(
            &mut self,
        ) -> mm::ModbusResult<u8> {
            self.inner.read_value(&DATA_VALUES_ANALOG_INPUT_STEP).await
        }
        /// Reads `data_values.actual_temperature_limit` ([`DATA_VALUES_ACTUAL_TEMPERATURE_LIMIT`]). Actually used temperature limit, based on the currently valid control input (MODBUS_VAL_ACTUAL_TEMPERATURE_LIMIT)
        pub async fn read_data_values_actual_temperature_limit(
            &mut self,
        ) -> mm::ModbusResult<u16> {
            self.inner.read_value(&DATA_VALUES_ACTUAL_TEMPERATURE_LIMIT).await
        }
        /// Reads `data_values.auto_heater_off_countdown` ([`DATA_VALUES_AUTO_HEATER_OFF_COUNTDOWN`]). Countdown time until the heaters switch off automatically (MODBUS_VAL_AUTO_HEATER_OFF_COUNTDOWN)
        pub async fn read_data_values_auto_heater_off_countdown(
            &mut self,
        ) -> mm::ModbusResult<u32> {
            self.inner.read_value(&DATA_VALUES_AUTO_HEATER_OFF_COUNTDOWN).await
        }
        /// Reads `data_values.emergency_off_countdown` ([`DATA_VALUES_EMERGENCY_OFF_COUNTDOWN`]). Countdown time until emergency mode is switched off (MODBUS_VAL_EMERGENCY_OFF_COUNTDOWN)
        pub async fn read_data_values_emergency_off_countdown(
            &mut self,
        ) -> mm::ModbusResult<u32> {
            self.inner.read_value(&DATA_VALUES_EMERGENCY_OFF_COUNTDOWN).await
        }
        /// Reads `data_values.boot_count` ([`DATA_VALUES_BOOT_COUNT`]). Number of bootings of ASKOHEAT+ (MODBUS_VAL_BOOT_COUNT; the document says 'valve bootings')
        pub async fn read_data_values_boot_count(&mut self) -> mm::ModbusResult<u32> {
            self.inner.read_value(&DATA_VALUES_BOOT_COUNT).await
        }
        /// Reads `data_values.operating_set_heater_step` ([`DATA_VALUES_OPERATING_SET_HEATER_STEP`]). Operation hour counter of Set Heater Step (MODBUS_VAL_OPERATING_SET_HEATER_STEP)
        pub async fn read_data_values_operating_set_heater_step(
            &mut self,
        ) -> mm::ModbusResult<u32> {
            self.inner.read_value(&DATA_VALUES_OPERATING_SET_HEATER_STEP).await
        }
        /// Reads `data_values.operating_load_setpoint` ([`DATA_VALUES_OPERATING_LOAD_SETPOINT`]). Operation hour counter of Load Setpoint (MODBUS_VAL_OPERATING_LOAD_SETPOINT)
        pub async fn read_data_values_operating_load_setpoint(
            &mut self,
        ) -> mm::ModbusResult<u32> {
            self.inner.read_value(&DATA_VALUES_OPERATING_LOAD_SETPOINT).await
        }
        /// Reads `data_values.operation_load_feedin` ([`DATA_VALUES_OPERATION_LOAD_FEEDIN`]). Operation hour counter of Load Feedin (MODBUS_VAL_OPERATION_LOAD_FEEDIN)
        pub async fn read_data_values_operation_load_feedin(
            &mut self,
        ) -> mm::ModbusResult<u32> {
            self.inner.read_value(&DATA_VALUES_OPERATION_LOAD_FEEDIN).await
        }
        /// Reads `data_values.operation_heat_pump_request` ([`DATA_VALUES_OPERATION_HEAT_PUMP_REQUEST`]). Operation hour counter of Heat Pump Request (MODBUS_VAL_OPERATION_HEAT_PUMP_REQUEST)
        pub async fn read_data_values_operation_heat_pump_request(
            &mut self,
        ) -> mm::ModbusResult<u32> {
            self.inner.read_value(&DATA_VALUES_OPERATION_HEAT_PUMP_REQUEST).await
        }
        /// Reads `data_values.operation_analog_in` ([`DATA_VALUES_OPERATION_ANALOG_IN`]). Operation hour counter of Analog Input (MODBUS_VAL_OPERATION_ANALOG_IN)
        pub async fn read_data_values_operation_analog_in(
            &mut self,
        ) -> mm::ModbusResult<u32> {
            self.inner.read_value(&DATA_VALUES_OPERATION_ANALOG_IN).await
        }
        /// Reads `data_values.operation_emergency_mode` ([`DATA_VALUES_OPERATION_EMERGENCY_MODE`]). Operation hour counter of Emergency Mode (MODBUS_VAL_OPERATION_EMERGENCY_MODE)
        pub async fn read_data_values_operation_emergency_mode(
            &mut self,
        ) -> mm::ModbusResult<u32> {
            self.inner.read_value(&DATA_VALUES_OPERATION_EMERGENCY_MODE).await
        }
        /// Reads `data_values.operation_legio` ([`DATA_VALUES_OPERATION_LEGIO`]). Operation hour counter of Legionella Protection (MODBUS_VAL_OPERATION_LEGIO)
        pub async fn read_data_values_operation_legio(
            &mut self,
        ) -> mm::ModbusResult<u32> {
            self.inner.read_value(&DATA_VALUES_OPERATION_LEGIO).await
        }
        /// Reads `data_values.operation_low_tariff` ([`DATA_VALUES_OPERATION_LOW_TARIFF`]). Operation hour counter of Low Tariff Mode (MODBUS_VAL_OPERATION_LOW_TARIFF)
        pub async fn read_data_values_operation_low_tariff(
            &mut self,
        ) -> mm::ModbusResult<u32> {
            self.inner.read_value(&DATA_VALUES_OPERATION_LOW_TARIFF).await
        }
        /// Reads `data_values.operation_minimal_temp` ([`DATA_VALUES_OPERATION_MINIMAL_TEMP`]). Operation hour counter of Hold Minimal Temperature Mode (MODBUS_VAL_OPERATION_MINIMAL_TEMP)
        pub async fn read_data_values_operation_minimal_temp(
            &mut self,
        ) -> mm::ModbusResult<u32> {
            self.inner.read_value(&DATA_VALUES_OPERATION_MINIMAL_TEMP).await
        }
        /// Reads `data_values.operating_heater_step_1` ([`DATA_VALUES_OPERATING_HEATER_STEP_1`]). Operation hour counter of Heater Step 1 (MODBUS_VAL_OPERATING_HEATER_STEP_1)
        pub async fn read_data_values_operating_heater_step_1(
            &mut self,
        ) -> mm::ModbusResult<u32> {
            self.inner.read_value(&DATA_VALUES_OPERATING_HEATER_STEP_1).await
        }
        /// Reads `data_values.operating_heater_step_2` ([`DATA_VALUES_OPERATING_HEATER_STEP_2`]). Operation hour counter of Heater Step 2 (MODBUS_VAL_OPERATING_HEATER_STEP_2)
        pub async fn read_data_values_operating_heater_step_2(
            &mut self,
        ) -> mm::ModbusResult<u32> {
            self.inner.read_value(&DATA_VALUES_OPERATING_HEATER_STEP_2).await
        }
        /// Reads `data_values.operating_heater_step_3` ([`DATA_VALUES_OPERATING_HEATER_STEP_3`]). Operation hour counter of Heater Step 3 (MODBUS_VAL_OPERATING_HEATER_STEP_3)
        pub async fn read_data_values_operating_heater_step_3(
            &mut self,
        ) -> mm::ModbusResult<u32> {
            self.inner.read_value(&DATA_VALUES_OPERATING_HEATER_STEP_3).await
        }
        /// Reads `data_values.operating_heater_step_4` ([`DATA_VALUES_OPERATING_HEATER_STEP_4`]). Operation hour counter of Heater Step 4 (MODBUS_VAL_OPERATING_HEATER_STEP_4)
        pub async fn read_data_values_operating_heater_step_4(
            &mut self,
        ) -> mm::ModbusResult<u32> {
            self.inner.read_value(&DATA_VALUES_OPERATING_HEATER_STEP_4).await
        }
        /// Reads `data_values.operating_heater_step_5` ([`DATA_VALUES_OPERATING_HEATER_STEP_5`]). Operation hour counter of Heater Step 5 (MODBUS_VAL_OPERATING_HEATER_STEP_5)
        pub async fn read_data_values_operating_heater_step_5(
            &mut self,
        ) -> mm::ModbusResult<u32> {
            self.inner.read_value(&DATA_VALUES_OPERATING_HEATER_STEP_5).await
        }
        /// Reads `data_values.operating_heater_step_6` ([`DATA_VALUES_OPERATING_HEATER_STEP_6`]). Operation hour counter of Heater Step 6 (MODBUS_VAL_OPERATING_HEATER_STEP_6)
        pub async fn read_data_values_operating_heater_step_6(
            &mut self,
        ) -> mm::ModbusResult<u32> {
            self.inner.read_value(&DATA_VALUES_OPERATING_HEATER_STEP_6).await
        }
        /// Reads `data_values.operating_heater_step_7` ([`DATA_VALUES_OPERATING_HEATER_STEP_7`]). Operation hour counter of Heater Step 7 (MODBUS_VAL_OPERATING_HEATER_STEP_7)
        pub async fn read_data_values_operating_heater_step_7(
            &mut self,
        ) -> mm::ModbusResult<u32> {
            self.inner.read_value(&DATA_VALUES_OPERATING_HEATER_STEP_7).await
        }
        /// Reads `data_values.set_heater_step_count` ([`DATA_VALUES_SET_HEATER_STEP_COUNT`]). Number of Set Heater Step usage (MODBUS_VAL_SET_HEATER_STEP_COUNT)
        pub async fn read_data_values_set_heater_step_count(
            &mut self,
        ) -> mm::ModbusResult<u32> {
            self.inner.read_value(&DATA_VALUES_SET_HEATER_STEP_COUNT).await
        }
        /// Reads `data_values.load_setpoint_count` ([`DATA_VALUES_LOAD_SETPOINT_COUNT`]). Number of Load Setpoint usage (MODBUS_VAL_LOAD_SETPOINT_COUNT)
        pub async fn read_data_values_load_setpoint_count(
            &mut self,
        ) -> mm::ModbusResult<u32> {
            self.inner.read_value(&DATA_VALUES_LOAD_SETPOINT_COUNT).await
        }
        /// Reads `data_values.load_feedin_count` ([`DATA_VALUES_LOAD_FEEDIN_COUNT`]). Number of Load Feedin usage (MODBUS_VAL_LOAD_FEEDIN_COUNT)
        pub async fn read_data_values_load_feedin_count(
            &mut self,
        ) -> mm::ModbusResult<u32> {
            self.inner.read_value(&DATA_VALUES_LOAD_FEEDIN_COUNT).await
        }
        /// Reads `data_values.heat_pump_request_count` ([`DATA_VALUES_HEAT_PUMP_REQUEST_COUNT`]). Number of Heat Pump Request usage (MODBUS_VAL_HEAT_PUMP_REQUEST_COUNT)
        pub async fn read_data_values_heat_pump_request_count(
            &mut self,
        ) -> mm::ModbusResult<u32> {
            self.inner.read_value(&DATA_VALUES_HEAT_PUMP_REQUEST_COUNT).await
        }
        /// Reads `data_values.analog_in_count` ([`DATA_VALUES_ANALOG_IN_COUNT`]). Number of Analog Input usage (MODBUS_VAL_ANALOG_IN_COUNT)
        pub async fn read_data_values_analog_in_count(
            &mut self,
        ) -> mm::ModbusResult<u32> {
            self.inner.read_value(&DATA_VALUES_ANALOG_IN_COUNT).await
        }
        /// Reads `data_values.emergency_mode_count` ([`DATA_VALUES_EMERGENCY_MODE_COUNT`]). Number of Emergency Mode usage (MODBUS_VAL_EMERGENCY_MODE_COUNT)
        pub async fn read_data_values_emergency_mode_count(
            &mut self,
        ) -> mm::ModbusResult<u32> {
            self.inner.read_value(&DATA_VALUES_EMERGENCY_MODE_COUNT).await
        }
        /// Reads `data_values.legio_count` ([`DATA_VALUES_LEGIO_COUNT`]). Number of Legionella Protection usage (MODBUS_VAL_LEGIO_COUNT)
        pub async fn read_data_values_legio_count(&mut self) -> mm::ModbusResult<u32> {
            self.inner.read_value(&DATA_VALUES_LEGIO_COUNT).await
        }
        /// Reads `data_values.low_tariff_count` ([`DATA_VALUES_LOW_TARIFF_COUNT`]). Number of Low Tariff Mode usage (MODBUS_VAL_LOW_TARIFF_COUNT)
        pub async fn read_data_values_low_tariff_count(
            &mut self,
        ) -> mm::ModbusResult<u32> {
            self.inner.read_value(&DATA_VALUES_LOW_TARIFF_COUNT).await
        }
        /// Reads `data_values.minimal_temp_count` ([`DATA_VALUES_MINIMAL_TEMP_COUNT`]). Number of Hold Minimal Temperature usage (MODBUS_VAL_MINIMAL_TEMP_COUNT)
        pub async fn read_data_values_minimal_temp_count(
            &mut self,
        ) -> mm::ModbusResult<u32> {
            self.inner.read_value(&DATA_VALUES_MINIMAL_TEMP_COUNT).await
        }
        /// Reads `data_values.max_temperature` ([`DATA_VALUES_MAX_TEMPERATURE`]). Highest measured temperature (MODBUS_VAL_MAX_TEMPERATURE)
        pub async fn read_data_values_max_temperature(
            &mut self,
        ) -> mm::ModbusResult<u8> {
            self.inner.read_value(&DATA_VALUES_MAX_TEMPERATURE).await
        }
        /// Reads `extended_values.status` ([`EXTENDED_VALUES_STATUS`]). Read status of ASKOHEAT+; to switch heaters on or off use register 200 (MODBUS_EXT_STATUS)
        pub async fn read_extended_values_status(
            &mut self,
        ) -> mm::ModbusResult<ExtendedValuesStatus> {
            self.inner.read_value(&EXTENDED_VALUES_STATUS).await
        }
        /// Reads `extended_values.heater_load` ([`EXTENDED_VALUES_HEATER_LOAD`]). Actual electrical heater load, 250-30000 W while heating (MODBUS_EXT_HEATER_LOAD)
        pub async fn read_extended_values_heater_load(
            &mut self,
        ) -> mm::ModbusResult<i16> {
            self.inner.read_value(&EXTENDED_VALUES_HEATER_LOAD).await
        }
        /// Reads `extended_values.reserved` ([`EXTENDED_VALUES_RESERVED`]). Reserved for future features, version tbd (MODBUS_EXT_RESERVED)
        pub async fn read_extended_values_reserved(&mut self) -> mm::ModbusResult<i16> {
            self.inner.read_value(&EXTENDED_VALUES_RESERVED).await
        }
        /// Reads `extended_values.legio_status` ([`EXTENDED_VALUES_LEGIO_STATUS`]). Status of legionella protection (MODBUS_EXT_LEGIO_STATUS)
        pub async fn read_extended_values_legio_status(
            &mut self,
        ) -> mm::ModbusResult<ExtendedValuesLegioStatus> {
            self.inner.read_value(&EXTENDED_VALUES_LEGIO_STATUS).await
        }
        /// Reads `extended_values.temperature_float_sensor5` ([`EXTENDED_VALUES_TEMPERATURE_FLOAT_SENSOR5`]). Temperature of sensor 5, this sensor is not implemented yet (MODBUS_EXT_TEMPERATURE_FLOAT_SENSOR5)
        pub async fn read_extended_values_temperature_float_sensor5(
            &mut self,
        ) -> mm::ModbusResult<f32> {
            self.inner.read_value(&EXTENDED_VALUES_TEMPERATURE_FLOAT_SENSOR5).await
        }
        /// Reads `extended_values.temperature_float_sensor4` ([`EXTENDED_VALUES_TEMPERATURE_FLOAT_SENSOR4`]). Temperature of sensor 4, optional external PT1000 (MODBUS_EXT_TEMPERATURE_FLOAT_SENSOR4)
        pub async fn read_extended_values_temperature_float_sensor4(
            &mut self,
        ) -> mm::ModbusResult<f32> {
            self.inner.read_value(&EXTENDED_VALUES_TEMPERATURE_FLOAT_SENSOR4).await
        }
        /// Reads `extended_values.temperature_float_sensor3` ([`EXTENDED_VALUES_TEMPERATURE_FLOAT_SENSOR3`]). Temperature of sensor 3, optional external PT1000 (MODBUS_EXT_TEMPERATURE_FLOAT_SENSOR3)
        pub async fn read_extended_values_temperature_float_sensor3(
            &mut self,
        ) -> mm::ModbusResult<f32> {
            self.inner.read_value(&EXTENDED_VALUES_TEMPERATURE_FLOAT_SENSOR3).await
        }
        /// Reads `extended_values.temperature_float_sensor2` ([`EXTENDED_VALUES_TEMPERATURE_FLOAT_SENSOR2`]). Temperature of sensor 2, optional external PT1000 (MODBUS_EXT_TEMPERATURE_FLOAT_SENSOR2)
        pub async fn read_extended_values_temperature_float_sensor2(
            &mut self,
        ) -> mm::ModbusResult<f32> {
            self.inner.read_value(&EXTENDED_VALUES_TEMPERATURE_FLOAT_SENSOR2).await
        }
        /// Reads `extended_values.temperature_float_sensor1` ([`EXTENDED_VALUES_TEMPERATURE_FLOAT_SENSOR1`]). Temperature of sensor 1, optional external PT1000 (MODBUS_EXT_TEMPERATURE_FLOAT_SENSOR1)
        pub async fn read_extended_values_temperature_float_sensor1(
            &mut self,
        ) -> mm::ModbusResult<f32> {
            self.inner.read_value(&EXTENDED_VALUES_TEMPERATURE_FLOAT_SENSOR1).await
        }
        /// Reads `extended_values.temperature_float_sensor0` ([`EXTENDED_VALUES_TEMPERATURE_FLOAT_SENSOR0`]). Temperature of sensor 0, integrated in ASKOHEAT+ PT1000 (MODBUS_EXT_TEMPERATURE_FLOAT_SENSOR0)
        pub async fn read_extended_values_temperature_float_sensor0(
            &mut self,
        ) -> mm::ModbusResult<f32> {
            self.inner.read_value(&EXTENDED_VALUES_TEMPERATURE_FLOAT_SENSOR0).await
        }
        /// Reads `extended_values.analog_input_float` ([`EXTENDED_VALUES_ANALOG_INPUT_FLOAT`]). Analog input 0-10 V (MODBUS_EXT_ANALOG_INPUT_FLOAT)
        pub async fn read_extended_values_analog_input_float(
            &mut self,
        ) -> mm::ModbusResult<f32> {
            self.inner.read_value(&EXTENDED_VALUES_ANALOG_INPUT_FLOAT).await
        }
        /// Reads `extended_values.load_setpoint_value` ([`EXTENDED_VALUES_LOAD_SETPOINT_VALUE`]). Load setpoint (250-30000 W) for automatic setting of the optimum power level (MODBUS_EXT_LOAD_SETPOINT_VALUE)
        pub async fn read_extended_values_load_setpoint_value(
            &mut self,
        ) -> mm::ModbusResult<i16> {
            self.inner.read_value(&EXTENDED_VALUES_LOAD_SETPOINT_VALUE).await
        }
        /// Reads `extended_values.load_feedin_value` ([`EXTENDED_VALUES_LOAD_FEEDIN_VALUE`]). Use case power to heat: negative values activate thermal storage (MODBUS_EXT_LOAD_FEEDIN_VALUE)
        pub async fn read_extended_values_load_feedin_value(
            &mut self,
        ) -> mm::ModbusResult<i16> {
            self.inner.read_value(&EXTENDED_VALUES_LOAD_FEEDIN_VALUE).await
        }
        /// Reads `extended_values.reserve1` ([`EXTENDED_VALUES_RESERVE1`]). Reserved for future use (MODBUS_EXT_RESERVE1; the document's range 720…744 corrected to 720…724)
        pub async fn read_extended_values_reserve1(
            &mut self,
        ) -> mm::ModbusResult<mm::String> {
            self.inner.read_value(&EXTENDED_VALUES_RESERVE1).await
        }
        /// Reads `extended_values.millis` ([`EXTENDED_VALUES_MILLIS`]). Debug information only: RTOS milliseconds, 0-4294967295 (MODBUS_EXT_MILLIS)
        pub async fn read_extended_values_millis(&mut self) -> mm::ModbusResult<u32> {
            self.inner.read_value(&EXTENDED_VALUES_MILLIS).await
        }
        /// Reads `extended_values.reserve2` ([`EXTENDED_VALUES_RESERVE2`]). Reserved for future use (MODBUS_EXT_RESERVE2)
        pub async fn read_extended_values_reserve2(
            &mut self,
        ) -> mm::ModbusResult<mm::String> {
            self.inner.read_value(&EXTENDED_VALUES_RESERVE2).await
        }
        /// Reads `extended_values.reserve3` ([`EXTENDED_VALUES_RESERVE3`]). Reserved for future use (MODBUS_EXT_RESERVE3)
        pub async fn read_extended_values_reserve3(
            &mut self,
        ) -> mm::ModbusResult<mm::String> {
            self.inner.read_value(&EXTENDED_VALUES_RESERVE3).await
        }
        /// Reads `command.set_heater_step` ([`COMMAND_SET_HEATER_STEP`]). Switch heaters on / off: heater step 0-7 in the low byte (MODBUS_CMD_SET_HEATER_STEP); cleared after 60 s without a client
        pub async fn read_command_set_heater_step(&mut self) -> mm::ModbusResult<u8> {
            self.inner.read_value(&COMMAND_SET_HEATER_STEP).await
        }
        /// Writes `command.set_heater_step` ([`COMMAND_SET_HEATER_STEP`]) after checking access, range, firmware and safety locally. Switch heaters on / off: heater step 0-7 in the low byte (MODBUS_CMD_SET_HEATER_STEP); cleared after 60 s without a client
        pub async fn write_command_set_heater_step(
            &mut self,
            value: u8,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&COMMAND_SET_HEATER_STEP, &value).await
        }
        /// Reads `command.load_setpoint_value` ([`COMMAND_LOAD_SETPOINT_VALUE`]). Load setpoint (250-30000 W) for automatic setting of the optimum power level of the ASKOHEAT+ (MODBUS_CMD_LOAD_SETPOINT_VALUE)
        pub async fn read_command_load_setpoint_value(
            &mut self,
        ) -> mm::ModbusResult<i16> {
            self.inner.read_value(&COMMAND_LOAD_SETPOINT_VALUE).await
        }
        /// Writes `command.load_setpoint_value` ([`COMMAND_LOAD_SETPOINT_VALUE`]) after checking access, range, firmware and safety locally. Load setpoint (250-30000 W) for automatic setting of the optimum power level of the ASKOHEAT+ (MODBUS_CMD_LOAD_SETPOINT_VALUE)
        pub async fn write_command_load_setpoint_value(
            &mut self,
            value: i16,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&COMMAND_LOAD_SETPOINT_VALUE, &value).await
        }
        /// Reads `command.load_feedin_value` ([`COMMAND_LOAD_FEEDIN_VALUE`]). Use case power to heat: negative values (grid feed-in) activate thermal storage, ASKOHEAT+ automatically switches to the correct level; positive values switch it off (MODBUS_CMD_LOAD_FEEDIN_VALUE)
        pub async fn read_command_load_feedin_value(&mut self) -> mm::ModbusResult<i16> {
            self.inner.read_value(&COMMAND_LOAD_FEEDIN_VALUE).await
        }
        /// Writes `command.load_feedin_value` ([`COMMAND_LOAD_FEEDIN_VALUE`]) after checking access, range, firmware and safety locally. Use case power to heat: negative values (grid feed-in) activate thermal storage, ASKOHEAT+ automatically switches to the correct level; positive values switch it off (MODBUS_CMD_LOAD_FEEDIN_VALUE)
        pub async fn write_command_load_feedin_value(
            &mut self,
            value: i16,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&COMMAND_LOAD_FEEDIN_VALUE, &value).await
        }
        /// Writes `service.reset` ([`SERVICE_RESET`]) after checking access, range, firmware and safety locally. Rebooting of ASKOHEAT+ (MODBUS_CMD_RESET)
        pub async fn write_service_reset(&mut self, value: u16) -> mm::ModbusResult<()> {
            self.inner.write_value(&SERVICE_RESET, &value).await
        }
        /// Writes `service.reconfig` ([`SERVICE_RECONFIG`]) after checking access, range, firmware and safety locally. Return to factory setting, user must make network setting again (MODBUS_CMD_RECONFIG) Safety-relevant: needs `allow_safety_writes(true)`.
        pub async fn write_service_reconfig(
            &mut self,
            value: u16,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&SERVICE_RECONFIG, &value).await
        }
        /// Writes `service.identify` ([`SERVICE_IDENTIFY`]) after checking access, range, firmware and safety locally. All LEDs flash for 20 seconds for identification purposes (MODBUS_CMD_IDENTIFY)
        pub async fn write_service_identify(
            &mut self,
            value: u16,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&SERVICE_IDENTIFY, &value).await
        }
        /// Writes `service.clear_temp_sensor_error` ([`SERVICE_CLEAR_TEMP_SENSOR_ERROR`]) after checking access, range, firmware and safety locally. Clears remembered temperature sensors after any temperature sensor error (MODBUS_CMD_CLEAR_TEMP_SENSOR_ERROR)
        pub async fn write_service_clear_temp_sensor_error(
            &mut self,
            value: u16,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&SERVICE_CLEAR_TEMP_SENSOR_ERROR, &value).await
        }
        /// Reads `energymanager_write.set_heater_step` ([`ENERGYMANAGER_WRITE_SET_HEATER_STEP`]). Switch heaters on / off (MODBUS_EMA_SET_HEATER_STEP, same as MODBUS_CMD_SET_HEATER_STEP)
        pub async fn read_energymanager_write_set_heater_step(
            &mut self,
        ) -> mm::ModbusResult<u8> {
            self.inner.read_value(&ENERGYMANAGER_WRITE_SET_HEATER_STEP).await
        }
        /// Writes `energymanager_write.set_heater_step` ([`ENERGYMANAGER_WRITE_SET_HEATER_STEP`]) after checking access, range, firmware and safety locally. Switch heaters on / off (MODBUS_EMA_SET_HEATER_STEP, same as MODBUS_CMD_SET_HEATER_STEP)
        pub async fn write_energymanager_write_set_heater_step(
            &mut self,
            value: u8,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&ENERGYMANAGER_WRITE_SET_HEATER_STEP, &value).await
        }
        /// Reads `energymanager_write.load_setpoint_value` ([`ENERGYMANAGER_WRITE_LOAD_SETPOINT_VALUE`]). Load setpoint (MODBUS_EMA_LOAD_SETPOINT_VALUE, same as MODBUS_CMD_LOAD_SETPOINT_VALUE)
        pub async fn read_energymanager_write_load_setpoint_value(
            &mut self,
        ) -> mm::ModbusResult<i16> {
            self.inner.read_value(&ENERGYMANAGER_WRITE_LOAD_SETPOINT_VALUE).await
        }
        /// Writes `energymanager_write.load_setpoint_value` ([`ENERGYMANAGER_WRITE_LOAD_SETPOINT_VALUE`]) after checking access, range, firmware and safety locally. Load setpoint (MODBUS_EMA_LOAD_SETPOINT_VALUE, same as MODBUS_CMD_LOAD_SETPOINT_VALUE)
        pub async fn write_energymanager_write_load_setpoint_value(
            &mut self,
            value: i16,
        ) -> mm::ModbusResult<()> {
            self.inner
                .write_value(&ENERGYMANAGER_WRITE_LOAD_SETPOINT_VALUE, &value)
                .await
        }
        /// Reads `energymanager_write.load_feedin_value` ([`ENERGYMANAGER_WRITE_LOAD_FEEDIN_VALUE`]). Load feed-in value (MODBUS_EMA_LOAD_FEEDIN_VALUE, same as MODBUS_CMD_LOAD_FEEDIN_VALUE)
        pub async fn read_energymanager_write_load_feedin_value(
            &mut self,
        ) -> mm::ModbusResult<i16> {
            self.inner.read_value(&ENERGYMANAGER_WRITE_LOAD_FEEDIN_VALUE).await
        }
        /// Writes `energymanager_write.load_feedin_value` ([`ENERGYMANAGER_WRITE_LOAD_FEEDIN_VALUE`]) after checking access, range, firmware and safety locally. Load feed-in value (MODBUS_EMA_LOAD_FEEDIN_VALUE, same as MODBUS_CMD_LOAD_FEEDIN_VALUE)
        pub async fn write_energymanager_write_load_feedin_value(
            &mut self,
            value: i16,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&ENERGYMANAGER_WRITE_LOAD_FEEDIN_VALUE, &value).await
        }
        /// Reads `configuration.relay_sec_count` ([`CONFIGURATION_RELAY_SEC_COUNT`]). Switch-on inhibit of relays, factory setting 5 seconds (MODBUS_CON_RELAY_SEC_COUNT)
        pub async fn read_configuration_relay_sec_count(
            &mut self,
        ) -> mm::ModbusResult<u16> {
            self.inner.read_value(&CONFIGURATION_RELAY_SEC_COUNT).await
        }
        /// Writes `configuration.relay_sec_count` ([`CONFIGURATION_RELAY_SEC_COUNT`]) after checking access, range, firmware and safety locally. Switch-on inhibit of relays, factory setting 5 seconds (MODBUS_CON_RELAY_SEC_COUNT)
        pub async fn write_configuration_relay_sec_count(
            &mut self,
            value: u16,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&CONFIGURATION_RELAY_SEC_COUNT, &value).await
        }
        /// Reads `configuration.pump_sec_count` ([`CONFIGURATION_PUMP_SEC_COUNT`]). Pump follow-up time after switching off any heater, factory setting 30 seconds (MODBUS_CON_PUMP_SEC_COUNT)
        pub async fn read_configuration_pump_sec_count(
            &mut self,
        ) -> mm::ModbusResult<u16> {
            self.inner.read_value(&CONFIGURATION_PUMP_SEC_COUNT).await
        }
        /// Writes `configuration.pump_sec_count` ([`CONFIGURATION_PUMP_SEC_COUNT`]) after checking access, range, firmware and safety locally. Pump follow-up time after switching off any heater, factory setting 30 seconds (MODBUS_CON_PUMP_SEC_COUNT)
        pub async fn write_configuration_pump_sec_count(
            &mut self,
            value: u16,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&CONFIGURATION_PUMP_SEC_COUNT, &value).await
        }
        /// Reads `configuration.input_setting` ([`CONFIGURATION_INPUT_SETTING`]). Use of inputs (analog input 0-10 V, heat pump request, emergency mode, setpoint value or feed-in values) (MODBUS_CON_INPUT_SETTING)
        pub async fn read_configuration_input_setting(
            &mut self,
        ) -> mm::ModbusResult<ConfigurationInputSetting> {
            self.inner.read_value(&CONFIGURATION_INPUT_SETTING).await
        }
        /// Writes `configuration.input_setting` ([`CONFIGURATION_INPUT_SETTING`]) after checking access, range, firmware and safety locally. Use of inputs (analog input 0-10 V, heat pump request, emergency mode, setpoint value or feed-in values) (MODBUS_CON_INPUT_SETTING)
        pub async fn write_configuration_input_setting(
            &mut self,
            value: ConfigurationInputSetting,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&CONFIGURATION_INPUT_SETTING, &value).await
        }
        /// Reads `configuration.auto_heater_off_minutes` ([`CONFIGURATION_AUTO_HEATER_OFF_MINUTES`]). Cost prevention and safety function: time until the heater switches off automatically (writable since 3.0.1) (MODBUS_CON_AUTO_HEATER_OFF_MINUTES)
        pub async fn read_configuration_auto_heater_off_minutes(
            &mut self,
        ) -> mm::ModbusResult<u16> {
            self.inner.read_value(&CONFIGURATION_AUTO_HEATER_OFF_MINUTES).await
        }
        /// Writes `configuration.auto_heater_off_minutes` ([`CONFIGURATION_AUTO_HEATER_OFF_MINUTES`]) after checking access, range, firmware and safety locally. Cost prevention and safety function: time until the heater switches off automatically (writable since 3.0.1) (MODBUS_CON_AUTO_HEATER_OFF_MINUTES) Safety-relevant: needs `allow_safety_writes(true)`.
        pub async fn write_configuration_auto_heater_off_minutes(
            &mut self,
            value: u16,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&CONFIGURATION_AUTO_HEATER_OFF_MINUTES, &value).await
        }
        /// Reads `configuration.auto_heater_off_setting` ([`CONFIGURATION_AUTO_HEATER_OFF_SETTING`]). Setting of the auto-off function for cost prevention and safety (writable since 3.0.1) (MODBUS_CON_AUTO_HEATER_OFF_SETTING)
        pub async fn read_configuration_auto_heater_off_setting(
            &mut self,
        ) -> mm::ModbusResult<ConfigurationAutoHeaterOffSetting> {
            self.inner.read_value(&CONFIGURATION_AUTO_HEATER_OFF_SETTING).await
        }
        /// Writes `configuration.auto_heater_off_setting` ([`CONFIGURATION_AUTO_HEATER_OFF_SETTING`]) after checking access, range, firmware and safety locally. Setting of the auto-off function for cost prevention and safety (writable since 3.0.1) (MODBUS_CON_AUTO_HEATER_OFF_SETTING) Safety-relevant: needs `allow_safety_writes(true)`.
        pub async fn write_configuration_auto_heater_off_setting(
            &mut self,
            value: ConfigurationAutoHeaterOffSetting,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&CONFIGURATION_AUTO_HEATER_OFF_SETTING, &value).await
        }
        /// Reads `configuration.cascade_prio` ([`CONFIGURATION_CASCADE_PRIO`]). Prioritization for cascade control, version tbd (MODBUS_CON_CASCADE_PRIO)
        pub async fn read_configuration_cascade_prio(&mut self) -> mm::ModbusResult<u8> {
            self.inner.read_value(&CONFIGURATION_CASCADE_PRIO).await
        }
        /// Writes `configuration.cascade_prio` ([`CONFIGURATION_CASCADE_PRIO`]) after checking access, range, firmware and safety locally. Prioritization for cascade control, version tbd (MODBUS_CON_CASCADE_PRIO)
        pub async fn write_configuration_cascade_prio(
            &mut self,
            value: u8,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&CONFIGURATION_CASCADE_PRIO, &value).await
        }
        /// Reads `configuration.heatbuffer_type` ([`CONFIGURATION_HEATBUFFER_TYPE`]). Type of heat buffer in which ASKOHEAT+ is installed, version tbd (MODBUS_CON_HEATBUFFER_TYPE)
        pub async fn read_configuration_heatbuffer_type(
            &mut self,
        ) -> mm::ModbusResult<ConfigurationHeatbufferType> {
            self.inner.read_value(&CONFIGURATION_HEATBUFFER_TYPE).await
        }
        /// Writes `configuration.heatbuffer_type` ([`CONFIGURATION_HEATBUFFER_TYPE`]) after checking access, range, firmware and safety locally. Type of heat buffer in which ASKOHEAT+ is installed, version tbd (MODBUS_CON_HEATBUFFER_TYPE)
        pub async fn write_configuration_heatbuffer_type(
            &mut self,
            value: ConfigurationHeatbufferType,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&CONFIGURATION_HEATBUFFER_TYPE, &value).await
        }
        /// Reads `configuration.heatbuffer_volume` ([`CONFIGURATION_HEATBUFFER_VOLUME`]). Heat storage volume, version tbd (MODBUS_CON_HEATBUFFER_VOLUME)
        pub async fn read_configuration_heatbuffer_volume(
            &mut self,
        ) -> mm::ModbusResult<u16> {
            self.inner.read_value(&CONFIGURATION_HEATBUFFER_VOLUME).await
        }
        /// Writes `configuration.heatbuffer_volume` ([`CONFIGURATION_HEATBUFFER_VOLUME`]) after checking access, range, firmware and safety locally. Heat storage volume, version tbd (MODBUS_CON_HEATBUFFER_VOLUME)
        pub async fn write_configuration_heatbuffer_volume(
            &mut self,
            value: u16,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&CONFIGURATION_HEATBUFFER_VOLUME, &value).await
        }
        /// Reads `configuration.heater_position` ([`CONFIGURATION_HEATER_POSITION`]). Installation position of ASKOHEAT+ (ASKOWALL, middle or bottom of boiler) (MODBUS_CON_HEATER_POSITION)
        pub async fn read_configuration_heater_position(
            &mut self,
        ) -> mm::ModbusResult<ConfigurationHeaterPosition> {
            self.inner.read_value(&CONFIGURATION_HEATER_POSITION).await
        }
        /// Writes `configuration.heater_position` ([`CONFIGURATION_HEATER_POSITION`]) after checking access, range, firmware and safety locally. Installation position of ASKOHEAT+ (ASKOWALL, middle or bottom of boiler) (MODBUS_CON_HEATER_POSITION)
        pub async fn write_configuration_heater_position(
            &mut self,
            value: ConfigurationHeaterPosition,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&CONFIGURATION_HEATER_POSITION, &value).await
        }
        /// Reads `configuration.legio_setting` ([`CONFIGURATION_LEGIO_SETTING`]). Setting of legionella protection (MODBUS_CON_LEGIO_SETTING)
        pub async fn read_configuration_legio_setting(
            &mut self,
        ) -> mm::ModbusResult<ConfigurationLegioSetting> {
            self.inner.read_value(&CONFIGURATION_LEGIO_SETTING).await
        }
        /// Writes `configuration.legio_setting` ([`CONFIGURATION_LEGIO_SETTING`]) after checking access, range, firmware and safety locally. Setting of legionella protection (MODBUS_CON_LEGIO_SETTING)
        pub async fn write_configuration_legio_setting(
            &mut self,
            value: ConfigurationLegioSetting,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&CONFIGURATION_LEGIO_SETTING, &value).await
        }
        /// Reads `configuration.legio_temperature` ([`CONFIGURATION_LEGIO_TEMPERATURE`]). Heat-up temperature for legionella protection (MODBUS_CON_LEGIO_TEMPERATURE)
        pub async fn read_configuration_legio_temperature(
            &mut self,
        ) -> mm::ModbusResult<u8> {
            self.inner.read_value(&CONFIGURATION_LEGIO_TEMPERATURE).await
        }
        /// Writes `configuration.legio_temperature` ([`CONFIGURATION_LEGIO_TEMPERATURE`]) after checking access, range, firmware and safety locally. Heat-up temperature for legionella protection (MODBUS_CON_LEGIO_TEMPERATURE)
        pub async fn write_configuration_legio_temperature(
            &mut self,
            value: u8,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&CONFIGURATION_LEGIO_TEMPERATURE, &value).await
        }
        /// Reads `configuration.legio_heatup_minutes` ([`CONFIGURATION_LEGIO_HEATUP_MINUTES`]). Heat-up time for legionella protection, default 240 (MODBUS_CON_LEGIO_HEATUP_MINUTES)
        pub async fn read_configuration_legio_heatup_minutes(
            &mut self,
        ) -> mm::ModbusResult<u16> {
            self.inner.read_value(&CONFIGURATION_LEGIO_HEATUP_MINUTES).await
        }
        /// Writes `configuration.legio_heatup_minutes` ([`CONFIGURATION_LEGIO_HEATUP_MINUTES`]) after checking access, range, firmware and safety locally. Heat-up time for legionella protection, default 240 (MODBUS_CON_LEGIO_HEATUP_MINUTES)
        pub async fn write_configuration_legio_heatup_minutes(
            &mut self,
            value: u16,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&CONFIGURATION_LEGIO_HEATUP_MINUTES, &value).await
        }
        /// Reads `configuration.legio_activ_time` ([`CONFIGURATION_LEGIO_ACTIV_TIME`]). Preferred start time for legionella protection, if necessary if PV energy is available, e.g. "12:00 AM" (MODBUS_CON_LEGIO_ACTIV_TIME)
        pub async fn read_configuration_legio_activ_time(
            &mut self,
        ) -> mm::ModbusResult<mm::String> {
            self.inner.read_value(&CONFIGURATION_LEGIO_ACTIV_TIME).await
        }
        /// Writes `configuration.legio_activ_time` ([`CONFIGURATION_LEGIO_ACTIV_TIME`]) after checking access, range, firmware and safety locally. Preferred start time for legionella protection, if necessary if PV energy is available, e.g. "12:00 AM" (MODBUS_CON_LEGIO_ACTIV_TIME)
        pub async fn write_configuration_legio_activ_time(
            &mut self,
            value: &str,
        ) -> mm::ModbusResult<()> {
            self.inner
                .write_value(&CONFIGURATION_LEGIO_ACTIV_TIME, &mm::String::from(value))
                .await
        }
        /// Reads `configuration.water_hardness` ([`CONFIGURATION_WATER_HARDNESS`]). Typical water hardness, e.g. "32 °fH", "hart", "14 °dH", version tbd (MODBUS_CON_WATER_HARDNESS)
        pub async fn read_configuration_water_hardness(
            &mut self,
        ) -> mm::ModbusResult<mm::String> {
            self.inner.read_value(&CONFIGURATION_WATER_HARDNESS).await
        }
        /// Writes `configuration.water_hardness` ([`CONFIGURATION_WATER_HARDNESS`]) after checking access, range, firmware and safety locally. Typical water hardness, e.g. "32 °fH", "hart", "14 °dH", version tbd (MODBUS_CON_WATER_HARDNESS)
        pub async fn write_configuration_water_hardness(
            &mut self,
            value: &str,
        ) -> mm::ModbusResult<()> {
            self.inner
                .write_value(&CONFIGURATION_WATER_HARDNESS, &mm::String::from(value))
                .await
        }
        /// Reads `configuration.housetype` ([`CONFIGURATION_HOUSETYPE`]). Kind of building, version tbd (MODBUS_CON_HOUSETYPE)
        pub async fn read_configuration_housetype(
            &mut self,
        ) -> mm::ModbusResult<ConfigurationHousetype> {
            self.inner.read_value(&CONFIGURATION_HOUSETYPE).await
        }
        /// Writes `configuration.housetype` ([`CONFIGURATION_HOUSETYPE`]) after checking access, range, firmware and safety locally. Kind of building, version tbd (MODBUS_CON_HOUSETYPE)
        pub async fn write_configuration_housetype(
            &mut self,
            value: ConfigurationHousetype,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&CONFIGURATION_HOUSETYPE, &value).await
        }
        /// Reads `configuration.household_members` ([`CONFIGURATION_HOUSEHOLD_MEMBERS`]). Number of household members, version tbd (MODBUS_CON_HOUSEHOLD_MEMBERS)
        pub async fn read_configuration_household_members(
            &mut self,
        ) -> mm::ModbusResult<u8> {
            self.inner.read_value(&CONFIGURATION_HOUSEHOLD_MEMBERS).await
        }
        /// Writes `configuration.household_members` ([`CONFIGURATION_HOUSEHOLD_MEMBERS`]) after checking access, range, firmware and safety locally. Number of household members, version tbd (MODBUS_CON_HOUSEHOLD_MEMBERS)
        pub async fn write_configuration_household_members(
            &mut self,
            value: u8,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&CONFIGURATION_HOUSEHOLD_MEMBERS, &value).await
        }
        /// Reads `configuration.infostring` ([`CONFIGURATION_INFOSTRING`]). Free usable info string (MODBUS_CON_INFOSTRING)
        pub async fn read_configuration_infostring(
            &mut self,
        ) -> mm::ModbusResult<mm::String> {
            self.inner.read_value(&CONFIGURATION_INFOSTRING).await
        }
        /// Writes `configuration.infostring` ([`CONFIGURATION_INFOSTRING`]) after checking access, range, firmware and safety locally. Free usable info string (MODBUS_CON_INFOSTRING)
        pub async fn write_configuration_infostring(
            &mut self,
            value: &str,
        ) -> mm::ModbusResult<()> {
            self.inner
                .write_value(&CONFIGURATION_INFOSTRING, &mm::String::from(value))
                .await
        }
        /// Reads `configuration.advanced_setting` ([`CONFIGURATION_ADVANCED_SETTING`]). Flags used for future advanced functions, version tbd (MODBUS_CON_ADVANCED_SETTING)
        pub async fn read_configuration_advanced_setting(
            &mut self,
        ) -> mm::ModbusResult<u8> {
            self.inner.read_value(&CONFIGURATION_ADVANCED_SETTING).await
        }
        /// Writes `configuration.advanced_setting` ([`CONFIGURATION_ADVANCED_SETTING`]) after checking access, range, firmware and safety locally. Flags used for future advanced functions, version tbd (MODBUS_CON_ADVANCED_SETTING)
        pub async fn write_configuration_advanced_setting(
            &mut self,
            value: u8,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&CONFIGURATION_ADVANCED_SETTING, &value).await
        }
        /// Reads `configuration.load_feedin_delay` ([`CONFIGURATION_LOAD_FEEDIN_DELAY`]). Switch-on delay time in load feed-in mode (MODBUS_CON_LOAD_FEEDIN_DELAY)
        pub async fn read_configuration_load_feedin_delay(
            &mut self,
        ) -> mm::ModbusResult<u16> {
            self.inner.read_value(&CONFIGURATION_LOAD_FEEDIN_DELAY).await
        }
        /// Writes `configuration.load_feedin_delay` ([`CONFIGURATION_LOAD_FEEDIN_DELAY`]) after checking access, range, firmware and safety locally. Switch-on delay time in load feed-in mode (MODBUS_CON_LOAD_FEEDIN_DELAY)
        pub async fn write_configuration_load_feedin_delay(
            &mut self,
            value: u16,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&CONFIGURATION_LOAD_FEEDIN_DELAY, &value).await
        }
        /// Reads `configuration.load_feedin_bias` ([`CONFIGURATION_LOAD_FEEDIN_BIAS`]). Bias level = basic energy level in feed-in mode (MODBUS_CON_LOAD_FEEDIN_BIAS; the document says 540)
        pub async fn read_configuration_load_feedin_bias(
            &mut self,
        ) -> mm::ModbusResult<u16> {
            self.inner.read_value(&CONFIGURATION_LOAD_FEEDIN_BIAS).await
        }
        /// Writes `configuration.load_feedin_bias` ([`CONFIGURATION_LOAD_FEEDIN_BIAS`]) after checking access, range, firmware and safety locally. Bias level = basic energy level in feed-in mode (MODBUS_CON_LOAD_FEEDIN_BIAS; the document says 540)
        pub async fn write_configuration_load_feedin_bias(
            &mut self,
            value: u16,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&CONFIGURATION_LOAD_FEEDIN_BIAS, &value).await
        }
        /// Reads `configuration.timezone_bias` ([`CONFIGURATION_TIMEZONE_BIAS`]). Time zone for the real-time clock (MODBUS_CON_TIMEZONE_BIAS; the document says 540, corrected to 541)
        pub async fn read_configuration_timezone_bias(
            &mut self,
        ) -> mm::ModbusResult<i16> {
            self.inner.read_value(&CONFIGURATION_TIMEZONE_BIAS).await
        }
        /// Writes `configuration.timezone_bias` ([`CONFIGURATION_TIMEZONE_BIAS`]) after checking access, range, firmware and safety locally. Time zone for the real-time clock (MODBUS_CON_TIMEZONE_BIAS; the document says 540, corrected to 541)
        pub async fn write_configuration_timezone_bias(
            &mut self,
            value: i16,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&CONFIGURATION_TIMEZONE_BIAS, &value).await
        }
        /// Reads `configuration.summertime_bias` ([`CONFIGURATION_SUMMERTIME_BIAS`]). Summer time, 1 hour offset (MODBUS_CON_SUMMERTIME_BIAS; the document says 540, corrected to 542)
        pub async fn read_configuration_summertime_bias(
            &mut self,
        ) -> mm::ModbusResult<i16> {
            self.inner.read_value(&CONFIGURATION_SUMMERTIME_BIAS).await
        }
        /// Writes `configuration.summertime_bias` ([`CONFIGURATION_SUMMERTIME_BIAS`]) after checking access, range, firmware and safety locally. Summer time, 1 hour offset (MODBUS_CON_SUMMERTIME_BIAS; the document says 540, corrected to 542)
        pub async fn write_configuration_summertime_bias(
            &mut self,
            value: i16,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&CONFIGURATION_SUMMERTIME_BIAS, &value).await
        }
        /// Reads `configuration.reserved` ([`CONFIGURATION_RESERVED`]). Reserved for future features, version tbd (MODBUS_CON_RESERVED)
        pub async fn read_configuration_reserved(
            &mut self,
        ) -> mm::ModbusResult<mm::Vec<u16>> {
            self.inner.read_value(&CONFIGURATION_RESERVED).await
        }
        /// Writes `configuration.reserved` ([`CONFIGURATION_RESERVED`]) after checking access, range, firmware and safety locally. Reserved for future features, version tbd (MODBUS_CON_RESERVED)
        pub async fn write_configuration_reserved(
            &mut self,
            value: &[u16],
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&CONFIGURATION_RESERVED, &value.to_vec()).await
        }
        /// Reads `configuration.rtu_baudrate` ([`CONFIGURATION_RTU_BAUDRATE`]). Modbus RTU baud rate as text string, default 19200 (MODBUS_CON_RTU_BAUDRATE)
        pub async fn read_configuration_rtu_baudrate(
            &mut self,
        ) -> mm::ModbusResult<mm::String> {
            self.inner.read_value(&CONFIGURATION_RTU_BAUDRATE).await
        }
        /// Writes `configuration.rtu_baudrate` ([`CONFIGURATION_RTU_BAUDRATE`]) after checking access, range, firmware and safety locally. Modbus RTU baud rate as text string, default 19200 (MODBUS_CON_RTU_BAUDRATE)
        pub async fn write_configuration_rtu_baudrate(
            &mut self,
            value: &str,
        ) -> mm::ModbusResult<()> {
            self.inner
                .write_value(&CONFIGURATION_RTU_BAUDRATE, &mm::String::from(value))
                .await
        }
        /// Reads `configuration.rtu_setting` ([`CONFIGURATION_RTU_SETTING`]). Modbus RTU settings (MODBUS_CON_RTU_SETTING)
        pub async fn read_configuration_rtu_setting(
            &mut self,
        ) -> mm::ModbusResult<ConfigurationRtuSetting> {
            self.inner.read_value(&CONFIGURATION_RTU_SETTING).await
        }
        /// Writes `configuration.rtu_setting` ([`CONFIGURATION_RTU_SETTING`]) after checking access, range, firmware and safety locally. Modbus RTU settings (MODBUS_CON_RTU_SETTING)
        pub async fn write_configuration_rtu_setting(
            &mut self,
            value: ConfigurationRtuSetting,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&CONFIGURATION_RTU_SETTING, &value).await
        }
        /// Reads `configuration.rtu_slave_id` ([`CONFIGURATION_RTU_SLAVE_ID`]). Modbus RTU slave ID of ASKOHEAT+ or slave ID of the connected energy meter, default 99 (MODBUS_CON_RTU_SLAVE_ID)
        pub async fn read_configuration_rtu_slave_id(&mut self) -> mm::ModbusResult<u8> {
            self.inner.read_value(&CONFIGURATION_RTU_SLAVE_ID).await
        }
        /// Writes `configuration.rtu_slave_id` ([`CONFIGURATION_RTU_SLAVE_ID`]) after checking access, range, firmware and safety locally. Modbus RTU slave ID of ASKOHEAT+ or slave ID of the connected energy meter, default 99 (MODBUS_CON_RTU_SLAVE_ID)
        pub async fn write_configuration_rtu_slave_id(
            &mut self,
            value: u8,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&CONFIGURATION_RTU_SLAVE_ID, &value).await
        }
        /// Reads `configuration.rtu_energy_meter_type` ([`CONFIGURATION_RTU_ENERGY_METER_TYPE`]). Modbus RTU type of the connected energy meter (MODBUS_CON_RTU_ENERGY_METER_TYPE)
        pub async fn read_configuration_rtu_energy_meter_type(
            &mut self,
        ) -> mm::ModbusResult<u8> {
            self.inner.read_value(&CONFIGURATION_RTU_ENERGY_METER_TYPE).await
        }
        /// Writes `configuration.rtu_energy_meter_type` ([`CONFIGURATION_RTU_ENERGY_METER_TYPE`]) after checking access, range, firmware and safety locally. Modbus RTU type of the connected energy meter (MODBUS_CON_RTU_ENERGY_METER_TYPE)
        pub async fn write_configuration_rtu_energy_meter_type(
            &mut self,
            value: u8,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&CONFIGURATION_RTU_ENERGY_METER_TYPE, &value).await
        }
        /// Reads `configuration.low_tariff_start_time_hour` ([`CONFIGURATION_LOW_TARIFF_START_TIME_HOUR`]). Low tariff start time hour (MODBUS_CON_LOW_TARIFF_START_TIME_HOUR)
        pub async fn read_configuration_low_tariff_start_time_hour(
            &mut self,
        ) -> mm::ModbusResult<u8> {
            self.inner.read_value(&CONFIGURATION_LOW_TARIFF_START_TIME_HOUR).await
        }
        /// Writes `configuration.low_tariff_start_time_hour` ([`CONFIGURATION_LOW_TARIFF_START_TIME_HOUR`]) after checking access, range, firmware and safety locally. Low tariff start time hour (MODBUS_CON_LOW_TARIFF_START_TIME_HOUR)
        pub async fn write_configuration_low_tariff_start_time_hour(
            &mut self,
            value: u8,
        ) -> mm::ModbusResult<()> {
            self.inner
                .write_value(&CONFIGURATION_LOW_TARIFF_START_TIME_HOUR, &value)
                .await
        }
        /// Reads `configuration.low_tariff_start_time_minute` ([`CONFIGURATION_LOW_TARIFF_START_TIME_MINUTE`]). Low tariff start time minute (MODBUS_CON_LOW_TARIFF_START_TIME_MINUTE)
        pub async fn read_configuration_low_tariff_start_time_minute(
            &mut self,
        ) -> mm::ModbusResult<u8> {
            self.inner.read_value(&CONFIGURATION_LOW_TARIFF_START_TIME_MINUTE).await
        }
        /// Writes `configuration.low_tariff_start_time_minute` ([`CONFIGURATION_LOW_TARIFF_START_TIME_MINUTE`]) after checking access, range, firmware and safety locally. Low tariff start time minute (MODBUS_CON_LOW_TARIFF_START_TIME_MINUTE)
        pub async fn write_configuration_low_tariff_start_time_minute(
            &mut self,
            value: u8,
        ) -> mm::ModbusResult<()> {
            self.inner
                .write_value(&CONFIGURATION_LOW_TARIFF_START_TIME_MINUTE, &value)
                .await
        }
        /// Reads `configuration.low_tariff_end_time_hour` ([`CONFIGURATION_LOW_TARIFF_END_TIME_HOUR`]). Low tariff end time hour (MODBUS_CON_LOW_TARIFF_END_TIME_HOUR)
        pub async fn read_configuration_low_tariff_end_time_hour(
            &mut self,
        ) -> mm::ModbusResult<u8> {
            self.inner.read_value(&CONFIGURATION_LOW_TARIFF_END_TIME_HOUR).await
        }
        /// Writes `configuration.low_tariff_end_time_hour` ([`CONFIGURATION_LOW_TARIFF_END_TIME_HOUR`]) after checking access, range, firmware and safety locally. Low tariff end time hour (MODBUS_CON_LOW_TARIFF_END_TIME_HOUR)
        pub async fn write_configuration_low_tariff_end_time_hour(
            &mut self,
            value: u8,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&CONFIGURATION_LOW_TARIFF_END_TIME_HOUR, &value).await
        }
        /// Reads `configuration.low_tariff_end_time_minute` ([`CONFIGURATION_LOW_TARIFF_END_TIME_MINUTE`]). Low tariff end time minute (MODBUS_CON_LOW_TARIFF_END_TIME_MINUTE)
        pub async fn read_configuration_low_tariff_end_time_minute(
            &mut self,
        ) -> mm::ModbusResult<u8> {
            self.inner.read_value(&CONFIGURATION_LOW_TARIFF_END_TIME_MINUTE).await
        }
        /// Writes `configuration.low_tariff_end_time_minute` ([`CONFIGURATION_LOW_TARIFF_END_TIME_MINUTE`]) after checking access, range, firmware and safety locally. Low tariff end time minute (MODBUS_CON_LOW_TARIFF_END_TIME_MINUTE)
        pub async fn write_configuration_low_tariff_end_time_minute(
            &mut self,
            value: u8,
        ) -> mm::ModbusResult<()> {
            self.inner
                .write_value(&CONFIGURATION_LOW_TARIFF_END_TIME_MINUTE, &value)
                .await
        }
        /// Reads `configuration.analog_in_hysteresis` ([`CONFIGURATION_ANALOG_IN_HYSTERESIS`]). Hysteresis voltage: after the threshold value has been reached, it must be undercut by at least the hysteresis value (MODBUS_CON_ANALOG_IN_HYSTERESIS)
        pub async fn read_configuration_analog_in_hysteresis(
            &mut self,
        ) -> mm::ModbusResult<f32> {
            self.inner.read_value(&CONFIGURATION_ANALOG_IN_HYSTERESIS).await
        }
        /// Writes `configuration.analog_in_hysteresis` ([`CONFIGURATION_ANALOG_IN_HYSTERESIS`]) after checking access, range, firmware and safety locally. Hysteresis voltage: after the threshold value has been reached, it must be undercut by at least the hysteresis value (MODBUS_CON_ANALOG_IN_HYSTERESIS)
        pub async fn write_configuration_analog_in_hysteresis(
            &mut self,
            value: f32,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&CONFIGURATION_ANALOG_IN_HYSTERESIS, &value).await
        }
        /// Reads `configuration.analog_in_0_threshold` ([`CONFIGURATION_ANALOG_IN_0_THRESHOLD`]). Threshold 0 voltage (this value must be reached to activate the heater step value, until the temperature is reached) (MODBUS_CON_ANALOG_IN_0_THRESHOLD)
        pub async fn read_configuration_analog_in_0_threshold(
            &mut self,
        ) -> mm::ModbusResult<f32> {
            self.inner.read_value(&CONFIGURATION_ANALOG_IN_0_THRESHOLD).await
        }
        /// Writes `configuration.analog_in_0_threshold` ([`CONFIGURATION_ANALOG_IN_0_THRESHOLD`]) after checking access, range, firmware and safety locally. Threshold 0 voltage (this value must be reached to activate the heater step value, until the temperature is reached) (MODBUS_CON_ANALOG_IN_0_THRESHOLD)
        pub async fn write_configuration_analog_in_0_threshold(
            &mut self,
            value: f32,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&CONFIGURATION_ANALOG_IN_0_THRESHOLD, &value).await
        }
        /// Reads `configuration.analog_in_0_threshold_step` ([`CONFIGURATION_ANALOG_IN_0_THRESHOLD_STEP`]). Threshold 0 heater step, if the threshold value is reached (MODBUS_CON_ANALOG_IN_0_THRESHOLD_STEP)
        pub async fn read_configuration_analog_in_0_threshold_step(
            &mut self,
        ) -> mm::ModbusResult<u8> {
            self.inner.read_value(&CONFIGURATION_ANALOG_IN_0_THRESHOLD_STEP).await
        }
        /// Writes `configuration.analog_in_0_threshold_step` ([`CONFIGURATION_ANALOG_IN_0_THRESHOLD_STEP`]) after checking access, range, firmware and safety locally. Threshold 0 heater step, if the threshold value is reached (MODBUS_CON_ANALOG_IN_0_THRESHOLD_STEP)
        pub async fn write_configuration_analog_in_0_threshold_step(
            &mut self,
            value: u8,
        ) -> mm::ModbusResult<()> {
            self.inner
                .write_value(&CONFIGURATION_ANALOG_IN_0_THRESHOLD_STEP, &value)
                .await
        }
        /// Reads `configuration.analog_in_0_threshold_temp` ([`CONFIGURATION_ANALOG_IN_0_THRESHOLD_TEMP`]). Threshold 0 temperature limit, used if temperature control is activated (MODBUS_CON_ANALOG_IN_0_THRESHOLD_TEMP)
        pub async fn read_configuration_analog_in_0_threshold_temp(
            &mut self,
        ) -> mm::ModbusResult<u8> {
            self.inner.read_value(&CONFIGURATION_ANALOG_IN_0_THRESHOLD_TEMP).await
        }
        /// Writes `configuration.analog_in_0_threshold_temp` ([`CONFIGURATION_ANALOG_IN_0_THRESHOLD_TEMP`]) after checking access, range, firmware and safety locally. Threshold 0 temperature limit, used if temperature control is activated (MODBUS_CON_ANALOG_IN_0_THRESHOLD_TEMP)
        pub async fn write_configuration_analog_in_0_threshold_temp(
            &mut self,
            value: u8,
        ) -> mm::ModbusResult<()> {
            self.inner
                .write_value(&CONFIGURATION_ANALOG_IN_0_THRESHOLD_TEMP, &value)
                .await
        }
        /// Reads `configuration.analog_in_1_threshold` ([`CONFIGURATION_ANALOG_IN_1_THRESHOLD`]). Threshold 1 voltage (MODBUS_CON_ANALOG_IN_1_THRESHOLD)
        pub async fn read_configuration_analog_in_1_threshold(
            &mut self,
        ) -> mm::ModbusResult<f32> {
            self.inner.read_value(&CONFIGURATION_ANALOG_IN_1_THRESHOLD).await
        }
        /// Writes `configuration.analog_in_1_threshold` ([`CONFIGURATION_ANALOG_IN_1_THRESHOLD`]) after checking access, range, firmware and safety locally. Threshold 1 voltage (MODBUS_CON_ANALOG_IN_1_THRESHOLD)
        pub async fn write_configuration_analog_in_1_threshold(
            &mut self,
            value: f32,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&CONFIGURATION_ANALOG_IN_1_THRESHOLD, &value).await
        }
        /// Reads `configuration.analog_in_1_threshold_step` ([`CONFIGURATION_ANALOG_IN_1_THRESHOLD_STEP`]). Threshold 1 heater step, if the threshold value is reached (MODBUS_CON_ANALOG_IN_1_THRESHOLD_STEP)
        pub async fn read_configuration_analog_in_1_threshold_step(
            &mut self,
        ) -> mm::ModbusResult<u8> {
            self.inner.read_value(&CONFIGURATION_ANALOG_IN_1_THRESHOLD_STEP).await
        }
        /// Writes `configuration.analog_in_1_threshold_step` ([`CONFIGURATION_ANALOG_IN_1_THRESHOLD_STEP`]) after checking access, range, firmware and safety locally. Threshold 1 heater step, if the threshold value is reached (MODBUS_CON_ANALOG_IN_1_THRESHOLD_STEP)
        pub async fn write_configuration_analog_in_1_threshold_step(
            &mut self,
            value: u8,
        ) -> mm::ModbusResult<()> {
            self.inner
                .write_value(&CONFIGURATION_ANALOG_IN_1_THRESHOLD_STEP, &value)
                .await
        }
        /// Reads `configuration.analog_in_1_threshold_temp` ([`CONFIGURATION_ANALOG_IN_1_THRESHOLD_TEMP`]). Threshold 1 temperature limit, used if temperature control is activated (MODBUS_CON_ANALOG_IN_1_THRESHOLD_TEMP)
        pub async fn read_configuration_analog_in_1_threshold_temp(
            &mut self,
        ) -> mm::ModbusResult<u8> {
            self.inner.read_value(&CONFIGURATION_ANALOG_IN_1_THRESHOLD_TEMP).await
        }
        /// Writes `configuration.analog_in_1_threshold_temp` ([`CONFIGURATION_ANALOG_IN_1_THRESHOLD_TEMP`]) after checking access, range, firmware and safety locally. Threshold 1 temperature limit, used if temperature control is activated (MODBUS_CON_ANALOG_IN_1_THRESHOLD_TEMP)
        pub async fn write_configuration_analog_in_1_threshold_temp(
            &mut self,
            value: u8,
        ) -> mm::ModbusResult<()> {
            self.inner
                .write_value(&CONFIGURATION_ANALOG_IN_1_THRESHOLD_TEMP, &value)
                .await
        }
        /// Reads `configuration.analog_in_2_threshold` ([`CONFIGURATION_ANALOG_IN_2_THRESHOLD`]). Threshold 2 voltage (MODBUS_CON_ANALOG_IN_2_THRESHOLD)
        pub async fn read_configuration_analog_in_2_threshold(
            &mut self,
        ) -> mm::ModbusResult<f32> {
            self.inner.read_value(&CONFIGURATION_ANALOG_IN_2_THRESHOLD).await
        }
        /// Writes `configuration.analog_in_2_threshold` ([`CONFIGURATION_ANALOG_IN_2_THRESHOLD`]) after checking access, range, firmware and safety locally. Threshold 2 voltage (MODBUS_CON_ANALOG_IN_2_THRESHOLD)
        pub async fn write_configuration_analog_in_2_threshold(
            &mut self,
            value: f32,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&CONFIGURATION_ANALOG_IN_2_THRESHOLD, &value).await
        }
        /// Reads `configuration.analog_in_2_threshold_step` ([`CONFIGURATION_ANALOG_IN_2_THRESHOLD_STEP`]). Threshold 2 heater step, if the threshold value is reached (MODBUS_CON_ANALOG_IN_2_THRESHOLD_STEP)
        pub async fn read_configuration_analog_in_2_threshold_step(
            &mut self,
        ) -> mm::ModbusResult<u8> {
            self.inner.read_value(&CONFIGURATION_ANALOG_IN_2_THRESHOLD_STEP).await
        }
        /// Writes `configuration.analog_in_2_threshold_step` ([`CONFIGURATION_ANALOG_IN_2_THRESHOLD_STEP`]) after checking access, range, firmware and safety locally. Threshold 2 heater step, if the threshold value is reached (MODBUS_CON_ANALOG_IN_2_THRESHOLD_STEP)
        pub async fn write_configuration_analog_in_2_threshold_step(
            &mut self,
            value: u8,
        ) -> mm::ModbusResult<()> {
            self.inner
                .write_value(&CONFIGURATION_ANALOG_IN_2_THRESHOLD_STEP, &value)
                .await
        }
        /// Reads `configuration.analog_in_2_threshold_temp` ([`CONFIGURATION_ANALOG_IN_2_THRESHOLD_TEMP`]). Threshold 2 temperature limit, used if temperature control is activated (MODBUS_CON_ANALOG_IN_2_THRESHOLD_TEMP)
        pub async fn read_configuration_analog_in_2_threshold_temp(
            &mut self,
        ) -> mm::ModbusResult<u8> {
            self.inner.read_value(&CONFIGURATION_ANALOG_IN_2_THRESHOLD_TEMP).await
        }
        /// Writes `configuration.analog_in_2_threshold_temp` ([`CONFIGURATION_ANALOG_IN_2_THRESHOLD_TEMP`]) after checking access, range, firmware and safety locally. Threshold 2 temperature limit, used if temperature control is activated (MODBUS_CON_ANALOG_IN_2_THRESHOLD_TEMP)
        pub async fn write_configuration_analog_in_2_threshold_temp(
            &mut self,
            value: u8,
        ) -> mm::ModbusResult<()> {
            self.inner
                .write_value(&CONFIGURATION_ANALOG_IN_2_THRESHOLD_TEMP, &value)
                .await
        }
        /// Reads `configuration.analog_in_3_threshold` ([`CONFIGURATION_ANALOG_IN_3_THRESHOLD`]). Threshold 3 voltage (MODBUS_CON_ANALOG_IN_3_THRESHOLD)
        pub async fn read_configuration_analog_in_3_threshold(
            &mut self,
        ) -> mm::ModbusResult<f32> {
            self.inner.read_value(&CONFIGURATION_ANALOG_IN_3_THRESHOLD).await
        }
        /// Writes `configuration.analog_in_3_threshold` ([`CONFIGURATION_ANALOG_IN_3_THRESHOLD`]) after checking access, range, firmware and safety locally. Threshold 3 voltage (MODBUS_CON_ANALOG_IN_3_THRESHOLD)
        pub async fn write_configuration_analog_in_3_threshold(
            &mut self,
            value: f32,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&CONFIGURATION_ANALOG_IN_3_THRESHOLD, &value).await
        }
        /// Reads `configuration.analog_in_3_threshold_step` ([`CONFIGURATION_ANALOG_IN_3_THRESHOLD_STEP`]). Threshold 3 heater step, if the threshold value is reached (MODBUS_CON_ANALOG_IN_3_THRESHOLD_STEP)
        pub async fn read_configuration_analog_in_3_threshold_step(
            &mut self,
        ) -> mm::ModbusResult<u8> {
            self.inner.read_value(&CONFIGURATION_ANALOG_IN_3_THRESHOLD_STEP).await
        }
        /// Writes `configuration.analog_in_3_threshold_step` ([`CONFIGURATION_ANALOG_IN_3_THRESHOLD_STEP`]) after checking access, range, firmware and safety locally. Threshold 3 heater step, if the threshold value is reached (MODBUS_CON_ANALOG_IN_3_THRESHOLD_STEP)
        pub async fn write_configuration_analog_in_3_threshold_step(
            &mut self,
            value: u8,
        ) -> mm::ModbusResult<()> {
            self.inner
                .write_value(&CONFIGURATION_ANALOG_IN_3_THRESHOLD_STEP, &value)
                .await
        }
        /// Reads `configuration.analog_in_3_threshold_temp` ([`CONFIGURATION_ANALOG_IN_3_THRESHOLD_TEMP`]). Threshold 3 temperature limit, used if temperature control is activated (MODBUS_CON_ANALOG_IN_3_THRESHOLD_TEMP)
        pub async fn read_configuration_analog_in_3_threshold_temp(
            &mut self,
        ) -> mm::ModbusResult<u8> {
            self.inner.read_value(&CONFIGURATION_ANALOG_IN_3_THRESHOLD_TEMP).await
        }
        /// Writes `configuration.analog_in_3_threshold_temp` ([`CONFIGURATION_ANALOG_IN_3_THRESHOLD_TEMP`]) after checking access, range, firmware and safety locally. Threshold 3 temperature limit, used if temperature control is activated (MODBUS_CON_ANALOG_IN_3_THRESHOLD_TEMP)
        pub async fn write_configuration_analog_in_3_threshold_temp(
            &mut self,
            value: u8,
        ) -> mm::ModbusResult<()> {
            self.inner
                .write_value(&CONFIGURATION_ANALOG_IN_3_THRESHOLD_TEMP, &value)
                .await
        }
        /// Reads `configuration.analog_in_4_threshold` ([`CONFIGURATION_ANALOG_IN_4_THRESHOLD`]). Threshold 4 voltage (MODBUS_CON_ANALOG_IN_4_THRESHOLD)
        pub async fn read_configuration_analog_in_4_threshold(
            &mut self,
        ) -> mm::ModbusResult<f32> {
            self.inner.read_value(&CONFIGURATION_ANALOG_IN_4_THRESHOLD).await
        }
        /// Writes `configuration.analog_in_4_threshold` ([`CONFIGURATION_ANALOG_IN_4_THRESHOLD`]) after checking access, range, firmware and safety locally. Threshold 4 voltage (MODBUS_CON_ANALOG_IN_4_THRESHOLD)
        pub async fn write_configuration_analog_in_4_threshold(
            &mut self,
            value: f32,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&CONFIGURATION_ANALOG_IN_4_THRESHOLD, &value).await
        }
        /// Reads `configuration.analog_in_4_threshold_step` ([`CONFIGURATION_ANALOG_IN_4_THRESHOLD_STEP`]). Threshold 4 heater step, if the threshold value is reached (MODBUS_CON_ANALOG_IN_4_THRESHOLD_STEP)
        pub async fn read_configuration_analog_in_4_threshold_step(
            &mut self,
        ) -> mm::ModbusResult<u8> {
            self.inner.read_value(&CONFIGURATION_ANALOG_IN_4_THRESHOLD_STEP).await
        }
        /// Writes `configuration.analog_in_4_threshold_step` ([`CONFIGURATION_ANALOG_IN_4_THRESHOLD_STEP`]) after checking access, range, firmware and safety locally. Threshold 4 heater step, if the threshold value is reached (MODBUS_CON_ANALOG_IN_4_THRESHOLD_STEP)
        pub async fn write_configuration_analog_in_4_threshold_step(
            &mut self,
            value: u8,
        ) -> mm::ModbusResult<()> {
            self.inner
                .write_value(&CONFIGURATION_ANALOG_IN_4_THRESHOLD_STEP, &value)
                .await
        }
        /// Reads `configuration.analog_in_4_threshold_temp` ([`CONFIGURATION_ANALOG_IN_4_THRESHOLD_TEMP`]). Threshold 4 temperature limit, used if temperature control is activated (MODBUS_CON_ANALOG_IN_4_THRESHOLD_TEMP)
        pub async fn read_configuration_analog_in_4_threshold_temp(
            &mut self,
        ) -> mm::ModbusResult<u8> {
            self.inner.read_value(&CONFIGURATION_ANALOG_IN_4_THRESHOLD_TEMP).await
        }
        /// Writes `configuration.analog_in_4_threshold_temp` ([`CONFIGURATION_ANALOG_IN_4_THRESHOLD_TEMP`]) after checking access, range, firmware and safety locally. Threshold 4 temperature limit, used if temperature control is activated (MODBUS_CON_ANALOG_IN_4_THRESHOLD_TEMP)
        pub async fn write_configuration_analog_in_4_threshold_temp(
            &mut self,
            value: u8,
        ) -> mm::ModbusResult<()> {
            self.inner
                .write_value(&CONFIGURATION_ANALOG_IN_4_THRESHOLD_TEMP, &value)
                .await
        }
        /// Reads `configuration.analog_in_5_threshold` ([`CONFIGURATION_ANALOG_IN_5_THRESHOLD`]). Threshold 5 voltage (MODBUS_CON_ANALOG_IN_5_THRESHOLD)
        pub async fn read_configuration_analog_in_5_threshold(
            &mut self,
        ) -> mm::ModbusResult<f32> {
            self.inner.read_value(&CONFIGURATION_ANALOG_IN_5_THRESHOLD).await
        }
        /// Writes `configuration.analog_in_5_threshold` ([`CONFIGURATION_ANALOG_IN_5_THRESHOLD`]) after checking access, range, firmware and safety locally. Threshold 5 voltage (MODBUS_CON_ANALOG_IN_5_THRESHOLD)
        pub async fn write_configuration_analog_in_5_threshold(
            &mut self,
            value: f32,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&CONFIGURATION_ANALOG_IN_5_THRESHOLD, &value).await
        }
        /// Reads `configuration.analog_in_5_threshold_step` ([`CONFIGURATION_ANALOG_IN_5_THRESHOLD_STEP`]). Threshold 5 heater step, if the threshold value is reached (MODBUS_CON_ANALOG_IN_5_THRESHOLD_STEP)
        pub async fn read_configuration_analog_in_5_threshold_step(
            &mut self,
        ) -> mm::ModbusResult<u8> {
            self.inner.read_value(&CONFIGURATION_ANALOG_IN_5_THRESHOLD_STEP).await
        }
        /// Writes `configuration.analog_in_5_threshold_step` ([`CONFIGURATION_ANALOG_IN_5_THRESHOLD_STEP`]) after checking access, range, firmware and safety locally. Threshold 5 heater step, if the threshold value is reached (MODBUS_CON_ANALOG_IN_5_THRESHOLD_STEP)
        pub async fn write_configuration_analog_in_5_threshold_step(
            &mut self,
            value: u8,
        ) -> mm::ModbusResult<()> {
            self.inner
                .write_value(&CONFIGURATION_ANALOG_IN_5_THRESHOLD_STEP, &value)
                .await
        }
        /// Reads `configuration.analog_in_5_threshold_temp` ([`CONFIGURATION_ANALOG_IN_5_THRESHOLD_TEMP`]). Threshold 5 temperature limit, used if temperature control is activated (MODBUS_CON_ANALOG_IN_5_THRESHOLD_TEMP)
        pub async fn read_configuration_analog_in_5_threshold_temp(
            &mut self,
        ) -> mm::ModbusResult<u8> {
            self.inner.read_value(&CONFIGURATION_ANALOG_IN_5_THRESHOLD_TEMP).await
        }
        /// Writes `configuration.analog_in_5_threshold_temp` ([`CONFIGURATION_ANALOG_IN_5_THRESHOLD_TEMP`]) after checking access, range, firmware and safety locally. Threshold 5 temperature limit, used if temperature control is activated (MODBUS_CON_ANALOG_IN_5_THRESHOLD_TEMP)
        pub async fn write_configuration_analog_in_5_threshold_temp(
            &mut self,
            value: u8,
        ) -> mm::ModbusResult<()> {
            self.inner
                .write_value(&CONFIGURATION_ANALOG_IN_5_THRESHOLD_TEMP, &value)
                .await
        }
        /// Reads `configuration.analog_in_6_threshold` ([`CONFIGURATION_ANALOG_IN_6_THRESHOLD`]). Threshold 6 voltage (MODBUS_CON_ANALOG_IN_6_THRESHOLD)
        pub async fn read_configuration_analog_in_6_threshold(
            &mut self,
        ) -> mm::ModbusResult<f32> {
            self.inner.read_value(&CONFIGURATION_ANALOG_IN_6_THRESHOLD).await
        }
        /// Writes `configuration.analog_in_6_threshold` ([`CONFIGURATION_ANALOG_IN_6_THRESHOLD`]) after checking access, range, firmware and safety locally. Threshold 6 voltage (MODBUS_CON_ANALOG_IN_6_THRESHOLD)
        pub async fn write_configuration_analog_in_6_threshold(
            &mut self,
            value: f32,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&CONFIGURATION_ANALOG_IN_6_THRESHOLD, &value).await
        }
        /// Reads `configuration.analog_in_6_threshold_step` ([`CONFIGURATION_ANALOG_IN_6_THRESHOLD_STEP`]). Threshold 6 heater step, if the threshold value is reached (MODBUS_CON_ANALOG_IN_6_THRESHOLD_STEP)
        pub async fn read_configuration_analog_in_6_threshold_step(
            &mut self,
        ) -> mm::ModbusResult<u8> {
            self.inner.read_value(&CONFIGURATION_ANALOG_IN_6_THRESHOLD_STEP).await
        }
        /// Writes `configuration.analog_in_6_threshold_step` ([`CONFIGURATION_ANALOG_IN_6_THRESHOLD_STEP`]) after checking access, range, firmware and safety locally. Threshold 6 heater step, if the threshold value is reached (MODBUS_CON_ANALOG_IN_6_THRESHOLD_STEP)
        pub async fn write_configuration_analog_in_6_threshold_step(
            &mut self,
            value: u8,
        ) -> mm::ModbusResult<()> {
            self.inner
                .write_value(&CONFIGURATION_ANALOG_IN_6_THRESHOLD_STEP, &value)
                .await
        }
        /// Reads `configuration.analog_in_6_threshold_temp` ([`CONFIGURATION_ANALOG_IN_6_THRESHOLD_TEMP`]). Threshold 6 temperature limit, used if temperature control is activated (MODBUS_CON_ANALOG_IN_6_THRESHOLD_TEMP)
        pub async fn read_configuration_analog_in_6_threshold_temp(
            &mut self,
        ) -> mm::ModbusResult<u8> {
            self.inner.read_value(&CONFIGURATION_ANALOG_IN_6_THRESHOLD_TEMP).await
        }
        /// Writes `configuration.analog_in_6_threshold_temp` ([`CONFIGURATION_ANALOG_IN_6_THRESHOLD_TEMP`]) after checking access, range, firmware and safety locally. Threshold 6 temperature limit, used if temperature control is activated (MODBUS_CON_ANALOG_IN_6_THRESHOLD_TEMP)
        pub async fn write_configuration_analog_in_6_threshold_temp(
            &mut self,
            value: u8,
        ) -> mm::ModbusResult<()> {
            self.inner
                .write_value(&CONFIGURATION_ANALOG_IN_6_THRESHOLD_TEMP, &value)
                .await
        }
        /// Reads `configuration.analog_in_7_threshold` ([`CONFIGURATION_ANALOG_IN_7_THRESHOLD`]). Threshold 7 voltage (MODBUS_CON_ANALOG_IN_7_THRESHOLD)
        pub async fn read_configuration_analog_in_7_threshold(
            &mut self,
        ) -> mm::ModbusResult<f32> {
            self.inner.read_value(&CONFIGURATION_ANALOG_IN_7_THRESHOLD).await
        }
        /// Writes `configuration.analog_in_7_threshold` ([`CONFIGURATION_ANALOG_IN_7_THRESHOLD`]) after checking access, range, firmware and safety locally. Threshold 7 voltage (MODBUS_CON_ANALOG_IN_7_THRESHOLD)
        pub async fn write_configuration_analog_in_7_threshold(
            &mut self,
            value: f32,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&CONFIGURATION_ANALOG_IN_7_THRESHOLD, &value).await
        }
        /// Reads `configuration.analog_in_7_threshold_step` ([`CONFIGURATION_ANALOG_IN_7_THRESHOLD_STEP`]). Threshold 7 heater step, if the threshold value is reached (MODBUS_CON_ANALOG_IN_7_THRESHOLD_STEP)
        pub async fn read_configuration_analog_in_7_threshold_step(
            &mut self,
        ) -> mm::ModbusResult<u8> {
            self.inner.read_value(&CONFIGURATION_ANALOG_IN_7_THRESHOLD_STEP).await
        }
        /// Writes `configuration.analog_in_7_threshold_step` ([`CONFIGURATION_ANALOG_IN_7_THRESHOLD_STEP`]) after checking access, range, firmware and safety locally. Threshold 7 heater step, if the threshold value is reached (MODBUS_CON_ANALOG_IN_7_THRESHOLD_STEP)
        pub async fn write_configuration_analog_in_7_threshold_step(
            &mut self,
            value: u8,
        ) -> mm::ModbusResult<()> {
            self.inner
                .write_value(&CONFIGURATION_ANALOG_IN_7_THRESHOLD_STEP, &value)
                .await
        }
        /// Reads `configuration.analog_in_7_threshold_temp` ([`CONFIGURATION_ANALOG_IN_7_THRESHOLD_TEMP`]). Threshold 7 temperature limit, used if temperature control is activated (MODBUS_CON_ANALOG_IN_7_THRESHOLD_TEMP)
        pub async fn read_configuration_analog_in_7_threshold_temp(
            &mut self,
        ) -> mm::ModbusResult<u8> {
            self.inner.read_value(&CONFIGURATION_ANALOG_IN_7_THRESHOLD_TEMP).await
        }
        /// Writes `configuration.analog_in_7_threshold_temp` ([`CONFIGURATION_ANALOG_IN_7_THRESHOLD_TEMP`]) after checking access, range, firmware and safety locally. Threshold 7 temperature limit, used if temperature control is activated (MODBUS_CON_ANALOG_IN_7_THRESHOLD_TEMP)
        pub async fn write_configuration_analog_in_7_threshold_temp(
            &mut self,
            value: u8,
        ) -> mm::ModbusResult<()> {
            self.inner
                .write_value(&CONFIGURATION_ANALOG_IN_7_THRESHOLD_TEMP, &value)
                .await
        }
        /// Reads `configuration.heat_pump_request_off_step` ([`CONFIGURATION_HEAT_PUMP_REQUEST_OFF_STEP`]). Heater step if the digital input (heat pump request) is open (MODBUS_CON_HEAT_PUMP_REQUEST_OFF_STEP)
        pub async fn read_configuration_heat_pump_request_off_step(
            &mut self,
        ) -> mm::ModbusResult<u8> {
            self.inner.read_value(&CONFIGURATION_HEAT_PUMP_REQUEST_OFF_STEP).await
        }
        /// Writes `configuration.heat_pump_request_off_step` ([`CONFIGURATION_HEAT_PUMP_REQUEST_OFF_STEP`]) after checking access, range, firmware and safety locally. Heater step if the digital input (heat pump request) is open (MODBUS_CON_HEAT_PUMP_REQUEST_OFF_STEP)
        pub async fn write_configuration_heat_pump_request_off_step(
            &mut self,
            value: u8,
        ) -> mm::ModbusResult<()> {
            self.inner
                .write_value(&CONFIGURATION_HEAT_PUMP_REQUEST_OFF_STEP, &value)
                .await
        }
        /// Reads `configuration.heat_pump_request_on_step` ([`CONFIGURATION_HEAT_PUMP_REQUEST_ON_STEP`]). Heater step if the digital input (heat pump request) is closed (MODBUS_CON_HEAT_PUMP_REQUEST_ON_STEP)
        pub async fn read_configuration_heat_pump_request_on_step(
            &mut self,
        ) -> mm::ModbusResult<u8> {
            self.inner.read_value(&CONFIGURATION_HEAT_PUMP_REQUEST_ON_STEP).await
        }
        /// Writes `configuration.heat_pump_request_on_step` ([`CONFIGURATION_HEAT_PUMP_REQUEST_ON_STEP`]) after checking access, range, firmware and safety locally. Heater step if the digital input (heat pump request) is closed (MODBUS_CON_HEAT_PUMP_REQUEST_ON_STEP)
        pub async fn write_configuration_heat_pump_request_on_step(
            &mut self,
            value: u8,
        ) -> mm::ModbusResult<()> {
            self.inner
                .write_value(&CONFIGURATION_HEAT_PUMP_REQUEST_ON_STEP, &value)
                .await
        }
        /// Reads `configuration.emergency_mode_on_step` ([`CONFIGURATION_EMERGENCY_MODE_ON_STEP`]). Heater step if emergency mode is active (MODBUS_CON_EMERGENCY_MODE_ON_STEP)
        pub async fn read_configuration_emergency_mode_on_step(
            &mut self,
        ) -> mm::ModbusResult<u8> {
            self.inner.read_value(&CONFIGURATION_EMERGENCY_MODE_ON_STEP).await
        }
        /// Writes `configuration.emergency_mode_on_step` ([`CONFIGURATION_EMERGENCY_MODE_ON_STEP`]) after checking access, range, firmware and safety locally. Heater step if emergency mode is active (MODBUS_CON_EMERGENCY_MODE_ON_STEP)
        pub async fn write_configuration_emergency_mode_on_step(
            &mut self,
            value: u8,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&CONFIGURATION_EMERGENCY_MODE_ON_STEP, &value).await
        }
        /// Reads `configuration.temperature_hysteresis` ([`CONFIGURATION_TEMPERATURE_HYSTERESIS`]). Temperature hysteresis, if temperature control is activated (MODBUS_CON_TEMPERATURE_HYSTERESIS)
        pub async fn read_configuration_temperature_hysteresis(
            &mut self,
        ) -> mm::ModbusResult<u8> {
            self.inner.read_value(&CONFIGURATION_TEMPERATURE_HYSTERESIS).await
        }
        /// Writes `configuration.temperature_hysteresis` ([`CONFIGURATION_TEMPERATURE_HYSTERESIS`]) after checking access, range, firmware and safety locally. Temperature hysteresis, if temperature control is activated (MODBUS_CON_TEMPERATURE_HYSTERESIS)
        pub async fn write_configuration_temperature_hysteresis(
            &mut self,
            value: u8,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&CONFIGURATION_TEMPERATURE_HYSTERESIS, &value).await
        }
        /// Reads `configuration.temperature_setting` ([`CONFIGURATION_TEMPERATURE_SETTING`]). Selection of temperature sensors for temperature monitoring (MODBUS_CON_TEMPERATURE_SETTING)
        pub async fn read_configuration_temperature_setting(
            &mut self,
        ) -> mm::ModbusResult<ConfigurationTemperatureSetting> {
            self.inner.read_value(&CONFIGURATION_TEMPERATURE_SETTING).await
        }
        /// Writes `configuration.temperature_setting` ([`CONFIGURATION_TEMPERATURE_SETTING`]) after checking access, range, firmware and safety locally. Selection of temperature sensors for temperature monitoring (MODBUS_CON_TEMPERATURE_SETTING)
        pub async fn write_configuration_temperature_setting(
            &mut self,
            value: ConfigurationTemperatureSetting,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&CONFIGURATION_TEMPERATURE_SETTING, &value).await
        }
        /// Reads `configuration.temperature_minimum` ([`CONFIGURATION_TEMPERATURE_MINIMUM`]). Temperature limit used to hold minimal temperature (MODBUS_CON_TEMPERATURE_MINIMUM)
        pub async fn read_configuration_temperature_minimum(
            &mut self,
        ) -> mm::ModbusResult<u8> {
            self.inner.read_value(&CONFIGURATION_TEMPERATURE_MINIMUM).await
        }
        /// Writes `configuration.temperature_minimum` ([`CONFIGURATION_TEMPERATURE_MINIMUM`]) after checking access, range, firmware and safety locally. Temperature limit used to hold minimal temperature (MODBUS_CON_TEMPERATURE_MINIMUM)
        pub async fn write_configuration_temperature_minimum(
            &mut self,
            value: u8,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&CONFIGURATION_TEMPERATURE_MINIMUM, &value).await
        }
        /// Reads `configuration.temperature_set_heater_step` ([`CONFIGURATION_TEMPERATURE_SET_HEATER_STEP`]). Temperature limit if controlled by Set Heater Step (MODBUS_CON_TEMPERATURE_SET_HEATER_STEP)
        pub async fn read_configuration_temperature_set_heater_step(
            &mut self,
        ) -> mm::ModbusResult<u8> {
            self.inner.read_value(&CONFIGURATION_TEMPERATURE_SET_HEATER_STEP).await
        }
        /// Writes `configuration.temperature_set_heater_step` ([`CONFIGURATION_TEMPERATURE_SET_HEATER_STEP`]) after checking access, range, firmware and safety locally. Temperature limit if controlled by Set Heater Step (MODBUS_CON_TEMPERATURE_SET_HEATER_STEP)
        pub async fn write_configuration_temperature_set_heater_step(
            &mut self,
            value: u8,
        ) -> mm::ModbusResult<()> {
            self.inner
                .write_value(&CONFIGURATION_TEMPERATURE_SET_HEATER_STEP, &value)
                .await
        }
        /// Reads `configuration.temperature_load_setpoint` ([`CONFIGURATION_TEMPERATURE_LOAD_SETPOINT`]). Temperature limit if controlled by Load Setpoint or Load Feedin respectively SMA SEMP or SENEC.Home (MODBUS_CON_TEMPERATURE_LOAD_SETPOINT)
        pub async fn read_configuration_temperature_load_setpoint(
            &mut self,
        ) -> mm::ModbusResult<u8> {
            self.inner.read_value(&CONFIGURATION_TEMPERATURE_LOAD_SETPOINT).await
        }
        /// Writes `configuration.temperature_load_setpoint` ([`CONFIGURATION_TEMPERATURE_LOAD_SETPOINT`]) after checking access, range, firmware and safety locally. Temperature limit if controlled by Load Setpoint or Load Feedin respectively SMA SEMP or SENEC.Home (MODBUS_CON_TEMPERATURE_LOAD_SETPOINT)
        pub async fn write_configuration_temperature_load_setpoint(
            &mut self,
            value: u8,
        ) -> mm::ModbusResult<()> {
            self.inner
                .write_value(&CONFIGURATION_TEMPERATURE_LOAD_SETPOINT, &value)
                .await
        }
        /// Reads `configuration.temperature_low_tariff` ([`CONFIGURATION_TEMPERATURE_LOW_TARIFF`]). Temperature limit if low tariff mode is active (MODBUS_CON_TEMPERATURE_LOW_TARIFF)
        pub async fn read_configuration_temperature_low_tariff(
            &mut self,
        ) -> mm::ModbusResult<u8> {
            self.inner.read_value(&CONFIGURATION_TEMPERATURE_LOW_TARIFF).await
        }
        /// Writes `configuration.temperature_low_tariff` ([`CONFIGURATION_TEMPERATURE_LOW_TARIFF`]) after checking access, range, firmware and safety locally. Temperature limit if low tariff mode is active (MODBUS_CON_TEMPERATURE_LOW_TARIFF)
        pub async fn write_configuration_temperature_low_tariff(
            &mut self,
            value: u8,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&CONFIGURATION_TEMPERATURE_LOW_TARIFF, &value).await
        }
        /// Reads `configuration.temperature_heat_pump_request` ([`CONFIGURATION_TEMPERATURE_HEAT_PUMP_REQUEST`]). Temperature limit if controlled by Heat Pump Request (digital input) or Emergency Mode (MODBUS_CON_TEMPERATURE_HEAT_PUMP_REQUEST)
        pub async fn read_configuration_temperature_heat_pump_request(
            &mut self,
        ) -> mm::ModbusResult<u8> {
            self.inner.read_value(&CONFIGURATION_TEMPERATURE_HEAT_PUMP_REQUEST).await
        }
        /// Writes `configuration.temperature_heat_pump_request` ([`CONFIGURATION_TEMPERATURE_HEAT_PUMP_REQUEST`]) after checking access, range, firmware and safety locally. Temperature limit if controlled by Heat Pump Request (digital input) or Emergency Mode (MODBUS_CON_TEMPERATURE_HEAT_PUMP_REQUEST)
        pub async fn write_configuration_temperature_heat_pump_request(
            &mut self,
            value: u8,
        ) -> mm::ModbusResult<()> {
            self.inner
                .write_value(&CONFIGURATION_TEMPERATURE_HEAT_PUMP_REQUEST, &value)
                .await
        }
        /// Reads every readable register of `short_data` (base 100) in as few requests as the planner allows.
        pub async fn read_short_data(&mut self) -> mm::ModbusResult<ShortData> {
            let wanted = self
                .available(
                    &[
                        &SHORT_DATA_TEMP1,
                        &SHORT_DATA_TEMP2,
                        &SHORT_DATA_TEMP3,
                        &SHORT_DATA_TEMP4,
                        &SHORT_DATA_EMG,
                        &SHORT_DATA_STATUS,
                        &SHORT_DATA_HEATER_LOAD,
                        &SHORT_DATA_RESERVED,
                    ],
                );
            let snap = match self.inner.read_many(&wanted, REGISTERS, LIMITS).await? {
                ::core::result::Result::Ok(snap) => snap,
                ::core::result::Result::Err(code) => {
                    return ::core::result::Result::Ok(::core::result::Result::Err(code));
                }
            };
            ::core::result::Result::Ok(
                ::core::result::Result::Ok(ShortData {
                    temp1: self.decode_since(&snap, &SHORT_DATA_TEMP1)?,
                    temp2: self.decode_since(&snap, &SHORT_DATA_TEMP2)?,
                    temp3: self.decode_since(&snap, &SHORT_DATA_TEMP3)?,
                    temp4: self.decode_since(&snap, &SHORT_DATA_TEMP4)?,
                    emg: self.decode_since(&snap, &SHORT_DATA_EMG)?,
                    status: self.decode_since(&snap, &SHORT_DATA_STATUS)?,
                    heater_load: self.decode_since(&snap, &SHORT_DATA_HEATER_LOAD)?,
                    reserved: self.decode(&snap, &SHORT_DATA_RESERVED)?,
                }),
            )
        }
        /// Reads every readable register of `command` (base 200) in as few requests as the planner allows.
        pub async fn read_command(&mut self) -> mm::ModbusResult<Command> {
            let wanted = self
                .available(
                    &[
                        &COMMAND_SET_HEATER_STEP,
                        &COMMAND_LOAD_SETPOINT_VALUE,
                        &COMMAND_LOAD_FEEDIN_VALUE,
                    ],
                );
            let snap = match self.inner.read_many(&wanted, REGISTERS, LIMITS).await? {
                ::core::result::Result::Ok(snap) => snap,
                ::core::result::Result::Err(code) => {
                    return ::core::result::Result::Ok(::core::result::Result::Err(code));
                }
            };
            ::core::result::Result::Ok(
                ::core::result::Result::Ok(Command {
                    set_heater_step: self.decode_since(&snap, &COMMAND_SET_HEATER_STEP)?,
                    load_setpoint_value: self
                        .decode_since(&snap, &COMMAND_LOAD_SETPOINT_VALUE)?,
                    load_feedin_value: self
                        .decode_since(&snap, &COMMAND_LOAD_FEEDIN_VALUE)?,
                }),
            )
        }
        /// Reads every readable register of `energymanager` (base 300) in as few requests as the planner allows.
        pub async fn read_energymanager(&mut self) -> mm::ModbusResult<Energymanager> {
            let wanted = self
                .available(
                    &[
                        &ENERGYMANAGER_ID,
                        &ENERGYMANAGER_STATUS,
                        &ENERGYMANAGER_HEATER_LOAD,
                        &ENERGYMANAGER_SET_HEATER_STEP,
                        &ENERGYMANAGER_LOAD_SETPOINT_VALUE,
                        &ENERGYMANAGER_LOAD_FEEDIN_VALUE,
                        &ENERGYMANAGER_EMERGENCY_MODE,
                        &ENERGYMANAGER_HEAT_PUMP_REQUEST,
                        &ENERGYMANAGER_ANALOG_INPUT_FLOAT,
                        &ENERGYMANAGER_TEMPERATURE_FLOAT_SENSOR0,
                        &ENERGYMANAGER_TEMPERATURE_FLOAT_SENSOR1,
                        &ENERGYMANAGER_TEMPERATURE_FLOAT_SENSOR2,
                        &ENERGYMANAGER_TEMPERATURE_FLOAT_SENSOR3,
                        &ENERGYMANAGER_TEMPERATURE_FLOAT_SENSOR4,
                        &ENERGYMANAGER_TEMPERATURE_FLOAT_SENSOR5,
                    ],
                );
            let snap = match self.inner.read_many(&wanted, REGISTERS, LIMITS).await? {
                ::core::result::Result::Ok(snap) => snap,
                ::core::result::Result::Err(code) => {
                    return ::core::result::Result::Ok(::core::result::Result::Err(code));
                }
            };
            ::core::result::Result::Ok(
                ::core::result::Result::Ok(Energymanager {
                    id: self.decode_since(&snap, &ENERGYMANAGER_ID)?,
                    status: self.decode_since(&snap, &ENERGYMANAGER_STATUS)?,
                    heater_load: self.decode_since(&snap, &ENERGYMANAGER_HEATER_LOAD)?,
                    set_heater_step: self
                        .decode_since(&snap, &ENERGYMANAGER_SET_HEATER_STEP)?,
                    load_setpoint_value: self
                        .decode_since(&snap, &ENERGYMANAGER_LOAD_SETPOINT_VALUE)?,
                    load_feedin_value: self
                        .decode_since(&snap, &ENERGYMANAGER_LOAD_FEEDIN_VALUE)?,
                    emergency_mode: self
                        .decode_since(&snap, &ENERGYMANAGER_EMERGENCY_MODE)?,
                    heat_pump_request: self
                        .decode_since(&snap, &ENERGYMANAGER_HEAT_PUMP_REQUEST)?,
                    analog_input_float: self
                        .decode_since(&snap, &ENERGYMANAGER_ANALOG_INPUT_FLOAT)?,
                    temperature_float_sensor0: self
                        .decode_since(&snap, &ENERGYMANAGER_TEMPERATURE_FLOAT_SENSOR0)?,
                    temperature_float_sensor1: self
                        .decode_since(&snap, &ENERGYMANAGER_TEMPERATURE_FLOAT_SENSOR1)?,
                    temperature_float_sensor2: self
                        .decode_since(&snap, &ENERGYMANAGER_TEMPERATURE_FLOAT_SENSOR2)?,
                    temperature_float_sensor3: self
                        .decode_since(&snap, &ENERGYMANAGER_TEMPERATURE_FLOAT_SENSOR3)?,
                    temperature_float_sensor4: self
                        .decode_since(&snap, &ENERGYMANAGER_TEMPERATURE_FLOAT_SENSOR4)?,
                    temperature_float_sensor5: self
                        .decode_since(&snap, &ENERGYMANAGER_TEMPERATURE_FLOAT_SENSOR5)?,
                }),
            )
        }
        /// Reads every readable register of `energymanager_write` (base 318) in as few requests as the planner allows.
        pub async fn read_energymanager_write(
            &mut self,
        ) -> mm::ModbusResult<EnergymanagerWrite> {
            let wanted = self
                .available(
                    &[
                        &ENERGYMANAGER_WRITE_SET_HEATER_STEP,
                        &ENERGYMANAGER_WRITE_LOAD_SETPOINT_VALUE,
                        &ENERGYMANAGER_WRITE_LOAD_FEEDIN_VALUE,
                    ],
                );
            let snap = match self.inner.read_many(&wanted, REGISTERS, LIMITS).await? {
                ::core::result::Result::Ok(snap) => snap,
                ::core::result::Result::Err(code) => {
                    return ::core::result::Result::Ok(::core::result::Result::Err(code));
                }
            };
            ::core::result::Result::Ok(
                ::core::result::Result::Ok(EnergymanagerWrite {
                    set_heater_step: self
                        .decode_since(&snap, &ENERGYMANAGER_WRITE_SET_HEATER_STEP)?,
                    load_setpoint_value: self
                        .decode_since(&snap, &ENERGYMANAGER_WRITE_LOAD_SETPOINT_VALUE)?,
                    load_feedin_value: self
                        .decode_since(&snap, &ENERGYMANAGER_WRITE_LOAD_FEEDIN_VALUE)?,
                }),
            )
        }
        /// Reads every readable register of `parameters` (base 400) in as few requests as the planner allows.
        pub async fn read_parameters(&mut self) -> mm::ModbusResult<Parameters> {
            let wanted = self
                .available(
                    &[
                        &PARAMETERS_ID,
                        &PARAMETERS_DEVICE_TYPE,
                        &PARAMETERS_HEATER1_POWER,
                        &PARAMETERS_HEATER2_POWER,
                        &PARAMETERS_HEATER3_POWER,
                        &PARAMETERS_ARTICLE_NUMBER,
                        &PARAMETERS_ARTICLE_NAME,
                        &PARAMETERS_SOFTWARE_VERSION,
                        &PARAMETERS_HARDWARE_VERSION,
                        &PARAMETERS_HEATER4_POWER,
                        &PARAMETERS_HEATER5_POWER,
                        &PARAMETERS_HEATER6_POWER,
                        &PARAMETERS_NUMBER_OF_STEPS,
                        &PARAMETERS_NUMBER_OF_HEATER,
                        &PARAMETERS_MAX_POWER,
                    ],
                );
            let snap = match self.inner.read_many(&wanted, REGISTERS, LIMITS).await? {
                ::core::result::Result::Ok(snap) => snap,
                ::core::result::Result::Err(code) => {
                    return ::core::result::Result::Ok(::core::result::Result::Err(code));
                }
            };
            ::core::result::Result::Ok(
                ::core::result::Result::Ok(Parameters {
                    id: self.decode_since(&snap, &PARAMETERS_ID)?,
                    device_type: self.decode_since(&snap, &PARAMETERS_DEVICE_TYPE)?,
                    heater1_power: self.decode_since(&snap, &PARAMETERS_HEATER1_POWER)?,
                    heater2_power: self.decode_since(&snap, &PARAMETERS_HEATER2_POWER)?,
                    heater3_power: self.decode_since(&snap, &PARAMETERS_HEATER3_POWER)?,
                    article_number: self
                        .decode_since(&snap, &PARAMETERS_ARTICLE_NUMBER)?,
                    article_name: self.decode_since(&snap, &PARAMETERS_ARTICLE_NAME)?,
                    software_version: self
                        .decode_since(&snap, &PARAMETERS_SOFTWARE_VERSION)?,
                    hardware_version: self
                        .decode_since(&snap, &PARAMETERS_HARDWARE_VERSION)?,
                    heater4_power: self.decode(&snap, &PARAMETERS_HEATER4_POWER)?,
                    heater5_power: self.decode(&snap, &PARAMETERS_HEATER5_POWER)?,
                    heater6_power: self.decode(&snap, &PARAMETERS_HEATER6_POWER)?,
                    number_of_steps: self.decode(&snap, &PARAMETERS_NUMBER_OF_STEPS)?,
                    number_of_heater: self.decode(&snap, &PARAMETERS_NUMBER_OF_HEATER)?,
                    max_power: self.decode(&snap, &PARAMETERS_MAX_POWER)?,
                }),
            )
        }
        /// Reads every readable register of `configuration` (base 500) in as few requests as the planner allows.
        pub async fn read_configuration(&mut self) -> mm::ModbusResult<Configuration> {
            let wanted = self
                .available(
                    &[
                        &CONFIGURATION_RELAY_SEC_COUNT,
                        &CONFIGURATION_PUMP_SEC_COUNT,
                        &CONFIGURATION_INPUT_SETTING,
                        &CONFIGURATION_AUTO_HEATER_OFF_MINUTES,
                        &CONFIGURATION_AUTO_HEATER_OFF_SETTING,
                        &CONFIGURATION_CASCADE_PRIO,
                        &CONFIGURATION_HEATBUFFER_TYPE,
                        &CONFIGURATION_HEATBUFFER_VOLUME,
                        &CONFIGURATION_HEATER_POSITION,
                        &CONFIGURATION_LEGIO_SETTING,
                        &CONFIGURATION_LEGIO_TEMPERATURE,
                        &CONFIGURATION_LEGIO_HEATUP_MINUTES,
                        &CONFIGURATION_LEGIO_ACTIV_TIME,
                        &CONFIGURATION_WATER_HARDNESS,
                        &CONFIGURATION_HOUSETYPE,
                        &CONFIGURATION_HOUSEHOLD_MEMBERS,
                        &CONFIGURATION_INFOSTRING,
                        &CONFIGURATION_ADVANCED_SETTING,
                        &CONFIGURATION_LOAD_FEEDIN_DELAY,
                        &CONFIGURATION_LOAD_FEEDIN_BIAS,
                        &CONFIGURATION_TIMEZONE_BIAS,
                        &CONFIGURATION_SUMMERTIME_BIAS,
                        &CONFIGURATION_RESERVED,
                        &CONFIGURATION_RTU_BAUDRATE,
                        &CONFIGURATION_RTU_SETTING,
                        &CONFIGURATION_RTU_SLAVE_ID,
                        &CONFIGURATION_RTU_ENERGY_METER_TYPE,
                        &CONFIGURATION_LOW_TARIFF_START_TIME_HOUR,
                        &CONFIGURATION_LOW_TARIFF_START_TIME_MINUTE,
                        &CONFIGURATION_LOW_TARIFF_END_TIME_HOUR,
                        &CONFIGURATION_LOW_TARIFF_END_TIME_MINUTE,
                        &CONFIGURATION_ANALOG_IN_HYSTERESIS,
                        &CONFIGURATION_ANALOG_IN_0_THRESHOLD,
                        &CONFIGURATION_ANALOG_IN_0_THRESHOLD_STEP,
                        &CONFIGURATION_ANALOG_IN_0_THRESHOLD_TEMP,
                        &CONFIGURATION_ANALOG_IN_1_THRESHOLD,
                        &CONFIGURATION_ANALOG_IN_1_THRESHOLD_STEP,
                        &CONFIGURATION_ANALOG_IN_1_THRESHOLD_TEMP,
                        &CONFIGURATION_ANALOG_IN_2_THRESHOLD,
                        &CONFIGURATION_ANALOG_IN_2_THRESHOLD_STEP,
                        &CONFIGURATION_ANALOG_IN_2_THRESHOLD_TEMP,
                        &CONFIGURATION_ANALOG_IN_3_THRESHOLD,
                        &CONFIGURATION_ANALOG_IN_3_THRESHOLD_STEP,
                        &CONFIGURATION_ANALOG_IN_3_THRESHOLD_TEMP,
                        &CONFIGURATION_ANALOG_IN_4_THRESHOLD,
                        &CONFIGURATION_ANALOG_IN_4_THRESHOLD_STEP,
                        &CONFIGURATION_ANALOG_IN_4_THRESHOLD_TEMP,
                        &CONFIGURATION_ANALOG_IN_5_THRESHOLD,
                        &CONFIGURATION_ANALOG_IN_5_THRESHOLD_STEP,
                        &CONFIGURATION_ANALOG_IN_5_THRESHOLD_TEMP,
                        &CONFIGURATION_ANALOG_IN_6_THRESHOLD,
                        &CONFIGURATION_ANALOG_IN_6_THRESHOLD_STEP,
                        &CONFIGURATION_ANALOG_IN_6_THRESHOLD_TEMP,
                        &CONFIGURATION_ANALOG_IN_7_THRESHOLD,
                        &CONFIGURATION_ANALOG_IN_7_THRESHOLD_STEP,
                        &CONFIGURATION_ANALOG_IN_7_THRESHOLD_TEMP,
                        &CONFIGURATION_HEAT_PUMP_REQUEST_OFF_STEP,
                        &CONFIGURATION_HEAT_PUMP_REQUEST_ON_STEP,
                        &CONFIGURATION_EMERGENCY_MODE_ON_STEP,
                        &CONFIGURATION_TEMPERATURE_HYSTERESIS,
                        &CONFIGURATION_TEMPERATURE_SETTING,
                        &CONFIGURATION_TEMPERATURE_MINIMUM,
                        &CONFIGURATION_TEMPERATURE_SET_HEATER_STEP,
                        &CONFIGURATION_TEMPERATURE_LOAD_SETPOINT,
                        &CONFIGURATION_TEMPERATURE_LOW_TARIFF,
                        &CONFIGURATION_TEMPERATURE_HEAT_PUMP_REQUEST,
                    ],
                );
            let snap = match self.inner.read_many(&wanted, REGISTERS, LIMITS).await? {
                ::core::result::Result::Ok(snap) => snap,
                ::core::result::Result::Err(code) => {
                    return ::core::result::Result::Ok(::core::result::Result::Err(code));
                }
            };
            ::core::result::Result::Ok(
                ::core::result::Result::Ok(Configuration {
                    relay_sec_count: self
                        .decode_since(&snap, &CONFIGURATION_RELAY_SEC_COUNT)?,
                    pump_sec_count: self
                        .decode_since(&snap, &CONFIGURATION_PUMP_SEC_COUNT)?,
                    input_setting: self
                        .decode_since(&snap, &CONFIGURATION_INPUT_SETTING)?,
                    auto_heater_off_minutes: self
                        .decode_since(&snap, &CONFIGURATION_AUTO_HEATER_OFF_MINUTES)?,
                    auto_heater_off_setting: self
                        .decode_since(&snap, &CONFIGURATION_AUTO_HEATER_OFF_SETTING)?,
                    cascade_prio: self.decode(&snap, &CONFIGURATION_CASCADE_PRIO)?,
                    heatbuffer_type: self.decode(&snap, &CONFIGURATION_HEATBUFFER_TYPE)?,
                    heatbuffer_volume: self
                        .decode(&snap, &CONFIGURATION_HEATBUFFER_VOLUME)?,
                    heater_position: self
                        .decode_since(&snap, &CONFIGURATION_HEATER_POSITION)?,
                    legio_setting: self
                        .decode_since(&snap, &CONFIGURATION_LEGIO_SETTING)?,
                    legio_temperature: self
                        .decode_since(&snap, &CONFIGURATION_LEGIO_TEMPERATURE)?,
                    legio_heatup_minutes: self
                        .decode_since(&snap, &CONFIGURATION_LEGIO_HEATUP_MINUTES)?,
                    legio_activ_time: self
                        .decode_since(&snap, &CONFIGURATION_LEGIO_ACTIV_TIME)?,
                    water_hardness: self.decode(&snap, &CONFIGURATION_WATER_HARDNESS)?,
                    housetype: self.decode(&snap, &CONFIGURATION_HOUSETYPE)?,
                    household_members: self
                        .decode(&snap, &CONFIGURATION_HOUSEHOLD_MEMBERS)?,
                    infostring: self.decode_since(&snap, &CONFIGURATION_INFOSTRING)?,
                    advanced_setting: self
                        .decode(&snap, &CONFIGURATION_ADVANCED_SETTING)?,
                    load_feedin_delay: self
                        .decode_since(&snap, &CONFIGURATION_LOAD_FEEDIN_DELAY)?,
                    load_feedin_bias: self
                        .decode_since(&snap, &CONFIGURATION_LOAD_FEEDIN_BIAS)?,
                    timezone_bias: self
                        .decode_since(&snap, &CONFIGURATION_TIMEZONE_BIAS)?,
                    summertime_bias: self
                        .decode_since(&snap, &CONFIGURATION_SUMMERTIME_BIAS)?,
                    reserved: self.decode(&snap, &CONFIGURATION_RESERVED)?,
                    rtu_baudrate: self.decode_since(&snap, &CONFIGURATION_RTU_BAUDRATE)?,
                    rtu_setting: self.decode_since(&snap, &CONFIGURATION_RTU_SETTING)?,
                    rtu_slave_id: self.decode_since(&snap, &CONFIGURATION_RTU_SLAVE_ID)?,
                    rtu_energy_meter_type: self
                        .decode_since(&snap, &CONFIGURATION_RTU_ENERGY_METER_TYPE)?,
                    low_tariff_start_time_hour: self
                        .decode_since(&snap, &CONFIGURATION_LOW_TARIFF_START_TIME_HOUR)?,
                    low_tariff_start_time_minute: self
                        .decode_since(
                            &snap,
                            &CONFIGURATION_LOW_TARIFF_START_TIME_MINUTE,
                        )?,
                    low_tariff_end_time_hour: self
                        .decode_since(&snap, &CONFIGURATION_LOW_TARIFF_END_TIME_HOUR)?,
                    low_tariff_end_time_minute: self
                        .decode_since(&snap, &CONFIGURATION_LOW_TARIFF_END_TIME_MINUTE)?,
                    analog_in_hysteresis: self
                        .decode_since(&snap, &CONFIGURATION_ANALOG_IN_HYSTERESIS)?,
                    analog_in_0_threshold: self
                        .decode_since(&snap, &CONFIGURATION_ANALOG_IN_0_THRESHOLD)?,
                    analog_in_0_threshold_step: self
                        .decode_since(&snap, &CONFIGURATION_ANALOG_IN_0_THRESHOLD_STEP)?,
                    analog_in_0_threshold_temp: self
                        .decode_since(&snap, &CONFIGURATION_ANALOG_IN_0_THRESHOLD_TEMP)?,
                    analog_in_1_threshold: self
                        .decode_since(&snap, &CONFIGURATION_ANALOG_IN_1_THRESHOLD)?,
                    analog_in_1_threshold_step: self
                        .decode_since(&snap, &CONFIGURATION_ANALOG_IN_1_THRESHOLD_STEP)?,
                    analog_in_1_threshold_temp: self
                        .decode_since(&snap, &CONFIGURATION_ANALOG_IN_1_THRESHOLD_TEMP)?,
                    analog_in_2_threshold: self
                        .decode_since(&snap, &CONFIGURATION_ANALOG_IN_2_THRESHOLD)?,
                    analog_in_2_threshold_step: self
                        .decode_since(&snap, &CONFIGURATION_ANALOG_IN_2_THRESHOLD_STEP)?,
                    analog_in_2_threshold_temp: self
                        .decode_since(&snap, &CONFIGURATION_ANALOG_IN_2_THRESHOLD_TEMP)?,
                    analog_in_3_threshold: self
                        .decode_since(&snap, &CONFIGURATION_ANALOG_IN_3_THRESHOLD)?,
                    analog_in_3_threshold_step: self
                        .decode_since(&snap, &CONFIGURATION_ANALOG_IN_3_THRESHOLD_STEP)?,
                    analog_in_3_threshold_temp: self
                        .decode_since(&snap, &CONFIGURATION_ANALOG_IN_3_THRESHOLD_TEMP)?,
                    analog_in_4_threshold: self
                        .decode_since(&snap, &CONFIGURATION_ANALOG_IN_4_THRESHOLD)?,
                    analog_in_4_threshold_step: self
                        .decode_since(&snap, &CONFIGURATION_ANALOG_IN_4_THRESHOLD_STEP)?,
                    analog_in_4_threshold_temp: self
                        .decode_since(&snap, &CONFIGURATION_ANALOG_IN_4_THRESHOLD_TEMP)?,
                    analog_in_5_threshold: self
                        .decode_since(&snap, &CONFIGURATION_ANALOG_IN_5_THRESHOLD)?,
                    analog_in_5_threshold_step: self
                        .decode_since(&snap, &CONFIGURATION_ANALOG_IN_5_THRESHOLD_STEP)?,
                    analog_in_5_threshold_temp: self
                        .decode_since(&snap, &CONFIGURATION_ANALOG_IN_5_THRESHOLD_TEMP)?,
                    analog_in_6_threshold: self
                        .decode_since(&snap, &CONFIGURATION_ANALOG_IN_6_THRESHOLD)?,
                    analog_in_6_threshold_step: self
                        .decode_since(&snap, &CONFIGURATION_ANALOG_IN_6_THRESHOLD_STEP)?,
                    analog_in_6_threshold_temp: self
                        .decode_since(&snap, &CONFIGURATION_ANALOG_IN_6_THRESHOLD_TEMP)?,
                    analog_in_7_threshold: self
                        .decode_since(&snap, &CONFIGURATION_ANALOG_IN_7_THRESHOLD)?,
                    analog_in_7_threshold_step: self
                        .decode_since(&snap, &CONFIGURATION_ANALOG_IN_7_THRESHOLD_STEP)?,
                    analog_in_7_threshold_temp: self
                        .decode_since(&snap, &CONFIGURATION_ANALOG_IN_7_THRESHOLD_TEMP)?,
                    heat_pump_request_off_step: self
                        .decode_since(&snap, &CONFIGURATION_HEAT_PUMP_REQUEST_OFF_STEP)?,
                    heat_pump_request_on_step: self
                        .decode_since(&snap, &CONFIGURATION_HEAT_PUMP_REQUEST_ON_STEP)?,
                    emergency_mode_on_step: self
                        .decode_since(&snap, &CONFIGURATION_EMERGENCY_MODE_ON_STEP)?,
                    temperature_hysteresis: self
                        .decode_since(&snap, &CONFIGURATION_TEMPERATURE_HYSTERESIS)?,
                    temperature_setting: self
                        .decode_since(&snap, &CONFIGURATION_TEMPERATURE_SETTING)?,
                    temperature_minimum: self
                        .decode_since(&snap, &CONFIGURATION_TEMPERATURE_MINIMUM)?,
                    temperature_set_heater_step: self
                        .decode_since(
                            &snap,
                            &CONFIGURATION_TEMPERATURE_SET_HEATER_STEP,
                        )?,
                    temperature_load_setpoint: self
                        .decode_since(&snap, &CONFIGURATION_TEMPERATURE_LOAD_SETPOINT)?,
                    temperature_low_tariff: self
                        .decode_since(&snap, &CONFIGURATION_TEMPERATURE_LOW_TARIFF)?,
                    temperature_heat_pump_request: self
                        .decode_since(
                            &snap,
                            &CONFIGURATION_TEMPERATURE_HEAT_PUMP_REQUEST,
                        )?,
                }),
            )
        }
        /// Reads every readable register of `data_values` (base 600) in as few requests as the planner allows.
        pub async fn read_data_values(&mut self) -> mm::ModbusResult<DataValues> {
            let wanted = self
                .available(
                    &[
                        &DATA_VALUES_OPERATING_TIME,
                        &DATA_VALUES_OPERATING_HEATER1,
                        &DATA_VALUES_OPERATING_HEATER2,
                        &DATA_VALUES_OPERATING_HEATER3,
                        &DATA_VALUES_OPERATING_PUMP,
                        &DATA_VALUES_OPERATING_VALVE,
                        &DATA_VALUES_RELAY1_COUNT,
                        &DATA_VALUES_RELAY2_COUNT,
                        &DATA_VALUES_RELAY3_COUNT,
                        &DATA_VALUES_RELAY4_COUNT,
                        &DATA_VALUES_RELAY5_COUNT,
                        &DATA_VALUES_RELAY_COUNTDOWN,
                        &DATA_VALUES_PUMP_COUNTDOWN,
                        &DATA_VALUES_STATUS,
                        &DATA_VALUES_HEATER_LOAD,
                        &DATA_VALUES_ACTUAL_CONTROL_INPUT,
                        &DATA_VALUES_LEGIO_STATUS,
                        &DATA_VALUES_LEGIO_OPERATING,
                        &DATA_VALUES_LEGIO_COUNTDOWN,
                        &DATA_VALUES_ERROR_STATUS,
                        &DATA_VALUES_TEMPERATURE_STATUS,
                        &DATA_VALUES_TEMPERATURE_SENSOR5,
                        &DATA_VALUES_TEMPERATURE_SENSOR4,
                        &DATA_VALUES_TEMPERATURE_SENSOR3,
                        &DATA_VALUES_TEMPERATURE_SENSOR2,
                        &DATA_VALUES_TEMPERATURE_SENSOR1,
                        &DATA_VALUES_TEMPERATURE_SENSOR0,
                        &DATA_VALUES_ANALOG_INPUT_STEP,
                        &DATA_VALUES_ACTUAL_TEMPERATURE_LIMIT,
                        &DATA_VALUES_AUTO_HEATER_OFF_COUNTDOWN,
                        &DATA_VALUES_EMERGENCY_OFF_COUNTDOWN,
                        &DATA_VALUES_BOOT_COUNT,
                        &DATA_VALUES_OPERATING_SET_HEATER_STEP,
                        &DATA_VALUES_OPERATING_LOAD_SETPOINT,
                        &DATA_VALUES_OPERATION_LOAD_FEEDIN,
                        &DATA_VALUES_OPERATION_HEAT_PUMP_REQUEST,
                        &DATA_VALUES_OPERATION_ANALOG_IN,
                        &DATA_VALUES_OPERATION_EMERGENCY_MODE,
                        &DATA_VALUES_OPERATION_LEGIO,
                        &DATA_VALUES_OPERATION_LOW_TARIFF,
                        &DATA_VALUES_OPERATION_MINIMAL_TEMP,
                        &DATA_VALUES_OPERATING_HEATER_STEP_1,
                        &DATA_VALUES_OPERATING_HEATER_STEP_2,
                        &DATA_VALUES_OPERATING_HEATER_STEP_3,
                        &DATA_VALUES_OPERATING_HEATER_STEP_4,
                        &DATA_VALUES_OPERATING_HEATER_STEP_5,
                        &DATA_VALUES_OPERATING_HEATER_STEP_6,
                        &DATA_VALUES_OPERATING_HEATER_STEP_7,
                        &DATA_VALUES_SET_HEATER_STEP_COUNT,
                        &DATA_VALUES_LOAD_SETPOINT_COUNT,
                        &DATA_VALUES_LOAD_FEEDIN_COUNT,
                        &DATA_VALUES_HEAT_PUMP_REQUEST_COUNT,
                        &DATA_VALUES_ANALOG_IN_COUNT,
                        &DATA_VALUES_EMERGENCY_MODE_COUNT,
                        &DATA_VALUES_LEGIO_COUNT,
                        &DATA_VALUES_LOW_TARIFF_COUNT,
                        &DATA_VALUES_MINIMAL_TEMP_COUNT,
                        &DATA_VALUES_MAX_TEMPERATURE,
                    ],
                );
            let snap = match self.inner.read_many(&wanted, REGISTERS, LIMITS).await? {
                ::core::result::Result::Ok(snap) => snap,
                ::core::result::Result::Err(code) => {
                    return ::core::result::Result::Ok(::core::result::Result::Err(code));
                }
            };
            ::core::result::Result::Ok(
                ::core::result::Result::Ok(DataValues {
                    operating_time: self
                        .decode_since(&snap, &DATA_VALUES_OPERATING_TIME)?,
                    operating_heater1: self
                        .decode_since(&snap, &DATA_VALUES_OPERATING_HEATER1)?,
                    operating_heater2: self
                        .decode_since(&snap, &DATA_VALUES_OPERATING_HEATER2)?,
                    operating_heater3: self
                        .decode_since(&snap, &DATA_VALUES_OPERATING_HEATER3)?,
                    operating_pump: self
                        .decode_since(&snap, &DATA_VALUES_OPERATING_PUMP)?,
                    operating_valve: self
                        .decode_since(&snap, &DATA_VALUES_OPERATING_VALVE)?,
                    relay1_count: self.decode_since(&snap, &DATA_VALUES_RELAY1_COUNT)?,
                    relay2_count: self.decode_since(&snap, &DATA_VALUES_RELAY2_COUNT)?,
                    relay3_count: self.decode_since(&snap, &DATA_VALUES_RELAY3_COUNT)?,
                    relay4_count: self.decode_since(&snap, &DATA_VALUES_RELAY4_COUNT)?,
                    relay5_count: self.decode_since(&snap, &DATA_VALUES_RELAY5_COUNT)?,
                    relay_countdown: self
                        .decode_since(&snap, &DATA_VALUES_RELAY_COUNTDOWN)?,
                    pump_countdown: self
                        .decode_since(&snap, &DATA_VALUES_PUMP_COUNTDOWN)?,
                    status: self.decode_since(&snap, &DATA_VALUES_STATUS)?,
                    heater_load: self.decode_since(&snap, &DATA_VALUES_HEATER_LOAD)?,
                    actual_control_input: self
                        .decode_since(&snap, &DATA_VALUES_ACTUAL_CONTROL_INPUT)?,
                    legio_status: self.decode_since(&snap, &DATA_VALUES_LEGIO_STATUS)?,
                    legio_operating: self
                        .decode_since(&snap, &DATA_VALUES_LEGIO_OPERATING)?,
                    legio_countdown: self
                        .decode_since(&snap, &DATA_VALUES_LEGIO_COUNTDOWN)?,
                    error_status: self.decode_since(&snap, &DATA_VALUES_ERROR_STATUS)?,
                    temperature_status: self
                        .decode_since(&snap, &DATA_VALUES_TEMPERATURE_STATUS)?,
                    temperature_sensor5: self
                        .decode_since(&snap, &DATA_VALUES_TEMPERATURE_SENSOR5)?,
                    temperature_sensor4: self
                        .decode_since(&snap, &DATA_VALUES_TEMPERATURE_SENSOR4)?,
                    temperature_sensor3: self
                        .decode_since(&snap, &DATA_VALUES_TEMPERATURE_SENSOR3)?,
                    temperature_sensor2: self
                        .decode_since(&snap, &DATA_VALUES_TEMPERATURE_SENSOR2)?,
                    temperature_sensor1: self
                        .decode_since(&snap, &DATA_VALUES_TEMPERATURE_SENSOR1)?,
                    temperature_sensor0: self
                        .decode_since(&snap, &DATA_VALUES_TEMPERATURE_SENSOR0)?,
                    analog_input_step: self
                        .decode_since(&snap, &DATA_VALUES_ANALOG_INPUT_STEP)?,
                    actual_temperature_limit: self
                        .decode_since(&snap, &DATA_VALUES_ACTUAL_TEMPERATURE_LIMIT)?,
                    auto_heater_off_countdown: self
                        .decode_since(&snap, &DATA_VALUES_AUTO_HEATER_OFF_COUNTDOWN)?,
                    emergency_off_countdown: self
                        .decode_since(&snap, &DATA_VALUES_EMERGENCY_OFF_COUNTDOWN)?,
                    boot_count: self.decode_since(&snap, &DATA_VALUES_BOOT_COUNT)?,
                    operating_set_heater_step: self
                        .decode_since(&snap, &DATA_VALUES_OPERATING_SET_HEATER_STEP)?,
                    operating_load_setpoint: self
                        .decode_since(&snap, &DATA_VALUES_OPERATING_LOAD_SETPOINT)?,
                    operation_load_feedin: self
                        .decode_since(&snap, &DATA_VALUES_OPERATION_LOAD_FEEDIN)?,
                    operation_heat_pump_request: self
                        .decode_since(&snap, &DATA_VALUES_OPERATION_HEAT_PUMP_REQUEST)?,
                    operation_analog_in: self
                        .decode_since(&snap, &DATA_VALUES_OPERATION_ANALOG_IN)?,
                    operation_emergency_mode: self
                        .decode_since(&snap, &DATA_VALUES_OPERATION_EMERGENCY_MODE)?,
                    operation_legio: self
                        .decode_since(&snap, &DATA_VALUES_OPERATION_LEGIO)?,
                    operation_low_tariff: self
                        .decode_since(&snap, &DATA_VALUES_OPERATION_LOW_TARIFF)?,
                    operation_minimal_temp: self
                        .decode_since(&snap, &DATA_VALUES_OPERATION_MINIMAL_TEMP)?,
                    operating_heater_step_1: self
                        .decode_since(&snap, &DATA_VALUES_OPERATING_HEATER_STEP_1)?,
                    operating_heater_step_2: self
                        .decode_since(&snap, &DATA_VALUES_OPERATING_HEATER_STEP_2)?,
                    operating_heater_step_3: self
                        .decode_since(&snap, &DATA_VALUES_OPERATING_HEATER_STEP_3)?,
                    operating_heater_step_4: self
                        .decode_since(&snap, &DATA_VALUES_OPERATING_HEATER_STEP_4)?,
                    operating_heater_step_5: self
                        .decode_since(&snap, &DATA_VALUES_OPERATING_HEATER_STEP_5)?,
                    operating_heater_step_6: self
                        .decode_since(&snap, &DATA_VALUES_OPERATING_HEATER_STEP_6)?,
                    operating_heater_step_7: self
                        .decode_since(&snap, &DATA_VALUES_OPERATING_HEATER_STEP_7)?,
                    set_heater_step_count: self
                        .decode_since(&snap, &DATA_VALUES_SET_HEATER_STEP_COUNT)?,
                    load_setpoint_count: self
                        .decode_since(&snap, &DATA_VALUES_LOAD_SETPOINT_COUNT)?,
                    load_feedin_count: self
                        .decode_since(&snap, &DATA_VALUES_LOAD_FEEDIN_COUNT)?,
                    heat_pump_request_count: self
                        .decode_since(&snap, &DATA_VALUES_HEAT_PUMP_REQUEST_COUNT)?,
                    analog_in_count: self
                        .decode_since(&snap, &DATA_VALUES_ANALOG_IN_COUNT)?,
                    emergency_mode_count: self
                        .decode_since(&snap, &DATA_VALUES_EMERGENCY_MODE_COUNT)?,
                    legio_count: self.decode_since(&snap, &DATA_VALUES_LEGIO_COUNT)?,
                    low_tariff_count: self
                        .decode_since(&snap, &DATA_VALUES_LOW_TARIFF_COUNT)?,
                    minimal_temp_count: self
                        .decode_since(&snap, &DATA_VALUES_MINIMAL_TEMP_COUNT)?,
                    max_temperature: self
                        .decode_since(&snap, &DATA_VALUES_MAX_TEMPERATURE)?,
                }),
            )
        }
        /// Reads every readable register of `extended_values` (base 700) in as few requests as the planner allows.
        pub async fn read_extended_values(
            &mut self,
        ) -> mm::ModbusResult<ExtendedValues> {
            let wanted = self
                .available(
                    &[
                        &EXTENDED_VALUES_STATUS,
                        &EXTENDED_VALUES_HEATER_LOAD,
                        &EXTENDED_VALUES_RESERVED,
                        &EXTENDED_VALUES_LEGIO_STATUS,
                        &EXTENDED_VALUES_TEMPERATURE_FLOAT_SENSOR5,
                        &EXTENDED_VALUES_TEMPERATURE_FLOAT_SENSOR4,
                        &EXTENDED_VALUES_TEMPERATURE_FLOAT_SENSOR3,
                        &EXTENDED_VALUES_TEMPERATURE_FLOAT_SENSOR2,
                        &EXTENDED_VALUES_TEMPERATURE_FLOAT_SENSOR1,
                        &EXTENDED_VALUES_TEMPERATURE_FLOAT_SENSOR0,
                        &EXTENDED_VALUES_ANALOG_INPUT_FLOAT,
                        &EXTENDED_VALUES_LOAD_SETPOINT_VALUE,
                        &EXTENDED_VALUES_LOAD_FEEDIN_VALUE,
                        &EXTENDED_VALUES_RESERVE1,
                        &EXTENDED_VALUES_MILLIS,
                        &EXTENDED_VALUES_RESERVE2,
                        &EXTENDED_VALUES_RESERVE3,
                    ],
                );
            let snap = match self.inner.read_many(&wanted, REGISTERS, LIMITS).await? {
                ::core::result::Result::Ok(snap) => snap,
                ::core::result::Result::Err(code) => {
                    return ::core::result::Result::Ok(::core::result::Result::Err(code));
                }
            };
            ::core::result::Result::Ok(
                ::core::result::Result::Ok(ExtendedValues {
                    status: self.decode_since(&snap, &EXTENDED_VALUES_STATUS)?,
                    heater_load: self.decode_since(&snap, &EXTENDED_VALUES_HEATER_LOAD)?,
                    reserved: self.decode(&snap, &EXTENDED_VALUES_RESERVED)?,
                    legio_status: self
                        .decode_since(&snap, &EXTENDED_VALUES_LEGIO_STATUS)?,
                    temperature_float_sensor5: self
                        .decode_since(
                            &snap,
                            &EXTENDED_VALUES_TEMPERATURE_FLOAT_SENSOR5,
                        )?,
                    temperature_float_sensor4: self
                        .decode_since(
                            &snap,
                            &EXTENDED_VALUES_TEMPERATURE_FLOAT_SENSOR4,
                        )?,
                    temperature_float_sensor3: self
                        .decode_since(
                            &snap,
                            &EXTENDED_VALUES_TEMPERATURE_FLOAT_SENSOR3,
                        )?,
                    temperature_float_sensor2: self
                        .decode_since(
                            &snap,
                            &EXTENDED_VALUES_TEMPERATURE_FLOAT_SENSOR2,
                        )?,
                    temperature_float_sensor1: self
                        .decode_since(
                            &snap,
                            &EXTENDED_VALUES_TEMPERATURE_FLOAT_SENSOR1,
                        )?,
                    temperature_float_sensor0: self
                        .decode_since(
                            &snap,
                            &EXTENDED_VALUES_TEMPERATURE_FLOAT_SENSOR0,
                        )?,
                    analog_input_float: self
                        .decode_since(&snap, &EXTENDED_VALUES_ANALOG_INPUT_FLOAT)?,
                    load_setpoint_value: self
                        .decode_since(&snap, &EXTENDED_VALUES_LOAD_SETPOINT_VALUE)?,
                    load_feedin_value: self
                        .decode_since(&snap, &EXTENDED_VALUES_LOAD_FEEDIN_VALUE)?,
                    reserve1: self.decode_since(&snap, &EXTENDED_VALUES_RESERVE1)?,
                    millis: self.decode_since(&snap, &EXTENDED_VALUES_MILLIS)?,
                    reserve2: self.decode_since(&snap, &EXTENDED_VALUES_RESERVE2)?,
                    reserve3: self.decode_since(&snap, &EXTENDED_VALUES_RESERVE3)?,
                }),
            )
        }
        /// Reads every readable register of the device (those the connected
        /// firmware has) in as few requests as the planner allows.
        pub async fn read_all(&mut self) -> mm::ModbusResult<All> {
            let wanted = self
                .available(
                    &[
                        &SHORT_DATA_TEMP1,
                        &SHORT_DATA_TEMP2,
                        &SHORT_DATA_TEMP3,
                        &SHORT_DATA_TEMP4,
                        &SHORT_DATA_EMG,
                        &SHORT_DATA_STATUS,
                        &SHORT_DATA_HEATER_LOAD,
                        &SHORT_DATA_RESERVED,
                        &COMMAND_SET_HEATER_STEP,
                        &COMMAND_LOAD_SETPOINT_VALUE,
                        &COMMAND_LOAD_FEEDIN_VALUE,
                        &ENERGYMANAGER_ID,
                        &ENERGYMANAGER_STATUS,
                        &ENERGYMANAGER_HEATER_LOAD,
                        &ENERGYMANAGER_SET_HEATER_STEP,
                        &ENERGYMANAGER_LOAD_SETPOINT_VALUE,
                        &ENERGYMANAGER_LOAD_FEEDIN_VALUE,
                        &ENERGYMANAGER_EMERGENCY_MODE,
                        &ENERGYMANAGER_HEAT_PUMP_REQUEST,
                        &ENERGYMANAGER_ANALOG_INPUT_FLOAT,
                        &ENERGYMANAGER_TEMPERATURE_FLOAT_SENSOR0,
                        &ENERGYMANAGER_TEMPERATURE_FLOAT_SENSOR1,
                        &ENERGYMANAGER_TEMPERATURE_FLOAT_SENSOR2,
                        &ENERGYMANAGER_TEMPERATURE_FLOAT_SENSOR3,
                        &ENERGYMANAGER_TEMPERATURE_FLOAT_SENSOR4,
                        &ENERGYMANAGER_TEMPERATURE_FLOAT_SENSOR5,
                        &ENERGYMANAGER_WRITE_SET_HEATER_STEP,
                        &ENERGYMANAGER_WRITE_LOAD_SETPOINT_VALUE,
                        &ENERGYMANAGER_WRITE_LOAD_FEEDIN_VALUE,
                        &PARAMETERS_ID,
                        &PARAMETERS_DEVICE_TYPE,
                        &PARAMETERS_HEATER1_POWER,
                        &PARAMETERS_HEATER2_POWER,
                        &PARAMETERS_HEATER3_POWER,
                        &PARAMETERS_ARTICLE_NUMBER,
                        &PARAMETERS_ARTICLE_NAME,
                        &PARAMETERS_SOFTWARE_VERSION,
                        &PARAMETERS_HARDWARE_VERSION,
                        &PARAMETERS_HEATER4_POWER,
                        &PARAMETERS_HEATER5_POWER,
                        &PARAMETERS_HEATER6_POWER,
                        &PARAMETERS_NUMBER_OF_STEPS,
                        &PARAMETERS_NUMBER_OF_HEATER,
                        &PARAMETERS_MAX_POWER,
                        &CONFIGURATION_RELAY_SEC_COUNT,
                        &CONFIGURATION_PUMP_SEC_COUNT,
                        &CONFIGURATION_INPUT_SETTING,
                        &CONFIGURATION_AUTO_HEATER_OFF_MINUTES,
                        &CONFIGURATION_AUTO_HEATER_OFF_SETTING,
                        &CONFIGURATION_CASCADE_PRIO,
                        &CONFIGURATION_HEATBUFFER_TYPE,
                        &CONFIGURATION_HEATBUFFER_VOLUME,
                        &CONFIGURATION_HEATER_POSITION,
                        &CONFIGURATION_LEGIO_SETTING,
                        &CONFIGURATION_LEGIO_TEMPERATURE,
                        &CONFIGURATION_LEGIO_HEATUP_MINUTES,
                        &CONFIGURATION_LEGIO_ACTIV_TIME,
                        &CONFIGURATION_WATER_HARDNESS,
                        &CONFIGURATION_HOUSETYPE,
                        &CONFIGURATION_HOUSEHOLD_MEMBERS,
                        &CONFIGURATION_INFOSTRING,
                        &CONFIGURATION_ADVANCED_SETTING,
                        &CONFIGURATION_LOAD_FEEDIN_DELAY,
                        &CONFIGURATION_LOAD_FEEDIN_BIAS,
                        &CONFIGURATION_TIMEZONE_BIAS,
                        &CONFIGURATION_SUMMERTIME_BIAS,
                        &CONFIGURATION_RESERVED,
                        &CONFIGURATION_RTU_BAUDRATE,
                        &CONFIGURATION_RTU_SETTING,
                        &CONFIGURATION_RTU_SLAVE_ID,
                        &CONFIGURATION_RTU_ENERGY_METER_TYPE,
                        &CONFIGURATION_LOW_TARIFF_START_TIME_HOUR,
                        &CONFIGURATION_LOW_TARIFF_START_TIME_MINUTE,
                        &CONFIGURATION_LOW_TARIFF_END_TIME_HOUR,
                        &CONFIGURATION_LOW_TARIFF_END_TIME_MINUTE,
                        &CONFIGURATION_ANALOG_IN_HYSTERESIS,
                        &CONFIGURATION_ANALOG_IN_0_THRESHOLD,
                        &CONFIGURATION_ANALOG_IN_0_THRESHOLD_STEP,
                        &CONFIGURATION_ANALOG_IN_0_THRESHOLD_TEMP,
                        &CONFIGURATION_ANALOG_IN_1_THRESHOLD,
                        &CONFIGURATION_ANALOG_IN_1_THRESHOLD_STEP,
                        &CONFIGURATION_ANALOG_IN_1_THRESHOLD_TEMP,
                        &CONFIGURATION_ANALOG_IN_2_THRESHOLD,
                        &CONFIGURATION_ANALOG_IN_2_THRESHOLD_STEP,
                        &CONFIGURATION_ANALOG_IN_2_THRESHOLD_TEMP,
                        &CONFIGURATION_ANALOG_IN_3_THRESHOLD,
                        &CONFIGURATION_ANALOG_IN_3_THRESHOLD_STEP,
                        &CONFIGURATION_ANALOG_IN_3_THRESHOLD_TEMP,
                        &CONFIGURATION_ANALOG_IN_4_THRESHOLD,
                        &CONFIGURATION_ANALOG_IN_4_THRESHOLD_STEP,
                        &CONFIGURATION_ANALOG_IN_4_THRESHOLD_TEMP,
                        &CONFIGURATION_ANALOG_IN_5_THRESHOLD,
                        &CONFIGURATION_ANALOG_IN_5_THRESHOLD_STEP,
                        &CONFIGURATION_ANALOG_IN_5_THRESHOLD_TEMP,
                        &CONFIGURATION_ANALOG_IN_6_THRESHOLD,
                        &CONFIGURATION_ANALOG_IN_6_THRESHOLD_STEP,
                        &CONFIGURATION_ANALOG_IN_6_THRESHOLD_TEMP,
                        &CONFIGURATION_ANALOG_IN_7_THRESHOLD,
                        &CONFIGURATION_ANALOG_IN_7_THRESHOLD_STEP,
                        &CONFIGURATION_ANALOG_IN_7_THRESHOLD_TEMP,
                        &CONFIGURATION_HEAT_PUMP_REQUEST_OFF_STEP,
                        &CONFIGURATION_HEAT_PUMP_REQUEST_ON_STEP,
                        &CONFIGURATION_EMERGENCY_MODE_ON_STEP,
                        &CONFIGURATION_TEMPERATURE_HYSTERESIS,
                        &CONFIGURATION_TEMPERATURE_SETTING,
                        &CONFIGURATION_TEMPERATURE_MINIMUM,
                        &CONFIGURATION_TEMPERATURE_SET_HEATER_STEP,
                        &CONFIGURATION_TEMPERATURE_LOAD_SETPOINT,
                        &CONFIGURATION_TEMPERATURE_LOW_TARIFF,
                        &CONFIGURATION_TEMPERATURE_HEAT_PUMP_REQUEST,
                        &DATA_VALUES_OPERATING_TIME,
                        &DATA_VALUES_OPERATING_HEATER1,
                        &DATA_VALUES_OPERATING_HEATER2,
                        &DATA_VALUES_OPERATING_HEATER3,
                        &DATA_VALUES_OPERATING_PUMP,
                        &DATA_VALUES_OPERATING_VALVE,
                        &DATA_VALUES_RELAY1_COUNT,
                        &DATA_VALUES_RELAY2_COUNT,
                        &DATA_VALUES_RELAY3_COUNT,
                        &DATA_VALUES_RELAY4_COUNT,
                        &DATA_VALUES_RELAY5_COUNT,
                        &DATA_VALUES_RELAY_COUNTDOWN,
                        &DATA_VALUES_PUMP_COUNTDOWN,
                        &DATA_VALUES_STATUS,
                        &DATA_VALUES_HEATER_LOAD,
                        &DATA_VALUES_ACTUAL_CONTROL_INPUT,
                        &DATA_VALUES_LEGIO_STATUS,
                        &DATA_VALUES_LEGIO_OPERATING,
                        &DATA_VALUES_LEGIO_COUNTDOWN,
                        &DATA_VALUES_ERROR_STATUS,
                        &DATA_VALUES_TEMPERATURE_STATUS,
                        &DATA_VALUES_TEMPERATURE_SENSOR5,
                        &DATA_VALUES_TEMPERATURE_SENSOR4,
                        &DATA_VALUES_TEMPERATURE_SENSOR3,
                        &DATA_VALUES_TEMPERATURE_SENSOR2,
                        &DATA_VALUES_TEMPERATURE_SENSOR1,
                        &DATA_VALUES_TEMPERATURE_SENSOR0,
                        &DATA_VALUES_ANALOG_INPUT_STEP,
                        &DATA_VALUES_ACTUAL_TEMPERATURE_LIMIT,
                        &DATA_VALUES_AUTO_HEATER_OFF_COUNTDOWN,
                        &DATA_VALUES_EMERGENCY_OFF_COUNTDOWN,
                        &DATA_VALUES_BOOT_COUNT,
                        &DATA_VALUES_OPERATING_SET_HEATER_STEP,
                        &DATA_VALUES_OPERATING_LOAD_SETPOINT,
                        &DATA_VALUES_OPERATION_LOAD_FEEDIN,
                        &DATA_VALUES_OPERATION_HEAT_PUMP_REQUEST,
                        &DATA_VALUES_OPERATION_ANALOG_IN,
                        &DATA_VALUES_OPERATION_EMERGENCY_MODE,
                        &DATA_VALUES_OPERATION_LEGIO,
                        &DATA_VALUES_OPERATION_LOW_TARIFF,
                        &DATA_VALUES_OPERATION_MINIMAL_TEMP,
                        &DATA_VALUES_OPERATING_HEATER_STEP_1,
                        &DATA_VALUES_OPERATING_HEATER_STEP_2,
                        &DATA_VALUES_OPERATING_HEATER_STEP_3,
                        &DATA_VALUES_OPERATING_HEATER_STEP_4,
                        &DATA_VALUES_OPERATING_HEATER_STEP_5,
                        &DATA_VALUES_OPERATING_HEATER_STEP_6,
                        &DATA_VALUES_OPERATING_HEATER_STEP_7,
                        &DATA_VALUES_SET_HEATER_STEP_COUNT,
                        &DATA_VALUES_LOAD_SETPOINT_COUNT,
                        &DATA_VALUES_LOAD_FEEDIN_COUNT,
                        &DATA_VALUES_HEAT_PUMP_REQUEST_COUNT,
                        &DATA_VALUES_ANALOG_IN_COUNT,
                        &DATA_VALUES_EMERGENCY_MODE_COUNT,
                        &DATA_VALUES_LEGIO_COUNT,
                        &DATA_VALUES_LOW_TARIFF_COUNT,
                        &DATA_VALUES_MINIMAL_TEMP_COUNT,
                        &DATA_VALUES_MAX_TEMPERATURE,
                        &EXTENDED_VALUES_STATUS,
                        &EXTENDED_VALUES_HEATER_LOAD,
                        &EXTENDED_VALUES_RESERVED,
                        &EXTENDED_VALUES_LEGIO_STATUS,
                        &EXTENDED_VALUES_TEMPERATURE_FLOAT_SENSOR5,
                        &EXTENDED_VALUES_TEMPERATURE_FLOAT_SENSOR4,
                        &EXTENDED_VALUES_TEMPERATURE_FLOAT_SENSOR3,
                        &EXTENDED_VALUES_TEMPERATURE_FLOAT_SENSOR2,
                        &EXTENDED_VALUES_TEMPERATURE_FLOAT_SENSOR1,
                        &EXTENDED_VALUES_TEMPERATURE_FLOAT_SENSOR0,
                        &EXTENDED_VALUES_ANALOG_INPUT_FLOAT,
                        &EXTENDED_VALUES_LOAD_SETPOINT_VALUE,
                        &EXTENDED_VALUES_LOAD_FEEDIN_VALUE,
                        &EXTENDED_VALUES_RESERVE1,
                        &EXTENDED_VALUES_MILLIS,
                        &EXTENDED_VALUES_RESERVE2,
                        &EXTENDED_VALUES_RESERVE3,
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
                    short_data: ShortData {
                        temp1: self.decode_since(&snap, &SHORT_DATA_TEMP1)?,
                        temp2: self.decode_since(&snap, &SHORT_DATA_TEMP2)?,
                        temp3: self.decode_since(&snap, &SHORT_DATA_TEMP3)?,
                        temp4: self.decode_since(&snap, &SHORT_DATA_TEMP4)?,
                        emg: self.decode_since(&snap, &SHORT_DATA_EMG)?,
                        status: self.decode_since(&snap, &SHORT_DATA_STATUS)?,
                        heater_load: self.decode_since(&snap, &SHORT_DATA_HEATER_LOAD)?,
                        reserved: self.decode(&snap, &SHORT_DATA_RESERVED)?,
                    },
                    command: Command {
                        set_heater_step: self
                            .decode_since(&snap, &COMMAND_SET_HEATER_STEP)?,
                        load_setpoint_value: self
                            .decode_since(&snap, &COMMAND_LOAD_SETPOINT_VALUE)?,
                        load_feedin_value: self
                            .decode_since(&snap, &COMMAND_LOAD_FEEDIN_VALUE)?,
                    },
                    energymanager: Energymanager {
                        id: self.decode_since(&snap, &ENERGYMANAGER_ID)?,
                        status: self.decode_since(&snap, &ENERGYMANAGER_STATUS)?,
                        heater_load: self
                            .decode_since(&snap, &ENERGYMANAGER_HEATER_LOAD)?,
                        set_heater_step: self
                            .decode_since(&snap, &ENERGYMANAGER_SET_HEATER_STEP)?,
                        load_setpoint_value: self
                            .decode_since(&snap, &ENERGYMANAGER_LOAD_SETPOINT_VALUE)?,
                        load_feedin_value: self
                            .decode_since(&snap, &ENERGYMANAGER_LOAD_FEEDIN_VALUE)?,
                        emergency_mode: self
                            .decode_since(&snap, &ENERGYMANAGER_EMERGENCY_MODE)?,
                        heat_pump_request: self
                            .decode_since(&snap, &ENERGYMANAGER_HEAT_PUMP_REQUEST)?,
                        analog_input_float: self
                            .decode_since(&snap, &ENERGYMANAGER_ANALOG_INPUT_FLOAT)?,
                        temperature_float_sensor0: self
                            .decode_since(
                                &snap,
                                &ENERGYMANAGER_TEMPERATURE_FLOAT_SENSOR0,
                            )?,
                        temperature_float_sensor1: self
                            .decode_since(
                                &snap,
                                &ENERGYMANAGER_TEMPERATURE_FLOAT_SENSOR1,
                            )?,
                        temperature_float_sensor2: self
                            .decode_since(
                                &snap,
                                &ENERGYMANAGER_TEMPERATURE_FLOAT_SENSOR2,
                            )?,
                        temperature_float_sensor3: self
                            .decode_since(
                                &snap,
                                &ENERGYMANAGER_TEMPERATURE_FLOAT_SENSOR3,
                            )?,
                        temperature_float_sensor4: self
                            .decode_since(
                                &snap,
                                &ENERGYMANAGER_TEMPERATURE_FLOAT_SENSOR4,
                            )?,
                        temperature_float_sensor5: self
                            .decode_since(
                                &snap,
                                &ENERGYMANAGER_TEMPERATURE_FLOAT_SENSOR5,
                            )?,
                    },
                    energymanager_write: EnergymanagerWrite {
                        set_heater_step: self
                            .decode_since(&snap, &ENERGYMANAGER_WRITE_SET_HEATER_STEP)?,
                        load_setpoint_value: self
                            .decode_since(
                                &snap,
                                &ENERGYMANAGER_WRITE_LOAD_SETPOINT_VALUE,
                            )?,
                        load_feedin_value: self
                            .decode_since(&snap, &ENERGYMANAGER_WRITE_LOAD_FEEDIN_VALUE)?,
                    },
                    parameters: Parameters {
                        id: self.decode_since(&snap, &PARAMETERS_ID)?,
                        device_type: self.decode_since(&snap, &PARAMETERS_DEVICE_TYPE)?,
                        heater1_power: self
                            .decode_since(&snap, &PARAMETERS_HEATER1_POWER)?,
                        heater2_power: self
                            .decode_since(&snap, &PARAMETERS_HEATER2_POWER)?,
                        heater3_power: self
                            .decode_since(&snap, &PARAMETERS_HEATER3_POWER)?,
                        article_number: self
                            .decode_since(&snap, &PARAMETERS_ARTICLE_NUMBER)?,
                        article_name: self
                            .decode_since(&snap, &PARAMETERS_ARTICLE_NAME)?,
                        software_version: self
                            .decode_since(&snap, &PARAMETERS_SOFTWARE_VERSION)?,
                        hardware_version: self
                            .decode_since(&snap, &PARAMETERS_HARDWARE_VERSION)?,
                        heater4_power: self.decode(&snap, &PARAMETERS_HEATER4_POWER)?,
                        heater5_power: self.decode(&snap, &PARAMETERS_HEATER5_POWER)?,
                        heater6_power: self.decode(&snap, &PARAMETERS_HEATER6_POWER)?,
                        number_of_steps: self
                            .decode(&snap, &PARAMETERS_NUMBER_OF_STEPS)?,
                        number_of_heater: self
                            .decode(&snap, &PARAMETERS_NUMBER_OF_HEATER)?,
                        max_power: self.decode(&snap, &PARAMETERS_MAX_POWER)?,
                    },
                    configuration: Configuration {
                        relay_sec_count: self
                            .decode_since(&snap, &CONFIGURATION_RELAY_SEC_COUNT)?,
                        pump_sec_count: self
                            .decode_since(&snap, &CONFIGURATION_PUMP_SEC_COUNT)?,
                        input_setting: self
                            .decode_since(&snap, &CONFIGURATION_INPUT_SETTING)?,
                        auto_heater_off_minutes: self
                            .decode_since(
                                &snap,
                                &CONFIGURATION_AUTO_HEATER_OFF_MINUTES,
                            )?,
                        auto_heater_off_setting: self
                            .decode_since(
                                &snap,
                                &CONFIGURATION_AUTO_HEATER_OFF_SETTING,
                            )?,
                        cascade_prio: self.decode(&snap, &CONFIGURATION_CASCADE_PRIO)?,
                        heatbuffer_type: self
                            .decode(&snap, &CONFIGURATION_HEATBUFFER_TYPE)?,
                        heatbuffer_volume: self
                            .decode(&snap, &CONFIGURATION_HEATBUFFER_VOLUME)?,
                        heater_position: self
                            .decode_since(&snap, &CONFIGURATION_HEATER_POSITION)?,
                        legio_setting: self
                            .decode_since(&snap, &CONFIGURATION_LEGIO_SETTING)?,
                        legio_temperature: self
                            .decode_since(&snap, &CONFIGURATION_LEGIO_TEMPERATURE)?,
                        legio_heatup_minutes: self
                            .decode_since(&snap, &CONFIGURATION_LEGIO_HEATUP_MINUTES)?,
                        legio_activ_time: self
                            .decode_since(&snap, &CONFIGURATION_LEGIO_ACTIV_TIME)?,
                        water_hardness: self
                            .decode(&snap, &CONFIGURATION_WATER_HARDNESS)?,
                        housetype: self.decode(&snap, &CONFIGURATION_HOUSETYPE)?,
                        household_members: self
                            .decode(&snap, &CONFIGURATION_HOUSEHOLD_MEMBERS)?,
                        infostring: self.decode_since(&snap, &CONFIGURATION_INFOSTRING)?,
                        advanced_setting: self
                            .decode(&snap, &CONFIGURATION_ADVANCED_SETTING)?,
                        load_feedin_delay: self
                            .decode_since(&snap, &CONFIGURATION_LOAD_FEEDIN_DELAY)?,
                        load_feedin_bias: self
                            .decode_since(&snap, &CONFIGURATION_LOAD_FEEDIN_BIAS)?,
                        timezone_bias: self
                            .decode_since(&snap, &CONFIGURATION_TIMEZONE_BIAS)?,
                        summertime_bias: self
                            .decode_since(&snap, &CONFIGURATION_SUMMERTIME_BIAS)?,
                        reserved: self.decode(&snap, &CONFIGURATION_RESERVED)?,
                        rtu_baudrate: self
                            .decode_since(&snap, &CONFIGURATION_RTU_BAUDRATE)?,
                        rtu_setting: self
                            .decode_since(&snap, &CONFIGURATION_RTU_SETTING)?,
                        rtu_slave_id: self
                            .decode_since(&snap, &CONFIGURATION_RTU_SLAVE_ID)?,
                        rtu_energy_meter_type: self
                            .decode_since(&snap, &CONFIGURATION_RTU_ENERGY_METER_TYPE)?,
                        low_tariff_start_time_hour: self
                            .decode_since(
                                &snap,
                                &CONFIGURATION_LOW_TARIFF_START_TIME_HOUR,
                            )?,
                        low_tariff_start_time_minute: self
                            .decode_since(
                                &snap,
                                &CONFIGURATION_LOW_TARIFF_START_TIME_MINUTE,
                            )?,
                        low_tariff_end_time_hour: self
                            .decode_since(
                                &snap,
                                &CONFIGURATION_LOW_TARIFF_END_TIME_HOUR,
                            )?,
                        low_tariff_end_time_minute: self
                            .decode_since(
                                &snap,
                                &CONFIGURATION_LOW_TARIFF_END_TIME_MINUTE,
                            )?,
                        analog_in_hysteresis: self
                            .decode_since(&snap, &CONFIGURATION_ANALOG_IN_HYSTERESIS)?,
                        analog_in_0_threshold: self
                            .decode_since(&snap, &CONFIGURATION_ANALOG_IN_0_THRESHOLD)?,
                        analog_in_0_threshold_step: self
                            .decode_since(
                                &snap,
                                &CONFIGURATION_ANALOG_IN_0_THRESHOLD_STEP,
                            )?,
                        analog_in_0_threshold_temp: self
                            .decode_since(
                                &snap,
                                &CONFIGURATION_ANALOG_IN_0_THRESHOLD_TEMP,
                            )?,
                        analog_in_1_threshold: self
                            .decode_since(&snap, &CONFIGURATION_ANALOG_IN_1_THRESHOLD)?,
                        analog_in_1_threshold_step: self
                            .decode_since(
                                &snap,
                                &CONFIGURATION_ANALOG_IN_1_THRESHOLD_STEP,
                            )?,
                        analog_in_1_threshold_temp: self
                            .decode_since(
                                &snap,
                                &CONFIGURATION_ANALOG_IN_1_THRESHOLD_TEMP,
                            )?,
                        analog_in_2_threshold: self
                            .decode_since(&snap, &CONFIGURATION_ANALOG_IN_2_THRESHOLD)?,
                        analog_in_2_threshold_step: self
                            .decode_since(
                                &snap,
                                &CONFIGURATION_ANALOG_IN_2_THRESHOLD_STEP,
                            )?,
                        analog_in_2_threshold_temp: self
                            .decode_since(
                                &snap,
                                &CONFIGURATION_ANALOG_IN_2_THRESHOLD_TEMP,
                            )?,
                        analog_in_3_threshold: self
                            .decode_since(&snap, &CONFIGURATION_ANALOG_IN_3_THRESHOLD)?,
                        analog_in_3_threshold_step: self
                            .decode_since(
                                &snap,
                                &CONFIGURATION_ANALOG_IN_3_THRESHOLD_STEP,
                            )?,
                        analog_in_3_threshold_temp: self
                            .decode_since(
                                &snap,
                                &CONFIGURATION_ANALOG_IN_3_THRESHOLD_TEMP,
                            )?,
                        analog_in_4_threshold: self
                            .decode_since(&snap, &CONFIGURATION_ANALOG_IN_4_THRESHOLD)?,
                        analog_in_4_threshold_step: self
                            .decode_since(
                                &snap,
                                &CONFIGURATION_ANALOG_IN_4_THRESHOLD_STEP,
                            )?,
                        analog_in_4_threshold_temp: self
                            .decode_since(
                                &snap,
                                &CONFIGURATION_ANALOG_IN_4_THRESHOLD_TEMP,
                            )?,
                        analog_in_5_threshold: self
                            .decode_since(&snap, &CONFIGURATION_ANALOG_IN_5_THRESHOLD)?,
                        analog_in_5_threshold_step: self
                            .decode_since(
                                &snap,
                                &CONFIGURATION_ANALOG_IN_5_THRESHOLD_STEP,
                            )?,
                        analog_in_5_threshold_temp: self
                            .decode_since(
                                &snap,
                                &CONFIGURATION_ANALOG_IN_5_THRESHOLD_TEMP,
                            )?,
                        analog_in_6_threshold: self
                            .decode_since(&snap, &CONFIGURATION_ANALOG_IN_6_THRESHOLD)?,
                        analog_in_6_threshold_step: self
                            .decode_since(
                                &snap,
                                &CONFIGURATION_ANALOG_IN_6_THRESHOLD_STEP,
                            )?,
                        analog_in_6_threshold_temp: self
                            .decode_since(
                                &snap,
                                &CONFIGURATION_ANALOG_IN_6_THRESHOLD_TEMP,
                            )?,
                        analog_in_7_threshold: self
                            .decode_since(&snap, &CONFIGURATION_ANALOG_IN_7_THRESHOLD)?,
                        analog_in_7_threshold_step: self
                            .decode_since(
                                &snap,
                                &CONFIGURATION_ANALOG_IN_7_THRESHOLD_STEP,
                            )?,
                        analog_in_7_threshold_temp: self
                            .decode_since(
                                &snap,
                                &CONFIGURATION_ANALOG_IN_7_THRESHOLD_TEMP,
                            )?,
                        heat_pump_request_off_step: self
                            .decode_since(
                                &snap,
                                &CONFIGURATION_HEAT_PUMP_REQUEST_OFF_STEP,
                            )?,
                        heat_pump_request_on_step: self
                            .decode_since(
                                &snap,
                                &CONFIGURATION_HEAT_PUMP_REQUEST_ON_STEP,
                            )?,
                        emergency_mode_on_step: self
                            .decode_since(&snap, &CONFIGURATION_EMERGENCY_MODE_ON_STEP)?,
                        temperature_hysteresis: self
                            .decode_since(&snap, &CONFIGURATION_TEMPERATURE_HYSTERESIS)?,
                        temperature_setting: self
                            .decode_since(&snap, &CONFIGURATION_TEMPERATURE_SETTING)?,
                        temperature_minimum: self
                            .decode_since(&snap, &CONFIGURATION_TEMPERATURE_MINIMUM)?,
                        temperature_set_heater_step: self
                            .decode_since(
                                &snap,
                                &CONFIGURATION_TEMPERATURE_SET_HEATER_STEP,
                            )?,
                        temperature_load_setpoint: self
                            .decode_since(
                                &snap,
                                &CONFIGURATION_TEMPERATURE_LOAD_SETPOINT,
                            )?,
                        temperature_low_tariff: self
                            .decode_since(&snap, &CONFIGURATION_TEMPERATURE_LOW_TARIFF)?,
                        temperature_heat_pump_request: self
                            .decode_since(
                                &snap,
                                &CONFIGURATION_TEMPERATURE_HEAT_PUMP_REQUEST,
                            )?,
                    },
                    data_values: DataValues {
                        operating_time: self
                            .decode_since(&snap, &DATA_VALUES_OPERATING_TIME)?,
                        operating_heater1: self
                            .decode_since(&snap, &DATA_VALUES_OPERATING_HEATER1)?,
                        operating_heater2: self
                            .decode_since(&snap, &DATA_VALUES_OPERATING_HEATER2)?,
                        operating_heater3: self
                            .decode_since(&snap, &DATA_VALUES_OPERATING_HEATER3)?,
                        operating_pump: self
                            .decode_since(&snap, &DATA_VALUES_OPERATING_PUMP)?,
                        operating_valve: self
                            .decode_since(&snap, &DATA_VALUES_OPERATING_VALVE)?,
                        relay1_count: self
                            .decode_since(&snap, &DATA_VALUES_RELAY1_COUNT)?,
                        relay2_count: self
                            .decode_since(&snap, &DATA_VALUES_RELAY2_COUNT)?,
                        relay3_count: self
                            .decode_since(&snap, &DATA_VALUES_RELAY3_COUNT)?,
                        relay4_count: self
                            .decode_since(&snap, &DATA_VALUES_RELAY4_COUNT)?,
                        relay5_count: self
                            .decode_since(&snap, &DATA_VALUES_RELAY5_COUNT)?,
                        relay_countdown: self
                            .decode_since(&snap, &DATA_VALUES_RELAY_COUNTDOWN)?,
                        pump_countdown: self
                            .decode_since(&snap, &DATA_VALUES_PUMP_COUNTDOWN)?,
                        status: self.decode_since(&snap, &DATA_VALUES_STATUS)?,
                        heater_load: self.decode_since(&snap, &DATA_VALUES_HEATER_LOAD)?,
                        actual_control_input: self
                            .decode_since(&snap, &DATA_VALUES_ACTUAL_CONTROL_INPUT)?,
                        legio_status: self
                            .decode_since(&snap, &DATA_VALUES_LEGIO_STATUS)?,
                        legio_operating: self
                            .decode_since(&snap, &DATA_VALUES_LEGIO_OPERATING)?,
                        legio_countdown: self
                            .decode_since(&snap, &DATA_VALUES_LEGIO_COUNTDOWN)?,
                        error_status: self
                            .decode_since(&snap, &DATA_VALUES_ERROR_STATUS)?,
                        temperature_status: self
                            .decode_since(&snap, &DATA_VALUES_TEMPERATURE_STATUS)?,
                        temperature_sensor5: self
                            .decode_since(&snap, &DATA_VALUES_TEMPERATURE_SENSOR5)?,
                        temperature_sensor4: self
                            .decode_since(&snap, &DATA_VALUES_TEMPERATURE_SENSOR4)?,
                        temperature_sensor3: self
                            .decode_since(&snap, &DATA_VALUES_TEMPERATURE_SENSOR3)?,
                        temperature_sensor2: self
                            .decode_since(&snap, &DATA_VALUES_TEMPERATURE_SENSOR2)?,
                        temperature_sensor1: self
                            .decode_since(&snap, &DATA_VALUES_TEMPERATURE_SENSOR1)?,
                        temperature_sensor0: self
                            .decode_since(&snap, &DATA_VALUES_TEMPERATURE_SENSOR0)?,
                        analog_input_step: self
                            .decode_since(&snap, &DATA_VALUES_ANALOG_INPUT_STEP)?,
                        actual_temperature_limit: self
                            .decode_since(&snap, &DATA_VALUES_ACTUAL_TEMPERATURE_LIMIT)?,
                        auto_heater_off_countdown: self
                            .decode_since(
                                &snap,
                                &DATA_VALUES_AUTO_HEATER_OFF_COUNTDOWN,
                            )?,
                        emergency_off_countdown: self
                            .decode_since(&snap, &DATA_VALUES_EMERGENCY_OFF_COUNTDOWN)?,
                        boot_count: self.decode_since(&snap, &DATA_VALUES_BOOT_COUNT)?,
                        operating_set_heater_step: self
                            .decode_since(
                                &snap,
                                &DATA_VALUES_OPERATING_SET_HEATER_STEP,
                            )?,
                        operating_load_setpoint: self
                            .decode_since(&snap, &DATA_VALUES_OPERATING_LOAD_SETPOINT)?,
                        operation_load_feedin: self
                            .decode_since(&snap, &DATA_VALUES_OPERATION_LOAD_FEEDIN)?,
                        operation_heat_pump_request: self
                            .decode_since(
                                &snap,
                                &DATA_VALUES_OPERATION_HEAT_PUMP_REQUEST,
                            )?,
                        operation_analog_in: self
                            .decode_since(&snap, &DATA_VALUES_OPERATION_ANALOG_IN)?,
                        operation_emergency_mode: self
                            .decode_since(&snap, &DATA_VALUES_OPERATION_EMERGENCY_MODE)?,
                        operation_legio: self
                            .decode_since(&snap, &DATA_VALUES_OPERATION_LEGIO)?,
                        operation_low_tariff: self
                            .decode_since(&snap, &DATA_VALUES_OPERATION_LOW_TARIFF)?,
                        operation_minimal_temp: self
                            .decode_since(&snap, &DATA_VALUES_OPERATION_MINIMAL_TEMP)?,
                        operating_heater_step_1: self
                            .decode_since(&snap, &DATA_VALUES_OPERATING_HEATER_STEP_1)?,
                        operating_heater_step_2: self
                            .decode_since(&snap, &DATA_VALUES_OPERATING_HEATER_STEP_2)?,
                        operating_heater_step_3: self
                            .decode_since(&snap, &DATA_VALUES_OPERATING_HEATER_STEP_3)?,
                        operating_heater_step_4: self
                            .decode_since(&snap, &DATA_VALUES_OPERATING_HEATER_STEP_4)?,
                        operating_heater_step_5: self
                            .decode_since(&snap, &DATA_VALUES_OPERATING_HEATER_STEP_5)?,
                        operating_heater_step_6: self
                            .decode_since(&snap, &DATA_VALUES_OPERATING_HEATER_STEP_6)?,
                        operating_heater_step_7: self
                            .decode_since(&snap, &DATA_VALUES_OPERATING_HEATER_STEP_7)?,
                        set_heater_step_count: self
                            .decode_since(&snap, &DATA_VALUES_SET_HEATER_STEP_COUNT)?,
                        load_setpoint_count: self
                            .decode_since(&snap, &DATA_VALUES_LOAD_SETPOINT_COUNT)?,
                        load_feedin_count: self
                            .decode_since(&snap, &DATA_VALUES_LOAD_FEEDIN_COUNT)?,
                        heat_pump_request_count: self
                            .decode_since(&snap, &DATA_VALUES_HEAT_PUMP_REQUEST_COUNT)?,
                        analog_in_count: self
                            .decode_since(&snap, &DATA_VALUES_ANALOG_IN_COUNT)?,
                        emergency_mode_count: self
                            .decode_since(&snap, &DATA_VALUES_EMERGENCY_MODE_COUNT)?,
                        legio_count: self.decode_since(&snap, &DATA_VALUES_LEGIO_COUNT)?,
                        low_tariff_count: self
                            .decode_since(&snap, &DATA_VALUES_LOW_TARIFF_COUNT)?,
                        minimal_temp_count: self
                            .decode_since(&snap, &DATA_VALUES_MINIMAL_TEMP_COUNT)?,
                        max_temperature: self
                            .decode_since(&snap, &DATA_VALUES_MAX_TEMPERATURE)?,
                    },
                    extended_values: ExtendedValues {
                        status: self.decode_since(&snap, &EXTENDED_VALUES_STATUS)?,
                        heater_load: self
                            .decode_since(&snap, &EXTENDED_VALUES_HEATER_LOAD)?,
                        reserved: self.decode(&snap, &EXTENDED_VALUES_RESERVED)?,
                        legio_status: self
                            .decode_since(&snap, &EXTENDED_VALUES_LEGIO_STATUS)?,
                        temperature_float_sensor5: self
                            .decode_since(
                                &snap,
                                &EXTENDED_VALUES_TEMPERATURE_FLOAT_SENSOR5,
                            )?,
                        temperature_float_sensor4: self
                            .decode_since(
                                &snap,
                                &EXTENDED_VALUES_TEMPERATURE_FLOAT_SENSOR4,
                            )?,
                        temperature_float_sensor3: self
                            .decode_since(
                                &snap,
                                &EXTENDED_VALUES_TEMPERATURE_FLOAT_SENSOR3,
                            )?,
                        temperature_float_sensor2: self
                            .decode_since(
                                &snap,
                                &EXTENDED_VALUES_TEMPERATURE_FLOAT_SENSOR2,
                            )?,
                        temperature_float_sensor1: self
                            .decode_since(
                                &snap,
                                &EXTENDED_VALUES_TEMPERATURE_FLOAT_SENSOR1,
                            )?,
                        temperature_float_sensor0: self
                            .decode_since(
                                &snap,
                                &EXTENDED_VALUES_TEMPERATURE_FLOAT_SENSOR0,
                            )?,
                        analog_input_float: self
                            .decode_since(&snap, &EXTENDED_VALUES_ANALOG_INPUT_FLOAT)?,
                        load_setpoint_value: self
                            .decode_since(&snap, &EXTENDED_VALUES_LOAD_SETPOINT_VALUE)?,
                        load_feedin_value: self
                            .decode_since(&snap, &EXTENDED_VALUES_LOAD_FEEDIN_VALUE)?,
                        reserve1: self.decode_since(&snap, &EXTENDED_VALUES_RESERVE1)?,
                        millis: self.decode_since(&snap, &EXTENDED_VALUES_MILLIS)?,
                        reserve2: self.decode_since(&snap, &EXTENDED_VALUES_RESERVE2)?,
                        reserve3: self.decode_since(&snap, &EXTENDED_VALUES_RESERVE3)?,
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
        static DESCRIPTORS: [mm::RegisterDescriptor; 189] = [
            super::SHORT_DATA_TEMP1,
            super::SHORT_DATA_TEMP2,
            super::SHORT_DATA_TEMP3,
            super::SHORT_DATA_TEMP4,
            super::SHORT_DATA_EMG,
            super::SHORT_DATA_STATUS,
            super::SHORT_DATA_HEATER_LOAD,
            super::SHORT_DATA_RESERVED,
            super::ENERGYMANAGER_ID,
            super::ENERGYMANAGER_STATUS,
            super::ENERGYMANAGER_HEATER_LOAD,
            super::ENERGYMANAGER_SET_HEATER_STEP,
            super::ENERGYMANAGER_LOAD_SETPOINT_VALUE,
            super::ENERGYMANAGER_LOAD_FEEDIN_VALUE,
            super::ENERGYMANAGER_EMERGENCY_MODE,
            super::ENERGYMANAGER_HEAT_PUMP_REQUEST,
            super::ENERGYMANAGER_ANALOG_INPUT_FLOAT,
            super::ENERGYMANAGER_TEMPERATURE_FLOAT_SENSOR0,
            super::ENERGYMANAGER_TEMPERATURE_FLOAT_SENSOR1,
            super::ENERGYMANAGER_TEMPERATURE_FLOAT_SENSOR2,
            super::ENERGYMANAGER_TEMPERATURE_FLOAT_SENSOR3,
            super::ENERGYMANAGER_TEMPERATURE_FLOAT_SENSOR4,
            super::ENERGYMANAGER_TEMPERATURE_FLOAT_SENSOR5,
            super::PARAMETERS_ID,
            super::PARAMETERS_DEVICE_TYPE,
            super::PARAMETERS_HEATER1_POWER,
            super::PARAMETERS_HEATER2_POWER,
            super::PARAMETERS_HEATER3_POWER,
            super::PARAMETERS_ARTICLE_NUMBER,
            super::PARAMETERS_ARTICLE_NAME,
            super::PARAMETERS_SOFTWARE_VERSION,
            super::PARAMETERS_HARDWARE_VERSION,
            super::PARAMETERS_HEATER4_POWER,
            super::PARAMETERS_HEATER5_POWER,
            super::PARAMETERS_HEATER6_POWER,
            super::PARAMETERS_NUMBER_OF_STEPS,
            super::PARAMETERS_NUMBER_OF_HEATER,
            super::PARAMETERS_MAX_POWER,
            super::DATA_VALUES_OPERATING_TIME,
            super::DATA_VALUES_OPERATING_HEATER1,
            super::DATA_VALUES_OPERATING_HEATER2,
            super::DATA_VALUES_OPERATING_HEATER3,
            super::DATA_VALUES_OPERATING_PUMP,
            super::DATA_VALUES_OPERATING_VALVE,
            super::DATA_VALUES_RELAY1_COUNT,
            super::DATA_VALUES_RELAY2_COUNT,
            super::DATA_VALUES_RELAY3_COUNT,
            super::DATA_VALUES_RELAY4_COUNT,
            super::DATA_VALUES_RELAY5_COUNT,
            super::DATA_VALUES_RELAY_COUNTDOWN,
            super::DATA_VALUES_PUMP_COUNTDOWN,
            super::DATA_VALUES_STATUS,
            super::DATA_VALUES_HEATER_LOAD,
            super::DATA_VALUES_ACTUAL_CONTROL_INPUT,
            super::DATA_VALUES_LEGIO_STATUS,
            super::DATA_VALUES_LEGIO_OPERATING,
            super::DATA_VALUES_LEGIO_COUNTDOWN,
            super::DATA_VALUES_ERROR_STATUS,
            super::DATA_VALUES_TEMPERATURE_STATUS,
            super::DATA_VALUES_TEMPERATURE_SENSOR5,
            super::DATA_VALUES_TEMPERATURE_SENSOR4,
            super::DATA_VALUES_TEMPERATURE_SENSOR3,
            super::DATA_VALUES_TEMPERATURE_SENSOR2,
            super::DATA_VALUES_TEMPERATURE_SENSOR1,
            super::DATA_VALUES_TEMPERATURE_SENSOR0,
            super::DATA_VALUES_ANALOG_INPUT_STEP,
            super::DATA_VALUES_ACTUAL_TEMPERATURE_LIMIT,
            super::DATA_VALUES_AUTO_HEATER_OFF_COUNTDOWN,
            super::DATA_VALUES_EMERGENCY_OFF_COUNTDOWN,
            super::DATA_VALUES_BOOT_COUNT,
            super::DATA_VALUES_OPERATING_SET_HEATER_STEP,
            super::DATA_VALUES_OPERATING_LOAD_SETPOINT,
            super::DATA_VALUES_OPERATION_LOAD_FEEDIN,
            super::DATA_VALUES_OPERATION_HEAT_PUMP_REQUEST,
            super::DATA_VALUES_OPERATION_ANALOG_IN,
            super::DATA_VALUES_OPERATION_EMERGENCY_MODE,
            super::DATA_VALUES_OPERATION_LEGIO,
            super::DATA_VALUES_OPERATION_LOW_TARIFF,
            super::DATA_VALUES_OPERATION_MINIMAL_TEMP,
            super::DATA_VALUES_OPERATING_HEATER_STEP_1,
            super::DATA_VALUES_OPERATING_HEATER_STEP_2,
            super::DATA_VALUES_OPERATING_HEATER_STEP_3,
            super::DATA_VALUES_OPERATING_HEATER_STEP_4,
            super::DATA_VALUES_OPERATING_HEATER_STEP_5,
            super::DATA_VALUES_OPERATING_HEATER_STEP_6,
            super::DATA_VALUES_OPERATING_HEATER_STEP_7,
            super::DATA_VALUES_SET_HEATER_STEP_COUNT,
            super::DATA_VALUES_LOAD_SETPOINT_COUNT,
            super::DATA_VALUES_LOAD_FEEDIN_COUNT,
            super::DATA_VALUES_HEAT_PUMP_REQUEST_COUNT,
            super::DATA_VALUES_ANALOG_IN_COUNT,
            super::DATA_VALUES_EMERGENCY_MODE_COUNT,
            super::DATA_VALUES_LEGIO_COUNT,
            super::DATA_VALUES_LOW_TARIFF_COUNT,
            super::DATA_VALUES_MINIMAL_TEMP_COUNT,
            super::DATA_VALUES_MAX_TEMPERATURE,
            super::EXTENDED_VALUES_STATUS,
            super::EXTENDED_VALUES_HEATER_LOAD,
            super::EXTENDED_VALUES_RESERVED,
            super::EXTENDED_VALUES_LEGIO_STATUS,
            super::EXTENDED_VALUES_TEMPERATURE_FLOAT_SENSOR5,
            super::EXTENDED_VALUES_TEMPERATURE_FLOAT_SENSOR4,
            super::EXTENDED_VALUES_TEMPERATURE_FLOAT_SENSOR3,
            super::EXTENDED_VALUES_TEMPERATURE_FLOAT_SENSOR2,
            super::EXTENDED_VALUES_TEMPERATURE_FLOAT_SENSOR1,
            super::EXTENDED_VALUES_TEMPERATURE_FLOAT_SENSOR0,
            super::EXTENDED_VALUES_ANALOG_INPUT_FLOAT,
            super::EXTENDED_VALUES_LOAD_SETPOINT_VALUE,
            super::EXTENDED_VALUES_LOAD_FEEDIN_VALUE,
            super::EXTENDED_VALUES_RESERVE1,
            super::EXTENDED_VALUES_MILLIS,
            super::EXTENDED_VALUES_RESERVE2,
            super::EXTENDED_VALUES_RESERVE3,
            super::COMMAND_SET_HEATER_STEP,
            super::COMMAND_LOAD_SETPOINT_VALUE,
            super::COMMAND_LOAD_FEEDIN_VALUE,
            super::SERVICE_RESET,
            super::SERVICE_RECONFIG,
            super::SERVICE_IDENTIFY,
            super::SERVICE_CLEAR_TEMP_SENSOR_ERROR,
            super::ENERGYMANAGER_WRITE_SET_HEATER_STEP,
            super::ENERGYMANAGER_WRITE_LOAD_SETPOINT_VALUE,
            super::ENERGYMANAGER_WRITE_LOAD_FEEDIN_VALUE,
            super::CONFIGURATION_RELAY_SEC_COUNT,
            super::CONFIGURATION_PUMP_SEC_COUNT,
            super::CONFIGURATION_INPUT_SETTING,
            super::CONFIGURATION_AUTO_HEATER_OFF_MINUTES,
            super::CONFIGURATION_AUTO_HEATER_OFF_SETTING,
            super::CONFIGURATION_CASCADE_PRIO,
            super::CONFIGURATION_HEATBUFFER_TYPE,
            super::CONFIGURATION_HEATBUFFER_VOLUME,
            super::CONFIGURATION_HEATER_POSITION,
            super::CONFIGURATION_LEGIO_SETTING,
            super::CONFIGURATION_LEGIO_TEMPERATURE,
            super::CONFIGURATION_LEGIO_HEATUP_MINUTES,
            super::CONFIGURATION_LEGIO_ACTIV_TIME,
            super::CONFIGURATION_WATER_HARDNESS,
            super::CONFIGURATION_HOUSETYPE,
            super::CONFIGURATION_HOUSEHOLD_MEMBERS,
            super::CONFIGURATION_INFOSTRING,
            super::CONFIGURATION_ADVANCED_SETTING,
            super::CONFIGURATION_LOAD_FEEDIN_DELAY,
            super::CONFIGURATION_LOAD_FEEDIN_BIAS,
            super::CONFIGURATION_TIMEZONE_BIAS,
            super::CONFIGURATION_SUMMERTIME_BIAS,
            super::CONFIGURATION_RESERVED,
            super::CONFIGURATION_RTU_BAUDRATE,
            super::CONFIGURATION_RTU_SETTING,
            super::CONFIGURATION_RTU_SLAVE_ID,
            super::CONFIGURATION_RTU_ENERGY_METER_TYPE,
            super::CONFIGURATION_LOW_TARIFF_START_TIME_HOUR,
            super::CONFIGURATION_LOW_TARIFF_START_TIME_MINUTE,
            super::CONFIGURATION_LOW_TARIFF_END_TIME_HOUR,
            super::CONFIGURATION_LOW_TARIFF_END_TIME_MINUTE,
            super::CONFIGURATION_ANALOG_IN_HYSTERESIS,
            super::CONFIGURATION_ANALOG_IN_0_THRESHOLD,
            super::CONFIGURATION_ANALOG_IN_0_THRESHOLD_STEP,
            super::CONFIGURATION_ANALOG_IN_0_THRESHOLD_TEMP,
            super::CONFIGURATION_ANALOG_IN_1_THRESHOLD,
            super::CONFIGURATION_ANALOG_IN_1_THRESHOLD_STEP,
            super::CONFIGURATION_ANALOG_IN_1_THRESHOLD_TEMP,
            super::CONFIGURATION_ANALOG_IN_2_THRESHOLD,
            super::CONFIGURATION_ANALOG_IN_2_THRESHOLD_STEP,
            super::CONFIGURATION_ANALOG_IN_2_THRESHOLD_TEMP,
            super::CONFIGURATION_ANALOG_IN_3_THRESHOLD,
            super::CONFIGURATION_ANALOG_IN_3_THRESHOLD_STEP,
            super::CONFIGURATION_ANALOG_IN_3_THRESHOLD_TEMP,
            super::CONFIGURATION_ANALOG_IN_4_THRESHOLD,
            super::CONFIGURATION_ANALOG_IN_4_THRESHOLD_STEP,
            super::CONFIGURATION_ANALOG_IN_4_THRESHOLD_TEMP,
            super::CONFIGURATION_ANALOG_IN_5_THRESHOLD,
            super::CONFIGURATION_ANALOG_IN_5_THRESHOLD_STEP,
            super::CONFIGURATION_ANALOG_IN_5_THRESHOLD_TEMP,
            super::CONFIGURATION_ANALOG_IN_6_THRESHOLD,
            super::CONFIGURATION_ANALOG_IN_6_THRESHOLD_STEP,
            super::CONFIGURATION_ANALOG_IN_6_THRESHOLD_TEMP,
            super::CONFIGURATION_ANALOG_IN_7_THRESHOLD,
            super::CONFIGURATION_ANALOG_IN_7_THRESHOLD_STEP,
            super::CONFIGURATION_ANALOG_IN_7_THRESHOLD_TEMP,
            super::CONFIGURATION_HEAT_PUMP_REQUEST_OFF_STEP,
            super::CONFIGURATION_HEAT_PUMP_REQUEST_ON_STEP,
            super::CONFIGURATION_EMERGENCY_MODE_ON_STEP,
            super::CONFIGURATION_TEMPERATURE_HYSTERESIS,
            super::CONFIGURATION_TEMPERATURE_SETTING,
            super::CONFIGURATION_TEMPERATURE_MINIMUM,
            super::CONFIGURATION_TEMPERATURE_SET_HEATER_STEP,
            super::CONFIGURATION_TEMPERATURE_LOAD_SETPOINT,
            super::CONFIGURATION_TEMPERATURE_LOW_TARIFF,
            super::CONFIGURATION_TEMPERATURE_HEAT_PUMP_REQUEST,
        ];
        static UNIT_1_COIL: [mm::dispatch::Entry; 0] = [];
        static UNIT_1_COIL_GAPS: [mm::dispatch::GapRange; 0] = [];
        static UNIT_1_COIL_INDEX: [u16; 0] = [];
        static UNIT_1_DISCRETE: [mm::dispatch::Entry; 0] = [];
        static UNIT_1_DISCRETE_GAPS: [mm::dispatch::GapRange; 0] = [];
        static UNIT_1_DISCRETE_INDEX: [u16; 0] = [];
        static UNIT_1_INPUT: [mm::dispatch::Entry; 113] = [
            mm::dispatch::Entry {
                address: 100,
                width: 1,
                slot: 99,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[0],
            },
            mm::dispatch::Entry {
                address: 102,
                width: 1,
                slot: 98,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[1],
            },
            mm::dispatch::Entry {
                address: 104,
                width: 1,
                slot: 97,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[2],
            },
            mm::dispatch::Entry {
                address: 106,
                width: 1,
                slot: 96,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[3],
            },
            mm::dispatch::Entry {
                address: 108,
                width: 1,
                slot: 0,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[4],
            },
            mm::dispatch::Entry {
                address: 109,
                width: 1,
                slot: 86,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[5],
            },
            mm::dispatch::Entry {
                address: 110,
                width: 1,
                slot: 1,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[6],
            },
            mm::dispatch::Entry {
                address: 111,
                width: 1,
                slot: 2,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[7],
            },
            mm::dispatch::Entry {
                address: 300,
                width: 16,
                slot: 6,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[8],
            },
            mm::dispatch::Entry {
                address: 316,
                width: 1,
                slot: 86,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[9],
            },
            mm::dispatch::Entry {
                address: 317,
                width: 1,
                slot: 87,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[10],
            },
            mm::dispatch::Entry {
                address: 318,
                width: 1,
                slot: 218,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[11],
            },
            mm::dispatch::Entry {
                address: 319,
                width: 1,
                slot: 219,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[12],
            },
            mm::dispatch::Entry {
                address: 320,
                width: 1,
                slot: 220,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[13],
            },
            mm::dispatch::Entry {
                address: 321,
                width: 1,
                slot: 0,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[14],
            },
            mm::dispatch::Entry {
                address: 322,
                width: 1,
                slot: 3,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[15],
            },
            mm::dispatch::Entry {
                address: 323,
                width: 2,
                slot: 175,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[16],
            },
            mm::dispatch::Entry {
                address: 325,
                width: 2,
                slot: 173,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[17],
            },
            mm::dispatch::Entry {
                address: 327,
                width: 2,
                slot: 171,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[18],
            },
            mm::dispatch::Entry {
                address: 329,
                width: 2,
                slot: 169,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[19],
            },
            mm::dispatch::Entry {
                address: 331,
                width: 2,
                slot: 167,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[20],
            },
            mm::dispatch::Entry {
                address: 333,
                width: 2,
                slot: 165,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[21],
            },
            mm::dispatch::Entry {
                address: 335,
                width: 2,
                slot: 4,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[22],
            },
            mm::dispatch::Entry {
                address: 400,
                width: 16,
                slot: 6,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[23],
            },
            mm::dispatch::Entry {
                address: 416,
                width: 1,
                slot: 22,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[24],
            },
            mm::dispatch::Entry {
                address: 417,
                width: 1,
                slot: 23,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[25],
            },
            mm::dispatch::Entry {
                address: 418,
                width: 1,
                slot: 24,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[26],
            },
            mm::dispatch::Entry {
                address: 419,
                width: 1,
                slot: 25,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[27],
            },
            mm::dispatch::Entry {
                address: 420,
                width: 8,
                slot: 26,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[28],
            },
            mm::dispatch::Entry {
                address: 428,
                width: 16,
                slot: 34,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[29],
            },
            mm::dispatch::Entry {
                address: 444,
                width: 3,
                slot: 50,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[30],
            },
            mm::dispatch::Entry {
                address: 447,
                width: 3,
                slot: 53,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[31],
            },
            mm::dispatch::Entry {
                address: 450,
                width: 1,
                slot: 56,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[32],
            },
            mm::dispatch::Entry {
                address: 451,
                width: 1,
                slot: 57,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[33],
            },
            mm::dispatch::Entry {
                address: 452,
                width: 1,
                slot: 58,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[34],
            },
            mm::dispatch::Entry {
                address: 453,
                width: 1,
                slot: 59,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[35],
            },
            mm::dispatch::Entry {
                address: 454,
                width: 1,
                slot: 60,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[36],
            },
            mm::dispatch::Entry {
                address: 455,
                width: 1,
                slot: 61,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[37],
            },
            mm::dispatch::Entry {
                address: 600,
                width: 2,
                slot: 62,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[38],
            },
            mm::dispatch::Entry {
                address: 602,
                width: 2,
                slot: 64,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[39],
            },
            mm::dispatch::Entry {
                address: 604,
                width: 2,
                slot: 66,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[40],
            },
            mm::dispatch::Entry {
                address: 606,
                width: 2,
                slot: 68,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[41],
            },
            mm::dispatch::Entry {
                address: 608,
                width: 2,
                slot: 70,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[42],
            },
            mm::dispatch::Entry {
                address: 610,
                width: 2,
                slot: 72,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[43],
            },
            mm::dispatch::Entry {
                address: 612,
                width: 2,
                slot: 74,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[44],
            },
            mm::dispatch::Entry {
                address: 614,
                width: 2,
                slot: 76,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[45],
            },
            mm::dispatch::Entry {
                address: 616,
                width: 2,
                slot: 78,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[46],
            },
            mm::dispatch::Entry {
                address: 618,
                width: 2,
                slot: 80,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[47],
            },
            mm::dispatch::Entry {
                address: 620,
                width: 2,
                slot: 82,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[48],
            },
            mm::dispatch::Entry {
                address: 622,
                width: 1,
                slot: 84,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[49],
            },
            mm::dispatch::Entry {
                address: 623,
                width: 1,
                slot: 85,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[50],
            },
            mm::dispatch::Entry {
                address: 624,
                width: 1,
                slot: 86,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[51],
            },
            mm::dispatch::Entry {
                address: 625,
                width: 1,
                slot: 87,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[52],
            },
            mm::dispatch::Entry {
                address: 626,
                width: 1,
                slot: 88,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[53],
            },
            mm::dispatch::Entry {
                address: 627,
                width: 1,
                slot: 89,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[54],
            },
            mm::dispatch::Entry {
                address: 628,
                width: 2,
                slot: 90,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[55],
            },
            mm::dispatch::Entry {
                address: 630,
                width: 1,
                slot: 92,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[56],
            },
            mm::dispatch::Entry {
                address: 631,
                width: 1,
                slot: 93,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[57],
            },
            mm::dispatch::Entry {
                address: 632,
                width: 1,
                slot: 94,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[58],
            },
            mm::dispatch::Entry {
                address: 633,
                width: 1,
                slot: 95,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[59],
            },
            mm::dispatch::Entry {
                address: 634,
                width: 1,
                slot: 96,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[60],
            },
            mm::dispatch::Entry {
                address: 635,
                width: 1,
                slot: 97,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[61],
            },
            mm::dispatch::Entry {
                address: 636,
                width: 1,
                slot: 98,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[62],
            },
            mm::dispatch::Entry {
                address: 637,
                width: 1,
                slot: 99,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[63],
            },
            mm::dispatch::Entry {
                address: 638,
                width: 1,
                slot: 100,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[64],
            },
            mm::dispatch::Entry {
                address: 639,
                width: 1,
                slot: 101,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[65],
            },
            mm::dispatch::Entry {
                address: 640,
                width: 1,
                slot: 102,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[66],
            },
            mm::dispatch::Entry {
                address: 641,
                width: 2,
                slot: 103,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[67],
            },
            mm::dispatch::Entry {
                address: 643,
                width: 2,
                slot: 105,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[68],
            },
            mm::dispatch::Entry {
                address: 645,
                width: 2,
                slot: 107,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[69],
            },
            mm::dispatch::Entry {
                address: 647,
                width: 2,
                slot: 109,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[70],
            },
            mm::dispatch::Entry {
                address: 649,
                width: 2,
                slot: 111,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[71],
            },
            mm::dispatch::Entry {
                address: 651,
                width: 2,
                slot: 113,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[72],
            },
            mm::dispatch::Entry {
                address: 653,
                width: 2,
                slot: 115,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[73],
            },
            mm::dispatch::Entry {
                address: 655,
                width: 2,
                slot: 117,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[74],
            },
            mm::dispatch::Entry {
                address: 657,
                width: 2,
                slot: 119,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[75],
            },
            mm::dispatch::Entry {
                address: 659,
                width: 2,
                slot: 121,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[76],
            },
            mm::dispatch::Entry {
                address: 661,
                width: 2,
                slot: 123,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[77],
            },
            mm::dispatch::Entry {
                address: 663,
                width: 2,
                slot: 125,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[78],
            },
            mm::dispatch::Entry {
                address: 665,
                width: 2,
                slot: 127,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[79],
            },
            mm::dispatch::Entry {
                address: 667,
                width: 2,
                slot: 129,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[80],
            },
            mm::dispatch::Entry {
                address: 669,
                width: 2,
                slot: 131,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[81],
            },
            mm::dispatch::Entry {
                address: 671,
                width: 2,
                slot: 133,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[82],
            },
            mm::dispatch::Entry {
                address: 673,
                width: 2,
                slot: 135,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[83],
            },
            mm::dispatch::Entry {
                address: 675,
                width: 2,
                slot: 137,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[84],
            },
            mm::dispatch::Entry {
                address: 677,
                width: 2,
                slot: 139,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[85],
            },
            mm::dispatch::Entry {
                address: 679,
                width: 2,
                slot: 141,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[86],
            },
            mm::dispatch::Entry {
                address: 681,
                width: 2,
                slot: 143,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[87],
            },
            mm::dispatch::Entry {
                address: 683,
                width: 2,
                slot: 145,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[88],
            },
            mm::dispatch::Entry {
                address: 685,
                width: 2,
                slot: 147,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[89],
            },
            mm::dispatch::Entry {
                address: 687,
                width: 2,
                slot: 149,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[90],
            },
            mm::dispatch::Entry {
                address: 689,
                width: 2,
                slot: 151,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[91],
            },
            mm::dispatch::Entry {
                address: 691,
                width: 2,
                slot: 153,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[92],
            },
            mm::dispatch::Entry {
                address: 693,
                width: 2,
                slot: 155,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[93],
            },
            mm::dispatch::Entry {
                address: 695,
                width: 2,
                slot: 157,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[94],
            },
            mm::dispatch::Entry {
                address: 697,
                width: 1,
                slot: 159,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[95],
            },
            mm::dispatch::Entry {
                address: 700,
                width: 1,
                slot: 86,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[96],
            },
            mm::dispatch::Entry {
                address: 701,
                width: 1,
                slot: 160,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[97],
            },
            mm::dispatch::Entry {
                address: 702,
                width: 1,
                slot: 161,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[98],
            },
            mm::dispatch::Entry {
                address: 703,
                width: 1,
                slot: 162,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[99],
            },
            mm::dispatch::Entry {
                address: 704,
                width: 2,
                slot: 163,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[100],
            },
            mm::dispatch::Entry {
                address: 706,
                width: 2,
                slot: 165,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[101],
            },
            mm::dispatch::Entry {
                address: 708,
                width: 2,
                slot: 167,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[102],
            },
            mm::dispatch::Entry {
                address: 710,
                width: 2,
                slot: 169,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[103],
            },
            mm::dispatch::Entry {
                address: 712,
                width: 2,
                slot: 171,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[104],
            },
            mm::dispatch::Entry {
                address: 714,
                width: 2,
                slot: 173,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[105],
            },
            mm::dispatch::Entry {
                address: 716,
                width: 2,
                slot: 175,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[106],
            },
            mm::dispatch::Entry {
                address: 718,
                width: 1,
                slot: 177,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[107],
            },
            mm::dispatch::Entry {
                address: 719,
                width: 1,
                slot: 178,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[108],
            },
            mm::dispatch::Entry {
                address: 720,
                width: 5,
                slot: 179,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[109],
            },
            mm::dispatch::Entry {
                address: 725,
                width: 2,
                slot: 184,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[110],
            },
            mm::dispatch::Entry {
                address: 727,
                width: 16,
                slot: 186,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[111],
            },
            mm::dispatch::Entry {
                address: 743,
                width: 16,
                slot: 202,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[112],
            },
        ];
        static UNIT_1_INPUT_GAPS: [mm::dispatch::GapRange; 0] = [];
        static UNIT_1_INPUT_INDEX: [u16; 659] = [
            0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 6, 7, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8,
            8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8,
            8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8,
            8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8,
            8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8,
            8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8,
            8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8,
            8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 9, 9, 9, 9, 9, 9, 9,
            9, 9, 9, 9, 9, 9, 9, 9, 9, 10, 11, 12, 13, 14, 15, 16, 17, 17, 18, 18, 19,
            19, 20, 20, 21, 21, 22, 22, 23, 23, 23, 23, 23, 23, 23, 23, 23, 23, 23, 23,
            23, 23, 23, 23, 23, 23, 23, 23, 23, 23, 23, 23, 23, 23, 23, 23, 23, 23, 23,
            23, 23, 23, 23, 23, 23, 23, 23, 23, 23, 23, 23, 23, 23, 23, 23, 23, 23, 23,
            23, 23, 23, 23, 23, 23, 23, 23, 23, 23, 23, 23, 23, 23, 23, 24, 24, 24, 24,
            24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 25, 26, 27, 28, 29, 29, 29,
            29, 29, 29, 29, 29, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
            30, 30, 31, 31, 31, 32, 32, 32, 33, 34, 35, 36, 37, 38, 38, 38, 38, 38, 38,
            38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38,
            38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38,
            38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38,
            38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38,
            38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38,
            38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38,
            38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38,
            38, 38, 38, 38, 38, 38, 39, 39, 40, 40, 41, 41, 42, 42, 43, 43, 44, 44, 45,
            45, 46, 46, 47, 47, 48, 48, 49, 49, 50, 51, 52, 53, 54, 55, 56, 56, 57, 58,
            59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 68, 69, 69, 70, 70, 71, 71, 72, 72,
            73, 73, 74, 74, 75, 75, 76, 76, 77, 77, 78, 78, 79, 79, 80, 80, 81, 81, 82,
            82, 83, 83, 84, 84, 85, 85, 86, 86, 87, 87, 88, 88, 89, 89, 90, 90, 91, 91,
            92, 92, 93, 93, 94, 94, 95, 95, 96, 96, 96, 97, 98, 99, 100, 101, 101, 102,
            102, 103, 103, 104, 104, 105, 105, 106, 106, 107, 107, 108, 109, 110, 110,
            110, 110, 110, 111, 111, 112, 112, 112, 112, 112, 112, 112, 112, 112, 112,
            112, 112, 112, 112, 112, 112, 113, 113, 113, 113, 113, 113, 113, 113, 113,
            113, 113, 113, 113, 113, 113,
        ];
        static UNIT_1_HOLDING: [mm::dispatch::Entry; 76] = [
            mm::dispatch::Entry {
                address: 200,
                width: 1,
                slot: 218,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[113],
            },
            mm::dispatch::Entry {
                address: 201,
                width: 1,
                slot: 219,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[114],
            },
            mm::dispatch::Entry {
                address: 202,
                width: 1,
                slot: 220,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[115],
            },
            mm::dispatch::Entry {
                address: 210,
                width: 1,
                slot: 221,
                access: mm::Access::Write,
                descriptor: &DESCRIPTORS[116],
            },
            mm::dispatch::Entry {
                address: 211,
                width: 1,
                slot: 222,
                access: mm::Access::Write,
                descriptor: &DESCRIPTORS[117],
            },
            mm::dispatch::Entry {
                address: 212,
                width: 1,
                slot: 223,
                access: mm::Access::Write,
                descriptor: &DESCRIPTORS[118],
            },
            mm::dispatch::Entry {
                address: 213,
                width: 1,
                slot: 224,
                access: mm::Access::Write,
                descriptor: &DESCRIPTORS[119],
            },
            mm::dispatch::Entry {
                address: 318,
                width: 1,
                slot: 218,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[120],
            },
            mm::dispatch::Entry {
                address: 319,
                width: 1,
                slot: 219,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[121],
            },
            mm::dispatch::Entry {
                address: 320,
                width: 1,
                slot: 220,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[122],
            },
            mm::dispatch::Entry {
                address: 500,
                width: 1,
                slot: 225,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[123],
            },
            mm::dispatch::Entry {
                address: 501,
                width: 1,
                slot: 226,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[124],
            },
            mm::dispatch::Entry {
                address: 502,
                width: 1,
                slot: 227,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[125],
            },
            mm::dispatch::Entry {
                address: 503,
                width: 1,
                slot: 228,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[126],
            },
            mm::dispatch::Entry {
                address: 504,
                width: 1,
                slot: 229,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[127],
            },
            mm::dispatch::Entry {
                address: 505,
                width: 1,
                slot: 230,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[128],
            },
            mm::dispatch::Entry {
                address: 506,
                width: 1,
                slot: 231,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[129],
            },
            mm::dispatch::Entry {
                address: 507,
                width: 1,
                slot: 232,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[130],
            },
            mm::dispatch::Entry {
                address: 508,
                width: 1,
                slot: 233,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[131],
            },
            mm::dispatch::Entry {
                address: 509,
                width: 1,
                slot: 234,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[132],
            },
            mm::dispatch::Entry {
                address: 510,
                width: 1,
                slot: 235,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[133],
            },
            mm::dispatch::Entry {
                address: 511,
                width: 1,
                slot: 236,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[134],
            },
            mm::dispatch::Entry {
                address: 512,
                width: 4,
                slot: 237,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[135],
            },
            mm::dispatch::Entry {
                address: 516,
                width: 4,
                slot: 241,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[136],
            },
            mm::dispatch::Entry {
                address: 520,
                width: 1,
                slot: 245,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[137],
            },
            mm::dispatch::Entry {
                address: 521,
                width: 1,
                slot: 246,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[138],
            },
            mm::dispatch::Entry {
                address: 522,
                width: 16,
                slot: 247,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[139],
            },
            mm::dispatch::Entry {
                address: 538,
                width: 1,
                slot: 263,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[140],
            },
            mm::dispatch::Entry {
                address: 539,
                width: 1,
                slot: 264,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[141],
            },
            mm::dispatch::Entry {
                address: 540,
                width: 1,
                slot: 265,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[142],
            },
            mm::dispatch::Entry {
                address: 541,
                width: 1,
                slot: 266,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[143],
            },
            mm::dispatch::Entry {
                address: 542,
                width: 1,
                slot: 267,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[144],
            },
            mm::dispatch::Entry {
                address: 543,
                width: 3,
                slot: 268,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[145],
            },
            mm::dispatch::Entry {
                address: 546,
                width: 3,
                slot: 271,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[146],
            },
            mm::dispatch::Entry {
                address: 549,
                width: 1,
                slot: 274,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[147],
            },
            mm::dispatch::Entry {
                address: 550,
                width: 1,
                slot: 275,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[148],
            },
            mm::dispatch::Entry {
                address: 551,
                width: 1,
                slot: 276,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[149],
            },
            mm::dispatch::Entry {
                address: 552,
                width: 1,
                slot: 277,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[150],
            },
            mm::dispatch::Entry {
                address: 553,
                width: 1,
                slot: 278,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[151],
            },
            mm::dispatch::Entry {
                address: 554,
                width: 1,
                slot: 279,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[152],
            },
            mm::dispatch::Entry {
                address: 555,
                width: 1,
                slot: 280,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[153],
            },
            mm::dispatch::Entry {
                address: 556,
                width: 2,
                slot: 281,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[154],
            },
            mm::dispatch::Entry {
                address: 558,
                width: 2,
                slot: 283,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[155],
            },
            mm::dispatch::Entry {
                address: 560,
                width: 1,
                slot: 285,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[156],
            },
            mm::dispatch::Entry {
                address: 561,
                width: 1,
                slot: 286,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[157],
            },
            mm::dispatch::Entry {
                address: 562,
                width: 2,
                slot: 287,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[158],
            },
            mm::dispatch::Entry {
                address: 564,
                width: 1,
                slot: 289,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[159],
            },
            mm::dispatch::Entry {
                address: 565,
                width: 1,
                slot: 290,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[160],
            },
            mm::dispatch::Entry {
                address: 566,
                width: 2,
                slot: 291,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[161],
            },
            mm::dispatch::Entry {
                address: 568,
                width: 1,
                slot: 293,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[162],
            },
            mm::dispatch::Entry {
                address: 569,
                width: 1,
                slot: 294,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[163],
            },
            mm::dispatch::Entry {
                address: 570,
                width: 2,
                slot: 295,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[164],
            },
            mm::dispatch::Entry {
                address: 572,
                width: 1,
                slot: 297,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[165],
            },
            mm::dispatch::Entry {
                address: 573,
                width: 1,
                slot: 298,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[166],
            },
            mm::dispatch::Entry {
                address: 574,
                width: 2,
                slot: 299,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[167],
            },
            mm::dispatch::Entry {
                address: 576,
                width: 1,
                slot: 301,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[168],
            },
            mm::dispatch::Entry {
                address: 577,
                width: 1,
                slot: 302,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[169],
            },
            mm::dispatch::Entry {
                address: 578,
                width: 2,
                slot: 303,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[170],
            },
            mm::dispatch::Entry {
                address: 580,
                width: 1,
                slot: 305,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[171],
            },
            mm::dispatch::Entry {
                address: 581,
                width: 1,
                slot: 306,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[172],
            },
            mm::dispatch::Entry {
                address: 582,
                width: 2,
                slot: 307,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[173],
            },
            mm::dispatch::Entry {
                address: 584,
                width: 1,
                slot: 309,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[174],
            },
            mm::dispatch::Entry {
                address: 585,
                width: 1,
                slot: 310,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[175],
            },
            mm::dispatch::Entry {
                address: 586,
                width: 2,
                slot: 311,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[176],
            },
            mm::dispatch::Entry {
                address: 588,
                width: 1,
                slot: 313,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[177],
            },
            mm::dispatch::Entry {
                address: 589,
                width: 1,
                slot: 314,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[178],
            },
            mm::dispatch::Entry {
                address: 590,
                width: 1,
                slot: 315,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[179],
            },
            mm::dispatch::Entry {
                address: 591,
                width: 1,
                slot: 316,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[180],
            },
            mm::dispatch::Entry {
                address: 592,
                width: 1,
                slot: 317,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[181],
            },
            mm::dispatch::Entry {
                address: 593,
                width: 1,
                slot: 318,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[182],
            },
            mm::dispatch::Entry {
                address: 594,
                width: 1,
                slot: 319,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[183],
            },
            mm::dispatch::Entry {
                address: 595,
                width: 1,
                slot: 320,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[184],
            },
            mm::dispatch::Entry {
                address: 596,
                width: 1,
                slot: 321,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[185],
            },
            mm::dispatch::Entry {
                address: 597,
                width: 1,
                slot: 322,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[186],
            },
            mm::dispatch::Entry {
                address: 598,
                width: 1,
                slot: 323,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[187],
            },
            mm::dispatch::Entry {
                address: 599,
                width: 1,
                slot: 324,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[188],
            },
        ];
        static UNIT_1_HOLDING_GAPS: [mm::dispatch::GapRange; 0] = [];
        static UNIT_1_HOLDING_INDEX: [u16; 400] = [
            0, 1, 2, 3, 3, 3, 3, 3, 3, 3, 3, 4, 5, 6, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7,
            7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7,
            7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7,
            7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7,
            7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 8, 9, 10, 10, 10, 10, 10, 10,
            10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10,
            10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10,
            10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10,
            10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10,
            10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10,
            10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10,
            10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10,
            10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10,
            10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10,
            10, 10, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 23, 23, 23,
            24, 24, 24, 24, 25, 26, 27, 27, 27, 27, 27, 27, 27, 27, 27, 27, 27, 27, 27,
            27, 27, 27, 28, 29, 30, 31, 32, 33, 33, 33, 34, 34, 34, 35, 36, 37, 38, 39,
            40, 41, 42, 42, 43, 43, 44, 45, 46, 46, 47, 48, 49, 49, 50, 51, 52, 52, 53,
            54, 55, 55, 56, 57, 58, 58, 59, 60, 61, 61, 62, 63, 64, 64, 65, 66, 67, 68,
            69, 70, 71, 72, 73, 74, 75,
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
                    index_base: 100,
                    index: &UNIT_1_INPUT_INDEX,
                },
                holding_registers: mm::dispatch::TableMap {
                    entries: &UNIT_1_HOLDING,
                    allow_gaps: false,
                    gap_ranges: &UNIT_1_HOLDING_GAPS,
                    index_base: 200,
                    index: &UNIT_1_HOLDING_INDEX,
                },
                values_per_read: 0,
            },
        ];
        /// Initial storage words (spec defaults, start values where there is none), indexed by slot.
        pub static DEFAULTS: [u16; 325] = [
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 250,
            250, 250, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5, 30, 0,
            1440, 0, 0, 0, 0, 0, 0, 50, 240, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0,
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 14641, 12338, 48, 0,
            99, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        ];
        /// The device's whole map, for `modbus_map::dispatch::Dispatcher::new(&MAP)`.
        pub static MAP: mm::dispatch::DeviceMap = mm::dispatch::DeviceMap {
            name: "askoheat_plus",
            default_unit: 1,
            units: &UNITS,
            defaults: &DEFAULTS,
            word_order_coil: None,
        };
    }
}
