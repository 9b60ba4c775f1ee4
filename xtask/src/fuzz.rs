//! `cargo xtask fuzz`: run the cargo-fuzz targets (nightly) for a while each, keep
//! what they find, and say how it went. The targets live in `fuzz/targets`, their
//! logic in the `modbus-map-fuzz` crate, whose stable test replays what is kept here.

use crate::{project_root, Result};
use std::path::Path;
use std::process::Command;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Targets to run (default: every target `cargo fuzz list` names).
    pub targets: Vec<String>,
    /// Seconds of fuzzing per target.
    #[arg(long, default_value_t = 600)]
    pub seconds: u64,
    /// Keep the inputs the run found only under target/fuzz-work, instead of merging those that
    /// add coverage into fuzz/corpus/TARGET (libFuzzer's `-merge=1`, which keeps the corpus minimal).
    #[arg(long)]
    pub no_merge: bool,
}

/// What one target's run did, for the summary table.
struct Outcome {
    target: String,
    seconds: u64,
    executions: u64,
    corpus_before: usize,
    corpus_after: usize,
    crashes: Vec<String>,
}

pub fn main(args: Args) -> Result<()> {
    let root = project_root();
    let fuzz_dir = root.join("fuzz/targets");
    let targets = if args.targets.is_empty() { list(&fuzz_dir)? } else { args.targets.clone() };
    let mut outcomes = Vec::new();
    for (n, target) in targets.iter().enumerate() {
        crate::step(n + 1, targets.len(), &format!("fuzzing {target} for {} s", args.seconds));
        outcomes.push(run_target(&root, target, args.seconds, !args.no_merge)?);
    }
    println!("\n| target | seconds | executions | exec/s | corpus files before → after | crash inputs |");
    println!("|---|---:|---:|---:|---|---|");
    for o in &outcomes {
        let crashes = if o.crashes.is_empty() { "none".to_owned() } else { o.crashes.join(", ") };
        println!(
            "| {} | {} | {} | {} | {} → {} | {crashes} |",
            o.target,
            o.seconds,
            o.executions,
            o.executions / o.seconds.max(1),
            o.corpus_before,
            o.corpus_after
        );
    }
    let crashed: Vec<&str> = outcomes.iter().filter(|o| !o.crashes.is_empty()).map(|o| o.target.as_str()).collect();
    if crashed.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "{} found crashing inputs, copied to fuzz/regressions/TARGET/ (the replay test runs them): fix them, then commit the inputs",
            crashed.join(", ")
        )
        .into())
    }
}

fn cargo_fuzz(fuzz_dir: &Path) -> Command {
    let mut cmd = Command::new("cargo");
    cmd.args(["+nightly", "fuzz"]);
    cmd.env_remove("CARGO").env_remove("RUSTUP_TOOLCHAIN");
    cmd.current_dir(fuzz_dir.parent().expect("fuzz/targets has a parent"));
    cmd
}

/// `cargo +nightly fuzz run TARGET DIR...` in `fuzz_dir`; libFuzzer flags follow with `.arg("--")`.
fn fuzz_run(fuzz_dir: &Path, target: &str, corpus_dirs: [&Path; 2]) -> Command {
    let mut cmd = cargo_fuzz(fuzz_dir);
    cmd.args(["run", "--fuzz-dir"]).arg(fuzz_dir).arg(target).args(corpus_dirs);
    cmd
}

fn list(fuzz_dir: &Path) -> Result<Vec<String>> {
    let out = cargo_fuzz(fuzz_dir)
        .args(["list", "--fuzz-dir"])
        .arg(fuzz_dir)
        .output()
        .map_err(|e| format!("cannot run `cargo +nightly fuzz list` ({e}): install it with `cargo install cargo-fuzz`"))?;
    if !out.status.success() {
        return Err(format!(
            "`cargo +nightly fuzz list` failed (the nightly toolchain and `cargo install cargo-fuzz` are needed):\n{}",
            String::from_utf8_lossy(&out.stderr)
        )
        .into());
    }
    Ok(String::from_utf8_lossy(&out.stdout).lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_owned).collect())
}

fn files_in(dir: &Path) -> Vec<std::path::PathBuf> {
    std::fs::read_dir(dir)
        .map(|d| d.filter_map(|e| e.ok()).map(|e| e.path()).filter(|p| p.is_file()).collect())
        .unwrap_or_default()
}

fn run_target(root: &Path, target: &str, seconds: u64, merge: bool) -> Result<Outcome> {
    let fuzz_dir = root.join("fuzz/targets");
    let corpus = root.join("fuzz/corpus").join(target);
    let work = root.join("target/fuzz-work").join(target);
    let artifacts = root.join("target/fuzz-artifacts").join(target);
    for dir in [&corpus, &work, &artifacts] {
        std::fs::create_dir_all(dir)?;
    }
    let corpus_before = files_in(&corpus).len();
    let artifacts_before = files_in(&artifacts).len();
    // New inputs go to the work directory first; the committed corpus only seeds the run.
    let out = fuzz_run(&fuzz_dir, target, [&work, &corpus])
        .arg("--")
        .arg(format!("-max_total_time={seconds}"))
        .arg(format!("-artifact_prefix={}/", artifacts.display()))
        .arg("-print_final_stats=1")
        .output()?;
    let log = String::from_utf8_lossy(&out.stderr).into_owned();
    std::fs::write(root.join("target/fuzz-work").join(format!("{target}.log")), &log)?;
    let stat = |key: &str| -> Option<u64> {
        log.lines().find_map(|l| l.strip_prefix(&format!("stat::{key}:")).and_then(|v| v.trim().parse().ok()))
    };
    let executions = stat("number_of_executed_units").unwrap_or(0);
    // What the run really took, from libFuzzer's last line ("Done N runs in S second(s)").
    let ran = log
        .lines()
        .find_map(|l| l.strip_prefix("Done ")?.split(" in ").nth(1)?.split_whitespace().next()?.parse().ok())
        .unwrap_or(0);
    let mut crashes = Vec::new();
    let regressions = root.join("fuzz/regressions").join(target);
    for artifact in files_in(&artifacts).into_iter().skip(artifacts_before) {
        std::fs::create_dir_all(&regressions)?;
        let name = artifact.file_name().expect("a file").to_owned();
        std::fs::copy(&artifact, regressions.join(&name))?;
        crashes.push(name.to_string_lossy().into_owned());
    }
    if crashes.is_empty() && !out.status.success() {
        let tail: Vec<&str> = log.lines().rev().take(30).collect::<Vec<_>>().into_iter().rev().collect();
        return Err(format!("fuzzing {target} failed without a crash input:\n{}", tail.join("\n")).into());
    }
    if merge {
        let merged = fuzz_run(&fuzz_dir, target, [&corpus, &work])
            .args(["--", "-merge=1"])
            .output()?;
        if !merged.status.success() {
            return Err(format!("merging the new inputs of {target} failed:\n{}", String::from_utf8_lossy(&merged.stderr)).into());
        }
    }
    Ok(Outcome { target: target.to_owned(), seconds: ran, executions, corpus_before, corpus_after: files_in(&corpus).len(), crashes })
}
