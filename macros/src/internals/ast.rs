//! The derive input as the macro sees it: the struct, its attributes and each
//! field's Rust type, classified by what register type it can hold.

use super::attr;
use super::ctxt::Ctxt;
use modbus_map_codegen::ir::DataType;

pub struct Container<'a> {
    pub ident: syn::Ident,
    pub attrs: attr::Container,
    pub fields: Vec<Field<'a>>,
}

pub struct Field<'a> {
    pub ident: syn::Ident,
    pub attrs: attr::Field,
    pub ty: &'a syn::Type,
    /// What the field holds: its type, or `T` of an `Option<T>` field.
    pub kind: FieldKind,
    /// An `Option<T>`: a register with sentinels, `None` when not available.
    pub optional: bool,
}

/// What a field's Rust type is, as far as register encoding cares.
#[derive(Debug, Clone, PartialEq)]
pub enum FieldKind {
    /// `bool`, integers and floats: the matching `DataType`.
    Primitive(DataType),
    /// `String`.
    Text,
    /// `[u16; N]`: raw registers of fixed length.
    RawArray(u64),
    /// `Vec<u16>`: raw registers, length from the attribute.
    RawVec,
    /// Anything else: a user type (an enumeration) converted through the runtime's enum trait.
    Other,
}

impl FieldKind {
    pub fn of(ty: &syn::Type) -> FieldKind {
        match ty {
            syn::Type::Path(p) if p.qself.is_none() => {
                let Some(last) = p.path.segments.last() else {
                    return FieldKind::Other;
                };
                let name = last.ident.to_string();
                if matches!(last.arguments, syn::PathArguments::None) {
                    if name == "String" {
                        return FieldKind::Text;
                    }
                    if let Some(dt) = DataType::parse(&name) {
                        if !dt.has_length() {
                            return FieldKind::Primitive(dt);
                        }
                    }
                    return FieldKind::Other;
                }
                if name == "Vec" && is_single_arg(&last.arguments, "u16") {
                    return FieldKind::RawVec;
                }
                FieldKind::Other
            }
            syn::Type::Array(a) => {
                let elem_is_u16 = matches!(&*a.elem, syn::Type::Path(p) if p.path.is_ident("u16"));
                if let (
                    true,
                    syn::Expr::Lit(syn::ExprLit {
                        lit: syn::Lit::Int(n), ..
                    }),
                ) = (elem_is_u16, &a.len)
                {
                    if let Ok(n) = n.base10_parse::<u64>() {
                        return FieldKind::RawArray(n);
                    }
                }
                FieldKind::Other
            }
            syn::Type::Group(g) => FieldKind::of(&g.elem),
            syn::Type::Paren(p) => FieldKind::of(&p.elem),
            _ => FieldKind::Other,
        }
    }
}

/// `T` of `Option<T>` (also written `core::option::Option<T>`).
fn option_inner(ty: &syn::Type) -> Option<&syn::Type> {
    let syn::Type::Path(p) = ty else { return None };
    let last = p.path.segments.last().filter(|l| p.qself.is_none() && l.ident == "Option")?;
    let syn::PathArguments::AngleBracketed(a) = &last.arguments else { return None };
    match a.args.first() {
        Some(syn::GenericArgument::Type(inner)) if a.args.len() == 1 => Some(inner),
        _ => None,
    }
}

fn is_single_arg(args: &syn::PathArguments, want: &str) -> bool {
    let syn::PathArguments::AngleBracketed(a) = args else {
        return false;
    };
    a.args.len() == 1
        && matches!(a.args.first(), Some(syn::GenericArgument::Type(syn::Type::Path(p))) if p.path.is_ident(want))
}

impl<'a> Container<'a> {
    /// `None` when the item cannot be a register map at all (the error is in `cx`).
    pub fn from_ast(cx: &Ctxt, item: &'a syn::DeriveInput) -> Option<Container<'a>> {
        let attrs = attr::Container::from_ast(cx, item);
        let named = match &item.data {
            syn::Data::Struct(syn::DataStruct {
                fields: syn::Fields::Named(named),
                ..
            }) => named,
            syn::Data::Struct(_) => {
                cx.error_spanned_by(
                    &item.ident,
                    "#[derive(ModbusMap)] needs a struct with named fields: each field is one register",
                );
                return None;
            }
            syn::Data::Enum(e) => {
                cx.error_spanned_by(
                    e.enum_token,
                    "#[derive(ModbusMap)] is for structs whose fields are registers, not for enums",
                );
                return None;
            }
            syn::Data::Union(u) => {
                cx.error_spanned_by(
                    u.union_token,
                    "#[derive(ModbusMap)] is for structs whose fields are registers, not for unions",
                );
                return None;
            }
        };
        if !item.generics.params.is_empty() {
            cx.error_spanned_by(
                &item.generics,
                "#[derive(ModbusMap)] does not support generic structs: a register map has one fixed layout",
            );
        }
        let fields = named
            .named
            .iter()
            .filter_map(|f| {
                let ident = f.ident.clone()?;
                let inner = option_inner(&f.ty);
                Some(Field {
                    ident,
                    attrs: attr::Field::from_ast(cx, f),
                    ty: &f.ty,
                    kind: FieldKind::of(inner.unwrap_or(&f.ty)),
                    optional: inner.is_some(),
                })
            })
            .collect();
        Some(Container {
            ident: item.ident.clone(),
            attrs,
            fields,
        })
    }
}
