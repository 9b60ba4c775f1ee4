//! The derive's pipeline: attributes → spec model → the codegen validator →
//! IR → the same generated items a spec produces, plus the glue that makes the
//! struct itself the value holder (encode/decode, server storage).

use crate::internals::ast::{Container, Field, FieldKind};
use crate::internals::ctxt::Ctxt;
use crate::internals::{check, lower, symbol};
use modbus_map_codegen::diagnostics::Diagnostic;
use modbus_map_codegen::load::suggest;
use modbus_map_core::codec::{engineering_type, is_scaled, EngineeringType};
use modbus_map_codegen::ir;
use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};
use syn::spanned::Spanned as _;

/// Why the derive refuses `scale_factor`: a derived struct holds engineering
/// values and serves them from its fields (server storage, snapshots), where a
/// value's raw words would depend on another field's current value.
const SCALE_FACTOR_UNSUPPORTED: &str = "`scale_factor` is not supported by #[derive(ModbusMap)]: a derived struct holds engineering values, and this register's raw words depend on another register's value at run time; generate the map from a spec (`Builder` in build.rs or `cargo xtask gen`), whose client reads the value with its factor";

/// One field and the IR register it holds.
struct Bound<'a, 'b> {
    field: &'b Field<'a>,
    register: ir::Register,
}

pub fn derive(input: &syn::DeriveInput) -> syn::Result<TokenStream> {
    let cx = Ctxt::new();
    let Some(cont) = Container::from_ast(&cx, input) else {
        cx.check()?;
        return Ok(TokenStream::new());
    };
    let result = match &cont.attrs.spec {
        Some(_) => spec_mode(&cx, &cont),
        None => map_mode(&cx, &cont),
    };
    if let Some((_, bound, _)) = &result {
        check_optional(&cx, bound);
    }
    cx.check()?;
    let Some((device, bound, rerun)) = result else {
        return Err(syn::Error::new(
            cont.ident.span(),
            "#[derive(ModbusMap)] could not build a register map from this struct (no specific error was found; please report this)",
        ));
    };
    Ok(generate(&cont, &device, &bound, rerun))
}

/// A register with sentinels reads as "not available" (`None`), so its field is an
/// `Option`; an `Option` field of a register without one would never be `None`.
fn check_optional(cx: &Ctxt, bound: &[Bound]) {
    for b in bound {
        let r = &b.register;
        match (modbus_map_codegen::format::not_available(r), b.field.optional) {
            (Some(sentinels), false) => cx.error_spanned_by(
                b.field.ty,
                format!(
                    "field `{}`: register `{}` has sentinels ({sentinels}), which read as not available; make the field an `Option<...>` of its type",
                    b.field.ident, r.qualified_name
                ),
            ),
            (None, true) => cx.error_spanned_by(
                b.field.ty,
                format!(
                    "field `{}` is an `Option`, but register `{}` has no `sentinel`, so it is never `None`; add `sentinel = ...` or drop the `Option`",
                    b.field.ident, r.qualified_name
                ),
            ),
            _ => {}
        }
    }
}

/// Where the derive stands in the codegen pipeline: a struct without a file.
fn struct_origin(cont: &Container) -> String {
    format!("#[derive(ModbusMap)] {}", cont.ident)
}

type Derived<'a, 'b> = (ir::Device, Vec<Bound<'a, 'b>>, Option<String>);

