//! One enum per enumeration and one flags type per bit set of the IR; the
//! runtime's `impl_modbus_enum!` / `impl_modbus_flags!` write their trait impls
//! (the same macros `#[derive(ModbusEnum)]` expands to).

use super::syntax::{self, Chunk};
use super::{doc_attrs, i64_tokens, ident, Gen};
use crate::ir;
use proc_macro2::{Ident, Literal, TokenStream};
use quote::{format_ident, quote};

pub(super) fn tokens(gen: &Gen) -> TokenStream {
    chunks(gen).into_iter().map(Chunk::into_tokens).collect()
}

/// The enumerations, built as syntax trees (a large device has hundreds), then the
/// flags types, quoted.
pub(super) fn chunks(gen: &Gen) -> Vec<Chunk> {
    let derive: syn::Attribute = syn::parse_quote!(#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]);
    let enums = gen.device.enumerations.iter().enumerate().flat_map(|(i, e)| enum_type(e, gen.enum_type(i), &derive)).collect();
    let flags = gen.device.flag_sets.iter().enumerate().map(|(i, f)| flags_type(f, &gen.flag_type(i)));
    vec![Chunk::Built(enums), Chunk::Quoted(quote!(#(#flags)*))]
}

fn users(used_by: &[String]) -> String {
    let list: Vec<String> = used_by.iter().map(|u| format!("`{u}`")).collect();
    list.join(", ")
}

/// A variant identifier: the IR's UpperCamelCase name, escaped for Rust.
fn variant_ident(v: &ir::EnumVariant) -> Ident {
    ident(&v.ident)
}

/// The enum and its `impl_modbus_enum!`.
fn enum_type(e: &ir::Enumeration, ty: Ident, derive: &syn::Attribute) -> [syn::Item; 2] {
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
    let raws = meanings.iter().map(|(v, _)| i64_tokens(v.raw));
    let also = meanings.iter().map(|(_, also)| also.iter().map(|&raw| i64_tokens(raw)).collect::<Vec<_>>());
    let names = meanings.iter().map(|(v, _)| syntax::string_literal(&v.name));
    let variant_docs = meanings.iter().map(|(v, also)| match also.as_slice() {
        [] => format!(" `{}` (raw {}).", v.name, v.raw),
        more => {
            let more: Vec<String> = more.iter().map(i64::to_string).collect();
            format!(" `{}` (raw {}; raw {} decode to it too).", v.name, v.raw, more.join(", "))
        }
    });
    let mut enum_variants: syn::punctuated::Punctuated<syn::Variant, syn::Token![,]> = variants
        .iter()
        .zip(variant_docs)
        .map(|(v, doc)| syn::Variant { attrs: vec![syntax::doc(&doc)], ident: v.clone(), fields: syn::Fields::Unit, discriminant: None })
        .collect();
    let raw: syn::Field = syn::Field {
        attrs: Vec::new(),
        vis: syn::Visibility::Inherited,
        mutability: syn::FieldMutability::None,
        ident: None,
        colon_token: None,
        ty: syn::parse_quote!(i64),
    };
    enum_variants.push(syn::Variant {
        attrs: vec![syntax::doc(" A raw value the spec does not name (kept, never discarded).")],
        ident: catch_all.clone(),
        fields: syn::Fields::Unnamed(syn::FieldsUnnamed { paren_token: Default::default(), unnamed: std::iter::once(raw).collect() }),
        discriminant: None,
    });
    let item = syn::ItemEnum {
        attrs: vec![syntax::doc(&format!(" Values of {}.", users(&e.used_by))), derive.clone()],
        vis: syn::Visibility::Public(Default::default()),
        enum_token: Default::default(),
        ident: ty.clone(),
        generics: Default::default(),
        brace_token: Default::default(),
        variants: enum_variants,
    };
    let [mm, impl_modbus_enum] = syntax::idents(["mm", "impl_modbus_enum"]);
    let impls = syntax::macro_item(
        syntax::path(&[&mm, &impl_modbus_enum]),
        quote!(#ty { #(#variants = #raws #(| #also)* => #names),* } #catch_all),
    );
    [syn::Item::Enum(item), impls]
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
