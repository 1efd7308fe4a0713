//! HTTP/1.1 connections, one thread each, with the limits a public endpoint needs.
//!
//! textkg used oxhttp's `Server`, which waits on a semaphore in its accept loop once its
//! connection cap is reached (so a few hundred idle sockets lock every new client out), reads
//! each request of a connection through a new buffer (so a second pipelined request is lost),
//! answers a read timeout with a 500 and rejects a request head over 8 KB with a bare 400. This
//! module keeps oxhttp's request and response types and does the connection handling itself:
//!
//! - the accept loop never blocks: past `max_connections` it closes the connection that has
//!   waited longest for a request (an idle keep-alive or a slow half-sent head); if every
//!   connection is busy with a request, the new one gets 503 with `Retry-After`;
//! - a connection may wait `idle` for its next request and then has `head` to send the whole
//!   request head; after that it is closed (408 if it had started a request);
//! - one buffer a connection, so pipelined requests are answered in order;
//! - a request target over `max_uri` bytes gets 414 (send long queries with POST), a head over
//!   `max_head` 431, a body over `max_body` 413;
//! - each request has a [`Deadline`]: the body must arrive, the answer be computed and written
//!   by then (a streamed answer that is not finished is cut off: the client sees an incomplete
//!   chunked body).

use crate::store::deadline::Deadline;
use oxhttp::model::header::{CONNECTION, CONTENT_LENGTH, EXPECT, TRANSFER_ENCODING};
use oxhttp::model::{
    Body, HeaderName, HeaderValue, Method, Request, Response, StatusCode, Version,
};
use std::collections::HashMap;
use std::io::{self, Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// The limits of the connection layer.
#[derive(Debug, Clone)]
pub struct Limits {
    /// Open connections; past it the longest-waiting idle one is closed, or the new one refused.
    pub max_connections: usize,
    /// How long a connection may wait for its next request.
    pub idle: Duration,
    /// How long a client may take to send a request head, from its first byte.
    pub head: Duration,
    /// The longest request target (path and query string), in bytes.
    pub max_uri: usize,
    /// The largest request head, in bytes.
    pub max_head: usize,
    /// The largest request body, in bytes.
    pub max_body: usize,
    /// Each request's time: its body, its answer and the writing of the answer.
    pub request: Duration,
    /// The `Server` header.
    pub server: &'static str,
}

/// Answers one request; the deadline is the request's.
pub type Handler = dyn Fn(&mut Request<Body>, &Deadline) -> Response<Body> + Send + Sync;

/// How long a finished answer may still take to write once the deadline has passed.
const WRITE_GRACE: Duration = Duration::from_secs(2);

/// Accepts connections until the listener fails.
pub fn serve(listener: TcpListener, limits: Limits, handler: Arc<Handler>) {
    let registry = Arc::new(Registry {
        max: limits.max_connections.max(1),
        state: Mutex::new(RegistryState::default()),
    });
    let limits = Arc::new(limits);
    for stream in listener.incoming() {
        let stream = match stream {
            Ok(stream) => stream,
            Err(e) => {
                // Out of file descriptors, most likely: make room rather than spin.
                tracing::warn!("accepting a connection failed: {e}");
                registry.shed();
                std::thread::sleep(Duration::from_millis(10));
                continue;
            }
        };
        let Some(id) = registry.admit() else {
            refuse(stream);
            continue;
        };
        let (registry2, limits2, handler2) = (registry.clone(), limits.clone(), handler.clone());
        let spawned = std::thread::Builder::new()
            .name("textkg connection".into())
            .spawn(move || {
                connection(stream, id, &registry2, &limits2, &*handler2);
                registry2.close(id);
            });
        if let Err(e) = spawned {
            tracing::warn!("cannot start a connection thread: {e}");
            registry.close(id);
        }
    }
}

/// The open connections, and those waiting for a request (which may be closed to make room).
struct Registry {
    max: usize,
    state: Mutex<RegistryState>,
}

#[derive(Default)]
struct RegistryState {
    open: usize,
    next_id: u64,
    waiting: HashMap<u64, (Instant, Arc<TcpStream>)>,
}

impl Registry {
    fn lock(&self) -> std::sync::MutexGuard<'_, RegistryState> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// A new connection's id, or `None` when every connection is busy with a request.
    fn admit(&self) -> Option<u64> {
        let mut state = self.lock();
        if state.open >= self.max && !shed_oldest(&mut state) {
            return None;
        }
        state.open += 1;
        state.next_id += 1;
        Some(state.next_id)
    }

    /// Closes the connection that has waited longest for a request.
    fn shed(&self) {
        shed_oldest(&mut self.lock());
    }

    fn waiting(&self, id: u64, stream: &Arc<TcpStream>) {
        self.lock()
            .waiting
            .insert(id, (Instant::now(), Arc::clone(stream)));
    }

    fn busy(&self, id: u64) {
        self.lock().waiting.remove(&id);
    }

    fn close(&self, id: u64) {
        let mut state = self.lock();
        state.waiting.remove(&id);
        state.open = state.open.saturating_sub(1);
    }
}

/// Shuts the longest-waiting connection down (its thread sees the end of the stream and ends).
fn shed_oldest(state: &mut RegistryState) -> bool {
    let oldest = state
        .waiting
        .iter()
        .min_by_key(|(_, (since, _))| *since)
        .map(|(id, _)| *id);
    match oldest.and_then(|id| state.waiting.remove(&id)) {
        Some((_, stream)) => {
            let _ = stream.shutdown(Shutdown::Both);
            true
        }
        None => false,
    }
}

/// Every connection is busy: say so and close.
fn refuse(mut stream: TcpStream) {
    let body = "the server has too many connections busy with requests; retry shortly\n";
    let _ = stream.set_write_timeout(Some(Duration::from_millis(200)));
    let _ = write!(
        stream,
        "HTTP/1.1 503 Service Unavailable\r\ncontent-type: text/plain; charset=utf-8\r\n\
         retry-after: 1\r\nconnection: close\r\ncontent-length: {}\r\n\r\n{body}",
        body.len()
    );
    let _ = stream.shutdown(Shutdown::Write);
}

/// A request the connection layer answers itself, then closes the connection.
struct Refusal(StatusCode, String);

fn connection(stream: TcpStream, id: u64, registry: &Registry, limits: &Limits, handler: &Handler) {
    let _ = stream.set_nodelay(true);
    // One socket: read through the input's buffer, written directly, shut down by the registry.
    let stream = Arc::new(stream);
    let mut input = Input {
        stream: Arc::clone(&stream),
        buf: Vec::new(),
        start: 0,
    };
    let output = &*stream;
    loop {
        registry.waiting(id, &stream);
        let head = read_head(&mut input, limits);
        registry.busy(id);
        let request = match head {
            Ok(Some(request)) => request,
            Ok(None) => return,
            Err(Refusal(status, message)) => {
                let deadline = Deadline::after(WRITE_GRACE);
                let r = text(status, &message);
                let _ = write_response(output, r, false, true, true, limits, &deadline);
                return;
            }
        };
        let deadline = Deadline::after(limits.request);
        if !exchange(&mut input, output, request, &deadline, limits, handler) {
            return;
        }
    }
}

/// Reads a request body, answers the request and writes the answer; whether the connection
/// stays open.
fn exchange(
    input: &mut Input,
    output: &TcpStream,
    request: Request<()>,
    deadline: &Deadline,
    limits: &Limits,
    handler: &Handler,
) -> bool {
    let head_only = request.method() == Method::HEAD;
    let chunked = request.version() >= Version::HTTP_11;
    let close = request.version() < Version::HTTP_11
        || request
            .headers()
            .get_all(CONNECTION)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .any(|token| token.trim().eq_ignore_ascii_case("close"));
    let body = match read_body(input, output, &request, deadline, limits) {
        Ok(body) => body,
        Err(Refusal(status, message)) => {
            let r = text(status, &message);
            let _ = write_response(output, r, false, true, chunked, limits, deadline);
            return false;
        }
    };
    let mut request = request.map(|()| Body::from(body));
    let response = catch_unwind(AssertUnwindSafe(|| handler(&mut request, deadline)))
        .unwrap_or_else(|_| {
            text(
                StatusCode::INTERNAL_SERVER_ERROR,
                "internal error; the server log says more",
            )
        });
    write_response(
        output, response, head_only, close, chunked, limits, deadline,
    )
    .unwrap_or(false)
}

fn text(status: StatusCode, message: &str) -> Response<Body> {
    let mut r = Response::new(Body::from(format!("{message}\n")));
    *r.status_mut() = status;
    r.headers_mut().insert(
        HeaderName::from_static("content-type"),
        HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    r
}

/// A connection's input, buffered across requests (so that pipelined requests are kept).
struct Input {
    stream: Arc<TcpStream>,
    buf: Vec<u8>,
    start: usize,
}

fn is_timeout(e: &io::Error) -> bool {
    matches!(
        e.kind(),
        io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut
    )
}

impl Input {
    fn available(&self) -> &[u8] {
        &self.buf[self.start..]
    }

    fn consume(&mut self, n: usize) {
        self.start = (self.start + n).min(self.buf.len());
        if self.start == self.buf.len() {
            self.buf.clear();
            self.start = 0;
        }
    }

    /// Reads what the client has sent, waiting at most `wait`; `Ok(0)` at the end of the stream.
    fn fill(&mut self, wait: Duration) -> io::Result<usize> {
        if self.start > 0 {
            self.buf.drain(..self.start);
            self.start = 0;
        }
        self.stream
            .set_read_timeout(Some(wait.max(Duration::from_millis(1))))?;
        let old = self.buf.len();
        self.buf.resize(old + 16 * 1024, 0);
        let read = (&*self.stream).read(&mut self.buf[old..]);
        self.buf.truncate(old + *read.as_ref().unwrap_or(&0));
        read
    }

    /// Drops the empty lines a client may send between requests.
    fn skip_blank_lines(&mut self) {
        let blank = self
            .available()
            .iter()
            .take_while(|b| matches!(b, b'\r' | b'\n'))
            .count();
        self.consume(blank);
    }
}

/// The next request head; `None` when the client closed the connection or stayed idle.
fn read_head(input: &mut Input, limits: &Limits) -> Result<Option<Request<()>>, Refusal> {
    input.skip_blank_lines();
    while input.available().is_empty() {
        match input.fill(limits.idle) {
            Ok(0) | Err(_) => return Ok(None),
            Ok(_) => input.skip_blank_lines(),
        }
    }
    let started = Instant::now();
    loop {
        check_request_line(input.available(), limits.max_uri)?;
        let mut headers = [httparse::EMPTY_HEADER; 100];
        let mut parsed = httparse::Request::new(&mut headers);
        match parsed.parse(input.available()) {
            Ok(httparse::Status::Complete(length)) => {
                let request = build_request(&parsed)?;
                input.consume(length);
                return Ok(Some(request));
            }
            Ok(httparse::Status::Partial) => {}
            Err(httparse::Error::TooManyHeaders) => {
                return Err(Refusal(
                    StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE,
                    "more than 100 header fields".into(),
                ))
            }
            Err(e) => {
                return Err(Refusal(
                    StatusCode::BAD_REQUEST,
                    format!("malformed request head: {e}"),
                ))
            }
        }
        if input.available().len() > limits.max_head {
            return Err(Refusal(
                StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE,
                format!("the request head is larger than {} bytes", limits.max_head),
            ));
        }
        let late = || {
            Refusal(
                StatusCode::REQUEST_TIMEOUT,
                format!(
                    "the request head took longer than {} s to arrive",
                    limits.head.as_secs()
                ),
            )
        };
        let left = limits
            .head
            .checked_sub(started.elapsed())
            .ok_or_else(late)?;
        match input.fill(left) {
            Ok(0) => return Ok(None),
            Ok(_) => {}
            Err(e) if is_timeout(&e) => return Err(late()),
            Err(_) => return Ok(None),
        }
    }
}

/// 414 as soon as the request line shows a target over `max_uri` bytes.
fn check_request_line(bytes: &[u8], max_uri: usize) -> Result<(), Refusal> {
    let line = bytes
        .iter()
        .position(|&b| b == b'\n')
        .map_or(bytes, |end| &bytes[..end]);
    let mut parts = line.split(|&b| b == b' ');
    let _method = parts.next();
    let target = parts.next().unwrap_or(&[]);
    // While the line is incomplete the target may still grow.
    let target_len = if parts.next().is_some() {
        target.len()
    } else {
        line.len().saturating_sub(16)
    };
    if target_len > max_uri {
        return Err(Refusal(
            StatusCode::URI_TOO_LONG,
            format!(
                "the request URI is longer than {} bytes; send long queries with POST \
                 (Content-Type: application/sparql-query, or a form with query=)",
                max_uri
            ),
        ));
    }
    Ok(())
}

fn build_request(parsed: &httparse::Request<'_, '_>) -> Result<Request<()>, Refusal> {
    let bad = |what: &str| Refusal(StatusCode::BAD_REQUEST, what.to_string());
    let method = Method::from_bytes(parsed.method.unwrap_or("").as_bytes())
        .map_err(|_| bad("invalid method"))?;
    let version = match parsed.version {
        Some(0) => Version::HTTP_10,
        _ => Version::HTTP_11,
    };
    let mut request = Request::builder()
        .method(method)
        .version(version)
        .uri(parsed.path.unwrap_or("/"));
    for h in parsed.headers.iter() {
        let name =
            HeaderName::from_bytes(h.name.as_bytes()).map_err(|_| bad("invalid header name"))?;
        let value = HeaderValue::from_bytes(h.value).map_err(|_| bad("invalid header value"))?;
        request = request.header(name, value);
    }
    request
        .body(())
        .map_err(|e| bad(&format!("invalid request target: {e}")))
}

/// The request's body, whole: by Content-Length or chunked, within the limits.
fn read_body(
    input: &mut Input,
    mut output: &TcpStream,
    request: &Request<()>,
    deadline: &Deadline,
    limits: &Limits,
) -> Result<Vec<u8>, Refusal> {
    let headers = request.headers();
    let too_large = || {
        Refusal(
            StatusCode::PAYLOAD_TOO_LARGE,
            format!("the request body is larger than {} bytes", limits.max_body),
        )
    };
    let chunked = match headers.get(TRANSFER_ENCODING).map(|v| v.to_str()) {
        None => false,
        Some(Ok(v)) if v.trim().eq_ignore_ascii_case("chunked") => true,
        Some(_) => {
            return Err(Refusal(
                StatusCode::NOT_IMPLEMENTED,
                "only the chunked transfer coding is supported".into(),
            ))
        }
    };
    let length = match headers.get(CONTENT_LENGTH) {
        _ if chunked => None,
        None => Some(0),
        Some(v) => Some(
            v.to_str()
                .ok()
                .and_then(|v| v.trim().parse::<u64>().ok())
                .ok_or_else(|| Refusal(StatusCode::BAD_REQUEST, "invalid Content-Length".into()))?,
        ),
    };
    if length.is_some_and(|n| n > limits.max_body as u64) {
        return Err(too_large());
    }
    let expects = headers
        .get(EXPECT)
        .is_some_and(|v| v.as_bytes().eq_ignore_ascii_case(b"100-continue"));
    if expects && length != Some(0) && request.version() >= Version::HTTP_11 {
        let _ = output.write_all(b"HTTP/1.1 100 Continue\r\n\r\n");
    }
    let mut reader = BodyReader { input, deadline };
    match length {
        Some(n) => reader.exact(n as usize),
        None => reader
            .chunked(limits.max_body)
            .and_then(|b| b.ok_or_else(too_large)),
    }
}

/// Reads a body from a connection's input before the request's deadline.
struct BodyReader<'a> {
    input: &'a mut Input,
    deadline: &'a Deadline,
}

impl BodyReader<'_> {
    /// Waits for more bytes.
    fn more(&mut self) -> Result<(), Refusal> {
        let late = || {
            Refusal(
                StatusCode::REQUEST_TIMEOUT,
                "the request body did not arrive in time".into(),
            )
        };
        if self.deadline.passed() {
            return Err(late());
        }
        match self.input.fill(self.deadline.remaining()) {
            Ok(0) => Err(Refusal(
                StatusCode::BAD_REQUEST,
                "the connection closed before the end of the request body".into(),
            )),
            Ok(_) => Ok(()),
            Err(e) if is_timeout(&e) => Err(late()),
            Err(e) => Err(Refusal(StatusCode::BAD_REQUEST, e.to_string())),
        }
    }

    fn exact(&mut self, n: usize) -> Result<Vec<u8>, Refusal> {
        while self.input.available().len() < n {
            self.more()?;
        }
        let body = self.input.available()[..n].to_vec();
        self.input.consume(n);
        Ok(body)
    }

    fn line(&mut self) -> Result<Vec<u8>, Refusal> {
        loop {
            if let Some(end) = self.input.available().iter().position(|&b| b == b'\n') {
                let line = self.input.available()[..end].to_vec();
                self.input.consume(end + 1);
                return Ok(line);
            }
            if self.input.available().len() > 4096 {
                return Err(Refusal(StatusCode::BAD_REQUEST, "malformed chunk".into()));
            }
            self.more()?;
        }
    }

    /// A chunked body; `None` when it is larger than `max`.
    fn chunked(&mut self, max: usize) -> Result<Option<Vec<u8>>, Refusal> {
        let mut body = Vec::new();
        loop {
            let line = self.line()?;
            let size = std::str::from_utf8(&line)
                .ok()
                .and_then(|l| l.split(';').next())
                .and_then(|s| usize::from_str_radix(s.trim(), 16).ok())
                .ok_or_else(|| Refusal(StatusCode::BAD_REQUEST, "malformed chunk size".into()))?;
            if size == 0 {
                while !self.line()?.iter().all(|b| b.is_ascii_whitespace()) {}
                return Ok(Some(body));
            }
            if body.len() + size > max {
                return Ok(None);
            }
            body.extend(self.exact(size)?);
            self.line()?;
        }
    }
}

