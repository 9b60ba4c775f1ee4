/* @generated from specs/clage_dsx.csv by `cargo xtask gen`.
 * Do not edit: change the spec and run the command again. */
/* CLAGE DSX Touch / ISX: Modbus register map of `clage_dsx` (modbus-map).
 * ESP32 based instantaneous water heaters CLAGE DSX Touch and E-module ISX, Modbus RTU over EIA-485 (register mapping version 1.5). The word order of 32/64-bit values is a device setting (coil 402 modbus_word_order_big_endian) and old firmware sends the low word first, so clients read coil 402 before decoding; the spec default high_first matches that coil set to true. Array parameters (exemplar n) are named name_n, exemplar 0 keeps the plain name as in the vendor Python map. Unit fractions C10/kW10/lmin10 are 1/10 of the base unit.
 * Each register: its table, address and register count (COUNT; bits for coils and
 * discrete inputs), and SCALE/OFFSET where engineering value = raw * SCALE + OFFSET.
 * A 32-bit value whose high word lies apart has its low word alone at ADDRESS
 * (COUNT 1) and its high word at HIGH_WORD_ADDRESS. An alias serves the value of
 * the register ALIAS_OF names again, at its own ADDRESS with its own COUNT, SCALE and
 * OFFSET (a converting alias: its own type; the device converts the one value). */
#ifndef MODBUS_MAP_CLAGE_DSX_H
#define MODBUS_MAP_CLAGE_DSX_H

/* The Modbus tables, numbered as the function codes that read them. */
#ifndef MODBUS_MAP_TABLES
#define MODBUS_MAP_TABLES
#define MODBUS_MAP_COIL 1
#define MODBUS_MAP_DISCRETE 2
#define MODBUS_MAP_HOLDING 3
#define MODBUS_MAP_INPUT 4
#endif

#define CLAGE_DSX_UNIT_ID 1u

/* `controls.timer_do_stop_flow`: coil 200, bool: Flag if timer shall stop flow */
#define CLAGE_DSX_CONTROLS_TIMER_DO_STOP_FLOW_TABLE MODBUS_MAP_COIL
#define CLAGE_DSX_CONTROLS_TIMER_DO_STOP_FLOW_ADDRESS 0x00C8u
#define CLAGE_DSX_CONTROLS_TIMER_DO_STOP_FLOW_COUNT 1u

/* `controls.timer_stop_if_flow0`: coil 201, bool: Flag if timer shall stop at no flow */
#define CLAGE_DSX_CONTROLS_TIMER_STOP_IF_FLOW0_TABLE MODBUS_MAP_COIL
#define CLAGE_DSX_CONTROLS_TIMER_STOP_IF_FLOW0_ADDRESS 0x00C9u
#define CLAGE_DSX_CONTROLS_TIMER_STOP_IF_FLOW0_COUNT 1u

/* `controls.filling_active`: coil 210, bool: Flag if filling automatic shall be activated */
#define CLAGE_DSX_CONTROLS_FILLING_ACTIVE_TABLE MODBUS_MAP_COIL
#define CLAGE_DSX_CONTROLS_FILLING_ACTIVE_ADDRESS 0x00D2u
#define CLAGE_DSX_CONTROLS_FILLING_ACTIVE_COUNT 1u

/* `controls.timer_active`: coil 211, bool: Flag if timer automatic shall be activated */
#define CLAGE_DSX_CONTROLS_TIMER_ACTIVE_TABLE MODBUS_MAP_COIL
#define CLAGE_DSX_CONTROLS_TIMER_ACTIVE_ADDRESS 0x00D3u
#define CLAGE_DSX_CONTROLS_TIMER_ACTIVE_COUNT 1u

/* `controls.therm_treat_active`: coil 212, bool: Flag if thermal treatment shall be activated Safety notice: thermal treatment is safety-relevant (scalding). */
#define CLAGE_DSX_CONTROLS_THERM_TREAT_ACTIVE_TABLE MODBUS_MAP_COIL
#define CLAGE_DSX_CONTROLS_THERM_TREAT_ACTIVE_ADDRESS 0x00D4u
#define CLAGE_DSX_CONTROLS_THERM_TREAT_ACTIVE_COUNT 1u

/* `controls.valve_open`: coil 213, bool: Flag if valve shall be opened (after has been closed) Safety notice: opening the water valve after automatic shut-off is safety-relevant. */
#define CLAGE_DSX_CONTROLS_VALVE_OPEN_TABLE MODBUS_MAP_COIL
#define CLAGE_DSX_CONTROLS_VALVE_OPEN_ADDRESS 0x00D5u
#define CLAGE_DSX_CONTROLS_VALVE_OPEN_COUNT 1u

/* `controls.system_do_reboot`: coil 300, bool: Flag to trigger new start of CPU */
#define CLAGE_DSX_CONTROLS_SYSTEM_DO_REBOOT_TABLE MODBUS_MAP_COIL
#define CLAGE_DSX_CONTROLS_SYSTEM_DO_REBOOT_ADDRESS 0x012Cu
#define CLAGE_DSX_CONTROLS_SYSTEM_DO_REBOOT_COUNT 1u

/* `controls.system_do_reset`: coil 301, bool: Flag to trigger factory reset */
#define CLAGE_DSX_CONTROLS_SYSTEM_DO_RESET_TABLE MODBUS_MAP_COIL
#define CLAGE_DSX_CONTROLS_SYSTEM_DO_RESET_ADDRESS 0x012Du
#define CLAGE_DSX_CONTROLS_SYSTEM_DO_RESET_COUNT 1u

/* `controls.system_do_reboot_next`: coil 302, bool: Flag to trigger start of second partition */
#define CLAGE_DSX_CONTROLS_SYSTEM_DO_REBOOT_NEXT_TABLE MODBUS_MAP_COIL
#define CLAGE_DSX_CONTROLS_SYSTEM_DO_REBOOT_NEXT_ADDRESS 0x012Eu
#define CLAGE_DSX_CONTROLS_SYSTEM_DO_REBOOT_NEXT_COUNT 1u

/* `controls.update_do_all`: coil 310, bool: Flag to trigger complete online update */
#define CLAGE_DSX_CONTROLS_UPDATE_DO_ALL_TABLE MODBUS_MAP_COIL
#define CLAGE_DSX_CONTROLS_UPDATE_DO_ALL_ADDRESS 0x0136u
#define CLAGE_DSX_CONTROLS_UPDATE_DO_ALL_COUNT 1u

/* `controls.update_use_beta`: coil 311, bool: Flag if beta software shall be used */
#define CLAGE_DSX_CONTROLS_UPDATE_USE_BETA_TABLE MODBUS_MAP_COIL
#define CLAGE_DSX_CONTROLS_UPDATE_USE_BETA_ADDRESS 0x0137u
#define CLAGE_DSX_CONTROLS_UPDATE_USE_BETA_COUNT 1u

/* `controls.update_do_check`: coil 312, bool: Flag to trigger checking for update */
#define CLAGE_DSX_CONTROLS_UPDATE_DO_CHECK_TABLE MODBUS_MAP_COIL
#define CLAGE_DSX_CONTROLS_UPDATE_DO_CHECK_ADDRESS 0x0138u
#define CLAGE_DSX_CONTROLS_UPDATE_DO_CHECK_COUNT 1u

/* `controls.update_check_daily`: coil 313, bool: Flag if daily check shall be performed */
#define CLAGE_DSX_CONTROLS_UPDATE_CHECK_DAILY_TABLE MODBUS_MAP_COIL
#define CLAGE_DSX_CONTROLS_UPDATE_CHECK_DAILY_ADDRESS 0x0139u
#define CLAGE_DSX_CONTROLS_UPDATE_CHECK_DAILY_COUNT 1u

/* `controls.update_do_app`: coil 314, bool: Flag to trigger application download */
#define CLAGE_DSX_CONTROLS_UPDATE_DO_APP_TABLE MODBUS_MAP_COIL
#define CLAGE_DSX_CONTROLS_UPDATE_DO_APP_ADDRESS 0x013Au
#define CLAGE_DSX_CONTROLS_UPDATE_DO_APP_COUNT 1u

/* `controls.update_do_www`: coil 315, bool: Flag to trigger web-UI content download */
#define CLAGE_DSX_CONTROLS_UPDATE_DO_WWW_TABLE MODBUS_MAP_COIL
#define CLAGE_DSX_CONTROLS_UPDATE_DO_WWW_ADDRESS 0x013Bu
#define CLAGE_DSX_CONTROLS_UPDATE_DO_WWW_COUNT 1u

