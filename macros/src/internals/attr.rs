//! `#[modbus(...)]` attributes of the struct (device and block keys) and of its
//! fields (register keys), parsed with their spans so every later diagnostic
//! can point at the attribute that caused it.

use super::ctxt::Ctxt;
use super::symbol::*;
use modbus_map_codegen::ir::{Access, ByteOrder, DataType, Table, WordOrder};
use proc_macro2::Span;
use syn::meta::ParseNestedMeta;
use syn::parse::ParseStream;
use syn::spanned::Spanned as _;
use syn::{Lit, LitStr, Token};

/// A parsed value and the span of the attribute it came from.
#[derive(Debug, Clone)]
pub struct Spanned<T> {
    pub value: T,
    pub span: Span,
}

/// A number as written: integers stay exact, and the text is kept for docs (`scale`).
#[derive(Debug, Clone, PartialEq)]
pub enum Number {
    Int(i64),
    Float(f64),
}

impl Number {
    pub fn as_f64(&self) -> f64 {
        match *self {
            Number::Int(i) => i as f64,
            Number::Float(f) => f,
        }
    }
}

/// A `default` value: number, string or bool, as in the spec format.
#[derive(Debug, Clone, PartialEq)]
pub enum Literal {
    Number(Number),
    Text(String),
    Bool(bool),
}

/// One attribute slot. Setting it twice is an error at the second occurrence.
struct Attr<'c, T> {
    cx: &'c Ctxt,
    name: Symbol,
    value: Option<Spanned<T>>,
}

impl<'c, T> Attr<'c, T> {
    fn none(cx: &'c Ctxt, name: Symbol) -> Self {
        Attr { cx, name, value: None }
    }

    fn set(&mut self, span: Span, value: T) {
        if let Some(first) = &self.value {
            let mut err = syn::Error::new(
                span,
                format!("duplicate modbus attribute `{}`; remove one of them", self.name),
            );
            err.combine(syn::Error::new(first.span, format!("`{}` first set here", self.name)));
            self.cx.syn_error(err);
        } else {
            self.value = Some(Spanned { value, span });
        }
    }

    fn get(self) -> Option<Spanned<T>> {
        self.value
    }
}

/// Device-level and block-level keys written on the struct.
#[derive(Debug, Clone, Default)]
pub struct Container {
    pub name: Option<Spanned<String>>,
    pub title: Option<Spanned<String>>,
    pub vendor: Option<Spanned<String>>,
    pub description: Option<Spanned<String>>,
    pub firmware: Option<Spanned<String>>,
    pub unit_id: Option<Spanned<i64>>,
    pub word_order: Option<Spanned<WordOrder>>,
    pub byte_order: Option<Spanned<ByteOrder>>,
    pub read_limit: Option<Spanned<i64>>,
    pub max_gap: Option<Spanned<i64>>,
    pub values_per_read: Option<Spanned<i64>>,
    pub allow_gaps: Option<Spanned<bool>>,
    pub word_order_coil: Option<Spanned<String>>,
    pub spec: Option<Spanned<String>>,
    pub block: Option<Spanned<String>>,
    pub base: Option<Spanned<i64>>,
    pub block_description: Option<Spanned<String>>,
}

