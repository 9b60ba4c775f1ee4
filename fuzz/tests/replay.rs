//! Replays every kept fuzz input on stable: the minimized corpus of each target
//! (`fuzz/corpus/TARGET/`) and every input that once crashed it (`fuzz/regressions/TARGET/`),
//! through the same entry function the fuzzer calls. Bounded: the corpora are minimized
//! (`cargo fuzz cmin`), and the test fails when one grows past its limit.

use std::path::Path;
use std::time::{Duration, Instant};

/// More files than this means the corpus was not minimized before it was committed.
const MAX_FILES_PER_TARGET: usize = 3000;
const MAX_SECONDS_PER_TARGET: u64 = 120;

fn inputs(dir: &Path) -> Vec<std::path::PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
    let mut files: Vec<_> = entries.filter_map(|e| e.ok()).map(|e| e.path()).filter(|p| p.is_file()).collect();
    files.sort();
    files
}

#[test]
fn every_corpus_and_crash_input_passes_its_target() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for (name, target) in modbus_map_fuzz::TARGETS {
        let corpus = inputs(&root.join("corpus").join(name));
        let crashes = inputs(&root.join("regressions").join(name));
        assert!(!corpus.is_empty(), "fuzz/corpus/{name} is empty: run the fuzzer (fuzz/README.md) and commit its minimized corpus");
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