/* `controls.modbus_test_init`: coil 400, bool: Flag if initial test sequence shall be transmitted */
#define CLAGE_DSX_CONTROLS_MODBUS_TEST_INIT_TABLE MODBUS_MAP_COIL
#define CLAGE_DSX_CONTROLS_MODBUS_TEST_INIT_ADDRESS 0x0190u
#define CLAGE_DSX_CONTROLS_MODBUS_TEST_INIT_COUNT 1u

/* `controls.modbus_test`: coil 401, bool: Flag if continuous test sequence shall be transmitted */
#define CLAGE_DSX_CONTROLS_MODBUS_TEST_TABLE MODBUS_MAP_COIL
#define CLAGE_DSX_CONTROLS_MODBUS_TEST_ADDRESS 0x0191u
#define CLAGE_DSX_CONTROLS_MODBUS_TEST_COUNT 1u

/* `controls.modbus_word_order_big_endian`: coil 402, bool: Flag if modbus word order shall be big endian. */
#define CLAGE_DSX_CONTROLS_MODBUS_WORD_ORDER_BIG_ENDIAN_TABLE MODBUS_MAP_COIL
#define CLAGE_DSX_CONTROLS_MODBUS_WORD_ORDER_BIG_ENDIAN_ADDRESS 0x0192u
#define CLAGE_DSX_CONTROLS_MODBUS_WORD_ORDER_BIG_ENDIAN_COUNT 1u

/* `controls.wlan_ap`: coil 500, bool: Flag if WLAN shall operate as AP */
#define CLAGE_DSX_CONTROLS_WLAN_AP_TABLE MODBUS_MAP_COIL
#define CLAGE_DSX_CONTROLS_WLAN_AP_ADDRESS 0x01F4u
#define CLAGE_DSX_CONTROLS_WLAN_AP_COUNT 1u

/* `controls.wlan_restart`: coil 501, bool: Trigger WLAN restart */
#define CLAGE_DSX_CONTROLS_WLAN_RESTART_TABLE MODBUS_MAP_COIL
#define CLAGE_DSX_CONTROLS_WLAN_RESTART_ADDRESS 0x01F5u
#define CLAGE_DSX_CONTROLS_WLAN_RESTART_COUNT 1u

/* `controls.wlan_setup`: coil 502, bool: Trigger WLAN setup */
#define CLAGE_DSX_CONTROLS_WLAN_SETUP_TABLE MODBUS_MAP_COIL
#define CLAGE_DSX_CONTROLS_WLAN_SETUP_ADDRESS 0x01F6u
#define CLAGE_DSX_CONTROLS_WLAN_SETUP_COUNT 1u

/* `controls.wlan_scan`: coil 503, bool: Trigger WLAN scan */
#define CLAGE_DSX_CONTROLS_WLAN_SCAN_TABLE MODBUS_MAP_COIL
#define CLAGE_DSX_CONTROLS_WLAN_SCAN_ADDRESS 0x01F7u
#define CLAGE_DSX_CONTROLS_WLAN_SCAN_COUNT 1u

/* `controls.wlan_active`: coil 504, bool: Flag if WLAN shall be active */
#define CLAGE_DSX_CONTROLS_WLAN_ACTIVE_TABLE MODBUS_MAP_COIL
#define CLAGE_DSX_CONTROLS_WLAN_ACTIVE_ADDRESS 0x01F8u
#define CLAGE_DSX_CONTROLS_WLAN_ACTIVE_COUNT 1u

/* `controls.net_sntp_from_dhcp`: coil 505, bool: Flag if SNTP servers from DHCP shall be used. */
#define CLAGE_DSX_CONTROLS_NET_SNTP_FROM_DHCP_TABLE MODBUS_MAP_COIL
#define CLAGE_DSX_CONTROLS_NET_SNTP_FROM_DHCP_ADDRESS 0x01F9u
#define CLAGE_DSX_CONTROLS_NET_SNTP_FROM_DHCP_COUNT 1u

/* `controls.daylight_saving`: coil 506, bool: Flag if daylight saving shall be applied. */
#define CLAGE_DSX_CONTROLS_DAYLIGHT_SAVING_TABLE MODBUS_MAP_COIL
#define CLAGE_DSX_CONTROLS_DAYLIGHT_SAVING_ADDRESS 0x01FAu
#define CLAGE_DSX_CONTROLS_DAYLIGHT_SAVING_COUNT 1u

/* `controls.net_rest_api`: coil 507, bool: Flag if REST API shall be started. */
#define CLAGE_DSX_CONTROLS_NET_REST_API_TABLE MODBUS_MAP_COIL
#define CLAGE_DSX_CONTROLS_NET_REST_API_ADDRESS 0x01FBu
#define CLAGE_DSX_CONTROLS_NET_REST_API_COUNT 1u

/* `controls.net_rest_api_tls`: coil 508, bool: Flag if REST shall use TLS encryption. */
#define CLAGE_DSX_CONTROLS_NET_REST_API_TLS_TABLE MODBUS_MAP_COIL
#define CLAGE_DSX_CONTROLS_NET_REST_API_TLS_ADDRESS 0x01FCu
#define CLAGE_DSX_CONTROLS_NET_REST_API_TLS_COUNT 1u

/* `controls.net_rest_api_auth`: coil 509, bool: Flag if REST shall check for authentication. */
#define CLAGE_DSX_CONTROLS_NET_REST_API_AUTH_TABLE MODBUS_MAP_COIL
#define CLAGE_DSX_CONTROLS_NET_REST_API_AUTH_ADDRESS 0x01FDu
#define CLAGE_DSX_CONTROLS_NET_REST_API_AUTH_COUNT 1u

/* `controls.net_access_param_r`: coil 510, bool: Flag if REST /param shall allow read access with legacy default. */
#define CLAGE_DSX_CONTROLS_NET_ACCESS_PARAM_R_TABLE MODBUS_MAP_COIL
#define CLAGE_DSX_CONTROLS_NET_ACCESS_PARAM_R_ADDRESS 0x01FEu
#define CLAGE_DSX_CONTROLS_NET_ACCESS_PARAM_R_COUNT 1u

/* `controls.net_access_param_w`: coil 511, bool: Flag if REST /param shall allow write access with legacy default. */
#define CLAGE_DSX_CONTROLS_NET_ACCESS_PARAM_W_TABLE MODBUS_MAP_COIL
#define CLAGE_DSX_CONTROLS_NET_ACCESS_PARAM_W_ADDRESS 0x01FFu
#define CLAGE_DSX_CONTROLS_NET_ACCESS_PARAM_W_COUNT 1u

/* `controls.net_aws`: coil 530, bool: Flag if AWS cloud service is/shall be active. */
#define CLAGE_DSX_CONTROLS_NET_AWS_TABLE MODBUS_MAP_COIL
#define CLAGE_DSX_CONTROLS_NET_AWS_ADDRESS 0x0212u
#define CLAGE_DSX_CONTROLS_NET_AWS_COUNT 1u

/* `controls.net_aws_do_restart`: coil 531, bool: Restart of service and reload provisioning data. */
#define CLAGE_DSX_CONTROLS_NET_AWS_DO_RESTART_TABLE MODBUS_MAP_COIL
#define CLAGE_DSX_CONTROLS_NET_AWS_DO_RESTART_ADDRESS 0x0213u
#define CLAGE_DSX_CONTROLS_NET_AWS_DO_RESTART_COUNT 1u

/* `controls.net_aws_do_deletion`: coil 532, bool: Trigger removal of provisioning data. */
#define CLAGE_DSX_CONTROLS_NET_AWS_DO_DELETION_TABLE MODBUS_MAP_COIL
#define CLAGE_DSX_CONTROLS_NET_AWS_DO_DELETION_ADDRESS 0x0214u
#define CLAGE_DSX_CONTROLS_NET_AWS_DO_DELETION_COUNT 1u

/* `controls.net_aws_do_reset`: coil 533, bool: Factory reset of service erasing certificates and renewing UUIDs. */
#define CLAGE_DSX_CONTROLS_NET_AWS_DO_RESET_TABLE MODBUS_MAP_COIL
#define CLAGE_DSX_CONTROLS_NET_AWS_DO_RESET_ADDRESS 0x0215u
#define CLAGE_DSX_CONTROLS_NET_AWS_DO_RESET_COUNT 1u

