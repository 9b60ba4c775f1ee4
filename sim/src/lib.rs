//! Device simulator: serves any modbus-map spec at run time (no generated code) over
//! Modbus TCP or RTU, starting from the spec defaults, accepting writes, logging one
//! line per request, until Ctrl-C.
//!
//! The tables are built from the IR with `codegen::layout::leak_map`, the
//! same layout the generated tables use, and served by `modbus_map::server`.

pub mod animate;

use modbus_map::dispatch::{Exception, WriteKind};
use modbus_map::server::quirks::{FaultAnswer, Faults, TooSoon};
use modbus_map::server::{serve_rtu, serve_tcp, Quirks, Server};
use modbus_map::store::MemoryStore;
use modbus_map_codegen::ir;
use std::fmt;
use std::future::Future;
use std::io::Write as _;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Where the simulator listens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Transport {
    /// Modbus TCP on this address (`127.0.0.1:5020`; port 0 picks a free one).
    Tcp(SocketAddr),
    /// Modbus RTU on a serial device (8N1).
    Rtu { path: PathBuf, baud: u32 },
}

/// What the simulator serves and how.
#[derive(Debug, Clone, PartialEq)]
pub struct Options {
    /// Accept writes to `safety: true` registers (refused with exception 01 otherwise).
    pub safety_writes: bool,
    /// Print one line per request to stdout.
    pub log: bool,
    /// Quirks to play beyond the spec's `sim:` section: each one set here overrides
    /// the spec's (the command-line options).
    pub sim: ir::SimProfile,
    /// Move the read-only numbers ([`animate`]); off by default.
    pub animate: Option<Animate>,
}

/// How `--animate` moves values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Animate {
    pub seed: u64,
    /// Time between two steps.
    pub period: std::time::Duration,
}

impl Default for Options {
    fn default() -> Self {
        Options { safety_writes: false, log: true, sim: ir::SimProfile::default(), animate: None }
    }
}

/// The server's quirks for a simulator profile (the spec's `sim:` section, with the
/// command line's overrides applied); unset keys take the simulator's defaults.
pub fn quirks(profile: &ir::SimProfile) -> Quirks {
    let ms = std::time::Duration::from_millis;
    Quirks {
        write_function: profile.write_function.map(|f| match f {
            ir::SimWriteFunction::Single => WriteKind::Single,
            ir::SimWriteFunction::Multiple => WriteKind::Multiple,
        }),
        response_delay: profile.response_delay_ms.map_or(std::time::Duration::ZERO, ms),
        min_pause: profile.min_pause_ms.map(|p| {
            (ms(p), match profile.too_soon.unwrap_or(ir::SimTooSoon::Busy) {
                ir::SimTooSoon::Busy => TooSoon::Busy,
                ir::SimTooSoon::Silent => TooSoon::Silent,
            })
        }),
        max_connections: profile.max_connections.map(|n| n as usize),
        idle_timeout: profile.idle_timeout_ms.map(ms),
        faults: profile.fault_rate.map(|fraction| Faults {
            fraction,
            answer: match profile.fault.unwrap_or(ir::SimFault::Exception(Exception::ServerDeviceFailure.code())) {
                // The validator (spec) and `SimFault::parse` (command line) admit only codes the server can send.
                ir::SimFault::Exception(code) => FaultAnswer::Exception(Exception::from_code(code).unwrap_or(Exception::ServerDeviceFailure)),
                ir::SimFault::Silent => FaultAnswer::Silent,
            },
        }),
        seed: profile.seed.unwrap_or(1),
    }
}

#[derive(Debug)]
pub enum Error {
    /// The spec did not load or validate; `rendered` holds the diagnostics.
    Spec { path: PathBuf, rendered: String },
    Io { what: String, source: std::io::Error },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Spec { path, rendered } => write!(f, "cannot serve {}: the spec has errors:\n{rendered}", path.display()),
            Error::Io { what, source } => write!(f, "{what}: {source}"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Io { source, .. } => Some(source),
            Error::Spec { .. } => None,
        }
    }
}

/// Loads and validates a spec (YAML or CSV), or reads an IR JSON file (`.json`, one device).
pub fn load(spec_path: &Path) -> Result<ir::Device, Error> {
    if spec_path.extension().is_some_and(|e| e == "json") {
        let text = std::fs::read_to_string(spec_path)
            .map_err(|source| Error::Io { what: format!("cannot read {}", spec_path.display()), source })?;
        let parsed = ir::Ir::from_json(&text).map_err(|e| Error::Spec { path: spec_path.into(), rendered: format!("not an IR JSON file: {e}") })?;
        let mut devices = parsed.devices.into_values();
        return match (devices.next(), devices.next()) {
            (Some(d), None) => Ok(d),
            _ => Err(Error::Spec { path: spec_path.into(), rendered: "the IR JSON must hold exactly one device".into() }),
        };
    }
    modbus_map_codegen::load_path(spec_path).map(|checked| checked.device).map_err(|diagnostics| {
        Error::Spec { path: spec_path.into(), rendered: diagnostics.render(&modbus_map_codegen::Sources::from_path(spec_path)) }
    })
}

