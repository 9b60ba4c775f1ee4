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
#[allow(
    clippy::all,
    clippy::pedantic,
    unused_imports,
    dead_code,
    non_camel_case_types,
    non_snake_case
)]
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
    /// Limits the read planner honours for this device.
    pub const LIMITS: mm::PlanLimits = mm::PlanLimits {
        read_limit: 125,
        max_gap: 0,
        values_per_read: ::core::option::Option::None,
    };
    /// Every register of the device, block by block in spec order, instance by instance.
    pub static REGISTERS: [mm::RegisterDescriptor; 189] = descriptors::ALL;
    #[allow(non_upper_case_globals)]
    mod descriptors {
        use super::mm::{
            self, Access::*, ByteOrder, DataType::*, RegisterDescriptor as D, Table::*,
            WordOrder,
        };
        pub const ALL: [D; 189] = D::table(
            &[
                &[
                    D::new("short_data.temp1", Input, 100, U16)
                        .with_range(0.0, 100.0)
                        .with_since(mm::Version([2, 0, 1, 0]))
                        .with_alias_of("data_values.temperature_sensor1")
                        .with_unit("°C"),
                    D::new("short_data.temp2", Input, 102, U16)
                        .with_range(0.0, 100.0)
                        .with_since(mm::Version([2, 0, 1, 0]))
                        .with_alias_of("data_values.temperature_sensor2")
                        .with_unit("°C"),
                    D::new("short_data.temp3", Input, 104, U16)
                        .with_range(0.0, 100.0)
                        .with_since(mm::Version([2, 0, 1, 0]))
                        .with_alias_of("data_values.temperature_sensor3")
                        .with_unit("°C"),
                    D::new("short_data.temp4", Input, 106, U16)
                        .with_range(0.0, 100.0)
                        .with_since(mm::Version([2, 0, 1, 0]))
                        .with_alias_of("data_values.temperature_sensor4")
                        .with_unit("°C"),
                    D::new("short_data.emg", Input, 108, U8)
                        .with_since(mm::Version([2, 0, 1, 0]))
                        .with_values(super::ShortDataEmg::VALUES),
                    Shape0.at("short_data.status", 109),
                    Shape1.at("short_data.heater_load", 110),
                    Shape2.at("short_data.reserved", 111),
                ],
                &[
                    D::new("command.set_heater_step", Holding, 200, U8)
                        .with_range(0.0, 7.0)
                        .with_since(mm::Version([2, 0, 1, 0])),
                    D::new("command.load_setpoint_value", Holding, 201, I16)
                        .with_range(0.0, 30000.0)
                        .with_since(mm::Version([2, 3, 1, 0]))
                        .with_unit("W"),
                    D::new("command.load_feedin_value", Holding, 202, I16)
                        .with_range(-30000.0, 30000.0)
                        .with_since(mm::Version([4, 2, 1, 0]))
                        .with_unit("W"),
                ],
                &[
                    Shape3.at("service.reset", 210),
                    D::new("service.reconfig", Holding, 211, U16)
                        .with_access(Write)
                        .with_since(mm::Version([3, 0, 1, 0]))
                        .with_safety()
                        .with_self_clearing(),
                    Shape3.at("service.identify", 212),
                    Shape3.at("service.clear_temp_sensor_error", 213),
                ],
                &[
                    D::new("energymanager.id", Input, 300, String)
                        .with_length(32)
                        .with_byte_order(ByteOrder::LowFirst)
                        .with_since(mm::Version([3, 1, 1, 0]))
                        .with_alias_of("parameters.id"),
                    D::new("energymanager.status", Input, 316, U16)
                        .with_since(mm::Version([3, 1, 1, 0]))
                        .with_alias_of("data_values.status")
                        .with_bits(super::ShortDataStatus::BITS),
                    D::new("energymanager.heater_load", Input, 317, U16)
                        .with_range(0.0, 30000.0)
                        .with_since(mm::Version([3, 1, 1, 0]))
                        .with_alias_of("data_values.heater_load")
                        .with_unit("W"),
                    D::new("energymanager.set_heater_step", Input, 318, U8)
                        .with_range(0.0, 7.0)
                        .with_since(mm::Version([3, 1, 1, 0]))
                        .with_alias_of("command.set_heater_step"),
                    D::new("energymanager.load_setpoint_value", Input, 319, I16)
                        .with_range(0.0, 30000.0)
                        .with_since(mm::Version([3, 1, 1, 0]))
                        .with_alias_of("command.load_setpoint_value")
                        .with_unit("W"),
                    D::new("energymanager.load_feedin_value", Input, 320, I16)
                        .with_range(-30000.0, 30000.0)
                        .with_since(mm::Version([4, 2, 1, 0]))
                        .with_alias_of("command.load_feedin_value")
                        .with_unit("W"),
                    D::new("energymanager.emergency_mode", Input, 321, U8)
                        .with_since(mm::Version([3, 1, 1, 0]))
                        .with_alias_of("short_data.emg")
                        .with_values(super::ShortDataEmg::VALUES),
                    D::new("energymanager.heat_pump_request", Input, 322, U8)
                        .with_since(mm::Version([3, 1, 1, 0]))
                        .with_values(super::ShortDataEmg::VALUES),
                    D::new("energymanager.analog_input_float", Input, 323, F32)
                        .with_range(0.0, 10.0)
                        .with_since(mm::Version([3, 1, 1, 0]))
                        .with_alias_of("extended_values.analog_input_float")
                        .with_unit("V"),
                    D::new("energymanager.temperature_float_sensor0", Input, 325, F32)
                        .with_since(mm::Version([3, 1, 1, 0]))
                        .with_alias_of("extended_values.temperature_float_sensor0")
                        .with_unit("°C"),
                    D::new("energymanager.temperature_float_sensor1", Input, 327, F32)
                        .with_since(mm::Version([3, 1, 1, 0]))
                        .with_alias_of("extended_values.temperature_float_sensor1")
                        .with_unit("°C"),
                    D::new("energymanager.temperature_float_sensor2", Input, 329, F32)
                        .with_since(mm::Version([3, 1, 1, 0]))
                        .with_alias_of("extended_values.temperature_float_sensor2")
                        .with_unit("°C"),
                    D::new("energymanager.temperature_float_sensor3", Input, 331, F32)
                        .with_since(mm::Version([3, 1, 1, 0]))
                        .with_alias_of("extended_values.temperature_float_sensor3")
                        .with_unit("°C"),
                    D::new("energymanager.temperature_float_sensor4", Input, 333, F32)
                        .with_since(mm::Version([3, 1, 1, 0]))
                        .with_alias_of("extended_values.temperature_float_sensor4")
                        .with_unit("°C"),
                    D::new("energymanager.temperature_float_sensor5", Input, 335, F32)
                        .with_since(mm::Version([3, 1, 1, 0]))
                        .with_unit("°C"),
                ],
                &[
                    D::new("energymanager_write.set_heater_step", Holding, 318, U8)
                        .with_range(0.0, 7.0)
                        .with_since(mm::Version([3, 1, 1, 0]))
                        .with_alias_of("command.set_heater_step"),
                    D::new("energymanager_write.load_setpoint_value", Holding, 319, I16)
                        .with_range(0.0, 30000.0)
                        .with_since(mm::Version([3, 1, 1, 0]))
                        .with_alias_of("command.load_setpoint_value")
                        .with_unit("W"),
                    D::new("energymanager_write.load_feedin_value", Holding, 320, I16)
                        .with_range(-30000.0, 30000.0)
                        .with_since(mm::Version([4, 2, 1, 0]))
                        .with_alias_of("command.load_feedin_value")
                        .with_unit("W"),
                ],
                &[
                    Shape4.at("parameters.id", 400),
                    D::new("parameters.device_type", Input, 416, U8)
                        .with_since(mm::Version([3, 0, 1, 0]))
                        .with_bits(super::ParametersDeviceType::BITS),
                    Shape5.at("parameters.heater1_power", 417),
                    Shape5.at("parameters.heater2_power", 418),
                    Shape5.at("parameters.heater3_power", 419),
                    D::new("parameters.article_number", Input, 420, String)
                        .with_length(16)
                        .with_byte_order(ByteOrder::LowFirst)
                        .with_since(mm::Version([3, 0, 1, 0])),
                    D::new("parameters.article_name", Input, 428, String)
                        .with_length(32)
                        .with_byte_order(ByteOrder::LowFirst)
                        .with_since(mm::Version([3, 0, 1, 0])),
                    D::new("parameters.software_version", Input, 444, String)
                        .with_length(6)
                        .with_byte_order(ByteOrder::LowFirst)
                        .with_since(mm::Version([2, 2, 1, 0])),
                    D::new("parameters.hardware_version", Input, 447, String)
                        .with_length(6)
                        .with_byte_order(ByteOrder::LowFirst)
                        .with_since(mm::Version([3, 0, 1, 0])),
                    Shape6.at("parameters.heater4_power", 450),
                    Shape6.at("parameters.heater5_power", 451),
                    Shape6.at("parameters.heater6_power", 452),
                    Shape2.at("parameters.number_of_steps", 453),
                    Shape2.at("parameters.number_of_heater", 454),
                    Shape6.at("parameters.max_power", 455),
                ],
                &[
                    D::new("configuration.relay_sec_count", Holding, 500, U16)
                        .with_range(0.0, 16.0)
                        .with_since(mm::Version([2, 2, 1, 0]))
                        .with_unit("s"),
                    D::new("configuration.pump_sec_count", Holding, 501, U16)
                        .with_range(0.0, 240.0)
                        .with_since(mm::Version([2, 2, 1, 0]))
                        .with_unit("s"),
                    D::new("configuration.input_setting", Holding, 502, U16)
                        .with_since(mm::Version([2, 2, 1, 0]))
                        .with_bits(super::ConfigurationInputSetting::BITS),
                    D::new("configuration.auto_heater_off_minutes", Holding, 503, U16)
                        .with_range(2.0, 10080.0)
                        .with_since(mm::Version([2, 2, 1, 0]))
                        .with_safety()
                        .with_unit("min"),
                    D::new("configuration.auto_heater_off_setting", Holding, 504, U8)
                        .with_since(mm::Version([2, 2, 1, 0]))
                        .with_safety()
                        .with_bits(super::ConfigurationAutoHeaterOffSetting::BITS),
                    D::new("configuration.cascade_prio", Holding, 505, U8)
                        .with_range(0.0, 255.0),
                    D::new("configuration.heatbuffer_type", Holding, 506, U8)
                        .with_bits(super::ConfigurationHeatbufferType::BITS),
                    D::new("configuration.heatbuffer_volume", Holding, 507, U16)
                        .with_range(0.0, 1000.0)
                        .with_unit("L"),
                    D::new("configuration.heater_position", Holding, 508, U8)
                        .with_since(mm::Version([4, 1, 1, 0]))
                        .with_bits(super::ConfigurationHeaterPosition::BITS),
                    D::new("configuration.legio_setting", Holding, 509, U16)
                        .with_since(mm::Version([3, 0, 1, 0]))
                        .with_bits(super::ConfigurationLegioSetting::BITS),
                    D::new("configuration.legio_temperature", Holding, 510, U8)
                        .with_range(50.0, 65.0)
                        .with_since(mm::Version([3, 0, 1, 0]))
                        .with_unit("°C"),
                    D::new("configuration.legio_heatup_minutes", Holding, 511, U16)
                        .with_range(0.0, 1440.0)
                        .with_since(mm::Version([4, 1, 0, 0]))
                        .with_unit("min"),
                    D::new("configuration.legio_activ_time", Holding, 512, String)
                        .with_length(8)
                        .with_byte_order(ByteOrder::LowFirst)
                        .with_since(mm::Version([4, 1, 7, 0])),
                    D::new("configuration.water_hardness", Holding, 516, String)
                        .with_length(8)
                        .with_byte_order(ByteOrder::LowFirst),
                    D::new("configuration.housetype", Holding, 520, U8)
                        .with_bits(super::ConfigurationHousetype::BITS),
                    D::new("configuration.household_members", Holding, 521, U8)
                        .with_range(1.0, 255.0),
                    D::new("configuration.infostring", Holding, 522, String)
                        .with_length(32)
                        .with_byte_order(ByteOrder::LowFirst)
                        .with_since(mm::Version([2, 3, 1, 0])),
                    D::new("configuration.advanced_setting", Holding, 538, U8),
                    D::new("configuration.load_feedin_delay", Holding, 539, U16)
                        .with_range(0.0, 120.0)
                        .with_since(mm::Version([4, 2, 1, 0]))
                        .with_unit("s"),
                    D::new("configuration.load_feedin_bias", Holding, 540, U16)
                        .with_range(0.0, 10000.0)
                        .with_since(mm::Version([4, 2, 1, 0]))
                        .with_unit("W"),
                    D::new("configuration.timezone_bias", Holding, 541, I16)
                        .with_range(-12.0, 12.0)
                        .with_since(mm::Version([4, 1, 0, 0]))
                        .with_unit("h"),
                    D::new("configuration.summertime_bias", Holding, 542, I16)
                        .with_range(0.0, 1.0)
                        .with_since(mm::Version([4, 1, 0, 0])),
                    D::new("configuration.reserved", Holding, 543, Raw).with_length(3),
                    D::new("configuration.rtu_baudrate", Holding, 546, String)
                        .with_length(6)
                        .with_byte_order(ByteOrder::LowFirst)
                        .with_since(mm::Version([4, 0, 2, 0])),
                    D::new("configuration.rtu_setting", Holding, 549, U16)
                        .with_since(mm::Version([4, 0, 2, 0]))
                        .with_bits(super::ConfigurationRtuSetting::BITS),
                    D::new("configuration.rtu_slave_id", Holding, 550, U8)
                        .with_range(0.0, 240.0)
                        .with_since(mm::Version([4, 0, 2, 0])),
                    D::new("configuration.rtu_energy_meter_type", Holding, 551, U8)
                        .with_since(mm::Version([4, 0, 2, 0])),
                    Shape7.at("configuration.low_tariff_start_time_hour", 552),
                    Shape8.at("configuration.low_tariff_start_time_minute", 553),
                    Shape7.at("configuration.low_tariff_end_time_hour", 554),
                    Shape8.at("configuration.low_tariff_end_time_minute", 555),
                    Shape9.at("configuration.analog_in_hysteresis", 556),
                    Shape9.at("configuration.analog_in_0_threshold", 558),
                    Shape10.at("configuration.analog_in_0_threshold_step", 560),
                    Shape11.at("configuration.analog_in_0_threshold_temp", 561),
                    Shape9.at("configuration.analog_in_1_threshold", 562),
                    Shape10.at("configuration.analog_in_1_threshold_step", 564),
                    Shape11.at("configuration.analog_in_1_threshold_temp", 565),
                    Shape9.at("configuration.analog_in_2_threshold", 566),
                    Shape10.at("configuration.analog_in_2_threshold_step", 568),
                    Shape11.at("configuration.analog_in_2_threshold_temp", 569),
                    Shape9.at("configuration.analog_in_3_threshold", 570),
                    Shape10.at("configuration.analog_in_3_threshold_step", 572),
                    Shape11.at("configuration.analog_in_3_threshold_temp", 573),
                    Shape9.at("configuration.analog_in_4_threshold", 574),
                    Shape10.at("configuration.analog_in_4_threshold_step", 576),
                    Shape11.at("configuration.analog_in_4_threshold_temp", 577),
                    Shape9.at("configuration.analog_in_5_threshold", 578),
                    Shape10.at("configuration.analog_in_5_threshold_step", 580),
                    Shape11.at("configuration.analog_in_5_threshold_temp", 581),
                    Shape9.at("configuration.analog_in_6_threshold", 582),
                    Shape10.at("configuration.analog_in_6_threshold_step", 584),
                    Shape11.at("configuration.analog_in_6_threshold_temp", 585),
                    Shape9.at("configuration.analog_in_7_threshold", 586),
                    Shape10.at("configuration.analog_in_7_threshold_step", 588),
                    Shape11.at("configuration.analog_in_7_threshold_temp", 589),
                    Shape10.at("configuration.heat_pump_request_off_step", 590),
                    Shape10.at("configuration.heat_pump_request_on_step", 591),
                    Shape10.at("configuration.emergency_mode_on_step", 592),
                    Shape11.at("configuration.temperature_hysteresis", 593),
                    D::new("configuration.temperature_setting", Holding, 594, U8)
                        .with_since(mm::Version([4, 1, 0, 0]))
                        .with_bits(super::ConfigurationTemperatureSetting::BITS),
                    Shape11.at("configuration.temperature_minimum", 595),
                    Shape11.at("configuration.temperature_set_heater_step", 596),
                    Shape11.at("configuration.temperature_load_setpoint", 597),
                    Shape11.at("configuration.temperature_low_tariff", 598),
                    Shape11.at("configuration.temperature_heat_pump_request", 599),
                ],
                &[
                    Shape12.at("data_values.operating_time", 600),
                    Shape12.at("data_values.operating_heater1", 602),
                    Shape12.at("data_values.operating_heater2", 604),
                    Shape12.at("data_values.operating_heater3", 606),
                    Shape12.at("data_values.operating_pump", 608),
                    Shape12.at("data_values.operating_valve", 610),
                    Shape13.at("data_values.relay1_count", 612),
                    Shape13.at("data_values.relay2_count", 614),
                    Shape13.at("data_values.relay3_count", 616),
                    Shape13.at("data_values.relay4_count", 618),
                    Shape13.at("data_values.relay5_count", 620),
                    Shape14.at("data_values.relay_countdown", 622),
                    Shape14.at("data_values.pump_countdown", 623),
                    D::new("data_values.status", Input, 624, U16)
                        .with_since(mm::Version([2, 2, 1, 0]))
                        .with_bits(super::ShortDataStatus::BITS),
                    Shape1.at("data_values.heater_load", 625),
                    D::new("data_values.actual_control_input", Input, 626, U16)
                        .with_since(mm::Version([4, 1, 0, 0])),
                    Shape15.at("data_values.legio_status", 627),
                    D::new("data_values.legio_operating", Input, 628, U32)
                        .with_since(mm::Version([3, 0, 1, 0]))
                        .with_unit("min"),
                    D::new("data_values.legio_countdown", Input, 630, U16)
                        .with_since(mm::Version([3, 0, 1, 0]))
                        .with_unit("s"),
                    Shape14.at("data_values.error_status", 631),
                    Shape14.at("data_values.temperature_status", 632),
                    Shape16.at("data_values.temperature_sensor5", 633),
                    Shape16.at("data_values.temperature_sensor4", 634),
                    Shape16.at("data_values.temperature_sensor3", 635),
                    Shape16.at("data_values.temperature_sensor2", 636),
                    Shape16.at("data_values.temperature_sensor1", 637),
                    Shape16.at("data_values.temperature_sensor0", 638),
                    D::new("data_values.analog_input_step", Input, 639, U8)
                        .with_range(0.0, 7.0)
                        .with_since(mm::Version([2, 2, 1, 0])),
                    D::new("data_values.actual_temperature_limit", Input, 640, U16)
                        .with_range(0.0, 99.0)
                        .with_since(mm::Version([4, 1, 0, 0]))
                        .with_unit("°C"),
                    D::new("data_values.auto_heater_off_countdown", Input, 641, U32)
                        .with_range(0.0, 10080.0)
                        .with_since(mm::Version([2, 2, 1, 0]))
                        .with_unit("min"),
                    D::new("data_values.emergency_off_countdown", Input, 643, U32)
                        .with_range(0.0, 10080.0)
                        .with_since(mm::Version([3, 1, 1, 0]))
                        .with_unit("min"),
                    D::new("data_values.boot_count", Input, 645, U32)
                        .with_since(mm::Version([4, 0, 4, 0])),
                    Shape17.at("data_values.operating_set_heater_step", 647),
                    Shape17.at("data_values.operating_load_setpoint", 649),
                    Shape17.at("data_values.operation_load_feedin", 651),
                    Shape17.at("data_values.operation_heat_pump_request", 653),
                    Shape17.at("data_values.operation_analog_in", 655),
                    Shape17.at("data_values.operation_emergency_mode", 657),
                    Shape17.at("data_values.operation_legio", 659),
                    Shape17.at("data_values.operation_low_tariff", 661),
                    Shape17.at("data_values.operation_minimal_temp", 663),
                    Shape17.at("data_values.operating_heater_step_1", 665),
                    Shape17.at("data_values.operating_heater_step_2", 667),
                    Shape17.at("data_values.operating_heater_step_3", 669),
                    Shape17.at("data_values.operating_heater_step_4", 671),
                    Shape17.at("data_values.operating_heater_step_5", 673),
                    Shape17.at("data_values.operating_heater_step_6", 675),
                    Shape17.at("data_values.operating_heater_step_7", 677),
                    Shape18.at("data_values.set_heater_step_count", 679),
                    Shape18.at("data_values.load_setpoint_count", 681),
                    Shape18.at("data_values.load_feedin_count", 683),
                    Shape18.at("data_values.heat_pump_request_count", 685),
                    Shape18.at("data_values.analog_in_count", 687),
                    Shape18.at("data_values.emergency_mode_count", 689),
                    Shape18.at("data_values.legio_count", 691),
                    Shape18.at("data_values.low_tariff_count", 693),
                    Shape18.at("data_values.minimal_temp_count", 695),
                    D::new("data_values.max_temperature", Input, 697, U8)
                        .with_range(0.0, 255.0)
                        .with_since(mm::Version([4, 1, 1, 0]))
                        .with_unit("°C"),
                ],
                &[
                    Shape0.at("extended_values.status", 700),
                    Shape19.at("extended_values.heater_load", 701),
                    D::new("extended_values.reserved", Input, 702, I16),
                    Shape15.at("extended_values.legio_status", 703),
                    Shape20.at("extended_values.temperature_float_sensor5", 704),
                    Shape20.at("extended_values.temperature_float_sensor4", 706),
                    Shape20.at("extended_values.temperature_float_sensor3", 708),
                    Shape20.at("extended_values.temperature_float_sensor2", 710),
                    Shape20.at("extended_values.temperature_float_sensor1", 712),
                    Shape20.at("extended_values.temperature_float_sensor0", 714),
                    D::new("extended_values.analog_input_float", Input, 716, F32)
                        .with_range(0.0, 10.0)
                        .with_since(mm::Version([2, 2, 1, 0]))
                        .with_unit("V"),
                    Shape19.at("extended_values.load_setpoint_value", 718),
                    D::new("extended_values.load_feedin_value", Input, 719, I16)
                        .with_range(-30000.0, 30000.0)
                        .with_since(mm::Version([4, 2, 1, 0]))
                        .with_unit("W"),
                    D::new("extended_values.reserve1", Input, 720, String)
                        .with_length(10)
                        .with_byte_order(ByteOrder::LowFirst)
                        .with_since(mm::Version([2, 2, 1, 0])),
                    D::new("extended_values.millis", Input, 725, U32)
                        .with_since(mm::Version([2, 2, 1, 0]))
                        .with_unit("ms"),
                    Shape4.at("extended_values.reserve2", 727),
                    Shape4.at("extended_values.reserve3", 743),
                ],
            ],
        );
        /// Shared by 2 registers, each at its own name and address (`Shape0.at(name, address)`).
        const Shape0: D = D::new("", Input, 0, U16)
            .with_since(mm::Version([2, 2, 1, 0]))
            .with_alias_of("data_values.status")
            .with_bits(super::ShortDataStatus::BITS);
        /// Shared by 2 registers, each at its own name and address (`Shape1.at(name, address)`).
        const Shape1: D = D::new("", Input, 0, U16)
            .with_range(0.0, 30000.0)
            .with_since(mm::Version([2, 3, 1, 0]))
            .with_unit("W");
        /// Shared by 3 registers, each at its own name and address (`Shape2.at(name, address)`).
        const Shape2: D = D::new("", Input, 0, U16);
        /// Shared by 3 registers, each at its own name and address (`Shape3.at(name, address)`).
        const Shape3: D = D::new("", Holding, 0, U16)
            .with_access(Write)
            .with_since(mm::Version([3, 0, 1, 0]))
            .with_self_clearing();
        /// Shared by 3 registers, each at its own name and address (`Shape4.at(name, address)`).
        const Shape4: D = D::new("", Input, 0, String)
            .with_length(32)
            .with_byte_order(ByteOrder::LowFirst)
            .with_since(mm::Version([2, 2, 1, 0]));
        /// Shared by 3 registers, each at its own name and address (`Shape5.at(name, address)`).
        const Shape5: D = D::new("", Input, 0, U16)
            .with_range(250.0, 10000.0)
            .with_since(mm::Version([2, 3, 1, 0]))
            .with_unit("W");
        /// Shared by 4 registers, each at its own name and address (`Shape6.at(name, address)`).
        const Shape6: D = D::new("", Input, 0, U16).with_unit("W");
        /// Shared by 2 registers, each at its own name and address (`Shape7.at(name, address)`).
        const Shape7: D = D::new("", Holding, 0, U8)
            .with_range(0.0, 23.0)
            .with_since(mm::Version([4, 1, 0, 0]))
            .with_unit("h");
        /// Shared by 2 registers, each at its own name and address (`Shape8.at(name, address)`).
        const Shape8: D = D::new("", Holding, 0, U8)
            .with_range(0.0, 59.0)
            .with_since(mm::Version([4, 1, 0, 0]))
            .with_unit("min");
        /// Shared by 9 registers, each at its own name and address (`Shape9.at(name, address)`).
        const Shape9: D = D::new("", Holding, 0, F32)
            .with_range(0.0, 10.0)
            .with_since(mm::Version([4, 1, 0, 0]))
            .with_unit("V");
        /// Shared by 11 registers, each at its own name and address (`Shape10.at(name, address)`).
        const Shape10: D = D::new("", Holding, 0, U8)
            .with_range(0.0, 7.0)
            .with_since(mm::Version([4, 1, 0, 0]));
        /// Shared by 14 registers, each at its own name and address (`Shape11.at(name, address)`).
        const Shape11: D = D::new("", Holding, 0, U8)
            .with_range(0.0, 95.0)
            .with_since(mm::Version([4, 1, 0, 0]))
            .with_unit("°C");
        /// Shared by 6 registers, each at its own name and address (`Shape12.at(name, address)`).
        const Shape12: D = D::new("", Input, 0, U32)
            .with_since(mm::Version([2, 2, 1, 0]))
            .with_unit("min");
        /// Shared by 5 registers, each at its own name and address (`Shape13.at(name, address)`).
        const Shape13: D = D::new("", Input, 0, U32).with_since(mm::Version([2, 2, 1, 0]));
        /// Shared by 4 registers, each at its own name and address (`Shape14.at(name, address)`).
        const Shape14: D = D::new("", Input, 0, U16).with_since(mm::Version([2, 2, 1, 0]));
        /// Shared by 2 registers, each at its own name and address (`Shape15.at(name, address)`).
        const Shape15: D = D::new("", Input, 0, U8)
            .with_since(mm::Version([3, 0, 1, 0]))
            .with_bits(super::DataValuesLegioStatus::BITS);
        /// Shared by 6 registers, each at its own name and address (`Shape16.at(name, address)`).
        const Shape16: D = D::new("", Input, 0, U16)
            .with_range(0.0, 100.0)
            .with_since(mm::Version([2, 2, 1, 0]))
            .with_unit("°C");
        /// Shared by 16 registers, each at its own name and address (`Shape17.at(name, address)`).
        const Shape17: D = D::new("", Input, 0, U32)
            .with_since(mm::Version([4, 1, 1, 0]))
            .with_unit("min");
        /// Shared by 9 registers, each at its own name and address (`Shape18.at(name, address)`).
        const Shape18: D = D::new("", Input, 0, U32).with_since(mm::Version([4, 1, 1, 0]));
        /// Shared by 2 registers, each at its own name and address (`Shape19.at(name, address)`).
        const Shape19: D = D::new("", Input, 0, I16)
            .with_range(0.0, 30000.0)
            .with_since(mm::Version([2, 3, 1, 0]))
            .with_unit("W");
        /// Shared by 6 registers, each at its own name and address (`Shape20.at(name, address)`).
        const Shape20: D = D::new("", Input, 0, F32)
            .with_since(mm::Version([2, 2, 1, 0]))
            .with_unit("°C");
    }
    /// `short_data.temp1`: input 100.
    pub const SHORT_DATA_TEMP1: mm::RegisterDescriptor = descriptors::ALL[0];
    /// `short_data.temp2`: input 102.
    pub const SHORT_DATA_TEMP2: mm::RegisterDescriptor = descriptors::ALL[1];
    /// `short_data.temp3`: input 104.
    pub const SHORT_DATA_TEMP3: mm::RegisterDescriptor = descriptors::ALL[2];
    /// `short_data.temp4`: input 106.
    pub const SHORT_DATA_TEMP4: mm::RegisterDescriptor = descriptors::ALL[3];
    /// `short_data.emg`: input 108.
    pub const SHORT_DATA_EMG: mm::RegisterDescriptor = descriptors::ALL[4];
    /// `short_data.status`: input 109.
    pub const SHORT_DATA_STATUS: mm::RegisterDescriptor = descriptors::ALL[5];
    /// `short_data.heater_load`: input 110.
    pub const SHORT_DATA_HEATER_LOAD: mm::RegisterDescriptor = descriptors::ALL[6];
    /// `short_data.reserved`: input 111.
    pub const SHORT_DATA_RESERVED: mm::RegisterDescriptor = descriptors::ALL[7];
    /// `command.set_heater_step`: holding 200.
    pub const COMMAND_SET_HEATER_STEP: mm::RegisterDescriptor = descriptors::ALL[8];
    /// `command.load_setpoint_value`: holding 201.
    pub const COMMAND_LOAD_SETPOINT_VALUE: mm::RegisterDescriptor = descriptors::ALL[9];
    /// `command.load_feedin_value`: holding 202.
    pub const COMMAND_LOAD_FEEDIN_VALUE: mm::RegisterDescriptor = descriptors::ALL[10];
    /// `service.reset`: holding 210.
    pub const SERVICE_RESET: mm::RegisterDescriptor = descriptors::ALL[11];
    /// `service.reconfig`: holding 211.
    pub const SERVICE_RECONFIG: mm::RegisterDescriptor = descriptors::ALL[12];
    /// `service.identify`: holding 212.
    pub const SERVICE_IDENTIFY: mm::RegisterDescriptor = descriptors::ALL[13];
    /// `service.clear_temp_sensor_error`: holding 213.
    pub const SERVICE_CLEAR_TEMP_SENSOR_ERROR: mm::RegisterDescriptor = descriptors::ALL[14];
    /// `energymanager.id`: input 300.
    pub const ENERGYMANAGER_ID: mm::RegisterDescriptor = descriptors::ALL[15];
    /// `energymanager.status`: input 316.
    pub const ENERGYMANAGER_STATUS: mm::RegisterDescriptor = descriptors::ALL[16];
    /// `energymanager.heater_load`: input 317.
    pub const ENERGYMANAGER_HEATER_LOAD: mm::RegisterDescriptor = descriptors::ALL[17];
    /// `energymanager.set_heater_step`: input 318.
    pub const ENERGYMANAGER_SET_HEATER_STEP: mm::RegisterDescriptor = descriptors::ALL[18];
    /// `energymanager.load_setpoint_value`: input 319.
    pub const ENERGYMANAGER_LOAD_SETPOINT_VALUE: mm::RegisterDescriptor = descriptors::ALL[19];
    /// `energymanager.load_feedin_value`: input 320.
    pub const ENERGYMANAGER_LOAD_FEEDIN_VALUE: mm::RegisterDescriptor = descriptors::ALL[20];
    /// `energymanager.emergency_mode`: input 321.
    pub const ENERGYMANAGER_EMERGENCY_MODE: mm::RegisterDescriptor = descriptors::ALL[21];
    /// `energymanager.heat_pump_request`: input 322.
    pub const ENERGYMANAGER_HEAT_PUMP_REQUEST: mm::RegisterDescriptor = descriptors::ALL[22];
    /// `energymanager.analog_input_float`: input 323.
    pub const ENERGYMANAGER_ANALOG_INPUT_FLOAT: mm::RegisterDescriptor = descriptors::ALL[23];
    /// `energymanager.temperature_float_sensor0`: input 325.
    pub const ENERGYMANAGER_TEMPERATURE_FLOAT_SENSOR0: mm::RegisterDescriptor = descriptors::ALL[24];
    /// `energymanager.temperature_float_sensor1`: input 327.
    pub const ENERGYMANAGER_TEMPERATURE_FLOAT_SENSOR1: mm::RegisterDescriptor = descriptors::ALL[25];
    /// `energymanager.temperature_float_sensor2`: input 329.
    pub const ENERGYMANAGER_TEMPERATURE_FLOAT_SENSOR2: mm::RegisterDescriptor = descriptors::ALL[26];
    /// `energymanager.temperature_float_sensor3`: input 331.
    pub const ENERGYMANAGER_TEMPERATURE_FLOAT_SENSOR3: mm::RegisterDescriptor = descriptors::ALL[27];
    /// `energymanager.temperature_float_sensor4`: input 333.
    pub const ENERGYMANAGER_TEMPERATURE_FLOAT_SENSOR4: mm::RegisterDescriptor = descriptors::ALL[28];
    /// `energymanager.temperature_float_sensor5`: input 335.
    pub const ENERGYMANAGER_TEMPERATURE_FLOAT_SENSOR5: mm::RegisterDescriptor = descriptors::ALL[29];
    /// `energymanager_write.set_heater_step`: holding 318.
    pub const ENERGYMANAGER_WRITE_SET_HEATER_STEP: mm::RegisterDescriptor = descriptors::ALL[30];
    /// `energymanager_write.load_setpoint_value`: holding 319.
    pub const ENERGYMANAGER_WRITE_LOAD_SETPOINT_VALUE: mm::RegisterDescriptor = descriptors::ALL[31];
    /// `energymanager_write.load_feedin_value`: holding 320.
    pub const ENERGYMANAGER_WRITE_LOAD_FEEDIN_VALUE: mm::RegisterDescriptor = descriptors::ALL[32];
    /// `parameters.id`: input 400.
    pub const PARAMETERS_ID: mm::RegisterDescriptor = descriptors::ALL[33];
    /// `parameters.device_type`: input 416.
    pub const PARAMETERS_DEVICE_TYPE: mm::RegisterDescriptor = descriptors::ALL[34];
    /// `parameters.heater1_power`: input 417.
    pub const PARAMETERS_HEATER1_POWER: mm::RegisterDescriptor = descriptors::ALL[35];
    /// `parameters.heater2_power`: input 418.
    pub const PARAMETERS_HEATER2_POWER: mm::RegisterDescriptor = descriptors::ALL[36];
    /// `parameters.heater3_power`: input 419.
    pub const PARAMETERS_HEATER3_POWER: mm::RegisterDescriptor = descriptors::ALL[37];
    /// `parameters.article_number`: input 420.
    pub const PARAMETERS_ARTICLE_NUMBER: mm::RegisterDescriptor = descriptors::ALL[38];
    /// `parameters.article_name`: input 428.
    pub const PARAMETERS_ARTICLE_NAME: mm::RegisterDescriptor = descriptors::ALL[39];
    /// `parameters.software_version`: input 444.
    pub const PARAMETERS_SOFTWARE_VERSION: mm::RegisterDescriptor = descriptors::ALL[40];
    /// `parameters.hardware_version`: input 447.
    pub const PARAMETERS_HARDWARE_VERSION: mm::RegisterDescriptor = descriptors::ALL[41];
    /// `parameters.heater4_power`: input 450.
    pub const PARAMETERS_HEATER4_POWER: mm::RegisterDescriptor = descriptors::ALL[42];
    /// `parameters.heater5_power`: input 451.
    pub const PARAMETERS_HEATER5_POWER: mm::RegisterDescriptor = descriptors::ALL[43];
    /// `parameters.heater6_power`: input 452.
    pub const PARAMETERS_HEATER6_POWER: mm::RegisterDescriptor = descriptors::ALL[44];
    /// `parameters.number_of_steps`: input 453.
    pub const PARAMETERS_NUMBER_OF_STEPS: mm::RegisterDescriptor = descriptors::ALL[45];
    /// `parameters.number_of_heater`: input 454.
    pub const PARAMETERS_NUMBER_OF_HEATER: mm::RegisterDescriptor = descriptors::ALL[46];
    /// `parameters.max_power`: input 455.
    pub const PARAMETERS_MAX_POWER: mm::RegisterDescriptor = descriptors::ALL[47];
    /// `configuration.relay_sec_count`: holding 500.
    pub const CONFIGURATION_RELAY_SEC_COUNT: mm::RegisterDescriptor = descriptors::ALL[48];
    /// `configuration.pump_sec_count`: holding 501.
    pub const CONFIGURATION_PUMP_SEC_COUNT: mm::RegisterDescriptor = descriptors::ALL[49];
    /// `configuration.input_setting`: holding 502.
    pub const CONFIGURATION_INPUT_SETTING: mm::RegisterDescriptor = descriptors::ALL[50];
    /// `configuration.auto_heater_off_minutes`: holding 503.
    pub const CONFIGURATION_AUTO_HEATER_OFF_MINUTES: mm::RegisterDescriptor = descriptors::ALL[51];
    /// `configuration.auto_heater_off_setting`: holding 504.
    pub const CONFIGURATION_AUTO_HEATER_OFF_SETTING: mm::RegisterDescriptor = descriptors::ALL[52];
    /// `configuration.cascade_prio`: holding 505.
    pub const CONFIGURATION_CASCADE_PRIO: mm::RegisterDescriptor = descriptors::ALL[53];
    /// `configuration.heatbuffer_type`: holding 506.
    pub const CONFIGURATION_HEATBUFFER_TYPE: mm::RegisterDescriptor = descriptors::ALL[54];
    /// `configuration.heatbuffer_volume`: holding 507.
    pub const CONFIGURATION_HEATBUFFER_VOLUME: mm::RegisterDescriptor = descriptors::ALL[55];
    /// `configuration.heater_position`: holding 508.
    pub const CONFIGURATION_HEATER_POSITION: mm::RegisterDescriptor = descriptors::ALL[56];
    /// `configuration.legio_setting`: holding 509.
    pub const CONFIGURATION_LEGIO_SETTING: mm::RegisterDescriptor = descriptors::ALL[57];
    /// `configuration.legio_temperature`: holding 510.
    pub const CONFIGURATION_LEGIO_TEMPERATURE: mm::RegisterDescriptor = descriptors::ALL[58];
    /// `configuration.legio_heatup_minutes`: holding 511.
    pub const CONFIGURATION_LEGIO_HEATUP_MINUTES: mm::RegisterDescriptor = descriptors::ALL[59];
    /// `configuration.legio_activ_time`: holding 512.
    pub const CONFIGURATION_LEGIO_ACTIV_TIME: mm::RegisterDescriptor = descriptors::ALL[60];
    /// `configuration.water_hardness`: holding 516.
    pub const CONFIGURATION_WATER_HARDNESS: mm::RegisterDescriptor = descriptors::ALL[61];
    /// `configuration.housetype`: holding 520.
    pub const CONFIGURATION_HOUSETYPE: mm::RegisterDescriptor = descriptors::ALL[62];
    /// `configuration.household_members`: holding 521.
    pub const CONFIGURATION_HOUSEHOLD_MEMBERS: mm::RegisterDescriptor = descriptors::ALL[63];
    /// `configuration.infostring`: holding 522.
    pub const CONFIGURATION_INFOSTRING: mm::RegisterDescriptor = descriptors::ALL[64];
    /// `configuration.advanced_setting`: holding 538.
    pub const CONFIGURATION_ADVANCED_SETTING: mm::RegisterDescriptor = descriptors::ALL[65];
    /// `configuration.load_feedin_delay`: holding 539.
    pub const CONFIGURATION_LOAD_FEEDIN_DELAY: mm::RegisterDescriptor = descriptors::ALL[66];
    /// `configuration.load_feedin_bias`: holding 540.
    pub const CONFIGURATION_LOAD_FEEDIN_BIAS: mm::RegisterDescriptor = descriptors::ALL[67];
    /// `configuration.timezone_bias`: holding 541.
    pub const CONFIGURATION_TIMEZONE_BIAS: mm::RegisterDescriptor = descriptors::ALL[68];
    /// `configuration.summertime_bias`: holding 542.
    pub const CONFIGURATION_SUMMERTIME_BIAS: mm::RegisterDescriptor = descriptors::ALL[69];
    /// `configuration.reserved`: holding 543.
    pub const CONFIGURATION_RESERVED: mm::RegisterDescriptor = descriptors::ALL[70];
    /// `configuration.rtu_baudrate`: holding 546.
    pub const CONFIGURATION_RTU_BAUDRATE: mm::RegisterDescriptor = descriptors::ALL[71];
    /// `configuration.rtu_setting`: holding 549.
    pub const CONFIGURATION_RTU_SETTING: mm::RegisterDescriptor = descriptors::ALL[72];
    /// `configuration.rtu_slave_id`: holding 550.
    pub const CONFIGURATION_RTU_SLAVE_ID: mm::RegisterDescriptor = descriptors::ALL[73];
    /// `configuration.rtu_energy_meter_type`: holding 551.
    pub const CONFIGURATION_RTU_ENERGY_METER_TYPE: mm::RegisterDescriptor = descriptors::ALL[74];
    /// `configuration.low_tariff_start_time_hour`: holding 552.
    pub const CONFIGURATION_LOW_TARIFF_START_TIME_HOUR: mm::RegisterDescriptor = descriptors::ALL[75];
    /// `configuration.low_tariff_start_time_minute`: holding 553.
    pub const CONFIGURATION_LOW_TARIFF_START_TIME_MINUTE: mm::RegisterDescriptor = descriptors::ALL[76];
    /// `configuration.low_tariff_end_time_hour`: holding 554.
    pub const CONFIGURATION_LOW_TARIFF_END_TIME_HOUR: mm::RegisterDescriptor = descriptors::ALL[77];
    /// `configuration.low_tariff_end_time_minute`: holding 555.
    pub const CONFIGURATION_LOW_TARIFF_END_TIME_MINUTE: mm::RegisterDescriptor = descriptors::ALL[78];
    /// `configuration.analog_in_hysteresis`: holding 556.
    pub const CONFIGURATION_ANALOG_IN_HYSTERESIS: mm::RegisterDescriptor = descriptors::ALL[79];
    /// `configuration.analog_in_0_threshold`: holding 558.
    pub const CONFIGURATION_ANALOG_IN_0_THRESHOLD: mm::RegisterDescriptor = descriptors::ALL[80];
    /// `configuration.analog_in_0_threshold_step`: holding 560.
    pub const CONFIGURATION_ANALOG_IN_0_THRESHOLD_STEP: mm::RegisterDescriptor = descriptors::ALL[81];
    /// `configuration.analog_in_0_threshold_temp`: holding 561.
    pub const CONFIGURATION_ANALOG_IN_0_THRESHOLD_TEMP: mm::RegisterDescriptor = descriptors::ALL[82];
    /// `configuration.analog_in_1_threshold`: holding 562.
    pub const CONFIGURATION_ANALOG_IN_1_THRESHOLD: mm::RegisterDescriptor = descriptors::ALL[83];
    /// `configuration.analog_in_1_threshold_step`: holding 564.
    pub const CONFIGURATION_ANALOG_IN_1_THRESHOLD_STEP: mm::RegisterDescriptor = descriptors::ALL[84];
    /// `configuration.analog_in_1_threshold_temp`: holding 565.
    pub const CONFIGURATION_ANALOG_IN_1_THRESHOLD_TEMP: mm::RegisterDescriptor = descriptors::ALL[85];
    /// `configuration.analog_in_2_threshold`: holding 566.
    pub const CONFIGURATION_ANALOG_IN_2_THRESHOLD: mm::RegisterDescriptor = descriptors::ALL[86];
    /// `configuration.analog_in_2_threshold_step`: holding 568.
    pub const CONFIGURATION_ANALOG_IN_2_THRESHOLD_STEP: mm::RegisterDescriptor = descriptors::ALL[87];
    /// `configuration.analog_in_2_threshold_temp`: holding 569.
    pub const CONFIGURATION_ANALOG_IN_2_THRESHOLD_TEMP: mm::RegisterDescriptor = descriptors::ALL[88];
    /// `configuration.analog_in_3_threshold`: holding 570.
    pub const CONFIGURATION_ANALOG_IN_3_THRESHOLD: mm::RegisterDescriptor = descriptors::ALL[89];
    /// `configuration.analog_in_3_threshold_step`: holding 572.
    pub const CONFIGURATION_ANALOG_IN_3_THRESHOLD_STEP: mm::RegisterDescriptor = descriptors::ALL[90];
    /// `configuration.analog_in_3_threshold_temp`: holding 573.
    pub const CONFIGURATION_ANALOG_IN_3_THRESHOLD_TEMP: mm::RegisterDescriptor = descriptors::ALL[91];
    /// `configuration.analog_in_4_threshold`: holding 574.
    pub const CONFIGURATION_ANALOG_IN_4_THRESHOLD: mm::RegisterDescriptor = descriptors::ALL[92];
    /// `configuration.analog_in_4_threshold_step`: holding 576.
    pub const CONFIGURATION_ANALOG_IN_4_THRESHOLD_STEP: mm::RegisterDescriptor = descriptors::ALL[93];
    /// `configuration.analog_in_4_threshold_temp`: holding 577.
    pub const CONFIGURATION_ANALOG_IN_4_THRESHOLD_TEMP: mm::RegisterDescriptor = descriptors::ALL[94];
    /// `configuration.analog_in_5_threshold`: holding 578.
    pub const CONFIGURATION_ANALOG_IN_5_THRESHOLD: mm::RegisterDescriptor = descriptors::ALL[95];
    /// `configuration.analog_in_5_threshold_step`: holding 580.
    pub const CONFIGURATION_ANALOG_IN_5_THRESHOLD_STEP: mm::RegisterDescriptor = descriptors::ALL[96];
    /// `configuration.analog_in_5_threshold_temp`: holding 581.
    pub const CONFIGURATION_ANALOG_IN_5_THRESHOLD_TEMP: mm::RegisterDescriptor = descriptors::ALL[97];
    /// `configuration.analog_in_6_threshold`: holding 582.
    pub const CONFIGURATION_ANALOG_IN_6_THRESHOLD: mm::RegisterDescriptor = descriptors::ALL[98];
    /// `configuration.analog_in_6_threshold_step`: holding 584.
    pub const CONFIGURATION_ANALOG_IN_6_THRESHOLD_STEP: mm::RegisterDescriptor = descriptors::ALL[99];
    /// `configuration.analog_in_6_threshold_temp`: holding 585.
    pub const CONFIGURATION_ANALOG_IN_6_THRESHOLD_TEMP: mm::RegisterDescriptor = descriptors::ALL[100];
    /// `configuration.analog_in_7_threshold`: holding 586.
    pub const CONFIGURATION_ANALOG_IN_7_THRESHOLD: mm::RegisterDescriptor = descriptors::ALL[101];
    /// `configuration.analog_in_7_threshold_step`: holding 588.
    pub const CONFIGURATION_ANALOG_IN_7_THRESHOLD_STEP: mm::RegisterDescriptor = descriptors::ALL[102];
    /// `configuration.analog_in_7_threshold_temp`: holding 589.
    pub const CONFIGURATION_ANALOG_IN_7_THRESHOLD_TEMP: mm::RegisterDescriptor = descriptors::ALL[103];
    /// `configuration.heat_pump_request_off_step`: holding 590.
    pub const CONFIGURATION_HEAT_PUMP_REQUEST_OFF_STEP: mm::RegisterDescriptor = descriptors::ALL[104];
    /// `configuration.heat_pump_request_on_step`: holding 591.
    pub const CONFIGURATION_HEAT_PUMP_REQUEST_ON_STEP: mm::RegisterDescriptor = descriptors::ALL[105];
    /// `configuration.emergency_mode_on_step`: holding 592.
    pub const CONFIGURATION_EMERGENCY_MODE_ON_STEP: mm::RegisterDescriptor = descriptors::ALL[106];
    /// `configuration.temperature_hysteresis`: holding 593.
    pub const CONFIGURATION_TEMPERATURE_HYSTERESIS: mm::RegisterDescriptor = descriptors::ALL[107];
    /// `configuration.temperature_setting`: holding 594.
    pub const CONFIGURATION_TEMPERATURE_SETTING: mm::RegisterDescriptor = descriptors::ALL[108];
    /// `configuration.temperature_minimum`: holding 595.
    pub const CONFIGURATION_TEMPERATURE_MINIMUM: mm::RegisterDescriptor = descriptors::ALL[109];
    /// `configuration.temperature_set_heater_step`: holding 596.
    pub const CONFIGURATION_TEMPERATURE_SET_HEATER_STEP: mm::RegisterDescriptor = descriptors::ALL[110];
    /// `configuration.temperature_load_setpoint`: holding 597.
    pub const CONFIGURATION_TEMPERATURE_LOAD_SETPOINT: mm::RegisterDescriptor = descriptors::ALL[111];
    /// `configuration.temperature_low_tariff`: holding 598.
    pub const CONFIGURATION_TEMPERATURE_LOW_TARIFF: mm::RegisterDescriptor = descriptors::ALL[112];
    /// `configuration.temperature_heat_pump_request`: holding 599.
    pub const CONFIGURATION_TEMPERATURE_HEAT_PUMP_REQUEST: mm::RegisterDescriptor = descriptors::ALL[113];
    /// `data_values.operating_time`: input 600.
    pub const DATA_VALUES_OPERATING_TIME: mm::RegisterDescriptor = descriptors::ALL[114];
    /// `data_values.operating_heater1`: input 602.
    pub const DATA_VALUES_OPERATING_HEATER1: mm::RegisterDescriptor = descriptors::ALL[115];
    /// `data_values.operating_heater2`: input 604.
    pub const DATA_VALUES_OPERATING_HEATER2: mm::RegisterDescriptor = descriptors::ALL[116];
    /// `data_values.operating_heater3`: input 606.
    pub const DATA_VALUES_OPERATING_HEATER3: mm::RegisterDescriptor = descriptors::ALL[117];
    /// `data_values.operating_pump`: input 608.
    pub const DATA_VALUES_OPERATING_PUMP: mm::RegisterDescriptor = descriptors::ALL[118];
    /// `data_values.operating_valve`: input 610.
    pub const DATA_VALUES_OPERATING_VALVE: mm::RegisterDescriptor = descriptors::ALL[119];
    /// `data_values.relay1_count`: input 612.
    pub const DATA_VALUES_RELAY1_COUNT: mm::RegisterDescriptor = descriptors::ALL[120];
    /// `data_values.relay2_count`: input 614.
    pub const DATA_VALUES_RELAY2_COUNT: mm::RegisterDescriptor = descriptors::ALL[121];
    /// `data_values.relay3_count`: input 616.
    pub const DATA_VALUES_RELAY3_COUNT: mm::RegisterDescriptor = descriptors::ALL[122];
    /// `data_values.relay4_count`: input 618.
    pub const DATA_VALUES_RELAY4_COUNT: mm::RegisterDescriptor = descriptors::ALL[123];
    /// `data_values.relay5_count`: input 620.
    pub const DATA_VALUES_RELAY5_COUNT: mm::RegisterDescriptor = descriptors::ALL[124];
    /// `data_values.relay_countdown`: input 622.
    pub const DATA_VALUES_RELAY_COUNTDOWN: mm::RegisterDescriptor = descriptors::ALL[125];
    /// `data_values.pump_countdown`: input 623.
    pub const DATA_VALUES_PUMP_COUNTDOWN: mm::RegisterDescriptor = descriptors::ALL[126];
    /// `data_values.status`: input 624.
    pub const DATA_VALUES_STATUS: mm::RegisterDescriptor = descriptors::ALL[127];
    /// `data_values.heater_load`: input 625.
    pub const DATA_VALUES_HEATER_LOAD: mm::RegisterDescriptor = descriptors::ALL[128];
    /// `data_values.actual_control_input`: input 626.
    pub const DATA_VALUES_ACTUAL_CONTROL_INPUT: mm::RegisterDescriptor = descriptors::ALL[129];
    /// `data_values.legio_status`: input 627.
    pub const DATA_VALUES_LEGIO_STATUS: mm::RegisterDescriptor = descriptors::ALL[130];
    /// `data_values.legio_operating`: input 628.
    pub const DATA_VALUES_LEGIO_OPERATING: mm::RegisterDescriptor = descriptors::ALL[131];
    /// `data_values.legio_countdown`: input 630.
    pub const DATA_VALUES_LEGIO_COUNTDOWN: mm::RegisterDescriptor = descriptors::ALL[132];
    /// `data_values.error_status`: input 631.
    pub const DATA_VALUES_ERROR_STATUS: mm::RegisterDescriptor = descriptors::ALL[133];
    /// `data_values.temperature_status`: input 632.
    pub const DATA_VALUES_TEMPERATURE_STATUS: mm::RegisterDescriptor = descriptors::ALL[134];
    /// `data_values.temperature_sensor5`: input 633.
    pub const DATA_VALUES_TEMPERATURE_SENSOR5: mm::RegisterDescriptor = descriptors::ALL[135];
    /// `data_values.temperature_sensor4`: input 634.
    pub const DATA_VALUES_TEMPERATURE_SENSOR4: mm::RegisterDescriptor = descriptors::ALL[136];
    /// `data_values.temperature_sensor3`: input 635.
    pub const DATA_VALUES_TEMPERATURE_SENSOR3: mm::RegisterDescriptor = descriptors::ALL[137];
    /// `data_values.temperature_sensor2`: input 636.
    pub const DATA_VALUES_TEMPERATURE_SENSOR2: mm::RegisterDescriptor = descriptors::ALL[138];
    /// `data_values.temperature_sensor1`: input 637.
    pub const DATA_VALUES_TEMPERATURE_SENSOR1: mm::RegisterDescriptor = descriptors::ALL[139];
    /// `data_values.temperature_sensor0`: input 638.
    pub const DATA_VALUES_TEMPERATURE_SENSOR0: mm::RegisterDescriptor = descriptors::ALL[140];
    /// `data_values.analog_input_step`: input 639.
    pub const DATA_VALUES_ANALOG_INPUT_STEP: mm::RegisterDescriptor = descriptors::ALL[141];
    /// `data_values.actual_temperature_limit`: input 640.
    pub const DATA_VALUES_ACTUAL_TEMPERATURE_LIMIT: mm::RegisterDescriptor = descriptors::ALL[142];
    /// `data_values.auto_heater_off_countdown`: input 641.
    pub const DATA_VALUES_AUTO_HEATER_OFF_COUNTDOWN: mm::RegisterDescriptor = descriptors::ALL[143];
    /// `data_values.emergency_off_countdown`: input 643.
    pub const DATA_VALUES_EMERGENCY_OFF_COUNTDOWN: mm::RegisterDescriptor = descriptors::ALL[144];
    /// `data_values.boot_count`: input 645.
    pub const DATA_VALUES_BOOT_COUNT: mm::RegisterDescriptor = descriptors::ALL[145];
    /// `data_values.operating_set_heater_step`: input 647.
    pub const DATA_VALUES_OPERATING_SET_HEATER_STEP: mm::RegisterDescriptor = descriptors::ALL[146];
    /// `data_values.operating_load_setpoint`: input 649.
    pub const DATA_VALUES_OPERATING_LOAD_SETPOINT: mm::RegisterDescriptor = descriptors::ALL[147];
    /// `data_values.operation_load_feedin`: input 651.
    pub const DATA_VALUES_OPERATION_LOAD_FEEDIN: mm::RegisterDescriptor = descriptors::ALL[148];
    /// `data_values.operation_heat_pump_request`: input 653.
    pub const DATA_VALUES_OPERATION_HEAT_PUMP_REQUEST: mm::RegisterDescriptor = descriptors::ALL[149];
    /// `data_values.operation_analog_in`: input 655.
    pub const DATA_VALUES_OPERATION_ANALOG_IN: mm::RegisterDescriptor = descriptors::ALL[150];
    /// `data_values.operation_emergency_mode`: input 657.
    pub const DATA_VALUES_OPERATION_EMERGENCY_MODE: mm::RegisterDescriptor = descriptors::ALL[151];
    /// `data_values.operation_legio`: input 659.
    pub const DATA_VALUES_OPERATION_LEGIO: mm::RegisterDescriptor = descriptors::ALL[152];
    /// `data_values.operation_low_tariff`: input 661.
    pub const DATA_VALUES_OPERATION_LOW_TARIFF: mm::RegisterDescriptor = descriptors::ALL[153];
    /// `data_values.operation_minimal_temp`: input 663.
    pub const DATA_VALUES_OPERATION_MINIMAL_TEMP: mm::RegisterDescriptor = descriptors::ALL[154];
    /// `data_values.operating_heater_step_1`: input 665.
    pub const DATA_VALUES_OPERATING_HEATER_STEP_1: mm::RegisterDescriptor = descriptors::ALL[155];
    /// `data_values.operating_heater_step_2`: input 667.
    pub const DATA_VALUES_OPERATING_HEATER_STEP_2: mm::RegisterDescriptor = descriptors::ALL[156];
    /// `data_values.operating_heater_step_3`: input 669.
    pub const DATA_VALUES_OPERATING_HEATER_STEP_3: mm::RegisterDescriptor = descriptors::ALL[157];
    /// `data_values.operating_heater_step_4`: input 671.
    pub const DATA_VALUES_OPERATING_HEATER_STEP_4: mm::RegisterDescriptor = descriptors::ALL[158];
    /// `data_values.operating_heater_step_5`: input 673.
    pub const DATA_VALUES_OPERATING_HEATER_STEP_5: mm::RegisterDescriptor = descriptors::ALL[159];
    /// `data_values.operating_heater_step_6`: input 675.
    pub const DATA_VALUES_OPERATING_HEATER_STEP_6: mm::RegisterDescriptor = descriptors::ALL[160];
    /// `data_values.operating_heater_step_7`: input 677.
    pub const DATA_VALUES_OPERATING_HEATER_STEP_7: mm::RegisterDescriptor = descriptors::ALL[161];
    /// `data_values.set_heater_step_count`: input 679.
    pub const DATA_VALUES_SET_HEATER_STEP_COUNT: mm::RegisterDescriptor = descriptors::ALL[162];
    /// `data_values.load_setpoint_count`: input 681.
    pub const DATA_VALUES_LOAD_SETPOINT_COUNT: mm::RegisterDescriptor = descriptors::ALL[163];
    /// `data_values.load_feedin_count`: input 683.
    pub const DATA_VALUES_LOAD_FEEDIN_COUNT: mm::RegisterDescriptor = descriptors::ALL[164];
    /// `data_values.heat_pump_request_count`: input 685.
    pub const DATA_VALUES_HEAT_PUMP_REQUEST_COUNT: mm::RegisterDescriptor = descriptors::ALL[165];
    /// `data_values.analog_in_count`: input 687.
    pub const DATA_VALUES_ANALOG_IN_COUNT: mm::RegisterDescriptor = descriptors::ALL[166];
    /// `data_values.emergency_mode_count`: input 689.
    pub const DATA_VALUES_EMERGENCY_MODE_COUNT: mm::RegisterDescriptor = descriptors::ALL[167];
    /// `data_values.legio_count`: input 691.
    pub const DATA_VALUES_LEGIO_COUNT: mm::RegisterDescriptor = descriptors::ALL[168];
    /// `data_values.low_tariff_count`: input 693.
    pub const DATA_VALUES_LOW_TARIFF_COUNT: mm::RegisterDescriptor = descriptors::ALL[169];
    /// `data_values.minimal_temp_count`: input 695.
    pub const DATA_VALUES_MINIMAL_TEMP_COUNT: mm::RegisterDescriptor = descriptors::ALL[170];
    /// `data_values.max_temperature`: input 697.
    pub const DATA_VALUES_MAX_TEMPERATURE: mm::RegisterDescriptor = descriptors::ALL[171];
    /// `extended_values.status`: input 700.
    pub const EXTENDED_VALUES_STATUS: mm::RegisterDescriptor = descriptors::ALL[172];
    /// `extended_values.heater_load`: input 701.
    pub const EXTENDED_VALUES_HEATER_LOAD: mm::RegisterDescriptor = descriptors::ALL[173];
    /// `extended_values.reserved`: input 702.
    pub const EXTENDED_VALUES_RESERVED: mm::RegisterDescriptor = descriptors::ALL[174];
    /// `extended_values.legio_status`: input 703.
    pub const EXTENDED_VALUES_LEGIO_STATUS: mm::RegisterDescriptor = descriptors::ALL[175];
    /// `extended_values.temperature_float_sensor5`: input 704.
    pub const EXTENDED_VALUES_TEMPERATURE_FLOAT_SENSOR5: mm::RegisterDescriptor = descriptors::ALL[176];
    /// `extended_values.temperature_float_sensor4`: input 706.
    pub const EXTENDED_VALUES_TEMPERATURE_FLOAT_SENSOR4: mm::RegisterDescriptor = descriptors::ALL[177];
    /// `extended_values.temperature_float_sensor3`: input 708.
    pub const EXTENDED_VALUES_TEMPERATURE_FLOAT_SENSOR3: mm::RegisterDescriptor = descriptors::ALL[178];
    /// `extended_values.temperature_float_sensor2`: input 710.
    pub const EXTENDED_VALUES_TEMPERATURE_FLOAT_SENSOR2: mm::RegisterDescriptor = descriptors::ALL[179];
    /// `extended_values.temperature_float_sensor1`: input 712.
    pub const EXTENDED_VALUES_TEMPERATURE_FLOAT_SENSOR1: mm::RegisterDescriptor = descriptors::ALL[180];
    /// `extended_values.temperature_float_sensor0`: input 714.
    pub const EXTENDED_VALUES_TEMPERATURE_FLOAT_SENSOR0: mm::RegisterDescriptor = descriptors::ALL[181];
    /// `extended_values.analog_input_float`: input 716.
    pub const EXTENDED_VALUES_ANALOG_INPUT_FLOAT: mm::RegisterDescriptor = descriptors::ALL[182];
    /// `extended_values.load_setpoint_value`: input 718.
    pub const EXTENDED_VALUES_LOAD_SETPOINT_VALUE: mm::RegisterDescriptor = descriptors::ALL[183];
    /// `extended_values.load_feedin_value`: input 719.
    pub const EXTENDED_VALUES_LOAD_FEEDIN_VALUE: mm::RegisterDescriptor = descriptors::ALL[184];
    /// `extended_values.reserve1`: input 720.
    pub const EXTENDED_VALUES_RESERVE1: mm::RegisterDescriptor = descriptors::ALL[185];
    /// `extended_values.millis`: input 725.
    pub const EXTENDED_VALUES_MILLIS: mm::RegisterDescriptor = descriptors::ALL[186];
    /// `extended_values.reserve2`: input 727.
    pub const EXTENDED_VALUES_RESERVE2: mm::RegisterDescriptor = descriptors::ALL[187];
    /// `extended_values.reserve3`: input 743.
    pub const EXTENDED_VALUES_RESERVE3: mm::RegisterDescriptor = descriptors::ALL[188];
    /// Values of `short_data.emg`, `energymanager.emergency_mode`, `energymanager.heat_pump_request`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum ShortDataEmg {
        /// `off` (raw 0).
        Off,
        /// `on` (raw 255).
        On,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    mm::impl_modbus_enum!(ShortDataEmg { Off = 0 => "off", On = 255 => "on" } Unknown);
    /// Named bits of `short_data.status`, `energymanager.status`, `data_values.status`, `extended_values.status`; the raw value is kept whole.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub struct ShortDataStatus(pub u64);
    impl ShortDataStatus {
        /// `heater1_active`: bit 0.
        pub const HEATER1_ACTIVE: ShortDataStatus = ShortDataStatus(1 << 0);
        /// `heater2_active`: bit 1.
        pub const HEATER2_ACTIVE: ShortDataStatus = ShortDataStatus(1 << 1);
        /// `heater3_active`: bit 2.
        pub const HEATER3_ACTIVE: ShortDataStatus = ShortDataStatus(1 << 2);
        /// `pump_active`: bit 3.
        pub const PUMP_ACTIVE: ShortDataStatus = ShortDataStatus(1 << 3);
        /// `relay_board_connected`: bit 4.
        pub const RELAY_BOARD_CONNECTED: ShortDataStatus = ShortDataStatus(1 << 4);
        /// `heat_pump_request_active`: bit 6.
        pub const HEAT_PUMP_REQUEST_ACTIVE: ShortDataStatus = ShortDataStatus(1 << 6);
        /// `emergency_mode_active`: bit 7.
        pub const EMERGENCY_MODE_ACTIVE: ShortDataStatus = ShortDataStatus(1 << 7);
        /// `legionella_protection_active`: bit 8.
        pub const LEGIONELLA_PROTECTION_ACTIVE: ShortDataStatus = ShortDataStatus(1 << 8);
        /// `analog_input_active`: bit 9.
        pub const ANALOG_INPUT_ACTIVE: ShortDataStatus = ShortDataStatus(1 << 9);
        /// `setpoint_active`: bit 10.
        pub const SETPOINT_ACTIVE: ShortDataStatus = ShortDataStatus(1 << 10);
        /// `load_feedin_active`: bit 11.
        pub const LOAD_FEEDIN_ACTIVE: ShortDataStatus = ShortDataStatus(1 << 11);
        /// `auto_heater_off_active`: bit 12.
        pub const AUTO_HEATER_OFF_ACTIVE: ShortDataStatus = ShortDataStatus(1 << 12);
        /// `pump_relay_follow_up_time_active`: bit 13.
        pub const PUMP_RELAY_FOLLOW_UP_TIME_ACTIVE: ShortDataStatus = ShortDataStatus(
            1 << 13,
        );
        /// `temp_limit_reached`: bit 14.
        pub const TEMP_LIMIT_REACHED: ShortDataStatus = ShortDataStatus(1 << 14);
        /// `error_occurred`: bit 15.
        pub const ERROR_OCCURRED: ShortDataStatus = ShortDataStatus(1 << 15);
    }
    mm::impl_modbus_flags!(
        ShortDataStatus { "heater1_active" = 0, 1; "heater2_active" = 1, 1; "heater3_active"
        = 2, 1; "pump_active" = 3, 1; "relay_board_connected" = 4, 1;
        "heat_pump_request_active" = 6, 1; "emergency_mode_active" = 7, 1;
        "legionella_protection_active" = 8, 1; "analog_input_active" = 9, 1;
        "setpoint_active" = 10, 1; "load_feedin_active" = 11, 1; "auto_heater_off_active" =
        12, 1; "pump_relay_follow_up_time_active" = 13, 1; "temp_limit_reached" = 14, 1;
        "error_occurred" = 15, 1 }
    );
    /// Named bits of `parameters.device_type`; the raw value is kept whole.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub struct ParametersDeviceType(pub u64);
    impl ParametersDeviceType {
        /// `type_3_stage_version`: bit 0.
        pub const TYPE_3_STAGE_VERSION: ParametersDeviceType = ParametersDeviceType(1 << 0);
        /// `type_7_stage_version`: bit 1.
        pub const TYPE_7_STAGE_VERSION: ParametersDeviceType = ParametersDeviceType(1 << 1);
        /// `heater_type_flange`: bit 2.
        pub const HEATER_TYPE_FLANGE: ParametersDeviceType = ParametersDeviceType(1 << 2);
        /// `heater_type_screw_in`: bit 3.
        pub const HEATER_TYPE_SCREW_IN: ParametersDeviceType = ParametersDeviceType(1 << 3);
        /// `wired_as_star_connection`: bit 4.
        pub const WIRED_AS_STAR_CONNECTION: ParametersDeviceType = ParametersDeviceType(
            1 << 4,
        );
        /// `wired_as_delta_connection`: bit 5.
        pub const WIRED_AS_DELTA_CONNECTION: ParametersDeviceType = ParametersDeviceType(
            1 << 5,
        );
        /// `type_oem_version`: bit 7.
        pub const TYPE_OEM_VERSION: ParametersDeviceType = ParametersDeviceType(1 << 7);
    }
    mm::impl_modbus_flags!(
        ParametersDeviceType { "type_3_stage_version" = 0, 1; "type_7_stage_version" = 1, 1;
        "heater_type_flange" = 2, 1; "heater_type_screw_in" = 3, 1;
        "wired_as_star_connection" = 4, 1; "wired_as_delta_connection" = 5, 1;
        "type_oem_version" = 7, 1 }
    );
    /// Named bits of `configuration.input_setting`; the raw value is kept whole.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub struct ConfigurationInputSetting(pub u64);
    impl ConfigurationInputSetting {
        /// `missing_current_flow_triggers_error`: bit 0.
        pub const MISSING_CURRENT_FLOW_TRIGGERS_ERROR: ConfigurationInputSetting = ConfigurationInputSetting(
            1 << 0,
        );
        /// `heater_load_value_only_if_current_flows`: bit 1.
        pub const HEATER_LOAD_VALUE_ONLY_IF_CURRENT_FLOWS: ConfigurationInputSetting = ConfigurationInputSetting(
            1 << 1,
        );
        /// `load_feedin_value_enabled`: bit 2.
        pub const LOAD_FEEDIN_VALUE_ENABLED: ConfigurationInputSetting = ConfigurationInputSetting(
            1 << 2,
        );
        /// `load_setpoint_value_enabled`: bit 3.
        pub const LOAD_SETPOINT_VALUE_ENABLED: ConfigurationInputSetting = ConfigurationInputSetting(
            1 << 3,
        );
        /// `set_heater_step_value_enabled`: bit 4.
        pub const SET_HEATER_STEP_VALUE_ENABLED: ConfigurationInputSetting = ConfigurationInputSetting(
            1 << 4,
        );
        /// `analog_input_enabled`: bit 5.
        pub const ANALOG_INPUT_ENABLED: ConfigurationInputSetting = ConfigurationInputSetting(
            1 << 5,
        );
        /// `heat_pump_request_input_enabled`: bit 6.
        pub const HEAT_PUMP_REQUEST_INPUT_ENABLED: ConfigurationInputSetting = ConfigurationInputSetting(
            1 << 6,
        );
        /// `emergency_mode_enabled`: bit 7.
        pub const EMERGENCY_MODE_ENABLED: ConfigurationInputSetting = ConfigurationInputSetting(
            1 << 7,
        );
        /// `low_tariff_option_enabled`: bit 8.
        pub const LOW_TARIFF_OPTION_ENABLED: ConfigurationInputSetting = ConfigurationInputSetting(
            1 << 8,
        );
        /// `hold_minimal_temperature_enabled`: bit 9.
        pub const HOLD_MINIMAL_TEMPERATURE_ENABLED: ConfigurationInputSetting = ConfigurationInputSetting(
            1 << 9,
        );
        /// `sma_semp_enabled`: bit 10.
        pub const SMA_SEMP_ENABLED: ConfigurationInputSetting = ConfigurationInputSetting(
            1 << 10,
        );
        /// `senec_home_enabled`: bit 11.
        pub const SENEC_HOME_ENABLED: ConfigurationInputSetting = ConfigurationInputSetting(
            1 << 11,
        );
    }
    mm::impl_modbus_flags!(
        ConfigurationInputSetting { "missing_current_flow_triggers_error" = 0, 1;
        "heater_load_value_only_if_current_flows" = 1, 1; "load_feedin_value_enabled" = 2, 1;
        "load_setpoint_value_enabled" = 3, 1; "set_heater_step_value_enabled" = 4, 1;
        "analog_input_enabled" = 5, 1; "heat_pump_request_input_enabled" = 6, 1;
        "emergency_mode_enabled" = 7, 1; "low_tariff_option_enabled" = 8, 1;
        "hold_minimal_temperature_enabled" = 9, 1; "sma_semp_enabled" = 10, 1;
        "senec_home_enabled" = 11, 1 }
    );
    /// Named bits of `configuration.auto_heater_off_setting`; the raw value is kept whole.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub struct ConfigurationAutoHeaterOffSetting(pub u64);
    impl ConfigurationAutoHeaterOffSetting {
        /// `auto_off_modbus_timeout_enabled`: bit 0.
        pub const AUTO_OFF_MODBUS_TIMEOUT_ENABLED: ConfigurationAutoHeaterOffSetting = ConfigurationAutoHeaterOffSetting(
            1 << 0,
        );
        /// `restart_if_energymanager_connection_lost`: bit 1.
        pub const RESTART_IF_ENERGYMANAGER_CONNECTION_LOST: ConfigurationAutoHeaterOffSetting = ConfigurationAutoHeaterOffSetting(
            1 << 1,
        );
        /// `auto_off_modbus_enabled`: bit 4.
        pub const AUTO_OFF_MODBUS_ENABLED: ConfigurationAutoHeaterOffSetting = ConfigurationAutoHeaterOffSetting(
            1 << 4,
        );
        /// `auto_off_analog_input_enabled`: bit 5.
        pub const AUTO_OFF_ANALOG_INPUT_ENABLED: ConfigurationAutoHeaterOffSetting = ConfigurationAutoHeaterOffSetting(
            1 << 5,
        );
        /// `auto_off_heat_pump_request_enabled`: bit 6.
        pub const AUTO_OFF_HEAT_PUMP_REQUEST_ENABLED: ConfigurationAutoHeaterOffSetting = ConfigurationAutoHeaterOffSetting(
            1 << 6,
        );
        /// `auto_off_emergency_mode_enabled`: bit 7.
        pub const AUTO_OFF_EMERGENCY_MODE_ENABLED: ConfigurationAutoHeaterOffSetting = ConfigurationAutoHeaterOffSetting(
            1 << 7,
        );
    }
    mm::impl_modbus_flags!(
        ConfigurationAutoHeaterOffSetting { "auto_off_modbus_timeout_enabled" = 0, 1;
        "restart_if_energymanager_connection_lost" = 1, 1; "auto_off_modbus_enabled" = 4, 1;
        "auto_off_analog_input_enabled" = 5, 1; "auto_off_heat_pump_request_enabled" = 6, 1;
        "auto_off_emergency_mode_enabled" = 7, 1 }
    );
    /// Named bits of `configuration.heatbuffer_type`; the raw value is kept whole.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub struct ConfigurationHeatbufferType(pub u64);
    impl ConfigurationHeatbufferType {
        /// `tap_water`: bit 0.
        pub const TAP_WATER: ConfigurationHeatbufferType = ConfigurationHeatbufferType(
            1 << 0,
        );
        /// `heating_water`: bit 1.
        pub const HEATING_WATER: ConfigurationHeatbufferType = ConfigurationHeatbufferType(
            1 << 1,
        );
        /// `combined_heat_and_power_unit`: bit 2.
        pub const COMBINED_HEAT_AND_POWER_UNIT: ConfigurationHeatbufferType = ConfigurationHeatbufferType(
            1 << 2,
        );
        /// `pellet_firing`: bit 3.
        pub const PELLET_FIRING: ConfigurationHeatbufferType = ConfigurationHeatbufferType(
            1 << 3,
        );
        /// `gas_burner`: bit 4.
        pub const GAS_BURNER: ConfigurationHeatbufferType = ConfigurationHeatbufferType(
            1 << 4,
        );
        /// `oil_burner`: bit 5.
        pub const OIL_BURNER: ConfigurationHeatbufferType = ConfigurationHeatbufferType(
            1 << 5,
        );
        /// `heat_pump`: bit 6.
        pub const HEAT_PUMP: ConfigurationHeatbufferType = ConfigurationHeatbufferType(
            1 << 6,
        );
        /// `other`: bit 7.
        pub const OTHER: ConfigurationHeatbufferType = ConfigurationHeatbufferType(1 << 7);
    }
    mm::impl_modbus_flags!(
        ConfigurationHeatbufferType { "tap_water" = 0, 1; "heating_water" = 1, 1;
        "combined_heat_and_power_unit" = 2, 1; "pellet_firing" = 3, 1; "gas_burner" = 4, 1;
        "oil_burner" = 5, 1; "heat_pump" = 6, 1; "other" = 7, 1 }
    );
    /// Named bits of `configuration.heater_position`; the raw value is kept whole.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub struct ConfigurationHeaterPosition(pub u64);
    impl ConfigurationHeaterPosition {
        /// `bottom`: bit 0.
        pub const BOTTOM: ConfigurationHeaterPosition = ConfigurationHeaterPosition(1 << 0);
        /// `middle`: bit 1.
        pub const MIDDLE: ConfigurationHeaterPosition = ConfigurationHeaterPosition(1 << 1);
        /// `askowall`: bit 7.
        pub const ASKOWALL: ConfigurationHeaterPosition = ConfigurationHeaterPosition(
            1 << 7,
        );
    }
    mm::impl_modbus_flags!(
        ConfigurationHeaterPosition { "bottom" = 0, 1; "middle" = 1, 1; "askowall" = 7, 1 }
    );
    /// Named bits of `configuration.legio_setting`; the raw value is kept whole.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub struct ConfigurationLegioSetting(pub u64);
    impl ConfigurationLegioSetting {
        /// `use_internal_temp_sensor`: bit 0.
        pub const USE_INTERNAL_TEMP_SENSOR: ConfigurationLegioSetting = ConfigurationLegioSetting(
            1 << 0,
        );
        /// `use_external_temp_sensor1`: bit 1.
        pub const USE_EXTERNAL_TEMP_SENSOR1: ConfigurationLegioSetting = ConfigurationLegioSetting(
            1 << 1,
        );
        /// `use_external_temp_sensor2`: bit 2.
        pub const USE_EXTERNAL_TEMP_SENSOR2: ConfigurationLegioSetting = ConfigurationLegioSetting(
            1 << 2,
        );
        /// `use_external_temp_sensor3`: bit 3.
        pub const USE_EXTERNAL_TEMP_SENSOR3: ConfigurationLegioSetting = ConfigurationLegioSetting(
            1 << 3,
        );
        /// `use_external_temp_sensor4`: bit 4.
        pub const USE_EXTERNAL_TEMP_SENSOR4: ConfigurationLegioSetting = ConfigurationLegioSetting(
            1 << 4,
        );
        /// `interval_daily`: bit 8.
        pub const INTERVAL_DAILY: ConfigurationLegioSetting = ConfigurationLegioSetting(
            1 << 8,
        );
        /// `interval_weekly`: bit 9.
        pub const INTERVAL_WEEKLY: ConfigurationLegioSetting = ConfigurationLegioSetting(
            1 << 9,
        );
        /// `interval_fortnightly`: bit 10.
        pub const INTERVAL_FORTNIGHTLY: ConfigurationLegioSetting = ConfigurationLegioSetting(
            1 << 10,
        );
        /// `interval_monthly`: bit 11.
        pub const INTERVAL_MONTHLY: ConfigurationLegioSetting = ConfigurationLegioSetting(
            1 << 11,
        );
        /// `prefer_feedin_energy`: bit 12.
        pub const PREFER_FEEDIN_ENERGY: ConfigurationLegioSetting = ConfigurationLegioSetting(
            1 << 12,
        );
        /// `protection_enabled`: bit 13.
        pub const PROTECTION_ENABLED: ConfigurationLegioSetting = ConfigurationLegioSetting(
            1 << 13,
        );
    }
    mm::impl_modbus_flags!(
        ConfigurationLegioSetting { "use_internal_temp_sensor" = 0, 1;
        "use_external_temp_sensor1" = 1, 1; "use_external_temp_sensor2" = 2, 1;
        "use_external_temp_sensor3" = 3, 1; "use_external_temp_sensor4" = 4, 1;
        "interval_daily" = 8, 1; "interval_weekly" = 9, 1; "interval_fortnightly" = 10, 1;
        "interval_monthly" = 11, 1; "prefer_feedin_energy" = 12, 1; "protection_enabled" =
        13, 1 }
    );
    /// Named bits of `configuration.housetype`; the raw value is kept whole.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub struct ConfigurationHousetype(pub u64);
    impl ConfigurationHousetype {
        /// `single_family_house`: bit 0.
        pub const SINGLE_FAMILY_HOUSE: ConfigurationHousetype = ConfigurationHousetype(
            1 << 0,
        );
        /// `two_family_house`: bit 1.
        pub const TWO_FAMILY_HOUSE: ConfigurationHousetype = ConfigurationHousetype(1 << 1);
        /// `apartment_building`: bit 2.
        pub const APARTMENT_BUILDING: ConfigurationHousetype = ConfigurationHousetype(
            1 << 2,
        );
        /// `commercial_building`: bit 7.
        pub const COMMERCIAL_BUILDING: ConfigurationHousetype = ConfigurationHousetype(
            1 << 7,
        );
    }
    mm::impl_modbus_flags!(
        ConfigurationHousetype { "single_family_house" = 0, 1; "two_family_house" = 1, 1;
        "apartment_building" = 2, 1; "commercial_building" = 7, 1 }
    );
    /// Named bits of `configuration.rtu_setting`; the raw value is kept whole.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub struct ConfigurationRtuSetting(pub u64);
    impl ConfigurationRtuSetting {
        /// `send_two_stop_bits`: bit 0.
        pub const SEND_TWO_STOP_BITS: ConfigurationRtuSetting = ConfigurationRtuSetting(
            1 << 0,
        );
        /// `parity_even`: bit 1.
        pub const PARITY_EVEN: ConfigurationRtuSetting = ConfigurationRtuSetting(1 << 1);
        /// `parity_odd`: bit 2.
        pub const PARITY_ODD: ConfigurationRtuSetting = ConfigurationRtuSetting(1 << 2);
        /// `slave_mode_active`: bit 7.
        pub const SLAVE_MODE_ACTIVE: ConfigurationRtuSetting = ConfigurationRtuSetting(
            1 << 7,
        );
        /// `master_mode_active`: bit 15.
        pub const MASTER_MODE_ACTIVE: ConfigurationRtuSetting = ConfigurationRtuSetting(
            1 << 15,
        );
    }
    mm::impl_modbus_flags!(
        ConfigurationRtuSetting { "send_two_stop_bits" = 0, 1; "parity_even" = 1, 1;
        "parity_odd" = 2, 1; "slave_mode_active" = 7, 1; "master_mode_active" = 15, 1 }
    );
    /// Named bits of `configuration.temperature_setting`; the raw value is kept whole.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub struct ConfigurationTemperatureSetting(pub u64);
    impl ConfigurationTemperatureSetting {
        /// `use_internal_temp_sensor`: bit 0.
        pub const USE_INTERNAL_TEMP_SENSOR: ConfigurationTemperatureSetting = ConfigurationTemperatureSetting(
            1 << 0,
        );
        /// `use_external_temp_sensor1`: bit 1.
        pub const USE_EXTERNAL_TEMP_SENSOR1: ConfigurationTemperatureSetting = ConfigurationTemperatureSetting(
            1 << 1,
        );
        /// `use_external_temp_sensor2`: bit 2.
        pub const USE_EXTERNAL_TEMP_SENSOR2: ConfigurationTemperatureSetting = ConfigurationTemperatureSetting(
            1 << 2,
        );
        /// `use_external_temp_sensor3`: bit 3.
        pub const USE_EXTERNAL_TEMP_SENSOR3: ConfigurationTemperatureSetting = ConfigurationTemperatureSetting(
            1 << 3,
        );
        /// `use_external_temp_sensor4`: bit 4.
        pub const USE_EXTERNAL_TEMP_SENSOR4: ConfigurationTemperatureSetting = ConfigurationTemperatureSetting(
            1 << 4,
        );
    }
    mm::impl_modbus_flags!(
        ConfigurationTemperatureSetting { "use_internal_temp_sensor" = 0, 1;
        "use_external_temp_sensor1" = 1, 1; "use_external_temp_sensor2" = 2, 1;
        "use_external_temp_sensor3" = 3, 1; "use_external_temp_sensor4" = 4, 1 }
    );
    /// Named bits of `data_values.legio_status`, `extended_values.legio_status`; the raw value is kept whole.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub struct DataValuesLegioStatus(pub u64);
    impl DataValuesLegioStatus {
        /// `heating_up`: bit 0.
        pub const HEATING_UP: DataValuesLegioStatus = DataValuesLegioStatus(1 << 0);
        /// `temperature_reached`: bit 1.
        pub const TEMPERATURE_REACHED: DataValuesLegioStatus = DataValuesLegioStatus(1 << 1);
        /// `temp_reached_outside_interval`: bit 2.
        pub const TEMP_REACHED_OUTSIDE_INTERVAL: DataValuesLegioStatus = DataValuesLegioStatus(
            1 << 2,
        );
        /// `unexpected_temp_drop`: bit 4.
        pub const UNEXPECTED_TEMP_DROP: DataValuesLegioStatus = DataValuesLegioStatus(
            1 << 4,
        );
        /// `error_no_valid_temp_sensor`: bit 5.
        pub const ERROR_NO_VALID_TEMP_SENSOR: DataValuesLegioStatus = DataValuesLegioStatus(
            1 << 5,
        );
        /// `error_cannot_reach_temp`: bit 6.
        pub const ERROR_CANNOT_REACH_TEMP: DataValuesLegioStatus = DataValuesLegioStatus(
            1 << 6,
        );
        /// `error_settings`: bit 7.
        pub const ERROR_SETTINGS: DataValuesLegioStatus = DataValuesLegioStatus(1 << 7);
    }
    mm::impl_modbus_flags!(
        DataValuesLegioStatus { "heating_up" = 0, 1; "temperature_reached" = 1, 1;
        "temp_reached_outside_interval" = 2, 1; "unexpected_temp_drop" = 4, 1;
        "error_no_valid_temp_sensor" = 5, 1; "error_cannot_reach_temp" = 6, 1;
        "error_settings" = 7, 1 }
    );
    /// Slave dispatch tables: serve this device with `modbus_map::server` or the `no_std` dispatch core.
    pub mod dispatch {
        use ::modbus_map::__private::dispatch::{
            self, DeviceMap, Entry, GapRange, TableMap, UnitMap,
        };
        static UNIT_1_INPUT: [Entry; 113] = Entry::runs(
            &super::REGISTERS,
            &[
                (0, 1, 99),
                (1, 1, 98),
                (2, 1, 97),
                (3, 1, 96),
                (4, 1, 0),
                (5, 1, 86),
                (6, 2, 1),
                (15, 1, 6),
                (16, 2, 86),
                (18, 3, 218),
                (21, 1, 0),
                (22, 1, 3),
                (23, 1, 175),
                (24, 1, 173),
                (25, 1, 171),
                (26, 1, 169),
                (27, 1, 167),
                (28, 1, 165),
                (29, 1, 4),
                (33, 15, 6),
                (114, 58, 62),
                (172, 1, 86),
                (173, 16, 160),
            ],
        );
        static UNIT_1_INPUT_INDEX: [u16; 659] = [
            0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 6, 7, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8,
            8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8,
            8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8,
            8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8,
            8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8,
            8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8,
            8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8,
            8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9,
            9, 10, 11, 12, 13, 14, 15, 16, 17, 17, 18, 18, 19, 19, 20, 20, 21, 21, 22, 22,
            23, 23, 23, 23, 23, 23, 23, 23, 23, 23, 23, 23, 23, 23, 23, 23, 23, 23, 23, 23,
            23, 23, 23, 23, 23, 23, 23, 23, 23, 23, 23, 23, 23, 23, 23, 23, 23, 23, 23, 23,
            23, 23, 23, 23, 23, 23, 23, 23, 23, 23, 23, 23, 23, 23, 23, 23, 23, 23, 23, 23,
            23, 23, 23, 23, 23, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24,
            24, 25, 26, 27, 28, 29, 29, 29, 29, 29, 29, 29, 29, 30, 30, 30, 30, 30, 30, 30,
            30, 30, 30, 30, 30, 30, 30, 30, 30, 31, 31, 31, 32, 32, 32, 33, 34, 35, 36, 37,
            38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38,
            38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38,
            38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38,
            38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38,
            38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38,
            38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38,
            38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38,
            38, 38, 38, 38, 38, 39, 39, 40, 40, 41, 41, 42, 42, 43, 43, 44, 44, 45, 45, 46,
            46, 47, 47, 48, 48, 49, 49, 50, 51, 52, 53, 54, 55, 56, 56, 57, 58, 59, 60, 61,
            62, 63, 64, 65, 66, 67, 68, 68, 69, 69, 70, 70, 71, 71, 72, 72, 73, 73, 74, 74,
            75, 75, 76, 76, 77, 77, 78, 78, 79, 79, 80, 80, 81, 81, 82, 82, 83, 83, 84, 84,
            85, 85, 86, 86, 87, 87, 88, 88, 89, 89, 90, 90, 91, 91, 92, 92, 93, 93, 94, 94,
            95, 95, 96, 96, 96, 97, 98, 99, 100, 101, 101, 102, 102, 103, 103, 104, 104, 105,
            105, 106, 106, 107, 107, 108, 109, 110, 110, 110, 110, 110, 111, 111, 112, 112,
            112, 112, 112, 112, 112, 112, 112, 112, 112, 112, 112, 112, 112, 112, 113, 113,
            113, 113, 113, 113, 113, 113, 113, 113, 113, 113, 113, 113, 113,
        ];
        static UNIT_1_HOLDING: [Entry; 76] = Entry::runs(
            &super::REGISTERS,
            &[(8, 7, 218), (30, 3, 218), (48, 66, 225)],
        );
        static UNIT_1_HOLDING_INDEX: [u16; 400] = [
            0, 1, 2, 3, 3, 3, 3, 3, 3, 3, 3, 4, 5, 6, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7,
            7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7,
            7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7,
            7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7,
            7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 8, 9, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10,
            10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10,
            10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10,
            10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10,
            10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10,
            10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10,
            10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10,
            10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10,
            10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10,
            10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
            21, 22, 23, 23, 23, 23, 24, 24, 24, 24, 25, 26, 27, 27, 27, 27, 27, 27, 27, 27,
            27, 27, 27, 27, 27, 27, 27, 27, 28, 29, 30, 31, 32, 33, 33, 33, 34, 34, 34, 35,
            36, 37, 38, 39, 40, 41, 42, 42, 43, 43, 44, 45, 46, 46, 47, 48, 49, 49, 50, 51,
            52, 52, 53, 54, 55, 55, 56, 57, 58, 58, 59, 60, 61, 61, 62, 63, 64, 64, 65, 66,
            67, 68, 69, 70, 71, 72, 73, 74, 75,
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
                    entries: &UNIT_1_INPUT,
                    allow_gaps: false,
                    gap_ranges: &[],
                    index_base: 100,
                    index: &UNIT_1_INPUT_INDEX,
                },
                holding_registers: TableMap {
                    entries: &UNIT_1_HOLDING,
                    allow_gaps: false,
                    gap_ranges: &[],
                    index_base: 200,
                    index: &UNIT_1_HOLDING_INDEX,
                },
                values_per_read: 0,
            },
        ];
        /// Initial storage words (spec defaults, start values where there is none), indexed by slot.
        pub static DEFAULTS: [u16; 325] = dispatch::words(
            &[
                (23, &[250, 250, 250]),
                (225, &[5, 30]),
                (228, &[1440]),
                (235, &[50, 240]),
                (246, &[1]),
                (271, &[14641, 12338, 48]),
                (275, &[99]),
            ],
        );
        /// The device's whole map, for `modbus_map::dispatch::Dispatcher::new(&MAP)`.
        pub static MAP: DeviceMap = DeviceMap {
            name: "askoheat_plus",
            default_unit: 1,
            units: &UNITS,
            defaults: &DEFAULTS,
            word_order_coil: ::core::option::Option::None,
        };
    }
    mm::tokio_client! {
        /// Short Data Block: the essential values for minimal implementations, downward compatible with first-generation devices.
        #[derive(Debug, Clone, PartialEq)]
        pub struct ShortData {
            /// `short_data.temp1`: Temperature of sensor 1, optional external PT1000 (MODBUS_IREG_TEMP1) (°C, 0 ..= 100, since 2.0.1)
            pub temp1: ::core::option::Option<u16>,
            /// `short_data.temp2`: Temperature of sensor 2, optional external PT1000 (MODBUS_IREG_TEMP2) (°C, 0 ..= 100, since 2.0.1)
            pub temp2: ::core::option::Option<u16>,
            /// `short_data.temp3`: Temperature of sensor 3, optional external PT1000 (MODBUS_IREG_TEMP3) (°C, 0 ..= 100, since 2.0.1)
            pub temp3: ::core::option::Option<u16>,
            /// `short_data.temp4`: Temperature of sensor 4, optional external PT1000 (MODBUS_IREG_TEMP4) (°C, 0 ..= 100, since 2.0.1)
            pub temp4: ::core::option::Option<u16>,
            /// `short_data.emg`: Emergency mode; see status flag low byte bit 7 in register 624 (MODBUS_IREG_EMG) (since 2.0.1)
            pub emg: ::core::option::Option<ShortDataEmg>,
            /// `short_data.status`: Read status of ASKOHEAT+; to switch heaters on or off use register 200 (MODBUS_IREG_STATUS) (since 2.2.1)
            pub status: ::core::option::Option<ShortDataStatus>,
            /// `short_data.heater_load`: Actual electrical heater load, 250-30000 W while heating (MODBUS_IREG_HEATER_LOAD) (W, 0 ..= 30000, since 2.3.1)
            pub heater_load: ::core::option::Option<u16>,
            /// `short_data.reserved`: Reserved for future features, version tbd (MODBUS_IREG_RESERVED)
            pub reserved: u16,
        }
        mm::block_decode!(
            ShortData { temp1 0 since, temp2 1 since, temp3 2 since, temp4 3 since, emg 4 since,
            status 5 since, heater_load 6 since, reserved 7 }
        );
        /// The registers of one instance of block `short_data`, read and written one by one or whole.
        #[derive(Debug)]
        pub struct ShortDataClient<'a, C>(pub mm::BlockClient<'a, C>);
        impl<'a, C: mm::Reader + mm::Writer> ShortDataClient<'a, C> {
            /// Reads every readable register of the `short_data` instance in as few requests as the planner allows.
            pub fn read(
                &mut self,
            ) -> impl ::core::future::Future<
                Output = mm::ModbusResult<ShortData>,
            > + use<'_, 'a, C> {
                self.0.read_block()
            }
            mm::register_fns!(
                read_temp1, _, 0, u16,
                "`short_data.temp1`: Temperature of sensor 1, optional external PT1000 (MODBUS_IREG_TEMP1) (°C, 0 ..= 100, since 2.0.1)"
            );
            mm::register_fns!(
                read_temp2, _, 1, u16,
                "`short_data.temp2`: Temperature of sensor 2, optional external PT1000 (MODBUS_IREG_TEMP2) (°C, 0 ..= 100, since 2.0.1)"
            );
            mm::register_fns!(
                read_temp3, _, 2, u16,
                "`short_data.temp3`: Temperature of sensor 3, optional external PT1000 (MODBUS_IREG_TEMP3) (°C, 0 ..= 100, since 2.0.1)"
            );
            mm::register_fns!(
                read_temp4, _, 3, u16,
                "`short_data.temp4`: Temperature of sensor 4, optional external PT1000 (MODBUS_IREG_TEMP4) (°C, 0 ..= 100, since 2.0.1)"
            );
            mm::register_fns!(
                read_emg, _, 4, ShortDataEmg,
                "`short_data.emg`: Emergency mode; see status flag low byte bit 7 in register 624 (MODBUS_IREG_EMG) (since 2.0.1)"
            );
            mm::register_fns!(
                read_status, _, 5, ShortDataStatus,
                "`short_data.status`: Read status of ASKOHEAT+; to switch heaters on or off use register 200 (MODBUS_IREG_STATUS) (since 2.2.1)"
            );
            mm::register_fns!(
                read_heater_load, _, 6, u16,
                "`short_data.heater_load`: Actual electrical heater load, 250-30000 W while heating (MODBUS_IREG_HEATER_LOAD) (W, 0 ..= 30000, since 2.3.1)"
            );
            mm::register_fns!(
                read_reserved, _, 7, u16,
                "`short_data.reserved`: Reserved for future features, version tbd (MODBUS_IREG_RESERVED)"
            );
        }
        /// Commands controlling the power of ASKOHEAT+ (three options).
        #[derive(Debug, Clone, PartialEq)]
        pub struct Command {
            /// `command.set_heater_step`: Switch heaters on / off: heater step 0-7 in the low byte (MODBUS_CMD_SET_HEATER_STEP); cleared after 60 s without a client (0 ..= 7, since 2.0.1)
            pub set_heater_step: ::core::option::Option<u8>,
            /// `command.load_setpoint_value`: Load setpoint (250-30000 W) for automatic setting of the optimum power level of the ASKOHEAT+ (MODBUS_CMD_LOAD_SETPOINT_VALUE) (W, 0 ..= 30000, since 2.3.1)
            pub load_setpoint_value: ::core::option::Option<i16>,
            /// `command.load_feedin_value`: Use case power to heat: negative values (grid feed-in) activate thermal storage, ASKOHEAT+ automatically switches to the correct level; positive values switch it off (MODBUS_CMD_LOAD_FEEDIN_VALUE) (W, -30000 ..= 30000, since 4.2.1)
            pub load_feedin_value: ::core::option::Option<i16>,
        }
        mm::block_decode!(
            Command { set_heater_step 0 since, load_setpoint_value 1 since, load_feedin_value 2
            since }
        );
        /// The registers of one instance of block `command`, read and written one by one or whole.
        #[derive(Debug)]
        pub struct CommandClient<'a, C>(pub mm::BlockClient<'a, C>);
        impl<'a, C: mm::Reader + mm::Writer> CommandClient<'a, C> {
            /// Reads every readable register of the `command` instance in as few requests as the planner allows.
            pub fn read(
                &mut self,
            ) -> impl ::core::future::Future<
                Output = mm::ModbusResult<Command>,
            > + use<'_, 'a, C> {
                self.0.read_block()
            }
            mm::register_fns!(
                read_set_heater_step, write_set_heater_step, 0, u8,
                "`command.set_heater_step`: Switch heaters on / off: heater step 0-7 in the low byte (MODBUS_CMD_SET_HEATER_STEP); cleared after 60 s without a client (0 ..= 7, since 2.0.1)"
            );
            mm::register_fns!(
                read_load_setpoint_value, write_load_setpoint_value, 1, i16,
                "`command.load_setpoint_value`: Load setpoint (250-30000 W) for automatic setting of the optimum power level of the ASKOHEAT+ (MODBUS_CMD_LOAD_SETPOINT_VALUE) (W, 0 ..= 30000, since 2.3.1)"
            );
            mm::register_fns!(
                read_load_feedin_value, write_load_feedin_value, 2, i16,
                "`command.load_feedin_value`: Use case power to heat: negative values (grid feed-in) activate thermal storage, ASKOHEAT+ automatically switches to the correct level; positive values switch it off (MODBUS_CMD_LOAD_FEEDIN_VALUE) (W, -30000 ..= 30000, since 4.2.1)"
            );
        }
        /// Commands for service and support or during setup (write only).
        #[derive(Debug, Clone, PartialEq)]
        pub struct Service {}
        mm::block_decode!(Service {});
        /// The registers of one instance of block `service`, read and written one by one or whole.
        #[derive(Debug)]
        pub struct ServiceClient<'a, C>(pub mm::BlockClient<'a, C>);
        impl<'a, C: mm::Reader + mm::Writer> ServiceClient<'a, C> {
            mm::register_fns!(
                _, write_reset, 0, u16,
                "`service.reset`: Rebooting of ASKOHEAT+ (MODBUS_CMD_RESET) (since 3.0.1, self-clearing command)"
            );
            mm::register_fns!(
                _, write_reconfig, 1, u16,
                "`service.reconfig`: Return to factory setting, user must make network setting again (MODBUS_CMD_RECONFIG) (since 3.0.1, safety-relevant, self-clearing command)"
            );
            mm::register_fns!(
                _, write_identify, 2, u16,
                "`service.identify`: All LEDs flash for 20 seconds for identification purposes (MODBUS_CMD_IDENTIFY) (since 3.0.1, self-clearing command)"
            );
            mm::register_fns!(
                _, write_clear_temp_sensor_error, 3, u16,
                "`service.clear_temp_sensor_error`: Clears remembered temperature sensors after any temperature sensor error (MODBUS_CMD_CLEAR_TEMP_SENSOR_ERROR) (since 3.0.1, self-clearing command)"
            );
        }
        /// All values an energy manager needs, in one block.
        #[derive(Debug, Clone, PartialEq)]
        pub struct Energymanager {
            /// `energymanager.id`: Serial number (MODBUS_EMA_ID, same as MODBUS_PAR_ID) (since 3.1.1)
            pub id: ::core::option::Option<mm::String>,
            /// `energymanager.status`: Read status of ASKOHEAT+ (MODBUS_EMA_STATUS, same as MODBUS_VAL_STATUS) (since 3.1.1)
            pub status: ::core::option::Option<ShortDataStatus>,
            /// `energymanager.heater_load`: Actual electrical heater load (MODBUS_EMA_HEATER_LOAD, same as MODBUS_VAL_HEATER_LOAD) (W, 0 ..= 30000, since 3.1.1)
            pub heater_load: ::core::option::Option<u16>,
            /// `energymanager.set_heater_step`: Switch heaters on / off (MODBUS_EMA_SET_HEATER_STEP, same as MODBUS_CMD_SET_HEATER_STEP) (0 ..= 7, since 3.1.1)
            pub set_heater_step: ::core::option::Option<u8>,
            /// `energymanager.load_setpoint_value`: Load setpoint for automatic setting of the optimum power level (MODBUS_EMA_LOAD_SETPOINT_VALUE, same as MODBUS_CMD_LOAD_SETPOINT_VALUE) (W, 0 ..= 30000, since 3.1.1)
            pub load_setpoint_value: ::core::option::Option<i16>,
            /// `energymanager.load_feedin_value`: Use case power to heat: negative values activate thermal storage (MODBUS_EMA_LOAD_FEEDIN_VALUE, same as MODBUS_CMD_LOAD_FEEDIN_VALUE) (W, -30000 ..= 30000, since 4.2.1)
            pub load_feedin_value: ::core::option::Option<i16>,
            /// `energymanager.emergency_mode`: Emergency mode (MODBUS_EMA_EMERGENCY_MODE, same as MODBUS_IREG_EMG) (since 3.1.1)
            pub emergency_mode: ::core::option::Option<ShortDataEmg>,
            /// `energymanager.heat_pump_request`: Indicates the digital input signal heat pump request (MODBUS_EMA_HEAT_PUMP_REQUEST) (since 3.1.1)
            pub heat_pump_request: ::core::option::Option<ShortDataEmg>,
            /// `energymanager.analog_input_float`: Analog input 0-10 V (MODBUS_EMA_ANALOG_INPUT_FLOAT, same as MODBUS_EXT_ANALOG_INPUT_FLOAT) (V, 0 ..= 10, since 3.1.1)
            pub analog_input_float: ::core::option::Option<f32>,
            /// `energymanager.temperature_float_sensor0`: Temperature of sensor 0, integrated in ASKOHEAT+ PT1000 (MODBUS_EMA_TEMPERATURE_FLOAT_SENSOR0, same as MODBUS_EXT_TEMPERATURE_FLOAT_SENSOR0) (°C, since 3.1.1)
            pub temperature_float_sensor0: ::core::option::Option<f32>,
            /// `energymanager.temperature_float_sensor1`: Temperature of sensor 1, optional external PT1000 (MODBUS_EMA_TEMPERATURE_FLOAT_SENSOR1, same as MODBUS_EXT_TEMPERATURE_FLOAT_SENSOR1) (°C, since 3.1.1)
            pub temperature_float_sensor1: ::core::option::Option<f32>,
            /// `energymanager.temperature_float_sensor2`: Temperature of sensor 2, optional external PT1000 (MODBUS_EMA_TEMPERATURE_FLOAT_SENSOR2, same as MODBUS_EXT_TEMPERATURE_FLOAT_SENSOR2) (°C, since 3.1.1)
            pub temperature_float_sensor2: ::core::option::Option<f32>,
            /// `energymanager.temperature_float_sensor3`: Temperature of sensor 3, optional external PT1000 (MODBUS_EMA_TEMPERATURE_FLOAT_SENSOR3, same as MODBUS_EXT_TEMPERATURE_FLOAT_SENSOR3) (°C, since 3.1.1)
            pub temperature_float_sensor3: ::core::option::Option<f32>,
            /// `energymanager.temperature_float_sensor4`: Temperature of sensor 4, optional external PT1000 (MODBUS_EMA_TEMPERATURE_FLOAT_SENSOR4, same as MODBUS_EXT_TEMPERATURE_FLOAT_SENSOR4) (°C, since 3.1.1)
            pub temperature_float_sensor4: ::core::option::Option<f32>,
            /// `energymanager.temperature_float_sensor5`: Temperature of sensor 5, this sensor is not implemented yet (MODBUS_EMA_TEMPERATURE_FLOAT_SENSOR5) (°C, since 3.1.1)
            pub temperature_float_sensor5: ::core::option::Option<f32>,
        }
        mm::block_decode!(
            Energymanager { id 0 since, status 1 since, heater_load 2 since, set_heater_step 3
            since, load_setpoint_value 4 since, load_feedin_value 5 since, emergency_mode 6
            since, heat_pump_request 7 since, analog_input_float 8 since,
            temperature_float_sensor0 9 since, temperature_float_sensor1 10 since,
            temperature_float_sensor2 11 since, temperature_float_sensor3 12 since,
            temperature_float_sensor4 13 since, temperature_float_sensor5 14 since }
        );
        /// The registers of one instance of block `energymanager`, read and written one by one or whole.
        #[derive(Debug)]
        pub struct EnergymanagerClient<'a, C>(pub mm::BlockClient<'a, C>);
        impl<'a, C: mm::Reader + mm::Writer> EnergymanagerClient<'a, C> {
            /// Reads every readable register of the `energymanager` instance in as few requests as the planner allows.
            pub fn read(
                &mut self,
            ) -> impl ::core::future::Future<
                Output = mm::ModbusResult<Energymanager>,
            > + use<'_, 'a, C> {
                self.0.read_block()
            }
            mm::register_fns!(
                read_id, _, 0, str,
                "`energymanager.id`: Serial number (MODBUS_EMA_ID, same as MODBUS_PAR_ID) (since 3.1.1)"
            );
            mm::register_fns!(
                read_status, _, 1, ShortDataStatus,
                "`energymanager.status`: Read status of ASKOHEAT+ (MODBUS_EMA_STATUS, same as MODBUS_VAL_STATUS) (since 3.1.1)"
            );
            mm::register_fns!(
                read_heater_load, _, 2, u16,
                "`energymanager.heater_load`: Actual electrical heater load (MODBUS_EMA_HEATER_LOAD, same as MODBUS_VAL_HEATER_LOAD) (W, 0 ..= 30000, since 3.1.1)"
            );
            mm::register_fns!(
                read_set_heater_step, _, 3, u8,
                "`energymanager.set_heater_step`: Switch heaters on / off (MODBUS_EMA_SET_HEATER_STEP, same as MODBUS_CMD_SET_HEATER_STEP) (0 ..= 7, since 3.1.1)"
            );
            mm::register_fns!(
                read_load_setpoint_value, _, 4, i16,
                "`energymanager.load_setpoint_value`: Load setpoint for automatic setting of the optimum power level (MODBUS_EMA_LOAD_SETPOINT_VALUE, same as MODBUS_CMD_LOAD_SETPOINT_VALUE) (W, 0 ..= 30000, since 3.1.1)"
            );
            mm::register_fns!(
                read_load_feedin_value, _, 5, i16,
                "`energymanager.load_feedin_value`: Use case power to heat: negative values activate thermal storage (MODBUS_EMA_LOAD_FEEDIN_VALUE, same as MODBUS_CMD_LOAD_FEEDIN_VALUE) (W, -30000 ..= 30000, since 4.2.1)"
            );
            mm::register_fns!(
                read_emergency_mode, _, 6, ShortDataEmg,
                "`energymanager.emergency_mode`: Emergency mode (MODBUS_EMA_EMERGENCY_MODE, same as MODBUS_IREG_EMG) (since 3.1.1)"
            );
            mm::register_fns!(
                read_heat_pump_request, _, 7, ShortDataEmg,
                "`energymanager.heat_pump_request`: Indicates the digital input signal heat pump request (MODBUS_EMA_HEAT_PUMP_REQUEST) (since 3.1.1)"
            );
            mm::register_fns!(
                read_analog_input_float, _, 8, f32,
                "`energymanager.analog_input_float`: Analog input 0-10 V (MODBUS_EMA_ANALOG_INPUT_FLOAT, same as MODBUS_EXT_ANALOG_INPUT_FLOAT) (V, 0 ..= 10, since 3.1.1)"
            );
            mm::register_fns!(
                read_temperature_float_sensor0, _, 9, f32,
                "`energymanager.temperature_float_sensor0`: Temperature of sensor 0, integrated in ASKOHEAT+ PT1000 (MODBUS_EMA_TEMPERATURE_FLOAT_SENSOR0, same as MODBUS_EXT_TEMPERATURE_FLOAT_SENSOR0) (°C, since 3.1.1)"
            );
            mm::register_fns!(
                read_temperature_float_sensor1, _, 10, f32,
                "`energymanager.temperature_float_sensor1`: Temperature of sensor 1, optional external PT1000 (MODBUS_EMA_TEMPERATURE_FLOAT_SENSOR1, same as MODBUS_EXT_TEMPERATURE_FLOAT_SENSOR1) (°C, since 3.1.1)"
            );
            mm::register_fns!(
                read_temperature_float_sensor2, _, 11, f32,
                "`energymanager.temperature_float_sensor2`: Temperature of sensor 2, optional external PT1000 (MODBUS_EMA_TEMPERATURE_FLOAT_SENSOR2, same as MODBUS_EXT_TEMPERATURE_FLOAT_SENSOR2) (°C, since 3.1.1)"
            );
            mm::register_fns!(
                read_temperature_float_sensor3, _, 12, f32,
                "`energymanager.temperature_float_sensor3`: Temperature of sensor 3, optional external PT1000 (MODBUS_EMA_TEMPERATURE_FLOAT_SENSOR3, same as MODBUS_EXT_TEMPERATURE_FLOAT_SENSOR3) (°C, since 3.1.1)"
            );
            mm::register_fns!(
                read_temperature_float_sensor4, _, 13, f32,
                "`energymanager.temperature_float_sensor4`: Temperature of sensor 4, optional external PT1000 (MODBUS_EMA_TEMPERATURE_FLOAT_SENSOR4, same as MODBUS_EXT_TEMPERATURE_FLOAT_SENSOR4) (°C, since 3.1.1)"
            );
            mm::register_fns!(
                read_temperature_float_sensor5, _, 14, f32,
                "`energymanager.temperature_float_sensor5`: Temperature of sensor 5, this sensor is not implemented yet (MODBUS_EMA_TEMPERATURE_FLOAT_SENSOR5) (°C, since 3.1.1)"
            );
        }
        /// The three writable registers of the Energymanager Block, served as holding registers too.
        #[derive(Debug, Clone, PartialEq)]
        pub struct EnergymanagerWrite {
            /// `energymanager_write.set_heater_step`: Switch heaters on / off (MODBUS_EMA_SET_HEATER_STEP, same as MODBUS_CMD_SET_HEATER_STEP) (0 ..= 7, since 3.1.1)
            pub set_heater_step: ::core::option::Option<u8>,
            /// `energymanager_write.load_setpoint_value`: Load setpoint (MODBUS_EMA_LOAD_SETPOINT_VALUE, same as MODBUS_CMD_LOAD_SETPOINT_VALUE) (W, 0 ..= 30000, since 3.1.1)
            pub load_setpoint_value: ::core::option::Option<i16>,
            /// `energymanager_write.load_feedin_value`: Load feed-in value (MODBUS_EMA_LOAD_FEEDIN_VALUE, same as MODBUS_CMD_LOAD_FEEDIN_VALUE) (W, -30000 ..= 30000, since 4.2.1)
            pub load_feedin_value: ::core::option::Option<i16>,
        }
        mm::block_decode!(
            EnergymanagerWrite { set_heater_step 0 since, load_setpoint_value 1 since,
            load_feedin_value 2 since }
        );
        /// The registers of one instance of block `energymanager_write`, read and written one by one or whole.
        #[derive(Debug)]
        pub struct EnergymanagerWriteClient<'a, C>(pub mm::BlockClient<'a, C>);
        impl<'a, C: mm::Reader + mm::Writer> EnergymanagerWriteClient<'a, C> {
            /// Reads every readable register of the `energymanager_write` instance in as few requests as the planner allows.
            pub fn read(
                &mut self,
            ) -> impl ::core::future::Future<
                Output = mm::ModbusResult<EnergymanagerWrite>,
            > + use<'_, 'a, C> {
                self.0.read_block()
            }
            mm::register_fns!(
                read_set_heater_step, write_set_heater_step, 0, u8,
                "`energymanager_write.set_heater_step`: Switch heaters on / off (MODBUS_EMA_SET_HEATER_STEP, same as MODBUS_CMD_SET_HEATER_STEP) (0 ..= 7, since 3.1.1)"
            );
            mm::register_fns!(
                read_load_setpoint_value, write_load_setpoint_value, 1, i16,
                "`energymanager_write.load_setpoint_value`: Load setpoint (MODBUS_EMA_LOAD_SETPOINT_VALUE, same as MODBUS_CMD_LOAD_SETPOINT_VALUE) (W, 0 ..= 30000, since 3.1.1)"
            );
            mm::register_fns!(
                read_load_feedin_value, write_load_feedin_value, 2, i16,
                "`energymanager_write.load_feedin_value`: Load feed-in value (MODBUS_EMA_LOAD_FEEDIN_VALUE, same as MODBUS_CMD_LOAD_FEEDIN_VALUE) (W, -30000 ..= 30000, since 4.2.1)"
            );
        }
        /// Device configuration, serial number and versions, preset at the factory.
        #[derive(Debug, Clone, PartialEq)]
        pub struct Parameters {
            /// `parameters.id`: Serial number (MODBUS_PAR_ID) (since 2.2.1)
            pub id: ::core::option::Option<mm::String>,
            /// `parameters.device_type`: Type of ASKOHEAT+ (MODBUS_PAR_TYPE; renamed because `type` is a Rust and Python keyword) (since 3.0.1)
            pub device_type: ::core::option::Option<ParametersDeviceType>,
            /// `parameters.heater1_power`: Electrical power of heater 1 (MODBUS_PAR_HEATER1_POWER) (W, 250 ..= 10000, since 2.3.1)
            pub heater1_power: ::core::option::Option<u16>,
            /// `parameters.heater2_power`: Electrical power of heater 2 (MODBUS_PAR_HEATER2_POWER) (W, 250 ..= 10000, since 2.3.1)
            pub heater2_power: ::core::option::Option<u16>,
            /// `parameters.heater3_power`: Electrical power of heater 3 (MODBUS_PAR_HEATER3_POWER) (W, 250 ..= 10000, since 2.3.1)
            pub heater3_power: ::core::option::Option<u16>,
            /// `parameters.article_number`: Manufacturer article number (MODBUS_PAR_ARTICLE_NUMBER) (since 3.0.1)
            pub article_number: ::core::option::Option<mm::String>,
            /// `parameters.article_name`: Article description (MODBUS_PAR_ARTICLE_NAME) (since 3.0.1)
            pub article_name: ::core::option::Option<mm::String>,
            /// `parameters.software_version`: Software release number, e.g. 1.2.3 (MODBUS_PAR_SOFTWARE_VERSION) (since 2.2.1)
            pub software_version: ::core::option::Option<mm::String>,
            /// `parameters.hardware_version`: Type and version of hardware (MODBUS_PAR_HARDWARE_VERSION) (since 3.0.1)
            pub hardware_version: ::core::option::Option<mm::String>,
            /// `parameters.heater4_power`: Electrical power of heater 4 (not in the document; HA PAR_HEATER4_POWER) (W)
            pub heater4_power: u16,
            /// `parameters.heater5_power`: Electrical power of heater 5 (not in the document; HA PAR_HEATER5_POWER) (W)
            pub heater5_power: u16,
            /// `parameters.heater6_power`: Electrical power of heater 6 (not in the document; HA PAR_HEATER6_POWER) (W)
            pub heater6_power: u16,
            /// `parameters.number_of_steps`: Number of heater steps (not in the document; HA PAR_NUMBER_OF_STEPS)
            pub number_of_steps: u16,
            /// `parameters.number_of_heater`: Number of heaters (not in the document; HA PAR_NUMBER_OF_HEATER)
            pub number_of_heater: u16,
            /// `parameters.max_power`: Maximum power (not in the document; HA PAR_MAX_POWER) (W)
            pub max_power: u16,
        }
        mm::block_decode!(
            Parameters { id 0 since, device_type 1 since, heater1_power 2 since, heater2_power 3
            since, heater3_power 4 since, article_number 5 since, article_name 6 since,
            software_version 7 since, hardware_version 8 since, heater4_power 9, heater5_power
            10, heater6_power 11, number_of_steps 12, number_of_heater 13, max_power 14 }
        );
        /// The registers of one instance of block `parameters`, read and written one by one or whole.
        #[derive(Debug)]
        pub struct ParametersClient<'a, C>(pub mm::BlockClient<'a, C>);
        impl<'a, C: mm::Reader + mm::Writer> ParametersClient<'a, C> {
            /// Reads every readable register of the `parameters` instance in as few requests as the planner allows.
            pub fn read(
                &mut self,
            ) -> impl ::core::future::Future<
                Output = mm::ModbusResult<Parameters>,
            > + use<'_, 'a, C> {
                self.0.read_block()
            }
            mm::register_fns!(
                read_id, _, 0, str,
                "`parameters.id`: Serial number (MODBUS_PAR_ID) (since 2.2.1)"
            );
            mm::register_fns!(
                read_device_type, _, 1, ParametersDeviceType,
                "`parameters.device_type`: Type of ASKOHEAT+ (MODBUS_PAR_TYPE; renamed because `type` is a Rust and Python keyword) (since 3.0.1)"
            );
            mm::register_fns!(
                read_heater1_power, _, 2, u16,
                "`parameters.heater1_power`: Electrical power of heater 1 (MODBUS_PAR_HEATER1_POWER) (W, 250 ..= 10000, since 2.3.1)"
            );
            mm::register_fns!(
                read_heater2_power, _, 3, u16,
                "`parameters.heater2_power`: Electrical power of heater 2 (MODBUS_PAR_HEATER2_POWER) (W, 250 ..= 10000, since 2.3.1)"
            );
            mm::register_fns!(
                read_heater3_power, _, 4, u16,
                "`parameters.heater3_power`: Electrical power of heater 3 (MODBUS_PAR_HEATER3_POWER) (W, 250 ..= 10000, since 2.3.1)"
            );
            mm::register_fns!(
                read_article_number, _, 5, str,
                "`parameters.article_number`: Manufacturer article number (MODBUS_PAR_ARTICLE_NUMBER) (since 3.0.1)"
            );
            mm::register_fns!(
                read_article_name, _, 6, str,
                "`parameters.article_name`: Article description (MODBUS_PAR_ARTICLE_NAME) (since 3.0.1)"
            );
            mm::register_fns!(
                read_software_version, _, 7, str,
                "`parameters.software_version`: Software release number, e.g. 1.2.3 (MODBUS_PAR_SOFTWARE_VERSION) (since 2.2.1)"
            );
            mm::register_fns!(
                read_hardware_version, _, 8, str,
                "`parameters.hardware_version`: Type and version of hardware (MODBUS_PAR_HARDWARE_VERSION) (since 3.0.1)"
            );
            mm::register_fns!(
                read_heater4_power, _, 9, u16,
                "`parameters.heater4_power`: Electrical power of heater 4 (not in the document; HA PAR_HEATER4_POWER) (W)"
            );
            mm::register_fns!(
                read_heater5_power, _, 10, u16,
                "`parameters.heater5_power`: Electrical power of heater 5 (not in the document; HA PAR_HEATER5_POWER) (W)"
            );
            mm::register_fns!(
                read_heater6_power, _, 11, u16,
                "`parameters.heater6_power`: Electrical power of heater 6 (not in the document; HA PAR_HEATER6_POWER) (W)"
            );
            mm::register_fns!(
                read_number_of_steps, _, 12, u16,
                "`parameters.number_of_steps`: Number of heater steps (not in the document; HA PAR_NUMBER_OF_STEPS)"
            );
            mm::register_fns!(
                read_number_of_heater, _, 13, u16,
                "`parameters.number_of_heater`: Number of heaters (not in the document; HA PAR_NUMBER_OF_HEATER)"
            );
            mm::register_fns!(
                read_max_power, _, 14, u16,
                "`parameters.max_power`: Maximum power (not in the document; HA PAR_MAX_POWER) (W)"
            );
        }
        /// Configuration area: legionella protection, use of inputs, pump run-on time, info string, Modbus RTU, analog-input thresholds and temperature limits.
        #[derive(Debug, Clone, PartialEq)]
        pub struct Configuration {
            /// `configuration.relay_sec_count`: Switch-on inhibit of relays, factory setting 5 seconds (MODBUS_CON_RELAY_SEC_COUNT) (s, 0 ..= 16, since 2.2.1)
            pub relay_sec_count: ::core::option::Option<u16>,
            /// `configuration.pump_sec_count`: Pump follow-up time after switching off any heater, factory setting 30 seconds (MODBUS_CON_PUMP_SEC_COUNT) (s, 0 ..= 240, since 2.2.1)
            pub pump_sec_count: ::core::option::Option<u16>,
            /// `configuration.input_setting`: Use of inputs (analog input 0-10 V, heat pump request, emergency mode, setpoint value or feed-in values) (MODBUS_CON_INPUT_SETTING) (since 2.2.1)
            pub input_setting: ::core::option::Option<ConfigurationInputSetting>,
            /// `configuration.auto_heater_off_minutes`: Cost prevention and safety function: time until the heater switches off automatically (writable since 3.0.1) (MODBUS_CON_AUTO_HEATER_OFF_MINUTES) (min, 2 ..= 10080, since 2.2.1, safety-relevant)
            pub auto_heater_off_minutes: ::core::option::Option<u16>,
            /// `configuration.auto_heater_off_setting`: Setting of the auto-off function for cost prevention and safety (writable since 3.0.1) (MODBUS_CON_AUTO_HEATER_OFF_SETTING) (since 2.2.1, safety-relevant)
            pub auto_heater_off_setting: ::core::option::Option<
                ConfigurationAutoHeaterOffSetting,
            >,
            /// `configuration.cascade_prio`: Prioritization for cascade control, version tbd (MODBUS_CON_CASCADE_PRIO) (0 ..= 255)
            pub cascade_prio: u8,
            /// `configuration.heatbuffer_type`: Type of heat buffer in which ASKOHEAT+ is installed, version tbd (MODBUS_CON_HEATBUFFER_TYPE)
            pub heatbuffer_type: ConfigurationHeatbufferType,
            /// `configuration.heatbuffer_volume`: Heat storage volume, version tbd (MODBUS_CON_HEATBUFFER_VOLUME) (L, 0 ..= 1000)
            pub heatbuffer_volume: u16,
            /// `configuration.heater_position`: Installation position of ASKOHEAT+ (ASKOWALL, middle or bottom of boiler) (MODBUS_CON_HEATER_POSITION) (since 4.1.1)
            pub heater_position: ::core::option::Option<ConfigurationHeaterPosition>,
            /// `configuration.legio_setting`: Setting of legionella protection (MODBUS_CON_LEGIO_SETTING) (since 3.0.1)
            pub legio_setting: ::core::option::Option<ConfigurationLegioSetting>,
            /// `configuration.legio_temperature`: Heat-up temperature for legionella protection (MODBUS_CON_LEGIO_TEMPERATURE) (°C, 50 ..= 65, since 3.0.1)
            pub legio_temperature: ::core::option::Option<u8>,
            /// `configuration.legio_heatup_minutes`: Heat-up time for legionella protection, default 240 (MODBUS_CON_LEGIO_HEATUP_MINUTES) (min, 0 ..= 1440, since 4.1.0)
            pub legio_heatup_minutes: ::core::option::Option<u16>,
            /// `configuration.legio_activ_time`: Preferred start time for legionella protection, if necessary if PV energy is available, e.g. "12:00 AM" (MODBUS_CON_LEGIO_ACTIV_TIME) (since 4.1.7)
            pub legio_activ_time: ::core::option::Option<mm::String>,
            /// `configuration.water_hardness`: Typical water hardness, e.g. "32 °fH", "hart", "14 °dH", version tbd (MODBUS_CON_WATER_HARDNESS)
            pub water_hardness: mm::String,
            /// `configuration.housetype`: Kind of building, version tbd (MODBUS_CON_HOUSETYPE)
            pub housetype: ConfigurationHousetype,
            /// `configuration.household_members`: Number of household members, version tbd (MODBUS_CON_HOUSEHOLD_MEMBERS) (1 ..= 255)
            pub household_members: u8,
            /// `configuration.infostring`: Free usable info string (MODBUS_CON_INFOSTRING) (since 2.3.1)
            pub infostring: ::core::option::Option<mm::String>,
            /// `configuration.advanced_setting`: Flags used for future advanced functions, version tbd (MODBUS_CON_ADVANCED_SETTING)
            pub advanced_setting: u8,
            /// `configuration.load_feedin_delay`: Switch-on delay time in load feed-in mode (MODBUS_CON_LOAD_FEEDIN_DELAY) (s, 0 ..= 120, since 4.2.1)
            pub load_feedin_delay: ::core::option::Option<u16>,
            /// `configuration.load_feedin_bias`: Bias level = basic energy level in feed-in mode (MODBUS_CON_LOAD_FEEDIN_BIAS; the document says 540) (W, 0 ..= 10000, since 4.2.1)
            pub load_feedin_bias: ::core::option::Option<u16>,
            /// `configuration.timezone_bias`: Time zone for the real-time clock (MODBUS_CON_TIMEZONE_BIAS; the document says 540, corrected to 541) (h, -12 ..= 12, since 4.1.0)
            pub timezone_bias: ::core::option::Option<i16>,
            /// `configuration.summertime_bias`: Summer time, 1 hour offset (MODBUS_CON_SUMMERTIME_BIAS; the document says 540, corrected to 542) (0 ..= 1, since 4.1.0)
            pub summertime_bias: ::core::option::Option<i16>,
            /// `configuration.reserved`: Reserved for future features, version tbd (MODBUS_CON_RESERVED)
            pub reserved: mm::Vec<u16>,
            /// `configuration.rtu_baudrate`: Modbus RTU baud rate as text string, default 19200 (MODBUS_CON_RTU_BAUDRATE) (since 4.0.2)
            pub rtu_baudrate: ::core::option::Option<mm::String>,
            /// `configuration.rtu_setting`: Modbus RTU settings (MODBUS_CON_RTU_SETTING) (since 4.0.2)
            pub rtu_setting: ::core::option::Option<ConfigurationRtuSetting>,
            /// `configuration.rtu_slave_id`: Modbus RTU slave ID of ASKOHEAT+ or slave ID of the connected energy meter, default 99 (MODBUS_CON_RTU_SLAVE_ID) (0 ..= 240, since 4.0.2)
            pub rtu_slave_id: ::core::option::Option<u8>,
            /// `configuration.rtu_energy_meter_type`: Modbus RTU type of the connected energy meter (MODBUS_CON_RTU_ENERGY_METER_TYPE) (since 4.0.2)
            pub rtu_energy_meter_type: ::core::option::Option<u8>,
            /// `configuration.low_tariff_start_time_hour`: Low tariff start time hour (MODBUS_CON_LOW_TARIFF_START_TIME_HOUR) (h, 0 ..= 23, since 4.1.0)
            pub low_tariff_start_time_hour: ::core::option::Option<u8>,
            /// `configuration.low_tariff_start_time_minute`: Low tariff start time minute (MODBUS_CON_LOW_TARIFF_START_TIME_MINUTE) (min, 0 ..= 59, since 4.1.0)
            pub low_tariff_start_time_minute: ::core::option::Option<u8>,
            /// `configuration.low_tariff_end_time_hour`: Low tariff end time hour (MODBUS_CON_LOW_TARIFF_END_TIME_HOUR) (h, 0 ..= 23, since 4.1.0)
            pub low_tariff_end_time_hour: ::core::option::Option<u8>,
            /// `configuration.low_tariff_end_time_minute`: Low tariff end time minute (MODBUS_CON_LOW_TARIFF_END_TIME_MINUTE) (min, 0 ..= 59, since 4.1.0)
            pub low_tariff_end_time_minute: ::core::option::Option<u8>,
            /// `configuration.analog_in_hysteresis`: Hysteresis voltage: after the threshold value has been reached, it must be undercut by at least the hysteresis value (MODBUS_CON_ANALOG_IN_HYSTERESIS) (V, 0 ..= 10, since 4.1.0)
            pub analog_in_hysteresis: ::core::option::Option<f32>,
            /// `configuration.analog_in_0_threshold`: Threshold 0 voltage (this value must be reached to activate the heater step value, until the temperature is reached) (MODBUS_CON_ANALOG_IN_0_THRESHOLD) (V, 0 ..= 10, since 4.1.0)
            pub analog_in_0_threshold: ::core::option::Option<f32>,
            /// `configuration.analog_in_0_threshold_step`: Threshold 0 heater step, if the threshold value is reached (MODBUS_CON_ANALOG_IN_0_THRESHOLD_STEP) (0 ..= 7, since 4.1.0)
            pub analog_in_0_threshold_step: ::core::option::Option<u8>,
            /// `configuration.analog_in_0_threshold_temp`: Threshold 0 temperature limit, used if temperature control is activated (MODBUS_CON_ANALOG_IN_0_THRESHOLD_TEMP) (°C, 0 ..= 95, since 4.1.0)
            pub analog_in_0_threshold_temp: ::core::option::Option<u8>,
            /// `configuration.analog_in_1_threshold`: Threshold 1 voltage (MODBUS_CON_ANALOG_IN_1_THRESHOLD) (V, 0 ..= 10, since 4.1.0)
            pub analog_in_1_threshold: ::core::option::Option<f32>,
            /// `configuration.analog_in_1_threshold_step`: Threshold 1 heater step, if the threshold value is reached (MODBUS_CON_ANALOG_IN_1_THRESHOLD_STEP) (0 ..= 7, since 4.1.0)
            pub analog_in_1_threshold_step: ::core::option::Option<u8>,
            /// `configuration.analog_in_1_threshold_temp`: Threshold 1 temperature limit, used if temperature control is activated (MODBUS_CON_ANALOG_IN_1_THRESHOLD_TEMP) (°C, 0 ..= 95, since 4.1.0)
            pub analog_in_1_threshold_temp: ::core::option::Option<u8>,
            /// `configuration.analog_in_2_threshold`: Threshold 2 voltage (MODBUS_CON_ANALOG_IN_2_THRESHOLD) (V, 0 ..= 10, since 4.1.0)
            pub analog_in_2_threshold: ::core::option::Option<f32>,
            /// `configuration.analog_in_2_threshold_step`: Threshold 2 heater step, if the threshold value is reached (MODBUS_CON_ANALOG_IN_2_THRESHOLD_STEP) (0 ..= 7, since 4.1.0)
            pub analog_in_2_threshold_step: ::core::option::Option<u8>,
            /// `configuration.analog_in_2_threshold_temp`: Threshold 2 temperature limit, used if temperature control is activated (MODBUS_CON_ANALOG_IN_2_THRESHOLD_TEMP) (°C, 0 ..= 95, since 4.1.0)
            pub analog_in_2_threshold_temp: ::core::option::Option<u8>,
            /// `configuration.analog_in_3_threshold`: Threshold 3 voltage (MODBUS_CON_ANALOG_IN_3_THRESHOLD) (V, 0 ..= 10, since 4.1.0)
            pub analog_in_3_threshold: ::core::option::Option<f32>,
            /// `configuration.analog_in_3_threshold_step`: Threshold 3 heater step, if the threshold value is reached (MODBUS_CON_ANALOG_IN_3_THRESHOLD_STEP) (0 ..= 7, since 4.1.0)
            pub analog_in_3_threshold_step: ::core::option::Option<u8>,
            /// `configuration.analog_in_3_threshold_temp`: Threshold 3 temperature limit, used if temperature control is activated (MODBUS_CON_ANALOG_IN_3_THRESHOLD_TEMP) (°C, 0 ..= 95, since 4.1.0)
            pub analog_in_3_threshold_temp: ::core::option::Option<u8>,
            /// `configuration.analog_in_4_threshold`: Threshold 4 voltage (MODBUS_CON_ANALOG_IN_4_THRESHOLD) (V, 0 ..= 10, since 4.1.0)
            pub analog_in_4_threshold: ::core::option::Option<f32>,
            /// `configuration.analog_in_4_threshold_step`: Threshold 4 heater step, if the threshold value is reached (MODBUS_CON_ANALOG_IN_4_THRESHOLD_STEP) (0 ..= 7, since 4.1.0)
            pub analog_in_4_threshold_step: ::core::option::Option<u8>,
            /// `configuration.analog_in_4_threshold_temp`: Threshold 4 temperature limit, used if temperature control is activated (MODBUS_CON_ANALOG_IN_4_THRESHOLD_TEMP) (°C, 0 ..= 95, since 4.1.0)
            pub analog_in_4_threshold_temp: ::core::option::Option<u8>,
            /// `configuration.analog_in_5_threshold`: Threshold 5 voltage (MODBUS_CON_ANALOG_IN_5_THRESHOLD) (V, 0 ..= 10, since 4.1.0)
            pub analog_in_5_threshold: ::core::option::Option<f32>,
            /// `configuration.analog_in_5_threshold_step`: Threshold 5 heater step, if the threshold value is reached (MODBUS_CON_ANALOG_IN_5_THRESHOLD_STEP) (0 ..= 7, since 4.1.0)
            pub analog_in_5_threshold_step: ::core::option::Option<u8>,
            /// `configuration.analog_in_5_threshold_temp`: Threshold 5 temperature limit, used if temperature control is activated (MODBUS_CON_ANALOG_IN_5_THRESHOLD_TEMP) (°C, 0 ..= 95, since 4.1.0)
            pub analog_in_5_threshold_temp: ::core::option::Option<u8>,
            /// `configuration.analog_in_6_threshold`: Threshold 6 voltage (MODBUS_CON_ANALOG_IN_6_THRESHOLD) (V, 0 ..= 10, since 4.1.0)
            pub analog_in_6_threshold: ::core::option::Option<f32>,
            /// `configuration.analog_in_6_threshold_step`: Threshold 6 heater step, if the threshold value is reached (MODBUS_CON_ANALOG_IN_6_THRESHOLD_STEP) (0 ..= 7, since 4.1.0)
            pub analog_in_6_threshold_step: ::core::option::Option<u8>,
            /// `configuration.analog_in_6_threshold_temp`: Threshold 6 temperature limit, used if temperature control is activated (MODBUS_CON_ANALOG_IN_6_THRESHOLD_TEMP) (°C, 0 ..= 95, since 4.1.0)
            pub analog_in_6_threshold_temp: ::core::option::Option<u8>,
            /// `configuration.analog_in_7_threshold`: Threshold 7 voltage (MODBUS_CON_ANALOG_IN_7_THRESHOLD) (V, 0 ..= 10, since 4.1.0)
            pub analog_in_7_threshold: ::core::option::Option<f32>,
            /// `configuration.analog_in_7_threshold_step`: Threshold 7 heater step, if the threshold value is reached (MODBUS_CON_ANALOG_IN_7_THRESHOLD_STEP) (0 ..= 7, since 4.1.0)
            pub analog_in_7_threshold_step: ::core::option::Option<u8>,
            /// `configuration.analog_in_7_threshold_temp`: Threshold 7 temperature limit, used if temperature control is activated (MODBUS_CON_ANALOG_IN_7_THRESHOLD_TEMP) (°C, 0 ..= 95, since 4.1.0)
            pub analog_in_7_threshold_temp: ::core::option::Option<u8>,
            /// `configuration.heat_pump_request_off_step`: Heater step if the digital input (heat pump request) is open (MODBUS_CON_HEAT_PUMP_REQUEST_OFF_STEP) (0 ..= 7, since 4.1.0)
            pub heat_pump_request_off_step: ::core::option::Option<u8>,
            /// `configuration.heat_pump_request_on_step`: Heater step if the digital input (heat pump request) is closed (MODBUS_CON_HEAT_PUMP_REQUEST_ON_STEP) (0 ..= 7, since 4.1.0)
            pub heat_pump_request_on_step: ::core::option::Option<u8>,
            /// `configuration.emergency_mode_on_step`: Heater step if emergency mode is active (MODBUS_CON_EMERGENCY_MODE_ON_STEP) (0 ..= 7, since 4.1.0)
            pub emergency_mode_on_step: ::core::option::Option<u8>,
            /// `configuration.temperature_hysteresis`: Temperature hysteresis, if temperature control is activated (MODBUS_CON_TEMPERATURE_HYSTERESIS) (°C, 0 ..= 95, since 4.1.0)
            pub temperature_hysteresis: ::core::option::Option<u8>,
            /// `configuration.temperature_setting`: Selection of temperature sensors for temperature monitoring (MODBUS_CON_TEMPERATURE_SETTING) (since 4.1.0)
            pub temperature_setting: ::core::option::Option<ConfigurationTemperatureSetting>,
            /// `configuration.temperature_minimum`: Temperature limit used to hold minimal temperature (MODBUS_CON_TEMPERATURE_MINIMUM) (°C, 0 ..= 95, since 4.1.0)
            pub temperature_minimum: ::core::option::Option<u8>,
            /// `configuration.temperature_set_heater_step`: Temperature limit if controlled by Set Heater Step (MODBUS_CON_TEMPERATURE_SET_HEATER_STEP) (°C, 0 ..= 95, since 4.1.0)
            pub temperature_set_heater_step: ::core::option::Option<u8>,
            /// `configuration.temperature_load_setpoint`: Temperature limit if controlled by Load Setpoint or Load Feedin respectively SMA SEMP or SENEC.Home (MODBUS_CON_TEMPERATURE_LOAD_SETPOINT) (°C, 0 ..= 95, since 4.1.0)
            pub temperature_load_setpoint: ::core::option::Option<u8>,
            /// `configuration.temperature_low_tariff`: Temperature limit if low tariff mode is active (MODBUS_CON_TEMPERATURE_LOW_TARIFF) (°C, 0 ..= 95, since 4.1.0)
            pub temperature_low_tariff: ::core::option::Option<u8>,
            /// `configuration.temperature_heat_pump_request`: Temperature limit if controlled by Heat Pump Request (digital input) or Emergency Mode (MODBUS_CON_TEMPERATURE_HEAT_PUMP_REQUEST) (°C, 0 ..= 95, since 4.1.0)
            pub temperature_heat_pump_request: ::core::option::Option<u8>,
        }
        mm::block_decode!(
            Configuration { relay_sec_count 0 since, pump_sec_count 1 since, input_setting 2
            since, auto_heater_off_minutes 3 since, auto_heater_off_setting 4 since, cascade_prio
            5, heatbuffer_type 6, heatbuffer_volume 7, heater_position 8 since, legio_setting 9
            since, legio_temperature 10 since, legio_heatup_minutes 11 since, legio_activ_time 12
            since, water_hardness 13, housetype 14, household_members 15, infostring 16 since,
            advanced_setting 17, load_feedin_delay 18 since, load_feedin_bias 19 since,
            timezone_bias 20 since, summertime_bias 21 since, reserved 22, rtu_baudrate 23 since,
            rtu_setting 24 since, rtu_slave_id 25 since, rtu_energy_meter_type 26 since,
            low_tariff_start_time_hour 27 since, low_tariff_start_time_minute 28 since,
            low_tariff_end_time_hour 29 since, low_tariff_end_time_minute 30 since,
            analog_in_hysteresis 31 since, analog_in_0_threshold 32 since,
            analog_in_0_threshold_step 33 since, analog_in_0_threshold_temp 34 since,
            analog_in_1_threshold 35 since, analog_in_1_threshold_step 36 since,
            analog_in_1_threshold_temp 37 since, analog_in_2_threshold 38 since,
            analog_in_2_threshold_step 39 since, analog_in_2_threshold_temp 40 since,
            analog_in_3_threshold 41 since, analog_in_3_threshold_step 42 since,
            analog_in_3_threshold_temp 43 since, analog_in_4_threshold 44 since,
            analog_in_4_threshold_step 45 since, analog_in_4_threshold_temp 46 since,
            analog_in_5_threshold 47 since, analog_in_5_threshold_step 48 since,
            analog_in_5_threshold_temp 49 since, analog_in_6_threshold 50 since,
            analog_in_6_threshold_step 51 since, analog_in_6_threshold_temp 52 since,
            analog_in_7_threshold 53 since, analog_in_7_threshold_step 54 since,
            analog_in_7_threshold_temp 55 since, heat_pump_request_off_step 56 since,
            heat_pump_request_on_step 57 since, emergency_mode_on_step 58 since,
            temperature_hysteresis 59 since, temperature_setting 60 since, temperature_minimum 61
            since, temperature_set_heater_step 62 since, temperature_load_setpoint 63 since,
            temperature_low_tariff 64 since, temperature_heat_pump_request 65 since }
        );
        /// The registers of one instance of block `configuration`, read and written one by one or whole.
        #[derive(Debug)]
        pub struct ConfigurationClient<'a, C>(pub mm::BlockClient<'a, C>);
        impl<'a, C: mm::Reader + mm::Writer> ConfigurationClient<'a, C> {
            /// Reads every readable register of the `configuration` instance in as few requests as the planner allows.
            pub fn read(
                &mut self,
            ) -> impl ::core::future::Future<
                Output = mm::ModbusResult<Configuration>,
            > + use<'_, 'a, C> {
                self.0.read_block()
            }
            mm::register_fns!(
                read_relay_sec_count, write_relay_sec_count, 0, u16,
                "`configuration.relay_sec_count`: Switch-on inhibit of relays, factory setting 5 seconds (MODBUS_CON_RELAY_SEC_COUNT) (s, 0 ..= 16, since 2.2.1)"
            );
            mm::register_fns!(
                read_pump_sec_count, write_pump_sec_count, 1, u16,
                "`configuration.pump_sec_count`: Pump follow-up time after switching off any heater, factory setting 30 seconds (MODBUS_CON_PUMP_SEC_COUNT) (s, 0 ..= 240, since 2.2.1)"
            );
            mm::register_fns!(
                read_input_setting, write_input_setting, 2, ConfigurationInputSetting,
                "`configuration.input_setting`: Use of inputs (analog input 0-10 V, heat pump request, emergency mode, setpoint value or feed-in values) (MODBUS_CON_INPUT_SETTING) (since 2.2.1)"
            );
            mm::register_fns!(
                read_auto_heater_off_minutes, write_auto_heater_off_minutes, 3, u16,
                "`configuration.auto_heater_off_minutes`: Cost prevention and safety function: time until the heater switches off automatically (writable since 3.0.1) (MODBUS_CON_AUTO_HEATER_OFF_MINUTES) (min, 2 ..= 10080, since 2.2.1, safety-relevant)"
            );
            mm::register_fns!(
                read_auto_heater_off_setting, write_auto_heater_off_setting, 4,
                ConfigurationAutoHeaterOffSetting,
                "`configuration.auto_heater_off_setting`: Setting of the auto-off function for cost prevention and safety (writable since 3.0.1) (MODBUS_CON_AUTO_HEATER_OFF_SETTING) (since 2.2.1, safety-relevant)"
            );
            mm::register_fns!(
                read_cascade_prio, write_cascade_prio, 5, u8,
                "`configuration.cascade_prio`: Prioritization for cascade control, version tbd (MODBUS_CON_CASCADE_PRIO) (0 ..= 255)"
            );
            mm::register_fns!(
                read_heatbuffer_type, write_heatbuffer_type, 6, ConfigurationHeatbufferType,
                "`configuration.heatbuffer_type`: Type of heat buffer in which ASKOHEAT+ is installed, version tbd (MODBUS_CON_HEATBUFFER_TYPE)"
            );
            mm::register_fns!(
                read_heatbuffer_volume, write_heatbuffer_volume, 7, u16,
                "`configuration.heatbuffer_volume`: Heat storage volume, version tbd (MODBUS_CON_HEATBUFFER_VOLUME) (L, 0 ..= 1000)"
            );
            mm::register_fns!(
                read_heater_position, write_heater_position, 8, ConfigurationHeaterPosition,
                "`configuration.heater_position`: Installation position of ASKOHEAT+ (ASKOWALL, middle or bottom of boiler) (MODBUS_CON_HEATER_POSITION) (since 4.1.1)"
            );
            mm::register_fns!(
                read_legio_setting, write_legio_setting, 9, ConfigurationLegioSetting,
                "`configuration.legio_setting`: Setting of legionella protection (MODBUS_CON_LEGIO_SETTING) (since 3.0.1)"
            );
            mm::register_fns!(
                read_legio_temperature, write_legio_temperature, 10, u8,
                "`configuration.legio_temperature`: Heat-up temperature for legionella protection (MODBUS_CON_LEGIO_TEMPERATURE) (°C, 50 ..= 65, since 3.0.1)"
            );
            mm::register_fns!(
                read_legio_heatup_minutes, write_legio_heatup_minutes, 11, u16,
                "`configuration.legio_heatup_minutes`: Heat-up time for legionella protection, default 240 (MODBUS_CON_LEGIO_HEATUP_MINUTES) (min, 0 ..= 1440, since 4.1.0)"
            );
            mm::register_fns!(
                read_legio_activ_time, write_legio_activ_time, 12, str,
                "`configuration.legio_activ_time`: Preferred start time for legionella protection, if necessary if PV energy is available, e.g. \"12:00 AM\" (MODBUS_CON_LEGIO_ACTIV_TIME) (since 4.1.7)"
            );
            mm::register_fns!(
                read_water_hardness, write_water_hardness, 13, str,
                "`configuration.water_hardness`: Typical water hardness, e.g. \"32 °fH\", \"hart\", \"14 °dH\", version tbd (MODBUS_CON_WATER_HARDNESS)"
            );
            mm::register_fns!(
                read_housetype, write_housetype, 14, ConfigurationHousetype,
                "`configuration.housetype`: Kind of building, version tbd (MODBUS_CON_HOUSETYPE)"
            );
            mm::register_fns!(
                read_household_members, write_household_members, 15, u8,
                "`configuration.household_members`: Number of household members, version tbd (MODBUS_CON_HOUSEHOLD_MEMBERS) (1 ..= 255)"
            );
            mm::register_fns!(
                read_infostring, write_infostring, 16, str,
                "`configuration.infostring`: Free usable info string (MODBUS_CON_INFOSTRING) (since 2.3.1)"
            );
            mm::register_fns!(
                read_advanced_setting, write_advanced_setting, 17, u8,
                "`configuration.advanced_setting`: Flags used for future advanced functions, version tbd (MODBUS_CON_ADVANCED_SETTING)"
            );
            mm::register_fns!(
                read_load_feedin_delay, write_load_feedin_delay, 18, u16,
                "`configuration.load_feedin_delay`: Switch-on delay time in load feed-in mode (MODBUS_CON_LOAD_FEEDIN_DELAY) (s, 0 ..= 120, since 4.2.1)"
            );
            mm::register_fns!(
                read_load_feedin_bias, write_load_feedin_bias, 19, u16,
                "`configuration.load_feedin_bias`: Bias level = basic energy level in feed-in mode (MODBUS_CON_LOAD_FEEDIN_BIAS; the document says 540) (W, 0 ..= 10000, since 4.2.1)"
            );
            mm::register_fns!(
                read_timezone_bias, write_timezone_bias, 20, i16,
                "`configuration.timezone_bias`: Time zone for the real-time clock (MODBUS_CON_TIMEZONE_BIAS; the document says 540, corrected to 541) (h, -12 ..= 12, since 4.1.0)"
            );
            mm::register_fns!(
                read_summertime_bias, write_summertime_bias, 21, i16,
                "`configuration.summertime_bias`: Summer time, 1 hour offset (MODBUS_CON_SUMMERTIME_BIAS; the document says 540, corrected to 542) (0 ..= 1, since 4.1.0)"
            );
            mm::register_fns!(
                read_reserved, write_reserved, 22, raw,
                "`configuration.reserved`: Reserved for future features, version tbd (MODBUS_CON_RESERVED)"
            );
            mm::register_fns!(
                read_rtu_baudrate, write_rtu_baudrate, 23, str,
                "`configuration.rtu_baudrate`: Modbus RTU baud rate as text string, default 19200 (MODBUS_CON_RTU_BAUDRATE) (since 4.0.2)"
            );
            mm::register_fns!(
                read_rtu_setting, write_rtu_setting, 24, ConfigurationRtuSetting,
                "`configuration.rtu_setting`: Modbus RTU settings (MODBUS_CON_RTU_SETTING) (since 4.0.2)"
            );
            mm::register_fns!(
                read_rtu_slave_id, write_rtu_slave_id, 25, u8,
                "`configuration.rtu_slave_id`: Modbus RTU slave ID of ASKOHEAT+ or slave ID of the connected energy meter, default 99 (MODBUS_CON_RTU_SLAVE_ID) (0 ..= 240, since 4.0.2)"
            );
            mm::register_fns!(
                read_rtu_energy_meter_type, write_rtu_energy_meter_type, 26, u8,
                "`configuration.rtu_energy_meter_type`: Modbus RTU type of the connected energy meter (MODBUS_CON_RTU_ENERGY_METER_TYPE) (since 4.0.2)"
            );
            mm::register_fns!(
                read_low_tariff_start_time_hour, write_low_tariff_start_time_hour, 27, u8,
                "`configuration.low_tariff_start_time_hour`: Low tariff start time hour (MODBUS_CON_LOW_TARIFF_START_TIME_HOUR) (h, 0 ..= 23, since 4.1.0)"
            );
            mm::register_fns!(
                read_low_tariff_start_time_minute, write_low_tariff_start_time_minute, 28, u8,
                "`configuration.low_tariff_start_time_minute`: Low tariff start time minute (MODBUS_CON_LOW_TARIFF_START_TIME_MINUTE) (min, 0 ..= 59, since 4.1.0)"
            );
            mm::register_fns!(
                read_low_tariff_end_time_hour, write_low_tariff_end_time_hour, 29, u8,
                "`configuration.low_tariff_end_time_hour`: Low tariff end time hour (MODBUS_CON_LOW_TARIFF_END_TIME_HOUR) (h, 0 ..= 23, since 4.1.0)"
            );
            mm::register_fns!(
                read_low_tariff_end_time_minute, write_low_tariff_end_time_minute, 30, u8,
                "`configuration.low_tariff_end_time_minute`: Low tariff end time minute (MODBUS_CON_LOW_TARIFF_END_TIME_MINUTE) (min, 0 ..= 59, since 4.1.0)"
            );
            mm::register_fns!(
                read_analog_in_hysteresis, write_analog_in_hysteresis, 31, f32,
                "`configuration.analog_in_hysteresis`: Hysteresis voltage: after the threshold value has been reached, it must be undercut by at least the hysteresis value (MODBUS_CON_ANALOG_IN_HYSTERESIS) (V, 0 ..= 10, since 4.1.0)"
            );
            mm::register_fns!(
                read_analog_in_0_threshold, write_analog_in_0_threshold, 32, f32,
                "`configuration.analog_in_0_threshold`: Threshold 0 voltage (this value must be reached to activate the heater step value, until the temperature is reached) (MODBUS_CON_ANALOG_IN_0_THRESHOLD) (V, 0 ..= 10, since 4.1.0)"
            );
            mm::register_fns!(
                read_analog_in_0_threshold_step, write_analog_in_0_threshold_step, 33, u8,
                "`configuration.analog_in_0_threshold_step`: Threshold 0 heater step, if the threshold value is reached (MODBUS_CON_ANALOG_IN_0_THRESHOLD_STEP) (0 ..= 7, since 4.1.0)"
            );
            mm::register_fns!(
                read_analog_in_0_threshold_temp, write_analog_in_0_threshold_temp, 34, u8,
                "`configuration.analog_in_0_threshold_temp`: Threshold 0 temperature limit, used if temperature control is activated (MODBUS_CON_ANALOG_IN_0_THRESHOLD_TEMP) (°C, 0 ..= 95, since 4.1.0)"
            );
            mm::register_fns!(
                read_analog_in_1_threshold, write_analog_in_1_threshold, 35, f32,
                "`configuration.analog_in_1_threshold`: Threshold 1 voltage (MODBUS_CON_ANALOG_IN_1_THRESHOLD) (V, 0 ..= 10, since 4.1.0)"
            );
            mm::register_fns!(
                read_analog_in_1_threshold_step, write_analog_in_1_threshold_step, 36, u8,
                "`configuration.analog_in_1_threshold_step`: Threshold 1 heater step, if the threshold value is reached (MODBUS_CON_ANALOG_IN_1_THRESHOLD_STEP) (0 ..= 7, since 4.1.0)"
            );
            mm::register_fns!(
                read_analog_in_1_threshold_temp, write_analog_in_1_threshold_temp, 37, u8,
                "`configuration.analog_in_1_threshold_temp`: Threshold 1 temperature limit, used if temperature control is activated (MODBUS_CON_ANALOG_IN_1_THRESHOLD_TEMP) (°C, 0 ..= 95, since 4.1.0)"
            );
            mm::register_fns!(
                read_analog_in_2_threshold, write_analog_in_2_threshold, 38, f32,
                "`configuration.analog_in_2_threshold`: Threshold 2 voltage (MODBUS_CON_ANALOG_IN_2_THRESHOLD) (V, 0 ..= 10, since 4.1.0)"
            );
            mm::register_fns!(
                read_analog_in_2_threshold_step, write_analog_in_2_threshold_step, 39, u8,
                "`configuration.analog_in_2_threshold_step`: Threshold 2 heater step, if the threshold value is reached (MODBUS_CON_ANALOG_IN_2_THRESHOLD_STEP) (0 ..= 7, since 4.1.0)"
            );
            mm::register_fns!(
                read_analog_in_2_threshold_temp, write_analog_in_2_threshold_temp, 40, u8,
                "`configuration.analog_in_2_threshold_temp`: Threshold 2 temperature limit, used if temperature control is activated (MODBUS_CON_ANALOG_IN_2_THRESHOLD_TEMP) (°C, 0 ..= 95, since 4.1.0)"
            );
            mm::register_fns!(
                read_analog_in_3_threshold, write_analog_in_3_threshold, 41, f32,
                "`configuration.analog_in_3_threshold`: Threshold 3 voltage (MODBUS_CON_ANALOG_IN_3_THRESHOLD) (V, 0 ..= 10, since 4.1.0)"
            );
            mm::register_fns!(
                read_analog_in_3_threshold_step, write_analog_in_3_threshold_step, 42, u8,
                "`configuration.analog_in_3_threshold_step`: Threshold 3 heater step, if the threshold value is reached (MODBUS_CON_ANALOG_IN_3_THRESHOLD_STEP) (0 ..= 7, since 4.1.0)"
            );
            mm::register_fns!(
                read_analog_in_3_threshold_temp, write_analog_in_3_threshold_temp, 43, u8,
                "`configuration.analog_in_3_threshold_temp`: Threshold 3 temperature limit, used if temperature control is activated (MODBUS_CON_ANALOG_IN_3_THRESHOLD_TEMP) (°C, 0 ..= 95, since 4.1.0)"
            );
            mm::register_fns!(
                read_analog_in_4_threshold, write_analog_in_4_threshold, 44, f32,
                "`configuration.analog_in_4_threshold`: Threshold 4 voltage (MODBUS_CON_ANALOG_IN_4_THRESHOLD) (V, 0 ..= 10, since 4.1.0)"
            );
            mm::register_fns!(
                read_analog_in_4_threshold_step, write_analog_in_4_threshold_step, 45, u8,
                "`configuration.analog_in_4_threshold_step`: Threshold 4 heater step, if the threshold value is reached (MODBUS_CON_ANALOG_IN_4_THRESHOLD_STEP) (0 ..= 7, since 4.1.0)"
            );
            mm::register_fns!(
                read_analog_in_4_threshold_temp, write_analog_in_4_threshold_temp, 46, u8,
                "`configuration.analog_in_4_threshold_temp`: Threshold 4 temperature limit, used if temperature control is activated (MODBUS_CON_ANALOG_IN_4_THRESHOLD_TEMP) (°C, 0 ..= 95, since 4.1.0)"
            );
            mm::register_fns!(
                read_analog_in_5_threshold, write_analog_in_5_threshold, 47, f32,
                "`configuration.analog_in_5_threshold`: Threshold 5 voltage (MODBUS_CON_ANALOG_IN_5_THRESHOLD) (V, 0 ..= 10, since 4.1.0)"
            );
            mm::register_fns!(
                read_analog_in_5_threshold_step, write_analog_in_5_threshold_step, 48, u8,
                "`configuration.analog_in_5_threshold_step`: Threshold 5 heater step, if the threshold value is reached (MODBUS_CON_ANALOG_IN_5_THRESHOLD_STEP) (0 ..= 7, since 4.1.0)"
            );
            mm::register_fns!(
                read_analog_in_5_threshold_temp, write_analog_in_5_threshold_temp, 49, u8,
                "`configuration.analog_in_5_threshold_temp`: Threshold 5 temperature limit, used if temperature control is activated (MODBUS_CON_ANALOG_IN_5_THRESHOLD_TEMP) (°C, 0 ..= 95, since 4.1.0)"
            );
            mm::register_fns!(
                read_analog_in_6_threshold, write_analog_in_6_threshold, 50, f32,
                "`configuration.analog_in_6_threshold`: Threshold 6 voltage (MODBUS_CON_ANALOG_IN_6_THRESHOLD) (V, 0 ..= 10, since 4.1.0)"
            );
            mm::register_fns!(
                read_analog_in_6_threshold_step, write_analog_in_6_threshold_step, 51, u8,
                "`configuration.analog_in_6_threshold_step`: Threshold 6 heater step, if the threshold value is reached (MODBUS_CON_ANALOG_IN_6_THRESHOLD_STEP) (0 ..= 7, since 4.1.0)"
            );
            mm::register_fns!(
                read_analog_in_6_threshold_temp, write_analog_in_6_threshold_temp, 52, u8,
                "`configuration.analog_in_6_threshold_temp`: Threshold 6 temperature limit, used if temperature control is activated (MODBUS_CON_ANALOG_IN_6_THRESHOLD_TEMP) (°C, 0 ..= 95, since 4.1.0)"
            );
            mm::register_fns!(
                read_analog_in_7_threshold, write_analog_in_7_threshold, 53, f32,
                "`configuration.analog_in_7_threshold`: Threshold 7 voltage (MODBUS_CON_ANALOG_IN_7_THRESHOLD) (V, 0 ..= 10, since 4.1.0)"
            );
            mm::register_fns!(
                read_analog_in_7_threshold_step, write_analog_in_7_threshold_step, 54, u8,
                "`configuration.analog_in_7_threshold_step`: Threshold 7 heater step, if the threshold value is reached (MODBUS_CON_ANALOG_IN_7_THRESHOLD_STEP) (0 ..= 7, since 4.1.0)"
            );
            mm::register_fns!(
                read_analog_in_7_threshold_temp, write_analog_in_7_threshold_temp, 55, u8,
                "`configuration.analog_in_7_threshold_temp`: Threshold 7 temperature limit, used if temperature control is activated (MODBUS_CON_ANALOG_IN_7_THRESHOLD_TEMP) (°C, 0 ..= 95, since 4.1.0)"
            );
            mm::register_fns!(
                read_heat_pump_request_off_step, write_heat_pump_request_off_step, 56, u8,
                "`configuration.heat_pump_request_off_step`: Heater step if the digital input (heat pump request) is open (MODBUS_CON_HEAT_PUMP_REQUEST_OFF_STEP) (0 ..= 7, since 4.1.0)"
            );
            mm::register_fns!(
                read_heat_pump_request_on_step, write_heat_pump_request_on_step, 57, u8,
                "`configuration.heat_pump_request_on_step`: Heater step if the digital input (heat pump request) is closed (MODBUS_CON_HEAT_PUMP_REQUEST_ON_STEP) (0 ..= 7, since 4.1.0)"
            );
            mm::register_fns!(
                read_emergency_mode_on_step, write_emergency_mode_on_step, 58, u8,
                "`configuration.emergency_mode_on_step`: Heater step if emergency mode is active (MODBUS_CON_EMERGENCY_MODE_ON_STEP) (0 ..= 7, since 4.1.0)"
            );
            mm::register_fns!(
                read_temperature_hysteresis, write_temperature_hysteresis, 59, u8,
                "`configuration.temperature_hysteresis`: Temperature hysteresis, if temperature control is activated (MODBUS_CON_TEMPERATURE_HYSTERESIS) (°C, 0 ..= 95, since 4.1.0)"
            );
            mm::register_fns!(
                read_temperature_setting, write_temperature_setting, 60,
                ConfigurationTemperatureSetting,
                "`configuration.temperature_setting`: Selection of temperature sensors for temperature monitoring (MODBUS_CON_TEMPERATURE_SETTING) (since 4.1.0)"
            );
            mm::register_fns!(
                read_temperature_minimum, write_temperature_minimum, 61, u8,
                "`configuration.temperature_minimum`: Temperature limit used to hold minimal temperature (MODBUS_CON_TEMPERATURE_MINIMUM) (°C, 0 ..= 95, since 4.1.0)"
            );
            mm::register_fns!(
                read_temperature_set_heater_step, write_temperature_set_heater_step, 62, u8,
                "`configuration.temperature_set_heater_step`: Temperature limit if controlled by Set Heater Step (MODBUS_CON_TEMPERATURE_SET_HEATER_STEP) (°C, 0 ..= 95, since 4.1.0)"
            );
            mm::register_fns!(
                read_temperature_load_setpoint, write_temperature_load_setpoint, 63, u8,
                "`configuration.temperature_load_setpoint`: Temperature limit if controlled by Load Setpoint or Load Feedin respectively SMA SEMP or SENEC.Home (MODBUS_CON_TEMPERATURE_LOAD_SETPOINT) (°C, 0 ..= 95, since 4.1.0)"
            );
            mm::register_fns!(
                read_temperature_low_tariff, write_temperature_low_tariff, 64, u8,
                "`configuration.temperature_low_tariff`: Temperature limit if low tariff mode is active (MODBUS_CON_TEMPERATURE_LOW_TARIFF) (°C, 0 ..= 95, since 4.1.0)"
            );
            mm::register_fns!(
                read_temperature_heat_pump_request, write_temperature_heat_pump_request, 65, u8,
                "`configuration.temperature_heat_pump_request`: Temperature limit if controlled by Heat Pump Request (digital input) or Emergency Mode (MODBUS_CON_TEMPERATURE_HEAT_PUMP_REQUEST) (°C, 0 ..= 95, since 4.1.0)"
            );
        }
        /// Operating times, current measured values, status flags and internal counters.
        #[derive(Debug, Clone, PartialEq)]
        pub struct DataValues {
            /// `data_values.operating_time`: Operation hour counter of ASKOHEAT+, dd:hh:mm in the document (MODBUS_VAL_OPERATING_TIME) (min, since 2.2.1)
            pub operating_time: ::core::option::Option<u32>,
            /// `data_values.operating_heater1`: Operation hour counter of heater 1 (MODBUS_VAL_OPERATING_HEATER1) (min, since 2.2.1)
            pub operating_heater1: ::core::option::Option<u32>,
            /// `data_values.operating_heater2`: Operation hour counter of heater 2 (MODBUS_VAL_OPERATING_HEATER2) (min, since 2.2.1)
            pub operating_heater2: ::core::option::Option<u32>,
            /// `data_values.operating_heater3`: Operation hour counter of heater 3 (MODBUS_VAL_OPERATING_HEATER3) (min, since 2.2.1)
            pub operating_heater3: ::core::option::Option<u32>,
            /// `data_values.operating_pump`: Operation hour counter of pump (MODBUS_VAL_OPERATING_PUMP) (min, since 2.2.1)
            pub operating_pump: ::core::option::Option<u32>,
            /// `data_values.operating_valve`: Operation hour counter of valve, not implemented yet (MODBUS_VAL_OPERATING_VALVE) (min, since 2.2.1)
            pub operating_valve: ::core::option::Option<u32>,
            /// `data_values.relay1_count`: Number of heater 1 relay (1) on switchings (MODBUS_VAL_RELAY1_COUNT) (since 2.2.1)
            pub relay1_count: ::core::option::Option<u32>,
            /// `data_values.relay2_count`: Number of heater 2 relay (2) on switchings (MODBUS_VAL_RELAY2_COUNT) (since 2.2.1)
            pub relay2_count: ::core::option::Option<u32>,
            /// `data_values.relay3_count`: Number of heater 3 relay (3) on switchings (MODBUS_VAL_RELAY3_COUNT) (since 2.2.1)
            pub relay3_count: ::core::option::Option<u32>,
            /// `data_values.relay4_count`: Number of pump relay (4) on switchings (MODBUS_VAL_RELAY4_COUNT) (since 2.2.1)
            pub relay4_count: ::core::option::Option<u32>,
            /// `data_values.relay5_count`: Number of valve relay (5) on switchings (MODBUS_VAL_RELAY5_COUNT) (since 2.2.1)
            pub relay5_count: ::core::option::Option<u32>,
            /// `data_values.relay_countdown`: Debug information only: if > 0, the heater relays' switch-on protection (count down) is active (MODBUS_VAL_RELAY_COUNTDOWN) (since 2.2.1)
            pub relay_countdown: ::core::option::Option<u16>,
            /// `data_values.pump_countdown`: Debug information only: if > 0, the pump relay follow-up time (count down) is active (MODBUS_VAL_PUMP_COUNTDOWN) (since 2.2.1)
            pub pump_countdown: ::core::option::Option<u16>,
            /// `data_values.status`: Read status of ASKOHEAT+; to switch heaters on or off use register 200 (MODBUS_VAL_STATUS) (since 2.2.1)
            pub status: ::core::option::Option<ShortDataStatus>,
            /// `data_values.heater_load`: Actual electrical heater load, 250-30000 W while heating (MODBUS_VAL_HEATER_LOAD) (W, 0 ..= 30000, since 2.3.1)
            pub heater_load: ::core::option::Option<u16>,
            /// `data_values.actual_control_input`: Flags of the control input currently in effect (MODBUS_VAL_ACTUAL_CONTROL_INPUT; the document's description repeats 'status of legionella protection') (since 4.1.0)
            pub actual_control_input: ::core::option::Option<u16>,
            /// `data_values.legio_status`: Status of legionella protection (MODBUS_VAL_LEGIO_STATUS) (since 3.0.1)
            pub legio_status: ::core::option::Option<DataValuesLegioStatus>,
            /// `data_values.legio_operating`: Minute counter since the last active legionella protection activation (MODBUS_VAL_LEGIO_OPERATING) (min, since 3.0.1)
            pub legio_operating: ::core::option::Option<u32>,
            /// `data_values.legio_countdown`: Countdown timer if legionella protection is active (seconds plateau time) (MODBUS_VAL_LEGIO_COUNTDOWN) (s, since 3.0.1)
            pub legio_countdown: ::core::option::Option<u16>,
            /// `data_values.error_status`: Error status flags; temperature sensor fails can be cleared by using MODBUS_CMD_CLEAR_TEMP_SENSOR_ERROR (MODBUS_VAL_ERROR_STATUS) (since 2.2.1)
            pub error_status: ::core::option::Option<u16>,
            /// `data_values.temperature_status`: Temperature sensor flags; installed sensors are remembered until cleared by MODBUS_CMD_CLEAR_TEMP_SENSOR_ERROR (MODBUS_VAL_TEMPERATURE_STATUS) (since 2.2.1)
            pub temperature_status: ::core::option::Option<u16>,
            /// `data_values.temperature_sensor5`: Temperature of sensor 5, this sensor is not implemented yet (MODBUS_VAL_TEMPERATURE_SENSOR5) (°C, 0 ..= 100, since 2.2.1)
            pub temperature_sensor5: ::core::option::Option<u16>,
            /// `data_values.temperature_sensor4`: Temperature of sensor 4, optional external PT1000 (MODBUS_VAL_TEMPERATURE_SENSOR4) (°C, 0 ..= 100, since 2.2.1)
            pub temperature_sensor4: ::core::option::Option<u16>,
            /// `data_values.temperature_sensor3`: Temperature of sensor 3, optional external PT1000 (MODBUS_VAL_TEMPERATURE_SENSOR3) (°C, 0 ..= 100, since 2.2.1)
            pub temperature_sensor3: ::core::option::Option<u16>,
            /// `data_values.temperature_sensor2`: Temperature of sensor 2, optional external PT1000 (MODBUS_VAL_TEMPERATURE_SENSOR2) (°C, 0 ..= 100, since 2.2.1)
            pub temperature_sensor2: ::core::option::Option<u16>,
            /// `data_values.temperature_sensor1`: Temperature of sensor 1, optional external PT1000 (MODBUS_VAL_TEMPERATURE_SENSOR1) (°C, 0 ..= 100, since 2.2.1)
            pub temperature_sensor1: ::core::option::Option<u16>,
            /// `data_values.temperature_sensor0`: Temperature of sensor 0, integrated in ASKOHEAT+ PT1000 (MODBUS_VAL_TEMPERATURE_SENSOR0) (°C, 0 ..= 100, since 2.2.1)
            pub temperature_sensor0: ::core::option::Option<u16>,
            /// `data_values.analog_input_step`: Calculated heater step based on the analog input 0-10 V signal (MODBUS_VAL_ANALOG_INPUT_STEP) (0 ..= 7, since 2.2.1)
            pub analog_input_step: ::core::option::Option<u8>,
            /// `data_values.actual_temperature_limit`: Actually used temperature limit, based on the currently valid control input (MODBUS_VAL_ACTUAL_TEMPERATURE_LIMIT) (°C, 0 ..= 99, since 4.1.0)
            pub actual_temperature_limit: ::core::option::Option<u16>,
            /// `data_values.auto_heater_off_countdown`: Countdown time until the heaters switch off automatically (MODBUS_VAL_AUTO_HEATER_OFF_COUNTDOWN) (min, 0 ..= 10080, since 2.2.1)
            pub auto_heater_off_countdown: ::core::option::Option<u32>,
            /// `data_values.emergency_off_countdown`: Countdown time until emergency mode is switched off (MODBUS_VAL_EMERGENCY_OFF_COUNTDOWN) (min, 0 ..= 10080, since 3.1.1)
            pub emergency_off_countdown: ::core::option::Option<u32>,
            /// `data_values.boot_count`: Number of bootings of ASKOHEAT+ (MODBUS_VAL_BOOT_COUNT; the document says 'valve bootings') (since 4.0.4)
            pub boot_count: ::core::option::Option<u32>,
            /// `data_values.operating_set_heater_step`: Operation hour counter of Set Heater Step (MODBUS_VAL_OPERATING_SET_HEATER_STEP) (min, since 4.1.1)
            pub operating_set_heater_step: ::core::option::Option<u32>,
            /// `data_values.operating_load_setpoint`: Operation hour counter of Load Setpoint (MODBUS_VAL_OPERATING_LOAD_SETPOINT) (min, since 4.1.1)
            pub operating_load_setpoint: ::core::option::Option<u32>,
            /// `data_values.operation_load_feedin`: Operation hour counter of Load Feedin (MODBUS_VAL_OPERATION_LOAD_FEEDIN) (min, since 4.1.1)
            pub operation_load_feedin: ::core::option::Option<u32>,
            /// `data_values.operation_heat_pump_request`: Operation hour counter of Heat Pump Request (MODBUS_VAL_OPERATION_HEAT_PUMP_REQUEST) (min, since 4.1.1)
            pub operation_heat_pump_request: ::core::option::Option<u32>,
            /// `data_values.operation_analog_in`: Operation hour counter of Analog Input (MODBUS_VAL_OPERATION_ANALOG_IN) (min, since 4.1.1)
            pub operation_analog_in: ::core::option::Option<u32>,
            /// `data_values.operation_emergency_mode`: Operation hour counter of Emergency Mode (MODBUS_VAL_OPERATION_EMERGENCY_MODE) (min, since 4.1.1)
            pub operation_emergency_mode: ::core::option::Option<u32>,
            /// `data_values.operation_legio`: Operation hour counter of Legionella Protection (MODBUS_VAL_OPERATION_LEGIO) (min, since 4.1.1)
            pub operation_legio: ::core::option::Option<u32>,
            /// `data_values.operation_low_tariff`: Operation hour counter of Low Tariff Mode (MODBUS_VAL_OPERATION_LOW_TARIFF) (min, since 4.1.1)
            pub operation_low_tariff: ::core::option::Option<u32>,
            /// `data_values.operation_minimal_temp`: Operation hour counter of Hold Minimal Temperature Mode (MODBUS_VAL_OPERATION_MINIMAL_TEMP) (min, since 4.1.1)
            pub operation_minimal_temp: ::core::option::Option<u32>,
            /// `data_values.operating_heater_step_1`: Operation hour counter of Heater Step 1 (MODBUS_VAL_OPERATING_HEATER_STEP_1) (min, since 4.1.1)
            pub operating_heater_step_1: ::core::option::Option<u32>,
            /// `data_values.operating_heater_step_2`: Operation hour counter of Heater Step 2 (MODBUS_VAL_OPERATING_HEATER_STEP_2) (min, since 4.1.1)
            pub operating_heater_step_2: ::core::option::Option<u32>,
            /// `data_values.operating_heater_step_3`: Operation hour counter of Heater Step 3 (MODBUS_VAL_OPERATING_HEATER_STEP_3) (min, since 4.1.1)
            pub operating_heater_step_3: ::core::option::Option<u32>,
            /// `data_values.operating_heater_step_4`: Operation hour counter of Heater Step 4 (MODBUS_VAL_OPERATING_HEATER_STEP_4) (min, since 4.1.1)
            pub operating_heater_step_4: ::core::option::Option<u32>,
            /// `data_values.operating_heater_step_5`: Operation hour counter of Heater Step 5 (MODBUS_VAL_OPERATING_HEATER_STEP_5) (min, since 4.1.1)
            pub operating_heater_step_5: ::core::option::Option<u32>,
            /// `data_values.operating_heater_step_6`: Operation hour counter of Heater Step 6 (MODBUS_VAL_OPERATING_HEATER_STEP_6) (min, since 4.1.1)
            pub operating_heater_step_6: ::core::option::Option<u32>,
            /// `data_values.operating_heater_step_7`: Operation hour counter of Heater Step 7 (MODBUS_VAL_OPERATING_HEATER_STEP_7) (min, since 4.1.1)
            pub operating_heater_step_7: ::core::option::Option<u32>,
            /// `data_values.set_heater_step_count`: Number of Set Heater Step usage (MODBUS_VAL_SET_HEATER_STEP_COUNT) (since 4.1.1)
            pub set_heater_step_count: ::core::option::Option<u32>,
            /// `data_values.load_setpoint_count`: Number of Load Setpoint usage (MODBUS_VAL_LOAD_SETPOINT_COUNT) (since 4.1.1)
            pub load_setpoint_count: ::core::option::Option<u32>,
            /// `data_values.load_feedin_count`: Number of Load Feedin usage (MODBUS_VAL_LOAD_FEEDIN_COUNT) (since 4.1.1)
            pub load_feedin_count: ::core::option::Option<u32>,
            /// `data_values.heat_pump_request_count`: Number of Heat Pump Request usage (MODBUS_VAL_HEAT_PUMP_REQUEST_COUNT) (since 4.1.1)
            pub heat_pump_request_count: ::core::option::Option<u32>,
            /// `data_values.analog_in_count`: Number of Analog Input usage (MODBUS_VAL_ANALOG_IN_COUNT) (since 4.1.1)
            pub analog_in_count: ::core::option::Option<u32>,
            /// `data_values.emergency_mode_count`: Number of Emergency Mode usage (MODBUS_VAL_EMERGENCY_MODE_COUNT) (since 4.1.1)
            pub emergency_mode_count: ::core::option::Option<u32>,
            /// `data_values.legio_count`: Number of Legionella Protection usage (MODBUS_VAL_LEGIO_COUNT) (since 4.1.1)
            pub legio_count: ::core::option::Option<u32>,
            /// `data_values.low_tariff_count`: Number of Low Tariff Mode usage (MODBUS_VAL_LOW_TARIFF_COUNT) (since 4.1.1)
            pub low_tariff_count: ::core::option::Option<u32>,
            /// `data_values.minimal_temp_count`: Number of Hold Minimal Temperature usage (MODBUS_VAL_MINIMAL_TEMP_COUNT) (since 4.1.1)
            pub minimal_temp_count: ::core::option::Option<u32>,
            /// `data_values.max_temperature`: Highest measured temperature (MODBUS_VAL_MAX_TEMPERATURE) (°C, 0 ..= 255, since 4.1.1)
            pub max_temperature: ::core::option::Option<u8>,
        }
        mm::block_decode!(
            DataValues { operating_time 0 since, operating_heater1 1 since, operating_heater2 2
            since, operating_heater3 3 since, operating_pump 4 since, operating_valve 5 since,
            relay1_count 6 since, relay2_count 7 since, relay3_count 8 since, relay4_count 9
            since, relay5_count 10 since, relay_countdown 11 since, pump_countdown 12 since,
            status 13 since, heater_load 14 since, actual_control_input 15 since, legio_status 16
            since, legio_operating 17 since, legio_countdown 18 since, error_status 19 since,
            temperature_status 20 since, temperature_sensor5 21 since, temperature_sensor4 22
            since, temperature_sensor3 23 since, temperature_sensor2 24 since,
            temperature_sensor1 25 since, temperature_sensor0 26 since, analog_input_step 27
            since, actual_temperature_limit 28 since, auto_heater_off_countdown 29 since,
            emergency_off_countdown 30 since, boot_count 31 since, operating_set_heater_step 32
            since, operating_load_setpoint 33 since, operation_load_feedin 34 since,
            operation_heat_pump_request 35 since, operation_analog_in 36 since,
            operation_emergency_mode 37 since, operation_legio 38 since, operation_low_tariff 39
            since, operation_minimal_temp 40 since, operating_heater_step_1 41 since,
            operating_heater_step_2 42 since, operating_heater_step_3 43 since,
            operating_heater_step_4 44 since, operating_heater_step_5 45 since,
            operating_heater_step_6 46 since, operating_heater_step_7 47 since,
            set_heater_step_count 48 since, load_setpoint_count 49 since, load_feedin_count 50
            since, heat_pump_request_count 51 since, analog_in_count 52 since,
            emergency_mode_count 53 since, legio_count 54 since, low_tariff_count 55 since,
            minimal_temp_count 56 since, max_temperature 57 since }
        );
        /// The registers of one instance of block `data_values`, read and written one by one or whole.
        #[derive(Debug)]
        pub struct DataValuesClient<'a, C>(pub mm::BlockClient<'a, C>);
        impl<'a, C: mm::Reader + mm::Writer> DataValuesClient<'a, C> {
            /// Reads every readable register of the `data_values` instance in as few requests as the planner allows.
            pub fn read(
                &mut self,
            ) -> impl ::core::future::Future<
                Output = mm::ModbusResult<DataValues>,
            > + use<'_, 'a, C> {
                self.0.read_block()
            }
            mm::register_fns!(
                read_operating_time, _, 0, u32,
                "`data_values.operating_time`: Operation hour counter of ASKOHEAT+, dd:hh:mm in the document (MODBUS_VAL_OPERATING_TIME) (min, since 2.2.1)"
            );
            mm::register_fns!(
                read_operating_heater1, _, 1, u32,
                "`data_values.operating_heater1`: Operation hour counter of heater 1 (MODBUS_VAL_OPERATING_HEATER1) (min, since 2.2.1)"
            );
            mm::register_fns!(
                read_operating_heater2, _, 2, u32,
                "`data_values.operating_heater2`: Operation hour counter of heater 2 (MODBUS_VAL_OPERATING_HEATER2) (min, since 2.2.1)"
            );
            mm::register_fns!(
                read_operating_heater3, _, 3, u32,
                "`data_values.operating_heater3`: Operation hour counter of heater 3 (MODBUS_VAL_OPERATING_HEATER3) (min, since 2.2.1)"
            );
            mm::register_fns!(
                read_operating_pump, _, 4, u32,
                "`data_values.operating_pump`: Operation hour counter of pump (MODBUS_VAL_OPERATING_PUMP) (min, since 2.2.1)"
            );
            mm::register_fns!(
                read_operating_valve, _, 5, u32,
                "`data_values.operating_valve`: Operation hour counter of valve, not implemented yet (MODBUS_VAL_OPERATING_VALVE) (min, since 2.2.1)"
            );
            mm::register_fns!(
                read_relay1_count, _, 6, u32,
                "`data_values.relay1_count`: Number of heater 1 relay (1) on switchings (MODBUS_VAL_RELAY1_COUNT) (since 2.2.1)"
            );
            mm::register_fns!(
                read_relay2_count, _, 7, u32,
                "`data_values.relay2_count`: Number of heater 2 relay (2) on switchings (MODBUS_VAL_RELAY2_COUNT) (since 2.2.1)"
            );
            mm::register_fns!(
                read_relay3_count, _, 8, u32,
                "`data_values.relay3_count`: Number of heater 3 relay (3) on switchings (MODBUS_VAL_RELAY3_COUNT) (since 2.2.1)"
            );
            mm::register_fns!(
                read_relay4_count, _, 9, u32,
                "`data_values.relay4_count`: Number of pump relay (4) on switchings (MODBUS_VAL_RELAY4_COUNT) (since 2.2.1)"
            );
            mm::register_fns!(
                read_relay5_count, _, 10, u32,
                "`data_values.relay5_count`: Number of valve relay (5) on switchings (MODBUS_VAL_RELAY5_COUNT) (since 2.2.1)"
            );
            mm::register_fns!(
                read_relay_countdown, _, 11, u16,
                "`data_values.relay_countdown`: Debug information only: if > 0, the heater relays' switch-on protection (count down) is active (MODBUS_VAL_RELAY_COUNTDOWN) (since 2.2.1)"
            );
            mm::register_fns!(
                read_pump_countdown, _, 12, u16,
                "`data_values.pump_countdown`: Debug information only: if > 0, the pump relay follow-up time (count down) is active (MODBUS_VAL_PUMP_COUNTDOWN) (since 2.2.1)"
            );
            mm::register_fns!(
                read_status, _, 13, ShortDataStatus,
                "`data_values.status`: Read status of ASKOHEAT+; to switch heaters on or off use register 200 (MODBUS_VAL_STATUS) (since 2.2.1)"
            );
            mm::register_fns!(
                read_heater_load, _, 14, u16,
                "`data_values.heater_load`: Actual electrical heater load, 250-30000 W while heating (MODBUS_VAL_HEATER_LOAD) (W, 0 ..= 30000, since 2.3.1)"
            );
            mm::register_fns!(
                read_actual_control_input, _, 15, u16,
                "`data_values.actual_control_input`: Flags of the control input currently in effect (MODBUS_VAL_ACTUAL_CONTROL_INPUT; the document's description repeats 'status of legionella protection') (since 4.1.0)"
            );
            mm::register_fns!(
                read_legio_status, _, 16, DataValuesLegioStatus,
                "`data_values.legio_status`: Status of legionella protection (MODBUS_VAL_LEGIO_STATUS) (since 3.0.1)"
            );
            mm::register_fns!(
                read_legio_operating, _, 17, u32,
                "`data_values.legio_operating`: Minute counter since the last active legionella protection activation (MODBUS_VAL_LEGIO_OPERATING) (min, since 3.0.1)"
            );
            mm::register_fns!(
                read_legio_countdown, _, 18, u16,
                "`data_values.legio_countdown`: Countdown timer if legionella protection is active (seconds plateau time) (MODBUS_VAL_LEGIO_COUNTDOWN) (s, since 3.0.1)"
            );
            mm::register_fns!(
                read_error_status, _, 19, u16,
                "`data_values.error_status`: Error status flags; temperature sensor fails can be cleared by using MODBUS_CMD_CLEAR_TEMP_SENSOR_ERROR (MODBUS_VAL_ERROR_STATUS) (since 2.2.1)"
            );
            mm::register_fns!(
                read_temperature_status, _, 20, u16,
                "`data_values.temperature_status`: Temperature sensor flags; installed sensors are remembered until cleared by MODBUS_CMD_CLEAR_TEMP_SENSOR_ERROR (MODBUS_VAL_TEMPERATURE_STATUS) (since 2.2.1)"
            );
            mm::register_fns!(
                read_temperature_sensor5, _, 21, u16,
                "`data_values.temperature_sensor5`: Temperature of sensor 5, this sensor is not implemented yet (MODBUS_VAL_TEMPERATURE_SENSOR5) (°C, 0 ..= 100, since 2.2.1)"
            );
            mm::register_fns!(
                read_temperature_sensor4, _, 22, u16,
                "`data_values.temperature_sensor4`: Temperature of sensor 4, optional external PT1000 (MODBUS_VAL_TEMPERATURE_SENSOR4) (°C, 0 ..= 100, since 2.2.1)"
            );
            mm::register_fns!(
                read_temperature_sensor3, _, 23, u16,
                "`data_values.temperature_sensor3`: Temperature of sensor 3, optional external PT1000 (MODBUS_VAL_TEMPERATURE_SENSOR3) (°C, 0 ..= 100, since 2.2.1)"
            );
            mm::register_fns!(
                read_temperature_sensor2, _, 24, u16,
                "`data_values.temperature_sensor2`: Temperature of sensor 2, optional external PT1000 (MODBUS_VAL_TEMPERATURE_SENSOR2) (°C, 0 ..= 100, since 2.2.1)"
            );
            mm::register_fns!(
                read_temperature_sensor1, _, 25, u16,
                "`data_values.temperature_sensor1`: Temperature of sensor 1, optional external PT1000 (MODBUS_VAL_TEMPERATURE_SENSOR1) (°C, 0 ..= 100, since 2.2.1)"
            );
            mm::register_fns!(
                read_temperature_sensor0, _, 26, u16,
                "`data_values.temperature_sensor0`: Temperature of sensor 0, integrated in ASKOHEAT+ PT1000 (MODBUS_VAL_TEMPERATURE_SENSOR0) (°C, 0 ..= 100, since 2.2.1)"
            );
            mm::register_fns!(
                read_analog_input_step, _, 27, u8,
                "`data_values.analog_input_step`: Calculated heater step based on the analog input 0-10 V signal (MODBUS_VAL_ANALOG_INPUT_STEP) (0 ..= 7, since 2.2.1)"
            );
            mm::register_fns!(
                read_actual_temperature_limit, _, 28, u16,
                "`data_values.actual_temperature_limit`: Actually used temperature limit, based on the currently valid control input (MODBUS_VAL_ACTUAL_TEMPERATURE_LIMIT) (°C, 0 ..= 99, since 4.1.0)"
            );
            mm::register_fns!(
                read_auto_heater_off_countdown, _, 29, u32,
                "`data_values.auto_heater_off_countdown`: Countdown time until the heaters switch off automatically (MODBUS_VAL_AUTO_HEATER_OFF_COUNTDOWN) (min, 0 ..= 10080, since 2.2.1)"
            );
            mm::register_fns!(
                read_emergency_off_countdown, _, 30, u32,
                "`data_values.emergency_off_countdown`: Countdown time until emergency mode is switched off (MODBUS_VAL_EMERGENCY_OFF_COUNTDOWN) (min, 0 ..= 10080, since 3.1.1)"
            );
            mm::register_fns!(
                read_boot_count, _, 31, u32,
                "`data_values.boot_count`: Number of bootings of ASKOHEAT+ (MODBUS_VAL_BOOT_COUNT; the document says 'valve bootings') (since 4.0.4)"
            );
            mm::register_fns!(
                read_operating_set_heater_step, _, 32, u32,
                "`data_values.operating_set_heater_step`: Operation hour counter of Set Heater Step (MODBUS_VAL_OPERATING_SET_HEATER_STEP) (min, since 4.1.1)"
            );
            mm::register_fns!(
                read_operating_load_setpoint, _, 33, u32,
                "`data_values.operating_load_setpoint`: Operation hour counter of Load Setpoint (MODBUS_VAL_OPERATING_LOAD_SETPOINT) (min, since 4.1.1)"
            );
            mm::register_fns!(
                read_operation_load_feedin, _, 34, u32,
                "`data_values.operation_load_feedin`: Operation hour counter of Load Feedin (MODBUS_VAL_OPERATION_LOAD_FEEDIN) (min, since 4.1.1)"
            );
            mm::register_fns!(
                read_operation_heat_pump_request, _, 35, u32,
                "`data_values.operation_heat_pump_request`: Operation hour counter of Heat Pump Request (MODBUS_VAL_OPERATION_HEAT_PUMP_REQUEST) (min, since 4.1.1)"
            );
            mm::register_fns!(
                read_operation_analog_in, _, 36, u32,
                "`data_values.operation_analog_in`: Operation hour counter of Analog Input (MODBUS_VAL_OPERATION_ANALOG_IN) (min, since 4.1.1)"
            );
            mm::register_fns!(
                read_operation_emergency_mode, _, 37, u32,
                "`data_values.operation_emergency_mode`: Operation hour counter of Emergency Mode (MODBUS_VAL_OPERATION_EMERGENCY_MODE) (min, since 4.1.1)"
            );
            mm::register_fns!(
                read_operation_legio, _, 38, u32,
                "`data_values.operation_legio`: Operation hour counter of Legionella Protection (MODBUS_VAL_OPERATION_LEGIO) (min, since 4.1.1)"
            );
            mm::register_fns!(
                read_operation_low_tariff, _, 39, u32,
                "`data_values.operation_low_tariff`: Operation hour counter of Low Tariff Mode (MODBUS_VAL_OPERATION_LOW_TARIFF) (min, since 4.1.1)"
            );
            mm::register_fns!(
                read_operation_minimal_temp, _, 40, u32,
                "`data_values.operation_minimal_temp`: Operation hour counter of Hold Minimal Temperature Mode (MODBUS_VAL_OPERATION_MINIMAL_TEMP) (min, since 4.1.1)"
            );
            mm::register_fns!(
                read_operating_heater_step_1, _, 41, u32,
                "`data_values.operating_heater_step_1`: Operation hour counter of Heater Step 1 (MODBUS_VAL_OPERATING_HEATER_STEP_1) (min, since 4.1.1)"
            );
            mm::register_fns!(
                read_operating_heater_step_2, _, 42, u32,
                "`data_values.operating_heater_step_2`: Operation hour counter of Heater Step 2 (MODBUS_VAL_OPERATING_HEATER_STEP_2) (min, since 4.1.1)"
            );
            mm::register_fns!(
                read_operating_heater_step_3, _, 43, u32,
                "`data_values.operating_heater_step_3`: Operation hour counter of Heater Step 3 (MODBUS_VAL_OPERATING_HEATER_STEP_3) (min, since 4.1.1)"
            );
            mm::register_fns!(
                read_operating_heater_step_4, _, 44, u32,
                "`data_values.operating_heater_step_4`: Operation hour counter of Heater Step 4 (MODBUS_VAL_OPERATING_HEATER_STEP_4) (min, since 4.1.1)"
            );
            mm::register_fns!(
                read_operating_heater_step_5, _, 45, u32,
                "`data_values.operating_heater_step_5`: Operation hour counter of Heater Step 5 (MODBUS_VAL_OPERATING_HEATER_STEP_5) (min, since 4.1.1)"
            );
            mm::register_fns!(
                read_operating_heater_step_6, _, 46, u32,
                "`data_values.operating_heater_step_6`: Operation hour counter of Heater Step 6 (MODBUS_VAL_OPERATING_HEATER_STEP_6) (min, since 4.1.1)"
            );
            mm::register_fns!(
                read_operating_heater_step_7, _, 47, u32,
                "`data_values.operating_heater_step_7`: Operation hour counter of Heater Step 7 (MODBUS_VAL_OPERATING_HEATER_STEP_7) (min, since 4.1.1)"
            );
            mm::register_fns!(
                read_set_heater_step_count, _, 48, u32,
                "`data_values.set_heater_step_count`: Number of Set Heater Step usage (MODBUS_VAL_SET_HEATER_STEP_COUNT) (since 4.1.1)"
            );
            mm::register_fns!(
                read_load_setpoint_count, _, 49, u32,
                "`data_values.load_setpoint_count`: Number of Load Setpoint usage (MODBUS_VAL_LOAD_SETPOINT_COUNT) (since 4.1.1)"
            );
            mm::register_fns!(
                read_load_feedin_count, _, 50, u32,
                "`data_values.load_feedin_count`: Number of Load Feedin usage (MODBUS_VAL_LOAD_FEEDIN_COUNT) (since 4.1.1)"
            );
            mm::register_fns!(
                read_heat_pump_request_count, _, 51, u32,
                "`data_values.heat_pump_request_count`: Number of Heat Pump Request usage (MODBUS_VAL_HEAT_PUMP_REQUEST_COUNT) (since 4.1.1)"
            );
            mm::register_fns!(
                read_analog_in_count, _, 52, u32,
                "`data_values.analog_in_count`: Number of Analog Input usage (MODBUS_VAL_ANALOG_IN_COUNT) (since 4.1.1)"
            );
            mm::register_fns!(
                read_emergency_mode_count, _, 53, u32,
                "`data_values.emergency_mode_count`: Number of Emergency Mode usage (MODBUS_VAL_EMERGENCY_MODE_COUNT) (since 4.1.1)"
            );
            mm::register_fns!(
                read_legio_count, _, 54, u32,
                "`data_values.legio_count`: Number of Legionella Protection usage (MODBUS_VAL_LEGIO_COUNT) (since 4.1.1)"
            );
            mm::register_fns!(
                read_low_tariff_count, _, 55, u32,
                "`data_values.low_tariff_count`: Number of Low Tariff Mode usage (MODBUS_VAL_LOW_TARIFF_COUNT) (since 4.1.1)"
            );
            mm::register_fns!(
                read_minimal_temp_count, _, 56, u32,
                "`data_values.minimal_temp_count`: Number of Hold Minimal Temperature usage (MODBUS_VAL_MINIMAL_TEMP_COUNT) (since 4.1.1)"
            );
            mm::register_fns!(
                read_max_temperature, _, 57, u8,
                "`data_values.max_temperature`: Highest measured temperature (MODBUS_VAL_MAX_TEMPERATURE) (°C, 0 ..= 255, since 4.1.1)"
            );
        }
        /// Additional values, e.g. temperatures as floating point; not needed in normal applications.
        #[derive(Debug, Clone, PartialEq)]
        pub struct ExtendedValues {
            /// `extended_values.status`: Read status of ASKOHEAT+; to switch heaters on or off use register 200 (MODBUS_EXT_STATUS) (since 2.2.1)
            pub status: ::core::option::Option<ShortDataStatus>,
            /// `extended_values.heater_load`: Actual electrical heater load, 250-30000 W while heating (MODBUS_EXT_HEATER_LOAD) (W, 0 ..= 30000, since 2.3.1)
            pub heater_load: ::core::option::Option<i16>,
            /// `extended_values.reserved`: Reserved for future features, version tbd (MODBUS_EXT_RESERVED)
            pub reserved: i16,
            /// `extended_values.legio_status`: Status of legionella protection (MODBUS_EXT_LEGIO_STATUS) (since 3.0.1)
            pub legio_status: ::core::option::Option<DataValuesLegioStatus>,
            /// `extended_values.temperature_float_sensor5`: Temperature of sensor 5, this sensor is not implemented yet (MODBUS_EXT_TEMPERATURE_FLOAT_SENSOR5) (°C, since 2.2.1)
            pub temperature_float_sensor5: ::core::option::Option<f32>,
            /// `extended_values.temperature_float_sensor4`: Temperature of sensor 4, optional external PT1000 (MODBUS_EXT_TEMPERATURE_FLOAT_SENSOR4) (°C, since 2.2.1)
            pub temperature_float_sensor4: ::core::option::Option<f32>,
            /// `extended_values.temperature_float_sensor3`: Temperature of sensor 3, optional external PT1000 (MODBUS_EXT_TEMPERATURE_FLOAT_SENSOR3) (°C, since 2.2.1)
            pub temperature_float_sensor3: ::core::option::Option<f32>,
            /// `extended_values.temperature_float_sensor2`: Temperature of sensor 2, optional external PT1000 (MODBUS_EXT_TEMPERATURE_FLOAT_SENSOR2) (°C, since 2.2.1)
            pub temperature_float_sensor2: ::core::option::Option<f32>,
            /// `extended_values.temperature_float_sensor1`: Temperature of sensor 1, optional external PT1000 (MODBUS_EXT_TEMPERATURE_FLOAT_SENSOR1) (°C, since 2.2.1)
            pub temperature_float_sensor1: ::core::option::Option<f32>,
            /// `extended_values.temperature_float_sensor0`: Temperature of sensor 0, integrated in ASKOHEAT+ PT1000 (MODBUS_EXT_TEMPERATURE_FLOAT_SENSOR0) (°C, since 2.2.1)
            pub temperature_float_sensor0: ::core::option::Option<f32>,
            /// `extended_values.analog_input_float`: Analog input 0-10 V (MODBUS_EXT_ANALOG_INPUT_FLOAT) (V, 0 ..= 10, since 2.2.1)
            pub analog_input_float: ::core::option::Option<f32>,
            /// `extended_values.load_setpoint_value`: Load setpoint (250-30000 W) for automatic setting of the optimum power level (MODBUS_EXT_LOAD_SETPOINT_VALUE) (W, 0 ..= 30000, since 2.3.1)
            pub load_setpoint_value: ::core::option::Option<i16>,
            /// `extended_values.load_feedin_value`: Use case power to heat: negative values activate thermal storage (MODBUS_EXT_LOAD_FEEDIN_VALUE) (W, -30000 ..= 30000, since 4.2.1)
            pub load_feedin_value: ::core::option::Option<i16>,
            /// `extended_values.reserve1`: Reserved for future use (MODBUS_EXT_RESERVE1; the document's range 720…744 corrected to 720…724) (since 2.2.1)
            pub reserve1: ::core::option::Option<mm::String>,
            /// `extended_values.millis`: Debug information only: RTOS milliseconds, 0-4294967295 (MODBUS_EXT_MILLIS) (ms, since 2.2.1)
            pub millis: ::core::option::Option<u32>,
            /// `extended_values.reserve2`: Reserved for future use (MODBUS_EXT_RESERVE2) (since 2.2.1)
            pub reserve2: ::core::option::Option<mm::String>,
            /// `extended_values.reserve3`: Reserved for future use (MODBUS_EXT_RESERVE3) (since 2.2.1)
            pub reserve3: ::core::option::Option<mm::String>,
        }
        mm::block_decode!(
            ExtendedValues { status 0 since, heater_load 1 since, reserved 2, legio_status 3
            since, temperature_float_sensor5 4 since, temperature_float_sensor4 5 since,
            temperature_float_sensor3 6 since, temperature_float_sensor2 7 since,
            temperature_float_sensor1 8 since, temperature_float_sensor0 9 since,
            analog_input_float 10 since, load_setpoint_value 11 since, load_feedin_value 12
            since, reserve1 13 since, millis 14 since, reserve2 15 since, reserve3 16 since }
        );
        /// The registers of one instance of block `extended_values`, read and written one by one or whole.
        #[derive(Debug)]
        pub struct ExtendedValuesClient<'a, C>(pub mm::BlockClient<'a, C>);
        impl<'a, C: mm::Reader + mm::Writer> ExtendedValuesClient<'a, C> {
            /// Reads every readable register of the `extended_values` instance in as few requests as the planner allows.
            pub fn read(
                &mut self,
            ) -> impl ::core::future::Future<
                Output = mm::ModbusResult<ExtendedValues>,
            > + use<'_, 'a, C> {
                self.0.read_block()
            }
            mm::register_fns!(
                read_status, _, 0, ShortDataStatus,
                "`extended_values.status`: Read status of ASKOHEAT+; to switch heaters on or off use register 200 (MODBUS_EXT_STATUS) (since 2.2.1)"
            );
            mm::register_fns!(
                read_heater_load, _, 1, i16,
                "`extended_values.heater_load`: Actual electrical heater load, 250-30000 W while heating (MODBUS_EXT_HEATER_LOAD) (W, 0 ..= 30000, since 2.3.1)"
            );
            mm::register_fns!(
                read_reserved, _, 2, i16,
                "`extended_values.reserved`: Reserved for future features, version tbd (MODBUS_EXT_RESERVED)"
            );
            mm::register_fns!(
                read_legio_status, _, 3, DataValuesLegioStatus,
                "`extended_values.legio_status`: Status of legionella protection (MODBUS_EXT_LEGIO_STATUS) (since 3.0.1)"
            );
            mm::register_fns!(
                read_temperature_float_sensor5, _, 4, f32,
                "`extended_values.temperature_float_sensor5`: Temperature of sensor 5, this sensor is not implemented yet (MODBUS_EXT_TEMPERATURE_FLOAT_SENSOR5) (°C, since 2.2.1)"
            );
            mm::register_fns!(
                read_temperature_float_sensor4, _, 5, f32,
                "`extended_values.temperature_float_sensor4`: Temperature of sensor 4, optional external PT1000 (MODBUS_EXT_TEMPERATURE_FLOAT_SENSOR4) (°C, since 2.2.1)"
            );
            mm::register_fns!(
                read_temperature_float_sensor3, _, 6, f32,
                "`extended_values.temperature_float_sensor3`: Temperature of sensor 3, optional external PT1000 (MODBUS_EXT_TEMPERATURE_FLOAT_SENSOR3) (°C, since 2.2.1)"
            );
            mm::register_fns!(
                read_temperature_float_sensor2, _, 7, f32,
                "`extended_values.temperature_float_sensor2`: Temperature of sensor 2, optional external PT1000 (MODBUS_EXT_TEMPERATURE_FLOAT_SENSOR2) (°C, since 2.2.1)"
            );
            mm::register_fns!(
                read_temperature_float_sensor1, _, 8, f32,
                "`extended_values.temperature_float_sensor1`: Temperature of sensor 1, optional external PT1000 (MODBUS_EXT_TEMPERATURE_FLOAT_SENSOR1) (°C, since 2.2.1)"
            );
            mm::register_fns!(
                read_temperature_float_sensor0, _, 9, f32,
                "`extended_values.temperature_float_sensor0`: Temperature of sensor 0, integrated in ASKOHEAT+ PT1000 (MODBUS_EXT_TEMPERATURE_FLOAT_SENSOR0) (°C, since 2.2.1)"
            );
            mm::register_fns!(
                read_analog_input_float, _, 10, f32,
                "`extended_values.analog_input_float`: Analog input 0-10 V (MODBUS_EXT_ANALOG_INPUT_FLOAT) (V, 0 ..= 10, since 2.2.1)"
            );
            mm::register_fns!(
                read_load_setpoint_value, _, 11, i16,
                "`extended_values.load_setpoint_value`: Load setpoint (250-30000 W) for automatic setting of the optimum power level (MODBUS_EXT_LOAD_SETPOINT_VALUE) (W, 0 ..= 30000, since 2.3.1)"
            );
            mm::register_fns!(
                read_load_feedin_value, _, 12, i16,
                "`extended_values.load_feedin_value`: Use case power to heat: negative values activate thermal storage (MODBUS_EXT_LOAD_FEEDIN_VALUE) (W, -30000 ..= 30000, since 4.2.1)"
            );
            mm::register_fns!(
                read_reserve1, _, 13, str,
                "`extended_values.reserve1`: Reserved for future use (MODBUS_EXT_RESERVE1; the document's range 720…744 corrected to 720…724) (since 2.2.1)"
            );
            mm::register_fns!(
                read_millis, _, 14, u32,
                "`extended_values.millis`: Debug information only: RTOS milliseconds, 0-4294967295 (MODBUS_EXT_MILLIS) (ms, since 2.2.1)"
            );
            mm::register_fns!(
                read_reserve2, _, 15, str,
                "`extended_values.reserve2`: Reserved for future use (MODBUS_EXT_RESERVE2) (since 2.2.1)"
            );
            mm::register_fns!(
                read_reserve3, _, 16, str,
                "`extended_values.reserve3`: Reserved for future use (MODBUS_EXT_RESERVE3) (since 2.2.1)"
            );
        }
        /// Everything [`Client::read_all`] returns: one field per block.
        #[derive(Debug, Clone, PartialEq)]
        pub struct All {
            /// Block `short_data`.
            pub short_data: ShortData,
            /// Block `command`.
            pub command: Command,
            /// Block `energymanager`.
            pub energymanager: Energymanager,
            /// Block `energymanager_write`.
            pub energymanager_write: EnergymanagerWrite,
            /// Block `parameters`.
            pub parameters: Parameters,
            /// Block `configuration`.
            pub configuration: Configuration,
            /// Block `data_values`.
            pub data_values: DataValues,
            /// Block `extended_values`.
            pub extended_values: ExtendedValues,
        }
        mm::device_client!("ASKOHEAT+");
        impl<C: mm::Reader + mm::Writer> Client<C> {
            /// Block `short_data` (base 100).
            pub fn short_data(&mut self) -> ShortDataClient<'_, C> {
                ShortDataClient(self.0.block(&REGISTERS[0..8], &REGISTERS, LIMITS))
            }
            /// Block `command` (base 200).
            pub fn command(&mut self) -> CommandClient<'_, C> {
                CommandClient(self.0.block(&REGISTERS[8..11], &REGISTERS, LIMITS))
            }
            /// Block `service` (base 210).
            pub fn service(&mut self) -> ServiceClient<'_, C> {
                ServiceClient(self.0.block(&REGISTERS[11..15], &REGISTERS, LIMITS))
            }
            /// Block `energymanager` (base 300).
            pub fn energymanager(&mut self) -> EnergymanagerClient<'_, C> {
                EnergymanagerClient(self.0.block(&REGISTERS[15..30], &REGISTERS, LIMITS))
            }
            /// Block `energymanager_write` (base 318).
            pub fn energymanager_write(&mut self) -> EnergymanagerWriteClient<'_, C> {
                EnergymanagerWriteClient(self.0.block(&REGISTERS[30..33], &REGISTERS, LIMITS))
            }
            /// Block `parameters` (base 400).
            pub fn parameters(&mut self) -> ParametersClient<'_, C> {
                ParametersClient(self.0.block(&REGISTERS[33..48], &REGISTERS, LIMITS))
            }
            /// Block `configuration` (base 500).
            pub fn configuration(&mut self) -> ConfigurationClient<'_, C> {
                ConfigurationClient(self.0.block(&REGISTERS[48..114], &REGISTERS, LIMITS))
            }
            /// Block `data_values` (base 600).
            pub fn data_values(&mut self) -> DataValuesClient<'_, C> {
                DataValuesClient(self.0.block(&REGISTERS[114..172], &REGISTERS, LIMITS))
            }
            /// Block `extended_values` (base 700).
            pub fn extended_values(&mut self) -> ExtendedValuesClient<'_, C> {
                ExtendedValuesClient(self.0.block(&REGISTERS[172..189], &REGISTERS, LIMITS))
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
                            short_data: v.block(&REGISTERS[0..8])?,
                            command: v.block(&REGISTERS[8..11])?,
                            energymanager: v.block(&REGISTERS[15..30])?,
                            energymanager_write: v.block(&REGISTERS[30..33])?,
                            parameters: v.block(&REGISTERS[33..48])?,
                            configuration: v.block(&REGISTERS[48..114])?,
                            data_values: v.block(&REGISTERS[114..172])?,
                            extended_values: v.block(&REGISTERS[172..189])?,
                        }),
                    )
                    .await
            }
        }
    }
}
