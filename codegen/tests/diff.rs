//! `cargo xtask diff` rules, one pair of specs (old, new) under tests/diff/ per rule.
//! Each case asserts the verdict, the exit status and the register (or block) named.

mod common;

use modbus_map_codegen::diff::{self, Outcome, Report, Rule, Verdict};
use modbus_map_codegen::ir::Device;
use modbus_map_codegen::{load_str, Format, Sources};
use std::path::Path;

fn load(name: &str) -> Device {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/diff").join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let shown = format!("tests/diff/{name}");
    let format = Format::from_path(&path).expect("a .yaml or .csv spec");
    load_str(&text, &shown, format)
        .unwrap_or_else(|d| panic!("{shown} does not validate:\n{}", d.render(&Sources::single(&shown, &text))))
        .device
}

fn compare(old: &str, new: &str) -> Report {
    diff::diff(&load(old), &load(new))
}

/// What one case must report: the rule, whom it names, and the outcome.
struct Case {
    /// New side; the old side is `<case>.old.yaml` if it exists, else `base.yaml`.
    new: &'static str,
    rule: Rule,
    /// The register's qualified name, a block name for block changes, or a register the device change reaches.
    names: &'static str,
    outcome: Outcome,
}

const fn case(new: &'static str, rule: Rule, names: &'static str, outcome: Outcome) -> Case {
    Case { new, rule, names, outcome }
}

const BREAKING: &[Case] = &[
    case("removed", Rule::Removed, "data.setpoint", Outcome::Breaking),
    case("renamed", Rule::Renamed, "data.target", Outcome::Breaking),
    case("moved", Rule::Moved, "data.setpoint", Outcome::Breaking),
    case("table", Rule::TableChanged, "readings.voltage", Outcome::Breaking),
    case("unit_id", Rule::UnitIdChanged, "remote.power", Outcome::Breaking),
    case("type", Rule::TypeChanged, "data.mode", Outcome::Breaking),
    case("width", Rule::WidthChanged, "data.blob", Outcome::Breaking),
    case("length", Rule::LengthChanged, "data.label", Outcome::Breaking),
    case("word_order", Rule::WordOrderChanged, "data.counter", Outcome::Breaking),
    case("byte_order", Rule::ByteOrderChanged, "data.label", Outcome::Breaking),
    case("byte_order_number", Rule::ByteOrderChanged, "data.energy", Outcome::Breaking),
    case("scale", Rule::ScaleChanged, "data.temp", Outcome::Breaking),
    case("offset", Rule::OffsetChanged, "data.setpoint", Outcome::Breaking),
    case("scale_factor", Rule::ScaleFactorChanged, "inverter.W", Outcome::Breaking),
    case("scale_factor_added", Rule::ScaleFactorChanged, "inverter.W", Outcome::Breaking),
    case("scale_factor_removed", Rule::ScaleFactorChanged, "inverter.W", Outcome::Breaking),
    case("high_word", Rule::HighWordChanged, "generator.power", Outcome::Breaking),
    case("high_word_added", Rule::HighWordChanged, "generator.power", Outcome::Breaking),
    case("access_read_only", Rule::AccessNarrowed, "data.mode", Outcome::Breaking),
    case("access_write_only", Rule::AccessNarrowed, "data.mode", Outcome::Breaking),
    case("range_narrowed", Rule::RangeNarrowed, "data.temp", Outcome::Breaking),
    case("safety", Rule::SafetyRequired, "data.setpoint", Outcome::Breaking),
    case("self_clearing", Rule::SelfClearingChanged, "data.setpoint", Outcome::Breaking),
    case("write_function_narrowed", Rule::WriteFunctionNarrowed, "data.setpoint", Outcome::Breaking),
    case("plausible_narrowed", Rule::PlausibleNarrowed, "readings.voltage", Outcome::Breaking),
    case("sentinel", Rule::SentinelsChanged, "readings.voltage", Outcome::Breaking),
    case("value_removed", Rule::ValueRemoved, "data.mode", Outcome::Breaking),
    case("value_revalued", Rule::ValueRevalued, "data.mode", Outcome::Breaking),
    case("bit_moved", Rule::BitMoved, "data.status", Outcome::Breaking),
    case("bit_removed", Rule::BitRemoved, "data.status", Outcome::Breaking),
    case("instances_removed", Rule::InstancesRemoved, "hc", Outcome::Breaking),
    case("stride", Rule::StrideChanged, "hc", Outcome::Breaking),
    case("device_unit_id", Rule::DeviceUnitIdChanged, "data.temp", Outcome::Breaking),
    case("device_word_order", Rule::DeviceWordOrderChanged, "data.energy", Outcome::Breaking),
    case("device_byte_order", Rule::DeviceByteOrderChanged, "data.label", Outcome::Breaking),
];

