//! `#[derive(ModbusEnum)]`: an enumeration register's values written as a Rust
//! enum, so a struct field of that type needs no `values(...)`.
//!
//! The enum has fieldless variants with explicit discriminants (the raw values)
//! and one catch-all variant with a single `i64` field that keeps the raw values
//! it does not name, exactly like the enums the Rust generator emits for a
//! spec's `values`. Variant names follow the generator's rule
//! (`modbus_map_codegen::ident::enum_ident`), checked here at compile time.

use crate::internals::ctxt::Ctxt;
use modbus_map_codegen::ir::EnumVariant;
use proc_macro2::{Span, TokenStream};
use quote::quote;

struct Value {
    ident: syn::Ident,
    raw: i64,
    /// Further raw values with the same meaning (`also = [3, 4]`): they decode to this variant.
    also: Vec<i64>,
    name: String,
    name_span: Span,
}

pub fn derive(input: &syn::DeriveInput) -> syn::Result<TokenStream> {
    let cx = Ctxt::new();
    let parsed = parse(&cx, input);
    cx.check()?;
    let Some((values, catch_all)) = parsed else {
        return Err(syn::Error::new(
            input.ident.span(),
            "#[derive(ModbusEnum)] could not read this enum (no specific error was found; please report this)",
        ));
    };
    Ok(expand(&input.ident, &values, &catch_all))
}

fn parse(cx: &Ctxt, input: &syn::DeriveInput) -> Option<(Vec<Value>, syn::Ident)> {
    let data = match &input.data {
        syn::Data::Enum(e) => e,
        syn::Data::Struct(s) => {
            cx.error_spanned_by(
                s.struct_token,
                "#[derive(ModbusEnum)] is for enums whose variants are the values of a register",
            );
            return None;
        }
        syn::Data::Union(u) => {
            cx.error_spanned_by(
                u.union_token,
                "#[derive(ModbusEnum)] is for enums whose variants are the values of a register",
            );
            return None;
        }
    };
    if !input.generics.params.is_empty() {
        cx.error_spanned_by(&input.generics, "#[derive(ModbusEnum)] does not support generic enums");
    }
    for attr in input.attrs.iter().filter(|a| a.path().is_ident("modbus")) {
        cx.error_spanned_by(
            attr,
            "#[derive(ModbusEnum)] takes no #[modbus(...)] on the enum itself; put `name = \"...\"` on a variant",
        );
    }
    let mut values: Vec<Value> = Vec::new();
    let mut catch_all: Option<syn::Ident> = None;
    for v in &data.variants {
        let mut name: Option<(String, Span)> = None;
        let mut also: Vec<i64> = Vec::new();
        let mut unknown = false;
        for attr in v.attrs.iter().filter(|a| a.path().is_ident("modbus")) {
            let res = attr.parse_nested_meta(|meta| {
                if meta.path.is_ident("name") {
                    let s: syn::LitStr = meta.value()?.parse()?;
                    if name.is_some() {
                        cx.error_spanned_by(&meta.path, "duplicate attribute `name`");
                    }
                    name = Some((s.value(), s.span()));
                    Ok(())
                } else if meta.path.is_ident("also") {
                    let list: syn::ExprArray = meta.value()?.parse()?;
                    for item in &list.elems {
                        match int_literal(item) {
                            Some(raw) => also.push(raw),
                            None => cx.error_spanned_by(item, "`also` lists integer raw values, e.g. `also = [3, 4]`"),
                        }
                    }
                    Ok(())
                } else if meta.path.is_ident("unknown") {
                    unknown = true;
                    Ok(())
                } else {
                    let key = meta.path.get_ident().map(ToString::to_string).unwrap_or_default();
                    let hint = modbus_map_codegen::load::suggest(&key, &["name", "also", "unknown"])
                        .map_or_else(String::new, |k| format!("did you mean `{k}`? "));
                    Err(meta.error(format!(
                        "unknown #[modbus] key `{key}` on an enum variant; {hint}the keys are `name = \"...\"`, `also = [raw, ...]` and `unknown`"
                    )))
                }
            });
            if let Err(e) = res {
                cx.syn_error(e);
            }
        }
        match &v.fields {
            syn::Fields::Unit => {
                if unknown {
                    cx.error_spanned_by(
                        &v.ident,
                        "`unknown` marks the catch-all variant, which holds the raw value: write `Unknown(i64)`",
                    );
                }
                let Some((_, disc)) = &v.discriminant else {
                    cx.error_spanned_by(
                        &v.ident,
                        format!(
                            "variant `{}` has no raw value; write it as the discriminant, e.g. `{} = 0`",
                            v.ident, v.ident
                        ),
                    );
                    continue;
                };
                let Some(raw) = int_literal(disc) else {
                    cx.error_spanned_by(disc, "the raw value must be an integer literal (e.g. `3` or `-1`)");
                    continue;
                };
                let (name, name_span) =
                    name.unwrap_or_else(|| (heck::AsSnakeCase(v.ident.to_string()).to_string(), v.ident.span()));
                values.push(Value { ident: v.ident.clone(), raw, also: std::mem::take(&mut also), name, name_span });
            }
            syn::Fields::Unnamed(f) if f.unnamed.len() == 1 && !also.is_empty() => {
                cx.error_spanned_by(&v.ident, "the catch-all variant keeps every raw value no variant names; remove `also`");
            }
            syn::Fields::Unnamed(f) if f.unnamed.len() == 1 && name.is_none() => {
                if let Some(prev) = &catch_all {
                    cx.error_spanned_by(
                        &v.ident,
                        format!("a second catch-all variant; `{prev}` already keeps the raw values no variant names"),
                    );
                }
                catch_all = Some(v.ident.clone());
            }
            syn::Fields::Unnamed(f) if f.unnamed.len() == 1 => {
                cx.error_spanned_by(&v.ident, "the catch-all variant has no spec name; remove `name`");
            }
            _ => cx.error_spanned_by(
                &v.fields,
                format!(
                    "variant `{}` has fields; a ModbusEnum has unit variants with raw values and one catch-all \
                     `Unknown(i64)`",
                    v.ident
                ),
            ),
        }
    }
    let Some(catch_all) = catch_all else {
        cx.error_spanned_by(
            &input.ident,
            format!(
                "enum `{}` has no catch-all variant; add `Unknown(i64)` so raw values the enum does not name \
                 (a newer firmware) survive a round trip (with `#[repr(i64)]` on the enum, which Rust needs \
                 for discriminants next to a variant with a field)",
                input.ident
            ),
        );
        return None;
    };
    // The generator's rules for `values`: non-empty identifiers, no raw value or identifier twice.
    let mut seen_raw: Vec<(i64, &str)> = Vec::new();
    let mut seen_ident: Vec<(String, &str)> = Vec::new();
    for v in &values {
        let ident = modbus_map_codegen::ident::enum_ident(&v.name);
        if ident.is_empty() {
            cx.error_at(v.name_span, format!("value name `{}` has no letters or digits", v.name));
            continue;
        }
        let mut twice = false;
        for raw in std::iter::once(v.raw).chain(v.also.iter().copied()) {
            if let Some((_, prev)) = seen_raw.iter().find(|(r, _)| *r == raw) {
                cx.error_spanned_by(&v.ident, format!("raw value {raw} is named twice (`{prev}` and `{}`)", v.name));
                twice = true;
            }
            seen_raw.push((raw, &v.name));
        }
        if let Some((_, prev)) = seen_ident.iter().find(|(i, _)| !twice && *i == ident) {
            cx.error_at(
                v.name_span,
                format!("value names `{prev}` and `{}` both become `{ident}`", v.name),
            );
        }
        seen_ident.push((ident, &v.name));
    }
    values.sort_by_key(|v| v.raw);
    Some((values, catch_all))
}

