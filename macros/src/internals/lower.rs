//! Struct-is-the-map mode: the attributes become the public spec model
//! (`modbus_map_codegen::spec::Spec`), so the validator that checks spec files
//! checks derived maps too, and diagnostics map back to attributes by index.

use super::ast::{Container, Field};
use super::check;
use super::ctxt::Ctxt;
use modbus_map_codegen::ir::Table;
use modbus_map_codegen::spec::{self, BlockSpec, RegisterSpec, Spec};
use modbus_map_codegen::keys::{self, REGISTER_KEYS};
use proc_macro2::Span;

/// The spec built from a struct, and which field each register came from.
pub struct Lowered {
    pub spec: Spec,
    /// `fields[block][register]` = index into `Container::fields`.
    pub fields: Vec<Vec<usize>>,
}

/// The register name of a field: `name = "..."` or the identifier without `r#`.
pub fn register_name(field: &Field) -> String {
    match field.attrs.register.name.value.as_str() {
        "" => {
            let s = field.ident.to_string();
            s.strip_prefix("r#").map(str::to_owned).unwrap_or(s)
        }
        name => name.to_owned(),
    }
}

/// The device name: `name = "..."` or the struct name in snake_case.
pub fn device_name(cont: &Container) -> String {
    match cont.attrs.device.name.value.as_str() {
        "" => heck::AsSnakeCase(cont.ident.to_string()).to_string(),
        name => name.to_owned(),
    }
}

pub fn lower(cx: &Ctxt, cont: &Container, file: &str) -> Lowered {
    let a = &cont.attrs;
    let mut spec = Spec::new(file, &device_name(cont));
    spec.device = spec::DeviceSettings { name: spec.device.name, ..a.device.clone() };

    // One block per table, in order of first use: a spec block holds one table.
    let mut tables: Vec<Table> = Vec::new();
    let mut fields: Vec<Vec<usize>> = Vec::new();
    for (i, f) in cont.fields.iter().enumerate() {
        let Some(table) = &f.attrs.table else {
            if f.attrs.span.is_none() {
                // Already reported: the field has no attribute at all.
                continue;
            }
            cx.error_at(
                f.ident.span(),
                format!(
                    "field `{}` has no table: add one of `input`, `holding`, `coil`, `discrete` to its #[modbus(...)]",
                    f.ident
                ),
            );
            continue;
        };
        match tables.iter().position(|t| *t == table.value) {
            Some(b) => fields[b].push(i),
            None => {
                tables.push(table.value);
                fields.push(vec![i]);
            }
        }
    }
    if let (Some(block), true) = (a.spans.get("block"), tables.len() > 1) {
        let used: Vec<&str> = tables.iter().map(|t| t.as_str()).collect();
        cx.error_at(
            block,
            format!(
                "`block` names the one block of a single-table map, but the fields use the tables {}; \
                 remove `block` (each table then becomes a block named after it)",
                used.join(", ")
            ),
        );
    }

    for (b, table) in tables.iter().enumerate() {
        let name = match (a.block.name.value.as_str(), tables.len()) {
            (block, 1) if !block.is_empty() => block.to_owned(),
            _ => table.as_str().to_owned(),
        };
        let block = BlockSpec { registers: Vec::new(), ..a.block.clone() };
        let mut block = BlockSpec { name: name.as_str().into(), table: Some(table.as_str().into()), ..block };
        for &i in &fields[b] {
            block.registers.push(lower_field(cx, &cont.fields[i]));
        }
        spec.blocks.push(block);
    }
    Lowered { spec, fields }
}

fn lower_field(cx: &Ctxt, f: &Field) -> RegisterSpec {
    let a = &f.attrs;
    let data_type = match (&a.register.data_type, check::inferred_type(f)) {
        (Some(t), _) => Some(t.clone()),
        (None, Some(t)) => Some(spec::Spanned::bare(t.as_str().to_owned())),
        (None, None) => {
            cx.error_spanned_by(
                f.ty,
                format!(
                    "cannot tell the register type of field `{}` from its Rust type; add `type = \"u16\"` (or the raw type the device uses)",
                    f.ident
                ),
            );
            None
        }
    };
    let mut length = a.register.length.clone();
    if let (None, super::ast::FieldKind::RawArray(n)) = (&length, &f.kind) {
        length = Some(spec::Spanned::bare(*n as i64));
    }
    RegisterSpec { name: spec::Spanned::bare(register_name(f)), data_type, length, ..a.register.clone() }
}

/// The span of a register attribute on a field, for a diagnostic about that key.
/// Every attribute's span is recorded when it is read, so a key that was set has one.
pub fn field_key_span(f: &Field, key: &str) -> Option<Span> {
    let attribute = keys::find(REGISTER_KEYS, key).and_then(|k| k.derive).unwrap_or(key);
    f.attrs.spans.get(attribute).or_else(|| (key == "name").then(|| f.ident.span()))
}

/// The span of a device or block attribute on the struct.
pub fn container_key_span(cont: &Container, attribute: &str) -> Option<Span> {
    cont.attrs.spans.get(attribute)
}
