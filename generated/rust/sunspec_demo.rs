// @generated from specs/sunspec_demo.yaml by `cargo xtask gen`.
// Do not edit: change the spec and run the command again.

/// SunSpec-style inverter (demo)
///
/// Model 103 measurement points with their scale factor registers, for the scale_factor key.
///
/// - vendor: Example
/// - unit id: 1
/// - word order: high_first, string byte order: high_first
/// - spec: `specs/sunspec_demo.yaml`
#[allow(
    clippy::all,
    clippy::pedantic,
    unused_imports,
    dead_code,
    non_camel_case_types,
    non_snake_case
)]
pub mod sunspec_demo {
    use ::modbus_map::__private as mm;
    /// Device name as in the spec.
    pub const NAME: &str = "sunspec_demo";
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
    pub static REGISTERS: [mm::RegisterDescriptor; 44] = descriptors::ALL;
    #[allow(non_upper_case_globals)]
    mod descriptors {
        use super::mm::{
            self, Access::*, ByteOrder, DataType::*, RegisterDescriptor as D, Table::*,
            WordOrder,
        };
        pub const ALL: [D; 44] = D::table(
            &[
                &[
                    D::new("marker.SunS", Holding, 40000, String)
                        .with_length(4)
                        .with_access(Read),
                ],
                &[
                    Shape0.at("inverter.ID", 40069),
                    Shape0.at("inverter.L", 40070),
                    D::new("inverter.A", Holding, 40071, U16)
                        .with_access(Read)
                        .with_scale_factor(40075)
                        .with_sentinels(&[0xFFFF])
                        .with_unit("A"),
                    D::new("inverter.AphA", Holding, 40072, U16)
                        .with_access(Read)
                        .with_scale_factor(40075)
                        .with_sentinels(&[0xFFFF])
                        .with_unit("A"),
                    D::new("inverter.AphB", Holding, 40073, U16)
                        .with_access(Read)
                        .with_scale_factor(40075)
                        .with_sentinels(&[0xFFFF])
                        .with_unit("A"),
                    D::new("inverter.AphC", Holding, 40074, U16)
                        .with_access(Read)
                        .with_scale_factor(40075)
                        .with_sentinels(&[0xFFFF])
                        .with_unit("A"),
                    Shape1.at("inverter.A_SF", 40075),
                    D::new("inverter.PPVphAB", Holding, 40076, U16)
                        .with_access(Read)
                        .with_scale_factor(40082)
                        .with_sentinels(&[0xFFFF])
                        .with_unit("V"),
                    D::new("inverter.PPVphBC", Holding, 40077, U16)
                        .with_access(Read)
                        .with_scale_factor(40082)
                        .with_sentinels(&[0xFFFF])
                        .with_unit("V"),
                    D::new("inverter.PPVphCA", Holding, 40078, U16)
                        .with_access(Read)
                        .with_scale_factor(40082)
                        .with_sentinels(&[0xFFFF])
                        .with_unit("V"),
                    D::new("inverter.PhVphA", Holding, 40079, U16)
                        .with_access(Read)
                        .with_scale_factor(40082)
                        .with_sentinels(&[0xFFFF])
                        .with_unit("V"),
                    D::new("inverter.PhVphB", Holding, 40080, U16)
                        .with_access(Read)
                        .with_scale_factor(40082)
                        .with_sentinels(&[0xFFFF])
                        .with_unit("V"),
                    D::new("inverter.PhVphC", Holding, 40081, U16)
                        .with_access(Read)
                        .with_scale_factor(40082)
                        .with_sentinels(&[0xFFFF])
                        .with_unit("V"),
                    Shape1.at("inverter.V_SF", 40082),
                    D::new("inverter.W", Holding, 40083, I16)
                        .with_access(Read)
                        .with_scale_factor(40084)
                        .with_sentinels(&[0x8000])
                        .with_unit("W"),
                    Shape1.at("inverter.W_SF", 40084),
                    D::new("inverter.Hz", Holding, 40085, U16)
                        .with_access(Read)
                        .with_scale_factor(40086)
                        .with_plausible(Some(45.0), Some(65.0))
                        .with_sentinels(&[0xFFFF])
                        .with_unit("Hz"),
                    Shape1.at("inverter.Hz_SF", 40086),
                    D::new("inverter.VA", Holding, 40087, I16)
                        .with_access(Read)
                        .with_scale_factor(40088)
                        .with_sentinels(&[0x8000])
                        .with_unit("VA"),
                    Shape1.at("inverter.VA_SF", 40088),
                    D::new("inverter.VAr", Holding, 40089, I16)
                        .with_access(Read)
                        .with_scale_factor(40090)
                        .with_sentinels(&[0x8000])
                        .with_unit("var"),
                    Shape1.at("inverter.VAr_SF", 40090),
                    D::new("inverter.PF", Holding, 40091, I16)
                        .with_access(Read)
                        .with_scale_factor(40092)
                        .with_sentinels(&[0x8000])
                        .with_unit("%"),
                    Shape1.at("inverter.PF_SF", 40092),
                    D::new("inverter.WH", Holding, 40093, U32)
                        .with_access(Read)
                        .with_scale_factor(40095)
                        .with_sentinels(&[0x0])
                        .with_unit("Wh"),
                    Shape1.at("inverter.WH_SF", 40095),
                    D::new("inverter.DCA", Holding, 40096, U16)
                        .with_access(Read)
                        .with_scale_factor(40097)
                        .with_sentinels(&[0xFFFF])
                        .with_unit("A"),
                    Shape1.at("inverter.DCA_SF", 40097),
                    D::new("inverter.DCV", Holding, 40098, U16)
                        .with_access(Read)
                        .with_scale_factor(40099)
                        .with_sentinels(&[0xFFFF])
                        .with_unit("V"),
                    Shape1.at("inverter.DCV_SF", 40099),
                    D::new("inverter.DCW", Holding, 40100, I16)
                        .with_access(Read)
                        .with_scale_factor(40101)
                        .with_sentinels(&[0x8000])
                        .with_unit("W"),
                    Shape1.at("inverter.DCW_SF", 40101),
                    D::new("inverter.TmpCab", Holding, 40102, I16)
                        .with_access(Read)
                        .with_scale_factor(40106)
                        .with_plausible(Some(-40.0), Some(120.0))
                        .with_sentinels(&[0x8000])
                        .with_unit("°C"),
                    D::new("inverter.TmpSnk", Holding, 40103, I16)
                        .with_access(Read)
                        .with_scale_factor(40106)
                        .with_sentinels(&[0x8000])
                        .with_unit("°C"),
                    D::new("inverter.TmpTrns", Holding, 40104, I16)
                        .with_access(Read)
                        .with_scale_factor(40106)
                        .with_sentinels(&[0x8000])
                        .with_unit("°C"),
                    D::new("inverter.TmpOt", Holding, 40105, I16)
                        .with_access(Read)
                        .with_scale_factor(40106)
                        .with_sentinels(&[0x8000])
                        .with_unit("°C"),
                    Shape1.at("inverter.Tmp_SF", 40106),
                    D::new("inverter.St", Holding, 40107, U16)
                        .with_access(Read)
                        .with_sentinels(&[0xFFFF])
                        .with_values(super::InverterSt::VALUES),
                    D::new("inverter.StVnd", Holding, 40108, U16)
                        .with_access(Read)
                        .with_sentinels(&[0xFFFF]),
                ],
                &[
                    D::new("settings.WMaxLim_Pct", Holding, 40200, U16)
                        .with_scale_factor(40201)
                        .with_range(0.0, 100.0)
                        .with_unit("%"),
                    D::new("settings.WMaxLim_Pct_SF", Holding, 40201, I16).with_access(Read),
                ],
                &[Shape0.at("end.ID", 40121), Shape0.at("end.L", 40122)],
            ],
        );
        /// Shared by 4 registers, each at its own name and address (`Shape0.at(name, address)`).
        const Shape0: D = D::new("", Holding, 0, U16).with_access(Read);
        /// Shared by 12 registers, each at its own name and address (`Shape1.at(name, address)`).
        const Shape1: D = D::new("", Holding, 0, I16)
            .with_access(Read)
            .with_sentinels(&[0x8000]);
    }
    /// `marker.SunS`: holding 40000.
    pub const MARKER_SUN_S: mm::RegisterDescriptor = descriptors::ALL[0];
    /// `inverter.ID`: holding 40069.
    pub const INVERTER_ID: mm::RegisterDescriptor = descriptors::ALL[1];
    /// `inverter.L`: holding 40070.
    pub const INVERTER_L: mm::RegisterDescriptor = descriptors::ALL[2];
    /// `inverter.A`: holding 40071.
    pub const INVERTER_A: mm::RegisterDescriptor = descriptors::ALL[3];
    /// `inverter.AphA`: holding 40072.
    pub const INVERTER_APH_A: mm::RegisterDescriptor = descriptors::ALL[4];
    /// `inverter.AphB`: holding 40073.
    pub const INVERTER_APH_B: mm::RegisterDescriptor = descriptors::ALL[5];
    /// `inverter.AphC`: holding 40074.
    pub const INVERTER_APH_C: mm::RegisterDescriptor = descriptors::ALL[6];
    /// `inverter.A_SF`: holding 40075.
    pub const INVERTER_A_SF: mm::RegisterDescriptor = descriptors::ALL[7];
    /// `inverter.PPVphAB`: holding 40076.
    pub const INVERTER_PP_VPH_AB: mm::RegisterDescriptor = descriptors::ALL[8];
    /// `inverter.PPVphBC`: holding 40077.
    pub const INVERTER_PP_VPH_BC: mm::RegisterDescriptor = descriptors::ALL[9];
    /// `inverter.PPVphCA`: holding 40078.
    pub const INVERTER_PP_VPH_CA: mm::RegisterDescriptor = descriptors::ALL[10];
    /// `inverter.PhVphA`: holding 40079.
    pub const INVERTER_PH_VPH_A: mm::RegisterDescriptor = descriptors::ALL[11];
    /// `inverter.PhVphB`: holding 40080.
    pub const INVERTER_PH_VPH_B: mm::RegisterDescriptor = descriptors::ALL[12];
    /// `inverter.PhVphC`: holding 40081.
    pub const INVERTER_PH_VPH_C: mm::RegisterDescriptor = descriptors::ALL[13];
    /// `inverter.V_SF`: holding 40082.
    pub const INVERTER_V_SF: mm::RegisterDescriptor = descriptors::ALL[14];
    /// `inverter.W`: holding 40083.
    pub const INVERTER_W: mm::RegisterDescriptor = descriptors::ALL[15];
    /// `inverter.W_SF`: holding 40084.
    pub const INVERTER_W_SF: mm::RegisterDescriptor = descriptors::ALL[16];
    /// `inverter.Hz`: holding 40085.
    pub const INVERTER_HZ: mm::RegisterDescriptor = descriptors::ALL[17];
    /// `inverter.Hz_SF`: holding 40086.
    pub const INVERTER_HZ_SF: mm::RegisterDescriptor = descriptors::ALL[18];
    /// `inverter.VA`: holding 40087.
    pub const INVERTER_VA: mm::RegisterDescriptor = descriptors::ALL[19];
    /// `inverter.VA_SF`: holding 40088.
    pub const INVERTER_VA_SF: mm::RegisterDescriptor = descriptors::ALL[20];
    /// `inverter.VAr`: holding 40089.
    pub const INVERTER_V_AR: mm::RegisterDescriptor = descriptors::ALL[21];
    /// `inverter.VAr_SF`: holding 40090.
    pub const INVERTER_V_AR_SF: mm::RegisterDescriptor = descriptors::ALL[22];
    /// `inverter.PF`: holding 40091.
    pub const INVERTER_PF: mm::RegisterDescriptor = descriptors::ALL[23];
    /// `inverter.PF_SF`: holding 40092.
    pub const INVERTER_PF_SF: mm::RegisterDescriptor = descriptors::ALL[24];
    /// `inverter.WH`: holding 40093.
    pub const INVERTER_WH: mm::RegisterDescriptor = descriptors::ALL[25];
    /// `inverter.WH_SF`: holding 40095.
    pub const INVERTER_WH_SF: mm::RegisterDescriptor = descriptors::ALL[26];
    /// `inverter.DCA`: holding 40096.
    pub const INVERTER_DCA: mm::RegisterDescriptor = descriptors::ALL[27];
    /// `inverter.DCA_SF`: holding 40097.
    pub const INVERTER_DCA_SF: mm::RegisterDescriptor = descriptors::ALL[28];
    /// `inverter.DCV`: holding 40098.
    pub const INVERTER_DCV: mm::RegisterDescriptor = descriptors::ALL[29];
    /// `inverter.DCV_SF`: holding 40099.
    pub const INVERTER_DCV_SF: mm::RegisterDescriptor = descriptors::ALL[30];
    /// `inverter.DCW`: holding 40100.
    pub const INVERTER_DCW: mm::RegisterDescriptor = descriptors::ALL[31];
    /// `inverter.DCW_SF`: holding 40101.
    pub const INVERTER_DCW_SF: mm::RegisterDescriptor = descriptors::ALL[32];
    /// `inverter.TmpCab`: holding 40102.
    pub const INVERTER_TMP_CAB: mm::RegisterDescriptor = descriptors::ALL[33];
    /// `inverter.TmpSnk`: holding 40103.
    pub const INVERTER_TMP_SNK: mm::RegisterDescriptor = descriptors::ALL[34];
    /// `inverter.TmpTrns`: holding 40104.
    pub const INVERTER_TMP_TRNS: mm::RegisterDescriptor = descriptors::ALL[35];
    /// `inverter.TmpOt`: holding 40105.
    pub const INVERTER_TMP_OT: mm::RegisterDescriptor = descriptors::ALL[36];
    /// `inverter.Tmp_SF`: holding 40106.
    pub const INVERTER_TMP_SF: mm::RegisterDescriptor = descriptors::ALL[37];
    /// `inverter.St`: holding 40107.
    pub const INVERTER_ST: mm::RegisterDescriptor = descriptors::ALL[38];
    /// `inverter.StVnd`: holding 40108.
    pub const INVERTER_ST_VND: mm::RegisterDescriptor = descriptors::ALL[39];
    /// `settings.WMaxLim_Pct`: holding 40200.
    pub const SETTINGS_W_MAX_LIM_PCT: mm::RegisterDescriptor = descriptors::ALL[40];
    /// `settings.WMaxLim_Pct_SF`: holding 40201.
    pub const SETTINGS_W_MAX_LIM_PCT_SF: mm::RegisterDescriptor = descriptors::ALL[41];
    /// `end.ID`: holding 40121.
    pub const END_ID: mm::RegisterDescriptor = descriptors::ALL[42];
    /// `end.L`: holding 40122.
    pub const END_L: mm::RegisterDescriptor = descriptors::ALL[43];
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
    /// Slave dispatch tables: serve this device with `modbus_map::server` or the `no_std` dispatch core.
    pub mod dispatch {
        use ::modbus_map::__private::dispatch::{
            self, DeviceMap, Entry, GapRange, TableMap, UnitMap,
        };
        static UNIT_1_HOLDING: [Entry; 44] = Entry::runs(
            &super::REGISTERS,
            &[(0, 40, 0), (42, 2, 42), (40, 2, 44)],
        );
        static UNIT_1_HOLDING_INDEX: [u16; 202] = [
            0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11,
            12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 26, 27, 28, 29, 30,
            31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40,
            40, 40, 41, 42, 42, 42, 42, 42, 42, 42, 42, 42, 42, 42, 42, 42, 42, 42, 42, 42,
            42, 42, 42, 42, 42, 42, 42, 42, 42, 42, 42, 42, 42, 42, 42, 42, 42, 42, 42, 42,
            42, 42, 42, 42, 42, 42, 42, 42, 42, 42, 42, 42, 42, 42, 42, 42, 42, 42, 42, 42,
            42, 42, 42, 42, 42, 42, 42, 42, 42, 42, 42, 42, 42, 42, 42, 42, 42, 42, 42, 42,
            42, 43,
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
        pub static DEFAULTS: [u16; 46] = dispatch::words(
            &[
                (
                    0,
                    &[
                        21365, 28243, 103, 50, 123, 41, 41, 41, 65535, 4001, 4002, 3999,
                        2301, 2302, 2298, 65535, 284, 1, 5001, 65534, 290, 1, 65524, 1, 979,
                        65535, 1, 57920, 1, 750, 65534, 4025, 65535, 301, 1, 415, 482,
                    ],
                ),
                (38, &[32768, 65535, 4, 65535, 65535]),
                (44, &[1000, 65535]),
            ],
        );
        /// The device's whole map, for `modbus_map::dispatch::Dispatcher::new(&MAP)`.
        pub static MAP: DeviceMap = DeviceMap {
            name: "sunspec_demo",
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
            /// `marker.SunS`: SunSpec marker: `SunS`
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
            mm::register_fns!(read_sun_s, _, 0, str, "`marker.SunS`: SunSpec marker: `SunS`");
        }
        /// Model 103, three-phase inverter, through StVnd (the event bit fields that follow are left out)
        #[derive(Debug, Clone, PartialEq)]
        pub struct Inverter {
            /// `inverter.ID`: Model ID — Model identifier
            pub ID: u16,
            /// `inverter.L`: Model Length — Model length in registers
            pub L: u16,
            /// `inverter.A`: Amps — AC current, all phases (A, 0xFFFF = n/a)
            pub A: ::core::option::Option<f64>,
            /// `inverter.AphA`: Amps PhaseA (A, 0xFFFF = n/a)
            pub AphA: ::core::option::Option<f64>,
            /// `inverter.AphB`: Amps PhaseB (A, 0xFFFF = n/a)
            pub AphB: ::core::option::Option<f64>,
            /// `inverter.AphC`: Amps PhaseC (A, 0xFFFF = n/a)
            pub AphC: ::core::option::Option<f64>,
            /// `inverter.A_SF`: Scale factor of the currents (0x8000 = n/a)
            pub A_SF: ::core::option::Option<i16>,
            /// `inverter.PPVphAB`: Phase Voltage AB (V, 0xFFFF = n/a)
            pub PPVphAB: ::core::option::Option<f64>,
            /// `inverter.PPVphBC`: Phase Voltage BC (V, 0xFFFF = n/a)
            pub PPVphBC: ::core::option::Option<f64>,
            /// `inverter.PPVphCA`: Phase Voltage CA (V, 0xFFFF = n/a)
            pub PPVphCA: ::core::option::Option<f64>,
            /// `inverter.PhVphA`: Phase Voltage AN (V, 0xFFFF = n/a)
            pub PhVphA: ::core::option::Option<f64>,
            /// `inverter.PhVphB`: Phase Voltage BN (V, 0xFFFF = n/a)
            pub PhVphB: ::core::option::Option<f64>,
            /// `inverter.PhVphC`: Phase Voltage CN (V, 0xFFFF = n/a)
            pub PhVphC: ::core::option::Option<f64>,
            /// `inverter.V_SF`: Scale factor of the voltages (0x8000 = n/a)
            pub V_SF: ::core::option::Option<i16>,
            /// `inverter.W`: Watts — AC power (W, 0x8000 = n/a)
            pub W: ::core::option::Option<f64>,
            /// `inverter.W_SF`: Scale factor of the AC power (0x8000 = n/a)
            pub W_SF: ::core::option::Option<i16>,
            /// `inverter.Hz`: Hz — Line frequency (Hz, plausible 45 ..= 65, 0xFFFF = n/a)
            pub Hz: ::core::option::Option<f64>,
            /// `inverter.Hz_SF`:  (0x8000 = n/a)
            pub Hz_SF: ::core::option::Option<i16>,
            /// `inverter.VA`: VA (VA, 0x8000 = n/a)
            pub VA: ::core::option::Option<f64>,
            /// `inverter.VA_SF`:  (0x8000 = n/a)
            pub VA_SF: ::core::option::Option<i16>,
            /// `inverter.VAr`: VAr (var, 0x8000 = n/a)
            pub VAr: ::core::option::Option<f64>,
            /// `inverter.VAr_SF`:  (0x8000 = n/a)
            pub VAr_SF: ::core::option::Option<i16>,
            /// `inverter.PF`: PF (%, 0x8000 = n/a)
            pub PF: ::core::option::Option<f64>,
            /// `inverter.PF_SF`:  (0x8000 = n/a)
            pub PF_SF: ::core::option::Option<i16>,
            /// `inverter.WH`: WattHours — AC lifetime energy (acc32) (Wh, 0x00000000 = n/a)
            pub WH: ::core::option::Option<f64>,
            /// `inverter.WH_SF`:  (0x8000 = n/a)
            pub WH_SF: ::core::option::Option<i16>,
            /// `inverter.DCA`: DC Amps (A, 0xFFFF = n/a)
            pub DCA: ::core::option::Option<f64>,
            /// `inverter.DCA_SF`:  (0x8000 = n/a)
            pub DCA_SF: ::core::option::Option<i16>,
            /// `inverter.DCV`: DC Voltage (V, 0xFFFF = n/a)
            pub DCV: ::core::option::Option<f64>,
            /// `inverter.DCV_SF`:  (0x8000 = n/a)
            pub DCV_SF: ::core::option::Option<i16>,
            /// `inverter.DCW`: DC Watts (W, 0x8000 = n/a)
            pub DCW: ::core::option::Option<f64>,
            /// `inverter.DCW_SF`:  (0x8000 = n/a)
            pub DCW_SF: ::core::option::Option<i16>,
            /// `inverter.TmpCab`: Cabinet Temperature — Cabinet temperature (°C, plausible -40 ..= 120, 0x8000 = n/a)
            pub TmpCab: ::core::option::Option<f64>,
            /// `inverter.TmpSnk`: Heat Sink Temperature — Heat sink temperature (°C, 0x8000 = n/a)
            pub TmpSnk: ::core::option::Option<f64>,
            /// `inverter.TmpTrns`: Transformer Temperature (°C, 0x8000 = n/a)
            pub TmpTrns: ::core::option::Option<f64>,
            /// `inverter.TmpOt`: Other Temperature — Not implemented: reads 0x8000 (°C, 0x8000 = n/a)
            pub TmpOt: ::core::option::Option<f64>,
            /// `inverter.Tmp_SF`:  (0x8000 = n/a)
            pub Tmp_SF: ::core::option::Option<i16>,
            /// `inverter.St`: Operating State — Operating state (0xFFFF = n/a)
            pub St: ::core::option::Option<InverterSt>,
            /// `inverter.StVnd`: Vendor Operating State — Vendor operating state (not implemented: reads 0xFFFF) (0xFFFF = n/a)
            pub StVnd: ::core::option::Option<u16>,
        }
        mm::block_decode!(
            Inverter { ID 0, L 1, A 2, AphA 3, AphB 4, AphC 5, A_SF 6, PPVphAB 7, PPVphBC 8,
            PPVphCA 9, PhVphA 10, PhVphB 11, PhVphC 12, V_SF 13, W 14, W_SF 15, Hz 16, Hz_SF 17,
            VA 18, VA_SF 19, VAr 20, VAr_SF 21, PF 22, PF_SF 23, WH 24, WH_SF 25, DCA 26, DCA_SF
            27, DCV 28, DCV_SF 29, DCW 30, DCW_SF 31, TmpCab 32, TmpSnk 33, TmpTrns 34, TmpOt 35,
            Tmp_SF 36, St 37, StVnd 38 }
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
                read_id, _, 0, u16, "`inverter.ID`: Model ID — Model identifier"
            );
            mm::register_fns!(
                read_l, _, 1, u16, "`inverter.L`: Model Length — Model length in registers"
            );
            mm::register_fns!(
                read_a, _, 2, [::core::option::Option < f64 >],
                "`inverter.A`: Amps — AC current, all phases (A, 0xFFFF = n/a)"
            );
            mm::register_fns!(
                read_aph_a, _, 3, [::core::option::Option < f64 >],
                "`inverter.AphA`: Amps PhaseA (A, 0xFFFF = n/a)"
            );
            mm::register_fns!(
                read_aph_b, _, 4, [::core::option::Option < f64 >],
                "`inverter.AphB`: Amps PhaseB (A, 0xFFFF = n/a)"
            );
            mm::register_fns!(
                read_aph_c, _, 5, [::core::option::Option < f64 >],
                "`inverter.AphC`: Amps PhaseC (A, 0xFFFF = n/a)"
            );
            mm::register_fns!(
                read_a_sf, _, 6, [::core::option::Option < i16 >],
                "`inverter.A_SF`: Scale factor of the currents (0x8000 = n/a)"
            );
            mm::register_fns!(
                read_pp_vph_ab, _, 7, [::core::option::Option < f64 >],
                "`inverter.PPVphAB`: Phase Voltage AB (V, 0xFFFF = n/a)"
            );
            mm::register_fns!(
                read_pp_vph_bc, _, 8, [::core::option::Option < f64 >],
                "`inverter.PPVphBC`: Phase Voltage BC (V, 0xFFFF = n/a)"
            );
            mm::register_fns!(
                read_pp_vph_ca, _, 9, [::core::option::Option < f64 >],
                "`inverter.PPVphCA`: Phase Voltage CA (V, 0xFFFF = n/a)"
            );
            mm::register_fns!(
                read_ph_vph_a, _, 10, [::core::option::Option < f64 >],
                "`inverter.PhVphA`: Phase Voltage AN (V, 0xFFFF = n/a)"
            );
            mm::register_fns!(
                read_ph_vph_b, _, 11, [::core::option::Option < f64 >],
                "`inverter.PhVphB`: Phase Voltage BN (V, 0xFFFF = n/a)"
            );
            mm::register_fns!(
                read_ph_vph_c, _, 12, [::core::option::Option < f64 >],
                "`inverter.PhVphC`: Phase Voltage CN (V, 0xFFFF = n/a)"
            );
            mm::register_fns!(
                read_v_sf, _, 13, [::core::option::Option < i16 >],
                "`inverter.V_SF`: Scale factor of the voltages (0x8000 = n/a)"
            );
            mm::register_fns!(
                read_w, _, 14, [::core::option::Option < f64 >],
                "`inverter.W`: Watts — AC power (W, 0x8000 = n/a)"
            );
            mm::register_fns!(
                read_w_sf, _, 15, [::core::option::Option < i16 >],
                "`inverter.W_SF`: Scale factor of the AC power (0x8000 = n/a)"
            );
            mm::register_fns!(
                read_hz, _, 16, [::core::option::Option < f64 >],
                "`inverter.Hz`: Hz — Line frequency (Hz, plausible 45 ..= 65, 0xFFFF = n/a)"
            );
            mm::register_fns!(
                read_hz_sf, _, 17, [::core::option::Option < i16 >],
                "`inverter.Hz_SF`:  (0x8000 = n/a)"
            );
            mm::register_fns!(
                read_va, _, 18, [::core::option::Option < f64 >],
                "`inverter.VA`: VA (VA, 0x8000 = n/a)"
            );
            mm::register_fns!(
                read_va_sf, _, 19, [::core::option::Option < i16 >],
                "`inverter.VA_SF`:  (0x8000 = n/a)"
            );
            mm::register_fns!(
                read_v_ar, _, 20, [::core::option::Option < f64 >],
                "`inverter.VAr`: VAr (var, 0x8000 = n/a)"
            );
            mm::register_fns!(
                read_v_ar_sf, _, 21, [::core::option::Option < i16 >],
                "`inverter.VAr_SF`:  (0x8000 = n/a)"
            );
            mm::register_fns!(
                read_pf, _, 22, [::core::option::Option < f64 >],
                "`inverter.PF`: PF (%, 0x8000 = n/a)"
            );
            mm::register_fns!(
                read_pf_sf, _, 23, [::core::option::Option < i16 >],
                "`inverter.PF_SF`:  (0x8000 = n/a)"
            );
            mm::register_fns!(
                read_wh, _, 24, [::core::option::Option < f64 >],
                "`inverter.WH`: WattHours — AC lifetime energy (acc32) (Wh, 0x00000000 = n/a)"
            );
            mm::register_fns!(
                read_wh_sf, _, 25, [::core::option::Option < i16 >],
                "`inverter.WH_SF`:  (0x8000 = n/a)"
            );
            mm::register_fns!(
                read_dca, _, 26, [::core::option::Option < f64 >],
                "`inverter.DCA`: DC Amps (A, 0xFFFF = n/a)"
            );
            mm::register_fns!(
                read_dca_sf, _, 27, [::core::option::Option < i16 >],
                "`inverter.DCA_SF`:  (0x8000 = n/a)"
            );
            mm::register_fns!(
                read_dcv, _, 28, [::core::option::Option < f64 >],
                "`inverter.DCV`: DC Voltage (V, 0xFFFF = n/a)"
            );
            mm::register_fns!(
                read_dcv_sf, _, 29, [::core::option::Option < i16 >],
                "`inverter.DCV_SF`:  (0x8000 = n/a)"
            );
            mm::register_fns!(
                read_dcw, _, 30, [::core::option::Option < f64 >],
                "`inverter.DCW`: DC Watts (W, 0x8000 = n/a)"
            );
            mm::register_fns!(
                read_dcw_sf, _, 31, [::core::option::Option < i16 >],
                "`inverter.DCW_SF`:  (0x8000 = n/a)"
            );
            mm::register_fns!(
                read_tmp_cab, _, 32, [::core::option::Option < f64 >],
                "`inverter.TmpCab`: Cabinet Temperature — Cabinet temperature (°C, plausible -40 ..= 120, 0x8000 = n/a)"
            );
            mm::register_fns!(
                read_tmp_snk, _, 33, [::core::option::Option < f64 >],
                "`inverter.TmpSnk`: Heat Sink Temperature — Heat sink temperature (°C, 0x8000 = n/a)"
            );
            mm::register_fns!(
                read_tmp_trns, _, 34, [::core::option::Option < f64 >],
                "`inverter.TmpTrns`: Transformer Temperature (°C, 0x8000 = n/a)"
            );
            mm::register_fns!(
                read_tmp_ot, _, 35, [::core::option::Option < f64 >],
                "`inverter.TmpOt`: Other Temperature — Not implemented: reads 0x8000 (°C, 0x8000 = n/a)"
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
                "`inverter.StVnd`: Vendor Operating State — Vendor operating state (not implemented: reads 0xFFFF) (0xFFFF = n/a)"
            );
        }
        /// A writable value with its factor, to show how writes use the device's current factor (not a SunSpec model)
        #[derive(Debug, Clone, PartialEq)]
        pub struct Settings {
            /// `settings.WMaxLim_Pct`: Power limit (%, 0 ..= 100)
            pub WMaxLim_Pct: f64,
            /// `settings.WMaxLim_Pct_SF`
            pub WMaxLim_Pct_SF: i16,
        }
        mm::block_decode!(Settings { WMaxLim_Pct 0, WMaxLim_Pct_SF 1 });
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
                read_w_max_lim_pct, write_w_max_lim_pct, 0, f64,
                "`settings.WMaxLim_Pct`: Power limit (%, 0 ..= 100)"
            );
            mm::register_fns!(read_w_max_lim_pct_sf, _, 1, i16, "`settings.WMaxLim_Pct_SF`");
        }
        /// Readable registers of block `end`.
        #[derive(Debug, Clone, PartialEq)]
        pub struct End {
            /// `end.ID`: End of the SunSpec models
            pub ID: u16,
            /// `end.L`
            pub L: u16,
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
            mm::register_fns!(read_id, _, 0, u16, "`end.ID`: End of the SunSpec models");
            mm::register_fns!(read_l, _, 1, u16, "`end.L`");
        }
        /// Everything [`Client::read_all`] returns: one field per block.
        #[derive(Debug, Clone, PartialEq)]
        pub struct All {
            /// Block `marker`.
            pub marker: Marker,
            /// Block `inverter`.
            pub inverter: Inverter,
            /// Block `settings`.
            pub settings: Settings,
            /// Block `end`.
            pub end: End,
        }
        mm::device_client!("SunSpec-style inverter (demo)");
        impl<C: mm::Reader + mm::Writer> Client<C> {
            /// Block `marker` (base 40000).
            pub fn marker(&mut self) -> MarkerClient<'_, C> {
                MarkerClient(self.0.block(&REGISTERS[0..1], &REGISTERS, LIMITS))
            }
            /// Block `inverter` (base 40069).
            pub fn inverter(&mut self) -> InverterClient<'_, C> {
                InverterClient(self.0.block(&REGISTERS[1..40], &REGISTERS, LIMITS))
            }
            /// Block `settings` (base 40200).
            pub fn settings(&mut self) -> SettingsClient<'_, C> {
                SettingsClient(self.0.block(&REGISTERS[40..42], &REGISTERS, LIMITS))
            }
            /// Block `end` (base 40121).
            pub fn end(&mut self) -> EndClient<'_, C> {
                EndClient(self.0.block(&REGISTERS[42..44], &REGISTERS, LIMITS))
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
                            inverter: v.block(&REGISTERS[1..40])?,
                            settings: v.block(&REGISTERS[40..42])?,
                            end: v.block(&REGISTERS[42..44])?,
                        }),
                    )
                    .await
            }
        }
    }
}
