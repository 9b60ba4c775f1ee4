//! Modbus TCP: MBAP framing over a byte stream, many connections at once.

use super::Server;
use modbus_map_core::dispatch::{Framing, Storage, MAX_PDU_LEN};
use std::future::Future;
use std::io;
use std::sync::Arc;
use std::time::Duration;
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};

/// MBAP header: transaction id, protocol id, length, unit id.
pub const HEADER: usize = 7;
/// The largest frame that is read whole: one byte more than the largest legal PDU, so
/// an oversized but well-framed request (FC16 with 124 registers) gets exception 03.
pub const MAX_FRAME: usize = HEADER + MAX_PDU_LEN + 1;
/// The largest answer frame.
pub const MAX_ANSWER: usize = HEADER + MAX_PDU_LEN;

/// What [`answer_frames`] did with the bytes it was given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Answered {
    /// Bytes of whole frames handled (the rest is the start of a frame still arriving).
    pub consumed: usize,
    /// Bytes of answers written to the output.
    pub produced: usize,
    /// A header that is not Modbus TCP (protocol id, length): the stream cannot be
    /// resynchronised after it.
    pub bad_frame: Option<(u16, usize)>,
}

/// Answers the complete frames at the start of `input` in order, writing the answers
/// back to back into `output`, at most `max_frames` of them, and stops early when
/// `output` has no room left for one more answer. No allocation; the async connection
/// loop and the fuzz target both go through here.
pub fn answer_frames<S: Storage + Send>(server: &Server<S>, input: &[u8], output: &mut [u8], max_frames: usize) -> Answered {
    let mut done = Answered { consumed: 0, produced: 0, bad_frame: None };
    for _ in 0..max_frames {
        let rest = &input[done.consumed..];
        if rest.len() < HEADER || output.len() - done.produced < MAX_ANSWER {
            break;
        }
        let protocol = u16::from_be_bytes([rest[2], rest[3]]);
        let length = u16::from_be_bytes([rest[4], rest[5]]) as usize;
        if protocol != 0 || !(2..=MAX_PDU_LEN + 2).contains(&length) {
            done.bad_frame = Some((protocol, length));
            break;
        }
        let frame_len = 6 + length;
        let Some(frame) = rest.get(..frame_len) else { break };
        let (unit, pdu) = (frame[6], &frame[HEADER..]);
        let (head, body) = output[done.produced..].split_at_mut(HEADER);
        let reply = server.handle(Framing::Tcp, unit, pdu, body);
        if let Some(len) = reply.for_tcp(pdu, body) {
            head[..4].copy_from_slice(&frame[..4]);
            head[4..6].copy_from_slice(&((len + 1) as u16).to_be_bytes());
            head[6] = unit;
            done.produced += HEADER + len;
        }
        done.consumed += frame_len;
    }
    done
}

/// Serves Modbus TCP connections from `listener` until `shutdown` completes.
/// Connections still open then are closed.
pub async fn serve_tcp<S: Storage + Send + 'static>(
    server: Arc<Server<S>>,
    listener: tokio::net::TcpListener,
    shutdown: impl Future<Output = ()>,
) -> io::Result<()> {
    let mut connections = tokio::task::JoinSet::new();
    tokio::pin!(shutdown);
    loop {
        tokio::select! {
            () = &mut shutdown => break,
            accepted = listener.accept() => {
                let (stream, peer) = match accepted {
                    Ok(a) => a,
                    // Out of file descriptors or a reset during the handshake: keep serving the others.
                    Err(_) => { tokio::time::sleep(Duration::from_millis(10)).await; continue; }
                };
                if let Some(max) = server.quirks().and_then(|q| q.max_connections).filter(|&max| connections.len() >= max) {
                    // Like a device out of sockets: accept, then close at once.
                    server.log_event(&format_args!("tcp: connection from {peer} closed: {max} connections open (quirk max-connections)"));
                    drop(stream);
                    continue;
                }
                let _ = stream.set_nodelay(true);
                let server = server.clone();
                connections.spawn(async move {
                    let _ = tcp_connection(&server, stream).await;
                });
            }
            Some(_) = connections.join_next(), if !connections.is_empty() => {}
        }
    }
    connections.shutdown().await;
    Ok(())
}

/// Serves one TCP connection until the peer closes it or sends something that is not
/// Modbus TCP framing (then the stream cannot be resynchronised and is closed).
///
/// One read takes whatever the peer has sent; every complete request in it is answered
/// in order, and the answers go out together in one write. No allocation per request.
pub async fn tcp_connection<S: Storage + Send, T: AsyncRead + AsyncWrite + Unpin>(server: &Server<S>, mut stream: T) -> io::Result<()> {
    let mut input = [0u8; 8 * MAX_FRAME];
    let mut output = [0u8; 8 * MAX_ANSWER];
    // Unanswered bytes are `input[start..end]`.
    let (mut start, mut end) = (0usize, 0usize);
    let delay = server.response_delay();
    // A slow device answers one request at a time, each after the delay.
    let batch = if delay.is_zero() { usize::MAX } else { 1 };
    let idle = server.quirks().and_then(|q| q.idle_timeout);
    loop {
        loop {
            let done = answer_frames(server, &input[start..end], &mut output, batch);
            start += done.consumed;
            if done.produced > 0 {
                if !delay.is_zero() {
                    tokio::time::sleep(delay).await;
                }
                stream.write_all(&output[..done.produced]).await?;
            }
            if let Some((protocol, length)) = done.bad_frame {
                return Err(io::Error::new(
                    io::ErrorKind::InvalidData,
                    format!("not a Modbus TCP frame (protocol id {protocol}, length {length}); closing the connection"),
                ));
            }
            // Stopped for want of output room: answer the rest of what is here first.
            if done.consumed == 0 || start == end {
                break;
            }
        }
        if start == end {
            (start, end) = (0, 0);
        } else if input.len() - start < MAX_FRAME {
            // Too little room after the partial frame for the largest frame: move it to the front.
            input.copy_within(start..end, 0);
            (start, end) = (0, end - start);
        }
        let n = match idle {
            None => stream.read(&mut input[end..]).await?,
            Some(idle) => match tokio::time::timeout(idle, stream.read(&mut input[end..])).await {
                Ok(read) => read?,
                Err(_) => {
                    server.log_event(&format_args!("tcp: connection closed after {} ms without a request (quirk idle-timeout)", idle.as_millis()));
                    return Ok(());
                }
            },
        };
        if n == 0 {
            // The peer closed: between frames or inside a header is a normal goodbye.
            return if end - start < HEADER { Ok(()) } else { Err(io::ErrorKind::UnexpectedEof.into()) };
        }
        end += n;
    }
}
