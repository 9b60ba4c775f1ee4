//! Parses the generated pages the way GitHub does (CommonMark + GFM tables,
//! with pulldown-cmark) and checks what a reader relies on: every table row has
//! as many cells as its header, every in-page link lands on an anchor, the index
//! links every device page, and a repeated block is documented once.

use modbus_map_codegen::generate::{markdown, Options};
use modbus_map_codegen::ir::{Device, Ir};
use pulldown_cmark::{Event, Options as CmarkOptions, Parser, Tag, TagEnd};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

mod common;
use common::{load_ir, load_spec, specs_in, workspace_specs_dir};

/// What the parser saw in one page.
#[derive(Debug, Default)]
struct Rendered {
    /// Per table: the header's cell count and each body row's.
    tables: Vec<(usize, Vec<usize>)>,
    /// `id="…"` attributes of inline and block HTML.
    anchors: BTreeSet<String>,
    /// Ids seen more than once (a link to them would be ambiguous).
    duplicate_anchors: Vec<String>,
    links: Vec<String>,
    /// Text of every body cell: table → row → cell (entities decoded, inline HTML dropped).
    cells: Vec<Vec<Vec<String>>>,
    has_header_comment: bool,
}

fn ids_in(html: &str, into: &mut BTreeSet<String>, duplicates: &mut Vec<String>) {
    let mut rest = html;
    while let Some(start) = rest.find("id=\"") {
        let after = &rest[start + 4..];
        let Some(end) = after.find('"') else { break };
        if !into.insert(after[..end].to_owned()) {
            duplicates.push(after[..end].to_owned());
        }
        rest = &after[end..];
    }
}

fn parse(page: &str) -> Rendered {
    let mut out = Rendered::default();
    let mut in_head = false;
    let mut cells = 0;
    let mut in_cell = false;
    let mut cell_text = String::new();
    let mut row_cells: Vec<String> = Vec::new();
    let mut html_block: Option<String> = None;
    let mut blocks_seen = 0;
    for event in Parser::new_ext(page, CmarkOptions::ENABLE_TABLES) {
        let ends_block =
            matches!(&event, Event::End(TagEnd::HtmlBlock | TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Table));
        match event {
            Event::Start(Tag::Table(_)) => {
                out.tables.push((0, Vec::new()));
                out.cells.push(Vec::new());
            }
            Event::Start(Tag::TableHead) => {
                in_head = true;
                cells = 0;
            }
            Event::End(TagEnd::TableHead) => {
                in_head = false;
                out.tables.last_mut().expect("a head belongs to a table").0 = cells;
            }
            Event::Start(Tag::TableRow) => {
                cells = 0;
                row_cells.clear();
            }
            Event::End(TagEnd::TableRow) => {
                out.tables.last_mut().expect("a row belongs to a table").1.push(cells);
                out.cells.last_mut().expect("a row belongs to a table").push(std::mem::take(&mut row_cells));
            }
            Event::Start(Tag::TableCell) => {
                cells += 1;
                in_cell = true;
                cell_text.clear();
            }
            Event::End(TagEnd::TableCell) => {
                in_cell = false;
                if !in_head {
                    row_cells.push(cell_text.clone());
                }
            }
            Event::Text(t) | Event::Code(t) if in_cell => cell_text.push_str(&t),
            Event::Start(Tag::Link { dest_url, .. }) => out.links.push(dest_url.to_string()),
            Event::Start(Tag::HtmlBlock) => html_block = Some(String::new()),
            Event::End(TagEnd::HtmlBlock) => {
                let block = html_block.take().unwrap_or_default();
                // Only the page's first block counts as the header.
                if blocks_seen == 0 && block.starts_with("<!--") && block.contains("@generated") {
                    out.has_header_comment = true;
                }
                ids_in(&block, &mut out.anchors, &mut out.duplicate_anchors);
            }
            Event::Html(html) => match html_block.as_mut() {
                Some(block) => block.push_str(&html),
                None => ids_in(&html, &mut out.anchors, &mut out.duplicate_anchors),
            },
            Event::InlineHtml(html) => ids_in(&html, &mut out.anchors, &mut out.duplicate_anchors),
            _ => {}
        }
        if ends_block {
            blocks_seen += 1;
        }
    }
    out
}

