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
    mod descriptors {
        use super::mm::{
            self, Access::*, ByteOrder, DataType::*, RegisterDescriptor as D, Table::*,
            WordOrder,
        };
        pub const ALL: [D; 649] = [
            D::new("system.device_count", Input, 1, U16),
            DEVICE[0],
            DEVICE[0].at("device2.info", 1001),
            DEVICE[0].at("device3.info", 1002),
            DEVICE[0].at("device4.info", 1003),
            DEVICE[0].at("device5.info", 1004),
            DEVICE[0].at("device6.info", 1005),
            DEVICE[0].at("device7.info", 1006),
            DEVICE[0].at("device8.info", 1007),
            DEVICE[0].at("device9.info", 1008),
            DEVICE[0].at("device10.info", 1009),
            DEVICE[0].at("device11.info", 1010),
            DEVICE[0].at("device12.info", 1011),
            DEVICE[0].at("device13.info", 1012),
            DEVICE[0].at("device14.info", 1013),
            DEVICE[0].at("device15.info", 1014),
            DEVICE[0].at("device16.info", 1015),
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
            D::new("thermostat.dampedoutdoortemp", Holding, 48, I16)
                .with_unit_id(6)
                .with_access(Read)
                .with_scale(0.1, 0.0)
                .with_range(-3199.0, 3199.0)
                .with_unit("°C"),
            D::new("thermostat.floordrytemp", Holding, 49, U16)
                .with_unit_id(6)
                .with_access(Read)
                .with_range(0.0, 254.0)
                .with_unit("°C"),
            D::new("thermostat.building", Holding, 50, U16)
                .with_unit_id(6)
                .with_values(super::ThermostatBuilding::VALUES),
            D::new("thermostat.minexttemp", Holding, 51, I16)
                .with_unit_id(6)
                .with_range(-126.0, 126.0)
                .with_unit("°C"),
            D::new("thermostat.damping", Holding, 52, U16)
                .with_unit_id(6)
                .with_values(super::ThermostatDamping::VALUES),
            D::new("thermostat.solar", Holding, 53, U16)
                .with_unit_id(6)
                .with_values(super::ThermostatDamping::VALUES),
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
            D::new("thermostat.fossilefactor", Holding, 57, U16)
                .with_unit_id(6)
                .with_scale(0.1, 0.0)
                .with_range(0.0, 5.0),
            D::new("thermostat.electricfactor", Holding, 58, U16)
                .with_unit_id(6)
                .with_scale(0.1, 0.0)
                .with_range(0.0, 5.0),
            D::new("thermostat.delayboiler", Holding, 59, U16)
                .with_unit_id(6)
                .with_range(5.0, 120.0)
                .with_unit("min"),
            D::new("thermostat.tempdiffboiler", Holding, 60, U16)
                .with_unit_id(6)
                .with_range(1.0, 99.0)
                .with_unit("°C"),
            D::new("thermostat.pvenabledhw", Holding, 61, U16)
                .with_unit_id(6)
                .with_values(super::ThermostatDamping::VALUES),
            D::new("thermostat.pvraiseheat", Holding, 62, I16)
                .with_unit_id(6)
                .with_range(0.0, 5.0)
                .with_unit("K"),
            D::new("thermostat.pvlowercool", Holding, 63, I16)
                .with_unit_id(6)
                .with_range(-5.0, 0.0)
                .with_unit("K"),
            D::new("thermostat.absent", Holding, 64, U16)
                .with_unit_id(6)
                .with_values(super::ThermostatDamping::VALUES),
            HC[0],
            HC[1],
            HC[2],
            HC[3],
            HC[4],
            HC[5],
            HC[6],
            HC[7],
            HC[8],
            HC[9],
            HC[10],
            HC[11],
            HC[12],
            HC[13],
            HC[14],
            HC[15],
            HC[16],
            HC[17],
            HC[18],
            HC[19],
            HC[20],
            HC[21],
            HC[22],
            HC[23],
            HC[24],
            HC[25],
            HC[26],
            HC[27],
            HC[28],
            HC[29],
            HC[30],
            HC[31],
            HC[32],
            HC[33],
            HC[34],
            HC[35],
            HC[36],
            HC[37],
            HC[38],
            HC[39],
            HC[40],
            HC[41],
            HC[42],
            HC[43],
            HC[44],
            HC[45],
            HC[46],
            HC[47],
            HC[48],
            HC[49],
            HC[50],
            HC[51],
            HC[52],
            HC[53],
            HC[54],
            HC[55],
            HC[56],
            HC[57],
            HC[58],
            HC[59],
            HC[0].at("hc2.seltemp", 2000),
            HC[1].at("hc2.currtemp", 2001),
            HC[2].at("hc2.haclimate", 2002),
            HC[3].at("hc2.mode", 2003),
            HC[4].at("hc2.modetype", 2004),
            HC[5].at("hc2.ecotemp", 2005),
            HC[6].at("hc2.manualtemp", 2006),
            HC[7].at("hc2.comforttemp", 2007),
            HC[8].at("hc2.summertemp", 2008),
            HC[9].at("hc2.designtemp", 2009),
            HC[10].at("hc2.offsettemp", 2010),
            HC[11].at("hc2.minflowtemp", 2011),
            HC[12].at("hc2.maxflowtemp", 2012),
            HC[13].at("hc2.roominfluence", 2013),
            HC[14].at("hc2.roominflfactor", 2014),
            HC[15].at("hc2.curroominfl", 2015),
            HC[16].at("hc2.nofrostmode", 2016),
            HC[17].at("hc2.nofrosttemp", 2017),
            HC[18].at("hc2.targetflowtemp", 2018),
            HC[19].at("hc2.heatingtype", 2019),
            HC[20].at("hc2.summersetmode", 2020),
            HC[21].at("hc2.hpoperatingmode", 2021),
            HC[22].at("hc2.summermode", 2022),
            HC[23].at("hc2.hpoperatingstate", 2023),
            HC[24].at("hc2.vacationmode", 2024),
            HC[25].at("hc2.controlmode", 2025),
            HC[26].at("hc2.program", 2026),
            HC[27].at("hc2.tempautotemp", 2027),
            HC[28].at("hc2.cooltemp", 2028),
            HC[29].at("hc2.fastheatup", 2029),
            HC[30].at("hc2.switchonoptimization", 2030),
            HC[31].at("hc2.reducemode", 2031),
            HC[32].at("hc2.noreducetemp", 2032),
            HC[33].at("hc2.reducetemp", 2033),
            HC[34].at("hc2.dhwprio", 2034),
            HC[35].at("hc2.hpcooling", 2035),
            HC[36].at("hc2.coolingon", 2036),
            HC[37].at("hc2.hpmode", 2037),
            HC[38].at("hc2.dewoffset", 2038),
            HC[39].at("hc2.roomtempdiff", 2039),
            HC[40].at("hc2.hpminflowtemp", 2040),
            HC[41].at("hc2.control", 2041),
            HC[42].at("hc2.remotetemp", 2042),
            HC[43].at("hc2.remotehum", 2043),
            HC[44].at("hc2.heatondelay", 2044),
            HC[45].at("hc2.heatoffdelay", 2045),
            HC[46].at("hc2.instantstart", 2046),
            HC[47].at("hc2.boost", 2047),
            HC[48].at("hc2.boosttime", 2048),
            HC[49].at("hc2.coolstart", 2049),
            HC[50].at("hc2.coolondelay", 2050),
            HC[51].at("hc2.cooloffdelay", 2051),
            HC[52].at("hc2.switchprogmode", 2052),
            HC[53].at("hc2.redthreshold", 2053),
            HC[54].at("hc2.solarinfl", 2054),
            HC[55].at("hc2.currsolarinfl", 2055),
            HC[56].at("hc2.heatingpid", 2056),
            HC[57].at("hc2.pumpopt", 2057),
            HC[58].at("hc2.inttimefloor", 2058),
            HC[59].at("hc2.inttime", 2059),
            HC[0].at("hc3.seltemp", 3000),
            HC[1].at("hc3.currtemp", 3001),
            HC[2].at("hc3.haclimate", 3002),
            HC[3].at("hc3.mode", 3003),
            HC[4].at("hc3.modetype", 3004),
            HC[5].at("hc3.ecotemp", 3005),
            HC[6].at("hc3.manualtemp", 3006),
            HC[7].at("hc3.comforttemp", 3007),
            HC[8].at("hc3.summertemp", 3008),
            HC[9].at("hc3.designtemp", 3009),
            HC[10].at("hc3.offsettemp", 3010),
            HC[11].at("hc3.minflowtemp", 3011),
            HC[12].at("hc3.maxflowtemp", 3012),
            HC[13].at("hc3.roominfluence", 3013),
            HC[14].at("hc3.roominflfactor", 3014),
            HC[15].at("hc3.curroominfl", 3015),
            HC[16].at("hc3.nofrostmode", 3016),
            HC[17].at("hc3.nofrosttemp", 3017),
            HC[18].at("hc3.targetflowtemp", 3018),
            HC[19].at("hc3.heatingtype", 3019),
            HC[20].at("hc3.summersetmode", 3020),
            HC[21].at("hc3.hpoperatingmode", 3021),
            HC[22].at("hc3.summermode", 3022),
            HC[23].at("hc3.hpoperatingstate", 3023),
            HC[24].at("hc3.vacationmode", 3024),
            HC[25].at("hc3.controlmode", 3025),
            HC[26].at("hc3.program", 3026),
            HC[27].at("hc3.tempautotemp", 3027),
            HC[28].at("hc3.cooltemp", 3028),
            HC[29].at("hc3.fastheatup", 3029),
            HC[30].at("hc3.switchonoptimization", 3030),
            HC[31].at("hc3.reducemode", 3031),
            HC[32].at("hc3.noreducetemp", 3032),
            HC[33].at("hc3.reducetemp", 3033),
            HC[34].at("hc3.dhwprio", 3034),
            HC[35].at("hc3.hpcooling", 3035),
            HC[36].at("hc3.coolingon", 3036),
            HC[37].at("hc3.hpmode", 3037),
            HC[38].at("hc3.dewoffset", 3038),
            HC[39].at("hc3.roomtempdiff", 3039),
            HC[40].at("hc3.hpminflowtemp", 3040),
            HC[41].at("hc3.control", 3041),
            HC[42].at("hc3.remotetemp", 3042),
            HC[43].at("hc3.remotehum", 3043),
            HC[44].at("hc3.heatondelay", 3044),
            HC[45].at("hc3.heatoffdelay", 3045),
            HC[46].at("hc3.instantstart", 3046),
            HC[47].at("hc3.boost", 3047),
            HC[48].at("hc3.boosttime", 3048),
            HC[49].at("hc3.coolstart", 3049),
            HC[50].at("hc3.coolondelay", 3050),
            HC[51].at("hc3.cooloffdelay", 3051),
            HC[52].at("hc3.switchprogmode", 3052),
            HC[53].at("hc3.redthreshold", 3053),
            HC[54].at("hc3.solarinfl", 3054),
            HC[55].at("hc3.currsolarinfl", 3055),
            HC[56].at("hc3.heatingpid", 3056),
            HC[57].at("hc3.pumpopt", 3057),
            HC[58].at("hc3.inttimefloor", 3058),
            HC[59].at("hc3.inttime", 3059),
            HC[0].at("hc4.seltemp", 4000),
            HC[1].at("hc4.currtemp", 4001),
            HC[2].at("hc4.haclimate", 4002),
            HC[3].at("hc4.mode", 4003),
            HC[4].at("hc4.modetype", 4004),
            HC[5].at("hc4.ecotemp", 4005),
            HC[6].at("hc4.manualtemp", 4006),
            HC[7].at("hc4.comforttemp", 4007),
            HC[8].at("hc4.summertemp", 4008),
            HC[9].at("hc4.designtemp", 4009),
            HC[10].at("hc4.offsettemp", 4010),
            HC[11].at("hc4.minflowtemp", 4011),
            HC[12].at("hc4.maxflowtemp", 4012),
            HC[13].at("hc4.roominfluence", 4013),
            HC[14].at("hc4.roominflfactor", 4014),
            HC[15].at("hc4.curroominfl", 4015),
            HC[16].at("hc4.nofrostmode", 4016),
            HC[17].at("hc4.nofrosttemp", 4017),
            HC[18].at("hc4.targetflowtemp", 4018),
            HC[19].at("hc4.heatingtype", 4019),
            HC[20].at("hc4.summersetmode", 4020),
            HC[21].at("hc4.hpoperatingmode", 4021),
            HC[22].at("hc4.summermode", 4022),
            HC[23].at("hc4.hpoperatingstate", 4023),
            HC[24].at("hc4.vacationmode", 4024),
            HC[25].at("hc4.controlmode", 4025),
            HC[26].at("hc4.program", 4026),
            HC[27].at("hc4.tempautotemp", 4027),
            HC[28].at("hc4.cooltemp", 4028),
            HC[29].at("hc4.fastheatup", 4029),
            HC[30].at("hc4.switchonoptimization", 4030),
            HC[31].at("hc4.reducemode", 4031),
            HC[32].at("hc4.noreducetemp", 4032),
            HC[33].at("hc4.reducetemp", 4033),
            HC[34].at("hc4.dhwprio", 4034),
            HC[35].at("hc4.hpcooling", 4035),
            HC[36].at("hc4.coolingon", 4036),
            HC[37].at("hc4.hpmode", 4037),
            HC[38].at("hc4.dewoffset", 4038),
            HC[39].at("hc4.roomtempdiff", 4039),
            HC[40].at("hc4.hpminflowtemp", 4040),
            HC[41].at("hc4.control", 4041),
            HC[42].at("hc4.remotetemp", 4042),
            HC[43].at("hc4.remotehum", 4043),
            HC[44].at("hc4.heatondelay", 4044),
            HC[45].at("hc4.heatoffdelay", 4045),
            HC[46].at("hc4.instantstart", 4046),
            HC[47].at("hc4.boost", 4047),
            HC[48].at("hc4.boosttime", 4048),
            HC[49].at("hc4.coolstart", 4049),
            HC[50].at("hc4.coolondelay", 4050),
            HC[51].at("hc4.cooloffdelay", 4051),
            HC[52].at("hc4.switchprogmode", 4052),
            HC[53].at("hc4.redthreshold", 4053),
            HC[54].at("hc4.solarinfl", 4054),
            HC[55].at("hc4.currsolarinfl", 4055),
            HC[56].at("hc4.heatingpid", 4056),
            HC[57].at("hc4.pumpopt", 4057),
            HC[58].at("hc4.inttimefloor", 4058),
            HC[59].at("hc4.inttime", 4059),
            HC[0].at("hc5.seltemp", 5000),
            HC[1].at("hc5.currtemp", 5001),
            HC[2].at("hc5.haclimate", 5002),
            HC[3].at("hc5.mode", 5003),
            HC[4].at("hc5.modetype", 5004),
            HC[5].at("hc5.ecotemp", 5005),
            HC[6].at("hc5.manualtemp", 5006),
            HC[7].at("hc5.comforttemp", 5007),
            HC[8].at("hc5.summertemp", 5008),
            HC[9].at("hc5.designtemp", 5009),
            HC[10].at("hc5.offsettemp", 5010),
            HC[11].at("hc5.minflowtemp", 5011),
            HC[12].at("hc5.maxflowtemp", 5012),
            HC[13].at("hc5.roominfluence", 5013),
            HC[14].at("hc5.roominflfactor", 5014),
            HC[15].at("hc5.curroominfl", 5015),
            HC[16].at("hc5.nofrostmode", 5016),
            HC[17].at("hc5.nofrosttemp", 5017),
            HC[18].at("hc5.targetflowtemp", 5018),
            HC[19].at("hc5.heatingtype", 5019),
            HC[20].at("hc5.summersetmode", 5020),
            HC[21].at("hc5.hpoperatingmode", 5021),
            HC[22].at("hc5.summermode", 5022),
            HC[23].at("hc5.hpoperatingstate", 5023),
            HC[24].at("hc5.vacationmode", 5024),
            HC[25].at("hc5.controlmode", 5025),
            HC[26].at("hc5.program", 5026),
            HC[27].at("hc5.tempautotemp", 5027),
            HC[28].at("hc5.cooltemp", 5028),
            HC[29].at("hc5.fastheatup", 5029),
            HC[30].at("hc5.switchonoptimization", 5030),
            HC[31].at("hc5.reducemode", 5031),
            HC[32].at("hc5.noreducetemp", 5032),
            HC[33].at("hc5.reducetemp", 5033),
            HC[34].at("hc5.dhwprio", 5034),
            HC[35].at("hc5.hpcooling", 5035),
            HC[36].at("hc5.coolingon", 5036),
            HC[37].at("hc5.hpmode", 5037),
            HC[38].at("hc5.dewoffset", 5038),
            HC[39].at("hc5.roomtempdiff", 5039),
            HC[40].at("hc5.hpminflowtemp", 5040),
            HC[41].at("hc5.control", 5041),
            HC[42].at("hc5.remotetemp", 5042),
            HC[43].at("hc5.remotehum", 5043),
            HC[44].at("hc5.heatondelay", 5044),
            HC[45].at("hc5.heatoffdelay", 5045),
            HC[46].at("hc5.instantstart", 5046),
            HC[47].at("hc5.boost", 5047),
            HC[48].at("hc5.boosttime", 5048),
            HC[49].at("hc5.coolstart", 5049),
            HC[50].at("hc5.coolondelay", 5050),
            HC[51].at("hc5.cooloffdelay", 5051),
            HC[52].at("hc5.switchprogmode", 5052),
            HC[53].at("hc5.redthreshold", 5053),
            HC[54].at("hc5.solarinfl", 5054),
            HC[55].at("hc5.currsolarinfl", 5055),
            HC[56].at("hc5.heatingpid", 5056),
            HC[57].at("hc5.pumpopt", 5057),
            HC[58].at("hc5.inttimefloor", 5058),
            HC[59].at("hc5.inttime", 5059),
            HC[0].at("hc6.seltemp", 6000),
            HC[1].at("hc6.currtemp", 6001),
            HC[2].at("hc6.haclimate", 6002),
            HC[3].at("hc6.mode", 6003),
            HC[4].at("hc6.modetype", 6004),
            HC[5].at("hc6.ecotemp", 6005),
            HC[6].at("hc6.manualtemp", 6006),
            HC[7].at("hc6.comforttemp", 6007),
            HC[8].at("hc6.summertemp", 6008),
            HC[9].at("hc6.designtemp", 6009),
            HC[10].at("hc6.offsettemp", 6010),
            HC[11].at("hc6.minflowtemp", 6011),
            HC[12].at("hc6.maxflowtemp", 6012),
            HC[13].at("hc6.roominfluence", 6013),
            HC[14].at("hc6.roominflfactor", 6014),
            HC[15].at("hc6.curroominfl", 6015),
            HC[16].at("hc6.nofrostmode", 6016),
            HC[17].at("hc6.nofrosttemp", 6017),
            HC[18].at("hc6.targetflowtemp", 6018),
            HC[19].at("hc6.heatingtype", 6019),
            HC[20].at("hc6.summersetmode", 6020),
            HC[21].at("hc6.hpoperatingmode", 6021),
            HC[22].at("hc6.summermode", 6022),
            HC[23].at("hc6.hpoperatingstate", 6023),
            HC[24].at("hc6.vacationmode", 6024),
            HC[25].at("hc6.controlmode", 6025),
            HC[26].at("hc6.program", 6026),
            HC[27].at("hc6.tempautotemp", 6027),
            HC[28].at("hc6.cooltemp", 6028),
            HC[29].at("hc6.fastheatup", 6029),
            HC[30].at("hc6.switchonoptimization", 6030),
            HC[31].at("hc6.reducemode", 6031),
            HC[32].at("hc6.noreducetemp", 6032),
            HC[33].at("hc6.reducetemp", 6033),
            HC[34].at("hc6.dhwprio", 6034),
            HC[35].at("hc6.hpcooling", 6035),
            HC[36].at("hc6.coolingon", 6036),
            HC[37].at("hc6.hpmode", 6037),
            HC[38].at("hc6.dewoffset", 6038),
            HC[39].at("hc6.roomtempdiff", 6039),
            HC[40].at("hc6.hpminflowtemp", 6040),
            HC[41].at("hc6.control", 6041),
            HC[42].at("hc6.remotetemp", 6042),
            HC[43].at("hc6.remotehum", 6043),
            HC[44].at("hc6.heatondelay", 6044),
            HC[45].at("hc6.heatoffdelay", 6045),
            HC[46].at("hc6.instantstart", 6046),
            HC[47].at("hc6.boost", 6047),
            HC[48].at("hc6.boosttime", 6048),
            HC[49].at("hc6.coolstart", 6049),
            HC[50].at("hc6.coolondelay", 6050),
            HC[51].at("hc6.cooloffdelay", 6051),
            HC[52].at("hc6.switchprogmode", 6052),
            HC[53].at("hc6.redthreshold", 6053),
            HC[54].at("hc6.solarinfl", 6054),
            HC[55].at("hc6.currsolarinfl", 6055),
            HC[56].at("hc6.heatingpid", 6056),
            HC[57].at("hc6.pumpopt", 6057),
            HC[58].at("hc6.inttimefloor", 6058),
            HC[59].at("hc6.inttime", 6059),
            HC[0].at("hc7.seltemp", 7000),
            HC[1].at("hc7.currtemp", 7001),
            HC[2].at("hc7.haclimate", 7002),
            HC[3].at("hc7.mode", 7003),
            HC[4].at("hc7.modetype", 7004),
            HC[5].at("hc7.ecotemp", 7005),
            HC[6].at("hc7.manualtemp", 7006),
            HC[7].at("hc7.comforttemp", 7007),
            HC[8].at("hc7.summertemp", 7008),
            HC[9].at("hc7.designtemp", 7009),
            HC[10].at("hc7.offsettemp", 7010),
            HC[11].at("hc7.minflowtemp", 7011),
            HC[12].at("hc7.maxflowtemp", 7012),
            HC[13].at("hc7.roominfluence", 7013),
            HC[14].at("hc7.roominflfactor", 7014),
            HC[15].at("hc7.curroominfl", 7015),
            HC[16].at("hc7.nofrostmode", 7016),
            HC[17].at("hc7.nofrosttemp", 7017),
            HC[18].at("hc7.targetflowtemp", 7018),
            HC[19].at("hc7.heatingtype", 7019),
            HC[20].at("hc7.summersetmode", 7020),
            HC[21].at("hc7.hpoperatingmode", 7021),
            HC[22].at("hc7.summermode", 7022),
            HC[23].at("hc7.hpoperatingstate", 7023),
            HC[24].at("hc7.vacationmode", 7024),
            HC[25].at("hc7.controlmode", 7025),
            HC[26].at("hc7.program", 7026),
            HC[27].at("hc7.tempautotemp", 7027),
            HC[28].at("hc7.cooltemp", 7028),
            HC[29].at("hc7.fastheatup", 7029),
            HC[30].at("hc7.switchonoptimization", 7030),
            HC[31].at("hc7.reducemode", 7031),
            HC[32].at("hc7.noreducetemp", 7032),
            HC[33].at("hc7.reducetemp", 7033),
            HC[34].at("hc7.dhwprio", 7034),
            HC[35].at("hc7.hpcooling", 7035),
            HC[36].at("hc7.coolingon", 7036),
            HC[37].at("hc7.hpmode", 7037),
            HC[38].at("hc7.dewoffset", 7038),
            HC[39].at("hc7.roomtempdiff", 7039),
            HC[40].at("hc7.hpminflowtemp", 7040),
            HC[41].at("hc7.control", 7041),
            HC[42].at("hc7.remotetemp", 7042),
            HC[43].at("hc7.remotehum", 7043),
            HC[44].at("hc7.heatondelay", 7044),
            HC[45].at("hc7.heatoffdelay", 7045),
            HC[46].at("hc7.instantstart", 7046),
            HC[47].at("hc7.boost", 7047),
            HC[48].at("hc7.boosttime", 7048),
            HC[49].at("hc7.coolstart", 7049),
            HC[50].at("hc7.coolondelay", 7050),
            HC[51].at("hc7.cooloffdelay", 7051),
            HC[52].at("hc7.switchprogmode", 7052),
            HC[53].at("hc7.redthreshold", 7053),
            HC[54].at("hc7.solarinfl", 7054),
            HC[55].at("hc7.currsolarinfl", 7055),
            HC[56].at("hc7.heatingpid", 7056),
            HC[57].at("hc7.pumpopt", 7057),
            HC[58].at("hc7.inttimefloor", 7058),
            HC[59].at("hc7.inttime", 7059),
            HC[0].at("hc8.seltemp", 8000),
            HC[1].at("hc8.currtemp", 8001),
            HC[2].at("hc8.haclimate", 8002),
            HC[3].at("hc8.mode", 8003),
            HC[4].at("hc8.modetype", 8004),
            HC[5].at("hc8.ecotemp", 8005),
            HC[6].at("hc8.manualtemp", 8006),
            HC[7].at("hc8.comforttemp", 8007),
            HC[8].at("hc8.summertemp", 8008),
            HC[9].at("hc8.designtemp", 8009),
            HC[10].at("hc8.offsettemp", 8010),
            HC[11].at("hc8.minflowtemp", 8011),
            HC[12].at("hc8.maxflowtemp", 8012),
            HC[13].at("hc8.roominfluence", 8013),
            HC[14].at("hc8.roominflfactor", 8014),
            HC[15].at("hc8.curroominfl", 8015),
            HC[16].at("hc8.nofrostmode", 8016),
            HC[17].at("hc8.nofrosttemp", 8017),
            HC[18].at("hc8.targetflowtemp", 8018),
            HC[19].at("hc8.heatingtype", 8019),
            HC[20].at("hc8.summersetmode", 8020),
            HC[21].at("hc8.hpoperatingmode", 8021),
            HC[22].at("hc8.summermode", 8022),
            HC[23].at("hc8.hpoperatingstate", 8023),
            HC[24].at("hc8.vacationmode", 8024),
            HC[25].at("hc8.controlmode", 8025),
            HC[26].at("hc8.program", 8026),
            HC[27].at("hc8.tempautotemp", 8027),
            HC[28].at("hc8.cooltemp", 8028),
            HC[29].at("hc8.fastheatup", 8029),
            HC[30].at("hc8.switchonoptimization", 8030),
            HC[31].at("hc8.reducemode", 8031),
            HC[32].at("hc8.noreducetemp", 8032),
            HC[33].at("hc8.reducetemp", 8033),
            HC[34].at("hc8.dhwprio", 8034),
            HC[35].at("hc8.hpcooling", 8035),
            HC[36].at("hc8.coolingon", 8036),
            HC[37].at("hc8.hpmode", 8037),
            HC[38].at("hc8.dewoffset", 8038),
            HC[39].at("hc8.roomtempdiff", 8039),
            HC[40].at("hc8.hpminflowtemp", 8040),
            HC[41].at("hc8.control", 8041),
            HC[42].at("hc8.remotetemp", 8042),
            HC[43].at("hc8.remotehum", 8043),
            HC[44].at("hc8.heatondelay", 8044),
            HC[45].at("hc8.heatoffdelay", 8045),
            HC[46].at("hc8.instantstart", 8046),
            HC[47].at("hc8.boost", 8047),
            HC[48].at("hc8.boosttime", 8048),
            HC[49].at("hc8.coolstart", 8049),
            HC[50].at("hc8.coolondelay", 8050),
            HC[51].at("hc8.cooloffdelay", 8051),
            HC[52].at("hc8.switchprogmode", 8052),
            HC[53].at("hc8.redthreshold", 8053),
            HC[54].at("hc8.solarinfl", 8054),
            HC[55].at("hc8.currsolarinfl", 8055),
            HC[56].at("hc8.heatingpid", 8056),
            HC[57].at("hc8.pumpopt", 8057),
            HC[58].at("hc8.inttimefloor", 8058),
            HC[59].at("hc8.inttime", 8059),
            D::new("thermostat_dhw.mode", Holding, 9000, U16)
                .with_unit_id(6)
                .with_values(super::ThermostatDhwMode::VALUES),
            D::new("thermostat_dhw.modetype", Holding, 9001, U16)
                .with_unit_id(6)
                .with_access(Read)
                .with_values(super::ThermostatDhwModetype::VALUES),
            D::new("thermostat_dhw.settemp", Holding, 9002, U16)
                .with_unit_id(6)
                .with_range(0.0, 254.0)
                .with_unit("°C"),
            D::new("thermostat_dhw.settemplow", Holding, 9003, U16)
                .with_unit_id(6)
                .with_range(0.0, 254.0)
                .with_unit("°C"),
            D::new("thermostat_dhw.circmode", Holding, 9004, U16)
                .with_unit_id(6)
                .with_values(super::ThermostatDhwCircmode::VALUES),
            D::new("thermostat_dhw.chargeduration", Holding, 9005, U16)
                .with_unit_id(6)
                .with_scale(15.0, 0.0)
                .with_range(0.0, 3810.0)
                .with_unit("min"),
            D::new("thermostat_dhw.charge", Holding, 9006, U16)
                .with_unit_id(6)
                .with_values(super::ThermostatDamping::VALUES),
            D::new("thermostat_dhw.extra", Holding, 9007, U16)
                .with_unit_id(6)
                .with_access(Read)
                .with_values(super::ThermostatDamping::VALUES),
            D::new("thermostat_dhw.disinfecting", Holding, 9008, U16)
                .with_unit_id(6)
                .with_values(super::ThermostatDamping::VALUES),
            D::new("thermostat_dhw.disinfectday", Holding, 9009, U16)
                .with_unit_id(6)
                .with_values(super::ThermostatDhwDisinfectday::VALUES),
            D::new("thermostat_dhw.disinfecttime", Holding, 9010, U16)
                .with_unit_id(6)
                .with_scale(15.0, 0.0)
                .with_range(0.0, 1431.0)
                .with_unit("min"),
            D::new("thermostat_dhw.dailyheating", Holding, 9011, U16)
                .with_unit_id(6)
                .with_values(super::ThermostatDamping::VALUES),
            D::new("thermostat_dhw.dailyheattime", Holding, 9012, U16)
                .with_unit_id(6)
                .with_scale(15.0, 0.0)
                .with_range(0.0, 1431.0)
                .with_unit("min"),
            D::new("boiler.reset", Holding, 0, U16)
                .with_unit_id(5)
                .with_access(Write)
                .with_values(super::BoilerReset::VALUES),
            D::new("boiler.chimneysweeper", Holding, 1, U16)
                .with_unit_id(5)
                .with_access(Write)
                .with_values(super::ThermostatDamping::VALUES),
            D::new("boiler.heatingoff", Holding, 2, U16)
                .with_unit_id(5)
                .with_values(super::ThermostatDamping::VALUES),
            D::new("boiler.heatingactive", Holding, 3, U16)
                .with_unit_id(5)
                .with_access(Read)
                .with_values(super::ThermostatDamping::VALUES),
            D::new("boiler.tapwateractive", Holding, 4, U16)
                .with_unit_id(5)
                .with_access(Read)
                .with_values(super::ThermostatDamping::VALUES),
            D::new("boiler.selflowtemp", Holding, 5, U16)
                .with_unit_id(5)
                .with_range(0.0, 90.0)
                .with_unit("°C"),
            D::new("boiler.heatingpumpmod", Holding, 6, U16)
                .with_unit_id(5)
                .with_access(Read)
                .with_range(0.0, 100.0)
                .with_unit("%"),
            D::new("boiler.outdoortemp", Holding, 7, I16)
                .with_unit_id(5)
                .with_access(Read)
                .with_scale(0.1, 0.0)
                .with_range(-3199.0, 3199.0)
                .with_unit("°C"),
            D::new("boiler.curflowtemp", Holding, 8, U16)
                .with_unit_id(5)
                .with_access(Read)
                .with_scale(0.1, 0.0)
                .with_range(0.0, 3199.0)
                .with_unit("°C"),
            D::new("boiler.rettemp", Holding, 9, U16)
                .with_unit_id(5)
                .with_access(Read)
                .with_scale(0.1, 0.0)
                .with_range(0.0, 3199.0)
                .with_unit("°C"),
            D::new("boiler.switchtemp", Holding, 10, U16)
                .with_unit_id(5)
                .with_access(Read)
                .with_scale(0.1, 0.0)
                .with_range(0.0, 3199.0)
                .with_unit("°C"),
            D::new("boiler.syspress", Holding, 11, U16)
                .with_unit_id(5)
                .with_access(Read)
                .with_scale(0.1, 0.0)
                .with_range(0.0, 25.0)
                .with_unit("bar"),
            D::new("boiler.boiltemp", Holding, 12, U16)
                .with_unit_id(5)
                .with_access(Read)
                .with_scale(0.1, 0.0)
                .with_range(0.0, 3199.0)
                .with_unit("°C"),
            D::new("boiler.headertemp", Holding, 13, U16)
                .with_unit_id(5)
                .with_access(Read)
                .with_scale(0.1, 0.0)
                .with_range(0.0, 3199.0)
                .with_unit("°C"),
            D::new("boiler.heatingactivated", Holding, 14, U16)
                .with_unit_id(5)
                .with_values(super::ThermostatDamping::VALUES),
            D::new("boiler.heatingtemp", Holding, 15, U16)
                .with_unit_id(5)
                .with_range(0.0, 90.0)
                .with_unit("°C"),
            D::new("boiler.heatingpump", Holding, 16, U16)
                .with_unit_id(5)
                .with_access(Read)
                .with_values(super::ThermostatDamping::VALUES),
            D::new("boiler.pumpmodmax", Holding, 17, U16)
                .with_unit_id(5)
                .with_range(0.0, 100.0)
                .with_unit("%"),
            D::new("boiler.pumpmodmin", Holding, 18, U16)
                .with_unit_id(5)
                .with_range(0.0, 100.0)
                .with_unit("%"),
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
            D::new("boiler.selburnpow", Holding, 23, U16)
                .with_unit_id(5)
                .with_range(0.0, 254.0)
                .with_unit("%"),
            D::new("boiler.curburnpow", Holding, 24, U16)
                .with_unit_id(5)
                .with_access(Read)
                .with_range(0.0, 100.0)
                .with_unit("%"),
            D::new("boiler.burnstarts", Holding, 25, U32)
                .with_unit_id(5)
                .with_access(Read)
                .with_range(0.0, 16777214.0),
            D::new("boiler.burnworkmin", Holding, 27, U32)
                .with_unit_id(5)
                .with_access(Read)
                .with_range(0.0, 16777214.0)
                .with_unit("min"),
            D::new("boiler.burn2workmin", Holding, 29, U32)
                .with_unit_id(5)
                .with_access(Read)
                .with_range(0.0, 16777214.0)
                .with_unit("min"),
            D::new("boiler.heatworkmin", Holding, 31, U32)
                .with_unit_id(5)
                .with_access(Read)
                .with_range(0.0, 16777214.0)
                .with_unit("min"),
            D::new("boiler.heatstarts", Holding, 33, U32)
                .with_unit_id(5)
                .with_access(Read)
                .with_range(0.0, 16777214.0),
            D::new("boiler.ubauptime", Holding, 35, U32)
                .with_unit_id(5)
                .with_access(Read)
                .with_range(0.0, 16777214.0)
                .with_unit("min"),
            D::new("boiler.lastcode", Holding, 37, String)
                .with_unit_id(5)
                .with_length(56)
                .with_access(Read),
            D::new("boiler.servicecode", Holding, 65, String)
                .with_unit_id(5)
                .with_length(4)
                .with_access(Read),
            D::new("boiler.servicecodenumber", Holding, 67, U16)
                .with_unit_id(5)
                .with_access(Read)
                .with_range(0.0, 31999.0),
            D::new("boiler.maintenancemessage", Holding, 68, String)
                .with_unit_id(5)
                .with_length(4)
                .with_access(Read),
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
            D::new("boiler.emergencyops", Holding, 78, U16)
                .with_unit_id(5)
                .with_values(super::ThermostatDamping::VALUES),
            D::new("boiler.emergencytemp", Holding, 79, U16)
                .with_unit_id(5)
                .with_range(15.0, 70.0)
                .with_unit("°C"),
            D::new("boiler.pc0flow", Holding, 80, I16)
                .with_unit_id(5)
                .with_access(Read)
                .with_range(-31999.0, 31999.0)
                .with_unit("l/h"),
            D::new("boiler.pc1flow", Holding, 81, I16)
                .with_unit_id(5)
                .with_access(Read)
                .with_range(-31999.0, 31999.0)
                .with_unit("l/h"),
            D::new("boiler.pc1on", Holding, 82, U16)
                .with_unit_id(5)
                .with_access(Read)
                .with_values(super::ThermostatDamping::VALUES),
            D::new("boiler.pc1rate", Holding, 83, U16)
                .with_unit_id(5)
                .with_access(Read)
                .with_range(0.0, 100.0)
                .with_unit("%"),
            D::new("boiler.nrgtotal", Holding, 85, U32)
                .with_unit_id(5)
                .with_access(Read)
                .with_scale(0.01, 0.0)
                .with_range(0.0, 167772.0)
                .with_unit("kWh"),
            D::new("boiler.nrgheat", Holding, 87, U32)
                .with_unit_id(5)
                .with_scale(0.01, 0.0)
                .with_range(0.0, 10000000.0)
                .with_unit("kWh"),
            D::new("boiler.meterheat", Holding, 97, U32)
                .with_unit_id(5)
                .with_access(Read)
                .with_scale(0.1, 0.0)
                .with_range(0.0, 1677721.0)
                .with_unit("kWh"),
            D::new("boiler.exhausttemp", Holding, 249, U16)
                .with_unit_id(5)
                .with_access(Read)
                .with_scale(0.1, 0.0)
                .with_range(0.0, 3199.0)
                .with_unit("°C"),
            D::new("boiler.burngas", Holding, 250, U16)
                .with_unit_id(5)
                .with_access(Read)
                .with_values(super::ThermostatDamping::VALUES),
            D::new("boiler.burngas2", Holding, 251, U16)
                .with_unit_id(5)
                .with_access(Read)
                .with_values(super::ThermostatDamping::VALUES),
            D::new("boiler.flamecurr", Holding, 252, U16)
                .with_unit_id(5)
                .with_access(Read)
                .with_scale(0.1, 0.0)
                .with_range(0.0, 3199.0)
                .with_unit("µA"),
            D::new("boiler.fanwork", Holding, 253, U16)
                .with_unit_id(5)
                .with_access(Read)
                .with_values(super::ThermostatDamping::VALUES),
            D::new("boiler.ignwork", Holding, 254, U16)
                .with_unit_id(5)
                .with_access(Read)
                .with_values(super::ThermostatDamping::VALUES),
            D::new("boiler.oilpreheat", Holding, 255, U16)
                .with_unit_id(5)
                .with_access(Read)
                .with_values(super::ThermostatDamping::VALUES),
            D::new("boiler.burnminpower", Holding, 256, U16)
                .with_unit_id(5)
                .with_range(0.0, 100.0)
                .with_unit("%"),
            D::new("boiler.burnmaxpower", Holding, 257, U16)
                .with_unit_id(5)
                .with_range(0.0, 254.0)
                .with_unit("%"),
            D::new("boiler.burnminperiod", Holding, 258, U16)
                .with_unit_id(5)
                .with_range(0.0, 120.0)
                .with_unit("min"),
            D::new("boiler.absburnpow", Holding, 259, U16)
                .with_unit_id(5)
                .with_access(Read)
                .with_range(0.0, 100.0)
                .with_unit("%"),
            D::new("boiler.heatblock", Holding, 260, U16)
                .with_unit_id(5)
                .with_access(Read)
                .with_scale(0.1, 0.0)
                .with_range(0.0, 3199.0)
                .with_unit("°C"),
            D::new("boiler.boilhyston", Holding, 261, I16)
                .with_unit_id(5)
                .with_range(-20.0, 0.0)
                .with_unit("°C"),
            D::new("boiler.boilhystoff", Holding, 262, I16)
                .with_unit_id(5)
                .with_range(0.0, 20.0)
                .with_unit("°C"),
            D::new("boiler.boil2hyston", Holding, 263, I16)
                .with_unit_id(5)
                .with_range(-20.0, 0.0)
                .with_unit("°C"),
            D::new("boiler.boil2hystoff", Holding, 264, I16)
                .with_unit_id(5)
                .with_range(0.0, 20.0)
                .with_unit("°C"),
            D::new("boiler.curveon", Holding, 265, U16)
                .with_unit_id(5)
                .with_values(super::ThermostatDamping::VALUES),
            D::new("boiler.curvebase", Holding, 266, U16)
                .with_unit_id(5)
                .with_range(20.0, 90.0)
                .with_unit("°C"),
            D::new("boiler.curveend", Holding, 267, U16)
                .with_unit_id(5)
                .with_range(20.0, 90.0)
                .with_unit("°C"),
            D::new("boiler.summertemp", Holding, 268, U16)
                .with_unit_id(5)
                .with_range(0.0, 45.0)
                .with_unit("°C"),
            D::new("boiler.nofrostmode", Holding, 269, U16)
                .with_unit_id(5)
                .with_values(super::ThermostatDamping::VALUES),
            D::new("boiler.nofrosttemp", Holding, 270, U16)
                .with_unit_id(5)
                .with_range(0.0, 10.0)
                .with_unit("°C"),
            D::new("boiler.gasmeterheat", Holding, 271, U32)
                .with_unit_id(5)
                .with_access(Read)
                .with_scale(0.1, 0.0)
                .with_range(0.0, 1677721.0)
                .with_unit("kWh"),
            D::new("boiler.nrgheat2", Holding, 273, U32)
                .with_unit_id(5)
                .with_access(Read)
                .with_scale(0.1, 0.0)
                .with_range(0.0, 1677721.0)
                .with_unit("kWh"),
            D::new("boiler.nompower", Holding, 275, U16)
                .with_unit_id(5)
                .with_range(0.0, 254.0)
                .with_unit("kW"),
            D::new("boiler_dhw.nrg", Holding, 9000, U32)
                .with_unit_id(5)
                .with_scale(0.01, 0.0)
                .with_range(0.0, 10000000.0)
                .with_unit("kWh"),
            D::new("boiler_dhw.meter", Holding, 9002, U32)
                .with_unit_id(5)
                .with_access(Read)
                .with_scale(0.1, 0.0)
                .with_range(0.0, 1677721.0)
                .with_unit("kWh"),
            D::new("boiler_dhw.tapactivated", Holding, 9028, U16)
                .with_unit_id(5)
                .with_values(super::ThermostatDamping::VALUES),
            D::new("boiler_dhw.settemp", Holding, 9029, U16)
                .with_unit_id(5)
                .with_access(Read)
                .with_range(0.0, 254.0)
                .with_unit("°C"),
            D::new("boiler_dhw.seltemp", Holding, 9030, U16)
                .with_unit_id(5)
                .with_range(0.0, 254.0)
                .with_unit("°C"),
            D::new("boiler_dhw.seltemplow", Holding, 9031, U16)
                .with_unit_id(5)
                .with_range(0.0, 254.0)
                .with_unit("°C"),
            D::new("boiler_dhw.tempecoplus", Holding, 9032, U16)
                .with_unit_id(5)
                .with_range(0.0, 254.0)
                .with_unit("°C"),
            D::new("boiler_dhw.seltempoff", Holding, 9033, U16)
                .with_unit_id(5)
                .with_access(Read)
                .with_range(0.0, 254.0)
                .with_unit("°C"),
            D::new("boiler_dhw.seltempsingle", Holding, 9034, U16)
                .with_unit_id(5)
                .with_range(0.0, 254.0)
                .with_unit("°C"),
            D::new("boiler_dhw.solartemp", Holding, 9035, U16)
                .with_unit_id(5)
                .with_access(Read)
                .with_scale(0.1, 0.0)
                .with_range(0.0, 3199.0)
                .with_unit("°C"),
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
            D::new("boiler_dhw.chargeoptimization", Holding, 9040, U16)
                .with_unit_id(5)
                .with_values(super::ThermostatDamping::VALUES),
            D::new("boiler_dhw.maxpower", Holding, 9041, U16)
                .with_unit_id(5)
                .with_range(0.0, 254.0)
                .with_unit("%"),
            D::new("boiler_dhw.maxtemp", Holding, 9042, U16)
                .with_unit_id(5)
                .with_range(0.0, 80.0)
                .with_unit("°C"),
            D::new("boiler_dhw.circpump", Holding, 9043, U16)
                .with_unit_id(5)
                .with_values(super::ThermostatDamping::VALUES),
            D::new("boiler_dhw.chargetype", Holding, 9044, U16)
                .with_unit_id(5)
                .with_access(Read)
                .with_values(super::BoilerDhwChargetype::VALUES),
            D::new("boiler_dhw.hyston", Holding, 9045, I16)
                .with_unit_id(5)
                .with_range(-126.0, 126.0)
                .with_unit("°C"),
            D::new("boiler_dhw.hystoff", Holding, 9046, I16)
                .with_unit_id(5)
                .with_range(-126.0, 126.0)
                .with_unit("°C"),
            D::new("boiler_dhw.disinfectiontemp", Holding, 9047, U16)
                .with_unit_id(5)
                .with_range(60.0, 80.0)
                .with_unit("°C"),
            D::new("boiler_dhw.circmode", Holding, 9048, U16)
                .with_unit_id(5)
                .with_values(super::BoilerDhwCircmode::VALUES),
            D::new("boiler_dhw.circ", Holding, 9049, U16)
                .with_unit_id(5)
                .with_values(super::ThermostatDamping::VALUES),
            D::new("boiler_dhw.curtemp", Holding, 9050, U16)
                .with_unit_id(5)
                .with_access(Read)
                .with_scale(0.1, 0.0)
                .with_range(0.0, 3199.0)
                .with_unit("°C"),
            D::new("boiler_dhw.curtemp2", Holding, 9051, U16)
                .with_unit_id(5)
                .with_access(Read)
                .with_scale(0.1, 0.0)
                .with_range(0.0, 3199.0)
                .with_unit("°C"),
            D::new("boiler_dhw.curflow", Holding, 9052, U16)
                .with_unit_id(5)
                .with_access(Read)
                .with_scale(0.1, 0.0)
                .with_range(0.0, 25.0)
                .with_unit("l/min"),
            D::new("boiler_dhw.storagetemp1", Holding, 9053, U16)
                .with_unit_id(5)
                .with_access(Read)
                .with_scale(0.1, 0.0)
                .with_range(0.0, 3199.0)
                .with_unit("°C"),
            D::new("boiler_dhw.storagetemp2", Holding, 9054, U16)
                .with_unit_id(5)
                .with_access(Read)
                .with_scale(0.1, 0.0)
                .with_range(0.0, 3199.0)
                .with_unit("°C"),
            D::new("boiler_dhw.activated", Holding, 9055, U16)
                .with_unit_id(5)
                .with_values(super::ThermostatDamping::VALUES),
            D::new("boiler_dhw.onetime", Holding, 9056, U16)
                .with_unit_id(5)
                .with_values(super::ThermostatDamping::VALUES),
            D::new("boiler_dhw.disinfecting", Holding, 9057, U16)
                .with_unit_id(5)
                .with_values(super::ThermostatDamping::VALUES),
            D::new("boiler_dhw.charging", Holding, 9058, U16)
                .with_unit_id(5)
                .with_access(Read)
                .with_values(super::ThermostatDamping::VALUES),
            D::new("boiler_dhw.recharging", Holding, 9059, U16)
                .with_unit_id(5)
                .with_access(Read)
                .with_values(super::ThermostatDamping::VALUES),
            D::new("boiler_dhw.tempok", Holding, 9060, U16)
                .with_unit_id(5)
                .with_access(Read)
                .with_values(super::ThermostatDamping::VALUES),
            D::new("boiler_dhw.active", Holding, 9061, U16)
                .with_unit_id(5)
                .with_access(Read)
                .with_values(super::ThermostatDamping::VALUES),
            D::new("boiler_dhw.three_way_valve", Holding, 9062, U16)
                .with_unit_id(5)
                .with_access(Read)
                .with_values(super::ThermostatDamping::VALUES),
            D::new("boiler_dhw.chargepump", Holding, 9063, U16)
                .with_unit_id(5)
                .with_access(Read)
                .with_values(super::ThermostatDamping::VALUES),
            D::new("boiler_dhw.mixertemp", Holding, 9064, U16)
                .with_unit_id(5)
                .with_access(Read)
                .with_scale(0.1, 0.0)
                .with_range(0.0, 3199.0)
                .with_unit("°C"),
            D::new("boiler_dhw.cylmiddletemp", Holding, 9065, U16)
                .with_unit_id(5)
                .with_access(Read)
                .with_scale(0.1, 0.0)
                .with_range(0.0, 3199.0)
                .with_unit("°C"),
            D::new("boiler_dhw.dhwprio", Holding, 9066, U16)
                .with_unit_id(5)
                .with_values(super::ThermostatDamping::VALUES),
            D::new("boiler_dhw.starts", Holding, 9067, U32)
                .with_unit_id(5)
                .with_access(Read)
                .with_range(0.0, 16777214.0),
            D::new("boiler_dhw.workm", Holding, 9069, U32)
                .with_unit_id(5)
                .with_access(Read)
                .with_range(0.0, 16777214.0)
                .with_unit("min"),
            D::new("boiler_dhw.gasmeter", Holding, 9071, U32)
                .with_unit_id(5)
                .with_access(Read)
                .with_scale(0.1, 0.0)
                .with_range(0.0, 1677721.0)
                .with_unit("kWh"),
            D::new("boiler_dhw.nrg2", Holding, 9073, U32)
                .with_unit_id(5)
                .with_access(Read)
                .with_scale(0.1, 0.0)
                .with_range(0.0, 1677721.0)
                .with_unit("kWh"),
        ];
        /// Template of block `device`: its first instance.
        const DEVICE: [D; 1] = [
            D::new("device1.info", Input, 1000, U16).with_bits(super::DeviceInfo::BITS),
        ];
        /// Template of block `hc`: its first instance.
        const HC: [D; 60] = [
            D::new("hc1.seltemp", Holding, 1000, I16)
                .with_unit_id(6)
                .with_scale(0.5, 0.0)
                .with_range(0.0, 30.0)
                .with_unit("°C"),
            D::new("hc1.currtemp", Holding, 1001, I16)
                .with_unit_id(6)
                .with_access(Read)
                .with_scale(0.1, 0.0)
                .with_range(-3199.0, 3199.0)
                .with_unit("°C"),
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
            D::new("hc1.ecotemp", Holding, 1005, U16)
                .with_unit_id(6)
                .with_scale(0.5, 0.0)
                .with_range(0.0, 127.0)
                .with_unit("°C"),
            D::new("hc1.manualtemp", Holding, 1006, U16)
                .with_unit_id(6)
                .with_scale(0.5, 0.0)
                .with_range(0.0, 127.0)
                .with_unit("°C"),
            D::new("hc1.comforttemp", Holding, 1007, U16)
                .with_unit_id(6)
                .with_scale(0.5, 0.0)
                .with_range(0.0, 127.0)
                .with_unit("°C"),
            D::new("hc1.summertemp", Holding, 1008, U16)
                .with_unit_id(6)
                .with_range(10.0, 30.0)
                .with_unit("°C"),
            D::new("hc1.designtemp", Holding, 1009, U16)
                .with_unit_id(6)
                .with_range(0.0, 254.0)
                .with_unit("°C"),
            D::new("hc1.offsettemp", Holding, 1010, I16)
                .with_unit_id(6)
                .with_range(-126.0, 126.0)
                .with_unit("°C"),
            D::new("hc1.minflowtemp", Holding, 1011, U16)
                .with_unit_id(6)
                .with_range(0.0, 254.0)
                .with_unit("°C"),
            D::new("hc1.maxflowtemp", Holding, 1012, U16)
                .with_unit_id(6)
                .with_range(0.0, 254.0)
                .with_unit("°C"),
            D::new("hc1.roominfluence", Holding, 1013, U16)
                .with_unit_id(6)
                .with_range(0.0, 254.0)
                .with_unit("°C"),
            D::new("hc1.roominflfactor", Holding, 1014, U16)
                .with_unit_id(6)
                .with_scale(0.1, 0.0)
                .with_range(0.0, 25.0),
            D::new("hc1.curroominfl", Holding, 1015, I16)
                .with_unit_id(6)
                .with_access(Read)
                .with_scale(0.1, 0.0)
                .with_range(-3199.0, 3199.0)
                .with_unit("°C"),
            D::new("hc1.nofrostmode", Holding, 1016, U16)
                .with_unit_id(6)
                .with_values(super::HcNofrostmode::VALUES),
            D::new("hc1.nofrosttemp", Holding, 1017, I16)
                .with_unit_id(6)
                .with_range(-126.0, 126.0)
                .with_unit("°C"),
            D::new("hc1.targetflowtemp", Holding, 1018, U16)
                .with_unit_id(6)
                .with_access(Read)
                .with_range(0.0, 254.0)
                .with_unit("°C"),
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
            D::new("hc1.vacationmode", Holding, 1024, U16)
                .with_unit_id(6)
                .with_access(Read)
                .with_values(super::ThermostatDamping::VALUES),
            D::new("hc1.controlmode", Holding, 1025, U16)
                .with_unit_id(6)
                .with_values(super::HcControlmode::VALUES),
            D::new("hc1.program", Holding, 1026, U16)
                .with_unit_id(6)
                .with_values(super::HcProgram::VALUES),
            D::new("hc1.tempautotemp", Holding, 1027, I16)
                .with_unit_id(6)
                .with_scale(0.5, 0.0)
                .with_range(-1.0, 30.0)
                .with_unit("°C"),
            D::new("hc1.cooltemp", Holding, 1028, I16)
                .with_unit_id(6)
                .with_scale(0.5, 0.0)
                .with_range(-1.0, 30.0)
                .with_unit("°C"),
            D::new("hc1.fastheatup", Holding, 1029, U16)
                .with_unit_id(6)
                .with_range(0.0, 100.0)
                .with_unit("%"),
            D::new("hc1.switchonoptimization", Holding, 1030, U16)
                .with_unit_id(6)
                .with_values(super::ThermostatDamping::VALUES),
            D::new("hc1.reducemode", Holding, 1031, U16)
                .with_unit_id(6)
                .with_values(super::HcReducemode::VALUES),
            D::new("hc1.noreducetemp", Holding, 1032, I16)
                .with_unit_id(6)
                .with_range(-126.0, 126.0)
                .with_unit("°C"),
            D::new("hc1.reducetemp", Holding, 1033, I16)
                .with_unit_id(6)
                .with_range(-126.0, 126.0)
                .with_unit("°C"),
            D::new("hc1.dhwprio", Holding, 1034, U16)
                .with_unit_id(6)
                .with_values(super::ThermostatDamping::VALUES),
            D::new("hc1.hpcooling", Holding, 1035, U16)
                .with_unit_id(6)
                .with_values(super::ThermostatDamping::VALUES),
            D::new("hc1.coolingon", Holding, 1036, U16)
                .with_unit_id(6)
                .with_access(Read)
                .with_values(super::ThermostatDamping::VALUES),
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
            D::new("hc1.hpminflowtemp", Holding, 1040, U16)
                .with_unit_id(6)
                .with_range(0.0, 254.0)
                .with_unit("°C"),
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
            D::new("hc1.heatondelay", Holding, 1044, U16)
                .with_unit_id(6)
                .with_range(1.0, 48.0)
                .with_unit("h"),
            D::new("hc1.heatoffdelay", Holding, 1045, U16)
                .with_unit_id(6)
                .with_range(1.0, 48.0)
                .with_unit("h"),
            D::new("hc1.instantstart", Holding, 1046, U16)
                .with_unit_id(6)
                .with_range(1.0, 10.0)
                .with_unit("K"),
            D::new("hc1.boost", Holding, 1047, U16)
                .with_unit_id(6)
                .with_values(super::ThermostatDamping::VALUES),
            D::new("hc1.boosttime", Holding, 1048, U16)
                .with_unit_id(6)
                .with_range(0.0, 254.0)
                .with_unit("h"),
            D::new("hc1.coolstart", Holding, 1049, U16)
                .with_unit_id(6)
                .with_range(20.0, 35.0)
                .with_unit("°C"),
            D::new("hc1.coolondelay", Holding, 1050, U16)
                .with_unit_id(6)
                .with_range(1.0, 48.0)
                .with_unit("h"),
            D::new("hc1.cooloffdelay", Holding, 1051, U16)
                .with_unit_id(6)
                .with_range(1.0, 48.0)
                .with_unit("h"),
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
            D::new("hc1.pumpopt", Holding, 1057, U16)
                .with_unit_id(6)
                .with_values(super::ThermostatDamping::VALUES),
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
    }
    /// `system.device_count`: input 1.
    pub const SYSTEM_DEVICE_COUNT: mm::RegisterDescriptor = descriptors::ALL[0];
    /// `device1.info`: input 1000.
    pub const DEVICE1_INFO: mm::RegisterDescriptor = descriptors::ALL[1];
    /// `device2.info`: input 1001.
    pub const DEVICE2_INFO: mm::RegisterDescriptor = descriptors::ALL[2];
    /// `device3.info`: input 1002.
    pub const DEVICE3_INFO: mm::RegisterDescriptor = descriptors::ALL[3];
    /// `device4.info`: input 1003.
    pub const DEVICE4_INFO: mm::RegisterDescriptor = descriptors::ALL[4];
    /// `device5.info`: input 1004.
    pub const DEVICE5_INFO: mm::RegisterDescriptor = descriptors::ALL[5];
    /// `device6.info`: input 1005.
    pub const DEVICE6_INFO: mm::RegisterDescriptor = descriptors::ALL[6];
    /// `device7.info`: input 1006.
    pub const DEVICE7_INFO: mm::RegisterDescriptor = descriptors::ALL[7];
    /// `device8.info`: input 1007.
    pub const DEVICE8_INFO: mm::RegisterDescriptor = descriptors::ALL[8];
    /// `device9.info`: input 1008.
    pub const DEVICE9_INFO: mm::RegisterDescriptor = descriptors::ALL[9];
    /// `device10.info`: input 1009.
    pub const DEVICE10_INFO: mm::RegisterDescriptor = descriptors::ALL[10];
    /// `device11.info`: input 1010.
    pub const DEVICE11_INFO: mm::RegisterDescriptor = descriptors::ALL[11];
    /// `device12.info`: input 1011.
    pub const DEVICE12_INFO: mm::RegisterDescriptor = descriptors::ALL[12];
    /// `device13.info`: input 1012.
    pub const DEVICE13_INFO: mm::RegisterDescriptor = descriptors::ALL[13];
    /// `device14.info`: input 1013.
    pub const DEVICE14_INFO: mm::RegisterDescriptor = descriptors::ALL[14];
    /// `device15.info`: input 1014.
    pub const DEVICE15_INFO: mm::RegisterDescriptor = descriptors::ALL[15];
    /// `device16.info`: input 1015.
    pub const DEVICE16_INFO: mm::RegisterDescriptor = descriptors::ALL[16];
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
    /// `hc1.seltemp`: holding 1000.
    pub const HC1_SELTEMP: mm::RegisterDescriptor = descriptors::ALL[39];
    /// `hc1.currtemp`: holding 1001.
    pub const HC1_CURRTEMP: mm::RegisterDescriptor = descriptors::ALL[40];
    /// `hc1.haclimate`: holding 1002.
    pub const HC1_HACLIMATE: mm::RegisterDescriptor = descriptors::ALL[41];
    /// `hc1.mode`: holding 1003.
    pub const HC1_MODE: mm::RegisterDescriptor = descriptors::ALL[42];
    /// `hc1.modetype`: holding 1004.
    pub const HC1_MODETYPE: mm::RegisterDescriptor = descriptors::ALL[43];
    /// `hc1.ecotemp`: holding 1005.
    pub const HC1_ECOTEMP: mm::RegisterDescriptor = descriptors::ALL[44];
    /// `hc1.manualtemp`: holding 1006.
    pub const HC1_MANUALTEMP: mm::RegisterDescriptor = descriptors::ALL[45];
    /// `hc1.comforttemp`: holding 1007.
    pub const HC1_COMFORTTEMP: mm::RegisterDescriptor = descriptors::ALL[46];
    /// `hc1.summertemp`: holding 1008.
    pub const HC1_SUMMERTEMP: mm::RegisterDescriptor = descriptors::ALL[47];
    /// `hc1.designtemp`: holding 1009.
    pub const HC1_DESIGNTEMP: mm::RegisterDescriptor = descriptors::ALL[48];
    /// `hc1.offsettemp`: holding 1010.
    pub const HC1_OFFSETTEMP: mm::RegisterDescriptor = descriptors::ALL[49];
    /// `hc1.minflowtemp`: holding 1011.
    pub const HC1_MINFLOWTEMP: mm::RegisterDescriptor = descriptors::ALL[50];
    /// `hc1.maxflowtemp`: holding 1012.
    pub const HC1_MAXFLOWTEMP: mm::RegisterDescriptor = descriptors::ALL[51];
    /// `hc1.roominfluence`: holding 1013.
    pub const HC1_ROOMINFLUENCE: mm::RegisterDescriptor = descriptors::ALL[52];
    /// `hc1.roominflfactor`: holding 1014.
    pub const HC1_ROOMINFLFACTOR: mm::RegisterDescriptor = descriptors::ALL[53];
    /// `hc1.curroominfl`: holding 1015.
    pub const HC1_CURROOMINFL: mm::RegisterDescriptor = descriptors::ALL[54];
    /// `hc1.nofrostmode`: holding 1016.
    pub const HC1_NOFROSTMODE: mm::RegisterDescriptor = descriptors::ALL[55];
    /// `hc1.nofrosttemp`: holding 1017.
    pub const HC1_NOFROSTTEMP: mm::RegisterDescriptor = descriptors::ALL[56];
    /// `hc1.targetflowtemp`: holding 1018.
    pub const HC1_TARGETFLOWTEMP: mm::RegisterDescriptor = descriptors::ALL[57];
    /// `hc1.heatingtype`: holding 1019.
    pub const HC1_HEATINGTYPE: mm::RegisterDescriptor = descriptors::ALL[58];
    /// `hc1.summersetmode`: holding 1020.
    pub const HC1_SUMMERSETMODE: mm::RegisterDescriptor = descriptors::ALL[59];
    /// `hc1.hpoperatingmode`: holding 1021.
    pub const HC1_HPOPERATINGMODE: mm::RegisterDescriptor = descriptors::ALL[60];
    /// `hc1.summermode`: holding 1022.
    pub const HC1_SUMMERMODE: mm::RegisterDescriptor = descriptors::ALL[61];
    /// `hc1.hpoperatingstate`: holding 1023.
    pub const HC1_HPOPERATINGSTATE: mm::RegisterDescriptor = descriptors::ALL[62];
    /// `hc1.vacationmode`: holding 1024.
    pub const HC1_VACATIONMODE: mm::RegisterDescriptor = descriptors::ALL[63];
    /// `hc1.controlmode`: holding 1025.
    pub const HC1_CONTROLMODE: mm::RegisterDescriptor = descriptors::ALL[64];
    /// `hc1.program`: holding 1026.
    pub const HC1_PROGRAM: mm::RegisterDescriptor = descriptors::ALL[65];
    /// `hc1.tempautotemp`: holding 1027.
    pub const HC1_TEMPAUTOTEMP: mm::RegisterDescriptor = descriptors::ALL[66];
    /// `hc1.cooltemp`: holding 1028.
    pub const HC1_COOLTEMP: mm::RegisterDescriptor = descriptors::ALL[67];
    /// `hc1.fastheatup`: holding 1029.
    pub const HC1_FASTHEATUP: mm::RegisterDescriptor = descriptors::ALL[68];
    /// `hc1.switchonoptimization`: holding 1030.
    pub const HC1_SWITCHONOPTIMIZATION: mm::RegisterDescriptor = descriptors::ALL[69];
    /// `hc1.reducemode`: holding 1031.
    pub const HC1_REDUCEMODE: mm::RegisterDescriptor = descriptors::ALL[70];
    /// `hc1.noreducetemp`: holding 1032.
    pub const HC1_NOREDUCETEMP: mm::RegisterDescriptor = descriptors::ALL[71];
    /// `hc1.reducetemp`: holding 1033.
    pub const HC1_REDUCETEMP: mm::RegisterDescriptor = descriptors::ALL[72];
    /// `hc1.dhwprio`: holding 1034.
    pub const HC1_DHWPRIO: mm::RegisterDescriptor = descriptors::ALL[73];
    /// `hc1.hpcooling`: holding 1035.
    pub const HC1_HPCOOLING: mm::RegisterDescriptor = descriptors::ALL[74];
    /// `hc1.coolingon`: holding 1036.
    pub const HC1_COOLINGON: mm::RegisterDescriptor = descriptors::ALL[75];
    /// `hc1.hpmode`: holding 1037.
    pub const HC1_HPMODE: mm::RegisterDescriptor = descriptors::ALL[76];
    /// `hc1.dewoffset`: holding 1038.
    pub const HC1_DEWOFFSET: mm::RegisterDescriptor = descriptors::ALL[77];
    /// `hc1.roomtempdiff`: holding 1039.
    pub const HC1_ROOMTEMPDIFF: mm::RegisterDescriptor = descriptors::ALL[78];
    /// `hc1.hpminflowtemp`: holding 1040.
    pub const HC1_HPMINFLOWTEMP: mm::RegisterDescriptor = descriptors::ALL[79];
    /// `hc1.control`: holding 1041.
    pub const HC1_CONTROL: mm::RegisterDescriptor = descriptors::ALL[80];
    /// `hc1.remotetemp`: holding 1042.
    pub const HC1_REMOTETEMP: mm::RegisterDescriptor = descriptors::ALL[81];
    /// `hc1.remotehum`: holding 1043.
    pub const HC1_REMOTEHUM: mm::RegisterDescriptor = descriptors::ALL[82];
    /// `hc1.heatondelay`: holding 1044.
    pub const HC1_HEATONDELAY: mm::RegisterDescriptor = descriptors::ALL[83];
    /// `hc1.heatoffdelay`: holding 1045.
    pub const HC1_HEATOFFDELAY: mm::RegisterDescriptor = descriptors::ALL[84];
    /// `hc1.instantstart`: holding 1046.
    pub const HC1_INSTANTSTART: mm::RegisterDescriptor = descriptors::ALL[85];
    /// `hc1.boost`: holding 1047.
    pub const HC1_BOOST: mm::RegisterDescriptor = descriptors::ALL[86];
    /// `hc1.boosttime`: holding 1048.
    pub const HC1_BOOSTTIME: mm::RegisterDescriptor = descriptors::ALL[87];
    /// `hc1.coolstart`: holding 1049.
    pub const HC1_COOLSTART: mm::RegisterDescriptor = descriptors::ALL[88];
    /// `hc1.coolondelay`: holding 1050.
    pub const HC1_COOLONDELAY: mm::RegisterDescriptor = descriptors::ALL[89];
    /// `hc1.cooloffdelay`: holding 1051.
    pub const HC1_COOLOFFDELAY: mm::RegisterDescriptor = descriptors::ALL[90];
    /// `hc1.switchprogmode`: holding 1052.
    pub const HC1_SWITCHPROGMODE: mm::RegisterDescriptor = descriptors::ALL[91];
    /// `hc1.redthreshold`: holding 1053.
    pub const HC1_REDTHRESHOLD: mm::RegisterDescriptor = descriptors::ALL[92];
    /// `hc1.solarinfl`: holding 1054.
    pub const HC1_SOLARINFL: mm::RegisterDescriptor = descriptors::ALL[93];
    /// `hc1.currsolarinfl`: holding 1055.
    pub const HC1_CURRSOLARINFL: mm::RegisterDescriptor = descriptors::ALL[94];
    /// `hc1.heatingpid`: holding 1056.
    pub const HC1_HEATINGPID: mm::RegisterDescriptor = descriptors::ALL[95];
    /// `hc1.pumpopt`: holding 1057.
    pub const HC1_PUMPOPT: mm::RegisterDescriptor = descriptors::ALL[96];
    /// `hc1.inttimefloor`: holding 1058.
    pub const HC1_INTTIMEFLOOR: mm::RegisterDescriptor = descriptors::ALL[97];
    /// `hc1.inttime`: holding 1059.
    pub const HC1_INTTIME: mm::RegisterDescriptor = descriptors::ALL[98];
    /// `hc2.seltemp`: holding 2000.
    pub const HC2_SELTEMP: mm::RegisterDescriptor = descriptors::ALL[99];
    /// `hc2.currtemp`: holding 2001.
    pub const HC2_CURRTEMP: mm::RegisterDescriptor = descriptors::ALL[100];
    /// `hc2.haclimate`: holding 2002.
    pub const HC2_HACLIMATE: mm::RegisterDescriptor = descriptors::ALL[101];
    /// `hc2.mode`: holding 2003.
    pub const HC2_MODE: mm::RegisterDescriptor = descriptors::ALL[102];
    /// `hc2.modetype`: holding 2004.
    pub const HC2_MODETYPE: mm::RegisterDescriptor = descriptors::ALL[103];
    /// `hc2.ecotemp`: holding 2005.
    pub const HC2_ECOTEMP: mm::RegisterDescriptor = descriptors::ALL[104];
    /// `hc2.manualtemp`: holding 2006.
    pub const HC2_MANUALTEMP: mm::RegisterDescriptor = descriptors::ALL[105];
    /// `hc2.comforttemp`: holding 2007.
    pub const HC2_COMFORTTEMP: mm::RegisterDescriptor = descriptors::ALL[106];
    /// `hc2.summertemp`: holding 2008.
    pub const HC2_SUMMERTEMP: mm::RegisterDescriptor = descriptors::ALL[107];
    /// `hc2.designtemp`: holding 2009.
    pub const HC2_DESIGNTEMP: mm::RegisterDescriptor = descriptors::ALL[108];
    /// `hc2.offsettemp`: holding 2010.
    pub const HC2_OFFSETTEMP: mm::RegisterDescriptor = descriptors::ALL[109];
    /// `hc2.minflowtemp`: holding 2011.
    pub const HC2_MINFLOWTEMP: mm::RegisterDescriptor = descriptors::ALL[110];
    /// `hc2.maxflowtemp`: holding 2012.
    pub const HC2_MAXFLOWTEMP: mm::RegisterDescriptor = descriptors::ALL[111];
    /// `hc2.roominfluence`: holding 2013.
    pub const HC2_ROOMINFLUENCE: mm::RegisterDescriptor = descriptors::ALL[112];
    /// `hc2.roominflfactor`: holding 2014.
    pub const HC2_ROOMINFLFACTOR: mm::RegisterDescriptor = descriptors::ALL[113];
    /// `hc2.curroominfl`: holding 2015.
    pub const HC2_CURROOMINFL: mm::RegisterDescriptor = descriptors::ALL[114];
    /// `hc2.nofrostmode`: holding 2016.
    pub const HC2_NOFROSTMODE: mm::RegisterDescriptor = descriptors::ALL[115];
    /// `hc2.nofrosttemp`: holding 2017.
    pub const HC2_NOFROSTTEMP: mm::RegisterDescriptor = descriptors::ALL[116];
    /// `hc2.targetflowtemp`: holding 2018.
    pub const HC2_TARGETFLOWTEMP: mm::RegisterDescriptor = descriptors::ALL[117];
    /// `hc2.heatingtype`: holding 2019.
    pub const HC2_HEATINGTYPE: mm::RegisterDescriptor = descriptors::ALL[118];
    /// `hc2.summersetmode`: holding 2020.
    pub const HC2_SUMMERSETMODE: mm::RegisterDescriptor = descriptors::ALL[119];
    /// `hc2.hpoperatingmode`: holding 2021.
    pub const HC2_HPOPERATINGMODE: mm::RegisterDescriptor = descriptors::ALL[120];
    /// `hc2.summermode`: holding 2022.
    pub const HC2_SUMMERMODE: mm::RegisterDescriptor = descriptors::ALL[121];
    /// `hc2.hpoperatingstate`: holding 2023.
    pub const HC2_HPOPERATINGSTATE: mm::RegisterDescriptor = descriptors::ALL[122];
    /// `hc2.vacationmode`: holding 2024.
    pub const HC2_VACATIONMODE: mm::RegisterDescriptor = descriptors::ALL[123];
    /// `hc2.controlmode`: holding 2025.
    pub const HC2_CONTROLMODE: mm::RegisterDescriptor = descriptors::ALL[124];
    /// `hc2.program`: holding 2026.
    pub const HC2_PROGRAM: mm::RegisterDescriptor = descriptors::ALL[125];
    /// `hc2.tempautotemp`: holding 2027.
    pub const HC2_TEMPAUTOTEMP: mm::RegisterDescriptor = descriptors::ALL[126];
    /// `hc2.cooltemp`: holding 2028.
    pub const HC2_COOLTEMP: mm::RegisterDescriptor = descriptors::ALL[127];
    /// `hc2.fastheatup`: holding 2029.
    pub const HC2_FASTHEATUP: mm::RegisterDescriptor = descriptors::ALL[128];
    /// `hc2.switchonoptimization`: holding 2030.
    pub const HC2_SWITCHONOPTIMIZATION: mm::RegisterDescriptor = descriptors::ALL[129];
    /// `hc2.reducemode`: holding 2031.
    pub const HC2_REDUCEMODE: mm::RegisterDescriptor = descriptors::ALL[130];
    /// `hc2.noreducetemp`: holding 2032.
    pub const HC2_NOREDUCETEMP: mm::RegisterDescriptor = descriptors::ALL[131];
    /// `hc2.reducetemp`: holding 2033.
    pub const HC2_REDUCETEMP: mm::RegisterDescriptor = descriptors::ALL[132];
    /// `hc2.dhwprio`: holding 2034.
    pub const HC2_DHWPRIO: mm::RegisterDescriptor = descriptors::ALL[133];
    /// `hc2.hpcooling`: holding 2035.
    pub const HC2_HPCOOLING: mm::RegisterDescriptor = descriptors::ALL[134];
    /// `hc2.coolingon`: holding 2036.
    pub const HC2_COOLINGON: mm::RegisterDescriptor = descriptors::ALL[135];
    /// `hc2.hpmode`: holding 2037.
    pub const HC2_HPMODE: mm::RegisterDescriptor = descriptors::ALL[136];
    /// `hc2.dewoffset`: holding 2038.
    pub const HC2_DEWOFFSET: mm::RegisterDescriptor = descriptors::ALL[137];
    /// `hc2.roomtempdiff`: holding 2039.
    pub const HC2_ROOMTEMPDIFF: mm::RegisterDescriptor = descriptors::ALL[138];
    /// `hc2.hpminflowtemp`: holding 2040.
    pub const HC2_HPMINFLOWTEMP: mm::RegisterDescriptor = descriptors::ALL[139];
    /// `hc2.control`: holding 2041.
    pub const HC2_CONTROL: mm::RegisterDescriptor = descriptors::ALL[140];
    /// `hc2.remotetemp`: holding 2042.
    pub const HC2_REMOTETEMP: mm::RegisterDescriptor = descriptors::ALL[141];
    /// `hc2.remotehum`: holding 2043.
    pub const HC2_REMOTEHUM: mm::RegisterDescriptor = descriptors::ALL[142];
    /// `hc2.heatondelay`: holding 2044.
    pub const HC2_HEATONDELAY: mm::RegisterDescriptor = descriptors::ALL[143];
    /// `hc2.heatoffdelay`: holding 2045.
    pub const HC2_HEATOFFDELAY: mm::RegisterDescriptor = descriptors::ALL[144];
    /// `hc2.instantstart`: holding 2046.
    pub const HC2_INSTANTSTART: mm::RegisterDescriptor = descriptors::ALL[145];
    /// `hc2.boost`: holding 2047.
    pub const HC2_BOOST: mm::RegisterDescriptor = descriptors::ALL[146];
    /// `hc2.boosttime`: holding 2048.
    pub const HC2_BOOSTTIME: mm::RegisterDescriptor = descriptors::ALL[147];
    /// `hc2.coolstart`: holding 2049.
    pub const HC2_COOLSTART: mm::RegisterDescriptor = descriptors::ALL[148];
    /// `hc2.coolondelay`: holding 2050.
    pub const HC2_COOLONDELAY: mm::RegisterDescriptor = descriptors::ALL[149];
    /// `hc2.cooloffdelay`: holding 2051.
    pub const HC2_COOLOFFDELAY: mm::RegisterDescriptor = descriptors::ALL[150];
    /// `hc2.switchprogmode`: holding 2052.
    pub const HC2_SWITCHPROGMODE: mm::RegisterDescriptor = descriptors::ALL[151];
    /// `hc2.redthreshold`: holding 2053.
    pub const HC2_REDTHRESHOLD: mm::RegisterDescriptor = descriptors::ALL[152];
    /// `hc2.solarinfl`: holding 2054.
    pub const HC2_SOLARINFL: mm::RegisterDescriptor = descriptors::ALL[153];
    /// `hc2.currsolarinfl`: holding 2055.
    pub const HC2_CURRSOLARINFL: mm::RegisterDescriptor = descriptors::ALL[154];
    /// `hc2.heatingpid`: holding 2056.
    pub const HC2_HEATINGPID: mm::RegisterDescriptor = descriptors::ALL[155];
    /// `hc2.pumpopt`: holding 2057.
    pub const HC2_PUMPOPT: mm::RegisterDescriptor = descriptors::ALL[156];
    /// `hc2.inttimefloor`: holding 2058.
    pub const HC2_INTTIMEFLOOR: mm::RegisterDescriptor = descriptors::ALL[157];
    /// `hc2.inttime`: holding 2059.
    pub const HC2_INTTIME: mm::RegisterDescriptor = descriptors::ALL[158];
    /// `hc3.seltemp`: holding 3000.
    pub const HC3_SELTEMP: mm::RegisterDescriptor = descriptors::ALL[159];
    /// `hc3.currtemp`: holding 3001.
    pub const HC3_CURRTEMP: mm::RegisterDescriptor = descriptors::ALL[160];
    /// `hc3.haclimate`: holding 3002.
    pub const HC3_HACLIMATE: mm::RegisterDescriptor = descriptors::ALL[161];
    /// `hc3.mode`: holding 3003.
    pub const HC3_MODE: mm::RegisterDescriptor = descriptors::ALL[162];
    /// `hc3.modetype`: holding 3004.
    pub const HC3_MODETYPE: mm::RegisterDescriptor = descriptors::ALL[163];
    /// `hc3.ecotemp`: holding 3005.
    pub const HC3_ECOTEMP: mm::RegisterDescriptor = descriptors::ALL[164];
    /// `hc3.manualtemp`: holding 3006.
    pub const HC3_MANUALTEMP: mm::RegisterDescriptor = descriptors::ALL[165];
    /// `hc3.comforttemp`: holding 3007.
    pub const HC3_COMFORTTEMP: mm::RegisterDescriptor = descriptors::ALL[166];
    /// `hc3.summertemp`: holding 3008.
    pub const HC3_SUMMERTEMP: mm::RegisterDescriptor = descriptors::ALL[167];
    /// `hc3.designtemp`: holding 3009.
    pub const HC3_DESIGNTEMP: mm::RegisterDescriptor = descriptors::ALL[168];
    /// `hc3.offsettemp`: holding 3010.
    pub const HC3_OFFSETTEMP: mm::RegisterDescriptor = descriptors::ALL[169];
    /// `hc3.minflowtemp`: holding 3011.
    pub const HC3_MINFLOWTEMP: mm::RegisterDescriptor = descriptors::ALL[170];
    /// `hc3.maxflowtemp`: holding 3012.
    pub const HC3_MAXFLOWTEMP: mm::RegisterDescriptor = descriptors::ALL[171];
    /// `hc3.roominfluence`: holding 3013.
    pub const HC3_ROOMINFLUENCE: mm::RegisterDescriptor = descriptors::ALL[172];
    /// `hc3.roominflfactor`: holding 3014.
    pub const HC3_ROOMINFLFACTOR: mm::RegisterDescriptor = descriptors::ALL[173];
    /// `hc3.curroominfl`: holding 3015.
    pub const HC3_CURROOMINFL: mm::RegisterDescriptor = descriptors::ALL[174];
    /// `hc3.nofrostmode`: holding 3016.
    pub const HC3_NOFROSTMODE: mm::RegisterDescriptor = descriptors::ALL[175];
    /// `hc3.nofrosttemp`: holding 3017.
    pub const HC3_NOFROSTTEMP: mm::RegisterDescriptor = descriptors::ALL[176];
    /// `hc3.targetflowtemp`: holding 3018.
    pub const HC3_TARGETFLOWTEMP: mm::RegisterDescriptor = descriptors::ALL[177];
    /// `hc3.heatingtype`: holding 3019.
    pub const HC3_HEATINGTYPE: mm::RegisterDescriptor = descriptors::ALL[178];
    /// `hc3.summersetmode`: holding 3020.
    pub const HC3_SUMMERSETMODE: mm::RegisterDescriptor = descriptors::ALL[179];
    /// `hc3.hpoperatingmode`: holding 3021.
    pub const HC3_HPOPERATINGMODE: mm::RegisterDescriptor = descriptors::ALL[180];
    /// `hc3.summermode`: holding 3022.
    pub const HC3_SUMMERMODE: mm::RegisterDescriptor = descriptors::ALL[181];
    /// `hc3.hpoperatingstate`: holding 3023.
    pub const HC3_HPOPERATINGSTATE: mm::RegisterDescriptor = descriptors::ALL[182];
    /// `hc3.vacationmode`: holding 3024.
    pub const HC3_VACATIONMODE: mm::RegisterDescriptor = descriptors::ALL[183];
    /// `hc3.controlmode`: holding 3025.
    pub const HC3_CONTROLMODE: mm::RegisterDescriptor = descriptors::ALL[184];
    /// `hc3.program`: holding 3026.
    pub const HC3_PROGRAM: mm::RegisterDescriptor = descriptors::ALL[185];
    /// `hc3.tempautotemp`: holding 3027.
    pub const HC3_TEMPAUTOTEMP: mm::RegisterDescriptor = descriptors::ALL[186];
    /// `hc3.cooltemp`: holding 3028.
    pub const HC3_COOLTEMP: mm::RegisterDescriptor = descriptors::ALL[187];
    /// `hc3.fastheatup`: holding 3029.
    pub const HC3_FASTHEATUP: mm::RegisterDescriptor = descriptors::ALL[188];
    /// `hc3.switchonoptimization`: holding 3030.
    pub const HC3_SWITCHONOPTIMIZATION: mm::RegisterDescriptor = descriptors::ALL[189];
    /// `hc3.reducemode`: holding 3031.
    pub const HC3_REDUCEMODE: mm::RegisterDescriptor = descriptors::ALL[190];
    /// `hc3.noreducetemp`: holding 3032.
    pub const HC3_NOREDUCETEMP: mm::RegisterDescriptor = descriptors::ALL[191];
    /// `hc3.reducetemp`: holding 3033.
    pub const HC3_REDUCETEMP: mm::RegisterDescriptor = descriptors::ALL[192];
    /// `hc3.dhwprio`: holding 3034.
    pub const HC3_DHWPRIO: mm::RegisterDescriptor = descriptors::ALL[193];
    /// `hc3.hpcooling`: holding 3035.
    pub const HC3_HPCOOLING: mm::RegisterDescriptor = descriptors::ALL[194];
    /// `hc3.coolingon`: holding 3036.
    pub const HC3_COOLINGON: mm::RegisterDescriptor = descriptors::ALL[195];
    /// `hc3.hpmode`: holding 3037.
    pub const HC3_HPMODE: mm::RegisterDescriptor = descriptors::ALL[196];
    /// `hc3.dewoffset`: holding 3038.
    pub const HC3_DEWOFFSET: mm::RegisterDescriptor = descriptors::ALL[197];
    /// `hc3.roomtempdiff`: holding 3039.
    pub const HC3_ROOMTEMPDIFF: mm::RegisterDescriptor = descriptors::ALL[198];
    /// `hc3.hpminflowtemp`: holding 3040.
    pub const HC3_HPMINFLOWTEMP: mm::RegisterDescriptor = descriptors::ALL[199];
    /// `hc3.control`: holding 3041.
    pub const HC3_CONTROL: mm::RegisterDescriptor = descriptors::ALL[200];
    /// `hc3.remotetemp`: holding 3042.
    pub const HC3_REMOTETEMP: mm::RegisterDescriptor = descriptors::ALL[201];
    /// `hc3.remotehum`: holding 3043.
    pub const HC3_REMOTEHUM: mm::RegisterDescriptor = descriptors::ALL[202];
    /// `hc3.heatondelay`: holding 3044.
    pub const HC3_HEATONDELAY: mm::RegisterDescriptor = descriptors::ALL[203];
    /// `hc3.heatoffdelay`: holding 3045.
    pub const HC3_HEATOFFDELAY: mm::RegisterDescriptor = descriptors::ALL[204];
    /// `hc3.instantstart`: holding 3046.
    pub const HC3_INSTANTSTART: mm::RegisterDescriptor = descriptors::ALL[205];
    /// `hc3.boost`: holding 3047.
    pub const HC3_BOOST: mm::RegisterDescriptor = descriptors::ALL[206];
    /// `hc3.boosttime`: holding 3048.
    pub const HC3_BOOSTTIME: mm::RegisterDescriptor = descriptors::ALL[207];
    /// `hc3.coolstart`: holding 3049.
    pub const HC3_COOLSTART: mm::RegisterDescriptor = descriptors::ALL[208];
    /// `hc3.coolondelay`: holding 3050.
    pub const HC3_COOLONDELAY: mm::RegisterDescriptor = descriptors::ALL[209];
    /// `hc3.cooloffdelay`: holding 3051.
    pub const HC3_COOLOFFDELAY: mm::RegisterDescriptor = descriptors::ALL[210];
    /// `hc3.switchprogmode`: holding 3052.
    pub const HC3_SWITCHPROGMODE: mm::RegisterDescriptor = descriptors::ALL[211];
    /// `hc3.redthreshold`: holding 3053.
    pub const HC3_REDTHRESHOLD: mm::RegisterDescriptor = descriptors::ALL[212];
    /// `hc3.solarinfl`: holding 3054.
    pub const HC3_SOLARINFL: mm::RegisterDescriptor = descriptors::ALL[213];
    /// `hc3.currsolarinfl`: holding 3055.
    pub const HC3_CURRSOLARINFL: mm::RegisterDescriptor = descriptors::ALL[214];
    /// `hc3.heatingpid`: holding 3056.
    pub const HC3_HEATINGPID: mm::RegisterDescriptor = descriptors::ALL[215];
    /// `hc3.pumpopt`: holding 3057.
    pub const HC3_PUMPOPT: mm::RegisterDescriptor = descriptors::ALL[216];
    /// `hc3.inttimefloor`: holding 3058.
    pub const HC3_INTTIMEFLOOR: mm::RegisterDescriptor = descriptors::ALL[217];
    /// `hc3.inttime`: holding 3059.
    pub const HC3_INTTIME: mm::RegisterDescriptor = descriptors::ALL[218];
    /// `hc4.seltemp`: holding 4000.
    pub const HC4_SELTEMP: mm::RegisterDescriptor = descriptors::ALL[219];
    /// `hc4.currtemp`: holding 4001.
    pub const HC4_CURRTEMP: mm::RegisterDescriptor = descriptors::ALL[220];
    /// `hc4.haclimate`: holding 4002.
    pub const HC4_HACLIMATE: mm::RegisterDescriptor = descriptors::ALL[221];
    /// `hc4.mode`: holding 4003.
    pub const HC4_MODE: mm::RegisterDescriptor = descriptors::ALL[222];
    /// `hc4.modetype`: holding 4004.
    pub const HC4_MODETYPE: mm::RegisterDescriptor = descriptors::ALL[223];
    /// `hc4.ecotemp`: holding 4005.
    pub const HC4_ECOTEMP: mm::RegisterDescriptor = descriptors::ALL[224];
    /// `hc4.manualtemp`: holding 4006.
    pub const HC4_MANUALTEMP: mm::RegisterDescriptor = descriptors::ALL[225];
    /// `hc4.comforttemp`: holding 4007.
    pub const HC4_COMFORTTEMP: mm::RegisterDescriptor = descriptors::ALL[226];
    /// `hc4.summertemp`: holding 4008.
    pub const HC4_SUMMERTEMP: mm::RegisterDescriptor = descriptors::ALL[227];
    /// `hc4.designtemp`: holding 4009.
    pub const HC4_DESIGNTEMP: mm::RegisterDescriptor = descriptors::ALL[228];
    /// `hc4.offsettemp`: holding 4010.
    pub const HC4_OFFSETTEMP: mm::RegisterDescriptor = descriptors::ALL[229];
    /// `hc4.minflowtemp`: holding 4011.
    pub const HC4_MINFLOWTEMP: mm::RegisterDescriptor = descriptors::ALL[230];
    /// `hc4.maxflowtemp`: holding 4012.
    pub const HC4_MAXFLOWTEMP: mm::RegisterDescriptor = descriptors::ALL[231];
    /// `hc4.roominfluence`: holding 4013.
    pub const HC4_ROOMINFLUENCE: mm::RegisterDescriptor = descriptors::ALL[232];
    /// `hc4.roominflfactor`: holding 4014.
    pub const HC4_ROOMINFLFACTOR: mm::RegisterDescriptor = descriptors::ALL[233];
    /// `hc4.curroominfl`: holding 4015.
    pub const HC4_CURROOMINFL: mm::RegisterDescriptor = descriptors::ALL[234];
    /// `hc4.nofrostmode`: holding 4016.
    pub const HC4_NOFROSTMODE: mm::RegisterDescriptor = descriptors::ALL[235];
    /// `hc4.nofrosttemp`: holding 4017.
    pub const HC4_NOFROSTTEMP: mm::RegisterDescriptor = descriptors::ALL[236];
    /// `hc4.targetflowtemp`: holding 4018.
    pub const HC4_TARGETFLOWTEMP: mm::RegisterDescriptor = descriptors::ALL[237];
    /// `hc4.heatingtype`: holding 4019.
    pub const HC4_HEATINGTYPE: mm::RegisterDescriptor = descriptors::ALL[238];
    /// `hc4.summersetmode`: holding 4020.
    pub const HC4_SUMMERSETMODE: mm::RegisterDescriptor = descriptors::ALL[239];
    /// `hc4.hpoperatingmode`: holding 4021.
    pub const HC4_HPOPERATINGMODE: mm::RegisterDescriptor = descriptors::ALL[240];
    /// `hc4.summermode`: holding 4022.
    pub const HC4_SUMMERMODE: mm::RegisterDescriptor = descriptors::ALL[241];
    /// `hc4.hpoperatingstate`: holding 4023.
    pub const HC4_HPOPERATINGSTATE: mm::RegisterDescriptor = descriptors::ALL[242];
    /// `hc4.vacationmode`: holding 4024.
    pub const HC4_VACATIONMODE: mm::RegisterDescriptor = descriptors::ALL[243];
    /// `hc4.controlmode`: holding 4025.
    pub const HC4_CONTROLMODE: mm::RegisterDescriptor = descriptors::ALL[244];
    /// `hc4.program`: holding 4026.
    pub const HC4_PROGRAM: mm::RegisterDescriptor = descriptors::ALL[245];
    /// `hc4.tempautotemp`: holding 4027.
    pub const HC4_TEMPAUTOTEMP: mm::RegisterDescriptor = descriptors::ALL[246];
    /// `hc4.cooltemp`: holding 4028.
    pub const HC4_COOLTEMP: mm::RegisterDescriptor = descriptors::ALL[247];
    /// `hc4.fastheatup`: holding 4029.
    pub const HC4_FASTHEATUP: mm::RegisterDescriptor = descriptors::ALL[248];
    /// `hc4.switchonoptimization`: holding 4030.
    pub const HC4_SWITCHONOPTIMIZATION: mm::RegisterDescriptor = descriptors::ALL[249];
    /// `hc4.reducemode`: holding 4031.
    pub const HC4_REDUCEMODE: mm::RegisterDescriptor = descriptors::ALL[250];
    /// `hc4.noreducetemp`: holding 4032.
    pub const HC4_NOREDUCETEMP: mm::RegisterDescriptor = descriptors::ALL[251];
    /// `hc4.reducetemp`: holding 4033.
    pub const HC4_REDUCETEMP: mm::RegisterDescriptor = descriptors::ALL[252];
    /// `hc4.dhwprio`: holding 4034.
    pub const HC4_DHWPRIO: mm::RegisterDescriptor = descriptors::ALL[253];
    /// `hc4.hpcooling`: holding 4035.
    pub const HC4_HPCOOLING: mm::RegisterDescriptor = descriptors::ALL[254];
    /// `hc4.coolingon`: holding 4036.
    pub const HC4_COOLINGON: mm::RegisterDescriptor = descriptors::ALL[255];
    /// `hc4.hpmode`: holding 4037.
    pub const HC4_HPMODE: mm::RegisterDescriptor = descriptors::ALL[256];
    /// `hc4.dewoffset`: holding 4038.
    pub const HC4_DEWOFFSET: mm::RegisterDescriptor = descriptors::ALL[257];
    /// `hc4.roomtempdiff`: holding 4039.
    pub const HC4_ROOMTEMPDIFF: mm::RegisterDescriptor = descriptors::ALL[258];
    /// `hc4.hpminflowtemp`: holding 4040.
    pub const HC4_HPMINFLOWTEMP: mm::RegisterDescriptor = descriptors::ALL[259];
    /// `hc4.control`: holding 4041.
    pub const HC4_CONTROL: mm::RegisterDescriptor = descriptors::ALL[260];
    /// `hc4.remotetemp`: holding 4042.
    pub const HC4_REMOTETEMP: mm::RegisterDescriptor = descriptors::ALL[261];
    /// `hc4.remotehum`: holding 4043.
    pub const HC4_REMOTEHUM: mm::RegisterDescriptor = descriptors::ALL[262];
    /// `hc4.heatondelay`: holding 4044.
    pub const HC4_HEATONDELAY: mm::RegisterDescriptor = descriptors::ALL[263];
    /// `hc4.heatoffdelay`: holding 4045.
    pub const HC4_HEATOFFDELAY: mm::RegisterDescriptor = descriptors::ALL[264];
    /// `hc4.instantstart`: holding 4046.
    pub const HC4_INSTANTSTART: mm::RegisterDescriptor = descriptors::ALL[265];
    /// `hc4.boost`: holding 4047.
    pub const HC4_BOOST: mm::RegisterDescriptor = descriptors::ALL[266];
    /// `hc4.boosttime`: holding 4048.
    pub const HC4_BOOSTTIME: mm::RegisterDescriptor = descriptors::ALL[267];
    /// `hc4.coolstart`: holding 4049.
    pub const HC4_COOLSTART: mm::RegisterDescriptor = descriptors::ALL[268];
    /// `hc4.coolondelay`: holding 4050.
    pub const HC4_COOLONDELAY: mm::RegisterDescriptor = descriptors::ALL[269];
    /// `hc4.cooloffdelay`: holding 4051.
    pub const HC4_COOLOFFDELAY: mm::RegisterDescriptor = descriptors::ALL[270];
    /// `hc4.switchprogmode`: holding 4052.
    pub const HC4_SWITCHPROGMODE: mm::RegisterDescriptor = descriptors::ALL[271];
    /// `hc4.redthreshold`: holding 4053.
    pub const HC4_REDTHRESHOLD: mm::RegisterDescriptor = descriptors::ALL[272];
    /// `hc4.solarinfl`: holding 4054.
    pub const HC4_SOLARINFL: mm::RegisterDescriptor = descriptors::ALL[273];
    /// `hc4.currsolarinfl`: holding 4055.
    pub const HC4_CURRSOLARINFL: mm::RegisterDescriptor = descriptors::ALL[274];
    /// `hc4.heatingpid`: holding 4056.
    pub const HC4_HEATINGPID: mm::RegisterDescriptor = descriptors::ALL[275];
    /// `hc4.pumpopt`: holding 4057.
    pub const HC4_PUMPOPT: mm::RegisterDescriptor = descriptors::ALL[276];
    /// `hc4.inttimefloor`: holding 4058.
    pub const HC4_INTTIMEFLOOR: mm::RegisterDescriptor = descriptors::ALL[277];
    /// `hc4.inttime`: holding 4059.
    pub const HC4_INTTIME: mm::RegisterDescriptor = descriptors::ALL[278];
    /// `hc5.seltemp`: holding 5000.
    pub const HC5_SELTEMP: mm::RegisterDescriptor = descriptors::ALL[279];
    /// `hc5.currtemp`: holding 5001.
    pub const HC5_CURRTEMP: mm::RegisterDescriptor = descriptors::ALL[280];
    /// `hc5.haclimate`: holding 5002.
    pub const HC5_HACLIMATE: mm::RegisterDescriptor = descriptors::ALL[281];
    /// `hc5.mode`: holding 5003.
    pub const HC5_MODE: mm::RegisterDescriptor = descriptors::ALL[282];
    /// `hc5.modetype`: holding 5004.
    pub const HC5_MODETYPE: mm::RegisterDescriptor = descriptors::ALL[283];
    /// `hc5.ecotemp`: holding 5005.
    pub const HC5_ECOTEMP: mm::RegisterDescriptor = descriptors::ALL[284];
    /// `hc5.manualtemp`: holding 5006.
    pub const HC5_MANUALTEMP: mm::RegisterDescriptor = descriptors::ALL[285];
    /// `hc5.comforttemp`: holding 5007.
    pub const HC5_COMFORTTEMP: mm::RegisterDescriptor = descriptors::ALL[286];
    /// `hc5.summertemp`: holding 5008.
    pub const HC5_SUMMERTEMP: mm::RegisterDescriptor = descriptors::ALL[287];
    /// `hc5.designtemp`: holding 5009.
    pub const HC5_DESIGNTEMP: mm::RegisterDescriptor = descriptors::ALL[288];
    /// `hc5.offsettemp`: holding 5010.
    pub const HC5_OFFSETTEMP: mm::RegisterDescriptor = descriptors::ALL[289];
    /// `hc5.minflowtemp`: holding 5011.
    pub const HC5_MINFLOWTEMP: mm::RegisterDescriptor = descriptors::ALL[290];
    /// `hc5.maxflowtemp`: holding 5012.
    pub const HC5_MAXFLOWTEMP: mm::RegisterDescriptor = descriptors::ALL[291];
    /// `hc5.roominfluence`: holding 5013.
    pub const HC5_ROOMINFLUENCE: mm::RegisterDescriptor = descriptors::ALL[292];
    /// `hc5.roominflfactor`: holding 5014.
    pub const HC5_ROOMINFLFACTOR: mm::RegisterDescriptor = descriptors::ALL[293];
    /// `hc5.curroominfl`: holding 5015.
    pub const HC5_CURROOMINFL: mm::RegisterDescriptor = descriptors::ALL[294];
    /// `hc5.nofrostmode`: holding 5016.
    pub const HC5_NOFROSTMODE: mm::RegisterDescriptor = descriptors::ALL[295];
    /// `hc5.nofrosttemp`: holding 5017.
    pub const HC5_NOFROSTTEMP: mm::RegisterDescriptor = descriptors::ALL[296];
    /// `hc5.targetflowtemp`: holding 5018.
    pub const HC5_TARGETFLOWTEMP: mm::RegisterDescriptor = descriptors::ALL[297];
    /// `hc5.heatingtype`: holding 5019.
    pub const HC5_HEATINGTYPE: mm::RegisterDescriptor = descriptors::ALL[298];
    /// `hc5.summersetmode`: holding 5020.
    pub const HC5_SUMMERSETMODE: mm::RegisterDescriptor = descriptors::ALL[299];
    /// `hc5.hpoperatingmode`: holding 5021.
    pub const HC5_HPOPERATINGMODE: mm::RegisterDescriptor = descriptors::ALL[300];
    /// `hc5.summermode`: holding 5022.
    pub const HC5_SUMMERMODE: mm::RegisterDescriptor = descriptors::ALL[301];
    /// `hc5.hpoperatingstate`: holding 5023.
    pub const HC5_HPOPERATINGSTATE: mm::RegisterDescriptor = descriptors::ALL[302];
    /// `hc5.vacationmode`: holding 5024.
    pub const HC5_VACATIONMODE: mm::RegisterDescriptor = descriptors::ALL[303];
    /// `hc5.controlmode`: holding 5025.
    pub const HC5_CONTROLMODE: mm::RegisterDescriptor = descriptors::ALL[304];
    /// `hc5.program`: holding 5026.
    pub const HC5_PROGRAM: mm::RegisterDescriptor = descriptors::ALL[305];
    /// `hc5.tempautotemp`: holding 5027.
    pub const HC5_TEMPAUTOTEMP: mm::RegisterDescriptor = descriptors::ALL[306];
    /// `hc5.cooltemp`: holding 5028.
    pub const HC5_COOLTEMP: mm::RegisterDescriptor = descriptors::ALL[307];
    /// `hc5.fastheatup`: holding 5029.
    pub const HC5_FASTHEATUP: mm::RegisterDescriptor = descriptors::ALL[308];
    /// `hc5.switchonoptimization`: holding 5030.
    pub const HC5_SWITCHONOPTIMIZATION: mm::RegisterDescriptor = descriptors::ALL[309];
    /// `hc5.reducemode`: holding 5031.
    pub const HC5_REDUCEMODE: mm::RegisterDescriptor = descriptors::ALL[310];
    /// `hc5.noreducetemp`: holding 5032.
    pub const HC5_NOREDUCETEMP: mm::RegisterDescriptor = descriptors::ALL[311];
    /// `hc5.reducetemp`: holding 5033.
    pub const HC5_REDUCETEMP: mm::RegisterDescriptor = descriptors::ALL[312];
    /// `hc5.dhwprio`: holding 5034.
    pub const HC5_DHWPRIO: mm::RegisterDescriptor = descriptors::ALL[313];
    /// `hc5.hpcooling`: holding 5035.
    pub const HC5_HPCOOLING: mm::RegisterDescriptor = descriptors::ALL[314];
    /// `hc5.coolingon`: holding 5036.
    pub const HC5_COOLINGON: mm::RegisterDescriptor = descriptors::ALL[315];
    /// `hc5.hpmode`: holding 5037.
    pub const HC5_HPMODE: mm::RegisterDescriptor = descriptors::ALL[316];
    /// `hc5.dewoffset`: holding 5038.
    pub const HC5_DEWOFFSET: mm::RegisterDescriptor = descriptors::ALL[317];
    /// `hc5.roomtempdiff`: holding 5039.
    pub const HC5_ROOMTEMPDIFF: mm::RegisterDescriptor = descriptors::ALL[318];
    /// `hc5.hpminflowtemp`: holding 5040.
    pub const HC5_HPMINFLOWTEMP: mm::RegisterDescriptor = descriptors::ALL[319];
    /// `hc5.control`: holding 5041.
    pub const HC5_CONTROL: mm::RegisterDescriptor = descriptors::ALL[320];
    /// `hc5.remotetemp`: holding 5042.
    pub const HC5_REMOTETEMP: mm::RegisterDescriptor = descriptors::ALL[321];
    /// `hc5.remotehum`: holding 5043.
    pub const HC5_REMOTEHUM: mm::RegisterDescriptor = descriptors::ALL[322];
    /// `hc5.heatondelay`: holding 5044.
    pub const HC5_HEATONDELAY: mm::RegisterDescriptor = descriptors::ALL[323];
    /// `hc5.heatoffdelay`: holding 5045.
    pub const HC5_HEATOFFDELAY: mm::RegisterDescriptor = descriptors::ALL[324];
    /// `hc5.instantstart`: holding 5046.
    pub const HC5_INSTANTSTART: mm::RegisterDescriptor = descriptors::ALL[325];
    /// `hc5.boost`: holding 5047.
    pub const HC5_BOOST: mm::RegisterDescriptor = descriptors::ALL[326];
    /// `hc5.boosttime`: holding 5048.
    pub const HC5_BOOSTTIME: mm::RegisterDescriptor = descriptors::ALL[327];
    /// `hc5.coolstart`: holding 5049.
    pub const HC5_COOLSTART: mm::RegisterDescriptor = descriptors::ALL[328];
    /// `hc5.coolondelay`: holding 5050.
    pub const HC5_COOLONDELAY: mm::RegisterDescriptor = descriptors::ALL[329];
    /// `hc5.cooloffdelay`: holding 5051.
    pub const HC5_COOLOFFDELAY: mm::RegisterDescriptor = descriptors::ALL[330];
    /// `hc5.switchprogmode`: holding 5052.
    pub const HC5_SWITCHPROGMODE: mm::RegisterDescriptor = descriptors::ALL[331];
    /// `hc5.redthreshold`: holding 5053.
    pub const HC5_REDTHRESHOLD: mm::RegisterDescriptor = descriptors::ALL[332];
    /// `hc5.solarinfl`: holding 5054.
    pub const HC5_SOLARINFL: mm::RegisterDescriptor = descriptors::ALL[333];
    /// `hc5.currsolarinfl`: holding 5055.
    pub const HC5_CURRSOLARINFL: mm::RegisterDescriptor = descriptors::ALL[334];
    /// `hc5.heatingpid`: holding 5056.
    pub const HC5_HEATINGPID: mm::RegisterDescriptor = descriptors::ALL[335];
    /// `hc5.pumpopt`: holding 5057.
    pub const HC5_PUMPOPT: mm::RegisterDescriptor = descriptors::ALL[336];
    /// `hc5.inttimefloor`: holding 5058.
    pub const HC5_INTTIMEFLOOR: mm::RegisterDescriptor = descriptors::ALL[337];
    /// `hc5.inttime`: holding 5059.
    pub const HC5_INTTIME: mm::RegisterDescriptor = descriptors::ALL[338];
    /// `hc6.seltemp`: holding 6000.
    pub const HC6_SELTEMP: mm::RegisterDescriptor = descriptors::ALL[339];
    /// `hc6.currtemp`: holding 6001.
    pub const HC6_CURRTEMP: mm::RegisterDescriptor = descriptors::ALL[340];
    /// `hc6.haclimate`: holding 6002.
    pub const HC6_HACLIMATE: mm::RegisterDescriptor = descriptors::ALL[341];
    /// `hc6.mode`: holding 6003.
    pub const HC6_MODE: mm::RegisterDescriptor = descriptors::ALL[342];
    /// `hc6.modetype`: holding 6004.
    pub const HC6_MODETYPE: mm::RegisterDescriptor = descriptors::ALL[343];
    /// `hc6.ecotemp`: holding 6005.
    pub const HC6_ECOTEMP: mm::RegisterDescriptor = descriptors::ALL[344];
    /// `hc6.manualtemp`: holding 6006.
    pub const HC6_MANUALTEMP: mm::RegisterDescriptor = descriptors::ALL[345];
    /// `hc6.comforttemp`: holding 6007.
    pub const HC6_COMFORTTEMP: mm::RegisterDescriptor = descriptors::ALL[346];
    /// `hc6.summertemp`: holding 6008.
    pub const HC6_SUMMERTEMP: mm::RegisterDescriptor = descriptors::ALL[347];
    /// `hc6.designtemp`: holding 6009.
    pub const HC6_DESIGNTEMP: mm::RegisterDescriptor = descriptors::ALL[348];
    /// `hc6.offsettemp`: holding 6010.
    pub const HC6_OFFSETTEMP: mm::RegisterDescriptor = descriptors::ALL[349];
    /// `hc6.minflowtemp`: holding 6011.
    pub const HC6_MINFLOWTEMP: mm::RegisterDescriptor = descriptors::ALL[350];
    /// `hc6.maxflowtemp`: holding 6012.
    pub const HC6_MAXFLOWTEMP: mm::RegisterDescriptor = descriptors::ALL[351];
    /// `hc6.roominfluence`: holding 6013.
    pub const HC6_ROOMINFLUENCE: mm::RegisterDescriptor = descriptors::ALL[352];
    /// `hc6.roominflfactor`: holding 6014.
    pub const HC6_ROOMINFLFACTOR: mm::RegisterDescriptor = descriptors::ALL[353];
    /// `hc6.curroominfl`: holding 6015.
    pub const HC6_CURROOMINFL: mm::RegisterDescriptor = descriptors::ALL[354];
    /// `hc6.nofrostmode`: holding 6016.
    pub const HC6_NOFROSTMODE: mm::RegisterDescriptor = descriptors::ALL[355];
    /// `hc6.nofrosttemp`: holding 6017.
    pub const HC6_NOFROSTTEMP: mm::RegisterDescriptor = descriptors::ALL[356];
    /// `hc6.targetflowtemp`: holding 6018.
    pub const HC6_TARGETFLOWTEMP: mm::RegisterDescriptor = descriptors::ALL[357];
    /// `hc6.heatingtype`: holding 6019.
    pub const HC6_HEATINGTYPE: mm::RegisterDescriptor = descriptors::ALL[358];
    /// `hc6.summersetmode`: holding 6020.
    pub const HC6_SUMMERSETMODE: mm::RegisterDescriptor = descriptors::ALL[359];
    /// `hc6.hpoperatingmode`: holding 6021.
    pub const HC6_HPOPERATINGMODE: mm::RegisterDescriptor = descriptors::ALL[360];
    /// `hc6.summermode`: holding 6022.
    pub const HC6_SUMMERMODE: mm::RegisterDescriptor = descriptors::ALL[361];
    /// `hc6.hpoperatingstate`: holding 6023.
    pub const HC6_HPOPERATINGSTATE: mm::RegisterDescriptor = descriptors::ALL[362];
    /// `hc6.vacationmode`: holding 6024.
    pub const HC6_VACATIONMODE: mm::RegisterDescriptor = descriptors::ALL[363];
    /// `hc6.controlmode`: holding 6025.
    pub const HC6_CONTROLMODE: mm::RegisterDescriptor = descriptors::ALL[364];
    /// `hc6.program`: holding 6026.
    pub const HC6_PROGRAM: mm::RegisterDescriptor = descriptors::ALL[365];
    /// `hc6.tempautotemp`: holding 6027.
    pub const HC6_TEMPAUTOTEMP: mm::RegisterDescriptor = descriptors::ALL[366];
    /// `hc6.cooltemp`: holding 6028.
    pub const HC6_COOLTEMP: mm::RegisterDescriptor = descriptors::ALL[367];
    /// `hc6.fastheatup`: holding 6029.
    pub const HC6_FASTHEATUP: mm::RegisterDescriptor = descriptors::ALL[368];
    /// `hc6.switchonoptimization`: holding 6030.
    pub const HC6_SWITCHONOPTIMIZATION: mm::RegisterDescriptor = descriptors::ALL[369];
    /// `hc6.reducemode`: holding 6031.
    pub const HC6_REDUCEMODE: mm::RegisterDescriptor = descriptors::ALL[370];
    /// `hc6.noreducetemp`: holding 6032.
    pub const HC6_NOREDUCETEMP: mm::RegisterDescriptor = descriptors::ALL[371];
    /// `hc6.reducetemp`: holding 6033.
    pub const HC6_REDUCETEMP: mm::RegisterDescriptor = descriptors::ALL[372];
    /// `hc6.dhwprio`: holding 6034.
    pub const HC6_DHWPRIO: mm::RegisterDescriptor = descriptors::ALL[373];
    /// `hc6.hpcooling`: holding 6035.
    pub const HC6_HPCOOLING: mm::RegisterDescriptor = descriptors::ALL[374];
    /// `hc6.coolingon`: holding 6036.
    pub const HC6_COOLINGON: mm::RegisterDescriptor = descriptors::ALL[375];
    /// `hc6.hpmode`: holding 6037.
    pub const HC6_HPMODE: mm::RegisterDescriptor = descriptors::ALL[376];
    /// `hc6.dewoffset`: holding 6038.
    pub const HC6_DEWOFFSET: mm::RegisterDescriptor = descriptors::ALL[377];
    /// `hc6.roomtempdiff`: holding 6039.
    pub const HC6_ROOMTEMPDIFF: mm::RegisterDescriptor = descriptors::ALL[378];
    /// `hc6.hpminflowtemp`: holding 6040.
    pub const HC6_HPMINFLOWTEMP: mm::RegisterDescriptor = descriptors::ALL[379];
    /// `hc6.control`: holding 6041.
    pub const HC6_CONTROL: mm::RegisterDescriptor = descriptors::ALL[380];
    /// `hc6.remotetemp`: holding 6042.
    pub const HC6_REMOTETEMP: mm::RegisterDescriptor = descriptors::ALL[381];
    /// `hc6.remotehum`: holding 6043.
    pub const HC6_REMOTEHUM: mm::RegisterDescriptor = descriptors::ALL[382];
    /// `hc6.heatondelay`: holding 6044.
    pub const HC6_HEATONDELAY: mm::RegisterDescriptor = descriptors::ALL[383];
    /// `hc6.heatoffdelay`: holding 6045.
    pub const HC6_HEATOFFDELAY: mm::RegisterDescriptor = descriptors::ALL[384];
    /// `hc6.instantstart`: holding 6046.
    pub const HC6_INSTANTSTART: mm::RegisterDescriptor = descriptors::ALL[385];
    /// `hc6.boost`: holding 6047.
    pub const HC6_BOOST: mm::RegisterDescriptor = descriptors::ALL[386];
    /// `hc6.boosttime`: holding 6048.
    pub const HC6_BOOSTTIME: mm::RegisterDescriptor = descriptors::ALL[387];
    /// `hc6.coolstart`: holding 6049.
    pub const HC6_COOLSTART: mm::RegisterDescriptor = descriptors::ALL[388];
    /// `hc6.coolondelay`: holding 6050.
    pub const HC6_COOLONDELAY: mm::RegisterDescriptor = descriptors::ALL[389];
    /// `hc6.cooloffdelay`: holding 6051.
    pub const HC6_COOLOFFDELAY: mm::RegisterDescriptor = descriptors::ALL[390];
    /// `hc6.switchprogmode`: holding 6052.
    pub const HC6_SWITCHPROGMODE: mm::RegisterDescriptor = descriptors::ALL[391];
    /// `hc6.redthreshold`: holding 6053.
    pub const HC6_REDTHRESHOLD: mm::RegisterDescriptor = descriptors::ALL[392];
    /// `hc6.solarinfl`: holding 6054.
    pub const HC6_SOLARINFL: mm::RegisterDescriptor = descriptors::ALL[393];
    /// `hc6.currsolarinfl`: holding 6055.
    pub const HC6_CURRSOLARINFL: mm::RegisterDescriptor = descriptors::ALL[394];
    /// `hc6.heatingpid`: holding 6056.
    pub const HC6_HEATINGPID: mm::RegisterDescriptor = descriptors::ALL[395];
    /// `hc6.pumpopt`: holding 6057.
    pub const HC6_PUMPOPT: mm::RegisterDescriptor = descriptors::ALL[396];
    /// `hc6.inttimefloor`: holding 6058.
    pub const HC6_INTTIMEFLOOR: mm::RegisterDescriptor = descriptors::ALL[397];
    /// `hc6.inttime`: holding 6059.
    pub const HC6_INTTIME: mm::RegisterDescriptor = descriptors::ALL[398];
    /// `hc7.seltemp`: holding 7000.
    pub const HC7_SELTEMP: mm::RegisterDescriptor = descriptors::ALL[399];
    /// `hc7.currtemp`: holding 7001.
    pub const HC7_CURRTEMP: mm::RegisterDescriptor = descriptors::ALL[400];
    /// `hc7.haclimate`: holding 7002.
    pub const HC7_HACLIMATE: mm::RegisterDescriptor = descriptors::ALL[401];
    /// `hc7.mode`: holding 7003.
    pub const HC7_MODE: mm::RegisterDescriptor = descriptors::ALL[402];
    /// `hc7.modetype`: holding 7004.
    pub const HC7_MODETYPE: mm::RegisterDescriptor = descriptors::ALL[403];
    /// `hc7.ecotemp`: holding 7005.
    pub const HC7_ECOTEMP: mm::RegisterDescriptor = descriptors::ALL[404];
    /// `hc7.manualtemp`: holding 7006.
    pub const HC7_MANUALTEMP: mm::RegisterDescriptor = descriptors::ALL[405];
    /// `hc7.comforttemp`: holding 7007.
    pub const HC7_COMFORTTEMP: mm::RegisterDescriptor = descriptors::ALL[406];
    /// `hc7.summertemp`: holding 7008.
    pub const HC7_SUMMERTEMP: mm::RegisterDescriptor = descriptors::ALL[407];
    /// `hc7.designtemp`: holding 7009.
    pub const HC7_DESIGNTEMP: mm::RegisterDescriptor = descriptors::ALL[408];
    /// `hc7.offsettemp`: holding 7010.
    pub const HC7_OFFSETTEMP: mm::RegisterDescriptor = descriptors::ALL[409];
    /// `hc7.minflowtemp`: holding 7011.
    pub const HC7_MINFLOWTEMP: mm::RegisterDescriptor = descriptors::ALL[410];
    /// `hc7.maxflowtemp`: holding 7012.
    pub const HC7_MAXFLOWTEMP: mm::RegisterDescriptor = descriptors::ALL[411];
    /// `hc7.roominfluence`: holding 7013.
    pub const HC7_ROOMINFLUENCE: mm::RegisterDescriptor = descriptors::ALL[412];
    /// `hc7.roominflfactor`: holding 7014.
    pub const HC7_ROOMINFLFACTOR: mm::RegisterDescriptor = descriptors::ALL[413];
    /// `hc7.curroominfl`: holding 7015.
    pub const HC7_CURROOMINFL: mm::RegisterDescriptor = descriptors::ALL[414];
    /// `hc7.nofrostmode`: holding 7016.
    pub const HC7_NOFROSTMODE: mm::RegisterDescriptor = descriptors::ALL[415];
    /// `hc7.nofrosttemp`: holding 7017.
    pub const HC7_NOFROSTTEMP: mm::RegisterDescriptor = descriptors::ALL[416];
    /// `hc7.targetflowtemp`: holding 7018.
    pub const HC7_TARGETFLOWTEMP: mm::RegisterDescriptor = descriptors::ALL[417];
    /// `hc7.heatingtype`: holding 7019.
    pub const HC7_HEATINGTYPE: mm::RegisterDescriptor = descriptors::ALL[418];
    /// `hc7.summersetmode`: holding 7020.
    pub const HC7_SUMMERSETMODE: mm::RegisterDescriptor = descriptors::ALL[419];
    /// `hc7.hpoperatingmode`: holding 7021.
    pub const HC7_HPOPERATINGMODE: mm::RegisterDescriptor = descriptors::ALL[420];
    /// `hc7.summermode`: holding 7022.
    pub const HC7_SUMMERMODE: mm::RegisterDescriptor = descriptors::ALL[421];
    /// `hc7.hpoperatingstate`: holding 7023.
    pub const HC7_HPOPERATINGSTATE: mm::RegisterDescriptor = descriptors::ALL[422];
    /// `hc7.vacationmode`: holding 7024.
    pub const HC7_VACATIONMODE: mm::RegisterDescriptor = descriptors::ALL[423];
    /// `hc7.controlmode`: holding 7025.
    pub const HC7_CONTROLMODE: mm::RegisterDescriptor = descriptors::ALL[424];
    /// `hc7.program`: holding 7026.
    pub const HC7_PROGRAM: mm::RegisterDescriptor = descriptors::ALL[425];
    /// `hc7.tempautotemp`: holding 7027.
    pub const HC7_TEMPAUTOTEMP: mm::RegisterDescriptor = descriptors::ALL[426];
    /// `hc7.cooltemp`: holding 7028.
    pub const HC7_COOLTEMP: mm::RegisterDescriptor = descriptors::ALL[427];
    /// `hc7.fastheatup`: holding 7029.
    pub const HC7_FASTHEATUP: mm::RegisterDescriptor = descriptors::ALL[428];
    /// `hc7.switchonoptimization`: holding 7030.
    pub const HC7_SWITCHONOPTIMIZATION: mm::RegisterDescriptor = descriptors::ALL[429];
    /// `hc7.reducemode`: holding 7031.
    pub const HC7_REDUCEMODE: mm::RegisterDescriptor = descriptors::ALL[430];
    /// `hc7.noreducetemp`: holding 7032.
    pub const HC7_NOREDUCETEMP: mm::RegisterDescriptor = descriptors::ALL[431];
    /// `hc7.reducetemp`: holding 7033.
    pub const HC7_REDUCETEMP: mm::RegisterDescriptor = descriptors::ALL[432];
    /// `hc7.dhwprio`: holding 7034.
    pub const HC7_DHWPRIO: mm::RegisterDescriptor = descriptors::ALL[433];
    /// `hc7.hpcooling`: holding 7035.
    pub const HC7_HPCOOLING: mm::RegisterDescriptor = descriptors::ALL[434];
    /// `hc7.coolingon`: holding 7036.
    pub const HC7_COOLINGON: mm::RegisterDescriptor = descriptors::ALL[435];
    /// `hc7.hpmode`: holding 7037.
    pub const HC7_HPMODE: mm::RegisterDescriptor = descriptors::ALL[436];
    /// `hc7.dewoffset`: holding 7038.
    pub const HC7_DEWOFFSET: mm::RegisterDescriptor = descriptors::ALL[437];
    /// `hc7.roomtempdiff`: holding 7039.
    pub const HC7_ROOMTEMPDIFF: mm::RegisterDescriptor = descriptors::ALL[438];
    /// `hc7.hpminflowtemp`: holding 7040.
    pub const HC7_HPMINFLOWTEMP: mm::RegisterDescriptor = descriptors::ALL[439];
    /// `hc7.control`: holding 7041.
    pub const HC7_CONTROL: mm::RegisterDescriptor = descriptors::ALL[440];
    /// `hc7.remotetemp`: holding 7042.
    pub const HC7_REMOTETEMP: mm::RegisterDescriptor = descriptors::ALL[441];
    /// `hc7.remotehum`: holding 7043.
    pub const HC7_REMOTEHUM: mm::RegisterDescriptor = descriptors::ALL[442];
    /// `hc7.heatondelay`: holding 7044.
    pub const HC7_HEATONDELAY: mm::RegisterDescriptor = descriptors::ALL[443];
    /// `hc7.heatoffdelay`: holding 7045.
    pub const HC7_HEATOFFDELAY: mm::RegisterDescriptor = descriptors::ALL[444];
    /// `hc7.instantstart`: holding 7046.
    pub const HC7_INSTANTSTART: mm::RegisterDescriptor = descriptors::ALL[445];
    /// `hc7.boost`: holding 7047.
    pub const HC7_BOOST: mm::RegisterDescriptor = descriptors::ALL[446];
    /// `hc7.boosttime`: holding 7048.
    pub const HC7_BOOSTTIME: mm::RegisterDescriptor = descriptors::ALL[447];
    /// `hc7.coolstart`: holding 7049.
    pub const HC7_COOLSTART: mm::RegisterDescriptor = descriptors::ALL[448];
    /// `hc7.coolondelay`: holding 7050.
    pub const HC7_COOLONDELAY: mm::RegisterDescriptor = descriptors::ALL[449];
    /// `hc7.cooloffdelay`: holding 7051.
    pub const HC7_COOLOFFDELAY: mm::RegisterDescriptor = descriptors::ALL[450];
    /// `hc7.switchprogmode`: holding 7052.
    pub const HC7_SWITCHPROGMODE: mm::RegisterDescriptor = descriptors::ALL[451];
    /// `hc7.redthreshold`: holding 7053.
    pub const HC7_REDTHRESHOLD: mm::RegisterDescriptor = descriptors::ALL[452];
    /// `hc7.solarinfl`: holding 7054.
    pub const HC7_SOLARINFL: mm::RegisterDescriptor = descriptors::ALL[453];
    /// `hc7.currsolarinfl`: holding 7055.
    pub const HC7_CURRSOLARINFL: mm::RegisterDescriptor = descriptors::ALL[454];
    /// `hc7.heatingpid`: holding 7056.
    pub const HC7_HEATINGPID: mm::RegisterDescriptor = descriptors::ALL[455];
    /// `hc7.pumpopt`: holding 7057.
    pub const HC7_PUMPOPT: mm::RegisterDescriptor = descriptors::ALL[456];
    /// `hc7.inttimefloor`: holding 7058.
    pub const HC7_INTTIMEFLOOR: mm::RegisterDescriptor = descriptors::ALL[457];
    /// `hc7.inttime`: holding 7059.
    pub const HC7_INTTIME: mm::RegisterDescriptor = descriptors::ALL[458];
    /// `hc8.seltemp`: holding 8000.
    pub const HC8_SELTEMP: mm::RegisterDescriptor = descriptors::ALL[459];
    /// `hc8.currtemp`: holding 8001.
    pub const HC8_CURRTEMP: mm::RegisterDescriptor = descriptors::ALL[460];
    /// `hc8.haclimate`: holding 8002.
    pub const HC8_HACLIMATE: mm::RegisterDescriptor = descriptors::ALL[461];
    /// `hc8.mode`: holding 8003.
    pub const HC8_MODE: mm::RegisterDescriptor = descriptors::ALL[462];
    /// `hc8.modetype`: holding 8004.
    pub const HC8_MODETYPE: mm::RegisterDescriptor = descriptors::ALL[463];
    /// `hc8.ecotemp`: holding 8005.
    pub const HC8_ECOTEMP: mm::RegisterDescriptor = descriptors::ALL[464];
    /// `hc8.manualtemp`: holding 8006.
    pub const HC8_MANUALTEMP: mm::RegisterDescriptor = descriptors::ALL[465];
    /// `hc8.comforttemp`: holding 8007.
    pub const HC8_COMFORTTEMP: mm::RegisterDescriptor = descriptors::ALL[466];
    /// `hc8.summertemp`: holding 8008.
    pub const HC8_SUMMERTEMP: mm::RegisterDescriptor = descriptors::ALL[467];
    /// `hc8.designtemp`: holding 8009.
    pub const HC8_DESIGNTEMP: mm::RegisterDescriptor = descriptors::ALL[468];
    /// `hc8.offsettemp`: holding 8010.
    pub const HC8_OFFSETTEMP: mm::RegisterDescriptor = descriptors::ALL[469];
    /// `hc8.minflowtemp`: holding 8011.
    pub const HC8_MINFLOWTEMP: mm::RegisterDescriptor = descriptors::ALL[470];
    /// `hc8.maxflowtemp`: holding 8012.
    pub const HC8_MAXFLOWTEMP: mm::RegisterDescriptor = descriptors::ALL[471];
    /// `hc8.roominfluence`: holding 8013.
    pub const HC8_ROOMINFLUENCE: mm::RegisterDescriptor = descriptors::ALL[472];
    /// `hc8.roominflfactor`: holding 8014.
    pub const HC8_ROOMINFLFACTOR: mm::RegisterDescriptor = descriptors::ALL[473];
    /// `hc8.curroominfl`: holding 8015.
    pub const HC8_CURROOMINFL: mm::RegisterDescriptor = descriptors::ALL[474];
    /// `hc8.nofrostmode`: holding 8016.
    pub const HC8_NOFROSTMODE: mm::RegisterDescriptor = descriptors::ALL[475];
    /// `hc8.nofrosttemp`: holding 8017.
    pub const HC8_NOFROSTTEMP: mm::RegisterDescriptor = descriptors::ALL[476];
    /// `hc8.targetflowtemp`: holding 8018.
    pub const HC8_TARGETFLOWTEMP: mm::RegisterDescriptor = descriptors::ALL[477];
    /// `hc8.heatingtype`: holding 8019.
    pub const HC8_HEATINGTYPE: mm::RegisterDescriptor = descriptors::ALL[478];
    /// `hc8.summersetmode`: holding 8020.
    pub const HC8_SUMMERSETMODE: mm::RegisterDescriptor = descriptors::ALL[479];
    /// `hc8.hpoperatingmode`: holding 8021.
    pub const HC8_HPOPERATINGMODE: mm::RegisterDescriptor = descriptors::ALL[480];
    /// `hc8.summermode`: holding 8022.
    pub const HC8_SUMMERMODE: mm::RegisterDescriptor = descriptors::ALL[481];
    /// `hc8.hpoperatingstate`: holding 8023.
    pub const HC8_HPOPERATINGSTATE: mm::RegisterDescriptor = descriptors::ALL[482];
    /// `hc8.vacationmode`: holding 8024.
    pub const HC8_VACATIONMODE: mm::RegisterDescriptor = descriptors::ALL[483];
    /// `hc8.controlmode`: holding 8025.
    pub const HC8_CONTROLMODE: mm::RegisterDescriptor = descriptors::ALL[484];
    /// `hc8.program`: holding 8026.
    pub const HC8_PROGRAM: mm::RegisterDescriptor = descriptors::ALL[485];
    /// `hc8.tempautotemp`: holding 8027.
    pub const HC8_TEMPAUTOTEMP: mm::RegisterDescriptor = descriptors::ALL[486];
    /// `hc8.cooltemp`: holding 8028.
    pub const HC8_COOLTEMP: mm::RegisterDescriptor = descriptors::ALL[487];
    /// `hc8.fastheatup`: holding 8029.
    pub const HC8_FASTHEATUP: mm::RegisterDescriptor = descriptors::ALL[488];
    /// `hc8.switchonoptimization`: holding 8030.
    pub const HC8_SWITCHONOPTIMIZATION: mm::RegisterDescriptor = descriptors::ALL[489];
    /// `hc8.reducemode`: holding 8031.
    pub const HC8_REDUCEMODE: mm::RegisterDescriptor = descriptors::ALL[490];
    /// `hc8.noreducetemp`: holding 8032.
    pub const HC8_NOREDUCETEMP: mm::RegisterDescriptor = descriptors::ALL[491];
    /// `hc8.reducetemp`: holding 8033.
    pub const HC8_REDUCETEMP: mm::RegisterDescriptor = descriptors::ALL[492];
    /// `hc8.dhwprio`: holding 8034.
    pub const HC8_DHWPRIO: mm::RegisterDescriptor = descriptors::ALL[493];
    /// `hc8.hpcooling`: holding 8035.
    pub const HC8_HPCOOLING: mm::RegisterDescriptor = descriptors::ALL[494];
    /// `hc8.coolingon`: holding 8036.
    pub const HC8_COOLINGON: mm::RegisterDescriptor = descriptors::ALL[495];
    /// `hc8.hpmode`: holding 8037.
    pub const HC8_HPMODE: mm::RegisterDescriptor = descriptors::ALL[496];
    /// `hc8.dewoffset`: holding 8038.
    pub const HC8_DEWOFFSET: mm::RegisterDescriptor = descriptors::ALL[497];
    /// `hc8.roomtempdiff`: holding 8039.
    pub const HC8_ROOMTEMPDIFF: mm::RegisterDescriptor = descriptors::ALL[498];
    /// `hc8.hpminflowtemp`: holding 8040.
    pub const HC8_HPMINFLOWTEMP: mm::RegisterDescriptor = descriptors::ALL[499];
    /// `hc8.control`: holding 8041.
    pub const HC8_CONTROL: mm::RegisterDescriptor = descriptors::ALL[500];
    /// `hc8.remotetemp`: holding 8042.
    pub const HC8_REMOTETEMP: mm::RegisterDescriptor = descriptors::ALL[501];
    /// `hc8.remotehum`: holding 8043.
    pub const HC8_REMOTEHUM: mm::RegisterDescriptor = descriptors::ALL[502];
    /// `hc8.heatondelay`: holding 8044.
    pub const HC8_HEATONDELAY: mm::RegisterDescriptor = descriptors::ALL[503];
    /// `hc8.heatoffdelay`: holding 8045.
    pub const HC8_HEATOFFDELAY: mm::RegisterDescriptor = descriptors::ALL[504];
    /// `hc8.instantstart`: holding 8046.
    pub const HC8_INSTANTSTART: mm::RegisterDescriptor = descriptors::ALL[505];
    /// `hc8.boost`: holding 8047.
    pub const HC8_BOOST: mm::RegisterDescriptor = descriptors::ALL[506];
    /// `hc8.boosttime`: holding 8048.
    pub const HC8_BOOSTTIME: mm::RegisterDescriptor = descriptors::ALL[507];
    /// `hc8.coolstart`: holding 8049.
    pub const HC8_COOLSTART: mm::RegisterDescriptor = descriptors::ALL[508];
    /// `hc8.coolondelay`: holding 8050.
    pub const HC8_COOLONDELAY: mm::RegisterDescriptor = descriptors::ALL[509];
    /// `hc8.cooloffdelay`: holding 8051.
    pub const HC8_COOLOFFDELAY: mm::RegisterDescriptor = descriptors::ALL[510];
    /// `hc8.switchprogmode`: holding 8052.
    pub const HC8_SWITCHPROGMODE: mm::RegisterDescriptor = descriptors::ALL[511];
    /// `hc8.redthreshold`: holding 8053.
    pub const HC8_REDTHRESHOLD: mm::RegisterDescriptor = descriptors::ALL[512];
    /// `hc8.solarinfl`: holding 8054.
    pub const HC8_SOLARINFL: mm::RegisterDescriptor = descriptors::ALL[513];
    /// `hc8.currsolarinfl`: holding 8055.
    pub const HC8_CURRSOLARINFL: mm::RegisterDescriptor = descriptors::ALL[514];
    /// `hc8.heatingpid`: holding 8056.
    pub const HC8_HEATINGPID: mm::RegisterDescriptor = descriptors::ALL[515];
    /// `hc8.pumpopt`: holding 8057.
    pub const HC8_PUMPOPT: mm::RegisterDescriptor = descriptors::ALL[516];
    /// `hc8.inttimefloor`: holding 8058.
    pub const HC8_INTTIMEFLOOR: mm::RegisterDescriptor = descriptors::ALL[517];
    /// `hc8.inttime`: holding 8059.
    pub const HC8_INTTIME: mm::RegisterDescriptor = descriptors::ALL[518];
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
        ThermostatFloordry { Off = 0 => "off", Start = 1 => "start", Heat = 2 => "heat",
        Hold = 3 => "hold", Cool = 4 => "cool", End = 5 => "end" } Unknown
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
    mm::impl_modbus_enum!(
        ThermostatDamping { Off = 0 => "off", On = 1 => "on" } Unknown
    );
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
        ThermostatHybridstrategy { Co2Optimized = 0 => "co2_optimized", CostOptimized = 1
        => "cost_optimized", OutsideTempSwitched = 2 => "outside_temp_switched",
        Co2CostMix = 3 => "co2_cost_mix" } Unknown
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
    mm::impl_modbus_enum!(
        HcModetype { Eco = 0 => "eco", Comfort = 1 => "comfort" } Unknown
    );
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
        HcSummersetmode { Summer = 0 => "summer", Auto = 1 => "auto", Winter = 2 =>
        "winter" } Unknown
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
        HcHpoperatingmode { Off = 0 => "off", Auto = 1 => "auto", Heating = 2 =>
        "heating", Cooling = 3 => "cooling" } Unknown
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
        HcControlmode { WeatherCompensated = 0 => "weather_compensated", OutsideBasepoint
        = 1 => "outside_basepoint", NA = 2 => "n_a", Room = 3 => "room", Power = 4 =>
        "power", Constant = 5 => "constant" } Unknown
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
        HcReducemode { Outdoor = 0 => "outdoor", Room = 1 => "room", Reduce = 2 =>
        "reduce" } Unknown
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
        HcHpmode { Heating = 0 => "heating", Cooling = 1 => "cooling", HeatingAndCooling
        = 2 => "heating_and_cooling" } Unknown
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
        HcControl { Rc310 = 0 => "rc310", Rc200 = 1 => "rc200", Rc100 = 2 => "rc100",
        Rc100h = 3 => "rc100h", Tc100 = 4 => "tc100" } Unknown
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
        ThermostatDhwModetype { Off = 0 => "off", Eco = 1 => "eco", Comfort = 2 =>
        "comfort", EcoPlus = 3 => "eco_plus" } Unknown
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
        ThermostatDhwCircmode { Off = 0 => "off", On = 1 => "on", Auto = 2 => "auto",
        OwnProg = 3 => "own_prog" } Unknown
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
        ThermostatDhwDisinfectday { Mo = 0 => "mo", Tu = 1 => "tu", We = 2 => "we", Th =
        3 => "th", Fr = 4 => "fr", Sa = 5 => "sa", Su = 6 => "su", All = 7 => "all" }
        Unknown
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
        BoilerPumpcharacter { Proportional = 0 => "proportional", V150mbar = 1 =>
        "v150mbar", V200mbar = 2 => "v200mbar", V250mbar = 3 => "v250mbar", V300mbar = 4
        => "v300mbar", V350mbar = 5 => "v350mbar", V400mbar = 6 => "v400mbar" } Unknown
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
        BoilerMaintenance { Off = 0 => "off", Time = 1 => "time", Date = 2 => "date",
        Manual = 3 => "manual" } Unknown
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
            0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13,
            14, 15, 16,
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
        impl mm::Block for System {
            fn decode(v: &mm::BlockValues<'_>) -> ::core::result::Result<Self, mm::Error> {
                ::core::result::Result::Ok(System { device_count: v.get(0)? })
            }
        }
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
        impl mm::Block for Device {
            fn decode(v: &mm::BlockValues<'_>) -> ::core::result::Result<Self, mm::Error> {
                ::core::result::Result::Ok(Device { info: v.get(0)? })
            }
        }
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
        impl mm::Block for Thermostat {
            fn decode(v: &mm::BlockValues<'_>) -> ::core::result::Result<Self, mm::Error> {
                ::core::result::Result::Ok(Thermostat {
                    errorcode: v.get(0)?,
                    lastcode: v.get(1)?,
                    datetime: v.get(2)?,
                    intoffset: v.get(3)?,
                    floordry: v.get(4)?,
                    dampedoutdoortemp: v.get(5)?,
                    floordrytemp: v.get(6)?,
                    building: v.get(7)?,
                    minexttemp: v.get(8)?,
                    damping: v.get(9)?,
                    solar: v.get(10)?,
                    hybridstrategy: v.get(11)?,
                    switchovertemp: v.get(12)?,
                    energycostratio: v.get(13)?,
                    fossilefactor: v.get(14)?,
                    electricfactor: v.get(15)?,
                    delayboiler: v.get(16)?,
                    tempdiffboiler: v.get(17)?,
                    pvenabledhw: v.get(18)?,
                    pvraiseheat: v.get(19)?,
                    pvlowercool: v.get(20)?,
                    absent: v.get(21)?,
                })
            }
        }
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
        impl mm::Block for Hc {
            fn decode(v: &mm::BlockValues<'_>) -> ::core::result::Result<Self, mm::Error> {
                ::core::result::Result::Ok(Hc {
                    seltemp: v.get(0)?,
                    currtemp: v.get(1)?,
                    haclimate: v.get(2)?,
                    mode: v.get(3)?,
                    modetype: v.get(4)?,
                    ecotemp: v.get(5)?,
                    manualtemp: v.get(6)?,
                    comforttemp: v.get(7)?,
                    summertemp: v.get(8)?,
                    designtemp: v.get(9)?,
                    offsettemp: v.get(10)?,
                    minflowtemp: v.get(11)?,
                    maxflowtemp: v.get(12)?,
                    roominfluence: v.get(13)?,
                    roominflfactor: v.get(14)?,
                    curroominfl: v.get(15)?,
                    nofrostmode: v.get(16)?,
                    nofrosttemp: v.get(17)?,
                    targetflowtemp: v.get(18)?,
                    heatingtype: v.get(19)?,
                    summersetmode: v.get(20)?,
                    hpoperatingmode: v.get(21)?,
                    summermode: v.get(22)?,
                    hpoperatingstate: v.get(23)?,
                    vacationmode: v.get(24)?,
                    controlmode: v.get(25)?,
                    program: v.get(26)?,
                    tempautotemp: v.get(27)?,
                    cooltemp: v.get(28)?,
                    fastheatup: v.get(29)?,
                    switchonoptimization: v.get(30)?,
                    reducemode: v.get(31)?,
                    noreducetemp: v.get(32)?,
                    reducetemp: v.get(33)?,
                    dhwprio: v.get(34)?,
                    hpcooling: v.get(35)?,
                    coolingon: v.get(36)?,
                    hpmode: v.get(37)?,
                    dewoffset: v.get(38)?,
                    roomtempdiff: v.get(39)?,
                    hpminflowtemp: v.get(40)?,
                    control: v.get(41)?,
                    heatondelay: v.get(44)?,
                    heatoffdelay: v.get(45)?,
                    instantstart: v.get(46)?,
                    boost: v.get(47)?,
                    boosttime: v.get(48)?,
                    coolstart: v.get(49)?,
                    coolondelay: v.get(50)?,
                    cooloffdelay: v.get(51)?,
                    switchprogmode: v.get(52)?,
                    redthreshold: v.get(53)?,
                    solarinfl: v.get(54)?,
                    currsolarinfl: v.get(55)?,
                    heatingpid: v.get(56)?,
                    pumpopt: v.get(57)?,
                    inttimefloor: v.get(58)?,
                    inttime: v.get(59)?,
                })
            }
        }
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
        impl mm::Block for ThermostatDhw {
            fn decode(v: &mm::BlockValues<'_>) -> ::core::result::Result<Self, mm::Error> {
                ::core::result::Result::Ok(ThermostatDhw {
                    mode: v.get(0)?,
                    modetype: v.get(1)?,
                    settemp: v.get(2)?,
                    settemplow: v.get(3)?,
                    circmode: v.get(4)?,
                    chargeduration: v.get(5)?,
                    charge: v.get(6)?,
                    extra: v.get(7)?,
                    disinfecting: v.get(8)?,
                    disinfectday: v.get(9)?,
                    disinfecttime: v.get(10)?,
                    dailyheating: v.get(11)?,
                    dailyheattime: v.get(12)?,
                })
            }
        }
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
        impl mm::Block for Boiler {
            fn decode(v: &mm::BlockValues<'_>) -> ::core::result::Result<Self, mm::Error> {
                ::core::result::Result::Ok(Boiler {
                    heatingoff: v.get(2)?,
                    heatingactive: v.get(3)?,
                    tapwateractive: v.get(4)?,
                    selflowtemp: v.get(5)?,
                    heatingpumpmod: v.get(6)?,
                    outdoortemp: v.get(7)?,
                    curflowtemp: v.get(8)?,
                    rettemp: v.get(9)?,
                    switchtemp: v.get(10)?,
                    syspress: v.get(11)?,
                    boiltemp: v.get(12)?,
                    headertemp: v.get(13)?,
                    heatingactivated: v.get(14)?,
                    heatingtemp: v.get(15)?,
                    heatingpump: v.get(16)?,
                    pumpmodmax: v.get(17)?,
                    pumpmodmin: v.get(18)?,
                    pumpmode: v.get(19)?,
                    pumpcharacter: v.get(20)?,
                    pumpdelay: v.get(21)?,
                    pumpontemp: v.get(22)?,
                    selburnpow: v.get(23)?,
                    curburnpow: v.get(24)?,
                    burnstarts: v.get(25)?,
                    burnworkmin: v.get(26)?,
                    burn2workmin: v.get(27)?,
                    heatworkmin: v.get(28)?,
                    heatstarts: v.get(29)?,
                    ubauptime: v.get(30)?,
                    lastcode: v.get(31)?,
                    servicecode: v.get(32)?,
                    servicecodenumber: v.get(33)?,
                    maintenancemessage: v.get(34)?,
                    maintenance: v.get(35)?,
                    maintenancetime: v.get(36)?,
                    maintenancedate: v.get(37)?,
                    emergencyops: v.get(38)?,
                    emergencytemp: v.get(39)?,
                    pc0flow: v.get(40)?,
                    pc1flow: v.get(41)?,
                    pc1on: v.get(42)?,
                    pc1rate: v.get(43)?,
                    nrgtotal: v.get(44)?,
                    nrgheat: v.get(45)?,
                    meterheat: v.get(46)?,
                    exhausttemp: v.get(47)?,
                    burngas: v.get(48)?,
                    burngas2: v.get(49)?,
                    flamecurr: v.get(50)?,
                    fanwork: v.get(51)?,
                    ignwork: v.get(52)?,
                    oilpreheat: v.get(53)?,
                    burnminpower: v.get(54)?,
                    burnmaxpower: v.get(55)?,
                    burnminperiod: v.get(56)?,
                    absburnpow: v.get(57)?,
                    heatblock: v.get(58)?,
                    boilhyston: v.get(59)?,
                    boilhystoff: v.get(60)?,
                    boil2hyston: v.get(61)?,
                    boil2hystoff: v.get(62)?,
                    curveon: v.get(63)?,
                    curvebase: v.get(64)?,
                    curveend: v.get(65)?,
                    summertemp: v.get(66)?,
                    nofrostmode: v.get(67)?,
                    nofrosttemp: v.get(68)?,
                    gasmeterheat: v.get(69)?,
                    nrgheat2: v.get(70)?,
                    nompower: v.get(71)?,
                })
            }
        }
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
        impl mm::Block for BoilerDhw {
            fn decode(v: &mm::BlockValues<'_>) -> ::core::result::Result<Self, mm::Error> {
                ::core::result::Result::Ok(BoilerDhw {
                    nrg: v.get(0)?,
                    meter: v.get(1)?,
                    tapactivated: v.get(2)?,
                    settemp: v.get(3)?,
                    seltemp: v.get(4)?,
                    seltemplow: v.get(5)?,
                    tempecoplus: v.get(6)?,
                    seltempoff: v.get(7)?,
                    seltempsingle: v.get(8)?,
                    solartemp: v.get(9)?,
                    dhw_type: v.get(10)?,
                    comfort: v.get(11)?,
                    comfort1: v.get(12)?,
                    flowtempoffset: v.get(13)?,
                    chargeoptimization: v.get(14)?,
                    maxpower: v.get(15)?,
                    maxtemp: v.get(16)?,
                    circpump: v.get(17)?,
                    chargetype: v.get(18)?,
                    hyston: v.get(19)?,
                    hystoff: v.get(20)?,
                    disinfectiontemp: v.get(21)?,
                    circmode: v.get(22)?,
                    circ: v.get(23)?,
                    curtemp: v.get(24)?,
                    curtemp2: v.get(25)?,
                    curflow: v.get(26)?,
                    storagetemp1: v.get(27)?,
                    storagetemp2: v.get(28)?,
                    activated: v.get(29)?,
                    onetime: v.get(30)?,
                    disinfecting: v.get(31)?,
                    charging: v.get(32)?,
                    recharging: v.get(33)?,
                    tempok: v.get(34)?,
                    active: v.get(35)?,
                    three_way_valve: v.get(36)?,
                    chargepump: v.get(37)?,
                    mixertemp: v.get(38)?,
                    cylmiddletemp: v.get(39)?,
                    dhwprio: v.get(40)?,
                    starts: v.get(41)?,
                    workm: v.get(42)?,
                    gasmeter: v.get(43)?,
                    nrg2: v.get(44)?,
                })
            }
        }
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
