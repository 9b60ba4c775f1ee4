//! CSV loader: one table of registers, device settings in `# key: value`
//! comment lines before the header row, block settings in
//! `# block.<name>.<key>: value` lines or `block_*`/`repeat_*` columns, simulator
//! settings (`sim:`) in `# sim.<key>: value` lines.
//! See docs/spec-format.md ("CSV specs").

use super::{parse_int, parse_value, unknown_key_help, Collector};
use crate::diagnostics::{Diagnostics, Subject};
use crate::keys::{Key, Kind, SlotMut, BLOCK_KEYS, DEVICE_KEYS, REGISTER_KEYS, REPEAT_KEYS, SIM_KEYS};
use crate::spec::{BitSpec, BlockSpec, DeviceSettings, EnumSpec, ExampleSpec, RegisterSpec, RepeatSpec, SimSettings, Spanned, Spec};
use std::path::Path;

/// Where a CSV column or block setting line puts its value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Block(&'static Key),
    Repeat(&'static Key),
    Register(&'static Key),
}

impl Target {
    pub fn key(&self) -> &'static Key {
        match *self {
            Target::Block(k) | Target::Repeat(k) | Target::Register(k) => k,
        }
    }
}

/// The header columns in the order a written CSV uses: the cells that say
/// which block a row belongs to (`block`, `table`), the register keys, then
/// the other block keys and the `repeat` keys.
pub fn columns() -> Vec<(&'static str, Target)> {
    let block = BLOCK_KEYS.iter().filter_map(|k| Some((k.csv.column?, Target::Block(k))));
    let (leading, trailing): (Vec<_>, Vec<_>) = block.partition(|(_, t)| matches!(t.key().name, "name" | "table"));
    let registers = REGISTER_KEYS.iter().filter_map(|k| Some((k.csv.column?, Target::Register(k))));
    let repeat = REPEAT_KEYS.iter().filter_map(|k| Some((k.csv.column?, Target::Repeat(k))));
    leading.into_iter().chain(registers).chain(trailing).chain(repeat).collect()
}

/// Keys of `# block.<name>.<key>: value` lines.
pub fn block_settings() -> Vec<(&'static str, Target)> {
    let block = BLOCK_KEYS.iter().filter_map(|k| Some((k.csv.setting?, Target::Block(k))));
    let repeat = REPEAT_KEYS.iter().filter_map(|k| Some((k.csv.setting?, Target::Repeat(k))));
    block.chain(repeat).collect()
}

