//! The library form of `cargo xtask gen`, for `build.rs` scripts and tools
//! (the way prost-build is called):
//!
//! ```no_run
//! // build.rs
//! let files = modbus_map_codegen::Builder::new()
//!     .spec("specs/pump.yaml")
//!     .markdown(false)
//!     .python(false)
//!     .generate()
//!     .unwrap_or_else(|e| panic!("{e}"));
//! println!("cargo:rerun-if-changed=specs/pump.yaml");
//! // src/lib.rs: include!(concat!(env!("OUT_DIR"), "/rust/pump.rs"));
//! # let _ = files;
//! ```
//!
//! Output layout under the output directory: one directory per generator of
//! [`generate::registry`] (`rust/<device>.rs`, `python/<device>.py`,
//! `docs/<device>.md` and `docs/README.md`, an index of every device page);
//! every generator is on unless switched off with [`Builder::enable`]. Every spec is loaded and validated before anything is
//! rendered, and everything is rendered before anything is written, so a bad
//! spec leaves the output directory untouched. Files whose content did not
//! change are not rewritten (their mtime stays, so cargo does not rebuild).

use crate::generate::{self, Options};
use crate::ir;
use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

/// Configures and runs the generators over a set of specs.
#[derive(Debug, Clone)]
pub struct Builder {
    specs: Vec<PathBuf>,
    out_dir: Option<PathBuf>,
    /// Generators switched on or off by name; the ones not named are on.
    switches: BTreeMap<String, bool>,
    command: Option<String>,
}

impl Default for Builder {
    fn default() -> Self {
        Builder::new()
    }
}

impl Builder {
    /// Every generator enabled, no specs, output to `$OUT_DIR` unless `out_dir` is called.
    pub fn new() -> Self {
        Builder { specs: Vec::new(), out_dir: None, switches: BTreeMap::new(), command: None }
    }

    /// Adds a spec file (`.yaml`, `.yml` or `.csv`). The path is quoted as given in
    /// headers and diagnostics, so prefer paths relative to the crate or workspace root.
    pub fn spec(mut self, path: impl Into<PathBuf>) -> Self {
        self.specs.push(path.into());
        self
    }

    /// Adds several spec files.
    pub fn specs<I, P>(mut self, paths: I) -> Self
    where
        I: IntoIterator<Item = P>,
        P: Into<PathBuf>,
    {
        self.specs.extend(paths.into_iter().map(Into::into));
        self
    }

    /// Where files go; defaults to the `OUT_DIR` environment variable cargo sets for build scripts.
    pub fn out_dir(mut self, dir: impl Into<PathBuf>) -> Self {
        self.out_dir = Some(dir.into());
        self
    }

    /// Switches the generator called `name` (a [`Generator::name`](generate::Generator::name)
    /// of [`generate::registry`]) on or off; every generator is on by default. An
    /// unknown name makes `render` and `generate` fail with [`Error::UnknownGenerator`].
    pub fn enable(mut self, name: &str, enabled: bool) -> Self {
        self.switches.insert(name.to_owned(), enabled);
        self
    }

    /// `enable("rust", enabled)`: `rust/<device>.rs`.
    pub fn rust(self, enabled: bool) -> Self {
        self.enable("rust", enabled)
    }

    /// `enable("python", enabled)`: `python/<device>.py`.
    pub fn python(self, enabled: bool) -> Self {
        self.enable("python", enabled)
    }

    /// `enable("markdown", enabled)`: `docs/<device>.md` and `docs/README.md`.
    pub fn markdown(self, enabled: bool) -> Self {
        self.enable("markdown", enabled)
    }

    /// `enable("homeassistant", enabled)`: `homeassistant/<device>.yaml`, a Home Assistant package.
    pub fn homeassistant(self, enabled: bool) -> Self {
        self.enable("homeassistant", enabled)
    }

