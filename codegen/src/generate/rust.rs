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

use super::{Error, Options};
use crate::ir::{self, Access, ByteOrder, DataType, Table, WordOrder};
use heck::{ToShoutySnakeCase, ToUpperCamelCase};
use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::{format_ident, quote};
use std::collections::BTreeMap;

/// Renders the Rust module of one device: header comment lines, then the
/// prettyplease-formatted module.
pub fn generate(device: &ir::Device, options: &Options) -> Result<String, Error> {
    check_names(device).map_err(|message| Error { generator: "rust", device: device.name.clone(), message })?;
    super::rust_file("rust", device, options, module_tokens(device))
}

/// The module of one device as tokens (without the header), for callers that
/// embed it somewhere else (the derive, tests).
pub fn module_tokens(device: &ir::Device) -> TokenStream {
    let gen = Gen::new(device);
    let items = gen.items();
    wrap_module(device, items)
}

/// The module of one device without its value types and client: device consts
/// (`LIMITS` among them), the descriptor consts, `REGISTERS` and the dispatch
/// tables. The derive embeds this; the derived struct is the value type and has
/// its own client calls.
pub fn map_tokens(device: &ir::Device) -> TokenStream {
    let gen = Gen::new(device);
    let items = gen.map_items();
    let dispatch = super::dispatch::tokens(device);
    wrap_module(device, quote!(#items #dispatch))
}

fn wrap_module(device: &ir::Device, items: TokenStream) -> TokenStream {
    let mod_name = ident(&device.name);
    let doc = doc_attrs(&device_doc(device));
    quote! {
        #doc
        #[allow(clippy::all, clippy::pedantic, unused_imports, dead_code, non_camel_case_types)]
        pub mod #mod_name {
            use ::modbus_map::__private as mm;
            #items
        }
    }
}

/// Consts and types the generated module defines besides the per-register ones.
const RESERVED_CONSTS: &[&str] = &["NAME", "UNIT", "WORD_ORDER", "FIRMWARE", "BASE", "LIMITS", "REGISTERS"];
const RESERVED_TYPES: &[&str] = &["All", "Client"];

/// Names the spec gives that would clash inside the generated module; the
/// validator keeps idents unique, but it does not know this module's own items.
fn check_names(device: &ir::Device) -> Result<(), String> {
    let mut types: BTreeMap<String, String> =
        RESERVED_TYPES.iter().map(|t| (t.to_string(), "the generated module".to_owned())).collect();
    for r in &device.registers {
        let c = r.ident.to_shouty_snake_case();
        if RESERVED_CONSTS.contains(&c.as_str()) {
            return Err(format!(
                "register `{}` becomes const `{c}`, which the generated module already defines; rename the register or its block",
                r.qualified_name
            ));
        }
    }
    let mut claim = |name: String, owner: String| match types.get(&name) {
        Some(other) if *other != owner => Err(format!(
            "{owner} and {other} both become the Rust type `{name}`; rename one of them"
        )),
        _ => {
            types.insert(name, owner);
            Ok(())
        }
    };
    for b in &device.blocks {
        claim(type_ident(&b.name).to_string(), format!("block `{}`", b.name))?;
    }
    for r in &device.registers {
        if !r.values.is_empty() || !r.bits.is_empty() {
            claim(type_ident(&format!("{}_{}", r.block, r.name)).to_string(), format!("register `{}.{}`", r.block, r.name))?;
        }
    }
    Ok(())
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
        let map = self.map_items();
        let value_types = self.value_type_items();
        let blocks = d.blocks.iter().map(|b| self.block_struct(b));
        let client = self.client();
        let dispatch = super::dispatch::tokens(d);
        quote! {
            #map
            #value_types
            #(#blocks)*
            #client
            #dispatch
        }
    }

    /// Device consts, descriptors and `REGISTERS`.
    fn map_items(&self) -> TokenStream {
        let d = self.device;
        let device_consts = self.device_consts();
        let descriptors = d.registers.iter().map(|r| self.descriptor(r));
        let all: Vec<Ident> = d.registers.iter().map(const_ident).collect();
        quote! {
            #device_consts
            #(#descriptors)*
            /// Every register of the device, sorted by (unit id, table, address, name).
            pub static REGISTERS: &[mm::RegisterDescriptor] = &[#(#all),*];
        }
    }

    fn device_consts(&self) -> TokenStream {
        let d = self.device;
        let name = &d.name;
        let unit = Literal::u8_unsuffixed(d.unit_id);
        let word_order = word_order_tokens(d.word_order);
        let byte_order = byte_order_tokens(d.byte_order);
        let firmware = match d.firmware.as_deref().and_then(ir_version) {
            Some(v) => quote!(::core::option::Option::Some(#v)),
            None => quote!(::core::option::Option::None),
        };
        let read_limit = Literal::u16_unsuffixed(d.read_limit);
        let max_gap = Literal::u16_unsuffixed(d.max_gap);
        let values_per_read = match d.values_per_read {
            Some(n) => {
                let n = Literal::u16_unsuffixed(n);
                quote!(::core::option::Option::Some(#n))
            }
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
            /// Defaults every register descriptor below starts from.
            const BASE: mm::RegisterDescriptor = mm::RegisterDescriptor {
                name: "",
                unit_id: #unit,
                table: mm::Table::Holding,
                address: 0,
                width: 1,
                data_type: mm::DataType::U16,
                length: 0,
                scale: 1.0,
                offset: 0.0,
                access: mm::Access::ReadWrite,
                min: ::core::option::Option::None,
                max: ::core::option::Option::None,
                word_order: #word_order,
                byte_order: #byte_order,
                since: ::core::option::Option::None,
                safety: false,
                alias_of: ::core::option::Option::None,
                unit: ::core::option::Option::None,
                values: &[],
                bits: &[],
            };
            /// Limits the read planner honours for this device.
            pub const LIMITS: mm::PlanLimits = mm::PlanLimits {
                read_limit: #read_limit,
                max_gap: #max_gap,
                values_per_read: #values_per_read,
            };
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
        let d = self.device;
        // Only what differs from `BASE` is spelled out, so a register is a few lines.
        let mut fields = vec![
            quote!(name: #qualified,),
            quote!(table: #table,),
            quote!(address: #address,),
            quote!(data_type: #data_type,),
            quote!(access: #access,),
        ];
        if r.unit_id != d.unit_id {
            fields.push(quote!(unit_id: #unit_id,));
        }
        if r.width != 1 {
            fields.push(quote!(width: #width,));
        }
        if r.length != 0 {
            fields.push(quote!(length: #length,));
        }
        if r.scale != 1.0 {
            fields.push(quote!(scale: #scale,));
        }
        if r.offset != 0.0 {
            fields.push(quote!(offset: #offset,));
        }
        if r.min.is_some() {
            fields.push(quote!(min: #min,));
        }
        if r.max.is_some() {
            fields.push(quote!(max: #max,));
        }
        if r.word_order != d.word_order {
            fields.push(quote!(word_order: #word_order,));
        }
        if r.byte_order != d.byte_order {
            fields.push(quote!(byte_order: #byte_order,));
        }
        if r.since.is_some() {
            fields.push(quote!(since: #since,));
        }
        if safety {
            fields.push(quote!(safety: true,));
        }
        if r.alias_of.is_some() {
            fields.push(quote!(alias_of: #alias_of,));
        }
        if r.unit.is_some() {
            fields.push(quote!(unit: #unit,));
        }
        if !r.values.is_empty() {
            fields.push(quote!(values: &[#(#values),*],));
        }
        if !r.bits.is_empty() {
            fields.push(quote!(bits: &[#(#bits),*],));
        }
        quote! {
            #doc
            pub const #name: mm::RegisterDescriptor = mm::RegisterDescriptor {
                #(#fields)*
                ..BASE
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
            // A block read skips registers the connected firmware lacks instead of failing whole.
            let fty = if r.since.is_some() { quote!(::core::option::Option<#fty>) } else { fty };
            let mut doc = field_doc(r);
            if r.since.is_some() {
                doc.push(String::new());
                doc.push("`None` when the client was told an older firmware.".to_owned());
            }
            let doc = doc_attrs(&doc);
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
    /// Readable registers of a block instance, in block (spec) order.
    fn instance_registers(&self, b: &ir::Block, instance: &ir::BlockInstance) -> Vec<&'a ir::Register> {
        b.registers
            .iter()
            .filter_map(|local| {
                self.device
                    .registers
                    .iter()
                    .find(|r| r.block == b.name && r.instance == instance.name && &r.name == local)
            })
            .filter(|r| r.access.readable())
            .collect()
    }

    /// Name of the method reading a whole block instance; `read_<instance>` unless
    /// that would clash with a register's `read_<ident>`.
    fn block_reader(&self, instance: &str) -> Ident {
        let clash = instance == "all" || self.device.registers.iter().any(|r| r.ident == instance);
        if clash {
            format_ident!("read_{}_block", instance)
        } else {
            format_ident!("read_{}", instance)
        }
    }

    fn client(&self) -> TokenStream {
        let d = self.device;
        let mut methods = Vec::new();
        for r in &d.registers {
            let c = const_ident(r);
            let ty = self.value_type(r);
            let what = r.description.as_deref().and_then(|t| t.lines().next()).unwrap_or("");
            if r.access.readable() {
                let name = format_ident!("read_{}", r.ident);
                let doc = format!(" Reads `{}` ([`{c}`]). {what}", r.qualified_name);
                methods.push(quote! {
                    #[doc = #doc]
                    pub async fn #name(&mut self) -> mm::ModbusResult<#ty> {
                        self.inner.read_value(&#c).await
                    }
                });
            }
            if r.access.writable() && r.table.is_writable() {
                let name = format_ident!("write_{}", r.ident);
                let mut doc = format!(
                    " Writes `{}` ([`{c}`]) after checking access, range, firmware and safety locally. {what}",
                    r.qualified_name
                );
                if r.safety {
                    doc.push_str(" Safety-relevant: needs `allow_safety_writes(true)`.");
                }
                let (param, arg) = match (self.value_types.contains_key(&(r.block.clone(), r.name.clone())), r.data_type) {
                    (false, DataType::String) => (quote!(&str), quote!(&mm::String::from(value))),
                    (false, DataType::Raw) => (quote!(&[u16]), quote!(&value.to_vec())),
                    _ => (ty.clone(), quote!(&value)),
                };
                methods.push(quote! {
                    #[doc = #doc]
                    pub async fn #name(&mut self, value: #param) -> mm::ModbusResult<()> {
                        self.inner.write_value(&#c, #arg).await
                    }
                });
            }
        }

        // One `read_<instance>` per block instance, and `read_all` over everything readable.
        let mut all_fields = Vec::new();
        let mut all_inits = Vec::new();
        let mut all_wanted = Vec::new();
        for b in &d.blocks {
            let ty = type_ident(&b.name);
            for inst in &b.instances {
                let regs = self.instance_registers(b, inst);
                if regs.is_empty() {
                    continue;
                }
                let consts: Vec<Ident> = regs.iter().map(|r| const_ident(r)).collect();
                let inits: Vec<TokenStream> = regs.iter().map(|r| field_init(r)).collect();
                let name = self.block_reader(&inst.name);
                let doc = format!(
                    " Reads every readable register of `{}` (base {}) in as few requests as the planner allows.",
                    inst.name, inst.base
                );
                methods.push(quote! {
                    #[doc = #doc]
                    pub async fn #name(&mut self) -> mm::ModbusResult<#ty> {
                        let wanted = self.available(&[#(&#consts),*]);
                        let snap = match self.inner.read_many(&wanted, REGISTERS, LIMITS).await? {
                            ::core::result::Result::Ok(snap) => snap,
                            ::core::result::Result::Err(code) => return ::core::result::Result::Ok(::core::result::Result::Err(code)),
                        };
                        ::core::result::Result::Ok(::core::result::Result::Ok(#ty { #(#inits)* }))
                    }
                });
                let field = ident(&inst.name);
                let fdoc = format!(" `{}` (base {}).", inst.name, inst.base);
                all_fields.push(quote! { #[doc = #fdoc] pub #field: #ty, });
                all_inits.push(quote! { #field: #ty { #(#inits)* }, });
                all_wanted.extend(consts);
            }
        }
        methods.push(quote! {
            /// Reads every readable register of the device (those the connected
            /// firmware has) in as few requests as the planner allows.
            pub async fn read_all(&mut self) -> mm::ModbusResult<All> {
                let wanted = self.available(&[#(&#all_wanted),*]);
                let snap = match self.inner.read_many(&wanted, REGISTERS, LIMITS).await? {
                    ::core::result::Result::Ok(snap) => snap,
                    ::core::result::Result::Err(code) => return ::core::result::Result::Ok(::core::result::Result::Err(code)),
                };
                ::core::result::Result::Ok(::core::result::Result::Ok(All { #(#all_inits)* }))
            }
        });

        if let Some(coil) = d.word_order_coil.as_deref().and_then(|q| d.register(q)) {
            let c = const_ident(coil);
            let doc = format!(
                " Reads coil `{}` (true = high word first) and uses that word order for every 32/64-bit register from now on.",
                coil.qualified_name
            );
            methods.push(quote! {
                #[doc = #doc]
                pub async fn detect_word_order(&mut self) -> mm::ModbusResult<mm::WordOrder> {
                    self.inner.sync_word_order(&#c).await
                }
            });
        }

        let title = d.title.clone().unwrap_or_else(|| d.name.clone());
        let client_doc = format!(" Typed client of {title} over a tokio-modbus context (`Reader + Writer`).");
        quote! {
            /// Everything [`Client::read_all`] returns: one field per block instance.
            #[derive(Debug, Clone, PartialEq)]
            pub struct All { #(#all_fields)* }

            #[doc = #client_doc]
            ///
            /// Reads return `Ok(Ok(value))`, `Ok(Err(exception))` when the device answers
            /// with a Modbus exception, and `Err(error)` for transport failures and for
            /// requests refused locally (access, range, firmware, safety), which are never sent.
            #[derive(Debug)]
            pub struct Client<C> {
                inner: mm::DeviceClient<C>,
            }

            impl<C> Client<C> {
                /// Wraps a connected context (e.g. `tokio_modbus::client::tcp::connect`); each
                /// register is addressed to its spec unit id unless `set_unit_id` says otherwise.
                pub fn new(ctx: C) -> Self {
                    Client { inner: mm::DeviceClient::new(ctx) }
                }
                /// Tells the client the device's firmware: registers newer than it are refused locally
                /// and left out of block reads.
                pub fn set_firmware(&mut self, firmware: ::core::option::Option<mm::Version>) {
                    self.inner.set_firmware(firmware);
                }
                /// Overrides the word order of every 32/64-bit register (`None`: as the spec says).
                pub fn set_word_order(&mut self, order: ::core::option::Option<mm::WordOrder>) {
                    self.inner.set_word_order(order);
                }
                /// Sends every request to this unit id instead of the spec's.
                pub fn set_unit_id(&mut self, unit_id: ::core::option::Option<u8>) {
                    self.inner.set_unit_id(unit_id);
                }
                /// Lets writes reach registers marked `safety: true`.
                pub fn allow_safety_writes(&mut self, allow: bool) {
                    self.inner.allow_safety_writes(allow);
                }
                /// The untyped client underneath, for raw reads and writes.
                pub fn device(&mut self) -> &mut mm::DeviceClient<C> {
                    &mut self.inner
                }
                /// Gives the tokio-modbus context back.
                pub fn into_inner(self) -> C {
                    self.inner.into_inner()
                }
                /// The registers of `wanted` the connected firmware has.
                fn available(&self, wanted: &[&'static mm::RegisterDescriptor]) -> mm::Vec<&'static mm::RegisterDescriptor> {
                    let firmware = self.inner.firmware();
                    wanted.iter().copied().filter(|d| present(d, firmware)).collect()
                }
                fn decode<T: mm::RegisterValue>(
                    &self,
                    snap: &mm::RegisterSnapshot,
                    desc: &'static mm::RegisterDescriptor,
                ) -> ::core::result::Result<T, mm::Error> {
                    ::core::result::Result::Ok(snap.get(desc, self.inner.word_order_for(desc))?)
                }
                fn decode_since<T: mm::RegisterValue>(
                    &self,
                    snap: &mm::RegisterSnapshot,
                    desc: &'static mm::RegisterDescriptor,
                ) -> ::core::result::Result<::core::option::Option<T>, mm::Error> {
                    if present(desc, self.inner.firmware()) {
                        self.decode(snap, desc).map(::core::option::Option::Some)
                    } else {
                        ::core::result::Result::Ok(::core::option::Option::None)
                    }
                }
            }

            fn present(desc: &mm::RegisterDescriptor, firmware: ::core::option::Option<mm::Version>) -> bool {
                match (desc.since, firmware) {
                    (::core::option::Option::Some(since), ::core::option::Option::Some(firmware)) => firmware >= since,
                    _ => true,
                }
            }

            impl<C: mm::Reader + mm::Writer> Client<C> {
                #(#methods)*
            }
        }
    }
}

/// `field: self.decode(&snap, &CONST)?,` for a block struct literal.
fn field_init(r: &ir::Register) -> TokenStream {
    let field = ident(&r.name);
    let c = const_ident(r);
    if r.since.is_some() {
        quote!(#field: self.decode_since(&snap, &#c)?,)
    } else {
        quote!(#field: self.decode(&snap, &#c)?,)
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
        mm::impl_register_value!(enum #ty);
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
            // Computed here so a 64-bit-wide field cannot overflow a shift in the generated code.
            let mask = if b.width >= 64 { u64::MAX } else { (1u64 << b.width) - 1 };
            let mask = syn::LitInt::new(&format!("{mask:#X}"), Span::call_site());
            let doc = format!(" `{}`: bits {}..={}.", b.name, b.lsb, u16::from(b.lsb) + u16::from(b.width) - 1);
            quote! {
                #[doc = #doc]
                pub const fn #getter(&self) -> u64 {
                    (self.0 >> #lsb) & #mask
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
        mm::impl_register_value!(bits #ty);
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
    let mut facts = facts(r);
    if r.instance_index.is_some() {
        // One struct serves every instance of a repeated block: give the offset, not one instance's address.
        facts[0] = format!(
            "- address: {} base + {} (`{}`: {}), {} {}",
            r.table.as_str(),
            r.relative_address,
            r.instance,
            r.address,
            r.width,
            if r.table.is_bit_table() { "bit(s)" } else { "register(s)" }
        );
    }
    doc.extend(facts);
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
/// `name` as an identifier, raw (`r#type`) where it is a keyword; names the device module too.
pub fn ident(name: &str) -> Ident {
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

/// The name of a register's descriptor const in the device module (also used by the dispatch tables and the derive).
pub fn const_ident(r: &ir::Register) -> Ident {
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

/// The registry's Rust generator: `rust/<device>.rs`.
pub struct Rust;

impl super::Generator for Rust {
    fn name(&self) -> &'static str {
        "rust"
    }

    fn output_dir(&self) -> &'static str {
        "rust"
    }

    fn device_files(&self, device: &ir::Device, options: &Options) -> Result<Vec<(std::path::PathBuf, String)>, Error> {
        Ok(vec![(format!("{}.rs", device.name).into(), generate(device, options)?)])
    }
}
