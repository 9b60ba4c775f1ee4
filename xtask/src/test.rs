//! `cargo xtask test`: installs what the tests need, then runs every test.
//!
//! Nothing is skipped silently: a missing tool that cannot be installed stops
//! the run with a message saying what to install.

use crate::{project_root, run, step, Result};
use std::path::{Path, PathBuf};
use std::process::Command;

/// Debian packages the interop tests and benchmarks use, with a file that proves each is installed.
const DEBIAN_PACKAGES: &[(&str, &str)] = &[
    ("mbpoll", "/usr/bin/mbpoll"),
    ("socat", "/usr/bin/socat"),
    ("libmodbus-dev", "/usr/include/modbus/modbus.h"),
    ("pkg-config", "/usr/bin/pkg-config"),
];

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Only install the test dependencies (Debian packages and the Python venv), run nothing.
    #[arg(long)]
    pub setup_only: bool,
    /// Skip `cargo clippy` (it is part of the full run that CI does).
    #[arg(long)]
    pub no_clippy: bool,
    /// Extra arguments passed to `cargo test` (after `--workspace`), e.g. `-- planner`.
    #[arg(last = true)]
    pub cargo_test_args: Vec<String>,
}

pub fn main(args: Args) -> Result<()> {
    let root = project_root();
    let total = if args.setup_only { 3 } else { 7 };

    step(1, total, "Debian packages (mbpoll, socat, libmodbus-dev)");
    install_debian_packages()?;

    step(2, total, "Python venv under target/venv (pymodbus, pytest, ruff, mypy, pysunspec2, esphome)");
    let python = ensure_venv(&root)?;

    step(3, total, "Home Assistant venv under target/venv-ha (homeassistant, Python >= 3.13)");
    let hass = ensure_ha_venv(&root)?;
    if args.setup_only {
        println!("setup done; python: {}; hass: {}", python.display(), hass.display());
        return Ok(());
    }

    step(4, total, "generated/ is up to date (cargo xtask gen --check)");
    crate::gen::check_default()?;

    step(5, total, "cargo clippy --workspace --all-targets -- -D warnings");
    if args.no_clippy {
        println!("  clippy skipped at your request (--no-clippy); CI runs it");
    } else {
        run(cargo(&root).args(["clippy", "--workspace", "--all-targets", "--", "-D", "warnings"]))?;
    }

    step(6, total, "cargo test --workspace --all-targets");
    let mut test = cargo(&root);
    test.args(["test", "--workspace", "--all-targets"]);
    test.env("MODBUS_MAP_PYTHON", &python);
    test.env("MODBUS_MAP_HASS", &hass);
    test.args(&args.cargo_test_args);
    run(&mut test)?;
    // Doc tests are not part of --all-targets.
    run(cargo(&root).args(["test", "--workspace", "--doc"]).env("MODBUS_MAP_PYTHON", &python))?;

    step(7, total, "pytest tests/python (generated Python maps: decode/encode vectors, ruff, mypy)");
    run(Command::new(&python)
        .current_dir(&root)
        .args(["-m", "pytest", "-q", "tests/python", "--ignore=tests/python/interop"])
        .env("MODBUS_MAP_GENERATED", root.join("generated")))?;

    println!("\nall test steps passed");
    Ok(())
}

fn cargo(root: &Path) -> Command {
    let mut cmd = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    cmd.current_dir(root);
    // Snapshots are assertions here; only a developer accepts new ones (`cargo insta review`).
    cmd.env("INSTA_UPDATE", "no");
    cmd
}

fn install_debian_packages() -> Result<()> {
    let missing: Vec<&str> = DEBIAN_PACKAGES
        .iter()
        .filter(|(_, proof)| !Path::new(proof).exists())
        .map(|(name, _)| *name)
        .collect();
    if missing.is_empty() {
        println!("  all present");
        return Ok(());
    }
    println!("  installing {}", missing.join(" "));
    let is_root = Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(false);
    let apt = |args: &[&str]| -> Command {
        let mut c = if is_root {
            Command::new("apt-get")
        } else {
            let mut c = Command::new("sudo");
            c.arg("apt-get");
            c
        };
        c.args(args).env("DEBIAN_FRONTEND", "noninteractive");
        c
    };
    run(&mut apt(&["update", "-q"])).map_err(|e| {
        format!("{e}\n  the interop tests need {}: install them with `apt-get install {}` and run again", missing.join(", "), missing.join(" "))
    })?;
    let mut install = apt(&["install", "-y", "-q", "--no-install-recommends"]);
    install.args(&missing);
    run(&mut install)?;
    for (name, proof) in DEBIAN_PACKAGES {
        if !Path::new(proof).exists() {
            return Err(format!("Debian package {name} was installed but {proof} is still missing").into());
        }
    }
    Ok(())
}

