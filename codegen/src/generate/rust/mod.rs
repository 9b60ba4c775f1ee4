//! Generator: Rust.
//!
//! One `pub mod <device>` per spec, split by concern:
//! - [`descriptors`]: `REGISTERS`, every register's `RegisterDescriptor` block by
//!   block (a repeated block is its template and its instances' names, expanded
//!   by the compiler), a `RepeatedBlock` per repeated block and a `const` per
//!   register of the others;
//! - [`types`]: one enum per enumeration and one flags type per bit set of the
//!   IR, each shared by every register using it;
//! - [`client`]: one struct per block template, one handle type per block with
//!   its typed reads and writes, and `Client`, whose fixed part lives once in the
//!   runtime (`device_client!`, `DeviceClient`, `BlockClient`); it is wrapped in
//!   `tokio_client! { … }` so it exists only with `modbus-map`'s `tokio` feature;
//! - [`dispatch`]: the static slave dispatch tables of the dispatch layout.
//!
//! Everything but the client is `no_std`. Generated code reaches the runtime only
//! through `::modbus_map::__private`.

mod client;
mod descriptors;
mod dispatch;
mod syntax;
mod types;

use super::{Error, Options};
use syntax::Chunk;
use crate::ir::{self, Register};
use heck::ToUpperCamelCase;
use modbus_map_core::codec::EngineeringType as E;
use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::{format_ident, quote};
use std::collections::BTreeMap;

/// Renders the Rust module of one device: header comment lines, then the
/// prettyplease-formatted module. Its parts are built, parsed and formatted on
/// threads of their own (a large device's Rust is most of what `gen` costs), then
/// set inside the module's braces by hand; the client goes inside the
/// `tokio_client!` wrapper that way too, because prettyplease prints macro bodies
/// as one run of tokens.
pub fn generate(device: &ir::Device, options: &Options) -> Result<String, Error> {
    let fail = |message| Error { generator: "rust", device: device.name.clone(), message };
    let gen = Gen::new(device).map_err(fail)?;
    let parts: [Part; 4] =
        [|gen| Ok(descriptors::chunks(gen)), |gen| Ok(vec![Chunk::Quoted(types::tokens(gen))]), dispatch::chunks, client::chunks];
    let texts: Vec<Result<String, String>> = std::thread::scope(|scope| {
        let gen = &gen;
        let threads: Vec<_> = parts.iter().map(|part| scope.spawn(move || formatted_items(part(gen)?))).collect();
        threads.into_iter().map(|t| t.join().unwrap_or_else(|_| Err("a part's thread panicked".to_owned()))).collect()
    });
    let texts = texts.into_iter().collect::<Result<Vec<String>, String>>().map_err(fail)?;
    let mut out = super::rust_file("rust", device, options, gen.module_head())?;
    let closing = out.rfind('}').ok_or_else(|| fail("the generated module has no closing brace".to_owned()))?;
    out.truncate(closing);
    let (client, module_parts) = texts.split_last().expect("four parts");
    for text in module_parts {
        indent_into(&mut out, text, "    ");
    }
    out.push_str("    mm::tokio_client! {\n");
    indent_into(&mut out, client, "        ");
    out.push_str("    }\n}\n");
    Ok(out)
}

/// One part of the module: its chunks, or why they could not be built (a generator bug).
type Part = fn(&Gen) -> Result<Vec<Chunk>, String>;

/// Items as prettyplease formats them at the top level of a file, a chunk at a
/// time: prettyplease prints top-level items one after another, so the text is
/// the same as the whole file's, and only one chunk's syntax tree is alive at once.
fn formatted_items(chunks: Vec<Chunk>) -> Result<String, String> {
    let mut text = String::new();
    for chunk in chunks {
        text.push_str(&prettyplease::unparse(&chunk.into_file()?));
    }
    Ok(text)
}

fn indent_into(out: &mut String, text: &str, indent: &str) {
    for line in text.lines() {
        if !line.is_empty() {
            out.push_str(indent);
            out.push_str(line);
        }
        out.push('\n');
    }
}

