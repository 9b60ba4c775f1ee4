//! Values whose high word lies apart from their low word (`high_word_at`): a
//! 32-bit type, read-only, word order given by the key, no alias on either side.
//! Where the high word sits is checked with every other address ([`super::addresses`]).

use super::{RegisterFacts, Validator};
use crate::diagnostics::Diagnostic;
use crate::generate::filters::hex;
use crate::ir::{DataType, WordOrder};
use std::collections::BTreeSet;

impl Validator<'_> {
    /// Reported once per template, on its first instance.
    pub(super) fn high_words(&mut self, items: &[RegisterFacts]) {
        let apart: BTreeSet<&str> = items.iter().filter(|it| it.high_abs.is_some()).map(|it| it.qualified_name.as_str()).collect();
        for it in items.iter().filter(|it| it.first) {
            let rs = &self.spec.blocks[it.bi].registers[it.ri];
            if let (Some(alias), Some(target)) = (&rs.alias_of, &it.alias_of) {
                if apart.contains(target.as_str()) {
                    let d = Diagnostic::error(
                        "high-word-alias",
                        format!("`{}` aliases `{target}`, whose high word lies apart from its low word (`high_word_at`)", it.qualified_name),
                        self.origin(alias),
                    )
                    .with_subject(Self::subject(Some(it.bi), Some(it.ri), "alias_of"))
                    .with_register(&it.qualified_name, Some(it.address))
                    .with_help("read the value through its own register; an alias serves adjacent words, which this value does not have");
                    self.push(d);
                }
            }
            let Some(key) = &rs.high_word_at else { continue };
            let high = it.high_word().unwrap_or(0);
            let here = |code: &'static str, message: String, at| {
                Diagnostic::error(code, message, at)
                    .with_subject(Self::subject(Some(it.bi), Some(it.ri), "high_word_at"))
                    .with_register(&it.qualified_name, Some(it.address))
            };
            let mut problems = Vec::new();
            let dt = it.data_type.unwrap_or(DataType::Raw);
            if !matches!(dt, DataType::U32 | DataType::I32 | DataType::F32) {
                let at = rs.data_type.as_ref().map_or_else(|| self.origin(key), |t| self.origin(t));
                problems.push(
                    here(
                        "high-word-type",
                        format!("`high_word_at` on `{}` of type `{}`: only a 32-bit value has a low and a high word", it.qualified_name, dt.as_str()),
                        at,
                    )
                    .with_help("give it `type: u32`, `i32` or `f32`, or drop `high_word_at`"),
                );
            }
            if it.access.writable() {
                let at = rs.access.as_ref().map_or_else(|| self.origin(key), |a| self.origin(a));
                problems.push(
                    here(
                        "high-word-access",
                        format!(
                            "`{}` has its high word apart (at {}) but `access` is `{}`: a write would take two requests, and a reader between them sees half a value",
                            it.qualified_name,
                            hex(high.into()),
                            it.access.as_str()
                        ),
                        at,
                    )
                    .with_help("drop `access` (such a value is read-only) or write `access: r`"),
                );
            }
            if let Some(order) = rs.word_order.as_ref().filter(|o| WordOrder::parse(&o.value) == Some(WordOrder::HighFirst)) {
                problems.push(
                    here(
                        "high-word-order",
                        format!(
                            "`word_order: high_first` on `{}` contradicts `high_word_at`: the low word is at `address` {}, the high word at {}",
                            it.qualified_name,
                            hex(it.address.into()),
                            hex(high.into())
                        ),
                        self.origin(order),
                    )
                    .with_help("drop `word_order` (the key places the words); if the high word is at `address`, swap `address` and `high_word_at`"),
                );
            }
            if rs.alias_of.is_some() {
                problems.push(
                    here("high-word-alias", format!("`{}` is an alias and also has `high_word_at`", it.qualified_name), self.origin(key))
                        .with_help("an alias serves its target's words at its own adjacent addresses; drop `high_word_at` or `alias_of`"),
                );
            }
            for d in problems {
                self.push(d);
            }
        }
    }
}
