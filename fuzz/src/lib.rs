//! One function per fuzz target, called by the cargo-fuzz binaries in `fuzz/targets`
//! (nightly, `cargo +nightly fuzz run --fuzz-dir fuzz/targets TARGET fuzz/corpus/TARGET`)
//! and by `tests/replay.rs`, which feeds every kept corpus file and crash input through
//! the same function on stable.
//!
//! Each function panics only when the code under test breaks one of its promises:
//! loaders never panic and always name where an error is; the dispatch core answers
//! every PDU with a well-formed response or the exception the protocol prescribes and
//! changes nothing when it refuses; the framers hand the dispatch core whole frames only.

use modbus_map::dispatch::{Framing, Reply, Request, MAX_PDU_LEN};
use modbus_map::server::rtu::{crc16, LineTiming, RtuFramer, Silence};
use modbus_map::server::tcp::{answer_frames, HEADER, MAX_ANSWER};
use modbus_map::server::Server;
use modbus_map::store::MemoryStore;
use modbus_map_codegen::Format;
use std::sync::{Arc, OnceLock};
use std::time::Duration;

/// One fuzz target's entry: any bytes in, a panic only for a broken promise.
pub type Target = fn(&[u8]);

/// The targets, as named in `fuzz/targets/Cargo.toml` and `fuzz/corpus/`.
pub const TARGETS: &[(&str, Target)] = &[
    ("yaml_loader", yaml_loader),
    ("csv_loader", csv_loader),
    ("dispatch", dispatch),
    ("tcp_framer", tcp_framer),
    ("rtu_framer", rtu_framer),
];

fn load(data: &[u8], file: &str, format: Format) {
    let Ok(text) = std::str::from_utf8(data) else {
        // Non-UTF-8 bytes must get a located diagnostic, not a panic.
        let errors = modbus_map_codegen::load::parse_bytes(data, file, format).expect_err("not UTF-8 is an error");
        assert!(errors.iter().all(|d| d.origin.file == file));
        return;
    };
    match modbus_map_codegen::load_str(text, file, format) {
        Ok(checked) => {
            // A spec that validates must lay out for the dispatch core without panicking.
            let _ = modbus_map_codegen::layout::layout(&checked.device);
        }
        Err(diagnostics) => {
            for d in diagnostics.iter() {
                assert_eq!(d.origin.file, file, "every diagnostic names the file: {d:?}");
            }
            let _ = diagnostics.render(&modbus_map_codegen::Sources::single(file, text));
        }
    }
}

/// The YAML loader and validator.
pub fn yaml_loader(data: &[u8]) {
    load(data, "fuzz.yaml", Format::Yaml)
}

/// The CSV loader and validator.
pub fn csv_loader(data: &[u8]) {
    load(data, "fuzz.csv", Format::Csv)
}

/// The device every request-level target serves: `sim/tests/fixtures/rules.yaml`
/// (ranges, enumerations, aliases, safety, gaps, every table, two units), embedded so
/// the fuzzer does not depend on the working directory.
fn server() -> &'static Arc<Server<MemoryStore>> {
    static SERVER: OnceLock<Arc<Server<MemoryStore>>> = OnceLock::new();
    SERVER.get_or_init(|| {
        let text = include_str!("../../sim/tests/fixtures/rules.yaml");
        let checked = modbus_map_codegen::load_str(text, "rules.yaml", Format::Yaml).expect("the rules fixture is valid");
        modbus_map_sim::server(&checked.device, &modbus_map_sim::Options { log: false, ..Default::default() })
    })
}

fn reset(server: &Server<MemoryStore>) {
    let map = server.map();
    *server.store() = MemoryStore::new(map);
}