fn check_page(name: &str, page: &str) -> Rendered {
    let rendered = parse(page);
    assert!(rendered.has_header_comment, "{name}: the do-not-edit header is not an HTML comment at the top");
    assert!(!rendered.tables.is_empty(), "{name}: no table parsed; is the table syntax broken?");
    assert!(rendered.duplicate_anchors.is_empty(), "{name}: anchors defined twice: {:?}", rendered.duplicate_anchors);
    for (i, (head, rows)) in rendered.tables.iter().enumerate() {
        assert!(*head >= 2, "{name}: table {i} has a {head}-cell header");
        for (r, cells) in rows.iter().enumerate() {
            assert_eq!(cells, head, "{name}: table {i} row {r} has {cells} cells, its header {head}");
        }
    }
    for link in &rendered.links {
        if let Some(anchor) = link.strip_prefix('#') {
            assert!(rendered.anchors.contains(anchor), "{name}: link {link} has no anchor on the page");
        }
    }
    rendered
}

fn first_cells(rendered: &Rendered) -> Vec<&str> {
    rendered.cells.iter().flatten().filter_map(|row| row.first()).map(String::as_str).collect()
}

/// Text without whitespace and without the inline Markdown (code spans, emphasis)
/// a spec description may use on purpose.
fn squeeze(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace() && !matches!(c, '`' | '*' | '_')).collect()
}

/// Every description, after its register's label, arrives whole in one cell: an
/// unescaped `|` would split it and GFM silently drops cells beyond the header's count.
fn check_descriptions(device: &Device, rendered: &Rendered) {
    let all_cells: Vec<String> = rendered.cells.iter().flatten().flatten().map(|c| squeeze(c)).collect();
    for register in &device.registers {
        if let Some(description) = &register.keys.description {
            let wanted = squeeze(&format!("{}{description}", register.keys.label.as_deref().unwrap_or("")));
            assert!(
                all_cells.iter().any(|cell| cell.starts_with(&wanted)),
                "{}: the description of {} does not arrive whole in one cell: {description:?}",
                device.name,
                register.qualified_name
            );
        }
    }
    for (label, value) in [("Title", &device.title), ("Vendor", &device.vendor)] {
        if let Some(value) = value {
            let row = rendered.cells[0].iter().find(|row| row.first().map(String::as_str) == Some(label));
            let shown = row.and_then(|row| row.get(1)).map(String::as_str);
            assert_eq!(shown, Some(value.as_str()), "{}: the {label} cell", device.name);
        }
    }
}

/// Block tables list each template register once, whatever the repeat count.
fn check_blocks(device: &Device, rendered: &Rendered) {
    for block in &device.blocks {
        let template: BTreeSet<&str> =
            device.registers.iter().filter(|r| r.block == block.name).map(|r| r.name.as_str()).collect();
        let anchors: Vec<&String> =
            rendered.anchors.iter().filter(|a| a.starts_with(&format!("reg-{}.", block.name))).collect();
        assert_eq!(
            anchors.len(),
            template.len(),
            "{}: block {} should have one row per register ({:?}), found anchors {:?}",
            device.name,
            block.name,
            template,
            anchors
        );
        if let Some(repeat) = block.repeat {
            assert_eq!(block.instances.len(), usize::from(repeat.count));
            // The instance table lists every instance by name.
            let instance_rows: BTreeSet<&str> = first_cells(rendered).into_iter().collect();
            for instance in &block.instances {
                assert!(
                    instance_rows.contains(instance.name.as_str()),
                    "{}: instance {} of block {} is not listed",
                    device.name,
                    instance.name,
                    block.name
                );
            }
        }
    }
    for register in &device.registers {
        if register.alias_of.is_some() || !register.aliases.is_empty() {
            assert!(
                rendered.links.iter().any(|l| l == &format!("#reg-{}.{}", register.block, register.name)),
                "{}: nothing links to alias-related register {}",
                device.name,
                register.qualified_name
            );
        }
    }
}

fn spec_devices() -> Vec<Device> {
    specs_in(&workspace_specs_dir()).iter().map(|path| load_spec(path)).collect()
}

fn fixture_devices() -> Vec<Device> {
    load_ir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/md_py_demo.ir.json")).devices.into_values().collect()
}