const COMPATIBLE: &[Case] = &[
    case("added", Rule::Added, "data.extra", Outcome::Compatible),
    case("value_added", Rule::ValueAdded, "data.mode", Outcome::Compatible),
    case("bit_added", Rule::BitAdded, "data.status", Outcome::Compatible),
    case("instances_added", Rule::InstancesAdded, "hc", Outcome::Compatible),
    case("access_widened", Rule::AccessWidened, "data.status", Outcome::Compatible),
    case("write_function_widened", Rule::WriteFunctionWidened, "data.setpoint", Outcome::Compatible),
    case("plausible_widened", Rule::PlausibleWidened, "readings.voltage", Outcome::Compatible),
    case("range_widened", Rule::RangeWidened, "data.temp", Outcome::Compatible),
    case("read_range_narrowed", Rule::ReadRangeNarrowed, "readings.voltage", Outcome::Compatible),
    case("description", Rule::DescriptionChanged, "data.temp", Outcome::Compatible),
    case("unit", Rule::UnitChanged, "data.temp", Outcome::Compatible),
    case("title", Rule::TitleChanged, "", Outcome::Compatible),
    case("device_unit_id_unused", Rule::DeviceDefaultChanged, "", Outcome::Compatible),
    case("safety_dropped", Rule::SafetyDropped, "data.setpoint", Outcome::Compatible),
    case("default", Rule::DefaultChanged, "data.setpoint", Outcome::Compatible),
    case("since", Rule::SinceChanged, "data.temp", Outcome::Compatible),
    case("device_name", Rule::DeviceRenamed, "", Outcome::Compatible),
    case("read_settings", Rule::ReadSettingsChanged, "", Outcome::Compatible),
];

/// Every rule of `Rule::ALL` has its case above, so a new rule cannot go untested.
#[test]
fn every_rule_has_a_case() {
    let tested: Vec<Rule> = BREAKING.iter().chain(COMPATIBLE).map(|c| c.rule).collect();
    let untested: Vec<Rule> = Rule::ALL.into_iter().filter(|r| !tested.contains(r)).collect();
    assert!(untested.is_empty(), "rules without a pair of specs under tests/diff: {untested:?}");
}

fn old_side(new: &str) -> String {
    let own = format!("{new}.old.yaml");
    if Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/diff").join(&own).is_file() {
        own
    } else {
        "base.yaml".to_owned()
    }
}

/// The one change of the case: exactly one, of the expected rule and verdict, naming the expected subject.
fn check(c: &Case) {
    let old = old_side(c.new);
    let report = compare(&old, &format!("{}.yaml", c.new));
    let shown = diff::render_text(&report, &Sources::new());
    assert_eq!(report.changes.len(), 1, "{}: expected exactly one change, got:\n{shown}", c.new);
    let change = &report.changes[0];
    assert_eq!(change.rule, c.rule, "{}: wrong rule:\n{shown}", c.new);
    assert_eq!(change.verdict, c.rule.verdict(), "{}", c.new);
    assert_eq!(report.outcome(), c.outcome, "{}:\n{shown}", c.new);
    let expected_exit = if c.outcome == Outcome::Breaking { 1 } else { 0 };
    assert_eq!(report.exit_code(), expected_exit, "{}: exit status", c.new);
    if c.names.is_empty() {
        assert!(change.register.is_none() && change.affected.is_empty(), "{}: names no register:\n{shown}", c.new);
    } else {
        let named = change.register.as_deref() == Some(c.names)
            || change.block.as_deref() == Some(c.names)
            || change.affected.iter().any(|a| a == c.names);
        assert!(named, "{}: does not name `{}`:\n{shown}", c.new, c.names);
        assert!(shown.contains(&format!("`{}`", c.names)), "{}: the report text does not name `{}`:\n{shown}", c.new, c.names);
    }
    // Both sides' spec lines are given wherever both sides have the item.
    match c.rule {
        Rule::Removed => assert!(change.old.as_ref().is_some_and(|o| o.line > 0) && change.new.is_none(), "{}", c.new),
        Rule::Added => assert!(change.new.as_ref().is_some_and(|o| o.line > 0) && change.old.is_none(), "{}", c.new),
        _ if change.register.is_some() || change.block.is_some() => {
            let lines = (change.old.as_ref().map(|o| o.line), change.new.as_ref().map(|o| o.line));
            assert!(matches!(lines, (Some(a), Some(b)) if a > 0 && b > 0), "{}: spec lines {lines:?}", c.new);
        }
        _ => {}
    }
}

