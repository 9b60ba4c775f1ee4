//! The slave-side dispatch core: routes one decoded Modbus request against static
//! register tables, checks it against the Modbus Application Protocol v1.1b3 and the
//! spec's rules, and encodes the response PDU into a caller-provided buffer.
//!
//! No allocation and no `std`: tables are `static` arrays sorted by address and
//! searched by bisection, scratch space lives on the stack, so the same code can run
//! on a microcontroller and behind the tokio server.
//!
//! Exception codes chosen where the protocol leaves room:
//! - a write to a `safety: true` register while safety writes are disabled gets
//!   **01 (illegal function)**: the protocol reserves 01 for "the server is in the
//!   wrong state to process a request of this type", which is exactly the case;
//! - a write with a function the register's `write_function` refuses (06 to a
//!   `multiple` register, 16 of one `single` register alone) gets **01** too: the
//!   function is not allowed there, and nothing of the request is stored;
//! - more values in one read than the device's `values_per_read` gets **02**,
//!   the same answer a gap gets, because the device would not serve that range;
//! - a PDU too short or too long for its function code gets **03**.

use crate::descriptor::{Access, DataType, RegisterDescriptor, Table, WordOrder};

/// Largest PDU the protocol allows (function code included).
pub const MAX_PDU_LEN: usize = 253;

/// A Modbus exception code the dispatch core can answer with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum Exception {
    IllegalFunction = 0x01,
    IllegalDataAddress = 0x02,
    IllegalDataValue = 0x03,
    ServerDeviceFailure = 0x04,
    /// The device is busy with something else; the client should retry later.
    ServerDeviceBusy = 0x06,
    /// Modbus TCP: no device with the requested unit id sits behind this server.
    GatewayTargetFailedToRespond = 0x0B,
}

impl Exception {
    pub const fn code(self) -> u8 {
        self as u8
    }

    pub const fn from_code(code: u8) -> Option<Exception> {
        match code {
            0x01 => Some(Exception::IllegalFunction),
            0x02 => Some(Exception::IllegalDataAddress),
            0x03 => Some(Exception::IllegalDataValue),
            0x04 => Some(Exception::ServerDeviceFailure),
            0x06 => Some(Exception::ServerDeviceBusy),
            0x0B => Some(Exception::GatewayTargetFailedToRespond),
            _ => None,
        }
    }

    pub const fn as_str(self) -> &'static str {
        match self {
            Exception::IllegalFunction => "illegal function",
            Exception::IllegalDataAddress => "illegal data address",
            Exception::IllegalDataValue => "illegal data value",
            Exception::ServerDeviceFailure => "server device failure",
            Exception::ServerDeviceBusy => "server device busy",
            Exception::GatewayTargetFailedToRespond => "gateway target failed to respond",
        }
    }
}

impl core::fmt::Display for Exception {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "exception {:02X} ({})", self.code(), self.as_str())
    }
}

/// One register (or coil) of a table: where it sits and which storage words hold its value.
/// Address, width and access are copied out of the descriptor so that a request walks
/// this compact array alone and touches a descriptor only to check a written value.
#[derive(Debug, Clone, Copy)]
pub struct Entry {
    pub address: u16,
    pub width: u16,
    /// Index of the first storage word of the underlying value. An alias shares the
    /// slot of the register it aliases, so both addresses serve one value.
    pub slot: u32,
    pub access: Access,
    pub descriptor: &'static RegisterDescriptor,
    /// A converting alias (its own type, width, scale, offset or order): the descriptor
    /// of the value its slot stores, its target's. Every read and write of the alias
    /// crosses between the two codecs through the engineering value
    /// ([`alias_read`], [`alias_write`]); `None` for every other entry.
    pub target: Option<&'static RegisterDescriptor>,
}

impl Entry {
    /// A run of [`Entry::runs`] with this length is not a run: it is the high-word
    /// entry of one register whose high word lies apart from its low word.
    pub const HIGH_WORD: u32 = u32::MAX;

    /// The entry at the register's address, its value at storage `slot`. For a value
    /// whose high word lies apart ([`RegisterDescriptor::high_word`]) that is the low
    /// word alone; [`Entry::high_word`] serves the other.
    pub const fn new(descriptor: &'static RegisterDescriptor, slot: u32) -> Entry {
        Entry { address: descriptor.address, width: descriptor.span(), slot, access: descriptor.access, descriptor, target: None }
    }

    /// The entry of the high word of a value whose high word lies apart from its low
    /// word, the value being at storage `slot` (`[low, high]`, so the high word is the
    /// slot after). A register without such a high word gets its plain entry.
    pub const fn high_word(descriptor: &'static RegisterDescriptor, slot: u32) -> Entry {
        match descriptor.high_word {
            Some(address) => Entry { address, width: 1, slot: slot + 1, access: descriptor.access, descriptor, target: None },
            None => Entry::new(descriptor, slot),
        }
    }

    /// Whether this entry serves the high word of a value whose low word is elsewhere.
    pub const fn is_high_word(&self) -> bool {
        self.address != self.descriptor.address
    }

    /// The entry of the whole value: this one, or for either word of a value whose
    /// words lie apart, one spanning both storage words at the low word's address.
    /// What reads and writes the value as a whole (a store by name, the animation) go through.
    pub const fn whole(&self) -> Entry {
        let slot = if self.is_high_word() { self.slot - 1 } else { self.slot };
        Entry { address: self.descriptor.address, width: self.descriptor.width, slot, ..*self }
    }

    /// The entry as a converting alias of `target`, whose slot it shares.
    pub const fn converting(self, target: &'static RegisterDescriptor) -> Entry {
        Entry { target: Some(target), ..self }
    }

    /// `entries` with the converting aliases `(position in entries, index in registers
    /// of the target)` marked ([`Entry::converting`]); generated tables are written
    /// `Entry::aliases(Entry::runs(..), ..)` when a table has converting aliases.
    pub const fn aliases<const N: usize>(
        mut entries: [Entry; N],
        registers: &'static [RegisterDescriptor],
        aliases: &[(u32, u32)],
    ) -> [Entry; N] {
        let mut k = 0;
        while k < aliases.len() {
            let (position, target) = aliases[k];
            entries[position as usize] = entries[position as usize].converting(&registers[target as usize]);
            k += 1;
        }
        entries
    }

    /// The entry of the value its slot stores: itself, or for a converting alias its
    /// target's codec at the shared slot (what [`Storage`] reads and writes).
    pub const fn stored(&self) -> Entry {
        match self.target {
            Some(t) => Entry { address: t.address, width: t.width, slot: self.slot, access: t.access, descriptor: t, target: None },
            None => *self,
        }
    }

    pub const fn address(&self) -> u16 {
        self.address
    }

    pub const fn width(&self) -> u16 {
        self.width
    }

    /// One past the last address, as u32 so 65535 + width cannot overflow.
    pub const fn end(&self) -> u32 {
        self.address as u32 + self.width as u32
    }

    /// A table's entries from runs `(first, len, slot)`: `len` entries for
    /// `registers[first..first + len]`, the first at storage slot `slot`, each next
    /// one right after the words of the one before. Generated tables are written
    /// this way because a repeated block's instances follow each other in
    /// `REGISTERS` and in storage, so a table of thousands of entries is a handful
    /// of runs. The runs must add up to `N` entries (checked when the table is built).
    pub const fn runs<const N: usize>(registers: &'static [RegisterDescriptor], runs: &[(u32, u32, u32)]) -> [Entry; N] {
        assert!(N > 0 && !registers.is_empty(), "a table of entries needs at least one register");
        let mut out = [Entry::new(&registers[0], 0); N];
        let (mut k, mut r) = (0, 0);
        while r < runs.len() {
            let (first, len, mut slot) = runs[r];
            if len == Entry::HIGH_WORD {
                assert!(k < N, "the runs hold more entries than the table");
                out[k] = Entry::high_word(&registers[first as usize], slot);
                k += 1;
                r += 1;
                continue;
            }
            let mut i = 0;
            while i < len {
                let d = &registers[(first + i) as usize];
                assert!(k < N, "the runs hold more entries than the table");
                out[k] = Entry::new(d, slot);
                slot += d.width as u32;
                k += 1;
                i += 1;
            }
            r += 1;
        }
        assert!(k == N, "the runs hold fewer entries than the table");
        out
    }
}

/// `N` storage words, zero but for the runs `(slot, words)` (generated `DEFAULTS`:
/// most registers start at 0, so only the others are written out).
pub const fn words<const N: usize>(runs: &[(u32, &[u16])]) -> [u16; N] {
    let mut out = [0u16; N];
    let mut r = 0;
    while r < runs.len() {
        let (slot, words) = runs[r];
        let mut i = 0;
        while i < words.len() {
            out[slot as usize + i] = words[i];
            i += 1;
        }
        r += 1;
    }
    out
}

/// An address range `[start, end)` of a table where unmapped addresses read as 0
/// (a block with `allow_gaps: true`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GapRange {
    pub start: u16,
    pub end: u32,
}

/// One of the four tables of one unit.
#[derive(Debug, Clone, Copy)]
pub struct TableMap {
    /// Sorted by address (ties keep spec order).
    pub entries: &'static [Entry],
    /// Unmapped addresses anywhere in the table read as 0 (device-level `allow_gaps`).
    pub allow_gaps: bool,
    /// Ranges where unmapped addresses read as 0 (block-level `allow_gaps`), sorted.
    pub gap_ranges: &'static [GapRange],
    /// Optional direct index: `index[a - index_base]` is the position of the first entry
    /// whose address is not below `a`, for every `a` from the first entry's address to
    /// the end of the last one. Turns the lookup into one load instead of a bisection;
    /// empty (bisection) for tables spread too wide to index cheaply.
    pub index_base: u16,
    pub index: &'static [u16],
}

impl TableMap {
    pub const EMPTY: TableMap = TableMap { entries: &[], allow_gaps: false, gap_ranges: &[], index_base: 0, index: &[] };

    /// Index of the first entry whose address is not below `address`.
    #[inline]
    fn lower_bound(&self, address: u16) -> usize {
        if !self.index.is_empty() {
            return match (address as usize).checked_sub(self.index_base as usize) {
                None => 0,
                Some(offset) => self.index.get(offset).map_or(self.entries.len(), |&i| i as usize),
            };
        }
        self.entries.partition_point(|e| e.address() < address)
    }

    #[inline]
    fn gap_allowed(&self, start: u16, end: u32) -> bool {
        self.allow_gaps || self.gap_ranges.iter().any(|g| g.start <= start && end <= g.end)
    }

