//! mbpoll (Debian's command-line Modbus master, libmodbus inside) reads holding and
//! input registers, coils and discrete inputs from the simulator over TCP.

mod common;

use common::*;
use std::collections::BTreeMap;
use std::process::Command;

/// Runs one mbpoll poll (0-based addresses) and returns `address -> value` and the output.
fn mbpoll(port: u16, table: &str, address: u16, count: u16, unit: u8) -> (BTreeMap<u16, i64>, String) {
    let output = Command::new("mbpoll")
        .args(["-m", "tcp", "-p", &port.to_string(), "-a", &unit.to_string(), "-t", table, "-0", "-1"])
        .args(["-r", &address.to_string(), "-c", &count.to_string(), "-o", "2"])
        // mbpoll reads 32-bit values low word first unless told otherwise.
        .args(if table.contains("float") { &["-B"][..] } else { &[][..] })
        .arg("127.0.0.1")
        .output()
        .unwrap_or_else(|e| panic!("cannot run mbpoll ({e}): install it with `apt-get install -y mbpoll` (cargo xtask test does)"));
    let text = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    let values = text
        .lines()
        .filter_map(|l| {
            let (addr, value) = l.trim().strip_prefix('[')?.split_once("]:")?;
            // Values above 32767 come as `57920 (-7616)`: the first number is the register.
            let value = value.split_whitespace().next()?;
            Some((addr.parse().ok()?, value.parse().ok()?))
        })
        .collect();
    (values, text)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mbpoll_reads_every_table_from_the_simulator() {
    let sim = start(&fixture("rules.yaml"), false).await;
    let port = sim.addr.port();
    let run = move |table: &'static str, address: u16, count: u16, unit: u8| {
        tokio::task::spawn_blocking(move || mbpoll(port, table, address, count, unit))
    };
    let (holding, text) = run("4", 0, 4, 1).await.unwrap();
    assert_eq!(holding, BTreeMap::from([(0, 455), (1, 1), (2, 1), (3, 0xE240)]), "{text}");
    let (input, text) = run("3", 0, 1, 1).await.unwrap();
    assert_eq!(input, BTreeMap::from([(0, 65524)]), "{text}");
    assert!(text.contains("(-12)"), "mbpoll's signed view of i16 -12: {text}");
    let (float, text) = run("3:float", 1, 1, 1).await.unwrap();
    assert!(float.is_empty() && text.contains("[1]: \t1.5"), "f32 1.5 high word first: {text}");
    let (coils, text) = run("0", 0, 3, 1).await.unwrap();
    assert_eq!(coils, BTreeMap::from([(0, 1), (1, 0), (2, 0)]), "{text}");
    let (discrete, text) = run("1", 0, 2, 1).await.unwrap();
    assert_eq!(discrete, BTreeMap::from([(0, 1), (1, 0)]), "{text}");
    let (unit2, text) = run("4", 0, 1, 2).await.unwrap();
    assert_eq!(unit2, BTreeMap::from([(0, 2)]), "{text}");
    let (none, text) = run("4", 7, 1, 1).await.unwrap();
    assert!(none.is_empty() && text.contains("Illegal data address"), "{text}");
    sim.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mbpoll_reads_spec_defaults_from_every_seed() {
    use modbus_map_codegen::layout::default_words;
    use modbus_map_codegen::ir::Table;
    let seeds = ["askoheat_plus.yaml", "clage_dsx.csv", "clivet.yaml", "ems_esp.yaml", "heishamon.yaml"];
    for name in seeds {
        let spec = workspace().join("specs").join(name);
        let device = modbus_map_sim::load(&spec).unwrap_or_else(|e| panic!("{e}"));
        let sim = start(&spec, false).await;
        let port = sim.addr.port();
        let mut checked = 0;
        for table in Table::ALL {
            // Eight registers per table keep the run short; the Rust and Python tests read all of them.
            for r in device.registers.iter().filter(|r| r.table == table && r.access.readable()).take(8) {
                let code = match table {
                    Table::Coil => "0",
                    Table::Discrete => "1",
                    Table::Input => "3",
                    Table::Holding => "4",
                };
                let (address, width, unit) = (r.address, r.width, r.unit_id);
                let (values, text) = tokio::task::spawn_blocking(move || mbpoll(port, code, address, width, unit)).await.unwrap();
                let expected: BTreeMap<u16, i64> =
                    default_words(&device, r).iter().enumerate().map(|(k, &w)| (address + k as u16, w as i64)).collect();
                assert_eq!(values, expected, "{name}: {} ({} {address})\n{text}", r.qualified_name, table.as_str());
                checked += 1;
            }
        }
        assert!(checked >= 8, "{name}: only {checked} registers read");
        sim.stop().await.unwrap();
    }
}

/// Modbus TCP has no broadcast: unit 0 is the default unit, and a write to it is
/// answered (a timeout there would hide a write that happened).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mbpoll_unit_0_reads_and_writes_the_default_unit_over_tcp() {
    let sim = start(&fixture("rules.yaml"), false).await;
    let port = sim.addr.port();
    let (read, text) = tokio::task::spawn_blocking(move || mbpoll(port, "4", 0, 2, 0)).await.unwrap();
    assert_eq!(read, BTreeMap::from([(0, 455), (1, 1)]), "mbpoll -a 0 reads unit 1's defaults: {text}");
    let written = tokio::task::spawn_blocking(move || {
        Command::new("mbpoll")
            .args(["-m", "tcp", "-p", &port.to_string(), "-a", "0", "-t", "4", "-0", "-1", "-r", "0", "127.0.0.1", "500"])
            .output()
            .expect("runs mbpoll")
    })
    .await
    .unwrap();
    let text = format!("{}{}", String::from_utf8_lossy(&written.stdout), String::from_utf8_lossy(&written.stderr));
    assert!(written.status.success() && text.contains("Written 1 references"), "mbpoll -a 0 write answered: {text}");
    assert_eq!(sim.server.store().get("hold.setpoint").unwrap(), Some(50.0), "the write reached unit 1");
    let (read, text) = tokio::task::spawn_blocking(move || mbpoll(port, "4", 0, 1, 0)).await.unwrap();
    assert_eq!(read, BTreeMap::from([(0, 500)]), "{text}");
    sim.stop().await.unwrap();
}
