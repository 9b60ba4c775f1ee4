//! The in-memory register store a server starts from: every value at its spec
//! default, raw words underneath, typed get/set by register name on top.

use modbus_map_core::dispatch::{alias_read, alias_write, encode_value, engineering_value, DeviceMap, Entry, Exception, SliceStore, Storage};
use modbus_map_core::RegisterDescriptor;
use std::fmt;

/// Storage words for every value of a device, indexed by the dispatch tables' slots.
#[derive(Clone)]
pub struct MemoryStore {
    map: &'static DeviceMap,
    words: Vec<u16>,
}

/// A register name the store's device does not have.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreError {
    UnknownRegister { device: &'static str, name: String },
    /// The value breaks the register's rules (type range, enumeration, min/max) or is not a number.
    Rejected { name: &'static str, exception: Exception },
    /// The slice has the wrong number of words.
    Width { name: &'static str, expected: u16, got: usize },
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::UnknownRegister { device, name } => {
                write!(f, "device `{device}` has no register `{name}`; use the qualified name (`block.register`) from the spec")
            }
            StoreError::Rejected { name, exception } => {
                write!(f, "value for `{name}` rejected ({exception}): check the spec's type, min/max and values")
            }
            StoreError::Width { name, expected, got } => {
                write!(f, "`{name}` holds {expected} words, {got} given")
            }
        }
    }
}

impl std::error::Error for StoreError {}

impl MemoryStore {
    /// A store holding the spec defaults of `map`.
    pub fn new(map: &'static DeviceMap) -> Self {
        MemoryStore { map, words: map.defaults.to_vec() }
    }

    pub fn map(&self) -> &'static DeviceMap {
        self.map
    }

    /// All storage words, indexed by slot.
    pub fn words(&self) -> &[u16] {
        &self.words
    }

    /// The entry serving a qualified register name (the first one, for names on several units).
    pub fn entry(&self, name: &str) -> Result<&'static Entry, StoreError> {
        self.map
            .entries()
            .map(|(_, e)| e)
            // A value whose words lie apart has two entries; its low word's stands for it.
            .find(|e| e.descriptor.name == name && !e.is_high_word())
            .ok_or_else(|| StoreError::UnknownRegister { device: self.map.name, name: name.to_owned() })
    }

    /// The raw words of a register; of a converting alias, the words its target stores
    /// (the one copy of the value; the alias serves them converted).
    pub fn get_words(&self, name: &str) -> Result<&[u16], StoreError> {
        Ok(self.words_of(&self.entry(name)?.stored()))
    }

    /// The whole value's words, also for an entry serving one word of a value whose words lie apart.
    fn words_of(&self, e: &Entry) -> &[u16] {
        let e = e.whole();
        &self.words[e.slot as usize..e.slot as usize + e.width() as usize]
    }

    /// Replaces the raw words of a register without checking them (device code knows best).
    /// The words of a converting alias are converted into its target's, which checks them
    /// against the target's rules as a client's write would be.
    pub fn set_words(&mut self, name: &str, words: &[u16]) -> Result<(), StoreError> {
        let e = self.entry(name)?;
        self.store(e, words)
    }

    /// `e`'s words into storage; a converting alias's converted into its target's.
    fn store(&mut self, e: &Entry, words: &[u16]) -> Result<(), StoreError> {
        let Some(target) = e.target else { return self.write_entry(e, words) };
        if words.len() != e.width() as usize {
            return Err(StoreError::Width { name: e.descriptor.name, expected: e.width(), got: words.len() });
        }
        let mut stored = vec![0u16; target.width as usize];
        alias_write(e.descriptor, target, words, &mut stored).map_err(|exception| StoreError::Rejected { name: e.descriptor.name, exception })?;
        self.write_entry(&e.stored(), &stored)
    }

    fn write_entry(&mut self, e: &Entry, words: &[u16]) -> Result<(), StoreError> {
        let e = e.whole();
        if words.len() != e.width() as usize {
            return Err(StoreError::Width { name: e.descriptor.name, expected: e.width(), got: words.len() });
        }
        self.words[e.slot as usize..e.slot as usize + words.len()].copy_from_slice(words);
        Ok(())
    }

    /// The engineering value of a numeric or bool register (`None` inside for strings and raw).
    /// A register with a scale factor register is scaled by the factor's current words.
    /// A converting alias reads its target's value converted (`None` where its type cannot hold it).
    pub fn get(&self, name: &str) -> Result<Option<f64>, StoreError> {
        let e = self.entry(name)?;
        let Some(target) = e.target else { return Ok(engineering_value(&self.scaled(e), self.words_of(e))) };
        let mut words = vec![0u16; e.width() as usize];
        Ok(alias_read(e.descriptor, target, self.words_of(&e.stored()), &mut words).ok().and_then(|()| engineering_value(e.descriptor, &words)))
    }

    /// Stores an engineering value, checked like a client's write (with the
    /// current value of its scale factor register, if it has one).
    pub fn set(&mut self, name: &str, value: f64) -> Result<(), StoreError> {
        let e = self.entry(name)?;
        let d = self.scaled(e);
        let mut words = vec![0u16; d.width as usize];
        encode_value(&d, value, &mut words).map_err(|exception| StoreError::Rejected { name: d.name, exception })?;
        self.store(e, &words)
    }

    /// `e`'s descriptor with the stored value of its scale factor register applied;
    /// as it is for registers without one (and, should the map lack the factor, the
    /// codecs then refuse the value rather than serve it unscaled).
    fn scaled(&self, e: &Entry) -> RegisterDescriptor {
        let d: RegisterDescriptor = *e.descriptor;
        let Some(address) = d.scale_factor else { return d };
        let factor = self
            .map
            .entries()
            .find(|(unit, f)| unit.unit_id == d.unit_id && f.descriptor.table == d.table && f.address() == address);
        match factor {
            Some((_, f)) => d.scaled_by(self.words_of(f)[0] as i16),
            None => d,
        }
    }
}

impl fmt::Debug for MemoryStore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MemoryStore").field("device", &self.map.name).field("words", &self.words.len()).finish()
    }
}

/// Slot-indexed words, exactly as the core's [`SliceStore`] keeps them.
impl Storage for MemoryStore {
    #[inline]
    fn read(&mut self, entry: &Entry, words: &mut [u16]) -> Result<(), Exception> {
        SliceStore { words: &mut self.words }.read(entry, words)
    }

    #[inline]
    fn write(&mut self, entry: &Entry, words: &[u16]) -> Result<(), Exception> {
        SliceStore { words: &mut self.words }.write(entry, words)
    }
}