/// A server for a device, with the spec defaults in an in-memory store.
pub fn server(device: &ir::Device, options: &Options) -> Arc<Server<MemoryStore>> {
    let map = modbus_map_codegen::layout::leak_map(device);
    let quirks = quirks(&device.sim.overridden_by(&options.sim));
    let mut server = Server::new(map, MemoryStore::new(map)).with_safety_writes(options.safety_writes).with_quirks(quirks);
    if options.log {
        server = server.on_request(|record| print_line(record)).on_event(print_line);
    }
    Arc::new(server)
}

fn print_line(line: &dyn fmt::Display) {
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{line}");
    let _ = out.flush();
}

/// A TCP simulator running in the background (tests, examples). Dropping it stops it.
pub struct Running {
    pub addr: SocketAddr,
    pub server: Arc<Server<MemoryStore>>,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    task: tokio::task::JoinHandle<std::io::Result<()>>,
}

impl Running {
    /// Stops accepting, closes every connection and waits for the server task.
    pub async fn stop(mut self) -> std::io::Result<()> {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        (&mut self.task).await.unwrap_or_else(|e| Err(std::io::Error::other(e)))
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

/// Binds a TCP listener, returning it with the address it really got (port 0 picks one).
async fn bind(addr: SocketAddr) -> Result<(tokio::net::TcpListener, SocketAddr), Error> {
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|source| Error::Io { what: format!("cannot listen on {addr} (in use? try another port)"), source })?;
    let bound = listener.local_addr().map_err(|source| Error::Io { what: "no local address".into(), source })?;
    Ok((listener, bound))
}

/// Serves `server` over TCP on `addr` in a background task of the current runtime.
pub async fn spawn_tcp(server: Arc<Server<MemoryStore>>, addr: SocketAddr) -> Result<Running, Error> {
    let (listener, addr) = bind(addr).await?;
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let task = tokio::spawn(serve_tcp(server.clone(), listener, async move {
        let _ = stopped.await;
    }));
    Ok(Running { addr, server, stop: Some(stop), task })
}

/// Serves `server` on `transport` until `shutdown` completes.
pub async fn serve(server: Arc<Server<MemoryStore>>, transport: &Transport, shutdown: impl Future<Output = ()>) -> Result<(), Error> {
    match transport {
        Transport::Tcp(addr) => {
            let (listener, bound) = bind(*addr).await?;
            serve_tcp(server, listener, shutdown).await.map_err(|source| Error::Io { what: format!("serving {bound}"), source })
        }
        Transport::Rtu { path, baud } => {
            let port = tokio_serial::SerialStream::open(&tokio_serial::new(path.to_string_lossy(), *baud)).map_err(|e| Error::Io {
                what: format!("cannot open serial port {} at {baud} baud", path.display()),
                source: e.into(),
            })?;
            serve_rtu(&server, port, *baud, shutdown).await.map_err(|source| Error::Io { what: format!("serving {}", path.display()), source })
        }
    }
}

/// The simulator: loads `spec_path`, serves it on `transport` with its defaults and
/// logs every request (unless `options.log` is off), until Ctrl-C. Blocks; builds its
/// own tokio runtime.
pub fn run_with(spec_path: &Path, transport: Transport, options: &Options) -> Result<(), Error> {
    let device = load(spec_path)?;
    // One thread serves every connection: a request costs a read and a write, never a
    // hand-over between worker threads (measured: ~16% less CPU per request than the
    // multi-thread runtime on loopback, same requests per second; see sim/benches/throughput.rs).
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|source| Error::Io { what: "cannot start the tokio runtime".into(), source })?;
    runtime.block_on(async {
        let server = server(&device, options);
        let mut animating = String::new();
        if let Some(animate) = options.animate {
            let mut animation = animate::Animation::new(server.map(), &mut *server.store(), animate.seed);
            animating = format!("; animating {} registers every {} ms (seed {})", animation.len(), animate.period.as_millis(), animate.seed);
            let server = server.clone();
            tokio::spawn(async move {
                let mut ticks = tokio::time::interval(animate.period);
                // The first tick is immediate: the start values stay for one period.
                ticks.tick().await;
                loop {
                    ticks.tick().await;
                    animation.step(&mut *server.store());
                }
            });
        }
        let registers = device.registers.len();
        let units: Vec<String> = server.map().units.iter().map(|u| u.unit_id.to_string()).collect();
        let ctrl_c = async {
            let _ = tokio::signal::ctrl_c().await;
        };
        let result = match &transport {
            Transport::Tcp(addr) => {
                let (listener, bound) = bind(*addr).await?;
                println!("serving {} ({registers} registers, unit {}) on tcp {bound}{animating}; Ctrl-C stops", device.name, units.join(", "));
                serve_tcp(server, listener, ctrl_c).await.map_err(|source| Error::Io { what: format!("serving {bound}"), source })
            }
            Transport::Rtu { path, baud } => {
                println!(
                    "serving {} ({registers} registers, unit {}) on rtu {} {baud} baud 8N1{animating}; Ctrl-C stops",
                    device.name,
                    units.join(", "),
                    path.display()
                );
                serve(server, &transport, ctrl_c).await
            }
        };
        println!("simulator stopped");
        result
    })
}
