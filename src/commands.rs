//! What each subcommand does, given parsed arguments. `main.rs` only maps results to exit codes.

use crate::cli::{Cli, Command, ExtractionArgs, GlobalArgs};
use crate::error::{Error, Result};
use crate::format::{
    extract_format, rdf_format, rdf_format_of_path, results_format, ExtractFormat, ResultsFormat,
};
use crate::graph::{content_hash, to_quads};
use crate::pipeline::{Extraction, Extractor};
use crate::rdf::document_iri;
use crate::store::{Access, KgStore};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

/// The default store location.
pub const DEFAULT_STORE: &str = "textkg.db";

/// Runs the parsed command line.
pub fn run(cli: Cli) -> Result<()> {
    let g = &cli.global;
    if let Some(base) = &g.base_iri {
        oxigraph::model::NamedNode::new(base.as_str()).map_err(|e| Error::UnknownFormat {
            what: "base IRI",
            given: format!("{base} ({e})"),
            valid: "an absolute IRI such as https://kg.example.org/".into(),
        })?;
        crate::rdf::set_base(base);
    }
    match cli.command {
        Command::Build {
            paths,
            extraction,
            endpoint: Some(url),
            checkpoint,
        } => {
            let checkpoint = checkpoint.unwrap_or_else(|| PathBuf::from("textkg-push.checkpoint"));
            crate::push::push(g, &paths, &extraction, &url, &checkpoint)
        }
        Command::Build {
            paths, extraction, ..
        } => build(g, &paths, &extraction),
        Command::Extract {
            paths,
            format,
            extraction,
        } => extract(g, &paths, &format, &extraction),
        Command::Query {
            query,
            file,
            results_format,
            format,
        } => {
            let text = text_or_file(query, file.as_deref())?;
            query_cmd(g, &text, results_format.as_deref(), &format)
        }
        Command::Update { update, file } => {
            let text = text_or_file(update, file.as_deref())?;
            let store = open(g, Access::ReadWrite)?;
            store.update(&text)?;
            if !g.quiet {
                eprintln!("update applied");
            }
            Ok(())
        }
        Command::Export {
            format,
            graph,
            output,
        } => export(g, format.as_deref(), graph.as_deref(), output.as_deref()),
        Command::Stats { json } => stats(g, json),
        Command::Serve {
            bind,
            cors,
            timeout_s,
            update_token,
            max_body_kb,
            max_concurrent,
        } => {
            // Read-only unless updates are allowed, so that `build` and readers can share the store.
            let access = if update_token.is_some() {
                Access::ReadWrite
            } else {
                Access::ReadOnly
            };
            let store = open(g, access)?;
            let config = crate::server::Config {
                bind,
                cors,
                timeout: std::time::Duration::from_secs(timeout_s.max(1)),
                update_token,
                base_iri: crate::rdf::entity_ns(),
                max_body_bytes: max_body_kb.saturating_mul(1024),
                max_concurrent: max_concurrent.max(1),
                ..Default::default()
            };
            crate::server::serve(store, config)
        }
        Command::Graph {
            format,
            output,
            focus,
            depth,
            predicate,
            types,
            query,
            limit,
            literal_nodes,
        } => {
            let query = query.as_deref().map(read_text).transpose()?;
            let selection = crate::view::Selection {
                focus,
                depth,
                predicates: predicate,
                types,
                query,
                limit,
                literal_nodes,
            };
            graph(g, format.as_deref(), output.as_deref(), &selection)
        }
        Command::Train {
            gold,
            output,
            folds,
            epochs,
            min_precision,
            extraction,
        } => {
            let options = crate::model::TrainOptions {
                epochs: epochs.into(),
                min_precision,
                ..Default::default()
            };
            train(g, &gold, &output, folds.into(), options, &extraction)
        }
        Command::Eval {
            gold,
            relations,
            json,
            errors,
            extraction,
        } => eval(&gold, &relations, json, errors, &extraction),
    }
}

fn text_or_file(text: Option<String>, file: Option<&Path>) -> Result<String> {
    match (text, file) {
        (Some(t), _) => Ok(t),
        (None, Some(f)) => {
            let bytes = std::fs::read(f).map_err(|source| match source.kind() {
                std::io::ErrorKind::NotFound => Error::NotFound {
                    path: f.to_path_buf(),
                },
                _ => Error::Unreadable {
                    path: f.to_path_buf(),
                    source,
                },
            })?;
            String::from_utf8(bytes).map_err(|e| Error::NotUtf8 {
                path: f.display().to_string(),
                offset: e.utf8_error().valid_up_to(),
                line: 1 + e.as_bytes()[..e.utf8_error().valid_up_to()]
                    .iter()
                    .filter(|&&b| b == b'\n')
                    .count(),
            })
        }
        (None, None) => Err(Error::SparqlSyntax {
            message: "no query given".into(),
        }),
    }
}

