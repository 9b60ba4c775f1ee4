//! `cargo xtask diff` through the real binary: exit status per verdict, `REV:PATH`
//! and `--against` read from a real git repository, `--format markdown`, `--help`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn cases() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../codegen/tests/diff")
}

fn xtask(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_xtask")).args(args).current_dir(dir).output().expect("the xtask binary runs")
}

fn text(out: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr))
}

fn diff_cases(old: &str, new: &str, extra: &[&str]) -> Output {
    let mut args = vec!["diff", old, new];
    args.extend_from_slice(extra);
    xtask(&args, &cases())
}

#[test]
fn exit_status_is_the_verdict() {
    let out = diff_cases("base.yaml", "moved.yaml", &[]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.starts_with("breaking[moved]: `data.setpoint` moved from address 7 to 14\n"), "{stdout}");
    assert!(stdout.contains("--> base.yaml:16:9 (old)") && stdout.contains("--> moved.yaml:16:9 (new)"), "{stdout}");

    // Another scale factor register changes every value read.
    let out = diff_cases("scale_factor.old.yaml", "scale_factor.yaml", &[]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(
        text(&out).starts_with("breaking[scale-factor]: `inverter.W` scale factor register `inverter.W_SF` -> `inverter.VA_SF`\n"),
        "{}",
        text(&out)
    );

    let out = diff_cases("base.yaml", "added.yaml", &[]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    assert!(text(&out).contains("compatible[added]: `data.extra`"), "{}", text(&out));

    // Breaking but acknowledged by the new spec: listed, exit 0.
    let out = diff_cases("acknowledged.old.yaml", "acknowledged.yaml", &[]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    assert!(text(&out).starts_with("acknowledged[moved]: `data.setpoint` moved from address 7 to 14\n"), "{}", text(&out));

    let out = diff_cases("base.yaml", "base.csv", &[]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "boiler: no change (base.yaml -> base.csv)\n");

    let out = diff_cases("base.yaml", "renamed.yaml", &["--format", "markdown"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    let md = String::from_utf8_lossy(&out.stdout);
    assert!(md.starts_with("## `boiler`: `base.yaml` → `renamed.yaml`\n\n### Breaking changes (1)\n"), "{md}");
    assert!(md.contains("- **renamed**: `data.setpoint` was renamed to `data.target`"), "{md}");
}

#[test]
fn unreadable_or_invalid_specs_exit_2_with_the_error() {
    let out = diff_cases("base.yaml", "no_such_spec.yaml", &[]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(text(&out).contains("`no_such_spec.yaml` is neither a spec file nor REV:PATH"), "{}", text(&out));

    let dir = scratch("invalid");
    std::fs::write(dir.join("bad.yaml"), "device: {name: bad}\nblocks:\n  - {name: b, table: holding, registers: [{name: x, address: 0, type: unit16}]}\n")
        .expect("writable scratch dir");
    let good = cases().join("base.yaml");
    let out = xtask(&["diff", &good.to_string_lossy(), "bad.yaml"], &dir);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(text(&out).contains("bad.yaml:3:"), "the spec error names file:line:column: {}", text(&out));
}

#[test]
fn help_explains_every_verdict() {
    let out = xtask(&["diff", "--help"], &cases());
    assert!(out.status.success());
    let help = String::from_utf8_lossy(&out.stdout);
    for needle in ["REV:PATH", "--against", "--format", "markdown", "Breaking (exit status 1)", "Compatible (exit status 0", "No change", "Exit status 2", "renamed"] {
        assert!(help.contains(needle), "--help lacks `{needle}`:\n{help}");
    }
}

/// A fresh directory under the target dir (tests never write outside it).
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("xtask-diff-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("creatable scratch dir");
    dir
}

fn git(dir: &Path, args: &[&str]) {
    let out = Command::new("git")
        .args(["-c", "user.name=test", "-c", "user.email=test@example.invalid", "-c", "commit.gpgsign=false"])
        .args(args)
        .current_dir(dir)
        .output()
        .expect("git runs");
    assert!(out.status.success(), "git {args:?}: {}", text(&out));
}

#[test]
fn rev_path_and_against_read_from_git() {
    let repo = scratch("git");
    let specs = repo.join("specs");
    std::fs::create_dir_all(&specs).expect("creatable");
    git(&repo, &["init", "-q"]);
    for name in ["base.yaml", "base.csv"] {
        std::fs::copy(cases().join(name), specs.join(name)).expect("copyable");
    }
    git(&repo, &["add", "."]);
    git(&repo, &["commit", "-q", "-m", "v1"]);
    git(&repo, &["tag", "v1"]);

    // Unchanged: REV:PATH against the file, and --against, both say no change.
    let out = xtask(&["diff", "v1:specs/base.yaml", "specs/base.yaml"], &repo);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    assert!(text(&out).contains("no change (v1:specs/base.yaml -> specs/base.yaml)"), "{}", text(&out));
    let against = |repo: &Path| xtask(&["diff", "--against", "v1", "--specs", "specs"], repo);
    let out = against(&repo);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    assert!(text(&out).contains("2 spec pairs compared: no change"), "{}", text(&out));

    // A breaking edit in the working tree fails --against and names the register and both sides.
    std::fs::copy(cases().join("scale.yaml"), specs.join("base.yaml")).expect("copyable");
    let out = against(&repo);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    let shown = text(&out);
    assert!(shown.contains("breaking[scale]: `data.temp` scale 1/10 -> 1/100"), "{shown}");
    assert!(shown.contains("v1:specs/base.yaml:11:9 (old)") && shown.contains("specs/base.yaml:11:9 (new)"), "{shown}");

    // A spec that is gone is breaking; a new one is listed as compatible.
    std::fs::remove_file(specs.join("base.csv")).expect("removable");
    std::fs::copy(cases().join("base.yaml"), specs.join("base.yaml")).expect("copyable");
    std::fs::copy(cases().join("added.yaml"), specs.join("added.yaml")).expect("copyable");
    let out = against(&repo);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    let shown = text(&out);
    assert!(shown.contains("breaking[spec-removed]: `v1:specs/base.csv`"), "{shown}");
    assert!(shown.contains("compatible[spec-added]: `specs/added.yaml`"), "{shown}");

    let out = xtask(&["diff", "nope:specs/base.yaml", "specs/base.yaml"], &repo);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(text(&out).contains("`nope` is not a git revision"), "{}", text(&out));
}