fn spellings(list: &[(&'static str, Target)]) -> Vec<&'static str> {
    list.iter().map(|(s, _)| *s).collect()
}

/// Parses CSV spec text into the spec model.
pub fn parse(text: &str, file: &str) -> Result<Spec, Diagnostics> {
    let mut c = Collector::new(file);
    let stem = Path::new(file).file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let mut spec = Spec {
        file: file.to_owned(),
        device: DeviceSettings { name: Spanned::new(stem, 1, 1), line: 1, column: 1, ..Default::default() },
        ..Default::default()
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);

    // Settings: the comment lines before the header row.
    let mut header_line = None;
    let mut body_offset = 0usize;
    let setting_targets = block_settings();
    let mut block_settings: Vec<(String, &'static str, Target, Spanned<String>, u32)> = Vec::new();
    for (n, line) in text.split_inclusive('\n').enumerate() {
        let lineno = n as u32 + 1;
        let trimmed = line.trim();
        if trimmed.is_empty() {
            body_offset += line.len();
            continue;
        }
        let Some(comment) = trimmed.strip_prefix('#') else {
            header_line = Some(lineno);
            break;
        };
        body_offset += line.len();
        let Some((key, value, key_col, value_col)) = setting(line, comment) else { continue };
        // Test fixtures annotate the diagnostics they expect on their first line.
        if key == "expect" && lineno == 1 {
            continue;
        }
        if let Some(rest) = key.strip_prefix("block.") {
            match rest.rsplit_once('.') {
                Some((block, bkey)) if !block.is_empty() => {
                    if let Some(&(spelling, target)) = setting_targets.iter().find(|(s, _)| *s == bkey) {
                        block_settings.push((block.to_owned(), spelling, target, Spanned::new(value, lineno, value_col), key_col));
                    } else {
                        c.error(
                            "unknown-key",
                            format!("unknown block setting `{bkey}`"),
                            lineno,
                            key_col,
                            Subject { key: Some(bkey.to_owned()), ..Default::default() },
                            Some(unknown_key_help(bkey, &spellings(&setting_targets))),
                        );
                    }
                }
                _ => c.error(
                    "bad-value",
                    format!("block setting `{key}` does not name a block"),
                    lineno,
                    key_col,
                    Subject::default(),
                    Some("write block settings as `# block.<block name>.<key>: value`".into()),
                ),
            }
            continue;
        }
        let value = Spanned::new(value, lineno, value_col);
        if key.starts_with("sim.") {
            if spec.sim.line == 0 {
                (spec.sim.line, spec.sim.column) = (lineno, key_col);
            }
            setting_line(&mut c, &mut spec.sim, SIM_KEYS, SimSettings::slot_mut, "simulator setting", &key, value, key_col);
        } else {
            setting_line(&mut c, &mut spec.device, DEVICE_KEYS, DeviceSettings::slot_mut, "device setting", &key, value, key_col);
        }
    }
    let Some(header_line) = header_line else {
        c.error(
            "missing-key",
            "the CSV spec has no header row".into(),
            1,
            1,
            Subject::default(),
            Some("add a header row such as `block,table,name,address,type` before the registers".into()),
        );
        return c.finish(spec);
    };

    let body = &text[body_offset..];
    let body_lines: Vec<&str> = body.lines().collect();
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(true)
        .comment(Some(b'#'))
        .trim(csv::Trim::All)
        .from_reader(body.as_bytes());
    let headers = match reader.headers() {
        Ok(h) => h.clone(),
        Err(e) => {
            c.error("syntax", format!("cannot read the CSV header: {e}"), header_line, 1, Subject::default(), None);
            return c.finish(spec);
        }
    };
    let header_cols = column_starts(body_lines.first().copied().unwrap_or(""));
    let all_columns = columns();
    let column_names = spellings(&all_columns);
    let mut columns: Vec<Option<&str>> = Vec::new();
    // A misspelt column already explains why the column it meant is missing.
    let mut typo_for: Vec<&str> = Vec::new();
    for (i, h) in headers.iter().enumerate() {
        let col = header_cols.get(i).copied().unwrap_or(1);
        match column_names.iter().find(|k| **k == h) {
            Some(k) => {
                if columns.contains(&Some(*k)) {
                    c.error(
                        "duplicate-key",
                        format!("column `{h}` appears twice in the header"),
                        header_line,
                        col,
                        Subject { key: Some(h.to_owned()), ..Default::default() },
                        Some("remove one of the columns".into()),
                    );
                    columns.push(None);
                } else {
                    columns.push(Some(*k));
                }
            }
            None => {
                if let Some(meant) = super::suggest(h, &column_names) {
                    typo_for.push(meant);
                }
                c.error(
                    "unknown-key",
                    format!("unknown column `{h}`"),
                    header_line,
                    col,
                    Subject { key: Some(h.to_owned()), ..Default::default() },
                    Some(unknown_key_help(h, &column_names)),
                );
                columns.push(None);
            }
        }
    }
    let has_block_column = columns.contains(&Some("block"));
    for required in ["name", "address"] {
        if !columns.contains(&Some(required)) && !typo_for.contains(&required) {
            c.error(
                "missing-key",
                format!("the CSV header has no `{required}` column"),
                header_line,
                1,
                Subject { key: Some(required.to_owned()), ..Default::default() },
                Some(format!("add a `{required}` column")),
            );
        }
    }
    if !has_block_column && !columns.contains(&Some("table")) {
        c.error(
            "missing-key",
            "the CSV header has neither a `block` nor a `table` column".into(),
            header_line,
            1,
            Subject { key: Some("table".into()), ..Default::default() },
            Some("add a `table` column (and a `block` column to group registers into blocks)".into()),
        );
    }

    let mut record = csv::StringRecord::new();
    let mut block_index: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                let line = e.position().map_or(header_line, |p| header_line - 1 + p.line() as u32);
                c.error("syntax", format!("invalid CSV: {e}"), line, 1, Subject::default(), None);
                break;
            }
        }
        if record.iter().all(str::is_empty) {
            continue;
        }
        let rel_line = record.position().map_or(1, |p| p.line() as usize);
        let line = (header_line as usize - 1 + rel_line) as u32;
        let starts = column_starts(body_lines.get(rel_line.wrapping_sub(1)).copied().unwrap_or(""));
        let cell = |i: usize, value: &str| -> Spanned<String> {
            let col = starts.get(i).copied().unwrap_or(1);
            Spanned::new(value.to_owned(), line, col)
        };
        if record.len() > columns.len() {
            let col = starts.get(columns.len()).copied().unwrap_or(1);
            c.error(
                "syntax",
                format!("this row has {} cells but the header has {} columns", record.len(), columns.len()),
                line,
                col,
                Subject::default(),
                Some("remove the extra cells or quote cells that contain commas".into()),
            );
        }
        let mut cells: Vec<(&'static str, Spanned<String>)> = Vec::new();
        for (i, value) in record.iter().enumerate() {
            if let Some(Some(key)) = columns.get(i) {
                if !value.is_empty() {
                    cells.push((key, cell(i, value)));
                }
            }
        }
        let get = |k: &str| cells.iter().find(|(key, _)| *key == k).map(|(_, v)| v.clone());
        let block_name = if has_block_column { get("block") } else { get("table") };
        let Some(block_name) = block_name else {
            let what = if has_block_column { "block" } else { "table" };
            c.error(
                "missing-key",
                format!("this register row has no `{what}` cell"),
                line,
                1,
                Subject { key: Some(what.to_owned()), ..Default::default() },
                Some(format!("fill in the `{what}` column")),
            );
            continue;
        };
        let bi = match block_index.get(&block_name.value) {
            Some(&i) => i,
            None => {
                block_index.insert(block_name.value.clone(), spec.blocks.len());
                spec.blocks.push(BlockSpec {
                    name: block_name.clone(),
                    line: block_name.line,
                    column: block_name.column,
                    ..Default::default()
                });
                spec.blocks.len() - 1
            }
        };
        let ri = spec.blocks[bi].registers.len();
        let subject = Subject { block: Some(bi), register: Some(ri), key: None };
        let mut r = RegisterSpec { line, column: 1, ..Default::default() };
        r.name = Spanned::new(String::new(), line, 1);
        for (column, v) in &cells {
            let column = *column;
            let Some(&(_, target)) = all_columns.iter().find(|(s, _)| *s == column) else { continue };
            let block = &mut spec.blocks[bi];
            match target {
                // The cell that named the row's block, used above.
                Target::Block(k) if k.kind == Kind::Name => {}
                Target::Block(k) => {
                    if let Some(slot) = block.slot_mut(k.name) {
                        block_cell(&mut c, slot, column, v, &subject);
                    }
                }
                Target::Repeat(k) => {
                    let rep = block.repeat.get_or_insert_with(|| RepeatSpec { line: v.line, column: v.column, ..Default::default() });
                    if let Some(slot) = rep.slot_mut(k.name) {
                        block_cell(&mut c, slot, column, v, &subject);
                    }
                }
                Target::Register(k) => {
                    if let Some(slot) = r.slot_mut(k.name) {
                        read_cell(&mut c, slot, column, v, &subject);
                    }
                }
            }
        }
        spec.blocks[bi].registers.push(r);
    }

    for (block, key, target, value, key_col) in block_settings {
        let Some(&bi) = block_index.get(&block) else {
            c.error(
                "bad-value",
                format!("block setting for `{block}`, but no register row belongs to a block of that name"),
                value.line,
                key_col,
                Subject { key: Some(key.to_owned()), ..Default::default() },
                Some("check the block name in `# block.<name>.<key>` against the `block` column".into()),
            );
            continue;
        };
        let subject = Subject { block: Some(bi), register: None, key: Some(key.to_owned()) };
        let b = &mut spec.blocks[bi];
        let slot = match target {
            Target::Repeat(k) => b
                .repeat
                .get_or_insert_with(|| RepeatSpec { line: value.line, column: value.column, ..Default::default() })
                .slot_mut(k.name),
            Target::Block(k) | Target::Register(k) => b.slot_mut(k.name),
        };
        if let Some(slot) = slot {
            block_cell(&mut c, slot, key, &value, &subject);
        }
    }
    c.finish(spec)
}

/// `# key: value` → (key, value, key column, value column); `None` for free-text comments.
fn setting(line: &str, comment: &str) -> Option<(String, String, u32, u32)> {
    if comment.starts_with('#') {
        return None;
    }
    let (key, value) = comment.split_once(':')?;
    let key_trim = key.trim();
    let is_key = !key_trim.is_empty()
        && key_trim.bytes().next().is_some_and(|b| b.is_ascii_lowercase() || b == b'_')
        && key_trim.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'.')
        || key_trim.starts_with("block.");
    if !is_key {
        return None;
    }
    let key_byte = line.find(key_trim).unwrap_or(0);
    let value_trim = value.trim();
    let value_byte = key_byte + key_trim.len() + 1 + (value.len() - value.trim_start().len());
    let col = |byte: usize| line.get(..byte).map_or(1, |s| s.chars().count() as u32 + 1);
    let unquoted = value_trim
        .strip_prefix('"')
        .and_then(|v| v.strip_suffix('"'))
        .or_else(|| value_trim.strip_prefix('\'').and_then(|v| v.strip_suffix('\'')))
        .unwrap_or(value_trim);
    Some((key_trim.to_owned(), unquoted.to_owned(), col(key_byte), col(value_byte)))
}

/// A `# key: value` line of a section that CSV writes as settings (`device:`, and
/// `sim:` as `# sim.<key>:`) into its slot, found by the key's CSV spelling.
#[allow(clippy::too_many_arguments)]
fn setting_line<S>(
    c: &mut Collector<'_>,
    target: &mut S,
    keys: &'static [Key],
    slot_mut: for<'s> fn(&'s mut S, &str) -> Option<SlotMut<'s>>,
    what: &str,
    key: &str,
    v: Spanned<String>,
    key_col: u32,
) {
    let subject = Subject { key: Some(key.to_owned()), ..Default::default() };
    let known = keys.iter().find(|k| k.csv.setting == Some(key));
    match known.and_then(|k| slot_mut(target, k.name)) {
        Some(slot) => read_cell(c, slot, key, &v, &subject),
        None => c.error(
            "unknown-key",
            format!("unknown {what} `{key}`"),
            v.line,
            key_col,
            subject,
            Some(format!(
                "{} (free-text comments before the header start with `##` or do not look like `# key: value`)",
                unknown_key_help(key, &keys.iter().filter_map(|k| k.csv.setting).collect::<Vec<_>>())
            )),
        ),
    }
}