fn store_path(g: &GlobalArgs) -> PathBuf {
    g.store
        .clone()
        .unwrap_or_else(|| PathBuf::from(DEFAULT_STORE))
}

fn open(g: &GlobalArgs, access: Access) -> Result<KgStore> {
    if g.memory {
        KgStore::memory()
    } else {
        KgStore::open(&store_path(g), access)
    }
}

/// The extractor with the user's rules and lexicons added.
pub fn extractor(args: &ExtractionArgs) -> Result<Extractor> {
    let mut ex = Extractor::builtin()?;
    if args.no_model {
        ex.model = None;
    }
    if let Some(path) = &args.model {
        let text = read_text(path)?;
        ex.model = Some(crate::model::PairModel::parse(
            &text,
            &path.display().to_string(),
        )?);
    }
    for path in &args.rules {
        let text = read_text(path)?;
        ex.add_rules(&text, &path.display().to_string())?;
    }
    for path in &args.lexicon {
        let text = read_text(path)?;
        ex.add_lexicon(&text, &path.display().to_string())?;
    }
    Ok(ex)
}

fn read_text(path: &Path) -> Result<String> {
    text_or_file(None, Some(path))
}

fn progress(g: &GlobalArgs, len: usize, what: &str) -> ProgressBar {
    if g.quiet || !std::io::stderr().is_terminal() || len < 2 {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(len as u64), ProgressDrawTarget::stderr());
    let style = ProgressStyle::with_template(
        "{spinner} {msg} [{bar:30}] {pos}/{len} ({per_sec}, {eta} left)",
    )
    .unwrap_or_else(|_| ProgressStyle::default_bar());
    bar.set_style(style);
    bar.set_message(what.to_string());
    bar
}

/// Documents handed to the extraction threads at once: enough to keep them busy, few enough
/// that memory stays bounded whatever the corpus size.
const BATCH_DOCUMENTS: usize = 256;
const BATCH_BYTES: usize = 8 << 20;

/// Gives entities named by another document's alias that document's IRI, in input order, and
/// remembers their names for the documents that follow.
fn link_all(registry: &mut crate::link::AliasRegistry, extractions: &mut [Extraction]) {
    for ex in extractions.iter_mut() {
        registry.link(ex);
        registry.learn(ex);
    }
}

/// Whether a document belongs to shard I of N: a stable hash (SHA-256) of its id, so that
/// every machine splits a corpus the same way.
pub fn in_shard(id: &str, shard: Option<(u64, u64)>) -> bool {
    let Some((i, n)) = shard else { return true };
    use sha2::Digest;
    let digest = sha2::Sha256::digest(id.as_bytes());
    let mut first = [0u8; 8];
    first.copy_from_slice(&digest[..8]);
    u64::from_be_bytes(first) % n == i
}

pub(crate) fn thread_pool(args: &ExtractionArgs) -> Result<rayon::ThreadPool> {
    let mut builder = rayon::ThreadPoolBuilder::new();
    if let Some(n) = args.jobs {
        builder = builder.num_threads(n.max(1));
    }
    builder
        .build()
        .map_err(|e| Error::Store(format!("cannot start the extraction threads: {e}")))
}

