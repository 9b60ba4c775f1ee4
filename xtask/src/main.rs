//! `cargo xtask`: the project's commands. It orchestrates; the logic lives in the crates.

mod bench;
mod diff;
mod ems_esp;
mod fuzz;
mod gen;
mod import;
mod lint;
mod sim;
mod test;

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::{Command, ExitCode};

/// mimalloc instead of the system allocator: generating a large spec's code is mostly
/// small allocations (tokens, syn's syntax tree, template values), which glibc's
/// malloc serves markedly slower; `cargo xtask bench --codegen` measures with it.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

pub type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

/// Tasks of the modbus-map workspace.
#[derive(Parser, Debug)]
#[command(name = "cargo xtask", bin_name = "cargo xtask", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Task,
}

#[derive(Subcommand, Debug)]
enum Task {
    /// Generate every output (Rust, Python, Markdown, C header) from specs (default: every spec in specs/ into generated/).
    Gen(gen::Args),
    /// Validate specs and print every problem at once, rustc style (default: all of specs/).
    Lint(lint::Args),
    /// Install what the tests need (Debian packages, a Python venv under target/) and run every test.
    Test(test::Args),
    /// Serve a spec as a Modbus device simulator over TCP or RTU.
    Sim(sim::Args),
    /// Print the read-planner and server throughput comparisons.
    Bench(bench::Args),
    /// Compare two versions of a register map: breaking changes exit 1 (see --help).
    #[command(long_about = diff::LONG_ABOUT)]
    Diff(diff::Args),
    /// Run the cargo-fuzz targets (nightly) for a while each, merge what adds coverage into fuzz/corpus.
    Fuzz(fuzz::Args),
    /// Write a spec from a Home Assistant package, an ESPHome configuration or a SunSpec model (see --help).
    #[command(long_about = import::LONG_ABOUT)]
    Import(import::Args),
    /// Turn EMS-ESP's dump_entities.csv into specs (one per product) and compare two releases.
    EmsEsp(ems_esp::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        // Its exit status is the verdict (0 compatible, 1 breaking, 2 could not compare).
        Task::Diff(args) => return diff::main(args),
        Task::Gen(args) => gen::main(args),
        Task::Lint(args) => lint::main(args),
        Task::Test(args) => test::main(args),
        Task::Sim(args) => sim::main(args),
        Task::Bench(args) => bench::main(args),
        Task::EmsEsp(args) => ems_esp::main(args),
        Task::Fuzz(args) => fuzz::main(args),
        Task::Import(args) => import::main(args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The workspace root, whatever directory `cargo xtask` was started from.
pub fn project_root() -> PathBuf {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().expect("xtask lives one level below the workspace root").to_path_buf()
}

/// Prints a progress line for long work.
pub fn step(n: usize, total: usize, what: &str) {
    println!("\n[{n}/{total}] {what}");
}

/// Runs a command with inherited output; a non-zero exit is an error naming the command.
pub fn run(cmd: &mut Command) -> Result<()> {
    let shown = format!("{cmd:?}");
    let status = cmd.status().map_err(|e| format!("could not start {shown}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{shown} failed with {status}").into())
    }
}

/// Every spec file (`.yaml`, `.yml`, `.csv`) directly in `dir`, sorted.
pub fn spec_files(dir: &std::path::Path) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))? {
        let path = entry?.path();
        let is_spec = matches!(path.extension().and_then(|e| e.to_str()), Some("yaml" | "yml" | "csv"));
        if is_spec && path.is_file() {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}