/// Reads a device setting or register cell into its slot, by how the slot stores it.
fn read_cell(c: &mut Collector<'_>, slot: SlotMut<'_>, key: &str, v: &Spanned<String>, subject: &Subject) {
    match slot {
        SlotMut::Name(s) => *s = v.clone(),
        SlotMut::Text(s) => *s = Some(v.clone()),
        SlotMut::Int(s) => *s = int_cell(c, v, key, subject),
        SlotMut::Value(s) => *s = Some(v.as_ref().map(|s| parse_value(s))),
        SlotMut::Bool(s) => *s = bool_cell(c, v, key, subject),
        SlotMut::List(list) => *list = split_list(v).into_iter().map(|(s, _)| s).collect(),
        SlotMut::Values(values) => {
            for (item, _) in split_list(v) {
                let Some((raw, name)) = pair(c, &item, key, subject) else { continue };
                match parse_int(&raw.value) {
                    Some(n) => values.push(EnumSpec { raw: raw.map(|_| n), name }),
                    None => c.bad_value(
                        key,
                        format!("enumeration value `{}` is not an integer", raw.value),
                        raw.line,
                        raw.column,
                        subject,
                        "write `values` cells as `0=off;255=on`".into(),
                    ),
                }
            }
        }
        SlotMut::Bits(bits) => {
            for (item, _) in split_list(v) {
                if let Some((key, name)) = pair(c, &item, key, subject) {
                    bits.push(BitSpec { key, name });
                }
            }
        }
        SlotMut::Examples(examples) => {
            for (item, _) in split_list(v) {
                let Some((words, value)) = pair(c, &item, key, subject) else { continue };
                // Words are separated by spaces: `0x4366 0x8000=230.5`.
                let mut parsed = Vec::new();
                let mut col = words.column;
                for piece in words.value.split(' ') {
                    if !piece.is_empty() {
                        parsed.extend(c.int(piece, words.line, col, key, subject));
                    }
                    col += piece.chars().count() as u32 + 1;
                }
                let (line, column) = (item.line, item.column);
                examples.push(ExampleSpec { words: parsed, value: value.map(|s| parse_value(&s)), line, column });
            }
        }
        // The key tables give nested sections no CSV cell of their own.
        SlotMut::Repeat(_) | SlotMut::Registers(_) => {}
    }
}

