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
#[allow(
    clippy::all,
    clippy::pedantic,
    unused_imports,
    dead_code,
    non_camel_case_types,
    non_snake_case
)]
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
    /// Limits the read planner honours for this device.
    pub const LIMITS: mm::PlanLimits = mm::PlanLimits {
        read_limit: 125,
        max_gap: 0,
        values_per_read: ::core::option::Option::None,
    };
    /// Every register of the device, block by block in spec order, instance by instance.
    pub static REGISTERS: [mm::RegisterDescriptor; 119] = descriptors::ALL;
    #[allow(non_upper_case_globals)]
    mod descriptors {
        use super::mm::{
            self, Access::*, ByteOrder, DataType::*, RegisterDescriptor as D, Table::*,
            WordOrder,
        };
        pub const ALL: [D; 119] = D::table(
            &[
                &[
                    D::new("system.free_memory", Input, 3, U16).with_unit("KB"),
                    Shape0.at("system.uptime", 4),
                    D::new("system.status", Input, 6, U16)
                        .with_values(super::SystemStatus::VALUES),
                    Shape0.at("system.last_update", 7),
                ],
                &[
                    Shape1.at("temperatures.main_inlet_temp", 16),
                    Shape1.at("temperatures.main_outlet_temp", 17),
                    Shape1.at("temperatures.dhw_temp", 18),
                    Shape1.at("temperatures.outside_temp", 19),
                    Shape1.at("temperatures.buffer_temp", 20),
                    Shape1.at("temperatures.solar_temp", 21),
                    Shape1.at("temperatures.pool_temp", 22),
                    Shape1.at("temperatures.z1_room_temp", 23),
                    Shape1.at("temperatures.z1_water_temp", 24),
                    Shape1.at("temperatures.z2_room_temp", 25),
                    Shape1.at("temperatures.z2_water_temp", 26),
                    Shape1.at("temperatures.compressor_temp", 27),
                    Shape1.at("temperatures.evaporator_temp", 28),
                    Shape1.at("temperatures.condensor_temp", 29),
                    Shape1.at("temperatures.inverter_temp", 30),
                    Shape1.at("temperatures.outdoor_coil_temp", 31),
                ],
                &[
                    Shape2.at("power.heat_power_production", 32),
                    Shape2.at("power.heat_power_consumption", 33),
                    Shape2.at("power.cool_power_production", 34),
                    Shape2.at("power.cool_power_consumption", 35),
                    Shape2.at("power.dhw_power_production", 36),
                    Shape2.at("power.dhw_power_consumption", 37),
                    Shape3.at("power.total_energy_heat", 38),
                    Shape3.at("power.total_energy_cool", 39),
                    Shape3.at("power.total_energy_dhw", 40),
                    D::new("power.compressor_freq", Input, 41, U16).with_unit("Hz"),
                    D::new("power.pump_speed", Input, 42, U16).with_unit("rpm"),
                    D::new("power.pump_flow", Input, 43, U16)
                        .with_scale(0.1, 0.0)
                        .with_unit("l/min"),
                    Shape4.at("power.pump_duty", 44),
                    Shape4.at("power.max_pump_duty", 45),
                ],
                &[
                    Shape5.at("states.heatpump_state", 48),
                    Shape5.at("states.pump_state", 49),
                    D::new("states.operation_mode", Input, 50, U16)
                        .with_values(super::StatesOperationMode::VALUES),
                    D::new("states.quiet_mode", Input, 51, U16)
                        .with_values(super::StatesQuietMode::VALUES),
                    D::new("states.powerful_mode", Input, 52, U16)
                        .with_range(0.0, 90.0)
                        .with_unit("min"),
                    Shape5.at("states.holiday_mode", 53),
                    Shape5.at("states.force_dhw", 54),
                    Shape5.at("states.force_defrost", 55),
                    Shape5.at("states.force_sterilization", 56),
                    Shape5.at("states.defrosting_state", 57),
                    D::new("states.threeway_valve_state", Input, 58, U16)
                        .with_values(super::StatesThreewayValveState::VALUES),
                    D::new("states.zones_state", Input, 59, U16)
                        .with_values(super::StatesZonesState::VALUES),
                    Shape5.at("states.main_schedule_state", 60),
                    Shape5.at("states.dhw_heater_state", 61),
                    Shape5.at("states.room_heater_state", 62),
                    Shape5.at("states.internal_heater_state", 63),
                ],
                &[
                    Shape5.at("zone_pumps.z1_water_pump", 64),
                    Shape5.at("zone_pumps.z2_water_pump", 65),
                    Shape5.at("zone_pumps.pool_water_pump", 66),
                    Shape5.at("zone_pumps.solar_water_pump", 67),
                    Shape5.at("zone_pumps.z1_pump_state", 68),
                    Shape5.at("zone_pumps.z2_pump_state", 69),
                    D::new("zone_pumps.pump_flowrate_mode", Input, 70, U16)
                        .with_range(0.0, 1.0),
                ],
                &[
                    Shape6.at("commands.set_heatpump", 4096),
                    Shape6.at("commands.set_pump", 4097),
                    D::new("commands.set_max_pump_duty", Holding, 4098, U16)
                        .with_range(0.0, 100.0)
                        .with_unit("%"),
                    D::new("commands.set_quiet_mode", Holding, 4099, U16)
                        .with_values(super::StatesQuietMode::VALUES),
                    D::new("commands.set_powerful_mode", Holding, 4100, U16)
                        .with_range(0.0, 90.0)
                        .with_unit("min"),
                    D::new("commands.set_operation_mode", Holding, 4101, U16)
                        .with_values(super::StatesOperationMode::VALUES),
                    Shape6.at("commands.set_holiday_mode", 4102),
                    Shape6.at("commands.set_force_dhw", 4103),
                    Shape6.at("commands.set_force_defrost", 4104),
                    Shape6.at("commands.set_force_sterilization", 4105),
                    Shape6.at("commands.set_main_schedule", 4106),
                    D::new("commands.set_reset", Holding, 4107, U16).with_range(0.0, 1.0),
                    D::new("commands.set_zones", Holding, 4108, U16)
                        .with_values(super::StatesZonesState::VALUES),
                    Shape7.at("commands.set_external_control", 4109),
                    Shape7.at("commands.set_external_error", 4110),
                    Shape7.at("commands.set_external_compressor_control", 4111),
                ],
                &[
                    Shape7.at("extra_commands.set_external_heat_cool_control", 4112),
                    Shape7.at("extra_commands.set_bivalent_control", 4113),
                    D::new("extra_commands.set_bivalent_mode", Holding, 4114, U16)
                        .with_values(super::ExtraCommandsSetBivalentMode::VALUES),
                    Shape7.at("extra_commands.set_alt_external_sensor", 4115),
                    D::new("extra_commands.set_external_pad_heater", Holding, 4116, U16)
                        .with_values(super::ExtraCommandsSetExternalPadHeater::VALUES),
                    D::new("extra_commands.set_buffer", Holding, 4117, U16)
                        .with_values(super::ExtraCommandsSetBuffer::VALUES),
                ],
                &[
                    Shape8.at("setpoints.set_z1_heat_temp", 4128),
                    Shape8.at("setpoints.set_z1_cool_temp", 4129),
                    Shape8.at("setpoints.set_z2_heat_temp", 4130),
                    Shape8.at("setpoints.set_z2_cool_temp", 4131),
                    D::new("setpoints.set_dhw_temp", Holding, 4132, I16)
                        .with_scale(0.01, 0.0)
                        .with_range(40.0, 75.0)
                        .with_unit("°C"),
                    Shape9.at("setpoints.set_bivalent_start_temp", 4133),
                    Shape9.at("setpoints.set_bivalent_ap_start_temp", 4134),
                    Shape9.at("setpoints.set_bivalent_ap_stop_temp", 4135),
                    D::new("setpoints.set_heating_off_outdoor_temp", Holding, 4136, I16)
                        .with_scale(0.01, 0.0)
                        .with_range(5.0, 35.0)
                        .with_unit("°C"),
                ],
                &[
                    D::new("deltas.set_buffer_delta", Holding, 4144, I16)
                        .with_scale(0.01, 0.0)
                        .with_range(0.0, 10.0)
                        .with_unit("°C"),
                    Shape10.at("deltas.set_floor_heat_delta", 4145),
                    Shape10.at("deltas.set_floor_cool_delta", 4146),
                    D::new("deltas.set_dhw_heat_delta", Holding, 4147, I16)
                        .with_scale(0.01, 0.0)
                        .with_range(-12.0, -2.0)
                        .with_unit("°C"),
                    Shape8.at("deltas.set_heater_start_delta", 4148),
                    Shape8.at("deltas.set_heater_stop_delta", 4149),
                    D::new("deltas.set_heater_delay_time", Holding, 4150, U16)
                        .with_unit("min"),
                ],
                &[
                    Shape11.at("quick_commands.quick_heatpump_on", 8192),
                    Shape11.at("quick_commands.quick_heatpump_off", 8193),
                    Shape11.at("quick_commands.quick_pump_on", 8194),
                    Shape11.at("quick_commands.quick_pump_off", 8195),
                    Shape11.at("quick_commands.quick_dhw_on", 8196),
                    Shape11.at("quick_commands.quick_dhw_off", 8197),
                    Shape11.at("quick_commands.quick_defrost", 8198),
                    Shape11.at("quick_commands.quick_sterilization", 8199),
                ],
                &[
                    Shape12.at("alarms.alarm_compressor", 12288),
                    Shape12.at("alarms.alarm_pump", 12289),
                    Shape12.at("alarms.alarm_sensor", 12290),
                    Shape12.at("alarms.alarm_communication", 12291),
                    Shape12.at("alarms.alarm_high_pressure", 12292),
                    Shape12.at("alarms.alarm_low_pressure", 12293),
                    Shape12.at("alarms.alarm_high_temp", 12294),
                    Shape12.at("alarms.alarm_low_temp", 12295),
                ],
                &[
                    Shape12.at("operating_status.status_heating", 12296),
                    Shape12.at("operating_status.status_cooling", 12297),
                    Shape12.at("operating_status.status_dhw", 12298),
                    Shape12.at("operating_status.status_defrosting", 12299),
                    Shape12.at("operating_status.status_sterilization", 12300),
                    Shape12.at("operating_status.status_holiday", 12301),
                    Shape12.at("operating_status.status_powerful", 12302),
                    Shape12.at("operating_status.status_quiet", 12303),
                ],
            ],
        );
        /// Shared by 2 registers, each at its own name and address (`Shape0.at(name, address)`).
        const Shape0: D = D::new("", Input, 0, U32);
        /// Shared by 16 registers, each at its own name and address (`Shape1.at(name, address)`).
        const Shape1: D = D::new("", Input, 0, I16).with_scale(0.01, 0.0).with_unit("°C");
        /// Shared by 6 registers, each at its own name and address (`Shape2.at(name, address)`).
        const Shape2: D = D::new("", Input, 0, U16).with_scale(0.01, 0.0).with_unit("kW");
        /// Shared by 3 registers, each at its own name and address (`Shape3.at(name, address)`).
        const Shape3: D = D::new("", Input, 0, U16).with_scale(0.01, 0.0).with_unit("kWh");
        /// Shared by 2 registers, each at its own name and address (`Shape4.at(name, address)`).
        const Shape4: D = D::new("", Input, 0, U16).with_range(0.0, 100.0).with_unit("%");
        /// Shared by 17 registers, each at its own name and address (`Shape5.at(name, address)`).
        const Shape5: D = D::new("", Input, 0, U16)
            .with_values(super::StatesHeatpumpState::VALUES);
        /// Shared by 7 registers, each at its own name and address (`Shape6.at(name, address)`).
        const Shape6: D = D::new("", Holding, 0, U16)
            .with_values(super::StatesHeatpumpState::VALUES);
        /// Shared by 6 registers, each at its own name and address (`Shape7.at(name, address)`).
        const Shape7: D = D::new("", Holding, 0, U16)
            .with_values(super::CommandsSetExternalControl::VALUES);
        /// Shared by 6 registers, each at its own name and address (`Shape8.at(name, address)`).
        const Shape8: D = D::new("", Holding, 0, I16).with_scale(0.01, 0.0).with_unit("°C");
        /// Shared by 3 registers, each at its own name and address (`Shape9.at(name, address)`).
        const Shape9: D = D::new("", Holding, 0, I16)
            .with_scale(0.01, 0.0)
            .with_range(-15.0, 35.0)
            .with_unit("°C");
        /// Shared by 2 registers, each at its own name and address (`Shape10.at(name, address)`).
        const Shape10: D = D::new("", Holding, 0, I16)
            .with_scale(0.01, 0.0)
            .with_range(1.0, 15.0)
            .with_unit("°C");
        /// Shared by 8 registers, each at its own name and address (`Shape11.at(name, address)`).
        const Shape11: D = D::new("", Coil, 0, Bool).with_self_clearing();
        /// Shared by 16 registers, each at its own name and address (`Shape12.at(name, address)`).
        const Shape12: D = D::new("", Discrete, 0, Bool);
    }
    /// `system.free_memory`: input 3.
    pub const SYSTEM_FREE_MEMORY: mm::RegisterDescriptor = descriptors::ALL[0];
    /// `system.uptime`: input 4.
    pub const SYSTEM_UPTIME: mm::RegisterDescriptor = descriptors::ALL[1];
    /// `system.status`: input 6.
    pub const SYSTEM_STATUS: mm::RegisterDescriptor = descriptors::ALL[2];
    /// `system.last_update`: input 7.
    pub const SYSTEM_LAST_UPDATE: mm::RegisterDescriptor = descriptors::ALL[3];
    /// `temperatures.main_inlet_temp`: input 16.
    pub const TEMPERATURES_MAIN_INLET_TEMP: mm::RegisterDescriptor = descriptors::ALL[4];
    /// `temperatures.main_outlet_temp`: input 17.
    pub const TEMPERATURES_MAIN_OUTLET_TEMP: mm::RegisterDescriptor = descriptors::ALL[5];
    /// `temperatures.dhw_temp`: input 18.
    pub const TEMPERATURES_DHW_TEMP: mm::RegisterDescriptor = descriptors::ALL[6];
    /// `temperatures.outside_temp`: input 19.
    pub const TEMPERATURES_OUTSIDE_TEMP: mm::RegisterDescriptor = descriptors::ALL[7];
    /// `temperatures.buffer_temp`: input 20.
    pub const TEMPERATURES_BUFFER_TEMP: mm::RegisterDescriptor = descriptors::ALL[8];
    /// `temperatures.solar_temp`: input 21.
    pub const TEMPERATURES_SOLAR_TEMP: mm::RegisterDescriptor = descriptors::ALL[9];
    /// `temperatures.pool_temp`: input 22.
    pub const TEMPERATURES_POOL_TEMP: mm::RegisterDescriptor = descriptors::ALL[10];
    /// `temperatures.z1_room_temp`: input 23.
    pub const TEMPERATURES_Z1_ROOM_TEMP: mm::RegisterDescriptor = descriptors::ALL[11];
    /// `temperatures.z1_water_temp`: input 24.
    pub const TEMPERATURES_Z1_WATER_TEMP: mm::RegisterDescriptor = descriptors::ALL[12];
    /// `temperatures.z2_room_temp`: input 25.
    pub const TEMPERATURES_Z2_ROOM_TEMP: mm::RegisterDescriptor = descriptors::ALL[13];
    /// `temperatures.z2_water_temp`: input 26.
    pub const TEMPERATURES_Z2_WATER_TEMP: mm::RegisterDescriptor = descriptors::ALL[14];
    /// `temperatures.compressor_temp`: input 27.
    pub const TEMPERATURES_COMPRESSOR_TEMP: mm::RegisterDescriptor = descriptors::ALL[15];
    /// `temperatures.evaporator_temp`: input 28.
    pub const TEMPERATURES_EVAPORATOR_TEMP: mm::RegisterDescriptor = descriptors::ALL[16];
    /// `temperatures.condensor_temp`: input 29.
    pub const TEMPERATURES_CONDENSOR_TEMP: mm::RegisterDescriptor = descriptors::ALL[17];
    /// `temperatures.inverter_temp`: input 30.
    pub const TEMPERATURES_INVERTER_TEMP: mm::RegisterDescriptor = descriptors::ALL[18];
    /// `temperatures.outdoor_coil_temp`: input 31.
    pub const TEMPERATURES_OUTDOOR_COIL_TEMP: mm::RegisterDescriptor = descriptors::ALL[19];
    /// `power.heat_power_production`: input 32.
    pub const POWER_HEAT_POWER_PRODUCTION: mm::RegisterDescriptor = descriptors::ALL[20];
    /// `power.heat_power_consumption`: input 33.
    pub const POWER_HEAT_POWER_CONSUMPTION: mm::RegisterDescriptor = descriptors::ALL[21];
    /// `power.cool_power_production`: input 34.
    pub const POWER_COOL_POWER_PRODUCTION: mm::RegisterDescriptor = descriptors::ALL[22];
    /// `power.cool_power_consumption`: input 35.
    pub const POWER_COOL_POWER_CONSUMPTION: mm::RegisterDescriptor = descriptors::ALL[23];
    /// `power.dhw_power_production`: input 36.
    pub const POWER_DHW_POWER_PRODUCTION: mm::RegisterDescriptor = descriptors::ALL[24];
    /// `power.dhw_power_consumption`: input 37.
    pub const POWER_DHW_POWER_CONSUMPTION: mm::RegisterDescriptor = descriptors::ALL[25];
    /// `power.total_energy_heat`: input 38.
    pub const POWER_TOTAL_ENERGY_HEAT: mm::RegisterDescriptor = descriptors::ALL[26];
    /// `power.total_energy_cool`: input 39.
    pub const POWER_TOTAL_ENERGY_COOL: mm::RegisterDescriptor = descriptors::ALL[27];
    /// `power.total_energy_dhw`: input 40.
    pub const POWER_TOTAL_ENERGY_DHW: mm::RegisterDescriptor = descriptors::ALL[28];
    /// `power.compressor_freq`: input 41.
    pub const POWER_COMPRESSOR_FREQ: mm::RegisterDescriptor = descriptors::ALL[29];
    /// `power.pump_speed`: input 42.
    pub const POWER_PUMP_SPEED: mm::RegisterDescriptor = descriptors::ALL[30];
    /// `power.pump_flow`: input 43.
    pub const POWER_PUMP_FLOW: mm::RegisterDescriptor = descriptors::ALL[31];
    /// `power.pump_duty`: input 44.
    pub const POWER_PUMP_DUTY: mm::RegisterDescriptor = descriptors::ALL[32];
    /// `power.max_pump_duty`: input 45.
    pub const POWER_MAX_PUMP_DUTY: mm::RegisterDescriptor = descriptors::ALL[33];
    /// `states.heatpump_state`: input 48.
    pub const STATES_HEATPUMP_STATE: mm::RegisterDescriptor = descriptors::ALL[34];
    /// `states.pump_state`: input 49.
    pub const STATES_PUMP_STATE: mm::RegisterDescriptor = descriptors::ALL[35];
    /// `states.operation_mode`: input 50.
    pub const STATES_OPERATION_MODE: mm::RegisterDescriptor = descriptors::ALL[36];
    /// `states.quiet_mode`: input 51.
    pub const STATES_QUIET_MODE: mm::RegisterDescriptor = descriptors::ALL[37];
    /// `states.powerful_mode`: input 52.
    pub const STATES_POWERFUL_MODE: mm::RegisterDescriptor = descriptors::ALL[38];
    /// `states.holiday_mode`: input 53.
    pub const STATES_HOLIDAY_MODE: mm::RegisterDescriptor = descriptors::ALL[39];
    /// `states.force_dhw`: input 54.
    pub const STATES_FORCE_DHW: mm::RegisterDescriptor = descriptors::ALL[40];
    /// `states.force_defrost`: input 55.
    pub const STATES_FORCE_DEFROST: mm::RegisterDescriptor = descriptors::ALL[41];
    /// `states.force_sterilization`: input 56.
    pub const STATES_FORCE_STERILIZATION: mm::RegisterDescriptor = descriptors::ALL[42];
    /// `states.defrosting_state`: input 57.
    pub const STATES_DEFROSTING_STATE: mm::RegisterDescriptor = descriptors::ALL[43];
    /// `states.threeway_valve_state`: input 58.
    pub const STATES_THREEWAY_VALVE_STATE: mm::RegisterDescriptor = descriptors::ALL[44];
    /// `states.zones_state`: input 59.
    pub const STATES_ZONES_STATE: mm::RegisterDescriptor = descriptors::ALL[45];
    /// `states.main_schedule_state`: input 60.
    pub const STATES_MAIN_SCHEDULE_STATE: mm::RegisterDescriptor = descriptors::ALL[46];
    /// `states.dhw_heater_state`: input 61.
    pub const STATES_DHW_HEATER_STATE: mm::RegisterDescriptor = descriptors::ALL[47];
    /// `states.room_heater_state`: input 62.
    pub const STATES_ROOM_HEATER_STATE: mm::RegisterDescriptor = descriptors::ALL[48];
    /// `states.internal_heater_state`: input 63.
    pub const STATES_INTERNAL_HEATER_STATE: mm::RegisterDescriptor = descriptors::ALL[49];
    /// `zone_pumps.z1_water_pump`: input 64.
    pub const ZONE_PUMPS_Z1_WATER_PUMP: mm::RegisterDescriptor = descriptors::ALL[50];
    /// `zone_pumps.z2_water_pump`: input 65.
    pub const ZONE_PUMPS_Z2_WATER_PUMP: mm::RegisterDescriptor = descriptors::ALL[51];
    /// `zone_pumps.pool_water_pump`: input 66.
    pub const ZONE_PUMPS_POOL_WATER_PUMP: mm::RegisterDescriptor = descriptors::ALL[52];
    /// `zone_pumps.solar_water_pump`: input 67.
    pub const ZONE_PUMPS_SOLAR_WATER_PUMP: mm::RegisterDescriptor = descriptors::ALL[53];
    /// `zone_pumps.z1_pump_state`: input 68.
    pub const ZONE_PUMPS_Z1_PUMP_STATE: mm::RegisterDescriptor = descriptors::ALL[54];
    /// `zone_pumps.z2_pump_state`: input 69.
    pub const ZONE_PUMPS_Z2_PUMP_STATE: mm::RegisterDescriptor = descriptors::ALL[55];
    /// `zone_pumps.pump_flowrate_mode`: input 70.
    pub const ZONE_PUMPS_PUMP_FLOWRATE_MODE: mm::RegisterDescriptor = descriptors::ALL[56];
    /// `commands.set_heatpump`: holding 4096.
    pub const COMMANDS_SET_HEATPUMP: mm::RegisterDescriptor = descriptors::ALL[57];
    /// `commands.set_pump`: holding 4097.
    pub const COMMANDS_SET_PUMP: mm::RegisterDescriptor = descriptors::ALL[58];
    /// `commands.set_max_pump_duty`: holding 4098.
    pub const COMMANDS_SET_MAX_PUMP_DUTY: mm::RegisterDescriptor = descriptors::ALL[59];
    /// `commands.set_quiet_mode`: holding 4099.
    pub const COMMANDS_SET_QUIET_MODE: mm::RegisterDescriptor = descriptors::ALL[60];
    /// `commands.set_powerful_mode`: holding 4100.
    pub const COMMANDS_SET_POWERFUL_MODE: mm::RegisterDescriptor = descriptors::ALL[61];
    /// `commands.set_operation_mode`: holding 4101.
    pub const COMMANDS_SET_OPERATION_MODE: mm::RegisterDescriptor = descriptors::ALL[62];
    /// `commands.set_holiday_mode`: holding 4102.
    pub const COMMANDS_SET_HOLIDAY_MODE: mm::RegisterDescriptor = descriptors::ALL[63];
    /// `commands.set_force_dhw`: holding 4103.
    pub const COMMANDS_SET_FORCE_DHW: mm::RegisterDescriptor = descriptors::ALL[64];
    /// `commands.set_force_defrost`: holding 4104.
    pub const COMMANDS_SET_FORCE_DEFROST: mm::RegisterDescriptor = descriptors::ALL[65];
    /// `commands.set_force_sterilization`: holding 4105.
    pub const COMMANDS_SET_FORCE_STERILIZATION: mm::RegisterDescriptor = descriptors::ALL[66];
    /// `commands.set_main_schedule`: holding 4106.
    pub const COMMANDS_SET_MAIN_SCHEDULE: mm::RegisterDescriptor = descriptors::ALL[67];
    /// `commands.set_reset`: holding 4107.
    pub const COMMANDS_SET_RESET: mm::RegisterDescriptor = descriptors::ALL[68];
    /// `commands.set_zones`: holding 4108.
    pub const COMMANDS_SET_ZONES: mm::RegisterDescriptor = descriptors::ALL[69];
    /// `commands.set_external_control`: holding 4109.
    pub const COMMANDS_SET_EXTERNAL_CONTROL: mm::RegisterDescriptor = descriptors::ALL[70];
    /// `commands.set_external_error`: holding 4110.
    pub const COMMANDS_SET_EXTERNAL_ERROR: mm::RegisterDescriptor = descriptors::ALL[71];
    /// `commands.set_external_compressor_control`: holding 4111.
    pub const COMMANDS_SET_EXTERNAL_COMPRESSOR_CONTROL: mm::RegisterDescriptor = descriptors::ALL[72];
    /// `extra_commands.set_external_heat_cool_control`: holding 4112.
    pub const EXTRA_COMMANDS_SET_EXTERNAL_HEAT_COOL_CONTROL: mm::RegisterDescriptor = descriptors::ALL[73];
    /// `extra_commands.set_bivalent_control`: holding 4113.
    pub const EXTRA_COMMANDS_SET_BIVALENT_CONTROL: mm::RegisterDescriptor = descriptors::ALL[74];
    /// `extra_commands.set_bivalent_mode`: holding 4114.
    pub const EXTRA_COMMANDS_SET_BIVALENT_MODE: mm::RegisterDescriptor = descriptors::ALL[75];
    /// `extra_commands.set_alt_external_sensor`: holding 4115.
    pub const EXTRA_COMMANDS_SET_ALT_EXTERNAL_SENSOR: mm::RegisterDescriptor = descriptors::ALL[76];
    /// `extra_commands.set_external_pad_heater`: holding 4116.
    pub const EXTRA_COMMANDS_SET_EXTERNAL_PAD_HEATER: mm::RegisterDescriptor = descriptors::ALL[77];
    /// `extra_commands.set_buffer`: holding 4117.
    pub const EXTRA_COMMANDS_SET_BUFFER: mm::RegisterDescriptor = descriptors::ALL[78];
    /// `setpoints.set_z1_heat_temp`: holding 4128.
    pub const SETPOINTS_SET_Z1_HEAT_TEMP: mm::RegisterDescriptor = descriptors::ALL[79];
    /// `setpoints.set_z1_cool_temp`: holding 4129.
    pub const SETPOINTS_SET_Z1_COOL_TEMP: mm::RegisterDescriptor = descriptors::ALL[80];
    /// `setpoints.set_z2_heat_temp`: holding 4130.
    pub const SETPOINTS_SET_Z2_HEAT_TEMP: mm::RegisterDescriptor = descriptors::ALL[81];
    /// `setpoints.set_z2_cool_temp`: holding 4131.
    pub const SETPOINTS_SET_Z2_COOL_TEMP: mm::RegisterDescriptor = descriptors::ALL[82];
    /// `setpoints.set_dhw_temp`: holding 4132.
    pub const SETPOINTS_SET_DHW_TEMP: mm::RegisterDescriptor = descriptors::ALL[83];
    /// `setpoints.set_bivalent_start_temp`: holding 4133.
    pub const SETPOINTS_SET_BIVALENT_START_TEMP: mm::RegisterDescriptor = descriptors::ALL[84];
    /// `setpoints.set_bivalent_ap_start_temp`: holding 4134.
    pub const SETPOINTS_SET_BIVALENT_AP_START_TEMP: mm::RegisterDescriptor = descriptors::ALL[85];
    /// `setpoints.set_bivalent_ap_stop_temp`: holding 4135.
    pub const SETPOINTS_SET_BIVALENT_AP_STOP_TEMP: mm::RegisterDescriptor = descriptors::ALL[86];
    /// `setpoints.set_heating_off_outdoor_temp`: holding 4136.
    pub const SETPOINTS_SET_HEATING_OFF_OUTDOOR_TEMP: mm::RegisterDescriptor = descriptors::ALL[87];
    /// `deltas.set_buffer_delta`: holding 4144.
    pub const DELTAS_SET_BUFFER_DELTA: mm::RegisterDescriptor = descriptors::ALL[88];
    /// `deltas.set_floor_heat_delta`: holding 4145.
    pub const DELTAS_SET_FLOOR_HEAT_DELTA: mm::RegisterDescriptor = descriptors::ALL[89];
    /// `deltas.set_floor_cool_delta`: holding 4146.
    pub const DELTAS_SET_FLOOR_COOL_DELTA: mm::RegisterDescriptor = descriptors::ALL[90];
    /// `deltas.set_dhw_heat_delta`: holding 4147.
    pub const DELTAS_SET_DHW_HEAT_DELTA: mm::RegisterDescriptor = descriptors::ALL[91];
    /// `deltas.set_heater_start_delta`: holding 4148.
    pub const DELTAS_SET_HEATER_START_DELTA: mm::RegisterDescriptor = descriptors::ALL[92];
    /// `deltas.set_heater_stop_delta`: holding 4149.
    pub const DELTAS_SET_HEATER_STOP_DELTA: mm::RegisterDescriptor = descriptors::ALL[93];
    /// `deltas.set_heater_delay_time`: holding 4150.
    pub const DELTAS_SET_HEATER_DELAY_TIME: mm::RegisterDescriptor = descriptors::ALL[94];
    /// `quick_commands.quick_heatpump_on`: coil 8192.
    pub const QUICK_COMMANDS_QUICK_HEATPUMP_ON: mm::RegisterDescriptor = descriptors::ALL[95];
    /// `quick_commands.quick_heatpump_off`: coil 8193.
    pub const QUICK_COMMANDS_QUICK_HEATPUMP_OFF: mm::RegisterDescriptor = descriptors::ALL[96];
    /// `quick_commands.quick_pump_on`: coil 8194.
    pub const QUICK_COMMANDS_QUICK_PUMP_ON: mm::RegisterDescriptor = descriptors::ALL[97];
    /// `quick_commands.quick_pump_off`: coil 8195.
    pub const QUICK_COMMANDS_QUICK_PUMP_OFF: mm::RegisterDescriptor = descriptors::ALL[98];
    /// `quick_commands.quick_dhw_on`: coil 8196.
    pub const QUICK_COMMANDS_QUICK_DHW_ON: mm::RegisterDescriptor = descriptors::ALL[99];
    /// `quick_commands.quick_dhw_off`: coil 8197.
    pub const QUICK_COMMANDS_QUICK_DHW_OFF: mm::RegisterDescriptor = descriptors::ALL[100];
    /// `quick_commands.quick_defrost`: coil 8198.
    pub const QUICK_COMMANDS_QUICK_DEFROST: mm::RegisterDescriptor = descriptors::ALL[101];
    /// `quick_commands.quick_sterilization`: coil 8199.
    pub const QUICK_COMMANDS_QUICK_STERILIZATION: mm::RegisterDescriptor = descriptors::ALL[102];
    /// `alarms.alarm_compressor`: discrete 12288.
    pub const ALARMS_ALARM_COMPRESSOR: mm::RegisterDescriptor = descriptors::ALL[103];
    /// `alarms.alarm_pump`: discrete 12289.
    pub const ALARMS_ALARM_PUMP: mm::RegisterDescriptor = descriptors::ALL[104];
    /// `alarms.alarm_sensor`: discrete 12290.
    pub const ALARMS_ALARM_SENSOR: mm::RegisterDescriptor = descriptors::ALL[105];
    /// `alarms.alarm_communication`: discrete 12291.
    pub const ALARMS_ALARM_COMMUNICATION: mm::RegisterDescriptor = descriptors::ALL[106];
    /// `alarms.alarm_high_pressure`: discrete 12292.
    pub const ALARMS_ALARM_HIGH_PRESSURE: mm::RegisterDescriptor = descriptors::ALL[107];
    /// `alarms.alarm_low_pressure`: discrete 12293.
    pub const ALARMS_ALARM_LOW_PRESSURE: mm::RegisterDescriptor = descriptors::ALL[108];
    /// `alarms.alarm_high_temp`: discrete 12294.
    pub const ALARMS_ALARM_HIGH_TEMP: mm::RegisterDescriptor = descriptors::ALL[109];
    /// `alarms.alarm_low_temp`: discrete 12295.
    pub const ALARMS_ALARM_LOW_TEMP: mm::RegisterDescriptor = descriptors::ALL[110];
    /// `operating_status.status_heating`: discrete 12296.
    pub const OPERATING_STATUS_STATUS_HEATING: mm::RegisterDescriptor = descriptors::ALL[111];
    /// `operating_status.status_cooling`: discrete 12297.
    pub const OPERATING_STATUS_STATUS_COOLING: mm::RegisterDescriptor = descriptors::ALL[112];
    /// `operating_status.status_dhw`: discrete 12298.
    pub const OPERATING_STATUS_STATUS_DHW: mm::RegisterDescriptor = descriptors::ALL[113];
    /// `operating_status.status_defrosting`: discrete 12299.
    pub const OPERATING_STATUS_STATUS_DEFROSTING: mm::RegisterDescriptor = descriptors::ALL[114];
    /// `operating_status.status_sterilization`: discrete 12300.
    pub const OPERATING_STATUS_STATUS_STERILIZATION: mm::RegisterDescriptor = descriptors::ALL[115];
    /// `operating_status.status_holiday`: discrete 12301.
    pub const OPERATING_STATUS_STATUS_HOLIDAY: mm::RegisterDescriptor = descriptors::ALL[116];
    /// `operating_status.status_powerful`: discrete 12302.
    pub const OPERATING_STATUS_STATUS_POWERFUL: mm::RegisterDescriptor = descriptors::ALL[117];
    /// `operating_status.status_quiet`: discrete 12303.
    pub const OPERATING_STATUS_STATUS_QUIET: mm::RegisterDescriptor = descriptors::ALL[118];
    /// Values of `system.status`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum SystemStatus {
        /// `offline` (raw 0).
        Offline,
        /// `online` (raw 1).
        Online,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    mm::impl_modbus_enum!(
        SystemStatus { Offline = 0 => "offline", Online = 1 => "online" } Unknown
    );
    /// Values of `states.heatpump_state`, `states.pump_state`, `states.holiday_mode`, `states.force_dhw`, `states.force_defrost`, `states.force_sterilization`, `states.defrosting_state`, `states.main_schedule_state`, `states.dhw_heater_state`, `states.room_heater_state`, `states.internal_heater_state`, `zone_pumps.z1_water_pump`, `zone_pumps.z2_water_pump`, `zone_pumps.pool_water_pump`, `zone_pumps.solar_water_pump`, `zone_pumps.z1_pump_state`, `zone_pumps.z2_pump_state`, `commands.set_heatpump`, `commands.set_pump`, `commands.set_holiday_mode`, `commands.set_force_dhw`, `commands.set_force_defrost`, `commands.set_force_sterilization`, `commands.set_main_schedule`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum StatesHeatpumpState {
        /// `off` (raw 0).
        Off,
        /// `on` (raw 1).
        On,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    mm::impl_modbus_enum!(StatesHeatpumpState { Off = 0 => "off", On = 1 => "on" } Unknown);
    /// Values of `states.operation_mode`, `commands.set_operation_mode`.
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
    mm::impl_modbus_enum!(
        StatesOperationMode { HeatOnly = 0 => "heat_only", CoolOnly = 1 => "cool_only", Auto
        = 2 => "auto", DhwOnly = 3 => "dhw_only", HeatDhw = 4 => "heat_dhw", CoolDhw = 5 =>
        "cool_dhw", AutoDhw = 6 => "auto_dhw" } Unknown
    );
    /// Values of `states.quiet_mode`, `commands.set_quiet_mode`.
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
    mm::impl_modbus_enum!(
        StatesQuietMode { Off = 0 => "off", LessPower = 1 => "less_power", EvenLessPower = 2
        => "even_less_power", LeastPower = 3 => "least_power" } Unknown
    );
    /// Values of `states.threeway_valve_state`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum StatesThreewayValveState {
        /// `room` (raw 0).
        Room,
        /// `dhw` (raw 1).
        Dhw,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    mm::impl_modbus_enum!(
        StatesThreewayValveState { Room = 0 => "room", Dhw = 1 => "dhw" } Unknown
    );
    /// Values of `states.zones_state`, `commands.set_zones`.
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
    mm::impl_modbus_enum!(
        StatesZonesState { Zone1 = 0 => "zone1", Zone2 = 1 => "zone2", Zone1AndZone2 = 2 =>
        "zone1_and_zone2" } Unknown
    );
    /// Values of `commands.set_external_control`, `commands.set_external_error`, `commands.set_external_compressor_control`, `extra_commands.set_external_heat_cool_control`, `extra_commands.set_bivalent_control`, `extra_commands.set_alt_external_sensor`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum CommandsSetExternalControl {
        /// `disabled` (raw 0).
        Disabled,
        /// `enabled` (raw 1).
        Enabled,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    mm::impl_modbus_enum!(
        CommandsSetExternalControl { Disabled = 0 => "disabled", Enabled = 1 => "enabled" }
        Unknown
    );
    /// Values of `extra_commands.set_bivalent_mode`.
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
    mm::impl_modbus_enum!(
        ExtraCommandsSetBivalentMode { Alternative = 0 => "alternative", Parallel = 1 =>
        "parallel", AdvancedParallel = 2 => "advanced_parallel" } Unknown
    );
    /// Values of `extra_commands.set_external_pad_heater`.
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
    mm::impl_modbus_enum!(
        ExtraCommandsSetExternalPadHeater { Disabled = 0 => "disabled", TypeA = 1 =>
        "type_a", TypeB = 2 => "type_b" } Unknown
    );
    /// Values of `extra_commands.set_buffer`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum ExtraCommandsSetBuffer {
        /// `not_installed` (raw 0).
        NotInstalled,
        /// `installed` (raw 1).
        Installed,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    mm::impl_modbus_enum!(
        ExtraCommandsSetBuffer { NotInstalled = 0 => "not_installed", Installed = 1 =>
        "installed" } Unknown
    );
    /// Slave dispatch tables: serve this device with `modbus_map::server` or the `no_std` dispatch core.
    pub mod dispatch {
        use ::modbus_map::__private::dispatch::{
            self, DeviceMap, Entry, GapRange, TableMap, UnitMap,
        };
        static UNIT_1_COIL: [Entry; 8] = Entry::runs(&super::REGISTERS, &[(95, 8, 0)]);
        static UNIT_1_COIL_INDEX: [u16; 8] = [0, 1, 2, 3, 4, 5, 6, 7];
        static UNIT_1_DISCRETE: [Entry; 16] = Entry::runs(
            &super::REGISTERS,
            &[(103, 16, 8)],
        );
        static UNIT_1_DISCRETE_INDEX: [u16; 16] = [
            0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
        ];
        static UNIT_1_INPUT: [Entry; 57] = Entry::runs(&super::REGISTERS, &[(0, 57, 24)]);
        static UNIT_1_INPUT_INDEX: [u16; 68] = [
            0, 1, 2, 2, 3, 4, 4, 4, 4, 4, 4, 4, 4, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
            16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 34,
            34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53,
            54, 55, 56,
        ];
        static UNIT_1_HOLDING: [Entry; 38] = Entry::runs(&super::REGISTERS, &[(57, 38, 83)]);
        static UNIT_1_HOLDING_INDEX: [u16; 55] = [
            0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
            22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 31,
            31, 31, 31, 31, 31, 31, 32, 33, 34, 35, 36, 37,
        ];
        static UNITS: [UnitMap; 1] = [
            UnitMap {
                unit_id: 1,
                coils: TableMap {
                    entries: &UNIT_1_COIL,
                    allow_gaps: false,
                    gap_ranges: &[],
                    index_base: 8192,
                    index: &UNIT_1_COIL_INDEX,
                },
                discrete_inputs: TableMap {
                    entries: &UNIT_1_DISCRETE,
                    allow_gaps: false,
                    gap_ranges: &[],
                    index_base: 12288,
                    index: &UNIT_1_DISCRETE_INDEX,
                },
                input_registers: TableMap {
                    entries: &UNIT_1_INPUT,
                    allow_gaps: false,
                    gap_ranges: &[],
                    index_base: 3,
                    index: &UNIT_1_INPUT_INDEX,
                },
                holding_registers: TableMap {
                    entries: &UNIT_1_HOLDING,
                    allow_gaps: false,
                    gap_ranges: &[],
                    index_base: 4096,
                    index: &UNIT_1_HOLDING_INDEX,
                },
                values_per_read: 0,
            },
        ];
        /// Initial storage words (spec defaults, start values where there is none), indexed by slot.
        pub static DEFAULTS: [u16; 121] = dispatch::words(
            &[(109, &[4000]), (113, &[500]), (115, &[100, 100, 65336])],
        );
        /// The device's whole map, for `modbus_map::dispatch::Dispatcher::new(&MAP)`.
        pub static MAP: DeviceMap = DeviceMap {
            name: "heishamon",
            default_unit: 1,
            units: &UNITS,
            defaults: &DEFAULTS,
            word_order_coil: ::core::option::Option::None,
        };
    }
    mm::tokio_client! {
        /// HeishaMon system values.
        #[derive(Debug, Clone, PartialEq)]
        pub struct System {
            /// `system.free_memory`: Free memory (Свободная память) (KB)
            pub free_memory: u16,
            /// `system.uptime`: System uptime (Время работы системы); unit not documented
            pub uptime: u32,
            /// `system.status`: Status (Статус: 0=офлайн, 1=онлайн)
            pub status: SystemStatus,
            /// `system.last_update`: Time of the last update (Время последнего обновления); unit not documented
            pub last_update: u32,
        }
        mm::block_decode!(System { free_memory 0, uptime 1, status 2, last_update 3 });
        /// The registers of one instance of block `system`, read and written one by one or whole.
        #[derive(Debug)]
        pub struct SystemClient<'a, C>(pub mm::BlockClient<'a, C>);
        impl<'a, C: mm::Reader + mm::Writer> SystemClient<'a, C> {
            /// Reads every readable register of the `system` instance in as few requests as the planner allows.
            pub fn read(
                &mut self,
            ) -> impl ::core::future::Future<
                Output = mm::ModbusResult<System>,
            > + use<'_, 'a, C> {
                self.0.read_block()
            }
            mm::register_fns!(
                read_free_memory, _, 0, u16,
                "`system.free_memory`: Free memory (Свободная память) (KB)"
            );
            mm::register_fns!(
                read_uptime, _, 1, u32,
                "`system.uptime`: System uptime (Время работы системы); unit not documented"
            );
            mm::register_fns!(
                read_status, _, 2, SystemStatus,
                "`system.status`: Status (Статус: 0=офлайн, 1=онлайн)"
            );
            mm::register_fns!(
                read_last_update, _, 3, u32,
                "`system.last_update`: Time of the last update (Время последнего обновления); unit not documented"
            );
        }
        /// Temperatures, °C × 100 (0x0010-0x001F).
        #[derive(Debug, Clone, PartialEq)]
        pub struct Temperatures {
            /// `temperatures.main_inlet_temp`: Inlet water temperature (Температура на входе) (°C)
            pub main_inlet_temp: f64,
            /// `temperatures.main_outlet_temp`: Outlet water temperature (Температура на выходе) (°C)
            pub main_outlet_temp: f64,
            /// `temperatures.dhw_temp`: DHW temperature (Температура ГВС) (°C)
            pub dhw_temp: f64,
            /// `temperatures.outside_temp`: Outside air temperature (Температура наружного воздуха) (°C)
            pub outside_temp: f64,
            /// `temperatures.buffer_temp`: Buffer tank temperature (Температура буферного бака) (°C)
            pub buffer_temp: f64,
            /// `temperatures.solar_temp`: Solar collector temperature (Температура солнечного коллектора) (°C)
            pub solar_temp: f64,
            /// `temperatures.pool_temp`: Pool temperature (Температура бассейна) (°C)
            pub pool_temp: f64,
            /// `temperatures.z1_room_temp`: Zone 1 room temperature (Температура помещения зоны 1) (°C)
            pub z1_room_temp: f64,
            /// `temperatures.z1_water_temp`: Zone 1 water temperature (Температура воды зоны 1) (°C)
            pub z1_water_temp: f64,
            /// `temperatures.z2_room_temp`: Zone 2 room temperature (Температура помещения зоны 2) (°C)
            pub z2_room_temp: f64,
            /// `temperatures.z2_water_temp`: Zone 2 water temperature (Температура воды зоны 2) (°C)
            pub z2_water_temp: f64,
            /// `temperatures.compressor_temp`: Compressor temperature (Температура компрессора) (°C)
            pub compressor_temp: f64,
            /// `temperatures.evaporator_temp`: Evaporator temperature (Температура испарителя) (°C)
            pub evaporator_temp: f64,
            /// `temperatures.condensor_temp`: Condenser temperature (Температура конденсатора) (°C)
            pub condensor_temp: f64,
            /// `temperatures.inverter_temp`: Inverter temperature (Температура инвертора) (°C)
            pub inverter_temp: f64,
            /// `temperatures.outdoor_coil_temp`: Outdoor coil temperature (Температура наружной катушки) (°C)
            pub outdoor_coil_temp: f64,
        }
        mm::block_decode!(
            Temperatures { main_inlet_temp 0, main_outlet_temp 1, dhw_temp 2, outside_temp 3,
            buffer_temp 4, solar_temp 5, pool_temp 6, z1_room_temp 7, z1_water_temp 8,
            z2_room_temp 9, z2_water_temp 10, compressor_temp 11, evaporator_temp 12,
            condensor_temp 13, inverter_temp 14, outdoor_coil_temp 15 }
        );
        /// The registers of one instance of block `temperatures`, read and written one by one or whole.
        #[derive(Debug)]
        pub struct TemperaturesClient<'a, C>(pub mm::BlockClient<'a, C>);
        impl<'a, C: mm::Reader + mm::Writer> TemperaturesClient<'a, C> {
            /// Reads every readable register of the `temperatures` instance in as few requests as the planner allows.
            pub fn read(
                &mut self,
            ) -> impl ::core::future::Future<
                Output = mm::ModbusResult<Temperatures>,
            > + use<'_, 'a, C> {
                self.0.read_block()
            }
            mm::register_fns!(
                read_main_inlet_temp, _, 0, f64,
                "`temperatures.main_inlet_temp`: Inlet water temperature (Температура на входе) (°C)"
            );
            mm::register_fns!(
                read_main_outlet_temp, _, 1, f64,
                "`temperatures.main_outlet_temp`: Outlet water temperature (Температура на выходе) (°C)"
            );
            mm::register_fns!(
                read_dhw_temp, _, 2, f64,
                "`temperatures.dhw_temp`: DHW temperature (Температура ГВС) (°C)"
            );
            mm::register_fns!(
                read_outside_temp, _, 3, f64,
                "`temperatures.outside_temp`: Outside air temperature (Температура наружного воздуха) (°C)"
            );
            mm::register_fns!(
                read_buffer_temp, _, 4, f64,
                "`temperatures.buffer_temp`: Buffer tank temperature (Температура буферного бака) (°C)"
            );
            mm::register_fns!(
                read_solar_temp, _, 5, f64,
                "`temperatures.solar_temp`: Solar collector temperature (Температура солнечного коллектора) (°C)"
            );
            mm::register_fns!(
                read_pool_temp, _, 6, f64,
                "`temperatures.pool_temp`: Pool temperature (Температура бассейна) (°C)"
            );
            mm::register_fns!(
                read_z1_room_temp, _, 7, f64,
                "`temperatures.z1_room_temp`: Zone 1 room temperature (Температура помещения зоны 1) (°C)"
            );
            mm::register_fns!(
                read_z1_water_temp, _, 8, f64,
                "`temperatures.z1_water_temp`: Zone 1 water temperature (Температура воды зоны 1) (°C)"
            );
            mm::register_fns!(
                read_z2_room_temp, _, 9, f64,
                "`temperatures.z2_room_temp`: Zone 2 room temperature (Температура помещения зоны 2) (°C)"
            );
            mm::register_fns!(
                read_z2_water_temp, _, 10, f64,
                "`temperatures.z2_water_temp`: Zone 2 water temperature (Температура воды зоны 2) (°C)"
            );
            mm::register_fns!(
                read_compressor_temp, _, 11, f64,
                "`temperatures.compressor_temp`: Compressor temperature (Температура компрессора) (°C)"
            );
            mm::register_fns!(
                read_evaporator_temp, _, 12, f64,
                "`temperatures.evaporator_temp`: Evaporator temperature (Температура испарителя) (°C)"
            );
            mm::register_fns!(
                read_condensor_temp, _, 13, f64,
                "`temperatures.condensor_temp`: Condenser temperature (Температура конденсатора) (°C)"
            );
            mm::register_fns!(
                read_inverter_temp, _, 14, f64,
                "`temperatures.inverter_temp`: Inverter temperature (Температура инвертора) (°C)"
            );
            mm::register_fns!(
                read_outdoor_coil_temp, _, 15, f64,
                "`temperatures.outdoor_coil_temp`: Outdoor coil temperature (Температура наружной катушки) (°C)"
            );
        }
        /// Power and energy (0x0020-0x002D); power kW × 100, energy kWh × 100.
        #[derive(Debug, Clone, PartialEq)]
        pub struct Power {
            /// `power.heat_power_production`: Heat power production (Мощность производства тепла) (kW)
            pub heat_power_production: f64,
            /// `power.heat_power_consumption`: Power consumption for heating (Мощность потребления тепла) (kW)
            pub heat_power_consumption: f64,
            /// `power.cool_power_production`: Cooling power production (Мощность производства холода) (kW)
            pub cool_power_production: f64,
            /// `power.cool_power_consumption`: Power consumption for cooling (Мощность потребления холода) (kW)
            pub cool_power_consumption: f64,
            /// `power.dhw_power_production`: DHW power production (Мощность производства ГВС) (kW)
            pub dhw_power_production: f64,
            /// `power.dhw_power_consumption`: Power consumption for DHW (Мощность потребления ГВС) (kW)
            pub dhw_power_consumption: f64,
            /// `power.total_energy_heat`: Total heating energy (Общая энергия отопления); wraps at 655.35 kWh (kWh)
            pub total_energy_heat: f64,
            /// `power.total_energy_cool`: Total cooling energy (Общая энергия охлаждения); wraps at 655.35 kWh (kWh)
            pub total_energy_cool: f64,
            /// `power.total_energy_dhw`: Total DHW energy (Общая энергия ГВС); wraps at 655.35 kWh (kWh)
            pub total_energy_dhw: f64,
            /// `power.compressor_freq`: Compressor frequency (Частота компрессора) (Hz)
            pub compressor_freq: u16,
            /// `power.pump_speed`: Pump speed (Скорость насоса) (rpm)
            pub pump_speed: u16,
            /// `power.pump_flow`: Pump flow, l/min × 10 (Поток насоса) (l/min)
            pub pump_flow: f64,
            /// `power.pump_duty`: Pump duty (Нагрузка насоса) (%, 0 ..= 100)
            pub pump_duty: u16,
            /// `power.max_pump_duty`: Maximum pump duty (Максимальная нагрузка насоса) (%, 0 ..= 100)
            pub max_pump_duty: u16,
        }
        mm::block_decode!(
            Power { heat_power_production 0, heat_power_consumption 1, cool_power_production 2,
            cool_power_consumption 3, dhw_power_production 4, dhw_power_consumption 5,
            total_energy_heat 6, total_energy_cool 7, total_energy_dhw 8, compressor_freq 9,
            pump_speed 10, pump_flow 11, pump_duty 12, max_pump_duty 13 }
        );
        /// The registers of one instance of block `power`, read and written one by one or whole.
        #[derive(Debug)]
        pub struct PowerClient<'a, C>(pub mm::BlockClient<'a, C>);
        impl<'a, C: mm::Reader + mm::Writer> PowerClient<'a, C> {
            /// Reads every readable register of the `power` instance in as few requests as the planner allows.
            pub fn read(
                &mut self,
            ) -> impl ::core::future::Future<Output = mm::ModbusResult<Power>> + use<'_, 'a, C> {
                self.0.read_block()
            }
            mm::register_fns!(
                read_heat_power_production, _, 0, f64,
                "`power.heat_power_production`: Heat power production (Мощность производства тепла) (kW)"
            );
            mm::register_fns!(
                read_heat_power_consumption, _, 1, f64,
                "`power.heat_power_consumption`: Power consumption for heating (Мощность потребления тепла) (kW)"
            );
            mm::register_fns!(
                read_cool_power_production, _, 2, f64,
                "`power.cool_power_production`: Cooling power production (Мощность производства холода) (kW)"
            );
            mm::register_fns!(
                read_cool_power_consumption, _, 3, f64,
                "`power.cool_power_consumption`: Power consumption for cooling (Мощность потребления холода) (kW)"
            );
            mm::register_fns!(
                read_dhw_power_production, _, 4, f64,
                "`power.dhw_power_production`: DHW power production (Мощность производства ГВС) (kW)"
            );
            mm::register_fns!(
                read_dhw_power_consumption, _, 5, f64,
                "`power.dhw_power_consumption`: Power consumption for DHW (Мощность потребления ГВС) (kW)"
            );
            mm::register_fns!(
                read_total_energy_heat, _, 6, f64,
                "`power.total_energy_heat`: Total heating energy (Общая энергия отопления); wraps at 655.35 kWh (kWh)"
            );
            mm::register_fns!(
                read_total_energy_cool, _, 7, f64,
                "`power.total_energy_cool`: Total cooling energy (Общая энергия охлаждения); wraps at 655.35 kWh (kWh)"
            );
            mm::register_fns!(
                read_total_energy_dhw, _, 8, f64,
                "`power.total_energy_dhw`: Total DHW energy (Общая энергия ГВС); wraps at 655.35 kWh (kWh)"
            );
            mm::register_fns!(
                read_compressor_freq, _, 9, u16,
                "`power.compressor_freq`: Compressor frequency (Частота компрессора) (Hz)"
            );
            mm::register_fns!(
                read_pump_speed, _, 10, u16,
                "`power.pump_speed`: Pump speed (Скорость насоса) (rpm)"
            );
            mm::register_fns!(
                read_pump_flow, _, 11, f64,
                "`power.pump_flow`: Pump flow, l/min × 10 (Поток насоса) (l/min)"
            );
            mm::register_fns!(
                read_pump_duty, _, 12, u16,
                "`power.pump_duty`: Pump duty (Нагрузка насоса) (%, 0 ..= 100)"
            );
            mm::register_fns!(
                read_max_pump_duty, _, 13, u16,
                "`power.max_pump_duty`: Maximum pump duty (Максимальная нагрузка насоса) (%, 0 ..= 100)"
            );
        }
        /// States and modes (0x0030-0x003F).
        #[derive(Debug, Clone, PartialEq)]
        pub struct States {
            /// `states.heatpump_state`: Heat pump state (Состояние теплового насоса)
            pub heatpump_state: StatesHeatpumpState,
            /// `states.pump_state`: Pump state (Состояние насоса)
            pub pump_state: StatesHeatpumpState,
            /// `states.operation_mode`: Operating mode 0-6 (Режим работы); names from SetOperationMode
            pub operation_mode: StatesOperationMode,
            /// `states.quiet_mode`: Quiet mode 0-3 (Тихий режим)
            pub quiet_mode: StatesQuietMode,
            /// `states.powerful_mode`: Powerful mode run time, 0-90 minutes (Мощный режим (мин)) (min, 0 ..= 90)
            pub powerful_mode: u16,
            /// `states.holiday_mode`: Holiday mode (Режим отпуска); the heat pump distinguishes scheduled (1) and active (2)
            pub holiday_mode: StatesHeatpumpState,
            /// `states.force_dhw`: Forced DHW heating (Принудительный нагрев ГВС)
            pub force_dhw: StatesHeatpumpState,
            /// `states.force_defrost`: Forced defrost (Принудительная разморозка)
            pub force_defrost: StatesHeatpumpState,
            /// `states.force_sterilization`: Forced sterilization (Принудительная стерилизация)
            pub force_sterilization: StatesHeatpumpState,
            /// `states.defrosting_state`: Defrosting state (Состояние разморозки)
            pub defrosting_state: StatesHeatpumpState,
            /// `states.threeway_valve_state`: Three-way valve state (Состояние трехходового клапана)
            pub threeway_valve_state: StatesThreewayValveState,
            /// `states.zones_state`: Zones state (Состояние зон); the seed's table says 0/1
            pub zones_state: StatesZonesState,
            /// `states.main_schedule_state`: Main schedule state (Состояние основного расписания)
            pub main_schedule_state: StatesHeatpumpState,
            /// `states.dhw_heater_state`: DHW heater state (Состояние нагревателя ГВС)
            pub dhw_heater_state: StatesHeatpumpState,
            /// `states.room_heater_state`: Room heater state (Состояние комнатного нагревателя)
            pub room_heater_state: StatesHeatpumpState,
            /// `states.internal_heater_state`: Internal heater state (Состояние внутреннего нагревателя)
            pub internal_heater_state: StatesHeatpumpState,
        }
        mm::block_decode!(
            States { heatpump_state 0, pump_state 1, operation_mode 2, quiet_mode 3,
            powerful_mode 4, holiday_mode 5, force_dhw 6, force_defrost 7, force_sterilization 8,
            defrosting_state 9, threeway_valve_state 10, zones_state 11, main_schedule_state 12,
            dhw_heater_state 13, room_heater_state 14, internal_heater_state 15 }
        );
        /// The registers of one instance of block `states`, read and written one by one or whole.
        #[derive(Debug)]
        pub struct StatesClient<'a, C>(pub mm::BlockClient<'a, C>);
        impl<'a, C: mm::Reader + mm::Writer> StatesClient<'a, C> {
            /// Reads every readable register of the `states` instance in as few requests as the planner allows.
            pub fn read(
                &mut self,
            ) -> impl ::core::future::Future<
                Output = mm::ModbusResult<States>,
            > + use<'_, 'a, C> {
                self.0.read_block()
            }
            mm::register_fns!(
                read_heatpump_state, _, 0, StatesHeatpumpState,
                "`states.heatpump_state`: Heat pump state (Состояние теплового насоса)"
            );
            mm::register_fns!(
                read_pump_state, _, 1, StatesHeatpumpState,
                "`states.pump_state`: Pump state (Состояние насоса)"
            );
            mm::register_fns!(
                read_operation_mode, _, 2, StatesOperationMode,
                "`states.operation_mode`: Operating mode 0-6 (Режим работы); names from SetOperationMode"
            );
            mm::register_fns!(
                read_quiet_mode, _, 3, StatesQuietMode,
                "`states.quiet_mode`: Quiet mode 0-3 (Тихий режим)"
            );
            mm::register_fns!(
                read_powerful_mode, _, 4, u16,
                "`states.powerful_mode`: Powerful mode run time, 0-90 minutes (Мощный режим (мин)) (min, 0 ..= 90)"
            );
            mm::register_fns!(
                read_holiday_mode, _, 5, StatesHeatpumpState,
                "`states.holiday_mode`: Holiday mode (Режим отпуска); the heat pump distinguishes scheduled (1) and active (2)"
            );
            mm::register_fns!(
                read_force_dhw, _, 6, StatesHeatpumpState,
                "`states.force_dhw`: Forced DHW heating (Принудительный нагрев ГВС)"
            );
            mm::register_fns!(
                read_force_defrost, _, 7, StatesHeatpumpState,
                "`states.force_defrost`: Forced defrost (Принудительная разморозка)"
            );
            mm::register_fns!(
                read_force_sterilization, _, 8, StatesHeatpumpState,
                "`states.force_sterilization`: Forced sterilization (Принудительная стерилизация)"
            );
            mm::register_fns!(
                read_defrosting_state, _, 9, StatesHeatpumpState,
                "`states.defrosting_state`: Defrosting state (Состояние разморозки)"
            );
            mm::register_fns!(
                read_threeway_valve_state, _, 10, StatesThreewayValveState,
                "`states.threeway_valve_state`: Three-way valve state (Состояние трехходового клапана)"
            );
            mm::register_fns!(
                read_zones_state, _, 11, StatesZonesState,
                "`states.zones_state`: Zones state (Состояние зон); the seed's table says 0/1"
            );
            mm::register_fns!(
                read_main_schedule_state, _, 12, StatesHeatpumpState,
                "`states.main_schedule_state`: Main schedule state (Состояние основного расписания)"
            );
            mm::register_fns!(
                read_dhw_heater_state, _, 13, StatesHeatpumpState,
                "`states.dhw_heater_state`: DHW heater state (Состояние нагревателя ГВС)"
            );
            mm::register_fns!(
                read_room_heater_state, _, 14, StatesHeatpumpState,
                "`states.room_heater_state`: Room heater state (Состояние комнатного нагревателя)"
            );
            mm::register_fns!(
                read_internal_heater_state, _, 15, StatesHeatpumpState,
                "`states.internal_heater_state`: Internal heater state (Состояние внутреннего нагревателя)"
            );
        }
        /// Zone pumps (0x0040-0x0046).
        #[derive(Debug, Clone, PartialEq)]
        pub struct ZonePumps {
            /// `zone_pumps.z1_water_pump`: Zone 1 pump (Насос зоны 1)
            pub z1_water_pump: StatesHeatpumpState,
            /// `zone_pumps.z2_water_pump`: Zone 2 pump (Насос зоны 2)
            pub z2_water_pump: StatesHeatpumpState,
            /// `zone_pumps.pool_water_pump`: Pool pump (Насос бассейна)
            pub pool_water_pump: StatesHeatpumpState,
            /// `zone_pumps.solar_water_pump`: Solar pump (Солнечный насос)
            pub solar_water_pump: StatesHeatpumpState,
            /// `zone_pumps.z1_pump_state`: Zone 1 pump state (Состояние насоса зоны 1)
            pub z1_pump_state: StatesHeatpumpState,
            /// `zone_pumps.z2_pump_state`: Zone 2 pump state (Состояние насоса зоны 2)
            pub z2_pump_state: StatesHeatpumpState,
            /// `zone_pumps.pump_flowrate_mode`: Pump flow rate mode 0/1 (Режим потока насоса) (0 ..= 1)
            pub pump_flowrate_mode: u16,
        }
        mm::block_decode!(
            ZonePumps { z1_water_pump 0, z2_water_pump 1, pool_water_pump 2, solar_water_pump 3,
            z1_pump_state 4, z2_pump_state 5, pump_flowrate_mode 6 }
        );
        /// The registers of one instance of block `zone_pumps`, read and written one by one or whole.
        #[derive(Debug)]
        pub struct ZonePumpsClient<'a, C>(pub mm::BlockClient<'a, C>);
        impl<'a, C: mm::Reader + mm::Writer> ZonePumpsClient<'a, C> {
            /// Reads every readable register of the `zone_pumps` instance in as few requests as the planner allows.
            pub fn read(
                &mut self,
            ) -> impl ::core::future::Future<
                Output = mm::ModbusResult<ZonePumps>,
            > + use<'_, 'a, C> {
                self.0.read_block()
            }
            mm::register_fns!(
                read_z1_water_pump, _, 0, StatesHeatpumpState,
                "`zone_pumps.z1_water_pump`: Zone 1 pump (Насос зоны 1)"
            );
            mm::register_fns!(
                read_z2_water_pump, _, 1, StatesHeatpumpState,
                "`zone_pumps.z2_water_pump`: Zone 2 pump (Насос зоны 2)"
            );
            mm::register_fns!(
                read_pool_water_pump, _, 2, StatesHeatpumpState,
                "`zone_pumps.pool_water_pump`: Pool pump (Насос бассейна)"
            );
            mm::register_fns!(
                read_solar_water_pump, _, 3, StatesHeatpumpState,
                "`zone_pumps.solar_water_pump`: Solar pump (Солнечный насос)"
            );
            mm::register_fns!(
                read_z1_pump_state, _, 4, StatesHeatpumpState,
                "`zone_pumps.z1_pump_state`: Zone 1 pump state (Состояние насоса зоны 1)"
            );
            mm::register_fns!(
                read_z2_pump_state, _, 5, StatesHeatpumpState,
                "`zone_pumps.z2_pump_state`: Zone 2 pump state (Состояние насоса зоны 2)"
            );
            mm::register_fns!(
                read_pump_flowrate_mode, _, 6, u16,
                "`zone_pumps.pump_flowrate_mode`: Pump flow rate mode 0/1 (Режим потока насоса) (0 ..= 1)"
            );
        }
        /// Control commands (0x1000-0x100F), executed immediately on write.
        #[derive(Debug, Clone, PartialEq)]
        pub struct Commands {
            /// `commands.set_heatpump`: Set heat pump state (Установить состояние теплового насоса)
            pub set_heatpump: StatesHeatpumpState,
            /// `commands.set_pump`: Set pump state (Установить состояние насоса)
            pub set_pump: StatesHeatpumpState,
            /// `commands.set_max_pump_duty`: Set maximum pump duty (Установить максимальную нагрузку насоса (%)) (%, 0 ..= 100)
            pub set_max_pump_duty: u16,
            /// `commands.set_quiet_mode`: Set quiet mode 0-3 (Установить тихий режим)
            pub set_quiet_mode: StatesQuietMode,
            /// `commands.set_powerful_mode`: Set powerful mode, 0-90 minutes (Установить мощный режим (мин)) (min, 0 ..= 90)
            pub set_powerful_mode: u16,
            /// `commands.set_operation_mode`: Set operating mode 0-6 (Установить режим работы)
            pub set_operation_mode: StatesOperationMode,
            /// `commands.set_holiday_mode`: Set holiday mode (Установить режим отпуска)
            pub set_holiday_mode: StatesHeatpumpState,
            /// `commands.set_force_dhw`: Force DHW heating (Установить принудительный нагрев ГВС)
            pub set_force_dhw: StatesHeatpumpState,
            /// `commands.set_force_defrost`: Force defrost (Установить принудительную разморозку)
            pub set_force_defrost: StatesHeatpumpState,
            /// `commands.set_force_sterilization`: Force sterilization (Установить принудительную стерилизацию)
            pub set_force_sterilization: StatesHeatpumpState,
            /// `commands.set_main_schedule`: Set main schedule (Установить основное расписание)
            pub set_main_schedule: StatesHeatpumpState,
            /// `commands.set_reset`: System reset 0/1 (Сброс системы) (0 ..= 1)
            pub set_reset: u16,
            /// `commands.set_zones`: Set zones 0-2 (Установить зоны)
            pub set_zones: StatesZonesState,
            /// `commands.set_external_control`: Set external control (Установить внешнее управление)
            pub set_external_control: CommandsSetExternalControl,
            /// `commands.set_external_error`: Set external error signal (Установить сигнал внешней ошибки)
            pub set_external_error: CommandsSetExternalControl,
            /// `commands.set_external_compressor_control`: Set external compressor control (Установить внешнее управление компрессором)
            pub set_external_compressor_control: CommandsSetExternalControl,
        }
        mm::block_decode!(
            Commands { set_heatpump 0, set_pump 1, set_max_pump_duty 2, set_quiet_mode 3,
            set_powerful_mode 4, set_operation_mode 5, set_holiday_mode 6, set_force_dhw 7,
            set_force_defrost 8, set_force_sterilization 9, set_main_schedule 10, set_reset 11,
            set_zones 12, set_external_control 13, set_external_error 14,
            set_external_compressor_control 15 }
        );
        /// The registers of one instance of block `commands`, read and written one by one or whole.
        #[derive(Debug)]
        pub struct CommandsClient<'a, C>(pub mm::BlockClient<'a, C>);
        impl<'a, C: mm::Reader + mm::Writer> CommandsClient<'a, C> {
            /// Reads every readable register of the `commands` instance in as few requests as the planner allows.
            pub fn read(
                &mut self,
            ) -> impl ::core::future::Future<
                Output = mm::ModbusResult<Commands>,
            > + use<'_, 'a, C> {
                self.0.read_block()
            }
            mm::register_fns!(
                read_set_heatpump, write_set_heatpump, 0, StatesHeatpumpState,
                "`commands.set_heatpump`: Set heat pump state (Установить состояние теплового насоса)"
            );
            mm::register_fns!(
                read_set_pump, write_set_pump, 1, StatesHeatpumpState,
                "`commands.set_pump`: Set pump state (Установить состояние насоса)"
            );
            mm::register_fns!(
                read_set_max_pump_duty, write_set_max_pump_duty, 2, u16,
                "`commands.set_max_pump_duty`: Set maximum pump duty (Установить максимальную нагрузку насоса (%)) (%, 0 ..= 100)"
            );
            mm::register_fns!(
                read_set_quiet_mode, write_set_quiet_mode, 3, StatesQuietMode,
                "`commands.set_quiet_mode`: Set quiet mode 0-3 (Установить тихий режим)"
            );
            mm::register_fns!(
                read_set_powerful_mode, write_set_powerful_mode, 4, u16,
                "`commands.set_powerful_mode`: Set powerful mode, 0-90 minutes (Установить мощный режим (мин)) (min, 0 ..= 90)"
            );
            mm::register_fns!(
                read_set_operation_mode, write_set_operation_mode, 5, StatesOperationMode,
                "`commands.set_operation_mode`: Set operating mode 0-6 (Установить режим работы)"
            );
            mm::register_fns!(
                read_set_holiday_mode, write_set_holiday_mode, 6, StatesHeatpumpState,
                "`commands.set_holiday_mode`: Set holiday mode (Установить режим отпуска)"
            );
            mm::register_fns!(
                read_set_force_dhw, write_set_force_dhw, 7, StatesHeatpumpState,
                "`commands.set_force_dhw`: Force DHW heating (Установить принудительный нагрев ГВС)"
            );
            mm::register_fns!(
                read_set_force_defrost, write_set_force_defrost, 8, StatesHeatpumpState,
                "`commands.set_force_defrost`: Force defrost (Установить принудительную разморозку)"
            );
            mm::register_fns!(
                read_set_force_sterilization, write_set_force_sterilization, 9,
                StatesHeatpumpState,
                "`commands.set_force_sterilization`: Force sterilization (Установить принудительную стерилизацию)"
            );
            mm::register_fns!(
                read_set_main_schedule, write_set_main_schedule, 10, StatesHeatpumpState,
                "`commands.set_main_schedule`: Set main schedule (Установить основное расписание)"
            );
            mm::register_fns!(
                read_set_reset, write_set_reset, 11, u16,
                "`commands.set_reset`: System reset 0/1 (Сброс системы) (0 ..= 1)"
            );
            mm::register_fns!(
                read_set_zones, write_set_zones, 12, StatesZonesState,
                "`commands.set_zones`: Set zones 0-2 (Установить зоны)"
            );
            mm::register_fns!(
                read_set_external_control, write_set_external_control, 13,
                CommandsSetExternalControl,
                "`commands.set_external_control`: Set external control (Установить внешнее управление)"
            );
            mm::register_fns!(
                read_set_external_error, write_set_external_error, 14,
                CommandsSetExternalControl,
                "`commands.set_external_error`: Set external error signal (Установить сигнал внешней ошибки)"
            );
            mm::register_fns!(
                read_set_external_compressor_control, write_set_external_compressor_control, 15,
                CommandsSetExternalControl,
                "`commands.set_external_compressor_control`: Set external compressor control (Установить внешнее управление компрессором)"
            );
        }
        /// Additional commands (0x1010-0x1015).
        #[derive(Debug, Clone, PartialEq)]
        pub struct ExtraCommands {
            /// `extra_commands.set_external_heat_cool_control`: External heat/cool control (Внешнее управление тепло/холод)
            pub set_external_heat_cool_control: CommandsSetExternalControl,
            /// `extra_commands.set_bivalent_control`: Bivalent control (Бивалентное управление)
            pub set_bivalent_control: CommandsSetExternalControl,
            /// `extra_commands.set_bivalent_mode`: Bivalent control mode 0-2 (Режим бивалентного управления)
            pub set_bivalent_mode: ExtraCommandsSetBivalentMode,
            /// `extra_commands.set_alt_external_sensor`: Alternative external sensor (Альтернативный внешний датчик)
            pub set_alt_external_sensor: CommandsSetExternalControl,
            /// `extra_commands.set_external_pad_heater`: External pad heater 0-2 (Внешний подогрев поддона)
            pub set_external_pad_heater: ExtraCommandsSetExternalPadHeater,
            /// `extra_commands.set_buffer`: Buffer tank (Буферный бак)
            pub set_buffer: ExtraCommandsSetBuffer,
        }
        mm::block_decode!(
            ExtraCommands { set_external_heat_cool_control 0, set_bivalent_control 1,
            set_bivalent_mode 2, set_alt_external_sensor 3, set_external_pad_heater 4, set_buffer
            5 }
        );
        /// The registers of one instance of block `extra_commands`, read and written one by one or whole.
        #[derive(Debug)]
        pub struct ExtraCommandsClient<'a, C>(pub mm::BlockClient<'a, C>);
        impl<'a, C: mm::Reader + mm::Writer> ExtraCommandsClient<'a, C> {
            /// Reads every readable register of the `extra_commands` instance in as few requests as the planner allows.
            pub fn read(
                &mut self,
            ) -> impl ::core::future::Future<
                Output = mm::ModbusResult<ExtraCommands>,
            > + use<'_, 'a, C> {
                self.0.read_block()
            }
            mm::register_fns!(
                read_set_external_heat_cool_control, write_set_external_heat_cool_control, 0,
                CommandsSetExternalControl,
                "`extra_commands.set_external_heat_cool_control`: External heat/cool control (Внешнее управление тепло/холод)"
            );
            mm::register_fns!(
                read_set_bivalent_control, write_set_bivalent_control, 1,
                CommandsSetExternalControl,
                "`extra_commands.set_bivalent_control`: Bivalent control (Бивалентное управление)"
            );
            mm::register_fns!(
                read_set_bivalent_mode, write_set_bivalent_mode, 2, ExtraCommandsSetBivalentMode,
                "`extra_commands.set_bivalent_mode`: Bivalent control mode 0-2 (Режим бивалентного управления)"
            );
            mm::register_fns!(
                read_set_alt_external_sensor, write_set_alt_external_sensor, 3,
                CommandsSetExternalControl,
                "`extra_commands.set_alt_external_sensor`: Alternative external sensor (Альтернативный внешний датчик)"
            );
            mm::register_fns!(
                read_set_external_pad_heater, write_set_external_pad_heater, 4,
                ExtraCommandsSetExternalPadHeater,
                "`extra_commands.set_external_pad_heater`: External pad heater 0-2 (Внешний подогрев поддона)"
            );
            mm::register_fns!(
                read_set_buffer, write_set_buffer, 5, ExtraCommandsSetBuffer,
                "`extra_commands.set_buffer`: Buffer tank (Буферный бак)"
            );
        }
        /// Temperature setpoints (0x1020-0x1028), °C × 100.
        #[derive(Debug, Clone, PartialEq)]
        pub struct Setpoints {
            /// `setpoints.set_z1_heat_temp`: Zone 1 heating temperature (Температура нагрева зоны 1): shift -5..5 or direct 20..max (°C)
            pub set_z1_heat_temp: f64,
            /// `setpoints.set_z1_cool_temp`: Zone 1 cooling temperature (Температура охлаждения зоны 1): shift -5..5 or direct (°C)
            pub set_z1_cool_temp: f64,
            /// `setpoints.set_z2_heat_temp`: Zone 2 heating temperature (Температура нагрева зоны 2): shift -5..5 or direct 20..max (°C)
            pub set_z2_heat_temp: f64,
            /// `setpoints.set_z2_cool_temp`: Zone 2 cooling temperature (Температура охлаждения зоны 2): shift -5..5 or direct (°C)
            pub set_z2_cool_temp: f64,
            /// `setpoints.set_dhw_temp`: DHW temperature (Температура ГВС); the seed's example writes 5500 for 55 °C (°C, 40 ..= 75)
            pub set_dhw_temp: f64,
            /// `setpoints.set_bivalent_start_temp`: Bivalent mode start temperature (Температура запуска бивалентного режима) (°C, -15 ..= 35)
            pub set_bivalent_start_temp: f64,
            /// `setpoints.set_bivalent_ap_start_temp`: Advanced parallel start temperature (Температура запуска AP режима) (°C, -15 ..= 35)
            pub set_bivalent_ap_start_temp: f64,
            /// `setpoints.set_bivalent_ap_stop_temp`: Advanced parallel stop temperature (Температура остановки AP режима) (°C, -15 ..= 35)
            pub set_bivalent_ap_stop_temp: f64,
            /// `setpoints.set_heating_off_outdoor_temp`: Outdoor temperature to stop heating (Температура отключения отопления) (°C, 5 ..= 35)
            pub set_heating_off_outdoor_temp: f64,
        }
        mm::block_decode!(
            Setpoints { set_z1_heat_temp 0, set_z1_cool_temp 1, set_z2_heat_temp 2,
            set_z2_cool_temp 3, set_dhw_temp 4, set_bivalent_start_temp 5,
            set_bivalent_ap_start_temp 6, set_bivalent_ap_stop_temp 7,
            set_heating_off_outdoor_temp 8 }
        );
        /// The registers of one instance of block `setpoints`, read and written one by one or whole.
        #[derive(Debug)]
        pub struct SetpointsClient<'a, C>(pub mm::BlockClient<'a, C>);
        impl<'a, C: mm::Reader + mm::Writer> SetpointsClient<'a, C> {
            /// Reads every readable register of the `setpoints` instance in as few requests as the planner allows.
            pub fn read(
                &mut self,
            ) -> impl ::core::future::Future<
                Output = mm::ModbusResult<Setpoints>,
            > + use<'_, 'a, C> {
                self.0.read_block()
            }
            mm::register_fns!(
                read_set_z1_heat_temp, write_set_z1_heat_temp, 0, f64,
                "`setpoints.set_z1_heat_temp`: Zone 1 heating temperature (Температура нагрева зоны 1): shift -5..5 or direct 20..max (°C)"
            );
            mm::register_fns!(
                read_set_z1_cool_temp, write_set_z1_cool_temp, 1, f64,
                "`setpoints.set_z1_cool_temp`: Zone 1 cooling temperature (Температура охлаждения зоны 1): shift -5..5 or direct (°C)"
            );
            mm::register_fns!(
                read_set_z2_heat_temp, write_set_z2_heat_temp, 2, f64,
                "`setpoints.set_z2_heat_temp`: Zone 2 heating temperature (Температура нагрева зоны 2): shift -5..5 or direct 20..max (°C)"
            );
            mm::register_fns!(
                read_set_z2_cool_temp, write_set_z2_cool_temp, 3, f64,
                "`setpoints.set_z2_cool_temp`: Zone 2 cooling temperature (Температура охлаждения зоны 2): shift -5..5 or direct (°C)"
            );
            mm::register_fns!(
                read_set_dhw_temp, write_set_dhw_temp, 4, f64,
                "`setpoints.set_dhw_temp`: DHW temperature (Температура ГВС); the seed's example writes 5500 for 55 °C (°C, 40 ..= 75)"
            );
            mm::register_fns!(
                read_set_bivalent_start_temp, write_set_bivalent_start_temp, 5, f64,
                "`setpoints.set_bivalent_start_temp`: Bivalent mode start temperature (Температура запуска бивалентного режима) (°C, -15 ..= 35)"
            );
            mm::register_fns!(
                read_set_bivalent_ap_start_temp, write_set_bivalent_ap_start_temp, 6, f64,
                "`setpoints.set_bivalent_ap_start_temp`: Advanced parallel start temperature (Температура запуска AP режима) (°C, -15 ..= 35)"
            );
            mm::register_fns!(
                read_set_bivalent_ap_stop_temp, write_set_bivalent_ap_stop_temp, 7, f64,
                "`setpoints.set_bivalent_ap_stop_temp`: Advanced parallel stop temperature (Температура остановки AP режима) (°C, -15 ..= 35)"
            );
            mm::register_fns!(
                read_set_heating_off_outdoor_temp, write_set_heating_off_outdoor_temp, 8, f64,
                "`setpoints.set_heating_off_outdoor_temp`: Outdoor temperature to stop heating (Температура отключения отопления) (°C, 5 ..= 35)"
            );
        }
        /// Delta settings (0x1030-0x1036), °C × 100.
        #[derive(Debug, Clone, PartialEq)]
        pub struct Deltas {
            /// `deltas.set_buffer_delta`: Buffer tank delta (Дельта буферного бака) (°C, 0 ..= 10)
            pub set_buffer_delta: f64,
            /// `deltas.set_floor_heat_delta`: Floor heating delta (Дельта нагрева пола) (°C, 1 ..= 15)
            pub set_floor_heat_delta: f64,
            /// `deltas.set_floor_cool_delta`: Floor cooling delta (Дельта охлаждения пола) (°C, 1 ..= 15)
            pub set_floor_cool_delta: f64,
            /// `deltas.set_dhw_heat_delta`: DHW heating delta, negative (Дельта нагрева ГВС) (°C, -12 ..= -2)
            pub set_dhw_heat_delta: f64,
            /// `deltas.set_heater_start_delta`: Heater start delta (Дельта запуска нагревателя), J-series only (°C)
            pub set_heater_start_delta: f64,
            /// `deltas.set_heater_stop_delta`: Heater stop delta (Дельта остановки нагревателя), J-series only (°C)
            pub set_heater_stop_delta: f64,
            /// `deltas.set_heater_delay_time`: Heater delay time (Время задержки нагревателя), J-series only (min)
            pub set_heater_delay_time: u16,
        }
        mm::block_decode!(
            Deltas { set_buffer_delta 0, set_floor_heat_delta 1, set_floor_cool_delta 2,
            set_dhw_heat_delta 3, set_heater_start_delta 4, set_heater_stop_delta 5,
            set_heater_delay_time 6 }
        );
        /// The registers of one instance of block `deltas`, read and written one by one or whole.
        #[derive(Debug)]
        pub struct DeltasClient<'a, C>(pub mm::BlockClient<'a, C>);
        impl<'a, C: mm::Reader + mm::Writer> DeltasClient<'a, C> {
            /// Reads every readable register of the `deltas` instance in as few requests as the planner allows.
            pub fn read(
                &mut self,
            ) -> impl ::core::future::Future<
                Output = mm::ModbusResult<Deltas>,
            > + use<'_, 'a, C> {
                self.0.read_block()
            }
            mm::register_fns!(
                read_set_buffer_delta, write_set_buffer_delta, 0, f64,
                "`deltas.set_buffer_delta`: Buffer tank delta (Дельта буферного бака) (°C, 0 ..= 10)"
            );
            mm::register_fns!(
                read_set_floor_heat_delta, write_set_floor_heat_delta, 1, f64,
                "`deltas.set_floor_heat_delta`: Floor heating delta (Дельта нагрева пола) (°C, 1 ..= 15)"
            );
            mm::register_fns!(
                read_set_floor_cool_delta, write_set_floor_cool_delta, 2, f64,
                "`deltas.set_floor_cool_delta`: Floor cooling delta (Дельта охлаждения пола) (°C, 1 ..= 15)"
            );
            mm::register_fns!(
                read_set_dhw_heat_delta, write_set_dhw_heat_delta, 3, f64,
                "`deltas.set_dhw_heat_delta`: DHW heating delta, negative (Дельта нагрева ГВС) (°C, -12 ..= -2)"
            );
            mm::register_fns!(
                read_set_heater_start_delta, write_set_heater_start_delta, 4, f64,
                "`deltas.set_heater_start_delta`: Heater start delta (Дельта запуска нагревателя), J-series only (°C)"
            );
            mm::register_fns!(
                read_set_heater_stop_delta, write_set_heater_stop_delta, 5, f64,
                "`deltas.set_heater_stop_delta`: Heater stop delta (Дельта остановки нагревателя), J-series only (°C)"
            );
            mm::register_fns!(
                read_set_heater_delay_time, write_set_heater_delay_time, 6, u16,
                "`deltas.set_heater_delay_time`: Heater delay time (Время задержки нагревателя), J-series only (min)"
            );
        }
        /// Quick commands (0x2000-0x2007); each coil resets itself after execution.
        #[derive(Debug, Clone, PartialEq)]
        pub struct QuickCommands {
            /// `quick_commands.quick_heatpump_on`: Quick heat pump on (Быстрое включение теплового насоса) (self-clearing command)
            pub quick_heatpump_on: bool,
            /// `quick_commands.quick_heatpump_off`: Quick heat pump off (Быстрое выключение теплового насоса) (self-clearing command)
            pub quick_heatpump_off: bool,
            /// `quick_commands.quick_pump_on`: Quick pump on (Быстрое включение насоса) (self-clearing command)
            pub quick_pump_on: bool,
            /// `quick_commands.quick_pump_off`: Quick pump off (Быстрое выключение насоса) (self-clearing command)
            pub quick_pump_off: bool,
            /// `quick_commands.quick_dhw_on`: Quick DHW on (Быстрое включение ГВС) (self-clearing command)
            pub quick_dhw_on: bool,
            /// `quick_commands.quick_dhw_off`: Quick DHW off (Быстрое выключение ГВС) (self-clearing command)
            pub quick_dhw_off: bool,
            /// `quick_commands.quick_defrost`: Quick defrost (Быстрая разморозка) (self-clearing command)
            pub quick_defrost: bool,
            /// `quick_commands.quick_sterilization`: Quick sterilization (Быстрая стерилизация) (self-clearing command)
            pub quick_sterilization: bool,
        }
        mm::block_decode!(
            QuickCommands { quick_heatpump_on 0, quick_heatpump_off 1, quick_pump_on 2,
            quick_pump_off 3, quick_dhw_on 4, quick_dhw_off 5, quick_defrost 6,
            quick_sterilization 7 }
        );
        /// The registers of one instance of block `quick_commands`, read and written one by one or whole.
        #[derive(Debug)]
        pub struct QuickCommandsClient<'a, C>(pub mm::BlockClient<'a, C>);
        impl<'a, C: mm::Reader + mm::Writer> QuickCommandsClient<'a, C> {
            /// Reads every readable register of the `quick_commands` instance in as few requests as the planner allows.
            pub fn read(
                &mut self,
            ) -> impl ::core::future::Future<
                Output = mm::ModbusResult<QuickCommands>,
            > + use<'_, 'a, C> {
                self.0.read_block()
            }
            mm::register_fns!(
                read_quick_heatpump_on, write_quick_heatpump_on, 0, bool,
                "`quick_commands.quick_heatpump_on`: Quick heat pump on (Быстрое включение теплового насоса) (self-clearing command)"
            );
            mm::register_fns!(
                read_quick_heatpump_off, write_quick_heatpump_off, 1, bool,
                "`quick_commands.quick_heatpump_off`: Quick heat pump off (Быстрое выключение теплового насоса) (self-clearing command)"
            );
            mm::register_fns!(
                read_quick_pump_on, write_quick_pump_on, 2, bool,
                "`quick_commands.quick_pump_on`: Quick pump on (Быстрое включение насоса) (self-clearing command)"
            );
            mm::register_fns!(
                read_quick_pump_off, write_quick_pump_off, 3, bool,
                "`quick_commands.quick_pump_off`: Quick pump off (Быстрое выключение насоса) (self-clearing command)"
            );
            mm::register_fns!(
                read_quick_dhw_on, write_quick_dhw_on, 4, bool,
                "`quick_commands.quick_dhw_on`: Quick DHW on (Быстрое включение ГВС) (self-clearing command)"
            );
            mm::register_fns!(
                read_quick_dhw_off, write_quick_dhw_off, 5, bool,
                "`quick_commands.quick_dhw_off`: Quick DHW off (Быстрое выключение ГВС) (self-clearing command)"
            );
            mm::register_fns!(
                read_quick_defrost, write_quick_defrost, 6, bool,
                "`quick_commands.quick_defrost`: Quick defrost (Быстрая разморозка) (self-clearing command)"
            );
            mm::register_fns!(
                read_quick_sterilization, write_quick_sterilization, 7, bool,
                "`quick_commands.quick_sterilization`: Quick sterilization (Быстрая стерилизация) (self-clearing command)"
            );
        }
        /// Alarms and warnings (0x3000-0x3007).
        #[derive(Debug, Clone, PartialEq)]
        pub struct Alarms {
            /// `alarms.alarm_compressor`: Compressor alarm (Авария компрессора)
            pub alarm_compressor: bool,
            /// `alarms.alarm_pump`: Pump alarm (Авария насоса)
            pub alarm_pump: bool,
            /// `alarms.alarm_sensor`: Sensor alarm (Авария датчика)
            pub alarm_sensor: bool,
            /// `alarms.alarm_communication`: Communication alarm (Авария связи)
            pub alarm_communication: bool,
            /// `alarms.alarm_high_pressure`: High pressure alarm (Авария высокого давления)
            pub alarm_high_pressure: bool,
            /// `alarms.alarm_low_pressure`: Low pressure alarm (Авария низкого давления)
            pub alarm_low_pressure: bool,
            /// `alarms.alarm_high_temp`: High temperature alarm (Авария высокой температуры)
            pub alarm_high_temp: bool,
            /// `alarms.alarm_low_temp`: Low temperature alarm (Авария низкой температуры)
            pub alarm_low_temp: bool,
        }
        mm::block_decode!(
            Alarms { alarm_compressor 0, alarm_pump 1, alarm_sensor 2, alarm_communication 3,
            alarm_high_pressure 4, alarm_low_pressure 5, alarm_high_temp 6, alarm_low_temp 7 }
        );
        /// The registers of one instance of block `alarms`, read and written one by one or whole.
        #[derive(Debug)]
        pub struct AlarmsClient<'a, C>(pub mm::BlockClient<'a, C>);
        impl<'a, C: mm::Reader + mm::Writer> AlarmsClient<'a, C> {
            /// Reads every readable register of the `alarms` instance in as few requests as the planner allows.
            pub fn read(
                &mut self,
            ) -> impl ::core::future::Future<
                Output = mm::ModbusResult<Alarms>,
            > + use<'_, 'a, C> {
                self.0.read_block()
            }
            mm::register_fns!(
                read_alarm_compressor, _, 0, bool,
                "`alarms.alarm_compressor`: Compressor alarm (Авария компрессора)"
            );
            mm::register_fns!(
                read_alarm_pump, _, 1, bool,
                "`alarms.alarm_pump`: Pump alarm (Авария насоса)"
            );
            mm::register_fns!(
                read_alarm_sensor, _, 2, bool,
                "`alarms.alarm_sensor`: Sensor alarm (Авария датчика)"
            );
            mm::register_fns!(
                read_alarm_communication, _, 3, bool,
                "`alarms.alarm_communication`: Communication alarm (Авария связи)"
            );
            mm::register_fns!(
                read_alarm_high_pressure, _, 4, bool,
                "`alarms.alarm_high_pressure`: High pressure alarm (Авария высокого давления)"
            );
            mm::register_fns!(
                read_alarm_low_pressure, _, 5, bool,
                "`alarms.alarm_low_pressure`: Low pressure alarm (Авария низкого давления)"
            );
            mm::register_fns!(
                read_alarm_high_temp, _, 6, bool,
                "`alarms.alarm_high_temp`: High temperature alarm (Авария высокой температуры)"
            );
            mm::register_fns!(
                read_alarm_low_temp, _, 7, bool,
                "`alarms.alarm_low_temp`: Low temperature alarm (Авария низкой температуры)"
            );
        }
        /// Operating states (0x3008-0x300F).
        #[derive(Debug, Clone, PartialEq)]
        pub struct OperatingStatus {
            /// `operating_status.status_heating`: Heating (Статус отопления)
            pub status_heating: bool,
            /// `operating_status.status_cooling`: Cooling (Статус охлаждения)
            pub status_cooling: bool,
            /// `operating_status.status_dhw`: DHW (Статус ГВС)
            pub status_dhw: bool,
            /// `operating_status.status_defrosting`: Defrosting (Статус разморозки)
            pub status_defrosting: bool,
            /// `operating_status.status_sterilization`: Sterilization (Статус стерилизации)
            pub status_sterilization: bool,
            /// `operating_status.status_holiday`: Holiday mode (Статус отпуска)
            pub status_holiday: bool,
            /// `operating_status.status_powerful`: Powerful mode (Статус мощного режима)
            pub status_powerful: bool,
            /// `operating_status.status_quiet`: Quiet mode (Статус тихого режима)
            pub status_quiet: bool,
        }
        mm::block_decode!(
            OperatingStatus { status_heating 0, status_cooling 1, status_dhw 2, status_defrosting
            3, status_sterilization 4, status_holiday 5, status_powerful 6, status_quiet 7 }
        );
        /// The registers of one instance of block `operating_status`, read and written one by one or whole.
        #[derive(Debug)]
        pub struct OperatingStatusClient<'a, C>(pub mm::BlockClient<'a, C>);
        impl<'a, C: mm::Reader + mm::Writer> OperatingStatusClient<'a, C> {
            /// Reads every readable register of the `operating_status` instance in as few requests as the planner allows.
            pub fn read(
                &mut self,
            ) -> impl ::core::future::Future<
                Output = mm::ModbusResult<OperatingStatus>,
            > + use<'_, 'a, C> {
                self.0.read_block()
            }
            mm::register_fns!(
                read_status_heating, _, 0, bool,
                "`operating_status.status_heating`: Heating (Статус отопления)"
            );
            mm::register_fns!(
                read_status_cooling, _, 1, bool,
                "`operating_status.status_cooling`: Cooling (Статус охлаждения)"
            );
            mm::register_fns!(
                read_status_dhw, _, 2, bool,
                "`operating_status.status_dhw`: DHW (Статус ГВС)"
            );
            mm::register_fns!(
                read_status_defrosting, _, 3, bool,
                "`operating_status.status_defrosting`: Defrosting (Статус разморозки)"
            );
            mm::register_fns!(
                read_status_sterilization, _, 4, bool,
                "`operating_status.status_sterilization`: Sterilization (Статус стерилизации)"
            );
            mm::register_fns!(
                read_status_holiday, _, 5, bool,
                "`operating_status.status_holiday`: Holiday mode (Статус отпуска)"
            );
            mm::register_fns!(
                read_status_powerful, _, 6, bool,
                "`operating_status.status_powerful`: Powerful mode (Статус мощного режима)"
            );
            mm::register_fns!(
                read_status_quiet, _, 7, bool,
                "`operating_status.status_quiet`: Quiet mode (Статус тихого режима)"
            );
        }
        /// Everything [`Client::read_all`] returns: one field per block.
        #[derive(Debug, Clone, PartialEq)]
        pub struct All {
            /// Block `system`.
            pub system: System,
            /// Block `temperatures`.
            pub temperatures: Temperatures,
            /// Block `power`.
            pub power: Power,
            /// Block `states`.
            pub states: States,
            /// Block `zone_pumps`.
            pub zone_pumps: ZonePumps,
            /// Block `commands`.
            pub commands: Commands,
            /// Block `extra_commands`.
            pub extra_commands: ExtraCommands,
            /// Block `setpoints`.
            pub setpoints: Setpoints,
            /// Block `deltas`.
            pub deltas: Deltas,
            /// Block `quick_commands`.
            pub quick_commands: QuickCommands,
            /// Block `alarms`.
            pub alarms: Alarms,
            /// Block `operating_status`.
            pub operating_status: OperatingStatus,
        }
        mm::device_client!("HeishaMon Modbus slave (Panasonic Aquarea)");
        impl<C: mm::Reader + mm::Writer> Client<C> {
            /// Block `system` (base 0).
            pub fn system(&mut self) -> SystemClient<'_, C> {
                SystemClient(self.0.block(&REGISTERS[0..4], &REGISTERS, LIMITS))
            }
            /// Block `temperatures` (base 0).
            pub fn temperatures(&mut self) -> TemperaturesClient<'_, C> {
                TemperaturesClient(self.0.block(&REGISTERS[4..20], &REGISTERS, LIMITS))
            }
            /// Block `power` (base 0).
            pub fn power(&mut self) -> PowerClient<'_, C> {
                PowerClient(self.0.block(&REGISTERS[20..34], &REGISTERS, LIMITS))
            }
            /// Block `states` (base 0).
            pub fn states(&mut self) -> StatesClient<'_, C> {
                StatesClient(self.0.block(&REGISTERS[34..50], &REGISTERS, LIMITS))
            }
            /// Block `zone_pumps` (base 0).
            pub fn zone_pumps(&mut self) -> ZonePumpsClient<'_, C> {
                ZonePumpsClient(self.0.block(&REGISTERS[50..57], &REGISTERS, LIMITS))
            }
            /// Block `commands` (base 0).
            pub fn commands(&mut self) -> CommandsClient<'_, C> {
                CommandsClient(self.0.block(&REGISTERS[57..73], &REGISTERS, LIMITS))
            }
            /// Block `extra_commands` (base 0).
            pub fn extra_commands(&mut self) -> ExtraCommandsClient<'_, C> {
                ExtraCommandsClient(self.0.block(&REGISTERS[73..79], &REGISTERS, LIMITS))
            }
            /// Block `setpoints` (base 0).
            pub fn setpoints(&mut self) -> SetpointsClient<'_, C> {
                SetpointsClient(self.0.block(&REGISTERS[79..88], &REGISTERS, LIMITS))
            }
            /// Block `deltas` (base 0).
            pub fn deltas(&mut self) -> DeltasClient<'_, C> {
                DeltasClient(self.0.block(&REGISTERS[88..95], &REGISTERS, LIMITS))
            }
            /// Block `quick_commands` (base 0).
            pub fn quick_commands(&mut self) -> QuickCommandsClient<'_, C> {
                QuickCommandsClient(self.0.block(&REGISTERS[95..103], &REGISTERS, LIMITS))
            }
            /// Block `alarms` (base 0).
            pub fn alarms(&mut self) -> AlarmsClient<'_, C> {
                AlarmsClient(self.0.block(&REGISTERS[103..111], &REGISTERS, LIMITS))
            }
            /// Block `operating_status` (base 0).
            pub fn operating_status(&mut self) -> OperatingStatusClient<'_, C> {
                OperatingStatusClient(self.0.block(&REGISTERS[111..119], &REGISTERS, LIMITS))
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
                            system: v.block(&REGISTERS[0..4])?,
                            temperatures: v.block(&REGISTERS[4..20])?,
                            power: v.block(&REGISTERS[20..34])?,
                            states: v.block(&REGISTERS[34..50])?,
                            zone_pumps: v.block(&REGISTERS[50..57])?,
                            commands: v.block(&REGISTERS[57..73])?,
                            extra_commands: v.block(&REGISTERS[73..79])?,
                            setpoints: v.block(&REGISTERS[79..88])?,
                            deltas: v.block(&REGISTERS[88..95])?,
                            quick_commands: v.block(&REGISTERS[95..103])?,
                            alarms: v.block(&REGISTERS[103..111])?,
                            operating_status: v.block(&REGISTERS[111..119])?,
                        }),
                    )
                    .await
            }
        }
    }
}
