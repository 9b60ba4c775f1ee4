//! `modbus-map-sim`: the device simulator binary (`cargo xtask sim` runs it).

use clap::Parser;
use modbus_map::dispatch::{Exception, WriteKind};
use modbus_map::server::quirks::{FaultAnswer, Faults, TooSoon};
use modbus_map::server::Quirks;
use modbus_map_sim::{run_with, Options, Transport};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

/// Serve a modbus-map spec as a Modbus device simulator: every register starts at its spec
/// default (or a start value its rules accept), writes are accepted (and checked like on
/// the device), each request is logged on one line, Ctrl-C stops it cleanly.
///
/// The quirk options make it behave like devices clients have trouble with; each
/// answer a quirk changes is marked in the request's log line.
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
    /// `busy` (exception 06) or `silent` (no answer).
    #[arg(long, value_name = "busy|silent", default_value = "busy", help_heading = "Quirks")]
    too_soon: TooSoonArg,
    /// Quirk: at most this many TCP connections at once; a further one is closed at once.
    #[arg(long, value_name = "N", help_heading = "Quirks")]
    max_connections: Option<usize>,
    /// Quirk: close a TCP connection that sent no request for this many milliseconds.
    #[arg(long, value_name = "MS", help_heading = "Quirks")]
    idle_timeout_ms: Option<u64>,
    /// Quirk: answer this fraction of requests (0.0 to 1.0) with --fault instead of serving them.
    #[arg(long, value_name = "FRACTION", help_heading = "Quirks")]
    fault_rate: Option<f64>,
    /// Quirk: how faulty requests are answered: an exception code (`4`, `0x06`, …) or `silent`.
    #[arg(long, value_name = "CODE|silent", default_value = "4", help_heading = "Quirks")]
    fault: FaultArg,
    /// Seed of the fault injection: the same seed and requests give the same faults.
    #[arg(long, default_value_t = 1, help_heading = "Quirks")]
    seed: u64,
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

#[derive(Debug, Clone, Copy)]
struct FaultArg(FaultAnswer);

impl std::str::FromStr for FaultArg {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        if s == "silent" {
            return Ok(FaultArg(FaultAnswer::Silent));
        }
        let code = match s.strip_prefix("0x") {
            Some(hex) => u8::from_str_radix(hex, 16),
            None => s.parse(),
        }
        .map_err(|_| format!("`{s}` is neither `silent` nor an exception code"))?;
        let exception = Exception::from_code(code).ok_or_else(|| format!("exception code {code:#04X} is not one the server can send (01, 02, 03, 04, 06, 0B)"))?;
        Ok(FaultArg(FaultAnswer::Exception(exception)))
    }
}

fn quirks(args: &Args) -> Result<Quirks, String> {
    let ms = Duration::from_millis;
    if let Some(rate) = args.fault_rate.filter(|r| !(0.0..=1.0).contains(r)) {
        return Err(format!("--fault-rate {rate} is not a fraction between 0 and 1"));
    }
    Ok(Quirks {
        write_function: args.write_function.map(|f| match f {
            WriteFunctionArg::Single => WriteKind::Single,
            WriteFunctionArg::Multiple => WriteKind::Multiple,
        }),
        response_delay: args.response_delay_ms.map_or(Duration::ZERO, ms),
        min_pause: args.min_pause_ms.map(|p| {
            (ms(p), match args.too_soon {
                TooSoonArg::Busy => TooSoon::Busy,
                TooSoonArg::Silent => TooSoon::Silent,
            })
        }),
        max_connections: args.max_connections,
        idle_timeout: args.idle_timeout_ms.map(ms),
        faults: args.fault_rate.map(|fraction| Faults { fraction, answer: args.fault.0 }),
        seed: args.seed,
    })
}

fn main() -> ExitCode {
    let args = Args::parse();
    let quirks = match quirks(&args) {
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
    let options = Options { safety_writes: args.safety_writes, log: !args.quiet, quirks };
    match run_with(&args.spec, transport, &options) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