#[test]
fn every_breaking_rule() {
    for c in BREAKING {
        assert_eq!(c.rule.verdict(), Verdict::Breaking);
        check(c);
    }
}

#[test]
fn every_compatible_rule() {
    for c in COMPATIBLE {
        assert_eq!(c.rule.verdict(), Verdict::Compatible);
        check(c);
    }
}

#[test]
fn the_other_format_and_another_order_are_no_change() {
    for other in ["base.csv", "reordered.yaml"] {
        let report = compare("base.yaml", other);
        assert_eq!(report.changes, vec![], "{other}:\n{}", diff::render_text(&report, &Sources::new()));
        assert_eq!((report.outcome(), report.exit_code()), (Outcome::NoChange, 0), "{other}");
    }
    // The seed specs are unchanged against themselves in the other format.
    for spec in common::specs_in(&common::workspace_specs_dir()) {
        let device = common::load_spec(&spec);
        let text = match Format::from_path(&spec) {
            Some(Format::Yaml) => modbus_map_codegen::convert::to_csv(&modbus_map_codegen::convert::device_to_spec(&device))
                .expect("a seed spec converts to CSV"),
            _ => modbus_map_codegen::convert::to_yaml(&modbus_map_codegen::convert::device_to_spec(&device)),
        };
        let other_format = if Format::from_path(&spec) == Some(Format::Yaml) { Format::Csv } else { Format::Yaml };
        let converted = load_str(&text, "converted", other_format).expect("the converted spec validates").device;
        let report = diff::diff(&device, &converted);
        assert_eq!(report.outcome(), Outcome::NoChange, "{}:\n{}", spec.display(), diff::render_text(&report, &Sources::new()));
    }
}

#[test]
fn a_renamed_register_is_matched_by_address() {
    let report = compare("base.yaml", "renamed.yaml");
    let renamed: Vec<_> = report.of_rule(Rule::Renamed).collect();
    assert_eq!(renamed.len(), 1);
    assert!(renamed[0].message.contains("`data.setpoint` was renamed to `data.target`"), "{}", renamed[0].message);
    assert_eq!(report.of_rule(Rule::Removed).count() + report.of_rule(Rule::Added).count(), 0);
    // A rename does not hide the other changes of the same register.
    let report = compare("base.yaml", "renamed_and_retyped.yaml");
    let rules: Vec<Rule> = report.changes.iter().map(|c| c.rule).collect();
    assert_eq!(rules, vec![Rule::Renamed, Rule::TypeChanged]);
    assert!(report.changes.iter().all(|c| c.register.as_deref() == Some("data.target")));
}