    /// The entry starting at `address`, if any.
    pub fn entry_at(&self, address: u16) -> Option<&'static Entry> {
        let i = self.lower_bound(address);
        self.entries.get(i).filter(|e| e.address() == address)
    }

    /// Entries that intersect `[start, start + quantity)`, for logging.
    pub fn entries_in(&self, start: u16, quantity: u16) -> &'static [Entry] {
        let end = start as u32 + quantity as u32;
        let mut first = self.lower_bound(start);
        if first > 0 && self.entries[first - 1].end() > start as u32 {
            first -= 1;
        }
        let last = self.entries.partition_point(|e| (e.address() as u32) < end);
        &self.entries[first..last.max(first)]
    }
}

/// Everything one unit id serves.
#[derive(Debug, Clone, Copy)]
pub struct UnitMap {
    pub unit_id: u8,
    pub coils: TableMap,
    pub discrete_inputs: TableMap,
    pub input_registers: TableMap,
    pub holding_registers: TableMap,
    /// Most values one read may return; 0 means no limit (EMS-ESP serves one entity per read).
    pub values_per_read: u16,
}

impl UnitMap {
    pub const fn table(&self, table: Table) -> &TableMap {
        match table {
            Table::Coil => &self.coils,
            Table::Discrete => &self.discrete_inputs,
            Table::Input => &self.input_registers,
            Table::Holding => &self.holding_registers,
        }
    }
}

/// A whole device: its units (sorted by unit id) and the size of its value storage.
#[derive(Debug, Clone, Copy)]
pub struct DeviceMap {
    pub name: &'static str,
    /// The unit id a Modbus TCP request with unit 0 or 0xFF is served by.
    pub default_unit: u8,
    pub units: &'static [UnitMap],
    /// Initial storage words (spec defaults, start values where the spec has none); its
    /// length is the number of slots. They are also the idle values `self_clearing`
    /// registers return to after a write.
    pub defaults: &'static [u16],
    /// The coil that switches the word order the device serves 32/64-bit values in
    /// (spec `word_order_coil`): set (1) means high word first, clear (0) low word first.
    /// Values are stored in their spec word order; while the coil disagrees with a
    /// register's spec order, reads and writes of it go word-reversed.
    pub word_order_coil: Option<&'static Entry>,
}

impl DeviceMap {
    #[inline]
    pub fn unit(&self, unit_id: u8) -> Option<&UnitMap> {
        self.units
            .binary_search_by_key(&unit_id, |u| u.unit_id)
            .ok()
            .map(|i| &self.units[i])
    }

    /// Every entry of every unit and table, for initialisation and inspection.
    pub fn entries(&self) -> impl Iterator<Item = (&UnitMap, &'static Entry)> + '_ {
        self.units.iter().flat_map(|u| {
            Table::ALL.into_iter().flat_map(move |t| u.table(t).entries.iter().map(move |e| (u, e)))
        })
    }
}

/// Where the values live. Reads and writes always cover one whole value
/// (`entry.descriptor.width` words; bit tables hold one word, 0 or 1, per bit).
/// Device code implements this to compute or forward values; [`SliceStore`] and the
/// facade's in-memory store keep plain words.
pub trait Storage {
    /// Fills `words` (exactly `entry.width()` long) with the current value.
    fn read(&mut self, entry: &Entry, words: &mut [u16]) -> Result<(), Exception>;
    /// Stores a value that the dispatch core already checked. A `self_clearing` register
    /// gets two writes per request: the command, then its idle value.
    fn write(&mut self, entry: &Entry, words: &[u16]) -> Result<(), Exception>;
}

impl<S: Storage + ?Sized> Storage for &mut S {
    fn read(&mut self, entry: &Entry, words: &mut [u16]) -> Result<(), Exception> {
        (**self).read(entry, words)
    }
    fn write(&mut self, entry: &Entry, words: &[u16]) -> Result<(), Exception> {
        (**self).write(entry, words)
    }
}

/// Storage in a caller-owned word slice indexed by slot (a `static mut` array on a
/// microcontroller, a `Vec` behind a mutex in the facade).
#[derive(Debug)]
pub struct SliceStore<'a> {
    pub words: &'a mut [u16],
}

impl Storage for SliceStore<'_> {
    #[inline(always)]
    fn read(&mut self, entry: &Entry, words: &mut [u16]) -> Result<(), Exception> {
        let start = entry.slot as usize;
        let src = self.words.get(start..start + words.len()).ok_or(Exception::ServerDeviceFailure)?;
        copy_words(words, src);
        Ok(())
    }
    fn write(&mut self, entry: &Entry, words: &[u16]) -> Result<(), Exception> {
        let start = entry.slot as usize;
        let dst = self.words.get_mut(start..start + words.len()).ok_or(Exception::ServerDeviceFailure)?;
        copy_words(dst, words);
        Ok(())
    }
}

/// Copies `src` into `dst` (the same length). Values are mostly one to four words:
/// those lengths get fixed-size moves, because LLVM turns an element loop of unknown
/// length into a call to `memcpy`, which costs more than the copy itself.
#[inline(always)]
fn copy_words(dst: &mut [u16], src: &[u16]) {
    match (dst, src) {
        ([d], [s]) => *d = *s,
        ([d0, d1], [s0, s1]) => (*d0, *d1) = (*s0, *s1),
        ([d0, d1, d2], [s0, s1, s2]) => (*d0, *d1, *d2) = (*s0, *s1, *s2),
        ([d0, d1, d2, d3], [s0, s1, s2, s3]) => (*d0, *d1, *d2, *d3) = (*s0, *s1, *s2, *s3),
        (dst, src) => dst.iter_mut().zip(src).for_each(|(d, s)| *d = *s),
    }
}

/// What the transport should do with a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reply {
    /// Send the first `len` bytes of the output buffer (a normal response PDU).
    Response { len: usize },
    /// Send the exception PDU (`[function | 0x80, code]`, already in the output buffer, length 2).
    Exception { function: u8, exception: Exception },
    /// No unit with this id: no answer on RTU, exception 0x0B on TCP (see [`Reply::for_tcp`]).
    UnknownUnit,
    /// A broadcast (unit 0 on a serial line, [`Framing::Rtu`]): executed, never answered.
    Broadcast,
    /// Not executed and not answered: the server plays a device that stays silent
    /// (a quirk profile of the simulator); the dispatch core never answers this.
    Silent,
}

/// Which line a request came over; it decides what unit id 0 means.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Framing {
    /// Modbus TCP has no broadcast: unit 0 (and 0xFF, "the server itself") is served by
    /// the device's default unit and answered like any other request.
    Tcp,
    /// On a serial line unit 0 is a broadcast: every device executes it, none answers.
    Rtu,
}

impl Reply {
    /// Length of the PDU to send over Modbus TCP, writing the 0x0B exception for an unknown unit.
    pub fn for_tcp(self, request: &[u8], out: &mut [u8]) -> Option<usize> {
        match self {
            Reply::Response { len } => Some(len),
            Reply::Exception { .. } => Some(2),
            Reply::UnknownUnit => {
                out[0] = request.first().copied().unwrap_or(0) | 0x80;
                out[1] = Exception::GatewayTargetFailedToRespond.code();
                Some(2)
            }
            Reply::Broadcast | Reply::Silent => None,
        }
    }

    /// Length of the PDU to send over Modbus RTU (nothing for unknown units and broadcasts).
    pub fn for_rtu(self) -> Option<usize> {
        match self {
            Reply::Response { len } => Some(len),
            Reply::Exception { .. } => Some(2),
            Reply::UnknownUnit | Reply::Broadcast | Reply::Silent => None,
        }
    }
}

