//! The validator: checks a spec model against every rule of the format and
//! collects all problems at once. A spec that passes is handed, with the facts
//! the checks resolved, to [`crate::lower`], which builds the IR.
//!
//! Passes, one module per subject: [`device`] settings → [`block`] settings →
//! [`register`] templates (checks that do not need the type), instances
//! (repeats expanded) and aliases → [`typed`] checks (type, length, range,
//! enumeration, bits, default) → converting [`alias`]es → scale factor registers ([`register`]) →
//! [`addresses`] (overflow, repeats, overlaps) → device-wide names → the [`sim`] section.

mod addresses;
mod alias;
mod block;
mod device;
mod examples;
mod high_word;
mod register;
mod sim;
mod typed;

use crate::diagnostics::{Diagnostic, Diagnostics, Subject};
use crate::ident;
use crate::ir::{self, Access, BitRange, ByteOrder, DataType, EnumVariant, Origin, Table, WordOrder, WriteFunction};
use crate::load::did_you_mean;
use crate::spec::{Spanned, Spec, Value};
use crate::format::value_text;
use modbus_map_core::Version;

/// A validated device and the warnings found on the way.
#[derive(Debug, Clone, PartialEq)]
pub struct Checked {
    pub device: ir::Device,
    pub warnings: Diagnostics,
}

impl std::ops::Deref for Checked {
    type Target = ir::Device;
    fn deref(&self) -> &ir::Device {
        &self.device
    }
}

impl Checked {
    pub fn into_device(self) -> ir::Device {
        self.device
    }
}

/// Most registers a spec may expand to (repeats included). Real devices have a
/// few thousand; the cap keeps a runaway `repeat` from exhausting memory.
pub const MAX_REGISTERS: u64 = 65536;


/// Validates a spec and lowers it to the IR. `Err` holds every error (and the
/// warnings found alongside); `Ok` carries the warnings.
pub fn validate(spec: &Spec) -> Result<Checked, Diagnostics> {
    let mut v = Validator { spec, diags: Diagnostics::new() };
    match v.run() {
        Some(resolved) if !v.diags.has_errors() => {
            let device = crate::lower::lower(spec, &resolved);
            // The one check that needs the lowered register: examples through the codec.
            examples::check(spec, &device, &mut v.diags);
            if v.diags.has_errors() {
                v.diags.sort();
                return Err(v.diags);
            }
            Ok(Checked { device, warnings: v.diags })
        }
        _ => {
            v.diags.sort();
            Err(v.diags)
        }
    }
}

/// What validation resolved from a clean spec: the values lowering needs that
/// are not plain copies of spec text (defaults applied, keywords parsed,
/// numbers checked, repeats expanded, alias targets found).
pub(crate) struct Resolved {
    pub device: DeviceFacts,
    /// One per spec block, same order.
    pub blocks: Vec<BlockFacts>,
    /// Every register of every block instance, in spec order.
    pub registers: Vec<RegisterFacts>,
    pub sim: ir::SimProfile,
}

/// Device settings once checked, defaults applied.
pub(crate) struct DeviceFacts {
    pub unit_id: u8,
    pub word_order: WordOrder,
    pub byte_order: ByteOrder,
    pub read_limit: u16,
    pub max_gap: u16,
    pub values_per_read: Option<u16>,
    pub firmware: Option<Version>,
    pub write_function: WriteFunction,
}

/// Block settings once checked.
pub(crate) struct BlockFacts {
    pub table: Option<Table>,
    pub unit_id: u8,
    pub base: u16,
    pub repeat: Option<ir::Repeat>,
    /// The block's own, else the device's.
    pub write_function: WriteFunction,
    /// The block's instances: one per `repeat` count, else the block itself.
    pub instances: Vec<ir::BlockInstance>,
}

