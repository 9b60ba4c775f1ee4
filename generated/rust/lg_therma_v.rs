// @generated from specs/lg_therma_v.yaml by `cargo xtask gen`.
// Do not edit: change the spec and run the command again.

/// lg_heatpump
///
/// - unit id: 1
/// - word order: high_first, string byte order: high_first
/// - spec: `specs/lg_therma_v.yaml`
#[allow(
    clippy::all,
    clippy::pedantic,
    unused_imports,
    dead_code,
    non_camel_case_types,
    non_snake_case
)]
pub mod lg_therma_v {
    use ::modbus_map::__private as mm;
    /// Device name as in the spec.
    pub const NAME: &str = "lg_therma_v";
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
    pub static REGISTERS: [mm::RegisterDescriptor; 53] = descriptors::ALL;
    #[allow(non_upper_case_globals)]
    mod descriptors {
        use super::mm::{
            self, Access::*, ByteOrder, DataType::*, RegisterDescriptor as D, Table::*,
            WordOrder,
        };
        pub const ALL: [D; 53] = D::table(
            &[
                &[
                    Shape0.at("coils.hp_hauptschalter", 0),
                    Shape0.at("coils.hp_dhw", 1),
                    Shape0.at("coils.hp_silent_mode", 2),
                    Shape0.at("coils.hp_dhw_desinfection_mode", 3),
                ],
                &[
                    Shape1.at("discrete_inputs.hp_water_flow_status", 0),
                    Shape1.at("discrete_inputs.hp_water_pump_status", 1),
                    Shape1.at("discrete_inputs.hp_ext_water_pump_status", 2),
                    Shape1.at("discrete_inputs.hp_compressor_status", 3),
                    Shape1.at("discrete_inputs.hp_defrosting_status", 4),
                    Shape1.at("discrete_inputs.hp_dhw_heating_status", 5),
                    Shape1.at("discrete_inputs.hp_dhw_tank_desinfection_status", 6),
                    Shape1.at("discrete_inputs.hp_silent_mode_status", 7),
                    Shape1.at("discrete_inputs.hp_cooling_status", 8),
                    Shape1.at("discrete_inputs.hp_solar_pump_status", 9),
                    Shape1.at("discrete_inputs.hp_backup_heater_step1_status", 10),
                    Shape1.at("discrete_inputs.hp_backup_heater_step2_status", 11),
                    Shape1.at("discrete_inputs.hp_dhw_boost_heater_status", 12),
                    Shape1.at("discrete_inputs.hp_error_status", 13),
                    Shape1
                        .at(
                            "discrete_inputs.hp_emergency_operation_available_space_heating_cooling",
                            14,
                        ),
                    Shape1.at("discrete_inputs.hp_emergency_operation_available_dhw", 15),
                    Shape1.at("discrete_inputs.hp_mix_pump_status", 16),
                ],
                &[
                    Shape2.at("input_registers.hp_error_code", 0),
                    Shape2.at("input_registers.hp_odu_operation_cycle", 1),
                    Shape3.at("input_registers.hp_inlet_temp", 2),
                    Shape3.at("input_registers.hp_outlet_temp", 3),
                    Shape3.at("input_registers.hp_backup_heater_outlet_temp", 4),
                    Shape3.at("input_registers.hp_dhw_water_temp", 5),
                    Shape3.at("input_registers.hp_solar_collector_temp", 6),
                    Shape3.at("input_registers.hp_temp_technikraum", 7),
                    D::new("input_registers.hp_flow_rate", Input, 8, I16)
                        .with_scale(0.1, 0.0)
                        .with_unit("l/min"),
                    Shape3.at("input_registers.hp_flow_temp_circle_2", 9),
                    Shape3.at("input_registers.hp_room_air_temp_circuit2_input", 10),
                    Shape2.at("input_registers.hp_energy_state_input", 11),
                    Shape3.at("input_registers.hp_outside_temp", 12),
                    Shape4.at("input_registers.hp_temp_liquid_gas", 16),
                    Shape4.at("input_registers.hp_temp_suction", 18),
                    Shape4.at("input_registers.temp_heatgas", 19),
                    Shape3.at("input_registers.hp_temp_before_vaporiser", 20),
                    Shape3.at("input_registers.hp_temp_after_vaporiser", 21),
                    Shape5.at("input_registers.high_pressure", 22),
                    Shape5.at("input_registers.hp_low_pressure", 23),
                    D::new("input_registers.hp_compressor_rpm", Input, 24, I16)
                        .with_scale(60.0, 0.0)
                        .with_unit("U/min"),
                    Shape2.at("input_registers.hp_product_info", 9998),
                ],
                &[
                    Shape6.at("holding_registers.hp_operation_mode", 0),
                    Shape6.at("holding_registers.hp_control_method", 1),
                    Shape7.at("holding_registers.hp_target_temp_circuit1", 2),
                    Shape7.at("holding_registers.hp_room_air_temp_circuit1", 3),
                    Shape8.at("holding_registers.hp_shift_value_in_auto_mode_circuit1", 4),
                    Shape7.at("holding_registers.hp_target_temp_circuit2", 5),
                    Shape7.at("holding_registers.hp_room_air_temp_circuit2", 6),
                    Shape8.at("holding_registers.hp_shift_value_in_auto_mode_circuit2", 7),
                    Shape7.at("holding_registers.hp_dhw_target_temp", 8),
                    Shape6.at("holding_registers.hp_energy_state_input_raw", 9),
                ],
            ],
        );
        /// Shared by 4 registers, each at its own name and address (`Shape0.at(name, address)`).
        const Shape0: D = D::new("", Coil, 0, Bool);
        /// Shared by 17 registers, each at its own name and address (`Shape1.at(name, address)`).
        const Shape1: D = D::new("", Discrete, 0, Bool);
        /// Shared by 4 registers, each at its own name and address (`Shape2.at(name, address)`).
        const Shape2: D = D::new("", Input, 0, I16);
        /// Shared by 11 registers, each at its own name and address (`Shape3.at(name, address)`).
        const Shape3: D = D::new("", Input, 0, I16).with_scale(0.1, 0.0).with_unit("°C");
        /// Shared by 3 registers, each at its own name and address (`Shape4.at(name, address)`).
        const Shape4: D = D::new("", Input, 0, I16).with_unit("°C");
        /// Shared by 2 registers, each at its own name and address (`Shape5.at(name, address)`).
        const Shape5: D = D::new("", Input, 0, I16).with_unit("Bar");
        /// Shared by 3 registers, each at its own name and address (`Shape6.at(name, address)`).
        const Shape6: D = D::new("", Holding, 0, I16).with_access(Read);
        /// Shared by 5 registers, each at its own name and address (`Shape7.at(name, address)`).
        const Shape7: D = D::new("", Holding, 0, I16)
            .with_access(Read)
            .with_scale(0.1, 0.0)
            .with_unit("°C");
        /// Shared by 2 registers, each at its own name and address (`Shape8.at(name, address)`).
        const Shape8: D = D::new("", Holding, 0, I16).with_access(Read).with_unit("°C");
    }
    /// `coils.hp_hauptschalter`: coil 0.
    pub const COILS_HP_HAUPTSCHALTER: mm::RegisterDescriptor = descriptors::ALL[0];
    /// `coils.hp_dhw`: coil 1.
    pub const COILS_HP_DHW: mm::RegisterDescriptor = descriptors::ALL[1];
    /// `coils.hp_silent_mode`: coil 2.
    pub const COILS_HP_SILENT_MODE: mm::RegisterDescriptor = descriptors::ALL[2];
    /// `coils.hp_dhw_desinfection_mode`: coil 3.
    pub const COILS_HP_DHW_DESINFECTION_MODE: mm::RegisterDescriptor = descriptors::ALL[3];
    /// `discrete_inputs.hp_water_flow_status`: discrete 0.
    pub const DISCRETE_INPUTS_HP_WATER_FLOW_STATUS: mm::RegisterDescriptor = descriptors::ALL[4];
    /// `discrete_inputs.hp_water_pump_status`: discrete 1.
    pub const DISCRETE_INPUTS_HP_WATER_PUMP_STATUS: mm::RegisterDescriptor = descriptors::ALL[5];
    /// `discrete_inputs.hp_ext_water_pump_status`: discrete 2.
    pub const DISCRETE_INPUTS_HP_EXT_WATER_PUMP_STATUS: mm::RegisterDescriptor = descriptors::ALL[6];
    /// `discrete_inputs.hp_compressor_status`: discrete 3.
    pub const DISCRETE_INPUTS_HP_COMPRESSOR_STATUS: mm::RegisterDescriptor = descriptors::ALL[7];
    /// `discrete_inputs.hp_defrosting_status`: discrete 4.
    pub const DISCRETE_INPUTS_HP_DEFROSTING_STATUS: mm::RegisterDescriptor = descriptors::ALL[8];
    /// `discrete_inputs.hp_dhw_heating_status`: discrete 5.
    pub const DISCRETE_INPUTS_HP_DHW_HEATING_STATUS: mm::RegisterDescriptor = descriptors::ALL[9];
    /// `discrete_inputs.hp_dhw_tank_desinfection_status`: discrete 6.
    pub const DISCRETE_INPUTS_HP_DHW_TANK_DESINFECTION_STATUS: mm::RegisterDescriptor = descriptors::ALL[10];
    /// `discrete_inputs.hp_silent_mode_status`: discrete 7.
    pub const DISCRETE_INPUTS_HP_SILENT_MODE_STATUS: mm::RegisterDescriptor = descriptors::ALL[11];
    /// `discrete_inputs.hp_cooling_status`: discrete 8.
    pub const DISCRETE_INPUTS_HP_COOLING_STATUS: mm::RegisterDescriptor = descriptors::ALL[12];
    /// `discrete_inputs.hp_solar_pump_status`: discrete 9.
    pub const DISCRETE_INPUTS_HP_SOLAR_PUMP_STATUS: mm::RegisterDescriptor = descriptors::ALL[13];
    /// `discrete_inputs.hp_backup_heater_step1_status`: discrete 10.
    pub const DISCRETE_INPUTS_HP_BACKUP_HEATER_STEP1_STATUS: mm::RegisterDescriptor = descriptors::ALL[14];
    /// `discrete_inputs.hp_backup_heater_step2_status`: discrete 11.
    pub const DISCRETE_INPUTS_HP_BACKUP_HEATER_STEP2_STATUS: mm::RegisterDescriptor = descriptors::ALL[15];
    /// `discrete_inputs.hp_dhw_boost_heater_status`: discrete 12.
    pub const DISCRETE_INPUTS_HP_DHW_BOOST_HEATER_STATUS: mm::RegisterDescriptor = descriptors::ALL[16];
    /// `discrete_inputs.hp_error_status`: discrete 13.
    pub const DISCRETE_INPUTS_HP_ERROR_STATUS: mm::RegisterDescriptor = descriptors::ALL[17];
    /// `discrete_inputs.hp_emergency_operation_available_space_heating_cooling`: discrete 14.
    pub const DISCRETE_INPUTS_HP_EMERGENCY_OPERATION_AVAILABLE_SPACE_HEATING_COOLING: mm::RegisterDescriptor = descriptors::ALL[18];
    /// `discrete_inputs.hp_emergency_operation_available_dhw`: discrete 15.
    pub const DISCRETE_INPUTS_HP_EMERGENCY_OPERATION_AVAILABLE_DHW: mm::RegisterDescriptor = descriptors::ALL[19];
    /// `discrete_inputs.hp_mix_pump_status`: discrete 16.
    pub const DISCRETE_INPUTS_HP_MIX_PUMP_STATUS: mm::RegisterDescriptor = descriptors::ALL[20];
    /// `input_registers.hp_error_code`: input 0.
    pub const INPUT_REGISTERS_HP_ERROR_CODE: mm::RegisterDescriptor = descriptors::ALL[21];
    /// `input_registers.hp_odu_operation_cycle`: input 1.
    pub const INPUT_REGISTERS_HP_ODU_OPERATION_CYCLE: mm::RegisterDescriptor = descriptors::ALL[22];
    /// `input_registers.hp_inlet_temp`: input 2.
    pub const INPUT_REGISTERS_HP_INLET_TEMP: mm::RegisterDescriptor = descriptors::ALL[23];
    /// `input_registers.hp_outlet_temp`: input 3.
    pub const INPUT_REGISTERS_HP_OUTLET_TEMP: mm::RegisterDescriptor = descriptors::ALL[24];
    /// `input_registers.hp_backup_heater_outlet_temp`: input 4.
    pub const INPUT_REGISTERS_HP_BACKUP_HEATER_OUTLET_TEMP: mm::RegisterDescriptor = descriptors::ALL[25];
    /// `input_registers.hp_dhw_water_temp`: input 5.
    pub const INPUT_REGISTERS_HP_DHW_WATER_TEMP: mm::RegisterDescriptor = descriptors::ALL[26];
    /// `input_registers.hp_solar_collector_temp`: input 6.
    pub const INPUT_REGISTERS_HP_SOLAR_COLLECTOR_TEMP: mm::RegisterDescriptor = descriptors::ALL[27];
    /// `input_registers.hp_temp_technikraum`: input 7.
    pub const INPUT_REGISTERS_HP_TEMP_TECHNIKRAUM: mm::RegisterDescriptor = descriptors::ALL[28];
    /// `input_registers.hp_flow_rate`: input 8.
    pub const INPUT_REGISTERS_HP_FLOW_RATE: mm::RegisterDescriptor = descriptors::ALL[29];
    /// `input_registers.hp_flow_temp_circle_2`: input 9.
    pub const INPUT_REGISTERS_HP_FLOW_TEMP_CIRCLE_2: mm::RegisterDescriptor = descriptors::ALL[30];
    /// `input_registers.hp_room_air_temp_circuit2_input`: input 10.
    pub const INPUT_REGISTERS_HP_ROOM_AIR_TEMP_CIRCUIT2_INPUT: mm::RegisterDescriptor = descriptors::ALL[31];
    /// `input_registers.hp_energy_state_input`: input 11.
    pub const INPUT_REGISTERS_HP_ENERGY_STATE_INPUT: mm::RegisterDescriptor = descriptors::ALL[32];
    /// `input_registers.hp_outside_temp`: input 12.
    pub const INPUT_REGISTERS_HP_OUTSIDE_TEMP: mm::RegisterDescriptor = descriptors::ALL[33];
    /// `input_registers.hp_temp_liquid_gas`: input 16.
    pub const INPUT_REGISTERS_HP_TEMP_LIQUID_GAS: mm::RegisterDescriptor = descriptors::ALL[34];
    /// `input_registers.hp_temp_suction`: input 18.
    pub const INPUT_REGISTERS_HP_TEMP_SUCTION: mm::RegisterDescriptor = descriptors::ALL[35];
    /// `input_registers.temp_heatgas`: input 19.
    pub const INPUT_REGISTERS_TEMP_HEATGAS: mm::RegisterDescriptor = descriptors::ALL[36];
    /// `input_registers.hp_temp_before_vaporiser`: input 20.
    pub const INPUT_REGISTERS_HP_TEMP_BEFORE_VAPORISER: mm::RegisterDescriptor = descriptors::ALL[37];
    /// `input_registers.hp_temp_after_vaporiser`: input 21.
    pub const INPUT_REGISTERS_HP_TEMP_AFTER_VAPORISER: mm::RegisterDescriptor = descriptors::ALL[38];
    /// `input_registers.high_pressure`: input 22.
    pub const INPUT_REGISTERS_HIGH_PRESSURE: mm::RegisterDescriptor = descriptors::ALL[39];
    /// `input_registers.hp_low_pressure`: input 23.
    pub const INPUT_REGISTERS_HP_LOW_PRESSURE: mm::RegisterDescriptor = descriptors::ALL[40];
    /// `input_registers.hp_compressor_rpm`: input 24.
    pub const INPUT_REGISTERS_HP_COMPRESSOR_RPM: mm::RegisterDescriptor = descriptors::ALL[41];
    /// `input_registers.hp_product_info`: input 9998.
    pub const INPUT_REGISTERS_HP_PRODUCT_INFO: mm::RegisterDescriptor = descriptors::ALL[42];
    /// `holding_registers.hp_operation_mode`: holding 0.
    pub const HOLDING_REGISTERS_HP_OPERATION_MODE: mm::RegisterDescriptor = descriptors::ALL[43];
    /// `holding_registers.hp_control_method`: holding 1.
    pub const HOLDING_REGISTERS_HP_CONTROL_METHOD: mm::RegisterDescriptor = descriptors::ALL[44];
    /// `holding_registers.hp_target_temp_circuit1`: holding 2.
    pub const HOLDING_REGISTERS_HP_TARGET_TEMP_CIRCUIT1: mm::RegisterDescriptor = descriptors::ALL[45];
    /// `holding_registers.hp_room_air_temp_circuit1`: holding 3.
    pub const HOLDING_REGISTERS_HP_ROOM_AIR_TEMP_CIRCUIT1: mm::RegisterDescriptor = descriptors::ALL[46];
    /// `holding_registers.hp_shift_value_in_auto_mode_circuit1`: holding 4.
    pub const HOLDING_REGISTERS_HP_SHIFT_VALUE_IN_AUTO_MODE_CIRCUIT1: mm::RegisterDescriptor = descriptors::ALL[47];
    /// `holding_registers.hp_target_temp_circuit2`: holding 5.
    pub const HOLDING_REGISTERS_HP_TARGET_TEMP_CIRCUIT2: mm::RegisterDescriptor = descriptors::ALL[48];
    /// `holding_registers.hp_room_air_temp_circuit2`: holding 6.
    pub const HOLDING_REGISTERS_HP_ROOM_AIR_TEMP_CIRCUIT2: mm::RegisterDescriptor = descriptors::ALL[49];
    /// `holding_registers.hp_shift_value_in_auto_mode_circuit2`: holding 7.
    pub const HOLDING_REGISTERS_HP_SHIFT_VALUE_IN_AUTO_MODE_CIRCUIT2: mm::RegisterDescriptor = descriptors::ALL[50];
    /// `holding_registers.hp_dhw_target_temp`: holding 8.
    pub const HOLDING_REGISTERS_HP_DHW_TARGET_TEMP: mm::RegisterDescriptor = descriptors::ALL[51];
    /// `holding_registers.hp_energy_state_input_raw`: holding 9.
    pub const HOLDING_REGISTERS_HP_ENERGY_STATE_INPUT_RAW: mm::RegisterDescriptor = descriptors::ALL[52];
    /// Slave dispatch tables: serve this device with `modbus_map::server` or the `no_std` dispatch core.
    pub mod dispatch {
        use ::modbus_map::__private::dispatch::{
            self, DeviceMap, Entry, GapRange, TableMap, UnitMap,
        };
        static UNIT_1_COIL: [Entry; 4] = Entry::runs(&super::REGISTERS, &[(0, 4, 0)]);
        static UNIT_1_COIL_INDEX: [u16; 4] = [0, 1, 2, 3];
        static UNIT_1_DISCRETE: [Entry; 17] = Entry::runs(&super::REGISTERS, &[(4, 17, 4)]);
        static UNIT_1_DISCRETE_INDEX: [u16; 17] = [
            0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16,
        ];
        static UNIT_1_INPUT: [Entry; 22] = Entry::runs(&super::REGISTERS, &[(21, 22, 21)]);
        static UNIT_1_HOLDING: [Entry; 10] = Entry::runs(&super::REGISTERS, &[(43, 10, 43)]);
        static UNIT_1_HOLDING_INDEX: [u16; 10] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
        static UNITS: [UnitMap; 1] = [
            UnitMap {
                unit_id: 1,
                coils: TableMap {
                    entries: &UNIT_1_COIL,
                    allow_gaps: false,
                    gap_ranges: &[],
                    index_base: 0,
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
        pub static DEFAULTS: [u16; 53] = dispatch::words(&[]);
        /// The device's whole map, for `modbus_map::dispatch::Dispatcher::new(&MAP)`.
        pub static MAP: DeviceMap = DeviceMap {
            name: "lg_therma_v",
            default_unit: 1,
            units: &UNITS,
            defaults: &DEFAULTS,
            word_order_coil: ::core::option::Option::None,
        };
    }
    mm::tokio_client! {
        /// Readable registers of block `coils`.
        #[derive(Debug, Clone, PartialEq)]
        pub struct Coils {
            /// `coils.hp_hauptschalter`
            pub hp_hauptschalter: bool,
            /// `coils.hp_dhw`
            pub hp_dhw: bool,
            /// `coils.hp_silent_mode`
            pub hp_silent_mode: bool,
            /// `coils.hp_dhw_desinfection_mode`
            pub hp_dhw_desinfection_mode: bool,
        }
        mm::block_decode!(
            Coils { hp_hauptschalter 0, hp_dhw 1, hp_silent_mode 2, hp_dhw_desinfection_mode 3 }
        );
        /// The registers of one instance of block `coils`, read and written one by one or whole.
        #[derive(Debug)]
        pub struct CoilsClient<'a, C>(pub mm::BlockClient<'a, C>);
        impl<'a, C: mm::Reader + mm::Writer> CoilsClient<'a, C> {
            /// Reads every readable register of the `coils` instance in as few requests as the planner allows.
            pub fn read(
                &mut self,
            ) -> impl ::core::future::Future<Output = mm::ModbusResult<Coils>> + use<'_, 'a, C> {
                self.0.read_block()
            }
            mm::register_fns!(
                read_hp_hauptschalter, write_hp_hauptschalter, 0, bool,
                "`coils.hp_hauptschalter`"
            );
            mm::register_fns!(read_hp_dhw, write_hp_dhw, 1, bool, "`coils.hp_dhw`");
            mm::register_fns!(
                read_hp_silent_mode, write_hp_silent_mode, 2, bool, "`coils.hp_silent_mode`"
            );
            mm::register_fns!(
                read_hp_dhw_desinfection_mode, write_hp_dhw_desinfection_mode, 3, bool,
                "`coils.hp_dhw_desinfection_mode`"
            );
        }
        /// Readable registers of block `discrete_inputs`.
        #[derive(Debug, Clone, PartialEq)]
        pub struct DiscreteInputs {
            /// `discrete_inputs.hp_water_flow_status`
            pub hp_water_flow_status: bool,
            /// `discrete_inputs.hp_water_pump_status`
            pub hp_water_pump_status: bool,
            /// `discrete_inputs.hp_ext_water_pump_status`
            pub hp_ext_water_pump_status: bool,
            /// `discrete_inputs.hp_compressor_status`
            pub hp_compressor_status: bool,
            /// `discrete_inputs.hp_defrosting_status`
            pub hp_defrosting_status: bool,
            /// `discrete_inputs.hp_dhw_heating_status`
            pub hp_dhw_heating_status: bool,
            /// `discrete_inputs.hp_dhw_tank_desinfection_status`
            pub hp_dhw_tank_desinfection_status: bool,
            /// `discrete_inputs.hp_silent_mode_status`
            pub hp_silent_mode_status: bool,
            /// `discrete_inputs.hp_cooling_status`
            pub hp_cooling_status: bool,
            /// `discrete_inputs.hp_solar_pump_status`
            pub hp_solar_pump_status: bool,
            /// `discrete_inputs.hp_backup_heater_step1_status`
            pub hp_backup_heater_step1_status: bool,
            /// `discrete_inputs.hp_backup_heater_step2_status`
            pub hp_backup_heater_step2_status: bool,
            /// `discrete_inputs.hp_dhw_boost_heater_status`
            pub hp_dhw_boost_heater_status: bool,
            /// `discrete_inputs.hp_error_status`
            pub hp_error_status: bool,
            /// `discrete_inputs.hp_emergency_operation_available_space_heating_cooling`
            pub hp_emergency_operation_available_space_heating_cooling: bool,
            /// `discrete_inputs.hp_emergency_operation_available_dhw`
            pub hp_emergency_operation_available_dhw: bool,
            /// `discrete_inputs.hp_mix_pump_status`
            pub hp_mix_pump_status: bool,
        }
        mm::block_decode!(
            DiscreteInputs { hp_water_flow_status 0, hp_water_pump_status 1,
            hp_ext_water_pump_status 2, hp_compressor_status 3, hp_defrosting_status 4,
            hp_dhw_heating_status 5, hp_dhw_tank_desinfection_status 6, hp_silent_mode_status 7,
            hp_cooling_status 8, hp_solar_pump_status 9, hp_backup_heater_step1_status 10,
            hp_backup_heater_step2_status 11, hp_dhw_boost_heater_status 12, hp_error_status 13,
            hp_emergency_operation_available_space_heating_cooling 14,
            hp_emergency_operation_available_dhw 15, hp_mix_pump_status 16 }
        );
        /// The registers of one instance of block `discrete_inputs`, read and written one by one or whole.
        #[derive(Debug)]
        pub struct DiscreteInputsClient<'a, C>(pub mm::BlockClient<'a, C>);
        impl<'a, C: mm::Reader + mm::Writer> DiscreteInputsClient<'a, C> {
            /// Reads every readable register of the `discrete_inputs` instance in as few requests as the planner allows.
            pub fn read(
                &mut self,
            ) -> impl ::core::future::Future<
                Output = mm::ModbusResult<DiscreteInputs>,
            > + use<'_, 'a, C> {
                self.0.read_block()
            }
            mm::register_fns!(
                read_hp_water_flow_status, _, 0, bool, "`discrete_inputs.hp_water_flow_status`"
            );
            mm::register_fns!(
                read_hp_water_pump_status, _, 1, bool, "`discrete_inputs.hp_water_pump_status`"
            );
            mm::register_fns!(
                read_hp_ext_water_pump_status, _, 2, bool,
                "`discrete_inputs.hp_ext_water_pump_status`"
            );
            mm::register_fns!(
                read_hp_compressor_status, _, 3, bool, "`discrete_inputs.hp_compressor_status`"
            );
            mm::register_fns!(
                read_hp_defrosting_status, _, 4, bool, "`discrete_inputs.hp_defrosting_status`"
            );
            mm::register_fns!(
                read_hp_dhw_heating_status, _, 5, bool, "`discrete_inputs.hp_dhw_heating_status`"
            );
            mm::register_fns!(
                read_hp_dhw_tank_desinfection_status, _, 6, bool,
                "`discrete_inputs.hp_dhw_tank_desinfection_status`"
            );
            mm::register_fns!(
                read_hp_silent_mode_status, _, 7, bool, "`discrete_inputs.hp_silent_mode_status`"
            );
            mm::register_fns!(
                read_hp_cooling_status, _, 8, bool, "`discrete_inputs.hp_cooling_status`"
            );
            mm::register_fns!(
                read_hp_solar_pump_status, _, 9, bool, "`discrete_inputs.hp_solar_pump_status`"
            );
            mm::register_fns!(
                read_hp_backup_heater_step1_status, _, 10, bool,
                "`discrete_inputs.hp_backup_heater_step1_status`"
            );
            mm::register_fns!(
                read_hp_backup_heater_step2_status, _, 11, bool,
                "`discrete_inputs.hp_backup_heater_step2_status`"
            );
            mm::register_fns!(
                read_hp_dhw_boost_heater_status, _, 12, bool,
                "`discrete_inputs.hp_dhw_boost_heater_status`"
            );
            mm::register_fns!(
                read_hp_error_status, _, 13, bool, "`discrete_inputs.hp_error_status`"
            );
            mm::register_fns!(
                read_hp_emergency_operation_available_space_heating_cooling, _, 14, bool,
                "`discrete_inputs.hp_emergency_operation_available_space_heating_cooling`"
            );
            mm::register_fns!(
                read_hp_emergency_operation_available_dhw, _, 15, bool,
                "`discrete_inputs.hp_emergency_operation_available_dhw`"
            );
            mm::register_fns!(
                read_hp_mix_pump_status, _, 16, bool, "`discrete_inputs.hp_mix_pump_status`"
            );
        }
        /// Readable registers of block `input_registers`.
        #[derive(Debug, Clone, PartialEq)]
        pub struct InputRegisters {
            /// `input_registers.hp_error_code`
            pub hp_error_code: i16,
            /// `input_registers.hp_odu_operation_cycle`
            pub hp_odu_operation_cycle: i16,
            /// `input_registers.hp_inlet_temp`:  (°C)
            pub hp_inlet_temp: f64,
            /// `input_registers.hp_outlet_temp`:  (°C)
            pub hp_outlet_temp: f64,
            /// `input_registers.hp_backup_heater_outlet_temp`:  (°C)
            pub hp_backup_heater_outlet_temp: f64,
            /// `input_registers.hp_dhw_water_temp`:  (°C)
            pub hp_dhw_water_temp: f64,
            /// `input_registers.hp_solar_collector_temp`:  (°C)
            pub hp_solar_collector_temp: f64,
            /// `input_registers.hp_temp_technikraum`:  (°C)
            pub hp_temp_technikraum: f64,
            /// `input_registers.hp_flow_rate`:  (l/min)
            pub hp_flow_rate: f64,
            /// `input_registers.hp_flow_temp_circle_2`:  (°C)
            pub hp_flow_temp_circle_2: f64,
            /// `input_registers.hp_room_air_temp_circuit2_input`:  (°C)
            pub hp_room_air_temp_circuit2_input: f64,
            /// `input_registers.hp_energy_state_input`
            pub hp_energy_state_input: i16,
            /// `input_registers.hp_outside_temp`:  (°C)
            pub hp_outside_temp: f64,
            /// `input_registers.hp_temp_liquid_gas`:  (°C)
            pub hp_temp_liquid_gas: i16,
            /// `input_registers.hp_temp_suction`:  (°C)
            pub hp_temp_suction: i16,
            /// `input_registers.temp_heatgas`: hp_temp_heatgas (°C)
            pub temp_heatgas: i16,
            /// `input_registers.hp_temp_before_vaporiser`:  (°C)
            pub hp_temp_before_vaporiser: f64,
            /// `input_registers.hp_temp_after_vaporiser`:  (°C)
            pub hp_temp_after_vaporiser: f64,
            /// `input_registers.high_pressure`: hp_high_pressure (Bar)
            pub high_pressure: i16,
            /// `input_registers.hp_low_pressure`:  (Bar)
            pub hp_low_pressure: i16,
            /// `input_registers.hp_compressor_rpm`:  (U/min)
            pub hp_compressor_rpm: f64,
            /// `input_registers.hp_product_info`
            pub hp_product_info: i16,
        }
        mm::block_decode!(
            InputRegisters { hp_error_code 0, hp_odu_operation_cycle 1, hp_inlet_temp 2,
            hp_outlet_temp 3, hp_backup_heater_outlet_temp 4, hp_dhw_water_temp 5,
            hp_solar_collector_temp 6, hp_temp_technikraum 7, hp_flow_rate 8,
            hp_flow_temp_circle_2 9, hp_room_air_temp_circuit2_input 10, hp_energy_state_input
            11, hp_outside_temp 12, hp_temp_liquid_gas 13, hp_temp_suction 14, temp_heatgas 15,
            hp_temp_before_vaporiser 16, hp_temp_after_vaporiser 17, high_pressure 18,
            hp_low_pressure 19, hp_compressor_rpm 20, hp_product_info 21 }
        );
        /// The registers of one instance of block `input_registers`, read and written one by one or whole.
        #[derive(Debug)]
        pub struct InputRegistersClient<'a, C>(pub mm::BlockClient<'a, C>);
        impl<'a, C: mm::Reader + mm::Writer> InputRegistersClient<'a, C> {
            /// Reads every readable register of the `input_registers` instance in as few requests as the planner allows.
            pub fn read(
                &mut self,
            ) -> impl ::core::future::Future<
                Output = mm::ModbusResult<InputRegisters>,
            > + use<'_, 'a, C> {
                self.0.read_block()
            }
            mm::register_fns!(read_hp_error_code, _, 0, i16, "`input_registers.hp_error_code`");
            mm::register_fns!(
                read_hp_odu_operation_cycle, _, 1, i16,
                "`input_registers.hp_odu_operation_cycle`"
            );
            mm::register_fns!(
                read_hp_inlet_temp, _, 2, f64, "`input_registers.hp_inlet_temp`:  (°C)"
            );
            mm::register_fns!(
                read_hp_outlet_temp, _, 3, f64, "`input_registers.hp_outlet_temp`:  (°C)"
            );
            mm::register_fns!(
                read_hp_backup_heater_outlet_temp, _, 4, f64,
                "`input_registers.hp_backup_heater_outlet_temp`:  (°C)"
            );
            mm::register_fns!(
                read_hp_dhw_water_temp, _, 5, f64, "`input_registers.hp_dhw_water_temp`:  (°C)"
            );
            mm::register_fns!(
                read_hp_solar_collector_temp, _, 6, f64,
                "`input_registers.hp_solar_collector_temp`:  (°C)"
            );
            mm::register_fns!(
                read_hp_temp_technikraum, _, 7, f64,
                "`input_registers.hp_temp_technikraum`:  (°C)"
            );
            mm::register_fns!(
                read_hp_flow_rate, _, 8, f64, "`input_registers.hp_flow_rate`:  (l/min)"
            );
            mm::register_fns!(
                read_hp_flow_temp_circle_2, _, 9, f64,
                "`input_registers.hp_flow_temp_circle_2`:  (°C)"
            );
            mm::register_fns!(
                read_hp_room_air_temp_circuit2_input, _, 10, f64,
                "`input_registers.hp_room_air_temp_circuit2_input`:  (°C)"
            );
            mm::register_fns!(
                read_hp_energy_state_input, _, 11, i16, "`input_registers.hp_energy_state_input`"
            );
            mm::register_fns!(
                read_hp_outside_temp, _, 12, f64, "`input_registers.hp_outside_temp`:  (°C)"
            );
            mm::register_fns!(
                read_hp_temp_liquid_gas, _, 13, i16,
                "`input_registers.hp_temp_liquid_gas`:  (°C)"
            );
            mm::register_fns!(
                read_hp_temp_suction, _, 14, i16, "`input_registers.hp_temp_suction`:  (°C)"
            );
            mm::register_fns!(
                read_temp_heatgas, _, 15, i16,
                "`input_registers.temp_heatgas`: hp_temp_heatgas (°C)"
            );
            mm::register_fns!(
                read_hp_temp_before_vaporiser, _, 16, f64,
                "`input_registers.hp_temp_before_vaporiser`:  (°C)"
            );
            mm::register_fns!(
                read_hp_temp_after_vaporiser, _, 17, f64,
                "`input_registers.hp_temp_after_vaporiser`:  (°C)"
            );
            mm::register_fns!(
                read_high_pressure, _, 18, i16,
                "`input_registers.high_pressure`: hp_high_pressure (Bar)"
            );
            mm::register_fns!(
                read_hp_low_pressure, _, 19, i16, "`input_registers.hp_low_pressure`:  (Bar)"
            );
            mm::register_fns!(
                read_hp_compressor_rpm, _, 20, f64,
                "`input_registers.hp_compressor_rpm`:  (U/min)"
            );
            mm::register_fns!(
                read_hp_product_info, _, 21, i16, "`input_registers.hp_product_info`"
            );
        }
        /// Readable registers of block `holding_registers`.
        #[derive(Debug, Clone, PartialEq)]
        pub struct HoldingRegisters {
            /// `holding_registers.hp_operation_mode`
            pub hp_operation_mode: i16,
            /// `holding_registers.hp_control_method`
            pub hp_control_method: i16,
            /// `holding_registers.hp_target_temp_circuit1`:  (°C)
            pub hp_target_temp_circuit1: f64,
            /// `holding_registers.hp_room_air_temp_circuit1`:  (°C)
            pub hp_room_air_temp_circuit1: f64,
            /// `holding_registers.hp_shift_value_in_auto_mode_circuit1`:  (°C)
            pub hp_shift_value_in_auto_mode_circuit1: i16,
            /// `holding_registers.hp_target_temp_circuit2`:  (°C)
            pub hp_target_temp_circuit2: f64,
            /// `holding_registers.hp_room_air_temp_circuit2`:  (°C)
            pub hp_room_air_temp_circuit2: f64,
            /// `holding_registers.hp_shift_value_in_auto_mode_circuit2`:  (°C)
            pub hp_shift_value_in_auto_mode_circuit2: i16,
            /// `holding_registers.hp_dhw_target_temp`:  (°C)
            pub hp_dhw_target_temp: f64,
            /// `holding_registers.hp_energy_state_input_raw`
            pub hp_energy_state_input_raw: i16,
        }
        mm::block_decode!(
            HoldingRegisters { hp_operation_mode 0, hp_control_method 1, hp_target_temp_circuit1
            2, hp_room_air_temp_circuit1 3, hp_shift_value_in_auto_mode_circuit1 4,
            hp_target_temp_circuit2 5, hp_room_air_temp_circuit2 6,
            hp_shift_value_in_auto_mode_circuit2 7, hp_dhw_target_temp 8,
            hp_energy_state_input_raw 9 }
        );
        /// The registers of one instance of block `holding_registers`, read and written one by one or whole.
        #[derive(Debug)]
        pub struct HoldingRegistersClient<'a, C>(pub mm::BlockClient<'a, C>);
        impl<'a, C: mm::Reader + mm::Writer> HoldingRegistersClient<'a, C> {
            /// Reads every readable register of the `holding_registers` instance in as few requests as the planner allows.
            pub fn read(
                &mut self,
            ) -> impl ::core::future::Future<
                Output = mm::ModbusResult<HoldingRegisters>,
            > + use<'_, 'a, C> {
                self.0.read_block()
            }
            mm::register_fns!(
                read_hp_operation_mode, _, 0, i16, "`holding_registers.hp_operation_mode`"
            );
            mm::register_fns!(
                read_hp_control_method, _, 1, i16, "`holding_registers.hp_control_method`"
            );
            mm::register_fns!(
                read_hp_target_temp_circuit1, _, 2, f64,
                "`holding_registers.hp_target_temp_circuit1`:  (°C)"
            );
            mm::register_fns!(
                read_hp_room_air_temp_circuit1, _, 3, f64,
                "`holding_registers.hp_room_air_temp_circuit1`:  (°C)"
            );
            mm::register_fns!(
                read_hp_shift_value_in_auto_mode_circuit1, _, 4, i16,
                "`holding_registers.hp_shift_value_in_auto_mode_circuit1`:  (°C)"
            );
            mm::register_fns!(
                read_hp_target_temp_circuit2, _, 5, f64,
                "`holding_registers.hp_target_temp_circuit2`:  (°C)"
            );
            mm::register_fns!(
                read_hp_room_air_temp_circuit2, _, 6, f64,
                "`holding_registers.hp_room_air_temp_circuit2`:  (°C)"
            );
            mm::register_fns!(
                read_hp_shift_value_in_auto_mode_circuit2, _, 7, i16,
                "`holding_registers.hp_shift_value_in_auto_mode_circuit2`:  (°C)"
            );
            mm::register_fns!(
                read_hp_dhw_target_temp, _, 8, f64,
                "`holding_registers.hp_dhw_target_temp`:  (°C)"
            );
            mm::register_fns!(
                read_hp_energy_state_input_raw, _, 9, i16,
                "`holding_registers.hp_energy_state_input_raw`"
            );
        }
        /// Everything [`Client::read_all`] returns: one field per block.
        #[derive(Debug, Clone, PartialEq)]
        pub struct All {
            /// Block `coils`.
            pub coils: Coils,
            /// Block `discrete_inputs`.
            pub discrete_inputs: DiscreteInputs,
            /// Block `input_registers`.
            pub input_registers: InputRegisters,
            /// Block `holding_registers`.
            pub holding_registers: HoldingRegisters,
        }
        mm::device_client!("lg_heatpump");
        impl<C: mm::Reader + mm::Writer> Client<C> {
            /// Block `coils` (base 0).
            pub fn coils(&mut self) -> CoilsClient<'_, C> {
                CoilsClient(self.0.block(&REGISTERS[0..4], &REGISTERS, LIMITS))
            }
            /// Block `discrete_inputs` (base 0).
            pub fn discrete_inputs(&mut self) -> DiscreteInputsClient<'_, C> {
                DiscreteInputsClient(self.0.block(&REGISTERS[4..21], &REGISTERS, LIMITS))
            }
            /// Block `input_registers` (base 0).
            pub fn input_registers(&mut self) -> InputRegistersClient<'_, C> {
                InputRegistersClient(self.0.block(&REGISTERS[21..43], &REGISTERS, LIMITS))
            }
            /// Block `holding_registers` (base 0).
            pub fn holding_registers(&mut self) -> HoldingRegistersClient<'_, C> {
                HoldingRegistersClient(self.0.block(&REGISTERS[43..53], &REGISTERS, LIMITS))
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
                            coils: v.block(&REGISTERS[0..4])?,
                            discrete_inputs: v.block(&REGISTERS[4..21])?,
                            input_registers: v.block(&REGISTERS[21..43])?,
                            holding_registers: v.block(&REGISTERS[43..53])?,
                        }),
                    )
                    .await
            }
        }
    }
}