/// Writes to a connection until a deadline.
struct DeadlineWriter<'a> {
    stream: &'a TcpStream,
    until: Instant,
}

impl Write for DeadlineWriter<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let left = self.until.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Err(io::Error::new(
                io::ErrorKind::TimedOut,
                "the client did not read the answer in time",
            ));
        }
        self.stream.set_write_timeout(Some(left))?;
        let mut stream = self.stream;
        stream.write(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// Writes a response; whether the connection can take another request. `chunked`: the client
/// speaks HTTP/1.1 (an HTTP/1.0 client gets a streamed body ended by closing the connection).
fn write_response(
    stream: &TcpStream,
    mut response: Response<Body>,
    head_only: bool,
    close: bool,
    chunked: bool,
    limits: &Limits,
    deadline: &Deadline,
) -> io::Result<bool> {
    let close = close || (!chunked && response.body().len().is_none());
    let status = response.status();
    let length = response.body().len();
    let no_body =
        head_only || status == StatusCode::NO_CONTENT || status == StatusCode::NOT_MODIFIED;
    // A streamed answer is cut off at the deadline; a finished one still gets a little time.
    let until = match length {
        Some(_) => deadline.at().max(Instant::now()) + WRITE_GRACE,
        None => deadline.at(),
    };
    let mut head = format!(
        "HTTP/1.1 {} {}\r\nserver: {}\r\n",
        status.as_u16(),
        status.canonical_reason().unwrap_or(""),
        limits.server
    )
    .into_bytes();
    for (name, value) in response.headers() {
        head.extend_from_slice(name.as_str().as_bytes());
        head.extend_from_slice(b": ");
        head.extend_from_slice(value.as_bytes());
        head.extend_from_slice(b"\r\n");
    }
    match length {
        _ if status == StatusCode::NO_CONTENT || status == StatusCode::NOT_MODIFIED => {}
        Some(n) => head.extend_from_slice(format!("content-length: {n}\r\n").as_bytes()),
        None if !head_only && chunked => {
            head.extend_from_slice(b"transfer-encoding: chunked\r\n");
        }
        None => {}
    }
    if close {
        head.extend_from_slice(b"connection: close\r\n");
    }
    head.extend_from_slice(b"\r\n");
    let mut out = io::BufWriter::with_capacity(64 * 1024, DeadlineWriter { stream, until });
    out.write_all(&head)?;
    if !no_body {
        let body = response.body_mut();
        if length.is_some() {
            io::copy(body, &mut out)?;
        } else if !chunked {
            let _ = io::copy(body, &mut out);
        } else if !write_chunks(body, &mut out)? {
            return Ok(false);
        }
    }
    out.flush()?;
    Ok(!close)
}

/// Writes a streamed body in chunks; `false` when the body failed (its deadline passed): the
/// body is then left without its last chunk, so that the client knows it is incomplete.
fn write_chunks(body: &mut Body, out: &mut impl Write) -> io::Result<bool> {
    let mut buf = vec![0; 64 * 1024];
    loop {
        let n = match body.read(&mut buf) {
            Ok(0) => {
                out.write_all(b"0\r\n\r\n")?;
                return Ok(true);
            }
            Ok(n) => n,
            Err(e) => {
                tracing::debug!("a streamed answer stopped: {e}");
                out.flush()?;
                return Ok(false);
            }
        };
        write!(out, "{n:x}\r\n")?;
        out.write_all(&buf[..n])?;
        out.write_all(b"\r\n")?;
    }
}
