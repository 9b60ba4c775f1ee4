//! `cargo xtask diff`: reads two versions of a spec (files or `REV:PATH` from
//! git) and prints the changes the codegen crate's `diff` finds.

use crate::{project_root, spec_files, Result};
use modbus_map_codegen::diff::{self, Outcome, Report};
use modbus_map_codegen::{Format, Sources};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

pub const LONG_ABOUT: &str = "\
Compare two versions of a register map and report every change, rustc style, with the spec line of each side.

Each side is a spec file (.yaml, .yml, .csv), a directory of spec files (compared by file name), or
REV:PATH, a spec read from git at revision REV (PATH from the repository root, or ./PATH from the
current directory), e.g.  cargo xtask diff v1.2:specs/ems_esp.yaml specs/ems_esp.yaml

`--against REV` compares every spec in specs/ (or --specs DIR) with the same file at REV, for CI:
a spec that is gone counts as breaking, a new one as compatible.

Registers are matched by qualified name; a register whose name is gone is matched by unit id, table and
address with a register whose name is new, and reported as renamed.

Breaking (exit status 1): a register removed or renamed; moved to another address, table or unit id; its
type, width, string length, word or byte order, scale, offset or scale factor register changed (or a
scale factor register gained or lost); access narrowed (rw -> r or w); a writable register's range
narrowed; writes newly behind `safety`; an enumeration value removed or given another raw value; a
named bit moved or removed; a repeated block given fewer instances or another stride; the device's
default unit id, word order or byte order changed where registers inherit it.

Compatible (exit status 0, still listed): registers, enumeration values, bits or instances added; access
widened; a range widened (or narrowed on a read-only register); descriptions, titles, units, defaults,
`since` and read settings changed.

No change (exit status 0): the same map in another order or in the other format reports nothing.

Exit status 2: a spec could not be read or has errors (shown rustc style).";

