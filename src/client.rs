//! A typed client over any tokio-modbus context: reads and writes registers by
//! descriptor, checks access, firmware, safety and range before anything is
//! sent, and reads many registers in as few requests as the planner allows.

use crate::error::Error;
use modbus_map_core::codec::{DecodeError, EncodeRegister, RegisterValue};
use modbus_map_core::fields::Field;
use core::ops::{Deref, DerefMut};
use modbus_map_core::plan::{items_of, plan_together, with_paired_words, PlanItem, PlanLimits, RegisterSnapshot};
use modbus_map_core::dispatch::WriteKind;
use modbus_map_core::{RegisterDescriptor, Table, Version, WordOrder};
use tokio_modbus::client::{Reader, Writer};
use tokio_modbus::{ExceptionCode, Slave};

/// Outer `Err`: local or transport failure; inner `Err`: the device's Modbus exception.
pub type ModbusResult<T> = Result<Result<T, ExceptionCode>, Error>;

/// A device behind a tokio-modbus client context (`tokio_modbus::client::Context`
/// or anything implementing `Reader + Writer`).
#[derive(Debug)]
pub struct DeviceClient<C> {
    ctx: C,
    unit_id: Option<u8>,
    firmware: Option<Version>,
    word_order: Option<WordOrder>,
    allow_safety_writes: bool,
}

impl<C> DeviceClient<C> {
    /// A client that addresses each register's own unit id, assumes the newest
    /// firmware, uses each register's spec word order and refuses safety writes.
    pub fn new(ctx: C) -> Self {
        DeviceClient { ctx, unit_id: None, firmware: None, word_order: None, allow_safety_writes: false }
    }

    /// Sends every request to `unit_id` instead of each register's own unit id
    /// (for a device configured to another address than the spec's default).
    pub fn set_unit_id(&mut self, unit_id: Option<u8>) {
        self.unit_id = unit_id;
    }

    pub fn unit_id(&self) -> Option<u8> {
        self.unit_id
    }

    /// The device's firmware; registers whose `since` is newer are refused locally.
    /// `None` (the default) means unknown: nothing is refused.
    pub fn set_firmware(&mut self, firmware: Option<Version>) {
        self.firmware = firmware;
    }

    pub fn firmware(&self) -> Option<Version> {
        self.firmware
    }

    /// Overrides the word order of every 32/64-bit register (devices that switch it
    /// at run time); `None` uses each register's spec order.
    pub fn set_word_order(&mut self, order: Option<WordOrder>) {
        self.word_order = order;
    }

    /// The word order used for `desc`.
    pub fn word_order_for(&self, desc: &RegisterDescriptor) -> WordOrder {
        self.word_order.unwrap_or(desc.word_order)
    }

    /// Lets writes reach registers marked `safety: true`.
    pub fn allow_safety_writes(&mut self, allow: bool) {
        self.allow_safety_writes = allow;
    }

    pub fn safety_writes_allowed(&self) -> bool {
        self.allow_safety_writes
    }

    pub fn context(&mut self) -> &mut C {
        &mut self.ctx
    }

    pub fn into_inner(self) -> C {
        self.ctx
    }

    fn check_firmware(&self, desc: &RegisterDescriptor) -> Result<(), Error> {
        if let (Some(since), Some(firmware)) = (desc.since, self.firmware) {
            if firmware < since {
                return Err(Error::NotInFirmware { register: desc.name, since, firmware });
            }
        }
        Ok(())
    }

    fn check_readable(&self, desc: &RegisterDescriptor) -> Result<(), Error> {
        if !desc.readable() {
            return Err(Error::NotReadable { register: desc.name });
        }
        self.check_firmware(desc)
    }

    fn check_writable(&self, desc: &RegisterDescriptor) -> Result<(), Error> {
        if !desc.writable() || !desc.table.is_writable() {
            return Err(Error::NotWritable { register: desc.name });
        }
        self.check_firmware(desc)?;
        if desc.safety && !self.allow_safety_writes {
            return Err(Error::SafetyWriteRefused { register: desc.name });
        }
        Ok(())
    }
}

impl<C: Reader + Writer> DeviceClient<C> {
    fn select(&mut self, unit_id: u8) {
        self.ctx.set_slave(Slave(self.unit_id.unwrap_or(unit_id)));
    }

