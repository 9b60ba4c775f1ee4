// @generated from specs/sunspec_inverter.yaml by `cargo xtask gen`.
// Do not edit: change the spec and run the command again.

/// SunSpec three-phase inverter
///
/// A SunSpec device (models 1, 103, 120) behind the SunS marker, as pysunspec2 scans it.
///
/// - vendor: Example Solar
/// - unit id: 1
/// - word order: high_first, string byte order: high_first
/// - spec: `specs/sunspec_inverter.yaml`
#[allow(
    clippy::all,
    clippy::pedantic,
    unused_imports,
    dead_code,
    non_camel_case_types,
    non_snake_case
)]
pub mod sunspec_inverter {
    use ::modbus_map::__private as mm;
    /// Device name as in the spec.
    pub const NAME: &str = "sunspec_inverter";
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
    pub static REGISTERS: [mm::RegisterDescriptor; 85] = descriptors::ALL;
    #[allow(non_upper_case_globals)]
    mod descriptors {
        use super::mm::{
            self, Access::*, ByteOrder, DataType::*, RegisterDescriptor as D, Table::*,
            WordOrder,
        };
        pub const ALL: [D; 85] = D::table(
            &[
                &[
                    D::new("marker.SunS", Holding, 40000, String)
                        .with_length(4)
                        .with_access(Read),
                ],
                &[
                    Shape0.at("common.ID", 40002),
                    Shape0.at("common.L", 40003),
                    Shape1.at("common.Mn", 40004),
                    Shape1.at("common.Md", 40020),
                    Shape2.at("common.Opt", 40036),
                    Shape2.at("common.Vr", 40044),
                    Shape1.at("common.SN", 40052),
                    D::new("common.DA", Holding, 40068, U16).with_sentinels(&[0xFFFF]),
                    Shape0.at("common.Pad", 40069),
                ],
                &[
                    Shape0.at("inverter.ID", 40070),
                    Shape0.at("inverter.L", 40071),
                    D::new("inverter.A", Holding, 40072, U16)
                        .with_access(Read)
                        .with_scale_factor(40076)
                        .with_sentinels(&[0xFFFF])
                        .with_unit("A"),
                    D::new("inverter.AphA", Holding, 40073, U16)
                        .with_access(Read)
                        .with_scale_factor(40076)
                        .with_sentinels(&[0xFFFF])
                        .with_unit("A"),
                    D::new("inverter.AphB", Holding, 40074, U16)
                        .with_access(Read)
                        .with_scale_factor(40076)
                        .with_sentinels(&[0xFFFF])
                        .with_unit("A"),
                    D::new("inverter.AphC", Holding, 40075, U16)
                        .with_access(Read)
                        .with_scale_factor(40076)
                        .with_sentinels(&[0xFFFF])
                        .with_unit("A"),
                    Shape3.at("inverter.A_SF", 40076),
                    D::new("inverter.PPVphAB", Holding, 40077, U16)
                        .with_access(Read)
                        .with_scale_factor(40083)
                        .with_sentinels(&[0xFFFF])
                        .with_unit("V"),
                    D::new("inverter.PPVphBC", Holding, 40078, U16)
                        .with_access(Read)
                        .with_scale_factor(40083)
                        .with_sentinels(&[0xFFFF])
                        .with_unit("V"),
                    D::new("inverter.PPVphCA", Holding, 40079, U16)
                        .with_access(Read)
                        .with_scale_factor(40083)
                        .with_sentinels(&[0xFFFF])
                        .with_unit("V"),
                    D::new("inverter.PhVphA", Holding, 40080, U16)
                        .with_access(Read)
                        .with_scale_factor(40083)
                        .with_sentinels(&[0xFFFF])
                        .with_unit("V"),
                    D::new("inverter.PhVphB", Holding, 40081, U16)
                        .with_access(Read)
                        .with_scale_factor(40083)
                        .with_sentinels(&[0xFFFF])
                        .with_unit("V"),
                    D::new("inverter.PhVphC", Holding, 40082, U16)
                        .with_access(Read)
                        .with_scale_factor(40083)
                        .with_sentinels(&[0xFFFF])
                        .with_unit("V"),
                    Shape3.at("inverter.V_SF", 40083),
                    D::new("inverter.W", Holding, 40084, I16)
                        .with_access(Read)
                        .with_scale_factor(40085)
                        .with_sentinels(&[0x8000])
                        .with_unit("W"),
                    Shape3.at("inverter.W_SF", 40085),
                    D::new("inverter.Hz", Holding, 40086, U16)
                        .with_access(Read)
                        .with_scale_factor(40087)
                        .with_sentinels(&[0xFFFF])
                        .with_unit("Hz"),
                    Shape3.at("inverter.Hz_SF", 40087),
                    D::new("inverter.VA", Holding, 40088, I16)
                        .with_access(Read)
                        .with_scale_factor(40089)
                        .with_sentinels(&[0x8000])
                        .with_unit("VA"),
                    Shape3.at("inverter.VA_SF", 40089),
                    D::new("inverter.VAr", Holding, 40090, I16)
                        .with_access(Read)
                        .with_scale_factor(40091)
                        .with_sentinels(&[0x8000])
                        .with_unit("var"),
                    Shape3.at("inverter.VAr_SF", 40091),
                    D::new("inverter.PF", Holding, 40092, I16)
                        .with_access(Read)
                        .with_scale_factor(40093)
                        .with_sentinels(&[0x8000])
                        .with_unit("Pct"),
                    Shape3.at("inverter.PF_SF", 40093),
                    D::new("inverter.WH", Holding, 40094, U32)
                        .with_access(Read)
                        .with_scale_factor(40096)
                        .with_sentinels(&[0xFFFFFFFF])
                        .with_unit("Wh"),
                    Shape3.at("inverter.WH_SF", 40096),
                    D::new("inverter.DCA", Holding, 40097, U16)
                        .with_access(Read)
                        .with_scale_factor(40098)
                        .with_sentinels(&[0xFFFF])
                        .with_unit("A"),
                    Shape3.at("inverter.DCA_SF", 40098),
                    D::new("inverter.DCV", Holding, 40099, U16)
                        .with_access(Read)
                        .with_scale_factor(40100)
                        .with_sentinels(&[0xFFFF])
                        .with_unit("V"),
                    Shape3.at("inverter.DCV_SF", 40100),
                    D::new("inverter.DCW", Holding, 40101, I16)
                        .with_access(Read)
                        .with_scale_factor(40102)
                        .with_sentinels(&[0x8000])
                        .with_unit("W"),
                    Shape3.at("inverter.DCW_SF", 40102),
                    D::new("inverter.TmpCab", Holding, 40103, I16)
                        .with_access(Read)
                        .with_scale_factor(40107)
                        .with_sentinels(&[0x8000])
                        .with_unit("C"),
                    D::new("inverter.TmpSnk", Holding, 40104, I16)
                        .with_access(Read)
                        .with_scale_factor(40107)
                        .with_sentinels(&[0x8000])
                        .with_unit("C"),
                    D::new("inverter.TmpTrns", Holding, 40105, I16)
                        .with_access(Read)
                        .with_scale_factor(40107)
                        .with_sentinels(&[0x8000])
                        .with_unit("C"),
                    D::new("inverter.TmpOt", Holding, 40106, I16)
                        .with_access(Read)
                        .with_scale_factor(40107)
                        .with_sentinels(&[0x8000])
                        .with_unit("C"),
                    Shape3.at("inverter.Tmp_SF", 40107),
                    D::new("inverter.St", Holding, 40108, U16)
                        .with_access(Read)
                        .with_sentinels(&[0xFFFF])
                        .with_values(super::InverterSt::VALUES),
                    Shape0.at("inverter.StVnd", 40109),
                    D::new("inverter.Evt1", Holding, 40110, U32)
                        .with_access(Read)
                        .with_sentinels(&[0xFFFFFFFF])
                        .with_bits(super::InverterEvt1::BITS),
                    Shape4.at("inverter.Evt2", 40112),
                    Shape4.at("inverter.EvtVnd1", 40114),
                    Shape4.at("inverter.EvtVnd2", 40116),
                    Shape4.at("inverter.EvtVnd3", 40118),
                    Shape4.at("inverter.EvtVnd4", 40120),
                ],
                &[
                    Shape0.at("nameplate.ID", 40122),
                    Shape0.at("nameplate.L", 40123),
                    D::new("nameplate.DERTyp", Holding, 40124, U16)
                        .with_access(Read)
                        .with_sentinels(&[0xFFFF])
                        .with_values(super::NameplateDerTyp::VALUES),
                    D::new("nameplate.WRtg", Holding, 40125, U16)
                        .with_access(Read)
                        .with_scale_factor(40126)
                        .with_sentinels(&[0xFFFF])
                        .with_unit("W"),
                    Shape3.at("nameplate.WRtg_SF", 40126),
                    D::new("nameplate.VARtg", Holding, 40127, U16)
                        .with_access(Read)
                        .with_scale_factor(40128)
                        .with_sentinels(&[0xFFFF])
                        .with_unit("VA"),
                    Shape3.at("nameplate.VARtg_SF", 40128),
                    D::new("nameplate.VArRtgQ1", Holding, 40129, I16)
                        .with_access(Read)
                        .with_scale_factor(40133)
                        .with_sentinels(&[0x8000])
                        .with_unit("var"),
                    D::new("nameplate.VArRtgQ2", Holding, 40130, I16)
                        .with_access(Read)
                        .with_scale_factor(40133)
                        .with_sentinels(&[0x8000])
                        .with_unit("var"),
                    D::new("nameplate.VArRtgQ3", Holding, 40131, I16)
                        .with_access(Read)
                        .with_scale_factor(40133)
                        .with_sentinels(&[0x8000])
                        .with_unit("var"),
                    D::new("nameplate.VArRtgQ4", Holding, 40132, I16)
                        .with_access(Read)
                        .with_scale_factor(40133)
                        .with_sentinels(&[0x8000])
                        .with_unit("var"),
                    Shape3.at("nameplate.VArRtg_SF", 40133),
                    D::new("nameplate.ARtg", Holding, 40134, U16)
                        .with_access(Read)
                        .with_scale_factor(40135)
                        .with_sentinels(&[0xFFFF])
                        .with_unit("A"),
                    Shape3.at("nameplate.ARtg_SF", 40135),
                    D::new("nameplate.PFRtgQ1", Holding, 40136, I16)
                        .with_access(Read)
                        .with_scale_factor(40140)
                        .with_sentinels(&[0x8000])
                        .with_unit("cos()"),
                    D::new("nameplate.PFRtgQ2", Holding, 40137, I16)
                        .with_access(Read)
                        .with_scale_factor(40140)
                        .with_sentinels(&[0x8000])
                        .with_unit("cos()"),
                    D::new("nameplate.PFRtgQ3", Holding, 40138, I16)
                        .with_access(Read)
                        .with_scale_factor(40140)
                        .with_sentinels(&[0x8000])
                        .with_unit("cos()"),
                    D::new("nameplate.PFRtgQ4", Holding, 40139, I16)
                        .with_access(Read)
                        .with_scale_factor(40140)
                        .with_sentinels(&[0x8000])
                        .with_unit("cos()"),
                    Shape3.at("nameplate.PFRtg_SF", 40140),
                    D::new("nameplate.WHRtg", Holding, 40141, U16)
                        .with_access(Read)
                        .with_scale_factor(40142)
                        .with_sentinels(&[0xFFFF])
                        .with_unit("Wh"),
                    Shape3.at("nameplate.WHRtg_SF", 40142),
                    D::new("nameplate.AhrRtg", Holding, 40143, U16)
                        .with_access(Read)
                        .with_scale_factor(40144)
                        .with_sentinels(&[0xFFFF])
                        .with_unit("AH"),
                    Shape3.at("nameplate.AhrRtg_SF", 40144),
                    D::new("nameplate.MaxChaRte", Holding, 40145, U16)
                        .with_access(Read)
                        .with_scale_factor(40146)
                        .with_sentinels(&[0xFFFF])
                        .with_unit("W"),
                    Shape3.at("nameplate.MaxChaRte_SF", 40146),
                    D::new("nameplate.MaxDisChaRte", Holding, 40147, U16)
                        .with_access(Read)
                        .with_scale_factor(40148)
                        .with_sentinels(&[0xFFFF])
                        .with_unit("W"),
                    Shape3.at("nameplate.MaxDisChaRte_SF", 40148),
                    Shape0.at("nameplate.Pad", 40149),
                ],
                &[
                    D::new("end.ID", Holding, 40150, U16).with_access(Read),
                    Shape0.at("end.L", 40151),
                ],
            ],
        );
        /// Shared by 10 registers, each at its own name and address (`Shape0.at(name, address)`).
        const Shape0: D = D::new("", Holding, 0, U16)
            .with_access(Read)
            .with_sentinels(&[0xFFFF]);
        /// Shared by 3 registers, each at its own name and address (`Shape1.at(name, address)`).
        const Shape1: D = D::new("", Holding, 0, String).with_length(32).with_access(Read);
        /// Shared by 2 registers, each at its own name and address (`Shape2.at(name, address)`).
        const Shape2: D = D::new("", Holding, 0, String).with_length(16).with_access(Read);
        /// Shared by 21 registers, each at its own name and address (`Shape3.at(name, address)`).
        const Shape3: D = D::new("", Holding, 0, I16)
            .with_access(Read)
            .with_sentinels(&[0x8000]);
        /// Shared by 5 registers, each at its own name and address (`Shape4.at(name, address)`).
        const Shape4: D = D::new("", Holding, 0, U32)
            .with_access(Read)
            .with_sentinels(&[0xFFFFFFFF]);
    }
    /// `marker.SunS`: holding 40000.
    pub const MARKER_SUN_S: mm::RegisterDescriptor = descriptors::ALL[0];
    /// `common.ID`: holding 40002.
    pub const COMMON_ID: mm::RegisterDescriptor = descriptors::ALL[1];
    /// `common.L`: holding 40003.
    pub const COMMON_L: mm::RegisterDescriptor = descriptors::ALL[2];
    /// `common.Mn`: holding 40004.
    pub const COMMON_MN: mm::RegisterDescriptor = descriptors::ALL[3];
    /// `common.Md`: holding 40020.
    pub const COMMON_MD: mm::RegisterDescriptor = descriptors::ALL[4];
    /// `common.Opt`: holding 40036.
    pub const COMMON_OPT: mm::RegisterDescriptor = descriptors::ALL[5];
    /// `common.Vr`: holding 40044.
    pub const COMMON_VR: mm::RegisterDescriptor = descriptors::ALL[6];
    /// `common.SN`: holding 40052.
    pub const COMMON_SN: mm::RegisterDescriptor = descriptors::ALL[7];
    /// `common.DA`: holding 40068.
    pub const COMMON_DA: mm::RegisterDescriptor = descriptors::ALL[8];
    /// `common.Pad`: holding 40069.
    pub const COMMON_PAD: mm::RegisterDescriptor = descriptors::ALL[9];
    /// `inverter.ID`: holding 40070.
    pub const INVERTER_ID: mm::RegisterDescriptor = descriptors::ALL[10];
    /// `inverter.L`: holding 40071.
    pub const INVERTER_L: mm::RegisterDescriptor = descriptors::ALL[11];
    /// `inverter.A`: holding 40072.
    pub const INVERTER_A: mm::RegisterDescriptor = descriptors::ALL[12];
    /// `inverter.AphA`: holding 40073.
    pub const INVERTER_APH_A: mm::RegisterDescriptor = descriptors::ALL[13];
    /// `inverter.AphB`: holding 40074.
    pub const INVERTER_APH_B: mm::RegisterDescriptor = descriptors::ALL[14];
    /// `inverter.AphC`: holding 40075.
    pub const INVERTER_APH_C: mm::RegisterDescriptor = descriptors::ALL[15];
    /// `inverter.A_SF`: holding 40076.
    pub const INVERTER_A_SF: mm::RegisterDescriptor = descriptors::ALL[16];
    /// `inverter.PPVphAB`: holding 40077.
    pub const INVERTER_PP_VPH_AB: mm::RegisterDescriptor = descriptors::ALL[17];
    /// `inverter.PPVphBC`: holding 40078.
    pub const INVERTER_PP_VPH_BC: mm::RegisterDescriptor = descriptors::ALL[18];
    /// `inverter.PPVphCA`: holding 40079.
    pub const INVERTER_PP_VPH_CA: mm::RegisterDescriptor = descriptors::ALL[19];
    /// `inverter.PhVphA`: holding 40080.
    pub const INVERTER_PH_VPH_A: mm::RegisterDescriptor = descriptors::ALL[20];
    /// `inverter.PhVphB`: holding 40081.
    pub const INVERTER_PH_VPH_B: mm::RegisterDescriptor = descriptors::ALL[21];
    /// `inverter.PhVphC`: holding 40082.
    pub const INVERTER_PH_VPH_C: mm::RegisterDescriptor = descriptors::ALL[22];
    /// `inverter.V_SF`: holding 40083.
    pub const INVERTER_V_SF: mm::RegisterDescriptor = descriptors::ALL[23];
    /// `inverter.W`: holding 40084.
    pub const INVERTER_W: mm::RegisterDescriptor = descriptors::ALL[24];
    /// `inverter.W_SF`: holding 40085.
    pub const INVERTER_W_SF: mm::RegisterDescriptor = descriptors::ALL[25];
    /// `inverter.Hz`: holding 40086.
    pub const INVERTER_HZ: mm::RegisterDescriptor = descriptors::ALL[26];
    /// `inverter.Hz_SF`: holding 40087.
    pub const INVERTER_HZ_SF: mm::RegisterDescriptor = descriptors::ALL[27];
    /// `inverter.VA`: holding 40088.
    pub const INVERTER_VA: mm::RegisterDescriptor = descriptors::ALL[28];
    /// `inverter.VA_SF`: holding 40089.
    pub const INVERTER_VA_SF: mm::RegisterDescriptor = descriptors::ALL[29];
    /// `inverter.VAr`: holding 40090.
    pub const INVERTER_V_AR: mm::RegisterDescriptor = descriptors::ALL[30];
    /// `inverter.VAr_SF`: holding 40091.
    pub const INVERTER_V_AR_SF: mm::RegisterDescriptor = descriptors::ALL[31];
    /// `inverter.PF`: holding 40092.
    pub const INVERTER_PF: mm::RegisterDescriptor = descriptors::ALL[32];
    /// `inverter.PF_SF`: holding 40093.
    pub const INVERTER_PF_SF: mm::RegisterDescriptor = descriptors::ALL[33];
    /// `inverter.WH`: holding 40094.
    pub const INVERTER_WH: mm::RegisterDescriptor = descriptors::ALL[34];
    /// `inverter.WH_SF`: holding 40096.
    pub const INVERTER_WH_SF: mm::RegisterDescriptor = descriptors::ALL[35];
    /// `inverter.DCA`: holding 40097.
    pub const INVERTER_DCA: mm::RegisterDescriptor = descriptors::ALL[36];
    /// `inverter.DCA_SF`: holding 40098.
    pub const INVERTER_DCA_SF: mm::RegisterDescriptor = descriptors::ALL[37];
    /// `inverter.DCV`: holding 40099.
    pub const INVERTER_DCV: mm::RegisterDescriptor = descriptors::ALL[38];
    /// `inverter.DCV_SF`: holding 40100.
    pub const INVERTER_DCV_SF: mm::RegisterDescriptor = descriptors::ALL[39];
    /// `inverter.DCW`: holding 40101.
    pub const INVERTER_DCW: mm::RegisterDescriptor = descriptors::ALL[40];
    /// `inverter.DCW_SF`: holding 40102.
    pub const INVERTER_DCW_SF: mm::RegisterDescriptor = descriptors::ALL[41];
    /// `inverter.TmpCab`: holding 40103.
    pub const INVERTER_TMP_CAB: mm::RegisterDescriptor = descriptors::ALL[42];
    /// `inverter.TmpSnk`: holding 40104.
    pub const INVERTER_TMP_SNK: mm::RegisterDescriptor = descriptors::ALL[43];
    /// `inverter.TmpTrns`: holding 40105.
    pub const INVERTER_TMP_TRNS: mm::RegisterDescriptor = descriptors::ALL[44];
    /// `inverter.TmpOt`: holding 40106.
    pub const INVERTER_TMP_OT: mm::RegisterDescriptor = descriptors::ALL[45];
    /// `inverter.Tmp_SF`: holding 40107.
    pub const INVERTER_TMP_SF: mm::RegisterDescriptor = descriptors::ALL[46];
    /// `inverter.St`: holding 40108.
    pub const INVERTER_ST: mm::RegisterDescriptor = descriptors::ALL[47];
    /// `inverter.StVnd`: holding 40109.
    pub const INVERTER_ST_VND: mm::RegisterDescriptor = descriptors::ALL[48];
    /// `inverter.Evt1`: holding 40110.
    pub const INVERTER_EVT1: mm::RegisterDescriptor = descriptors::ALL[49];
    /// `inverter.Evt2`: holding 40112.
    pub const INVERTER_EVT2: mm::RegisterDescriptor = descriptors::ALL[50];
    /// `inverter.EvtVnd1`: holding 40114.
    pub const INVERTER_EVT_VND1: mm::RegisterDescriptor = descriptors::ALL[51];
    /// `inverter.EvtVnd2`: holding 40116.
    pub const INVERTER_EVT_VND2: mm::RegisterDescriptor = descriptors::ALL[52];
    /// `inverter.EvtVnd3`: holding 40118.
    pub const INVERTER_EVT_VND3: mm::RegisterDescriptor = descriptors::ALL[53];
    /// `inverter.EvtVnd4`: holding 40120.
    pub const INVERTER_EVT_VND4: mm::RegisterDescriptor = descriptors::ALL[54];
    /// `nameplate.ID`: holding 40122.
    pub const NAMEPLATE_ID: mm::RegisterDescriptor = descriptors::ALL[55];
    /// `nameplate.L`: holding 40123.
    pub const NAMEPLATE_L: mm::RegisterDescriptor = descriptors::ALL[56];
    /// `nameplate.DERTyp`: holding 40124.
    pub const NAMEPLATE_DER_TYP: mm::RegisterDescriptor = descriptors::ALL[57];
    /// `nameplate.WRtg`: holding 40125.
    pub const NAMEPLATE_W_RTG: mm::RegisterDescriptor = descriptors::ALL[58];
    /// `nameplate.WRtg_SF`: holding 40126.
    pub const NAMEPLATE_W_RTG_SF: mm::RegisterDescriptor = descriptors::ALL[59];
    /// `nameplate.VARtg`: holding 40127.
    pub const NAMEPLATE_VA_RTG: mm::RegisterDescriptor = descriptors::ALL[60];
    /// `nameplate.VARtg_SF`: holding 40128.
    pub const NAMEPLATE_VA_RTG_SF: mm::RegisterDescriptor = descriptors::ALL[61];
    /// `nameplate.VArRtgQ1`: holding 40129.
    pub const NAMEPLATE_V_AR_RTG_Q1: mm::RegisterDescriptor = descriptors::ALL[62];
    /// `nameplate.VArRtgQ2`: holding 40130.
    pub const NAMEPLATE_V_AR_RTG_Q2: mm::RegisterDescriptor = descriptors::ALL[63];
    /// `nameplate.VArRtgQ3`: holding 40131.
    pub const NAMEPLATE_V_AR_RTG_Q3: mm::RegisterDescriptor = descriptors::ALL[64];
    /// `nameplate.VArRtgQ4`: holding 40132.
    pub const NAMEPLATE_V_AR_RTG_Q4: mm::RegisterDescriptor = descriptors::ALL[65];
    /// `nameplate.VArRtg_SF`: holding 40133.
    pub const NAMEPLATE_V_AR_RTG_SF: mm::RegisterDescriptor = descriptors::ALL[66];
    /// `nameplate.ARtg`: holding 40134.
    pub const NAMEPLATE_A_RTG: mm::RegisterDescriptor = descriptors::ALL[67];
    /// `nameplate.ARtg_SF`: holding 40135.
    pub const NAMEPLATE_A_RTG_SF: mm::RegisterDescriptor = descriptors::ALL[68];
    /// `nameplate.PFRtgQ1`: holding 40136.
    pub const NAMEPLATE_PF_RTG_Q1: mm::RegisterDescriptor = descriptors::ALL[69];
    /// `nameplate.PFRtgQ2`: holding 40137.
    pub const NAMEPLATE_PF_RTG_Q2: mm::RegisterDescriptor = descriptors::ALL[70];
    /// `nameplate.PFRtgQ3`: holding 40138.
    pub const NAMEPLATE_PF_RTG_Q3: mm::RegisterDescriptor = descriptors::ALL[71];
    /// `nameplate.PFRtgQ4`: holding 40139.
    pub const NAMEPLATE_PF_RTG_Q4: mm::RegisterDescriptor = descriptors::ALL[72];
    /// `nameplate.PFRtg_SF`: holding 40140.
    pub const NAMEPLATE_PF_RTG_SF: mm::RegisterDescriptor = descriptors::ALL[73];
    /// `nameplate.WHRtg`: holding 40141.
    pub const NAMEPLATE_WH_RTG: mm::RegisterDescriptor = descriptors::ALL[74];
    /// `nameplate.WHRtg_SF`: holding 40142.
    pub const NAMEPLATE_WH_RTG_SF: mm::RegisterDescriptor = descriptors::ALL[75];
    /// `nameplate.AhrRtg`: holding 40143.
    pub const NAMEPLATE_AHR_RTG: mm::RegisterDescriptor = descriptors::ALL[76];
    /// `nameplate.AhrRtg_SF`: holding 40144.
    pub const NAMEPLATE_AHR_RTG_SF: mm::RegisterDescriptor = descriptors::ALL[77];
    /// `nameplate.MaxChaRte`: holding 40145.
    pub const NAMEPLATE_MAX_CHA_RTE: mm::RegisterDescriptor = descriptors::ALL[78];
    /// `nameplate.MaxChaRte_SF`: holding 40146.
    pub const NAMEPLATE_MAX_CHA_RTE_SF: mm::RegisterDescriptor = descriptors::ALL[79];
    /// `nameplate.MaxDisChaRte`: holding 40147.
    pub const NAMEPLATE_MAX_DIS_CHA_RTE: mm::RegisterDescriptor = descriptors::ALL[80];
    /// `nameplate.MaxDisChaRte_SF`: holding 40148.
    pub const NAMEPLATE_MAX_DIS_CHA_RTE_SF: mm::RegisterDescriptor = descriptors::ALL[81];
    /// `nameplate.Pad`: holding 40149.
    pub const NAMEPLATE_PAD: mm::RegisterDescriptor = descriptors::ALL[82];
    /// `end.ID`: holding 40150.
    pub const END_ID: mm::RegisterDescriptor = descriptors::ALL[83];
    /// `end.L`: holding 40151.
    pub const END_L: mm::RegisterDescriptor = descriptors::ALL[84];
    /// The spec's examples hold both ways through the codec (what `lint` checks).
    #[cfg(test)]
    #[test]
    fn spec_examples_hold() {
        use mm::modbus_map_core::value::{check_example, Value as V};
        let examples: &[(usize, &[u16], V)] = &[
            (0, &[0x5375, 0x6E53], V::Text("SunS".into())),
        ];
        for (k, words, value) in examples {
            if let ::core::result::Result::Err(e) = check_example(
                &REGISTERS[*k],
                words,
                value,
            ) {
                ::core::panic!(
                    "`{}` example {:?} = {}: {}", REGISTERS[* k].name, words, value, e
                );
            }
        }
    }
    /// Values of `inverter.St`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum InverterSt {
        /// `OFF` (raw 1).
        Off,
        /// `SLEEPING` (raw 2).
        Sleeping,
        /// `STARTING` (raw 3).
        Starting,
        /// `MPPT` (raw 4).
        Mppt,
        /// `THROTTLED` (raw 5).
        Throttled,
        /// `SHUTTING_DOWN` (raw 6).
        ShuttingDown,
        /// `FAULT` (raw 7).
        Fault,
        /// `STANDBY` (raw 8).
        Standby,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    mm::impl_modbus_enum!(
        InverterSt { Off = 1 => "OFF", Sleeping = 2 => "SLEEPING", Starting = 3 =>
        "STARTING", Mppt = 4 => "MPPT", Throttled = 5 => "THROTTLED", ShuttingDown = 6 =>
        "SHUTTING_DOWN", Fault = 7 => "FAULT", Standby = 8 => "STANDBY" } Unknown
    );
    /// Values of `nameplate.DERTyp`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum NameplateDerTyp {
        /// `PV` (raw 4).
        Pv,
        /// `PV_STOR` (raw 82).
        PvStor,
        /// A raw value the spec does not name (kept, never discarded).
        Unknown(i64),
    }
    mm::impl_modbus_enum!(
        NameplateDerTyp { Pv = 4 => "PV", PvStor = 82 => "PV_STOR" } Unknown
    );
    /// Named bits of `inverter.Evt1`; the raw value is kept whole.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub struct InverterEvt1(pub u64);
    impl InverterEvt1 {
        /// `GROUND_FAULT`: bit 0.
        pub const GROUND_FAULT: InverterEvt1 = InverterEvt1(1 << 0);
        /// `DC_OVER_VOLT`: bit 1.
        pub const DC_OVER_VOLT: InverterEvt1 = InverterEvt1(1 << 1);
        /// `AC_DISCONNECT`: bit 2.
        pub const AC_DISCONNECT: InverterEvt1 = InverterEvt1(1 << 2);
        /// `DC_DISCONNECT`: bit 3.
        pub const DC_DISCONNECT: InverterEvt1 = InverterEvt1(1 << 3);
        /// `GRID_DISCONNECT`: bit 4.
        pub const GRID_DISCONNECT: InverterEvt1 = InverterEvt1(1 << 4);
        /// `CABINET_OPEN`: bit 5.
        pub const CABINET_OPEN: InverterEvt1 = InverterEvt1(1 << 5);
        /// `MANUAL_SHUTDOWN`: bit 6.
        pub const MANUAL_SHUTDOWN: InverterEvt1 = InverterEvt1(1 << 6);
        /// `OVER_TEMP`: bit 7.
        pub const OVER_TEMP: InverterEvt1 = InverterEvt1(1 << 7);
        /// `OVER_FREQUENCY`: bit 8.
        pub const OVER_FREQUENCY: InverterEvt1 = InverterEvt1(1 << 8);
        /// `UNDER_FREQUENCY`: bit 9.
        pub const UNDER_FREQUENCY: InverterEvt1 = InverterEvt1(1 << 9);
        /// `AC_OVER_VOLT`: bit 10.
        pub const AC_OVER_VOLT: InverterEvt1 = InverterEvt1(1 << 10);
        /// `AC_UNDER_VOLT`: bit 11.
        pub const AC_UNDER_VOLT: InverterEvt1 = InverterEvt1(1 << 11);
        /// `BLOWN_STRING_FUSE`: bit 12.
        pub const BLOWN_STRING_FUSE: InverterEvt1 = InverterEvt1(1 << 12);
        /// `UNDER_TEMP`: bit 13.
        pub const UNDER_TEMP: InverterEvt1 = InverterEvt1(1 << 13);
        /// `MEMORY_LOSS`: bit 14.
        pub const MEMORY_LOSS: InverterEvt1 = InverterEvt1(1 << 14);
        /// `HW_TEST_FAILURE`: bit 15.
        pub const HW_TEST_FAILURE: InverterEvt1 = InverterEvt1(1 << 15);
    }
    mm::impl_modbus_flags!(
        InverterEvt1 { "GROUND_FAULT" = 0, 1; "DC_OVER_VOLT" = 1, 1; "AC_DISCONNECT" = 2, 1;
        "DC_DISCONNECT" = 3, 1; "GRID_DISCONNECT" = 4, 1; "CABINET_OPEN" = 5, 1;
        "MANUAL_SHUTDOWN" = 6, 1; "OVER_TEMP" = 7, 1; "OVER_FREQUENCY" = 8, 1;
        "UNDER_FREQUENCY" = 9, 1; "AC_OVER_VOLT" = 10, 1; "AC_UNDER_VOLT" = 11, 1;
        "BLOWN_STRING_FUSE" = 12, 1; "UNDER_TEMP" = 13, 1; "MEMORY_LOSS" = 14, 1;
        "HW_TEST_FAILURE" = 15, 1 }
    );
    /// Slave dispatch tables: serve this device with `modbus_map::server` or the `no_std` dispatch core.
    pub mod dispatch {
        use ::modbus_map::__private::dispatch::{
            self, DeviceMap, Entry, GapRange, TableMap, UnitMap,
        };
        static UNIT_1_HOLDING: [Entry; 85] = Entry::runs(&super::REGISTERS, &[(0, 85, 0)]);
        static UNIT_1_HOLDING_INDEX: [u16; 152] = [
            0, 1, 1, 2, 3, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 5, 5, 5, 5, 5, 5,
            5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 6, 6, 6, 6, 6, 6, 6, 6, 7, 7, 7, 7, 7, 7, 7, 7, 8,
            8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17,
            18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 35, 36,
            37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 50, 51, 51, 52, 52, 53,
            53, 54, 54, 55, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70,
            71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84,
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
                    entries: &[],
                    allow_gaps: false,
                    gap_ranges: &[],
                    index_base: 0,
                    index: &[],
                },
                holding_registers: TableMap {
                    entries: &UNIT_1_HOLDING,
                    allow_gaps: false,
                    gap_ranges: &[],
                    index_base: 40000,
                    index: &UNIT_1_HOLDING_INDEX,
                },
                values_per_read: 0,
            },
        ];
        /// Initial storage words (spec defaults, start values where there is none), indexed by slot.
        pub static DEFAULTS: [u16; 152] = dispatch::words(
            &[
                (0, &[21365, 28243, 1, 66, 17784, 24941, 28780, 25888, 21359, 27745, 29184]),
                (20, &[18798, 30309, 29300, 25970, 8241, 12363]),
                (36, &[28528, 29741, 24832]),
                (44, &[12590, 13358, 12800]),
                (52, &[21326, 11568, 12340, 12845, 14080]),
                (68, &[1]),
                (
                    70,
                    &[
                        103, 50, 123, 41, 41, 41, 65535, 4001, 4002, 3999, 2301, 2302, 2298,
                        65535, 284, 1, 5001, 65534, 290, 1, 65524, 1, 979, 65535, 1, 57920,
                        1, 750, 65534, 4025, 65535, 301, 1, 415, 482, 32768, 32768, 65535, 4,
                        65535,
                    ],
                ),
                (
                    114,
                    &[
                        65535, 65535, 65535, 65535, 65535, 65535, 65535, 65535, 120, 26, 4,
                        1000, 1, 1000, 1, 600, 600, 64936, 64936, 1, 16,
                    ],
                ),
                (
                    136,
                    &[
                        65456, 65456, 80, 80, 65534, 65535, 32768, 65535, 32768, 65535,
                        32768, 65535, 32768,
                    ],
                ),
                (150, &[65535]),
            ],
        );
        /// The device's whole map, for `modbus_map::dispatch::Dispatcher::new(&MAP)`.
        pub static MAP: DeviceMap = DeviceMap {
            name: "sunspec_inverter",
            default_unit: 1,
            units: &UNITS,
            defaults: &DEFAULTS,
            word_order_coil: ::core::option::Option::None,
        };
    }
    mm::tokio_client! {
        /// Readable registers of block `marker`.
        #[derive(Debug, Clone, PartialEq)]
        pub struct Marker {
            /// `marker.SunS`: SunSpec marker: `SunS` (0x5375 0x6E53)
            pub SunS: mm::String,
        }
        mm::block_decode!(Marker { SunS 0 });
        /// The registers of one instance of block `marker`, read and written one by one or whole.
        #[derive(Debug)]
        pub struct MarkerClient<'a, C>(pub mm::BlockClient<'a, C>);
        impl<'a, C: mm::Reader + mm::Writer> MarkerClient<'a, C> {
            /// Reads every readable register of the `marker` instance in as few requests as the planner allows.
            pub fn read(
                &mut self,
            ) -> impl ::core::future::Future<
                Output = mm::ModbusResult<Marker>,
            > + use<'_, 'a, C> {
                self.0.read_block()
            }
            mm::register_fns!(
                read_sun_s, _, 0, str, "`marker.SunS`: SunSpec marker: `SunS` (0x5375 0x6E53)"
            );
        }
        /// Model 1 (common): Common
        #[derive(Debug, Clone, PartialEq)]
        pub struct Common {
            /// `common.ID`: Model ID — Model identifier (0xFFFF = n/a)
            pub ID: ::core::option::Option<u16>,
            /// `common.L`: Model Length — Model length (0xFFFF = n/a)
            pub L: ::core::option::Option<u16>,
            /// `common.Mn`: Manufacturer — Well known value registered with SunSpec for compliance
            pub Mn: mm::String,
            /// `common.Md`: Model — Manufacturer specific value (32 chars)
            pub Md: mm::String,
            /// `common.Opt`: Options — Manufacturer specific value (16 chars)
            pub Opt: mm::String,
            /// `common.Vr`: Version — Manufacturer specific value (16 chars)
            pub Vr: mm::String,
            /// `common.SN`: Serial Number — Manufacturer specific value (32 chars)
            pub SN: mm::String,
            /// `common.DA`: Device Address — Modbus device address (0xFFFF = n/a)
            pub DA: ::core::option::Option<u16>,
            /// `common.Pad`: Force even alignment (0xFFFF = n/a)
            pub Pad: ::core::option::Option<u16>,
        }
        mm::block_decode!(Common { ID 0, L 1, Mn 2, Md 3, Opt 4, Vr 5, SN 6, DA 7, Pad 8 });
        /// The registers of one instance of block `common`, read and written one by one or whole.
        #[derive(Debug)]
        pub struct CommonClient<'a, C>(pub mm::BlockClient<'a, C>);
        impl<'a, C: mm::Reader + mm::Writer> CommonClient<'a, C> {
            /// Reads every readable register of the `common` instance in as few requests as the planner allows.
            pub fn read(
                &mut self,
            ) -> impl ::core::future::Future<
                Output = mm::ModbusResult<Common>,
            > + use<'_, 'a, C> {
                self.0.read_block()
            }
            mm::register_fns!(
                read_id, _, 0, [::core::option::Option < u16 >],
                "`common.ID`: Model ID — Model identifier (0xFFFF = n/a)"
            );
            mm::register_fns!(
                read_l, _, 1, [::core::option::Option < u16 >],
                "`common.L`: Model Length — Model length (0xFFFF = n/a)"
            );
            mm::register_fns!(
                read_mn, _, 2, str,
                "`common.Mn`: Manufacturer — Well known value registered with SunSpec for compliance"
            );
            mm::register_fns!(
                read_md, _, 3, str,
                "`common.Md`: Model — Manufacturer specific value (32 chars)"
            );
            mm::register_fns!(
                read_opt, _, 4, str,
                "`common.Opt`: Options — Manufacturer specific value (16 chars)"
            );
            mm::register_fns!(
                read_vr, _, 5, str,
                "`common.Vr`: Version — Manufacturer specific value (16 chars)"
            );
            mm::register_fns!(
                read_sn, _, 6, str,
                "`common.SN`: Serial Number — Manufacturer specific value (32 chars)"
            );
            mm::register_fns!(
                read_da, write_da, 7, [::core::option::Option < u16 >],
                "`common.DA`: Device Address — Modbus device address (0xFFFF = n/a)"
            );
            mm::register_fns!(
                read_pad, _, 8, [::core::option::Option < u16 >],
                "`common.Pad`: Force even alignment (0xFFFF = n/a)"
            );
        }
        /// Model 103 (inverter_three_phase): Inverter (Three Phase)
        #[derive(Debug, Clone, PartialEq)]
        pub struct Inverter {
            /// `inverter.ID`: Model ID — Model identifier (0xFFFF = n/a)
            pub ID: ::core::option::Option<u16>,
            /// `inverter.L`: Model Length — Model length (0xFFFF = n/a)
            pub L: ::core::option::Option<u16>,
            /// `inverter.A`: Amps — AC Current (A, 0xFFFF = n/a)
            pub A: ::core::option::Option<f64>,
            /// `inverter.AphA`: Amps PhaseA — Phase A Current (A, 0xFFFF = n/a)
            pub AphA: ::core::option::Option<f64>,
            /// `inverter.AphB`: Amps PhaseB — Phase B Current (A, 0xFFFF = n/a)
            pub AphB: ::core::option::Option<f64>,
            /// `inverter.AphC`: Amps PhaseC — Phase C Current (A, 0xFFFF = n/a)
            pub AphC: ::core::option::Option<f64>,
            /// `inverter.A_SF`:  (0x8000 = n/a)
            pub A_SF: ::core::option::Option<i16>,
            /// `inverter.PPVphAB`: Phase Voltage AB — Phase Voltage AB (V, 0xFFFF = n/a)
            pub PPVphAB: ::core::option::Option<f64>,
            /// `inverter.PPVphBC`: Phase Voltage BC — Phase Voltage BC (V, 0xFFFF = n/a)
            pub PPVphBC: ::core::option::Option<f64>,
            /// `inverter.PPVphCA`: Phase Voltage CA — Phase Voltage CA (V, 0xFFFF = n/a)
            pub PPVphCA: ::core::option::Option<f64>,
            /// `inverter.PhVphA`: Phase Voltage AN — Phase Voltage AN (V, 0xFFFF = n/a)
            pub PhVphA: ::core::option::Option<f64>,
            /// `inverter.PhVphB`: Phase Voltage BN — Phase Voltage BN (V, 0xFFFF = n/a)
            pub PhVphB: ::core::option::Option<f64>,
            /// `inverter.PhVphC`: Phase Voltage CN — Phase Voltage CN (V, 0xFFFF = n/a)
            pub PhVphC: ::core::option::Option<f64>,
            /// `inverter.V_SF`:  (0x8000 = n/a)
            pub V_SF: ::core::option::Option<i16>,
            /// `inverter.W`: Watts — AC Power (W, 0x8000 = n/a)
            pub W: ::core::option::Option<f64>,
            /// `inverter.W_SF`:  (0x8000 = n/a)
            pub W_SF: ::core::option::Option<i16>,
            /// `inverter.Hz`: Hz — Line Frequency (Hz, 0xFFFF = n/a)
            pub Hz: ::core::option::Option<f64>,
            /// `inverter.Hz_SF`:  (0x8000 = n/a)
            pub Hz_SF: ::core::option::Option<i16>,
            /// `inverter.VA`: VA — AC Apparent Power (VA, 0x8000 = n/a)
            pub VA: ::core::option::Option<f64>,
            /// `inverter.VA_SF`:  (0x8000 = n/a)
            pub VA_SF: ::core::option::Option<i16>,
            /// `inverter.VAr`: VAr — AC Reactive Power (var, 0x8000 = n/a)
            pub VAr: ::core::option::Option<f64>,
            /// `inverter.VAr_SF`:  (0x8000 = n/a)
            pub VAr_SF: ::core::option::Option<i16>,
            /// `inverter.PF`: PF — AC Power Factor (Pct, 0x8000 = n/a)
            pub PF: ::core::option::Option<f64>,
            /// `inverter.PF_SF`:  (0x8000 = n/a)
            pub PF_SF: ::core::option::Option<i16>,
            /// `inverter.WH`: WattHours — AC Energy (Wh, 0xFFFFFFFF = n/a)
            pub WH: ::core::option::Option<f64>,
            /// `inverter.WH_SF`:  (0x8000 = n/a)
            pub WH_SF: ::core::option::Option<i16>,
            /// `inverter.DCA`: DC Amps — DC Current (A, 0xFFFF = n/a)
            pub DCA: ::core::option::Option<f64>,
            /// `inverter.DCA_SF`:  (0x8000 = n/a)
            pub DCA_SF: ::core::option::Option<i16>,
            /// `inverter.DCV`: DC Voltage — DC Voltage (V, 0xFFFF = n/a)
            pub DCV: ::core::option::Option<f64>,
            /// `inverter.DCV_SF`:  (0x8000 = n/a)
            pub DCV_SF: ::core::option::Option<i16>,
            /// `inverter.DCW`: DC Watts — DC Power (W, 0x8000 = n/a)
            pub DCW: ::core::option::Option<f64>,
            /// `inverter.DCW_SF`:  (0x8000 = n/a)
            pub DCW_SF: ::core::option::Option<i16>,
            /// `inverter.TmpCab`: Cabinet Temperature — Cabinet Temperature (C, 0x8000 = n/a)
            pub TmpCab: ::core::option::Option<f64>,
            /// `inverter.TmpSnk`: Heat Sink Temperature — Heat Sink Temperature (C, 0x8000 = n/a)
            pub TmpSnk: ::core::option::Option<f64>,
            /// `inverter.TmpTrns`: Transformer Temperature — Transformer Temperature (C, 0x8000 = n/a)
            pub TmpTrns: ::core::option::Option<f64>,
            /// `inverter.TmpOt`: Other Temperature — Other Temperature (C, 0x8000 = n/a)
            pub TmpOt: ::core::option::Option<f64>,
            /// `inverter.Tmp_SF`:  (0x8000 = n/a)
            pub Tmp_SF: ::core::option::Option<i16>,
            /// `inverter.St`: Operating State — Operating state (0xFFFF = n/a)
            pub St: ::core::option::Option<InverterSt>,
            /// `inverter.StVnd`: Vendor Operating State — Vendor specific operating state code (0xFFFF = n/a)
            pub StVnd: ::core::option::Option<u16>,
            /// `inverter.Evt1`: Event1 — Event fields (0xFFFFFFFF = n/a)
            pub Evt1: ::core::option::Option<InverterEvt1>,
            /// `inverter.Evt2`: Event Bitfield 2 — Reserved for future use (0xFFFFFFFF = n/a)
            pub Evt2: ::core::option::Option<u32>,
            /// `inverter.EvtVnd1`: Vendor Event Bitfield 1 — Vendor defined events (0xFFFFFFFF = n/a)
            pub EvtVnd1: ::core::option::Option<u32>,
            /// `inverter.EvtVnd2`: Vendor Event Bitfield 2 — Vendor defined events (0xFFFFFFFF = n/a)
            pub EvtVnd2: ::core::option::Option<u32>,
            /// `inverter.EvtVnd3`: Vendor Event Bitfield 3 — Vendor defined events (0xFFFFFFFF = n/a)
            pub EvtVnd3: ::core::option::Option<u32>,
            /// `inverter.EvtVnd4`: Vendor Event Bitfield 4 — Vendor defined events (0xFFFFFFFF = n/a)
            pub EvtVnd4: ::core::option::Option<u32>,
        }
        mm::block_decode!(
            Inverter { ID 0, L 1, A 2, AphA 3, AphB 4, AphC 5, A_SF 6, PPVphAB 7, PPVphBC 8,
            PPVphCA 9, PhVphA 10, PhVphB 11, PhVphC 12, V_SF 13, W 14, W_SF 15, Hz 16, Hz_SF 17,
            VA 18, VA_SF 19, VAr 20, VAr_SF 21, PF 22, PF_SF 23, WH 24, WH_SF 25, DCA 26, DCA_SF
            27, DCV 28, DCV_SF 29, DCW 30, DCW_SF 31, TmpCab 32, TmpSnk 33, TmpTrns 34, TmpOt 35,
            Tmp_SF 36, St 37, StVnd 38, Evt1 39, Evt2 40, EvtVnd1 41, EvtVnd2 42, EvtVnd3 43,
            EvtVnd4 44 }
        );
        /// The registers of one instance of block `inverter`, read and written one by one or whole.
        #[derive(Debug)]
        pub struct InverterClient<'a, C>(pub mm::BlockClient<'a, C>);
        impl<'a, C: mm::Reader + mm::Writer> InverterClient<'a, C> {
            /// Reads every readable register of the `inverter` instance in as few requests as the planner allows.
            pub fn read(
                &mut self,
            ) -> impl ::core::future::Future<
                Output = mm::ModbusResult<Inverter>,
            > + use<'_, 'a, C> {
                self.0.read_block()
            }
            mm::register_fns!(
                read_id, _, 0, [::core::option::Option < u16 >],
                "`inverter.ID`: Model ID — Model identifier (0xFFFF = n/a)"
            );
            mm::register_fns!(
                read_l, _, 1, [::core::option::Option < u16 >],
                "`inverter.L`: Model Length — Model length (0xFFFF = n/a)"
            );
            mm::register_fns!(
                read_a, _, 2, [::core::option::Option < f64 >],
                "`inverter.A`: Amps — AC Current (A, 0xFFFF = n/a)"
            );
            mm::register_fns!(
                read_aph_a, _, 3, [::core::option::Option < f64 >],
                "`inverter.AphA`: Amps PhaseA — Phase A Current (A, 0xFFFF = n/a)"
            );
            mm::register_fns!(
                read_aph_b, _, 4, [::core::option::Option < f64 >],
                "`inverter.AphB`: Amps PhaseB — Phase B Current (A, 0xFFFF = n/a)"
            );
            mm::register_fns!(
                read_aph_c, _, 5, [::core::option::Option < f64 >],
                "`inverter.AphC`: Amps PhaseC — Phase C Current (A, 0xFFFF = n/a)"
            );
            mm::register_fns!(
                read_a_sf, _, 6, [::core::option::Option < i16 >],
                "`inverter.A_SF`:  (0x8000 = n/a)"
            );
            mm::register_fns!(
                read_pp_vph_ab, _, 7, [::core::option::Option < f64 >],
                "`inverter.PPVphAB`: Phase Voltage AB — Phase Voltage AB (V, 0xFFFF = n/a)"
            );
            mm::register_fns!(
                read_pp_vph_bc, _, 8, [::core::option::Option < f64 >],
                "`inverter.PPVphBC`: Phase Voltage BC — Phase Voltage BC (V, 0xFFFF = n/a)"
            );
            mm::register_fns!(
                read_pp_vph_ca, _, 9, [::core::option::Option < f64 >],
                "`inverter.PPVphCA`: Phase Voltage CA — Phase Voltage CA (V, 0xFFFF = n/a)"
            );
            mm::register_fns!(
                read_ph_vph_a, _, 10, [::core::option::Option < f64 >],
                "`inverter.PhVphA`: Phase Voltage AN — Phase Voltage AN (V, 0xFFFF = n/a)"
            );
            mm::register_fns!(
                read_ph_vph_b, _, 11, [::core::option::Option < f64 >],
                "`inverter.PhVphB`: Phase Voltage BN — Phase Voltage BN (V, 0xFFFF = n/a)"
            );
            mm::register_fns!(
                read_ph_vph_c, _, 12, [::core::option::Option < f64 >],
                "`inverter.PhVphC`: Phase Voltage CN — Phase Voltage CN (V, 0xFFFF = n/a)"
            );
            mm::register_fns!(
                read_v_sf, _, 13, [::core::option::Option < i16 >],
                "`inverter.V_SF`:  (0x8000 = n/a)"
            );
            mm::register_fns!(
                read_w, _, 14, [::core::option::Option < f64 >],
                "`inverter.W`: Watts — AC Power (W, 0x8000 = n/a)"
            );
            mm::register_fns!(
                read_w_sf, _, 15, [::core::option::Option < i16 >],
                "`inverter.W_SF`:  (0x8000 = n/a)"
            );
            mm::register_fns!(
                read_hz, _, 16, [::core::option::Option < f64 >],
                "`inverter.Hz`: Hz — Line Frequency (Hz, 0xFFFF = n/a)"
            );
            mm::register_fns!(
                read_hz_sf, _, 17, [::core::option::Option < i16 >],
                "`inverter.Hz_SF`:  (0x8000 = n/a)"
            );
            mm::register_fns!(
                read_va, _, 18, [::core::option::Option < f64 >],
                "`inverter.VA`: VA — AC Apparent Power (VA, 0x8000 = n/a)"
            );
            mm::register_fns!(
                read_va_sf, _, 19, [::core::option::Option < i16 >],
                "`inverter.VA_SF`:  (0x8000 = n/a)"
            );
            mm::register_fns!(
                read_v_ar, _, 20, [::core::option::Option < f64 >],
                "`inverter.VAr`: VAr — AC Reactive Power (var, 0x8000 = n/a)"
            );
            mm::register_fns!(
                read_v_ar_sf, _, 21, [::core::option::Option < i16 >],
                "`inverter.VAr_SF`:  (0x8000 = n/a)"
            );
            mm::register_fns!(
                read_pf, _, 22, [::core::option::Option < f64 >],
                "`inverter.PF`: PF — AC Power Factor (Pct, 0x8000 = n/a)"
            );
            mm::register_fns!(
                read_pf_sf, _, 23, [::core::option::Option < i16 >],
                "`inverter.PF_SF`:  (0x8000 = n/a)"
            );
            mm::register_fns!(
                read_wh, _, 24, [::core::option::Option < f64 >],
                "`inverter.WH`: WattHours — AC Energy (Wh, 0xFFFFFFFF = n/a)"
            );
            mm::register_fns!(
                read_wh_sf, _, 25, [::core::option::Option < i16 >],
                "`inverter.WH_SF`:  (0x8000 = n/a)"
            );
            mm::register_fns!(
                read_dca, _, 26, [::core::option::Option < f64 >],
                "`inverter.DCA`: DC Amps — DC Current (A, 0xFFFF = n/a)"
            );
            mm::register_fns!(
                read_dca_sf, _, 27, [::core::option::Option < i16 >],
                "`inverter.DCA_SF`:  (0x8000 = n/a)"
            );
            mm::register_fns!(
                read_dcv, _, 28, [::core::option::Option < f64 >],
                "`inverter.DCV`: DC Voltage — DC Voltage (V, 0xFFFF = n/a)"
            );
            mm::register_fns!(
                read_dcv_sf, _, 29, [::core::option::Option < i16 >],
                "`inverter.DCV_SF`:  (0x8000 = n/a)"
            );
            mm::register_fns!(
                read_dcw, _, 30, [::core::option::Option < f64 >],
                "`inverter.DCW`: DC Watts — DC Power (W, 0x8000 = n/a)"
            );
            mm::register_fns!(
                read_dcw_sf, _, 31, [::core::option::Option < i16 >],
                "`inverter.DCW_SF`:  (0x8000 = n/a)"
            );
            mm::register_fns!(
                read_tmp_cab, _, 32, [::core::option::Option < f64 >],
                "`inverter.TmpCab`: Cabinet Temperature — Cabinet Temperature (C, 0x8000 = n/a)"
            );
            mm::register_fns!(
                read_tmp_snk, _, 33, [::core::option::Option < f64 >],
                "`inverter.TmpSnk`: Heat Sink Temperature — Heat Sink Temperature (C, 0x8000 = n/a)"
            );
            mm::register_fns!(
                read_tmp_trns, _, 34, [::core::option::Option < f64 >],
                "`inverter.TmpTrns`: Transformer Temperature — Transformer Temperature (C, 0x8000 = n/a)"
            );
            mm::register_fns!(
                read_tmp_ot, _, 35, [::core::option::Option < f64 >],
                "`inverter.TmpOt`: Other Temperature — Other Temperature (C, 0x8000 = n/a)"
            );
            mm::register_fns!(
                read_tmp_sf, _, 36, [::core::option::Option < i16 >],
                "`inverter.Tmp_SF`:  (0x8000 = n/a)"
            );
            mm::register_fns!(
                read_st, _, 37, [::core::option::Option < InverterSt >],
                "`inverter.St`: Operating State — Operating state (0xFFFF = n/a)"
            );
            mm::register_fns!(
                read_st_vnd, _, 38, [::core::option::Option < u16 >],
                "`inverter.StVnd`: Vendor Operating State — Vendor specific operating state code (0xFFFF = n/a)"
            );
            mm::register_fns!(
                read_evt1, _, 39, [::core::option::Option < InverterEvt1 >],
                "`inverter.Evt1`: Event1 — Event fields (0xFFFFFFFF = n/a)"
            );
            mm::register_fns!(
                read_evt2, _, 40, [::core::option::Option < u32 >],
                "`inverter.Evt2`: Event Bitfield 2 — Reserved for future use (0xFFFFFFFF = n/a)"
            );
            mm::register_fns!(
                read_evt_vnd1, _, 41, [::core::option::Option < u32 >],
                "`inverter.EvtVnd1`: Vendor Event Bitfield 1 — Vendor defined events (0xFFFFFFFF = n/a)"
            );
            mm::register_fns!(
                read_evt_vnd2, _, 42, [::core::option::Option < u32 >],
                "`inverter.EvtVnd2`: Vendor Event Bitfield 2 — Vendor defined events (0xFFFFFFFF = n/a)"
            );
            mm::register_fns!(
                read_evt_vnd3, _, 43, [::core::option::Option < u32 >],
                "`inverter.EvtVnd3`: Vendor Event Bitfield 3 — Vendor defined events (0xFFFFFFFF = n/a)"
            );
            mm::register_fns!(
                read_evt_vnd4, _, 44, [::core::option::Option < u32 >],
                "`inverter.EvtVnd4`: Vendor Event Bitfield 4 — Vendor defined events (0xFFFFFFFF = n/a)"
            );
        }
        /// Model 120 (nameplate): Nameplate
        #[derive(Debug, Clone, PartialEq)]
        pub struct Nameplate {
            /// `nameplate.ID`: Model ID — Model identifier (0xFFFF = n/a)
            pub ID: ::core::option::Option<u16>,
            /// `nameplate.L`: Model Length — Model length (0xFFFF = n/a)
            pub L: ::core::option::Option<u16>,
            /// `nameplate.DERTyp`: DERTyp — Type of DER device. Default value is 4 to indicate PV device. (0xFFFF = n/a)
            pub DERTyp: ::core::option::Option<NameplateDerTyp>,
            /// `nameplate.WRtg`: WRtg — Continuous power output capability of the inverter. (W, 0xFFFF = n/a)
            pub WRtg: ::core::option::Option<f64>,
            /// `nameplate.WRtg_SF`: WRtg_SF — Scale factor (0x8000 = n/a)
            pub WRtg_SF: ::core::option::Option<i16>,
            /// `nameplate.VARtg`: VARtg — Continuous Volt-Ampere capability of the inverter. (VA, 0xFFFF = n/a)
            pub VARtg: ::core::option::Option<f64>,
            /// `nameplate.VARtg_SF`: VARtg_SF — Scale factor (0x8000 = n/a)
            pub VARtg_SF: ::core::option::Option<i16>,
            /// `nameplate.VArRtgQ1`: VArRtgQ1 — Continuous VAR capability of the inverter in quadrant 1. (var, 0x8000 = n/a)
            pub VArRtgQ1: ::core::option::Option<f64>,
            /// `nameplate.VArRtgQ2`: VArRtgQ2 — Continuous VAR capability of the inverter in quadrant 2. (var, 0x8000 = n/a)
            pub VArRtgQ2: ::core::option::Option<f64>,
            /// `nameplate.VArRtgQ3`: VArRtgQ3 — Continuous VAR capability of the inverter in quadrant 3. (var, 0x8000 = n/a)
            pub VArRtgQ3: ::core::option::Option<f64>,
            /// `nameplate.VArRtgQ4`: VArRtgQ4 — Continuous VAR capability of the inverter in quadrant 4. (var, 0x8000 = n/a)
            pub VArRtgQ4: ::core::option::Option<f64>,
            /// `nameplate.VArRtg_SF`: VArRtg_SF — Scale factor (0x8000 = n/a)
            pub VArRtg_SF: ::core::option::Option<i16>,
            /// `nameplate.ARtg`: ARtg — Maximum RMS AC current level capability of the inverter. (A, 0xFFFF = n/a)
            pub ARtg: ::core::option::Option<f64>,
            /// `nameplate.ARtg_SF`: ARtg_SF — Scale factor (0x8000 = n/a)
            pub ARtg_SF: ::core::option::Option<i16>,
            /// `nameplate.PFRtgQ1`: PFRtgQ1 — Minimum power factor capability of the inverter in quadrant 1. (cos(), 0x8000 = n/a)
            pub PFRtgQ1: ::core::option::Option<f64>,
            /// `nameplate.PFRtgQ2`: PFRtgQ2 — Minimum power factor capability of the inverter in quadrant 2. (cos(), 0x8000 = n/a)
            pub PFRtgQ2: ::core::option::Option<f64>,
            /// `nameplate.PFRtgQ3`: PFRtgQ3 — Minimum power factor capability of the inverter in quadrant 3. (cos(), 0x8000 = n/a)
            pub PFRtgQ3: ::core::option::Option<f64>,
            /// `nameplate.PFRtgQ4`: PFRtgQ4 — Minimum power factor capability of the inverter in quadrant 4. (cos(), 0x8000 = n/a)
            pub PFRtgQ4: ::core::option::Option<f64>,
            /// `nameplate.PFRtg_SF`: PFRtg_SF — Scale factor (0x8000 = n/a)
            pub PFRtg_SF: ::core::option::Option<i16>,
            /// `nameplate.WHRtg`: WHRtg — Nominal energy rating of storage device. (Wh, 0xFFFF = n/a)
            pub WHRtg: ::core::option::Option<f64>,
            /// `nameplate.WHRtg_SF`: WHRtg_SF — Scale factor (0x8000 = n/a)
            pub WHRtg_SF: ::core::option::Option<i16>,
            /// `nameplate.AhrRtg`: AhrRtg — The usable capacity of the battery. Maximum charge minus minimum charge from a technology capability perspective (Amp-hour capacity rating). (AH, 0xFFFF = n/a)
            pub AhrRtg: ::core::option::Option<f64>,
            /// `nameplate.AhrRtg_SF`: AhrRtg_SF — Scale factor for amp-hour rating. (0x8000 = n/a)
            pub AhrRtg_SF: ::core::option::Option<i16>,
            /// `nameplate.MaxChaRte`: MaxChaRte — Maximum rate of energy transfer into the storage device. (W, 0xFFFF = n/a)
            pub MaxChaRte: ::core::option::Option<f64>,
            /// `nameplate.MaxChaRte_SF`: MaxChaRte_SF — Scale factor (0x8000 = n/a)
            pub MaxChaRte_SF: ::core::option::Option<i16>,
            /// `nameplate.MaxDisChaRte`: MaxDisChaRte — Maximum rate of energy transfer out of the storage device. (W, 0xFFFF = n/a)
            pub MaxDisChaRte: ::core::option::Option<f64>,
            /// `nameplate.MaxDisChaRte_SF`: MaxDisChaRte_SF — Scale factor (0x8000 = n/a)
            pub MaxDisChaRte_SF: ::core::option::Option<i16>,
            /// `nameplate.Pad`: Pad — Pad register. (0xFFFF = n/a)
            pub Pad: ::core::option::Option<u16>,
        }
        mm::block_decode!(
            Nameplate { ID 0, L 1, DERTyp 2, WRtg 3, WRtg_SF 4, VARtg 5, VARtg_SF 6, VArRtgQ1 7,
            VArRtgQ2 8, VArRtgQ3 9, VArRtgQ4 10, VArRtg_SF 11, ARtg 12, ARtg_SF 13, PFRtgQ1 14,
            PFRtgQ2 15, PFRtgQ3 16, PFRtgQ4 17, PFRtg_SF 18, WHRtg 19, WHRtg_SF 20, AhrRtg 21,
            AhrRtg_SF 22, MaxChaRte 23, MaxChaRte_SF 24, MaxDisChaRte 25, MaxDisChaRte_SF 26, Pad
            27 }
        );
        /// The registers of one instance of block `nameplate`, read and written one by one or whole.
        #[derive(Debug)]
        pub struct NameplateClient<'a, C>(pub mm::BlockClient<'a, C>);
        impl<'a, C: mm::Reader + mm::Writer> NameplateClient<'a, C> {
            /// Reads every readable register of the `nameplate` instance in as few requests as the planner allows.
            pub fn read(
                &mut self,
            ) -> impl ::core::future::Future<
                Output = mm::ModbusResult<Nameplate>,
            > + use<'_, 'a, C> {
                self.0.read_block()
            }
            mm::register_fns!(
                read_id, _, 0, [::core::option::Option < u16 >],
                "`nameplate.ID`: Model ID — Model identifier (0xFFFF = n/a)"
            );
            mm::register_fns!(
                read_l, _, 1, [::core::option::Option < u16 >],
                "`nameplate.L`: Model Length — Model length (0xFFFF = n/a)"
            );
            mm::register_fns!(
                read_der_typ, _, 2, [::core::option::Option < NameplateDerTyp >],
                "`nameplate.DERTyp`: DERTyp — Type of DER device. Default value is 4 to indicate PV device. (0xFFFF = n/a)"
            );
            mm::register_fns!(
                read_w_rtg, _, 3, [::core::option::Option < f64 >],
                "`nameplate.WRtg`: WRtg — Continuous power output capability of the inverter. (W, 0xFFFF = n/a)"
            );
            mm::register_fns!(
                read_w_rtg_sf, _, 4, [::core::option::Option < i16 >],
                "`nameplate.WRtg_SF`: WRtg_SF — Scale factor (0x8000 = n/a)"
            );
            mm::register_fns!(
                read_va_rtg, _, 5, [::core::option::Option < f64 >],
                "`nameplate.VARtg`: VARtg — Continuous Volt-Ampere capability of the inverter. (VA, 0xFFFF = n/a)"
            );
            mm::register_fns!(
                read_va_rtg_sf, _, 6, [::core::option::Option < i16 >],
                "`nameplate.VARtg_SF`: VARtg_SF — Scale factor (0x8000 = n/a)"
            );
            mm::register_fns!(
                read_v_ar_rtg_q1, _, 7, [::core::option::Option < f64 >],
                "`nameplate.VArRtgQ1`: VArRtgQ1 — Continuous VAR capability of the inverter in quadrant 1. (var, 0x8000 = n/a)"
            );
            mm::register_fns!(
                read_v_ar_rtg_q2, _, 8, [::core::option::Option < f64 >],
                "`nameplate.VArRtgQ2`: VArRtgQ2 — Continuous VAR capability of the inverter in quadrant 2. (var, 0x8000 = n/a)"
            );
            mm::register_fns!(
                read_v_ar_rtg_q3, _, 9, [::core::option::Option < f64 >],
                "`nameplate.VArRtgQ3`: VArRtgQ3 — Continuous VAR capability of the inverter in quadrant 3. (var, 0x8000 = n/a)"
            );
            mm::register_fns!(
                read_v_ar_rtg_q4, _, 10, [::core::option::Option < f64 >],
                "`nameplate.VArRtgQ4`: VArRtgQ4 — Continuous VAR capability of the inverter in quadrant 4. (var, 0x8000 = n/a)"
            );
            mm::register_fns!(
                read_v_ar_rtg_sf, _, 11, [::core::option::Option < i16 >],
                "`nameplate.VArRtg_SF`: VArRtg_SF — Scale factor (0x8000 = n/a)"
            );
            mm::register_fns!(
                read_a_rtg, _, 12, [::core::option::Option < f64 >],
                "`nameplate.ARtg`: ARtg — Maximum RMS AC current level capability of the inverter. (A, 0xFFFF = n/a)"
            );
            mm::register_fns!(
                read_a_rtg_sf, _, 13, [::core::option::Option < i16 >],
                "`nameplate.ARtg_SF`: ARtg_SF — Scale factor (0x8000 = n/a)"
            );
            mm::register_fns!(
                read_pf_rtg_q1, _, 14, [::core::option::Option < f64 >],
                "`nameplate.PFRtgQ1`: PFRtgQ1 — Minimum power factor capability of the inverter in quadrant 1. (cos(), 0x8000 = n/a)"
            );
            mm::register_fns!(
                read_pf_rtg_q2, _, 15, [::core::option::Option < f64 >],
                "`nameplate.PFRtgQ2`: PFRtgQ2 — Minimum power factor capability of the inverter in quadrant 2. (cos(), 0x8000 = n/a)"
            );
            mm::register_fns!(
                read_pf_rtg_q3, _, 16, [::core::option::Option < f64 >],
                "`nameplate.PFRtgQ3`: PFRtgQ3 — Minimum power factor capability of the inverter in quadrant 3. (cos(), 0x8000 = n/a)"
            );
            mm::register_fns!(
                read_pf_rtg_q4, _, 17, [::core::option::Option < f64 >],
                "`nameplate.PFRtgQ4`: PFRtgQ4 — Minimum power factor capability of the inverter in quadrant 4. (cos(), 0x8000 = n/a)"
            );
            mm::register_fns!(
                read_pf_rtg_sf, _, 18, [::core::option::Option < i16 >],
                "`nameplate.PFRtg_SF`: PFRtg_SF — Scale factor (0x8000 = n/a)"
            );
            mm::register_fns!(
                read_wh_rtg, _, 19, [::core::option::Option < f64 >],
                "`nameplate.WHRtg`: WHRtg — Nominal energy rating of storage device. (Wh, 0xFFFF = n/a)"
            );
            mm::register_fns!(
                read_wh_rtg_sf, _, 20, [::core::option::Option < i16 >],
                "`nameplate.WHRtg_SF`: WHRtg_SF — Scale factor (0x8000 = n/a)"
            );
            mm::register_fns!(
                read_ahr_rtg, _, 21, [::core::option::Option < f64 >],
                "`nameplate.AhrRtg`: AhrRtg — The usable capacity of the battery. Maximum charge minus minimum charge from a technology capability perspective (Amp-hour capacity rating). (AH, 0xFFFF = n/a)"
            );
            mm::register_fns!(
                read_ahr_rtg_sf, _, 22, [::core::option::Option < i16 >],
                "`nameplate.AhrRtg_SF`: AhrRtg_SF — Scale factor for amp-hour rating. (0x8000 = n/a)"
            );
            mm::register_fns!(
                read_max_cha_rte, _, 23, [::core::option::Option < f64 >],
                "`nameplate.MaxChaRte`: MaxChaRte — Maximum rate of energy transfer into the storage device. (W, 0xFFFF = n/a)"
            );
            mm::register_fns!(
                read_max_cha_rte_sf, _, 24, [::core::option::Option < i16 >],
                "`nameplate.MaxChaRte_SF`: MaxChaRte_SF — Scale factor (0x8000 = n/a)"
            );
            mm::register_fns!(
                read_max_dis_cha_rte, _, 25, [::core::option::Option < f64 >],
                "`nameplate.MaxDisChaRte`: MaxDisChaRte — Maximum rate of energy transfer out of the storage device. (W, 0xFFFF = n/a)"
            );
            mm::register_fns!(
                read_max_dis_cha_rte_sf, _, 26, [::core::option::Option < i16 >],
                "`nameplate.MaxDisChaRte_SF`: MaxDisChaRte_SF — Scale factor (0x8000 = n/a)"
            );
            mm::register_fns!(
                read_pad, _, 27, [::core::option::Option < u16 >],
                "`nameplate.Pad`: Pad — Pad register. (0xFFFF = n/a)"
            );
        }
        /// End marker: model ID 0xFFFF with length 0
        #[derive(Debug, Clone, PartialEq)]
        pub struct End {
            /// `end.ID`: End of the model list
            pub ID: u16,
            /// `end.L`:  (0xFFFF = n/a)
            pub L: ::core::option::Option<u16>,
        }
        mm::block_decode!(End { ID 0, L 1 });
        /// The registers of one instance of block `end`, read and written one by one or whole.
        #[derive(Debug)]
        pub struct EndClient<'a, C>(pub mm::BlockClient<'a, C>);
        impl<'a, C: mm::Reader + mm::Writer> EndClient<'a, C> {
            /// Reads every readable register of the `end` instance in as few requests as the planner allows.
            pub fn read(
                &mut self,
            ) -> impl ::core::future::Future<Output = mm::ModbusResult<End>> + use<'_, 'a, C> {
                self.0.read_block()
            }
            mm::register_fns!(read_id, _, 0, u16, "`end.ID`: End of the model list");
            mm::register_fns!(
                read_l, _, 1, [::core::option::Option < u16 >], "`end.L`:  (0xFFFF = n/a)"
            );
        }
        /// Everything [`Client::read_all`] returns: one field per block.
        #[derive(Debug, Clone, PartialEq)]
        pub struct All {
            /// Block `marker`.
            pub marker: Marker,
            /// Block `common`.
            pub common: Common,
            /// Block `inverter`.
            pub inverter: Inverter,
            /// Block `nameplate`.
            pub nameplate: Nameplate,
            /// Block `end`.
            pub end: End,
        }
        mm::device_client!("SunSpec three-phase inverter");
        impl<C: mm::Reader + mm::Writer> Client<C> {
            /// Block `marker` (base 40000).
            pub fn marker(&mut self) -> MarkerClient<'_, C> {
                MarkerClient(self.0.block(&REGISTERS[0..1], &REGISTERS, LIMITS))
            }
            /// Block `common` (base 40002).
            pub fn common(&mut self) -> CommonClient<'_, C> {
                CommonClient(self.0.block(&REGISTERS[1..10], &REGISTERS, LIMITS))
            }
            /// Block `inverter` (base 40070).
            pub fn inverter(&mut self) -> InverterClient<'_, C> {
                InverterClient(self.0.block(&REGISTERS[10..55], &REGISTERS, LIMITS))
            }
            /// Block `nameplate` (base 40122).
            pub fn nameplate(&mut self) -> NameplateClient<'_, C> {
                NameplateClient(self.0.block(&REGISTERS[55..83], &REGISTERS, LIMITS))
            }
            /// Block `end` (base 40150).
            pub fn end(&mut self) -> EndClient<'_, C> {
                EndClient(self.0.block(&REGISTERS[83..85], &REGISTERS, LIMITS))
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
                            marker: v.block(&REGISTERS[0..1])?,
                            common: v.block(&REGISTERS[1..10])?,
                            inverter: v.block(&REGISTERS[10..55])?,
                            nameplate: v.block(&REGISTERS[55..83])?,
                            end: v.block(&REGISTERS[83..85])?,
                        }),
                    )
                    .await
            }
        }
    }
}
