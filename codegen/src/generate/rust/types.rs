//! One enum per enumeration and one flags type per bit set of the IR; the
//! runtime's `impl_modbus_enum!` / `impl_modbus_flags!` write their trait impls
//! (the same macros `#[derive(ModbusEnum)]` expands to).

use super::{doc_attrs, i64_tokens, ident, Gen};
use crate::ir;
use proc_macro2::{Ident, Literal, TokenStream};
use quote::{format_ident, quote};

pub(super) fn tokens(gen: &Gen) -> TokenStream {
    let enums = gen.device.enumerations.iter().enumerate().map(|(i, e)| enum_type(e, &gen.enum_type(i)));
    let flags = gen.device.flag_sets.iter().enumerate().map(|(i, f)| flags_type(f, &gen.flag_type(i)));
    quote!(#(#enums)* #(#flags)*)
}

fn users(used_by: &[String]) -> String {
    let list: Vec<String> = used_by.iter().map(|u| format!("`{u}`")).collect();
    list.join(", ")
}

/// A variant identifier: the IR's UpperCamelCase name, escaped for Rust.
fn variant_ident(v: &ir::EnumVariant) -> Ident {
    ident(&v.ident)
}

fn enum_type(e: &ir::Enumeration, ty: &Ident) -> TokenStream {
    // Raw values that share a name are one variant: each decodes to it, and it
    // encodes to the lowest (the IR sorts values by raw).
    let mut meanings: Vec<(&ir::EnumVariant, Vec<i64>)> = Vec::new();
    for v in &e.values {
        match meanings.iter_mut().find(|(first, _)| first.ident == v.ident) {
            Some((_, also)) => also.push(v.raw),
            None => meanings.push((v, Vec::new())),
        }
    }
    let variants: Vec<Ident> = meanings.iter().map(|(v, _)| variant_ident(v)).collect();
    // The catch-all must not take a name the spec gives a value (`unknown` is a common one).
    let catch_all = ["Unknown", "Unlisted", "OtherValue", "RawValue"]
        .into_iter()
        .find(|c| !variants.iter().any(|v| v == c))
        .map(|c| format_ident!("{}", c))
        .unwrap_or_else(|| format_ident!("UnknownRaw{}", e.values.len()));
    let doc = doc_attrs(&[format!("Values of {}.", users(&e.used_by))]);
    let raws = meanings.iter().map(|(v, _)| i64_tokens(v.raw));
    let also = meanings.iter().map(|(_, also)| also.iter().map(|&raw| i64_tokens(raw)).collect::<Vec<_>>());
    let names = meanings.iter().map(|(v, _)| &v.name);
    let variant_docs = meanings.iter().map(|(v, also)| match also.as_slice() {
        [] => format!(" `{}` (raw {}).", v.name, v.raw),
        more => {
            let more: Vec<String> = more.iter().map(i64::to_string).collect();
            format!(" `{}` (raw {}; raw {} decode to it too).", v.name, v.raw, more.join(", "))
        }
    });
    quote! {
        #doc
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum #ty {
            #(#[doc = #variant_docs] #variants,)*
            /// A raw value the spec does not name (kept, never discarded).
            #catch_all(i64)
        }
        mm::impl_modbus_enum!(#ty { #(#variants = #raws #(| #also)* => #names),* } #catch_all);
    }
}

/// Items a flags type has besides its bits: `impl_modbus_flags!`'s inherent `BITS`
/// and `contains`, and the trait methods an inherent getter of the same name would
/// shadow in method calls (`RegisterValue`, the derived traits, `BitOr`). A bit
/// named like one gets a trailing `_`, which spec-derived names never end in.
const FLAGS_TYPE_ITEMS: &[&str] = &[
    "BITS", "contains", "decode", "encode", "encode_register", "clone", "clone_from", "eq", "ne", "hash", "fmt",
    "default", "bitor",
];

fn flag_item(name: &str) -> Ident {
    if FLAGS_TYPE_ITEMS.contains(&name) {
        format_ident!("{}_", name)
    } else {
        ident(name)
    }
}

fn flags_type(f: &ir::FlagSet, ty: &Ident) -> TokenStream {
    let doc = doc_attrs(&[format!("Named bits of {}; the raw value is kept whole.", users(&f.used_by))]);
    let items = f.bits.iter().map(|b| {
        let lsb = Literal::u8_unsuffixed(b.lsb);
        if b.width == 1 {
            let id = flag_item(&b.ident);
            let doc = format!(" `{}`: bit {}.", b.name, b.lsb);
            quote! { #[doc = #doc] pub const #id: #ty = #ty(1 << #lsb); }
        } else {
            let getter = flag_item(&b.ident.to_lowercase());
            let width = Literal::u8_unsuffixed(b.width);
            let doc = format!(" `{}`: bits {}..={}.", b.name, b.lsb, u16::from(b.lsb) + u16::from(b.width) - 1);
            quote! { #[doc = #doc] pub const fn #getter(&self) -> u64 { mm::bit_field(self.0, #lsb, #width) } }
        }
    });
    let names = f.bits.iter().map(|b| &b.name);
    let lsbs = f.bits.iter().map(|b| Literal::u8_unsuffixed(b.lsb));
    let widths = f.bits.iter().map(|b| Literal::u8_unsuffixed(b.width));
    quote! {
        #doc
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
        pub struct #ty(pub u64);
        impl #ty { #(#items)* }
        mm::impl_modbus_flags!(#ty { #(#names = #lsbs, #widths);* });
    }
}
