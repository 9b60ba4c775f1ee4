//! A snapshot of the Rust generator's output for the build.rs example's spec
//! (the output for specs/ is generated/rust/, checked by `gen --check` and
//! generated_up_to_date.rs, so it is not stored twice). Whether that output
//! compiles and works is proven by the `modbus-map-client-tests`,
//! `modbus-map-no-std-check` and example crates.

use modbus_map_codegen::generate::{rust, Options};
use modbus_map_codegen::{load_str, Format, Sources};
use std::path::Path;

/// Loads a spec under the name `shown`, as `cargo xtask gen` names it (relative
/// to the workspace root), so headers are the same on every machine.
fn render(path: &Path, shown: &str) -> String {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let format = Format::from_path(path).unwrap_or_else(|| panic!("{} is not a .yaml/.yml/.csv spec", path.display()));
    let checked = load_str(&text, shown, format)
        .unwrap_or_else(|d| panic!("{shown} does not validate:\n{}", d.render(&Sources::single(shown, &text))));
    rust::generate(&checked.device, &Options::default()).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn rust_output_of_the_build_rs_example() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples/build-rs/spec/water_heater.yaml");
    let out = render(&path, "spec/water_heater.yaml");
    insta::assert_snapshot!("water_heater", out);
}

#[test]
fn output_is_byte_identical_across_runs() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples/build-rs/spec/water_heater.yaml");
    let first = render(&path, "spec/water_heater.yaml");
    let second = render(&path, "spec/water_heater.yaml");
    assert_eq!(first, second);
}

/// Spec names that would clash with the generated module's own items are
/// reported by the generator instead of producing code that does not compile.
#[test]
fn names_that_clash_with_generated_items_are_errors() {
    let clash = |yaml: &str| {
        let checked = load_str(yaml, "clash.yaml", Format::Yaml).unwrap_or_else(|d| panic!("{}", d.render(&Sources::single("clash.yaml", yaml))));
        rust::generate(&checked.device, &Options::default()).map(|_| ()).map_err(|e| e.to_string())
    };
    let block = |name: &str, reg: &str| {
        format!("device:\n  name: d\nblocks:\n  - name: {name}\n    table: holding\n    registers:\n      - {{name: {reg}, address: 0, type: u16}}\n")
    };
    let err = clash(&block("client", "x")).unwrap_err();
    assert!(err.contains("block `client`") && err.contains("`Client`"), "{err}");
    let err = clash(&block("word", "order")).unwrap_err();
    assert!(err.contains("`word.order`") && err.contains("WORD_ORDER"), "{err}");
    assert!(clash(&block("pump", "speed")).is_ok());
}

/// The descriptors carry a number's own byte order; the device's (string) byte order
/// does not reach numbers. That the builder calls decode as they say is the derive's
/// storage test (macros/tests/storage.rs), which compiles the same descriptors.
#[test]
fn descriptors_carry_the_byte_order_of_numbers() {
    let text = "device: { name: meter, byte_order: low_first }\nblocks:\n  - name: readings\n    table: input\n    registers:\n      - { name: energy, address: 0, type: u32, byte_order: low_first }\n      - { name: plain, address: 2, type: u32 }\n      - { name: label, address: 4, type: string, length: 4 }\n";
    let device = load_str(text, "meter.yaml", Format::Yaml).unwrap().device;
    let out = rust::generate(&device, &Options::default()).unwrap();
    let descriptor = |name: &str| {
        let start = out.find(&format!("D::new(\"readings.{name}\"")).unwrap_or_else(|| panic!("no descriptor for {name}:\n{out}"));
        let end = out[start + 1..].find("D::new(\"").map_or(out.len(), |e| start + 1 + e);
        out[start..end].to_owned()
    };
    assert!(descriptor("energy").contains(".with_byte_order(ByteOrder::LowFirst)"), "{}", descriptor("energy"));
    assert!(!descriptor("plain").contains("with_byte_order"), "{}", descriptor("plain"));
    assert!(descriptor("label").contains(".with_byte_order(ByteOrder::LowFirst)"), "{}", descriptor("label"));
}
