//! Block settings: name, table, unit id, base, `repeat`, and instance names
//! unique across the device.

use super::{BlockFacts, DeviceFacts, Validator, MAX_REGISTERS};
use crate::diagnostics::Diagnostic;
use crate::ident;
use crate::ir::{self, Origin, Table};
use crate::spec::BlockSpec;
use std::collections::BTreeMap;

impl Validator<'_> {
    /// Checks every block; one entry per spec block.
    pub(super) fn blocks(&mut self, device: &DeviceFacts) -> Vec<BlockFacts> {
        let spec = self.spec;
        let mut facts = Vec::new();
        let mut instance_names: BTreeMap<String, (usize, Origin)> = BTreeMap::new();
        for (bi, b) in spec.blocks.iter().enumerate() {
            let info = self.block(bi, b, device);
            if !b.name.value.is_empty() {
                for name in info.instances.iter().map(|i| &i.name) {
                    let here = self.origin(&b.name);
                    if let Some((other, first)) = instance_names.get(name) {
                        let what = if *name == b.name.value && spec.blocks[*other].name.value == *name {
                            format!("block name `{name}` is used twice")
                        } else {
                            format!("block instance name `{name}` is used twice (repeated blocks are named `<block><k>`)")
                        };
                        self.push(
                            Diagnostic::error("duplicate-block", what, here)
                                .with_subject(Self::subject(Some(bi), None, "name"))
                                .with_related(first.clone(), "first used here".to_owned())
                                .with_help("give every block a unique name"),
                        );
                        break;
                    }
                    instance_names.insert(name.clone(), (bi, here));
                }
            }
            facts.push(info);
        }
        facts
    }

    /// Whether the spec, repeats expanded, stays within [`MAX_REGISTERS`]; reports it if not.
    pub(super) fn within_register_limit(&mut self, blocks: &[BlockFacts]) -> bool {
        let spec = self.spec;
        let expanded: u64 = spec
            .blocks
            .iter()
            .zip(blocks)
            .map(|(b, info)| b.registers.len() as u64 * info.repeat.map_or(1, |r| r.count as u64))
            .sum();
        if expanded <= MAX_REGISTERS {
            return true;
        }
        self.push(
            Diagnostic::error(
                "too-large",
                format!("the spec expands to {expanded} registers, more than the limit of {MAX_REGISTERS}"),
                self.at(spec.device.line, spec.device.column),
            )
            .with_help("a Modbus device has at most 65536 addresses per table; check `repeat: count`"),
        );
        false
    }

    fn block(&mut self, bi: usize, b: &BlockSpec, device: &DeviceFacts) -> BlockFacts {
        let device_unit = device.unit_id;
        let borigin = self.at(b.line, b.column);
        if b.name.value.is_empty() {
            self.push(
                Diagnostic::error("missing-key", "the block has no `name`", borigin.clone())
                    .with_subject(Self::subject(Some(bi), None, "name"))
                    .with_help("add `name: my_block`"),
            );
        } else if !ident::is_identifier(&b.name.value) {
            self.bad_identifier(&b.name, "block", Self::subject(Some(bi), None, "name"));
        } else if ident::is_keyword(&b.name.value) {
            self.keyword(&b.name, Self::subject(Some(bi), None, "name"));
        }
        let table = match &b.table {
            None => {
                self.push(
                    Diagnostic::error("missing-key", format!("block `{}` has no `table`", b.name.value), borigin.clone())
                        .with_subject(Self::subject(Some(bi), None, "table"))
                        .with_help("add `table: holding` (or coil, discrete, input)"),
                );
                None
            }
            Some(t) => self.keyword_value(
                Some(t),
                Table::parse,
                crate::keys::TABLES,
                Self::subject(Some(bi), None, "table"),
            ),
        };
        let unit_id = b
            .unit_id
            .as_ref()
            .map_or(Some(device_unit), |u| self.unit_id(u, Self::subject(Some(bi), None, "unit_id")))
            .unwrap_or(device_unit);
        let base = match &b.base {
            None => 0,
            Some(v) if (0..=65535).contains(&v.value) => v.value as u16,
            Some(v) => {
                let d = Diagnostic::error("address-overflow", format!("block base {} is outside 0..=65535", v.value), self.origin(v))
                    .with_subject(Self::subject(Some(bi), None, "base"))
                    .with_help("Modbus addresses are 0..=65535");
                self.push(d);
                0
            }
        };
        let repeat = b.repeat.as_ref().and_then(|r| {
            let rorigin = self.at(r.line, r.column);
            let count = match &r.count {
                None => {
                    self.push(
                        Diagnostic::error("missing-key", "`repeat` has no `count`", rorigin.clone())
                            .with_subject(Self::subject(Some(bi), None, "repeat"))
                            .with_help("write `repeat: { count: 8, stride: 1000 }`"),
                    );
                    None
                }
                Some(c) => Some(self.bounded(Some(c), "count", 1, 65535, 1, Some(bi))),
            };
            let stride = match &r.stride {
                None => {
                    self.push(
                        Diagnostic::error("missing-key", "`repeat` has no `stride`", rorigin)
                            .with_subject(Self::subject(Some(bi), None, "repeat"))
                            .with_help("write `repeat: { count: 8, stride: 1000 }`"),
                    );
                    None
                }
                Some(s) => Some(self.bounded(Some(s), "stride", 0, 65535, 0, Some(bi))),
            };
            let (count, stride) = (count?, stride?);
            let last_base = base as u32 + (count as u32 - 1) * stride as u32;
            if last_base > 65535 {
                let at = r.count.as_ref().map_or_else(|| self.at(r.line, r.column), |c| self.origin(c));
                self.push(
                    Diagnostic::error(
                        "address-overflow",
                        format!("instance {count} of block `{}` would start at {last_base}, beyond 65535", b.name.value),
                        at,
                    )
                    .with_subject(Self::subject(Some(bi), None, "repeat"))
                    .with_help("lower `base`, `count` or `stride`"),
                );
                return None;
            }
            Some(ir::Repeat { count, stride })
        });
        let instances = match repeat {
            // The repeat check above keeps every instance's base within 65535.
            Some(rep) => (1..=rep.count)
                .map(|k| ir::BlockInstance {
                    name: ident::instance_name(&b.name.value, k),
                    index: Some(k),
                    base: base + (k - 1) * rep.stride,
                })
                .collect(),
            None => vec![ir::BlockInstance { name: b.name.value.clone(), index: None, base }],
        };
        let write_function = self
            .write_function(b.write_function.as_ref(), Self::subject(Some(bi), None, "write_function"))
            .unwrap_or(device.write_function);
        BlockFacts { table, unit_id, base, repeat, write_function, instances }
    }
}
