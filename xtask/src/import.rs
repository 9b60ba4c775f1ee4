//! `cargo xtask import`: another tool's register description → a spec (logic in codegen's `import`).

use crate::Result;
use modbus_map_codegen::import::{self, Options, Source};
use std::path::PathBuf;

pub const LONG_ABOUT: &str = "Read a Home Assistant modbus package, an ESPHome modbus_controller configuration or a \
SunSpec model JSON (pysunspec2's format) and write a spec that passes `cargo xtask lint`.

Every source field the spec cannot express is reported as a warning with the source's file:line:column and the \
entity's name; the choices the import made are comments in the written spec. Entities of one register (several bits \
of one word) become one register. An existing spec is not overwritten unless --force is given.

Example: cargo xtask import --from homeassistant tests/import/homeassistant/lg_therma_v/modbus_lg_heatpump.yaml --out specs/lg_therma_v.yaml";

#[derive(Clone, Copy, Debug, clap::ValueEnum)]
pub enum From {
    /// A Home Assistant package or configuration with `modbus:` (or the list `modbus: !include` names).
    Homeassistant,
    /// An ESPHome configuration with `modbus_controller:` (its `packages: !include` files are read too).
    Esphome,
    /// A SunSpec model JSON (`model_103.json` of pysunspec2), laid out behind `SunS` at 40000.
    Sunspec,
}

#[derive(clap::Args, Debug)]
pub struct Args {
    /// The source's format.
    #[arg(long, value_enum)]
    pub from: From,
    /// The file to import.
    pub file: PathBuf,
    /// Where to write the spec (default: specs/NAME.yaml, NAME from the source or --name).
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// The device name (a snake_case identifier; default: the hub, node or model name).
    #[arg(long)]
    pub name: Option<String>,
    /// Home Assistant: the hub to import when the file has several.
    #[arg(long)]
    pub hub: Option<String>,
    /// Overwrite the output file if it exists.
    #[arg(long)]
    pub force: bool,
    /// Print the spec to standard output instead of writing a file.
    #[arg(long, conflicts_with = "out")]
    pub stdout: bool,
}

pub fn main(args: Args) -> Result<()> {
    let source = match args.from {
        From::Homeassistant => Source::HomeAssistant,
        From::Esphome => Source::Esphome,
        From::Sunspec => Source::Sunspec,
    };
    let options = Options { name: args.name.clone(), hub: args.hub.clone() };
    let imported = match import::import_path(source, &args.file, &options) {
        Ok(i) => i,
        Err(failed) => {
            eprint!("{}", failed.render());
            return Err(format!("could not import {} (see above)", args.file.display()).into());
        }
    };
    if !imported.report.is_empty() {
        eprint!("{}", imported.report.render(&imported.sources));
    }
    let text = imported.to_yaml();
    let registers: usize = imported.spec.blocks.iter().map(|b| b.registers.len()).sum();
    if args.stdout {
        print!("{text}");
        return Ok(());
    }
    let out = args.out.unwrap_or_else(|| crate::project_root().join(import::default_out(&imported.spec.device.name.value)));
    if out.exists() && !args.force {
        return Err(format!("{} exists: pass --force to overwrite it, or --out another file", out.display()).into());
    }
    if let Some(dir) = out.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::write(&out, &text)?;
    println!(
        "wrote {}: {registers} registers in {} blocks; {} warnings about what was not imported (above). Next: cargo xtask lint {}",
        out.display(),
        imported.spec.blocks.len(),
        imported.report.warnings().count(),
        out.display()
    );
    Ok(())
}
