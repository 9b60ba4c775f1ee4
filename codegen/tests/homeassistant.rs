//! The generated Home Assistant packages pass Home Assistant's own configuration check
//! (`hass --script check_config` of the release pinned in tests/homeassistant/requirements.txt,
//! installed into target/venv-ha by `cargo xtask test`): every package of generated/homeassistant
//! and of every lint-clean fixture spec, included as packages of one configuration, and the
//! check must see every entity. A deliberately broken package must fail it, so the check can fail.
//! The package of the feature tour is pinned as a snapshot.

use modbus_map_codegen::generate::{find, Options};
use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn hass() -> PathBuf {
    match std::env::var_os("MODBUS_MAP_HASS") {
        Some(path) => PathBuf::from(path),
        None => panic!(
            "MODBUS_MAP_HASS is not set: run `cargo xtask test` (it installs Home Assistant into target/venv-ha), \
             or `cargo xtask test --setup-only` and set MODBUS_MAP_HASS=target/venv-ha/bin/hass"
        ),
    }
}

fn package(spec: &Path) -> (String, String) {
    let device = modbus_map_codegen::load_path(spec).unwrap_or_else(|e| panic!("{e}")).into_device();
    let generator = find("homeassistant").expect("the Home Assistant generator is registered");
    let (_, text) = generator.device_files(&modbus_map_codegen::generate::DeviceView::new(&device), &Options::default()).unwrap_or_else(|e| panic!("{e}")).remove(0);
    (device.name, text)
}

/// A configuration directory including every package in `packages` (file stem → text).
fn config_dir(name: &str, packages: &[(String, String)]) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("packages")).unwrap();
    std::fs::write(dir.join("configuration.yaml"), "homeassistant:\n  packages: !include_dir_named packages\n").unwrap();
    for (stem, text) in packages {
        std::fs::write(dir.join("packages").join(format!("{stem}.yaml")), text).unwrap();
    }
    dir
}

/// Runs the check, showing the validated config of `domain`; exit status and output without colours.
fn check_config(dir: &Path, domain: &str) -> (bool, String) {
    let hass = hass();
    let output = Command::new(&hass)
        .args(["--script", "check_config", "-c"])
        .arg(dir)
        .args(["-i", domain])
        .output()
        .unwrap_or_else(|e| panic!("cannot run {} ({e}): run `cargo xtask test`, which installs Home Assistant", hass.display()));
    let text = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    let mut plain = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            for c in chars.by_ref() {
                if c == 'm' {
                    break;
                }
            }
        } else {
            plain.push(c);
        }
    }
    (output.status.success(), plain)
}

/// Entities of a package: (modbus entities, template entities), one flow mapping per line.
fn entity_counts(text: &str) -> (usize, usize) {
    let (modbus, template) = text.split_once("\ntemplate:\n").unwrap_or((text, ""));
    let count = |t: &str| t.lines().filter(|l| l.trim_start().starts_with("- {name: ")).count();
    (count(modbus), count(template))
}

#[test]
fn home_assistant_accepts_every_generated_package() {
    let root = root();
    let mut packages = Vec::new();
    let mut generated: Vec<PathBuf> = std::fs::read_dir(root.join("generated/homeassistant"))
        .expect("generated/homeassistant lists: run `cargo xtask gen`")
        .map(|e| e.expect("entry").path())
        .collect();
    generated.sort();
    for path in generated {
        let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
        packages.push((stem, std::fs::read_to_string(&path).unwrap()));
    }
    let specs = std::fs::read_dir(root.join("specs")).unwrap().count();
    assert_eq!(packages.len(), specs, "one package per spec in specs/");
    let fixtures = modbus_map_codegen::builder::listed_specs(&root, &root.join("tests/fixtures/lint_clean_specs.txt")).unwrap_or_else(|e| panic!("{e}"));
    for spec in fixtures {
        let (name, text) = package(&spec);
        packages.push((format!("fixture_{}_{name}", spec.file_stem().unwrap().to_string_lossy()), text));
    }
    let (modbus, template) = packages.iter().fold((0, 0), |(m, t), (_, text)| {
        let (a, b) = entity_counts(text);
        (m + a, t + b)
    });
    assert!(modbus > 1000 && template > 100, "only {modbus} modbus and {template} template entities");
    let dir = config_dir("ha-config", &packages);
    for (domain, expected) in [("modbus", modbus), ("template", template)] {
        let (ok, out) = check_config(&dir, domain);
        assert!(ok, "hass --script check_config failed:\n{out}");
        for bad in ["Incorrect config", "Failed config", "ERROR", "Attempting install"] {
            assert!(!out.contains(bad), "check_config says `{bad}`:\n{out}");
        }
        // The validated config of the domain lists every entity once: none was dropped.
        let seen = out.lines().filter(|l| l.trim_start().starts_with("unique_id: ")).count();
        assert_eq!(seen, expected, "check_config shows {seen} of the {expected} {domain} entities:\n{out}");
    }
}

#[test]
fn home_assistant_refuses_a_broken_package() {
    let (name, text) = package(&root().join("specs/clivet.yaml"));
    assert!(text.contains("data_type: \"uint16\"") && text.contains("availability: "));
    let broken = text.replacen("data_type: \"uint16\"", "data_type: \"uint15\"", 1);
    let dir = config_dir("ha-config-broken", &[(name.clone(), broken)]);
    let (_, out) = check_config(&dir, "modbus");
    assert!(out.contains("Incorrect config") && out.contains("uint15"), "check_config accepted data_type uint15:\n{out}");
    let broken = text.replacen("availability: ", "availabilty: ", 1);
    let dir = config_dir("ha-config-broken-template", &[(name, broken)]);
    let (_, out) = check_config(&dir, "template");
    assert!(out.contains("availabilty"), "check_config accepted a misspelt template key:\n{out}");
}

/// The feature tour (orders, 8-bit values, strings, enumerations, bits, scale factors,
/// aliases, words apart) and the sentinel fixture (`nan_value`, and what it cannot carry),
/// loaded by relative path as `cargo xtask gen` loads specs, so the header is machine-independent.
#[test]
fn package_snapshots() {
    for (snapshot, spec) in [("feature_tour", "tests/specs/features.yaml"), ("sentinels", "../sim/tests/fixtures/sentinels.yaml")] {
        let (_, text) = package(Path::new(spec));
        insta::assert_snapshot!(snapshot, text);
    }
}
