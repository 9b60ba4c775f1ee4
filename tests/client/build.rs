//! Includes every generated/rust/*.rs (so all of them must compile) and turns
//! tests/vectors/values.json into one test per device that reads each vector
//! through the generated typed client.

use modbus_map_codegen::generate::rust;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let generated = root.join("generated/rust");
    let vectors = root.join("tests/vectors/values.json");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    println!("cargo:rerun-if-changed={}", generated.display());
    println!("cargo:rerun-if-changed={}", vectors.display());

    let mut modules: Vec<PathBuf> = std::fs::read_dir(&generated)
        .map(|dir| {
            dir.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "rs"))
                .collect()
        })
        .unwrap_or_default();
    modules.sort();
    let mut includes = String::new();
    for m in &modules {
        println!("cargo:rerun-if-changed={}", m.display());
        writeln!(includes, "include!({:?});", m.display().to_string()).unwrap();
    }
    if modules.is_empty() {
        includes = format!(
            "compile_error!({:?});\n",
            format!("{} holds no .rs files: run `cargo xtask gen` first", generated.display())
        );
    }
    std::fs::write(out.join("generated.rs"), includes).expect("write generated.rs");
    std::fs::write(out.join("fixtures.rs"), fixture_modules(&root, &out)).expect("write fixtures.rs");

    let devices: Vec<String> =
        modules.iter().filter_map(|m| m.file_stem().map(|s| s.to_string_lossy().into_owned())).collect();
    let handles = typed_reads(&root, &modules);
    let mut tests = vector_tests(&vectors, &devices, &handles);
    tests.push_str(&words_apart_tests(&vectors, &out));
    tests.push_str(&alias_tests(&vectors, &out));
    tests.push_str(&byte_order_tests(&vectors, &out));
    std::fs::write(out.join("vector_tests.rs"), tests).expect("write vector_tests.rs");
}

/// The device-free `words_apart` vectors (a 32-bit value whose high word lies apart)
/// through a generated client: a spec with one block per vector (unit id k + 1, so
/// every block keeps the vector's own addresses), its Rust generated here, and a test
/// that puts the low and the high word at their addresses and reads the value with the
/// typed client, from a plain server and from the module's own generated server.
fn words_apart_tests(path: &Path, out: &Path) -> String {
    let rows = match vector_section(path, "words_apart", 6) {
        Ok(rows) => rows,
        Err(why) => return missing_test("vectors_words_apart", &why),
    };
    let mut spec = String::from("# Written by tests/client/build.rs from tests/vectors/values.json (`words_apart`).\ndevice:\n  name: words_apart\nblocks:\n");
    for (k, row) in rows.iter().enumerate() {
        let text = |key: &str| row.get(key).map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_owned)).unwrap_or_default();
        writeln!(
            spec,
            "  - name: v{k}\n    table: holding\n    unit_id: {}\n    registers:\n      - {{ name: power, address: {}, high_word_at: {}, type: {}, byte_order: {} }}",
            k + 1,
            text("address"),
            text("high_word_at"),
            text("type"),
            text("byte_order")
        )
        .unwrap();
    }
    let module = generated_module(out, "words_apart", &spec, "words_apart");
    let mut test = format!(
        "mod words_apart_map {{ include!({:?}); }}\n\n#[tokio::test]\nasync fn vectors_words_apart() {{\n    use words_apart_map::words_apart as wa;\n    use tokio_modbus::client::Reader;\n    use tokio_modbus::prelude::SlaveContext;\n    use modbus_map::Table;\n    let store = Store::default();\n    let addr = server::start(store.clone()).await;\n    let mut client = wa::Client::new(connect(addr).await);\n    let generated = std::sync::Arc::new(modbus_map::server::Server::new(&wa::dispatch::MAP, modbus_map::store::MemoryStore::new(&wa::dispatch::MAP)));\n    let listener = tokio::net::TcpListener::bind(\"127.0.0.1:0\").await.expect(\"bind 127.0.0.1:0\");\n    let served = listener.local_addr().expect(\"local address\");\n    tokio::spawn(modbus_map::server::serve_tcp(generated.clone(), listener, std::future::pending::<()>()));\n    let mut from_generated = wa::Client::new(connect(served).await);\n    let mut raw = connect(served).await;\n",
        module.display().to_string()
    );
    for (k, row) in rows.iter().enumerate() {
        let word = |key: &str| row.get(key).and_then(|v| v.as_u64()).unwrap_or(u64::MAX);
        let value = row.get("value").cloned().unwrap_or_default();
        let what = format!("words_apart[{k}] {row}");
        writeln!(
            test,
            "    {{\n        store.set({unit}, Table::Holding, {address}, &[{low}]);\n        store.set({unit}, Table::Holding, {high_at}, &[{high}]);\n        let got = client.v{k}().read_power().await.unwrap_or_else(|e| panic!(\"{{}}: {{e}}\", {what:?})).unwrap_or_else(|e| panic!(\"{{}}: {{e:?}}\", {what:?}));\n        assert_engineering({what:?}, &serde_json::json!(got), &serde_json::json!({value}));\n        generated.store().set_words(\"v{k}.power\", &[{low}, {high}]).unwrap();\n        raw.set_slave(tokio_modbus::Slave({unit}));\n        assert_eq!(raw.read_holding_registers({address}, 1).await.unwrap().unwrap(), [{low}], \"{{}}\", {what:?});\n        assert_eq!(raw.read_holding_registers({high_at}, 1).await.unwrap().unwrap(), [{high}], \"{{}}\", {what:?});\n        let got = from_generated.v{k}().read_power().await.unwrap().unwrap();\n        assert_engineering({what:?}, &serde_json::json!(got), &serde_json::json!({value}));\n    }}",
            unit = k + 1,
            address = word("address"),
            high_at = word("high_word_at"),
            low = word("low"),
            high = word("high"),
        )
        .unwrap();
    }
    test.push_str("}\n");
    test
}

