//! YAML loader: `marked-yaml` gives a node tree with a position on every node;
//! it is walked by hand so unknown keys, wrong types and missing sections are
//! reported where they are, all at once.

use super::{parse_int, parse_value, unknown_key_help, Collector, MAX_YAML_DEPTH};
use crate::diagnostics::Subject;
use crate::keys::{self, Key, SlotMut, BLOCK_KEYS, DEVICE_KEYS, REGISTER_KEYS, REPEAT_KEYS, SIM_KEYS};
use crate::spec::{BitSpec, BlockSpec, DeviceSettings, EnumSpec, ExampleSpec, RegisterSpec, RepeatSpec, SimSettings, Spanned, Spec, Value};
use marked_yaml::types::{MarkedMappingNode, MarkedScalarNode};
use marked_yaml::{LoadError, LoaderOptions, Node};

pub const TOP_KEYS: &[&str] = &["device", "blocks", "sim"];
/// Parses YAML spec text into the spec model.
pub fn parse(text: &str, file: &str) -> Result<Spec, crate::diagnostics::Diagnostics> {
    let mut c = Collector::new(file);
    let mut spec = Spec { file: file.to_owned(), ..Default::default() };
    if let Some((line, column, why)) = too_deep(text) {
        c.error(
            "syntax",
            format!("the YAML nests too deeply ({why})"),
            line,
            column,
            Subject::default(),
            Some(format!("a spec nests at most a few levels; more than {MAX_YAML_DEPTH} is refused")),
        );
        return c.finish(spec);
    }
    let options = LoaderOptions::default().error_on_duplicate_keys(true).prevent_coercion(true).toplevel_mapping();
    let root = match marked_yaml::parse_yaml_with_options(0, text, options) {
        Ok(root) => root,
        Err(e) => {
            load_error(&mut c, e);
            return c.finish(spec);
        }
    };
    let Some(top) = root.as_mapping() else {
        let (l, col) = pos(&root);
        c.error("syntax", "the spec must be a mapping with `device:` and `blocks:`".into(), l, col, Subject::default(), None);
        return c.finish(spec);
    };
    let mut w = Walker { c };
    for (k, v) in top.iter() {
        match k.as_str() {
            "device" => {
                if let Some(m) = w.mapping(v, "device", &Subject::default()) {
                    spec.device = w.device(m);
                }
            }
            "blocks" => {
                if let Some(seq) = w.sequence(v, "blocks", &Subject::default()) {
                    for (i, node) in seq.iter().enumerate() {
                        let subject = Subject { block: Some(i), register: None, key: None };
                        if let Some(m) = w.mapping(node, "block", &subject) {
                            spec.blocks.push(w.block(m, i));
                        }
                    }
                }
            }
            "sim" => {
                if let Some(m) = w.mapping(v, "sim", &Subject::default()) {
                    let (line, column) = span_of(m.span());
                    spec.sim = SimSettings { line, column, ..Default::default() };
                    w.section(m, &mut spec.sim, SIM_KEYS, SimSettings::slot_mut, &Subject::default());
                }
            }
            other => w.unknown(k, other, TOP_KEYS, Subject::default()),
        }
    }
    let (tl, tc) = span_of(top.span());
    if top.get_node("device").is_none() {
        w.c.error(
            "missing-key",
            "the spec has no `device:` section".into(),
            tl,
            tc,
            Subject { key: Some("device".into()), ..Default::default() },
            Some("add `device:` with at least `name: your_device`".into()),
        );
    }
    if top.get_node("blocks").is_none() {
        w.c.error(
            "missing-key",
            "the spec has no `blocks:` list".into(),
            tl,
            tc,
            Subject { key: Some("blocks".into()), ..Default::default() },
            Some("add `blocks:` with at least one block of registers".into()),
        );
    }
    w.c.finish(spec)
}

