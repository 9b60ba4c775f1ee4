//! The runtime of `#[derive(ModbusMap)]`: what every derived struct does with its
//! fields, written once here so that the derive emits a table and a line per
//! field instead of a function body per field. Not a public API; derived code
//! reaches it through `modbus_map::__private::fields`.

use crate::codec::{DecodeError, EncodeRegister, RegisterValue};
use crate::dispatch::{alias_read, check_value, Entry, Exception};
use crate::{RegisterDescriptor, WordOrder};
#[cfg(feature = "alloc")]
use crate::{
    codec::{encode_to_vec, EncodeError},
    plan::RegisterSnapshot,
};

/// One field of a derived struct: its register and its value.
pub type Field<'a> = (&'static RegisterDescriptor, &'a dyn RegisterField);
/// [`Field`] for storage writes.
pub type FieldMut<'a> = (&'static RegisterDescriptor, &'a mut dyn RegisterField);

/// A struct field holding a register's value, as a trait object, so the runtime
/// below is compiled once, not once per field. Every [`RegisterValue`] is one.
pub trait RegisterField: EncodeRegister {
    /// Decodes `words` into `self`; `self` is unchanged on error.
    fn decode_register(&mut self, desc: &RegisterDescriptor, words: &[u16], order: WordOrder) -> Result<(), DecodeError>;
    /// Whether `words` decode, without changing `self`.
    fn decodes(&self, desc: &RegisterDescriptor, words: &[u16], order: WordOrder) -> bool;
}

impl<T: RegisterValue> RegisterField for T {
    fn decode_register(&mut self, desc: &RegisterDescriptor, words: &[u16], order: WordOrder) -> Result<(), DecodeError> {
        *self = T::decode(desc, words, order)?;
        Ok(())
    }
    fn decodes(&self, desc: &RegisterDescriptor, words: &[u16], order: WordOrder) -> bool {
        T::decode(desc, words, order).is_ok()
    }
}

/// Where a field lives in the dispatch layout's storage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Slot {
    /// The storage slot (`dispatch::Entry::slot`); an alias shares its target's.
    pub slot: u32,
    /// Index of the field in the struct's field table.
    pub field: u16,
    /// The field's values come from its enum type, which the dispatch tables were
    /// built without: the core's value rules run again with the field's descriptor.
    pub listed: bool,
    /// A converting alias (`dispatch::Entry::target`): the slot's words are its
    /// target's, converted for this field through the engineering value.
    pub converted: bool,
}

/// `Storage::read` of a derived struct. `slots` is sorted by slot, the field that
/// holds a slot's value (not an alias) first. Range and enumeration rules guard
/// writes; a value the device holds is served as it is.
///
/// `entry` may serve one word of a value whose words lie apart
/// ([`Entry::whole`]): the whole value is encoded and that word served.
pub fn storage_read(fields: &[Field<'_>], slots: &[Slot], entry: &Entry, words: &mut [u16]) -> Result<(), Exception> {
    let whole = entry.whole();
    let first = slots.partition_point(|s| s.slot < whole.slot);
    let s = slots.get(first).filter(|s| s.slot == whole.slot).ok_or(Exception::IllegalDataAddress)?;
    let (desc, value) = fields[usize::from(s.field)];
    let held = RegisterDescriptor { min: None, max: None, values: &[], ..*desc };
    if whole.width == entry.width {
        return value.encode_register(&held, held.word_order, words).map_err(|_| Exception::ServerDeviceFailure);
    }
    // Only a 32-bit value has its words apart: two words.
    let mut both = [0u16; 2];
    value.encode_register(&held, held.word_order, &mut both).map_err(|_| Exception::ServerDeviceFailure)?;
    let part = (entry.slot - whole.slot) as usize;
    words.copy_from_slice(both.get(part..part + words.len()).ok_or(Exception::ServerDeviceFailure)?);
    Ok(())
}

/// `Storage::write` of a derived struct (`slots` as for [`storage_read`]): every
/// field of the slot takes the value, or none does. `words` are the words of the
/// field holding the slot's value; a converting alias's field takes them converted,
/// and a value it cannot hold refuses the write (exception 03): the fields of one
/// value always agree.
/// A value whose words lie apart is read-only: the dispatch core refuses its writes before they get here.
pub fn storage_write(fields: &mut [FieldMut<'_>], slots: &[Slot], slot: u32, words: &[u16]) -> Result<(), Exception> {
    let first = slots.partition_point(|s| s.slot < slot);
    let of_slot = &slots[first..slots[first..].partition_point(|s| s.slot == slot) + first];
    let Some(owner) = of_slot.first() else { return Err(Exception::IllegalDataAddress) };
    let owner = fields[usize::from(owner.field)].0;
    for s in of_slot {
        let (desc, ref value) = fields[usize::from(s.field)];
        let mut converted = [0u16; 4];
        let words = field_words(s, desc, owner, words, &mut converted)?;
        if s.listed {
            check_value(desc, words)?;
        }
        // A single field is left unchanged by a failed decode below; an alias's
        // fields must all decode before any of them changes.
        if of_slot.len() > 1 && !value.decodes(desc, words, desc.word_order) {
            return Err(Exception::IllegalDataValue);
        }
    }
    for s in of_slot {
        let (desc, ref mut value) = fields[usize::from(s.field)];
        let mut converted = [0u16; 4];
        let words = field_words(s, desc, owner, words, &mut converted)?;
        value
            .decode_register(desc, words, desc.word_order)
            .map_err(|_| Exception::IllegalDataValue)?;
    }
    Ok(())
}

/// The words of field `desc` for the words `words` of the slot's owner `owner`.
fn field_words<'w>(s: &Slot, desc: &RegisterDescriptor, owner: &RegisterDescriptor, words: &'w [u16], buf: &'w mut [u16; 4]) -> Result<&'w [u16], Exception> {
    if !s.converted {
        return Ok(words);
    }
    let out = buf.get_mut(..usize::from(desc.width)).ok_or(Exception::ServerDeviceFailure)?;
    alias_read(desc, owner, words, out).map_err(|_| Exception::IllegalDataValue)?;
    Ok(out)
}

/// Encodes fields into the words their registers hold on the wire; `order`
/// overrides the registers' word order.
#[cfg(feature = "alloc")]
pub fn snapshot_of(fields: &[Field<'_>], order: Option<WordOrder>) -> Result<RegisterSnapshot, EncodeError> {
    let mut snapshot = RegisterSnapshot::new();
    for &(desc, value) in fields {
        let words = encode_to_vec(value, desc, order.unwrap_or(desc.word_order))?;
        snapshot.insert_value(desc, words);
    }
    Ok(snapshot)
}

/// Decodes one field from a snapshot; `order` overrides the register's word order.
#[cfg(feature = "alloc")]
pub fn from_snapshot<T: RegisterValue>(
    snapshot: &RegisterSnapshot,
    desc: &RegisterDescriptor,
    order: Option<WordOrder>,
) -> Result<T, DecodeError> {
    snapshot.get(desc, order.unwrap_or(desc.word_order))
}