impl Container {
    pub fn from_ast(cx: &Ctxt, item: &syn::DeriveInput) -> Container {
        let mut name = Attr::none(cx, NAME);
        let mut title = Attr::none(cx, TITLE);
        let mut vendor = Attr::none(cx, VENDOR);
        let mut description = Attr::none(cx, DESCRIPTION);
        let mut firmware = Attr::none(cx, FIRMWARE);
        let mut unit_id = Attr::none(cx, UNIT_ID);
        let mut word_order = Attr::none(cx, WORD_ORDER);
        let mut byte_order = Attr::none(cx, BYTE_ORDER);
        let mut read_limit = Attr::none(cx, READ_LIMIT);
        let mut max_gap = Attr::none(cx, MAX_GAP);
        let mut values_per_read = Attr::none(cx, VALUES_PER_READ);
        let mut allow_gaps = Attr::none(cx, ALLOW_GAPS);
        let mut word_order_coil = Attr::none(cx, WORD_ORDER_COIL);
        let mut spec = Attr::none(cx, SPEC);
        let mut block = Attr::none(cx, BLOCK);
        let mut base = Attr::none(cx, BASE);
        let mut block_description = Attr::none(cx, BLOCK_DESCRIPTION);

        for attr in &item.attrs {
            if attr.path() != MODBUS {
                continue;
            }
            let result = attr.parse_nested_meta(|meta| {
                let span = meta.path.span();
                let key = &meta.path;
                if key == NAME {
                    name.set(span, parse_str(&meta)?);
                } else if key == TITLE {
                    title.set(span, parse_str(&meta)?);
                } else if key == VENDOR {
                    vendor.set(span, parse_str(&meta)?);
                } else if key == DESCRIPTION {
                    description.set(span, parse_str(&meta)?);
                } else if key == FIRMWARE {
                    firmware.set(span, parse_str(&meta)?);
                } else if key == UNIT_ID {
                    unit_id.set(span, parse_int(&meta)?);
                } else if key == WORD_ORDER {
                    word_order.set(span, parse_order(&meta, WordOrder::parse)?);
                } else if key == BYTE_ORDER {
                    byte_order.set(span, parse_order(&meta, ByteOrder::parse)?);
                } else if key == READ_LIMIT {
                    read_limit.set(span, parse_int(&meta)?);
                } else if key == MAX_GAP {
                    max_gap.set(span, parse_int(&meta)?);
                } else if key == VALUES_PER_READ {
                    values_per_read.set(span, parse_int(&meta)?);
                } else if key == ALLOW_GAPS {
                    allow_gaps.set(span, parse_flag(&meta)?);
                } else if key == WORD_ORDER_COIL {
                    word_order_coil.set(span, parse_str(&meta)?);
                } else if key == SPEC {
                    spec.set(span, parse_str(&meta)?);
                } else if key == BLOCK {
                    block.set(span, parse_str(&meta)?);
                } else if key == BASE {
                    base.set(span, parse_int(&meta)?);
                } else if key == BLOCK_DESCRIPTION {
                    block_description.set(span, parse_str(&meta)?);
                } else {
                    return Err(unknown_key(&meta, CONTAINER_KEYS, FIELD_KEYS, "struct", "field"));
                }
                Ok(())
            });
            if let Err(err) = result {
                cx.syn_error(err);
            }
        }

        let description = description.get().or_else(|| doc_comment(&item.attrs));
        Container {
            name: name.get(),
            title: title.get(),
            vendor: vendor.get(),
            description,
            firmware: firmware.get(),
            unit_id: unit_id.get(),
            word_order: word_order.get(),
            byte_order: byte_order.get(),
            read_limit: read_limit.get(),
            max_gap: max_gap.get(),
            values_per_read: values_per_read.get(),
            allow_gaps: allow_gaps.get(),
            word_order_coil: word_order_coil.get(),
            spec: spec.get(),
            block: block.get(),
            base: base.get(),
            block_description: block_description.get(),
        }
    }
}

/// One named raw value of an enumeration, or one named bit range.
#[derive(Debug, Clone)]
pub struct Named<K> {
    pub key: K,
    pub name: String,
}

/// A bit range key: `3` or `"8-10"`, kept as written for the spec model.
pub type BitKey = String;

/// Register keys written on a field.
#[derive(Debug, Clone, Default)]
pub struct Field {
    pub table: Option<Spanned<Table>>,
    pub name: Option<Spanned<String>>,
    pub address: Option<Spanned<i64>>,
    pub data_type: Option<Spanned<DataType>>,
    pub length: Option<Spanned<i64>>,
    /// The scale and its text as written (`"1/10"`, `0.1`).
    pub scale: Option<Spanned<(f64, String)>>,
    pub offset: Option<Spanned<f64>>,
    pub unit: Option<Spanned<String>>,
    pub access: Option<Spanned<Access>>,
    pub min: Option<Spanned<f64>>,
    pub max: Option<Spanned<f64>>,
    pub default: Option<Spanned<Literal>>,
    pub values: Option<Spanned<Vec<Named<i64>>>>,
    pub bits: Option<Spanned<Vec<Named<BitKey>>>>,
    pub since: Option<Spanned<String>>,
    pub description: Option<Spanned<String>>,
    pub word_order: Option<Spanned<WordOrder>>,
    pub byte_order: Option<Spanned<ByteOrder>>,
    pub alias_of: Option<Spanned<String>>,
    pub safety: Option<Spanned<bool>>,
    pub overlaps: Option<Spanned<Vec<String>>>,
    /// The span of the first `#[modbus]` attribute, or of the field when it has none.
    pub span: Option<Span>,
}