fn load_error(c: &mut Collector<'_>, e: LoadError) {
    let (message, marker, help) = match &e {
        LoadError::TopLevelMustBeMapping(m) => {
            ("the spec must be a mapping with `device:` and `blocks:`".to_owned(), Some(*m), None)
        }
        LoadError::TopLevelMustBeSequence(m) => ("unexpected top-level sequence".to_owned(), Some(*m), None),
        LoadError::UnexpectedAnchor(m) => (
            "YAML anchors and aliases are not supported in specs".to_owned(),
            Some(*m),
            Some("write the value out; specs are data tables (this also rules out YAML bombs)".to_owned()),
        ),
        LoadError::MappingKeyMustBeScalar(m) => ("mapping keys must be plain scalars".to_owned(), Some(*m), None),
        LoadError::UnexpectedTag(m) => (
            "YAML tags (`!tag`) are not supported in specs".to_owned(),
            Some(*m),
            Some("remove the tag; quote the value if it starts with `!`".to_owned()),
        ),
        LoadError::ScanError(m, se) => {
            let info = se.info().to_owned();
            let help = if info.contains("anchor") {
                Some("YAML anchors and aliases are not supported in specs; write the value out".to_owned())
            } else {
                Some("fix the YAML syntax at this position".to_owned())
            };
            (format!("invalid YAML: {info}"), Some(*m), help)
        }
        LoadError::DuplicateKey(d) => {
            let (l, col) = span_of(d.key.span());
            let (pl, pc) = span_of(d.prev_key.span());
            c.error(
                "duplicate-key",
                format!("key `{}` appears twice in the same mapping (first at line {pl}, column {pc})", d.key.as_str()),
                l,
                col,
                Subject { key: Some(d.key.as_str().to_owned()), ..Default::default() },
                Some("remove one of them".to_owned()),
            );
            return;
        }
    };
    let (l, col) = marker.map_or((0, 0), |m| (m.line() as u32, m.column() as u32));
    c.error("syntax", message, l, col, Subject::default(), help);
}

/// Nesting deeper than any spec needs is refused before parsing, so a
/// pathological document cannot exhaust the stack when its tree is built or dropped.
fn too_deep(text: &str) -> Option<(u32, u32, String)> {
    let mut flow = 0usize;
    for (n, line) in text.lines().enumerate() {
        let indent = line.len() - line.trim_start_matches([' ', '\t', '-']).len();
        if indent > MAX_YAML_DEPTH * 8 {
            return Some((n as u32 + 1, 1, format!("indentation of {indent} columns")));
        }
        let mut quote: Option<char> = None;
        for (col, ch) in line.chars().enumerate() {
            match (quote, ch) {
                (Some(q), c) if c == q => quote = None,
                (Some(_), _) => {}
                (None, '"' | '\'') => quote = Some(ch),
                (None, '#') => break,
                (None, '[' | '{') => {
                    flow += 1;
                    if flow > MAX_YAML_DEPTH {
                        return Some((n as u32 + 1, col as u32 + 1, format!("more than {MAX_YAML_DEPTH} nested brackets")));
                    }
                }
                (None, ']' | '}') => flow = flow.saturating_sub(1),
                _ => {}
            }
        }
    }
    None
}

fn span_of(span: &marked_yaml::Span) -> (u32, u32) {
    span.start().map_or((0, 0), |m| (m.line() as u32, m.column() as u32))
}

fn pos(node: &Node) -> (u32, u32) {
    span_of(node.span())
}

fn is_null(s: &MarkedScalarNode) -> bool {
    s.may_coerce() && matches!(s.as_str(), "" | "~" | "null" | "Null" | "NULL")
}

fn kind(node: &Node) -> &'static str {
    match node {
        Node::Scalar(_) => "a scalar",
        Node::Mapping(_) => "a mapping",
        Node::Sequence(_) => "a list",
    }
}

struct Walker<'a> {
    c: Collector<'a>,
}