#[derive(clap::Args, Debug)]
pub struct Args {
    /// The old version: a spec file, a directory of specs, or REV:PATH read from git.
    #[arg(required_unless_present = "against")]
    pub old: Option<String>,
    /// The new version: a spec file, a directory of specs, or REV:PATH read from git.
    #[arg(required_unless_present = "against")]
    pub new: Option<String>,
    /// Compare every spec in specs/ with the same file at git revision REV (for CI).
    #[arg(long, value_name = "REV", conflicts_with_all = ["old", "new"])]
    pub against: Option<String>,
    /// The directory --against compares (default: the workspace's specs/).
    #[arg(long, value_name = "DIR", requires = "against")]
    pub specs: Option<PathBuf>,
    /// `text`: rustc-style report; `markdown`: a changelog section.
    #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
    pub format: OutputFormat,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum OutputFormat {
    Text,
    Markdown,
}

/// A spec's text and the name diagnostics and the report give it.
struct SpecText {
    label: String,
    text: String,
    format: Format,
}

/// Runs the comparison; the exit status says the verdict (see [`LONG_ABOUT`]).
pub fn main(args: Args) -> ExitCode {
    match run(&args) {
        Ok(outcome) => ExitCode::from(outcome.exit_code()),
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}

fn run(args: &Args) -> Result<Outcome> {
    let pairs = match (&args.against, &args.old, &args.new) {
        (Some(rev), _, _) => {
            let dir = args.specs.clone().unwrap_or_else(|| project_root().join("specs"));
            against(rev, &dir)?
        }
        (None, Some(old), Some(new)) => {
            let (old_dir, new_dir) = (Path::new(old), Path::new(new));
            if old_dir.is_dir() && new_dir.is_dir() {
                directories(old_dir, new_dir)?
            } else {
                vec![(Some(read_side(old)?), Some(read_side(new)?))]
            }
        }
        _ => return Err("give OLD and NEW, or --against REV (see --help)".into()),
    };
    let mut worst = Outcome::NoChange;
    let mut failed = Vec::new();
    for (old, new) in &pairs {
        let outcome = match (old, new) {
            (Some(old), Some(new)) => match compare(old, new, args.format) {
                Ok(outcome) => outcome,
                Err(e) => {
                    eprint!("{e}");
                    failed.push(new.label.clone());
                    continue;
                }
            },
            (Some(old), None) => {
                println!("breaking[spec-removed]: `{}` has no counterpart in the new version\n", old.label);
                Outcome::Breaking
            }
            (None, Some(new)) => {
                println!("compatible[spec-added]: `{}` has no counterpart in the old version\n", new.label);
                Outcome::Compatible
            }
            (None, None) => continue,
        };
        worst = worst.max(outcome);
    }
    if pairs.len() > 1 {
        println!("{} spec pairs compared: {}", pairs.len(), worst.as_str());
    }
    if !failed.is_empty() {
        return Err(format!("could not compare {}: see the errors above", failed.join(", ")).into());
    }
    Ok(worst)
}

fn compare(old: &SpecText, new: &SpecText, format: OutputFormat) -> std::result::Result<Outcome, String> {
    let load = |s: &SpecText| {
        modbus_map_codegen::load_str(&s.text, &s.label, s.format)
            .map_err(|d| d.render(&Sources::single(&s.label, &s.text)))
    };
    let (old_ir, new_ir) = (load(old), load(new));
    let (old_ir, new_ir) = match (old_ir, new_ir) {
        (Ok(a), Ok(b)) => (a, b),
        (a, b) => return Err([a.err(), b.err()].into_iter().flatten().collect()),
    };
    let report: Report = diff::diff(&old_ir.device, &new_ir.device);
    match format {
        OutputFormat::Text => {
            let mut sources = Sources::single(&old.label, &old.text);
            sources.add(&new.label, &new.text);
            print!("{}", diff::render_text(&report, &sources));
        }
        OutputFormat::Markdown => print!("{}", diff::render_markdown(&report)),
    }
    Ok(report.outcome())
}

/// A spec file, or `REV:PATH` read with `git show` when no such file exists.
fn read_side(arg: &str) -> Result<SpecText> {
    let path = Path::new(arg);
    if path.is_file() {
        let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read `{arg}`: {e}"))?;
        return Ok(SpecText { label: arg.to_owned(), text, format: format_of(path)? });
    }
    match arg.split_once(':') {
        Some((rev, file)) if !rev.is_empty() && !file.is_empty() => {
            let text = git_show(rev, file, None)?
                .ok_or_else(|| format!("`{file}` does not exist at revision `{rev}`"))?;
            Ok(SpecText { label: arg.to_owned(), text, format: format_of(Path::new(file))? })
        }
        _ => Err(format!("`{arg}` is neither a spec file nor REV:PATH").into()),
    }
}

fn format_of(path: &Path) -> Result<Format> {
    Format::from_path(path)
        .ok_or_else(|| format!("`{}` is not a spec file: spec files end in .yaml, .yml or .csv", path.display()).into())
}

/// The file at `rev`, `None` if it does not exist there; `dir` is where git runs.
fn git_show(rev: &str, path: &str, dir: Option<&Path>) -> Result<Option<String>> {
    let git = |args: &[&str]| {
        let mut cmd = Command::new("git");
        if let Some(dir) = dir {
            cmd.current_dir(dir);
        }
        cmd.args(args).output().map_err(|e| format!("could not run git: {e}"))
    };
    // Verify the revision first so a typo in REV is an error, not a missing file.
    if !git(&["rev-parse", "--verify", "--quiet", &format!("{rev}^{{commit}}")])?.status.success() {
        return Err(format!("`{rev}` is not a git revision here").into());
    }
    let out = git(&["show", &format!("{rev}:{path}")])?;
    if !out.status.success() {
        return Ok(None);
    }
    Ok(Some(String::from_utf8(out.stdout).map_err(|_| format!("`{rev}:{path}` is not UTF-8 text"))?))
}

type Pair = (Option<SpecText>, Option<SpecText>);

/// Spec files of two directories, paired by file name.
fn directories(old: &Path, new: &Path) -> Result<Vec<Pair>> {
    let names = |dir: &Path| -> Result<Vec<String>> {
        Ok(spec_files(dir)?.iter().filter_map(|p| Some(p.file_name()?.to_string_lossy().into_owned())).collect())
    };
    let mut all = names(old)?;
    all.extend(names(new)?);
    all.sort();
    all.dedup();
    let side = |dir: &Path, name: &str| -> Result<Option<SpecText>> {
        let path = dir.join(name);
        if path.is_file() {
            Ok(Some(read_side(&path.to_string_lossy())?))
        } else {
            Ok(None)
        }
    };
    all.iter().map(|name| Ok((side(old, name)?, side(new, name)?))).collect()
}

/// Every spec of `dir` (now, or at `rev`) with its version at `rev`.
fn against(rev: &str, dir: &Path) -> Result<Vec<Pair>> {
    let now: Vec<PathBuf> = spec_files(dir)?;
    // ls-tree lists the entries of the directory git runs in, relative to it.
    let listed = Command::new("git")
        .args(["ls-tree", "--name-only", rev, "--", "."])
        .current_dir(dir)
        .output()
        .map_err(|e| format!("could not run git: {e}"))?;
    let then: Vec<String> = if listed.status.success() {
        String::from_utf8_lossy(&listed.stdout)
            .lines()
            .filter(|n| Format::from_path(Path::new(n)).is_some())
            .map(str::to_owned)
            .collect()
    } else {
        Vec::new()
    };
    let mut names: Vec<String> =
        now.iter().filter_map(|p| Some(p.file_name()?.to_string_lossy().into_owned())).chain(then.iter().cloned()).collect();
    names.sort();
    names.dedup();
    let mut pairs = Vec::new();
    let shown_dir = crate::gen::display_path(&project_root(), dir);
    for name in names {
        let rel = shown_dir.join(&name).to_string_lossy().into_owned();
        let format = format_of(Path::new(&name))?;
        let old = git_show(rev, &format!("./{name}"), Some(dir))?.map(|text| SpecText { label: format!("{rev}:{rel}"), text, format });
        let path = dir.join(&name);
        let new = if path.is_file() {
            let text = std::fs::read_to_string(&path).map_err(|e| format!("cannot read `{rel}`: {e}"))?;
            Some(SpecText { label: rel, text, format })
        } else {
            None
        };
        pairs.push((old, new));
    }
    Ok(pairs)
}
