//! Broken-spec fixtures: every file under `tests/fixtures/broken/` (one per
//! validator rule) and `tests/fixtures/seeds/` (seed contradictions transcribed
//! verbatim) starts with `# expect: CODE[, CODE…]`. The spec must fail to load
//! with exactly those diagnostic codes, and the rendered diagnostics (message,
//! line, register) are snapshot-tested.

use modbus_map_codegen::{load, load_str, validate, Diagnostics, Format, Sources};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("codegen sits in the workspace").to_path_buf()
}

/// The expected codes of a fixture, and its bytes with the annotation line
/// blanked to a bare comment (line numbers stay put; a CSV loader would take
/// `# expect:` for a device setting). Bytes, because one fixture is not UTF-8.
fn fixture(path: &Path) -> (BTreeSet<String>, Vec<u8>) {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let split = bytes.iter().position(|&b| b == b'\n').unwrap_or(bytes.len());
    let first = String::from_utf8_lossy(&bytes[..split]).into_owned();
    let codes = first
        .trim_start_matches('#')
        .trim()
        .strip_prefix("expect:")
        .unwrap_or_else(|| panic!("{}: the first line must be `# expect: CODE[, CODE…]`, found `{first}`", path.display()));
    let codes = codes.split(',').map(|c| c.trim().to_owned()).filter(|c| !c.is_empty()).collect();
    let mut blanked = b"#".to_vec();
    blanked.extend_from_slice(&bytes[split..]);
    (codes, blanked)
}

fn run(path: &Path) -> (BTreeSet<String>, Diagnostics, String, String) {
    let (expected, bytes) = fixture(path);
    let rel = path.strip_prefix(workspace()).unwrap_or(path).to_string_lossy().replace('\\', "/");
    let format = Format::from_path(path).unwrap_or_else(|| panic!("{rel}: fixtures end in .yaml, .yml or .csv"));
    let diags = match load::parse_bytes(&bytes, &rel, format).and_then(|spec| validate(&spec)) {
        Ok(checked) => checked.warnings,
        Err(d) => d,
    };
    let rendered = diags.render(&Sources::single(&rel, &String::from_utf8_lossy(&bytes)));
    (expected, diags, rendered, rel)
}

fn check(path: &Path) -> String {
    let (expected, diags, rendered, rel) = run(path);
    let found: BTreeSet<String> = diags.iter().map(|d| d.code.to_owned()).collect();
    assert_eq!(found, expected, "{rel}: expected exactly codes {expected:?}, got:\n{rendered}");
    if expected.iter().any(|c| c != "keyword") {
        assert!(diags.has_errors(), "{rel}: must fail to load");
    }
    for d in diags.iter() {
        assert!(d.origin.line > 0, "{rel}: diagnostic `{}` has no line:\n{rendered}", d.code);
        // The derive points at attributes through the subject, so every spec-level problem names its key.
        if !matches!(d.code, "syntax" | "encoding") {
            assert!(d.subject.key.is_some(), "{rel}: diagnostic `{}` has no subject key", d.code);
        }
        assert!(rendered.contains(&format!("{rel}:{}:{}", d.origin.line, d.origin.column)));
    }
    rendered
}

#[test]
fn broken_fixtures() {
    insta::glob!("../../tests/fixtures/broken", "*.{yaml,yml,csv}", |path| insta::assert_snapshot!(check(path)));
}

#[test]
fn seed_fixtures() {
    insta::glob!("../../tests/fixtures/seeds", "*.{yaml,yml,csv}", |path| insta::assert_snapshot!(check(path)));
}

/// Every rule of the format has a fixture, so no rule goes untested.
#[test]
fn every_code_has_a_broken_fixture() {
    let dir = workspace().join("tests/fixtures/broken");
    let mut covered = BTreeSet::new();
    for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display())) {
        let path = entry.expect("readable directory entry").path();
        if Format::from_path(&path).is_some() {
            covered.extend(fixture(&path).0);
        }
    }
    let rules = [
        "duplicate-block",
        "duplicate-register",
        "bad-identifier",
        "unknown-key",
        "missing-key",
        "bad-value",
        "overlap",
        "overlap-permission",
        "address-overflow",
        "repeat-overlap",
        "name-clash",
        "type-table",
        "access-table",
        "self-clearing-read-only",
        "byte-order-type",
        "plausible-range",
        "sentinel-type",
        "sentinel-value",
        "sentinel-range",
        "write-function-read-only",
        "write-function-width",
        "min-max",
        "default-range",
        "range-type",
        "scale-zero",
        "enum-range",
        "example",
        "bit-range",
        "bit-overlap",
        "zero-length",
        "alias-missing",
        "alias-chain",
        "alias-type",
        "alias-conversion",
        "scale-factor-missing",
        "scale-factor-type",
        "scale-factor-chain",
        "scale-factor-table",
        "scale-factor-scale",
        "bad-version",
        "since-firmware",
        "unit-id",
        "syntax",
        "duplicate-key",
        "keyword",
        "encoding",
    ];
    let missing: Vec<_> = rules.iter().filter(|r| !covered.contains(**r)).collect();
    assert!(missing.is_empty(), "rules without a fixture in tests/fixtures/broken: {missing:?}");
}

