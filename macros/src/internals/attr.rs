//! `#[modbus(...)]` attributes of the struct (device and block keys) and of its
//! fields (register keys), parsed with their spans so every later diagnostic
//! can point at the attribute that caused it.
//!
//! Which attributes exist, and what kind of value each takes, comes from the
//! spec key tables (`modbus_map_codegen::keys`): an attribute is read straight
//! into the spec model through its key's slot, and its span is recorded in the
//! same step, so a key cannot be set without a span to point at.

use super::ctxt::Ctxt;
use super::symbol::*;
use modbus_map_codegen::format::number_value;
use modbus_map_codegen::ir::Table;
use modbus_map_codegen::keys::{Key, Kind, SlotMut, BLOCK_KEYS, DEVICE_KEYS, REGISTER_KEYS};
use modbus_map_codegen::spec::{self as model, BitSpec, BlockSpec, DeviceSettings, EnumSpec, ExampleSpec, RegisterSpec, Value};
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

/// The span of every attribute set, by attribute name, in the order written.
#[derive(Debug, Clone, Default)]
pub struct Spans(Vec<(&'static str, Span)>);

impl Spans {
    pub fn get(&self, attribute: &str) -> Option<Span> {
        self.0.iter().find(|(a, _)| *a == attribute).map(|(_, s)| *s)
    }

    /// Records `attribute`; a second setting is an error at the second occurrence.
    fn record(&mut self, cx: &Ctxt, attribute: &'static str, span: Span) -> bool {
        if let Some(first) = self.get(attribute) {
            let mut err = syn::Error::new(span, format!("duplicate modbus attribute `{attribute}`; remove one of them"));
            err.combine(syn::Error::new(first, format!("`{attribute}` first set here")));
            cx.syn_error(err);
            return false;
        }
        self.0.push((attribute, span));
        true
    }
}

/// Device-level and block-level keys written on the struct.
#[derive(Debug, Clone, Default)]
pub struct Container {
    /// Device keys as the spec model holds them (`name` empty when not given).
    pub device: DeviceSettings,
    /// The block keys the struct may give (`block`, `base`, `block_description`).
    pub block: BlockSpec,
    /// `spec = "..."`: the struct follows a block of a spec file.
    pub spec: Option<Spanned<String>>,
    pub spans: Spans,
}

impl Container {
    pub fn from_ast(cx: &Ctxt, item: &syn::DeriveInput) -> Container {
        let mut c = Container::default();
        for attr in &item.attrs {
            if attr.path() != MODBUS {
                continue;
            }
            let result = attr.parse_nested_meta(|meta| {
                let span = meta.path.span();
                if meta.path == SPEC {
                    let value = parse_str(&meta)?;
                    if c.spans.record(cx, SPEC.0, span) {
                        c.spec = Some(Spanned { value, span });
                    }
                    return Ok(());
                }
                let word = key_name(&meta);
                if let Some(key) = derive_key(DEVICE_KEYS, &word) {
                    return set(cx, &meta, key, c.device.slot_mut(key.name), &mut c.spans);
                }
                if let Some(key) = derive_key(BLOCK_KEYS, &word) {
                    return set(cx, &meta, key, c.block.slot_mut(key.name), &mut c.spans);
                }
                Err(unknown_key(&meta, &container_keys(), &field_keys(), "struct", "field"))
            });
            if let Err(err) = result {
                cx.syn_error(err);
            }
        }
        if c.device.description.is_none() {
            if let Some(doc) = doc_comment(&item.attrs) {
                c.device.description = Some(model::Spanned::bare(doc.value));
                c.spans.0.push(("description", doc.span));
            }
        }
        c
    }
}

/// Register keys written on a field.
#[derive(Debug, Clone, Default)]
pub struct Field {
    /// The table, a bare word (`holding`) rather than a key.
    pub table: Option<Spanned<Table>>,
    /// The register keys as the spec model holds them (`name` empty when not given).
    pub register: RegisterSpec,
    pub spans: Spans,
    /// The span of the first `#[modbus]` attribute, or `None` when the field has none.
    pub span: Option<Span>,
}

impl Field {
    pub fn from_ast(cx: &Ctxt, field: &syn::Field) -> Field {
        let mut f = Field::default();
        for attr in &field.attrs {
            if attr.path() != MODBUS {
                continue;
            }
            f.span.get_or_insert(attr.span());
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
                    if let Some(first) = &f.table {
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
                        f.spans.0.push(("table", span));
                        f.table = Some(Spanned { value: t, span });
                    }
                    return Ok(());
                }
                match derive_key(REGISTER_KEYS, &key_name(&meta)) {
                    Some(k) => set(cx, &meta, k, f.register.slot_mut(k.name), &mut f.spans),
                    None => Err(unknown_key(&meta, &field_keys(), &container_keys(), "field", "struct")),
                }
            });
            if let Err(err) = result {
                cx.syn_error(err);
            }
        }
        if f.register.description.is_none() {
            if let Some(doc) = doc_comment(&field.attrs) {
                f.register.description = Some(model::Spanned::bare(doc.value));
                f.spans.0.push(("description", doc.span));
            }
        }
        f
    }

    /// Whether `scale` or `offset` make engineering values differ from raw ones
    /// (the core's rule; a fraction such as `"1/10"` is never the identity).
    pub fn is_scaled(&self) -> bool {
        let factor = |v: &Option<model::Spanned<Value>>, identity: f64| {
            v.as_ref().map_or(identity, |v| v.value.as_number().unwrap_or(f64::NAN))
        };
        modbus_map_core::codec::is_scaled(factor(&self.register.scale, 1.0), factor(&self.register.offset, 0.0))
    }
}

