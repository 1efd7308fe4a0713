//! The knowledge-graph store: embedded Oxigraph, on disk (RocksDB) or in memory.
//!
//! One named graph per document (the document's IRI), replaced in one transaction when the
//! document is built again; the ontology in its own named graph; a marker graph that tells a
//! textkg store from any other folder.

pub mod deadline;
pub mod push;

use crate::error::{Error, Result};
use crate::rdf::Namespaces;
use crate::relate::geo::DOCUMENT_COUNTRY_RULE;
use crate::resources::{Lexicon, Ontology};
use crate::text::{AliasRegistry, Profile};
use crate::vocab::{META_GRAPH, ONTOLOGY_GRAPH, RDF, TKG};
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{GraphNameRef, Literal, NamedNode, NamedNodeRef, Quad, QuadRef, Term};
use oxigraph::sparql::{QueryResults, QuerySolution, SparqlEvaluator};
use oxigraph::store::Store;
use std::path::{Path, PathBuf};

/// How to open a store.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Create if missing; takes the write lock.
    ReadWrite,
    /// Must exist; no lock, so it works while another process writes.
    ReadOnly,
}

/// A textkg store.
pub struct KgStore {
    store: Store,
    path: Option<PathBuf>,
    /// The namespaces of the IRIs in the store, for the prefixes of queries and output.
    namespaces: Namespaces,
}

/// Dataset and cancellation of a protocol query.
#[derive(Clone, Default)]
pub struct QueryOptions {
    /// `default-graph-uri`: these graphs, merged, are the default graph.
    pub default_graphs: Vec<String>,
    /// `named-graph-uri`: only these named graphs are visible.
    pub named_graphs: Vec<String>,
    /// Cancelled from a timer to enforce a timeout.
    pub cancel: Option<oxigraph::sparql::CancellationToken>,
}

/// What `stats` reports.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Stats {
    pub documents: u64,
    pub triples: u64,
    pub entities: u64,
    pub statements: u64,
    pub entities_by_class: Vec<(String, u64)>,
    pub statements_by_property: Vec<(String, u64)>,
}

impl std::fmt::Debug for QueryOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("QueryOptions")
            .field("default_graphs", &self.default_graphs)
            .field("named_graphs", &self.named_graphs)
            .field("cancel", &self.cancel.is_some())
            .finish()
    }
}

impl std::fmt::Debug for KgStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("KgStore")
            .field("path", &self.path)
            .finish_non_exhaustive()
    }
}

const FORMAT_VERSION: &str = "1";

impl KgStore {
    /// An empty in-memory store (with the ontology loaded).
    ///
    /// ```
    /// let store = textkg::KgStore::memory().unwrap();
    /// assert_eq!(store.stats().unwrap().documents, 0);
    /// ```
    pub fn memory() -> Result<Self> {
        let kg = KgStore {
            store: Store::new()?,
            path: None,
            namespaces: Namespaces::default(),
        };
        kg.initialise()?;
        Ok(kg)
    }

    /// Opens (or, for [`Access::ReadWrite`], creates) the store at `path`.
    pub fn open(path: &Path, access: Access) -> Result<Self> {
        check_path(path, access)?;
        let opened = match access {
            Access::ReadWrite => Store::open(path),
            Access::ReadOnly => open_read_only(path),
        };
        let store = opened.map_err(|e| {
            let message = e.to_string();
            if message.contains("lock") || message.contains("Resource temporarily unavailable") {
                Error::StoreLocked {
                    path: path.to_path_buf(),
                }
            } else if message.contains("Corruption")
                || message.contains("Invalid argument")
                || message.contains("does not exist")
            {
                Error::NotAStore {
                    path: path.to_path_buf(),
                    reason: message,
                }
            } else {
                Error::Storage(Box::new(e))
            }
        })?;
        let kg = KgStore {
            store,
            path: Some(path.to_path_buf()),
            namespaces: Namespaces::default(),
        };
        let marker = NamedNode::new_unchecked(META_GRAPH);
        if !kg.store.contains_named_graph(&marker)? {
            let empty = kg.store.is_empty()?;
            if !empty {
                return Err(Error::NotAStore {
                    path: path.to_path_buf(),
                    reason: "an RDF store without textkg's marker graph".into(),
                });
            }
            if access == Access::ReadWrite {
                kg.initialise()?;
            }
        }
        Ok(kg)
    }

