//! Helpers shared by the simulator's integration tests: a simulator on 127.0.0.1:0
//! and a raw Modbus TCP client that sends exactly the bytes a test gives it.
#![allow(dead_code)]

use modbus_map_sim::{load, server, spawn_tcp, Options, Running};
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

pub fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("sim/ sits in the workspace").to_path_buf()
}

pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

/// The test venv's Python (`MODBUS_MAP_PYTHON`, else target/venv), checked to import `modules`.
pub fn venv_python(modules: &[&str]) -> PathBuf {
    let python = std::env::var_os("MODBUS_MAP_PYTHON")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace().join("target/venv/bin/python"));
    assert!(
        python.exists(),
        "no Python at {}: run `cargo xtask test` (it builds target/venv from tests/python/requirements.txt) \
         or set MODBUS_MAP_PYTHON to an interpreter that has {}",
        python.display(),
        modules.join(", ")
    );
    let probe = Command::new(&python).args(["-c", &format!("import {}", modules.join(", "))]).output().expect("runs python");
    assert!(
        probe.status.success(),
        "{} lacks one of {}: install tests/python/requirements.txt into it (`cargo xtask test` does)\n{}",
        python.display(),
        modules.join(", "),
        String::from_utf8_lossy(&probe.stderr)
    );
    python
}

/// Serves `spec` on 127.0.0.1 with a free port, without request logs.
pub async fn start(spec: &Path, safety_writes: bool) -> Running {
    let device = load(spec).unwrap_or_else(|e| panic!("{e}"));
    let server = server(&device, &Options { safety_writes, log: false, ..Default::default() });
    spawn_tcp(server, "127.0.0.1:0".parse().unwrap()).await.unwrap_or_else(|e| panic!("{e}"))
}

/// One raw connection; `ask` sends one request PDU and returns the response PDU.
pub struct Raw {
    pub stream: TcpStream,
    tid: u16,
}

impl Raw {
    pub async fn connect(running: &Running) -> Raw {
        let stream = TcpStream::connect(running.addr).await.expect("the simulator accepts connections");
        stream.set_nodelay(true).unwrap();
        Raw { stream, tid: 0 }
    }

    pub async fn ask(&mut self, unit: u8, pdu: &[u8]) -> Vec<u8> {
        self.tid = self.tid.wrapping_add(1);
        let mut frame = Vec::with_capacity(7 + pdu.len());
        frame.extend_from_slice(&self.tid.to_be_bytes());
        frame.extend_from_slice(&[0, 0]);
        frame.extend_from_slice(&((pdu.len() + 1) as u16).to_be_bytes());
        frame.push(unit);
        frame.extend_from_slice(pdu);
        self.stream.write_all(&frame).await.unwrap();
        self.answer().await.expect("the server answers")
    }

    /// The next response PDU, or `None` when the server closes the connection or stays silent for 2 s.
    pub async fn answer(&mut self) -> Option<Vec<u8>> {
        let mut header = [0u8; 7];
        match tokio::time::timeout(Duration::from_secs(2), self.stream.read_exact(&mut header)).await {
            Ok(Ok(_)) => {}
            _ => return None,
        }
        assert_eq!(u16::from_be_bytes([header[0], header[1]]), self.tid, "transaction id echoed");
        assert_eq!(&header[2..4], &[0, 0], "protocol id 0");
        let len = u16::from_be_bytes([header[4], header[5]]) as usize;
        let mut pdu = vec![0u8; len - 1];
        self.stream.read_exact(&mut pdu).await.unwrap();
        Some(pdu)
    }
}

/// Request PDU builders.
pub fn read(fc: u8, address: u16, quantity: u16) -> Vec<u8> {
    [&[fc][..], &address.to_be_bytes(), &quantity.to_be_bytes()].concat()
}

pub fn write_single(fc: u8, address: u16, value: u16) -> Vec<u8> {
    read(fc, address, value)
}

pub fn write_registers(address: u16, words: &[u16]) -> Vec<u8> {
    let mut pdu = read(0x10, address, words.len() as u16);
    pdu.push((2 * words.len()) as u8);
    words.iter().for_each(|w| pdu.extend_from_slice(&w.to_be_bytes()));
    pdu
}

/// `Some(code)` for an exception response to function `fc`.
pub fn exception_of(fc: u8, pdu: &[u8]) -> Option<u8> {
    (pdu.len() == 2 && pdu[0] == fc | 0x80).then_some(pdu[1])
}

/// The registers of a FC03/04/23 response.
pub fn words(pdu: &[u8]) -> Vec<u16> {
    assert!(pdu[0] < 0x80, "expected a normal response, got {pdu:02X?}");
    assert_eq!(pdu[1] as usize, pdu.len() - 2, "byte count");
    pdu[2..].chunks(2).map(|c| u16::from_be_bytes([c[0], c[1]])).collect()
}

/// `socat` joining two pseudo-terminals, killed on drop.
pub struct PtyPair {
    child: Child,
    pub a: PathBuf,
    pub b: PathBuf,
}

