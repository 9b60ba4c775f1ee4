//! Property tests: random valid specs survive YAML and CSV round trips with
//! the same IR; random bytes and spec-like token soup never panic the loaders.

use modbus_map_codegen::convert::{device_to_spec, to_csv, to_yaml};
use modbus_map_codegen::ir::Device;
use modbus_map_codegen::spec::{BitSpec, BlockSpec, EnumSpec, RegisterSpec, RepeatSpec, Spanned, Spec, Value};
use modbus_map_codegen::{load, parse_str, validate, Format};
use proptest::prelude::*;

mod common;
use common::positionless;

/// Free text as people write it in descriptions: quotes, colons, commas, `#`, non-ASCII.
fn text() -> impl Strategy<Value = String> {
    "[a-zA-Z0-9 ,:#\"'°äß%/()=;-]{1,30}".prop_map(|s| s.trim().to_owned()).prop_filter("non-empty", |s| !s.is_empty())
}

fn ident() -> impl Strategy<Value = String> {
    "[a-z][a-z0-9_]{0,8}"
}

#[derive(Debug, Clone)]
enum Kind {
    Fixed(&'static str, u16),
    Str(i64),
    Raw(i64),
}

fn word_kind() -> impl Strategy<Value = Kind> {
    prop_oneof![
        prop::sample::select(vec![
            Kind::Fixed("u8", 1),
            Kind::Fixed("i8", 1),
            Kind::Fixed("u16", 1),
            Kind::Fixed("i16", 1),
            Kind::Fixed("u32", 2),
            Kind::Fixed("i32", 2),
            Kind::Fixed("f32", 2),
            Kind::Fixed("u64", 4),
            Kind::Fixed("i64", 4),
            Kind::Fixed("f64", 4),
        ]),
        (1i64..=8).prop_map(Kind::Str),
        (1i64..=4).prop_map(Kind::Raw),
    ]
}

fn scale() -> impl Strategy<Value = Option<Value>> {
    prop_oneof![
        Just(None),
        (1i64..=100).prop_map(|i| Some(Value::Int(i))),
        prop::sample::select(vec![0.1, 0.5, 0.01, 2.5, -1.0]).prop_map(|f| Some(Value::Float(f))),
        (1i64..=100).prop_map(|d| Some(Value::Text(format!("1/{d}")))),
    ]
}

#[derive(Debug, Clone)]
struct RegisterPlan {
    name: String,
    kind: Kind,
    scale: Option<Value>,
    unit: Option<String>,
    description: Option<String>,
    access_read_only: bool,
    values: Vec<(i64, String)>,
    bits: Vec<(u8, String)>,
    since: Option<(u16, u16)>,
}

fn register_plan() -> impl Strategy<Value = RegisterPlan> {
    (
        ident(),
        word_kind(),
        scale(),
        prop::option::of("[a-zA-Z°%/]{1,5}"),
        prop::option::of(text()),
        any::<bool>(),
        prop::collection::btree_map(0i64..=100, ident(), 0..4),
        prop::collection::btree_map(0u8..=7, ident(), 0..4),
        prop::option::of((0u16..=4, 0u16..=9)),
    )
        .prop_map(|(name, kind, scale, unit, description, ro, values, bits, since)| RegisterPlan {
            name,
            kind,
            scale,
            unit,
            description,
            access_read_only: ro,
            values: values.into_iter().collect(),
            bits: bits.into_iter().collect(),
            since,
        })
}

#[derive(Debug, Clone)]
struct BlockPlan {
    table: &'static str,
    base: i64,
    repeat: Option<i64>,
    description: Option<String>,
    registers: Vec<RegisterPlan>,
}

fn block_plan() -> impl Strategy<Value = BlockPlan> {
    (
        prop::sample::select(vec!["coil", "discrete", "input", "holding"]),
        0i64..=2000,
        prop::option::of(2i64..=4),
        prop::option::of(text()),
        prop::collection::vec(register_plan(), 1..6),
    )
        .prop_map(|(table, base, repeat, description, registers)| BlockPlan { table, base, repeat, description, registers })
}

/// Builds a spec that is valid by construction: unique names, no overlaps
/// (each block gets its own 10000-address window), types fitting their tables.
fn build(blocks: Vec<BlockPlan>, title: Option<String>) -> Spec {
    let mut spec = Spec::new("random.yaml", "random_device");
    spec.device.title = title.map(Spanned::bare);
    spec.device.firmware = Some("5.0".into());
    for (bi, plan) in blocks.into_iter().enumerate() {
        let mut block = BlockSpec::new(&format!("b{bi}"), plan.table);
        block.base = Some(Spanned::bare(plan.base + bi as i64 * 10_000));
        block.description = plan.description.map(Spanned::bare);
        let bit_table = plan.table == "coil" || plan.table == "discrete";
        let mut next = 0i64;
        let mut seen = std::collections::BTreeSet::new();
        for rp in plan.registers {
            // Distinct names can share an identifier (`e__` and `e`); the validator rejects that, so skip them.
            if !seen.insert(heck::ToSnakeCase::to_snake_case(rp.name.as_str())) {
                continue;
            }
            let (type_name, length, width) = if bit_table {
                ("bool", None, 1)
            } else {
                match rp.kind {
                    Kind::Fixed(t, w) => (t, None, w as i64),
                    Kind::Str(n) => ("string", Some(n), (n + 1) / 2),
                    Kind::Raw(n) => ("raw", Some(n), n),
                }
            };
            let mut r = RegisterSpec::new(&rp.name, next, type_name);
            next += width;
            r.length = length.map(Spanned::bare);
            r.unit = rp.unit.map(Spanned::bare);
            r.description = rp.description.map(Spanned::bare);
            r.since = rp.since.map(|(a, b)| Spanned::bare(format!("{a}.{b}")));
            if rp.access_read_only || !bit_table && plan.table == "input" || plan.table == "discrete" {
                r.access = Some("r".into());
            }
            let integer = matches!(type_name, "u8" | "i8" | "u16" | "i16" | "u32" | "i32" | "u64" | "i64");
            if integer {
                r.scale = rp.scale.map(Spanned::bare);
                let mut idents = std::collections::BTreeSet::new();
                for (raw, name) in rp.values {
                    if idents.insert(heck::ToUpperCamelCase::to_upper_camel_case(name.as_str())) {
                        r.values.push(EnumSpec { raw: Spanned::bare(raw), name: Spanned::bare(name) });
                    }
                }
                let mut bit_idents = std::collections::BTreeSet::new();
                for (bit, name) in rp.bits {
                    if bit_idents.insert(heck::ToShoutySnakeCase::to_shouty_snake_case(name.as_str())) {
                        r.bits.push(BitSpec { key: Spanned::bare(bit.to_string()), name: Spanned::bare(name) });
                    }
                }
            }
            block.registers.push(r);
        }
        if let Some(count) = plan.repeat {
            block.repeat = Some(RepeatSpec {
                count: Some(Spanned::bare(count)),
                stride: Some(Spanned::bare(next.max(1))),
                line: 0,
                column: 0,
            });
        }
        spec.blocks.push(block);
    }
    spec
}

fn ir_of(text: &str, format: Format) -> Result<Device, String> {
    let spec = parse_str(text, "random.yaml", format).map_err(|d| format!("{d}\n{text}"))?;
    validate(&spec).map(|c| positionless(c.device)).map_err(|d| format!("{d}\n{text}"))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn random_specs_round_trip(blocks in prop::collection::vec(block_plan(), 1..4), title in prop::option::of(text())) {
        let spec = build(blocks, title);
        let direct = match validate(&spec) {
            Ok(c) => positionless(c.device),
            // Keyword names are warnings only, so anything else is a generator bug worth seeing.
            Err(d) => return Err(TestCaseError::fail(format!("generated spec does not validate:\n{d}"))),
        };
        let yaml = to_yaml(&spec);
        let from_yaml = ir_of(&yaml, Format::Yaml).map_err(TestCaseError::fail)?;
        prop_assert_eq!(&direct, &from_yaml, "YAML:\n{}", yaml);
        let csv = to_csv(&spec).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let from_csv = ir_of(&csv, Format::Csv).map_err(TestCaseError::fail)?;
        prop_assert_eq!(&direct, &from_csv, "CSV:\n{}", csv);
        let from_ir = validate(&device_to_spec(&direct)).map(|c| positionless(c.device)).map_err(|d| TestCaseError::fail(d.to_string()))?;
        prop_assert_eq!(&direct, &from_ir, "IR → spec → IR");
    }

    #[test]
    fn random_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        for format in [Format::Yaml, Format::Csv] {
            if let Ok(spec) = load::parse_bytes(&bytes, "junk", format) {
                let _ = validate(&spec);
            }
        }
    }

