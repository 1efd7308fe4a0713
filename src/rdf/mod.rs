//! The RDF layer: one document's entities and statements as quads in its own named graph, and
//! as the JSONL statement record.
//!
//! [`iri`] mints IRIs and names the vocabularies; [`quads`] writes the graph with each
//! statement's provenance; [`record`] is the JSONL contract; [`format`] reads format names and
//! makes serializers that declare textkg's prefixes.

pub mod format;
pub mod iri;
pub mod quads;
pub mod record;

pub use format::{rdf_format, rdf_format_of_path, serializer, RDF_FORMATS};
pub use iri::{span_iri, Namespaces};
pub use quads::to_quads;
pub use record::{records, StatementRecord};

use crate::relate::Statement;
use crate::text::{Analysis, EntityId, IdVec};

/// One document's extraction as the RDF layer reads it: the text layer's analysis, the
/// statements, and the IRI of each entity.
#[derive(Debug, Clone, Copy)]
pub struct DocumentGraph<'a> {
    pub analysis: &'a Analysis,
    pub statements: &'a [Statement],
    pub iris: &'a IdVec<EntityId, String>,
}
