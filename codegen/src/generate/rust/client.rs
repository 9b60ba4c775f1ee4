//! The typed client: one struct per block template (what a block read returns),
//! one handle type per block (`client.hc(n)?` for a repeated block, checked
//! against its count; `client.thermostat()` for a plain one) with a typed read
//! and write per template register, and `Client`, whose newtype over the
//! runtime's `DeviceClient` is the runtime's `device_client!`; the generated part
//! is what depends on the device.

use super::syntax::{self, Chunk};
use super::{doc_attrs, handle_ident, ident, summary, type_ident, BlockSpan, Gen, E};
use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote, ToTokens};
use foldhash::HashMap;

pub(super) fn tokens(gen: &Gen) -> Result<TokenStream, String> {
    Ok(chunks(gen)?.into_iter().map(Chunk::into_tokens).collect())
}

/// The items of [`tokens`] block by block, so each can be formatted on its own
/// (see `descriptors::chunks`); a block's fields and accessors are built as syntax trees.
pub(super) fn chunks(gen: &Gen) -> Result<Vec<Chunk>, String> {
    let d = gen.device;
    let mut types = FieldTypes::default();
    let mut chunks = gen.blocks.iter().map(|span| block_items(gen, span, &mut types).map(Chunk::Built)).collect::<Result<Vec<_>, String>>()?;
    let accessors = gen.blocks.iter().map(|span| accessor(gen, span));
    let readable: Vec<&BlockSpan> = gen.blocks.iter().filter(|s| has_readable(gen, s)).collect();
    let all_fields = readable.iter().map(|span| {
        let (field, ty) = (ident(&span.block.name), type_ident(&span.block.name));
        let ty = if span.is_repeated() { quote!(mm::Vec<#ty>) } else { quote!(#ty) };
        let doc = format!(" Block `{}`{}.", span.block.name, if span.is_repeated() { ", every instance in order" } else { "" });
        quote! { #[doc = #doc] pub #field: #ty, }
    });
    let all_inits = readable.iter().map(|span| {
        let field = ident(&span.block.name);
        let slice = gen.block_slice(span);
        if span.is_repeated() {
            let per = Literal::usize_unsuffixed(span.per_instance);
            quote!(#field: v.blocks(#slice, #per)?,)
        } else {
            quote!(#field: v.block(#slice)?,)
        }
    });
    let detect = d.word_order_coil.as_deref().and_then(|q| d.registers.iter().position(|r| r.qualified_name == q)).map(|i| {
        let k = Literal::usize_unsuffixed(gen.position[i]);
        let doc = format!(
            " Reads coil `{}` (true = high word first) and uses that word order for every 32/64-bit register from now on.",
            d.registers[i].qualified_name
        );
        quote! {
            #[doc = #doc]
            pub async fn detect_word_order(&mut self) -> mm::ModbusResult<mm::WordOrder> {
                self.0.sync_word_order(&REGISTERS[#k]).await
            }
        }
    });
    let title = d.title.clone().unwrap_or_else(|| d.name.clone());
    chunks.push(Chunk::Quoted(quote! {
        /// Everything [`Client::read_all`] returns: one field per block.
        #[derive(Debug, Clone, PartialEq)]
        pub struct All { #(#all_fields)* }
        mm::device_client!(#title);
        impl<C: mm::Reader + mm::Writer> Client<C> {
            #(#accessors)*
            /// Reads every readable register of the device (those the connected
            /// firmware has) in as few requests as the planner allows.
            pub async fn read_all(&mut self) -> mm::ModbusResult<All> {
                self.0.read_decoded(&REGISTERS, &REGISTERS, LIMITS, |v| ::core::result::Result::Ok(All { #(#all_inits)* })).await
            }
            #detect
        }
    }));
    Ok(chunks)
}

/// The Rust type of each kind of field, parsed once and cloned into every field of that kind.
#[derive(Default)]
struct FieldTypes(HashMap<FieldKind, syn::Type>);

/// What a field's type depends on: engineering type, enumeration, flag set, sentinels, `since`.
type FieldKind = (E, Option<usize>, Option<usize>, bool, bool);

impl FieldTypes {
    fn of(&mut self, gen: &Gen, r: &crate::ir::Register) -> Result<syn::Type, String> {
        let optional = r.keys.since.is_some();
        let key = (super::engineering_type(r), r.enumeration, r.flags, !r.sentinels.is_empty(), optional);
        if let Some(ty) = self.0.get(&key) {
            return Ok(ty.clone());
        }
        let vty = gen.value_type(r);
        let ty: syn::Type = syntax::parse(if optional { quote!(::core::option::Option<#vty>) } else { vty })?;
        self.0.insert(key, ty.clone());
        Ok(ty)
    }
}

fn has_readable(gen: &Gen, span: &BlockSpan) -> bool {
    span.template.iter().any(|&i| gen.device.registers[i].access.readable())
}

/// `client.hc(n)?` / `client.thermostat()`.
fn accessor(gen: &Gen, span: &BlockSpan) -> TokenStream {
    let b = span.block;
    let (name, handle, slice) = (ident(&b.name), handle_ident(b), gen.block_slice(span));
    match b.repeat {
        Some(rep) => {
            let count = Literal::u16_unsuffixed(rep.count);
            let block = &b.name;
            let doc = format!(
                " Block `{block}`, instance `n` of 1..={} (base {} + (n − 1) × {}); other `n` are refused locally.",
                rep.count, b.base, rep.stride
            );
            quote! {
                #[doc = #doc]
                pub fn #name(&mut self, n: u16) -> ::core::result::Result<#handle<'_, C>, mm::Error> {
                    self.0.instance(#block, n, #count, #slice, &REGISTERS, LIMITS).map(#handle)
                }
            }
        }
        None => {
            let doc = format!(" Block `{}` (base {}).", b.name, b.base);
            quote! {
                #[doc = #doc]
                pub fn #name(&mut self) -> #handle<'_, C> {
                    #handle(self.0.block(#slice, &REGISTERS, LIMITS))
                }
            }
        }
    }
}

/// The block struct, its `Block` impl and its handle type with the typed accessors.
fn block_items(gen: &Gen, span: &BlockSpan, types: &mut FieldTypes) -> Result<Vec<syn::Item>, String> {
    let b = span.block;
    let regs: Vec<_> = span.template.iter().map(|&i| &gen.device.registers[i]).collect();
    let ty = type_ident(&b.name);
    let handle = handle_ident(b);
    let [mm, register_fns, block_decode] = syntax::idents(["mm", "register_fns", "block_decode"]);
    let register_fns = syntax::path(&[&mm, &register_fns]);
    let mut fields = Vec::new();
    let mut inits = Vec::new();
    let mut methods = Vec::new();
    for (j, r) in regs.iter().enumerate() {
        let jl = Literal::usize_unsuffixed(j);
        let field = ident(&r.name);
        let what = summary(r);
        let readable = r.access.readable();
        let writable = r.access.writable() && r.table.is_writable();
        if readable {
            fields.push(syntax::field(&format!(" {what}"), field.clone(), types.of(gen, r)?));
            inits.push(if r.keys.since.is_some() { quote!(#field #jl since) } else { quote!(#field #jl) });
        }
        if readable || writable {
            // The fns themselves are the runtime's `register_fns!`: one line here per register.
            let name = super::accessor_name(r);
            let read = if readable { format_ident!("read_{}", name).into_token_stream() } else { quote!(_) };
            let write = if writable { format_ident!("write_{}", name).into_token_stream() } else { quote!(_) };
            let kind = match super::engineering_type(r) {
                E::String => quote!(str),
                E::Raw => quote!(raw),
                // A type of several tokens goes in brackets: the macro takes one token tree.
                _ if !r.sentinels.is_empty() => {
                    let vty = gen.value_type(r);
                    quote!([#vty])
                }
                _ => gen.value_type(r),
            };
            methods.push(syntax::impl_macro(register_fns.clone(), quote!(#read, #write, #jl, #kind, #what)));
        }
    }
    let mut doc = vec![b.description.clone().unwrap_or_else(|| format!("Readable registers of block `{}`.", b.name))];
    if let Some(rep) = b.repeat {
        doc.push(String::new());
        doc.push(format!("One struct for every instance: {} instances at base {} + (n − 1) × {}.", rep.count, b.base, rep.stride));
    }
    let doc = doc_attrs(&doc);
    let handle_doc = format!(" The registers of one instance of block `{}`, read and written one by one or whole.", b.name);
    let read_block = has_readable(gen, span).then(|| {
        let doc = format!(" Reads every readable register of the `{}` instance in as few requests as the planner allows.", b.name);
        quote! {
            #[doc = #doc]
            pub fn read(&mut self) -> impl ::core::future::Future<Output = mm::ModbusResult<#ty>> + use<'_, 'a, C> { self.0.read_block() }
        }
    });
    let mut block_struct: syn::ItemStruct = syntax::parse(quote! {
        #doc
        #[derive(Debug, Clone, PartialEq)]
        pub struct #ty {}
    })?;
    if let syn::Fields::Named(named) = &mut block_struct.fields {
        named.named = fields.into_iter().collect();
    }
    let decode = syntax::macro_item(syntax::path(&[&mm, &block_decode]), quote!(#ty { #(#inits),* }));
    let handle_struct: syn::Item = syntax::parse(quote! {
        #[doc = #handle_doc]
        #[derive(Debug)]
        pub struct #handle<'a, C>(pub mm::BlockClient<'a, C>);
    })?;
    let mut accessors: syn::ItemImpl = syntax::parse(quote! {
        impl<'a, C: mm::Reader + mm::Writer> #handle<'a, C> {
            #read_block
        }
    })?;
    accessors.items.extend(methods);
    Ok(vec![syn::Item::Struct(block_struct), decode, handle_struct, syn::Item::Impl(accessors)])
}