    /// The store with IRIs minted under other namespaces (a deployment's `--base-iri`): queries
    /// and output declare `ent:`, `doc:` and `stmt:` in them.
    pub fn with_namespaces(mut self, namespaces: Namespaces) -> Self {
        self.namespaces = namespaces;
        self
    }

    /// The namespaces of the store's IRIs.
    pub fn namespaces(&self) -> &Namespaces {
        &self.namespaces
    }

    /// Where the store lives (`None` in memory).
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// The underlying Oxigraph store.
    pub fn inner(&self) -> &Store {
        &self.store
    }

    fn initialise(&self) -> Result<()> {
        let mut tx = self.store.start_transaction()?;
        let meta = NamedNodeRef::new_unchecked(META_GRAPH);
        let store_node = NamedNodeRef::new_unchecked("https://w3id.org/textkg/meta#store");
        tx.insert(QuadRef::new(
            store_node,
            NamedNodeRef::new_unchecked(&format!("{TKG}formatVersion")),
            &Literal::from(FORMAT_VERSION),
            meta,
        ));
        tx.insert(QuadRef::new(
            store_node,
            NamedNodeRef::new_unchecked(&format!("{RDF}type")),
            NamedNodeRef::new_unchecked(&format!("{TKG}Store")),
            meta,
        ));
        tx.commit()?;
        Ok(())
    }

    /// Replaces the named graphs of `documents` (graph IRI, quads) and refreshes the ontology,
    /// all in one transaction: either everything lands or nothing does.
    pub fn replace_documents(&self, documents: &[(String, Vec<Quad>)]) -> Result<()> {
        let ontology = ontology_quads();
        let mut tx = self.store.start_transaction()?;
        let onto_graph = NamedNodeRef::new_unchecked(ONTOLOGY_GRAPH);
        tx.remove_named_graph(onto_graph)?;
        tx.insert_named_graph(onto_graph);
        tx.extend(ontology.iter());
        for (graph, quads) in documents {
            let g = NamedNodeRef::new_unchecked(graph);
            tx.remove_named_graph(g)?;
            tx.insert_named_graph(g);
            tx.extend(quads.iter());
        }
        tx.commit()?;
        Ok(())
    }

    /// The distinctive names (labels and aliases) of the entities already in the store, so that
    /// a new document's "AWL" links to the "Acme Workers League (AWL)" of an earlier build, and
    /// what the store says of each entity (class, country, year), so that a namesake of a new
    /// document that differs stays apart.
    pub fn alias_registry(&self, lexicon: &Lexicon, onto: &Ontology) -> Result<AliasRegistry> {
        let mut registry = AliasRegistry::default();
        let names = "SELECT DISTINCT ?e ?name WHERE { GRAPH ?g { ?e tkg:mentionedIn ?g . \
                 { ?e rdfs:label ?name } UNION { ?e skos:altLabel ?name } } }";
        self.each_row(names, |row| {
            if let (Some(Term::NamedNode(e)), Some(Term::Literal(name))) =
                (row.get("e"), row.get("name"))
            {
                registry.learn_name(name.value(), e.as_str(), lexicon);
            }
        })?;
        let classes =
            "SELECT DISTINCT ?e ?class WHERE { GRAPH ?g { ?e tkg:mentionedIn ?g ; a ?class } }";
        self.each_row(classes, |row| {
            if let (Some(Term::NamedNode(e)), Some(Term::NamedNode(class))) =
                (row.get("e"), row.get("class"))
            {
                let class = onto.class_by_iri(class.as_str());
                let profile = Profile {
                    class: class.filter(|&c| c != onto.core.entity),
                    ..Profile::default()
                };
                registry.learn_profile(e.as_str(), profile, onto);
            }
        })?;
        let facts = format!(
            "SELECT ?e ?p ?o ?label WHERE {{ GRAPH ?g {{ ?s rdf:subject ?e ; rdf:predicate ?p ; \
             rdf:object ?o ; tkg:rule ?rule . OPTIONAL {{ ?o rdfs:label ?label }} \
             FILTER(?rule != \"{DOCUMENT_COUNTRY_RULE}\" && ?p IN (tkg:country, tkg:citizenship, \
             tkg:birthDate, tkg:inception)) }} }}"
        );
        self.each_row(&facts, |row| {
            let Some(Term::NamedNode(e)) = row.get("e") else {
                return;
            };
            let profile = match (row.get("o"), row.get("label")) {
                (Some(Term::NamedNode(_)), Some(Term::Literal(label))) => Profile {
                    country: Some(label.value().to_string()),
                    ..Profile::default()
                },
                (Some(Term::Literal(date)), _) => Profile {
                    year: year_of(date.value()),
                    ..Profile::default()
                },
                _ => return,
            };
            registry.learn_profile(e.as_str(), profile, onto);
        })?;
        Ok(registry)
    }

