//! `#[derive(ModbusMap)]`: a Modbus register map written as a Rust struct, or a
//! struct checked against a spec block at compile time.
//!
//! Use it through the `modbus-map` crate (feature `derive`), which re-exports it
//! and provides the runtime the generated code calls through
//! `::modbus_map::__private`.
//!
//! The attributes become the same spec model the YAML and CSV loaders build
//! (`modbus_map_codegen::spec`), the same validator checks it, and the same
//! Rust generator renders its descriptors and dispatch tables, so a derived map
//! and a spec behave identically.
//!
//! The expansion is kept small because every user build pays for it: per field
//! a descriptor const, an entry in the field and storage-slot tables, a line of
//! `from_snapshot` and two client calls that forward the runtime's futures.
//! Everything they do is written once in the runtime (`modbus_map::__private::fields`,
//! `DeviceClient::write_fields`/`read_fields`). `macros/bench/compile_cost.sh`
//! measures it against serde's derive on the same 200-field struct.

mod enum_derive;
mod expand;
mod internals;
mod pipeline;

use proc_macro::TokenStream;

/// Derives a Modbus register map for a struct with named fields; each field is one register.
///
/// # Struct attributes `#[modbus(...)]`
/// Device keys: `name` (default: the struct name in snake_case), `title`, `vendor`, `firmware`,
/// `unit_id`, `word_order`, `byte_order` (`"high_first"`/`"low_first"`; the order of string
/// characters, numbers take theirs from their field), `read_limit`, `max_gap`,
/// `values_per_read`, `allow_gaps`, `word_order_coil`; the doc comment (or `description`) describes
/// the device. Block keys: `block` (name of the single block of a one-table map; otherwise each table
/// is a block named after it), `base`, `block_description`.
/// Spec mode: `spec = "path/from/Cargo.toml/dir.yaml", block = "name"`; the fields must then be
/// exactly that block's registers (only `name` may rename a field's register).
///
/// # Field attributes `#[modbus(...)]`
/// The table as a bare word (`input`, `holding`, `coil`, `discrete`), `address`, `name`,
/// `type` (the raw type when it differs from the field's: a `f64` field with `scale`/`offset` is a
/// `u16` unless told otherwise), `length`, `scale` (`0.1` or `"1/10"`), `offset`, `unit`, `access`
/// (`"r"`, `"w"`, `"rw"`), `min`, `max`, `default`, `values(0 = "off", 1 = "on")`,
/// `bits(0 = "heater1", "8-10" = "step")`, `since`, `word_order`, `byte_order` (a string's
/// character order, or `"low_first"` for a byte-swapped 16/32/64-bit number), `alias_of`,
/// `safety`, `overlaps("block.reg", ...)`; the doc comment (or `description`) describes the register.
/// A field whose type is an enum deriving [`ModbusEnum`](derive@ModbusEnum) needs `type` and
/// takes its values from the enum (checked at compile time to fit the register's type). A type
/// implementing `modbus_map::codec::ModbusEnum` and `RegisterValue` by hand lists them in
/// `values(...)`; giving `values(...)` for a derived enum is allowed if both agree.
///
/// # Generated items
/// `IR_JSON` (the IR without the values of fields typed by a derived enum) and `ir_json()` (the
/// complete IR), `UNIT_ID`, a `RegisterDescriptor` const per field (the field name in
/// SCREAMING_SNAKE_CASE), `REGISTERS`, `dispatch_map()`, `to_snapshot`/`from_snapshot`, the async
/// client calls `read`, `write`, `read_<field>`, `write_<field>` over a `modbus_map::DeviceClient`
/// (each returns a future to `.await`; `write` stops at the first Modbus exception),
/// and `impl dispatch::Storage` so a value of the struct is a server's storage (a request reaches its
/// field by storage slot; an `alias_of` field shares its target's slot, so the server serves the
/// target's value at both addresses and a write through either updates both fields).
#[proc_macro_derive(ModbusMap, attributes(modbus))]
pub fn derive_modbus_map(input: TokenStream) -> TokenStream {
    let input = syn::parse_macro_input!(input as syn::DeriveInput);
    expand::derive(&input)
        .unwrap_or_else(syn::Error::into_compile_error)
        .into()
}

/// Derives `modbus_map::codec::ModbusEnum` (with `VALUES`) and `RegisterValue` for the values of an
/// enumeration register.
///
/// Unit variants carry their raw value as the discriminant and are named after the variant in
/// snake_case unless `#[modbus(name = "...")]` says otherwise; one variant with a single `i64`
/// field (e.g. `Unknown(i64)`, optionally marked `#[modbus(unknown)]`) keeps raw values no variant
/// names. Rust needs `#[repr(i64)]` (or another integer repr) for discriminants next to it.
/// `#[modbus(also = [3, 4])]` gives further raw values the variant's meaning, as a spec's
/// `values: { 2: sc, 3: sc, 4: sc }` does: they decode to it, and it writes its discriminant.
///
/// ```
/// use modbus_map::ModbusEnum;
///
/// #[derive(ModbusEnum, Debug, Clone, Copy, PartialEq)]
/// #[repr(i64)]
/// enum SettingMode {
///     Invalid = 1,
///     Hybrid = 2,
///     #[modbus(name = "e_heater", also = [4])]
///     Electric = 3,
///     Unknown(i64),
/// }
///
/// use modbus_map::codec::ModbusEnum as _;
/// assert_eq!(SettingMode::from_raw(3), SettingMode::Electric);
/// assert_eq!(SettingMode::from_raw(4), SettingMode::Electric);
/// assert_eq!(SettingMode::from_raw(7), SettingMode::Unknown(7));
/// assert_eq!(SettingMode::VALUES[2].name, "e_heater");
/// assert_eq!(SettingMode::Hybrid.name(), Some("hybrid"));
/// ```
#[proc_macro_derive(ModbusEnum, attributes(modbus))]
pub fn derive_modbus_enum(input: TokenStream) -> TokenStream {
    let input = syn::parse_macro_input!(input as syn::DeriveInput);
    enum_derive::derive(&input)
        .unwrap_or_else(syn::Error::into_compile_error)
        .into()
}
