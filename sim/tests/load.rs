//! 32 concurrent connections × 2,000 mixed requests (reads, writes, bad requests)
//! against one simulator, while other clients send junk and hang up mid-frame.
//! Every response must be exactly the one predicted, and afterwards the store must
//! hold exactly the accepted writes.

mod common;

use common::*;
use tokio::io::AsyncWriteExt;

const CONNECTIONS: u16 = 32;
const REQUESTS: usize = 2_000;

/// The values one connection owns: its block instance `conn{n}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
struct Model {
    level: u16,
    mode: u16,
    total: u32,
}

impl Model {
    fn words(&self) -> Vec<u16> {
        vec![self.level, self.mode, (self.total >> 16) as u16, self.total as u16, 42]
    }
}

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*: deterministic per connection, so a failure replays.
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
}

async fn drive(sim: std::net::SocketAddr, n: u16) -> (Model, usize) {
    let stream = tokio::net::TcpStream::connect(sim).await.unwrap();
    stream.set_nodelay(true).unwrap();
    let mut raw = RawOn::new(stream);
    let base = 100 + 10 * n;
    let mut model = Model::default();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15 ^ (n as u64 + 1));
    let mut rejected = 0;
    for i in 0..REQUESTS {
        let r = rng.next();
        let v = (r >> 16) as u16;
        let (pdu, expect): (Vec<u8>, Result<Vec<u8>, u8>) = match r % 10 {
            0 => {
                let level = v % 1001;
                model.level = level;
                let pdu = write_single(6, base, level);
                (pdu.clone(), Ok(pdu))
            }
            1 => (write_single(6, base, 1001 + v % 1000), Err(3)),
            2 => {
                let next = Model { level: v % 1001, mode: v % 3, total: r as u32 ^ (r >> 40) as u32 };
                model = next;
                let w = &next.words()[..4];
                (write_registers(base, w), Ok(read(0x10, base, 4)))
            }
            3 => (write_registers(base, &[v % 1001, 3 + v % 100, 0, 0]), Err(3)),
            4 => {
                let w = model.words();
                let mut resp = vec![3, 10];
                w.iter().for_each(|x| resp.extend_from_slice(&x.to_be_bytes()));
                (read(3, base, 5), Ok(resp))
            }
            5 => (read(3, base + 5, 1), Err(2)),
            6 => (read(3, base, if v % 2 == 0 { 0 } else { 126 }), Err(3)),
            7 => (write_single(6, base + 4, v), Err(2)),
            8 => {
                model.level = v % 1001;
                let mut pdu = vec![0x17];
                pdu.extend_from_slice(&base.to_be_bytes());
                pdu.extend_from_slice(&5u16.to_be_bytes());
                pdu.extend_from_slice(&base.to_be_bytes());
                pdu.extend_from_slice(&1u16.to_be_bytes());
                pdu.push(2);
                pdu.extend_from_slice(&model.level.to_be_bytes());
                let mut resp = vec![0x17, 10];
                model.words().iter().for_each(|x| resp.extend_from_slice(&x.to_be_bytes()));
                (pdu, Ok(resp))
            }
            _ => (read(3, base + 3, 1), Err(2)),
        };
        let got = raw.ask(&pdu).await;
        match expect {
            Ok(resp) => assert_eq!(got, resp, "connection {n} request {i}: {pdu:02X?}"),
            Err(code) => {
                rejected += 1;
                assert_eq!(exception_of(pdu[0], &got), Some(code), "connection {n} request {i}: {pdu:02X?} got {got:02X?}")
            }
        }
    }
    (model, rejected)
}

/// A raw client on an already connected stream (the common one connects itself).
struct RawOn {
    stream: tokio::net::TcpStream,
    tid: u16,
}

impl RawOn {
    fn new(stream: tokio::net::TcpStream) -> Self {
        RawOn { stream, tid: 0 }
    }
    async fn ask(&mut self, pdu: &[u8]) -> Vec<u8> {
        use tokio::io::AsyncReadExt;
        self.tid = self.tid.wrapping_add(1);
        let mut frame = self.tid.to_be_bytes().to_vec();
        frame.extend_from_slice(&[0, 0]);
        frame.extend_from_slice(&((pdu.len() + 1) as u16).to_be_bytes());
        frame.push(1);
        frame.extend_from_slice(pdu);
        self.stream.write_all(&frame).await.unwrap();
        let mut header = [0u8; 7];
        tokio::time::timeout(std::time::Duration::from_secs(10), self.stream.read_exact(&mut header))
            .await
            .expect("answer within 10 s")
            .unwrap();
        assert_eq!(u16::from_be_bytes([header[0], header[1]]), self.tid);
        let mut body = vec![0u8; u16::from_be_bytes([header[4], header[5]]) as usize - 1];
        self.stream.read_exact(&mut body).await.unwrap();
        body
    }
}

/// Connects, sends part of a frame or junk, hangs up; `rounds` times.
async fn disturb(addr: std::net::SocketAddr, seed: u64, rounds: usize) {
    let mut rng = Rng(seed);
    for _ in 0..rounds {
        let Ok(mut s) = tokio::net::TcpStream::connect(addr).await else { continue };
        let r = rng.next();
        let bytes: Vec<u8> = match r % 3 {
            0 => vec![0, 1, 0, 0, 0, 6, 1, 3, 0], // a request cut off mid-frame
            1 => (0..(r >> 8) % 64).map(|k| (r >> (k % 56)) as u8).collect(), // random junk
            _ => vec![0, 1, 0, 0, 0xFF, 0xFF, 1], // absurd length
        };
        let _ = s.write_all(&bytes).await;
        drop(s);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn thirty_two_connections_of_mixed_requests_leave_exactly_the_accepted_writes() {
    let sim = start(&fixture("load.yaml"), false).await;
    let addr = sim.addr;
    let disturbers: Vec<_> = (0..4).map(|k| tokio::spawn(disturb(addr, 77 + k, 200))).collect();
    let clients: Vec<_> = (0..CONNECTIONS).map(|n| tokio::spawn(drive(addr, n))).collect();
    let mut models = Vec::new();
    let mut rejected = 0;
    for c in clients {
        let (model, r) = c.await.expect("client task finished without a failed check");
        models.push(model);
        rejected += r;
    }
    for d in disturbers {
        d.await.unwrap();
    }
    assert!(rejected > 20_000, "the mix holds bad requests ({rejected} rejected)");
    {
        let store = sim.server.store();
        for (n, model) in models.iter().enumerate() {
            let inst = format!("conn{}", n + 1);
            assert_eq!(store.get_words(&format!("{inst}.level")).unwrap(), &[model.level], "{inst}");
            assert_eq!(store.get_words(&format!("{inst}.mode")).unwrap(), &[model.mode], "{inst}");
            assert_eq!(store.get_words(&format!("{inst}.total")).unwrap(), &model.words()[2..4], "{inst}");
            assert_eq!(store.get_words(&format!("{inst}.serial")).unwrap(), &[42], "{inst}: read-only never written");
        }
    }
    sim.stop().await.unwrap();
}
