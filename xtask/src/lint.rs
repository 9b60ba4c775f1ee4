//! `cargo xtask lint`: the validator over spec files.

use crate::{project_root, spec_files, Result};
use modbus_map_codegen::Sources;
use std::path::PathBuf;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Spec files or directories to check (default: specs/).
    pub paths: Vec<PathBuf>,
}

pub fn main(args: Args) -> Result<()> {
    let root = project_root();
    let cwd = std::env::current_dir()?;
    let paths = if args.paths.is_empty() {
        vec![root.join("specs")]
    } else {
        args.paths.iter().map(|p| cwd.join(p)).collect()
    };
    // Diagnostics name paths relative to the workspace root.
    std::env::set_current_dir(&root)?;
    let mut files = Vec::new();
    for path in paths {
        if path.is_dir() {
            files.extend(spec_files(&path)?);
        } else {
            files.push(path);
        }
    }
    if files.is_empty() {
        return Err("no spec files (.yaml, .yml, .csv) found: name files or a directory holding them".into());
    }
    let mut failed = 0;
    for file in &files {
        let shown = crate::gen::display_path(&root, file);
        match modbus_map_codegen::load_path(&shown) {
            Ok(checked) => {
                if !checked.warnings.is_empty() {
                    // The file is read again only to show snippets.
                    eprint!("{}", checked.warnings.render(&Sources::from_path(&shown)));
                }
                let n = checked.device.registers.len();
                println!("ok: {} ({n} register{})", shown.display(), if n == 1 { "" } else { "s" });
            }
            Err(diagnostics) => {
                failed += 1;
                eprint!("{}", diagnostics.render(&Sources::from_path(&shown)));
                eprintln!("failed: {}", shown.display());
            }
        }
    }
    if failed > 0 {
        return Err(format!("{failed} of {} spec files have errors (see above)", files.len()).into());
    }
    Ok(())
}
