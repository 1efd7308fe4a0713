//! Pushing document graphs to an external triple store over the SPARQL 1.1 Graph Store Protocol
//! (`PUT endpoint?graph=IRI`), for corpora larger than one machine's store. Each success is
//! appended to a checkpoint file (document IRI and content hash), so that an interrupted push
//! resumes where it stopped and an unchanged document is never sent twice.

use crate::cli::{ExtractionArgs, GlobalArgs};
use crate::error::{Error, Result};
use crate::graph::{content_hash, to_quads};
use crate::rdf::document_iri;
use oxhttp::model::header::CONTENT_TYPE;
use oxhttp::model::{Body, HeaderValue, Method, Request, StatusCode};
use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

const ATTEMPTS: u32 = 5;

fn read_checkpoint(path: &Path) -> Result<HashMap<String, String>> {
    match std::fs::read_to_string(path) {
        Ok(text) => Ok(text
            .lines()
            .filter_map(|l| l.split_once('\t'))
            .map(|(iri, hash)| (iri.to_string(), hash.to_string()))
            .collect()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(HashMap::new()),
        Err(source) => Err(Error::Unreadable {
            path: path.to_path_buf(),
            source,
        }),
    }
}

/// PUTs one graph, retrying with backoff on connection errors and 5xx answers.
fn put(client: &oxhttp::Client, endpoint: &str, graph: &str, body: Vec<u8>) -> Result<()> {
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
            .map_err(|e| Error::Store(format!("invalid endpoint URL {endpoint}: {e}")))?;
        request.headers_mut().insert(
            CONTENT_TYPE,
            HeaderValue::from_static("application/n-triples"),
        );
        match client.request(request) {
            Ok(r) if r.status().is_success() => return Ok(()),
            Ok(r)
                if r.status().is_server_error() || r.status() == StatusCode::TOO_MANY_REQUESTS =>
            {
                last = format!("{} from {endpoint}", r.status());
            }
            Ok(r) => {
                let status = r.status();
                let text = r.into_body().to_string().unwrap_or_default();
                return Err(Error::Store(format!(
                    "{endpoint} refused graph <{graph}>: {status} {text}"
                )));
            }
            Err(e) => last = format!("{endpoint}: {e}"),
        }
    }
    Err(Error::Store(format!(
        "gave up after {ATTEMPTS} attempts: {last}; run the same command again to resume"
    )))
}

/// Extracts the documents and pushes each one's graph to `endpoint`.
pub fn push(
    g: &GlobalArgs,
    paths: &[PathBuf],
    args: &ExtractionArgs,
    endpoint: &str,
    checkpoint: &Path,
) -> Result<()> {
    let started = Instant::now();
    let extractor = crate::commands::extractor(args)?;
    let pool = crate::commands::thread_pool(args)?;
    let sources = crate::document::sources(paths)?;
    let total = crate::document::validate(&sources, paths)?;
    let done = read_checkpoint(checkpoint)?;
    let mut log = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(checkpoint)
        .map_err(|source| Error::Unreadable {
            path: checkpoint.to_path_buf(),
            source,
        })?;
    let client = oxhttp::Client::new().with_global_timeout(Duration::from_secs(60));
    let (mut pushed, mut skipped, mut quads) = (0usize, 0usize, 0usize);
    let mut registry = crate::link::AliasRegistry::default();
    crate::commands::extract_stream(
        g,
        args.shard,
        &extractor,
        &pool,
        &sources,
        total,
        &mut registry,
        |extractions| {
            for ex in &extractions {
                let iri = document_iri(&ex.document.id);
                let hash = content_hash(&ex.document.text);
                if done.get(&iri) == Some(&hash) {
                    skipped += 1;
                    continue;
                }
                let graph = to_quads(ex, &extractor.ontology);
                quads += graph.len();
                let mut body = Vec::new();
                let mut writer =
                    oxigraph::io::RdfSerializer::from_format(oxigraph::io::RdfFormat::NTriples)
                        .for_writer(&mut body);
                for q in &graph {
                    writer.serialize_triple(oxigraph::model::QuadRef::from(q))?;
                }
                writer.finish()?;
                put(&client, endpoint, &iri, body)?;
                writeln!(log, "{iri}\t{hash}")?;
                log.flush()?;
                pushed += 1;
            }
            Ok(())
        },
    )?;
    if !g.quiet {
        eprintln!(
            "pushed {pushed} document graph{} ({skipped} already there, per {}): {quads} triples in {:.2} s → {endpoint}",
            if pushed == 1 { "" } else { "s" },
            checkpoint.display(),
            started.elapsed().as_secs_f64()
        );
    }
    Ok(())
}
