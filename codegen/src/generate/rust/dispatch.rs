//! `pub mod dispatch`: the device's [`crate::layout`] written out as `static`
//! tables for `modbus_map_core::dispatch` (one address-sorted entry array per
//! unit and table pointing into `REGISTERS`, storage defaults, `MAP`).

use super::syntax::{self, Chunk};
use super::Gen;
use crate::ir::Table;
use crate::layout::EntryOf;
use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote, ToTokens};

pub(super) fn tokens(gen: &Gen) -> Result<TokenStream, String> {
    Ok(chunks(gen)?.into_iter().map(Chunk::into_tokens).collect())
}

/// `pub mod dispatch` as one built item: the address indexes (a large device's are
/// thousands of numbers) are built as syntax trees, the rest quoted and parsed.
pub(super) fn chunks(gen: &Gen) -> Result<Vec<Chunk>, String> {
    let device = gen.device;
    let l = crate::layout::layout(device);
    let mut statics: Vec<syn::Item> = Vec::new();
    let mut units = Vec::new();
    for u in &l.units {
        let mut tables = Vec::new();
        for (t, table) in Table::ALL.iter().enumerate() {
            let entries_id = format_ident!("UNIT_{}_{}", u.unit_id, table.as_str().to_uppercase());
            let entries = if u.entries[t].is_empty() {
                quote!(&[])
            } else {
                let n = Literal::usize_unsuffixed(u.entries[t].len());
                let runs = entry_runs(gen, &l, &u.entries[t]).into_iter().map(|(first, len, slot)| {
                    let (first, slot) = (Literal::usize_unsuffixed(first), Literal::u32_unsuffixed(slot));
                    let len = match len {
                        Run::Len(len) => Literal::usize_unsuffixed(len).into_token_stream(),
                        Run::HighWord => quote!(Entry::HIGH_WORD),
                    };
                    quote!((#first, #len, #slot))
                });
                let mut entries = quote!(Entry::runs(&super::REGISTERS, &[#(#runs),*]));
                // Converting aliases: (position in this table, the target's position in `REGISTERS`).
                let aliases: Vec<TokenStream> = u.entries[t]
                    .iter()
                    .enumerate()
                    .filter_map(|(k, e)| l.targets[e.register].map(|target| (k, gen.position[target])))
                    .map(|(k, target)| {
                        let (k, target) = (Literal::usize_unsuffixed(k), Literal::usize_unsuffixed(target));
                        quote!((#k, #target))
                    })
                    .collect();
                if !aliases.is_empty() {
                    entries = quote!(Entry::aliases(#entries, &super::REGISTERS, &[#(#aliases),*]));
                }
                statics.push(syntax::parse(quote!(static #entries_id: [Entry; #n] = #entries;))?);
                quote!(&#entries_id)
            };
            let gaps = u.gap_ranges[t].iter().map(|&(s, e)| {
                let (s, e) = (Literal::u16_unsuffixed(s), Literal::u32_unsuffixed(e));
                quote!(GapRange { start: #s, end: #e })
            });
            let (base, index) = &u.index[t];
            let index = if index.is_empty() {
                quote!(&[])
            } else {
                let index_id = format_ident!("{}_INDEX", entries_id);
                let n = Literal::usize_unsuffixed(index.len());
                let mut index_static: syn::ItemStatic = syntax::parse(quote!(static #index_id: [u16; #n] = [];))?;
                *index_static.expr = syntax::array(index.iter().map(|&i| syntax::lit_int(usize::from(i))));
                statics.push(syn::Item::Static(index_static));
                quote!(&#index_id)
            };
            let base = Literal::u16_unsuffixed(*base);
            let allow = u.allow_gaps;
            tables.push(quote!(TableMap { entries: #entries, allow_gaps: #allow, gap_ranges: &[#(#gaps),*], index_base: #base, index: #index }));
        }
        let unit_id = Literal::u8_unsuffixed(u.unit_id);
        let vpr = Literal::u16_unsuffixed(l.values_per_read);
        let [coils, discrete, input, holding] = <[TokenStream; 4]>::try_from(tables).expect("four tables");
        units.push(quote! {
            UnitMap {
                unit_id: #unit_id,
                coils: #coils,
                discrete_inputs: #discrete,
                input_registers: #input,
                holding_registers: #holding,
                values_per_read: #vpr,
            }
        });
    }
    let nunits = Literal::usize_unsuffixed(units.len());
    let words = Literal::usize_unsuffixed(l.defaults.len());
    let defaults = nonzero_runs(&l.defaults).into_iter().map(|(slot, words)| {
        let slot = Literal::usize_unsuffixed(slot);
        let words = words.iter().map(|&w| Literal::u16_unsuffixed(w));
        quote!((#slot, &[#(#words),*]))
    });
    let name = &device.name;
    let default_unit = Literal::u8_unsuffixed(l.default_unit);
    let word_order_coil = match l.word_order_coil {
        Some((unit, position)) => {
            let coils = format_ident!("UNIT_{}_{}", l.units[unit].unit_id, Table::Coil.as_str().to_uppercase());
            let position = Literal::usize_unsuffixed(position);
            quote!(::core::option::Option::Some(&#coils[#position]))
        }
        None => quote!(::core::option::Option::None),
    };
    let mut module: syn::ItemMod = syntax::parse(quote! {
        /// Slave dispatch tables: serve this device with `modbus_map::server` or the `no_std` dispatch core.
        pub mod dispatch {
            use ::modbus_map::__private::dispatch::{self, DeviceMap, Entry, GapRange, TableMap, UnitMap};
            static UNITS: [UnitMap; #nunits] = [#(#units),*];
            /// Initial storage words (spec defaults, start values where there is none), indexed by slot.
            pub static DEFAULTS: [u16; #words] = dispatch::words(&[#(#defaults),*]);
            /// The device's whole map, for `modbus_map::dispatch::Dispatcher::new(&MAP)`.
            pub static MAP: DeviceMap = DeviceMap {
                name: #name,
                default_unit: #default_unit,
                units: &UNITS,
                defaults: &DEFAULTS,
                word_order_coil: #word_order_coil,
            };
        }
    })?;
    // The tables go between the `use` and `UNITS`, where the quoted module had them.
    if let Some((_, items)) = &mut module.content {
        items.splice(1..1, statics);
    }
    Ok(vec![Chunk::Built(vec![syn::Item::Mod(module)])])
}

/// A table's entries (IR indices, address order) as runs `(REGISTERS position, length,
/// first slot)` for `Entry::runs`: a run goes on while the next entry is the next
/// descriptor in `REGISTERS` and its slot follows the words of the one before.
/// A high word that lies apart is a run of its own, `(position, HIGH_WORD, slot)`.
fn entry_runs(gen: &Gen, l: &crate::layout::Layout, entries: &[EntryOf]) -> Vec<(usize, Run, u32)> {
    let mut runs: Vec<(usize, Run, u32)> = Vec::new();
    let mut next: Option<(usize, u32)> = None;
    for e in entries {
        let i = e.register;
        let (position, slot) = (gen.position[i], l.slots[i]);
        if e.high_word {
            runs.push((position, Run::HighWord, slot));
            next = None;
            continue;
        }
        match runs.last_mut() {
            Some((_, Run::Len(len), _)) if next == Some((position, slot)) => *len += 1,
            _ => runs.push((position, Run::Len(1), slot)),
        }
        next = Some((position + 1, slot + u32::from(gen.device.registers[i].width)));
    }
    runs
}

/// The length of an `Entry::runs` run.
#[derive(Debug, Clone, Copy)]
enum Run {
    Len(usize),
    /// `Entry::HIGH_WORD`: the high word entry of one register.
    HighWord,
}

/// The words that are not 0, as `(first slot, words)` runs for `dispatch::words`.
fn nonzero_runs(words: &[u16]) -> Vec<(usize, &[u16])> {
    let mut runs = Vec::new();
    let mut k = 0;
    while k < words.len() {
        if words[k] == 0 {
            k += 1;
            continue;
        }
        let len = words[k..].iter().take_while(|&&w| w != 0).count();
        runs.push((k, &words[k..k + len]));
        k += len;
    }
    runs
}

#[cfg(test)]
mod tests {
    #[test]
    fn generated_tables_parse_and_carry_the_header() {
        let d = crate::layout::tests::device();
        let src = super::super::generate(&d, &crate::generate::Options::default()).expect("generates");
        assert!(src.starts_with("// @generated from specs/demo.yaml"), "{src}");
        assert!(src.contains("pub static MAP: DeviceMap"), "{src}");
        assert!(src.contains("static UNIT_1_HOLDING: [Entry; 4] = Entry::runs("), "{src}");
        // Three registers in a row, then an alias sharing the first one's slot.
        assert!(src.contains("&[(1, 3, 1), (4, 1, 1)]"), "{src}");
        assert_eq!(src, super::super::generate(&d, &crate::generate::Options::default()).unwrap(), "deterministic");
    }
}
