//! Linking across documents: an entity named in one document only by an alias that another
//! document gave a fuller name ("AWL" after "Acme Workers League (AWL)") gets that entity's IRI.
//!
//! Only distinctive aliases link: acronyms and names of several words. A surname ("Cliff") or any
//! alias that two entities share links nothing, so that the graph never merges strangers.

use crate::resources::Lexicon;
use crate::text::id::{EntityId, IdVec};
use crate::text::resolve::Entity;
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
    pub fn learn_name(&mut self, name: &str, iri: &str, lexicon: &Lexicon) {
        if !distinctive(name) {
            return;
        }
        let key = lexicon.normalise(name);
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

    /// Records every named entity of a document under its label and aliases.
    pub fn learn(
        &mut self,
        entities: &IdVec<EntityId, Entity>,
        iris: &IdVec<EntityId, String>,
        lexicon: &Lexicon,
    ) {
        for (entity, iri) in entities.iter().zip(iris) {
            if !entity.is_named() {
                continue;
            }
            self.learn_name(&entity.label, iri, lexicon);
            for alias in &entity.aliases {
                self.learn_name(alias, iri, lexicon);
            }
        }
    }

    /// Gives each entity whose label another entity already owns as a distinctive name that
    /// entity's IRI.
    pub fn link(
        &self,
        entities: &IdVec<EntityId, Entity>,
        iris: &mut IdVec<EntityId, String>,
        lexicon: &Lexicon,
    ) {
        for (id, entity) in entities.iter_enumerated() {
            if let Some(Some(iri)) = self.names.get(&lexicon.normalise(&entity.label)) {
                if distinctive(&entity.label) {
                    iris[id] = iri.clone();
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::resources::Ontology;

    fn entity(label: &str, aliases: &[&str]) -> Entity {
        Entity {
            label: label.into(),
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            class: Ontology::builtin().unwrap().core.organization,
            mentions: Vec::new(),
            is_topic: true,
        }
    }

    fn lexicon() -> Lexicon {
        Lexicon::builtin(&Ontology::builtin().unwrap()).unwrap()
    }

    #[test]
    fn a_distinctive_alias_links_to_the_entity_that_owns_it() {
        let lex = lexicon();
        let mut registry = AliasRegistry::default();
        let first: IdVec<EntityId, Entity> = vec![entity("Acme Workers League", &["AWL"])].into();
        registry.learn(
            &first,
            &vec!["ent:Acme_Workers_League".to_string()].into(),
            &lex,
        );
        let second: IdVec<EntityId, Entity> = vec![entity("AWL", &[])].into();
        let mut iris: IdVec<EntityId, String> = vec!["ent:AWL".to_string()].into();
        registry.link(&second, &mut iris, &lex);
        assert_eq!(iris[EntityId::from_index(0)], "ent:Acme_Workers_League");
    }

    #[test]
    fn surnames_and_shared_aliases_link_nothing() {
        let lex = lexicon();
        let mut registry = AliasRegistry::default();
        let a: IdVec<EntityId, Entity> = vec![entity("Tony Cliff", &["Cliff", "IS"])].into();
        registry.learn(&a, &vec!["ent:Tony_Cliff".to_string()].into(), &lex);
        let b: IdVec<EntityId, Entity> = vec![entity("Irish Socialists", &["IS"])].into();
        registry.learn(&b, &vec!["ent:Irish_Socialists".to_string()].into(), &lex);
        let c: IdVec<EntityId, Entity> = vec![entity("Cliff", &[]), entity("IS", &[])].into();
        let mut iris: IdVec<EntityId, String> =
            vec!["ent:Cliff".to_string(), "ent:IS".to_string()].into();
        registry.link(&c, &mut iris, &lex);
        assert_eq!(iris.as_slice(), ["ent:Cliff", "ent:IS"]);
    }
}