/// Reads a block-level cell or setting: every row of a block may repeat it, but they must agree.
fn block_cell(c: &mut Collector<'_>, slot: SlotMut<'_>, key: &str, v: &Spanned<String>, subject: &Subject) {
    match slot {
        SlotMut::Text(s) => set_block(c, s, v.clone(), key, subject),
        SlotMut::Int(s) => {
            if let Some(n) = int_cell(c, v, key, subject) {
                set_block(c, s, n, key, subject);
            }
        }
        SlotMut::Bool(s) => {
            if let Some(b) = bool_cell(c, v, key, subject) {
                set_block(c, s, b, key, subject);
            }
        }
        SlotMut::Value(s) => set_block(c, s, v.as_ref().map(|s| parse_value(s)), key, subject),
        // The block's name is the cell that groups rows; lists and sections are no block cells.
        SlotMut::Name(_)
        | SlotMut::List(_)
        | SlotMut::Values(_)
        | SlotMut::Bits(_)
        | SlotMut::Examples(_)
        | SlotMut::Repeat(_)
        | SlotMut::Registers(_) => {}
    }
}

fn int_cell(c: &mut Collector<'_>, v: &Spanned<String>, key: &str, subject: &Subject) -> Option<Spanned<i64>> {
    c.int(&v.value, v.line, v.column, key, subject)
}

