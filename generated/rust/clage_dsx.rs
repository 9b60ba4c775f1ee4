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
#[allow(clippy::all, clippy::pedantic, unused_imports, dead_code, non_camel_case_types)]
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
    /// Flag if timer shall stop flow
    ///
    /// - address: coil 200 (0x00C8), unit id 1, 1 bit(s)
    /// - type: bool
    /// - access: read-write
    pub const CONTROLS_TIMER_DO_STOP_FLOW: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "controls.timer_do_stop_flow",
        table: mm::Table::Coil,
        address: 200,
        data_type: mm::DataType::Bool,
        access: mm::Access::ReadWrite,
        ..BASE
    };
    /// Flag if timer shall stop at no flow
    ///
    /// - address: coil 201 (0x00C9), unit id 1, 1 bit(s)
    /// - type: bool
    /// - access: read-write
    pub const CONTROLS_TIMER_STOP_IF_FLOW0: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "controls.timer_stop_if_flow0",
        table: mm::Table::Coil,
        address: 201,
        data_type: mm::DataType::Bool,
        access: mm::Access::ReadWrite,
        ..BASE
    };
    /// Flag if filling automatic shall be activated
    ///
    /// - address: coil 210 (0x00D2), unit id 1, 1 bit(s)
    /// - type: bool
    /// - access: read-write
    pub const CONTROLS_FILLING_ACTIVE: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "controls.filling_active",
        table: mm::Table::Coil,
        address: 210,
        data_type: mm::DataType::Bool,
        access: mm::Access::ReadWrite,
        ..BASE
    };
    /// Flag if timer automatic shall be activated
    ///
    /// - address: coil 211 (0x00D3), unit id 1, 1 bit(s)
    /// - type: bool
    /// - access: read-write
    pub const CONTROLS_TIMER_ACTIVE: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "controls.timer_active",
        table: mm::Table::Coil,
        address: 211,
        data_type: mm::DataType::Bool,
        access: mm::Access::ReadWrite,
        ..BASE
    };
    /// Flag if thermal treatment shall be activated Safety notice: thermal treatment is safety-relevant (scalding).
    ///
    /// - address: coil 212 (0x00D4), unit id 1, 1 bit(s)
    /// - type: bool
    /// - access: read-write (safety-relevant: writes need the opt-in)
    pub const CONTROLS_THERM_TREAT_ACTIVE: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "controls.therm_treat_active",
        table: mm::Table::Coil,
        address: 212,
        data_type: mm::DataType::Bool,
        access: mm::Access::ReadWrite,
        safety: true,
        ..BASE
    };
    /// Flag if valve shall be opened (after has been closed) Safety notice: opening the water valve after automatic shut-off is safety-relevant.
    ///
    /// - address: coil 213 (0x00D5), unit id 1, 1 bit(s)
    /// - type: bool
    /// - access: read-write (safety-relevant: writes need the opt-in)
    pub const CONTROLS_VALVE_OPEN: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "controls.valve_open",
        table: mm::Table::Coil,
        address: 213,
        data_type: mm::DataType::Bool,
        access: mm::Access::ReadWrite,
        safety: true,
        ..BASE
    };
    /// Flag to trigger new start of CPU
    ///
    /// - address: coil 300 (0x012C), unit id 1, 1 bit(s)
    /// - type: bool
    /// - access: read-write
    pub const CONTROLS_SYSTEM_DO_REBOOT: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "controls.system_do_reboot",
        table: mm::Table::Coil,
        address: 300,
        data_type: mm::DataType::Bool,
        access: mm::Access::ReadWrite,
        ..BASE
    };
    /// Flag to trigger factory reset
    ///
    /// - address: coil 301 (0x012D), unit id 1, 1 bit(s)
    /// - type: bool
    /// - access: read-write
    pub const CONTROLS_SYSTEM_DO_RESET: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "controls.system_do_reset",
        table: mm::Table::Coil,
        address: 301,
        data_type: mm::DataType::Bool,
        access: mm::Access::ReadWrite,
        ..BASE
    };
    /// Flag to trigger start of second partition
    ///
    /// - address: coil 302 (0x012E), unit id 1, 1 bit(s)
    /// - type: bool
    /// - access: read-write
    pub const CONTROLS_SYSTEM_DO_REBOOT_NEXT: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "controls.system_do_reboot_next",
        table: mm::Table::Coil,
        address: 302,
        data_type: mm::DataType::Bool,
        access: mm::Access::ReadWrite,
        ..BASE
    };
    /// Flag to trigger complete online update
    ///
    /// - address: coil 310 (0x0136), unit id 1, 1 bit(s)
    /// - type: bool
    /// - access: read-write
    pub const CONTROLS_UPDATE_DO_ALL: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "controls.update_do_all",
        table: mm::Table::Coil,
        address: 310,
        data_type: mm::DataType::Bool,
        access: mm::Access::ReadWrite,
        ..BASE
    };
    /// Flag if beta software shall be used
    ///
    /// - address: coil 311 (0x0137), unit id 1, 1 bit(s)
    /// - type: bool
    /// - access: read-write
    pub const CONTROLS_UPDATE_USE_BETA: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "controls.update_use_beta",
        table: mm::Table::Coil,
        address: 311,
        data_type: mm::DataType::Bool,
        access: mm::Access::ReadWrite,
        ..BASE
    };
    /// Flag to trigger checking for update
    ///
    /// - address: coil 312 (0x0138), unit id 1, 1 bit(s)
    /// - type: bool
    /// - access: read-write
    pub const CONTROLS_UPDATE_DO_CHECK: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "controls.update_do_check",
        table: mm::Table::Coil,
        address: 312,
        data_type: mm::DataType::Bool,
        access: mm::Access::ReadWrite,
        ..BASE
    };
    /// Flag if daily check shall be performed
    ///
    /// - address: coil 313 (0x0139), unit id 1, 1 bit(s)
    /// - type: bool
    /// - access: read-write
    pub const CONTROLS_UPDATE_CHECK_DAILY: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "controls.update_check_daily",
        table: mm::Table::Coil,
        address: 313,
        data_type: mm::DataType::Bool,
        access: mm::Access::ReadWrite,
        ..BASE
    };
    /// Flag to trigger application download
    ///
    /// - address: coil 314 (0x013A), unit id 1, 1 bit(s)
    /// - type: bool
    /// - access: read-write
    pub const CONTROLS_UPDATE_DO_APP: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "controls.update_do_app",
        table: mm::Table::Coil,
        address: 314,
        data_type: mm::DataType::Bool,
        access: mm::Access::ReadWrite,
        ..BASE
    };
    /// Flag to trigger web-UI content download
    ///
    /// - address: coil 315 (0x013B), unit id 1, 1 bit(s)
    /// - type: bool
    /// - access: read-write
    pub const CONTROLS_UPDATE_DO_WWW: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "controls.update_do_www",
        table: mm::Table::Coil,
        address: 315,
        data_type: mm::DataType::Bool,
        access: mm::Access::ReadWrite,
        ..BASE
    };
    /// Flag if initial test sequence shall be transmitted
    ///
    /// - address: coil 400 (0x0190), unit id 1, 1 bit(s)
    /// - type: bool
    /// - access: read-write
    pub const CONTROLS_MODBUS_TEST_INIT: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "controls.modbus_test_init",
        table: mm::Table::Coil,
        address: 400,
        data_type: mm::DataType::Bool,
        access: mm::Access::ReadWrite,
        ..BASE
    };
    /// Flag if continuous test sequence shall be transmitted
    ///
    /// - address: coil 401 (0x0191), unit id 1, 1 bit(s)
    /// - type: bool
    /// - access: read-write
    pub const CONTROLS_MODBUS_TEST: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "controls.modbus_test",
        table: mm::Table::Coil,
        address: 401,
        data_type: mm::DataType::Bool,
        access: mm::Access::ReadWrite,
        ..BASE
    };
    /// Flag if modbus word order shall be big endian.
    ///
    /// - address: coil 402 (0x0192), unit id 1, 1 bit(s)
    /// - type: bool
    /// - access: read-write
    /// - default: true
    pub const CONTROLS_MODBUS_WORD_ORDER_BIG_ENDIAN: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "controls.modbus_word_order_big_endian",
        table: mm::Table::Coil,
        address: 402,
        data_type: mm::DataType::Bool,
        access: mm::Access::ReadWrite,
        ..BASE
    };
    /// Flag if WLAN shall operate as AP
    ///
    /// - address: coil 500 (0x01F4), unit id 1, 1 bit(s)
    /// - type: bool
    /// - access: read-write
    pub const CONTROLS_WLAN_AP: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "controls.wlan_ap",
        table: mm::Table::Coil,
        address: 500,
        data_type: mm::DataType::Bool,
        access: mm::Access::ReadWrite,
        ..BASE
    };
    /// Trigger WLAN restart
    ///
    /// - address: coil 501 (0x01F5), unit id 1, 1 bit(s)
    /// - type: bool
    /// - access: read-write
    pub const CONTROLS_WLAN_RESTART: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "controls.wlan_restart",
        table: mm::Table::Coil,
        address: 501,
        data_type: mm::DataType::Bool,
        access: mm::Access::ReadWrite,
        ..BASE
    };
    /// Trigger WLAN setup
    ///
    /// - address: coil 502 (0x01F6), unit id 1, 1 bit(s)
    /// - type: bool
    /// - access: read-write
    pub const CONTROLS_WLAN_SETUP: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "controls.wlan_setup",
        table: mm::Table::Coil,
        address: 502,
        data_type: mm::DataType::Bool,
        access: mm::Access::ReadWrite,
        ..BASE
    };
    /// Trigger WLAN scan
    ///
    /// - address: coil 503 (0x01F7), unit id 1, 1 bit(s)
    /// - type: bool
    /// - access: read-write
    pub const CONTROLS_WLAN_SCAN: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "controls.wlan_scan",
        table: mm::Table::Coil,
        address: 503,
        data_type: mm::DataType::Bool,
        access: mm::Access::ReadWrite,
        ..BASE
    };
    /// Flag if WLAN shall be active
    ///
    /// - address: coil 504 (0x01F8), unit id 1, 1 bit(s)
    /// - type: bool
    /// - access: read-write
    pub const CONTROLS_WLAN_ACTIVE: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "controls.wlan_active",
        table: mm::Table::Coil,
        address: 504,
        data_type: mm::DataType::Bool,
        access: mm::Access::ReadWrite,
        ..BASE
    };
    /// Flag if SNTP servers from DHCP shall be used.
    ///
    /// - address: coil 505 (0x01F9), unit id 1, 1 bit(s)
    /// - type: bool
    /// - access: read-write
    pub const CONTROLS_NET_SNTP_FROM_DHCP: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "controls.net_sntp_from_dhcp",
        table: mm::Table::Coil,
        address: 505,
        data_type: mm::DataType::Bool,
        access: mm::Access::ReadWrite,
        ..BASE
    };
    /// Flag if daylight saving shall be applied.
    ///
    /// - address: coil 506 (0x01FA), unit id 1, 1 bit(s)
    /// - type: bool
    /// - access: read-write
    pub const CONTROLS_DAYLIGHT_SAVING: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "controls.daylight_saving",
        table: mm::Table::Coil,
        address: 506,
        data_type: mm::DataType::Bool,
        access: mm::Access::ReadWrite,
        ..BASE
    };
    /// Flag if REST API shall be started.
    ///
    /// - address: coil 507 (0x01FB), unit id 1, 1 bit(s)
    /// - type: bool
    /// - access: read-write
    pub const CONTROLS_NET_REST_API: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "controls.net_rest_api",
        table: mm::Table::Coil,
        address: 507,
        data_type: mm::DataType::Bool,
        access: mm::Access::ReadWrite,
        ..BASE
    };
    /// Flag if REST shall use TLS encryption.
    ///
    /// - address: coil 508 (0x01FC), unit id 1, 1 bit(s)
    /// - type: bool
    /// - access: read-write
    pub const CONTROLS_NET_REST_API_TLS: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "controls.net_rest_api_tls",
        table: mm::Table::Coil,
        address: 508,
        data_type: mm::DataType::Bool,
        access: mm::Access::ReadWrite,
        ..BASE
    };
    /// Flag if REST shall check for authentication.
    ///
    /// - address: coil 509 (0x01FD), unit id 1, 1 bit(s)
    /// - type: bool
    /// - access: read-write
    pub const CONTROLS_NET_REST_API_AUTH: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "controls.net_rest_api_auth",
        table: mm::Table::Coil,
        address: 509,
        data_type: mm::DataType::Bool,
        access: mm::Access::ReadWrite,
        ..BASE
    };
    /// Flag if REST /param shall allow read access with legacy default.
    ///
    /// - address: coil 510 (0x01FE), unit id 1, 1 bit(s)
    /// - type: bool
    /// - access: read-write
    pub const CONTROLS_NET_ACCESS_PARAM_R: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "controls.net_access_param_r",
        table: mm::Table::Coil,
        address: 510,
        data_type: mm::DataType::Bool,
        access: mm::Access::ReadWrite,
        ..BASE
    };
    /// Flag if REST /param shall allow write access with legacy default.
    ///
    /// - address: coil 511 (0x01FF), unit id 1, 1 bit(s)
    /// - type: bool
    /// - access: read-write
    pub const CONTROLS_NET_ACCESS_PARAM_W: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "controls.net_access_param_w",
        table: mm::Table::Coil,
        address: 511,
        data_type: mm::DataType::Bool,
        access: mm::Access::ReadWrite,
        ..BASE
    };
    /// Flag if AWS cloud service is/shall be active.
    ///
    /// - address: coil 530 (0x0212), unit id 1, 1 bit(s)
    /// - type: bool
    /// - access: read-write
    pub const CONTROLS_NET_AWS: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "controls.net_aws",
        table: mm::Table::Coil,
        address: 530,
        data_type: mm::DataType::Bool,
        access: mm::Access::ReadWrite,
        ..BASE
    };
    /// Restart of service and reload provisioning data.
    ///
    /// - address: coil 531 (0x0213), unit id 1, 1 bit(s)
    /// - type: bool
    /// - access: read-write
    pub const CONTROLS_NET_AWS_DO_RESTART: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "controls.net_aws_do_restart",
        table: mm::Table::Coil,
        address: 531,
        data_type: mm::DataType::Bool,
        access: mm::Access::ReadWrite,
        ..BASE
    };
    /// Trigger removal of provisioning data.
    ///
    /// - address: coil 532 (0x0214), unit id 1, 1 bit(s)
    /// - type: bool
    /// - access: read-write
    pub const CONTROLS_NET_AWS_DO_DELETION: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "controls.net_aws_do_deletion",
        table: mm::Table::Coil,
        address: 532,
        data_type: mm::DataType::Bool,
        access: mm::Access::ReadWrite,
        ..BASE
    };
    /// Factory reset of service erasing certificates and renewing UUIDs.
    ///
    /// - address: coil 533 (0x0215), unit id 1, 1 bit(s)
    /// - type: bool
    /// - access: read-write
    pub const CONTROLS_NET_AWS_DO_RESET: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "controls.net_aws_do_reset",
        table: mm::Table::Coil,
        address: 533,
        data_type: mm::DataType::Bool,
        access: mm::Access::ReadWrite,
        ..BASE
    };
    /// Flag if home screen shall show flow limit
    ///
    /// - address: coil 600 (0x0258), unit id 1, 1 bit(s)
    /// - type: bool
    /// - access: read-write
    pub const CONTROLS_HOME_FLOW: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "controls.home_flow",
        table: mm::Table::Coil,
        address: 600,
        data_type: mm::DataType::Bool,
        access: mm::Access::ReadWrite,
        ..BASE
    };
    /// Flag if home screen shall show time
    ///
    /// - address: coil 601 (0x0259), unit id 1, 1 bit(s)
    /// - type: bool
    /// - access: read-write
    pub const CONTROLS_HOME_TIME: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "controls.home_time",
        table: mm::Table::Coil,
        address: 601,
        data_type: mm::DataType::Bool,
        access: mm::Access::ReadWrite,
        ..BASE
    };
    /// Water flow finish idle state of display light.
    ///
    /// - address: coil 602 (0x025A), unit id 1, 1 bit(s)
    /// - type: bool
    /// - access: read-write
    pub const CONTROLS_DISPLAY_BRIGHT_FLOW: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "controls.display_bright_flow",
        table: mm::Table::Coil,
        address: 602,
        data_type: mm::DataType::Bool,
        access: mm::Access::ReadWrite,
        ..BASE
    };
    /// Flag if device shall make sounds
    ///
    /// - address: coil 603 (0x025B), unit id 1, 1 bit(s)
    /// - type: bool
    /// - access: read-write
    pub const CONTROLS_SOUND: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "controls.sound",
        table: mm::Table::Coil,
        address: 603,
        data_type: mm::DataType::Bool,
        access: mm::Access::ReadWrite,
        ..BASE
    };
    /// Flag if device shall play a start jingle
    ///
    /// - address: coil 604 (0x025C), unit id 1, 1 bit(s)
    /// - type: bool
    /// - access: read-write
    pub const CONTROLS_START_JINGLE: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "controls.start_jingle",
        table: mm::Table::Coil,
        address: 604,
        data_type: mm::DataType::Bool,
        access: mm::Access::ReadWrite,
        ..BASE
    };
    /// Flag if consts shall be shown in statistics.
    ///
    /// - address: coil 605 (0x025D), unit id 1, 1 bit(s)
    /// - type: bool
    /// - access: read-write
    pub const CONTROLS_STAT_SHOW_COSTS: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "controls.stat_show_costs",
        table: mm::Table::Coil,
        address: 605,
        data_type: mm::DataType::Bool,
        access: mm::Access::ReadWrite,
        ..BASE
    };
    /// Flag if CPU temperature shall be logged.
    ///
    /// - address: coil 700 (0x02BC), unit id 1, 1 bit(s)
    /// - type: bool
    /// - access: read-write
    pub const CONTROLS_DEVEL_LOG_CPU_TEMP: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "controls.devel_log_cpu_temp",
        table: mm::Table::Coil,
        address: 700,
        data_type: mm::DataType::Bool,
        access: mm::Access::ReadWrite,
        ..BASE
    };
    /// Flag if developer test feed shall be used for update
    ///
    /// - address: coil 701 (0x02BD), unit id 1, 1 bit(s)
    /// - type: bool
    /// - access: read-write
    pub const CONTROLS_DEVEL_UPDATE_TEST_FEED: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "controls.devel_update_test_feed",
        table: mm::Table::Coil,
        address: 701,
        data_type: mm::DataType::Bool,
        access: mm::Access::ReadWrite,
        ..BASE
    };
    /// Flag if S/N shall be provided for update
    ///
    /// - address: coil 702 (0x02BE), unit id 1, 1 bit(s)
    /// - type: bool
    /// - access: read-write
    pub const CONTROLS_DEVEL_URL_SN_SUFFIX: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "controls.devel_url_sn_suffix",
        table: mm::Table::Coil,
        address: 702,
        data_type: mm::DataType::Bool,
        access: mm::Access::ReadWrite,
        ..BASE
    };
    /// Flag if this device is on power limit.
    ///
    /// - address: discrete 0 (0x0000), unit id 1, 1 bit(s)
    /// - type: bool
    /// - access: read-only
    pub const STATUS_IS_POWER_LIMIT: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "status.is_power_limit",
        table: mm::Table::Discrete,
        address: 0,
        data_type: mm::DataType::Bool,
        access: mm::Access::Read,
        ..BASE
    };
    /// Is setpoint at maximum
    ///
    /// - address: discrete 1 (0x0001), unit id 1, 1 bit(s)
    /// - type: bool
    /// - access: read-only
    pub const STATUS_IS_TEMP_SETPOINT_MAX: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "status.is_temp_setpoint_max",
        table: mm::Table::Discrete,
        address: 1,
        data_type: mm::DataType::Bool,
        access: mm::Access::Read,
        ..BASE
    };
    /// Is scalding protection
    ///
    /// - address: discrete 2 (0x0002), unit id 1, 1 bit(s)
    /// - type: bool
    /// - access: read-only
    pub const STATUS_IS_TEMP_SETPOINT_MAX_SCALDING_PROTECTION: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "status.is_temp_setpoint_max_scalding_protection",
        table: mm::Table::Discrete,
        address: 2,
        data_type: mm::DataType::Bool,
        access: mm::Access::Read,
        ..BASE
    };
    /// Flag if jumper lock is active
    ///
    /// - address: discrete 3 (0x0003), unit id 1, 1 bit(s)
    /// - type: bool
    /// - access: read-only
    pub const STATUS_IS_JUMPER_LOCK: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "status.is_jumper_lock",
        table: mm::Table::Discrete,
        address: 3,
        data_type: mm::DataType::Bool,
        access: mm::Access::Read,
        ..BASE
    };
    /// Flag if thermal treatment is inhibited
    ///
    /// - address: discrete 200 (0x00C8), unit id 1, 1 bit(s)
    /// - type: bool
    /// - access: read-only
    pub const STATUS_IS_THERM_TREAT_INHIBIT: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "status.is_therm_treat_inhibit",
        table: mm::Table::Discrete,
        address: 200,
        data_type: mm::DataType::Bool,
        access: mm::Access::Read,
        ..BASE
    };
    /// Flag if thermal treatment is active
    ///
    /// - address: discrete 201 (0x00C9), unit id 1, 1 bit(s)
    /// - type: bool
    /// - access: read-only
    pub const STATUS_IS_THERM_TREAT_ACTIVE: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "status.is_therm_treat_active",
        table: mm::Table::Discrete,
        address: 201,
        data_type: mm::DataType::Bool,
        access: mm::Access::Read,
        ..BASE
    };
    /// Flag if filling automatic is active (deprecated) (in clage_modbus_mapping.csv only)
    ///
    /// - address: discrete 202 (0x00CA), unit id 1, 1 bit(s)
    /// - type: bool
    /// - access: read-only
    pub const STATUS_FILLING_ACTIVE: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "status.filling_active",
        table: mm::Table::Discrete,
        address: 202,
        data_type: mm::DataType::Bool,
        access: mm::Access::Read,
        ..BASE
    };
    /// Flag if filling automatic is active
    ///
    /// - address: discrete 203 (0x00CB), unit id 1, 1 bit(s)
    /// - type: bool
    /// - access: read-only
    pub const STATUS_IS_FILL_AMOUNT: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "status.is_fill_amount",
        table: mm::Table::Discrete,
        address: 203,
        data_type: mm::DataType::Bool,
        access: mm::Access::Read,
        ..BASE
    };
    /// Flag if timer automatic is active
    ///
    /// - address: discrete 204 (0x00CC), unit id 1, 1 bit(s)
    /// - type: bool
    /// - access: read-only
    pub const STATUS_IS_FILL_TIME: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "status.is_fill_time",
        table: mm::Table::Discrete,
        address: 204,
        data_type: mm::DataType::Bool,
        access: mm::Access::Read,
        ..BASE
    };
    /// Flag if this device has a radio module installed. (vendor name has_RM)
    ///
    /// - address: discrete 300 (0x012C), unit id 1, 1 bit(s)
    /// - type: bool
    /// - access: read-only
    pub const STATUS_HAS_RM: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "status.has_rm",
        table: mm::Table::Discrete,
        address: 300,
        data_type: mm::DataType::Bool,
        access: mm::Access::Read,
        ..BASE
    };
    /// Flag if this device has a valve installed. (vendor name has_VC)
    ///
    /// - address: discrete 301 (0x012D), unit id 1, 1 bit(s)
    /// - type: bool
    /// - access: read-only
    pub const STATUS_HAS_VC: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "status.has_vc",
        table: mm::Table::Discrete,
        address: 301,
        data_type: mm::DataType::Bool,
        access: mm::Access::Read,
        ..BASE
    };
    /// Fast boot ???
    ///
    /// - address: discrete 302 (0x012E), unit id 1, 1 bit(s)
    /// - type: bool
    /// - access: read-only
    pub const STATUS_IS_FAST_BOOT: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "status.is_fast_boot",
        table: mm::Table::Discrete,
        address: 302,
        data_type: mm::DataType::Bool,
        access: mm::Access::Read,
        ..BASE
    };
    /// Flag if leakage is detected
    ///
    /// - address: discrete 303 (0x012F), unit id 1, 1 bit(s)
    /// - type: bool
    /// - access: read-only
    pub const STATUS_LEAKAGE: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "status.leakage",
        table: mm::Table::Discrete,
        address: 303,
        data_type: mm::DataType::Bool,
        access: mm::Access::Read,
        ..BASE
    };
    /// Flag if valve is closed
    ///
    /// - address: discrete 304 (0x0130), unit id 1, 1 bit(s)
    /// - type: bool
    /// - access: read-only
    pub const STATUS_VC_IS_CLOSED: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "status.vc_is_closed",
        table: mm::Table::Discrete,
        address: 304,
        data_type: mm::DataType::Bool,
        access: mm::Access::Read,
        ..BASE
    };
    /// Flag if SNTP client is running
    ///
    /// - address: discrete 500 (0x01F4), unit id 1, 1 bit(s)
    /// - type: bool
    /// - access: read-only
    pub const STATUS_NET_SNTP_CLIENT_UP: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "status.net_sntp_client_up",
        table: mm::Table::Discrete,
        address: 500,
        data_type: mm::DataType::Bool,
        access: mm::Access::Read,
        ..BASE
    };
    /// Flag if WLAN BSSID is set
    ///
    /// - address: discrete 501 (0x01F5), unit id 1, 1 bit(s)
    /// - type: bool
    /// - access: read-only
    pub const STATUS_WLAN_STA_BSSID_SET: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "status.wlan_sta_bssid_set",
        table: mm::Table::Discrete,
        address: 501,
        data_type: mm::DataType::Bool,
        access: mm::Access::Read,
        ..BASE
    };
    /// Flag if this HW provides a TFT/GUI (DSX Touch)
    ///
    /// - address: discrete 600 (0x0258), unit id 1, 1 bit(s)
    /// - type: bool
    /// - access: read-only
    pub const STATUS_HW_TFT_TOUCH: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "status.hw_tft_touch",
        table: mm::Table::Discrete,
        address: 600,
        data_type: mm::DataType::Bool,
        access: mm::Access::Read,
        ..BASE
    };
    /// Flag if all screens are up
    ///
    /// - address: discrete 601 (0x0259), unit id 1, 1 bit(s)
    /// - type: bool
    /// - access: read-only
    pub const STATUS_GUI_SCREENS_UP: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "status.gui_screens_up",
        table: mm::Table::Discrete,
        address: 601,
        data_type: mm::DataType::Bool,
        access: mm::Access::Read,
        ..BASE
    };
    /// Current inlet temperature [1/10 deg centigrade] (vendor name temp_in_C10)
    ///
    /// - address: input 0 (0x0000), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    /// - unit: °C
    /// - scale: 1/10, offset: 0
    pub const SENSORS_TEMP_IN_C10: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "sensors.temp_in_c10",
        table: mm::Table::Input,
        address: 0,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        scale: 0.1,
        unit: ::core::option::Option::Some("°C"),
        ..BASE
    };
    /// Current outlet temperature [1/10 deg centigrade] (vendor name temp_out_C10)
    ///
    /// - address: input 1 (0x0001), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    /// - unit: °C
    /// - scale: 1/10, offset: 0
    pub const SENSORS_TEMP_OUT_C10: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "sensors.temp_out_c10",
        table: mm::Table::Input,
        address: 1,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        scale: 0.1,
        unit: ::core::option::Option::Some("°C"),
        ..BASE
    };
    /// Current water flow [1/10 l/min]
    ///
    /// - address: input 2 (0x0002), unit id 1, 1 register(s)
    /// - type: u8
    /// - access: read-only
    /// - unit: l/min
    /// - scale: 1/10, offset: 0
    pub const SENSORS_FLOW_LMIN10: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "sensors.flow_lmin10",
        table: mm::Table::Input,
        address: 2,
        data_type: mm::DataType::U8,
        access: mm::Access::Read,
        scale: 0.1,
        unit: ::core::option::Option::Some("l/min"),
        ..BASE
    };
    /// Current power consumption [1/10 kW] (vendor name power_kW10)
    ///
    /// - address: input 3 (0x0003), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    /// - unit: kW
    /// - scale: 1/10, offset: 0
    pub const SENSORS_POWER_KW10: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "sensors.power_kw10",
        table: mm::Table::Input,
        address: 3,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        scale: 0.1,
        unit: ::core::option::Option::Some("kW"),
        ..BASE
    };
    /// Current power consumption [percent] (vendor name power_PC)
    ///
    /// - address: input 4 (0x0004), unit id 1, 1 register(s)
    /// - type: u8
    /// - access: read-only
    /// - unit: %
    /// - range: 0 ..= 100
    pub const SENSORS_POWER_PC: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "sensors.power_pc",
        table: mm::Table::Input,
        address: 4,
        data_type: mm::DataType::U8,
        access: mm::Access::Read,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(100.0),
        unit: ::core::option::Option::Some("%"),
        ..BASE
    };
    /// Maximum power consumption [1/10 kW] (MPS selected) (vendor name power_max_kW10)
    ///
    /// - address: input 5 (0x0005), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    /// - unit: kW
    /// - scale: 1/10, offset: 0
    pub const SENSORS_POWER_MAX_KW10: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "sensors.power_max_kw10",
        table: mm::Table::Input,
        address: 5,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        scale: 0.1,
        unit: ::core::option::Option::Some("kW"),
        ..BASE
    };
    /// Total energy consumed 32 bit [Wh] (vendor name total_energy_Wh)
    ///
    /// - address: input 100 (0x0064), unit id 1, 2 register(s)
    /// - type: u32, words high_first
    /// - access: read-only
    /// - unit: Wh
    pub const SENSORS_TOTAL_ENERGY_WH: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "sensors.total_energy_wh",
        table: mm::Table::Input,
        address: 100,
        data_type: mm::DataType::U32,
        access: mm::Access::Read,
        width: 2,
        unit: ::core::option::Option::Some("Wh"),
        ..BASE
    };
    /// Total water consumed 32 bit [l]
    ///
    /// - address: input 102 (0x0066), unit id 1, 2 register(s)
    /// - type: u32, words high_first
    /// - access: read-only
    /// - unit: L
    pub const SENSORS_TOTAL_VOLUME_L: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "sensors.total_volume_l",
        table: mm::Table::Input,
        address: 102,
        data_type: mm::DataType::U32,
        access: mm::Access::Read,
        width: 2,
        unit: ::core::option::Option::Some("L"),
        ..BASE
    };
    /// Count of water tap usages 32 bit
    ///
    /// - address: input 104 (0x0068), unit id 1, 2 register(s)
    /// - type: u32, words high_first
    /// - access: read-only
    pub const SENSORS_TOTAL_TAP_COUNT: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "sensors.total_tap_count",
        table: mm::Table::Input,
        address: 104,
        data_type: mm::DataType::U32,
        access: mm::Access::Read,
        width: 2,
        ..BASE
    };
    /// Device total power-on time 32 bit [s]
    ///
    /// - address: input 106 (0x006A), unit id 1, 2 register(s)
    /// - type: u32, words high_first
    /// - access: read-only
    /// - unit: s
    pub const SENSORS_DEVICE_TOTAL_UPTIME_S: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "sensors.device_total_uptime_s",
        table: mm::Table::Input,
        address: 106,
        data_type: mm::DataType::U32,
        access: mm::Access::Read,
        width: 2,
        unit: ::core::option::Option::Some("s"),
        ..BASE
    };
    /// Device total heating time 32 bit [s]
    ///
    /// - address: input 108 (0x006C), unit id 1, 2 register(s)
    /// - type: u32, words high_first
    /// - access: read-only
    /// - unit: s
    pub const SENSORS_DEVICE_TOTAL_HEATING_S: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "sensors.device_total_heating_s",
        table: mm::Table::Input,
        address: 108,
        data_type: mm::DataType::U32,
        access: mm::Access::Read,
        width: 2,
        unit: ::core::option::Option::Some("s"),
        ..BASE
    };
    /// Time since last power-on 32 bit [s]
    ///
    /// - address: input 110 (0x006E), unit id 1, 2 register(s)
    /// - type: u32, words high_first
    /// - access: read-only
    /// - unit: s
    pub const SENSORS_DEVICE_UPTIME_S: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "sensors.device_uptime_s",
        table: mm::Table::Input,
        address: 110,
        data_type: mm::DataType::U32,
        access: mm::Access::Read,
        width: 2,
        unit: ::core::option::Option::Some("s"),
        ..BASE
    };
    /// State of water resistivity measurement.
    ///
    /// - address: input 112 (0x0070), unit id 1, 1 register(s)
    /// - type: u8
    /// - access: read-only
    pub const SENSORS_RESISTIVITY_STATE: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "sensors.resistivity_state",
        table: mm::Table::Input,
        address: 112,
        data_type: mm::DataType::U8,
        access: mm::Access::Read,
        ..BASE
    };
    /// Value of water resistivity (1 digit = 8 Ohm*cm). (vendor name resistivity_8Ohmcm)
    ///
    /// - address: input 113 (0x0071), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    /// - unit: Ω·cm
    /// - scale: 8, offset: 0
    pub const SENSORS_RESISTIVITY_8OHMCM: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "sensors.resistivity_8ohmcm",
        table: mm::Table::Input,
        address: 113,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        scale: 8.0,
        unit: ::core::option::Option::Some("Ω·cm"),
        ..BASE
    };
    /// Remaining volume of fill automatic in liter
    ///
    /// - address: input 200 (0x00C8), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    /// - unit: L
    pub const SENSORS_FILL_REMAIN_L: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "sensors.fill_remain_l",
        table: mm::Table::Input,
        address: 200,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        unit: ::core::option::Option::Some("L"),
        ..BASE
    };
    /// Remaining time of timer automatic in seconds
    ///
    /// - address: input 201 (0x00C9), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    /// - unit: s
    pub const SENSORS_FILL_REMAIN_S: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "sensors.fill_remain_s",
        table: mm::Table::Input,
        address: 201,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        unit: ::core::option::Option::Some("s"),
        ..BASE
    };
    /// Number of thermal treatments
    ///
    /// - address: input 202 (0x00CA), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    pub const SENSORS_THERM_TREAT_COUNT: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "sensors.therm_treat_count",
        table: mm::Table::Input,
        address: 202,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        ..BASE
    };
    /// Volume used for thermal treatment in liter
    ///
    /// - address: input 203 (0x00CB), unit id 1, 2 register(s)
    /// - type: u32, words high_first
    /// - access: read-only
    /// - unit: L
    pub const SENSORS_THERM_TREAT_AMOUNT_L: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "sensors.therm_treat_amount_l",
        table: mm::Table::Input,
        address: 203,
        data_type: mm::DataType::U32,
        access: mm::Access::Read,
        width: 2,
        unit: ::core::option::Option::Some("L"),
        ..BASE
    };
    /// Duration of thermal treatment in seconds
    ///
    /// - address: input 205 (0x00CD), unit id 1, 2 register(s)
    /// - type: u32, words high_first
    /// - access: read-only
    /// - unit: s
    pub const SENSORS_THERM_TREAT_DURATION_S: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "sensors.therm_treat_duration_s",
        table: mm::Table::Input,
        address: 205,
        data_type: mm::DataType::U32,
        access: mm::Access::Read,
        width: 2,
        unit: ::core::option::Option::Some("s"),
        ..BASE
    };
    /// Device error code (0 = no error)
    ///
    /// - address: input 300 (0x012C), unit id 1, 1 register(s)
    /// - type: u8
    /// - access: read-only
    pub const SENSORS_PU_ERROR: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "sensors.pu_error",
        table: mm::Table::Input,
        address: 300,
        data_type: mm::DataType::U8,
        access: mm::Access::Read,
        ..BASE
    };
    /// Control value (normal value 2800) [unit fraction u16ctrl]
    ///
    /// - address: input 301 (0x012D), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    /// - default: 2800
    pub const SENSORS_CTRL_VAL: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "sensors.ctrl_val",
        table: mm::Table::Input,
        address: 301,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        ..BASE
    };
    /// Leakage detection raw 12 bit ADC value (0...4095)
    ///
    /// - address: input 302 (0x012E), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    /// - range: 0 ..= 4095
    pub const SENSORS_LEAKAGE_RAW: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "sensors.leakage_raw",
        table: mm::Table::Input,
        address: 302,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(4095.0),
        ..BASE
    };
    /// Currently selected MPS level 0 to (mps_id_end-1) [unit fraction u8mpsid] (in clage_modbus_mapping.csv only)
    ///
    /// - address: input 310 (0x0136), unit id 1, 1 register(s)
    /// - type: u8
    /// - access: read-only
    /// - range: 0 ..= 3
    pub const SENSORS_MPS_ID: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "sensors.mps_id",
        table: mm::Table::Input,
        address: 310,
        data_type: mm::DataType::U8,
        access: mm::Access::Read,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(3.0),
        ..BASE
    };
    /// Number of MPS levels supported [unit fraction u8mpsid]
    ///
    /// - address: input 311 (0x0137), unit id 1, 1 register(s)
    /// - type: u8
    /// - access: read-only
    pub const SENSORS_MPS_ID_END: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "sensors.mps_id_end",
        table: mm::Table::Input,
        address: 311,
        data_type: mm::DataType::U8,
        access: mm::Access::Read,
        ..BASE
    };
    /// Maximum power at MPS level 0 (vendor name mps0_kW10)
    ///
    /// - address: input 312 (0x0138), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    /// - unit: kW
    /// - scale: 1/10, offset: 0
    pub const SENSORS_MPS0_KW10: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "sensors.mps0_kw10",
        table: mm::Table::Input,
        address: 312,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        scale: 0.1,
        unit: ::core::option::Option::Some("kW"),
        ..BASE
    };
    /// Maximum power at MPS level 1 (vendor name mps1_kW10)
    ///
    /// - address: input 313 (0x0139), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    /// - unit: kW
    /// - scale: 1/10, offset: 0
    pub const SENSORS_MPS1_KW10: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "sensors.mps1_kw10",
        table: mm::Table::Input,
        address: 313,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        scale: 0.1,
        unit: ::core::option::Option::Some("kW"),
        ..BASE
    };
    /// Maximum power at MPS level 2 (vendor name mps2_kW10)
    ///
    /// - address: input 314 (0x013A), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    /// - unit: kW
    /// - scale: 1/10, offset: 0
    pub const SENSORS_MPS2_KW10: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "sensors.mps2_kw10",
        table: mm::Table::Input,
        address: 314,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        scale: 0.1,
        unit: ::core::option::Option::Some("kW"),
        ..BASE
    };
    /// Maximum power at MPS level 3 (vendor name mps3_kW10)
    ///
    /// - address: input 315 (0x013B), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    /// - unit: kW
    /// - scale: 1/10, offset: 0
    pub const SENSORS_MPS3_KW10: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "sensors.mps3_kw10",
        table: mm::Table::Input,
        address: 315,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        scale: 0.1,
        unit: ::core::option::Option::Some("kW"),
        ..BASE
    };
    /// Device error code history entry
    ///
    /// - address: input 320 (0x0140), unit id 1, 1 register(s)
    /// - type: u8
    /// - access: read-only
    pub const SENSORS_PU_ERR: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "sensors.pu_err",
        table: mm::Table::Input,
        address: 320,
        data_type: mm::DataType::U8,
        access: mm::Access::Read,
        ..BASE
    };
    /// Device error code history entry (vendor name pu_err[1])
    ///
    /// - address: input 321 (0x0141), unit id 1, 1 register(s)
    /// - type: u8
    /// - access: read-only
    pub const SENSORS_PU_ERR_1: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "sensors.pu_err_1",
        table: mm::Table::Input,
        address: 321,
        data_type: mm::DataType::U8,
        access: mm::Access::Read,
        ..BASE
    };
    /// Device error code history entry (vendor name pu_err[2])
    ///
    /// - address: input 322 (0x0142), unit id 1, 1 register(s)
    /// - type: u8
    /// - access: read-only
    pub const SENSORS_PU_ERR_2: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "sensors.pu_err_2",
        table: mm::Table::Input,
        address: 322,
        data_type: mm::DataType::U8,
        access: mm::Access::Read,
        ..BASE
    };
    /// Device error code history entry (vendor name pu_err[3])
    ///
    /// - address: input 323 (0x0143), unit id 1, 1 register(s)
    /// - type: u8
    /// - access: read-only
    pub const SENSORS_PU_ERR_3: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "sensors.pu_err_3",
        table: mm::Table::Input,
        address: 323,
        data_type: mm::DataType::U8,
        access: mm::Access::Read,
        ..BASE
    };
    /// Device error code history entry (vendor name pu_err[4])
    ///
    /// - address: input 324 (0x0144), unit id 1, 1 register(s)
    /// - type: u8
    /// - access: read-only
    pub const SENSORS_PU_ERR_4: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "sensors.pu_err_4",
        table: mm::Table::Input,
        address: 324,
        data_type: mm::DataType::U8,
        access: mm::Access::Read,
        ..BASE
    };
    /// Device error code history entry (vendor name pu_err[5])
    ///
    /// - address: input 325 (0x0145), unit id 1, 1 register(s)
    /// - type: u8
    /// - access: read-only
    pub const SENSORS_PU_ERR_5: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "sensors.pu_err_5",
        table: mm::Table::Input,
        address: 325,
        data_type: mm::DataType::U8,
        access: mm::Access::Read,
        ..BASE
    };
    /// Device error code history entry (vendor name pu_err[6])
    ///
    /// - address: input 326 (0x0146), unit id 1, 1 register(s)
    /// - type: u8
    /// - access: read-only
    pub const SENSORS_PU_ERR_6: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "sensors.pu_err_6",
        table: mm::Table::Input,
        address: 326,
        data_type: mm::DataType::U8,
        access: mm::Access::Read,
        ..BASE
    };
    /// Device error code history entry (vendor name pu_err[7])
    ///
    /// - address: input 327 (0x0147), unit id 1, 1 register(s)
    /// - type: u8
    /// - access: read-only
    pub const SENSORS_PU_ERR_7: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "sensors.pu_err_7",
        table: mm::Table::Input,
        address: 327,
        data_type: mm::DataType::U8,
        access: mm::Access::Read,
        ..BASE
    };
    /// Device error code history entry (vendor name pu_err[8])
    ///
    /// - address: input 328 (0x0148), unit id 1, 1 register(s)
    /// - type: u8
    /// - access: read-only
    pub const SENSORS_PU_ERR_8: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "sensors.pu_err_8",
        table: mm::Table::Input,
        address: 328,
        data_type: mm::DataType::U8,
        access: mm::Access::Read,
        ..BASE
    };
    /// Device error code history entry (vendor name pu_err[9])
    ///
    /// - address: input 329 (0x0149), unit id 1, 1 register(s)
    /// - type: u8
    /// - access: read-only
    pub const SENSORS_PU_ERR_9: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "sensors.pu_err_9",
        table: mm::Table::Input,
        address: 329,
        data_type: mm::DataType::U8,
        access: mm::Access::Read,
        ..BASE
    };
    /// Device error code history entry timestamp [s]
    ///
    /// - address: input 330 (0x014A), unit id 1, 2 register(s)
    /// - type: u32, words high_first
    /// - access: read-only
    /// - unit: s
    pub const SENSORS_PU_ERR_S: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "sensors.pu_err_s",
        table: mm::Table::Input,
        address: 330,
        data_type: mm::DataType::U32,
        access: mm::Access::Read,
        width: 2,
        unit: ::core::option::Option::Some("s"),
        ..BASE
    };
    /// Device error code history entry timestamp [s] (vendor name pu_err_s[1])
    ///
    /// - address: input 332 (0x014C), unit id 1, 2 register(s)
    /// - type: u32, words high_first
    /// - access: read-only
    /// - unit: s
    pub const SENSORS_PU_ERR_S_1: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "sensors.pu_err_s_1",
        table: mm::Table::Input,
        address: 332,
        data_type: mm::DataType::U32,
        access: mm::Access::Read,
        width: 2,
        unit: ::core::option::Option::Some("s"),
        ..BASE
    };
    /// Device error code history entry timestamp [s] (vendor name pu_err_s[2])
    ///
    /// - address: input 334 (0x014E), unit id 1, 2 register(s)
    /// - type: u32, words high_first
    /// - access: read-only
    /// - unit: s
    pub const SENSORS_PU_ERR_S_2: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "sensors.pu_err_s_2",
        table: mm::Table::Input,
        address: 334,
        data_type: mm::DataType::U32,
        access: mm::Access::Read,
        width: 2,
        unit: ::core::option::Option::Some("s"),
        ..BASE
    };
    /// Device error code history entry timestamp [s] (vendor name pu_err_s[3])
    ///
    /// - address: input 336 (0x0150), unit id 1, 2 register(s)
    /// - type: u32, words high_first
    /// - access: read-only
    /// - unit: s
    pub const SENSORS_PU_ERR_S_3: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "sensors.pu_err_s_3",
        table: mm::Table::Input,
        address: 336,
        data_type: mm::DataType::U32,
        access: mm::Access::Read,
        width: 2,
        unit: ::core::option::Option::Some("s"),
        ..BASE
    };
    /// Device error code history entry timestamp [s] (vendor name pu_err_s[4])
    ///
    /// - address: input 338 (0x0152), unit id 1, 2 register(s)
    /// - type: u32, words high_first
    /// - access: read-only
    /// - unit: s
    pub const SENSORS_PU_ERR_S_4: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "sensors.pu_err_s_4",
        table: mm::Table::Input,
        address: 338,
        data_type: mm::DataType::U32,
        access: mm::Access::Read,
        width: 2,
        unit: ::core::option::Option::Some("s"),
        ..BASE
    };
    /// Device error code history entry timestamp [s] (vendor name pu_err_s[5])
    ///
    /// - address: input 340 (0x0154), unit id 1, 2 register(s)
    /// - type: u32, words high_first
    /// - access: read-only
    /// - unit: s
    pub const SENSORS_PU_ERR_S_5: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "sensors.pu_err_s_5",
        table: mm::Table::Input,
        address: 340,
        data_type: mm::DataType::U32,
        access: mm::Access::Read,
        width: 2,
        unit: ::core::option::Option::Some("s"),
        ..BASE
    };
    /// Device error code history entry timestamp [s] (vendor name pu_err_s[6])
    ///
    /// - address: input 342 (0x0156), unit id 1, 2 register(s)
    /// - type: u32, words high_first
    /// - access: read-only
    /// - unit: s
    pub const SENSORS_PU_ERR_S_6: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "sensors.pu_err_s_6",
        table: mm::Table::Input,
        address: 342,
        data_type: mm::DataType::U32,
        access: mm::Access::Read,
        width: 2,
        unit: ::core::option::Option::Some("s"),
        ..BASE
    };
    /// Device error code history entry timestamp [s] (vendor name pu_err_s[7])
    ///
    /// - address: input 344 (0x0158), unit id 1, 2 register(s)
    /// - type: u32, words high_first
    /// - access: read-only
    /// - unit: s
    pub const SENSORS_PU_ERR_S_7: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "sensors.pu_err_s_7",
        table: mm::Table::Input,
        address: 344,
        data_type: mm::DataType::U32,
        access: mm::Access::Read,
        width: 2,
        unit: ::core::option::Option::Some("s"),
        ..BASE
    };
    /// Device error code history entry timestamp [s] (vendor name pu_err_s[8])
    ///
    /// - address: input 346 (0x015A), unit id 1, 2 register(s)
    /// - type: u32, words high_first
    /// - access: read-only
    /// - unit: s
    pub const SENSORS_PU_ERR_S_8: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "sensors.pu_err_s_8",
        table: mm::Table::Input,
        address: 346,
        data_type: mm::DataType::U32,
        access: mm::Access::Read,
        width: 2,
        unit: ::core::option::Option::Some("s"),
        ..BASE
    };
    /// Device error code history entry timestamp [s] (vendor name pu_err_s[9])
    ///
    /// - address: input 348 (0x015C), unit id 1, 2 register(s)
    /// - type: u32, words high_first
    /// - access: read-only
    /// - unit: s
    pub const SENSORS_PU_ERR_S_9: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "sensors.pu_err_s_9",
        table: mm::Table::Input,
        address: 348,
        data_type: mm::DataType::U32,
        access: mm::Access::Read,
        width: 2,
        unit: ::core::option::Option::Some("s"),
        ..BASE
    };
    /// Numeric representation of active software version.
    ///
    /// - address: input 350 (0x015E), unit id 1, 4 register(s)
    /// - type: u64, words high_first
    /// - access: read-only
    pub const SENSORS_APP_V_MA_MI_RE: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "sensors.app_v_ma_mi_re",
        table: mm::Table::Input,
        address: 350,
        data_type: mm::DataType::U64,
        access: mm::Access::Read,
        width: 4,
        ..BASE
    };
    /// Numeric representation of inactive software version.
    ///
    /// - address: input 354 (0x0162), unit id 1, 4 register(s)
    /// - type: u64, words high_first
    /// - access: read-only
    pub const SENSORS_APP2_V_MA_MI_RE: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "sensors.app2_v_ma_mi_re",
        table: mm::Table::Input,
        address: 354,
        data_type: mm::DataType::U64,
        access: mm::Access::Read,
        width: 4,
        ..BASE
    };
    /// Device serial number as unsigned decimal integer.
    ///
    /// - address: input 358 (0x0166), unit id 1, 4 register(s)
    /// - type: u64, words high_first
    /// - access: read-only
    pub const SENSORS_SERIAL_NUMBER_U64: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "sensors.serial_number_u64",
        table: mm::Table::Input,
        address: 358,
        data_type: mm::DataType::U64,
        access: mm::Access::Read,
        width: 4,
        ..BASE
    };
    /// Device article number as unsigned decimal integer.
    ///
    /// - address: input 362 (0x016A), unit id 1, 4 register(s)
    /// - type: u64, words high_first
    /// - access: read-only
    pub const SENSORS_ARTICLE_NUMBER_U64: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "sensors.article_number_u64",
        table: mm::Table::Input,
        address: 362,
        data_type: mm::DataType::U64,
        access: mm::Access::Read,
        width: 4,
        ..BASE
    };
    /// Modbus CLAGE magic value (const) (vendor name end)
    ///
    /// - address: input 400 (0x0190), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    /// - default: 49574
    pub const SENSORS_MAGIC: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "sensors.magic",
        table: mm::Table::Input,
        address: 400,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        ..BASE
    };
    /// Modbus register mapping major version (const) (vendor name end)
    ///
    /// - address: input 401 (0x0191), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    /// - default: 1
    pub const SENSORS_MAP_VERSION_MAJOR: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "sensors.map_version_major",
        table: mm::Table::Input,
        address: 401,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        ..BASE
    };
    /// Modbus register mapping minor version (const) (vendor name end)
    ///
    /// - address: input 402 (0x0192), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-only
    /// - default: 5
    pub const SENSORS_MAP_VERSION_MINOR: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "sensors.map_version_minor",
        table: mm::Table::Input,
        address: 402,
        data_type: mm::DataType::U16,
        access: mm::Access::Read,
        ..BASE
    };
    /// Time of day as UNIX epoch 64 bit [s] [unit fraction epoch]
    ///
    /// - address: input 500 (0x01F4), unit id 1, 4 register(s)
    /// - type: u64, words high_first
    /// - access: read-only
    /// - unit: s
    pub const SENSORS_EPOCH_S: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "sensors.epoch_s",
        table: mm::Table::Input,
        address: 500,
        data_type: mm::DataType::U64,
        access: mm::Access::Read,
        width: 4,
        unit: ::core::option::Option::Some("s"),
        ..BASE
    };
    /// AWS cloud connection state (signed negative is error)
    ///
    /// - address: input 504 (0x01F8), unit id 1, 1 register(s)
    /// - type: i16
    /// - access: read-only
    pub const SENSORS_NET_AWS_STATE: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "sensors.net_aws_state",
        table: mm::Table::Input,
        address: 504,
        data_type: mm::DataType::I16,
        access: mm::Access::Read,
        ..BASE
    };
    /// Outlet temperature setpoint [1/10 deg centigrade] (vendor name temp_setpoint_C10) [unit fraction C10main]
    ///
    /// - address: holding 0 (0x0000), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-write
    /// - unit: °C
    /// - scale: 1/10, offset: 0
    pub const SETTINGS_TEMP_SETPOINT_C10: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "settings.temp_setpoint_c10",
        table: mm::Table::Holding,
        address: 0,
        data_type: mm::DataType::U16,
        access: mm::Access::ReadWrite,
        scale: 0.1,
        unit: ::core::option::Option::Some("°C"),
        ..BASE
    };
    /// Maximum volume per time at outlet [1/10 l/min] [unit fraction lmin10max]
    ///
    /// - address: holding 1 (0x0001), unit id 1, 1 register(s)
    /// - type: u8
    /// - access: read-write
    /// - unit: l/min
    /// - scale: 1/10, offset: 0
    pub const SETTINGS_FLOW_MAX_LMIN10: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "settings.flow_max_lmin10",
        table: mm::Table::Holding,
        address: 1,
        data_type: mm::DataType::U8,
        access: mm::Access::ReadWrite,
        scale: 0.1,
        unit: ::core::option::Option::Some("l/min"),
        ..BASE
    };
    /// Maximum temperature setpoint [1/10 deg centigrade] (vendor name temp_setpoint_max_scalding_protection_C10) [unit fraction C10max] Scalding protection limit: counted among the "others" of the safety notice.
    ///
    /// - address: holding 2 (0x0002), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-write (safety-relevant: writes need the opt-in)
    /// - unit: °C
    /// - scale: 1/10, offset: 0
    pub const SETTINGS_TEMP_SETPOINT_MAX_SCALDING_PROTECTION_C10: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "settings.temp_setpoint_max_scalding_protection_c10",
        table: mm::Table::Holding,
        address: 2,
        data_type: mm::DataType::U16,
        access: mm::Access::ReadWrite,
        scale: 0.1,
        safety: true,
        unit: ::core::option::Option::Some("°C"),
        ..BASE
    };
    /// Outlet temperature setpoint change in steps.
    ///
    /// - address: holding 3 (0x0003), unit id 1, 1 register(s)
    /// - type: i16
    /// - access: read-write
    pub const SETTINGS_TEMP_SETPOINT_DELTA_STEPS: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "settings.temp_setpoint_delta_steps",
        table: mm::Table::Holding,
        address: 3,
        data_type: mm::DataType::I16,
        access: mm::Access::ReadWrite,
        ..BASE
    };
    /// Maximum volume per time at outlet change in steps.
    ///
    /// - address: holding 4 (0x0004), unit id 1, 1 register(s)
    /// - type: i16
    /// - access: read-write
    pub const SETTINGS_FLOW_MAX_DELTA_STEPS: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "settings.flow_max_delta_steps",
        table: mm::Table::Holding,
        address: 4,
        data_type: mm::DataType::I16,
        access: mm::Access::ReadWrite,
        ..BASE
    };
    /// Amount of water to be filled with automatic in liter
    ///
    /// - address: holding 200 (0x00C8), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-write
    /// - unit: L
    pub const SETTINGS_VOLUME_START_L: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "settings.volume_start_l",
        table: mm::Table::Holding,
        address: 200,
        data_type: mm::DataType::U16,
        access: mm::Access::ReadWrite,
        unit: ::core::option::Option::Some("L"),
        ..BASE
    };
    /// Amount of time to keep water running by timer in seconds
    ///
    /// - address: holding 201 (0x00C9), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-write
    /// - unit: s
    pub const SETTINGS_TIMER_START_S: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "settings.timer_start_s",
        table: mm::Table::Holding,
        address: 201,
        data_type: mm::DataType::U16,
        access: mm::Access::ReadWrite,
        unit: ::core::option::Option::Some("s"),
        ..BASE
    };
    /// Turn off automatic if no water flow for minutes
    ///
    /// - address: holding 202 (0x00CA), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-write
    /// - unit: min
    pub const SETTINGS_TIMER_TIMEOUT_MIN: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "settings.timer_timeout_min",
        table: mm::Table::Holding,
        address: 202,
        data_type: mm::DataType::U16,
        access: mm::Access::ReadWrite,
        unit: ::core::option::Option::Some("min"),
        ..BASE
    };
    /// Select sound to be played if automatic finishes (0 = off) [unit fraction sound]
    ///
    /// - address: holding 203 (0x00CB), unit id 1, 1 register(s)
    /// - type: u8
    /// - access: read-write
    pub const SETTINGS_TIMER_SOUND: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "settings.timer_sound",
        table: mm::Table::Holding,
        address: 203,
        data_type: mm::DataType::U8,
        access: mm::Access::ReadWrite,
        ..BASE
    };
    /// Threshold of ADC to assume leakage as active.
    ///
    /// - address: holding 300 (0x012C), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-write
    pub const SETTINGS_LEAKAGE_ACTIVE: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "settings.leakage_active",
        table: mm::Table::Holding,
        address: 300,
        data_type: mm::DataType::U16,
        access: mm::Access::ReadWrite,
        ..BASE
    };
    /// Threshold of ADC to assume leakage as inactive.
    ///
    /// - address: holding 301 (0x012D), unit id 1, 1 register(s)
    /// - type: u16
    /// - access: read-write
    pub const SETTINGS_LEAKAGE_INACTIVE: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "settings.leakage_inactive",
        table: mm::Table::Holding,
        address: 301,
        data_type: mm::DataType::U16,
        access: mm::Access::ReadWrite,
        ..BASE
    };
    /// MPS level to be initially selected (0 to mps_id_end-1) [unit fraction u8mpsid] Safety notice: the initial setting of the maximum power (MPS) is safety-relevant.
    ///
    /// - address: holding 310 (0x0136), unit id 1, 1 register(s)
    /// - type: u8
    /// - access: read-write (safety-relevant: writes need the opt-in)
    /// - range: 0 ..= 3
    pub const SETTINGS_MPS_ID: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "settings.mps_id",
        table: mm::Table::Holding,
        address: 310,
        data_type: mm::DataType::U8,
        access: mm::Access::ReadWrite,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(3.0),
        safety: true,
        ..BASE
    };
    /// UART symbols per second for EIA-485 usage.
    ///
    /// - address: holding 400 (0x0190), unit id 1, 2 register(s)
    /// - type: u32, words high_first
    /// - access: read-write
    pub const SETTINGS_MODBUS_BAUDRATE: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "settings.modbus_baudrate",
        table: mm::Table::Holding,
        address: 400,
        data_type: mm::DataType::U32,
        access: mm::Access::ReadWrite,
        width: 2,
        ..BASE
    };
    /// UART parity (0:none; 1:odd; 2:even) for EIA-485. [unit fraction parity]
    ///
    /// - address: holding 402 (0x0192), unit id 1, 1 register(s)
    /// - type: u8
    /// - access: read-write
    /// - range: 0 ..= 2
    pub const SETTINGS_MODBUS_PARITY: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "settings.modbus_parity",
        table: mm::Table::Holding,
        address: 402,
        data_type: mm::DataType::U8,
        access: mm::Access::ReadWrite,
        min: ::core::option::Option::Some(0.0),
        max: ::core::option::Option::Some(2.0),
        values: &[
            mm::EnumValue {
                raw: 0,
                name: "none",
            },
            mm::EnumValue {
                raw: 1,
                name: "odd",
            },
            mm::EnumValue {
                raw: 2,
                name: "even",
            },
        ],
        ..BASE
    };
    /// First server address
    ///
    /// - address: holding 403 (0x0193), unit id 1, 1 register(s)
    /// - type: u8
    /// - access: read-write
    pub const SETTINGS_MODBUS_SERVER_ADDR: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "settings.modbus_server_addr",
        table: mm::Table::Holding,
        address: 403,
        data_type: mm::DataType::U8,
        access: mm::Access::ReadWrite,
        ..BASE
    };
    /// Second server address (vendor name modbus_server_addr[1])
    ///
    /// - address: holding 404 (0x0194), unit id 1, 1 register(s)
    /// - type: u8
    /// - access: read-write
    pub const SETTINGS_MODBUS_SERVER_ADDR_1: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "settings.modbus_server_addr_1",
        table: mm::Table::Holding,
        address: 404,
        data_type: mm::DataType::U8,
        access: mm::Access::ReadWrite,
        ..BASE
    };
    /// Third server address (vendor name modbus_server_addr[2])
    ///
    /// - address: holding 405 (0x0195), unit id 1, 1 register(s)
    /// - type: u8
    /// - access: read-write
    pub const SETTINGS_MODBUS_SERVER_ADDR_2: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "settings.modbus_server_addr_2",
        table: mm::Table::Holding,
        address: 405,
        data_type: mm::DataType::U8,
        access: mm::Access::ReadWrite,
        ..BASE
    };
    /// Fourth server address (vendor name modbus_server_addr[3])
    ///
    /// - address: holding 406 (0x0196), unit id 1, 1 register(s)
    /// - type: u8
    /// - access: read-write
    pub const SETTINGS_MODBUS_SERVER_ADDR_3: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "settings.modbus_server_addr_3",
        table: mm::Table::Holding,
        address: 406,
        data_type: mm::DataType::U8,
        access: mm::Access::ReadWrite,
        ..BASE
    };
    /// Fifth server address (vendor name modbus_server_addr[4])
    ///
    /// - address: holding 407 (0x0197), unit id 1, 1 register(s)
    /// - type: u8
    /// - access: read-write
    pub const SETTINGS_MODBUS_SERVER_ADDR_4: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "settings.modbus_server_addr_4",
        table: mm::Table::Holding,
        address: 407,
        data_type: mm::DataType::U8,
        access: mm::Access::ReadWrite,
        ..BASE
    };
    /// DLE broadcast address
    ///
    /// - address: holding 408 (0x0198), unit id 1, 1 register(s)
    /// - type: u8
    /// - access: read-write
    pub const SETTINGS_MODBUS_BROADCAST_ADDR: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "settings.modbus_broadcast_addr",
        table: mm::Table::Holding,
        address: 408,
        data_type: mm::DataType::U8,
        access: mm::Access::ReadWrite,
        ..BASE
    };
    /// UNIX epoch time as provided by modbus [unit fraction epoch]
    ///
    /// - address: holding 410 (0x019A), unit id 1, 4 register(s)
    /// - type: u64, words high_first
    /// - access: read-write
    /// - unit: s
    pub const SETTINGS_MODBUS_EPOCH_S: mm::RegisterDescriptor = mm::RegisterDescriptor {
        name: "settings.modbus_epoch_s",
        table: mm::Table::Holding,
        address: 410,
        data_type: mm::DataType::U64,
        access: mm::Access::ReadWrite,
        width: 4,
        unit: ::core::option::Option::Some("s"),
        ..BASE
    };
    /// Every register of the device, sorted by (unit id, table, address, name).
    pub static REGISTERS: &[mm::RegisterDescriptor] = &[
        CONTROLS_TIMER_DO_STOP_FLOW,
        CONTROLS_TIMER_STOP_IF_FLOW0,
        CONTROLS_FILLING_ACTIVE,
        CONTROLS_TIMER_ACTIVE,
        CONTROLS_THERM_TREAT_ACTIVE,
        CONTROLS_VALVE_OPEN,
        CONTROLS_SYSTEM_DO_REBOOT,
        CONTROLS_SYSTEM_DO_RESET,
        CONTROLS_SYSTEM_DO_REBOOT_NEXT,
        CONTROLS_UPDATE_DO_ALL,
        CONTROLS_UPDATE_USE_BETA,
        CONTROLS_UPDATE_DO_CHECK,
        CONTROLS_UPDATE_CHECK_DAILY,
        CONTROLS_UPDATE_DO_APP,
        CONTROLS_UPDATE_DO_WWW,
        CONTROLS_MODBUS_TEST_INIT,
        CONTROLS_MODBUS_TEST,
        CONTROLS_MODBUS_WORD_ORDER_BIG_ENDIAN,
        CONTROLS_WLAN_AP,
        CONTROLS_WLAN_RESTART,
        CONTROLS_WLAN_SETUP,
        CONTROLS_WLAN_SCAN,
        CONTROLS_WLAN_ACTIVE,
        CONTROLS_NET_SNTP_FROM_DHCP,
        CONTROLS_DAYLIGHT_SAVING,
        CONTROLS_NET_REST_API,
        CONTROLS_NET_REST_API_TLS,
        CONTROLS_NET_REST_API_AUTH,
        CONTROLS_NET_ACCESS_PARAM_R,
        CONTROLS_NET_ACCESS_PARAM_W,
        CONTROLS_NET_AWS,
        CONTROLS_NET_AWS_DO_RESTART,
        CONTROLS_NET_AWS_DO_DELETION,
        CONTROLS_NET_AWS_DO_RESET,
        CONTROLS_HOME_FLOW,
        CONTROLS_HOME_TIME,
        CONTROLS_DISPLAY_BRIGHT_FLOW,
        CONTROLS_SOUND,
        CONTROLS_START_JINGLE,
        CONTROLS_STAT_SHOW_COSTS,
        CONTROLS_DEVEL_LOG_CPU_TEMP,
        CONTROLS_DEVEL_UPDATE_TEST_FEED,
        CONTROLS_DEVEL_URL_SN_SUFFIX,
        STATUS_IS_POWER_LIMIT,
        STATUS_IS_TEMP_SETPOINT_MAX,
        STATUS_IS_TEMP_SETPOINT_MAX_SCALDING_PROTECTION,
        STATUS_IS_JUMPER_LOCK,
        STATUS_IS_THERM_TREAT_INHIBIT,
        STATUS_IS_THERM_TREAT_ACTIVE,
        STATUS_FILLING_ACTIVE,
        STATUS_IS_FILL_AMOUNT,
        STATUS_IS_FILL_TIME,
        STATUS_HAS_RM,
        STATUS_HAS_VC,
        STATUS_IS_FAST_BOOT,
        STATUS_LEAKAGE,
        STATUS_VC_IS_CLOSED,
        STATUS_NET_SNTP_CLIENT_UP,
        STATUS_WLAN_STA_BSSID_SET,
        STATUS_HW_TFT_TOUCH,
        STATUS_GUI_SCREENS_UP,
        SENSORS_TEMP_IN_C10,
        SENSORS_TEMP_OUT_C10,
        SENSORS_FLOW_LMIN10,
        SENSORS_POWER_KW10,
        SENSORS_POWER_PC,
        SENSORS_POWER_MAX_KW10,
        SENSORS_TOTAL_ENERGY_WH,
        SENSORS_TOTAL_VOLUME_L,
        SENSORS_TOTAL_TAP_COUNT,
        SENSORS_DEVICE_TOTAL_UPTIME_S,
        SENSORS_DEVICE_TOTAL_HEATING_S,
        SENSORS_DEVICE_UPTIME_S,
        SENSORS_RESISTIVITY_STATE,
        SENSORS_RESISTIVITY_8OHMCM,
        SENSORS_FILL_REMAIN_L,
        SENSORS_FILL_REMAIN_S,
        SENSORS_THERM_TREAT_COUNT,
        SENSORS_THERM_TREAT_AMOUNT_L,
        SENSORS_THERM_TREAT_DURATION_S,
        SENSORS_PU_ERROR,
        SENSORS_CTRL_VAL,
        SENSORS_LEAKAGE_RAW,
        SENSORS_MPS_ID,
        SENSORS_MPS_ID_END,
        SENSORS_MPS0_KW10,
        SENSORS_MPS1_KW10,
        SENSORS_MPS2_KW10,
        SENSORS_MPS3_KW10,
        SENSORS_PU_ERR,
        SENSORS_PU_ERR_1,
        SENSORS_PU_ERR_2,
        SENSORS_PU_ERR_3,
        SENSORS_PU_ERR_4,
        SENSORS_PU_ERR_5,
        SENSORS_PU_ERR_6,
        SENSORS_PU_ERR_7,
        SENSORS_PU_ERR_8,
        SENSORS_PU_ERR_9,
        SENSORS_PU_ERR_S,
        SENSORS_PU_ERR_S_1,
        SENSORS_PU_ERR_S_2,
        SENSORS_PU_ERR_S_3,
        SENSORS_PU_ERR_S_4,
        SENSORS_PU_ERR_S_5,
        SENSORS_PU_ERR_S_6,
        SENSORS_PU_ERR_S_7,
        SENSORS_PU_ERR_S_8,
        SENSORS_PU_ERR_S_9,
        SENSORS_APP_V_MA_MI_RE,
        SENSORS_APP2_V_MA_MI_RE,
        SENSORS_SERIAL_NUMBER_U64,
        SENSORS_ARTICLE_NUMBER_U64,
        SENSORS_MAGIC,
        SENSORS_MAP_VERSION_MAJOR,
        SENSORS_MAP_VERSION_MINOR,
        SENSORS_EPOCH_S,
        SENSORS_NET_AWS_STATE,
        SETTINGS_TEMP_SETPOINT_C10,
        SETTINGS_FLOW_MAX_LMIN10,
        SETTINGS_TEMP_SETPOINT_MAX_SCALDING_PROTECTION_C10,
        SETTINGS_TEMP_SETPOINT_DELTA_STEPS,
        SETTINGS_FLOW_MAX_DELTA_STEPS,
        SETTINGS_VOLUME_START_L,
        SETTINGS_TIMER_START_S,
        SETTINGS_TIMER_TIMEOUT_MIN,
        SETTINGS_TIMER_SOUND,
        SETTINGS_LEAKAGE_ACTIVE,
        SETTINGS_LEAKAGE_INACTIVE,
        SETTINGS_MPS_ID,
        SETTINGS_MODBUS_BAUDRATE,
        SETTINGS_MODBUS_PARITY,
        SETTINGS_MODBUS_SERVER_ADDR,
        SETTINGS_MODBUS_SERVER_ADDR_1,
        SETTINGS_MODBUS_SERVER_ADDR_2,
        SETTINGS_MODBUS_SERVER_ADDR_3,
        SETTINGS_MODBUS_SERVER_ADDR_4,
        SETTINGS_MODBUS_BROADCAST_ADDR,
        SETTINGS_MODBUS_EPOCH_S,
    ];
    /// Values of `modbus_parity`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum SettingsModbusParity {
        /// `none` (raw 0).
        None_,
        /// `odd` (raw 1).
        Odd,
        /// `even` (raw 2).
        Even,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    impl SettingsModbusParity {
        /// The spec's name of this value, `None` for `Unknown`.
        pub const fn name(&self) -> ::core::option::Option<&'static str> {
            match self {
                SettingsModbusParity::None_ => ::core::option::Option::Some("none"),
                SettingsModbusParity::Odd => ::core::option::Option::Some("odd"),
                SettingsModbusParity::Even => ::core::option::Option::Some("even"),
                SettingsModbusParity::Unknown(_) => ::core::option::Option::None,
            }
        }
    }
    impl mm::ModbusEnum for SettingsModbusParity {
        fn from_raw(raw: i64) -> Self {
            match raw {
                0 => SettingsModbusParity::None_,
                1 => SettingsModbusParity::Odd,
                2 => SettingsModbusParity::Even,
                other => SettingsModbusParity::Unknown(other),
            }
        }
        fn to_raw(&self) -> i64 {
            match self {
                SettingsModbusParity::None_ => 0,
                SettingsModbusParity::Odd => 1,
                SettingsModbusParity::Even => 2,
                SettingsModbusParity::Unknown(raw) => *raw,
            }
        }
    }
    mm::impl_register_value!(enum SettingsModbusParity);
    /// Readable registers of block `sensors`.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Sensors {
        /// Current inlet temperature [1/10 deg centigrade] (vendor name temp_in_C10)
        ///
        /// - address: input 0 (0x0000), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        /// - unit: °C
        /// - scale: 1/10, offset: 0
        pub temp_in_c10: f64,
        /// Current outlet temperature [1/10 deg centigrade] (vendor name temp_out_C10)
        ///
        /// - address: input 1 (0x0001), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        /// - unit: °C
        /// - scale: 1/10, offset: 0
        pub temp_out_c10: f64,
        /// Current water flow [1/10 l/min]
        ///
        /// - address: input 2 (0x0002), unit id 1, 1 register(s)
        /// - type: u8
        /// - access: read-only
        /// - unit: l/min
        /// - scale: 1/10, offset: 0
        pub flow_lmin10: f64,
        /// Current power consumption [1/10 kW] (vendor name power_kW10)
        ///
        /// - address: input 3 (0x0003), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        /// - unit: kW
        /// - scale: 1/10, offset: 0
        pub power_kw10: f64,
        /// Current power consumption [percent] (vendor name power_PC)
        ///
        /// - address: input 4 (0x0004), unit id 1, 1 register(s)
        /// - type: u8
        /// - access: read-only
        /// - unit: %
        /// - range: 0 ..= 100
        pub power_pc: u8,
        /// Maximum power consumption [1/10 kW] (MPS selected) (vendor name power_max_kW10)
        ///
        /// - address: input 5 (0x0005), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        /// - unit: kW
        /// - scale: 1/10, offset: 0
        pub power_max_kw10: f64,
        /// Total energy consumed 32 bit [Wh] (vendor name total_energy_Wh)
        ///
        /// - address: input 100 (0x0064), unit id 1, 2 register(s)
        /// - type: u32, words high_first
        /// - access: read-only
        /// - unit: Wh
        pub total_energy_wh: u32,
        /// Total water consumed 32 bit [l]
        ///
        /// - address: input 102 (0x0066), unit id 1, 2 register(s)
        /// - type: u32, words high_first
        /// - access: read-only
        /// - unit: L
        pub total_volume_l: u32,
        /// Count of water tap usages 32 bit
        ///
        /// - address: input 104 (0x0068), unit id 1, 2 register(s)
        /// - type: u32, words high_first
        /// - access: read-only
        pub total_tap_count: u32,
        /// Device total power-on time 32 bit [s]
        ///
        /// - address: input 106 (0x006A), unit id 1, 2 register(s)
        /// - type: u32, words high_first
        /// - access: read-only
        /// - unit: s
        pub device_total_uptime_s: u32,
        /// Device total heating time 32 bit [s]
        ///
        /// - address: input 108 (0x006C), unit id 1, 2 register(s)
        /// - type: u32, words high_first
        /// - access: read-only
        /// - unit: s
        pub device_total_heating_s: u32,
        /// Time since last power-on 32 bit [s]
        ///
        /// - address: input 110 (0x006E), unit id 1, 2 register(s)
        /// - type: u32, words high_first
        /// - access: read-only
        /// - unit: s
        pub device_uptime_s: u32,
        /// State of water resistivity measurement.
        ///
        /// - address: input 112 (0x0070), unit id 1, 1 register(s)
        /// - type: u8
        /// - access: read-only
        pub resistivity_state: u8,
        /// Value of water resistivity (1 digit = 8 Ohm*cm). (vendor name resistivity_8Ohmcm)
        ///
        /// - address: input 113 (0x0071), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        /// - unit: Ω·cm
        /// - scale: 8, offset: 0
        pub resistivity_8ohmcm: f64,
        /// Remaining volume of fill automatic in liter
        ///
        /// - address: input 200 (0x00C8), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        /// - unit: L
        pub fill_remain_l: u16,
        /// Remaining time of timer automatic in seconds
        ///
        /// - address: input 201 (0x00C9), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        /// - unit: s
        pub fill_remain_s: u16,
        /// Number of thermal treatments
        ///
        /// - address: input 202 (0x00CA), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        pub therm_treat_count: u16,
        /// Volume used for thermal treatment in liter
        ///
        /// - address: input 203 (0x00CB), unit id 1, 2 register(s)
        /// - type: u32, words high_first
        /// - access: read-only
        /// - unit: L
        pub therm_treat_amount_l: u32,
        /// Duration of thermal treatment in seconds
        ///
        /// - address: input 205 (0x00CD), unit id 1, 2 register(s)
        /// - type: u32, words high_first
        /// - access: read-only
        /// - unit: s
        pub therm_treat_duration_s: u32,
        /// Device error code (0 = no error)
        ///
        /// - address: input 300 (0x012C), unit id 1, 1 register(s)
        /// - type: u8
        /// - access: read-only
        pub pu_error: u8,
        /// Control value (normal value 2800) [unit fraction u16ctrl]
        ///
        /// - address: input 301 (0x012D), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        /// - default: 2800
        pub ctrl_val: u16,
        /// Leakage detection raw 12 bit ADC value (0...4095)
        ///
        /// - address: input 302 (0x012E), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        /// - range: 0 ..= 4095
        pub leakage_raw: u16,
        /// Currently selected MPS level 0 to (mps_id_end-1) [unit fraction u8mpsid] (in clage_modbus_mapping.csv only)
        ///
        /// - address: input 310 (0x0136), unit id 1, 1 register(s)
        /// - type: u8
        /// - access: read-only
        /// - range: 0 ..= 3
        pub mps_id: u8,
        /// Number of MPS levels supported [unit fraction u8mpsid]
        ///
        /// - address: input 311 (0x0137), unit id 1, 1 register(s)
        /// - type: u8
        /// - access: read-only
        pub mps_id_end: u8,
        /// Maximum power at MPS level 0 (vendor name mps0_kW10)
        ///
        /// - address: input 312 (0x0138), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        /// - unit: kW
        /// - scale: 1/10, offset: 0
        pub mps0_kw10: f64,
        /// Maximum power at MPS level 1 (vendor name mps1_kW10)
        ///
        /// - address: input 313 (0x0139), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        /// - unit: kW
        /// - scale: 1/10, offset: 0
        pub mps1_kw10: f64,
        /// Maximum power at MPS level 2 (vendor name mps2_kW10)
        ///
        /// - address: input 314 (0x013A), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        /// - unit: kW
        /// - scale: 1/10, offset: 0
        pub mps2_kw10: f64,
        /// Maximum power at MPS level 3 (vendor name mps3_kW10)
        ///
        /// - address: input 315 (0x013B), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        /// - unit: kW
        /// - scale: 1/10, offset: 0
        pub mps3_kw10: f64,
        /// Device error code history entry
        ///
        /// - address: input 320 (0x0140), unit id 1, 1 register(s)
        /// - type: u8
        /// - access: read-only
        pub pu_err: u8,
        /// Device error code history entry (vendor name pu_err[1])
        ///
        /// - address: input 321 (0x0141), unit id 1, 1 register(s)
        /// - type: u8
        /// - access: read-only
        pub pu_err_1: u8,
        /// Device error code history entry (vendor name pu_err[2])
        ///
        /// - address: input 322 (0x0142), unit id 1, 1 register(s)
        /// - type: u8
        /// - access: read-only
        pub pu_err_2: u8,
        /// Device error code history entry (vendor name pu_err[3])
        ///
        /// - address: input 323 (0x0143), unit id 1, 1 register(s)
        /// - type: u8
        /// - access: read-only
        pub pu_err_3: u8,
        /// Device error code history entry (vendor name pu_err[4])
        ///
        /// - address: input 324 (0x0144), unit id 1, 1 register(s)
        /// - type: u8
        /// - access: read-only
        pub pu_err_4: u8,
        /// Device error code history entry (vendor name pu_err[5])
        ///
        /// - address: input 325 (0x0145), unit id 1, 1 register(s)
        /// - type: u8
        /// - access: read-only
        pub pu_err_5: u8,
        /// Device error code history entry (vendor name pu_err[6])
        ///
        /// - address: input 326 (0x0146), unit id 1, 1 register(s)
        /// - type: u8
        /// - access: read-only
        pub pu_err_6: u8,
        /// Device error code history entry (vendor name pu_err[7])
        ///
        /// - address: input 327 (0x0147), unit id 1, 1 register(s)
        /// - type: u8
        /// - access: read-only
        pub pu_err_7: u8,
        /// Device error code history entry (vendor name pu_err[8])
        ///
        /// - address: input 328 (0x0148), unit id 1, 1 register(s)
        /// - type: u8
        /// - access: read-only
        pub pu_err_8: u8,
        /// Device error code history entry (vendor name pu_err[9])
        ///
        /// - address: input 329 (0x0149), unit id 1, 1 register(s)
        /// - type: u8
        /// - access: read-only
        pub pu_err_9: u8,
        /// Device error code history entry timestamp [s]
        ///
        /// - address: input 330 (0x014A), unit id 1, 2 register(s)
        /// - type: u32, words high_first
        /// - access: read-only
        /// - unit: s
        pub pu_err_s: u32,
        /// Device error code history entry timestamp [s] (vendor name pu_err_s[1])
        ///
        /// - address: input 332 (0x014C), unit id 1, 2 register(s)
        /// - type: u32, words high_first
        /// - access: read-only
        /// - unit: s
        pub pu_err_s_1: u32,
        /// Device error code history entry timestamp [s] (vendor name pu_err_s[2])
        ///
        /// - address: input 334 (0x014E), unit id 1, 2 register(s)
        /// - type: u32, words high_first
        /// - access: read-only
        /// - unit: s
        pub pu_err_s_2: u32,
        /// Device error code history entry timestamp [s] (vendor name pu_err_s[3])
        ///
        /// - address: input 336 (0x0150), unit id 1, 2 register(s)
        /// - type: u32, words high_first
        /// - access: read-only
        /// - unit: s
        pub pu_err_s_3: u32,
        /// Device error code history entry timestamp [s] (vendor name pu_err_s[4])
        ///
        /// - address: input 338 (0x0152), unit id 1, 2 register(s)
        /// - type: u32, words high_first
        /// - access: read-only
        /// - unit: s
        pub pu_err_s_4: u32,
        /// Device error code history entry timestamp [s] (vendor name pu_err_s[5])
        ///
        /// - address: input 340 (0x0154), unit id 1, 2 register(s)
        /// - type: u32, words high_first
        /// - access: read-only
        /// - unit: s
        pub pu_err_s_5: u32,
        /// Device error code history entry timestamp [s] (vendor name pu_err_s[6])
        ///
        /// - address: input 342 (0x0156), unit id 1, 2 register(s)
        /// - type: u32, words high_first
        /// - access: read-only
        /// - unit: s
        pub pu_err_s_6: u32,
        /// Device error code history entry timestamp [s] (vendor name pu_err_s[7])
        ///
        /// - address: input 344 (0x0158), unit id 1, 2 register(s)
        /// - type: u32, words high_first
        /// - access: read-only
        /// - unit: s
        pub pu_err_s_7: u32,
        /// Device error code history entry timestamp [s] (vendor name pu_err_s[8])
        ///
        /// - address: input 346 (0x015A), unit id 1, 2 register(s)
        /// - type: u32, words high_first
        /// - access: read-only
        /// - unit: s
        pub pu_err_s_8: u32,
        /// Device error code history entry timestamp [s] (vendor name pu_err_s[9])
        ///
        /// - address: input 348 (0x015C), unit id 1, 2 register(s)
        /// - type: u32, words high_first
        /// - access: read-only
        /// - unit: s
        pub pu_err_s_9: u32,
        /// Numeric representation of active software version.
        ///
        /// - address: input 350 (0x015E), unit id 1, 4 register(s)
        /// - type: u64, words high_first
        /// - access: read-only
        pub app_v_ma_mi_re: u64,
        /// Numeric representation of inactive software version.
        ///
        /// - address: input 354 (0x0162), unit id 1, 4 register(s)
        /// - type: u64, words high_first
        /// - access: read-only
        pub app2_v_ma_mi_re: u64,
        /// Device serial number as unsigned decimal integer.
        ///
        /// - address: input 358 (0x0166), unit id 1, 4 register(s)
        /// - type: u64, words high_first
        /// - access: read-only
        pub serial_number_u64: u64,
        /// Device article number as unsigned decimal integer.
        ///
        /// - address: input 362 (0x016A), unit id 1, 4 register(s)
        /// - type: u64, words high_first
        /// - access: read-only
        pub article_number_u64: u64,
        /// Modbus CLAGE magic value (const) (vendor name end)
        ///
        /// - address: input 400 (0x0190), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        /// - default: 49574
        pub magic: u16,
        /// Modbus register mapping major version (const) (vendor name end)
        ///
        /// - address: input 401 (0x0191), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        /// - default: 1
        pub map_version_major: u16,
        /// Modbus register mapping minor version (const) (vendor name end)
        ///
        /// - address: input 402 (0x0192), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-only
        /// - default: 5
        pub map_version_minor: u16,
        /// Time of day as UNIX epoch 64 bit [s] [unit fraction epoch]
        ///
        /// - address: input 500 (0x01F4), unit id 1, 4 register(s)
        /// - type: u64, words high_first
        /// - access: read-only
        /// - unit: s
        pub epoch_s: u64,
        /// AWS cloud connection state (signed negative is error)
        ///
        /// - address: input 504 (0x01F8), unit id 1, 1 register(s)
        /// - type: i16
        /// - access: read-only
        pub net_aws_state: i16,
    }
    /// Readable registers of block `settings`.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Settings {
        /// Outlet temperature setpoint [1/10 deg centigrade] (vendor name temp_setpoint_C10) [unit fraction C10main]
        ///
        /// - address: holding 0 (0x0000), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-write
        /// - unit: °C
        /// - scale: 1/10, offset: 0
        pub temp_setpoint_c10: f64,
        /// Maximum volume per time at outlet [1/10 l/min] [unit fraction lmin10max]
        ///
        /// - address: holding 1 (0x0001), unit id 1, 1 register(s)
        /// - type: u8
        /// - access: read-write
        /// - unit: l/min
        /// - scale: 1/10, offset: 0
        pub flow_max_lmin10: f64,
        /// Maximum temperature setpoint [1/10 deg centigrade] (vendor name temp_setpoint_max_scalding_protection_C10) [unit fraction C10max] Scalding protection limit: counted among the "others" of the safety notice.
        ///
        /// - address: holding 2 (0x0002), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-write (safety-relevant: writes need the opt-in)
        /// - unit: °C
        /// - scale: 1/10, offset: 0
        pub temp_setpoint_max_scalding_protection_c10: f64,
        /// Outlet temperature setpoint change in steps.
        ///
        /// - address: holding 3 (0x0003), unit id 1, 1 register(s)
        /// - type: i16
        /// - access: read-write
        pub temp_setpoint_delta_steps: i16,
        /// Maximum volume per time at outlet change in steps.
        ///
        /// - address: holding 4 (0x0004), unit id 1, 1 register(s)
        /// - type: i16
        /// - access: read-write
        pub flow_max_delta_steps: i16,
        /// Amount of water to be filled with automatic in liter
        ///
        /// - address: holding 200 (0x00C8), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-write
        /// - unit: L
        pub volume_start_l: u16,
        /// Amount of time to keep water running by timer in seconds
        ///
        /// - address: holding 201 (0x00C9), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-write
        /// - unit: s
        pub timer_start_s: u16,
        /// Turn off automatic if no water flow for minutes
        ///
        /// - address: holding 202 (0x00CA), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-write
        /// - unit: min
        pub timer_timeout_min: u16,
        /// Select sound to be played if automatic finishes (0 = off) [unit fraction sound]
        ///
        /// - address: holding 203 (0x00CB), unit id 1, 1 register(s)
        /// - type: u8
        /// - access: read-write
        pub timer_sound: u8,
        /// Threshold of ADC to assume leakage as active.
        ///
        /// - address: holding 300 (0x012C), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-write
        pub leakage_active: u16,
        /// Threshold of ADC to assume leakage as inactive.
        ///
        /// - address: holding 301 (0x012D), unit id 1, 1 register(s)
        /// - type: u16
        /// - access: read-write
        pub leakage_inactive: u16,
        /// MPS level to be initially selected (0 to mps_id_end-1) [unit fraction u8mpsid] Safety notice: the initial setting of the maximum power (MPS) is safety-relevant.
        ///
        /// - address: holding 310 (0x0136), unit id 1, 1 register(s)
        /// - type: u8
        /// - access: read-write (safety-relevant: writes need the opt-in)
        /// - range: 0 ..= 3
        pub mps_id: u8,
        /// UART symbols per second for EIA-485 usage.
        ///
        /// - address: holding 400 (0x0190), unit id 1, 2 register(s)
        /// - type: u32, words high_first
        /// - access: read-write
        pub modbus_baudrate: u32,
        /// UART parity (0:none; 1:odd; 2:even) for EIA-485. [unit fraction parity]
        ///
        /// - address: holding 402 (0x0192), unit id 1, 1 register(s)
        /// - type: u8
        /// - access: read-write
        /// - range: 0 ..= 2
        pub modbus_parity: SettingsModbusParity,
        /// First server address
        ///
        /// - address: holding 403 (0x0193), unit id 1, 1 register(s)
        /// - type: u8
        /// - access: read-write
        pub modbus_server_addr: u8,
        /// Second server address (vendor name modbus_server_addr[1])
        ///
        /// - address: holding 404 (0x0194), unit id 1, 1 register(s)
        /// - type: u8
        /// - access: read-write
        pub modbus_server_addr_1: u8,
        /// Third server address (vendor name modbus_server_addr[2])
        ///
        /// - address: holding 405 (0x0195), unit id 1, 1 register(s)
        /// - type: u8
        /// - access: read-write
        pub modbus_server_addr_2: u8,
        /// Fourth server address (vendor name modbus_server_addr[3])
        ///
        /// - address: holding 406 (0x0196), unit id 1, 1 register(s)
        /// - type: u8
        /// - access: read-write
        pub modbus_server_addr_3: u8,
        /// Fifth server address (vendor name modbus_server_addr[4])
        ///
        /// - address: holding 407 (0x0197), unit id 1, 1 register(s)
        /// - type: u8
        /// - access: read-write
        pub modbus_server_addr_4: u8,
        /// DLE broadcast address
        ///
        /// - address: holding 408 (0x0198), unit id 1, 1 register(s)
        /// - type: u8
        /// - access: read-write
        pub modbus_broadcast_addr: u8,
        /// UNIX epoch time as provided by modbus [unit fraction epoch]
        ///
        /// - address: holding 410 (0x019A), unit id 1, 4 register(s)
        /// - type: u64, words high_first
        /// - access: read-write
        /// - unit: s
        pub modbus_epoch_s: u64,
    }
    /// Readable registers of block `status`.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Status {
        /// Flag if this device is on power limit.
        ///
        /// - address: discrete 0 (0x0000), unit id 1, 1 bit(s)
        /// - type: bool
        /// - access: read-only
        pub is_power_limit: bool,
        /// Is setpoint at maximum
        ///
        /// - address: discrete 1 (0x0001), unit id 1, 1 bit(s)
        /// - type: bool
        /// - access: read-only
        pub is_temp_setpoint_max: bool,
        /// Is scalding protection
        ///
        /// - address: discrete 2 (0x0002), unit id 1, 1 bit(s)
        /// - type: bool
        /// - access: read-only
        pub is_temp_setpoint_max_scalding_protection: bool,
        /// Flag if jumper lock is active
        ///
        /// - address: discrete 3 (0x0003), unit id 1, 1 bit(s)
        /// - type: bool
        /// - access: read-only
        pub is_jumper_lock: bool,
        /// Flag if thermal treatment is inhibited
        ///
        /// - address: discrete 200 (0x00C8), unit id 1, 1 bit(s)
        /// - type: bool
        /// - access: read-only
        pub is_therm_treat_inhibit: bool,
        /// Flag if thermal treatment is active
        ///
        /// - address: discrete 201 (0x00C9), unit id 1, 1 bit(s)
        /// - type: bool
        /// - access: read-only
        pub is_therm_treat_active: bool,
        /// Flag if filling automatic is active (deprecated) (in clage_modbus_mapping.csv only)
        ///
        /// - address: discrete 202 (0x00CA), unit id 1, 1 bit(s)
        /// - type: bool
        /// - access: read-only
        pub filling_active: bool,
        /// Flag if filling automatic is active
        ///
        /// - address: discrete 203 (0x00CB), unit id 1, 1 bit(s)
        /// - type: bool
        /// - access: read-only
        pub is_fill_amount: bool,
        /// Flag if timer automatic is active
        ///
        /// - address: discrete 204 (0x00CC), unit id 1, 1 bit(s)
        /// - type: bool
        /// - access: read-only
        pub is_fill_time: bool,
        /// Flag if this device has a radio module installed. (vendor name has_RM)
        ///
        /// - address: discrete 300 (0x012C), unit id 1, 1 bit(s)
        /// - type: bool
        /// - access: read-only
        pub has_rm: bool,
        /// Flag if this device has a valve installed. (vendor name has_VC)
        ///
        /// - address: discrete 301 (0x012D), unit id 1, 1 bit(s)
        /// - type: bool
        /// - access: read-only
        pub has_vc: bool,
        /// Fast boot ???
        ///
        /// - address: discrete 302 (0x012E), unit id 1, 1 bit(s)
        /// - type: bool
        /// - access: read-only
        pub is_fast_boot: bool,
        /// Flag if leakage is detected
        ///
        /// - address: discrete 303 (0x012F), unit id 1, 1 bit(s)
        /// - type: bool
        /// - access: read-only
        pub leakage: bool,
        /// Flag if valve is closed
        ///
        /// - address: discrete 304 (0x0130), unit id 1, 1 bit(s)
        /// - type: bool
        /// - access: read-only
        pub vc_is_closed: bool,
        /// Flag if SNTP client is running
        ///
        /// - address: discrete 500 (0x01F4), unit id 1, 1 bit(s)
        /// - type: bool
        /// - access: read-only
        pub net_sntp_client_up: bool,
        /// Flag if WLAN BSSID is set
        ///
        /// - address: discrete 501 (0x01F5), unit id 1, 1 bit(s)
        /// - type: bool
        /// - access: read-only
        pub wlan_sta_bssid_set: bool,
        /// Flag if this HW provides a TFT/GUI (DSX Touch)
        ///
        /// - address: discrete 600 (0x0258), unit id 1, 1 bit(s)
        /// - type: bool
        /// - access: read-only
        pub hw_tft_touch: bool,
        /// Flag if all screens are up
        ///
        /// - address: discrete 601 (0x0259), unit id 1, 1 bit(s)
        /// - type: bool
        /// - access: read-only
        pub gui_screens_up: bool,
    }
    /// Readable registers of block `controls`.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Controls {
        /// Flag if timer shall stop flow
        ///
        /// - address: coil 200 (0x00C8), unit id 1, 1 bit(s)
        /// - type: bool
        /// - access: read-write
        pub timer_do_stop_flow: bool,
        /// Flag if timer shall stop at no flow
        ///
        /// - address: coil 201 (0x00C9), unit id 1, 1 bit(s)
        /// - type: bool
        /// - access: read-write
        pub timer_stop_if_flow0: bool,
        /// Flag if filling automatic shall be activated
        ///
        /// - address: coil 210 (0x00D2), unit id 1, 1 bit(s)
        /// - type: bool
        /// - access: read-write
        pub filling_active: bool,
        /// Flag if timer automatic shall be activated
        ///
        /// - address: coil 211 (0x00D3), unit id 1, 1 bit(s)
        /// - type: bool
        /// - access: read-write
        pub timer_active: bool,
        /// Flag if thermal treatment shall be activated Safety notice: thermal treatment is safety-relevant (scalding).
        ///
        /// - address: coil 212 (0x00D4), unit id 1, 1 bit(s)
        /// - type: bool
        /// - access: read-write (safety-relevant: writes need the opt-in)
        pub therm_treat_active: bool,
        /// Flag if valve shall be opened (after has been closed) Safety notice: opening the water valve after automatic shut-off is safety-relevant.
        ///
        /// - address: coil 213 (0x00D5), unit id 1, 1 bit(s)
        /// - type: bool
        /// - access: read-write (safety-relevant: writes need the opt-in)
        pub valve_open: bool,
        /// Flag to trigger new start of CPU
        ///
        /// - address: coil 300 (0x012C), unit id 1, 1 bit(s)
        /// - type: bool
        /// - access: read-write
        pub system_do_reboot: bool,
        /// Flag to trigger factory reset
        ///
        /// - address: coil 301 (0x012D), unit id 1, 1 bit(s)
        /// - type: bool
        /// - access: read-write
        pub system_do_reset: bool,
        /// Flag to trigger start of second partition
        ///
        /// - address: coil 302 (0x012E), unit id 1, 1 bit(s)
        /// - type: bool
        /// - access: read-write
        pub system_do_reboot_next: bool,
        /// Flag to trigger complete online update
        ///
        /// - address: coil 310 (0x0136), unit id 1, 1 bit(s)
        /// - type: bool
        /// - access: read-write
        pub update_do_all: bool,
        /// Flag if beta software shall be used
        ///
        /// - address: coil 311 (0x0137), unit id 1, 1 bit(s)
        /// - type: bool
        /// - access: read-write
        pub update_use_beta: bool,
        /// Flag to trigger checking for update
        ///
        /// - address: coil 312 (0x0138), unit id 1, 1 bit(s)
        /// - type: bool
        /// - access: read-write
        pub update_do_check: bool,
        /// Flag if daily check shall be performed
        ///
        /// - address: coil 313 (0x0139), unit id 1, 1 bit(s)
        /// - type: bool
        /// - access: read-write
        pub update_check_daily: bool,
        /// Flag to trigger application download
        ///
        /// - address: coil 314 (0x013A), unit id 1, 1 bit(s)
        /// - type: bool
        /// - access: read-write
        pub update_do_app: bool,
        /// Flag to trigger web-UI content download
        ///
        /// - address: coil 315 (0x013B), unit id 1, 1 bit(s)
        /// - type: bool
        /// - access: read-write
        pub update_do_www: bool,
        /// Flag if initial test sequence shall be transmitted
        ///
        /// - address: coil 400 (0x0190), unit id 1, 1 bit(s)
        /// - type: bool
        /// - access: read-write
        pub modbus_test_init: bool,
        /// Flag if continuous test sequence shall be transmitted
        ///
        /// - address: coil 401 (0x0191), unit id 1, 1 bit(s)
        /// - type: bool
        /// - access: read-write
        pub modbus_test: bool,
        /// Flag if modbus word order shall be big endian.
        ///
        /// - address: coil 402 (0x0192), unit id 1, 1 bit(s)
        /// - type: bool
        /// - access: read-write
        /// - default: true
        pub modbus_word_order_big_endian: bool,
        /// Flag if WLAN shall operate as AP
        ///
        /// - address: coil 500 (0x01F4), unit id 1, 1 bit(s)
        /// - type: bool
        /// - access: read-write
        pub wlan_ap: bool,
        /// Trigger WLAN restart
        ///
        /// - address: coil 501 (0x01F5), unit id 1, 1 bit(s)
        /// - type: bool
        /// - access: read-write
        pub wlan_restart: bool,
        /// Trigger WLAN setup
        ///
        /// - address: coil 502 (0x01F6), unit id 1, 1 bit(s)
        /// - type: bool
        /// - access: read-write
        pub wlan_setup: bool,
        /// Trigger WLAN scan
        ///
        /// - address: coil 503 (0x01F7), unit id 1, 1 bit(s)
        /// - type: bool
        /// - access: read-write
        pub wlan_scan: bool,
        /// Flag if WLAN shall be active
        ///
        /// - address: coil 504 (0x01F8), unit id 1, 1 bit(s)
        /// - type: bool
        /// - access: read-write
        pub wlan_active: bool,
        /// Flag if SNTP servers from DHCP shall be used.
        ///
        /// - address: coil 505 (0x01F9), unit id 1, 1 bit(s)
        /// - type: bool
        /// - access: read-write
        pub net_sntp_from_dhcp: bool,
        /// Flag if daylight saving shall be applied.
        ///
        /// - address: coil 506 (0x01FA), unit id 1, 1 bit(s)
        /// - type: bool
        /// - access: read-write
        pub daylight_saving: bool,
        /// Flag if REST API shall be started.
        ///
        /// - address: coil 507 (0x01FB), unit id 1, 1 bit(s)
        /// - type: bool
        /// - access: read-write
        pub net_rest_api: bool,
        /// Flag if REST shall use TLS encryption.
        ///
        /// - address: coil 508 (0x01FC), unit id 1, 1 bit(s)
        /// - type: bool
        /// - access: read-write
        pub net_rest_api_tls: bool,
        /// Flag if REST shall check for authentication.
        ///
        /// - address: coil 509 (0x01FD), unit id 1, 1 bit(s)
        /// - type: bool
        /// - access: read-write
        pub net_rest_api_auth: bool,
        /// Flag if REST /param shall allow read access with legacy default.
        ///
        /// - address: coil 510 (0x01FE), unit id 1, 1 bit(s)
        /// - type: bool
        /// - access: read-write
        pub net_access_param_r: bool,
        /// Flag if REST /param shall allow write access with legacy default.
        ///
        /// - address: coil 511 (0x01FF), unit id 1, 1 bit(s)
        /// - type: bool
        /// - access: read-write
        pub net_access_param_w: bool,
        /// Flag if AWS cloud service is/shall be active.
        ///
        /// - address: coil 530 (0x0212), unit id 1, 1 bit(s)
        /// - type: bool
        /// - access: read-write
        pub net_aws: bool,
        /// Restart of service and reload provisioning data.
        ///
        /// - address: coil 531 (0x0213), unit id 1, 1 bit(s)
        /// - type: bool
        /// - access: read-write
        pub net_aws_do_restart: bool,
        /// Trigger removal of provisioning data.
        ///
        /// - address: coil 532 (0x0214), unit id 1, 1 bit(s)
        /// - type: bool
        /// - access: read-write
        pub net_aws_do_deletion: bool,
        /// Factory reset of service erasing certificates and renewing UUIDs.
        ///
        /// - address: coil 533 (0x0215), unit id 1, 1 bit(s)
        /// - type: bool
        /// - access: read-write
        pub net_aws_do_reset: bool,
        /// Flag if home screen shall show flow limit
        ///
        /// - address: coil 600 (0x0258), unit id 1, 1 bit(s)
        /// - type: bool
        /// - access: read-write
        pub home_flow: bool,
        /// Flag if home screen shall show time
        ///
        /// - address: coil 601 (0x0259), unit id 1, 1 bit(s)
        /// - type: bool
        /// - access: read-write
        pub home_time: bool,
        /// Water flow finish idle state of display light.
        ///
        /// - address: coil 602 (0x025A), unit id 1, 1 bit(s)
        /// - type: bool
        /// - access: read-write
        pub display_bright_flow: bool,
        /// Flag if device shall make sounds
        ///
        /// - address: coil 603 (0x025B), unit id 1, 1 bit(s)
        /// - type: bool
        /// - access: read-write
        pub sound: bool,
        /// Flag if device shall play a start jingle
        ///
        /// - address: coil 604 (0x025C), unit id 1, 1 bit(s)
        /// - type: bool
        /// - access: read-write
        pub start_jingle: bool,
        /// Flag if consts shall be shown in statistics.
        ///
        /// - address: coil 605 (0x025D), unit id 1, 1 bit(s)
        /// - type: bool
        /// - access: read-write
        pub stat_show_costs: bool,
        /// Flag if CPU temperature shall be logged.
        ///
        /// - address: coil 700 (0x02BC), unit id 1, 1 bit(s)
        /// - type: bool
        /// - access: read-write
        pub devel_log_cpu_temp: bool,
        /// Flag if developer test feed shall be used for update
        ///
        /// - address: coil 701 (0x02BD), unit id 1, 1 bit(s)
        /// - type: bool
        /// - access: read-write
        pub devel_update_test_feed: bool,
        /// Flag if S/N shall be provided for update
        ///
        /// - address: coil 702 (0x02BE), unit id 1, 1 bit(s)
        /// - type: bool
        /// - access: read-write
        pub devel_url_sn_suffix: bool,
    }
    /// Everything [`Client::read_all`] returns: one field per block instance.
    #[derive(Debug, Clone, PartialEq)]
    pub struct All {
        /// `sensors` (base 0).
        pub sensors: Sensors,
        /// `settings` (base 0).
        pub settings: Settings,
        /// `status` (base 0).
        pub status: Status,
        /// `controls` (base 0).
        pub controls: Controls,
    }
    /// Typed client of CLAGE DSX Touch / ISX over a tokio-modbus context (`Reader + Writer`).
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
        /// Reads `controls.timer_do_stop_flow` ([`CONTROLS_TIMER_DO_STOP_FLOW`]). Flag if timer shall stop flow
        pub async fn read_controls_timer_do_stop_flow(
            &mut self,
        ) -> mm::ModbusResult<bool> {
            self.inner.read_value(&CONTROLS_TIMER_DO_STOP_FLOW).await
        }
        /// Writes `controls.timer_do_stop_flow` ([`CONTROLS_TIMER_DO_STOP_FLOW`]) after checking access, range, firmware and safety locally. Flag if timer shall stop flow
        pub async fn write_controls_timer_do_stop_flow(
            &mut self,
            value: bool,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&CONTROLS_TIMER_DO_STOP_FLOW, &value).await
        }
        /// Reads `controls.timer_stop_if_flow0` ([`CONTROLS_TIMER_STOP_IF_FLOW0`]). Flag if timer shall stop at no flow
        pub async fn read_controls_timer_stop_if_flow0(
            &mut self,
        ) -> mm::ModbusResult<bool> {
            self.inner.read_value(&CONTROLS_TIMER_STOP_IF_FLOW0).await
        }
        /// Writes `controls.timer_stop_if_flow0` ([`CONTROLS_TIMER_STOP_IF_FLOW0`]) after checking access, range, firmware and safety locally. Flag if timer shall stop at no flow
        pub async fn write_controls_timer_stop_if_flow0(
            &mut self,
            value: bool,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&CONTROLS_TIMER_STOP_IF_FLOW0, &value).await
        }
        /// Reads `controls.filling_active` ([`CONTROLS_FILLING_ACTIVE`]). Flag if filling automatic shall be activated
        pub async fn read_controls_filling_active(&mut self) -> mm::ModbusResult<bool> {
            self.inner.read_value(&CONTROLS_FILLING_ACTIVE).await
        }
        /// Writes `controls.filling_active` ([`CONTROLS_FILLING_ACTIVE`]) after checking access, range, firmware and safety locally. Flag if filling automatic shall be activated
        pub async fn write_controls_filling_active(
            &mut self,
            value: bool,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&CONTROLS_FILLING_ACTIVE, &value).await
        }
        /// Reads `controls.timer_active` ([`CONTROLS_TIMER_ACTIVE`]). Flag if timer automatic shall be activated
        pub async fn read_controls_timer_active(&mut self) -> mm::ModbusResult<bool> {
            self.inner.read_value(&CONTROLS_TIMER_ACTIVE).await
        }
        /// Writes `controls.timer_active` ([`CONTROLS_TIMER_ACTIVE`]) after checking access, range, firmware and safety locally. Flag if timer automatic shall be activated
        pub async fn write_controls_timer_active(
            &mut self,
            value: bool,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&CONTROLS_TIMER_ACTIVE, &value).await
        }
        /// Reads `controls.therm_treat_active` ([`CONTROLS_THERM_TREAT_ACTIVE`]). Flag if thermal treatment shall be activated Safety notice: thermal treatment is safety-relevant (scalding).
        pub async fn read_controls_therm_treat_active(
            &mut self,
        ) -> mm::ModbusResult<bool> {
            self.inner.read_value(&CONTROLS_THERM_TREAT_ACTIVE).await
        }
        /// Writes `controls.therm_treat_active` ([`CONTROLS_THERM_TREAT_ACTIVE`]) after checking access, range, firmware and safety locally. Flag if thermal treatment shall be activated Safety notice: thermal treatment is safety-relevant (scalding). Safety-relevant: needs `allow_safety_writes(true)`.
        pub async fn write_controls_therm_treat_active(
            &mut self,
            value: bool,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&CONTROLS_THERM_TREAT_ACTIVE, &value).await
        }
        /// Reads `controls.valve_open` ([`CONTROLS_VALVE_OPEN`]). Flag if valve shall be opened (after has been closed) Safety notice: opening the water valve after automatic shut-off is safety-relevant.
        pub async fn read_controls_valve_open(&mut self) -> mm::ModbusResult<bool> {
            self.inner.read_value(&CONTROLS_VALVE_OPEN).await
        }
        /// Writes `controls.valve_open` ([`CONTROLS_VALVE_OPEN`]) after checking access, range, firmware and safety locally. Flag if valve shall be opened (after has been closed) Safety notice: opening the water valve after automatic shut-off is safety-relevant. Safety-relevant: needs `allow_safety_writes(true)`.
        pub async fn write_controls_valve_open(
            &mut self,
            value: bool,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&CONTROLS_VALVE_OPEN, &value).await
        }
        /// Reads `controls.system_do_reboot` ([`CONTROLS_SYSTEM_DO_REBOOT`]). Flag to trigger new start of CPU
        pub async fn read_controls_system_do_reboot(
            &mut self,
        ) -> mm::ModbusResult<bool> {
            self.inner.read_value(&CONTROLS_SYSTEM_DO_REBOOT).await
        }
        /// Writes `controls.system_do_reboot` ([`CONTROLS_SYSTEM_DO_REBOOT`]) after checking access, range, firmware and safety locally. Flag to trigger new start of CPU
        pub async fn write_controls_system_do_reboot(
            &mut self,
            value: bool,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&CONTROLS_SYSTEM_DO_REBOOT, &value).await
        }
        /// Reads `controls.system_do_reset` ([`CONTROLS_SYSTEM_DO_RESET`]). Flag to trigger factory reset
        pub async fn read_controls_system_do_reset(&mut self) -> mm::ModbusResult<bool> {
            self.inner.read_value(&CONTROLS_SYSTEM_DO_RESET).await
        }
        /// Writes `controls.system_do_reset` ([`CONTROLS_SYSTEM_DO_RESET`]) after checking access, range, firmware and safety locally. Flag to trigger factory reset
        pub async fn write_controls_system_do_reset(
            &mut self,
            value: bool,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&CONTROLS_SYSTEM_DO_RESET, &value).await
        }
        /// Reads `controls.system_do_reboot_next` ([`CONTROLS_SYSTEM_DO_REBOOT_NEXT`]). Flag to trigger start of second partition
        pub async fn read_controls_system_do_reboot_next(
            &mut self,
        ) -> mm::ModbusResult<bool> {
            self.inner.read_value(&CONTROLS_SYSTEM_DO_REBOOT_NEXT).await
        }
        /// Writes `controls.system_do_reboot_next` ([`CONTROLS_SYSTEM_DO_REBOOT_NEXT`]) after checking access, range, firmware and safety locally. Flag to trigger start of second partition
        pub async fn write_controls_system_do_reboot_next(
            &mut self,
            value: bool,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&CONTROLS_SYSTEM_DO_REBOOT_NEXT, &value).await
        }
        /// Reads `controls.update_do_all` ([`CONTROLS_UPDATE_DO_ALL`]). Flag to trigger complete online update
        pub async fn read_controls_update_do_all(&mut self) -> mm::ModbusResult<bool> {
            self.inner.read_value(&CONTROLS_UPDATE_DO_ALL).await
        }
        /// Writes `controls.update_do_all` ([`CONTROLS_UPDATE_DO_ALL`]) after checking access, range, firmware and safety locally. Flag to trigger complete online update
        pub async fn write_controls_update_do_all(
            &mut self,
            value: bool,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&CONTROLS_UPDATE_DO_ALL, &value).await
        }
        /// Reads `controls.update_use_beta` ([`CONTROLS_UPDATE_USE_BETA`]). Flag if beta software shall be used
        pub async fn read_controls_update_use_beta(&mut self) -> mm::ModbusResult<bool> {
            self.inner.read_value(&CONTROLS_UPDATE_USE_BETA).await
        }
        /// Writes `controls.update_use_beta` ([`CONTROLS_UPDATE_USE_BETA`]) after checking access, range, firmware and safety locally. Flag if beta software shall be used
        pub async fn write_controls_update_use_beta(
            &mut self,
            value: bool,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&CONTROLS_UPDATE_USE_BETA, &value).await
        }
        /// Reads `controls.update_do_check` ([`CONTROLS_UPDATE_DO_CHECK`]). Flag to trigger checking for update
        pub async fn read_controls_update_do_check(&mut self) -> mm::ModbusResult<bool> {
            self.inner.read_value(&CONTROLS_UPDATE_DO_CHECK).await
        }
        /// Writes `controls.update_do_check` ([`CONTROLS_UPDATE_DO_CHECK`]) after checking access, range, firmware and safety locally. Flag to trigger checking for update
        pub async fn write_controls_update_do_check(
            &mut self,
            value: bool,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&CONTROLS_UPDATE_DO_CHECK, &value).await
        }
        /// Reads `controls.update_check_daily` ([`CONTROLS_UPDATE_CHECK_DAILY`]). Flag if daily check shall be performed
        pub async fn read_controls_update_check_daily(
            &mut self,
        ) -> mm::ModbusResult<bool> {
            self.inner.read_value(&CONTROLS_UPDATE_CHECK_DAILY).await
        }
        /// Writes `controls.update_check_daily` ([`CONTROLS_UPDATE_CHECK_DAILY`]) after checking access, range, firmware and safety locally. Flag if daily check shall be performed
        pub async fn write_controls_update_check_daily(
            &mut self,
            value: bool,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&CONTROLS_UPDATE_CHECK_DAILY, &value).await
        }
        /// Reads `controls.update_do_app` ([`CONTROLS_UPDATE_DO_APP`]). Flag to trigger application download
        pub async fn read_controls_update_do_app(&mut self) -> mm::ModbusResult<bool> {
            self.inner.read_value(&CONTROLS_UPDATE_DO_APP).await
        }
        /// Writes `controls.update_do_app` ([`CONTROLS_UPDATE_DO_APP`]) after checking access, range, firmware and safety locally. Flag to trigger application download
        pub async fn write_controls_update_do_app(
            &mut self,
            value: bool,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&CONTROLS_UPDATE_DO_APP, &value).await
        }
        /// Reads `controls.update_do_www` ([`CONTROLS_UPDATE_DO_WWW`]). Flag to trigger web-UI content download
        pub async fn read_controls_update_do_www(&mut self) -> mm::ModbusResult<bool> {
            self.inner.read_value(&CONTROLS_UPDATE_DO_WWW).await
        }
        /// Writes `controls.update_do_www` ([`CONTROLS_UPDATE_DO_WWW`]) after checking access, range, firmware and safety locally. Flag to trigger web-UI content download
        pub async fn write_controls_update_do_www(
            &mut self,
            value: bool,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&CONTROLS_UPDATE_DO_WWW, &value).await
        }
        /// Reads `controls.modbus_test_init` ([`CONTROLS_MODBUS_TEST_INIT`]). Flag if initial test sequence shall be transmitted
        pub async fn read_controls_modbus_test_init(
            &mut self,
        ) -> mm::ModbusResult<bool> {
            self.inner.read_value(&CONTROLS_MODBUS_TEST_INIT).await
        }
        /// Writes `controls.modbus_test_init` ([`CONTROLS_MODBUS_TEST_INIT`]) after checking access, range, firmware and safety locally. Flag if initial test sequence shall be transmitted
        pub async fn write_controls_modbus_test_init(
            &mut self,
            value: bool,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&CONTROLS_MODBUS_TEST_INIT, &value).await
        }
        /// Reads `controls.modbus_test` ([`CONTROLS_MODBUS_TEST`]). Flag if continuous test sequence shall be transmitted
        pub async fn read_controls_modbus_test(&mut self) -> mm::ModbusResult<bool> {
            self.inner.read_value(&CONTROLS_MODBUS_TEST).await
        }
        /// Writes `controls.modbus_test` ([`CONTROLS_MODBUS_TEST`]) after checking access, range, firmware and safety locally. Flag if continuous test sequence shall be transmitted
        pub async fn write_controls_modbus_test(
            &mut self,
            value: bool,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&CONTROLS_MODBUS_TEST, &value).await
        }
        /// Reads `controls.modbus_word_order_big_endian` ([`CONTROLS_MODBUS_WORD_ORDER_BIG_ENDIAN`]). Flag if modbus word order shall be big endian.
        pub async fn read_controls_modbus_word_order_big_endian(
            &mut self,
        ) -> mm::ModbusResult<bool> {
            self.inner.read_value(&CONTROLS_MODBUS_WORD_ORDER_BIG_ENDIAN).await
        }
        /// Writes `controls.modbus_word_order_big_endian` ([`CONTROLS_MODBUS_WORD_ORDER_BIG_ENDIAN`]) after checking access, range, firmware and safety locally. Flag if modbus word order shall be big endian.
        pub async fn write_controls_modbus_word_order_big_endian(
            &mut self,
            value: bool,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&CONTROLS_MODBUS_WORD_ORDER_BIG_ENDIAN, &value).await
        }
        /// Reads `controls.wlan_ap` ([`CONTROLS_WLAN_AP`]). Flag if WLAN shall operate as AP
        pub async fn read_controls_wlan_ap(&mut self) -> mm::ModbusResult<bool> {
            self.inner.read_value(&CONTROLS_WLAN_AP).await
        }
        /// Writes `controls.wlan_ap` ([`CONTROLS_WLAN_AP`]) after checking access, range, firmware and safety locally. Flag if WLAN shall operate as AP
        pub async fn write_controls_wlan_ap(
            &mut self,
            value: bool,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&CONTROLS_WLAN_AP, &value).await
        }
        /// Reads `controls.wlan_restart` ([`CONTROLS_WLAN_RESTART`]). Trigger WLAN restart
        pub async fn read_controls_wlan_restart(&mut self) -> mm::ModbusResult<bool> {
            self.inner.read_value(&CONTROLS_WLAN_RESTART).await
        }
        /// Writes `controls.wlan_restart` ([`CONTROLS_WLAN_RESTART`]) after checking access, range, firmware and safety locally. Trigger WLAN restart
        pub async fn write_controls_wlan_restart(
            &mut self,
            value: bool,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&CONTROLS_WLAN_RESTART, &value).await
        }
        /// Reads `controls.wlan_setup` ([`CONTROLS_WLAN_SETUP`]). Trigger WLAN setup
        pub async fn read_controls_wlan_setup(&mut self) -> mm::ModbusResult<bool> {
            self.inner.read_value(&CONTROLS_WLAN_SETUP).await
        }
        /// Writes `controls.wlan_setup` ([`CONTROLS_WLAN_SETUP`]) after checking access, range, firmware and safety locally. Trigger WLAN setup
        pub async fn write_controls_wlan_setup(
            &mut self,
            value: bool,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&CONTROLS_WLAN_SETUP, &value).await
        }
        /// Reads `controls.wlan_scan` ([`CONTROLS_WLAN_SCAN`]). Trigger WLAN scan
        pub async fn read_controls_wlan_scan(&mut self) -> mm::ModbusResult<bool> {
            self.inner.read_value(&CONTROLS_WLAN_SCAN).await
        }
        /// Writes `controls.wlan_scan` ([`CONTROLS_WLAN_SCAN`]) after checking access, range, firmware and safety locally. Trigger WLAN scan
        pub async fn write_controls_wlan_scan(
            &mut self,
            value: bool,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&CONTROLS_WLAN_SCAN, &value).await
        }
        /// Reads `controls.wlan_active` ([`CONTROLS_WLAN_ACTIVE`]). Flag if WLAN shall be active
        pub async fn read_controls_wlan_active(&mut self) -> mm::ModbusResult<bool> {
            self.inner.read_value(&CONTROLS_WLAN_ACTIVE).await
        }
        /// Writes `controls.wlan_active` ([`CONTROLS_WLAN_ACTIVE`]) after checking access, range, firmware and safety locally. Flag if WLAN shall be active
        pub async fn write_controls_wlan_active(
            &mut self,
            value: bool,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&CONTROLS_WLAN_ACTIVE, &value).await
        }
        /// Reads `controls.net_sntp_from_dhcp` ([`CONTROLS_NET_SNTP_FROM_DHCP`]). Flag if SNTP servers from DHCP shall be used.
        pub async fn read_controls_net_sntp_from_dhcp(
            &mut self,
        ) -> mm::ModbusResult<bool> {
            self.inner.read_value(&CONTROLS_NET_SNTP_FROM_DHCP).await
        }
        /// Writes `controls.net_sntp_from_dhcp` ([`CONTROLS_NET_SNTP_FROM_DHCP`]) after checking access, range, firmware and safety locally. Flag if SNTP servers from DHCP shall be used.
        pub async fn write_controls_net_sntp_from_dhcp(
            &mut self,
            value: bool,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&CONTROLS_NET_SNTP_FROM_DHCP, &value).await
        }
        /// Reads `controls.daylight_saving` ([`CONTROLS_DAYLIGHT_SAVING`]). Flag if daylight saving shall be applied.
        pub async fn read_controls_daylight_saving(&mut self) -> mm::ModbusResult<bool> {
            self.inner.read_value(&CONTROLS_DAYLIGHT_SAVING).await
        }
        /// Writes `controls.daylight_saving` ([`CONTROLS_DAYLIGHT_SAVING`]) after checking access, range, firmware and safety locally. Flag if daylight saving shall be applied.
        pub async fn write_controls_daylight_saving(
            &mut self,
            value: bool,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&CONTROLS_DAYLIGHT_SAVING, &value).await
        }
        /// Reads `controls.net_rest_api` ([`CONTROLS_NET_REST_API`]). Flag if REST API shall be started.
        pub async fn read_controls_net_rest_api(&mut self) -> mm::ModbusResult<bool> {
            self.inner.read_value(&CONTROLS_NET_REST_API).await
        }
        /// Writes `controls.net_rest_api` ([`CONTROLS_NET_REST_API`]) after checking access, range, firmware and safety locally. Flag if REST API shall be started.
        pub async fn write_controls_net_rest_api(
            &mut self,
            value: bool,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&CONTROLS_NET_REST_API, &value).await
        }
        /// Reads `controls.net_rest_api_tls` ([`CONTROLS_NET_REST_API_TLS`]). Flag if REST shall use TLS encryption.
        pub async fn read_controls_net_rest_api_tls(
            &mut self,
        ) -> mm::ModbusResult<bool> {
            self.inner.read_value(&CONTROLS_NET_REST_API_TLS).await
        }
        /// Writes `controls.net_rest_api_tls` ([`CONTROLS_NET_REST_API_TLS`]) after checking access, range, firmware and safety locally. Flag if REST shall use TLS encryption.
        pub async fn write_controls_net_rest_api_tls(
            &mut self,
            value: bool,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&CONTROLS_NET_REST_API_TLS, &value).await
        }
        /// Reads `controls.net_rest_api_auth` ([`CONTROLS_NET_REST_API_AUTH`]). Flag if REST shall check for authentication.
        pub async fn read_controls_net_rest_api_auth(
            &mut self,
        ) -> mm::ModbusResult<bool> {
            self.inner.read_value(&CONTROLS_NET_REST_API_AUTH).await
        }
        /// Writes `controls.net_rest_api_auth` ([`CONTROLS_NET_REST_API_AUTH`]) after checking access, range, firmware and safety locally. Flag if REST shall check for authentication.
        pub async fn write_controls_net_rest_api_auth(
            &mut self,
            value: bool,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&CONTROLS_NET_REST_API_AUTH, &value).await
        }
        /// Reads `controls.net_access_param_r` ([`CONTROLS_NET_ACCESS_PARAM_R`]). Flag if REST /param shall allow read access with legacy default.
        pub async fn read_controls_net_access_param_r(
            &mut self,
        ) -> mm::ModbusResult<bool> {
            self.inner.read_value(&CONTROLS_NET_ACCESS_PARAM_R).await
        }
        /// Writes `controls.net_access_param_r` ([`CONTROLS_NET_ACCESS_PARAM_R`]) after checking access, range, firmware and safety locally. Flag if REST /param shall allow read access with legacy default.
        pub async fn write_controls_net_access_param_r(
            &mut self,
            value: bool,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&CONTROLS_NET_ACCESS_PARAM_R, &value).await
        }
        /// Reads `controls.net_access_param_w` ([`CONTROLS_NET_ACCESS_PARAM_W`]). Flag if REST /param shall allow write access with legacy default.
        pub async fn read_controls_net_access_param_w(
            &mut self,
        ) -> mm::ModbusResult<bool> {
            self.inner.read_value(&CONTROLS_NET_ACCESS_PARAM_W).await
        }
        /// Writes `controls.net_access_param_w` ([`CONTROLS_NET_ACCESS_PARAM_W`]) after checking access, range, firmware and safety locally. Flag if REST /param shall allow write access with legacy default.
        pub async fn write_controls_net_access_param_w(
            &mut self,
            value: bool,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&CONTROLS_NET_ACCESS_PARAM_W, &value).await
        }
        /// Reads `controls.net_aws` ([`CONTROLS_NET_AWS`]). Flag if AWS cloud service is/shall be active.
        pub async fn read_controls_net_aws(&mut self) -> mm::ModbusResult<bool> {
            self.inner.read_value(&CONTROLS_NET_AWS).await
        }
        /// Writes `controls.net_aws` ([`CONTROLS_NET_AWS`]) after checking access, range, firmware and safety locally. Flag if AWS cloud service is/shall be active.
        pub async fn write_controls_net_aws(
            &mut self,
            value: bool,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&CONTROLS_NET_AWS, &value).await
        }
        /// Reads `controls.net_aws_do_restart` ([`CONTROLS_NET_AWS_DO_RESTART`]). Restart of service and reload provisioning data.
        pub async fn read_controls_net_aws_do_restart(
            &mut self,
        ) -> mm::ModbusResult<bool> {
            self.inner.read_value(&CONTROLS_NET_AWS_DO_RESTART).await
        }
        /// Writes `controls.net_aws_do_restart` ([`CONTROLS_NET_AWS_DO_RESTART`]) after checking access, range, firmware and safety locally. Restart of service and reload provisioning data.
        pub async fn write_controls_net_aws_do_restart(
            &mut self,
            value: bool,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&CONTROLS_NET_AWS_DO_RESTART, &value).await
        }
        /// Reads `controls.net_aws_do_deletion` ([`CONTROLS_NET_AWS_DO_DELETION`]). Trigger removal of provisioning data.
        pub async fn read_controls_net_aws_do_deletion(
            &mut self,
        ) -> mm::ModbusResult<bool> {
            self.inner.read_value(&CONTROLS_NET_AWS_DO_DELETION).await
        }
        /// Writes `controls.net_aws_do_deletion` ([`CONTROLS_NET_AWS_DO_DELETION`]) after checking access, range, firmware and safety locally. Trigger removal of provisioning data.
        pub async fn write_controls_net_aws_do_deletion(
            &mut self,
            value: bool,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&CONTROLS_NET_AWS_DO_DELETION, &value).await
        }
        /// Reads `controls.net_aws_do_reset` ([`CONTROLS_NET_AWS_DO_RESET`]). Factory reset of service erasing certificates and renewing UUIDs.
        pub async fn read_controls_net_aws_do_reset(
            &mut self,
        ) -> mm::ModbusResult<bool> {
            self.inner.read_value(&CONTROLS_NET_AWS_DO_RESET).await
        }
        /// Writes `controls.net_aws_do_reset` ([`CONTROLS_NET_AWS_DO_RESET`]) after checking access, range, firmware and safety locally. Factory reset of service erasing certificates and renewing UUIDs.
        pub async fn write_controls_net_aws_do_reset(
            &mut self,
            value: bool,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&CONTROLS_NET_AWS_DO_RESET, &value).await
        }
        /// Reads `controls.home_flow` ([`CONTROLS_HOME_FLOW`]). Flag if home screen shall show flow limit
        pub async fn read_controls_home_flow(&mut self) -> mm::ModbusResult<bool> {
            self.inner.read_value(&CONTROLS_HOME_FLOW).await
        }
        /// Writes `controls.home_flow` ([`CONTROLS_HOME_FLOW`]) after checking access, range, firmware and safety locally. Flag if home screen shall show flow limit
        pub async fn write_controls_home_flow(
            &mut self,
            value: bool,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&CONTROLS_HOME_FLOW, &value).await
        }
        /// Reads `controls.home_time` ([`CONTROLS_HOME_TIME`]). Flag if home screen shall show time
        pub async fn read_controls_home_time(&mut self) -> mm::ModbusResult<bool> {
            self.inner.read_value(&CONTROLS_HOME_TIME).await
        }
        /// Writes `controls.home_time` ([`CONTROLS_HOME_TIME`]) after checking access, range, firmware and safety locally. Flag if home screen shall show time
        pub async fn write_controls_home_time(
            &mut self,
            value: bool,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&CONTROLS_HOME_TIME, &value).await
        }
        /// Reads `controls.display_bright_flow` ([`CONTROLS_DISPLAY_BRIGHT_FLOW`]). Water flow finish idle state of display light.
        pub async fn read_controls_display_bright_flow(
            &mut self,
        ) -> mm::ModbusResult<bool> {
            self.inner.read_value(&CONTROLS_DISPLAY_BRIGHT_FLOW).await
        }
        /// Writes `controls.display_bright_flow` ([`CONTROLS_DISPLAY_BRIGHT_FLOW`]) after checking access, range, firmware and safety locally. Water flow finish idle state of display light.
        pub async fn write_controls_display_bright_flow(
            &mut self,
            value: bool,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&CONTROLS_DISPLAY_BRIGHT_FLOW, &value).await
        }
        /// Reads `controls.sound` ([`CONTROLS_SOUND`]). Flag if device shall make sounds
        pub async fn read_controls_sound(&mut self) -> mm::ModbusResult<bool> {
            self.inner.read_value(&CONTROLS_SOUND).await
        }
        /// Writes `controls.sound` ([`CONTROLS_SOUND`]) after checking access, range, firmware and safety locally. Flag if device shall make sounds
        pub async fn write_controls_sound(
            &mut self,
            value: bool,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&CONTROLS_SOUND, &value).await
        }
        /// Reads `controls.start_jingle` ([`CONTROLS_START_JINGLE`]). Flag if device shall play a start jingle
        pub async fn read_controls_start_jingle(&mut self) -> mm::ModbusResult<bool> {
            self.inner.read_value(&CONTROLS_START_JINGLE).await
        }
        /// Writes `controls.start_jingle` ([`CONTROLS_START_JINGLE`]) after checking access, range, firmware and safety locally. Flag if device shall play a start jingle
        pub async fn write_controls_start_jingle(
            &mut self,
            value: bool,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&CONTROLS_START_JINGLE, &value).await
        }
        /// Reads `controls.stat_show_costs` ([`CONTROLS_STAT_SHOW_COSTS`]). Flag if consts shall be shown in statistics.
        pub async fn read_controls_stat_show_costs(&mut self) -> mm::ModbusResult<bool> {
            self.inner.read_value(&CONTROLS_STAT_SHOW_COSTS).await
        }
        /// Writes `controls.stat_show_costs` ([`CONTROLS_STAT_SHOW_COSTS`]) after checking access, range, firmware and safety locally. Flag if consts shall be shown in statistics.
        pub async fn write_controls_stat_show_costs(
            &mut self,
            value: bool,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&CONTROLS_STAT_SHOW_COSTS, &value).await
        }
        /// Reads `controls.devel_log_cpu_temp` ([`CONTROLS_DEVEL_LOG_CPU_TEMP`]). Flag if CPU temperature shall be logged.
        pub async fn read_controls_devel_log_cpu_temp(
            &mut self,
        ) -> mm::ModbusResult<bool> {
            self.inner.read_value(&CONTROLS_DEVEL_LOG_CPU_TEMP).await
        }
        /// Writes `controls.devel_log_cpu_temp` ([`CONTROLS_DEVEL_LOG_CPU_TEMP`]) after checking access, range, firmware and safety locally. Flag if CPU temperature shall be logged.
        pub async fn write_controls_devel_log_cpu_temp(
            &mut self,
            value: bool,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&CONTROLS_DEVEL_LOG_CPU_TEMP, &value).await
        }
        /// Reads `controls.devel_update_test_feed` ([`CONTROLS_DEVEL_UPDATE_TEST_FEED`]). Flag if developer test feed shall be used for update
        pub async fn read_controls_devel_update_test_feed(
            &mut self,
        ) -> mm::ModbusResult<bool> {
            self.inner.read_value(&CONTROLS_DEVEL_UPDATE_TEST_FEED).await
        }
        /// Writes `controls.devel_update_test_feed` ([`CONTROLS_DEVEL_UPDATE_TEST_FEED`]) after checking access, range, firmware and safety locally. Flag if developer test feed shall be used for update
        pub async fn write_controls_devel_update_test_feed(
            &mut self,
            value: bool,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&CONTROLS_DEVEL_UPDATE_TEST_FEED, &value).await
        }
        /// Reads `controls.devel_url_sn_suffix` ([`CONTROLS_DEVEL_URL_SN_SUFFIX`]). Flag if S/N shall be provided for update
        pub async fn read_controls_devel_url_sn_suffix(
            &mut self,
        ) -> mm::ModbusResult<bool> {
            self.inner.read_value(&CONTROLS_DEVEL_URL_SN_SUFFIX).await
        }
        /// Writes `controls.devel_url_sn_suffix` ([`CONTROLS_DEVEL_URL_SN_SUFFIX`]) after checking access, range, firmware and safety locally. Flag if S/N shall be provided for update
        pub async fn write_controls_devel_url_sn_suffix(
            &mut self,
            value: bool,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&CONTROLS_DEVEL_URL_SN_SUFFIX, &value).await
        }
        /// Reads `status.is_power_limit` ([`STATUS_IS_POWER_LIMIT`]). Flag if this device is on power limit.
        pub async fn read_status_is_power_limit(&mut self) -> mm::ModbusResult<bool> {
            self.inner.read_value(&STATUS_IS_POWER_LIMIT).await
        }
        /// Reads `status.is_temp_setpoint_max` ([`STATUS_IS_TEMP_SETPOINT_MAX`]). Is setpoint at maximum
        pub async fn read_status_is_temp_setpoint_max(
            &mut self,
        ) -> mm::ModbusResult<bool> {
            self.inner.read_value(&STATUS_IS_TEMP_SETPOINT_MAX).await
        }
        /// Reads `status.is_temp_setpoint_max_scalding_protection` ([`STATUS_IS_TEMP_SETPOINT_MAX_SCALDING_PROTECTION`]). Is scalding protection
        pub async fn read_status_is_temp_setpoint_max_scalding_protection(
            &mut self,
        ) -> mm::ModbusResult<bool> {
            self.inner.read_value(&STATUS_IS_TEMP_SETPOINT_MAX_SCALDING_PROTECTION).await
        }
        /// Reads `status.is_jumper_lock` ([`STATUS_IS_JUMPER_LOCK`]). Flag if jumper lock is active
        pub async fn read_status_is_jumper_lock(&mut self) -> mm::ModbusResult<bool> {
            self.inner.read_value(&STATUS_IS_JUMPER_LOCK).await
        }
        /// Reads `status.is_therm_treat_inhibit` ([`STATUS_IS_THERM_TREAT_INHIBIT`]). Flag if thermal treatment is inhibited
        pub async fn read_status_is_therm_treat_inhibit(
            &mut self,
        ) -> mm::ModbusResult<bool> {
            self.inner.read_value(&STATUS_IS_THERM_TREAT_INHIBIT).await
        }
        /// Reads `status.is_therm_treat_active` ([`STATUS_IS_THERM_TREAT_ACTIVE`]). Flag if thermal treatment is active
        pub async fn read_status_is_therm_treat_active(
            &mut self,
        ) -> mm::ModbusResult<bool> {
            self.inner.read_value(&STATUS_IS_THERM_TREAT_ACTIVE).await
        }
        /// Reads `status.filling_active` ([`STATUS_FILLING_ACTIVE`]). Flag if filling automatic is active (deprecated) (in clage_modbus_mapping.csv only)
        pub async fn read_status_filling_active(&mut self) -> mm::ModbusResult<bool> {
            self.inner.read_value(&STATUS_FILLING_ACTIVE).await
        }
        /// Reads `status.is_fill_amount` ([`STATUS_IS_FILL_AMOUNT`]). Flag if filling automatic is active
        pub async fn read_status_is_fill_amount(&mut self) -> mm::ModbusResult<bool> {
            self.inner.read_value(&STATUS_IS_FILL_AMOUNT).await
        }
        /// Reads `status.is_fill_time` ([`STATUS_IS_FILL_TIME`]). Flag if timer automatic is active
        pub async fn read_status_is_fill_time(&mut self) -> mm::ModbusResult<bool> {
            self.inner.read_value(&STATUS_IS_FILL_TIME).await
        }
        /// Reads `status.has_rm` ([`STATUS_HAS_RM`]). Flag if this device has a radio module installed. (vendor name has_RM)
        pub async fn read_status_has_rm(&mut self) -> mm::ModbusResult<bool> {
            self.inner.read_value(&STATUS_HAS_RM).await
        }
        /// Reads `status.has_vc` ([`STATUS_HAS_VC`]). Flag if this device has a valve installed. (vendor name has_VC)
        pub async fn read_status_has_vc(&mut self) -> mm::ModbusResult<bool> {
            self.inner.read_value(&STATUS_HAS_VC).await
        }
        /// Reads `status.is_fast_boot` ([`STATUS_IS_FAST_BOOT`]). Fast boot ???
        pub async fn read_status_is_fast_boot(&mut self) -> mm::ModbusResult<bool> {
            self.inner.read_value(&STATUS_IS_FAST_BOOT).await
        }
        /// Reads `status.leakage` ([`STATUS_LEAKAGE`]). Flag if leakage is detected
        pub async fn read_status_leakage(&mut self) -> mm::ModbusResult<bool> {
            self.inner.read_value(&STATUS_LEAKAGE).await
        }
        /// Reads `status.vc_is_closed` ([`STATUS_VC_IS_CLOSED`]). Flag if valve is closed
        pub async fn read_status_vc_is_closed(&mut self) -> mm::ModbusResult<bool> {
            self.inner.read_value(&STATUS_VC_IS_CLOSED).await
        }
        /// Reads `status.net_sntp_client_up` ([`STATUS_NET_SNTP_CLIENT_UP`]). Flag if SNTP client is running
        pub async fn read_status_net_sntp_client_up(
            &mut self,
        ) -> mm::ModbusResult<bool> {
            self.inner.read_value(&STATUS_NET_SNTP_CLIENT_UP).await
        }
        /// Reads `status.wlan_sta_bssid_set` ([`STATUS_WLAN_STA_BSSID_SET`]). Flag if WLAN BSSID is set
        pub async fn read_status_wlan_sta_bssid_set(
            &mut self,
        ) -> mm::ModbusResult<bool> {
            self.inner.read_value(&STATUS_WLAN_STA_BSSID_SET).await
        }
        /// Reads `status.hw_tft_touch` ([`STATUS_HW_TFT_TOUCH`]). Flag if this HW provides a TFT/GUI (DSX Touch)
        pub async fn read_status_hw_tft_touch(&mut self) -> mm::ModbusResult<bool> {
            self.inner.read_value(&STATUS_HW_TFT_TOUCH).await
        }
        /// Reads `status.gui_screens_up` ([`STATUS_GUI_SCREENS_UP`]). Flag if all screens are up
        pub async fn read_status_gui_screens_up(&mut self) -> mm::ModbusResult<bool> {
            self.inner.read_value(&STATUS_GUI_SCREENS_UP).await
        }
        /// Reads `sensors.temp_in_c10` ([`SENSORS_TEMP_IN_C10`]). Current inlet temperature [1/10 deg centigrade] (vendor name temp_in_C10)
        pub async fn read_sensors_temp_in_c10(&mut self) -> mm::ModbusResult<f64> {
            self.inner.read_value(&SENSORS_TEMP_IN_C10).await
        }
        /// Reads `sensors.temp_out_c10` ([`SENSORS_TEMP_OUT_C10`]). Current outlet temperature [1/10 deg centigrade] (vendor name temp_out_C10)
        pub async fn read_sensors_temp_out_c10(&mut self) -> mm::ModbusResult<f64> {
            self.inner.read_value(&SENSORS_TEMP_OUT_C10).await
        }
        /// Reads `sensors.flow_lmin10` ([`SENSORS_FLOW_LMIN10`]). Current water flow [1/10 l/min]
        pub async fn read_sensors_flow_lmin10(&mut self) -> mm::ModbusResult<f64> {
            self.inner.read_value(&SENSORS_FLOW_LMIN10).await
        }
        /// Reads `sensors.power_kw10` ([`SENSORS_POWER_KW10`]). Current power consumption [1/10 kW] (vendor name power_kW10)
        pub async fn read_sensors_power_kw10(&mut self) -> mm::ModbusResult<f64> {
            self.inner.read_value(&SENSORS_POWER_KW10).await
        }
        /// Reads `sensors.power_pc` ([`SENSORS_POWER_PC`]). Current power consumption [percent] (vendor name power_PC)
        pub async fn read_sensors_power_pc(&mut self) -> mm::ModbusResult<u8> {
            self.inner.read_value(&SENSORS_POWER_PC).await
        }
        /// Reads `sensors.power_max_kw10` ([`SENSORS_POWER_MAX_KW10`]). Maximum power consumption [1/10 kW] (MPS selected) (vendor name power_max_kW10)
        pub async fn read_sensors_power_max_kw10(&mut self) -> mm::ModbusResult<f64> {
            self.inner.read_value(&SENSORS_POWER_MAX_KW10).await
        }
        /// Reads `sensors.total_energy_wh` ([`SENSORS_TOTAL_ENERGY_WH`]). Total energy consumed 32 bit [Wh] (vendor name total_energy_Wh)
        pub async fn read_sensors_total_energy_wh(&mut self) -> mm::ModbusResult<u32> {
            self.inner.read_value(&SENSORS_TOTAL_ENERGY_WH).await
        }
        /// Reads `sensors.total_volume_l` ([`SENSORS_TOTAL_VOLUME_L`]). Total water consumed 32 bit [l]
        pub async fn read_sensors_total_volume_l(&mut self) -> mm::ModbusResult<u32> {
            self.inner.read_value(&SENSORS_TOTAL_VOLUME_L).await
        }
        /// Reads `sensors.total_tap_count` ([`SENSORS_TOTAL_TAP_COUNT`]). Count of water tap usages 32 bit
        pub async fn read_sensors_total_tap_count(&mut self) -> mm::ModbusResult<u32> {
            self.inner.read_value(&SENSORS_TOTAL_TAP_COUNT).await
        }
        /// Reads `sensors.device_total_uptime_s` ([`SENSORS_DEVICE_TOTAL_UPTIME_S`]). Device total power-on time 32 bit [s]
        pub async fn read_sensors_device_total_uptime_s(
            &mut self,
        ) -> mm::ModbusResult<u32> {
            self.inner.read_value(&SENSORS_DEVICE_TOTAL_UPTIME_S).await
        }
        /// Reads `sensors.device_total_heating_s` ([`SENSORS_DEVICE_TOTAL_HEATING_S`]). Device total heating time 32 bit [s]
        pub async fn read_sensors_device_total_heating_s(
            &mut self,
        ) -> mm::ModbusResult<u32> {
            self.inner.read_value(&SENSORS_DEVICE_TOTAL_HEATING_S).await
        }
        /// Reads `sensors.device_uptime_s` ([`SENSORS_DEVICE_UPTIME_S`]). Time since last power-on 32 bit [s]
        pub async fn read_sensors_device_uptime_s(&mut self) -> mm::ModbusResult<u32> {
            self.inner.read_value(&SENSORS_DEVICE_UPTIME_S).await
        }
        /// Reads `sensors.resistivity_state` ([`SENSORS_RESISTIVITY_STATE`]). State of water resistivity measurement.
        pub async fn read_sensors_resistivity_state(&mut self) -> mm::ModbusResult<u8> {
            self.inner.read_value(&SENSORS_RESISTIVITY_STATE).await
        }
        /// Reads `sensors.resistivity_8ohmcm` ([`SENSORS_RESISTIVITY_8OHMCM`]). Value of water resistivity (1 digit = 8 Ohm*cm). (vendor name resistivity_8Ohmcm)
        pub async fn read_sensors_resistivity_8ohmcm(
            &mut self,
        ) -> mm::ModbusResult<f64> {
            self.inner.read_value(&SENSORS_RESISTIVITY_8OHMCM).await
        }
        /// Reads `sensors.fill_remain_l` ([`SENSORS_FILL_REMAIN_L`]). Remaining volume of fill automatic in liter
        pub async fn read_sensors_fill_remain_l(&mut self) -> mm::ModbusResult<u16> {
            self.inner.read_value(&SENSORS_FILL_REMAIN_L).await
        }
        /// Reads `sensors.fill_remain_s` ([`SENSORS_FILL_REMAIN_S`]). Remaining time of timer automatic in seconds
        pub async fn read_sensors_fill_remain_s(&mut self) -> mm::ModbusResult<u16> {
            self.inner.read_value(&SENSORS_FILL_REMAIN_S).await
        }
        /// Reads `sensors.therm_treat_count` ([`SENSORS_THERM_TREAT_COUNT`]). Number of thermal treatments
        pub async fn read_sensors_therm_treat_count(&mut self) -> mm::ModbusResult<u16> {
            self.inner.read_value(&SENSORS_THERM_TREAT_COUNT).await
        }
        /// Reads `sensors.therm_treat_amount_l` ([`SENSORS_THERM_TREAT_AMOUNT_L`]). Volume used for thermal treatment in liter
        pub async fn read_sensors_therm_treat_amount_l(
            &mut self,
        ) -> mm::ModbusResult<u32> {
            self.inner.read_value(&SENSORS_THERM_TREAT_AMOUNT_L).await
        }
        /// Reads `sensors.therm_treat_duration_s` ([`SENSORS_THERM_TREAT_DURATION_S`]). Duration of thermal treatment in seconds
        pub async fn read_sensors_therm_treat_duration_s(
            &mut self,
        ) -> mm::ModbusResult<u32> {
            self.inner.read_value(&SENSORS_THERM_TREAT_DURATION_S).await
        }
        /// Reads `sensors.pu_error` ([`SENSORS_PU_ERROR`]). Device error code (0 = no error)
        pub async fn read_sensors_pu_error(&mut self) -> mm::ModbusResult<u8> {
            self.inner.read_value(&SENSORS_PU_ERROR).await
        }
        /// Reads `sensors.ctrl_val` ([`SENSORS_CTRL_VAL`]). Control value (normal value 2800) [unit fraction u16ctrl]
        pub async fn read_sensors_ctrl_val(&mut self) -> mm::ModbusResult<u16> {
            self.inner.read_value(&SENSORS_CTRL_VAL).await
        }
        /// Reads `sensors.leakage_raw` ([`SENSORS_LEAKAGE_RAW`]). Leakage detection raw 12 bit ADC value (0...4095)
        pub async fn read_sensors_leakage_raw(&mut self) -> mm::ModbusResult<u16> {
            self.inner.read_value(&SENSORS_LEAKAGE_RAW).await
        }
        /// Reads `sensors.mps_id` ([`SENSORS_MPS_ID`]). Currently selected MPS level 0 to (mps_id_end-1) [unit fraction u8mpsid] (in clage_modbus_mapping.csv only)
        pub async fn read_sensors_mps_id(&mut self) -> mm::ModbusResult<u8> {
            self.inner.read_value(&SENSORS_MPS_ID).await
        }
        /// Reads `sensors.mps_id_end` ([`SENSORS_MPS_ID_END`]). Number of MPS levels supported [unit fraction u8mpsid]
        pub async fn read_sensors_mps_id_end(&mut self) -> mm::ModbusResult<u8> {
            self.inner.read_value(&SENSORS_MPS_ID_END).await
        }
        /// Reads `sensors.mps0_kw10` ([`SENSORS_MPS0_KW10`]). Maximum power at MPS level 0 (vendor name mps0_kW10)
        pub async fn read_sensors_mps0_kw10(&mut self) -> mm::ModbusResult<f64> {
            self.inner.read_value(&SENSORS_MPS0_KW10).await
        }
        /// Reads `sensors.mps1_kw10` ([`SENSORS_MPS1_KW10`]). Maximum power at MPS level 1 (vendor name mps1_kW10)
        pub async fn read_sensors_mps1_kw10(&mut self) -> mm::ModbusResult<f64> {
            self.inner.read_value(&SENSORS_MPS1_KW10).await
        }
        /// Reads `sensors.mps2_kw10` ([`SENSORS_MPS2_KW10`]). Maximum power at MPS level 2 (vendor name mps2_kW10)
        pub async fn read_sensors_mps2_kw10(&mut self) -> mm::ModbusResult<f64> {
            self.inner.read_value(&SENSORS_MPS2_KW10).await
        }
        /// Reads `sensors.mps3_kw10` ([`SENSORS_MPS3_KW10`]). Maximum power at MPS level 3 (vendor name mps3_kW10)
        pub async fn read_sensors_mps3_kw10(&mut self) -> mm::ModbusResult<f64> {
            self.inner.read_value(&SENSORS_MPS3_KW10).await
        }
        /// Reads `sensors.pu_err` ([`SENSORS_PU_ERR`]). Device error code history entry
        pub async fn read_sensors_pu_err(&mut self) -> mm::ModbusResult<u8> {
            self.inner.read_value(&SENSORS_PU_ERR).await
        }
        /// Reads `sensors.pu_err_1` ([`SENSORS_PU_ERR_1`]). Device error code history entry (vendor name pu_err[1])
        pub async fn read_sensors_pu_err_1(&mut self) -> mm::ModbusResult<u8> {
            self.inner.read_value(&SENSORS_PU_ERR_1).await
        }
        /// Reads `sensors.pu_err_2` ([`SENSORS_PU_ERR_2`]). Device error code history entry (vendor name pu_err[2])
        pub async fn read_sensors_pu_err_2(&mut self) -> mm::ModbusResult<u8> {
            self.inner.read_value(&SENSORS_PU_ERR_2).await
        }
        /// Reads `sensors.pu_err_3` ([`SENSORS_PU_ERR_3`]). Device error code history entry (vendor name pu_err[3])
        pub async fn read_sensors_pu_err_3(&mut self) -> mm::ModbusResult<u8> {
            self.inner.read_value(&SENSORS_PU_ERR_3).await
        }
        /// Reads `sensors.pu_err_4` ([`SENSORS_PU_ERR_4`]). Device error code history entry (vendor name pu_err[4])
        pub async fn read_sensors_pu_err_4(&mut self) -> mm::ModbusResult<u8> {
            self.inner.read_value(&SENSORS_PU_ERR_4).await
        }
        /// Reads `sensors.pu_err_5` ([`SENSORS_PU_ERR_5`]). Device error code history entry (vendor name pu_err[5])
        pub async fn read_sensors_pu_err_5(&mut self) -> mm::ModbusResult<u8> {
            self.inner.read_value(&SENSORS_PU_ERR_5).await
        }
        /// Reads `sensors.pu_err_6` ([`SENSORS_PU_ERR_6`]). Device error code history entry (vendor name pu_err[6])
        pub async fn read_sensors_pu_err_6(&mut self) -> mm::ModbusResult<u8> {
            self.inner.read_value(&SENSORS_PU_ERR_6).await
        }
        /// Reads `sensors.pu_err_7` ([`SENSORS_PU_ERR_7`]). Device error code history entry (vendor name pu_err[7])
        pub async fn read_sensors_pu_err_7(&mut self) -> mm::ModbusResult<u8> {
            self.inner.read_value(&SENSORS_PU_ERR_7).await
        }
        /// Reads `sensors.pu_err_8` ([`SENSORS_PU_ERR_8`]). Device error code history entry (vendor name pu_err[8])
        pub async fn read_sensors_pu_err_8(&mut self) -> mm::ModbusResult<u8> {
            self.inner.read_value(&SENSORS_PU_ERR_8).await
        }
        /// Reads `sensors.pu_err_9` ([`SENSORS_PU_ERR_9`]). Device error code history entry (vendor name pu_err[9])
        pub async fn read_sensors_pu_err_9(&mut self) -> mm::ModbusResult<u8> {
            self.inner.read_value(&SENSORS_PU_ERR_9).await
        }
        /// Reads `sensors.pu_err_s` ([`SENSORS_PU_ERR_S`]). Device error code history entry timestamp [s]
        pub async fn read_sensors_pu_err_s(&mut self) -> mm::ModbusResult<u32> {
            self.inner.read_value(&SENSORS_PU_ERR_S).await
        }
        /// Reads `sensors.pu_err_s_1` ([`SENSORS_PU_ERR_S_1`]). Device error code history entry timestamp [s] (vendor name pu_err_s[1])
        pub async fn read_sensors_pu_err_s_1(&mut self) -> mm::ModbusResult<u32> {
            self.inner.read_value(&SENSORS_PU_ERR_S_1).await
        }
        /// Reads `sensors.pu_err_s_2` ([`SENSORS_PU_ERR_S_2`]). Device error code history entry timestamp [s] (vendor name pu_err_s[2])
        pub async fn read_sensors_pu_err_s_2(&mut self) -> mm::ModbusResult<u32> {
            self.inner.read_value(&SENSORS_PU_ERR_S_2).await
        }
        /// Reads `sensors.pu_err_s_3` ([`SENSORS_PU_ERR_S_3`]). Device error code history entry timestamp [s] (vendor name pu_err_s[3])
        pub async fn read_sensors_pu_err_s_3(&mut self) -> mm::ModbusResult<u32> {
            self.inner.read_value(&SENSORS_PU_ERR_S_3).await
        }
        /// Reads `sensors.pu_err_s_4` ([`SENSORS_PU_ERR_S_4`]). Device error code history entry timestamp [s] (vendor name pu_err_s[4])
        pub async fn read_sensors_pu_err_s_4(&mut self) -> mm::ModbusResult<u32> {
            self.inner.read_value(&SENSORS_PU_ERR_S_4).await
        }
        /// Reads `sensors.pu_err_s_5` ([`SENSORS_PU_ERR_S_5`]). Device error code history entry timestamp [s] (vendor name pu_err_s[5])
        pub async fn read_sensors_pu_err_s_5(&mut self) -> mm::ModbusResult<u32> {
            self.inner.read_value(&SENSORS_PU_ERR_S_5).await
        }
        /// Reads `sensors.pu_err_s_6` ([`SENSORS_PU_ERR_S_6`]). Device error code history entry timestamp [s] (vendor name pu_err_s[6])
        pub async fn read_sensors_pu_err_s_6(&mut self) -> mm::ModbusResult<u32> {
            self.inner.read_value(&SENSORS_PU_ERR_S_6).await
        }
        /// Reads `sensors.pu_err_s_7` ([`SENSORS_PU_ERR_S_7`]). Device error code history entry timestamp [s] (vendor name pu_err_s[7])
        pub async fn read_sensors_pu_err_s_7(&mut self) -> mm::ModbusResult<u32> {
            self.inner.read_value(&SENSORS_PU_ERR_S_7).await
        }
        /// Reads `sensors.pu_err_s_8` ([`SENSORS_PU_ERR_S_8`]). Device error code history entry timestamp [s] (vendor name pu_err_s[8])
        pub async fn read_sensors_pu_err_s_8(&mut self) -> mm::ModbusResult<u32> {
            self.inner.read_value(&SENSORS_PU_ERR_S_8).await
        }
        /// Reads `sensors.pu_err_s_9` ([`SENSORS_PU_ERR_S_9`]). Device error code history entry timestamp [s] (vendor name pu_err_s[9])
        pub async fn read_sensors_pu_err_s_9(&mut self) -> mm::ModbusResult<u32> {
            self.inner.read_value(&SENSORS_PU_ERR_S_9).await
        }
        /// Reads `sensors.app_v_ma_mi_re` ([`SENSORS_APP_V_MA_MI_RE`]). Numeric representation of active software version.
        pub async fn read_sensors_app_v_ma_mi_re(&mut self) -> mm::ModbusResult<u64> {
            self.inner.read_value(&SENSORS_APP_V_MA_MI_RE).await
        }
        /// Reads `sensors.app2_v_ma_mi_re` ([`SENSORS_APP2_V_MA_MI_RE`]). Numeric representation of inactive software version.
        pub async fn read_sensors_app2_v_ma_mi_re(&mut self) -> mm::ModbusResult<u64> {
            self.inner.read_value(&SENSORS_APP2_V_MA_MI_RE).await
        }
        /// Reads `sensors.serial_number_u64` ([`SENSORS_SERIAL_NUMBER_U64`]). Device serial number as unsigned decimal integer.
        pub async fn read_sensors_serial_number_u64(&mut self) -> mm::ModbusResult<u64> {
            self.inner.read_value(&SENSORS_SERIAL_NUMBER_U64).await
        }
        /// Reads `sensors.article_number_u64` ([`SENSORS_ARTICLE_NUMBER_U64`]). Device article number as unsigned decimal integer.
        pub async fn read_sensors_article_number_u64(
            &mut self,
        ) -> mm::ModbusResult<u64> {
            self.inner.read_value(&SENSORS_ARTICLE_NUMBER_U64).await
        }
        /// Reads `sensors.magic` ([`SENSORS_MAGIC`]). Modbus CLAGE magic value (const) (vendor name end)
        pub async fn read_sensors_magic(&mut self) -> mm::ModbusResult<u16> {
            self.inner.read_value(&SENSORS_MAGIC).await
        }
        /// Reads `sensors.map_version_major` ([`SENSORS_MAP_VERSION_MAJOR`]). Modbus register mapping major version (const) (vendor name end)
        pub async fn read_sensors_map_version_major(&mut self) -> mm::ModbusResult<u16> {
            self.inner.read_value(&SENSORS_MAP_VERSION_MAJOR).await
        }
        /// Reads `sensors.map_version_minor` ([`SENSORS_MAP_VERSION_MINOR`]). Modbus register mapping minor version (const) (vendor name end)
        pub async fn read_sensors_map_version_minor(&mut self) -> mm::ModbusResult<u16> {
            self.inner.read_value(&SENSORS_MAP_VERSION_MINOR).await
        }
        /// Reads `sensors.epoch_s` ([`SENSORS_EPOCH_S`]). Time of day as UNIX epoch 64 bit [s] [unit fraction epoch]
        pub async fn read_sensors_epoch_s(&mut self) -> mm::ModbusResult<u64> {
            self.inner.read_value(&SENSORS_EPOCH_S).await
        }
        /// Reads `sensors.net_aws_state` ([`SENSORS_NET_AWS_STATE`]). AWS cloud connection state (signed negative is error)
        pub async fn read_sensors_net_aws_state(&mut self) -> mm::ModbusResult<i16> {
            self.inner.read_value(&SENSORS_NET_AWS_STATE).await
        }
        /// Reads `settings.temp_setpoint_c10` ([`SETTINGS_TEMP_SETPOINT_C10`]). Outlet temperature setpoint [1/10 deg centigrade] (vendor name temp_setpoint_C10) [unit fraction C10main]
        pub async fn read_settings_temp_setpoint_c10(
            &mut self,
        ) -> mm::ModbusResult<f64> {
            self.inner.read_value(&SETTINGS_TEMP_SETPOINT_C10).await
        }
        /// Writes `settings.temp_setpoint_c10` ([`SETTINGS_TEMP_SETPOINT_C10`]) after checking access, range, firmware and safety locally. Outlet temperature setpoint [1/10 deg centigrade] (vendor name temp_setpoint_C10) [unit fraction C10main]
        pub async fn write_settings_temp_setpoint_c10(
            &mut self,
            value: f64,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&SETTINGS_TEMP_SETPOINT_C10, &value).await
        }
        /// Reads `settings.flow_max_lmin10` ([`SETTINGS_FLOW_MAX_LMIN10`]). Maximum volume per time at outlet [1/10 l/min] [unit fraction lmin10max]
        pub async fn read_settings_flow_max_lmin10(&mut self) -> mm::ModbusResult<f64> {
            self.inner.read_value(&SETTINGS_FLOW_MAX_LMIN10).await
        }
        /// Writes `settings.flow_max_lmin10` ([`SETTINGS_FLOW_MAX_LMIN10`]) after checking access, range, firmware and safety locally. Maximum volume per time at outlet [1/10 l/min] [unit fraction lmin10max]
        pub async fn write_settings_flow_max_lmin10(
            &mut self,
            value: f64,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&SETTINGS_FLOW_MAX_LMIN10, &value).await
        }
        /// Reads `settings.temp_setpoint_max_scalding_protection_c10` ([`SETTINGS_TEMP_SETPOINT_MAX_SCALDING_PROTECTION_C10`]). Maximum temperature setpoint [1/10 deg centigrade] (vendor name temp_setpoint_max_scalding_protection_C10) [unit fraction C10max] Scalding protection limit: counted among the "others" of the safety notice.
        pub async fn read_settings_temp_setpoint_max_scalding_protection_c10(
            &mut self,
        ) -> mm::ModbusResult<f64> {
            self.inner
                .read_value(&SETTINGS_TEMP_SETPOINT_MAX_SCALDING_PROTECTION_C10)
                .await
        }
        /// Writes `settings.temp_setpoint_max_scalding_protection_c10` ([`SETTINGS_TEMP_SETPOINT_MAX_SCALDING_PROTECTION_C10`]) after checking access, range, firmware and safety locally. Maximum temperature setpoint [1/10 deg centigrade] (vendor name temp_setpoint_max_scalding_protection_C10) [unit fraction C10max] Scalding protection limit: counted among the "others" of the safety notice. Safety-relevant: needs `allow_safety_writes(true)`.
        pub async fn write_settings_temp_setpoint_max_scalding_protection_c10(
            &mut self,
            value: f64,
        ) -> mm::ModbusResult<()> {
            self.inner
                .write_value(&SETTINGS_TEMP_SETPOINT_MAX_SCALDING_PROTECTION_C10, &value)
                .await
        }
        /// Reads `settings.temp_setpoint_delta_steps` ([`SETTINGS_TEMP_SETPOINT_DELTA_STEPS`]). Outlet temperature setpoint change in steps.
        pub async fn read_settings_temp_setpoint_delta_steps(
            &mut self,
        ) -> mm::ModbusResult<i16> {
            self.inner.read_value(&SETTINGS_TEMP_SETPOINT_DELTA_STEPS).await
        }
        /// Writes `settings.temp_setpoint_delta_steps` ([`SETTINGS_TEMP_SETPOINT_DELTA_STEPS`]) after checking access, range, firmware and safety locally. Outlet temperature setpoint change in steps.
        pub async fn write_settings_temp_setpoint_delta_steps(
            &mut self,
            value: i16,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&SETTINGS_TEMP_SETPOINT_DELTA_STEPS, &value).await
        }
        /// Reads `settings.flow_max_delta_steps` ([`SETTINGS_FLOW_MAX_DELTA_STEPS`]). Maximum volume per time at outlet change in steps.
        pub async fn read_settings_flow_max_delta_steps(
            &mut self,
        ) -> mm::ModbusResult<i16> {
            self.inner.read_value(&SETTINGS_FLOW_MAX_DELTA_STEPS).await
        }
        /// Writes `settings.flow_max_delta_steps` ([`SETTINGS_FLOW_MAX_DELTA_STEPS`]) after checking access, range, firmware and safety locally. Maximum volume per time at outlet change in steps.
        pub async fn write_settings_flow_max_delta_steps(
            &mut self,
            value: i16,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&SETTINGS_FLOW_MAX_DELTA_STEPS, &value).await
        }
        /// Reads `settings.volume_start_l` ([`SETTINGS_VOLUME_START_L`]). Amount of water to be filled with automatic in liter
        pub async fn read_settings_volume_start_l(&mut self) -> mm::ModbusResult<u16> {
            self.inner.read_value(&SETTINGS_VOLUME_START_L).await
        }
        /// Writes `settings.volume_start_l` ([`SETTINGS_VOLUME_START_L`]) after checking access, range, firmware and safety locally. Amount of water to be filled with automatic in liter
        pub async fn write_settings_volume_start_l(
            &mut self,
            value: u16,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&SETTINGS_VOLUME_START_L, &value).await
        }
        /// Reads `settings.timer_start_s` ([`SETTINGS_TIMER_START_S`]). Amount of time to keep water running by timer in seconds
        pub async fn read_settings_timer_start_s(&mut self) -> mm::ModbusResult<u16> {
            self.inner.read_value(&SETTINGS_TIMER_START_S).await
        }
        /// Writes `settings.timer_start_s` ([`SETTINGS_TIMER_START_S`]) after checking access, range, firmware and safety locally. Amount of time to keep water running by timer in seconds
        pub async fn write_settings_timer_start_s(
            &mut self,
            value: u16,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&SETTINGS_TIMER_START_S, &value).await
        }
        /// Reads `settings.timer_timeout_min` ([`SETTINGS_TIMER_TIMEOUT_MIN`]). Turn off automatic if no water flow for minutes
        pub async fn read_settings_timer_timeout_min(
            &mut self,
        ) -> mm::ModbusResult<u16> {
            self.inner.read_value(&SETTINGS_TIMER_TIMEOUT_MIN).await
        }
        /// Writes `settings.timer_timeout_min` ([`SETTINGS_TIMER_TIMEOUT_MIN`]) after checking access, range, firmware and safety locally. Turn off automatic if no water flow for minutes
        pub async fn write_settings_timer_timeout_min(
            &mut self,
            value: u16,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&SETTINGS_TIMER_TIMEOUT_MIN, &value).await
        }
        /// Reads `settings.timer_sound` ([`SETTINGS_TIMER_SOUND`]). Select sound to be played if automatic finishes (0 = off) [unit fraction sound]
        pub async fn read_settings_timer_sound(&mut self) -> mm::ModbusResult<u8> {
            self.inner.read_value(&SETTINGS_TIMER_SOUND).await
        }
        /// Writes `settings.timer_sound` ([`SETTINGS_TIMER_SOUND`]) after checking access, range, firmware and safety locally. Select sound to be played if automatic finishes (0 = off) [unit fraction sound]
        pub async fn write_settings_timer_sound(
            &mut self,
            value: u8,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&SETTINGS_TIMER_SOUND, &value).await
        }
        /// Reads `settings.leakage_active` ([`SETTINGS_LEAKAGE_ACTIVE`]). Threshold of ADC to assume leakage as active.
        pub async fn read_settings_leakage_active(&mut self) -> mm::ModbusResult<u16> {
            self.inner.read_value(&SETTINGS_LEAKAGE_ACTIVE).await
        }
        /// Writes `settings.leakage_active` ([`SETTINGS_LEAKAGE_ACTIVE`]) after checking access, range, firmware and safety locally. Threshold of ADC to assume leakage as active.
        pub async fn write_settings_leakage_active(
            &mut self,
            value: u16,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&SETTINGS_LEAKAGE_ACTIVE, &value).await
        }
        /// Reads `settings.leakage_inactive` ([`SETTINGS_LEAKAGE_INACTIVE`]). Threshold of ADC to assume leakage as inactive.
        pub async fn read_settings_leakage_inactive(&mut self) -> mm::ModbusResult<u16> {
            self.inner.read_value(&SETTINGS_LEAKAGE_INACTIVE).await
        }
        /// Writes `settings.leakage_inactive` ([`SETTINGS_LEAKAGE_INACTIVE`]) after checking access, range, firmware and safety locally. Threshold of ADC to assume leakage as inactive.
        pub async fn write_settings_leakage_inactive(
            &mut self,
            value: u16,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&SETTINGS_LEAKAGE_INACTIVE, &value).await
        }
        /// Reads `settings.mps_id` ([`SETTINGS_MPS_ID`]). MPS level to be initially selected (0 to mps_id_end-1) [unit fraction u8mpsid] Safety notice: the initial setting of the maximum power (MPS) is safety-relevant.
        pub async fn read_settings_mps_id(&mut self) -> mm::ModbusResult<u8> {
            self.inner.read_value(&SETTINGS_MPS_ID).await
        }
        /// Writes `settings.mps_id` ([`SETTINGS_MPS_ID`]) after checking access, range, firmware and safety locally. MPS level to be initially selected (0 to mps_id_end-1) [unit fraction u8mpsid] Safety notice: the initial setting of the maximum power (MPS) is safety-relevant. Safety-relevant: needs `allow_safety_writes(true)`.
        pub async fn write_settings_mps_id(
            &mut self,
            value: u8,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&SETTINGS_MPS_ID, &value).await
        }
        /// Reads `settings.modbus_baudrate` ([`SETTINGS_MODBUS_BAUDRATE`]). UART symbols per second for EIA-485 usage.
        pub async fn read_settings_modbus_baudrate(&mut self) -> mm::ModbusResult<u32> {
            self.inner.read_value(&SETTINGS_MODBUS_BAUDRATE).await
        }
        /// Writes `settings.modbus_baudrate` ([`SETTINGS_MODBUS_BAUDRATE`]) after checking access, range, firmware and safety locally. UART symbols per second for EIA-485 usage.
        pub async fn write_settings_modbus_baudrate(
            &mut self,
            value: u32,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&SETTINGS_MODBUS_BAUDRATE, &value).await
        }
        /// Reads `settings.modbus_parity` ([`SETTINGS_MODBUS_PARITY`]). UART parity (0:none; 1:odd; 2:even) for EIA-485. [unit fraction parity]
        pub async fn read_settings_modbus_parity(
            &mut self,
        ) -> mm::ModbusResult<SettingsModbusParity> {
            self.inner.read_value(&SETTINGS_MODBUS_PARITY).await
        }
        /// Writes `settings.modbus_parity` ([`SETTINGS_MODBUS_PARITY`]) after checking access, range, firmware and safety locally. UART parity (0:none; 1:odd; 2:even) for EIA-485. [unit fraction parity]
        pub async fn write_settings_modbus_parity(
            &mut self,
            value: SettingsModbusParity,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&SETTINGS_MODBUS_PARITY, &value).await
        }
        /// Reads `settings.modbus_server_addr` ([`SETTINGS_MODBUS_SERVER_ADDR`]). First server address
        pub async fn read_settings_modbus_server_addr(
            &mut self,
        ) -> mm::ModbusResult<u8> {
            self.inner.read_value(&SETTINGS_MODBUS_SERVER_ADDR).await
        }
        /// Writes `settings.modbus_server_addr` ([`SETTINGS_MODBUS_SERVER_ADDR`]) after checking access, range, firmware and safety locally. First server address
        pub async fn write_settings_modbus_server_addr(
            &mut self,
            value: u8,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&SETTINGS_MODBUS_SERVER_ADDR, &value).await
        }
        /// Reads `settings.modbus_server_addr_1` ([`SETTINGS_MODBUS_SERVER_ADDR_1`]). Second server address (vendor name modbus_server_addr[1])
        pub async fn read_settings_modbus_server_addr_1(
            &mut self,
        ) -> mm::ModbusResult<u8> {
            self.inner.read_value(&SETTINGS_MODBUS_SERVER_ADDR_1).await
        }
        /// Writes `settings.modbus_server_addr_1` ([`SETTINGS_MODBUS_SERVER_ADDR_1`]) after checking access, range, firmware and safety locally. Second server address (vendor name modbus_server_addr[1])
        pub async fn write_settings_modbus_server_addr_1(
            &mut self,
            value: u8,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&SETTINGS_MODBUS_SERVER_ADDR_1, &value).await
        }
        /// Reads `settings.modbus_server_addr_2` ([`SETTINGS_MODBUS_SERVER_ADDR_2`]). Third server address (vendor name modbus_server_addr[2])
        pub async fn read_settings_modbus_server_addr_2(
            &mut self,
        ) -> mm::ModbusResult<u8> {
            self.inner.read_value(&SETTINGS_MODBUS_SERVER_ADDR_2).await
        }
        /// Writes `settings.modbus_server_addr_2` ([`SETTINGS_MODBUS_SERVER_ADDR_2`]) after checking access, range, firmware and safety locally. Third server address (vendor name modbus_server_addr[2])
        pub async fn write_settings_modbus_server_addr_2(
            &mut self,
            value: u8,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&SETTINGS_MODBUS_SERVER_ADDR_2, &value).await
        }
        /// Reads `settings.modbus_server_addr_3` ([`SETTINGS_MODBUS_SERVER_ADDR_3`]). Fourth server address (vendor name modbus_server_addr[3])
        pub async fn read_settings_modbus_server_addr_3(
            &mut self,
        ) -> mm::ModbusResult<u8> {
            self.inner.read_value(&SETTINGS_MODBUS_SERVER_ADDR_3).await
        }
        /// Writes `settings.modbus_server_addr_3` ([`SETTINGS_MODBUS_SERVER_ADDR_3`]) after checking access, range, firmware and safety locally. Fourth server address (vendor name modbus_server_addr[3])
        pub async fn write_settings_modbus_server_addr_3(
            &mut self,
            value: u8,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&SETTINGS_MODBUS_SERVER_ADDR_3, &value).await
        }
        /// Reads `settings.modbus_server_addr_4` ([`SETTINGS_MODBUS_SERVER_ADDR_4`]). Fifth server address (vendor name modbus_server_addr[4])
        pub async fn read_settings_modbus_server_addr_4(
            &mut self,
        ) -> mm::ModbusResult<u8> {
            self.inner.read_value(&SETTINGS_MODBUS_SERVER_ADDR_4).await
        }
        /// Writes `settings.modbus_server_addr_4` ([`SETTINGS_MODBUS_SERVER_ADDR_4`]) after checking access, range, firmware and safety locally. Fifth server address (vendor name modbus_server_addr[4])
        pub async fn write_settings_modbus_server_addr_4(
            &mut self,
            value: u8,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&SETTINGS_MODBUS_SERVER_ADDR_4, &value).await
        }
        /// Reads `settings.modbus_broadcast_addr` ([`SETTINGS_MODBUS_BROADCAST_ADDR`]). DLE broadcast address
        pub async fn read_settings_modbus_broadcast_addr(
            &mut self,
        ) -> mm::ModbusResult<u8> {
            self.inner.read_value(&SETTINGS_MODBUS_BROADCAST_ADDR).await
        }
        /// Writes `settings.modbus_broadcast_addr` ([`SETTINGS_MODBUS_BROADCAST_ADDR`]) after checking access, range, firmware and safety locally. DLE broadcast address
        pub async fn write_settings_modbus_broadcast_addr(
            &mut self,
            value: u8,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&SETTINGS_MODBUS_BROADCAST_ADDR, &value).await
        }
        /// Reads `settings.modbus_epoch_s` ([`SETTINGS_MODBUS_EPOCH_S`]). UNIX epoch time as provided by modbus [unit fraction epoch]
        pub async fn read_settings_modbus_epoch_s(&mut self) -> mm::ModbusResult<u64> {
            self.inner.read_value(&SETTINGS_MODBUS_EPOCH_S).await
        }
        /// Writes `settings.modbus_epoch_s` ([`SETTINGS_MODBUS_EPOCH_S`]) after checking access, range, firmware and safety locally. UNIX epoch time as provided by modbus [unit fraction epoch]
        pub async fn write_settings_modbus_epoch_s(
            &mut self,
            value: u64,
        ) -> mm::ModbusResult<()> {
            self.inner.write_value(&SETTINGS_MODBUS_EPOCH_S, &value).await
        }
        /// Reads every readable register of `sensors` (base 0) in as few requests as the planner allows.
        pub async fn read_sensors(&mut self) -> mm::ModbusResult<Sensors> {
            let wanted = self
                .available(
                    &[
                        &SENSORS_TEMP_IN_C10,
                        &SENSORS_TEMP_OUT_C10,
                        &SENSORS_FLOW_LMIN10,
                        &SENSORS_POWER_KW10,
                        &SENSORS_POWER_PC,
                        &SENSORS_POWER_MAX_KW10,
                        &SENSORS_TOTAL_ENERGY_WH,
                        &SENSORS_TOTAL_VOLUME_L,
                        &SENSORS_TOTAL_TAP_COUNT,
                        &SENSORS_DEVICE_TOTAL_UPTIME_S,
                        &SENSORS_DEVICE_TOTAL_HEATING_S,
                        &SENSORS_DEVICE_UPTIME_S,
                        &SENSORS_RESISTIVITY_STATE,
                        &SENSORS_RESISTIVITY_8OHMCM,
                        &SENSORS_FILL_REMAIN_L,
                        &SENSORS_FILL_REMAIN_S,
                        &SENSORS_THERM_TREAT_COUNT,
                        &SENSORS_THERM_TREAT_AMOUNT_L,
                        &SENSORS_THERM_TREAT_DURATION_S,
                        &SENSORS_PU_ERROR,
                        &SENSORS_CTRL_VAL,
                        &SENSORS_LEAKAGE_RAW,
                        &SENSORS_MPS_ID,
                        &SENSORS_MPS_ID_END,
                        &SENSORS_MPS0_KW10,
                        &SENSORS_MPS1_KW10,
                        &SENSORS_MPS2_KW10,
                        &SENSORS_MPS3_KW10,
                        &SENSORS_PU_ERR,
                        &SENSORS_PU_ERR_1,
                        &SENSORS_PU_ERR_2,
                        &SENSORS_PU_ERR_3,
                        &SENSORS_PU_ERR_4,
                        &SENSORS_PU_ERR_5,
                        &SENSORS_PU_ERR_6,
                        &SENSORS_PU_ERR_7,
                        &SENSORS_PU_ERR_8,
                        &SENSORS_PU_ERR_9,
                        &SENSORS_PU_ERR_S,
                        &SENSORS_PU_ERR_S_1,
                        &SENSORS_PU_ERR_S_2,
                        &SENSORS_PU_ERR_S_3,
                        &SENSORS_PU_ERR_S_4,
                        &SENSORS_PU_ERR_S_5,
                        &SENSORS_PU_ERR_S_6,
                        &SENSORS_PU_ERR_S_7,
                        &SENSORS_PU_ERR_S_8,
                        &SENSORS_PU_ERR_S_9,
                        &SENSORS_APP_V_MA_MI_RE,
                        &SENSORS_APP2_V_MA_MI_RE,
                        &SENSORS_SERIAL_NUMBER_U64,
                        &SENSORS_ARTICLE_NUMBER_U64,
                        &SENSORS_MAGIC,
                        &SENSORS_MAP_VERSION_MAJOR,
                        &SENSORS_MAP_VERSION_MINOR,
                        &SENSORS_EPOCH_S,
                        &SENSORS_NET_AWS_STATE,
                    ],
                );
            let snap = match self.inner.read_many(&wanted, REGISTERS, LIMITS).await? {
                ::core::result::Result::Ok(snap) => snap,
                ::core::result::Result::Err(code) => {
                    return ::core::result::Result::Ok(::core::result::Result::Err(code));
                }
            };
            ::core::result::Result::Ok(
                ::core::result::Result::Ok(Sensors {
                    temp_in_c10: self.decode(&snap, &SENSORS_TEMP_IN_C10)?,
                    temp_out_c10: self.decode(&snap, &SENSORS_TEMP_OUT_C10)?,
                    flow_lmin10: self.decode(&snap, &SENSORS_FLOW_LMIN10)?,
                    power_kw10: self.decode(&snap, &SENSORS_POWER_KW10)?,
                    power_pc: self.decode(&snap, &SENSORS_POWER_PC)?,
                    power_max_kw10: self.decode(&snap, &SENSORS_POWER_MAX_KW10)?,
                    total_energy_wh: self.decode(&snap, &SENSORS_TOTAL_ENERGY_WH)?,
                    total_volume_l: self.decode(&snap, &SENSORS_TOTAL_VOLUME_L)?,
                    total_tap_count: self.decode(&snap, &SENSORS_TOTAL_TAP_COUNT)?,
                    device_total_uptime_s: self
                        .decode(&snap, &SENSORS_DEVICE_TOTAL_UPTIME_S)?,
                    device_total_heating_s: self
                        .decode(&snap, &SENSORS_DEVICE_TOTAL_HEATING_S)?,
                    device_uptime_s: self.decode(&snap, &SENSORS_DEVICE_UPTIME_S)?,
                    resistivity_state: self.decode(&snap, &SENSORS_RESISTIVITY_STATE)?,
                    resistivity_8ohmcm: self.decode(&snap, &SENSORS_RESISTIVITY_8OHMCM)?,
                    fill_remain_l: self.decode(&snap, &SENSORS_FILL_REMAIN_L)?,
                    fill_remain_s: self.decode(&snap, &SENSORS_FILL_REMAIN_S)?,
                    therm_treat_count: self.decode(&snap, &SENSORS_THERM_TREAT_COUNT)?,
                    therm_treat_amount_l: self
                        .decode(&snap, &SENSORS_THERM_TREAT_AMOUNT_L)?,
                    therm_treat_duration_s: self
                        .decode(&snap, &SENSORS_THERM_TREAT_DURATION_S)?,
                    pu_error: self.decode(&snap, &SENSORS_PU_ERROR)?,
                    ctrl_val: self.decode(&snap, &SENSORS_CTRL_VAL)?,
                    leakage_raw: self.decode(&snap, &SENSORS_LEAKAGE_RAW)?,
                    mps_id: self.decode(&snap, &SENSORS_MPS_ID)?,
                    mps_id_end: self.decode(&snap, &SENSORS_MPS_ID_END)?,
                    mps0_kw10: self.decode(&snap, &SENSORS_MPS0_KW10)?,
                    mps1_kw10: self.decode(&snap, &SENSORS_MPS1_KW10)?,
                    mps2_kw10: self.decode(&snap, &SENSORS_MPS2_KW10)?,
                    mps3_kw10: self.decode(&snap, &SENSORS_MPS3_KW10)?,
                    pu_err: self.decode(&snap, &SENSORS_PU_ERR)?,
                    pu_err_1: self.decode(&snap, &SENSORS_PU_ERR_1)?,
                    pu_err_2: self.decode(&snap, &SENSORS_PU_ERR_2)?,
                    pu_err_3: self.decode(&snap, &SENSORS_PU_ERR_3)?,
                    pu_err_4: self.decode(&snap, &SENSORS_PU_ERR_4)?,
                    pu_err_5: self.decode(&snap, &SENSORS_PU_ERR_5)?,
                    pu_err_6: self.decode(&snap, &SENSORS_PU_ERR_6)?,
                    pu_err_7: self.decode(&snap, &SENSORS_PU_ERR_7)?,
                    pu_err_8: self.decode(&snap, &SENSORS_PU_ERR_8)?,
                    pu_err_9: self.decode(&snap, &SENSORS_PU_ERR_9)?,
                    pu_err_s: self.decode(&snap, &SENSORS_PU_ERR_S)?,
                    pu_err_s_1: self.decode(&snap, &SENSORS_PU_ERR_S_1)?,
                    pu_err_s_2: self.decode(&snap, &SENSORS_PU_ERR_S_2)?,
                    pu_err_s_3: self.decode(&snap, &SENSORS_PU_ERR_S_3)?,
                    pu_err_s_4: self.decode(&snap, &SENSORS_PU_ERR_S_4)?,
                    pu_err_s_5: self.decode(&snap, &SENSORS_PU_ERR_S_5)?,
                    pu_err_s_6: self.decode(&snap, &SENSORS_PU_ERR_S_6)?,
                    pu_err_s_7: self.decode(&snap, &SENSORS_PU_ERR_S_7)?,
                    pu_err_s_8: self.decode(&snap, &SENSORS_PU_ERR_S_8)?,
                    pu_err_s_9: self.decode(&snap, &SENSORS_PU_ERR_S_9)?,
                    app_v_ma_mi_re: self.decode(&snap, &SENSORS_APP_V_MA_MI_RE)?,
                    app2_v_ma_mi_re: self.decode(&snap, &SENSORS_APP2_V_MA_MI_RE)?,
                    serial_number_u64: self.decode(&snap, &SENSORS_SERIAL_NUMBER_U64)?,
                    article_number_u64: self.decode(&snap, &SENSORS_ARTICLE_NUMBER_U64)?,
                    magic: self.decode(&snap, &SENSORS_MAGIC)?,
                    map_version_major: self.decode(&snap, &SENSORS_MAP_VERSION_MAJOR)?,
                    map_version_minor: self.decode(&snap, &SENSORS_MAP_VERSION_MINOR)?,
                    epoch_s: self.decode(&snap, &SENSORS_EPOCH_S)?,
                    net_aws_state: self.decode(&snap, &SENSORS_NET_AWS_STATE)?,
                }),
            )
        }
        /// Reads every readable register of `settings` (base 0) in as few requests as the planner allows.
        pub async fn read_settings(&mut self) -> mm::ModbusResult<Settings> {
            let wanted = self
                .available(
                    &[
                        &SETTINGS_TEMP_SETPOINT_C10,
                        &SETTINGS_FLOW_MAX_LMIN10,
                        &SETTINGS_TEMP_SETPOINT_MAX_SCALDING_PROTECTION_C10,
                        &SETTINGS_TEMP_SETPOINT_DELTA_STEPS,
                        &SETTINGS_FLOW_MAX_DELTA_STEPS,
                        &SETTINGS_VOLUME_START_L,
                        &SETTINGS_TIMER_START_S,
                        &SETTINGS_TIMER_TIMEOUT_MIN,
                        &SETTINGS_TIMER_SOUND,
                        &SETTINGS_LEAKAGE_ACTIVE,
                        &SETTINGS_LEAKAGE_INACTIVE,
                        &SETTINGS_MPS_ID,
                        &SETTINGS_MODBUS_BAUDRATE,
                        &SETTINGS_MODBUS_PARITY,
                        &SETTINGS_MODBUS_SERVER_ADDR,
                        &SETTINGS_MODBUS_SERVER_ADDR_1,
                        &SETTINGS_MODBUS_SERVER_ADDR_2,
                        &SETTINGS_MODBUS_SERVER_ADDR_3,
                        &SETTINGS_MODBUS_SERVER_ADDR_4,
                        &SETTINGS_MODBUS_BROADCAST_ADDR,
                        &SETTINGS_MODBUS_EPOCH_S,
                    ],
                );
            let snap = match self.inner.read_many(&wanted, REGISTERS, LIMITS).await? {
                ::core::result::Result::Ok(snap) => snap,
                ::core::result::Result::Err(code) => {
                    return ::core::result::Result::Ok(::core::result::Result::Err(code));
                }
            };
            ::core::result::Result::Ok(
                ::core::result::Result::Ok(Settings {
                    temp_setpoint_c10: self.decode(&snap, &SETTINGS_TEMP_SETPOINT_C10)?,
                    flow_max_lmin10: self.decode(&snap, &SETTINGS_FLOW_MAX_LMIN10)?,
                    temp_setpoint_max_scalding_protection_c10: self
                        .decode(
                            &snap,
                            &SETTINGS_TEMP_SETPOINT_MAX_SCALDING_PROTECTION_C10,
                        )?,
                    temp_setpoint_delta_steps: self
                        .decode(&snap, &SETTINGS_TEMP_SETPOINT_DELTA_STEPS)?,
                    flow_max_delta_steps: self
                        .decode(&snap, &SETTINGS_FLOW_MAX_DELTA_STEPS)?,
                    volume_start_l: self.decode(&snap, &SETTINGS_VOLUME_START_L)?,
                    timer_start_s: self.decode(&snap, &SETTINGS_TIMER_START_S)?,
                    timer_timeout_min: self.decode(&snap, &SETTINGS_TIMER_TIMEOUT_MIN)?,
                    timer_sound: self.decode(&snap, &SETTINGS_TIMER_SOUND)?,
                    leakage_active: self.decode(&snap, &SETTINGS_LEAKAGE_ACTIVE)?,
                    leakage_inactive: self.decode(&snap, &SETTINGS_LEAKAGE_INACTIVE)?,
                    mps_id: self.decode(&snap, &SETTINGS_MPS_ID)?,
                    modbus_baudrate: self.decode(&snap, &SETTINGS_MODBUS_BAUDRATE)?,
                    modbus_parity: self.decode(&snap, &SETTINGS_MODBUS_PARITY)?,
                    modbus_server_addr: self
                        .decode(&snap, &SETTINGS_MODBUS_SERVER_ADDR)?,
                    modbus_server_addr_1: self
                        .decode(&snap, &SETTINGS_MODBUS_SERVER_ADDR_1)?,
                    modbus_server_addr_2: self
                        .decode(&snap, &SETTINGS_MODBUS_SERVER_ADDR_2)?,
                    modbus_server_addr_3: self
                        .decode(&snap, &SETTINGS_MODBUS_SERVER_ADDR_3)?,
                    modbus_server_addr_4: self
                        .decode(&snap, &SETTINGS_MODBUS_SERVER_ADDR_4)?,
                    modbus_broadcast_addr: self
                        .decode(&snap, &SETTINGS_MODBUS_BROADCAST_ADDR)?,
                    modbus_epoch_s: self.decode(&snap, &SETTINGS_MODBUS_EPOCH_S)?,
                }),
            )
        }
        /// Reads every readable register of `status` (base 0) in as few requests as the planner allows.
        pub async fn read_status(&mut self) -> mm::ModbusResult<Status> {
            let wanted = self
                .available(
                    &[
                        &STATUS_IS_POWER_LIMIT,
                        &STATUS_IS_TEMP_SETPOINT_MAX,
                        &STATUS_IS_TEMP_SETPOINT_MAX_SCALDING_PROTECTION,
                        &STATUS_IS_JUMPER_LOCK,
                        &STATUS_IS_THERM_TREAT_INHIBIT,
                        &STATUS_IS_THERM_TREAT_ACTIVE,
                        &STATUS_FILLING_ACTIVE,
                        &STATUS_IS_FILL_AMOUNT,
                        &STATUS_IS_FILL_TIME,
                        &STATUS_HAS_RM,
                        &STATUS_HAS_VC,
                        &STATUS_IS_FAST_BOOT,
                        &STATUS_LEAKAGE,
                        &STATUS_VC_IS_CLOSED,
                        &STATUS_NET_SNTP_CLIENT_UP,
                        &STATUS_WLAN_STA_BSSID_SET,
                        &STATUS_HW_TFT_TOUCH,
                        &STATUS_GUI_SCREENS_UP,
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
                    is_power_limit: self.decode(&snap, &STATUS_IS_POWER_LIMIT)?,
                    is_temp_setpoint_max: self
                        .decode(&snap, &STATUS_IS_TEMP_SETPOINT_MAX)?,
                    is_temp_setpoint_max_scalding_protection: self
                        .decode(
                            &snap,
                            &STATUS_IS_TEMP_SETPOINT_MAX_SCALDING_PROTECTION,
                        )?,
                    is_jumper_lock: self.decode(&snap, &STATUS_IS_JUMPER_LOCK)?,
                    is_therm_treat_inhibit: self
                        .decode(&snap, &STATUS_IS_THERM_TREAT_INHIBIT)?,
                    is_therm_treat_active: self
                        .decode(&snap, &STATUS_IS_THERM_TREAT_ACTIVE)?,
                    filling_active: self.decode(&snap, &STATUS_FILLING_ACTIVE)?,
                    is_fill_amount: self.decode(&snap, &STATUS_IS_FILL_AMOUNT)?,
                    is_fill_time: self.decode(&snap, &STATUS_IS_FILL_TIME)?,
                    has_rm: self.decode(&snap, &STATUS_HAS_RM)?,
                    has_vc: self.decode(&snap, &STATUS_HAS_VC)?,
                    is_fast_boot: self.decode(&snap, &STATUS_IS_FAST_BOOT)?,
                    leakage: self.decode(&snap, &STATUS_LEAKAGE)?,
                    vc_is_closed: self.decode(&snap, &STATUS_VC_IS_CLOSED)?,
                    net_sntp_client_up: self.decode(&snap, &STATUS_NET_SNTP_CLIENT_UP)?,
                    wlan_sta_bssid_set: self.decode(&snap, &STATUS_WLAN_STA_BSSID_SET)?,
                    hw_tft_touch: self.decode(&snap, &STATUS_HW_TFT_TOUCH)?,
                    gui_screens_up: self.decode(&snap, &STATUS_GUI_SCREENS_UP)?,
                }),
            )
        }
        /// Reads every readable register of `controls` (base 0) in as few requests as the planner allows.
        pub async fn read_controls(&mut self) -> mm::ModbusResult<Controls> {
            let wanted = self
                .available(
                    &[
                        &CONTROLS_TIMER_DO_STOP_FLOW,
                        &CONTROLS_TIMER_STOP_IF_FLOW0,
                        &CONTROLS_FILLING_ACTIVE,
                        &CONTROLS_TIMER_ACTIVE,
                        &CONTROLS_THERM_TREAT_ACTIVE,
                        &CONTROLS_VALVE_OPEN,
                        &CONTROLS_SYSTEM_DO_REBOOT,
                        &CONTROLS_SYSTEM_DO_RESET,
                        &CONTROLS_SYSTEM_DO_REBOOT_NEXT,
                        &CONTROLS_UPDATE_DO_ALL,
                        &CONTROLS_UPDATE_USE_BETA,
                        &CONTROLS_UPDATE_DO_CHECK,
                        &CONTROLS_UPDATE_CHECK_DAILY,
                        &CONTROLS_UPDATE_DO_APP,
                        &CONTROLS_UPDATE_DO_WWW,
                        &CONTROLS_MODBUS_TEST_INIT,
                        &CONTROLS_MODBUS_TEST,
                        &CONTROLS_MODBUS_WORD_ORDER_BIG_ENDIAN,
                        &CONTROLS_WLAN_AP,
                        &CONTROLS_WLAN_RESTART,
                        &CONTROLS_WLAN_SETUP,
                        &CONTROLS_WLAN_SCAN,
                        &CONTROLS_WLAN_ACTIVE,
                        &CONTROLS_NET_SNTP_FROM_DHCP,
                        &CONTROLS_DAYLIGHT_SAVING,
                        &CONTROLS_NET_REST_API,
                        &CONTROLS_NET_REST_API_TLS,
                        &CONTROLS_NET_REST_API_AUTH,
                        &CONTROLS_NET_ACCESS_PARAM_R,
                        &CONTROLS_NET_ACCESS_PARAM_W,
                        &CONTROLS_NET_AWS,
                        &CONTROLS_NET_AWS_DO_RESTART,
                        &CONTROLS_NET_AWS_DO_DELETION,
                        &CONTROLS_NET_AWS_DO_RESET,
                        &CONTROLS_HOME_FLOW,
                        &CONTROLS_HOME_TIME,
                        &CONTROLS_DISPLAY_BRIGHT_FLOW,
                        &CONTROLS_SOUND,
                        &CONTROLS_START_JINGLE,
                        &CONTROLS_STAT_SHOW_COSTS,
                        &CONTROLS_DEVEL_LOG_CPU_TEMP,
                        &CONTROLS_DEVEL_UPDATE_TEST_FEED,
                        &CONTROLS_DEVEL_URL_SN_SUFFIX,
                    ],
                );
            let snap = match self.inner.read_many(&wanted, REGISTERS, LIMITS).await? {
                ::core::result::Result::Ok(snap) => snap,
                ::core::result::Result::Err(code) => {
                    return ::core::result::Result::Ok(::core::result::Result::Err(code));
                }
            };
            ::core::result::Result::Ok(
                ::core::result::Result::Ok(Controls {
                    timer_do_stop_flow: self
                        .decode(&snap, &CONTROLS_TIMER_DO_STOP_FLOW)?,
                    timer_stop_if_flow0: self
                        .decode(&snap, &CONTROLS_TIMER_STOP_IF_FLOW0)?,
                    filling_active: self.decode(&snap, &CONTROLS_FILLING_ACTIVE)?,
                    timer_active: self.decode(&snap, &CONTROLS_TIMER_ACTIVE)?,
                    therm_treat_active: self
                        .decode(&snap, &CONTROLS_THERM_TREAT_ACTIVE)?,
                    valve_open: self.decode(&snap, &CONTROLS_VALVE_OPEN)?,
                    system_do_reboot: self.decode(&snap, &CONTROLS_SYSTEM_DO_REBOOT)?,
                    system_do_reset: self.decode(&snap, &CONTROLS_SYSTEM_DO_RESET)?,
                    system_do_reboot_next: self
                        .decode(&snap, &CONTROLS_SYSTEM_DO_REBOOT_NEXT)?,
                    update_do_all: self.decode(&snap, &CONTROLS_UPDATE_DO_ALL)?,
                    update_use_beta: self.decode(&snap, &CONTROLS_UPDATE_USE_BETA)?,
                    update_do_check: self.decode(&snap, &CONTROLS_UPDATE_DO_CHECK)?,
                    update_check_daily: self
                        .decode(&snap, &CONTROLS_UPDATE_CHECK_DAILY)?,
                    update_do_app: self.decode(&snap, &CONTROLS_UPDATE_DO_APP)?,
                    update_do_www: self.decode(&snap, &CONTROLS_UPDATE_DO_WWW)?,
                    modbus_test_init: self.decode(&snap, &CONTROLS_MODBUS_TEST_INIT)?,
                    modbus_test: self.decode(&snap, &CONTROLS_MODBUS_TEST)?,
                    modbus_word_order_big_endian: self
                        .decode(&snap, &CONTROLS_MODBUS_WORD_ORDER_BIG_ENDIAN)?,
                    wlan_ap: self.decode(&snap, &CONTROLS_WLAN_AP)?,
                    wlan_restart: self.decode(&snap, &CONTROLS_WLAN_RESTART)?,
                    wlan_setup: self.decode(&snap, &CONTROLS_WLAN_SETUP)?,
                    wlan_scan: self.decode(&snap, &CONTROLS_WLAN_SCAN)?,
                    wlan_active: self.decode(&snap, &CONTROLS_WLAN_ACTIVE)?,
                    net_sntp_from_dhcp: self
                        .decode(&snap, &CONTROLS_NET_SNTP_FROM_DHCP)?,
                    daylight_saving: self.decode(&snap, &CONTROLS_DAYLIGHT_SAVING)?,
                    net_rest_api: self.decode(&snap, &CONTROLS_NET_REST_API)?,
                    net_rest_api_tls: self.decode(&snap, &CONTROLS_NET_REST_API_TLS)?,
                    net_rest_api_auth: self.decode(&snap, &CONTROLS_NET_REST_API_AUTH)?,
                    net_access_param_r: self
                        .decode(&snap, &CONTROLS_NET_ACCESS_PARAM_R)?,
                    net_access_param_w: self
                        .decode(&snap, &CONTROLS_NET_ACCESS_PARAM_W)?,
                    net_aws: self.decode(&snap, &CONTROLS_NET_AWS)?,
                    net_aws_do_restart: self
                        .decode(&snap, &CONTROLS_NET_AWS_DO_RESTART)?,
                    net_aws_do_deletion: self
                        .decode(&snap, &CONTROLS_NET_AWS_DO_DELETION)?,
                    net_aws_do_reset: self.decode(&snap, &CONTROLS_NET_AWS_DO_RESET)?,
                    home_flow: self.decode(&snap, &CONTROLS_HOME_FLOW)?,
                    home_time: self.decode(&snap, &CONTROLS_HOME_TIME)?,
                    display_bright_flow: self
                        .decode(&snap, &CONTROLS_DISPLAY_BRIGHT_FLOW)?,
                    sound: self.decode(&snap, &CONTROLS_SOUND)?,
                    start_jingle: self.decode(&snap, &CONTROLS_START_JINGLE)?,
                    stat_show_costs: self.decode(&snap, &CONTROLS_STAT_SHOW_COSTS)?,
                    devel_log_cpu_temp: self
                        .decode(&snap, &CONTROLS_DEVEL_LOG_CPU_TEMP)?,
                    devel_update_test_feed: self
                        .decode(&snap, &CONTROLS_DEVEL_UPDATE_TEST_FEED)?,
                    devel_url_sn_suffix: self
                        .decode(&snap, &CONTROLS_DEVEL_URL_SN_SUFFIX)?,
                }),
            )
        }
        /// Reads every readable register of the device (those the connected
        /// firmware has) in as few requests as the planner allows.
        pub async fn read_all(&mut self) -> mm::ModbusResult<All> {
            let wanted = self
                .available(
                    &[
                        &SENSORS_TEMP_IN_C10,
                        &SENSORS_TEMP_OUT_C10,
                        &SENSORS_FLOW_LMIN10,
                        &SENSORS_POWER_KW10,
                        &SENSORS_POWER_PC,
                        &SENSORS_POWER_MAX_KW10,
                        &SENSORS_TOTAL_ENERGY_WH,
                        &SENSORS_TOTAL_VOLUME_L,
                        &SENSORS_TOTAL_TAP_COUNT,
                        &SENSORS_DEVICE_TOTAL_UPTIME_S,
                        &SENSORS_DEVICE_TOTAL_HEATING_S,
                        &SENSORS_DEVICE_UPTIME_S,
                        &SENSORS_RESISTIVITY_STATE,
                        &SENSORS_RESISTIVITY_8OHMCM,
                        &SENSORS_FILL_REMAIN_L,
                        &SENSORS_FILL_REMAIN_S,
                        &SENSORS_THERM_TREAT_COUNT,
                        &SENSORS_THERM_TREAT_AMOUNT_L,
                        &SENSORS_THERM_TREAT_DURATION_S,
                        &SENSORS_PU_ERROR,
                        &SENSORS_CTRL_VAL,
                        &SENSORS_LEAKAGE_RAW,
                        &SENSORS_MPS_ID,
                        &SENSORS_MPS_ID_END,
                        &SENSORS_MPS0_KW10,
                        &SENSORS_MPS1_KW10,
                        &SENSORS_MPS2_KW10,
                        &SENSORS_MPS3_KW10,
                        &SENSORS_PU_ERR,
                        &SENSORS_PU_ERR_1,
                        &SENSORS_PU_ERR_2,
                        &SENSORS_PU_ERR_3,
                        &SENSORS_PU_ERR_4,
                        &SENSORS_PU_ERR_5,
                        &SENSORS_PU_ERR_6,
                        &SENSORS_PU_ERR_7,
                        &SENSORS_PU_ERR_8,
                        &SENSORS_PU_ERR_9,
                        &SENSORS_PU_ERR_S,
                        &SENSORS_PU_ERR_S_1,
                        &SENSORS_PU_ERR_S_2,
                        &SENSORS_PU_ERR_S_3,
                        &SENSORS_PU_ERR_S_4,
                        &SENSORS_PU_ERR_S_5,
                        &SENSORS_PU_ERR_S_6,
                        &SENSORS_PU_ERR_S_7,
                        &SENSORS_PU_ERR_S_8,
                        &SENSORS_PU_ERR_S_9,
                        &SENSORS_APP_V_MA_MI_RE,
                        &SENSORS_APP2_V_MA_MI_RE,
                        &SENSORS_SERIAL_NUMBER_U64,
                        &SENSORS_ARTICLE_NUMBER_U64,
                        &SENSORS_MAGIC,
                        &SENSORS_MAP_VERSION_MAJOR,
                        &SENSORS_MAP_VERSION_MINOR,
                        &SENSORS_EPOCH_S,
                        &SENSORS_NET_AWS_STATE,
                        &SETTINGS_TEMP_SETPOINT_C10,
                        &SETTINGS_FLOW_MAX_LMIN10,
                        &SETTINGS_TEMP_SETPOINT_MAX_SCALDING_PROTECTION_C10,
                        &SETTINGS_TEMP_SETPOINT_DELTA_STEPS,
                        &SETTINGS_FLOW_MAX_DELTA_STEPS,
                        &SETTINGS_VOLUME_START_L,
                        &SETTINGS_TIMER_START_S,
                        &SETTINGS_TIMER_TIMEOUT_MIN,
                        &SETTINGS_TIMER_SOUND,
                        &SETTINGS_LEAKAGE_ACTIVE,
                        &SETTINGS_LEAKAGE_INACTIVE,
                        &SETTINGS_MPS_ID,
                        &SETTINGS_MODBUS_BAUDRATE,
                        &SETTINGS_MODBUS_PARITY,
                        &SETTINGS_MODBUS_SERVER_ADDR,
                        &SETTINGS_MODBUS_SERVER_ADDR_1,
                        &SETTINGS_MODBUS_SERVER_ADDR_2,
                        &SETTINGS_MODBUS_SERVER_ADDR_3,
                        &SETTINGS_MODBUS_SERVER_ADDR_4,
                        &SETTINGS_MODBUS_BROADCAST_ADDR,
                        &SETTINGS_MODBUS_EPOCH_S,
                        &STATUS_IS_POWER_LIMIT,
                        &STATUS_IS_TEMP_SETPOINT_MAX,
                        &STATUS_IS_TEMP_SETPOINT_MAX_SCALDING_PROTECTION,
                        &STATUS_IS_JUMPER_LOCK,
                        &STATUS_IS_THERM_TREAT_INHIBIT,
                        &STATUS_IS_THERM_TREAT_ACTIVE,
                        &STATUS_FILLING_ACTIVE,
                        &STATUS_IS_FILL_AMOUNT,
                        &STATUS_IS_FILL_TIME,
                        &STATUS_HAS_RM,
                        &STATUS_HAS_VC,
                        &STATUS_IS_FAST_BOOT,
                        &STATUS_LEAKAGE,
                        &STATUS_VC_IS_CLOSED,
                        &STATUS_NET_SNTP_CLIENT_UP,
                        &STATUS_WLAN_STA_BSSID_SET,
                        &STATUS_HW_TFT_TOUCH,
                        &STATUS_GUI_SCREENS_UP,
                        &CONTROLS_TIMER_DO_STOP_FLOW,
                        &CONTROLS_TIMER_STOP_IF_FLOW0,
                        &CONTROLS_FILLING_ACTIVE,
                        &CONTROLS_TIMER_ACTIVE,
                        &CONTROLS_THERM_TREAT_ACTIVE,
                        &CONTROLS_VALVE_OPEN,
                        &CONTROLS_SYSTEM_DO_REBOOT,
                        &CONTROLS_SYSTEM_DO_RESET,
                        &CONTROLS_SYSTEM_DO_REBOOT_NEXT,
                        &CONTROLS_UPDATE_DO_ALL,
                        &CONTROLS_UPDATE_USE_BETA,
                        &CONTROLS_UPDATE_DO_CHECK,
                        &CONTROLS_UPDATE_CHECK_DAILY,
                        &CONTROLS_UPDATE_DO_APP,
                        &CONTROLS_UPDATE_DO_WWW,
                        &CONTROLS_MODBUS_TEST_INIT,
                        &CONTROLS_MODBUS_TEST,
                        &CONTROLS_MODBUS_WORD_ORDER_BIG_ENDIAN,
                        &CONTROLS_WLAN_AP,
                        &CONTROLS_WLAN_RESTART,
                        &CONTROLS_WLAN_SETUP,
                        &CONTROLS_WLAN_SCAN,
                        &CONTROLS_WLAN_ACTIVE,
                        &CONTROLS_NET_SNTP_FROM_DHCP,
                        &CONTROLS_DAYLIGHT_SAVING,
                        &CONTROLS_NET_REST_API,
                        &CONTROLS_NET_REST_API_TLS,
                        &CONTROLS_NET_REST_API_AUTH,
                        &CONTROLS_NET_ACCESS_PARAM_R,
                        &CONTROLS_NET_ACCESS_PARAM_W,
                        &CONTROLS_NET_AWS,
                        &CONTROLS_NET_AWS_DO_RESTART,
                        &CONTROLS_NET_AWS_DO_DELETION,
                        &CONTROLS_NET_AWS_DO_RESET,
                        &CONTROLS_HOME_FLOW,
                        &CONTROLS_HOME_TIME,
                        &CONTROLS_DISPLAY_BRIGHT_FLOW,
                        &CONTROLS_SOUND,
                        &CONTROLS_START_JINGLE,
                        &CONTROLS_STAT_SHOW_COSTS,
                        &CONTROLS_DEVEL_LOG_CPU_TEMP,
                        &CONTROLS_DEVEL_UPDATE_TEST_FEED,
                        &CONTROLS_DEVEL_URL_SN_SUFFIX,
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
                    sensors: Sensors {
                        temp_in_c10: self.decode(&snap, &SENSORS_TEMP_IN_C10)?,
                        temp_out_c10: self.decode(&snap, &SENSORS_TEMP_OUT_C10)?,
                        flow_lmin10: self.decode(&snap, &SENSORS_FLOW_LMIN10)?,
                        power_kw10: self.decode(&snap, &SENSORS_POWER_KW10)?,
                        power_pc: self.decode(&snap, &SENSORS_POWER_PC)?,
                        power_max_kw10: self.decode(&snap, &SENSORS_POWER_MAX_KW10)?,
                        total_energy_wh: self.decode(&snap, &SENSORS_TOTAL_ENERGY_WH)?,
                        total_volume_l: self.decode(&snap, &SENSORS_TOTAL_VOLUME_L)?,
                        total_tap_count: self.decode(&snap, &SENSORS_TOTAL_TAP_COUNT)?,
                        device_total_uptime_s: self
                            .decode(&snap, &SENSORS_DEVICE_TOTAL_UPTIME_S)?,
                        device_total_heating_s: self
                            .decode(&snap, &SENSORS_DEVICE_TOTAL_HEATING_S)?,
                        device_uptime_s: self.decode(&snap, &SENSORS_DEVICE_UPTIME_S)?,
                        resistivity_state: self
                            .decode(&snap, &SENSORS_RESISTIVITY_STATE)?,
                        resistivity_8ohmcm: self
                            .decode(&snap, &SENSORS_RESISTIVITY_8OHMCM)?,
                        fill_remain_l: self.decode(&snap, &SENSORS_FILL_REMAIN_L)?,
                        fill_remain_s: self.decode(&snap, &SENSORS_FILL_REMAIN_S)?,
                        therm_treat_count: self
                            .decode(&snap, &SENSORS_THERM_TREAT_COUNT)?,
                        therm_treat_amount_l: self
                            .decode(&snap, &SENSORS_THERM_TREAT_AMOUNT_L)?,
                        therm_treat_duration_s: self
                            .decode(&snap, &SENSORS_THERM_TREAT_DURATION_S)?,
                        pu_error: self.decode(&snap, &SENSORS_PU_ERROR)?,
                        ctrl_val: self.decode(&snap, &SENSORS_CTRL_VAL)?,
                        leakage_raw: self.decode(&snap, &SENSORS_LEAKAGE_RAW)?,
                        mps_id: self.decode(&snap, &SENSORS_MPS_ID)?,
                        mps_id_end: self.decode(&snap, &SENSORS_MPS_ID_END)?,
                        mps0_kw10: self.decode(&snap, &SENSORS_MPS0_KW10)?,
                        mps1_kw10: self.decode(&snap, &SENSORS_MPS1_KW10)?,
                        mps2_kw10: self.decode(&snap, &SENSORS_MPS2_KW10)?,
                        mps3_kw10: self.decode(&snap, &SENSORS_MPS3_KW10)?,
                        pu_err: self.decode(&snap, &SENSORS_PU_ERR)?,
                        pu_err_1: self.decode(&snap, &SENSORS_PU_ERR_1)?,
                        pu_err_2: self.decode(&snap, &SENSORS_PU_ERR_2)?,
                        pu_err_3: self.decode(&snap, &SENSORS_PU_ERR_3)?,
                        pu_err_4: self.decode(&snap, &SENSORS_PU_ERR_4)?,
                        pu_err_5: self.decode(&snap, &SENSORS_PU_ERR_5)?,
                        pu_err_6: self.decode(&snap, &SENSORS_PU_ERR_6)?,
                        pu_err_7: self.decode(&snap, &SENSORS_PU_ERR_7)?,
                        pu_err_8: self.decode(&snap, &SENSORS_PU_ERR_8)?,
                        pu_err_9: self.decode(&snap, &SENSORS_PU_ERR_9)?,
                        pu_err_s: self.decode(&snap, &SENSORS_PU_ERR_S)?,
                        pu_err_s_1: self.decode(&snap, &SENSORS_PU_ERR_S_1)?,
                        pu_err_s_2: self.decode(&snap, &SENSORS_PU_ERR_S_2)?,
                        pu_err_s_3: self.decode(&snap, &SENSORS_PU_ERR_S_3)?,
                        pu_err_s_4: self.decode(&snap, &SENSORS_PU_ERR_S_4)?,
                        pu_err_s_5: self.decode(&snap, &SENSORS_PU_ERR_S_5)?,
                        pu_err_s_6: self.decode(&snap, &SENSORS_PU_ERR_S_6)?,
                        pu_err_s_7: self.decode(&snap, &SENSORS_PU_ERR_S_7)?,
                        pu_err_s_8: self.decode(&snap, &SENSORS_PU_ERR_S_8)?,
                        pu_err_s_9: self.decode(&snap, &SENSORS_PU_ERR_S_9)?,
                        app_v_ma_mi_re: self.decode(&snap, &SENSORS_APP_V_MA_MI_RE)?,
                        app2_v_ma_mi_re: self.decode(&snap, &SENSORS_APP2_V_MA_MI_RE)?,
                        serial_number_u64: self
                            .decode(&snap, &SENSORS_SERIAL_NUMBER_U64)?,
                        article_number_u64: self
                            .decode(&snap, &SENSORS_ARTICLE_NUMBER_U64)?,
                        magic: self.decode(&snap, &SENSORS_MAGIC)?,
                        map_version_major: self
                            .decode(&snap, &SENSORS_MAP_VERSION_MAJOR)?,
                        map_version_minor: self
                            .decode(&snap, &SENSORS_MAP_VERSION_MINOR)?,
                        epoch_s: self.decode(&snap, &SENSORS_EPOCH_S)?,
                        net_aws_state: self.decode(&snap, &SENSORS_NET_AWS_STATE)?,
                    },
                    settings: Settings {
                        temp_setpoint_c10: self
                            .decode(&snap, &SETTINGS_TEMP_SETPOINT_C10)?,
                        flow_max_lmin10: self.decode(&snap, &SETTINGS_FLOW_MAX_LMIN10)?,
                        temp_setpoint_max_scalding_protection_c10: self
                            .decode(
                                &snap,
                                &SETTINGS_TEMP_SETPOINT_MAX_SCALDING_PROTECTION_C10,
                            )?,
                        temp_setpoint_delta_steps: self
                            .decode(&snap, &SETTINGS_TEMP_SETPOINT_DELTA_STEPS)?,
                        flow_max_delta_steps: self
                            .decode(&snap, &SETTINGS_FLOW_MAX_DELTA_STEPS)?,
                        volume_start_l: self.decode(&snap, &SETTINGS_VOLUME_START_L)?,
                        timer_start_s: self.decode(&snap, &SETTINGS_TIMER_START_S)?,
                        timer_timeout_min: self
                            .decode(&snap, &SETTINGS_TIMER_TIMEOUT_MIN)?,
                        timer_sound: self.decode(&snap, &SETTINGS_TIMER_SOUND)?,
                        leakage_active: self.decode(&snap, &SETTINGS_LEAKAGE_ACTIVE)?,
                        leakage_inactive: self
                            .decode(&snap, &SETTINGS_LEAKAGE_INACTIVE)?,
                        mps_id: self.decode(&snap, &SETTINGS_MPS_ID)?,
                        modbus_baudrate: self.decode(&snap, &SETTINGS_MODBUS_BAUDRATE)?,
                        modbus_parity: self.decode(&snap, &SETTINGS_MODBUS_PARITY)?,
                        modbus_server_addr: self
                            .decode(&snap, &SETTINGS_MODBUS_SERVER_ADDR)?,
                        modbus_server_addr_1: self
                            .decode(&snap, &SETTINGS_MODBUS_SERVER_ADDR_1)?,
                        modbus_server_addr_2: self
                            .decode(&snap, &SETTINGS_MODBUS_SERVER_ADDR_2)?,
                        modbus_server_addr_3: self
                            .decode(&snap, &SETTINGS_MODBUS_SERVER_ADDR_3)?,
                        modbus_server_addr_4: self
                            .decode(&snap, &SETTINGS_MODBUS_SERVER_ADDR_4)?,
                        modbus_broadcast_addr: self
                            .decode(&snap, &SETTINGS_MODBUS_BROADCAST_ADDR)?,
                        modbus_epoch_s: self.decode(&snap, &SETTINGS_MODBUS_EPOCH_S)?,
                    },
                    status: Status {
                        is_power_limit: self.decode(&snap, &STATUS_IS_POWER_LIMIT)?,
                        is_temp_setpoint_max: self
                            .decode(&snap, &STATUS_IS_TEMP_SETPOINT_MAX)?,
                        is_temp_setpoint_max_scalding_protection: self
                            .decode(
                                &snap,
                                &STATUS_IS_TEMP_SETPOINT_MAX_SCALDING_PROTECTION,
                            )?,
                        is_jumper_lock: self.decode(&snap, &STATUS_IS_JUMPER_LOCK)?,
                        is_therm_treat_inhibit: self
                            .decode(&snap, &STATUS_IS_THERM_TREAT_INHIBIT)?,
                        is_therm_treat_active: self
                            .decode(&snap, &STATUS_IS_THERM_TREAT_ACTIVE)?,
                        filling_active: self.decode(&snap, &STATUS_FILLING_ACTIVE)?,
                        is_fill_amount: self.decode(&snap, &STATUS_IS_FILL_AMOUNT)?,
                        is_fill_time: self.decode(&snap, &STATUS_IS_FILL_TIME)?,
                        has_rm: self.decode(&snap, &STATUS_HAS_RM)?,
                        has_vc: self.decode(&snap, &STATUS_HAS_VC)?,
                        is_fast_boot: self.decode(&snap, &STATUS_IS_FAST_BOOT)?,
                        leakage: self.decode(&snap, &STATUS_LEAKAGE)?,
                        vc_is_closed: self.decode(&snap, &STATUS_VC_IS_CLOSED)?,
                        net_sntp_client_up: self
                            .decode(&snap, &STATUS_NET_SNTP_CLIENT_UP)?,
                        wlan_sta_bssid_set: self
                            .decode(&snap, &STATUS_WLAN_STA_BSSID_SET)?,
                        hw_tft_touch: self.decode(&snap, &STATUS_HW_TFT_TOUCH)?,
                        gui_screens_up: self.decode(&snap, &STATUS_GUI_SCREENS_UP)?,
                    },
                    controls: Controls {
                        timer_do_stop_flow: self
                            .decode(&snap, &CONTROLS_TIMER_DO_STOP_FLOW)?,
                        timer_stop_if_flow0: self
                            .decode(&snap, &CONTROLS_TIMER_STOP_IF_FLOW0)?,
                        filling_active: self.decode(&snap, &CONTROLS_FILLING_ACTIVE)?,
                        timer_active: self.decode(&snap, &CONTROLS_TIMER_ACTIVE)?,
                        therm_treat_active: self
                            .decode(&snap, &CONTROLS_THERM_TREAT_ACTIVE)?,
                        valve_open: self.decode(&snap, &CONTROLS_VALVE_OPEN)?,
                        system_do_reboot: self
                            .decode(&snap, &CONTROLS_SYSTEM_DO_REBOOT)?,
                        system_do_reset: self.decode(&snap, &CONTROLS_SYSTEM_DO_RESET)?,
                        system_do_reboot_next: self
                            .decode(&snap, &CONTROLS_SYSTEM_DO_REBOOT_NEXT)?,
                        update_do_all: self.decode(&snap, &CONTROLS_UPDATE_DO_ALL)?,
                        update_use_beta: self.decode(&snap, &CONTROLS_UPDATE_USE_BETA)?,
                        update_do_check: self.decode(&snap, &CONTROLS_UPDATE_DO_CHECK)?,
                        update_check_daily: self
                            .decode(&snap, &CONTROLS_UPDATE_CHECK_DAILY)?,
                        update_do_app: self.decode(&snap, &CONTROLS_UPDATE_DO_APP)?,
                        update_do_www: self.decode(&snap, &CONTROLS_UPDATE_DO_WWW)?,
                        modbus_test_init: self
                            .decode(&snap, &CONTROLS_MODBUS_TEST_INIT)?,
                        modbus_test: self.decode(&snap, &CONTROLS_MODBUS_TEST)?,
                        modbus_word_order_big_endian: self
                            .decode(&snap, &CONTROLS_MODBUS_WORD_ORDER_BIG_ENDIAN)?,
                        wlan_ap: self.decode(&snap, &CONTROLS_WLAN_AP)?,
                        wlan_restart: self.decode(&snap, &CONTROLS_WLAN_RESTART)?,
                        wlan_setup: self.decode(&snap, &CONTROLS_WLAN_SETUP)?,
                        wlan_scan: self.decode(&snap, &CONTROLS_WLAN_SCAN)?,
                        wlan_active: self.decode(&snap, &CONTROLS_WLAN_ACTIVE)?,
                        net_sntp_from_dhcp: self
                            .decode(&snap, &CONTROLS_NET_SNTP_FROM_DHCP)?,
                        daylight_saving: self.decode(&snap, &CONTROLS_DAYLIGHT_SAVING)?,
                        net_rest_api: self.decode(&snap, &CONTROLS_NET_REST_API)?,
                        net_rest_api_tls: self
                            .decode(&snap, &CONTROLS_NET_REST_API_TLS)?,
                        net_rest_api_auth: self
                            .decode(&snap, &CONTROLS_NET_REST_API_AUTH)?,
                        net_access_param_r: self
                            .decode(&snap, &CONTROLS_NET_ACCESS_PARAM_R)?,
                        net_access_param_w: self
                            .decode(&snap, &CONTROLS_NET_ACCESS_PARAM_W)?,
                        net_aws: self.decode(&snap, &CONTROLS_NET_AWS)?,
                        net_aws_do_restart: self
                            .decode(&snap, &CONTROLS_NET_AWS_DO_RESTART)?,
                        net_aws_do_deletion: self
                            .decode(&snap, &CONTROLS_NET_AWS_DO_DELETION)?,
                        net_aws_do_reset: self
                            .decode(&snap, &CONTROLS_NET_AWS_DO_RESET)?,
                        home_flow: self.decode(&snap, &CONTROLS_HOME_FLOW)?,
                        home_time: self.decode(&snap, &CONTROLS_HOME_TIME)?,
                        display_bright_flow: self
                            .decode(&snap, &CONTROLS_DISPLAY_BRIGHT_FLOW)?,
                        sound: self.decode(&snap, &CONTROLS_SOUND)?,
                        start_jingle: self.decode(&snap, &CONTROLS_START_JINGLE)?,
                        stat_show_costs: self.decode(&snap, &CONTROLS_STAT_SHOW_COSTS)?,
                        devel_log_cpu_temp: self
                            .decode(&snap, &CONTROLS_DEVEL_LOG_CPU_TEMP)?,
                        devel_update_test_feed: self
                            .decode(&snap, &CONTROLS_DEVEL_UPDATE_TEST_FEED)?,
                        devel_url_sn_suffix: self
                            .decode(&snap, &CONTROLS_DEVEL_URL_SN_SUFFIX)?,
                    },
                }),
            )
        }
        /// Reads coil `controls.modbus_word_order_big_endian` (true = high word first) and uses that word order for every 32/64-bit register from now on.
        pub async fn detect_word_order(&mut self) -> mm::ModbusResult<mm::WordOrder> {
            self.inner.sync_word_order(&CONTROLS_MODBUS_WORD_ORDER_BIG_ENDIAN).await
        }
    }
    /// Slave dispatch tables: serve this device with `modbus_map::server` or the `no_std` dispatch core.
    #[allow(clippy::all, clippy::pedantic, dead_code)]
    pub mod dispatch {
        use ::modbus_map::__private as mm;
        /// Descriptors in IR order (unit id, table, address, name).
        static DESCRIPTORS: [mm::RegisterDescriptor; 139] = [
            super::CONTROLS_TIMER_DO_STOP_FLOW,
            super::CONTROLS_TIMER_STOP_IF_FLOW0,
            super::CONTROLS_FILLING_ACTIVE,
            super::CONTROLS_TIMER_ACTIVE,
            super::CONTROLS_THERM_TREAT_ACTIVE,
            super::CONTROLS_VALVE_OPEN,
            super::CONTROLS_SYSTEM_DO_REBOOT,
            super::CONTROLS_SYSTEM_DO_RESET,
            super::CONTROLS_SYSTEM_DO_REBOOT_NEXT,
            super::CONTROLS_UPDATE_DO_ALL,
            super::CONTROLS_UPDATE_USE_BETA,
            super::CONTROLS_UPDATE_DO_CHECK,
            super::CONTROLS_UPDATE_CHECK_DAILY,
            super::CONTROLS_UPDATE_DO_APP,
            super::CONTROLS_UPDATE_DO_WWW,
            super::CONTROLS_MODBUS_TEST_INIT,
            super::CONTROLS_MODBUS_TEST,
            super::CONTROLS_MODBUS_WORD_ORDER_BIG_ENDIAN,
            super::CONTROLS_WLAN_AP,
            super::CONTROLS_WLAN_RESTART,
            super::CONTROLS_WLAN_SETUP,
            super::CONTROLS_WLAN_SCAN,
            super::CONTROLS_WLAN_ACTIVE,
            super::CONTROLS_NET_SNTP_FROM_DHCP,
            super::CONTROLS_DAYLIGHT_SAVING,
            super::CONTROLS_NET_REST_API,
            super::CONTROLS_NET_REST_API_TLS,
            super::CONTROLS_NET_REST_API_AUTH,
            super::CONTROLS_NET_ACCESS_PARAM_R,
            super::CONTROLS_NET_ACCESS_PARAM_W,
            super::CONTROLS_NET_AWS,
            super::CONTROLS_NET_AWS_DO_RESTART,
            super::CONTROLS_NET_AWS_DO_DELETION,
            super::CONTROLS_NET_AWS_DO_RESET,
            super::CONTROLS_HOME_FLOW,
            super::CONTROLS_HOME_TIME,
            super::CONTROLS_DISPLAY_BRIGHT_FLOW,
            super::CONTROLS_SOUND,
            super::CONTROLS_START_JINGLE,
            super::CONTROLS_STAT_SHOW_COSTS,
            super::CONTROLS_DEVEL_LOG_CPU_TEMP,
            super::CONTROLS_DEVEL_UPDATE_TEST_FEED,
            super::CONTROLS_DEVEL_URL_SN_SUFFIX,
            super::STATUS_IS_POWER_LIMIT,
            super::STATUS_IS_TEMP_SETPOINT_MAX,
            super::STATUS_IS_TEMP_SETPOINT_MAX_SCALDING_PROTECTION,
            super::STATUS_IS_JUMPER_LOCK,
            super::STATUS_IS_THERM_TREAT_INHIBIT,
            super::STATUS_IS_THERM_TREAT_ACTIVE,
            super::STATUS_FILLING_ACTIVE,
            super::STATUS_IS_FILL_AMOUNT,
            super::STATUS_IS_FILL_TIME,
            super::STATUS_HAS_RM,
            super::STATUS_HAS_VC,
            super::STATUS_IS_FAST_BOOT,
            super::STATUS_LEAKAGE,
            super::STATUS_VC_IS_CLOSED,
            super::STATUS_NET_SNTP_CLIENT_UP,
            super::STATUS_WLAN_STA_BSSID_SET,
            super::STATUS_HW_TFT_TOUCH,
            super::STATUS_GUI_SCREENS_UP,
            super::SENSORS_TEMP_IN_C10,
            super::SENSORS_TEMP_OUT_C10,
            super::SENSORS_FLOW_LMIN10,
            super::SENSORS_POWER_KW10,
            super::SENSORS_POWER_PC,
            super::SENSORS_POWER_MAX_KW10,
            super::SENSORS_TOTAL_ENERGY_WH,
            super::SENSORS_TOTAL_VOLUME_L,
            super::SENSORS_TOTAL_TAP_COUNT,
            super::SENSORS_DEVICE_TOTAL_UPTIME_S,
            super::SENSORS_DEVICE_TOTAL_HEATING_S,
            super::SENSORS_DEVICE_UPTIME_S,
            super::SENSORS_RESISTIVITY_STATE,
            super::SENSORS_RESISTIVITY_8OHMCM,
            super::SENSORS_FILL_REMAIN_L,
            super::SENSORS_FILL_REMAIN_S,
            super::SENSORS_THERM_TREAT_COUNT,
            super::SENSORS_THERM_TREAT_AMOUNT_L,
            super::SENSORS_THERM_TREAT_DURATION_S,
            super::SENSORS_PU_ERROR,
            super::SENSORS_CTRL_VAL,
            super::SENSORS_LEAKAGE_RAW,
            super::SENSORS_MPS_ID,
            super::SENSORS_MPS_ID_END,
            super::SENSORS_MPS0_KW10,
            super::SENSORS_MPS1_KW10,
            super::SENSORS_MPS2_KW10,
            super::SENSORS_MPS3_KW10,
            super::SENSORS_PU_ERR,
            super::SENSORS_PU_ERR_1,
            super::SENSORS_PU_ERR_2,
            super::SENSORS_PU_ERR_3,
            super::SENSORS_PU_ERR_4,
            super::SENSORS_PU_ERR_5,
            super::SENSORS_PU_ERR_6,
            super::SENSORS_PU_ERR_7,
            super::SENSORS_PU_ERR_8,
            super::SENSORS_PU_ERR_9,
            super::SENSORS_PU_ERR_S,
            super::SENSORS_PU_ERR_S_1,
            super::SENSORS_PU_ERR_S_2,
            super::SENSORS_PU_ERR_S_3,
            super::SENSORS_PU_ERR_S_4,
            super::SENSORS_PU_ERR_S_5,
            super::SENSORS_PU_ERR_S_6,
            super::SENSORS_PU_ERR_S_7,
            super::SENSORS_PU_ERR_S_8,
            super::SENSORS_PU_ERR_S_9,
            super::SENSORS_APP_V_MA_MI_RE,
            super::SENSORS_APP2_V_MA_MI_RE,
            super::SENSORS_SERIAL_NUMBER_U64,
            super::SENSORS_ARTICLE_NUMBER_U64,
            super::SENSORS_MAGIC,
            super::SENSORS_MAP_VERSION_MAJOR,
            super::SENSORS_MAP_VERSION_MINOR,
            super::SENSORS_EPOCH_S,
            super::SENSORS_NET_AWS_STATE,
            super::SETTINGS_TEMP_SETPOINT_C10,
            super::SETTINGS_FLOW_MAX_LMIN10,
            super::SETTINGS_TEMP_SETPOINT_MAX_SCALDING_PROTECTION_C10,
            super::SETTINGS_TEMP_SETPOINT_DELTA_STEPS,
            super::SETTINGS_FLOW_MAX_DELTA_STEPS,
            super::SETTINGS_VOLUME_START_L,
            super::SETTINGS_TIMER_START_S,
            super::SETTINGS_TIMER_TIMEOUT_MIN,
            super::SETTINGS_TIMER_SOUND,
            super::SETTINGS_LEAKAGE_ACTIVE,
            super::SETTINGS_LEAKAGE_INACTIVE,
            super::SETTINGS_MPS_ID,
            super::SETTINGS_MODBUS_BAUDRATE,
            super::SETTINGS_MODBUS_PARITY,
            super::SETTINGS_MODBUS_SERVER_ADDR,
            super::SETTINGS_MODBUS_SERVER_ADDR_1,
            super::SETTINGS_MODBUS_SERVER_ADDR_2,
            super::SETTINGS_MODBUS_SERVER_ADDR_3,
            super::SETTINGS_MODBUS_SERVER_ADDR_4,
            super::SETTINGS_MODBUS_BROADCAST_ADDR,
            super::SETTINGS_MODBUS_EPOCH_S,
        ];
        static UNIT_1_COIL: [mm::dispatch::Entry; 43] = [
            mm::dispatch::Entry {
                address: 200,
                width: 1,
                slot: 0,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[0],
            },
            mm::dispatch::Entry {
                address: 201,
                width: 1,
                slot: 1,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[1],
            },
            mm::dispatch::Entry {
                address: 210,
                width: 1,
                slot: 2,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[2],
            },
            mm::dispatch::Entry {
                address: 211,
                width: 1,
                slot: 3,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[3],
            },
            mm::dispatch::Entry {
                address: 212,
                width: 1,
                slot: 4,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[4],
            },
            mm::dispatch::Entry {
                address: 213,
                width: 1,
                slot: 5,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[5],
            },
            mm::dispatch::Entry {
                address: 300,
                width: 1,
                slot: 6,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[6],
            },
            mm::dispatch::Entry {
                address: 301,
                width: 1,
                slot: 7,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[7],
            },
            mm::dispatch::Entry {
                address: 302,
                width: 1,
                slot: 8,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[8],
            },
            mm::dispatch::Entry {
                address: 310,
                width: 1,
                slot: 9,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[9],
            },
            mm::dispatch::Entry {
                address: 311,
                width: 1,
                slot: 10,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[10],
            },
            mm::dispatch::Entry {
                address: 312,
                width: 1,
                slot: 11,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[11],
            },
            mm::dispatch::Entry {
                address: 313,
                width: 1,
                slot: 12,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[12],
            },
            mm::dispatch::Entry {
                address: 314,
                width: 1,
                slot: 13,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[13],
            },
            mm::dispatch::Entry {
                address: 315,
                width: 1,
                slot: 14,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[14],
            },
            mm::dispatch::Entry {
                address: 400,
                width: 1,
                slot: 15,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[15],
            },
            mm::dispatch::Entry {
                address: 401,
                width: 1,
                slot: 16,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[16],
            },
            mm::dispatch::Entry {
                address: 402,
                width: 1,
                slot: 17,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[17],
            },
            mm::dispatch::Entry {
                address: 500,
                width: 1,
                slot: 18,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[18],
            },
            mm::dispatch::Entry {
                address: 501,
                width: 1,
                slot: 19,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[19],
            },
            mm::dispatch::Entry {
                address: 502,
                width: 1,
                slot: 20,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[20],
            },
            mm::dispatch::Entry {
                address: 503,
                width: 1,
                slot: 21,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[21],
            },
            mm::dispatch::Entry {
                address: 504,
                width: 1,
                slot: 22,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[22],
            },
            mm::dispatch::Entry {
                address: 505,
                width: 1,
                slot: 23,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[23],
            },
            mm::dispatch::Entry {
                address: 506,
                width: 1,
                slot: 24,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[24],
            },
            mm::dispatch::Entry {
                address: 507,
                width: 1,
                slot: 25,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[25],
            },
            mm::dispatch::Entry {
                address: 508,
                width: 1,
                slot: 26,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[26],
            },
            mm::dispatch::Entry {
                address: 509,
                width: 1,
                slot: 27,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[27],
            },
            mm::dispatch::Entry {
                address: 510,
                width: 1,
                slot: 28,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[28],
            },
            mm::dispatch::Entry {
                address: 511,
                width: 1,
                slot: 29,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[29],
            },
            mm::dispatch::Entry {
                address: 530,
                width: 1,
                slot: 30,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[30],
            },
            mm::dispatch::Entry {
                address: 531,
                width: 1,
                slot: 31,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[31],
            },
            mm::dispatch::Entry {
                address: 532,
                width: 1,
                slot: 32,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[32],
            },
            mm::dispatch::Entry {
                address: 533,
                width: 1,
                slot: 33,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[33],
            },
            mm::dispatch::Entry {
                address: 600,
                width: 1,
                slot: 34,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[34],
            },
            mm::dispatch::Entry {
                address: 601,
                width: 1,
                slot: 35,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[35],
            },
            mm::dispatch::Entry {
                address: 602,
                width: 1,
                slot: 36,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[36],
            },
            mm::dispatch::Entry {
                address: 603,
                width: 1,
                slot: 37,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[37],
            },
            mm::dispatch::Entry {
                address: 604,
                width: 1,
                slot: 38,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[38],
            },
            mm::dispatch::Entry {
                address: 605,
                width: 1,
                slot: 39,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[39],
            },
            mm::dispatch::Entry {
                address: 700,
                width: 1,
                slot: 40,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[40],
            },
            mm::dispatch::Entry {
                address: 701,
                width: 1,
                slot: 41,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[41],
            },
            mm::dispatch::Entry {
                address: 702,
                width: 1,
                slot: 42,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[42],
            },
        ];
        static UNIT_1_COIL_GAPS: [mm::dispatch::GapRange; 0] = [];
        static UNIT_1_COIL_INDEX: [u16; 503] = [
            0, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 4, 5, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6,
            6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6,
            6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6,
            6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 7, 8, 9,
            9, 9, 9, 9, 9, 9, 9, 10, 11, 12, 13, 14, 15, 15, 15, 15, 15, 15, 15, 15, 15,
            15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15,
            15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15,
            15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15,
            15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15,
            16, 17, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18,
            18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18,
            18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18,
            18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18,
            18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18,
            18, 18, 18, 18, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 30, 30,
            30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 31, 32, 33,
            34, 34, 34, 34, 34, 34, 34, 34, 34, 34, 34, 34, 34, 34, 34, 34, 34, 34, 34,
            34, 34, 34, 34, 34, 34, 34, 34, 34, 34, 34, 34, 34, 34, 34, 34, 34, 34, 34,
            34, 34, 34, 34, 34, 34, 34, 34, 34, 34, 34, 34, 34, 34, 34, 34, 34, 34, 34,
            34, 34, 34, 34, 34, 34, 34, 34, 34, 34, 35, 36, 37, 38, 39, 40, 40, 40, 40,
            40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40,
            40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40,
            40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40,
            40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40,
            40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 41, 42,
        ];
        static UNIT_1_DISCRETE: [mm::dispatch::Entry; 18] = [
            mm::dispatch::Entry {
                address: 0,
                width: 1,
                slot: 43,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[43],
            },
            mm::dispatch::Entry {
                address: 1,
                width: 1,
                slot: 44,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[44],
            },
            mm::dispatch::Entry {
                address: 2,
                width: 1,
                slot: 45,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[45],
            },
            mm::dispatch::Entry {
                address: 3,
                width: 1,
                slot: 46,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[46],
            },
            mm::dispatch::Entry {
                address: 200,
                width: 1,
                slot: 47,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[47],
            },
            mm::dispatch::Entry {
                address: 201,
                width: 1,
                slot: 48,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[48],
            },
            mm::dispatch::Entry {
                address: 202,
                width: 1,
                slot: 49,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[49],
            },
            mm::dispatch::Entry {
                address: 203,
                width: 1,
                slot: 50,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[50],
            },
            mm::dispatch::Entry {
                address: 204,
                width: 1,
                slot: 51,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[51],
            },
            mm::dispatch::Entry {
                address: 300,
                width: 1,
                slot: 52,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[52],
            },
            mm::dispatch::Entry {
                address: 301,
                width: 1,
                slot: 53,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[53],
            },
            mm::dispatch::Entry {
                address: 302,
                width: 1,
                slot: 54,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[54],
            },
            mm::dispatch::Entry {
                address: 303,
                width: 1,
                slot: 55,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[55],
            },
            mm::dispatch::Entry {
                address: 304,
                width: 1,
                slot: 56,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[56],
            },
            mm::dispatch::Entry {
                address: 500,
                width: 1,
                slot: 57,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[57],
            },
            mm::dispatch::Entry {
                address: 501,
                width: 1,
                slot: 58,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[58],
            },
            mm::dispatch::Entry {
                address: 600,
                width: 1,
                slot: 59,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[59],
            },
            mm::dispatch::Entry {
                address: 601,
                width: 1,
                slot: 60,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[60],
            },
        ];
        static UNIT_1_DISCRETE_GAPS: [mm::dispatch::GapRange; 0] = [];
        static UNIT_1_DISCRETE_INDEX: [u16; 602] = [
            0, 1, 2, 3, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
            4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
            4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
            4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
            4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
            4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
            4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
            4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 5, 6, 7, 8, 9, 9, 9,
            9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9,
            9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9,
            9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9,
            9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 10, 11, 12, 13, 14, 14, 14, 14,
            14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14,
            14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14,
            14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14,
            14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14,
            14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14,
            14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14,
            14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14,
            14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14,
            14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14,
            14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14,
            14, 14, 15, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16,
            16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16,
            16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16,
            16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16,
            16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16,
            16, 16, 16, 16, 16, 16, 16, 17,
        ];
        static UNIT_1_INPUT: [mm::dispatch::Entry; 57] = [
            mm::dispatch::Entry {
                address: 0,
                width: 1,
                slot: 61,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[61],
            },
            mm::dispatch::Entry {
                address: 1,
                width: 1,
                slot: 62,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[62],
            },
            mm::dispatch::Entry {
                address: 2,
                width: 1,
                slot: 63,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[63],
            },
            mm::dispatch::Entry {
                address: 3,
                width: 1,
                slot: 64,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[64],
            },
            mm::dispatch::Entry {
                address: 4,
                width: 1,
                slot: 65,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[65],
            },
            mm::dispatch::Entry {
                address: 5,
                width: 1,
                slot: 66,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[66],
            },
            mm::dispatch::Entry {
                address: 100,
                width: 2,
                slot: 67,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[67],
            },
            mm::dispatch::Entry {
                address: 102,
                width: 2,
                slot: 69,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[68],
            },
            mm::dispatch::Entry {
                address: 104,
                width: 2,
                slot: 71,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[69],
            },
            mm::dispatch::Entry {
                address: 106,
                width: 2,
                slot: 73,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[70],
            },
            mm::dispatch::Entry {
                address: 108,
                width: 2,
                slot: 75,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[71],
            },
            mm::dispatch::Entry {
                address: 110,
                width: 2,
                slot: 77,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[72],
            },
            mm::dispatch::Entry {
                address: 112,
                width: 1,
                slot: 79,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[73],
            },
            mm::dispatch::Entry {
                address: 113,
                width: 1,
                slot: 80,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[74],
            },
            mm::dispatch::Entry {
                address: 200,
                width: 1,
                slot: 81,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[75],
            },
            mm::dispatch::Entry {
                address: 201,
                width: 1,
                slot: 82,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[76],
            },
            mm::dispatch::Entry {
                address: 202,
                width: 1,
                slot: 83,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[77],
            },
            mm::dispatch::Entry {
                address: 203,
                width: 2,
                slot: 84,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[78],
            },
            mm::dispatch::Entry {
                address: 205,
                width: 2,
                slot: 86,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[79],
            },
            mm::dispatch::Entry {
                address: 300,
                width: 1,
                slot: 88,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[80],
            },
            mm::dispatch::Entry {
                address: 301,
                width: 1,
                slot: 89,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[81],
            },
            mm::dispatch::Entry {
                address: 302,
                width: 1,
                slot: 90,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[82],
            },
            mm::dispatch::Entry {
                address: 310,
                width: 1,
                slot: 91,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[83],
            },
            mm::dispatch::Entry {
                address: 311,
                width: 1,
                slot: 92,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[84],
            },
            mm::dispatch::Entry {
                address: 312,
                width: 1,
                slot: 93,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[85],
            },
            mm::dispatch::Entry {
                address: 313,
                width: 1,
                slot: 94,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[86],
            },
            mm::dispatch::Entry {
                address: 314,
                width: 1,
                slot: 95,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[87],
            },
            mm::dispatch::Entry {
                address: 315,
                width: 1,
                slot: 96,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[88],
            },
            mm::dispatch::Entry {
                address: 320,
                width: 1,
                slot: 97,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[89],
            },
            mm::dispatch::Entry {
                address: 321,
                width: 1,
                slot: 98,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[90],
            },
            mm::dispatch::Entry {
                address: 322,
                width: 1,
                slot: 99,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[91],
            },
            mm::dispatch::Entry {
                address: 323,
                width: 1,
                slot: 100,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[92],
            },
            mm::dispatch::Entry {
                address: 324,
                width: 1,
                slot: 101,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[93],
            },
            mm::dispatch::Entry {
                address: 325,
                width: 1,
                slot: 102,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[94],
            },
            mm::dispatch::Entry {
                address: 326,
                width: 1,
                slot: 103,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[95],
            },
            mm::dispatch::Entry {
                address: 327,
                width: 1,
                slot: 104,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[96],
            },
            mm::dispatch::Entry {
                address: 328,
                width: 1,
                slot: 105,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[97],
            },
            mm::dispatch::Entry {
                address: 329,
                width: 1,
                slot: 106,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[98],
            },
            mm::dispatch::Entry {
                address: 330,
                width: 2,
                slot: 107,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[99],
            },
            mm::dispatch::Entry {
                address: 332,
                width: 2,
                slot: 109,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[100],
            },
            mm::dispatch::Entry {
                address: 334,
                width: 2,
                slot: 111,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[101],
            },
            mm::dispatch::Entry {
                address: 336,
                width: 2,
                slot: 113,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[102],
            },
            mm::dispatch::Entry {
                address: 338,
                width: 2,
                slot: 115,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[103],
            },
            mm::dispatch::Entry {
                address: 340,
                width: 2,
                slot: 117,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[104],
            },
            mm::dispatch::Entry {
                address: 342,
                width: 2,
                slot: 119,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[105],
            },
            mm::dispatch::Entry {
                address: 344,
                width: 2,
                slot: 121,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[106],
            },
            mm::dispatch::Entry {
                address: 346,
                width: 2,
                slot: 123,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[107],
            },
            mm::dispatch::Entry {
                address: 348,
                width: 2,
                slot: 125,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[108],
            },
            mm::dispatch::Entry {
                address: 350,
                width: 4,
                slot: 127,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[109],
            },
            mm::dispatch::Entry {
                address: 354,
                width: 4,
                slot: 131,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[110],
            },
            mm::dispatch::Entry {
                address: 358,
                width: 4,
                slot: 135,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[111],
            },
            mm::dispatch::Entry {
                address: 362,
                width: 4,
                slot: 139,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[112],
            },
            mm::dispatch::Entry {
                address: 400,
                width: 1,
                slot: 143,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[113],
            },
            mm::dispatch::Entry {
                address: 401,
                width: 1,
                slot: 144,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[114],
            },
            mm::dispatch::Entry {
                address: 402,
                width: 1,
                slot: 145,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[115],
            },
            mm::dispatch::Entry {
                address: 500,
                width: 4,
                slot: 146,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[116],
            },
            mm::dispatch::Entry {
                address: 504,
                width: 1,
                slot: 150,
                access: mm::Access::Read,
                descriptor: &DESCRIPTORS[117],
            },
        ];
        static UNIT_1_INPUT_GAPS: [mm::dispatch::GapRange; 0] = [];
        static UNIT_1_INPUT_INDEX: [u16; 505] = [
            0, 1, 2, 3, 4, 5, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6,
            6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6,
            6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6,
            6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 7, 7, 8,
            8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14,
            14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14,
            14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14,
            14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14,
            14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14,
            14, 15, 16, 17, 18, 18, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19,
            19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19,
            19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19,
            19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19,
            19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19,
            19, 19, 19, 19, 19, 19, 20, 21, 22, 22, 22, 22, 22, 22, 22, 22, 23, 24, 25,
            26, 27, 28, 28, 28, 28, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 39,
            40, 40, 41, 41, 42, 42, 43, 43, 44, 44, 45, 45, 46, 46, 47, 47, 48, 48, 49,
            49, 49, 49, 50, 50, 50, 50, 51, 51, 51, 51, 52, 52, 52, 52, 52, 52, 52, 52,
            52, 52, 52, 52, 52, 52, 52, 52, 52, 52, 52, 52, 52, 52, 52, 52, 52, 52, 52,
            52, 52, 52, 52, 52, 52, 52, 52, 52, 52, 52, 53, 54, 55, 55, 55, 55, 55, 55,
            55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55,
            55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55,
            55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55,
            55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55,
            55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 56, 56, 56,
            56,
        ];
        static UNIT_1_HOLDING: [mm::dispatch::Entry; 21] = [
            mm::dispatch::Entry {
                address: 0,
                width: 1,
                slot: 151,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[118],
            },
            mm::dispatch::Entry {
                address: 1,
                width: 1,
                slot: 152,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[119],
            },
            mm::dispatch::Entry {
                address: 2,
                width: 1,
                slot: 153,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[120],
            },
            mm::dispatch::Entry {
                address: 3,
                width: 1,
                slot: 154,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[121],
            },
            mm::dispatch::Entry {
                address: 4,
                width: 1,
                slot: 155,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[122],
            },
            mm::dispatch::Entry {
                address: 200,
                width: 1,
                slot: 156,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[123],
            },
            mm::dispatch::Entry {
                address: 201,
                width: 1,
                slot: 157,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[124],
            },
            mm::dispatch::Entry {
                address: 202,
                width: 1,
                slot: 158,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[125],
            },
            mm::dispatch::Entry {
                address: 203,
                width: 1,
                slot: 159,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[126],
            },
            mm::dispatch::Entry {
                address: 300,
                width: 1,
                slot: 160,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[127],
            },
            mm::dispatch::Entry {
                address: 301,
                width: 1,
                slot: 161,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[128],
            },
            mm::dispatch::Entry {
                address: 310,
                width: 1,
                slot: 162,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[129],
            },
            mm::dispatch::Entry {
                address: 400,
                width: 2,
                slot: 163,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[130],
            },
            mm::dispatch::Entry {
                address: 402,
                width: 1,
                slot: 165,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[131],
            },
            mm::dispatch::Entry {
                address: 403,
                width: 1,
                slot: 166,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[132],
            },
            mm::dispatch::Entry {
                address: 404,
                width: 1,
                slot: 167,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[133],
            },
            mm::dispatch::Entry {
                address: 405,
                width: 1,
                slot: 168,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[134],
            },
            mm::dispatch::Entry {
                address: 406,
                width: 1,
                slot: 169,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[135],
            },
            mm::dispatch::Entry {
                address: 407,
                width: 1,
                slot: 170,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[136],
            },
            mm::dispatch::Entry {
                address: 408,
                width: 1,
                slot: 171,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[137],
            },
            mm::dispatch::Entry {
                address: 410,
                width: 4,
                slot: 172,
                access: mm::Access::ReadWrite,
                descriptor: &DESCRIPTORS[138],
            },
        ];
        static UNIT_1_HOLDING_GAPS: [mm::dispatch::GapRange; 0] = [];
        static UNIT_1_HOLDING_INDEX: [u16; 414] = [
            0, 1, 2, 3, 4, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5,
            5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5,
            5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5,
            5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5,
            5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5,
            5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5,
            5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5,
            5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 6, 7, 8, 9, 9, 9, 9,
            9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9,
            9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9,
            9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9,
            9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 10, 11, 11, 11, 11, 11, 11, 11,
            11, 11, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12,
            12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12,
            12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12,
            12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12,
            12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 13, 13, 14,
            15, 16, 17, 18, 19, 20, 20, 21, 21, 21,
        ];
        static UNITS: [mm::dispatch::UnitMap; 1] = [
            mm::dispatch::UnitMap {
                unit_id: 1,
                coils: mm::dispatch::TableMap {
                    entries: &UNIT_1_COIL,
                    allow_gaps: false,
                    gap_ranges: &UNIT_1_COIL_GAPS,
                    index_base: 200,
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
        pub static DEFAULTS: [u16; 176] = [
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0,
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2800, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 49574, 1, 5, 0, 0, 0, 0, 0, 0, 0,
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        ];
        /// The device's whole map, for `modbus_map::dispatch::Dispatcher::new(&MAP)`.
        pub static MAP: mm::dispatch::DeviceMap = mm::dispatch::DeviceMap {
            name: "clage_dsx",
            default_unit: 1,
            units: &UNITS,
            defaults: &DEFAULTS,
            word_order_coil: Some(&UNIT_1_COIL[17]),
        };
    }
}
