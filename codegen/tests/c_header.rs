//! The generated C headers (generated/c) compile with a real C compiler, all of them
//! in one translation unit (no macro is defined twice, across devices either), and
//! say what the IR says: every register's address, count and table, checked by
//! `_Static_assert`s this test writes from the IR of each spec (and of the words-apart
//! fixture sim/tests/fixtures/high_words.yaml and the converting-alias fixture
//! sim/tests/fixtures/aliases.yaml and the feature tour codegen/tests/specs/features.yaml,
//! whose headers it writes itself), every instance of a repeated block through its
//! `_ADDRESS(n)` macro, and each enumeration name as the raw value a write sends. A
//! program built from the aliases header prints what each alias's constants say,
//! checked against the IR.

use std::fmt::Write as _;
use std::path::Path;
use std::process::Command;

fn upper(part: &str) -> String {
    part.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_uppercase() } else { '_' }).collect()
}

#[test]
fn every_generated_header_compiles_and_agrees_with_the_ir() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("codegen/ sits in the workspace");
    let headers = root.join("generated/c");
    let mut unit = String::new();
    let mut asserts = 0;
    let mut specs: Vec<_> = std::fs::read_dir(root.join("specs")).expect("specs/ lists").map(|e| e.expect("entry").path()).collect();
    specs.sort();
    // A fixture with values whose high word lies apart, its header written here.
    specs.push(root.join("sim/tests/fixtures/high_words.yaml"));
    specs.push(root.join("sim/tests/fixtures/aliases.yaml"));
    // The feature tour: enumeration names in other scripts, one named `unknown`, and
    // raw values 2, 3, 4 sharing one name.
    specs.push(root.join("codegen/tests/specs/features.yaml"));
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("c-headers");
    std::fs::create_dir_all(&dir).unwrap();
    for spec in specs {
        let device = modbus_map_codegen::load_path(&spec).unwrap_or_else(|e| panic!("{e}")).into_device();
        let mut header = headers.join(format!("{}.h", device.name));
        if !spec.starts_with(root.join("specs")) {
            let c = modbus_map_codegen::generate::find("c").expect("the C generator is registered");
            let (_, text) = c.device_files(&modbus_map_codegen::generate::DeviceView::new(&device), &Default::default()).unwrap_or_else(|e| panic!("{e}")).remove(0);
            header = dir.join(format!("{}.h", device.name));
            std::fs::write(&header, text).unwrap();
        }
        assert!(header.is_file(), "{} is missing: run `cargo xtask gen`", header.display());
        writeln!(unit, "#include \"{}\"", header.display()).unwrap();
        let d = upper(&device.name);
        for r in &device.registers {
            let block = device.blocks.iter().find(|b| b.name == r.block).expect("every register is in a block");
            // A repeated block's registers are written once, their addresses macros of the instance number.
            let (m, at) = match (&block.repeat, r.instance_index) {
                (Some(repeat), Some(n)) => {
                    let b = format!("{d}_{}", upper(&block.name));
                    writeln!(unit, "_Static_assert({b}_INSTANCES == {} && {b}_STRIDE == {}, \"{}\");", repeat.count, repeat.stride, block.name).unwrap();
                    (format!("{b}_{}", upper(&r.name)), format!("({n})"))
                }
                _ => (format!("{d}_{}_{}", upper(&r.instance), upper(&r.name)), String::new()),
            };
            let table = format!("MODBUS_MAP_{}", upper(r.table.as_str()));
            writeln!(
                unit,
                "_Static_assert({m}_ADDRESS{at} == {} && {m}_COUNT == {} && {m}_TABLE == {table}, \"{}\");",
                r.address,
                r.span(),
                r.qualified_name
            )
            .unwrap();
            if let Some(high) = r.high_word {
                writeln!(unit, "_Static_assert({m}_HIGH_WORD_ADDRESS{at} == {high}, \"{}\");", r.qualified_name).unwrap();
            }
            // The target's name, one byte longer for the terminating zero; in a repeated
            // block a target of the same instance is named as the template (`hc.x`).
            if let Some(target) = &r.alias_of {
                let t = device.registers.iter().find(|t| &t.qualified_name == target).expect("an alias's target exists");
                let name = if block.repeat.is_some() && t.block == r.block { format!("{}.{}", t.block, t.name) } else { target.clone() };
                writeln!(unit, "_Static_assert(sizeof {m}_ALIAS_OF == {}, \"{}\");", name.len() + 1, r.qualified_name).unwrap();
            }
            asserts += 1;
        }
        // Each enumeration name once, as the raw value a write sends: the lowest raw value
        // of those sharing it (Victron's ESS mode 2, 3, 4 is 2; an f32 key is its whole number).
        for e in &device.enumerations {
            let mut written: std::collections::BTreeMap<&str, i64> = Default::default();
            for v in &e.values {
                let raw = written.entry(v.ident.as_str()).or_insert(v.raw);
                *raw = (*raw).min(v.raw);
            }
            for (ident, raw) in written {
                writeln!(unit, "_Static_assert({d}_{}_{} == {raw}, \"{}\");", upper(&e.name), upper(ident), e.name).unwrap();
                asserts += 1;
            }
        }
    }
    assert!(asserts > 1000, "only {asserts} registers checked");
    assert!(unit.contains("_HIGH_WORD_ADDRESS == 668"), "the words-apart fixture was not checked");
    assert!(unit.contains("_ADDRESS(8) == "), "no repeated block's eighth instance was checked");
    assert!(unit.contains("ALIASES_BATTERY_POWER_CENTI_ALIAS_OF"), "the converting-alias fixture was not checked");
    for shared in ["_SELFCONSUMPTION == 2", "_STORUNG == 1", "_UNKNOWN == 0", "_WENDU == 7", "_BAUD9600 == 2"] {
        assert!(unit.contains(shared), "no enumeration constant `{shared}` was checked");
    }
    let source = dir.join("all_headers.c");
    std::fs::write(&source, unit).unwrap();
    let output = Command::new("cc")
        .args(["-std=c11", "-Wall", "-Wextra", "-Werror", "-pedantic", "-fsyntax-only"])
        .arg(&source)
        .output()
        .unwrap_or_else(|e| panic!("cannot run the C compiler `cc` ({e}); it comes with the Rust toolchain's linker setup (Debian: gcc)"));
    assert!(output.status.success(), "cc refused the generated headers:\n{}", String::from_utf8_lossy(&output.stderr));
}