/// The typed read of a register (`hc(2).unwrap().read_seltemp()`), its descriptor,
/// and whether it reads as an `Option` (a register with sentinels).
type TypedRead = (String, String, bool);

/// (device, qualified register name) → the register's [`TypedRead`], from the IR
/// of the spec each module names in its header.
fn typed_reads(root: &Path, modules: &[PathBuf]) -> std::collections::BTreeMap<(String, String), TypedRead> {
    let mut reads = std::collections::BTreeMap::new();
    for m in modules {
        let text = std::fs::read_to_string(m).unwrap_or_default();
        let Some(spec) = text.lines().next().and_then(|l| l.strip_prefix("// @generated from ")).and_then(|l| l.split(" by ").next()) else {
            continue;
        };
        let spec = root.join(spec);
        println!("cargo:rerun-if-changed={}", spec.display());
        let Ok(checked) = modbus_map_codegen::load_path(&spec) else { continue };
        let device = checked.device;
        for r in &device.registers {
            let block = device.blocks.iter().find(|b| b.name == r.block);
            // A repeated block's instances have no const each: `HC.register(n, "name")`.
            let (handle, descriptor) = match (block.and_then(|b| b.repeat), r.instance_index) {
                (Some(_), Some(n)) => (
                    format!("{}({n}).unwrap()", r.block),
                    format!("{}::{}.register({n}, {:?}).unwrap()", device.name, r.block.to_uppercase(), r.name),
                ),
                _ => (format!("{}()", r.block), format!("&{}::{}", device.name, rust::const_ident(r))),
            };
            reads.insert((device.name.clone(), r.qualified_name.clone()), (format!("{handle}.read_{}()", rust::accessor_name(r)), descriptor, !r.sentinels.is_empty()));
        }
    }
    reads
}