    #[test]
    fn random_text_never_panics(text in "\\PC{0,400}") {
        for format in [Format::Yaml, Format::Csv] {
            if let Ok(spec) = parse_str(&text, "junk", format) {
                let _ = validate(&spec);
            }
        }
    }

    #[test]
    fn yaml_token_soup_never_panics(tokens in prop::collection::vec(prop::sample::select(YAML_TOKENS.to_vec()), 0..80)) {
        let text: String = tokens.concat();
        if let Ok(spec) = parse_str(&text, "soup.yaml", Format::Yaml) {
            if let Err(d) = validate(&spec) {
                prop_assert!(d.has_errors());
                let _ = d.render(&modbus_map_codegen::Sources::single("soup.yaml", &text));
            }
        }
    }

    #[test]
    fn csv_token_soup_never_panics(tokens in prop::collection::vec(prop::sample::select(CSV_TOKENS.to_vec()), 0..80)) {
        let text: String = tokens.concat();
        if let Ok(spec) = parse_str(&text, "soup.csv", Format::Csv) {
            if let Err(d) = validate(&spec) {
                let _ = d.render(&modbus_map_codegen::Sources::single("soup.csv", &text));
            }
        }
    }
}

const YAML_TOKENS: &[&str] = &[
    "device:\n", "  name: x\n", "blocks:\n", "  - name: b\n", "    table: holding\n", "    table: coil\n",
    "    registers:\n", "      - ", "{ name: r, address: 0, type: u16 }\n", "name: r\n", "        address: 65535\n",
    "        type: u64\n", "        type: string\n", "        length: 0\n", "        alias_of: b.r\n", "        scale: \"1/0\"\n",
    "        bits: { \"9-3\": x, 70: y }\n", "        values: { -1: a, 0x10000: b }\n", "    repeat: { count: 65535, stride: 0 }\n",
    "    base: -1\n", "  unit_id: 999\n", "        min: 1e308\n", "        max: -1e308\n", "        default: abc\n",
    "        overlaps: [b.r, b.s]\n", "        since: \"99999.1\"\n", "  firmware: \"1.2.3.4.5\"\n", "&a ", "*a ", "!tag ",
    "[", "]", "{", "}", ",", ":", "- ", "? ", "\"", "'", "#", "\n", "  ", "\t", "---\n", "...\n", "%YAML 1.2\n", "|\n", ">\n",
];

const CSV_TOKENS: &[&str] = &[
    "# name: x\n", "# block.b.base: 10\n", "# block.b.repeat_count: 3\n", "# block..x: 1\n", "# unit_id: 0\n",
    "block,table,name,address,type,length,values,bits,alias_of,overlaps,scale\n", "b,holding,r,0,u16,,,,,,\n",
    "b,coil,c,0,bool,,,,,,\n", "b,input,s,1,string,0,,,,,\n", ",,,,,,\n", "0=a;1=b", "8-10=x;0=y", "b.r", "1/10", "\"", ",", "\n",
    "\r\n", "#", "=", ";", "65536", "-5", "0x", "block_base", "repeat_stride",
];