#[test]
fn every_page_renders_with_intact_tables_and_links() {
    let devices: Vec<Device> = spec_devices().into_iter().chain(fixture_devices()).collect();
    assert!(devices.len() >= 2, "expected the seed specs and the fixture, found {} devices", devices.len());
    for device in &devices {
        let page = markdown::generate(device, &Options::default()).unwrap();
        let rendered = check_page(&device.name, &page);
        check_blocks(device, &rendered);
        check_descriptions(device, &rendered);
    }
}

#[test]
fn repeated_block_is_documented_once() {
    let device = &fixture_devices()[0];
    let page = markdown::generate(device, &Options::default()).unwrap();
    assert_eq!(page.matches("`room_temp`").count(), 1, "hc's registers must appear in one table, not per instance");
    let rendered = parse(&page);
    let first_cells = first_cells(&rendered);
    for instance in ["hc1", "hc2", "hc3"] {
        assert!(first_cells.contains(&instance), "instance {instance} missing from the instance table");
    }
}

#[test]
fn pipes_and_newlines_in_text_stay_inside_their_cell() {
    let device = &fixture_devices()[0];
    let page = markdown::generate(device, &Options::default()).unwrap();
    let rendered = check_page(&device.name, &page);
    // The fixture's vendor ("Example | Co & Sons") and a description with `|` would add cells if unescaped.
    let settings = &rendered.tables[0];
    assert_eq!(settings.0, 2);
    assert!(page.contains("Flow temperature \\| sensor T1"));
}

#[test]
fn index_links_every_device_page() {
    let mut ir = Ir::default();
    for device in spec_devices().into_iter().chain(fixture_devices()) {
        ir.devices.insert(device.name.clone(), device);
    }
    let index = markdown::generate_index(&ir, &Options::default()).unwrap();
    let rendered = check_page("README.md", &index);
    let linked: BTreeSet<&str> = rendered.links.iter().map(String::as_str).collect();
    let pages: BTreeMap<String, &Device> =
        ir.devices.values().map(|d| (markdown::page_file_name(d), d)).collect();
    for page in pages.keys() {
        assert!(linked.contains(page.as_str()), "the index does not link {page}");
    }
    for link in &linked {
        assert!(pages.contains_key(*link), "the index links {link}, which no device generates");
    }
    assert_eq!(rendered.tables[0].1.len(), ir.devices.len(), "one index row per device");
}

/// The page of a spec given as YAML text, checked, with what the parser saw.
fn page_of(yaml: &str, name: &str) -> (String, Rendered) {
    let device = modbus_map_codegen::load_str(yaml, &format!("{name}.yaml"), modbus_map_codegen::Format::Yaml).unwrap().device;
    let page = markdown::generate(&device, &Options::default()).unwrap();
    let rendered = check_page(name, &page);
    (page, rendered)
}

/// The cells of the first table row that has a cell `name`.
fn row_named<'a>(rendered: &'a Rendered, name: &str) -> &'a [String] {
    rendered.cells.iter().flatten().find(|row| row.iter().any(|c| c == name)).unwrap_or_else(|| panic!("no row for {name}"))
}

/// A device's `sim:` profile is one row of the settings table, each key as the spec writes it.
#[test]
fn the_simulator_profile_is_listed_as_the_spec_writes_it() {
    let text = "device: { name: quirky }\nsim:\n  write_function: multiple\n  fault_rate: 0.25\n  fault: 6\nblocks:\n  - name: b\n    table: holding\n    registers:\n      - { name: r, address: 0, type: u16 }\n";
    let (_, rendered) = page_of(text, "quirky");
    let row = rendered.cells[0].iter().find(|row| row[0].starts_with("Simulator quirks")).expect("a row for the profile");
    assert_eq!(row[1], "write_function: multiple, fault_rate: 0.25, fault: 6");
}

/// A register scaled by a scale factor register says `× 10^SF` in its scale cell,
/// linked to the factor's row; the legend explains it only on such pages.
#[test]
fn a_scale_factor_register_shows_ten_to_its_factor() {
    let text = "device: { name: inverter }\nblocks:\n  - name: inverter\n    table: holding\n    registers:\n      - { name: W, address: 0, type: i16, unit: W, scale_factor: W_SF }\n      - { name: W_SF, address: 1, type: i16 }\n";
    let (page, rendered) = page_of(text, "inverter");
    assert!(page.contains("| × 10^[`W_SF`](#reg-inverter.W_SF) |"), "{page}");
    let w_row = row_named(&rendered, "W");
    assert!(w_row.iter().any(|c| c == "× 10^W_SF"), "{w_row:?}");
    assert!(page.contains("× 10^`SF`: engineering value = raw × 10^sf"), "{page}");
    let plain = markdown::generate(&fixture_devices()[0], &Options::default()).unwrap();
    assert!(!plain.contains("10^"), "the legend is only on pages that need it");
}

