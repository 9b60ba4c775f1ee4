//! Generator: Rust accessors.
//!
//! One `pub mod <device>` per spec: a `RegisterDescriptor` const per register,
//! `REGISTERS`, enumerations (keeping unknown raw values), flag types for named
//! bits, a struct per block, and a typed `Client` over the runtime's
//! `DeviceClient`. Generated code reaches the runtime only through
//! `::modbus_map::__private`, so a user crate needs nothing but `modbus-map`.
//!
//! Everything per register is a call into the runtime; the generated code only
//! names things and fixes types, which keeps it short and reviewable.

use super::{header_lines, Error, Options};
use crate::ir::{self, Access, ByteOrder, DataType, Table, WordOrder};
use heck::{ToShoutySnakeCase, ToUpperCamelCase};
use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::{format_ident, quote};
use std::collections::BTreeMap;

/// Renders the Rust module of one device: header comment lines, then the
/// prettyplease-formatted module.
pub fn generate(device: &ir::Device, options: &Options) -> Result<String, Error> {
    let tokens = module_tokens(device);
    let file: syn::File = syn::parse2(tokens).map_err(|e| Error {
        generator: "rust",
        device: device.name.clone(),
        message: format!("generated tokens do not parse as Rust ({e}); this is a generator bug"),
    })?;
    let mut out = String::new();
    for line in header_lines(device, options) {
        out.push_str("// ");
        out.push_str(&line);
        out.push('\n');
    }
    out.push('\n');
    out.push_str(&prettyplease::unparse(&file));
    Ok(out)
}

/// The module of one device as tokens (without the header), for callers that
/// embed it somewhere else (the derive, tests).
pub fn module_tokens(device: &ir::Device) -> TokenStream {
    let gen = Gen::new(device);
    let mod_name = ident(&device.name);
    let doc = doc_attrs(&device_doc(device));
    let items = gen.items();
    quote! {
        #doc
        #[allow(clippy::all, clippy::pedantic, unused_imports, dead_code, non_camel_case_types)]
        pub mod #mod_name {
            use ::modbus_map::__private as mm;
            #items
        }
    }
}

/// A register's template: the (block, name) pair shared by all instances of a repeated block.
type TemplateKey = (String, String);

struct Gen<'a> {
    device: &'a ir::Device,
    /// Type name of the enum or flags type of each template register that has `values` or `bits`.
    value_types: BTreeMap<TemplateKey, Ident>,
}

impl<'a> Gen<'a> {
    fn new(device: &'a ir::Device) -> Self {
        let mut value_types = BTreeMap::new();
        for r in &device.registers {
            if !r.values.is_empty() || !r.bits.is_empty() {
                let key = (r.block.clone(), r.name.clone());
                value_types
                    .entry(key)
                    .or_insert_with(|| type_ident(&format!("{}_{}", r.block, r.name)));
            }
        }
        Gen { device, value_types }
    }

