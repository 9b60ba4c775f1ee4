//! `modbus-map-sim`: the device simulator binary (`cargo xtask sim` runs it).

use clap::Parser;
use modbus_map_sim::{run_with, Options, Transport};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

/// Serve a modbus-map spec as a Modbus device simulator: every register starts at its spec
/// default, writes are accepted (and checked like on the device), each request is logged
/// on one line, Ctrl-C stops it cleanly.
#[derive(Parser, Debug)]
#[command(name = "modbus-map-sim", version, about)]
struct Args {
    /// The spec to serve (.yaml, .yml or .csv).
    spec: PathBuf,
    /// Serve Modbus TCP on this address, e.g. 127.0.0.1:5020 (port 0 picks a free port).
    #[arg(long, value_name = "ADDR", required_unless_present = "rtu", conflicts_with = "rtu")]
    tcp: Option<SocketAddr>,
    /// Serve Modbus RTU (8N1) on this serial device, e.g. /dev/ttyUSB0.
    #[arg(long, value_name = "DEVICE")]
    rtu: Option<PathBuf>,
    /// Baud rate for --rtu.
    #[arg(long, default_value_t = 9600)]
    baud: u32,
    /// Accept writes to registers marked `safety: true` (refused with exception 01 otherwise).
    #[arg(long)]
    safety_writes: bool,
    /// Do not log requests.
    #[arg(long)]
    quiet: bool,
}

fn main() -> ExitCode {
    let args = Args::parse();
    let transport = match (args.tcp, args.rtu) {
        (Some(addr), _) => Transport::Tcp(addr),
        (None, Some(path)) => Transport::Rtu { path, baud: args.baud },
        (None, None) => unreachable!("clap requires --tcp unless --rtu is given"),
    };
    let options = Options { safety_writes: args.safety_writes, log: !args.quiet };
    match run_with(&args.spec, transport, &options) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