    /// Reads `quantity` items of `table`; bits come back as one word each (0/1).
    async fn read_items(&mut self, unit_id: u8, table: Table, address: u16, quantity: u16) -> ModbusResult<Vec<u16>> {
        self.select(unit_id);
        let words = match table {
            Table::Coil => self.ctx.read_coils(address, quantity).await?.map(bits_to_words),
            Table::Discrete => self.ctx.read_discrete_inputs(address, quantity).await?.map(bits_to_words),
            Table::Holding => self.ctx.read_holding_registers(address, quantity).await?,
            Table::Input => self.ctx.read_input_registers(address, quantity).await?,
        };
        Ok(match words {
            Ok(mut w) if w.len() >= usize::from(quantity) => {
                w.truncate(usize::from(quantity));
                Ok(w)
            }
            Ok(w) => return Err(Error::ShortResponse { address, expected: quantity, got: w.len() }),
            Err(code) => Err(code),
        })
    }

    /// The register's raw words as read (bits as one 0/1 word each).
    /// A value whose high word lies apart gives `[low, high]`, read in two requests.
    pub async fn read_words(&mut self, desc: &RegisterDescriptor) -> ModbusResult<Vec<u16>> {
        self.check_readable(desc)?;
        let Some(high) = desc.high_word else {
            return self.read_items(desc.unit_id, desc.table, desc.address, desc.width).await;
        };
        let low = match self.read_items(desc.unit_id, desc.table, desc.address, 1).await? {
            Ok(low) => low,
            Err(code) => return Ok(Err(code)),
        };
        Ok(self.read_items(desc.unit_id, desc.table, high, 1).await?.map(|high| [low, high].concat()))
    }

    /// Reads and decodes one register. A register with a scale factor register is
    /// read with its factor: in one request when the two are adjacent, else in two
    /// (this client does not know which addresses between them the device serves;
    /// a block handle's `read` does, see [`BlockClient::read`]). A value whose high
    /// word lies apart is read the same way: in one request when its words are
    /// adjacent after all, else in two.
    pub async fn read_value<T: RegisterValue>(&mut self, desc: &RegisterDescriptor) -> ModbusResult<T> {
        if desc.scale_factor.is_some() || desc.high_word.is_some() {
            return self.read_with_pair(desc, &[], PlanLimits::default()).await;
        }
        let order = self.word_order_for(desc);
        Ok(match self.read_words(desc).await? {
            Ok(words) => Ok(T::decode(desc, &words, order)?),
            Err(code) => Err(code),
        })
    }

    /// A register read with another word (its scale factor register, or its high word
    /// lying apart) as [`read_many`](Self::read_many) plans them against `all` and
    /// `limits`, and decoded from both.
    async fn read_with_pair<T: RegisterValue>(&mut self, desc: &RegisterDescriptor, all: &[RegisterDescriptor], limits: PlanLimits) -> ModbusResult<T> {
        let order = self.word_order_for(desc);
        Ok(match self.read_many(&[desc], all, limits).await? {
            Ok(snapshot) => Ok(snapshot.get(desc, order)?),
            Err(code) => Err(code),
        })
    }

    /// Encodes and writes one register. Access, firmware, safety opt-in, range
    /// and enumeration are checked before anything is sent. A register with a
    /// scale factor register reads the device's current factor first and encodes
    /// with it (a value that factor cannot carry is refused, nothing written): the
    /// factor is the device's, a write cannot choose it.
    pub async fn write_value<T: RegisterValue>(&mut self, desc: &RegisterDescriptor, value: &T) -> ModbusResult<()> {
        self.write_encoded(desc, value as &dyn EncodeRegister).await
    }

    /// [`write_value`](Self::write_value), compiled for trait objects only: once for
    /// every value type, once for a derived struct's fields.
    async fn write_encoded<T: EncodeRegister + ?Sized>(&mut self, desc: &RegisterDescriptor, value: &T) -> ModbusResult<()> {
        self.check_writable(desc)?;
        let scaled;
        let desc = match desc.scale_factor {
            None => desc,
            Some(factor) => match self.read_items(desc.unit_id, desc.table, factor, 1).await? {
                Ok(words) => {
                    scaled = desc.scaled_by(words[0] as i16);
                    &scaled
                }
                Err(code) => return Ok(Err(code)),
            },
        };
        let words = modbus_map_core::codec::encode_to_vec(value, desc, self.word_order_for(desc))?;
        self.write_words_unchecked(desc, &words).await
    }