    /// Runs a SELECT query and calls `each` with every row.
    fn each_row(&self, query: &str, mut each: impl FnMut(&QuerySolution)) -> Result<()> {
        if let QueryResults::Solutions(rows) = self.query(query)? {
            for row in rows {
                let row = row.map_err(|e| Error::SparqlEvaluation {
                    message: e.to_string(),
                })?;
                each(&row);
            }
        }
        Ok(())
    }

    /// Whether the store holds no document yet (so that the bulk loader may fill it).
    pub fn is_new(&self) -> Result<bool> {
        Ok(self.documents()?.is_empty())
    }

    /// A bulk loader for an empty store: much faster than transactions, and atomic (nothing is
    /// visible until [`Loader::commit`]; a crash before it leaves the store as it was).
    pub fn bulk_loader(&self) -> Loader<'_> {
        let mut inner = self
            .store
            .bulk_loader()
            .with_max_memory_size_in_megabytes(256);
        let failed = inner
            .load_quads(ontology_quads())
            .err()
            .map(|e| Error::Storage(Box::new(e)));
        Loader { inner, failed }
    }

    /// Runs a SPARQL query with textkg's prefixes predeclared. Unless the query names its own
    /// dataset (FROM / FROM NAMED), its default graph is the union of all graphs.
    pub fn query(&self, query: &str) -> Result<QueryResults<'static>> {
        self.query_with(query, &QueryOptions::default())
    }

    /// Runs a SPARQL query with a protocol dataset (`default-graph-uri`, `named-graph-uri`) and a
    /// cancellation token (a timeout).
    pub fn query_with(&self, query: &str, options: &QueryOptions) -> Result<QueryResults<'static>> {
        let mut evaluator = self.evaluator()?;
        if let Some(token) = &options.cancel {
            evaluator = evaluator.with_cancellation_token(token.clone());
        }
        let deadline = deadline::current();
        let mut prepared =
            deadline::prepare(evaluator, query, &self.namespaces, deadline.as_ref())?;
        let iri = |s: &String| {
            NamedNode::new(s.as_str()).map_err(|e| Error::SparqlEvaluation {
                message: format!("invalid graph IRI <{s}>: {e}"),
            })
        };
        if !options.default_graphs.is_empty() || !options.named_graphs.is_empty() {
            let default: Vec<oxigraph::model::GraphName> = options
                .default_graphs
                .iter()
                .map(|g| iri(g).map(Into::into))
                .collect::<Result<_>>()?;
            let named: Vec<oxigraph::model::NamedOrBlankNode> = options
                .named_graphs
                .iter()
                .map(|g| iri(g).map(Into::into))
                .collect::<Result<_>>()?;
            if !default.is_empty() {
                prepared.dataset_mut().set_default_graph(default);
            }
            if !named.is_empty() {
                prepared.dataset_mut().set_available_named_graphs(named);
            }
        } else if prepared.dataset().is_default_dataset() {
            prepared.dataset_mut().set_default_graph_as_union();
        }
        prepared
            .on_store(&self.store)
            .execute()
            .map_err(|e| match e {
                oxigraph::sparql::QueryEvaluationError::Cancelled => Error::Cancelled,
                e => Error::SparqlEvaluation {
                    message: e.to_string(),
                },
            })
    }

    /// Runs a SPARQL 1.1 Update.
    pub fn update(&self, update: &str) -> Result<()> {
        self.evaluator()?
            .parse_update(update)
            .map_err(|e| Error::SparqlSyntax {
                message: e.to_string(),
            })?
            .on_store(&self.store)
            .execute()
            .map_err(|e| Error::SparqlEvaluation {
                message: e.to_string(),
            })
    }

    /// Counts for `stats`.
    pub fn stats(&self) -> Result<Stats> {
        let count = |q: &str| -> Result<u64> {
            match self.query(q)? {
                QueryResults::Solutions(mut s) => Ok(s
                    .next()
                    .transpose()
                    .map_err(|e| Error::SparqlEvaluation {
                        message: e.to_string(),
                    })?
                    .and_then(|row| row.get("n").map(|t| t.to_string()))
                    .and_then(|n| {
                        n.trim_matches('"')
                            .split('"')
                            .next()
                            .and_then(|v| v.parse().ok())
                    })
                    .unwrap_or(0)),
                _ => Ok(0),
            }
        };
        let pairs = |q: &str| -> Result<Vec<(String, u64)>> {
            let mut out = Vec::new();
            if let QueryResults::Solutions(rows) = self.query(q)? {
                for row in rows {
                    let row = row.map_err(|e| Error::SparqlEvaluation {
                        message: e.to_string(),
                    })?;
                    let key = row.get("k").map(|t| match t {
                        oxigraph::model::Term::NamedNode(n) => self.namespaces.compact(n.as_str()),
                        other => other.to_string(),
                    });
                    let n = row.get("n").and_then(|t| match t {
                        oxigraph::model::Term::Literal(l) => l.value().parse().ok(),
                        _ => None,
                    });
                    if let (Some(k), Some(n)) = (key, n) {
                        out.push((k, n));
                    }
                }
            }
            Ok(out)
        };
        Ok(Stats {
            documents: count("SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { GRAPH ?d { ?d a tkg:Document } }")?,
            triples: self.store.len()? as u64,
            entities: count("SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { GRAPH ?d { ?e tkg:mentionedIn ?d } }")?,
            statements: count("SELECT (COUNT(?s) AS ?n) WHERE { GRAPH ?d { ?s a tkg:Statement } }")?,
            entities_by_class: pairs(
                "SELECT ?k (COUNT(DISTINCT ?e) AS ?n) WHERE { GRAPH ?d { ?e tkg:mentionedIn ?d ; a ?k } \
                 FILTER(?k != tkg:Entity) } GROUP BY ?k ORDER BY DESC(?n) ?k",
            )?,
            statements_by_property: pairs(
                "SELECT ?k (COUNT(?s) AS ?n) WHERE { GRAPH ?d { ?s a tkg:Statement ; rdf:predicate ?k } } \
                 GROUP BY ?k ORDER BY DESC(?n) ?k",
            )?,
        })
    }

    /// The document graphs in the store and their content hashes.
    pub fn documents(&self) -> Result<Vec<(String, String)>> {
        let mut out = Vec::new();
        if let QueryResults::Solutions(rows) =
            self.query("SELECT ?d ?h WHERE { GRAPH ?d { ?d a tkg:Document ; tkg:contentHash ?h } } ORDER BY ?d")?
        {
            for row in rows {
                let row = row.map_err(|e| Error::SparqlEvaluation { message: e.to_string() })?;
                if let (Some(oxigraph::model::Term::NamedNode(d)), Some(oxigraph::model::Term::Literal(h))) = (row.get("d"), row.get("h")) {
                    out.push((d.as_str().to_string(), h.value().to_string()));
                }
            }
        }
        Ok(out)
    }

    /// Writes the whole dataset, or one graph, in `format`.
    pub fn dump(
        &self,
        format: RdfFormat,
        graph: Option<&str>,
        out: impl std::io::Write,
    ) -> Result<()> {
        let serializer = crate::rdf::serializer(format, &self.namespaces);
        match graph {
            Some(g) => {
                let no_graph = || Error::NoSuchGraph { iri: g.to_string() };
                let name = NamedNode::new(g).map_err(|_| no_graph())?;
                if !self.store.contains_named_graph(&name)? {
                    return Err(no_graph());
                }
                self.store.dump_graph_to_writer(
                    GraphNameRef::NamedNode(name.as_ref()),
                    serializer,
                    out,
                )?;
            }
            None if format.supports_datasets() => {
                self.store.dump_to_writer(serializer, out)?;
            }
            None => {
                // Triple formats: every graph merged into one (provenance stays in the triples).
                let mut writer = serializer.for_writer(out);
                let mut seen = std::collections::HashSet::new();
                for quad in self.store.iter() {
                    let quad = quad?;
                    if quad.graph_name.to_string() == format!("<{META_GRAPH}>") {
                        continue;
                    }
                    let triple = oxigraph::model::Triple::from(quad);
                    if seen.insert(triple.clone()) {
                        writer.serialize_triple(&triple)?;
                    }
                }
                writer.finish()?;
            }
        }
        Ok(())
    }
}

