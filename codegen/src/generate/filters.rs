//! The minijinja environment and the small filters the Markdown and Python
//! templates share. Templates never format numbers or escape text themselves:
//! one place decides, so every generated file agrees.

use heck::ToUpperCamelCase;
use minijinja::value::{Value, ValueKind};
use minijinja::{AutoEscape, Environment, Error, ErrorKind, UndefinedBehavior};

/// A template environment with strict undefined handling (a typo in a template
/// is an error, not an empty string) and every shared filter registered.
pub fn environment() -> Environment<'static> {
    let mut env = Environment::new();
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    // Neither Markdown nor Python wants HTML escaping; escaping is explicit per filter.
    env.set_auto_escape_callback(|_| AutoEscape::None);
    env.set_trim_blocks(true);
    env.set_lstrip_blocks(true);
    env.set_keep_trailing_newline(true);
    env.add_filter("hex", hex);
    env.add_filter("snake_case", snake_case);
    env.add_filter("camel_case", camel_case);
    env.add_filter("py", python_literal);
    env.add_filter("num", number);
    env.add_filter("md_cell", markdown_cell);
    env
}

/// A YAML double-quoted scalar of any text (JSON's string syntax is a subset of it),
/// for the generators that write YAML (ESPHome, Home Assistant).
pub fn yaml_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    push_yaml_string(&mut out, text);
    out
}

/// [`yaml_string`] appended to `out`. JSON escapes only `"`, `\` and control
/// characters; text without them (nearly every name and template) is copied as it is.
pub fn push_yaml_string(out: &mut String, text: &str) {
    if text.bytes().any(|b| b == b'"' || b == b'\\' || b < 0x20) {
        out.push_str(&serde_json::to_string(text).unwrap_or_else(|_| "\"\"".to_owned()));
    } else {
        out.push('"');
        out.push_str(text);
        out.push('"');
    }
}

/// `1000` → `0x03E8`: four hex digits, as Modbus documentation writes addresses.
pub fn hex(value: u64) -> String {
    format!("0x{value:04X}")
}

pub fn snake_case(value: &str) -> String {
    crate::ident::snake_case(value)
}

pub fn camel_case(value: &str) -> String {
    value.to_upper_camel_case()
}

pub use crate::format::format_number;

fn number(value: Value) -> Result<String, Error> {
    match value.kind() {
        ValueKind::Number => {
            if let Some(i) = value.as_i64() {
                Ok(i.to_string())
            } else {
                let f = f64::try_from(value.clone()).map_err(|_| {
                    Error::new(ErrorKind::InvalidOperation, format!("`num` cannot format {value}"))
                })?;
                Ok(format_number(f))
            }
        }
        _ => Err(Error::new(
            ErrorKind::InvalidOperation,
            format!("`num` expects a number, got {} ({value})", value.kind()),
        )),
    }
}

/// A Python float literal that reads back to exactly this `f64`: the spec
/// form always has a `.` or an exponent (`1.0`, `1e-7`), which Python reads as a float.
pub fn python_float(value: f64) -> String {
    crate::format::format_float(value)
}

