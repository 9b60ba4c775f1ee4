//! Syntax trees built directly, for the items a large device has thousands of:
//! descriptor table entries and chains, register consts, block struct fields,
//! accessor macros and dispatch indexes. Built here, they go to prettyplease as they are instead of being quoted
//! and parsed back by syn, which on a large spec was much of what the Rust
//! generator cost. Everything else is quoted and parsed ([`Chunk::Quoted`]), and
//! both kinds print the same.

use proc_macro2::{Ident, Literal, Span, TokenStream};
use syn::{AttrStyle, Attribute, Expr, Item, Lit, Meta, MetaNameValue, Path, PathSegment, Type, Visibility};

/// Items of the module in runs that are formatted one at a time (a large device's
/// module, parsed whole, held hundreds of MB of syntax tree).
pub(crate) enum Chunk {
    /// Tokens parsed as a file's items when formatted.
    Quoted(TokenStream),
    /// Items built as syntax trees.
    Built(Vec<Item>),
}

impl Chunk {
    /// The chunk as a file prettyplease can print; quoted tokens that do not parse are a generator bug.
    pub(crate) fn into_file(self) -> Result<syn::File, String> {
        match self {
            Chunk::Quoted(tokens) => parse(tokens),
            Chunk::Built(items) => Ok(syn::File { shebang: None, attrs: Vec::new(), items }),
        }
    }

    /// The chunk as tokens, for callers that embed the module (the derive, tests).
    pub(crate) fn into_tokens(self) -> TokenStream {
        match self {
            Chunk::Quoted(tokens) => tokens,
            Chunk::Built(items) => {
                let mut tokens = TokenStream::new();
                for item in items {
                    quote::ToTokens::to_tokens(&item, &mut tokens);
                }
                tokens
            }
        }
    }
}

fn span() -> Span {
    Span::call_site()
}

/// `tokens` as a syntax tree of type `T`; quoted tokens that do not parse are a generator bug.
pub(crate) fn parse<T: syn::parse::Parse>(tokens: TokenStream) -> Result<T, String> {
    syn::parse2(tokens).map_err(|e| format!("generated tokens do not parse ({e}); this is a generator bug"))
}

pub(crate) fn lit_str(text: &str) -> Expr {
    Expr::Lit(syn::ExprLit { attrs: Vec::new(), lit: Lit::Str(syn::LitStr::new(text, span())) })
}

/// An unsuffixed integer literal.
pub(crate) fn lit_int(n: usize) -> Expr {
    Expr::Lit(syn::ExprLit { attrs: Vec::new(), lit: Lit::Int(Literal::usize_unsuffixed(n).into()) })
}

/// `n` as a hex literal (`0xFFFF`), as vendors' tables write bit patterns.
pub(crate) fn lit_hex(n: u64) -> Expr {
    let literal: Literal = format!("{n:#X}").parse().expect("a hex number is an integer literal");
    Expr::Lit(syn::ExprLit { attrs: Vec::new(), lit: Lit::Int(literal.into()) })
}

/// An unsuffixed float literal, `-x` for a negative one (no minus on zero), as
/// `Literal::f64_unsuffixed` writes it.
pub(crate) fn lit_f64(x: f64) -> Expr {
    let lit = Expr::Lit(syn::ExprLit { attrs: Vec::new(), lit: Lit::Float(Literal::f64_unsuffixed(x.abs()).into()) });
    if x.is_sign_negative() && x != 0.0 {
        Expr::Unary(syn::ExprUnary { attrs: Vec::new(), op: syn::UnOp::Neg(Default::default()), expr: Box::new(lit) })
    } else {
        lit
    }
}

pub(crate) fn path(segments: &[&Ident]) -> Path {
    Path { leading_colon: None, segments: segments.iter().map(|&s| PathSegment::from(s.clone())).collect() }
}

pub(crate) fn path_expr(segments: &[&Ident]) -> Expr {
    Expr::Path(syn::ExprPath { attrs: Vec::new(), qself: None, path: path(segments) })
}

