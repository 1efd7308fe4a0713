//! Answers written as they are computed, within the request's deadline.
//!
//! Query results and graph dumps are produced piece by piece. An answer that is finished
//! within its first 64 KB is sent whole, with its real status (504 when its deadline passed).
//! A longer one is streamed: memory stays small, a client that goes away stops the work (the
//! write fails and the query is dropped), and one that is still reading at the deadline gets
//! an incomplete body, since the 200 has been sent.

use super::{response, Failure};
use crate::error::Error;
use crate::store::deadline::Deadline;
use oxhttp::model::{Body, Response, StatusCode};
use oxigraph::io::RdfSerializer;
use oxigraph::model::{Quad, Triple};
use oxigraph::sparql::results::QueryResultsSerializer;
use oxigraph::sparql::{QueryEvaluationError, QuerySolutionIter, QueryTripleIter};
use std::cell::RefCell;
use std::io::{Read, Write};
use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

/// Appends the next piece of an answer to the buffer; `true` once the answer is complete.
pub(super) type Produce = Box<dyn FnMut(&mut Vec<u8>) -> Result<bool, Error>>;

/// Below this, an answer is sent whole with its status; above, it is streamed.
const FIRST_PIECE: usize = 64 * 1024;
/// Rows or triples serialized between two looks at the clock.
const BATCH: usize = 256;

/// A request counted against `--max-concurrent` until its answer is written or dropped.
#[derive(Debug)]
pub(super) struct InFlight(pub(super) Arc<AtomicUsize>);

impl Drop for InFlight {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

/// The answer: whole if it is short, streamed if not.
pub(super) fn respond(
    media: &str,
    deadline: &Deadline,
    in_flight: Option<InFlight>,
    mut produce: Produce,
) -> Result<Response<Body>, Failure> {
    let mut first = Vec::new();
    while first.len() < FIRST_PIECE {
        if produce(&mut first)? {
            return Ok(response(StatusCode::OK, media, first));
        }
    }
    let stream = Stream {
        deadline: deadline.clone(),
        produce,
        pending: first,
        offset: 0,
        done: false,
        _in_flight: in_flight,
    };
    let mut r = response(StatusCode::OK, media, Vec::new());
    *r.body_mut() = Body::from_read(stream);
    Ok(r)
}

struct Stream {
    deadline: Deadline,
    produce: Produce,
    pending: Vec<u8>,
    offset: usize,
    done: bool,
    _in_flight: Option<InFlight>,
}

impl Read for Stream {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        while self.offset >= self.pending.len() {
            if self.done {
                return Ok(0);
            }
            self.pending.clear();
            self.offset = 0;
            let (produce, pending) = (&mut self.produce, &mut self.pending);
            self.done = self
                .deadline
                .run(|| produce(pending))
                .map_err(|e| std::io::Error::other(e.to_string()))?;
        }
        let n = buf.len().min(self.pending.len() - self.offset);
        buf[..n].copy_from_slice(&self.pending[self.offset..self.offset + n]);
        self.offset += n;
        Ok(n)
    }
}

/// A writer whose bytes are taken out piece by piece.
#[derive(Clone, Default)]
struct Sink(Rc<RefCell<Vec<u8>>>);

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Sink {
    fn drain_into(&self, out: &mut Vec<u8>) {
        out.append(&mut self.0.borrow_mut());
    }
}

/// An evaluation error as the library's error (cancellation is a timeout).
pub(super) fn evaluation(e: QueryEvaluationError) -> Error {
    match e {
        QueryEvaluationError::Cancelled => Error::Cancelled,
        e => Error::SparqlEvaluation {
            message: e.to_string(),
        },
    }
}

/// SELECT solutions in a results format.
pub(super) fn solutions(
    mut rows: QuerySolutionIter<'static>,
    serializer: QueryResultsSerializer,
    deadline: Deadline,
) -> Result<Produce, Error> {
    let sink = Sink::default();
    let mut writer =
        Some(serializer.serialize_solutions_to_writer(sink.clone(), rows.variables().to_vec())?);
    Ok(Box::new(move |out| {
        for _ in 0..BATCH {
            let Some(w) = writer.as_mut() else {
                return Ok(true);
            };
            match rows.next() {
                Some(row) => w.serialize(&row.map_err(evaluation)?)?,
                None => {
                    if let Some(w) = writer.take() {
                        w.finish()?;
                    }
                    sink.drain_into(out);
                    return Ok(true);
                }
            }
        }
        sink.drain_into(out);
        deadline.check()?;
        Ok(false)
    }))
}

/// CONSTRUCT or DESCRIBE triples in an RDF format.
pub(super) fn triples(
    mut triples: QueryTripleIter<'static>,
    serializer: RdfSerializer,
    deadline: Deadline,
) -> Produce {
    let mut items = std::iter::from_fn(move || {
        triples
            .next()
            .map(|t| t.map(Item::Triple).map_err(evaluation))
    });
    serialize(Box::new(move || items.next()), serializer, deadline)
}

/// Quads of the store (as triples when the format has no graphs).
pub(super) fn quads(
    quads: oxigraph::store::QuadIter<'static>,
    serializer: RdfSerializer,
    deadline: Deadline,
) -> Produce {
    let mut quads = quads;
    serialize(
        Box::new(move || quads.next().map(|q| q.map(Item::Quad).map_err(Error::from))),
        serializer,
        deadline,
    )
}

enum Item {
    Triple(Triple),
    Quad(Quad),
}

type Next = Box<dyn FnMut() -> Option<Result<Item, Error>>>;

fn serialize(mut next: Next, serializer: RdfSerializer, deadline: Deadline) -> Produce {
    let sink = Sink::default();
    let datasets = serializer.format().supports_datasets();
    let mut writer = Some(serializer.for_writer(sink.clone()));
    Box::new(move |out| {
        for _ in 0..BATCH {
            let Some(w) = writer.as_mut() else {
                return Ok(true);
            };
            match next().transpose()? {
                Some(Item::Triple(t)) => w.serialize_triple(&t)?,
                Some(Item::Quad(q)) if datasets => w.serialize_quad(&q)?,
                Some(Item::Quad(q)) => w.serialize_triple(&Triple::from(q))?,
                None => {
                    if let Some(w) = writer.take() {
                        w.finish()?;
                    }
                    sink.drain_into(out);
                    return Ok(true);
                }
            }
        }
        sink.drain_into(out);
        deadline.check()?;
        Ok(false)
    })
}

/// A 504 for a cancelled answer, as every other failure.
impl From<std::io::Error> for Failure {
    fn from(e: std::io::Error) -> Self {
        Failure(StatusCode::INTERNAL_SERVER_ERROR, e.to_string())
    }
}
