//! Device settings: name, unit id, byte and word order, read planning limits,
//! firmware, and the word-order coil (checked once the registers are known).

use super::{DeviceFacts, RegisterFacts, Validator};
use crate::diagnostics::Diagnostic;
use crate::ir::{DataType, Table};
use crate::load::did_you_mean;

impl Validator<'_> {
    pub(super) fn device(&mut self) -> DeviceFacts {
        let dev = &self.spec.device;
        let dorigin = self.at(dev.line, dev.column);
        if dev.name.value.is_empty() {
            self.push(
                Diagnostic::error("missing-key", "the device has no `name`", dorigin)
                    .with_subject(Self::subject(None, None, "name"))
                    .with_help("add `name: my_device` (snake_case) to `device:`"),
            );
        } else {
            self.check_snake_name(&dev.name, "device", Self::subject(None, None, "name"));
        }
        let unit_id = dev.unit_id.as_ref().map_or(Some(1), |u| self.unit_id(u, Self::subject(None, None, "unit_id")));
        let word_order = self.word_order(dev.word_order.as_ref(), Self::subject(None, None, "word_order"));
        let byte_order = self.byte_order(dev.byte_order.as_ref(), Self::subject(None, None, "byte_order"));
        let read_limit = self.bounded(dev.read_limit.as_ref(), "read_limit", 1, 2000, 125, None);
        let max_gap = self.bounded(dev.max_gap.as_ref(), "max_gap", 0, 65535, 0, None);
        let values_per_read = dev.values_per_read.as_ref().map(|v| self.bounded(Some(v), "values_per_read", 1, 2000, 1, None));
        let firmware = dev.firmware.as_ref().and_then(|f| self.version(f, Self::subject(None, None, "firmware")));
        let write_function = self.write_function(dev.write_function.as_ref(), Self::subject(None, None, "write_function")).unwrap_or_default();
        // The typed checks apply the convention per register; here only the word is checked.
        let convention = |w: &str| crate::keys::SENTINEL_CONVENTIONS.contains(&w).then_some(());
        self.keyword_value(dev.sentinels.as_ref(), convention, crate::keys::SENTINEL_CONVENTIONS, Self::subject(None, None, "sentinels"));
        DeviceFacts { unit_id: unit_id.unwrap_or(1), word_order, byte_order, read_limit, max_gap, values_per_read, firmware, write_function }
    }

    /// `word_order_coil` must name a bool coil of this device.
    pub(super) fn word_order_coil(&mut self, registers: &[RegisterFacts]) {
        let Some(coil) = &self.spec.device.word_order_coil else { return };
        match registers.iter().find(|r| r.qualified_name == coil.value) {
            Some(r) if r.table == Table::Coil && r.data_type == Some(DataType::Bool) => {}
            Some(r) => self.push(
                Diagnostic::error(
                    "bad-value",
                    format!("`word_order_coil` names `{}`, which is not a bool coil", coil.value),
                    self.origin(coil),
                )
                .with_subject(Self::subject(None, None, "word_order_coil"))
                .with_register(&r.qualified_name, Some(r.address))
                .with_help("name a `bool` register of a `coil` block"),
            ),
            None => {
                let names: Vec<&str> = registers.iter().map(|r| r.qualified_name.as_str()).collect();
                let help = did_you_mean(&coil.value, &names).unwrap_or_else(|| "name a bool coil as `block.register`".to_owned());
                self.push(
                    Diagnostic::error("alias-missing", format!("`word_order_coil` names `{}`, which does not exist", coil.value), self.origin(coil))
                        .with_subject(Self::subject(None, None, "word_order_coil"))
                        .with_help(help),
                );
            }
        }
    }
}
