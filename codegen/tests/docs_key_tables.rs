//! docs/spec-format.md shows the key tables of codegen/src/keys.rs, as they are.

use std::path::Path;

#[test]
fn spec_format_key_tables_are_up_to_date() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/spec-format.md");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let wanted = modbus_map_codegen::keys::with_docs_key_tables(&text).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        wanted == text,
        "docs/spec-format.md: the key tables differ from codegen/src/keys.rs; run `cargo xtask gen` and commit the result"
    );
}