/// The module of one device without its typed client (device consts, `LIMITS`,
/// descriptors, enumerations, flag types and dispatch tables), for the derive,
/// which has its own client.
pub fn map_tokens(device: &ir::Device) -> TokenStream {
    match Gen::new(device).and_then(|gen| gen.map_module()) {
        Ok(module) => module,
        Err(message) => quote!(::core::compile_error!(#message);),
    }
}

/// The module of one device as tokens (without the header), for callers that
/// embed it somewhere else (tests).
pub fn module_tokens(device: &ir::Device) -> TokenStream {
    match Gen::new(device).and_then(|gen| gen.module_parts()) {
        Ok((module, client)) => {
            let mut module = module.into_iter().collect::<Vec<_>>();
            // Put the client inside the module's braces, wrapped like `generate` does.
            if let Some(proc_macro2::TokenTree::Group(body)) = module.pop() {
                let inner = body.stream();
                let group = proc_macro2::Group::new(
                    proc_macro2::Delimiter::Brace,
                    quote!(#inner mm::tokio_client! { #client }),
                );
                module.push(proc_macro2::TokenTree::Group(group));
            }
            module.into_iter().collect()
        }
        Err(message) => quote!(::core::compile_error!(#message);),
    }
}

/// Everything the four parts share: the order of `REGISTERS`, where each block
/// lives in it, and the Rust names of the device's items.
pub(crate) struct Gen<'a> {
    device: &'a ir::Device,
    /// IR register indices in `REGISTERS` order: block by block (spec order),
    /// instance by instance, template order; registers of no block last.
    order: Vec<usize>,
    /// `REGISTERS` position of each IR register.
    position: Vec<usize>,
    /// Per block (spec order): its span in `REGISTERS` and registers per instance.
    blocks: Vec<BlockSpan<'a>>,
    /// Type of each enumeration and flag set (indexed like the IR's lists), as
    /// text: `Gen` is shared by the threads that render the module's parts, and
    /// proc-macro2's tokens cannot cross threads.
    enum_types: Vec<String>,
    flag_types: Vec<String>,
}

pub(crate) struct BlockSpan<'a> {
    block: &'a ir::Block,
    start: usize,
    per_instance: usize,
    /// IR indices of the first instance's registers: the template.
    template: Vec<usize>,
}

impl BlockSpan<'_> {
    fn count(&self) -> usize {
        self.block.instances.len()
    }

    fn end(&self) -> usize {
        self.start + self.per_instance * self.count()
    }

    fn is_repeated(&self) -> bool {
        self.block.repeat.is_some()
    }
}

impl<'a> Gen<'a> {
    pub(crate) fn new(device: &'a ir::Device) -> Result<Self, String> {
        let lookup = device.lookup();
        let mut order = Vec::with_capacity(device.registers.len());
        let mut blocks = Vec::new();
        for b in &device.blocks {
            let start = order.len();
            let mut template = Vec::new();
            for (k, inst) in b.instances.iter().enumerate() {
                for local in &b.registers {
                    if let Some(i) = lookup.index_in(&b.name, &inst.name, local) {
                        order.push(i);
                        if k == 0 {
                            template.push(i);
                        }
                    }
                }
            }
            let per_instance = template.len();
            if per_instance * b.instances.len() != order.len() - start {
                return Err(format!("the instances of block `{}` do not hold the same registers; this is a validator bug", b.name));
            }
            blocks.push(BlockSpan { block: b, start, per_instance, template });
        }
        let mut position = vec![usize::MAX; device.registers.len()];
        for (k, &i) in order.iter().enumerate() {
            position[i] = k;
        }
        for (i, at) in position.iter_mut().enumerate() {
            if *at == usize::MAX {
                *at = order.len();
                order.push(i);
            }
        }
        let gen = Gen {
            device,
            order,
            position,
            blocks,
            enum_types: device.enumerations.iter().map(|e| type_ident(&e.name).to_string()).collect(),
            flag_types: device.flag_sets.iter().map(|f| type_ident(&f.name).to_string()).collect(),
        };
        gen.check_names()?;
        Ok(gen)
    }

    /// The module with its device consts only: what [`generate`] sets its parts into.
    fn module_head(&self) -> TokenStream {
        self.module(TokenStream::new())
    }

    /// The module (descriptors, types, dispatch) and, separately, the client items
    /// that go inside it behind `tokio_client!`.
    fn module_parts(&self) -> Result<(TokenStream, TokenStream), String> {
        Ok((self.map_module()?, client::tokens(self)?))
    }

    /// The module without its client.
    fn map_module(&self) -> Result<TokenStream, String> {
        let descriptors = descriptors::tokens(self);
        let types = types::tokens(self);
        let dispatch = dispatch::tokens(self)?;
        Ok(self.module(quote!(#descriptors #types #dispatch)))
    }

    fn module(&self, items: TokenStream) -> TokenStream {
        let d = self.device;
        let mod_name = ident(&d.name);
        let doc = doc_attrs(&device_doc(d));
        let consts = self.device_consts();
        quote! {
            #doc
            #[allow(clippy::all, clippy::pedantic, unused_imports, dead_code, non_camel_case_types, non_snake_case)]
            pub mod #mod_name {
                use ::modbus_map::__private as mm;
                #consts
                #items
            }
        }
    }

    fn device_consts(&self) -> TokenStream {
        let d = self.device;
        let read_limit = Literal::u16_unsuffixed(d.read_limit);
        let max_gap = Literal::u16_unsuffixed(d.max_gap);
        let values_per_read = match d.values_per_read {
            Some(n) => {
                let n = Literal::u16_unsuffixed(n);
                quote!(::core::option::Option::Some(#n))
            }
            None => quote!(::core::option::Option::None),
        };
        let name = &d.name;
        let unit = Literal::u8_unsuffixed(d.unit_id);
        let word_order = word_order_tokens(d.word_order);
        let firmware = match d.firmware.as_deref().and_then(version_tokens) {
            Some(v) => quote!(::core::option::Option::Some(#v)),
            None => quote!(::core::option::Option::None),
        };
        let firmware_doc = match &d.firmware {
            Some(f) => format!(" Newest firmware the spec describes (`{f}`)."),
            None => " The spec names no firmware version.".to_owned(),
        };
        quote! {
            /// Device name as in the spec.
            pub const NAME: &str = #name;
            /// Default unit id (server address).
            pub const UNIT: u8 = #unit;
            /// Word order of 32/64-bit values unless a register says otherwise.
            pub const WORD_ORDER: mm::WordOrder = #word_order;
            #[doc = #firmware_doc]
            pub const FIRMWARE: ::core::option::Option<mm::Version> = #firmware;
            /// Limits the read planner honours for this device.
            pub const LIMITS: mm::PlanLimits = mm::PlanLimits {
                read_limit: #read_limit,
                max_gap: #max_gap,
                values_per_read: #values_per_read,
            };
        }
    }

    /// The Rust type of enumeration `i` / flag set `i` of the IR.
    fn enum_type(&self, i: usize) -> Ident {
        ident(&self.enum_types[i])
    }

    fn flag_type(&self, i: usize) -> Ident {
        ident(&self.flag_types[i])
    }

    /// Whether `REGISTERS[k]` belongs to a repeated block.
    fn in_repeated_block(&self, k: usize) -> bool {
        self.blocks.iter().any(|span| span.is_repeated() && (span.start..span.end()).contains(&k))
    }

    /// `REGISTERS[start..end]` of a block (all instances).
    fn block_slice(&self, span: &BlockSpan) -> TokenStream {
        let (start, end) = (Literal::usize_unsuffixed(span.start), Literal::usize_unsuffixed(span.end()));
        quote!(&REGISTERS[#start..#end])
    }

    /// The Rust type a read of `r` returns: the runtime's engineering type rule
    /// ([`engineering_type`]) in tokens, an `Option` of it for a register with sentinels
    /// (`None`: not available).
    fn value_type(&self, r: &Register) -> TokenStream {
        let ty = self.engineering_tokens(r);
        if r.sentinels.is_empty() {
            ty
        } else {
            quote!(::core::option::Option<#ty>)
        }
    }

    fn engineering_tokens(&self, r: &Register) -> TokenStream {
        match engineering_type(r) {
            E::Enum => {
                let ty = r.enumeration.map(|i| self.enum_type(i));
                quote!(#ty)
            }
            E::Bits => {
                let ty = r.flags.map(|i| self.flag_type(i));
                quote!(#ty)
            }
            E::String => quote!(mm::String),
            E::Raw => quote!(mm::Vec<u16>),
            other => {
                let name = other.rust_type().expect("plain engineering types are Rust primitives");
                let ty = Ident::new(name, Span::call_site());
                quote!(#ty)
            }
        }
    }

    /// Names the spec gives that would clash inside the generated module; the
    /// validator keeps idents unique, but it does not know this module's own items.
    fn check_names(&self) -> Result<(), String> {
        const RESERVED_CONSTS: &[&str] = &["NAME", "UNIT", "WORD_ORDER", "FIRMWARE", "LIMITS", "REGISTERS"];
        const RESERVED_TYPES: &[&str] = &["All", "Client"];
        const RESERVED_METHODS: &[&str] = &["new", "read_all", "detect_word_order"];
        let mut consts: BTreeMap<String, String> =
            RESERVED_CONSTS.iter().map(|c| (c.to_string(), "the generated module".to_owned())).collect();
        let repeated = self.blocks.iter().filter(|span| span.is_repeated());
        let owners = repeated.map(|span| (block_const_ident(span.block), format!("block `{}`", span.block.name))).chain(
            (0..self.device.registers.len()).filter(|&i| !self.in_repeated_block(self.position[i])).map(|i| {
                let r = &self.device.registers[i];
                (const_ident(r), format!("register `{}`", r.qualified_name))
            }),
        );
        for (c, owner) in owners {
            if let Some(other) = consts.insert(c.to_string(), owner.clone()) {
                return Err(format!("{owner} and {other} both become const `{c}`; rename one of them"));
            }
        }
        // The descriptors module names each repeated block's template and its instances.
        let mut private = BTreeMap::new();
        for span in self.blocks.iter().filter(|span| span.is_repeated()) {
            let b = &span.block.name;
            for c in [b.to_uppercase(), format!("{}_INSTANCES", b.to_uppercase())] {
                if let Some(other) = private.insert(c.clone(), b) {
                    return Err(format!("blocks `{b}` and `{other}` both need the descriptor table `{c}`; rename one of them"));
                }
            }
        }
        let mut types: BTreeMap<String, String> =
            RESERVED_TYPES.iter().map(|t| (t.to_string(), "the generated module".to_owned())).collect();
        let mut claim = |name: String, owner: String| match types.get(&name) {
            Some(other) => Err(format!("{owner} and {other} both become the Rust type `{name}`; rename one of them")),
            None => {
                types.insert(name, owner);
                Ok(())
            }
        };
        for span in &self.blocks {
            let b = &span.block.name;
            if RESERVED_METHODS.contains(&b.as_str()) {
                return Err(format!("block `{b}` would become `Client::{b}`, which the generated client already defines; rename the block"));
            }
            claim(type_ident(b).to_string(), format!("block `{b}`"))?;
            claim(handle_ident(span.block).to_string(), format!("the client handle of block `{b}`"))?;
        }
        for (e, ty) in self.device.enumerations.iter().zip(&self.enum_types) {
            claim(ty.to_string(), format!("the enumeration of `{}`", e.used_by.join("`, `")))?;
        }
        for (f, ty) in self.device.flag_sets.iter().zip(&self.flag_types) {
            claim(ty.to_string(), format!("the bits of `{}`", f.used_by.join("`, `")))?;
        }
        Ok(())
    }
}

/// The engineering type of `r`: [`modbus_map_core::codec::engineering_type`], with
/// an enum or flags type where the register has values or bits.
fn engineering_type(r: &Register) -> E {
    modbus_map_core::codec::engineering_type(
        r.data_type,
        r.scale,
        r.offset,
        r.scale_factor.is_some(),
        r.enumeration.is_some(),
        r.flags.is_some(),
    )
}

/// Keywords a raw identifier cannot stand for (`r#self` is not valid Rust).
const NOT_RAW: &[&str] = &["self", "Self", "super", "crate", "_"];

/// `name` as a Rust identifier: raw (`r#type`) where it is a keyword, with a
/// trailing `_` where not even a raw identifier may be used; names the device module too.
pub fn ident(name: &str) -> Ident {
    if NOT_RAW.contains(&name) {
        format_ident!("{}_", name)
    } else if syn::parse_str::<Ident>(name).is_ok() {
        Ident::new(name, Span::call_site())
    } else {
        Ident::new_raw(name, Span::call_site())
    }
}

/// An UpperCamelCase type name from a snake_case IR name.
fn type_ident(name: &str) -> Ident {
    let camel = name.to_upper_camel_case();
    // A name starting with a digit is not an identifier; the validator forbids it, but keep tokens valid anyway.
    if camel.starts_with(|c: char| c.is_ascii_digit()) {
        format_ident!("R{}", camel)
    } else {
        ident(&camel)
    }
}

/// The handle type of a block's registers in the client (`HcClient`).
fn handle_ident(b: &ir::Block) -> Ident {
    format_ident!("{}Client", type_ident(&b.name).to_string())
}

/// The name of a repeated block's `RepeatedBlock` const in the device module.
fn block_const_ident(b: &ir::Block) -> Ident {
    format_ident!("{}", crate::ident::shouty_snake_case(&b.name))
}

/// What a register's typed accessors in its block handle are named after: `read_<name>`, `write_<name>`.
pub fn accessor_name(r: &Register) -> String {
    crate::ident::snake_case(&r.name)
}

/// The name of a register's descriptor const in the device module (also used by the derive).
pub fn const_ident(r: &Register) -> Ident {
    format_ident!("{}", crate::ident::shouty_snake_case(&r.ident))
}

fn device_doc(d: &ir::Device) -> Vec<String> {
    let mut doc = vec![d.title.clone().unwrap_or_else(|| format!("Device `{}`.", d.name))];
    if let Some(desc) = &d.description {
        doc.push(String::new());
        doc.extend(desc.lines().map(str::to_owned));
    }
    doc.push(String::new());
    if let Some(v) = &d.vendor {
        doc.push(format!("- vendor: {v}"));
    }
    if let Some(f) = &d.firmware {
        doc.push(format!("- firmware: {f}"));
    }
    doc.push(format!("- unit id: {}", d.unit_id));
    doc.push(format!("- word order: {}, string byte order: {}", d.word_order.as_str(), d.byte_order.as_str()));
    doc.push(format!("- spec: `{}`", d.source.file));
    doc
}

/// One line saying what a register is: its label, its description's first line, unit, range and access.
fn summary(r: &Register) -> String {
    let mut facts = Vec::new();
    if let Some(u) = &r.keys.unit {
        facts.push(u.clone());
    }
    let bounds = |min: Option<f64>, max: Option<f64>| {
        let side = |x: Option<f64>| x.map_or_else(|| "…".to_owned(), crate::format::format_number);
        (min.is_some() || max.is_some()).then(|| format!("{} ..= {}", side(min), side(max)))
    };
    if let Some(range) = bounds(r.min, r.max) {
        facts.push(range);
    }
    if let Some(range) = bounds(r.keys.plausible_min, r.keys.plausible_max) {
        facts.push(format!("plausible {range}"));
    }
    if let Some(sentinels) = crate::format::not_available(r) {
        facts.push(sentinels);
    }
    if let Some(s) = &r.keys.since {
        facts.push(format!("since {s}"));
    }
    if r.keys.safety {
        facts.push("safety-relevant".to_owned());
    }
    if r.keys.self_clearing {
        facts.push("self-clearing command".to_owned());
    }
    if let Some(functions) = crate::format::write_functions(r) {
        facts.push(format!("written with {functions}"));
    }
    let description = r.keys.description.as_deref().and_then(|t| t.lines().next());
    let what = match (r.keys.label.as_deref(), description) {
        (Some(label), Some(d)) => format!("{label} — {d}"),
        (Some(text), None) | (None, Some(text)) => text.to_owned(),
        (None, None) => String::new(),
    };
    let facts = if facts.is_empty() { String::new() } else { format!(" ({})", facts.join(", ")) };
    format!("`{}.{}`: {what}{facts}", r.block, r.name).trim_end_matches(": ").to_owned()
}

fn doc_attrs(lines: &[String]) -> TokenStream {
    let attrs = lines.iter().map(|l| {
        let text = if l.is_empty() { String::new() } else { format!(" {l}") };
        quote!(#[doc = #text])
    });
    quote!(#(#attrs)*)
}

fn f64_tokens(x: f64) -> TokenStream {
    quote::ToTokens::into_token_stream(syntax::lit_f64(x))
}

fn i64_tokens(x: i64) -> TokenStream {
    let lit = Literal::i128_unsuffixed(i128::from(x).abs());
    if x < 0 {
        quote!(-#lit)
    } else {
        quote!(#lit)
    }
}

fn version_tokens(s: &str) -> Option<TokenStream> {
    version_expr(s).map(quote::ToTokens::into_token_stream)
}

/// `mm::Version([major, minor, patch, build])` of a version the spec writes as text.
fn version_expr(s: &str) -> Option<syn::Expr> {
    let v = modbus_map_core::Version::parse(s)?;
    let [mm, version] = syntax::idents(["mm", "Version"]);
    Some(syntax::call(syntax::path_expr(&[&mm, &version]), [syntax::array(v.0.map(|n| syntax::lit_int(usize::from(n))))]))
}

fn word_order_tokens(w: ir::WordOrder) -> TokenStream {
    match w {
        ir::WordOrder::HighFirst => quote!(mm::WordOrder::HighFirst),
        ir::WordOrder::LowFirst => quote!(mm::WordOrder::LowFirst),
    }
}

/// The registry's Rust generator: `rust/<device>.rs`.
pub struct Rust;

impl super::Generator for Rust {
    fn name(&self) -> &'static str {
        "rust"
    }

    fn output_dir(&self) -> &'static str {
        "rust"
    }

    fn device_files(&self, device: &super::DeviceView<'_>, options: &Options) -> Result<Vec<(std::path::PathBuf, String)>, Error> {
        Ok(vec![(format!("{}.rs", device.name).into(), generate(device, options)?)])
    }
}