/// One `#[tokio::test]` per device named in the vector file.
fn vector_tests(path: &Path, devices: &[String], handles: &std::collections::BTreeMap<(String, String), TypedRead>) -> String {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => return missing_test("vector_file", &format!("cannot read {}: {e}", path.display())),
    };
    let json: serde_json::Value = match serde_json::from_str(&text) {
        Ok(j) => j,
        Err(e) => return missing_test("vector_file", &format!("{} is not JSON: {e}", path.display())),
    };
    let Some(rows) = json.get("vectors").and_then(|v| v.as_array()) else {
        return missing_test("vector_file", &format!("{} has no `vectors` array", path.display()));
    };
    let mut by_device: std::collections::BTreeMap<String, Vec<&serde_json::Value>> = Default::default();
    for row in rows {
        let device = row.get("device").and_then(|d| d.as_str()).unwrap_or("<missing device>").to_owned();
        by_device.entry(device).or_default().push(row);
    }
    let mut out = String::new();
    for (device, rows) in by_device {
        let test = format!("vectors_{}", sanitize(&device));
        if !devices.contains(&device) {
            out.push_str(&missing_test(
                &test,
                &format!("generated/rust/{device}.rs does not exist: run `cargo xtask gen` (vectors name device `{device}`)"),
            ));
            continue;
        }
        writeln!(out, "#[tokio::test]\nasync fn {test}() {{").unwrap();
        writeln!(out, "    let store = Store::default();").unwrap();
        writeln!(out, "    let addr = server::start(store.clone()).await;").unwrap();
        writeln!(out, "    let mut client = {device}::Client::new(connect(addr).await);").unwrap();
        for row in rows {
            let register = row.get("register").and_then(|r| r.as_str()).unwrap_or("");
            let words: Vec<u64> =
                row.get("registers").and_then(|r| r.as_array()).map(|a| a.iter().filter_map(|w| w.as_u64()).collect()).unwrap_or_default();
            let value = row.get("value").cloned().unwrap_or(serde_json::Value::Null);
            let order = match row.get("word_order").and_then(|w| w.as_str()) {
                Some("high_first") => "Some(modbus_map::WordOrder::HighFirst)",
                Some("low_first") => "Some(modbus_map::WordOrder::LowFirst)",
                _ => "None",
            };
            // A scale factor register's raw value goes into the store beside the value.
            let factor = match row.get("factor").and_then(|f| f.as_i64()) {
                Some(sf) => format!(
                    "\n        store.set(d.unit_id, d.table, d.scale_factor.expect(\"{device}.{register} has a scale factor register\"), &[{}]);",
                    sf as i16 as u16
                ),
                None => String::new(),
            };
            // The typed read goes through the register's block handle: `client.hc(2).unwrap()` or `client.status()`.
            let Some((handle, descriptor, optional)) = handles.get(&(device.clone(), register.to_owned())) else {
                writeln!(out, "    panic!({:?});", format!("{device} has no register `{register}` (the vectors name it)")).unwrap();
                continue;
            };
            let words: Vec<String> = words.iter().map(|w| w.to_string()).collect();
            // An implausible reading is refused with the value read, not passed on.
            let check = if row.get("implausible").and_then(|i| i.as_bool()) == Some(true) {
                format!(
                    "match got {{ Err(modbus_map::Error::Decode(modbus_map::codec::DecodeError::Implausible {{ value, .. }})) => assert_engineering(\"{device}.{register}\", &serde_json::json!(value), &serde_json::json!({value})), other => panic!(\"{device}.{register}: expected an implausible reading, got {{other:?}}\") }}"
                )
            } else {
                // A register with sentinels reads `Option`s: `None` (not available) is the vector's null.
                let (some, none) = if *optional { ("Some(v)", "Ok(Ok(None)) => serde_json::Value::Null, ") } else { ("v", "") };
                format!(
                    "let got = match got {{ Ok(Ok({some})) => (&&Probe(&v)).json(), {none}other => panic!(\"{device}.{register}: read failed: {{other:?}}\") }};\n        assert_engineering(\"{device}.{register}\", &got, &serde_json::json!({value}));"
                )
            };
            writeln!(
                out,
                "    {{\n        let d = {descriptor};\n        store.set(d.unit_id, d.table, d.address, &[{}]);{factor}\n        client.set_word_order({order});\n        let got = client.{handle}.await;\n        {check}\n    }}",
                words.join(", ")
            )
            .unwrap();
        }
        writeln!(out, "}}\n").unwrap();
    }
    out
}

