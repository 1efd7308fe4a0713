//! textkg turns encyclopedia-style text into an RDF knowledge graph with the evidence for every
//! statement, stored in an embedded Oxigraph store and queried with SPARQL.
//!
//! The data flows one way, one layer a folder:
//!
//! ```text
//! resources   ontology (classes, properties), lexicon (every English word list)
//! text        Document ─► Segmentation ─► Field ─► Mention ─► Entity      (Analysis)
//! relate      rules, geography, infobox, coordination, inverses, pair model (Statement)
//! pipeline    Extractor: the stages; Session: IRIs linked across documents  (Extraction)
//! rdf         IRIs, quads with provenance, the JSONL record
//! eval        scoring against gold data, training the pair model
//! store       the Oxigraph store, pushing to other stores          ┐
//! serve       the SPARQL 1.1 Protocol endpoint and pages           │ feature `store`
//! view        the graph as DOT, SVG, HTML, Mermaid, GraphML, JSON  │ (on by default)
//! cli         the `textkg` command                                 ┘
//! ```
//!
//! ```
//! use textkg::{Document, Extractor};
//! let extractor = Extractor::builtin()?;
//! let ex = extractor.extract(Document::from_text("acme", "# Acme League\n\nThe Acme League was founded in 1901."));
//! let quads = textkg::rdf::to_quads(ex.graph(), &extractor.ontology, &extractor.namespaces);
//! assert!(quads.iter().any(|q| q.predicate.as_str().ends_with("#inception")));
//! # Ok::<(), textkg::Error>(())
//! ```

pub mod error;
pub mod eval;
pub mod pipeline;
pub mod rdf;
pub mod relate;
pub mod resources;
pub mod text;
pub mod vocab;

#[cfg(feature = "store")]
pub mod cli;
#[cfg(feature = "store")]
pub mod serve;
#[cfg(feature = "store")]
pub mod store;
#[cfg(feature = "store")]
pub mod view;

pub use error::{Error, Result};
pub use pipeline::{Extraction, Extractor, Session};
pub use resources::{Lexicon, Ontology};
#[cfg(feature = "store")]
pub use store::KgStore;
pub use text::Document;
