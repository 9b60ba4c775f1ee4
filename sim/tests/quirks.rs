//! Each quirk option of `modbus-map-sim` (and of a spec's `sim:` section), observed by pymodbus as configured, and
//! marked in the simulator's one-line request log. The simulator runs as the user
//! would run it (the binary, on 127.0.0.1 with a free port).

mod common;

use common::{fixture, Sim};

#[test]
fn write_function_single_refuses_16_and_multiple_refuses_06() {
    let sim = Sim::start(&fixture("rules.yaml"), &["--write-function", "single"]);
    let out = sim.pymodbus(
        "print('06', answer(lambda: client.write_register(0, 500, device_id=1)))\n\
         print('16', answer(lambda: client.write_registers(0, [500], device_id=1)))",
    );
    assert!(out.contains("06 ok") && out.contains("16 exception 01"), "{out}");
    sim.assert_logged("quirk write-function single");
    let sim = Sim::start(&fixture("rules.yaml"), &["--write-function", "multiple"]);
    let out = sim.pymodbus(
        "print('06', answer(lambda: client.write_register(0, 500, device_id=1)))\n\
         print('16', answer(lambda: client.write_registers(0, [500], device_id=1)))",
    );
    assert!(out.contains("06 exception 01") && out.contains("16 ok"), "{out}");
    sim.assert_logged("quirk write-function multiple");
}

#[test]
fn response_delay_slows_every_answer() {
    let sim = Sim::start(&fixture("rules.yaml"), &["--response-delay-ms", "300"]);
    let out = sim.pymodbus(
        "t = time.monotonic(); r = answer(lambda: client.read_holding_registers(0, count=1, device_id=1))\n\
         print('read', r, 'after ms', int((time.monotonic() - t) * 1000))",
    );
    let ms: u64 = out.split("after ms").nth(1).and_then(|s| s.trim().parse().ok()).unwrap_or_else(|| panic!("{out}"));
    assert!(out.contains("read ok") && ms >= 300, "answered after {ms} ms, 300 configured: {out}");
    let sim = Sim::start(&fixture("rules.yaml"), &["--response-delay-ms", "800"]);
    let out = sim.pymodbus("print('read', answer(lambda: client.read_holding_registers(0, count=1, device_id=1)))");
    assert!(out.contains("read none"), "an 800 ms delay beats pymodbus's 500 ms timeout: {out}");
}

#[test]
fn min_pause_answers_busy_or_nothing_when_asked_too_soon() {
    let body = "print('first', answer(lambda: client.read_holding_registers(0, count=1, device_id=1)))\n\
                print('soon', answer(lambda: client.read_holding_registers(0, count=1, device_id=1)))\n\
                time.sleep(0.7)\n\
                print('later', answer(lambda: client.read_holding_registers(0, count=1, device_id=1)))";
    let sim = Sim::start(&fixture("rules.yaml"), &["--min-pause-ms", "400"]);
    let out = sim.pymodbus(body);
    assert!(out.contains("first ok") && out.contains("soon exception 06") && out.contains("later ok"), "{out}");
    sim.assert_logged("-> exception 06 (server device busy) (quirk min-pause");
    let sim = Sim::start(&fixture("rules.yaml"), &["--min-pause-ms", "400", "--too-soon", "silent"]);
    let out = sim.pymodbus(body.replace("time.sleep(0.7)", "client.close(); time.sleep(0.7); client = connect()").as_str());
    assert!(out.contains("first ok") && out.contains("soon none") && out.contains("later ok"), "{out}");
    sim.assert_logged("-> not answered (quirk min-pause");
}

#[test]
fn max_connections_closes_the_one_too_many() {
    let sim = Sim::start(&fixture("rules.yaml"), &["--max-connections", "2"]);
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
    let sim = Sim::start(&fixture("rules.yaml"), &["--idle-timeout-ms", "300"]);
    // The clock starts before the connection: the server's idle timer starts when it accepts,
    // which cannot be earlier.
    let out = sim.pymodbus(
        "print('fresh', answer(lambda: client.read_holding_registers(0, count=1, device_id=1)))\n\
         t = time.monotonic(); s = socket.create_connection(('127.0.0.1', client.comm_params.port)); s.settimeout(2)\n\
         data = s.recv(16)\n\
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
    let sim = Sim::start(&fixture("rules.yaml"), &["--fault-rate", "0.5", "--fault", "4", "--seed", "7"]);
    let first = sim.pymodbus(body);
    assert!(first.contains("('exception 04', ") && first.contains("('ok', "), "about half are exception 04: {first}");
    sim.assert_logged("-> exception 04 (server device failure) (quirk fault injection)");
    let again = Sim::start(&fixture("rules.yaml"), &["--fault-rate", "0.5", "--fault", "4", "--seed", "7"]).pymodbus(body);
    assert_eq!(first, again, "the same seed gives the same faults");
    let sim = Sim::start(&fixture("rules.yaml"), &["--fault-rate", "1", "--fault", "silent"]);
    let out = sim.pymodbus("print('read', answer(lambda: client.read_holding_registers(0, count=1, device_id=1)))");
    assert!(out.contains("read none"), "{out}");
    sim.assert_logged("-> not answered (quirk fault injection)");
}

#[test]
fn a_spec_sim_section_sets_the_quirks_and_options_override_them() {
    let spec = fixture("profile.yaml");
    let body = "print('06', answer(lambda: client.write_register(0, 50, device_id=1)))\n\
                print('16', answer(lambda: client.write_registers(0, [50], device_id=1)))\n\
                second = connect()\n\
                print('second', answer(lambda: second.read_holding_registers(0, count=1, device_id=1)))\n\
                third = ModbusTcpClient('127.0.0.1', port=client.comm_params.port, timeout=0.5, retries=0); third.connect()\n\
                print('third', answer(lambda: third.read_holding_registers(0, count=1, device_id=1)))";
    // The spec says `write_function: multiple` and `max_connections: 2`.
    let sim = Sim::start(&spec, &[]);
    let out = sim.pymodbus(body);
    assert!(out.contains("06 exception 01") && out.contains("16 ok"), "{out}");
    assert!(out.contains("second ok") && out.contains("third none"), "{out}");
    sim.assert_logged("quirk write-function multiple");
    sim.assert_logged("2 connections open (quirk max-connections)");
    // Options override the spec's keys one by one.
    let sim = Sim::start(&spec, &["--write-function", "single", "--max-connections", "3"]);
    let out = sim.pymodbus(body);
    assert!(out.contains("06 ok") && out.contains("16 exception 01"), "{out}");
    assert!(out.contains("second ok") && out.contains("third ok"), "three connections allowed now: {out}");
    sim.assert_logged("quirk write-function single");
}

/// The Askoheat+ spec says `max_connections: 8` (its seed: "up to 8 client connections can
/// be served simultaneously"): the eighth connection is served, the ninth is closed.
#[test]
fn askoheat_serves_eight_connections_because_its_spec_says_so() {
    let sim = Sim::start(&common::workspace().join("specs/askoheat_plus.yaml"), &[]);
    let out = sim.pymodbus(
        "others = [connect() for _ in range(7)]\n\
         print('eighth', answer(lambda: others[-1].read_input_registers(100, count=1, device_id=1)))\n\
         ninth = ModbusTcpClient('127.0.0.1', port=client.comm_params.port, timeout=0.5, retries=0); ninth.connect()\n\
         print('ninth', answer(lambda: ninth.read_input_registers(100, count=1, device_id=1)))",
    );
    assert!(out.contains("eighth ok") && out.contains("ninth none"), "{out}");
    sim.assert_logged("8 connections open (quirk max-connections)");
}