fn bool_cell(c: &mut Collector<'_>, v: &Spanned<String>, key: &str, subject: &Subject) -> Option<Spanned<bool>> {
    c.bool(&v.value, v.line, v.column, key, subject)
}

/// Block-level values may repeat on every row of the block but must agree.
fn set_block<T: PartialEq + Clone + std::fmt::Debug>(
    c: &mut Collector<'_>,
    slot: &mut Option<Spanned<T>>,
    v: Spanned<T>,
    key: &str,
    subject: &Subject,
) {
    match slot {
        None => *slot = Some(v),
        Some(old) if old.value == v.value => {}
        Some(old) => c.error(
            "bad-value",
            format!("block `{key}` is {:?} here but {:?} at line {}", v.value, old.value, old.line),
            v.line,
            v.column,
            Subject { block: subject.block, register: None, key: Some(key.to_owned()) },
            Some(format!("every row of a block must give the same `{key}` (or leave the cell empty)")),
        ),
    }
}

/// Splits `a;b;c` keeping each item's column.
fn split_list(v: &Spanned<String>) -> Vec<(Spanned<String>, u32)> {
    let mut out = Vec::new();
    let mut col = v.column;
    for piece in v.value.split(';') {
        let lead = piece.chars().take_while(|c| c.is_whitespace()).count() as u32;
        let item = piece.trim();
        if !item.is_empty() {
            out.push((Spanned::new(item.to_owned(), v.line, col + lead), col));
        }
        col += piece.chars().count() as u32 + 1;
    }
    out
}