/// Declares [`FunctionCode`] from one list: adding a line here makes every exhaustive
/// `match` on it (request parsing, encoding, the dispatch core, the server's log and
/// RTU framing, the tokio-modbus service) fail to compile until it handles the new code.
macro_rules! function_codes {
    ($($(#[$doc:meta])* $name:ident = $code:literal, $text:literal;)*) => {
        /// The Modbus function codes this crate serves.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub enum FunctionCode {
            $($(#[$doc])* $name = $code,)*
        }

        impl FunctionCode {
            /// Every function code, in code order.
            pub const ALL: &'static [FunctionCode] = &[$(FunctionCode::$name),*];

            /// The code a request byte names, `None` for a function this crate does not serve
            /// (answered with exception 01).
            pub const fn from_code(code: u8) -> Option<FunctionCode> {
                match code {
                    $($code => Some(FunctionCode::$name),)*
                    _ => None,
                }
            }

            /// How the request log names it (`read holding registers`).
            pub const fn as_str(self) -> &'static str {
                match self {
                    $(FunctionCode::$name => $text,)*
                }
            }
        }
    };
}

function_codes! {
    ReadCoils = 0x01, "read coils";
    ReadDiscreteInputs = 0x02, "read discrete inputs";
    ReadHoldingRegisters = 0x03, "read holding registers";
    ReadInputRegisters = 0x04, "read input registers";
    WriteSingleCoil = 0x05, "write single coil";
    WriteSingleRegister = 0x06, "write single register";
    WriteMultipleCoils = 0x0F, "write multiple coils";
    WriteMultipleRegisters = 0x10, "write multiple registers";
    ReadWriteMultipleRegisters = 0x17, "read/write multiple registers";
}

impl FunctionCode {
    pub const fn code(self) -> u8 {
        self as u8
    }

    /// Whether the function writes one item (05, 06) or several (15, 16, 23); `None`
    /// for reads. Devices that accept only one kind exist (quirk profiles, write function).
    pub const fn write_kind(self) -> Option<WriteKind> {
        match self {
            FunctionCode::ReadCoils
            | FunctionCode::ReadDiscreteInputs
            | FunctionCode::ReadHoldingRegisters
            | FunctionCode::ReadInputRegisters => None,
            FunctionCode::WriteSingleCoil | FunctionCode::WriteSingleRegister => Some(WriteKind::Single),
            FunctionCode::WriteMultipleCoils | FunctionCode::WriteMultipleRegisters | FunctionCode::ReadWriteMultipleRegisters => {
                Some(WriteKind::Multiple)
            }
        }
    }

    /// Length of the RTU request frame (address through CRC) that starts with `frame`
    /// (address byte first), once enough of it is there to tell; `None` until then.
    pub fn rtu_request_len(self, frame: &[u8]) -> Option<usize> {
        match self {
            FunctionCode::ReadCoils
            | FunctionCode::ReadDiscreteInputs
            | FunctionCode::ReadHoldingRegisters
            | FunctionCode::ReadInputRegisters
            | FunctionCode::WriteSingleCoil
            | FunctionCode::WriteSingleRegister => Some(8),
            // address, function, start, quantity, byte count, data, CRC
            FunctionCode::WriteMultipleCoils | FunctionCode::WriteMultipleRegisters => frame.get(6).map(|&n| 9 + n as usize),
            FunctionCode::ReadWriteMultipleRegisters => frame.get(10).map(|&n| 13 + n as usize),
        }
    }
}

/// The two kinds of write function.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum WriteKind {
    /// 05 write single coil, 06 write single register.
    Single,
    /// 15 write multiple coils, 16 write multiple registers, 23 read/write multiple registers.
    Multiple,
}

/// What a write request writes: with which kind of function, from where, how many items.
#[derive(Debug, Clone, Copy)]
struct WriteSpan {
    kind: WriteKind,
    address: u16,
    quantity: u16,
}

/// A decoded request PDU, borrowing its payload from the request bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Request<'a> {
    ReadCoils { address: u16, quantity: u16 },
    ReadDiscreteInputs { address: u16, quantity: u16 },
    ReadHoldingRegisters { address: u16, quantity: u16 },
    ReadInputRegisters { address: u16, quantity: u16 },
    /// `value` as sent: 0xFF00 (on), 0x0000 (off), anything else is illegal.
    WriteSingleCoil { address: u16, value: u16 },
    WriteSingleRegister { address: u16, value: u16 },
    /// `bits` packed LSB first, exactly `quantity.div_ceil(8)` bytes.
    WriteMultipleCoils { address: u16, quantity: u16, bits: &'a [u8] },
    /// `words` big-endian, exactly `2 * quantity` bytes.
    WriteMultipleRegisters { address: u16, quantity: u16, words: &'a [u8] },
    ReadWriteMultipleRegisters { read_address: u16, read_quantity: u16, write_address: u16, write_quantity: u16, words: &'a [u8] },
}

impl Request<'_> {
    pub const fn function(&self) -> FunctionCode {
        match self {
            Request::ReadCoils { .. } => FunctionCode::ReadCoils,
            Request::ReadDiscreteInputs { .. } => FunctionCode::ReadDiscreteInputs,
            Request::ReadHoldingRegisters { .. } => FunctionCode::ReadHoldingRegisters,
            Request::ReadInputRegisters { .. } => FunctionCode::ReadInputRegisters,
            Request::WriteSingleCoil { .. } => FunctionCode::WriteSingleCoil,
            Request::WriteSingleRegister { .. } => FunctionCode::WriteSingleRegister,
            Request::WriteMultipleCoils { .. } => FunctionCode::WriteMultipleCoils,
            Request::WriteMultipleRegisters { .. } => FunctionCode::WriteMultipleRegisters,
            Request::ReadWriteMultipleRegisters { .. } => FunctionCode::ReadWriteMultipleRegisters,
        }
    }

    /// The table the request targets.
    pub const fn table(&self) -> Table {
        match self {
            Request::ReadCoils { .. } | Request::WriteSingleCoil { .. } | Request::WriteMultipleCoils { .. } => Table::Coil,
            Request::ReadDiscreteInputs { .. } => Table::Discrete,
            Request::ReadInputRegisters { .. } => Table::Input,
            Request::ReadHoldingRegisters { .. }
            | Request::WriteSingleRegister { .. }
            | Request::WriteMultipleRegisters { .. }
            | Request::ReadWriteMultipleRegisters { .. } => Table::Holding,
        }
    }

    /// Decodes a request PDU (function code first). Malformed PDUs of a supported
    /// function get exception 03, unsupported functions 01 (the protocol's order of checks).
    #[inline]
    pub fn parse(pdu: &[u8]) -> Result<Request<'_>, Exception> {
        let (&code, body) = pdu.split_first().ok_or(Exception::IllegalDataValue)?;
        let function = FunctionCode::from_code(code).ok_or(Exception::IllegalFunction)?;
        // No frame can carry more; a byte count of 255 would otherwise pass below
        // (found by the `dispatch` fuzz target: FC23 with 255 data bytes, 265 in all).
        if pdu.len() > MAX_PDU_LEN {
            return Err(Exception::IllegalDataValue);
        }
        let word = |i: usize| -> Result<u16, Exception> {
            match body.get(i..i + 2) {
                Some(b) => Ok(u16::from_be_bytes([b[0], b[1]])),
                None => Err(Exception::IllegalDataValue),
            }
        };
        let pair = || -> Result<(u16, u16), Exception> {
            if body.len() == 4 {
                Ok((word(0)?, word(2)?))
            } else {
                Err(Exception::IllegalDataValue)
            }
        };
        // The payload after a byte count at `at`, which must count exactly the rest.
        let counted = |at: usize| -> Result<&[u8], Exception> {
            let count = *body.get(at).ok_or(Exception::IllegalDataValue)? as usize;
            let data = &body[(at + 1).min(body.len())..];
            if data.len() == count {
                Ok(data)
            } else {
                Err(Exception::IllegalDataValue)
            }
        };
        Ok(match function {
            FunctionCode::ReadCoils => pair().map(|(address, quantity)| Request::ReadCoils { address, quantity })?,
            FunctionCode::ReadDiscreteInputs => pair().map(|(address, quantity)| Request::ReadDiscreteInputs { address, quantity })?,
            FunctionCode::ReadHoldingRegisters => pair().map(|(address, quantity)| Request::ReadHoldingRegisters { address, quantity })?,
            FunctionCode::ReadInputRegisters => pair().map(|(address, quantity)| Request::ReadInputRegisters { address, quantity })?,
            FunctionCode::WriteSingleCoil => pair().map(|(address, value)| Request::WriteSingleCoil { address, value })?,
            FunctionCode::WriteSingleRegister => pair().map(|(address, value)| Request::WriteSingleRegister { address, value })?,
            FunctionCode::WriteMultipleCoils => {
                let (address, quantity) = (word(0)?, word(2)?);
                Request::WriteMultipleCoils { address, quantity, bits: counted(4)? }
            }
            FunctionCode::WriteMultipleRegisters => {
                let (address, quantity) = (word(0)?, word(2)?);
                Request::WriteMultipleRegisters { address, quantity, words: counted(4)? }
            }
            FunctionCode::ReadWriteMultipleRegisters => {
                let (read_address, read_quantity) = (word(0)?, word(2)?);
                let (write_address, write_quantity) = (word(4)?, word(6)?);
                Request::ReadWriteMultipleRegisters { read_address, read_quantity, write_address, write_quantity, words: counted(8)? }
            }
        })
    }

    /// Encodes the request as a PDU into `out` (function code first), returning its
    /// length; `None` when it does not fit in `out` or a payload is longer than a byte count.
    /// [`Request::parse`] of the result gives the request back.
    pub fn encode(&self, out: &mut [u8]) -> Option<usize> {
        let mut len = 0;
        let mut put = |bytes: &[u8]| -> Option<()> {
            out.get_mut(len..len + bytes.len())?.copy_from_slice(bytes);
            len += bytes.len();
            Some(())
        };
        put(&[self.function().code()])?;
        let count = |data: &[u8]| u8::try_from(data.len()).ok();
        match *self {
            Request::ReadCoils { address, quantity }
            | Request::ReadDiscreteInputs { address, quantity }
            | Request::ReadHoldingRegisters { address, quantity }
            | Request::ReadInputRegisters { address, quantity }
            | Request::WriteSingleCoil { address, value: quantity }
            | Request::WriteSingleRegister { address, value: quantity } => {
                put(&address.to_be_bytes())?;
                put(&quantity.to_be_bytes())?;
            }
            Request::WriteMultipleCoils { address, quantity, bits: data } | Request::WriteMultipleRegisters { address, quantity, words: data } => {
                put(&address.to_be_bytes())?;
                put(&quantity.to_be_bytes())?;
                put(&[count(data)?])?;
                put(data)?;
            }
            Request::ReadWriteMultipleRegisters { read_address, read_quantity, write_address, write_quantity, words } => {
                for w in [read_address, read_quantity, write_address, write_quantity] {
                    put(&w.to_be_bytes())?;
                }
                put(&[count(words)?])?;
                put(words)?;
            }
        }
        Some(len)
    }
}

/// The dispatch core for one device map.
#[derive(Debug, Clone, Copy)]
pub struct Dispatcher<'m> {
    pub map: &'m DeviceMap,
    /// Whether writes to `safety: true` registers are accepted.
    pub safety_writes: bool,
}

/// Scratch space for the words of one request, on the stack.
const SCRATCH: usize = 125;

impl<'m> Dispatcher<'m> {
    pub const fn new(map: &'m DeviceMap) -> Self {
        Dispatcher { map, safety_writes: false }
    }

    /// Handles one Modbus TCP request PDU for `unit_id` and writes the response PDU into
    /// `out` (at least [`MAX_PDU_LEN`] bytes). Never panics, whatever the bytes.
    pub fn handle<S: Storage + ?Sized>(&self, store: &mut S, unit_id: u8, pdu: &[u8], out: &mut [u8]) -> Reply {
        self.handle_on(Framing::Tcp, store, unit_id, pdu, out)
    }

    /// [`Dispatcher::handle`] for a request that came over `framing` (unit 0 is a broadcast on RTU).
    pub fn handle_on<S: Storage + ?Sized>(&self, framing: Framing, store: &mut S, unit_id: u8, pdu: &[u8], out: &mut [u8]) -> Reply {
        let function = pdu.first().copied().unwrap_or(0);
        let request = match Request::parse(pdu) {
            Ok(r) => r,
            Err(e) => return exception_reply(out, function, e),
        };
        self.handle_request(framing, store, unit_id, &request, out)
    }

    /// Like [`Dispatcher::handle_on`], for an already decoded request.
    pub fn handle_request<S: Storage + ?Sized>(
        &self,
        framing: Framing,
        store: &mut S,
        unit_id: u8,
        request: &Request<'_>,
        out: &mut [u8],
    ) -> Reply {
        let function = request.function().code();
        if out.len() < MAX_PDU_LEN {
            // A caller bug, not a client's: answer without touching anything.
            return exception_reply(out, function, Exception::ServerDeviceFailure);
        }
        let unmapped = |id: u8| unit_id == id && self.map.unit(id).is_none();
        let broadcast = framing == Framing::Rtu && unmapped(0);
        // 0 and 0xFF ("the server itself") on Modbus TCP: the default unit, answered.
        let itself = framing == Framing::Tcp && (unmapped(0) || unmapped(0xFF));
        let unit = if broadcast || itself { self.map.unit(self.map.default_unit) } else { self.map.unit(unit_id) };
        let Some(unit) = unit else { return Reply::UnknownUnit };
        let reply = match self.execute(unit, store, request, out) {
            Ok(len) => Reply::Response { len },
            Err(e) => exception_reply(out, function, e),
        };
        if broadcast {
            Reply::Broadcast
        } else {
            reply
        }
    }

    /// The word order the device serves multi-word values in right now, when a
    /// word-order coil decides it (`None`: every register in its spec order).
    #[inline]
    fn served_word_order<S: Storage + ?Sized>(&self, store: &mut S) -> Option<WordOrder> {
        let coil = self.map.word_order_coil?;
        let mut bit = [0u16; 1];
        store.read(coil, &mut bit).ok()?;
        Some(if bit[0] != 0 { WordOrder::HighFirst } else { WordOrder::LowFirst })
    }

