//! textkg turns encyclopedia-style text into an RDF knowledge graph with the evidence for every
//! statement, stored in an embedded Oxigraph store and queried with SPARQL.
//!
//! The data flows one way, one module a stage:
//!
//! ```text
//! document ─► segment ─► infobox ─► mention ─► resolve ─► relation ─► graph (RDF) ─► store
//!  Document   Segmentation  Field    Mention    Entity     Statement    Quad          KgStore
//!                                                        (rules, then model)
//! ```
//!
//! ```
//! use textkg::{Document, Extractor, KgStore};
//! let extractor = Extractor::builtin()?;
//! let ex = extractor.extract(Document::from_text("acme", "# Acme League\n\nThe Acme League was founded in 1901."));
//! let store = KgStore::memory()?;
//! store.replace_documents(&[(textkg::rdf::document_iri("acme"), textkg::graph::to_quads(&ex, &extractor.ontology))])?;
//! assert_eq!(store.stats()?.documents, 1);
//! # Ok::<(), textkg::Error>(())
//! ```

pub mod cli;
pub mod commands;
pub mod document;
pub mod error;
pub mod eval;
pub mod format;
pub mod geo;
pub mod graph;
pub mod infobox;
pub mod lexicon;
pub mod link;
pub mod mention;
pub mod model;
pub mod ontology;
pub mod output;
pub mod pipeline;
pub mod push;
pub mod rdf;
pub mod record;
pub mod relation;
pub mod resolve;
pub mod segment;
pub mod server;
pub mod store;
pub mod train;
pub mod value;
pub mod view;

pub use document::Document;
pub use error::{Error, Result};
pub use lexicon::Lexicon;
pub use ontology::Ontology;
pub use pipeline::{Extraction, Extractor};
pub use store::KgStore;
