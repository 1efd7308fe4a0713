//! Linking across documents: an entity named in one document only by an alias that another
//! document gave a fuller name ("AWL" after "Acme Workers League (AWL)") gets that entity's IRI.
//!
//! Only distinctive aliases link: acronyms and names of several words. A surname ("Cliff") or any
//! alias that two entities share links nothing, so that the graph never merges strangers.

use crate::pipeline::Extraction;
use crate::resolve::normalise;
use std::collections::HashMap;

/// Distinctive names seen so far and the IRI each stands for (`None` once ambiguous).
#[derive(Debug, Clone, Default)]
pub struct AliasRegistry {
    names: HashMap<String, Option<String>>,
}

/// Whether a name is distinctive enough to link documents: an acronym, or several words.
fn distinctive(name: &str) -> bool {
    let letters: Vec<char> = name.chars().filter(|c| c.is_alphabetic()).collect();
    let acronym =
        letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase()) && !name.contains(' ');
    acronym || name.split_whitespace().count() >= 2
}

impl AliasRegistry {
    /// Records a name of an entity's IRI.
    pub fn learn_name(&mut self, name: &str, iri: &str) {
        if !distinctive(name) {
            return;
        }
        let key = normalise(name);
        match self.names.get(&key) {
            Some(Some(known)) if known != iri => {
                self.names.insert(key, None);
            }
            Some(_) => {}
            None => {
                self.names.insert(key, Some(iri.to_string()));
            }
        }
    }

    /// Records every entity of an extraction, under its label and aliases.
    pub fn learn(&mut self, ex: &Extraction) {
        for (entity, iri) in ex.resolution.entities.iter().zip(&ex.iris) {
            if entity.mentions.is_empty() && !entity.is_topic {
                continue;
            }
            self.learn_name(&entity.label, iri);
            for alias in &entity.aliases {
                self.learn_name(alias, iri);
            }
        }
    }

    /// Gives each entity whose label another entity already owns as an alias that entity's IRI.
    ///
    /// ```
    /// use textkg::{Document, Extractor, link::AliasRegistry};
    /// let ex = Extractor::builtin().unwrap();
    /// let first = ex.extract(Document::from_text("a", "The Acme Workers League (AWL) was founded in 1901."));
    /// let mut second = ex.extract(Document::from_text("b", "The AWL was dissolved in 1950."));
    /// let mut registry = AliasRegistry::default();
    /// registry.learn(&first);
    /// registry.link(&mut second);
    /// assert!(second.iris.iter().any(|iri| iri.ends_with("/Acme_Workers_League")));
    /// ```
    pub fn link(&self, ex: &mut Extraction) {
        for (i, entity) in ex.resolution.entities.iter().enumerate() {
            if let Some(Some(iri)) = self.names.get(&normalise(&entity.label)) {
                if distinctive(&entity.label) {
                    ex.iris[i] = iri.clone();
                }
            }
        }
    }
}