/// sim/tests/fixtures/aliases.yaml (Victron-style converting aliases): each alias's
/// header constants, printed by a C program built from the header, are the alias's own
/// address, count, scale and offset and its target's name, and the comment says how it
/// converts. Plain registers have no `_ALIAS_OF`.
#[test]
fn an_alias_says_what_it_aliases_with_its_own_address_count_scale_and_offset() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("codegen/ sits in the workspace");
    let device = modbus_map_codegen::load_path(&root.join("sim/tests/fixtures/aliases.yaml")).unwrap_or_else(|e| panic!("{e}")).into_device();
    let c = modbus_map_codegen::generate::find("c").expect("the C generator is registered");
    let (_, header) = c.device_files(&modbus_map_codegen::generate::DeviceView::new(&device), &Default::default()).unwrap_or_else(|e| panic!("{e}")).remove(0);
    assert!(
        header.lines().any(|l| l.starts_with("/* `battery.power_centi`: holding 1, i32 in W") && l.ends_with("(alias of `battery.power`, converted: i32, scale 0.01) */")),
        "the comment says what the alias converts:\n{header}"
    );
    assert!(header.contains("(alias of `battery.energy`, converted: u32, word order low_first)"), "{header}");
    assert!(!header.contains("ALIASES_BATTERY_POWER_ALIAS_OF"), "a target is no alias:\n{header}");
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("c-aliases");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("aliases.h"), &header).unwrap();
    let mut program = String::from("#include <stdio.h>\n#include \"aliases.h\"\nint main(void) {\n");
    let mut want = String::new();
    let aliases: Vec<_> = device.registers.iter().filter(|r| r.alias_of.is_some()).collect();
    assert!(aliases.len() >= 4, "the fixture has {} aliases", aliases.len());
    for r in &aliases {
        let m = format!("ALIASES_{}_{}", upper(&r.instance), upper(&r.name));
        let scaled = modbus_map_core::codec::is_scaled(r.scale, r.offset);
        let (scale, offset) = if scaled { (format!("{m}_SCALE"), format!("{m}_OFFSET")) } else { ("1.0".to_owned(), "0.0".to_owned()) };
        writeln!(program, "    printf(\"%s %u %u %.17g %.17g\\n\", {m}_ALIAS_OF, (unsigned){m}_ADDRESS, (unsigned){m}_COUNT, {scale}, {offset});").unwrap();
        writeln!(want, "{} {} {} {} {}", r.alias_of.as_deref().unwrap(), r.address, r.span(), r.scale, r.offset).unwrap();
    }
    program.push_str("    return 0;\n}\n");
    std::fs::write(dir.join("aliases.c"), program).unwrap();
    let exe = dir.join("aliases");
    let output = Command::new("cc")
        .args(["-std=c11", "-Wall", "-Wextra", "-Werror", "-pedantic", "-o"])
        .arg(&exe)
        .arg(dir.join("aliases.c"))
        .output()
        .unwrap_or_else(|e| panic!("cannot run the C compiler `cc`: {e}"));
    assert!(output.status.success(), "cc refused the aliases header:\n{}", String::from_utf8_lossy(&output.stderr));
    let run = Command::new(&exe).output().expect("runs the program cc built");
    assert!(run.status.success());
    // %.17g prints what Rust's shortest round-trip text reads back as: compare numbers.
    let got = String::from_utf8_lossy(&run.stdout).into_owned();
    let parse = |text: &str| -> Vec<(String, u32, u32, f64, f64)> {
        text.lines()
            .map(|l| {
                let f: Vec<&str> = l.split(' ').collect();
                (f[0].to_owned(), f[1].parse().unwrap(), f[2].parse().unwrap(), f[3].parse().unwrap(), f[4].parse().unwrap())
            })
            .collect()
    };
    assert_eq!(parse(&got), parse(&want), "the header's alias constants differ from the IR");
    assert!(got.contains("battery.power 1 2 0.01"), "{got}");
}