    /// Writes the writable fields of a derived struct, one request per register in
    /// field order, each checked like [`write_value`](Self::write_value); stops at the
    /// first Modbus exception.
    pub async fn write_fields(&mut self, fields: &[Field<'_>]) -> ModbusResult<()> {
        for &(desc, value) in fields.iter().filter(|(desc, _)| desc.writable()) {
            if let Err(code) = self.write_encoded(desc, value).await? {
                return Ok(Err(code));
            }
        }
        Ok(Ok(()))
    }

    /// Reads the registers of `wanted` like [`read_many`](Self::read_many) and decodes
    /// them with `decode` (a derived struct's `from_snapshot`), which is given the
    /// client's word order override.
    pub async fn read_fields<T>(
        &mut self,
        wanted: &[&RegisterDescriptor],
        all: &[RegisterDescriptor],
        limits: PlanLimits,
        decode: fn(&RegisterSnapshot, Option<WordOrder>) -> Result<T, DecodeError>,
    ) -> ModbusResult<T> {
        Ok(match self.read_many(wanted, all, limits).await? {
            Ok(snapshot) => Ok(decode(&snapshot, self.word_order)?),
            Err(code) => Err(code),
        })
    }

    /// Writes raw words (bits as 0/1 words) after the access, firmware and safety
    /// checks; no range check, the words are sent as given.
    pub async fn write_words(&mut self, desc: &RegisterDescriptor, words: &[u16]) -> ModbusResult<()> {
        self.check_writable(desc)?;
        if words.len() != usize::from(desc.width) {
            return Err(Error::Encode(modbus_map_core::codec::EncodeError::WrongLength {
                register: desc.name,
                expected: desc.width,
                got: words.len(),
            }));
        }
        self.write_words_unchecked(desc, words).await
    }

    async fn write_words_unchecked(&mut self, desc: &RegisterDescriptor, words: &[u16]) -> ModbusResult<()> {
        self.select(desc.unit_id);
        let addr = desc.address;
        // One item goes with 05/06 unless the register says `write_function: multiple`:
        // some devices (EMS-ESP among them) reject 15/16 for single values, others (Deye) 05/06.
        let kind = desc.write_function.kind_for(desc.width);
        let result = match (desc.table, kind, words) {
            (Table::Coil, WriteKind::Single, [bit]) => self.ctx.write_single_coil(addr, *bit != 0).await?,
            (Table::Coil, WriteKind::Single | WriteKind::Multiple, bits) => {
                let bits: Vec<bool> = bits.iter().map(|&w| w != 0).collect();
                self.ctx.write_multiple_coils(addr, &bits).await?
            }
            (Table::Holding, WriteKind::Single, [word]) => self.ctx.write_single_register(addr, *word).await?,
            (Table::Holding, WriteKind::Single | WriteKind::Multiple, words) => self.ctx.write_multiple_registers(addr, words).await?,
            (Table::Input | Table::Discrete, _, _) => return Err(Error::NotWritable { register: desc.name }),
        };
        Ok(result)
    }

    /// Reads every register of `wanted` in the fewest requests the planner
    /// ([`modbus_map_core::plan::plan_together`]) allows; `all` is every register of the
    /// device, so gaps, write-only registers and registers newer than the
    /// firmware are never read through. The scale factor registers of `wanted`
    /// are read too, each in the same request as its values wherever the limits
    /// allow, so the snapshot decodes them scaled. Stops at the first Modbus exception.
    pub async fn read_many(
        &mut self,
        wanted: &[&RegisterDescriptor],
        all: &[RegisterDescriptor],
        limits: PlanLimits,
    ) -> ModbusResult<RegisterSnapshot> {
        for desc in wanted {
            self.check_readable(desc)?;
        }
        // Registers the connected firmware lacks may answer with an exception, so
        // the plan must not read through them.
        let (wanted_items, together) = with_paired_words(wanted);
        let all_items: Vec<PlanItem> = all
            .iter()
            .flat_map(|d| items_of(d).map(move |item| (d, item)))
            .map(|(d, item)| PlanItem { readable: d.readable() && self.check_firmware(d).is_ok(), ..item })
            .collect();
        // Every wanted register passed `check_readable` above, so a planner error is a limits problem.
        let plan = plan_together(&wanted_items, &all_items, limits, &together)?;
        let mut snapshot = RegisterSnapshot::new();
        for req in plan {
            match self.read_items(req.unit_id, req.table, req.address, req.quantity).await? {
                Ok(words) => snapshot.insert(req.unit_id, req.table, req.address, words),
                Err(code) => return Ok(Err(code)),
            }
        }
        Ok(Ok(snapshot))
    }

    /// Reads a bool coil that reports the device's word order (true = high first,
    /// as CLAGE's coil 402) and uses that order from now on.
    pub async fn sync_word_order(&mut self, coil: &RegisterDescriptor) -> ModbusResult<WordOrder> {
        Ok(match self.read_value::<bool>(coil).await? {
            Ok(high_first) => {
                let order = if high_first { WordOrder::HighFirst } else { WordOrder::LowFirst };
                self.word_order = Some(order);
                Ok(order)
            }
            Err(code) => Err(code),
        })
    }
}

fn bits_to_words(bits: Vec<bool>) -> Vec<u16> {
    bits.into_iter().map(u16::from).collect()
}

/// A block struct of a generated module: the readable registers of one block
/// instance, decoded from a snapshot. Field `j` of the struct decodes
/// `values.get(j)`, `j` being the register's position in the block template.
pub trait Block: Sized {
    fn decode(values: &BlockValues<'_>) -> Result<Self, Error>;
}

/// The registers of one block instance within a snapshot, in template order,
/// decoded with the client's word order and firmware.
#[derive(Debug, Clone, Copy)]
pub struct BlockValues<'a> {
    snapshot: &'a RegisterSnapshot,
    registers: &'static [RegisterDescriptor],
    firmware: Option<Version>,
    word_order: Option<WordOrder>,
}

impl BlockValues<'_> {
    /// Register `j` of the template, decoded.
    pub fn get<T: RegisterValue>(&self, j: usize) -> Result<T, Error> {
        let desc = &self.registers[j];
        Ok(self.snapshot.get(desc, self.word_order.unwrap_or(desc.word_order))?)
    }