/// Creates target/venv and installs tests/python/requirements.txt into it, once per
/// change of the requirements file. Returns the venv's python.
fn ensure_venv(root: &Path) -> Result<PathBuf> {
    let venv = root.join("target/venv");
    let host = || -> Result<PathBuf> { Ok(std::env::var_os("PYTHON").map_or_else(|| "python3".into(), PathBuf::from)) };
    venv_with(&venv, &root.join("tests/python/requirements.txt"), "python", host, "creating the venv needs Python 3 with the venv module (Debian: apt-get install python3-venv)")?;
    Ok(venv.join("bin/python"))
}

/// `venv` with `requirements` installed, reinstalled only when the requirements file
/// changes (a stamp inside the venv holds the text it was made from); `program` is the
/// venv's `bin/` file that shows it is there, `host` the Python that creates it, and
/// `help` what to do when installing fails.
fn venv_with(venv: &Path, requirements: &Path, program: &str, host: impl FnOnce() -> Result<PathBuf>, help: &str) -> Result<()> {
    let wanted = std::fs::read_to_string(requirements).map_err(|e| format!("cannot read {}: {e}", requirements.display()))?;
    let stamp = venv.join(".modbus-map-requirements");
    if venv.join("bin").join(program).exists() && std::fs::read_to_string(&stamp).ok().as_deref() == Some(wanted.as_str()) {
        println!("  up to date: {}", venv.display());
        return Ok(());
    }
    let python = venv.join("bin/python");
    if !python.exists() {
        run(Command::new(host()?).args(["-m", "venv"]).arg(venv)).map_err(|e| format!("{e}\n  {help}"))?;
    }
    run(Command::new(&python).args(["-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-r"]).arg(requirements))
        .map_err(|e| format!("{e}\n  {help}"))?;
    std::fs::write(&stamp, wanted)?;
    Ok(())
}

/// Python interpreters that can run Home Assistant 2025.4 (it needs 3.13), tried in order
/// after `$HA_PYTHON`: on PATH, then pyenv's.
fn ha_host_python() -> Result<PathBuf> {
    let mut candidates: Vec<PathBuf> = std::env::var_os("HA_PYTHON").map(PathBuf::from).into_iter().collect();
    candidates.push("python3.13".into());
    if let Some(home) = std::env::var_os("HOME") {
        let pyenv = Path::new(&home).join(".pyenv/versions");
        if let Ok(entries) = std::fs::read_dir(&pyenv) {
            let mut versions: Vec<PathBuf> = entries.filter_map(|e| e.ok()).map(|e| e.path()).collect();
            versions.sort();
            candidates.extend(versions.into_iter().rev().filter(|v| v.file_name().is_some_and(|n| n.to_string_lossy().starts_with("3.13"))).map(|v| v.join("bin/python3.13")));
        }
    }
    for candidate in &candidates {
        let ok = Command::new(candidate)
            .args(["-c", "import sys, venv; sys.exit(0 if sys.version_info[:2] == (3, 13) else 1)"])
            .output()
            .is_ok_and(|o| o.status.success());
        if ok {
            return Ok(candidate.clone());
        }
    }
    Err(format!(
        "no Python 3.13 with the venv module found (tried {}): Home Assistant 2025.4 needs it; \
         install one (pyenv install 3.13.0, or Debian's python3.13 and python3.13-venv) or set HA_PYTHON",
        candidates.iter().map(|c| c.display().to_string()).collect::<Vec<_>>().join(", ")
    )
    .into())
}

/// Creates target/venv-ha and installs tests/homeassistant/requirements.txt into it,
/// once per change of the requirements file. Returns the venv's `hass`.
fn ensure_ha_venv(root: &Path) -> Result<PathBuf> {
    let venv = root.join("target/venv-ha");
    let help = format!("installing Home Assistant into {} needs Python 3.13 with the venv module and PyPI", venv.display());
    venv_with(&venv, &root.join("tests/homeassistant/requirements.txt"), "hass", ha_host_python, &help)?;
    Ok(venv.join("bin/hass"))
}
