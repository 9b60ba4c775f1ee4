//! Struct-is-the-map mode: the attributes become the public spec model
//! (`modbus_map_codegen::spec::Spec`), so the validator that checks spec files
//! checks derived maps too, and diagnostics map back to attributes by index.

use super::ast::{Container, Field};
use super::attr::{Literal, Number, Spanned};
use super::check;
use super::ctxt::Ctxt;
use modbus_map_codegen::ir::Table;
use modbus_map_codegen::spec::{self, BitSpec, BlockSpec, EnumSpec, RegisterSpec, Spec, Value};
use proc_macro2::Span;

/// The spec built from a struct, and which field each register came from.
pub struct Lowered {
    pub spec: Spec,
    /// `fields[block][register]` = index into `Container::fields`.
    pub fields: Vec<Vec<usize>>,
}

fn bare<T>(s: &Spanned<T>) -> spec::Spanned<T>
where
    T: Clone,
{
    spec::Spanned::bare(s.value.clone())
}

fn number(n: f64) -> Value {
    if n.fract() == 0.0 && n.abs() < 9.0e15 {
        Value::Int(n as i64)
    } else {
        Value::Float(n)
    }
}

/// The register name of a field: `name = "..."` or the identifier without `r#`.
pub fn register_name(field: &Field) -> String {
    match &field.attrs.name {
        Some(n) => n.value.clone(),
        None => {
            let s = field.ident.to_string();
            s.strip_prefix("r#").map(str::to_owned).unwrap_or(s)
        }
    }
}

/// The device name: `name = "..."` or the struct name in snake_case.
pub fn device_name(cont: &Container) -> String {
    match &cont.attrs.name {
        Some(n) => n.value.clone(),
        None => heck::AsSnakeCase(cont.ident.to_string()).to_string(),
    }
}

pub fn lower(cx: &Ctxt, cont: &Container, file: &str) -> Lowered {
    let a = &cont.attrs;
    let mut spec = Spec::new(file, &device_name(cont));
    let d = &mut spec.device;
    d.title = a.title.as_ref().map(bare);
    d.vendor = a.vendor.as_ref().map(bare);
    d.description = a.description.as_ref().map(bare);
    d.firmware = a.firmware.as_ref().map(bare);
    d.unit_id = a.unit_id.as_ref().map(bare);
    d.word_order = a
        .word_order
        .as_ref()
        .map(|w| spec::Spanned::bare(w.value.as_str().to_owned()));
    d.byte_order = a
        .byte_order
        .as_ref()
        .map(|w| spec::Spanned::bare(w.value.as_str().to_owned()));
    d.read_limit = a.read_limit.as_ref().map(bare);
    d.max_gap = a.max_gap.as_ref().map(bare);
    d.values_per_read = a.values_per_read.as_ref().map(bare);
    d.allow_gaps = a.allow_gaps.as_ref().map(bare);
    d.word_order_coil = a.word_order_coil.as_ref().map(bare);

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
    if let (Some(block), true) = (&a.block, tables.len() > 1) {
        let used: Vec<&str> = tables.iter().map(|t| t.as_str()).collect();
        cx.error_at(
            block.span,
            format!(
                "`block` names the one block of a single-table map, but the fields use the tables {}; \
                 remove `block` (each table then becomes a block named after it)",
                used.join(", ")
            ),
        );
    }

    for (b, table) in tables.iter().enumerate() {
        let name = match (&a.block, tables.len()) {
            (Some(block), 1) => block.value.clone(),
            _ => table.as_str().to_owned(),
        };
        let mut block = BlockSpec::new(&name, table.as_str());
        block.base = a.base.as_ref().map(bare);
        block.description = a.block_description.as_ref().map(bare);
        for &i in &fields[b] {
            block.registers.push(lower_field(cx, &cont.fields[i]));
        }
        spec.blocks.push(block);
    }
    Lowered { spec, fields }
}