impl Field {
    pub fn from_ast(cx: &Ctxt, field: &syn::Field) -> Field {
        let mut table: Attr<Table> = Attr::none(cx, Symbol("table"));
        let mut name = Attr::none(cx, NAME);
        let mut address = Attr::none(cx, ADDRESS);
        let mut data_type = Attr::none(cx, TYPE);
        let mut length = Attr::none(cx, LENGTH);
        let mut scale = Attr::none(cx, SCALE);
        let mut offset = Attr::none(cx, OFFSET);
        let mut unit = Attr::none(cx, UNIT);
        let mut access = Attr::none(cx, ACCESS);
        let mut min = Attr::none(cx, MIN);
        let mut max = Attr::none(cx, MAX);
        let mut default = Attr::none(cx, DEFAULT);
        let mut values = Attr::none(cx, VALUES);
        let mut bits = Attr::none(cx, BITS);
        let mut since = Attr::none(cx, SINCE);
        let mut description = Attr::none(cx, DESCRIPTION);
        let mut word_order = Attr::none(cx, WORD_ORDER);
        let mut byte_order = Attr::none(cx, BYTE_ORDER);
        let mut alias_of = Attr::none(cx, ALIAS_OF);
        let mut safety = Attr::none(cx, SAFETY);
        let mut overlaps = Attr::none(cx, OVERLAPS);
        let mut first_span = None;

        for attr in &field.attrs {
            if attr.path() != MODBUS {
                continue;
            }
            first_span.get_or_insert(attr.span());
            let result = attr.parse_nested_meta(|meta| {
                let span = meta.path.span();
                let key = &meta.path;
                let table_word = [
                    (INPUT, Table::Input),
                    (HOLDING, Table::Holding),
                    (COIL, Table::Coil),
                    (DISCRETE, Table::Discrete),
                ]
                .into_iter()
                .find(|(word, _)| key == *word);
                if let Some((word, t)) = table_word {
                    if !meta.input.is_empty() && !meta.input.peek(Token![,]) {
                        return Err(meta.error(format!("the table is a bare word: write `{word}`, not `{word} = ...`")));
                    }
                    if let Some(first) = &table.value {
                        let mut err = syn::Error::new(
                            span,
                            format!(
                                "a register lives in exactly one table, but this field names `{}` and `{}`; keep one",
                                first.value.as_str(),
                                t.as_str()
                            ),
                        );
                        err.combine(syn::Error::new(first.span, "table first given here"));
                        cx.syn_error(err);
                    } else {
                        table.set(span, t);
                    }
                } else if key == NAME {
                    name.set(span, parse_str(&meta)?);
                } else if key == ADDRESS {
                    address.set(span, parse_int(&meta)?);
                } else if key == TYPE {
                    data_type.set(span, parse_data_type(&meta)?);
                } else if key == LENGTH {
                    length.set(span, parse_int(&meta)?);
                } else if key == SCALE {
                    scale.set(span, parse_scale(&meta)?);
                } else if key == OFFSET {
                    offset.set(span, parse_number(&meta)?.as_f64());
                } else if key == UNIT {
                    unit.set(span, parse_str(&meta)?);
                } else if key == ACCESS {
                    let lit = parse_lit_str(&meta)?;
                    match Access::parse(&lit.value()) {
                        Some(a) => access.set(span, a),
                        None => {
                            return Err(syn::Error::new(
                                lit.span(),
                                format!("unknown access `{}`: expected \"r\", \"w\" or \"rw\"", lit.value()),
                            ))
                        }
                    }
                } else if key == MIN {
                    min.set(span, parse_number(&meta)?.as_f64());
                } else if key == MAX {
                    max.set(span, parse_number(&meta)?.as_f64());
                } else if key == DEFAULT {
                    default.set(span, parse_literal(&meta)?);
                } else if key == VALUES {
                    values.set(span, parse_values(&meta)?);
                } else if key == BITS {
                    bits.set(span, parse_bits(&meta)?);
                } else if key == SINCE {
                    since.set(span, parse_str(&meta)?);
                } else if key == DESCRIPTION {
                    description.set(span, parse_str(&meta)?);
                } else if key == WORD_ORDER {
                    word_order.set(span, parse_order(&meta, WordOrder::parse)?);
                } else if key == BYTE_ORDER {
                    byte_order.set(span, parse_order(&meta, ByteOrder::parse)?);
                } else if key == ALIAS_OF {
                    alias_of.set(span, parse_str(&meta)?);
                } else if key == SAFETY {
                    safety.set(span, parse_flag(&meta)?);
                } else if key == OVERLAPS {
                    overlaps.set(span, parse_str_list(&meta)?);
                } else {
                    return Err(unknown_key(&meta, FIELD_KEYS, CONTAINER_KEYS, "field", "struct"));
                }
                Ok(())
            });
            if let Err(err) = result {
                cx.syn_error(err);
            }
        }

        let description = description.get().or_else(|| doc_comment(&field.attrs));
        Field {
            table: table.get(),
            name: name.get(),
            address: address.get(),
            data_type: data_type.get(),
            length: length.get(),
            scale: scale.get(),
            offset: offset.get(),
            unit: unit.get(),
            access: access.get(),
            min: min.get(),
            max: max.get(),
            default: default.get(),
            values: values.get(),
            bits: bits.get(),
            since: since.get(),
            description,
            word_order: word_order.get(),
            byte_order: byte_order.get(),
            alias_of: alias_of.get(),
            safety: safety.get(),
            overlaps: overlaps.get(),
            span: first_span,
        }
    }
}