/// One expanded register: what the checks resolved, and where its spec entry is.
#[derive(Clone)]
pub(crate) struct RegisterFacts {
    /// Spec indices: `spec.blocks[bi].registers[ri]`.
    pub bi: usize,
    pub ri: usize,
    /// Reports about the template are made once, on the first instance.
    pub first: bool,
    pub qualified_name: String,
    pub ident: String,
    pub instance: String,
    pub instance_index: Option<u16>,
    pub unit_id: u8,
    pub table: Table,
    /// Absolute address as i64 so an overflow can be reported rather than wrapped.
    pub abs: i64,
    /// `abs` clamped into the address space.
    pub address: u16,
    pub relative_address: u16,
    pub width: u16,
    /// `None` until the alias target supplies it.
    pub data_type: Option<DataType>,
    pub length: u16,
    pub access: Access,
    pub scale: f64,
    pub offset: f64,
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub word_order: WordOrder,
    pub byte_order: ByteOrder,
    /// `high_word_at` as written (relative to the block instance's base).
    pub high_word_relative: Option<u16>,
    /// The high word's absolute address, as i64 like `abs`.
    pub high_abs: Option<i64>,
    /// The register's own, else the block's; made `Any` by the typed checks for wider values.
    pub write_function: WriteFunction,
    pub values: Vec<EnumVariant>,
    pub bits: Vec<BitRange>,
    /// Raw bit patterns meaning "not available", sorted (filled by the typed checks).
    pub sentinels: Vec<u64>,
    pub default: Option<ir::Value>,
    /// Qualified name of the alias target, instance-resolved.
    pub alias_of: Option<String>,
    /// Spec indices (block, register) of the alias target, once resolved.
    pub target: Option<(usize, usize)>,
    /// Qualified name of the scale factor register, instance-resolved (an alias
    /// without its own inherits its target's).
    pub scale_factor: Option<String>,
    /// Sorted, deduplicated.
    pub overlaps: Vec<String>,
}

impl RegisterFacts {
    /// Items at `address`: the width, or the low word alone when the high word lies apart.
    fn span(&self) -> u16 {
        if self.high_abs.is_some() { 1 } else { self.width }
    }

    /// One past the last address from `address` on, as u32 so it cannot overflow.
    fn end(&self) -> u32 {
        self.address as u32 + self.span() as u32
    }

    /// The high word's address when it lies apart (clamped like `address`).
    pub fn high_word(&self) -> Option<u16> {
        self.high_abs.map(|a| a.clamp(0, 65535) as u16)
    }
}

struct Validator<'s> {
    spec: &'s Spec,
    diags: Diagnostics,
}

impl<'s> Validator<'s> {
    fn origin<T>(&self, s: &Spanned<T>) -> Origin {
        Origin { file: self.spec.file.clone(), line: s.line, column: s.column }
    }

    fn at(&self, line: u32, column: u32) -> Origin {
        Origin { file: self.spec.file.clone(), line, column }
    }

    /// Where register `(bi, ri)` is declared.
    fn register_origin(&self, bi: usize, ri: usize) -> Origin {
        let r = &self.spec.blocks[bi].registers[ri];
        self.at(r.line, r.column)
    }

    fn subject(bi: Option<usize>, ri: Option<usize>, key: &str) -> Subject {
        Subject { block: bi, register: ri, key: Some(key.to_owned()) }
    }

    fn push(&mut self, d: Diagnostic) {
        self.diags.push(d);
    }

    fn run(&mut self) -> Option<Resolved> {
        let device = self.device();
        let blocks = self.blocks(&device);
        if !self.within_register_limit(&blocks) {
            return None;
        }
        let mut registers = self.registers(&blocks, &device);
        self.resolve_aliases(&mut registers);
        for r in registers.iter_mut() {
            self.typed_checks(r);
        }
        self.alias_conversions(&registers);
        self.scale_factors(&registers);
        self.high_words(&registers);
        self.addresses(&registers, &blocks);
        self.unique_idents(&registers);
        self.word_order_coil(&registers);
        let sim = self.sim();
        (!self.diags.has_errors()).then_some(Resolved { device, blocks, registers, sim })
    }

    fn check_snake_name(&mut self, name: &Spanned<String>, what: &str, subject: Subject) {
        let ok = ident::is_identifier(&name.value)
            && name.value.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
        if !ok {
            let d = Diagnostic::error("bad-identifier", format!("{what} name `{}` is not a snake_case identifier", name.value), self.origin(name))
                .with_subject(subject)
                .with_help(format!("use lowercase letters, digits and `_`, starting with a letter (e.g. `{}`)", ident::suggest_ident(&name.value)));
            self.push(d);
        } else if ident::is_keyword(&name.value) {
            self.keyword(name, subject);
        }
    }

    fn bad_identifier(&mut self, name: &Spanned<String>, what: &str, subject: Subject) {
        let d = Diagnostic::error("bad-identifier", format!("{what} name `{}` is not an identifier", name.value), self.origin(name))
            .with_subject(subject)
            .with_help(format!(
                "use ASCII letters, digits and `_`, not starting with a digit (e.g. `{}`)",
                ident::suggest_ident(&name.value)
            ));
        self.push(d);
    }

