//! `cargo xtask sim`: serve a spec as a device simulator (the `modbus-map-sim` binary).

use crate::{project_root, run, Result};
use std::path::PathBuf;
use std::process::Command;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// The spec to serve (.yaml, .yml or .csv).
    pub spec: PathBuf,
    /// Serve Modbus TCP on this address, e.g. 127.0.0.1:5020.
    #[arg(long, value_name = "ADDR", required_unless_present = "rtu", conflicts_with = "rtu")]
    pub tcp: Option<String>,
    /// Serve Modbus RTU (8N1) on this serial device, e.g. /dev/ttyUSB0.
    #[arg(long, value_name = "DEVICE")]
    pub rtu: Option<PathBuf>,
    /// Baud rate for --rtu.
    #[arg(long, default_value_t = 9600)]
    pub baud: u32,
    /// Accept writes to registers marked `safety: true` (refused with exception 01 otherwise).
    #[arg(long)]
    pub safety_writes: bool,
    /// Do not log requests.
    #[arg(long)]
    pub quiet: bool,
}

pub fn main(args: Args) -> Result<()> {
    let root = project_root();
    let cwd = std::env::current_dir()?;
    let mut cmd = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    cmd.current_dir(&root).args(["run", "--quiet", "--release", "-p", "modbus-map-sim", "--"]);
    cmd.arg(cwd.join(&args.spec));
    if let Some(addr) = &args.tcp {
        cmd.args(["--tcp", addr]);
    }
    if let Some(dev) = &args.rtu {
        cmd.arg("--rtu").arg(cwd.join(dev)).args(["--baud", &args.baud.to_string()]);
    }
    if args.safety_writes {
        cmd.arg("--safety-writes");
    }
    if args.quiet {
        cmd.arg("--quiet");
    }
    run(&mut cmd)
}