fn map_mode<'a, 'b>(cx: &Ctxt, cont: &'b Container<'a>) -> Option<Derived<'a, 'b>> {
    for f in &cont.fields {
        if f.attrs.span.is_none() {
            cx.error_at(
                f.ident.span(),
                format!(
                    "field `{}` has no #[modbus(...)] attribute; every field of a register map is a register \
                     (e.g. #[modbus(holding, address = 0)])",
                    f.ident
                ),
            );
        }
    }
    let lowered = lower::lower(cx, cont, &struct_origin(cont));
    // Whether each field's Rust type can hold its register is decided from the
    // attributes alone, so these errors come in the same build as the validator's.
    for (b, block) in lowered.spec.blocks.iter().enumerate() {
        for (r, &fi) in lowered.fields[b].iter().enumerate() {
            let field = &cont.fields[fi];
            let reg = &block.registers[r];
            let Some(dt) = reg.data_type.as_ref().and_then(|t| ir::DataType::parse(&t.value)) else {
                continue;
            };
            if reg.scale_factor.is_some() {
                let span = lower::field_key_span(field, "scale_factor").unwrap_or_else(|| field.ident.span());
                cx.error_at(span, SCALE_FACTOR_UNSUPPORTED);
            }
            let length = reg.length.as_ref().map_or(0, |l| u16::try_from(l.value).unwrap_or(0));
            let scaled = field.attrs.is_scaled();
            if let Some(why) = check::incompatibility(&field.kind, dt, length, scaled, !reg.values.is_empty()) {
                cx.error_spanned_by(
                    field.ty,
                    format!(
                        "field `{}` cannot hold register `{}.{}`: {why}",
                        field.ident, block.name.value, reg.name.value
                    ),
                );
            }
        }
    }
    let device = match crate::pipeline::validate(&lowered.spec) {
        Ok(device) => device,
        Err(diagnostics) => {
            for d in diagnostics.iter().filter(|d| d.is_error()) {
                report_map_diagnostic(cx, cont, &lowered, d);
            }
            return None;
        }
    };
    let mut bound = Vec::new();
    for (b, block) in lowered.spec.blocks.iter().enumerate() {
        for (r, &fi) in lowered.fields[b].iter().enumerate() {
            let field = &cont.fields[fi];
            let qualified = format!("{}.{}", block.name.value, block.registers[r].name.value);
            match device.register(&qualified) {
                Some(register) => bound.push(Bound {
                    field,
                    register: register.clone(),
                }),
                None => cx.error_at(
                    field.ident.span(),
                    format!("register `{qualified}` is missing from the validated map; please report this"),
                ),
            }
        }
    }
    Some((device, bound, None))
}

/// Points a validator diagnostic at the attribute it is about.
fn report_map_diagnostic(cx: &Ctxt, cont: &Container, lowered: &lower::Lowered, d: &Diagnostic) {
    let key = d.subject.key.as_deref();
    let field = match (d.subject.block, d.subject.register) {
        (Some(b), Some(r)) => lowered.fields.get(b).and_then(|f| f.get(r)).map(|&i| &cont.fields[i]),
        _ => None,
    };
    // The derive already said it cannot infer this field's type; the validator's "no type" adds nothing.
    if let (Some(f), Some("type")) = (field, key) {
        if f.attrs.register.data_type.is_none() && check::inferred_type(f).is_none() {
            return;
        }
    }
    let span = match field {
        Some(f) => key
            .and_then(|k| lower::field_key_span(f, k))
            // Without `type`, the field's Rust type is what chose the register type.
            .or_else(|| (key == Some("type")).then(|| f.ty.span()))
            .or(f.attrs.span)
            .unwrap_or_else(|| f.ident.span()),
        None => {
            // Block keys sit on the struct too, some under another name.
            let key = match (d.subject.block, key) {
                (Some(_), Some("name")) => Some("block"),
                (Some(_), Some("description")) => Some("block_description"),
                (_, k) => k,
            };
            key.and_then(|k| lower::container_key_span(cont, k))
                .unwrap_or_else(|| cont.ident.span())
        }
    };
    let mut message = d.message.clone();
    if let Some(help) = &d.help {
        message.push_str("\nhelp: ");
        message.push_str(help);
    }
    cx.error_at(span, message);
}