    fn keyword(&mut self, name: &Spanned<String>, subject: Subject) {
        let d = Diagnostic::warning(
            "keyword",
            format!(
                "`{}` is a Rust or Python keyword; where generated code uses the bare name, each generator escapes it (Rust `r#…`, Python a trailing `_`)",
                name.value
            ),
            self.origin(name),
        )
        .with_subject(subject)
        .with_help("rename it to keep generated names unescaped");
        self.push(d);
    }

    fn unit_id(&mut self, u: &Spanned<i64>, subject: Subject) -> Option<u8> {
        if (1..=247).contains(&u.value) {
            Some(u.value as u8)
        } else {
            let d = Diagnostic::error("unit-id", format!("unit id {} is outside 1..=247", u.value), self.origin(u))
                .with_subject(subject)
                .with_help("Modbus unit ids (server addresses) are 1..=247; 0 is broadcast and 248..=255 are reserved");
            self.push(d);
            None
        }
    }

    fn keyword_value<T: Copy>(
        &mut self,
        s: Option<&Spanned<String>>,
        parse: fn(&str) -> Option<T>,
        choices: &[&str],
        subject: Subject,
    ) -> Option<T> {
        let s = s?;
        match parse(&s.value) {
            Some(v) => Some(v),
            None => {
                let key = subject.key.clone().unwrap_or_default();
                let one_of = format!("`{key}` is one of: {}", choices.join(", "));
                let help = did_you_mean(&s.value, choices).map_or_else(|| one_of.clone(), |d| format!("{d} {one_of}"));
                let d = Diagnostic::error("bad-value", format!("`{}` is not a valid `{key}`", s.value), self.origin(s))
                    .with_subject(subject)
                    .with_help(help);
                self.push(d);
                None
            }
        }
    }

    fn word_order(&mut self, s: Option<&Spanned<String>>, subject: Subject) -> WordOrder {
        self.keyword_value(s, WordOrder::parse, crate::keys::ORDERS, subject).unwrap_or(WordOrder::HighFirst)
    }

    fn write_function(&mut self, s: Option<&Spanned<String>>, subject: Subject) -> Option<WriteFunction> {
        self.keyword_value(s, WriteFunction::parse, crate::keys::WRITE_FUNCTION, subject)
    }

    fn byte_order(&mut self, s: Option<&Spanned<String>>, subject: Subject) -> ByteOrder {
        self.keyword_value(s, ByteOrder::parse, crate::keys::ORDERS, subject).unwrap_or(ByteOrder::HighFirst)
    }

    fn bounded(&mut self, v: Option<&Spanned<i64>>, key: &str, lo: i64, hi: i64, default: u16, bi: Option<usize>) -> u16 {
        let Some(v) = v else { return default };
        if (lo..=hi).contains(&v.value) {
            v.value as u16
        } else {
            let d = Diagnostic::error("bad-value", format!("`{key}` is {}, outside {lo}..={hi}", v.value), self.origin(v))
                .with_subject(Self::subject(bi, None, key))
                .with_help(format!("give `{key}` a value in {lo}..={hi}"));
            self.push(d);
            default
        }
    }

    fn version(&mut self, s: &Spanned<String>, subject: Subject) -> Option<Version> {
        match Version::parse(s.value.trim()) {
            Some(v) => Some(v),
            None => {
                let key = subject.key.clone().unwrap_or_default();
                let d = Diagnostic::error("bad-version", format!("`{key}` `{}` is not a version", s.value), self.origin(s))
                    .with_subject(subject)
                    .with_help("write a version as up to four dot-separated numbers, quoted: \"4.2.1\"");
                self.push(d);
                None
            }
        }
    }

    fn number(&mut self, v: Option<&Spanned<Value>>, key: &str, qualified: &str, subject: Subject) -> Option<f64> {
        let v = v?;
        let number = v.value.as_number();
        if number.is_none() {
            let d = Diagnostic::error("bad-value", format!("`{key}` `{}` is not a number", value_text(&v.value)), self.origin(v))
                .with_subject(subject)
                .with_register(qualified, None)
                .with_help(format!("write `{key}` as a number in engineering units"));
            self.push(d);
        }
        number
    }
}
