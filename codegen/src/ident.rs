//! Identifiers derived from spec names: the checks the validator applies to
//! names and the spellings the IR gives registers, enumeration values and bits.

use heck::{ToShoutySnakeCase, ToSnakeCase, ToUpperCamelCase};

/// Rust keywords (strict and reserved, 2021 edition) and Python keywords: the
/// validator warns about them as names and suggestions avoid them. Identifiers
/// the IR composes are not escaped here (each generator escapes its own language's).
pub const KEYWORDS: &[&str] = &[
    // Rust
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern", "false", "fn",
    "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return", "self", "Self",
    "static", "struct", "super", "trait", "true", "type", "unsafe", "use", "where", "while", "abstract", "become",
    "box", "do", "final", "gen", "macro", "override", "priv", "try", "typeof", "unsized", "virtual", "yield",
    // Python
    "False", "None", "True", "and", "assert", "class", "def", "del", "elif", "except", "finally", "from", "global",
    "import", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "with",
];

pub fn is_keyword(s: &str) -> bool {
    KEYWORDS.contains(&s)
}

/// Whether `s` is an identifier in both Rust and Python (ASCII letters, digits, `_`; not starting with a digit).
pub fn is_identifier(s: &str) -> bool {
    let mut bytes = s.bytes();
    matches!(bytes.next(), Some(b) if b.is_ascii_alphabetic() || b == b'_')
        && bytes.all(|b| b.is_ascii_alphanumeric() || b == b'_')
        && s != "_"
}

/// Makes `s` safe as an identifier: a leading digit gets a `_` before it, a keyword a `_` after it.
pub fn safe_ident(s: String) -> String {
    let s = if s.bytes().next().is_some_and(|b| b.is_ascii_digit()) { format!("_{s}") } else { s };
    if is_keyword(&s) {
        format!("{s}_")
    } else {
        s
    }
}

/// heck's `snake_case` of `s`, without its word splitting where `s` is already
/// [`plain_snake`] (nearly every spec name: `flow_temp`, `hc2`).
pub fn snake_case(s: &str) -> String {
    if plain_snake(s) {
        s.to_owned()
    } else {
        s.to_snake_case()
    }
}

/// heck's `SHOUTY_SNAKE_CASE` of `s`; a [`plain_snake`] name is only upper-cased.
pub fn shouty_snake_case(s: &str) -> String {
    if plain_snake(s) {
        s.to_ascii_uppercase()
    } else {
        s.to_shouty_snake_case()
    }
}

/// Lower-case ASCII letters and digits in words joined by single `_`, starting with a
/// letter: heck finds the same words in it, so its snake cases only change the letters' case.
fn plain_snake(s: &str) -> bool {
    let bytes = s.as_bytes();
    bytes.first().is_some_and(u8::is_ascii_lowercase)
        && bytes.last() != Some(&b'_')
        && !s.contains("__")
        && bytes.iter().all(|&b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

/// Makes `s` an identifier where it starts with a digit (`_` before it). Keywords
/// stay as they are: the IR is not tied to one language, each generator escapes
/// its own keywords.
fn ident_start(s: String) -> String {
    if s.bytes().next().is_some_and(|b| b.is_ascii_digit()) {
        format!("_{s}")
    } else {
        s
    }
}

/// Keeps only what can appear in an identifier, word boundaries as spaces, so
/// heck sees `0-10 V` as the words `0`, `10`, `V`. Other scripts are
/// transliterated first (`Störung` → `Storung`, `Δ T` → `D T`, `温度` → `Wen Du`):
/// dropping them would merge names (`Δ T` and `T`) or leave none (`温度`).
fn words(s: &str) -> String {
    let ascii = if s.is_ascii() { std::borrow::Cow::Borrowed(s) } else { std::borrow::Cow::Owned(deunicode::deunicode(s)) };
    ascii.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' }).collect()
}

/// The name of instance `k` (1-based) of repeated block `block`: `hc` → `hc2`.
pub fn instance_name(block: &str, k: u16) -> String {
    format!("{block}{k}")
}

/// `hc2` + `targetflowtemp` → `hc2_targetflowtemp`.
pub fn register_ident(instance: &str, name: &str) -> String {
    ident_start(format!("{}_{}", words(instance).to_snake_case(), words(name).to_snake_case()))
}

/// Enumeration variant identifier: `e_heater` → `EHeater`; empty if the name has no letters or digits.
pub fn enum_ident(name: &str) -> String {
    ident_start(words(name).to_upper_camel_case())
}

/// Bit identifier: `heater1` → `HEATER1`; empty if the name has no letters or digits.
pub fn bit_ident(name: &str) -> String {
    ident_start(words(name).to_shouty_snake_case())
}

/// A snake_case identifier close to `s`, offered in the help of a bad name.
pub fn suggest_ident(s: &str) -> String {
    let snake = safe_ident(words(s).to_snake_case());
    if snake.is_empty() {
        "my_name".to_owned()
    } else {
        snake
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snake_cases_match_heck() {
        // Every string of up to four characters over an alphabet that has each case
        // the fast path must get right: plain words, digits, `_` runs, upper case, spaces.
        let alphabet = ['a', 'b', '1', '_', 'X', ' '];
        let mut texts = vec![String::new()];
        for _ in 0..4 {
            let longer: Vec<String> = texts.iter().flat_map(|t| alphabet.iter().map(move |c| format!("{t}{c}"))).collect();
            texts.extend(longer);
        }
        texts.extend(["flow_temp", "hc2_targetflowtemp", "r0", "a1b2", "TempSensor1", "_x", "x_"].map(String::from));
        for t in &texts {
            assert_eq!(snake_case(t), t.to_snake_case(), "{t:?}");
            assert_eq!(shouty_snake_case(t), t.to_shouty_snake_case(), "{t:?}");
        }
    }

    #[test]
    fn idents() {
        assert_eq!(register_ident("hc2", "targetflowtemp"), "hc2_targetflowtemp");
        assert_eq!(register_ident("short_data", "TempSensor1"), "short_data_temp_sensor1");
        assert_eq!(enum_ident("e_heater"), "EHeater");
        assert_eq!(enum_ident("none"), "None", "escaping keywords is each generator's job");
        assert_eq!(enum_ident("0-10 V"), "_010V");
        assert_eq!(enum_ident("--"), "");
        assert_eq!(bit_ident("heater1"), "HEATER1");
        assert_eq!(enum_ident("Störung"), "Storung");
        assert_ne!(enum_ident("Δ T"), enum_ident("T"));
        assert_eq!(enum_ident("温度"), "WenDu");
        assert_eq!(bit_ident("Überhitzung"), "UBERHITZUNG");
        assert!(is_identifier("temp_1") && !is_identifier("1temp") && !is_identifier("a-b") && !is_identifier(""));
    }
}
