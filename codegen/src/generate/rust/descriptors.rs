//! `REGISTERS`, one `RepeatedBlock` per repeated block and one `const` per
//! register of the others. A descriptor is a `const fn` builder chain that names
//! only what differs from `RegisterDescriptor::new`'s defaults; a repeated block
//! is its template and the names of its further instances (`D::repeat`), which
//! the compiler expands. Registers that differ only in name and address (most of
//! a large map: the same type, scale, unit and range over and over) share one
//! chain, a shape, and are written as `ShapeK.at(name, address)`.

use super::syntax::{self, Chunk};
use super::{version_expr, Gen};
use crate::ir::{Access, ByteOrder, Register, Table, WordOrder, WriteFunction};
use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::{format_ident, quote};
use foldhash::{HashMap, HashMapExt};

pub(super) fn tokens(gen: &Gen) -> TokenStream {
    chunks(gen).into_iter().map(Chunk::into_tokens).collect()
}

/// The items of [`tokens`] in runs that can be formatted one by one. What a
/// device has thousands of (table entries and their chains, instance names,
/// register consts) is built as syntax trees ([`syntax`]).
pub(super) fn chunks(gen: &Gen) -> Vec<Chunk> {
    let d = gen.device;
    let n = Literal::usize_unsuffixed(gen.order.len());
    let shapes = Shapes::new(gen);
    let descriptor = |i: usize| shapes.descriptor(gen, i);
    let [d_ident, repeat, table] = syntax::idents(["D", "repeat", "table"]);
    let mut templates = Vec::new();
    let mut parts = Vec::new();
    let mut done = 0;
    for span in &gen.blocks {
        let part = match span.block.repeat {
            Some(rep) => {
                let name = format_ident!("{}", span.block.name.to_uppercase());
                let len = Literal::usize_unsuffixed(span.per_instance);
                let builders = span.template.iter().map(|&i| descriptor(i));
                let doc = format!(" Template of block `{}`: its first instance.", span.block.name);
                templates.push(syntax::const_item(Some(&doc), false, name.clone(), syn::parse_quote!([D; #len]), syntax::array(builders)));
                match instance_names(gen, span, rep.stride) {
                    Some(names) => {
                        let instances = format_ident!("{}_INSTANCES", name);
                        let all = Literal::usize_unsuffixed(span.end() - span.start);
                        let doc = format!(" Every instance of block `{}`: the template moved by {} addresses per instance.", span.block.name, rep.stride);
                        let value = syntax::call(
                            syntax::path_expr(&[&d_ident, &repeat]),
                            [
                                syntax::reference(syntax::path_expr(&[&name])),
                                syntax::lit_int(usize::from(rep.stride)),
                                syntax::reference(syntax::array(names.into_iter().map(syntax::lit_str))),
                            ],
                        );
                        templates.push(syntax::const_item(Some(&doc), false, instances.clone(), syn::parse_quote!([D; #all]), value));
                        syntax::reference(syntax::path_expr(&[&instances]))
                    }
                    None => {
                        let items = (span.start..span.end()).map(|k| instance_item(gen, span, &name, k));
                        syntax::reference(syntax::array(items))
                    }
                }
            }
            None => {
                let builders = (span.start..span.end()).map(|k| descriptor(gen.order[k]));
                syntax::reference(syntax::array(builders))
            }
        };
        parts.push(part);
        done = span.end();
    }
    if done < gen.order.len() {
        let builders = gen.order[done..].iter().map(|&i| descriptor(i));
        parts.push(syntax::reference(syntax::array(builders)));
    }
    let all = if gen.order.is_empty() {
        syntax::array([])
    } else {
        syntax::call(syntax::path_expr(&[&d_ident, &table]), [syntax::reference(syntax::array(parts))])
    };
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
    let descriptor_type: syn::Type = syn::parse_quote!(mm::RegisterDescriptor);
    let [descriptors, all_ident] = syntax::idents(["descriptors", "ALL"]);
    let register_consts: Vec<syn::Item> = gen
        .order
        .iter()
        .enumerate()
        .filter(|&(k, _)| !gen.in_repeated_block(k))
        .map(|(k, &i)| {
            let r = &d.registers[i];
            let doc = format!(" `{}`: {} {}.", r.qualified_name, r.table.as_str(), r.address);
            let value = syntax::index(syntax::path_expr(&[&descriptors, &all_ident]), k);
            syntax::const_item(Some(&doc), true, super::const_ident(r), descriptor_type.clone(), value)
        })
        .collect();
    let mut module: syn::ItemMod = syn::parse_quote! {
        // Shapes are `ShapeK`: no block name is upper case of its own, so they cannot meet a template's name.
        #[allow(non_upper_case_globals)]
        mod descriptors {
            use super::mm::{self, Access::*, ByteOrder, DataType::*, RegisterDescriptor as D, Table::*, WordOrder};
        }
    };
    if let Some((_, items)) = &mut module.content {
        let ty: syn::Type = syn::parse_quote!([D; #n]);
        items.push(syntax::const_item(None, true, all_ident.clone(), ty, all));
        items.extend(templates);
        items.extend(shapes.items(gen));
    }
    let mut chunks = vec![
        Chunk::Quoted(quote! {
            /// Every register of the device, block by block in spec order, instance by instance.
            pub static REGISTERS: [mm::RegisterDescriptor; #n] = descriptors::ALL;
        }),
        Chunk::Built(vec![syn::Item::Mod(module)]),
        Chunk::Quoted(quote!(#(#consts)*)),
    ];
    let mut register_consts = register_consts.into_iter().peekable();
    while register_consts.peek().is_some() {
        chunks.push(Chunk::Built(register_consts.by_ref().take(CONSTS_PER_CHUNK).collect()));
    }
    let examples = examples_test(gen);
    if !examples.is_empty() {
        chunks.push(Chunk::Quoted(examples));
    }
    chunks
}

/// A test of the spec's examples (words → value) through the codec, the check `lint`
/// makes, so a crate that includes the module keeps checking them; nothing without examples.
fn examples_test(gen: &Gen) -> TokenStream {
    let d = gen.device;
    let rows: Vec<TokenStream> = gen
        .order
        .iter()
        .enumerate()
        .map(|(k, &i)| (k, &d.registers[i]))
        .filter(|(_, r)| r.instance_index.is_none_or(|n| n == 1))
        .flat_map(|(k, r)| {
            r.keys.examples.iter().filter_map(move |e| {
                let value = value_tokens(&d.example_value(r, &e.value)?);
                // Hex, as vendors' tables write words.
                let words = e.words.iter().map(|&w| syn::LitInt::new(&crate::generate::filters::hex(u64::from(w)), proc_macro2::Span::call_site()));
                let k = Literal::usize_unsuffixed(k);
                Some(quote!((#k, &[#(#words),*], #value)))
            })
        })
        .collect();
    if rows.is_empty() {
        return TokenStream::new();
    }
    quote! {
        /// The spec's examples hold both ways through the codec (what `lint` checks).
        #[cfg(test)]
        #[test]
        fn spec_examples_hold() {
            use mm::modbus_map_core::value::{check_example, Value as V};
            let examples: &[(usize, &[u16], V)] = &[#(#rows),*];
            for (k, words, value) in examples {
                if let ::core::result::Result::Err(e) = check_example(&REGISTERS[*k], words, value) {
                    ::core::panic!("`{}` example {:?} = {}: {}", REGISTERS[*k].name, words, value, e);
                }
            }
        }
    }
}

fn value_tokens(v: &modbus_map_core::value::Value) -> TokenStream {
    use modbus_map_core::value::Value as V;
    match v {
        V::Bool(b) => quote!(V::Bool(#b)),
        V::Unsigned(u) => {
            let u = Literal::u64_unsuffixed(*u);
            quote!(V::Unsigned(#u))
        }
        V::Signed(i) => {
            let i = super::i64_tokens(*i);
            quote!(V::Signed(#i))
        }
        V::Float(x) => {
            let x = super::f64_tokens(*x);
            quote!(V::Float(#x))
        }
        V::Text(t) => quote!(V::Text(#t.into())),
        V::Raw(words) => quote!(V::Raw(mm::Vec::from([#(#words),*]))),
    }
}

/// Register consts per chunk of [`chunks`]: small enough to keep the syntax tree small.
const CONSTS_PER_CHUNK: usize = 256;

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
fn instance_item(gen: &Gen, span: &super::BlockSpan, name: &Ident, k: usize) -> syn::Expr {
    let d = gen.device;
    let r = &d.registers[gen.order[k]];
    let j = (k - span.start) % span.per_instance;
    let template_reg = &d.registers[span.template[j]];
    let entry = syntax::index(syntax::path_expr(&[name]), j);
    if std::ptr::eq(template_reg, r) {
        entry
    } else if same_but_place(gen, template_reg, r) {
        syntax::method_call(entry, "at", [syntax::lit_str(&r.qualified_name), syntax::lit_int(usize::from(r.address))])
    } else {
        builder(gen, r)
    }
}

/// Whether `r` is `template` at another name and address (the usual repeated-block
/// instance): every other field [`builder`] writes is the same.
fn same_but_place(gen: &Gen, template: &Register, r: &Register) -> bool {
    facts_but_place(gen, template) == facts_but_place(gen, r)
}

/// Every field [`builder`] writes but the name and the address; `.at()` moves a
/// scale factor with the register, so the factor counts by its place relative to it.
fn facts_but_place<'r>(gen: &Gen, r: &'r Register) -> impl Eq + std::hash::Hash + 'r {
    let factor_offset = gen.device.scale_factor_address(r).map(|a| i32::from(a) - i32::from(r.address));
    let high_word_offset = r.high_word.map(|a| i32::from(a) - i32::from(r.address));
    (
        (r.unit_id, r.table, r.data_type, r.length, r.access, r.scale.to_bits(), r.offset.to_bits(), factor_offset, high_word_offset),
        (r.min.map(f64::to_bits), r.max.map(f64::to_bits), r.keys.plausible_min.map(f64::to_bits), r.keys.plausible_max.map(f64::to_bits), r.word_order, r.byte_order, r.keys.since.as_deref(), r.keys.safety, r.keys.self_clearing),
        (r.alias_of.as_deref(), r.keys.unit.as_deref(), r.enumeration, r.flags, r.write_function, r.sentinels.as_slice()),
    )
}

/// The descriptor chains that more than one written-out register shares but for its
/// name and address, numbered in the order `REGISTERS` first meets them.
struct Shapes<'a> {
    /// IR index of each shape's first register, in shape order.
    first: Vec<usize>,
    /// Registers sharing each shape.
    users: Vec<usize>,
    /// Shape of each IR register, where it has one (indexed like the IR's registers).
    of: Vec<Option<usize>>,
    device: &'a crate::ir::Device,
}

impl<'a> Shapes<'a> {
    fn new(gen: &Gen<'a>) -> Self {
        let d = gen.device;
        // What `tokens` writes out as a chain: templates of repeated blocks, every
        // register of the others (an instance that is not a plain copy is rare and
        // keeps its own chain).
        let written = gen.blocks.iter().flat_map(|span| -> Box<dyn Iterator<Item = usize> + '_> {
            if span.is_repeated() {
                Box::new(span.template.iter().copied())
            } else {
                Box::new(gen.order[span.start..span.end()].iter().copied())
            }
        });
        let done = gen.blocks.last().map_or(0, |span| span.end());
        let written: Vec<usize> = written.chain(gen.order[done..].iter().copied()).collect();
        let mut index = HashMap::new();
        let mut group_of = Vec::with_capacity(written.len());
        let mut groups: Vec<(usize, usize)> = Vec::new();
        for &i in &written {
            let r = &d.registers[i];
            // A factor's or a high word's address is absolute in a chain; such a register keeps its own.
            if d.scale_factor_address(r).is_some() || r.high_word.is_some() {
                group_of.push(None);
                continue;
            }
            let g = *index.entry(facts_but_place(gen, r)).or_insert_with(|| {
                groups.push((i, 0));
                groups.len() - 1
            });
            groups[g].1 += 1;
            group_of.push(Some(g));
        }
        let mut number = vec![usize::MAX; groups.len()];
        let (mut first, mut users, mut of) = (Vec::new(), Vec::new(), vec![None; d.registers.len()]);
        for (&i, g) in written.iter().zip(group_of) {
            let Some(g) = g else { continue };
            if groups[g].1 < 2 {
                continue;
            }
            if number[g] == usize::MAX {
                number[g] = first.len();
                first.push(groups[g].0);
                users.push(groups[g].1);
            }
            of[i] = Some(number[g]);
        }
        Shapes { first, users, of, device: d }
    }

    fn ident(k: usize) -> Ident {
        format_ident!("Shape{}", k)
    }

    /// IR register `i`: `ShapeK.at(name, address)` when it has a shape, else its own chain.
    fn descriptor(&self, gen: &Gen, i: usize) -> syn::Expr {
        let r = &self.device.registers[i];
        match self.of[i] {
            Some(k) => {
                let shape = syntax::path_expr(&[&Self::ident(k)]);
                syntax::method_call(shape, "at", [syntax::lit_str(&r.qualified_name), syntax::lit_int(usize::from(r.address))])
            }
            None => builder(gen, r),
        }
    }

    /// One const per shape: its first register's chain at the empty name and address 0.
    fn items(&self, gen: &Gen) -> Vec<syn::Item> {
        let d: syn::Type = syn::parse_quote!(D);
        self.first
            .iter()
            .zip(&self.users)
            .enumerate()
            .map(|(k, (&i, &users))| {
                let shape = Self::ident(k);
                let mut r = self.device.registers[i].clone();
                r.qualified_name = String::new();
                r.address = 0;
                let doc = format!(" Shared by {users} registers, each at its own name and address (`{shape}.at(name, address)`).");
                syntax::const_item(Some(&doc), false, shape, d.clone(), builder(gen, &r))
            })
            .collect()
    }
}

/// `D::new(name, table, address, type)` and a `with_*` call for every field that
/// differs from `RegisterDescriptor::new`'s defaults, built as a syntax tree (a
/// large device has hundreds of chains; quoted, syn would parse each back).
fn builder(gen: &Gen, r: &Register) -> syn::Expr {
    let table = variant(match r.table {
        Table::Coil => "Coil",
        Table::Discrete => "Discrete",
        Table::Input => "Input",
        Table::Holding => "Holding",
    });
    let data_type = variant(&heck::ToUpperCamelCase::to_upper_camel_case(r.data_type.as_str()));
    let [d, new, mm, none, some, word_order, low_first, write_function, values, bits, sup] =
        syntax::idents(["D", "new", "mm", "None", "Some", "WordOrder", "LowFirst", "WriteFunction", "VALUES", "BITS", "super"]);
    // `(method, arguments)` of each `with_*` call, in chain order.
    let mut calls: Vec<(&str, Vec<syn::Expr>)> = Vec::new();
    let mut with = |method, args| calls.push((method, args));
    if r.unit_id != 1 {
        with("with_unit_id", vec![syntax::lit_int(usize::from(r.unit_id))]);
    }
    if r.data_type.has_length() {
        with("with_length", vec![syntax::lit_int(usize::from(r.length))]);
    }
    // `.with_high_word` makes the register read-only and `low_first` itself.
    if let Some(high) = r.high_word {
        with("with_high_word", vec![syntax::lit_int(usize::from(high))]);
    }
    if r.access != Access::default_for(r.table) && r.high_word.is_none() {
        let a = variant(match r.access {
            Access::Read => "Read",
            Access::Write => "Write",
            Access::ReadWrite => "ReadWrite",
        });
        with("with_access", vec![syntax::path_expr(&[&a])]);
    }
    if modbus_map_core::codec::is_scaled(r.scale, r.offset) {
        with("with_scale", vec![syntax::lit_f64(r.scale), syntax::lit_f64(r.offset)]);
    }
    if let Some(sf) = gen.device.scale_factor_address(r) {
        with("with_scale_factor", vec![syntax::lit_int(usize::from(sf))]);
    }
    match (r.min, r.max) {
        (Some(min), Some(max)) => with("with_range", vec![syntax::lit_f64(min), syntax::lit_f64(max)]),
        (Some(min), None) => with("with_min", vec![syntax::lit_f64(min)]),
        (None, Some(max)) => with("with_max", vec![syntax::lit_f64(max)]),
        (None, None) => {}
    }
    if r.keys.plausible_min.is_some() || r.keys.plausible_max.is_some() {
        let bound = |b: Option<f64>| match b {
            Some(x) => syntax::call(syntax::path_expr(&[&some]), [syntax::lit_f64(x)]),
            None => syntax::path_expr(&[&none]),
        };
        with("with_plausible", vec![bound(r.keys.plausible_min), bound(r.keys.plausible_max)]);
    }
    if !r.sentinels.is_empty() {
        // Hex, as vendors' tables write them (0xFFFF), the type's bit pattern.
        let patterns = r.sentinels.iter().map(|&p| syntax::lit_hex(p));
        with("with_sentinels", vec![syntax::reference(syntax::array(patterns))]);
    }
    if r.word_order != WordOrder::HighFirst && r.high_word.is_none() {
        with("with_word_order", vec![syntax::path_expr(&[&word_order, &low_first])]);
    }
    if r.byte_order != ByteOrder::HighFirst {
        let byte_order = variant("ByteOrder");
        with("with_byte_order", vec![syntax::path_expr(&[&byte_order, &low_first])]);
    }
    if let Some(v) = r.keys.since.as_deref().and_then(version_expr) {
        with("with_since", vec![v]);
    }
    if r.keys.safety {
        with("with_safety", vec![]);
    }
    if r.keys.self_clearing {
        with("with_self_clearing", vec![]);
    }
    match r.write_function {
        WriteFunction::Any => {}
        WriteFunction::Single => with("with_write_function", vec![syntax::path_expr(&[&mm, &write_function, &variant("Single")])]),
        WriteFunction::Multiple => with("with_write_function", vec![syntax::path_expr(&[&mm, &write_function, &variant("Multiple")])]),
    }
    if let Some(a) = &r.alias_of {
        with("with_alias_of", vec![syntax::lit_str(a)]);
    }
    if let Some(u) = &r.keys.unit {
        with("with_unit", vec![syntax::lit_str(u)]);
    }
    // The descriptor lists the values a write may carry whatever the Rust type (values win over bits).
    if let Some(i) = r.enumeration {
        with("with_values", vec![syntax::path_expr(&[&sup, &gen.enum_type(i), &values])]);
    }
    if let Some(i) = r.flags {
        with("with_bits", vec![syntax::path_expr(&[&sup, &gen.flag_type(i), &bits])]);
    }
    debug_assert_eq!(r.width, r.data_type.width(r.length), "{}: IR width and type disagree", r.qualified_name);
    let new = syntax::call(
        syntax::path_expr(&[&d, &new]),
        [syntax::lit_str(&r.qualified_name), syntax::path_expr(&[&table]), syntax::lit_int(usize::from(r.address)), syntax::path_expr(&[&data_type])],
    );
    calls.into_iter().fold(new, |receiver, (method, args)| syntax::method_call(receiver, method, args))
}

fn variant(name: &str) -> Ident {
    Ident::new(name, Span::call_site())
}
