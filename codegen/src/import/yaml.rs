//! The YAML of other tools' configurations, with positions.
//!
//! Spec files are read with marked-yaml, which refuses tags and anchors (a spec
//! has no use for them). The configurations an import reads use both: Home
//! Assistant writes `!secret`, `!include` and `&anchor`/`*alias`, ESPHome
//! `!secret`, `!lambda` and `!include`. So an import builds this small tree from
//! yaml-rust2's event parser (the parser marked-yaml itself runs on): aliases
//! are resolved, tags are kept on the node so the importer can say what it
//! could not resolve, and every node keeps its `line:column`.

use yaml_rust2::parser::{Event, MarkedEventReceiver, Parser, Tag};
use yaml_rust2::scanner::{Marker, TScalarStyle};

/// Nesting deeper than this is refused: no configuration needs it, and the
/// tree is dropped recursively.
const MAX_DEPTH: usize = 64;
/// Aliases may repeat a node; past this many nodes in all, the document is
/// refused (a "billion laughs" document expands without end).
const MAX_NODES: usize = 1_000_000;

#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    /// A scalar's text; `plain` when it was written without quotes (so `0x10`
    /// and `yes` may mean a number or a bool).
    Scalar { text: String, plain: bool },
    Seq(Vec<Node>),
    Map(Vec<(Node, Node)>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub kind: Kind,
    /// `!secret`, `!include`, `!lambda`, … without the `!`.
    pub tag: Option<String>,
    pub line: u32,
    pub column: u32,
}

/// A YAML syntax error, or a document this reader refuses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YamlError {
    pub message: String,
    pub line: u32,
    pub column: u32,
}

impl Node {
    pub fn as_str(&self) -> Option<&str> {
        match &self.kind {
            Kind::Scalar { text, .. } => Some(text),
            _ => None,
        }
    }

    pub fn as_map(&self) -> Option<&[(Node, Node)]> {
        match &self.kind {
            Kind::Map(m) => Some(m),
            _ => None,
        }
    }

    pub fn as_seq(&self) -> Option<&[Node]> {
        match &self.kind {
            Kind::Seq(s) => Some(s),
            _ => None,
        }
    }

    /// The value of key `key` in a mapping.
    pub fn get(&self, key: &str) -> Option<&Node> {
        self.as_map()?.iter().find(|(k, _)| k.as_str() == Some(key)).map(|(_, v)| v)
    }

    /// A null scalar (`~`, `null` or nothing).
    pub fn is_null(&self) -> bool {
        matches!(&self.kind, Kind::Scalar { text, plain: true } if matches!(text.as_str(), "" | "~" | "null" | "Null" | "NULL"))
            && self.tag.is_none()
    }

    /// An integer as YAML 1.1 and the tools read one (`12`, `-3`, `0x1F`, `0o17`, `0b101`).
    pub fn as_int(&self) -> Option<i64> {
        let text = self.as_str()?.trim().replace('_', "");
        let (negative, digits) = match text.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, text.strip_prefix('+').unwrap_or(&text)),
        };
        let value = if let Some(hex) = digits.strip_prefix("0x").or_else(|| digits.strip_prefix("0X")) {
            i64::from_str_radix(hex, 16).ok()?
        } else if let Some(oct) = digits.strip_prefix("0o") {
            i64::from_str_radix(oct, 8).ok()?
        } else if let Some(bin) = digits.strip_prefix("0b") {
            i64::from_str_radix(bin, 2).ok()?
        } else {
            digits.parse().ok()?
        };
        Some(if negative { -value } else { value })
    }

    /// A number (integer or decimal).
    pub fn as_f64(&self) -> Option<f64> {
        self.as_int().map(|i| i as f64).or_else(|| {
            let t = self.as_str()?.trim();
            // `nan`/`inf` are numbers to Rust's parser but not to these tools' YAML.
            if t.chars().any(|c| c.is_ascii_alphabetic() && c != 'e' && c != 'E') {
                return None;
            }
            t.parse().ok()
        })
    }

    /// A bool as YAML 1.1 spells one (`true`, `yes`, `on`, …).
    pub fn as_bool(&self) -> Option<bool> {
        match self.as_str()?.to_ascii_lowercase().as_str() {
            "true" | "yes" | "on" | "y" => Some(true),
            "false" | "no" | "off" | "n" => Some(false),
            _ => None,
        }
    }

    /// What the node is, for messages.
    pub fn kind_name(&self) -> &'static str {
        match self.kind {
            Kind::Scalar { .. } => "a scalar",
            Kind::Seq(_) => "a list",
            Kind::Map(_) => "a mapping",
        }
    }
}

/// Parses one YAML document (an empty document is a null scalar).
pub fn parse(text: &str) -> Result<Node, YamlError> {
    let mut builder = Builder::default();
    let mut parser = Parser::new_from_str(text);
    if let Err(e) = parser.load(&mut builder, false) {
        let m = e.marker();
        return Err(YamlError { message: e.info().to_owned(), line: m.line() as u32, column: m.col() as u32 + 1 });
    }
    if let Some(e) = builder.error {
        return Err(e);
    }
    Ok(builder.root.unwrap_or(Node { kind: Kind::Scalar { text: String::new(), plain: true }, tag: None, line: 1, column: 1 }))
}

enum Open {
    Seq(Node, Vec<Node>, usize),
    Map(Node, Vec<(Node, Node)>, Option<Node>, usize),
}

