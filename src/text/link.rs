//! Linking across documents: an entity named in one document only by an alias that another
//! document gave a fuller name ("AWL" after "Acme Workers League (AWL)") gets that entity's IRI.
//!
//! Only distinctive aliases link: acronyms and names of several words. A surname ("Cliff") or any
//! alias that two entities share links nothing, so that the graph never merges strangers.
//!
//! The same name in two documents is one entity only while nothing says the two differ: an
//! entity whose [`Profile`] (class, country, year of birth or founding) contradicts the one
//! already behind its IRI gets an IRI of its own ("Labour Party Norway" beside "Labour Party").

use crate::resources::{ClassId, Lexicon, Ontology};
use crate::text::id::{EntityId, IdVec};
use crate::text::resolve::Entity;
use std::collections::HashMap;

/// Distinctive names seen so far and the IRI each stands for (`None` once ambiguous), and
/// what is known of the entity behind each IRI.
#[derive(Debug, Clone, Default)]
pub struct AliasRegistry {
    names: HashMap<String, Option<String>>,
    profiles: HashMap<String, Profile>,
}

/// What a document says of an entity that tells it from a namesake.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Profile {
    /// Its class, unless it is only known as an entity.
    pub class: Option<ClassId>,
    /// The label of its country (or citizenship).
    pub country: Option<String>,
    /// The year it was born or founded.
    pub year: Option<i32>,
}

impl Profile {
    /// What tells `self` from `known` (as a word for its IRI), if anything does: another
    /// country, an unrelated class, another year.
    fn differs_from(&self, known: &Profile, onto: &Ontology) -> Option<String> {
        let related = |a: ClassId, b: ClassId| onto.is_subclass(a, b) || onto.is_subclass(b, a);
        if let (Some(a), Some(b)) = (&self.country, &known.country) {
            if a != b {
                return Some(a.clone());
            }
        }
        if let (Some(a), Some(b)) = (self.class, known.class) {
            if !related(a, b) {
                return Some(onto.class(a).name.clone());
            }
        }
        match (self.year, known.year) {
            (Some(a), Some(b)) if a != b => Some(a.to_string()),
            _ => None,
        }
    }

    /// Fills what `known` lacks from `self`, keeping the more specific class.
    fn merge_into(&self, known: &mut Profile, onto: &Ontology) {
        known.country = known.country.take().or_else(|| self.country.clone());
        known.year = known.year.or(self.year);
        known.class = match (known.class, self.class) {
            (Some(k), Some(s)) if onto.is_subclass(s, k) => Some(s),
            (k, s) => k.or(s),
        };
    }
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

    /// Records what is known of the entity behind an IRI (from a store, say).
    pub fn learn_profile(&mut self, iri: &str, profile: Profile, onto: &Ontology) {
        let known = self.profiles.entry(iri.to_string()).or_default();
        profile.merge_into(known, onto);
    }

    /// Keeps namesakes apart: each entity whose profile contradicts what is known of the
    /// entity behind its IRI gets the IRI minted from its label and what tells it apart
    /// (`mint`), numbered if that too is taken by another; then records the profiles.
    pub fn separate(
        &mut self,
        entities: &IdVec<EntityId, Entity>,
        profiles: &IdVec<EntityId, Profile>,
        iris: &mut IdVec<EntityId, String>,
        onto: &Ontology,
        mint: &dyn Fn(&str) -> String,
    ) {
        for (id, entity) in entities.iter_enumerated() {
            let profile = &profiles[id];
            let mut attempt = 1;
            while let Some(word) = self
                .profiles
                .get(&iris[id])
                .and_then(|known| profile.differs_from(known, onto))
            {
                attempt += 1;
                iris[id] = match attempt {
                    2 => mint(&format!("{} {word}", entity.label)),
                    n => mint(&format!("{} {word} {n}", entity.label)),
                };
            }
            self.learn_profile(&iris[id].clone(), profile.clone(), onto);
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