    /// The registry's generators this builder runs, in registry order.
    fn enabled_generators(&self) -> Result<Vec<&'static dyn generate::Generator>, Error> {
        if let Some(unknown) = self.switches.keys().find(|name| generate::find(name).is_none()) {
            return Err(Error::UnknownGenerator {
                name: unknown.clone(),
                known: generate::registry().iter().map(|g| g.name()).collect(),
            });
        }
        Ok(generate::registry().iter().copied().filter(|g| self.switches.get(g.name()) != Some(&false)).collect())
    }

    /// The command quoted in the do-not-edit header (default: `modbus-map-codegen Builder`
    /// inside a build script, since regenerating there means rebuilding the crate).
    pub fn command(mut self, command: impl Into<String>) -> Self {
        self.command = Some(command.into());
        self
    }

    fn options(&self) -> Options {
        match &self.command {
            Some(c) => Options { command: c.clone() },
            None if std::env::var_os("OUT_DIR").is_some() => {
                Options { command: "cargo build (build.rs: modbus_map_codegen::Builder)".to_owned() }
            }
            None => Options::default(),
        }
    }

    /// Loads and validates every spec and renders every enabled output in memory.
    /// Keys are paths relative to the output directory. Nothing touches the disk
    /// except reading the specs.
    pub fn render(&self) -> Result<BTreeMap<PathBuf, String>, Error> {
        self.render_with_warnings().map(|(files, _)| files)
    }

    /// Like [`render`](Self::render), plus the validator's warnings, rendered
    /// (empty when there are none).
    pub fn render_with_warnings(&self) -> Result<(BTreeMap<PathBuf, String>, String), Error> {
        if self.specs.is_empty() {
            return Err(Error::NoSpecs);
        }
        self.enabled_generators()?;
        let mut ir = ir::Ir::default();
        let mut failures = Vec::new();
        let mut warnings = String::new();
        let mut origin_of: BTreeMap<String, PathBuf> = BTreeMap::new();
        for path in &self.specs {
            match crate::load_path(path) {
                Ok(checked) => {
                    if !checked.warnings.is_empty() {
                        warnings.push_str(&checked.warnings.render(&crate::Sources::from_path(path)));
                    }
                    let device = checked.device;
                    if let Some(first) = origin_of.get(&device.name) {
                        return Err(Error::DuplicateDevice {
                            device: device.name.clone(),
                            first: first.clone(),
                            second: path.clone(),
                        });
                    }
                    origin_of.insert(device.name.clone(), path.clone());
                    ir.devices.insert(device.name.clone(), device);
                }
                Err(diagnostics) => {
                    failures.push(SpecFailure { path: path.clone(), rendered: diagnostics.render(&crate::Sources::from_path(path)) });
                }
            }
        }
        if !failures.is_empty() {
            return Err(Error::Spec(failures));
        }
        Ok((self.render_ir(&ir)?, warnings))
    }

    /// Renders an already validated IR (e.g. one rebuilt from a derive's `IR_JSON`).
    pub fn render_ir(&self, ir: &ir::Ir) -> Result<BTreeMap<PathBuf, String>, Error> {
        let options = self.options();
        let generators = self.enabled_generators()?;
        let mut device_files = device_files_in_parallel(&generators, ir, &options).into_iter();
        let mut out = BTreeMap::new();
        for generator in generators {
            let dir = Path::new(generator.output_dir());
            // Which device wrote each file, so a directory file (an index, a runtime
            // module) that a device's file would overwrite is an error, not a loss.
            let mut written_by: BTreeMap<PathBuf, &str> = BTreeMap::new();
            for device in ir.devices.values() {
                let files = device_files.next().expect("one result per generator and device")?;
                for (rel, content) in files {
                    written_by.insert(dir.join(&rel), &device.name);
                    out.insert(dir.join(rel), content);
                }
            }
            if !ir.devices.is_empty() {
                for (rel, content) in generator.directory_files(ir, &options)? {
                    let path = dir.join(rel);
                    if let Some(device) = written_by.get(&path) {
                        return Err(Error::Generate(generate::Error {
                            generator: generator.name(),
                            device: (*device).to_owned(),
                            message: format!(
                                "{} would be both this device's file and the {} directory's own; rename the device",
                                path.display(),
                                generator.output_dir()
                            ),
                        }));
                    }
                    out.insert(path, content);
                }
            }
        }
        Ok(out)
    }

    /// Renders everything, then writes the files whose content changed. Returns
    /// the path of every output file (written or already up to date), in order.
    pub fn generate(&self) -> Result<Vec<PathBuf>, Error> {
        let out_dir = match &self.out_dir {
            Some(d) => d.clone(),
            None => std::env::var_os("OUT_DIR").map(PathBuf::from).ok_or(Error::NoOutDir)?,
        };
        let (rendered, warnings) = self.render_with_warnings()?;
        if std::env::var_os("OUT_DIR").is_some() {
            // Inside a build script cargo shows only `cargo:warning=` lines, one line each.
            for line in warnings.lines().filter(|l| l.starts_with("warning") || l.trim_start().starts_with("-->")) {
                println!("cargo:warning={line}");
            }
        } else if !warnings.is_empty() {
            eprint!("{warnings}");
        }
        let mut files = Vec::with_capacity(rendered.len());
        for (rel, content) in &rendered {
            let path = out_dir.join(rel);
            write_if_changed(&path, content)?;
            files.push(path);
        }
        Ok(files)
    }
}

