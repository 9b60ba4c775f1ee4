//! Loopback Modbus TCP throughput: the modbus-map simulator against a small C server on
//! libmodbus (bench/libmodbus/server.c, compiled here with `cc`), both serving 1000
//! holding registers, driven by the same load client (blocking sockets, one thread per
//! connection, one outstanding FC03 read of 10 registers each) with 1 and 8 connections.
//!
//! `cargo bench -p modbus-map-sim --bench throughput` (needs cc and libmodbus-dev;
//! `MODBUS_MAP_BENCH_SECONDS` sets the seconds per measurement, default 3).

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A server process, killed when dropped.
struct Server {
    child: Child,
    addr: SocketAddr,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("sim/ sits in the workspace").to_path_buf()
}

fn first_line(child: &mut Child) -> String {
    let mut line = String::new();
    BufReader::new(child.stdout.as_mut().expect("stdout is piped")).read_line(&mut line).expect("reads the server's first line");
    line
}

fn modbus_map_server() -> Server {
    let mut child = Command::new(env!("CARGO_BIN_EXE_modbus-map-sim"))
        .arg(workspace().join("sim/benches/throughput.yaml"))
        .args(["--tcp", "127.0.0.1:0", "--quiet"])
        .stdout(Stdio::piped())
        .spawn()
        .expect("starts modbus-map-sim");
    let line = first_line(&mut child);
    let addr = line
        .split_whitespace()
        .skip_while(|w| *w != "tcp")
        .nth(1)
        .and_then(|a| a.trim_end_matches(';').parse().ok())
        .unwrap_or_else(|| panic!("modbus-map-sim did not say where it listens: {line:?}"));
    Server { child, addr }
}

fn libmodbus_server() -> Server {
    let exe = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("libmodbus-server");
    let source = workspace().join("bench/libmodbus/server.c");
    let flags = Command::new("pkg-config").args(["--cflags", "--libs", "libmodbus"]).output();
    let flags = match flags {
        Ok(o) if o.status.success() => String::from_utf8_lossy(&o.stdout).split_whitespace().map(str::to_owned).collect::<Vec<_>>(),
        _ => vec!["-I/usr/include/modbus".into(), "-lmodbus".into()],
    };
    let status = Command::new("cc")
        .args(["-O2", "-o"])
        .arg(&exe)
        .arg(&source)
        .args(&flags)
        .status()
        .unwrap_or_else(|e| panic!("cannot run cc ({e}): install a C compiler"));
    assert!(status.success(), "cc failed on {}: install libmodbus-dev (`apt-get install -y libmodbus-dev`)", source.display());
    // libmodbus takes a port, not port 0: borrow a free one from the OS.
    let port = TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).expect("a free port").port();
    let mut child = Command::new(&exe).arg(port.to_string()).stdout(Stdio::piped()).spawn().expect("starts the libmodbus server");
    let line = first_line(&mut child);
    assert_eq!(line.trim(), "ready", "the libmodbus server did not start");
    Server { child, addr: SocketAddr::from(([127, 0, 0, 1], port)) }
}

/// One connection reading 10 holding registers at 100 until `deadline`; returns the requests answered.
fn client(addr: SocketAddr, deadline: Instant) -> u64 {
    let mut stream = TcpStream::connect(addr).expect("connects");
    stream.set_nodelay(true).unwrap();
    // A server that goes silent must fail the run, not hang it (`cargo test` runs this as a smoke test).
    stream.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    let mut frame = [0u8; 12];
    frame[2..].copy_from_slice(&[0, 0, 0, 6, 1, 3, 0, 100, 0, 10]);
    let mut answer = [0u8; 7 + 2 + 20];
    let mut count = 0u64;
    while Instant::now() < deadline {
        let tid = (count as u16).to_be_bytes();
        frame[..2].copy_from_slice(&tid);
        stream.write_all(&frame).unwrap();
        stream.read_exact(&mut answer).unwrap();
        assert_eq!((&answer[..2], answer[7], answer[8]), (&tid[..], 3, 20), "a normal FC03 response to request {count}");
        count += 1;
    }
    count
}

fn requests_per_second(addr: SocketAddr, connections: usize, seconds: f64) -> f64 {
    // Warm up: connection setup and the servers' first allocations stay out of the measurement.
    client(addr, Instant::now() + Duration::from_millis(300));
    let start = Instant::now();
    let deadline = start + Duration::from_secs_f64(seconds);
    let threads: Vec<_> = (0..connections).map(|_| std::thread::spawn(move || client(addr, deadline))).collect();
    let total: u64 = threads.into_iter().map(|t| t.join().expect("a client failed")).sum();
    total as f64 / start.elapsed().as_secs_f64()
}

fn main() {
    // `cargo bench` passes `--bench`; `cargo test --benches` runs this as a smoke test.
    let smoke = !std::env::args().any(|a| a == "--bench");
    let seconds: f64 = std::env::var("MODBUS_MAP_BENCH_SECONDS").ok().and_then(|s| s.parse().ok()).unwrap_or(if smoke { 0.2 } else { 3.0 });
    let ours = modbus_map_server();
    let theirs = libmodbus_server();
    println!("loopback Modbus TCP, FC03 x10 registers, {seconds} s per run, {} CPUs", std::thread::available_parallelism().map_or(0, |n| n.get()));
    println!("{:>11} {:>18} {:>18} {:>8}", "connections", "modbus-map req/s", "libmodbus req/s", "ratio");
    for connections in [1, 8] {
        let a = requests_per_second(ours.addr, connections, seconds);
        let b = requests_per_second(theirs.addr, connections, seconds);
        assert!(a > 0.0 && b > 0.0, "a server answered nothing with {connections} connections");
        println!("{connections:>11} {a:>18.0} {b:>18.0} {:>8.2}", a / b);
    }
}
