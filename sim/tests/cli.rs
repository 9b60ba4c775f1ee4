//! The simulator binary as an integrator runs it: one log line per request, a clean
//! exit on Ctrl-C (SIGINT), and a clear error for a bad spec.

mod common;

use common::*;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn ask(stream: &mut TcpStream, pdu: &[u8]) -> Vec<u8> {
    let mut frame = vec![0, 1, 0, 0, 0, pdu.len() as u8 + 1, 1];
    frame.extend_from_slice(pdu);
    stream.write_all(&frame).unwrap();
    let mut header = [0u8; 7];
    stream.read_exact(&mut header).unwrap();
    let mut body = vec![0u8; header[5] as usize - 1];
    stream.read_exact(&mut body).unwrap();
    body
}

#[test]
fn logs_one_line_per_request_and_stops_cleanly_on_ctrl_c() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_modbus-map-sim"))
        .arg(fixture("rules.yaml"))
        .args(["--tcp", "127.0.0.1:0"])
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut banner = String::new();
    out.read_line(&mut banner).unwrap();
    assert!(banner.starts_with("serving rules (17 registers, unit 1, 2) on tcp 127.0.0.1:"), "{banner}");
    let addr = banner.split_whitespace().nth(9).unwrap().trim_end_matches(';').to_owned();
    let mut stream = TcpStream::connect(&addr).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    assert_eq!(ask(&mut stream, &read(3, 0, 2)), vec![3, 4, 0x01, 0xC7, 0, 1]);
    assert_eq!(ask(&mut stream, &read(3, 3, 1)), vec![0x83, 2]);
    assert_eq!(ask(&mut stream, &write_single(6, 0, 300)), write_single(6, 0, 300));
    drop(stream);
    let mut lines = Vec::new();
    for _ in 0..3 {
        let mut line = String::new();
        out.read_line(&mut line).unwrap();
        lines.push(line.trim_end().to_owned());
    }
    assert_eq!(
        lines,
        [
            "unit 1 fc 03 read holding 0..2 [hold.setpoint, hold.mode] -> ok",
            "unit 1 fc 03 read holding 3..4 [hold.energy] -> exception 02 (illegal data address)",
            "unit 1 fc 06 write holding 0..1 [hold.setpoint] = 0x012C -> ok",
        ]
    );
    // Ctrl-C is SIGINT to this one process, by its id.
    let status = Command::new("kill").args(["-INT", &child.id().to_string()]).status().unwrap();
    assert!(status.success());
    let deadline = Instant::now() + Duration::from_secs(5);
    let exit = loop {
        if let Some(exit) = child.try_wait().unwrap() {
            break exit;
        }
        assert!(Instant::now() < deadline, "the simulator did not stop within 5 s of SIGINT");
        std::thread::sleep(Duration::from_millis(20));
    };
    assert!(exit.success(), "clean exit on Ctrl-C, got {exit}");
    let mut rest = String::new();
    out.read_to_string(&mut rest).unwrap();
    assert_eq!(rest, "simulator stopped\n");
}

#[test]
fn a_broken_spec_is_refused_with_its_diagnostics() {
    let dir = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    let spec = dir.join("broken.yaml");
    std::fs::write(&spec, "device:\n  name: broken\nblocks:\n  - name: b\n    table: holding\n    base: 0\n    registers:\n      - {name: x, address: 0, type: u17}\n").unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_modbus-map-sim")).arg(&spec).args(["--tcp", "127.0.0.1:0"]).output().unwrap();
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("cannot serve") && stderr.contains("broken.yaml") && stderr.contains("u17"), "{stderr}");
    let usage = Command::new(env!("CARGO_BIN_EXE_modbus-map-sim")).arg(&spec).output().unwrap();
    assert_eq!(usage.status.code(), Some(2));
    let usage_err = String::from_utf8_lossy(&usage.stderr);
    assert!(usage_err.contains("--tcp <ADDR>") && usage_err.contains("Usage:"), "{usage_err}");
    let help = Command::new(env!("CARGO_BIN_EXE_modbus-map-sim")).arg("--help").output().unwrap();
    assert!(help.status.success());
    assert!(String::from_utf8_lossy(&help.stdout).contains("--rtu <DEVICE>"));
}