/* `controls.home_flow`: coil 600, bool: Flag if home screen shall show flow limit */
#define CLAGE_DSX_CONTROLS_HOME_FLOW_TABLE MODBUS_MAP_COIL
#define CLAGE_DSX_CONTROLS_HOME_FLOW_ADDRESS 0x0258u
#define CLAGE_DSX_CONTROLS_HOME_FLOW_COUNT 1u

/* `controls.home_time`: coil 601, bool: Flag if home screen shall show time */
#define CLAGE_DSX_CONTROLS_HOME_TIME_TABLE MODBUS_MAP_COIL
#define CLAGE_DSX_CONTROLS_HOME_TIME_ADDRESS 0x0259u
#define CLAGE_DSX_CONTROLS_HOME_TIME_COUNT 1u

/* `controls.display_bright_flow`: coil 602, bool: Water flow finish idle state of display light. */
#define CLAGE_DSX_CONTROLS_DISPLAY_BRIGHT_FLOW_TABLE MODBUS_MAP_COIL
#define CLAGE_DSX_CONTROLS_DISPLAY_BRIGHT_FLOW_ADDRESS 0x025Au
#define CLAGE_DSX_CONTROLS_DISPLAY_BRIGHT_FLOW_COUNT 1u

/* `controls.sound`: coil 603, bool: Flag if device shall make sounds */
#define CLAGE_DSX_CONTROLS_SOUND_TABLE MODBUS_MAP_COIL
#define CLAGE_DSX_CONTROLS_SOUND_ADDRESS 0x025Bu
#define CLAGE_DSX_CONTROLS_SOUND_COUNT 1u

/* `controls.start_jingle`: coil 604, bool: Flag if device shall play a start jingle */
#define CLAGE_DSX_CONTROLS_START_JINGLE_TABLE MODBUS_MAP_COIL
#define CLAGE_DSX_CONTROLS_START_JINGLE_ADDRESS 0x025Cu
#define CLAGE_DSX_CONTROLS_START_JINGLE_COUNT 1u

/* `controls.stat_show_costs`: coil 605, bool: Flag if consts shall be shown in statistics. */
#define CLAGE_DSX_CONTROLS_STAT_SHOW_COSTS_TABLE MODBUS_MAP_COIL
#define CLAGE_DSX_CONTROLS_STAT_SHOW_COSTS_ADDRESS 0x025Du
#define CLAGE_DSX_CONTROLS_STAT_SHOW_COSTS_COUNT 1u

/* `controls.devel_log_cpu_temp`: coil 700, bool: Flag if CPU temperature shall be logged. */
#define CLAGE_DSX_CONTROLS_DEVEL_LOG_CPU_TEMP_TABLE MODBUS_MAP_COIL
#define CLAGE_DSX_CONTROLS_DEVEL_LOG_CPU_TEMP_ADDRESS 0x02BCu
#define CLAGE_DSX_CONTROLS_DEVEL_LOG_CPU_TEMP_COUNT 1u

/* `controls.devel_update_test_feed`: coil 701, bool: Flag if developer test feed shall be used for update */
#define CLAGE_DSX_CONTROLS_DEVEL_UPDATE_TEST_FEED_TABLE MODBUS_MAP_COIL
#define CLAGE_DSX_CONTROLS_DEVEL_UPDATE_TEST_FEED_ADDRESS 0x02BDu
#define CLAGE_DSX_CONTROLS_DEVEL_UPDATE_TEST_FEED_COUNT 1u

/* `controls.devel_url_sn_suffix`: coil 702, bool: Flag if S/N shall be provided for update */
#define CLAGE_DSX_CONTROLS_DEVEL_URL_SN_SUFFIX_TABLE MODBUS_MAP_COIL
#define CLAGE_DSX_CONTROLS_DEVEL_URL_SN_SUFFIX_ADDRESS 0x02BEu
#define CLAGE_DSX_CONTROLS_DEVEL_URL_SN_SUFFIX_COUNT 1u

/* `status.is_power_limit`: discrete 0, bool: Flag if this device is on power limit. */
#define CLAGE_DSX_STATUS_IS_POWER_LIMIT_TABLE MODBUS_MAP_DISCRETE
#define CLAGE_DSX_STATUS_IS_POWER_LIMIT_ADDRESS 0x0000u
#define CLAGE_DSX_STATUS_IS_POWER_LIMIT_COUNT 1u

/* `status.is_temp_setpoint_max`: discrete 1, bool: Is setpoint at maximum */
#define CLAGE_DSX_STATUS_IS_TEMP_SETPOINT_MAX_TABLE MODBUS_MAP_DISCRETE
#define CLAGE_DSX_STATUS_IS_TEMP_SETPOINT_MAX_ADDRESS 0x0001u
#define CLAGE_DSX_STATUS_IS_TEMP_SETPOINT_MAX_COUNT 1u

/* `status.is_temp_setpoint_max_scalding_protection`: discrete 2, bool: Is scalding protection */
#define CLAGE_DSX_STATUS_IS_TEMP_SETPOINT_MAX_SCALDING_PROTECTION_TABLE MODBUS_MAP_DISCRETE
#define CLAGE_DSX_STATUS_IS_TEMP_SETPOINT_MAX_SCALDING_PROTECTION_ADDRESS 0x0002u
#define CLAGE_DSX_STATUS_IS_TEMP_SETPOINT_MAX_SCALDING_PROTECTION_COUNT 1u

/* `status.is_jumper_lock`: discrete 3, bool: Flag if jumper lock is active */
#define CLAGE_DSX_STATUS_IS_JUMPER_LOCK_TABLE MODBUS_MAP_DISCRETE
#define CLAGE_DSX_STATUS_IS_JUMPER_LOCK_ADDRESS 0x0003u
#define CLAGE_DSX_STATUS_IS_JUMPER_LOCK_COUNT 1u

/* `status.is_therm_treat_inhibit`: discrete 200, bool: Flag if thermal treatment is inhibited */
#define CLAGE_DSX_STATUS_IS_THERM_TREAT_INHIBIT_TABLE MODBUS_MAP_DISCRETE
#define CLAGE_DSX_STATUS_IS_THERM_TREAT_INHIBIT_ADDRESS 0x00C8u
#define CLAGE_DSX_STATUS_IS_THERM_TREAT_INHIBIT_COUNT 1u

/* `status.is_therm_treat_active`: discrete 201, bool: Flag if thermal treatment is active */
#define CLAGE_DSX_STATUS_IS_THERM_TREAT_ACTIVE_TABLE MODBUS_MAP_DISCRETE
#define CLAGE_DSX_STATUS_IS_THERM_TREAT_ACTIVE_ADDRESS 0x00C9u
#define CLAGE_DSX_STATUS_IS_THERM_TREAT_ACTIVE_COUNT 1u

/* `status.filling_active`: discrete 202, bool: Flag if filling automatic is active (deprecated) (in clage_modbus_mapping.csv only) */
#define CLAGE_DSX_STATUS_FILLING_ACTIVE_TABLE MODBUS_MAP_DISCRETE
#define CLAGE_DSX_STATUS_FILLING_ACTIVE_ADDRESS 0x00CAu
#define CLAGE_DSX_STATUS_FILLING_ACTIVE_COUNT 1u

/* `status.is_fill_amount`: discrete 203, bool: Flag if filling automatic is active */
#define CLAGE_DSX_STATUS_IS_FILL_AMOUNT_TABLE MODBUS_MAP_DISCRETE
#define CLAGE_DSX_STATUS_IS_FILL_AMOUNT_ADDRESS 0x00CBu
#define CLAGE_DSX_STATUS_IS_FILL_AMOUNT_COUNT 1u

/* `status.is_fill_time`: discrete 204, bool: Flag if timer automatic is active */
#define CLAGE_DSX_STATUS_IS_FILL_TIME_TABLE MODBUS_MAP_DISCRETE
#define CLAGE_DSX_STATUS_IS_FILL_TIME_ADDRESS 0x00CCu
#define CLAGE_DSX_STATUS_IS_FILL_TIME_COUNT 1u

/* `status.has_rm`: discrete 300, bool: Flag if this device has a radio module installed. (vendor name has_RM) */
#define CLAGE_DSX_STATUS_HAS_RM_TABLE MODBUS_MAP_DISCRETE
#define CLAGE_DSX_STATUS_HAS_RM_ADDRESS 0x012Cu
#define CLAGE_DSX_STATUS_HAS_RM_COUNT 1u