/// Writes `content` to `path` unless the file already holds exactly that; returns
/// whether it wrote. Generated files keep their timestamps when nothing changed, so
/// builds that depend on them do not rerun.
pub fn write_if_changed(path: &Path, content: &str) -> Result<bool, Error> {
    let io = |source| Error::Io { path: path.to_owned(), source };
    if let Ok(existing) = std::fs::read(path) {
        if existing == content.as_bytes() {
            return Ok(false);
        }
    }
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(io)?;
    }
    // Write beside the target and rename, so a reader never sees half a file.
    let tmp = path.with_extension("tmp~");
    std::fs::write(&tmp, content).map_err(io)?;
    std::fs::rename(&tmp, path).map_err(io)?;
    Ok(true)
}

/// The spec files a list file names (tests/fixtures/lint_clean_specs.txt): one path
/// per line relative to `root`, `#` comments; a directory stands for every
/// `.yaml`/`.yml`/`.csv` in it, sorted. The tests that compile and type-check
/// generated code over many specs read their specs through this.
pub fn listed_specs(root: &Path, list: &Path) -> Result<Vec<PathBuf>, Error> {
    let io = |path: &Path| {
        let path = path.to_owned();
        move |source| Error::Io { path, source }
    };
    let text = std::fs::read_to_string(list).map_err(io(list))?;
    let mut specs = Vec::new();
    for entry in text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
        let path = root.join(entry);
        if path.is_dir() {
            let mut found: Vec<PathBuf> = std::fs::read_dir(&path)
                .map_err(io(&path))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| crate::Format::from_path(p).is_some())
                .collect();
            found.sort();
            specs.extend(found);
        } else {
            specs.push(path);
        }
    }
    Ok(specs)
}

/// One spec that failed to load, with its rendered diagnostics.
#[derive(Debug, Clone)]
pub struct SpecFailure {
    pub path: PathBuf,
    /// rustc-style diagnostics, ready to print.
    pub rendered: String,
}