/// A byte-swapped number names its order in the type cell (`u32` BADC), the legend
/// explains the letters only on such pages, and the device's string byte order
/// leaves a number without its own key alone.
#[test]
fn a_byte_swapped_number_names_its_order() {
    let text = "device: { name: meter, byte_order: low_first }\nblocks:\n  - name: readings\n    table: input\n    registers:\n      - { name: energy, address: 0, type: u32, byte_order: low_first }\n      - { name: power, address: 2, type: f32, word_order: low_first, byte_order: low_first }\n      - { name: volts, address: 4, type: u16, byte_order: low_first }\n      - { name: plain, address: 5, type: u32 }\n      - { name: label, address: 7, type: string, length: 4 }\n";
    let (page, rendered) = page_of(text, "meter");
    let type_of = |name: &str| row_named(&rendered, name)[3].clone();
    assert_eq!(type_of("energy"), "u32 BADC");
    assert_eq!(type_of("power"), "f32 DCBA");
    assert_eq!(type_of("volts"), "u16 BA");
    assert_eq!(type_of("plain"), "u32");
    assert_eq!(type_of("label"), "string[4]");
    assert!(page.contains("a byte-swapped number (`byte_order: low_first`)"), "{page}");
    let plain = markdown::generate(&fixture_devices()[0], &Options::default()).unwrap();
    assert!(!plain.contains("byte-swapped number"), "the legend is only on pages that need it");
}

/// Raw values that share a name are listed each, and the later ones say which raw
/// value the name is written as.
#[test]
fn a_name_shared_by_several_raw_values_says_which_is_written() {
    let text = "device: { name: victron }\nblocks:\n  - name: ess\n    table: holding\n    registers:\n      - { name: mode, address: 0, type: u16, access: rw, values: { 2: self-consumption, 3: self-consumption, 4: self-consumption, 10: keep charged } }\n";
    let (_, rendered) = page_of(text, "victron");
    let row = |raw: &str| rendered.cells.iter().flatten().find(|row| row[0] == raw).unwrap_or_else(|| panic!("no row for raw {raw}")).clone();
    assert_eq!(row("2")[1], "self-consumption");
    assert_eq!(row("3")[1], "self-consumption (also read as this; written as 2)");
    assert_eq!(row("4")[1], "self-consumption (also read as this; written as 2)");
    assert_eq!(row("10")[1], "keep charged");
}

/// A register with sentinels says which raw values are "not available" in its Range
/// cell, and a `default: n/a` shows as n/a, not as text.
#[test]
fn sentinels_are_shown_as_not_available() {
    let text = "device: { name: inverter }\nblocks:\n  - name: readings\n    table: input\n    registers:\n\
        \x20     - { name: voltage, address: 0, type: u16, scale: 0.1, sentinel: 0xFFFF, default: n/a }\n\
        \x20     - { name: power, address: 1, type: i16, sentinel: [0x8000, 0x7FFF], plausible_max: 9000 }\n\
        \x20     - { name: plain, address: 2, type: u16 }\n";
    let (page, rendered) = page_of(text, "inverter");
    // | Address | Hex | Name | Type | Width | Access | Unit | Scale/offset | Range | Default | …
    let (range, default) = (8, 9);
    let voltage = row_named(&rendered, "voltage");
    assert_eq!((voltage[range].as_str(), voltage[default].as_str()), ("0xFFFF = n/a", "n/a"), "{page}");
    let power = row_named(&rendered, "power");
    assert!(power[range].contains("0x7FFF or 0x8000 = n/a") && power[range].contains("plausible"), "{power:?}");
    assert_eq!(row_named(&rendered, "plain")[range], "");
}