/// Opens read-only, retrying briefly: while another process opens or compacts the store, RocksDB
/// replaces its manifest and files, and a reader that looks at that moment sees files vanish.
/// The year of an `xsd:date`, `gYearMonth` or `gYear` lexical form ("1887-05-03", "-0300").
fn year_of(lexical: &str) -> Option<i32> {
    let (sign, digits) = match lexical.strip_prefix('-') {
        Some(rest) => (-1, rest),
        None => (1, lexical),
    };
    let year = digits.split('-').next()?.parse::<i32>().ok()?;
    Some(sign * year)
}

fn open_read_only(path: &Path) -> std::result::Result<Store, oxigraph::store::StorageError> {
    let mut attempt = 0;
    loop {
        match Store::open_read_only(path) {
            Err(e) if attempt < 40 && is_transient(&e.to_string()) => {
                attempt += 1;
                std::thread::sleep(std::time::Duration::from_millis(25 * attempt.min(8)));
            }
            other => return other,
        }
    }
}

fn is_transient(message: &str) -> bool {
    message.contains("No such file") || message.contains("may be corrupted")
}

impl KgStore {
    /// A SPARQL evaluator with textkg's prefixes declared.
    fn evaluator(&self) -> Result<SparqlEvaluator> {
        let mut evaluator = SparqlEvaluator::new();
        for (prefix, ns) in self.namespaces.prefixes() {
            evaluator = evaluator
                .with_prefix(prefix, ns)
                .map_err(|e| Error::Storage(Box::new(e)))?;
        }
        Ok(evaluator)
    }
}