/// Doc comments joined into one description: lines of a paragraph joined by
/// spaces, paragraphs by a blank line, as a spec `description` would read.
fn doc_comment(attrs: &[syn::Attribute]) -> Option<Spanned<String>> {
    let mut lines = Vec::new();
    let mut span = None;
    for attr in attrs {
        if attr.path() != DOC {
            continue;
        }
        if let syn::Meta::NameValue(nv) = &attr.meta {
            if let syn::Expr::Lit(syn::ExprLit { lit: Lit::Str(s), .. }) = &nv.value {
                span.get_or_insert(attr.span());
                lines.push(s.value().trim().to_owned());
            }
        }
    }
    let mut paragraphs: Vec<String> = Vec::new();
    let mut current = String::new();
    for line in lines {
        if line.is_empty() {
            if !current.is_empty() {
                paragraphs.push(std::mem::take(&mut current));
            }
        } else {
            if !current.is_empty() {
                current.push(' ');
            }
            current.push_str(&line);
        }
    }
    if !current.is_empty() {
        paragraphs.push(current);
    }
    if paragraphs.is_empty() {
        return None;
    }
    Some(Spanned {
        value: paragraphs.join("\n\n"),
        span: span.unwrap_or_else(Span::call_site),
    })
}

fn unknown_key(meta: &ParseNestedMeta, keys: &[Symbol], other: &[Symbol], here: &str, there: &str) -> syn::Error {
    let word = meta.path.get_ident().map(|i| i.to_string()).unwrap_or_else(|| {
        meta.path
            .segments
            .iter()
            .map(|s| s.ident.to_string())
            .collect::<Vec<_>>()
            .join("::")
    });
    let mut message = format!("unknown modbus attribute `{word}` on a {here}");
    if other.iter().any(|k| k.0 == word) {
        message.push_str(&format!("; `{word}` belongs on the {there}"));
    } else if let Some(best) = suggest(&word, keys) {
        message.push_str(&format!("; did you mean `{best}`?"));
    } else {
        let list: Vec<&str> = keys.iter().map(|k| k.0).collect();
        message.push_str(&format!("; expected one of: {}", list.join(", ")));
    }
    // Skip the value so the rest of the attribute is still checked.
    let _ = skip_value(meta);
    syn::Error::new(meta.path.span(), message)
}

fn skip_value(meta: &ParseNestedMeta) -> syn::Result<()> {
    if meta.input.peek(Token![=]) {
        meta.value()?.parse::<syn::Expr>()?;
    } else if meta.input.peek(syn::token::Paren) {
        let _content;
        syn::parenthesized!(_content in meta.input);
    }
    Ok(())
}

fn key_name(meta: &ParseNestedMeta) -> String {
    meta.path.get_ident().map(|i| i.to_string()).unwrap_or_default()
}