/// A Python string literal with everything outside printable ASCII escaped, so
/// the generated module is plain ASCII whatever the spec says. Quotes follow
/// ruff format: double unless single needs fewer escapes.
pub fn python_string(value: &str) -> String {
    // Most names and descriptions are printable ASCII without quotes or backslashes: as they are.
    if value.bytes().all(|b| matches!(b, b' '..=b'~') && b != b'"' && b != b'\\') {
        let mut out = String::with_capacity(value.len() + 2);
        out.push('"');
        out.push_str(value);
        out.push('"');
        return out;
    }
    let doubles = value.matches('"').count();
    let singles = value.matches('\'').count();
    let quote = if doubles > singles { '\'' } else { '"' };
    let mut out = String::with_capacity(value.len() + 2);
    out.push(quote);
    for c in value.chars() {
        match c {
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            ' '..='~' => out.push(c),
            c if (c as u32) <= 0xFF => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if (c as u32) <= 0xFFFF => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
    out.push(quote);
    out
}

/// Any template value (none, bool, number, string, sequence) as a Python literal.
fn python_literal(value: Value) -> Result<String, Error> {
    match value.kind() {
        ValueKind::None | ValueKind::Undefined => Ok("None".to_owned()),
        ValueKind::Bool => Ok(if value.is_true() { "True" } else { "False" }.to_owned()),
        ValueKind::Number => {
            if value.is_integer() {
                Ok(value.to_string())
            } else {
                let f = f64::try_from(value.clone()).map_err(|_| {
                    Error::new(ErrorKind::InvalidOperation, format!("`py` cannot convert {value}"))
                })?;
                if !f.is_finite() {
                    return Err(Error::new(
                        ErrorKind::InvalidOperation,
                        format!("`py` cannot write the non-finite number {f} as a literal"),
                    ));
                }
                Ok(python_float(f))
            }
        }
        ValueKind::String => Ok(python_string(value.as_str().unwrap_or_default())),
        ValueKind::Seq => {
            let items = value
                .try_iter()?
                .map(python_literal)
                .collect::<Result<Vec<_>, _>>()?;
            // A tuple, so the literal is hashable and fits frozen dataclasses.
            Ok(match items.len() {
                0 => "()".to_owned(),
                1 => format!("({},)", items[0]),
                _ => format!("({})", items.join(", ")),
            })
        }
        kind => Err(Error::new(
            ErrorKind::InvalidOperation,
            format!("`py` has no Python literal for a {kind} ({value})"),
        )),
    }
}

/// Text safe inside one cell of a GitHub table: a `|` would end the cell, a
/// newline the row, and `<` could open an HTML tag.
pub fn markdown_cell(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut lines = value.trim().lines().peekable();
    while let Some(line) = lines.next() {
        for c in line.chars() {
            match c {
                '|' => out.push_str("\\|"),
                '\\' => out.push_str("\\\\"),
                '<' => out.push_str("&lt;"),
                '>' => out.push_str("&gt;"),
                '&' => out.push_str("&amp;"),
                c => out.push(c),
            }
        }
        if lines.peek().is_some() {
            out.push_str("<br>");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_strings_are_json_strings() {
        for text in ["", "plain", "°C – Störung", "tab\there", "quote \" and \\", "nul \u{0} del \u{7f}", "{{ states('x') }}"] {
            assert_eq!(yaml_string(text), serde_json::to_string(text).unwrap(), "{text:?}");
        }
    }

    #[test]
    fn hex_pads_to_four_digits() {
        assert_eq!(hex(1000), "0x03E8");
        assert_eq!(hex(65535), "0xFFFF");
        assert_eq!(hex(7), "0x0007");
    }

    #[test]
    fn python_literals_read_back() {
        assert_eq!(python_float(1.0), "1.0");
        assert_eq!(python_float(0.1), "0.1");
        assert_eq!(python_float(-30.0), "-30.0");
        assert_eq!(python_float(1e-7), "1e-7");
        assert_eq!(python_string("plain text 1/10"), "\"plain text 1/10\"");
        assert_eq!(python_string("a\"b\\c°"), "'a\"b\\\\c\\xb0'");
        assert_eq!(python_string("it's \"x\""), "'it\\'s \"x\"'");
        assert_eq!(python_string("it's"), "\"it's\"");
        assert_eq!(python_string("€"), "\"\\u20ac\"");
        let seq = Value::from_serialize(vec!["x"]);
        assert_eq!(python_literal(seq).unwrap(), "(\"x\",)");
        assert_eq!(python_literal(Value::from(())).unwrap(), "None");
        assert_eq!(python_literal(Value::from(true)).unwrap(), "True");
        assert_eq!(python_literal(Value::from(-5)).unwrap(), "-5");
        assert!(python_literal(Value::from(f64::NAN)).is_err());
    }

    #[test]
    fn markdown_cells_cannot_break_tables() {
        assert_eq!(markdown_cell("a|b"), "a\\|b");
        assert_eq!(markdown_cell("line1\nline2\n"), "line1<br>line2");
        assert_eq!(markdown_cell("<0.5 & >1"), "&lt;0.5 &amp; &gt;1");
    }

    #[test]
    fn numbers_drop_needless_fractions() {
        assert_eq!(format_number(10.0), "10");
        assert_eq!(format_number(0.1), "0.1");
        assert_eq!(format_number(-273.15), "-273.15");
    }

    #[test]
    fn undefined_variables_are_errors() {
        let mut env = environment();
        env.add_template("t", "{{ missing }}").unwrap();
        let err = env.get_template("t").unwrap().render(()).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::UndefinedError);
    }
}