/// `&expr`
pub(crate) fn reference(expr: Expr) -> Expr {
    Expr::Reference(syn::ExprReference { attrs: Vec::new(), and_token: Default::default(), mutability: None, expr: Box::new(expr) })
}

/// `[elements]`
pub(crate) fn array(elements: impl IntoIterator<Item = Expr>) -> Expr {
    Expr::Array(syn::ExprArray { attrs: Vec::new(), bracket_token: Default::default(), elems: elements.into_iter().collect() })
}

/// `function(args)`
pub(crate) fn call(function: Expr, args: impl IntoIterator<Item = Expr>) -> Expr {
    Expr::Call(syn::ExprCall { attrs: Vec::new(), func: Box::new(function), paren_token: Default::default(), args: args.into_iter().collect() })
}

/// `receiver.method(args)`
pub(crate) fn method_call(receiver: Expr, method: &str, args: impl IntoIterator<Item = Expr>) -> Expr {
    Expr::MethodCall(syn::ExprMethodCall {
        attrs: Vec::new(),
        receiver: Box::new(receiver),
        dot_token: Default::default(),
        method: Ident::new(method, span()),
        turbofish: None,
        paren_token: Default::default(),
        args: args.into_iter().collect(),
    })
}

/// `expr[k]`
pub(crate) fn index(expr: Expr, k: usize) -> Expr {
    Expr::Index(syn::ExprIndex { attrs: Vec::new(), expr: Box::new(expr), bracket_token: Default::default(), index: Box::new(lit_int(k)) })
}

/// `#[doc = text]`, which prettyplease prints as `///text`.
pub(crate) fn doc(text: &str) -> Attribute {
    Attribute {
        pound_token: Default::default(),
        style: AttrStyle::Outer,
        bracket_token: Default::default(),
        meta: Meta::NameValue(MetaNameValue {
            path: Path::from(Ident::new("doc", span())),
            eq_token: Default::default(),
            value: lit_str(text),
        }),
    }
}

/// `[#[doc = doc]] [pub] const name: ty = value;`
pub(crate) fn const_item(doc_text: Option<&str>, public: bool, name: Ident, ty: Type, value: Expr) -> Item {
    Item::Const(syn::ItemConst {
        attrs: doc_text.map(doc).into_iter().collect(),
        vis: if public { Visibility::Public(Default::default()) } else { Visibility::Inherited },
        const_token: Default::default(),
        ident: name,
        generics: Default::default(),
        colon_token: Default::default(),
        ty: Box::new(ty),
        eq_token: Default::default(),
        expr: Box::new(value),
        semi_token: Default::default(),
    })
}

/// `#[doc = doc] pub name: ty`
pub(crate) fn field(doc_text: &str, name: Ident, ty: Type) -> syn::Field {
    syn::Field {
        attrs: vec![doc(doc_text)],
        vis: Visibility::Public(Default::default()),
        mutability: syn::FieldMutability::None,
        ident: Some(name),
        colon_token: Some(Default::default()),
        ty,
    }
}

/// `path!(tokens)`
pub(crate) fn macro_call(path: Path, tokens: TokenStream) -> syn::Macro {
    syn::Macro { path, bang_token: Default::default(), delimiter: syn::MacroDelimiter::Paren(Default::default()), tokens }
}

/// `path!(tokens);` as an item.
pub(crate) fn macro_item(path: Path, tokens: TokenStream) -> Item {
    Item::Macro(syn::ItemMacro { attrs: Vec::new(), ident: None, mac: macro_call(path, tokens), semi_token: Some(Default::default()) })
}

/// `path!(tokens);` in an impl block.
pub(crate) fn impl_macro(path: Path, tokens: TokenStream) -> syn::ImplItem {
    syn::ImplItem::Macro(syn::ImplItemMacro { attrs: Vec::new(), mac: macro_call(path, tokens), semi_token: Some(Default::default()) })
}

/// Idents of a path written once and cloned per use.
pub(crate) fn idents<const N: usize>(names: [&str; N]) -> [Ident; N] {
    names.map(|n| Ident::new(n, span()))
}