fn spec_mode<'a, 'b>(cx: &Ctxt, cont: &'b Container<'a>) -> Option<Derived<'a, 'b>> {
    let a = &cont.attrs;
    let spec_attr = a.spec.as_ref()?;
    let Some(block_span) = a.spans.get("block") else {
        cx.error_at(
            spec_attr.span,
            "`spec = \"...\"` needs `block = \"...\"` too: the struct follows one block of the spec",
        );
        return None;
    };
    // Keys that the spec defines cannot also be set on the struct.
    for key in symbol::container_keys() {
        if matches!(key, "spec" | "block" | "description") {
            continue;
        }
        if let Some(span) = lower::container_key_span(cont, key) {
            cx.error_at(
                span,
                format!("`{key}` comes from the spec in spec mode; remove it here"),
            );
        }
    }
    for f in &cont.fields {
        let tables = [symbol::INPUT, symbol::HOLDING, symbol::COIL, symbol::DISCRETE].map(|t| t.0);
        if let Some(t) = &f.attrs.table {
            cx.error_at(
                t.span,
                format!(
                    "the table comes from the spec in spec mode; remove `{}` here",
                    t.value.as_str()
                ),
            );
        }
        for key in symbol::field_keys() {
            // Doc comments document the field; they do not redefine the register.
            if matches!(key, "name" | "description") || tables.contains(&key) {
                continue;
            }
            if let Some(span) = f.attrs.spans.get(key) {
                cx.error_at(
                    span,
                    format!("`{key}` comes from the spec in spec mode; remove it here (only `name` may rename a field's register)"),
                );
            }
        }
    }

    let manifest_dir = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".to_owned());
    let path = std::path::Path::new(&manifest_dir).join(&spec_attr.value);
    if !path.is_file() {
        cx.error_at(
            spec_attr.span,
            format!(
                "spec file `{}` not found (looked for {}); the path is relative to the crate's Cargo.toml directory",
                spec_attr.value,
                path.display()
            ),
        );
        return None;
    }
    let device = match crate::pipeline::load(&path, &spec_attr.value) {
        Ok(device) => device,
        Err(rendered) => {
            cx.error_at(
                spec_attr.span,
                format!("spec `{}` has errors:\n{rendered}", spec_attr.value),
            );
            return None;
        }
    };

    let Some(block) = device.blocks.iter().find(|b| b.name == a.block.name.value) else {
        let names: Vec<&str> = device.blocks.iter().map(|b| b.name.as_str()).collect();
        let mut message = format!("spec `{}` has no block `{}`", spec_attr.value, a.block.name.value);
        match suggest(&a.block.name.value, &names) {
            Some(best) => message.push_str(&format!("; did you mean `{best}`?")),
            None => message.push_str(&format!("; its blocks are: {}", names.join(", "))),
        }
        cx.error_at(block_span, message);
        return None;
    };
    if block.instances.len() != 1 {
        cx.error_at(
            block_span,
            format!(
                "block `{}` is repeated ({} instances); a struct follows one plain block",
                block.name,
                block.instances.len()
            ),
        );
        return None;
    }
    let registers: Vec<&ir::Register> = block
        .registers
        .iter()
        .filter_map(|local| {
            device
                .registers
                .iter()
                .find(|r| r.block == block.name && &r.name == local)
        })
        .collect();

    let mut bound = Vec::new();
    for f in &cont.fields {
        let name = lower::register_name(f);
        let Some(r) = registers.iter().find(|r| r.name == name) else {
            let mut message = format!(
                "field `{}` is not a register of block `{}` in `{}`",
                f.ident, block.name, spec_attr.value
            );
            let names: Vec<&str> = registers.iter().map(|r| r.name.as_str()).collect();
            match suggest(&name, &names) {
                Some(best) => message.push_str(&format!("; did you mean `{best}`?")),
                None => message.push_str("; remove the field or add the register to the spec"),
            }
            cx.error_at(f.ident.span(), message);
            continue;
        };
        if let Some(factor) = &r.scale_factor {
            cx.error_at(
                spec_attr.span,
                format!(
                    "register `{}` ({}:{}) is scaled by scale factor register `{factor}`: {SCALE_FACTOR_UNSUPPORTED}",
                    r.qualified_name, spec_attr.value, r.origin.line
                ),
            );
        }
        let scaled = is_scaled(r.scale, r.offset);
        if let Some(why) = check::incompatibility(&f.kind, r.data_type, r.length, scaled, r.enumeration.is_some()) {
            cx.error_spanned_by(
                f.ty,
                format!(
                    "field `{}` cannot hold register `{}` ({} {} {}, {}:{}): {why}",
                    f.ident,
                    r.qualified_name,
                    r.table.as_str(),
                    r.address,
                    r.data_type.as_str(),
                    spec_attr.value,
                    r.origin.line
                ),
            );
        }
        bound.push(Bound {
            field: f,
            register: (*r).clone(),
        });
    }
    for r in &registers {
        if !bound.iter().any(|b| b.register.qualified_name == r.qualified_name) {
            cx.error_at(
                cont.ident.span(),
                format!(
                    "missing field for register `{}` ({} {} {}, {}:{}); add `{}: {}` to the struct",
                    r.qualified_name,
                    r.table.as_str(),
                    r.address,
                    r.data_type.as_str(),
                    spec_attr.value,
                    r.origin.line,
                    r.name,
                    suggested_rust_type(r),
                ),
            );
        }
    }
    let device = restrict_to_block(&device, &block.name);
    Some((device, bound, Some(path.to_string_lossy().into_owned())))
}