/// The ontology as quads in its own named graph.
pub fn ontology_quads() -> Vec<Quad> {
    let graph = NamedNode::new_unchecked(ONTOLOGY_GRAPH);
    RdfParser::from_format(RdfFormat::Turtle)
        .without_named_graphs()
        .with_default_graph(graph)
        .for_slice(crate::resources::ontology::TURTLE.as_bytes())
        .filter_map(std::result::Result::ok)
        .collect()
}

/// Refuses paths that are clearly not a textkg store before RocksDB touches them.
fn check_path(path: &Path, access: Access) -> Result<()> {
    match std::fs::metadata(path) {
        Err(_) if access == Access::ReadOnly => Err(Error::NoStore {
            path: path.to_path_buf(),
        }),
        Err(_) => Ok(()),
        Ok(meta) if meta.is_file() => Err(Error::NotAStore {
            path: path.to_path_buf(),
            reason: "it is a file".into(),
        }),
        Ok(_) => {
            let mut entries = std::fs::read_dir(path).map_err(|source| Error::Unreadable {
                path: path.to_path_buf(),
                source,
            })?;
            let empty = entries.next().is_none();
            if empty && access == Access::ReadOnly {
                return Err(Error::NoStore {
                    path: path.to_path_buf(),
                });
            }
            if !empty && !path.join("CURRENT").exists() {
                return Err(Error::NotAStore {
                    path: path.to_path_buf(),
                    reason: "the folder holds other files and no database".into(),
                });
            }
            Ok(())
        }
    }
}

/// Feeds document graphs to Oxigraph's bulk loader batch by batch (memory stays bounded);
/// nothing is visible until [`Loader::commit`]. See [`KgStore::bulk_loader`].
pub struct Loader<'a> {
    inner: oxigraph::store::BulkLoader<'a>,
    failed: Option<Error>,
}

