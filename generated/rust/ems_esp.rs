// @generated from specs/ems_esp.yaml by `cargo xtask gen`.
// Do not edit: change the spec and run the command again.

/// EMS-ESP
///
/// Gateway between the EMS bus of Bosch/Buderus/Junkers/Nefit heating systems and Modbus/TCP. One Modbus server per EMS device type: system 1, boiler 5, thermostat 6. One entity per request.
///
/// - vendor: EMS-ESP project (emsesp/EMS-ESP32)
/// - unit id: 1
/// - word order: high_first, string byte order: high_first
/// - spec: `specs/ems_esp.yaml`
#[allow(
    clippy::all,
    clippy::pedantic,
    unused_imports,
    dead_code,
    non_camel_case_types,
    non_snake_case
)]
pub mod ems_esp {
    use ::modbus_map::__private as mm;
    /// Device name as in the spec.
    pub const NAME: &str = "ems_esp";
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
        values_per_read: ::core::option::Option::Some(1),
    };
    /// Every register of the device, block by block in spec order, instance by instance.
    pub static REGISTERS: [mm::RegisterDescriptor; 649] = descriptors::ALL;
    #[allow(non_upper_case_globals)]
    mod descriptors {
        use super::mm::{
            self, Access::*, ByteOrder, DataType::*, RegisterDescriptor as D, Table::*,
            WordOrder,
        };
        pub const ALL: [D; 649] = D::table(
            &[
                &[D::new("system.device_count", Input, 1, U16)],
                &DEVICE_INSTANCES,
                &[
                    D::new("thermostat.errorcode", Holding, 0, String)
                        .with_unit_id(6)
                        .with_length(16)
                        .with_access(Read),
                    D::new("thermostat.lastcode", Holding, 8, String)
                        .with_unit_id(6)
                        .with_length(50)
                        .with_access(Read),
                    D::new("thermostat.datetime", Holding, 33, String)
                        .with_unit_id(6)
                        .with_length(26),
                    D::new("thermostat.intoffset", Holding, 46, I16)
                        .with_unit_id(6)
                        .with_scale(0.1, 0.0)
                        .with_range(-12.0, 12.0)
                        .with_unit("°C"),
                    D::new("thermostat.floordry", Holding, 47, U16)
                        .with_unit_id(6)
                        .with_access(Read)
                        .with_values(super::ThermostatFloordry::VALUES),
                    Shape0.at("thermostat.dampedoutdoortemp", 48),
                    Shape1.at("thermostat.floordrytemp", 49),
                    D::new("thermostat.building", Holding, 50, U16)
                        .with_unit_id(6)
                        .with_values(super::ThermostatBuilding::VALUES),
                    Shape2.at("thermostat.minexttemp", 51),
                    Shape3.at("thermostat.damping", 52),
                    Shape3.at("thermostat.solar", 53),
                    D::new("thermostat.hybridstrategy", Holding, 54, U16)
                        .with_unit_id(6)
                        .with_values(super::ThermostatHybridstrategy::VALUES),
                    D::new("thermostat.switchovertemp", Holding, 55, I16)
                        .with_unit_id(6)
                        .with_range(-20.0, 20.0)
                        .with_unit("°C"),
                    D::new("thermostat.energycostratio", Holding, 56, U16)
                        .with_unit_id(6)
                        .with_scale(0.1, 0.0)
                        .with_range(0.0, 20.0),
                    Shape4.at("thermostat.fossilefactor", 57),
                    Shape4.at("thermostat.electricfactor", 58),
                    D::new("thermostat.delayboiler", Holding, 59, U16)
                        .with_unit_id(6)
                        .with_range(5.0, 120.0)
                        .with_unit("min"),
                    D::new("thermostat.tempdiffboiler", Holding, 60, U16)
                        .with_unit_id(6)
                        .with_range(1.0, 99.0)
                        .with_unit("°C"),
                    Shape3.at("thermostat.pvenabledhw", 61),
                    D::new("thermostat.pvraiseheat", Holding, 62, I16)
                        .with_unit_id(6)
                        .with_range(0.0, 5.0)
                        .with_unit("K"),
                    D::new("thermostat.pvlowercool", Holding, 63, I16)
                        .with_unit_id(6)
                        .with_range(-5.0, 0.0)
                        .with_unit("K"),
                    Shape3.at("thermostat.absent", 64),
                ],
                &HC_INSTANCES,
                &[
                    D::new("thermostat_dhw.mode", Holding, 9000, U16)
                        .with_unit_id(6)
                        .with_values(super::ThermostatDhwMode::VALUES),
                    D::new("thermostat_dhw.modetype", Holding, 9001, U16)
                        .with_unit_id(6)
                        .with_access(Read)
                        .with_values(super::ThermostatDhwModetype::VALUES),
                    Shape6.at("thermostat_dhw.settemp", 9002),
                    Shape6.at("thermostat_dhw.settemplow", 9003),
                    D::new("thermostat_dhw.circmode", Holding, 9004, U16)
                        .with_unit_id(6)
                        .with_values(super::ThermostatDhwCircmode::VALUES),
                    D::new("thermostat_dhw.chargeduration", Holding, 9005, U16)
                        .with_unit_id(6)
                        .with_scale(15.0, 0.0)
                        .with_range(0.0, 3810.0)
                        .with_unit("min"),
                    Shape3.at("thermostat_dhw.charge", 9006),
                    Shape7.at("thermostat_dhw.extra", 9007),
                    Shape3.at("thermostat_dhw.disinfecting", 9008),
                    D::new("thermostat_dhw.disinfectday", Holding, 9009, U16)
                        .with_unit_id(6)
                        .with_values(super::ThermostatDhwDisinfectday::VALUES),
                    Shape10.at("thermostat_dhw.disinfecttime", 9010),
                    Shape3.at("thermostat_dhw.dailyheating", 9011),
                    Shape10.at("thermostat_dhw.dailyheattime", 9012),
                ],
                &[
                    D::new("boiler.reset", Holding, 0, U16)
                        .with_unit_id(5)
                        .with_access(Write)
                        .with_values(super::BoilerReset::VALUES),
                    D::new("boiler.chimneysweeper", Holding, 1, U16)
                        .with_unit_id(5)
                        .with_access(Write)
                        .with_values(super::ThermostatDamping::VALUES),
                    Shape11.at("boiler.heatingoff", 2),
                    Shape12.at("boiler.heatingactive", 3),
                    Shape12.at("boiler.tapwateractive", 4),
                    Shape13.at("boiler.selflowtemp", 5),
                    Shape14.at("boiler.heatingpumpmod", 6),
                    D::new("boiler.outdoortemp", Holding, 7, I16)
                        .with_unit_id(5)
                        .with_access(Read)
                        .with_scale(0.1, 0.0)
                        .with_range(-3199.0, 3199.0)
                        .with_unit("°C"),
                    Shape15.at("boiler.curflowtemp", 8),
                    Shape15.at("boiler.rettemp", 9),
                    Shape15.at("boiler.switchtemp", 10),
                    D::new("boiler.syspress", Holding, 11, U16)
                        .with_unit_id(5)
                        .with_access(Read)
                        .with_scale(0.1, 0.0)
                        .with_range(0.0, 25.0)
                        .with_unit("bar"),
                    Shape15.at("boiler.boiltemp", 12),
                    Shape15.at("boiler.headertemp", 13),
                    Shape11.at("boiler.heatingactivated", 14),
                    Shape13.at("boiler.heatingtemp", 15),
                    Shape12.at("boiler.heatingpump", 16),
                    Shape16.at("boiler.pumpmodmax", 17),
                    Shape16.at("boiler.pumpmodmin", 18),
                    D::new("boiler.pumpmode", Holding, 19, U16)
                        .with_unit_id(5)
                        .with_values(super::BoilerPumpmode::VALUES),
                    D::new("boiler.pumpcharacter", Holding, 20, U16)
                        .with_unit_id(5)
                        .with_values(super::BoilerPumpcharacter::VALUES),
                    D::new("boiler.pumpdelay", Holding, 21, U16)
                        .with_unit_id(5)
                        .with_range(0.0, 60.0)
                        .with_unit("min"),
                    D::new("boiler.pumpontemp", Holding, 22, U16)
                        .with_unit_id(5)
                        .with_range(0.0, 60.0)
                        .with_unit("°C"),
                    Shape17.at("boiler.selburnpow", 23),
                    Shape14.at("boiler.curburnpow", 24),
                    Shape18.at("boiler.burnstarts", 25),
                    Shape19.at("boiler.burnworkmin", 27),
                    Shape19.at("boiler.burn2workmin", 29),
                    Shape19.at("boiler.heatworkmin", 31),
                    Shape18.at("boiler.heatstarts", 33),
                    Shape19.at("boiler.ubauptime", 35),
                    D::new("boiler.lastcode", Holding, 37, String)
                        .with_unit_id(5)
                        .with_length(56)
                        .with_access(Read),
                    Shape20.at("boiler.servicecode", 65),
                    D::new("boiler.servicecodenumber", Holding, 67, U16)
                        .with_unit_id(5)
                        .with_access(Read)
                        .with_range(0.0, 31999.0),
                    Shape20.at("boiler.maintenancemessage", 68),
                    D::new("boiler.maintenance", Holding, 70, U16)
                        .with_unit_id(5)
                        .with_values(super::BoilerMaintenance::VALUES),
                    D::new("boiler.maintenancetime", Holding, 71, U16)
                        .with_unit_id(5)
                        .with_range(0.0, 31999.0)
                        .with_unit("h"),
                    D::new("boiler.maintenancedate", Holding, 72, String)
                        .with_unit_id(5)
                        .with_length(12),
                    Shape11.at("boiler.emergencyops", 78),
                    D::new("boiler.emergencytemp", Holding, 79, U16)
                        .with_unit_id(5)
                        .with_range(15.0, 70.0)
                        .with_unit("°C"),
                    Shape21.at("boiler.pc0flow", 80),
                    Shape21.at("boiler.pc1flow", 81),
                    Shape12.at("boiler.pc1on", 82),
                    Shape14.at("boiler.pc1rate", 83),
                    D::new("boiler.nrgtotal", Holding, 85, U32)
                        .with_unit_id(5)
                        .with_access(Read)
                        .with_scale(0.01, 0.0)
                        .with_range(0.0, 167772.0)
                        .with_unit("kWh"),
                    Shape22.at("boiler.nrgheat", 87),
                    Shape23.at("boiler.meterheat", 97),
                    Shape15.at("boiler.exhausttemp", 249),
                    Shape12.at("boiler.burngas", 250),
                    Shape12.at("boiler.burngas2", 251),
                    D::new("boiler.flamecurr", Holding, 252, U16)
                        .with_unit_id(5)
                        .with_access(Read)
                        .with_scale(0.1, 0.0)
                        .with_range(0.0, 3199.0)
                        .with_unit("µA"),
                    Shape12.at("boiler.fanwork", 253),
                    Shape12.at("boiler.ignwork", 254),
                    Shape12.at("boiler.oilpreheat", 255),
                    Shape16.at("boiler.burnminpower", 256),
                    Shape17.at("boiler.burnmaxpower", 257),
                    D::new("boiler.burnminperiod", Holding, 258, U16)
                        .with_unit_id(5)
                        .with_range(0.0, 120.0)
                        .with_unit("min"),
                    Shape14.at("boiler.absburnpow", 259),
                    Shape15.at("boiler.heatblock", 260),
                    Shape24.at("boiler.boilhyston", 261),
                    Shape25.at("boiler.boilhystoff", 262),
                    Shape24.at("boiler.boil2hyston", 263),
                    Shape25.at("boiler.boil2hystoff", 264),
                    Shape11.at("boiler.curveon", 265),
                    Shape26.at("boiler.curvebase", 266),
                    Shape26.at("boiler.curveend", 267),
                    D::new("boiler.summertemp", Holding, 268, U16)
                        .with_unit_id(5)
                        .with_range(0.0, 45.0)
                        .with_unit("°C"),
                    Shape11.at("boiler.nofrostmode", 269),
                    D::new("boiler.nofrosttemp", Holding, 270, U16)
                        .with_unit_id(5)
                        .with_range(0.0, 10.0)
                        .with_unit("°C"),
                    Shape23.at("boiler.gasmeterheat", 271),
                    Shape23.at("boiler.nrgheat2", 273),
                    D::new("boiler.nompower", Holding, 275, U16)
                        .with_unit_id(5)
                        .with_range(0.0, 254.0)
                        .with_unit("kW"),
                ],
                &[
                    Shape22.at("boiler_dhw.nrg", 9000),
                    Shape23.at("boiler_dhw.meter", 9002),
                    Shape11.at("boiler_dhw.tapactivated", 9028),
                    Shape27.at("boiler_dhw.settemp", 9029),
                    Shape28.at("boiler_dhw.seltemp", 9030),
                    Shape28.at("boiler_dhw.seltemplow", 9031),
                    Shape28.at("boiler_dhw.tempecoplus", 9032),
                    Shape27.at("boiler_dhw.seltempoff", 9033),
                    Shape28.at("boiler_dhw.seltempsingle", 9034),
                    Shape15.at("boiler_dhw.solartemp", 9035),
                    D::new("boiler_dhw.dhw_type", Holding, 9036, U16)
                        .with_unit_id(5)
                        .with_access(Read)
                        .with_values(super::BoilerDhwDhwType::VALUES),
                    D::new("boiler_dhw.comfort", Holding, 9037, U16)
                        .with_unit_id(5)
                        .with_values(super::BoilerDhwComfort::VALUES),
                    D::new("boiler_dhw.comfort1", Holding, 9038, U16)
                        .with_unit_id(5)
                        .with_values(super::BoilerDhwComfort1::VALUES),
                    D::new("boiler_dhw.flowtempoffset", Holding, 9039, U16)
                        .with_unit_id(5)
                        .with_range(0.0, 100.0)
                        .with_unit("°C"),
                    Shape11.at("boiler_dhw.chargeoptimization", 9040),
                    Shape17.at("boiler_dhw.maxpower", 9041),
                    D::new("boiler_dhw.maxtemp", Holding, 9042, U16)
                        .with_unit_id(5)
                        .with_range(0.0, 80.0)
                        .with_unit("°C"),
                    Shape11.at("boiler_dhw.circpump", 9043),
                    D::new("boiler_dhw.chargetype", Holding, 9044, U16)
                        .with_unit_id(5)
                        .with_access(Read)
                        .with_values(super::BoilerDhwChargetype::VALUES),
                    Shape29.at("boiler_dhw.hyston", 9045),
                    Shape29.at("boiler_dhw.hystoff", 9046),
                    D::new("boiler_dhw.disinfectiontemp", Holding, 9047, U16)
                        .with_unit_id(5)
                        .with_range(60.0, 80.0)
                        .with_unit("°C"),
                    D::new("boiler_dhw.circmode", Holding, 9048, U16)
                        .with_unit_id(5)
                        .with_values(super::BoilerDhwCircmode::VALUES),
                    Shape11.at("boiler_dhw.circ", 9049),
                    Shape15.at("boiler_dhw.curtemp", 9050),
                    Shape15.at("boiler_dhw.curtemp2", 9051),
                    D::new("boiler_dhw.curflow", Holding, 9052, U16)
                        .with_unit_id(5)
                        .with_access(Read)
                        .with_scale(0.1, 0.0)
                        .with_range(0.0, 25.0)
                        .with_unit("l/min"),
                    Shape15.at("boiler_dhw.storagetemp1", 9053),
                    Shape15.at("boiler_dhw.storagetemp2", 9054),
                    Shape11.at("boiler_dhw.activated", 9055),
                    Shape11.at("boiler_dhw.onetime", 9056),
                    Shape11.at("boiler_dhw.disinfecting", 9057),
                    Shape12.at("boiler_dhw.charging", 9058),
                    Shape12.at("boiler_dhw.recharging", 9059),
                    Shape12.at("boiler_dhw.tempok", 9060),
                    Shape12.at("boiler_dhw.active", 9061),
                    Shape12.at("boiler_dhw.three_way_valve", 9062),
                    Shape12.at("boiler_dhw.chargepump", 9063),
                    Shape15.at("boiler_dhw.mixertemp", 9064),
                    Shape15.at("boiler_dhw.cylmiddletemp", 9065),
                    Shape11.at("boiler_dhw.dhwprio", 9066),
                    Shape18.at("boiler_dhw.starts", 9067),
                    Shape19.at("boiler_dhw.workm", 9069),
                    Shape23.at("boiler_dhw.gasmeter", 9071),
                    Shape23.at("boiler_dhw.nrg2", 9073),
                ],
            ],
        );
        /// Template of block `device`: its first instance.
        const DEVICE: [D; 1] = [
            D::new("device1.info", Input, 1000, U16).with_bits(super::DeviceInfo::BITS),
        ];
        /// Every instance of block `device`: the template moved by 1 addresses per instance.
        const DEVICE_INSTANCES: [D; 16] = D::repeat(
            &DEVICE,
            1,
            &[
                "device2.info",
                "device3.info",
                "device4.info",
                "device5.info",
                "device6.info",
                "device7.info",
                "device8.info",
                "device9.info",
                "device10.info",
                "device11.info",
                "device12.info",
                "device13.info",
                "device14.info",
                "device15.info",
                "device16.info",
            ],
        );
        /// Template of block `hc`: its first instance.
        const HC: [D; 60] = [
            D::new("hc1.seltemp", Holding, 1000, I16)
                .with_unit_id(6)
                .with_scale(0.5, 0.0)
                .with_range(0.0, 30.0)
                .with_unit("°C"),
            Shape0.at("hc1.currtemp", 1001),
            D::new("hc1.haclimate", Holding, 1002, U16)
                .with_unit_id(6)
                .with_access(Read)
                .with_values(super::HcHaclimate::VALUES),
            D::new("hc1.mode", Holding, 1003, U16)
                .with_unit_id(6)
                .with_values(super::HcMode::VALUES),
            D::new("hc1.modetype", Holding, 1004, U16)
                .with_unit_id(6)
                .with_access(Read)
                .with_values(super::HcModetype::VALUES),
            Shape5.at("hc1.ecotemp", 1005),
            Shape5.at("hc1.manualtemp", 1006),
            Shape5.at("hc1.comforttemp", 1007),
            D::new("hc1.summertemp", Holding, 1008, U16)
                .with_unit_id(6)
                .with_range(10.0, 30.0)
                .with_unit("°C"),
            Shape6.at("hc1.designtemp", 1009),
            Shape2.at("hc1.offsettemp", 1010),
            Shape6.at("hc1.minflowtemp", 1011),
            Shape6.at("hc1.maxflowtemp", 1012),
            Shape6.at("hc1.roominfluence", 1013),
            D::new("hc1.roominflfactor", Holding, 1014, U16)
                .with_unit_id(6)
                .with_scale(0.1, 0.0)
                .with_range(0.0, 25.0),
            Shape0.at("hc1.curroominfl", 1015),
            D::new("hc1.nofrostmode", Holding, 1016, U16)
                .with_unit_id(6)
                .with_values(super::HcNofrostmode::VALUES),
            Shape2.at("hc1.nofrosttemp", 1017),
            Shape1.at("hc1.targetflowtemp", 1018),
            D::new("hc1.heatingtype", Holding, 1019, U16)
                .with_unit_id(6)
                .with_values(super::HcHeatingtype::VALUES),
            D::new("hc1.summersetmode", Holding, 1020, U16)
                .with_unit_id(6)
                .with_values(super::HcSummersetmode::VALUES),
            D::new("hc1.hpoperatingmode", Holding, 1021, U16)
                .with_unit_id(6)
                .with_values(super::HcHpoperatingmode::VALUES),
            D::new("hc1.summermode", Holding, 1022, U16)
                .with_unit_id(6)
                .with_access(Read)
                .with_values(super::HcSummermode::VALUES),
            D::new("hc1.hpoperatingstate", Holding, 1023, U16)
                .with_unit_id(6)
                .with_access(Read)
                .with_values(super::HcHpoperatingstate::VALUES),
            Shape7.at("hc1.vacationmode", 1024),
            D::new("hc1.controlmode", Holding, 1025, U16)
                .with_unit_id(6)
                .with_values(super::HcControlmode::VALUES),
            D::new("hc1.program", Holding, 1026, U16)
                .with_unit_id(6)
                .with_values(super::HcProgram::VALUES),
            Shape8.at("hc1.tempautotemp", 1027),
            Shape8.at("hc1.cooltemp", 1028),
            D::new("hc1.fastheatup", Holding, 1029, U16)
                .with_unit_id(6)
                .with_range(0.0, 100.0)
                .with_unit("%"),
            Shape3.at("hc1.switchonoptimization", 1030),
            D::new("hc1.reducemode", Holding, 1031, U16)
                .with_unit_id(6)
                .with_values(super::HcReducemode::VALUES),
            Shape2.at("hc1.noreducetemp", 1032),
            Shape2.at("hc1.reducetemp", 1033),
            Shape3.at("hc1.dhwprio", 1034),
            Shape3.at("hc1.hpcooling", 1035),
            Shape7.at("hc1.coolingon", 1036),
            D::new("hc1.hpmode", Holding, 1037, U16)
                .with_unit_id(6)
                .with_values(super::HcHpmode::VALUES),
            D::new("hc1.dewoffset", Holding, 1038, U16)
                .with_unit_id(6)
                .with_range(2.0, 10.0)
                .with_unit("K"),
            D::new("hc1.roomtempdiff", Holding, 1039, U16)
                .with_unit_id(6)
                .with_range(0.0, 254.0)
                .with_unit("K"),
            Shape6.at("hc1.hpminflowtemp", 1040),
            D::new("hc1.control", Holding, 1041, U16)
                .with_unit_id(6)
                .with_values(super::HcControl::VALUES),
            D::new("hc1.remotetemp", Holding, 1042, I16)
                .with_unit_id(6)
                .with_access(Write)
                .with_scale(0.1, 0.0)
                .with_range(-1.0, 101.0)
                .with_unit("°C"),
            D::new("hc1.remotehum", Holding, 1043, I16)
                .with_unit_id(6)
                .with_access(Write)
                .with_range(-1.0, 101.0)
                .with_unit("%"),
            Shape9.at("hc1.heatondelay", 1044),
            Shape9.at("hc1.heatoffdelay", 1045),
            D::new("hc1.instantstart", Holding, 1046, U16)
                .with_unit_id(6)
                .with_range(1.0, 10.0)
                .with_unit("K"),
            Shape3.at("hc1.boost", 1047),
            D::new("hc1.boosttime", Holding, 1048, U16)
                .with_unit_id(6)
                .with_range(0.0, 254.0)
                .with_unit("h"),
            D::new("hc1.coolstart", Holding, 1049, U16)
                .with_unit_id(6)
                .with_range(20.0, 35.0)
                .with_unit("°C"),
            Shape9.at("hc1.coolondelay", 1050),
            Shape9.at("hc1.cooloffdelay", 1051),
            D::new("hc1.switchprogmode", Holding, 1052, U16)
                .with_unit_id(6)
                .with_values(super::HcSwitchprogmode::VALUES),
            D::new("hc1.redthreshold", Holding, 1053, I16)
                .with_unit_id(6)
                .with_scale(0.5, 0.0)
                .with_range(12.0, 22.0)
                .with_unit("°C"),
            D::new("hc1.solarinfl", Holding, 1054, I16)
                .with_unit_id(6)
                .with_min(-5.0)
                .with_unit("°C"),
            D::new("hc1.currsolarinfl", Holding, 1055, U16)
                .with_unit_id(6)
                .with_access(Read)
                .with_scale(0.1, 0.0)
                .with_range(0.0, 25.0)
                .with_unit("°C"),
            D::new("hc1.heatingpid", Holding, 1056, U16)
                .with_unit_id(6)
                .with_values(super::HcHeatingpid::VALUES),
            Shape3.at("hc1.pumpopt", 1057),
            D::new("hc1.inttimefloor", Holding, 1058, U16)
                .with_unit_id(6)
                .with_scale(10.0, 0.0)
                .with_range(160.0, 320.0)
                .with_unit("min"),
            D::new("hc1.inttime", Holding, 1059, U16)
                .with_unit_id(6)
                .with_range(3.0, 80.0)
                .with_unit("min"),
        ];
        /// Every instance of block `hc`: the template moved by 1000 addresses per instance.
        const HC_INSTANCES: [D; 480] = D::repeat(
            &HC,
            1000,
            &[
                "hc2.seltemp",
                "hc2.currtemp",
                "hc2.haclimate",
                "hc2.mode",
                "hc2.modetype",
                "hc2.ecotemp",
                "hc2.manualtemp",
                "hc2.comforttemp",
                "hc2.summertemp",
                "hc2.designtemp",
                "hc2.offsettemp",
                "hc2.minflowtemp",
                "hc2.maxflowtemp",
                "hc2.roominfluence",
                "hc2.roominflfactor",
                "hc2.curroominfl",
                "hc2.nofrostmode",
                "hc2.nofrosttemp",
                "hc2.targetflowtemp",
                "hc2.heatingtype",
                "hc2.summersetmode",
                "hc2.hpoperatingmode",
                "hc2.summermode",
                "hc2.hpoperatingstate",
                "hc2.vacationmode",
                "hc2.controlmode",
                "hc2.program",
                "hc2.tempautotemp",
                "hc2.cooltemp",
                "hc2.fastheatup",
                "hc2.switchonoptimization",
                "hc2.reducemode",
                "hc2.noreducetemp",
                "hc2.reducetemp",
                "hc2.dhwprio",
                "hc2.hpcooling",
                "hc2.coolingon",
                "hc2.hpmode",
                "hc2.dewoffset",
                "hc2.roomtempdiff",
                "hc2.hpminflowtemp",
                "hc2.control",
                "hc2.remotetemp",
                "hc2.remotehum",
                "hc2.heatondelay",
                "hc2.heatoffdelay",
                "hc2.instantstart",
                "hc2.boost",
                "hc2.boosttime",
                "hc2.coolstart",
                "hc2.coolondelay",
                "hc2.cooloffdelay",
                "hc2.switchprogmode",
                "hc2.redthreshold",
                "hc2.solarinfl",
                "hc2.currsolarinfl",
                "hc2.heatingpid",
                "hc2.pumpopt",
                "hc2.inttimefloor",
                "hc2.inttime",
                "hc3.seltemp",
                "hc3.currtemp",
                "hc3.haclimate",
                "hc3.mode",
                "hc3.modetype",
                "hc3.ecotemp",
                "hc3.manualtemp",
                "hc3.comforttemp",
                "hc3.summertemp",
                "hc3.designtemp",
                "hc3.offsettemp",
                "hc3.minflowtemp",
                "hc3.maxflowtemp",
                "hc3.roominfluence",
                "hc3.roominflfactor",
                "hc3.curroominfl",
                "hc3.nofrostmode",
                "hc3.nofrosttemp",
                "hc3.targetflowtemp",
                "hc3.heatingtype",
                "hc3.summersetmode",
                "hc3.hpoperatingmode",
                "hc3.summermode",
                "hc3.hpoperatingstate",
                "hc3.vacationmode",
                "hc3.controlmode",
                "hc3.program",
                "hc3.tempautotemp",
                "hc3.cooltemp",
                "hc3.fastheatup",
                "hc3.switchonoptimization",
                "hc3.reducemode",
                "hc3.noreducetemp",
                "hc3.reducetemp",
                "hc3.dhwprio",
                "hc3.hpcooling",
                "hc3.coolingon",
                "hc3.hpmode",
                "hc3.dewoffset",
                "hc3.roomtempdiff",
                "hc3.hpminflowtemp",
                "hc3.control",
                "hc3.remotetemp",
                "hc3.remotehum",
                "hc3.heatondelay",
                "hc3.heatoffdelay",
                "hc3.instantstart",
                "hc3.boost",
                "hc3.boosttime",
                "hc3.coolstart",
                "hc3.coolondelay",
                "hc3.cooloffdelay",
                "hc3.switchprogmode",
                "hc3.redthreshold",
                "hc3.solarinfl",
                "hc3.currsolarinfl",
                "hc3.heatingpid",
                "hc3.pumpopt",
                "hc3.inttimefloor",
                "hc3.inttime",
                "hc4.seltemp",
                "hc4.currtemp",
                "hc4.haclimate",
                "hc4.mode",
                "hc4.modetype",
                "hc4.ecotemp",
                "hc4.manualtemp",
                "hc4.comforttemp",
                "hc4.summertemp",
                "hc4.designtemp",
                "hc4.offsettemp",
                "hc4.minflowtemp",
                "hc4.maxflowtemp",
                "hc4.roominfluence",
                "hc4.roominflfactor",
                "hc4.curroominfl",
                "hc4.nofrostmode",
                "hc4.nofrosttemp",
                "hc4.targetflowtemp",
                "hc4.heatingtype",
                "hc4.summersetmode",
                "hc4.hpoperatingmode",
                "hc4.summermode",
                "hc4.hpoperatingstate",
                "hc4.vacationmode",
                "hc4.controlmode",
                "hc4.program",
                "hc4.tempautotemp",
                "hc4.cooltemp",
                "hc4.fastheatup",
                "hc4.switchonoptimization",
                "hc4.reducemode",
                "hc4.noreducetemp",
                "hc4.reducetemp",
                "hc4.dhwprio",
                "hc4.hpcooling",
                "hc4.coolingon",
                "hc4.hpmode",
                "hc4.dewoffset",
                "hc4.roomtempdiff",
                "hc4.hpminflowtemp",
                "hc4.control",
                "hc4.remotetemp",
                "hc4.remotehum",
                "hc4.heatondelay",
                "hc4.heatoffdelay",
                "hc4.instantstart",
                "hc4.boost",
                "hc4.boosttime",
                "hc4.coolstart",
                "hc4.coolondelay",
                "hc4.cooloffdelay",
                "hc4.switchprogmode",
                "hc4.redthreshold",
                "hc4.solarinfl",
                "hc4.currsolarinfl",
                "hc4.heatingpid",
                "hc4.pumpopt",
                "hc4.inttimefloor",
                "hc4.inttime",
                "hc5.seltemp",
                "hc5.currtemp",
                "hc5.haclimate",
                "hc5.mode",
                "hc5.modetype",
                "hc5.ecotemp",
                "hc5.manualtemp",
                "hc5.comforttemp",
                "hc5.summertemp",
                "hc5.designtemp",
                "hc5.offsettemp",
                "hc5.minflowtemp",
                "hc5.maxflowtemp",
                "hc5.roominfluence",
                "hc5.roominflfactor",
                "hc5.curroominfl",
                "hc5.nofrostmode",
                "hc5.nofrosttemp",
                "hc5.targetflowtemp",
                "hc5.heatingtype",
                "hc5.summersetmode",
                "hc5.hpoperatingmode",
                "hc5.summermode",
                "hc5.hpoperatingstate",
                "hc5.vacationmode",
                "hc5.controlmode",
                "hc5.program",
                "hc5.tempautotemp",
                "hc5.cooltemp",
                "hc5.fastheatup",
                "hc5.switchonoptimization",
                "hc5.reducemode",
                "hc5.noreducetemp",
                "hc5.reducetemp",
                "hc5.dhwprio",
                "hc5.hpcooling",
                "hc5.coolingon",
                "hc5.hpmode",
                "hc5.dewoffset",
                "hc5.roomtempdiff",
                "hc5.hpminflowtemp",
                "hc5.control",
                "hc5.remotetemp",
                "hc5.remotehum",
                "hc5.heatondelay",
                "hc5.heatoffdelay",
                "hc5.instantstart",
                "hc5.boost",
                "hc5.boosttime",
                "hc5.coolstart",
                "hc5.coolondelay",
                "hc5.cooloffdelay",
                "hc5.switchprogmode",
                "hc5.redthreshold",
                "hc5.solarinfl",
                "hc5.currsolarinfl",
                "hc5.heatingpid",
                "hc5.pumpopt",
                "hc5.inttimefloor",
                "hc5.inttime",
                "hc6.seltemp",
                "hc6.currtemp",
                "hc6.haclimate",
                "hc6.mode",
                "hc6.modetype",
                "hc6.ecotemp",
                "hc6.manualtemp",
                "hc6.comforttemp",
                "hc6.summertemp",
                "hc6.designtemp",
                "hc6.offsettemp",
                "hc6.minflowtemp",
                "hc6.maxflowtemp",
                "hc6.roominfluence",
                "hc6.roominflfactor",
                "hc6.curroominfl",
                "hc6.nofrostmode",
                "hc6.nofrosttemp",
                "hc6.targetflowtemp",
                "hc6.heatingtype",
                "hc6.summersetmode",
                "hc6.hpoperatingmode",
                "hc6.summermode",
                "hc6.hpoperatingstate",
                "hc6.vacationmode",
                "hc6.controlmode",
                "hc6.program",
                "hc6.tempautotemp",
                "hc6.cooltemp",
                "hc6.fastheatup",
                "hc6.switchonoptimization",
                "hc6.reducemode",
                "hc6.noreducetemp",
                "hc6.reducetemp",
                "hc6.dhwprio",
                "hc6.hpcooling",
                "hc6.coolingon",
                "hc6.hpmode",
                "hc6.dewoffset",
                "hc6.roomtempdiff",
                "hc6.hpminflowtemp",
                "hc6.control",
                "hc6.remotetemp",
                "hc6.remotehum",
                "hc6.heatondelay",
                "hc6.heatoffdelay",
                "hc6.instantstart",
                "hc6.boost",
                "hc6.boosttime",
                "hc6.coolstart",
                "hc6.coolondelay",
                "hc6.cooloffdelay",
                "hc6.switchprogmode",
                "hc6.redthreshold",
                "hc6.solarinfl",
                "hc6.currsolarinfl",
                "hc6.heatingpid",
                "hc6.pumpopt",
                "hc6.inttimefloor",
                "hc6.inttime",
                "hc7.seltemp",
                "hc7.currtemp",
                "hc7.haclimate",
                "hc7.mode",
                "hc7.modetype",
                "hc7.ecotemp",
                "hc7.manualtemp",
                "hc7.comforttemp",
                "hc7.summertemp",
                "hc7.designtemp",
                "hc7.offsettemp",
                "hc7.minflowtemp",
                "hc7.maxflowtemp",
                "hc7.roominfluence",
                "hc7.roominflfactor",
                "hc7.curroominfl",
                "hc7.nofrostmode",
                "hc7.nofrosttemp",
                "hc7.targetflowtemp",
                "hc7.heatingtype",
                "hc7.summersetmode",
                "hc7.hpoperatingmode",
                "hc7.summermode",
                "hc7.hpoperatingstate",
                "hc7.vacationmode",
                "hc7.controlmode",
                "hc7.program",
                "hc7.tempautotemp",
                "hc7.cooltemp",
                "hc7.fastheatup",
                "hc7.switchonoptimization",
                "hc7.reducemode",
                "hc7.noreducetemp",
                "hc7.reducetemp",
                "hc7.dhwprio",
                "hc7.hpcooling",
                "hc7.coolingon",
                "hc7.hpmode",
                "hc7.dewoffset",
                "hc7.roomtempdiff",
                "hc7.hpminflowtemp",
                "hc7.control",
                "hc7.remotetemp",
                "hc7.remotehum",
                "hc7.heatondelay",
                "hc7.heatoffdelay",
                "hc7.instantstart",
                "hc7.boost",
                "hc7.boosttime",
                "hc7.coolstart",
                "hc7.coolondelay",
                "hc7.cooloffdelay",
                "hc7.switchprogmode",
                "hc7.redthreshold",
                "hc7.solarinfl",
                "hc7.currsolarinfl",
                "hc7.heatingpid",
                "hc7.pumpopt",
                "hc7.inttimefloor",
                "hc7.inttime",
                "hc8.seltemp",
                "hc8.currtemp",
                "hc8.haclimate",
                "hc8.mode",
                "hc8.modetype",
                "hc8.ecotemp",
                "hc8.manualtemp",
                "hc8.comforttemp",
                "hc8.summertemp",
                "hc8.designtemp",
                "hc8.offsettemp",
                "hc8.minflowtemp",
                "hc8.maxflowtemp",
                "hc8.roominfluence",
                "hc8.roominflfactor",
                "hc8.curroominfl",
                "hc8.nofrostmode",
                "hc8.nofrosttemp",
                "hc8.targetflowtemp",
                "hc8.heatingtype",
                "hc8.summersetmode",
                "hc8.hpoperatingmode",
                "hc8.summermode",
                "hc8.hpoperatingstate",
                "hc8.vacationmode",
                "hc8.controlmode",
                "hc8.program",
                "hc8.tempautotemp",
                "hc8.cooltemp",
                "hc8.fastheatup",
                "hc8.switchonoptimization",
                "hc8.reducemode",
                "hc8.noreducetemp",
                "hc8.reducetemp",
                "hc8.dhwprio",
                "hc8.hpcooling",
                "hc8.coolingon",
                "hc8.hpmode",
                "hc8.dewoffset",
                "hc8.roomtempdiff",
                "hc8.hpminflowtemp",
                "hc8.control",
                "hc8.remotetemp",
                "hc8.remotehum",
                "hc8.heatondelay",
                "hc8.heatoffdelay",
                "hc8.instantstart",
                "hc8.boost",
                "hc8.boosttime",
                "hc8.coolstart",
                "hc8.coolondelay",
                "hc8.cooloffdelay",
                "hc8.switchprogmode",
                "hc8.redthreshold",
                "hc8.solarinfl",
                "hc8.currsolarinfl",
                "hc8.heatingpid",
                "hc8.pumpopt",
                "hc8.inttimefloor",
                "hc8.inttime",
            ],
        );
        /// Shared by 3 registers, each at its own name and address (`Shape0.at(name, address)`).
        const Shape0: D = D::new("", Holding, 0, I16)
            .with_unit_id(6)
            .with_access(Read)
            .with_scale(0.1, 0.0)
            .with_range(-3199.0, 3199.0)
            .with_unit("°C");
        /// Shared by 2 registers, each at its own name and address (`Shape1.at(name, address)`).
        const Shape1: D = D::new("", Holding, 0, U16)
            .with_unit_id(6)
            .with_access(Read)
            .with_range(0.0, 254.0)
            .with_unit("°C");
        /// Shared by 5 registers, each at its own name and address (`Shape2.at(name, address)`).
        const Shape2: D = D::new("", Holding, 0, I16)
            .with_unit_id(6)
            .with_range(-126.0, 126.0)
            .with_unit("°C");
        /// Shared by 12 registers, each at its own name and address (`Shape3.at(name, address)`).
        const Shape3: D = D::new("", Holding, 0, U16)
            .with_unit_id(6)
            .with_values(super::ThermostatDamping::VALUES);
        /// Shared by 2 registers, each at its own name and address (`Shape4.at(name, address)`).
        const Shape4: D = D::new("", Holding, 0, U16)
            .with_unit_id(6)
            .with_scale(0.1, 0.0)
            .with_range(0.0, 5.0);
        /// Shared by 3 registers, each at its own name and address (`Shape5.at(name, address)`).
        const Shape5: D = D::new("", Holding, 0, U16)
            .with_unit_id(6)
            .with_scale(0.5, 0.0)
            .with_range(0.0, 127.0)
            .with_unit("°C");
        /// Shared by 7 registers, each at its own name and address (`Shape6.at(name, address)`).
        const Shape6: D = D::new("", Holding, 0, U16)
            .with_unit_id(6)
            .with_range(0.0, 254.0)
            .with_unit("°C");
        /// Shared by 3 registers, each at its own name and address (`Shape7.at(name, address)`).
        const Shape7: D = D::new("", Holding, 0, U16)
            .with_unit_id(6)
            .with_access(Read)
            .with_values(super::ThermostatDamping::VALUES);
        /// Shared by 2 registers, each at its own name and address (`Shape8.at(name, address)`).
        const Shape8: D = D::new("", Holding, 0, I16)
            .with_unit_id(6)
            .with_scale(0.5, 0.0)
            .with_range(-1.0, 30.0)
            .with_unit("°C");
        /// Shared by 4 registers, each at its own name and address (`Shape9.at(name, address)`).
        const Shape9: D = D::new("", Holding, 0, U16)
            .with_unit_id(6)
            .with_range(1.0, 48.0)
            .with_unit("h");
        /// Shared by 2 registers, each at its own name and address (`Shape10.at(name, address)`).
        const Shape10: D = D::new("", Holding, 0, U16)
            .with_unit_id(6)
            .with_scale(15.0, 0.0)
            .with_range(0.0, 1431.0)
            .with_unit("min");
        /// Shared by 13 registers, each at its own name and address (`Shape11.at(name, address)`).
        const Shape11: D = D::new("", Holding, 0, U16)
            .with_unit_id(5)
            .with_values(super::ThermostatDamping::VALUES);
        /// Shared by 15 registers, each at its own name and address (`Shape12.at(name, address)`).
        const Shape12: D = D::new("", Holding, 0, U16)
            .with_unit_id(5)
            .with_access(Read)
            .with_values(super::ThermostatDamping::VALUES);
        /// Shared by 2 registers, each at its own name and address (`Shape13.at(name, address)`).
        const Shape13: D = D::new("", Holding, 0, U16)
            .with_unit_id(5)
            .with_range(0.0, 90.0)
            .with_unit("°C");
        /// Shared by 4 registers, each at its own name and address (`Shape14.at(name, address)`).
        const Shape14: D = D::new("", Holding, 0, U16)
            .with_unit_id(5)
            .with_access(Read)
            .with_range(0.0, 100.0)
            .with_unit("%");
        /// Shared by 14 registers, each at its own name and address (`Shape15.at(name, address)`).
        const Shape15: D = D::new("", Holding, 0, U16)
            .with_unit_id(5)
            .with_access(Read)
            .with_scale(0.1, 0.0)
            .with_range(0.0, 3199.0)
            .with_unit("°C");
        /// Shared by 3 registers, each at its own name and address (`Shape16.at(name, address)`).
        const Shape16: D = D::new("", Holding, 0, U16)
            .with_unit_id(5)
            .with_range(0.0, 100.0)
            .with_unit("%");
        /// Shared by 3 registers, each at its own name and address (`Shape17.at(name, address)`).
        const Shape17: D = D::new("", Holding, 0, U16)
            .with_unit_id(5)
            .with_range(0.0, 254.0)
            .with_unit("%");
        /// Shared by 3 registers, each at its own name and address (`Shape18.at(name, address)`).
        const Shape18: D = D::new("", Holding, 0, U32)
            .with_unit_id(5)
            .with_access(Read)
            .with_range(0.0, 16777214.0);
        /// Shared by 5 registers, each at its own name and address (`Shape19.at(name, address)`).
        const Shape19: D = D::new("", Holding, 0, U32)
            .with_unit_id(5)
            .with_access(Read)
            .with_range(0.0, 16777214.0)
            .with_unit("min");
        /// Shared by 2 registers, each at its own name and address (`Shape20.at(name, address)`).
        const Shape20: D = D::new("", Holding, 0, String)
            .with_unit_id(5)
            .with_length(4)
            .with_access(Read);
        /// Shared by 2 registers, each at its own name and address (`Shape21.at(name, address)`).
        const Shape21: D = D::new("", Holding, 0, I16)
            .with_unit_id(5)
            .with_access(Read)
            .with_range(-31999.0, 31999.0)
            .with_unit("l/h");
        /// Shared by 2 registers, each at its own name and address (`Shape22.at(name, address)`).
        const Shape22: D = D::new("", Holding, 0, U32)
            .with_unit_id(5)
            .with_scale(0.01, 0.0)
            .with_range(0.0, 10000000.0)
            .with_unit("kWh");
        /// Shared by 6 registers, each at its own name and address (`Shape23.at(name, address)`).
        const Shape23: D = D::new("", Holding, 0, U32)
            .with_unit_id(5)
            .with_access(Read)
            .with_scale(0.1, 0.0)
            .with_range(0.0, 1677721.0)
            .with_unit("kWh");
        /// Shared by 2 registers, each at its own name and address (`Shape24.at(name, address)`).
        const Shape24: D = D::new("", Holding, 0, I16)
            .with_unit_id(5)
            .with_range(-20.0, 0.0)
            .with_unit("°C");
        /// Shared by 2 registers, each at its own name and address (`Shape25.at(name, address)`).
        const Shape25: D = D::new("", Holding, 0, I16)
            .with_unit_id(5)
            .with_range(0.0, 20.0)
            .with_unit("°C");
        /// Shared by 2 registers, each at its own name and address (`Shape26.at(name, address)`).
        const Shape26: D = D::new("", Holding, 0, U16)
            .with_unit_id(5)
            .with_range(20.0, 90.0)
            .with_unit("°C");
        /// Shared by 2 registers, each at its own name and address (`Shape27.at(name, address)`).
        const Shape27: D = D::new("", Holding, 0, U16)
            .with_unit_id(5)
            .with_access(Read)
            .with_range(0.0, 254.0)
            .with_unit("°C");
        /// Shared by 4 registers, each at its own name and address (`Shape28.at(name, address)`).
        const Shape28: D = D::new("", Holding, 0, U16)
            .with_unit_id(5)
            .with_range(0.0, 254.0)
            .with_unit("°C");
        /// Shared by 2 registers, each at its own name and address (`Shape29.at(name, address)`).
        const Shape29: D = D::new("", Holding, 0, I16)
            .with_unit_id(5)
            .with_range(-126.0, 126.0)
            .with_unit("°C");
    }
    /// Block `device`: 16 instances of 1 registers, instance `n` at base 1000 + (n − 1) × 1 (`DEVICE.register(n, "name")`).
    pub const DEVICE: mm::RepeatedBlock = mm::RepeatedBlock::new(
        "device",
        16,
        &REGISTERS,
        1,
        1,
    );
    /// Block `hc`: 8 instances of 60 registers, instance `n` at base 1000 + (n − 1) × 1000 (`HC.register(n, "name")`).
    pub const HC: mm::RepeatedBlock = mm::RepeatedBlock::new("hc", 8, &REGISTERS, 39, 60);
    /// `system.device_count`: input 1.
    pub const SYSTEM_DEVICE_COUNT: mm::RegisterDescriptor = descriptors::ALL[0];
    /// `thermostat.errorcode`: holding 0.
    pub const THERMOSTAT_ERRORCODE: mm::RegisterDescriptor = descriptors::ALL[17];
    /// `thermostat.lastcode`: holding 8.
    pub const THERMOSTAT_LASTCODE: mm::RegisterDescriptor = descriptors::ALL[18];
    /// `thermostat.datetime`: holding 33.
    pub const THERMOSTAT_DATETIME: mm::RegisterDescriptor = descriptors::ALL[19];
    /// `thermostat.intoffset`: holding 46.
    pub const THERMOSTAT_INTOFFSET: mm::RegisterDescriptor = descriptors::ALL[20];
    /// `thermostat.floordry`: holding 47.
    pub const THERMOSTAT_FLOORDRY: mm::RegisterDescriptor = descriptors::ALL[21];
    /// `thermostat.dampedoutdoortemp`: holding 48.
    pub const THERMOSTAT_DAMPEDOUTDOORTEMP: mm::RegisterDescriptor = descriptors::ALL[22];
    /// `thermostat.floordrytemp`: holding 49.
    pub const THERMOSTAT_FLOORDRYTEMP: mm::RegisterDescriptor = descriptors::ALL[23];
    /// `thermostat.building`: holding 50.
    pub const THERMOSTAT_BUILDING: mm::RegisterDescriptor = descriptors::ALL[24];
    /// `thermostat.minexttemp`: holding 51.
    pub const THERMOSTAT_MINEXTTEMP: mm::RegisterDescriptor = descriptors::ALL[25];
    /// `thermostat.damping`: holding 52.
    pub const THERMOSTAT_DAMPING: mm::RegisterDescriptor = descriptors::ALL[26];
    /// `thermostat.solar`: holding 53.
    pub const THERMOSTAT_SOLAR: mm::RegisterDescriptor = descriptors::ALL[27];
    /// `thermostat.hybridstrategy`: holding 54.
    pub const THERMOSTAT_HYBRIDSTRATEGY: mm::RegisterDescriptor = descriptors::ALL[28];
    /// `thermostat.switchovertemp`: holding 55.
    pub const THERMOSTAT_SWITCHOVERTEMP: mm::RegisterDescriptor = descriptors::ALL[29];
    /// `thermostat.energycostratio`: holding 56.
    pub const THERMOSTAT_ENERGYCOSTRATIO: mm::RegisterDescriptor = descriptors::ALL[30];
    /// `thermostat.fossilefactor`: holding 57.
    pub const THERMOSTAT_FOSSILEFACTOR: mm::RegisterDescriptor = descriptors::ALL[31];
    /// `thermostat.electricfactor`: holding 58.
    pub const THERMOSTAT_ELECTRICFACTOR: mm::RegisterDescriptor = descriptors::ALL[32];
    /// `thermostat.delayboiler`: holding 59.
    pub const THERMOSTAT_DELAYBOILER: mm::RegisterDescriptor = descriptors::ALL[33];
    /// `thermostat.tempdiffboiler`: holding 60.
    pub const THERMOSTAT_TEMPDIFFBOILER: mm::RegisterDescriptor = descriptors::ALL[34];
    /// `thermostat.pvenabledhw`: holding 61.
    pub const THERMOSTAT_PVENABLEDHW: mm::RegisterDescriptor = descriptors::ALL[35];
    /// `thermostat.pvraiseheat`: holding 62.
    pub const THERMOSTAT_PVRAISEHEAT: mm::RegisterDescriptor = descriptors::ALL[36];
    /// `thermostat.pvlowercool`: holding 63.
    pub const THERMOSTAT_PVLOWERCOOL: mm::RegisterDescriptor = descriptors::ALL[37];
    /// `thermostat.absent`: holding 64.
    pub const THERMOSTAT_ABSENT: mm::RegisterDescriptor = descriptors::ALL[38];
    /// `thermostat_dhw.mode`: holding 9000.
    pub const THERMOSTAT_DHW_MODE: mm::RegisterDescriptor = descriptors::ALL[519];
    /// `thermostat_dhw.modetype`: holding 9001.
    pub const THERMOSTAT_DHW_MODETYPE: mm::RegisterDescriptor = descriptors::ALL[520];
    /// `thermostat_dhw.settemp`: holding 9002.
    pub const THERMOSTAT_DHW_SETTEMP: mm::RegisterDescriptor = descriptors::ALL[521];
    /// `thermostat_dhw.settemplow`: holding 9003.
    pub const THERMOSTAT_DHW_SETTEMPLOW: mm::RegisterDescriptor = descriptors::ALL[522];
    /// `thermostat_dhw.circmode`: holding 9004.
    pub const THERMOSTAT_DHW_CIRCMODE: mm::RegisterDescriptor = descriptors::ALL[523];
    /// `thermostat_dhw.chargeduration`: holding 9005.
    pub const THERMOSTAT_DHW_CHARGEDURATION: mm::RegisterDescriptor = descriptors::ALL[524];
    /// `thermostat_dhw.charge`: holding 9006.
    pub const THERMOSTAT_DHW_CHARGE: mm::RegisterDescriptor = descriptors::ALL[525];
    /// `thermostat_dhw.extra`: holding 9007.
    pub const THERMOSTAT_DHW_EXTRA: mm::RegisterDescriptor = descriptors::ALL[526];
    /// `thermostat_dhw.disinfecting`: holding 9008.
    pub const THERMOSTAT_DHW_DISINFECTING: mm::RegisterDescriptor = descriptors::ALL[527];
    /// `thermostat_dhw.disinfectday`: holding 9009.
    pub const THERMOSTAT_DHW_DISINFECTDAY: mm::RegisterDescriptor = descriptors::ALL[528];
    /// `thermostat_dhw.disinfecttime`: holding 9010.
    pub const THERMOSTAT_DHW_DISINFECTTIME: mm::RegisterDescriptor = descriptors::ALL[529];
    /// `thermostat_dhw.dailyheating`: holding 9011.
    pub const THERMOSTAT_DHW_DAILYHEATING: mm::RegisterDescriptor = descriptors::ALL[530];
    /// `thermostat_dhw.dailyheattime`: holding 9012.
    pub const THERMOSTAT_DHW_DAILYHEATTIME: mm::RegisterDescriptor = descriptors::ALL[531];
    /// `boiler.reset`: holding 0.
    pub const BOILER_RESET: mm::RegisterDescriptor = descriptors::ALL[532];
    /// `boiler.chimneysweeper`: holding 1.
    pub const BOILER_CHIMNEYSWEEPER: mm::RegisterDescriptor = descriptors::ALL[533];
    /// `boiler.heatingoff`: holding 2.
    pub const BOILER_HEATINGOFF: mm::RegisterDescriptor = descriptors::ALL[534];
    /// `boiler.heatingactive`: holding 3.
    pub const BOILER_HEATINGACTIVE: mm::RegisterDescriptor = descriptors::ALL[535];
    /// `boiler.tapwateractive`: holding 4.
    pub const BOILER_TAPWATERACTIVE: mm::RegisterDescriptor = descriptors::ALL[536];
    /// `boiler.selflowtemp`: holding 5.
    pub const BOILER_SELFLOWTEMP: mm::RegisterDescriptor = descriptors::ALL[537];
    /// `boiler.heatingpumpmod`: holding 6.
    pub const BOILER_HEATINGPUMPMOD: mm::RegisterDescriptor = descriptors::ALL[538];
    /// `boiler.outdoortemp`: holding 7.
    pub const BOILER_OUTDOORTEMP: mm::RegisterDescriptor = descriptors::ALL[539];
    /// `boiler.curflowtemp`: holding 8.
    pub const BOILER_CURFLOWTEMP: mm::RegisterDescriptor = descriptors::ALL[540];
    /// `boiler.rettemp`: holding 9.
    pub const BOILER_RETTEMP: mm::RegisterDescriptor = descriptors::ALL[541];
    /// `boiler.switchtemp`: holding 10.
    pub const BOILER_SWITCHTEMP: mm::RegisterDescriptor = descriptors::ALL[542];
    /// `boiler.syspress`: holding 11.
    pub const BOILER_SYSPRESS: mm::RegisterDescriptor = descriptors::ALL[543];
    /// `boiler.boiltemp`: holding 12.
    pub const BOILER_BOILTEMP: mm::RegisterDescriptor = descriptors::ALL[544];
    /// `boiler.headertemp`: holding 13.
    pub const BOILER_HEADERTEMP: mm::RegisterDescriptor = descriptors::ALL[545];
    /// `boiler.heatingactivated`: holding 14.
    pub const BOILER_HEATINGACTIVATED: mm::RegisterDescriptor = descriptors::ALL[546];
    /// `boiler.heatingtemp`: holding 15.
    pub const BOILER_HEATINGTEMP: mm::RegisterDescriptor = descriptors::ALL[547];
    /// `boiler.heatingpump`: holding 16.
    pub const BOILER_HEATINGPUMP: mm::RegisterDescriptor = descriptors::ALL[548];
    /// `boiler.pumpmodmax`: holding 17.
    pub const BOILER_PUMPMODMAX: mm::RegisterDescriptor = descriptors::ALL[549];
    /// `boiler.pumpmodmin`: holding 18.
    pub const BOILER_PUMPMODMIN: mm::RegisterDescriptor = descriptors::ALL[550];
    /// `boiler.pumpmode`: holding 19.
    pub const BOILER_PUMPMODE: mm::RegisterDescriptor = descriptors::ALL[551];
    /// `boiler.pumpcharacter`: holding 20.
    pub const BOILER_PUMPCHARACTER: mm::RegisterDescriptor = descriptors::ALL[552];
    /// `boiler.pumpdelay`: holding 21.
    pub const BOILER_PUMPDELAY: mm::RegisterDescriptor = descriptors::ALL[553];
    /// `boiler.pumpontemp`: holding 22.
    pub const BOILER_PUMPONTEMP: mm::RegisterDescriptor = descriptors::ALL[554];
    /// `boiler.selburnpow`: holding 23.
    pub const BOILER_SELBURNPOW: mm::RegisterDescriptor = descriptors::ALL[555];
    /// `boiler.curburnpow`: holding 24.
    pub const BOILER_CURBURNPOW: mm::RegisterDescriptor = descriptors::ALL[556];
    /// `boiler.burnstarts`: holding 25.
    pub const BOILER_BURNSTARTS: mm::RegisterDescriptor = descriptors::ALL[557];
    /// `boiler.burnworkmin`: holding 27.
    pub const BOILER_BURNWORKMIN: mm::RegisterDescriptor = descriptors::ALL[558];
    /// `boiler.burn2workmin`: holding 29.
    pub const BOILER_BURN2WORKMIN: mm::RegisterDescriptor = descriptors::ALL[559];
    /// `boiler.heatworkmin`: holding 31.
    pub const BOILER_HEATWORKMIN: mm::RegisterDescriptor = descriptors::ALL[560];
    /// `boiler.heatstarts`: holding 33.
    pub const BOILER_HEATSTARTS: mm::RegisterDescriptor = descriptors::ALL[561];
    /// `boiler.ubauptime`: holding 35.
    pub const BOILER_UBAUPTIME: mm::RegisterDescriptor = descriptors::ALL[562];
    /// `boiler.lastcode`: holding 37.
    pub const BOILER_LASTCODE: mm::RegisterDescriptor = descriptors::ALL[563];
    /// `boiler.servicecode`: holding 65.
    pub const BOILER_SERVICECODE: mm::RegisterDescriptor = descriptors::ALL[564];
    /// `boiler.servicecodenumber`: holding 67.
    pub const BOILER_SERVICECODENUMBER: mm::RegisterDescriptor = descriptors::ALL[565];
    /// `boiler.maintenancemessage`: holding 68.
    pub const BOILER_MAINTENANCEMESSAGE: mm::RegisterDescriptor = descriptors::ALL[566];
    /// `boiler.maintenance`: holding 70.
    pub const BOILER_MAINTENANCE: mm::RegisterDescriptor = descriptors::ALL[567];
    /// `boiler.maintenancetime`: holding 71.
    pub const BOILER_MAINTENANCETIME: mm::RegisterDescriptor = descriptors::ALL[568];
    /// `boiler.maintenancedate`: holding 72.
    pub const BOILER_MAINTENANCEDATE: mm::RegisterDescriptor = descriptors::ALL[569];
    /// `boiler.emergencyops`: holding 78.
    pub const BOILER_EMERGENCYOPS: mm::RegisterDescriptor = descriptors::ALL[570];
    /// `boiler.emergencytemp`: holding 79.
    pub const BOILER_EMERGENCYTEMP: mm::RegisterDescriptor = descriptors::ALL[571];
    /// `boiler.pc0flow`: holding 80.
    pub const BOILER_PC0FLOW: mm::RegisterDescriptor = descriptors::ALL[572];
    /// `boiler.pc1flow`: holding 81.
    pub const BOILER_PC1FLOW: mm::RegisterDescriptor = descriptors::ALL[573];
    /// `boiler.pc1on`: holding 82.
    pub const BOILER_PC1ON: mm::RegisterDescriptor = descriptors::ALL[574];
    /// `boiler.pc1rate`: holding 83.
    pub const BOILER_PC1RATE: mm::RegisterDescriptor = descriptors::ALL[575];
    /// `boiler.nrgtotal`: holding 85.
    pub const BOILER_NRGTOTAL: mm::RegisterDescriptor = descriptors::ALL[576];
    /// `boiler.nrgheat`: holding 87.
    pub const BOILER_NRGHEAT: mm::RegisterDescriptor = descriptors::ALL[577];
    /// `boiler.meterheat`: holding 97.
    pub const BOILER_METERHEAT: mm::RegisterDescriptor = descriptors::ALL[578];
    /// `boiler.exhausttemp`: holding 249.
    pub const BOILER_EXHAUSTTEMP: mm::RegisterDescriptor = descriptors::ALL[579];
    /// `boiler.burngas`: holding 250.
    pub const BOILER_BURNGAS: mm::RegisterDescriptor = descriptors::ALL[580];
    /// `boiler.burngas2`: holding 251.
    pub const BOILER_BURNGAS2: mm::RegisterDescriptor = descriptors::ALL[581];
    /// `boiler.flamecurr`: holding 252.
    pub const BOILER_FLAMECURR: mm::RegisterDescriptor = descriptors::ALL[582];
    /// `boiler.fanwork`: holding 253.
    pub const BOILER_FANWORK: mm::RegisterDescriptor = descriptors::ALL[583];
    /// `boiler.ignwork`: holding 254.
    pub const BOILER_IGNWORK: mm::RegisterDescriptor = descriptors::ALL[584];
    /// `boiler.oilpreheat`: holding 255.
    pub const BOILER_OILPREHEAT: mm::RegisterDescriptor = descriptors::ALL[585];
    /// `boiler.burnminpower`: holding 256.
    pub const BOILER_BURNMINPOWER: mm::RegisterDescriptor = descriptors::ALL[586];
    /// `boiler.burnmaxpower`: holding 257.
    pub const BOILER_BURNMAXPOWER: mm::RegisterDescriptor = descriptors::ALL[587];
    /// `boiler.burnminperiod`: holding 258.
    pub const BOILER_BURNMINPERIOD: mm::RegisterDescriptor = descriptors::ALL[588];
    /// `boiler.absburnpow`: holding 259.
    pub const BOILER_ABSBURNPOW: mm::RegisterDescriptor = descriptors::ALL[589];
    /// `boiler.heatblock`: holding 260.
    pub const BOILER_HEATBLOCK: mm::RegisterDescriptor = descriptors::ALL[590];
    /// `boiler.boilhyston`: holding 261.
    pub const BOILER_BOILHYSTON: mm::RegisterDescriptor = descriptors::ALL[591];
    /// `boiler.boilhystoff`: holding 262.
    pub const BOILER_BOILHYSTOFF: mm::RegisterDescriptor = descriptors::ALL[592];
    /// `boiler.boil2hyston`: holding 263.
    pub const BOILER_BOIL2HYSTON: mm::RegisterDescriptor = descriptors::ALL[593];
    /// `boiler.boil2hystoff`: holding 264.
    pub const BOILER_BOIL2HYSTOFF: mm::RegisterDescriptor = descriptors::ALL[594];
    /// `boiler.curveon`: holding 265.
    pub const BOILER_CURVEON: mm::RegisterDescriptor = descriptors::ALL[595];
    /// `boiler.curvebase`: holding 266.
    pub const BOILER_CURVEBASE: mm::RegisterDescriptor = descriptors::ALL[596];
    /// `boiler.curveend`: holding 267.
    pub const BOILER_CURVEEND: mm::RegisterDescriptor = descriptors::ALL[597];
    /// `boiler.summertemp`: holding 268.
    pub const BOILER_SUMMERTEMP: mm::RegisterDescriptor = descriptors::ALL[598];
    /// `boiler.nofrostmode`: holding 269.
    pub const BOILER_NOFROSTMODE: mm::RegisterDescriptor = descriptors::ALL[599];
    /// `boiler.nofrosttemp`: holding 270.
    pub const BOILER_NOFROSTTEMP: mm::RegisterDescriptor = descriptors::ALL[600];
    /// `boiler.gasmeterheat`: holding 271.
    pub const BOILER_GASMETERHEAT: mm::RegisterDescriptor = descriptors::ALL[601];
    /// `boiler.nrgheat2`: holding 273.
    pub const BOILER_NRGHEAT2: mm::RegisterDescriptor = descriptors::ALL[602];
    /// `boiler.nompower`: holding 275.
    pub const BOILER_NOMPOWER: mm::RegisterDescriptor = descriptors::ALL[603];
    /// `boiler_dhw.nrg`: holding 9000.
    pub const BOILER_DHW_NRG: mm::RegisterDescriptor = descriptors::ALL[604];
    /// `boiler_dhw.meter`: holding 9002.
    pub const BOILER_DHW_METER: mm::RegisterDescriptor = descriptors::ALL[605];
    /// `boiler_dhw.tapactivated`: holding 9028.
    pub const BOILER_DHW_TAPACTIVATED: mm::RegisterDescriptor = descriptors::ALL[606];
    /// `boiler_dhw.settemp`: holding 9029.
    pub const BOILER_DHW_SETTEMP: mm::RegisterDescriptor = descriptors::ALL[607];
    /// `boiler_dhw.seltemp`: holding 9030.
    pub const BOILER_DHW_SELTEMP: mm::RegisterDescriptor = descriptors::ALL[608];
    /// `boiler_dhw.seltemplow`: holding 9031.
    pub const BOILER_DHW_SELTEMPLOW: mm::RegisterDescriptor = descriptors::ALL[609];
    /// `boiler_dhw.tempecoplus`: holding 9032.
    pub const BOILER_DHW_TEMPECOPLUS: mm::RegisterDescriptor = descriptors::ALL[610];
    /// `boiler_dhw.seltempoff`: holding 9033.
    pub const BOILER_DHW_SELTEMPOFF: mm::RegisterDescriptor = descriptors::ALL[611];
    /// `boiler_dhw.seltempsingle`: holding 9034.
    pub const BOILER_DHW_SELTEMPSINGLE: mm::RegisterDescriptor = descriptors::ALL[612];
    /// `boiler_dhw.solartemp`: holding 9035.
    pub const BOILER_DHW_SOLARTEMP: mm::RegisterDescriptor = descriptors::ALL[613];
    /// `boiler_dhw.dhw_type`: holding 9036.
    pub const BOILER_DHW_DHW_TYPE: mm::RegisterDescriptor = descriptors::ALL[614];
    /// `boiler_dhw.comfort`: holding 9037.
    pub const BOILER_DHW_COMFORT: mm::RegisterDescriptor = descriptors::ALL[615];
    /// `boiler_dhw.comfort1`: holding 9038.
    pub const BOILER_DHW_COMFORT1: mm::RegisterDescriptor = descriptors::ALL[616];
    /// `boiler_dhw.flowtempoffset`: holding 9039.
    pub const BOILER_DHW_FLOWTEMPOFFSET: mm::RegisterDescriptor = descriptors::ALL[617];
    /// `boiler_dhw.chargeoptimization`: holding 9040.
    pub const BOILER_DHW_CHARGEOPTIMIZATION: mm::RegisterDescriptor = descriptors::ALL[618];
    /// `boiler_dhw.maxpower`: holding 9041.
    pub const BOILER_DHW_MAXPOWER: mm::RegisterDescriptor = descriptors::ALL[619];
    /// `boiler_dhw.maxtemp`: holding 9042.
    pub const BOILER_DHW_MAXTEMP: mm::RegisterDescriptor = descriptors::ALL[620];
    /// `boiler_dhw.circpump`: holding 9043.
    pub const BOILER_DHW_CIRCPUMP: mm::RegisterDescriptor = descriptors::ALL[621];
    /// `boiler_dhw.chargetype`: holding 9044.
    pub const BOILER_DHW_CHARGETYPE: mm::RegisterDescriptor = descriptors::ALL[622];
    /// `boiler_dhw.hyston`: holding 9045.
    pub const BOILER_DHW_HYSTON: mm::RegisterDescriptor = descriptors::ALL[623];
    /// `boiler_dhw.hystoff`: holding 9046.
    pub const BOILER_DHW_HYSTOFF: mm::RegisterDescriptor = descriptors::ALL[624];
    /// `boiler_dhw.disinfectiontemp`: holding 9047.
    pub const BOILER_DHW_DISINFECTIONTEMP: mm::RegisterDescriptor = descriptors::ALL[625];
    /// `boiler_dhw.circmode`: holding 9048.
    pub const BOILER_DHW_CIRCMODE: mm::RegisterDescriptor = descriptors::ALL[626];
    /// `boiler_dhw.circ`: holding 9049.
    pub const BOILER_DHW_CIRC: mm::RegisterDescriptor = descriptors::ALL[627];
    /// `boiler_dhw.curtemp`: holding 9050.
    pub const BOILER_DHW_CURTEMP: mm::RegisterDescriptor = descriptors::ALL[628];
    /// `boiler_dhw.curtemp2`: holding 9051.
    pub const BOILER_DHW_CURTEMP2: mm::RegisterDescriptor = descriptors::ALL[629];
    /// `boiler_dhw.curflow`: holding 9052.
    pub const BOILER_DHW_CURFLOW: mm::RegisterDescriptor = descriptors::ALL[630];
    /// `boiler_dhw.storagetemp1`: holding 9053.
    pub const BOILER_DHW_STORAGETEMP1: mm::RegisterDescriptor = descriptors::ALL[631];
    /// `boiler_dhw.storagetemp2`: holding 9054.
    pub const BOILER_DHW_STORAGETEMP2: mm::RegisterDescriptor = descriptors::ALL[632];
    /// `boiler_dhw.activated`: holding 9055.
    pub const BOILER_DHW_ACTIVATED: mm::RegisterDescriptor = descriptors::ALL[633];
    /// `boiler_dhw.onetime`: holding 9056.
    pub const BOILER_DHW_ONETIME: mm::RegisterDescriptor = descriptors::ALL[634];
    /// `boiler_dhw.disinfecting`: holding 9057.
    pub const BOILER_DHW_DISINFECTING: mm::RegisterDescriptor = descriptors::ALL[635];
    /// `boiler_dhw.charging`: holding 9058.
    pub const BOILER_DHW_CHARGING: mm::RegisterDescriptor = descriptors::ALL[636];
    /// `boiler_dhw.recharging`: holding 9059.
    pub const BOILER_DHW_RECHARGING: mm::RegisterDescriptor = descriptors::ALL[637];
    /// `boiler_dhw.tempok`: holding 9060.
    pub const BOILER_DHW_TEMPOK: mm::RegisterDescriptor = descriptors::ALL[638];
    /// `boiler_dhw.active`: holding 9061.
    pub const BOILER_DHW_ACTIVE: mm::RegisterDescriptor = descriptors::ALL[639];
    /// `boiler_dhw.three_way_valve`: holding 9062.
    pub const BOILER_DHW_THREE_WAY_VALVE: mm::RegisterDescriptor = descriptors::ALL[640];
    /// `boiler_dhw.chargepump`: holding 9063.
    pub const BOILER_DHW_CHARGEPUMP: mm::RegisterDescriptor = descriptors::ALL[641];
    /// `boiler_dhw.mixertemp`: holding 9064.
    pub const BOILER_DHW_MIXERTEMP: mm::RegisterDescriptor = descriptors::ALL[642];
    /// `boiler_dhw.cylmiddletemp`: holding 9065.
    pub const BOILER_DHW_CYLMIDDLETEMP: mm::RegisterDescriptor = descriptors::ALL[643];
    /// `boiler_dhw.dhwprio`: holding 9066.
    pub const BOILER_DHW_DHWPRIO: mm::RegisterDescriptor = descriptors::ALL[644];
    /// `boiler_dhw.starts`: holding 9067.
    pub const BOILER_DHW_STARTS: mm::RegisterDescriptor = descriptors::ALL[645];
    /// `boiler_dhw.workm`: holding 9069.
    pub const BOILER_DHW_WORKM: mm::RegisterDescriptor = descriptors::ALL[646];
    /// `boiler_dhw.gasmeter`: holding 9071.
    pub const BOILER_DHW_GASMETER: mm::RegisterDescriptor = descriptors::ALL[647];
    /// `boiler_dhw.nrg2`: holding 9073.
    pub const BOILER_DHW_NRG2: mm::RegisterDescriptor = descriptors::ALL[648];
    /// Values of `thermostat.floordry`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum ThermostatFloordry {
        /// `off` (raw 0).
        Off,
        /// `start` (raw 1).
        Start,
        /// `heat` (raw 2).
        Heat,
        /// `hold` (raw 3).
        Hold,
        /// `cool` (raw 4).
        Cool,
        /// `end` (raw 5).
        End,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    mm::impl_modbus_enum!(
        ThermostatFloordry { Off = 0 => "off", Start = 1 => "start", Heat = 2 => "heat", Hold
        = 3 => "hold", Cool = 4 => "cool", End = 5 => "end" } Unknown
    );
    /// Values of `thermostat.building`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum ThermostatBuilding {
        /// `light` (raw 0).
        Light,
        /// `medium` (raw 1).
        Medium,
        /// `heavy` (raw 2).
        Heavy,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    mm::impl_modbus_enum!(
        ThermostatBuilding { Light = 0 => "light", Medium = 1 => "medium", Heavy = 2 =>
        "heavy" } Unknown
    );
    /// Values of `thermostat.damping`, `thermostat.solar`, `thermostat.pvenabledhw`, `thermostat.absent`, `hc.vacationmode`, `hc.switchonoptimization`, `hc.dhwprio`, `hc.hpcooling`, `hc.coolingon`, `hc.boost`, `hc.pumpopt`, `thermostat_dhw.charge`, `thermostat_dhw.extra`, `thermostat_dhw.disinfecting`, `thermostat_dhw.dailyheating`, `boiler.chimneysweeper`, `boiler.heatingoff`, `boiler.heatingactive`, `boiler.tapwateractive`, `boiler.heatingactivated`, `boiler.heatingpump`, `boiler.emergencyops`, `boiler.pc1on`, `boiler.burngas`, `boiler.burngas2`, `boiler.fanwork`, `boiler.ignwork`, `boiler.oilpreheat`, `boiler.curveon`, `boiler.nofrostmode`, `boiler_dhw.tapactivated`, `boiler_dhw.chargeoptimization`, `boiler_dhw.circpump`, `boiler_dhw.circ`, `boiler_dhw.activated`, `boiler_dhw.onetime`, `boiler_dhw.disinfecting`, `boiler_dhw.charging`, `boiler_dhw.recharging`, `boiler_dhw.tempok`, `boiler_dhw.active`, `boiler_dhw.three_way_valve`, `boiler_dhw.chargepump`, `boiler_dhw.dhwprio`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum ThermostatDamping {
        /// `off` (raw 0).
        Off,
        /// `on` (raw 1).
        On,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    mm::impl_modbus_enum!(ThermostatDamping { Off = 0 => "off", On = 1 => "on" } Unknown);
    /// Values of `thermostat.hybridstrategy`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum ThermostatHybridstrategy {
        /// `co2_optimized` (raw 0).
        Co2Optimized,
        /// `cost_optimized` (raw 1).
        CostOptimized,
        /// `outside_temp_switched` (raw 2).
        OutsideTempSwitched,
        /// `co2_cost_mix` (raw 3).
        Co2CostMix,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    mm::impl_modbus_enum!(
        ThermostatHybridstrategy { Co2Optimized = 0 => "co2_optimized", CostOptimized = 1 =>
        "cost_optimized", OutsideTempSwitched = 2 => "outside_temp_switched", Co2CostMix = 3
        => "co2_cost_mix" } Unknown
    );
    /// Values of `hc.haclimate`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum HcHaclimate {
        /// `seltemp` (raw 0).
        Seltemp,
        /// `roomtemp` (raw 1).
        Roomtemp,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    mm::impl_modbus_enum!(
        HcHaclimate { Seltemp = 0 => "seltemp", Roomtemp = 1 => "roomtemp" } Unknown
    );
    /// Values of `hc.mode`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum HcMode {
        /// `manual` (raw 0).
        Manual,
        /// `auto` (raw 1).
        Auto,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    mm::impl_modbus_enum!(HcMode { Manual = 0 => "manual", Auto = 1 => "auto" } Unknown);
    /// Values of `hc.modetype`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum HcModetype {
        /// `eco` (raw 0).
        Eco,
        /// `comfort` (raw 1).
        Comfort,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    mm::impl_modbus_enum!(HcModetype { Eco = 0 => "eco", Comfort = 1 => "comfort" } Unknown);
    /// Values of `hc.nofrostmode`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum HcNofrostmode {
        /// `room` (raw 0).
        Room,
        /// `outdoor` (raw 1).
        Outdoor,
        /// `room_outdoor` (raw 2).
        RoomOutdoor,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    mm::impl_modbus_enum!(
        HcNofrostmode { Room = 0 => "room", Outdoor = 1 => "outdoor", RoomOutdoor = 2 =>
        "room_outdoor" } Unknown
    );
    /// Values of `hc.heatingtype`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum HcHeatingtype {
        /// `off` (raw 0).
        Off,
        /// `radiator` (raw 1).
        Radiator,
        /// `convector` (raw 2).
        Convector,
        /// `floor` (raw 3).
        Floor,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    mm::impl_modbus_enum!(
        HcHeatingtype { Off = 0 => "off", Radiator = 1 => "radiator", Convector = 2 =>
        "convector", Floor = 3 => "floor" } Unknown
    );
    /// Values of `hc.summersetmode`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum HcSummersetmode {
        /// `summer` (raw 0).
        Summer,
        /// `auto` (raw 1).
        Auto,
        /// `winter` (raw 2).
        Winter,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    mm::impl_modbus_enum!(
        HcSummersetmode { Summer = 0 => "summer", Auto = 1 => "auto", Winter = 2 => "winter"
        } Unknown
    );
    /// Values of `hc.hpoperatingmode`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum HcHpoperatingmode {
        /// `off` (raw 0).
        Off,
        /// `auto` (raw 1).
        Auto,
        /// `heating` (raw 2).
        Heating,
        /// `cooling` (raw 3).
        Cooling,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    mm::impl_modbus_enum!(
        HcHpoperatingmode { Off = 0 => "off", Auto = 1 => "auto", Heating = 2 => "heating",
        Cooling = 3 => "cooling" } Unknown
    );
    /// Values of `hc.summermode`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum HcSummermode {
        /// `winter` (raw 0).
        Winter,
        /// `summer` (raw 1).
        Summer,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    mm::impl_modbus_enum!(
        HcSummermode { Winter = 0 => "winter", Summer = 1 => "summer" } Unknown
    );
    /// Values of `hc.hpoperatingstate`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum HcHpoperatingstate {
        /// `heating` (raw 0).
        Heating,
        /// `off` (raw 1).
        Off,
        /// `cooling` (raw 2).
        Cooling,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    mm::impl_modbus_enum!(
        HcHpoperatingstate { Heating = 0 => "heating", Off = 1 => "off", Cooling = 2 =>
        "cooling" } Unknown
    );
    /// Values of `hc.controlmode`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum HcControlmode {
        /// `weather_compensated` (raw 0).
        WeatherCompensated,
        /// `outside_basepoint` (raw 1).
        OutsideBasepoint,
        /// `n_a` (raw 2).
        NA,
        /// `room` (raw 3).
        Room,
        /// `power` (raw 4).
        Power,
        /// `constant` (raw 5).
        Constant,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    mm::impl_modbus_enum!(
        HcControlmode { WeatherCompensated = 0 => "weather_compensated", OutsideBasepoint = 1
        => "outside_basepoint", NA = 2 => "n_a", Room = 3 => "room", Power = 4 => "power",
        Constant = 5 => "constant" } Unknown
    );
    /// Values of `hc.program`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum HcProgram {
        /// `prog_1` (raw 0).
        Prog1,
        /// `prog_2` (raw 1).
        Prog2,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    mm::impl_modbus_enum!(
        HcProgram { Prog1 = 0 => "prog_1", Prog2 = 1 => "prog_2" } Unknown
    );
    /// Values of `hc.reducemode`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum HcReducemode {
        /// `outdoor` (raw 0).
        Outdoor,
        /// `room` (raw 1).
        Room,
        /// `reduce` (raw 2).
        Reduce,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    mm::impl_modbus_enum!(
        HcReducemode { Outdoor = 0 => "outdoor", Room = 1 => "room", Reduce = 2 => "reduce" }
        Unknown
    );
    /// Values of `hc.hpmode`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum HcHpmode {
        /// `heating` (raw 0).
        Heating,
        /// `cooling` (raw 1).
        Cooling,
        /// `heating_and_cooling` (raw 2).
        HeatingAndCooling,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    mm::impl_modbus_enum!(
        HcHpmode { Heating = 0 => "heating", Cooling = 1 => "cooling", HeatingAndCooling = 2
        => "heating_and_cooling" } Unknown
    );
    /// Values of `hc.control`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum HcControl {
        /// `rc310` (raw 0).
        Rc310,
        /// `rc200` (raw 1).
        Rc200,
        /// `rc100` (raw 2).
        Rc100,
        /// `rc100h` (raw 3).
        Rc100h,
        /// `tc100` (raw 4).
        Tc100,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    mm::impl_modbus_enum!(
        HcControl { Rc310 = 0 => "rc310", Rc200 = 1 => "rc200", Rc100 = 2 => "rc100", Rc100h
        = 3 => "rc100h", Tc100 = 4 => "tc100" } Unknown
    );
    /// Values of `hc.switchprogmode`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum HcSwitchprogmode {
        /// `level` (raw 0).
        Level,
        /// `absolute` (raw 1).
        Absolute,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    mm::impl_modbus_enum!(
        HcSwitchprogmode { Level = 0 => "level", Absolute = 1 => "absolute" } Unknown
    );
    /// Values of `hc.heatingpid`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum HcHeatingpid {
        /// `fast` (raw 0).
        Fast,
        /// `medium` (raw 1).
        Medium,
        /// `slow` (raw 2).
        Slow,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    mm::impl_modbus_enum!(
        HcHeatingpid { Fast = 0 => "fast", Medium = 1 => "medium", Slow = 2 => "slow" }
        Unknown
    );
    /// Values of `thermostat_dhw.mode`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum ThermostatDhwMode {
        /// `off` (raw 0).
        Off,
        /// `normal` (raw 1).
        Normal,
        /// `comfort` (raw 2).
        Comfort,
        /// `auto` (raw 3).
        Auto,
        /// `own_prog` (raw 4).
        OwnProg,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    mm::impl_modbus_enum!(
        ThermostatDhwMode { Off = 0 => "off", Normal = 1 => "normal", Comfort = 2 =>
        "comfort", Auto = 3 => "auto", OwnProg = 4 => "own_prog" } Unknown
    );
    /// Values of `thermostat_dhw.modetype`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum ThermostatDhwModetype {
        /// `off` (raw 0).
        Off,
        /// `eco` (raw 1).
        Eco,
        /// `comfort` (raw 2).
        Comfort,
        /// `eco_plus` (raw 3).
        EcoPlus,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    mm::impl_modbus_enum!(
        ThermostatDhwModetype { Off = 0 => "off", Eco = 1 => "eco", Comfort = 2 => "comfort",
        EcoPlus = 3 => "eco_plus" } Unknown
    );
    /// Values of `thermostat_dhw.circmode`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum ThermostatDhwCircmode {
        /// `off` (raw 0).
        Off,
        /// `on` (raw 1).
        On,
        /// `auto` (raw 2).
        Auto,
        /// `own_prog` (raw 3).
        OwnProg,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    mm::impl_modbus_enum!(
        ThermostatDhwCircmode { Off = 0 => "off", On = 1 => "on", Auto = 2 => "auto", OwnProg
        = 3 => "own_prog" } Unknown
    );
    /// Values of `thermostat_dhw.disinfectday`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum ThermostatDhwDisinfectday {
        /// `mo` (raw 0).
        Mo,
        /// `tu` (raw 1).
        Tu,
        /// `we` (raw 2).
        We,
        /// `th` (raw 3).
        Th,
        /// `fr` (raw 4).
        Fr,
        /// `sa` (raw 5).
        Sa,
        /// `su` (raw 6).
        Su,
        /// `all` (raw 7).
        All,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    mm::impl_modbus_enum!(
        ThermostatDhwDisinfectday { Mo = 0 => "mo", Tu = 1 => "tu", We = 2 => "we", Th = 3 =>
        "th", Fr = 4 => "fr", Sa = 5 => "sa", Su = 6 => "su", All = 7 => "all" } Unknown
    );
    /// Values of `boiler.reset`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum BoilerReset {
        /// `none` (raw 0).
        None,
        /// `maintenance` (raw 1).
        Maintenance,
        /// `error` (raw 2).
        Error,
        /// `history` (raw 3).
        History,
        /// `message` (raw 4).
        Message,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    mm::impl_modbus_enum!(
        BoilerReset { None = 0 => "none", Maintenance = 1 => "maintenance", Error = 2 =>
        "error", History = 3 => "history", Message = 4 => "message" } Unknown
    );
    /// Values of `boiler.pumpmode`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum BoilerPumpmode {
        /// `proportional` (raw 0).
        Proportional,
        /// `deltap_1` (raw 1).
        Deltap1,
        /// `deltap_2` (raw 2).
        Deltap2,
        /// `deltap_3` (raw 3).
        Deltap3,
        /// `deltap_4` (raw 4).
        Deltap4,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    mm::impl_modbus_enum!(
        BoilerPumpmode { Proportional = 0 => "proportional", Deltap1 = 1 => "deltap_1",
        Deltap2 = 2 => "deltap_2", Deltap3 = 3 => "deltap_3", Deltap4 = 4 => "deltap_4" }
        Unknown
    );
    /// Values of `boiler.pumpcharacter`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum BoilerPumpcharacter {
        /// `proportional` (raw 0).
        Proportional,
        /// `v150mbar` (raw 1).
        V150mbar,
        /// `v200mbar` (raw 2).
        V200mbar,
        /// `v250mbar` (raw 3).
        V250mbar,
        /// `v300mbar` (raw 4).
        V300mbar,
        /// `v350mbar` (raw 5).
        V350mbar,
        /// `v400mbar` (raw 6).
        V400mbar,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    mm::impl_modbus_enum!(
        BoilerPumpcharacter { Proportional = 0 => "proportional", V150mbar = 1 => "v150mbar",
        V200mbar = 2 => "v200mbar", V250mbar = 3 => "v250mbar", V300mbar = 4 => "v300mbar",
        V350mbar = 5 => "v350mbar", V400mbar = 6 => "v400mbar" } Unknown
    );
    /// Values of `boiler.maintenance`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum BoilerMaintenance {
        /// `off` (raw 0).
        Off,
        /// `time` (raw 1).
        Time,
        /// `date` (raw 2).
        Date,
        /// `manual` (raw 3).
        Manual,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    mm::impl_modbus_enum!(
        BoilerMaintenance { Off = 0 => "off", Time = 1 => "time", Date = 2 => "date", Manual
        = 3 => "manual" } Unknown
    );
    /// Values of `boiler_dhw.dhw_type`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum BoilerDhwDhwType {
        /// `off` (raw 0).
        Off,
        /// `flow` (raw 1).
        Flow,
        /// `buffered_flow` (raw 2).
        BufferedFlow,
        /// `buffer` (raw 3).
        Buffer,
        /// `layered_buffer` (raw 4).
        LayeredBuffer,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    mm::impl_modbus_enum!(
        BoilerDhwDhwType { Off = 0 => "off", Flow = 1 => "flow", BufferedFlow = 2 =>
        "buffered_flow", Buffer = 3 => "buffer", LayeredBuffer = 4 => "layered_buffer" }
        Unknown
    );
    /// Values of `boiler_dhw.comfort`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum BoilerDhwComfort {
        /// `hot` (raw 0).
        Hot,
        /// `eco` (raw 1).
        Eco,
        /// `intelligent` (raw 2).
        Intelligent,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    mm::impl_modbus_enum!(
        BoilerDhwComfort { Hot = 0 => "hot", Eco = 1 => "eco", Intelligent = 2 =>
        "intelligent" } Unknown
    );
    /// Values of `boiler_dhw.comfort1`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum BoilerDhwComfort1 {
        /// `high_comfort` (raw 0).
        HighComfort,
        /// `eco` (raw 1).
        Eco,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    mm::impl_modbus_enum!(
        BoilerDhwComfort1 { HighComfort = 0 => "high_comfort", Eco = 1 => "eco" } Unknown
    );
    /// Values of `boiler_dhw.chargetype`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum BoilerDhwChargetype {
        /// `chargepump` (raw 0).
        Chargepump,
        /// `v3_way_valve` (raw 1).
        V3WayValve,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    mm::impl_modbus_enum!(
        BoilerDhwChargetype { Chargepump = 0 => "chargepump", V3WayValve = 1 =>
        "v3_way_valve" } Unknown
    );
    /// Values of `boiler_dhw.circmode`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum BoilerDhwCircmode {
        /// `off` (raw 0).
        Off,
        /// `v1x3min` (raw 1).
        V1x3min,
        /// `v2x3min` (raw 2).
        V2x3min,
        /// `v3x3min` (raw 3).
        V3x3min,
        /// `v4x3min` (raw 4).
        V4x3min,
        /// `v5x3min` (raw 5).
        V5x3min,
        /// `v6x3min` (raw 6).
        V6x3min,
        /// `continuous` (raw 7).
        Continuous,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    mm::impl_modbus_enum!(
        BoilerDhwCircmode { Off = 0 => "off", V1x3min = 1 => "v1x3min", V2x3min = 2 =>
        "v2x3min", V3x3min = 3 => "v3x3min", V4x3min = 4 => "v4x3min", V5x3min = 5 =>
        "v5x3min", V6x3min = 6 => "v6x3min", Continuous = 7 => "continuous" } Unknown
    );
    /// Named bits of `device.info`; the raw value is kept whole.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub struct DeviceInfo(pub u64);
    impl DeviceInfo {
        /// `device_id`: bits 0..=7.
        pub const fn device_id(&self) -> u64 {
            mm::bit_field(self.0, 0, 8)
        }
        /// `device_type`: bits 8..=15.
        pub const fn device_type(&self) -> u64 {
            mm::bit_field(self.0, 8, 8)
        }
    }
    mm::impl_modbus_flags!(DeviceInfo { "device_id" = 0, 8; "device_type" = 8, 8 });
    /// Slave dispatch tables: serve this device with `modbus_map::server` or the `no_std` dispatch core.
    pub mod dispatch {
        use ::modbus_map::__private::dispatch::{
            self, DeviceMap, Entry, GapRange, TableMap, UnitMap,
        };
        static UNIT_1_INPUT: [Entry; 17] = Entry::runs(&super::REGISTERS, &[(0, 17, 0)]);
        static UNIT_1_INPUT_INDEX: [u16; 1015] = [
            0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16,
        ];
        static UNIT_5_HOLDING: [Entry; 117] = Entry::runs(
            &super::REGISTERS,
            &[(532, 117, 17)],
        );
        static UNIT_6_HOLDING: [Entry; 515] = Entry::runs(
            &super::REGISTERS,
            &[(17, 515, 185)],
        );
        static UNITS: [UnitMap; 3] = [
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
                    index_base: 1,
                    index: &UNIT_1_INPUT_INDEX,
                },
                holding_registers: TableMap {
                    entries: &[],
                    allow_gaps: false,
                    gap_ranges: &[],
                    index_base: 0,
                    index: &[],
                },
                values_per_read: 1,
            },
            UnitMap {
                unit_id: 5,
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
                    entries: &UNIT_5_HOLDING,
                    allow_gaps: false,
                    gap_ranges: &[],
                    index_base: 0,
                    index: &[],
                },
                values_per_read: 1,
            },
            UnitMap {
                unit_id: 6,
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
                    entries: &UNIT_6_HOLDING,
                    allow_gaps: false,
                    gap_ranges: &[],
                    index_base: 0,
                    index: &[],
                },
                values_per_read: 1,
            },
        ];
        /// Initial storage words (spec defaults, start values where there is none), indexed by slot.
        pub static DEFAULTS: [u16; 743] = dispatch::words(
            &[
                (96, &[15]),
                (124, &[20, 20]),
                (157, &[60]),
                (244, &[5, 1]),
                (258, &[10]),
                (288, &[2]),
                (294, &[1, 1, 1]),
                (299, &[20, 1, 1]),
                (303, &[24]),
                (308, &[16, 3]),
                (318, &[10]),
                (348, &[2]),
                (354, &[1, 1, 1]),
                (359, &[20, 1, 1]),
                (363, &[24]),
                (368, &[16, 3]),
                (378, &[10]),
                (408, &[2]),
                (414, &[1, 1, 1]),
                (419, &[20, 1, 1]),
                (423, &[24]),
                (428, &[16, 3]),
                (438, &[10]),
                (468, &[2]),
                (474, &[1, 1, 1]),
                (479, &[20, 1, 1]),
                (483, &[24]),
                (488, &[16, 3]),
                (498, &[10]),
                (528, &[2]),
                (534, &[1, 1, 1]),
                (539, &[20, 1, 1]),
                (543, &[24]),
                (548, &[16, 3]),
                (558, &[10]),
                (588, &[2]),
                (594, &[1, 1, 1]),
                (599, &[20, 1, 1]),
                (603, &[24]),
                (608, &[16, 3]),
                (618, &[10]),
                (648, &[2]),
                (654, &[1, 1, 1]),
                (659, &[20, 1, 1]),
                (663, &[24]),
                (668, &[16, 3]),
                (678, &[10]),
                (708, &[2]),
                (714, &[1, 1, 1]),
                (719, &[20, 1, 1]),
                (723, &[24]),
                (728, &[16, 3]),
            ],
        );
        /// The device's whole map, for `modbus_map::dispatch::Dispatcher::new(&MAP)`.
        pub static MAP: DeviceMap = DeviceMap {
            name: "ems_esp",
            default_unit: 1,
            units: &UNITS,
            defaults: &DEFAULTS,
            word_order_coil: ::core::option::Option::None,
        };
    }
    mm::tokio_client! {
        /// General information about EMS-ESP itself (system server).
        #[derive(Debug, Clone, PartialEq)]
        pub struct System {
            /// `system.device_count`: Number of EMS devices EMS-ESP has found
            pub device_count: u16,
        }
        mm::block_decode!(System { device_count 0 });
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
                read_device_count, _, 0, u16,
                "`system.device_count`: Number of EMS devices EMS-ESP has found"
            );
        }
        /// One register per EMS device found, in discovery order (devices beyond device_count answer exception 02).
        ///
        /// One struct for every instance: 16 instances at base 1000 + (n − 1) × 1.
        #[derive(Debug, Clone, PartialEq)]
        pub struct Device {
            /// `device.info`: EMS device: device type (= its Modbus unit id) in the high byte, EMS device id in the low byte
            pub info: DeviceInfo,
        }
        mm::block_decode!(Device { info 0 });
        /// The registers of one instance of block `device`, read and written one by one or whole.
        #[derive(Debug)]
        pub struct DeviceClient<'a, C>(pub mm::BlockClient<'a, C>);
        impl<'a, C: mm::Reader + mm::Writer> DeviceClient<'a, C> {
            /// Reads every readable register of the `device` instance in as few requests as the planner allows.
            pub fn read(
                &mut self,
            ) -> impl ::core::future::Future<
                Output = mm::ModbusResult<Device>,
            > + use<'_, 'a, C> {
                self.0.read_block()
            }
            mm::register_fns!(
                read_info, _, 0, DeviceInfo,
                "`device.info`: EMS device: device type (= its Modbus unit id) in the high byte, EMS device id in the low byte"
            );
        }
        /// RC310 thermostat, device data (tag block 0).
        #[derive(Debug, Clone, PartialEq)]
        pub struct Thermostat {
            /// `thermostat.errorcode`: Error code
            pub errorcode: mm::String,
            /// `thermostat.lastcode`: Last error code
            pub lastcode: mm::String,
            /// `thermostat.datetime`: Date/time
            pub datetime: mm::String,
            /// `thermostat.intoffset`: Internal temperature offset (°C, -12 ..= 12)
            pub intoffset: f64,
            /// `thermostat.floordry`: Floor drying
            pub floordry: ThermostatFloordry,
            /// `thermostat.dampedoutdoortemp`: Damped outdoor temperature (°C, -3199 ..= 3199)
            pub dampedoutdoortemp: f64,
            /// `thermostat.floordrytemp`: Floor drying temperature (°C, 0 ..= 254)
            pub floordrytemp: u16,
            /// `thermostat.building`: Building type
            pub building: ThermostatBuilding,
            /// `thermostat.minexttemp`: Minimal external temperature (°C, -126 ..= 126)
            pub minexttemp: i16,
            /// `thermostat.damping`: Damping outdoor temperature
            pub damping: ThermostatDamping,
            /// `thermostat.solar`: Solar
            pub solar: ThermostatDamping,
            /// `thermostat.hybridstrategy`: Hybrid control strategy [0=co2 optimized | 1=cost optimized | 2=outside temp switched | 3=co2 cost mix]
            pub hybridstrategy: ThermostatHybridstrategy,
            /// `thermostat.switchovertemp`: Outside switchover temperature (°C, -20 ..= 20)
            pub switchovertemp: i16,
            /// `thermostat.energycostratio`: Energy cost ratio (0 ..= 20)
            pub energycostratio: f64,
            /// `thermostat.fossilefactor`: Fossile energy factor (0 ..= 5)
            pub fossilefactor: f64,
            /// `thermostat.electricfactor`: Electric energy factor (0 ..= 5)
            pub electricfactor: f64,
            /// `thermostat.delayboiler`: Delay boiler support (min, 5 ..= 120)
            pub delayboiler: u16,
            /// `thermostat.tempdiffboiler`: Temp diff boiler support (°C, 1 ..= 99)
            pub tempdiffboiler: u16,
            /// `thermostat.pvenabledhw`: Enable raise dhw
            pub pvenabledhw: ThermostatDamping,
            /// `thermostat.pvraiseheat`: Raise heating with PV (K, 0 ..= 5)
            pub pvraiseheat: i16,
            /// `thermostat.pvlowercool`: Lower cooling with PV (K, -5 ..= 0)
            pub pvlowercool: i16,
            /// `thermostat.absent`: Absent
            pub absent: ThermostatDamping,
        }
        mm::block_decode!(
            Thermostat { errorcode 0, lastcode 1, datetime 2, intoffset 3, floordry 4,
            dampedoutdoortemp 5, floordrytemp 6, building 7, minexttemp 8, damping 9, solar 10,
            hybridstrategy 11, switchovertemp 12, energycostratio 13, fossilefactor 14,
            electricfactor 15, delayboiler 16, tempdiffboiler 17, pvenabledhw 18, pvraiseheat 19,
            pvlowercool 20, absent 21 }
        );
        /// The registers of one instance of block `thermostat`, read and written one by one or whole.
        #[derive(Debug)]
        pub struct ThermostatClient<'a, C>(pub mm::BlockClient<'a, C>);
        impl<'a, C: mm::Reader + mm::Writer> ThermostatClient<'a, C> {
            /// Reads every readable register of the `thermostat` instance in as few requests as the planner allows.
            pub fn read(
                &mut self,
            ) -> impl ::core::future::Future<
                Output = mm::ModbusResult<Thermostat>,
            > + use<'_, 'a, C> {
                self.0.read_block()
            }
            mm::register_fns!(read_errorcode, _, 0, str, "`thermostat.errorcode`: Error code");
            mm::register_fns!(
                read_lastcode, _, 1, str, "`thermostat.lastcode`: Last error code"
            );
            mm::register_fns!(
                read_datetime, write_datetime, 2, str, "`thermostat.datetime`: Date/time"
            );
            mm::register_fns!(
                read_intoffset, write_intoffset, 3, f64,
                "`thermostat.intoffset`: Internal temperature offset (°C, -12 ..= 12)"
            );
            mm::register_fns!(
                read_floordry, _, 4, ThermostatFloordry, "`thermostat.floordry`: Floor drying"
            );
            mm::register_fns!(
                read_dampedoutdoortemp, _, 5, f64,
                "`thermostat.dampedoutdoortemp`: Damped outdoor temperature (°C, -3199 ..= 3199)"
            );
            mm::register_fns!(
                read_floordrytemp, _, 6, u16,
                "`thermostat.floordrytemp`: Floor drying temperature (°C, 0 ..= 254)"
            );
            mm::register_fns!(
                read_building, write_building, 7, ThermostatBuilding,
                "`thermostat.building`: Building type"
            );
            mm::register_fns!(
                read_minexttemp, write_minexttemp, 8, i16,
                "`thermostat.minexttemp`: Minimal external temperature (°C, -126 ..= 126)"
            );
            mm::register_fns!(
                read_damping, write_damping, 9, ThermostatDamping,
                "`thermostat.damping`: Damping outdoor temperature"
            );
            mm::register_fns!(
                read_solar, write_solar, 10, ThermostatDamping, "`thermostat.solar`: Solar"
            );
            mm::register_fns!(
                read_hybridstrategy, write_hybridstrategy, 11, ThermostatHybridstrategy,
                "`thermostat.hybridstrategy`: Hybrid control strategy [0=co2 optimized | 1=cost optimized | 2=outside temp switched | 3=co2 cost mix]"
            );
            mm::register_fns!(
                read_switchovertemp, write_switchovertemp, 12, i16,
                "`thermostat.switchovertemp`: Outside switchover temperature (°C, -20 ..= 20)"
            );
            mm::register_fns!(
                read_energycostratio, write_energycostratio, 13, f64,
                "`thermostat.energycostratio`: Energy cost ratio (0 ..= 20)"
            );
            mm::register_fns!(
                read_fossilefactor, write_fossilefactor, 14, f64,
                "`thermostat.fossilefactor`: Fossile energy factor (0 ..= 5)"
            );
            mm::register_fns!(
                read_electricfactor, write_electricfactor, 15, f64,
                "`thermostat.electricfactor`: Electric energy factor (0 ..= 5)"
            );
            mm::register_fns!(
                read_delayboiler, write_delayboiler, 16, u16,
                "`thermostat.delayboiler`: Delay boiler support (min, 5 ..= 120)"
            );
            mm::register_fns!(
                read_tempdiffboiler, write_tempdiffboiler, 17, u16,
                "`thermostat.tempdiffboiler`: Temp diff boiler support (°C, 1 ..= 99)"
            );
            mm::register_fns!(
                read_pvenabledhw, write_pvenabledhw, 18, ThermostatDamping,
                "`thermostat.pvenabledhw`: Enable raise dhw"
            );
            mm::register_fns!(
                read_pvraiseheat, write_pvraiseheat, 19, i16,
                "`thermostat.pvraiseheat`: Raise heating with PV (K, 0 ..= 5)"
            );
            mm::register_fns!(
                read_pvlowercool, write_pvlowercool, 20, i16,
                "`thermostat.pvlowercool`: Lower cooling with PV (K, -5 ..= 0)"
            );
            mm::register_fns!(
                read_absent, write_absent, 21, ThermostatDamping, "`thermostat.absent`: Absent"
            );
        }
        /// RC310 heating circuit (tags hc1..hc8).
        ///
        /// One struct for every instance: 8 instances at base 1000 + (n − 1) × 1000.
        #[derive(Debug, Clone, PartialEq)]
        pub struct Hc {
            /// `hc.seltemp`: Selected room temperature (°C, 0 ..= 30)
            pub seltemp: f64,
            /// `hc.currtemp`: Current room temperature (°C, -3199 ..= 3199)
            pub currtemp: f64,
            /// `hc.haclimate`: Mqtt discovery current room temperature [0=selTemp | 1=roomTemp]
            pub haclimate: HcHaclimate,
            /// `hc.mode`: Operating mode
            pub mode: HcMode,
            /// `hc.modetype`: Mode type
            pub modetype: HcModetype,
            /// `hc.ecotemp`: Eco temperature (°C, 0 ..= 127)
            pub ecotemp: f64,
            /// `hc.manualtemp`: Manual temperature (°C, 0 ..= 127)
            pub manualtemp: f64,
            /// `hc.comforttemp`: Comfort temperature (°C, 0 ..= 127)
            pub comforttemp: f64,
            /// `hc.summertemp`: Summer temperature (°C, 10 ..= 30)
            pub summertemp: u16,
            /// `hc.designtemp`: Design temperature (°C, 0 ..= 254)
            pub designtemp: u16,
            /// `hc.offsettemp`: Offset temperature (°C, -126 ..= 126)
            pub offsettemp: i16,
            /// `hc.minflowtemp`: Min flow temperature (°C, 0 ..= 254)
            pub minflowtemp: u16,
            /// `hc.maxflowtemp`: Max flow temperature (°C, 0 ..= 254)
            pub maxflowtemp: u16,
            /// `hc.roominfluence`: Room influence (°C, 0 ..= 254)
            pub roominfluence: u16,
            /// `hc.roominflfactor`: Room influence factor (0 ..= 25)
            pub roominflfactor: f64,
            /// `hc.curroominfl`: Current room influence (°C, -3199 ..= 3199)
            pub curroominfl: f64,
            /// `hc.nofrostmode`: Nofrost mode [0=room | 1=outdoor | 2=room outdoor]
            pub nofrostmode: HcNofrostmode,
            /// `hc.nofrosttemp`: Nofrost temperature (°C, -126 ..= 126)
            pub nofrosttemp: i16,
            /// `hc.targetflowtemp`: Target flow temperature (°C, 0 ..= 254)
            pub targetflowtemp: u16,
            /// `hc.heatingtype`: Heating type
            pub heatingtype: HcHeatingtype,
            /// `hc.summersetmode`: Set summer mode
            pub summersetmode: HcSummersetmode,
            /// `hc.hpoperatingmode`: Heatpump operating mode
            pub hpoperatingmode: HcHpoperatingmode,
            /// `hc.summermode`: Summer mode
            pub summermode: HcSummermode,
            /// `hc.hpoperatingstate`: Heatpump operating state
            pub hpoperatingstate: HcHpoperatingstate,
            /// `hc.vacationmode`: Vacation mode
            pub vacationmode: ThermostatDamping,
            /// `hc.controlmode`: Control mode [0=weather compensated | 1=outside basepoint | 2=n/a | 3=room | 4=power | 5=constant]
            pub controlmode: HcControlmode,
            /// `hc.program`: Program [0=prog 1 | 1=prog 2]
            pub program: HcProgram,
            /// `hc.tempautotemp`: Temporary set temperature automode (°C, -1 ..= 30)
            pub tempautotemp: f64,
            /// `hc.cooltemp`: Cooling temperature (°C, -1 ..= 30)
            pub cooltemp: f64,
            /// `hc.fastheatup`: Fast heatup (%, 0 ..= 100)
            pub fastheatup: u16,
            /// `hc.switchonoptimization`: Switch-on optimization
            pub switchonoptimization: ThermostatDamping,
            /// `hc.reducemode`: Reduce mode
            pub reducemode: HcReducemode,
            /// `hc.noreducetemp`: No reduce below temperature (°C, -126 ..= 126)
            pub noreducetemp: i16,
            /// `hc.reducetemp`: Off/reduce switch temperature (°C, -126 ..= 126)
            pub reducetemp: i16,
            /// `hc.dhwprio`: Dhw priority
            pub dhwprio: ThermostatDamping,
            /// `hc.hpcooling`: Hp cooling
            pub hpcooling: ThermostatDamping,
            /// `hc.coolingon`: Cooling on
            pub coolingon: ThermostatDamping,
            /// `hc.hpmode`: HP Mode [0=heating | 1=cooling | 2=heating & cooling]
            pub hpmode: HcHpmode,
            /// `hc.dewoffset`: Dew point offset (K, 2 ..= 10)
            pub dewoffset: u16,
            /// `hc.roomtempdiff`: Room temp difference (K, 0 ..= 254)
            pub roomtempdiff: u16,
            /// `hc.hpminflowtemp`: HP min. flow temp. (°C, 0 ..= 254)
            pub hpminflowtemp: u16,
            /// `hc.control`: Control device [0=RC310 | 1=RC200 | 2=RC100 | 3=RC100H | 4=TC100]
            pub control: HcControl,
            /// `hc.heatondelay`: Heat-on delay (h, 1 ..= 48)
            pub heatondelay: u16,
            /// `hc.heatoffdelay`: Heat-off delay (h, 1 ..= 48)
            pub heatoffdelay: u16,
            /// `hc.instantstart`: Instant start (K, 1 ..= 10)
            pub instantstart: u16,
            /// `hc.boost`: Boost mode
            pub boost: ThermostatDamping,
            /// `hc.boosttime`: Boost time (h, 0 ..= 254)
            pub boosttime: u16,
            /// `hc.coolstart`: Cooling starttemp (°C, 20 ..= 35)
            pub coolstart: u16,
            /// `hc.coolondelay`: Cooling on delay (h, 1 ..= 48)
            pub coolondelay: u16,
            /// `hc.cooloffdelay`: Cooling off delay (h, 1 ..= 48)
            pub cooloffdelay: u16,
            /// `hc.switchprogmode`: Switch program mode
            pub switchprogmode: HcSwitchprogmode,
            /// `hc.redthreshold`: Reduction threshold (°C, 12 ..= 22)
            pub redthreshold: f64,
            /// `hc.solarinfl`: Solar influence (°C, -5 ..= …)
            pub solarinfl: i16,
            /// `hc.currsolarinfl`: Current solar influence (°C, 0 ..= 25)
            pub currsolarinfl: f64,
            /// `hc.heatingpid`: Heating PID
            pub heatingpid: HcHeatingpid,
            /// `hc.pumpopt`: Pump optimization
            pub pumpopt: ThermostatDamping,
            /// `hc.inttimefloor`: Integral time floor (min, 160 ..= 320)
            pub inttimefloor: f64,
            /// `hc.inttime`: Integral time (min, 3 ..= 80)
            pub inttime: u16,
        }
        mm::block_decode!(
            Hc { seltemp 0, currtemp 1, haclimate 2, mode 3, modetype 4, ecotemp 5, manualtemp 6,
            comforttemp 7, summertemp 8, designtemp 9, offsettemp 10, minflowtemp 11, maxflowtemp
            12, roominfluence 13, roominflfactor 14, curroominfl 15, nofrostmode 16, nofrosttemp
            17, targetflowtemp 18, heatingtype 19, summersetmode 20, hpoperatingmode 21,
            summermode 22, hpoperatingstate 23, vacationmode 24, controlmode 25, program 26,
            tempautotemp 27, cooltemp 28, fastheatup 29, switchonoptimization 30, reducemode 31,
            noreducetemp 32, reducetemp 33, dhwprio 34, hpcooling 35, coolingon 36, hpmode 37,
            dewoffset 38, roomtempdiff 39, hpminflowtemp 40, control 41, heatondelay 44,
            heatoffdelay 45, instantstart 46, boost 47, boosttime 48, coolstart 49, coolondelay
            50, cooloffdelay 51, switchprogmode 52, redthreshold 53, solarinfl 54, currsolarinfl
            55, heatingpid 56, pumpopt 57, inttimefloor 58, inttime 59 }
        );
        /// The registers of one instance of block `hc`, read and written one by one or whole.
        #[derive(Debug)]
        pub struct HcClient<'a, C>(pub mm::BlockClient<'a, C>);
        impl<'a, C: mm::Reader + mm::Writer> HcClient<'a, C> {
            /// Reads every readable register of the `hc` instance in as few requests as the planner allows.
            pub fn read(
                &mut self,
            ) -> impl ::core::future::Future<Output = mm::ModbusResult<Hc>> + use<'_, 'a, C> {
                self.0.read_block()
            }
            mm::register_fns!(
                read_seltemp, write_seltemp, 0, f64,
                "`hc.seltemp`: Selected room temperature (°C, 0 ..= 30)"
            );
            mm::register_fns!(
                read_currtemp, _, 1, f64,
                "`hc.currtemp`: Current room temperature (°C, -3199 ..= 3199)"
            );
            mm::register_fns!(
                read_haclimate, _, 2, HcHaclimate,
                "`hc.haclimate`: Mqtt discovery current room temperature [0=selTemp | 1=roomTemp]"
            );
            mm::register_fns!(read_mode, write_mode, 3, HcMode, "`hc.mode`: Operating mode");
            mm::register_fns!(read_modetype, _, 4, HcModetype, "`hc.modetype`: Mode type");
            mm::register_fns!(
                read_ecotemp, write_ecotemp, 5, f64,
                "`hc.ecotemp`: Eco temperature (°C, 0 ..= 127)"
            );
            mm::register_fns!(
                read_manualtemp, write_manualtemp, 6, f64,
                "`hc.manualtemp`: Manual temperature (°C, 0 ..= 127)"
            );
            mm::register_fns!(
                read_comforttemp, write_comforttemp, 7, f64,
                "`hc.comforttemp`: Comfort temperature (°C, 0 ..= 127)"
            );
            mm::register_fns!(
                read_summertemp, write_summertemp, 8, u16,
                "`hc.summertemp`: Summer temperature (°C, 10 ..= 30)"
            );
            mm::register_fns!(
                read_designtemp, write_designtemp, 9, u16,
                "`hc.designtemp`: Design temperature (°C, 0 ..= 254)"
            );
            mm::register_fns!(
                read_offsettemp, write_offsettemp, 10, i16,
                "`hc.offsettemp`: Offset temperature (°C, -126 ..= 126)"
            );
            mm::register_fns!(
                read_minflowtemp, write_minflowtemp, 11, u16,
                "`hc.minflowtemp`: Min flow temperature (°C, 0 ..= 254)"
            );
            mm::register_fns!(
                read_maxflowtemp, write_maxflowtemp, 12, u16,
                "`hc.maxflowtemp`: Max flow temperature (°C, 0 ..= 254)"
            );
            mm::register_fns!(
                read_roominfluence, write_roominfluence, 13, u16,
                "`hc.roominfluence`: Room influence (°C, 0 ..= 254)"
            );
            mm::register_fns!(
                read_roominflfactor, write_roominflfactor, 14, f64,
                "`hc.roominflfactor`: Room influence factor (0 ..= 25)"
            );
            mm::register_fns!(
                read_curroominfl, _, 15, f64,
                "`hc.curroominfl`: Current room influence (°C, -3199 ..= 3199)"
            );
            mm::register_fns!(
                read_nofrostmode, write_nofrostmode, 16, HcNofrostmode,
                "`hc.nofrostmode`: Nofrost mode [0=room | 1=outdoor | 2=room outdoor]"
            );
            mm::register_fns!(
                read_nofrosttemp, write_nofrosttemp, 17, i16,
                "`hc.nofrosttemp`: Nofrost temperature (°C, -126 ..= 126)"
            );
            mm::register_fns!(
                read_targetflowtemp, _, 18, u16,
                "`hc.targetflowtemp`: Target flow temperature (°C, 0 ..= 254)"
            );
            mm::register_fns!(
                read_heatingtype, write_heatingtype, 19, HcHeatingtype,
                "`hc.heatingtype`: Heating type"
            );
            mm::register_fns!(
                read_summersetmode, write_summersetmode, 20, HcSummersetmode,
                "`hc.summersetmode`: Set summer mode"
            );
            mm::register_fns!(
                read_hpoperatingmode, write_hpoperatingmode, 21, HcHpoperatingmode,
                "`hc.hpoperatingmode`: Heatpump operating mode"
            );
            mm::register_fns!(
                read_summermode, _, 22, HcSummermode, "`hc.summermode`: Summer mode"
            );
            mm::register_fns!(
                read_hpoperatingstate, _, 23, HcHpoperatingstate,
                "`hc.hpoperatingstate`: Heatpump operating state"
            );
            mm::register_fns!(
                read_vacationmode, _, 24, ThermostatDamping, "`hc.vacationmode`: Vacation mode"
            );
            mm::register_fns!(
                read_controlmode, write_controlmode, 25, HcControlmode,
                "`hc.controlmode`: Control mode [0=weather compensated | 1=outside basepoint | 2=n/a | 3=room | 4=power | 5=constant]"
            );
            mm::register_fns!(
                read_program, write_program, 26, HcProgram,
                "`hc.program`: Program [0=prog 1 | 1=prog 2]"
            );
            mm::register_fns!(
                read_tempautotemp, write_tempautotemp, 27, f64,
                "`hc.tempautotemp`: Temporary set temperature automode (°C, -1 ..= 30)"
            );
            mm::register_fns!(
                read_cooltemp, write_cooltemp, 28, f64,
                "`hc.cooltemp`: Cooling temperature (°C, -1 ..= 30)"
            );
            mm::register_fns!(
                read_fastheatup, write_fastheatup, 29, u16,
                "`hc.fastheatup`: Fast heatup (%, 0 ..= 100)"
            );
            mm::register_fns!(
                read_switchonoptimization, write_switchonoptimization, 30, ThermostatDamping,
                "`hc.switchonoptimization`: Switch-on optimization"
            );
            mm::register_fns!(
                read_reducemode, write_reducemode, 31, HcReducemode,
                "`hc.reducemode`: Reduce mode"
            );
            mm::register_fns!(
                read_noreducetemp, write_noreducetemp, 32, i16,
                "`hc.noreducetemp`: No reduce below temperature (°C, -126 ..= 126)"
            );
            mm::register_fns!(
                read_reducetemp, write_reducetemp, 33, i16,
                "`hc.reducetemp`: Off/reduce switch temperature (°C, -126 ..= 126)"
            );
            mm::register_fns!(
                read_dhwprio, write_dhwprio, 34, ThermostatDamping, "`hc.dhwprio`: Dhw priority"
            );
            mm::register_fns!(
                read_hpcooling, write_hpcooling, 35, ThermostatDamping,
                "`hc.hpcooling`: Hp cooling"
            );
            mm::register_fns!(
                read_coolingon, _, 36, ThermostatDamping, "`hc.coolingon`: Cooling on"
            );
            mm::register_fns!(
                read_hpmode, write_hpmode, 37, HcHpmode,
                "`hc.hpmode`: HP Mode [0=heating | 1=cooling | 2=heating & cooling]"
            );
            mm::register_fns!(
                read_dewoffset, write_dewoffset, 38, u16,
                "`hc.dewoffset`: Dew point offset (K, 2 ..= 10)"
            );
            mm::register_fns!(
                read_roomtempdiff, write_roomtempdiff, 39, u16,
                "`hc.roomtempdiff`: Room temp difference (K, 0 ..= 254)"
            );
            mm::register_fns!(
                read_hpminflowtemp, write_hpminflowtemp, 40, u16,
                "`hc.hpminflowtemp`: HP min. flow temp. (°C, 0 ..= 254)"
            );
            mm::register_fns!(
                read_control, write_control, 41, HcControl,
                "`hc.control`: Control device [0=RC310 | 1=RC200 | 2=RC100 | 3=RC100H | 4=TC100]"
            );
            mm::register_fns!(
                _, write_remotetemp, 42, f64,
                "`hc.remotetemp`: Room temperature from remote (°C, -1 ..= 101)"
            );
            mm::register_fns!(
                _, write_remotehum, 43, i16,
                "`hc.remotehum`: Room humidity from remote (%, -1 ..= 101)"
            );
            mm::register_fns!(
                read_heatondelay, write_heatondelay, 44, u16,
                "`hc.heatondelay`: Heat-on delay (h, 1 ..= 48)"
            );
            mm::register_fns!(
                read_heatoffdelay, write_heatoffdelay, 45, u16,
                "`hc.heatoffdelay`: Heat-off delay (h, 1 ..= 48)"
            );
            mm::register_fns!(
                read_instantstart, write_instantstart, 46, u16,
                "`hc.instantstart`: Instant start (K, 1 ..= 10)"
            );
            mm::register_fns!(
                read_boost, write_boost, 47, ThermostatDamping, "`hc.boost`: Boost mode"
            );
            mm::register_fns!(
                read_boosttime, write_boosttime, 48, u16,
                "`hc.boosttime`: Boost time (h, 0 ..= 254)"
            );
            mm::register_fns!(
                read_coolstart, write_coolstart, 49, u16,
                "`hc.coolstart`: Cooling starttemp (°C, 20 ..= 35)"
            );
            mm::register_fns!(
                read_coolondelay, write_coolondelay, 50, u16,
                "`hc.coolondelay`: Cooling on delay (h, 1 ..= 48)"
            );
            mm::register_fns!(
                read_cooloffdelay, write_cooloffdelay, 51, u16,
                "`hc.cooloffdelay`: Cooling off delay (h, 1 ..= 48)"
            );
            mm::register_fns!(
                read_switchprogmode, write_switchprogmode, 52, HcSwitchprogmode,
                "`hc.switchprogmode`: Switch program mode"
            );
            mm::register_fns!(
                read_redthreshold, write_redthreshold, 53, f64,
                "`hc.redthreshold`: Reduction threshold (°C, 12 ..= 22)"
            );
            mm::register_fns!(
                read_solarinfl, write_solarinfl, 54, i16,
                "`hc.solarinfl`: Solar influence (°C, -5 ..= …)"
            );
            mm::register_fns!(
                read_currsolarinfl, _, 55, f64,
                "`hc.currsolarinfl`: Current solar influence (°C, 0 ..= 25)"
            );
            mm::register_fns!(
                read_heatingpid, write_heatingpid, 56, HcHeatingpid,
                "`hc.heatingpid`: Heating PID"
            );
            mm::register_fns!(
                read_pumpopt, write_pumpopt, 57, ThermostatDamping,
                "`hc.pumpopt`: Pump optimization"
            );
            mm::register_fns!(
                read_inttimefloor, write_inttimefloor, 58, f64,
                "`hc.inttimefloor`: Integral time floor (min, 160 ..= 320)"
            );
            mm::register_fns!(
                read_inttime, write_inttime, 59, u16,
                "`hc.inttime`: Integral time (min, 3 ..= 80)"
            );
        }
        /// RC310 domestic hot water (tag dhw, first DHW block 9000).
        #[derive(Debug, Clone, PartialEq)]
        pub struct ThermostatDhw {
            /// `thermostat_dhw.mode`: Operating mode [0=off | 1=normal | 2=comfort | 3=auto | 4=own prog]
            pub mode: ThermostatDhwMode,
            /// `thermostat_dhw.modetype`: Mode type [0=off | 1=eco | 2=comfort | 3=eco+]
            pub modetype: ThermostatDhwModetype,
            /// `thermostat_dhw.settemp`: Set temperature (°C, 0 ..= 254)
            pub settemp: u16,
            /// `thermostat_dhw.settemplow`: Set low temperature (°C, 0 ..= 254)
            pub settemplow: u16,
            /// `thermostat_dhw.circmode`: Circulation pump mode [0=off | 1=on | 2=auto | 3=own prog]
            pub circmode: ThermostatDhwCircmode,
            /// `thermostat_dhw.chargeduration`: Charge duration (min, 0 ..= 3810)
            pub chargeduration: f64,
            /// `thermostat_dhw.charge`: Charge
            pub charge: ThermostatDamping,
            /// `thermostat_dhw.extra`: Extra
            pub extra: ThermostatDamping,
            /// `thermostat_dhw.disinfecting`: Disinfecting
            pub disinfecting: ThermostatDamping,
            /// `thermostat_dhw.disinfectday`: Disinfection day
            pub disinfectday: ThermostatDhwDisinfectday,
            /// `thermostat_dhw.disinfecttime`: Disinfection time (min, 0 ..= 1431)
            pub disinfecttime: f64,
            /// `thermostat_dhw.dailyheating`: Daily heating
            pub dailyheating: ThermostatDamping,
            /// `thermostat_dhw.dailyheattime`: Daily heating time (min, 0 ..= 1431)
            pub dailyheattime: f64,
        }
        mm::block_decode!(
            ThermostatDhw { mode 0, modetype 1, settemp 2, settemplow 3, circmode 4,
            chargeduration 5, charge 6, extra 7, disinfecting 8, disinfectday 9, disinfecttime
            10, dailyheating 11, dailyheattime 12 }
        );
        /// The registers of one instance of block `thermostat_dhw`, read and written one by one or whole.
        #[derive(Debug)]
        pub struct ThermostatDhwClient<'a, C>(pub mm::BlockClient<'a, C>);
        impl<'a, C: mm::Reader + mm::Writer> ThermostatDhwClient<'a, C> {
            /// Reads every readable register of the `thermostat_dhw` instance in as few requests as the planner allows.
            pub fn read(
                &mut self,
            ) -> impl ::core::future::Future<
                Output = mm::ModbusResult<ThermostatDhw>,
            > + use<'_, 'a, C> {
                self.0.read_block()
            }
            mm::register_fns!(
                read_mode, write_mode, 0, ThermostatDhwMode,
                "`thermostat_dhw.mode`: Operating mode [0=off | 1=normal | 2=comfort | 3=auto | 4=own prog]"
            );
            mm::register_fns!(
                read_modetype, _, 1, ThermostatDhwModetype,
                "`thermostat_dhw.modetype`: Mode type [0=off | 1=eco | 2=comfort | 3=eco+]"
            );
            mm::register_fns!(
                read_settemp, write_settemp, 2, u16,
                "`thermostat_dhw.settemp`: Set temperature (°C, 0 ..= 254)"
            );
            mm::register_fns!(
                read_settemplow, write_settemplow, 3, u16,
                "`thermostat_dhw.settemplow`: Set low temperature (°C, 0 ..= 254)"
            );
            mm::register_fns!(
                read_circmode, write_circmode, 4, ThermostatDhwCircmode,
                "`thermostat_dhw.circmode`: Circulation pump mode [0=off | 1=on | 2=auto | 3=own prog]"
            );
            mm::register_fns!(
                read_chargeduration, write_chargeduration, 5, f64,
                "`thermostat_dhw.chargeduration`: Charge duration (min, 0 ..= 3810)"
            );
            mm::register_fns!(
                read_charge, write_charge, 6, ThermostatDamping,
                "`thermostat_dhw.charge`: Charge"
            );
            mm::register_fns!(
                read_extra, _, 7, ThermostatDamping, "`thermostat_dhw.extra`: Extra"
            );
            mm::register_fns!(
                read_disinfecting, write_disinfecting, 8, ThermostatDamping,
                "`thermostat_dhw.disinfecting`: Disinfecting"
            );
            mm::register_fns!(
                read_disinfectday, write_disinfectday, 9, ThermostatDhwDisinfectday,
                "`thermostat_dhw.disinfectday`: Disinfection day"
            );
            mm::register_fns!(
                read_disinfecttime, write_disinfecttime, 10, f64,
                "`thermostat_dhw.disinfecttime`: Disinfection time (min, 0 ..= 1431)"
            );
            mm::register_fns!(
                read_dailyheating, write_dailyheating, 11, ThermostatDamping,
                "`thermostat_dhw.dailyheating`: Daily heating"
            );
            mm::register_fns!(
                read_dailyheattime, write_dailyheattime, 12, f64,
                "`thermostat_dhw.dailyheattime`: Daily heating time (min, 0 ..= 1431)"
            );
        }
        /// Logamax Plus GB192 boiler, device data (tag block 0).
        #[derive(Debug, Clone, PartialEq)]
        pub struct Boiler {
            /// `boiler.heatingoff`: Force heating off
            pub heatingoff: ThermostatDamping,
            /// `boiler.heatingactive`: Heating active
            pub heatingactive: ThermostatDamping,
            /// `boiler.tapwateractive`: Tapwater active
            pub tapwateractive: ThermostatDamping,
            /// `boiler.selflowtemp`: Selected flow temperature (°C, 0 ..= 90)
            pub selflowtemp: u16,
            /// `boiler.heatingpumpmod`: Heating pump modulation (%, 0 ..= 100)
            pub heatingpumpmod: u16,
            /// `boiler.outdoortemp`: Outside temperature (°C, -3199 ..= 3199)
            pub outdoortemp: f64,
            /// `boiler.curflowtemp`: Current flow temperature (°C, 0 ..= 3199)
            pub curflowtemp: f64,
            /// `boiler.rettemp`: Return temperature (°C, 0 ..= 3199)
            pub rettemp: f64,
            /// `boiler.switchtemp`: Mixing switch temperature (°C, 0 ..= 3199)
            pub switchtemp: f64,
            /// `boiler.syspress`: System pressure (bar, 0 ..= 25)
            pub syspress: f64,
            /// `boiler.boiltemp`: Actual boiler temperature (°C, 0 ..= 3199)
            pub boiltemp: f64,
            /// `boiler.headertemp`: Low loss header (°C, 0 ..= 3199)
            pub headertemp: f64,
            /// `boiler.heatingactivated`: Heating activated
            pub heatingactivated: ThermostatDamping,
            /// `boiler.heatingtemp`: Heating temperature (°C, 0 ..= 90)
            pub heatingtemp: u16,
            /// `boiler.heatingpump`: Heating pump
            pub heatingpump: ThermostatDamping,
            /// `boiler.pumpmodmax`: Boiler pump max power (%, 0 ..= 100)
            pub pumpmodmax: u16,
            /// `boiler.pumpmodmin`: Boiler pump min power (%, 0 ..= 100)
            pub pumpmodmin: u16,
            /// `boiler.pumpmode`: Boiler pump mode [0=proportional | 1=deltaP-1 | 2=deltaP-2 | 3=deltaP-3 | 4=deltaP-4]
            pub pumpmode: BoilerPumpmode,
            /// `boiler.pumpcharacter`: Boiler pump characteristic [0=proportional | 1=150mbar | 2=200mbar | 3=250mbar | 4=300mbar | 5=350mbar | 6=400mbar]
            pub pumpcharacter: BoilerPumpcharacter,
            /// `boiler.pumpdelay`: Pump delay (min, 0 ..= 60)
            pub pumpdelay: u16,
            /// `boiler.pumpontemp`: Pump logic temperature (°C, 0 ..= 60)
            pub pumpontemp: u16,
            /// `boiler.selburnpow`: Burner selected max power (%, 0 ..= 254)
            pub selburnpow: u16,
            /// `boiler.curburnpow`: Burner current power (%, 0 ..= 100)
            pub curburnpow: u16,
            /// `boiler.burnstarts`: Burner starts (0 ..= 16777214)
            pub burnstarts: u32,
            /// `boiler.burnworkmin`: Total burner operating time (min, 0 ..= 16777214)
            pub burnworkmin: u32,
            /// `boiler.burn2workmin`: Burner stage 2 operating time (min, 0 ..= 16777214)
            pub burn2workmin: u32,
            /// `boiler.heatworkmin`: Total heat operating time (min, 0 ..= 16777214)
            pub heatworkmin: u32,
            /// `boiler.heatstarts`: Burner starts heating (0 ..= 16777214)
            pub heatstarts: u32,
            /// `boiler.ubauptime`: Total UBA operating time (min, 0 ..= 16777214)
            pub ubauptime: u32,
            /// `boiler.lastcode`: Last error code
            pub lastcode: mm::String,
            /// `boiler.servicecode`: Service code
            pub servicecode: mm::String,
            /// `boiler.servicecodenumber`: Service code number (0 ..= 31999)
            pub servicecodenumber: u16,
            /// `boiler.maintenancemessage`: Maintenance message
            pub maintenancemessage: mm::String,
            /// `boiler.maintenance`: Maintenance scheduled
            pub maintenance: BoilerMaintenance,
            /// `boiler.maintenancetime`: Time to next maintenance (h, 0 ..= 31999)
            pub maintenancetime: u16,
            /// `boiler.maintenancedate`: Next maintenance date
            pub maintenancedate: mm::String,
            /// `boiler.emergencyops`: Emergency operation
            pub emergencyops: ThermostatDamping,
            /// `boiler.emergencytemp`: Emergency temperature (°C, 15 ..= 70)
            pub emergencytemp: u16,
            /// `boiler.pc0flow`: Flow PC0 (l/h, -31999 ..= 31999)
            pub pc0flow: i16,
            /// `boiler.pc1flow`: Flow PC1 (l/h, -31999 ..= 31999)
            pub pc1flow: i16,
            /// `boiler.pc1on`: PC1
            pub pc1on: ThermostatDamping,
            /// `boiler.pc1rate`: PC1 rate (%, 0 ..= 100)
            pub pc1rate: u16,
            /// `boiler.nrgtotal`: Total energy (kWh, 0 ..= 167772)
            pub nrgtotal: f64,
            /// `boiler.nrgheat`: Energy heating (kWh, 0 ..= 10000000)
            pub nrgheat: f64,
            /// `boiler.meterheat`: Meter heating (kWh, 0 ..= 1677721)
            pub meterheat: f64,
            /// `boiler.exhausttemp`: Exhaust temperature (°C, 0 ..= 3199)
            pub exhausttemp: f64,
            /// `boiler.burngas`: Gas
            pub burngas: ThermostatDamping,
            /// `boiler.burngas2`: Gas stage 2
            pub burngas2: ThermostatDamping,
            /// `boiler.flamecurr`: Flame current (µA, 0 ..= 3199)
            pub flamecurr: f64,
            /// `boiler.fanwork`: Fan
            pub fanwork: ThermostatDamping,
            /// `boiler.ignwork`: Ignition
            pub ignwork: ThermostatDamping,
            /// `boiler.oilpreheat`: Oil preheating
            pub oilpreheat: ThermostatDamping,
            /// `boiler.burnminpower`: Burner min power (%, 0 ..= 100)
            pub burnminpower: u16,
            /// `boiler.burnmaxpower`: Burner max power (%, 0 ..= 254)
            pub burnmaxpower: u16,
            /// `boiler.burnminperiod`: Burner min period (min, 0 ..= 120)
            pub burnminperiod: u16,
            /// `boiler.absburnpow`: Burner current power (absolute) (%, 0 ..= 100)
            pub absburnpow: u16,
            /// `boiler.heatblock`: Heating block (°C, 0 ..= 3199)
            pub heatblock: f64,
            /// `boiler.boilhyston`: Hysteresis on temperature (°C, -20 ..= 0)
            pub boilhyston: i16,
            /// `boiler.boilhystoff`: Hysteresis off temperature (°C, 0 ..= 20)
            pub boilhystoff: i16,
            /// `boiler.boil2hyston`: Hysteresis stage 2 on temperature (°C, -20 ..= 0)
            pub boil2hyston: i16,
            /// `boiler.boil2hystoff`: Hysteresis stage 2 off temperature (°C, 0 ..= 20)
            pub boil2hystoff: i16,
            /// `boiler.curveon`: Heatingcurve on
            pub curveon: ThermostatDamping,
            /// `boiler.curvebase`: Heatingcurve base (°C, 20 ..= 90)
            pub curvebase: u16,
            /// `boiler.curveend`: Heatingcurve end (°C, 20 ..= 90)
            pub curveend: u16,
            /// `boiler.summertemp`: Summer temperature (°C, 0 ..= 45)
            pub summertemp: u16,
            /// `boiler.nofrostmode`: Nofrost mode
            pub nofrostmode: ThermostatDamping,
            /// `boiler.nofrosttemp`: Nofrost temperature (°C, 0 ..= 10)
            pub nofrosttemp: u16,
            /// `boiler.gasmeterheat`: Gas meter heating (kWh, 0 ..= 1677721)
            pub gasmeterheat: f64,
            /// `boiler.nrgheat2`: Energy heating 2 (kWh, 0 ..= 1677721)
            pub nrgheat2: f64,
            /// `boiler.nompower`: Nominal Power (kW, 0 ..= 254)
            pub nompower: u16,
        }
        mm::block_decode!(
            Boiler { heatingoff 2, heatingactive 3, tapwateractive 4, selflowtemp 5,
            heatingpumpmod 6, outdoortemp 7, curflowtemp 8, rettemp 9, switchtemp 10, syspress
            11, boiltemp 12, headertemp 13, heatingactivated 14, heatingtemp 15, heatingpump 16,
            pumpmodmax 17, pumpmodmin 18, pumpmode 19, pumpcharacter 20, pumpdelay 21, pumpontemp
            22, selburnpow 23, curburnpow 24, burnstarts 25, burnworkmin 26, burn2workmin 27,
            heatworkmin 28, heatstarts 29, ubauptime 30, lastcode 31, servicecode 32,
            servicecodenumber 33, maintenancemessage 34, maintenance 35, maintenancetime 36,
            maintenancedate 37, emergencyops 38, emergencytemp 39, pc0flow 40, pc1flow 41, pc1on
            42, pc1rate 43, nrgtotal 44, nrgheat 45, meterheat 46, exhausttemp 47, burngas 48,
            burngas2 49, flamecurr 50, fanwork 51, ignwork 52, oilpreheat 53, burnminpower 54,
            burnmaxpower 55, burnminperiod 56, absburnpow 57, heatblock 58, boilhyston 59,
            boilhystoff 60, boil2hyston 61, boil2hystoff 62, curveon 63, curvebase 64, curveend
            65, summertemp 66, nofrostmode 67, nofrosttemp 68, gasmeterheat 69, nrgheat2 70,
            nompower 71 }
        );
        /// The registers of one instance of block `boiler`, read and written one by one or whole.
        #[derive(Debug)]
        pub struct BoilerClient<'a, C>(pub mm::BlockClient<'a, C>);
        impl<'a, C: mm::Reader + mm::Writer> BoilerClient<'a, C> {
            /// Reads every readable register of the `boiler` instance in as few requests as the planner allows.
            pub fn read(
                &mut self,
            ) -> impl ::core::future::Future<
                Output = mm::ModbusResult<Boiler>,
            > + use<'_, 'a, C> {
                self.0.read_block()
            }
            mm::register_fns!(
                _, write_reset, 0, BoilerReset,
                "`boiler.reset`: Reset [0=- | 1=maintenance | 2=error | 3=history | 4=message]"
            );
            mm::register_fns!(
                _, write_chimneysweeper, 1, ThermostatDamping,
                "`boiler.chimneysweeper`: Chimney sweeper"
            );
            mm::register_fns!(
                read_heatingoff, write_heatingoff, 2, ThermostatDamping,
                "`boiler.heatingoff`: Force heating off"
            );
            mm::register_fns!(
                read_heatingactive, _, 3, ThermostatDamping,
                "`boiler.heatingactive`: Heating active"
            );
            mm::register_fns!(
                read_tapwateractive, _, 4, ThermostatDamping,
                "`boiler.tapwateractive`: Tapwater active"
            );
            mm::register_fns!(
                read_selflowtemp, write_selflowtemp, 5, u16,
                "`boiler.selflowtemp`: Selected flow temperature (°C, 0 ..= 90)"
            );
            mm::register_fns!(
                read_heatingpumpmod, _, 6, u16,
                "`boiler.heatingpumpmod`: Heating pump modulation (%, 0 ..= 100)"
            );
            mm::register_fns!(
                read_outdoortemp, _, 7, f64,
                "`boiler.outdoortemp`: Outside temperature (°C, -3199 ..= 3199)"
            );
            mm::register_fns!(
                read_curflowtemp, _, 8, f64,
                "`boiler.curflowtemp`: Current flow temperature (°C, 0 ..= 3199)"
            );
            mm::register_fns!(
                read_rettemp, _, 9, f64, "`boiler.rettemp`: Return temperature (°C, 0 ..= 3199)"
            );
            mm::register_fns!(
                read_switchtemp, _, 10, f64,
                "`boiler.switchtemp`: Mixing switch temperature (°C, 0 ..= 3199)"
            );
            mm::register_fns!(
                read_syspress, _, 11, f64, "`boiler.syspress`: System pressure (bar, 0 ..= 25)"
            );
            mm::register_fns!(
                read_boiltemp, _, 12, f64,
                "`boiler.boiltemp`: Actual boiler temperature (°C, 0 ..= 3199)"
            );
            mm::register_fns!(
                read_headertemp, _, 13, f64,
                "`boiler.headertemp`: Low loss header (°C, 0 ..= 3199)"
            );
            mm::register_fns!(
                read_heatingactivated, write_heatingactivated, 14, ThermostatDamping,
                "`boiler.heatingactivated`: Heating activated"
            );
            mm::register_fns!(
                read_heatingtemp, write_heatingtemp, 15, u16,
                "`boiler.heatingtemp`: Heating temperature (°C, 0 ..= 90)"
            );
            mm::register_fns!(
                read_heatingpump, _, 16, ThermostatDamping, "`boiler.heatingpump`: Heating pump"
            );
            mm::register_fns!(
                read_pumpmodmax, write_pumpmodmax, 17, u16,
                "`boiler.pumpmodmax`: Boiler pump max power (%, 0 ..= 100)"
            );
            mm::register_fns!(
                read_pumpmodmin, write_pumpmodmin, 18, u16,
                "`boiler.pumpmodmin`: Boiler pump min power (%, 0 ..= 100)"
            );
            mm::register_fns!(
                read_pumpmode, write_pumpmode, 19, BoilerPumpmode,
                "`boiler.pumpmode`: Boiler pump mode [0=proportional | 1=deltaP-1 | 2=deltaP-2 | 3=deltaP-3 | 4=deltaP-4]"
            );
            mm::register_fns!(
                read_pumpcharacter, write_pumpcharacter, 20, BoilerPumpcharacter,
                "`boiler.pumpcharacter`: Boiler pump characteristic [0=proportional | 1=150mbar | 2=200mbar | 3=250mbar | 4=300mbar | 5=350mbar | 6=400mbar]"
            );
            mm::register_fns!(
                read_pumpdelay, write_pumpdelay, 21, u16,
                "`boiler.pumpdelay`: Pump delay (min, 0 ..= 60)"
            );
            mm::register_fns!(
                read_pumpontemp, write_pumpontemp, 22, u16,
                "`boiler.pumpontemp`: Pump logic temperature (°C, 0 ..= 60)"
            );
            mm::register_fns!(
                read_selburnpow, write_selburnpow, 23, u16,
                "`boiler.selburnpow`: Burner selected max power (%, 0 ..= 254)"
            );
            mm::register_fns!(
                read_curburnpow, _, 24, u16,
                "`boiler.curburnpow`: Burner current power (%, 0 ..= 100)"
            );
            mm::register_fns!(
                read_burnstarts, _, 25, u32,
                "`boiler.burnstarts`: Burner starts (0 ..= 16777214)"
            );
            mm::register_fns!(
                read_burnworkmin, _, 26, u32,
                "`boiler.burnworkmin`: Total burner operating time (min, 0 ..= 16777214)"
            );
            mm::register_fns!(
                read_burn2workmin, _, 27, u32,
                "`boiler.burn2workmin`: Burner stage 2 operating time (min, 0 ..= 16777214)"
            );
            mm::register_fns!(
                read_heatworkmin, _, 28, u32,
                "`boiler.heatworkmin`: Total heat operating time (min, 0 ..= 16777214)"
            );
            mm::register_fns!(
                read_heatstarts, _, 29, u32,
                "`boiler.heatstarts`: Burner starts heating (0 ..= 16777214)"
            );
            mm::register_fns!(
                read_ubauptime, _, 30, u32,
                "`boiler.ubauptime`: Total UBA operating time (min, 0 ..= 16777214)"
            );
            mm::register_fns!(read_lastcode, _, 31, str, "`boiler.lastcode`: Last error code");
            mm::register_fns!(
                read_servicecode, _, 32, str, "`boiler.servicecode`: Service code"
            );
            mm::register_fns!(
                read_servicecodenumber, _, 33, u16,
                "`boiler.servicecodenumber`: Service code number (0 ..= 31999)"
            );
            mm::register_fns!(
                read_maintenancemessage, _, 34, str,
                "`boiler.maintenancemessage`: Maintenance message"
            );
            mm::register_fns!(
                read_maintenance, write_maintenance, 35, BoilerMaintenance,
                "`boiler.maintenance`: Maintenance scheduled"
            );
            mm::register_fns!(
                read_maintenancetime, write_maintenancetime, 36, u16,
                "`boiler.maintenancetime`: Time to next maintenance (h, 0 ..= 31999)"
            );
            mm::register_fns!(
                read_maintenancedate, write_maintenancedate, 37, str,
                "`boiler.maintenancedate`: Next maintenance date"
            );
            mm::register_fns!(
                read_emergencyops, write_emergencyops, 38, ThermostatDamping,
                "`boiler.emergencyops`: Emergency operation"
            );
            mm::register_fns!(
                read_emergencytemp, write_emergencytemp, 39, u16,
                "`boiler.emergencytemp`: Emergency temperature (°C, 15 ..= 70)"
            );
            mm::register_fns!(
                read_pc0flow, _, 40, i16, "`boiler.pc0flow`: Flow PC0 (l/h, -31999 ..= 31999)"
            );
            mm::register_fns!(
                read_pc1flow, _, 41, i16, "`boiler.pc1flow`: Flow PC1 (l/h, -31999 ..= 31999)"
            );
            mm::register_fns!(read_pc1on, _, 42, ThermostatDamping, "`boiler.pc1on`: PC1");
            mm::register_fns!(
                read_pc1rate, _, 43, u16, "`boiler.pc1rate`: PC1 rate (%, 0 ..= 100)"
            );
            mm::register_fns!(
                read_nrgtotal, _, 44, f64, "`boiler.nrgtotal`: Total energy (kWh, 0 ..= 167772)"
            );
            mm::register_fns!(
                read_nrgheat, write_nrgheat, 45, f64,
                "`boiler.nrgheat`: Energy heating (kWh, 0 ..= 10000000)"
            );
            mm::register_fns!(
                read_meterheat, _, 46, f64,
                "`boiler.meterheat`: Meter heating (kWh, 0 ..= 1677721)"
            );
            mm::register_fns!(
                read_exhausttemp, _, 47, f64,
                "`boiler.exhausttemp`: Exhaust temperature (°C, 0 ..= 3199)"
            );
            mm::register_fns!(read_burngas, _, 48, ThermostatDamping, "`boiler.burngas`: Gas");
            mm::register_fns!(
                read_burngas2, _, 49, ThermostatDamping, "`boiler.burngas2`: Gas stage 2"
            );
            mm::register_fns!(
                read_flamecurr, _, 50, f64, "`boiler.flamecurr`: Flame current (µA, 0 ..= 3199)"
            );
            mm::register_fns!(read_fanwork, _, 51, ThermostatDamping, "`boiler.fanwork`: Fan");
            mm::register_fns!(
                read_ignwork, _, 52, ThermostatDamping, "`boiler.ignwork`: Ignition"
            );
            mm::register_fns!(
                read_oilpreheat, _, 53, ThermostatDamping, "`boiler.oilpreheat`: Oil preheating"
            );
            mm::register_fns!(
                read_burnminpower, write_burnminpower, 54, u16,
                "`boiler.burnminpower`: Burner min power (%, 0 ..= 100)"
            );
            mm::register_fns!(
                read_burnmaxpower, write_burnmaxpower, 55, u16,
                "`boiler.burnmaxpower`: Burner max power (%, 0 ..= 254)"
            );
            mm::register_fns!(
                read_burnminperiod, write_burnminperiod, 56, u16,
                "`boiler.burnminperiod`: Burner min period (min, 0 ..= 120)"
            );
            mm::register_fns!(
                read_absburnpow, _, 57, u16,
                "`boiler.absburnpow`: Burner current power (absolute) (%, 0 ..= 100)"
            );
            mm::register_fns!(
                read_heatblock, _, 58, f64, "`boiler.heatblock`: Heating block (°C, 0 ..= 3199)"
            );
            mm::register_fns!(
                read_boilhyston, write_boilhyston, 59, i16,
                "`boiler.boilhyston`: Hysteresis on temperature (°C, -20 ..= 0)"
            );
            mm::register_fns!(
                read_boilhystoff, write_boilhystoff, 60, i16,
                "`boiler.boilhystoff`: Hysteresis off temperature (°C, 0 ..= 20)"
            );
            mm::register_fns!(
                read_boil2hyston, write_boil2hyston, 61, i16,
                "`boiler.boil2hyston`: Hysteresis stage 2 on temperature (°C, -20 ..= 0)"
            );
            mm::register_fns!(
                read_boil2hystoff, write_boil2hystoff, 62, i16,
                "`boiler.boil2hystoff`: Hysteresis stage 2 off temperature (°C, 0 ..= 20)"
            );
            mm::register_fns!(
                read_curveon, write_curveon, 63, ThermostatDamping,
                "`boiler.curveon`: Heatingcurve on"
            );
            mm::register_fns!(
                read_curvebase, write_curvebase, 64, u16,
                "`boiler.curvebase`: Heatingcurve base (°C, 20 ..= 90)"
            );
            mm::register_fns!(
                read_curveend, write_curveend, 65, u16,
                "`boiler.curveend`: Heatingcurve end (°C, 20 ..= 90)"
            );
            mm::register_fns!(
                read_summertemp, write_summertemp, 66, u16,
                "`boiler.summertemp`: Summer temperature (°C, 0 ..= 45)"
            );
            mm::register_fns!(
                read_nofrostmode, write_nofrostmode, 67, ThermostatDamping,
                "`boiler.nofrostmode`: Nofrost mode"
            );
            mm::register_fns!(
                read_nofrosttemp, write_nofrosttemp, 68, u16,
                "`boiler.nofrosttemp`: Nofrost temperature (°C, 0 ..= 10)"
            );
            mm::register_fns!(
                read_gasmeterheat, _, 69, f64,
                "`boiler.gasmeterheat`: Gas meter heating (kWh, 0 ..= 1677721)"
            );
            mm::register_fns!(
                read_nrgheat2, _, 70, f64,
                "`boiler.nrgheat2`: Energy heating 2 (kWh, 0 ..= 1677721)"
            );
            mm::register_fns!(
                read_nompower, write_nompower, 71, u16,
                "`boiler.nompower`: Nominal Power (kW, 0 ..= 254)"
            );
        }
        /// Logamax Plus GB192 domestic hot water (tag dhw, first DHW block 9000).
        #[derive(Debug, Clone, PartialEq)]
        pub struct BoilerDhw {
            /// `boiler_dhw.nrg`: Energy (kWh, 0 ..= 10000000)
            pub nrg: f64,
            /// `boiler_dhw.meter`: Meter (kWh, 0 ..= 1677721)
            pub meter: f64,
            /// `boiler_dhw.tapactivated`: Turn on/off
            pub tapactivated: ThermostatDamping,
            /// `boiler_dhw.settemp`: Set temperature (°C, 0 ..= 254)
            pub settemp: u16,
            /// `boiler_dhw.seltemp`: Selected temperature (°C, 0 ..= 254)
            pub seltemp: u16,
            /// `boiler_dhw.seltemplow`: Selected lower temperature (°C, 0 ..= 254)
            pub seltemplow: u16,
            /// `boiler_dhw.tempecoplus`: Selected eco+ temperature (°C, 0 ..= 254)
            pub tempecoplus: u16,
            /// `boiler_dhw.seltempoff`: Selected temperature for off (°C, 0 ..= 254)
            pub seltempoff: u16,
            /// `boiler_dhw.seltempsingle`: Single charge temperature (°C, 0 ..= 254)
            pub seltempsingle: u16,
            /// `boiler_dhw.solartemp`: Solar boiler temperature (°C, 0 ..= 3199)
            pub solartemp: f64,
            /// `boiler_dhw.dhw_type`: Type (EMS-ESP shortname type) [0=off | 1=flow | 2=buffered flow | 3=buffer | 4=layered buffer]
            pub dhw_type: BoilerDhwDhwType,
            /// `boiler_dhw.comfort`: Comfort
            pub comfort: BoilerDhwComfort,
            /// `boiler_dhw.comfort1`: Comfort mode [0=high comfort | 1=eco]
            pub comfort1: BoilerDhwComfort1,
            /// `boiler_dhw.flowtempoffset`: Flow temperature offset (°C, 0 ..= 100)
            pub flowtempoffset: u16,
            /// `boiler_dhw.chargeoptimization`: Charge optimization
            pub chargeoptimization: ThermostatDamping,
            /// `boiler_dhw.maxpower`: Max power (%, 0 ..= 254)
            pub maxpower: u16,
            /// `boiler_dhw.maxtemp`: Maximum temperature (°C, 0 ..= 80)
            pub maxtemp: u16,
            /// `boiler_dhw.circpump`: Circulation pump available
            pub circpump: ThermostatDamping,
            /// `boiler_dhw.chargetype`: Charging type [0=chargepump | 1=3-way valve]
            pub chargetype: BoilerDhwChargetype,
            /// `boiler_dhw.hyston`: Hysteresis on temperature (°C, -126 ..= 126)
            pub hyston: i16,
            /// `boiler_dhw.hystoff`: Hysteresis off temperature (°C, -126 ..= 126)
            pub hystoff: i16,
            /// `boiler_dhw.disinfectiontemp`: Disinfection temperature (°C, 60 ..= 80)
            pub disinfectiontemp: u16,
            /// `boiler_dhw.circmode`: Circulation pump mode [0=off | 1=1x3min | 2=2x3min | 3=3x3min | 4=4x3min | 5=5x3min | 6=6x3min | 7=continuous]
            pub circmode: BoilerDhwCircmode,
            /// `boiler_dhw.circ`: Circulation active
            pub circ: ThermostatDamping,
            /// `boiler_dhw.curtemp`: Current intern temperature (°C, 0 ..= 3199)
            pub curtemp: f64,
            /// `boiler_dhw.curtemp2`: Current extern temperature (°C, 0 ..= 3199)
            pub curtemp2: f64,
            /// `boiler_dhw.curflow`: Current tap water flow (l/min, 0 ..= 25)
            pub curflow: f64,
            /// `boiler_dhw.storagetemp1`: Storage intern temperature (°C, 0 ..= 3199)
            pub storagetemp1: f64,
            /// `boiler_dhw.storagetemp2`: Storage extern temperature (°C, 0 ..= 3199)
            pub storagetemp2: f64,
            /// `boiler_dhw.activated`: Activated
            pub activated: ThermostatDamping,
            /// `boiler_dhw.onetime`: One time charging
            pub onetime: ThermostatDamping,
            /// `boiler_dhw.disinfecting`: Disinfecting
            pub disinfecting: ThermostatDamping,
            /// `boiler_dhw.charging`: Charging
            pub charging: ThermostatDamping,
            /// `boiler_dhw.recharging`: Recharging
            pub recharging: ThermostatDamping,
            /// `boiler_dhw.tempok`: Temperature ok
            pub tempok: ThermostatDamping,
            /// `boiler_dhw.active`: Active
            pub active: ThermostatDamping,
            /// `boiler_dhw.three_way_valve`: 3-way valve active (EMS-ESP shortname 3wayvalve)
            pub three_way_valve: ThermostatDamping,
            /// `boiler_dhw.chargepump`: Charge pump
            pub chargepump: ThermostatDamping,
            /// `boiler_dhw.mixertemp`: Mixer temperature (°C, 0 ..= 3199)
            pub mixertemp: f64,
            /// `boiler_dhw.cylmiddletemp`: Cylinder middle temperature (TS3) (°C, 0 ..= 3199)
            pub cylmiddletemp: f64,
            /// `boiler_dhw.dhwprio`: Dhw priority
            pub dhwprio: ThermostatDamping,
            /// `boiler_dhw.starts`: Starts (0 ..= 16777214)
            pub starts: u32,
            /// `boiler_dhw.workm`: Active time (min, 0 ..= 16777214)
            pub workm: u32,
            /// `boiler_dhw.gasmeter`: Gas meter (kWh, 0 ..= 1677721)
            pub gasmeter: f64,
            /// `boiler_dhw.nrg2`: Energy 2 (kWh, 0 ..= 1677721)
            pub nrg2: f64,
        }
        mm::block_decode!(
            BoilerDhw { nrg 0, meter 1, tapactivated 2, settemp 3, seltemp 4, seltemplow 5,
            tempecoplus 6, seltempoff 7, seltempsingle 8, solartemp 9, dhw_type 10, comfort 11,
            comfort1 12, flowtempoffset 13, chargeoptimization 14, maxpower 15, maxtemp 16,
            circpump 17, chargetype 18, hyston 19, hystoff 20, disinfectiontemp 21, circmode 22,
            circ 23, curtemp 24, curtemp2 25, curflow 26, storagetemp1 27, storagetemp2 28,
            activated 29, onetime 30, disinfecting 31, charging 32, recharging 33, tempok 34,
            active 35, three_way_valve 36, chargepump 37, mixertemp 38, cylmiddletemp 39, dhwprio
            40, starts 41, workm 42, gasmeter 43, nrg2 44 }
        );
        /// The registers of one instance of block `boiler_dhw`, read and written one by one or whole.
        #[derive(Debug)]
        pub struct BoilerDhwClient<'a, C>(pub mm::BlockClient<'a, C>);
        impl<'a, C: mm::Reader + mm::Writer> BoilerDhwClient<'a, C> {
            /// Reads every readable register of the `boiler_dhw` instance in as few requests as the planner allows.
            pub fn read(
                &mut self,
            ) -> impl ::core::future::Future<
                Output = mm::ModbusResult<BoilerDhw>,
            > + use<'_, 'a, C> {
                self.0.read_block()
            }
            mm::register_fns!(
                read_nrg, write_nrg, 0, f64, "`boiler_dhw.nrg`: Energy (kWh, 0 ..= 10000000)"
            );
            mm::register_fns!(
                read_meter, _, 1, f64, "`boiler_dhw.meter`: Meter (kWh, 0 ..= 1677721)"
            );
            mm::register_fns!(
                read_tapactivated, write_tapactivated, 2, ThermostatDamping,
                "`boiler_dhw.tapactivated`: Turn on/off"
            );
            mm::register_fns!(
                read_settemp, _, 3, u16, "`boiler_dhw.settemp`: Set temperature (°C, 0 ..= 254)"
            );
            mm::register_fns!(
                read_seltemp, write_seltemp, 4, u16,
                "`boiler_dhw.seltemp`: Selected temperature (°C, 0 ..= 254)"
            );
            mm::register_fns!(
                read_seltemplow, write_seltemplow, 5, u16,
                "`boiler_dhw.seltemplow`: Selected lower temperature (°C, 0 ..= 254)"
            );
            mm::register_fns!(
                read_tempecoplus, write_tempecoplus, 6, u16,
                "`boiler_dhw.tempecoplus`: Selected eco+ temperature (°C, 0 ..= 254)"
            );
            mm::register_fns!(
                read_seltempoff, _, 7, u16,
                "`boiler_dhw.seltempoff`: Selected temperature for off (°C, 0 ..= 254)"
            );
            mm::register_fns!(
                read_seltempsingle, write_seltempsingle, 8, u16,
                "`boiler_dhw.seltempsingle`: Single charge temperature (°C, 0 ..= 254)"
            );
            mm::register_fns!(
                read_solartemp, _, 9, f64,
                "`boiler_dhw.solartemp`: Solar boiler temperature (°C, 0 ..= 3199)"
            );
            mm::register_fns!(
                read_dhw_type, _, 10, BoilerDhwDhwType,
                "`boiler_dhw.dhw_type`: Type (EMS-ESP shortname type) [0=off | 1=flow | 2=buffered flow | 3=buffer | 4=layered buffer]"
            );
            mm::register_fns!(
                read_comfort, write_comfort, 11, BoilerDhwComfort,
                "`boiler_dhw.comfort`: Comfort"
            );
            mm::register_fns!(
                read_comfort1, write_comfort1, 12, BoilerDhwComfort1,
                "`boiler_dhw.comfort1`: Comfort mode [0=high comfort | 1=eco]"
            );
            mm::register_fns!(
                read_flowtempoffset, write_flowtempoffset, 13, u16,
                "`boiler_dhw.flowtempoffset`: Flow temperature offset (°C, 0 ..= 100)"
            );
            mm::register_fns!(
                read_chargeoptimization, write_chargeoptimization, 14, ThermostatDamping,
                "`boiler_dhw.chargeoptimization`: Charge optimization"
            );
            mm::register_fns!(
                read_maxpower, write_maxpower, 15, u16,
                "`boiler_dhw.maxpower`: Max power (%, 0 ..= 254)"
            );
            mm::register_fns!(
                read_maxtemp, write_maxtemp, 16, u16,
                "`boiler_dhw.maxtemp`: Maximum temperature (°C, 0 ..= 80)"
            );
            mm::register_fns!(
                read_circpump, write_circpump, 17, ThermostatDamping,
                "`boiler_dhw.circpump`: Circulation pump available"
            );
            mm::register_fns!(
                read_chargetype, _, 18, BoilerDhwChargetype,
                "`boiler_dhw.chargetype`: Charging type [0=chargepump | 1=3-way valve]"
            );
            mm::register_fns!(
                read_hyston, write_hyston, 19, i16,
                "`boiler_dhw.hyston`: Hysteresis on temperature (°C, -126 ..= 126)"
            );
            mm::register_fns!(
                read_hystoff, write_hystoff, 20, i16,
                "`boiler_dhw.hystoff`: Hysteresis off temperature (°C, -126 ..= 126)"
            );
            mm::register_fns!(
                read_disinfectiontemp, write_disinfectiontemp, 21, u16,
                "`boiler_dhw.disinfectiontemp`: Disinfection temperature (°C, 60 ..= 80)"
            );
            mm::register_fns!(
                read_circmode, write_circmode, 22, BoilerDhwCircmode,
                "`boiler_dhw.circmode`: Circulation pump mode [0=off | 1=1x3min | 2=2x3min | 3=3x3min | 4=4x3min | 5=5x3min | 6=6x3min | 7=continuous]"
            );
            mm::register_fns!(
                read_circ, write_circ, 23, ThermostatDamping,
                "`boiler_dhw.circ`: Circulation active"
            );
            mm::register_fns!(
                read_curtemp, _, 24, f64,
                "`boiler_dhw.curtemp`: Current intern temperature (°C, 0 ..= 3199)"
            );
            mm::register_fns!(
                read_curtemp2, _, 25, f64,
                "`boiler_dhw.curtemp2`: Current extern temperature (°C, 0 ..= 3199)"
            );
            mm::register_fns!(
                read_curflow, _, 26, f64,
                "`boiler_dhw.curflow`: Current tap water flow (l/min, 0 ..= 25)"
            );
            mm::register_fns!(
                read_storagetemp1, _, 27, f64,
                "`boiler_dhw.storagetemp1`: Storage intern temperature (°C, 0 ..= 3199)"
            );
            mm::register_fns!(
                read_storagetemp2, _, 28, f64,
                "`boiler_dhw.storagetemp2`: Storage extern temperature (°C, 0 ..= 3199)"
            );
            mm::register_fns!(
                read_activated, write_activated, 29, ThermostatDamping,
                "`boiler_dhw.activated`: Activated"
            );
            mm::register_fns!(
                read_onetime, write_onetime, 30, ThermostatDamping,
                "`boiler_dhw.onetime`: One time charging"
            );
            mm::register_fns!(
                read_disinfecting, write_disinfecting, 31, ThermostatDamping,
                "`boiler_dhw.disinfecting`: Disinfecting"
            );
            mm::register_fns!(
                read_charging, _, 32, ThermostatDamping, "`boiler_dhw.charging`: Charging"
            );
            mm::register_fns!(
                read_recharging, _, 33, ThermostatDamping, "`boiler_dhw.recharging`: Recharging"
            );
            mm::register_fns!(
                read_tempok, _, 34, ThermostatDamping, "`boiler_dhw.tempok`: Temperature ok"
            );
            mm::register_fns!(
                read_active, _, 35, ThermostatDamping, "`boiler_dhw.active`: Active"
            );
            mm::register_fns!(
                read_three_way_valve, _, 36, ThermostatDamping,
                "`boiler_dhw.three_way_valve`: 3-way valve active (EMS-ESP shortname 3wayvalve)"
            );
            mm::register_fns!(
                read_chargepump, _, 37, ThermostatDamping, "`boiler_dhw.chargepump`: Charge pump"
            );
            mm::register_fns!(
                read_mixertemp, _, 38, f64,
                "`boiler_dhw.mixertemp`: Mixer temperature (°C, 0 ..= 3199)"
            );
            mm::register_fns!(
                read_cylmiddletemp, _, 39, f64,
                "`boiler_dhw.cylmiddletemp`: Cylinder middle temperature (TS3) (°C, 0 ..= 3199)"
            );
            mm::register_fns!(
                read_dhwprio, write_dhwprio, 40, ThermostatDamping,
                "`boiler_dhw.dhwprio`: Dhw priority"
            );
            mm::register_fns!(
                read_starts, _, 41, u32, "`boiler_dhw.starts`: Starts (0 ..= 16777214)"
            );
            mm::register_fns!(
                read_workm, _, 42, u32, "`boiler_dhw.workm`: Active time (min, 0 ..= 16777214)"
            );
            mm::register_fns!(
                read_gasmeter, _, 43, f64,
                "`boiler_dhw.gasmeter`: Gas meter (kWh, 0 ..= 1677721)"
            );
            mm::register_fns!(
                read_nrg2, _, 44, f64, "`boiler_dhw.nrg2`: Energy 2 (kWh, 0 ..= 1677721)"
            );
        }
        /// Everything [`Client::read_all`] returns: one field per block.
        #[derive(Debug, Clone, PartialEq)]
        pub struct All {
            /// Block `system`.
            pub system: System,
            /// Block `device`, every instance in order.
            pub device: mm::Vec<Device>,
            /// Block `thermostat`.
            pub thermostat: Thermostat,
            /// Block `hc`, every instance in order.
            pub hc: mm::Vec<Hc>,
            /// Block `thermostat_dhw`.
            pub thermostat_dhw: ThermostatDhw,
            /// Block `boiler`.
            pub boiler: Boiler,
            /// Block `boiler_dhw`.
            pub boiler_dhw: BoilerDhw,
        }
        mm::device_client!("EMS-ESP");
        impl<C: mm::Reader + mm::Writer> Client<C> {
            /// Block `system` (base 0).
            pub fn system(&mut self) -> SystemClient<'_, C> {
                SystemClient(self.0.block(&REGISTERS[0..1], &REGISTERS, LIMITS))
            }
            /// Block `device`, instance `n` of 1..=16 (base 1000 + (n − 1) × 1); other `n` are refused locally.
            pub fn device(
                &mut self,
                n: u16,
            ) -> ::core::result::Result<DeviceClient<'_, C>, mm::Error> {
                self.0
                    .instance("device", n, 16, &REGISTERS[1..17], &REGISTERS, LIMITS)
                    .map(DeviceClient)
            }
            /// Block `thermostat` (base 0).
            pub fn thermostat(&mut self) -> ThermostatClient<'_, C> {
                ThermostatClient(self.0.block(&REGISTERS[17..39], &REGISTERS, LIMITS))
            }
            /// Block `hc`, instance `n` of 1..=8 (base 1000 + (n − 1) × 1000); other `n` are refused locally.
            pub fn hc(&mut self, n: u16) -> ::core::result::Result<HcClient<'_, C>, mm::Error> {
                self.0
                    .instance("hc", n, 8, &REGISTERS[39..519], &REGISTERS, LIMITS)
                    .map(HcClient)
            }
            /// Block `thermostat_dhw` (base 9000).
            pub fn thermostat_dhw(&mut self) -> ThermostatDhwClient<'_, C> {
                ThermostatDhwClient(self.0.block(&REGISTERS[519..532], &REGISTERS, LIMITS))
            }
            /// Block `boiler` (base 0).
            pub fn boiler(&mut self) -> BoilerClient<'_, C> {
                BoilerClient(self.0.block(&REGISTERS[532..604], &REGISTERS, LIMITS))
            }
            /// Block `boiler_dhw` (base 9000).
            pub fn boiler_dhw(&mut self) -> BoilerDhwClient<'_, C> {
                BoilerDhwClient(self.0.block(&REGISTERS[604..649], &REGISTERS, LIMITS))
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
                            system: v.block(&REGISTERS[0..1])?,
                            device: v.blocks(&REGISTERS[1..17], 1)?,
                            thermostat: v.block(&REGISTERS[17..39])?,
                            hc: v.blocks(&REGISTERS[39..519], 60)?,
                            thermostat_dhw: v.block(&REGISTERS[519..532])?,
                            boiler: v.block(&REGISTERS[532..604])?,
                            boiler_dhw: v.block(&REGISTERS[604..649])?,
                        }),
                    )
                    .await
            }
        }
    }
}