#[derive(Default)]
struct Builder {
    stack: Vec<Open>,
    anchors: std::collections::HashMap<usize, Node>,
    root: Option<Node>,
    error: Option<YamlError>,
    nodes: usize,
}

fn tag_name(tag: Option<Tag>) -> Option<String> {
    let tag = tag?;
    // `!!str` and friends are YAML's core types, not the tools' own tags.
    if tag.handle == "!!" || tag.handle.starts_with("tag:yaml.org") {
        return None;
    }
    Some(tag.suffix)
}

fn count(node: &Node) -> usize {
    match &node.kind {
        Kind::Scalar { .. } => 1,
        Kind::Seq(items) => 1 + items.iter().map(count).sum::<usize>(),
        Kind::Map(pairs) => 1 + pairs.iter().map(|(k, v)| count(k) + count(v)).sum::<usize>(),
    }
}

impl Builder {
    fn fail(&mut self, message: &str, mark: Marker) {
        if self.error.is_none() {
            self.error = Some(YamlError { message: message.to_owned(), line: mark.line() as u32, column: mark.col() as u32 + 1 });
        }
    }

    fn place(&mut self, node: Node, anchor: usize) {
        if anchor != 0 {
            self.anchors.insert(anchor, node.clone());
        }
        match self.stack.last_mut() {
            None => {
                if self.root.is_none() {
                    self.root = Some(node);
                }
            }
            Some(Open::Seq(_, items, _)) => items.push(node),
            Some(Open::Map(_, pairs, key, _)) => match key.take() {
                None => *key = Some(node),
                Some(k) => pairs.push((k, node)),
            },
        }
    }

    fn open_node(mark: Marker, kind: Kind, tag: Option<Tag>) -> Node {
        Node { kind, tag: tag_name(tag), line: mark.line() as u32, column: mark.col() as u32 + 1 }
    }
}

impl MarkedEventReceiver for Builder {
    fn on_event(&mut self, ev: Event, mark: Marker) {
        if self.error.is_some() {
            return;
        }
        let ev_kind = match ev {
            Event::SequenceStart(..) => Some(true),
            Event::MappingStart(..) => Some(false),
            _ => None,
        };
        match ev {
            Event::Scalar(text, style, anchor, tag) => {
                self.nodes += 1;
                let plain = style == TScalarStyle::Plain;
                let node = Builder::open_node(mark, Kind::Scalar { text, plain }, tag);
                self.place(node, anchor);
            }
            Event::SequenceStart(anchor, tag) | Event::MappingStart(anchor, tag) => {
                let is_seq = matches!(ev_kind, Some(true));
                self.nodes += 1;
                if self.stack.len() >= MAX_DEPTH {
                    return self.fail(&format!("nesting deeper than {MAX_DEPTH} levels"), mark);
                }
                let node = Builder::open_node(mark, Kind::Scalar { text: String::new(), plain: true }, tag);
                self.stack.push(if is_seq { Open::Seq(node, Vec::new(), anchor) } else { Open::Map(node, Vec::new(), None, anchor) });
            }
            Event::SequenceEnd | Event::MappingEnd => {
                let (node, anchor) = match self.stack.pop() {
                    Some(Open::Seq(mut node, items, anchor)) => {
                        node.kind = Kind::Seq(items);
                        (node, anchor)
                    }
                    Some(Open::Map(mut node, pairs, _, anchor)) => {
                        node.kind = Kind::Map(pairs);
                        (node, anchor)
                    }
                    None => return self.fail("unbalanced YAML events", mark),
                };
                self.place(node, anchor);
            }
            Event::Alias(id) => match self.anchors.get(&id).cloned() {
                Some(mut node) => {
                    self.nodes += count(&node);
                    if self.nodes > MAX_NODES {
                        return self.fail(&format!("aliases expand the document past {MAX_NODES} nodes"), mark);
                    }
                    // The alias is where the value is used: point there.
                    node.line = mark.line() as u32;
                    node.column = mark.col() as u32 + 1;
                    self.place(node, 0);
                }
                None => self.fail("alias of an anchor not defined before it", mark),
            },
            Event::Nothing | Event::StreamStart | Event::StreamEnd | Event::DocumentStart | Event::DocumentEnd => {}
        }
        if self.nodes > MAX_NODES {
            self.fail(&format!("more than {MAX_NODES} nodes"), mark);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_aliases_and_positions() {
        let doc = parse("a: &x 30\nb: *x\nc: !secret host\nd: [1, 0x10]\n").unwrap();
        assert_eq!(doc.get("b").unwrap().as_int(), Some(30));
        assert_eq!((doc.get("b").unwrap().line, doc.get("b").unwrap().column), (2, 4));
        let c = doc.get("c").unwrap();
        assert_eq!((c.tag.as_deref(), c.as_str()), (Some("secret"), Some("host")));
        assert_eq!(doc.get("d").unwrap().as_seq().unwrap()[1].as_int(), Some(16));
    }

    #[test]
    fn errors_have_positions_and_nothing_panics() {
        let e = parse("a: [1,\n  b: }").unwrap_err();
        assert!(e.line >= 1 && e.column >= 1, "{e:?}");
        assert!(parse(&"[".repeat(10_000)).is_err());
        let laughs = "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n";
        assert!(parse(laughs).unwrap_err().message.contains("nodes"));
        assert!(parse("a: *nothing").is_err());
    }
}