/* `status.has_vc`: discrete 301, bool: Flag if this device has a valve installed. (vendor name has_VC) */
#define CLAGE_DSX_STATUS_HAS_VC_TABLE MODBUS_MAP_DISCRETE
#define CLAGE_DSX_STATUS_HAS_VC_ADDRESS 0x012Du
#define CLAGE_DSX_STATUS_HAS_VC_COUNT 1u

/* `status.is_fast_boot`: discrete 302, bool: Fast boot ??? */
#define CLAGE_DSX_STATUS_IS_FAST_BOOT_TABLE MODBUS_MAP_DISCRETE
#define CLAGE_DSX_STATUS_IS_FAST_BOOT_ADDRESS 0x012Eu
#define CLAGE_DSX_STATUS_IS_FAST_BOOT_COUNT 1u

/* `status.leakage`: discrete 303, bool: Flag if leakage is detected */
#define CLAGE_DSX_STATUS_LEAKAGE_TABLE MODBUS_MAP_DISCRETE
#define CLAGE_DSX_STATUS_LEAKAGE_ADDRESS 0x012Fu
#define CLAGE_DSX_STATUS_LEAKAGE_COUNT 1u

/* `status.vc_is_closed`: discrete 304, bool: Flag if valve is closed */
#define CLAGE_DSX_STATUS_VC_IS_CLOSED_TABLE MODBUS_MAP_DISCRETE
#define CLAGE_DSX_STATUS_VC_IS_CLOSED_ADDRESS 0x0130u
#define CLAGE_DSX_STATUS_VC_IS_CLOSED_COUNT 1u

/* `status.net_sntp_client_up`: discrete 500, bool: Flag if SNTP client is running */
#define CLAGE_DSX_STATUS_NET_SNTP_CLIENT_UP_TABLE MODBUS_MAP_DISCRETE
#define CLAGE_DSX_STATUS_NET_SNTP_CLIENT_UP_ADDRESS 0x01F4u
#define CLAGE_DSX_STATUS_NET_SNTP_CLIENT_UP_COUNT 1u

/* `status.wlan_sta_bssid_set`: discrete 501, bool: Flag if WLAN BSSID is set */
#define CLAGE_DSX_STATUS_WLAN_STA_BSSID_SET_TABLE MODBUS_MAP_DISCRETE
#define CLAGE_DSX_STATUS_WLAN_STA_BSSID_SET_ADDRESS 0x01F5u
#define CLAGE_DSX_STATUS_WLAN_STA_BSSID_SET_COUNT 1u

/* `status.hw_tft_touch`: discrete 600, bool: Flag if this HW provides a TFT/GUI (DSX Touch) */
#define CLAGE_DSX_STATUS_HW_TFT_TOUCH_TABLE MODBUS_MAP_DISCRETE
#define CLAGE_DSX_STATUS_HW_TFT_TOUCH_ADDRESS 0x0258u
#define CLAGE_DSX_STATUS_HW_TFT_TOUCH_COUNT 1u

/* `status.gui_screens_up`: discrete 601, bool: Flag if all screens are up */
#define CLAGE_DSX_STATUS_GUI_SCREENS_UP_TABLE MODBUS_MAP_DISCRETE
#define CLAGE_DSX_STATUS_GUI_SCREENS_UP_ADDRESS 0x0259u
#define CLAGE_DSX_STATUS_GUI_SCREENS_UP_COUNT 1u

/* `sensors.temp_in_c10`: input 0, u16 in °C: Current inlet temperature [1/10 deg centigrade] (vendor name temp_in_C10) */
#define CLAGE_DSX_SENSORS_TEMP_IN_C10_TABLE MODBUS_MAP_INPUT
#define CLAGE_DSX_SENSORS_TEMP_IN_C10_ADDRESS 0x0000u
#define CLAGE_DSX_SENSORS_TEMP_IN_C10_COUNT 1u
#define CLAGE_DSX_SENSORS_TEMP_IN_C10_SCALE 0.1
#define CLAGE_DSX_SENSORS_TEMP_IN_C10_OFFSET 0.0

/* `sensors.temp_out_c10`: input 1, u16 in °C: Current outlet temperature [1/10 deg centigrade] (vendor name temp_out_C10) */
#define CLAGE_DSX_SENSORS_TEMP_OUT_C10_TABLE MODBUS_MAP_INPUT
#define CLAGE_DSX_SENSORS_TEMP_OUT_C10_ADDRESS 0x0001u
#define CLAGE_DSX_SENSORS_TEMP_OUT_C10_COUNT 1u
#define CLAGE_DSX_SENSORS_TEMP_OUT_C10_SCALE 0.1
#define CLAGE_DSX_SENSORS_TEMP_OUT_C10_OFFSET 0.0

/* `sensors.flow_lmin10`: input 2, u8 in l/min: Current water flow [1/10 l/min] */
#define CLAGE_DSX_SENSORS_FLOW_LMIN10_TABLE MODBUS_MAP_INPUT
#define CLAGE_DSX_SENSORS_FLOW_LMIN10_ADDRESS 0x0002u
#define CLAGE_DSX_SENSORS_FLOW_LMIN10_COUNT 1u
#define CLAGE_DSX_SENSORS_FLOW_LMIN10_SCALE 0.1
#define CLAGE_DSX_SENSORS_FLOW_LMIN10_OFFSET 0.0

/* `sensors.power_kw10`: input 3, u16 in kW: Current power consumption [1/10 kW] (vendor name power_kW10) */
#define CLAGE_DSX_SENSORS_POWER_KW10_TABLE MODBUS_MAP_INPUT
#define CLAGE_DSX_SENSORS_POWER_KW10_ADDRESS 0x0003u
#define CLAGE_DSX_SENSORS_POWER_KW10_COUNT 1u
#define CLAGE_DSX_SENSORS_POWER_KW10_SCALE 0.1
#define CLAGE_DSX_SENSORS_POWER_KW10_OFFSET 0.0

/* `sensors.power_pc`: input 4, u8 in %: Current power consumption [percent] (vendor name power_PC) */
#define CLAGE_DSX_SENSORS_POWER_PC_TABLE MODBUS_MAP_INPUT
#define CLAGE_DSX_SENSORS_POWER_PC_ADDRESS 0x0004u
#define CLAGE_DSX_SENSORS_POWER_PC_COUNT 1u

/* `sensors.power_max_kw10`: input 5, u16 in kW: Maximum power consumption [1/10 kW] (MPS selected) (vendor name power_max_kW10) */
#define CLAGE_DSX_SENSORS_POWER_MAX_KW10_TABLE MODBUS_MAP_INPUT
#define CLAGE_DSX_SENSORS_POWER_MAX_KW10_ADDRESS 0x0005u
#define CLAGE_DSX_SENSORS_POWER_MAX_KW10_COUNT 1u
#define CLAGE_DSX_SENSORS_POWER_MAX_KW10_SCALE 0.1
#define CLAGE_DSX_SENSORS_POWER_MAX_KW10_OFFSET 0.0

/* `sensors.total_energy_wh`: input 100, u32 in Wh: Total energy consumed 32 bit [Wh] (vendor name total_energy_Wh) */
#define CLAGE_DSX_SENSORS_TOTAL_ENERGY_WH_TABLE MODBUS_MAP_INPUT
#define CLAGE_DSX_SENSORS_TOTAL_ENERGY_WH_ADDRESS 0x0064u
#define CLAGE_DSX_SENSORS_TOTAL_ENERGY_WH_COUNT 2u

/* `sensors.total_volume_l`: input 102, u32 in L: Total water consumed 32 bit [l] */
#define CLAGE_DSX_SENSORS_TOTAL_VOLUME_L_TABLE MODBUS_MAP_INPUT
#define CLAGE_DSX_SENSORS_TOTAL_VOLUME_L_ADDRESS 0x0066u
#define CLAGE_DSX_SENSORS_TOTAL_VOLUME_L_COUNT 2u

/* `sensors.total_tap_count`: input 104, u32: Count of water tap usages 32 bit */
#define CLAGE_DSX_SENSORS_TOTAL_TAP_COUNT_TABLE MODBUS_MAP_INPUT
#define CLAGE_DSX_SENSORS_TOTAL_TAP_COUNT_ADDRESS 0x0068u
#define CLAGE_DSX_SENSORS_TOTAL_TAP_COUNT_COUNT 2u