/// `key=name` → (key, name).
fn pair(c: &mut Collector<'_>, item: &Spanned<String>, key: &str, subject: &Subject) -> Option<(Spanned<String>, Spanned<String>)> {
    match item.value.split_once('=') {
        Some((k, n)) if !k.trim().is_empty() && !n.trim().is_empty() => {
            let name_col = item.column + k.chars().count() as u32 + 1 + (n.len() - n.trim_start().len()) as u32;
            Some((
                Spanned::new(k.trim().to_owned(), item.line, item.column),
                Spanned::new(n.trim().to_owned(), item.line, name_col),
            ))
        }
        _ => {
            let message = format!("`{}` in the `{key}` cell is not a `key=name` pair", item.value);
            c.bad_value(key, message, item.line, item.column, subject, format!("write `{key}` cells as `0=off;255=on`"));
            None
        }
    }
}

/// 1-based character column where each cell of a CSV line starts (quote-aware).
fn column_starts(line: &str) -> Vec<u32> {
    let mut starts = vec![1u32];
    let mut in_quotes = false;
    for (i, ch) in line.chars().enumerate() {
        match ch {
            '"' => in_quotes = !in_quotes,
            ',' if !in_quotes => starts.push(i as u32 + 2),
            _ => {}
        }
    }
    // Cells are trimmed, so point at the first non-blank character of each.
    let chars: Vec<char> = line.chars().collect();
    starts
        .into_iter()
        .map(|s| {
            let mut p = s as usize - 1;
            while p < chars.len() && chars[p] == ' ' {
                p += 1;
            }
            p as u32 + 1
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "\
# name: clage
# firmware: 2.0
## free text: not a setting
# block.sensors.base: 100
block,table,name,address,type,scale,values
sensors,input,flow,0,u16,1/10,
sensors,input,mode,1,u16,,0=off; 1=on
";

    #[test]
    fn settings_blocks_and_positions() {
        let spec = parse(SAMPLE, "specs/clage.csv").unwrap();
        assert_eq!(spec.device.name.value, "clage");
        assert_eq!(spec.device.firmware.as_ref().unwrap().value, "2.0");
        let b = &spec.blocks[0];
        assert_eq!(b.base.as_ref().unwrap().value, 100);
        assert_eq!(b.table.as_ref().unwrap().value, "input");
        let mode = &b.registers[1];
        assert_eq!((mode.name.line, mode.name.column), (7, 15));
        assert_eq!(mode.values[1].name.value, "on");
        assert_eq!((mode.values[1].raw.line, mode.values[1].raw.column), (7, 34));
    }

    #[test]
    fn device_name_defaults_to_the_stem() {
        let spec = parse("table,name,address,type\nholding,x,0,u16\n", "dir/my_dev.csv").unwrap();
        assert_eq!(spec.device.name.value, "my_dev");
        assert_eq!(spec.blocks[0].name.value, "holding");
    }

    #[test]
    fn unknown_column_suggests() {
        let e = parse("block,table,name,adress\nb,holding,x,0\n", "x.csv").unwrap_err();
        assert!(e.codes().contains(&"unknown-key"));
        assert_eq!(e.items[0].help.as_deref(), Some("did you mean `address`?"));
        assert_eq!((e.items[0].origin.line, e.items[0].origin.column), (1, 18));
    }

    #[test]
    fn conflicting_block_tables_are_reported() {
        let e = parse("block,table,name,address,type\nb,holding,x,0,u16\nb,input,y,1,u16\n", "x.csv").unwrap_err();
        assert_eq!(e.codes(), vec!["bad-value"]);
        assert_eq!(e.items[0].origin.line, 3);
    }
}
