//! Serves a derived map on 127.0.0.1 and reads it back over Modbus TCP.
//!
//!     cargo run -p modbus-map-example-derive

use modbus_map::server::{serve_tcp, Server};
use modbus_map::DeviceClient;
use modbus_map_example_derive::{Command, Heater, Mode};
use std::sync::Arc;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let heater = Heater {
        temp1: 54,
        load_kw: 3.5,
        analog_input: 7.25,
        mode: Mode::Heating,
        id: "ASKO-0042".to_owned(),
        load_setpoint: 2000,
        load_setpoint_legacy: 2000,
        status: 0b011_0000_0011,
        relay: true,
    };
    let server = Arc::new(Server::new(Heater::dispatch_map(), heater));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let addr = listener.local_addr()?;
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let serving = tokio::spawn(serve_tcp(server.clone(), listener, async move {
        let _ = stopped.await;
    }));

    let mut client = DeviceClient::new(tokio_modbus::client::tcp::connect(addr).await?);
    let read = Heater::read(&mut client).await??;
    println!("read over TCP from {addr}: {read:?}");
    Heater::write_load_setpoint(&mut client, &1500).await??;
    println!("after write_load_setpoint(1500): {}", server.store().load_setpoint);
    match Heater::write_load_setpoint(&mut client, &100).await {
        Err(e) => println!("write_load_setpoint(100) refused before sending: {e}"),
        Ok(r) => println!("write_load_setpoint(100) unexpectedly answered: {r:?}"),
    }

    let command = Command {
        set_heater_step: 3,
        load_setpoint_value: 0,
        load_feedin_value: -1200.0,
    };
    println!(
        "spec-mode struct `Command` maps {} registers of block `command`:",
        Command::REGISTERS.len()
    );
    for r in Command::REGISTERS {
        println!("  {} holding {} ({:?})", r.name, r.address, r.data_type);
    }
    println!("encoded: {:?}", command.to_snapshot(None)?);

    let _ = stop.send(());
    serving.await??;
    Ok(())
}