/// Why the Builder produced nothing.
#[derive(Debug)]
pub enum Error {
    /// No spec was given.
    NoSpecs,
    /// `generate` without `out_dir` outside a build script.
    NoOutDir,
    /// `enable` named a generator the registry does not have.
    UnknownGenerator { name: String, known: Vec<&'static str> },
    /// Specs with errors; nothing was rendered or written.
    Spec(Vec<SpecFailure>),
    /// Two specs describe a device of the same name; output files would collide.
    DuplicateDevice { device: String, first: PathBuf, second: PathBuf },
    /// A generator bug.
    Generate(generate::Error),
    /// Writing an output file failed.
    Io { path: PathBuf, source: std::io::Error },
}

type DeviceFiles = Result<Vec<(PathBuf, String)>, generate::Error>;

/// Every generator's files of every device, in generator-then-device order. The
/// jobs are independent and a large spec's Rust alone takes most of a second, so
/// they run on as many threads as the machine has cores; the order of the results
/// (and so the output) does not depend on the threads.
fn device_files_in_parallel(generators: &[&dyn generate::Generator], ir: &ir::Ir, options: &generate::Options) -> Vec<DeviceFiles> {
    // One view per device, shared by every generator's job for it.
    let views: Vec<generate::DeviceView> = ir.devices.values().map(generate::DeviceView::new).collect();
    let jobs: Vec<(&dyn generate::Generator, &generate::DeviceView)> =
        generators.iter().flat_map(|&g| views.iter().map(move |d| (g, d))).collect();
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).min(jobs.len()).max(1);
    let next = std::sync::atomic::AtomicUsize::new(0);
    let results: Vec<std::sync::OnceLock<DeviceFiles>> = jobs.iter().map(|_| std::sync::OnceLock::new()).collect();
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| loop {
                let k = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let Some(&(generator, device)) = jobs.get(k) else { break };
                // Each index is taken once, so its slot is empty.
                let _ = results[k].set(generator.device_files(device, options));
            });
        }
    });
    results.into_iter().map(|slot| slot.into_inner().expect("every job ran")).collect()
}