/* `sensors.device_total_uptime_s`: input 106, u32 in s: Device total power-on time 32 bit [s] */
#define CLAGE_DSX_SENSORS_DEVICE_TOTAL_UPTIME_S_TABLE MODBUS_MAP_INPUT
#define CLAGE_DSX_SENSORS_DEVICE_TOTAL_UPTIME_S_ADDRESS 0x006Au
#define CLAGE_DSX_SENSORS_DEVICE_TOTAL_UPTIME_S_COUNT 2u

/* `sensors.device_total_heating_s`: input 108, u32 in s: Device total heating time 32 bit [s] */
#define CLAGE_DSX_SENSORS_DEVICE_TOTAL_HEATING_S_TABLE MODBUS_MAP_INPUT
#define CLAGE_DSX_SENSORS_DEVICE_TOTAL_HEATING_S_ADDRESS 0x006Cu
#define CLAGE_DSX_SENSORS_DEVICE_TOTAL_HEATING_S_COUNT 2u

/* `sensors.device_uptime_s`: input 110, u32 in s: Time since last power-on 32 bit [s] */
#define CLAGE_DSX_SENSORS_DEVICE_UPTIME_S_TABLE MODBUS_MAP_INPUT
#define CLAGE_DSX_SENSORS_DEVICE_UPTIME_S_ADDRESS 0x006Eu
#define CLAGE_DSX_SENSORS_DEVICE_UPTIME_S_COUNT 2u

/* `sensors.resistivity_state`: input 112, u8: State of water resistivity measurement. */
#define CLAGE_DSX_SENSORS_RESISTIVITY_STATE_TABLE MODBUS_MAP_INPUT
#define CLAGE_DSX_SENSORS_RESISTIVITY_STATE_ADDRESS 0x0070u
#define CLAGE_DSX_SENSORS_RESISTIVITY_STATE_COUNT 1u

/* `sensors.resistivity_8ohmcm`: input 113, u16 in Ω·cm: Value of water resistivity (1 digit = 8 Ohm*cm). (vendor name resistivity_8Ohmcm) */
#define CLAGE_DSX_SENSORS_RESISTIVITY_8OHMCM_TABLE MODBUS_MAP_INPUT
#define CLAGE_DSX_SENSORS_RESISTIVITY_8OHMCM_ADDRESS 0x0071u
#define CLAGE_DSX_SENSORS_RESISTIVITY_8OHMCM_COUNT 1u
#define CLAGE_DSX_SENSORS_RESISTIVITY_8OHMCM_SCALE 8.0
#define CLAGE_DSX_SENSORS_RESISTIVITY_8OHMCM_OFFSET 0.0

/* `sensors.fill_remain_l`: input 200, u16 in L: Remaining volume of fill automatic in liter */
#define CLAGE_DSX_SENSORS_FILL_REMAIN_L_TABLE MODBUS_MAP_INPUT
#define CLAGE_DSX_SENSORS_FILL_REMAIN_L_ADDRESS 0x00C8u
#define CLAGE_DSX_SENSORS_FILL_REMAIN_L_COUNT 1u

/* `sensors.fill_remain_s`: input 201, u16 in s: Remaining time of timer automatic in seconds */
#define CLAGE_DSX_SENSORS_FILL_REMAIN_S_TABLE MODBUS_MAP_INPUT
#define CLAGE_DSX_SENSORS_FILL_REMAIN_S_ADDRESS 0x00C9u
#define CLAGE_DSX_SENSORS_FILL_REMAIN_S_COUNT 1u

/* `sensors.therm_treat_count`: input 202, u16: Number of thermal treatments */
#define CLAGE_DSX_SENSORS_THERM_TREAT_COUNT_TABLE MODBUS_MAP_INPUT
#define CLAGE_DSX_SENSORS_THERM_TREAT_COUNT_ADDRESS 0x00CAu
#define CLAGE_DSX_SENSORS_THERM_TREAT_COUNT_COUNT 1u

/* `sensors.therm_treat_amount_l`: input 203, u32 in L: Volume used for thermal treatment in liter */
#define CLAGE_DSX_SENSORS_THERM_TREAT_AMOUNT_L_TABLE MODBUS_MAP_INPUT
#define CLAGE_DSX_SENSORS_THERM_TREAT_AMOUNT_L_ADDRESS 0x00CBu
#define CLAGE_DSX_SENSORS_THERM_TREAT_AMOUNT_L_COUNT 2u

/* `sensors.therm_treat_duration_s`: input 205, u32 in s: Duration of thermal treatment in seconds */
#define CLAGE_DSX_SENSORS_THERM_TREAT_DURATION_S_TABLE MODBUS_MAP_INPUT
#define CLAGE_DSX_SENSORS_THERM_TREAT_DURATION_S_ADDRESS 0x00CDu
#define CLAGE_DSX_SENSORS_THERM_TREAT_DURATION_S_COUNT 2u

/* `sensors.pu_error`: input 300, u8: Device error code (0 = no error) */
#define CLAGE_DSX_SENSORS_PU_ERROR_TABLE MODBUS_MAP_INPUT
#define CLAGE_DSX_SENSORS_PU_ERROR_ADDRESS 0x012Cu
#define CLAGE_DSX_SENSORS_PU_ERROR_COUNT 1u

/* `sensors.ctrl_val`: input 301, u16: Control value (normal value 2800) [unit fraction u16ctrl] */
#define CLAGE_DSX_SENSORS_CTRL_VAL_TABLE MODBUS_MAP_INPUT
#define CLAGE_DSX_SENSORS_CTRL_VAL_ADDRESS 0x012Du
#define CLAGE_DSX_SENSORS_CTRL_VAL_COUNT 1u

/* `sensors.leakage_raw`: input 302, u16: Leakage detection raw 12 bit ADC value (0...4095) */
#define CLAGE_DSX_SENSORS_LEAKAGE_RAW_TABLE MODBUS_MAP_INPUT
#define CLAGE_DSX_SENSORS_LEAKAGE_RAW_ADDRESS 0x012Eu
#define CLAGE_DSX_SENSORS_LEAKAGE_RAW_COUNT 1u

/* `sensors.mps_id`: input 310, u8: Currently selected MPS level 0 to (mps_id_end-1) [unit fraction u8mpsid] (in clage_modbus_mapping.csv only) */
#define CLAGE_DSX_SENSORS_MPS_ID_TABLE MODBUS_MAP_INPUT
#define CLAGE_DSX_SENSORS_MPS_ID_ADDRESS 0x0136u
#define CLAGE_DSX_SENSORS_MPS_ID_COUNT 1u

/* `sensors.mps_id_end`: input 311, u8: Number of MPS levels supported [unit fraction u8mpsid] */
#define CLAGE_DSX_SENSORS_MPS_ID_END_TABLE MODBUS_MAP_INPUT
#define CLAGE_DSX_SENSORS_MPS_ID_END_ADDRESS 0x0137u
#define CLAGE_DSX_SENSORS_MPS_ID_END_COUNT 1u

/* `sensors.mps0_kw10`: input 312, u16 in kW: Maximum power at MPS level 0 (vendor name mps0_kW10) */
#define CLAGE_DSX_SENSORS_MPS0_KW10_TABLE MODBUS_MAP_INPUT
#define CLAGE_DSX_SENSORS_MPS0_KW10_ADDRESS 0x0138u
#define CLAGE_DSX_SENSORS_MPS0_KW10_COUNT 1u
#define CLAGE_DSX_SENSORS_MPS0_KW10_SCALE 0.1
#define CLAGE_DSX_SENSORS_MPS0_KW10_OFFSET 0.0

/* `sensors.mps1_kw10`: input 313, u16 in kW: Maximum power at MPS level 1 (vendor name mps1_kW10) */
#define CLAGE_DSX_SENSORS_MPS1_KW10_TABLE MODBUS_MAP_INPUT
#define CLAGE_DSX_SENSORS_MPS1_KW10_ADDRESS 0x0139u
#define CLAGE_DSX_SENSORS_MPS1_KW10_COUNT 1u
#define CLAGE_DSX_SENSORS_MPS1_KW10_SCALE 0.1
#define CLAGE_DSX_SENSORS_MPS1_KW10_OFFSET 0.0