/// The dispatch core: `[unit, framing, pdu...]`.
pub fn dispatch(data: &[u8]) {
    let [unit, framing, pdu @ ..] = data else { return };
    let framing = if framing & 1 == 0 { Framing::Tcp } else { Framing::Rtu };
    let server = server();
    reset(server);
    if let Ok(request) = Request::parse(pdu) {
        let mut again = [0u8; MAX_PDU_LEN + 8];
        let len = request.encode(&mut again).expect("a parsed request encodes");
        assert_eq!(&again[..len], pdu, "encode(parse(pdu)) == pdu");
    }
    let before = server.store().words().to_vec();
    let mut out = [0u8; MAX_PDU_LEN];
    let reply = server.handle(framing, *unit, pdu, &mut out);
    match reply {
        Reply::Response { len } => {
            assert!((2..=MAX_PDU_LEN).contains(&len), "response length {len}");
            assert_eq!(out[0], pdu[0], "a response echoes the function code");
        }
        Reply::Exception { function, .. } => {
            assert_eq!(out[0], function | 0x80);
            assert_eq!(server.store().words(), &before[..], "a refused request changed the store");
        }
        Reply::UnknownUnit => assert_eq!(server.store().words(), &before[..], "an unknown unit changed the store"),
        Reply::Broadcast => assert!(framing == Framing::Rtu && *unit == 0, "only RTU unit 0 is a broadcast"),
        Reply::Silent => panic!("the simulator has no quirks here, yet a request went unanswered"),
    }
}

/// The Modbus TCP framer: the input arrives in pieces whose sizes the first byte picks,
/// as the connection loop would read them.
pub fn tcp_framer(data: &[u8]) {
    let [piece, stream @ ..] = data else { return };
    let piece = *piece as usize + 1;
    let server = server();
    reset(server);
    let mut input = Vec::new();
    let mut output = [0u8; 4 * MAX_ANSWER];
    for chunk in stream.chunks(piece) {
        input.extend_from_slice(chunk);
        loop {
            let done = answer_frames(server, &input, &mut output, 16);
            assert!(done.consumed <= input.len() && done.produced <= output.len());
            let mut answers = &output[..done.produced];
            while !answers.is_empty() {
                assert!(answers.len() >= HEADER + 2, "a whole answer frame");
                let length = u16::from_be_bytes([answers[4], answers[5]]) as usize;
                assert_eq!(&answers[2..4], &[0, 0]);
                assert!((3..=MAX_PDU_LEN + 1).contains(&length));
                answers = &answers[6 + length..];
            }
            input.drain(..done.consumed);
            if done.bad_frame.is_some() {
                return;
            }
            if done.consumed == 0 {
                break;
            }
        }
    }
}

/// The RTU framer: `[baud selector, (silence selector, length, bytes...)...]`, each
/// piece arriving after the silence its selector picks (none, inside t1.5, between t1.5
/// and t3.5, beyond t3.5); frames it hands over are answered by the dispatch core.
pub fn rtu_framer(data: &[u8]) {
    let [baud, rest @ ..] = data else { return };
    let mut rest: &[u8] = rest;
    let baud = [1200, 9600, 19_200, 115_200][*baud as usize % 4];
    let timing = LineTiming::at_baud(baud);
    let silences = [Duration::ZERO, timing.t1_5 / 2, (timing.t1_5 + timing.t3_5) / 2, timing.t3_5 * 2];
    let server = server();
    reset(server);
    let mut framer = RtuFramer::new(timing);
    let mut out = [0u8; MAX_PDU_LEN];
    let mut answer = |framer: &mut RtuFramer, mut ready: Option<usize>| {
        ready = ready.or_else(|| framer.frame());
        let mut guard = 0;
        while let Some(len) = ready {
            guard += 1;
            assert!(guard <= 64, "the framer keeps handing out frames");
            let frame = framer.bytes(len);
            assert!(len >= 4 && frame.len() == len, "frame of {len} bytes");
            assert_eq!(crc16(&frame[..len - 2]).to_le_bytes(), [frame[len - 2], frame[len - 1]], "a frame with a good CRC");
            let _ = server.handle(Framing::Rtu, frame[0], &frame[1..len - 2], &mut out);
            framer.consume(len);
            ready = framer.frame();
        }
    };
    while let [selector, len, tail @ ..] = rest {
        let len = (*len as usize).min(tail.len());
        let (bytes, next) = tail.split_at(len);
        rest = next;
        let ended = framer.push(bytes, silences[*selector as usize % 4]);
        answer(&mut framer, as_frame(ended));
        // The high bit: the line then stays quiet until the t3.5 timeout fires.
        if selector & 0x80 != 0 {
            let ended = framer.silence();
            answer(&mut framer, as_frame(ended));
            assert!(!framer.pending(), "the silence leaves nothing pending");
        }
    }
}

fn as_frame(silence: Silence) -> Option<usize> {
    match silence {
        Silence::Frame(len) => Some(len),
        Silence::Idle | Silence::Discarded { .. } => None,
    }
}