#[test]
fn repeated_blocks_report_a_template_change_once() {
    let old = load("base.yaml");
    let mut new = old.clone();
    for r in new.registers.iter_mut().filter(|r| r.block == "hc") {
        r.scale = 0.25;
    }
    let report = diff::diff(&old, &new);
    assert_eq!(report.changes.len(), 1, "{}", diff::render_text(&report, &Sources::new()));
    assert_eq!(report.changes[0].register.as_deref(), Some("hc1.seltemp"));
    assert_eq!(report.changes[0].affected, ["hc1.seltemp", "hc2.seltemp", "hc3.seltemp", "hc4.seltemp"]);
    assert_eq!(report.summary().changed, 4);
    // Fewer instances: one block change, no register-by-register removals.
    let report = compare("base.yaml", "instances_removed.yaml");
    assert_eq!(report.of_rule(Rule::Removed).count(), 0);
    assert_eq!(report.changes[0].affected, ["hc4.seltemp"]);
    // Another stride moves every instance after the first, reported once.
    let report = compare("base.yaml", "stride.yaml");
    assert_eq!(report.of_rule(Rule::Moved).count(), 0);
    assert_eq!(report.changes[0].affected, ["hc2.seltemp", "hc3.seltemp", "hc4.seltemp"]);
}

#[test]
fn device_defaults_are_reported_once_where_registers_inherit_them() {
    let report = compare("base.yaml", "device_unit_id.yaml");
    // remote has its own unit id: it is not reached; every other register is.
    let change = &report.changes[0];
    assert!(!change.affected.iter().any(|r| r.starts_with("remote.")), "{:?}", change.affected);
    assert_eq!(change.affected.len(), 13 - 4 + 4, "{:?}", change.affected);
    assert_eq!(report.of_rule(Rule::UnitIdChanged).count(), 0);
    // counter has its own word order: only energy inherits the default.
    let report = compare("base.yaml", "device_word_order.yaml");
    assert_eq!(report.changes[0].affected, ["data.energy"]);
}