/// The key of `keys` whose derive attribute is `word`.
fn derive_key(keys: &'static [Key], word: &str) -> Option<&'static Key> {
    keys.iter().find(|k| k.derive == Some(word))
}

/// Reads one attribute's value into its key's slot and records its span.
fn set(cx: &Ctxt, meta: &ParseNestedMeta, key: &'static Key, slot: Option<SlotMut<'_>>, spans: &mut Spans) -> syn::Result<()> {
    let attribute = key.derive.unwrap_or(key.name);
    let span = meta.path.span();
    let Some(slot) = slot else {
        return Err(meta.error(format!("`{attribute}` is not a modbus attribute here")));
    };
    // Parse before recording, so a bad value is reported once, not also as a duplicate.
    macro_rules! store {
        ($slot:expr, $value:expr) => {{
            let value = $value;
            if spans.record(cx, attribute, span) {
                *$slot = value;
            }
        }};
    }
    match slot {
        SlotMut::Name(s) => store!(s, model::Spanned::bare(parse_str(meta)?)),
        SlotMut::Text(s) => store!(
            s,
            Some(model::Spanned::bare(match key.kind {
                Kind::Keyword(words) => parse_keyword(meta, words)?,
                _ => parse_str(meta)?,
            }))
        ),
        SlotMut::Int(s) => store!(s, Some(model::Spanned::bare(parse_int(meta)?))),
        SlotMut::Value(s) => store!(
            s,
            Some(model::Spanned::bare(match key.kind {
                Kind::Fraction => parse_scale(meta)?,
                Kind::Value => parse_literal(meta)?,
                _ => parse_number(meta)?,
            }))
        ),
        SlotMut::Bool(s) => store!(s, Some(model::Spanned::bare(parse_flag(meta)?))),
        SlotMut::List(list) => {
            let items = if key.kind == Kind::Sentinels { parse_raw_list(meta)? } else { parse_str_list(meta)? };
            store!(list, items.into_iter().map(model::Spanned::bare).collect())
        }
        SlotMut::Values(values) => store!(values, parse_values(meta)?),
        SlotMut::Bits(bits) => store!(bits, parse_bits(meta)?),
        SlotMut::Examples(examples) => store!(examples, parse_examples(meta)?),
        // The key tables give nested sections no derive attribute.
        SlotMut::Repeat(_) | SlotMut::Registers(_) => {
            return Err(meta.error(format!("`{attribute}` is not a modbus attribute")));
        }
    }
    Ok(())
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

fn unknown_key(meta: &ParseNestedMeta, keys: &[&str], other: &[&str], here: &str, there: &str) -> syn::Error {
    let word = meta.path.get_ident().map(|i| i.to_string()).unwrap_or_else(|| {
        meta.path
            .segments
            .iter()
            .map(|s| s.ident.to_string())
            .collect::<Vec<_>>()
            .join("::")
    });
    let hint = if other.contains(&word.as_str()) {
        format!("`{word}` belongs on the {there}")
    } else {
        did_you_mean_or_list(&word, keys)
    };
    let message = format!("unknown modbus attribute `{word}` on a {here}; {hint}");
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

/// A string that must be one of `words` (`type`, `access`, orders).
fn parse_keyword(meta: &ParseNestedMeta, words: &[&str]) -> syn::Result<String> {
    let lit = parse_lit_str(meta)?;
    let value = lit.value();
    if words.contains(&value.as_str()) {
        return Ok(value);
    }
    let message = format!("unknown {} `{value}`; {}", key_name(meta), did_you_mean_or_list(&value, words));
    Err(syn::Error::new(lit.span(), message))
}

/// The suggestion for a misspelt `word`, or the words it may be.
fn did_you_mean_or_list(word: &str, known: &[&str]) -> String {
    modbus_map_codegen::load::did_you_mean(word, known).unwrap_or_else(|| format!("expected one of: {}", known.join(", ")))
}

/// `-`? followed by an integer or float literal: `Value::Int` or `Value::Float`.
fn parse_signed(input: ParseStream, key: &str) -> syn::Result<Value> {
    let negative = input.parse::<Option<Token![-]>>()?.is_some();
    let lit: Lit = input.parse()?;
    match &lit {
        Lit::Int(i) => {
            let v: i64 = i
                .base10_parse()
                .map_err(|_| syn::Error::new(i.span(), format!("`{key}` is out of range for a 64-bit integer")))?;
            Ok(Value::Int(if negative { -v } else { v }))
        }
        Lit::Float(f) => {
            let v: f64 = f.base10_parse()?;
            Ok(Value::Float(if negative { -v } else { v }))
        }
        other => Err(syn::Error::new(
            other.span(),
            format!("`{key}` takes a number: `{key} = 10`"),
        )),
    }
}

/// A number in engineering units (`min`, `max`, `offset`); whole numbers as integers.
fn parse_number(meta: &ParseNestedMeta) -> syn::Result<Value> {
    let key = key_name(meta);
    let stream = meta
        .value()
        .map_err(|_| meta.error(format!("expected `{key} = <number>`")))?;
    let n = parse_signed(stream, &key)?;
    Ok(number_value(n.as_number().unwrap_or_default()))
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

/// `scale = 0.1` or `scale = "1/10"`; a fraction stays text so docs show it as
/// written (the validator reads it).
fn parse_scale(meta: &ParseNestedMeta) -> syn::Result<Value> {
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
            Some(v) if v.is_finite() && text.contains('/') => Ok(Value::Text(text)),
            Some(v) if v.is_finite() => Ok(number_value(v)),
            _ => Err(syn::Error::new(
                lit.span(),
                format!("`scale = \"{text}\"` is not a number or a fraction like \"1/10\""),
            )),
        };
    }
    let n = parse_signed(stream, "scale")?;
    Ok(number_value(n.as_number().unwrap_or_default()))
}

/// A `default`: number, string or bool, as in the spec format.
fn parse_literal(meta: &ParseNestedMeta) -> syn::Result<Value> {
    let stream = meta.value().map_err(|_| meta.error("expected `default = <value>`"))?;
    parse_value_in(stream, "default")
}

/// A number, text or bool (an example's value, a default).
fn parse_value_in(stream: ParseStream, key: &str) -> syn::Result<Value> {
    if stream.peek(Token![-]) {
        return parse_signed(stream, key);
    }
    let lit: Lit = stream.fork().parse()?;
    match lit {
        Lit::Str(s) => {
            stream.parse::<Lit>()?;
            Ok(Value::Text(s.value()))
        }
        Lit::Bool(b) => {
            stream.parse::<Lit>()?;
            Ok(Value::Bool(b.value))
        }
        _ => parse_signed(stream, key),
    }
}

/// `examples([0x4366, 0x8000] = 230.5, [0x0002] = "on")`: words, then the value they stand for.
fn parse_examples(meta: &ParseNestedMeta) -> syn::Result<Vec<ExampleSpec>> {
    const FORM: &str = "expected `examples([0x00FA] = 25.0, [0x4366, 0x8000] = 230.5)`";
    if !meta.input.peek(syn::token::Paren) {
        return Err(meta.error(FORM));
    }
    let content;
    syn::parenthesized!(content in meta.input);
    let mut out = Vec::new();
    while !content.is_empty() {
        if !content.peek(syn::token::Bracket) {
            return Err(content.error(FORM));
        }
        let words_in;
        syn::bracketed!(words_in in content);
        let mut words = Vec::new();
        while !words_in.is_empty() {
            let word: syn::LitInt = words_in.parse()?;
            words.push(model::Spanned::bare(word.base10_parse::<i64>()?));
            if !words_in.is_empty() {
                words_in.parse::<Token![,]>()?;
            }
        }
        content.parse::<Token![=]>()?;
        let value = parse_value_in(&content, "examples")?;
        out.push(ExampleSpec { words, value: model::Spanned::bare(value), line: 0, column: 0 });
        if content.is_empty() {
            break;
        }
        content.parse::<Token![,]>()?;
    }
    Ok(out)
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

/// `sentinel = 0xFFFF`, `sentinel = -32768`, `sentinel = "nan"`, `sentinel(0x7FFF, 0x8000)`:
/// raw values as the validator reads them from a spec (it checks them against the type).
fn parse_raw_list(meta: &ParseNestedMeta) -> syn::Result<Vec<String>> {
    fn item(input: ParseStream) -> syn::Result<String> {
        let minus = if input.parse::<Option<Token![-]>>()?.is_some() { "-" } else { "" };
        match input.parse::<Lit>()? {
            Lit::Int(i) => Ok(format!("{minus}{}", i.base10_digits())),
            Lit::Str(s) if minus.is_empty() => Ok(s.value()),
            other => Err(syn::Error::new(other.span(), "a sentinel is an integer (`0xFFFF`, `-32768`) or a string (`\"nan\"`, `\"none\"`)")),
        }
    }
    if meta.input.peek(syn::token::Paren) {
        let content;
        syn::parenthesized!(content in meta.input);
        Ok(content.parse_terminated(item, Token![,])?.into_iter().collect())
    } else {
        let key = key_name(meta);
        let value = meta.value().map_err(|_| meta.error(format!("expected `{key} = 0xFFFF` or `{key}(0x7FFF, 0x8000)`")))?;
        Ok(vec![item(value)?])
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
fn parse_values(meta: &ParseNestedMeta) -> syn::Result<Vec<EnumSpec>> {
    if !meta.input.peek(syn::token::Paren) {
        return Err(meta.error("expected `values(0 = \"off\", 1 = \"on\")`"));
    }
    let content;
    syn::parenthesized!(content in meta.input);
    let mut out = Vec::new();
    while !content.is_empty() {
        let span = content.span();
        let Value::Int(raw) = parse_signed(&content, "values")? else {
            return Err(syn::Error::new(span, "an enumeration's raw values are integers"));
        };
        content.parse::<Token![=]>()?;
        let name = parse_item_name(&content)?;
        out.push(EnumSpec { raw: model::Spanned::bare(raw), name: model::Spanned::bare(name) });
        if content.is_empty() {
            break;
        }
        content.parse::<Token![,]>()?;
    }
    Ok(out)
}

/// `bits(0 = "heater1", "8-10" = "step")`.
fn parse_bits(meta: &ParseNestedMeta) -> syn::Result<Vec<BitSpec>> {
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
        out.push(BitSpec { key: model::Spanned::bare(key), name: model::Spanned::bare(name) });
        if content.is_empty() {
            break;
        }
        content.parse::<Token![,]>()?;
    }
    Ok(out)
}
