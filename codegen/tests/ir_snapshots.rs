//! The IR of every spec in specs/ (and of the feature tour in tests/specs/) is
//! snapshot-tested, so any change to what generators see is reviewed.

use modbus_map_codegen::{load_str, Format, Sources};
use std::path::Path;

fn ir_json(path: &Path, root: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path).to_string_lossy().replace('\\', "/");
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {rel}: {e}"));
    let format = Format::from_path(path).unwrap_or_else(|| panic!("{rel}: not a spec file"));
    let checked = match load_str(&text, &rel, format) {
        Ok(c) => c,
        Err(d) => panic!("{rel} does not validate:\n{}", d.render(&Sources::single(&rel, &text))),
    };
    serde_json::to_string_pretty(&checked.device).expect("the IR serializes")
}

fn workspace() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("codegen sits in the workspace")
}

#[test]
fn specs() {
    insta::glob!("../../specs", "*.{yaml,yml,csv}", |path| insta::assert_snapshot!(ir_json(path, workspace())));
}

#[test]
fn feature_tour() {
    insta::glob!("specs", "*.{yaml,yml,csv}", |path| insta::assert_snapshot!(ir_json(path, Path::new(env!("CARGO_MANIFEST_DIR")))));
}
