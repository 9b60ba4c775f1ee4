//! `REGISTERS`, one `RepeatedBlock` per repeated block and one `const` per
//! register of the others. A descriptor is a `const fn` builder chain that names
//! only what differs from `RegisterDescriptor::new`'s defaults; a repeated block
//! is its template and the names of its further instances (`D::repeat`), which
//! the compiler expands.

use super::{f64_tokens, version_tokens, Gen};
use crate::ir::{Access, ByteOrder, Register, Table, WordOrder, WriteFunction};
use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::{format_ident, quote};

pub(super) fn tokens(gen: &Gen) -> TokenStream {
    let d = gen.device;
    let n = Literal::usize_unsuffixed(gen.order.len());
    let mut templates = TokenStream::new();
    let mut parts = Vec::new();
    let mut done = 0;
    for span in &gen.blocks {
        let part = match span.block.repeat {
            Some(rep) => {
                let name = format_ident!("{}", span.block.name.to_uppercase());
                let len = Literal::usize_unsuffixed(span.per_instance);
                let builders = span.template.iter().map(|&i| builder(gen, &d.registers[i]));
                let doc = format!(" Template of block `{}`: its first instance.", span.block.name);
                templates.extend(quote! { #[doc = #doc] const #name: [D; #len] = [#(#builders),*]; });
                match instance_names(gen, span, rep.stride) {
                    Some(names) => {
                        let instances = format_ident!("{}_INSTANCES", name);
                        let (all, stride) = (Literal::usize_unsuffixed(span.end() - span.start), Literal::u16_unsuffixed(rep.stride));
                        let doc = format!(" Every instance of block `{}`: the template moved by {} addresses per instance.", span.block.name, rep.stride);
                        templates.extend(quote! { #[doc = #doc] const #instances: [D; #all] = D::repeat(&#name, #stride, &[#(#names),*]); });
                        quote!(&#instances)
                    }
                    None => {
                        let items = (span.start..span.end()).map(|k| instance_item(gen, span, &name, k));
                        quote!(&[#(#items),*])
                    }
                }
            }
            None => {
                let builders = (span.start..span.end()).map(|k| builder(gen, &d.registers[gen.order[k]]));
                quote!(&[#(#builders),*])
            }
        };
        parts.push(part);
        done = span.end();
    }
    if done < gen.order.len() {
        let builders = gen.order[done..].iter().map(|&i| builder(gen, &d.registers[i]));
        parts.push(quote!(&[#(#builders),*]));
    }
    let all = if gen.order.is_empty() { quote!([]) } else { quote!(D::table(&[#(#parts),*])) };
    // A repeated block is one `RepeatedBlock` (instances by number); other registers a const each.
    let consts = gen.blocks.iter().filter(|span| span.is_repeated()).map(|span| {
        let b = span.block;
        let c = super::block_const_ident(b);
        let count = Literal::u16_unsuffixed(span.count() as u16);
        let (start, len) = (Literal::usize_unsuffixed(span.start), Literal::usize_unsuffixed(span.per_instance));
        let name = &b.name;
        let doc = format!(
            " Block `{name}`: {} instances of {} registers, instance `n` at base {} + (n − 1) × {} (`{c}.register(n, \"name\")`).",
            span.count(),
            span.per_instance,
            b.base,
            b.repeat.map_or(0, |r| r.stride),
        );
        quote!(#[doc = #doc] pub const #c: mm::RepeatedBlock = mm::RepeatedBlock::new(#name, #count, &REGISTERS, #start, #len);)
    });
    let register_consts = gen.order.iter().enumerate().filter(|&(k, _)| !gen.in_repeated_block(k)).map(|(k, &i)| {
        let r = &d.registers[i];
        let c = super::const_ident(r);
        let doc = format!(" `{}`: {} {}.", r.qualified_name, r.table.as_str(), r.address);
        let k = Literal::usize_unsuffixed(k);
        quote!(#[doc = #doc] pub const #c: mm::RegisterDescriptor = descriptors::ALL[#k];)
    });
    quote! {
        /// Every register of the device, block by block in spec order, instance by instance.
        pub static REGISTERS: [mm::RegisterDescriptor; #n] = descriptors::ALL;
        mod descriptors {
            use super::mm::{self, Access::*, ByteOrder, DataType::*, RegisterDescriptor as D, Table::*, WordOrder};
            pub const ALL: [D; #n] = #all;
            #templates
        }
        #(#consts)*
        #(#register_consts)*
    }
}

/// The names of every instance after the first, in order, when each of them is
/// exactly its template moved by the block's stride (what `D::repeat` builds).
fn instance_names<'a>(gen: &Gen<'a>, span: &super::BlockSpan, stride: u16) -> Option<Vec<&'a str>> {
    let d = gen.device;
    let mut names = Vec::with_capacity(span.end() - span.start - span.per_instance);
    for k in span.start + span.per_instance..span.end() {
        let (instance, j) = ((k - span.start) / span.per_instance, (k - span.start) % span.per_instance);
        let (template, r) = (&d.registers[span.template[j]], &d.registers[gen.order[k]]);
        let moved = u32::from(template.address) + instance as u32 * u32::from(stride);
        if u32::from(r.address) != moved || !same_but_place(gen, template, r) {
            return None;
        }
        names.push(r.qualified_name.as_str());
    }
    Some(names)
}

/// One register of a repeated block whose instances are not all plain copies:
/// the template's entry, its copy `.at(name, address)`, or its own descriptor.
fn instance_item(gen: &Gen, span: &super::BlockSpan, name: &Ident, k: usize) -> TokenStream {
    let d = gen.device;
    let r = &d.registers[gen.order[k]];
    let j = (k - span.start) % span.per_instance;
    let template_reg = &d.registers[span.template[j]];
    let j = Literal::usize_unsuffixed(j);
    if std::ptr::eq(template_reg, r) {
        quote!(#name[#j])
    } else if same_but_place(gen, template_reg, r) {
        let (q, a) = (&r.qualified_name, Literal::u16_unsuffixed(r.address));
        quote!(#name[#j].at(#q, #a))
    } else {
        builder(gen, r)
    }
}

/// Whether `r` is `template` at another name and address (the usual repeated-block
/// instance): every other field [`builder`] writes is the same.
fn same_but_place(gen: &Gen, template: &Register, r: &Register) -> bool {
    // `.at()` moves the factor with the register: same place relative to it.
    let factor_offset = |r: &Register| gen.device.scale_factor_address(r).map(|a| i32::from(a) - i32::from(r.address));
    let facts = |r: &Register| {
        (
            (r.unit_id, r.table, r.data_type, r.length, r.access, r.scale.to_bits(), r.offset.to_bits(), factor_offset(r)),
            (r.min.map(f64::to_bits), r.max.map(f64::to_bits), r.keys.plausible_min.map(f64::to_bits), r.keys.plausible_max.map(f64::to_bits), r.word_order, r.byte_order, r.keys.since.clone(), r.keys.safety, r.keys.self_clearing),
            (r.alias_of.clone(), r.keys.unit.clone(), r.enumeration, r.flags, r.write_function),
        )
    };
    facts(template) == facts(r)
}

/// `D::new(name, table, address, type)` and a `with_*` call for every field that
/// differs from `RegisterDescriptor::new`'s defaults.
fn builder(gen: &Gen, r: &Register) -> TokenStream {
    let (name, address) = (&r.qualified_name, Literal::u16_unsuffixed(r.address));
    let table = variant(match r.table {
        Table::Coil => "Coil",
        Table::Discrete => "Discrete",
        Table::Input => "Input",
        Table::Holding => "Holding",
    });
    let data_type = variant(&heck::ToUpperCamelCase::to_upper_camel_case(r.data_type.as_str()));
    let mut calls = Vec::new();
    if r.unit_id != 1 {
        let u = Literal::u8_unsuffixed(r.unit_id);
        calls.push(quote!(.with_unit_id(#u)));
    }
    if r.data_type.has_length() {
        let n = Literal::u16_unsuffixed(r.length);
        calls.push(quote!(.with_length(#n)));
    }
    if r.access != Access::default_for(r.table) {
        let a = variant(match r.access {
            Access::Read => "Read",
            Access::Write => "Write",
            Access::ReadWrite => "ReadWrite",
        });
        calls.push(quote!(.with_access(#a)));
    }
    if modbus_map_core::codec::is_scaled(r.scale, r.offset) {
        let (s, o) = (f64_tokens(r.scale), f64_tokens(r.offset));
        calls.push(quote!(.with_scale(#s, #o)));
    }
    if let Some(sf) = gen.device.scale_factor_address(r) {
        let sf = Literal::u16_unsuffixed(sf);
        calls.push(quote!(.with_scale_factor(#sf)));
    }
    match (r.min, r.max) {
        (Some(min), Some(max)) => {
            let (lo, hi) = (f64_tokens(min), f64_tokens(max));
            calls.push(quote!(.with_range(#lo, #hi)));
        }
        (Some(min), None) => {
            let m = f64_tokens(min);
            calls.push(quote!(.with_min(#m)));
        }
        (None, Some(max)) => {
            let m = f64_tokens(max);
            calls.push(quote!(.with_max(#m)));
        }
        (None, None) => {}
    }
    if r.keys.plausible_min.is_some() || r.keys.plausible_max.is_some() {
        let bound = |b: Option<f64>| b.map_or_else(|| quote!(None), |x| {
            let x = f64_tokens(x);
            quote!(Some(#x))
        });
        let (lo, hi) = (bound(r.keys.plausible_min), bound(r.keys.plausible_max));
        calls.push(quote!(.with_plausible(#lo, #hi)));
    }
    if r.word_order != WordOrder::HighFirst {
        calls.push(quote!(.with_word_order(WordOrder::LowFirst)));
    }
    if r.byte_order != ByteOrder::HighFirst {
        calls.push(quote!(.with_byte_order(ByteOrder::LowFirst)));
    }
    if let Some(v) = r.keys.since.as_deref().and_then(version_tokens) {
        calls.push(quote!(.with_since(#v)));
    }
    if r.keys.safety {
        calls.push(quote!(.with_safety()));
    }
    if r.keys.self_clearing {
        calls.push(quote!(.with_self_clearing()));
    }
    match r.write_function {
        WriteFunction::Any => {}
        WriteFunction::Single => calls.push(quote!(.with_write_function(mm::WriteFunction::Single))),
        WriteFunction::Multiple => calls.push(quote!(.with_write_function(mm::WriteFunction::Multiple))),
    }
    if let Some(a) = &r.alias_of {
        calls.push(quote!(.with_alias_of(#a)));
    }
    if let Some(u) = &r.keys.unit {
        calls.push(quote!(.with_unit(#u)));
    }
    // The descriptor lists the values a write may carry whatever the Rust type (values win over bits).
    if let Some(i) = r.enumeration {
        let ty = gen.enum_type(i);
        calls.push(quote!(.with_values(super::#ty::VALUES)));
    }
    if let Some(i) = r.flags {
        let ty = gen.flag_type(i);
        calls.push(quote!(.with_bits(super::#ty::BITS)));
    }
    debug_assert_eq!(r.width, r.data_type.width(r.length), "{}: IR width and type disagree", r.qualified_name);
    quote!(D::new(#name, #table, #address, #data_type) #(#calls)*)
}

fn variant(name: &str) -> Ident {
    Ident::new(name, Span::call_site())
}