/* `sensors.mps2_kw10`: input 314, u16 in kW: Maximum power at MPS level 2 (vendor name mps2_kW10) */
#define CLAGE_DSX_SENSORS_MPS2_KW10_TABLE MODBUS_MAP_INPUT
#define CLAGE_DSX_SENSORS_MPS2_KW10_ADDRESS 0x013Au
#define CLAGE_DSX_SENSORS_MPS2_KW10_COUNT 1u
#define CLAGE_DSX_SENSORS_MPS2_KW10_SCALE 0.1
#define CLAGE_DSX_SENSORS_MPS2_KW10_OFFSET 0.0

/* `sensors.mps3_kw10`: input 315, u16 in kW: Maximum power at MPS level 3 (vendor name mps3_kW10) */
#define CLAGE_DSX_SENSORS_MPS3_KW10_TABLE MODBUS_MAP_INPUT
#define CLAGE_DSX_SENSORS_MPS3_KW10_ADDRESS 0x013Bu
#define CLAGE_DSX_SENSORS_MPS3_KW10_COUNT 1u
#define CLAGE_DSX_SENSORS_MPS3_KW10_SCALE 0.1
#define CLAGE_DSX_SENSORS_MPS3_KW10_OFFSET 0.0

/* `sensors.pu_err`: input 320, u8: Device error code history entry */
#define CLAGE_DSX_SENSORS_PU_ERR_TABLE MODBUS_MAP_INPUT
#define CLAGE_DSX_SENSORS_PU_ERR_ADDRESS 0x0140u
#define CLAGE_DSX_SENSORS_PU_ERR_COUNT 1u

/* `sensors.pu_err_1`: input 321, u8: Device error code history entry (vendor name pu_err[1]) */
#define CLAGE_DSX_SENSORS_PU_ERR_1_TABLE MODBUS_MAP_INPUT
#define CLAGE_DSX_SENSORS_PU_ERR_1_ADDRESS 0x0141u
#define CLAGE_DSX_SENSORS_PU_ERR_1_COUNT 1u

/* `sensors.pu_err_2`: input 322, u8: Device error code history entry (vendor name pu_err[2]) */
#define CLAGE_DSX_SENSORS_PU_ERR_2_TABLE MODBUS_MAP_INPUT
#define CLAGE_DSX_SENSORS_PU_ERR_2_ADDRESS 0x0142u
#define CLAGE_DSX_SENSORS_PU_ERR_2_COUNT 1u

/* `sensors.pu_err_3`: input 323, u8: Device error code history entry (vendor name pu_err[3]) */
#define CLAGE_DSX_SENSORS_PU_ERR_3_TABLE MODBUS_MAP_INPUT
#define CLAGE_DSX_SENSORS_PU_ERR_3_ADDRESS 0x0143u
#define CLAGE_DSX_SENSORS_PU_ERR_3_COUNT 1u

/* `sensors.pu_err_4`: input 324, u8: Device error code history entry (vendor name pu_err[4]) */
#define CLAGE_DSX_SENSORS_PU_ERR_4_TABLE MODBUS_MAP_INPUT
#define CLAGE_DSX_SENSORS_PU_ERR_4_ADDRESS 0x0144u
#define CLAGE_DSX_SENSORS_PU_ERR_4_COUNT 1u

/* `sensors.pu_err_5`: input 325, u8: Device error code history entry (vendor name pu_err[5]) */
#define CLAGE_DSX_SENSORS_PU_ERR_5_TABLE MODBUS_MAP_INPUT
#define CLAGE_DSX_SENSORS_PU_ERR_5_ADDRESS 0x0145u
#define CLAGE_DSX_SENSORS_PU_ERR_5_COUNT 1u

/* `sensors.pu_err_6`: input 326, u8: Device error code history entry (vendor name pu_err[6]) */
#define CLAGE_DSX_SENSORS_PU_ERR_6_TABLE MODBUS_MAP_INPUT
#define CLAGE_DSX_SENSORS_PU_ERR_6_ADDRESS 0x0146u
#define CLAGE_DSX_SENSORS_PU_ERR_6_COUNT 1u

/* `sensors.pu_err_7`: input 327, u8: Device error code history entry (vendor name pu_err[7]) */
#define CLAGE_DSX_SENSORS_PU_ERR_7_TABLE MODBUS_MAP_INPUT
#define CLAGE_DSX_SENSORS_PU_ERR_7_ADDRESS 0x0147u
#define CLAGE_DSX_SENSORS_PU_ERR_7_COUNT 1u

/* `sensors.pu_err_8`: input 328, u8: Device error code history entry (vendor name pu_err[8]) */
#define CLAGE_DSX_SENSORS_PU_ERR_8_TABLE MODBUS_MAP_INPUT
#define CLAGE_DSX_SENSORS_PU_ERR_8_ADDRESS 0x0148u
#define CLAGE_DSX_SENSORS_PU_ERR_8_COUNT 1u

/* `sensors.pu_err_9`: input 329, u8: Device error code history entry (vendor name pu_err[9]) */
#define CLAGE_DSX_SENSORS_PU_ERR_9_TABLE MODBUS_MAP_INPUT
#define CLAGE_DSX_SENSORS_PU_ERR_9_ADDRESS 0x0149u
#define CLAGE_DSX_SENSORS_PU_ERR_9_COUNT 1u

/* `sensors.pu_err_s`: input 330, u32 in s: Device error code history entry timestamp [s] */
#define CLAGE_DSX_SENSORS_PU_ERR_S_TABLE MODBUS_MAP_INPUT
#define CLAGE_DSX_SENSORS_PU_ERR_S_ADDRESS 0x014Au
#define CLAGE_DSX_SENSORS_PU_ERR_S_COUNT 2u

/* `sensors.pu_err_s_1`: input 332, u32 in s: Device error code history entry timestamp [s] (vendor name pu_err_s[1]) */
#define CLAGE_DSX_SENSORS_PU_ERR_S_1_TABLE MODBUS_MAP_INPUT
#define CLAGE_DSX_SENSORS_PU_ERR_S_1_ADDRESS 0x014Cu
#define CLAGE_DSX_SENSORS_PU_ERR_S_1_COUNT 2u

/* `sensors.pu_err_s_2`: input 334, u32 in s: Device error code history entry timestamp [s] (vendor name pu_err_s[2]) */
#define CLAGE_DSX_SENSORS_PU_ERR_S_2_TABLE MODBUS_MAP_INPUT
#define CLAGE_DSX_SENSORS_PU_ERR_S_2_ADDRESS 0x014Eu
#define CLAGE_DSX_SENSORS_PU_ERR_S_2_COUNT 2u

/* `sensors.pu_err_s_3`: input 336, u32 in s: Device error code history entry timestamp [s] (vendor name pu_err_s[3]) */
#define CLAGE_DSX_SENSORS_PU_ERR_S_3_TABLE MODBUS_MAP_INPUT
#define CLAGE_DSX_SENSORS_PU_ERR_S_3_ADDRESS 0x0150u
#define CLAGE_DSX_SENSORS_PU_ERR_S_3_COUNT 2u

/* `sensors.pu_err_s_4`: input 338, u32 in s: Device error code history entry timestamp [s] (vendor name pu_err_s[4]) */
#define CLAGE_DSX_SENSORS_PU_ERR_S_4_TABLE MODBUS_MAP_INPUT
#define CLAGE_DSX_SENSORS_PU_ERR_S_4_ADDRESS 0x0152u
#define CLAGE_DSX_SENSORS_PU_ERR_S_4_COUNT 2u

/* `sensors.pu_err_s_5`: input 340, u32 in s: Device error code history entry timestamp [s] (vendor name pu_err_s[5]) */
#define CLAGE_DSX_SENSORS_PU_ERR_S_5_TABLE MODBUS_MAP_INPUT
#define CLAGE_DSX_SENSORS_PU_ERR_S_5_ADDRESS 0x0154u
#define CLAGE_DSX_SENSORS_PU_ERR_S_5_COUNT 2u

/* `sensors.pu_err_s_6`: input 342, u32 in s: Device error code history entry timestamp [s] (vendor name pu_err_s[6]) */
#define CLAGE_DSX_SENSORS_PU_ERR_S_6_TABLE MODBUS_MAP_INPUT
#define CLAGE_DSX_SENSORS_PU_ERR_S_6_ADDRESS 0x0156u
#define CLAGE_DSX_SENSORS_PU_ERR_S_6_COUNT 2u

