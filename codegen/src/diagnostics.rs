//! Diagnostics: every problem of a spec, collected and reported at once, in the
//! style of rustc (`error[code]: message`, ` --> file:line:column`, a source
//! snippet with a caret, notes and help).

use crate::ir::Origin;
use std::collections::BTreeMap;
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Error,
    Warning,
}

impl Severity {
    pub const fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// What a diagnostic is about, by index into the spec model, so the derive
/// macro can point at the attribute that caused it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Subject {
    /// Index into `Spec::blocks`; `None` for device-level problems.
    pub block: Option<usize>,
    /// Index into `BlockSpec::registers`.
    pub register: Option<usize>,
    /// The spec key at fault (`access`, `values`), if one is.
    pub key: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// Stable kebab-case code (listed in docs/spec-format.md).
    pub code: &'static str,
    pub message: String,
    /// What to do about it.
    pub help: Option<String>,
    pub origin: Origin,
    pub subject: Subject,
    /// Qualified name of the register concerned.
    pub register: Option<String>,
    /// Absolute address of the register concerned.
    pub address: Option<u16>,
    /// Other places that take part in the problem (the other register of an overlap).
    pub related: Vec<(Origin, String)>,
}

impl Diagnostic {
    pub fn error(code: &'static str, message: impl Into<String>, origin: Origin) -> Self {
        Diagnostic {
            severity: Severity::Error,
            code,
            message: message.into(),
            help: None,
            origin,
            subject: Subject::default(),
            register: None,
            address: None,
            related: Vec::new(),
        }
    }

    pub fn warning(code: &'static str, message: impl Into<String>, origin: Origin) -> Self {
        Diagnostic { severity: Severity::Warning, ..Diagnostic::error(code, message, origin) }
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn with_subject(mut self, subject: Subject) -> Self {
        self.subject = subject;
        self
    }

    pub fn with_register(mut self, qualified_name: impl Into<String>, address: Option<u16>) -> Self {
        self.register = Some(qualified_name.into());
        self.address = address;
        self
    }

    pub fn with_related(mut self, origin: Origin, note: impl Into<String>) -> Self {
        self.related.push((origin, note.into()));
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// The text of spec files by path, for source snippets.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Sources {
    files: BTreeMap<String, String>,
}

impl Sources {
    pub fn new() -> Self {
        Sources::default()
    }

    /// One file's text.
    pub fn single(file: &str, text: &str) -> Self {
        let mut s = Sources::new();
        s.add(file, text);
        s
    }

    /// One spec file's text read from disk (lossily, so a diagnostic about bad
    /// UTF-8 still gets its snippet), under the path as given.
    pub fn from_path(path: &std::path::Path) -> Self {
        let text = std::fs::read(path).map(|b| String::from_utf8_lossy(&b).into_owned()).unwrap_or_default();
        Sources::single(&path.to_string_lossy(), &text)
    }

    pub fn add(&mut self, file: &str, text: &str) {
        self.files.insert(file.to_owned(), text.to_owned());
    }

    pub fn get(&self, file: &str) -> Option<&str> {
        self.files.get(file).map(String::as_str)
    }

}

/// The lines of every source, split once per render (a spec may be megabytes).
pub(crate) struct Lines<'a> {
    files: BTreeMap<&'a str, Vec<&'a str>>,
}

impl<'a> Lines<'a> {
    pub(crate) fn new(sources: &'a Sources) -> Self {
        Lines { files: sources.files.iter().map(|(k, v)| (k.as_str(), v.lines().collect())).collect() }
    }

    fn line(&self, origin: &Origin) -> Option<&'a str> {
        if origin.line == 0 {
            return None;
        }
        self.files.get(origin.file.as_str())?.get(origin.line as usize - 1).copied()
    }
}

/// More diagnostics than this are not collected: past it, a spec is more
/// broken than a list can help with, and collecting would only cost time.
pub const MAX_DIAGNOSTICS: usize = 500;