    /// Register `j`, `None` when the connected firmware predates it (it was not read).
    pub fn get_since<T: RegisterValue>(&self, j: usize) -> Result<Option<T>, Error> {
        if present(&self.registers[j], self.firmware) {
            self.get(j).map(Some)
        } else {
            Ok(None)
        }
    }

    /// The block in `registers` (one instance, template order).
    pub fn block<B: Block>(&self, registers: &'static [RegisterDescriptor]) -> Result<B, Error> {
        B::decode(&BlockValues { registers, ..*self })
    }

    /// Every instance of a repeated block whose instances lie one after another in
    /// `registers`, `per_instance` registers each.
    pub fn blocks<B: Block>(&self, registers: &'static [RegisterDescriptor], per_instance: usize) -> Result<Vec<B>, Error> {
        registers.chunks(per_instance).map(|one| B::decode(&BlockValues { registers: one, ..*self })).collect()
    }
}

/// Whether firmware `firmware` (unknown: `None`) has the register.
fn present(desc: &RegisterDescriptor, firmware: Option<Version>) -> bool {
    match (desc.since, firmware) {
        (Some(since), Some(firmware)) => firmware >= since,
        _ => true,
    }
}

/// The device-independent part of every generated `Client`: the generated one
/// derefs to this, and adds its block accessors and `read_all`.
impl<C: Reader + Writer> DeviceClient<C> {
    /// Reads every readable register of `wanted` the firmware has, planned against
    /// `all` (the device's registers), and decodes the snapshot with `decode`.
    pub async fn read_decoded<T>(
        &mut self,
        wanted: &'static [RegisterDescriptor],
        all: &'static [RegisterDescriptor],
        limits: PlanLimits,
        decode: impl FnOnce(&BlockValues<'_>) -> Result<T, Error>,
    ) -> ModbusResult<T> {
        let firmware = self.firmware;
        let available: Vec<&RegisterDescriptor> =
            wanted.iter().filter(|d| d.readable() && present(d, firmware)).collect();
        let snapshot = match self.read_many(&available, all, limits).await? {
            Ok(snapshot) => snapshot,
            Err(code) => return Ok(Err(code)),
        };
        let values = BlockValues { snapshot: &snapshot, registers: wanted, firmware, word_order: self.word_order };
        Ok(Ok(decode(&values)?))
    }

    /// The registers of one block instance, for typed reads and writes by template position.
    pub fn block(&mut self, registers: &'static [RegisterDescriptor], all: &'static [RegisterDescriptor], limits: PlanLimits) -> BlockClient<'_, C> {
        BlockClient { device: self, registers, all, limits }
    }

