//! `modbus-map-sim SPEC (--tcp ADDR | --rtu DEV --baud N) [--safety-writes] [--quiet]`
//! (the same as `cargo xtask sim`).

use modbus_map_sim::{run_with, Options, Transport};
use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: modbus-map-sim SPEC (--tcp ADDR | --rtu DEV --baud N) [--safety-writes] [--quiet]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut spec = None;
    let (mut tcp, mut rtu, mut baud) = (None, None, 9600u32);
    let mut options = Options::default();
    let mut i = 0;
    while i < args.len() {
        let value = args.get(i + 1).cloned();
        match args[i].as_str() {
            "--tcp" => (tcp, i) = (value, i + 1),
            "--rtu" => (rtu, i) = (value, i + 1),
            "--baud" => {
                match value.as_deref().map(str::parse) {
                    Some(Ok(b)) => baud = b,
                    _ => return fail("--baud needs a number, e.g. --baud 9600"),
                }
                i += 1;
            }
            "--safety-writes" => options.safety_writes = true,
            "--quiet" => options.log = false,
            a if a.starts_with('-') => return fail(&format!("unknown option {a}")),
            a => spec = Some(PathBuf::from(a)),
        }
        i += 1;
    }
    let Some(spec) = spec else { return fail("no SPEC given") };
    let transport = match (tcp, rtu) {
        (Some(addr), None) => match addr.parse() {
            Ok(a) => Transport::Tcp(a),
            Err(_) => return fail(&format!("--tcp {addr}: not an address like 127.0.0.1:5020")),
        },
        (None, Some(path)) => Transport::Rtu { path: path.into(), baud },
        _ => return fail("give exactly one of --tcp ADDR or --rtu DEV"),
    };
    match run_with(&spec, transport, &options) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn fail(message: &str) -> ExitCode {
    eprintln!("error: {message}\n{USAGE}");
    ExitCode::from(2)
}