fn parse_lit_str(meta: &ParseNestedMeta) -> syn::Result<LitStr> {
    let key = key_name(meta);
    let stream = meta
        .value()
        .map_err(|_| meta.error(format!("expected `{key} = \"...\"`")))?;
    match stream.parse::<Lit>()? {
        Lit::Str(s) => Ok(s),
        other => Err(syn::Error::new(
            other.span(),
            format!("`{key}` takes a string: `{key} = \"...\"`"),
        )),
    }
}

fn parse_str(meta: &ParseNestedMeta) -> syn::Result<String> {
    parse_lit_str(meta).map(|s| s.value())
}

fn parse_order<T>(meta: &ParseNestedMeta, parse: fn(&str) -> Option<T>) -> syn::Result<T> {
    let lit = parse_lit_str(meta)?;
    parse(&lit.value()).ok_or_else(|| {
        syn::Error::new(
            lit.span(),
            format!(
                "unknown {} `{}`: expected \"high_first\" or \"low_first\"",
                key_name(meta),
                lit.value()
            ),
        )
    })
}

fn parse_data_type(meta: &ParseNestedMeta) -> syn::Result<DataType> {
    let lit = parse_lit_str(meta)?;
    DataType::parse(&lit.value()).ok_or_else(|| {
        let names: Vec<&str> = DataType::ALL.iter().map(|t| t.as_str()).collect();
        let mut message = format!("unknown type `{}`", lit.value());
        let best = names
            .iter()
            .map(|n| (strsim::jaro_winkler(&lit.value(), n), *n))
            .filter(|(s, _)| *s >= 0.8)
            .max_by(|a, b| a.0.total_cmp(&b.0));
        match best {
            Some((_, n)) => message.push_str(&format!("; did you mean `{n}`?")),
            None => message.push_str(&format!("; expected one of: {}", names.join(", "))),
        }
        syn::Error::new(lit.span(), message)
    })
}

/// `-`? followed by an integer or float literal.
fn parse_signed(input: ParseStream, key: &str) -> syn::Result<(Number, String)> {
    let negative = input.parse::<Option<Token![-]>>()?.is_some();
    let lit: Lit = input.parse()?;
    let sign = if negative { "-" } else { "" };
    match &lit {
        Lit::Int(i) => {
            let v: i64 = i
                .base10_parse()
                .map_err(|_| syn::Error::new(i.span(), format!("`{key}` is out of range for a 64-bit integer")))?;
            Ok((
                Number::Int(if negative { -v } else { v }),
                format!("{sign}{}", i.base10_digits()),
            ))
        }
        Lit::Float(f) => {
            let v: f64 = f.base10_parse()?;
            Ok((
                Number::Float(if negative { -v } else { v }),
                format!("{sign}{}", f.base10_digits()),
            ))
        }
        other => Err(syn::Error::new(
            other.span(),
            format!("`{key}` takes a number: `{key} = 10`"),
        )),
    }
}

fn parse_number(meta: &ParseNestedMeta) -> syn::Result<Number> {
    let key = key_name(meta);
    let stream = meta
        .value()
        .map_err(|_| meta.error(format!("expected `{key} = <number>`")))?;
    parse_signed(stream, &key).map(|(n, _)| n)
}

fn parse_int(meta: &ParseNestedMeta) -> syn::Result<i64> {
    let key = key_name(meta);
    let stream = meta
        .value()
        .map_err(|_| meta.error(format!("expected `{key} = <integer>`")))?;
    let lit: Lit = stream.parse()?;
    match &lit {
        Lit::Int(i) => i
            .base10_parse()
            .map_err(|_| syn::Error::new(i.span(), format!("`{key}` is out of range for a 64-bit integer"))),
        other => Err(syn::Error::new(
            other.span(),
            format!("`{key}` takes an integer: `{key} = 100` or `{key} = 0x64`"),
        )),
    }
}

/// `scale = 0.1` or `scale = "1/10"`.
fn parse_scale(meta: &ParseNestedMeta) -> syn::Result<(f64, String)> {
    let stream = meta
        .value()
        .map_err(|_| meta.error("expected `scale = 0.1` or `scale = \"1/10\"`"))?;
    if stream.peek(LitStr) {
        let lit: LitStr = stream.parse()?;
        let text = lit.value();
        let value = match text.split_once('/') {
            Some((n, d)) => match (n.trim().parse::<f64>(), d.trim().parse::<f64>()) {
                (Ok(n), Ok(d)) if d != 0.0 => Some(n / d),
                _ => None,
            },
            None => text.trim().parse::<f64>().ok(),
        };
        return match value {
            Some(v) if v.is_finite() => Ok((v, text)),
            _ => Err(syn::Error::new(
                lit.span(),
                format!("`scale = \"{text}\"` is not a number or a fraction like \"1/10\""),
            )),
        };
    }
    let (n, text) = parse_signed(stream, "scale")?;
    Ok((n.as_f64(), text))
}

