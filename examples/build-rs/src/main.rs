//! Serves the generated water heater map on 127.0.0.1 with modbus-map's server,
//! then reads and writes it through the generated typed client.
//!
//! `cargo run -p modbus-map-example-build-rs`

use modbus_map::server::{serve_tcp, Server};
use modbus_map::store::MemoryStore;
use modbus_map_example_build_rs::water_heater;
use std::sync::Arc;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let map = &water_heater::dispatch::MAP;
    let server = Arc::new(Server::new(map, MemoryStore::new(map)));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let addr = listener.local_addr()?;
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let serving = tokio::spawn(serve_tcp(server, listener, async {
        let _ = stopped.await;
    }));

    let mut client = water_heater::Client::new(tokio_modbus::client::tcp::connect(addr).await?);
    println!("serving {} on {addr}", water_heater::NAME);
    println!("setpoint (spec default): {} °C", client.settings().read_setpoint().await??);
    client.settings().write_setpoint(52.5).await??;
    println!("setpoint after write:    {} °C", client.settings().read_setpoint().await??);
    match client.settings().write_setpoint(99.0).await {
        Err(e) => println!("refused locally:         {e}"),
        Ok(answer) => println!("unexpectedly sent, device answered {answer:?}"),
    }
    let status = client.status().read().await??;
    println!("status block:            {status:?}");

    drop(client);
    let _ = stop.send(());
    serving.await??;
    Ok(())
}