/// The field type the message suggests: the engineering type, the one rule generated code follows too.
fn suggested_rust_type(r: &ir::Register) -> String {
    // A field holds a register with values or bits as an integer as well as an enum or flags type.
    match engineering_type(r.data_type, r.scale, r.offset, r.scale_factor.is_some(), false, false) {
        EngineeringType::String => "String".to_owned(),
        EngineeringType::Raw => format!("[u16; {}]", r.length),
        t => t.rust_type().unwrap_or(r.data_type.as_str()).to_owned(),
    }
}

/// The device with only one block, so the struct's map, docs and dispatch
/// table describe exactly the registers it holds.
fn restrict_to_block(device: &ir::Device, block: &str) -> ir::Device {
    let mut d = device.clone();
    d.blocks.retain(|b| b.name == block);
    d.registers.retain(|r| r.block == block);
    let kept: Vec<String> = d.registers.iter().map(|r| r.qualified_name.clone()).collect();
    for r in &mut d.registers {
        r.aliases.retain(|a| kept.contains(a));
    }
    d
}

fn generate(cont: &Container, device: &ir::Device, bound: &[Bound], rerun: Option<String>) -> TokenStream {
    let ident = &cont.ident;
    let wrapper = format_ident!("__modbus_map_{}", heck::AsSnakeCase(ident.to_string()).to_string());
    let dev_mod = modbus_map_codegen::generate::rust::ident(&device.name);
    // Only the map (descriptors, dispatch tables) of the generated module: the
    // struct is the value type and carries its own client calls, all of which
    // call into the runtime, so the derive's output is a table and a few lines per field.
    let module = modbus_map_codegen::generate::rust::map_tokens(device);
    let (json, ir_pieces) = ir_json(device, bound, rerun.is_none());
    let mm = quote!(::modbus_map::__private);

    // The generated module names descriptors after the register; the struct after the field.
    let module_const = modbus_map_codegen::generate::rust::const_ident;
    let const_of = |r: &ir::Register| {
        let field = bound
            .iter()
            .find(|b| b.register.qualified_name == r.qualified_name)
            .map(|b| &b.field.ident);
        match field {
            Some(f) => format_ident!(
                "{}",
                heck::AsShoutySnakeCase(f.to_string().trim_start_matches("r#")).to_string()
            ),
            None => module_const(r),
        }
    };
    // Fields whose values come from their (derived) enum type, not from the attributes.
    let map_mode = rerun.is_none();
    let values_from_type = |b: &Bound| values_from_type(b, map_mode);
    let field_consts = bound.iter().map(|b| {
        let c = const_of(&b.register);
        let m = module_const(&b.register);
        let ty = b.field.ty;
        let doc = format!(
            " Descriptor of register `{}` (field `{}`).",
            b.register.qualified_name, b.field.ident
        );
        if values_from_type(b) {
            quote! {
                #[doc = #doc]
                pub const #c: #mm::RegisterDescriptor = #mm::RegisterDescriptor {
                    values: <#ty as #mm::ModbusEnum>::VALUES,
                    ..#wrapper::#dev_mod::#m
                };
            }
        } else {
            quote! { #[doc = #doc] pub const #c: #mm::RegisterDescriptor = #wrapper::#dev_mod::#m; }
        }
    });
    let value_checks: Vec<TokenStream> = bound.iter().filter_map(|b| value_check(device, b, values_from_type(b))).collect();
    let all_consts: Vec<_> = device.registers.iter().map(const_of).collect();
    let count = proc_macro2::Literal::usize_unsuffixed(bound.len());

    // One table of (descriptor, value) pairs serves `to_snapshot` and `write`.
    let fields: Vec<_> = bound.iter().map(|b| (&b.field.ident, const_of(&b.register), b.field.ty)).collect();
    let fields_ref = fields.iter().map(|(f, c, ty)| quote_spanned!(ty.span()=> (&Self::#c, &self.#f)));
    let fields_mut = fields.iter().map(|(f, c, ty)| quote_spanned!(ty.span()=> (&Self::#c, &mut self.#f)));
    let decode_fields = bound.iter().map(|b| {
        let (f, c, ty) = (&b.field.ident, const_of(&b.register), b.field.ty);
        quote_spanned!(ty.span()=> #f: #mm::fields::from_snapshot(snapshot, &Self::#c, order)?,)
    });
    let slots = storage_slots(device, bound, map_mode);
    let all_readable = !bound.is_empty() && bound.iter().all(|b| b.register.access.readable());
    let read_all = all_readable.then(|| {
        let wanted = bound.iter().map(|b| const_of(&b.register));
        quote! {
            /// Reads every field in the fewest requests the read planner allows
            /// (the map's `read_limit`, `max_gap` and `values_per_read`).
            pub fn read<C>(
                client: &mut #mm::DeviceClient<C>,
            ) -> impl ::core::future::Future<Output = #mm::ModbusResult<Self>> + '_
            where
                C: #mm::Reader + #mm::Writer,
            {
                client.read_fields(&[#(&Self::#wanted),*], Self::REGISTERS, #wrapper::#dev_mod::LIMITS, Self::from_snapshot)
            }
        }
    });
    // Each call forwards the runtime's future: no state machine per field.
    let field_io = bound.iter().map(|b| {
        let f = &b.field.ident;
        let c = const_of(&b.register);
        let ty = b.field.ty;
        let read_fn = format_ident!("read_{}", f.to_string().trim_start_matches("r#"));
        let write_fn = format_ident!("write_{}", f.to_string().trim_start_matches("r#"));
        let read = b.register.access.readable().then(|| {
            let doc = format!(" Reads register `{}` into a `{}`.", b.register.qualified_name, quote!(#ty));
            quote! {
                #[doc = #doc]
                pub fn #read_fn<C: #mm::Reader + #mm::Writer>(
                    client: &mut #mm::DeviceClient<C>,
                ) -> impl ::core::future::Future<Output = #mm::ModbusResult<#ty>> + '_ {
                    client.read_value(&Self::#c)
                }
            }
        });
        let write = b.register.access.writable().then(|| {
            let doc = format!(
                " Writes register `{}`; access, range, enumeration, firmware and safety are checked before anything is sent.",
                b.register.qualified_name
            );
            quote! {
                #[doc = #doc]
                pub fn #write_fn<'a, C: #mm::Reader + #mm::Writer>(
                    client: &'a mut #mm::DeviceClient<C>,
                    value: &'a #ty,
                ) -> impl ::core::future::Future<Output = #mm::ModbusResult<()>> + 'a {
                    client.write_value(&Self::#c, value)
                }
            }
        });
        quote!(#read #write)
    });
    let client_impl = quote! {
        #[automatically_derived]
        impl #ident {
            #read_all
            /// Writes every writable field, one request per register, in field order;
            /// stops at the first Modbus exception.
            pub async fn write<C>(&self, client: &mut #mm::DeviceClient<C>) -> #mm::ModbusResult<()>
            where
                C: #mm::Reader + #mm::Writer,
            {
                client.write_fields(&self.__modbus_fields()).await
            }
            #(#field_io)*
        }
    };
    let rerun = rerun.map(|p| {
        quote!(
            const _: &[u8] = ::core::include_bytes!(#p);
        )
    });
    let unit = device.unit_id;

    quote! {
        #rerun
        #(#value_checks)*
        #[doc(hidden)]
        #[allow(non_snake_case, clippy::all)]
        mod #wrapper {
            #module
        }

        #[automatically_derived]
        impl #ident {
            /// The map's IR (`modbus_map_codegen::ir::Device`) as JSON, for the docs and Python generators.
            pub const IR_JSON: &'static str = #json;
            /// The complete IR as JSON: `IR_JSON` with the values of fields typed by a
            /// `#[derive(ModbusEnum)]` enum filled in from the enum.
            pub fn ir_json() -> ::std::string::String {
                let mut json = ::std::string::String::new();
                #(#ir_pieces)*
                json
            }
            /// Default unit id.
            pub const UNIT_ID: u8 = #unit;
            #(#field_consts)*
            /// Every register, sorted by (unit id, table, address, name).
            pub const REGISTERS: &'static [#mm::RegisterDescriptor] = &[#(Self::#all_consts),*];

            /// The slave dispatch tables of this map: serve a value of this struct
            /// (it implements the dispatch `Storage`) with `modbus_map`'s server.
            pub fn dispatch_map() -> &'static #mm::dispatch::DeviceMap {
                &#wrapper::#dev_mod::dispatch::MAP
            }

            /// Every field with its register, in field order.
            fn __modbus_fields(&self) -> [#mm::fields::Field<'_>; #count] {
                [#(#fields_ref),*]
            }
            fn __modbus_fields_mut(&mut self) -> [#mm::fields::FieldMut<'_>; #count] {
                [#(#fields_mut),*]
            }
            /// Where each field lives in the dispatch layout's storage.
            const __MODBUS_SLOTS: &'static [#mm::fields::Slot] = &[#(#slots),*];

            /// Encodes every field into the words its register holds on the wire.
            /// `order` overrides the registers' word order (a device that switches it at run time).
            pub fn to_snapshot(&self, order: ::core::option::Option<#mm::WordOrder>)
                -> ::core::result::Result<#mm::RegisterSnapshot, #mm::EncodeError>
            {
                #mm::fields::snapshot_of(&self.__modbus_fields(), order)
            }

            /// Decodes every field from words read off the wire.
            pub fn from_snapshot(snapshot: &#mm::RegisterSnapshot, order: ::core::option::Option<#mm::WordOrder>)
                -> ::core::result::Result<Self, #mm::DecodeError>
            {
                ::core::result::Result::Ok(Self { #(#decode_fields)* })
            }
        }

        #client_impl

        #[automatically_derived]
        impl #mm::dispatch::Storage for #ident {
            fn read(&mut self, entry: &#mm::dispatch::Entry, words: &mut [u16]) -> ::core::result::Result<(), #mm::dispatch::Exception> {
                #mm::fields::storage_read(&self.__modbus_fields(), Self::__MODBUS_SLOTS, entry, words)
            }
            fn write(&mut self, entry: &#mm::dispatch::Entry, words: &[u16]) -> ::core::result::Result<(), #mm::dispatch::Exception> {
                #mm::fields::storage_write(&mut self.__modbus_fields_mut(), Self::__MODBUS_SLOTS, entry.slot, words)
            }
        }
    }
}

/// Whether a field's enumeration values come from its type (a `#[derive(ModbusEnum)]` enum)
/// rather than from `values(...)` or the spec: a map-mode field of a user type on an integer
/// register with neither `values` nor `bits`.
fn values_from_type(b: &Bound, map_mode: bool) -> bool {
    // An `Option<T>` field's enum type is not `T`'s: its values must come from the attributes.
    map_mode
        && !b.field.optional
        && b.field.kind == FieldKind::Other
        && b.register.enumeration.is_none()
        && b.register.flags.is_none()
        && b.register.data_type.is_integer()
}

/// Compile-time checks of what the macro cannot see, the values of a field's enum type:
/// they fit the register's raw type, or they agree with the values the attributes or the spec give.
fn value_check(device: &ir::Device, b: &Bound, from_type: bool) -> Option<TokenStream> {
    let mm = quote!(::modbus_map::__private);
    let ty = b.field.ty;
    let ty_text = quote!(#ty).to_string().replace(' ', "");
    let r = &b.register;
    if from_type {
        let (lo, hi) = check::int_bounds(r.data_type)?;
        let lo = i64::try_from(lo).unwrap_or(i64::MIN);
        let hi = i64::try_from(hi).unwrap_or(i64::MAX);
        let msg = format!(
            "field `{}`: enum `{ty_text}` has a raw value that does not fit register `{}` ({}: {lo}..={hi}); \
             change the value or the register's `type`",
            b.field.ident,
            r.qualified_name,
            r.data_type.as_str()
        );
        return Some(quote_spanned! {ty.span()=>
            const _: () = {
                let values: &[#mm::EnumValue] = <#ty as #mm::ModbusEnum>::VALUES;
                let mut i = 0;
                while i < values.len() {
                    if values[i].raw < #lo || values[i].raw > #hi {
                        ::core::panic!(#msg);
                    }
                    i += 1;
                }
            };
        });
    }
    let values = device.values(r);
    if b.field.kind != FieldKind::Other || values.is_empty() {
        return None;
    }
    let raws = values.iter().map(|v| v.raw);
    let names = values.iter().map(|v| &v.name);
    let msg = format!(
        "field `{}`: the values of register `{}` (`values(...)` or the spec) differ from those of enum `{ty_text}` \
         (#[derive(ModbusEnum)]); make them agree or remove `values(...)`",
        b.field.ident, r.qualified_name
    );
    Some(quote_spanned! {ty.span()=>
        const _: () = {
            let have: &[#mm::EnumValue] = <#ty as #mm::ModbusEnum>::VALUES;
            let want: &[#mm::EnumValue] = &[#(#mm::EnumValue { raw: #raws, name: #names }),*];
            if !have.is_empty() {
                let mut same = have.len() == want.len();
                let mut i = 0;
                while same && i < want.len() {
                    let (a, b) = (have[i].name.as_bytes(), want[i].name.as_bytes());
                    same = have[i].raw == want[i].raw && a.len() == b.len();
                    let mut j = 0;
                    while same && j < a.len() {
                        same = a[j] == b[j];
                        j += 1;
                    }
                    i += 1;
                }
                if !same {
                    ::core::panic!(#msg);
                }
            }
        };
    })
}

/// The field table's storage slots (`fields::Slot`), sorted by slot, the field holding a
/// slot's value first: an alias shares its target's slot, so both addresses serve the
/// target's field and a write through either updates both.
fn storage_slots(device: &ir::Device, bound: &[Bound], map_mode: bool) -> Vec<TokenStream> {
    let mm = quote!(::modbus_map::__private);
    let layout = modbus_map_codegen::layout::layout(device);
    let mut slots: Vec<(u32, bool, u16, bool, bool)> = bound
        .iter()
        .enumerate()
        .filter_map(|(k, b)| {
            let i = device.registers.iter().position(|r| r.qualified_name == b.register.qualified_name)?;
            let field = u16::try_from(k).ok()?;
            Some((layout.slots[i], b.register.alias_of.is_some(), field, values_from_type(b, map_mode), layout.targets[i].is_some()))
        })
        .collect();
    slots.sort();
    slots
        .into_iter()
        .map(|(slot, _, field, listed, converted)| {
            quote!(#mm::fields::Slot { slot: #slot, field: #field, listed: #listed, converted: #converted })
        })
        .collect()
}

/// `IR_JSON` and `ir_json()`'s body: the IR's JSON once, and the pieces of it
/// between the values of fields typed by a derived enum, which `ir_json()`
/// splices in from the enum's `ModbusEnum::VALUES_IR_JSON` (`[]` for a hand-written impl).
fn ir_json(device: &ir::Device, bound: &[Bound], map_mode: bool) -> (String, Vec<TokenStream>) {
    let mut d = device.clone();
    let mut holes = Vec::new();
    for (k, b) in bound.iter().enumerate().filter(|(_, b)| values_from_type(b, map_mode)) {
        let Some(r) = d.registers.iter_mut().find(|r| r.qualified_name == b.register.qualified_name) else {
            continue;
        };
        // The field's values get an enumeration of their own whose values are the hole.
        let values = vec![ir::EnumVariant {
            raw: 0,
            name: format!("__modbus_map_values_{k}__"),
            ident: String::new(),
        }];
        holes.push((serde_json::to_string(&values).unwrap_or_default(), b.field.ty));
        r.enumeration = Some(d.enumerations.len());
        let used_by = vec![format!("{}.{}", r.block, r.name)];
        d.enumerations.push(ir::Enumeration { name: format!("{}_{}", r.block, r.name), values, used_by });
    }
    let marked = serde_json::to_string(&d).unwrap_or_default();
    let mut at: Vec<(usize, usize, &syn::Type)> = holes
        .iter()
        .filter_map(|(hole, ty)| marked.find(hole.as_str()).map(|p| (p, hole.len(), *ty)))
        .collect();
    at.sort_by_key(|h| h.0);
    // `IR_JSON` has no values where the holes are, as the attributes give none.
    let empty = "[]";
    let mut text = String::with_capacity(marked.len());
    let mut pieces = Vec::new();
    let mut from = 0;
    for (p, len, ty) in at {
        let start = text.len();
        text.push_str(&marked[from..p]);
        let end = text.len();
        text.push_str(empty);
        pieces.push(quote!(json.push_str(&Self::IR_JSON[#start..#end]);));
        pieces.push(quote_spanned!(ty.span()=> json.push_str(<#ty as ::modbus_map::__private::ModbusEnum>::VALUES_IR_JSON);));
        from = p + len;
    }
    let start = text.len();
    text.push_str(&marked[from..]);
    pieces.push(quote!(json.push_str(&Self::IR_JSON[#start..]);));
    (text, pieces)
}