/// The `section` list of the vectors file at `path`, which must hold at least `minimum`
/// vectors (a shorter list means the file lost some); the error says why not.
fn vector_section(path: &Path, section: &str, minimum: usize) -> Result<Vec<serde_json::Value>, String> {
    let json: serde_json::Value = match std::fs::read_to_string(path).map(|t| serde_json::from_str(&t)) {
        Ok(Ok(j)) => j,
        _ => return Err(format!("cannot read {} as JSON", path.display())),
    };
    let rows = json.get(section).and_then(|v| v.as_array()).cloned().unwrap_or_default();
    if rows.len() < minimum {
        return Err(format!("{} has only {} `{section}` vectors", path.display(), rows.len()));
    }
    Ok(rows)
}

/// Writes `spec` to `out/STEM.yaml` and its generated Rust to `out/STEM.rs`, returning
/// the module's path; `what` names the vectors the spec was written from.
fn generated_module(out: &Path, stem: &str, spec: &str, what: &str) -> std::path::PathBuf {
    let spec_path = out.join(format!("{stem}.yaml"));
    std::fs::write(&spec_path, spec).unwrap_or_else(|e| panic!("cannot write {}: {e}", spec_path.display()));
    let builder = modbus_map_codegen::generate::registry()
        .iter()
        .fold(modbus_map_codegen::Builder::new().spec(&spec_path), |b, g| b.enable(g.name(), g.name() == "rust"));
    let files = builder.render().unwrap_or_else(|e| panic!("the spec written from the {what} vectors does not generate:\n{e}"));
    let rust: String = files.into_iter().filter(|(p, _)| p.starts_with("rust")).map(|(_, text)| text).collect();
    let module = out.join(format!("{stem}.rs"));
    std::fs::write(&module, rust).unwrap_or_else(|e| panic!("cannot write {}: {e}", module.display()));
    module
}

fn missing_test(name: &str, why: &str) -> String {
    format!("#[test]\nfn {name}() {{\n    panic!({why:?});\n}}\n")
}

/// A device name as part of a test fn name.
fn sanitize(name: &str) -> String {
    name.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '_' }).collect()
}

/// The Rust of every spec in tests/fixtures/lint_clean_specs.txt (the feature tour,
/// the simulator's and the derive's fixtures, the example's spec), each in a module
/// of its own: a spec that lints clean but generates Rust that does not compile
/// fails this crate's build, naming the spec.
fn fixture_modules(root: &Path, out: &Path) -> String {
    let list = root.join("tests/fixtures/lint_clean_specs.txt");
    println!("cargo:rerun-if-changed={}", list.display());
    let specs = modbus_map_codegen::builder::listed_specs(root, &list).unwrap_or_else(|e| panic!("{e}"));
    for spec in &specs {
        println!("cargo:rerun-if-changed={}", spec.display());
    }
    let dir = out.join("fixtures");
    std::fs::create_dir_all(&dir).expect("create OUT_DIR/fixtures");
    let mut modules = String::new();
    for spec in &specs {
        let files = modbus_map_codegen::Builder::new()
            .spec(spec)
            .rust(true)
            .python(false)
            .markdown(false)
            .render()
            .unwrap_or_else(|e| panic!("{} is listed as lint-clean in {}:\n{e}", spec.display(), list.display()));
        let stem = spec.file_stem().expect("a spec file has a name").to_string_lossy().replace(['-', '.'], "_");
        // Only the Rust: every other generator the Builder has on by default writes beside it.
        let rust = files.into_iter().filter(|(path, _)| path.starts_with("rust")).map(|(_, text)| text);
        for (i, text) in rust.enumerate() {
            let file = dir.join(format!("{stem}_{i}.rs"));
            std::fs::write(&file, text).unwrap_or_else(|e| panic!("cannot write {}: {e}", file.display()));
            writeln!(modules, "/// Generated from `{}`.\npub mod {stem}_{i} {{ include!({:?}); }}", spec.display(), file.display().to_string()).unwrap();
        }
    }
    modules
}

