//! `modbus-map-sim`: the device simulator binary (`cargo xtask sim` runs it).

use clap::Parser;
use modbus_map_codegen::ir::{SimFault, SimProfile, SimTooSoon, SimWriteFunction};
use modbus_map_sim::{run_with, Options, Transport};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

/// Serve a modbus-map spec as a Modbus device simulator: every register starts at its spec
/// default (or a start value its rules accept), writes are accepted (and checked like on
/// the device), each request is logged on one line, Ctrl-C stops it cleanly.
///
/// The quirk options make it behave like devices clients have trouble with; each
/// answer a quirk changes is marked in the request's log line. A spec's `sim:` section
/// sets the same quirks for its device (docs/spec-format.md, "Simulator profile"); an
/// option given here overrides the spec's key of the same name.
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
    /// Baud rate for --rtu (sets the t1.5/t3.5 silences that delimit frames).
    #[arg(long, default_value_t = 9600)]
    baud: u32,
    /// Accept writes to registers marked `safety: true` (refused with exception 01 otherwise).
    #[arg(long)]
    safety_writes: bool,
    /// Do not log requests.
    #[arg(long)]
    quiet: bool,

    /// Quirk: accept only these write functions; the others get exception 01.
    /// `single`: 05/06 only (devices that refuse 16 even for one register);
    /// `multiple`: 15/16/23 only (devices such as Deye that write only through 16).
    #[arg(long, value_name = "single|multiple", help_heading = "Quirks")]
    write_function: Option<WriteFunctionArg>,
    /// Quirk: wait this many milliseconds before every answer.
    #[arg(long, value_name = "MS", help_heading = "Quirks")]
    response_delay_ms: Option<u64>,
    /// Quirk: a request sooner than this many milliseconds after the previous one is refused
    /// (see --too-soon).
    #[arg(long, value_name = "MS", help_heading = "Quirks")]
    min_pause_ms: Option<u64>,
    /// Quirk: how a request that comes too soon (--min-pause-ms) is answered:
    /// `busy` (exception 06, the default) or `silent` (no answer).
    #[arg(long, value_name = "busy|silent", help_heading = "Quirks")]
    too_soon: Option<TooSoonArg>,
    /// Quirk: at most this many TCP connections at once; a further one is closed at once.
    #[arg(long, value_name = "N", help_heading = "Quirks")]
    max_connections: Option<u64>,
    /// Quirk: close a TCP connection that sent no request for this many milliseconds.
    #[arg(long, value_name = "MS", help_heading = "Quirks")]
    idle_timeout_ms: Option<u64>,
    /// Quirk: answer this fraction of requests (0.0 to 1.0) with --fault instead of serving them.
    #[arg(long, value_name = "FRACTION", help_heading = "Quirks")]
    fault_rate: Option<f64>,
    /// Quirk: how faulty requests are answered: an exception code (`4`, the default; `0x06`, …)
    /// or `silent`.
    #[arg(long, value_name = "CODE|silent", value_parser = SimFault::parse, help_heading = "Quirks")]
    fault: Option<SimFault>,
    /// Seed of the fault injection (default 1): the same seed and requests give the same faults.
    #[arg(long, help_heading = "Quirks")]
    seed: Option<u64>,

    /// Move the values a client cannot write (read-only numbers of the input and holding
    /// tables; not enumerations, bits or text) in a bounded random walk inside their
    /// min..max (without one, a small window around the start value), never outside the
    /// register's rules.
    #[arg(long, help_heading = "Animation")]
    animate: bool,
    /// Seed of --animate: the same seed and spec give the same sequence of values.
    #[arg(long, value_name = "N", default_value_t = 1, requires = "animate", help_heading = "Animation")]
    animate_seed: u64,
    /// Milliseconds between two --animate steps.
    #[arg(long, value_name = "MS", default_value_t = 1000, requires = "animate", value_parser = clap::value_parser!(u64).range(1..), help_heading = "Animation")]
    animate_period_ms: u64,
}

#[derive(clap::ValueEnum, Debug, Clone, Copy)]
enum WriteFunctionArg {
    Single,
    Multiple,
}

#[derive(clap::ValueEnum, Debug, Clone, Copy)]
enum TooSoonArg {
    Busy,
    Silent,
}

/// The quirks given on the command line, which override the spec's `sim:` keys one by one.
fn sim_overrides(args: &Args) -> Result<SimProfile, String> {
    if let Some(rate) = args.fault_rate.filter(|r| !(0.0..=1.0).contains(r)) {
        return Err(format!("--fault-rate {rate} is not a fraction between 0 and 1"));
    }
    Ok(SimProfile {
        write_function: args.write_function.map(|f| match f {
            WriteFunctionArg::Single => SimWriteFunction::Single,
            WriteFunctionArg::Multiple => SimWriteFunction::Multiple,
        }),
        response_delay_ms: args.response_delay_ms,
        min_pause_ms: args.min_pause_ms,
        too_soon: args.too_soon.map(|t| match t {
            TooSoonArg::Busy => SimTooSoon::Busy,
            TooSoonArg::Silent => SimTooSoon::Silent,
        }),
        max_connections: args.max_connections,
        idle_timeout_ms: args.idle_timeout_ms,
        fault_rate: args.fault_rate,
        fault: args.fault,
        seed: args.seed,
    })
}

fn main() -> ExitCode {
    let args = Args::parse();
    let sim = match sim_overrides(&args) {
        Ok(q) => q,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    let transport = match (args.tcp, args.rtu) {
        (Some(addr), _) => Transport::Tcp(addr),
        (None, Some(path)) => Transport::Rtu { path, baud: args.baud },
        (None, None) => unreachable!("clap requires --tcp unless --rtu is given"),
    };
    let animate = args.animate.then(|| modbus_map_sim::Animate {
        seed: args.animate_seed,
        period: std::time::Duration::from_millis(args.animate_period_ms),
    });
    let options = Options { safety_writes: args.safety_writes, log: !args.quiet, sim, animate };
    match run_with(&args.spec, transport, &options) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
