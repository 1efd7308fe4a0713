//! Pushing document graphs to an external triple store over the SPARQL 1.1 Graph Store Protocol
//! (`PUT endpoint?graph=IRI`), for corpora larger than one machine's store. Each success is
//! appended to a checkpoint file (document IRI and content hash), so that an interrupted push
//! resumes where it stopped and an unchanged document is never sent twice.

use crate::error::{Error, Result};
use oxhttp::model::header::CONTENT_TYPE;
use oxhttp::model::{Body, HeaderValue, Method, Request, StatusCode};
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::{Quad, QuadRef};
use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

const ATTEMPTS: u32 = 5;

/// A Graph Store Protocol endpoint, with retries and backoff.
pub struct GraphStore {
    endpoint: String,
    client: oxhttp::Client,
}

impl std::fmt::Debug for GraphStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GraphStore")
            .field("endpoint", &self.endpoint)
            .finish_non_exhaustive()
    }
}

impl GraphStore {
    pub fn new(endpoint: &str) -> Self {
        GraphStore {
            endpoint: endpoint.to_string(),
            client: oxhttp::Client::new().with_global_timeout(Duration::from_secs(60)),
        }
    }

    fn failed(&self, message: String) -> Error {
        Error::Push {
            endpoint: self.endpoint.clone(),
            message,
        }
    }

    /// Replaces the named graph `graph` with `quads` (as N-Triples), retrying with backoff on
    /// connection errors, 429 and 5xx answers.
    pub fn put(&self, graph: &str, quads: &[Quad]) -> Result<()> {
        let mut body = Vec::new();
        let mut writer = RdfSerializer::from_format(RdfFormat::NTriples).for_writer(&mut body);
        for q in quads {
            writer.serialize_triple(QuadRef::from(q))?;
        }
        writer.finish()?;
        let endpoint = &self.endpoint;
        let url = format!(
            "{endpoint}{}graph={}",
            if endpoint.contains('?') { '&' } else { '?' },
            form_urlencoded::byte_serialize(graph.as_bytes()).collect::<String>()
        );
        let mut last = String::new();
        for attempt in 0..ATTEMPTS {
            if attempt > 0 {
                std::thread::sleep(Duration::from_millis(200 << attempt));
            }
            let mut request = Request::builder()
                .method(Method::PUT)
                .uri(url.as_str())
                .body(Body::from(body.clone()))
                .map_err(|e| self.failed(format!("not a valid endpoint URL: {e}")))?;
            request.headers_mut().insert(
                CONTENT_TYPE,
                HeaderValue::from_static("application/n-triples"),
            );
            match self.client.request(request) {
                Ok(r) if r.status().is_success() => return Ok(()),
                Ok(r)
                    if r.status().is_server_error()
                        || r.status() == StatusCode::TOO_MANY_REQUESTS =>
                {
                    last = format!("answered {}", r.status());
                }
                Ok(r) => {
                    let status = r.status();
                    let text = r.into_body().to_string().unwrap_or_default();
                    return Err(self.failed(format!("refused graph <{graph}>: {status} {text}")));
                }
                Err(e) => last = e.to_string(),
            }
        }
        Err(self.failed(format!(
            "gave up after {ATTEMPTS} attempts ({last}); run the same command again to resume"
        )))
    }
}

/// What was pushed already: document IRI → content hash, appended to as documents land.
#[derive(Debug)]
pub struct Checkpoint {
    done: HashMap<String, String>,
    log: std::fs::File,
    path: PathBuf,
}

impl Checkpoint {
    /// Opens (or creates) a checkpoint file.
    pub fn open(path: &Path) -> Result<Self> {
        let unreadable = |source| Error::Unreadable {
            path: path.to_path_buf(),
            source,
        };
        let done = match std::fs::read_to_string(path) {
            Ok(text) => text
                .lines()
                .filter_map(|l| l.split_once('\t'))
                .map(|(iri, hash)| (iri.to_string(), hash.to_string()))
                .collect(),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => HashMap::new(),
            Err(e) => return Err(unreadable(e)),
        };
        let log = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)
            .map_err(unreadable)?;
        Ok(Checkpoint {
            done,
            log,
            path: path.to_path_buf(),
        })
    }

    /// Whether this document, with this content, was pushed already.
    pub fn has(&self, iri: &str, hash: &str) -> bool {
        self.done.get(iri).is_some_and(|h| h == hash)
    }

    /// Records a pushed document.
    pub fn record(&mut self, iri: &str, hash: &str) -> Result<()> {
        writeln!(self.log, "{iri}\t{hash}")?;
        self.log.flush()?;
        self.done.insert(iri.to_string(), hash.to_string());
        Ok(())
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}
