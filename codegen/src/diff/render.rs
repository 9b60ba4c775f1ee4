//! A diff report as text (rustc style, with the spec line of each side) or
//! as a Markdown changelog section.

use super::{Change, Outcome, Report, Verdict};
use crate::diagnostics::{location, snippet, Lines};
use crate::ir::Origin;
use crate::Sources;
use std::fmt::Write;

fn label(c: &Change) -> &'static str {
    match (c.verdict, &c.acknowledged) {
        (Verdict::Breaking, None) => "breaking",
        (Verdict::Breaking, Some(_)) => "acknowledged",
        (Verdict::Compatible, _) => "compatible",
    }
}

/// Every change rustc style (`breaking[moved]: ...`, ` --> file:line:column`
/// and the spec line of the old and the new side), then one summary line.
/// `sources` holds the text of both specs for the snippets.
pub fn render_text(report: &Report, sources: &Sources) -> String {
    let lines = Lines::new(sources);
    let mut out = String::new();
    for c in &report.changes {
        let _ = writeln!(out, "{}[{}]: {}", label(c), c.rule.code(), c.message);
        let sides: Vec<(&str, &Origin)> =
            [("old", c.old.as_ref()), ("new", c.new.as_ref())].into_iter().filter_map(|(s, o)| Some((s, o?))).collect();
        let gutter = sides.iter().map(|(_, o)| o.line).max().unwrap_or(0).to_string().len();
        let pad = " ".repeat(gutter);
        for (side, origin) in &sides {
            let _ = writeln!(out, "{pad}--> {} ({side})", location(origin));
            snippet(origin, &lines, &pad, &mut out);
        }
        if let Some(note) = &c.note {
            let _ = writeln!(out, "{pad} = note: {note}");
        }
        if let Some(version) = &c.acknowledged {
            let _ = writeln!(out, "{pad} = note: acknowledged by the new spec as a breaking change of version {version}");
        } else if let (true, Some(register)) = (c.fails() && c.rule.acknowledgeable(), &c.register) {
            let _ = writeln!(
                out,
                "{pad} = help: if the change is intended, say so on `{register}` in the new spec: \
                 `breaking: [{}]` and `breaking_since: \"<version>\"`",
                c.rule.code()
            );
        }
        out.push('\n');
    }
    let _ = writeln!(out, "{}", summary_line(report));
    out
}

fn summary_line(report: &Report) -> String {
    let s = report.summary();
    let files = format!("{} -> {}", report.old_file, report.new_file);
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    match report.outcome() {
        Outcome::NoChange => format!("{}: no change ({files})", report.new_device),
        outcome => format!(
            "{}: {} ({}, {}, {}; registers: {} removed, {} renamed, {} moved, {} changed, {} added) ({files})",
            report.new_device,
            outcome.as_str(),
            plural(s.breaking, "breaking change"),
            plural(s.acknowledged, "acknowledged change"),
            plural(s.compatible, "compatible change"),
            s.removed,
            s.renamed,
            s.moved,
            s.changed,
            s.added,
        ),
    }
}

/// Whether a change belongs to a section of the changelog.
type Member = fn(&Change) -> bool;

/// The report as a changelog section: breaking, acknowledged and compatible
/// changes as lists, each naming the spec lines.
pub fn render_markdown(report: &Report) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "## `{}`: `{}` → `{}`\n", report.new_device, report.old_file, report.new_file);
    if report.changes.is_empty() {
        out.push_str("No change to the register map.\n");
        return out;
    }
    let groups: [(&str, Member); 3] = [
        ("Breaking changes", |c| c.fails()),
        ("Breaking changes, acknowledged", |c| c.verdict == Verdict::Breaking && c.acknowledged.is_some()),
        ("Compatible changes", |c| c.verdict == Verdict::Compatible),
    ];
    for (title, member) in groups {
        let changes: Vec<&Change> = report.changes.iter().filter(|c| member(c)).collect();
        if changes.is_empty() {
            continue;
        }
        let _ = writeln!(out, "### {title} ({})\n", changes.len());
        for c in changes {
            let mut at: Vec<String> = Vec::new();
            at.extend(c.old.as_ref().map(|o| format!("`{}`", location(o))));
            at.extend(c.new.as_ref().map(|o| format!("`{}`", location(o))));
            let _ = write!(out, "- **{}**: {} ({})", c.rule.code(), escape(&c.message), at.join(" → "));
            if let Some(version) = &c.acknowledged {
                let _ = write!(out, ", acknowledged for version {}", escape(version));
            }
            if let Some(note) = &c.note {
                let _ = write!(out, "; {}", escape(note));
            }
            out.push('\n');
        }
        out.push('\n');
    }
    let _ = writeln!(out, "{}", escape(&summary_line(report)));
    out
}

/// Markdown would read `*` and `_` as emphasis and `<` as HTML outside code spans;
/// the messages put names in backticks, so only stray characters need escaping.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut in_code = false;
    for ch in s.chars() {
        if ch == '`' {
            in_code = !in_code;
        }
        if !in_code && matches!(ch, '*' | '_' | '<' | '[' | ']') {
            out.push('\\');
        }
        out.push(ch);
    }
    out
}