    fn execute<S: Storage + ?Sized>(&self, unit: &UnitMap, store: &mut S, request: &Request<'_>, out: &mut [u8]) -> Result<usize, Exception> {
        out[0] = request.function().code();
        let order = match request.table() {
            Table::Holding | Table::Input => self.served_word_order(store),
            Table::Coil | Table::Discrete => None,
        };
        match *request {
            Request::ReadCoils { address, quantity } | Request::ReadDiscreteInputs { address, quantity } => {
                check_quantity(quantity, 2000)?;
                let table = unit.table(request.table());
                let bytes = quantity.div_ceil(8) as usize;
                out[1] = bytes as u8;
                out[2..2 + bytes].fill(0);
                read_range(unit, table, store, address, quantity, |i, word| {
                    if word != 0 {
                        out[2 + i / 8] |= 1 << (i % 8);
                    }
                })?;
                Ok(2 + bytes)
            }
            Request::ReadHoldingRegisters { address, quantity } | Request::ReadInputRegisters { address, quantity } => {
                check_quantity(quantity, 125)?;
                let table = unit.table(request.table());
                read_registers(unit, table, store, address, quantity, order, out)
            }
            Request::WriteSingleCoil { address, value } => {
                let bit = match value {
                    0xFF00 => 1,
                    0x0000 => 0,
                    _ => return Err(Exception::IllegalDataValue),
                };
                self.write_range(&unit.coils, store, WriteSpan { kind: WriteKind::Single, address, quantity: 1 }, None, |_| bit)?;
                out[1..5].copy_from_slice(&[(address >> 8) as u8, address as u8, (value >> 8) as u8, value as u8]);
                Ok(5)
            }
            Request::WriteSingleRegister { address, value } => {
                self.write_range(&unit.holding_registers, store, WriteSpan { kind: WriteKind::Single, address, quantity: 1 }, order, |_| value)?;
                out[1..5].copy_from_slice(&[(address >> 8) as u8, address as u8, (value >> 8) as u8, value as u8]);
                Ok(5)
            }
            Request::WriteMultipleCoils { address, quantity, bits } => {
                check_quantity(quantity, 0x07B0)?;
                if bits.len() != quantity.div_ceil(8) as usize {
                    return Err(Exception::IllegalDataValue);
                }
                self.write_range(&unit.coils, store, WriteSpan { kind: WriteKind::Multiple, address, quantity }, None, |i| ((bits[i / 8] >> (i % 8)) & 1) as u16)?;
                out[1..5].copy_from_slice(&[(address >> 8) as u8, address as u8, (quantity >> 8) as u8, quantity as u8]);
                Ok(5)
            }
            Request::WriteMultipleRegisters { address, quantity, words } => {
                check_quantity(quantity, 0x007B)?;
                if words.len() != 2 * quantity as usize {
                    return Err(Exception::IllegalDataValue);
                }
                self.write_range(&unit.holding_registers, store, WriteSpan { kind: WriteKind::Multiple, address, quantity }, order, |i| be_word(words, i))?;
                out[1..5].copy_from_slice(&[(address >> 8) as u8, address as u8, (quantity >> 8) as u8, quantity as u8]);
                Ok(5)
            }
            Request::ReadWriteMultipleRegisters { read_address, read_quantity, write_address, write_quantity, words } => {
                check_quantity(read_quantity, 0x007D)?;
                check_quantity(write_quantity, 0x0079)?;
                if words.len() != 2 * write_quantity as usize {
                    return Err(Exception::IllegalDataValue);
                }
                let table = &unit.holding_registers;
                // Check the read before writing so that a failing read leaves the store untouched.
                check_read(unit, table, read_address, read_quantity)?;
                self.write_range(table, store, WriteSpan { kind: WriteKind::Multiple, address: write_address, quantity: write_quantity }, order, |i| be_word(words, i))?;
                read_registers(unit, table, store, read_address, read_quantity, order, out)
            }
        }
    }

    /// Validates every value the write touches, then applies them all (all or nothing).
    fn write_range<S: Storage + ?Sized>(
        &self,
        table: &TableMap,
        store: &mut S,
        WriteSpan { kind, address, quantity }: WriteSpan,
        order: Option<WordOrder>,
        item: impl Fn(usize) -> u16,
    ) -> Result<(), Exception> {
        let end = address as u32 + quantity as u32;
        let mut scratch = [0u16; SCRATCH];
        // `Walk::new` refuses a range past 65535 before anything is touched.
        let start = Walk::new(table, address, end)?;
        // Pass 1 checks everything, pass 2 stores.
        for apply in [false, true] {
            let mut walk = start.clone();
            while let Some(step) = walk.next()? {
                let Step::Value(entry, offset) = step else { continue };
                let width = entry.width() as usize;
                let words = scratch.get_mut(..width).ok_or(Exception::ServerDeviceFailure)?;
                for (k, w) in words.iter_mut().enumerate() {
                    *w = item(offset + k);
                }
                // Back to the spec word order the store and the value checks work in.
                reorder(entry, order, words);
                if apply {
                    let stored = entry.stored();
                    match entry.target {
                        None => store.write(entry, words)?,
                        Some(target) => {
                            let mut converted = [0u16; SMALL];
                            let converted = converted.get_mut(..target.width as usize).ok_or(Exception::ServerDeviceFailure)?;
                            alias_write(entry.descriptor, target, words, converted)?;
                            store.write(&stored, converted)?;
                        }
                    }
                    if entry.descriptor.self_clearing {
                        self.clear(store, &stored)?;
                    }
                } else if let Some(target) = entry.target {
                    // The alias's own rules, then the target's: a value the target cannot hold stores nothing of the request.
                    self.check_write(entry.descriptor, kind, quantity, words)?;
                    let mut converted = [0u16; SMALL];
                    alias_write(entry.descriptor, target, words, converted.get_mut(..target.width as usize).ok_or(Exception::ServerDeviceFailure)?)?;
                } else if let Some(factor) = entry.descriptor.scale_factor {
                    // `min`/`max` are engineering values: scaled by the factor the device holds now.
                    let mut sf = [0u16];
                    store.read(table.entry_at(factor).ok_or(Exception::ServerDeviceFailure)?, &mut sf)?;
                    self.check_write(&entry.descriptor.scaled_by(sf[0] as i16), kind, quantity, words)?;
                } else {
                    self.check_write(entry.descriptor, kind, quantity, words)?;
                }
            }
        }
        Ok(())
    }

    /// A self-clearing command after its write: the store has seen the command (device
    /// code executes it there), and what stays is the idle value the map starts from.
    fn clear<S: Storage + ?Sized>(&self, store: &mut S, entry: &Entry) -> Result<(), Exception> {
        let slot = entry.slot as usize;
        let idle = self.map.defaults.get(slot..slot + entry.width() as usize).ok_or(Exception::ServerDeviceFailure)?;
        store.write(entry, idle)
    }

    /// `quantity` is what the request writes (this value and others).
    fn check_write(&self, d: &RegisterDescriptor, kind: WriteKind, quantity: u16, words: &[u16]) -> Result<(), Exception> {
        if !d.writable() {
            return Err(Exception::IllegalDataAddress);
        }
        if d.safety && !self.safety_writes {
            return Err(Exception::IllegalFunction);
        }
        if !d.write_function.accepts(kind, quantity, words.len() as u16) {
            return Err(Exception::IllegalFunction);
        }
        check_value(d, words)
    }
}

/// Writes the exception PDU for `function` into `out` (at least 2 bytes) and returns its reply.
#[inline]
pub fn exception_reply(out: &mut [u8], function: u8, e: Exception) -> Reply {
    if out.len() >= 2 {
        out[0] = function | 0x80;
        out[1] = e.code();
    }
    Reply::Exception { function, exception: e }
}

#[inline]
fn check_quantity(quantity: u16, max: u16) -> Result<(), Exception> {
    if (1..=max).contains(&quantity) {
        Ok(())
    } else {
        Err(Exception::IllegalDataValue)
    }
}

fn be_word(bytes: &[u8], i: usize) -> u16 {
    u16::from_be_bytes([bytes[2 * i], bytes[2 * i + 1]])
}

/// One piece of a request range.
enum Step {
    /// A whole value, at this item offset from the request start.
    Value(&'static Entry, usize),
    /// Unmapped items that read as 0 (and whose writes are dropped): offset, count.
    Gap(usize, usize),
}

/// Walks `[start, end)` of a table value by value, enforcing the address rules.
#[derive(Clone)]
struct Walk<'t> {
    table: &'t TableMap,
    start: u32,
    end: u32,
    cursor: u32,
    next: usize,
}

impl<'t> Walk<'t> {
    #[inline]
    fn new(table: &'t TableMap, start: u16, end: u32) -> Result<Self, Exception> {
        if end > 0x1_0000 {
            return Err(Exception::IllegalDataAddress);
        }
        let next = table.lower_bound(start);
        // The request must not start inside a multi-item value.
        let starts_here = table.entries.get(next).is_some_and(|e| e.address == start);
        if next > 0 && table.entries[next - 1].end() > start as u32 && !starts_here {
            return Err(Exception::IllegalDataAddress);
        }
        Ok(Walk { table, start: start as u32, end, cursor: start as u32, next })
    }

    #[inline]
    fn next(&mut self) -> Result<Option<Step>, Exception> {
        if self.cursor >= self.end {
            return Ok(None);
        }
        let entries = self.table.entries;
        let offset = (self.cursor - self.start) as usize;
        match entries.get(self.next) {
            Some(e) if e.address() as u32 == self.cursor => {
                if e.end() > self.end {
                    return Err(Exception::IllegalDataAddress);
                }
                self.cursor = e.end();
                // Explicitly overlapping registers are served by the first one at each address.
                while entries.get(self.next).is_some_and(|n| (n.address() as u32) < self.cursor) {
                    self.next += 1;
                }
                Ok(Some(Step::Value(e, offset)))
            }
            other => {
                let gap_end = other.map_or(self.end, |e| (e.address() as u32).min(self.end));
                if !self.table.gap_allowed(self.cursor as u16, gap_end) {
                    return Err(Exception::IllegalDataAddress);
                }
                let count = (gap_end - self.cursor) as usize;
                self.cursor = gap_end;
                Ok(Some(Step::Gap(offset, count)))
            }
        }
    }
}

/// Checks a read without touching the store (address rules, access, values_per_read).
fn check_read(unit: &UnitMap, table: &TableMap, address: u16, quantity: u16) -> Result<(), Exception> {
    check_walk(unit, Walk::new(table, address, address as u32 + quantity as u32)?).map(|_| ())
}

