//! Replays every kept fuzz input on stable: the corpus of each target
//! (`fuzz/corpus/TARGET/`, hand-written seeds so far) and every input that once crashed
//! it (`fuzz/regressions/TARGET/`), through the same entry function the cargo-fuzz
//! binary of that target calls. Bounded: a corpus holds at most `MAX_FILES_PER_TARGET`
//! files (minimize one that grew with `cargo fuzz cmin`) and each target's replay must
//! finish within `MAX_SECONDS_PER_TARGET`.

use std::collections::BTreeSet;
use std::path::Path;
use std::time::{Duration, Instant};

const MAX_FILES_PER_TARGET: usize = 3000;
const MAX_SECONDS_PER_TARGET: u64 = 120;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn inputs(dir: &Path) -> Vec<std::path::PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
    let mut files: Vec<_> = entries.filter_map(|e| e.ok()).map(|e| e.path()).filter(|p| p.is_file()).collect();
    files.sort();
    files
}

fn subdirectories(dir: &Path) -> BTreeSet<String> {
    let Ok(entries) = std::fs::read_dir(dir) else { return BTreeSet::new() };
    entries
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect()
}

fn target_names() -> BTreeSet<String> {
    modbus_map_fuzz::TARGETS.iter().map(|(name, _)| name.to_string()).collect()
}

#[test]
fn every_corpus_and_crash_input_passes_its_target() {
    for (name, target) in modbus_map_fuzz::TARGETS {
        let corpus = inputs(&root().join("corpus").join(name));
        let crashes = inputs(&root().join("regressions").join(name));
        assert!(!corpus.is_empty(), "fuzz/corpus/{name} is empty: add seed inputs for the target (or run `cargo +nightly fuzz run --fuzz-dir fuzz/targets {name} fuzz/corpus/{name}`)");
        assert!(corpus.len() <= MAX_FILES_PER_TARGET, "fuzz/corpus/{name} holds {} files: minimize it with `cargo fuzz cmin`", corpus.len());
        let started = Instant::now();
        for file in corpus.iter().chain(&crashes) {
            let bytes = std::fs::read(file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
            let outcome = std::panic::catch_unwind(|| target(&bytes));
            assert!(outcome.is_ok(), "{name}: {} fails (replay: cargo +nightly fuzz run --fuzz-dir fuzz/targets {name} {})", file.display(), file.display());
        }
        let spent = started.elapsed();
        assert!(spent < Duration::from_secs(MAX_SECONDS_PER_TARGET), "{name}: replay took {spent:?}");
        println!("{name}: {} corpus files, {} crash inputs, {spent:?}", corpus.len(), crashes.len());
    }
}

/// The replay above covers what the fuzzer runs only if the lists agree: every corpus
/// and crash directory belongs to a target of `TARGETS`, and every cargo-fuzz binary in
/// `fuzz/targets` is one of them, calling the entry function of its own name.
#[test]
fn the_replayed_targets_are_the_cargo_fuzz_targets() {
    let names = target_names();
    for dir in ["corpus", "regressions"] {
        let unknown: Vec<_> = subdirectories(&root().join(dir)).difference(&names).cloned().collect();
        assert!(unknown.is_empty(), "fuzz/{dir}/ has inputs of no target in modbus_map_fuzz::TARGETS (never replayed): {unknown:?}");
    }
    let text = std::fs::read_to_string(root().join("targets/Cargo.toml")).expect("reads fuzz/targets/Cargo.toml");
    let manifest: toml::Table = toml::from_str(&text).expect("fuzz/targets/Cargo.toml is TOML");
    let mut bins = BTreeSet::new();
    for bin in manifest.get("bin").and_then(|b| b.as_array()).map_or(&[][..], |b| b.as_slice()) {
        let value = |key: &str| bin.get(key).and_then(|v| v.as_str()).map(str::to_owned);
        let name = value("name").unwrap_or_else(|| panic!("a [[bin]] without a name in fuzz/targets/Cargo.toml: {bin}"));
        let path = value("path").unwrap_or_else(|| panic!("[[bin]] {name} has no path in fuzz/targets/Cargo.toml"));
        let source = std::fs::read_to_string(root().join("targets").join(&path)).unwrap_or_else(|e| panic!("fuzz/targets/{path}: {e}"));
        let call = format!("modbus_map_fuzz::{name}(data)");
        assert!(source.contains(&call), "fuzz/targets/{path} does not call `{call}`, the function the replay feeds:\n{source}");
        bins.insert(name);
    }
    assert_eq!(bins, names, "cargo-fuzz binaries (fuzz/targets/Cargo.toml) and modbus_map_fuzz::TARGETS differ");
}
