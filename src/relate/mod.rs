//! The statement producers: each reads one document's [`Analysis`] (and what earlier producers
//! stated) and returns statements with their evidence.
//!
//! ```text
//! Analysis ─► rules ─► geography ─► document country ─► infobox ─► coordination ─► inverses
//!          ─► pair model ─► inverses                                  (Statement, deduplicated)
//! ```
//!
//! [`rules`] applies the rule language; [`geo`] reads place chains and the lexicon's
//! containment; [`infobox`] states what infobox fields say; [`coordination`] extends what is
//! said of an idea to the ideas coordinated with it; [`inverses`] adds what the ontology says
//! follows the other way round; [`model`] is the statistical pair classifier and its training.

pub mod coordination;
pub mod geo;
pub mod infobox;
pub mod inverses;
pub mod model;
pub mod rules;
pub mod statement;

pub use statement::{dedup, Knowledge, Object, Statement};

use crate::resources::{Lexicon, Ontology};
use crate::text::Analysis;

/// What producers read besides the document: the lexicon and the ontology.
#[derive(Debug, Clone, Copy)]
pub struct Resources<'a> {
    pub lexicon: &'a Lexicon,
    pub onto: &'a Ontology,
    /// Whether statements may rest on world knowledge (see [`Knowledge`]).
    pub world_knowledge: bool,
}

/// A source of statements.
pub trait Producer: std::fmt::Debug + Send + Sync {
    /// A short name, for logs.
    fn name(&self) -> &'static str;

    /// The statements this producer adds, given what was stated before it.
    fn produce(&self, cx: &Resources, doc: &Analysis, stated: &[Statement]) -> Vec<Statement>;
}
