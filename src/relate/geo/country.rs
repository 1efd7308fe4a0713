//! The country of a document about one country: its places whose country the text does not give
//! get that country (an article on a Catalan village names Spain
//! once and then only its comarca and neighbouring towns).

use super::Geography;
use crate::relate::{Object, Producer, Resources, Statement};
use crate::resources::HeadPosition;
use crate::text::{Analysis, EntityId, MentionKind};
use std::collections::HashSet;

/// The rule id of the statements this producer makes: a guess from the document, not a
/// sentence's statement.
pub const DOCUMENT_COUNTRY_RULE: &str = "geo:document-country";

/// The country a document is about: the one it names in at least this share of its mentions of
/// countries (and at least twice, unless it names no other).
const DOMINANT_SHARE: f32 = 0.6;

/// States the document's country for what it names without one.
#[derive(Debug, Clone, Copy)]
pub struct DocumentCountry(pub Geography);

impl DocumentCountry {
    /// The country most of the document's mentions of countries name, if one dominates.
    fn dominant(cx: &Resources, doc: &Analysis) -> Option<EntityId> {
        let r = &doc.resolution;
        let mut counts: Vec<(EntityId, usize)> = Vec::new();
        for &e in r.mention_entity.iter().flatten() {
            if r.entities[e].class != cx.onto.core.country {
                continue;
            }
            match counts.iter_mut().find(|(c, _)| *c == e) {
                Some((_, n)) => *n += 1,
                None => counts.push((e, 1)),
            }
        }
        let total: usize = counts.iter().map(|(_, n)| n).sum();
        let &(country, n) = counts
            .iter()
            .max_by_key(|(c, n)| (*n, std::cmp::Reverse(*c)))?;
        let dominant = (n as f32) >= DOMINANT_SHARE * total as f32 && (n >= 2 || counts.len() == 1);
        dominant.then_some(country)
    }

    /// Whether an entity may take the document's country: a place the lexicon does not place
    /// itself, or an organization or event whose name carries the country's word ("Norwegian
    /// Cup", "Iranian Revolution"; other organizations and events get theirs from the text: on
    /// the look split only 102 of 268 that this rule gave them were right, against 96 of 128
    /// places), whose name carries no other place's word ("Korean War" in an article about
    /// China) and is no lone type word taken for a name ("Cup", "Church").
    fn situated(cx: &Resources, doc: &Analysis, e: EntityId, country: EntityId) -> bool {
        let onto = cx.onto;
        let lex = cx.lexicon;
        let core = &onto.core;
        let entity = &doc.resolution.entities[e];
        let class = entity.class;
        let whole = class == core.country || class == core.continent;
        if e == country || whole {
            return false;
        }
        let country_label = &doc.resolution.entities[country].label;
        let country_entry = lex.entry_labelled(country_label);
        let words: Vec<&str> = entity.label.split_whitespace().collect();
        let names_country = words.iter().any(|w| {
            lex.lookup(w)
                .into_iter()
                .flatten()
                .any(|&(id, _)| lex.entry(id).label == *country_label)
        });
        let group =
            onto.is_subclass(class, core.organization) || onto.is_subclass(class, core.event);
        if !(onto.is_place(class) || group && names_country) {
            return false;
        }
        let elsewhere = words.iter().any(|w| {
            lex.lookup(w).into_iter().flatten().any(|&(id, _)| {
                let place = lex.entry(id);
                onto.is_place(place.class)
                    && place.label != *country_label
                    && !country_entry.is_some_and(|c| lex.containers(id).contains(&c))
            })
        });
        let known_place = lex.entry_labelled(&entity.label).is_some();
        let type_word =
            words.len() == 1 && lex.head_class(&entity.label, HeadPosition::Any).is_some();
        !(elsewhere || known_place || type_word)
    }
}

impl Producer for DocumentCountry {
    fn name(&self) -> &'static str {
        "document country"
    }

    fn produce(&self, cx: &Resources, doc: &Analysis, stated: &[Statement]) -> Vec<Statement> {
        let Some(country) = Self::dominant(cx, doc) else {
            return Vec::new();
        };
        let has_country: HashSet<EntityId> = stated
            .iter()
            .filter(|s| s.property == self.0.country)
            .map(|s| s.subject)
            .collect();
        let mut out = Vec::new();
        for (e, entity) in doc.resolution.entities.iter_enumerated() {
            let Some(&first) = entity.mentions.first() else {
                continue;
            };
            if has_country.contains(&e)
                || !Self::situated(cx, doc, e, country)
                || doc.mentions[first].kind == MentionKind::Reference
            {
                continue;
            }
            out.push(Statement {
                subject: e,
                property: self.0.country,
                object: Object::Entity(country),
                sentence: doc.mentions[first].sentence,
                confidence: 0.45,
                rule: DOCUMENT_COUNTRY_RULE.into(),
                qualifiers: Vec::new(),
                knowledge: None,
            });
        }
        out
    }
}