impl std::fmt::Debug for Loader<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Loader").finish_non_exhaustive()
    }
}

impl Loader<'_> {
    /// Adds document graphs (graph IRI, quads).
    pub fn load(&mut self, documents: Vec<(String, Vec<Quad>)>) -> Result<()> {
        self.inner
            .load_quads(documents.into_iter().flat_map(|(_, quads)| quads))
            .map_err(|e| Error::Storage(Box::new(e)))
    }

    /// Makes everything loaded visible at once.
    pub fn commit(self) -> Result<()> {
        if let Some(e) = self.failed {
            return Err(e);
        }
        self.inner.commit()?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::Extractor;
    use crate::text::Document;

    fn article_graph(ns: &Namespaces) -> (String, Vec<Quad>) {
        let mut extractor = Extractor::builtin().unwrap();
        extractor.namespaces = ns.clone();
        let ex = extractor.extract(Document::from_text(
            "acme",
            "# Acme League\n\nThe Acme League was founded in 1901 by Jane Smith.",
        ));
        let quads = crate::rdf::to_quads(ex.graph(), &extractor.ontology, ns);
        (ns.document_iri("acme"), quads)
    }

    #[test]
    fn documents_replace_their_own_graph_and_are_counted() {
        let store = KgStore::memory().unwrap();
        let graph = article_graph(store.namespaces());
        store
            .replace_documents(std::slice::from_ref(&graph))
            .unwrap();
        store
            .replace_documents(std::slice::from_ref(&graph))
            .unwrap();
        let stats = store.stats().unwrap();
        assert_eq!(stats.documents, 1);
        assert!(stats.statements >= 2, "{stats:?}");
        let docs = store.documents().unwrap();
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0].0, graph.0);
    }

    #[test]
    fn queries_see_the_union_of_graphs_with_the_prefixes_declared() {
        let store = KgStore::memory().unwrap();
        store
            .replace_documents(&[article_graph(store.namespaces())])
            .unwrap();
        let QueryResults::Boolean(found) = store
            .query("ASK { ent:Acme_League tkg:foundedBy ent:Jane_Smith }")
            .unwrap()
        else {
            panic!("ASK gives a boolean")
        };
        assert!(found);
        assert!(matches!(
            store.query("SELECT ?x WHERE {"),
            Err(Error::SparqlSyntax { .. })
        ));
    }

    #[test]
    fn a_base_iri_moves_the_query_prefixes_with_it() {
        let ns = Namespaces::new("https://kg.example.org/").unwrap();
        let store = KgStore::memory().unwrap().with_namespaces(ns.clone());
        store.replace_documents(&[article_graph(&ns)]).unwrap();
        let QueryResults::Boolean(found) = store.query("ASK { ent:Acme_League ?p ?o }").unwrap()
        else {
            panic!("ASK gives a boolean")
        };
        assert!(found, "ent: is the deployment's entity namespace");
        let mut out = Vec::new();
        store.dump(RdfFormat::TriG, None, &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(
            text.contains("@prefix ent: <https://kg.example.org/entity/>"),
            "{text}"
        );
    }

    #[test]
    fn a_file_or_a_foreign_folder_is_not_a_store() {
        let dir = std::env::temp_dir().join(format!("textkg-store-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("file.txt");
        std::fs::write(&file, "x").unwrap();
        assert!(matches!(
            KgStore::open(&file, Access::ReadWrite),
            Err(Error::NotAStore { .. })
        ));
        assert!(matches!(
            KgStore::open(&dir, Access::ReadWrite),
            Err(Error::NotAStore { .. })
        ));
        let missing = dir.join("missing.db");
        assert!(matches!(
            KgStore::open(&missing, Access::ReadOnly),
            Err(Error::NoStore { .. })
        ));
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn an_unknown_graph_is_named() {
        let store = KgStore::memory().unwrap();
        let err = store
            .dump(
                RdfFormat::NQuads,
                Some("https://example.org/nothing"),
                Vec::new(),
            )
            .unwrap_err();
        assert!(matches!(err, Error::NoSuchGraph { .. }), "{err}");
    }
}
