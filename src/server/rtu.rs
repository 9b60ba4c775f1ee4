//! Modbus RTU: frames delimited by silence on a serial line (Modbus over Serial Line
//! v1.02, §2.5.1.1).
//!
//! A frame ends after 3.5 character times of silence (t3.5); a gap of more than 1.5
//! character times (t1.5) inside a frame makes it invalid. [`RtuFramer`] answers a
//! frame as soon as its length (told by the function code) is there and its CRC
//! matches, so a client never waits for the silence; everything else (a frame with a bad
//! CRC, noise, a frame that was interrupted, one of a function whose length is unknown
//! and whose CRC does not match) is discarded whole when the silence comes.

use super::Server;
use modbus_map_core::dispatch::{FunctionCode, Framing, Storage, MAX_PDU_LEN};
use std::future::Future;
use std::io;
use std::time::{Duration, Instant};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};

/// The longest RTU frame: address, PDU, CRC.
pub const MAX_FRAME: usize = 1 + MAX_PDU_LEN + 2;

/// CRC-16/MODBUS, sent low byte first.
pub fn crc16(bytes: &[u8]) -> u16 {
    let mut crc = 0xFFFFu16;
    for &b in bytes {
        crc ^= b as u16;
        for _ in 0..8 {
            crc = if crc & 1 != 0 { (crc >> 1) ^ 0xA001 } else { crc >> 1 };
        }
    }
    crc
}

fn crc_matches(frame: &[u8]) -> bool {
    match frame.len().checked_sub(2) {
        Some(body) if body >= 2 => crc16(&frame[..body]) == u16::from_le_bytes([frame[body], frame[body + 1]]),
        _ => false,
    }
}

/// The character timings of a serial line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LineTiming {
    /// One character: 11 bits (start, 8 data, parity or second stop, stop), as the spec counts.
    pub char_time: Duration,
    /// Longest gap allowed inside a frame.
    pub t1_5: Duration,
    /// Silence that ends a frame.
    pub t3_5: Duration,
}

impl LineTiming {
    /// The timings at `baud`; above 19,200 baud the spec fixes t1.5 = 750 µs and t3.5 = 1.75 ms.
    pub fn at_baud(baud: u32) -> LineTiming {
        let baud = baud.max(1) as u64;
        let char_time = Duration::from_nanos(11 * 1_000_000_000 / baud);
        if baud > 19_200 {
            LineTiming { char_time, t1_5: Duration::from_micros(750), t3_5: Duration::from_micros(1750) }
        } else {
            LineTiming { char_time, t1_5: char_time * 3 / 2, t3_5: char_time * 7 / 2 }
        }
    }
}

/// What the framer found when the line fell silent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Silence {
    /// Nothing was pending.
    Idle,
    /// A whole frame of this length (a function whose length only the silence tells) to answer.
    Frame(usize),
    /// This many bytes were not a valid frame and are gone.
    Discarded { bytes: usize, interrupted: bool },
}

/// The receiving side of an RTU line, as plain synchronous state: bytes go in with the
/// silence that preceded them, frames come out. Never holds more than one frame.
#[derive(Debug, Clone)]
pub struct RtuFramer {
    timing: LineTiming,
    buf: [u8; MAX_FRAME],
    len: usize,
    /// Bytes that did not fit: the frame is too long to be one.
    overflow: usize,
    /// A gap longer than t1.5 arrived inside the frame.
    interrupted: bool,
}

impl RtuFramer {
    pub fn new(timing: LineTiming) -> RtuFramer {
        RtuFramer { timing, buf: [0; MAX_FRAME], len: 0, overflow: 0, interrupted: false }
    }

    pub fn timing(&self) -> LineTiming {
        self.timing
    }

    /// Whether bytes of an unfinished frame are waiting (the caller then watches for t3.5).
    pub fn pending(&self) -> bool {
        self.len + self.overflow > 0
    }

    /// Takes `bytes` that arrived after `silence` of quiet line. A silence of t3.5 or more
    /// ends what was pending (see [`RtuFramer::silence`], whose answer is returned); one of
    /// more than t1.5 inside a frame spoils it.
    pub fn push(&mut self, bytes: &[u8], silence: Duration) -> Silence {
        let ended = if silence >= self.timing.t3_5 {
            self.silence()
        } else {
            if self.pending() && silence > self.timing.t1_5 {
                self.interrupted = true;
            }
            Silence::Idle
        };
        let room = MAX_FRAME - self.len;
        let taken = bytes.len().min(room);
        self.buf[self.len..self.len + taken].copy_from_slice(&bytes[..taken]);
        self.len += taken;
        self.overflow += bytes.len() - taken;
        ended
    }

    /// The length of a complete frame with a matching CRC at the start of the buffer,
    /// to answer now without waiting for the silence; `None` while it is still arriving
    /// or when only the silence can tell.
    pub fn frame(&self) -> Option<usize> {
        if self.interrupted || self.overflow > 0 {
            return None;
        }
        let buf = &self.buf[..self.len];
        let function = FunctionCode::from_code(*buf.get(1)?)?;
        let len = function.rtu_request_len(buf)?;
        (len <= buf.len() && crc_matches(&buf[..len])).then_some(len)
    }

    /// The frame bytes (address through CRC) of a length from [`RtuFramer::frame`] or [`Silence::Frame`].
    pub fn bytes(&self, len: usize) -> &[u8] {
        &self.buf[..len.min(self.len)]
    }

