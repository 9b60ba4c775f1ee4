// @generated from specs/clage_dsx.csv by `cargo xtask gen`.
// Do not edit: change the spec and run the command again.

/// CLAGE DSX Touch / ISX
///
/// ESP32 based instantaneous water heaters CLAGE DSX Touch and E-module ISX, Modbus RTU over EIA-485 (register mapping version 1.5). The word order of 32/64-bit values is a device setting (coil 402 modbus_word_order_big_endian) and old firmware sends the low word first, so clients read coil 402 before decoding; the spec default high_first matches that coil set to true. Array parameters (exemplar n) are named name_n, exemplar 0 keeps the plain name as in the vendor Python map. Unit fractions C10/kW10/lmin10 are 1/10 of the base unit.
///
/// - vendor: CLAGE GmbH
/// - firmware: 0.6.6
/// - unit id: 1
/// - word order: high_first, string byte order: high_first
/// - spec: `specs/clage_dsx.csv`
#[allow(
    clippy::all,
    clippy::pedantic,
    unused_imports,
    dead_code,
    non_camel_case_types,
    non_snake_case
)]
pub mod clage_dsx {
    use ::modbus_map::__private as mm;
    /// Device name as in the spec.
    pub const NAME: &str = "clage_dsx";
    /// Default unit id (server address).
    pub const UNIT: u8 = 1;
    /// Word order of 32/64-bit values unless a register says otherwise.
    pub const WORD_ORDER: mm::WordOrder = mm::WordOrder::HighFirst;
    /// Newest firmware the spec describes (`0.6.6`).
    pub const FIRMWARE: ::core::option::Option<mm::Version> = ::core::option::Option::Some(
        mm::Version([0, 6, 6, 0]),
    );
    /// Limits the read planner honours for this device.
    pub const LIMITS: mm::PlanLimits = mm::PlanLimits {
        read_limit: 125,
        max_gap: 0,
        values_per_read: ::core::option::Option::None,
    };
    /// Every register of the device, block by block in spec order, instance by instance.
    pub static REGISTERS: [mm::RegisterDescriptor; 139] = descriptors::ALL;
    #[allow(non_upper_case_globals)]
    mod descriptors {
        use super::mm::{
            self, Access::*, ByteOrder, DataType::*, RegisterDescriptor as D, Table::*,
            WordOrder,
        };
        pub const ALL: [D; 139] = D::table(
            &[
                &[
                    Shape0.at("sensors.temp_in_c10", 0),
                    Shape0.at("sensors.temp_out_c10", 1),
                    D::new("sensors.flow_lmin10", Input, 2, U8)
                        .with_scale(0.1, 0.0)
                        .with_unit("l/min"),
                    Shape1.at("sensors.power_kw10", 3),
                    D::new("sensors.power_pc", Input, 4, U8)
                        .with_range(0.0, 100.0)
                        .with_unit("%"),
                    Shape1.at("sensors.power_max_kw10", 5),
                    D::new("sensors.total_energy_wh", Input, 100, U32).with_unit("Wh"),
                    Shape2.at("sensors.total_volume_l", 102),
                    D::new("sensors.total_tap_count", Input, 104, U32),
                    Shape3.at("sensors.device_total_uptime_s", 106),
                    Shape3.at("sensors.device_total_heating_s", 108),
                    Shape3.at("sensors.device_uptime_s", 110),
                    Shape4.at("sensors.resistivity_state", 112),
                    D::new("sensors.resistivity_8ohmcm", Input, 113, U16)
                        .with_scale(8.0, 0.0)
                        .with_unit("Ω·cm"),
                    D::new("sensors.fill_remain_l", Input, 200, U16).with_unit("L"),
                    D::new("sensors.fill_remain_s", Input, 201, U16).with_unit("s"),
                    Shape5.at("sensors.therm_treat_count", 202),
                    Shape2.at("sensors.therm_treat_amount_l", 203),
                    Shape3.at("sensors.therm_treat_duration_s", 205),
                    Shape4.at("sensors.pu_error", 300),
                    Shape5.at("sensors.ctrl_val", 301),
                    D::new("sensors.leakage_raw", Input, 302, U16).with_range(0.0, 4095.0),
                    D::new("sensors.mps_id", Input, 310, U8).with_range(0.0, 3.0),
                    Shape4.at("sensors.mps_id_end", 311),
                    Shape1.at("sensors.mps0_kw10", 312),
                    Shape1.at("sensors.mps1_kw10", 313),
                    Shape1.at("sensors.mps2_kw10", 314),
                    Shape1.at("sensors.mps3_kw10", 315),
                    Shape4.at("sensors.pu_err", 320),
                    Shape4.at("sensors.pu_err_1", 321),
                    Shape4.at("sensors.pu_err_2", 322),
                    Shape4.at("sensors.pu_err_3", 323),
                    Shape4.at("sensors.pu_err_4", 324),
                    Shape4.at("sensors.pu_err_5", 325),
                    Shape4.at("sensors.pu_err_6", 326),
                    Shape4.at("sensors.pu_err_7", 327),
                    Shape4.at("sensors.pu_err_8", 328),
                    Shape4.at("sensors.pu_err_9", 329),
                    Shape3.at("sensors.pu_err_s", 330),
                    Shape3.at("sensors.pu_err_s_1", 332),
                    Shape3.at("sensors.pu_err_s_2", 334),
                    Shape3.at("sensors.pu_err_s_3", 336),
                    Shape3.at("sensors.pu_err_s_4", 338),
                    Shape3.at("sensors.pu_err_s_5", 340),
                    Shape3.at("sensors.pu_err_s_6", 342),
                    Shape3.at("sensors.pu_err_s_7", 344),
                    Shape3.at("sensors.pu_err_s_8", 346),
                    Shape3.at("sensors.pu_err_s_9", 348),
                    Shape6.at("sensors.app_v_ma_mi_re", 350),
                    Shape6.at("sensors.app2_v_ma_mi_re", 354),
                    Shape6.at("sensors.serial_number_u64", 358),
                    Shape6.at("sensors.article_number_u64", 362),
                    Shape5.at("sensors.magic", 400),
                    Shape5.at("sensors.map_version_major", 401),
                    Shape5.at("sensors.map_version_minor", 402),
                    D::new("sensors.epoch_s", Input, 500, U64).with_unit("s"),
                    D::new("sensors.net_aws_state", Input, 504, I16),
                ],
                &[
                    D::new("settings.temp_setpoint_c10", Holding, 0, U16)
                        .with_scale(0.1, 0.0)
                        .with_unit("°C"),
                    D::new("settings.flow_max_lmin10", Holding, 1, U8)
                        .with_scale(0.1, 0.0)
                        .with_unit("l/min"),
                    D::new(
                            "settings.temp_setpoint_max_scalding_protection_c10",
                            Holding,
                            2,
                            U16,
                        )
                        .with_scale(0.1, 0.0)
                        .with_safety()
                        .with_unit("°C"),
                    Shape7.at("settings.temp_setpoint_delta_steps", 3),
                    Shape7.at("settings.flow_max_delta_steps", 4),
                    D::new("settings.volume_start_l", Holding, 200, U16).with_unit("L"),
                    D::new("settings.timer_start_s", Holding, 201, U16).with_unit("s"),
                    D::new("settings.timer_timeout_min", Holding, 202, U16).with_unit("min"),
                    Shape8.at("settings.timer_sound", 203),
                    Shape9.at("settings.leakage_active", 300),
                    Shape9.at("settings.leakage_inactive", 301),
                    D::new("settings.mps_id", Holding, 310, U8)
                        .with_range(0.0, 3.0)
                        .with_safety(),
                    D::new("settings.modbus_baudrate", Holding, 400, U32),
                    D::new("settings.modbus_parity", Holding, 402, U8)
                        .with_range(0.0, 2.0)
                        .with_values(super::SettingsModbusParity::VALUES),
                    Shape8.at("settings.modbus_server_addr", 403),
                    Shape8.at("settings.modbus_server_addr_1", 404),
                    Shape8.at("settings.modbus_server_addr_2", 405),
                    Shape8.at("settings.modbus_server_addr_3", 406),
                    Shape8.at("settings.modbus_server_addr_4", 407),
                    Shape8.at("settings.modbus_broadcast_addr", 408),
                    D::new("settings.modbus_epoch_s", Holding, 410, U64).with_unit("s"),
                ],
                &[
                    Shape10.at("status.is_power_limit", 0),
                    Shape10.at("status.is_temp_setpoint_max", 1),
                    Shape10.at("status.is_temp_setpoint_max_scalding_protection", 2),
                    Shape10.at("status.is_jumper_lock", 3),
                    Shape10.at("status.is_therm_treat_inhibit", 200),
                    Shape10.at("status.is_therm_treat_active", 201),
                    Shape10.at("status.filling_active", 202),
                    Shape10.at("status.is_fill_amount", 203),
                    Shape10.at("status.is_fill_time", 204),
                    Shape10.at("status.has_rm", 300),
                    Shape10.at("status.has_vc", 301),
                    Shape10.at("status.is_fast_boot", 302),
                    Shape10.at("status.leakage", 303),
                    Shape10.at("status.vc_is_closed", 304),
                    Shape10.at("status.net_sntp_client_up", 500),
                    Shape10.at("status.wlan_sta_bssid_set", 501),
                    Shape10.at("status.hw_tft_touch", 600),
                    Shape10.at("status.gui_screens_up", 601),
                ],
                &[
                    Shape11.at("controls.timer_do_stop_flow", 200),
                    Shape11.at("controls.timer_stop_if_flow0", 201),
                    Shape11.at("controls.filling_active", 210),
                    Shape11.at("controls.timer_active", 211),
                    Shape12.at("controls.therm_treat_active", 212),
                    Shape12.at("controls.valve_open", 213),
                    Shape11.at("controls.system_do_reboot", 300),
                    Shape11.at("controls.system_do_reset", 301),
                    Shape11.at("controls.system_do_reboot_next", 302),
                    Shape11.at("controls.update_do_all", 310),
                    Shape11.at("controls.update_use_beta", 311),
                    Shape11.at("controls.update_do_check", 312),
                    Shape11.at("controls.update_check_daily", 313),
                    Shape11.at("controls.update_do_app", 314),
                    Shape11.at("controls.update_do_www", 315),
                    Shape11.at("controls.modbus_test_init", 400),
                    Shape11.at("controls.modbus_test", 401),
                    Shape11.at("controls.modbus_word_order_big_endian", 402),
                    Shape11.at("controls.wlan_ap", 500),
                    Shape11.at("controls.wlan_restart", 501),
                    Shape11.at("controls.wlan_setup", 502),
                    Shape11.at("controls.wlan_scan", 503),
                    Shape11.at("controls.wlan_active", 504),
                    Shape11.at("controls.net_sntp_from_dhcp", 505),
                    Shape11.at("controls.daylight_saving", 506),
                    Shape11.at("controls.net_rest_api", 507),
                    Shape11.at("controls.net_rest_api_tls", 508),
                    Shape11.at("controls.net_rest_api_auth", 509),
                    Shape11.at("controls.net_access_param_r", 510),
                    Shape11.at("controls.net_access_param_w", 511),
                    Shape11.at("controls.net_aws", 530),
                    Shape11.at("controls.net_aws_do_restart", 531),
                    Shape11.at("controls.net_aws_do_deletion", 532),
                    Shape11.at("controls.net_aws_do_reset", 533),
                    Shape11.at("controls.home_flow", 600),
                    Shape11.at("controls.home_time", 601),
                    Shape11.at("controls.display_bright_flow", 602),
                    Shape11.at("controls.sound", 603),
                    Shape11.at("controls.start_jingle", 604),
                    Shape11.at("controls.stat_show_costs", 605),
                    Shape11.at("controls.devel_log_cpu_temp", 700),
                    Shape11.at("controls.devel_update_test_feed", 701),
                    Shape11.at("controls.devel_url_sn_suffix", 702),
                ],
            ],
        );
        /// Shared by 2 registers, each at its own name and address (`Shape0.at(name, address)`).
        const Shape0: D = D::new("", Input, 0, U16).with_scale(0.1, 0.0).with_unit("°C");
        /// Shared by 6 registers, each at its own name and address (`Shape1.at(name, address)`).
        const Shape1: D = D::new("", Input, 0, U16).with_scale(0.1, 0.0).with_unit("kW");
        /// Shared by 2 registers, each at its own name and address (`Shape2.at(name, address)`).
        const Shape2: D = D::new("", Input, 0, U32).with_unit("L");
        /// Shared by 14 registers, each at its own name and address (`Shape3.at(name, address)`).
        const Shape3: D = D::new("", Input, 0, U32).with_unit("s");
        /// Shared by 13 registers, each at its own name and address (`Shape4.at(name, address)`).
        const Shape4: D = D::new("", Input, 0, U8);
        /// Shared by 5 registers, each at its own name and address (`Shape5.at(name, address)`).
        const Shape5: D = D::new("", Input, 0, U16);
        /// Shared by 4 registers, each at its own name and address (`Shape6.at(name, address)`).
        const Shape6: D = D::new("", Input, 0, U64);
        /// Shared by 2 registers, each at its own name and address (`Shape7.at(name, address)`).
        const Shape7: D = D::new("", Holding, 0, I16);
        /// Shared by 7 registers, each at its own name and address (`Shape8.at(name, address)`).
        const Shape8: D = D::new("", Holding, 0, U8);
        /// Shared by 2 registers, each at its own name and address (`Shape9.at(name, address)`).
        const Shape9: D = D::new("", Holding, 0, U16);
        /// Shared by 18 registers, each at its own name and address (`Shape10.at(name, address)`).
        const Shape10: D = D::new("", Discrete, 0, Bool);
        /// Shared by 41 registers, each at its own name and address (`Shape11.at(name, address)`).
        const Shape11: D = D::new("", Coil, 0, Bool);
        /// Shared by 2 registers, each at its own name and address (`Shape12.at(name, address)`).
        const Shape12: D = D::new("", Coil, 0, Bool).with_safety();
    }
    /// `sensors.temp_in_c10`: input 0.
    pub const SENSORS_TEMP_IN_C10: mm::RegisterDescriptor = descriptors::ALL[0];
    /// `sensors.temp_out_c10`: input 1.
    pub const SENSORS_TEMP_OUT_C10: mm::RegisterDescriptor = descriptors::ALL[1];
    /// `sensors.flow_lmin10`: input 2.
    pub const SENSORS_FLOW_LMIN10: mm::RegisterDescriptor = descriptors::ALL[2];
    /// `sensors.power_kw10`: input 3.
    pub const SENSORS_POWER_KW10: mm::RegisterDescriptor = descriptors::ALL[3];
    /// `sensors.power_pc`: input 4.
    pub const SENSORS_POWER_PC: mm::RegisterDescriptor = descriptors::ALL[4];
    /// `sensors.power_max_kw10`: input 5.
    pub const SENSORS_POWER_MAX_KW10: mm::RegisterDescriptor = descriptors::ALL[5];
    /// `sensors.total_energy_wh`: input 100.
    pub const SENSORS_TOTAL_ENERGY_WH: mm::RegisterDescriptor = descriptors::ALL[6];
    /// `sensors.total_volume_l`: input 102.
    pub const SENSORS_TOTAL_VOLUME_L: mm::RegisterDescriptor = descriptors::ALL[7];
    /// `sensors.total_tap_count`: input 104.
    pub const SENSORS_TOTAL_TAP_COUNT: mm::RegisterDescriptor = descriptors::ALL[8];
    /// `sensors.device_total_uptime_s`: input 106.
    pub const SENSORS_DEVICE_TOTAL_UPTIME_S: mm::RegisterDescriptor = descriptors::ALL[9];
    /// `sensors.device_total_heating_s`: input 108.
    pub const SENSORS_DEVICE_TOTAL_HEATING_S: mm::RegisterDescriptor = descriptors::ALL[10];
    /// `sensors.device_uptime_s`: input 110.
    pub const SENSORS_DEVICE_UPTIME_S: mm::RegisterDescriptor = descriptors::ALL[11];
    /// `sensors.resistivity_state`: input 112.
    pub const SENSORS_RESISTIVITY_STATE: mm::RegisterDescriptor = descriptors::ALL[12];
    /// `sensors.resistivity_8ohmcm`: input 113.
    pub const SENSORS_RESISTIVITY_8OHMCM: mm::RegisterDescriptor = descriptors::ALL[13];
    /// `sensors.fill_remain_l`: input 200.
    pub const SENSORS_FILL_REMAIN_L: mm::RegisterDescriptor = descriptors::ALL[14];
    /// `sensors.fill_remain_s`: input 201.
    pub const SENSORS_FILL_REMAIN_S: mm::RegisterDescriptor = descriptors::ALL[15];
    /// `sensors.therm_treat_count`: input 202.
    pub const SENSORS_THERM_TREAT_COUNT: mm::RegisterDescriptor = descriptors::ALL[16];
    /// `sensors.therm_treat_amount_l`: input 203.
    pub const SENSORS_THERM_TREAT_AMOUNT_L: mm::RegisterDescriptor = descriptors::ALL[17];
    /// `sensors.therm_treat_duration_s`: input 205.
    pub const SENSORS_THERM_TREAT_DURATION_S: mm::RegisterDescriptor = descriptors::ALL[18];
    /// `sensors.pu_error`: input 300.
    pub const SENSORS_PU_ERROR: mm::RegisterDescriptor = descriptors::ALL[19];
    /// `sensors.ctrl_val`: input 301.
    pub const SENSORS_CTRL_VAL: mm::RegisterDescriptor = descriptors::ALL[20];
    /// `sensors.leakage_raw`: input 302.
    pub const SENSORS_LEAKAGE_RAW: mm::RegisterDescriptor = descriptors::ALL[21];
    /// `sensors.mps_id`: input 310.
    pub const SENSORS_MPS_ID: mm::RegisterDescriptor = descriptors::ALL[22];
    /// `sensors.mps_id_end`: input 311.
    pub const SENSORS_MPS_ID_END: mm::RegisterDescriptor = descriptors::ALL[23];
    /// `sensors.mps0_kw10`: input 312.
    pub const SENSORS_MPS0_KW10: mm::RegisterDescriptor = descriptors::ALL[24];
    /// `sensors.mps1_kw10`: input 313.
    pub const SENSORS_MPS1_KW10: mm::RegisterDescriptor = descriptors::ALL[25];
    /// `sensors.mps2_kw10`: input 314.
    pub const SENSORS_MPS2_KW10: mm::RegisterDescriptor = descriptors::ALL[26];
    /// `sensors.mps3_kw10`: input 315.
    pub const SENSORS_MPS3_KW10: mm::RegisterDescriptor = descriptors::ALL[27];
    /// `sensors.pu_err`: input 320.
    pub const SENSORS_PU_ERR: mm::RegisterDescriptor = descriptors::ALL[28];
    /// `sensors.pu_err_1`: input 321.
    pub const SENSORS_PU_ERR_1: mm::RegisterDescriptor = descriptors::ALL[29];
    /// `sensors.pu_err_2`: input 322.
    pub const SENSORS_PU_ERR_2: mm::RegisterDescriptor = descriptors::ALL[30];
    /// `sensors.pu_err_3`: input 323.
    pub const SENSORS_PU_ERR_3: mm::RegisterDescriptor = descriptors::ALL[31];
    /// `sensors.pu_err_4`: input 324.
    pub const SENSORS_PU_ERR_4: mm::RegisterDescriptor = descriptors::ALL[32];
    /// `sensors.pu_err_5`: input 325.
    pub const SENSORS_PU_ERR_5: mm::RegisterDescriptor = descriptors::ALL[33];
    /// `sensors.pu_err_6`: input 326.
    pub const SENSORS_PU_ERR_6: mm::RegisterDescriptor = descriptors::ALL[34];
    /// `sensors.pu_err_7`: input 327.
    pub const SENSORS_PU_ERR_7: mm::RegisterDescriptor = descriptors::ALL[35];
    /// `sensors.pu_err_8`: input 328.
    pub const SENSORS_PU_ERR_8: mm::RegisterDescriptor = descriptors::ALL[36];
    /// `sensors.pu_err_9`: input 329.
    pub const SENSORS_PU_ERR_9: mm::RegisterDescriptor = descriptors::ALL[37];
    /// `sensors.pu_err_s`: input 330.
    pub const SENSORS_PU_ERR_S: mm::RegisterDescriptor = descriptors::ALL[38];
    /// `sensors.pu_err_s_1`: input 332.
    pub const SENSORS_PU_ERR_S_1: mm::RegisterDescriptor = descriptors::ALL[39];
    /// `sensors.pu_err_s_2`: input 334.
    pub const SENSORS_PU_ERR_S_2: mm::RegisterDescriptor = descriptors::ALL[40];
    /// `sensors.pu_err_s_3`: input 336.
    pub const SENSORS_PU_ERR_S_3: mm::RegisterDescriptor = descriptors::ALL[41];
    /// `sensors.pu_err_s_4`: input 338.
    pub const SENSORS_PU_ERR_S_4: mm::RegisterDescriptor = descriptors::ALL[42];
    /// `sensors.pu_err_s_5`: input 340.
    pub const SENSORS_PU_ERR_S_5: mm::RegisterDescriptor = descriptors::ALL[43];
    /// `sensors.pu_err_s_6`: input 342.
    pub const SENSORS_PU_ERR_S_6: mm::RegisterDescriptor = descriptors::ALL[44];
    /// `sensors.pu_err_s_7`: input 344.
    pub const SENSORS_PU_ERR_S_7: mm::RegisterDescriptor = descriptors::ALL[45];
    /// `sensors.pu_err_s_8`: input 346.
    pub const SENSORS_PU_ERR_S_8: mm::RegisterDescriptor = descriptors::ALL[46];
    /// `sensors.pu_err_s_9`: input 348.
    pub const SENSORS_PU_ERR_S_9: mm::RegisterDescriptor = descriptors::ALL[47];
    /// `sensors.app_v_ma_mi_re`: input 350.
    pub const SENSORS_APP_V_MA_MI_RE: mm::RegisterDescriptor = descriptors::ALL[48];
    /// `sensors.app2_v_ma_mi_re`: input 354.
    pub const SENSORS_APP2_V_MA_MI_RE: mm::RegisterDescriptor = descriptors::ALL[49];
    /// `sensors.serial_number_u64`: input 358.
    pub const SENSORS_SERIAL_NUMBER_U64: mm::RegisterDescriptor = descriptors::ALL[50];
    /// `sensors.article_number_u64`: input 362.
    pub const SENSORS_ARTICLE_NUMBER_U64: mm::RegisterDescriptor = descriptors::ALL[51];
    /// `sensors.magic`: input 400.
    pub const SENSORS_MAGIC: mm::RegisterDescriptor = descriptors::ALL[52];
    /// `sensors.map_version_major`: input 401.
    pub const SENSORS_MAP_VERSION_MAJOR: mm::RegisterDescriptor = descriptors::ALL[53];
    /// `sensors.map_version_minor`: input 402.
    pub const SENSORS_MAP_VERSION_MINOR: mm::RegisterDescriptor = descriptors::ALL[54];
    /// `sensors.epoch_s`: input 500.
    pub const SENSORS_EPOCH_S: mm::RegisterDescriptor = descriptors::ALL[55];
    /// `sensors.net_aws_state`: input 504.
    pub const SENSORS_NET_AWS_STATE: mm::RegisterDescriptor = descriptors::ALL[56];
    /// `settings.temp_setpoint_c10`: holding 0.
    pub const SETTINGS_TEMP_SETPOINT_C10: mm::RegisterDescriptor = descriptors::ALL[57];
    /// `settings.flow_max_lmin10`: holding 1.
    pub const SETTINGS_FLOW_MAX_LMIN10: mm::RegisterDescriptor = descriptors::ALL[58];
    /// `settings.temp_setpoint_max_scalding_protection_c10`: holding 2.
    pub const SETTINGS_TEMP_SETPOINT_MAX_SCALDING_PROTECTION_C10: mm::RegisterDescriptor = descriptors::ALL[59];
    /// `settings.temp_setpoint_delta_steps`: holding 3.
    pub const SETTINGS_TEMP_SETPOINT_DELTA_STEPS: mm::RegisterDescriptor = descriptors::ALL[60];
    /// `settings.flow_max_delta_steps`: holding 4.
    pub const SETTINGS_FLOW_MAX_DELTA_STEPS: mm::RegisterDescriptor = descriptors::ALL[61];
    /// `settings.volume_start_l`: holding 200.
    pub const SETTINGS_VOLUME_START_L: mm::RegisterDescriptor = descriptors::ALL[62];
    /// `settings.timer_start_s`: holding 201.
    pub const SETTINGS_TIMER_START_S: mm::RegisterDescriptor = descriptors::ALL[63];
    /// `settings.timer_timeout_min`: holding 202.
    pub const SETTINGS_TIMER_TIMEOUT_MIN: mm::RegisterDescriptor = descriptors::ALL[64];
    /// `settings.timer_sound`: holding 203.
    pub const SETTINGS_TIMER_SOUND: mm::RegisterDescriptor = descriptors::ALL[65];
    /// `settings.leakage_active`: holding 300.
    pub const SETTINGS_LEAKAGE_ACTIVE: mm::RegisterDescriptor = descriptors::ALL[66];
    /// `settings.leakage_inactive`: holding 301.
    pub const SETTINGS_LEAKAGE_INACTIVE: mm::RegisterDescriptor = descriptors::ALL[67];
    /// `settings.mps_id`: holding 310.
    pub const SETTINGS_MPS_ID: mm::RegisterDescriptor = descriptors::ALL[68];
    /// `settings.modbus_baudrate`: holding 400.
    pub const SETTINGS_MODBUS_BAUDRATE: mm::RegisterDescriptor = descriptors::ALL[69];
    /// `settings.modbus_parity`: holding 402.
    pub const SETTINGS_MODBUS_PARITY: mm::RegisterDescriptor = descriptors::ALL[70];
    /// `settings.modbus_server_addr`: holding 403.
    pub const SETTINGS_MODBUS_SERVER_ADDR: mm::RegisterDescriptor = descriptors::ALL[71];
    /// `settings.modbus_server_addr_1`: holding 404.
    pub const SETTINGS_MODBUS_SERVER_ADDR_1: mm::RegisterDescriptor = descriptors::ALL[72];
    /// `settings.modbus_server_addr_2`: holding 405.
    pub const SETTINGS_MODBUS_SERVER_ADDR_2: mm::RegisterDescriptor = descriptors::ALL[73];
    /// `settings.modbus_server_addr_3`: holding 406.
    pub const SETTINGS_MODBUS_SERVER_ADDR_3: mm::RegisterDescriptor = descriptors::ALL[74];
    /// `settings.modbus_server_addr_4`: holding 407.
    pub const SETTINGS_MODBUS_SERVER_ADDR_4: mm::RegisterDescriptor = descriptors::ALL[75];
    /// `settings.modbus_broadcast_addr`: holding 408.
    pub const SETTINGS_MODBUS_BROADCAST_ADDR: mm::RegisterDescriptor = descriptors::ALL[76];
    /// `settings.modbus_epoch_s`: holding 410.
    pub const SETTINGS_MODBUS_EPOCH_S: mm::RegisterDescriptor = descriptors::ALL[77];
    /// `status.is_power_limit`: discrete 0.
    pub const STATUS_IS_POWER_LIMIT: mm::RegisterDescriptor = descriptors::ALL[78];
    /// `status.is_temp_setpoint_max`: discrete 1.
    pub const STATUS_IS_TEMP_SETPOINT_MAX: mm::RegisterDescriptor = descriptors::ALL[79];
    /// `status.is_temp_setpoint_max_scalding_protection`: discrete 2.
    pub const STATUS_IS_TEMP_SETPOINT_MAX_SCALDING_PROTECTION: mm::RegisterDescriptor = descriptors::ALL[80];
    /// `status.is_jumper_lock`: discrete 3.
    pub const STATUS_IS_JUMPER_LOCK: mm::RegisterDescriptor = descriptors::ALL[81];
    /// `status.is_therm_treat_inhibit`: discrete 200.
    pub const STATUS_IS_THERM_TREAT_INHIBIT: mm::RegisterDescriptor = descriptors::ALL[82];
    /// `status.is_therm_treat_active`: discrete 201.
    pub const STATUS_IS_THERM_TREAT_ACTIVE: mm::RegisterDescriptor = descriptors::ALL[83];
    /// `status.filling_active`: discrete 202.
    pub const STATUS_FILLING_ACTIVE: mm::RegisterDescriptor = descriptors::ALL[84];
    /// `status.is_fill_amount`: discrete 203.
    pub const STATUS_IS_FILL_AMOUNT: mm::RegisterDescriptor = descriptors::ALL[85];
    /// `status.is_fill_time`: discrete 204.
    pub const STATUS_IS_FILL_TIME: mm::RegisterDescriptor = descriptors::ALL[86];
    /// `status.has_rm`: discrete 300.
    pub const STATUS_HAS_RM: mm::RegisterDescriptor = descriptors::ALL[87];
    /// `status.has_vc`: discrete 301.
    pub const STATUS_HAS_VC: mm::RegisterDescriptor = descriptors::ALL[88];
    /// `status.is_fast_boot`: discrete 302.
    pub const STATUS_IS_FAST_BOOT: mm::RegisterDescriptor = descriptors::ALL[89];
    /// `status.leakage`: discrete 303.
    pub const STATUS_LEAKAGE: mm::RegisterDescriptor = descriptors::ALL[90];
    /// `status.vc_is_closed`: discrete 304.
    pub const STATUS_VC_IS_CLOSED: mm::RegisterDescriptor = descriptors::ALL[91];
    /// `status.net_sntp_client_up`: discrete 500.
    pub const STATUS_NET_SNTP_CLIENT_UP: mm::RegisterDescriptor = descriptors::ALL[92];
    /// `status.wlan_sta_bssid_set`: discrete 501.
    pub const STATUS_WLAN_STA_BSSID_SET: mm::RegisterDescriptor = descriptors::ALL[93];
    /// `status.hw_tft_touch`: discrete 600.
    pub const STATUS_HW_TFT_TOUCH: mm::RegisterDescriptor = descriptors::ALL[94];
    /// `status.gui_screens_up`: discrete 601.
    pub const STATUS_GUI_SCREENS_UP: mm::RegisterDescriptor = descriptors::ALL[95];
    /// `controls.timer_do_stop_flow`: coil 200.
    pub const CONTROLS_TIMER_DO_STOP_FLOW: mm::RegisterDescriptor = descriptors::ALL[96];
    /// `controls.timer_stop_if_flow0`: coil 201.
    pub const CONTROLS_TIMER_STOP_IF_FLOW0: mm::RegisterDescriptor = descriptors::ALL[97];
    /// `controls.filling_active`: coil 210.
    pub const CONTROLS_FILLING_ACTIVE: mm::RegisterDescriptor = descriptors::ALL[98];
    /// `controls.timer_active`: coil 211.
    pub const CONTROLS_TIMER_ACTIVE: mm::RegisterDescriptor = descriptors::ALL[99];
    /// `controls.therm_treat_active`: coil 212.
    pub const CONTROLS_THERM_TREAT_ACTIVE: mm::RegisterDescriptor = descriptors::ALL[100];
    /// `controls.valve_open`: coil 213.
    pub const CONTROLS_VALVE_OPEN: mm::RegisterDescriptor = descriptors::ALL[101];
    /// `controls.system_do_reboot`: coil 300.
    pub const CONTROLS_SYSTEM_DO_REBOOT: mm::RegisterDescriptor = descriptors::ALL[102];
    /// `controls.system_do_reset`: coil 301.
    pub const CONTROLS_SYSTEM_DO_RESET: mm::RegisterDescriptor = descriptors::ALL[103];
    /// `controls.system_do_reboot_next`: coil 302.
    pub const CONTROLS_SYSTEM_DO_REBOOT_NEXT: mm::RegisterDescriptor = descriptors::ALL[104];
    /// `controls.update_do_all`: coil 310.
    pub const CONTROLS_UPDATE_DO_ALL: mm::RegisterDescriptor = descriptors::ALL[105];
    /// `controls.update_use_beta`: coil 311.
    pub const CONTROLS_UPDATE_USE_BETA: mm::RegisterDescriptor = descriptors::ALL[106];
    /// `controls.update_do_check`: coil 312.
    pub const CONTROLS_UPDATE_DO_CHECK: mm::RegisterDescriptor = descriptors::ALL[107];
    /// `controls.update_check_daily`: coil 313.
    pub const CONTROLS_UPDATE_CHECK_DAILY: mm::RegisterDescriptor = descriptors::ALL[108];
    /// `controls.update_do_app`: coil 314.
    pub const CONTROLS_UPDATE_DO_APP: mm::RegisterDescriptor = descriptors::ALL[109];
    /// `controls.update_do_www`: coil 315.
    pub const CONTROLS_UPDATE_DO_WWW: mm::RegisterDescriptor = descriptors::ALL[110];
    /// `controls.modbus_test_init`: coil 400.
    pub const CONTROLS_MODBUS_TEST_INIT: mm::RegisterDescriptor = descriptors::ALL[111];
    /// `controls.modbus_test`: coil 401.
    pub const CONTROLS_MODBUS_TEST: mm::RegisterDescriptor = descriptors::ALL[112];
    /// `controls.modbus_word_order_big_endian`: coil 402.
    pub const CONTROLS_MODBUS_WORD_ORDER_BIG_ENDIAN: mm::RegisterDescriptor = descriptors::ALL[113];
    /// `controls.wlan_ap`: coil 500.
    pub const CONTROLS_WLAN_AP: mm::RegisterDescriptor = descriptors::ALL[114];
    /// `controls.wlan_restart`: coil 501.
    pub const CONTROLS_WLAN_RESTART: mm::RegisterDescriptor = descriptors::ALL[115];
    /// `controls.wlan_setup`: coil 502.
    pub const CONTROLS_WLAN_SETUP: mm::RegisterDescriptor = descriptors::ALL[116];
    /// `controls.wlan_scan`: coil 503.
    pub const CONTROLS_WLAN_SCAN: mm::RegisterDescriptor = descriptors::ALL[117];
    /// `controls.wlan_active`: coil 504.
    pub const CONTROLS_WLAN_ACTIVE: mm::RegisterDescriptor = descriptors::ALL[118];
    /// `controls.net_sntp_from_dhcp`: coil 505.
    pub const CONTROLS_NET_SNTP_FROM_DHCP: mm::RegisterDescriptor = descriptors::ALL[119];
    /// `controls.daylight_saving`: coil 506.
    pub const CONTROLS_DAYLIGHT_SAVING: mm::RegisterDescriptor = descriptors::ALL[120];
    /// `controls.net_rest_api`: coil 507.
    pub const CONTROLS_NET_REST_API: mm::RegisterDescriptor = descriptors::ALL[121];
    /// `controls.net_rest_api_tls`: coil 508.
    pub const CONTROLS_NET_REST_API_TLS: mm::RegisterDescriptor = descriptors::ALL[122];
    /// `controls.net_rest_api_auth`: coil 509.
    pub const CONTROLS_NET_REST_API_AUTH: mm::RegisterDescriptor = descriptors::ALL[123];
    /// `controls.net_access_param_r`: coil 510.
    pub const CONTROLS_NET_ACCESS_PARAM_R: mm::RegisterDescriptor = descriptors::ALL[124];
    /// `controls.net_access_param_w`: coil 511.
    pub const CONTROLS_NET_ACCESS_PARAM_W: mm::RegisterDescriptor = descriptors::ALL[125];
    /// `controls.net_aws`: coil 530.
    pub const CONTROLS_NET_AWS: mm::RegisterDescriptor = descriptors::ALL[126];
    /// `controls.net_aws_do_restart`: coil 531.
    pub const CONTROLS_NET_AWS_DO_RESTART: mm::RegisterDescriptor = descriptors::ALL[127];
    /// `controls.net_aws_do_deletion`: coil 532.
    pub const CONTROLS_NET_AWS_DO_DELETION: mm::RegisterDescriptor = descriptors::ALL[128];
    /// `controls.net_aws_do_reset`: coil 533.
    pub const CONTROLS_NET_AWS_DO_RESET: mm::RegisterDescriptor = descriptors::ALL[129];
    /// `controls.home_flow`: coil 600.
    pub const CONTROLS_HOME_FLOW: mm::RegisterDescriptor = descriptors::ALL[130];
    /// `controls.home_time`: coil 601.
    pub const CONTROLS_HOME_TIME: mm::RegisterDescriptor = descriptors::ALL[131];
    /// `controls.display_bright_flow`: coil 602.
    pub const CONTROLS_DISPLAY_BRIGHT_FLOW: mm::RegisterDescriptor = descriptors::ALL[132];
    /// `controls.sound`: coil 603.
    pub const CONTROLS_SOUND: mm::RegisterDescriptor = descriptors::ALL[133];
    /// `controls.start_jingle`: coil 604.
    pub const CONTROLS_START_JINGLE: mm::RegisterDescriptor = descriptors::ALL[134];
    /// `controls.stat_show_costs`: coil 605.
    pub const CONTROLS_STAT_SHOW_COSTS: mm::RegisterDescriptor = descriptors::ALL[135];
    /// `controls.devel_log_cpu_temp`: coil 700.
    pub const CONTROLS_DEVEL_LOG_CPU_TEMP: mm::RegisterDescriptor = descriptors::ALL[136];
    /// `controls.devel_update_test_feed`: coil 701.
    pub const CONTROLS_DEVEL_UPDATE_TEST_FEED: mm::RegisterDescriptor = descriptors::ALL[137];
    /// `controls.devel_url_sn_suffix`: coil 702.
    pub const CONTROLS_DEVEL_URL_SN_SUFFIX: mm::RegisterDescriptor = descriptors::ALL[138];
    /// Values of `settings.modbus_parity`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum SettingsModbusParity {
        /// `none` (raw 0).
        None,
        /// `odd` (raw 1).
        Odd,
        /// `even` (raw 2).
        Even,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    mm::impl_modbus_enum!(
        SettingsModbusParity { None = 0 => "none", Odd = 1 => "odd", Even = 2 => "even" }
        Unknown
    );
    /// Slave dispatch tables: serve this device with `modbus_map::server` or the `no_std` dispatch core.
    pub mod dispatch {
        use ::modbus_map::__private::dispatch::{
            self, DeviceMap, Entry, GapRange, TableMap, UnitMap,
        };
        static UNIT_1_COIL: [Entry; 43] = Entry::runs(&super::REGISTERS, &[(96, 43, 0)]);
        static UNIT_1_COIL_INDEX: [u16; 503] = [
            0, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 4, 5, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6,
            6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6,
            6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6,
            6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 7, 8, 9, 9, 9, 9, 9,
            9, 9, 9, 10, 11, 12, 13, 14, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15,
            15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15,
            15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15,
            15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15,
            15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 16, 17, 18, 18, 18, 18, 18, 18,
            18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18,
            18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18,
            18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18,
            18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18,
            18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 19, 20, 21, 22, 23, 24, 25, 26,
            27, 28, 29, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
            30, 30, 31, 32, 33, 34, 34, 34, 34, 34, 34, 34, 34, 34, 34, 34, 34, 34, 34, 34,
            34, 34, 34, 34, 34, 34, 34, 34, 34, 34, 34, 34, 34, 34, 34, 34, 34, 34, 34, 34,
            34, 34, 34, 34, 34, 34, 34, 34, 34, 34, 34, 34, 34, 34, 34, 34, 34, 34, 34, 34,
            34, 34, 34, 34, 34, 34, 34, 34, 34, 34, 34, 34, 35, 36, 37, 38, 39, 40, 40, 40,
            40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40,
            40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40,
            40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40,
            40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40,
            40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 41, 42,
        ];
        static UNIT_1_DISCRETE: [Entry; 18] = Entry::runs(
            &super::REGISTERS,
            &[(78, 18, 43)],
        );
        static UNIT_1_DISCRETE_INDEX: [u16; 602] = [
            0, 1, 2, 3, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
            4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
            4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
            4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
            4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
            4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
            4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
            4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 5, 6, 7, 8, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9,
            9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9,
            9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9,
            9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9,
            9, 9, 9, 9, 10, 11, 12, 13, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14,
            14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14,
            14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14,
            14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14,
            14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14,
            14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14,
            14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14,
            14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14,
            14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14,
            14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14,
            14, 14, 14, 15, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16,
            16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16,
            16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16,
            16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16,
            16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16,
            16, 16, 16, 17,
        ];
        static UNIT_1_INPUT: [Entry; 57] = Entry::runs(&super::REGISTERS, &[(0, 57, 61)]);
        static UNIT_1_INPUT_INDEX: [u16; 505] = [
            0, 1, 2, 3, 4, 5, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6,
            6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6,
            6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6,
            6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 7, 7, 8, 8, 9, 9, 10,
            10, 11, 11, 12, 12, 13, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14,
            14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14,
            14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14,
            14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14,
            14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 15, 16, 17, 18, 18, 19, 19,
            19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19,
            19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19,
            19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19,
            19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19,
            19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 20, 21, 22, 22, 22, 22, 22,
            22, 22, 22, 23, 24, 25, 26, 27, 28, 28, 28, 28, 28, 29, 30, 31, 32, 33, 34, 35,
            36, 37, 38, 39, 39, 40, 40, 41, 41, 42, 42, 43, 43, 44, 44, 45, 45, 46, 46, 47,
            47, 48, 48, 49, 49, 49, 49, 50, 50, 50, 50, 51, 51, 51, 51, 52, 52, 52, 52, 52,
            52, 52, 52, 52, 52, 52, 52, 52, 52, 52, 52, 52, 52, 52, 52, 52, 52, 52, 52, 52,
            52, 52, 52, 52, 52, 52, 52, 52, 52, 52, 52, 52, 52, 53, 54, 55, 55, 55, 55, 55,
            55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55,
            55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55,
            55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55,
            55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55,
            55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 56, 56, 56, 56,
        ];
        static UNIT_1_HOLDING: [Entry; 21] = Entry::runs(
            &super::REGISTERS,
            &[(57, 21, 151)],
        );
        static UNIT_1_HOLDING_INDEX: [u16; 414] = [
            0, 1, 2, 3, 4, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5,
            5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5,
            5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5,
            5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5,
            5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5,
            5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5,
            5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5,
            5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 6, 7, 8, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9,
            9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9,
            9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9,
            9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9,
            9, 9, 9, 9, 10, 11, 11, 11, 11, 11, 11, 11, 11, 11, 12, 12, 12, 12, 12, 12, 12,
            12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12,
            12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12,
            12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12,
            12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12,
            12, 12, 12, 13, 13, 14, 15, 16, 17, 18, 19, 20, 20, 21, 21, 21,
        ];
        static UNITS: [UnitMap; 1] = [
            UnitMap {
                unit_id: 1,
                coils: TableMap {
                    entries: &UNIT_1_COIL,
                    allow_gaps: false,
                    gap_ranges: &[],
                    index_base: 200,
                    index: &UNIT_1_COIL_INDEX,
                },
                discrete_inputs: TableMap {
                    entries: &UNIT_1_DISCRETE,
                    allow_gaps: false,
                    gap_ranges: &[],
                    index_base: 0,
                    index: &UNIT_1_DISCRETE_INDEX,
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
                    index: &UNIT_1_HOLDING_INDEX,
                },
                values_per_read: 0,
            },
        ];
        /// Initial storage words (spec defaults, start values where there is none), indexed by slot.
        pub static DEFAULTS: [u16; 176] = dispatch::words(
            &[(17, &[1]), (89, &[2800]), (143, &[49574, 1, 5])],
        );
        /// The device's whole map, for `modbus_map::dispatch::Dispatcher::new(&MAP)`.
        pub static MAP: DeviceMap = DeviceMap {
            name: "clage_dsx",
            default_unit: 1,
            units: &UNITS,
            defaults: &DEFAULTS,
            word_order_coil: ::core::option::Option::Some(&UNIT_1_COIL[17]),
        };
    }
    mm::tokio_client! {
        /// Readable registers of block `sensors`.
        #[derive(Debug, Clone, PartialEq)]
        pub struct Sensors {
            /// `sensors.temp_in_c10`: Current inlet temperature [1/10 deg centigrade] (vendor name temp_in_C10) (°C)
            pub temp_in_c10: f64,
            /// `sensors.temp_out_c10`: Current outlet temperature [1/10 deg centigrade] (vendor name temp_out_C10) (°C)
            pub temp_out_c10: f64,
            /// `sensors.flow_lmin10`: Current water flow [1/10 l/min] (l/min)
            pub flow_lmin10: f64,
            /// `sensors.power_kw10`: Current power consumption [1/10 kW] (vendor name power_kW10) (kW)
            pub power_kw10: f64,
            /// `sensors.power_pc`: Current power consumption [percent] (vendor name power_PC) (%, 0 ..= 100)
            pub power_pc: u8,
            /// `sensors.power_max_kw10`: Maximum power consumption [1/10 kW] (MPS selected) (vendor name power_max_kW10) (kW)
            pub power_max_kw10: f64,
            /// `sensors.total_energy_wh`: Total energy consumed 32 bit [Wh] (vendor name total_energy_Wh) (Wh)
            pub total_energy_wh: u32,
            /// `sensors.total_volume_l`: Total water consumed 32 bit [l] (L)
            pub total_volume_l: u32,
            /// `sensors.total_tap_count`: Count of water tap usages 32 bit
            pub total_tap_count: u32,
            /// `sensors.device_total_uptime_s`: Device total power-on time 32 bit [s] (s)
            pub device_total_uptime_s: u32,
            /// `sensors.device_total_heating_s`: Device total heating time 32 bit [s] (s)
            pub device_total_heating_s: u32,
            /// `sensors.device_uptime_s`: Time since last power-on 32 bit [s] (s)
            pub device_uptime_s: u32,
            /// `sensors.resistivity_state`: State of water resistivity measurement.
            pub resistivity_state: u8,
            /// `sensors.resistivity_8ohmcm`: Value of water resistivity (1 digit = 8 Ohm*cm). (vendor name resistivity_8Ohmcm) (Ω·cm)
            pub resistivity_8ohmcm: f64,
            /// `sensors.fill_remain_l`: Remaining volume of fill automatic in liter (L)
            pub fill_remain_l: u16,
            /// `sensors.fill_remain_s`: Remaining time of timer automatic in seconds (s)
            pub fill_remain_s: u16,
            /// `sensors.therm_treat_count`: Number of thermal treatments
            pub therm_treat_count: u16,
            /// `sensors.therm_treat_amount_l`: Volume used for thermal treatment in liter (L)
            pub therm_treat_amount_l: u32,
            /// `sensors.therm_treat_duration_s`: Duration of thermal treatment in seconds (s)
            pub therm_treat_duration_s: u32,
            /// `sensors.pu_error`: Device error code (0 = no error)
            pub pu_error: u8,
            /// `sensors.ctrl_val`: Control value (normal value 2800) [unit fraction u16ctrl]
            pub ctrl_val: u16,
            /// `sensors.leakage_raw`: Leakage detection raw 12 bit ADC value (0...4095) (0 ..= 4095)
            pub leakage_raw: u16,
            /// `sensors.mps_id`: Currently selected MPS level 0 to (mps_id_end-1) [unit fraction u8mpsid] (in clage_modbus_mapping.csv only) (0 ..= 3)
            pub mps_id: u8,
            /// `sensors.mps_id_end`: Number of MPS levels supported [unit fraction u8mpsid]
            pub mps_id_end: u8,
            /// `sensors.mps0_kw10`: Maximum power at MPS level 0 (vendor name mps0_kW10) (kW)
            pub mps0_kw10: f64,
            /// `sensors.mps1_kw10`: Maximum power at MPS level 1 (vendor name mps1_kW10) (kW)
            pub mps1_kw10: f64,
            /// `sensors.mps2_kw10`: Maximum power at MPS level 2 (vendor name mps2_kW10) (kW)
            pub mps2_kw10: f64,
            /// `sensors.mps3_kw10`: Maximum power at MPS level 3 (vendor name mps3_kW10) (kW)
            pub mps3_kw10: f64,
            /// `sensors.pu_err`: Device error code history entry
            pub pu_err: u8,
            /// `sensors.pu_err_1`: Device error code history entry (vendor name pu_err[1])
            pub pu_err_1: u8,
            /// `sensors.pu_err_2`: Device error code history entry (vendor name pu_err[2])
            pub pu_err_2: u8,
            /// `sensors.pu_err_3`: Device error code history entry (vendor name pu_err[3])
            pub pu_err_3: u8,
            /// `sensors.pu_err_4`: Device error code history entry (vendor name pu_err[4])
            pub pu_err_4: u8,
            /// `sensors.pu_err_5`: Device error code history entry (vendor name pu_err[5])
            pub pu_err_5: u8,
            /// `sensors.pu_err_6`: Device error code history entry (vendor name pu_err[6])
            pub pu_err_6: u8,
            /// `sensors.pu_err_7`: Device error code history entry (vendor name pu_err[7])
            pub pu_err_7: u8,
            /// `sensors.pu_err_8`: Device error code history entry (vendor name pu_err[8])
            pub pu_err_8: u8,
            /// `sensors.pu_err_9`: Device error code history entry (vendor name pu_err[9])
            pub pu_err_9: u8,
            /// `sensors.pu_err_s`: Device error code history entry timestamp [s] (s)
            pub pu_err_s: u32,
            /// `sensors.pu_err_s_1`: Device error code history entry timestamp [s] (vendor name pu_err_s[1]) (s)
            pub pu_err_s_1: u32,
            /// `sensors.pu_err_s_2`: Device error code history entry timestamp [s] (vendor name pu_err_s[2]) (s)
            pub pu_err_s_2: u32,
            /// `sensors.pu_err_s_3`: Device error code history entry timestamp [s] (vendor name pu_err_s[3]) (s)
            pub pu_err_s_3: u32,
            /// `sensors.pu_err_s_4`: Device error code history entry timestamp [s] (vendor name pu_err_s[4]) (s)
            pub pu_err_s_4: u32,
            /// `sensors.pu_err_s_5`: Device error code history entry timestamp [s] (vendor name pu_err_s[5]) (s)
            pub pu_err_s_5: u32,
            /// `sensors.pu_err_s_6`: Device error code history entry timestamp [s] (vendor name pu_err_s[6]) (s)
            pub pu_err_s_6: u32,
            /// `sensors.pu_err_s_7`: Device error code history entry timestamp [s] (vendor name pu_err_s[7]) (s)
            pub pu_err_s_7: u32,
            /// `sensors.pu_err_s_8`: Device error code history entry timestamp [s] (vendor name pu_err_s[8]) (s)
            pub pu_err_s_8: u32,
            /// `sensors.pu_err_s_9`: Device error code history entry timestamp [s] (vendor name pu_err_s[9]) (s)
            pub pu_err_s_9: u32,
            /// `sensors.app_v_ma_mi_re`: Numeric representation of active software version.
            pub app_v_ma_mi_re: u64,
            /// `sensors.app2_v_ma_mi_re`: Numeric representation of inactive software version.
            pub app2_v_ma_mi_re: u64,
            /// `sensors.serial_number_u64`: Device serial number as unsigned decimal integer.
            pub serial_number_u64: u64,
            /// `sensors.article_number_u64`: Device article number as unsigned decimal integer.
            pub article_number_u64: u64,
            /// `sensors.magic`: Modbus CLAGE magic value (const) (vendor name end)
            pub magic: u16,
            /// `sensors.map_version_major`: Modbus register mapping major version (const) (vendor name end)
            pub map_version_major: u16,
            /// `sensors.map_version_minor`: Modbus register mapping minor version (const) (vendor name end)
            pub map_version_minor: u16,
            /// `sensors.epoch_s`: Time of day as UNIX epoch 64 bit [s] [unit fraction epoch] (s)
            pub epoch_s: u64,
            /// `sensors.net_aws_state`: AWS cloud connection state (signed negative is error)
            pub net_aws_state: i16,
        }
        mm::block_decode!(
            Sensors { temp_in_c10 0, temp_out_c10 1, flow_lmin10 2, power_kw10 3, power_pc 4,
            power_max_kw10 5, total_energy_wh 6, total_volume_l 7, total_tap_count 8,
            device_total_uptime_s 9, device_total_heating_s 10, device_uptime_s 11,
            resistivity_state 12, resistivity_8ohmcm 13, fill_remain_l 14, fill_remain_s 15,
            therm_treat_count 16, therm_treat_amount_l 17, therm_treat_duration_s 18, pu_error
            19, ctrl_val 20, leakage_raw 21, mps_id 22, mps_id_end 23, mps0_kw10 24, mps1_kw10
            25, mps2_kw10 26, mps3_kw10 27, pu_err 28, pu_err_1 29, pu_err_2 30, pu_err_3 31,
            pu_err_4 32, pu_err_5 33, pu_err_6 34, pu_err_7 35, pu_err_8 36, pu_err_9 37,
            pu_err_s 38, pu_err_s_1 39, pu_err_s_2 40, pu_err_s_3 41, pu_err_s_4 42, pu_err_s_5
            43, pu_err_s_6 44, pu_err_s_7 45, pu_err_s_8 46, pu_err_s_9 47, app_v_ma_mi_re 48,
            app2_v_ma_mi_re 49, serial_number_u64 50, article_number_u64 51, magic 52,
            map_version_major 53, map_version_minor 54, epoch_s 55, net_aws_state 56 }
        );
        /// The registers of one instance of block `sensors`, read and written one by one or whole.
        #[derive(Debug)]
        pub struct SensorsClient<'a, C>(pub mm::BlockClient<'a, C>);
        impl<'a, C: mm::Reader + mm::Writer> SensorsClient<'a, C> {
            /// Reads every readable register of the `sensors` instance in as few requests as the planner allows.
            pub fn read(
                &mut self,
            ) -> impl ::core::future::Future<
                Output = mm::ModbusResult<Sensors>,
            > + use<'_, 'a, C> {
                self.0.read_block()
            }
            mm::register_fns!(
                read_temp_in_c10, _, 0, f64,
                "`sensors.temp_in_c10`: Current inlet temperature [1/10 deg centigrade] (vendor name temp_in_C10) (°C)"
            );
            mm::register_fns!(
                read_temp_out_c10, _, 1, f64,
                "`sensors.temp_out_c10`: Current outlet temperature [1/10 deg centigrade] (vendor name temp_out_C10) (°C)"
            );
            mm::register_fns!(
                read_flow_lmin10, _, 2, f64,
                "`sensors.flow_lmin10`: Current water flow [1/10 l/min] (l/min)"
            );
            mm::register_fns!(
                read_power_kw10, _, 3, f64,
                "`sensors.power_kw10`: Current power consumption [1/10 kW] (vendor name power_kW10) (kW)"
            );
            mm::register_fns!(
                read_power_pc, _, 4, u8,
                "`sensors.power_pc`: Current power consumption [percent] (vendor name power_PC) (%, 0 ..= 100)"
            );
            mm::register_fns!(
                read_power_max_kw10, _, 5, f64,
                "`sensors.power_max_kw10`: Maximum power consumption [1/10 kW] (MPS selected) (vendor name power_max_kW10) (kW)"
            );
            mm::register_fns!(
                read_total_energy_wh, _, 6, u32,
                "`sensors.total_energy_wh`: Total energy consumed 32 bit [Wh] (vendor name total_energy_Wh) (Wh)"
            );
            mm::register_fns!(
                read_total_volume_l, _, 7, u32,
                "`sensors.total_volume_l`: Total water consumed 32 bit [l] (L)"
            );
            mm::register_fns!(
                read_total_tap_count, _, 8, u32,
                "`sensors.total_tap_count`: Count of water tap usages 32 bit"
            );
            mm::register_fns!(
                read_device_total_uptime_s, _, 9, u32,
                "`sensors.device_total_uptime_s`: Device total power-on time 32 bit [s] (s)"
            );
            mm::register_fns!(
                read_device_total_heating_s, _, 10, u32,
                "`sensors.device_total_heating_s`: Device total heating time 32 bit [s] (s)"
            );
            mm::register_fns!(
                read_device_uptime_s, _, 11, u32,
                "`sensors.device_uptime_s`: Time since last power-on 32 bit [s] (s)"
            );
            mm::register_fns!(
                read_resistivity_state, _, 12, u8,
                "`sensors.resistivity_state`: State of water resistivity measurement."
            );
            mm::register_fns!(
                read_resistivity_8ohmcm, _, 13, f64,
                "`sensors.resistivity_8ohmcm`: Value of water resistivity (1 digit = 8 Ohm*cm). (vendor name resistivity_8Ohmcm) (Ω·cm)"
            );
            mm::register_fns!(
                read_fill_remain_l, _, 14, u16,
                "`sensors.fill_remain_l`: Remaining volume of fill automatic in liter (L)"
            );
            mm::register_fns!(
                read_fill_remain_s, _, 15, u16,
                "`sensors.fill_remain_s`: Remaining time of timer automatic in seconds (s)"
            );
            mm::register_fns!(
                read_therm_treat_count, _, 16, u16,
                "`sensors.therm_treat_count`: Number of thermal treatments"
            );
            mm::register_fns!(
                read_therm_treat_amount_l, _, 17, u32,
                "`sensors.therm_treat_amount_l`: Volume used for thermal treatment in liter (L)"
            );
            mm::register_fns!(
                read_therm_treat_duration_s, _, 18, u32,
                "`sensors.therm_treat_duration_s`: Duration of thermal treatment in seconds (s)"
            );
            mm::register_fns!(
                read_pu_error, _, 19, u8, "`sensors.pu_error`: Device error code (0 = no error)"
            );
            mm::register_fns!(
                read_ctrl_val, _, 20, u16,
                "`sensors.ctrl_val`: Control value (normal value 2800) [unit fraction u16ctrl]"
            );
            mm::register_fns!(
                read_leakage_raw, _, 21, u16,
                "`sensors.leakage_raw`: Leakage detection raw 12 bit ADC value (0...4095) (0 ..= 4095)"
            );
            mm::register_fns!(
                read_mps_id, _, 22, u8,
                "`sensors.mps_id`: Currently selected MPS level 0 to (mps_id_end-1) [unit fraction u8mpsid] (in clage_modbus_mapping.csv only) (0 ..= 3)"
            );
            mm::register_fns!(
                read_mps_id_end, _, 23, u8,
                "`sensors.mps_id_end`: Number of MPS levels supported [unit fraction u8mpsid]"
            );
            mm::register_fns!(
                read_mps0_kw10, _, 24, f64,
                "`sensors.mps0_kw10`: Maximum power at MPS level 0 (vendor name mps0_kW10) (kW)"
            );
            mm::register_fns!(
                read_mps1_kw10, _, 25, f64,
                "`sensors.mps1_kw10`: Maximum power at MPS level 1 (vendor name mps1_kW10) (kW)"
            );
            mm::register_fns!(
                read_mps2_kw10, _, 26, f64,
                "`sensors.mps2_kw10`: Maximum power at MPS level 2 (vendor name mps2_kW10) (kW)"
            );
            mm::register_fns!(
                read_mps3_kw10, _, 27, f64,
                "`sensors.mps3_kw10`: Maximum power at MPS level 3 (vendor name mps3_kW10) (kW)"
            );
            mm::register_fns!(
                read_pu_err, _, 28, u8, "`sensors.pu_err`: Device error code history entry"
            );
            mm::register_fns!(
                read_pu_err_1, _, 29, u8,
                "`sensors.pu_err_1`: Device error code history entry (vendor name pu_err[1])"
            );
            mm::register_fns!(
                read_pu_err_2, _, 30, u8,
                "`sensors.pu_err_2`: Device error code history entry (vendor name pu_err[2])"
            );
            mm::register_fns!(
                read_pu_err_3, _, 31, u8,
                "`sensors.pu_err_3`: Device error code history entry (vendor name pu_err[3])"
            );
            mm::register_fns!(
                read_pu_err_4, _, 32, u8,
                "`sensors.pu_err_4`: Device error code history entry (vendor name pu_err[4])"
            );
            mm::register_fns!(
                read_pu_err_5, _, 33, u8,
                "`sensors.pu_err_5`: Device error code history entry (vendor name pu_err[5])"
            );
            mm::register_fns!(
                read_pu_err_6, _, 34, u8,
                "`sensors.pu_err_6`: Device error code history entry (vendor name pu_err[6])"
            );
            mm::register_fns!(
                read_pu_err_7, _, 35, u8,
                "`sensors.pu_err_7`: Device error code history entry (vendor name pu_err[7])"
            );
            mm::register_fns!(
                read_pu_err_8, _, 36, u8,
                "`sensors.pu_err_8`: Device error code history entry (vendor name pu_err[8])"
            );
            mm::register_fns!(
                read_pu_err_9, _, 37, u8,
                "`sensors.pu_err_9`: Device error code history entry (vendor name pu_err[9])"
            );
            mm::register_fns!(
                read_pu_err_s, _, 38, u32,
                "`sensors.pu_err_s`: Device error code history entry timestamp [s] (s)"
            );
            mm::register_fns!(
                read_pu_err_s_1, _, 39, u32,
                "`sensors.pu_err_s_1`: Device error code history entry timestamp [s] (vendor name pu_err_s[1]) (s)"
            );
            mm::register_fns!(
                read_pu_err_s_2, _, 40, u32,
                "`sensors.pu_err_s_2`: Device error code history entry timestamp [s] (vendor name pu_err_s[2]) (s)"
            );
            mm::register_fns!(
                read_pu_err_s_3, _, 41, u32,
                "`sensors.pu_err_s_3`: Device error code history entry timestamp [s] (vendor name pu_err_s[3]) (s)"
            );
            mm::register_fns!(
                read_pu_err_s_4, _, 42, u32,
                "`sensors.pu_err_s_4`: Device error code history entry timestamp [s] (vendor name pu_err_s[4]) (s)"
            );
            mm::register_fns!(
                read_pu_err_s_5, _, 43, u32,
                "`sensors.pu_err_s_5`: Device error code history entry timestamp [s] (vendor name pu_err_s[5]) (s)"
            );
            mm::register_fns!(
                read_pu_err_s_6, _, 44, u32,
                "`sensors.pu_err_s_6`: Device error code history entry timestamp [s] (vendor name pu_err_s[6]) (s)"
            );
            mm::register_fns!(
                read_pu_err_s_7, _, 45, u32,
                "`sensors.pu_err_s_7`: Device error code history entry timestamp [s] (vendor name pu_err_s[7]) (s)"
            );
            mm::register_fns!(
                read_pu_err_s_8, _, 46, u32,
                "`sensors.pu_err_s_8`: Device error code history entry timestamp [s] (vendor name pu_err_s[8]) (s)"
            );
            mm::register_fns!(
                read_pu_err_s_9, _, 47, u32,
                "`sensors.pu_err_s_9`: Device error code history entry timestamp [s] (vendor name pu_err_s[9]) (s)"
            );
            mm::register_fns!(
                read_app_v_ma_mi_re, _, 48, u64,
                "`sensors.app_v_ma_mi_re`: Numeric representation of active software version."
            );
            mm::register_fns!(
                read_app2_v_ma_mi_re, _, 49, u64,
                "`sensors.app2_v_ma_mi_re`: Numeric representation of inactive software version."
            );
            mm::register_fns!(
                read_serial_number_u64, _, 50, u64,
                "`sensors.serial_number_u64`: Device serial number as unsigned decimal integer."
            );
            mm::register_fns!(
                read_article_number_u64, _, 51, u64,
                "`sensors.article_number_u64`: Device article number as unsigned decimal integer."
            );
            mm::register_fns!(
                read_magic, _, 52, u16,
                "`sensors.magic`: Modbus CLAGE magic value (const) (vendor name end)"
            );
            mm::register_fns!(
                read_map_version_major, _, 53, u16,
                "`sensors.map_version_major`: Modbus register mapping major version (const) (vendor name end)"
            );
            mm::register_fns!(
                read_map_version_minor, _, 54, u16,
                "`sensors.map_version_minor`: Modbus register mapping minor version (const) (vendor name end)"
            );
            mm::register_fns!(
                read_epoch_s, _, 55, u64,
                "`sensors.epoch_s`: Time of day as UNIX epoch 64 bit [s] [unit fraction epoch] (s)"
            );
            mm::register_fns!(
                read_net_aws_state, _, 56, i16,
                "`sensors.net_aws_state`: AWS cloud connection state (signed negative is error)"
            );
        }
        /// Readable registers of block `settings`.
        #[derive(Debug, Clone, PartialEq)]
        pub struct Settings {
            /// `settings.temp_setpoint_c10`: Outlet temperature setpoint [1/10 deg centigrade] (vendor name temp_setpoint_C10) [unit fraction C10main] (°C)
            pub temp_setpoint_c10: f64,
            /// `settings.flow_max_lmin10`: Maximum volume per time at outlet [1/10 l/min] [unit fraction lmin10max] (l/min)
            pub flow_max_lmin10: f64,
            /// `settings.temp_setpoint_max_scalding_protection_c10`: Maximum temperature setpoint [1/10 deg centigrade] (vendor name temp_setpoint_max_scalding_protection_C10) [unit fraction C10max] Scalding protection limit: counted among the "others" of the safety notice. (°C, safety-relevant)
            pub temp_setpoint_max_scalding_protection_c10: f64,
            /// `settings.temp_setpoint_delta_steps`: Outlet temperature setpoint change in steps.
            pub temp_setpoint_delta_steps: i16,
            /// `settings.flow_max_delta_steps`: Maximum volume per time at outlet change in steps.
            pub flow_max_delta_steps: i16,
            /// `settings.volume_start_l`: Amount of water to be filled with automatic in liter (L)
            pub volume_start_l: u16,
            /// `settings.timer_start_s`: Amount of time to keep water running by timer in seconds (s)
            pub timer_start_s: u16,
            /// `settings.timer_timeout_min`: Turn off automatic if no water flow for minutes (min)
            pub timer_timeout_min: u16,
            /// `settings.timer_sound`: Select sound to be played if automatic finishes (0 = off) [unit fraction sound]
            pub timer_sound: u8,
            /// `settings.leakage_active`: Threshold of ADC to assume leakage as active.
            pub leakage_active: u16,
            /// `settings.leakage_inactive`: Threshold of ADC to assume leakage as inactive.
            pub leakage_inactive: u16,
            /// `settings.mps_id`: MPS level to be initially selected (0 to mps_id_end-1) [unit fraction u8mpsid] Safety notice: the initial setting of the maximum power (MPS) is safety-relevant. (0 ..= 3, safety-relevant)
            pub mps_id: u8,
            /// `settings.modbus_baudrate`: UART symbols per second for EIA-485 usage.
            pub modbus_baudrate: u32,
            /// `settings.modbus_parity`: UART parity (0:none; 1:odd; 2:even) for EIA-485. [unit fraction parity] (0 ..= 2)
            pub modbus_parity: SettingsModbusParity,
            /// `settings.modbus_server_addr`: First server address
            pub modbus_server_addr: u8,
            /// `settings.modbus_server_addr_1`: Second server address (vendor name modbus_server_addr[1])
            pub modbus_server_addr_1: u8,
            /// `settings.modbus_server_addr_2`: Third server address (vendor name modbus_server_addr[2])
            pub modbus_server_addr_2: u8,
            /// `settings.modbus_server_addr_3`: Fourth server address (vendor name modbus_server_addr[3])
            pub modbus_server_addr_3: u8,
            /// `settings.modbus_server_addr_4`: Fifth server address (vendor name modbus_server_addr[4])
            pub modbus_server_addr_4: u8,
            /// `settings.modbus_broadcast_addr`: DLE broadcast address
            pub modbus_broadcast_addr: u8,
            /// `settings.modbus_epoch_s`: UNIX epoch time as provided by modbus [unit fraction epoch] (s)
            pub modbus_epoch_s: u64,
        }
        mm::block_decode!(
            Settings { temp_setpoint_c10 0, flow_max_lmin10 1,
            temp_setpoint_max_scalding_protection_c10 2, temp_setpoint_delta_steps 3,
            flow_max_delta_steps 4, volume_start_l 5, timer_start_s 6, timer_timeout_min 7,
            timer_sound 8, leakage_active 9, leakage_inactive 10, mps_id 11, modbus_baudrate 12,
            modbus_parity 13, modbus_server_addr 14, modbus_server_addr_1 15,
            modbus_server_addr_2 16, modbus_server_addr_3 17, modbus_server_addr_4 18,
            modbus_broadcast_addr 19, modbus_epoch_s 20 }
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
                read_temp_setpoint_c10, write_temp_setpoint_c10, 0, f64,
                "`settings.temp_setpoint_c10`: Outlet temperature setpoint [1/10 deg centigrade] (vendor name temp_setpoint_C10) [unit fraction C10main] (°C)"
            );
            mm::register_fns!(
                read_flow_max_lmin10, write_flow_max_lmin10, 1, f64,
                "`settings.flow_max_lmin10`: Maximum volume per time at outlet [1/10 l/min] [unit fraction lmin10max] (l/min)"
            );
            mm::register_fns!(
                read_temp_setpoint_max_scalding_protection_c10,
                write_temp_setpoint_max_scalding_protection_c10, 2, f64,
                "`settings.temp_setpoint_max_scalding_protection_c10`: Maximum temperature setpoint [1/10 deg centigrade] (vendor name temp_setpoint_max_scalding_protection_C10) [unit fraction C10max] Scalding protection limit: counted among the \"others\" of the safety notice. (°C, safety-relevant)"
            );
            mm::register_fns!(
                read_temp_setpoint_delta_steps, write_temp_setpoint_delta_steps, 3, i16,
                "`settings.temp_setpoint_delta_steps`: Outlet temperature setpoint change in steps."
            );
            mm::register_fns!(
                read_flow_max_delta_steps, write_flow_max_delta_steps, 4, i16,
                "`settings.flow_max_delta_steps`: Maximum volume per time at outlet change in steps."
            );
            mm::register_fns!(
                read_volume_start_l, write_volume_start_l, 5, u16,
                "`settings.volume_start_l`: Amount of water to be filled with automatic in liter (L)"
            );
            mm::register_fns!(
                read_timer_start_s, write_timer_start_s, 6, u16,
                "`settings.timer_start_s`: Amount of time to keep water running by timer in seconds (s)"
            );
            mm::register_fns!(
                read_timer_timeout_min, write_timer_timeout_min, 7, u16,
                "`settings.timer_timeout_min`: Turn off automatic if no water flow for minutes (min)"
            );
            mm::register_fns!(
                read_timer_sound, write_timer_sound, 8, u8,
                "`settings.timer_sound`: Select sound to be played if automatic finishes (0 = off) [unit fraction sound]"
            );
            mm::register_fns!(
                read_leakage_active, write_leakage_active, 9, u16,
                "`settings.leakage_active`: Threshold of ADC to assume leakage as active."
            );
            mm::register_fns!(
                read_leakage_inactive, write_leakage_inactive, 10, u16,
                "`settings.leakage_inactive`: Threshold of ADC to assume leakage as inactive."
            );
            mm::register_fns!(
                read_mps_id, write_mps_id, 11, u8,
                "`settings.mps_id`: MPS level to be initially selected (0 to mps_id_end-1) [unit fraction u8mpsid] Safety notice: the initial setting of the maximum power (MPS) is safety-relevant. (0 ..= 3, safety-relevant)"
            );
            mm::register_fns!(
                read_modbus_baudrate, write_modbus_baudrate, 12, u32,
                "`settings.modbus_baudrate`: UART symbols per second for EIA-485 usage."
            );
            mm::register_fns!(
                read_modbus_parity, write_modbus_parity, 13, SettingsModbusParity,
                "`settings.modbus_parity`: UART parity (0:none; 1:odd; 2:even) for EIA-485. [unit fraction parity] (0 ..= 2)"
            );
            mm::register_fns!(
                read_modbus_server_addr, write_modbus_server_addr, 14, u8,
                "`settings.modbus_server_addr`: First server address"
            );
            mm::register_fns!(
                read_modbus_server_addr_1, write_modbus_server_addr_1, 15, u8,
                "`settings.modbus_server_addr_1`: Second server address (vendor name modbus_server_addr[1])"
            );
            mm::register_fns!(
                read_modbus_server_addr_2, write_modbus_server_addr_2, 16, u8,
                "`settings.modbus_server_addr_2`: Third server address (vendor name modbus_server_addr[2])"
            );
            mm::register_fns!(
                read_modbus_server_addr_3, write_modbus_server_addr_3, 17, u8,
                "`settings.modbus_server_addr_3`: Fourth server address (vendor name modbus_server_addr[3])"
            );
            mm::register_fns!(
                read_modbus_server_addr_4, write_modbus_server_addr_4, 18, u8,
                "`settings.modbus_server_addr_4`: Fifth server address (vendor name modbus_server_addr[4])"
            );
            mm::register_fns!(
                read_modbus_broadcast_addr, write_modbus_broadcast_addr, 19, u8,
                "`settings.modbus_broadcast_addr`: DLE broadcast address"
            );
            mm::register_fns!(
                read_modbus_epoch_s, write_modbus_epoch_s, 20, u64,
                "`settings.modbus_epoch_s`: UNIX epoch time as provided by modbus [unit fraction epoch] (s)"
            );
        }
        /// Readable registers of block `status`.
        #[derive(Debug, Clone, PartialEq)]
        pub struct Status {
            /// `status.is_power_limit`: Flag if this device is on power limit.
            pub is_power_limit: bool,
            /// `status.is_temp_setpoint_max`: Is setpoint at maximum
            pub is_temp_setpoint_max: bool,
            /// `status.is_temp_setpoint_max_scalding_protection`: Is scalding protection
            pub is_temp_setpoint_max_scalding_protection: bool,
            /// `status.is_jumper_lock`: Flag if jumper lock is active
            pub is_jumper_lock: bool,
            /// `status.is_therm_treat_inhibit`: Flag if thermal treatment is inhibited
            pub is_therm_treat_inhibit: bool,
            /// `status.is_therm_treat_active`: Flag if thermal treatment is active
            pub is_therm_treat_active: bool,
            /// `status.filling_active`: Flag if filling automatic is active (deprecated) (in clage_modbus_mapping.csv only)
            pub filling_active: bool,
            /// `status.is_fill_amount`: Flag if filling automatic is active
            pub is_fill_amount: bool,
            /// `status.is_fill_time`: Flag if timer automatic is active
            pub is_fill_time: bool,
            /// `status.has_rm`: Flag if this device has a radio module installed. (vendor name has_RM)
            pub has_rm: bool,
            /// `status.has_vc`: Flag if this device has a valve installed. (vendor name has_VC)
            pub has_vc: bool,
            /// `status.is_fast_boot`: Fast boot ???
            pub is_fast_boot: bool,
            /// `status.leakage`: Flag if leakage is detected
            pub leakage: bool,
            /// `status.vc_is_closed`: Flag if valve is closed
            pub vc_is_closed: bool,
            /// `status.net_sntp_client_up`: Flag if SNTP client is running
            pub net_sntp_client_up: bool,
            /// `status.wlan_sta_bssid_set`: Flag if WLAN BSSID is set
            pub wlan_sta_bssid_set: bool,
            /// `status.hw_tft_touch`: Flag if this HW provides a TFT/GUI (DSX Touch)
            pub hw_tft_touch: bool,
            /// `status.gui_screens_up`: Flag if all screens are up
            pub gui_screens_up: bool,
        }
        mm::block_decode!(
            Status { is_power_limit 0, is_temp_setpoint_max 1,
            is_temp_setpoint_max_scalding_protection 2, is_jumper_lock 3, is_therm_treat_inhibit
            4, is_therm_treat_active 5, filling_active 6, is_fill_amount 7, is_fill_time 8,
            has_rm 9, has_vc 10, is_fast_boot 11, leakage 12, vc_is_closed 13, net_sntp_client_up
            14, wlan_sta_bssid_set 15, hw_tft_touch 16, gui_screens_up 17 }
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
                read_is_power_limit, _, 0, bool,
                "`status.is_power_limit`: Flag if this device is on power limit."
            );
            mm::register_fns!(
                read_is_temp_setpoint_max, _, 1, bool,
                "`status.is_temp_setpoint_max`: Is setpoint at maximum"
            );
            mm::register_fns!(
                read_is_temp_setpoint_max_scalding_protection, _, 2, bool,
                "`status.is_temp_setpoint_max_scalding_protection`: Is scalding protection"
            );
            mm::register_fns!(
                read_is_jumper_lock, _, 3, bool,
                "`status.is_jumper_lock`: Flag if jumper lock is active"
            );
            mm::register_fns!(
                read_is_therm_treat_inhibit, _, 4, bool,
                "`status.is_therm_treat_inhibit`: Flag if thermal treatment is inhibited"
            );
            mm::register_fns!(
                read_is_therm_treat_active, _, 5, bool,
                "`status.is_therm_treat_active`: Flag if thermal treatment is active"
            );
            mm::register_fns!(
                read_filling_active, _, 6, bool,
                "`status.filling_active`: Flag if filling automatic is active (deprecated) (in clage_modbus_mapping.csv only)"
            );
            mm::register_fns!(
                read_is_fill_amount, _, 7, bool,
                "`status.is_fill_amount`: Flag if filling automatic is active"
            );
            mm::register_fns!(
                read_is_fill_time, _, 8, bool,
                "`status.is_fill_time`: Flag if timer automatic is active"
            );
            mm::register_fns!(
                read_has_rm, _, 9, bool,
                "`status.has_rm`: Flag if this device has a radio module installed. (vendor name has_RM)"
            );
            mm::register_fns!(
                read_has_vc, _, 10, bool,
                "`status.has_vc`: Flag if this device has a valve installed. (vendor name has_VC)"
            );
            mm::register_fns!(
                read_is_fast_boot, _, 11, bool, "`status.is_fast_boot`: Fast boot ???"
            );
            mm::register_fns!(
                read_leakage, _, 12, bool, "`status.leakage`: Flag if leakage is detected"
            );
            mm::register_fns!(
                read_vc_is_closed, _, 13, bool, "`status.vc_is_closed`: Flag if valve is closed"
            );
            mm::register_fns!(
                read_net_sntp_client_up, _, 14, bool,
                "`status.net_sntp_client_up`: Flag if SNTP client is running"
            );
            mm::register_fns!(
                read_wlan_sta_bssid_set, _, 15, bool,
                "`status.wlan_sta_bssid_set`: Flag if WLAN BSSID is set"
            );
            mm::register_fns!(
                read_hw_tft_touch, _, 16, bool,
                "`status.hw_tft_touch`: Flag if this HW provides a TFT/GUI (DSX Touch)"
            );
            mm::register_fns!(
                read_gui_screens_up, _, 17, bool,
                "`status.gui_screens_up`: Flag if all screens are up"
            );
        }
        /// Readable registers of block `controls`.
        #[derive(Debug, Clone, PartialEq)]
        pub struct Controls {
            /// `controls.timer_do_stop_flow`: Flag if timer shall stop flow
            pub timer_do_stop_flow: bool,
            /// `controls.timer_stop_if_flow0`: Flag if timer shall stop at no flow
            pub timer_stop_if_flow0: bool,
            /// `controls.filling_active`: Flag if filling automatic shall be activated
            pub filling_active: bool,
            /// `controls.timer_active`: Flag if timer automatic shall be activated
            pub timer_active: bool,
            /// `controls.therm_treat_active`: Flag if thermal treatment shall be activated Safety notice: thermal treatment is safety-relevant (scalding). (safety-relevant)
            pub therm_treat_active: bool,
            /// `controls.valve_open`: Flag if valve shall be opened (after has been closed) Safety notice: opening the water valve after automatic shut-off is safety-relevant. (safety-relevant)
            pub valve_open: bool,
            /// `controls.system_do_reboot`: Flag to trigger new start of CPU
            pub system_do_reboot: bool,
            /// `controls.system_do_reset`: Flag to trigger factory reset
            pub system_do_reset: bool,
            /// `controls.system_do_reboot_next`: Flag to trigger start of second partition
            pub system_do_reboot_next: bool,
            /// `controls.update_do_all`: Flag to trigger complete online update
            pub update_do_all: bool,
            /// `controls.update_use_beta`: Flag if beta software shall be used
            pub update_use_beta: bool,
            /// `controls.update_do_check`: Flag to trigger checking for update
            pub update_do_check: bool,
            /// `controls.update_check_daily`: Flag if daily check shall be performed
            pub update_check_daily: bool,
            /// `controls.update_do_app`: Flag to trigger application download
            pub update_do_app: bool,
            /// `controls.update_do_www`: Flag to trigger web-UI content download
            pub update_do_www: bool,
            /// `controls.modbus_test_init`: Flag if initial test sequence shall be transmitted
            pub modbus_test_init: bool,
            /// `controls.modbus_test`: Flag if continuous test sequence shall be transmitted
            pub modbus_test: bool,
            /// `controls.modbus_word_order_big_endian`: Flag if modbus word order shall be big endian.
            pub modbus_word_order_big_endian: bool,
            /// `controls.wlan_ap`: Flag if WLAN shall operate as AP
            pub wlan_ap: bool,
            /// `controls.wlan_restart`: Trigger WLAN restart
            pub wlan_restart: bool,
            /// `controls.wlan_setup`: Trigger WLAN setup
            pub wlan_setup: bool,
            /// `controls.wlan_scan`: Trigger WLAN scan
            pub wlan_scan: bool,
            /// `controls.wlan_active`: Flag if WLAN shall be active
            pub wlan_active: bool,
            /// `controls.net_sntp_from_dhcp`: Flag if SNTP servers from DHCP shall be used.
            pub net_sntp_from_dhcp: bool,
            /// `controls.daylight_saving`: Flag if daylight saving shall be applied.
            pub daylight_saving: bool,
            /// `controls.net_rest_api`: Flag if REST API shall be started.
            pub net_rest_api: bool,
            /// `controls.net_rest_api_tls`: Flag if REST shall use TLS encryption.
            pub net_rest_api_tls: bool,
            /// `controls.net_rest_api_auth`: Flag if REST shall check for authentication.
            pub net_rest_api_auth: bool,
            /// `controls.net_access_param_r`: Flag if REST /param shall allow read access with legacy default.
            pub net_access_param_r: bool,
            /// `controls.net_access_param_w`: Flag if REST /param shall allow write access with legacy default.
            pub net_access_param_w: bool,
            /// `controls.net_aws`: Flag if AWS cloud service is/shall be active.
            pub net_aws: bool,
            /// `controls.net_aws_do_restart`: Restart of service and reload provisioning data.
            pub net_aws_do_restart: bool,
            /// `controls.net_aws_do_deletion`: Trigger removal of provisioning data.
            pub net_aws_do_deletion: bool,
            /// `controls.net_aws_do_reset`: Factory reset of service erasing certificates and renewing UUIDs.
            pub net_aws_do_reset: bool,
            /// `controls.home_flow`: Flag if home screen shall show flow limit
            pub home_flow: bool,
            /// `controls.home_time`: Flag if home screen shall show time
            pub home_time: bool,
            /// `controls.display_bright_flow`: Water flow finish idle state of display light.
            pub display_bright_flow: bool,
            /// `controls.sound`: Flag if device shall make sounds
            pub sound: bool,
            /// `controls.start_jingle`: Flag if device shall play a start jingle
            pub start_jingle: bool,
            /// `controls.stat_show_costs`: Flag if consts shall be shown in statistics.
            pub stat_show_costs: bool,
            /// `controls.devel_log_cpu_temp`: Flag if CPU temperature shall be logged.
            pub devel_log_cpu_temp: bool,
            /// `controls.devel_update_test_feed`: Flag if developer test feed shall be used for update
            pub devel_update_test_feed: bool,
            /// `controls.devel_url_sn_suffix`: Flag if S/N shall be provided for update
            pub devel_url_sn_suffix: bool,
        }
        mm::block_decode!(
            Controls { timer_do_stop_flow 0, timer_stop_if_flow0 1, filling_active 2,
            timer_active 3, therm_treat_active 4, valve_open 5, system_do_reboot 6,
            system_do_reset 7, system_do_reboot_next 8, update_do_all 9, update_use_beta 10,
            update_do_check 11, update_check_daily 12, update_do_app 13, update_do_www 14,
            modbus_test_init 15, modbus_test 16, modbus_word_order_big_endian 17, wlan_ap 18,
            wlan_restart 19, wlan_setup 20, wlan_scan 21, wlan_active 22, net_sntp_from_dhcp 23,
            daylight_saving 24, net_rest_api 25, net_rest_api_tls 26, net_rest_api_auth 27,
            net_access_param_r 28, net_access_param_w 29, net_aws 30, net_aws_do_restart 31,
            net_aws_do_deletion 32, net_aws_do_reset 33, home_flow 34, home_time 35,
            display_bright_flow 36, sound 37, start_jingle 38, stat_show_costs 39,
            devel_log_cpu_temp 40, devel_update_test_feed 41, devel_url_sn_suffix 42 }
        );
        /// The registers of one instance of block `controls`, read and written one by one or whole.
        #[derive(Debug)]
        pub struct ControlsClient<'a, C>(pub mm::BlockClient<'a, C>);
        impl<'a, C: mm::Reader + mm::Writer> ControlsClient<'a, C> {
            /// Reads every readable register of the `controls` instance in as few requests as the planner allows.
            pub fn read(
                &mut self,
            ) -> impl ::core::future::Future<
                Output = mm::ModbusResult<Controls>,
            > + use<'_, 'a, C> {
                self.0.read_block()
            }
            mm::register_fns!(
                read_timer_do_stop_flow, write_timer_do_stop_flow, 0, bool,
                "`controls.timer_do_stop_flow`: Flag if timer shall stop flow"
            );
            mm::register_fns!(
                read_timer_stop_if_flow0, write_timer_stop_if_flow0, 1, bool,
                "`controls.timer_stop_if_flow0`: Flag if timer shall stop at no flow"
            );
            mm::register_fns!(
                read_filling_active, write_filling_active, 2, bool,
                "`controls.filling_active`: Flag if filling automatic shall be activated"
            );
            mm::register_fns!(
                read_timer_active, write_timer_active, 3, bool,
                "`controls.timer_active`: Flag if timer automatic shall be activated"
            );
            mm::register_fns!(
                read_therm_treat_active, write_therm_treat_active, 4, bool,
                "`controls.therm_treat_active`: Flag if thermal treatment shall be activated Safety notice: thermal treatment is safety-relevant (scalding). (safety-relevant)"
            );
            mm::register_fns!(
                read_valve_open, write_valve_open, 5, bool,
                "`controls.valve_open`: Flag if valve shall be opened (after has been closed) Safety notice: opening the water valve after automatic shut-off is safety-relevant. (safety-relevant)"
            );
            mm::register_fns!(
                read_system_do_reboot, write_system_do_reboot, 6, bool,
                "`controls.system_do_reboot`: Flag to trigger new start of CPU"
            );
            mm::register_fns!(
                read_system_do_reset, write_system_do_reset, 7, bool,
                "`controls.system_do_reset`: Flag to trigger factory reset"
            );
            mm::register_fns!(
                read_system_do_reboot_next, write_system_do_reboot_next, 8, bool,
                "`controls.system_do_reboot_next`: Flag to trigger start of second partition"
            );
            mm::register_fns!(
                read_update_do_all, write_update_do_all, 9, bool,
                "`controls.update_do_all`: Flag to trigger complete online update"
            );
            mm::register_fns!(
                read_update_use_beta, write_update_use_beta, 10, bool,
                "`controls.update_use_beta`: Flag if beta software shall be used"
            );
            mm::register_fns!(
                read_update_do_check, write_update_do_check, 11, bool,
                "`controls.update_do_check`: Flag to trigger checking for update"
            );
            mm::register_fns!(
                read_update_check_daily, write_update_check_daily, 12, bool,
                "`controls.update_check_daily`: Flag if daily check shall be performed"
            );
            mm::register_fns!(
                read_update_do_app, write_update_do_app, 13, bool,
                "`controls.update_do_app`: Flag to trigger application download"
            );
            mm::register_fns!(
                read_update_do_www, write_update_do_www, 14, bool,
                "`controls.update_do_www`: Flag to trigger web-UI content download"
            );
            mm::register_fns!(
                read_modbus_test_init, write_modbus_test_init, 15, bool,
                "`controls.modbus_test_init`: Flag if initial test sequence shall be transmitted"
            );
            mm::register_fns!(
                read_modbus_test, write_modbus_test, 16, bool,
                "`controls.modbus_test`: Flag if continuous test sequence shall be transmitted"
            );
            mm::register_fns!(
                read_modbus_word_order_big_endian, write_modbus_word_order_big_endian, 17, bool,
                "`controls.modbus_word_order_big_endian`: Flag if modbus word order shall be big endian."
            );
            mm::register_fns!(
                read_wlan_ap, write_wlan_ap, 18, bool,
                "`controls.wlan_ap`: Flag if WLAN shall operate as AP"
            );
            mm::register_fns!(
                read_wlan_restart, write_wlan_restart, 19, bool,
                "`controls.wlan_restart`: Trigger WLAN restart"
            );
            mm::register_fns!(
                read_wlan_setup, write_wlan_setup, 20, bool,
                "`controls.wlan_setup`: Trigger WLAN setup"
            );
            mm::register_fns!(
                read_wlan_scan, write_wlan_scan, 21, bool,
                "`controls.wlan_scan`: Trigger WLAN scan"
            );
            mm::register_fns!(
                read_wlan_active, write_wlan_active, 22, bool,
                "`controls.wlan_active`: Flag if WLAN shall be active"
            );
            mm::register_fns!(
                read_net_sntp_from_dhcp, write_net_sntp_from_dhcp, 23, bool,
                "`controls.net_sntp_from_dhcp`: Flag if SNTP servers from DHCP shall be used."
            );
            mm::register_fns!(
                read_daylight_saving, write_daylight_saving, 24, bool,
                "`controls.daylight_saving`: Flag if daylight saving shall be applied."
            );
            mm::register_fns!(
                read_net_rest_api, write_net_rest_api, 25, bool,
                "`controls.net_rest_api`: Flag if REST API shall be started."
            );
            mm::register_fns!(
                read_net_rest_api_tls, write_net_rest_api_tls, 26, bool,
                "`controls.net_rest_api_tls`: Flag if REST shall use TLS encryption."
            );
            mm::register_fns!(
                read_net_rest_api_auth, write_net_rest_api_auth, 27, bool,
                "`controls.net_rest_api_auth`: Flag if REST shall check for authentication."
            );
            mm::register_fns!(
                read_net_access_param_r, write_net_access_param_r, 28, bool,
                "`controls.net_access_param_r`: Flag if REST /param shall allow read access with legacy default."
            );
            mm::register_fns!(
                read_net_access_param_w, write_net_access_param_w, 29, bool,
                "`controls.net_access_param_w`: Flag if REST /param shall allow write access with legacy default."
            );
            mm::register_fns!(
                read_net_aws, write_net_aws, 30, bool,
                "`controls.net_aws`: Flag if AWS cloud service is/shall be active."
            );
            mm::register_fns!(
                read_net_aws_do_restart, write_net_aws_do_restart, 31, bool,
                "`controls.net_aws_do_restart`: Restart of service and reload provisioning data."
            );
            mm::register_fns!(
                read_net_aws_do_deletion, write_net_aws_do_deletion, 32, bool,
                "`controls.net_aws_do_deletion`: Trigger removal of provisioning data."
            );
            mm::register_fns!(
                read_net_aws_do_reset, write_net_aws_do_reset, 33, bool,
                "`controls.net_aws_do_reset`: Factory reset of service erasing certificates and renewing UUIDs."
            );
            mm::register_fns!(
                read_home_flow, write_home_flow, 34, bool,
                "`controls.home_flow`: Flag if home screen shall show flow limit"
            );
            mm::register_fns!(
                read_home_time, write_home_time, 35, bool,
                "`controls.home_time`: Flag if home screen shall show time"
            );
            mm::register_fns!(
                read_display_bright_flow, write_display_bright_flow, 36, bool,
                "`controls.display_bright_flow`: Water flow finish idle state of display light."
            );
            mm::register_fns!(
                read_sound, write_sound, 37, bool,
                "`controls.sound`: Flag if device shall make sounds"
            );
            mm::register_fns!(
                read_start_jingle, write_start_jingle, 38, bool,
                "`controls.start_jingle`: Flag if device shall play a start jingle"
            );
            mm::register_fns!(
                read_stat_show_costs, write_stat_show_costs, 39, bool,
                "`controls.stat_show_costs`: Flag if consts shall be shown in statistics."
            );
            mm::register_fns!(
                read_devel_log_cpu_temp, write_devel_log_cpu_temp, 40, bool,
                "`controls.devel_log_cpu_temp`: Flag if CPU temperature shall be logged."
            );
            mm::register_fns!(
                read_devel_update_test_feed, write_devel_update_test_feed, 41, bool,
                "`controls.devel_update_test_feed`: Flag if developer test feed shall be used for update"
            );
            mm::register_fns!(
                read_devel_url_sn_suffix, write_devel_url_sn_suffix, 42, bool,
                "`controls.devel_url_sn_suffix`: Flag if S/N shall be provided for update"
            );
        }
        /// Everything [`Client::read_all`] returns: one field per block.
        #[derive(Debug, Clone, PartialEq)]
        pub struct All {
            /// Block `sensors`.
            pub sensors: Sensors,
            /// Block `settings`.
            pub settings: Settings,
            /// Block `status`.
            pub status: Status,
            /// Block `controls`.
            pub controls: Controls,
        }
        mm::device_client!("CLAGE DSX Touch / ISX");
        impl<C: mm::Reader + mm::Writer> Client<C> {
            /// Block `sensors` (base 0).
            pub fn sensors(&mut self) -> SensorsClient<'_, C> {
                SensorsClient(self.0.block(&REGISTERS[0..57], &REGISTERS, LIMITS))
            }
            /// Block `settings` (base 0).
            pub fn settings(&mut self) -> SettingsClient<'_, C> {
                SettingsClient(self.0.block(&REGISTERS[57..78], &REGISTERS, LIMITS))
            }
            /// Block `status` (base 0).
            pub fn status(&mut self) -> StatusClient<'_, C> {
                StatusClient(self.0.block(&REGISTERS[78..96], &REGISTERS, LIMITS))
            }
            /// Block `controls` (base 0).
            pub fn controls(&mut self) -> ControlsClient<'_, C> {
                ControlsClient(self.0.block(&REGISTERS[96..139], &REGISTERS, LIMITS))
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
                            sensors: v.block(&REGISTERS[0..57])?,
                            settings: v.block(&REGISTERS[57..78])?,
                            status: v.block(&REGISTERS[78..96])?,
                            controls: v.block(&REGISTERS[96..139])?,
                        }),
                    )
                    .await
            }
            /// Reads coil `controls.modbus_word_order_big_endian` (true = high word first) and uses that word order for every 32/64-bit register from now on.
            pub async fn detect_word_order(&mut self) -> mm::ModbusResult<mm::WordOrder> {
                self.0.sync_word_order(&REGISTERS[113]).await
            }
        }
    }
}
