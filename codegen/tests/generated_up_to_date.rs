//! generated/ must be exactly what the specs produce (rust-analyzer's `ensure_file_contents`).
//! CI runs `cargo xtask gen --check` too; this test keeps plain `cargo test` honest.

use modbus_map_codegen::Builder;
use std::path::{Path, PathBuf};

#[test]
fn generated_directory_matches_the_specs() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("codegen sits in the workspace root");
    // Spec paths in headers are relative to the workspace root, as `cargo xtask gen` writes them.
    std::env::set_current_dir(root).expect("the workspace root exists");
    let mut specs: Vec<PathBuf> = std::fs::read_dir("specs")
        .expect("specs/ exists")
        .map(|e| e.expect("readable specs/ entry").path())
        .filter(|p| matches!(p.extension().and_then(|e| e.to_str()), Some("yaml" | "yml" | "csv")))
        .collect();
    specs.sort();
    assert!(!specs.is_empty(), "specs/ holds no spec files");

    let rendered = Builder::new().command("cargo xtask gen").specs(&specs).render().unwrap_or_else(|e| panic!("{e}"));
    let mut stale = Vec::new();
    for (rel, want) in &rendered {
        let path = Path::new("generated").join(rel);
        if std::fs::read_to_string(&path).ok().as_deref() != Some(want.as_str()) {
            stale.push(path.display().to_string());
        }
    }
    for generator in modbus_map_codegen::generate::registry() {
        let dir = Path::new("generated").join(generator.output_dir());
        // A missing directory has no stale files; its wanted files are reported above.
        let Ok(entries) = std::fs::read_dir(&dir) else { continue };
        for entry in entries {
            let path = entry.expect("readable entry").path();
            let rel = path.strip_prefix("generated").expect("under generated/").to_path_buf();
            if !rendered.contains_key(&rel) {
                stale.push(format!("{} (no spec generates it)", path.display()));
            }
        }
    }
    assert!(
        stale.is_empty(),
        "generated/ is out of date with specs/:\n  {}\nrun `cargo xtask gen` and commit the result",
        stale.join("\n  ")
    );
}