/// Streams the documents of `sources` through the extractor in bounded batches, in input order,
/// links each batch's entities through `registry` (see [`link_all`]), and calls `each` with the
/// batch's extractions.
#[allow(clippy::too_many_arguments)]
pub(crate) fn extract_stream(
    g: &GlobalArgs,
    shard: Option<(u64, u64)>,
    extractor: &Extractor,
    pool: &rayon::ThreadPool,
    sources: &[crate::document::Source],
    total: usize,
    registry: &mut crate::link::AliasRegistry,
    mut each: impl FnMut(Vec<Extraction>) -> Result<()>,
) -> Result<()> {
    let bar = progress(g, total, "extracting");
    let mut batch: Vec<crate::Document> = Vec::new();
    let mut bytes = 0;
    let mut flush = |batch: &mut Vec<crate::Document>,
                     each: &mut dyn FnMut(Vec<Extraction>) -> Result<()>|
     -> Result<()> {
        let docs = std::mem::take(batch);
        let n = docs.len() as u64;
        let mut extractions: Vec<Extraction> =
            pool.install(|| docs.into_par_iter().map(|d| extractor.extract(d)).collect());
        link_all(registry, &mut extractions);
        for ex in &extractions {
            if ex.segmentation.sentences.len() <= 1 && ex.document.text.len() > 2000 {
                tracing::warn!(
                    "{}: no sentence boundary found in {} bytes; is it prose?",
                    ex.document.source,
                    ex.document.text.len()
                );
            }
        }
        bar.inc(n);
        each(extractions)
    };
    for source in sources {
        crate::document::for_each_document(source, |doc| {
            if !in_shard(&doc.id, shard) {
                return Ok(());
            }
            bytes += doc.text.len();
            batch.push(doc);
            if batch.len() >= BATCH_DOCUMENTS || bytes >= BATCH_BYTES {
                bytes = 0;
                flush(&mut batch, &mut each)?;
            }
            Ok(())
        })?;
    }
    if !batch.is_empty() {
        flush(&mut batch, &mut each)?;
    }
    bar.finish_and_clear();
    Ok(())
}

fn build(g: &GlobalArgs, paths: &[PathBuf], args: &ExtractionArgs) -> Result<()> {
    let started = Instant::now();
    // Open first: a locked or foreign store fails before any work is done. A store this build
    // creates is removed again if the build fails, so that a failure leaves nothing behind.
    let fresh = !g.memory && !store_path(g).exists();
    let store = open(g, Access::ReadWrite)?;
    tracing::info!("opened the store {}", store_path(g).display());
    let result = build_into(g, &store, paths, args, started);
    if result.is_err() && fresh {
        drop(store);
        let _ = std::fs::remove_dir_all(store_path(g));
    }
    result
}

fn build_into(
    g: &GlobalArgs,
    store: &KgStore,
    paths: &[PathBuf],
    args: &ExtractionArgs,
    started: Instant,
) -> Result<()> {
    let extractor = extractor(args)?;
    let pool = thread_pool(args)?;
    // Every input is read and checked before anything is written.
    let sources = crate::document::sources(paths)?;
    let total = crate::document::validate(&sources, paths)?;
    let known: std::collections::HashMap<String, String> = store.documents()?.into_iter().collect();
    let fresh_rules = args.rules.is_empty() && args.lexicon.is_empty();
    // An empty store takes Oxigraph's bulk loader (atomic: all or nothing); a store with
    // documents gets one transaction a batch, each replacing whole documents.
    let mut registry = store.alias_registry()?;
    let mut loader = store.is_new()?.then(|| store.bulk_loader());
    let (mut docs, mut entities, mut statements, mut unchanged, mut quads) = (0, 0, 0, 0, 0);
    extract_stream(
        g,
        args.shard,
        &extractor,
        &pool,
        &sources,
        total,
        &mut registry,
        |extractions| {
            let mut graphs = Vec::new();
            for ex in &extractions {
                docs += 1;
                let iri = document_iri(&ex.document.id);
                if fresh_rules && known.get(&iri) == Some(&content_hash(&ex.document.text)) {
                    unchanged += 1;
                    continue;
                }
                entities += ex
                    .resolution
                    .entities
                    .iter()
                    .filter(|e| !e.mentions.is_empty() || e.is_topic)
                    .count();
                statements += ex.statements.len();
                graphs.push((iri, to_quads(ex, &extractor.ontology)));
            }
            quads += graphs.iter().map(|(_, q)| q.len()).sum::<usize>();
            match loader.as_mut() {
                Some(loader) => loader.load(graphs),
                None => store.replace_documents(&graphs),
            }
        },
    )?;
    if let Some(loader) = loader {
        loader.commit()?;
    }
    if !g.quiet {
        let place = match store.path() {
            Some(p) => p.display().to_string(),
            None => "memory".to_string(),
        };
        let mut err = std::io::stderr().lock();
        let _ = writeln!(
            err,
            "built {} document{} ({} unchanged): {} entities, {} statements, {} quads in {:.2} s → {}",
            docs,
            if docs == 1 { "" } else { "s" },
            unchanged,
            entities,
            statements,
            quads,
            started.elapsed().as_secs_f64(),
            place
        );
    }
    Ok(())
}

