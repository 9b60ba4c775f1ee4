//! `include!`s every generated/rust/*.rs, so a module that needs std or alloc
//! outside its `tokio_client!` part fails to compile here.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    let generated = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../generated/rust");
    println!("cargo:rerun-if-changed={}", generated.display());
    let mut modules: Vec<PathBuf> = std::fs::read_dir(&generated)
        .map(|dir| dir.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|x| x == "rs")).collect())
        .unwrap_or_default();
    modules.sort();
    let mut includes = String::new();
    for m in &modules {
        println!("cargo:rerun-if-changed={}", m.display());
        writeln!(includes, "include!({:?});", m.display().to_string()).expect("writing to a String");
    }
    if modules.is_empty() {
        let why = format!("{} holds no .rs files: run `cargo xtask gen` first", generated.display());
        includes = format!("compile_error!({why:?});\n");
    }
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out.join("generated.rs"), includes).expect("write generated.rs");
}