fn lower_field(cx: &Ctxt, f: &Field) -> RegisterSpec {
    let a = &f.attrs;
    let data_type = match (&a.data_type, check::inferred_type(f)) {
        (Some(t), _) => Some(t.value),
        (None, Some(t)) => Some(t),
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
    let mut length = a.length.as_ref().map(bare);
    if let (None, super::ast::FieldKind::RawArray(n)) = (&length, &f.kind) {
        length = Some(spec::Spanned::bare(*n as i64));
    }
    RegisterSpec {
        name: spec::Spanned::bare(register_name(f)),
        address: a.address.as_ref().map(bare),
        data_type: data_type.map(|t| spec::Spanned::bare(t.as_str().to_owned())),
        length,
        scale: a.scale.as_ref().map(|s| {
            let text = &s.value.1;
            // A fraction stays text so docs show it as written; the validator parses it.
            if text.contains('/') {
                spec::Spanned::bare(Value::Text(text.clone()))
            } else {
                spec::Spanned::bare(number(s.value.0))
            }
        }),
        offset: a.offset.as_ref().map(|s| spec::Spanned::bare(number(s.value))),
        unit: a.unit.as_ref().map(bare),
        access: a
            .access
            .as_ref()
            .map(|s| spec::Spanned::bare(s.value.as_str().to_owned())),
        min: a.min.as_ref().map(|s| spec::Spanned::bare(number(s.value))),
        max: a.max.as_ref().map(|s| spec::Spanned::bare(number(s.value))),
        default: a.default.as_ref().map(|s| {
            spec::Spanned::bare(match &s.value {
                Literal::Number(Number::Int(i)) => Value::Int(*i),
                Literal::Number(Number::Float(x)) => Value::Float(*x),
                Literal::Text(t) => Value::Text(t.clone()),
                Literal::Bool(b) => Value::Bool(*b),
            })
        }),
        values: a
            .values
            .as_ref()
            .map(|v| {
                v.value
                    .iter()
                    .map(|n| EnumSpec {
                        raw: spec::Spanned::bare(n.key),
                        name: spec::Spanned::bare(n.name.clone()),
                    })
                    .collect()
            })
            .unwrap_or_default(),
        bits: a
            .bits
            .as_ref()
            .map(|v| {
                v.value
                    .iter()
                    .map(|n| BitSpec {
                        key: spec::Spanned::bare(n.key.clone()),
                        name: spec::Spanned::bare(n.name.clone()),
                    })
                    .collect()
            })
            .unwrap_or_default(),
        since: a.since.as_ref().map(bare),
        // Acknowledging breaking changes belongs to versioned spec files that `cargo xtask diff` compares.
        breaking: Vec::new(),
        breaking_since: None,
        description: a.description.as_ref().map(bare),
        word_order: a
            .word_order
            .as_ref()
            .map(|s| spec::Spanned::bare(s.value.as_str().to_owned())),
        byte_order: a
            .byte_order
            .as_ref()
            .map(|s| spec::Spanned::bare(s.value.as_str().to_owned())),
        alias_of: a.alias_of.as_ref().map(bare),
        safety: a.safety.as_ref().map(bare),
        overlaps: a
            .overlaps
            .as_ref()
            .map(|o| o.value.iter().map(|s| spec::Spanned::bare(s.clone())).collect())
            .unwrap_or_default(),
        line: 0,
        column: 0,
    }
}

/// The span of a register key on a field, for a diagnostic about that key.
pub fn field_key_span(f: &Field, key: &str) -> Option<Span> {
    let a = &f.attrs;
    match key {
        "table" => a.table.as_ref().map(|s| s.span),
        "name" => a.name.as_ref().map(|s| s.span).or(Some(f.ident.span())),
        "address" => a.address.as_ref().map(|s| s.span),
        "type" => a.data_type.as_ref().map(|s| s.span),
        "length" => a.length.as_ref().map(|s| s.span),
        "scale" => a.scale.as_ref().map(|s| s.span),
        "offset" => a.offset.as_ref().map(|s| s.span),
        "unit" => a.unit.as_ref().map(|s| s.span),
        "access" => a.access.as_ref().map(|s| s.span),
        "min" => a.min.as_ref().map(|s| s.span),
        "max" => a.max.as_ref().map(|s| s.span),
        "default" => a.default.as_ref().map(|s| s.span),
        "values" => a.values.as_ref().map(|s| s.span),
        "bits" => a.bits.as_ref().map(|s| s.span),
        "since" => a.since.as_ref().map(|s| s.span),
        "description" => a.description.as_ref().map(|s| s.span),
        "word_order" => a.word_order.as_ref().map(|s| s.span),
        "byte_order" => a.byte_order.as_ref().map(|s| s.span),
        "alias_of" => a.alias_of.as_ref().map(|s| s.span),
        "safety" => a.safety.as_ref().map(|s| s.span),
        "overlaps" => a.overlaps.as_ref().map(|s| s.span),
        _ => None,
    }
}

/// The span of a device or block key on the struct.
pub fn container_key_span(cont: &Container, key: &str) -> Option<Span> {
    let a = &cont.attrs;
    match key {
        "name" => a.name.as_ref().map(|s| s.span),
        "title" => a.title.as_ref().map(|s| s.span),
        "vendor" => a.vendor.as_ref().map(|s| s.span),
        "description" => a.description.as_ref().map(|s| s.span),
        "firmware" => a.firmware.as_ref().map(|s| s.span),
        "unit_id" => a.unit_id.as_ref().map(|s| s.span),
        "word_order" => a.word_order.as_ref().map(|s| s.span),
        "byte_order" => a.byte_order.as_ref().map(|s| s.span),
        "read_limit" => a.read_limit.as_ref().map(|s| s.span),
        "max_gap" => a.max_gap.as_ref().map(|s| s.span),
        "values_per_read" => a.values_per_read.as_ref().map(|s| s.span),
        "allow_gaps" => a.allow_gaps.as_ref().map(|s| s.span),
        "word_order_coil" => a.word_order_coil.as_ref().map(|s| s.span),
        "block" => a.block.as_ref().map(|s| s.span),
        "base" => a.base.as_ref().map(|s| s.span),
        "block_description" => a.block_description.as_ref().map(|s| s.span),
        _ => None,
    }
}