fn extract(g: &GlobalArgs, paths: &[PathBuf], format: &str, args: &ExtractionArgs) -> Result<()> {
    let format = extract_format(format)?;
    let extractor = extractor(args)?;
    let pool = thread_pool(args)?;
    let sources = crate::document::sources(paths)?;
    let total = crate::document::validate(&sources, paths)?;
    let stdout = std::io::stdout().lock();
    let mut out = std::io::BufWriter::new(stdout);
    let mut registry = crate::link::AliasRegistry::default();
    let mut serializer = match format {
        ExtractFormat::Jsonl => None,
        ExtractFormat::Rdf(rdf) => {
            let serializer = crate::rdf::serializer(rdf);
            Some((rdf, serializer.for_writer(Vec::new())))
        }
    };
    extract_stream(
        g,
        args.shard,
        &extractor,
        &pool,
        &sources,
        total,
        &mut registry,
        |extractions| {
            for ex in &extractions {
                match serializer.as_mut() {
                    None => {
                        for record in crate::record::records(ex, &extractor.ontology) {
                            serde_json::to_writer(&mut out, &record)
                                .map_err(std::io::Error::from)?;
                            out.write_all(b"\n")?;
                        }
                    }
                    Some((rdf, writer)) => {
                        for quad in to_quads(ex, &extractor.ontology) {
                            if rdf.supports_datasets() {
                                writer.serialize_quad(&quad)?;
                            } else {
                                writer.serialize_triple(oxigraph::model::QuadRef::from(&quad))?;
                            }
                        }
                    }
                }
            }
            // RDF is written whole at the end (Turtle groups and declares prefixes once).
            Ok(())
        },
    )?;
    if let Some((_, writer)) = serializer {
        out.write_all(&writer.finish()?)?;
    }
    out.flush()?;
    Ok(())
}

fn query_cmd(g: &GlobalArgs, query: &str, results: Option<&str>, graph_format: &str) -> Result<()> {
    let results_format = match results {
        Some(name) => results_format(name)?,
        None if std::io::stdout().is_terminal() => ResultsFormat::Table,
        None => ResultsFormat::Json,
    };
    let graph_format = rdf_format(graph_format)?;
    let store = open(g, Access::ReadOnly)?;
    let results = store.query(query)?;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    crate::output::write_results(results, results_format, graph_format, &mut out)?;
    out.flush()?;
    Ok(())
}

fn export(
    g: &GlobalArgs,
    format: Option<&str>,
    graph: Option<&str>,
    output: Option<&Path>,
) -> Result<()> {
    let format = match (format, output) {
        (Some(f), _) => rdf_format(f)?,
        (None, Some(path)) => rdf_format_of_path(path)?,
        (None, None) => oxigraph::io::RdfFormat::Turtle,
    };
    let store = open(g, Access::ReadOnly)?;
    match output {
        Some(path) => {
            // Write next to the target and rename, so that a failed export leaves no half file.
            let tmp = path.with_extension("textkg-partial");
            let file = std::fs::File::create(&tmp).map_err(|source| Error::Unwritable {
                path: tmp.clone(),
                source,
            })?;
            // "….gz" is compressed, for the bulk loaders of large triple stores.
            let gzip = path.extension().is_some_and(|e| e == "gz");
            let result = if gzip {
                let mut w = flate2::write::GzEncoder::new(
                    std::io::BufWriter::new(file),
                    flate2::Compression::fast(),
                );
                store
                    .dump(format, graph, &mut w)
                    .and_then(|_| w.finish().map_err(Error::from))
                    .and_then(|mut inner| inner.flush().map_err(Error::from))
            } else {
                let mut w = std::io::BufWriter::new(file);
                store
                    .dump(format, graph, &mut w)
                    .and_then(|_| w.flush().map_err(Error::from))
            };
            if let Err(e) = result {
                let _ = std::fs::remove_file(&tmp);
                return Err(e);
            }
            std::fs::rename(&tmp, path)?;
            if !g.quiet {
                eprintln!("wrote {}", path.display());
            }
        }
        None => {
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            store.dump(format, graph, &mut out)?;
            out.flush()?;
        }
    }
    Ok(())
}

