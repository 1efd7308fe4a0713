//! What the extractor knows before it reads a word: the ontology (classes and properties,
//! interned) and the lexicon (every English word list). Both are data, read at start-up and
//! extended by user files.

pub mod lexicon;
pub mod ontology;

pub use lexicon::{
    Dataset, Datasets, Entry, EntryId, HeadPosition, Lexicon, PlaceFacts, Section, SurfaceKind,
    WordList,
};
pub use ontology::{Class, ClassId, ClassSet, CoreClasses, Ontology, Property, PropertyId};
