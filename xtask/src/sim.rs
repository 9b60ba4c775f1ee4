//! `cargo xtask sim`: serve a spec as a device simulator. The `modbus-map-sim` binary
//! owns the options; this forwards them (`cargo xtask sim --help` prints its help).

use crate::{project_root, run, Result};
use std::ffi::OsString;
use std::process::Command;

#[derive(clap::Args, Debug)]
#[command(disable_help_flag = true)]
pub struct Args {
    /// SPEC (--tcp ADDR | --rtu DEVICE [--baud N]) [--safety-writes] [--quiet]; `--help` for details.
    #[arg(trailing_var_arg = true, allow_hyphen_values = true, value_name = "ARGS")]
    pub args: Vec<OsString>,
}

pub fn main(args: Args) -> Result<()> {
    let manifest = project_root().join("Cargo.toml");
    let mut cmd = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    // No current_dir: relative spec and device paths resolve where the user typed them.
    cmd.args(["run", "--quiet", "--release", "-p", "modbus-map-sim", "--manifest-path"]).arg(manifest).arg("--");
    cmd.args(&args.args);
    run(&mut cmd)
}