/// A value whose high word lies apart shows both addresses, the high word's in the
/// plain and hex address cells and, in a repeated block, relative to the instance.
#[test]
fn a_value_with_its_high_word_apart_shows_both_addresses() {
    let text = "device: { name: deye }\nblocks:\n  - name: generator\n    table: holding\n    base: 0x0290\n    registers:\n      - { name: power, address: 0x08, high_word_at: 0x0C, type: i32, unit: W }\n      - { name: frequency, address: 0x0E, type: u16, unit: Hz }\n  - name: string\n    table: input\n    base: 100\n    repeat: { count: 2, stride: 10 }\n    registers:\n      - { name: power, address: 0, high_word_at: 4, type: f32 }\n";
    let (_, rendered) = page_of(text, "deye");
    let row = row_named(&rendered, "power");
    assert_eq!(&row[..2], ["664 (low) + 668 (high)", "0x0298 (low) + 0x029C (high)"], "{row:?}");
    let repeated = rendered.cells.iter().flatten().filter(|row| row.iter().any(|c| c == "power")).nth(1).expect("the repeated block's row");
    assert_eq!(&repeated[..3], ["100 (low) + 104 (high)", "0x0064 (low) + 0x0068 (high)", "0 + 4"], "{repeated:?}");
}

/// A converting alias says how it serves its target's value (its type and what
/// differs); an alias with its target's codec is a plain "Alias of".
#[test]
fn a_converting_alias_says_how_it_converts() {
    let text = "device: { name: victron }\nblocks:\n  - name: battery\n    table: holding\n    registers:\n\
        \x20     - { name: power, address: 0, type: i16, unit: W }\n\
        \x20     - { name: power_centi, address: 1, type: i32, scale: 0.01, alias_of: battery.power }\n\
        \x20     - { name: power_swapped, address: 3, alias_of: battery.power, byte_order: low_first }\n\
        \x20     - { name: power_again, address: 4, alias_of: battery.power }\n";
    let (page, rendered) = page_of(text, "victron");
    let description = |name: &str| row_named(&rendered, name).last().cloned().unwrap_or_default();
    assert_eq!(description("power_centi"), "Alias of battery.power (converted: i32, scale 0.01).", "{page}");
    assert_eq!(description("power_swapped"), "Alias of battery.power (converted: i16, byte order low_first).", "{page}");
    assert_eq!(description("power_again"), "Alias of battery.power.", "{page}");
}

/// Issue 9's remaining keys on the page: a register's write function in its access
/// cell, an enumeration on an `f32` listed by its whole-number keys, enumeration names
/// in other scripts (and one named `unknown`) shown as the spec writes them, and a
/// register's examples under its description.
#[test]
fn write_functions_float_enumerations_names_and_examples_are_shown() {
    let text = "device: { name: meter }\nblocks:\n  - name: settings\n    table: holding\n    registers:\n\
        \x20     - { name: limit, address: 0, type: u16, write_function: multiple }\n\
        \x20     - { name: legacy, address: 1, type: u16, write_function: single }\n\
        \x20     - { name: baud_rate, address: 2, type: f32, values: { 0: baud_2400, 2: baud_9600 }, examples: [{ words: [0x4000, 0x0000], value: baud_9600 }] }\n\
        \x20     - { name: state, address: 4, type: u16, values: { 0: unknown, 1: Störung, 2: 温度 } }\n\
        \x20     - { name: temp, address: 5, type: i16, scale: 0.1, examples: [{ words: [0x00FA], value: 25.0 }, { words: [0xFFF6], value: -1.0 }] }\n";
    let (page, rendered) = page_of(text, "meter");
    // | Address | Hex | Name | Type | Width | Access | …
    let access = 5;
    assert_eq!(row_named(&rendered, "limit")[access], "rw (FC 16 only)", "{page}");
    assert_eq!(row_named(&rendered, "legacy")[access], "rw (FC 06 only)", "{page}");
    let value = |raw: &str, name: &str| rendered.cells.iter().flatten().any(|row| row[0] == raw && row[1] == name);
    assert!(value("2", "baud_9600") && value("0", "baud_2400"), "the f32 keys are listed as raw values:\n{page}");
    assert!(value("0", "unknown") && value("1", "Störung") && value("2", "温度"), "names as the spec writes them:\n{page}");
    let description = |name: &str| row_named(&rendered, name).last().cloned().unwrap_or_default();
    assert!(description("temp").contains("Examples:") && description("temp").contains("0x00FA") && description("temp").contains("0xFFF6"), "{page}");
    assert!(description("baud_rate").contains("baud_9600"), "{page}");
    assert!(!description("limit").contains("Examples"), "{page}");
}
