//! `#[derive(ModbusMap)]`: a Modbus register map written as a Rust struct, or a
//! struct checked against a spec block at compile time.
//!
//! Use it through the `modbus-map` crate (feature `derive`), which re-exports it
//! and provides the runtime the generated code calls through
//! `::modbus_map::__private`.
//!
//! The attributes become the same spec model the YAML and CSV loaders build
//! (`modbus_map_codegen::spec`), the same validator checks it, and the same
//! Rust generator renders it, so a derived map and a spec behave identically.

mod expand;
mod internals;
mod pipeline;

use proc_macro::TokenStream;

/// Derives a register map; see the `modbus-map` crate docs and `examples/derive`.
#[proc_macro_derive(ModbusMap, attributes(modbus))]
pub fn derive_modbus_map(input: TokenStream) -> TokenStream {
    let input = syn::parse_macro_input!(input as syn::DeriveInput);
    expand::derive(&input)
        .unwrap_or_else(syn::Error::into_compile_error)
        .into()
}