fn parse_literal(meta: &ParseNestedMeta) -> syn::Result<Literal> {
    let stream = meta.value().map_err(|_| meta.error("expected `default = <value>`"))?;
    if stream.peek(Token![-]) {
        return parse_signed(stream, "default").map(|(n, _)| Literal::Number(n));
    }
    let lit: Lit = stream.fork().parse()?;
    match lit {
        Lit::Str(s) => {
            stream.parse::<Lit>()?;
            Ok(Literal::Text(s.value()))
        }
        Lit::Bool(b) => {
            stream.parse::<Lit>()?;
            Ok(Literal::Bool(b.value))
        }
        _ => parse_signed(stream, "default").map(|(n, _)| Literal::Number(n)),
    }
}

/// `safety` alone, or `safety = true|false`.
fn parse_flag(meta: &ParseNestedMeta) -> syn::Result<bool> {
    if meta.input.peek(Token![=]) {
        let lit: syn::LitBool = meta.value()?.parse()?;
        Ok(lit.value)
    } else {
        Ok(true)
    }
}

/// `overlaps = "a.b"` or `overlaps("a.b", "c.d")`.
fn parse_str_list(meta: &ParseNestedMeta) -> syn::Result<Vec<String>> {
    if meta.input.peek(syn::token::Paren) {
        let content;
        syn::parenthesized!(content in meta.input);
        let items = content.parse_terminated(<LitStr as syn::parse::Parse>::parse, Token![,])?;
        Ok(items.into_iter().map(|s| s.value()).collect())
    } else {
        Ok(vec![parse_str(meta)?])
    }
}

/// The name side of `values(...)`/`bits(...)`: a string or a bare identifier.
fn parse_item_name(input: ParseStream) -> syn::Result<String> {
    if input.peek(LitStr) {
        Ok(input.parse::<LitStr>()?.value())
    } else {
        Ok(<syn::Ident as syn::ext::IdentExt>::parse_any(input)?.to_string())
    }
}

/// `values(0 = "off", 255 = "on")`.
fn parse_values(meta: &ParseNestedMeta) -> syn::Result<Vec<Named<i64>>> {
    if !meta.input.peek(syn::token::Paren) {
        return Err(meta.error("expected `values(0 = \"off\", 1 = \"on\")`"));
    }
    let content;
    syn::parenthesized!(content in meta.input);
    let mut out = Vec::new();
    while !content.is_empty() {
        let span = content.span();
        let (raw, _) = parse_signed(&content, "values")?;
        let Number::Int(raw) = raw else {
            return Err(syn::Error::new(span, "an enumeration's raw values are integers"));
        };
        content.parse::<Token![=]>()?;
        let name = parse_item_name(&content)?;
        out.push(Named { key: raw, name });
        if content.is_empty() {
            break;
        }
        content.parse::<Token![,]>()?;
    }
    Ok(out)
}

/// `bits(0 = "heater1", "8-10" = "step")`.
fn parse_bits(meta: &ParseNestedMeta) -> syn::Result<Vec<Named<BitKey>>> {
    if !meta.input.peek(syn::token::Paren) {
        return Err(meta.error("expected `bits(0 = \"heater1\", \"8-10\" = \"step\")`"));
    }
    let content;
    syn::parenthesized!(content in meta.input);
    let mut out = Vec::new();
    while !content.is_empty() {
        let key = match content.parse::<Lit>()? {
            Lit::Int(i) => i.base10_digits().to_owned(),
            Lit::Str(s) => s.value(),
            other => {
                return Err(syn::Error::new(
                    other.span(),
                    "a bit is an index (`3`) or a range (`\"8-10\"`)",
                ))
            }
        };
        content.parse::<Token![=]>()?;
        let name = parse_item_name(&content)?;
        out.push(Named { key, name });
        if content.is_empty() {
            break;
        }
        content.parse::<Token![,]>()?;
    }
    Ok(out)
}