fn stats(g: &GlobalArgs, json: bool) -> Result<()> {
    let store = open(g, Access::ReadOnly)?;
    let stats = store.stats()?;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    if json {
        serde_json::to_writer_pretty(&mut out, &stats).map_err(std::io::Error::from)?;
        writeln!(out)?;
    } else {
        writeln!(out, "documents   {}", stats.documents)?;
        writeln!(out, "quads       {}", stats.triples)?;
        writeln!(out, "entities    {}", stats.entities)?;
        writeln!(out, "statements  {}", stats.statements)?;
        writeln!(out, "\nentities by class")?;
        for (k, n) in &stats.entities_by_class {
            writeln!(out, "  {n:>8}  {k}")?;
        }
        writeln!(out, "\nstatements by property")?;
        for (k, n) in &stats.statements_by_property {
            writeln!(out, "  {n:>8}  {k}")?;
        }
    }
    out.flush()?;
    Ok(())
}

/// Reads gold JSONL files; an error if they hold no documents.
fn read_gold_files(gold: &[PathBuf]) -> Result<Vec<crate::eval::GoldDocument>> {
    let mut docs = Vec::new();
    for path in gold {
        let text = read_text(path)?;
        docs.extend(crate::eval::read_gold(&text, &path.display().to_string())?);
    }
    if docs.is_empty() {
        return Err(Error::EmptyInput {
            path: gold
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(", "),
        });
    }
    Ok(docs)
}

fn train(
    g: &GlobalArgs,
    gold: &[PathBuf],
    output: &Path,
    folds: usize,
    options: crate::model::TrainOptions,
    args: &ExtractionArgs,
) -> Result<()> {
    let mut extractor = extractor(args)?;
    // The model learns what the rules leave; it must not see its own earlier output.
    extractor.model = None;
    let docs = read_gold_files(gold)?;
    let started = Instant::now();
    let (model, reports) = crate::train::train(&extractor, &docs, folds, options);
    let sources: Vec<String> = gold.iter().map(|p| p.display().to_string()).collect();
    let comment = format!(
        "textkg relation model: one-vs-rest logistic regression over mention pairs (src/model.rs).\n\
         Made by: textkg train --gold {} --folds {folds} --epochs {} --min-precision {} -o {}\n\
         Thresholds: chosen by {folds}-fold cross-validation; properties the model did not improve are left out.",
        sources.join(" --gold "),
        options.epochs,
        options.min_precision,
        output.display()
    );
    std::fs::write(output, model.to_tsv(&comment)).map_err(|source| Error::Unwritable {
        path: output.to_path_buf(),
        source,
    })?;
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "{} documents, {} properties, {:.1} s; held-out F1 per property:",
        docs.len(),
        reports.len(),
        started.elapsed().as_secs_f64()
    )?;
    writeln!(
        out,
        "{:<8} {:>9} {:>9} {:>8} {:>9}",
        "property", "positives", "threshold", "rules", "+model"
    )?;
    for r in &reports {
        let threshold = if r.threshold.is_finite() {
            format!("{:.2}", r.threshold)
        } else {
            "off".to_string()
        };
        writeln!(
            out,
            "{:<8} {:>9} {:>9} {:>8.3} {:>9.3}",
            r.property, r.positives, threshold, r.rules_f1, r.combined_f1
        )?;
    }
    if !g.quiet {
        eprintln!(
            "wrote {}; rebuild textkg to ship it as data/model/pairs.tsv",
            output.display()
        );
    }
    Ok(())
}

