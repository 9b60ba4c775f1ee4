//! Each quirk option of `modbus-map-sim`, observed by pymodbus as configured, and
//! marked in the simulator's one-line request log. The simulator runs as the user
//! would run it (the binary, on 127.0.0.1 with a free port).

mod common;

use common::fixture;
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// The simulator binary with some quirk options; its log lines are collected.
struct Sim {
    child: Child,
    port: u16,
    log: Arc<Mutex<Vec<String>>>,
}

impl Sim {
    fn start(options: &[&str]) -> Sim {
        let mut child = Command::new(env!("CARGO_BIN_EXE_modbus-map-sim"))
            .arg(fixture("rules.yaml"))
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
        Sim { child, port, log }
    }

    /// Runs a pymodbus snippet with `client` connected (`connect()` is the snippet's
    /// helper for more connections) and returns what it printed.
    fn pymodbus(&self, body: &str) -> String {
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
    fn assert_logged(&self, needle: &str) {
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

#[test]
fn write_function_single_refuses_16_and_multiple_refuses_06() {
    let sim = Sim::start(&["--write-function", "single"]);
    let out = sim.pymodbus(
        "print('06', answer(lambda: client.write_register(0, 500, device_id=1)))\n\
         print('16', answer(lambda: client.write_registers(0, [500], device_id=1)))",
    );
    assert!(out.contains("06 ok") && out.contains("16 exception 01"), "{out}");
    sim.assert_logged("quirk write-function single");
    let sim = Sim::start(&["--write-function", "multiple"]);
    let out = sim.pymodbus(
        "print('06', answer(lambda: client.write_register(0, 500, device_id=1)))\n\
         print('16', answer(lambda: client.write_registers(0, [500], device_id=1)))",
    );
    assert!(out.contains("06 exception 01") && out.contains("16 ok"), "{out}");
    sim.assert_logged("quirk write-function multiple");
}

#[test]
fn response_delay_slows_every_answer() {
    let sim = Sim::start(&["--response-delay-ms", "300"]);
    let out = sim.pymodbus(
        "t = time.monotonic(); r = answer(lambda: client.read_holding_registers(0, count=1, device_id=1))\n\
         print('read', r, 'after ms', int((time.monotonic() - t) * 1000))",
    );
    let ms: u64 = out.split("after ms").nth(1).and_then(|s| s.trim().parse().ok()).unwrap_or_else(|| panic!("{out}"));
    assert!(out.contains("read ok") && ms >= 300, "answered after {ms} ms, 300 configured: {out}");
    let sim = Sim::start(&["--response-delay-ms", "800"]);
    let out = sim.pymodbus("print('read', answer(lambda: client.read_holding_registers(0, count=1, device_id=1)))");
    assert!(out.contains("read none"), "an 800 ms delay beats pymodbus's 500 ms timeout: {out}");
}

#[test]
fn min_pause_answers_busy_or_nothing_when_asked_too_soon() {
    let body = "print('first', answer(lambda: client.read_holding_registers(0, count=1, device_id=1)))\n\
                print('soon', answer(lambda: client.read_holding_registers(0, count=1, device_id=1)))\n\
                time.sleep(0.7)\n\
                print('later', answer(lambda: client.read_holding_registers(0, count=1, device_id=1)))";
    let sim = Sim::start(&["--min-pause-ms", "400"]);
    let out = sim.pymodbus(body);
    assert!(out.contains("first ok") && out.contains("soon exception 06") && out.contains("later ok"), "{out}");
    sim.assert_logged("-> exception 06 (server device busy) (quirk min-pause");
    let sim = Sim::start(&["--min-pause-ms", "400", "--too-soon", "silent"]);
    let out = sim.pymodbus(body.replace("time.sleep(0.7)", "client.close(); time.sleep(0.7); client = connect()").as_str());
    assert!(out.contains("first ok") && out.contains("soon none") && out.contains("later ok"), "{out}");
    sim.assert_logged("-> not answered (quirk min-pause");
}

#[test]
fn max_connections_closes_the_one_too_many() {
    let sim = Sim::start(&["--max-connections", "2"]);
    let out = sim.pymodbus(
        "second = connect()\n\
         print('two', answer(lambda: second.read_holding_registers(0, count=1, device_id=1)))\n\
         third = ModbusTcpClient('127.0.0.1', port=client.comm_params.port, timeout=0.5, retries=0); third.connect()\n\
         print('third', answer(lambda: third.read_holding_registers(0, count=1, device_id=1)))\n\
         second.close(); time.sleep(0.3)\n\
         fourth = connect()\n\
         print('after one closed', answer(lambda: fourth.read_holding_registers(0, count=1, device_id=1)))",
    );
    assert!(out.contains("two ok") && out.contains("third none") && out.contains("after one closed ok"), "{out}");
    sim.assert_logged("2 connections open (quirk max-connections)");
}

#[test]
fn idle_connections_are_closed() {
    let sim = Sim::start(&["--idle-timeout-ms", "300"]);
    let out = sim.pymodbus(
        "print('fresh', answer(lambda: client.read_holding_registers(0, count=1, device_id=1)))\n\
         s = socket.create_connection(('127.0.0.1', client.comm_params.port)); s.settimeout(2)\n\
         t = time.monotonic(); data = s.recv(16)\n\
         print('idle socket closed after ms', int((time.monotonic() - t) * 1000), 'bytes', len(data))",
    );
    assert!(out.contains("fresh ok"), "{out}");
    let ms: u64 = out.split("closed after ms").nth(1).and_then(|s| s.split_whitespace().next()?.parse().ok()).unwrap_or_else(|| panic!("{out}"));
    assert!((300..2000).contains(&ms) && out.contains("bytes 0"), "closed by the server after {ms} ms (300 configured): {out}");
    sim.assert_logged("quirk idle-timeout");
}

#[test]
fn seeded_faults_answer_a_fraction_with_the_exception_or_not_at_all() {
    let body = "from collections import Counter\n\
                seen = Counter()\n\
                for i in range(40):\n    seen[answer(lambda: client.read_holding_registers(0, count=1, device_id=1))] += 1\n    \
                if seen['none'] and client.transport is None: client = connect()\n\
                print(sorted(seen.items()))";
    let sim = Sim::start(&["--fault-rate", "0.5", "--fault", "4", "--seed", "7"]);
    let first = sim.pymodbus(body);
    assert!(first.contains("('exception 04', ") && first.contains("('ok', "), "about half are exception 04: {first}");
    sim.assert_logged("-> exception 04 (server device failure) (quirk fault injection)");
    let again = Sim::start(&["--fault-rate", "0.5", "--fault", "4", "--seed", "7"]).pymodbus(body);
    assert_eq!(first, again, "the same seed gives the same faults");
    let sim = Sim::start(&["--fault-rate", "1", "--fault", "silent"]);
    let out = sim.pymodbus("print('read', answer(lambda: client.read_holding_registers(0, count=1, device_id=1)))");
    assert!(out.contains("read none"), "{out}");
    sim.assert_logged("-> not answered (quirk fault injection)");
}
