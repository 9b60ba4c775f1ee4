// @generated from specs/heishamon.yaml by `cargo xtask gen`.
// Do not edit: change the spec and run the command again.

/// HeishaMon Modbus slave (Panasonic Aquarea)
///
/// Modbus RTU slave (RS485, 9600 bps by default) of HeishaMon, exposing monitoring values of a Panasonic Aquarea heat pump as input registers, control commands as holding registers, quick commands as coils (reset automatically after execution) and alarms and states as discrete inputs. Functions 01, 02, 03, 04, 05, 06, 15, 16.
///
/// - vendor: HeishaMon project
/// - unit id: 1
/// - word order: high_first, string byte order: high_first
/// - spec: `specs/heishamon.yaml`
#[allow(clippy::all, clippy::pedantic, unused_imports, dead_code, non_camel_case_types)]
pub mod heishamon {
    use ::modbus_map::__private as mm;
    /// Device name as in the spec.
    pub const NAME: &str = "heishamon";
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
    /// Quick heat pump on (Быстрое включение теплового насоса)
    ///
    /// - address: coil 8192 (0x2000), unit id 1, 1 bit(s)
    /// - type: bool
    /// - access: read-write
    /// - default: false
    pub const QUICK_COMMANDS_QUICK_HEATPUMP_ON: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "quick_commands.quick_heatpump_on",
        table: mm::Table::Coil,
        address: 8192,
        data_type: mm::DataType::Bool,
        access: mm::Access::ReadWrite,
        ..BASE
    };
    /// Quick heat pump off (Быстрое выключение теплового насоса)
    ///
    /// - address: coil 8193 (0x2001), unit id 1, 1 bit(s)
    /// - type: bool
    /// - access: read-write
    /// - default: false
    pub const QUICK_COMMANDS_QUICK_HEATPUMP_OFF: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "quick_commands.quick_heatpump_off",
        table: mm::Table::Coil,
        address: 8193,
        data_type: mm::DataType::Bool,
        access: mm::Access::ReadWrite,
        ..BASE
    };
    /// Quick pump on (Быстрое включение насоса)
    ///
    /// - address: coil 8194 (0x2002), unit id 1, 1 bit(s)
    /// - type: bool
    /// - access: read-write
    /// - default: false
    pub const QUICK_COMMANDS_QUICK_PUMP_ON: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "quick_commands.quick_pump_on",
        table: mm::Table::Coil,
        address: 8194,
        data_type: mm::DataType::Bool,
        access: mm::Access::ReadWrite,
        ..BASE
    };
    /// Quick pump off (Быстрое выключение насоса)
    ///
    /// - address: coil 8195 (0x2003), unit id 1, 1 bit(s)
    /// - type: bool
    /// - access: read-write
    /// - default: false
    pub const QUICK_COMMANDS_QUICK_PUMP_OFF: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "quick_commands.quick_pump_off",
        table: mm::Table::Coil,
        address: 8195,
        data_type: mm::DataType::Bool,
        access: mm::Access::ReadWrite,
        ..BASE
    };
    /// Quick DHW on (Быстрое включение ГВС)
    ///
    /// - address: coil 8196 (0x2004), unit id 1, 1 bit(s)
    /// - type: bool
    /// - access: read-write
    /// - default: false
    pub const QUICK_COMMANDS_QUICK_DHW_ON: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "quick_commands.quick_dhw_on",
        table: mm::Table::Coil,
        address: 8196,
        data_type: mm::DataType::Bool,
        access: mm::Access::ReadWrite,
        ..BASE
    };
    /// Quick DHW off (Быстрое выключение ГВС)
    ///
    /// - address: coil 8197 (0x2005), unit id 1, 1 bit(s)
    /// - type: bool
    /// - access: read-write
    /// - default: false
    pub const QUICK_COMMANDS_QUICK_DHW_OFF: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "quick_commands.quick_dhw_off",
        table: mm::Table::Coil,
        address: 8197,
        data_type: mm::DataType::Bool,
        access: mm::Access::ReadWrite,
        ..BASE
    };
    /// Quick defrost (Быстрая разморозка)
    ///
    /// - address: coil 8198 (0x2006), unit id 1, 1 bit(s)
    /// - type: bool
    /// - access: read-write
    /// - default: false
    pub const QUICK_COMMANDS_QUICK_DEFROST: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "quick_commands.quick_defrost",
        table: mm::Table::Coil,
        address: 8198,
        data_type: mm::DataType::Bool,
        access: mm::Access::ReadWrite,
        ..BASE
    };
    /// Quick sterilization (Быстрая стерилизация)
    ///
    /// - address: coil 8199 (0x2007), unit id 1, 1 bit(s)
    /// - type: bool
    /// - access: read-write
    /// - default: false
    pub const QUICK_COMMANDS_QUICK_STERILIZATION: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "quick_commands.quick_sterilization",
        table: mm::Table::Coil,
        address: 8199,
        data_type: mm::DataType::Bool,
        access: mm::Access::ReadWrite,
        ..BASE
    };
    /// Compressor alarm (Авария компрессора)
    ///
    /// - address: discrete 12288 (0x3000), unit id 1, 1 bit(s)
    /// - type: bool
    /// - access: read-only
    pub const ALARMS_ALARM_COMPRESSOR: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "alarms.alarm_compressor",
        table: mm::Table::Discrete,
        address: 12288,
        data_type: mm::DataType::Bool,
        access: mm::Access::Read,
        ..BASE
    };
    /// Pump alarm (Авария насоса)
    ///
    /// - address: discrete 12289 (0x3001), unit id 1, 1 bit(s)
    /// - type: bool
    /// - access: read-only
    pub const ALARMS_ALARM_PUMP: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "alarms.alarm_pump",
        table: mm::Table::Discrete,
        address: 12289,
        data_type: mm::DataType::Bool,
        access: mm::Access::Read,
        ..BASE
    };
    /// Sensor alarm (Авария датчика)
    ///
    /// - address: discrete 12290 (0x3002), unit id 1, 1 bit(s)
    /// - type: bool
    /// - access: read-only
    pub const ALARMS_ALARM_SENSOR: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "alarms.alarm_sensor",
        table: mm::Table::Discrete,
        address: 12290,
        data_type: mm::DataType::Bool,
        access: mm::Access::Read,
        ..BASE
    };
    /// Communication alarm (Авария связи)
    ///
    /// - address: discrete 12291 (0x3003), unit id 1, 1 bit(s)
    /// - type: bool
    /// - access: read-only
    pub const ALARMS_ALARM_COMMUNICATION: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "alarms.alarm_communication",
        table: mm::Table::Discrete,
        address: 12291,
        data_type: mm::DataType::Bool,
        access: mm::Access::Read,
        ..BASE
    };
    /// High pressure alarm (Авария высокого давления)
    ///
    /// - address: discrete 12292 (0x3004), unit id 1, 1 bit(s)
    /// - type: bool
    /// - access: read-only
    pub const ALARMS_ALARM_HIGH_PRESSURE: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "alarms.alarm_high_pressure",
        table: mm::Table::Discrete,
        address: 12292,
        data_type: mm::DataType::Bool,
        access: mm::Access::Read,
        ..BASE
    };
    /// Low pressure alarm (Авария низкого давления)
    ///
    /// - address: discrete 12293 (0x3005), unit id 1, 1 bit(s)
    /// - type: bool
    /// - access: read-only
    pub const ALARMS_ALARM_LOW_PRESSURE: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "alarms.alarm_low_pressure",
        table: mm::Table::Discrete,
        address: 12293,
        data_type: mm::DataType::Bool,
        access: mm::Access::Read,
        ..BASE
    };
    /// High temperature alarm (Авария высокой температуры)
    ///
    /// - address: discrete 12294 (0x3006), unit id 1, 1 bit(s)
    /// - type: bool
    /// - access: read-only
    pub const ALARMS_ALARM_HIGH_TEMP: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "alarms.alarm_high_temp",
        table: mm::Table::Discrete,
        address: 12294,
        data_type: mm::DataType::Bool,
        access: mm::Access::Read,
        ..BASE
    };
    /// Low temperature alarm (Авария низкой температуры)
    ///
    /// - address: discrete 12295 (0x3007), unit id 1, 1 bit(s)
    /// - type: bool
    /// - access: read-only
    pub const ALARMS_ALARM_LOW_TEMP: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "alarms.alarm_low_temp",
        table: mm::Table::Discrete,
        address: 12295,
        data_type: mm::DataType::Bool,
        access: mm::Access::Read,
        ..BASE
    };
    /// Heating (Статус отопления)
    ///
    /// - address: discrete 12296 (0x3008), unit id 1, 1 bit(s)
    /// - type: bool
    /// - access: read-only
    pub const OPERATING_STATUS_STATUS_HEATING: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "operating_status.status_heating",
        table: mm::Table::Discrete,
        address: 12296,
        data_type: mm::DataType::Bool,
        access: mm::Access::Read,
        ..BASE
    };
    /// Cooling (Статус охлаждения)
    ///
    /// - address: discrete 12297 (0x3009), unit id 1, 1 bit(s)
    /// - type: bool
    /// - access: read-only
    pub const OPERATING_STATUS_STATUS_COOLING: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "operating_status.status_cooling",
        table: mm::Table::Discrete,
        address: 12297,
        data_type: mm::DataType::Bool,
        access: mm::Access::Read,
        ..BASE
    };
    /// DHW (Статус ГВС)
    ///
    /// - address: discrete 12298 (0x300A), unit id 1, 1 bit(s)
    /// - type: bool
    /// - access: read-only
    pub const OPERATING_STATUS_STATUS_DHW: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "operating_status.status_dhw",
        table: mm::Table::Discrete,
        address: 12298,
        data_type: mm::DataType::Bool,
        access: mm::Access::Read,
        ..BASE
    };
    /// Defrosting (Статус разморозки)
    ///
    /// - address: discrete 12299 (0x300B), unit id 1, 1 bit(s)
    /// - type: bool
    /// - access: read-only
    pub const OPERATING_STATUS_STATUS_DEFROSTING: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "operating_status.status_defrosting",
        table: mm::Table::Discrete,
        address: 12299,
        data_type: mm::DataType::Bool,
        access: mm::Access::Read,
        ..BASE
    };
    /// Sterilization (Статус стерилизации)
    ///
    /// - address: discrete 12300 (0x300C), unit id 1, 1 bit(s)
    /// - type: bool
    /// - access: read-only
    pub const OPERATING_STATUS_STATUS_STERILIZATION: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "operating_status.status_sterilization",
        table: mm::Table::Discrete,
        address: 12300,
        data_type: mm::DataType::Bool,
        access: mm::Access::Read,
        ..BASE
    };
    /// Holiday mode (Статус отпуска)
    ///
    /// - address: discrete 12301 (0x300D), unit id 1, 1 bit(s)
    /// - type: bool
    /// - access: read-only
    pub const OPERATING_STATUS_STATUS_HOLIDAY: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "operating_status.status_holiday",
        table: mm::Table::Discrete,
        address: 12301,
        data_type: mm::DataType::Bool,
        access: mm::Access::Read,
        ..BASE
    };
    /// Powerful mode (Статус мощного режима)
    ///
    /// - address: discrete 12302 (0x300E), unit id 1, 1 bit(s)
    /// - type: bool
    /// - access: read-only
    pub const OPERATING_STATUS_STATUS_POWERFUL: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "operating_status.status_powerful",
        table: mm::Table::Discrete,
        address: 12302,
        data_type: mm::DataType::Bool,
        access: mm::Access::Read,
        ..BASE
    };
    /// Quiet mode (Статус тихого режима)
    ///
    /// - address: discrete 12303 (0x300F), unit id 1, 1 bit(s)
    /// - type: bool
    /// - access: read-only
    pub const OPERATING_STATUS_STATUS_QUIET: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "operating_status.status_quiet",
        table: mm::Table::Discrete,
        address: 12303,
        data_type: mm::DataType::Bool,
        access: mm::Access::Read,
        ..BASE
    };
    /// Free memory (Свободная память)
    ///
    /// - address: input 3 (0x0003), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    /// - unit: KB
    pub const SYSTEM_FREE_MEMORY: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "system.free_memory",
        table: mm::Table::Input,
        address: 3,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        unit: ::core::option::Option::Some("KB"),
        ..BASE
    };
    /// System uptime (Время работы системы); unit not documented
    ///
    /// - address: input 4 (0x0004), unit id 1, 2 register(s)
    /// - type: u32, words high_first
    /// - access: read-only
    pub const SYSTEM_UPTIME: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "system.uptime",
        table: mm::Table::Input,
        address: 4,
        data_type: mm::DataType::U32,
        access: mm::Access::Read,
        width: 2,
        ..BASE
    };
    /// Status (Статус: 0=офлайн, 1=онлайн)
    ///
    /// - address: input 6 (0x0006), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    /// - default: 0
    pub const SYSTEM_STATUS: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "system.status",
        table: mm::Table::Input,
        address: 6,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        values: &[
            mm::EnumValue {
                raw: 0,
                name: "offline",
            },
            mm::EnumValue {
                raw: 1,
                name: "online",
            },
        ],
        ..BASE
    };
    /// Time of the last update (Время последнего обновления); unit not documented
    ///
    /// - address: input 7 (0x0007), unit id 1, 2 register(s)
    /// - type: u32, words high_first
    /// - access: read-only
    pub const SYSTEM_LAST_UPDATE: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "system.last_update",
        table: mm::Table::Input,
        address: 7,
        data_type: mm::DataType::U32,
        access: mm::Access::Read,
        width: 2,
        ..BASE
    };
    /// Inlet water temperature (Температура на входе)
    ///
    /// - address: input 16 (0x0010), unit id 1, 1 register(s)
    /// - type: i16
    /// - access: read-only
    /// - unit: °C
    /// - scale: 0.01, offset: 0
    pub const TEMPERATURES_MAIN_INLET_TEMP: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "temperatures.main_inlet_temp",
        table: mm::Table::Input,
        address: 16,
        data_type: mm::DataType::I16,
        access: mm::Access::Read,
        scale: 0.01,
        unit: ::core::option::Option::Some("°C"),
        ..BASE
    };
    /// Outlet water temperature (Температура на выходе)
    ///
    /// - address: input 17 (0x0011), unit id 1, 1 register(s)
    /// - type: i16
    /// - access: read-only
    /// - unit: °C
    /// - scale: 0.01, offset: 0
    pub const TEMPERATURES_MAIN_OUTLET_TEMP: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "temperatures.main_outlet_temp",
        table: mm::Table::Input,
        address: 17,
        data_type: mm::DataType::I16,
        access: mm::Access::Read,
        scale: 0.01,
        unit: ::core::option::Option::Some("°C"),
        ..BASE
    };
    /// DHW temperature (Температура ГВС)
    ///
    /// - address: input 18 (0x0012), unit id 1, 1 register(s)
    /// - type: i16
    /// - access: read-only
    /// - unit: °C
    /// - scale: 0.01, offset: 0
    pub const TEMPERATURES_DHW_TEMP: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "temperatures.dhw_temp",
        table: mm::Table::Input,
        address: 18,
        data_type: mm::DataType::I16,
        access: mm::Access::Read,
        scale: 0.01,
        unit: ::core::option::Option::Some("°C"),
        ..BASE
    };
    /// Outside air temperature (Температура наружного воздуха)
    ///
    /// - address: input 19 (0x0013), unit id 1, 1 register(s)
    /// - type: i16
    /// - access: read-only
    /// - unit: °C
    /// - scale: 0.01, offset: 0
    pub const TEMPERATURES_OUTSIDE_TEMP: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "temperatures.outside_temp",
        table: mm::Table::Input,
        address: 19,
        data_type: mm::DataType::I16,
        access: mm::Access::Read,
        scale: 0.01,
        unit: ::core::option::Option::Some("°C"),
        ..BASE
    };
    /// Buffer tank temperature (Температура буферного бака)
    ///
    /// - address: input 20 (0x0014), unit id 1, 1 register(s)
    /// - type: i16
    /// - access: read-only
    /// - unit: °C
    /// - scale: 0.01, offset: 0
    pub const TEMPERATURES_BUFFER_TEMP: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "temperatures.buffer_temp",
        table: mm::Table::Input,
        address: 20,
        data_type: mm::DataType::I16,
        access: mm::Access::Read,
        scale: 0.01,
        unit: ::core::option::Option::Some("°C"),
        ..BASE
    };
    /// Solar collector temperature (Температура солнечного коллектора)
    ///
    /// - address: input 21 (0x0015), unit id 1, 1 register(s)
    /// - type: i16
    /// - access: read-only
    /// - unit: °C
    /// - scale: 0.01, offset: 0
    pub const TEMPERATURES_SOLAR_TEMP: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "temperatures.solar_temp",
        table: mm::Table::Input,
        address: 21,
        data_type: mm::DataType::I16,
        access: mm::Access::Read,
        scale: 0.01,
        unit: ::core::option::Option::Some("°C"),
        ..BASE
    };
    /// Pool temperature (Температура бассейна)
    ///
    /// - address: input 22 (0x0016), unit id 1, 1 register(s)
    /// - type: i16
    /// - access: read-only
    /// - unit: °C
    /// - scale: 0.01, offset: 0
    pub const TEMPERATURES_POOL_TEMP: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "temperatures.pool_temp",
        table: mm::Table::Input,
        address: 22,
        data_type: mm::DataType::I16,
        access: mm::Access::Read,
        scale: 0.01,
        unit: ::core::option::Option::Some("°C"),
        ..BASE
    };
    /// Zone 1 room temperature (Температура помещения зоны 1)
    ///
    /// - address: input 23 (0x0017), unit id 1, 1 register(s)
    /// - type: i16
    /// - access: read-only
    /// - unit: °C
    /// - scale: 0.01, offset: 0
    pub const TEMPERATURES_Z1_ROOM_TEMP: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "temperatures.z1_room_temp",
        table: mm::Table::Input,
        address: 23,
        data_type: mm::DataType::I16,
        access: mm::Access::Read,
        scale: 0.01,
        unit: ::core::option::Option::Some("°C"),
        ..BASE
    };
    /// Zone 1 water temperature (Температура воды зоны 1)
    ///
    /// - address: input 24 (0x0018), unit id 1, 1 register(s)
    /// - type: i16
    /// - access: read-only
    /// - unit: °C
    /// - scale: 0.01, offset: 0
    pub const TEMPERATURES_Z1_WATER_TEMP: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "temperatures.z1_water_temp",
        table: mm::Table::Input,
        address: 24,
        data_type: mm::DataType::I16,
        access: mm::Access::Read,
        scale: 0.01,
        unit: ::core::option::Option::Some("°C"),
        ..BASE
    };
    /// Zone 2 room temperature (Температура помещения зоны 2)
    ///
    /// - address: input 25 (0x0019), unit id 1, 1 register(s)
    /// - type: i16
    /// - access: read-only
    /// - unit: °C
    /// - scale: 0.01, offset: 0
    pub const TEMPERATURES_Z2_ROOM_TEMP: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "temperatures.z2_room_temp",
        table: mm::Table::Input,
        address: 25,
        data_type: mm::DataType::I16,
        access: mm::Access::Read,
        scale: 0.01,
        unit: ::core::option::Option::Some("°C"),
        ..BASE
    };
    /// Zone 2 water temperature (Температура воды зоны 2)
    ///
    /// - address: input 26 (0x001A), unit id 1, 1 register(s)
    /// - type: i16
    /// - access: read-only
    /// - unit: °C
    /// - scale: 0.01, offset: 0
    pub const TEMPERATURES_Z2_WATER_TEMP: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "temperatures.z2_water_temp",
        table: mm::Table::Input,
        address: 26,
        data_type: mm::DataType::I16,
        access: mm::Access::Read,
        scale: 0.01,
        unit: ::core::option::Option::Some("°C"),
        ..BASE
    };
    /// Compressor temperature (Температура компрессора)
    ///
    /// - address: input 27 (0x001B), unit id 1, 1 register(s)
    /// - type: i16
    /// - access: read-only
    /// - unit: °C
    /// - scale: 0.01, offset: 0
    pub const TEMPERATURES_COMPRESSOR_TEMP: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "temperatures.compressor_temp",
        table: mm::Table::Input,
        address: 27,
        data_type: mm::DataType::I16,
        access: mm::Access::Read,
        scale: 0.01,
        unit: ::core::option::Option::Some("°C"),
        ..BASE
    };
    /// Evaporator temperature (Температура испарителя)
    ///
    /// - address: input 28 (0x001C), unit id 1, 1 register(s)
    /// - type: i16
    /// - access: read-only
    /// - unit: °C
    /// - scale: 0.01, offset: 0
    pub const TEMPERATURES_EVAPORATOR_TEMP: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "temperatures.evaporator_temp",
        table: mm::Table::Input,
        address: 28,
        data_type: mm::DataType::I16,
        access: mm::Access::Read,
        scale: 0.01,
        unit: ::core::option::Option::Some("°C"),
        ..BASE
    };
    /// Condenser temperature (Температура конденсатора)
    ///
    /// - address: input 29 (0x001D), unit id 1, 1 register(s)
    /// - type: i16
    /// - access: read-only
    /// - unit: °C
    /// - scale: 0.01, offset: 0
    pub const TEMPERATURES_CONDENSOR_TEMP: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "temperatures.condensor_temp",
        table: mm::Table::Input,
        address: 29,
        data_type: mm::DataType::I16,
        access: mm::Access::Read,
        scale: 0.01,
        unit: ::core::option::Option::Some("°C"),
        ..BASE
    };
    /// Inverter temperature (Температура инвертора)
    ///
    /// - address: input 30 (0x001E), unit id 1, 1 register(s)
    /// - type: i16
    /// - access: read-only
    /// - unit: °C
    /// - scale: 0.01, offset: 0
    pub const TEMPERATURES_INVERTER_TEMP: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "temperatures.inverter_temp",
        table: mm::Table::Input,
        address: 30,
        data_type: mm::DataType::I16,
        access: mm::Access::Read,
        scale: 0.01,
        unit: ::core::option::Option::Some("°C"),
        ..BASE
    };
    /// Outdoor coil temperature (Температура наружной катушки)
    ///
    /// - address: input 31 (0x001F), unit id 1, 1 register(s)
    /// - type: i16
    /// - access: read-only
    /// - unit: °C
    /// - scale: 0.01, offset: 0
    pub const TEMPERATURES_OUTDOOR_COIL_TEMP: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "temperatures.outdoor_coil_temp",
        table: mm::Table::Input,
        address: 31,
        data_type: mm::DataType::I16,
        access: mm::Access::Read,
        scale: 0.01,
        unit: ::core::option::Option::Some("°C"),
        ..BASE
    };
    /// Heat power production (Мощность производства тепла)
    ///
    /// - address: input 32 (0x0020), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    /// - unit: kW
    /// - scale: 0.01, offset: 0
    pub const POWER_HEAT_POWER_PRODUCTION: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "power.heat_power_production",
        table: mm::Table::Input,
        address: 32,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        scale: 0.01,
        unit: ::core::option::Option::Some("kW"),
        ..BASE
    };
    /// Power consumption for heating (Мощность потребления тепла)
    ///
    /// - address: input 33 (0x0021), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    /// - unit: kW
    /// - scale: 0.01, offset: 0
    pub const POWER_HEAT_POWER_CONSUMPTION: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "power.heat_power_consumption",
        table: mm::Table::Input,
        address: 33,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        scale: 0.01,
        unit: ::core::option::Option::Some("kW"),
        ..BASE
    };
    /// Cooling power production (Мощность производства холода)
    ///
    /// - address: input 34 (0x0022), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    /// - unit: kW
    /// - scale: 0.01, offset: 0
    pub const POWER_COOL_POWER_PRODUCTION: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "power.cool_power_production",
        table: mm::Table::Input,
        address: 34,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        scale: 0.01,
        unit: ::core::option::Option::Some("kW"),
        ..BASE
    };
    /// Power consumption for cooling (Мощность потребления холода)
    ///
    /// - address: input 35 (0x0023), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    /// - unit: kW
    /// - scale: 0.01, offset: 0
    pub const POWER_COOL_POWER_CONSUMPTION: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "power.cool_power_consumption",
        table: mm::Table::Input,
        address: 35,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        scale: 0.01,
        unit: ::core::option::Option::Some("kW"),
        ..BASE
    };
    /// DHW power production (Мощность производства ГВС)
    ///
    /// - address: input 36 (0x0024), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    /// - unit: kW
    /// - scale: 0.01, offset: 0
    pub const POWER_DHW_POWER_PRODUCTION: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "power.dhw_power_production",
        table: mm::Table::Input,
        address: 36,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        scale: 0.01,
        unit: ::core::option::Option::Some("kW"),
        ..BASE
    };
    /// Power consumption for DHW (Мощность потребления ГВС)
    ///
    /// - address: input 37 (0x0025), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    /// - unit: kW
    /// - scale: 0.01, offset: 0
    pub const POWER_DHW_POWER_CONSUMPTION: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "power.dhw_power_consumption",
        table: mm::Table::Input,
        address: 37,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        scale: 0.01,
        unit: ::core::option::Option::Some("kW"),
        ..BASE
    };
    /// Total heating energy (Общая энергия отопления); wraps at 655.35 kWh
    ///
    /// - address: input 38 (0x0026), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    /// - unit: kWh
    /// - scale: 0.01, offset: 0
    pub const POWER_TOTAL_ENERGY_HEAT: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "power.total_energy_heat",
        table: mm::Table::Input,
        address: 38,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        scale: 0.01,
        unit: ::core::option::Option::Some("kWh"),
        ..BASE
    };
    /// Total cooling energy (Общая энергия охлаждения); wraps at 655.35 kWh
    ///
    /// - address: input 39 (0x0027), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    /// - unit: kWh
    /// - scale: 0.01, offset: 0
    pub const POWER_TOTAL_ENERGY_COOL: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "power.total_energy_cool",
        table: mm::Table::Input,
        address: 39,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        scale: 0.01,
        unit: ::core::option::Option::Some("kWh"),
        ..BASE
    };
    /// Total DHW energy (Общая энергия ГВС); wraps at 655.35 kWh
    ///
    /// - address: input 40 (0x0028), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    /// - unit: kWh
    /// - scale: 0.01, offset: 0
    pub const POWER_TOTAL_ENERGY_DHW: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "power.total_energy_dhw",
        table: mm::Table::Input,
        address: 40,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        scale: 0.01,
        unit: ::core::option::Option::Some("kWh"),
        ..BASE
    };
    /// Compressor frequency (Частота компрессора)
    ///
    /// - address: input 41 (0x0029), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    /// - unit: Hz
    pub const POWER_COMPRESSOR_FREQ: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "power.compressor_freq",
        table: mm::Table::Input,
        address: 41,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        unit: ::core::option::Option::Some("Hz"),
        ..BASE
    };
    /// Pump speed (Скорость насоса)
    ///
    /// - address: input 42 (0x002A), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    /// - unit: rpm
    pub const POWER_PUMP_SPEED: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "power.pump_speed",
        table: mm::Table::Input,
        address: 42,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        unit: ::core::option::Option::Some("rpm"),
        ..BASE
    };
    /// Pump flow, l/min × 10 (Поток насоса)
    ///
    /// - address: input 43 (0x002B), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    /// - unit: l/min
    /// - scale: 0.1, offset: 0
    pub const POWER_PUMP_FLOW: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "power.pump_flow",
        table: mm::Table::Input,
        address: 43,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        scale: 0.1,
        unit: ::core::option::Option::Some("l/min"),
        ..BASE
    };
    /// Pump duty (Нагрузка насоса)
    ///
    /// - address: input 44 (0x002C), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    /// - unit: %
    /// - range: 0 ..= 100
    pub const POWER_PUMP_DUTY: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "power.pump_duty",
        table: mm::Table::Input,
        address: 44,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(100.0),
        unit: ::core::option::Option::Some("%"),
        ..BASE
    };
    /// Maximum pump duty (Максимальная нагрузка насоса)
    ///
    /// - address: input 45 (0x002D), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    /// - unit: %
    /// - range: 0 ..= 100
    pub const POWER_MAX_PUMP_DUTY: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "power.max_pump_duty",
        table: mm::Table::Input,
        address: 45,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(100.0),
        unit: ::core::option::Option::Some("%"),
        ..BASE
    };
    /// Heat pump state (Состояние теплового насоса)
    ///
    /// - address: input 48 (0x0030), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    pub const STATES_HEATPUMP_STATE: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "states.heatpump_state",
        table: mm::Table::Input,
        address: 48,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
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
    /// Pump state (Состояние насоса)
    ///
    /// - address: input 49 (0x0031), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    pub const STATES_PUMP_STATE: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "states.pump_state",
        table: mm::Table::Input,
        address: 49,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
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
    /// Operating mode 0-6 (Режим работы); names from SetOperationMode
    ///
    /// - address: input 50 (0x0032), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    pub const STATES_OPERATION_MODE: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "states.operation_mode",
        table: mm::Table::Input,
        address: 50,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        values: &[
            mm::EnumValue {
                raw: 0,
                name: "heat_only",
            },
            mm::EnumValue {
                raw: 1,
                name: "cool_only",
            },
            mm::EnumValue {
                raw: 2,
                name: "auto",
            },
            mm::EnumValue {
                raw: 3,
                name: "dhw_only",
            },
            mm::EnumValue {
                raw: 4,
                name: "heat_dhw",
            },
            mm::EnumValue {
                raw: 5,
                name: "cool_dhw",
            },
            mm::EnumValue {
                raw: 6,
                name: "auto_dhw",
            },
        ],
        ..BASE
    };
    /// Quiet mode 0-3 (Тихий режим)
    ///
    /// - address: input 51 (0x0033), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    pub const STATES_QUIET_MODE: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "states.quiet_mode",
        table: mm::Table::Input,
        address: 51,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        values: &[
            mm::EnumValue {
                raw: 0,
                name: "off",
            },
            mm::EnumValue {
                raw: 1,
                name: "less_power",
            },
            mm::EnumValue {
                raw: 2,
                name: "even_less_power",
            },
            mm::EnumValue {
                raw: 3,
                name: "least_power",
            },
        ],
        ..BASE
    };
    /// Powerful mode run time, 0-90 minutes (Мощный режим (мин))
    ///
    /// - address: input 52 (0x0034), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    /// - unit: min
    /// - range: 0 ..= 90
    pub const STATES_POWERFUL_MODE: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "states.powerful_mode",
        table: mm::Table::Input,
        address: 52,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(90.0),
        unit: ::core::option::Option::Some("min"),
        ..BASE
    };
    /// Holiday mode (Режим отпуска); the heat pump distinguishes scheduled (1) and active (2)
    ///
    /// - address: input 53 (0x0035), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    pub const STATES_HOLIDAY_MODE: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "states.holiday_mode",
        table: mm::Table::Input,
        address: 53,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
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
    /// Forced DHW heating (Принудительный нагрев ГВС)
    ///
    /// - address: input 54 (0x0036), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    pub const STATES_FORCE_DHW: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "states.force_dhw",
        table: mm::Table::Input,
        address: 54,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
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
    /// Forced defrost (Принудительная разморозка)
    ///
    /// - address: input 55 (0x0037), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    pub const STATES_FORCE_DEFROST: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "states.force_defrost",
        table: mm::Table::Input,
        address: 55,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
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
    /// Forced sterilization (Принудительная стерилизация)
    ///
    /// - address: input 56 (0x0038), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    pub const STATES_FORCE_STERILIZATION: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "states.force_sterilization",
        table: mm::Table::Input,
        address: 56,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
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
    /// Defrosting state (Состояние разморозки)
    ///
    /// - address: input 57 (0x0039), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    pub const STATES_DEFROSTING_STATE: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "states.defrosting_state",
        table: mm::Table::Input,
        address: 57,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
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
    /// Three-way valve state (Состояние трехходового клапана)
    ///
    /// - address: input 58 (0x003A), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    pub const STATES_THREEWAY_VALVE_STATE: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "states.threeway_valve_state",
        table: mm::Table::Input,
        address: 58,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        values: &[
            mm::EnumValue {
                raw: 0,
                name: "room",
            },
            mm::EnumValue {
                raw: 1,
                name: "dhw",
            },
        ],
        ..BASE
    };
    /// Zones state (Состояние зон); the seed's table says 0/1
    ///
    /// - address: input 59 (0x003B), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    pub const STATES_ZONES_STATE: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "states.zones_state",
        table: mm::Table::Input,
        address: 59,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        values: &[
            mm::EnumValue {
                raw: 0,
                name: "zone1",
            },
            mm::EnumValue {
                raw: 1,
                name: "zone2",
            },
            mm::EnumValue {
                raw: 2,
                name: "zone1_and_zone2",
            },
        ],
        ..BASE
    };
    /// Main schedule state (Состояние основного расписания)
    ///
    /// - address: input 60 (0x003C), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    pub const STATES_MAIN_SCHEDULE_STATE: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "states.main_schedule_state",
        table: mm::Table::Input,
        address: 60,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
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
    /// DHW heater state (Состояние нагревателя ГВС)
    ///
    /// - address: input 61 (0x003D), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    pub const STATES_DHW_HEATER_STATE: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "states.dhw_heater_state",
        table: mm::Table::Input,
        address: 61,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
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
    /// Room heater state (Состояние комнатного нагревателя)
    ///
    /// - address: input 62 (0x003E), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    pub const STATES_ROOM_HEATER_STATE: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "states.room_heater_state",
        table: mm::Table::Input,
        address: 62,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
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
    /// Internal heater state (Состояние внутреннего нагревателя)
    ///
    /// - address: input 63 (0x003F), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    pub const STATES_INTERNAL_HEATER_STATE: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "states.internal_heater_state",
        table: mm::Table::Input,
        address: 63,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
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
    /// Zone 1 pump (Насос зоны 1)
    ///
    /// - address: input 64 (0x0040), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    pub const ZONE_PUMPS_Z1_WATER_PUMP: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "zone_pumps.z1_water_pump",
        table: mm::Table::Input,
        address: 64,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
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
    /// Zone 2 pump (Насос зоны 2)
    ///
    /// - address: input 65 (0x0041), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    pub const ZONE_PUMPS_Z2_WATER_PUMP: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "zone_pumps.z2_water_pump",
        table: mm::Table::Input,
        address: 65,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
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
    /// Pool pump (Насос бассейна)
    ///
    /// - address: input 66 (0x0042), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    pub const ZONE_PUMPS_POOL_WATER_PUMP: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "zone_pumps.pool_water_pump",
        table: mm::Table::Input,
        address: 66,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
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
    /// Solar pump (Солнечный насос)
    ///
    /// - address: input 67 (0x0043), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    pub const ZONE_PUMPS_SOLAR_WATER_PUMP: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "zone_pumps.solar_water_pump",
        table: mm::Table::Input,
        address: 67,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
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
    /// Zone 1 pump state (Состояние насоса зоны 1)
    ///
    /// - address: input 68 (0x0044), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    pub const ZONE_PUMPS_Z1_PUMP_STATE: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "zone_pumps.z1_pump_state",
        table: mm::Table::Input,
        address: 68,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
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
    /// Zone 2 pump state (Состояние насоса зоны 2)
    ///
    /// - address: input 69 (0x0045), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    pub const ZONE_PUMPS_Z2_PUMP_STATE: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "zone_pumps.z2_pump_state",
        table: mm::Table::Input,
        address: 69,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
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
    /// Pump flow rate mode 0/1 (Режим потока насоса)
    ///
    /// - address: input 70 (0x0046), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    /// - range: 0 ..= 1
    pub const ZONE_PUMPS_PUMP_FLOWRATE_MODE: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "zone_pumps.pump_flowrate_mode",
        table: mm::Table::Input,
        address: 70,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(1.0),
        ..BASE
    };
    /// Set heat pump state (Установить состояние теплового насоса)
    ///
    /// - address: holding 4096 (0x1000), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-write
    pub const COMMANDS_SET_HEATPUMP: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "commands.set_heatpump",
        table: mm::Table::Holding,
        address: 4096,
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
    /// Set pump state (Установить состояние насоса)
    ///
    /// - address: holding 4097 (0x1001), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-write
    pub const COMMANDS_SET_PUMP: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "commands.set_pump",
        table: mm::Table::Holding,
        address: 4097,
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
    /// Set maximum pump duty (Установить максимальную нагрузку насоса (%))
    ///
    /// - address: holding 4098 (0x1002), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-write
    /// - unit: %
    /// - range: 0 ..= 100
    pub const COMMANDS_SET_MAX_PUMP_DUTY: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "commands.set_max_pump_duty",
        table: mm::Table::Holding,
        address: 4098,
        data_type: mm::DataType::U16,
        access: mm::Access::ReadWrite,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(100.0),
        unit: ::core::option::Option::Some("%"),
        ..BASE
    };
    /// Set quiet mode 0-3 (Установить тихий режим)
    ///
    /// - address: holding 4099 (0x1003), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-write
    pub const COMMANDS_SET_QUIET_MODE: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "commands.set_quiet_mode",
        table: mm::Table::Holding,
        address: 4099,
        data_type: mm::DataType::U16,
        access: mm::Access::ReadWrite,
        values: &[
            mm::EnumValue {
                raw: 0,
                name: "off",
            },
            mm::EnumValue {
                raw: 1,
                name: "less_power",
            },
            mm::EnumValue {
                raw: 2,
                name: "even_less_power",
            },
            mm::EnumValue {
                raw: 3,
                name: "least_power",
            },
        ],
        ..BASE
    };
    /// Set powerful mode, 0-90 minutes (Установить мощный режим (мин))
    ///
    /// - address: holding 4100 (0x1004), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-write
    /// - unit: min
    /// - range: 0 ..= 90
    pub const COMMANDS_SET_POWERFUL_MODE: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "commands.set_powerful_mode",
        table: mm::Table::Holding,
        address: 4100,
        data_type: mm::DataType::U16,
        access: mm::Access::ReadWrite,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(90.0),
        unit: ::core::option::Option::Some("min"),
        ..BASE
    };
    /// Set operating mode 0-6 (Установить режим работы)
    ///
    /// - address: holding 4101 (0x1005), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-write
    pub const COMMANDS_SET_OPERATION_MODE: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "commands.set_operation_mode",
        table: mm::Table::Holding,
        address: 4101,
        data_type: mm::DataType::U16,
        access: mm::Access::ReadWrite,
        values: &[
            mm::EnumValue {
                raw: 0,
                name: "heat_only",
            },
            mm::EnumValue {
                raw: 1,
                name: "cool_only",
            },
            mm::EnumValue {
                raw: 2,
                name: "auto",
            },
            mm::EnumValue {
                raw: 3,
                name: "dhw_only",
            },
            mm::EnumValue {
                raw: 4,
                name: "heat_dhw",
            },
            mm::EnumValue {
                raw: 5,
                name: "cool_dhw",
            },
            mm::EnumValue {
                raw: 6,
                name: "auto_dhw",
            },
        ],
        ..BASE
    };
    /// Set holiday mode (Установить режим отпуска)
    ///
    /// - address: holding 4102 (0x1006), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-write
    pub const COMMANDS_SET_HOLIDAY_MODE: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "commands.set_holiday_mode",
        table: mm::Table::Holding,
        address: 4102,
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
    /// Force DHW heating (Установить принудительный нагрев ГВС)
    ///
    /// - address: holding 4103 (0x1007), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-write
    pub const COMMANDS_SET_FORCE_DHW: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "commands.set_force_dhw",
        table: mm::Table::Holding,
        address: 4103,
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
    /// Force defrost (Установить принудительную разморозку)
    ///
    /// - address: holding 4104 (0x1008), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-write
    pub const COMMANDS_SET_FORCE_DEFROST: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "commands.set_force_defrost",
        table: mm::Table::Holding,
        address: 4104,
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
    /// Force sterilization (Установить принудительную стерилизацию)
    ///
    /// - address: holding 4105 (0x1009), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-write
    pub const COMMANDS_SET_FORCE_STERILIZATION: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "commands.set_force_sterilization",
        table: mm::Table::Holding,
        address: 4105,
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
    /// Set main schedule (Установить основное расписание)
    ///
    /// - address: holding 4106 (0x100A), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-write
    pub const COMMANDS_SET_MAIN_SCHEDULE: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "commands.set_main_schedule",
        table: mm::Table::Holding,
        address: 4106,
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
    /// System reset 0/1 (Сброс системы)
    ///
    /// - address: holding 4107 (0x100B), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-write
    /// - range: 0 ..= 1
    pub const COMMANDS_SET_RESET: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "commands.set_reset",
        table: mm::Table::Holding,
        address: 4107,
        data_type: mm::DataType::U16,
        access: mm::Access::ReadWrite,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(1.0),
        ..BASE
    };
    /// Set zones 0-2 (Установить зоны)
    ///
    /// - address: holding 4108 (0x100C), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-write
    pub const COMMANDS_SET_ZONES: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "commands.set_zones",
        table: mm::Table::Holding,
        address: 4108,
        data_type: mm::DataType::U16,
        access: mm::Access::ReadWrite,
        values: &[
            mm::EnumValue {
                raw: 0,
                name: "zone1",
            },
            mm::EnumValue {
                raw: 1,
                name: "zone2",
            },
            mm::EnumValue {
                raw: 2,
                name: "zone1_and_zone2",
            },
        ],
        ..BASE
    };
    /// Set external control (Установить внешнее управление)
    ///
    /// - address: holding 4109 (0x100D), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-write
    pub const COMMANDS_SET_EXTERNAL_CONTROL: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "commands.set_external_control",
        table: mm::Table::Holding,
        address: 4109,
        data_type: mm::DataType::U16,
        access: mm::Access::ReadWrite,
        values: &[
            mm::EnumValue {
                raw: 0,
                name: "disabled",
            },
            mm::EnumValue {
                raw: 1,
                name: "enabled",
            },
        ],
        ..BASE
    };
    /// Set external error signal (Установить сигнал внешней ошибки)
    ///
    /// - address: holding 4110 (0x100E), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-write
    pub const COMMANDS_SET_EXTERNAL_ERROR: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "commands.set_external_error",
        table: mm::Table::Holding,
        address: 4110,
        data_type: mm::DataType::U16,
        access: mm::Access::ReadWrite,
        values: &[
            mm::EnumValue {
                raw: 0,
                name: "disabled",
            },
            mm::EnumValue {
                raw: 1,
                name: "enabled",
            },
        ],
        ..BASE
    };
    /// Set external compressor control (Установить внешнее управление компрессором)
    ///
    /// - address: holding 4111 (0x100F), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-write
    pub const COMMANDS_SET_EXTERNAL_COMPRESSOR_CONTROL: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "commands.set_external_compressor_control",
        table: mm::Table::Holding,
        address: 4111,
        data_type: mm::DataType::U16,
        access: mm::Access::ReadWrite,
        values: &[
            mm::EnumValue {
                raw: 0,
                name: "disabled",
            },
            mm::EnumValue {
                raw: 1,
                name: "enabled",
            },
        ],
        ..BASE
    };
    /// External heat/cool control (Внешнее управление тепло/холод)
    ///
    /// - address: holding 4112 (0x1010), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-write
    pub const EXTRA_COMMANDS_SET_EXTERNAL_HEAT_COOL_CONTROL: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "extra_commands.set_external_heat_cool_control",
        table: mm::Table::Holding,
        address: 4112,
        data_type: mm::DataType::U16,
        access: mm::Access::ReadWrite,
        values: &[
            mm::EnumValue {
                raw: 0,
                name: "disabled",
            },
            mm::EnumValue {
                raw: 1,
                name: "enabled",
            },
        ],
        ..BASE
    };
    /// Bivalent control (Бивалентное управление)
    ///
    /// - address: holding 4113 (0x1011), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-write
    pub const EXTRA_COMMANDS_SET_BIVALENT_CONTROL: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "extra_commands.set_bivalent_control",
        table: mm::Table::Holding,
        address: 4113,
        data_type: mm::DataType::U16,
        access: mm::Access::ReadWrite,
        values: &[
            mm::EnumValue {
                raw: 0,
                name: "disabled",
            },
            mm::EnumValue {
                raw: 1,
                name: "enabled",
            },
        ],
        ..BASE
    };
    /// Bivalent control mode 0-2 (Режим бивалентного управления)
    ///
    /// - address: holding 4114 (0x1012), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-write
    pub const EXTRA_COMMANDS_SET_BIVALENT_MODE: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "extra_commands.set_bivalent_mode",
        table: mm::Table::Holding,
        address: 4114,
        data_type: mm::DataType::U16,
        access: mm::Access::ReadWrite,
        values: &[
            mm::EnumValue {
                raw: 0,
                name: "alternative",
            },
            mm::EnumValue {
                raw: 1,
                name: "parallel",
            },
            mm::EnumValue {
                raw: 2,
                name: "advanced_parallel",
            },
        ],
        ..BASE
    };
    /// Alternative external sensor (Альтернативный внешний датчик)
    ///
    /// - address: holding 4115 (0x1013), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-write
    pub const EXTRA_COMMANDS_SET_ALT_EXTERNAL_SENSOR: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "extra_commands.set_alt_external_sensor",
        table: mm::Table::Holding,
        address: 4115,
        data_type: mm::DataType::U16,
        access: mm::Access::ReadWrite,
        values: &[
            mm::EnumValue {
                raw: 0,
                name: "disabled",
            },
            mm::EnumValue {
                raw: 1,
                name: "enabled",
            },
        ],
        ..BASE
    };
    /// External pad heater 0-2 (Внешний подогрев поддона)
    ///
    /// - address: holding 4116 (0x1014), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-write
    pub const EXTRA_COMMANDS_SET_EXTERNAL_PAD_HEATER: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "extra_commands.set_external_pad_heater",
        table: mm::Table::Holding,
        address: 4116,
        data_type: mm::DataType::U16,
        access: mm::Access::ReadWrite,
        values: &[
            mm::EnumValue {
                raw: 0,
                name: "disabled",
            },
            mm::EnumValue {
                raw: 1,
                name: "type_a",
            },
            mm::EnumValue {
                raw: 2,
                name: "type_b",
            },
        ],
        ..BASE
    };
    /// Buffer tank (Буферный бак)
    ///
    /// - address: holding 4117 (0x1015), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-write
    pub const EXTRA_COMMANDS_SET_BUFFER: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "extra_commands.set_buffer",
        table: mm::Table::Holding,
        address: 4117,
        data_type: mm::DataType::U16,
        access: mm::Access::ReadWrite,
        values: &[
            mm::EnumValue {
                raw: 0,
                name: "not_installed",
            },
            mm::EnumValue {
                raw: 1,
                name: "installed",
            },
        ],
        ..BASE
    };
    /// Zone 1 heating temperature (Температура нагрева зоны 1): shift -5..5 or direct 20..max
    ///
    /// - address: holding 4128 (0x1020), unit id 1, 1 register(s)
    /// - type: i16
    /// - access: read-write
    /// - unit: °C
    /// - scale: 0.01, offset: 0
    pub const SETPOINTS_SET_Z1_HEAT_TEMP: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "setpoints.set_z1_heat_temp",
        table: mm::Table::Holding,
        address: 4128,
        data_type: mm::DataType::I16,
        access: mm::Access::ReadWrite,
        scale: 0.01,
        unit: ::core::option::Option::Some("°C"),
        ..BASE
    };
    /// Zone 1 cooling temperature (Температура охлаждения зоны 1): shift -5..5 or direct
    ///
    /// - address: holding 4129 (0x1021), unit id 1, 1 register(s)
    /// - type: i16
    /// - access: read-write
    /// - unit: °C
    /// - scale: 0.01, offset: 0
    pub const SETPOINTS_SET_Z1_COOL_TEMP: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "setpoints.set_z1_cool_temp",
        table: mm::Table::Holding,
        address: 4129,
        data_type: mm::DataType::I16,
        access: mm::Access::ReadWrite,
        scale: 0.01,
        unit: ::core::option::Option::Some("°C"),
        ..BASE
    };
    /// Zone 2 heating temperature (Температура нагрева зоны 2): shift -5..5 or direct 20..max
    ///
    /// - address: holding 4130 (0x1022), unit id 1, 1 register(s)
    /// - type: i16
    /// - access: read-write
    /// - unit: °C
    /// - scale: 0.01, offset: 0
    pub const SETPOINTS_SET_Z2_HEAT_TEMP: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "setpoints.set_z2_heat_temp",
        table: mm::Table::Holding,
        address: 4130,
        data_type: mm::DataType::I16,
        access: mm::Access::ReadWrite,
        scale: 0.01,
        unit: ::core::option::Option::Some("°C"),
        ..BASE
    };
    /// Zone 2 cooling temperature (Температура охлаждения зоны 2): shift -5..5 or direct
    ///
    /// - address: holding 4131 (0x1023), unit id 1, 1 register(s)
    /// - type: i16
    /// - access: read-write
    /// - unit: °C
    /// - scale: 0.01, offset: 0
    pub const SETPOINTS_SET_Z2_COOL_TEMP: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "setpoints.set_z2_cool_temp",
        table: mm::Table::Holding,
        address: 4131,
        data_type: mm::DataType::I16,
        access: mm::Access::ReadWrite,
        scale: 0.01,
        unit: ::core::option::Option::Some("°C"),
        ..BASE
    };
    /// DHW temperature (Температура ГВС); the seed's example writes 5500 for 55 °C
    ///
    /// - address: holding 4132 (0x1024), unit id 1, 1 register(s)
    /// - type: i16
    /// - access: read-write
    /// - unit: °C
    /// - scale: 0.01, offset: 0
    /// - range: 40 ..= 75
    pub const SETPOINTS_SET_DHW_TEMP: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "setpoints.set_dhw_temp",
        table: mm::Table::Holding,
        address: 4132,
        data_type: mm::DataType::I16,
        access: mm::Access::ReadWrite,
        scale: 0.01,
        min: ::core::option::Option::Some(40.0),
        max: ::core::option::Option::Some(75.0),
        unit: ::core::option::Option::Some("°C"),
        ..BASE
    };
    /// Bivalent mode start temperature (Температура запуска бивалентного режима)
    ///
    /// - address: holding 4133 (0x1025), unit id 1, 1 register(s)
    /// - type: i16
    /// - access: read-write
    /// - unit: °C
    /// - scale: 0.01, offset: 0
    /// - range: -15 ..= 35
    pub const SETPOINTS_SET_BIVALENT_START_TEMP: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "setpoints.set_bivalent_start_temp",
        table: mm::Table::Holding,
        address: 4133,
        data_type: mm::DataType::I16,
        access: mm::Access::ReadWrite,
        scale: 0.01,
        min: ::core::option::Option::Some(-15.0),
        max: ::core::option::Option::Some(35.0),
        unit: ::core::option::Option::Some("°C"),
        ..BASE
    };
    /// Advanced parallel start temperature (Температура запуска AP режима)
    ///
    /// - address: holding 4134 (0x1026), unit id 1, 1 register(s)
    /// - type: i16
    /// - access: read-write
    /// - unit: °C
    /// - scale: 0.01, offset: 0
    /// - range: -15 ..= 35
    pub const SETPOINTS_SET_BIVALENT_AP_START_TEMP: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "setpoints.set_bivalent_ap_start_temp",
        table: mm::Table::Holding,
        address: 4134,
        data_type: mm::DataType::I16,
        access: mm::Access::ReadWrite,
        scale: 0.01,
        min: ::core::option::Option::Some(-15.0),
        max: ::core::option::Option::Some(35.0),
        unit: ::core::option::Option::Some("°C"),
        ..BASE
    };
    /// Advanced parallel stop temperature (Температура остановки AP режима)
    ///
    /// - address: holding 4135 (0x1027), unit id 1, 1 register(s)
    /// - type: i16
    /// - access: read-write
    /// - unit: °C
    /// - scale: 0.01, offset: 0
    /// - range: -15 ..= 35
    pub const SETPOINTS_SET_BIVALENT_AP_STOP_TEMP: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "setpoints.set_bivalent_ap_stop_temp",
        table: mm::Table::Holding,
        address: 4135,
        data_type: mm::DataType::I16,
        access: mm::Access::ReadWrite,
        scale: 0.01,
        min: ::core::option::Option::Some(-15.0),
        max: ::core::option::Option::Some(35.0),
        unit: ::core::option::Option::Some("°C"),
        ..BASE
    };
    /// Outdoor temperature to stop heating (Температура отключения отопления)
    ///
    /// - address: holding 4136 (0x1028), unit id 1, 1 register(s)
    /// - type: i16
    /// - access: read-write
    /// - unit: °C
    /// - scale: 0.01, offset: 0
    /// - range: 5 ..= 35
    pub const SETPOINTS_SET_HEATING_OFF_OUTDOOR_TEMP: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "setpoints.set_heating_off_outdoor_temp",
        table: mm::Table::Holding,
        address: 4136,
        data_type: mm::DataType::I16,
        access: mm::Access::ReadWrite,
        scale: 0.01,
        min: ::core::option::Option::Some(5.0),
        max: ::core::option::Option::Some(35.0),
        unit: ::core::option::Option::Some("°C"),
        ..BASE
    };
    /// Buffer tank delta (Дельта буферного бака)
    ///
    /// - address: holding 4144 (0x1030), unit id 1, 1 register(s)
    /// - type: i16
    /// - access: read-write
    /// - unit: °C
    /// - scale: 0.01, offset: 0
    /// - range: 0 ..= 10
    pub const DELTAS_SET_BUFFER_DELTA: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "deltas.set_buffer_delta",
        table: mm::Table::Holding,
        address: 4144,
        data_type: mm::DataType::I16,
        access: mm::Access::ReadWrite,
        scale: 0.01,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(10.0),
        unit: ::core::option::Option::Some("°C"),
        ..BASE
    };
    /// Floor heating delta (Дельта нагрева пола)
    ///
    /// - address: holding 4145 (0x1031), unit id 1, 1 register(s)
    /// - type: i16
    /// - access: read-write
    /// - unit: °C
    /// - scale: 0.01, offset: 0
    /// - range: 1 ..= 15
    pub const DELTAS_SET_FLOOR_HEAT_DELTA: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "deltas.set_floor_heat_delta",
        table: mm::Table::Holding,
        address: 4145,
        data_type: mm::DataType::I16,
        access: mm::Access::ReadWrite,
        scale: 0.01,
        min: ::core::option::Option::Some(1.0),
        max: ::core::option::Option::Some(15.0),
        unit: ::core::option::Option::Some("°C"),
        ..BASE
    };
    /// Floor cooling delta (Дельта охлаждения пола)
    ///
    /// - address: holding 4146 (0x1032), unit id 1, 1 register(s)
    /// - type: i16
    /// - access: read-write
    /// - unit: °C
    /// - scale: 0.01, offset: 0
    /// - range: 1 ..= 15
    pub const DELTAS_SET_FLOOR_COOL_DELTA: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "deltas.set_floor_cool_delta",
        table: mm::Table::Holding,
        address: 4146,
        data_type: mm::DataType::I16,
        access: mm::Access::ReadWrite,
        scale: 0.01,
        min: ::core::option::Option::Some(1.0),
        max: ::core::option::Option::Some(15.0),
        unit: ::core::option::Option::Some("°C"),
        ..BASE
    };
    /// DHW heating delta, negative (Дельта нагрева ГВС)
    ///
    /// - address: holding 4147 (0x1033), unit id 1, 1 register(s)
    /// - type: i16
    /// - access: read-write
    /// - unit: °C
    /// - scale: 0.01, offset: 0
    /// - range: -12 ..= -2
    pub const DELTAS_SET_DHW_HEAT_DELTA: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "deltas.set_dhw_heat_delta",
        table: mm::Table::Holding,
        address: 4147,
        data_type: mm::DataType::I16,
        access: mm::Access::ReadWrite,
        scale: 0.01,
        min: ::core::option::Option::Some(-12.0),
        max: ::core::option::Option::Some(-2.0),
        unit: ::core::option::Option::Some("°C"),
        ..BASE
    };
    /// Heater start delta (Дельта запуска нагревателя), J-series only
    ///
    /// - address: holding 4148 (0x1034), unit id 1, 1 register(s)
    /// - type: i16
    /// - access: read-write
    /// - unit: °C
    /// - scale: 0.01, offset: 0
    pub const DELTAS_SET_HEATER_START_DELTA: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "deltas.set_heater_start_delta",
        table: mm::Table::Holding,
        address: 4148,
        data_type: mm::DataType::I16,
        access: mm::Access::ReadWrite,
        scale: 0.01,
        unit: ::core::option::Option::Some("°C"),
        ..BASE
    };
    /// Heater stop delta (Дельта остановки нагревателя), J-series only
    ///
    /// - address: holding 4149 (0x1035), unit id 1, 1 register(s)
    /// - type: i16
    /// - access: read-write
    /// - unit: °C
    /// - scale: 0.01, offset: 0
    pub const DELTAS_SET_HEATER_STOP_DELTA: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "deltas.set_heater_stop_delta",
        table: mm::Table::Holding,
        address: 4149,
        data_type: mm::DataType::I16,
        access: mm::Access::ReadWrite,
        scale: 0.01,
        unit: ::core::option::Option::Some("°C"),
        ..BASE
    };
    /// Heater delay time (Время задержки нагревателя), J-series only
    ///
    /// - address: holding 4150 (0x1036), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-write
    /// - unit: min
    pub const DELTAS_SET_HEATER_DELAY_TIME: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "deltas.set_heater_delay_time",
        table: mm::Table::Holding,
        address: 4150,
        data_type: mm::DataType::U16,
        access: mm::Access::ReadWrite,
        unit: ::core::option::Option::Some("min"),
        ..BASE
    };
    /// Every register of the device, sorted by (unit id, table, address, name).
    pub static REGISTERS: &[mm::RegisterDescriptor] = &[
        QUICK_COMMANDS_QUICK_HEATPUMP_ON,
        QUICK_COMMANDS_QUICK_HEATPUMP_OFF,
        QUICK_COMMANDS_QUICK_PUMP_ON,
        QUICK_COMMANDS_QUICK_PUMP_OFF,
        QUICK_COMMANDS_QUICK_DHW_ON,
        QUICK_COMMANDS_QUICK_DHW_OFF,
        QUICK_COMMANDS_QUICK_DEFROST,
        QUICK_COMMANDS_QUICK_STERILIZATION,
        ALARMS_ALARM_COMPRESSOR,
        ALARMS_ALARM_PUMP,
        ALARMS_ALARM_SENSOR,
        ALARMS_ALARM_COMMUNICATION,
        ALARMS_ALARM_HIGH_PRESSURE,
        ALARMS_ALARM_LOW_PRESSURE,
        ALARMS_ALARM_HIGH_TEMP,
        ALARMS_ALARM_LOW_TEMP,
        OPERATING_STATUS_STATUS_HEATING,
        OPERATING_STATUS_STATUS_COOLING,
        OPERATING_STATUS_STATUS_DHW,
        OPERATING_STATUS_STATUS_DEFROSTING,
        OPERATING_STATUS_STATUS_STERILIZATION,
        OPERATING_STATUS_STATUS_HOLIDAY,
        OPERATING_STATUS_STATUS_POWERFUL,
        OPERATING_STATUS_STATUS_QUIET,
        SYSTEM_FREE_MEMORY,
        SYSTEM_UPTIME,
        SYSTEM_STATUS,
        SYSTEM_LAST_UPDATE,
        TEMPERATURES_MAIN_INLET_TEMP,
        TEMPERATURES_MAIN_OUTLET_TEMP,
        TEMPERATURES_DHW_TEMP,
        TEMPERATURES_OUTSIDE_TEMP,
        TEMPERATURES_BUFFER_TEMP,
        TEMPERATURES_SOLAR_TEMP,
        TEMPERATURES_POOL_TEMP,
        TEMPERATURES_Z1_ROOM_TEMP,
        TEMPERATURES_Z1_WATER_TEMP,
        TEMPERATURES_Z2_ROOM_TEMP,
        TEMPERATURES_Z2_WATER_TEMP,
        TEMPERATURES_COMPRESSOR_TEMP,
        TEMPERATURES_EVAPORATOR_TEMP,
        TEMPERATURES_CONDENSOR_TEMP,
        TEMPERATURES_INVERTER_TEMP,
        TEMPERATURES_OUTDOOR_COIL_TEMP,
        POWER_HEAT_POWER_PRODUCTION,
        POWER_HEAT_POWER_CONSUMPTION,
        POWER_COOL_POWER_PRODUCTION,
        POWER_COOL_POWER_CONSUMPTION,
        POWER_DHW_POWER_PRODUCTION,
        POWER_DHW_POWER_CONSUMPTION,
        POWER_TOTAL_ENERGY_HEAT,
        POWER_TOTAL_ENERGY_COOL,
        POWER_TOTAL_ENERGY_DHW,
        POWER_COMPRESSOR_FREQ,
        POWER_PUMP_SPEED,
        POWER_PUMP_FLOW,
        POWER_PUMP_DUTY,
        POWER_MAX_PUMP_DUTY,
        STATES_HEATPUMP_STATE,
        STATES_PUMP_STATE,
        STATES_OPERATION_MODE,
        STATES_QUIET_MODE,
        STATES_POWERFUL_MODE,
        STATES_HOLIDAY_MODE,
        STATES_FORCE_DHW,
        STATES_FORCE_DEFROST,
        STATES_FORCE_STERILIZATION,
        STATES_DEFROSTING_STATE,
        STATES_THREEWAY_VALVE_STATE,
        STATES_ZONES_STATE,
        STATES_MAIN_SCHEDULE_STATE,
        STATES_DHW_HEATER_STATE,
        STATES_ROOM_HEATER_STATE,
        STATES_INTERNAL_HEATER_STATE,
        ZONE_PUMPS_Z1_WATER_PUMP,
        ZONE_PUMPS_Z2_WATER_PUMP,
        ZONE_PUMPS_POOL_WATER_PUMP,
        ZONE_PUMPS_SOLAR_WATER_PUMP,
        ZONE_PUMPS_Z1_PUMP_STATE,
        ZONE_PUMPS_Z2_PUMP_STATE,
        ZONE_PUMPS_PUMP_FLOWRATE_MODE,
        COMMANDS_SET_HEATPUMP,
        COMMANDS_SET_PUMP,
        COMMANDS_SET_MAX_PUMP_DUTY,
        COMMANDS_SET_QUIET_MODE,
        COMMANDS_SET_POWERFUL_MODE,
        COMMANDS_SET_OPERATION_MODE,
        COMMANDS_SET_HOLIDAY_MODE,
        COMMANDS_SET_FORCE_DHW,
        COMMANDS_SET_FORCE_DEFROST,
        COMMANDS_SET_FORCE_STERILIZATION,
        COMMANDS_SET_MAIN_SCHEDULE,
        COMMANDS_SET_RESET,
        COMMANDS_SET_ZONES,
        COMMANDS_SET_EXTERNAL_CONTROL,
        COMMANDS_SET_EXTERNAL_ERROR,
        COMMANDS_SET_EXTERNAL_COMPRESSOR_CONTROL,
        EXTRA_COMMANDS_SET_EXTERNAL_HEAT_COOL_CONTROL,
        EXTRA_COMMANDS_SET_BIVALENT_CONTROL,
        EXTRA_COMMANDS_SET_BIVALENT_MODE,
        EXTRA_COMMANDS_SET_ALT_EXTERNAL_SENSOR,
        EXTRA_COMMANDS_SET_EXTERNAL_PAD_HEATER,
        EXTRA_COMMANDS_SET_BUFFER,
        SETPOINTS_SET_Z1_HEAT_TEMP,
        SETPOINTS_SET_Z1_COOL_TEMP,
        SETPOINTS_SET_Z2_HEAT_TEMP,
        SETPOINTS_SET_Z2_COOL_TEMP,
        SETPOINTS_SET_DHW_TEMP,
        SETPOINTS_SET_BIVALENT_START_TEMP,
        SETPOINTS_SET_BIVALENT_AP_START_TEMP,
        SETPOINTS_SET_BIVALENT_AP_STOP_TEMP,
        SETPOINTS_SET_HEATING_OFF_OUTDOOR_TEMP,
        DELTAS_SET_BUFFER_DELTA,
        DELTAS_SET_FLOOR_HEAT_DELTA,
        DELTAS_SET_FLOOR_COOL_DELTA,
        DELTAS_SET_DHW_HEAT_DELTA,
        DELTAS_SET_HEATER_START_DELTA,
        DELTAS_SET_HEATER_STOP_DELTA,
        DELTAS_SET_HEATER_DELAY_TIME,
    ];
    /// Values of `set_external_compressor_control`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum CommandsSetExternalCompressorControl {
        /// `disabled` (raw 0).
        Disabled,
        /// `enabled` (raw 1).
        Enabled,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    impl CommandsSetExternalCompressorControl {
        /// The spec's name of this value, `None` for `Unknown`.
        pub const fn name(&self) -> ::core::option::Option<&'static str> {
            match self {
                CommandsSetExternalCompressorControl::Disabled => {
                    ::core::option::Option::Some("disabled")
                }
                CommandsSetExternalCompressorControl::Enabled => {
                    ::core::option::Option::Some("enabled")
                }
                CommandsSetExternalCompressorControl::Unknown(_) => {
                    ::core::option::Option::None
                }
            }
        }
    }
    impl mm::ModbusEnum for CommandsSetExternalCompressorControl {
        fn from_raw(raw: i64) -> Self {
            match raw {
                0 => CommandsSetExternalCompressorControl::Disabled,
                1 => CommandsSetExternalCompressorControl::Enabled,
                other => CommandsSetExternalCompressorControl::Unknown(other),
            }
        }
        fn to_raw(&self) -> i64 {
            match self {
                CommandsSetExternalCompressorControl::Disabled => 0,
                CommandsSetExternalCompressorControl::Enabled => 1,
                CommandsSetExternalCompressorControl::Unknown(raw) => *raw,
            }
        }
    }
    mm::impl_register_value!(enum CommandsSetExternalCompressorControl);
    /// Values of `set_external_control`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum CommandsSetExternalControl {
        /// `disabled` (raw 0).
        Disabled,
        /// `enabled` (raw 1).
        Enabled,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    impl CommandsSetExternalControl {
        /// The spec's name of this value, `None` for `Unknown`.
        pub const fn name(&self) -> ::core::option::Option<&'static str> {
            match self {
                CommandsSetExternalControl::Disabled => {
                    ::core::option::Option::Some("disabled")
                }
                CommandsSetExternalControl::Enabled => {
                    ::core::option::Option::Some("enabled")
                }
                CommandsSetExternalControl::Unknown(_) => ::core::option::Option::None,
            }
        }
    }
    impl mm::ModbusEnum for CommandsSetExternalControl {
        fn from_raw(raw: i64) -> Self {
            match raw {
                0 => CommandsSetExternalControl::Disabled,
                1 => CommandsSetExternalControl::Enabled,
                other => CommandsSetExternalControl::Unknown(other),
            }
        }
        fn to_raw(&self) -> i64 {
            match self {
                CommandsSetExternalControl::Disabled => 0,
                CommandsSetExternalControl::Enabled => 1,
                CommandsSetExternalControl::Unknown(raw) => *raw,
            }
        }
    }
    mm::impl_register_value!(enum CommandsSetExternalControl);
    /// Values of `set_external_error`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum CommandsSetExternalError {
        /// `disabled` (raw 0).
        Disabled,
        /// `enabled` (raw 1).
        Enabled,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    impl CommandsSetExternalError {
        /// The spec's name of this value, `None` for `Unknown`.
        pub const fn name(&self) -> ::core::option::Option<&'static str> {
            match self {
                CommandsSetExternalError::Disabled => {
                    ::core::option::Option::Some("disabled")
                }
                CommandsSetExternalError::Enabled => {
                    ::core::option::Option::Some("enabled")
                }
                CommandsSetExternalError::Unknown(_) => ::core::option::Option::None,
            }
        }
    }
    impl mm::ModbusEnum for CommandsSetExternalError {
        fn from_raw(raw: i64) -> Self {
            match raw {
                0 => CommandsSetExternalError::Disabled,
                1 => CommandsSetExternalError::Enabled,
                other => CommandsSetExternalError::Unknown(other),
            }
        }
        fn to_raw(&self) -> i64 {
            match self {
                CommandsSetExternalError::Disabled => 0,
                CommandsSetExternalError::Enabled => 1,
                CommandsSetExternalError::Unknown(raw) => *raw,
            }
        }
    }
    mm::impl_register_value!(enum CommandsSetExternalError);
    /// Values of `set_force_defrost`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum CommandsSetForceDefrost {
        /// `off` (raw 0).
        Off,
        /// `on` (raw 1).
        On,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    impl CommandsSetForceDefrost {
        /// The spec's name of this value, `None` for `Unknown`.
        pub const fn name(&self) -> ::core::option::Option<&'static str> {
            match self {
                CommandsSetForceDefrost::Off => ::core::option::Option::Some("off"),
                CommandsSetForceDefrost::On => ::core::option::Option::Some("on"),
                CommandsSetForceDefrost::Unknown(_) => ::core::option::Option::None,
            }
        }
    }
    impl mm::ModbusEnum for CommandsSetForceDefrost {
        fn from_raw(raw: i64) -> Self {
            match raw {
                0 => CommandsSetForceDefrost::Off,
                1 => CommandsSetForceDefrost::On,
                other => CommandsSetForceDefrost::Unknown(other),
            }
        }
        fn to_raw(&self) -> i64 {
            match self {
                CommandsSetForceDefrost::Off => 0,
                CommandsSetForceDefrost::On => 1,
                CommandsSetForceDefrost::Unknown(raw) => *raw,
            }
        }
    }
    mm::impl_register_value!(enum CommandsSetForceDefrost);
    /// Values of `set_force_dhw`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum CommandsSetForceDhw {
        /// `off` (raw 0).
        Off,
        /// `on` (raw 1).
        On,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    impl CommandsSetForceDhw {
        /// The spec's name of this value, `None` for `Unknown`.
        pub const fn name(&self) -> ::core::option::Option<&'static str> {
            match self {
                CommandsSetForceDhw::Off => ::core::option::Option::Some("off"),
                CommandsSetForceDhw::On => ::core::option::Option::Some("on"),
                CommandsSetForceDhw::Unknown(_) => ::core::option::Option::None,
            }
        }
    }
    impl mm::ModbusEnum for CommandsSetForceDhw {
        fn from_raw(raw: i64) -> Self {
            match raw {
                0 => CommandsSetForceDhw::Off,
                1 => CommandsSetForceDhw::On,
                other => CommandsSetForceDhw::Unknown(other),
            }
        }
        fn to_raw(&self) -> i64 {
            match self {
                CommandsSetForceDhw::Off => 0,
                CommandsSetForceDhw::On => 1,
                CommandsSetForceDhw::Unknown(raw) => *raw,
            }
        }
    }
    mm::impl_register_value!(enum CommandsSetForceDhw);
    /// Values of `set_force_sterilization`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum CommandsSetForceSterilization {
        /// `off` (raw 0).
        Off,
        /// `on` (raw 1).
        On,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    impl CommandsSetForceSterilization {
        /// The spec's name of this value, `None` for `Unknown`.
        pub const fn name(&self) -> ::core::option::Option<&'static str> {
            match self {
                CommandsSetForceSterilization::Off => ::core::option::Option::Some("off"),
                CommandsSetForceSterilization::On => ::core::option::Option::Some("on"),
                CommandsSetForceSterilization::Unknown(_) => ::core::option::Option::None,
            }
        }
    }
    impl mm::ModbusEnum for CommandsSetForceSterilization {
        fn from_raw(raw: i64) -> Self {
            match raw {
                0 => CommandsSetForceSterilization::Off,
                1 => CommandsSetForceSterilization::On,
                other => CommandsSetForceSterilization::Unknown(other),
            }
        }
        fn to_raw(&self) -> i64 {
            match self {
                CommandsSetForceSterilization::Off => 0,
                CommandsSetForceSterilization::On => 1,
                CommandsSetForceSterilization::Unknown(raw) => *raw,
            }
        }
    }
    mm::impl_register_value!(enum CommandsSetForceSterilization);
    /// Values of `set_heatpump`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum CommandsSetHeatpump {
        /// `off` (raw 0).
        Off,
        /// `on` (raw 1).
        On,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    impl CommandsSetHeatpump {
        /// The spec's name of this value, `None` for `Unknown`.
        pub const fn name(&self) -> ::core::option::Option<&'static str> {
            match self {
                CommandsSetHeatpump::Off => ::core::option::Option::Some("off"),
                CommandsSetHeatpump::On => ::core::option::Option::Some("on"),
                CommandsSetHeatpump::Unknown(_) => ::core::option::Option::None,
            }
        }
    }
    impl mm::ModbusEnum for CommandsSetHeatpump {
        fn from_raw(raw: i64) -> Self {
            match raw {
                0 => CommandsSetHeatpump::Off,
                1 => CommandsSetHeatpump::On,
                other => CommandsSetHeatpump::Unknown(other),
            }
        }
        fn to_raw(&self) -> i64 {
            match self {
                CommandsSetHeatpump::Off => 0,
                CommandsSetHeatpump::On => 1,
                CommandsSetHeatpump::Unknown(raw) => *raw,
            }
        }
    }
    mm::impl_register_value!(enum CommandsSetHeatpump);
    /// Values of `set_holiday_mode`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum CommandsSetHolidayMode {
        /// `off` (raw 0).
        Off,
        /// `on` (raw 1).
        On,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    impl CommandsSetHolidayMode {
        /// The spec's name of this value, `None` for `Unknown`.
        pub const fn name(&self) -> ::core::option::Option<&'static str> {
            match self {
                CommandsSetHolidayMode::Off => ::core::option::Option::Some("off"),
                CommandsSetHolidayMode::On => ::core::option::Option::Some("on"),
                CommandsSetHolidayMode::Unknown(_) => ::core::option::Option::None,
            }
        }
    }
    impl mm::ModbusEnum for CommandsSetHolidayMode {
        fn from_raw(raw: i64) -> Self {
            match raw {
                0 => CommandsSetHolidayMode::Off,
                1 => CommandsSetHolidayMode::On,
                other => CommandsSetHolidayMode::Unknown(other),
            }
        }
        fn to_raw(&self) -> i64 {
            match self {
                CommandsSetHolidayMode::Off => 0,
                CommandsSetHolidayMode::On => 1,
                CommandsSetHolidayMode::Unknown(raw) => *raw,
            }
        }
    }
    mm::impl_register_value!(enum CommandsSetHolidayMode);
    /// Values of `set_main_schedule`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum CommandsSetMainSchedule {
        /// `off` (raw 0).
        Off,
        /// `on` (raw 1).
        On,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    impl CommandsSetMainSchedule {
        /// The spec's name of this value, `None` for `Unknown`.
        pub const fn name(&self) -> ::core::option::Option<&'static str> {
            match self {
                CommandsSetMainSchedule::Off => ::core::option::Option::Some("off"),
                CommandsSetMainSchedule::On => ::core::option::Option::Some("on"),
                CommandsSetMainSchedule::Unknown(_) => ::core::option::Option::None,
            }
        }
    }
    impl mm::ModbusEnum for CommandsSetMainSchedule {
        fn from_raw(raw: i64) -> Self {
            match raw {
                0 => CommandsSetMainSchedule::Off,
                1 => CommandsSetMainSchedule::On,
                other => CommandsSetMainSchedule::Unknown(other),
            }
        }
        fn to_raw(&self) -> i64 {
            match self {
                CommandsSetMainSchedule::Off => 0,
                CommandsSetMainSchedule::On => 1,
                CommandsSetMainSchedule::Unknown(raw) => *raw,
            }
        }
    }
    mm::impl_register_value!(enum CommandsSetMainSchedule);
    /// Values of `set_operation_mode`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum CommandsSetOperationMode {
        /// `heat_only` (raw 0).
        HeatOnly,
        /// `cool_only` (raw 1).
        CoolOnly,
        /// `auto` (raw 2).
        Auto,
        /// `dhw_only` (raw 3).
        DhwOnly,
        /// `heat_dhw` (raw 4).
        HeatDhw,
        /// `cool_dhw` (raw 5).
        CoolDhw,
        /// `auto_dhw` (raw 6).
        AutoDhw,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    impl CommandsSetOperationMode {
        /// The spec's name of this value, `None` for `Unknown`.
        pub const fn name(&self) -> ::core::option::Option<&'static str> {
            match self {
                CommandsSetOperationMode::HeatOnly => {
                    ::core::option::Option::Some("heat_only")
                }
                CommandsSetOperationMode::CoolOnly => {
                    ::core::option::Option::Some("cool_only")
                }
                CommandsSetOperationMode::Auto => ::core::option::Option::Some("auto"),
                CommandsSetOperationMode::DhwOnly => {
                    ::core::option::Option::Some("dhw_only")
                }
                CommandsSetOperationMode::HeatDhw => {
                    ::core::option::Option::Some("heat_dhw")
                }
                CommandsSetOperationMode::CoolDhw => {
                    ::core::option::Option::Some("cool_dhw")
                }
                CommandsSetOperationMode::AutoDhw => {
                    ::core::option::Option::Some("auto_dhw")
                }
                CommandsSetOperationMode::Unknown(_) => ::core::option::Option::None,
            }
        }
    }
    impl mm::ModbusEnum for CommandsSetOperationMode {
        fn from_raw(raw: i64) -> Self {
            match raw {
                0 => CommandsSetOperationMode::HeatOnly,
                1 => CommandsSetOperationMode::CoolOnly,
                2 => CommandsSetOperationMode::Auto,
                3 => CommandsSetOperationMode::DhwOnly,
                4 => CommandsSetOperationMode::HeatDhw,
                5 => CommandsSetOperationMode::CoolDhw,
                6 => CommandsSetOperationMode::AutoDhw,
                other => CommandsSetOperationMode::Unknown(other),
            }
        }
        fn to_raw(&self) -> i64 {
            match self {
                CommandsSetOperationMode::HeatOnly => 0,
                CommandsSetOperationMode::CoolOnly => 1,
                CommandsSetOperationMode::Auto => 2,
                CommandsSetOperationMode::DhwOnly => 3,
                CommandsSetOperationMode::HeatDhw => 4,
                CommandsSetOperationMode::CoolDhw => 5,
                CommandsSetOperationMode::AutoDhw => 6,
                CommandsSetOperationMode::Unknown(raw) => *raw,
            }
        }
    }
    mm::impl_register_value!(enum CommandsSetOperationMode);
    /// Values of `set_pump`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum CommandsSetPump {
        /// `off` (raw 0).
        Off,
        /// `on` (raw 1).
        On,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    impl CommandsSetPump {
        /// The spec's name of this value, `None` for `Unknown`.
        pub const fn name(&self) -> ::core::option::Option<&'static str> {
            match self {
                CommandsSetPump::Off => ::core::option::Option::Some("off"),
                CommandsSetPump::On => ::core::option::Option::Some("on"),
                CommandsSetPump::Unknown(_) => ::core::option::Option::None,
            }
        }
    }
    impl mm::ModbusEnum for CommandsSetPump {
        fn from_raw(raw: i64) -> Self {
            match raw {
                0 => CommandsSetPump::Off,
                1 => CommandsSetPump::On,
                other => CommandsSetPump::Unknown(other),
            }
        }
        fn to_raw(&self) -> i64 {
            match self {
                CommandsSetPump::Off => 0,
                CommandsSetPump::On => 1,
                CommandsSetPump::Unknown(raw) => *raw,
            }
        }
    }
    mm::impl_register_value!(enum CommandsSetPump);
    /// Values of `set_quiet_mode`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum CommandsSetQuietMode {
        /// `off` (raw 0).
        Off,
        /// `less_power` (raw 1).
        LessPower,
        /// `even_less_power` (raw 2).
        EvenLessPower,
        /// `least_power` (raw 3).
        LeastPower,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    impl CommandsSetQuietMode {
        /// The spec's name of this value, `None` for `Unknown`.
        pub const fn name(&self) -> ::core::option::Option<&'static str> {
            match self {
                CommandsSetQuietMode::Off => ::core::option::Option::Some("off"),
                CommandsSetQuietMode::LessPower => {
                    ::core::option::Option::Some("less_power")
                }
                CommandsSetQuietMode::EvenLessPower => {
                    ::core::option::Option::Some("even_less_power")
                }
                CommandsSetQuietMode::LeastPower => {
                    ::core::option::Option::Some("least_power")
                }
                CommandsSetQuietMode::Unknown(_) => ::core::option::Option::None,
            }
        }
    }
    impl mm::ModbusEnum for CommandsSetQuietMode {
        fn from_raw(raw: i64) -> Self {
            match raw {
                0 => CommandsSetQuietMode::Off,
                1 => CommandsSetQuietMode::LessPower,
                2 => CommandsSetQuietMode::EvenLessPower,
                3 => CommandsSetQuietMode::LeastPower,
                other => CommandsSetQuietMode::Unknown(other),
            }
        }
        fn to_raw(&self) -> i64 {
            match self {
                CommandsSetQuietMode::Off => 0,
                CommandsSetQuietMode::LessPower => 1,
                CommandsSetQuietMode::EvenLessPower => 2,
                CommandsSetQuietMode::LeastPower => 3,
                CommandsSetQuietMode::Unknown(raw) => *raw,
            }
        }
    }
    mm::impl_register_value!(enum CommandsSetQuietMode);
    /// Values of `set_zones`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum CommandsSetZones {
        /// `zone1` (raw 0).
        Zone1,
        /// `zone2` (raw 1).
        Zone2,
        /// `zone1_and_zone2` (raw 2).
        Zone1AndZone2,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    impl CommandsSetZones {
        /// The spec's name of this value, `None` for `Unknown`.
        pub const fn name(&self) -> ::core::option::Option<&'static str> {
            match self {
                CommandsSetZones::Zone1 => ::core::option::Option::Some("zone1"),
                CommandsSetZones::Zone2 => ::core::option::Option::Some("zone2"),
                CommandsSetZones::Zone1AndZone2 => {
                    ::core::option::Option::Some("zone1_and_zone2")
                }
                CommandsSetZones::Unknown(_) => ::core::option::Option::None,
            }
        }
    }
    impl mm::ModbusEnum for CommandsSetZones {
        fn from_raw(raw: i64) -> Self {
            match raw {
                0 => CommandsSetZones::Zone1,
                1 => CommandsSetZones::Zone2,
                2 => CommandsSetZones::Zone1AndZone2,
                other => CommandsSetZones::Unknown(other),
            }
        }
        fn to_raw(&self) -> i64 {
            match self {
                CommandsSetZones::Zone1 => 0,
                CommandsSetZones::Zone2 => 1,
                CommandsSetZones::Zone1AndZone2 => 2,
                CommandsSetZones::Unknown(raw) => *raw,
            }
        }
    }
    mm::impl_register_value!(enum CommandsSetZones);
    /// Values of `set_alt_external_sensor`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum ExtraCommandsSetAltExternalSensor {
        /// `disabled` (raw 0).
        Disabled,
        /// `enabled` (raw 1).
        Enabled,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    impl ExtraCommandsSetAltExternalSensor {
        /// The spec's name of this value, `None` for `Unknown`.
        pub const fn name(&self) -> ::core::option::Option<&'static str> {
            match self {
                ExtraCommandsSetAltExternalSensor::Disabled => {
                    ::core::option::Option::Some("disabled")
                }
                ExtraCommandsSetAltExternalSensor::Enabled => {
                    ::core::option::Option::Some("enabled")
                }
                ExtraCommandsSetAltExternalSensor::Unknown(_) => {
                    ::core::option::Option::None
                }
            }
        }
    }
    impl mm::ModbusEnum for ExtraCommandsSetAltExternalSensor {
        fn from_raw(raw: i64) -> Self {
            match raw {
                0 => ExtraCommandsSetAltExternalSensor::Disabled,
                1 => ExtraCommandsSetAltExternalSensor::Enabled,
                other => ExtraCommandsSetAltExternalSensor::Unknown(other),
            }
        }
        fn to_raw(&self) -> i64 {
            match self {
                ExtraCommandsSetAltExternalSensor::Disabled => 0,
                ExtraCommandsSetAltExternalSensor::Enabled => 1,
                ExtraCommandsSetAltExternalSensor::Unknown(raw) => *raw,
            }
        }
    }
    mm::impl_register_value!(enum ExtraCommandsSetAltExternalSensor);
    /// Values of `set_bivalent_control`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum ExtraCommandsSetBivalentControl {
        /// `disabled` (raw 0).
        Disabled,
        /// `enabled` (raw 1).
        Enabled,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    impl ExtraCommandsSetBivalentControl {
        /// The spec's name of this value, `None` for `Unknown`.
        pub const fn name(&self) -> ::core::option::Option<&'static str> {
            match self {
                ExtraCommandsSetBivalentControl::Disabled => {
                    ::core::option::Option::Some("disabled")
                }
                ExtraCommandsSetBivalentControl::Enabled => {
                    ::core::option::Option::Some("enabled")
                }
                ExtraCommandsSetBivalentControl::Unknown(_) => {
                    ::core::option::Option::None
                }
            }
        }
    }
    impl mm::ModbusEnum for ExtraCommandsSetBivalentControl {
        fn from_raw(raw: i64) -> Self {
            match raw {
                0 => ExtraCommandsSetBivalentControl::Disabled,
                1 => ExtraCommandsSetBivalentControl::Enabled,
                other => ExtraCommandsSetBivalentControl::Unknown(other),
            }
        }
        fn to_raw(&self) -> i64 {
            match self {
                ExtraCommandsSetBivalentControl::Disabled => 0,
                ExtraCommandsSetBivalentControl::Enabled => 1,
                ExtraCommandsSetBivalentControl::Unknown(raw) => *raw,
            }
        }
    }
    mm::impl_register_value!(enum ExtraCommandsSetBivalentControl);
    /// Values of `set_bivalent_mode`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum ExtraCommandsSetBivalentMode {
        /// `alternative` (raw 0).
        Alternative,
        /// `parallel` (raw 1).
        Parallel,
        /// `advanced_parallel` (raw 2).
        AdvancedParallel,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    impl ExtraCommandsSetBivalentMode {
        /// The spec's name of this value, `None` for `Unknown`.
        pub const fn name(&self) -> ::core::option::Option<&'static str> {
            match self {
                ExtraCommandsSetBivalentMode::Alternative => {
                    ::core::option::Option::Some("alternative")
                }
                ExtraCommandsSetBivalentMode::Parallel => {
                    ::core::option::Option::Some("parallel")
                }
                ExtraCommandsSetBivalentMode::AdvancedParallel => {
                    ::core::option::Option::Some("advanced_parallel")
                }
                ExtraCommandsSetBivalentMode::Unknown(_) => ::core::option::Option::None,
            }
        }
    }
    impl mm::ModbusEnum for ExtraCommandsSetBivalentMode {
        fn from_raw(raw: i64) -> Self {
            match raw {
                0 => ExtraCommandsSetBivalentMode::Alternative,
                1 => ExtraCommandsSetBivalentMode::Parallel,
                2 => ExtraCommandsSetBivalentMode::AdvancedParallel,
                other => ExtraCommandsSetBivalentMode::Unknown(other),
            }
        }
        fn to_raw(&self) -> i64 {
            match self {
                ExtraCommandsSetBivalentMode::Alternative => 0,
                ExtraCommandsSetBivalentMode::Parallel => 1,
                ExtraCommandsSetBivalentMode::AdvancedParallel => 2,
                ExtraCommandsSetBivalentMode::Unknown(raw) => *raw,
            }
        }
    }
    mm::impl_register_value!(enum ExtraCommandsSetBivalentMode);
    /// Values of `set_buffer`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum ExtraCommandsSetBuffer {
        /// `not_installed` (raw 0).
        NotInstalled,
        /// `installed` (raw 1).
        Installed,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    impl ExtraCommandsSetBuffer {
        /// The spec's name of this value, `None` for `Unknown`.
        pub const fn name(&self) -> ::core::option::Option<&'static str> {
            match self {
                ExtraCommandsSetBuffer::NotInstalled => {
                    ::core::option::Option::Some("not_installed")
                }
                ExtraCommandsSetBuffer::Installed => {
                    ::core::option::Option::Some("installed")
                }
                ExtraCommandsSetBuffer::Unknown(_) => ::core::option::Option::None,
            }
        }
    }
    impl mm::ModbusEnum for ExtraCommandsSetBuffer {
        fn from_raw(raw: i64) -> Self {
            match raw {
                0 => ExtraCommandsSetBuffer::NotInstalled,
                1 => ExtraCommandsSetBuffer::Installed,
                other => ExtraCommandsSetBuffer::Unknown(other),
            }
        }
        fn to_raw(&self) -> i64 {
            match self {
                ExtraCommandsSetBuffer::NotInstalled => 0,
                ExtraCommandsSetBuffer::Installed => 1,
                ExtraCommandsSetBuffer::Unknown(raw) => *raw,
            }
        }
    }
    mm::impl_register_value!(enum ExtraCommandsSetBuffer);
    /// Values of `set_external_heat_cool_control`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum ExtraCommandsSetExternalHeatCoolControl {
        /// `disabled` (raw 0).
        Disabled,
        /// `enabled` (raw 1).
        Enabled,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    impl ExtraCommandsSetExternalHeatCoolControl {
        /// The spec's name of this value, `None` for `Unknown`.
        pub const fn name(&self) -> ::core::option::Option<&'static str> {
            match self {
                ExtraCommandsSetExternalHeatCoolControl::Disabled => {
                    ::core::option::Option::Some("disabled")
                }
                ExtraCommandsSetExternalHeatCoolControl::Enabled => {
                    ::core::option::Option::Some("enabled")
                }
                ExtraCommandsSetExternalHeatCoolControl::Unknown(_) => {
                    ::core::option::Option::None
                }
            }
        }
    }
    impl mm::ModbusEnum for ExtraCommandsSetExternalHeatCoolControl {
        fn from_raw(raw: i64) -> Self {
            match raw {
                0 => ExtraCommandsSetExternalHeatCoolControl::Disabled,
                1 => ExtraCommandsSetExternalHeatCoolControl::Enabled,
                other => ExtraCommandsSetExternalHeatCoolControl::Unknown(other),
            }
        }
        fn to_raw(&self) -> i64 {
            match self {
                ExtraCommandsSetExternalHeatCoolControl::Disabled => 0,
                ExtraCommandsSetExternalHeatCoolControl::Enabled => 1,
                ExtraCommandsSetExternalHeatCoolControl::Unknown(raw) => *raw,
            }
        }
    }
    mm::impl_register_value!(enum ExtraCommandsSetExternalHeatCoolControl);
    /// Values of `set_external_pad_heater`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum ExtraCommandsSetExternalPadHeater {
        /// `disabled` (raw 0).
        Disabled,
        /// `type_a` (raw 1).
        TypeA,
        /// `type_b` (raw 2).
        TypeB,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    impl ExtraCommandsSetExternalPadHeater {
        /// The spec's name of this value, `None` for `Unknown`.
        pub const fn name(&self) -> ::core::option::Option<&'static str> {
            match self {
                ExtraCommandsSetExternalPadHeater::Disabled => {
                    ::core::option::Option::Some("disabled")
                }
                ExtraCommandsSetExternalPadHeater::TypeA => {
                    ::core::option::Option::Some("type_a")
                }
                ExtraCommandsSetExternalPadHeater::TypeB => {
                    ::core::option::Option::Some("type_b")
                }
                ExtraCommandsSetExternalPadHeater::Unknown(_) => {
                    ::core::option::Option::None
                }
            }
        }
    }
    impl mm::ModbusEnum for ExtraCommandsSetExternalPadHeater {
        fn from_raw(raw: i64) -> Self {
            match raw {
                0 => ExtraCommandsSetExternalPadHeater::Disabled,
                1 => ExtraCommandsSetExternalPadHeater::TypeA,
                2 => ExtraCommandsSetExternalPadHeater::TypeB,
                other => ExtraCommandsSetExternalPadHeater::Unknown(other),
            }
        }
        fn to_raw(&self) -> i64 {
            match self {
                ExtraCommandsSetExternalPadHeater::Disabled => 0,
                ExtraCommandsSetExternalPadHeater::TypeA => 1,
                ExtraCommandsSetExternalPadHeater::TypeB => 2,
                ExtraCommandsSetExternalPadHeater::Unknown(raw) => *raw,
            }
        }
    }
    mm::impl_register_value!(enum ExtraCommandsSetExternalPadHeater);
    /// Values of `defrosting_state`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum StatesDefrostingState {
        /// `off` (raw 0).
        Off,
        /// `on` (raw 1).
        On,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    impl StatesDefrostingState {
        /// The spec's name of this value, `None` for `Unknown`.
        pub const fn name(&self) -> ::core::option::Option<&'static str> {
            match self {
                StatesDefrostingState::Off => ::core::option::Option::Some("off"),
                StatesDefrostingState::On => ::core::option::Option::Some("on"),
                StatesDefrostingState::Unknown(_) => ::core::option::Option::None,
            }
        }
    }
    impl mm::ModbusEnum for StatesDefrostingState {
        fn from_raw(raw: i64) -> Self {
            match raw {
                0 => StatesDefrostingState::Off,
                1 => StatesDefrostingState::On,
                other => StatesDefrostingState::Unknown(other),
            }
        }
        fn to_raw(&self) -> i64 {
            match self {
                StatesDefrostingState::Off => 0,
                StatesDefrostingState::On => 1,
                StatesDefrostingState::Unknown(raw) => *raw,
            }
        }
    }
    mm::impl_register_value!(enum StatesDefrostingState);
    /// Values of `dhw_heater_state`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum StatesDhwHeaterState {
        /// `off` (raw 0).
        Off,
        /// `on` (raw 1).
        On,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    impl StatesDhwHeaterState {
        /// The spec's name of this value, `None` for `Unknown`.
        pub const fn name(&self) -> ::core::option::Option<&'static str> {
            match self {
                StatesDhwHeaterState::Off => ::core::option::Option::Some("off"),
                StatesDhwHeaterState::On => ::core::option::Option::Some("on"),
                StatesDhwHeaterState::Unknown(_) => ::core::option::Option::None,
            }
        }
    }
    impl mm::ModbusEnum for StatesDhwHeaterState {
        fn from_raw(raw: i64) -> Self {
            match raw {
                0 => StatesDhwHeaterState::Off,
                1 => StatesDhwHeaterState::On,
                other => StatesDhwHeaterState::Unknown(other),
            }
        }
        fn to_raw(&self) -> i64 {
            match self {
                StatesDhwHeaterState::Off => 0,
                StatesDhwHeaterState::On => 1,
                StatesDhwHeaterState::Unknown(raw) => *raw,
            }
        }
    }
    mm::impl_register_value!(enum StatesDhwHeaterState);
    /// Values of `force_defrost`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum StatesForceDefrost {
        /// `off` (raw 0).
        Off,
        /// `on` (raw 1).
        On,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    impl StatesForceDefrost {
        /// The spec's name of this value, `None` for `Unknown`.
        pub const fn name(&self) -> ::core::option::Option<&'static str> {
            match self {
                StatesForceDefrost::Off => ::core::option::Option::Some("off"),
                StatesForceDefrost::On => ::core::option::Option::Some("on"),
                StatesForceDefrost::Unknown(_) => ::core::option::Option::None,
            }
        }
    }
    impl mm::ModbusEnum for StatesForceDefrost {
        fn from_raw(raw: i64) -> Self {
            match raw {
                0 => StatesForceDefrost::Off,
                1 => StatesForceDefrost::On,
                other => StatesForceDefrost::Unknown(other),
            }
        }
        fn to_raw(&self) -> i64 {
            match self {
                StatesForceDefrost::Off => 0,
                StatesForceDefrost::On => 1,
                StatesForceDefrost::Unknown(raw) => *raw,
            }
        }
    }
    mm::impl_register_value!(enum StatesForceDefrost);
    /// Values of `force_dhw`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum StatesForceDhw {
        /// `off` (raw 0).
        Off,
        /// `on` (raw 1).
        On,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    impl StatesForceDhw {
        /// The spec's name of this value, `None` for `Unknown`.
        pub const fn name(&self) -> ::core::option::Option<&'static str> {
            match self {
                StatesForceDhw::Off => ::core::option::Option::Some("off"),
                StatesForceDhw::On => ::core::option::Option::Some("on"),
                StatesForceDhw::Unknown(_) => ::core::option::Option::None,
            }
        }
    }
    impl mm::ModbusEnum for StatesForceDhw {
        fn from_raw(raw: i64) -> Self {
            match raw {
                0 => StatesForceDhw::Off,
                1 => StatesForceDhw::On,
                other => StatesForceDhw::Unknown(other),
            }
        }
        fn to_raw(&self) -> i64 {
            match self {
                StatesForceDhw::Off => 0,
                StatesForceDhw::On => 1,
                StatesForceDhw::Unknown(raw) => *raw,
            }
        }
    }
    mm::impl_register_value!(enum StatesForceDhw);
    /// Values of `force_sterilization`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum StatesForceSterilization {
        /// `off` (raw 0).
        Off,
        /// `on` (raw 1).
        On,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    impl StatesForceSterilization {
        /// The spec's name of this value, `None` for `Unknown`.
        pub const fn name(&self) -> ::core::option::Option<&'static str> {
            match self {
                StatesForceSterilization::Off => ::core::option::Option::Some("off"),
                StatesForceSterilization::On => ::core::option::Option::Some("on"),
                StatesForceSterilization::Unknown(_) => ::core::option::Option::None,
            }
        }
    }
    impl mm::ModbusEnum for StatesForceSterilization {
        fn from_raw(raw: i64) -> Self {
            match raw {
                0 => StatesForceSterilization::Off,
                1 => StatesForceSterilization::On,
                other => StatesForceSterilization::Unknown(other),
            }
        }
        fn to_raw(&self) -> i64 {
            match self {
                StatesForceSterilization::Off => 0,
                StatesForceSterilization::On => 1,
                StatesForceSterilization::Unknown(raw) => *raw,
            }
        }
    }
    mm::impl_register_value!(enum StatesForceSterilization);
    /// Values of `heatpump_state`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum StatesHeatpumpState {
        /// `off` (raw 0).
        Off,
        /// `on` (raw 1).
        On,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    impl StatesHeatpumpState {
        /// The spec's name of this value, `None` for `Unknown`.
        pub const fn name(&self) -> ::core::option::Option<&'static str> {
            match self {
                StatesHeatpumpState::Off => ::core::option::Option::Some("off"),
                StatesHeatpumpState::On => ::core::option::Option::Some("on"),
                StatesHeatpumpState::Unknown(_) => ::core::option::Option::None,
            }
        }
    }
    impl mm::ModbusEnum for StatesHeatpumpState {
        fn from_raw(raw: i64) -> Self {
            match raw {
                0 => StatesHeatpumpState::Off,
                1 => StatesHeatpumpState::On,
                other => StatesHeatpumpState::Unknown(other),
            }
        }
        fn to_raw(&self) -> i64 {
            match self {
                StatesHeatpumpState::Off => 0,
                StatesHeatpumpState::On => 1,
                StatesHeatpumpState::Unknown(raw) => *raw,
            }
        }
    }
    mm::impl_register_value!(enum StatesHeatpumpState);
    /// Values of `holiday_mode`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum StatesHolidayMode {
        /// `off` (raw 0).
        Off,
        /// `on` (raw 1).
        On,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    impl StatesHolidayMode {
        /// The spec's name of this value, `None` for `Unknown`.
        pub const fn name(&self) -> ::core::option::Option<&'static str> {
            match self {
                StatesHolidayMode::Off => ::core::option::Option::Some("off"),
                StatesHolidayMode::On => ::core::option::Option::Some("on"),
                StatesHolidayMode::Unknown(_) => ::core::option::Option::None,
            }
        }
    }
    impl mm::ModbusEnum for StatesHolidayMode {
        fn from_raw(raw: i64) -> Self {
            match raw {
                0 => StatesHolidayMode::Off,
                1 => StatesHolidayMode::On,
                other => StatesHolidayMode::Unknown(other),
            }
        }
        fn to_raw(&self) -> i64 {
            match self {
                StatesHolidayMode::Off => 0,
                StatesHolidayMode::On => 1,
                StatesHolidayMode::Unknown(raw) => *raw,
            }
        }
    }
    mm::impl_register_value!(enum StatesHolidayMode);
    /// Values of `internal_heater_state`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum StatesInternalHeaterState {
        /// `off` (raw 0).
        Off,
        /// `on` (raw 1).
        On,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    impl StatesInternalHeaterState {
        /// The spec's name of this value, `None` for `Unknown`.
        pub const fn name(&self) -> ::core::option::Option<&'static str> {
            match self {
                StatesInternalHeaterState::Off => ::core::option::Option::Some("off"),
                StatesInternalHeaterState::On => ::core::option::Option::Some("on"),
                StatesInternalHeaterState::Unknown(_) => ::core::option::Option::None,
            }
        }
    }
    impl mm::ModbusEnum for StatesInternalHeaterState {
        fn from_raw(raw: i64) -> Self {
            match raw {
                0 => StatesInternalHeaterState::Off,
                1 => StatesInternalHeaterState::On,
                other => StatesInternalHeaterState::Unknown(other),
            }
        }
        fn to_raw(&self) -> i64 {
            match self {
                StatesInternalHeaterState::Off => 0,
                StatesInternalHeaterState::On => 1,
                StatesInternalHeaterState::Unknown(raw) => *raw,
            }
        }
    }
    mm::impl_register_value!(enum StatesInternalHeaterState);
    /// Values of `main_schedule_state`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum StatesMainScheduleState {
        /// `off` (raw 0).
        Off,
        /// `on` (raw 1).
        On,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    impl StatesMainScheduleState {
        /// The spec's name of this value, `None` for `Unknown`.
        pub const fn name(&self) -> ::core::option::Option<&'static str> {
            match self {
                StatesMainScheduleState::Off => ::core::option::Option::Some("off"),
                StatesMainScheduleState::On => ::core::option::Option::Some("on"),
                StatesMainScheduleState::Unknown(_) => ::core::option::Option::None,
            }
        }
    }
    impl mm::ModbusEnum for StatesMainScheduleState {
        fn from_raw(raw: i64) -> Self {
            match raw {
                0 => StatesMainScheduleState::Off,
                1 => StatesMainScheduleState::On,
                other => StatesMainScheduleState::Unknown(other),
            }
        }
        fn to_raw(&self) -> i64 {
            match self {
                StatesMainScheduleState::Off => 0,
                StatesMainScheduleState::On => 1,
                StatesMainScheduleState::Unknown(raw) => *raw,
            }
        }
    }
    mm::impl_register_value!(enum StatesMainScheduleState);
    /// Values of `operation_mode`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum StatesOperationMode {
        /// `heat_only` (raw 0).
        HeatOnly,
        /// `cool_only` (raw 1).
        CoolOnly,
        /// `auto` (raw 2).
        Auto,
        /// `dhw_only` (raw 3).
        DhwOnly,
        /// `heat_dhw` (raw 4).
        HeatDhw,
        /// `cool_dhw` (raw 5).
        CoolDhw,
        /// `auto_dhw` (raw 6).
        AutoDhw,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    impl StatesOperationMode {
        /// The spec's name of this value, `None` for `Unknown`.
        pub const fn name(&self) -> ::core::option::Option<&'static str> {
            match self {
                StatesOperationMode::HeatOnly => {
                    ::core::option::Option::Some("heat_only")
                }
                StatesOperationMode::CoolOnly => {
                    ::core::option::Option::Some("cool_only")
                }
                StatesOperationMode::Auto => ::core::option::Option::Some("auto"),
                StatesOperationMode::DhwOnly => ::core::option::Option::Some("dhw_only"),
                StatesOperationMode::HeatDhw => ::core::option::Option::Some("heat_dhw"),
                StatesOperationMode::CoolDhw => ::core::option::Option::Some("cool_dhw"),
                StatesOperationMode::AutoDhw => ::core::option::Option::Some("auto_dhw"),
                StatesOperationMode::Unknown(_) => ::core::option::Option::None,
            }
        }
    }
    impl mm::ModbusEnum for StatesOperationMode {
        fn from_raw(raw: i64) -> Self {
            match raw {
                0 => StatesOperationMode::HeatOnly,
                1 => StatesOperationMode::CoolOnly,
                2 => StatesOperationMode::Auto,
                3 => StatesOperationMode::DhwOnly,
                4 => StatesOperationMode::HeatDhw,
                5 => StatesOperationMode::CoolDhw,
                6 => StatesOperationMode::AutoDhw,
                other => StatesOperationMode::Unknown(other),
            }
        }
        fn to_raw(&self) -> i64 {
            match self {
                StatesOperationMode::HeatOnly => 0,
                StatesOperationMode::CoolOnly => 1,
                StatesOperationMode::Auto => 2,
                StatesOperationMode::DhwOnly => 3,
                StatesOperationMode::HeatDhw => 4,
                StatesOperationMode::CoolDhw => 5,
                StatesOperationMode::AutoDhw => 6,
                StatesOperationMode::Unknown(raw) => *raw,
            }
        }
    }
    mm::impl_register_value!(enum StatesOperationMode);
    /// Values of `pump_state`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum StatesPumpState {
        /// `off` (raw 0).
        Off,
        /// `on` (raw 1).
        On,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    impl StatesPumpState {
        /// The spec's name of this value, `None` for `Unknown`.
        pub const fn name(&self) -> ::core::option::Option<&'static str> {
            match self {
                StatesPumpState::Off => ::core::option::Option::Some("off"),
                StatesPumpState::On => ::core::option::Option::Some("on"),
                StatesPumpState::Unknown(_) => ::core::option::Option::None,
            }
        }
    }
    impl mm::ModbusEnum for StatesPumpState {
        fn from_raw(raw: i64) -> Self {
            match raw {
                0 => StatesPumpState::Off,
                1 => StatesPumpState::On,
                other => StatesPumpState::Unknown(other),
            }
        }
        fn to_raw(&self) -> i64 {
            match self {
                StatesPumpState::Off => 0,
                StatesPumpState::On => 1,
                StatesPumpState::Unknown(raw) => *raw,
            }
        }
    }
    mm::impl_register_value!(enum StatesPumpState);
    /// Values of `quiet_mode`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum StatesQuietMode {
        /// `off` (raw 0).
        Off,
        /// `less_power` (raw 1).
        LessPower,
        /// `even_less_power` (raw 2).
        EvenLessPower,
        /// `least_power` (raw 3).
        LeastPower,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    impl StatesQuietMode {
        /// The spec's name of this value, `None` for `Unknown`.
        pub const fn name(&self) -> ::core::option::Option<&'static str> {
            match self {
                StatesQuietMode::Off => ::core::option::Option::Some("off"),
                StatesQuietMode::LessPower => ::core::option::Option::Some("less_power"),
                StatesQuietMode::EvenLessPower => {
                    ::core::option::Option::Some("even_less_power")
                }
                StatesQuietMode::LeastPower => {
                    ::core::option::Option::Some("least_power")
                }
                StatesQuietMode::Unknown(_) => ::core::option::Option::None,
            }
        }
    }
    impl mm::ModbusEnum for StatesQuietMode {
        fn from_raw(raw: i64) -> Self {
            match raw {
                0 => StatesQuietMode::Off,
                1 => StatesQuietMode::LessPower,
                2 => StatesQuietMode::EvenLessPower,
                3 => StatesQuietMode::LeastPower,
                other => StatesQuietMode::Unknown(other),
            }
        }
        fn to_raw(&self) -> i64 {
            match self {
                StatesQuietMode::Off => 0,
                StatesQuietMode::LessPower => 1,
                StatesQuietMode::EvenLessPower => 2,
                StatesQuietMode::LeastPower => 3,
                StatesQuietMode::Unknown(raw) => *raw,
            }
        }
    }
    mm::impl_register_value!(enum StatesQuietMode);
    /// Values of `room_heater_state`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum StatesRoomHeaterState {
        /// `off` (raw 0).
        Off,
        /// `on` (raw 1).
        On,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    impl StatesRoomHeaterState {
        /// The spec's name of this value, `None` for `Unknown`.
        pub const fn name(&self) -> ::core::option::Option<&'static str> {
            match self {
                StatesRoomHeaterState::Off => ::core::option::Option::Some("off"),
                StatesRoomHeaterState::On => ::core::option::Option::Some("on"),
                StatesRoomHeaterState::Unknown(_) => ::core::option::Option::None,
            }
        }
    }
    impl mm::ModbusEnum for StatesRoomHeaterState {
        fn from_raw(raw: i64) -> Self {
            match raw {
                0 => StatesRoomHeaterState::Off,
                1 => StatesRoomHeaterState::On,
                other => StatesRoomHeaterState::Unknown(other),
            }
        }
        fn to_raw(&self) -> i64 {
            match self {
                StatesRoomHeaterState::Off => 0,
                StatesRoomHeaterState::On => 1,
                StatesRoomHeaterState::Unknown(raw) => *raw,
            }
        }
    }
    mm::impl_register_value!(enum StatesRoomHeaterState);
    /// Values of `threeway_valve_state`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum StatesThreewayValveState {
        /// `room` (raw 0).
        Room,
        /// `dhw` (raw 1).
        Dhw,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    impl StatesThreewayValveState {
        /// The spec's name of this value, `None` for `Unknown`.
        pub const fn name(&self) -> ::core::option::Option<&'static str> {
            match self {
                StatesThreewayValveState::Room => ::core::option::Option::Some("room"),
                StatesThreewayValveState::Dhw => ::core::option::Option::Some("dhw"),
                StatesThreewayValveState::Unknown(_) => ::core::option::Option::None,
            }
        }
    }
    impl mm::ModbusEnum for StatesThreewayValveState {
        fn from_raw(raw: i64) -> Self {
            match raw {
                0 => StatesThreewayValveState::Room,
                1 => StatesThreewayValveState::Dhw,
                other => StatesThreewayValveState::Unknown(other),
            }
        }
        fn to_raw(&self) -> i64 {
            match self {
                StatesThreewayValveState::Room => 0,
                StatesThreewayValveState::Dhw => 1,
                StatesThreewayValveState::Unknown(raw) => *raw,
            }
        }
    }
    mm::impl_register_value!(enum StatesThreewayValveState);
    /// Values of `zones_state`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum StatesZonesState {
        /// `zone1` (raw 0).
        Zone1,
        /// `zone2` (raw 1).
        Zone2,
        /// `zone1_and_zone2` (raw 2).
        Zone1AndZone2,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    impl StatesZonesState {
        /// The spec's name of this value, `None` for `Unknown`.
        pub const fn name(&self) -> ::core::option::Option<&'static str> {
            match self {
                StatesZonesState::Zone1 => ::core::option::Option::Some("zone1"),
                StatesZonesState::Zone2 => ::core::option::Option::Some("zone2"),
                StatesZonesState::Zone1AndZone2 => {
                    ::core::option::Option::Some("zone1_and_zone2")
                }
                StatesZonesState::Unknown(_) => ::core::option::Option::None,
            }
        }
    }
    impl mm::ModbusEnum for StatesZonesState {
        fn from_raw(raw: i64) -> Self {
            match raw {
                0 => StatesZonesState::Zone1,
                1 => StatesZonesState::Zone2,
                2 => StatesZonesState::Zone1AndZone2,
                other => StatesZonesState::Unknown(other),
            }
        }
        fn to_raw(&self) -> i64 {
            match self {
                StatesZonesState::Zone1 => 0,
                StatesZonesState::Zone2 => 1,
                StatesZonesState::Zone1AndZone2 => 2,
                StatesZonesState::Unknown(raw) => *raw,
            }
        }
    }
    mm::impl_register_value!(enum StatesZonesState);
    /// Values of `status`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum SystemStatus {
        /// `offline` (raw 0).
        Offline,
        /// `online` (raw 1).
        Online,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    impl SystemStatus {
        /// The spec's name of this value, `None` for `Unknown`.
        pub const fn name(&self) -> ::core::option::Option<&'static str> {
            match self {
                SystemStatus::Offline => ::core::option::Option::Some("offline"),
                SystemStatus::Online => ::core::option::Option::Some("online"),
                SystemStatus::Unknown(_) => ::core::option::Option::None,
            }
        }
    }
    impl mm::ModbusEnum for SystemStatus {
        fn from_raw(raw: i64) -> Self {
            match raw {
                0 => SystemStatus::Offline,
                1 => SystemStatus::Online,
                other => SystemStatus::Unknown(other),
            }
        }
        fn to_raw(&self) -> i64 {
            match self {
                SystemStatus::Offline => 0,
                SystemStatus::Online => 1,
                SystemStatus::Unknown(raw) => *raw,
            }
        }
    }
    mm::impl_register_value!(enum SystemStatus);
    /// Values of `pool_water_pump`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum ZonePumpsPoolWaterPump {
        /// `off` (raw 0).
        Off,
        /// `on` (raw 1).
        On,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    impl ZonePumpsPoolWaterPump {
        /// The spec's name of this value, `None` for `Unknown`.
        pub const fn name(&self) -> ::core::option::Option<&'static str> {
            match self {
                ZonePumpsPoolWaterPump::Off => ::core::option::Option::Some("off"),
                ZonePumpsPoolWaterPump::On => ::core::option::Option::Some("on"),
                ZonePumpsPoolWaterPump::Unknown(_) => ::core::option::Option::None,
            }
        }
    }
    impl mm::ModbusEnum for ZonePumpsPoolWaterPump {
        fn from_raw(raw: i64) -> Self {
            match raw {
                0 => ZonePumpsPoolWaterPump::Off,
                1 => ZonePumpsPoolWaterPump::On,
                other => ZonePumpsPoolWaterPump::Unknown(other),
            }
        }
        fn to_raw(&self) -> i64 {
            match self {
                ZonePumpsPoolWaterPump::Off => 0,
                ZonePumpsPoolWaterPump::On => 1,
                ZonePumpsPoolWaterPump::Unknown(raw) => *raw,
            }
        }
    }
    mm::impl_register_value!(enum ZonePumpsPoolWaterPump);
    /// Values of `solar_water_pump`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum ZonePumpsSolarWaterPump {
        /// `off` (raw 0).
        Off,
        /// `on` (raw 1).
        On,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    impl ZonePumpsSolarWaterPump {
        /// The spec's name of this value, `None` for `Unknown`.
        pub const fn name(&self) -> ::core::option::Option<&'static str> {
            match self {
                ZonePumpsSolarWaterPump::Off => ::core::option::Option::Some("off"),
                ZonePumpsSolarWaterPump::On => ::core::option::Option::Some("on"),
                ZonePumpsSolarWaterPump::Unknown(_) => ::core::option::Option::None,
            }
        }
    }
    impl mm::ModbusEnum for ZonePumpsSolarWaterPump {
        fn from_raw(raw: i64) -> Self {
            match raw {
                0 => ZonePumpsSolarWaterPump::Off,
                1 => ZonePumpsSolarWaterPump::On,
                other => ZonePumpsSolarWaterPump::Unknown(other),
            }
        }
        fn to_raw(&self) -> i64 {
            match self {
                ZonePumpsSolarWaterPump::Off => 0,
                ZonePumpsSolarWaterPump::On => 1,
                ZonePumpsSolarWaterPump::Unknown(raw) => *raw,
            }
        }
    }
    mm::impl_register_value!(enum ZonePumpsSolarWaterPump);
    /// Values of `z1_pump_state`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum ZonePumpsZ1PumpState {
        /// `off` (raw 0).
        Off,
        /// `on` (raw 1).
        On,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    impl ZonePumpsZ1PumpState {
        /// The spec's name of this value, `None` for `Unknown`.
        pub const fn name(&self) -> ::core::option::Option<&'static str> {
            match self {
                ZonePumpsZ1PumpState::Off => ::core::option::Option::Some("off"),
                ZonePumpsZ1PumpState::On => ::core::option::Option::Some("on"),
                ZonePumpsZ1PumpState::Unknown(_) => ::core::option::Option::None,
            }
        }
    }
    impl mm::ModbusEnum for ZonePumpsZ1PumpState {
        fn from_raw(raw: i64) -> Self {
            match raw {
                0 => ZonePumpsZ1PumpState::Off,
                1 => ZonePumpsZ1PumpState::On,
                other => ZonePumpsZ1PumpState::Unknown(other),
            }
        }
        fn to_raw(&self) -> i64 {
            match self {
                ZonePumpsZ1PumpState::Off => 0,
                ZonePumpsZ1PumpState::On => 1,
                ZonePumpsZ1PumpState::Unknown(raw) => *raw,
            }
        }
    }
    mm::impl_register_value!(enum ZonePumpsZ1PumpState);
    /// Values of `z1_water_pump`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum ZonePumpsZ1WaterPump {
        /// `off` (raw 0).
        Off,
        /// `on` (raw 1).
        On,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    impl ZonePumpsZ1WaterPump {
        /// The spec's name of this value, `None` for `Unknown`.
        pub const fn name(&self) -> ::core::option::Option<&'static str> {
            match self {
                ZonePumpsZ1WaterPump::Off => ::core::option::Option::Some("off"),
                ZonePumpsZ1WaterPump::On => ::core::option::Option::Some("on"),
                ZonePumpsZ1WaterPump::Unknown(_) => ::core::option::Option::None,
            }
        }
    }
    impl mm::ModbusEnum for ZonePumpsZ1WaterPump {
        fn from_raw(raw: i64) -> Self {
            match raw {
                0 => ZonePumpsZ1WaterPump::Off,
                1 => ZonePumpsZ1WaterPump::On,
                other => ZonePumpsZ1WaterPump::Unknown(other),
            }
        }
        fn to_raw(&self) -> i64 {
            match self {
                ZonePumpsZ1WaterPump::Off => 0,
                ZonePumpsZ1WaterPump::On => 1,
                ZonePumpsZ1WaterPump::Unknown(raw) => *raw,
            }
        }
    }
    mm::impl_register_value!(enum ZonePumpsZ1WaterPump);
    /// Values of `z2_pump_state`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum ZonePumpsZ2PumpState {
        /// `off` (raw 0).
        Off,
        /// `on` (raw 1).
        On,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    impl ZonePumpsZ2PumpState {
        /// The spec's name of this value, `None` for `Unknown`.
        pub const fn name(&self) -> ::core::option::Option<&'static str> {
            match self {
                ZonePumpsZ2PumpState::Off => ::core::option::Option::Some("off"),
                ZonePumpsZ2PumpState::On => ::core::option::Option::Some("on"),
                ZonePumpsZ2PumpState::Unknown(_) => ::core::option::Option::None,
            }
        }
    }
    impl mm::ModbusEnum for ZonePumpsZ2PumpState {
        fn from_raw(raw: i64) -> Self {
            match raw {
                0 => ZonePumpsZ2PumpState::Off,
                1 => ZonePumpsZ2PumpState::On,
                other => ZonePumpsZ2PumpState::Unknown(other),
            }
        }
        fn to_raw(&self) -> i64 {
            match self {
                ZonePumpsZ2PumpState::Off => 0,
                ZonePumpsZ2PumpState::On => 1,
                ZonePumpsZ2PumpState::Unknown(raw) => *raw,
            }
        }
    }
    mm::impl_register_value!(enum ZonePumpsZ2PumpState);
    /// Values of `z2_water_pump`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum ZonePumpsZ2WaterPump {
        /// `off` (raw 0).
        Off,
        /// `on` (raw 1).
        On,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    impl ZonePumpsZ2WaterPump {
        /// The spec's name of this value, `None` for `Unknown`.
        pub const fn name(&self) -> ::core::option::Option<&'static str> {
            match self {
                ZonePumpsZ2WaterPump::Off => ::core::option::Option::Some("off"),
                ZonePumpsZ2WaterPump::On => ::core::option::Option::Some("on"),
                ZonePumpsZ2WaterPump::Unknown(_) => ::core::option::Option::None,
            }
        }
    }
    impl mm::ModbusEnum for ZonePumpsZ2WaterPump {
        fn from_raw(raw: i64) -> Self {
            match raw {
                0 => ZonePumpsZ2WaterPump::Off,
                1 => ZonePumpsZ2WaterPump::On,
                other => ZonePumpsZ2WaterPump::Unknown(other),
            }
        }
        fn to_raw(&self) -> i64 {
            match self {
                ZonePumpsZ2WaterPump::Off => 0,
                ZonePumpsZ2WaterPump::On => 1,
                ZonePumpsZ2WaterPump::Unknown(raw) => *raw,
            }
        }
    }
    mm::impl_register_value!(enum ZonePumpsZ2WaterPump);
    /// HeishaMon system values.
    #[derive(Debug, Clone, PartialEq)]
    pub struct System {
        /// Free memory (Свободная память)
        ///
        /// - address: input 3 (0x0003), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        /// - unit: KB
        pub free_memory: u16,
        /// System uptime (Время работы системы); unit not documented
        ///
        /// - address: input 4 (0x0004), unit id 1, 2 register(s)
        /// - type: u32, words high_first
        /// - access: read-only
        pub uptime: u32,
        /// Status (Статус: 0=офлайн, 1=онлайн)
        ///
        /// - address: input 6 (0x0006), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        /// - default: 0
        pub status: SystemStatus,
        /// Time of the last update (Время последнего обновления); unit not documented
        ///
        /// - address: input 7 (0x0007), unit id 1, 2 register(s)
        /// - type: u32, words high_first
        /// - access: read-only
        pub last_update: u32,
    }
    /// Temperatures, °C × 100 (0x0010-0x001F).
    #[derive(Debug, Clone, PartialEq)]
    pub struct Temperatures {
        /// Inlet water temperature (Температура на входе)
        ///
        /// - address: input 16 (0x0010), unit id 1, 1 register(s)
        /// - type: i16
        /// - access: read-only
        /// - unit: °C
        /// - scale: 0.01, offset: 0
        pub main_inlet_temp: f64,
        /// Outlet water temperature (Температура на выходе)
        ///
        /// - address: input 17 (0x0011), unit id 1, 1 register(s)
        /// - type: i16
        /// - access: read-only
        /// - unit: °C
        /// - scale: 0.01, offset: 0
        pub main_outlet_temp: f64,
        /// DHW temperature (Температура ГВС)
        ///
        /// - address: input 18 (0x0012), unit id 1, 1 register(s)
        /// - type: i16
        /// - access: read-only
        /// - unit: °C
        /// - scale: 0.01, offset: 0
        pub dhw_temp: f64,
        /// Outside air temperature (Температура наружного воздуха)
        ///
        /// - address: input 19 (0x0013), unit id 1, 1 register(s)
        /// - type: i16
        /// - access: read-only
        /// - unit: °C
        /// - scale: 0.01, offset: 0
        pub outside_temp: f64,
        /// Buffer tank temperature (Температура буферного бака)
        ///
        /// - address: input 20 (0x0014), unit id 1, 1 register(s)
        /// - type: i16
        /// - access: read-only
        /// - unit: °C
        /// - scale: 0.01, offset: 0
        pub buffer_temp: f64,
        /// Solar collector temperature (Температура солнечного коллектора)
        ///
        /// - address: input 21 (0x0015), unit id 1, 1 register(s)
        /// - type: i16
        /// - access: read-only
        /// - unit: °C
        /// - scale: 0.01, offset: 0
        pub solar_temp: f64,
        /// Pool temperature (Температура бассейна)
        ///
        /// - address: input 22 (0x0016), unit id 1, 1 register(s)
        /// - type: i16
        /// - access: read-only
        /// - unit: °C
        /// - scale: 0.01, offset: 0
        pub pool_temp: f64,
        /// Zone 1 room temperature (Температура помещения зоны 1)
        ///
        /// - address: input 23 (0x0017), unit id 1, 1 register(s)
        /// - type: i16
        /// - access: read-only
        /// - unit: °C
        /// - scale: 0.01, offset: 0
        pub z1_room_temp: f64,
        /// Zone 1 water temperature (Температура воды зоны 1)
        ///
        /// - address: input 24 (0x0018), unit id 1, 1 register(s)
        /// - type: i16
        /// - access: read-only
        /// - unit: °C
        /// - scale: 0.01, offset: 0
        pub z1_water_temp: f64,
        /// Zone 2 room temperature (Температура помещения зоны 2)
        ///
        /// - address: input 25 (0x0019), unit id 1, 1 register(s)
        /// - type: i16
        /// - access: read-only
        /// - unit: °C
        /// - scale: 0.01, offset: 0
        pub z2_room_temp: f64,
        /// Zone 2 water temperature (Температура воды зоны 2)
        ///
        /// - address: input 26 (0x001A), unit id 1, 1 register(s)
        /// - type: i16
        /// - access: read-only
        /// - unit: °C
        /// - scale: 0.01, offset: 0
        pub z2_water_temp: f64,
        /// Compressor temperature (Температура компрессора)
        ///
        /// - address: input 27 (0x001B), unit id 1, 1 register(s)
        /// - type: i16
        /// - access: read-only
        /// - unit: °C
        /// - scale: 0.01, offset: 0
        pub compressor_temp: f64,
        /// Evaporator temperature (Температура испарителя)
        ///
        /// - address: input 28 (0x001C), unit id 1, 1 register(s)
        /// - type: i16
        /// - access: read-only
        /// - unit: °C
        /// - scale: 0.01, offset: 0
        pub evaporator_temp: f64,
        /// Condenser temperature (Температура конденсатора)
        ///
        /// - address: input 29 (0x001D), unit id 1, 1 register(s)
        /// - type: i16
        /// - access: read-only
        /// - unit: °C
        /// - scale: 0.01, offset: 0
        pub condensor_temp: f64,
        /// Inverter temperature (Температура инвертора)
        ///
        /// - address: input 30 (0x001E), unit id 1, 1 register(s)
        /// - type: i16
        /// - access: read-only
        /// - unit: °C
        /// - scale: 0.01, offset: 0
        pub inverter_temp: f64,
        /// Outdoor coil temperature (Температура наружной катушки)
        ///
        /// - address: input 31 (0x001F), unit id 1, 1 register(s)
        /// - type: i16
        /// - access: read-only
        /// - unit: °C
        /// - scale: 0.01, offset: 0
        pub outdoor_coil_temp: f64,
    }
    /// Power and energy (0x0020-0x002D); power kW × 100, energy kWh × 100.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Power {
        /// Heat power production (Мощность производства тепла)
        ///
        /// - address: input 32 (0x0020), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        /// - unit: kW
        /// - scale: 0.01, offset: 0
        pub heat_power_production: f64,
        /// Power consumption for heating (Мощность потребления тепла)
        ///
        /// - address: input 33 (0x0021), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        /// - unit: kW
        /// - scale: 0.01, offset: 0
        pub heat_power_consumption: f64,
        /// Cooling power production (Мощность производства холода)
        ///
        /// - address: input 34 (0x0022), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        /// - unit: kW
        /// - scale: 0.01, offset: 0
        pub cool_power_production: f64,
        /// Power consumption for cooling (Мощность потребления холода)
        ///
        /// - address: input 35 (0x0023), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        /// - unit: kW
        /// - scale: 0.01, offset: 0
        pub cool_power_consumption: f64,
        /// DHW power production (Мощность производства ГВС)
        ///
        /// - address: input 36 (0x0024), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        /// - unit: kW
        /// - scale: 0.01, offset: 0
        pub dhw_power_production: f64,
        /// Power consumption for DHW (Мощность потребления ГВС)
        ///
        /// - address: input 37 (0x0025), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        /// - unit: kW
        /// - scale: 0.01, offset: 0
        pub dhw_power_consumption: f64,
        /// Total heating energy (Общая энергия отопления); wraps at 655.35 kWh
        ///
        /// - address: input 38 (0x0026), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        /// - unit: kWh
        /// - scale: 0.01, offset: 0
        pub total_energy_heat: f64,
        /// Total cooling energy (Общая энергия охлаждения); wraps at 655.35 kWh
        ///
        /// - address: input 39 (0x0027), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        /// - unit: kWh
        /// - scale: 0.01, offset: 0
        pub total_energy_cool: f64,
        /// Total DHW energy (Общая энергия ГВС); wraps at 655.35 kWh
        ///
        /// - address: input 40 (0x0028), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        /// - unit: kWh
        /// - scale: 0.01, offset: 0
        pub total_energy_dhw: f64,
        /// Compressor frequency (Частота компрессора)
        ///
        /// - address: input 41 (0x0029), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        /// - unit: Hz
        pub compressor_freq: u16,
        /// Pump speed (Скорость насоса)
        ///
        /// - address: input 42 (0x002A), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        /// - unit: rpm
        pub pump_speed: u16,
        /// Pump flow, l/min × 10 (Поток насоса)
        ///
        /// - address: input 43 (0x002B), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        /// - unit: l/min
        /// - scale: 0.1, offset: 0
        pub pump_flow: f64,
        /// Pump duty (Нагрузка насоса)
        ///
        /// - address: input 44 (0x002C), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        /// - unit: %
        /// - range: 0 ..= 100
        pub pump_duty: u16,
        /// Maximum pump duty (Максимальная нагрузка насоса)
        ///
        /// - address: input 45 (0x002D), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        /// - unit: %
        /// - range: 0 ..= 100
        pub max_pump_duty: u16,
    }
    /// States and modes (0x0030-0x003F).
    #[derive(Debug, Clone, PartialEq)]
    pub struct States {
        /// Heat pump state (Состояние теплового насоса)
        ///
        /// - address: input 48 (0x0030), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        pub heatpump_state: StatesHeatpumpState,
        /// Pump state (Состояние насоса)
        ///
        /// - address: input 49 (0x0031), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        pub pump_state: StatesPumpState,
        /// Operating mode 0-6 (Режим работы); names from SetOperationMode
        ///
        /// - address: input 50 (0x0032), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        pub operation_mode: StatesOperationMode,
        /// Quiet mode 0-3 (Тихий режим)
        ///
        /// - address: input 51 (0x0033), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        pub quiet_mode: StatesQuietMode,
        /// Powerful mode run time, 0-90 minutes (Мощный режим (мин))
        ///
        /// - address: input 52 (0x0034), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        /// - unit: min
        /// - range: 0 ..= 90
        pub powerful_mode: u16,
        /// Holiday mode (Режим отпуска); the heat pump distinguishes scheduled (1) and active (2)
        ///
        /// - address: input 53 (0x0035), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        pub holiday_mode: StatesHolidayMode,
        /// Forced DHW heating (Принудительный нагрев ГВС)
        ///
        /// - address: input 54 (0x0036), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        pub force_dhw: StatesForceDhw,
        /// Forced defrost (Принудительная разморозка)
        ///
        /// - address: input 55 (0x0037), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        pub force_defrost: StatesForceDefrost,
        /// Forced sterilization (Принудительная стерилизация)
        ///
        /// - address: input 56 (0x0038), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        pub force_sterilization: StatesForceSterilization,
        /// Defrosting state (Состояние разморозки)
        ///
        /// - address: input 57 (0x0039), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        pub defrosting_state: StatesDefrostingState,
        /// Three-way valve state (Состояние трехходового клапана)
        ///
        /// - address: input 58 (0x003A), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        pub threeway_valve_state: StatesThreewayValveState,
        /// Zones state (Состояние зон); the seed's table says 0/1
        ///
        /// - address: input 59 (0x003B), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        pub zones_state: StatesZonesState,
        /// Main schedule state (Состояние основного расписания)
        ///
        /// - address: input 60 (0x003C), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        pub main_schedule_state: StatesMainScheduleState,
        /// DHW heater state (Состояние нагревателя ГВС)
        ///
        /// - address: input 61 (0x003D), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        pub dhw_heater_state: StatesDhwHeaterState,
        /// Room heater state (Состояние комнатного нагревателя)
        ///
        /// - address: input 62 (0x003E), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        pub room_heater_state: StatesRoomHeaterState,
        /// Internal heater state (Состояние внутреннего нагревателя)
        ///
        /// - address: input 63 (0x003F), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        pub internal_heater_state: StatesInternalHeaterState,
    }
    /// Zone pumps (0x0040-0x0046).
    #[derive(Debug, Clone, PartialEq)]
    pub struct ZonePumps {
        /// Zone 1 pump (Насос зоны 1)
        ///
        /// - address: input 64 (0x0040), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        pub z1_water_pump: ZonePumpsZ1WaterPump,
        /// Zone 2 pump (Насос зоны 2)
        ///
        /// - address: input 65 (0x0041), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        pub z2_water_pump: ZonePumpsZ2WaterPump,
        /// Pool pump (Насос бассейна)
        ///
        /// - address: input 66 (0x0042), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        pub pool_water_pump: ZonePumpsPoolWaterPump,
        /// Solar pump (Солнечный насос)
        ///
        /// - address: input 67 (0x0043), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        pub solar_water_pump: ZonePumpsSolarWaterPump,
        /// Zone 1 pump state (Состояние насоса зоны 1)
        ///
        /// - address: input 68 (0x0044), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        pub z1_pump_state: ZonePumpsZ1PumpState,
        /// Zone 2 pump state (Состояние насоса зоны 2)
        ///
        /// - address: input 69 (0x0045), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        pub z2_pump_state: ZonePumpsZ2PumpState,
        /// Pump flow rate mode 0/1 (Режим потока насоса)
        ///
        /// - address: input 70 (0x0046), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        /// - range: 0 ..= 1
        pub pump_flowrate_mode: u16,
    }
    /// Control commands (0x1000-0x100F), executed immediately on write.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Commands {
        /// Set heat pump state (Установить состояние теплового насоса)
        ///
        /// - address: holding 4096 (0x1000), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-write
        pub set_heatpump: CommandsSetHeatpump,
        /// Set pump state (Установить состояние насоса)
        ///
        /// - address: holding 4097 (0x1001), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-write
        pub set_pump: CommandsSetPump,
        /// Set maximum pump duty (Установить максимальную нагрузку насоса (%))
        ///
        /// - address: holding 4098 (0x1002), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-write
        /// - unit: %
        /// - range: 0 ..= 100
        pub set_max_pump_duty: u16,
        /// Set quiet mode 0-3 (Установить тихий режим)
        ///
        /// - address: holding 4099 (0x1003), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-write
        pub set_quiet_mode: CommandsSetQuietMode,
        /// Set powerful mode, 0-90 minutes (Установить мощный режим (мин))
        ///
        /// - address: holding 4100 (0x1004), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-write
        /// - unit: min
        /// - range: 0 ..= 90
        pub set_powerful_mode: u16,
        /// Set operating mode 0-6 (Установить режим работы)
        ///
        /// - address: holding 4101 (0x1005), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-write
        pub set_operation_mode: CommandsSetOperationMode,
        /// Set holiday mode (Установить режим отпуска)
        ///
        /// - address: holding 4102 (0x1006), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-write
        pub set_holiday_mode: CommandsSetHolidayMode,
        /// Force DHW heating (Установить принудительный нагрев ГВС)
        ///
        /// - address: holding 4103 (0x1007), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-write
        pub set_force_dhw: CommandsSetForceDhw,
        /// Force defrost (Установить принудительную разморозку)
        ///
        /// - address: holding 4104 (0x1008), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-write
        pub set_force_defrost: CommandsSetForceDefrost,
        /// Force sterilization (Установить принудительную стерилизацию)
        ///
        /// - address: holding 4105 (0x1009), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-write
        pub set_force_sterilization: CommandsSetForceSterilization,
        /// Set main schedule (Установить основное расписание)
        ///
        /// - address: holding 4106 (0x100A), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-write
        pub set_main_schedule: CommandsSetMainSchedule,
        /// System reset 0/1 (Сброс системы)
        ///
        /// - address: holding 4107 (0x100B), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-write
        /// - range: 0 ..= 1
        pub set_reset: u16,
        /// Set zones 0-2 (Установить зоны)
        ///
        /// - address: holding 4108 (0x100C), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-write
        pub set_zones: CommandsSetZones,
        /// Set external control (Установить внешнее управление)
        ///
        /// - address: holding 4109 (0x100D), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-write
        pub set_external_control: CommandsSetExternalControl,
        /// Set external error signal (Установить сигнал внешней ошибки)
        ///
        /// - address: holding 4110 (0x100E), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-write
        pub set_external_error: CommandsSetExternalError,
        /// Set external compressor control (Установить внешнее управление компрессором)
        ///
        /// - address: holding 4111 (0x100F), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-write
        pub set_external_compressor_control: CommandsSetExternalCompressorControl,
    }
    /// Additional commands (0x1010-0x1015).
    #[derive(Debug, Clone, PartialEq)]
    pub struct ExtraCommands {
        /// External heat/cool control (Внешнее управление тепло/холод)
        ///
        /// - address: holding 4112 (0x1010), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-write
        pub set_external_heat_cool_control: ExtraCommandsSetExternalHeatCoolControl,
        /// Bivalent control (Бивалентное управление)
        ///
        /// - address: holding 4113 (0x1011), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-write
        pub set_bivalent_control: ExtraCommandsSetBivalentControl,
        /// Bivalent control mode 0-2 (Режим бивалентного управления)
        ///
        /// - address: holding 4114 (0x1012), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-write
        pub set_bivalent_mode: ExtraCommandsSetBivalentMode,
        /// Alternative external sensor (Альтернативный внешний датчик)
        ///
        /// - address: holding 4115 (0x1013), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-write
        pub set_alt_external_sensor: ExtraCommandsSetAltExternalSensor,
        /// External pad heater 0-2 (Внешний подогрев поддона)
        ///
        /// - address: holding 4116 (0x1014), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-write
        pub set_external_pad_heater: ExtraCommandsSetExternalPadHeater,
        /// Buffer tank (Буферный бак)
        ///
        /// - address: holding 4117 (0x1015), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-write
        pub set_buffer: ExtraCommandsSetBuffer,
    }
    /// Temperature setpoints (0x1020-0x1028), °C × 100.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Setpoints {
        /// Zone 1 heating temperature (Температура нагрева зоны 1): shift -5..5 or direct 20..max
        ///
        /// - address: holding 4128 (0x1020), unit id 1, 1 register(s)
        /// - type: i16
        /// - access: read-write
        /// - unit: °C
        /// - scale: 0.01, offset: 0
        pub set_z1_heat_temp: f64,
        /// Zone 1 cooling temperature (Температура охлаждения зоны 1): shift -5..5 or direct
        ///
        /// - address: holding 4129 (0x1021), unit id 1, 1 register(s)
        /// - type: i16
        /// - access: read-write
        /// - unit: °C
        /// - scale: 0.01, offset: 0
        pub set_z1_cool_temp: f64,
        /// Zone 2 heating temperature (Температура нагрева зоны 2): shift -5..5 or direct 20..max
        ///
        /// - address: holding 4130 (0x1022), unit id 1, 1 register(s)
        /// - type: i16
        /// - access: read-write
        /// - unit: °C
        /// - scale: 0.01, offset: 0
        pub set_z2_heat_temp: f64,
        /// Zone 2 cooling temperature (Температура охлаждения зоны 2): shift -5..5 or direct
        ///
        /// - address: holding 4131 (0x1023), unit id 1, 1 register(s)
        /// - type: i16
        /// - access: read-write
        /// - unit: °C
        /// - scale: 0.01, offset: 0
        pub set_z2_cool_temp: f64,
        /// DHW temperature (Температура ГВС); the seed's example writes 5500 for 55 °C
        ///
        /// - address: holding 4132 (0x1024), unit id 1, 1 register(s)
        /// - type: i16
        /// - access: read-write
        /// - unit: °C
        /// - scale: 0.01, offset: 0
        /// - range: 40 ..= 75
        pub set_dhw_temp: f64,
        /// Bivalent mode start temperature (Температура запуска бивалентного режима)
        ///
        /// - address: holding 4133 (0x1025), unit id 1, 1 register(s)
        /// - type: i16
        /// - access: read-write
        /// - unit: °C
        /// - scale: 0.01, offset: 0
        /// - range: -15 ..= 35
        pub set_bivalent_start_temp: f64,
        /// Advanced parallel start temperature (Температура запуска AP режима)
        ///
        /// - address: holding 4134 (0x1026), unit id 1, 1 register(s)
        /// - type: i16
        /// - access: read-write
        /// - unit: °C
        /// - scale: 0.01, offset: 0
        /// - range: -15 ..= 35
        pub set_bivalent_ap_start_temp: f64,
        /// Advanced parallel stop temperature (Температура остановки AP режима)
        ///
        /// - address: holding 4135 (0x1027), unit id 1, 1 register(s)
        /// - type: i16
        /// - access: read-write
        /// - unit: °C
        /// - scale: 0.01, offset: 0
        /// - range: -15 ..= 35
        pub set_bivalent_ap_stop_temp: f64,
        /// Outdoor temperature to stop heating (Температура отключения отопления)
        ///
        /// - address: holding 4136 (0x1028), unit id 1, 1 register(s)
        /// - type: i16
        /// - access: read-write
        /// - unit: °C
        /// - scale: 0.01, offset: 0
        /// - range: 5 ..= 35
        pub set_heating_off_outdoor_temp: f64,
    }
    /// Delta settings (0x1030-0x1036), °C × 100.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Deltas {
        /// Buffer tank delta (Дельта буферного бака)
        ///
        /// - address: holding 4144 (0x1030), unit id 1, 1 register(s)
        /// - type: i16
        /// - access: read-write
        /// - unit: °C
        /// - scale: 0.01, offset: 0
        /// - range: 0 ..= 10
        pub set_buffer_delta: f64,
        /// Floor heating delta (Дельта нагрева пола)
        ///
        /// - address: holding 4145 (0x1031), unit id 1, 1 register(s)
        /// - type: i16
        /// - access: read-write
        /// - unit: °C
        /// - scale: 0.01, offset: 0
        /// - range: 1 ..= 15
        pub set_floor_heat_delta: f64,
        /// Floor cooling delta (Дельта охлаждения пола)
        ///
        /// - address: holding 4146 (0x1032), unit id 1, 1 register(s)
        /// - type: i16
        /// - access: read-write
        /// - unit: °C
        /// - scale: 0.01, offset: 0
        /// - range: 1 ..= 15
        pub set_floor_cool_delta: f64,
        /// DHW heating delta, negative (Дельта нагрева ГВС)
        ///
        /// - address: holding 4147 (0x1033), unit id 1, 1 register(s)
        /// - type: i16
        /// - access: read-write
        /// - unit: °C
        /// - scale: 0.01, offset: 0
        /// - range: -12 ..= -2
        pub set_dhw_heat_delta: f64,
        /// Heater start delta (Дельта запуска нагревателя), J-series only
        ///
        /// - address: holding 4148 (0x1034), unit id 1, 1 register(s)
        /// - type: i16
        /// - access: read-write
        /// - unit: °C
        /// - scale: 0.01, offset: 0
        pub set_heater_start_delta: f64,
        /// Heater stop delta (Дельта остановки нагревателя), J-series only
        ///
        /// - address: holding 4149 (0x1035), unit id 1, 1 register(s)
        /// - type: i16
        /// - access: read-write
        /// - unit: °C
        /// - scale: 0.01, offset: 0
        pub set_heater_stop_delta: f64,
        /// Heater delay time (Время задержки нагревателя), J-series only
        ///
        /// - address: holding 4150 (0x1036), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-write
        /// - unit: min
        pub set_heater_delay_time: u16,
    }
    /// Quick commands (0x2000-0x2007); each coil resets itself after execution.
    #[derive(Debug, Clone, PartialEq)]
    pub struct QuickCommands {
        /// Quick heat pump on (Быстрое включение теплового насоса)
        ///
        /// - address: coil 8192 (0x2000), unit id 1, 1 bit(s)
        /// - type: bool
        /// - access: read-write
        /// - default: false
        pub quick_heatpump_on: bool,
        /// Quick heat pump off (Быстрое выключение теплового насоса)
        ///
        /// - address: coil 8193 (0x2001), unit id 1, 1 bit(s)
        /// - type: bool
        /// - access: read-write
        /// - default: false
        pub quick_heatpump_off: bool,
        /// Quick pump on (Быстрое включение насоса)
        ///
        /// - address: coil 8194 (0x2002), unit id 1, 1 bit(s)
        /// - type: bool
        /// - access: read-write
        /// - default: false
        pub quick_pump_on: bool,
        /// Quick pump off (Быстрое выключение насоса)
        ///
        /// - address: coil 8195 (0x2003), unit id 1, 1 bit(s)
        /// - type: bool
        /// - access: read-write
        /// - default: false
        pub quick_pump_off: bool,
        /// Quick DHW on (Быстрое включение ГВС)
        ///
        /// - address: coil 8196 (0x2004), unit id 1, 1 bit(s)
        /// - type: bool
        /// - access: read-write
        /// - default: false
        pub quick_dhw_on: bool,
        /// Quick DHW off (Быстрое выключение ГВС)
        ///
        /// - address: coil 8197 (0x2005), unit id 1, 1 bit(s)
        /// - type: bool
        /// - access: read-write
        /// - default: false
        pub quick_dhw_off: bool,
        /// Quick defrost (Быстрая разморозка)
        ///
        /// - address: coil 8198 (0x2006), unit id 1, 1 bit(s)
        /// - type: bool
        /// - access: read-write
        /// - default: false
        pub quick_defrost: bool,
        /// Quick sterilization (Быстрая стерилизация)
        ///
        /// - address: coil 8199 (0x2007), unit id 1, 1 bit(s)
        /// - type: bool
        /// - access: read-write
        /// - default: false
        pub quick_sterilization: bool,
    }
    /// Alarms and warnings (0x3000-0x3007).
    #[derive(Debug, Clone, PartialEq)]
    pub struct Alarms {
        /// Compressor alarm (Авария компрессора)
        ///
        /// - address: discrete 12288 (0x3000), unit id 1, 1 bit(s)
        /// - type: bool
        /// - access: read-only
        pub alarm_compressor: bool,
        /// Pump alarm (Авария насоса)
        ///
        /// - address: discrete 12289 (0x3001), unit id 1, 1 bit(s)
        /// - type: bool
        /// - access: read-only
        pub alarm_pump: bool,
        /// Sensor alarm (Авария датчика)
        ///
        /// - address: discrete 12290 (0x3002), unit id 1, 1 bit(s)
        /// - type: bool
        /// - access: read-only
        pub alarm_sensor: bool,
        /// Communication alarm (Авария связи)
        ///
        /// - address: discrete 12291 (0x3003), unit id 1, 1 bit(s)
        /// - type: bool
        /// - access: read-only
        pub alarm_communication: bool,
        /// High pressure alarm (Авария высокого давления)
        ///
        /// - address: discrete 12292 (0x3004), unit id 1, 1 bit(s)
        /// - type: bool
        /// - access: read-only
        pub alarm_high_pressure: bool,
        /// Low pressure alarm (Авария низкого давления)
        ///
        /// - address: discrete 12293 (0x3005), unit id 1, 1 bit(s)
        /// - type: bool
        /// - access: read-only
        pub alarm_low_pressure: bool,
        /// High temperature alarm (Авария высокой температуры)
        ///
        /// - address: discrete 12294 (0x3006), unit id 1, 1 bit(s)
        /// - type: bool
        /// - access: read-only
        pub alarm_high_temp: bool,
        /// Low temperature alarm (Авария низкой температуры)
        ///
        /// - address: discrete 12295 (0x3007), unit id 1, 1 bit(s)
        /// - type: bool
        /// - access: read-only
        pub alarm_low_temp: bool,
    }
    /// Operating states (0x3008-0x300F).
    #[derive(Debug, Clone, PartialEq)]
    pub struct OperatingStatus {
        /// Heating (Статус отопления)
        ///
        /// - address: discrete 12296 (0x3008), unit id 1, 1 bit(s)
        /// - type: bool
        /// - access: read-only
        pub status_heating: bool,
        /// Cooling (Статус охлаждения)
        ///
        /// - address: discrete 12297 (0x3009), unit id 1, 1 bit(s)
        /// - type: bool
        /// - access: read-only
        pub status_cooling: bool,
        /// DHW (Статус ГВС)
        ///
        /// - address: discrete 12298 (0x300A), unit id 1, 1 bit(s)
        /// - type: bool
        /// - access: read-only
        pub status_dhw: bool,
        /// Defrosting (Статус разморозки)
        ///
        /// - address: discrete 12299 (0x300B), unit id 1, 1 bit(s)
        /// - type: bool
        /// - access: read-only
        pub status_defrosting: bool,
        /// Sterilization (Статус стерилизации)
        ///
        /// - address: discrete 12300 (0x300C), unit id 1, 1 bit(s)
        /// - type: bool
        /// - access: read-only
        pub status_sterilization: bool,
        /// Holiday mode (Статус отпуска)
        ///
        /// - address: discrete 12301 (0x300D), unit id 1, 1 bit(s)
        /// - type: bool
        /// - access: read-only
        pub status_holiday: bool,
        /// Powerful mode (Статус мощного режима)
        ///
        /// - address: discrete 12302 (0x300E), unit id 1, 1 bit(s)
        /// - type: bool
        /// - access: read-only
        pub status_powerful: bool,
        /// Quiet mode (Статус тихого режима)
        ///
        /// - address: discrete 12303 (0x300F), unit id 1, 1 bit(s)
        /// - type: bool
        /// - access: read-only
        pub status_quiet: bool,
    }
    /// Everything [`Client::read_all`] returns: one field per block instance.
    #[derive(Debug, Clone, PartialEq)]
    pub struct All {
        /// `system` (base 0).
        pub system: System,
        /// `temperatures` (base 0).
        pub temperatures: Temperatures,
        /// `power` (base 0).
        pub power: Power,
        /// `states` (base 0).
        pub states: States,
        /// `zone_pumps` (base 0).
        pub zone_pumps: ZonePumps,
        /// `commands` (base 0).
        pub commands: Commands,
        /// `extra_commands` (base 0).
        pub extra_commands: ExtraCommands,
        /// `setpoints` (base 0).
        pub setpoints: Setpoints,
        /// `deltas` (base 0).
        pub deltas: Deltas,
        /// `quick_commands` (base 0).
        pub quick_commands: QuickCommands,
        /// `alarms` (base 0).
        pub alarms: Alarms,
        /// `operating_status` (base 0).
        pub operating_status: OperatingStatus,
    }
    /// Typed client of HeishaMon Modbus slave (Panasonic Aquarea) over a tokio-modbus context (`Reader + Writer`).
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
        /// Reads `quick_commands.quick_heatpump_on` ([`QUICK_COMMANDS_QUICK_HEATPUMP_ON`]). Quick heat pump on (Быстрое включение теплового насоса)
        pub async fn read_quick_commands_quick_heatpump_on(
            &mut self,
        ) -> mm::ModbusResult<bool> {
            self.inner.read_value(&QUICK_COMMANDS_QUICK_HEATPUMP_ON).await
        }
        /// Writes `quick_commands.quick_heatpump_on` ([`QUICK_COMMANDS_QUICK_HEATPUMP_ON`]) after checking access, range, firmware and safety locally. Quick heat pump on (Быстрое включение теплового насоса)
        pub async fn write_quick_commands_quick_heatpump_on(
            &mut self,
            value: bool,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&QUICK_COMMANDS_QUICK_HEATPUMP_ON, &value).await
        }
        /// Reads `quick_commands.quick_heatpump_off` ([`QUICK_COMMANDS_QUICK_HEATPUMP_OFF`]). Quick heat pump off (Быстрое выключение теплового насоса)
        pub async fn read_quick_commands_quick_heatpump_off(
            &mut self,
        ) -> mm::ModbusResult<bool> {
            self.inner.read_value(&QUICK_COMMANDS_QUICK_HEATPUMP_OFF).await
        }
        /// Writes `quick_commands.quick_heatpump_off` ([`QUICK_COMMANDS_QUICK_HEATPUMP_OFF`]) after checking access, range, firmware and safety locally. Quick heat pump off (Быстрое выключение теплового насоса)
        pub async fn write_quick_commands_quick_heatpump_off(
            &mut self,
            value: bool,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&QUICK_COMMANDS_QUICK_HEATPUMP_OFF, &value).await
        }
        /// Reads `quick_commands.quick_pump_on` ([`QUICK_COMMANDS_QUICK_PUMP_ON`]). Quick pump on (Быстрое включение насоса)
        pub async fn read_quick_commands_quick_pump_on(
            &mut self,
        ) -> mm::ModbusResult<bool> {
            self.inner.read_value(&QUICK_COMMANDS_QUICK_PUMP_ON).await
        }
        /// Writes `quick_commands.quick_pump_on` ([`QUICK_COMMANDS_QUICK_PUMP_ON`]) after checking access, range, firmware and safety locally. Quick pump on (Быстрое включение насоса)
        pub async fn write_quick_commands_quick_pump_on(
            &mut self,
            value: bool,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&QUICK_COMMANDS_QUICK_PUMP_ON, &value).await
        }
        /// Reads `quick_commands.quick_pump_off` ([`QUICK_COMMANDS_QUICK_PUMP_OFF`]). Quick pump off (Быстрое выключение насоса)
        pub async fn read_quick_commands_quick_pump_off(
            &mut self,
        ) -> mm::ModbusResult<bool> {
            self.inner.read_value(&QUICK_COMMANDS_QUICK_PUMP_OFF).await
        }
        /// Writes `quick_commands.quick_pump_off` ([`QUICK_COMMANDS_QUICK_PUMP_OFF`]) after checking access, range, firmware and safety locally. Quick pump off (Быстрое выключение насоса)
        pub async fn write_quick_commands_quick_pump_off(
            &mut self,
            value: bool,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&QUICK_COMMANDS_QUICK_PUMP_OFF, &value).await
        }
        /// Reads `quick_commands.quick_dhw_on` ([`QUICK_COMMANDS_QUICK_DHW_ON`]). Quick DHW on (Быстрое включение ГВС)
        pub async fn read_quick_commands_quick_dhw_on(
            &mut self,
        ) -> mm::ModbusResult<bool> {
            self.inner.read_value(&QUICK_COMMANDS_QUICK_DHW_ON).await
        }
        /// Writes `quick_commands.quick_dhw_on` ([`QUICK_COMMANDS_QUICK_DHW_ON`]) after checking access, range, firmware and safety locally. Quick DHW on (Быстрое включение ГВС)
        pub async fn write_quick_commands_quick_dhw_on(
            &mut self,
            value: bool,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&QUICK_COMMANDS_QUICK_DHW_ON, &value).await
        }
        /// Reads `quick_commands.quick_dhw_off` ([`QUICK_COMMANDS_QUICK_DHW_OFF`]). Quick DHW off (Быстрое выключение ГВС)
        pub async fn read_quick_commands_quick_dhw_off(
            &mut self,
        ) -> mm::ModbusResult<bool> {
            self.inner.read_value(&QUICK_COMMANDS_QUICK_DHW_OFF).await
        }
        /// Writes `quick_commands.quick_dhw_off` ([`QUICK_COMMANDS_QUICK_DHW_OFF`]) after checking access, range, firmware and safety locally. Quick DHW off (Быстрое выключение ГВС)
        pub async fn write_quick_commands_quick_dhw_off(
            &mut self,
            value: bool,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&QUICK_COMMANDS_QUICK_DHW_OFF, &value).await
        }
        /// Reads `quick_commands.quick_defrost` ([`QUICK_COMMANDS_QUICK_DEFROST`]). Quick defrost (Быстрая разморозка)
        pub async fn read_quick_commands_quick_defrost(
            &mut self,
        ) -> mm::ModbusResult<bool> {
            self.inner.read_value(&QUICK_COMMANDS_QUICK_DEFROST).await
        }
        /// Writes `quick_commands.quick_defrost` ([`QUICK_COMMANDS_QUICK_DEFROST`]) after checking access, range, firmware and safety locally. Quick defrost (Быстрая разморозка)
        pub async fn write_quick_commands_quick_defrost(
            &mut self,
            value: bool,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&QUICK_COMMANDS_QUICK_DEFROST, &value).await
        }
        /// Reads `quick_commands.quick_sterilization` ([`QUICK_COMMANDS_QUICK_STERILIZATION`]). Quick sterilization (Быстрая стерилизация)
        pub async fn read_quick_commands_quick_sterilization(
            &mut self,
        ) -> mm::ModbusResult<bool> {
            self.inner.read_value(&QUICK_COMMANDS_QUICK_STERILIZATION).await
        }
        /// Writes `quick_commands.quick_sterilization` ([`QUICK_COMMANDS_QUICK_STERILIZATION`]) after checking access, range, firmware and safety locally. Quick sterilization (Быстрая стерилизация)
        pub async fn write_quick_commands_quick_sterilization(
            &mut self,
            value: bool,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&QUICK_COMMANDS_QUICK_STERILIZATION, &value).await
        }
        /// Reads `alarms.alarm_compressor` ([`ALARMS_ALARM_COMPRESSOR`]). Compressor alarm (Авария компрессора)
        pub async fn read_alarms_alarm_compressor(&mut self) -> mm::ModbusResult<bool> {
            self.inner.read_value(&ALARMS_ALARM_COMPRESSOR).await
        }
        /// Reads `alarms.alarm_pump` ([`ALARMS_ALARM_PUMP`]). Pump alarm (Авария насоса)
        pub async fn read_alarms_alarm_pump(&mut self) -> mm::ModbusResult<bool> {
            self.inner.read_value(&ALARMS_ALARM_PUMP).await
        }
        /// Reads `alarms.alarm_sensor` ([`ALARMS_ALARM_SENSOR`]). Sensor alarm (Авария датчика)
        pub async fn read_alarms_alarm_sensor(&mut self) -> mm::ModbusResult<bool> {
            self.inner.read_value(&ALARMS_ALARM_SENSOR).await
        }
        /// Reads `alarms.alarm_communication` ([`ALARMS_ALARM_COMMUNICATION`]). Communication alarm (Авария связи)
        pub async fn read_alarms_alarm_communication(
            &mut self,
        ) -> mm::ModbusResult<bool> {
            self.inner.read_value(&ALARMS_ALARM_COMMUNICATION).await
        }
        /// Reads `alarms.alarm_high_pressure` ([`ALARMS_ALARM_HIGH_PRESSURE`]). High pressure alarm (Авария высокого давления)
        pub async fn read_alarms_alarm_high_pressure(
            &mut self,
        ) -> mm::ModbusResult<bool> {
            self.inner.read_value(&ALARMS_ALARM_HIGH_PRESSURE).await
        }
        /// Reads `alarms.alarm_low_pressure` ([`ALARMS_ALARM_LOW_PRESSURE`]). Low pressure alarm (Авария низкого давления)
        pub async fn read_alarms_alarm_low_pressure(
            &mut self,
        ) -> mm::ModbusResult<bool> {
            self.inner.read_value(&ALARMS_ALARM_LOW_PRESSURE).await
        }
        /// Reads `alarms.alarm_high_temp` ([`ALARMS_ALARM_HIGH_TEMP`]). High temperature alarm (Авария высокой температуры)
        pub async fn read_alarms_alarm_high_temp(&mut self) -> mm::ModbusResult<bool> {
            self.inner.read_value(&ALARMS_ALARM_HIGH_TEMP).await
        }
        /// Reads `alarms.alarm_low_temp` ([`ALARMS_ALARM_LOW_TEMP`]). Low temperature alarm (Авария низкой температуры)
        pub async fn read_alarms_alarm_low_temp(&mut self) -> mm::ModbusResult<bool> {
            self.inner.read_value(&ALARMS_ALARM_LOW_TEMP).await
        }
        /// Reads `operating_status.status_heating` ([`OPERATING_STATUS_STATUS_HEATING`]). Heating (Статус отопления)
        pub async fn read_operating_status_status_heating(
            &mut self,
        ) -> mm::ModbusResult<bool> {
            self.inner.read_value(&OPERATING_STATUS_STATUS_HEATING).await
        }
        /// Reads `operating_status.status_cooling` ([`OPERATING_STATUS_STATUS_COOLING`]). Cooling (Статус охлаждения)
        pub async fn read_operating_status_status_cooling(
            &mut self,
        ) -> mm::ModbusResult<bool> {
            self.inner.read_value(&OPERATING_STATUS_STATUS_COOLING).await
        }
        /// Reads `operating_status.status_dhw` ([`OPERATING_STATUS_STATUS_DHW`]). DHW (Статус ГВС)
        pub async fn read_operating_status_status_dhw(
            &mut self,
        ) -> mm::ModbusResult<bool> {
            self.inner.read_value(&OPERATING_STATUS_STATUS_DHW).await
        }
        /// Reads `operating_status.status_defrosting` ([`OPERATING_STATUS_STATUS_DEFROSTING`]). Defrosting (Статус разморозки)
        pub async fn read_operating_status_status_defrosting(
            &mut self,
        ) -> mm::ModbusResult<bool> {
            self.inner.read_value(&OPERATING_STATUS_STATUS_DEFROSTING).await
        }
        /// Reads `operating_status.status_sterilization` ([`OPERATING_STATUS_STATUS_STERILIZATION`]). Sterilization (Статус стерилизации)
        pub async fn read_operating_status_status_sterilization(
            &mut self,
        ) -> mm::ModbusResult<bool> {
            self.inner.read_value(&OPERATING_STATUS_STATUS_STERILIZATION).await
        }
        /// Reads `operating_status.status_holiday` ([`OPERATING_STATUS_STATUS_HOLIDAY`]). Holiday mode (Статус отпуска)
        pub async fn read_operating_status_status_holiday(
            &mut self,
        ) -> mm::ModbusResult<bool> {
            self.inner.read_value(&OPERATING_STATUS_STATUS_HOLIDAY).await
        }
        /// Reads `operating_status.status_powerful` ([`OPERATING_STATUS_STATUS_POWERFUL`]). Powerful mode (Статус мощного режима)
        pub async fn read_operating_status_status_powerful(
            &mut self,
        ) -> mm::ModbusResult<bool> {
            self.inner.read_value(&OPERATING_STATUS_STATUS_POWERFUL).await
        }
        /// Reads `operating_status.status_quiet` ([`OPERATING_STATUS_STATUS_QUIET`]). Quiet mode (Статус тихого режима)
        pub async fn read_operating_status_status_quiet(
            &mut self,
        ) -> mm::ModbusResult<bool> {
            self.inner.read_value(&OPERATING_STATUS_STATUS_QUIET).await
        }
        /// Reads `system.free_memory` ([`SYSTEM_FREE_MEMORY`]). Free memory (Свободная память)
        pub async fn read_system_free_memory(&mut self) -> mm::ModbusResult<u16> {
            self.inner.read_value(&SYSTEM_FREE_MEMORY).await
        }
        /// Reads `system.uptime` ([`SYSTEM_UPTIME`]). System uptime (Время работы системы); unit not documented
        pub async fn read_system_uptime(&mut self) -> mm::ModbusResult<u32> {
            self.inner.read_value(&SYSTEM_UPTIME).await
        }
        /// Reads `system.status` ([`SYSTEM_STATUS`]). Status (Статус: 0=офлайн, 1=онлайн)
        pub async fn read_system_status(&mut self) -> mm::ModbusResult<SystemStatus> {
            self.inner.read_value(&SYSTEM_STATUS).await
        }
        /// Reads `system.last_update` ([`SYSTEM_LAST_UPDATE`]). Time of the last update (Время последнего обновления); unit not documented
        pub async fn read_system_last_update(&mut self) -> mm::ModbusResult<u32> {
            self.inner.read_value(&SYSTEM_LAST_UPDATE).await
        }
        /// Reads `temperatures.main_inlet_temp` ([`TEMPERATURES_MAIN_INLET_TEMP`]). Inlet water temperature (Температура на входе)
        pub async fn read_temperatures_main_inlet_temp(
            &mut self,
        ) -> mm::ModbusResult<f64> {
            self.inner.read_value(&TEMPERATURES_MAIN_INLET_TEMP).await
        }
        /// Reads `temperatures.main_outlet_temp` ([`TEMPERATURES_MAIN_OUTLET_TEMP`]). Outlet water temperature (Температура на выходе)
        pub async fn read_temperatures_main_outlet_temp(
            &mut self,
        ) -> mm::ModbusResult<f64> {
            self.inner.read_value(&TEMPERATURES_MAIN_OUTLET_TEMP).await
        }
        /// Reads `temperatures.dhw_temp` ([`TEMPERATURES_DHW_TEMP`]). DHW temperature (Температура ГВС)
        pub async fn read_temperatures_dhw_temp(&mut self) -> mm::ModbusResult<f64> {
            self.inner.read_value(&TEMPERATURES_DHW_TEMP).await
        }
        /// Reads `temperatures.outside_temp` ([`TEMPERATURES_OUTSIDE_TEMP`]). Outside air temperature (Температура наружного воздуха)
        pub async fn read_temperatures_outside_temp(&mut self) -> mm::ModbusResult<f64> {
            self.inner.read_value(&TEMPERATURES_OUTSIDE_TEMP).await
        }
        /// Reads `temperatures.buffer_temp` ([`TEMPERATURES_BUFFER_TEMP`]). Buffer tank temperature (Температура буферного бака)
        pub async fn read_temperatures_buffer_temp(&mut self) -> mm::ModbusResult<f64> {
            self.inner.read_value(&TEMPERATURES_BUFFER_TEMP).await
        }
        /// Reads `temperatures.solar_temp` ([`TEMPERATURES_SOLAR_TEMP`]). Solar collector temperature (Температура солнечного коллектора)
        pub async fn read_temperatures_solar_temp(&mut self) -> mm::ModbusResult<f64> {
            self.inner.read_value(&TEMPERATURES_SOLAR_TEMP).await
        }
        /// Reads `temperatures.pool_temp` ([`TEMPERATURES_POOL_TEMP`]). Pool temperature (Температура бассейна)
        pub async fn read_temperatures_pool_temp(&mut self) -> mm::ModbusResult<f64> {
            self.inner.read_value(&TEMPERATURES_POOL_TEMP).await
        }
        /// Reads `temperatures.z1_room_temp` ([`TEMPERATURES_Z1_ROOM_TEMP`]). Zone 1 room temperature (Температура помещения зоны 1)
        pub async fn read_temperatures_z1_room_temp(&mut self) -> mm::ModbusResult<f64> {
            self.inner.read_value(&TEMPERATURES_Z1_ROOM_TEMP).await
        }
        /// Reads `temperatures.z1_water_temp` ([`TEMPERATURES_Z1_WATER_TEMP`]). Zone 1 water temperature (Температура воды зоны 1)
        pub async fn read_temperatures_z1_water_temp(
            &mut self,
        ) -> mm::ModbusResult<f64> {
            self.inner.read_value(&TEMPERATURES_Z1_WATER_TEMP).await
        }
        /// Reads `temperatures.z2_room_temp` ([`TEMPERATURES_Z2_ROOM_TEMP`]). Zone 2 room temperature (Температура помещения зоны 2)
        pub async fn read_temperatures_z2_room_temp(&mut self) -> mm::ModbusResult<f64> {
            self.inner.read_value(&TEMPERATURES_Z2_ROOM_TEMP).await
        }
        /// Reads `temperatures.z2_water_temp` ([`TEMPERATURES_Z2_WATER_TEMP`]). Zone 2 water temperature (Температура воды зоны 2)
        pub async fn read_temperatures_z2_water_temp(
            &mut self,
        ) -> mm::ModbusResult<f64> {
            self.inner.read_value(&TEMPERATURES_Z2_WATER_TEMP).await
        }
        /// Reads `temperatures.compressor_temp` ([`TEMPERATURES_COMPRESSOR_TEMP`]). Compressor temperature (Температура компрессора)
        pub async fn read_temperatures_compressor_temp(
            &mut self,
        ) -> mm::ModbusResult<f64> {
            self.inner.read_value(&TEMPERATURES_COMPRESSOR_TEMP).await
        }
        /// Reads `temperatures.evaporator_temp` ([`TEMPERATURES_EVAPORATOR_TEMP`]). Evaporator temperature (Температура испарителя)
        pub async fn read_temperatures_evaporator_temp(
            &mut self,
        ) -> mm::ModbusResult<f64> {
            self.inner.read_value(&TEMPERATURES_EVAPORATOR_TEMP).await
        }
        /// Reads `temperatures.condensor_temp` ([`TEMPERATURES_CONDENSOR_TEMP`]). Condenser temperature (Температура конденсатора)
        pub async fn read_temperatures_condensor_temp(
            &mut self,
        ) -> mm::ModbusResult<f64> {
            self.inner.read_value(&TEMPERATURES_CONDENSOR_TEMP).await
        }
        /// Reads `temperatures.inverter_temp` ([`TEMPERATURES_INVERTER_TEMP`]). Inverter temperature (Температура инвертора)
        pub async fn read_temperatures_inverter_temp(
            &mut self,
        ) -> mm::ModbusResult<f64> {
            self.inner.read_value(&TEMPERATURES_INVERTER_TEMP).await
        }
        /// Reads `temperatures.outdoor_coil_temp` ([`TEMPERATURES_OUTDOOR_COIL_TEMP`]). Outdoor coil temperature (Температура наружной катушки)
        pub async fn read_temperatures_outdoor_coil_temp(
            &mut self,
        ) -> mm::ModbusResult<f64> {
            self.inner.read_value(&TEMPERATURES_OUTDOOR_COIL_TEMP).await
        }
        /// Reads `power.heat_power_production` ([`POWER_HEAT_POWER_PRODUCTION`]). Heat power production (Мощность производства тепла)
        pub async fn read_power_heat_power_production(
            &mut self,
        ) -> mm::ModbusResult<f64> {
            self.inner.read_value(&POWER_HEAT_POWER_PRODUCTION).await
        }
        /// Reads `power.heat_power_consumption` ([`POWER_HEAT_POWER_CONSUMPTION`]). Power consumption for heating (Мощность потребления тепла)
        pub async fn read_power_heat_power_consumption(
            &mut self,
        ) -> mm::ModbusResult<f64> {
            self.inner.read_value(&POWER_HEAT_POWER_CONSUMPTION).await
        }
        /// Reads `power.cool_power_production` ([`POWER_COOL_POWER_PRODUCTION`]). Cooling power production (Мощность производства холода)
        pub async fn read_power_cool_power_production(
            &mut self,
        ) -> mm::ModbusResult<f64> {
            self.inner.read_value(&POWER_COOL_POWER_PRODUCTION).await
        }
        /// Reads `power.cool_power_consumption` ([`POWER_COOL_POWER_CONSUMPTION`]). Power consumption for cooling (Мощность потребления холода)
        pub async fn read_power_cool_power_consumption(
            &mut self,
        ) -> mm::ModbusResult<f64> {
            self.inner.read_value(&POWER_COOL_POWER_CONSUMPTION).await
        }
        /// Reads `power.dhw_power_production` ([`POWER_DHW_POWER_PRODUCTION`]). DHW power production (Мощность производства ГВС)
        pub async fn read_power_dhw_power_production(
            &mut self,
        ) -> mm::ModbusResult<f64> {
            self.inner.read_value(&POWER_DHW_POWER_PRODUCTION).await
        }
        /// Reads `power.dhw_power_consumption` ([`POWER_DHW_POWER_CONSUMPTION`]). Power consumption for DHW (Мощность потребления ГВС)
        pub async fn read_power_dhw_power_consumption(
            &mut self,
        ) -> mm::ModbusResult<f64> {
            self.inner.read_value(&POWER_DHW_POWER_CONSUMPTION).await
        }
        /// Reads `power.total_energy_heat` ([`POWER_TOTAL_ENERGY_HEAT`]). Total heating energy (Общая энергия отопления); wraps at 655.35 kWh
        pub async fn read_power_total_energy_heat(&mut self) -> mm::ModbusResult<f64> {
            self.inner.read_value(&POWER_TOTAL_ENERGY_HEAT).await
        }
        /// Reads `power.total_energy_cool` ([`POWER_TOTAL_ENERGY_COOL`]). Total cooling energy (Общая энергия охлаждения); wraps at 655.35 kWh
        pub async fn read_power_total_energy_cool(&mut self) -> mm::ModbusResult<f64> {
            self.inner.read_value(&POWER_TOTAL_ENERGY_COOL).await
        }
        /// Reads `power.total_energy_dhw` ([`POWER_TOTAL_ENERGY_DHW`]). Total DHW energy (Общая энергия ГВС); wraps at 655.35 kWh
        pub async fn read_power_total_energy_dhw(&mut self) -> mm::ModbusResult<f64> {
            self.inner.read_value(&POWER_TOTAL_ENERGY_DHW).await
        }
        /// Reads `power.compressor_freq` ([`POWER_COMPRESSOR_FREQ`]). Compressor frequency (Частота компрессора)
        pub async fn read_power_compressor_freq(&mut self) -> mm::ModbusResult<u16> {
            self.inner.read_value(&POWER_COMPRESSOR_FREQ).await
        }
        /// Reads `power.pump_speed` ([`POWER_PUMP_SPEED`]). Pump speed (Скорость насоса)
        pub async fn read_power_pump_speed(&mut self) -> mm::ModbusResult<u16> {
            self.inner.read_value(&POWER_PUMP_SPEED).await
        }
        /// Reads `power.pump_flow` ([`POWER_PUMP_FLOW`]). Pump flow, l/min × 10 (Поток насоса)
        pub async fn read_power_pump_flow(&mut self) -> mm::ModbusResult<f64> {
            self.inner.read_value(&POWER_PUMP_FLOW).await
        }
        /// Reads `power.pump_duty` ([`POWER_PUMP_DUTY`]). Pump duty (Нагрузка насоса)
        pub async fn read_power_pump_duty(&mut self) -> mm::ModbusResult<u16> {
            self.inner.read_value(&POWER_PUMP_DUTY).await
        }
        /// Reads `power.max_pump_duty` ([`POWER_MAX_PUMP_DUTY`]). Maximum pump duty (Максимальная нагрузка насоса)
        pub async fn read_power_max_pump_duty(&mut self) -> mm::ModbusResult<u16> {
            self.inner.read_value(&POWER_MAX_PUMP_DUTY).await
        }
        /// Reads `states.heatpump_state` ([`STATES_HEATPUMP_STATE`]). Heat pump state (Состояние теплового насоса)
        pub async fn read_states_heatpump_state(
            &mut self,
        ) -> mm::ModbusResult<StatesHeatpumpState> {
            self.inner.read_value(&STATES_HEATPUMP_STATE).await
        }
        /// Reads `states.pump_state` ([`STATES_PUMP_STATE`]). Pump state (Состояние насоса)
        pub async fn read_states_pump_state(
            &mut self,
        ) -> mm::ModbusResult<StatesPumpState> {
            self.inner.read_value(&STATES_PUMP_STATE).await
        }
        /// Reads `states.operation_mode` ([`STATES_OPERATION_MODE`]). Operating mode 0-6 (Режим работы); names from SetOperationMode
        pub async fn read_states_operation_mode(
            &mut self,
        ) -> mm::ModbusResult<StatesOperationMode> {
            self.inner.read_value(&STATES_OPERATION_MODE).await
        }
        /// Reads `states.quiet_mode` ([`STATES_QUIET_MODE`]). Quiet mode 0-3 (Тихий режим)
        pub async fn read_states_quiet_mode(
            &mut self,
        ) -> mm::ModbusResult<StatesQuietMode> {
            self.inner.read_value(&STATES_QUIET_MODE).await
        }
        /// Reads `states.powerful_mode` ([`STATES_POWERFUL_MODE`]). Powerful mode run time, 0-90 minutes (Мощный режим (мин))
        pub async fn read_states_powerful_mode(&mut self) -> mm::ModbusResult<u16> {
            self.inner.read_value(&STATES_POWERFUL_MODE).await
        }
        /// Reads `states.holiday_mode` ([`STATES_HOLIDAY_MODE`]). Holiday mode (Режим отпуска); the heat pump distinguishes scheduled (1) and active (2)
        pub async fn read_states_holiday_mode(
            &mut self,
        ) -> mm::ModbusResult<StatesHolidayMode> {
            self.inner.read_value(&STATES_HOLIDAY_MODE).await
        }
        /// Reads `states.force_dhw` ([`STATES_FORCE_DHW`]). Forced DHW heating (Принудительный нагрев ГВС)
        pub async fn read_states_force_dhw(
            &mut self,
        ) -> mm::ModbusResult<StatesForceDhw> {
            self.inner.read_value(&STATES_FORCE_DHW).await
        }
        /// Reads `states.force_defrost` ([`STATES_FORCE_DEFROST`]). Forced defrost (Принудительная разморозка)
        pub async fn read_states_force_defrost(
            &mut self,
        ) -> mm::ModbusResult<StatesForceDefrost> {
            self.inner.read_value(&STATES_FORCE_DEFROST).await
        }
        /// Reads `states.force_sterilization` ([`STATES_FORCE_STERILIZATION`]). Forced sterilization (Принудительная стерилизация)
        pub async fn read_states_force_sterilization(
            &mut self,
        ) -> mm::ModbusResult<StatesForceSterilization> {
            self.inner.read_value(&STATES_FORCE_STERILIZATION).await
        }
        /// Reads `states.defrosting_state` ([`STATES_DEFROSTING_STATE`]). Defrosting state (Состояние разморозки)
        pub async fn read_states_defrosting_state(
            &mut self,
        ) -> mm::ModbusResult<StatesDefrostingState> {
            self.inner.read_value(&STATES_DEFROSTING_STATE).await
        }
        /// Reads `states.threeway_valve_state` ([`STATES_THREEWAY_VALVE_STATE`]). Three-way valve state (Состояние трехходового клапана)
        pub async fn read_states_threeway_valve_state(
            &mut self,
        ) -> mm::ModbusResult<StatesThreewayValveState> {
            self.inner.read_value(&STATES_THREEWAY_VALVE_STATE).await
        }
        /// Reads `states.zones_state` ([`STATES_ZONES_STATE`]). Zones state (Состояние зон); the seed's table says 0/1
        pub async fn read_states_zones_state(
            &mut self,
        ) -> mm::ModbusResult<StatesZonesState> {
            self.inner.read_value(&STATES_ZONES_STATE).await
        }
        /// Reads `states.main_schedule_state` ([`STATES_MAIN_SCHEDULE_STATE`]). Main schedule state (Состояние основного расписания)
        pub async fn read_states_main_schedule_state(
            &mut self,
        ) -> mm::ModbusResult<StatesMainScheduleState> {
            self.inner.read_value(&STATES_MAIN_SCHEDULE_STATE).await
        }
        /// Reads `states.dhw_heater_state` ([`STATES_DHW_HEATER_STATE`]). DHW heater state (Состояние нагревателя ГВС)
        pub async fn read_states_dhw_heater_state(
            &mut self,
        ) -> mm::ModbusResult<StatesDhwHeaterState> {
            self.inner.read_value(&STATES_DHW_HEATER_STATE).await
        }
        /// Reads `states.room_heater_state` ([`STATES_ROOM_HEATER_STATE`]). Room heater state (Состояние комнатного нагревателя)
        pub async fn read_states_room_heater_state(
            &mut self,
        ) -> mm::ModbusResult<StatesRoomHeaterState> {
            self.inner.read_value(&STATES_ROOM_HEATER_STATE).await
        }
        /// Reads `states.internal_heater_state` ([`STATES_INTERNAL_HEATER_STATE`]). Internal heater state (Состояние внутреннего нагревателя)
        pub async fn read_states_internal_heater_state(
            &mut self,
        ) -> mm::ModbusResult<StatesInternalHeaterState> {
            self.inner.read_value(&STATES_INTERNAL_HEATER_STATE).await
        }
        /// Reads `zone_pumps.z1_water_pump` ([`ZONE_PUMPS_Z1_WATER_PUMP`]). Zone 1 pump (Насос зоны 1)
        pub async fn read_zone_pumps_z1_water_pump(
            &mut self,
        ) -> mm::ModbusResult<ZonePumpsZ1WaterPump> {
            self.inner.read_value(&ZONE_PUMPS_Z1_WATER_PUMP).await
        }
        /// Reads `zone_pumps.z2_water_pump` ([`ZONE_PUMPS_Z2_WATER_PUMP`]). Zone 2 pump (Насос зоны 2)
        pub async fn read_zone_pumps_z2_water_pump(
            &mut self,
        ) -> mm::ModbusResult<ZonePumpsZ2WaterPump> {
            self.inner.read_value(&ZONE_PUMPS_Z2_WATER_PUMP).await
        }
        /// Reads `zone_pumps.pool_water_pump` ([`ZONE_PUMPS_POOL_WATER_PUMP`]). Pool pump (Насос бассейна)
        pub async fn read_zone_pumps_pool_water_pump(
            &mut self,
        ) -> mm::ModbusResult<ZonePumpsPoolWaterPump> {
            self.inner.read_value(&ZONE_PUMPS_POOL_WATER_PUMP).await
        }
        /// Reads `zone_pumps.solar_water_pump` ([`ZONE_PUMPS_SOLAR_WATER_PUMP`]). Solar pump (Солнечный насос)
        pub async fn read_zone_pumps_solar_water_pump(
            &mut self,
        ) -> mm::ModbusResult<ZonePumpsSolarWaterPump> {
            self.inner.read_value(&ZONE_PUMPS_SOLAR_WATER_PUMP).await
        }
        /// Reads `zone_pumps.z1_pump_state` ([`ZONE_PUMPS_Z1_PUMP_STATE`]). Zone 1 pump state (Состояние насоса зоны 1)
        pub async fn read_zone_pumps_z1_pump_state(
            &mut self,
        ) -> mm::ModbusResult<ZonePumpsZ1PumpState> {
            self.inner.read_value(&ZONE_PUMPS_Z1_PUMP_STATE).await
        }
        /// Reads `zone_pumps.z2_pump_state` ([`ZONE_PUMPS_Z2_PUMP_STATE`]). Zone 2 pump state (Состояние насоса зоны 2)
        pub async fn read_zone_pumps_z2_pump_state(
            &mut self,
        ) -> mm::ModbusResult<ZonePumpsZ2PumpState> {
            self.inner.read_value(&ZONE_PUMPS_Z2_PUMP_STATE).await
        }
        /// Reads `zone_pumps.pump_flowrate_mode` ([`ZONE_PUMPS_PUMP_FLOWRATE_MODE`]). Pump flow rate mode 0/1 (Режим потока насоса)
        pub async fn read_zone_pumps_pump_flowrate_mode(
            &mut self,
        ) -> mm::ModbusResult<u16> {
            self.inner.read_value(&ZONE_PUMPS_PUMP_FLOWRATE_MODE).await
        }
        /// Reads `commands.set_heatpump` ([`COMMANDS_SET_HEATPUMP`]). Set heat pump state (Установить состояние теплового насоса)
        pub async fn read_commands_set_heatpump(
            &mut self,
        ) -> mm::ModbusResult<CommandsSetHeatpump> {
            self.inner.read_value(&COMMANDS_SET_HEATPUMP).await
        }
        /// Writes `commands.set_heatpump` ([`COMMANDS_SET_HEATPUMP`]) after checking access, range, firmware and safety locally. Set heat pump state (Установить состояние теплового насоса)
        pub async fn write_commands_set_heatpump(
            &mut self,
            value: CommandsSetHeatpump,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&COMMANDS_SET_HEATPUMP, &value).await
        }
        /// Reads `commands.set_pump` ([`COMMANDS_SET_PUMP`]). Set pump state (Установить состояние насоса)
        pub async fn read_commands_set_pump(
            &mut self,
        ) -> mm::ModbusResult<CommandsSetPump> {
            self.inner.read_value(&COMMANDS_SET_PUMP).await
        }
        /// Writes `commands.set_pump` ([`COMMANDS_SET_PUMP`]) after checking access, range, firmware and safety locally. Set pump state (Установить состояние насоса)
        pub async fn write_commands_set_pump(
            &mut self,
            value: CommandsSetPump,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&COMMANDS_SET_PUMP, &value).await
        }
        /// Reads `commands.set_max_pump_duty` ([`COMMANDS_SET_MAX_PUMP_DUTY`]). Set maximum pump duty (Установить максимальную нагрузку насоса (%))
        pub async fn read_commands_set_max_pump_duty(
            &mut self,
        ) -> mm::ModbusResult<u16> {
            self.inner.read_value(&COMMANDS_SET_MAX_PUMP_DUTY).await
        }
        /// Writes `commands.set_max_pump_duty` ([`COMMANDS_SET_MAX_PUMP_DUTY`]) after checking access, range, firmware and safety locally. Set maximum pump duty (Установить максимальную нагрузку насоса (%))
        pub async fn write_commands_set_max_pump_duty(
            &mut self,
            value: u16,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&COMMANDS_SET_MAX_PUMP_DUTY, &value).await
        }
        /// Reads `commands.set_quiet_mode` ([`COMMANDS_SET_QUIET_MODE`]). Set quiet mode 0-3 (Установить тихий режим)
        pub async fn read_commands_set_quiet_mode(
            &mut self,
        ) -> mm::ModbusResult<CommandsSetQuietMode> {
            self.inner.read_value(&COMMANDS_SET_QUIET_MODE).await
        }
        /// Writes `commands.set_quiet_mode` ([`COMMANDS_SET_QUIET_MODE`]) after checking access, range, firmware and safety locally. Set quiet mode 0-3 (Установить тихий режим)
        pub async fn write_commands_set_quiet_mode(
            &mut self,
            value: CommandsSetQuietMode,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&COMMANDS_SET_QUIET_MODE, &value).await
        }
        /// Reads `commands.set_powerful_mode` ([`COMMANDS_SET_POWERFUL_MODE`]). Set powerful mode, 0-90 minutes (Установить мощный режим (мин))
        pub async fn read_commands_set_powerful_mode(
            &mut self,
        ) -> mm::ModbusResult<u16> {
            self.inner.read_value(&COMMANDS_SET_POWERFUL_MODE).await
        }
        /// Writes `commands.set_powerful_mode` ([`COMMANDS_SET_POWERFUL_MODE`]) after checking access, range, firmware and safety locally. Set powerful mode, 0-90 minutes (Установить мощный режим (мин))
        pub async fn write_commands_set_powerful_mode(
            &mut self,
            value: u16,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&COMMANDS_SET_POWERFUL_MODE, &value).await
        }
        /// Reads `commands.set_operation_mode` ([`COMMANDS_SET_OPERATION_MODE`]). Set operating mode 0-6 (Установить режим работы)
        pub async fn read_commands_set_operation_mode(
            &mut self,
        ) -> mm::ModbusResult<CommandsSetOperationMode> {
            self.inner.read_value(&COMMANDS_SET_OPERATION_MODE).await
        }
        /// Writes `commands.set_operation_mode` ([`COMMANDS_SET_OPERATION_MODE`]) after checking access, range, firmware and safety locally. Set operating mode 0-6 (Установить режим работы)
        pub async fn write_commands_set_operation_mode(
            &mut self,
            value: CommandsSetOperationMode,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&COMMANDS_SET_OPERATION_MODE, &value).await
        }
        /// Reads `commands.set_holiday_mode` ([`COMMANDS_SET_HOLIDAY_MODE`]). Set holiday mode (Установить режим отпуска)
        pub async fn read_commands_set_holiday_mode(
            &mut self,
        ) -> mm::ModbusResult<CommandsSetHolidayMode> {
            self.inner.read_value(&COMMANDS_SET_HOLIDAY_MODE).await
        }
        /// Writes `commands.set_holiday_mode` ([`COMMANDS_SET_HOLIDAY_MODE`]) after checking access, range, firmware and safety locally. Set holiday mode (Установить режим отпуска)
        pub async fn write_commands_set_holiday_mode(
            &mut self,
            value: CommandsSetHolidayMode,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&COMMANDS_SET_HOLIDAY_MODE, &value).await
        }
        /// Reads `commands.set_force_dhw` ([`COMMANDS_SET_FORCE_DHW`]). Force DHW heating (Установить принудительный нагрев ГВС)
        pub async fn read_commands_set_force_dhw(
            &mut self,
        ) -> mm::ModbusResult<CommandsSetForceDhw> {
            self.inner.read_value(&COMMANDS_SET_FORCE_DHW).await
        }
        /// Writes `commands.set_force_dhw` ([`COMMANDS_SET_FORCE_DHW`]) after checking access, range, firmware and safety locally. Force DHW heating (Установить принудительный нагрев ГВС)
        pub async fn write_commands_set_force_dhw(
            &mut self,
            value: CommandsSetForceDhw,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&COMMANDS_SET_FORCE_DHW, &value).await
        }
        /// Reads `commands.set_force_defrost` ([`COMMANDS_SET_FORCE_DEFROST`]). Force defrost (Установить принудительную разморозку)
        pub async fn read_commands_set_force_defrost(
            &mut self,
        ) -> mm::ModbusResult<CommandsSetForceDefrost> {
            self.inner.read_value(&COMMANDS_SET_FORCE_DEFROST).await
        }
        /// Writes `commands.set_force_defrost` ([`COMMANDS_SET_FORCE_DEFROST`]) after checking access, range, firmware and safety locally. Force defrost (Установить принудительную разморозку)
        pub async fn write_commands_set_force_defrost(
            &mut self,
            value: CommandsSetForceDefrost,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&COMMANDS_SET_FORCE_DEFROST, &value).await
        }
        /// Reads `commands.set_force_sterilization` ([`COMMANDS_SET_FORCE_STERILIZATION`]). Force sterilization (Установить принудительную стерилизацию)
        pub async fn read_commands_set_force_sterilization(
            &mut self,
        ) -> mm::ModbusResult<CommandsSetForceSterilization> {
            self.inner.read_value(&COMMANDS_SET_FORCE_STERILIZATION).await
        }
        /// Writes `commands.set_force_sterilization` ([`COMMANDS_SET_FORCE_STERILIZATION`]) after checking access, range, firmware and safety locally. Force sterilization (Установить принудительную стерилизацию)
        pub async fn write_commands_set_force_sterilization(
            &mut self,
            value: CommandsSetForceSterilization,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&COMMANDS_SET_FORCE_STERILIZATION, &value).await
        }
        /// Reads `commands.set_main_schedule` ([`COMMANDS_SET_MAIN_SCHEDULE`]). Set main schedule (Установить основное расписание)
        pub async fn read_commands_set_main_schedule(
            &mut self,
        ) -> mm::ModbusResult<CommandsSetMainSchedule> {
            self.inner.read_value(&COMMANDS_SET_MAIN_SCHEDULE).await
        }
        /// Writes `commands.set_main_schedule` ([`COMMANDS_SET_MAIN_SCHEDULE`]) after checking access, range, firmware and safety locally. Set main schedule (Установить основное расписание)
        pub async fn write_commands_set_main_schedule(
            &mut self,
            value: CommandsSetMainSchedule,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&COMMANDS_SET_MAIN_SCHEDULE, &value).await
        }
        /// Reads `commands.set_reset` ([`COMMANDS_SET_RESET`]). System reset 0/1 (Сброс системы)
        pub async fn read_commands_set_reset(&mut self) -> mm::ModbusResult<u16> {
            self.inner.read_value(&COMMANDS_SET_RESET).await
        }
        /// Writes `commands.set_reset` ([`COMMANDS_SET_RESET`]) after checking access, range, firmware and safety locally. System reset 0/1 (Сброс системы)
        pub async fn write_commands_set_reset(
            &mut self,
            value: u16,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&COMMANDS_SET_RESET, &value).await
        }
        /// Reads `commands.set_zones` ([`COMMANDS_SET_ZONES`]). Set zones 0-2 (Установить зоны)
        pub async fn read_commands_set_zones(
            &mut self,
        ) -> mm::ModbusResult<CommandsSetZones> {
            self.inner.read_value(&COMMANDS_SET_ZONES).await
        }
        /// Writes `commands.set_zones` ([`COMMANDS_SET_ZONES`]) after checking access, range, firmware and safety locally. Set zones 0-2 (Установить зоны)
        pub async fn write_commands_set_zones(
            &mut self,
            value: CommandsSetZones,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&COMMANDS_SET_ZONES, &value).await
        }
        /// Reads `commands.set_external_control` ([`COMMANDS_SET_EXTERNAL_CONTROL`]). Set external control (Установить внешнее управление)
        pub async fn read_commands_set_external_control(
            &mut self,
        ) -> mm::ModbusResult<CommandsSetExternalControl> {
            self.inner.read_value(&COMMANDS_SET_EXTERNAL_CONTROL).await
        }
        /// Writes `commands.set_external_control` ([`COMMANDS_SET_EXTERNAL_CONTROL`]) after checking access, range, firmware and safety locally. Set external control (Установить внешнее управление)
        pub async fn write_commands_set_external_control(
            &mut self,
            value: CommandsSetExternalControl,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&COMMANDS_SET_EXTERNAL_CONTROL, &value).await
        }
        /// Reads `commands.set_external_error` ([`COMMANDS_SET_EXTERNAL_ERROR`]). Set external error signal (Установить сигнал внешней ошибки)
        pub async fn read_commands_set_external_error(
            &mut self,
        ) -> mm::ModbusResult<CommandsSetExternalError> {
            self.inner.read_value(&COMMANDS_SET_EXTERNAL_ERROR).await
        }
        /// Writes `commands.set_external_error` ([`COMMANDS_SET_EXTERNAL_ERROR`]) after checking access, range, firmware and safety locally. Set external error signal (Установить сигнал внешней ошибки)
        pub async fn write_commands_set_external_error(
            &mut self,
            value: CommandsSetExternalError,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&COMMANDS_SET_EXTERNAL_ERROR, &value).await
        }
        /// Reads `commands.set_external_compressor_control` ([`COMMANDS_SET_EXTERNAL_COMPRESSOR_CONTROL`]). Set external compressor control (Установить внешнее управление компрессором)
        pub async fn read_commands_set_external_compressor_control(
            &mut self,
        ) -> mm::ModbusResult<CommandsSetExternalCompressorControl> {
            self.inner.read_value(&COMMANDS_SET_EXTERNAL_COMPRESSOR_CONTROL).await
        }
        /// Writes `commands.set_external_compressor_control` ([`COMMANDS_SET_EXTERNAL_COMPRESSOR_CONTROL`]) after checking access, range, firmware and safety locally. Set external compressor control (Установить внешнее управление компрессором)
        pub async fn write_commands_set_external_compressor_control(
            &mut self,
            value: CommandsSetExternalCompressorControl,
        ) -> mm::ModbusResult<()> {
            self.inner
                .write_value(&COMMANDS_SET_EXTERNAL_COMPRESSOR_CONTROL, &value)
                .await
        }
        /// Reads `extra_commands.set_external_heat_cool_control` ([`EXTRA_COMMANDS_SET_EXTERNAL_HEAT_COOL_CONTROL`]). External heat/cool control (Внешнее управление тепло/холод)
        pub async fn read_extra_commands_set_external_heat_cool_control(
            &mut self,
        ) -> mm::ModbusResult<ExtraCommandsSetExternalHeatCoolControl> {
            self.inner.read_value(&EXTRA_COMMANDS_SET_EXTERNAL_HEAT_COOL_CONTROL).await
        }
        /// Writes `extra_commands.set_external_heat_cool_control` ([`EXTRA_COMMANDS_SET_EXTERNAL_HEAT_COOL_CONTROL`]) after checking access, range, firmware and safety locally. External heat/cool control (Внешнее управление тепло/холод)
        pub async fn write_extra_commands_set_external_heat_cool_control(
            &mut self,
            value: ExtraCommandsSetExternalHeatCoolControl,
        ) -> mm::ModbusResult<()> {
            self.inner
                .write_value(&EXTRA_COMMANDS_SET_EXTERNAL_HEAT_COOL_CONTROL, &value)
                .await
        }
        /// Reads `extra_commands.set_bivalent_control` ([`EXTRA_COMMANDS_SET_BIVALENT_CONTROL`]). Bivalent control (Бивалентное управление)
        pub async fn read_extra_commands_set_bivalent_control(
            &mut self,
        ) -> mm::ModbusResult<ExtraCommandsSetBivalentControl> {
            self.inner.read_value(&EXTRA_COMMANDS_SET_BIVALENT_CONTROL).await
        }
        /// Writes `extra_commands.set_bivalent_control` ([`EXTRA_COMMANDS_SET_BIVALENT_CONTROL`]) after checking access, range, firmware and safety locally. Bivalent control (Бивалентное управление)
        pub async fn write_extra_commands_set_bivalent_control(
            &mut self,
            value: ExtraCommandsSetBivalentControl,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&EXTRA_COMMANDS_SET_BIVALENT_CONTROL, &value).await
        }
        /// Reads `extra_commands.set_bivalent_mode` ([`EXTRA_COMMANDS_SET_BIVALENT_MODE`]). Bivalent control mode 0-2 (Режим бивалентного управления)
        pub async fn read_extra_commands_set_bivalent_mode(
            &mut self,
        ) -> mm::ModbusResult<ExtraCommandsSetBivalentMode> {
            self.inner.read_value(&EXTRA_COMMANDS_SET_BIVALENT_MODE).await
        }
        /// Writes `extra_commands.set_bivalent_mode` ([`EXTRA_COMMANDS_SET_BIVALENT_MODE`]) after checking access, range, firmware and safety locally. Bivalent control mode 0-2 (Режим бивалентного управления)
        pub async fn write_extra_commands_set_bivalent_mode(
            &mut self,
            value: ExtraCommandsSetBivalentMode,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&EXTRA_COMMANDS_SET_BIVALENT_MODE, &value).await
        }
        /// Reads `extra_commands.set_alt_external_sensor` ([`EXTRA_COMMANDS_SET_ALT_EXTERNAL_SENSOR`]). Alternative external sensor (Альтернативный внешний датчик)
        pub async fn read_extra_commands_set_alt_external_sensor(
            &mut self,
        ) -> mm::ModbusResult<ExtraCommandsSetAltExternalSensor> {
            self.inner.read_value(&EXTRA_COMMANDS_SET_ALT_EXTERNAL_SENSOR).await
        }
        /// Writes `extra_commands.set_alt_external_sensor` ([`EXTRA_COMMANDS_SET_ALT_EXTERNAL_SENSOR`]) after checking access, range, firmware and safety locally. Alternative external sensor (Альтернативный внешний датчик)
        pub async fn write_extra_commands_set_alt_external_sensor(
            &mut self,
            value: ExtraCommandsSetAltExternalSensor,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&EXTRA_COMMANDS_SET_ALT_EXTERNAL_SENSOR, &value).await
        }
        /// Reads `extra_commands.set_external_pad_heater` ([`EXTRA_COMMANDS_SET_EXTERNAL_PAD_HEATER`]). External pad heater 0-2 (Внешний подогрев поддона)
        pub async fn read_extra_commands_set_external_pad_heater(
            &mut self,
        ) -> mm::ModbusResult<ExtraCommandsSetExternalPadHeater> {
            self.inner.read_value(&EXTRA_COMMANDS_SET_EXTERNAL_PAD_HEATER).await
        }
        /// Writes `extra_commands.set_external_pad_heater` ([`EXTRA_COMMANDS_SET_EXTERNAL_PAD_HEATER`]) after checking access, range, firmware and safety locally. External pad heater 0-2 (Внешний подогрев поддона)
        pub async fn write_extra_commands_set_external_pad_heater(
            &mut self,
            value: ExtraCommandsSetExternalPadHeater,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&EXTRA_COMMANDS_SET_EXTERNAL_PAD_HEATER, &value).await
        }
        /// Reads `extra_commands.set_buffer` ([`EXTRA_COMMANDS_SET_BUFFER`]). Buffer tank (Буферный бак)
        pub async fn read_extra_commands_set_buffer(
            &mut self,
        ) -> mm::ModbusResult<ExtraCommandsSetBuffer> {
            self.inner.read_value(&EXTRA_COMMANDS_SET_BUFFER).await
        }
        /// Writes `extra_commands.set_buffer` ([`EXTRA_COMMANDS_SET_BUFFER`]) after checking access, range, firmware and safety locally. Buffer tank (Буферный бак)
        pub async fn write_extra_commands_set_buffer(
            &mut self,
            value: ExtraCommandsSetBuffer,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&EXTRA_COMMANDS_SET_BUFFER, &value).await
        }
        /// Reads `setpoints.set_z1_heat_temp` ([`SETPOINTS_SET_Z1_HEAT_TEMP`]). Zone 1 heating temperature (Температура нагрева зоны 1): shift -5..5 or direct 20..max
        pub async fn read_setpoints_set_z1_heat_temp(
            &mut self,
        ) -> mm::ModbusResult<f64> {
            self.inner.read_value(&SETPOINTS_SET_Z1_HEAT_TEMP).await
        }
        /// Writes `setpoints.set_z1_heat_temp` ([`SETPOINTS_SET_Z1_HEAT_TEMP`]) after checking access, range, firmware and safety locally. Zone 1 heating temperature (Температура нагрева зоны 1): shift -5..5 or direct 20..max
        pub async fn write_setpoints_set_z1_heat_temp(
            &mut self,
            value: f64,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&SETPOINTS_SET_Z1_HEAT_TEMP, &value).await
        }
        /// Reads `setpoints.set_z1_cool_temp` ([`SETPOINTS_SET_Z1_COOL_TEMP`]). Zone 1 cooling temperature (Температура охлаждения зоны 1): shift -5..5 or direct
        pub async fn read_setpoints_set_z1_cool_temp(
            &mut self,
        ) -> mm::ModbusResult<f64> {
            self.inner.read_value(&SETPOINTS_SET_Z1_COOL_TEMP).await
        }
        /// Writes `setpoints.set_z1_cool_temp` ([`SETPOINTS_SET_Z1_COOL_TEMP`]) after checking access, range, firmware and safety locally. Zone 1 cooling temperature (Температура охлаждения зоны 1): shift -5..5 or direct
        pub async fn write_setpoints_set_z1_cool_temp(
            &mut self,
            value: f64,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&SETPOINTS_SET_Z1_COOL_TEMP, &value).await
        }
        /// Reads `setpoints.set_z2_heat_temp` ([`SETPOINTS_SET_Z2_HEAT_TEMP`]). Zone 2 heating temperature (Температура нагрева зоны 2): shift -5..5 or direct 20..max
        pub async fn read_setpoints_set_z2_heat_temp(
            &mut self,
        ) -> mm::ModbusResult<f64> {
            self.inner.read_value(&SETPOINTS_SET_Z2_HEAT_TEMP).await
        }
        /// Writes `setpoints.set_z2_heat_temp` ([`SETPOINTS_SET_Z2_HEAT_TEMP`]) after checking access, range, firmware and safety locally. Zone 2 heating temperature (Температура нагрева зоны 2): shift -5..5 or direct 20..max
        pub async fn write_setpoints_set_z2_heat_temp(
            &mut self,
            value: f64,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&SETPOINTS_SET_Z2_HEAT_TEMP, &value).await
        }
        /// Reads `setpoints.set_z2_cool_temp` ([`SETPOINTS_SET_Z2_COOL_TEMP`]). Zone 2 cooling temperature (Температура охлаждения зоны 2): shift -5..5 or direct
        pub async fn read_setpoints_set_z2_cool_temp(
            &mut self,
        ) -> mm::ModbusResult<f64> {
            self.inner.read_value(&SETPOINTS_SET_Z2_COOL_TEMP).await
        }
        /// Writes `setpoints.set_z2_cool_temp` ([`SETPOINTS_SET_Z2_COOL_TEMP`]) after checking access, range, firmware and safety locally. Zone 2 cooling temperature (Температура охлаждения зоны 2): shift -5..5 or direct
        pub async fn write_setpoints_set_z2_cool_temp(
            &mut self,
            value: f64,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&SETPOINTS_SET_Z2_COOL_TEMP, &value).await
        }
        /// Reads `setpoints.set_dhw_temp` ([`SETPOINTS_SET_DHW_TEMP`]). DHW temperature (Температура ГВС); the seed's example writes 5500 for 55 °C
        pub async fn read_setpoints_set_dhw_temp(&mut self) -> mm::ModbusResult<f64> {
            self.inner.read_value(&SETPOINTS_SET_DHW_TEMP).await
        }
        /// Writes `setpoints.set_dhw_temp` ([`SETPOINTS_SET_DHW_TEMP`]) after checking access, range, firmware and safety locally. DHW temperature (Температура ГВС); the seed's example writes 5500 for 55 °C
        pub async fn write_setpoints_set_dhw_temp(
            &mut self,
            value: f64,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&SETPOINTS_SET_DHW_TEMP, &value).await
        }
        /// Reads `setpoints.set_bivalent_start_temp` ([`SETPOINTS_SET_BIVALENT_START_TEMP`]). Bivalent mode start temperature (Температура запуска бивалентного режима)
        pub async fn read_setpoints_set_bivalent_start_temp(
            &mut self,
        ) -> mm::ModbusResult<f64> {
            self.inner.read_value(&SETPOINTS_SET_BIVALENT_START_TEMP).await
        }
        /// Writes `setpoints.set_bivalent_start_temp` ([`SETPOINTS_SET_BIVALENT_START_TEMP`]) after checking access, range, firmware and safety locally. Bivalent mode start temperature (Температура запуска бивалентного режима)
        pub async fn write_setpoints_set_bivalent_start_temp(
            &mut self,
            value: f64,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&SETPOINTS_SET_BIVALENT_START_TEMP, &value).await
        }
        /// Reads `setpoints.set_bivalent_ap_start_temp` ([`SETPOINTS_SET_BIVALENT_AP_START_TEMP`]). Advanced parallel start temperature (Температура запуска AP режима)
        pub async fn read_setpoints_set_bivalent_ap_start_temp(
            &mut self,
        ) -> mm::ModbusResult<f64> {
            self.inner.read_value(&SETPOINTS_SET_BIVALENT_AP_START_TEMP).await
        }
        /// Writes `setpoints.set_bivalent_ap_start_temp` ([`SETPOINTS_SET_BIVALENT_AP_START_TEMP`]) after checking access, range, firmware and safety locally. Advanced parallel start temperature (Температура запуска AP режима)
        pub async fn write_setpoints_set_bivalent_ap_start_temp(
            &mut self,
            value: f64,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&SETPOINTS_SET_BIVALENT_AP_START_TEMP, &value).await
        }
        /// Reads `setpoints.set_bivalent_ap_stop_temp` ([`SETPOINTS_SET_BIVALENT_AP_STOP_TEMP`]). Advanced parallel stop temperature (Температура остановки AP режима)
        pub async fn read_setpoints_set_bivalent_ap_stop_temp(
            &mut self,
        ) -> mm::ModbusResult<f64> {
            self.inner.read_value(&SETPOINTS_SET_BIVALENT_AP_STOP_TEMP).await
        }
        /// Writes `setpoints.set_bivalent_ap_stop_temp` ([`SETPOINTS_SET_BIVALENT_AP_STOP_TEMP`]) after checking access, range, firmware and safety locally. Advanced parallel stop temperature (Температура остановки AP режима)
        pub async fn write_setpoints_set_bivalent_ap_stop_temp(
            &mut self,
            value: f64,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&SETPOINTS_SET_BIVALENT_AP_STOP_TEMP, &value).await
        }
        /// Reads `setpoints.set_heating_off_outdoor_temp` ([`SETPOINTS_SET_HEATING_OFF_OUTDOOR_TEMP`]). Outdoor temperature to stop heating (Температура отключения отопления)
        pub async fn read_setpoints_set_heating_off_outdoor_temp(
            &mut self,
        ) -> mm::ModbusResult<f64> {
            self.inner.read_value(&SETPOINTS_SET_HEATING_OFF_OUTDOOR_TEMP).await
        }
        /// Writes `setpoints.set_heating_off_outdoor_temp` ([`SETPOINTS_SET_HEATING_OFF_OUTDOOR_TEMP`]) after checking access, range, firmware and safety locally. Outdoor temperature to stop heating (Температура отключения отопления)
        pub async fn write_setpoints_set_heating_off_outdoor_temp(
            &mut self,
            value: f64,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&SETPOINTS_SET_HEATING_OFF_OUTDOOR_TEMP, &value).await
        }
        /// Reads `deltas.set_buffer_delta` ([`DELTAS_SET_BUFFER_DELTA`]). Buffer tank delta (Дельта буферного бака)
        pub async fn read_deltas_set_buffer_delta(&mut self) -> mm::ModbusResult<f64> {
            self.inner.read_value(&DELTAS_SET_BUFFER_DELTA).await
        }
        /// Writes `deltas.set_buffer_delta` ([`DELTAS_SET_BUFFER_DELTA`]) after checking access, range, firmware and safety locally. Buffer tank delta (Дельта буферного бака)
        pub async fn write_deltas_set_buffer_delta(
            &mut self,
            value: f64,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&DELTAS_SET_BUFFER_DELTA, &value).await
        }
        /// Reads `deltas.set_floor_heat_delta` ([`DELTAS_SET_FLOOR_HEAT_DELTA`]). Floor heating delta (Дельта нагрева пола)
        pub async fn read_deltas_set_floor_heat_delta(
            &mut self,
        ) -> mm::ModbusResult<f64> {
            self.inner.read_value(&DELTAS_SET_FLOOR_HEAT_DELTA).await
        }
        /// Writes `deltas.set_floor_heat_delta` ([`DELTAS_SET_FLOOR_HEAT_DELTA`]) after checking access, range, firmware and safety locally. Floor heating delta (Дельта нагрева пола)
        pub async fn write_deltas_set_floor_heat_delta(
            &mut self,
            value: f64,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&DELTAS_SET_FLOOR_HEAT_DELTA, &value).await
        }
        /// Reads `deltas.set_floor_cool_delta` ([`DELTAS_SET_FLOOR_COOL_DELTA`]). Floor cooling delta (Дельта охлаждения пола)
        pub async fn read_deltas_set_floor_cool_delta(
            &mut self,
        ) -> mm::ModbusResult<f64> {
            self.inner.read_value(&DELTAS_SET_FLOOR_COOL_DELTA).await
        }
        /// Writes `deltas.set_floor_cool_delta` ([`DELTAS_SET_FLOOR_COOL_DELTA`]) after checking access, range, firmware and safety locally. Floor cooling delta (Дельта охлаждения пола)
        pub async fn write_deltas_set_floor_cool_delta(
            &mut self,
            value: f64,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&DELTAS_SET_FLOOR_COOL_DELTA, &value).await
        }
        /// Reads `deltas.set_dhw_heat_delta` ([`DELTAS_SET_DHW_HEAT_DELTA`]). DHW heating delta, negative (Дельта нагрева ГВС)
        pub async fn read_deltas_set_dhw_heat_delta(&mut self) -> mm::ModbusResult<f64> {
            self.inner.read_value(&DELTAS_SET_DHW_HEAT_DELTA).await
        }
        /// Writes `deltas.set_dhw_heat_delta` ([`DELTAS_SET_DHW_HEAT_DELTA`]) after checking access, range, firmware and safety locally. DHW heating delta, negative (Дельта нагрева ГВС)
        pub async fn write_deltas_set_dhw_heat_delta(
            &mut self,
            value: f64,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&DELTAS_SET_DHW_HEAT_DELTA, &value).await
        }
        /// Reads `deltas.set_heater_start_delta` ([`DELTAS_SET_HEATER_START_DELTA`]). Heater start delta (Дельта запуска нагревателя), J-series only
        pub async fn read_deltas_set_heater_start_delta(
            &mut self,
        ) -> mm::ModbusResult<f64> {
            self.inner.read_value(&DELTAS_SET_HEATER_START_DELTA).await
        }
        /// Writes `deltas.set_heater_start_delta` ([`DELTAS_SET_HEATER_START_DELTA`]) after checking access, range, firmware and safety locally. Heater start delta (Дельта запуска нагревателя), J-series only
        pub async fn write_deltas_set_heater_start_delta(
            &mut self,
            value: f64,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&DELTAS_SET_HEATER_START_DELTA, &value).await
        }
        /// Reads `deltas.set_heater_stop_delta` ([`DELTAS_SET_HEATER_STOP_DELTA`]). Heater stop delta (Дельта остановки нагревателя), J-series only
        pub async fn read_deltas_set_heater_stop_delta(
            &mut self,
        ) -> mm::ModbusResult<f64> {
            self.inner.read_value(&DELTAS_SET_HEATER_STOP_DELTA).await
        }
        /// Writes `deltas.set_heater_stop_delta` ([`DELTAS_SET_HEATER_STOP_DELTA`]) after checking access, range, firmware and safety locally. Heater stop delta (Дельта остановки нагревателя), J-series only
        pub async fn write_deltas_set_heater_stop_delta(
            &mut self,
            value: f64,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&DELTAS_SET_HEATER_STOP_DELTA, &value).await
        }
        /// Reads `deltas.set_heater_delay_time` ([`DELTAS_SET_HEATER_DELAY_TIME`]). Heater delay time (Время задержки нагревателя), J-series only
        pub async fn read_deltas_set_heater_delay_time(
            &mut self,
        ) -> mm::ModbusResult<u16> {
            self.inner.read_value(&DELTAS_SET_HEATER_DELAY_TIME).await
        }
        /// Writes `deltas.set_heater_delay_time` ([`DELTAS_SET_HEATER_DELAY_TIME`]) after checking access, range, firmware and safety locally. Heater delay time (Время задержки нагревателя), J-series only
        pub async fn write_deltas_set_heater_delay_time(
            &mut self,
            value: u16,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&DELTAS_SET_HEATER_DELAY_TIME, &value).await
        }
        /// Reads every readable register of `system` (base 0) in as few requests as the planner allows.
        pub async fn read_system(&mut self) -> mm::ModbusResult<System> {
            let wanted = self
                .available(
                    &[
                        &SYSTEM_FREE_MEMORY,
                        &SYSTEM_UPTIME,
                        &SYSTEM_STATUS,
                        &SYSTEM_LAST_UPDATE,
                    ],
                );
            let snap = match self.inner.read_many(&wanted, REGISTERS, LIMITS).await? {
                ::core::result::Result::Ok(snap) => snap,
                ::core::result::Result::Err(code) => {
                    return ::core::result::Result::Ok(::core::result::Result::Err(code));
                }
            };
            ::core::result::Result::Ok(
                ::core::result::Result::Ok(System {
                    free_memory: self.decode(&snap, &SYSTEM_FREE_MEMORY)?,
                    uptime: self.decode(&snap, &SYSTEM_UPTIME)?,
                    status: self.decode(&snap, &SYSTEM_STATUS)?,
                    last_update: self.decode(&snap, &SYSTEM_LAST_UPDATE)?,
                }),
            )
        }
        /// Reads every readable register of `temperatures` (base 0) in as few requests as the planner allows.
        pub async fn read_temperatures(&mut self) -> mm::ModbusResult<Temperatures> {
            let wanted = self
                .available(
                    &[
                        &TEMPERATURES_MAIN_INLET_TEMP,
                        &TEMPERATURES_MAIN_OUTLET_TEMP,
                        &TEMPERATURES_DHW_TEMP,
                        &TEMPERATURES_OUTSIDE_TEMP,
                        &TEMPERATURES_BUFFER_TEMP,
                        &TEMPERATURES_SOLAR_TEMP,
                        &TEMPERATURES_POOL_TEMP,
                        &TEMPERATURES_Z1_ROOM_TEMP,
                        &TEMPERATURES_Z1_WATER_TEMP,
                        &TEMPERATURES_Z2_ROOM_TEMP,
                        &TEMPERATURES_Z2_WATER_TEMP,
                        &TEMPERATURES_COMPRESSOR_TEMP,
                        &TEMPERATURES_EVAPORATOR_TEMP,
                        &TEMPERATURES_CONDENSOR_TEMP,
                        &TEMPERATURES_INVERTER_TEMP,
                        &TEMPERATURES_OUTDOOR_COIL_TEMP,
                    ],
                );
            let snap = match self.inner.read_many(&wanted, REGISTERS, LIMITS).await? {
                ::core::result::Result::Ok(snap) => snap,
                ::core::result::Result::Err(code) => {
                    return ::core::result::Result::Ok(::core::result::Result::Err(code));
                }
            };
            ::core::result::Result::Ok(
                ::core::result::Result::Ok(Temperatures {
                    main_inlet_temp: self.decode(&snap, &TEMPERATURES_MAIN_INLET_TEMP)?,
                    main_outlet_temp: self
                        .decode(&snap, &TEMPERATURES_MAIN_OUTLET_TEMP)?,
                    dhw_temp: self.decode(&snap, &TEMPERATURES_DHW_TEMP)?,
                    outside_temp: self.decode(&snap, &TEMPERATURES_OUTSIDE_TEMP)?,
                    buffer_temp: self.decode(&snap, &TEMPERATURES_BUFFER_TEMP)?,
                    solar_temp: self.decode(&snap, &TEMPERATURES_SOLAR_TEMP)?,
                    pool_temp: self.decode(&snap, &TEMPERATURES_POOL_TEMP)?,
                    z1_room_temp: self.decode(&snap, &TEMPERATURES_Z1_ROOM_TEMP)?,
                    z1_water_temp: self.decode(&snap, &TEMPERATURES_Z1_WATER_TEMP)?,
                    z2_room_temp: self.decode(&snap, &TEMPERATURES_Z2_ROOM_TEMP)?,
                    z2_water_temp: self.decode(&snap, &TEMPERATURES_Z2_WATER_TEMP)?,
                    compressor_temp: self.decode(&snap, &TEMPERATURES_COMPRESSOR_TEMP)?,
                    evaporator_temp: self.decode(&snap, &TEMPERATURES_EVAPORATOR_TEMP)?,
                    condensor_temp: self.decode(&snap, &TEMPERATURES_CONDENSOR_TEMP)?,
                    inverter_temp: self.decode(&snap, &TEMPERATURES_INVERTER_TEMP)?,
                    outdoor_coil_temp: self
                        .decode(&snap, &TEMPERATURES_OUTDOOR_COIL_TEMP)?,
                }),
            )
        }
        /// Reads every readable register of `power` (base 0) in as few requests as the planner allows.
        pub async fn read_power(&mut self) -> mm::ModbusResult<Power> {
            let wanted = self
                .available(
                    &[
                        &POWER_HEAT_POWER_PRODUCTION,
                        &POWER_HEAT_POWER_CONSUMPTION,
                        &POWER_COOL_POWER_PRODUCTION,
                        &POWER_COOL_POWER_CONSUMPTION,
                        &POWER_DHW_POWER_PRODUCTION,
                        &POWER_DHW_POWER_CONSUMPTION,
                        &POWER_TOTAL_ENERGY_HEAT,
                        &POWER_TOTAL_ENERGY_COOL,
                        &POWER_TOTAL_ENERGY_DHW,
                        &POWER_COMPRESSOR_FREQ,
                        &POWER_PUMP_SPEED,
                        &POWER_PUMP_FLOW,
                        &POWER_PUMP_DUTY,
                        &POWER_MAX_PUMP_DUTY,
                    ],
                );
            let snap = match self.inner.read_many(&wanted, REGISTERS, LIMITS).await? {
                ::core::result::Result::Ok(snap) => snap,
                ::core::result::Result::Err(code) => {
                    return ::core::result::Result::Ok(::core::result::Result::Err(code));
                }
            };
            ::core::result::Result::Ok(
                ::core::result::Result::Ok(Power {
                    heat_power_production: self
                        .decode(&snap, &POWER_HEAT_POWER_PRODUCTION)?,
                    heat_power_consumption: self
                        .decode(&snap, &POWER_HEAT_POWER_CONSUMPTION)?,
                    cool_power_production: self
                        .decode(&snap, &POWER_COOL_POWER_PRODUCTION)?,
                    cool_power_consumption: self
                        .decode(&snap, &POWER_COOL_POWER_CONSUMPTION)?,
                    dhw_power_production: self
                        .decode(&snap, &POWER_DHW_POWER_PRODUCTION)?,
                    dhw_power_consumption: self
                        .decode(&snap, &POWER_DHW_POWER_CONSUMPTION)?,
                    total_energy_heat: self.decode(&snap, &POWER_TOTAL_ENERGY_HEAT)?,
                    total_energy_cool: self.decode(&snap, &POWER_TOTAL_ENERGY_COOL)?,
                    total_energy_dhw: self.decode(&snap, &POWER_TOTAL_ENERGY_DHW)?,
                    compressor_freq: self.decode(&snap, &POWER_COMPRESSOR_FREQ)?,
                    pump_speed: self.decode(&snap, &POWER_PUMP_SPEED)?,
                    pump_flow: self.decode(&snap, &POWER_PUMP_FLOW)?,
                    pump_duty: self.decode(&snap, &POWER_PUMP_DUTY)?,
                    max_pump_duty: self.decode(&snap, &POWER_MAX_PUMP_DUTY)?,
                }),
            )
        }
        /// Reads every readable register of `states` (base 0) in as few requests as the planner allows.
        pub async fn read_states(&mut self) -> mm::ModbusResult<States> {
            let wanted = self
                .available(
                    &[
                        &STATES_HEATPUMP_STATE,
                        &STATES_PUMP_STATE,
                        &STATES_OPERATION_MODE,
                        &STATES_QUIET_MODE,
                        &STATES_POWERFUL_MODE,
                        &STATES_HOLIDAY_MODE,
                        &STATES_FORCE_DHW,
                        &STATES_FORCE_DEFROST,
                        &STATES_FORCE_STERILIZATION,
                        &STATES_DEFROSTING_STATE,
                        &STATES_THREEWAY_VALVE_STATE,
                        &STATES_ZONES_STATE,
                        &STATES_MAIN_SCHEDULE_STATE,
                        &STATES_DHW_HEATER_STATE,
                        &STATES_ROOM_HEATER_STATE,
                        &STATES_INTERNAL_HEATER_STATE,
                    ],
                );
            let snap = match self.inner.read_many(&wanted, REGISTERS, LIMITS).await? {
                ::core::result::Result::Ok(snap) => snap,
                ::core::result::Result::Err(code) => {
                    return ::core::result::Result::Ok(::core::result::Result::Err(code));
                }
            };
            ::core::result::Result::Ok(
                ::core::result::Result::Ok(States {
                    heatpump_state: self.decode(&snap, &STATES_HEATPUMP_STATE)?,
                    pump_state: self.decode(&snap, &STATES_PUMP_STATE)?,
                    operation_mode: self.decode(&snap, &STATES_OPERATION_MODE)?,
                    quiet_mode: self.decode(&snap, &STATES_QUIET_MODE)?,
                    powerful_mode: self.decode(&snap, &STATES_POWERFUL_MODE)?,
                    holiday_mode: self.decode(&snap, &STATES_HOLIDAY_MODE)?,
                    force_dhw: self.decode(&snap, &STATES_FORCE_DHW)?,
                    force_defrost: self.decode(&snap, &STATES_FORCE_DEFROST)?,
                    force_sterilization: self
                        .decode(&snap, &STATES_FORCE_STERILIZATION)?,
                    defrosting_state: self.decode(&snap, &STATES_DEFROSTING_STATE)?,
                    threeway_valve_state: self
                        .decode(&snap, &STATES_THREEWAY_VALVE_STATE)?,
                    zones_state: self.decode(&snap, &STATES_ZONES_STATE)?,
                    main_schedule_state: self
                        .decode(&snap, &STATES_MAIN_SCHEDULE_STATE)?,
                    dhw_heater_state: self.decode(&snap, &STATES_DHW_HEATER_STATE)?,
                    room_heater_state: self.decode(&snap, &STATES_ROOM_HEATER_STATE)?,
                    internal_heater_state: self
                        .decode(&snap, &STATES_INTERNAL_HEATER_STATE)?,
                }),
            )
        }
        /// Reads every readable register of `zone_pumps` (base 0) in as few requests as the planner allows.
        pub async fn read_zone_pumps(&mut self) -> mm::ModbusResult<ZonePumps> {
            let wanted = self
                .available(
                    &[
                        &ZONE_PUMPS_Z1_WATER_PUMP,
                        &ZONE_PUMPS_Z2_WATER_PUMP,
                        &ZONE_PUMPS_POOL_WATER_PUMP,
                        &ZONE_PUMPS_SOLAR_WATER_PUMP,
                        &ZONE_PUMPS_Z1_PUMP_STATE,
                        &ZONE_PUMPS_Z2_PUMP_STATE,
                        &ZONE_PUMPS_PUMP_FLOWRATE_MODE,
                    ],
                );
            let snap = match self.inner.read_many(&wanted, REGISTERS, LIMITS).await? {
                ::core::result::Result::Ok(snap) => snap,
                ::core::result::Result::Err(code) => {
                    return ::core::result::Result::Ok(::core::result::Result::Err(code));
                }
            };
            ::core::result::Result::Ok(
                ::core::result::Result::Ok(ZonePumps {
                    z1_water_pump: self.decode(&snap, &ZONE_PUMPS_Z1_WATER_PUMP)?,
                    z2_water_pump: self.decode(&snap, &ZONE_PUMPS_Z2_WATER_PUMP)?,
                    pool_water_pump: self.decode(&snap, &ZONE_PUMPS_POOL_WATER_PUMP)?,
                    solar_water_pump: self.decode(&snap, &ZONE_PUMPS_SOLAR_WATER_PUMP)?,
                    z1_pump_state: self.decode(&snap, &ZONE_PUMPS_Z1_PUMP_STATE)?,
                    z2_pump_state: self.decode(&snap, &ZONE_PUMPS_Z2_PUMP_STATE)?,
                    pump_flowrate_mode: self
                        .decode(&snap, &ZONE_PUMPS_PUMP_FLOWRATE_MODE)?,
                }),
            )
        }
        /// Reads every readable register of `commands` (base 0) in as few requests as the planner allows.
        pub async fn read_commands(&mut self) -> mm::ModbusResult<Commands> {
            let wanted = self
                .available(
                    &[
                        &COMMANDS_SET_HEATPUMP,
                        &COMMANDS_SET_PUMP,
                        &COMMANDS_SET_MAX_PUMP_DUTY,
                        &COMMANDS_SET_QUIET_MODE,
                        &COMMANDS_SET_POWERFUL_MODE,
                        &COMMANDS_SET_OPERATION_MODE,
                        &COMMANDS_SET_HOLIDAY_MODE,
                        &COMMANDS_SET_FORCE_DHW,
                        &COMMANDS_SET_FORCE_DEFROST,
                        &COMMANDS_SET_FORCE_STERILIZATION,
                        &COMMANDS_SET_MAIN_SCHEDULE,
                        &COMMANDS_SET_RESET,
                        &COMMANDS_SET_ZONES,
                        &COMMANDS_SET_EXTERNAL_CONTROL,
                        &COMMANDS_SET_EXTERNAL_ERROR,
                        &COMMANDS_SET_EXTERNAL_COMPRESSOR_CONTROL,
                    ],
                );
            let snap = match self.inner.read_many(&wanted, REGISTERS, LIMITS).await? {
                ::core::result::Result::Ok(snap) => snap,
                ::core::result::Result::Err(code) => {
                    return ::core::result::Result::Ok(::core::result::Result::Err(code));
                }
            };
            ::core::result::Result::Ok(
                ::core::result::Result::Ok(Commands {
                    set_heatpump: self.decode(&snap, &COMMANDS_SET_HEATPUMP)?,
                    set_pump: self.decode(&snap, &COMMANDS_SET_PUMP)?,
                    set_max_pump_duty: self.decode(&snap, &COMMANDS_SET_MAX_PUMP_DUTY)?,
                    set_quiet_mode: self.decode(&snap, &COMMANDS_SET_QUIET_MODE)?,
                    set_powerful_mode: self.decode(&snap, &COMMANDS_SET_POWERFUL_MODE)?,
                    set_operation_mode: self
                        .decode(&snap, &COMMANDS_SET_OPERATION_MODE)?,
                    set_holiday_mode: self.decode(&snap, &COMMANDS_SET_HOLIDAY_MODE)?,
                    set_force_dhw: self.decode(&snap, &COMMANDS_SET_FORCE_DHW)?,
                    set_force_defrost: self.decode(&snap, &COMMANDS_SET_FORCE_DEFROST)?,
                    set_force_sterilization: self
                        .decode(&snap, &COMMANDS_SET_FORCE_STERILIZATION)?,
                    set_main_schedule: self.decode(&snap, &COMMANDS_SET_MAIN_SCHEDULE)?,
                    set_reset: self.decode(&snap, &COMMANDS_SET_RESET)?,
                    set_zones: self.decode(&snap, &COMMANDS_SET_ZONES)?,
                    set_external_control: self
                        .decode(&snap, &COMMANDS_SET_EXTERNAL_CONTROL)?,
                    set_external_error: self
                        .decode(&snap, &COMMANDS_SET_EXTERNAL_ERROR)?,
                    set_external_compressor_control: self
                        .decode(&snap, &COMMANDS_SET_EXTERNAL_COMPRESSOR_CONTROL)?,
                }),
            )
        }
        /// Reads every readable register of `extra_commands` (base 0) in as few requests as the planner allows.
        pub async fn read_extra_commands(&mut self) -> mm::ModbusResult<ExtraCommands> {
            let wanted = self
                .available(
                    &[
                        &EXTRA_COMMANDS_SET_EXTERNAL_HEAT_COOL_CONTROL,
                        &EXTRA_COMMANDS_SET_BIVALENT_CONTROL,
                        &EXTRA_COMMANDS_SET_BIVALENT_MODE,
                        &EXTRA_COMMANDS_SET_ALT_EXTERNAL_SENSOR,
                        &EXTRA_COMMANDS_SET_EXTERNAL_PAD_HEATER,
                        &EXTRA_COMMANDS_SET_BUFFER,
                    ],
                );
            let snap = match self.inner.read_many(&wanted, REGISTERS, LIMITS).await? {
                ::core::result::Result::Ok(snap) => snap,
                ::core::result::Result::Err(code) => {
                    return ::core::result::Result::Ok(::core::result::Result::Err(code));
                }
            };
            ::core::result::Result::Ok(
                ::core::result::Result::Ok(ExtraCommands {
                    set_external_heat_cool_control: self
                        .decode(&snap, &EXTRA_COMMANDS_SET_EXTERNAL_HEAT_COOL_CONTROL)?,
                    set_bivalent_control: self
                        .decode(&snap, &EXTRA_COMMANDS_SET_BIVALENT_CONTROL)?,
                    set_bivalent_mode: self
                        .decode(&snap, &EXTRA_COMMANDS_SET_BIVALENT_MODE)?,
                    set_alt_external_sensor: self
                        .decode(&snap, &EXTRA_COMMANDS_SET_ALT_EXTERNAL_SENSOR)?,
                    set_external_pad_heater: self
                        .decode(&snap, &EXTRA_COMMANDS_SET_EXTERNAL_PAD_HEATER)?,
                    set_buffer: self.decode(&snap, &EXTRA_COMMANDS_SET_BUFFER)?,
                }),
            )
        }
        /// Reads every readable register of `setpoints` (base 0) in as few requests as the planner allows.
        pub async fn read_setpoints(&mut self) -> mm::ModbusResult<Setpoints> {
            let wanted = self
                .available(
                    &[
                        &SETPOINTS_SET_Z1_HEAT_TEMP,
                        &SETPOINTS_SET_Z1_COOL_TEMP,
                        &SETPOINTS_SET_Z2_HEAT_TEMP,
                        &SETPOINTS_SET_Z2_COOL_TEMP,
                        &SETPOINTS_SET_DHW_TEMP,
                        &SETPOINTS_SET_BIVALENT_START_TEMP,
                        &SETPOINTS_SET_BIVALENT_AP_START_TEMP,
                        &SETPOINTS_SET_BIVALENT_AP_STOP_TEMP,
                        &SETPOINTS_SET_HEATING_OFF_OUTDOOR_TEMP,
                    ],
                );
            let snap = match self.inner.read_many(&wanted, REGISTERS, LIMITS).await? {
                ::core::result::Result::Ok(snap) => snap,
                ::core::result::Result::Err(code) => {
                    return ::core::result::Result::Ok(::core::result::Result::Err(code));
                }
            };
            ::core::result::Result::Ok(
                ::core::result::Result::Ok(Setpoints {
                    set_z1_heat_temp: self.decode(&snap, &SETPOINTS_SET_Z1_HEAT_TEMP)?,
                    set_z1_cool_temp: self.decode(&snap, &SETPOINTS_SET_Z1_COOL_TEMP)?,
                    set_z2_heat_temp: self.decode(&snap, &SETPOINTS_SET_Z2_HEAT_TEMP)?,
                    set_z2_cool_temp: self.decode(&snap, &SETPOINTS_SET_Z2_COOL_TEMP)?,
                    set_dhw_temp: self.decode(&snap, &SETPOINTS_SET_DHW_TEMP)?,
                    set_bivalent_start_temp: self
                        .decode(&snap, &SETPOINTS_SET_BIVALENT_START_TEMP)?,
                    set_bivalent_ap_start_temp: self
                        .decode(&snap, &SETPOINTS_SET_BIVALENT_AP_START_TEMP)?,
                    set_bivalent_ap_stop_temp: self
                        .decode(&snap, &SETPOINTS_SET_BIVALENT_AP_STOP_TEMP)?,
                    set_heating_off_outdoor_temp: self
                        .decode(&snap, &SETPOINTS_SET_HEATING_OFF_OUTDOOR_TEMP)?,
                }),
            )
        }
        /// Reads every readable register of `deltas` (base 0) in as few requests as the planner allows.
        pub async fn read_deltas(&mut self) -> mm::ModbusResult<Deltas> {
            let wanted = self
                .available(
                    &[
                        &DELTAS_SET_BUFFER_DELTA,
                        &DELTAS_SET_FLOOR_HEAT_DELTA,
                        &DELTAS_SET_FLOOR_COOL_DELTA,
                        &DELTAS_SET_DHW_HEAT_DELTA,
                        &DELTAS_SET_HEATER_START_DELTA,
                        &DELTAS_SET_HEATER_STOP_DELTA,
                        &DELTAS_SET_HEATER_DELAY_TIME,
                    ],
                );
            let snap = match self.inner.read_many(&wanted, REGISTERS, LIMITS).await? {
                ::core::result::Result::Ok(snap) => snap,
                ::core::result::Result::Err(code) => {
                    return ::core::result::Result::Ok(::core::result::Result::Err(code));
                }
            };
            ::core::result::Result::Ok(
                ::core::result::Result::Ok(Deltas {
                    set_buffer_delta: self.decode(&snap, &DELTAS_SET_BUFFER_DELTA)?,
                    set_floor_heat_delta: self
                        .decode(&snap, &DELTAS_SET_FLOOR_HEAT_DELTA)?,
                    set_floor_cool_delta: self
                        .decode(&snap, &DELTAS_SET_FLOOR_COOL_DELTA)?,
                    set_dhw_heat_delta: self.decode(&snap, &DELTAS_SET_DHW_HEAT_DELTA)?,
                    set_heater_start_delta: self
                        .decode(&snap, &DELTAS_SET_HEATER_START_DELTA)?,
                    set_heater_stop_delta: self
                        .decode(&snap, &DELTAS_SET_HEATER_STOP_DELTA)?,
                    set_heater_delay_time: self
                        .decode(&snap, &DELTAS_SET_HEATER_DELAY_TIME)?,
                }),
            )
        }
        /// Reads every readable register of `quick_commands` (base 0) in as few requests as the planner allows.
        pub async fn read_quick_commands(&mut self) -> mm::ModbusResult<QuickCommands> {
            let wanted = self
                .available(
                    &[
                        &QUICK_COMMANDS_QUICK_HEATPUMP_ON,
                        &QUICK_COMMANDS_QUICK_HEATPUMP_OFF,
                        &QUICK_COMMANDS_QUICK_PUMP_ON,
                        &QUICK_COMMANDS_QUICK_PUMP_OFF,
                        &QUICK_COMMANDS_QUICK_DHW_ON,
                        &QUICK_COMMANDS_QUICK_DHW_OFF,
                        &QUICK_COMMANDS_QUICK_DEFROST,
                        &QUICK_COMMANDS_QUICK_STERILIZATION,
                    ],
                );
            let snap = match self.inner.read_many(&wanted, REGISTERS, LIMITS).await? {
                ::core::result::Result::Ok(snap) => snap,
                ::core::result::Result::Err(code) => {
                    return ::core::result::Result::Ok(::core::result::Result::Err(code));
                }
            };
            ::core::result::Result::Ok(
                ::core::result::Result::Ok(QuickCommands {
                    quick_heatpump_on: self
                        .decode(&snap, &QUICK_COMMANDS_QUICK_HEATPUMP_ON)?,
                    quick_heatpump_off: self
                        .decode(&snap, &QUICK_COMMANDS_QUICK_HEATPUMP_OFF)?,
                    quick_pump_on: self.decode(&snap, &QUICK_COMMANDS_QUICK_PUMP_ON)?,
                    quick_pump_off: self.decode(&snap, &QUICK_COMMANDS_QUICK_PUMP_OFF)?,
                    quick_dhw_on: self.decode(&snap, &QUICK_COMMANDS_QUICK_DHW_ON)?,
                    quick_dhw_off: self.decode(&snap, &QUICK_COMMANDS_QUICK_DHW_OFF)?,
                    quick_defrost: self.decode(&snap, &QUICK_COMMANDS_QUICK_DEFROST)?,
                    quick_sterilization: self
                        .decode(&snap, &QUICK_COMMANDS_QUICK_STERILIZATION)?,
                }),
            )
        }
        /// Reads every readable register of `alarms` (base 0) in as few requests as the planner allows.
        pub async fn read_alarms(&mut self) -> mm::ModbusResult<Alarms> {
            let wanted = self
                .available(
                    &[
                        &ALARMS_ALARM_COMPRESSOR,
                        &ALARMS_ALARM_PUMP,
                        &ALARMS_ALARM_SENSOR,
                        &ALARMS_ALARM_COMMUNICATION,
                        &ALARMS_ALARM_HIGH_PRESSURE,
                        &ALARMS_ALARM_LOW_PRESSURE,
                        &ALARMS_ALARM_HIGH_TEMP,
                        &ALARMS_ALARM_LOW_TEMP,
                    ],
                );
            let snap = match self.inner.read_many(&wanted, REGISTERS, LIMITS).await? {
                ::core::result::Result::Ok(snap) => snap,
                ::core::result::Result::Err(code) => {
                    return ::core::result::Result::Ok(::core::result::Result::Err(code));
                }
            };
            ::core::result::Result::Ok(
                ::core::result::Result::Ok(Alarms {
                    alarm_compressor: self.decode(&snap, &ALARMS_ALARM_COMPRESSOR)?,
                    alarm_pump: self.decode(&snap, &ALARMS_ALARM_PUMP)?,
                    alarm_sensor: self.decode(&snap, &ALARMS_ALARM_SENSOR)?,
                    alarm_communication: self
                        .decode(&snap, &ALARMS_ALARM_COMMUNICATION)?,
                    alarm_high_pressure: self
                        .decode(&snap, &ALARMS_ALARM_HIGH_PRESSURE)?,
                    alarm_low_pressure: self.decode(&snap, &ALARMS_ALARM_LOW_PRESSURE)?,
                    alarm_high_temp: self.decode(&snap, &ALARMS_ALARM_HIGH_TEMP)?,
                    alarm_low_temp: self.decode(&snap, &ALARMS_ALARM_LOW_TEMP)?,
                }),
            )
        }
        /// Reads every readable register of `operating_status` (base 0) in as few requests as the planner allows.
        pub async fn read_operating_status(
            &mut self,
        ) -> mm::ModbusResult<OperatingStatus> {
            let wanted = self
                .available(
                    &[
                        &OPERATING_STATUS_STATUS_HEATING,
                        &OPERATING_STATUS_STATUS_COOLING,
                        &OPERATING_STATUS_STATUS_DHW,
                        &OPERATING_STATUS_STATUS_DEFROSTING,
                        &OPERATING_STATUS_STATUS_STERILIZATION,
                        &OPERATING_STATUS_STATUS_HOLIDAY,
                        &OPERATING_STATUS_STATUS_POWERFUL,
                        &OPERATING_STATUS_STATUS_QUIET,
                    ],
                );
            let snap = match self.inner.read_many(&wanted, REGISTERS, LIMITS).await? {
                ::core::result::Result::Ok(snap) => snap,
                ::core::result::Result::Err(code) => {
                    return ::core::result::Result::Ok(::core::result::Result::Err(code));
                }
            };
            ::core::result::Result::Ok(
                ::core::result::Result::Ok(OperatingStatus {
                    status_heating: self
                        .decode(&snap, &OPERATING_STATUS_STATUS_HEATING)?,
                    status_cooling: self
                        .decode(&snap, &OPERATING_STATUS_STATUS_COOLING)?,
                    status_dhw: self.decode(&snap, &OPERATING_STATUS_STATUS_DHW)?,
                    status_defrosting: self
                        .decode(&snap, &OPERATING_STATUS_STATUS_DEFROSTING)?,
                    status_sterilization: self
                        .decode(&snap, &OPERATING_STATUS_STATUS_STERILIZATION)?,
                    status_holiday: self
                        .decode(&snap, &OPERATING_STATUS_STATUS_HOLIDAY)?,
                    status_powerful: self
                        .decode(&snap, &OPERATING_STATUS_STATUS_POWERFUL)?,
                    status_quiet: self.decode(&snap, &OPERATING_STATUS_STATUS_QUIET)?,
                }),
            )
        }
        /// Reads every readable register of the device (those the connected
        /// firmware has) in as few requests as the planner allows.
        pub async fn read_all(&mut self) -> mm::ModbusResult<All> {
            let wanted = self
                .available(
                    &[
                        &SYSTEM_FREE_MEMORY,
                        &SYSTEM_UPTIME,
                        &SYSTEM_STATUS,
                        &SYSTEM_LAST_UPDATE,
                        &TEMPERATURES_MAIN_INLET_TEMP,
                        &TEMPERATURES_MAIN_OUTLET_TEMP,
                        &TEMPERATURES_DHW_TEMP,
                        &TEMPERATURES_OUTSIDE_TEMP,
                        &TEMPERATURES_BUFFER_TEMP,
                        &TEMPERATURES_SOLAR_TEMP,
                        &TEMPERATURES_POOL_TEMP,
                        &TEMPERATURES_Z1_ROOM_TEMP,
                        &TEMPERATURES_Z1_WATER_TEMP,
                        &TEMPERATURES_Z2_ROOM_TEMP,
                        &TEMPERATURES_Z2_WATER_TEMP,
                        &TEMPERATURES_COMPRESSOR_TEMP,
                        &TEMPERATURES_EVAPORATOR_TEMP,
                        &TEMPERATURES_CONDENSOR_TEMP,
                        &TEMPERATURES_INVERTER_TEMP,
                        &TEMPERATURES_OUTDOOR_COIL_TEMP,
                        &POWER_HEAT_POWER_PRODUCTION,
                        &POWER_HEAT_POWER_CONSUMPTION,
                        &POWER_COOL_POWER_PRODUCTION,
                        &POWER_COOL_POWER_CONSUMPTION,
                        &POWER_DHW_POWER_PRODUCTION,
                        &POWER_DHW_POWER_CONSUMPTION,
                        &POWER_TOTAL_ENERGY_HEAT,
                        &POWER_TOTAL_ENERGY_COOL,
                        &POWER_TOTAL_ENERGY_DHW,
                        &POWER_COMPRESSOR_FREQ,
                        &POWER_PUMP_SPEED,
                        &POWER_PUMP_FLOW,
                        &POWER_PUMP_DUTY,
                        &POWER_MAX_PUMP_DUTY,
                        &STATES_HEATPUMP_STATE,
                        &STATES_PUMP_STATE,
                        &STATES_OPERATION_MODE,
                        &STATES_QUIET_MODE,
                        &STATES_POWERFUL_MODE,
                        &STATES_HOLIDAY_MODE,
                        &STATES_FORCE_DHW,
                        &STATES_FORCE_DEFROST,
                        &STATES_FORCE_STERILIZATION,
                        &STATES_DEFROSTING_STATE,
                        &STATES_THREEWAY_VALVE_STATE,
                        &STATES_ZONES_STATE,
                        &STATES_MAIN_SCHEDULE_STATE,
                        &STATES_DHW_HEATER_STATE,
                        &STATES_ROOM_HEATER_STATE,
                        &STATES_INTERNAL_HEATER_STATE,
                        &ZONE_PUMPS_Z1_WATER_PUMP,
                        &ZONE_PUMPS_Z2_WATER_PUMP,
                        &ZONE_PUMPS_POOL_WATER_PUMP,
                        &ZONE_PUMPS_SOLAR_WATER_PUMP,
                        &ZONE_PUMPS_Z1_PUMP_STATE,
                        &ZONE_PUMPS_Z2_PUMP_STATE,
                        &ZONE_PUMPS_PUMP_FLOWRATE_MODE,
                        &COMMANDS_SET_HEATPUMP,
                        &COMMANDS_SET_PUMP,
                        &COMMANDS_SET_MAX_PUMP_DUTY,
                        &COMMANDS_SET_QUIET_MODE,
                        &COMMANDS_SET_POWERFUL_MODE,
                        &COMMANDS_SET_OPERATION_MODE,
                        &COMMANDS_SET_HOLIDAY_MODE,
                        &COMMANDS_SET_FORCE_DHW,
                        &COMMANDS_SET_FORCE_DEFROST,
                        &COMMANDS_SET_FORCE_STERILIZATION,
                        &COMMANDS_SET_MAIN_SCHEDULE,
                        &COMMANDS_SET_RESET,
                        &COMMANDS_SET_ZONES,
                        &COMMANDS_SET_EXTERNAL_CONTROL,
                        &COMMANDS_SET_EXTERNAL_ERROR,
                        &COMMANDS_SET_EXTERNAL_COMPRESSOR_CONTROL,
                        &EXTRA_COMMANDS_SET_EXTERNAL_HEAT_COOL_CONTROL,
                        &EXTRA_COMMANDS_SET_BIVALENT_CONTROL,
                        &EXTRA_COMMANDS_SET_BIVALENT_MODE,
                        &EXTRA_COMMANDS_SET_ALT_EXTERNAL_SENSOR,
                        &EXTRA_COMMANDS_SET_EXTERNAL_PAD_HEATER,
                        &EXTRA_COMMANDS_SET_BUFFER,
                        &SETPOINTS_SET_Z1_HEAT_TEMP,
                        &SETPOINTS_SET_Z1_COOL_TEMP,
                        &SETPOINTS_SET_Z2_HEAT_TEMP,
                        &SETPOINTS_SET_Z2_COOL_TEMP,
                        &SETPOINTS_SET_DHW_TEMP,
                        &SETPOINTS_SET_BIVALENT_START_TEMP,
                        &SETPOINTS_SET_BIVALENT_AP_START_TEMP,
                        &SETPOINTS_SET_BIVALENT_AP_STOP_TEMP,
                        &SETPOINTS_SET_HEATING_OFF_OUTDOOR_TEMP,
                        &DELTAS_SET_BUFFER_DELTA,
                        &DELTAS_SET_FLOOR_HEAT_DELTA,
                        &DELTAS_SET_FLOOR_COOL_DELTA,
                        &DELTAS_SET_DHW_HEAT_DELTA,
                        &DELTAS_SET_HEATER_START_DELTA,
                        &DELTAS_SET_HEATER_STOP_DELTA,
                        &DELTAS_SET_HEATER_DELAY_TIME,
                        &QUICK_COMMANDS_QUICK_HEATPUMP_ON,
                        &QUICK_COMMANDS_QUICK_HEATPUMP_OFF,
                        &QUICK_COMMANDS_QUICK_PUMP_ON,
                        &QUICK_COMMANDS_QUICK_PUMP_OFF,
                        &QUICK_COMMANDS_QUICK_DHW_ON,
                        &QUICK_COMMANDS_QUICK_DHW_OFF,
                        &QUICK_COMMANDS_QUICK_DEFROST,
                        &QUICK_COMMANDS_QUICK_STERILIZATION,
                        &ALARMS_ALARM_COMPRESSOR,
                        &ALARMS_ALARM_PUMP,
                        &ALARMS_ALARM_SENSOR,
                        &ALARMS_ALARM_COMMUNICATION,
                        &ALARMS_ALARM_HIGH_PRESSURE,
                        &ALARMS_ALARM_LOW_PRESSURE,
                        &ALARMS_ALARM_HIGH_TEMP,
                        &ALARMS_ALARM_LOW_TEMP,
                        &OPERATING_STATUS_STATUS_HEATING,
                        &OPERATING_STATUS_STATUS_COOLING,
                        &OPERATING_STATUS_STATUS_DHW,
                        &OPERATING_STATUS_STATUS_DEFROSTING,
                        &OPERATING_STATUS_STATUS_STERILIZATION,
                        &OPERATING_STATUS_STATUS_HOLIDAY,
                        &OPERATING_STATUS_STATUS_POWERFUL,
                        &OPERATING_STATUS_STATUS_QUIET,
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
                    system: System {
                        free_memory: self.decode(&snap, &SYSTEM_FREE_MEMORY)?,
                        uptime: self.decode(&snap, &SYSTEM_UPTIME)?,
                        status: self.decode(&snap, &SYSTEM_STATUS)?,
                        last_update: self.decode(&snap, &SYSTEM_LAST_UPDATE)?,
                    },
                    temperatures: Temperatures {
                        main_inlet_temp: self
                            .decode(&snap, &TEMPERATURES_MAIN_INLET_TEMP)?,
                        main_outlet_temp: self
                            .decode(&snap, &TEMPERATURES_MAIN_OUTLET_TEMP)?,
                        dhw_temp: self.decode(&snap, &TEMPERATURES_DHW_TEMP)?,
                        outside_temp: self.decode(&snap, &TEMPERATURES_OUTSIDE_TEMP)?,
                        buffer_temp: self.decode(&snap, &TEMPERATURES_BUFFER_TEMP)?,
                        solar_temp: self.decode(&snap, &TEMPERATURES_SOLAR_TEMP)?,
                        pool_temp: self.decode(&snap, &TEMPERATURES_POOL_TEMP)?,
                        z1_room_temp: self.decode(&snap, &TEMPERATURES_Z1_ROOM_TEMP)?,
                        z1_water_temp: self.decode(&snap, &TEMPERATURES_Z1_WATER_TEMP)?,
                        z2_room_temp: self.decode(&snap, &TEMPERATURES_Z2_ROOM_TEMP)?,
                        z2_water_temp: self.decode(&snap, &TEMPERATURES_Z2_WATER_TEMP)?,
                        compressor_temp: self
                            .decode(&snap, &TEMPERATURES_COMPRESSOR_TEMP)?,
                        evaporator_temp: self
                            .decode(&snap, &TEMPERATURES_EVAPORATOR_TEMP)?,
                        condensor_temp: self
                            .decode(&snap, &TEMPERATURES_CONDENSOR_TEMP)?,
                        inverter_temp: self.decode(&snap, &TEMPERATURES_INVERTER_TEMP)?,
                        outdoor_coil_temp: self
                            .decode(&snap, &TEMPERATURES_OUTDOOR_COIL_TEMP)?,
                    },
                    power: Power {
                        heat_power_production: self
                            .decode(&snap, &POWER_HEAT_POWER_PRODUCTION)?,
                        heat_power_consumption: self
                            .decode(&snap, &POWER_HEAT_POWER_CONSUMPTION)?,
                        cool_power_production: self
                            .decode(&snap, &POWER_COOL_POWER_PRODUCTION)?,
                        cool_power_consumption: self
                            .decode(&snap, &POWER_COOL_POWER_CONSUMPTION)?,
                        dhw_power_production: self
                            .decode(&snap, &POWER_DHW_POWER_PRODUCTION)?,
                        dhw_power_consumption: self
                            .decode(&snap, &POWER_DHW_POWER_CONSUMPTION)?,
                        total_energy_heat: self.decode(&snap, &POWER_TOTAL_ENERGY_HEAT)?,
                        total_energy_cool: self.decode(&snap, &POWER_TOTAL_ENERGY_COOL)?,
                        total_energy_dhw: self.decode(&snap, &POWER_TOTAL_ENERGY_DHW)?,
                        compressor_freq: self.decode(&snap, &POWER_COMPRESSOR_FREQ)?,
                        pump_speed: self.decode(&snap, &POWER_PUMP_SPEED)?,
                        pump_flow: self.decode(&snap, &POWER_PUMP_FLOW)?,
                        pump_duty: self.decode(&snap, &POWER_PUMP_DUTY)?,
                        max_pump_duty: self.decode(&snap, &POWER_MAX_PUMP_DUTY)?,
                    },
                    states: States {
                        heatpump_state: self.decode(&snap, &STATES_HEATPUMP_STATE)?,
                        pump_state: self.decode(&snap, &STATES_PUMP_STATE)?,
                        operation_mode: self.decode(&snap, &STATES_OPERATION_MODE)?,
                        quiet_mode: self.decode(&snap, &STATES_QUIET_MODE)?,
                        powerful_mode: self.decode(&snap, &STATES_POWERFUL_MODE)?,
                        holiday_mode: self.decode(&snap, &STATES_HOLIDAY_MODE)?,
                        force_dhw: self.decode(&snap, &STATES_FORCE_DHW)?,
                        force_defrost: self.decode(&snap, &STATES_FORCE_DEFROST)?,
                        force_sterilization: self
                            .decode(&snap, &STATES_FORCE_STERILIZATION)?,
                        defrosting_state: self.decode(&snap, &STATES_DEFROSTING_STATE)?,
                        threeway_valve_state: self
                            .decode(&snap, &STATES_THREEWAY_VALVE_STATE)?,
                        zones_state: self.decode(&snap, &STATES_ZONES_STATE)?,
                        main_schedule_state: self
                            .decode(&snap, &STATES_MAIN_SCHEDULE_STATE)?,
                        dhw_heater_state: self.decode(&snap, &STATES_DHW_HEATER_STATE)?,
                        room_heater_state: self
                            .decode(&snap, &STATES_ROOM_HEATER_STATE)?,
                        internal_heater_state: self
                            .decode(&snap, &STATES_INTERNAL_HEATER_STATE)?,
                    },
                    zone_pumps: ZonePumps {
                        z1_water_pump: self.decode(&snap, &ZONE_PUMPS_Z1_WATER_PUMP)?,
                        z2_water_pump: self.decode(&snap, &ZONE_PUMPS_Z2_WATER_PUMP)?,
                        pool_water_pump: self
                            .decode(&snap, &ZONE_PUMPS_POOL_WATER_PUMP)?,
                        solar_water_pump: self
                            .decode(&snap, &ZONE_PUMPS_SOLAR_WATER_PUMP)?,
                        z1_pump_state: self.decode(&snap, &ZONE_PUMPS_Z1_PUMP_STATE)?,
                        z2_pump_state: self.decode(&snap, &ZONE_PUMPS_Z2_PUMP_STATE)?,
                        pump_flowrate_mode: self
                            .decode(&snap, &ZONE_PUMPS_PUMP_FLOWRATE_MODE)?,
                    },
                    commands: Commands {
                        set_heatpump: self.decode(&snap, &COMMANDS_SET_HEATPUMP)?,
                        set_pump: self.decode(&snap, &COMMANDS_SET_PUMP)?,
                        set_max_pump_duty: self
                            .decode(&snap, &COMMANDS_SET_MAX_PUMP_DUTY)?,
                        set_quiet_mode: self.decode(&snap, &COMMANDS_SET_QUIET_MODE)?,
                        set_powerful_mode: self
                            .decode(&snap, &COMMANDS_SET_POWERFUL_MODE)?,
                        set_operation_mode: self
                            .decode(&snap, &COMMANDS_SET_OPERATION_MODE)?,
                        set_holiday_mode: self
                            .decode(&snap, &COMMANDS_SET_HOLIDAY_MODE)?,
                        set_force_dhw: self.decode(&snap, &COMMANDS_SET_FORCE_DHW)?,
                        set_force_defrost: self
                            .decode(&snap, &COMMANDS_SET_FORCE_DEFROST)?,
                        set_force_sterilization: self
                            .decode(&snap, &COMMANDS_SET_FORCE_STERILIZATION)?,
                        set_main_schedule: self
                            .decode(&snap, &COMMANDS_SET_MAIN_SCHEDULE)?,
                        set_reset: self.decode(&snap, &COMMANDS_SET_RESET)?,
                        set_zones: self.decode(&snap, &COMMANDS_SET_ZONES)?,
                        set_external_control: self
                            .decode(&snap, &COMMANDS_SET_EXTERNAL_CONTROL)?,
                        set_external_error: self
                            .decode(&snap, &COMMANDS_SET_EXTERNAL_ERROR)?,
                        set_external_compressor_control: self
                            .decode(&snap, &COMMANDS_SET_EXTERNAL_COMPRESSOR_CONTROL)?,
                    },
                    extra_commands: ExtraCommands {
                        set_external_heat_cool_control: self
                            .decode(
                                &snap,
                                &EXTRA_COMMANDS_SET_EXTERNAL_HEAT_COOL_CONTROL,
                            )?,
                        set_bivalent_control: self
                            .decode(&snap, &EXTRA_COMMANDS_SET_BIVALENT_CONTROL)?,
                        set_bivalent_mode: self
                            .decode(&snap, &EXTRA_COMMANDS_SET_BIVALENT_MODE)?,
                        set_alt_external_sensor: self
                            .decode(&snap, &EXTRA_COMMANDS_SET_ALT_EXTERNAL_SENSOR)?,
                        set_external_pad_heater: self
                            .decode(&snap, &EXTRA_COMMANDS_SET_EXTERNAL_PAD_HEATER)?,
                        set_buffer: self.decode(&snap, &EXTRA_COMMANDS_SET_BUFFER)?,
                    },
                    setpoints: Setpoints {
                        set_z1_heat_temp: self
                            .decode(&snap, &SETPOINTS_SET_Z1_HEAT_TEMP)?,
                        set_z1_cool_temp: self
                            .decode(&snap, &SETPOINTS_SET_Z1_COOL_TEMP)?,
                        set_z2_heat_temp: self
                            .decode(&snap, &SETPOINTS_SET_Z2_HEAT_TEMP)?,
                        set_z2_cool_temp: self
                            .decode(&snap, &SETPOINTS_SET_Z2_COOL_TEMP)?,
                        set_dhw_temp: self.decode(&snap, &SETPOINTS_SET_DHW_TEMP)?,
                        set_bivalent_start_temp: self
                            .decode(&snap, &SETPOINTS_SET_BIVALENT_START_TEMP)?,
                        set_bivalent_ap_start_temp: self
                            .decode(&snap, &SETPOINTS_SET_BIVALENT_AP_START_TEMP)?,
                        set_bivalent_ap_stop_temp: self
                            .decode(&snap, &SETPOINTS_SET_BIVALENT_AP_STOP_TEMP)?,
                        set_heating_off_outdoor_temp: self
                            .decode(&snap, &SETPOINTS_SET_HEATING_OFF_OUTDOOR_TEMP)?,
                    },
                    deltas: Deltas {
                        set_buffer_delta: self.decode(&snap, &DELTAS_SET_BUFFER_DELTA)?,
                        set_floor_heat_delta: self
                            .decode(&snap, &DELTAS_SET_FLOOR_HEAT_DELTA)?,
                        set_floor_cool_delta: self
                            .decode(&snap, &DELTAS_SET_FLOOR_COOL_DELTA)?,
                        set_dhw_heat_delta: self
                            .decode(&snap, &DELTAS_SET_DHW_HEAT_DELTA)?,
                        set_heater_start_delta: self
                            .decode(&snap, &DELTAS_SET_HEATER_START_DELTA)?,
                        set_heater_stop_delta: self
                            .decode(&snap, &DELTAS_SET_HEATER_STOP_DELTA)?,
                        set_heater_delay_time: self
                            .decode(&snap, &DELTAS_SET_HEATER_DELAY_TIME)?,
                    },
                    quick_commands: QuickCommands {
                        quick_heatpump_on: self
                            .decode(&snap, &QUICK_COMMANDS_QUICK_HEATPUMP_ON)?,
                        quick_heatpump_off: self
                            .decode(&snap, &QUICK_COMMANDS_QUICK_HEATPUMP_OFF)?,
                        quick_pump_on: self
                            .decode(&snap, &QUICK_COMMANDS_QUICK_PUMP_ON)?,
                        quick_pump_off: self
                            .decode(&snap, &QUICK_COMMANDS_QUICK_PUMP_OFF)?,
                        quick_dhw_on: self.decode(&snap, &QUICK_COMMANDS_QUICK_DHW_ON)?,
                        quick_dhw_off: self
                            .decode(&snap, &QUICK_COMMANDS_QUICK_DHW_OFF)?,
                        quick_defrost: self
                            .decode(&snap, &QUICK_COMMANDS_QUICK_DEFROST)?,
                        quick_sterilization: self
                            .decode(&snap, &QUICK_COMMANDS_QUICK_STERILIZATION)?,
                    },
                    alarms: Alarms {
                        alarm_compressor: self.decode(&snap, &ALARMS_ALARM_COMPRESSOR)?,
                        alarm_pump: self.decode(&snap, &ALARMS_ALARM_PUMP)?,
                        alarm_sensor: self.decode(&snap, &ALARMS_ALARM_SENSOR)?,
                        alarm_communication: self
                            .decode(&snap, &ALARMS_ALARM_COMMUNICATION)?,
                        alarm_high_pressure: self
                            .decode(&snap, &ALARMS_ALARM_HIGH_PRESSURE)?,
                        alarm_low_pressure: self
                            .decode(&snap, &ALARMS_ALARM_LOW_PRESSURE)?,
                        alarm_high_temp: self.decode(&snap, &ALARMS_ALARM_HIGH_TEMP)?,
                        alarm_low_temp: self.decode(&snap, &ALARMS_ALARM_LOW_TEMP)?,
                    },
                    operating_status: OperatingStatus {
                        status_heating: self
                            .decode(&snap, &OPERATING_STATUS_STATUS_HEATING)?,
                        status_cooling: self
                            .decode(&snap, &OPERATING_STATUS_STATUS_COOLING)?,
                        status_dhw: self.decode(&snap, &OPERATING_STATUS_STATUS_DHW)?,
                        status_defrosting: self
                            .decode(&snap, &OPERATING_STATUS_STATUS_DEFROSTING)?,
                        status_sterilization: self
                            .decode(&snap, &OPERATING_STATUS_STATUS_STERILIZATION)?,
                        status_holiday: self
                            .decode(&snap, &OPERATING_STATUS_STATUS_HOLIDAY)?,
                        status_powerful: self
                            .decode(&snap, &OPERATING_STATUS_STATUS_POWERFUL)?,
                        status_quiet: self.decode(&snap, &OPERATING_STATUS_STATUS_QUIET)?,
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
        static DESCRIPTORS: [mm::RegisterDescriptor; 119] = [
            super::QUICK_COMMANDS_QUICK_HEATPUMP_ON,
            super::QUICK_COMMANDS_QUICK_HEATPUMP_OFF,
            super::QUICK_COMMANDS_QUICK_PUMP_ON,
            super::QUICK_COMMANDS_QUICK_PUMP_OFF,
            super::QUICK_COMMANDS_QUICK_DHW_ON,
            super::QUICK_COMMANDS_QUICK_DHW_OFF,
            super::QUICK_COMMANDS_QUICK_DEFROST,
            super::QUICK_COMMANDS_QUICK_STERILIZATION,
            super::ALARMS_ALARM_COMPRESSOR,
            super::ALARMS_ALARM_PUMP,
            super::ALARMS_ALARM_SENSOR,
            super::ALARMS_ALARM_COMMUNICATION,
            super::ALARMS_ALARM_HIGH_PRESSURE,
            super::ALARMS_ALARM_LOW_PRESSURE,
            super::ALARMS_ALARM_HIGH_TEMP,
            super::ALARMS_ALARM_LOW_TEMP,
            super::OPERATING_STATUS_STATUS_HEATING,
            super::OPERATING_STATUS_STATUS_COOLING,
            super::OPERATING_STATUS_STATUS_DHW,
            super::OPERATING_STATUS_STATUS_DEFROSTING,
            super::OPERATING_STATUS_STATUS_STERILIZATION,
            super::OPERATING_STATUS_STATUS_HOLIDAY,
            super::OPERATING_STATUS_STATUS_POWERFUL,
            super::OPERATING_STATUS_STATUS_QUIET,
            super::SYSTEM_FREE_MEMORY,
            super::SYSTEM_UPTIME,
            super::SYSTEM_STATUS,
            super::SYSTEM_LAST_UPDATE,
            super::TEMPERATURES_MAIN_INLET_TEMP,
            super::TEMPERATURES_MAIN_OUTLET_TEMP,
            super::TEMPERATURES_DHW_TEMP,
            super::TEMPERATURES_OUTSIDE_TEMP,
            super::TEMPERATURES_BUFFER_TEMP,
            super::TEMPERATURES_SOLAR_TEMP,
            super::TEMPERATURES_POOL_TEMP,
            super::TEMPERATURES_Z1_ROOM_TEMP,
            super::TEMPERATURES_Z1_WATER_TEMP,
            super::TEMPERATURES_Z2_ROOM_TEMP,
            super::TEMPERATURES_Z2_WATER_TEMP,
            super::TEMPERATURES_COMPRESSOR_TEMP,
            super::TEMPERATURES_EVAPORATOR_TEMP,
            super::TEMPERATURES_CONDENSOR_TEMP,
            super::TEMPERATURES_INVERTER_TEMP,
            super::TEMPERATURES_OUTDOOR_COIL_TEMP,
            super::POWER_HEAT_POWER_PRODUCTION,
            super::POWER_HEAT_POWER_CONSUMPTION,
            super::POWER_COOL_POWER_PRODUCTION,
            super::POWER_COOL_POWER_CONSUMPTION,
            super::POWER_DHW_POWER_PRODUCTION,
            super::POWER_DHW_POWER_CONSUMPTION,
            super::POWER_TOTAL_ENERGY_HEAT,
            super::POWER_TOTAL_ENERGY_COOL,
            super::POWER_TOTAL_ENERGY_DHW,
            super::POWER_COMPRESSOR_FREQ,
            super::POWER_PUMP_SPEED,
            super::POWER_PUMP_FLOW,
            super::POWER_PUMP_DUTY,
            super::POWER_MAX_PUMP_DUTY,
            super::STATES_HEATPUMP_STATE,
            super::STATES_PUMP_STATE,
            super::STATES_OPERATION_MODE,
            super::STATES_QUIET_MODE,
            super::STATES_POWERFUL_MODE,
            super::STATES_HOLIDAY_MODE,
            super::STATES_FORCE_DHW,
            super::STATES_FORCE_DEFROST,
            super::STATES_FORCE_STERILIZATION,
            super::STATES_DEFROSTING_STATE,
            super::STATES_THREEWAY_VALVE_STATE,
            super::STATES_ZONES_STATE,
            super::STATES_MAIN_SCHEDULE_STATE,
            super::STATES_DHW_HEATER_STATE,
            super::STATES_ROOM_HEATER_STATE,
            super::STATES_INTERNAL_HEATER_STATE,
            super::ZONE_PUMPS_Z1_WATER_PUMP,
            super::ZONE_PUMPS_Z2_WATER_PUMP,
            super::ZONE_PUMPS_POOL_WATER_PUMP,
            super::ZONE_PUMPS_SOLAR_WATER_PUMP,
            super::ZONE_PUMPS_Z1_PUMP_STATE,
            super::ZONE_PUMPS_Z2_PUMP_STATE,
            super::ZONE_PUMPS_PUMP_FLOWRATE_MODE,
            super::COMMANDS_SET_HEATPUMP,
            super::COMMANDS_SET_PUMP,
            super::COMMANDS_SET_MAX_PUMP_DUTY,
            super::COMMANDS_SET_QUIET_MODE,
            super::COMMANDS_SET_POWERFUL_MODE,
            super::COMMANDS_SET_OPERATION_MODE,
            super::COMMANDS_SET_HOLIDAY_MODE,
            super::COMMANDS_SET_FORCE_DHW,
            super::COMMANDS_SET_FORCE_DEFROST,
            super::COMMANDS_SET_FORCE_STERILIZATION,
            super::COMMANDS_SET_MAIN_SCHEDULE,
            super::COMMANDS_SET_RESET,
            super::COMMANDS_SET_ZONES,
            super::COMMANDS_SET_EXTERNAL_CONTROL,
            super::COMMANDS_SET_EXTERNAL_ERROR,
            super::COMMANDS_SET_EXTERNAL_COMPRESSOR_CONTROL,
            super::EXTRA_COMMANDS_SET_EXTERNAL_HEAT_COOL_CONTROL,
            super::EXTRA_COMMANDS_SET_BIVALENT_CONTROL,
            super::EXTRA_COMMANDS_SET_BIVALENT_MODE,
            super::EXTRA_COMMANDS_SET_ALT_EXTERNAL_SENSOR,
            super::EXTRA_COMMANDS_SET_EXTERNAL_PAD_HEATER,
            super::EXTRA_COMMANDS_SET_BUFFER,
            super::SETPOINTS_SET_Z1_HEAT_TEMP,
            super::SETPOINTS_SET_Z1_COOL_TEMP,
            super::SETPOINTS_SET_Z2_HEAT_TEMP,
            super::SETPOINTS_SET_Z2_COOL_TEMP,
            super::SETPOINTS_SET_DHW_TEMP,
            super::SETPOINTS_SET_BIVALENT_START_TEMP,
            super::SETPOINTS_SET_BIVALENT_AP_START_TEMP,
            super::SETPOINTS_SET_BIVALENT_AP_STOP_TEMP,
            super::SETPOINTS_SET_HEATING_OFF_OUTDOOR_TEMP,
            super::DELTAS_SET_BUFFER_DELTA,
            super::DELTAS_SET_FLOOR_HEAT_DELTA,
            super::DELTAS_SET_FLOOR_COOL_DELTA,
            super::DELTAS_SET_DHW_HEAT_DELTA,
            super::DELTAS_SET_HEATER_START_DELTA,
            super::DELTAS_SET_HEATER_STOP_DELTA,
            super::DELTAS_SET_HEATER_DELAY_TIME,
        ];
        static UNIT_1_COIL: [mm::dispatch::Entry; 8] = [
            mm::dispatch::Entry {
                address: 8192,
                width: 1,
                slot: 0,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[0],
            },
            mm::dispatch::Entry {
                address: 8193,
                width: 1,
                slot: 1,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[1],
            },
            mm::dispatch::Entry {
                address: 8194,
                width: 1,
                slot: 2,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[2],
            },
            mm::dispatch::Entry {
                address: 8195,
                width: 1,
                slot: 3,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[3],
            },
            mm::dispatch::Entry {
                address: 8196,
                width: 1,
                slot: 4,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[4],
            },
            mm::dispatch::Entry {
                address: 8197,
                width: 1,
                slot: 5,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[5],
            },
            mm::dispatch::Entry {
                address: 8198,
                width: 1,
                slot: 6,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[6],
            },
            mm::dispatch::Entry {
                address: 8199,
                width: 1,
                slot: 7,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[7],
            },
        ];
        static UNIT_1_COIL_GAPS: [mm::dispatch::GapRange; 0] = [];
        static UNIT_1_COIL_INDEX: [u16; 8] = [0, 1, 2, 3, 4, 5, 6, 7];
        static UNIT_1_DISCRETE: [mm::dispatch::Entry; 16] = [
            mm::dispatch::Entry {
                address: 12288,
                width: 1,
                slot: 8,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[8],
            },
            mm::dispatch::Entry {
                address: 12289,
                width: 1,
                slot: 9,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[9],
            },
            mm::dispatch::Entry {
                address: 12290,
                width: 1,
                slot: 10,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[10],
            },
            mm::dispatch::Entry {
                address: 12291,
                width: 1,
                slot: 11,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[11],
            },
            mm::dispatch::Entry {
                address: 12292,
                width: 1,
                slot: 12,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[12],
            },
            mm::dispatch::Entry {
                address: 12293,
                width: 1,
                slot: 13,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[13],
            },
            mm::dispatch::Entry {
                address: 12294,
                width: 1,
                slot: 14,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[14],
            },
            mm::dispatch::Entry {
                address: 12295,
                width: 1,
                slot: 15,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[15],
            },
            mm::dispatch::Entry {
                address: 12296,
                width: 1,
                slot: 16,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[16],
            },
            mm::dispatch::Entry {
                address: 12297,
                width: 1,
                slot: 17,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[17],
            },
            mm::dispatch::Entry {
                address: 12298,
                width: 1,
                slot: 18,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[18],
            },
            mm::dispatch::Entry {
                address: 12299,
                width: 1,
                slot: 19,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[19],
            },
            mm::dispatch::Entry {
                address: 12300,
                width: 1,
                slot: 20,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[20],
            },
            mm::dispatch::Entry {
                address: 12301,
                width: 1,
                slot: 21,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[21],
            },
            mm::dispatch::Entry {
                address: 12302,
                width: 1,
                slot: 22,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[22],
            },
            mm::dispatch::Entry {
                address: 12303,
                width: 1,
                slot: 23,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[23],
            },
        ];
        static UNIT_1_DISCRETE_GAPS: [mm::dispatch::GapRange; 0] = [];
        static UNIT_1_DISCRETE_INDEX: [u16; 16] = [
            0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
        ];
        static UNIT_1_INPUT: [mm::dispatch::Entry; 57] = [
            mm::dispatch::Entry {
                address: 3,
                width: 1,
                slot: 24,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[24],
            },
            mm::dispatch::Entry {
                address: 4,
                width: 2,
                slot: 25,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[25],
            },
            mm::dispatch::Entry {
                address: 6,
                width: 1,
                slot: 27,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[26],
            },
            mm::dispatch::Entry {
                address: 7,
                width: 2,
                slot: 28,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[27],
            },
            mm::dispatch::Entry {
                address: 16,
                width: 1,
                slot: 30,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[28],
            },
            mm::dispatch::Entry {
                address: 17,
                width: 1,
                slot: 31,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[29],
            },
            mm::dispatch::Entry {
                address: 18,
                width: 1,
                slot: 32,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[30],
            },
            mm::dispatch::Entry {
                address: 19,
                width: 1,
                slot: 33,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[31],
            },
            mm::dispatch::Entry {
                address: 20,
                width: 1,
                slot: 34,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[32],
            },
            mm::dispatch::Entry {
                address: 21,
                width: 1,
                slot: 35,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[33],
            },
            mm::dispatch::Entry {
                address: 22,
                width: 1,
                slot: 36,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[34],
            },
            mm::dispatch::Entry {
                address: 23,
                width: 1,
                slot: 37,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[35],
            },
            mm::dispatch::Entry {
                address: 24,
                width: 1,
                slot: 38,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[36],
            },
            mm::dispatch::Entry {
                address: 25,
                width: 1,
                slot: 39,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[37],
            },
            mm::dispatch::Entry {
                address: 26,
                width: 1,
                slot: 40,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[38],
            },
            mm::dispatch::Entry {
                address: 27,
                width: 1,
                slot: 41,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[39],
            },
            mm::dispatch::Entry {
                address: 28,
                width: 1,
                slot: 42,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[40],
            },
            mm::dispatch::Entry {
                address: 29,
                width: 1,
                slot: 43,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[41],
            },
            mm::dispatch::Entry {
                address: 30,
                width: 1,
                slot: 44,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[42],
            },
            mm::dispatch::Entry {
                address: 31,
                width: 1,
                slot: 45,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[43],
            },
            mm::dispatch::Entry {
                address: 32,
                width: 1,
                slot: 46,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[44],
            },
            mm::dispatch::Entry {
                address: 33,
                width: 1,
                slot: 47,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[45],
            },
            mm::dispatch::Entry {
                address: 34,
                width: 1,
                slot: 48,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[46],
            },
            mm::dispatch::Entry {
                address: 35,
                width: 1,
                slot: 49,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[47],
            },
            mm::dispatch::Entry {
                address: 36,
                width: 1,
                slot: 50,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[48],
            },
            mm::dispatch::Entry {
                address: 37,
                width: 1,
                slot: 51,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[49],
            },
            mm::dispatch::Entry {
                address: 38,
                width: 1,
                slot: 52,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[50],
            },
            mm::dispatch::Entry {
                address: 39,
                width: 1,
                slot: 53,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[51],
            },
            mm::dispatch::Entry {
                address: 40,
                width: 1,
                slot: 54,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[52],
            },
            mm::dispatch::Entry {
                address: 41,
                width: 1,
                slot: 55,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[53],
            },
            mm::dispatch::Entry {
                address: 42,
                width: 1,
                slot: 56,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[54],
            },
            mm::dispatch::Entry {
                address: 43,
                width: 1,
                slot: 57,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[55],
            },
            mm::dispatch::Entry {
                address: 44,
                width: 1,
                slot: 58,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[56],
            },
            mm::dispatch::Entry {
                address: 45,
                width: 1,
                slot: 59,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[57],
            },
            mm::dispatch::Entry {
                address: 48,
                width: 1,
                slot: 60,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[58],
            },
            mm::dispatch::Entry {
                address: 49,
                width: 1,
                slot: 61,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[59],
            },
            mm::dispatch::Entry {
                address: 50,
                width: 1,
                slot: 62,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[60],
            },
            mm::dispatch::Entry {
                address: 51,
                width: 1,
                slot: 63,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[61],
            },
            mm::dispatch::Entry {
                address: 52,
                width: 1,
                slot: 64,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[62],
            },
            mm::dispatch::Entry {
                address: 53,
                width: 1,
                slot: 65,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[63],
            },
            mm::dispatch::Entry {
                address: 54,
                width: 1,
                slot: 66,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[64],
            },
            mm::dispatch::Entry {
                address: 55,
                width: 1,
                slot: 67,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[65],
            },
            mm::dispatch::Entry {
                address: 56,
                width: 1,
                slot: 68,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[66],
            },
            mm::dispatch::Entry {
                address: 57,
                width: 1,
                slot: 69,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[67],
            },
            mm::dispatch::Entry {
                address: 58,
                width: 1,
                slot: 70,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[68],
            },
            mm::dispatch::Entry {
                address: 59,
                width: 1,
                slot: 71,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[69],
            },
            mm::dispatch::Entry {
                address: 60,
                width: 1,
                slot: 72,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[70],
            },
            mm::dispatch::Entry {
                address: 61,
                width: 1,
                slot: 73,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[71],
            },
            mm::dispatch::Entry {
                address: 62,
                width: 1,
                slot: 74,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[72],
            },
            mm::dispatch::Entry {
                address: 63,
                width: 1,
                slot: 75,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[73],
            },
            mm::dispatch::Entry {
                address: 64,
                width: 1,
                slot: 76,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[74],
            },
            mm::dispatch::Entry {
                address: 65,
                width: 1,
                slot: 77,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[75],
            },
            mm::dispatch::Entry {
                address: 66,
                width: 1,
                slot: 78,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[76],
            },
            mm::dispatch::Entry {
                address: 67,
                width: 1,
                slot: 79,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[77],
            },
            mm::dispatch::Entry {
                address: 68,
                width: 1,
                slot: 80,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[78],
            },
            mm::dispatch::Entry {
                address: 69,
                width: 1,
                slot: 81,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[79],
            },
            mm::dispatch::Entry {
                address: 70,
                width: 1,
                slot: 82,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[80],
            },
        ];
        static UNIT_1_INPUT_GAPS: [mm::dispatch::GapRange; 0] = [];
        static UNIT_1_INPUT_INDEX: [u16; 68] = [
            0, 1, 2, 2, 3, 4, 4, 4, 4, 4, 4, 4, 4, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14,
            15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33,
            34, 34, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50,
            51, 52, 53, 54, 55, 56,
        ];
        static UNIT_1_HOLDING: [mm::dispatch::Entry; 38] = [
            mm::dispatch::Entry {
                address: 4096,
                width: 1,
                slot: 83,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[81],
            },
            mm::dispatch::Entry {
                address: 4097,
                width: 1,
                slot: 84,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[82],
            },
            mm::dispatch::Entry {
                address: 4098,
                width: 1,
                slot: 85,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[83],
            },
            mm::dispatch::Entry {
                address: 4099,
                width: 1,
                slot: 86,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[84],
            },
            mm::dispatch::Entry {
                address: 4100,
                width: 1,
                slot: 87,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[85],
            },
            mm::dispatch::Entry {
                address: 4101,
                width: 1,
                slot: 88,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[86],
            },
            mm::dispatch::Entry {
                address: 4102,
                width: 1,
                slot: 89,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[87],
            },
            mm::dispatch::Entry {
                address: 4103,
                width: 1,
                slot: 90,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[88],
            },
            mm::dispatch::Entry {
                address: 4104,
                width: 1,
                slot: 91,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[89],
            },
            mm::dispatch::Entry {
                address: 4105,
                width: 1,
                slot: 92,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[90],
            },
            mm::dispatch::Entry {
                address: 4106,
                width: 1,
                slot: 93,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[91],
            },
            mm::dispatch::Entry {
                address: 4107,
                width: 1,
                slot: 94,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[92],
            },
            mm::dispatch::Entry {
                address: 4108,
                width: 1,
                slot: 95,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[93],
            },
            mm::dispatch::Entry {
                address: 4109,
                width: 1,
                slot: 96,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[94],
            },
            mm::dispatch::Entry {
                address: 4110,
                width: 1,
                slot: 97,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[95],
            },
            mm::dispatch::Entry {
                address: 4111,
                width: 1,
                slot: 98,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[96],
            },
            mm::dispatch::Entry {
                address: 4112,
                width: 1,
                slot: 99,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[97],
            },
            mm::dispatch::Entry {
                address: 4113,
                width: 1,
                slot: 100,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[98],
            },
            mm::dispatch::Entry {
                address: 4114,
                width: 1,
                slot: 101,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[99],
            },
            mm::dispatch::Entry {
                address: 4115,
                width: 1,
                slot: 102,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[100],
            },
            mm::dispatch::Entry {
                address: 4116,
                width: 1,
                slot: 103,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[101],
            },
            mm::dispatch::Entry {
                address: 4117,
                width: 1,
                slot: 104,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[102],
            },
            mm::dispatch::Entry {
                address: 4128,
                width: 1,
                slot: 105,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[103],
            },
            mm::dispatch::Entry {
                address: 4129,
                width: 1,
                slot: 106,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[104],
            },
            mm::dispatch::Entry {
                address: 4130,
                width: 1,
                slot: 107,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[105],
            },
            mm::dispatch::Entry {
                address: 4131,
                width: 1,
                slot: 108,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[106],
            },
            mm::dispatch::Entry {
                address: 4132,
                width: 1,
                slot: 109,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[107],
            },
            mm::dispatch::Entry {
                address: 4133,
                width: 1,
                slot: 110,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[108],
            },
            mm::dispatch::Entry {
                address: 4134,
                width: 1,
                slot: 111,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[109],
            },
            mm::dispatch::Entry {
                address: 4135,
                width: 1,
                slot: 112,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[110],
            },
            mm::dispatch::Entry {
                address: 4136,
                width: 1,
                slot: 113,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[111],
            },
            mm::dispatch::Entry {
                address: 4144,
                width: 1,
                slot: 114,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[112],
            },
            mm::dispatch::Entry {
                address: 4145,
                width: 1,
                slot: 115,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[113],
            },
            mm::dispatch::Entry {
                address: 4146,
                width: 1,
                slot: 116,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[114],
            },
            mm::dispatch::Entry {
                address: 4147,
                width: 1,
                slot: 117,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[115],
            },
            mm::dispatch::Entry {
                address: 4148,
                width: 1,
                slot: 118,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[116],
            },
            mm::dispatch::Entry {
                address: 4149,
                width: 1,
                slot: 119,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[117],
            },
            mm::dispatch::Entry {
                address: 4150,
                width: 1,
                slot: 120,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[118],
            },
        ];
        static UNIT_1_HOLDING_GAPS: [mm::dispatch::GapRange; 0] = [];
        static UNIT_1_HOLDING_INDEX: [u16; 55] = [
            0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21,
            22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 23, 24, 25, 26, 27, 28, 29, 30,
            31, 31, 31, 31, 31, 31, 31, 31, 32, 33, 34, 35, 36, 37,
        ];
        static UNITS: [mm::dispatch::UnitMap; 1] = [
            mm::dispatch::UnitMap {
                unit_id: 1,
                coils: mm::dispatch::TableMap {
                    entries: &UNIT_1_COIL,
                    allow_gaps: false,
                    gap_ranges: &UNIT_1_COIL_GAPS,
                    index_base: 8192,
                    index: &UNIT_1_COIL_INDEX,
                },
                discrete_inputs: mm::dispatch::TableMap {
                    entries: &UNIT_1_DISCRETE,
                    allow_gaps: false,
                    gap_ranges: &UNIT_1_DISCRETE_GAPS,
                    index_base: 12288,
                    index: &UNIT_1_DISCRETE_INDEX,
                },
                input_registers: mm::dispatch::TableMap {
                    entries: &UNIT_1_INPUT,
                    allow_gaps: false,
                    gap_ranges: &UNIT_1_INPUT_GAPS,
                    index_base: 3,
                    index: &UNIT_1_INPUT_INDEX,
                },
                holding_registers: mm::dispatch::TableMap {
                    entries: &UNIT_1_HOLDING,
                    allow_gaps: false,
                    gap_ranges: &UNIT_1_HOLDING_GAPS,
                    index_base: 4096,
                    index: &UNIT_1_HOLDING_INDEX,
                },
                values_per_read: 0,
            },
        ];
        /// Initial storage words (spec defaults, start values where there is none), indexed by slot.
        pub static DEFAULTS: [u16; 121] = [
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            0, 0, 0, 0, 0, 4000, 0, 0, 0, 500, 0, 100, 100, 65336, 0, 0, 0,
        ];
        /// The device's whole map, for `modbus_map::dispatch::Dispatcher::new(&MAP)`.
        pub static MAP: mm::dispatch::DeviceMap = mm::dispatch::DeviceMap {
            name: "heishamon",
            default_unit: 1,
            units: &UNITS,
            defaults: &DEFAULTS,
            word_order_coil: None,
        };
    }
}