fn eval(
    gold: &[PathBuf],
    relations: &[String],
    json: bool,
    errors: bool,
    args: &ExtractionArgs,
) -> Result<()> {
    let extractor = extractor(args)?;
    let docs = read_gold_files(gold)?;
    let filter: Option<std::collections::BTreeSet<String>> =
        (!relations.is_empty()).then(|| relations.iter().cloned().collect());
    let report = crate::eval::evaluate(&extractor, &docs, filter.as_ref(), errors);
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    if json {
        serde_json::to_writer_pretty(&mut out, &report).map_err(std::io::Error::from)?;
        writeln!(out)?;
    } else {
        let row =
            |out: &mut dyn Write, name: &str, c: &crate::eval::Counts| -> std::io::Result<()> {
                writeln!(
                    out,
                    "{name:<28} {:>6.3} {:>6.3} {:>6.3} {:>7} {:>7} {:>7}",
                    c.precision(),
                    c.recall(),
                    c.f1(),
                    c.correct,
                    c.predicted,
                    c.gold
                )
            };
        writeln!(out, "{} documents", report.documents)?;
        writeln!(
            out,
            "{:<28} {:>6} {:>6} {:>6} {:>7} {:>7} {:>7}",
            "", "P", "R", "F1", "correct", "pred", "gold"
        )?;
        row(&mut out, "all triples", &report.all)?;
        row(
            &mut out,
            "article's entity as subject",
            &report.title_subject,
        )?;
        writeln!(out)?;
        let mut props: Vec<_> = report.by_property.iter().collect();
        props.sort_by_key(|(p, c)| (std::cmp::Reverse(c.gold), (*p).clone()));
        for (p, c) in props {
            let label = extractor
                .ontology
                .property_by_wikidata(p)
                .map_or("", |(_, x)| x.label.as_str());
            row(
                &mut out,
                &format!("{p} {label}").chars().take(28).collect::<String>(),
                c,
            )?;
        }
        if !report.errors.is_empty() {
            writeln!(out)?;
        }
        for m in &report.errors {
            writeln!(
                out,
                "{} {:<6} {} | {} | {}",
                m.doc, m.kind, m.subject, m.property, m.object
            )?;
            if !m.rule.is_empty() {
                writeln!(out, "    rule {}: {}", m.rule, m.evidence)?;
            }
        }
    }
    out.flush()?;
    Ok(())
}

/// The view formats, for messages.
const VIEW_FORMATS: &str = "dot, svg, html, mermaid, graphml, json";

fn view_format(name: &str) -> Result<&'static str> {
    match name.to_ascii_lowercase().as_str() {
        "dot" | "gv" => Ok("dot"),
        "svg" => Ok("svg"),
        "html" | "htm" => Ok("html"),
        "mermaid" | "mmd" => Ok("mermaid"),
        "graphml" => Ok("graphml"),
        "json" | "cytoscape" => Ok("json"),
        _ => Err(Error::UnknownFormat {
            what: "graph",
            given: name.to_string(),
            valid: VIEW_FORMATS.to_string(),
        }),
    }
}

fn graph(
    g: &GlobalArgs,
    format: Option<&str>,
    output: Option<&Path>,
    selection: &crate::view::Selection,
) -> Result<()> {
    let format = match (format, output) {
        (Some(f), _) => view_format(f)?,
        (None, Some(path)) => view_format(path.extension().and_then(|e| e.to_str()).unwrap_or("")).map_err(|_| Error::UnknownFormat {
            what: "output file",
            given: path.display().to_string(),
            valid: format!("{VIEW_FORMATS} (by extension .dot .svg .html .mmd .graphml .json); or give --format"),
        })?,
        (None, None) => "dot",
    };
    let store = open(g, Access::ReadOnly)?;
    let onto = crate::Ontology::builtin();
    let (graph, omitted) = crate::view::load(&store, &onto, selection)?;
    if !g.quiet
        && (omitted.nodes > 0 || omitted.edges > 0)
        && (selection.limit.is_some()
            || selection.focus.is_some()
            || !selection.types.is_empty()
            || !selection.predicates.is_empty())
    {
        eprintln!(
            "showing {} nodes and {} edges; left out {} nodes and {} edges (widen --limit, --depth or the filters to see more)",
            graph.node_count(),
            graph.edge_count(),
            omitted.nodes,
            omitted.edges
        );
    }
    let title = match &selection.focus {
        Some(f) => format!("textkg: {f}"),
        None => "textkg graph".to_string(),
    };
    let text = match format {
        "dot" => crate::view::to_dot(&graph, &onto),
        "svg" => crate::view::to_svg(&graph, &onto)?,
        "html" => crate::view::to_html(&graph, &onto, &title),
        "mermaid" => crate::view::to_mermaid(&graph, &onto),
        "graphml" => crate::view::to_graphml(&graph),
        _ => serde_json::to_string_pretty(&crate::view::to_cytoscape(&graph, &onto))
            .map_err(std::io::Error::from)?,
    };
    match output {
        Some(path) => {
            let tmp = path.with_extension("textkg-partial");
            std::fs::write(&tmp, text.as_bytes()).map_err(|source| Error::Unwritable {
                path: tmp.clone(),
                source,
            })?;
            std::fs::rename(&tmp, path)?;
            if !g.quiet {
                eprintln!(
                    "wrote {} ({} nodes, {} edges)",
                    path.display(),
                    graph.node_count(),
                    graph.edge_count()
                );
            }
        }
        None => {
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            out.write_all(text.as_bytes())?;
            out.flush()?;
        }
    }
    Ok(())
}