/// Checks a walk (address rules, access, values_per_read) without touching the store.
/// Returns one past the last entry walked and whether the range is covered by
/// consecutive entries alone (no gap, no overlapping entry skipped): then the entries
/// from the walk's start to that index are exactly the values of the request, in order.
#[inline]
fn check_walk(unit: &UnitMap, mut walk: Walk<'_>) -> Result<(usize, bool), Exception> {
    let first = walk.next;
    let mut values = 0u16;
    let mut gaps = false;
    while let Some(step) = walk.next()? {
        match step {
            Step::Value(entry, _) => {
                if !entry.access.readable() {
                    return Err(Exception::IllegalDataAddress);
                }
                values += 1;
                if unit.values_per_read != 0 && values > unit.values_per_read {
                    return Err(Exception::IllegalDataAddress);
                }
            }
            Step::Gap(..) => gaps = true,
        }
    }
    // Every value step consumes its entry and any overlapping ones it skips.
    Ok((walk.next, !gaps && walk.next - first == values as usize))
}

/// Values up to this many words are read through a scratch on the stack this small
/// (every numeric type); longer ones (strings, raw blocks) take [`read_wide`].
const SMALL: usize = 4;

/// Reads one whole value into `emit(k, word)`, `k` counting from its first word.
#[inline(always)]
fn read_value<S: Storage + ?Sized>(
    store: &mut S,
    entry: &Entry,
    order: Option<WordOrder>,
    mut emit: impl FnMut(usize, u16),
) -> Result<(), Exception> {
    let width = entry.width() as usize;
    if width > SMALL {
        return read_wide(store, entry, &mut emit);
    }
    let mut scratch = [0u16; SMALL];
    let words = &mut scratch[..width];
    read_entry(store, entry, words)?;
    reorder(entry, order, words);
    for (k, &w) in words.iter().enumerate() {
        emit(k, w);
    }
    Ok(())
}

/// The words `entry` serves, in its spec word order: its slot's, or for a converting
/// alias its target's converted.
#[inline(always)]
fn read_entry<S: Storage + ?Sized>(store: &mut S, entry: &Entry, words: &mut [u16]) -> Result<(), Exception> {
    match entry.target {
        None => store.read(entry, words),
        Some(target) => read_converted(store, entry, target, words),
    }
}

#[cold]
#[inline(never)]
fn read_converted<S: Storage + ?Sized>(store: &mut S, entry: &Entry, target: &RegisterDescriptor, words: &mut [u16]) -> Result<(), Exception> {
    let mut stored = [0u16; SMALL];
    let stored = stored.get_mut(..target.width as usize).ok_or(Exception::ServerDeviceFailure)?;
    store.read(&entry.stored(), stored)?;
    alias_read(entry.descriptor, target, stored, words)
}

/// Reverses the words of a 32/64-bit number between its spec word order and the order
/// the device serves (`order`, from the word-order coil), where the two differ.
#[inline(always)]
fn reorder(entry: &Entry, order: Option<WordOrder>, words: &mut [u16]) {
    if let Some(order) = order {
        let d = entry.descriptor;
        let number = matches!(d.data_type, DataType::U32 | DataType::I32 | DataType::F32 | DataType::U64 | DataType::I64 | DataType::F64);
        if number && d.word_order != order {
            words.reverse();
        }
    }
}

#[cold]
#[inline(never)]
fn read_wide<S: Storage + ?Sized>(store: &mut S, entry: &Entry, emit: &mut dyn FnMut(usize, u16)) -> Result<(), Exception> {
    let mut scratch = [0u16; SCRATCH];
    let words = scratch.get_mut(..entry.width() as usize).ok_or(Exception::ServerDeviceFailure)?;
    store.read(entry, words)?;
    for (k, &w) in words.iter().enumerate() {
        emit(k, w);
    }
    Ok(())
}

/// The fast check of a read: when the entries from `first` on cover `[start, end)`
/// back to back (no gap, no overlap, no value crossing `end`) and are all readable,
/// one past the last of them. `None` means the request needs the full walk
/// ([`check_walk`]), which finds the error or serves the gaps and overlaps.
/// Out of line on purpose: inlined into the (large) `handle` the loop ran slower.
#[inline(never)]
fn consecutive_readable(table: &TableMap, first: usize, start: u32, end: u32) -> Option<usize> {
    let mut cursor = start;
    let mut last = first;
    for e in table.entries.get(first..)? {
        if cursor >= end {
            break;
        }
        if e.address() as u32 != cursor || !e.access.readable() {
            return None;
        }
        cursor = e.end();
        last += 1;
    }
    (cursor == end).then_some(last)
}

/// Checks a read of `[address, address + quantity)` without touching the store.
/// `Ok(Some(range))` when the entries in `range` are exactly its values, back to back;
/// `Ok(None)` when it must be read by walking (gaps or overlaps), from `walk`.
#[inline]
fn check_read_plan(unit: &UnitMap, walk: &Walk<'_>) -> Result<Option<core::ops::Range<usize>>, Exception> {
    let first = walk.next;
    if let Some(last) = consecutive_readable(walk.table, first, walk.start, walk.end) {
        if unit.values_per_read != 0 && last - first > unit.values_per_read as usize {
            return Err(Exception::IllegalDataAddress);
        }
        return Ok(Some(first..last));
    }
    check_walk_plan(unit, walk)
}

/// [`check_read_plan`] for requests with gaps, overlaps or errors: the full walk.
#[inline(never)]
fn check_walk_plan(unit: &UnitMap, walk: &Walk<'_>) -> Result<Option<core::ops::Range<usize>>, Exception> {
    let first = walk.next;
    let (last, consecutive) = check_walk(unit, walk.clone())?;
    Ok(consecutive.then_some(first..last))
}

/// Reads `[address, address + quantity)` item by item into `sink(offset, word)`.
/// Checked first, so a rejected read reads nothing (device stores may have side effects).
#[inline]
fn read_range<S: Storage + ?Sized>(
    unit: &UnitMap,
    table: &TableMap,
    store: &mut S,
    address: u16,
    quantity: u16,
    mut sink: impl FnMut(usize, u16),
) -> Result<(), Exception> {
    // One lookup per request: the check walks a copy of the same cursor.
    let mut walk = Walk::new(table, address, address as u32 + quantity as u32)?;
    if let Some(range) = check_read_plan(unit, &walk)? {
        // No gaps and no overlaps: the checked entries are the values, back to back.
        let mut offset = 0;
        for entry in table.entries.get(range).unwrap_or(&[]) {
            read_value(store, entry, None, |k, w| sink(offset + k, w))?;
            offset += entry.width() as usize;
        }
        return Ok(());
    }
    while let Some(step) = walk.next()? {
        match step {
            Step::Value(entry, offset) => read_value(store, entry, None, |k, w| sink(offset + k, w))?,
            Step::Gap(offset, count) => (offset..offset + count).for_each(|i| sink(i, 0)),
        }
    }
    Ok(())
}

/// The values of `entries`, which lie back to back (no gaps, no overlaps): each value's
/// words go straight after the previous one's.
#[inline(always)]
fn read_back_to_back<S: Storage + ?Sized>(
    store: &mut S,
    entries: &[Entry],
    body: &mut [u8],
    mut reorder: impl FnMut(&Entry, &mut [u16]),
) -> Result<(), Exception> {
    let mut rest = body;
    for entry in entries {
        let (head, tail) = core::mem::take(&mut rest)
            .split_at_mut_checked(2 * entry.width() as usize)
            .ok_or(Exception::ServerDeviceFailure)?;
        let width = entry.width() as usize;
        if width <= SMALL {
            let mut scratch = [0u16; SMALL];
            let words = &mut scratch[..width];
            read_entry(store, entry, words)?;
            reorder(entry, words);
            for (b, w) in head.chunks_exact_mut(2).zip(words.iter()) {
                b.copy_from_slice(&w.to_be_bytes());
            }
        } else {
            // Wider than any number: strings and raw blocks, never reordered.
            read_wide(store, entry, &mut |k, w| {
                if let Some(b) = head.get_mut(2 * k..2 * k + 2) {
                    b.copy_from_slice(&w.to_be_bytes());
                }
            })?;
        }
        rest = tail;
    }
    Ok(())
}

/// Always inlined: a one-register read is mostly call and argument overhead otherwise.
#[inline(always)]
fn read_registers<S: Storage + ?Sized>(
    unit: &UnitMap,
    table: &TableMap,
    store: &mut S,
    address: u16,
    quantity: u16,
    order: Option<WordOrder>,
    out: &mut [u8],
) -> Result<usize, Exception> {
    let len = 2 + 2 * quantity as usize;
    let body = out.get_mut(2..len).ok_or(Exception::ServerDeviceFailure)?;
    let mut walk = Walk::new(table, address, address as u32 + quantity as u32)?;
    if let Some(range) = check_read_plan(unit, &walk)? {
        let entries = table.entries.get(range).unwrap_or(&[]);
        // Two copies of the loop: a word order decided per request, tested per value,
        // kept the common case (no word-order coil) from being optimised (a third slower).
        match order {
            None => read_back_to_back(store, entries, body, |_, _| {})?,
            Some(order) => read_back_to_back(store, entries, body, |entry, words| reorder(entry, Some(order), words))?,
        }
    } else {
        while let Some(step) = walk.next()? {
            match step {
                Step::Value(entry, offset) => read_value(store, entry, order, |k, w| {
                    body[2 * (offset + k)..2 * (offset + k) + 2].copy_from_slice(&w.to_be_bytes());
                })?,
                Step::Gap(offset, count) => body[2 * offset..2 * (offset + count)].fill(0),
            }
        }
    }
    out[1] = (2 * quantity) as u8;
    Ok(len)
}

/// The spec's value rules for a write of `words` (the whole value): type range,
/// named enumeration values, min/max in engineering units. Exception 03 when broken.
/// A sentinel passes: "not available" is a value the register holds.
pub fn check_value(d: &RegisterDescriptor, words: &[u16]) -> Result<(), Exception> {
    let bits = crate::codec::words_to_u64(words, d.word_order, d.byte_order);
    let raw: f64 = match d.data_type {
        DataType::Bool => {
            if bits > 1 {
                return Err(Exception::IllegalDataValue);
            }
            return Ok(());
        }
        DataType::U8 if bits > u8::MAX as u64 => return Err(Exception::IllegalDataValue),
        // An i8 travels sign-extended to 16 bits.
        DataType::I8 if !(bits <= 0x7F || bits >= 0xFF80) => return Err(Exception::IllegalDataValue),
        data_type => match raw_number(data_type, bits) {
            Some(raw) => raw,
            // Strings and raw registers carry no value rules.
            None => return Ok(()),
        },
    };
    // "Not available" is a state the device reports, and a client may write it on purpose.
    if d.is_sentinel(bits) {
        return Ok(());
    }
    if !d.values.is_empty() {
        let named = match d.data_type {
            DataType::U64 => Some(bits as i64),
            t if t.is_float() => crate::codec::enum_raw(d, crate::codec::RawNumber::Float(raw)).ok(),
            _ => Some(raw as i64),
        };
        if !named.is_some_and(|raw| d.values.iter().any(|v| v.raw == raw)) {
            return Err(Exception::IllegalDataValue);
        }
    }
    if d.min.is_none() && d.max.is_none() {
        return if raw.is_nan() { Err(Exception::IllegalDataValue) } else { Ok(()) };
    }
    let value = raw * d.scale + d.offset;
    // Scaled decimals (0.1 × 650) are not exact in binary; allow a rounding error far below one raw step.
    let slack = |limit: f64| 1e-9 * limit.abs().max(d.scale.abs()).max(1.0);
    let low = d.min.is_none_or(|m| value >= m - slack(m));
    let high = d.max.is_none_or(|m| value <= m + slack(m));
    if low && high {
        Ok(())
    } else {
        Err(Exception::IllegalDataValue)
    }
}