fn int_literal(e: &syn::Expr) -> Option<i64> {
    match e {
        syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Int(i), .. }) => i.base10_parse().ok(),
        syn::Expr::Unary(syn::ExprUnary { op: syn::UnOp::Neg(_), expr, .. }) => match &**expr {
            syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Int(i), .. }) => {
                i.base10_parse::<i128>().ok().and_then(|n| i64::try_from(-n).ok())
            }
            _ => None,
        },
        syn::Expr::Group(g) => int_literal(&g.expr),
        syn::Expr::Paren(p) => int_literal(&p.expr),
        _ => None,
    }
}

/// One call of the runtime's `impl_modbus_enum!`, the macro generated enums use too,
/// so derived and generated enums cannot behave differently.
fn expand(ty: &syn::Ident, values: &[Value], catch_all: &syn::Ident) -> TokenStream {
    let mm = quote!(::modbus_map::__private);
    let idents = values.iter().map(|v| &v.ident);
    let raws = values.iter().map(|v| proc_macro2::Literal::i64_suffixed(v.raw));
    let also = values.iter().map(|v| {
        let raws = v.also.iter().map(|&raw| proc_macro2::Literal::i64_suffixed(raw));
        quote!(#(| #raws)*)
    });
    let names = values.iter().map(|v| &v.name);
    // Every raw value with its name, sorted by raw value, as the IR lists a spec's `values`.
    let mut ir: Vec<EnumVariant> = values
        .iter()
        .flat_map(|v| {
            let ident = modbus_map_codegen::ident::enum_ident(&v.name);
            std::iter::once(v.raw).chain(v.also.iter().copied()).map(move |raw| EnumVariant { raw, name: v.name.clone(), ident: ident.clone() })
        })
        .collect();
    ir.sort_by_key(|v| v.raw);
    // The values as IR JSON (`[{"raw":0,"name":"off","ident":"Off"}]`), spliced into a
    // derived struct's IR at run time.
    let json = serde_json::to_string(&ir).unwrap_or_default();
    quote! {
        #mm::impl_modbus_enum!(#ty { #(#idents = #raws #also => #names),* } #catch_all, ir_json = #json);
    }
}