/* `sensors.pu_err_s_7`: input 344, u32 in s: Device error code history entry timestamp [s] (vendor name pu_err_s[7]) */
#define CLAGE_DSX_SENSORS_PU_ERR_S_7_TABLE MODBUS_MAP_INPUT
#define CLAGE_DSX_SENSORS_PU_ERR_S_7_ADDRESS 0x0158u
#define CLAGE_DSX_SENSORS_PU_ERR_S_7_COUNT 2u

/* `sensors.pu_err_s_8`: input 346, u32 in s: Device error code history entry timestamp [s] (vendor name pu_err_s[8]) */
#define CLAGE_DSX_SENSORS_PU_ERR_S_8_TABLE MODBUS_MAP_INPUT
#define CLAGE_DSX_SENSORS_PU_ERR_S_8_ADDRESS 0x015Au
#define CLAGE_DSX_SENSORS_PU_ERR_S_8_COUNT 2u

/* `sensors.pu_err_s_9`: input 348, u32 in s: Device error code history entry timestamp [s] (vendor name pu_err_s[9]) */
#define CLAGE_DSX_SENSORS_PU_ERR_S_9_TABLE MODBUS_MAP_INPUT
#define CLAGE_DSX_SENSORS_PU_ERR_S_9_ADDRESS 0x015Cu
#define CLAGE_DSX_SENSORS_PU_ERR_S_9_COUNT 2u

/* `sensors.app_v_ma_mi_re`: input 350, u64: Numeric representation of active software version. */
#define CLAGE_DSX_SENSORS_APP_V_MA_MI_RE_TABLE MODBUS_MAP_INPUT
#define CLAGE_DSX_SENSORS_APP_V_MA_MI_RE_ADDRESS 0x015Eu
#define CLAGE_DSX_SENSORS_APP_V_MA_MI_RE_COUNT 4u

/* `sensors.app2_v_ma_mi_re`: input 354, u64: Numeric representation of inactive software version. */
#define CLAGE_DSX_SENSORS_APP2_V_MA_MI_RE_TABLE MODBUS_MAP_INPUT
#define CLAGE_DSX_SENSORS_APP2_V_MA_MI_RE_ADDRESS 0x0162u
#define CLAGE_DSX_SENSORS_APP2_V_MA_MI_RE_COUNT 4u

/* `sensors.serial_number_u64`: input 358, u64: Device serial number as unsigned decimal integer. */
#define CLAGE_DSX_SENSORS_SERIAL_NUMBER_U64_TABLE MODBUS_MAP_INPUT
#define CLAGE_DSX_SENSORS_SERIAL_NUMBER_U64_ADDRESS 0x0166u
#define CLAGE_DSX_SENSORS_SERIAL_NUMBER_U64_COUNT 4u

/* `sensors.article_number_u64`: input 362, u64: Device article number as unsigned decimal integer. */
#define CLAGE_DSX_SENSORS_ARTICLE_NUMBER_U64_TABLE MODBUS_MAP_INPUT
#define CLAGE_DSX_SENSORS_ARTICLE_NUMBER_U64_ADDRESS 0x016Au
#define CLAGE_DSX_SENSORS_ARTICLE_NUMBER_U64_COUNT 4u

/* `sensors.magic`: input 400, u16: Modbus CLAGE magic value (const) (vendor name end) */
#define CLAGE_DSX_SENSORS_MAGIC_TABLE MODBUS_MAP_INPUT
#define CLAGE_DSX_SENSORS_MAGIC_ADDRESS 0x0190u
#define CLAGE_DSX_SENSORS_MAGIC_COUNT 1u

/* `sensors.map_version_major`: input 401, u16: Modbus register mapping major version (const) (vendor name end) */
#define CLAGE_DSX_SENSORS_MAP_VERSION_MAJOR_TABLE MODBUS_MAP_INPUT
#define CLAGE_DSX_SENSORS_MAP_VERSION_MAJOR_ADDRESS 0x0191u
#define CLAGE_DSX_SENSORS_MAP_VERSION_MAJOR_COUNT 1u

/* `sensors.map_version_minor`: input 402, u16: Modbus register mapping minor version (const) (vendor name end) */
#define CLAGE_DSX_SENSORS_MAP_VERSION_MINOR_TABLE MODBUS_MAP_INPUT
#define CLAGE_DSX_SENSORS_MAP_VERSION_MINOR_ADDRESS 0x0192u
#define CLAGE_DSX_SENSORS_MAP_VERSION_MINOR_COUNT 1u

/* `sensors.epoch_s`: input 500, u64 in s: Time of day as UNIX epoch 64 bit [s] [unit fraction epoch] */
#define CLAGE_DSX_SENSORS_EPOCH_S_TABLE MODBUS_MAP_INPUT
#define CLAGE_DSX_SENSORS_EPOCH_S_ADDRESS 0x01F4u
#define CLAGE_DSX_SENSORS_EPOCH_S_COUNT 4u

/* `sensors.net_aws_state`: input 504, i16: AWS cloud connection state (signed negative is error) */
#define CLAGE_DSX_SENSORS_NET_AWS_STATE_TABLE MODBUS_MAP_INPUT
#define CLAGE_DSX_SENSORS_NET_AWS_STATE_ADDRESS 0x01F8u
#define CLAGE_DSX_SENSORS_NET_AWS_STATE_COUNT 1u

/* `settings.temp_setpoint_c10`: holding 0, u16 in °C: Outlet temperature setpoint [1/10 deg centigrade] (vendor name temp_setpoint_C10) [unit fraction C10main] */
#define CLAGE_DSX_SETTINGS_TEMP_SETPOINT_C10_TABLE MODBUS_MAP_HOLDING
#define CLAGE_DSX_SETTINGS_TEMP_SETPOINT_C10_ADDRESS 0x0000u
#define CLAGE_DSX_SETTINGS_TEMP_SETPOINT_C10_COUNT 1u
#define CLAGE_DSX_SETTINGS_TEMP_SETPOINT_C10_SCALE 0.1
#define CLAGE_DSX_SETTINGS_TEMP_SETPOINT_C10_OFFSET 0.0

/* `settings.flow_max_lmin10`: holding 1, u8 in l/min: Maximum volume per time at outlet [1/10 l/min] [unit fraction lmin10max] */
#define CLAGE_DSX_SETTINGS_FLOW_MAX_LMIN10_TABLE MODBUS_MAP_HOLDING
#define CLAGE_DSX_SETTINGS_FLOW_MAX_LMIN10_ADDRESS 0x0001u
#define CLAGE_DSX_SETTINGS_FLOW_MAX_LMIN10_COUNT 1u
#define CLAGE_DSX_SETTINGS_FLOW_MAX_LMIN10_SCALE 0.1
#define CLAGE_DSX_SETTINGS_FLOW_MAX_LMIN10_OFFSET 0.0

/* `settings.temp_setpoint_max_scalding_protection_c10`: holding 2, u16 in °C: Maximum temperature setpoint [1/10 deg centigrade] (vendor name temp_setpoint_max_scalding_protection_C10) [unit fraction C10max] Scalding protection limit: counted among the "others" of the safety notice. */
#define CLAGE_DSX_SETTINGS_TEMP_SETPOINT_MAX_SCALDING_PROTECTION_C10_TABLE MODBUS_MAP_HOLDING
#define CLAGE_DSX_SETTINGS_TEMP_SETPOINT_MAX_SCALDING_PROTECTION_C10_ADDRESS 0x0002u
#define CLAGE_DSX_SETTINGS_TEMP_SETPOINT_MAX_SCALDING_PROTECTION_C10_COUNT 1u
#define CLAGE_DSX_SETTINGS_TEMP_SETPOINT_MAX_SCALDING_PROTECTION_C10_SCALE 0.1
#define CLAGE_DSX_SETTINGS_TEMP_SETPOINT_MAX_SCALDING_PROTECTION_C10_OFFSET 0.0

/* `settings.temp_setpoint_delta_steps`: holding 3, i16: Outlet temperature setpoint change in steps. */
#define CLAGE_DSX_SETTINGS_TEMP_SETPOINT_DELTA_STEPS_TABLE MODBUS_MAP_HOLDING
#define CLAGE_DSX_SETTINGS_TEMP_SETPOINT_DELTA_STEPS_ADDRESS 0x0003u
#define CLAGE_DSX_SETTINGS_TEMP_SETPOINT_DELTA_STEPS_COUNT 1u

