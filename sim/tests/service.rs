//! `modbus_map::server::ModbusService` inside tokio-modbus's own TCP server, for
//! applications built on tokio-modbus: the same rules for every request its codec lets through.

mod common;

use common::*;
use modbus_map::server::ModbusService;
use modbus_map_sim::{load, server, Options};
use std::sync::Arc;
use tokio_modbus::client::{Reader, Writer};
use tokio_modbus::server::tcp::{accept_tcp_connection, Server};
use tokio_modbus::{ExceptionCode, Slave};

#[tokio::test]
async fn tokio_modbus_server_with_our_service_follows_the_rules() {
    let device = load(&fixture("rules.yaml")).unwrap();
    let shared = server(&device, &Options { safety_writes: false, log: false, ..Default::default() });
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let for_connections = shared.clone();
    let on_connected = move |stream, socket_addr| {
        let service = ModbusService::tcp(Arc::clone(&for_connections));
        async move { accept_tcp_connection(stream, socket_addr, move |_| Ok(Some(service.clone()))) }
    };
    let task = tokio::spawn(async move { Server::new(listener).serve(&on_connected, |e| panic!("server error: {e}")).await });

    let mut c = tokio_modbus::client::tcp::connect_slave(addr, Slave(1)).await.unwrap();
    assert_eq!(c.read_holding_registers(0, 2).await.unwrap().unwrap(), vec![455, 1]);
    assert_eq!(c.read_coils(0, 3).await.unwrap().unwrap(), vec![true, false, false]);
    assert_eq!(c.read_holding_registers(3, 1).await.unwrap(), Err(ExceptionCode::IllegalDataAddress));
    assert_eq!(c.write_single_register(0, 651).await.unwrap(), Err(ExceptionCode::IllegalDataValue));
    assert_eq!(c.write_multiple_registers(0, &[500, 7]).await.unwrap(), Err(ExceptionCode::IllegalDataValue));
    assert_eq!(c.write_single_register(5, 1).await.unwrap(), Err(ExceptionCode::IllegalFunction), "safety");
    assert_eq!(c.write_multiple_coils(0, &[false, true]).await.unwrap(), Ok(()));
    assert_eq!(c.read_coils(0, 2).await.unwrap().unwrap(), vec![false, true]);
    assert_eq!(c.read_write_multiple_registers(0, 1, 10, &[300]).await.unwrap().unwrap(), vec![300], "through the alias");
    assert_eq!(shared.store().get("hold.setpoint").unwrap(), Some(30.0), "the store sees the write, in °C");
    let mut stranger = tokio_modbus::client::tcp::connect_slave(addr, Slave(9)).await.unwrap();
    assert_eq!(stranger.read_holding_registers(0, 1).await.unwrap(), Err(ExceptionCode::GatewayTargetDevice));
    task.abort();
}

#[tokio::test]
async fn the_store_sets_typed_values_with_the_same_checks() {
    let device = load(&fixture("rules.yaml")).unwrap();
    let shared = server(&device, &Options { safety_writes: false, log: false, ..Default::default() });
    {
        let mut store = shared.store();
        assert_eq!(store.get("hold.setpoint").unwrap(), Some(45.5));
        store.set("hold.setpoint", 21.0).unwrap();
        assert_eq!(store.get_words("hold.setpoint_again").unwrap(), &[210]);
        let err = store.set("hold.setpoint", 99.0).unwrap_err();
        assert!(err.to_string().contains("hold.setpoint") && err.to_string().contains("min/max"), "{err}");
        let err = store.set("hold.nope", 1.0).unwrap_err();
        assert!(err.to_string().contains("no register `hold.nope`"), "{err}");
        assert_eq!(store.get("inputs.total").unwrap(), Some(1.5));
    }
    let sim = modbus_map_sim::spawn_tcp(shared, "127.0.0.1:0".parse().unwrap()).await.unwrap();
    let mut raw = Raw::connect(&sim).await;
    assert_eq!(words(&raw.ask(1, &read(3, 0, 1)).await), vec![210], "device code's value reaches clients");
    sim.stop().await.unwrap();
}