    fn items(&self) -> TokenStream {
        let d = self.device;
        let device_consts = self.device_consts();
        let descriptors = d.registers.iter().map(|r| self.descriptor(r));
        let all: Vec<Ident> = d.registers.iter().map(const_ident).collect();
        let value_types = self.value_type_items();
        let blocks = d.blocks.iter().map(|b| self.block_struct(b));
        quote! {
            #device_consts
            #(#descriptors)*
            /// Every register of the device, sorted by (unit id, table, address, name).
            pub static REGISTERS: &[mm::RegisterDescriptor] = &[#(#all),*];
            #value_types
            #(#blocks)*
        }
    }

    fn device_consts(&self) -> TokenStream {
        let d = self.device;
        let name = &d.name;
        let unit = Literal::u8_unsuffixed(d.unit_id);
        let word_order = word_order_tokens(d.word_order);
        let firmware = match d.firmware.as_deref().and_then(ir_version) {
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
        }
    }

    fn descriptor(&self, r: &ir::Register) -> TokenStream {
        let doc = doc_attrs(&register_doc(r));
        let name = const_ident(r);
        let qualified = &r.qualified_name;
        let unit_id = Literal::u8_unsuffixed(r.unit_id);
        let table = table_tokens(r.table);
        let address = Literal::u16_unsuffixed(r.address);
        let width = Literal::u16_unsuffixed(r.width);
        let data_type = data_type_tokens(r.data_type);
        let length = Literal::u16_unsuffixed(r.length);
        let scale = f64_tokens(r.scale);
        let offset = f64_tokens(r.offset);
        let access = access_tokens(r.access);
        let min = opt_f64_tokens(r.min);
        let max = opt_f64_tokens(r.max);
        let word_order = word_order_tokens(r.word_order);
        let byte_order = byte_order_tokens(r.byte_order);
        let since = match r.since.as_deref().and_then(ir_version) {
            Some(v) => quote!(::core::option::Option::Some(#v)),
            None => quote!(::core::option::Option::None),
        };
        let safety = r.safety;
        let alias_of = opt_str_tokens(r.alias_of.as_deref());
        let unit = opt_str_tokens(r.unit.as_deref());
        let values = r.values.iter().map(|v| {
            let raw = i64_tokens(v.raw);
            let name = &v.name;
            quote!(mm::EnumValue { raw: #raw, name: #name })
        });
        let bits = r.bits.iter().map(|b| {
            let name = &b.name;
            let (lsb, width) = (Literal::u8_unsuffixed(b.lsb), Literal::u8_unsuffixed(b.width));
            quote!(mm::BitField { name: #name, lsb: #lsb, width: #width })
        });
        quote! {
            #doc
            pub const #name: mm::RegisterDescriptor = mm::RegisterDescriptor {
                name: #qualified,
                unit_id: #unit_id,
                table: #table,
                address: #address,
                width: #width,
                data_type: #data_type,
                length: #length,
                scale: #scale,
                offset: #offset,
                access: #access,
                min: #min,
                max: #max,
                word_order: #word_order,
                byte_order: #byte_order,
                since: #since,
                safety: #safety,
                alias_of: #alias_of,
                unit: #unit,
                values: &[#(#values),*],
                bits: &[#(#bits),*],
            };
        }
    }

    /// One enum or flags type per template register with `values` or `bits`.
    fn value_type_items(&self) -> TokenStream {
        let mut out = TokenStream::new();
        for ((block, name), ty) in &self.value_types {
            let r = self
                .device
                .registers
                .iter()
                .find(|r| &r.block == block && &r.name == name)
                .expect("value_types keys come from registers");
            if !r.values.is_empty() {
                out.extend(enum_type(r, ty));
            } else {
                out.extend(bits_type(r, ty));
            }
        }
        out
    }

    /// The Rust type a read of this register returns.
    fn value_type(&self, r: &ir::Register) -> TokenStream {
        if let Some(ty) = self.value_types.get(&(r.block.clone(), r.name.clone())) {
            return quote!(#ty);
        }
        engineering_type(r)
    }

    fn block_struct(&self, b: &ir::Block) -> TokenStream {
        let ty = type_ident(&b.name);
        let first = match b.instances.first() {
            Some(i) => i,
            None => return TokenStream::new(),
        };
        let mut fields = Vec::new();
        for local in &b.registers {
            let Some(r) = self
                .device
                .registers
                .iter()
                .find(|r| r.block == b.name && r.instance == first.name && &r.name == local)
            else {
                continue;
            };
            if !r.access.readable() {
                continue;
            }
            let field = ident(&r.name);
            let fty = self.value_type(r);
            let doc = doc_attrs(&field_doc(r));
            fields.push(quote! { #doc pub #field: #fty, });
        }
        let mut doc = vec![match &b.description {
            Some(d) => d.clone(),
            None => format!("Readable registers of block `{}`.", b.name),
        }];
        if b.instances.len() > 1 {
            doc.push(String::new());
            let list: Vec<String> =
                b.instances.iter().map(|i| format!("`{}` @ {}", i.name, i.base)).collect();
            doc.push(format!("Instances: {}.", list.join(", ")));
        }
        let doc = doc_attrs(&doc);
        quote! {
            #doc
            #[derive(Debug, Clone, PartialEq)]
            pub struct #ty { #(#fields)* }
        }
    }
}

fn enum_type(r: &ir::Register, ty: &Ident) -> TokenStream {
    let doc = doc_attrs(&[format!("Values of `{}`.", r.name)]);
    let variants = r.values.iter().map(|v| {
        let vid = format_ident!("{}", v.ident);
        let doc = format!(" `{}` (raw {}).", v.name, v.raw);
        quote! { #[doc = #doc] #vid, }
    });
    let from_arms = r.values.iter().map(|v| {
        let vid = format_ident!("{}", v.ident);
        let raw = i64_tokens(v.raw);
        quote! { #raw => #ty::#vid, }
    });
    let to_arms = r.values.iter().map(|v| {
        let vid = format_ident!("{}", v.ident);
        let raw = i64_tokens(v.raw);
        quote! { #ty::#vid => #raw, }
    });
    let name_arms = r.values.iter().map(|v| {
        let vid = format_ident!("{}", v.ident);
        let name = &v.name;
        quote! { #ty::#vid => ::core::option::Option::Some(#name), }
    });
    quote! {
        #doc
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum #ty {
            #(#variants)*
            /// A raw value the spec does not name (kept, never discarded).
            Unknown(i64),
        }
        impl #ty {
            /// The spec's name of this value, `None` for `Unknown`.
            pub const fn name(&self) -> ::core::option::Option<&'static str> {
                match self {
                    #(#name_arms)*
                    #ty::Unknown(_) => ::core::option::Option::None,
                }
            }
        }
        impl mm::ModbusEnum for #ty {
            fn from_raw(raw: i64) -> Self {
                match raw {
                    #(#from_arms)*
                    other => #ty::Unknown(other),
                }
            }
            fn to_raw(&self) -> i64 {
                match self {
                    #(#to_arms)*
                    #ty::Unknown(raw) => *raw,
                }
            }
        }
    }
}

fn bits_type(r: &ir::Register, ty: &Ident) -> TokenStream {
    let doc = doc_attrs(&[format!("Named bits of `{}`; the raw value is kept whole.", r.name)]);
    let items = r.bits.iter().map(|b| {
        let lsb = Literal::u8_unsuffixed(b.lsb);
        if b.width == 1 {
            let id = format_ident!("{}", b.ident);
            let doc = format!(" `{}`: bit {}.", b.name, b.lsb);
            quote! {
                #[doc = #doc]
                pub const #id: #ty = #ty(1u64 << #lsb);
            }
        } else {
            let getter = ident(&b.ident.to_lowercase());
            let width = Literal::u8_unsuffixed(b.width);
            let doc = format!(" `{}`: bits {}..={}.", b.name, b.lsb, b.lsb + b.width - 1);
            quote! {
                #[doc = #doc]
                pub const fn #getter(&self) -> u64 {
                    (self.0 >> #lsb) & ((1u64 << #width) - 1)
                }
            }
        }
    });
    quote! {
        #doc
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
        pub struct #ty(pub u64);
        impl #ty {
            #(#items)*
            /// Whether every bit set in `other` is set here.
            pub const fn contains(&self, other: #ty) -> bool {
                self.0 & other.0 == other.0
            }
        }
        impl ::core::ops::BitOr for #ty {
            type Output = #ty;
            fn bitor(self, rhs: #ty) -> #ty { #ty(self.0 | rhs.0) }
        }
        impl mm::ModbusBits for #ty {
            fn from_raw(raw: u64) -> Self { #ty(raw) }
            fn to_raw(&self) -> u64 { self.0 }
        }
    }
}

/// The engineering type of a register without `values`/`bits` (the runtime's
/// mapping, see `modbus_map::codec`).
fn engineering_type(r: &ir::Register) -> TokenStream {
    let scaled = r.scale != 1.0 || r.offset != 0.0;
    match r.data_type {
        DataType::Bool => quote!(bool),
        DataType::String => quote!(mm::String),
        DataType::Raw => quote!(mm::Vec<u16>),
        DataType::F64 => quote!(f64),
        _ if scaled => quote!(f64),
        DataType::U8 => quote!(u8),
        DataType::I8 => quote!(i8),
        DataType::U16 => quote!(u16),
        DataType::I16 => quote!(i16),
        DataType::U32 => quote!(u32),
        DataType::I32 => quote!(i32),
        DataType::U64 => quote!(u64),
        DataType::I64 => quote!(i64),
        DataType::F32 => quote!(f32),
    }
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

fn register_doc(r: &ir::Register) -> Vec<String> {
    let mut doc = Vec::new();
    match &r.description {
        Some(d) => doc.extend(d.lines().map(str::to_owned)),
        None => doc.push(format!("`{}`.", r.qualified_name)),
    }
    doc.push(String::new());
    doc.extend(facts(r));
    doc
}

fn field_doc(r: &ir::Register) -> Vec<String> {
    let mut doc = Vec::new();
    if let Some(d) = &r.description {
        doc.extend(d.lines().map(str::to_owned));
        doc.push(String::new());
    }
    doc.extend(facts(r));
    doc
}

/// The spec facts of a register as rustdoc list items.
fn facts(r: &ir::Register) -> Vec<String> {
    let mut out = vec![format!(
        "- address: {} {} (0x{:04X}), unit id {}, {} {}",
        r.table.as_str(),
        r.address,
        r.address,
        r.unit_id,
        r.width,
        if r.table.is_bit_table() { "bit(s)" } else { "register(s)" }
    )];
    let mut ty = r.data_type.as_str().to_owned();
    if r.data_type.has_length() {
        ty.push_str(&format!(", length {}", r.length));
    }
    if r.width > 1 && !matches!(r.data_type, DataType::String | DataType::Raw) {
        ty.push_str(&format!(", words {}", r.word_order.as_str()));
    }
    if r.data_type == DataType::String {
        ty.push_str(&format!(", bytes {}", r.byte_order.as_str()));
    }
    out.push(format!("- type: {ty}"));
    let access = match r.access {
        Access::Read => "read-only",
        Access::Write => "write-only",
        Access::ReadWrite => "read-write",
    };
    out.push(format!("- access: {access}{}", if r.safety { " (safety-relevant: writes need the opt-in)" } else { "" }));
    if let Some(u) = &r.unit {
        out.push(format!("- unit: {u}"));
    }
    if r.scale != 1.0 || r.offset != 0.0 {
        let scale = r.scale_text.clone().unwrap_or_else(|| fmt_f64(r.scale));
        out.push(format!("- scale: {scale}, offset: {}", fmt_f64(r.offset)));
    }
    match (r.min, r.max) {
        (None, None) => {}
        (min, max) => out.push(format!(
            "- range: {} ..= {}",
            min.map(fmt_f64).unwrap_or_else(|| "…".into()),
            max.map(fmt_f64).unwrap_or_else(|| "…".into())
        )),
    }
    if let Some(d) = &r.default {
        let d = match d {
            ir::Value::Bool(b) => b.to_string(),
            ir::Value::Int(i) => i.to_string(),
            ir::Value::Float(f) => fmt_f64(*f),
            ir::Value::Text(t) => format!("{t:?}"),
        };
        out.push(format!("- default: {d}"));
    }
    if let Some(s) = &r.since {
        out.push(format!("- since firmware: {s}"));
    }
    if let Some(a) = &r.alias_of {
        out.push(format!("- alias of `{a}`"));
    }
    if !r.aliases.is_empty() {
        let list: Vec<String> = r.aliases.iter().map(|a| format!("`{a}`")).collect();
        out.push(format!("- also served as {}", list.join(", ")));
    }
    out
}

fn fmt_f64(x: f64) -> String {
    // `{}` prints the shortest representation that round-trips, which is what a reader wants.
    format!("{x}")
}

fn doc_attrs(lines: &[String]) -> TokenStream {
    let attrs = lines.iter().map(|l| {
        let text = if l.is_empty() { String::new() } else { format!(" {l}") };
        quote!(#[doc = #text])
    });
    quote!(#(#attrs)*)
}

/// An identifier from a name the validator has made safe; raw identifiers
/// cover any Rust keyword that slips through.
fn ident(name: &str) -> Ident {
    if syn::parse_str::<Ident>(name).is_ok() {
        Ident::new(name, Span::call_site())
    } else {
        Ident::new_raw(name, Span::call_site())
    }
}

fn type_ident(name: &str) -> Ident {
    let camel = name.to_upper_camel_case();
    // A name starting with a digit is not an identifier; the validator forbids it, but keep tokens valid anyway.
    if camel.starts_with(|c: char| c.is_ascii_digit()) {
        format_ident!("R{}", camel)
    } else {
        format_ident!("{}", camel)
    }
}

fn const_ident(r: &ir::Register) -> Ident {
    format_ident!("{}", r.ident.to_shouty_snake_case())
}

fn f64_tokens(x: f64) -> TokenStream {
    let lit = Literal::f64_unsuffixed(x.abs());
    if x.is_sign_negative() && x != 0.0 {
        quote!(-#lit)
    } else {
        quote!(#lit)
    }
}

fn i64_tokens(x: i64) -> TokenStream {
    let lit = Literal::i64_unsuffixed(x.unsigned_abs() as i64);
    if x == i64::MIN {
        quote!(i64::MIN)
    } else if x < 0 {
        quote!(-#lit)
    } else {
        quote!(#lit)
    }
}

fn opt_f64_tokens(x: Option<f64>) -> TokenStream {
    match x {
        Some(x) => {
            let t = f64_tokens(x);
            quote!(::core::option::Option::Some(#t))
        }
        None => quote!(::core::option::Option::None),
    }
}

fn opt_str_tokens(s: Option<&str>) -> TokenStream {
    match s {
        Some(s) => quote!(::core::option::Option::Some(#s)),
        None => quote!(::core::option::Option::None),
    }
}

fn ir_version(s: &str) -> Option<TokenStream> {
    let v = modbus_map_core::Version::parse(s)?;
    let [a, b, c, d] = v.0.map(Literal::u16_unsuffixed);
    Some(quote!(mm::Version([#a, #b, #c, #d])))
}

fn table_tokens(t: Table) -> TokenStream {
    match t {
        Table::Coil => quote!(mm::Table::Coil),
        Table::Discrete => quote!(mm::Table::Discrete),
        Table::Input => quote!(mm::Table::Input),
        Table::Holding => quote!(mm::Table::Holding),
    }
}

fn data_type_tokens(t: DataType) -> TokenStream {
    let v = format_ident!("{}", t.as_str().to_upper_camel_case());
    quote!(mm::DataType::#v)
}

fn access_tokens(a: Access) -> TokenStream {
    match a {
        Access::Read => quote!(mm::Access::Read),
        Access::Write => quote!(mm::Access::Write),
        Access::ReadWrite => quote!(mm::Access::ReadWrite),
    }
}

fn word_order_tokens(w: WordOrder) -> TokenStream {
    match w {
        WordOrder::HighFirst => quote!(mm::WordOrder::HighFirst),
        WordOrder::LowFirst => quote!(mm::WordOrder::LowFirst),
    }
}

fn byte_order_tokens(b: ByteOrder) -> TokenStream {
    match b {
        ByteOrder::HighFirst => quote!(mm::ByteOrder::HighFirst),
        ByteOrder::LowFirst => quote!(mm::ByteOrder::LowFirst),
    }
}
