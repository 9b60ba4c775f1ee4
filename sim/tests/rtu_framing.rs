//! RTU framing by silence, checked with minimalmodbus (a real serial master with its
//! default 50 ms timeout) over a socat pty pair at 9600 baud: after a noise frame the
//! next request is answered at once, and a frame interrupted by a pause is dropped.

mod common;

use common::*;
use modbus_map_sim::load;
use std::process::Command;

const SCRIPT: &str = r#"
import sys, time, minimalmodbus, serial
port = sys.argv[1]
dev = minimalmodbus.Instrument(port, 1)
dev.serial.baudrate = 9600
assert dev.serial.timeout == 0.05, dev.serial.timeout
results = []
def read(what):
    try:
        results.append((what, dev.read_register(0)))
    except Exception as e:
        results.append((what, "error: %s" % e))
# Sanity: the line works before any noise.
read("before noise")
# One noise frame: a read of register 0 with a broken CRC.
dev.serial.write(bytes([0x01, 0x03, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00])); dev.serial.flush()
# The line falls silent after the noise, as a real line does (a pty has no timing of its
# own: without a pause the server would see noise and request as one garbled frame).
time.sleep(0.01)
for i in range(4):
    read("after noise %d" % i)
# A valid request split by a pause is not a frame: a device drops it, so nothing comes
# back. 30 ms is far beyond t1.5 (1.7 ms) so that a loaded machine cannot hide the gap;
# a gap between t1.5 and t3.5 is checked deterministically in server/rtu.rs's tests.
frame = bytes([0x01, 0x03, 0x00, 0x00, 0x00, 0x01, 0x84, 0x0A])
dev.serial.reset_input_buffer()
dev.serial.write(frame[:4]); dev.serial.flush(); time.sleep(0.03); dev.serial.write(frame[4:])
time.sleep(0.1)
results.append(("interrupted frame answer bytes", len(dev.serial.read(64))))
read("after interrupted frame")
for what, value in results:
    print("%s: %s" % (what, value))
"#;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn minimalmodbus_reads_right_after_a_noise_frame_at_9600_baud() {
    let python = std::env::var("MODBUS_MAP_PYTHON")
        .unwrap_or_else(|_| panic!("MODBUS_MAP_PYTHON is not set: run through `cargo xtask test`, which installs minimalmodbus into target/venv"));
    let pty = PtyPair::new("framing");
    let device = load(&fixture("rules.yaml")).unwrap_or_else(|e| panic!("{e}"));
    let serving = RtuServing::start(&device, &pty.a, 9600);
    let client = pty.b.clone();
    let output = tokio::task::spawn_blocking(move || Command::new(python).arg("-c").arg(SCRIPT).arg(&client).output())
        .await
        .unwrap()
        .expect("runs python");
    let text = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    assert!(output.status.success(), "the minimalmodbus script failed (is minimalmodbus installed? `cargo xtask test --setup-only`):\n{text}");
    // hold.setpoint defaults to 45.5 °C, raw 455.
    for line in ["before noise: 455", "after noise 0: 455", "after noise 1: 455", "after noise 2: 455", "after noise 3: 455"] {
        assert!(text.contains(line), "expected `{line}`:\n{text}");
    }
    assert!(text.contains("interrupted frame answer bytes: 0"), "a frame with a pause > t1.5 inside must not be answered:\n{text}");
    assert!(text.contains("after interrupted frame: 455"), "{text}");
    serving.stop().await;
}