/// A collection of diagnostics, errors and warnings, in the order found.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Diagnostics {
    pub items: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn new() -> Self {
        Diagnostics::default()
    }

    /// Adds a diagnostic; past [`MAX_DIAGNOSTICS`] one `too-many` error is added instead and the rest dropped.
    pub fn push(&mut self, diagnostic: Diagnostic) {
        match self.items.len().cmp(&MAX_DIAGNOSTICS) {
            std::cmp::Ordering::Less => self.items.push(diagnostic),
            std::cmp::Ordering::Equal => {
                let origin = Origin { file: diagnostic.origin.file.clone(), line: 0, column: 0 };
                self.items.push(
                    Diagnostic::error("too-many", format!("more than {MAX_DIAGNOSTICS} problems; only the first are shown"), origin)
                        .with_help("fix the problems shown and run again"),
                );
            }
            std::cmp::Ordering::Greater => {}
        }
    }

    pub fn extend(&mut self, other: Diagnostics) {
        for d in other.items {
            self.push(d);
        }
    }

    pub fn has_errors(&self) -> bool {
        self.items.iter().any(Diagnostic::is_error)
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn iter(&self) -> std::slice::Iter<'_, Diagnostic> {
        self.items.iter()
    }

    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.items.iter().filter(|d| d.is_error())
    }

    pub fn warnings(&self) -> impl Iterator<Item = &Diagnostic> {
        self.items.iter().filter(|d| !d.is_error())
    }

    /// The distinct codes, in order of first appearance.
    pub fn codes(&self) -> Vec<&'static str> {
        let mut codes = Vec::new();
        for d in &self.items {
            if !codes.contains(&d.code) {
                codes.push(d.code);
            }
        }
        codes
    }

    /// Sorts by file, line, column (stable, so equal positions keep discovery order).
    pub fn sort(&mut self) {
        self.items.sort_by(|a, b| {
            (&a.origin.file, a.origin.line, a.origin.column).cmp(&(&b.origin.file, b.origin.line, b.origin.column))
        });
    }

    /// Renders every diagnostic in rustc style followed by a summary line.
    /// Snippets are shown for files found in `sources`.
    pub fn render(&self, sources: &Sources) -> String {
        let mut out = String::new();
        let lines = Lines::new(sources);
        for d in &self.items {
            render_one(d, &lines, &mut out);
            out.push('\n');
        }
        let errors = self.errors().count();
        let warnings = self.len() - errors;
        let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
        match (errors, warnings) {
            (0, 0) => {}
            (0, w) => out.push_str(&format!("{} emitted\n", plural(w, "warning"))),
            (e, 0) => out.push_str(&format!("could not load the spec: {}\n", plural(e, "error"))),
            (e, w) => out.push_str(&format!(
                "could not load the spec: {}; {} emitted\n",
                plural(e, "error"),
                plural(w, "warning")
            )),
        }
        out
    }
}

fn render_one(d: &Diagnostic, sources: &Lines<'_>, out: &mut String) {
    out.push_str(&format!("{}[{}]: {}\n", d.severity.as_str(), d.code, d.message));
    let gutter = d
        .related
        .iter()
        .map(|(o, _)| o.line)
        .chain([d.origin.line])
        .max()
        .unwrap_or(0)
        .to_string()
        .len();
    let pad = " ".repeat(gutter);
    out.push_str(&format!("{pad}--> {}\n", location(&d.origin)));
    snippet(&d.origin, sources, &pad, out);
    if let Some(name) = &d.register {
        match d.address {
            Some(a) => out.push_str(&format!("{pad} = note: register `{name}` at address {a} (0x{a:04X})\n")),
            None => out.push_str(&format!("{pad} = note: register `{name}`\n")),
        }
    }
    for (origin, note) in &d.related {
        out.push_str(&format!("{pad} = note: {note}\n"));
        out.push_str(&format!("{pad}  --> {}\n", location(origin)));
        snippet(origin, sources, &pad, out);
    }
    if let Some(help) = &d.help {
        out.push_str(&format!("{pad} = help: {help}\n"));
    }
}

pub(crate) fn location(o: &Origin) -> String {
    if o.line == 0 {
        o.file.clone()
    } else {
        format!("{}:{}:{}", o.file, o.line, o.column)
    }
}

pub(crate) fn snippet(origin: &Origin, sources: &Lines<'_>, pad: &str, out: &mut String) {
    let Some(text) = sources.line(origin) else { return };
    // Tabs would misplace the caret; show them as one space each like the column count does.
    let text: String = text.chars().map(|c| if c == '\t' { ' ' } else { c }).collect();
    let caret_at = (origin.column.max(1) as usize - 1).min(text.chars().count());
    out.push_str(&format!("{pad} |\n"));
    out.push_str(&format!("{:>w$} | {}\n", origin.line, text.trim_end(), w = pad.len()));
    out.push_str(&format!("{pad} | {}^\n", " ".repeat(caret_at)));
}

impl fmt::Display for Diagnostics {
    /// Plain rendering without snippets (one line per diagnostic).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for d in &self.items {
            write!(f, "{}[{}]: {} at {}", d.severity.as_str(), d.code, d.message, location(&d.origin))?;
            if let Some(help) = &d.help {
                write!(f, " (help: {help})")?;
            }
            writeln!(f)?;
        }
        Ok(())
    }
}

impl std::error::Error for Diagnostics {}

impl From<Diagnostic> for Diagnostics {
    fn from(d: Diagnostic) -> Self {
        Diagnostics { items: vec![d] }
    }
}