/// The device-free `aliases` vectors (converting aliases) through generated Rust: a spec
/// with one block per case (its target at the block's base, its alias 8 registers on,
/// every codec key written out so the alias inherits none of them), its Rust generated
/// here, and a test that (1) reads each side's words with the typed client from a plain
/// server, which decodes each register on its own, and (2) serves the module's generated
/// dispatch tables, where the alias converts the one stored value: its words on a read
/// (or exception 04), the target's words after a write through it (or exception 03).
fn alias_tests(path: &Path, out: &Path) -> String {
    let cases = match vector_section(path, "aliases", 20) {
        Ok(cases) => cases,
        Err(why) => return missing_test("vectors_aliases", &why),
    };
    use serde_json::Value;
    let spec = alias_vectors_spec(&cases, "Written by tests/client/build.rs from tests/vectors/values.json (`aliases`).");
    let module = generated_module(out, "alias_vectors", &spec, "aliases");
    let width = |d: &Value| match d["type"].as_str() {
        Some("u16" | "i16") => 1,
        Some("u32" | "i32" | "f32") => 2,
        _ => 4,
    };
    let words = |case: &Value, key: &str| -> Option<String> {
        case[key].as_array().map(|a| a.iter().map(|w| w.to_string()).collect::<Vec<_>>().join(", "))
    };
    // A read's value as JSON: `None` (a sentinel) is null, NaN is "nan".
    let as_json = |d: &Value, var: &str| -> String {
        let plain = format!("{{ if format!(\"{{{var}:?}}\") == \"NaN\" {{ serde_json::json!(\"nan\") }} else {{ serde_json::json!({var}) }} }}");
        if d["sentinel"].is_array() {
            format!("match {var} {{ Some({var}) => {plain}, None => serde_json::Value::Null }}")
        } else {
            plain
        }
    };
    let mut test = format!(
        "mod alias_vectors_map {{ include!({:?}); }}\n\n\
         /// Same number to the precision of the type (an f32 to 2^-23 of its size); null and \"nan\" only equal themselves.\n\
         fn alias_same(f32_type: bool, what: &str, got: &serde_json::Value, want: &serde_json::Value) {{\n\
         \x20   if (got.is_i64() || got.is_u64()) && (want.is_i64() || want.is_u64()) {{\n\
         \x20       return assert_eq!(got, want, \"{{what}}\");\n\
         \x20   }}\n\
         \x20   match (got.as_f64(), want.as_f64()) {{\n\
         \x20       (Some(g), Some(w)) => {{\n\
         \x20           let relative = if f32_type {{ 1.0 / 8_388_608.0 }} else {{ 1e-9 }};\n\
         \x20           assert!(g == w || (g - w).abs() <= relative * w.abs().max(1.0), \"{{what}}: decoded {{g}}, expected {{w}}\");\n\
         \x20       }}\n\
         \x20       _ => assert_eq!(got, want, \"{{what}}\"),\n\
         \x20   }}\n\
         }}\n\n\
         #[tokio::test]\n\
         async fn vectors_aliases() {{\n\
         \x20   use alias_vectors_map::alias_vectors as av;\n\
         \x20   use tokio_modbus::client::{{Reader, Writer}};\n\
         \x20   use modbus_map::Table;\n\
         \x20   let store = Store::default();\n\
         \x20   let addr = server::start(store.clone()).await;\n\
         \x20   let mut client = av::Client::new(connect(addr).await);\n\
         \x20   let generated = std::sync::Arc::new(modbus_map::server::Server::new(&av::dispatch::MAP, modbus_map::store::MemoryStore::new(&av::dispatch::MAP)));\n\
         \x20   let listener = tokio::net::TcpListener::bind(\"127.0.0.1:0\").await.expect(\"bind 127.0.0.1:0\");\n\
         \x20   let served = listener.local_addr().expect(\"local address\");\n\
         \x20   tokio::spawn(modbus_map::server::serve_tcp(generated.clone(), listener, std::future::pending::<()>()));\n\
         \x20   let mut raw = connect(served).await;\n\
         \x20   let _ = Table::Holding;\n",
        module.display().to_string()
    );
    for (k, case) in cases.iter().enumerate() {
        let name = case["name"].as_str().unwrap_or("?");
        let (target, alias) = (16 * k, 16 * k + 8);
        let (tw, aw) = (words(case, "target_words"), words(case, "alias_words"));
        let value = case["value"].clone();
        let alias_value = case.get("alias_value").cloned().unwrap_or_else(|| value.clone());
        let (t_f32, a_f32) = (case["target"]["type"] == "f32", case["alias"]["type"] == "f32");
        writeln!(test, "    // {name}: {}", case["why"].as_str().unwrap_or("")).unwrap();
        // (1) Each side decoded on its own by the typed client.
        if let Some(tw) = &tw {
            writeln!(
                test,
                "    store.set(1, Table::Holding, {target}, &[{tw}]);\n    {{ let v = client.c{k}().read_target().await.unwrap().unwrap(); alias_same({t_f32}, \"{name}: target\", &{}, &serde_json::from_str::<serde_json::Value>({:?}).unwrap()); }}",
                as_json(&case["target"], "v"),
                value.to_string()
            )
            .unwrap();
        }
        if let Some(aw) = &aw {
            let want = if case["write"].is_null() { &alias_value } else { &value };
            writeln!(
                test,
                "    store.set(1, Table::Holding, {alias}, &[{aw}]);\n    {{ let v = client.c{k}().read_alias().await.unwrap().unwrap(); alias_same({a_f32}, \"{name}: alias\", &{}, &serde_json::from_str::<serde_json::Value>({:?}).unwrap()); }}",
                as_json(&case["alias"], "v"),
                want.to_string()
            )
            .unwrap();
        }
        // (2) The generated server converts the one stored value.
        let (t_width, a_width) = (width(&case["target"]), width(&case["alias"]));
        if let Some(tw) = &tw {
            writeln!(test, "    generated.store().set_words(\"c{k}.target\", &[{tw}]).unwrap();").unwrap();
            match &case["read"] {
                Value::String(ok) if ok == "ok" => writeln!(
                    test,
                    "    assert_eq!(raw.read_holding_registers({alias}, {a_width}).await.unwrap(), Ok(vec![{}]), \"{name}: read through the alias\");",
                    aw.clone().unwrap_or_default()
                )
                .unwrap(),
                _ => writeln!(
                    test,
                    "    assert_eq!(raw.read_holding_registers({alias}, {a_width}).await.unwrap(), Err(tokio_modbus::ExceptionCode::ServerDeviceFailure), \"{name}: exception 04\");"
                )
                .unwrap(),
            }
        }
        if let Some(aw) = &aw {
            match &case["write"] {
                Value::String(ok) if ok == "ok" => writeln!(
                    test,
                    "    raw.write_multiple_registers({alias}, &[{aw}]).await.unwrap().unwrap();\n    assert_eq!(raw.read_holding_registers({target}, {t_width}).await.unwrap(), Ok(vec![{}]), \"{name}: the target stores\");",
                    tw.clone().unwrap_or_default()
                )
                .unwrap(),
                Value::Null => {}
                _ => writeln!(
                    test,
                    "    let before = generated.store().get_words(\"c{k}.target\").unwrap().to_vec();\n    assert_eq!(raw.write_multiple_registers({alias}, &[{aw}]).await.unwrap(), Err(tokio_modbus::ExceptionCode::IllegalDataValue), \"{name}: exception 03\");\n    assert_eq!(generated.store().get_words(\"c{k}.target\").unwrap(), &before[..], \"{name}: a refused write changed the target\");"
                )
                .unwrap(),
            }
        }
    }
    test.push_str("}\n");
    test
}