impl PtyPair {
    pub fn new(tag: &str) -> PtyPair {
        let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("pty-{tag}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let (a, b) = (dir.join("server"), dir.join("client"));
        let mut child = Command::new("socat")
            .args([format!("pty,raw,echo=0,link={}", a.display()), format!("pty,raw,echo=0,link={}", b.display())])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot run socat ({e}): install it with `apt-get install -y socat` (cargo xtask test does)"));
        for _ in 0..100 {
            if a.exists() && b.exists() {
                return PtyPair { child, a, b };
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = child.kill();
        let _ = child.wait();
        panic!("socat did not create {} and {} within 2 s", a.display(), b.display());
    }
}

impl Drop for PtyPair {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The simulator serving a device over RTU on one end of a pty pair, in a task.
pub struct RtuServing {
    stop: tokio::sync::oneshot::Sender<()>,
    task: tokio::task::JoinHandle<Result<(), modbus_map_sim::Error>>,
}

impl RtuServing {
    pub fn start(device: &modbus_map_codegen::ir::Device, path: &Path, baud: u32) -> RtuServing {
        let server = server(device, &Options { safety_writes: false, log: false, ..Default::default() });
        let transport = modbus_map_sim::Transport::Rtu { path: path.to_owned(), baud };
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let task = tokio::spawn(async move {
            modbus_map_sim::serve(server, &transport, async {
                let _ = stopped.await;
            })
            .await
        });
        RtuServing { stop, task }
    }

    /// Stops the server and checks it ran cleanly.
    pub async fn stop(self) {
        self.stop.send(()).unwrap();
        self.task.await.unwrap().unwrap();
    }
}

/// The simulator binary serving a spec with some options; its log lines are collected.
pub struct Sim {
    child: Child,
    port: u16,
    /// The first line the simulator printed (`serving … on tcp ADDR…`).
    pub banner: String,
    log: Arc<Mutex<Vec<String>>>,
}

impl Sim {
    pub fn start(spec: &Path, options: &[&str]) -> Sim {
        let mut child = Command::new(env!("CARGO_BIN_EXE_modbus-map-sim"))
            .arg(spec)
            .args(["--tcp", "127.0.0.1:0"])
            .args(options)
            .stdout(Stdio::piped())
            .spawn()
            .expect("starts modbus-map-sim");
        let mut lines = BufReader::new(child.stdout.take().expect("piped")).lines();
        let first = lines.next().and_then(Result::ok).unwrap_or_default();
        let port = first
            .split_whitespace()
            .skip_while(|w| *w != "tcp")
            .nth(1)
            .and_then(|a| a.trim_end_matches(';').parse::<std::net::SocketAddr>().ok())
            .unwrap_or_else(|| panic!("modbus-map-sim did not say where it listens: {first:?}"))
            .port();
        let log = Arc::new(Mutex::new(Vec::new()));
        let sink = log.clone();
        std::thread::spawn(move || lines.map_while(Result::ok).for_each(|l| sink.lock().unwrap().push(l)));
        Sim { child, port, banner: first, log }
    }

    /// Runs a pymodbus snippet with `client` connected (`connect()` is the snippet's
    /// helper for more connections) and returns what it printed.
    pub fn pymodbus(&self, body: &str) -> String {
        let python = std::env::var("MODBUS_MAP_PYTHON")
            .unwrap_or_else(|_| panic!("MODBUS_MAP_PYTHON is not set: run through `cargo xtask test`, which installs pymodbus into target/venv"));
        let script = format!(
            "import time, socket\nfrom pymodbus.client import ModbusTcpClient\nfrom pymodbus.exceptions import ModbusException\n\
             def connect():\n    c = ModbusTcpClient('127.0.0.1', port={port}, timeout=0.5, retries=0)\n    assert c.connect()\n    return c\n\
             def answer(call):\n    try:\n        r = call()\n    except (ModbusException, OSError):\n        return 'none'\n    \
             if r.isError():\n        return 'exception %02X' % getattr(r, 'exception_code', 0)\n    return 'ok'\n\
             client = connect()\n{body}\n",
            port = self.port
        );
        let output = Command::new(python).arg("-c").arg(&script).output().expect("runs python");
        let text = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
        assert!(output.status.success(), "pymodbus script failed:\n{script}\n{text}");
        text
    }

    /// Asserts that a line of the log contains `needle`. The simulator logs a request
    /// after answering it, so the line may still be on its way: waits for it up to 5 s.
    #[track_caller]
    pub fn assert_logged(&self, needle: &str) {
        let deadline = Instant::now() + Duration::from_secs(5);
        loop {
            let log = self.log.lock().unwrap().join("\n");
            if log.contains(needle) {
                return;
            }
            assert!(Instant::now() < deadline, "no log line contains `{needle}`:\n{log}");
            std::thread::sleep(Duration::from_millis(10));
        }
    }
}

impl Drop for Sim {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