/// The engineering value (`raw * scale + offset`) of a numeric or bool register; `None` for
/// strings, raw registers and words the register's type cannot hold.
pub fn engineering_value(d: &RegisterDescriptor, words: &[u16]) -> Option<f64> {
    match d.data_type {
        DataType::String | DataType::Raw => None,
        _ => crate::codec::decode_f64(d, words, d.word_order).ok(),
    }
}

/// The raw number a numeric register's bits (from [`raw_bits`]) stand for;
/// `None` for bool, string and raw registers.
#[inline]
fn raw_number(data_type: DataType, bits: u64) -> Option<f64> {
    Some(match data_type {
        DataType::U8 | DataType::U16 | DataType::U32 | DataType::U64 => bits as f64,
        DataType::I8 | DataType::I16 => bits as u16 as i16 as f64,
        DataType::I32 => bits as u32 as i32 as f64,
        DataType::I64 => bits as i64 as f64,
        DataType::F32 => f32::from_bits(bits as u32) as f64,
        DataType::F64 => f64::from_bits(bits),
        DataType::Bool | DataType::String | DataType::Raw => return None,
    })
}

/// What a converting alias serves: the words of `alias` for the value its target's
/// `stored` words hold, rounded to the alias's raw step (a coarser copy of a value
/// reads like any scaled register: rounded half away from zero). The alias's
/// `min`/`max` bound writes, not what it reports. A value its type cannot hold (out
/// of its range, NaN into an integer) is **exception 04**: never a wrong number (no
/// saturation); an alias with a `sentinel` serves that instead ("not available"),
/// as it does when the target holds one of its own sentinels.
pub fn alias_read(alias: &RegisterDescriptor, target: &RegisterDescriptor, stored: &[u16], out: &mut [u16]) -> Result<(), Exception> {
    match crate::codec::convert(target, stored, alias, out, false) {
        Ok(()) => Ok(()),
        Err(_) if !alias.sentinels.is_empty() => {
            crate::codec::RegisterValue::encode(&None::<f64>, alias, alias.word_order, out).map_err(|_| Exception::ServerDeviceFailure)
        }
        Err(_) => Err(Exception::ServerDeviceFailure),
    }
}

/// The words the target stores for a write of `words` through its converting alias
/// (already checked against the alias's own rules): the same engineering value in the
/// target's codec, checked against the target's rules. A value the target cannot
/// hold, out of its range or only rounded to its raw step (70001 centi-W into a W
/// register), is **exception 03** and nothing is stored.
pub fn alias_write(alias: &RegisterDescriptor, target: &RegisterDescriptor, words: &[u16], out: &mut [u16]) -> Result<(), Exception> {
    crate::codec::convert(alias, words, target, out, true).map_err(|_| Exception::IllegalDataValue)?;
    check_value(target, out)
}

