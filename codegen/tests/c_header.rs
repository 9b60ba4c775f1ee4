//! The generated C headers (generated/c) compile with a real C compiler, all of them
//! in one translation unit (no macro is defined twice, across devices either), and
//! say what the IR says: every register's address, count and table, checked by
//! `_Static_assert`s this test writes from the IR of each spec (and of the words-apart
//! fixture sim/tests/fixtures/high_words.yaml, whose header it writes itself),
//! every instance of a repeated block through its `_ADDRESS(n)` macro.

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
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("c-headers");
    std::fs::create_dir_all(&dir).unwrap();
    for spec in specs {
        let device = modbus_map_codegen::load_path(&spec).unwrap_or_else(|e| panic!("{e}")).into_device();
        let mut header = headers.join(format!("{}.h", device.name));
        if !spec.starts_with(root.join("specs")) {
            let c = modbus_map_codegen::generate::find("c").expect("the C generator is registered");
            let (_, text) = c.device_files(&device, &Default::default()).unwrap_or_else(|e| panic!("{e}")).remove(0);
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
            asserts += 1;
        }
    }
    assert!(asserts > 1000, "only {asserts} registers checked");
    assert!(unit.contains("_HIGH_WORD_ADDRESS == 668"), "the words-apart fixture was not checked");
    assert!(unit.contains("_ADDRESS(8) == "), "no repeated block's eighth instance was checked");
    let source = dir.join("all_headers.c");
    std::fs::write(&source, unit).unwrap();
    let output = Command::new("cc")
        .args(["-std=c11", "-Wall", "-Wextra", "-Werror", "-pedantic", "-fsyntax-only"])
        .arg(&source)
        .output()
        .unwrap_or_else(|e| panic!("cannot run the C compiler `cc` ({e}); it comes with the Rust toolchain's linker setup (Debian: gcc)"));
    assert!(output.status.success(), "cc refused the generated headers:\n{}", String::from_utf8_lossy(&output.stderr));
}