#[test]
fn text_report_shows_both_spec_lines_and_markdown_is_a_changelog_section() {
    let (old, new) = ("base.yaml", "scale.yaml");
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/diff");
    let mut sources = Sources::new();
    for name in [old, new] {
        sources.add(&format!("tests/diff/{name}"), &std::fs::read_to_string(root.join(name)).expect("readable"));
    }
    let report = compare(old, new);
    let text = diff::render_text(&report, &sources);
    assert!(text.starts_with("breaking[scale]: `data.temp` scale 1/10 -> 1/100\n"), "{text}");
    assert!(text.contains(" --> tests/diff/base.yaml:11:9 (old)\n"), "{text}");
    assert!(text.contains(" --> tests/diff/scale.yaml:11:9 (new)\n"), "{text}");
    assert!(text.contains(r#"| type: i16, scale: "1/100""#.trim_start_matches('|')), "{text}");
    assert!(text.trim_end().ends_with("(tests/diff/base.yaml -> tests/diff/scale.yaml)"), "{text}");
    let md = diff::render_markdown(&report);
    assert!(md.starts_with("## `boiler`: `tests/diff/base.yaml` → `tests/diff/scale.yaml`\n\n### Breaking changes (1)\n\n"), "{md}");
    assert!(md.contains("- **scale**: `data.temp` scale 1/10 -> 1/100 (`tests/diff/base.yaml:11:9` → `tests/diff/scale.yaml:11:9`)\n"), "{md}");
    let none = diff::render_markdown(&compare("base.yaml", "base.csv"));
    assert!(none.contains("No change to the register map."), "{none}");
}

#[test]
fn scale_factor_changes_say_what_became_of_the_factor() {
    let message = |case: &str| compare(&format!("{case}.old.yaml"), &format!("{case}.yaml")).changes[0].message.clone();
    assert_eq!(message("scale_factor"), "`inverter.W` scale factor register `inverter.W_SF` -> `inverter.VA_SF`");
    assert_eq!(message("scale_factor_added"), "`inverter.W` is now scaled by 10^`inverter.W_SF`");
    assert_eq!(message("scale_factor_removed"), "`inverter.W` is no longer scaled by 10^`inverter.W_SF`");
    // The factor register moving is its own change, not another factor for W.
    let old = load("scale_factor.old.yaml");
    let mut new = old.clone();
    for r in new.registers.iter_mut().filter(|r| r.name == "W_SF") {
        r.address += 100;
    }
    let rules: Vec<Rule> = diff::diff(&old, &new).changes.iter().map(|c| c.rule).collect();
    assert_eq!(rules, [Rule::Moved]);
}

#[test]
fn every_rule_has_a_distinct_code() {
    let mut codes: Vec<&str> = Rule::ALL.iter().map(|r| r.code()).collect();
    for r in Rule::ALL {
        assert_eq!(Rule::from_code(r.code()), Some(r));
    }
    codes.sort();
    codes.dedup();
    assert_eq!(codes.len(), Rule::ALL.len());
}

#[test]
fn an_acknowledged_breaking_change_is_reported_and_does_not_fail() {
    let report = compare("acknowledged.old.yaml", "acknowledged.yaml");
    let shown = diff::render_text(&report, &Sources::new());
    assert_eq!(report.changes.len(), 1, "{shown}");
    let change = &report.changes[0];
    assert_eq!((change.rule, change.register.as_deref()), (Rule::Moved, Some("data.setpoint")), "{shown}");
    assert_eq!(change.acknowledged.as_deref(), Some("2.0"));
    assert_eq!((report.outcome(), report.exit_code()), (Outcome::Acknowledged, 0), "{shown}");
    assert!(shown.starts_with("acknowledged[moved]: `data.setpoint` moved from address 7 to 14\n"), "{shown}");
    assert!(shown.contains("= note: acknowledged by the new spec as a breaking change of version 2.0"), "{shown}");
    assert!(diff::render_markdown(&report).contains("### Breaking changes, acknowledged (1)"));

    // Acknowledging another rule does not cover the move.
    let report = compare("acknowledged_other_rule.old.yaml", "acknowledged_other_rule.yaml");
    assert_eq!((report.outcome(), report.exit_code()), (Outcome::Breaking, 1));
    let shown = diff::render_text(&report, &Sources::new());
    assert!(shown.contains("= help: if the change is intended, say so on `data.setpoint` in the new spec: `breaking: [moved]`"), "{shown}");

    // An acknowledgement for 2.0 left in the spec does not cover a move in 3.0.
    let report = compare("acknowledged_stale.old.yaml", "acknowledged_stale.yaml");
    assert_eq!(report.changes.len(), 1);
    assert_eq!((report.changes[0].rule, report.changes[0].acknowledged.as_deref()), (Rule::Moved, None));
    assert_eq!(report.exit_code(), 1);
}

#[test]
fn acknowledgements_survive_the_other_format() {
    let device = load("acknowledged.yaml");
    let setpoint = device.register("data.setpoint").expect("in the spec");
    assert_eq!((setpoint.keys.breaking.as_slice(), setpoint.keys.breaking_since.as_deref()), (&["moved".to_owned()][..], Some("2.0")));
    let csv = modbus_map_codegen::convert::to_csv(&modbus_map_codegen::convert::device_to_spec(&device)).expect("converts to CSV");
    assert!(csv.lines().any(|l| l.split(',').any(|c| c == "breaking_since")), "the CSV has a breaking_since column:\n{csv}");
    let again = load_str(&csv, "acknowledged.csv", Format::Csv).expect("the CSV validates").device;
    assert_eq!(common::positionless(again), common::positionless(device));
}

/// Raw values that share a name compare raw by raw: the same spec is no change,
/// and a raw value that no longer reads as the name is reported.
#[test]
fn a_name_shared_by_several_raw_values_is_compared_raw_by_raw() {
    let spec = |values: &str| {
        let text = format!("device: {{ name: ess }}\nblocks:\n  - name: b\n    table: holding\n    registers:\n      - {{ name: mode, address: 0, type: u16, access: rw, values: {{ {values} }} }}\n");
        load_str(&text, "ess.yaml", Format::Yaml).unwrap_or_else(|d| panic!("{}", d.render(&Sources::single("ess.yaml", &text)))).device
    };
    let shared = "1: optimized, 2: self-consumption, 3: self-consumption, 4: self-consumption";
    assert!(diff::diff(&spec(shared), &spec(shared)).changes.is_empty());
    let fewer = diff::diff(&spec(shared), &spec("1: optimized, 2: self-consumption, 3: self-consumption"));
    assert_eq!(fewer.changes.iter().map(|c| c.rule).collect::<Vec<_>>(), [Rule::ValueRevalued], "{:?}", fewer.changes);
}