/// The device-free `byte_orders` vectors (every numeric type in every word and byte
/// order) through generated Rust: a spec with one holding register per vector, its Rust
/// generated here, and a test that reads each vector's words with the typed client from
/// a plain server, and writes each value with the typed client to the module's generated
/// server, whose storage must then hold the vector's words.
fn byte_order_tests(path: &Path, out: &Path) -> String {
    let rows = match vector_section(path, "byte_orders", 28) {
        Ok(rows) => rows,
        Err(why) => return missing_test("vectors_byte_orders", &why),
    };
    let mut spec = String::from("# Written by tests/client/build.rs from tests/vectors/values.json (`byte_orders`).\ndevice:\n  name: byte_order_vectors\nblocks:\n  - name: orders\n    table: holding\n    registers:\n");
    let mut address = 0;
    let mut places = Vec::new();
    for (k, row) in rows.iter().enumerate() {
        let text = |key: &str| row.get(key).and_then(|v| v.as_str()).unwrap_or("?").to_owned();
        writeln!(spec, "      - {{ name: r{k}, address: {address}, type: {}, word_order: {}, byte_order: {} }}", text("type"), text("word_order"), text("byte_order")).unwrap();
        places.push(address);
        address += row.get("words").and_then(|w| w.as_array()).map_or(0, |w| w.len());
    }
    let module = generated_module(out, "byte_order_vectors", &spec, "byte_orders");
    let mut test = format!(
        "mod byte_order_vectors_map {{ include!({:?}); }}\n\n\
         #[tokio::test]\n\
         async fn vectors_byte_orders() {{\n\
         \x20   use byte_order_vectors_map::byte_order_vectors as bo;\n\
         \x20   let store = Store::default();\n\
         \x20   let addr = server::start(store.clone()).await;\n\
         \x20   let mut client = bo::Client::new(connect(addr).await);\n\
         \x20   let generated = std::sync::Arc::new(modbus_map::server::Server::new(&bo::dispatch::MAP, modbus_map::store::MemoryStore::new(&bo::dispatch::MAP)));\n\
         \x20   let listener = tokio::net::TcpListener::bind(\"127.0.0.1:0\").await.expect(\"bind 127.0.0.1:0\");\n\
         \x20   let served = listener.local_addr().expect(\"local address\");\n\
         \x20   tokio::spawn(modbus_map::server::serve_tcp(generated.clone(), listener, std::future::pending::<()>()));\n\
         \x20   let mut writer = bo::Client::new(connect(served).await);\n",
        module.display().to_string()
    );
    for (k, row) in rows.iter().enumerate() {
        let ty = row.get("type").and_then(|v| v.as_str()).unwrap_or("?");
        let value = row.get("value").cloned().unwrap_or_default();
        let words: Vec<String> = row.get("words").and_then(|w| w.as_array()).map(|a| a.iter().map(|w| w.to_string()).collect()).unwrap_or_default();
        let what = format!("{ty} {}", row.get("layout").and_then(|v| v.as_str()).unwrap_or("?"));
        // Every vector value is exact in its type: compare exactly, integers as integers
        // (an f32 through its exact f64 text, which clippy finds too precise for an f32 literal).
        let literal = if ty == "f32" { format!("{value}f64 as f32") } else { format!("{value}{ty}") };
        writeln!(
            test,
            "    store.set(1, modbus_map::Table::Holding, {}, &[{words}]);\n    assert_eq!(client.orders().read_r{k}().await.unwrap().unwrap(), {literal}, {what:?});\n    writer.orders().write_r{k}({literal}).await.unwrap().unwrap();\n    assert_eq!(generated.store().get_words(\"orders.r{k}\").unwrap(), [{words}], {what:?});",
            places[k],
            words = words.join(", ")
        )
        .unwrap();
    }
    test.push_str("}\n");
    test
}

include!("../vectors/alias_vectors_spec.rs");
