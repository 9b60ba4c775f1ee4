//! Loaders: spec text (YAML or CSV) → spec model with positions.
//!
//! Loaders only check what the text says (syntax, known keys, value types);
//! everything about what the values mean is the validator's job, so the derive
//! macro, which builds the model from attributes, gets the same checks.

pub mod csv;
pub mod yaml;

use crate::diagnostics::{Diagnostic, Diagnostics, Subject};
use crate::ir::Origin;
use crate::spec::{Spanned, Spec, Value};
use std::path::Path;

/// Spec files larger than this are refused before parsing: real register
/// tables are a few hundred kilobytes, and parsing a huge file would only
/// burn memory.
pub const MAX_SPEC_BYTES: usize = 8 * 1024 * 1024;

/// Deepest YAML nesting accepted; a spec needs 5 levels (blocks → registers → values).
pub const MAX_YAML_DEPTH: usize = 32;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    Yaml,
    Csv,
}

impl Format {
    /// The format of a spec file by its extension (`.yaml`, `.yml`, `.csv`).
    pub fn from_path(path: &Path) -> Option<Format> {
        match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
            "yaml" | "yml" => Some(Format::Yaml),
            "csv" => Some(Format::Csv),
            _ => None,
        }
    }
}

/// Reads and parses a spec file (format by extension). `Origin::file` is the path as given.
pub fn parse_path(path: &Path) -> Result<Spec, Diagnostics> {
    let file = path.to_string_lossy().into_owned();
    let origin = Origin { file: file.clone(), line: 0, column: 0 };
    let Some(format) = Format::from_path(path) else {
        return Err(Diagnostic::error("io", format!("`{file}` is not a spec file"), origin)
            .with_help("spec files end in `.yaml`, `.yml` or `.csv`")
            .into());
    };
    let meta = std::fs::metadata(path).map_err(|e| io_error(&file, &e))?;
    if meta.len() > MAX_SPEC_BYTES as u64 {
        return Err(too_large(&file, meta.len()).into());
    }
    let bytes = std::fs::read(path).map_err(|e| io_error(&file, &e))?;
    parse_bytes(&bytes, &file, format)
}

/// Parses spec bytes: checks size and UTF-8 first.
pub fn parse_bytes(bytes: &[u8], file: &str, format: Format) -> Result<Spec, Diagnostics> {
    if bytes.len() > MAX_SPEC_BYTES {
        return Err(too_large(file, bytes.len() as u64).into());
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => parse_str(text, file, format),
        Err(e) => {
            let offset = e.valid_up_to();
            let before = &bytes[..offset];
            let line = before.iter().filter(|&&b| b == b'\n').count() as u32 + 1;
            let line_start = before.iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1);
            let column = std::str::from_utf8(&bytes[line_start..offset]).map_or(1, |s| s.chars().count() as u32 + 1);
            Err(Diagnostic::error(
                "encoding",
                format!("the spec is not UTF-8 text: invalid byte 0x{:02X} at byte offset {offset}", bytes[offset]),
                Origin { file: file.to_owned(), line, column },
            )
            .with_help("save the spec as UTF-8 (a binary or differently encoded file cannot be a spec)")
            .into())
        }
    }
}

/// Parses spec text into the spec model (no validation).
pub fn parse_str(text: &str, file: &str, format: Format) -> Result<Spec, Diagnostics> {
    if text.len() > MAX_SPEC_BYTES {
        return Err(too_large(file, text.len() as u64).into());
    }
    match format {
        Format::Yaml => yaml::parse(text, file),
        Format::Csv => csv::parse(text, file),
    }
}

fn io_error(file: &str, e: &std::io::Error) -> Diagnostic {
    Diagnostic::error(
        "io",
        format!("cannot read `{file}`: {e}"),
        Origin { file: file.to_owned(), line: 0, column: 0 },
    )
    .with_help("check that the path exists and is a readable file")
}

fn too_large(file: &str, len: u64) -> Diagnostic {
    Diagnostic::error(
        "too-large",
        format!("the spec is {len} bytes, more than the limit of {MAX_SPEC_BYTES} bytes"),
        Origin { file: file.to_owned(), line: 0, column: 0 },
    )
    .with_help("a register table this large is not a spec; check that the right file was given")
}

/// Shared by both loaders: the diagnostic builder for one file.
pub(crate) struct Collector<'a> {
    pub file: &'a str,
    pub diags: Diagnostics,
}

impl<'a> Collector<'a> {
    pub fn new(file: &'a str) -> Self {
        Collector { file, diags: Diagnostics::new() }
    }

    pub fn origin(&self, line: u32, column: u32) -> Origin {
        Origin { file: self.file.to_owned(), line, column }
    }

    pub fn error(&mut self, code: &'static str, message: String, line: u32, column: u32, subject: Subject, help: Option<String>) {
        let mut d = Diagnostic::error(code, message, self.origin(line, column)).with_subject(subject);
        d.help = help;
        self.diags.push(d);
    }