    /// Instance `instance` (1-based) of a repeated block whose `count` instances lie
    /// one after another in `registers`; refused locally when there is no such instance.
    pub fn instance(
        &mut self,
        block: &'static str,
        instance: u16,
        count: u16,
        registers: &'static [RegisterDescriptor],
        all: &'static [RegisterDescriptor],
        limits: PlanLimits,
    ) -> Result<BlockClient<'_, C>, Error> {
        if instance == 0 || instance > count {
            return Err(Error::NoSuchInstance { block, instance, count });
        }
        let per_instance = registers.len() / usize::from(count);
        let start = per_instance * usize::from(instance - 1);
        Ok(self.block(&registers[start..start + per_instance], all, limits))
    }
}

/// One block instance of a device: the registers a generated `…Client` handle reads
/// and writes by their position in the block template.
#[derive(Debug)]
pub struct BlockClient<'a, C> {
    device: &'a mut DeviceClient<C>,
    registers: &'static [RegisterDescriptor],
    all: &'static [RegisterDescriptor],
    limits: PlanLimits,
}

impl<C> BlockClient<'_, C> {
    /// The descriptor of template register `j` in this instance.
    pub fn descriptor(&self, j: usize) -> &'static RegisterDescriptor {
        &self.registers[j]
    }
}

impl<C> Deref for BlockClient<'_, C> {
    type Target = DeviceClient<C>;
    fn deref(&self) -> &DeviceClient<C> {
        self.device
    }
}

impl<C> DerefMut for BlockClient<'_, C> {
    fn deref_mut(&mut self) -> &mut DeviceClient<C> {
        self.device
    }
}

impl<C: Reader + Writer> BlockClient<'_, C> {
    /// Reads and decodes template register `j`; one with a scale factor register is
    /// read with its factor, one whose high word lies apart with its high word, in one
    /// request wherever the device's limits allow.
    pub async fn read<T: RegisterValue>(&mut self, j: usize) -> ModbusResult<T> {
        let desc = &self.registers[j];
        if desc.scale_factor.is_some() || desc.high_word.is_some() {
            return self.device.read_with_pair(desc, self.all, self.limits).await;
        }
        self.device.read_value(desc).await
    }

    /// Encodes and writes template register `j` (checked locally first, see [`DeviceClient::write_value`]).
    /// Takes the value, so the future a generated `write_<register>` returns owns it.
    pub async fn write<T: RegisterValue>(&mut self, j: usize, value: T) -> ModbusResult<()> {
        self.device.write_value(&self.registers[j], &value).await
    }

    /// Writes a string register.
    pub async fn write_str(&mut self, j: usize, value: &str) -> ModbusResult<()> {
        self.write(j, String::from(value)).await
    }

    /// Writes a `raw` register's words (range and width checked like any value).
    pub async fn write_raw(&mut self, j: usize, value: &[u16]) -> ModbusResult<()> {
        self.write(j, value.to_vec()).await
    }

    /// Reads every readable register of the instance (those the firmware has) in
    /// as few requests as the planner allows.
    pub async fn read_block<B: Block>(&mut self) -> ModbusResult<B> {
        let (registers, all, limits) = (self.registers, self.all, self.limits);
        self.device.read_decoded(registers, all, limits, |values| B::decode(values)).await
    }
}