impl Walker<'_> {
    fn unknown(&mut self, k: &MarkedScalarNode, key: &str, known: &[&str], mut subject: Subject) {
        let (l, col) = span_of(k.span());
        subject.key = Some(key.to_owned());
        self.c.error("unknown-key", format!("unknown key `{key}`"), l, col, subject, Some(unknown_key_help(key, known)));
    }

    fn wrong(&mut self, node: &Node, key: &str, expected: &str, subject: &Subject) {
        let (l, col) = pos(node);
        let message = format!("`{key}` must be {expected}, found {}", kind(node));
        self.c.bad_value(key, message, l, col, subject, format!("write `{key}` as {expected}"));
    }

    fn mapping<'n>(&mut self, node: &'n Node, key: &str, subject: &Subject) -> Option<&'n MarkedMappingNode> {
        match node {
            Node::Mapping(m) => Some(m),
            _ => {
                self.wrong(node, key, "a mapping (`key: value` lines)", subject);
                None
            }
        }
    }

    fn sequence<'n>(&mut self, node: &'n Node, key: &str, subject: &Subject) -> Option<&'n [Node]> {
        match node {
            Node::Sequence(s) => Some(s.as_slice()),
            _ => {
                self.wrong(node, key, "a list (`- ` items)", subject);
                None
            }
        }
    }

    /// A scalar value; `None` for a YAML null (`key:`, `~`, `null`), which means "not given".
    fn scalar<'n>(&mut self, node: &'n Node, key: &str, subject: &Subject) -> Option<&'n MarkedScalarNode> {
        match node {
            Node::Scalar(s) if is_null(s) => None,
            Node::Scalar(s) => Some(s),
            _ => {
                self.wrong(node, key, "a single value", subject);
                None
            }
        }
    }

    fn string(&mut self, node: &Node, key: &str, subject: &Subject) -> Option<Spanned<String>> {
        let s = self.scalar(node, key, subject)?;
        let (l, col) = span_of(s.span());
        Some(Spanned::new(s.as_str().to_owned(), l, col))
    }

    /// The name of a `values`/`bits` entry, which cannot be left out.
    fn entry_name(&mut self, node: &Node, key: &str, subject: &Subject) -> Option<Spanned<String>> {
        let name = self.string(node, key, subject);
        if name.is_none() && matches!(node, Node::Scalar(_)) {
            let (l, col) = pos(node);
            let help = format!("write `{key}` entries as `key: name`");
            self.c.bad_value(key, format!("an entry of `{key}` has no name"), l, col, subject, help);
        }
        name
    }

    fn int(&mut self, node: &Node, key: &str, subject: &Subject) -> Option<Spanned<i64>> {
        let s = self.scalar(node, key, subject)?;
        let (l, col) = span_of(s.span());
        self.c.int(s.as_str(), l, col, key, subject)
    }

    fn bool(&mut self, node: &Node, key: &str, subject: &Subject) -> Option<Spanned<bool>> {
        let s = self.scalar(node, key, subject)?;
        let (l, col) = span_of(s.span());
        self.c.bool(s.as_str(), l, col, key, subject)
    }

    fn value(&mut self, node: &Node, key: &str, subject: &Subject) -> Option<Spanned<Value>> {
        let s = self.scalar(node, key, subject)?;
        let (l, col) = span_of(s.span());
        // Quoted scalars stay text ("1/10", "20"), so a string default is never mistaken for a number.
        let v = if s.may_coerce() { parse_value(s.as_str()) } else { Value::Text(s.as_str().to_owned()) };
        Some(Spanned::new(v, l, col))
    }

    /// One `examples:` entry, `{ words: [0x00FA], value: 25.0 }` (one word may be written bare).
    fn example(&mut self, node: &Node, key: &str, subject: &Subject) -> Option<ExampleSpec> {
        let m = self.mapping(node, key, subject)?;
        let (line, column) = span_of(m.span());
        let (mut words, mut value) = (None, None);
        for (k, v) in m.iter() {
            match k.as_str() {
                "words" => {
                    let items: Vec<Spanned<i64>> = match v {
                        Node::Sequence(seq) => seq.iter().filter_map(|w| self.int(w, key, subject)).collect(),
                        _ => self.int(v, key, subject).into_iter().collect(),
                    };
                    words = Some(items);
                }
                "value" => value = self.value(v, key, subject),
                other => self.unknown(k, other, &["words", "value"], subject.clone()),
            }
        }
        match (words, value) {
            (Some(words), Some(value)) if !words.is_empty() => Some(ExampleSpec { words, value, line, column }),
            _ => {
                let help = format!("write each `{key}` entry as `{{ words: [0x00FA], value: 25.0 }}`");
                self.c.bad_value(key, format!("an entry of `{key}` needs `words` and a `value`"), line, column, subject, help);
                None
            }
        }
    }

    /// Reads the keys of one mapping into `target` through the key table of its level.
    fn section<S>(
        &mut self,
        m: &MarkedMappingNode,
        target: &mut S,
        keys: &'static [Key],
        slot_mut: for<'s> fn(&'s mut S, &str) -> Option<SlotMut<'s>>,
        subject: &Subject,
    ) {
        for (k, v) in m.iter() {
            let key = k.as_str();
            match slot_mut(target, key) {
                Some(slot) => self.read(slot, v, key, subject),
                None => self.unknown(k, key, &keys::names(keys), subject.clone()),
            }
        }
    }

    /// Reads one key's value into its slot, by how the slot stores it.
    fn read(&mut self, slot: SlotMut<'_>, v: &Node, key: &str, subject: &Subject) {
        match slot {
            SlotMut::Name(s) => {
                if let Some(name) = self.string(v, key, subject) {
                    *s = name;
                }
            }
            SlotMut::Text(s) => *s = self.string(v, key, subject),
            SlotMut::Int(s) => *s = self.int(v, key, subject),
            SlotMut::Value(s) => *s = self.value(v, key, subject),
            SlotMut::Bool(s) => *s = self.bool(v, key, subject),
            SlotMut::List(list) => match v {
                Node::Sequence(seq) => {
                    for item in seq.iter() {
                        if let Some(s) = self.string(item, key, subject) {
                            list.push(s);
                        }
                    }
                }
                _ => {
                    if let Some(s) = self.string(v, key, subject) {
                        list.push(s);
                    }
                }
            },
            SlotMut::Values(values) => {
                let Some(vm) = self.mapping(v, key, subject) else { return };
                for (vk, vv) in vm.iter() {
                    let (kl, kc) = span_of(vk.span());
                    let Some(name) = self.entry_name(vv, key, subject) else { continue };
                    match parse_int(vk.as_str()) {
                        Some(raw) => values.push(EnumSpec { raw: Spanned::new(raw, kl, kc), name }),
                        None => self.c.bad_value(
                            key,
                            format!("enumeration value `{}` is not an integer", vk.as_str()),
                            kl,
                            kc,
                            subject,
                            "write `values:` as `raw: name` pairs, e.g. `{ 0: off, 255: on }`".into(),
                        ),
                    }
                }
            }
            SlotMut::Bits(bits) => {
                let Some(bm) = self.mapping(v, key, subject) else { return };
                for (bk, bv) in bm.iter() {
                    let (kl, kc) = span_of(bk.span());
                    let Some(name) = self.entry_name(bv, key, subject) else { continue };
                    bits.push(BitSpec { key: Spanned::new(bk.as_str().to_owned(), kl, kc), name });
                }
            }
            SlotMut::Examples(examples) => {
                let Some(seq) = self.sequence(v, key, subject) else { return };
                for node in seq {
                    if let Some(example) = self.example(node, key, subject) {
                        examples.push(example);
                    }
                }
            }
            SlotMut::Repeat(repeat) => {
                let Some(rm) = self.mapping(v, key, subject) else { return };
                let (line, column) = span_of(rm.span());
                let mut r = RepeatSpec { line, column, ..Default::default() };
                self.section(rm, &mut r, REPEAT_KEYS, RepeatSpec::slot_mut, subject);
                *repeat = Some(r);
            }
            SlotMut::Registers(registers) => {
                let Some(seq) = self.sequence(v, key, subject) else { return };
                for (ri, node) in seq.iter().enumerate() {
                    let rsubject = Subject { block: subject.block, register: Some(ri), key: None };
                    if let Some(rm) = self.mapping(node, "register", &rsubject) {
                        registers.push(self.register(rm, &rsubject));
                    }
                }
            }
        }
    }

    fn device(&mut self, m: &MarkedMappingNode) -> DeviceSettings {
        let (line, column) = span_of(m.span());
        let mut d = DeviceSettings { line, column, ..Default::default() };
        self.section(m, &mut d, DEVICE_KEYS, DeviceSettings::slot_mut, &Subject::default());
        if d.name.value.is_empty() {
            d.name.line = line;
            d.name.column = column;
        }
        d
    }

    fn block(&mut self, m: &MarkedMappingNode, index: usize) -> BlockSpec {
        let (line, column) = span_of(m.span());
        let mut b = BlockSpec { line, column, ..Default::default() };
        b.name = Spanned::new(String::new(), line, column);
        let subject = Subject { block: Some(index), register: None, key: None };
        self.section(m, &mut b, BLOCK_KEYS, BlockSpec::slot_mut, &subject);
        b
    }

    fn register(&mut self, m: &MarkedMappingNode, subject: &Subject) -> RegisterSpec {
        let (line, column) = span_of(m.span());
        let mut r = RegisterSpec { line, column, ..Default::default() };
        r.name = Spanned::new(String::new(), line, column);
        self.section(m, &mut r, REGISTER_KEYS, RegisterSpec::slot_mut, subject);
        r
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_are_one_based_and_point_at_values() {
        let text = "device:\n  name: x\nblocks:\n  - name: b\n    table: holding\n    registers:\n      - { name: r, address: 0x10, type: u16 }\n";
        let spec = parse(text, "t.yaml").unwrap();
        assert_eq!(spec.device.name, Spanned::new("x".to_owned(), 2, 9));
        let r = &spec.blocks[0].registers[0];
        assert_eq!(r.address.as_ref().unwrap().value, 16);
        assert_eq!(r.address.as_ref().unwrap().line, 7);
    }

    #[test]
    fn unknown_key_suggests_the_closest() {
        let text = "device: { name: x }\nblocks:\n  - name: b\n    table: holding\n    registers:\n      - { name: r, address: 0, type: u16, acess: rw }\n";
        let e = parse(text, "t.yaml").unwrap_err();
        assert_eq!(e.codes(), vec!["unknown-key"]);
        assert_eq!(e.items[0].help.as_deref(), Some("did you mean `access`?"));
        assert_eq!(e.items[0].subject, Subject { block: Some(0), register: Some(0), key: Some("acess".into()) });
    }

    #[test]
    fn anchors_are_refused() {
        let text = "device: &d { name: x }\nblocks: []\n";
        let e = parse(text, "t.yaml").unwrap_err();
        assert_eq!(e.codes(), vec!["syntax"]);
        assert!(e.items[0].message.contains("anchors"), "{}", e.items[0].message);
    }

    #[test]
    fn deep_nesting_is_refused_without_overflow() {
        let text = format!("device: {}{}\n", "[".repeat(100_000), "]".repeat(100_000));
        let e = parse(&text, "t.yaml").unwrap_err();
        assert_eq!(e.codes(), vec!["syntax"]);
    }

    #[test]
    fn nulls_mean_not_given() {
        let text = "device: { name: x, title: ~ }\nblocks:\n  - name: b\n    table: holding\n    registers:\n      - { name: r, address: 0, type: u16, unit: , values: { 0: ~ } }\n";
        let e = parse(text, "t.yaml").unwrap_err();
        assert_eq!(e.codes(), vec!["bad-value"]);
        assert!(e.items[0].message.contains("has no name"));
        let spec = parse(&text.replace("values: { 0: ~ }", "description: \"\""), "t.yaml").unwrap();
        assert_eq!(spec.device.title, None);
        let r = &spec.blocks[0].registers[0];
        assert_eq!(r.unit, None);
        assert_eq!(r.description.as_ref().map(|d| d.value.as_str()), Some(""));
    }

    #[test]
    fn quoted_numbers_stay_text() {
        let text = "device: { name: x }\nblocks:\n  - name: b\n    table: holding\n    registers:\n      - { name: r, address: 0, type: u16, scale: \"1/10\", default: '20' }\n";
        let spec = parse(text, "t.yaml").unwrap();
        let r = &spec.blocks[0].registers[0];
        assert_eq!(r.scale.as_ref().unwrap().value, Value::Text("1/10".into()));
        assert_eq!(r.default.as_ref().unwrap().value, Value::Text("20".into()));
    }

    #[test]
    fn wrong_shapes_are_reported_all_at_once() {
        let text = "device: [1]\nblocks:\n  - name: b\n    table: holding\n    registers: 5\n  - 7\n";
        let e = parse(text, "t.yaml").unwrap_err();
        assert_eq!(e.len(), 3, "{e}");
        assert!(e.iter().all(|d| d.code == "bad-value"));
    }
}
