//! Lowering: builds the IR from a spec that validated, using the facts the
//! validator resolved ([`crate::validate`]). Nothing here reports problems;
//! everything here establishes the invariants listed in `ir.rs`.

use crate::ir::{self, BitRange, DataType, EnumVariant, Origin, Table};
use crate::spec::Spec;
use crate::format::value_text;
use crate::validate::{BlockFacts, RegisterFacts, Resolved};
use std::collections::BTreeMap;

/// The IR device of a validated spec.
pub(crate) fn lower(spec: &Spec, resolved: &Resolved) -> ir::Device {
    let dev = &spec.device;
    let facts = &resolved.device;
    let mut device = ir::Device {
        name: dev.name.value.clone(),
        title: dev.title.as_ref().map(|s| s.value.clone()),
        vendor: dev.vendor.as_ref().map(|s| s.value.clone()),
        description: dev.description.as_ref().map(|s| s.value.clone()),
        firmware: dev.firmware.as_ref().map(|s| s.value.clone()),
        unit_id: facts.unit_id,
        word_order: facts.word_order,
        byte_order: facts.byte_order,
        read_limit: facts.read_limit,
        max_gap: facts.max_gap,
        word_order_coil: dev.word_order_coil.as_ref().map(|s| s.value.clone()),
        values_per_read: facts.values_per_read,
        allow_gaps: dev.allow_gaps.as_ref().is_some_and(|a| a.value),
        source: Origin { file: spec.file.clone(), line: 0, column: 0 },
        enumerations: Vec::new(),
        flag_sets: Vec::new(),
        blocks: spec.blocks.iter().zip(&resolved.blocks).map(|(b, info)| block(spec, b, info)).collect(),
        registers: Vec::new(),
        sim: resolved.sim.clone(),
    };
    let mut value_types = ValueTypes::default();
    for r in &resolved.registers {
        let mut reg = register(spec, r);
        value_types.assign(&mut device, &mut reg, &r.values, &r.bits);
        device.registers.push(reg);
    }
    finish(&mut device);
    device
}

/// Makes enumerations and bit sets items of the device: one per distinct list,
/// named after its first user (spec order), shared by every register using it.
#[derive(Default)]
struct ValueTypes<'a> {
    enumerations: BTreeMap<&'a [EnumVariant], usize>,
    flag_sets: BTreeMap<&'a [BitRange], usize>,
}

impl<'a> ValueTypes<'a> {
    fn assign(&mut self, device: &mut ir::Device, r: &mut ir::Register, values: &'a [EnumVariant], bits: &'a [BitRange]) {
        let template = format!("{}.{}", r.block, r.name);
        let name = format!("{}_{}", r.block, r.name);
        if !values.is_empty() {
            let i = *self.enumerations.entry(values).or_insert_with(|| {
                device.enumerations.push(ir::Enumeration { name: name.clone(), values: values.to_vec(), used_by: Vec::new() });
                device.enumerations.len() - 1
            });
            add_user(&mut device.enumerations[i].used_by, &template);
            r.enumeration = Some(i);
        }
        if !bits.is_empty() {
            let i = *self.flag_sets.entry(bits).or_insert_with(|| {
                // A register with both `values` and `bits` would give both items one name.
                let name = if values.is_empty() { name } else { format!("{name}_bits") };
                device.flag_sets.push(ir::FlagSet { name, bits: bits.to_vec(), used_by: Vec::new() });
                device.flag_sets.len() - 1
            });
            add_user(&mut device.flag_sets[i].used_by, &template);
            r.flags = Some(i);
        }
    }
}

/// Instances of a repeated block are one user (their template).
fn add_user(used_by: &mut Vec<String>, template: &str) {
    if !used_by.iter().any(|u| u == template) {
        used_by.push(template.to_owned());
    }
}

fn block(spec: &Spec, b: &crate::spec::BlockSpec, info: &BlockFacts) -> ir::Block {
    ir::Block {
        name: b.name.value.clone(),
        table: info.table.unwrap_or(Table::Holding),
        unit_id: info.unit_id,
        base: info.base,
        description: b.description.as_ref().map(|d| d.value.clone()),
        repeat: info.repeat,
        instances: info.instances.clone(),
        registers: b.registers.iter().map(|r| r.name.value.clone()).collect(),
        allow_gaps: b.allow_gaps.as_ref().is_some_and(|a| a.value),
        origin: Origin { file: spec.file.clone(), line: b.line, column: b.column },
    }
}

fn register(spec: &Spec, r: &RegisterFacts) -> ir::Register {
    let block = &spec.blocks[r.bi];
    let rs = &block.registers[r.ri];
    // An alias serves the same value: the keys it does not give, it inherits
    // (the validator already applied the inherited numbers).
    let target = r.target.map(|(tb, tr)| &spec.blocks[tb].registers[tr]);
    let scale_src = rs.scale.as_ref().or_else(|| target.and_then(|t| t.scale.as_ref()));
    ir::Register {
        name: rs.name.value.clone(),
        qualified_name: r.qualified_name.clone(),
        ident: r.ident.clone(),
        block: block.name.value.clone(),
        instance: r.instance.clone(),
        instance_index: r.instance_index,
        unit_id: r.unit_id,
        table: r.table,
        address: r.address,
        relative_address: r.relative_address,
        width: r.width,
        high_word: r.high_word(),
        data_type: r.data_type.unwrap_or(DataType::Raw),
        length: r.length,
        scale: r.scale,
        offset: r.offset,
        scale_text: scale_src.map(|v| value_text(&v.value)),
        scale_factor: r.scale_factor.clone(),
        access: r.access,
        min: r.min,
        max: r.max,
        default: r.default.clone(),
        enumeration: None,
        flags: None,
        sentinels: r.sentinels.clone(),
        keys: ir::RegisterKeys::lower(rs, target),
        word_order: r.word_order,
        byte_order: r.byte_order,
        write_function: r.write_function,
        alias_of: r.alias_of.clone(),
        aliases: Vec::new(),
        overlaps: r.overlaps.clone(),
        origin: Origin { file: spec.file.clone(), line: rs.line, column: rs.column },
    }
}

/// Sorts registers by (unit id, table, address, qualified name) and fills the
/// `aliases` back-links; the last step of lowering.
fn finish(device: &mut ir::Device) {
    device
        .registers
        .sort_by(|a, b| (a.unit_id, a.table, a.address, &a.qualified_name).cmp(&(b.unit_id, b.table, b.address, &b.qualified_name)));
    let mut back: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for r in &device.registers {
        if let Some(target) = &r.alias_of {
            back.entry(target.clone()).or_default().push(r.qualified_name.clone());
        }
    }
    for r in &mut device.registers {
        let mut aliases = back.remove(&r.qualified_name).unwrap_or_default();
        aliases.sort();
        r.aliases = aliases;
    }
}