    /// Drops an answered frame; what followed it without a silence starts the next one.
    pub fn consume(&mut self, len: usize) {
        let len = len.min(self.len);
        self.buf.copy_within(len..self.len, 0);
        self.len -= len;
    }

    /// The line has been silent for t3.5: the pending bytes are one whole frame. A frame
    /// of a function whose length only the silence tells (an unsupported one, answered
    /// with exception 01) is returned when its CRC matches; anything else is discarded.
    pub fn silence(&mut self) -> Silence {
        if !self.pending() {
            return Silence::Idle;
        }
        let buf = &self.buf[..self.len];
        let unknown_length = buf.get(1).is_some_and(|&f| FunctionCode::from_code(f).is_none());
        if unknown_length && !self.interrupted && self.overflow == 0 && crc_matches(buf) {
            return Silence::Frame(self.len);
        }
        let discarded = Silence::Discarded { bytes: self.len + self.overflow, interrupted: self.interrupted };
        self.clear();
        discarded
    }

    /// Forgets everything pending.
    pub fn clear(&mut self) {
        (self.len, self.overflow, self.interrupted) = (0, 0, false);
    }
}

/// Serves Modbus RTU at `baud` on a serial port (or anything byte-stream shaped) until
/// `shutdown`. Requests for unknown unit ids and broadcasts are not answered; noise and
/// corrupt frames are discarded after t3.5 of silence (logged as such), and the next
/// frame is answered at once.
pub async fn serve_rtu<S: Storage + Send, T: AsyncRead + AsyncWrite + Unpin>(
    server: &Server<S>,
    port: T,
    baud: u32,
    shutdown: impl Future<Output = ()>,
) -> io::Result<()> {
    let (mut read, mut write) = tokio::io::split(port);
    let mut framer = RtuFramer::new(LineTiming::at_baud(baud));
    let timing = framer.timing();
    let mut chunk = [0u8; 256];
    let mut out = [0u8; MAX_FRAME];
    let mut last_byte = Instant::now();
    let delay = server.response_delay();
    tokio::pin!(shutdown);
    loop {
        // Waiting for t3.5 only matters while a frame is pending; otherwise wait for bytes.
        let wait = if framer.pending() { timing.t3_5 } else { Duration::from_secs(3600) };
        let read_result = tokio::select! {
            () = &mut shutdown => return Ok(()),
            r = tokio::time::timeout(wait, read.read(&mut chunk)) => r,
        };
        let ended = match read_result {
            Ok(Ok(0)) => return Ok(()),
            Ok(Ok(n)) => {
                let now = Instant::now();
                // The bytes may have been on the line for a while before this task woke:
                // the silence before them is the time since the last byte minus their own
                // transmission time.
                let silence = now.duration_since(last_byte).saturating_sub(timing.char_time * n as u32);
                last_byte = now;
                framer.push(&chunk[..n], silence)
            }
            Ok(Err(e)) => return Err(e),
            Err(_) => framer.silence(),
        };
        let ready = match ended {
            Silence::Frame(len) => Some(len),
            Silence::Discarded { bytes, interrupted } => {
                server.log_event(&format_args!(
                    "rtu: discarded {bytes} bytes after {} µs of silence ({})",
                    timing.t3_5.as_micros(),
                    if interrupted { "interrupted by a gap longer than t1.5" } else { "not a valid frame" }
                ));
                None
            }
            Silence::Idle => None,
        };
        let mut next = ready.or_else(|| framer.frame());
        while let Some(len) = next {
            let frame = framer.bytes(len);
            let unit = frame[0];
            let reply = server.handle(Framing::Rtu, unit, &frame[1..len - 2], &mut out[1..]);
            framer.consume(len);
            if let Some(n) = reply.for_rtu() {
                if !delay.is_zero() {
                    tokio::time::sleep(delay).await;
                }
                out[0] = unit;
                let crc = crc16(&out[..1 + n]);
                out[1 + n..3 + n].copy_from_slice(&crc.to_le_bytes());
                write.write_all(&out[..3 + n]).await?;
                write.flush().await?;
            }
            next = framer.frame();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timings_follow_the_serial_line_spec() {
        let t = LineTiming::at_baud(9600);
        assert_eq!(t.t3_5.as_micros(), 4010, "3.5 × 11 bits at 9600 baud");
        assert_eq!(t.t1_5.as_micros(), 1718);
        let fast = LineTiming::at_baud(115_200);
        assert_eq!((fast.t1_5.as_micros(), fast.t3_5.as_micros()), (750, 1750), "fixed above 19,200 baud");
    }

    #[test]
    fn a_corrupt_frame_is_dropped_whole_at_the_silence_and_the_next_one_answered_at_once() {
        let t = LineTiming::at_baud(9600);
        let mut framer = RtuFramer::new(t);
        let good = [0x01, 0x03, 0x00, 0x00, 0x00, 0x01, 0x84, 0x0A];
        framer.push(&[0x01, 0x03, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00], Duration::ZERO);
        assert_eq!(framer.frame(), None, "bad CRC");
        assert_eq!(framer.push(&good, t.t3_5), Silence::Discarded { bytes: 8, interrupted: false });
        assert_eq!(framer.frame(), Some(8), "answered without waiting for the silence");
        framer.consume(8);
        framer.push(&good[..4], Duration::ZERO);
        framer.push(&good[4..], t.t1_5 + Duration::from_micros(1));
        assert_eq!(framer.frame(), None, "interrupted by more than t1.5");
        assert_eq!(framer.silence(), Silence::Discarded { bytes: 8, interrupted: true });
    }
}
