//! `textkg build`: extract documents into the store, or push their graphs to another store.

use super::args::BuildArgs;
use super::{extractor, Globals};
use crate::pipeline::{thread_pool, Extraction, Extractor, Session, StreamOptions};
use crate::rdf::to_quads;
use crate::store::push::{Checkpoint, GraphStore};
use crate::store::{Access, KgStore};
use crate::text::load::{sources, validate};
use anyhow::{Context, Result};
use oxigraph::model::Quad;
use std::collections::HashMap;
use std::path::PathBuf;
use std::time::Instant;

/// What a build did, for its summary line.
#[derive(Debug, Default)]
struct Tally {
    docs: usize,
    unchanged: usize,
    entities: usize,
    statements: usize,
    quads: usize,
}

impl Tally {
    /// Counts a document that is written, and returns its graph.
    fn graph(&mut self, ex: &Extraction, extractor: &Extractor) -> Vec<Quad> {
        self.entities += ex
            .analysis
            .resolution
            .entities
            .iter()
            .filter(|e| e.is_named())
            .count();
        self.statements += ex.statements.len();
        let quads = to_quads(ex.graph(), &extractor.ontology, &extractor.namespaces);
        self.quads += quads.len();
        quads
    }
}

pub fn run(g: &Globals, args: BuildArgs) -> Result<()> {
    if let Some(endpoint) = &args.endpoint {
        let checkpoint = args
            .checkpoint
            .clone()
            .unwrap_or_else(|| PathBuf::from("textkg-push.checkpoint"));
        return push(g, &args, endpoint, &checkpoint);
    }
    let started = Instant::now();
    // Open first: a locked or foreign store fails before any work is done. A store this build
    // creates is removed again if the build fails, so that a failure leaves nothing behind.
    let fresh = !g.memory && !g.store.exists();
    let store = g.open(Access::ReadWrite)?;
    tracing::info!("opened the store {}", g.store.display());
    let result = build_into(g, &store, &args, started);
    if result.is_err() && fresh {
        drop(store);
        let _ = std::fs::remove_dir_all(&g.store);
    }
    result
}

fn build_into(g: &Globals, store: &KgStore, args: &BuildArgs, started: Instant) -> Result<()> {
    let extractor = extractor(g, &args.extraction)?;
    let pool = thread_pool(args.extraction.jobs)?;
    // Every input is read and checked before anything is written.
    let sources = sources(&args.paths)?;
    let total = validate(&sources, &args.paths)?;
    let known: HashMap<String, String> = store.documents()?.into_iter().collect();
    let fresh_rules = args.extraction.rules.is_empty() && args.extraction.lexicon.is_empty();
    // An empty store takes Oxigraph's bulk loader (atomic: all or nothing); a store with
    // documents gets one transaction a batch, each replacing whole documents.
    let mut session = Session::with_registry(
        &extractor,
        store.alias_registry(&extractor.lexicon, &extractor.ontology)?,
    );
    let mut loader = store.is_new()?.then(|| store.bulk_loader());
    let mut tally = Tally::default();
    let bar = g.progress(total, "extracting");
    let options = StreamOptions {
        shard: args.extraction.shard,
        pool: Some(&pool),
    };
    session.stream(&sources, options, &|n| bar.inc(n), |extractions| {
        let mut graphs = Vec::new();
        for ex in &extractions {
            tally.docs += 1;
            let iri = extractor.namespaces.document_iri(&ex.document().id);
            if fresh_rules && known.get(&iri) == Some(&ex.document().content_hash()) {
                tally.unchanged += 1;
                continue;
            }
            graphs.push((iri, tally.graph(ex, &extractor)));
        }
        match loader.as_mut() {
            Some(loader) => loader.load(graphs),
            None => store.replace_documents(&graphs),
        }
    })?;
    bar.finish_and_clear();
    if let Some(loader) = loader {
        loader.commit().context("committing the build")?;
    }
    if !g.quiet {
        let place = match store.path() {
            Some(p) => p.display().to_string(),
            None => "memory".to_string(),
        };
        eprintln!(
            "built {} document{} ({} unchanged): {} entities, {} statements, {} quads in {:.2} s → {}",
            tally.docs,
            if tally.docs == 1 { "" } else { "s" },
            tally.unchanged,
            tally.entities,
            tally.statements,
            tally.quads,
            started.elapsed().as_secs_f64(),
            place
        );
    }
    Ok(())
}

/// Extracts the documents and pushes each one's graph to `endpoint`.
fn push(g: &Globals, args: &BuildArgs, endpoint: &str, checkpoint: &std::path::Path) -> Result<()> {
    let started = Instant::now();
    let extractor = extractor(g, &args.extraction)?;
    let pool = thread_pool(args.extraction.jobs)?;
    let sources = sources(&args.paths)?;
    let total = validate(&sources, &args.paths)?;
    let mut checkpoint = Checkpoint::open(checkpoint)?;
    let target = GraphStore::new(endpoint);
    let (mut pushed, mut skipped) = (0usize, 0usize);
    let mut tally = Tally::default();
    let mut session = extractor.session();
    let bar = g.progress(total, "pushing");
    let options = StreamOptions {
        shard: args.extraction.shard,
        pool: Some(&pool),
    };
    session.stream(&sources, options, &|n| bar.inc(n), |extractions| {
        for ex in &extractions {
            let iri = extractor.namespaces.document_iri(&ex.document().id);
            let hash = ex.document().content_hash();
            if checkpoint.has(&iri, &hash) {
                skipped += 1;
                continue;
            }
            target.put(&iri, &tally.graph(ex, &extractor))?;
            checkpoint.record(&iri, &hash)?;
            pushed += 1;
        }
        Ok(())
    })?;
    bar.finish_and_clear();
    if !g.quiet {
        eprintln!(
            "pushed {pushed} document graph{} ({skipped} already there, per {}): {} triples in {:.2} s → {endpoint}",
            if pushed == 1 { "" } else { "s" },
            checkpoint.path().display(),
            tally.quads,
            started.elapsed().as_secs_f64()
        );
    }
    Ok(())
}
