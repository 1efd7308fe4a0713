//! Namespaces of the vocabularies textkg reads and writes, and the fixed IRIs of its own
//! ontology and store graphs.

/// The ontology namespace (`tkg:`).
pub const TKG: &str = "https://w3id.org/textkg/ontology#";
/// The named graph that holds the ontology.
pub const ONTOLOGY_GRAPH: &str = "https://w3id.org/textkg/ontology";
/// The named graph that marks a store as a textkg store.
pub const META_GRAPH: &str = "https://w3id.org/textkg/meta";

pub const RDF: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
pub const RDFS: &str = "http://www.w3.org/2000/01/rdf-schema#";
pub const XSD: &str = "http://www.w3.org/2001/XMLSchema#";
pub const OWL: &str = "http://www.w3.org/2002/07/owl#";
pub const SKOS: &str = "http://www.w3.org/2004/02/skos/core#";
pub const PROV: &str = "http://www.w3.org/ns/prov#";
pub const NIF: &str = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
pub const DCTERMS: &str = "http://purl.org/dc/terms/";
