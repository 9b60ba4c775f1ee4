//! `cargo xtask bench`: comparisons measured in one run: the read planner against the
//! strategies of other tools, our server against libmodbus, code generation
//! against validation of the same spec (`--codegen`) and compile costs
//! (`--compile-cost`). Criterion micro-benchmarks are separate: `cargo bench -p modbus-map-core`.

use crate::{project_root, spec_files, Result};
use modbus_map_codegen::planning::compare_read_all;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Baud rate of the RTU bus the read plans are priced at (8N1).
    #[arg(long, default_value_t = 9600)]
    pub baud: u32,
    /// Also price the plans as if every device answered reads across up to N unmapped
    /// registers (`max_gap: N`), where bridging gaps pays off most.
    #[arg(long, default_value_t = 16)]
    pub what_if_max_gap: u16,
    /// Skip the server throughput run.
    #[arg(long)]
    pub planner_only: bool,
    /// Also measure the compile cost of #[derive(ModbusMap)] and of the largest generated module
    /// (macros/bench/compile_cost.sh; several minutes).
    #[arg(long)]
    pub compile_cost: bool,
    /// Only the code generation benchmark: release `gen` against release `lint` of a synthetic
    /// spec (bench/synthetic_spec.py writes it), alternating, medians of `--runs`.
    #[arg(long)]
    pub codegen: bool,
    /// Registers of the synthetic spec (`--codegen`).
    #[arg(long, default_value_t = 10_000)]
    pub registers: usize,
    /// Timed runs of each command (`--codegen`).
    #[arg(long, default_value_t = 5)]
    pub runs: usize,
}

pub fn main(args: Args) -> Result<()> {
    let root = project_root();
    std::env::set_current_dir(&root)?;
    if args.codegen {
        return codegen(&root, args.registers, args.runs);
    }
    planner_table(&root, args.baud, None)?;
    planner_table(&root, args.baud, Some(args.what_if_max_gap))?;
    if !args.planner_only {
        println!("\nLoopback Modbus TCP throughput, modbus-map against libmodbus, 1 and 8 connections:\n");
        let mut cmd = std::process::Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
        cmd.current_dir(&root).args(["bench", "-p", "modbus-map-sim", "--bench", "throughput"]);
        crate::run(&mut cmd).map_err(|e| {
            format!("{e}\n  the throughput run needs cc and libmodbus-dev: `cargo xtask test --setup-only` installs them")
        })?;
    }
    if args.compile_cost {
        println!("\nCompile cost (medians of non-incremental builds):\n");
        crate::run(std::process::Command::new("bash").arg(root.join("macros/bench/compile_cost.sh")))?;
    }
    Ok(())
}

fn planner_table(root: &std::path::Path, baud: u32, max_gap: Option<u16>) -> Result<()> {
    match max_gap {
        None => println!("\nReading every readable register as the specs say, RTU at {baud} baud 8N1 (requests / bus time):\n"),
        Some(gap) => println!("\nThe same with `max_gap: {gap}` (devices that answer across unmapped registers):\n"),
    }
    println!(
        "| spec | registers | optimal planner | contiguous-only (ESPHome) | one per register (EMS-ESP, HA) | saved vs contiguous | saved vs one-per-register |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|");
    for spec in spec_files(&root.join("specs"))? {
        let shown = crate::gen::display_path(root, &spec);
        let checked = modbus_map_codegen::load_path(&shown)
            .map_err(|_| format!("{} has errors: run `cargo xtask lint {}`", shown.display(), shown.display()))?;
        let mut device = checked.device.clone();
        if let Some(gap) = max_gap {
            device.max_gap = gap;
        }
        let device = &device;
        let c = compare_read_all(device, baud).map_err(|e| format!("{}: {e}", shown.display()))?;
        let ms = |micros: u64| micros as f64 / 1000.0;
        let readable = device.registers.iter().filter(|r| r.access.readable()).count();
        println!(
            "| {} | {readable} | {} / {:.1} ms | {} / {:.1} ms | {} / {:.1} ms | {:.2}× | {:.2}× |",
            device.name,
            c.optimal.requests,
            ms(c.optimal.total_micros),
            c.contiguous_only.requests,
            ms(c.contiguous_only.total_micros),
            c.one_per_register.requests,
            ms(c.one_per_register.total_micros),
            c.contiguous_only.total_micros as f64 / c.optimal.total_micros.max(1) as f64,
            c.one_per_register.total_micros as f64 / c.optimal.total_micros.max(1) as f64,
        );
    }
    Ok(())
}

/// Release `gen` (every generator) against release `lint` of the same synthetic spec,
/// run alternately so both see the same machine load; prints medians and their ratio.
fn codegen(root: &std::path::Path, registers: usize, runs: usize) -> Result<()> {
    let work = root.join("target/bench-codegen");
    std::fs::create_dir_all(&work)?;
    let spec = work.join("synthetic.yaml");
    let python = std::env::var_os("MODBUS_MAP_PYTHON").unwrap_or_else(|| "python3".into());
    crate::run(
        std::process::Command::new(python)
            .arg(root.join("bench/synthetic_spec.py"))
            .args(["--registers", &registers.to_string()])
            .arg(&spec),
    )?;
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    crate::run(std::process::Command::new(cargo).current_dir(root).args(["build", "--quiet", "--release", "-p", "xtask"]))?;
    let xtask = root.join("target/release/xtask");
    let out = work.join("out");
    let time = |args: &[&std::ffi::OsStr]| -> Result<f64> {
        let start = std::time::Instant::now();
        let status = std::process::Command::new(&xtask).args(args).stdout(std::process::Stdio::null()).status()?;
        let took = start.elapsed().as_secs_f64();
        if !status.success() {
            return Err(format!("`xtask {}` failed", args.iter().map(|a| a.to_string_lossy()).collect::<Vec<_>>().join(" ")).into());
        }
        Ok(took)
    };
    let (mut gen, mut lint) = (Vec::new(), Vec::new());
    for _ in 0..runs.max(1) {
        lint.push(time(&["lint".as_ref(), spec.as_os_str()])?);
        gen.push(time(&["gen".as_ref(), "--spec".as_ref(), spec.as_os_str(), "--out".as_ref(), out.as_os_str()])?);
    }
    let median = |v: &mut Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    let (gen, lint) = (median(&mut gen), median(&mut lint));
    let lines = |dir: &str| -> usize {
        std::fs::read_dir(out.join(dir))
            .map(|d| d.filter_map(|e| e.ok()).filter_map(|e| std::fs::read_to_string(e.path()).ok()).map(|t| t.lines().count()).sum())
            .unwrap_or(0)
    };
    println!("\nCode generation of a {registers}-register synthetic spec ({}), release builds, medians of {runs} runs:\n", spec.display());
    println!("| command | median | output |");
    println!("|---|---:|---|");
    println!("| `xtask lint` | {lint:.3} s | |");
    println!("| `xtask gen` | {gen:.3} s | Rust {} lines, Python {} lines, Markdown {} lines |", lines("rust"), lines("python"), lines("docs"));
    println!("\ngen / lint = {:.2}", gen / lint);
    Ok(())
}