/// Encodes an engineering value into `out` (`d.width` words) with the client's codec,
/// and checks it like a write request would be checked. Anything the codec refuses
/// (out of range, not representable, strings and raw registers) is exception 03.
pub fn encode_value(d: &RegisterDescriptor, value: f64, out: &mut [u16]) -> Result<(), Exception> {
    crate::codec::encode_f64(d, value, d.word_order, out).map_err(|_| Exception::IllegalDataValue)?;
    check_value(d, out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::descriptor::{EnumValue, WriteFunction};

    const fn reg(name: &'static str, table: Table, address: u16, data_type: DataType, access: Access) -> RegisterDescriptor {
        RegisterDescriptor::new(name, table, address, data_type).with_access(access)
    }

    static TEMP: RegisterDescriptor = RegisterDescriptor { scale: 0.1, min: Some(0.0), max: Some(65.0), ..reg("t", Table::Holding, 10, DataType::U16, Access::ReadWrite) };
    static MODE: RegisterDescriptor = RegisterDescriptor {
        values: &[EnumValue { raw: 0, name: "off" }, EnumValue { raw: 2, name: "on" }],
        ..reg("mode", Table::Holding, 11, DataType::U16, Access::ReadWrite)
    };
    static ENERGY: RegisterDescriptor = reg("energy", Table::Holding, 12, DataType::U32, Access::Read);
    static POWER: RegisterDescriptor = RegisterDescriptor { safety: true, ..reg("power", Table::Holding, 20, DataType::U16, Access::ReadWrite) };
    static PASS: RegisterDescriptor = reg("pass", Table::Holding, 21, DataType::U16, Access::Write);
    static ALIAS: RegisterDescriptor = RegisterDescriptor { alias_of: Some("t"), ..reg("t_again", Table::Holding, 30, DataType::U16, Access::ReadWrite) };
    static RUN: RegisterDescriptor = reg("run", Table::Coil, 0, DataType::Bool, Access::ReadWrite);

    #[test]
    fn entry_runs_and_word_runs_expand_at_compile_time() {
        static REGS: [RegisterDescriptor; 3] = [
            reg("a", Table::Holding, 0, DataType::U32, Access::ReadWrite),
            reg("b", Table::Holding, 2, DataType::U16, Access::ReadWrite),
            reg("a_again", Table::Holding, 3, DataType::U32, Access::ReadWrite),
        ];
        // `a` and `b` in a row from slot 5; the alias shares `a`'s slot.
        static ENTRIES: [Entry; 3] = Entry::runs(&REGS, &[(0, 2, 5), (2, 1, 5)]);
        let got: [(u16, u16, u32); 3] = ENTRIES.map(|e| (e.address, e.width, e.slot));
        assert_eq!(got, [(0, 2, 5), (2, 1, 7), (3, 2, 5)]);
        assert!(core::ptr::eq(ENTRIES[1].descriptor, &REGS[1]));
        static WORDS: [u16; 6] = words(&[(1, &[7, 8]), (5, &[9])]);
        assert_eq!(WORDS, [0, 7, 8, 0, 0, 9]);
    }

    // Victron's kind of copy: watts as an `i16`, the same value in centi-watts as an
    // `i32`, and two unsigned copies (without and with a sentinel) of the signed value.
    static CONVERTING: [RegisterDescriptor; 4] = [
        reg("p.w", Table::Holding, 100, DataType::I16, Access::ReadWrite),
        RegisterDescriptor { alias_of: Some("p.w"), scale: 0.01, ..reg("p.cw", Table::Holding, 101, DataType::I32, Access::ReadWrite) },
        RegisterDescriptor { alias_of: Some("p.w"), ..reg("p.wu", Table::Holding, 103, DataType::U16, Access::ReadWrite) },
        RegisterDescriptor { alias_of: Some("p.w"), sentinels: &[0xFFFF], ..reg("p.wn", Table::Holding, 104, DataType::U16, Access::Read) },
    ];
    static CONVERTING_ENTRIES: [Entry; 4] = Entry::aliases(Entry::runs(&CONVERTING, &[(0, 1, 0), (1, 1, 0), (2, 1, 0), (3, 1, 0)]), &CONVERTING, &[(1, 0), (2, 0), (3, 0)]);
    static CONVERTING_UNITS: [UnitMap; 1] = [UnitMap {
        unit_id: 1,
        coils: TableMap::EMPTY,
        discrete_inputs: TableMap::EMPTY,
        input_registers: TableMap::EMPTY,
        holding_registers: TableMap { entries: &CONVERTING_ENTRIES, ..TableMap::EMPTY },
        values_per_read: 0,
    }];
    static CONVERTING_MAP: DeviceMap = DeviceMap { name: "victron", default_unit: 1, units: &CONVERTING_UNITS, defaults: &[0], word_order_coil: None };

    fn run_converting(words: &mut [u16], pdu: &[u8]) -> (Reply, [u8; MAX_PDU_LEN]) {
        let mut out = [0u8; MAX_PDU_LEN];
        let reply = Dispatcher::new(&CONVERTING_MAP).handle(&mut SliceStore { words }, 1, pdu, &mut out);
        (reply, out)
    }

    #[test]
    fn a_converting_alias_serves_the_same_value_in_its_own_codec() {
        assert!(CONVERTING_ENTRIES[0].target.is_none() && core::ptr::eq(CONVERTING_ENTRIES[1].target.unwrap(), &CONVERTING[0]));
        assert_eq!(CONVERTING_ENTRIES[1].stored().width, 1, "the alias's slot holds the target's one word");
        let mut w = [0u16; 1];
        assert_eq!(run_converting(&mut w, &[6, 0, 100, 0x02, 0xBC]).0, Reply::Response { len: 5 }, "700 W");
        let (_, out) = run_converting(&mut w, &[3, 0, 101, 0, 2]);
        assert_eq!(&out[..6], &[3, 4, 0x00, 0x01, 0x11, 0x70], "70000 centi-W");
        // 1234500 centi-W = 0x0012_D644 through the alias, 12345 W at the target.
        assert_eq!(run_converting(&mut w, &[16, 0, 101, 0, 2, 4, 0x00, 0x12, 0xD6, 0x44]).0, Reply::Response { len: 5 });
        assert_eq!(w, [12345], "the state is stored once, by the target");
        let (_, out) = run_converting(&mut w, &[3, 0, 100, 0, 5]);
        assert_eq!(&out[..12], &[3, 10, 0x30, 0x39, 0x00, 0x12, 0xD6, 0x44, 0x30, 0x39, 0x30, 0x39], "one block, every copy converted");
    }

    #[test]
    fn a_value_the_target_cannot_hold_is_refused_and_one_the_alias_cannot_hold_is_not_served() {
        let mut w = [700u16];
        // 700.01 W: the target holds whole watts only.
        assert_eq!(ex(run_converting(&mut w, &[16, 0, 101, 0, 2, 4, 0x00, 0x01, 0x11, 0x71]).0), Some(3));
        // 32768 W (3276800 centi-W = 0x0032_0000) is beyond the target's i16.
        assert_eq!(ex(run_converting(&mut w, &[16, 0, 101, 0, 2, 4, 0x00, 0x32, 0x00, 0x00]).0), Some(3));
        // One request writing the target and a refused alias value: nothing of it is stored.
        assert_eq!(ex(run_converting(&mut w, &[16, 0, 100, 0, 3, 6, 0, 1, 0x00, 0x01, 0x11, 0x71]).0), Some(3));
        assert_eq!(w, [700], "state unchanged");
        // -5 W: the unsigned copy cannot show it; the one with a sentinel says "not available".
        assert_eq!(run_converting(&mut w, &[6, 0, 100, 0xFF, 0xFB]).0, Reply::Response { len: 5 });
        assert_eq!(ex(run_converting(&mut w, &[3, 0, 103, 0, 1]).0), Some(4));
        assert_eq!(ex(run_converting(&mut w, &[3, 0, 100, 0, 5]).0), Some(4), "a block holding it fails whole");
        let (_, out) = run_converting(&mut w, &[3, 0, 104, 0, 1]);
        assert_eq!(&out[..4], &[3, 2, 0xFF, 0xFF]);
        let (_, out) = run_converting(&mut w, &[3, 0, 101, 0, 2]);
        assert_eq!(&out[..6], &[3, 4, 0xFF, 0xFF, 0xFE, 0x0C], "-500 centi-W");
        // Through the unsigned copy, 40000 W does not fit the target either.
        assert_eq!(ex(run_converting(&mut w, &[6, 0, 103, 0x9C, 0x40]).0), Some(3));
        assert_eq!(run_converting(&mut w, &[6, 0, 103, 0x00, 0x2A]).0, Reply::Response { len: 5 });
        assert_eq!(w, [42]);
    }

    #[test]
    fn a_pdu_longer_than_the_protocol_allows_is_refused_whole() {
        // FC23 whose byte count (255) matches its payload: 265 bytes, more than any frame holds.
        let mut pdu = [0u8; 265];
        pdu[..10].copy_from_slice(&[0x17, 0x00, 0x14, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0xff]);
        assert_eq!(Request::parse(&pdu), Err(Exception::IllegalDataValue));
        assert!(Request::parse(&pdu[..MAX_PDU_LEN]).is_err_and(|e| e == Exception::IllegalDataValue), "a short payload is still refused");
        let mut fits = [0u8; MAX_PDU_LEN];
        fits[..10].copy_from_slice(&[0x17, 0x00, 0x14, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, (MAX_PDU_LEN - 10) as u8]);
        assert!(Request::parse(&fits).is_ok(), "a PDU of exactly {MAX_PDU_LEN} bytes parses");
    }

    static HOLDING: [Entry; 6] = [
        Entry::new(&TEMP, 0),
        Entry::new(&MODE, 1),
        Entry::new(&ENERGY, 2),
        Entry::new(&POWER, 4),
        Entry::new(&PASS, 5),
        Entry::new(&ALIAS, 0),
    ];
    static COILS: [Entry; 1] = [Entry::new(&RUN, 6)];
    static UNITS: [UnitMap; 1] = [UnitMap {
        unit_id: 1,
        coils: TableMap { entries: &COILS, ..TableMap::EMPTY },
        discrete_inputs: TableMap::EMPTY,
        input_registers: TableMap::EMPTY,
        holding_registers: TableMap { entries: &HOLDING, gap_ranges: &[GapRange { start: 40, end: 50 }], ..TableMap::EMPTY },
        values_per_read: 0,
    }];
    static MAP: DeviceMap = DeviceMap { name: "test", default_unit: 1, units: &UNITS, defaults: &[215, 2, 0x0001, 0x0002, 0, 0, 1], word_order_coil: None };

    fn run(words: &mut [u16], safety: bool, pdu: &[u8]) -> (Reply, [u8; MAX_PDU_LEN]) {
        let mut out = [0u8; MAX_PDU_LEN];
        let d = Dispatcher { map: &MAP, safety_writes: safety };
        let reply = d.handle(&mut SliceStore { words }, 1, pdu, &mut out);
        (reply, out)
    }

    fn ex(reply: Reply) -> Option<u8> {
        match reply {
            Reply::Exception { exception, .. } => Some(exception.code()),
            _ => None,
        }
    }

    #[test]
    fn reads_whole_values_and_rejects_partial_ones() {
        let mut w = MAP.defaults.to_vec_free();
        let (r, out) = run(&mut w, false, &[3, 0, 10, 0, 4]);
        assert_eq!(r, Reply::Response { len: 10 });
        assert_eq!(&out[..10], &[3, 8, 0, 215, 0, 2, 0, 1, 0, 2]);
        assert_eq!(ex(run(&mut w, false, &[3, 0, 10, 0, 3]).0), Some(2), "ends inside energy");
        assert_eq!(ex(run(&mut w, false, &[3, 0, 13, 0, 1]).0), Some(2), "starts inside energy");
        assert_eq!(ex(run(&mut w, false, &[3, 0, 21, 0, 1]).0), Some(2), "write-only");
        assert_eq!(ex(run(&mut w, false, &[3, 0, 9, 0, 2]).0), Some(2), "gap");
        assert_eq!(ex(run(&mut w, false, &[3, 0, 10, 0, 0]).0), Some(3), "quantity 0");
        assert_eq!(ex(run(&mut w, false, &[3, 0, 10, 0, 126]).0), Some(3), "quantity 126");
        assert_eq!(ex(run(&mut w, false, &[0x2B, 0]).0), Some(1), "unknown function");
        let (r, out) = run(&mut w, false, &[3, 0, 40, 0, 3]);
        assert_eq!(r, Reply::Response { len: 8 }, "allowed gap reads as 0");
        assert_eq!(&out[2..8], &[0; 6]);
    }

    #[test]
    fn writes_are_checked_then_applied_all_or_nothing() {
        let mut w = MAP.defaults.to_vec_free();
        assert_eq!(ex(run(&mut w, false, &[6, 0, 10, 0x02, 0x8B]).0), Some(3), "651 * 0.1 > 65");
        assert_eq!(run(&mut w, false, &[6, 0, 10, 0x02, 0x8A]).0, Reply::Response { len: 5 }, "650 * 0.1 == 65");
        assert_eq!(w[0], 650);
        assert_eq!(ex(run(&mut w, false, &[16, 0, 10, 0, 2, 4, 0, 5, 0, 1]).0), Some(3), "unnamed enum value");
        assert_eq!(w[0], 650, "rejected multi-write changed nothing");
        assert_eq!(run(&mut w, false, &[16, 0, 10, 0, 2, 4, 0, 5, 0, 0]).0, Reply::Response { len: 5 });
        assert_eq!((w[0], w[1]), (5, 0));
        assert_eq!(ex(run(&mut w, false, &[16, 0, 12, 0, 2, 4, 0, 5, 0, 0]).0), Some(2), "read-only");
        assert_eq!(ex(run(&mut w, false, &[6, 0, 20, 0, 1]).0), Some(1), "safety");
        assert_eq!(run(&mut w, true, &[6, 0, 20, 0, 1]).0, Reply::Response { len: 5 });
        assert_eq!(ex(run(&mut w, false, &[16, 0, 10, 0, 2, 3, 0, 5, 0]).0), Some(3), "byte count");
    }

    static ONLY_16: RegisterDescriptor = reg("only16", Table::Holding, 100, DataType::U16, Access::ReadWrite).with_write_function(WriteFunction::Multiple);
    static ONLY_06: RegisterDescriptor = reg("only06", Table::Holding, 101, DataType::U16, Access::ReadWrite).with_write_function(WriteFunction::Single);
    static ANY: RegisterDescriptor = reg("any", Table::Holding, 102, DataType::U16, Access::ReadWrite);
    static ONLY_15: RegisterDescriptor = reg("only15", Table::Coil, 0, DataType::Bool, Access::ReadWrite).with_write_function(WriteFunction::Multiple);
    static WF_HOLDING: [Entry; 3] = [Entry::new(&ONLY_16, 0), Entry::new(&ONLY_06, 1), Entry::new(&ANY, 2)];
    static WF_COILS: [Entry; 1] = [Entry::new(&ONLY_15, 3)];
    static WF_UNITS: [UnitMap; 1] = [UnitMap {
        unit_id: 1,
        coils: TableMap { entries: &WF_COILS, ..TableMap::EMPTY },
        discrete_inputs: TableMap::EMPTY,
        input_registers: TableMap::EMPTY,
        holding_registers: TableMap { entries: &WF_HOLDING, ..TableMap::EMPTY },
        values_per_read: 0,
    }];
    static WF_MAP: DeviceMap = DeviceMap { name: "wf", default_unit: 1, units: &WF_UNITS, defaults: &[0, 0, 0, 0], word_order_coil: None };

    #[test]
    fn write_functions_a_register_refuses_get_exception_01_and_store_nothing() {
        let mut w = [0u16; 4];
        let mut send = |pdu: &[u8]| {
            let mut out = [0u8; MAX_PDU_LEN];
            let reply = Dispatcher::new(&WF_MAP).handle(&mut SliceStore { words: &mut w }, 1, pdu, &mut out);
            ex(reply)
        };
        assert_eq!(send(&[6, 0, 100, 0, 7]), Some(1), "06 to a 16-only register");
        assert_eq!(send(&[16, 0, 100, 0, 1, 2, 0, 7]), None, "16 of one register");
        assert_eq!(send(&[16, 0, 101, 0, 1, 2, 0, 8]), Some(1), "16 of a 06-only register alone");
        assert_eq!(send(&[6, 0, 101, 0, 8]), None, "06 to a 06-only register");
        assert_eq!(send(&[16, 0, 101, 0, 2, 4, 0, 9, 0, 9]), None, "16 of a 06-only register with another");
        assert_eq!(send(&[16, 0, 100, 0, 3, 6, 0, 1, 0, 1, 0, 1]), None, "16 over all three");
        assert_eq!(send(&[6, 0, 102, 0, 2]), None, "06 to any");
        assert_eq!(send(&[5, 0, 0, 0xFF, 0]), Some(1), "05 to a 15-only coil");
        assert_eq!(send(&[15, 0, 0, 0, 1, 1, 1]), None, "15 of one coil");
        assert_eq!(send(&[23, 0, 100, 0, 1, 0, 101, 0, 1, 2, 0, 5]), Some(1), "23 writing a 06-only register alone");
        assert_eq!(w, [1, 1, 2, 1], "refused requests stored nothing");
    }

    #[test]
    fn aliases_share_a_value_and_coils_check_their_value() {
        let mut w = MAP.defaults.to_vec_free();
        run(&mut w, false, &[6, 0, 30, 0, 42]);
        let (_, out) = run(&mut w, false, &[3, 0, 10, 0, 1]);
        assert_eq!(&out[..4], &[3, 2, 0, 42]);
        assert_eq!(ex(run(&mut w, false, &[5, 0, 0, 0x12, 0x34]).0), Some(3));
        assert_eq!(run(&mut w, false, &[5, 0, 0, 0, 0]).0, Reply::Response { len: 5 });
        let (_, out) = run(&mut w, false, &[1, 0, 0, 0, 1]);
        assert_eq!(&out[..3], &[1, 1, 0]);
    }

    #[test]
    fn unknown_units_and_garbage_never_panic() {
        let mut w = MAP.defaults.to_vec_free();
        let mut out = [0u8; MAX_PDU_LEN];
        let d = Dispatcher::new(&MAP);
        assert_eq!(d.handle(&mut SliceStore { words: &mut w }, 9, &[3, 0, 10, 0, 1], &mut out), Reply::UnknownUnit);
        for len in 0..12 {
            for seed in 0u32..300 {
                let pdu: [u8; 12] = core::array::from_fn(|i| (seed.wrapping_mul(2654435761).rotate_left(i as u32 * 3) >> 8) as u8);
                match d.handle(&mut SliceStore { words: &mut w }, 1, &pdu[..len], &mut out) {
                    Reply::Response { len } => assert!((2..=MAX_PDU_LEN).contains(&len)),
                    Reply::Exception { function, .. } => assert_eq!(out[0], function | 0x80),
                    other => panic!("unit 1 exists, got {other:?}"),
                }
            }
        }
    }

    #[test]
    fn unit_zero_is_the_default_unit_on_tcp_and_a_broadcast_on_rtu() {
        let d = Dispatcher::new(&MAP);
        let mut out = [0u8; MAX_PDU_LEN];
        for unit in [0, 0xFF] {
            let mut w = MAP.defaults.to_vec_free();
            let reply = d.handle_on(Framing::Tcp, &mut SliceStore { words: &mut w }, unit, &[6, 0, 10, 0, 42], &mut out);
            assert_eq!(reply, Reply::Response { len: 5 }, "TCP unit {unit} write is answered");
            assert_eq!(w[0], 42);
            let reply = d.handle_on(Framing::Tcp, &mut SliceStore { words: &mut w }, unit, &[3, 0, 10, 0, 1], &mut out);
            assert_eq!((reply, &out[..4]), (Reply::Response { len: 4 }, &[3, 2, 0, 42][..]), "TCP unit {unit} read");
        }
        let mut w = MAP.defaults.to_vec_free();
        let reply = d.handle_on(Framing::Rtu, &mut SliceStore { words: &mut w }, 0, &[6, 0, 10, 0, 43], &mut out);
        assert_eq!((reply, w[0]), (Reply::Broadcast, 43), "RTU broadcast executed, not answered");
        assert_eq!(d.handle_on(Framing::Rtu, &mut SliceStore { words: &mut w }, 0xFF, &[3, 0, 10, 0, 1], &mut out), Reply::UnknownUnit);
    }

    #[test]
    fn every_function_code_round_trips_through_encode_and_parse() {
        let data = [0x12, 0x34, 0x56, 0x78];
        for &f in FunctionCode::ALL {
            assert_eq!(FunctionCode::from_code(f.code()), Some(f));
            let request = match f {
                FunctionCode::ReadCoils => Request::ReadCoils { address: 1, quantity: 2 },
                FunctionCode::ReadDiscreteInputs => Request::ReadDiscreteInputs { address: 1, quantity: 2 },
                FunctionCode::ReadHoldingRegisters => Request::ReadHoldingRegisters { address: 1, quantity: 2 },
                FunctionCode::ReadInputRegisters => Request::ReadInputRegisters { address: 1, quantity: 2 },
                FunctionCode::WriteSingleCoil => Request::WriteSingleCoil { address: 1, value: 0xFF00 },
                FunctionCode::WriteSingleRegister => Request::WriteSingleRegister { address: 1, value: 7 },
                FunctionCode::WriteMultipleCoils => Request::WriteMultipleCoils { address: 1, quantity: 20, bits: &data[..3] },
                FunctionCode::WriteMultipleRegisters => Request::WriteMultipleRegisters { address: 1, quantity: 2, words: &data },
                FunctionCode::ReadWriteMultipleRegisters => Request::ReadWriteMultipleRegisters {
                    read_address: 1,
                    read_quantity: 3,
                    write_address: 9,
                    write_quantity: 2,
                    words: &data,
                },
            };
            let mut pdu = [0u8; MAX_PDU_LEN];
            let len = request.encode(&mut pdu).expect("fits");
            assert_eq!(pdu[0], f.code());
            assert_eq!(Request::parse(&pdu[..len]), Ok(request));
            let mut frame = [0u8; MAX_PDU_LEN + 3];
            frame[1..1 + len].copy_from_slice(&pdu[..len]);
            assert_eq!(f.rtu_request_len(&frame[..1 + len]), Some(len + 3), "{f:?}: RTU length from the header");
        }
    }

    trait ToVecFree {
        fn to_vec_free(&self) -> [u16; 7];
    }
    impl ToVecFree for [u16] {
        fn to_vec_free(&self) -> [u16; 7] {
            let mut a = [0; 7];
            a.copy_from_slice(self);
            a
        }
    }

    static GO: RegisterDescriptor = reg("go", Table::Coil, 0, DataType::Bool, Access::ReadWrite).with_self_clearing();
    static STEP: RegisterDescriptor =
        RegisterDescriptor { min: Some(0.0), max: Some(7.0), ..reg("step", Table::Holding, 0, DataType::U16, Access::ReadWrite) }.with_self_clearing();
    static COMMAND_COILS: [Entry; 1] = [Entry::new(&GO, 0)];
    static COMMAND_HOLDING: [Entry; 1] = [Entry::new(&STEP, 1)];
    static COMMAND_UNITS: [UnitMap; 1] = [UnitMap {
        unit_id: 1,
        coils: TableMap { entries: &COMMAND_COILS, ..TableMap::EMPTY },
        discrete_inputs: TableMap::EMPTY,
        input_registers: TableMap::EMPTY,
        holding_registers: TableMap { entries: &COMMAND_HOLDING, ..TableMap::EMPTY },
        values_per_read: 0,
    }];
    /// `step` idles at 3 (its spec default), `go` at 0.
    static COMMANDS: DeviceMap = DeviceMap { name: "commands", default_unit: 1, units: &COMMAND_UNITS, defaults: &[0, 3], word_order_coil: None };

    /// Storage that remembers every write (address, first word), as device code that
    /// executes commands would see them.
    struct Recording<'a> {
        inner: SliceStore<'a>,
        writes: [(u16, u16); 8],
        count: usize,
    }

    impl Storage for Recording<'_> {
        fn read(&mut self, entry: &Entry, words: &mut [u16]) -> Result<(), Exception> {
            self.inner.read(entry, words)
        }
        fn write(&mut self, entry: &Entry, words: &[u16]) -> Result<(), Exception> {
            self.writes[self.count] = (entry.address, words[0]);
            self.count += 1;
            self.inner.write(entry, words)
        }
    }

    #[test]
    fn self_clearing_commands_are_executed_then_return_to_their_idle_value() {
        let mut words = [0u16, 3];
        let mut store = Recording { inner: SliceStore { words: &mut words }, writes: [(0, 0); 8], count: 0 };
        let d = Dispatcher::new(&COMMANDS);
        let mut out = [0u8; MAX_PDU_LEN];
        assert_eq!(d.handle(&mut store, 1, &[5, 0, 0, 0xFF, 0], &mut out), Reply::Response { len: 5 });
        assert_eq!(&out[..5], &[5, 0, 0, 0xFF, 0], "the write is answered normally, echoing the command");
        assert_eq!(&store.writes[..2], &[(0, 1), (0, 0)], "the store sees the command, then the idle value");
        assert_eq!(d.handle(&mut store, 1, &[1, 0, 0, 0, 1], &mut out), Reply::Response { len: 3 });
        assert_eq!(out[2], 0, "the coil reads clear after the command");

        assert_eq!(d.handle(&mut store, 1, &[6, 0, 0, 0, 5], &mut out), Reply::Response { len: 5 });
        assert_eq!(&store.writes[2..4], &[(0, 5), (0, 3)]);
        assert_eq!(d.handle(&mut store, 1, &[3, 0, 0, 0, 1], &mut out), Reply::Response { len: 4 });
        assert_eq!(&out[2..4], &[0, 3], "the register reads its default again");
        assert_eq!(d.handle(&mut store, 1, &[16, 0, 0, 0, 1, 2, 0, 6], &mut out), Reply::Response { len: 5 });
        assert_eq!(&store.writes[4..6], &[(0, 6), (0, 3)], "FC16 executes and clears too");

        let reply = d.handle(&mut store, 1, &[6, 0, 0, 0, 8], &mut out);
        assert_eq!(ex(reply), Some(3), "8 is above max 7");
        assert_eq!(store.count, 6, "a refused command is neither executed nor cleared");
        let answer = d.handle(&mut store, 1, &[23, 0, 0, 0, 1, 0, 0, 0, 1, 2, 0, 7], &mut out);
        assert_eq!((answer, &out[..4]), (Reply::Response { len: 4 }, &[23, 2, 0, 3][..]), "FC23 reads the idle value after its write");
        assert_eq!(&store.writes[6..8], &[(0, 7), (0, 3)]);
    }

    #[test]
    fn a_float_enumeration_accepts_its_listed_whole_numbers_only() {
        static PARITY: RegisterDescriptor = RegisterDescriptor {
            values: &[EnumValue { raw: 0, name: "none" }, EnumValue { raw: 3, name: "two_stop_bits" }],
            ..reg("parity", Table::Holding, 0x12, DataType::F32, Access::ReadWrite)
        };
        let words = |x: f32| [(x.to_bits() >> 16) as u16, x.to_bits() as u16];
        assert_eq!(check_value(&PARITY, &words(3.0)), Ok(()));
        assert_eq!(check_value(&PARITY, &words(-0.0)), Ok(()), "-0.0 is 0");
        for refused in [1.0, 2.5, 3.0000002, f32::NAN] {
            assert_eq!(check_value(&PARITY, &words(refused)), Err(Exception::IllegalDataValue), "{refused} is not a listed value");
        }
    }

    #[test]
    fn encode_value_uses_the_client_codec_at_the_type_edges() {
        // Above i64::MAX but inside u64: stored exactly (an `as i64` round trip used to saturate it).
        let big = RegisterDescriptor::new("t.big", Table::Holding, 0, DataType::U64);
        let mut out = [0u16; 4];
        encode_value(&big, 1e19, &mut out).expect("1e19 fits a u64");
        assert_eq!(crate::codec::words_to_u64(&out, big.word_order, big.byte_order), 10_000_000_000_000_000_000);
        assert_eq!(engineering_value(&big, &out), Some(1e19));
        // Beyond f32: refused, not stored as infinity.
        let float = RegisterDescriptor::new("t.float", Table::Holding, 4, DataType::F32);
        assert_eq!(encode_value(&float, 1e39, &mut [0u16; 2]), Err(Exception::IllegalDataValue));
        // Strings are not numbers.
        let text = RegisterDescriptor::new("t.text", Table::Holding, 6, DataType::String).with_length(4);
        assert_eq!(encode_value(&text, 1.0, &mut [0u16; 2]), Err(Exception::IllegalDataValue));
    }
}