#[test]
fn all_problems_are_reported_at_once() {
    let text = "\
device:
  name: x
  unit_id: 0
blocks:
  - name: a
    table: input
    registers:
      - { name: t, address: 0, type: bool }
      - { name: u, address: 1, type: u16, access: rw, scale: 0 }
";
    let e = load_str(text, "x.yaml", Format::Yaml).unwrap_err();
    let codes: BTreeSet<_> = e.iter().map(|d| d.code).collect();
    assert_eq!(codes, BTreeSet::from(["unit-id", "type-table", "access-table", "scale-zero"]));
    let u = e.iter().find(|d| d.code == "access-table").unwrap();
    assert_eq!(u.register.as_deref(), Some("a.u"));
    assert_eq!(u.address, Some(1));
    assert_eq!((u.origin.line, u.subject.block, u.subject.register), (9, Some(0), Some(1)));
}

#[test]
fn binary_junk_reports_the_byte_offset() {
    let mut bytes = b"device:\n  name: x\n".to_vec();
    bytes.extend_from_slice(&[0xff, 0xfe, 0x00]);
    let e = modbus_map_codegen::load::parse_bytes(&bytes, "junk.yaml", Format::Yaml).unwrap_err();
    assert_eq!(e.codes(), vec!["encoding"]);
    assert!(e.items[0].message.contains("byte offset 18"), "{}", e.items[0].message);
    assert_eq!((e.items[0].origin.line, e.items[0].origin.column), (3, 1));
}

#[test]
fn oversized_input_is_refused_before_parsing() {
    let big = "#".repeat(modbus_map_codegen::load::MAX_SPEC_BYTES + 1);
    let e = load_str(&big, "big.yaml", Format::Yaml).unwrap_err();
    assert_eq!(e.codes(), vec!["too-large"]);
    let e = load_str(&big, "big.csv", Format::Csv).unwrap_err();
    assert_eq!(e.codes(), vec!["too-large"]);
}

#[test]
fn yaml_bomb_is_refused() {
    let bomb = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n";
    let e = load_str(bomb, "bomb.yaml", Format::Yaml).unwrap_err();
    assert_eq!(e.codes(), vec!["syntax"]);
    assert!(e.items[0].message.contains("anchors"));
}

#[test]
fn missing_file_is_a_diagnostic() {
    let e = modbus_map_codegen::load_path(Path::new("no/such/spec.yaml")).unwrap_err();
    assert_eq!(e.codes(), vec!["io"]);
    assert!(e.items[0].message.contains("no/such/spec.yaml"));
}

/// The derive builds the model in code, without positions; diagnostics then
/// locate the problem by subject (block, register, key) instead.
#[test]
fn specs_built_in_code_report_by_subject() {
    use modbus_map_codegen::spec::{BlockSpec, RegisterSpec, Spec};
    let mut spec = Spec::new("src/lib.rs", "derived");
    let mut block = BlockSpec::new("status", "input");
    block.registers.push(RegisterSpec::new("temp", 0, "i16"));
    let mut wrong = RegisterSpec::new("mode", 1, "u16");
    wrong.access = Some("rw".into());
    block.registers.push(wrong);
    spec.blocks.push(block);
    let e = validate(&spec).unwrap_err();
    assert_eq!(e.codes(), ["access-table"]);
    let d = &e.items[0];
    assert_eq!((d.subject.block, d.subject.register, d.subject.key.as_deref()), (Some(0), Some(1), Some("access")));
    assert_eq!((d.origin.line, d.register.as_deref(), d.address), (0, Some("status.mode"), Some(1)));
    let rendered = e.render(&Sources::new());
    assert!(rendered.starts_with("error[access-table]:") && rendered.contains("--> src/lib.rs\n"), "{rendered}");

    spec.blocks[0].registers[1].access = None;
    let ok = validate(&spec).expect("valid once the access is fixed");
    assert_eq!(ok.device.register("status.mode").map(|r| r.ident.as_str()), Some("status_mode"));
    assert!(ok.warnings.is_empty());
}

/// `scale_factor` resolves within the instance: a bare name and `block.register` of
/// the own repeated block name instance k's factor; another block's register is
/// shared by every instance; an alias inherits its target's factor.
#[test]
fn scale_factors_resolve_within_each_instance() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/specs/features.yaml");
    let device = modbus_map_codegen::load_path(&path).expect("the feature tour validates").into_device();
    let factor = |q: &str| device.register(q).unwrap_or_else(|| panic!("no {q}")).scale_factor.clone();
    assert_eq!(factor("inverter1.W").as_deref(), Some("inverter1.W_SF"));
    assert_eq!(factor("inverter2.W").as_deref(), Some("inverter2.W_SF"));
    assert_eq!(factor("inverter2.Hz").as_deref(), Some("inverter2.Hz_SF"));
    assert_eq!(factor("inverter2.WH").as_deref(), Some("shared.WH_SF"));
    assert_eq!(factor("shared.W_total").as_deref(), Some("inverter1.W_SF"));
    assert_eq!(factor("inverter1.W_SF"), None);
    let w2 = device.register("inverter2.W").unwrap();
    assert_eq!((w2.scale, w2.offset, device.scale_factor_address(w2)), (1.0, 0.0, Some(2011)));
}
