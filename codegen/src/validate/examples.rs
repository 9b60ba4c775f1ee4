//! The spec's examples through the core codec (`modbus_map_core::value::check_example`,
//! the rule the generated tests apply too): the one check that runs on the lowered
//! register, since it needs the register exactly as the generated code sees it.

use crate::diagnostics::{Diagnostic, Diagnostics, Subject};
use crate::ir::{self, Origin};
use crate::spec::Spec;
use modbus_map_core::value;

/// Checks every example of `device` (lowered from `spec`); an example of a repeated
/// block is checked on its first instance, so it is reported once.
pub(super) fn check(spec: &Spec, device: &ir::Device, diags: &mut Diagnostics) {
    for r in device.registers.iter().filter(|r| !r.keys.examples.is_empty() && r.instance_index.is_none_or(|i| i == 1)) {
        let desc = crate::layout::leak_descriptor(device, r);
        for (index, e) in r.keys.examples.iter().enumerate() {
            let Some(want) = device.example_value(r, &e.value) else {
                let names: Vec<&str> = device.values(r).iter().map(|v| v.name.as_str()).collect();
                diags.push(diagnostic(spec, r, index, format!("example value {} is not a value of this register", crate::format::value_text(&e.value)))
                    .with_help(if names.is_empty() { "write the engineering value as a number".to_owned() } else { format!("use one of its values: {}", names.join(", ")) }));
                continue;
            };
            if let Err(why) = value::check_example(&desc, &e.words, &want) {
                let words = crate::format::hex_words(&e.words, ", ");
                diags.push(
                    diagnostic(spec, r, index, format!("example [{words}] = {} does not hold: {why}", crate::format::value_text(&e.value)))
                        .with_help("check the example against the vendor's table, then the register's type, word and byte order, scale and offset"),
                );
            }
        }
    }
}

/// An `example` error at example `index`'s place in the spec (the lowered register's
/// examples are its spec register's, in order).
fn diagnostic(spec: &Spec, r: &ir::Register, index: usize, message: String) -> Diagnostic {
    let block = spec.blocks.iter().position(|b| b.name.value == r.block);
    let register = block.and_then(|b| spec.blocks[b].registers.iter().position(|s| s.name.value == r.name));
    let written = block.zip(register).and_then(|(b, k)| spec.blocks[b].registers[k].examples.get(index));
    let (line, column) = written.map_or((0, 0), |w| (w.line, w.column));
    Diagnostic::error("example", message, Origin { file: spec.file.clone(), line, column })
        .with_subject(Subject { block, register, key: Some("examples".to_owned()) })
        .with_register(&r.qualified_name, Some(r.address))
}