    /// A `bad-value` error about `key` of `subject`.
    pub fn bad_value(&mut self, key: &str, message: String, line: u32, column: u32, subject: &Subject, help: String) {
        let subject = Subject { key: Some(key.to_owned()), ..subject.clone() };
        self.error("bad-value", message, line, column, subject, Some(help));
    }

    /// `text` (written at `line`:`column`) as an integer ([`parse_int`]), or a `bad-value` error.
    pub fn int(&mut self, text: &str, line: u32, column: u32, key: &str, subject: &Subject) -> Option<Spanned<i64>> {
        let Some(n) = parse_int(text) else {
            let help = "write a decimal (`100`) or hexadecimal (`0x64`) integer".to_owned();
            self.bad_value(key, format!("`{key}` must be an integer, found `{text}`"), line, column, subject, help);
            return None;
        };
        Some(Spanned::new(n, line, column))
    }

    /// `text` (written at `line`:`column`) as a bool ([`parse_bool`]), or a `bad-value` error.
    pub fn bool(&mut self, text: &str, line: u32, column: u32, key: &str, subject: &Subject) -> Option<Spanned<bool>> {
        let Some(b) = parse_bool(text) else {
            let help = "write `true` or `false`".to_owned();
            self.bad_value(key, format!("`{key}` must be `true` or `false`, found `{text}`"), line, column, subject, help);
            return None;
        };
        Some(Spanned::new(b, line, column))
    }

    pub fn finish(self, spec: Spec) -> Result<Spec, Diagnostics> {
        if self.diags.has_errors() {
            Err(self.diags)
        } else {
            Ok(spec)
        }
    }
}

/// The closest known key to a misspelt one, if any is close enough to be a likely typo.
/// Close means similar spelling (Jaro-Winkler ≥ 0.8) or few edits relative to
/// the length (`unit16` → `u16`); ties go to the better Jaro-Winkler score.
pub fn suggest<'k>(key: &str, known: &[&'k str]) -> Option<&'k str> {
    let max_edits = (key.chars().count() / 2).min(3);
    known
        .iter()
        .map(|k| (strsim::levenshtein(key, k), strsim::jaro_winkler(key, k), *k))
        .filter(|(edits, jw, _)| *jw >= 0.8 || *edits <= max_edits)
        .min_by(|a, b| a.0.cmp(&b.0).then(b.1.total_cmp(&a.1)))
        .map(|(_, _, k)| k)
}

/// "did you mean `…`?" naming the [`suggest`]ion for `word`, if there is one.
pub fn did_you_mean(word: &str, known: &[&str]) -> Option<String> {
    suggest(word, known).map(|k| format!("did you mean `{k}`?"))
}

pub(crate) fn unknown_key_help(key: &str, known: &[&str]) -> String {
    did_you_mean(key, known).unwrap_or_else(|| format!("known keys here: {}", known.join(", ")))
}

/// An integer as the format writes it: decimal, `0x` hex, `0b` binary, optional sign, `_` separators.
pub fn parse_int(text: &str) -> Option<i64> {
    i64::try_from(parse_wide_int(text)?).ok()
}

/// [`parse_int`] without the `i64` limit, for raw bit patterns up to `0xFFFF_FFFF_FFFF_FFFF`.
pub fn parse_wide_int(text: &str) -> Option<i128> {
    let t = text.trim();
    let (neg, digits) = match t.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let digits = digits.replace('_', "");
    let magnitude = if let Some(h) = digits.strip_prefix("0x").or_else(|| digits.strip_prefix("0X")) {
        i128::from_str_radix(h, 16).ok()?
    } else if let Some(b) = digits.strip_prefix("0b").or_else(|| digits.strip_prefix("0B")) {
        i128::from_str_radix(b, 2).ok()?
    } else {
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        digits.parse::<i128>().ok()?
    };
    Some(if neg { -magnitude } else { magnitude })
}

/// A loosely typed scalar: bool, integer, float, else text.
pub fn parse_value(text: &str) -> Value {
    let t = text.trim();
    match t {
        "true" | "True" | "TRUE" => return Value::Bool(true),
        "false" | "False" | "FALSE" => return Value::Bool(false),
        _ => {}
    }
    if let Some(i) = parse_int(t) {
        return Value::Int(i);
    }
    if looks_numeric(t) {
        if let Ok(f) = t.parse::<f64>() {
            if f.is_finite() {
                return Value::Float(f);
            }
        }
    }
    Value::Text(text.to_owned())
}

fn looks_numeric(t: &str) -> bool {
    !t.is_empty()
        && t.bytes().all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'-' | b'+' | b'e' | b'E'))
        && t.bytes().any(|b| b.is_ascii_digit())
}

pub fn parse_bool(text: &str) -> Option<bool> {
    match text.trim() {
        "true" | "True" | "TRUE" | "yes" => Some(true),
        "false" | "False" | "FALSE" | "no" => Some(false),
        _ => None,
    }
}