impl From<generate::Error> for Error {
    fn from(e: generate::Error) -> Self {
        Error::Generate(e)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::NoSpecs => write!(f, "no spec files given: call `Builder::spec(\"path/to/spec.yaml\")` at least once"),
            Error::NoOutDir => write!(
                f,
                "no output directory: call `Builder::out_dir(..)`, or run inside a build script where cargo sets OUT_DIR"
            ),
            Error::UnknownGenerator { name, known } => write!(
                f,
                "no generator is called `{name}`: `Builder::enable` takes one of {}",
                known.iter().map(|k| format!("`{k}`")).collect::<Vec<_>>().join(", ")
            ),
            Error::Spec(failures) => {
                for failure in failures {
                    write!(f, "{}", failure.rendered)?;
                    if !failure.rendered.ends_with('\n') {
                        writeln!(f)?;
                    }
                }
                let names: Vec<String> = failures.iter().map(|s| s.path.display().to_string()).collect();
                write!(f, "spec errors in {}: fix them and run again; no file was generated", names.join(", "))
            }
            Error::DuplicateDevice { device, first, second } => write!(
                f,
                "device `{device}` is described by both {} and {}: give one of them another `name`",
                first.display(),
                second.display()
            ),
            Error::Generate(e) => write!(f, "{e}"),
            Error::Io { path, source } => write!(f, "cannot write {}: {source}", path.display()),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Generate(e) => Some(e),
            Error::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::SystemTime;

    const GOOD: &str = "device:\n  name: tiny\nblocks:\n  - name: b\n    table: holding\n    registers:\n      - {name: x, address: 0, type: u16}\n";
    const BAD: &str = "device:\n  name: broken\nblocks:\n  - name: b\n    table: input\n    registers:\n      - {name: x, address: 0, type: bool}\n";

    /// A fresh directory of its own per test (tests run in parallel).
    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("modbus-map-builder-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("create scratch dir");
        dir
    }

    fn mtime(path: &Path) -> SystemTime {
        std::fs::metadata(path).and_then(|m| m.modified()).expect("mtime")
    }

    #[test]
    fn writes_the_layout_and_rewrites_only_changed_files() {
        let dir = scratch("layout");
        let spec = dir.join("tiny.yaml");
        std::fs::write(&spec, GOOD).unwrap();
        let out = dir.join("out");
        let builder = Builder::new().spec(&spec).out_dir(&out).command("test");
        let files = builder.generate().expect("generate");
        let rel: Vec<PathBuf> = files.iter().map(|f| f.strip_prefix(&out).unwrap().to_owned()).collect();
        let expected: Vec<PathBuf> =
            ["c/tiny.h", "docs/README.md", "docs/tiny.md", "esphome/tiny.yaml", "homeassistant/tiny.yaml", "python/_modbus_map_runtime.py", "python/tiny.py", "rust/tiny.rs"]
                .iter()
                .map(PathBuf::from)
                .collect();
        assert_eq!(rel, expected);
        let rust = std::fs::read_to_string(out.join("rust/tiny.rs")).unwrap();
        assert!(rust.starts_with(&format!("// @generated from {} by `test`.", spec.display())), "{rust}");

        // Same input: nothing is rewritten, so mtimes stay (cargo does not rebuild).
        let before = mtime(&out.join("rust/tiny.rs"));
        std::thread::sleep(std::time::Duration::from_millis(20));
        builder.generate().expect("second generate");
        assert_eq!(mtime(&out.join("rust/tiny.rs")), before);

        // A changed spec rewrites what changed.
        std::fs::write(&spec, GOOD.replace("address: 0", "address: 5")).unwrap();
        builder.generate().expect("third generate");
        assert_ne!(std::fs::read_to_string(out.join("rust/tiny.rs")).unwrap(), rust);
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn spec_errors_write_nothing_and_carry_the_diagnostics() {
        let dir = scratch("errors");
        let (good, bad) = (dir.join("tiny.yaml"), dir.join("broken.yaml"));
        std::fs::write(&good, GOOD).unwrap();
        std::fs::write(&bad, BAD).unwrap();
        let out = dir.join("out");
        let err = Builder::new().spec(&good).spec(&bad).out_dir(&out).generate().unwrap_err();
        let text = err.to_string();
        assert!(matches!(err, Error::Spec(ref f) if f.len() == 1), "{text}");
        assert!(text.contains("error[") && text.contains("broken.yaml:7"), "{text}");
        assert!(text.contains("no file was generated"), "{text}");
        assert!(!out.exists(), "output written despite spec errors");
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn render_is_deterministic_and_honours_the_switches() {
        let dir = scratch("render");
        let spec = dir.join("tiny.yaml");
        std::fs::write(&spec, GOOD).unwrap();
        let only_rust = Builder::new().spec(&spec).markdown(false).python(false).enable("c", false).enable("esphome", false).homeassistant(false);
        let a = only_rust.render().unwrap();
        assert_eq!(a.keys().cloned().collect::<Vec<_>>(), vec![PathBuf::from("rust/tiny.rs")]);
        assert_eq!(a, only_rust.render().unwrap());
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_device_file_cannot_overwrite_a_directory_file() {
        let spec = GOOD.replace("name: tiny", "name: _modbus_map_runtime");
        let device = crate::load_str(&spec, "runtime.yaml", crate::Format::Yaml).expect("a valid device name").device;
        let mut ir = ir::Ir::default();
        ir.devices.insert(device.name.clone(), device);
        let err = Builder::new().render_ir(&ir).unwrap_err();
        let text = err.to_string();
        assert!(matches!(err, Error::Generate(_)), "{text}");
        assert!(text.contains("python/_modbus_map_runtime.py would be both this device's file"), "{text}");
    }

    #[test]
    fn misuse_gets_a_clear_error() {
        assert!(matches!(Builder::new().render(), Err(Error::NoSpecs)));
        let dir = scratch("dupe");
        let (a, b) = (dir.join("a.yaml"), dir.join("b.yaml"));
        std::fs::write(&a, GOOD).unwrap();
        std::fs::write(&b, GOOD).unwrap();
        let err = Builder::new().spec(&a).spec(&b).render().unwrap_err();
        assert!(matches!(err, Error::DuplicateDevice { .. }), "{err}");
        let typo = Builder::new().spec(&a).enable("pyhton", false).render().unwrap_err();
        assert!(matches!(typo, Error::UnknownGenerator { .. }), "{typo}");
        assert_eq!(
            typo.to_string(),
            "no generator is called `pyhton`: `Builder::enable` takes one of `rust`, `python`, `markdown`, `c`, `esphome`, `homeassistant`"
        );
        let missing = Builder::new().spec(dir.join("nope.yaml")).render().unwrap_err();
        assert!(matches!(missing, Error::Spec(_)), "{missing}");
        let _ = std::fs::remove_dir_all(&dir);
    }
}