/* `settings.flow_max_delta_steps`: holding 4, i16: Maximum volume per time at outlet change in steps. */
#define CLAGE_DSX_SETTINGS_FLOW_MAX_DELTA_STEPS_TABLE MODBUS_MAP_HOLDING
#define CLAGE_DSX_SETTINGS_FLOW_MAX_DELTA_STEPS_ADDRESS 0x0004u
#define CLAGE_DSX_SETTINGS_FLOW_MAX_DELTA_STEPS_COUNT 1u

/* `settings.volume_start_l`: holding 200, u16 in L: Amount of water to be filled with automatic in liter */
#define CLAGE_DSX_SETTINGS_VOLUME_START_L_TABLE MODBUS_MAP_HOLDING
#define CLAGE_DSX_SETTINGS_VOLUME_START_L_ADDRESS 0x00C8u
#define CLAGE_DSX_SETTINGS_VOLUME_START_L_COUNT 1u

/* `settings.timer_start_s`: holding 201, u16 in s: Amount of time to keep water running by timer in seconds */
#define CLAGE_DSX_SETTINGS_TIMER_START_S_TABLE MODBUS_MAP_HOLDING
#define CLAGE_DSX_SETTINGS_TIMER_START_S_ADDRESS 0x00C9u
#define CLAGE_DSX_SETTINGS_TIMER_START_S_COUNT 1u

/* `settings.timer_timeout_min`: holding 202, u16 in min: Turn off automatic if no water flow for minutes */
#define CLAGE_DSX_SETTINGS_TIMER_TIMEOUT_MIN_TABLE MODBUS_MAP_HOLDING
#define CLAGE_DSX_SETTINGS_TIMER_TIMEOUT_MIN_ADDRESS 0x00CAu
#define CLAGE_DSX_SETTINGS_TIMER_TIMEOUT_MIN_COUNT 1u

/* `settings.timer_sound`: holding 203, u8: Select sound to be played if automatic finishes (0 = off) [unit fraction sound] */
#define CLAGE_DSX_SETTINGS_TIMER_SOUND_TABLE MODBUS_MAP_HOLDING
#define CLAGE_DSX_SETTINGS_TIMER_SOUND_ADDRESS 0x00CBu
#define CLAGE_DSX_SETTINGS_TIMER_SOUND_COUNT 1u

/* `settings.leakage_active`: holding 300, u16: Threshold of ADC to assume leakage as active. */
#define CLAGE_DSX_SETTINGS_LEAKAGE_ACTIVE_TABLE MODBUS_MAP_HOLDING
#define CLAGE_DSX_SETTINGS_LEAKAGE_ACTIVE_ADDRESS 0x012Cu
#define CLAGE_DSX_SETTINGS_LEAKAGE_ACTIVE_COUNT 1u

/* `settings.leakage_inactive`: holding 301, u16: Threshold of ADC to assume leakage as inactive. */
#define CLAGE_DSX_SETTINGS_LEAKAGE_INACTIVE_TABLE MODBUS_MAP_HOLDING
#define CLAGE_DSX_SETTINGS_LEAKAGE_INACTIVE_ADDRESS 0x012Du
#define CLAGE_DSX_SETTINGS_LEAKAGE_INACTIVE_COUNT 1u

/* `settings.mps_id`: holding 310, u8: MPS level to be initially selected (0 to mps_id_end-1) [unit fraction u8mpsid] Safety notice: the initial setting of the maximum power (MPS) is safety-relevant. */
#define CLAGE_DSX_SETTINGS_MPS_ID_TABLE MODBUS_MAP_HOLDING
#define CLAGE_DSX_SETTINGS_MPS_ID_ADDRESS 0x0136u
#define CLAGE_DSX_SETTINGS_MPS_ID_COUNT 1u

/* `settings.modbus_baudrate`: holding 400, u32: UART symbols per second for EIA-485 usage. */
#define CLAGE_DSX_SETTINGS_MODBUS_BAUDRATE_TABLE MODBUS_MAP_HOLDING
#define CLAGE_DSX_SETTINGS_MODBUS_BAUDRATE_ADDRESS 0x0190u
#define CLAGE_DSX_SETTINGS_MODBUS_BAUDRATE_COUNT 2u

/* `settings.modbus_parity`: holding 402, u8: UART parity (0:none; 1:odd; 2:even) for EIA-485. [unit fraction parity] */
#define CLAGE_DSX_SETTINGS_MODBUS_PARITY_TABLE MODBUS_MAP_HOLDING
#define CLAGE_DSX_SETTINGS_MODBUS_PARITY_ADDRESS 0x0192u
#define CLAGE_DSX_SETTINGS_MODBUS_PARITY_COUNT 1u

/* `settings.modbus_server_addr`: holding 403, u8: First server address */
#define CLAGE_DSX_SETTINGS_MODBUS_SERVER_ADDR_TABLE MODBUS_MAP_HOLDING
#define CLAGE_DSX_SETTINGS_MODBUS_SERVER_ADDR_ADDRESS 0x0193u
#define CLAGE_DSX_SETTINGS_MODBUS_SERVER_ADDR_COUNT 1u

/* `settings.modbus_server_addr_1`: holding 404, u8: Second server address (vendor name modbus_server_addr[1]) */
#define CLAGE_DSX_SETTINGS_MODBUS_SERVER_ADDR_1_TABLE MODBUS_MAP_HOLDING
#define CLAGE_DSX_SETTINGS_MODBUS_SERVER_ADDR_1_ADDRESS 0x0194u
#define CLAGE_DSX_SETTINGS_MODBUS_SERVER_ADDR_1_COUNT 1u

/* `settings.modbus_server_addr_2`: holding 405, u8: Third server address (vendor name modbus_server_addr[2]) */
#define CLAGE_DSX_SETTINGS_MODBUS_SERVER_ADDR_2_TABLE MODBUS_MAP_HOLDING
#define CLAGE_DSX_SETTINGS_MODBUS_SERVER_ADDR_2_ADDRESS 0x0195u
#define CLAGE_DSX_SETTINGS_MODBUS_SERVER_ADDR_2_COUNT 1u

/* `settings.modbus_server_addr_3`: holding 406, u8: Fourth server address (vendor name modbus_server_addr[3]) */
#define CLAGE_DSX_SETTINGS_MODBUS_SERVER_ADDR_3_TABLE MODBUS_MAP_HOLDING
#define CLAGE_DSX_SETTINGS_MODBUS_SERVER_ADDR_3_ADDRESS 0x0196u
#define CLAGE_DSX_SETTINGS_MODBUS_SERVER_ADDR_3_COUNT 1u

/* `settings.modbus_server_addr_4`: holding 407, u8: Fifth server address (vendor name modbus_server_addr[4]) */
#define CLAGE_DSX_SETTINGS_MODBUS_SERVER_ADDR_4_TABLE MODBUS_MAP_HOLDING
#define CLAGE_DSX_SETTINGS_MODBUS_SERVER_ADDR_4_ADDRESS 0x0197u
#define CLAGE_DSX_SETTINGS_MODBUS_SERVER_ADDR_4_COUNT 1u

/* `settings.modbus_broadcast_addr`: holding 408, u8: DLE broadcast address */
#define CLAGE_DSX_SETTINGS_MODBUS_BROADCAST_ADDR_TABLE MODBUS_MAP_HOLDING
#define CLAGE_DSX_SETTINGS_MODBUS_BROADCAST_ADDR_ADDRESS 0x0198u
#define CLAGE_DSX_SETTINGS_MODBUS_BROADCAST_ADDR_COUNT 1u

/* `settings.modbus_epoch_s`: holding 410, u64 in s: UNIX epoch time as provided by modbus [unit fraction epoch] */
#define CLAGE_DSX_SETTINGS_MODBUS_EPOCH_S_TABLE MODBUS_MAP_HOLDING
#define CLAGE_DSX_SETTINGS_MODBUS_EPOCH_S_ADDRESS 0x019Au
#define CLAGE_DSX_SETTINGS_MODBUS_EPOCH_S_COUNT 4u

/* Values of enumeration `settings_modbus_parity` (settings.modbus_parity) */
#define CLAGE_DSX_SETTINGS_MODBUS_PARITY_NONE 0
#define CLAGE_DSX_SETTINGS_MODBUS_PARITY_ODD 1
#define CLAGE_DSX_SETTINGS_MODBUS_PARITY_EVEN 2

#endif /* MODBUS_MAP_CLAGE_DSX_H */
